"""Make throw-away colormaps available by name only while a report section is rendered."""
import matplotlib.cm as cm
from matplotlib.colors import ListedColormap


class TemporaryColormaps:
    """Context manager: ``with TemporaryColormaps({"traffic": ["green", "orange", "red"]}):``."""

    def __init__(self, palettes):
        self.palettes = dict(palettes)
        self.active = []

    def __enter__(self):
        for name, colours in self.palettes.items():
            cm.register_cmap(name=name, cmap=ListedColormap(colours, name=name))
            self.active.append(name)
        return self

    def __exit__(self, *exc_info):
        while self.active:
            cm.unregister_cmap(self.active.pop())
        return False
