"""ROUGE of every summarizer against editor-written leads (the protocol of ../shared/eval/README.md).

    .venv/bin/python bench/evaluate.py --data ../shared/eval/vi-news-dev.jsonl [-n 3] [--json]

Each line of the data file is {"id", "title", "summary", "body"}: the body has one sentence per
line and the title apart.  Every body goes through our own reader, as a user's file would:
`parse(title + "\\n\\n" + body)`, then `summarize(article, algorithm, n)`; the candidate is the
chosen sentences joined by spaces, the reference is `summary`.

Scoring (the README's protocol): rouge-score 0.1.2, F1 of rouge1, rouge2 and rougeL, no
stemming, tokens = re.findall(r"\\w+", NFC(lowercase(text))).  Lead-N is the README's baseline:
the first N sentences of the raw body, split after [.!?] followed by whitespace and an upper-case
letter.  The table prints means ×100 and, for each row, a 95% bootstrap interval of ROUGE-1.

Needs the `bench` extra (rouge-score).  Reads nothing from the network.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
import unicodedata

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


def load(path: str, limit: int | None = None) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rows.append(json.loads(line))
    return rows[:limit] if limit else rows


def bootstrap(values: list[float], rounds: int = 1000, seed: int = 0) -> tuple[float, float]:
    rnd = random.Random(seed)
    n = len(values)
    means = sorted(sum(values[rnd.randrange(n)] for _ in range(n)) / n for _ in range(rounds))
    return means[int(0.025 * rounds)], means[int(0.975 * rounds) - 1]


def evaluate(rows: list[dict], algorithms: list[str], n: int, leads: tuple[int, ...] = (1, 2, 3)) -> dict:
    from rouge_score import rouge_scorer

    from tui.language.summarize import summarize
    from tui.reading.parse import parse

    scorer = rouge_scorer.RougeScorer(list(MEASURES), use_stemmer=False, tokenizer=Tokenizer())
    per: dict[str, dict[str, list[float]]] = {}
    seconds: dict[str, float] = {}

    def add(system: str, candidate: str, reference: str) -> None:
        scores = scorer.score(reference, candidate)
        row = per.setdefault(system, {m: [] for m in MEASURES})
        for m in MEASURES:
            row[m].append(scores[m].fmeasure)

    for row in rows:
        lead = lead_sentences(row["body"])
        for k in leads:
            add(f"lead-{k}", " ".join(lead[:k]), row["summary"])
        article = parse(row["title"] + "\n\n" + row["body"])
        for name in algorithms:
            t = time.perf_counter()
            summary = summarize(article, name, n)
            seconds[name] = seconds.get(name, 0.0) + time.perf_counter() - t
            add(name, " ".join(s.text for s in summary.sentences), row["summary"])

    result = {}
    for system, values in per.items():
        low, high = bootstrap(values["rouge1"])
        result[system] = {
            **{m: 100 * sum(v) / len(v) for m, v in values.items()},
            "rouge1_ci95": [100 * low, 100 * high],
            "seconds": seconds.get(system),
        }
    return result


def main(argv: list[str] | None = None) -> int:
    from tui.language.algorithms import ALGORITHM_NAMES

    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--data", required=True, help="JSON Lines file: id, title, summary, body")
    p.add_argument("-n", type=int, default=3, help="sentences per summary (default 3)")
    p.add_argument("--algorithms", default=",".join(ALGORITHM_NAMES), help="comma-separated names")
    p.add_argument("--limit", type=int, help="only the first N articles")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = p.parse_args(argv)

    algorithms = [a for a in args.algorithms.split(",") if a]
    unknown = [a for a in algorithms if a not in ALGORITHM_NAMES]
    if unknown:
        p.error(f"unknown algorithm(s): {', '.join(unknown)}")
    rows = load(args.data, args.limit)
    result = evaluate(rows, algorithms, args.n)
    if args.json:
        print(
            json.dumps({"data": args.data, "articles": len(rows), "n": args.n, "systems": result}, indent=2)
        )
        return 0
    print(f"{len(rows)} articles, {args.n}-sentence summaries; ROUGE F1 ×100")
    print()
    print("| System | ROUGE-1 | ROUGE-2 | ROUGE-L | ROUGE-1 95% CI |")
    print("|---|---|---|---|---|")
    order = [*algorithms, "lead-1", "lead-2", "lead-3"]
    for system in order:
        r = result[system]
        low, high = r["rouge1_ci95"]
        print(
            f"| {system} | {r['rouge1']:.2f} | {r['rouge2']:.2f} | {r['rougeL']:.2f} | {low:.2f}–{high:.2f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
