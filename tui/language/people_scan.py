"""The attendee reader's scanner: one sentence's tokens read left to right, in the shapes of
patterns.SHAPES (lists, honorific + name, name + roles, role + name, lower-case titles, groups).

Each shape is a method `Scanner.shape_<method>`; the first that reads something at a token says
where to go on. What a shape finds is recorded as a `Hit` (a name with its roles, a role alone, a
short name) on the extractor; the chair cues and the cues before a mention are rows of
patterns.py, the word lists rows of data/people_words.tsv.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING

from tui.language.lexicon import table
from tui.language.names import (
    HISTORICAL,
    MAX_NAME,
    NOT_NAME_FIRST,
    UNIT_WORDS,
    Token,
    name_key,
    name_score,
    place_noun_before,
    split_run,
    title_case,
)
from tui.language.names import (
    syllable as _syllable,
)
from tui.language.ner import ner_label
from tui.language.offices import (
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
    scan_roles,
    text_of,
    title_run,
)
from tui.language.patterns import SHAPES, row
from tui.language.patterns import compiled as _compiled

if TYPE_CHECKING:
    from tui.language.attendance import Extractor

__all__ = ["Hit", "Scanner", "place_at"]

# Who chairs ("chủ trì", "đồng chủ trì", "chủ tọa", who runs a sitting): the rows of patterns.py.
_CHAIR = _compiled("chair", "sentence")
# Who a chair cue is said of: the name(s) before it, after it, or the subject after a clause it
# fronts; "điều hành" alone only when a "do" clause hangs on a gathering (rows of patterns.py).
_RUN_BY = row("a gathering run by")
_CHAIN_BACK = row("chair after the roles")
_LIST_JOIN = row("a cue governs the list after it")
_CHAIN_LINK = row("chairs in a row")
_CHAIN_FWD = row("chairs named after the cue")
# "đồng chủ trì": the cue said of several together, the whole list before it (a row of patterns.py).
_CO_CHAIR = row("co-chaired")
# A clause fronted by the cue: before the cue only the sentence's start or a short time (this
# expression), after the gathering's name a comma (the row).
_FRONTED_BEFORE = re.compile(r"\s*(?:[^\W_][^,.;:!?]{0,30},\s*)?")
_FRONTED_AFTER = row("a clause fronted by the cue")
# Lower-case words that end an unnamed group: the sentence's verb or link goes on after it.
_GROUP_STOP_WORDS = frozenset(row[0] for row in table("people_words") if row[1] == "group stop")
_HARD_STOP = re.compile(r"[;.:!?…]")
_DIGIT = re.compile(r"\d")
# "Thừa ủy quyền của Chủ tịch nước, …", "Thay mặt Chủ tịch UBND tỉnh, …": the office (or person)
# someone acts for, right after these words, is not at the event.
_ON_BEHALF = row("on behalf of")
# Said before or after a mention, these make its holder someone not at the event (patterns.py).
_NOT_HERE_BEFORE = _compiled("mention", "before")
_ASIDE_BEFORE = _compiled("aside", "before")
_VISITED_BEFORE = _compiled("visited", "before")
# Degrees and honours written short before a name: "PGS.TS Nguyễn Văn Minh", "ThS. Lê Thị Hoa".
_ACADEMIC = frozenset(row[0] for row in table("honorifics") if row[1] == "short")


def place_at(toks: list[Token], k: int) -> bool:
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
# Before a name, the words that part it from the item before as a comma does ("…, B cùng C - …").
_ITEM_JOINERS = frozenset(row[0] for row in table("people_words") if row[1] == "item joiner")
# "A, B và C": the last item's link; names joined by a comma or by it share the role after the last.
_AND = frozenset(row[0] for row in table("people_words") if row[1] == "and")
_SHARE_ROLE_JOIN = re.compile(r"\s*(?:,|" + "|".join(re.escape(w) for w in sorted(_AND)) + r")\s*")
# Honorifics that open a name even capitalised ("Ông A", "Đồng chí B"; not "Anh Sơn", "Cô Tô").
_CAPITAL_HONORIFICS = frozenset(row[0] for row in table("people_words") if row[1] == "capital honorific")
# "gia đình ông A": a household named after its head, no place ("đình Bà …"); but "gia đình bà A"
# is the mother visited at home, named without the honorific.
_FAMILY = tuple(tuple(row[0].split()) for row in table("people_words") if row[1] == "family")
_NOT_FAMILY_HEAD = frozenset(row[0] for row in table("people_words") if row[1] == "not the family's head")
# A lower-case head ending in these is a common word ("tăng trưởng"), no title before a name.
_NOT_LOWER_TITLE_END = frozenset(
    row[0] for row in table("people_words") if row[1] == "not a lower-case title's end"
)
# After a bare head, these make it the heads of many bodies ("Giám đốc các sở").
_PLURAL_MARKERS = frozenset(row[0] for row in table("people_words") if row[1] == "plural marker")
# Before a role, many holders of it ("các Phó Chủ tịch UBND tỉnh: A, B").
_MANY_HOLDERS = frozenset(row[0] for row in table("people_words") if row[1] == "many holders")
# After these a group cue opens a group with no separator before it ("Dự có đại diện …").
_BEFORE_GROUP = frozenset(row[0] for row in table("people_words") if row[1] == "before a group")
# The two words that open an unnamed group ("đại diện", "lãnh đạo"), and those that do only before
# a body's name in capitals ("đại biểu HĐND tỉnh", not "đại biểu thảo luận").
_GROUP_CUES = frozenset(tuple(row[0].split()) for row in table("people_words") if row[1] == "group cue")
_DELEGATES_CUES = frozenset(
    tuple(row[0].split()) for row in table("people_words") if row[1] == "delegates cue"
)
# Phrases that end in a group stop word but are who the group is ("người có uy tín").
_GROUP_GOES_ON = tuple(tuple(row[0].split()) for row in table("people_words") if row[1] == "group goes on")
# "Tỉnh ủy", "Huyện ủy": a unit written after its level, which is the unit.
_BIRTH_NOTE = tuple(tuple(row[0].split()) for row in table("people_words") if row[1] == "birth note")
_AFTER_BIRTH_YEAR = re.compile(r"\s*\d{4}\s*(?:[,(]|[-–]\s)\s*")
_COMMITTEE = frozenset(row[0] for row in table("people_words") if row[1] == "committee")
# Units whose places the lists hold, or that name an office: no unlisted district's name after one.
_CLOSED_UNITS = frozenset(row[0] for row in table("people_words") if row[1] == "closed unit")


@dataclass(slots=True)
class Hit:
    """What a shape read in a sentence: a name with its roles, a role alone, or a short name."""

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


class Scanner:
    """Reads one sentence's tokens left to right and records hits on the extractor."""

    def __init__(self, ex: Extractor, sid: int, toks: list[Token], gaps: list[str], caps: bool) -> None:
        self.ex = ex
        self.sid = sid
        self.toks = toks
        self.gaps = gaps
        self.caps = caps
        self.n = len(toks)
        self.hits: list[Hit] = []
        self.list_roles: list[str] | None = None
        self.apposed: tuple[int, list[str]] | None = None  # roles said before ", ông NAME" at that token
        self.bare_chain: list[Hit] = []

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
        if t.cap and " ".join(tok.low for tok in self.toks[i : i + k]) not in _CAPITAL_HONORIFICS:
            # "Anh Sơn", "Cô Tô", "Chú …": capitalised, these start place names as often as not
            e = title_run(self.toks, self.gaps, i + k) if i + k < self.n else i + k
            if e - (i + k) < 2:
                return 0
        if i > 0 and SPACE.fullmatch(self.gaps[i - 1]):
            prev = self.toks[i - 1].low
            # "gia đình ông A": the family of someone (the patterns' "family visited" row);
            # "gia đình bà B" is read as the mother visited at home, and no honorific here
            family = any(self._spells(i - len(f), f) for f in _FAMILY) and t.low not in _NOT_FAMILY_HEAD
            if place_at(self.toks, i - 1) and not family:
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
        return bool(re.search(r"[;:,(]", g)) or self.toks[i - 1].low in _ITEM_JOINERS

    def _spells(self, a: int, phrase: tuple[str, ...]) -> bool:
        """Do the tokens from a spell `phrase` (lower case, word by word)?"""
        return a >= 0 and a + len(phrase) <= self.n and all(
            self.toks[a + m].low == w for m, w in enumerate(phrase)
        )

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
        h = Hit(
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
        self.hits.append(Hit("role", self.sid, s, e, self.toks[lead].start, e, "", roles))

    # -- patterns ---------------------------------------------------------------------------------
    def roles_after(self, b: int) -> tuple[list[str], int]:
        """Roles after a name: " - ROLE", ", ROLE", " (ROLE)"; ([], b) when none."""
        if b >= self.n:
            return [], b
        noted = self.after_birth_note(b)
        g = self.gaps[noted - 1]
        if noted > b or DASH.fullmatch(g) or COMMA.fullmatch(g) or re.fullmatch(r"\s*\(\s*", g):
            b = noted
            rs = self.role_at(b)
            if rs is not None:
                return self.roles_text(rs.parts), rs.end
        return [], b

    def after_birth_note(self, b: int) -> int:
        """Where the roles may start after a birth note at b ("A, SN 1984 (Giảng viên …)", "A (sinh
        năm 1960, Giám đốc …)"), b itself when there is none."""
        if not re.fullmatch(r"\s*[,(]\s*", self.gaps[b - 1]):
            return b
        for note in _BIRTH_NOTE:
            e = b + len(note)
            if (
                e < self.n
                and all(self.toks[b + k].low == w for k, w in enumerate(note))
                and _AFTER_BIRTH_YEAR.fullmatch(self.gaps[e - 1])
            ):
                return e
        return b

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
            if chain and not _SHARE_ROLE_JOIN.fullmatch(self.ex.vt, chain[-1].seg_end, hit.seg_start):
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
        if self.toks[i + h - 1].low in _NOT_LOWER_TITLE_END:
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
            if b - a == head_len(self.toks, a) and b < self.n and self.toks[b].low in _PLURAL_MARKERS:
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
        unit = prev.low if prev.low not in _COMMITTEE or r < 2 else self.toks[r - 2].low
        open_place = after_unit and unit not in _CLOSED_UNITS
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
            label = ner_label(words, self.toks[k].start - base, self.toks[b - 1].end - base)
            if label == "PER":
                bonus[k - r] = 2.0
            elif label in ("LOC", "ORG"):
                bonus[k - r] = -2.0
        label = ner_label(words, self.toks[r].start - base, self.toks[b - 1].end - base)
        if label in ("LOC", "ORG"):
            bonus[b - r] = 2.0
        return bonus

    def name_start(self, i: int, e: int) -> int | None:
        """Where the name starts in the run [i, e) before " - ROLE" (None: not a name)."""
        s = i
        if self.toks[s].low in _PLAIN_HONORIFICS and e - s > 2:
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
            if place_at(self.toks, i - 1) or prev.shape == "U" or prev.low in UNIT_WORDS:
                return None
        if name_key(self.words(s, e)) in self.ex.places:
            return None
        return s

    def comma_name_ok(self, s: int, e: int) -> bool:
        """Is "NAME, ROLE" with nothing in front a name? By its shape, or by the model."""
        words = [t.text for t in self.toks[s:e]]
        if words[0].casefold() in NOT_NAME_FIRST or name_key(" ".join(words)) in self.ex.places:
            return False
        if s > 0 and place_at(self.toks, s - 1):
            return False
        if name_score(words, [], self.ex.places) >= 2.5:
            return True
        if not self.ex.use_ner or self.caps:
            return False
        ner, base = self.ex.ner_for(self.sid, self.toks[s].start, self.toks[e - 1].end)
        return ner_label(ner, self.toks[s].start - base, self.toks[e - 1].end - base) == "PER"

    def group_at(self, i: int, cue: int = 2) -> int:
        """A group ("đại diện …", "lãnh đạo …", "các đồng chí trong …") in a list of who
        attended, its cue `cue` words long; returns its end."""
        j = i + cue
        while j < self.n:
            g = self.gaps[j - 1]
            t = self.toks[j]
            if _HARD_STOP.search(g):
                break
            if ("," in g or t.low in _AND) and self._group_cue(j + (t.low in _AND)):
                break
            if "," in g and self._match(j, HONORIFICS):
                break  # "Đại diện Ban lãnh đạo Hội, đồng chí A, …": the one who represents it
            counted = _DIGIT.search(g) if "," in g else t.low in _AND and _DIGIT.search(self.gaps[j])
            if counted:
                break  # "lãnh đạo các huyện và 248 người có uy tín": a head count starts another group
            if (
                t.low in _GROUP_STOP_WORDS
                and not t.cap
                and not any(self._spells(j + 1 - len(p), p) for p in _GROUP_GOES_ON)
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
        pair = (self.toks[i].low, self.toks[i + 1].low)  # the cues are two words each
        if pair in _DELEGATES_CUES:
            # "đại biểu HĐND tỉnh", "đại biểu Quốc hội": delegates of a body; not "đại biểu thảo luận"
            return i + 2 < self.n and self.toks[i + 2].cap and SPACE.fullmatch(self.gaps[i + 1]) is not None
        return pair in _GROUP_CUES or self._match(i, PLURAL_HONORIFICS) > 0

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
                self.hits.append(Hit("short", self.sid, s, en, toks[i].start, en, toks[j].text))
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
        if toks[i].low not in _MANY_HOLDERS or i + 1 >= self.n:
            return None
        if self._group_cue(i + 1) or not self.role_at(i + 1):
            return None
        return self.role_phrase(i + 1, i, plural=True, lower=not toks[i + 1].cap)

    def shape_group(self, i: int) -> int | None:
        """ "đại diện lãnh đạo các sở …", "lãnh đạo …" in a list of who attended (or opening it)."""
        t = self.toks[i]
        if (
            (not t.cap or (i == 0 and self.sid in self.ex.attend_own))
            and i + 1 < self.n
            and self._group_cue(i)
            and (self.separator_before(i) or self.toks[i - 1].low in _BEFORE_GROUP)
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
                own = "," in vt[before[-1].seg_end : cs] and not _CO_CHAIR.match(m.group())
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
