"""Leaderboard chart: horizontal bars sorted by score, light guide lines on the score axis."""
import matplotlib.pyplot as plt


class LeaderboardChart:
    def __init__(self, title="Leaderboard", bar_color="#4c72b0"):
        self.title = title
        self.bar_color = bar_color

    def draw(self, scores, top=5):
        """Plot the ``top`` best entries of ``scores`` (name -> score), best at the top."""
        ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)[:top]
        names = [name for name, _ in ranked][::-1]
        values = [value for _, value in ranked][::-1]
        fig, ax = plt.subplots(figsize=(6, 0.5 + 0.4 * len(names)))
        ax.barh(names, values, color=self.bar_color)
        ax.set_axisbelow(True)
        ax.xaxis.grid(b=True, color="0.85", linewidth=0.8)
        ax.yaxis.grid(b=False)
        ax.set_xlim(0, max(values) * 1.1)
        ax.set_title(self.title)
        return fig, ax
