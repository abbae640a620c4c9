"""Audit that every replica of the data-centre topology matches the primary copy."""
from networkx import utils


def audit(primary, replicas):
    """Names of replicas (sorted) whose topology differs from ``primary``."""
    drifted = []
    for name, replica in replicas.items():
        if not utils.graphs_equal(primary, replica):
            drifted.append(name)
    return sorted(drifted)


def audit_summary(primary, replicas):
    drifted = audit(primary, replicas)
    return f"{len(replicas) - len(drifted)}/{len(replicas)} replicas in sync" + (
        f"; drifted: {', '.join(drifted)}" if drifted else ""
    )
