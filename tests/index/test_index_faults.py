"""Faults: hostile files, a run killed mid-way, two runs at once, a corrupt index file."""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from index_texts import HDND, UBND

from tui.cli import main
from tui.index.build import build
from tui.index.query import search
from tui.index.store import WriterLock, index_path, open_for_reading

ROOT = Path(__file__).resolve().parents[2]


def _docbao(*args: str, **kw) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "tui", *args], cwd=ROOT, env=env, text=True, encoding="utf-8", **kw
    )


def test_hostile_files_are_reported_and_skipped(data_dir: Path, library: Path, monkeypatch, capsys) -> None:
    (library / "rong.txt").write_bytes(b"")
    (library / "nhi-phan.txt").write_bytes(bytes(range(256)) * 64)
    (library / "lon.txt").write_text(HDND * 400, encoding="utf-8")
    (library / "ong.txt").mkdir()  # a folder with an article's name
    os.mkfifo(library / "fifo.txt")  # would block a reader for ever
    (library / "ten\x1b]0;x\x07.txt").write_text(UBND, encoding="utf-8")
    (library / "tro-rong.txt").symlink_to(library / "khong-co.txt")
    monkeypatch.setenv("DOCBAO_MAX_BYTES", "100000")
    assert main(["index", str(library)]) == 1  # some failed; the rest are indexed
    out, err = capsys.readouterr()
    assert "fifo.txt: not a regular file" in err
    assert "lon.txt: larger than the" in err
    assert "nhi-phan.txt: binary file" in err and "rong.txt: empty file" in err
    assert out.startswith("4 indexed, 0 unchanged, 0 removed, 5 failed")
    # A hostile name is shown escaped, never obeyed.
    assert main(["search", "giai ngan"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\\x1b]0;x\\x07.txt" in out
    assert "tro-rong.txt: no such file or directory" in err
    conn = open_for_reading(index_path())
    try:
        titles = {t for (t,) in conn.execute("SELECT title FROM articles")}
        assert {
            "HĐND tỉnh Nghệ An tổng kết công tác năm 2023",
            "Sở Y tế Hà Tĩnh triển khai tiêm chủng mở rộng",
        } <= titles
    finally:
        conn.close()
    # Known failures are said again, not read again.
    report = build([str(library)])
    assert report.indexed == 0 and any(p.endswith("fifo.txt") for p, _ in report.failed)


def test_kill_9_keeps_every_committed_article(data_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(40):
        (folder / f"{i:03d}.txt").write_text(HDND.replace("12 phiên họp", f"{i} phiên họp"), encoding="utf-8")
    run = _docbao("index", str(folder), "--format", "jsonl", "--commit-every", "1", stdout=subprocess.PIPE)
    assert run.stdout is not None
    committed = []
    for line in run.stdout:  # each line comes after its article's commit
        committed.append(line)
        if len(committed) == 3:
            break
    run.send_signal(signal.SIGKILL)
    run.wait()
    run.stdout.close()

    conn = open_for_reading(index_path())
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        count = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        assert 3 <= count <= 40
        assert len(search(conn, "hdnd", limit=100)) == count
    finally:
        conn.close()
    report = build([str(folder)])
    assert report.unchanged == count and report.indexed == 40 - count


def test_a_second_index_waits_for_the_first(data_dir: Path, library: Path) -> None:
    lock = WriterLock(index_path())
    lock.acquire()
    try:
        second = _docbao("index", str(library), stderr=subprocess.PIPE, stdout=subprocess.PIPE)
        assert second.stderr is not None
        line = second.stderr.readline()
        assert "another `docbao index` is updating the index; waiting" in line
    finally:
        lock.release()
    out, _ = second.communicate(timeout=300)
    assert second.returncode == 0
    assert out.startswith("3 indexed")


def test_a_corrupt_index_is_set_aside_and_rebuilt(data_dir: Path, library: Path, capsys) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "index.sqlite").write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    assert main(["search", "hdnd"]) == 2
    err = capsys.readouterr().err
    assert "cannot be read" in err and "index.sqlite.broken" in err
    assert not (data_dir / "index.sqlite").exists()

    (data_dir / "index.sqlite").write_bytes(b"not a database at all" * 100)
    assert main(["index", str(library)]) == 0
    out, err = capsys.readouterr()
    assert "the index was corrupt" in err and "set aside as index.sqlite.broken" in err
    assert out.startswith("3 indexed")
    assert main(["search", "hdnd"]) == 0


def test_a_damaged_page_is_found_by_the_check(data_dir: Path, library: Path, capsys) -> None:
    build([str(library)])
    path = index_path()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 3 * page
    data[2 * page : 3 * page] = b"\x0d" * page  # one page of nonsense in the middle
    path.write_bytes(bytes(data))
    assert main(["index", str(library)]) == 0
    out, err = capsys.readouterr()
    assert "the index was corrupt" in err
    assert out.startswith("3 indexed")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_put_in_place_of_a_file_does_not_block(data_dir: Path, tmp_path: Path) -> None:
    from tui.index.record import Failed, Job, analyse

    os.mkfifo(tmp_path / "a.txt")
    outcome = analyse(Job(str(tmp_path / "a.txt"), 10, 0))
    assert isinstance(outcome, Failed) and outcome.reason == "not a regular file"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_index_workers_die_with_a_parent_killed_outright(data_dir: Path, tmp_path: Path, gone) -> None:
    folder = tmp_path / "long"
    folder.mkdir()
    for i in range(12):  # long reports: work is under way in both workers when the parent dies
        (folder / f"{i:02d}.txt").write_text(
            HDND.replace("12 phiên họp", f"{i} phiên họp") * 30, encoding="utf-8"
        )
    run = _docbao(
        "index",
        str(folder),
        "--jobs",
        "2",
        "--format",
        "jsonl",
        "--commit-every",
        "1",
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert run.stdout is not None
    workers: list[int] = []
    try:
        run.stdout.readline()  # one article committed: both workers are up
        workers += [int(p) for p in Path(f"/proc/{run.pid}/task/{run.pid}/children").read_text().split()]
        assert len(workers) == 2
        run.kill()  # SIGKILL: no clean-up of its own can run
        run.wait(timeout=10)
        assert gone(workers, timeout=10)
    finally:
        if run.poll() is None:
            run.kill()
            run.wait()
        for pid in workers:  # after a failure too; still ours only if it still works on `folder`
            with contextlib.suppress(OSError):
                if str(folder).encode() in Path(f"/proc/{pid}/cmdline").read_bytes():
                    os.kill(pid, signal.SIGKILL)
        run.stdout.close()
