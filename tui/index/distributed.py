"""`docbao index --scheduler ADDRESS`: the per-article work on a dask.distributed cluster.

`record.analyse` is a pure function of a file's bytes, so dask maps it over the files (the
workers must see the same paths, e.g. a shared file system, and have docbao installed) and the
results stream back, as they finish, to the one writer in this process. No scheduler of ours:
dask's own places the work, retries it when a worker leaves, and balances the load.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence

from tui.index.record import Failed, Job, Outcome, analyse
from tui.requests import UsageError

# Futures in flight at once: enough to keep every worker busy, few enough that an archive of
# millions of files is not one graph in the scheduler's memory.
WINDOW = 2000


def analyse_on_worker(job: Job) -> Outcome:
    """`analyse` on a dask worker, which keeps no word store: the words of a whole archive would
    only push out those of the articles its user opened."""
    os.environ["DOCBAO_CACHE_DIR"] = ""
    return analyse(job)


def on_cluster(jobs: Sequence[Job], address: str) -> Iterator[Outcome]:
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
    try:
        todo = iter(jobs)
        queue = as_completed()
        held: dict = {}

        def submit(n: int) -> None:
            for job in todo:
                future = client.submit(analyse_on_worker, job, pure=False)
                held[future.key] = job
                queue.add(future)
                n -= 1
                if n == 0:
                    return

        submit(WINDOW)
        for future in queue:
            job = held.pop(future.key)
            try:
                yield future.result()
            except Exception as e:  # a worker lost too often (KilledWorker), a cancelled task
                yield Failed(job, f"the cluster could not read it: {type(e).__name__}")
            future.release()
            submit(1)
    finally:
        client.close()
