"""Validate a grid of coded survey answers (respondents x questions)."""
import numpy as np

LIKERT_CODES = [1, 2, 3, 4, 5]
MISSING = -9


def invalid_cells(answers, allowed=LIKERT_CODES, allow_missing=True):
    """List of (respondent, question) positions holding a code that is not allowed."""
    grid = np.asarray(answers)
    codes = list(allowed) + ([MISSING] if allow_missing else [])
    ok = np.in1d(grid, codes).reshape(grid.shape)
    rows, cols = np.nonzero(~ok)
    return list(zip(rows.tolist(), cols.tolist()))
