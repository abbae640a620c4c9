import numpy as np

from solution import isoline_features


def _bowl():
    lon, lat = np.meshgrid(np.linspace(0, 4, 9), np.linspace(0, 4, 9))
    return lon, lat, (lon - 2) ** 2 + (lat - 2) ** 2


def test_one_closed_ring_per_level():
    features = isoline_features(*_bowl(), levels=[0.5, 2.0])
    assert [f["properties"]["level"] for f in features] == [0.5, 2.0]
    assert all(f["type"] == "Feature" and f["geometry"]["type"] == "LineString" for f in features)
    for feature in features:
        coords = feature["geometry"]["coordinates"]
        assert coords[0] == coords[-1]
        assert all(len(point) == 2 for point in coords)
    inner = np.array(features[0]["geometry"]["coordinates"])
    assert len(inner) == 13
    assert inner[:, 0].min() == 1.333 and inner[:, 0].max() == 2.667
    assert inner[:, 1].min() == 1.333 and inner[:, 1].max() == 2.667
    outer = np.array(features[1]["geometry"]["coordinates"])
    assert len(outer) == 21
    assert outer[:, 0].min() == 0.6 and outer[:, 0].max() == 3.4


def test_rounding_and_levels_without_lines():
    features = isoline_features(*_bowl(), levels=[1.0, 50.0], decimals=1)
    assert [f["properties"]["level"] for f in features] == [1.0]
    coords = features[0]["geometry"]["coordinates"]
    assert all(round(v, 1) == v for point in coords for v in point)
    assert len(coords) > 8
