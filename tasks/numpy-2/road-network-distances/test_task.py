import math

from solution import all_pairs_distances, reachable

TOWNS = ["Ash", "Birch", "Cedar", "Dune", "Elm"]
ROADS = [("Ash", "Birch", 5.0), ("Birch", "Cedar", 4.0), ("Ash", "Cedar", 12.0), ("Cedar", "Dune", 3.0), ("Ash", "Birch", 7.0)]


def test_shortest_paths():
    dist = all_pairs_distances(TOWNS, ROADS)
    assert dist[0].tolist()[:4] == [0.0, 5.0, 9.0, 12.0]
    assert dist[3, 1] == 7.0
    assert reachable(dist, 0, 3)


def test_isolated_town():
    dist = all_pairs_distances(TOWNS, ROADS)
    assert math.isinf(dist[4, 0]) and dist[4, 0] > 0
    assert dist[4, 4] == 0.0
    assert not reachable(dist, 1, 4)
