"""Link survey respondents whose answer vectors are similar."""
import networkx as nx
import numpy as np


def similarity_graph(respondents, answers, min_agreement=0.75):
    """Graph of respondents; edge weight = share of identical answers (>= min_agreement)."""
    answers = np.asarray(answers)
    n = len(respondents)
    agreement = np.zeros((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            share = float(np.mean(answers[i] == answers[j]))
            if share >= min_agreement:
                agreement[i, j] = agreement[j, i] = share
    graph = nx.from_numpy_array(agreement)
    return nx.relabel_nodes(graph, dict(enumerate(respondents)))
