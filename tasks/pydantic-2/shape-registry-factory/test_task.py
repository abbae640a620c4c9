import pytest
from pydantic import ValidationError

from solution import Circle, Rectangle, build_shape


def test_shapes_are_built_by_kind():
    circle = build_shape({"kind": "circle", "radius": "2"})
    rect = build_shape({"kind": "rect", "width": 3, "height": 4.5})
    assert isinstance(circle, Circle) and circle.radius == 2.0
    assert isinstance(rect, Rectangle)
    assert rect.area() == 13.5
    assert round(circle.area(), 4) == 12.5664


def test_spec_not_mutated():
    spec = {"kind": "circle", "radius": 1}
    build_shape(spec)
    assert spec == {"kind": "circle", "radius": 1}


def test_errors():
    with pytest.raises(KeyError):
        build_shape({"kind": "hexagon", "side": 1})
    with pytest.raises(ValidationError):
        build_shape({"kind": "rect", "width": 1})
