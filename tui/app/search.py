"""Finding a query in the article text, as spans of `Article.text`.

Smart matching, like vim's smartcase but for accents: a query typed without diacritics
("ha noi") finds "Hà Nội"; a query with diacritics matches them exactly (case aside).
Folding works character by character, so offsets in the folded text are offsets in the original.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_SPECIAL = {"đ": "d", "Đ": "d"}


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    if c in _SPECIAL:
        return _SPECIAL[c]
    base = unicodedata.normalize("NFD", c)[0]
    folded = base.casefold()
    return folded if len(folded) == 1 else c.lower()[:1] or c


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    """Latin letters (Vietnamese among them) to their lower-case base letter."""
    table: dict[int, str] = {}
    for cp in (*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        c = chr(cp)
        folded = _fold_char(c)
        if folded != c:
            table[cp] = folded
    return table


def fold(text: str) -> str:
    """Lower case without diacritics, one character for each character of `text` (letters
    outside the Latin script keep their case)."""
    if text.isascii():
        return text.lower()
    return text.translate(_fold_table())


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
