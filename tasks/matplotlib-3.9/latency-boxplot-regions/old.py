"""Request-latency distribution per region for the weekly SRE review."""
import matplotlib.pyplot as plt


def latency_boxplot(latencies_ms, order=None, slo_ms=None):
    """``latencies_ms`` maps region -> list of request latencies. Returns (fig, ax, artists)."""
    regions = list(order) if order is not None else sorted(latencies_ms)
    fig, ax = plt.subplots(figsize=(1.5 + 1.2 * len(regions), 4))
    artists = ax.boxplot([latencies_ms[r] for r in regions], labels=regions, showfliers=False,
                         whis=(5, 95))
    if slo_ms is not None:
        ax.axhline(slo_ms, color="crimson", linestyle="--", linewidth=1)
    ax.set_ylabel("latency [ms]")
    ax.set_title("p5-p95 whiskers, outliers hidden")
    return fig, ax, artists
