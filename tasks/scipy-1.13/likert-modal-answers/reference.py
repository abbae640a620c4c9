"""Spot 'straight-lining' respondents in a Likert-scale survey export."""
import numpy as np
from scipy import stats


def modal_answer_table(answers):
    """One row per respondent: [favourite answer, how many questions got it]."""
    answers = np.asarray(answers, dtype=int)
    if answers.ndim != 2:
        raise ValueError("answers must be a respondents x questions grid")
    res = stats.mode(answers, axis=1, keepdims=True)
    return np.hstack([res.mode, res.count])


def straight_liners(answers, respondent_ids, share=0.8):
    """Ids of respondents who gave the same answer to at least ``share`` of the questions."""
    table = modal_answer_table(answers)
    n_questions = np.asarray(answers).shape[1]
    return [rid for rid, (_, count) in zip(respondent_ids, table) if count / n_questions >= share]
