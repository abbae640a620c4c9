import numpy as np

from solution import GradePredictor

ROWS = [
    (72, 90, 8, 3, 68), (85, 95, 10, 12, 81), (60, 70, 5, 0, 55), (90, 98, 10, 20, 88),
    (55, 60, 4, 1, 50), (78, 85, 9, 6, 74), (66, 80, 7, 2, 63), (95, 99, 10, 25, 93),
]
STUDENTS = [
    {"homework_avg": h, "attendance_pct": a, "quiz_count": q, "forum_posts": f} for h, a, q, f, _ in ROWS
]
GRADES = [g for *_, g in ROWS]
NEW = [
    {"homework_avg": 80, "attendance_pct": 92, "quiz_count": 9, "forum_posts": 5},
    {"homework_avg": 58, "attendance_pct": 65, "quiz_count": 5, "forum_posts": 0},
]


def test_predictions_match_previous_model():
    model = GradePredictor().fit(STUDENTS, GRADES)
    np.testing.assert_allclose(model.predict(NEW), [74.36, 56.76], atol=0.011)


def test_weak_regularisation():
    model = GradePredictor(strength=0.01).fit(STUDENTS, GRADES)
    np.testing.assert_allclose(model.predict(NEW), [74.38, 53.41], atol=0.011)
