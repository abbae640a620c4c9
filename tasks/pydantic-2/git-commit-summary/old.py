"""Summaries of commits read from a repository export."""
from datetime import datetime
from typing import List, Optional

from pydantic import BaseModel


class Commit(BaseModel):
    sha: str
    author: str
    message: str
    committed_at: datetime
    parent: Optional[str]
    second_parent: Optional[str]
    signed_by: Optional[str]

    @property
    def is_merge(self) -> bool:
        return self.second_parent is not None


def summarize_commits(raw_commits: List[dict]) -> List[str]:
    """One line per commit, newest first: '<short sha> <date> <author> <subject> [flags]'."""
    commits = sorted((Commit(**raw) for raw in raw_commits), key=lambda c: c.committed_at, reverse=True)
    lines = []
    for commit in commits:
        flags = []
        if commit.parent is None:
            flags.append("root")
        if commit.is_merge:
            flags.append("merge")
        if commit.signed_by:
            flags.append(f"signed:{commit.signed_by}")
        subject = commit.message.splitlines()[0]
        suffix = f" [{', '.join(flags)}]" if flags else ""
        lines.append(f"{commit.sha[:7]} {commit.committed_at:%Y-%m-%d} {commit.author} {subject}{suffix}")
    return lines
