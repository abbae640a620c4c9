"""Reaction times per stimulus type, with the tick labels set on the axes after plotting."""
import matplotlib.pyplot as plt


def reaction_time_boxes(trials):
    """``trials`` maps stimulus -> reaction times in ms. Returns (fig, ax, medians)."""
    stimuli = sorted(trials)
    positions = list(range(1, len(stimuli) + 1))
    fig, ax = plt.subplots(figsize=(5, 3))
    artists = ax.boxplot([trials[s] for s in stimuli], positions=positions, widths=0.5)
    ax.set_xticks(positions)
    ax.set_xticklabels([s.upper() for s in stimuli])
    ax.set_ylabel("reaction time [ms]")
    medians = [float(line.get_ydata()[0]) for line in artists["medians"]]
    return fig, ax, medians
