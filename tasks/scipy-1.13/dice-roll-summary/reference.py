"""Summaries of dice rolls logged during a board-game night."""
import numpy as np
from scipy import stats


def roll_summary(rolls, sides=6):
    rolls = np.asarray(rolls, dtype=int)
    if rolls.size == 0:
        raise ValueError("no rolls logged")
    if rolls.min() < 1 or rolls.max() > sides:
        raise ValueError(f"rolls must be between 1 and {sides}")
    most = stats.mode(rolls, keepdims=True)
    return {
        "rolls": int(rolls.size),
        "mean": round(float(rolls.mean()), 3),
        "most_common": int(most.mode[0]),
        "times": int(most.count[0]),
    }


def luckiest_player(log):
    """Player whose most common roll is highest (ties: the player listed first)."""
    best_name, best_face = None, 0
    for name, rolls in log.items():
        face = roll_summary(rolls)["most_common"]
        if face > best_face:
            best_name, best_face = name, face
    return best_name
