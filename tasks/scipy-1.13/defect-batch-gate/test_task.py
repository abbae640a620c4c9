import pytest

from solution import batch_p_value, gate


def test_batch_p_values():
    assert float(batch_p_value(6, 114)) == pytest.approx(0.034099119693813955, rel=1e-9)
    assert float(batch_p_value(2, 98)) == pytest.approx(0.5967282892179961, rel=1e-9)
    assert float(batch_p_value(0, 50)) == pytest.approx(1.0)
    assert float(batch_p_value(3, 47, limit=0.01)) == pytest.approx(0.013817270830600381, rel=1e-9)


def test_gate_splits_batches():
    result = gate({"B7": (6, 114), "B2": (2, 98), "B5": (0, 50), "B9": (9, 191)})
    assert result == {"released": ["B2", "B5"], "held": ["B7", "B9"]}
    assert gate({"B7": (6, 114)}, alpha=0.01) == {"released": ["B7"], "held": []}


def test_negative_counts_rejected():
    with pytest.raises(ValueError):
        gate({"X": (-1, 10)})
