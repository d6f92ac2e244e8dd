"""Which sentences of a report tell of another occasion than its own event.

A sentence that opens on another occasion ("Cùng ngày, …", "Trước đó, …"), one dated to another
day than the report's, one of a gathering to come, and a later paragraph opened at a gathering
first named on another occasion: a name said only there attended nothing of the report's event.
The cues are rows of patterns.py (``elsewhere``, ``dated``, ``not when``, ``told back``,
``gathering``); this module only walks the sentences and their paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tui.language.patterns import EVENT, row
from tui.language.patterns import compiled as _compiled

__all__ = ["other_occasions", "tells_of_a_gathering"]

# A sentence as the attendee reader holds it: (id, view start, view end, kind).
Sentence = tuple[int, int, int, str]

_ELSEWHERE = _compiled("elsewhere", "sentence")
_LATER = _compiled("elsewhere", "clause")
_ELSEWHERE_LATER_ON = _compiled("elsewhere", "body")
_DATED = _compiled("dated", "sentence")
_NOT_WHEN = _compiled("not when", "sentence")
# A gathering named by its kind and the words after ("buổi làm việc với …", "hội nghị tổng kết"),
# and a sentence that opens at one ("Tại buổi làm việc, …"): which occasion a later paragraph is of.
_GATHERING_NAMED = re.compile(rf"(?<![^\W\d_]){EVENT}(?:\s+[^\W\d_]+){{1,2}}", re.IGNORECASE)
_AT_GATHERING = _compiled("told back", "sentence")
_NAMED_ANEW = _compiled("elsewhere", "anew")
_GATHERING_KIND = row("whose gathering: its kind")
_GATHERING = _compiled("gathering", "sentence")


def other_occasions(vt: str, sent: list[Sentence], block_of: dict[int, int]) -> tuple[frozenset[int], str]:
    """The ids of the sentences that tell of another occasion, and the report's opening (its
    title, lead and first paragraph) in lower case, where it says what gathering it reports."""
    occasions = _Occasions(vt, sent, block_of)
    return occasions.find(), occasions.opening_text


def tells_of_a_gathering(vt: str, sent: list[Sentence]) -> bool:
    """Does any sentence but the related news tell of a meeting, a visit, a ceremony?"""
    if _GATHERING is None:
        return True
    return any(_GATHERING.search(vt, a, b) is not None for sid, a, b, kind in sent if kind != "related")


class _Occasions:
    def __init__(self, vt: str, sent: list[Sentence], block_of: dict[int, int]) -> None:
        self.vt = vt
        self.sent = sent  # in text order
        self.block_of = block_of  # sentence id → paragraph
        self.opening_text = ""  # the title, lead and first paragraph, lower case

    def find(self) -> frozenset[int]:
        """The sentences from one that opens on another occasion ("Cùng ngày, …", "Trước đó, …",
        after the opening paragraph "Trong thời gian thăm …", or a date other than the report's)
        to the end of its paragraph, and those of a gathering to come ("… sẽ hội đàm với …") or
        dated to another day further on: they tell of another gathering than the report's."""
        opening = self._opening()
        self.opening_text = " ".join(self.vt[a:b] for sid, a, b, _ in self.sent if sid in opening).lower()
        day = self._report_day(opening)
        out: set[int] = set()
        on = False
        for sid, a, b, new_paragraph in self._paragraphs():
            on = on and not new_paragraph
            opens = _ELSEWHERE is not None and _ELSEWHERE.match(self.vt, a, b) is not None
            if sid not in opening:
                later_on = _ELSEWHERE_LATER_ON
                opens = opens or (later_on is not None and later_on.match(self.vt, a, b) is not None)
            if sid not in opening:
                opens = opens or self._named_anew(a, b)
            dated = self._other_day(a, b, day) if sid not in opening else None
            opens = opens or (dated is not None and dated - a <= 60)
            on = on or opens
            if on or dated is not None or (_LATER is not None and _LATER.search(self.vt, a, b)):
                out.add(sid)
        out |= self._told_back(out, opening)
        return frozenset(out)

    def _named_anew(self, a: int, b: int) -> bool:
        """Does the sentence [a, b) open at a gathering named with who held it, of a kind the
        opening does not name ("Tại hội nghị báo cáo viên … do … tổ chức, …")?"""
        m = _NAMED_ANEW.match(self.vt, a, b) if _NAMED_ANEW is not None else None
        if m is None:
            return False
        kind = _GATHERING_KIND.match(m.group("g"))
        return kind is not None and kind.group(1).lower() not in self.opening_text

    def _paragraphs(self) -> Iterator[tuple[int, int, int, bool]]:
        """(id, start, end, whether it opens a paragraph) of each sentence but headings and related
        news, in order: what is said to open another occasion runs to its paragraph's end."""
        block: int | None = None
        for sid, a, b, kind in self.sent:
            if kind in ("heading", "related"):
                continue
            bi = self.block_of.get(sid)
            new = bi != block or bi is None
            block = bi
            yield sid, a, b, new

    def _opening(self) -> set[int]:
        """The title, the lead and the body's first paragraph: where the report says what it is."""
        body = (self.block_of[s] for s, _, _, kind in self.sent if kind == "body" and s in self.block_of)
        first = min(body, default=None)
        return {
            sid
            for sid, _, _, kind in self.sent
            if kind in ("title", "lead") or (first is not None and self.block_of.get(sid) == first)
        }

    def _dates(self, a: int, b: int) -> list[tuple[int, tuple[int, int]]]:
        """(position, (day, month)) of each dated time in view span [a, b)."""
        if _DATED is None:
            return []
        out = []
        for m in _DATED.finditer(self.vt, a, b):
            d, mo = m.group("d") or m.group("d2"), m.group("m") or m.group("m2")
            if d and mo and 1 <= int(d) <= 31 and 1 <= int(mo) <= 12:
                out.append((m.start(), (int(d), int(mo))))
        return out

    def _report_day(self, opening: set[int]) -> tuple[int, int] | None:
        """The day the report's own event took place: the first dated time of its opening."""
        for sid, a, b, _ in self.sent:
            if sid in opening:
                found = self._dates(a, b)
                if found:
                    return found[0][1]
        return None

    def _other_day(self, a: int, b: int, day: tuple[int, int] | None) -> int | None:
        """Where the sentence [a, b) dates something to a day other than the report's (None if
        it does not; a date after a verb of saying is what was said, after a document's name the day
        it was signed, not when)."""
        if day is None:
            return None
        for at, when in self._dates(a, b):
            if when != day and not (_NOT_WHEN is not None and _NOT_WHEN.search(self.vt, a, at)):
                return at
        return None

    def _told_back(self, elsewhere: set[int], opening: set[int]) -> set[int]:
        """A later paragraph opened by "Tại <gathering>" where that gathering was first named on
        another occasion ("Trước đó, … có buổi làm việc với UBND tỉnh" … "Tại buổi làm việc, …")
        tells of that occasion too, unless the report's own sentences named it as well."""
        if not elsewhere:
            return set()
        there: set[str] = set()
        here: set[str] = set()
        out: set[int] = set()
        on = False
        for sid, a, b, new_paragraph in self._paragraphs():
            on = on and not new_paragraph
            m = _AT_GATHERING.match(self.vt, a, b) if _AT_GATHERING is not None else None
            if m and sid not in elsewhere and sid not in opening:
                key = m.group("g").lower().split()
                phrase = " ".join(key[:3])
                on = on or (
                    any(p.startswith(phrase) or phrase.startswith(p) for p in there)
                    and not any(p.startswith(phrase) or phrase.startswith(p) for p in here)
                )
            if on:
                out.add(sid)
                continue
            named = _GATHERING_NAMED.finditer(self.vt, a, b)
            found = {" ".join(g.group().lower().split()[:3]) for g in named}
            (there if sid in elsewhere else here).update(found)
        return out
