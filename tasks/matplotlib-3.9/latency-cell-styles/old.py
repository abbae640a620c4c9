"""Background colours for a service latency table (green is fast, red is slow)."""
import matplotlib.cm
from matplotlib.colors import to_hex


class LatencyStyler:
    def __init__(self, budget_ms, cmap_name="RdYlGn_r"):
        if budget_ms <= 0:
            raise ValueError("budget_ms must be positive")
        self.budget_ms = budget_ms
        self.cmap = matplotlib.cm.get_cmap(cmap_name)

    def css(self, latency_ms):
        share = min(max(latency_ms / self.budget_ms, 0.0), 1.0)
        return f"background-color: {to_hex(self.cmap(share))}"

    def style_table(self, rows):
        """``rows`` maps endpoint -> latency in ms; returns endpoint -> CSS declaration."""
        return {endpoint: self.css(ms) for endpoint, ms in rows.items()}
