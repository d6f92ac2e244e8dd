"""The words of articles segmented before, kept on disk: opening an article again needs no word
segmentation, so neither underthesea nor its model (about 0.3 s to load, more than all the rest
of a summary) is loaded for it.

One JSON file per article, named by a hash of its text and of the segmenter (its model file, and
`FORMAT`, our reading of its output), in the user's cache dir (platformdirs) or in
`$DOCBAO_CACHE_DIR`; `$DOCBAO_CACHE_DIR` set to an empty string turns the store off. Only the
newest `KEEP` files, `LIMIT_BYTES` in all, are kept, none over `FILE_LIMIT_BYTES`. The store is
a convenience: any failure to read or write it is silent, and the words are then segmented as
usual. What is read back is checked, sentence by sentence: words that do not spell their
sentence (a file cut short, edited, or written by another version) are dropped and segmented
again, never handed to the summarizers.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

__all__ = ["load", "save", "store_dir"]

ENV_DIR = "DOCBAO_CACHE_DIR"
FORMAT = 1  # bump when `tui.language.words.segment` changes what it makes of underthesea's tokens
KEEP = 500
LIMIT_BYTES = 64 * 1024 * 1024  # all the files together
FILE_LIMIT_BYTES = 8 * 1024 * 1024  # one article's words (an article of about 3 MB)
MODEL = ("pipeline", "word_tokenize", "models", "ws_crf_vlsp2013_20230727", "models.bin")

Words = tuple[str, ...]


def store_dir() -> Path | None:
    """Where the words are kept (None: nowhere)."""
    configured = os.environ.get(ENV_DIR)
    if configured is not None:
        return Path(configured) / "words" if configured else None
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("docbao", appauthor=False)) / "words"


@lru_cache(maxsize=1)
def _segmenter_tag() -> str | None:
    """What identifies the segmenter's output: its model file's size and time, and our format."""
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        return None
    try:
        stat = Path(spec.submodule_search_locations[0], *MODEL).stat()
    except OSError:
        return None
    return f"{FORMAT}:{stat.st_size}:{stat.st_mtime_ns}"


def _path(article_text: str) -> Path | None:
    folder = store_dir()
    tag = _segmenter_tag()
    if folder is None or tag is None:
        return None
    digest = hashlib.sha256(f"{tag}\n{article_text}".encode("utf-8", "surrogatepass")).hexdigest()
    return folder / f"{digest[:40]}.json"


def load(article_text: str) -> dict[str, Words]:
    """The words kept for an article (text → words); empty if there are none."""
    path = _path(article_text)
    if path is None:
        return {}
    try:
        if path.stat().st_size > FILE_LIMIT_BYTES:  # not ours to read whole: dropped
            path.unlink()
            return {}
        data = json.loads(path.read_text("utf-8"))
        entries = data["words"].items()
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return {}
    words = {text: tuple(ws) for text, ws in entries if _valid(text, ws)}
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: kept longer
    return words


_NOT_LETTERS = re.compile(r"[\W_]+")  # \W also matches the combining marks of NFD


def _letters(text: str, *, marks: bool = True) -> str:
    """The letters and digits of a text, lower case: what segmentation keeps of a sentence,
    whatever it drops (punctuation, spaces); without `marks`, without the diacritics too, which
    segmentation may respell (a tone mark's place: 'Thuỷ', 'thủy')."""
    text = text.lower()
    return _NOT_LETTERS.sub("", text if marks else unicodedata.normalize("NFD", text))


_WORDLESS = re.compile(r"^[\W_]*$", re.MULTILINE)  # a line without a letter or digit


def _valid(text: object, words: object) -> bool:
    """Words as `segment` makes them (lower case, each with a letter or digit) that spell the
    sentence: an empty or foreign list of words would summarize the sentence as nothing."""
    if not isinstance(text, str) or not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        return False
    joined = "\n".join(words)  # one string to check: a word per line
    if joined != joined.lower() or (words and _WORDLESS.search(joined)):
        return False
    return _letters(joined) == _letters(text) or _letters(joined, marks=False) == _letters(text, marks=False)


def save(article_text: str, words: Mapping[str, Words]) -> None:
    """Keep an article's words (replacing what was kept for it), then drop the oldest files."""
    path = _path(article_text)
    if path is None or not words:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        body = json.dumps({"words": {t: list(ws) for t, ws in words.items()}}, ensure_ascii=False)
        if len(body) > FILE_LIMIT_BYTES:  # characters: at most the bytes UTF-8 takes
            return
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, prefix=".tmp-", suffix=".json", delete=False
        ) as out:
            out.write(body)
        os.replace(out.name, path)
        _prune(path.parent)
    except OSError:
        with contextlib.suppress(OSError, UnboundLocalError):
            os.unlink(out.name)


def _prune(folder: Path) -> None:
    """Keep the newest files while there are at most `KEEP` of them and `LIMIT_BYTES` in all."""
    files = []
    for entry in os.scandir(folder):
        if entry.name.endswith(".json") and not entry.name.startswith("."):
            with contextlib.suppress(OSError):
                st = entry.stat()
                files.append((st.st_mtime_ns, st.st_size, entry.path))
    total = 0
    for n, (_, size, path) in enumerate(sorted(files, reverse=True)):
        total += size
        if n >= KEEP or total > LIMIT_BYTES:
            with contextlib.suppress(OSError):
                os.unlink(path)
