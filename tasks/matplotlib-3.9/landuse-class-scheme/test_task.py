import pytest

from solution import class_scheme, classify


def test_scheme_has_one_colour_per_class():
    cmap, norm = class_scheme([30, 0, 10, 20])
    assert cmap.N == 3
    assert norm.N == 4
    assert list(norm.boundaries) == [0, 10, 20, 30]


def test_classify_values():
    assert classify([5, 12.5, 29.9], [0, 10, 20, 30]) == ["#440154", "#21918c", "#fde725"]
    assert classify([0, 9.99], [0, 10, 20, 30]) == ["#440154", "#440154"]


def test_two_classes_other_colormap():
    hexes = classify([1, 3], [0, 2, 4], cmap_name="Greys")
    assert hexes == ["#ffffff", "#000000"]


def test_needs_two_boundaries():
    with pytest.raises(ValueError):
        class_scheme([5])
