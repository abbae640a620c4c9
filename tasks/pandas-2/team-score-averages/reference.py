"""League statistics computed from per-match player score sheets."""
import pandas as pd


def team_averages(sheets):
    """Average every numeric stat per team; returns {team: {stat: value}} rounded to 2 places."""
    frame = pd.DataFrame(sheets)
    result = {}
    for team, rows in frame.groupby("team", sort=True):
        means = rows.drop(columns="team").mean(numeric_only=True)
        result[team] = {stat: round(float(value), 2) for stat, value in means.items()}
    return result


def best_team(sheets, stat="points"):
    averages = team_averages(sheets)
    return max(averages, key=lambda team: averages[team][stat])
