"""Items bought by the same customers, from a customer-item bipartite graph."""
import networkx as nx


def cooccurrence(purchases):
    """``purchases``: {customer: [items]}. Returns {(item_a, item_b): shared customers}, a < b."""
    graph = nx.Graph()
    customers = sorted(purchases)
    items = sorted({item for bought in purchases.values() for item in bought})
    graph.add_nodes_from(customers, side="customer")
    graph.add_nodes_from(items, side="item")
    graph.add_edges_from((c, i) for c, bought in purchases.items() for i in bought)
    matrix = nx.to_scipy_sparse_matrix(graph, nodelist=customers + items, weight=None, dtype=int)
    bought = matrix[: len(customers), len(customers):]
    shared = (bought.T * bought).tocoo()
    return {
        (items[a], items[b]): int(n)
        for a, b, n in zip(shared.row, shared.col, shared.data)
        if a < b and n > 0
    }


def recommend(purchases, item, limit=2):
    counts = cooccurrence(purchases)
    scores = {}
    for (a, b), n in counts.items():
        if item in (a, b):
            scores[b if a == item else a] = n
    return sorted(scores, key=lambda other: (-scores[other], other))[:limit]
