"""Start-up time of the reader: process start to the first painted article screen, against a bare
Textual app with one Static, both run in a pseudo-terminal of 120x40 on the same Python.

    .venv/bin/python bench/startup.py [--runs 7] [--file ARTICLE]

Each run starts a fresh process and reads the terminal's output until the marker text appears
(the article's title for docbao, "BARE-READY" for the bare app); runs alternate between the two so
a busy machine slows both alike. Prints the median and best times and their ratio (goal: <= 1.3),
then how long after the first paint the summary and the attendees appear (goal: <= 150 ms); with
`--cold`, every run opens the article as if for the first time (no words kept from earlier runs).
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import os
import pty
import select
import signal
import statistics
import struct
import sys
import tempfile
import termios
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARE = (
    "from textual.app import App\n"
    "from textual.widgets import Static\n"
    "class A(App):\n"
    "    def compose(self):\n"
    "        yield Static('BARE-READY')\n"
    "A().run()\n"
)
SEED_MARKER = "Thường trực HĐND"
# Text that appears only once the summary pane (a sentence's section label) and the attendee
# sidebar (its title with the count) have filled in, on the seed.
SEED_SUMMARY_MARKER = "§1 Opening"
SEED_PEOPLE_MARKER = "Attendees · 5"


def time_to_marker(argv: list[str], marker: str, env: dict[str, str], timeout: float = 30.0) -> float:
    """Seconds from fork to the marker's bytes in the program's terminal output."""
    return times_to_markers(argv, [marker], env, timeout)[0]


def times_to_markers(
    argv: list[str], markers: list[str], env: dict[str, str], timeout: float = 30.0
) -> list[float]:
    """Seconds from fork to each marker's bytes in the program's terminal output."""
    needles = [m.encode("utf-8") for m in markers]
    longest = max(len(n) for n in needles)
    found: dict[bytes, float] = {}
    t0 = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:  # the child: become the program
        try:
            os.execve(argv[0], argv, env)
        finally:
            os._exit(127)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    seen = b""
    try:
        while time.perf_counter() - t0 < timeout:
            ready, _, _ = select.select([fd], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen = seen[-longest:] + chunk
            now = time.perf_counter() - t0
            for needle in needles:
                if needle not in found and needle in seen:
                    found[needle] = now
            if len(found) == len(needles):
                break
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        # Drain so the child is not blocked writing, then reap it.
        try:
            while select.select([fd], [], [], 0.01)[0] and os.read(fd, 65536):
                pass
        except OSError:
            pass
        os.close(fd)
        os.waitpid(pid, 0)
    missing = [m for m, n in zip(markers, needles, strict=True) if n not in found]
    if missing:
        raise RuntimeError(f"{' '.join(argv)}: {missing[0]!r} never appeared within {timeout} s")
    return [found[n] for n in needles]


def child_env(config_dir: str) -> dict[str, str]:
    """The environment of the timed programs: a 120x40 colour terminal, settings kept apart."""
    env = dict(
        os.environ,
        TERM="xterm-256color",
        COLUMNS="120",
        LINES="40",
        DOCBAO_CONFIG_DIR=config_dir,
        DOCBAO_CACHE_DIR=str(Path(config_dir, "cache")),
    )
    env.pop("NO_COLOR", None)
    # Start-up as users get it: from bytecode. With PYTHONDONTWRITEBYTECODE set (as in some shells
    # and CI images) every module edited since its last compile is compiled again on each run, a
    # cost (10-25 ms here) the bare app, all of it cached, never pays.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--file", help="article to open (default: the bundled seed)")
    parser.add_argument("--marker", default=None, help="text that marks the article painted")
    parser.add_argument("--summary-marker", default=None, help="text that marks the summary shown")
    parser.add_argument("--people-marker", default=None, help="text that marks the attendees shown")
    parser.add_argument(
        "--cold",
        action="store_true",
        help="every run with an empty word store (the first opening of an article); "
        "by default the untimed first run fills it, as any earlier opening would",
    )
    parser.add_argument("--python", default=sys.executable)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        bare = Path(tmp, "bare.py")
        bare.write_text(BARE)
        env = child_env(tmp)
        # -P: the installed docbao, not the checkout's tui/ (whose bundled articles are not beside it).
        ours_argv = [args.python, "-P", "-m", "tui"] + ([args.file] if args.file else [])
        seed = args.file is None
        markers = [
            args.marker or SEED_MARKER,
            args.summary_marker or (SEED_SUMMARY_MARKER if seed else None),
            args.people_marker or (SEED_PEOPLE_MARKER if seed else None),
        ]
        markers = [m for m in markers if m]
        # One untimed run of each warms the file cache and writes the bytecode.
        time_to_marker([args.python, str(bare)], "BARE-READY", env)
        times_to_markers(ours_argv, markers, env)
        base, ours, fills = [], [], []
        for run in range(args.runs):
            base.append(time_to_marker([args.python, str(bare)], "BARE-READY", env))
            if args.cold:
                env["DOCBAO_CACHE_DIR"] = str(Path(tmp, f"cold-{run}"))
            times = times_to_markers(ours_argv, markers, env)
            ours.append(times[0])
            fills.append([t - times[0] for t in times[1:]])

    med_b, med_o = statistics.median(base), statistics.median(ours)
    runs = args.runs
    print(f"bare Textual app: median {med_b * 1000:.0f} ms, best {min(base) * 1000:.0f} ms ({runs} runs)")
    print(f"docbao reader:    median {med_o * 1000:.0f} ms, best {min(ours) * 1000:.0f} ms")
    print(f"ratio: median {med_o / med_b:.2f}x, best {min(ours) / min(base):.2f}x (goal <= 1.30x)")
    for i, name in enumerate(["summary", "attendees"][: len(markers) - 1]):
        after = [f[i] for f in fills]
        print(
            f"{name} after first paint: median {statistics.median(after) * 1000:.0f} ms, "
            f"worst {max(after) * 1000:.0f} ms (goal <= 150 ms)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
