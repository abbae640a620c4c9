import numpy as np

from solution import build_from_config, training_report

X = np.array([[0, 0], [1, 1], [0, 1], [1, 0], [2, 2], [3, 3], [2, 3], [3, 2], [0.5, 2.5], [2.5, 0.5]], dtype=float)
y = np.array([0, 0, 0, 0, 1, 1, 1, 1, 0, 1])


def test_report_for_stumps():
    report = training_report(build_from_config({"depth": 1, "rounds": 5}), X, y)
    assert report["weak_learner"] == "DecisionTreeClassifier"
    assert report["depth"] == 1
    assert 1 <= report["rounds_used"] <= 5
    assert report["train_accuracy"] >= 0.9


def test_report_for_deeper_trees():
    model = build_from_config({"depth": 3, "rounds": 10, "learning_rate": 0.5})
    report = training_report(model, X, y)
    assert report["depth"] == 3
    assert report["train_accuracy"] == 1.0
    assert model.learning_rate == 0.5
