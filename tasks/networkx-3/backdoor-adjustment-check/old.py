"""Check candidate adjustment sets with the back-door criterion."""
import networkx as nx


class CausalModel:
    def __init__(self, edges):
        self.dag = nx.DiGraph(edges)
        if not nx.is_directed_acyclic_graph(self.dag):
            raise ValueError("causal graph must be acyclic")

    def _blocks_backdoor(self, treatment, outcome, adjustment):
        backdoor = self.dag.copy()
        backdoor.remove_edges_from(list(self.dag.out_edges(treatment)))
        return nx.d_separated(backdoor, {treatment}, {outcome}, set(adjustment))

    def is_valid_adjustment(self, treatment, outcome, adjustment):
        """Back-door criterion: no descendant of the treatment, and all back-door paths blocked."""
        if set(adjustment) & nx.descendants(self.dag, treatment):
            return False
        return self._blocks_backdoor(treatment, outcome, adjustment)

    def valid_sets(self, treatment, outcome, candidates):
        return [sorted(c) for c in candidates if self.is_valid_adjustment(treatment, outcome, c)]
