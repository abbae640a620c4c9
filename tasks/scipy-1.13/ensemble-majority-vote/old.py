"""Hard-voting ensemble over the class predictions of several models."""
import numpy as np
from scipy import stats


class MajorityVote:
    def __init__(self, models):
        if not models:
            raise ValueError("need at least one model")
        self.models = list(models)

    def predict(self, rows):
        """Most frequent label per row; ties go to the smallest label."""
        votes = np.stack([np.asarray(model(rows)) for model in self.models])
        return stats.mode(votes, axis=0)[0][0]

    def agreement(self, rows):
        """Fraction of models that voted for the winning label, per row."""
        votes = np.stack([np.asarray(model(rows)) for model in self.models])
        return stats.mode(votes, axis=0)[1][0] / len(self.models)
