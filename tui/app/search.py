"""Finding a query in the article text, as spans of `Article.text`.

Smart matching, like vim's smartcase but for accents: a query typed without diacritics
("ha noi") finds "Hà Nội"; a query with diacritics matches them exactly (case aside).
Folding works character by character, so offsets in the folded text are offsets in the original.
"""

from __future__ import annotations

import unicodedata

from tui.language.fold import fold

__all__ = ["Searcher", "fold", "has_marks"]


def _lower(text: str) -> str:
    """Lower case, one character for each character (str.lower can change the length)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join((c.lower() if len(c.lower()) == 1 else c) for c in text)


def has_marks(query: str) -> bool:
    return fold(query) != _lower(query)


class Searcher:
    """Finds queries in one text; keeps its folded copies for the next query."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: str | None = None
        self._lowered: str | None = None

    def find(self, query: str, limit: int = 100_000) -> list[tuple[int, int]]:
        query = unicodedata.normalize("NFC", query).strip()
        if not query:
            return []
        if has_marks(query):
            if self._lowered is None:
                self._lowered = _lower(self.text)
            hay, needle = self._lowered, _lower(query)
        else:
            if self._folded is None:
                self._folded = fold(self.text)
            hay, needle = self._folded, fold(query)
        spans: list[tuple[int, int]] = []
        i = hay.find(needle)
        while i >= 0 and len(spans) < limit:
            spans.append((i, i + len(needle)))
            i = hay.find(needle, i + len(needle))
        return spans
