import pytest

from solution import budget_sheet, overspending

LINES = [
    {"department": "sales", "planned": 1200, "actual": 1350},
    {"department": "it", "planned": 800, "actual": 640},
    {"department": "sales", "planned": 300, "actual": 280},
    {"department": "hr", "planned": 500, "actual": 500},
]


def test_departments_then_total_row():
    sheet = budget_sheet(LINES)
    assert list(sheet.columns) == ["department", "planned", "actual", "variance", "over_budget"]
    assert list(sheet["department"]) == ["hr", "it", "sales", "TOTAL"]
    assert list(sheet["planned"]) == [500, 800, 1500, 2800]
    assert list(sheet["actual"]) == [500, 640, 1630, 2770]
    assert list(sheet["variance"]) == [0, -160, 130, -30]
    assert list(sheet["over_budget"]) == [False, False, True, False]
    assert list(sheet.index) == [0, 1, 2, 3]
    assert sheet["planned"].dtype.kind == "i"


def test_float_amounts_and_custom_label():
    sheet = budget_sheet([{"department": "ops", "planned": 10.5, "actual": 12.25}], label="Sum")
    assert sheet.iloc[-1].tolist() == ["Sum", 10.5, 12.25, 1.75, True]
    assert len(sheet) == 2


def test_overspending_and_empty_input():
    assert overspending(LINES) == ["sales"]
    with pytest.raises(ValueError):
        budget_sheet([])
