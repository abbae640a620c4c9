from solution import SignatureBuilder

ARTICLES = [
    "Storm floods harbour; harbour closed for ferries",
    "Council approves new harbour budget",
    "Ferries resume after storm",
    "Budget vote delayed by council",
]


def test_signatures():
    builder = SignatureBuilder().fit(ARTICLES)
    assert builder.signature(ARTICLES[0]) == ["harbour", "closed"]
    assert builder.signature("council budget budget") == ["budget", "council"]


def test_unknown_words_give_empty_signature_and_size():
    builder = SignatureBuilder(size=3).fit(ARTICLES)
    assert builder.signature("completely unrelated text") == []
    assert builder.signature(ARTICLES[2]) == ["resume", "ferries", "storm"]
    assert list(builder.vocabulary[:3]) == ["approves", "budget", "closed"]
