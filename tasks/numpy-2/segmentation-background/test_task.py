from solution import label_map

CLASSES = [[0, 3, 3], [7, 7, 255]]
CONF = [[0.9, 0.4, 0.8], [0.6, 0.1, 0.99]]


def test_low_confidence_becomes_background():
    labels, counts = label_map(CLASSES, CONF)
    assert labels.tolist() == [[0, -1, 3], [7, -1, 255]]
    assert counts == {-1: 2, 0: 1, 3: 1, 7: 1, 255: 1}


def test_threshold():
    labels, counts = label_map(CLASSES, CONF, min_confidence=0.95)
    assert labels.tolist() == [[-1, -1, -1], [-1, -1, 255]]
    assert counts == {-1: 5, 255: 1}
