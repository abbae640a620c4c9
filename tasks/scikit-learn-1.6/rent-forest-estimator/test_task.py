from solution import estimate_rents

LISTINGS = (
    [{"sqm": 30 + i, "rooms": 1, "rent": 700 + 5 * i} for i in range(6)]
    + [{"sqm": 80 + i, "rooms": 3, "rent": 1500 + 5 * i} for i in range(6)]
)


def test_estimates_by_size():
    small, large = estimate_rents(LISTINGS, [{"sqm": 32, "rooms": 1}, {"sqm": 82, "rooms": 3}])
    assert 690 <= small <= 740
    assert 1490 <= large <= 1540


def test_returns_rounded_ints():
    (value,) = estimate_rents(LISTINGS, [{"sqm": 31, "rooms": 1}])
    assert isinstance(value, int)
    assert value % 10 == 0
