"""The domain calls the reader makes, in one replaceable object.

Each call imports its module on first use: they run in worker threads, after the first paint,
so the heavy libraries behind them (sumy, underthesea, numpy) never sit on the way to the first
frame. Tests hand the app another object with the same methods (fixed results, failures, delays).

The first article's work can be started before Textual is even imported (`Prefetch`): a worker
process makes the same domain calls on the machine's other core while this one paints, and the
reader takes its results as if it had made the calls itself.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import select
import signal
import stat
import struct
import sys
import threading
import time
from typing import Any

from tui.reading.model import Article
from tui.requests import SummaryRequest

WARM_UP_DELAY = 0.3  # seconds
_frozen: set[str] = set()
_lock = threading.Lock()


def _settle_heap(name: str) -> None:
    """After a heavy import, move everything alive into the collector's permanent generation.

    The language libraries leave millions of long-lived objects behind; without this every full
    collection walks them all and the interface stutters (Textual allocates a lot per frame)."""
    with _lock:
        if name not in _frozen:
            _frozen.add(name)
            gc.freeze()


class Language:
    def __init__(self, prefetch: Prefetch | None = None) -> None:
        self.prefetch = prefetch

    def summarize(self, article: Article, algorithm: str, length: int, section: int | None) -> Any:
        from tui.language.summarize import summarize

        key = SummaryRequest(algorithm, length, section)
        if self.prefetch is not None and self.prefetch.article is article:
            done = self.prefetch.summary()
            if done is not None:
                summary, words = done
                from tui.language.words import cache_for

                cache_for(article).learn(words)  # later summaries need no word segmentation
                if key == self.prefetch.key:
                    self._warm_up(article, key)
                    return summary
        summary = summarize(article, algorithm, length, section)
        _settle_heap("summarize")
        return summary

    def _warm_up(self, article: Article, key: SummaryRequest) -> None:
        """Load the summarizers here too, in the background, so that the reader's next summary
        (another length, algorithm or scope) is there at once."""

        def warm() -> None:
            # Once the summary just handed over is on the screen: loading numpy holds the GIL.
            time.sleep(WARM_UP_DELAY)
            with contextlib.suppress(Exception):  # only a head start: the real call reports errors
                from tui.language.summarize import summarize

                summarize(article, *key)
                _settle_heap("summarize")

        threading.Thread(target=warm, name="docbao-warm-up", daemon=True).start()

    def extract_people(self, article: Article) -> Any:
        if self.prefetch is not None and self.prefetch.article is article:
            done = self.prefetch.people()
            if done is not None:
                return done[0]
        from tui.language.people import extract_people

        people = extract_people(article)
        _settle_heap("people")
        return people

    def acronyms(self, article: Article) -> dict[str, str]:
        """The glossary's acronyms used in the article, with their expansions, in order of use."""
        if self.prefetch is not None and self.prefetch.article is article:
            done = self.prefetch.people()
            if done is not None:
                return done[1]
        return article_acronyms(article)


def article_acronyms(article: Article) -> dict[str, str]:
    from tui.language.glossary import acronyms_used

    return acronyms_used(article.text)


class Prefetch:
    """The first article, its attendees and its summary, read and computed by a worker process.

    A fresh interpreter (not a fork: after a fork, every page the parent then writes to, Textual's
    imports above all, is copied, which slowed the first frame by some 20 ms) reads and parses
    the article's file while this process imports Textual, then makes the reader's domain calls
    while this one paints. It writes pickled messages to its standard output: the article, the
    attendees and acronyms (they are quick), then the summary with every sentence's words, so
    that later summaries here skip word segmentation.

    With a core to itself the worker has sent the article before Textual is loaded here, and the
    reader shows that one (`take_article`): the file is read and parsed once. With none (the
    worker runs niced, so as not to slow the screen), the reader reads the file itself and
    `adopt`s its reading; the worker's results then count if it read the same text. If anything
    goes wrong (the worker cannot read the file, fails or dies) the reader computes as usual.
    """

    def __init__(self, path: str, key: SummaryRequest, proc: Any) -> None:
        self.path = path
        self.key = key
        # The worker's article, once taken (`take_article`): its results are for that one only.
        self.article: Article | None = None
        self._proc = proc
        self._pid: int | None = proc.pid
        self._fd: int | None = proc.stdout.fileno()
        self._received: dict[str, Any] = {}
        self._ready = threading.Condition()
        self._reading = False

    @classmethod
    def start(cls, path: str, algorithm: str, length: int) -> Prefetch | None:
        """Start the worker on a file (None for anything else, or if it cannot start)."""
        if not _plain_file(path):
            return None
        import subprocess

        key = SummaryRequest(algorithm, length)
        argv = [sys.executable, "-P", "-c", _CHILD, path, algorithm, str(length)]
        try:
            proc = subprocess.Popen(
                argv,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                preexec_fn=_lower_priority,  # one thread here yet: the CLI starts it first thing
            )
        except (OSError, ValueError):
            return None
        # Room in the pipe for a long article's message: sent whole, it is read without waiting
        # on a worker that may be waiting for a core (Linux; elsewhere the pipe stays as it is).
        with contextlib.suppress(ImportError, AttributeError, OSError):
            import fcntl

            fcntl.fcntl(proc.stdout.fileno(), fcntl.F_SETPIPE_SZ, _PIPE_SIZE)
        return cls(path, key, proc)

    def take_article(self, *, wait: bool = False) -> Article | None:
        """The article as the worker read it, if it has sent it by now (`wait`: once it has, or
        has stopped); else None, and the reader reads the file itself and `adopt`s its own
        reading (as where the worker cannot read it: the reader's own reading then says why)."""
        if "article" not in self._received and not wait:
            if self._fd is None:
                return None
            try:
                ready, _, _ = select.select([self._fd], [], [], 0)
            except (OSError, ValueError):
                return None
            if not ready:  # still at work (or, with no idle core, waiting for one)
                return None
        self.article = self._wait("article")
        return self.article

    def adopt(self, article: Article) -> None:
        """The reader's own reading of the file: the worker's results count if it read the same
        text (the file may have changed between the two readings)."""
        self.article = article

    def people(self) -> tuple[Any, dict[str, str]] | None:
        """(people, acronyms) from the worker, or None if it could not give them."""
        return self._wait("people")

    def summary(self) -> tuple[Any, dict[str, tuple[str, ...]]] | None:
        """(summary, words of each sentence) from the worker, or None if it could not give them."""
        return self._wait("summary")

    def _wait(self, kind: str) -> Any:
        # One thread reads the pipe at a time, without the lock: the attendees' worker must not
        # wait behind the summary's, which may read on for seconds.
        with self._ready:
            while kind not in self._received and self._fd is not None:
                if self._reading:
                    self._ready.wait()
                    continue
                self._reading = True
                fd = self._fd
                self._ready.release()
                try:
                    message = _receive(fd)
                finally:
                    self._ready.acquire()
                    self._reading = False
                if message is None:  # the worker is gone: what it has not sent will not come
                    self.close()
                else:
                    self._received[message[0]] = message[1]
                    if len(self._received) == 3:
                        self.close()
                self._ready.notify_all()
            theirs = self._received.get("article")
            if theirs is None or self.article is None:
                return theirs if kind == "article" else None
            same = theirs is self.article or theirs.text == self.article.text
            return self._received.get(kind) if same else None

    def close(self) -> None:
        """Stop the worker if it is still working, and reap it."""
        # Kill first: a thread blocked reading the pipe then sees its end, which closing our
        # end of it would not give.
        proc, self._pid = self._proc, None
        if proc is not None and proc.returncode is None:
            with contextlib.suppress(OSError):
                proc.kill()
            with contextlib.suppress(OSError):
                proc.wait()
        if self._fd is not None:
            self._fd = None
            with contextlib.suppress(OSError):
                proc.stdout.close()


_HEADER = struct.Struct("!Q")
_PIPE_SIZE = 1 << 20  # Linux's default most for a user: an article of some 250,000 characters
_CHILD = "from tui.app.services import _child_main; _child_main()"


def _lower_priority() -> None:
    """In the worker, before Python starts: where there is no idle core, the screen comes first
    (the reader then reads the file itself rather than wait), from the interpreter's own start-up
    on, which otherwise took the reader's core while Textual loaded."""
    with contextlib.suppress(OSError, AttributeError):
        os.nice(10)


def _plain_file(path: str) -> bool:
    """A regular file that the worker, whose standard input is not ours, reads as we would:
    not `/dev/stdin` nor `/proc/self/fd/0` standing for a file on our standard input."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    if not stat.S_ISREG(st.st_mode):
        return False
    try:
        return not os.path.samestat(st, os.fstat(0))
    except OSError:  # no standard input
        return True


def _receive(fd: int) -> tuple[str, Any] | None:
    try:
        header = _read_exactly(fd, _HEADER.size)
        if header is None:
            return None
        body = _read_exactly(fd, _HEADER.unpack(header)[0])
        return None if body is None else pickle.loads(body)
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, AttributeError, ImportError):
        return None


def _read_exactly(fd: int, size: int) -> bytes | None:
    chunks: list[bytes] = []
    while size > 0:
        chunk = os.read(fd, min(size, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _child_main() -> None:
    """The worker (`python -c _CHILD PATH ALGORITHM LENGTH`): the same domain calls the reader
    makes, results down its standard output."""
    code = 0
    fd = os.dup(1)  # the pipe to the reader; fd 1 itself goes to /dev/null below
    try:
        # Nothing of the worker's may reach the terminal the reader has taken over.
        devnull = os.open(os.devnull, os.O_RDWR)
        for std in (0, 1, 2):
            os.dup2(devnull, std)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        path, algorithm, length = sys.argv[1:4]
        from tui.reading.document import open_article

        article = open_article(path)
        _send(fd, ("article", article))
        from tui.language.people import extract_people

        _send(fd, ("people", (extract_people(article), article_acronyms(article))))
        from tui.language.summarize import summarize
        from tui.language.words import cache_for

        summary = summarize(article, algorithm, int(length), None)
        _send(fd, ("summary", (summary, cache_for(article).known())))
    except BaseException:  # the reader computes what it did not get
        code = 1
    finally:
        with contextlib.suppress(Exception):
            sys.stdout.flush()
        os._exit(code)


def _send(fd: int, message: tuple[str, Any]) -> None:
    body = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    data = memoryview(_HEADER.pack(len(body)) + body)
    while data:
        data = data[os.write(fd, data) :]
