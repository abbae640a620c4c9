"""A catalogue of benchmark graphs with one-line descriptions."""
import networkx as nx


class DatasetCatalog:
    def __init__(self):
        self._graphs = {}

    def register(self, key, graph):
        if key in self._graphs:
            raise KeyError(f"dataset {key!r} already registered")
        self._graphs[key] = graph
        return self

    def describe(self, key=None):
        """One line per dataset (sorted by key), or the line of a single dataset."""
        keys = sorted(self._graphs) if key is None else [key]
        return [f"{k}: {nx.info(self._graphs[k])}" for k in keys]
