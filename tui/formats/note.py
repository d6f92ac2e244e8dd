"""The reading note: what the app's `C` copies and `docbao export` writes, from one place."""

from __future__ import annotations

from tui.formats.article import section_label
from tui.formats.people import attendee_lines
from tui.language.people import People
from tui.language.summarize import Summary
from tui.reading.model import Article


def to_markdown(article: Article, summary: Summary, people: People, *, sections: bool = False) -> str:
    """Title, source, summary bullets and attendees with roles; with `sections`, the whole text too."""
    out = [f"# {article.title or 'Untitled'}", ""]
    meta = [
        f"Source: {article.source}" if article.source else None,
        f"File: {article.path}" if article.path else None,
    ]
    out += [m for m in meta if m]
    if article.lead:
        out += ["", f"> {article.lead}"]
    out += ["", f"## Summary ({summary.algorithm}, {len(summary.sentences)} sentences)", ""]
    out += [f"- {s.text}" for s in summary.sentences] or ["- (no sentences to summarize)"]
    attendees = attendee_lines(people)
    if attendees:
        out += ["", "## Attendees", "", *attendees]
    if people.photographers:
        out += ["", "Photos: " + ", ".join(p.name for p in people.photographers)]
    if sections:
        for i, sec in enumerate(article.sections):
            if sec.role == "related":
                continue
            out += ["", f"## {section_label(article, i)}", ""]
            out += [p.text + "\n" for p in sec.paragraphs]
    return "\n".join(out).rstrip() + "\n"
