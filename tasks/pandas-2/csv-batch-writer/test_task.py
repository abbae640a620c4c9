import io

import pandas as pd
import pytest

from solution import BatchCsvWriter


def test_batches_form_one_document_with_custom_newline():
    buf = io.StringIO()
    writer = BatchCsvWriter(buf, ["id", "name"], newline="\r\n", sep=";")
    assert writer.write(pd.DataFrame({"name": ["ann", "bo"], "id": [1, 2], "extra": [0, 0]})) == 2
    assert writer.write(pd.DataFrame({"id": [3], "name": ["cy"]})) == 3
    assert buf.getvalue() == "id;name\r\n1;ann\r\n2;bo\r\n3;cy\r\n"


def test_default_newline_and_missing_column():
    buf = io.StringIO()
    writer = BatchCsvWriter(buf, ["a"])
    writer.write(pd.DataFrame({"a": [1.5]}))
    assert buf.getvalue() == "a\n1.5\n"
    with pytest.raises(KeyError):
        writer.write(pd.DataFrame({"b": [1]}))
    assert writer.rows_written == 1
