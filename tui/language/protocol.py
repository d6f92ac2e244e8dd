"""Sentences that only say who attended, chaired or welcomed: the protocol of a meeting report.

Such a sentence is a list of people with their titles ("Dự có đồng chí Nguyễn Văn An - Phó Chủ
tịch HĐND tỉnh; Trần Thị Hoa - Giám đốc Sở Tài chính.", "Đồng chí Lê Hùng - Bí thư Huyện ủy
điều hành kỳ họp."), whatever verb opens or closes it; the attendee pane shows those people, and a
summary is for what was said and decided.  So the decision is about what the sentence is made of,
not how it is phrased: the share of its words that name people and their offices.

A word counts as a name or an office when it is capitalised (a person, an office, an acronym such
as HĐND; the sentence's first word only when it is a title word), or when it is one of the title
words of data/protocol_vi.txt ("đồng chí", "phó", "tỉnh", "nhiệm kỳ" …); its [neutral] words
("các", "và") count neither way, and every other word (a verb, a number, a noun of the story)
counts against.  A sentence that also says what was decided ("… chủ trì hội nghị và kết luận:
tỉnh đầu tư 200 tỷ đồng …") has too many words of its own to be protocol.

This is a cheap estimate (a regular expression and set look-ups, no word segmentation and no
import beyond the standard library), run on every sentence of every summary.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

__all__ = ["MOSTLY", "is_protocol", "people_share"]

# A sentence is protocol when names and offices are at least this share of its words, and it
# speaks of someone: the value splits the sentences of tests/genre's reports and was checked
# against the ROUGE of the development set (bench/train_newsrank.py prints it).
MOSTLY = 0.6
_LONGEST = 3  # syllables in the longest entry of the word list

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,/]\d+)*")


@lru_cache(maxsize=1)
def _words() -> dict[tuple[str, ...], str]:
    """Each entry of the word list (as its syllables) → its section, "person" or "neutral"."""
    text = resources.files("tui.language").joinpath("data/protocol_vi.txt").read_text("utf-8")
    words: dict[tuple[str, ...], str] = {}
    section = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            section = line.strip("[]")
        elif section in ("person", "neutral"):
            words[tuple(line.split())] = section
        else:
            raise ValueError(f"protocol_vi.txt: word before any [section]: {line!r}")
    return words


@lru_cache(maxsize=4096)
def people_share(text: str) -> tuple[float, bool]:
    """(share of the sentence's words that are names and offices, whether it speaks of someone:
    a title word or a way of calling a person).  Kept per text: every length and scope of a
    summary asks again."""
    words = _words()
    tokens = _TOKEN.findall(text)
    low = [t.lower() for t in tokens]
    n = len(tokens)
    covered = 0
    counted = 0
    someone = False
    i = 0
    while i < n:
        kind = ""
        k = min(_LONGEST, n - i)
        while k:
            kind = words.get(tuple(low[i : i + k]), "")
            if kind:
                break
            k -= 1
        if kind == "person":
            covered += k
            counted += k
            someone = True
        elif kind:  # neutral
            pass
        else:
            k = 1
            counted += 1
            covered += i > 0 and tokens[i][0].isupper()
        i += k
    return (covered / counted if counted else 0.0), someone


def is_protocol(text: str) -> bool:
    """A sentence that only says who attended, chaired or welcomed (see the module's doc)."""
    share, someone = people_share(text)
    return someone and share >= MOSTLY
