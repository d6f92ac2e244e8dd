"""The article model: plain dataclasses shared by the parser, the language work and the view.

Character spans (`start`, `end`) always index `Article.text`, the normalised full text, so a
sentence, a caption or a person's mention can be found and highlighted without re-parsing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Role = Literal["opening", "achievements", "tasks", "related", "other"]
SentenceKind = Literal["title", "lead", "heading", "body", "caption", "related"]


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the article; `id` is its index in `Article.sentences`."""

    id: int
    start: int
    end: int
    text: str
    kind: SentenceKind
    section: int | None  # index into Article.sections; None for the title and lead


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    start: int
    end: int
    sentence_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Caption:
    """A photo caption; `credit` is the name after "Ảnh:" (or None when it has none)."""

    text: str
    start: int
    end: int
    credit: str | None = None
    sentence_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class RelatedItem:
    title: str
    lead: str
    start: int
    end: int
    sentence_ids: tuple[int, ...] = ()


Block = Paragraph | Caption | RelatedItem


@dataclass(frozen=True, slots=True)
class Section:
    heading: str | None
    role: Role
    blocks: tuple[Block, ...]
    start: int
    end: int

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Paragraph))

    @property
    def captions(self) -> tuple[Caption, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Caption))

    @property
    def related(self) -> tuple[RelatedItem, ...]:
        return tuple(b for b in self.blocks if isinstance(b, RelatedItem))


@dataclass(frozen=True, slots=True)
class Article:
    text: str
    title: str
    source: str | None
    lead: str
    sections: tuple[Section, ...]
    sentences: tuple[Sentence, ...]
    path: str | None = None
    title_span: Span | None = None
    lead_span: Span | None = None
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def captions(self) -> tuple[Caption, ...]:
        return tuple(c for s in self.sections for c in s.captions)

    @property
    def related(self) -> tuple[RelatedItem, ...]:
        return tuple(r for s in self.sections for r in s.related)

    @property
    def body_sentences(self) -> tuple[Sentence, ...]:
        """Sentences of the article's own prose: no title, lead, headings, captions or related news."""
        return tuple(s for s in self.sentences if s.kind == "body")

    def section_sentences(self, index: int) -> tuple[Sentence, ...]:
        return tuple(s for s in self.body_sentences if s.section == index)
