"""Progressive income tax from a bracket table."""
import numpy as np

# (upper bound of the bracket, marginal rate); the last bracket has no upper bound
DEFAULT_BRACKETS = [(10_000, 0.0), (40_000, 0.2), (np.infty, 0.4)]


def income_tax(incomes, brackets=DEFAULT_BRACKETS):
    """Tax owed for each income in ``incomes`` (array-like), rounded to cents."""
    incomes = np.asarray(incomes, dtype=float)
    uppers = np.array([b[0] for b in brackets], dtype=float)
    rates = np.array([b[1] for b in brackets], dtype=float)
    if uppers[-1] != np.infty:
        raise ValueError("the last bracket must be open-ended")
    lowers = np.concatenate([[0.0], uppers[:-1]])
    taxable = np.clip(incomes[:, None] - lowers, 0.0, uppers - lowers)
    return np.round(taxable @ rates, 2)
