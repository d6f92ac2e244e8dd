"""`--scheduler ADDRESS` (`docbao index`, `docbao summarize`): per-article work on a dask.distributed
cluster.

The per-article work is a pure function of a file, so dask maps it over the files (the workers
must see the same paths, e.g. a shared file system, and have docbao installed) and the results
stream back to this process. No scheduler of ours: dask's own places the work, retries it when a
worker leaves, and balances the load.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from tui.requests import UsageError

J = TypeVar("J")
R = TypeVar("R")

# Futures in flight at once: enough to keep every worker busy, few enough that an archive of
# millions of files is not one graph in the scheduler's memory.
WINDOW = 2000


def cluster_map(
    fn: Callable[[J], R], jobs: Iterable[J], address: str, *, ordered: bool = False
) -> Iterator[tuple[J, R | Exception]]:
    """(job, fn(job)) for each job, run on the cluster at `address`: in the order of `jobs` if
    `ordered`, else as they finish. A job the cluster could not run (a worker lost too often,
    KilledWorker; a cancelled task) comes with the exception instead of a result. The scheduler
    is reached now, not at the first result: an address that answers nothing is one line before
    any output."""
    try:
        from dask.distributed import Client, as_completed
    except ImportError:
        raise UsageError("--scheduler needs dask.distributed: pip install 'docbao[dask]'") from None
    from tui.reading.fetch import _timeout

    try:
        # As long as a link may take to answer (15 s, or $DOCBAO_TIMEOUT).
        client = Client(address, timeout=f"{_timeout(None)}s")
    except (OSError, TimeoutError, ValueError) as e:
        raise UsageError(f"cannot reach the dask scheduler: {e}", address) from None
    return _mapped(client, as_completed, fn, jobs, ordered)


def _mapped(
    client, as_completed, fn: Callable[[J], R], jobs: Iterable[J], ordered: bool
) -> Iterator[tuple[J, R | Exception]]:
    try:
        todo = iter(jobs)
        in_order: deque = deque()
        finished = as_completed()
        held: dict = {}

        def submit(n: int) -> None:
            for job in todo:
                future = client.submit(fn, job, pure=False)
                held[future.key] = job
                if ordered:
                    in_order.append(future)
                else:
                    finished.add(future)
                n -= 1
                if n == 0:
                    return

        def futures() -> Iterator:
            if not ordered:
                yield from finished  # as_completed takes the futures added while it is iterated
            while in_order:
                yield in_order.popleft()

        submit(WINDOW)
        for future in futures():
            job = held.pop(future.key)
            try:
                result: R | Exception = future.result()
            except Exception as e:
                result = e
            future.release()
            submit(1)
            yield job, result
    finally:
        client.close()
