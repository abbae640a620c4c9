"""Which depots can a truck reach with at most two legs?"""
import networkx as nx


def two_hop_reach(legs):
    """``legs``: one-way (from_depot, to_depot) routes. Returns {depot: sorted reachable depots}."""
    graph = nx.DiGraph(legs)
    depots = sorted(graph)
    adjacency = nx.adjacency_matrix(graph, nodelist=depots, weight=None)
    reach = (adjacency + adjacency @ adjacency).tocoo()
    result = {depot: set() for depot in depots}
    for i, j, count in zip(reach.row, reach.col, reach.data):
        if count > 0 and i != j:
            result[depots[i]].add(depots[j])
    return {depot: sorted(targets) for depot, targets in result.items()}


def isolated_depots(legs):
    """Depots from which no other depot is reachable within two legs."""
    return [depot for depot, targets in two_hop_reach(legs).items() if not targets]
