"""Photo captions without a credit, recognised as a class from evidence in the line and around it.

A caption tells who is shown doing what at the event ("Đồng chí … phát biểu tại hội nghị."),
where someone stands ("(thứ 2 từ phải sang)") or what the scene is ("Toàn cảnh …"). It is short,
one sentence, and rarely reads like the story: no reported speech, no connective or time
opening it, no "đã" or "sẽ". The cues and their weights are rows of
`tui/reading/data/captions.tsv`; this module adds them up and weighs in the line's place:

- a line in the run of lines that ends a text whose paragraphs are set apart by blank lines
  (papers' exports put the captions there, one a line);
- the first line of a body with no lead, short and followed by a much longer paragraph (the
  photo at the top of the story);
- a neighbour of a caption found (a gallery is captioned line after line).

Credited captions ("… Ảnh: Thành Duy") are found by `parse.caption_credit`, not here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from tui.reading.sentences import split_sentences

MAX_WORDS = 45
MAX_PLACED_WORDS = 70
MAX_FIRST_LINE_WORDS = 16
# Enough alone for a line in the middle of the story, and with the line's place.
INLINE = 3.0
TRAILING_RUN = 2.5
FIRST_LINE = 2.5
NEIGHBOUR = 1.0
UNPUNCTUATED = 1.5
MIN_GALLERY = 3
MAX_GALLERY_WORDS = 15
SHORT_WORDS = 25
SHORT = 0.5
# A cue of this weight (a position in the photo, a scene) decides alone.
DECISIVE = 3.0

# Bullets and numbers open the items of a list, which may be short lines too.
_LIST_ITEM = re.compile(r"^(?:[-–•·*+>]|\d{1,2}[.)]|[a-zđ]\))\s")
# A person's name: two or more capitalised syllables after the line's first word.
_NAME = re.compile(r"(?<=\s)[A-ZĐ][a-zà-ỹđ]*(?:\s[A-ZĐ][a-zà-ỹđ]*)+(?=\s|$|[,.(])")
_CREDIT = re.compile(r"(?<!\w)ảnh\s*:", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?…]\s+(?=[A-ZĐÀ-Ỹ“\"(])")


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str
    weight: float
    pattern: re.Pattern[str]
    example: str


@cache
def cues() -> tuple[Cue, ...]:
    """The rows of data/captions.tsv, compiled once."""
    # Beside this module, read as a plain file: importlib.resources, which nothing else loads on
    # the way to the reader's first frame, took 3 ms to import and look the file up.
    raw = Path(__file__).with_name("data").joinpath("captions.tsv").read_text(encoding="utf-8")
    rows = []
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, weight, pattern, example = line.split("\t")
        rows.append(Cue(kind, float(weight), re.compile(pattern, re.IGNORECASE), example))
    return tuple(rows)


def _bare(line: str) -> bool:
    """Short, and ending with no punctuation: a gallery's caption."""
    return len(line.split()) <= MAX_GALLERY_WORDS and line.rstrip()[-1:].isalnum()


def candidate(line: str, max_words: int = 0) -> bool:
    """Short enough and shaped like a caption: one or two sentences, no list item."""
    words = line.split()
    if not words or len(words) > (max_words or MAX_WORDS) or _LIST_ITEM.match(line):
        return False
    if line[0].islower():
        return False  # a sentence going on from the line above (a text wrapped at a width)
    if len(_SENTENCE_BREAK.findall(line.rstrip())) <= 1:
        return True
    # "TP. HCM", "T.Ư": a stop that ends no sentence; the sentence splitter knows them
    return len(split_sentences(line, 0, len(line))) <= 2


def evidence(line: str) -> float:
    """The line's own evidence of being a caption: the weights of the cues it shows (each
    kind counted once for positive cues) and a little for being short."""
    score = 0.0
    seen: set[str] = set()
    for cue in cues():
        if cue.pattern.search(line):
            if cue.weight > 0:
                if cue.kind in seen:
                    continue
                seen.add(cue.kind)
            score += cue.weight
    if len(line.split()) <= SHORT_WORDS:
        score += SHORT
    return score


def decisive(line: str) -> bool:
    """A position in the photo or a scene: a caption wherever it stands."""
    return any(c.weight >= DECISIVE and c.pattern.search(line) for c in cues())


def someone_doing(line: str) -> bool:
    """The line opens with a person, an office or a group and then names someone or says what
    they do: "Bí thư Tỉnh ủy Thái Thanh Quý chủ trì …", "Các đại biểu tham quan …" (not "Lực
    lượng an ninh mỏng")."""
    if not any(c.kind == "subject" and c.pattern.search(line) for c in cues()):
        return False
    if _NAME.search(line):
        return True
    return any(c.kind == "action" and c.pattern.search(line) for c in cues())


def _unpunctuated_someone(line: str) -> bool:
    """Someone doing something, short, with no final punctuation: a caption's shape (the
    story's sentences end with a stop, headings do not open with a person)."""
    return len(line.split()) <= SHORT_WORDS and line.rstrip()[-1:].isalnum() and someone_doing(line)


def find_captions(lines: list[str], gaps: list[bool], *, no_lead: bool = False) -> set[int]:
    """Indices of the body lines that are photo captions.

    `gaps[i]`: a blank line stands between line i-1 and line i. `no_lead`: the body opens right
    under the title, where a story's photo and its caption come first.
    """
    n = len(lines)
    # a caption that says where each one stands may run long: its cue decides
    ok = [candidate(t) or (candidate(t, MAX_PLACED_WORDS) and decisive(t)) for t in lines]
    score = [evidence(t) if ok[i] else float("-inf") for i, t in enumerate(lines)]
    bonus = [0.0] * n
    # The run of lines with no blank between them that ends a text set in blank-separated
    # paragraphs: the captions the papers' exports put after the story.
    if n >= 3 and sum(gaps[1:]) * 2 >= n - 1:
        start = n - 1
        while start > 0 and not gaps[start]:
            start -= 1
        if n - start >= 2 and all(ok[start:]):
            for i in range(start, n):
                bonus[i] += TRAILING_RUN
    first = len(lines[0].split()) if lines else 0
    # A gallery closing the story: three or more short lines with no final punctuation (the
    # captions of photos one under another), after the story's last sentence.
    start = n
    while start > 0 and ok[start - 1] and _bare(lines[start - 1]):
        start -= 1
    if n - start >= MIN_GALLERY and start > 0:
        for i in range(start, n):
            bonus[i] += TRAILING_RUN
    if no_lead and n >= 2 and ok[0] and first <= MAX_FIRST_LINE_WORDS and len(lines[1].split()) >= 2 * first:
        bonus[0] += FIRST_LINE
    for i in range(n):
        if ok[i] and _unpunctuated_someone(lines[i]):
            bonus[i] += UNPUNCTUATED
    found = {i for i in range(n) if ok[i] and (decisive(lines[i]) or score[i] + bonus[i] >= INLINE)}
    # A gallery: a line next to a caption needs less evidence of its own.
    for i in sorted(found):
        if _CREDIT.search(lines[i]):
            continue  # a credited caption closes its own photo, under any paragraph
        for j in (i - 1, i + 1):
            if no_lead and j == 1:
                continue  # under the photo at the top comes the story's first sentence
            if 0 <= j < n and j not in found and ok[j] and score[j] + bonus[j] + NEIGHBOUR >= INLINE:
                found.add(j)
    return found


def shows_a_caption(line: str) -> bool:
    """Enough evidence in the line alone, wherever it stands."""
    return candidate(line) and (decisive(line) or evidence(line) >= INLINE)


def ends_like_a_caption_block(lines: list[str]) -> bool:
    """Lines under the author's signature: captions when most of them end with a full stop or
    show a caption's cues (related headlines under a signature have neither)."""
    if not lines or not all(candidate(t) for t in lines):
        return False
    votes = sum(1 for t in lines if _closes_like_a_caption(t))
    return votes * 2 > len(lines)


def _closes_like_a_caption(line: str) -> bool:
    """A line under the signature that reads as a caption: a full stop and none of the story's
    cues (speech, connectives, "đã"), or a caption's own cues."""
    score = evidence(line)
    return (line.rstrip("”\"' ").endswith(".") and score >= 0) or score >= INLINE or decisive(line)
