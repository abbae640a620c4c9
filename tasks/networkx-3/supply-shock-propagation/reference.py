"""Propagate supply shocks from suppliers to their customers."""
import networkx as nx
import numpy as np


def propagate_shock(chain, shocks, rounds=1, weight="share"):
    """Accumulated shock per firm after ``rounds`` rounds of propagation.

    ``chain`` is a DiGraph with an edge supplier -> customer whose ``weight``
    attribute is the share of the customer's inputs bought from that supplier.
    ``shocks`` maps firms to their initial loss; other firms start at 0.
    """
    unknown = set(shocks) - set(chain)
    if unknown:
        raise KeyError(f"unknown firms: {sorted(unknown)}")
    firms = list(chain)
    shares = nx.to_numpy_array(chain, nodelist=firms, weight=weight)
    current = np.array([[float(shocks.get(f, 0.0))] for f in firms])
    total = current.copy()
    for _ in range(rounds):
        current = shares.T @ current
        total = total + current
    return {firm: round(float(total[k, 0]), 4) for k, firm in enumerate(firms)}
