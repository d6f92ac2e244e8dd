"""Acronyms of the genre (HĐND, UBND, MTTQ, KT-XH …) with Vietnamese and English expansions.

The table is `data/glossary.tsv` inside the package, read once, on first use.
`lookup("UBND")` gives its entry; `find_acronyms(text)` finds every acronym in a text as
(start, end, entry) for the app's tooltips and glossary view.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from importlib import resources
from typing import NamedTuple

from tui.language.names import normalize

__all__ = ["AcronymMatch", "GlossaryEntry", "acronyms_used", "entries", "find_acronyms", "lookup"]


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    acronym: str
    vi: str
    en: str
    variants: tuple[str, ...] = ()

    @property
    def expansion(self) -> str:
        """Like "Ủy ban nhân dân (People's Committee)"."""
        return f"{self.vi} ({self.en})" if self.en else self.vi

    def __str__(self) -> str:
        return self.expansion


class AcronymMatch(NamedTuple):
    """One acronym in a text; unpacks as (start, end, entry)."""

    start: int
    end: int
    entry: GlossaryEntry

    @property
    def acronym(self) -> str:
        return self.entry.acronym


_lock = threading.Lock()
_table: dict[str, GlossaryEntry] | None = None
_entries: tuple[GlossaryEntry, ...] = ()
_pattern: re.Pattern[str] | None = None
_VOWELS = set("AĂÂEÊIOÔƠUƯYÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ")


def _canon(acronym: str) -> str:
    """Spelling-independent form: normalised, upper case, no spaces or separators."""
    return re.sub(r"[\s\-–&.]", "", normalize(acronym).upper())


def _load() -> dict[str, GlossaryEntry]:
    global _table, _entries, _pattern
    if _table is not None:
        return _table
    with _lock:
        if _table is not None:
            return _table
        raw = resources.files("tui.language").joinpath("data/glossary.tsv").read_text(encoding="utf-8")
        table: dict[str, GlossaryEntry] = {}
        found: list[GlossaryEntry] = []
        spellings: list[str] = []
        for line in raw.splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            cols = [c.strip() for c in line.split("\t")]
            cols += [""] * (4 - len(cols))
            acronym, variants, vi, en = normalize(cols[0]), cols[1], normalize(cols[2]), cols[3]
            others = tuple(normalize(v.strip()) for v in variants.split("|") if v.strip())
            entry = GlossaryEntry(acronym, vi, en, others)
            found.append(entry)
            for spelling in (acronym, *others):
                table.setdefault(_canon(spelling), entry)
                spellings.append(spelling)
        alternatives = sorted(set(spellings), key=len, reverse=True)
        body = "|".join(_flexible(s) for s in alternatives)
        _pattern = re.compile(rf"(?<![\w&\-–])(?:{body})(?![\w&])")
        _entries = tuple(found)
        _table = table
    return _table


def _flexible(spelling: str) -> str:
    """A spelling as a pattern: "KT-XH" also matches "KT - XH" and "KT–XH"."""
    out = []
    for ch in spelling:
        if ch in "-–":
            out.append(r"\s?[-–]\s?")
        elif ch == "&":
            out.append(r"\s?&\s?")
        elif ch == " ":
            out.append(r"\s")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def entries() -> tuple[GlossaryEntry, ...]:
    """Every entry, in the file's order."""
    _load()
    return _entries


def lookup(acronym: str) -> GlossaryEntry | None:
    """The entry for an acronym in any of its spellings ("KT-XH", "KTXH", "kt - xh"), or None."""
    if not isinstance(acronym, str) or not acronym.strip():
        return None
    return _load().get(_canon(acronym.strip()))


def _word_like(acronym: str) -> bool:
    # "TƯ" is also the syllable "tư": in an ALL-CAPS heading ("TƯ TƯỞNG") it is not an acronym.
    return len(acronym) <= 3 and any(c in _VOWELS for c in acronym)


def _neighbour(text: str, start: int, end: int, forward: bool) -> str:
    """The kind of the word next to a match on that side: "acronym", "caps" (an ALL-CAPS word
    that is not an acronym) or "" (anything else)."""
    if forward:
        m = re.match(r"[ \t]+([^\W\d_]+)", text[end : end + 40])
    else:
        m = re.search(r"([^\W\d_]+)[ \t]+$", text[max(0, start - 40) : start])
    if not m:
        return ""
    word = m.group(1)
    if _canon(word) in (_table or {}):
        return "acronym"
    return "caps" if len(word) >= 2 and word.isupper() else ""


def find_acronyms(text: str) -> list[AcronymMatch]:
    """Every glossary acronym in `text`, in order, as (start, end, entry)."""
    if not isinstance(text, str) or not text:
        return []
    table = _load()
    assert _pattern is not None
    view = normalize(text)
    if len(view) != len(text):  # text not NFC: match on it as it is
        view = text
    out: list[AcronymMatch] = []
    for m in _pattern.finditer(view):
        entry = table.get(_canon(m.group()))
        if entry is None:
            continue
        if _word_like(entry.acronym):
            sides = {_neighbour(view, m.start(), m.end(), f) for f in (True, False)}
            if "caps" in sides and "acronym" not in sides:
                continue
        out.append(AcronymMatch(m.start(), m.end(), entry))
    return out


def acronyms_used(text: str) -> dict[str, str]:
    """The glossary's acronyms used in `text`, each with its expansion, in order of first use."""
    out: dict[str, str] = {}
    for match in find_acronyms(text):
        out.setdefault(match.entry.acronym, match.entry.expansion)
    return out
