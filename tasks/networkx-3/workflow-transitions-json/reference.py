"""Serialize ticket workflows (state machines) for the configuration service."""
import json

import networkx as nx


class Workflow:
    def __init__(self, name, initial):
        self.graph = nx.DiGraph(name=name, initial=initial)
        self.graph.add_node(initial)

    def allow(self, state, next_state, action):
        self.graph.add_edge(state, next_state, action=action)
        return self

    def actions(self, state):
        return sorted(d["action"] for _, _, d in self.graph.out_edges(state, data=True))

    def dumps(self):
        data = nx.node_link_data(self.graph, name="state", edges="transitions")
        data["transitions"].sort(key=lambda t: (t["source"], t["target"]))
        data["nodes"].sort(key=lambda n: n["state"])
        return json.dumps(data, sort_keys=True)

    @classmethod
    def loads(cls, text):
        data = json.loads(text)
        graph = nx.node_link_graph(data, directed=True, multigraph=False, name="state", edges="transitions")
        workflow = cls(graph.graph["name"], graph.graph["initial"])
        workflow.graph = graph
        return workflow
