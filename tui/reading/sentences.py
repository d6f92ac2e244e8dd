"""Vietnamese sentence splitting that reports character spans instead of strings.

The splitter is a small scanner: every run of terminal punctuation ([.!?…], "...", plus any
closing quotes/brackets glued to it) is a *candidate* boundary, and a handful of rules veto
the candidates that are not real sentence ends (abbreviations, initials, list markers, …).
A line break always ends a sentence.  It is pure Python on top of ``re`` and runs on every
parse, so it must stay cheap: one regex pass per line and little work per candidate.
"""

from __future__ import annotations

import re

__all__ = ["ABBREVIATIONS", "split_sentences"]

# Tokens that are written with a trailing dot but do not end a sentence, compared in lower
# case.  A token is the run of letters, digits and dots right before the candidate dot, so
# "PGS.TS." is looked up both whole ("pgs.ts") and by its last part ("ts").  Lower case
# comparison is safe because none of these is an ordinary Vietnamese word ("co", "no", "h"
# are deliberately left out: "co.", "no." and "8 h." do end sentences).
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        # Places: thành phố, thị xã, thị trấn, quận, phường, xã.
        "tp",
        "tx",
        "tt",
        "q",
        "p",
        "x",
        # Academic and professional titles: giáo sư, phó giáo sư, tiến sĩ (khoa học),
        # thạc sĩ, bác sĩ (chuyên khoa I/II), dược sĩ, kỹ sư, kiến trúc sư, luật sư,
        # cử nhân, nghiên cứu sinh, nghệ sĩ nhân dân / ưu tú.
        "gs",
        "pgs",
        "ts",
        "tskh",
        "ths",
        "th.s",
        "bs",
        "bsck",
        "bscki",
        "bsckii",
        "ck1",
        "ck2",
        "cki",
        "ckii",
        "ds",
        "ks",
        "kts",
        "ls",
        "cn",
        "ncs",
        "nsnd",
        "nsưt",
        # Bibliographic: nhà xuất bản, trang, ví dụ, vân vân.
        "nxb",
        "tr",
        "vd",
        "v.v",
        # Borrowed English ones that show up in Vietnamese news.
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "jr",
        "sr",
        "vs",
        "etc",
        "corp",
        "ltd",
    }
)

# Line separators, the same set str.splitlines() uses; a sentence never spans two lines.
_LINE = re.compile(r"[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")

_OPENERS = "\"'“‘«‹([{"

# A candidate: terminal punctuation followed by any more terminal punctuation or closers, so
# that `.”`, `?»`, `!!!`, `.")` and "..." are each a single candidate and the closer stays
# with the sentence it closes.
_TERMINATOR = re.compile(r"[.!?…][.!?…\"'”’»›)\]}]*")

# A letter or digit (``\w`` minus the underscore).
_WORD = re.compile(r"[^\W_]")

_ROMAN = frozenset("IVXLCDM")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans (absolute offsets into `text`) within text[start:end], each trimmed of surrounding whitespace, in order, non-overlapping, never empty."""  # noqa: E501
    start, end, _ = slice(start, end).indices(len(text))
    spans: list[tuple[int, int]] = []
    # Blank lines produce no match at all, so they are skipped for free.
    for line in _LINE.finditer(text, start, end):
        _split_line(text, line.start(), line.end(), spans)
    return spans


def _split_line(text: str, line_start: int, line_end: int, spans: list[tuple[int, int]]) -> None:
    sentence_start = line_start
    first_word = -1  # where the current sentence's first letter/digit is, found lazily
    for match in _TERMINATOR.finditer(text, line_start, line_end):
        run_start, run_end = match.span()
        if run_end >= line_end:
            break  # the line break ends the sentence anyway
        # Punctuation glued to the next character is inside a token: "vnexpress.net",
        # "(Baonghean.vn)", "25.2.2020", "8.30", "1.000.000", "12.5%", "TP.HCM", "PGS.TS".
        if not text[run_end].isspace():
            continue
        if first_word < sentence_start:
            word = _WORD.search(text, sentence_start, line_end)
            first_word = word.start() if word else line_end
        # A "sentence" without a single letter or digit ("…", "“…”") would be noise; let the
        # punctuation lead into the next sentence instead.
        if first_word >= run_start:
            continue
        if _inside_quote(text, sentence_start, run_start, run_end, line_end):
            continue
        if _is_boundary(text, line_end, sentence_start, run_start, run_end):
            _emit(text, sentence_start, run_end, spans)
            sentence_start = run_end
    _emit(text, sentence_start, line_end, spans)


# Typographic quotes open and close unambiguously (a straight " does not say which it does).
_OPEN_QUOTES = "“«"
_CLOSE_QUOTES = "”»"
MAX_QUOTE_TAIL = 300  # characters each side of a stop: a longer quotation is a speech, split


def _inside_quote(text: str, sentence_start: int, run_start: int, run_end: int, line_end: int) -> bool:
    """A stop inside a short quotation that closes further on ("… nhấn mạnh: “A. B.”"): the
    quotation stays whole, so that no summary shows half of it with its quote mark dangling."""
    # Looking back no further than a short quotation reaches keeps a long line's cost linear.
    since = max(sentence_start, run_start - MAX_QUOTE_TAIL)
    opened = sum(text.count(q, since, run_start) for q in _OPEN_QUOTES)
    closed = sum(text.count(q, since, run_end) for q in _CLOSE_QUOTES)
    if opened <= closed:
        return False
    tail = min(line_end, run_end + MAX_QUOTE_TAIL)
    return any(text.find(q, run_end, tail) >= 0 for q in _CLOSE_QUOTES)


def _is_boundary(text: str, line_end: int, sentence_start: int, run_start: int, run_end: int) -> bool:
    """Whether the candidate text[run_start:run_end] (followed by whitespace) ends a sentence."""
    # What starts the next sentence: skip the whitespace and any opening quotes/brackets.
    i = run_end
    while i < line_end and text[i].isspace():
        i += 1
    while i < line_end and text[i] in _OPENERS:
        i += 1
    if i >= line_end:
        return False  # only whitespace/openers left on the line: they stay in this sentence
    upper = text[i].isupper()  # str.isupper() knows Đ, Ă, Â, Ê, Ô, Ơ, Ư, Ấ, Ở, …
    digit = text[i].isdigit()

    run = text[run_start:run_end]
    if "!" in run or "?" in run:
        return upper or digit
    if "…" in run or ".." in run:
        # An ellipsis often trails off mid-sentence ("… góp phần nâng cao"); only a capital
        # letter afterwards makes it an end.  "(…)" / "[...]" mark an elided quote, not an end.
        if run_start > 0 and text[run_start - 1] in "([":
            return False
        return upper
    if not (upper or digit):
        return False  # ". và tiếp tục": lower case after a dot continues the sentence
    if run != ".":
        # A closer after the dot (`.”`, `.)`) means the writer ended something here, so
        # even "TP.”" or "A.”" counts as an end; the word vetoes below are for a bare dot.
        return True

    # The token the dot is attached to: letters, digits, inner dots (and combining marks
    # for text in decomposed form).
    token_start = run_start
    while token_start > sentence_start and _is_token_char(text[token_start - 1]):
        token_start -= 1
    token = text[token_start:run_start]
    if not token:
        return True
    if _is_abbreviation(token):
        return False
    # "1. Giới thiệu", "II. MỤC TIÊU", "a. Nội dung": a list marker opening the sentence.
    return not (_is_blank(text, sentence_start, token_start) and _is_list_marker(token))


def _is_token_char(char: str) -> bool:
    return char.isalnum() or char == "." or "\u0300" <= char <= "\u036f"


def _is_abbreviation(token: str) -> bool:
    lowered = token.lower()
    last = lowered.rpartition(".")[2]
    if lowered in ABBREVIATIONS or last in ABBREVIATIONS:
        return True  # "TP. Hồ Chí Minh", "PGS.TS. Nguyễn", "GS.TSKH.", "v.v."
    # A lone capital is an initial ("Nguyễn Văn A. Trần Văn B", "Th.S.", "Q. 1", "P. Hưng
    # Bình").  "… là A. Sau đó" is ambiguous too; keeping it whole is the cheaper mistake.
    # An initial at the end of a line still ends the sentence through the line break.
    base = "".join(ch for ch in token.rpartition(".")[2] if not "\u0300" <= ch <= "\u036f")
    return len(base) == 1 and base.isupper()


def _is_list_marker(token: str) -> bool:
    if token.isdigit():
        return len(token) <= 3
    if len(token) == 1:
        return token.isalpha()
    return len(token) <= 6 and all(ch in _ROMAN for ch in token)


def _is_blank(text: str, start: int, stop: int) -> bool:
    return start == stop or text[start:stop].isspace()


def _emit(text: str, start: int, stop: int, spans: list[tuple[int, int]]) -> None:
    """Append text[start:stop] trimmed of whitespace, unless nothing is left."""
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    if start < stop:
        spans.append((start, stop))
