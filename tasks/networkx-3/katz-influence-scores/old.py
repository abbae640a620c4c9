"""Katz-style influence scores for accounts in a follower network."""
import networkx as nx
import numpy as np


class InfluenceModel:
    def __init__(self, follows, alpha=0.1, beta=1.0):
        """``follows``: (follower, followed) pairs; influence flows to the followed account."""
        self.graph = nx.DiGraph(follows)
        self.accounts = sorted(self.graph)
        self.alpha = alpha
        self.beta = beta

    def scores(self, iterations=50):
        adjacency = nx.adjacency_matrix(self.graph, nodelist=self.accounts)
        x = np.zeros(len(self.accounts))
        for _ in range(iterations):
            x = self.alpha * (adjacency.T * x) + self.beta
        return {account: round(float(v), 4) for account, v in zip(self.accounts, x)}

    def ranking(self, iterations=50):
        scores = self.scores(iterations)
        return sorted(scores, key=lambda a: (-scores[a], a))
