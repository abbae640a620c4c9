"""Sparse genre/label indicator features for the music recommender."""
import numpy as np
from sklearn.preprocessing import OneHotEncoder


def track_matrix(tracks):
    """Return (csr_matrix, vocabulary) for a list of tracks.

    Every track has a genre and a label; the matrix stays sparse because the
    catalogue has thousands of labels in production.
    """
    table = np.array([[t["genre"], t["label"]] for t in tracks], dtype=object)
    encoder = OneHotEncoder(sparse_output=True, handle_unknown="ignore")
    matrix = encoder.fit_transform(table).tocsr()
    vocabulary = [f"{kind}:{value}" for kind, values in zip(("genre", "label"), encoder.categories_) for value in values]
    return matrix, vocabulary


def similar_tracks(tracks, index):
    """Indices of the other tracks sharing at least one feature with ``tracks[index]``."""
    matrix, _ = track_matrix(tracks)
    overlap = (matrix @ matrix[index].T).toarray().ravel()
    return [i for i, shared in enumerate(overlap) if shared > 0 and i != index]
