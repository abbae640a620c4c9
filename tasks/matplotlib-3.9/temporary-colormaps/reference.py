"""Make throw-away colormaps available by name only while a report section is rendered."""
import matplotlib
from matplotlib.colors import ListedColormap


class TemporaryColormaps:
    """Context manager: ``with TemporaryColormaps({"traffic": ["green", "orange", "red"]}):``."""

    def __init__(self, palettes):
        self.palettes = dict(palettes)
        self.active = []

    def __enter__(self):
        for name, colours in self.palettes.items():
            matplotlib.colormaps.register(ListedColormap(colours, name=name), name=name)
            self.active.append(name)
        return self

    def __exit__(self, *exc_info):
        while self.active:
            matplotlib.colormaps.unregister(self.active.pop())
        return False
