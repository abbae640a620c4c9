import pytest

from solution import pack_boxes, parcel_volumes


def test_smallest_fitting_box_with_rotation():
    parcels = [[10, 10, 10], [14, 25, 18], [50, 10, 10], [70, 10, 10]]
    assert pack_boxes(parcels) == [(0, 3.0), (1, 9.0), (3, 96.0), (None, 0.0)]


def test_parcel_volumes():
    assert parcel_volumes([[10, 10, 10], [20, 5, 2]]).tolist() == pytest.approx([1.0, 0.2])
