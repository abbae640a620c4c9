"""Plain-text bar charts for the ops team's terminal dashboard."""
import pandas as pd


def bar_chart(values, width=20, top=None, symbol="#"):
    """Count each distinct value and draw one bar per value, most frequent first (ties by label)."""
    counts = pd.Series(values, dtype="object").value_counts()
    if counts.empty:
        return ""
    counts = counts.sort_index().sort_values(ascending=False, kind="stable")
    if top is not None:
        counts = counts.head(top)
    peak = counts.max()
    label_width = max(len(str(label)) for label in counts.index)
    lines = []
    for label, count in counts.items():
        bar = symbol * max(1, round(count / peak * width))
        lines.append(f"{str(label):<{label_width}} | {bar} {count}")
    return "\n".join(lines)
