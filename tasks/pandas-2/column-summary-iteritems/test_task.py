import numpy as np
import pandas as pd

from solution import describe_columns, widest_column


def _frame():
    return pd.DataFrame(
        {
            "city": ["Oslo", None, "Lima", "Oslo"],
            "temp": [3.5, -1.0, 19.25, np.nan],
            "visits": [10, 20, 30, 40],
        }
    )


def test_summary_per_column_in_order():
    summary = describe_columns(_frame())
    assert list(summary) == ["city", "temp", "visits"]
    assert summary["city"] == "3/4 filled; e.g. Oslo, Lima"
    assert summary["temp"] == "3/4 filled; min=-1 max=19.25"
    assert summary["visits"] == "4/4 filled; min=10 max=40"


def test_example_limit_and_widest():
    summary = describe_columns(_frame(), max_examples=1)
    assert summary["city"] == "3/4 filled; e.g. Oslo"
    assert widest_column(_frame()) == "temp"


def test_empty_frame_has_empty_summary():
    assert describe_columns(pd.DataFrame()) == {}
