"""Vietnamese personal names: text normalisation, word tokens, and what a name looks like.

Nothing here needs a model. The lists below are *soft* evidence (a common surname, a province,
a middle name "Văn"/"Thị") used to cut a run of capitalised words into a place and a name
("Huyện ủy Nam Đàn Nguyễn Văn Hải"); recognising a name never depends on its surname being
listed, so rare and non-Kinh names ("Vừ A Dính", "Ksor Phước Hà", "Lò Văn Muôn") pass.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from tui.language.lexicon import items

__all__ = [
    "HISTORICAL",
    "TextView",
    "Token",
    "name_key",
    "normalize",
    "split_run",
    "title_case",
    "tokenize",
]

# --- normalisation -------------------------------------------------------------------------------

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
# Old ("Uỷ", "hoà", "khoẻ") → new ("Ủy", "hòa", "khỏe") tone placement: for a syllable ending in
# the glides oa / oe / uy the mark goes on the first vowel. "qu" + y keeps it on the y ("quý").
_OLD_TONE = re.compile(
    r"(?<![qQ])([uU])([ỳýỷỹỵỲÝỶỸỴ])(?![^\W\d_])|([oO])([àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ])(?![^\W\d_])"
)


def _move_tone(m: re.Match[str]) -> str:
    first, second = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    decomposed = unicodedata.normalize("NFD", second)
    base = "".join(c for c in decomposed if c not in _TONES)
    marks = "".join(c for c in decomposed if c in _TONES)
    return unicodedata.normalize("NFC", first + marks) + unicodedata.normalize("NFC", base)


# A mark put on the glide of a closed syllable ("Hòang", "Hùynh", "kế họach", "Tập đòan"), as
# some sources' word segmentation left it: the mark belongs on the vowel after the glide
# ("Hoàng", "Huỳnh"). No syllable of the language has it where these put it.
_MISPLACED = re.compile(r"([òóỏõọÒÓỎÕỌ])([aeAE])(?=[^\W\d_])|(?<![qQ])([ùúủũụÙÚỦŨỤ])([yY])(?=[^\W\d_])")


def _move_tone_on(m: re.Match[str]) -> str:
    first, second = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    decomposed = unicodedata.normalize("NFD", first)
    base = "".join(c for c in decomposed if c not in _TONES)
    marks = "".join(c for c in decomposed if c in _TONES)
    return unicodedata.normalize("NFC", base) + unicodedata.normalize("NFC", second + marks)


def normalize(text: str) -> str:
    """NFC with the new tone placement ("Uỷ ban" → "Ủy ban"), and a mark left on the glide of a
    closed syllable put back ("Hòang" → "Hoàng"): the form every word list is compared in.
    Length-preserving on NFC text."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
        text = _OLD_TONE.sub(_move_tone, text)
        text = _MISPLACED.sub(_move_tone_on, text)
    return text


def name_key(name: str) -> str:
    """What two spellings of one name share: normalised, case-folded, single-spaced."""
    return " ".join(normalize(name).casefold().split())


def title_case(word: str) -> str:
    """Capitalise a word: "NGUYỄN" → "Nguyễn", "K'SOR" → "K'sor"."""
    return word[:1].upper() + word[1:].lower() if word else word


class TextView:
    """The article text normalised for matching, with offsets mapped back to the original.

    When the text is already NFC (the loader composes it) the view has the same length and the
    maps are the identity; otherwise each grapheme cluster is normalised on its own.
    """

    __slots__ = ("_to_orig", "_to_view", "original", "text")

    def __init__(self, original: str) -> None:
        self.original = original
        if original.isascii() or unicodedata.is_normalized("NFC", original):
            self.text = normalize(original)
            self._to_orig: list[int] | None = None
            self._to_view: list[int] | None = None
            return
        parts: list[str] = []
        to_orig: list[int] = []
        to_view = [0] * (len(original) + 1)
        i = 0
        n = len(original)
        pos = 0
        while i < n:
            j = i + 1
            while j < n and unicodedata.combining(original[j]):
                j += 1
            cluster = unicodedata.normalize("NFC", original[i:j])
            for k in range(i, j):
                to_view[k] = pos
            parts.append(cluster)
            to_orig.extend([i] * len(cluster))
            pos += len(cluster)
            i = j
        to_view[n] = pos
        to_orig.append(n)
        self.text = normalize("".join(parts))
        self._to_orig = to_orig
        self._to_view = to_view

    def orig(self, i: int) -> int:
        """View offset → original offset (an end offset maps to the end of its cluster)."""
        if self._to_orig is None:
            return i
        i = max(0, min(i, len(self._to_orig) - 1))
        if i > 0 and i < len(self._to_orig) - 1 and self._to_orig[i] == self._to_orig[i - 1]:
            # inside a cluster that grew: move to the next cluster
            k = i
            while k < len(self._to_orig) - 1 and self._to_orig[k] == self._to_orig[i]:
                k += 1
            return self._to_orig[k]
        return self._to_orig[i]

    def view(self, i: int) -> int:
        if self._to_view is None:
            return i
        return self._to_view[max(0, min(i, len(self._to_view) - 1))]


# --- tokens --------------------------------------------------------------------------------------

# A hyphen with no space around it joins a word ("Jong-un", "Ould-Abdallah"): a name stays whole.
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@dataclass(slots=True)
class Token:
    """A word of the view text. `text` is how we read it: recased in ALL-CAPS passages."""

    text: str
    start: int
    end: int
    low: str
    shape: str  # "T" capitalised ("Nguyễn", "A", "K'Sor"), "U" all caps (≥ 2 letters), "L" lower

    @property
    def cap(self) -> bool:
        return self.shape != "L"


def _shape(word: str) -> str:
    if not word[0].isupper():
        return "L"
    if len(word) > 1 and word.isupper():
        return "U"
    return "T"


def make_token(word: str, start: int, end: int) -> Token:
    return Token(word, start, end, word.casefold(), _shape(word))


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    return [make_token(m.group(), m.start(), m.end()) for m in _WORD.finditer(text, start, end)]


def recase(tok: Token, word: str) -> None:
    tok.text = word
    tok.shape = _shape(word)


# --- soft evidence -------------------------------------------------------------------------------


def word_list(text: str) -> list[str]:
    """Whitespace-separated words of a word list written as one string."""
    return text.split()


def item_list(text: str) -> list[str]:
    """|-separated items of a list written as one string."""
    return [" ".join(p.split()) for p in text.split("|") if p.strip()]


# Common surnames, as a prior when cutting a run of capitalised words; never a requirement.
SURNAMES = frozenset(w.casefold() for w in items("surnames"))

# Provinces, big cities and a few district-level names; a run that is one of these after
# "tỉnh"/"huyện"/… is a place.
PLACES = frozenset(name_key(p) for p in items("places"))

# People of history (and the streets, schools and squares named after them): never attendees.
HISTORICAL = frozenset(name_key(p) for p in items("historical"))

# First words of capitalised runs that are not names: organisations, documents, time, and
# the function words that open a sentence ("Tại Nghệ An", "Theo Luật …").
NOT_NAME_FIRST = frozenset(
    word_list("""đảng nhà nước bộ sở ban ủy uỷ hội tỉnh huyện thành quận xã phường khu trường bệnh công tổng
    quỹ viện cục chi văn phòng luật nghị quyết chỉ thông quy kế đề chương đại trung tết năm tháng
    ngày sáng chiều tối đêm hôm tuần quý tại ở theo trong ngoài với về từ đến sau trước khi cùng còn
    đây đó những các mọi nhiều hai ba bốn năm dự phát thay nhân bên để là và nhưng nếu vì do qua
    vào ra lên xuống đối hiện như riêng tuy mặc thực đặc cụ kết tiếp tăng giảm đồng chủ phó bí
    giám chánh ủy thủ thứ đường phố ngõ quảng cầu chợ sông núi đền chùa nhà khách làng bản xóm
    thôn ấp di lãnh đại mặt quân công cảnh báo đài tạp tiểu học giáo kinh mừng chào đình""")
)

# Lower-case nouns after which a capitalised run names a place, not a person.
PLACE_NOUNS = frozenset(
    word_list("""đường phố ngõ ngách hẻm kiệt lộ cầu cảng chợ sông núi đảo bến ga khu xóm thôn bản làng
    ấp tổ xã phường trấn huyện quận tỉnh vùng miền nước trường đền chùa số tại ở đình sân hồ đèo
    suối báo tờ kênh đài hãng ty đoàn hàng trang phim cuốn giải nhóm tàu bão trình án tích
    buôn plei pơlei bon nóc""")
)
# Some of those close a two-word noun; alone they are other words ("triệu tập", "dự án").
_PAIRED = {"ty": "công", "đoàn": "tập", "hàng": "ngân", "trình": "chương", "án": "dự", "tích": "di"}


# Kinds of school, zone or works written in several words ("Trường Tiểu học Nguyễn Du", "Khu kinh
# tế mở Chu Lai", "sân bay Chu Lai"): the run after the whole kind is its name, a person's only in
# that it was named after one.
_PLACE_KINDS = tuple(
    tuple(p.split())
    for p in item_list("""tiểu học|trung học cơ sở|trung học phổ thông|mầm non|mẫu giáo|thcs|thpt|
    bệnh viện|khu kinh tế|khu công nghiệp|cụm công nghiệp|khu đô thị|khu du lịch|khu di tích|
    khu bảo tồn|vườn quốc gia|sân bay|cảng hàng không|nhà máy|nhà văn hóa|công viên|bến xe|cửa khẩu|
    hãng hàng không|hàng không|trang trại|thương hiệu|nhãn hàng""")
)
_KINDS_BY_LAST: dict[str, tuple[tuple[str, ...], ...]] = {}
for _k in _PLACE_KINDS:
    _KINDS_BY_LAST[_k[-1]] = (*_KINDS_BY_LAST.get(_k[-1], ()), _k)
# What may stand between the kind and the name: "Khu kinh tế *mở* Chu Lai", "Trường THPT *chuyên* …".
_KIND_MODIFIERS = tuple(
    tuple(p.split())
    for p in item_list("mở|mới|biển|chuyên|quốc tế|đa khoa|sinh thái|lịch sử|tư thục|công lập|cửa khẩu")
)
# The words such a noun phrase may end with: most words are none, and are turned away at once.
_PLACE_LAST = PLACE_NOUNS | frozenset(_KINDS_BY_LAST) | frozenset(m[-1] for m in _KIND_MODIFIERS)


def place_noun_before(words: list[str]) -> bool:
    """Do the words before a capitalised run (lower case, the nearest last) name a place or a
    thing, so that the run is its name ("đường Trần Phú", "công ty Hòa Phát", "Trường Tiểu học
    Nguyễn Du"), not a person's?"""
    if not words or words[-1] not in _PLACE_LAST:
        return False
    prev = words[-1]
    if prev in PLACE_NOUNS:
        need = _PAIRED.get(prev)
        if need is None or (len(words) > 1 and words[-2] == need):
            return True
    if _ends_with_kind(words):
        return True
    return any(
        len(words) > len(m) and tuple(words[-len(m) :]) == m and _ends_with_kind(words[: -len(m)])
        for m in _KIND_MODIFIERS
    )


def _ends_with_kind(words: list[str]) -> bool:
    return any(tuple(words[-len(k) :]) == k for k in _KINDS_BY_LAST.get(words[-1], ()))


# Cities and administrative units after which a place name may come before a person's name.
UNIT_WORDS = frozenset(word_list("tỉnh huyện xã phường quận trấn phố ủy bộ"))

MIDDLE = frozenset({"văn", "thị"})

# Words that open a name of the Central Highlands and are no place's or office's last word: the
# Ê Đê "Y" of men's names ("Y Jút Buôn Krông"), and the family names Jrai, Bahnar and Mnông names
# start with ("Ksor Phước Hà", "Rơ Mah Tuấn", "Nay Phi La", "Điểu K'Ré"). A name follows them; a
# cut of a run one or two words after one falls inside the name ("Đại tá Y | Jút Buôn Krông").
_OPENERS = frozenset(word_list("y ksor nay siu rơ rah kpă rcom puih điểu"))
# The Ê Đê "H'" of women's names ("H'Hoa Byă", "H'Yim Kđoh") opens one too, but a place may end
# with such a word ("huyện Ia H'Drai"): it only counts for the name that starts with it.


def opens_name(word: str, h_too: bool = True) -> bool:
    """Does the word open a name of the Central Highlands ("Y", "Ksor", with `h_too` "H'Hoa")?"""
    if word.casefold() in _OPENERS:
        return True
    return h_too and len(word) > 2 and word[0] == "H" and word[1] in "'’" and word[2].isupper()


_SYLLABLE = re.compile(
    r"(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|nh|ng|[cmnpt])?"
)


def syllable(word: str) -> bool:
    """Could the word be one Vietnamese syllable ("HÙNG", "HẢI"), unlike an acronym ("VGP", "AFP")?"""
    bare = unicodedata.normalize("NFD", word.casefold().replace("đ", "d"))
    return _SYLLABLE.fullmatch("".join(c for c in bare if not unicodedata.combining(c))) is not None


# A run of capitalised words is cut into [place or other words][name]; the name takes two to
# four of them, five when it opens with an opener ("Y Thanh Hà Niê Kđăm").
MAX_NAME = 4


def name_score(name: list[str], prefix: list[str], places: frozenset[str] = PLACES) -> float:
    s = 0.0
    first = name[0].casefold()
    if first in SURNAMES:
        s += 2.0
    if opens_name(name[0]):
        s += 3.0  # surer than a surname: no place or common word starts so
    if first in MIDDLE:
        s -= 1.0
    if len(name) >= 3 and any(w.casefold() in MIDDLE for w in name[1:-1]):
        s += 2.0
    if len(name) == 3:
        s += 1.0
    elif len(name) == 2:
        s -= 0.5
    if first in NOT_NAME_FIRST:
        s -= 1.5
    key = name_key(" ".join(name))
    if key in places:
        s -= 3.0
    if name_key(" ".join(name[:2])) in places or name_key(" ".join([*prefix[-1:], name[0]])) in places:
        s -= 3.0  # the cut falls inside a place: "Nhật | Bản Shinzo Abe", "| Hà Nội Nguyễn …"
    if len(prefix) == 1 and prefix[0].casefold() in SURNAMES and name_key(prefix[0]) not in places:
        s -= 2.0  # "Nguyễn | Vũ Trường Sơn", "Phan | Nguyễn Như Khuê": a double surname opens the name
    if any(opens_name(w, h_too=False) for w in prefix[-2:]):
        s -= 3.0  # "Y | Jút Buôn Krông", "Y Biêr | Buôn Yă": the cut falls inside the name
    if prefix:
        if name_key(" ".join(prefix)) in places:
            s += 3.0
        elif len(prefix) > 3:
            s -= 1.0
    else:
        s += 0.5
    return s


def split_run(
    words: list[str],
    after_unit: bool,
    expect_name: bool,
    ner_bonus: dict[int, float] | None = None,
    places: frozenset[str] = PLACES,
    open_place: bool = False,
) -> tuple[int, float]:
    """Where the name starts in a run of capitalised words, and how sure we are (a run right
    after a title, `expect_name`, holds a name unless it is plainly a place).

    Returns (k, margin): words[k:] is the name, or k == len(words) when the run has none
    (a place after "tỉnh", an organisation). `margin` is the score gap to the runner-up, so a
    caller can ask the NER model when it is small. `ner_bonus[k]` adds model evidence;
    `places` may add the places an article names elsewhere to the built-in ones; `open_place`
    says the unit before the run is a district or commune, whose names no list holds.
    """
    n = len(words)
    foreign = 0  # "Miguel Mario Diaz Canel Bermudez": words no Vietnamese syllable spells, a name whole
    while foreign < n and not syllable(words[n - 1 - foreign]):
        if name_key(words[n - 1 - foreign]) in places:
            break
        foreign += 1
    if foreign >= 3 and (foreign == n or name_key(" ".join(words[: n - foreign])) in places):
        return n - foreign, 99.0
    options: list[tuple[float, int]] = []
    first = max(0, n - MAX_NAME)
    if first > 0 and opens_name(words[first - 1]):
        first -= 1  # "Y Thanh Hà Niê Kđăm": five words
    for k in range(first, n - 1):
        s = name_score(words[k:], words[:k], places)
        if ner_bonus:
            s += ner_bonus.get(k, 0.0)
        options.append((s, k))
    # No name at all. After "tỉnh" every real place is a known province, so an unknown run is
    # a name, even one with no sign of it ("UBND tỉnh A Pớt"); after "huyện", "xã", "Huyện ủy" …
    # places are an open class: ask for more.
    # Right after a title ("Chủ tịch Hà Nội", "Đại sứ Việt Nam") a name is expected.
    s = 0.0
    if expect_name:
        s = -1.0
    elif after_unit:
        s = 2.0 if open_place else -0.5
    if name_key(" ".join(words)) in places:
        s += 2.0
    if ner_bonus:
        s += ner_bonus.get(n, 0.0)
    options.append((s + 1e-6, n))  # ties go to "no name": a person needs evidence
    options.sort(reverse=True)
    best_s, best_k = options[0]
    margin = best_s - options[1][0] if len(options) > 1 else 99.0
    return best_k, margin
