import pytest

from solution import dominant_colors

RED, WHITE, BLUE = [255, 0, 0], [255, 255, 255], [0, 0, 255]


def test_palette_order_and_share():
    image = [[RED, RED, WHITE], [BLUE, RED, WHITE]]
    assert dominant_colors(image) == [((255, 0, 0), 0.5), ((255, 255, 255), 1 / 3), ((0, 0, 255), 1 / 6)]
    assert dominant_colors(image, top=1) == [((255, 0, 0), 0.5)]


def test_bad_shape():
    with pytest.raises(ValueError):
        dominant_colors([[1, 2, 3]])
