"""`docbao index --scheduler`: the per-article work on a dask.distributed cluster (two local
workers started by the test), the results written by the one writer here."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from tui.cli import main  # noqa: E402
from tui.index.build import build  # noqa: E402
from tui.index.store import index_path  # noqa: E402


def _rows(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        articles = sorted(conn.execute("SELECT path, hash, title, date, summary FROM articles"))
        people = sorted(conn.execute("SELECT name, kind, roles, start, end FROM people"))
        return [articles, people]
    finally:
        conn.close()


def test_index_on_a_local_cluster_of_two_workers(
    data_dir: Path, library: Path, tmp_path: Path, capsys
) -> None:
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        assert main(["index", str(library), "--scheduler", cluster.scheduler_address]) == 0
        assert capsys.readouterr().out.startswith("3 indexed")
        (library / "ubnd.txt").write_text("Tin ngắn\n\nMột câu.\n", encoding="utf-8")
        again = build([str(library)], scheduler=cluster.scheduler_address)
        assert (again.indexed, again.unchanged) == (1, 2)
    here = tmp_path / "here.sqlite"
    build([str(library)], index=here)
    assert _rows(index_path()) == _rows(here)  # the cluster's work is the same as this process's


def test_an_unreachable_scheduler_is_one_line(data_dir: Path, library: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("DOCBAO_TIMEOUT", "1")
    assert main(["index", str(library), "--scheduler", "tcp://127.0.0.1:9"]) == 2
    err = capsys.readouterr().err
    assert (
        err.startswith("docbao: tcp://127.0.0.1:9: cannot reach the dask scheduler") and err.count("\n") == 1
    )
