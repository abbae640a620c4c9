from solution import smooth_readings


def test_trailing_mean_starts_with_partial_windows():
    frame = smooth_readings([20.0, 22.0, 24.0, 30.0])
    assert frame["smooth"].tolist() == [20.0, 21.0, 22.0, 25.33]


def test_jumps_are_flagged_against_the_previous_sample():
    frame = smooth_readings([20.0, 21.0, 29.0, 28.5], jump=5.0)
    assert frame["jump"].tolist() == [False, False, True, False]
    assert frame["jump"].dtype == bool


def test_columns_and_length():
    frame = smooth_readings([1, 2], window=2)
    assert list(frame.columns) == ["raw", "smooth", "jump"]
    assert len(frame) == 2
