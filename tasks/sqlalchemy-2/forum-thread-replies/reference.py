"""Threaded forum comments stored as a self-referencing adjacency list."""
from sqlalchemy import Column, ForeignKey, Integer, String
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Comment(Base):
    __tablename__ = "comments"
    id = Column(Integer, primary_key=True)
    author = Column(String(40), nullable=False)
    text = Column(String(500), nullable=False)
    parent_id = Column(ForeignKey("comments.id"))
    parent = relationship("Comment", remote_side=[id], back_populates="replies")
    replies = relationship("Comment", back_populates="parent", order_by=id)

    def depth(self):
        return 0 if self.parent is None else self.parent.depth() + 1


def render_thread(root, indent="  "):
    """Lines 'author: text', replies indented under their parent, oldest reply first."""
    lines = []

    def walk(comment, level):
        lines.append(f"{indent * level}{comment.author}: {comment.text}")
        for reply in comment.replies:
            walk(reply, level + 1)

    walk(root, 0)
    return lines
