"""Undo support for a graph editor: snapshots are pickled bytes."""
import pickle

import networkx as nx


class UndoStack:
    def __init__(self, graph=None):
        self.graph = graph if graph is not None else nx.Graph()
        self._snapshots = []

    def checkpoint(self):
        self._snapshots.append(pickle.dumps(self.graph, protocol=pickle.HIGHEST_PROTOCOL))
        return len(self._snapshots)

    def undo(self):
        if not self._snapshots:
            raise IndexError("nothing to undo")
        self.graph = pickle.loads(self._snapshots.pop())
        return self.graph
