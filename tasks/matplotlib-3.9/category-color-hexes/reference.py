"""Stable colours for the categorical series of a reporting dashboard."""
from matplotlib import colormaps, colors


class CategoryColors:
    """Hands out one palette colour per category, in order of first use."""

    def __init__(self, palette="tab10"):
        self._cmap = colormaps[palette]
        self._assigned = {}

    def color_for(self, category):
        if category not in self._assigned:
            index = len(self._assigned) % self._cmap.N
            self._assigned[category] = colors.to_hex(self._cmap(index))
        return self._assigned[category]

    def colors_for(self, categories):
        return [self.color_for(category) for category in categories]

    def legend_items(self):
        return sorted(self._assigned.items())
