import math

from solution import lab_report

SAMPLES = [
    {"sample": "S-01", "lead": 0.0123456, "nitrate": 48.765, "iron": 1234.5},
    {"sample": "S-02", "lead": 0.00098765, "nitrate": None, "iron": 0.0},
    {"sample": "S-03", "lead": -2.3456, "nitrate": 51.0, "iron": 987654.0},
]


def test_values_rounded_to_significant_figures():
    report = lab_report(SAMPLES)
    assert list(report.index) == ["S-01", "S-02", "S-03"]
    assert report.loc["S-01"].tolist() == [0.0123, 48.8, 1230.0]
    assert report.loc["S-02", "lead"] == 0.000988
    assert math.isnan(report.loc["S-02", "nitrate"])
    assert report.loc["S-02", "iron"] == 0.0
    assert report.loc["S-03"].tolist() == [-2.35, 51.0, 988000.0]
    assert str(report["iron"].dtype) == "float64"


def test_digits_and_limits():
    report = lab_report(SAMPLES, digits=2, limits={"lead": 0.01, "nitrate": 50})
    assert report.loc["S-01", "nitrate"] == 49.0
    assert report["exceeds"].tolist() == ["lead", "", "nitrate"]
