import pytest

from solution import PayrollStats

EMPLOYEES = [
    {"employee_id": 1, "name": "Ana", "department": "eng", "level": "L3", "salary": 98000, "bonus": 5000.0},
    {"employee_id": 2, "name": "Ben", "department": "eng", "level": "L2", "salary": 81000, "bonus": 2500.0},
    {"employee_id": 3, "name": "Cai", "department": "ops", "level": "L2", "salary": 62000, "bonus": 1000.0},
    {"employee_id": 4, "name": "Dee", "department": "eng", "level": "L4", "salary": 120000, "bonus": 9000.0},
    {"employee_id": 5, "name": "Eve", "department": "ops", "level": "L3", "salary": 70500, "bonus": 1500.5},
]


def test_medians_per_department_skip_text_fields():
    result = PayrollStats(EMPLOYEES).medians_by()
    assert list(result.index) == ["eng", "ops"]
    assert list(result.columns) == ["salary", "bonus"]
    assert result.loc["eng"].tolist() == [98000.0, 5000.0]
    assert result.loc["ops"].tolist() == [66250.0, 1250.25]


def test_group_by_level_and_gap():
    stats = PayrollStats(EMPLOYEES)
    by_level = stats.medians_by("level")
    assert list(by_level.index) == ["L2", "L3", "L4"]
    assert by_level.loc["L3", "salary"] == 84250.0
    assert stats.pay_gap() == 1.479
    assert stats.pay_gap("level", "bonus") == 5.143


def test_single_group_gap_rejected():
    with pytest.raises(ValueError):
        PayrollStats(EMPLOYEES[:2]).pay_gap()
