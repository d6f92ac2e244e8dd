"""Who took part in the event an article reports: names, roles, chairs, groups, photographers.

The genre writes people in a few fixed shapes, read here over word tokens:

- lists: "Các đồng chí: NAME - ROLE, ROLE; NAME - ROLE … đồng chủ trì", "Cùng dự có các đồng chí: …";
- a shared role before a colon: "các đồng chí Phó Chủ tịch HĐND tỉnh: A - ROLE và B - ROLE";
- inline: "đồng chí / ông / bà NAME - ROLE", "NAME, ROLE" (comma instead of dash), "NAME (ROLE)";
- role before the name: "Chủ tịch HĐND tỉnh Nguyễn Xuân Sơn", "Bí thư Huyện ủy Nam Đàn Nguyễn Văn Hải";
- the role alone, later ("Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh nhấn mạnh …"): a mention of its holder;
- "ông Sơn": a mention of the one attendee of that given name.

Captions are a source like any paragraph (attendee lists often sit under the photo); the
"Ảnh: NAME" credit is kept apart as a photographer. People named only in the related-news block,
historical figures (and the streets named after them), the one an attendee acts for ("Thừa ủy
quyền của Chủ tịch nước, …": neither that role nor its holder is at the event), and names found
only by the NER model outside an attendance sentence go to `mentioned`, not to the attendees.

Who attended is said by an office or a title ("Chủ tịch …", "Đại tá", "đồng chí", "già làng", a
bare "giám đốc" after the name), by chairing, or by a sentence (or its paragraph) of who attended.
Someone named only as "ông" / "bà" / "chị" … with none of these is a voice of the story, a citizen
who petitions or a farmer who tells of the crop, and is `mentioned`, as the model's names are.

underthesea's NER is a second signal, asked only where the patterns leave doubt: for names the
patterns do not reach, for a comma pattern with no "ông"/"đồng chí" in front, and to cut a place
from a name when the evidence is thin. Its known faults are worked around: ALL-CAPS text never
goes to it, and a LOC entity that opens with "đồng chí" / a title is read as the person after it.

This module holds the result and `extract_people`. The work is done by small modules beside it:
attendance.py (the extractor: places, which sentences say who attended, putting the hits
together), people_scan.py (the scanner and its shapes), occasions.py (which sentences tell of
another occasion), credits.py (photographers), ner.py (the model); the cue phrases are the rows of
patterns.py, the word lists files under data/ (people_words.tsv, honorifics.tsv, titles.tsv …).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

from tui.language.names import name_key
from tui.reading.model import Article

__all__ = ["Group", "Mention", "People", "Person", "Photographer", "extract_people"]


# --- the result ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Mention:
    """Where a person is named (or named by role alone): a span of `Article.text`."""

    start: int
    end: int
    sentence_id: int | None


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    roles: tuple[str, ...] = ()
    chair: bool = False
    mentions: tuple[Mention, ...] = ()
    attended: bool = True

    @property
    def mention_count(self) -> int:
        return len(self.mentions)


@dataclass(frozen=True, slots=True)
class Group:
    """An unnamed group that attended ("đại diện Ban Thường trực Ủy ban MTTQ tỉnh")."""

    text: str
    start: int
    end: int
    sentence_id: int | None


@dataclass(frozen=True, slots=True)
class Photographer:
    name: str
    mentions: tuple[Mention, ...] = ()

    @property
    def mention_count(self) -> int:
        return len(self.mentions)


@dataclass(frozen=True, slots=True)
class People:
    people: tuple[Person, ...] = ()  # attendees: chairs first, then in order of first mention
    groups: tuple[Group, ...] = ()
    photographers: tuple[Photographer, ...] = ()
    mentioned: tuple[Person, ...] = ()  # named, but not at the event (related news, history …)

    @property
    def chairs(self) -> tuple[Person, ...]:
        return tuple(p for p in self.people if p.chair)

    def find(self, name: str) -> Person | None:
        key = name_key(name)
        return next((p for p in (*self.people, *self.mentioned) if name_key(p.name) == key), None)


# --- extraction ----------------------------------------------------------------------------------

_CACHE: OrderedDict[tuple, People] = OrderedDict()
_CACHE_LOCK = threading.Lock()
_CACHE_SIZE = 16


def extract_people(article: Article, *, use_ner: bool = True) -> People:
    """Attendees with roles, chairs, groups, photographers and other named people."""
    key = (
        article.text,
        tuple((s.start, s.end, s.kind) for s in article.sentences),
        tuple((c.start, c.end, c.credit) for c in article.captions),
        use_ner,
    )
    with _CACHE_LOCK:
        cached = _CACHE.get(key)
        if cached is not None:
            _CACHE.move_to_end(key)
            return cached
    # attendance.py builds the results above, so it imports this module: it is imported when asked
    from tui.language.attendance import Extractor

    result = Extractor(article, use_ner).run()
    with _CACHE_LOCK:
        _CACHE[key] = result
        if len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return result
