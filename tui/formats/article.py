"""The parsed article as JSON-ready data and as a readable outline (`docbao parse`)."""

from __future__ import annotations

from typing import Any

from tui.reading.errors import printable
from tui.reading.model import Article, Caption, Paragraph, RelatedItem, Section

ROLE_LABELS = {
    "opening": "Opening",
    "achievements": "Achievements",
    "tasks": "Tasks ahead",
    "related": "Related news",
    "other": "Section",
}


def section_label(article: Article, index: int) -> str:
    """How a section is named to a reader: its role, and its own heading where it has one."""
    sec = article.sections[index]
    return ROLE_LABELS[sec.role] if sec.heading is None else f"{ROLE_LABELS[sec.role]}: {sec.heading}"


META_LABELS = {"author": "Author", "date": "Date", "place": "Place"}


def meta_lines(article: Article) -> list[tuple[str, str]]:
    """What the page says of the report besides its source: (label, value), in a fixed order."""
    return [(label, article.meta[key]) for key, label in META_LABELS.items() if article.meta.get(key)]


def caption_text(c: Caption) -> str:
    """A caption with its credit: the text as printed ("… Ảnh: Thành Duy"), with the credit added
    where the text does not already give it."""
    text = " ".join(c.text.split())
    if c.credit and c.credit not in text:
        text += f" (Ảnh: {c.credit})"
    return text


def section_number(index: int | None) -> int | None:
    """A section as JSON numbers it: from 1, as `--section` and the reader count (None: none)."""
    return None if index is None else index + 1


def _section_dict(sec: Section, index: int) -> dict[str, Any]:
    d: dict[str, Any] = {
        "number": index + 1,
        "heading": sec.heading,
        "role": sec.role,
        "start": sec.start,
        "end": sec.end,
        "paragraphs": [b.text for b in sec.blocks if isinstance(b, Paragraph)],
        "captions": [
            {"text": c.text, "credit": c.credit, "start": c.start, "end": c.end}
            for c in sec.blocks
            if isinstance(c, Caption)
        ],
    }
    if sec.role == "related":
        d["items"] = [_related_dict(r) for r in sec.blocks if isinstance(r, RelatedItem)]
    return d


def _related_dict(r: RelatedItem) -> dict[str, Any]:
    return {"title": r.title, "lead": r.lead, "start": r.start, "end": r.end}


def to_dict(article: Article) -> dict[str, Any]:
    return {
        "path": article.path,
        "title": article.title,
        "source": article.source,
        "meta": dict(article.meta),
        "lead": article.lead,
        "sections": [_section_dict(s, i) for i, s in enumerate(article.sections)],
        "related": [_related_dict(r) for r in article.related],
        "sentences": [
            {
                "id": s.id,
                "section": section_number(s.section),
                "kind": s.kind,
                "start": s.start,
                "end": s.end,
                "text": s.text,
            }
            for s in article.sentences
        ],
        "text": article.text,
    }


def to_text(article: Article) -> str:
    """A readable outline in plain text: title, source, lead, then each numbered section under its
    label, with its paragraphs, photo captions and related news indented beneath."""
    title = printable(_one_line(article.title)) or "Untitled"
    out = [title, "=" * min(len(title), 80)]
    if article.source:
        out.append(f"Source: {printable(_one_line(article.source))}")
    out += [f"{label}: {_one_line(value)}" for label, value in meta_lines(article)]
    if article.lead:
        out += ["", f"Lead: {_one_line(article.lead)}"]
    for i, sec in enumerate(article.sections):
        out += ["", f"[{i + 1}] {_one_line(section_label(article, i))}"]
        for b in sec.blocks:
            if isinstance(b, Paragraph):
                out.append(f"  {_one_line(b.text)}")
            elif isinstance(b, Caption):
                out.append(f"  Photo: {caption_text(b)}")
            else:
                out.append(f"  - {_one_line(b.title)}")
                if b.lead:
                    out.append(f"    {_one_line(b.lead)}")
    body = len(article.body_sentences)
    out += [
        "",
        f"{_count(len(article.sections), 'section')}, {_count(len(article.captions), 'caption')}, "
        f"{len(article.related)} related, {_count(body, 'body sentence')} of {len(article.sentences)}",
    ]
    return "\n".join(out) + "\n"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _one_line(text: str) -> str:
    return " ".join(text.split())
