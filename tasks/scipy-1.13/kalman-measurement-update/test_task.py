from solution import KalmanFilter


def test_two_sensor_track():
    kf = KalmanFilter(1.0, 0.01, [1.0, 4.0])
    track = kf.run([[1.1, 0.8], [2.0, 2.3], [2.9, 3.2], [4.1, 3.9], [5.0, 5.2]])
    expected = [(1.0359, 0.5179), (2.0523, 1.005), (2.9767, 0.9569), (4.0219, 0.995), (5.0308, 0.9997)]
    assert len(track) == 5
    for got, want in zip(track, expected):
        assert abs(got[0] - want[0]) <= 2e-4 and abs(got[1] - want[1]) <= 2e-4


def test_single_sensor_track():
    kf = KalmanFilter(0.5, 0.1, [0.25])
    track = kf.run([[0.0], [0.6], [0.9], [1.6]])
    expected = [(0.0, 0.0), (0.5927, 1.1681), (0.947, 0.8924), (1.5382, 1.0188)]
    for got, want in zip(track, expected):
        assert abs(got[0] - want[0]) <= 2e-4 and abs(got[1] - want[1]) <= 2e-4
