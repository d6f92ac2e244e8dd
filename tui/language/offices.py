"""Offices and titles of the genre: where a role starts, where it ends, and how to compare two.

A role is read over word tokens. It starts at a *head* ("Ủy viên", "Phó Chủ tịch", "Giám đốc",
"Cục trưởng", "nguyên Bí thư" …) and runs on over capitalised words and acronyms ("Ban Thường vụ
Tỉnh ủy", "HĐND tỉnh") and over the lower-case syllables that belong to the compound before them
("Ban Chấp *hành*", "Sở Tài *nguyên* và Môi *trường*") or to a few lower-case phrases ("dự khuyết",
"thành phố", "chuyên trách"). Anything else (a verb such as "đồng chủ trì", "phát biểu") ends it.
Roles in a row are split at commas when the next part opens with a head; "kiêm" joins two posts
held together into one role ("Chủ tịch kiêm Tổng giám đốc Công ty …").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from tui.language.lexicon import dictionary_words, in_dictionary, items, table
from tui.language.names import PLACES, SURNAMES, Token, name_key, normalize, word_list

__all__ = ["RoleScan", "head_len", "role_key", "roles_match", "scan_roles"]

# Titles, offices and organisations as they are written (data/offices.txt); their compounds teach
# the scanner which lower-case syllable may follow which word inside a role.
PHRASES: tuple[str, ...] = items("offices")

_SYL = re.compile(r"[^\W\d_]+")


def _syllables(phrase: str) -> list[str]:
    return _SYL.findall(phrase)


# (previous syllable, lower-case syllable) pairs seen inside the phrases; papers differ in
# what they capitalise ("Bộ Chính trị", "Bộ chính trị"), so every pair counts in lower case.
# But for words that also go on the sentence after an office: "và", and "tiếp" ("Ban Tiếp công
# dân" is capitalised; "Trưởng ban tiếp tục chỉ đạo" is a verb).
BIGRAMS: frozenset[tuple[str, str]] = frozenset(
    (a.casefold(), b.casefold())
    for p in PHRASES
    for a, b in zip(_syllables(p), _syllables(p)[1:], strict=False)
    if b.casefold() not in ("và", "tiếp")
)
# Lower-case phrases that may continue a role wherever they stand ("… tỉnh", "… dự khuyết").
LOWER_PHRASES: tuple[tuple[str, ...], ...] = tuple(
    sorted(
        {tuple(_syllables(p)) for p in PHRASES if p[0].islower()}
        | {(w,) for w in ("tỉnh", "huyện", "xã", "phường", "quận", "khoá")},
        key=len,
        reverse=True,
    )
)
_LOWER_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {}
for _lp in LOWER_PHRASES:
    _LOWER_BY_FIRST[_lp[0]] = (*_LOWER_BY_FIRST.get(_lp[0], ()), _lp)
# Every syllable sequence of the phrases with its written casing: to recase ALL-CAPS text.
CASING: dict[tuple[str, ...], tuple[str, ...]] = {}
for _p in PHRASES:
    _s = _syllables(_p)
    CASING.setdefault(tuple(w.casefold() for w in _s), tuple(_s))

# Heads: what a role opens with (data/heads.txt), and the titles (data/titles.tsv: ranks, degrees,
# religious titles), which open a phrase before a name as heads do but are never a role. Compared
# case-folded; the first word must be capitalised except for the modifiers.
TITLES: frozenset[str] = frozenset(row[0].casefold() for row in table("titles"))
_HEADS = "|".join((*items("heads"), *(row[0] for row in table("titles"))))
HEADS: tuple[tuple[str, ...], ...] = tuple(
    sorted({tuple(w.casefold() for w in _syllables(h)) for h in _HEADS.split("|")}, key=len, reverse=True)
)
_HEADS_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {}
for _h in HEADS:
    _HEADS_BY_FIRST[_h[0]] = (*_HEADS_BY_FIRST.get(_h[0], ()), _h)
MODIFIERS = frozenset({"phó", "nguyên", "quyền", "tân"})
_FORMER = frozenset({"nguyên", "tân"})
# The words a head may open with, but for the "-trưởng" rule (which needs a capital).
HEAD_FIRST = frozenset(_HEADS_BY_FIRST) | MODIFIERS
# "Tăng trưởng", "trưởng thành": the -trưởng rule must not catch these.
_NOT_TRUONG = frozenset({"tăng", "sinh", "tốc", "tăng trưởng"})
_NOT_AFTER_TRUONG = frozenset({"thành", "giả"})

# Units below the commune ("xóm Yên Quang", "thôn 3", "bản Na Ngoi"): inside a role when they name
# one ("Bí thư Chi bộ xóm Yên Quang"); alone they are also common words ("bản", "làng", "khối").
_SUB_UNITS = frozenset(word_list("xóm thôn bản ấp buôn làng khối plei bon"))
# How high an administrative unit stands: a role goes on over ", xã Diễn Kim" after "xóm Yên
# Quang" (the address of the unit it named) but not over a smaller or unrelated one.
_UNIT_RANKS: dict[tuple[str, ...], int] = {
    **{(w,): 1 for w in _SUB_UNITS},
    ("xã",): 2,
    ("phường",): 2,
    ("thị", "trấn"): 2,
    ("huyện",): 3,
    ("quận",): 3,
    ("thị", "xã"): 3,
    ("thành", "phố"): 3,
    ("tỉnh",): 4,
}

# Organisation nouns (data/organisations.txt): a body's name runs on after one over its own
# lower-case words ("Trung tâm Nước sạch và vệ sinh môi trường nông thôn"), up to a separator, a
# word of data/role_stops.txt (a verb, a function word) or a person's name.
ORG_NOUNS: tuple[tuple[str, ...], ...] = tuple(
    sorted({tuple(w.casefold() for w in o.split()) for o in items("organisations")}, key=len, reverse=True)
)
_ORG_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {}
for _o in ORG_NOUNS:
    _ORG_BY_FIRST[_o[0]] = (*_ORG_BY_FIRST.get(_o[0], ()), _o)
ROLE_STOPS: tuple[tuple[str, ...], ...] = tuple(tuple(w.split()) for w in items("role_stops"))
_STOP_FIRST = frozenset(s[0] for s in ROLE_STOPS)
# The longest lower-case stretch an organisation's name is read over.
_ORG_RUN = 8
# Abbreviated units written with a full stop before their name: "TP. HCM", "TX. Sơn Tây".
_DOTTED_UNITS = frozenset({"tp", "tx", "tt"})
# … and those numbered: "Quận ủy Q. 1", "UBND P. 3".
_NUMBERED_UNITS = frozenset({"q", "p"})
_UNIT_NUMBER = re.compile(r"\.\s?\d+\s+")
_NUMBER_GAP = re.compile(r"\s+\d+[A-Za-z]?\s+")
_NUMBER_COMMA = re.compile(r"\s+\d+[A-Za-z]?\s*,\s*")

SPACE = re.compile(r"\s+")
# The year or number of an edition after a name in capitals ("APEC 2017", "SEA Games 31" reads its
# last word "Games" in capitals only when the whole is, so the number follows an acronym).
_EDITION = re.compile(r"\s+\d{1,4}\s+")
COMMA = re.compile(r"\s*,\s*")
DASH = re.compile(r"\s*[-–—]\s+|\s+[-–—]\s*|\s*[–—]\s*")
_JOIN = re.compile(r"[-&–]")


def head_len(toks: list[Token], i: int, lower: bool = False) -> int:
    """How many tokens of a role head start at i (0 when none). A head is capitalised unless
    `lower`: where the place alone says a role is due ("Bà A, chủ tịch Hội Phụ nữ xã")."""
    n = len(toks)
    j = i
    # modifiers: "Phó", "nguyên", "Quyền" (any case), then a capitalised head
    while j + 1 < n and toks[j].low in MODIFIERS and j - i < 2 and gaps_ok(toks[j], toks[j + 1]):
        j += 1
    if j >= n:
        return 0
    if not toks[j].cap and not lower and not (j > i and (toks[i].cap or toks[i].low in _FORMER)):
        # "Phó thủ tướng": a capital on the modifier is the head's; "nguyên phó thủ tướng",
        # "tân giám đốc": a former or new office is one whatever its case
        return 0
    for h in _HEADS_BY_FIRST.get(toks[j].low, ()):
        if j + len(h) <= n and all(toks[j + k].low == h[k] for k in range(1, len(h))):
            if h == ("trưởng",) and j + 1 < n and toks[j + 1].low in _NOT_AFTER_TRUONG:
                return 0
            return j + len(h) - i
    # "Cục trưởng", "Đội trưởng", "Sư đoàn trưởng": capitalised word(s) then "trưởng" in lower
    # case (a capital "Trưởng" opens a head of its own: "Dự có Trưởng Ban Dân vận …")
    if toks[j].shape == "T" and toks[j].low not in _NOT_TRUONG:
        for k in (1, 2):
            if j + k < n and toks[j + k].low == "trưởng" and all(not t.cap for t in toks[j + 1 : j + k + 1]):
                return j + k + 1 - i
    return 0


def is_title(toks: list[Token], a: int, b: int) -> bool:
    """Are tokens [a, b) a title alone (a rank, degree or religious title), with no office?"""
    return " ".join(toks[k].low for k in range(a, b)) in TITLES


def gaps_ok(a: Token, b: Token) -> bool:
    """Are two tokens one character (a space) apart? Offsets tell; the gap text is not needed."""
    return b.start - a.end == 1


@dataclass(slots=True)
class RoleScan:
    """Roles as token ranges [a, b), and the index after the last token read."""

    parts: list[tuple[int, int]]
    end: int


def _lower_phrase_len(toks: list[Token], gaps: list[str], j: int) -> int:
    n = len(toks)
    for p in _LOWER_BY_FIRST.get(toks[j].low, ()):
        if (
            j + len(p) <= n
            and all(toks[j + k].low == p[k] and not toks[j + k].cap for k in range(len(p)))
            and all(SPACE.fullmatch(gaps[j + k]) for k in range(len(p) - 1))
        ):
            return len(p)
    return 0


def _institution_len(toks: list[Token], gaps: list[str], j: int) -> int:
    """Length of a whole office or institution written as a phrase ("Quốc hội", "Chính phủ",
    "Ban Chấp hành Trung ương") starting at j, capitalised; 0 when none (or when it is a title)."""
    if j >= len(toks) or toks[j].shape != "T" or head_len(toks, j):
        return 0
    best = 0
    for length in range(1, min(6, len(toks) - j) + 1):
        if length > 1 and not SPACE.fullmatch(gaps[j + length - 2]):
            break
        if tuple(toks[k].low for k in range(j, j + length)) in CASING:
            best = length
    return best


def title_run(toks: list[Token], gaps: list[str], i: int) -> int:
    """End of the run of capitalised words (not acronyms) starting at i, joined by spaces, or by a
    dash between spaces inside a foreign name ("Diaz - Canel", "Jean - Paul", "Sok - Xane": text
    that went through a tokenizer spaces a name's hyphen)."""
    n = len(toks)
    j = i
    while j < n and toks[j].shape == "T":
        j += 1
        if j < n and not SPACE.fullmatch(gaps[j - 1]) and not _name_hyphen(toks, gaps, j):
            break
    return j


_SPACED_HYPHEN = re.compile(r" [-‐] ")


def _name_hyphen(toks: list[Token], gaps: list[str], j: int) -> bool:
    """Is the gap before j a name's own hyphen, spaced: " - " between two capitalised words that
    are neither a Vietnamese surname after it (a next person), an office's head, nor a place?"""
    if not _SPACED_HYPHEN.fullmatch(gaps[j - 1]) or toks[j].shape != "T":
        return False
    before, after = toks[j - 1], toks[j]
    if after.low in SURNAMES or before.low in SURNAMES or head_len(toks, j):
        return False
    return name_key(before.text) not in PLACES and name_key(after.text) not in PLACES


def is_compound_tail(toks: list[Token], gaps: list[str], j: int) -> bool:
    """Is toks[j] a lower-case syllable that continues the compound of toks[j-1]?"""
    return (
        j > 0
        and not toks[j].cap
        and SPACE.fullmatch(gaps[j - 1]) is not None
        and (toks[j - 1].low, toks[j].low) in BIGRAMS
    )


def word_rest(toks: list[Token], gaps: list[str], j: int) -> int:
    """How many lower-case syllables at j finish the word a capitalised syllable opened: names of
    bodies capitalise a word's first syllable only ("Đại học Quốc gia Hà Nội", "Chương trình",
    "Quân huấn", "Pháp ngữ", "Bất động sản"). Words are underthesea's dictionary's; a verb or
    function word after the name ("… Hà Nội họp với …") is no word with it, and ends the role."""
    if j == 0 or toks[j - 1].shape != "T" or toks[j].cap or not SPACE.fullmatch(gaps[j - 1]):
        return 0
    if _stop_at(toks, gaps, j):
        return 0
    words = dictionary_words()
    first = toks[j - 1].low
    k = j + 1
    third = k < len(toks) and not toks[k].cap and SPACE.fullmatch(gaps[j]) and not _stop_at(toks, gaps, k)
    if third and in_dictionary(words, f"{first} {toks[j].low} {toks[j + 1].low}"):
        return 2
    return 1 if in_dictionary(words, f"{first} {toks[j].low}") else 0


def name_dash_at(toks: list[Token], gaps: list[str], i: int) -> int:
    """If a name followed by " - ROLE" starts at i, the index of its last word + 1, else 0."""
    e = title_run(toks, gaps, i)
    if e - i < 2 or e >= len(toks):
        return 0
    if DASH.fullmatch(gaps[e - 1]) and head_len(toks, e):
        return e
    return 0


def unit_at(toks: list[Token], gaps: list[str], j: int) -> tuple[int, int]:
    """(rank, length) of the lower-case administrative unit word(s) at j; (0, 0) when none."""
    for length in (2, 1):
        if j + length > len(toks) or any(toks[k].cap for k in range(j, j + length)):
            continue
        if length == 2 and not SPACE.fullmatch(gaps[j]):
            continue
        rank = _UNIT_RANKS.get(tuple(toks[k].low for k in range(j, j + length)), 0)
        if rank:
            return rank, length
    return 0, 0


def _last_unit_rank(toks: list[Token], gaps: list[str], a: int, j: int) -> int:
    """The rank of the last unit named in the role tokens [a, j), 0 when none."""
    for k in range(j - 1, a - 1, -1):
        if k > a:
            rank, length = unit_at(toks, gaps, k - 1)
            if length == 2:
                return rank  # "thị xã", "thành phố" ending at k
        rank, length = unit_at(toks, gaps, k)
        if length == 1:
            return rank
    return 0


def _names_next(toks: list[Token], gaps: list[str], j: int) -> bool:
    """Does a capitalised word follow toks[j] after a space?"""
    return j + 1 < len(toks) and toks[j + 1].shape == "T" and SPACE.fullmatch(gaps[j]) is not None


def scan_roles(toks: list[Token], gaps: list[str], i: int, lower: bool = False) -> RoleScan:
    """Read the role(s) starting with the head at i (a lower-case one too if `lower`)."""
    n = len(toks)
    a = i
    j = i + head_len(toks, i, lower)
    parts: list[tuple[int, int]] = []
    org_end = -1  # where the last organisation noun of the role ended: its name may run on
    name_end = -1  # where a person's name inside the role ended
    while j < n:
        g = gaps[j - 1]
        t = toks[j]
        if SPACE.fullmatch(g) or (toks[j - 1].shape == "U" and _EDITION.fullmatch(g)):
            # "Ủy ban Quốc gia APEC 2017", "Ban Tổ chức SEA Games 31": the edition is in the name
            if t.cap:
                if t.shape == "T" and name_dash_at(toks, gaps, j):
                    break
                if t.shape == "T" and _person_next(toks, gaps, j):
                    # "Sở Tài chính Nguyễn Văn A giải trình": the body's name ended (and "Trường"
                    # in "Phạm Trường Long" opens no school)
                    org_end = -1
                    j = name_end = title_run(toks, gaps, j)
                    continue
                k = org_noun_len(toks, gaps, j)
                if k:
                    org_end = j + k
                    j += k
                    continue
                j += 1
                continue
            after_unit = unit_at(toks, gaps, j - 1)[1] == 1 or (j > 1 and unit_at(toks, gaps, j - 2)[1] == 2)
            if t.low == "này" and after_unit:
                j += 1  # "Phó Chủ tịch UBND tỉnh này": the unit the story has named, and the role ends
                break
            if t.low == "và" and org_end >= 0 and j + 1 < n and not toks[j + 1].cap:
                k = _org_words(toks, gaps, j)
                if k:
                    j += k  # "Hội đồng Quốc phòng và an ninh"
                    continue
            if t.low == "và":
                # "Sở Tài nguyên và Môi trường" yes; "… Tỉnh ủy và Hoàng Viết Đường - …" and
                # "… tỉnh Hoàng Nghĩa Hiếu và Phó Chủ tịch …" no
                if j + 1 < n and toks[j + 1].cap and SPACE.fullmatch(gaps[j]) and not head_len(toks, j + 1):
                    person = _person_next(toks, gaps, j + 1) or name_dash_at(toks, gaps, j + 1)
                    if org_end >= 0 and not person:
                        j += 1  # "Sở Nông Nghiệp và Phát Triển Nông Thôn": inside a body's name
                        continue
                    e = title_run(toks, gaps, j + 1)
                    nxt_low = e < n and not toks[e].cap and is_compound_tail(toks, gaps, e)
                    short = toks[j + 1].shape == "U" or e - (j + 1) == 1 or nxt_low
                    if short and not name_dash_at(toks, gaps, j + 1):
                        j += 1
                        continue
                break
            if t.low == "kiêm" and j + 1 < n and head_len(toks, j + 1):
                j += 1 + head_len(toks, j + 1)  # "Chủ tịch kiêm Tổng giám đốc …": one post held with another
                continue
            if is_compound_tail(toks, gaps, j):
                if org_noun_len(toks, gaps, j) == 1:
                    org_end = j + 1  # "Phó trưởng ban tôn giáo …": the head's "ban" opens a body
                j += 1
                continue
            k = _lower_phrase_len(toks, gaps, j)
            if k:
                j += k
                continue
            if t.low == "của" and _institution_len(toks, gaps, j + 1) and SPACE.fullmatch(gaps[j]):
                j += 1  # "Ủy viên Hội đồng Dân tộc của Quốc hội", "… Ủy ban Kinh tế của Quốc hội"
                continue
            if t.low == "tại" and j + 1 < n and SPACE.fullmatch(gaps[j]) and _seat_at(toks, gaps, j + 1):
                j += 1  # "Đại sứ Pháp tại Việt Nam", "Trưởng đại diện … tại TP. HCM": where the office sits
                continue
            if t.low in _SUB_UNITS and _names_next(toks, gaps, j):
                j += 1  # "Bí thư Chi bộ xóm Yên Quang"
                continue
            k = org_noun_len(toks, gaps, j)
            if (
                k
                and j + k < n
                and SPACE.fullmatch(gaps[j + k - 1])
                and (toks[j + k].cap or is_compound_tail(toks, gaps, j + k))
            ):
                org_end = j + k  # "Hiệu trưởng trường THCS …", "Thứ trưởng bộ Nông nghiệp …"
                j += k
                continue
            if org_end >= 0 and unit_at(toks, gaps, j - 1)[0] == 0:
                # (a place closes the name: "… giao thông tỉnh giải trình" is a verb after it)
                k = _org_words(toks, gaps, j)
                if k:
                    j += k  # "Trung tâm Nước sạch và vệ sinh môi trường nông thôn"
                    continue
            k = word_rest(toks, gaps, j) if j != name_end else 0
            if k:
                j += k  # "Đại học Quốc gia", "Chương trình", "Cục trưởng Quân huấn": one word's syllables
                continue
            break
        if (
            re.fullmatch(r"\.\s+", g)
            and toks[j - 1].low in _DOTTED_UNITS
            and toks[j - 1].cap
            and t.cap
        ):
            j += 1  # "UBND TP. HCM"
            continue
        if _UNIT_NUMBER.fullmatch(g) and toks[j - 1].low in _NUMBERED_UNITS and toks[j - 1].cap and t.cap:
            j += 1  # "Quận ủy Q. 1 Hoàng Thị A": the unit's number is in the role, the name after it
            continue
        if (
            COMMA.fullmatch(g)
            and t.low == "thuộc"
            and j + 1 < n
            and SPACE.fullmatch(gaps[j])
            and (toks[j + 1].cap or org_noun_len(toks, gaps, j + 1))
        ):
            j += 1  # "Giám đốc Trung tâm …, thuộc Sở …": the body above it
            continue
        if (
            DASH.fullmatch(g)
            and org_end >= 0
            and t.cap
            and not head_len(toks, j)
            and not name_dash_at(toks, gaps, j)
            and not _person_next(toks, gaps, j)
        ):
            j += 1  # "ĐH Khoa học Tự nhiên - ĐH Quốc gia TP. HCM", "Trường ĐH Kinh tế - Luật": one body
            continue
        if COMMA.fullmatch(g) or (DASH.fullmatch(g) and head_len(toks, j)):
            h = head_len(toks, j) or (lower and _lower_head_with_office(toks, gaps, j))
            if not h and COMMA.fullmatch(g):
                h = _lower_head_before_name(toks, gaps, j)
            if h:
                parts.append((a, j))
                a = j
                j += h
                continue
            if COMMA.fullmatch(g) and t.cap and (toks[j - 1].low, t.low) in COMMA_BIGRAMS:
                j += 1  # "Sở Văn hóa, Thể thao và Du lịch"
                continue
            if COMMA.fullmatch(g) and org_end >= 0 and _higher_body_at(toks, gaps, j):
                j += 1  # "Phó Cục trưởng Cục Điều tiết điện lực, Bộ Công Thương": the body above
                continue
            if COMMA.fullmatch(g) and not t.cap:
                rank, length = unit_at(toks, gaps, j)
                named = rank and _names_next(toks, gaps, j + length - 1)
                if named and rank > _last_unit_rank(toks, gaps, a, j) > 0:
                    j += length  # "… xóm Yên Quang, xã Diễn Kim": the address of the unit named
                    continue
            break
        if (
            DASH.fullmatch(g)
            and not t.cap
            and org_end >= 0
            and j + 1 < n
            and (t.low, toks[j + 1].low) in BIGRAMS
            and SPACE.fullmatch(gaps[j])
        ):
            j += 2  # "Sở Kế hoạch - đầu tư": a body's name written with a dash in lower case
            continue
        if g == "." and len(t.text) == 1 and len(toks[j - 1].text) == 1 and t.cap and toks[j - 1].cap:
            j += 1  # "Ủy ban Kiểm tra T.Ư": an initialism
            continue
        numbered = org_end >= 0 and (toks[j - 1].cap or toks[j - 1].low == "số")
        if numbered and (
            _NUMBER_GAP.fullmatch(g) or (_NUMBER_COMMA.fullmatch(g) and _higher_body_at(toks, gaps, j))
        ):
            j += 1  # "Phó Vụ trưởng Vụ 4 Ban Nội chính", "… Vụ 3, Ủy ban Kiểm tra": a numbered body
            continue
        if DASH.fullmatch(g) and t.cap and not name_dash_at(toks, gaps, j):
            # "Ban Kinh tế - Ngân sách", "Lao động - Thương binh và Xã hội"
            if toks[j - 1].cap or is_compound_tail(toks, gaps, j - 1) or toks[j - 1].low in BIGRAM_TAILS:
                j += 1
                continue
            break
        if (
            org_end >= 0
            and re.fullmatch(r"\s*\(", g)
            and t.cap
            and j + 1 <= n
            and (j + 1 == n or gaps[j].startswith(")"))
        ):
            j += 1  # "Công ty Cổ phần Ô tô Trường Hải (THACO)": the body's short name
            continue
        if re.fullmatch(r"\s*\(", g):
            k = _bracket_body_end(toks, gaps, j)
            if k:
                j = k  # "Cục trưởng Quân huấn (Bộ Tổng tham mưu)", "Trưởng ban (phụ trách đối ngoại)"
                continue
        if _JOIN.fullmatch(g.strip() or g) and t.shape == "U" and toks[j - 1].shape == "U":
            j += 1  # "KT-XH", "GD&ĐT", "LĐ - TB & XH"
            continue
        break
    parts.append((a, j))
    return RoleScan(parts, j)


# What a bracket after an office may hold as part of it: the body above it, or what the post is in
# charge of.
_IN_CHARGE = ("phụ", "trách")
_BRACKET_WORDS = 10


def _bracket_body_end(toks: list[Token], gaps: list[str], j: int) -> int:
    """If a bracket opening before j holds the body above the office ("(Bộ Tổng tham mưu)",
    "(Ngân hàng Thế giới)") or what it is in charge of ("(phụ trách đối ngoại)"), and closes
    within a few words, the index after its last word; else 0."""
    n = len(toks)
    in_charge = j + 1 < n and (toks[j].low, toks[j + 1].low) == _IN_CHARGE
    if not (in_charge or (toks[j].cap and org_noun_len(toks, gaps, j))):
        return 0
    for k in range(j, min(n, j + _BRACKET_WORDS)):
        g = gaps[k] if k < n - 1 else ")"
        if g.lstrip().startswith(")"):
            return k + 1
        if not SPACE.fullmatch(g) and not DASH.fullmatch(g):
            return 0
    return 0


def org_noun_len(toks: list[Token], gaps: list[str], j: int) -> int:
    """How many tokens of an organisation noun ("Trung tâm", "Công ty", "Viện") start at j."""
    n = len(toks)
    for o in _ORG_BY_FIRST.get(toks[j].low, ()):
        if (
            j + len(o) <= n
            and all(toks[j + k].low == o[k] for k in range(len(o)))
            and all(SPACE.fullmatch(gaps[j + k]) for k in range(len(o) - 1))
        ):
            return len(o)
    return 0


def _stop_at(toks: list[Token], gaps: list[str], j: int) -> bool:
    if toks[j].low not in _STOP_FIRST:
        return False
    return any(
        j + len(s) <= len(toks) and all(toks[j + k].low == s[k] for k in range(len(s))) for s in ROLE_STOPS
    )


def _org_words(toks: list[Token], gaps: list[str], j: int) -> int:
    """The lower-case words of an organisation's name at j ("sạch và vệ sinh môi trường nông
    thôn", "khai thác công trình thủy lợi"), read to where the name plainly goes on or ends: a
    separator, the end of the sentence, or a capitalised word. None when a verb or a function
    word comes first (those end the role: "… Công Thương cho biết")."""
    n = len(toks)
    k = j
    while k < n:
        if toks[k].cap:
            break
        if _stop_at(toks, gaps, k) or k - j >= _ORG_RUN:
            return 0
        k += 1
        if k < n and not SPACE.fullmatch(gaps[k - 1]):
            break
    if k < n and toks[k].cap and SPACE.fullmatch(gaps[k - 1]) and _person_next(toks, gaps, k):
        return k - j  # "… tại doanh nghiệp Nguyễn Văn A": the holder's name follows
    if k < n and SPACE.fullmatch(gaps[k - 1]) and not toks[k].cap:
        return 0
    return k - j


# Bodies above another, named after it and a comma: "Cục …, Bộ Công an", "Vụ 4, Ban Nội chính",
# and the ladder of a university or an academy: "Bộ môn …, Khoa Hóa học, ĐH Cần Thơ", "Phòng …,
# Viện Khoa học Vật liệu, Viện Hàn lâm …", "Trưởng phòng …, Sở GD&ĐT Hà Nội".
_HIGHER = frozenset(
    {
        ("bộ",),
        ("ủy", "ban"),
        ("ban",),
        ("tổng", "cục"),
        ("tập", "đoàn"),
        ("hội", "thánh"),
        ("khoa",),
        ("đại", "học"),
        ("đh",),
        ("viện",),
        ("học", "viện"),
        ("trường",),
        ("sở",),
    }
)


def _higher_body_at(toks: list[Token], gaps: list[str], j: int) -> bool:
    k = org_noun_len(toks, gaps, j)
    if not k or tuple(t.low for t in toks[j : j + k]) not in _HIGHER or j + k >= len(toks):
        return False
    return toks[j + k].cap and SPACE.fullmatch(gaps[j + k - 1]) is not None and not head_len(toks, j + k)


def _seat_at(toks: list[Token], gaps: list[str], j: int) -> bool:
    """Does a known place (or a city's short name) start at j, as the seat of an office?"""
    if toks[j].shape == "U" and toks[j].low in ("vn", "tp", "hcm"):
        return True
    e = title_run(toks, gaps, j)
    return any(name_key(" ".join(t.text for t in toks[j:k])) in PLACES for k in range(e, j, -1))


def _person_next(toks: list[Token], gaps: list[str], j: int) -> bool:
    """Does a person's name start at j: two to four capitalised words, the first a surname?"""
    if toks[j].low not in SURNAMES:
        return False
    e = title_run(toks, gaps, j)
    # "Nông Nghiệp", "Hà Nội"-like pairs an office list knows are a body's words, not a name
    return 2 <= e - j <= 5 and toks[j].low in SURNAMES and (toks[j].low, toks[j + 1].low) not in BIGRAMS


def _lower_head_before_name(toks: list[Token], gaps: list[str], j: int) -> int:
    """A head in lower case after a comma, right before the holder's name ("Bộ trưởng, trưởng ban
    Nguyễn Văn A chủ trì"): the last of the roles said before the name."""
    h = head_len(toks, j, lower=True)
    if not h or toks[j].cap:
        return 0
    e = j + h
    if e < len(toks) and SPACE.fullmatch(gaps[e - 1]) and not toks[e].cap:
        e += org_noun_len(toks, gaps, e)  # "trưởng ban", "giám đốc sở"
    if e >= len(toks) or not SPACE.fullmatch(gaps[e - 1]):
        return 0
    return e - j if _person_next(toks, gaps, e) else 0


def _lower_head_with_office(toks: list[Token], gaps: list[str], j: int) -> int:
    """A head in lower case after a comma inside roles that opened in lower case ("… - phó bí
    thư Thành ủy, chủ tịch UBND TP"): a head with an office after it, not a bare word."""
    h = head_len(toks, j, lower=True)
    if not h or j + h >= len(toks) or not SPACE.fullmatch(gaps[j + h - 1]):
        return 0
    nxt = toks[j + h]
    return h if nxt.cap or org_noun_len(toks, gaps, j + h) or is_compound_tail(toks, gaps, j + h) else 0


BIGRAM_TAILS = frozenset(b for _, b in BIGRAMS)
# "Văn hóa, Thể thao": a comma inside an office's name.
COMMA_BIGRAMS: frozenset[tuple[str, str]] = frozenset(
    (_syllables(left)[-1].casefold(), _syllables(right)[0].casefold())
    for p in PHRASES
    for left, right in zip(p.split(",")[:-1], p.split(",")[1:], strict=False)
)


def text_of(toks: list[Token], gaps: list[str], a: int, b: int) -> str:
    """The words a..b-1 as read (recased in ALL-CAPS text), with their separators."""
    out = []
    for k in range(a, b):
        out.append(toks[k].text)
        if k < b - 1:
            g = gaps[k]
            out.append(" " if SPACE.fullmatch(g) else g)
    opened = "".join(out).count("(") > "".join(out).count(")")
    if b - a > 1 and b <= len(gaps) and opened and gaps[b - 1].lstrip().startswith(")"):
        out.append(")")  # "… (THACO)", "… (Bộ Tổng tham mưu)": the bracket closes
    if 0 < b < len(toks) and toks[b - 1].low in _NUMBERED_UNITS and _UNIT_NUMBER.fullmatch(gaps[b - 1]):
        out.append(gaps[b - 1])  # "… Quận ủy Q. 1": the unit's number, before the name
    elif 0 < b < len(toks) and toks[b - 1].shape == "U" and toks[b].cap and _EDITION.fullmatch(gaps[b - 1]):
        out.append(gaps[b - 1])  # "… Ủy ban Quốc gia APEC 2017", before the name
    return " ".join("".join(out).split())


# --- comparing roles -----------------------------------------------------------------------------

_ABBREV: dict[str, list[tuple[tuple[str, ...], str]]] | None = None


def _abbreviations() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Spelled-out offices by their first word, longest first."""
    global _ABBREV
    if _ABBREV is None:
        from tui.language.glossary import entries

        table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for e in entries():
            long = tuple(name_key(e.vi).split())
            if len(long) >= 2 and not any("," in w for w in long):
                table.setdefault(long[0], []).append((long, e.acronym))
        for pairs in table.values():
            pairs.sort(key=lambda p: len(p[0]), reverse=True)
        _ABBREV = table
    return _ABBREV


@functools.lru_cache(maxsize=4096)
def abbreviate(role: str) -> tuple[str, ...]:
    """The role's words with spelled-out offices abbreviated ("Ủy ban nhân dân" → "UBND")."""
    words = normalize(role).split()
    low = [w.casefold() for w in words]
    out: list[str] = []
    i = 0
    table = _abbreviations()
    while i < len(words):
        for long, short in table.get(low[i], ()):
            if tuple(low[i : i + len(long)]) == long:
                out.append(short)
                i += len(long)
                break
        else:
            out.append(words[i])
            i += 1
    return tuple(out)


def role_key(role: str) -> str:
    """A comparable form: "Chủ tịch Ủy ban nhân dân tỉnh" and "Chủ tịch UBND tỉnh" share it."""
    return " ".join(w.casefold() for w in abbreviate(role))


def roles_match(said: str, held: str) -> bool:
    """Does a role said alone ("Chủ tịch UBND tỉnh") name a role someone holds?

    Equal keys, or one is the other plus a trailing place ("… tỉnh" / "… tỉnh Nghệ An").
    """
    a, b = abbreviate(said), abbreviate(held)
    ka, kb = [w.casefold().rstrip(",") for w in a], [w.casefold().rstrip(",") for w in b]
    if ka == kb:
        return True
    short, long, long_words = (ka, kb, b) if len(ka) < len(kb) else (kb, ka, a)
    if not short or long[: len(short)] != short:
        return False
    return _place_tail(long_words, len(short))


def _place_tail(words: tuple[str, ...], k: int) -> bool:
    """Are words[k:] a place: capitalised words, and after a comma the unit above it with its
    name ("… Yên Quang, xã Diễn Kim")?"""
    while k < len(words):
        w = words[k]
        if w[:1].isupper() and not w.isupper():
            k += 1
            continue
        if k == 0 or not words[k - 1].endswith(","):
            return False
        length = next((n for n in (2, 1) if tuple(x.casefold() for x in words[k : k + n]) in _UNIT_RANKS), 0)
        if not length and w.isupper() and len(w) <= 3:
            length = 1  # "TX", "TP": the glossary's short form of "thị xã", "thành phố"
        if not length or k + length >= len(words) or not words[k + length][:1].isupper():
            return False
        k += length
    return True


# --- ALL-CAPS text -------------------------------------------------------------------------------

# Honorifics before a name (data/honorifics.tsv): one person's, and those that open a list.
HONORIFICS: tuple[tuple[str, ...], ...] = tuple(
    tuple(row[0].split()) for row in table("honorifics") if row[1] in ("title", "plain")
)
PLURAL_HONORIFICS: tuple[tuple[str, ...], ...] = tuple(
    tuple(row[0].split()) for row in table("honorifics") if row[1] == "plural"
)
# Words that end a name or place slot in ALL-CAPS text: verbs and function words of captions.
_CAPS_STOP = frozenset(
    word_list("""phát biểu chủ trì tại và với cùng cho làm trao tặng thăm dự tham kiểm tra đánh giá nhấn mạnh
    chỉ đạo báo cáo kết luận chúc mừng ghi nhận trình bày khảo sát việc giới thiệu nói yêu cầu đề
    nghị khẳng định lắng nghe tiếp đón đến về ra vào của các những là có đã sẽ đang được bị trong
    ngoài trên dưới hội buổi lễ năm ngày ảnh chụp cắt băng khánh thành động thổ dâng hương hoa
    tưởng niệm gặp gỡ trò chuyện động viên thăm hỏi tặng quà cùng đoàn công tác""")
)
_UNIT_LOW = frozenset({"tỉnh", "huyện", "xã", "phường", "quận", "trấn", "phố", "ủy", "khóa"})


def _acronym_words() -> frozenset[str]:
    from tui.language.glossary import entries

    out = set()
    for e in entries():
        for s in (e.acronym, *e.variants):
            if s.isalpha() and not (len(s) <= 2 and any(c in "AĂÂEÊIOÔƠUƯY" for c in s)):
                out.add(s)
    return frozenset(out)


def recase_caps(toks: list[Token], gaps: list[str]) -> None:
    """Give an ALL-CAPS passage ("ĐỒNG CHÍ NGUYỄN VĂN A - BÍ THƯ TỈNH ỦY PHÁT BIỂU") the casing
    of ordinary text, so that the same patterns read it: offices from the phrase list, acronyms
    from the glossary, and the words in a name's slot (after "đồng chí", before " - ", after
    "tỉnh …") capitalised."""
    from tui.language.names import recase, title_case

    n = len(toks)
    acronyms = _acronym_words()
    cased = [False] * n
    for t in toks:
        up = t.text.upper()
        if up in acronyms:
            recase(t, up)
        else:
            recase(t, t.text.lower())
    i = 0
    while i < n:
        step = 1
        for length in range(min(8, n - i), 0, -1):
            if any(not SPACE.fullmatch(gaps[k]) for k in range(i, i + length - 1)):
                continue
            key = tuple(toks[k].low for k in range(i, i + length))
            form = CASING.get(key) or (key if key in HONORIFICS or key in PLURAL_HONORIFICS else None)
            if form is not None:
                for k in range(length):
                    recase(toks[i + k], form[k])
                    cased[i + k] = True
                step = length
                break
        i += step
    for k, t in enumerate(toks):
        if t.shape == "U" or t.low in _UNIT_LOW:
            cased[k] = True
    i = 0
    while i < n:
        prev_gap = gaps[i - 1] if i else ""
        anchor = (
            i == 0
            or re.search(r"[;:(,]", prev_gap) is not None
            or DASH.fullmatch(prev_gap) is not None
            or cased[i - 1]
        )
        if not anchor or cased[i] or toks[i].low in _CAPS_STOP:
            i += 1
            continue
        j = i
        while (
            j < n
            and j - i < 5
            and not cased[j]
            and toks[j].low not in _CAPS_STOP
            and not (toks[j].low == "đồng" and j + 1 < n and toks[j + 1].low in ("chủ", "chí"))
            and (j == i or SPACE.fullmatch(gaps[j - 1]))
        ):
            j += 1
        for k in range(i, j):
            recase(toks[k], title_case(toks[k].text))
        i = max(j, i + 1)
    if toks and not toks[0].cap:
        recase(toks[0], title_case(toks[0].text))
