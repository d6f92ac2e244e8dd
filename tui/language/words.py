"""Vietnamese words for the summarizers: underthesea's word segmentation, lower-cased.

Segmentation is the costly step (about 1,500 sentences a second), so every sentence of an
article is segmented once and kept: summaries with another algorithm, length or section reuse
the words.  underthesea is imported on first use only, never at module import.

A word is what `underthesea.word_tokenize` returns, lower-cased, with multi-syllable words
kept together as one token ("bí thư", "tỉnh ủy"); tokens with no letter or digit (punctuation,
quotes, dashes) are dropped.  Stop words are the list underthesea ships, lower-cased.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from functools import lru_cache
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
                from underthesea import word_tokenize

                # Load the CRF model here, under the lock, rather than in two threads at once.
                word_tokenize("khởi động")
                _tokenize = word_tokenize
    return _tokenize


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

    _word_tokenize()  # load the model before forking, so every worker has it
    chunk = -(-len(texts) // (workers * 4))
    with multiprocessing.get_context("fork").Pool(workers) as pool:
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
    from underthesea.datasets.stopwords import words

    return frozenset(w.strip().lower() for w in words if w.strip())


class WordCache:
    """Sentence text → words, so that each distinct sentence is segmented once."""

    def __init__(self) -> None:
        self._words: dict[str, Words] = {}
        self.segmented = 0  # how many texts were actually segmented (for tests and benches)

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
        if len(missing) > 1:
            for key, words in zip(missing, segment_many(missing), strict=True):
                self._words[key] = words
            self.segmented += len(missing)
        return [self.words(k) for k in keys]

    def __len__(self) -> int:
        return len(self._words)


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
        cache = WordCache()
        _articles[key] = (article, cache)
        while len(_articles) > _MAX_ARTICLES:
            _articles.popitem(last=False)
        return cache
