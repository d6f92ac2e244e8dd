"""Byte tables for the pre-Unicode Vietnamese encodings still found in older documents.

The tables, and the decoding `load.py` falls back to when a file is not UTF-8 (imported only
then). Checked against the TCVN 5712:1993 table shipped with
X-TrueType (xc/extras/X-TrueType/TCVN/TCVNtoUCS2.c) and the Unicode/VNI/TCVN3 lists of the
`vietnamese-conversion` package (github.com/duydev/vietnamese-conversion, src/charsets.ts).

TCVN3 ("ABC", the .VnTime fonts) is one byte per letter. Its letters sit in 0xA1-0xFE; toned
capitals do not exist in it (the .VnTimeH fonts draw the lowercase codes as capitals), so the
free positions of that range take their TCVN 5712 VN1 meaning. 0x80-0x9F keep their Windows-1252
meaning (curly quotes and dashes that Windows put there), as does everything below 0x80.

VNI-Windows writes a vowel as a base letter followed by a "mark" byte (a + 0xF9 = á,
a + 0xE1 = ấ); a few letters have a byte of their own (0xF1 = đ, 0xF6 = ư). Bytes are read as
Windows-1252, the marks become combining characters, and NFC composes the result.
"""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata

# --- TCVN3 (ABC) -------------------------------------------------------------------------------

TCVN3: dict[int, str] = {
    # letters without a tone
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    # lowercase toned letters, by vowel: grave, hook, tilde, acute, dot below
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",  # a
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",  # ă
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",  # â
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",  # e
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",  # ê
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",  # i
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",  # o
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",  # ô
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",  # ơ
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",  # u
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",  # ư
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",  # y
    # the rest of 0xA0-0xFF as TCVN 5712 VN1: tone marks and some toned capitals
    0xB0: "\u0300", 0xB1: "\u0309", 0xB2: "\u0303", 0xB3: "\u0301", 0xB4: "\u0323",
    0xAF: "Ằ", 0xBA: "Ẳ", 0xBF: "Ẵ", 0xC0: "Ắ", 0xC1: "Ầ", 0xC2: "Ẩ", 0xC3: "Ẫ", 0xC4: "Ấ",
    0xC5: "Ề", 0xCD: "Ể", 0xD9: "Ễ", 0xDA: "Ế", 0xDB: "Ồ", 0xE0: "Ổ", 0xF0: "Ỗ", 0xFF: "Ố",
}  # fmt: skip

# --- VNI-Windows ---------------------------------------------------------------------------------

_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
_CIRCUMFLEX, _BREVE = "\u0302", "\u0306"

# Mark bytes: (lowercase byte, uppercase byte) -> combining marks. Lowercase letters take the
# lowercase byte, capitals the uppercase one.
_VNI_MARK_PAIRS: dict[tuple[int, int], str] = {
    (0xF8, 0xD8): _GRAVE,  # aø = à
    (0xF9, 0xD9): _ACUTE,  # aù = á
    (0xFB, 0xDB): _HOOK,  # aû = ả
    (0xF5, 0xD5): _TILDE,  # aõ = ã
    (0xEF, 0xCF): _DOT,  # aï = ạ
    (0xE2, 0xC2): _CIRCUMFLEX,  # aâ = â
    (0xE1, 0xC1): _CIRCUMFLEX + _ACUTE,  # aá = ấ
    (0xE0, 0xC0): _CIRCUMFLEX + _GRAVE,  # aà = ầ
    (0xE5, 0xC5): _CIRCUMFLEX + _HOOK,  # aå = ẩ
    (0xE3, 0xC3): _CIRCUMFLEX + _TILDE,  # aã = ẫ
    (0xE4, 0xC4): _CIRCUMFLEX + _DOT,  # aä = ậ
    (0xEA, 0xCA): _BREVE,  # aê = ă
    (0xE9, 0xC9): _BREVE + _ACUTE,  # aé = ắ
    (0xE8, 0xC8): _BREVE + _GRAVE,  # aè = ằ
    (0xFA, 0xDA): _BREVE + _HOOK,  # aú = ẳ
    (0xFC, 0xDC): _BREVE + _TILDE,  # aü = ẵ
    (0xEB, 0xCB): _BREVE + _DOT,  # aë = ặ
}

# Letters with a byte of their own: (lowercase byte, uppercase byte) -> (lowercase, uppercase).
_VNI_LETTER_PAIRS: dict[tuple[int, int], tuple[str, str]] = {
    (0xF1, 0xD1): ("đ", "Đ"),
    (0xF4, 0xD4): ("ơ", "Ơ"),
    (0xF6, 0xD6): ("ư", "Ư"),
    (0xEC, 0xCC): ("ì", "Ì"),
    (0xED, 0xCD): ("í", "Í"),
    (0xE6, 0xC6): ("ỉ", "Ỉ"),
    (0xF3, 0xD3): ("ĩ", "Ĩ"),
    (0xF2, 0xD2): ("ị", "Ị"),
    (0xEE, 0xCE): ("ỵ", "Ỵ"),
}

VNI: dict[int, str] = {}
for (_low, _up), _marks in _VNI_MARK_PAIRS.items():
    VNI[_low] = VNI[_up] = _marks
for (_low, _up), (_lower, _upper) in _VNI_LETTER_PAIRS.items():
    VNI[_low], VNI[_up] = _lower, _upper
del _low, _up, _marks, _lower, _upper

# Bytes whose presence right after a vowel is the VNI signature (the mark bytes).


# --- choosing the encoding ----------------------------------------------------------------------


def _windows_table(codepage: str) -> str:
    """A 256-character decoding table; bytes the code page leaves undefined keep Latin-1 meaning."""
    return "".join(bytes([b]).decode(codepage, errors="ignore") or chr(b) for b in range(256))


_CP1252 = _windows_table("cp1252")
_CP1258 = _windows_table("cp1258")
_TCVN3 = "".join(TCVN3.get(b, ch) for b, ch in enumerate(_CP1252))
_VNI = {b: VNI.get(b, ch) for b, ch in enumerate(_CP1252)}
_LEGACY = (  # ties go to the first
    ("Windows-1258", _CP1258),
    ("VNI", _VNI),
    ("TCVN3", _TCVN3),
)
_SAMPLE_BYTES = 64 * 1024

_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_WORD = re.compile(r"[^\W\d_]+")
_SYLLABLE = re.compile(
    r"(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnpqrstvx])?"
    r"(?:iêu|yêu|oai|oao|oay|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu"
    r"|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|oo|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê"
    r"|[aăâeêioôơuưy])"
    r"(?:ch|ng|nh|[cmnpt])?"
)


@functools.lru_cache(maxsize=8192)
def _is_syllable(word: str) -> bool:
    """Whether a word is a well-formed Vietnamese syllable (one tone, known onset/vowels/coda)."""
    if not (word.islower() or word.isupper() or word.istitle()):
        return False
    parts = unicodedata.normalize("NFD", word.lower())
    if sum(ch in _TONES for ch in parts) > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(ch for ch in parts if ch not in _TONES))
    return _SYLLABLE.fullmatch(base) is not None


def _vietnamese_score(text: str) -> tuple[int, int]:
    """(well-formed, malformed) counts of the non-ASCII words of a text."""
    good = bad = 0
    for word in _WORD.findall(unicodedata.normalize("NFC", text)):
        if word.isascii():
            continue
        if _is_syllable(word):
            good += 1
        else:
            bad += 1
    return good, bad


def _sample(data: bytes) -> bytes:
    if len(data) <= _SAMPLE_BYTES:
        return data
    cut = max(data.rfind(b" ", 0, _SAMPLE_BYTES), data.rfind(b"\n", 0, _SAMPLE_BYTES))
    return data[: cut if cut > 0 else _SAMPLE_BYTES]


def decode_legacy(data: bytes) -> str | None:
    """Decode with the legacy Vietnamese encoding whose reading gives well-formed syllables."""
    sample = _sample(data)
    best_table, best_margin = None, 0
    for _label, table in _LEGACY:
        good, bad = _vietnamese_score(codecs.charmap_decode(sample, "strict", table)[0])
        # Convincing: mostly well-formed syllables, and better than the readings tried before.
        if good > 0 and good >= 3 * bad and (best_table is None or good - bad > best_margin):
            best_table, best_margin = table, good - bad
    if best_table is None:
        return None
    return codecs.charmap_decode(data, "strict", best_table)[0]
