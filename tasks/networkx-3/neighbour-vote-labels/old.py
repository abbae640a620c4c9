"""Guess the topic of unlabelled papers from the topics of the papers they cite."""
import networkx as nx
import numpy as np


def neighbour_vote(citations, known, topics):
    """One round of weighted neighbour voting.

    ``citations``: (paper, cited, weight) triples, treated as undirected links;
    ``known``: {paper: topic} for labelled papers; ``topics``: list of topic names.
    Returns {paper: topic} for every paper (known labels are kept); papers with
    no labelled neighbour get None. Ties go to the topic listed first.
    """
    graph = nx.Graph()
    graph.add_weighted_edges_from(citations)
    papers = list(graph)
    onehot = np.zeros((len(papers), len(topics)))
    for i, paper in enumerate(papers):
        if paper in known:
            onehot[i, topics.index(known[paper])] = 1.0
    votes = nx.adjacency_matrix(graph, nodelist=papers).todense() * onehot
    votes = np.asarray(votes)
    labels = {}
    for i, paper in enumerate(papers):
        if paper in known:
            labels[paper] = known[paper]
        elif votes[i].max() > 0:
            labels[paper] = topics[int(votes[i].argmax())]
        else:
            labels[paper] = None
    return labels
