"""Run only the stages of a build pipeline that carry a requested tag."""
import networkx as nx


class Pipeline:
    def __init__(self):
        self.dag = nx.DiGraph()

    def stage(self, name, after=(), tags=()):
        self.dag.add_node(name, tags=set(tags))
        for previous in after:
            self.dag.add_edge(previous, name)
        if not nx.is_directed_acyclic_graph(self.dag):
            raise ValueError(f"stage {name!r} creates a cycle")
        return self

    def plan(self, tag=None):
        """Stages to run in dependency order (alphabetical among independent stages)."""
        if tag is None:
            selected = self.dag
        else:
            selected = nx.subgraph_view(self.dag, filter_node=lambda name: tag in self.dag.nodes[name]["tags"])
        return list(nx.lexicographical_topological_sort(selected))
