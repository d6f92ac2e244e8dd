"""Photographers: the credits of an article's captions ("Ảnh: Thành Duy", "Ảnh: N.Đ.T/TTXVN").

The parser reads each caption's credit; here it is split into the names of who took the photos,
without the agencies and sources that are no one's name (`not credit` in data/people_words.tsv),
and a credit in initials joins the one full credit it abbreviates. The credits' spans are kept
apart from the text the attendee reader scans.
"""

from __future__ import annotations

import re

from tui.language.lexicon import table
from tui.language.names import TextView, name_key, title_case
from tui.language.names import syllable as _syllable
from tui.reading.model import Article

__all__ = ["Credits", "read_credits"]

# Each photographer by name key: (name as shown, view spans of its credits).
Credits = dict[str, tuple[str, list[tuple[int, int]]]]

# Between two photographers' names: a slash, a comma, a dash, the word that joins a list's last
# item ("Thành Duy và Hữu Lộc"), a plus.
_AND = tuple(row[0] for row in table("people_words") if row[1] == "and")
_CREDIT_SPLIT = re.compile(
    r"\s*(?:/|,|;|&|\s[-–]\s|" + "|".join(rf"\s{re.escape(w)}\s" for w in _AND) + r"|\+)\s*"
)
# The word that labels a credit ("Ảnh: Thành Duy"): the credit is kept apart with its label.
_CREDIT_LABELS = tuple(row[0] for row in table("people_words") if row[1] == "credit label")
# A credit's words that name a source or an agency, not who took the photo ("Ảnh: PV", "Ảnh: Tư liệu").
_NOT_CREDIT = frozenset(row[0] for row in table("people_words") if row[1] == "not credit")
# A credit in initials: "N.Đ.T", "H.Gia", "T. Lợi".
_INITIALS = re.compile(r"(?:[^\W\d_][^\W\d_]?\.\s?)+[^\W\d_]+")


def read_credits(article: Article, view: TextView) -> tuple[Credits, list[tuple[int, int]]]:
    """The photographers of the captions' credits, and the view spans of the credits with their
    "Ảnh:" label (no attendee is read there)."""
    # The parser reads each caption's credit ("Ảnh: Thành Duy"): one credit reader.
    text = article.text
    vt = view.text
    found: Credits = {}
    excluded: list[tuple[int, int]] = []
    for cap in article.captions:
        if not cap.credit:
            continue
        at = text.rfind(cap.credit, cap.start, cap.end)
        if at < 0:
            continue
        said = text[cap.start : at].lower()
        label = max(said.rfind(w) for w in _CREDIT_LABELS)
        label = cap.start + label if label >= 0 else -1
        a, b = view.view(at), view.view(at + len(cap.credit))
        if not (0 <= a < b <= len(vt)):
            continue
        stripped = vt[a:b]
        excluded.append((view.view(label) if label >= 0 else a, b))
        pos = a
        for part in _CREDIT_SPLIT.split(stripped):
            at = vt.find(part, pos, b) if part else -1
            if at < 0:
                continue
            pos = at + len(part)
            name = _credit_name(part)
            if name:
                key = name_key(name)
                entry = found.setdefault(key, (name, []))
                entry[1].append((at, at + len(part)))
    _merge_initials(found)
    return found, excluded


def _merge_initials(photographers: Credits) -> None:
    """ "H.Gia" and "Hoàng Gia" in one article are one photographer, "N.Đ.T" and "Nguyễn Đức
    Toàn" too: a credit written with initials joins the one full credit they abbreviate."""
    full = {k: v for k, v in photographers.items() if "." not in v[0]}
    for key, (name, spans) in list(photographers.items()):
        if "." not in name:
            continue
        matches = [k for k, (other, _) in full.items() if _abbreviates(name, other)]
        if len(matches) == 1:
            full[matches[0]][1].extend(spans)
            del photographers[key]


def _credit_name(part: str) -> str | None:
    """The name one part of a credit gives (None: a source, an agency, a role, no one's name)."""
    words = part.split()
    if not words or len(words) > 5 or any(ch.isdigit() for ch in part):
        return None
    if "." in part.rstrip(".") and not _INITIALS.fullmatch(part.rstrip(".")):
        return None
    if name_key(part) in _NOT_CREDIT or any(w.casefold().strip(".") in _NOT_CREDIT for w in words):
        return None
    if not all(w[:1].isupper() for w in words):
        return None
    if len(words) == 1 and "." not in part and part.isupper() and not _syllable(part):
        return None  # "VGP", "TTXVN", "CTV": an agency or a role, not a photographer's name
    if part.isupper() and len(part) > 3 and not _INITIALS.fullmatch(part.rstrip(".")):
        part = " ".join(title_case(w) for w in words)  # "TRỌNG LỢI"; initials stay "N.Đ.T"
    return " ".join(part.split())


def _abbreviates(credit: str, name: str) -> bool:
    """Does an initialled credit ("H.Gia", "N.Đ.T") abbreviate a name ("Hoàng Gia", "Nguyễn Đức Toàn")?
    Before each dot stands an initial; after the last one, whole words (or one more initial)."""
    *initials, rest = credit.split(".")
    parts = [(p.strip(), True) for p in initials] + [(w, len(w) == 1) for w in rest.split()]
    words = name.split()
    if len(parts) != len(words) or not all(p for p, _ in parts):
        return False
    for (part, initial), word in zip(parts, words, strict=True):
        if initial and name_key(word)[:1] != name_key(part)[:1]:
            return False
        if not initial and name_key(word) != name_key(part):
            return False
    return True
