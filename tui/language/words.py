"""Vietnamese words for the summarizers: underthesea's word segmentation, lower-cased.

Segmentation is the costly step (about 1,500 sentences a second), so every sentence of an
article is segmented once and kept: summaries with another algorithm, length or section reuse
the words.  underthesea is imported on first use only, never at module import.

A word is what `underthesea.word_tokenize` returns, lower-cased, with multi-syllable words
kept together as one token ("bí thư", "tỉnh ủy"); tokens with no letter or digit (punctuation,
quotes, dashes) are dropped.  Stop words are the list underthesea ships, lower-cased.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import sys
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = ["WordCache", "cache_for", "segment", "stop_words"]

Words = tuple[str, ...]

_MAX_ARTICLES = 8
# Segmenting this many new sentences at once is worth forking workers for (see `segment_many`).
PARALLEL_MIN = 300
_articles: OrderedDict[int, tuple[Any, WordCache]] = OrderedDict()
_lock = threading.Lock()
_model_lock = threading.Lock()
_tokenize = None


def _word_tokenize():
    global _tokenize
    if _tokenize is None:
        with _model_lock:
            if _tokenize is None:
                with _underthesea_package() as package:
                    from underthesea.pipeline.word_tokenize import word_tokenize

                    # Load the CRF model here, under the lock (not in two threads at once), and
                    # while `package` stands in: the model's module is imported on first use.
                    word_tokenize("khởi động")
                    _tokenize = word_tokenize
                    del package
    return _tokenize


def import_underthesea():
    """The whole underthesea package (for its NER), imported under the lock that word segmentation
    loads under: while `_underthesea_package` stands in for the package, an import of it from
    another thread would find the stand-in half-built ("partially initialized module")."""
    with _model_lock:
        import underthesea

        return underthesea


@contextlib.contextmanager
def _underthesea_package():
    """Import underthesea's submodules without running `underthesea/__init__.py`.

    That file imports every pipeline underthesea has (NER, POS, chunking, classification,
    translation, an agent, language detection: about 0.3 s, most of the first summary's wait) to
    offer the one we use.  While this context is open, `underthesea` is the package module not
    yet executed, so importing `underthesea.pipeline.word_tokenize` loads that pipeline alone;
    afterwards the stand-in is dropped, and a later `import underthesea` (NER, in
    `tui.language.ner`) runs the real `__init__`, which finds these submodules already loaded.
    """
    if "underthesea" in sys.modules:  # already imported for real: nothing to save
        yield sys.modules["underthesea"]
        return
    spec = importlib.util.find_spec("underthesea")
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError("No module named 'underthesea'", name="underthesea")
    package = importlib.util.module_from_spec(spec)
    sys.modules["underthesea"] = package
    try:
        # The order underthesea's own __init__ imports them in: the two modules import each other.
        import underthesea.pipeline.text_normalize  # noqa: F401

        yield package
    finally:
        if sys.modules.get("underthesea") is package:
            del sys.modules["underthesea"]


def _is_word(token: str) -> bool:
    return any(c.isalnum() for c in token)


def segment(text: str) -> Words:
    """The words of one sentence, lower-cased, punctuation dropped (no caching)."""
    if not text.strip():
        return ()
    return tuple(t.lower() for t in _word_tokenize()(text) if _is_word(t))


def segment_many(texts: Sequence[str]) -> list[Words]:
    """`segment` for each text; long batches are split over the CPUs.

    underthesea segments about 1,000-1,500 sentences a second on one core and holds the GIL, so
    threads do not help; forked workers do (they inherit the loaded model).  Forking is safe
    only from a single-threaded process (the command line), so the app, which runs threads,
    always segments in-process, and so does a worker of `docbao summarize DIR --jobs N`.
    """
    workers = _workers(len(texts))
    if workers < 2:
        return [segment(t) for t in texts]
    import multiprocessing

    from tui.processes import start_worker

    _word_tokenize()  # load the model before forking, so every worker has it
    chunk = -(-len(texts) // (workers * 4))
    # Workers that leave ctrl-c to this process and die with it, even when it is killed outright
    # (a pool's worker otherwise waits for work from a parent that is gone, for ever).
    fork = multiprocessing.get_context("fork")
    with fork.Pool(workers, initializer=start_worker, initargs=(os.getpid(),)) as pool:
        return pool.map(segment, texts, chunksize=chunk)


def _workers(count: int) -> int:
    """How many processes to segment `count` new sentences with (1: in this one)."""
    if count < PARALLEL_MIN or threading.active_count() > 1 or not hasattr(os, "fork"):
        return 1
    if threading.current_thread() is not threading.main_thread():
        return 1
    import multiprocessing

    if multiprocessing.parent_process() is not None:  # a worker already (`summarize --jobs N`)
        return 1
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    return min(cpus, 4, count // (PARALLEL_MIN // 2))


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """underthesea's Vietnamese stop words ("của", "và", "tuy nhiên", …), lower-cased."""
    # Read from the package's data file, as `underthesea.datasets.stopwords` does, without
    # importing `underthesea.datasets` (its __init__ loads dictionaries and treebanks).
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("No module named 'underthesea'", name="underthesea")
    path = Path(spec.submodule_search_locations[0], "datasets", "stopwords", "stopwords.txt")
    words = path.read_text(encoding="utf-8").split("\n")
    return frozenset(w.strip().lower() for w in words if w.strip())


class WordCache:
    """Sentence text → words, so that each distinct sentence is segmented once.

    With `article_text`, the words are also kept on disk for that article (`tui.language.wordstore`):
    the cache starts with what was kept, and what `many` segments is kept in turn.
    """

    def __init__(self, article_text: str | None = None) -> None:
        self._words: dict[str, Words] = {}
        self.segmented = 0  # how many texts were actually segmented (for tests and benches)
        self._article_text = article_text
        if article_text is not None:
            from tui.language import wordstore

            self._words.update(wordstore.load(article_text))

    def words(self, text: str) -> Words:
        key = text.strip()
        found = self._words.get(key)
        if found is None:
            found = segment(key)
            self._words[key] = found
            self.segmented += 1
        return found

    def many(self, texts: Iterable[str]) -> list[Words]:
        keys = [t.strip() for t in texts]
        missing = list(dict.fromkeys(k for k in keys if k not in self._words))
        if missing:
            for key, words in zip(missing, segment_many(missing), strict=True):
                self._words[key] = words
            self.segmented += len(missing)
            if self._article_text is not None:
                from tui.language import wordstore

                wordstore.save(self._article_text, self._words)
        return [self.words(k) for k in keys]

    def __len__(self) -> int:
        return len(self._words)

    def known(self) -> dict[str, Words]:
        """Every text segmented so far, with its words (to hand to another process)."""
        return dict(self._words)

    def learn(self, known: dict[str, Words]) -> None:
        """Take words segmented elsewhere (another process's `known`), so as not to redo them."""
        for key, words in known.items():
            self._words.setdefault(key.strip(), tuple(words))


def cache_for(article: object) -> WordCache:
    """The word cache of an article (kept for the last few articles summarized).

    Articles are keyed by identity; the entry holds the article itself, so its id cannot be
    reused by another object while the entry lives.
    """
    key = id(article)
    with _lock:
        entry = _articles.get(key)
        if entry is not None and entry[0] is article:
            _articles.move_to_end(key)
            return entry[1]
        text = getattr(article, "text", None)
        cache = WordCache(text if isinstance(text, str) else None)
        _articles[key] = (article, cache)
        while len(_articles) > _MAX_ARTICLES:
            _articles.popitem(last=False)
        return cache
