from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from solution import Base, Comment, render_thread


def _thread(engine):
    with Session(engine) as s:
        root = Comment(id=1, author="ann", text="Which tent for the Alps?")
        a = Comment(id=2, author="bo", text="A 4-season one.", parent=root)
        Comment(id=4, author="ann", text="Any brand?", parent=a)
        Comment(id=3, author="cy", text="Depends on the month.", parent=root)
        s.add(root)
        s.commit()


def test_render_loaded_thread():
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    _thread(engine)
    with Session(engine) as s:
        root = s.get(Comment, 1)
        assert render_thread(root) == [
            "ann: Which tent for the Alps?",
            "  bo: A 4-season one.",
            "    ann: Any brand?",
            "  cy: Depends on the month.",
        ]
        assert s.get(Comment, 4).depth() == 2
        assert s.get(Comment, 4).parent.parent is root


def test_single_comment_custom_indent():
    lone = Comment(author="dee", text="first!")
    reply = Comment(author="eve", text="second", parent=lone)
    assert render_thread(lone, indent="> ") == ["dee: first!", "> eve: second"]
    assert reply.depth() == 1
