"""Figure for the weekly KPI report, drawn in a clean white-grid look."""
import matplotlib.pyplot as plt


def kpi_figure(weeks, values, target=None):
    """Line chart of one KPI; the style only applies to this figure."""
    with plt.style.context("seaborn-v0_8-whitegrid"):
        fig, ax = plt.subplots(figsize=(7, 3))
        ax.plot(weeks, values, marker="o", label="actual")
        if target is not None:
            ax.axhline(target, color="tab:red", linestyle="--", label="target")
        ax.set_xlabel("week")
        ax.legend()
    return fig, ax
