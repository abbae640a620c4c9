"""Short tf-idf "signatures" for news articles, used as card subtitles."""
import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer


class SignatureBuilder:
    def __init__(self, size=2):
        self.size = size
        self.vectorizer = TfidfVectorizer(stop_words="english")

    def fit(self, articles):
        self.vectorizer.fit(articles)
        self.vocabulary = np.array(self.vectorizer.get_feature_names_out())
        return self

    def signature(self, article):
        """The ``size`` highest-weighted terms of ``article`` (ties: alphabetical)."""
        weights = self.vectorizer.transform([article]).toarray()[0]
        order = sorted(np.flatnonzero(weights), key=lambda i: (-round(weights[i], 12), self.vocabulary[i]))
        return [str(self.vocabulary[i]) for i in order[: self.size]]
