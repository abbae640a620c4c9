"""Editorial workflow: publishing and unpublishing blog posts."""
from sqlalchemy import Boolean, Column, Integer, String, Text
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Post(Base):
    __tablename__ = "posts"
    id = Column(Integer, primary_key=True)
    title = Column(String(150), nullable=False)
    body = Column(Text, nullable=False, default="")
    published = Column(Boolean, nullable=False, default=False)
    slug = Column(String(160), unique=True)


def _slugify(title):
    words = "".join(ch if ch.isalnum() else " " for ch in title.lower()).split()
    return "-".join(words)


def publish(session, post_id):
    """Mark the post as published and give it a slug; return the slug, or None if missing."""
    post = session.query(Post).get(post_id)
    if post is None:
        return None
    if not post.body.strip():
        raise ValueError("refusing to publish an empty post")
    post.published = True
    post.slug = post.slug or _slugify(post.title)
    session.commit()
    return post.slug
