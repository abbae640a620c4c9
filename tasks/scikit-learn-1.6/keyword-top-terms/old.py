"""Most frequent keywords in a batch of support tickets."""
from sklearn.feature_extraction.text import CountVectorizer


def top_terms(tickets, k=3, stop_words=("the", "a", "is", "my", "and", "to")):
    """Return the ``k`` most frequent terms as (term, count) pairs, ties broken alphabetically."""
    vectorizer = CountVectorizer(stop_words=list(stop_words), lowercase=True)
    counts = vectorizer.fit_transform(tickets).sum(axis=0).A1
    terms = vectorizer.get_feature_names()
    ranked = sorted(zip(terms, counts), key=lambda pair: (-pair[1], pair[0]))
    return [(str(term), int(count)) for term, count in ranked[:k]]
