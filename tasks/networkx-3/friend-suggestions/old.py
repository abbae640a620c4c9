"""People-you-may-know suggestions from mutual friends."""
import networkx as nx


def suggest_friends(friendships, person, limit=3):
    """Non-friends of ``person`` ranked by number of mutual friends (ties by name)."""
    graph = nx.Graph(friendships)
    if person not in graph:
        raise KeyError(person)
    people = sorted(graph)
    adjacency = nx.adjacency_matrix(graph, nodelist=people, weight=None)
    mutual = (adjacency * adjacency).tocsr()
    row = people.index(person)
    candidates = []
    for col, other in enumerate(people):
        if other == person or graph.has_edge(person, other):
            continue
        count = int(mutual[row, col])
        if count > 0:
            candidates.append((other, count))
    candidates.sort(key=lambda item: (-item[1], item[0]))
    return candidates[:limit]
