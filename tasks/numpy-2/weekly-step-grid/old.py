"""Summarise daily step counts of a fitness tracker as calendar weeks."""
import numpy as np


def weekly_summary(daily_steps, goal=8000):
    """``daily_steps`` starts on a Monday; incomplete trailing weeks are ignored.

    Returns a dict with the per-week totals, the number of goal days per week and the
    best weekday (0 = Monday) on average.
    """
    steps = np.asarray(daily_steps, dtype=np.int64)
    weeks = len(steps) // 7
    if weeks == 0:
        raise ValueError("need at least one full week")
    grid = np.reshape(steps[: weeks * 7], newshape=(weeks, 7))
    return {
        "totals": grid.sum(axis=1).tolist(),
        "goal_days": (grid >= goal).sum(axis=1).tolist(),
        "best_weekday": int(np.argmax(grid.mean(axis=0))),
    }
