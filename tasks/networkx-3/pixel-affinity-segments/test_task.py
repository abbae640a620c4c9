from solution import AffinitySegmenter

IMAGE = [
    [10, 12, 200, 205],
    [11, 90, 198, 60],
    [13, 95, 100, 62],
]


def test_affinity_matrix_is_symmetric_neighbour_links():
    matrix = AffinitySegmenter().affinity([[1, 5], [30, 2]])
    assert matrix.tolist() == [[0, 1, 0, 0], [1, 0, 0, 1], [0, 0, 0, 0], [0, 1, 0, 0]]


def test_segments_default_tolerance():
    assert AffinitySegmenter().segments(IMAGE) == [[0, 0, 1, 1], [0, 2, 1, 3], [0, 2, 2, 3]]


def test_segments_strict_and_loose():
    assert AffinitySegmenter(tolerance=0).segments([[1, 1], [2, 1]]) == [[0, 0], [1, 0]]
    assert AffinitySegmenter(tolerance=100).segments(IMAGE) == [[0] * 4] * 3
