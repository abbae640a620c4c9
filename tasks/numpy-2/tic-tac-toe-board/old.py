"""Decide the state of a tic-tac-toe game stored as a flat list of 9 cells."""
import numpy as np

SYMBOLS = {"X": 1, "O": -1, ".": 0}


def winner(cells):
    """'X' or 'O' if that player has three in a row, 'draw' for a full board, else None."""
    if len(cells) != 9:
        raise ValueError("a board has 9 cells")
    board = np.reshape(np.array([SYMBOLS[c] for c in cells]), newshape=(3, 3))
    lines = np.concatenate([board.sum(axis=0), board.sum(axis=1), [np.trace(board), np.trace(board[:, ::-1])]])
    if (lines == 3).any():
        return "X"
    if (lines == -3).any():
        return "O"
    return "draw" if np.all(board != 0) else None
