from solution import fit_surface

SETTINGS = [[1, 1], [2, 1], [1, 2], [3, 2], [2, 3], [3, 3], [0, 1], [1, 0]]


def _yield(t, p):
    return 5 + 2 * t - p + 0.5 * t * t + 3 * t * p - 2 * p * p


def test_recovers_quadratic_terms():
    yields = [_yield(t, p) for t, p in SETTINGS]
    surface = fit_surface(SETTINGS, yields)
    assert set(surface) == {"temp", "pressure", "temp^2", "temp pressure", "pressure^2", "intercept"}
    expected = {"temp": 2.0, "pressure": -1.0, "temp^2": 0.5, "temp pressure": 3.0, "pressure^2": -2.0, "intercept": 5.0}
    for name, value in expected.items():
        assert abs(surface[name] - value) < 1e-6, name


def test_custom_factor_names():
    yields = [_yield(t, p) for t, p in SETTINGS]
    surface = fit_surface(SETTINGS, yields, factor_names=("T", "P"))
    assert sorted(surface) == ["P", "P^2", "T", "T P", "T^2", "intercept"]
