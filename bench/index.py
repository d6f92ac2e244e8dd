"""The library index: indexing speed, its size, re-indexing, and query latency.

    .venv/bin/python bench/vietnews.py --repo …/vietnews --out /work/data/index-bench/2000 -n 2000
    .venv/bin/python bench/index.py --data /work/data/index-bench/2000 [--jobs 1 2] [--scale 100000]

1. For each number of jobs, `docbao index DATA --jobs N` into a fresh index file, run as a user
   runs it (a whole process: interpreter, imports, models, workers): articles/s over the wall
   time, and the CPU seconds of the command and its workers.
2. The index's size on disk (database and WAL) after that run.
3. `docbao index DATA` again on the unchanged folder: its wall time against the first run's.
4. Query latency at `--scale` articles: the index of step 1 is copied row for row (articles,
   people, the FTS rows, each copy under another path and with its date moved) until it holds
   that many articles — the text is real but repeated, the only way to reach 100,000 on two
   shared cores — then `search` (with snippets) and `who` are timed in this process over queries
   drawn from the articles themselves: one title word, two title words, a two-word phrase from a
   body, a search with --person, and `who` for names from the index. p50 and p95 per kind, of the
   wall time and (steadier on a shared machine) of the CPU time.

Writes only to a temporary folder; reads nothing from the network.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_index(data: Path, index: Path, jobs: int) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds (command and workers), and what the command printed."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "tui", "index", str(data), "--index", str(index), "--jobs", str(jobs)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode not in (0, 1):
        sys.exit(f"docbao index failed ({done.returncode}): {done.stderr[-2000:]}")
    return wall, cpu, done.stdout.strip()


def size_of(index: Path) -> int:
    return sum(p.stat().st_size for p in (index, index.with_name(index.name + "-wal")) if p.exists())


def scale_up(source: Path, target: Path, n: int) -> int:
    """A copy of the index at `source` grown to `n` articles by repeating its rows."""
    from tui.index.store import decompress, fts_values

    shutil.copy(source, target)
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    base = conn.execute(
        "SELECT id, path, size, mtime_ns, hash, title, source, date, date_text, lead, summary, body"
        " FROM articles"
    ).fetchall()
    people = {}
    for row in conn.execute("SELECT article, name, key, folded, kind, roles, start, end FROM people"):
        people.setdefault(row[0], []).append(row[1:])
    folded = {
        r[0]: fts_values(r[5], r[9], decompress(r[11]), [p[0] for p in people.get(r[0], [])]) for r in base
    }
    have = len(base)
    rng = random.Random(7)
    copy = 0
    conn.execute("BEGIN")
    while have < n:
        copy += 1
        for r in base:
            if have >= n:
                break
            day = f"20{rng.randint(10, 24):02d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            cur = conn.execute(
                "INSERT INTO articles(path, size, mtime_ns, hash, title, source, date, date_text, lead,"
                " summary, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (f"{r[1]}.copy{copy}", *r[2:7], day, *r[8:]),
            )
            rowid = cur.lastrowid
            conn.execute(
                "INSERT INTO fts(rowid, title, lead, body, people) VALUES (?, ?, ?, ?, ?)",
                (rowid, *folded[r[0]]),
            )
            conn.executemany(
                "INSERT INTO people(article, name, key, folded, kind, roles, start, end)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(rowid, *p) for p in people.get(r[0], [])],
            )
            have += 1
    conn.execute("COMMIT")
    conn.execute("INSERT INTO fts(fts) VALUES('optimize')")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return have


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


def queries(conn: sqlite3.Connection, rng: random.Random, k: int) -> dict[str, list]:
    from tui.index.store import decompress

    rows = conn.execute("SELECT title, body FROM articles WHERE path NOT LIKE '%.copy%'").fetchall()
    names = [n for (n,) in conn.execute("SELECT DISTINCT name FROM people")]
    words = lambda text: re.findall(r"\w{3,}", text)  # noqa: E731
    out: dict[str, list] = {
        "search: 1 word": [],
        "search: 2 words": [],
        "search: phrase": [],
        "search --person": [],
    }
    for _ in range(k):
        title, body = rng.choice(rows)
        tw = words(title) or ["hội"]
        out["search: 1 word"].append((rng.choice(tw), None))
        out["search: 2 words"].append((" ".join(rng.sample(tw, min(2, len(tw)))), None))
        bw = words(decompress(body)) or tw
        i = rng.randrange(max(1, len(bw) - 1))
        out["search: phrase"].append(('"' + " ".join(bw[i : i + 2]) + '"', None))
        if names:
            out["search --person"].append((rng.choice(tw), rng.choice(names)))
    out["who"] = [rng.choice(names) for _ in range(k)] if names else []
    return out


def latency(index: Path, k: int) -> list[tuple[str, float, float, float, float]]:
    from tui.index.query import search, who
    from tui.index.store import open_for_reading

    conn = open_for_reading(index)
    rng = random.Random(11)
    table = []
    for kind, qs in queries(conn, rng, k).items():
        times, cpu, found = [], [], 0
        for q in qs:
            start, start_cpu = time.perf_counter(), time.process_time()
            if kind == "who":
                found += bool(who(conn, q))
            else:
                found += bool(search(conn, q[0], person=q[1]))
            times.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - start_cpu) * 1000)
        if times:
            table.append(
                (
                    kind,
                    statistics.median(times),
                    percentile(times, 95),
                    percentile(cpu, 95),
                    found / len(times),
                )
            )
    conn.close()
    return table


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, required=True, help="a folder of articles (bench/vietnews.py)")
    ap.add_argument("--jobs", type=int, nargs="*", default=[1, 2])
    ap.add_argument(
        "--from-index",
        type=Path,
        help="an index of --data made before: re-index and query latency from a copy of it (with --jobs)",
    )
    ap.add_argument("--scale", type=int, default=100_000, help="articles for the query latency (0: skip)")
    ap.add_argument("--queries", type=int, default=200, help="queries of each kind")
    args = ap.parse_args()
    count = sum(1 for _ in args.data.rglob("*.txt"))
    with tempfile.TemporaryDirectory(prefix="docbao-index-bench-") as tmp:
        work = Path(tmp)
        first: tuple[Path, float | None] | None = None
        if args.from_index:
            copy = work / "given.sqlite"
            source = sqlite3.connect(f"file:{args.from_index}?mode=ro", uri=True)
            target = sqlite3.connect(copy)
            source.backup(target)
            source.close()
            target.close()
            first = (copy, None)
        print(f"{count} articles in {args.data}")
        print("| run | wall s | articles/s | CPU s | index size |")
        print("|---|---|---|---|---|")
        for jobs in args.jobs:
            index = work / f"jobs{jobs}.sqlite"
            wall, cpu, _ = run_index(args.data, index, jobs)
            first = first or (index, wall)
            print(
                f"| index, {jobs} job{'s' if jobs > 1 else ''} | {wall:.1f} | {count / wall:.1f} | {cpu:.1f} "
                f"| {size_of(index) / 1e6:.1f} MB |",
                flush=True,
            )
        if first is None:
            sys.exit("nothing to measure: give --jobs or --from-index")
        index, wall0 = first
        for _ in range(3):
            wall, cpu, said = run_index(args.data, index, 1)
            share = f" ({100 * wall / wall0:.1f} % of the first)" if wall0 else ""
            print(
                f"| re-index, unchanged | {wall:.2f}{share} | – | {cpu:.2f} | {size_of(index) / 1e6:.1f} MB |"
                f" {said}",
                flush=True,
            )
        if args.scale:
            big = work / "big.sqlite"
            start = time.perf_counter()
            n = scale_up(index, big, args.scale)
            print(
                f"\nscaled to {n:,} articles in {time.perf_counter() - start:.0f} s, "
                f"{size_of(big) / 1e6:.0f} MB"
            )
            print("| query | p50 ms | p95 ms | p95 CPU ms | found something |")
            print("|---|---|---|---|---|")
            for kind, p50, p95, p95_cpu, found in latency(big, args.queries):
                print(f"| {kind} | {p50:.1f} | {p95:.1f} | {p95_cpu:.1f} | {100 * found:.0f} % |", flush=True)


if __name__ == "__main__":
    main()
