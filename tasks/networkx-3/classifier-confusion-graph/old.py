"""Which classes does a classifier mix up? Read it off the confusion matrix."""
import networkx as nx
import numpy as np


def confusion_graph(labels, confusion):
    """DiGraph true_label -> predicted_label weighted by the number of mistakes."""
    errors = np.array(confusion, dtype=int)
    np.fill_diagonal(errors, 0)
    graph = nx.from_numpy_matrix(errors, create_using=nx.DiGraph())
    return nx.relabel_nodes(graph, {i: label for i, label in enumerate(labels)})


def top_confusions(labels, confusion, n=3):
    """The ``n`` most frequent mistakes as (true, predicted, count), most frequent first."""
    graph = confusion_graph(labels, confusion)
    edges = [(u, v, d["weight"]) for u, v, d in graph.edges(data=True)]
    edges.sort(key=lambda e: (-e[2], e[0], e[1]))
    return edges[:n]


def most_confused_class(labels, confusion):
    """Label whose examples are most often predicted as something else."""
    graph = confusion_graph(labels, confusion)
    return max(labels, key=lambda label: graph.out_degree(label, weight="weight"))
