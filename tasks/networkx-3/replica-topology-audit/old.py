"""Audit that every replica of the data-centre topology matches the primary copy."""
from networkx import testing


def audit(primary, replicas):
    """Names of replicas (sorted) whose topology differs from ``primary``."""
    drifted = []
    for name, replica in replicas.items():
        try:
            testing.assert_graphs_equal(primary, replica)
        except AssertionError:
            drifted.append(name)
    return sorted(drifted)


def audit_summary(primary, replicas):
    drifted = audit(primary, replicas)
    return f"{len(replicas) - len(drifted)}/{len(replicas)} replicas in sync" + (
        f"; drifted: {', '.join(drifted)}" if drifted else ""
    )
