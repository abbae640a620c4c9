import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from solution import Base, Post, publish


@pytest.fixture
def engine():
    eng = create_engine("sqlite://")
    Base.metadata.create_all(eng)
    with Session(eng) as s:
        s.add_all(
            [
                Post(id=1, title="Hello, World!  Again", body="first words"),
                Post(id=2, title="Draft", body="   "),
                Post(id=3, title="Kept slug", body="text", slug="custom-slug"),
            ]
        )
        s.commit()
    return eng


def test_publish_sets_slug_and_flag(engine):
    with Session(engine) as s:
        assert publish(s, 1) == "hello-world-again"
        assert publish(s, 3) == "custom-slug"
    with Session(engine) as s:
        rows = s.execute(select(Post.id, Post.published, Post.slug).order_by(Post.id)).all()
        assert [tuple(r) for r in rows] == [(1, True, "hello-world-again"), (2, False, None), (3, True, "custom-slug")]


def test_missing_and_empty_posts(engine):
    with Session(engine) as s:
        assert publish(s, 42) is None
        with pytest.raises(ValueError):
            publish(s, 2)
