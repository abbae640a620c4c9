"""Archive large graphs compactly as a node list plus a sparse adjacency file."""
import json

import networkx as nx
import scipy.sparse


def archive(graph, stem, weight="weight"):
    """Write ``stem.nodes.json`` and ``stem.npz``; return the number of stored entries."""
    nodes = sorted(graph, key=str)
    matrix = nx.to_scipy_sparse_matrix(graph, nodelist=nodes, weight=weight, dtype=float, format="csr")
    scipy.sparse.save_npz(f"{stem}.npz", matrix)
    with open(f"{stem}.nodes.json", "w") as handle:
        json.dump({"nodes": [str(n) for n in nodes], "directed": graph.is_directed()}, handle)
    return int(matrix.nnz)


def restore(stem):
    with open(f"{stem}.nodes.json") as handle:
        meta = json.load(handle)
    matrix = scipy.sparse.load_npz(f"{stem}.npz").tocoo()
    graph = nx.DiGraph() if meta["directed"] else nx.Graph()
    graph.add_nodes_from(meta["nodes"])
    for i, j, w in zip(matrix.row, matrix.col, matrix.data):
        graph.add_edge(meta["nodes"][i], meta["nodes"][j], weight=float(w))
    return graph
