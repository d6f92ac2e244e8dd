"""Evaluation articles read by our own parser, with their words segmented once and kept on disk.

Word segmentation is most of the cost of a run over thousands of articles, so the words of every
sentence of a data file are segmented in one batch (over the CPUs) and kept in a pickle beside a
cache folder outside the repository (`--cache`, default `$DOCBAO_BENCH_CACHE` or
~/.cache/docbao-bench), keyed by the data file's contents.  A later run, or another script on
the same file, loads them in a second.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
from dataclasses import dataclass
from pathlib import Path

Words = tuple[str, ...]


@dataclass
class Item:
    row: dict  # {"id", "title", "summary", "body"}
    article: object  # tui.reading.model.Article
    words: dict[str, Words]  # every text of the article that a summary reads → its words


def load_rows(path: str, limit: int | None = None) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rows.append(json.loads(line))
    return rows[:limit] if limit else rows


def cache_dir(cache: str | None = None) -> Path:
    folder = cache or os.environ.get("DOCBAO_BENCH_CACHE") or Path.home() / ".cache" / "docbao-bench"
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    return path


def _texts(article) -> list[str]:
    texts = [s.text for s in article.sentences]
    texts += [t for t in (article.title, article.lead) if t.strip()]
    return [t.strip() for t in texts if t.strip()]


def load(path: str, limit: int | None = None, cache: str | None = None) -> list[Item]:
    """The data file's articles, parsed, each with the words of its texts."""
    os.environ.setdefault("DOCBAO_CACHE_DIR", "")  # not the user's word store: it keeps 500 articles
    from tui.language.words import segment_many
    from tui.reading.parse import parse

    rows = load_rows(path, limit)
    articles = [parse(row["title"] + "\n\n" + row["body"]) for row in rows]
    digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16]
    store = cache_dir(cache) / f"words-{digest}.pkl"
    known: dict[str, Words] = {}
    if store.exists():
        with store.open("rb") as f:
            known = pickle.load(f)
    missing = list(dict.fromkeys(t for a in articles for t in _texts(a) if t not in known))
    if missing:
        known.update(zip(missing, segment_many(missing), strict=True))
        tmp = store.with_suffix(".tmp")
        with tmp.open("wb") as f:
            pickle.dump(known, f, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(store)
    return [Item(row, a, {t: known[t] for t in _texts(a)}) for row, a in zip(rows, articles, strict=True)]
