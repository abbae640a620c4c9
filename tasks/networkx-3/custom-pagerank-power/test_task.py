import pytest

from solution import personalized_rank

LINKS = [
    ("home", "about"),
    ("home", "shop"),
    ("shop", "cart"),
    ("cart", "home"),
    ("about", "home"),
    ("blog", "home"),
    ("shop", "faq"),
]


def test_uniform_teleport():
    assert personalized_rank(LINKS) == {
        "about": 0.1869,
        "blog": 0.0422,
        "cart": 0.1217,
        "faq": 0.1217,
        "home": 0.3405,
        "shop": 0.1869,
    }


def test_preference_for_blog():
    ranks = personalized_rank(LINKS, preference={"blog": 1.0})
    assert ranks == {
        "about": 0.162,
        "blog": 0.1614,
        "cart": 0.0802,
        "faq": 0.0802,
        "home": 0.3543,
        "shop": 0.162,
    }
    assert sum(ranks.values()) == pytest.approx(1.0, abs=1e-3)


def test_dangling_page_spreads_evenly():
    assert personalized_rank([("a", "b")], iterations=50) == {"a": 0.3509, "b": 0.6491}
