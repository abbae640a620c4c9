import numpy as np

from solution import ResultCache


def test_keys_are_readable():
    cache = ResultCache()
    thresholds = np.linspace(0.25, 0.75, 3)
    for th in thresholds:
        cache.sweep("scores", [0.1, 0.4, 0.6, 0.9], th, normalize=np.bool_(False))
    assert cache.keys() == [
        "('scores', 0.25, False)",
        "('scores', 0.5, False)",
        "('scores', 0.75, False)",
    ]
    assert cache.misses == 3


def test_numpy_and_python_thresholds_share_entries():
    cache = ResultCache()
    assert cache.sweep("a", [1, 5, 10], 0.5, normalize=True) == 1
    assert cache.sweep("a", [1, 5, 10], np.float64(0.5), normalize=np.bool_(True)) == 1
    assert cache.misses == 1
    assert cache.keys() == ["('a', 0.5, True)"]
