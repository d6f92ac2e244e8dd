"""`docbao index --scheduler ADDRESS`: `record.analyse` on a dask.distributed cluster, the results
streaming back, as they finish, to the one writer in this process (see `tui.distributed`)."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence

from tui.distributed import cluster_map
from tui.index.record import Failed, Job, Outcome, analyse


def analyse_on_worker(job: Job) -> Outcome:
    """`analyse` on a dask worker, which keeps no word store: the words of a whole archive would
    only push out those of the articles its user opened."""
    os.environ["DOCBAO_CACHE_DIR"] = ""
    return analyse(job)


def on_cluster(jobs: Sequence[Job], address: str) -> Iterator[Outcome]:
    for job, result in cluster_map(analyse_on_worker, jobs, address):
        if isinstance(result, Exception):
            yield Failed(job, f"the cluster could not read it: {type(result).__name__}")
        else:
            yield result
