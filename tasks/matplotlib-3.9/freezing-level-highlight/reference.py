"""Vertical temperature cross-section with the 0 degC isotherm (freezing level) emphasised."""
import numpy as np
import matplotlib.pyplot as plt


def cross_section(distance_km, height_km, temperature, step=5, highlight=0.0):
    """Isotherms every ``step`` degC; the ``highlight`` isotherm is drawn thick and blue."""
    low = step * np.floor(np.nanmin(temperature) / step)
    high = step * np.ceil(np.nanmax(temperature) / step)
    levels = np.arange(low, high + step, step)
    fig, ax = plt.subplots(figsize=(7, 3))
    isotherms = ax.contour(distance_km, height_km, temperature, levels=levels, colors="0.4",
                           linewidths=0.8)
    is_highlight = np.isclose(isotherms.levels, highlight)
    isotherms.set_linewidth(np.where(is_highlight, 2.5, 0.8))
    isotherms.set_edgecolor(["tab:blue" if flag else "0.4" for flag in is_highlight])
    ax.set_xlabel("distance [km]")
    ax.set_ylabel("height [km]")
    return fig, ax, isotherms
