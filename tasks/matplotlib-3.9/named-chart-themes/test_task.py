import pytest
from matplotlib.colors import to_hex

from solution import ThemedRenderer


def test_light_theme():
    png, face, bar = ThemedRenderer("light").render_bars(["a", "b"], [3, 5])
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert to_hex(face) == "#ffffff"
    assert to_hex(bar) == "#1f77b4"


def test_dark_theme():
    png, face, bar = ThemedRenderer("dark").render_bars(["a"], [1])
    assert to_hex(face) == "#eaeaf2"
    assert to_hex(bar) == "#1f77b4"
    assert len(png) > 100


def test_presentation_theme_uses_deep_palette():
    png, face, bar = ThemedRenderer("presentation").render_bars(["x", "y", "z"], [1, 2, 3])
    assert to_hex(bar) == "#4c72b0"
    assert to_hex(face) == "#ffffff"


def test_unknown_theme():
    with pytest.raises(KeyError):
        ThemedRenderer("neon")
