"""The domain calls the reader makes, in one replaceable object.

Each call imports its module on first use: they run in worker threads, after the first paint,
so the heavy libraries behind them (sumy, underthesea, numpy) never sit on the way to the first
frame. Tests hand the app another object with the same methods (fixed results, failures, delays).
"""

from __future__ import annotations

import gc
import threading
from typing import Any

from tui.reading.model import Article

_frozen: set[str] = set()
_lock = threading.Lock()


def _settle_heap(name: str) -> None:
    """After a heavy import, move everything alive into the collector's permanent generation.

    The language libraries leave millions of long-lived objects behind; without this every full
    collection walks them all and the interface stutters (Textual allocates a lot per frame)."""
    with _lock:
        if name not in _frozen:
            _frozen.add(name)
            gc.freeze()


class Language:
    def summarize(self, article: Article, algorithm: str, length: int, section: int | None) -> Any:
        from tui.language.summarize import summarize

        summary = summarize(article, algorithm, length, section)
        _settle_heap("summarize")
        return summary

    def extract_people(self, article: Article) -> Any:
        from tui.language.people import extract_people

        people = extract_people(article)
        _settle_heap("people")
        return people

    def acronyms(self, article: Article) -> dict[str, str]:
        """The glossary's acronyms used in the article, with their expansions, in order of use."""
        from tui.language.glossary import find_acronyms

        out: dict[str, str] = {}
        for match in find_acronyms(article.text):
            out.setdefault(match.entry.acronym, match.entry.expansion)
        return out
