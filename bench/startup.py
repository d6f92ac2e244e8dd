"""Start-up time of the reader: process start to the first painted article screen, against a bare
Textual app with one Static, both run in a pseudo-terminal of 120x40 on the same Python.

    .venv/bin/python bench/startup.py [--runs 7] [--file ARTICLE]

Each run starts a fresh process and reads the terminal's output until the marker text appears
(the article's title for docbao, "BARE-READY" for the bare app); runs alternate between the two so
a busy machine slows both alike. Prints the median and best times and their ratio (goal: <= 1.3).
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


def time_to_marker(argv: list[str], marker: str, env: dict[str, str], timeout: float = 30.0) -> float:
    """Seconds from fork to the marker's bytes in the program's terminal output."""
    needle = marker.encode("utf-8")
    t0 = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:  # the child: become the program
        try:
            os.execve(argv[0], argv, env)
        finally:
            os._exit(127)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    seen = b""
    found = None
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
            seen = seen[-len(needle) :] + chunk
            if needle in seen:
                found = time.perf_counter() - t0
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
    if found is None:
        raise RuntimeError(f"{' '.join(argv)}: {marker!r} never appeared within {timeout} s")
    return found


def child_env(config_dir: str) -> dict[str, str]:
    """The environment of the timed programs: a 120x40 colour terminal, settings kept apart."""
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="120", LINES="40", DOCBAO_CONFIG_DIR=config_dir)
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
    parser.add_argument("--python", default=sys.executable)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        bare = Path(tmp, "bare.py")
        bare.write_text(BARE)
        env = child_env(tmp)
        ours_argv = [args.python, "-m", "tui"] + ([args.file] if args.file else [])
        marker = args.marker or SEED_MARKER
        # One untimed run of each warms the file cache and writes the bytecode.
        time_to_marker([args.python, str(bare)], "BARE-READY", env)
        time_to_marker(ours_argv, marker, env)
        base, ours = [], []
        for _ in range(args.runs):
            base.append(time_to_marker([args.python, str(bare)], "BARE-READY", env))
            ours.append(time_to_marker(ours_argv, marker, env))

    med_b, med_o = statistics.median(base), statistics.median(ours)
    runs = args.runs
    print(f"bare Textual app: median {med_b * 1000:.0f} ms, best {min(base) * 1000:.0f} ms ({runs} runs)")
    print(f"docbao reader:    median {med_o * 1000:.0f} ms, best {min(ours) * 1000:.0f} ms")
    print(f"ratio: median {med_o / med_b:.2f}x, best {min(ours) / min(base):.2f}x (goal <= 1.30x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
