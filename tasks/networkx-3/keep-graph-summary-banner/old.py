"""Banner printed at the top of each analysis notebook."""
import networkx as nx


def banner(graph, title):
    summary = str(graph)
    density = nx.density(graph)
    line = "=" * max(len(title), len(summary))
    return f"{line}\n{title}\n{summary}\ndensity {density:.2f}\n{line}"
