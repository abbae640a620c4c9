"""Store graphs as node-link JSON documents on disk."""
import json
import os

import networkx as nx


class JsonGraphStore:
    def __init__(self, root):
        self.root = root
        os.makedirs(root, exist_ok=True)

    def save(self, name, graph):
        path = os.path.join(self.root, f"{name}.json")
        with open(path, "w") as handle:
            json.dump(nx.node_link_data(graph, link="edges"), handle, indent=1)
        return path

    def load(self, name):
        with open(os.path.join(self.root, f"{name}.json")) as handle:
            data = json.load(handle)
        return nx.node_link_graph(data, link="edges")
