"""Tooltip text shown when hovering over a person in the org-chart viewer."""
import networkx as nx


class OrgChart:
    def __init__(self, reports_to):
        """``reports_to``: {employee: manager}; the top manager maps to None."""
        self.graph = nx.Graph()
        for employee, manager in reports_to.items():
            self.graph.add_node(employee)
            if manager is not None:
                self.graph.add_edge(manager, employee)

    def tooltip(self, person):
        """Node summary: degree and neighbours of ``person``."""
        return nx.info(self.graph, person)

    def overview(self):
        return nx.info(self.graph)
