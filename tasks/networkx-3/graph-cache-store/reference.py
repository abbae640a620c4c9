"""A tiny on-disk cache for graphs that are expensive to build."""
import os
import pickle

import networkx as nx


class GraphCache:
    def __init__(self, directory):
        self.directory = directory
        os.makedirs(directory, exist_ok=True)

    def _path(self, key):
        return os.path.join(self.directory, f"{key}.gpickle")

    def get_or_build(self, key, builder):
        """Return the cached graph for ``key``, calling ``builder()`` only on a miss."""
        path = self._path(key)
        if os.path.exists(path):
            with open(path, "rb") as handle:
                return pickle.load(handle)
        graph = builder()
        with open(path, "wb") as handle:
            pickle.dump(graph, handle, pickle.HIGHEST_PROTOCOL)
        return graph

    def keys(self):
        return sorted(name[: -len(".gpickle")] for name in os.listdir(self.directory) if name.endswith(".gpickle"))
