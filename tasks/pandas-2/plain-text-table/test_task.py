import numpy as np
import pandas as pd

from solution import TextTable


def _frame():
    return pd.DataFrame(
        {"city": ["Lisbon", "Oslo"], "visitors": [1200, 87], "spend": [1234.5, np.nan]}
    )


def test_cells_and_widths():
    table = TextTable(_frame())
    cells = table.cells()
    assert cells.values.tolist() == [["Lisbon", "1200", "1,234.50"], ["Oslo", "87", "-"]]
    assert table.widths() == {"city": 6, "visitors": 8, "spend": 8}


def test_render_aligns_columns():
    assert TextTable(_frame()).render().splitlines() == [
        "city    visitors  spend",
        "------  --------  --------",
        "Lisbon      1200  1,234.50",
        "  Oslo        87         -",
    ]


def test_digits_gap_and_empty_frame():
    frame = pd.DataFrame({"x": [0.125]})
    assert TextTable(frame, float_digits=1, gap=1).render() == "x\n---\n0.1"
    assert TextTable(pd.DataFrame({"a": [], "bb": []})).widths() == {"a": 1, "bb": 2}
