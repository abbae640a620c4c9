"""Benchmark report: runtime distribution of each benchmark, slowest first, on a log axis."""
import statistics

import matplotlib.pyplot as plt


class RuntimeReport:
    def __init__(self, runs):
        """``runs`` maps benchmark name -> list of runtimes in seconds (at least one each)."""
        if any(not times for times in runs.values()):
            raise ValueError("every benchmark needs at least one run")
        self.runs = runs

    def ranking(self):
        return sorted(self.runs, key=lambda name: statistics.median(self.runs[name]), reverse=True)

    def figure(self, log_scale=True):
        names = self.ranking()
        fig, ax = plt.subplots(figsize=(7, 3.5))
        ax.boxplot([self.runs[n] for n in names], tick_labels=names, whis=1.5, medianprops={"color": "k"})
        if log_scale:
            ax.set_yscale("log")
        ax.set_ylabel("runtime [s]")
        ax.tick_params(axis="x", labelrotation=30)
        return fig, ax
