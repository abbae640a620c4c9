"""Normalise yes/no answers typed by hand into a multilingual survey sheet."""
import pandas as pd

TRUE_WORDS = {"yes", "y", "true", "1", "oui", "ja", "si"}
FALSE_WORDS = {"no", "n", "false", "0", "non", "nein"}


def _to_bool(value):
    text = str(value).strip().lower()
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    return None


def normalize_answers(responses, questions):
    """Return the responses with each question column as nullable booleans."""
    frame = pd.DataFrame(responses)
    frame[questions] = frame[questions].map(_to_bool).astype("boolean")
    return frame


def yes_share(responses, questions):
    """Share of yes among the answers that could be understood, per question."""
    answers = normalize_answers(responses, questions)[questions]
    return {question: round(float(answers[question].mean()), 3) for question in questions}
