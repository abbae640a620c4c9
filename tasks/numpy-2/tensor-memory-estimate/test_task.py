import pytest

from solution import estimate_memory, largest_layer

SHAPES = {"conv1": (32, 28, 28), "pool1": (32, 14, 14), "fc": (128,), "out": (10,)}


def test_total_and_per_layer_bytes():
    total, per_layer = estimate_memory(SHAPES, batch_size=8)
    assert per_layer == {"conv1": 802816, "pool1": 200704, "fc": 4096, "out": 320}
    assert total == 1007936
    assert all(type(v) is int for v in per_layer.values())


def test_half_precision_and_largest():
    total, _ = estimate_memory({"a": (3, 4)}, batch_size=2, dtype="float16")
    assert total == 48
    assert largest_layer(SHAPES) == "conv1"


def test_unknown_dtype():
    with pytest.raises(KeyError):
        estimate_memory(SHAPES, 1, dtype="float64")
