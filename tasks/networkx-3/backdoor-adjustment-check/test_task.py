import pytest

from solution import CausalModel

EDGES = [
    ("age", "drug"),
    ("age", "recovery"),
    ("drug", "bp"),
    ("bp", "recovery"),
    ("genes", "drug"),
    ("genes", "age"),
    ("drug", "side"),
]


def test_valid_adjustment_sets():
    model = CausalModel(EDGES)
    candidates = [set(), {"age"}, {"genes"}, {"bp"}, {"age", "genes"}, {"age", "side"}]
    assert model.valid_sets("drug", "recovery", candidates) == [["age"], ["age", "genes"]]


def test_single_checks():
    model = CausalModel(EDGES)
    assert model.is_valid_adjustment("drug", "recovery", ["age"]) is True
    assert model.is_valid_adjustment("drug", "recovery", []) is False
    assert model.is_valid_adjustment("drug", "recovery", ["bp"]) is False
    assert model.is_valid_adjustment("bp", "recovery", ["drug"]) is True
    assert model.dag.number_of_edges() == 7


def test_cyclic_model_rejected():
    with pytest.raises(ValueError):
        CausalModel([("a", "b"), ("b", "a")])
