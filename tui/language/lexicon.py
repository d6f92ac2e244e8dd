"""The word lists of the attendee reader, kept as data under `data/` (one item a line).

Each file opens with comments that say what its items are and show them in use; a line is an
item, `#` starts a comment. The lists are read once, on first use, from inside the package.
Beside them, the words of underthesea's dictionary, where a body's name needs to know where a word
ends (`dictionary_words`).
"""

from __future__ import annotations

import functools
import importlib.util
import re
import unicodedata
from importlib import resources
from pathlib import Path

__all__ = ["dictionary_words", "in_dictionary", "items", "table"]


@functools.cache
def items(name: str) -> tuple[str, ...]:
    """The items of `data/<name>.txt`, in file order, comments and blank lines dropped."""
    raw = resources.files("tui.language").joinpath(f"data/{name}.txt").read_text(encoding="utf-8")
    out = []
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(" ".join(line.split()))
    return tuple(out)


@functools.cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of `data/<name>.tsv`: tab-separated columns, comments and blank lines dropped."""
    raw = resources.files("tui.language").joinpath(f"data/{name}.tsv").read_text(encoding="utf-8")
    out = []
    for line in raw.splitlines():
        line = line.split("#", 1)[0].rstrip()
        if line.strip():
            out.append(tuple(" ".join(c.split()) for c in line.split("\t")))
    return tuple(out)


@functools.cache
def dictionary_words() -> frozenset[str]:
    """underthesea's Vietnamese dictionary (Hồ Ngọc Đức's, 74,000 words), lower case, one word a
    string of syllables. Read from the package's data file by path: importing underthesea itself
    takes far longer than the file (some 40 ms)."""
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    path = Path(spec.submodule_search_locations[0], "corpus", "data", "Viet74K.txt")
    try:
        return frozenset(path.read_text(encoding="utf-8").lower().split("\n"))
    except OSError:
        return frozenset()


# The dictionary writes most tones the old way ("hoà", "thuỷ"); the reader's text has the new one.
_NEW_TONE = re.compile("([oOuU])([\u0300\u0301\u0303\u0309\u0323])([aAeEyY])")


def in_dictionary(words: frozenset[str], word: str) -> bool:
    """Is the word (lower case, new tone placement) in the dictionary, in either placement?"""
    if word in words:
        return True
    old = unicodedata.normalize("NFC", _NEW_TONE.sub(r"\1\3\2", unicodedata.normalize("NFD", word)))
    return old != word and old in words
