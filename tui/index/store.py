"""The index file: one SQLite database (WAL) in the user's data dir, and its one writer.

Tables: `articles` (one row per file: size, mtime and content hash for the next run, title,
source, date, lead, the default summary, the body's text compressed for snippets), `people` (one
row per person and article: the name as written and its match keys, how they took part, their
roles as written, their first mention), `failures` (files that could not be read, so that an
unchanged one is not read again) and `fts`, an FTS5 table over the folded title, lead and body,
and the people's names, each one token ("qqnguyenvanthuy"), so that `search --person` is one more
term of the query, not a filter over every match.

FTS5 folds accents but not đ, so the text is folded here (`tui.language.fold`) before it goes
in, and queries are folded the same way. The FTS table is contentless (the text is not kept
twice); deleting a row gives it the same folded values back, made from the stored text.

A corrupt file (SQLite says "not a database" or "malformed") is moved aside as `….broken` and
a fresh index is made, as the settings file is. One writer at a time: `docbao index` holds a lock
file beside the database; a second one says so and waits.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from tui.index.record import Failed, Indexed, Unchanged
from tui.language.fold import fold
from tui.language.names import name_key

__all__ = [
    "ENV_DIR",
    "CorruptIndex",
    "Known",
    "WriterLock",
    "connect",
    "index_path",
    "open_for_reading",
    "open_for_writing",
]

APP_NAME = "docbao"
ENV_DIR = "DOCBAO_DATA_DIR"
INDEX_FILE = "index.sqlite"
# Bump when the tables, the folding or what a record holds changes: an older file is rebuilt.
SCHEMA_VERSION = "3"
_WORD = re.compile(r"[^\W_]+")

_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE articles(
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    hash TEXT NOT NULL,
    title TEXT NOT NULL,
    source TEXT,
    date TEXT,
    date_text TEXT,
    lead TEXT NOT NULL,
    summary TEXT NOT NULL,
    body BLOB NOT NULL
);
CREATE INDEX articles_date ON articles(date);
CREATE TABLE people(
    article INTEGER NOT NULL,
    name TEXT NOT NULL,
    key TEXT NOT NULL,
    folded TEXT NOT NULL,
    kind TEXT NOT NULL,
    roles TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL
);
CREATE INDEX people_key ON people(key);
CREATE INDEX people_folded ON people(folded);
CREATE INDEX people_article ON people(article);
CREATE TABLE failures(
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    reason TEXT NOT NULL
) WITHOUT ROWID;
CREATE VIRTUAL TABLE fts USING fts5(
    title, lead, body, people, content='', tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO fts(fts, rank) VALUES('rank', 'bm25(10.0, 4.0, 1.0, 0.0)');
"""


class CorruptIndex(Exception):
    """The index file is not a database SQLite can read."""


def data_dir() -> Path | None:
    """The user data folder (platformdirs), or `$DOCBAO_DATA_DIR`; None when that is set empty,
    which turns the index off (the test suite does, so that nothing writes to the user's)."""
    override = os.environ.get(ENV_DIR)
    if override is not None:
        return Path(override) if override else None
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def index_path() -> Path | None:
    folder = data_dir()
    return folder / INDEX_FILE if folder is not None else None


def is_corrupt(e: sqlite3.Error) -> bool:
    # SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), whatever the extended code.
    code = getattr(e, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (11, 26)
    text = str(e)
    return "malformed" in text or "not a database" in text


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=60, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")  # WAL: a crash loses no committed transaction's integrity
    return conn


def _version(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    except sqlite3.OperationalError:  # no meta table: an empty (new) file
        return None
    return row[0] if row else None


def _create(conn: sqlite3.Connection) -> None:
    conn.execute("BEGIN")
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type IN ('table') AND name NOT LIKE 'sqlite_%'"
        " AND name NOT LIKE 'fts_%'"
    ).fetchall():
        conn.execute(f'DROP TABLE IF EXISTS "{name}"')
    for statement in _SCHEMA.split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute("INSERT INTO meta(key, value) VALUES('schema', ?)", (SCHEMA_VERSION,))
    conn.execute("COMMIT")


def set_aside(path: Path) -> Path:
    """Move a broken index (and its WAL) out of the way; the name it now has."""
    broken = path.with_name(path.name + ".broken")
    os.replace(path, broken)
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(path.with_name(path.name + suffix))
    return broken


def _checked(path: Path, *, deep: bool) -> sqlite3.Connection:
    """A connection to a file SQLite can read, with our tables; CorruptIndex if it cannot."""
    conn = None
    try:
        conn = connect(path)
        if deep:
            row = conn.execute("PRAGMA quick_check").fetchone()
            if row is None or row[0] != "ok":
                raise CorruptIndex(str(row[0]) if row else "quick_check failed")
        if _version(conn) != SCHEMA_VERSION:
            _create(conn)
        return conn
    except sqlite3.DatabaseError as e:
        if conn is not None:
            conn.close()
        if is_corrupt(e):
            raise CorruptIndex(str(e)) from None
        raise
    except CorruptIndex:
        if conn is not None:
            conn.close()
        raise


def open_for_writing(path: Path) -> tuple[sqlite3.Connection, str | None]:
    """The index, made if missing; a corrupt one is set aside and made again (with a message
    saying so). The caller holds the writer's lock."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        return _checked(path, deep=True), None
    except CorruptIndex as e:
        broken = set_aside(path)
        return _checked(path, deep=False), f"the index was corrupt ({e}); set aside as {broken.name}, rebuilt"


def open_for_reading(path: Path) -> sqlite3.Connection:
    """The index for queries. Raises FileNotFoundError when there is none and CorruptIndex when
    it cannot be read; a file of an older version is read as an empty index until rebuilt."""
    if not path.exists():
        raise FileNotFoundError(str(path))
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=60, check_same_thread=False)
        # Queries read long doclists: map the file rather than copy its pages through read().
        conn.execute("PRAGMA mmap_size = 1073741824")
        conn.execute("PRAGMA cache_size = -65536")
        if _version(conn) != SCHEMA_VERSION:
            conn.close()
            raise CorruptIndex("made by another version of docbao")
        return conn
    except sqlite3.DatabaseError as e:
        if is_corrupt(e):
            raise CorruptIndex(str(e)) from None
        raise


class WriterLock:
    """One `docbao index` at a time: an advisory lock on `index.sqlite.lock` (released by the
    system when the process ends, even by kill -9). Where there is no fcntl, no lock."""

    def __init__(self, path: Path) -> None:
        self.path = path.with_name(path.name + ".lock")
        self._fd: int | None = None

    def acquire(self, on_wait: Callable[[], None] | None = None) -> None:
        try:
            import fcntl
        except ImportError:  # Windows: SQLite's own locking still keeps the file whole
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait is not None:
                on_wait()
            fcntl.flock(fd, fcntl.LOCK_EX)
        self._fd = fd

    def try_acquire(self) -> bool:
        """Take the lock if no one holds it; False when someone does."""
        try:
            import fcntl
        except ImportError:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> WriterLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


@dataclass(frozen=True, slots=True)
class Known:
    """What the index holds about a file, to tell whether it must be read again."""

    size: int
    mtime_ns: int
    hash: str | None  # None for a file that failed


def known_files(conn: sqlite3.Connection) -> dict[str, Known]:
    known = {
        p: Known(s, m, h) for p, s, m, h in conn.execute("SELECT path, size, mtime_ns, hash FROM articles")
    }
    for p, s, m in conn.execute("SELECT path, size, mtime_ns FROM failures"):
        known.setdefault(p, Known(s, m, None))
    return known


def failure_reasons(conn: sqlite3.Connection, paths: list[str]) -> Iterator[tuple[str, str]]:
    for path in paths:
        row = conn.execute("SELECT reason FROM failures WHERE path = ?", (path,)).fetchone()
        if row:
            yield path, row[0]


def compress(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8"), 6)


def decompress(blob: bytes) -> str:
    return zlib.decompress(blob).decode("utf-8")


def person_keys(name: str) -> tuple[str, str]:
    """A name's two match keys: tone marks placed one way and case folded ("Nguyễn Văn Thủy" and
    "NGUYỄN VĂN THUỶ" share the first), and that without accents, for a name typed without them."""
    key = name_key(name)
    return key, fold(key)


def _json(items: tuple[str, ...]) -> str:
    return json.dumps(list(items), ensure_ascii=False)


def person_token(name: str) -> str:
    """A name as one word of the FTS table's `people` column: folded, without its spaces, after
    "qq" (never in Vietnamese), so that no word a user searches for is ever a person's token."""
    return "qq" + "".join(_WORD.findall(person_keys(name)[1]))


def fts_values(title: str, lead: str, body: str, names: list[str]) -> tuple[str, str, str, str]:
    people = " ".join(sorted({person_token(n) for n in names}))
    return fold(title), fold(lead), fold(body), people


def _delete_article(conn: sqlite3.Connection, path: str) -> None:
    row = conn.execute("SELECT id, title, lead, body FROM articles WHERE path = ?", (path,)).fetchone()
    if row is None:
        return
    rowid, title, lead, body = row
    names = [n for (n,) in conn.execute("SELECT name FROM people WHERE article = ?", (rowid,))]
    # A contentless FTS5 table forgets a row when given the very values it was given.
    conn.execute(
        "INSERT INTO fts(fts, rowid, title, lead, body, people) VALUES('delete', ?, ?, ?, ?, ?)",
        (rowid, *fts_values(title, lead, decompress(body), names)),
    )
    conn.execute("DELETE FROM people WHERE article = ?", (rowid,))
    conn.execute("DELETE FROM articles WHERE id = ?", (rowid,))


def put(conn: sqlite3.Connection, rec: Indexed) -> None:
    """Add an article, replacing what the index held for its path."""
    job = rec.job
    _delete_article(conn, job.path)
    conn.execute("DELETE FROM failures WHERE path = ?", (job.path,))
    cur = conn.execute(
        "INSERT INTO articles(path, size, mtime_ns, hash, title, source, date, date_text, lead,"
        " summary, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            job.path,
            job.size,
            job.mtime_ns,
            rec.hash,
            rec.title,
            rec.source,
            rec.date,
            rec.date_text,
            rec.lead,
            _json(rec.summary),
            compress(rec.body),
        ),
    )
    rowid = cur.lastrowid
    conn.execute(
        "INSERT INTO fts(rowid, title, lead, body, people) VALUES (?, ?, ?, ?, ?)",
        (rowid, *fts_values(rec.title, rec.lead, rec.body, [p.name for p in rec.people])),
    )
    conn.executemany(
        "INSERT INTO people(article, name, key, folded, kind, roles, start, end)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(rowid, p.name, *person_keys(p.name), p.kind, _json(p.roles), p.start, p.end) for p in rec.people],
    )


def touch(conn: sqlite3.Connection, rec: Unchanged) -> None:
    """Same bytes, new size or time on disk: remember them, so the file is not read again."""
    conn.execute(
        "UPDATE articles SET size = ?, mtime_ns = ? WHERE path = ?",
        (rec.job.size, rec.job.mtime_ns, rec.job.path),
    )


def fail(conn: sqlite3.Connection, rec: Failed) -> None:
    """A file that cannot be read leaves the index (if it was there) and is remembered as failed."""
    _delete_article(conn, rec.job.path)
    conn.execute(
        "INSERT OR REPLACE INTO failures(path, size, mtime_ns, reason) VALUES (?, ?, ?, ?)",
        (rec.job.path, rec.job.size, rec.job.mtime_ns, rec.reason),
    )


def remove(conn: sqlite3.Connection, path: str) -> None:
    _delete_article(conn, path)
    conn.execute("DELETE FROM failures WHERE path = ?", (path,))


def save(conn: sqlite3.Connection, outcome: Indexed | Unchanged | Failed) -> None:
    if isinstance(outcome, Indexed):
        put(conn, outcome)
    elif isinstance(outcome, Unchanged):
        touch(conn, outcome)
    else:
        fail(conn, outcome)
