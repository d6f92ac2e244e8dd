"""Who attended the event an article reports: the extractor behind `extract_people`.

It reads the article's places (so that "huyện Lương Sơn" is no person), its photo credits
(credits.py), which sentences say who attended (a row of the ``event`` kind in the sentence or its
paragraph) and which tell of another occasion (occasions.py); then each sentence goes through the
scanner (people_scan.py), and the hits are put together: who attended, with their roles and
chairs, who is only mentioned, the groups, and the names no pattern reached (by their shape, or by
the NER model, ner.py).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field

from tui.language.credits import Credits, read_credits
from tui.language.lexicon import table
from tui.language.names import (
    HISTORICAL,
    NOT_NAME_FIRST,
    PLACES,
    SURNAMES,
    TextView,
    Token,
    name_key,
    name_score,
    normalize,
    tokenize,
)
from tui.language.names import (
    syllable as _syllable,
)
from tui.language.ner import ner_label, ner_words
from tui.language.occasions import other_occasions, tells_of_a_gathering
from tui.language.offices import (
    BIGRAMS,
    SPACE,
    is_compound_tail,
    recase_caps,
    role_key,
    roles_match,
    title_run,
)
from tui.language.patterns import compiled as _compiled
from tui.language.patterns import row
from tui.language.people import Group, Mention, People, Person, Photographer
from tui.language.people_scan import Hit, Scanner, place_at
from tui.reading.model import Article

__all__ = ["Extractor"]

# Which sentences say who attended (the ``event`` rows): there, or in their paragraph, a name attends.
_ATTEND = _compiled("event", "sentence")
# "<gathering> do A chủ trì": the clause that names whose gathering it is.
_BY_DO = _compiled("owner", "before")
# The kind of a gathering named, and the chair cue right after "<gathering> do A".
_GATHERING_KIND = row("whose gathering: its kind")
_CHAIRS_NEXT = row("whose gathering: the chair next")
# After a name said only as "ông"/"bà" …, the words of someone who speaks in the report.
_SPEAKS = _compiled("speaker", "after")
# A place's name after its unit ("huyện Lương Sơn", "TP. Vinh"): the units are a list of the data.
_PLACE_UNITS = "|".join(re.escape(row[0]) for row in table("people_words") if row[1] == "place unit")
_PLACE_AFTER_UNIT = re.compile(
    rf"(?<![^\W\d_])(?P<unit>{_PLACE_UNITS})\s+"
    r"(?P<run>[^\W\d_a-zđ][^\W\d_]*(?:['’][^\W\d_]+)?(?:\s[^\W\d_a-zđ][^\W\d_]*(?:['’][^\W\d_]+)?){0,3})"
    r"(?![^\W\d_'’])"
)
# Units whose places the lists hold (a province): "… tỉnh Trần Văn Thịnh" is an office's holder.
_CLOSED_UNITS = frozenset(row[0] for row in table("people_words") if row[1] == "closed unit")
# Right before a unit, an acronym in capitals or these words make it an office's ("UBND huyện …",
# "Ủy ban nhân dân tỉnh …"), with maybe a name next, not a place.
_OFFICE_BEFORE_UNIT = re.compile(
    r"(?:[A-ZĐ]{2,}|"
    + "|".join(re.escape(row[0]) for row in table("people_words") if row[1] == "office before a unit")
    + r")\s*$"
)
# "đường Hồ Xuân Hương và Trần Phú": after the word that joins a list's last item, the list goes on.
_AND = frozenset(row[0] for row in table("people_words") if row[1] == "and")
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
# Said after a mention's roles: its holder has left ("… nghỉ hưu"), or is the paper's source.
_NOT_HERE_AFTER = _compiled("mention", "after")
_ASIDE_AFTER = _compiled("aside", "after")


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


class Extractor:
    """One article's extraction: `run()` reads it and returns its `People`."""

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
        self.photographers: Credits = {}
        self.groups: list[tuple[str, int, int, int]] = []
        self.hits: list[Hit] = []
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
        self.photographers, excluded = read_credits(self.article, self.view)
        self.excluded.extend(excluded)

    # -- scanning ---------------------------------------------------------------------------------
    def find_places(self) -> None:
        """Places the article names outside any office ("tại huyện Lương Sơn", "xã Nghi Phong"):
        after "UBND huyện" the same words are then known to be a place, not a person."""
        found: set[str] = set()
        for m in _PLACE_AFTER_UNIT.finditer(self.vt):
            if m.group("unit") in _CLOSED_UNITS:
                continue  # every province is known already; "… tỉnh Trần Văn Thịnh" is an office's holder
            before = self.vt[max(0, m.start() - 12) : m.start()]
            if _OFFICE_BEFORE_UNIT.search(before):
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
        self.elsewhere, self.opening_text = other_occasions(self.vt, self.sent, self.block_of)
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
            Scanner(self, sid, toks, gaps, caps).scan()
        return self.assemble()

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
        if not tells_of_a_gathering(self.vt, self.sent):
            # a report of no event (a crime, a price, a statement to the press): nobody attended
            for k in list(main):
                gone.add(k)
        # Someone said not to be there ("đối với đồng chí A …") is not there when named again
        # ("đồng chí A chịu trách nhiệm …"), unless a sentence of who attended says otherwise.
        for k in gone - seen_there:
            _set_aside(main, other, k)
        _join_given_names(main, other, citizens)
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

    def _speaks(self, h: Hit) -> bool:
        """Does someone named as "ông"/"bà" speak in the report ("ông A (60 tuổi) bộc bạch")? A
        speaker quoted in the report is there, as the one who petitions at a meeting is."""
        found = self.by_id.get(h.sid)
        if _SPEAKS is None or found is None:
            return False
        return _SPEAKS.match(self.vt[h.seg_end : min(found[2], h.seg_end + 80)]) is not None

    def _not_here_after(self, h: Hit) -> bool:
        """Do the words after the mention's roles say its holder has left ("… nghỉ hưu", "… thôi
        tham gia Ban Chấp hành")?"""
        found = self.by_id.get(h.sid)
        if _NOT_HERE_AFTER is None or found is None:
            return False
        return _NOT_HERE_AFTER.match(self.vt[h.seg_end : min(found[2], h.seg_end + 60)]) is not None

    def _chairs_one_named(self, h: Hit) -> bool:
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

    def _aside_after(self, h: Hit) -> bool:
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
                if ner_label(words, cs - base, ce - base) == "PER":
                    out.append((name, cs, ce, sid))
        return out

    @staticmethod
    def _place_run(toks: list[Token], gaps: list[str], i: int, e: int) -> bool:
        """Does the run at i name a place after a noun that says so ("đường", "huyện", "xã")?"""
        return i > 0 and SPACE.fullmatch(gaps[i - 1]) is not None and place_at(toks, i - 1)

    @staticmethod
    def _listed_after(toks: list[Token], gaps: list[str], place_end: int, i: int) -> bool:
        """Is the run at i the next item of a list whose last item (ending at place_end) was a place?"""
        if place_end < 0:
            return False
        if i == place_end:
            return re.fullmatch(r"\s*,\s*", gaps[i - 1]) is not None
        return i == place_end + 1 and toks[place_end].low in _AND and SPACE.fullmatch(gaps[i - 1]) is not None

    def _residual(self, toks: list[Token], gaps: list[str], i: int, e: int) -> tuple[int, int] | None:
        s = i
        while s < e and toks[s].low in NOT_NAME_FIRST:
            s += 1
        for k in (2, 1):  # "Mỹ Donald Trump": a country before the name
            if e - (s + k) >= 2 and name_key(" ".join(t.text for t in toks[s : s + k])) in self.places:
                s += k
                break
        if s > i and place_at(toks, s - 1):
            return None
        if s == i and i > 0 and SPACE.fullmatch(gaps[i - 1]) and place_at(toks, i - 1):
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


def _join_given_names(*buckets: dict[str, _Acc]) -> None:
    """ "bà Quyết Tâm", "ông Thiện Nhân": a given name of two syllables, said alone after the full
    name, is a mention of the one Vietnamese full name (surname first, three words or more) that
    ends with it, not another person; its mentions join that name's, where that name is."""
    full = [
        acc
        for bucket in buckets
        for k, acc in bucket.items()
        if len(k.split()) >= 3 and k.split()[0] in SURNAMES
    ]
    for bucket in buckets:
        for k in [k for k in bucket if len(k.split()) == 2]:
            words = k.split()
            holders = {id(acc): acc for acc in full if name_key(acc.name).split()[-2:] == words}
            if len(holders) != 1:
                continue
            holder = next(iter(holders.values()))
            short = bucket.pop(k)
            for (a, b), sid in short.spans.items():
                holder.add_span(a, b, sid)


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
