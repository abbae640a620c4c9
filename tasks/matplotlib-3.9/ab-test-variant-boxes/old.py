"""A/B test readout: session length per variant as coloured, notched box plots."""
import numpy as np
import matplotlib.pyplot as plt

VARIANT_COLOURS = {"control": "#bdbdbd", "treatment": "#74c476"}


def variant_boxes(sessions, metric="session length [min]"):
    """``sessions`` maps variant -> list of values. Returns (fig, ax, summary dict)."""
    variants = [v for v in VARIANT_COLOURS if v in sessions] + sorted(set(sessions) - set(VARIANT_COLOURS))
    fig, ax = plt.subplots(figsize=(4, 4))
    parts = ax.boxplot([sessions[v] for v in variants], labels=variants, patch_artist=True,
                       notch=True, widths=0.5)
    for box, variant in zip(parts["boxes"], variants):
        box.set_facecolor(VARIANT_COLOURS.get(variant, "#9ecae1"))
    ax.set_ylabel(metric)
    summary = {v: round(float(np.median(sessions[v])), 2) for v in variants}
    return fig, ax, summary
