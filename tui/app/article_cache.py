"""A cache of parsed articles, so that opening the same file again paints at once.

Parsing is quick, but on the way to the first frame every millisecond shows: loading the reading
modules and compiling their patterns costs more than Textual's own start-up margin. The cache
holds the `Article` the reading layer returned, keyed by the file (path, size, modification time)
and by the reading code itself (every module of `tui.reading` and `tui.language`, by size and
modification time), so a changed file or a changed parser is parsed afresh. Anything wrong with
an entry (missing, stale, unreadable, from another Python) means: parse as usual.
"""

from __future__ import annotations

import os
import pickle
import sys
import zlib
from pathlib import Path

from tui.reading.model import Article

CACHE_VERSION = 1
MAX_FILE_BYTES = 2 * 1024 * 1024  # larger files are not worth a copy
MAX_ENTRIES = 32
_SUBDIR = "articles"
_CODE_DIRS = ("reading", "language", "language/data")


def _code_stamp() -> tuple:
    root = Path(__file__).resolve().parent.parent  # the tui package
    stamp = []
    for sub in _CODE_DIRS:
        try:
            with os.scandir(root / sub) as entries:
                for e in entries:
                    if e.is_file():
                        st = e.stat()
                        stamp.append((sub, e.name, st.st_size, st.st_mtime_ns))
        except OSError:
            continue
    return tuple(sorted(stamp))


def _key(path: str) -> tuple | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    if st.st_size > MAX_FILE_BYTES or not os.access(path, os.R_OK):
        return None
    return (CACHE_VERSION, sys.version_info[:2], path, st.st_size, st.st_mtime_ns, _code_stamp())


def _entry(path: str) -> Path:
    from tui.settings import cache_dir

    return cache_dir() / _SUBDIR / f"{zlib.crc32(path.encode('utf-8', 'surrogateescape')):08x}.pickle"


def load(path: str | os.PathLike[str]) -> Article | None:
    """The cached Article of `path`, or None when there is no fresh entry."""
    path = os.path.abspath(path)
    key = _key(path)
    if key is None:
        return None
    try:
        with open(_entry(path), "rb") as f:
            stored_key, article = pickle.load(f)
    except Exception:  # missing, truncated, written by other code: parse as usual
        return None
    if stored_key != key or not isinstance(article, Article):
        return None
    return article


def store(path: str | os.PathLike[str], article: Article) -> None:
    """Keep `article` for the next start (quietly does nothing when it cannot)."""
    path = os.path.abspath(path)
    key = _key(path)
    if key is None:
        return
    entry = _entry(path)
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        tmp = entry.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as f:
            pickle.dump((key, article), f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, entry)
        _prune(entry.parent)
    except Exception:
        return


def _prune(folder: Path) -> None:
    entries = sorted(folder.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[MAX_ENTRIES:]:
        old.unlink(missing_ok=True)
