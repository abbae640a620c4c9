"""Indicator matrix for multiple-choice survey answers."""
from sklearn.preprocessing import OneHotEncoder

QUESTIONS = {
    "satisfaction": ["low", "medium", "high"],
    "channel": ["email", "phone", "chat"],
}


def answer_matrix(responses):
    """Return (matrix, column_labels) with one 0/1 column per possible answer.

    Columns follow the answer order declared in QUESTIONS, not alphabetical order.
    """
    names = list(QUESTIONS)
    encoder = OneHotEncoder(categories=[QUESTIONS[name] for name in names], sparse_output=False, dtype=int)
    rows = [[response[name] for name in names] for response in responses]
    matrix = encoder.fit_transform(rows)
    labels = [f"{name}={answer}" for name in names for answer in QUESTIONS[name]]
    return matrix, labels


def answer_counts(responses):
    matrix, labels = answer_matrix(responses)
    return dict(zip(labels, matrix.sum(axis=0).tolist()))
