import json

import numpy as np

from solution import to_json_safe


def test_nested_metrics_become_plain_python():
    metrics = {
        "loss": np.float64(0.25),
        "epochs": np.int32(12),
        "converged": np.bool_(True),
        "history": np.array([1.5, 0.5]),
        "tags": ("a", "b"),
    }
    safe = to_json_safe(metrics)
    assert safe == {
        "loss": 0.25,
        "epochs": 12,
        "converged": True,
        "history": [1.5, 0.5],
        "tags": ["a", "b"],
    }
    assert type(safe["loss"]) is float
    assert type(safe["epochs"]) is int
    assert type(safe["converged"]) is bool
    assert json.dumps(safe, sort_keys=True) == (
        '{"converged": true, "epochs": 12, "history": [1.5, 0.5], "loss": 0.25, "tags": ["a", "b"]}'
    )


def test_non_finite_values_become_null():
    safe = to_json_safe({"a": np.float64("nan"), "b": [float("inf"), 2.0], 3: "x"})
    assert safe == {"a": None, "b": [None, 2.0], "3": "x"}
