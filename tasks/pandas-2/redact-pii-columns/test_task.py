import math

import pandas as pd

from solution import Redactor


def test_masks_only_selected_columns():
    frame = pd.DataFrame(
        {"name": ["Alice", "Bo"], "phone": ["5551234", "12"], "city": ["Paris", "Rome"]}
    )
    out = Redactor(["name", "phone", "email"]).redact(frame)
    assert list(out["name"]) == ["***ce", "Bo"]
    assert list(out["phone"]) == ["*****34", "12"]
    assert list(out["city"]) == ["Paris", "Rome"]
    assert frame.loc[0, "name"] == "Alice"


def test_missing_values_stay_missing():
    frame = pd.DataFrame({"iban": ["DE44500105175407324931", None], "n": [1, 2]})
    out = Redactor(["iban"], keep_last=4, fill="#").redact(frame)
    assert out.loc[0, "iban"] == "#" * 18 + "4931"
    assert out.loc[1, "iban"] is None or (isinstance(out.loc[1, "iban"], float) and math.isnan(out.loc[1, "iban"]))
    assert list(out["n"]) == [1, 2]
