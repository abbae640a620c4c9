"""Article metadata for a blog engine; tags are cleaned up when the article is loaded."""
from typing import List

from pydantic import BaseModel, validator


class Article(BaseModel):
    slug: str
    title: str
    tags: List[str] = []

    @validator("tags")
    def clean_tags(cls, tags):
        seen = []
        for tag in tags:
            tag = "-".join(tag.lower().split())
            if tag and tag not in seen:
                seen.append(tag)
        if len(seen) > 5:
            raise ValueError("at most 5 distinct tags")
        return sorted(seen)

    def has_tag(self, tag: str) -> bool:
        return "-".join(tag.lower().split()) in self.tags
