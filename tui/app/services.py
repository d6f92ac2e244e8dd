"""The domain calls the reader makes, in one replaceable object.

Each call imports its module on first use: they run in worker threads, after the first paint,
so the heavy libraries behind them (sumy, underthesea, numpy) never sit on the way to the first
frame. Tests hand the app another object with the same methods (fixed results, failures, delays).

The first article's work can be started before Textual is even imported (`Prefetch`): a forked
process makes the same domain calls on the machine's other core while this one paints, and the
reader takes its results as if it had made the calls itself.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import signal
import struct
import sys
import threading
import time
from typing import Any

from tui.reading.model import Article

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

        key = (algorithm, length, section)
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

    def _warm_up(self, article: Article, key: tuple[str, int, int | None]) -> None:
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
    from tui.language.glossary import find_acronyms

    out: dict[str, str] = {}
    for match in find_acronyms(article.text):
        out.setdefault(match.entry.acronym, match.entry.expansion)
    return out


class Prefetch:
    """The first article's attendees and summary, computed in a forked process.

    Forked before Textual loads (the process has no threads yet, so forking is safe), the child
    imports the language libraries and makes the domain calls while the parent paints; on two
    cores the results are ready about when the screen is. The child sends two pickled messages
    down a pipe: the attendees and acronyms first (they are quick), then the summary with every
    sentence's words, so that later summaries in the parent skip word segmentation. If anything
    goes wrong (the child fails or dies) the parent's calls simply compute as usual.
    """

    def __init__(self, article: Article, key: tuple[str, int, int | None], pid: int, fd: int) -> None:
        self.article = article
        self.key = key
        self._pid: int | None = pid
        self._fd: int | None = fd
        self._received: dict[str, Any] = {}
        self._ready = threading.Condition()
        self._reading = False

    @classmethod
    def start(cls, article: Article, algorithm: str, length: int) -> Prefetch | None:
        """Fork the worker (None where processes cannot fork, or if forking fails)."""
        if not hasattr(os, "fork") or threading.active_count() > 1:
            return None
        key = (algorithm, length, None)
        try:
            read_fd, write_fd = os.pipe()
        except OSError:
            return None
        try:
            pid = os.fork()
        except OSError:
            os.close(read_fd)
            os.close(write_fd)
            return None
        if pid == 0:  # the child: never returns
            os.close(read_fd)
            _child(article, key, write_fd)
        os.close(write_fd)
        return cls(article, key, pid, read_fd)

    def people(self) -> tuple[Any, dict[str, str]] | None:
        """(people, acronyms) from the child, or None if it could not give them."""
        return self._wait("people")

    def summary(self) -> tuple[Any, dict[str, tuple[str, ...]]] | None:
        """(summary, words of each sentence) from the child, or None if it could not give them."""
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
                if message is None:  # the child is gone: what it has not sent will not come
                    self.close()
                else:
                    self._received[message[0]] = message[1]
                    if len(self._received) == 2:
                        self.close()
                self._ready.notify_all()
            return self._received.get(kind)

    def close(self) -> None:
        """Stop the child if it is still working, and reap it."""
        # Kill first: a thread blocked reading the pipe then sees its end, which closing our
        # end of it would not give.
        pid, self._pid = self._pid, None
        if pid is not None:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
            with contextlib.suppress(OSError):
                os.waitpid(pid, 0)
        fd, self._fd = self._fd, None
        if fd is not None:
            with contextlib.suppress(OSError):
                os.close(fd)


_HEADER = struct.Struct("!Q")


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


def _child(article: Article, key: tuple[str, int, int | None], fd: int) -> None:
    """The forked worker: the same domain calls the reader makes, results down the pipe."""
    code = 0
    try:
        # Nothing of the child's may reach the terminal the parent is about to take over.
        devnull = os.open(os.devnull, os.O_RDWR)
        for std in (0, 1, 2):
            os.dup2(devnull, std)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        # Where there is no idle core, the screen comes first.
        with contextlib.suppress(OSError):
            os.nice(10)
        gc.enable()
        from tui.language.people import extract_people

        _send(fd, ("people", (extract_people(article), article_acronyms(article))))
        from tui.language.summarize import summarize
        from tui.language.words import cache_for

        summary = summarize(article, *key)
        _send(fd, ("summary", (summary, cache_for(article).known())))
    except BaseException:  # the parent computes what it did not get
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
