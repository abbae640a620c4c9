"""Radar (spider) chart comparing a candidate's skill ratings against the team average."""
import numpy as np
import matplotlib.pyplot as plt


def radar_chart(skills, candidate, team_average, max_rating=5):
    angles = np.linspace(0, 2 * np.pi, len(skills), endpoint=False)
    closed = np.concatenate([angles, angles[:1]])
    fig, ax = plt.subplots(subplot_kw={"projection": "polar"}, figsize=(4, 4))
    for label, ratings, colour in (("candidate", candidate, "tab:orange"), ("team", team_average, "tab:gray")):
        values = np.concatenate([ratings, ratings[:1]]).astype(float)
        ax.plot(closed, values, color=colour, label=label)
        ax.fill(closed, values, color=colour, alpha=0.15)
    ax.set_xticks(angles, labels=skills)
    ax.set_ylim(0, max_rating)
    ax.set_yticks(range(1, max_rating + 1))
    ax.grid(visible=True, color="0.7", linewidth=0.6)
    ax.legend(loc="lower right", fontsize=8)
    return fig, ax
