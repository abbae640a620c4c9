"""Count how many moves a chess king needs between squares (Chebyshev distance)."""
import numpy as np
from sklearn.metrics import DistanceMetric

FILES = "abcdefgh"
_chebyshev = DistanceMetric.get_metric("chebyshev")


def _coords(square):
    file, rank = square[0], int(square[1:])
    if file not in FILES or not 1 <= rank <= 8:
        raise ValueError(f"not a square: {square}")
    return [FILES.index(file), rank - 1]


def king_moves(start, targets):
    """Return {target: number of king moves from start}, sorted by distance then name."""
    origin = np.array([_coords(start)], dtype=float)
    points = np.array([_coords(t) for t in targets], dtype=float)
    moves = _chebyshev.pairwise(origin, points)[0].astype(int)
    pairs = sorted(zip(targets, moves.tolist()), key=lambda p: (p[1], p[0]))
    return dict(pairs)
