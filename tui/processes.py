"""What every worker process docbao forks does first: leave the signals to its parent and end
with it.  The workers of `summarize --jobs N` (tui.batch) and those that segment a long
article's words (tui.language.words) start here."""

from __future__ import annotations

import os


def start_worker(parent: int) -> None:
    """Set up a worker of the process `parent`: ctrl-c is the parent's to handle (the terminal
    signals the whole group, and a worker's KeyboardInterrupt is a traceback per worker); SIGTERM
    and SIGHUP end it at once, whatever handler the parent had when it forked (tui.cli's); and it
    dies with its parent (`die_with`)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    die_with(parent)


def die_with(parent: int) -> None:
    """Have the kernel kill this worker when its parent dies, however it dies (SIGKILL, a crash),
    so that no worker is left working for no one (Linux; elsewhere the parent's clean-up on
    SIGTERM, SIGHUP and ctrl-c is all there is)."""
    import ctypes
    import signal

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the line above: nothing to work for
        os._exit(1)


def idle_core() -> bool:
    """Whether a core is idle now, besides the one this process runs on: a worker started now
    works beside it rather than taking its time. From the count of running tasks in
    /proc/loadavg (this one among them; Linux), elsewhere from the load average."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    try:
        with open("/proc/loadavg", "rb") as f:
            running = int(f.read().split()[3].split(b"/")[0])
    except (OSError, ValueError, IndexError):
        try:
            return os.getloadavg()[0] < cores - 1
        except (OSError, AttributeError):
            return cores > 1
    return running < cores
