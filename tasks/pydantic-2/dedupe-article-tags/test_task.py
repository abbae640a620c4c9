import pytest
from pydantic import ValidationError

from solution import Article


def test_tags_normalized_deduplicated_sorted():
    article = Article(
        slug="pydantic-tips",
        title="Tips",
        tags=["Python", "data  Validation", "python", " ", "Data validation", "api"],
    )
    assert article.tags == ["api", "data-validation", "python"]
    assert article.has_tag("Data Validation")
    assert not article.has_tag("rust")


def test_default_tags():
    article = Article(slug="a", title="A")
    assert article.tags == []
    assert not article.has_tag("a")


def test_too_many_tags():
    with pytest.raises(ValidationError, match="at most 5 distinct tags"):
        Article(slug="b", title="B", tags=["a", "b", "c", "d", "e", "f"])
    article = Article(slug="c", title="C", tags=["a", "b", "c", "d", "e", "E", "a"])
    assert article.tags == ["a", "b", "c", "d", "e"]


def test_tags_must_be_strings():
    with pytest.raises(ValidationError):
        Article(slug="d", title="D", tags=[["nested"]])
