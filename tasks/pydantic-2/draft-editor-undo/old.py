"""Editor for structured documents with an undo stack of deep snapshots."""
from typing import List

from pydantic import BaseModel


class Section(BaseModel):
    heading: str
    paragraphs: List[str] = []


class Document(BaseModel):
    title: str
    sections: List[Section] = []


class DraftEditor:
    def __init__(self, document: Document):
        self.document = document
        self._undo: List[Document] = []

    def _snapshot(self) -> None:
        self._undo.append(self.document.copy(deep=True))

    def add_section(self, heading: str) -> None:
        self._snapshot()
        self.document.sections.append(Section(heading=heading))

    def add_paragraph(self, section_index: int, text: str) -> None:
        self._snapshot()
        self.document.sections[section_index].paragraphs.append(text)

    def rename(self, title: str) -> None:
        self._snapshot()
        self.document.title = title

    def undo(self) -> bool:
        if not self._undo:
            return False
        self.document = self._undo.pop()
        return True

    def word_count(self) -> int:
        return sum(len(p.split()) for s in self.document.sections for p in s.paragraphs)
