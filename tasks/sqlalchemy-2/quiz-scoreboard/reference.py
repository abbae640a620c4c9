"""Scoreboard for a pub quiz league, written against raw SQL."""
from sqlalchemy import create_engine, text


class Scoreboard:
    def __init__(self):
        self.engine = create_engine("sqlite://")
        with self.engine.begin() as conn:
            conn.execute(text("CREATE TABLE scores (team TEXT, round INTEGER, points INTEGER)"))

    def add_round(self, round_no, points_by_team):
        with self.engine.begin() as conn:
            for team, points in points_by_team.items():
                conn.execute(
                    text("INSERT INTO scores (team, round, points) VALUES (:team, :round, :points)"),
                    {"team": team, "round": round_no, "points": points},
                )

    def standings(self, min_rounds=1):
        """[(team, total)] for teams that played at least ``min_rounds`` rounds, best first."""
        with self.engine.connect() as conn:
            result = conn.execute(
                text(
                    "SELECT team, SUM(points) AS total FROM scores GROUP BY team "
                    "HAVING COUNT(*) >= :min_rounds ORDER BY total DESC, team"
                ),
                {"min_rounds": min_rounds},
            )
            return [(team, total) for team, total in result]
