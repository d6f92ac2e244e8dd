"""Text without its accents, for matching what a user types against what an article says.

`fold` lower-cases and drops every diacritic, đ included ("HĐND" → "hdnd", "Đồng chí" → "dong
chi"; Unicode decomposition leaves đ alone, so it is mapped here), one character for each
character, so that an offset in the folded text is the same offset in the original. The reader's
in-article search and the library index both match through it.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["fold"]

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
