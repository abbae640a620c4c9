import scipy.sparse as sp

from solution import similar_tracks, track_matrix

TRACKS = [
    {"genre": "jazz", "label": "blue"},
    {"genre": "rock", "label": "sub"},
    {"genre": "jazz", "label": "impulse"},
    {"genre": "pop", "label": "sub"},
    {"genre": "folk", "label": "rough"},
]


def test_matrix_is_sparse_with_two_entries_per_track():
    matrix, vocabulary = track_matrix(TRACKS)
    assert sp.issparse(matrix)
    assert matrix.format == "csr"
    assert matrix.shape == (5, 8)
    assert matrix.nnz == 10
    assert vocabulary[:4] == ["genre:folk", "genre:jazz", "genre:pop", "genre:rock"]
    assert vocabulary[4:] == ["label:blue", "label:impulse", "label:rough", "label:sub"]
    assert sorted(matrix[1].indices.tolist()) == [3, 7]
    assert matrix[1].toarray().tolist() == [[0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0]]


def test_similar_tracks():
    assert similar_tracks(TRACKS, 0) == [2]
    assert similar_tracks(TRACKS, 1) == [3]
    assert similar_tracks(TRACKS, 4) == []
