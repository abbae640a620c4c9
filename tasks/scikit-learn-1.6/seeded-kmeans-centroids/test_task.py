from solution import refine_centroids

POINTS = [[0, 0], [0, 2], [2, 0], [2, 2], [10, 10], [10, 12], [12, 10], [12, 12]]


def test_centroids_move_to_cluster_means():
    centers, labels = refine_centroids(POINTS, [[1, 1], [5, 5]])
    assert centers == [[1.0, 1.0], [11.0, 11.0]]
    assert labels == [0, 0, 0, 0, 1, 1, 1, 1]


def test_order_follows_initial_centroids():
    centers, labels = refine_centroids(POINTS, [[11, 11], [0, 0]])
    assert centers == [[11.0, 11.0], [1.0, 1.0]]
    assert labels[0] == 1 and labels[-1] == 0
