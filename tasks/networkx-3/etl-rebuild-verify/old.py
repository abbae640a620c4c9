"""Nightly ETL check: the rebuilt supplier graph must match yesterday's except for known changes."""
import networkx as nx
from networkx.testing import assert_edges_equal


def verify_rebuild(previous, rebuilt, added=(), removed=()):
    """Return a list of problems (empty when the rebuild is consistent)."""
    expected = nx.Graph(previous)
    expected.add_edges_from(added)
    expected.remove_edges_from(removed)
    problems = []
    try:
        assert_edges_equal(expected.edges(), rebuilt.edges())
    except AssertionError:
        missing = sorted(tuple(sorted(e)) for e in expected.edges() if not rebuilt.has_edge(*e))
        extra = sorted(tuple(sorted(e)) for e in rebuilt.edges() if not expected.has_edge(*e))
        problems.append(f"edges differ: missing {missing}, unexpected {extra}")
    return problems
