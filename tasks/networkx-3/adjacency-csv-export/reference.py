"""Export a weighted graph as an adjacency table for spreadsheet users."""
import csv

import networkx as nx


class AdjacencyExporter:
    def __init__(self, graph, weight="weight", missing=0.0):
        self.graph = graph
        self.weight = weight
        self.missing = missing

    def rows(self):
        """Header row followed by one row per node; nodes sorted by their text form."""
        nodes = sorted(self.graph, key=str)
        table = nx.to_numpy_array(
            self.graph, nodelist=nodes, weight=self.weight, nonedge=self.missing
        )
        header = [""] + [str(n) for n in nodes]
        body = [[str(n)] + [format(v, "g") for v in values] for n, values in zip(nodes, table.tolist())]
        return [header] + body

    def write(self, path):
        with open(path, "w", newline="") as handle:
            csv.writer(handle).writerows(self.rows())
        return path
