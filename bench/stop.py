"""Stopping a batch: how long `docbao summarize DIR --jobs 2` takes to exit after ctrl-c, SIGTERM
or SIGHUP, and whether its workers outlive it (Linux: reads /proc, waits with pidfds).

    .venv/bin/python bench/stop.py [--copies 20] [--articles 8] [--repeat 3]

Each article is the bundled seed repeated --copies times (a long report, so that a worker is in
the middle of one when the signal comes). The signal is sent once the first JSON line is out:
ctrl-c to the whole process group, as a terminal sends it; SIGTERM and SIGHUP to the parent
alone, as `kill` does. A worker still running after the parent is reported and then killed.
Writes only to a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import select
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _alive_after(pids: list[int], timeout: float) -> list[int]:
    alive = []
    for pid in pids:
        try:
            fd = os.pidfd_open(pid)
        except ProcessLookupError:
            continue
        try:
            ready, _, _ = select.select([fd], [], [], timeout)
            if not ready:
                alive.append(pid)
        finally:
            os.close(fd)
    return alive


def run_once(folder: Path, signum: int) -> tuple[float, int, int]:
    """(seconds from the signal to the exit, exit status, workers left running)."""
    proc = subprocess.Popen(
        [sys.executable, "-P", "-m", "tui", "summarize", str(folder), "--jobs", "2", "-n", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    assert proc.stdout is not None
    proc.stdout.readline()
    workers = [int(p) for p in Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()]
    start = time.perf_counter()
    if signum == signal.SIGINT:
        os.killpg(proc.pid, signum)
    else:
        os.kill(proc.pid, signum)
    status = proc.wait(timeout=300)
    took = time.perf_counter() - start
    left = _alive_after(workers, 5.0)
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    proc.stdout.close()
    return took, status, len(left)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=20, help="seed copies per article")
    parser.add_argument("--articles", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from tui.reading.bundled import seed_article

    seed = seed_article().read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for i in range(args.articles):
            text = seed.replace("Nghệ An", f"Nghệ An {i}") * args.copies
            (folder / f"{i:02}.txt").write_text(text, "utf-8")
        print("signal   exit after (s, each run)   status   workers left")
        for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            runs = [run_once(folder, signum) for _ in range(args.repeat)]
            times = " ".join(f"{t:.2f}" for t, _, _ in runs)
            print(f"{signum.name:8} {times:26} {runs[0][1]:6}   {sum(n for _, _, n in runs)}")


if __name__ == "__main__":
    main()
