"""Follower statistics of a small social graph stored as a sparse adjacency matrix."""
import numpy as np
from scipy.sparse import csr_matrix


def follower_stats(follows, users):
    """follows: list of (follower, followee). Returns per-user counts and mutual pairs."""
    index = {u: i for i, u in enumerate(users)}
    rows = [index[a] for a, _ in follows]
    cols = [index[b] for _, b in follows]
    n = len(users)
    adj = csr_matrix((np.ones(len(follows)), (rows, cols)), shape=(n, n))
    adj.data[:] = 1.0  # duplicate edges collapse to one
    following = np.asarray(adj.sum(axis=1)).ravel()
    followers = np.asarray(adj.sum(axis=0)).ravel()
    two_hop = (adj @ adj).toarray()
    np.fill_diagonal(two_hop, 0)
    mutual = adj.multiply(adj.T)
    pairs = sorted((users[i], users[j]) for i, j in zip(*mutual.nonzero()) if i < j)
    return {
        "following": {u: int(following[index[u]]) for u in users},
        "followers": {u: int(followers[index[u]]) for u in users},
        "reach2": {u: int((two_hop[index[u]] > 0).sum()) for u in users},
        "mutual": pairs,
    }
