"""Turn a message-count matrix between agents into a multigraph of messages."""
import networkx as nx
import numpy as np


def message_multigraph(agents, counts):
    """One edge per message: counts[i][j] messages sent from agent i to agent j."""
    matrix = np.array(counts, dtype=int)
    if (matrix < 0).any():
        raise ValueError("message counts must be non-negative")
    graph = nx.from_numpy_matrix(matrix, parallel_edges=True, create_using=nx.MultiDiGraph)
    return nx.relabel_nodes(graph, dict(enumerate(agents)))


def busiest_channel(agents, counts):
    """(sender, receiver, messages) of the pair that exchanged the most messages."""
    graph = message_multigraph(agents, counts)
    pairs = {(u, v): graph.number_of_edges(u, v) for u, v in set(graph.edges())}
    (sender, receiver), n = max(pairs.items(), key=lambda item: (item[1], item[0]))
    return sender, receiver, n
