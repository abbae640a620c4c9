import pytest

from solution import track_length_km


def test_along_equator_and_meridian():
    # one degree of arc is 6371 * pi / 180 = 111.19492664 km
    fixes = [(0.0, 0.0), (0.0, 1.0), (1.0, 1.0)]
    assert track_length_km(fixes) == pytest.approx(2 * 111.19492664, rel=1e-9)


def test_short_tracks_and_bad_input():
    assert track_length_km([(48.1, 11.5)]) == 0.0
    with pytest.raises(ValueError):
        track_length_km([(1.0, 2.0, 3.0)])
