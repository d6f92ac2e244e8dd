"""Text as Markdown that renders as exactly that text: the one escaping of every Markdown docbao
writes (the reading note, `summarize --format markdown`, `people --format markdown`)."""

from __future__ import annotations

import re

# Characters that are Markdown wherever they stand. "_" only at a word's edge: inside a word
# (a file name such as bai_bao.txt) it is never emphasis. "&" only where it starts an entity.
_INLINE = re.compile(r"[\\`*\[\]<~]|(?<![^\W_])_|_(?![^\W_])|&(?=#?\w+;)")
# What makes a line a heading, a quote, a list item, a rule or a fence when it starts one.
_LINE_START = re.compile(r"^(?:[#>+=-]|[0-9]{1,9}(?=[.)]))")


def escape(text: str) -> str:
    """Article text as Markdown that renders as exactly that text, on one line."""
    return _escape_start(_INLINE.sub(lambda m: "\\" + m.group(), " ".join(text.split())))


def _escape_start(text: str) -> str:
    """ "1. x" → "1\\. x", "- x" → "\\- x", "# x" → "\\# x": a line that starts like markup does not."""
    m = _LINE_START.match(text)
    if m is None:
        return text
    if m.group()[0].isdigit():  # an ordered list marker: escape the "." or ")" after the number
        end = m.end()
        return text[:end] + "\\" + text[end:]
    return "\\" + text
