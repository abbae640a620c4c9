import pytest

from solution import LatencyStyler


def test_budget_scale():
    styler = LatencyStyler(budget_ms=200)
    assert styler.css(0) == "background-color: #006837"
    assert styler.css(100) == "background-color: #fffebe"
    assert styler.css(200) == "background-color: #a50026"
    assert styler.css(950) == "background-color: #a50026"


def test_style_table():
    styler = LatencyStyler(budget_ms=50)
    styles = styler.style_table({"/health": 0.0, "/search": 25.0, "/export": 75.0})
    assert styles == {
        "/health": "background-color: #006837",
        "/search": "background-color: #fffebe",
        "/export": "background-color: #a50026",
    }


def test_other_colormap_and_validation():
    styler = LatencyStyler(budget_ms=10, cmap_name="Blues")
    assert styler.css(0) == "background-color: #f7fbff"
    assert styler.css(10) == "background-color: #08306b"
    with pytest.raises(ValueError):
        LatencyStyler(budget_ms=0)
