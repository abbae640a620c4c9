"""Predict final exam grades from coursework signals (small cohorts, so regularised)."""
import numpy as np
from sklearn.linear_model import Ridge

SIGNALS = ("homework_avg", "attendance_pct", "quiz_count", "forum_posts")


class GradePredictor:
    def __init__(self, strength=1.0):
        self.model = Ridge(alpha=strength, normalize=True)

    def fit(self, students, grades):
        self.model.fit(self._matrix(students), grades)
        return self

    def predict(self, students):
        return [round(float(g), 2) for g in self.model.predict(self._matrix(students))]

    @staticmethod
    def _matrix(students):
        return np.array([[s[name] for name in SIGNALS] for s in students], dtype=float)
