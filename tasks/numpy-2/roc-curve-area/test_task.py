import pytest

from solution import roc_auc, roc_points


def test_perfect_and_inverted():
    assert roc_auc([0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9]) == 1.0
    assert roc_auc([1, 1, 0, 0], [0.1, 0.2, 0.8, 0.9]) == 0.0


def test_partial_ordering_with_ties():
    labels = [0, 1, 0, 1, 1]
    scores = [0.3, 0.3, 0.1, 0.9, 0.6]
    fpr, tpr = roc_points(labels, scores)
    assert fpr.tolist() == pytest.approx([0.0, 0.0, 0.0, 0.5, 1.0])
    assert tpr.tolist() == pytest.approx([0.0, 1 / 3, 2 / 3, 1.0, 1.0])
    assert roc_auc(labels, scores) == pytest.approx(11 / 12)


def test_single_class_rejected():
    with pytest.raises(ValueError):
        roc_auc([1, 1], [0.2, 0.4])
