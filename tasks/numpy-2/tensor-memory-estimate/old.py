"""Rough memory planning for the activations of a neural network."""
import numpy as np

BYTES_PER_ITEM = {"float32": 4, "float16": 2, "int8": 1}


def estimate_memory(layer_shapes, batch_size, dtype="float32"):
    """Bytes needed to keep every layer's activations for one batch.

    ``layer_shapes`` maps a layer name to its per-sample output shape.
    Returns (total_bytes, {layer: bytes}).
    """
    if dtype not in BYTES_PER_ITEM:
        raise KeyError(dtype)
    per_layer = {}
    for name, shape in layer_shapes.items():
        items = int(np.product(shape)) * batch_size
        per_layer[name] = items * BYTES_PER_ITEM[dtype]
    return sum(per_layer.values()), per_layer


def largest_layer(layer_shapes):
    return max(layer_shapes, key=lambda name: np.product(layer_shapes[name]))
