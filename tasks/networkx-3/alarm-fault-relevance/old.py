"""Which unobserved components can still tell us something about a suspected fault?"""
import networkx as nx


class DiagnosisNetwork:
    """Causal model of a machine: edges point from causes (faults) to effects (alarms)."""

    def __init__(self, causes):
        self.graph = nx.DiGraph()
        for cause, effects in causes.items():
            self.graph.add_node(cause)
            for effect in effects:
                self.graph.add_edge(cause, effect)

    def relevant(self, fault, observed):
        """Unobserved nodes that are not d-separated from ``fault`` given ``observed``."""
        observed = set(observed)
        if fault in observed:
            raise ValueError("the suspected fault is already observed")
        candidates = sorted(set(self.graph) - observed - {fault})
        return [n for n in candidates if not nx.d_separated(self.graph, {fault}, {n}, observed)]
