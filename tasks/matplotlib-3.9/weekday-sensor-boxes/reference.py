"""Air-quality sensor: PM2.5 readings grouped by weekday, weekend boxes set apart."""
import numpy as np
import matplotlib.pyplot as plt

WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def weekday_boxes(day_index, pm25, limit=25.0):
    """``day_index``: 0 = Monday ... 6 = Sunday, one per reading. Returns (fig, ax, exceed share)."""
    day_index = np.asarray(day_index)
    pm25 = np.asarray(pm25, dtype=float)
    groups = [pm25[day_index == d] for d in range(7)]
    positions = [0, 1, 2, 3, 4, 5.5, 6.5]
    fig, ax = plt.subplots(figsize=(7, 3))
    ax.boxplot(groups, positions=positions, widths=0.6, tick_labels=WEEKDAYS, showmeans=True,
               meanprops={"marker": "D", "markerfacecolor": "white"})
    ax.axhline(limit, color="darkred", linewidth=1)
    ax.set_ylabel("PM2.5 [ug/m3]")
    exceed = {day: round(float(np.mean(g > limit)), 3) if g.size else 0.0 for day, g in zip(WEEKDAYS, groups)}
    return fig, ax, exceed
