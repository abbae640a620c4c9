import numpy as np
import pandas as pd

from solution import ColumnProfiler


def _frame():
    return pd.DataFrame({"id": [1, 2, 3], "tag": ["a", None, "a"], "score": [0.5, np.nan, np.nan]})


def test_profile_rows():
    profile = ColumnProfiler(_frame()).profile()
    assert profile.to_dict("records") == [
        {"column": "id", "dtype": "int64", "missing": 0, "distinct": 3},
        {"column": "tag", "dtype": "object", "missing": 1, "distinct": 1},
        {"column": "score", "dtype": "float64", "missing": 2, "distinct": 1},
    ]


def test_csv_text():
    text = ColumnProfiler(_frame()).to_csv_text(sep="|")
    assert text.splitlines() == [
        "column|dtype|missing|distinct",
        "id|int64|0|3",
        "tag|object|1|1",
        "score|float64|2|1",
    ]
    assert ColumnProfiler(pd.DataFrame()).to_csv_text() == "column,dtype,missing,distinct\n"
