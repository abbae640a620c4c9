"""Chart QA: verify that every legend entry shows the colour of the series it names."""
from matplotlib.colors import to_hex


def legend_colour_report(ax):
    """Return {label: (legend colour, series colour)} for the legend of ``ax``.

    Raises LookupError when the axes has no legend.
    """
    legend = ax.get_legend()
    if legend is None:
        raise LookupError("axes has no legend")
    series = {line.get_label(): to_hex(line.get_color()) for line in ax.get_lines()}
    report = {}
    for text, handle in zip(legend.get_texts(), legend.legend_handles):
        label = text.get_text()
        report[label] = (to_hex(handle.get_color()), series.get(label))
    return report


def mismatched_labels(ax):
    return sorted(label for label, (shown, actual) in legend_colour_report(ax).items() if shown != actual)
