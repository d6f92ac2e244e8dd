"""The reading note: what the app's `C` copies and `docbao export` writes, from one place.

The note is the article's title, source and lead, the summary, the attendees with their roles
and, with `sections`, the whole text: every section under its label, its paragraphs and photo
captions (in italics, with their credit) in order, and the related-news list. `to_markdown` is
the note; `to_html` is that Markdown as a standalone page and `to_dict` the same content as data
(`docbao export --format markdown|html|json`).

The article's text is data, never markup: everything taken from it is escaped, so a paragraph
that starts "1. " or "- " or "#" stays a paragraph, and `[x](y)` or `<b>` stays text.
"""

from __future__ import annotations

from typing import Any

from tui.formats.article import caption_text, meta_lines, section_label
from tui.formats.markdown import escape
from tui.formats.people import attendee_lines
from tui.language.people import People
from tui.language.summarize import Summary
from tui.reading.bundled import shown_path
from tui.reading.errors import printable
from tui.reading.model import Article, Caption, Paragraph, RelatedItem

NOTHING_TO_SUMMARIZE = "(no body sentences to summarize)"

def _sentences(n: int) -> str:
    return f"{n} sentence" + ("" if n == 1 else "s")


def _blocks(article: Article, index: int) -> list[str]:
    """A section's blocks in order: paragraphs, italic captions, and related items as one list."""
    blocks: list[str] = []
    items: list[str] = []
    for b in article.sections[index].blocks:
        if isinstance(b, RelatedItem):
            item = f"- {escape(b.title)}"
            items.append(item + (f"\n  {escape(b.lead)}" if b.lead.strip() else ""))
            continue
        if items:
            blocks.append("\n".join(items))
            items = []
        if isinstance(b, Paragraph):
            blocks.append(escape(b.text))
        elif isinstance(b, Caption):
            blocks.append(f"*{escape(caption_text(b))}*")
    if items:
        blocks.append("\n".join(items))
    return [b for b in blocks if b.strip("*- \n")]


def to_markdown(article: Article, summary: Summary, people: People, *, sections: bool = False) -> str:
    """Title, source, lead, summary bullets and attendees with roles; with `sections`, the whole
    text too. Blocks are separated by exactly one blank line."""
    blocks = [f"# {escape(printable(article.title)) or 'Untitled'}"]
    meta = [
        f"Source: {escape(printable(article.source))}" if article.source else None,
        *(f"{label}: {escape(value)}" for label, value in meta_lines(article)),
        f"File: {escape(shown_path(article.path))}" if article.path else None,
    ]
    if any(meta):
        blocks.append("\n".join(m for m in meta if m))
    if article.lead.strip():
        blocks.append(f"> {escape(article.lead)}")
    if summary.sentences:
        blocks.append(f"## Summary ({summary.algorithm}, {_sentences(len(summary.sentences))})")
        blocks.append("\n".join(f"- {escape(s.text)}" for s in summary.sentences))
    else:
        blocks += ["## Summary", NOTHING_TO_SUMMARIZE]
    attendees = attendee_lines(people)
    if attendees:
        blocks += ["## Attendees", "\n".join(attendees)]
    if people.photographers:
        blocks.append("Photos: " + ", ".join(escape(p.name) for p in people.photographers))
    if sections:
        for i in range(len(article.sections)):
            blocks.append(f"## {escape(section_label(article, i))}")
            blocks += _blocks(article, i)
    return "\n\n".join(blocks) + "\n"


def to_dict(article: Article, summary: Summary, people: People) -> dict[str, Any]:
    """The note as data: the article's outline (every section, with its paragraphs, captions and,
    for the related news, its items), the summary and the attendees."""
    from tui.formats import article as fa
    from tui.formats import people as fp
    from tui.formats import summary as fs

    outline = fa.to_dict(article)
    return {
        "path": article.path,
        "title": article.title,
        "source": article.source,
        "meta": dict(article.meta),
        "lead": article.lead,
        "summary": fs.to_dict(summary),
        "people": fp.to_dict(people),
        "sections": [
            {"label": section_label(article, i), **sec} for i, sec in enumerate(outline["sections"])
        ],
        "related": outline["related"],
    }


def to_html(article: Article, summary: Summary, people: People) -> str:
    """The Markdown note as a standalone page; the article's text is escaped, never markup."""
    return markdown_page(to_markdown(article, summary, people, sections=True), article.title)


# A reading note deserves a readable page: a measure of about 70 characters, a serif for the
# text, room between the lines, captions and quotes set apart; light or dark as the reader's system.
PAGE_STYLE = (
    ":root{color-scheme:light dark}"
    "body{max-width:42rem;margin:2rem auto;padding:0 1rem;"
    "font:1.0625rem/1.6 Georgia,'Noto Serif','Times New Roman',serif}"
    "h1,h2{font-family:system-ui,sans-serif;line-height:1.25}h1{font-size:1.6rem}"
    "h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #8884}"
    "blockquote{margin:1rem 0;padding:0 1rem;border-left:3px solid #8888;font-style:italic}"
    "em{opacity:.8}li{margin:.25rem 0}"
)


def markdown_page(markdown: str, title: str) -> str:
    """Markdown as a standalone page: raw HTML in it is shown as text, never run."""
    from html import escape as html_escape

    from markdown_it import MarkdownIt

    body = MarkdownIt("commonmark", {"html": False, "breaks": True}).render(markdown)
    shown = html_escape(printable(" ".join((title or "docbao").split())))
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{shown}</title>\n<style>{PAGE_STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n"
    )
