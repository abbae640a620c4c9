"""Export a tram timetable multigraph in the operator's open-data JSON layout."""
import networkx as nx


def build_timetable(runs):
    """``runs``: (run_id, from_stop, to_stop, depart) tuples; one arc per run."""
    network = nx.MultiDiGraph(operator="MetroTram")
    for run_id, origin, destination, depart in runs:
        network.add_edge(origin, destination, key=run_id, depart=depart)
    return network


def open_data(network):
    """Dict with stops under "stops" and runs under "arcs" (from/to/run fields)."""
    data = nx.node_link_data(
        network, source="from", target="to", key="run", name="stop", link="arcs"
    )
    data["stops"] = sorted(data.pop("nodes"), key=lambda s: s["stop"])
    data["arcs"].sort(key=lambda a: a["run"])
    return data
