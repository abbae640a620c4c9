import pytest

from solution import frame_signal


def test_frames_and_energy():
    frames, energy = frame_signal([1, -1, 2, 2, 0, 3, 9], 2)
    assert frames.tolist() == [[1.0, -1.0], [2.0, 2.0], [0.0, 3.0]]
    assert energy.tolist() == [1.0, 4.0, 4.5]


def test_too_short():
    with pytest.raises(ValueError):
        frame_signal([1.0, 2.0], 3)
