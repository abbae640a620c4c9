"""Export a weighted graph as (row, col, value) triplets for a linear-algebra service."""
import networkx as nx


def edge_triplets(graph, weight="weight", index=None):
    """Return (index, triplets): node -> position map and sorted (i, j, w) for stored entries."""
    if index is None:
        index = {node: k for k, node in enumerate(sorted(graph, key=str))}
    nodelist = sorted(index, key=index.get)
    if set(nodelist) != set(graph):
        raise ValueError("index must cover exactly the graph's nodes")
    coo = nx.to_scipy_sparse_matrix(graph, nodelist=nodelist, weight=weight, format="coo")
    triplets = sorted((int(i), int(j), float(w)) for i, j, w in zip(coo.row, coo.col, coo.data))
    return index, triplets
