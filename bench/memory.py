"""Time and peak memory of `docbao summarize` on long articles: 1, 2, 10 and 50 MB.

    .venv/bin/python bench/memory.py [--sizes 1,2,10,50] [--algorithms docbao,lexrank,textrank,reduction]
                                     [--timeout 1800] [--address-space-mb 16384] [--words cold|warm]

Each article is made of the bundled article's body sentences, shuffled, with words dropped and
swapped at random (a fixed seed, as in bench/speed.py), three to a paragraph, under its title,
cut at the size asked for (in MB of UTF-8). Each run is one `docbao summarize FILE -n 5
--algorithm NAME` process; the time is its wall time, the memory the peak resident set of the
largest process it ran (the command or one of its word-segmentation workers, from
`RUSAGE_CHILDREN`), and how it ended (exit status, and stderr's last line when it failed). With
`--words cold` (the default) the word store is off, so every run segments its article; `warm`
segments once and times the summaries alone. A run is stopped after --timeout seconds, and its
address space is capped (--address-space-mb) so that a run that would take the machine's memory
fails in its own process instead.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from speed import mutated_sentences  # bench/ is on the path when a bench runs

MB = 1024 * 1024


def build_article(size_mb: float, seed: int = 0) -> str:
    """An article of `size_mb` MB (UTF-8) of mutated, shuffled sentences of the bundled one."""
    from tui.reading.bundled import bundled_articles
    from tui.reading.document import open_article

    articles = [open_article(p) for p in bundled_articles()]
    made = mutated_sentences([s.text for a in articles for s in a.body_sentences], seed)
    target = int(size_mb * MB)
    parts = [articles[0].title, "\n\n"]
    size = len(parts[0].encode())
    paragraph: list[str] = []
    while size < target:
        paragraph.append(next(made))
        if len(paragraph) == 3:
            block = " ".join(paragraph) + "\n\n"
            parts.append(block)
            size += len(block.encode())
            paragraph = []
    return "".join(parts).encode()[: target - 1].decode("utf-8", "ignore").rstrip() + "\n"


def run(
    path: Path, algorithm: str, timeout: float, cap_mb: int, env: dict[str, str], cwd: Path | None = None
) -> tuple:
    """(seconds, peak MiB of the largest process, exit status or None if stopped, stderr's last
    line). os.wait4's usage covers the command and every process it waited for."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (cap_mb * MB, cap_mb * MB))

    command = [sys.executable, "-m", "tui", "summarize", str(path), "-n", "5", "--algorithm", algorithm]
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=err, env=env, cwd=cwd, preexec_fn=limit
        )
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        stopped = not timer.is_alive()
        timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        lines = err.read().decode("utf-8", "replace").strip().splitlines()
    last = f"stopped after {timeout:g} s" if stopped else (lines[-1] if lines else "")
    return seconds, usage.ru_maxrss / 1024, None if stopped else proc.returncode, last


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1,2,10,50", help="MB, comma-separated, smallest first")
    ap.add_argument("--algorithms", default="docbao,lexrank,textrank,reduction")
    ap.add_argument("--timeout", type=float, default=1800)
    ap.add_argument("--address-space-mb", type=int, default=16384)
    ap.add_argument("--words", choices=("cold", "warm"), default="cold")
    ap.add_argument("--checkout", type=Path, help="run this checkout's docbao")
    args = ap.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    algorithms = args.algorithms.split(",")
    with tempfile.TemporaryDirectory(prefix="docbao-memory-") as tmp:
        env = {**os.environ, "DOCBAO_CACHE_DIR": "" if args.words == "cold" else str(Path(tmp) / "words")}
        print("| size | sentences | " + " | ".join(algorithms) + " |")
        print("|---|---|" + "---|" * len(algorithms))
        for size in sizes:
            path = Path(tmp) / f"article-{size:g}mb.txt"
            path.write_text(build_article(size), encoding="utf-8")
            sentences = path.read_text(encoding="utf-8").count(". ") + path.read_text().count(".\n")
            if args.words == "warm":
                run(path, "luhn", args.timeout, args.address_space_mb, env, args.checkout)
            cells = []
            for algorithm in algorithms:
                seconds, peak, status, last = run(
                    path, algorithm, args.timeout, args.address_space_mb, env, args.checkout
                )
                cell = f"{seconds:.1f} s, {peak:,.0f} MB"
                if status != 0:  # the reason, without "docbao: PATH: "
                    cell += f" ({last.split(': ', 2)[-1]})" if last else f" (exit {status})"
                cells.append(cell)
                print(f"  {size:g} MB {algorithm}: {cell}", file=sys.stderr, flush=True)
            print(f"| {size:g} MB | ~{sentences:,} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
