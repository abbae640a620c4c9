"""Batch export of monthly sales bar charts, written in pyplot's state-machine style."""
import matplotlib.pyplot as plt

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]


def export_sales_chart(sales, filename, show_grid=True, title="Monthly sales"):
    """Save a bar chart of six monthly sales figures and return the list of bar heights."""
    if len(sales) != len(MONTHS):
        raise ValueError(f"expected {len(MONTHS)} values, got {len(sales)}")
    plt.figure(figsize=(6, 4))
    bars = plt.bar(MONTHS, sales, color="tab:blue")
    plt.title(title)
    plt.ylabel("units")
    if show_grid:
        plt.grid(visible=True, axis="y", alpha=0.4)
    else:
        plt.grid(visible=False)
    plt.savefig(filename)
    heights = [bar.get_height() for bar in bars]
    return heights
