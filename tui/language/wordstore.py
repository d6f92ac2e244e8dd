"""The words of articles segmented before, kept on disk: opening an article again needs no word
segmentation, so neither underthesea nor its model (about 0.3 s to load, more than all the rest
of a summary) is loaded for it.

One JSON file per article, named by a hash of its text and of the segmenter (its model file, and
`FORMAT`, our reading of its output), in the user's cache dir (platformdirs) or in
`$DOCBAO_CACHE_DIR`; `$DOCBAO_CACHE_DIR` set to an empty string turns the store off. Only the
newest `KEEP` files are kept. The store is a convenience: any failure to read or write it is
silent, and the words are then segmented as usual.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import os
import tempfile
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

__all__ = ["load", "save", "store_dir"]

ENV_DIR = "DOCBAO_CACHE_DIR"
FORMAT = 1  # bump when `tui.language.words.segment` changes what it makes of underthesea's tokens
KEEP = 500
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
        data = json.loads(path.read_text("utf-8"))
        words = {text: tuple(ws) for text, ws in data["words"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}
    if not all(isinstance(w, str) for ws in words.values() for w in ws):
        return {}
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: kept longer
    return words


def save(article_text: str, words: Mapping[str, Words]) -> None:
    """Keep an article's words (replacing what was kept for it), then drop the oldest files."""
    path = _path(article_text)
    if path is None or not words:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        body = json.dumps({"words": {t: list(ws) for t, ws in words.items()}}, ensure_ascii=False)
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
    files = []
    for entry in os.scandir(folder):
        if entry.name.endswith(".json") and not entry.name.startswith("."):
            with contextlib.suppress(OSError):
                files.append((entry.stat().st_mtime_ns, entry.path))
    for _, stale in sorted(files, reverse=True)[KEEP:]:
        with contextlib.suppress(OSError):
            os.unlink(stale)
