"""`docbao index DIR…`: bring the index up to date with the article files under some folders.

The walk finds every article file under the folders (the names the library takes, in sub-folders
too; hidden folders left out). A file whose size and mtime the index already holds is not read;
one whose bytes hash the same is only touched; the others are read, parsed, summarized and their
people found (`record.analyse`, in this process or in `jobs` worker processes, or by dask), and the
one writer, this process, stores each result. Files gone from a folder leave the index.

The writer commits every few hundred articles or every second or two, whichever comes first, so
that a run stopped by anything (ctrl-c, kill -9, a power cut) leaves an index that opens and
holds every article of its committed transactions; the next run goes on from there.
"""

from __future__ import annotations

import contextlib
import os
import stat
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tui.index import store
from tui.index.record import Failed, Indexed, Job, Outcome, Unchanged, analyse

__all__ = ["Event", "Report", "build", "plan"]

COMMIT_EVERY = 500  # articles
COMMIT_SECONDS = 2.0
_WORDSTORE_ENV = "DOCBAO_CACHE_DIR"


@dataclass(frozen=True, slots=True)
class Event:
    """What happened to one path, reported once it is committed."""

    path: str
    status: str  # "indexed", "unchanged", "failed", "removed"
    reason: str | None = None


@dataclass
class Report:
    indexed: int = 0
    unchanged: int = 0
    removed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason), this run's and known
    missing: list[tuple[str, str]] = field(default_factory=list)  # folders named that cannot be walked
    message: str | None = None  # the index had to be set aside and rebuilt
    path: Path | None = None  # None: no folder named was there, and nothing was written


@dataclass(frozen=True, slots=True)
class Plan:
    jobs: list[Job]
    unchanged: int
    removed: list[str]
    known_failures: list[str]  # failed before and unchanged since: reported, not read again
    missing: list[tuple[str, str]]
    walk_failures: list[Failed]


def _walk(root: str) -> Iterator[tuple[str, os.stat_result] | Failed]:
    from tui.reading.kinds import is_article_name

    def problem(path: str, reason: str) -> Failed:
        return Failed(Job(path, 0, 0), reason)

    errors: list[OSError] = []
    for folder, dirs, files in os.walk(root, onerror=errors.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not is_article_name(name):
                continue
            path = os.path.join(folder, name)
            try:
                path.encode("utf-8")
            except UnicodeEncodeError:
                yield problem(path, "the file name is not UTF-8 (rename the file to index it)")
                continue
            try:
                st = os.stat(path)
            except OSError as e:
                yield problem(path, (e.strerror or "cannot read").lower())
                continue
            if stat.S_ISREG(st.st_mode):
                yield path, st
            else:
                yield problem(path, "not a regular file")
        while errors:
            e = errors.pop()
            yield problem(e.filename or folder, (e.strerror or "cannot list the folder").lower())


def _not_there(root: str) -> str | None:
    """Why a folder named cannot be walked (None: it can, or it is a file)."""
    full = os.path.abspath(root)
    if os.path.isdir(full) or os.path.isfile(full):
        return None
    return "no such folder" if not os.path.exists(full) else "not a folder or a file"


def plan(conn, roots: Sequence[str]) -> Plan:
    """What must be read again, what is unchanged, and what left the folders."""
    known = store.known_files(conn)
    jobs: list[Job] = []
    unchanged = 0
    seen: set[str] = set()
    walked: list[str] = []  # prefixes of the folders walked: only there can a file have left
    missing: list[tuple[str, str]] = []
    walk_failures: list[Failed] = []
    known_failures: list[str] = []
    for root in roots:
        full = os.path.abspath(root)
        if os.path.isdir(full):
            walked.append(full.rstrip(os.sep) + os.sep)
            found: Iterable[tuple[str, os.stat_result] | Failed] = _walk(full)
        elif os.path.isfile(full):
            found = [(full, os.stat(full))]
        else:
            missing.append((root, _not_there(root) or "no such folder"))
            continue
        for item in found:
            if isinstance(item, Failed):
                walk_failures.append(item)
                seen.add(item.job.path)
                continue
            path, st = item
            if path in seen:
                continue
            seen.add(path)
            old = known.get(path)
            if old is not None and old.size == st.st_size and old.mtime_ns == st.st_mtime_ns:
                if old.hash is None:
                    known_failures.append(path)
                else:
                    unchanged += 1
                continue
            jobs.append(Job(path, st.st_size, st.st_mtime_ns, old.hash if old else None))
    removed = [p for p in known if p not in seen and any(p.startswith(w) for w in walked)]
    return Plan(jobs, unchanged, removed, known_failures, missing, walk_failures)


def _init_worker(parent: int) -> None:
    from tui.processes import start_worker

    # ctrl-c is the writer's to handle, and a worker dies with the writer however it dies (a
    # worker of a parent killed outright would otherwise go on reading for no one).
    start_worker(parent)
    os.environ[_WORDSTORE_ENV] = ""  # the reader's word store keeps the articles the user opened
    from tui.batch import warm_up
    from tui.language.algorithms import DEFAULT_ALGORITHM

    warm_up(DEFAULT_ALGORITHM)


def _in_pool(jobs: Sequence[Job], workers: int) -> Iterator[Outcome]:
    """Outcomes as they come, from `workers` processes; a worker that dies (out of memory, a
    signal) fails the articles it held, and a fresh pool takes the rest."""
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    todo = list(reversed(jobs))
    window = workers * 4
    while todo:
        pool = ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(os.getpid(),))
        pending: dict = {}
        try:
            broken = False
            while (todo or pending) and not broken:
                while todo and len(pending) < window:
                    job = todo.pop()
                    pending[pool.submit(analyse, job)] = job
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    job = pending.pop(future)
                    try:
                        yield future.result()
                    except BrokenProcessPool:
                        broken = True
                        yield Failed(job, "the worker reading it stopped (out of memory?)")
            for job in pending.values():  # the pool broke: these were in its hands
                yield Failed(job, "the worker reading it stopped (out of memory?)")
        finally:
            pool.shutdown(wait=False, cancel_futures=True)


def outcomes(jobs: Sequence[Job], workers: int = 1, scheduler: str | None = None) -> Iterator[Outcome]:
    if scheduler is not None:
        from tui.index.distributed import on_cluster

        yield from on_cluster(jobs, scheduler)
    elif workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            yield analyse(job)
    else:
        yield from _in_pool(jobs, min(workers, len(jobs)))


@contextlib.contextmanager
def _no_word_store() -> Iterator[None]:
    old = os.environ.get(_WORDSTORE_ENV)
    os.environ[_WORDSTORE_ENV] = ""
    try:
        yield
    finally:
        if old is None:
            os.environ.pop(_WORDSTORE_ENV, None)
        else:
            os.environ[_WORDSTORE_ENV] = old


def build(
    roots: Sequence[str],
    *,
    index: Path | None = None,
    jobs: int = 1,
    scheduler: str | None = None,
    on_events: Callable[[list[Event]], None] | None = None,
    on_wait: Callable[[Path], None] | None = None,
    progress: Callable[[int], Callable[[], None]] | None = None,
    commit_every: int = COMMIT_EVERY,
) -> Report:
    """Bring the index at `index` (default: the user's) up to date with `roots`.

    `on_events` hears what happened to each file once it is committed; `on_wait` is called when
    another writer holds the index (this one then waits for it); `progress(total)` returns the
    function to call after each file read."""
    path = index or store.index_path()
    if path is None:
        from tui.requests import UsageError

        raise UsageError(f"the library index is turned off (${store.ENV_DIR} is empty); give --index FILE")
    missing = [(root, reason) for root in roots if (reason := _not_there(root)) is not None]
    if roots and len(missing) == len(roots):
        # Nothing to index: a mistyped folder must not leave an empty index (or its folder) behind.
        return Report(missing=missing)
    lock = store.WriterLock(path)
    lock.acquire(on_wait=(lambda: on_wait(path)) if on_wait else None)
    try:
        conn, message = store.open_for_writing(path)
        try:
            report = _run(conn, roots, jobs, scheduler, on_events, progress, commit_every)
        finally:
            conn.close()
        report.message, report.path = message, path
        return report
    finally:
        lock.release()


def _run(conn, roots, jobs, scheduler, on_events, progress, commit_every) -> Report:
    report = Report()
    todo = plan(conn, roots)
    report.unchanged = todo.unchanged
    report.missing = todo.missing
    events: list[Event] = []

    def commit() -> None:
        conn.execute("COMMIT")
        if on_events is not None and events:
            on_events(list(events))
        events.clear()

    # What left the folders, and what could not even be listed, first: one short transaction.
    conn.execute("BEGIN IMMEDIATE")
    for gone in todo.removed:
        store.remove(conn, gone)
        events.append(Event(gone, "removed"))
    for failed in todo.walk_failures:
        store.remove(conn, failed.job.path)
        report.failed.append((failed.job.path, failed.reason))
        events.append(Event(failed.job.path, "failed", failed.reason))
    report.removed = len(todo.removed)
    commit()
    for path, reason in store.failure_reasons(conn, todo.known_failures):
        report.failed.append((path, reason))

    advance = progress(len(todo.jobs)) if progress is not None and todo.jobs else None
    conn.execute("BEGIN IMMEDIATE")
    last = time.monotonic()
    try:
        with _no_word_store():
            for outcome in outcomes(todo.jobs, jobs, scheduler):
                store.save(conn, outcome)
                if isinstance(outcome, Indexed):
                    report.indexed += 1
                    events.append(Event(outcome.job.path, "indexed"))
                elif isinstance(outcome, Unchanged):
                    report.unchanged += 1
                    events.append(Event(outcome.job.path, "unchanged"))
                else:
                    report.failed.append((outcome.job.path, outcome.reason))
                    events.append(Event(outcome.job.path, "failed", outcome.reason))
                if advance is not None:
                    advance()
                now = time.monotonic()
                if len(events) >= commit_every or now - last >= COMMIT_SECONDS:
                    commit()
                    conn.execute("BEGIN IMMEDIATE")
                    last = now
        commit()
    except BaseException:
        # ctrl-c or a bug: keep what is done (the rows written are whole articles).
        with contextlib.suppress(Exception):
            commit()
        raise
    return report
