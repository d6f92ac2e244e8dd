"""ROUGE of every summarizer against editor-written leads (the protocol of ../shared/eval/README.md).

    .venv/bin/python bench/evaluate.py --data ../shared/eval/vi-news-dev.jsonl [-n 3] [--json]

Each line of the data file is {"id", "title", "summary", "body"}: the body has one sentence per
line and the title apart.  Every body goes through our own reader, as a user's file would:
`parse(title + "\\n\\n" + body)`, then `summarize(article, algorithm, n)`; the candidate is the
chosen sentences joined by spaces, the reference is `summary`.

Scoring (the README's protocol): rouge-score 0.1.2, F1 of rouge1, rouge2 and rougeL, no
stemming, tokens = re.findall(r"\\w+", NFC(lowercase(text))).  Lead-N is the README's baseline:
the first N sentences of the raw body, split after [.!?] followed by whitespace and an upper-case
letter.  The tables print means ×100 with 95% bootstrap intervals (articles resampled), then
each system's margin over Lead-3 with a paired bootstrap interval (both systems scored on the
same resampled articles, which is much tighter than comparing two intervals).

Words are segmented once per data file and kept outside the repository (bench/corpus.py).

Needs the `bench` extra (rouge-score).  Reads nothing from the network.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from pathlib import Path

MEASURES = ("rouge1", "rouge2", "rougeL")
_WORD = re.compile(r"\w+")


class Tokenizer:
    """The protocol's tokenizer: NFC, lower case, \\w+ runs (keeps Vietnamese letters)."""

    def tokenize(self, text: str) -> list[str]:
        return _WORD.findall(unicodedata.normalize("NFC", text).lower())


def lead_sentences(body: str) -> list[str]:
    """The README's Lead-N splitter: after [.!?] + whitespace + an upper-case letter."""
    out, start = [], 0
    for m in re.finditer(r"[.!?]\s+", body):
        nxt = body[m.end() : m.end() + 1]
        if nxt and nxt.isupper():
            out.append(body[start : m.start() + 1].strip())
            start = m.end()
    tail = body[start:].strip()
    if tail:
        out.append(tail)
    return out


def bootstrap(values, rounds: int = 1000, seed: int = 0) -> tuple[float, float]:
    """95% interval of the mean, resampling articles."""
    import numpy as np

    v = np.asarray(values, dtype=float)
    idx = np.random.default_rng(seed).integers(0, len(v), size=(rounds, len(v)))
    means = v[idx].mean(axis=1)
    return float(np.quantile(means, 0.025)), float(np.quantile(means, 0.975))


def paired(values, baseline, rounds: int = 1000, seed: int = 0) -> dict:
    """The margin of a system over a baseline on the same articles: its mean, a 95% interval of
    it from resampling articles (both systems on the same resample) and the share of resamples
    where it is not above zero (a one-sided p-value)."""
    import numpy as np

    d = np.asarray(values, dtype=float) - np.asarray(baseline, dtype=float)
    idx = np.random.default_rng(seed).integers(0, len(d), size=(rounds, len(d)))
    means = d[idx].mean(axis=1)
    return {
        "margin": float(d.mean()),
        "ci95": [float(np.quantile(means, 0.025)), float(np.quantile(means, 0.975))],
        "p": float((means <= 0).mean()),
    }


def evaluate(
    items: list,
    algorithms: list[str],
    n: int,
    leads: tuple[int, ...] = (1, 2, 3),
    models: dict[str, object] | None = None,
) -> dict:
    """Scores of each system; `models` are further weightings of `docbao` by name (a
    newsrank.Model each), scored as systems `docbao:NAME`."""
    from unittest import mock

    from rouge_score import rouge_scorer

    from tui.language import newsrank
    from tui.language.summarize import summarize
    from tui.language.words import cache_for

    scorer = rouge_scorer.RougeScorer(list(MEASURES), use_stemmer=False, tokenizer=Tokenizer())
    per: dict[str, dict[str, list[float]]] = {}
    seconds: dict[str, float] = {}

    def add(system: str, candidate: str, reference: str) -> None:
        scores = scorer.score(reference, candidate)
        row = per.setdefault(system, {m: [] for m in MEASURES})
        for m in MEASURES:
            row[m].append(scores[m].fmeasure)

    runs: list[tuple[str, str, object]] = [(name, name, None) for name in algorithms]
    runs += [(f"docbao:{label}", "docbao", model) for label, model in (models or {}).items()]
    for item in items:
        row, article = item.row, item.article
        lead = lead_sentences(row["body"])
        for k in leads:
            add(f"lead-{k}", " ".join(lead[:k]), row["summary"])
        cache_for(article).learn(item.words)
        for system, name, model in runs:
            t = time.perf_counter()
            if model is None:
                summary = summarize(article, name, n)
            else:
                with mock.patch.object(newsrank, "default_model", lambda m=model: m):
                    summary = summarize(article, name, n)
            seconds[system] = seconds.get(system, 0.0) + time.perf_counter() - t
            add(system, " ".join(s.text for s in summary.sentences), row["summary"])

    result = {}
    base = per.get("lead-3")
    for system, values in per.items():
        result[system] = {
            **{m: 100 * sum(v) / len(v) for m, v in values.items()},
            **{f"{m}_ci95": [100 * x for x in bootstrap(values[m])] for m in MEASURES},
            "seconds": seconds.get(system),
        }
        if base is not None and system != "lead-3":
            for m in MEASURES:
                margin = paired(values[m], base[m])
                result[system][f"{m}_over_lead3"] = {
                    "margin": 100 * margin["margin"],
                    "ci95": [100 * x for x in margin["ci95"]],
                    "p": margin["p"],
                }
    return result


def _interval(r: dict, m: str) -> str:
    low, high = r[f"{m}_ci95"]
    return f"{r[m]:.2f} ({low:.2f}–{high:.2f})"


def _margin(r: dict, m: str) -> str:
    over = r.get(f"{m}_over_lead3")
    if over is None:
        return "·"
    low, high = over["ci95"]
    return f"{over['margin']:+.2f} ({low:+.2f}…{high:+.2f})"


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import corpus

    from tui.language.algorithms import ALGORITHM_NAMES

    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--data", required=True, help="JSON Lines file: id, title, summary, body")
    p.add_argument("-n", type=int, default=3, help="sentences per summary (default 3)")
    p.add_argument("--algorithms", default=",".join(ALGORITHM_NAMES), help="comma-separated names")
    p.add_argument("--limit", type=int, help="only the first N articles")
    p.add_argument("--cache", help="folder for the segmented words (default ~/.cache/docbao-bench)")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.add_argument(
        "--model",
        action="append",
        default=[],
        help="NAME=FILE: also score docbao with these weights (a newsrank.tsv), as docbao:NAME; "
        "NAME=hand: the first, hand-set weights",
    )
    args = p.parse_args(argv)

    algorithms = [a for a in args.algorithms.split(",") if a]
    unknown = [a for a in algorithms if a not in ALGORITHM_NAMES]
    if unknown:
        p.error(f"unknown algorithm(s): {', '.join(unknown)}")
    from tui.language import newsrank

    models = {}
    for spec in args.model:
        name, _, path = spec.partition("=")
        if path == "hand":
            models[name] = newsrank.HAND_SET
        else:
            models[name] = newsrank.Model.parse(Path(path).read_text(encoding="utf-8"))
    items = corpus.load(args.data, args.limit, args.cache)
    result = evaluate(items, algorithms, args.n, models=models)
    if args.json:
        print(
            json.dumps({"data": args.data, "articles": len(items), "n": args.n, "systems": result}, indent=2)
        )
        return 0
    print(f"{len(items)} articles, {args.n}-sentence summaries; ROUGE F1 ×100 (95% bootstrap intervals)")
    print()
    print("| System | ROUGE-1 | ROUGE-2 | ROUGE-L |")
    print("|---|---|---|---|")
    systems = [s for s in result if not s.startswith("lead-")] + ["lead-1", "lead-2", "lead-3"]
    for system in systems:
        r = result[system]
        print(f"| {system} | " + " | ".join(_interval(r, m) for m in MEASURES) + " |")
    print()
    print("Margin over Lead-3, paired bootstrap (95% interval):")
    print()
    print("| System | ROUGE-1 | ROUGE-2 | ROUGE-L |")
    print("|---|---|---|---|")
    for system in systems:
        if system != "lead-3":
            print(f"| {system} | " + " | ".join(_margin(result[system], m) for m in MEASURES) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
