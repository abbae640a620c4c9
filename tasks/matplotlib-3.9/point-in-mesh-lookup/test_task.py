from solution import ZoneLocator

NODE_X = [0.0, 2.0, 0.0, 2.0, 1.0]
NODE_Y = [0.0, 0.0, 2.0, 2.0, 1.0]
TRIANGLES = [[0, 1, 4], [4, 2, 0], [3, 4, 1], [2, 4, 3]]


def test_points_are_located():
    locator = ZoneLocator(NODE_X, NODE_Y, TRIANGLES)
    assert locator.zones([1.0, 0.5, 1.5, 1.0], [0.2, 1.0, 1.0, 1.9]) == [0, 1, 2, 3]


def test_outside_points():
    locator = ZoneLocator(NODE_X, NODE_Y, TRIANGLES)
    assert locator.zones([3.0, -0.1, 1.0], [3.0, 1.0, 2.5]) == [-1, -1, -1]


def test_counts_per_zone():
    locator = ZoneLocator(NODE_X, NODE_Y, TRIANGLES)
    xs = [1.0, 1.1, 0.9, 0.3, 1.7, 5.0]
    ys = [0.2, 0.3, 0.1, 1.0, 1.2, 5.0]
    assert locator.counts(xs, ys) == {0: 3, 1: 1, 2: 1}
    assert locator.mesh.triangles.tolist() == TRIANGLES
