"""Comment submission for a blog: new comments wait in a moderation queue."""
from sqlalchemy import Boolean, Column, ForeignKey, Integer, String
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()
BLOCKED_WORDS = {"casino", "viagra"}


class Article(Base):
    __tablename__ = "articles"
    id = Column(Integer, primary_key=True)
    title = Column(String(120), nullable=False)
    comments = relationship("Comment", back_populates="article")


class Comment(Base):
    __tablename__ = "comments"
    id = Column(Integer, primary_key=True)
    article_id = Column(ForeignKey("articles.id"), nullable=False)
    author = Column(String(40), nullable=False)
    body = Column(String(1000), nullable=False)
    approved = Column(Boolean, nullable=False, default=False)
    article = relationship(Article, back_populates="comments")


def submit_comment(session, article_id, author, body):
    """Queue a comment for moderation (rejecting obvious spam); return its id."""
    if BLOCKED_WORDS & set(body.lower().split()):
        raise ValueError("comment looks like spam")
    article = session.get(Article, article_id)
    if article is None:
        raise LookupError(article_id)
    comment = Comment(author=author, body=body.strip())
    comment.article = article
    session.commit()
    return comment.id
