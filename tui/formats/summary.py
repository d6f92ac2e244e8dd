"""A Summary as JSON-ready data, as plain text to paste, and as Markdown for a report
(`docbao summarize --format json|text|markdown`; the app's `c` copies `to_text`)."""

from __future__ import annotations

import math
from typing import Any

from tui.formats.markdown import escape
from tui.language.summarize import Summary
from tui.reading.bundled import shown_path
from tui.reading.errors import printable
from tui.reading.model import Article


def to_dict(summary: Summary) -> dict[str, Any]:
    """{"algorithm", "length", "ratio", "section", "sentences": [{"id", "section", "start", "end",
    "score", "text"}]}; spans index the article's text, as in `docbao parse`; sections are
    numbered from 1, as `--section` takes them."""
    from tui.formats.article import section_number

    return {
        "algorithm": summary.algorithm,
        "length": summary.length,
        "ratio": summary.ratio,
        "section": section_number(summary.section),
        "sentences": [
            {
                "id": s.id,
                "section": section_number(s.section),
                "start": s.start,
                "end": s.end,
                "score": s.score if math.isfinite(s.score) else None,
                "text": s.text,
            }
            for s in summary.sentences
        ],
    }


def to_text(summary: Summary, article: Article) -> str:
    """The chosen sentences, one a line, in article order: ready to paste."""
    return "".join(f"{_one_line(s.text)}\n" for s in summary.sentences)


def to_markdown(summary: Summary, article: Article) -> str:
    """# title, the source, then the sentences as bullets."""
    # Escaped as the reading note is: a title or sentence with "<b>", "*" or "1. " is text.
    out = [f"# {escape(printable(article.title)) or 'Untitled'}", ""]
    source = [f"Source: {escape(printable(article.source))}" if article.source else None]
    source.append(f"File: {escape(shown_path(article.path))}" if article.path else None)
    if summary.section is not None and 0 <= summary.section < len(article.sections):
        from tui.formats.article import section_label

        label = escape(section_label(article, summary.section))
        source.append(f"Section {summary.section + 1}: {label}")
    meta = " · ".join(m for m in source if m)
    if meta:
        out += [meta, ""]
    out += [f"- {escape(s.text)}" for s in summary.sentences] or ["- (nothing to summarize)"]
    return "\n".join(out) + "\n"


def _one_line(text: str) -> str:
    return " ".join(text.split())
