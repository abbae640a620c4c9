import pytest

from solution import build_defect_classifier, defect_rate

X = [[0.1, 5.0], [0.2, 4.8], [0.15, 5.2], [0.9, 2.0], [1.0, 1.5], [0.85, 2.2], [0.12, 5.1], [0.95, 1.8]]
y = ["ok", "ok", "ok", "defect", "defect", "defect", "ok", "defect"]


def test_overrides_are_applied():
    model = build_defect_classifier(n_estimators=7, learning_rate=0.3)
    assert model.n_estimators == 7
    assert model.learning_rate == 0.3


def test_unknown_setting():
    with pytest.raises(KeyError):
        build_defect_classifier(depth=3)


def test_defect_rate():
    batch = [[0.1, 5.0], [0.9, 1.9], [1.0, 2.0], [0.2, 4.9]]
    assert defect_rate(build_defect_classifier(), X, y, batch) == 0.5
