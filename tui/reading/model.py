"""The article model: plain dataclasses shared by the parser, the language work and the view.

Character spans (`start`, `end`) always index `Article.text`, the normalised full text, so a
sentence, a caption or a person's mention can be found and highlighted without re-parsing.

Each class is a frozen, slotted dataclass in all that the code relies on: `dataclasses.fields`
and `dataclasses.replace` work, instances are immutable, compared and hashed by value, and
pickle (to worker processes) as frozen dataclasses do. Their methods are written out below
instead of generated: `@dataclass(frozen=True)` compiles six functions a class from source text
on every start (about 5 ms for these seven classes, on the way to the reader's first paint),
whereas written-out methods come compiled in the module's bytecode. Add a field to a class's
annotations and to its `__init__` alike: tests/reading/test_model.py checks the two agree.
"""

from __future__ import annotations

from dataclasses import FrozenInstanceError, dataclass, field
from operator import attrgetter
from typing import Any, ClassVar, Literal, TypeVar

Role = Literal["opening", "achievements", "tasks", "related", "other"]
SentenceKind = Literal["title", "lead", "heading", "body", "caption", "related"]

_set = object.__setattr__  # how a frozen instance sets its own fields, as in generated __init__s
_R = TypeVar("_R", bound="_Record")


class _Record:
    """What `@dataclass(frozen=True, slots=True)` would generate, shared by the model's classes:
    the fields (in order) are `__match_args__`, their values `_values(obj)`."""

    __slots__ = ()
    __match_args__: ClassVar[tuple[str, ...]]
    _values: ClassVar[Any]  # attrgetter of every field, in order: a tuple

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._values(self) == self._values(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._values(self))

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__match_args__)
        return f"{self.__class__.__qualname__}({fields})"

    # Pickling and copying: the same state as a frozen dataclass's (its field values in order).
    def __getstate__(self) -> list[Any]:
        return list(self._values(self))

    def __setstate__(self, state: list[Any]) -> None:
        for name, value in zip(self.__match_args__, state, strict=False):  # as dataclasses does
            _set(self, name, value)


def _record(cls: type[_R]) -> type[_R]:
    """A dataclass for `fields` and `replace`; every method comes from the class or `_Record`."""
    cls = dataclass(init=False, repr=False, eq=False, slots=True)(cls)
    if len(cls.__match_args__) < 2:
        raise TypeError(f"{cls.__name__}: _Record._values needs two fields or more (a tuple)")
    cls._values = attrgetter(*cls.__match_args__)
    return cls


@_record
class Span(_Record):
    """A stretch of `Article.text`."""

    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        _set(self, "start", start)
        _set(self, "end", end)


@_record
class Sentence(_Record):
    """One sentence of the article; `id` is its index in `Article.sentences`."""

    id: int
    start: int
    end: int
    text: str
    kind: SentenceKind
    section: int | None  # index into Article.sections; None for the title and lead

    def __init__(
        self, id: int, start: int, end: int, text: str, kind: SentenceKind, section: int | None
    ) -> None:
        _set(self, "id", id)
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "text", text)
        _set(self, "kind", kind)
        _set(self, "section", section)


@_record
class Paragraph(_Record):
    """A paragraph of the report's prose."""

    text: str
    start: int
    end: int
    sentence_ids: tuple[int, ...] = ()

    def __init__(self, text: str, start: int, end: int, sentence_ids: tuple[int, ...] = ()) -> None:
        _set(self, "text", text)
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "sentence_ids", sentence_ids)


@_record
class Caption(_Record):
    """A photo caption; `credit` is the name after "Ảnh:" (or None when it has none)."""

    text: str
    start: int
    end: int
    credit: str | None = None
    sentence_ids: tuple[int, ...] = ()

    def __init__(
        self, text: str, start: int, end: int, credit: str | None = None, sentence_ids: tuple[int, ...] = ()
    ) -> None:
        _set(self, "text", text)
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "credit", credit)
        _set(self, "sentence_ids", sentence_ids)


@_record
class RelatedItem(_Record):
    """One entry of the related news: its headline and lead."""

    title: str
    lead: str
    start: int
    end: int
    sentence_ids: tuple[int, ...] = ()

    def __init__(
        self, title: str, lead: str, start: int, end: int, sentence_ids: tuple[int, ...] = ()
    ) -> None:
        _set(self, "title", title)
        _set(self, "lead", lead)
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "sentence_ids", sentence_ids)


Block = Paragraph | Caption | RelatedItem


@_record
class Section(_Record):
    """A heading (None for the opening) and the blocks under it."""

    heading: str | None
    role: Role
    blocks: tuple[Block, ...]
    start: int
    end: int

    def __init__(
        self, heading: str | None, role: Role, blocks: tuple[Block, ...], start: int, end: int
    ) -> None:
        _set(self, "heading", heading)
        _set(self, "role", role)
        _set(self, "blocks", blocks)
        _set(self, "start", start)
        _set(self, "end", end)

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Paragraph))

    @property
    def captions(self) -> tuple[Caption, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Caption))

    @property
    def related(self) -> tuple[RelatedItem, ...]:
        return tuple(b for b in self.blocks if isinstance(b, RelatedItem))


@_record
class Article(_Record):
    """A parsed article: its text and everything found in it."""

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

    def __init__(
        self,
        text: str,
        title: str,
        source: str | None,
        lead: str,
        sections: tuple[Section, ...],
        sentences: tuple[Sentence, ...],
        path: str | None = None,
        title_span: Span | None = None,
        lead_span: Span | None = None,
        meta: dict[str, str] | None = None,
    ) -> None:
        _set(self, "text", text)
        _set(self, "title", title)
        _set(self, "source", source)
        _set(self, "lead", lead)
        _set(self, "sections", sections)
        _set(self, "sentences", sentences)
        _set(self, "path", path)
        _set(self, "title_span", title_span)
        _set(self, "lead_span", lead_span)
        _set(self, "meta", {} if meta is None else meta)  # a new dict each, as default_factory=dict

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
