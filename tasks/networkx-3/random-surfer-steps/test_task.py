import pytest

from solution import RandomSurfer

CLICKS = [
    ("home", "shop", 6),
    ("home", "blog", 2),
    ("shop", "cart", 3),
    ("shop", "home", 1),
    ("blog", "home", 4),
    ("cart", "home", 5),
    ("cart", "shop", 5),
]


def test_first_steps_from_home():
    surfer = RandomSurfer(CLICKS)
    assert surfer.distribution("home", 0) == {"blog": 0.0, "cart": 0.0, "home": 1.0, "shop": 0.0}
    assert surfer.distribution("home", 1) == {"blog": 0.25, "cart": 0.0, "home": 0.0, "shop": 0.75}
    assert surfer.distribution("home", 2) == {"blog": 0.0, "cart": 0.5625, "home": 0.4375, "shop": 0.0}


def test_three_steps_and_other_start():
    surfer = RandomSurfer(CLICKS)
    assert surfer.distribution("home", 3) == {
        "blog": 0.109375,
        "cart": 0.0,
        "home": 0.28125,
        "shop": 0.609375,
    }
    assert surfer.distribution("cart", 2) == {"blog": 0.125, "cart": 0.375, "home": 0.125, "shop": 0.375}
    assert sum(surfer.distribution("blog", 5).values()) == pytest.approx(1.0)


def test_invalid_inputs():
    with pytest.raises(ValueError, match="'c'"):
        RandomSurfer([("a", "b", 1), ("b", "c", 2)])
    with pytest.raises(KeyError):
        RandomSurfer(CLICKS).distribution("about", 1)
