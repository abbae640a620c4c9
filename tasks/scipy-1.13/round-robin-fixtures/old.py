"""Single round-robin fixture list and league table for a small club tournament."""
import numpy as np
from scipy.linalg import tril, triu


def fixtures(teams):
    """Every pairing exactly once, in table order: (home, away)."""
    n = len(teams)
    pairs = np.argwhere(triu(np.ones((n, n), dtype=int), k=1))
    return [(teams[i], teams[j]) for i, j in pairs]


def league_table(teams, goals):
    """goals[i][j] = goals team i scored against team j. Returns (team, points, goal_diff)."""
    goals = np.asarray(goals, dtype=int)
    if goals.shape != (len(teams), len(teams)):
        raise ValueError("goals must be a square matrix with one row per team")
    ones = np.ones_like(goals)
    played = triu(ones, k=1) + tril(ones, k=-1)
    wins = ((goals > goals.T) * played).sum(axis=1)
    draws = ((goals == goals.T) * played).sum(axis=1)
    points = 3 * wins + draws
    goal_diff = (goals * played).sum(axis=1) - (goals * played).sum(axis=0)
    order = sorted(range(len(teams)), key=lambda i: (-points[i], -goal_diff[i], teams[i]))
    return [(teams[i], int(points[i]), int(goal_diff[i])) for i in order]
