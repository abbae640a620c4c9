"""Bar chart of regional sales where each bar is coloured by its year-on-year growth."""
import matplotlib.pyplot as plt
from matplotlib.cm import ScalarMappable
from matplotlib.colors import TwoSlopeNorm


def growth_bars(regions, sales, growth_pct, cmap="RdBu"):
    """Bars show sales; colour shows growth (%), centred on zero."""
    norm = TwoSlopeNorm(vcenter=0.0, vmin=min(min(growth_pct), -1.0), vmax=max(max(growth_pct), 1.0))
    mappable = ScalarMappable(norm=norm, cmap=cmap)
    fig, ax = plt.subplots(figsize=(6, 3.5))
    ax.bar(regions, sales, color=[mappable.to_rgba(g) for g in growth_pct])
    ax.set_ylabel("sales [k EUR]")
    colorbar = fig.colorbar(mappable)
    colorbar.set_label("growth [%]")
    return fig, ax, colorbar
