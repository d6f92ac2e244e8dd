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
"""

from __future__ import annotations

import re
import threading
import unicodedata
from bisect import bisect_right
from collections import OrderedDict
from dataclasses import dataclass, field
from itertools import pairwise

from tui.language.lexicon import table
from tui.language.names import (
    HISTORICAL,
    MAX_NAME,
    NOT_NAME_FIRST,
    PLACES,
    UNIT_WORDS,
    TextView,
    Token,
    name_key,
    name_score,
    normalize,
    place_noun_before,
    split_run,
    title_case,
    tokenize,
)
from tui.language.names import (
    syllable as _syllable,
)
from tui.language.offices import (
    BIGRAMS,
    COMMA,
    DASH,
    HEAD_FIRST,
    HONORIFICS,
    PLURAL_HONORIFICS,
    SPACE,
    RoleScan,
    head_len,
    is_compound_tail,
    is_title,
    name_dash_at,
    org_noun_len,
    recase_caps,
    role_key,
    roles_match,
    scan_roles,
    text_of,
    title_run,
)
from tui.language.patterns import EVENT, SHAPES, row
from tui.language.patterns import compiled as _compiled
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


# --- NER (lazy, optional) ------------------------------------------------------------------------

_NER_LOCK = threading.Lock()
_ner_state: dict[str, object] = {}
_NER_CACHE: OrderedDict[str, list[tuple[int, int, str]]] = OrderedDict()
_NER_CACHE_SIZE = 4096
# Entities that open with these are the model's "đồng chí NAME" → LOC fault: the rest is a person.
_PERSON_OPENERS = frozenset(row[0] for row in table("people_words") if row[1] == "ner opener")


def _ner_function():
    if "fn" not in _ner_state:
        try:
            from tui.language.words import import_underthesea

            _ner_state["fn"] = import_underthesea().ner
        except Exception:  # no model, broken install: patterns only
            _ner_state["fn"] = None
    return _ner_state["fn"]


def ner_words(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, entity type or "O") for each word the model returns, as offsets into
    `sentence`. Cached by sentence text; [] when the model is missing or fails."""
    with _NER_LOCK:
        hit = _NER_CACHE.get(sentence)
        if hit is not None:
            _NER_CACHE.move_to_end(sentence)
            return hit
        fn = _ner_function()
        if fn is None or not sentence.strip():
            return []
        try:
            rows = fn(sentence)
        except Exception:
            rows = []
        out: list[tuple[int, int, str]] = []
        cursor = 0
        entity_open: str | None = None
        for row in rows:
            try:
                word, tag = str(row[0]), str(row[-1])
            except (IndexError, TypeError):
                continue
            at = sentence.find(word, cursor)
            if at < 0:
                continue
            cursor = at + len(word)
            kind = tag if tag[:2] in ("B-", "I-") else "O"
            if tag.startswith("B-"):
                entity_open = word.casefold() if word.casefold() in _PERSON_OPENERS else None
            elif not tag.startswith("I-"):
                entity_open = None
            if entity_open and tag.startswith("I-") and word[:1].isupper():
                kind = "B-PER"  # "đồng chí" + name came back as one LOC: the name is a person
                entity_open = None
            out.append((at, cursor, kind))
        _NER_CACHE[sentence] = out
        if len(_NER_CACHE) > _NER_CACHE_SIZE:
            _NER_CACHE.popitem(last=False)
        return out


def _ner_label(words: list[tuple[int, int, str]], start: int, end: int) -> str | None:
    """The model's type for [start, end) (offsets in the sentence): "PER", "LOC", …, "O";
    with a "+" when the entity runs over the span's edges ("UBND tỉnh Trần Thắng" as one LOC
    says nothing about "Trần Thắng"); None when the model has no words there."""
    inside = [w for w in words if w[0] < end and w[1] > start]
    if not inside:
        return None
    kinds = {k[2:] if k != "O" else "O" for _, _, k in inside}
    if len(kinds) != 1:
        return "MIXED"
    kind = kinds.pop()
    if kind == "O":
        return "O"
    if inside[0][2].startswith("I-") or inside[0][0] < start - 1 or inside[-1][1] > end + 1:
        return kind + "+"
    after = next((w for w in words if w[0] >= end), None)
    if after is not None and after[2].startswith("I-"):
        return kind + "+"
    return kind


# --- extraction ----------------------------------------------------------------------------------

_CACHE: OrderedDict[tuple, People] = OrderedDict()
_CACHE_LOCK = threading.Lock()
_CACHE_SIZE = 16

# Who chairs ("chủ trì", "đồng chủ trì", "chủ tọa", who runs a sitting) and which sentences say
# who attended: the rows of patterns.py.
_CHAIR = _compiled("chair", "sentence")
# Who a chair cue is said of: the name(s) before it, after it, or the subject after a clause it
# fronts; "điều hành" alone only when a "do" clause hangs on a gathering (rows of patterns.py).
_RUN_BY = row("a gathering run by")
_CHAIN_BACK = row("chair after the roles")
_LIST_JOIN = row("a cue governs the list after it")
_CHAIN_LINK = row("chairs in a row")
_CHAIN_FWD = row("chairs named after the cue")
# A clause fronted by the cue: before the cue only the sentence's start or a short time (this
# expression), after the gathering's name a comma (the row).
_FRONTED_BEFORE = re.compile(r"\s*(?:[^\W_][^,.;:!?]{0,30},\s*)?")
_FRONTED_AFTER = row("a clause fronted by the cue")
_ATTEND = _compiled("event", "sentence")
_ELSEWHERE = _compiled("elsewhere", "sentence")
_LATER = _compiled("elsewhere", "clause")
_ELSEWHERE_LATER_ON = _compiled("elsewhere", "body")
_DATED = _compiled("dated", "sentence")
_NOT_WHEN = _compiled("not when", "sentence")
# "<gathering> do A chủ trì": the clause that names whose gathering it is.
_BY_DO = _compiled("owner", "before")
# The kind of a gathering named, and the chair cue right after "<gathering> do A".
_GATHERING_KIND = row("whose gathering: its kind")
_CHAIRS_NEXT = row("whose gathering: the chair next")
# A gathering named by its kind and the words after ("buổi làm việc với …", "hội nghị tổng kết"),
# and a sentence that opens at one ("Tại buổi làm việc, …"): which occasion a later paragraph is of.
_GATHERING_NAMED = re.compile(rf"(?<![^\W\d_]){EVENT}(?:\s+[^\W\d_]+){{1,2}}", re.IGNORECASE)
_AT_GATHERING = _compiled("told back", "sentence")
_SPEAKS = _compiled("speaker", "after")
_GATHERING = _compiled("gathering", "sentence")
_CREDIT_SPLIT = re.compile(r"\s*(?:/|,|;|&|\s[-–]\s|\svà\s|\+)\s*")
# A credit's words that name a source or an agency, not who took the photo ("Ảnh: PV", "Ảnh: Tư liệu").
_NOT_CREDIT = frozenset(row[0] for row in table("people_words") if row[1] == "not credit")
# Lower-case words that end an unnamed group: the sentence's verb or link goes on after it.
_GROUP_STOP_WORDS = frozenset(row[0] for row in table("people_words") if row[1] == "group stop")
_HARD_STOP = re.compile(r"[;.:!?…]")
_DIGIT = re.compile(r"\d")
# A place's name after its unit ("huyện Lương Sơn", "TP. Vinh"): the units are a list of the data.
_PLACE_UNITS = "|".join(re.escape(row[0]) for row in table("people_words") if row[1] == "place unit")
_PLACE_AFTER_UNIT = re.compile(
    rf"(?<![^\W\d_])(?:{_PLACE_UNITS})\s+"
    r"(?P<run>[^\W\d_a-zđ][^\W\d_]*(?:['’][^\W\d_]+)?(?:\s[^\W\d_a-zđ][^\W\d_]*(?:['’][^\W\d_]+)?){0,3})"
    r"(?![^\W\d_'’])"
)
# A firm's name of foreign words after its kind ("hãng hàng không Bamboo Airways", "tập đoàn AEON"):
# said elsewhere in the article without the kind, it is still the firm's, not a person's.
_FIRM_KINDS = "|".join(
    # the kind's first letter in either case ("Công ty", "công ty"), its words apart by any space
    f"[{kind[0]}{kind[0].upper()}]" + r"\s+".join(re.escape(w) for w in kind[1:].split(" "))
    for kind, what in table("people_words")
    if what == "firm kind"
)
_BRAND_AFTER_KIND = re.compile(
    # the kind in either case; the run in capitals (no IGNORECASE: it would let lower case in)
    rf"(?<![^\W\d_])(?:{_FIRM_KINDS})\s+"
    r"(?P<run>[^\W\d_a-zđ][^\W_]*(?:\s[^\W\d_a-zđ][^\W_]*){0,2})(?![^\W\d_])",
)
# "Thừa ủy quyền của Chủ tịch nước, …", "Thay mặt Chủ tịch UBND tỉnh, …": the office (or person)
# someone acts for, right after these words, is not at the event.
_ON_BEHALF = row("on behalf of")
# Said before or after a mention, these make its holder someone not at the event (patterns.py).
_NOT_HERE_BEFORE = _compiled("mention", "before")
_NOT_HERE_AFTER = _compiled("mention", "after")
_ASIDE_BEFORE = _compiled("aside", "before")
_ASIDE_AFTER = _compiled("aside", "after")
_VISITED_BEFORE = _compiled("visited", "before")
# Degrees and honours written short before a name: "PGS.TS Nguyễn Văn Minh", "ThS. Lê Thị Hoa".
_ACADEMIC = frozenset(row[0] for row in table("honorifics") if row[1] == "short")


def _place_at(toks: list[Token], k: int) -> bool:
    """Is toks[k] (with the word before it) a noun that makes the next run a place's name?"""
    return k >= 0 and place_noun_before([t.low for t in toks[max(0, k - 4) : k + 1]])


# Everyday honorifics: anyone is "ông", "bà", "chị" … to the paper, a citizen as much as an official;
# "đồng chí", "già làng" and degrees say more.
_PLAIN_HONORIFICS = frozenset(row[0] for row in table("honorifics") if row[1] == "plain")
# After these, "ông", "bà", "em" … are words of their own, no honorific ("trẻ em", "nước Anh", "ông bà").
_NOT_BEFORE_HONORIFIC = frozenset(row[0] for row in table("people_words") if row[1] == "not before honorific")
_FIRST_WORDS = frozenset(seq[0] for seq in (*HONORIFICS, *PLURAL_HONORIFICS))
# Lower-case particles inside a foreign name after an honorific: "ông Valerio de Molli".
_NAME_PARTICLES = frozenset(row[0] for row in table("people_words") if row[1] == "name particle")
# "các đồng chí trong Ban Thường vụ …": a group, not a list.
_GROUP_LINKS = frozenset(row[0] for row in table("people_words") if row[1] == "group link")
# Verbs of meeting someone: the office right after one is the person met ("Tiếp Thủ tướng …, …").
_MEETS = frozenset(row[0] for row in table("people_words") if row[1] == "meets")
# Lower-case words a list of names goes on over ("A, B và C", "cùng D", "có E").
_LIST_GOES_ON = frozenset(row[0] for row in table("people_words") if row[1] == "list goes on")


@dataclass(slots=True)
class _Hit:
    kind: str  # "name" | "role" | "short"
    sid: int
    start: int  # view span of the name (or of the role phrase, or the short name)
    end: int
    seg_start: int  # the whole mention with its honorific and roles, for chair chains
    seg_end: int
    name: str = ""
    roles: list[str] = field(default_factory=list)
    chair: bool = False
    absent: bool = False  # named as the one someone acts for: mentioned, not attending
    plain: bool = False  # named only as "ông" / "bà" / "chị" …, with no office or title
    acted_for: bool = False  # the authority someone acts for: the names after it are who acts
    aside: bool = False  # named in a way that says nothing of presence ("theo lời mời của A")
    visited: bool = False  # the head of a household visited ("thăm hộ ông A"): met at home


@dataclass(slots=True)
class _Acc:
    name: str
    roles: list[str] = field(default_factory=list)
    role_keys: set[str] = field(default_factory=set)
    spans: dict[tuple[int, int], int] = field(default_factory=dict)
    chair: bool = False
    first: int = 1 << 60
    attending: bool = False  # some mention says so: an office, a title, the chair, a sentence of who attended

    def add_roles(self, roles: list[str]) -> None:
        for r in roles:
            k = role_key(r)
            if not k or k in self.role_keys:
                continue
            words = _key_words(k)
            if any(_key_words(held)[: len(words)] == words for held in self.role_keys):
                continue  # "Chủ tịch UBND huyện" after "Chủ tịch UBND huyện Nga Sơn": said again, shorter
            for at, held in enumerate(self.roles):
                held_key = role_key(held)
                if words[: len(_key_words(held_key))] == _key_words(held_key):
                    # said shorter first ("Giám đốc Ban Quản lý dự án"): the whole role takes its place
                    self.role_keys.discard(held_key)
                    self.roles[at] = r
                    break
            else:
                self.roles.append(r)
            self.role_keys.add(k)

    def add_span(self, start: int, end: int, sid: int) -> None:
        self.spans.setdefault((start, end), sid)
        self.first = min(self.first, start)


def _key_words(key: str) -> tuple[str, ...]:
    """A role key's words, commas dropped: "… xã Nghi Phong" is a beginning of "… xã Nghi Phong, huyện …"."""
    return tuple(w.rstrip(",") for w in key.split())


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
    result = _Extractor(article, use_ner).run()
    with _CACHE_LOCK:
        _CACHE[key] = result
        if len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return result


class _Extractor:
    def __init__(self, article: Article, use_ner: bool) -> None:
        self.article = article
        self.view = TextView(article.text)
        self.vt = self.view.text
        self.use_ner = use_ner  # the model is imported on the first question, if any
        self.sent: list[tuple[int, int, int, str]] = []  # (id, view start, view end, kind)
        n = len(self.vt)
        for s in article.sentences:
            a, b = self.view.view(max(0, s.start)), self.view.view(min(s.end, len(article.text)))
            if 0 <= a < b <= n:
                self.sent.append((s.id, a, b, s.kind))
        self.sent.sort(key=lambda x: x[1])
        self.by_id = {x[0]: x for x in self.sent}
        self.sent_starts = [x[1] for x in self.sent]
        self.related = {sid for sid, _, _, kind in self.sent if kind == "related"}
        self.block_of: dict[int, int] = {}
        blocks: list[tuple[int, ...]] = []
        for sec in article.sections:
            for b in sec.blocks:
                blocks.append(tuple(getattr(b, "sentence_ids", ()) or ()))
        lead = tuple(sid for sid, _, _, kind in self.sent if kind == "lead")
        if lead:
            blocks.append(lead)
        for bi, ids in enumerate(blocks):
            for sid in ids:
                self.block_of.setdefault(sid, bi)
        self.excluded: list[tuple[int, int]] = []
        self._excluded = _Intervals([])
        self.places: frozenset[str] = PLACES
        self.photographers: dict[str, tuple[str, list[tuple[int, int]]]] = {}
        self.groups: list[tuple[str, int, int, int]] = []
        self.hits: list[_Hit] = []
        self.attend_sids: set[int] = set()
        self.attend_own: frozenset[int] = frozenset()
        self.elsewhere: frozenset[int] = frozenset()  # sentences that tell of another occasion
        self.opening_text = ""  # the title, lead and first paragraph, lower case
        self.words_of: dict[int, list[Token]] = {}  # each sentence's words, read once
        self.caps_sids: set[int] = set()
        self.ner_calls = 0

    # -- helpers ----------------------------------------------------------------------------------
    def sid_at(self, pos: int) -> int | None:
        k = bisect_right(self.sent_starts, pos) - 1
        if k >= 0 and pos < self.sent[k][2]:
            return self.sent[k][0]
        return None

    def is_excluded(self, start: int, end: int) -> bool:
        """Does [start, end) touch a photo credit?"""
        return self._excluded.overlaps(start, end)

    def _sort_excluded(self) -> None:
        self._excluded = _Intervals(self.excluded)
        self.excluded = self._excluded.spans

    def written(self, start: int, end: int) -> str:
        """The words of view span [start, end) as the article writes them: a name is shown with
        its own tone-mark placement ("Hoà", "Thuý"), which the view text has changed to match."""
        a, b = self.view.orig(start), self.view.orig(end)
        return unicodedata.normalize("NFC", " ".join(self.article.text[a:b].split()))

    def mention(self, start: int, end: int, sid: int | None) -> Mention:
        return Mention(self.view.orig(start), self.view.orig(end), sid)

    # -- photographers ----------------------------------------------------------------------------
    def find_photographers(self) -> None:
        # The parser reads each caption's credit ("Ảnh: Thành Duy"): one credit reader.
        text = self.article.text
        for cap in self.article.captions:
            if not cap.credit:
                continue
            at = text.rfind(cap.credit, cap.start, cap.end)
            if at < 0:
                continue
            label = text[cap.start : at].lower().rfind("ảnh")
            label = cap.start + label if label >= 0 else -1
            a, b = self.view.view(at), self.view.view(at + len(cap.credit))
            if not (0 <= a < b <= len(self.vt)):
                continue
            stripped = self.vt[a:b]
            self.excluded.append((self.view.view(label) if label >= 0 else a, b))
            pos = a
            for part in _CREDIT_SPLIT.split(stripped):
                at = self.vt.find(part, pos, b) if part else -1
                if at < 0:
                    continue
                pos = at + len(part)
                name = self._credit_name(part)
                if name:
                    key = name_key(name)
                    entry = self.photographers.setdefault(key, (name, []))
                    entry[1].append((at, at + len(part)))
        self._merge_initials()

    def _merge_initials(self) -> None:
        """ "H.Gia" and "Hoàng Gia" in one article are one photographer, "N.Đ.T" and "Nguyễn Đức
        Toàn" too: a credit written with initials joins the one full credit they abbreviate."""
        full = {k: v for k, v in self.photographers.items() if "." not in v[0]}
        for key, (name, spans) in list(self.photographers.items()):
            if "." not in name:
                continue
            matches = [k for k, (other, _) in full.items() if _abbreviates(name, other)]
            if len(matches) == 1:
                full[matches[0]][1].extend(spans)
                del self.photographers[key]

    @staticmethod
    def _credit_name(part: str) -> str | None:
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

    # -- scanning ---------------------------------------------------------------------------------
    def find_places(self) -> None:
        """Places the article names outside any office ("tại huyện Lương Sơn", "xã Nghi Phong"):
        after "UBND huyện" the same words are then known to be a place, not a person."""
        found: set[str] = set()
        for m in _PLACE_AFTER_UNIT.finditer(self.vt):
            if m.group().startswith("tỉnh"):
                continue  # every province is known already; "… tỉnh Trần Văn Thịnh" is an office's holder
            before = self.vt[max(0, m.start() - 12) : m.start()]
            if re.search(r"(?:[A-ZĐ]{2,}|ủy|ban|bộ|dân)\s*$", before):
                continue  # "UBND huyện …", "Ủy ban nhân dân tỉnh …": an office, maybe a name next
            prev = re.search(r"([^\W\d_]+)\s+([^\W\d_]+)\s*$", before)
            if prev and (prev.group(2)[:1].isupper() or (prev.group(1).casefold(), prev.group(2)) in BIGRAMS):
                continue  # "Sở Tài chính huyện …", "Ban Quản lý Khu kinh tế huyện …": an office too
            run = m.group("run").split()
            if 1 <= len(run) <= 3:
                found.add(name_key(" ".join(run)))
        for m in _BRAND_AFTER_KIND.finditer(self.vt):
            run = m.group("run").split()
            if not any(_syllable(w) for w in run):
                found.add(name_key(" ".join(run)))  # "Tổng giám đốc Bamboo Airways" names the firm
        self.places = PLACES | found

    def run(self) -> People:
        self.find_places()
        self.find_photographers()
        self._sort_excluded()
        for sid, a, b, kind in self.sent:
            if kind == "heading":
                continue
            text = self.vt[a:b]
            if _ATTEND.search(text):
                self.attend_sids.add(sid)
        self.attend_own = frozenset(self.attend_sids)  # said in the sentence itself, not its paragraph
        attend_blocks = {self.block_of[s] for s in self.attend_sids if s in self.block_of}
        self.attend_sids |= {s for s, bi in self.block_of.items() if bi in attend_blocks}
        self.elsewhere = self.find_elsewhere()
        for sid, a, b, kind in self.sent:
            if kind == "heading":
                continue
            words = tokenize(self.vt, a, b)
            self.words_of[sid] = words
            toks = [t for t in words if not self.is_excluded(t.start, t.end)]
            if not toks:
                continue
            gaps = [self.vt[toks[k].end : toks[k + 1].start] for k in range(len(toks) - 1)] + [
                self.vt[toks[-1].end : b]
            ]
            letters = [c for c in self.vt[a:b] if c.isalpha()]
            caps = len(letters) >= 6 and sum(c.isupper() for c in letters) >= 0.85 * len(letters)
            if caps:
                self.caps_sids.add(sid)
                recase_caps(toks, gaps)
            _Scanner(self, sid, toks, gaps, caps).scan()
        return self.assemble()

    def find_elsewhere(self) -> frozenset[int]:
        """The sentences from one that opens on another occasion ("Cùng ngày, …", "Trước đó, …",
        after the opening paragraph "Trong thời gian thăm …", or a date other than the report's)
        to the end of its paragraph, and those of a gathering to come ("… sẽ hội đàm với …") or
        dated to another day further on: they tell of another gathering than the report's."""
        opening = self._opening()
        self.opening_text = " ".join(self.vt[a:b] for sid, a, b, _ in self.sent if sid in opening).lower()
        day = self._report_day(opening)
        out: set[int] = set()
        block: int | None = None
        on = False
        for sid, a, b, kind in self.sent:
            if kind in ("heading", "related"):
                continue
            bi = self.block_of.get(sid)
            if bi != block or bi is None:
                block, on = bi, False
            opens = _ELSEWHERE is not None and _ELSEWHERE.match(self.vt, a, b) is not None
            if sid not in opening:
                later_on = _ELSEWHERE_LATER_ON
                opens = opens or (later_on is not None and later_on.match(self.vt, a, b) is not None)
            dated = self._other_day(a, b, day) if sid not in opening else None
            opens = opens or (dated is not None and dated - a <= 60)
            on = on or opens
            if on or dated is not None or (_LATER is not None and _LATER.search(self.vt, a, b)):
                out.add(sid)
        out |= self._told_back(out, opening)
        return frozenset(out)

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
        block: int | None = None
        on = False
        for sid, a, b, kind in self.sent:
            if kind in ("heading", "related"):
                continue
            bi = self.block_of.get(sid)
            if bi != block or bi is None:
                block, on = bi, False
            m = _AT_GATHERING.match(self.vt, a, b) if _AT_GATHERING is not None else None
            if m and sid not in elsewhere and sid not in opening:
                key = m.group("g").lower().split()
                phrase = " ".join(key[:3])
                on = on or (any(p.startswith(phrase) or phrase.startswith(p) for p in there)
                            and not any(p.startswith(phrase) or phrase.startswith(p) for p in here))
            if on:
                out.add(sid)
                continue
            named = _GATHERING_NAMED.finditer(self.vt, a, b)
            found = {" ".join(g.group().lower().split()[:3]) for g in named}
            (there if sid in elsewhere else here).update(found)
        return out

    # -- NER --------------------------------------------------------------------------------------
    def ner_for(self, sid: int, start: int, end: int) -> tuple[list[tuple[int, int, str]], int]:
        """Model words around [start, end) of a sentence, with the window's view start (the
        words' offsets are relative to it). The model's cost grows with the text it reads, so
        it reads the clause around the candidate (some 60-140 characters), not the sentence."""
        found = self.by_id.get(sid)
        if found is None:
            return [], 0
        lo, hi = self._window(found[1], found[2], start, end)
        self.ner_calls += 1
        return ner_words(self.vt[lo:hi]), lo

    def _window(self, a: int, b: int, start: int, end: int) -> tuple[int, int]:
        vt = self.vt
        lo = max(a, start - 70)
        cut = max(vt.rfind(c, lo, max(lo, start - 25)) for c in ",;:(")
        if cut >= lo:
            lo = cut + 1
        elif lo > a:
            space = vt.find(" ", lo, start)
            lo = space + 1 if space >= 0 else lo
        hi = min(b, end + 60)
        cuts = [k for k in (vt.find(c, min(hi, end + 20), hi) for c in ",;.)") if k >= 0]
        if cuts:
            hi = min(cuts)
        elif hi < b:
            space = vt.rfind(" ", end, hi)
            hi = space if space > end else hi
        return lo, max(hi, end)

    # -- putting it together ----------------------------------------------------------------------
    def assemble(self) -> People:
        main: dict[str, _Acc] = {}
        other: dict[str, _Acc] = {}
        named = [h for h in self.hits if h.kind == "name"]
        gone: set[str] = set()  # said once not to be there (replaced, disciplined, dead …)
        seen_there: set[str] = set()  # …and said to attend in a sentence of who attended, or to chair
        soft_roles: dict[str, list[str]] = {}  # the host's offices, said where they invited
        told_elsewhere: set[str] = set()  # named in the text on another occasion …
        told_here: set[str] = set()  # … or at the report's own event
        for h in named:
            key = name_key(h.name)
            if not key:
                continue
            related = h.sid in self.related
            # another occasion: no ground to attend this one, nor to be dropped from it
            elsewhere = h.sid in self.elsewhere or h.aside or self._aside_after(h)
            absent = h.absent or self._not_here_after(h)
            if absent:
                gone.add(key)
            elif (h.chair or h.sid in self.attend_own) and not elsewhere:
                seen_there.add(key)
            if h.aside and not (related or absent):
                soft_roles.setdefault(key, []).extend(h.roles)
            if h.sid in self.elsewhere:
                told_elsewhere.add(key)
            elif self._sentence_kind(h.sid) != "caption" and not self._chairs_one_named(h):
                told_here.add(key)
            bucket = other if related or key in HISTORICAL or absent or elsewhere else main
            acc = bucket.get(key) or bucket.setdefault(key, _Acc(h.name))
            acc.add_roles(h.roles)
            acc.add_span(h.start, h.end, h.sid)
            if h.chair and not related and not elsewhere:
                acc.chair = True
            if h.roles or h.chair or not h.plain or h.sid in self.attend_sids or self._speaks(h) or h.visited:
                acc.attending = True
        # Someone the story names only as "ông"/"bà" …, with no office or title anywhere, outside
        # the sentences of who attended, is a voice of the story (a citizen who petitions, a farmer
        # who tells of his crop): mentioned, as a name the model finds there would be.
        # A caption shows a scene of the report, the other occasion's as well: someone the text
        # names only on another occasion is not made an attendee by a caption naming them too.
        for k in told_elsewhere - told_here:
            _set_aside(main, other, k)
        for k, roles in soft_roles.items():  # a host who receives the guest holds the office said
            if k in main and main[k].attending:
                main[k].add_roles(roles)
        citizens = {k: main.pop(k) for k in [k for k, acc in main.items() if not acc.attending]}
        if not self.tells_of_a_gathering():
            # a report of no event (a crime, a price, a statement to the press): nobody attended
            for k in list(main):
                gone.add(k)
        # Someone said not to be there ("đối với đồng chí A …") is not there when named again
        # ("đồng chí A chịu trách nhiệm …"), unless a sentence of who attended says otherwise.
        for k in gone - seen_there:
            _set_aside(main, other, k)
        # plain later mentions of a known attendee's (or citizen's) full name
        for acc in (*main.values(), *citizens.values()):
            pattern = re.compile(
                r"(?<![^\W\d_])" + re.escape(normalize(acc.name)) + r"(?![^\W\d_])", re.IGNORECASE
            )
            for m in pattern.finditer(self.vt):
                sid = self.sid_at(m.start())
                if sid is None or sid in self.related or self.is_excluded(m.start(), m.end()):
                    continue
                if self._sentence_kind(sid) == "heading":
                    continue
                acc.add_span(m.start(), m.end(), sid)
        # role-only mentions and "ông Sơn"
        for h in self.hits:
            if h.sid in self.related:
                continue
            if h.kind == "role":
                holders = [
                    acc
                    for acc in main.values()
                    if acc.roles and all(any(roles_match(r, held) for held in acc.roles) for r in h.roles)
                ]
                if len(holders) == 1:
                    holders[0].add_span(h.start, h.end, h.sid)
                    if h.chair and h.sid not in self.elsewhere:
                        holders[0].chair = True
            elif h.kind == "short":
                k = h.name.casefold()
                named_so = (*main.values(), *citizens.values())
                holders = [acc for acc in named_so if name_key(acc.name.split()[-1]) == k]
                if len(holders) == 1:
                    holders[0].add_span(h.start, h.end, h.sid)
        # names no pattern reached: by their shape, or by the model
        for name, start, end, sid in self.ner_names(main, {**other, **citizens}):
            key = name_key(name)
            there = sid in self.attend_sids and sid not in self.elsewhere
            bucket = main if there and key not in HISTORICAL else other
            acc = bucket.get(key) or bucket.setdefault(key, _Acc(name))
            acc.add_span(start, end, sid)

        def person(acc: _Acc, attended: bool) -> Person:
            mentions = tuple(self.mention(a, b, sid) for (a, b), sid in sorted(acc.spans.items()))
            return Person(acc.name, tuple(acc.roles), acc.chair and attended, mentions, attended)

        people = sorted(main.values(), key=lambda acc: (not acc.chair, acc.first))
        absent = [acc for k, acc in other.items() if k not in main and k not in citizens]
        mentioned = sorted((*absent, *citizens.values()), key=lambda acc: acc.first)
        groups: list[Group] = []
        seen: set[str] = set()
        for text, a, b, sid in self.groups:
            label = _group_label(normalize(text))
            k = name_key(label)
            if k in seen or sid not in self.attend_sids or sid in self.related:
                continue
            seen.add(k)
            groups.append(Group(label, self.view.orig(a), self.view.orig(b), sid))
        photographers = tuple(
            Photographer(name, tuple(self.mention(a, b, self.sid_at(a)) for a, b in spans))
            for name, spans in self.photographers.values()
        )
        return People(
            people=tuple(person(acc, True) for acc in people),
            groups=tuple(groups),
            photographers=photographers,
            mentioned=tuple(person(acc, False) for acc in mentioned),
        )

    def tells_of_a_gathering(self) -> bool:
        """Does any sentence but the related news tell of a meeting, a visit, a ceremony?"""
        if _GATHERING is None:
            return True
        return any(
            _GATHERING.search(self.vt, a, b) is not None for sid, a, b, kind in self.sent if kind != "related"
        )

    def _speaks(self, h: _Hit) -> bool:
        """Does someone named as "ông"/"bà" speak in the report ("ông A (60 tuổi) bộc bạch")? A
        speaker quoted in the report is there, as the one who petitions at a meeting is."""
        found = self.by_id.get(h.sid)
        if _SPEAKS is None or found is None:
            return False
        return _SPEAKS.match(self.vt[h.seg_end : min(found[2], h.seg_end + 80)]) is not None

    def _not_here_after(self, h: _Hit) -> bool:
        """Do the words after the mention's roles say its holder has left ("… nghỉ hưu", "… thôi
        tham gia Ban Chấp hành")?"""
        found = self.by_id.get(h.sid)
        if _NOT_HERE_AFTER is None or found is None:
            return False
        return _NOT_HERE_AFTER.match(self.vt[h.seg_end : min(found[2], h.seg_end + 60)]) is not None

    def _chairs_one_named(self, h: _Hit) -> bool:
        """Is the mention only the chair in a clause on a gathering ("… dự Hội nghị gặp mặt nhà đầu
        tư do Thủ tướng A chủ trì")? It names whose gathering that is: if the report tells of A
        only there and on another occasion, the gathering is that other one, not the report's."""
        found = self.by_id.get(h.sid)
        if not h.chair or found is None or _BY_DO is None:
            return False
        m = _BY_DO.search(self.vt, found[1], h.seg_start)
        if m is None or _CHAIRS_NEXT.match(self.vt, h.seg_end, found[2]) is None:
            return False
        # the report's own gathering, named in its opening, is not another one
        kind = _GATHERING_KIND.match(m.group())
        return kind is not None and kind.group(1).lower() not in self.opening_text

    def _aside_after(self, h: _Hit) -> bool:
        """Do the words after the mention's roles make it the paper's source, not one of those at
        the gathering ("…, xác nhận sự việc")?"""
        found = self.by_id.get(h.sid)
        if _ASIDE_AFTER is None or found is None:
            return False
        return _ASIDE_AFTER.match(self.vt[h.seg_end : min(found[2], h.seg_end + 60)]) is not None

    def _sentence_kind(self, sid: int) -> str:
        found = self.by_id.get(sid)
        return found[3] if found else ""

    def ner_names(self, main: dict[str, _Acc], other: dict[str, _Acc]) -> list[tuple[str, int, int, int]]:
        """Capitalised runs no pattern explained that have a name's full shape (surname, middle
        name, three words), or that the model reads as a person."""
        spans = [(h.seg_start, h.seg_end) for h in self.hits]
        for acc in (*main.values(), *other.values()):
            spans.extend(acc.spans)
        spans.extend(self.excluded)
        spans.extend((a, b) for _, a, b, _ in self.groups)
        covered = _Intervals(spans)
        known = set(main) | set(other)
        out: list[tuple[str, int, int, int]] = []
        for sid, a, b, kind in self.sent:
            if kind in ("heading", "related"):
                continue
            if sid in self.caps_sids:
                continue  # ALL-CAPS: the model calls it PER
            toks = self.words_of.get(sid) or tokenize(self.vt, a, b)
            if not any(t.shape == "T" for t in toks):
                continue
            gaps = [self.vt[toks[k].end : toks[k + 1].start] for k in range(len(toks) - 1)] + [""]
            i = 0
            place_end = -1  # where the last run named a place ("đường Hồ Xuân Hương")
            while i < len(toks):
                if toks[i].shape != "T":
                    i += 1
                    continue
                e = title_run(toks, gaps, i)
                if self._place_run(toks, gaps, i, e) or self._listed_after(toks, gaps, place_end, i):
                    place_end = e  # "các tuyến đường Hồ Xuân Hương, Trần Nhân Tông": the list goes on
                    i = e
                    continue
                cand = self._residual(toks, gaps, i, e)
                i = e
                if cand is None:
                    continue
                s, t = cand
                cs, ce = toks[s].start, toks[t - 1].end
                if covered.overlaps(cs, ce):
                    continue
                name = self.written(cs, ce)
                if name_key(name) in known:
                    continue
                if name_key(name) in HISTORICAL:  # "tư tưởng Hồ Chí Minh" (the city has "thành phố")
                    out.append((name, cs, ce, sid))
                    continue
                if name_key(name) in self.places:
                    continue
                if s == 0 and t == len(toks) and b - a <= len(name) + 2:
                    continue  # a line that is only a name: the byline
                shape = name_score([tok.text for tok in toks[s:t]], [])
                if shape >= 4.5:  # "Trần Thị Hoa": surname, middle name, three words
                    out.append((name, cs, ce, sid))
                    continue
                if not self.use_ner or shape < 1.0:
                    continue  # no sign of a name at all ("World Cup", "Mừng Đảng"): not worth asking
                words, base = self.ner_for(sid, cs, ce)
                if _ner_label(words, cs - base, ce - base) == "PER":
                    out.append((name, cs, ce, sid))
        return out

    @staticmethod
    def _place_run(toks: list[Token], gaps: list[str], i: int, e: int) -> bool:
        """Does the run at i name a place after a noun that says so ("đường", "huyện", "xã")?"""
        return i > 0 and SPACE.fullmatch(gaps[i - 1]) is not None and _place_at(toks, i - 1)

    @staticmethod
    def _listed_after(toks: list[Token], gaps: list[str], place_end: int, i: int) -> bool:
        """Is the run at i the next item of a list whose last item (ending at place_end) was a place?"""
        if place_end < 0:
            return False
        if i == place_end:
            return re.fullmatch(r"\s*,\s*", gaps[i - 1]) is not None
        return i == place_end + 1 and toks[place_end].low == "và" and SPACE.fullmatch(gaps[i - 1]) is not None

    def _residual(self, toks: list[Token], gaps: list[str], i: int, e: int) -> tuple[int, int] | None:
        s = i
        while s < e and toks[s].low in NOT_NAME_FIRST:
            s += 1
        for k in (2, 1):  # "Mỹ Donald Trump": a country before the name
            if e - (s + k) >= 2 and name_key(" ".join(t.text for t in toks[s : s + k])) in self.places:
                s += k
                break
        if s > i and _place_at(toks, s - 1):
            return None
        if s == i and i > 0 and SPACE.fullmatch(gaps[i - 1]) and _place_at(toks, i - 1):
            return None
        if s == i and i > 0 and re.search(r"\d", gaps[i - 1]):
            return None  # "số 12 Trần Phú"
        if s == i and i > 0 and toks[i - 1].shape == "U" and SPACE.fullmatch(gaps[i - 1]):
            return None  # "Trường THPT Phan Bội Châu"
        t = e
        if t < len(toks) and is_compound_tail(toks, gaps, t):
            t -= 1  # "Luật Tổ chức …": the last word belongs to a compound
        if not 2 <= t - s <= 4:
            return None
        return s, t


def _set_aside(main: dict[str, _Acc], other: dict[str, _Acc], key: str) -> None:
    """Move someone from the attendees to the mentioned, with their roles and mentions."""
    acc = main.pop(key, None)
    if acc is None:
        return
    held = other.setdefault(key, _Acc(acc.name))
    held.add_roles(acc.roles)
    for (a, b), sid in acc.spans.items():
        held.add_span(a, b, sid)


# "các đồng chí" before a title ("Ủy viên …"), not before a phrase ("các đồng chí trong Ban …").
_GROUP_HONORIFIC = row("a group's honorific")


def _group_label(text: str) -> str:
    """A group as shown: "Các đồng chí Ủy viên Thường trực HĐND tỉnh" → "Ủy viên Thường trực HĐND
    tỉnh", "đại diện Ban…" → "Đại diện Ban…" (the span stays on the words of the text)."""
    m = _GROUP_HONORIFIC.match(text)
    if m and text[m.end() : m.end() + 1].isupper():
        text = text[m.end() :]
    return text[:1].upper() + text[1:]


# A credit in initials: "N.Đ.T", "H.Gia", "T. Lợi".
_INITIALS = re.compile(r"(?:[^\W\d_][^\W\d_]?\.\s?)+[^\W\d_]+")


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


class _Intervals:
    """Spans merged and sorted, for overlap tests by bisection."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for a, b in sorted(spans):
            if merged and a <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], b))
            else:
                merged.append((a, b))
        self.spans = merged
        self.starts = [a for a, _ in merged]

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect_right(self.starts, end - 1) - 1
        return k >= 0 and self.spans[k][1] > start


class _Scanner:
    """Reads one sentence's tokens left to right and records hits on the extractor."""

    def __init__(self, ex: _Extractor, sid: int, toks: list[Token], gaps: list[str], caps: bool) -> None:
        self.ex = ex
        self.sid = sid
        self.toks = toks
        self.gaps = gaps
        self.caps = caps
        self.n = len(toks)
        self.hits: list[_Hit] = []
        self.list_roles: list[str] | None = None
        self.apposed: tuple[int, list[str]] | None = None  # roles said before ", ông NAME" at that token
        self.bare_chain: list[_Hit] = []

    # -- token tests ------------------------------------------------------------------------------
    def _match(self, i: int, seqs: tuple[tuple[str, ...], ...]) -> int:
        first = self.toks[i].low
        if first not in _FIRST_WORDS:
            return 0
        for seq in seqs:
            k = len(seq)
            if (
                seq[0] == first
                and i + k <= self.n
                and all(self.toks[i + m].low == seq[m] for m in range(1, k))
                and all(SPACE.fullmatch(self.gaps[i + m]) or self.gaps[i + m] == "/" for m in range(k - 1))
            ):
                return k
        return 0

    def academic(self, i: int) -> int:
        """How many tokens of short degrees ("PGS.TS", "ThS.") start at i, before a name."""
        j = i
        while j < self.n and self.toks[j].low in _ACADEMIC and self.toks[j].cap:
            if j > i and not re.fullmatch(r"\.\s?|\s", self.gaps[j - 1]):
                break
            j += 1
        if j == i or j >= self.n or self.toks[j].shape != "T":
            return 0
        return j - i if re.fullmatch(r"\.?\s", self.gaps[j - 1]) else 0

    def honorific(self, i: int) -> int:
        k = self._match(i, HONORIFICS)
        if not k:
            return self.academic(i)
        t = self.toks[i]
        if t.cap and t.low not in ("ông", "bà", "đồng", "đ"):
            # "Anh Sơn", "Cô Tô", "Chú …": capitalised, these start place names as often as not
            e = title_run(self.toks, self.gaps, i + k) if i + k < self.n else i + k
            if e - (i + k) < 2:
                return 0
        if i > 0 and SPACE.fullmatch(self.gaps[i - 1]):
            prev = self.toks[i - 1].low
            # "gia đình ông A": the family of someone (the patterns' "family visited" row);
            # "gia đình bà B" is read as the mother visited at home, and no honorific here
            family = prev == "đình" and i > 1 and self.toks[i - 2].low == "gia" and t.low != "bà"
            if _place_at(self.toks, i - 1) and not family:
                return 0  # "phố Ông Ích Khiêm", "đường Bà Triệu"
            if prev in _NOT_BEFORE_HONORIFIC:
                return 0  # "trẻ em …", "nước Anh", "ông bà …"
        if i + k < self.n and not SPACE.fullmatch(self.gaps[i + k - 1]):
            return 0
        if i + k < self.n:
            e = title_run(self.toks, self.gaps, i + k)
            run = [tok.text for tok in self.toks[i + k : e]]
            places = self.ex.places
            if run and (
                name_key(" ".join(run)) in places
                or name_key(" ".join([t.text, *run])) in places
                or name_key(" ".join([t.text, *run[:1]])) in places
            ):
                return 0  # "Bà Rịa Vũng Tàu", "em Quảng Nam"
        return k

    def separator_before(self, i: int) -> bool:
        if i == 0:
            return True
        g = self.gaps[i - 1]
        return bool(re.search(r"[;:,(]", g)) or self.toks[i - 1].low in ("và", "cùng", "với")

    def span(self, a: int, b: int) -> tuple[int, int]:
        return self.toks[a].start, self.toks[b - 1].end

    def words(self, a: int, b: int) -> str:
        return " ".join(t.text for t in self.toks[a:b])

    def roles_text(self, parts: list[tuple[int, int]]) -> list[str]:
        """The roles' words; a rank, degree or religious title alone ("Đại tá", "Tiến sĩ",
        "Hòa thượng") says who someone is, not an office they hold, and is no role."""
        out = []
        for a, b in parts:
            if b > a and not is_title(self.toks, a, b):
                out.append(text_of(self.toks, self.gaps, a, b))
        return out

    # -- recording --------------------------------------------------------------------------------
    def add_name(self, a: int, b: int, lead: int, seg_end_tok: int, roles: list[str]) -> None:
        if self.apposed is not None and self.apposed[0] == lead:
            roles = [*self.apposed[1], *roles]
            self.apposed = None
        shared = self.list_roles
        if shared and self.separator_before(lead):
            # "Các đồng chí Ủy viên Bộ Chính trị: đồng chí A, ROLE; Bí thư … B": the role before the
            # colon is every item's, whatever the item opens with
            roles = [*shared, *(r for r in roles if r not in shared)]
        s, e = self.span(a, b)
        name = self.ex.written(s, e)
        if self.caps:
            name = " ".join(title_case(w) for w in name.split())
        h = _Hit(
            "name",
            self.sid,
            s,
            e,
            self.toks[lead].start,
            self.toks[max(seg_end_tok, b) - 1].end,
            name,
            list(roles),
            absent=self.not_here(lead),
            aside=self.said_aside(lead),
            visited=self._before(_VISITED_BEFORE, lead),
            acted_for=self.on_behalf_of(lead),
        )
        self.hits.append(h)

    def add_role_only(self, a: int, b: int, lead: int, roles: list[str]) -> None:
        s, e = self.span(a, b)
        self.hits.append(_Hit("role", self.sid, s, e, self.toks[lead].start, e, "", roles))

    # -- patterns ---------------------------------------------------------------------------------
    def roles_after(self, b: int) -> tuple[list[str], int]:
        """Roles after a name: " - ROLE", ", ROLE", " (ROLE)"; ([], b) when none."""
        if b >= self.n:
            return [], b
        g = self.gaps[b - 1]
        if DASH.fullmatch(g) or COMMA.fullmatch(g) or re.fullmatch(r"\s*\(\s*", g):
            rs = self.role_at(b)
            if rs is not None:
                return self.roles_text(rs.parts), rs.end
        return [], b

    def role_at(self, b: int) -> RoleScan | None:
        """The roles at b, where a separator after a name leaves room for them: a capitalised
        head, or a lower-case one with its office after it ("chủ tịch Hội Phụ nữ xã Diễn Thịnh";
        papers do not always capitalise, but a bare "chủ tịch" is no role to show)."""
        if head_len(self.toks, b):
            return scan_roles(self.toks, self.gaps, b)
        h = head_len(self.toks, b, lower=True)
        if not h or self.toks[b].cap:
            return None
        rs = scan_roles(self.toks, self.gaps, b, lower=True)
        # "thường trực Ban Bí thư": a head that names its body in capitals is an office whole
        whole = any(t.cap for t in self.toks[b + 1 : b + h])
        return rs if rs.parts[0][1] > b + h or whole else None

    def name_then_roles(self, a: int, b: int, lead: int, shared: list[str] | None) -> int:
        roles, end = self.roles_after(b)
        self.add_name(a, b, lead, end, [*(shared or []), *roles])
        if shared is not None:
            # "Trần Báu Hà, Nguyễn Hồng Lĩnh - Phó Chủ tịch UBND tỉnh": names joined by a comma
            # or "và" share the role written after the last of them
            hit = self.hits[-1]
            chain = self.bare_chain
            if chain and not re.fullmatch(r"\s*(?:,|và)\s*", self.ex.vt[chain[-1].seg_end : hit.seg_start]):
                chain = []
            if roles:
                for h in chain:
                    h.roles.extend(roles)
                self.bare_chain = []
            else:
                self.bare_chain = [*chain, hit]
        return end

    def bare_title_at(self, b: int) -> bool:
        """Is a title with no office after the name at b ("Ông A, giám đốc, cho biết", "Ông B, già
        làng ở thôn …")? It is no role to show, but says the person holds one."""
        if b >= self.n or not (DASH.fullmatch(self.gaps[b - 1]) or COMMA.fullmatch(self.gaps[b - 1])):
            return False
        if self._match(b, HONORIFICS) and self.toks[b].low not in _PLAIN_HONORIFICS:
            return True  # the village elder's title, said after the name
        return head_len(self.toks, b, lower=True) > 0

    def not_here(self, lead: int) -> bool:
        """Does the mention starting at token `lead` follow words that say its holder is not at
        the event ("thừa ủy quyền của", "thay", "đối với", "cố")?"""
        start = self.toks[lead].start
        if _NOT_HERE_BEFORE is None:
            return False
        return _NOT_HERE_BEFORE.search(self.ex.vt, max(self.toks[0].start, start - 120), start) is not None

    def _before(self, pattern: re.Pattern[str] | None, lead: int) -> bool:
        """Do the words before the mention starting at token `lead` match `pattern`?"""
        if pattern is None:
            return False
        start = self.toks[lead].start
        return pattern.search(self.ex.vt, max(self.toks[0].start, start - 120), start) is not None

    def said_aside(self, lead: int) -> bool:
        """Does the mention starting at token `lead` follow words that say nothing of its holder's
        presence ("theo lời mời của")?"""
        return self._before(_ASIDE_BEFORE, lead)

    def on_behalf_of(self, lead: int) -> bool:
        """Does the mention starting at token `lead` follow "thừa ủy quyền của", "thay mặt" …?"""
        start = self.toks[lead].start
        return _ON_BEHALF.search(self.ex.vt, max(self.toks[0].start, start - 40), start) is not None

    def role_phrase(self, i: int, lead: int, plural: bool = False, lower: bool = False) -> int:
        """A role head at i: role before a name, a shared role before a colon, a group, or the
        role alone."""
        rs = scan_roles(self.toks, self.gaps, i, lower)
        parts = list(rs.parts)
        if not plural and self.on_behalf_of(lead):
            # "Thừa ủy quyền của Chủ tịch nước, Phó Chủ tịch UBND tỉnh Mai Xuân Liêm trao …": the
            # first role is the authority acted for, neither a role of the one who acts after it
            # nor a mention of its holder among the attendees
            a, b = parts[0]
            found = self.trailing_name(a, b)
            if found is not None:
                r, k = found  # "… của Chủ tịch nước Võ Văn Thưởng, …": named, and absent
                self.add_name(r + k, b, lead, b, self.roles_text([(a, r + k)]))
            return parts[1][0] if len(parts) > 1 else b
        for p, (a, b) in enumerate(parts):
            found = self.trailing_name(a, b)
            if found is None:
                continue
            r, k = found
            roles_parts = [*parts[:p], (a, r + k)]
            if p and lead > 0 and self.toks[lead - 1].low in _MEETS:
                # "Tiếp Thủ tướng Campuchia, Bí thư Thành ủy A nói": the office right after the verb
                # is the one met, who is not A
                roles_parts = [(a, r + k)]
            roles = self.roles_text([x for x in roles_parts if x[1] > x[0]])
            self.add_name(r + k, b, lead, b, roles)
            if plural:
                self.list_roles = roles
            if p < len(parts) - 1:
                later = parts[p + 1 :]
                if self.apposition(later):
                    # "Tiến sĩ Lê Thị Hồng Vân, Hiệu trưởng Trường Đại học Vinh": the roles
                    # after the name are the same person's
                    self.hits[-1].roles.extend(self.roles_text(later))
                    self.hits[-1].seg_end = self.toks[rs.end - 1].end
                    return rs.end
                # "Chủ tịch Trung Quốc Tập Cận Bình, Thủ tướng Nhật Bản Shinzo Abe": the roles
                # after the name open the next phrase (someone else's)
                return parts[p + 1][0]
            # "Chủ tịch UBND tỉnh Nguyễn Văn A - Phó Bí thư Tỉnh ủy"
            more, end = self.roles_after(b)
            if more:
                self.hits[-1].roles.extend(more)
                self.hits[-1].seg_end = self.toks[end - 1].end
                return end
            return rs.end
        end = rs.end
        titled = self.titled_name(parts, end, lead)
        if titled is not None:
            return titled
        roles = self.roles_text(parts)
        listed = end < self.n and (self.toks[end].cap or self._match(end, HONORIFICS) > 0)
        if listed and ":" in self.gaps[end - 1]:
            self.list_roles = roles
            return end
        if plural:
            s, e = self.toks[lead].start, self.toks[end - 1].end
            self.ex.groups.append((self.ex.vt[s:e], s, e, self.sid))
            return end
        if end < self.n and COMMA.fullmatch(self.gaps[end - 1]) and self.honorific(end) and roles:
            # "Nguyên Thủ tướng Italy, ông Enrico Letta …", "Giám đốc Sở Y tế, bà Lê Thị A, …":
            # the role is said first, then who holds it
            self.apposed = (end, roles)
            return end
        self.add_role_only(i, end, lead, roles)
        return end

    def lower_title(self, i: int) -> int:
        """A title in lower case right before a name ("đại biểu Nguyễn Thị Thanh Tâm", "cựu chiến
        binh Lê Văn Tạo"); returns where it ends, 0 when no name follows (alone, "đại biểu",
        "thành viên" are common words, or open a group)."""
        h = head_len(self.toks, i, lower=True)
        if self.toks[i + h - 1].low == "trưởng":
            return 0  # "tăng trưởng Quảng Trạch": "-trưởng" titles are heads only when capitalised
        a, b = scan_roles(self.toks, self.gaps, i, lower=True).parts[0]
        found = self.trailing_name(a, b)
        if found is None:
            return 0
        r, k = found
        said = self.roles_text([(a, r + k)])
        if said and r + k - a == h:
            said = [said[0][:1].upper() + said[0][1:]]  # a bare head is shown as titles are written
        more, end = self.roles_after(b)
        self.add_name(r + k, b, i, end, [*said, *more])
        return end

    def apposition(self, parts: list[tuple[int, int]]) -> bool:
        """Are these roles, after a comma behind a name, the name's own: none of them ends in a
        name of its own, and none is a bare head of a plural ("Giám đốc các sở")?"""
        for a, b in parts:
            if self.trailing_name(a, b) is not None:
                return False
            if b - a == head_len(self.toks, a) and b < self.n and self.toks[b].low in ("các", "những"):
                return False
        return True

    def titled_name(self, parts: list[tuple[int, int]], end: int, lead: int) -> int | None:
        """The role ran up to a name with roles of its own: "Thiếu tướng Phạm Thế Tùng - Giám đốc
        Công an tỉnh", "Chủ tịch UBND tỉnh Lê Văn An - Phó Bí thư Tỉnh ủy", "Bí thư Huyện ủy Nam
        Đàn Nguyễn Văn Hải - …". The name gets both; returns where its roles end (None: no name)."""
        if not parts or end >= self.n or not SPACE.fullmatch(self.gaps[end - 1]):
            return None
        e = name_dash_at(self.toks, self.gaps, end)
        if not e:
            return None
        a = parts[-1][0]
        found = self.trailing_name(a, e)
        if found is None:
            return None
        r, k = found
        roles = self.roles_text([*parts[:-1], (a, r + k)])
        more, after = self.roles_after(e)
        self.add_name(r + k, e, lead, after, [*roles, *more])
        return after

    def trailing_name(self, a: int, b: int) -> tuple[int, int] | None:
        """A name at the end of role tokens [a, b): (run start r, offset k of the name in it)."""
        head_end = a + (head_len(self.toks, a) or head_len(self.toks, a, lower=True))
        r = b
        while (
            r - 1 >= head_end
            and self.toks[r - 1].shape == "T"
            and (r == b or SPACE.fullmatch(self.gaps[r - 1]))
        ):
            r -= 1
        # the run must be joined to what precedes by a space, and hold two words at least
        if b - r < 2:
            return None
        words = [self.toks[k].text for k in range(r, b)]
        expect_name = r == head_end
        prev = self.toks[r - 1]
        after_unit = prev.low in UNIT_WORDS or prev.shape == "U"
        unit = prev.low if prev.low != "ủy" or r < 2 else self.toks[r - 2].low
        open_place = after_unit and unit not in ("tỉnh", "ubnd", "hđnd", "bộ")
        places = self.ex.places
        k, margin = split_run(words, after_unit, expect_name, places=places, open_place=open_place)
        if name_key(" ".join(words)) in HISTORICAL:
            return (r, 0) if expect_name or not after_unit else None  # "Chủ tịch Hồ Chí Minh"
        if margin < 2.0 and self.ex.use_ner and not self.caps and self.sid not in self.ex.related:
            bonus = self.ner_bonus(r, b)
            if bonus:
                k, margin = split_run(words, after_unit, expect_name, bonus, places, open_place)
        if k >= len(words):
            return None
        if k == 0 and len(words) >= 3 and not any(_syllable(w) for w in words) and self._after_org(r):
            k = 1  # "Công ty Mitsui Tasuo Yasunaga": a body's noun wants its name before the person's
        if b - (r + k) < 2:
            return None
        return r, k

    def _after_org(self, r: int) -> bool:
        """Does an organisation noun ("Công ty", "Tập đoàn") end right before token r?"""
        return any(org_noun_len(self.toks, self.gaps, j) == r - j for j in range(max(0, r - 3), r))

    def ner_bonus(self, r: int, b: int) -> dict[int, float]:
        words, base = self.ex.ner_for(self.sid, self.toks[r].start, self.toks[b - 1].end)
        if not words:
            return {}
        bonus: dict[int, float] = {}
        for k in range(r, b - 1):
            label = _ner_label(words, self.toks[k].start - base, self.toks[b - 1].end - base)
            if label == "PER":
                bonus[k - r] = 2.0
            elif label in ("LOC", "ORG"):
                bonus[k - r] = -2.0
        label = _ner_label(words, self.toks[r].start - base, self.toks[b - 1].end - base)
        if label in ("LOC", "ORG"):
            bonus[b - r] = 2.0
        return bonus

    def name_start(self, i: int, e: int) -> int | None:
        """Where the name starts in the run [i, e) before " - ROLE" (None: not a name)."""
        s = i
        if self.toks[s].low in ("ông", "bà", "anh", "chị") and e - s > 2:
            s += 1
        words = [t.text for t in self.toks[s:e]]
        if len(words) > 3 or words[0].casefold() in NOT_NAME_FIRST:
            k, _ = split_run(words, after_unit=False, expect_name=True, places=self.ex.places)
            if (
                k > 0
                and len(words) <= MAX_NAME
                and self.separator_before(i)
                and words[0].casefold() not in NOT_NAME_FIRST
                and name_key(" ".join(words[:k])) not in self.ex.places
            ):
                k = 0  # "; Y Ngông Niê Kđăm - …": a list item is a name whole, unless it opens with a place
            s += k
        if e - s < 2:
            return None
        if s == i and i > 0 and SPACE.fullmatch(self.gaps[i - 1]):
            prev = self.toks[i - 1]
            if _place_at(self.toks, i - 1) or prev.shape == "U" or prev.low in UNIT_WORDS:
                return None
        if name_key(self.words(s, e)) in self.ex.places:
            return None
        return s

    def comma_name_ok(self, s: int, e: int) -> bool:
        """Is "NAME, ROLE" with nothing in front a name? By its shape, or by the model."""
        words = [t.text for t in self.toks[s:e]]
        if words[0].casefold() in NOT_NAME_FIRST or name_key(" ".join(words)) in self.ex.places:
            return False
        if s > 0 and _place_at(self.toks, s - 1):
            return False
        if name_score(words, [], self.ex.places) >= 2.5:
            return True
        if not self.ex.use_ner or self.caps:
            return False
        ner, base = self.ex.ner_for(self.sid, self.toks[s].start, self.toks[e - 1].end)
        return _ner_label(ner, self.toks[s].start - base, self.toks[e - 1].end - base) == "PER"

    def group_at(self, i: int, cue: int = 2) -> int:
        """A group ("đại diện …", "lãnh đạo …", "các đồng chí trong …") in a list of who
        attended, its cue `cue` words long; returns its end."""
        j = i + cue
        while j < self.n:
            g = self.gaps[j - 1]
            t = self.toks[j]
            if _HARD_STOP.search(g):
                break
            if ("," in g or t.low == "và") and self._group_cue(j + (t.low == "và")):
                break
            if "," in g and self._match(j, HONORIFICS):
                break  # "Đại diện Ban lãnh đạo Hội, đồng chí A, …": the one who represents it
            counted = _DIGIT.search(g) if "," in g else t.low == "và" and _DIGIT.search(self.gaps[j])
            if counted:
                break  # "lãnh đạo các huyện và 248 người có uy tín": a head count starts another group
            if (
                t.low in _GROUP_STOP_WORDS
                and not t.cap
                and not (t.low == "có" and self.toks[j - 1].low == "người")
                and not is_compound_tail(self.toks, self.gaps, j)
            ):
                break  # but "người có uy tín", "người có công", "Ban Quản lý dự án" are who the group is
            j += 1
        if j - i > cue:
            s, e = self.toks[i].start, self.toks[j - 1].end
            self.ex.groups.append((self.ex.vt[s:e], s, e, self.sid))
        return j

    def _group_cue(self, i: int) -> bool:
        if i + 1 >= self.n:
            return False
        pair = (self.toks[i].low, self.toks[i + 1].low)
        if pair == ("đại", "biểu"):
            # "đại biểu HĐND tỉnh", "đại biểu Quốc hội": delegates of a body; not "đại biểu thảo luận"
            return i + 2 < self.n and self.toks[i + 2].cap and SPACE.fullmatch(self.gaps[i + 1]) is not None
        return (
            pair in (("đại", "diện"), ("lãnh", "đạo"), ("thủ", "trưởng"))
            or self._match(i, PLURAL_HONORIFICS) > 0
        )

    # -- the loop ---------------------------------------------------------------------------------
    # -- the shapes, tried in the order of patterns.SHAPES -----------------------------------------
    def shape_plural_list(self, i: int) -> int | None:
        """ "các đồng chí: …", "các đồng chí Phó Chủ tịch HĐND tỉnh: …", "các đồng chí trong …"."""
        toks, n = self.toks, self.n
        k = self._match(i, PLURAL_HONORIFICS)
        if not k:
            return None
        j = i + k
        if j < n and ":" in self.gaps[j - 1]:
            self.list_roles = []
            return j
        if j < n and head_len(toks, j):
            return self.role_phrase(j, i, plural=True)
        if j < n and toks[j].shape == "T" and title_run(toks, self.gaps, j) - j >= 2:
            self.list_roles = []
            return j
        if j < n and SPACE.fullmatch(self.gaps[j - 1]) and toks[j].low in _GROUP_LINKS:
            return self.group_at(i, k + 1)  # "các đồng chí trong Ban Thường vụ Tỉnh ủy"
        return j

    def shape_honorific(self, i: int) -> int | None:
        """ "đồng chí / ông / bà NAME - ROLE", "ông ROLE NAME", "ông Sơn" (a given name alone)."""
        toks, n = self.toks, self.n
        k = self.honorific(i)
        if not k or i + k >= n:
            return None
        j = i + k
        if head_len(toks, j):
            return self.role_phrase(j, i)
        if toks[j].shape != "T":
            return None
        e = title_run(toks, self.gaps, j)
        while (
            e + 1 < n
            and toks[e].low in _NAME_PARTICLES
            and not toks[e].cap
            and toks[e + 1].shape == "T"
            and SPACE.fullmatch(self.gaps[e - 1])
            and SPACE.fullmatch(self.gaps[e])
        ):
            e = title_run(toks, self.gaps, e + 1)  # "ông Valerio de Molli", "bà Ursula von der Leyen"
        if e - j == 1:
            if not (e < n and toks[e].shape == "U"):
                s, en = self.span(j, e)
                self.hits.append(_Hit("short", self.sid, s, en, toks[i].start, en, toks[j].text))
            return e
        b = j + min(e - j, 4)
        if e - j == 5 and e < n and head_len(toks, e) and DASH.fullmatch(self.gaps[e - 1]):
            b = e  # "đồng chí Y Thanh Hà Niê Kđăm - …": anchored on both sides
        end = self.name_then_roles(j, b, i, None)
        hit = self.hits[-1]
        if toks[i].low in _PLAIN_HONORIFICS and not hit.roles and not self.bare_title_at(b):
            hit.plain = True
        return end

    def shape_name_first(self, i: int) -> int | None:
        """A list item "NAME - ROLE" after a colon, and "NAME - ROLE", "NAME (ROLE)", "NAME, ROLE"."""
        toks, n = self.toks, self.n
        if toks[i].shape != "T":
            return None
        e = title_run(toks, self.gaps, i)
        listed = self.list_roles is not None and self.separator_before(i) and not head_len(toks, i)
        if listed and e - i >= 2:
            b = i + min(e - i, 4)
            if e - i == 5 and e < n and head_len(toks, e) and DASH.fullmatch(self.gaps[e - 1]):
                b = e
            return self.name_then_roles(i, b, i, self.list_roles)
        if e - i >= 2 and e < n and self.role_at(e) is not None:
            g = self.gaps[e - 1]
            if DASH.fullmatch(g) or re.fullmatch(r"\s*\(\s*", g):
                s = self.name_start(i, e)
                if s is not None:
                    return self.name_then_roles(s, e, s, None)
            elif COMMA.fullmatch(g) and self.separator_before(i):
                s = self.name_start(i, e)
                if s is not None and self.comma_name_ok(s, e):
                    return self.name_then_roles(s, e, s, None)
        return None

    def shape_role_first(self, i: int) -> int | None:
        """ "Chủ tịch UBND tỉnh NAME", a shared role before a colon, or the role alone."""
        return self.role_phrase(i, i) if head_len(self.toks, i) else None

    def shape_lower_title(self, i: int) -> int | None:
        """A title in lower case right before a name ("đại biểu NAME", "cựu chiến binh NAME")."""
        t = self.toks[i]
        if t.cap or t.low not in HEAD_FIRST or not head_len(self.toks, i, lower=True):
            return None
        return self.lower_title(i) or None

    def shape_plural_role(self, i: int) -> int | None:
        """ "các Phó Chủ tịch UBND tỉnh: A, B", "các thành viên UBND tỉnh": many holders of a role."""
        toks = self.toks
        if toks[i].low != "các" or i + 1 >= self.n or self._group_cue(i + 1) or not self.role_at(i + 1):
            return None
        return self.role_phrase(i + 1, i, plural=True, lower=not toks[i + 1].cap)

    def shape_group(self, i: int) -> int | None:
        """ "đại diện lãnh đạo các sở …", "lãnh đạo …" in a list of who attended (or opening it)."""
        t = self.toks[i]
        if (
            (not t.cap or (i == 0 and self.sid in self.ex.attend_own))
            and i + 1 < self.n
            and self._group_cue(i)
            and (self.separator_before(i) or self.toks[i - 1].low in ("có", "các"))
        ):
            return self.group_at(i)
        return None

    def scan(self) -> None:
        """Try the shapes of patterns.SHAPES at each token, in order; the first that reads
        something there says where to go on. A lower-case word no shape reads ends a list."""
        rules = [getattr(self, f"shape_{shape.method}") for shape in SHAPES]
        toks, n = self.toks, self.n
        i = 0
        while i < n:
            for rule in rules:
                nxt = rule(i)
                if nxt is not None and nxt > i:
                    i = nxt
                    break
            else:
                t = toks[i]
                if not t.cap and t.low not in _LIST_GOES_ON:
                    self.list_roles = None
                i += 1
        self.carry_absence()
        self.mark_chairs()
        self.ex.hits.extend(self.hits)

    def carry_absence(self) -> None:
        """A cue before a list governs the list: "thăm gia đình ông A - …, ông B - …" names two
        who are not there, as "thay ông A, ông B" would ("lời mời của A và B" two hosts)."""
        named = sorted((h for h in self.hits if h.kind == "name"), key=lambda h: h.seg_start)
        for prev, h in pairwise(named):
            joined = _LIST_JOIN.fullmatch(self.ex.vt, prev.seg_end, h.seg_start)
            if prev.absent and not prev.acted_for and not h.absent and joined:
                h.absent = True
            if prev.aside and joined:
                h.aside = True
            if prev.visited and joined:
                h.visited = True

    def mark_chairs(self) -> None:
        if not self.hits:
            return
        vt = self.ex.vt
        a = self.toks[0].start
        b = self.toks[-1].end
        hits = sorted(self.hits, key=lambda h: h.seg_start)
        for m in _CHAIR.finditer(vt, a, b + 1):
            cs, ce = m.start(), m.end()
            before = [h for h in hits if h.seg_end <= cs and h.kind != "short"]
            if before and _CHAIN_BACK.fullmatch(vt, before[-1].seg_end, cs):
                chain = [before[-1]]
                # "…; B - Chủ tịch HĐND huyện, chủ trì hội nghị": after a comma the clause is the
                # last item's alone; "A - …; B - … đồng chủ trì" (or "đồng chủ trì" after a comma) all
                own = "," in vt[before[-1].seg_end : cs] and not m.group().lower().startswith("đồng")
                for h in [] if own else reversed(before[:-1]):
                    if _CHAIN_LINK.fullmatch(vt, h.seg_end, chain[-1].seg_start):
                        chain.append(h)
                    else:
                        break
                if m.group("run_by") and not _RUN_BY.search(vt, a, chain[-1].seg_start):
                    continue
                for h in chain:
                    h.chair = True
                continue
            after = [h for h in hits if h.seg_start >= ce and h.kind != "short"]
            if (
                after
                and _FRONTED_BEFORE.fullmatch(vt, a, cs)
                and _FRONTED_AFTER.fullmatch(vt, ce, after[0].seg_start)
            ):
                after[0].chair = True
                continue
            if after and _CHAIN_FWD.fullmatch(vt, ce, after[0].seg_start):
                chain = [after[0]]
                for h in after[1:]:
                    if _CHAIN_LINK.fullmatch(vt, chain[-1].seg_end, h.seg_start):
                        chain.append(h)
                    else:
                        break
                for h in chain:
                    h.chair = True
