from solution import error_report

OBSERVED = [[40.0, 20.0, 60.0], [35.0, 25.0, 55.0], [50.0, 30.0, 70.0], [45.0, 22.0, 65.0]]
PREDICTED = [[38.0, 20.0, 64.0], [35.0, 27.0, 51.0], [53.0, 30.0, 70.0], [45.0, 22.0, 61.0]]


def test_per_pollutant_and_uniform_average():
    report = error_report(OBSERVED, PREDICTED)
    assert report == {"no2": 1.803, "pm10": 1.0, "o3": 3.464, "combined": 2.089}


def test_weighted_combination():
    report = error_report(OBSERVED, PREDICTED, weights=[0.0, 0.0, 1.0])
    assert report["combined"] == 3.464
    assert report["no2"] == 1.803
