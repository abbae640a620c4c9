"""Predict final exam grades from coursework signals (small cohorts, so regularised)."""
import numpy as np
from sklearn.linear_model import Ridge
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

SIGNALS = ("homework_avg", "attendance_pct", "quiz_count", "forum_posts")


class GradePredictor:
    def __init__(self, strength=1.0):
        self.strength = strength
        self.model = None

    def fit(self, students, grades):
        X = self._matrix(students)
        self.model = make_pipeline(StandardScaler(with_mean=False), Ridge(alpha=self.strength * X.shape[0]))
        self.model.fit(X, grades)
        return self

    def predict(self, students):
        return [round(float(g), 2) for g in self.model.predict(self._matrix(students))]

    @staticmethod
    def _matrix(students):
        return np.array([[s[name] for name in SIGNALS] for s in students], dtype=float)
