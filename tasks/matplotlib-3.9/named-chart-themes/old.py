"""User-selectable chart themes for the analytics web app (rendered server-side with Agg)."""
import io

import matplotlib.pyplot as plt

THEMES = {
    "light": "seaborn-white",
    "dark": "seaborn-darkgrid",
    "presentation": ["seaborn-talk", "seaborn-deep"],
}


class ThemedRenderer:
    def __init__(self, theme="light"):
        if theme not in THEMES:
            raise KeyError(f"unknown theme {theme!r}; choose from {sorted(THEMES)}")
        self.theme = theme

    def render_bars(self, labels, values):
        """Return (png bytes, axes facecolor, bar colour) for a simple bar chart."""
        with plt.style.context(THEMES[self.theme]):
            fig, ax = plt.subplots(figsize=(4, 3))
            bars = ax.bar(labels, values)
            buffer = io.BytesIO()
            fig.savefig(buffer, format="png")
        plt.close(fig)
        return buffer.getvalue(), ax.get_facecolor(), bars[0].get_facecolor()
