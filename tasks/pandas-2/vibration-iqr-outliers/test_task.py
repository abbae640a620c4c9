from solution import flag_outliers, outlier_machines

READINGS = [
    {"machine": "press-1", "shift": "early", "x_mm_s": 1.0, "y_mm_s": 2.0},
    {"machine": "press-2", "shift": "early", "x_mm_s": 1.2, "y_mm_s": 2.1},
    {"machine": "lathe-1", "shift": "late", "x_mm_s": 0.9, "y_mm_s": 9.5},
    {"machine": "press-1", "shift": "late", "x_mm_s": 1.1, "y_mm_s": 1.9},
    {"machine": "lathe-2", "shift": "late", "x_mm_s": 6.0, "y_mm_s": 2.2},
    {"machine": "press-2", "shift": "night", "x_mm_s": 1.05, "y_mm_s": 2.05},
]


def test_outliers_and_worst_sensor():
    result = flag_outliers(READINGS)
    assert list(result.columns) == ["machine", "shift", "x_mm_s", "y_mm_s", "outlier", "worst_sensor"]
    assert result["outlier"].tolist() == [False, False, True, False, True, False]
    assert result["worst_sensor"].tolist() == ["", "", "y_mm_s", "", "x_mm_s", ""]
    assert result["machine"].tolist()[2] == "lathe-1"


def test_wider_fence_and_machine_list():
    assert outlier_machines(READINGS) == ["lathe-1", "lathe-2"]
    assert outlier_machines(READINGS, k=35) == ["lathe-1"]
    assert outlier_machines(READINGS, k=100) == []
