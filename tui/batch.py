"""Summaries of many articles: `docbao summarize PATH... [--jobs N] --format jsonl`.

One JSON line per article on stdout, in the order given (the `summarize --format json` object
with `path` and `title` first); an unreadable article is one line on stderr and the rest go on.
With `--jobs N` the articles are shared among N worker processes, each of which loads the
language models once, when it starts, not once per article; with `--scheduler ADDRESS`, among
the workers of a dask.distributed cluster (`tui.distributed`), whose processes keep the models
loaded from one article to the next.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.requests import SummaryRequest

# A tiny article of the genre: summarizing it loads the word segmenter and the summarizers.
_WARM_UP = "Tin thử\n\nHội nghị bàn về kinh tế của tỉnh. Đại biểu thảo luận về xã hội và giáo dục.\n"


@dataclass(frozen=True, slots=True)
class Item:
    """One article to summarize: a path or URL, or bytes already read (standard input)."""

    name: str
    data: bytes | None = None


@dataclass(frozen=True, slots=True)
class Outcome:
    name: str
    line: str | None  # the JSON line, or None when the article could not be read
    error: str | None = None


def expand(targets: Iterable[str]) -> Iterator[Item | Outcome]:
    """Folders become their article files (by name); an entry named as an article that is no
    file to read (a directory, a broken link, a FIFO) is an Outcome (error), as it would be named
    alone, and so is a folder without any article."""
    from tui.reading.document import STDIN, STDIN_NAME, read_stdin
    from tui.reading.errors import ReadError
    from tui.reading.kinds import ARTICLE_SUFFIXES, is_article_name
    from tui.reading.load import found_file_problem

    stdin: Item | Outcome | None = None
    for target in targets:
        if target == STDIN:
            # Read once: a second `-` is the same article again, as a file named twice is (it
            # was an "empty file", the first having read it all).
            if stdin is None:
                try:
                    stdin = Item(STDIN_NAME, read_stdin())
                except ReadError as e:
                    stdin = Outcome(e.path, None, e.reason)
            yield stdin
        elif os.path.isdir(target):
            try:
                names = sorted(os.listdir(target))
            except OSError as e:
                yield Outcome(target, None, (e.strerror or "cannot list the folder").lower())
                continue
            entries = [os.path.join(target, n) for n in names if is_article_name(n)]
            if not entries:
                yield Outcome(
                    target, None, "no article files (" + ", ".join(ARTICLE_SUFFIXES) + ") in the folder"
                )
            for path in entries:
                problem = found_file_problem(path)
                yield Item(path) if problem is None else Outcome(path, None, problem)
        else:
            yield Item(target)


def summarize_item(item: Item, request: SummaryRequest) -> Outcome:
    """The JSON line of one article, or the reason it cannot be summarized: its own one-line
    failure, whatever went wrong, so that one bad article never stops a batch. The request's
    section is resolved for each article."""
    from tui.formats import summary as fs
    from tui.language.summarize import summarize
    from tui.reading.document import article_from_bytes, open_article
    from tui.reading.errors import ReadError, printable_json
    from tui.requests import UsageError

    try:
        article = open_article(item.name) if item.data is None else article_from_bytes(item.data, item.name)
        summary = summarize(article, *request.resolved(article))
        record = {"path": item.name, "title": article.title, **fs.to_dict(summary)}
        return Outcome(item.name, printable_json(record))
    except ReadError as e:
        return Outcome(e.path, None, e.reason)
    except UsageError as e:
        return Outcome(e.path or item.name, None, e.reason)
    except Exception as e:  # a bug met by one article is that article's failure; the rest go on
        return Outcome(item.name, None, internal_error(e))


def internal_error(e: BaseException) -> str:
    detail = str(e)
    return f"internal error: {type(e).__name__}" + (f": {detail}" if detail else "")


def warm_up(algorithm: str) -> None:
    """Load what summarizing needs (underthesea's model, sumy) once, in this process."""
    from tui.language.summarize import summarize
    from tui.reading.parse import parse

    summarize(parse(_WARM_UP), algorithm, 1, None)


# The worker processes keep the request here, set once by the pool's initializer.
_request: SummaryRequest | None = None


def _init_worker(parent: int, request: SummaryRequest) -> None:
    global _request
    from tui.processes import start_worker

    start_worker(parent)
    _request = request
    warm_up(request.algorithm)


def _work(item: Item) -> Outcome:
    assert _request is not None, "the pool's initializer sets the request"
    return summarize_item(item, _request)


def summarize_all(
    items: Sequence[Item | Outcome],
    request: SummaryRequest,
    jobs: int = 1,
    scheduler: str | None = None,
) -> Iterator[Outcome]:
    """Outcomes in the order of `items`; `jobs` > 1 shares the work among processes, a
    `scheduler` among a dask cluster's workers."""
    todo = [it for it in items if isinstance(it, Item)]
    if scheduler is not None:
        yield from _on_cluster(items, todo, request, scheduler)
        return
    if jobs <= 1 or len(todo) <= 1:
        for it in items:
            yield it if isinstance(it, Outcome) else summarize_item(it, request)
        return

    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    workers = min(jobs, len(todo))
    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(os.getpid(), request)) as pool:
        broken: str | None = None
        try:
            # Futures of our own rather than pool.map: an interrupt met while map's iterator waits
            # cancels its futures, and the pool, failing them once its workers are stopped, then
            # raises InvalidStateError from its own thread (Python 3.11).
            futures = [pool.submit(_work, it) for it in todo]
        except BrokenProcessPool as e:  # broken while the work was handed out (a worker died at once)
            futures, broken = [], internal_error(e)
        done = iter(futures)
        try:
            for it in items:
                if isinstance(it, Outcome):
                    yield it
                elif broken is not None:
                    yield Outcome(it.name, None, broken)
                else:
                    try:
                        yield next(done).result()
                    except BrokenProcessPool as e:  # a worker was killed (out of memory, a signal)
                        broken = internal_error(e)
                        yield Outcome(it.name, None, broken)
        except BaseException:  # ctrl-c, SIGTERM or SIGHUP (tui.cli), or stdout gone: stop now
            _stop_workers(pool)
            pool.shutdown(wait=False)
            raise


def _on_cluster(
    items: Sequence[Item | Outcome],
    todo: Sequence[Item],
    request: SummaryRequest,
    address: str,
) -> Iterator[Outcome]:
    from functools import partial

    from tui.distributed import cluster_map

    # Reached before any line is printed, even when there is nothing to send it.
    summarize = partial(summarize_item, request=request)
    done = cluster_map(summarize, todo, address, ordered=True)
    for it in items:
        if isinstance(it, Outcome):
            yield it
            continue
        item, result = next(done)
        if isinstance(result, Exception):  # a worker lost too often (KilledWorker), a cancelled task
            yield Outcome(item.name, None, f"the cluster could not summarize it: {type(result).__name__}")
        else:
            yield result


def _stop_workers(pool) -> None:
    """Kill the pool's workers at once: shutting the pool down waits for the articles they are
    summarizing (11-16 s after a ctrl-c), and a worker left running outlives the command."""
    kill = getattr(pool, "kill_workers", None)  # Python 3.14
    if kill is not None:
        kill()
        return
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        with contextlib.suppress(Exception):  # already gone
            process.kill()


def run_batch(
    targets: Sequence[str],
    request: SummaryRequest,
    *,
    jobs: int = 1,
    scheduler: str | None = None,
) -> int:
    """Print JSON lines on stdout and one line per unreadable article on stderr; 1 if some
    failed, 2 if nothing could be summarized at all (as for a single unreadable input)."""
    from tui.reading.errors import printable
    from tui.requests import say, write_out

    items = list(expand(targets))
    failed = done = 0
    # The bar goes to a terminal on stderr while the JSON lines go elsewhere (a file, a pipe);
    # when stdout is that terminal too, the lines themselves show the progress.
    progress = _progress() if _is_tty(sys.stderr) and not _is_tty(sys.stdout) else None
    try:
        task = progress.add_task("Summarizing", total=len(items)) if progress else None
        for outcome in summarize_all(items, request, jobs, scheduler):
            if outcome.line is None:
                failed += 1
                say(f"docbao: {printable(outcome.name)}: {printable(outcome.error or '')}")
            else:
                done += 1
                write_out(outcome.line + "\n")
            if progress is not None:
                progress.advance(task)
    finally:
        if progress is not None:
            progress.stop()
    if failed:
        return 1 if done else 2
    return 0


def _is_tty(stream) -> bool:
    with contextlib.suppress(AttributeError, ValueError, OSError):  # closed: None, or a closed file
        return stream.isatty()
    return False


def _progress():
    """A progress bar on stderr (only ever called when stderr is a terminal). Lines printed to
    stderr while it runs appear above it; stdout is left alone."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
        redirect_stdout=False,
    )
    progress.start()
    return progress
