import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from solution import Article, Base, Comment, submit_comment


@pytest.fixture
def engine():
    eng = create_engine("sqlite://")
    Base.metadata.create_all(eng)
    with Session(eng) as s:
        s.add_all([Article(id=1, title="Sourdough basics"), Article(id=2, title="Rye bread")])
        s.commit()
    return eng


def _queue(engine):
    with Session(engine) as s:
        rows = s.execute(select(Comment.article_id, Comment.author, Comment.body, Comment.approved).order_by(Comment.id))
        return [tuple(r) for r in rows]


def test_comments_are_stored_unapproved(engine):
    with Session(engine) as s:
        first = submit_comment(s, 1, "flo", "  Great guide!  ")
        second = submit_comment(s, 2, "gus", "How long to proof?")
    assert isinstance(first, int) and isinstance(second, int) and first != second
    assert _queue(engine) == [(1, "flo", "Great guide!", False), (2, "gus", "How long to proof?", False)]


def test_spam_and_unknown_article(engine):
    with Session(engine) as s:
        with pytest.raises(ValueError):
            submit_comment(s, 1, "bot", "best CASINO deals")
        with pytest.raises(LookupError):
            submit_comment(s, 99, "flo", "hello")
    assert _queue(engine) == []


def test_article_sees_its_comments(engine):
    with Session(engine) as s:
        submit_comment(s, 1, "hal", "Thanks")
        submit_comment(s, 1, "ivy", "Worked for me")
    with Session(engine) as s:
        assert [c.author for c in s.get(Article, 1).comments] == ["hal", "ivy"]
        assert s.get(Article, 2).comments == []
