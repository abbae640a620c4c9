"""Citation statistics for a paper collection using a sparse adjacency array."""
import networkx as nx


def citation_stats(citations):
    """``citations``: (citing, cited) pairs. Returns {paper: (cited_by, cites, second_hand)}.

    ``second_hand`` counts papers that cite a paper citing this one (2-step paths).
    """
    graph = nx.DiGraph(citations)
    papers = sorted(graph)
    adjacency = nx.to_scipy_sparse_array(graph, nodelist=papers, weight=None, dtype=int)
    cited_by = adjacency.sum(axis=0)
    cites = adjacency.sum(axis=1)
    two_step = (adjacency @ adjacency).sum(axis=0)
    return {
        paper: (int(cited_by[k]), int(cites[k]), int(two_step[k]))
        for k, paper in enumerate(papers)
    }
