"""Masked self-attention scores for a tiny sequence model used in unit tests."""
import numpy as np
from scipy import linalg
from scipy.special import softmax


def causal_mask(length, window=None):
    """Boolean mask: position i may attend to positions j <= i (and > i - window)."""
    allowed = linalg.tri(length)
    if window is not None:
        allowed &= ~linalg.tri(length, k=-window)
    return allowed


def attention_weights(queries, keys, window=None):
    queries = np.asarray(queries, dtype=float)
    keys = np.asarray(keys, dtype=float)
    scores = queries @ keys.T / np.sqrt(queries.shape[1])
    scores = np.where(causal_mask(len(queries), window), scores, -np.inf)
    return softmax(scores, axis=1)
