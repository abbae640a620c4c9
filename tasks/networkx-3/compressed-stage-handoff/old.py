"""Hand a road network from the cleaning stage to the routing stage as a compressed file."""
import networkx as nx


def clean_stage(segments, out_path="roads.gpickle.gz"):
    """Build the road graph, dropping closed segments and self-loops, and store it gzipped."""
    graph = nx.Graph(stage="clean")
    for a, b, length_km, status in segments:
        if status == "closed" or a == b:
            continue
        graph.add_edge(a, b, length_km=float(length_km))
    nx.write_gpickle(graph, out_path)
    return out_path


def routing_stage(in_path, origin, destination):
    """Load the cleaned network and return (km, path) of the shortest route."""
    graph = nx.read_gpickle(in_path)
    if graph.graph.get("stage") != "clean":
        raise ValueError("input was not produced by the cleaning stage")
    km, path = nx.single_source_dijkstra(graph, origin, destination, weight="length_km")
    return round(km, 3), path
