from solution import rank_measurements

SAMPLES = [
    [5.1, 3.5, 1.4, 0.2], [4.9, 3.0, 1.4, 0.2], [5.0, 3.4, 1.5, 0.2], [5.4, 3.9, 1.7, 0.4],
    [7.0, 3.2, 4.7, 1.4], [6.4, 3.2, 4.5, 1.5], [6.9, 3.1, 4.9, 1.5], [5.7, 2.8, 4.1, 1.3],
    [6.3, 3.3, 6.0, 2.5], [5.8, 2.7, 5.1, 1.9], [7.1, 3.0, 5.9, 2.1], [6.5, 3.0, 5.8, 2.2],
]
SPECIES = ["setosa"] * 4 + ["versicolor"] * 4 + ["virginica"] * 4


def test_petal_measurements_lead():
    ranked, acc = rank_measurements(SAMPLES, SPECIES)
    assert ranked[0] in {"petal_length", "petal_width"}
    assert acc == 1.0


def test_ranked_names_are_known():
    ranked, _ = rank_measurements(SAMPLES, SPECIES, rounds=5)
    assert ranked
    assert set(ranked) <= {"sepal_length", "sepal_width", "petal_length", "petal_width"}
