"""Horizontal box plots of exam scores per class, exported for the school newsletter."""
import matplotlib.pyplot as plt


def export_score_boxplot(scores_by_class, filename, pass_mark=50):
    """Save the chart and return {class: median score}."""
    names = list(scores_by_class)
    plt.figure(figsize=(6, 1 + 0.6 * len(names)))
    result = plt.boxplot([scores_by_class[n] for n in names], labels=names, vert=False,
                         showmeans=True)
    plt.axvline(pass_mark, color="grey", linestyle=":")
    plt.xlim(0, 100)
    plt.xlabel("score")
    plt.tight_layout()
    plt.savefig(filename)
    medians = {name: float(line.get_xdata()[0]) for name, line in zip(names, result["medians"])}
    return medians
