"""Batch summaries: articles per second with 1 and 2 jobs (`docbao summarize DIR --jobs N`).

    .venv/bin/python bench/batch.py --data ../shared/eval/vi-news-dev.jsonl [--jobs 1 2] [--limit N]

Each record of the data file ({"id", "title", "summary", "body"}) becomes an article file,
title + "\\n\\n" + body, in a temporary folder. For each number of jobs the whole command runs
as a user would run it (`python -m tui summarize DIR --jobs N --format jsonl`, output discarded),
best of --repeat runs, and again on a folder of one article per job to measure what a run costs before
its first summaries (interpreter, imports, worker start-up, model loading). The table shows:

- articles/s: all articles over the whole run's wall time;
- per article: (whole run - start-up run) / (articles - jobs), the cost of one more article;
- start-up: a run on one article per job (interpreter, imports, workers, models, first summaries);
- speed-up: articles/s against the first row;
- CPU s: CPU time of the command and its workers (steadier than wall time on a busy machine).

Reads nothing from the network; writes only to the temporary folder.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def write_articles(data: Path, folder: Path, limit: int | None) -> int:
    n = 0
    with data.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            (folder / f"{rec['id']}.txt").write_text(
                rec["title"] + "\n\n" + rec["body"] + "\n", encoding="utf-8"
            )
            n += 1
            if limit is not None and n >= limit:
                break
    return n


def timed_run(folder: Path, jobs: int, algorithm: str | None, expected: int) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the command and its workers)."""
    # -P: the installed docbao, not the checkout's tui/ (whose bundled articles are not beside it).
    cmd = [sys.executable, "-P", "-m", "tui", "summarize", str(folder)]
    cmd += ["--jobs", str(jobs), "--format", "jsonl"]
    if algorithm:
        cmd += ["--algorithm", algorithm]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    # No word store: every run segments its articles, as a first run over new articles does.
    env = dict(os.environ, DOCBAO_CACHE_DIR="")
    r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    lines = r.stdout.splitlines()
    if r.returncode != 0 or len(lines) != expected:
        sys.exit(
            f"{' '.join(cmd)}: exit {r.returncode}, {len(lines)} of {expected} lines\n{r.stderr[-2000:]}"
        )
    return elapsed, cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, required=True, help="JSON lines with title and body")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--limit", type=int, help="only the first N articles")
    ap.add_argument("--algorithm", help="default: docbao's default algorithm")
    ap.add_argument("--repeat", type=int, default=1, help="runs per row; the best is kept")
    ap.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="docbao-batch-") as tmp:
        many, one = Path(tmp, "many"), Path(tmp, "one")
        many.mkdir()
        one.mkdir()
        n = write_articles(args.data, many, args.limit)
        rows = []
        for jobs in args.jobs:
            # start-up: a run with one article per worker, so that every worker starts as in the
            # whole run (a single article would be summarized in-process, without a pool)
            for f in one.iterdir():
                f.unlink()
            for f in sorted(many.iterdir())[:jobs]:
                (one / f.name).write_bytes(f.read_bytes())
            whole, cpu = min(timed_run(many, jobs, args.algorithm, n) for _ in range(args.repeat))
            start, _ = min(timed_run(one, jobs, args.algorithm, jobs) for _ in range(args.repeat))
            per = (whole - start) / max(1, n - jobs)
            rows.append(
                {
                    "jobs": jobs,
                    "articles": n,
                    "seconds": whole,
                    "cpu_s": cpu,
                    "startup_s": start,
                    "per_article_ms": per * 1000,
                }
            )
    base = n / rows[0]["seconds"]
    for row in rows:
        row["articles_per_s"] = n / row["seconds"]
        row["speedup"] = row["articles_per_s"] / base
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    print(f"{n} articles from {args.data.name}, {os.cpu_count()} CPUs, python -m tui summarize DIR --jobs N")
    print(
        f"{'jobs':>4} {'seconds':>8} {'CPU s':>7} {'articles/s':>11} {'per article':>12} "
        f"{'start-up':>9} {'speed-up':>9}"
    )
    for r in rows:
        print(
            f"{r['jobs']:>4} {r['seconds']:>8.2f} {r['cpu_s']:>7.2f} {r['articles_per_s']:>11.1f} "
            f"{r['per_article_ms']:>9.1f} ms {r['startup_s']:>7.2f} s {r['speedup']:>8.2f}x"
        )


if __name__ == "__main__":
    main()
