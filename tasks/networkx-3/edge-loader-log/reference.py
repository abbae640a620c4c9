"""Load an interaction network from raw rows and keep an audit log of what was built."""
import networkx as nx


def load_interactions(rows, log, directed=False):
    """Build a graph from (a, b) rows, skipping blanks and self-interactions.

    Appends human-readable lines to the list ``log`` and returns the graph.
    """
    graph = nx.DiGraph(name="interactions") if directed else nx.Graph(name="interactions")
    skipped = 0
    for row in rows:
        if len(row) != 2 or not all(row) or row[0] == row[1]:
            skipped += 1
            continue
        graph.add_edge(*row)
    log.append(f"skipped {skipped} row(s)")
    log.append(str(graph))
    return graph
