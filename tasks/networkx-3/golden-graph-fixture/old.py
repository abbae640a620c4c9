"""Compare freshly computed dependency graphs with approved "golden" versions."""
import networkx as nx
from networkx.testing import assert_graphs_equal


class GoldenMismatch(Exception):
    pass


class GoldenStore:
    def __init__(self):
        self._golden = {}

    def approve(self, name, graph):
        self._golden[name] = nx.DiGraph(graph)

    def check(self, name, graph):
        """Raise GoldenMismatch unless ``graph`` equals the approved one (nodes, edges, attributes)."""
        if name not in self._golden:
            raise KeyError(f"no golden graph named {name!r}")
        try:
            assert_graphs_equal(self._golden[name], graph)
        except AssertionError:
            raise GoldenMismatch(f"{name}: graph differs from the approved version") from None
        return True
