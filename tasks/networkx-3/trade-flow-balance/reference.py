"""Export/import totals and trade balance for a network of trading partners."""
import networkx as nx


def trade_balance(flows, weight="value"):
    """``flows``: list of (exporter, importer, value). Returns {country: (exports, imports, balance)}."""
    graph = nx.DiGraph()
    for exporter, importer, value in flows:
        if value < 0:
            raise ValueError(f"negative flow {exporter}->{importer}")
        previous = graph.get_edge_data(exporter, importer, {weight: 0})[weight]
        graph.add_edge(exporter, importer, **{weight: previous + value})
    countries = sorted(graph)
    matrix = nx.adjacency_matrix(graph, nodelist=countries, weight=weight)
    exports = matrix.sum(axis=1)
    imports = matrix.sum(axis=0)
    return {
        country: (float(exports[i]), float(imports[i]), float(exports[i] - imports[i]))
        for i, country in enumerate(countries)
    }
