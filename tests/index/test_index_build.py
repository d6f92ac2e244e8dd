"""`docbao index`: what it stores, and that it reads again only what changed."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from index_texts import HDND

from tui.cli import main
from tui.index.build import build
from tui.index.store import index_path, open_for_reading
from tui.reading.pagemeta import iso_date


def _count(sql: str) -> int:
    conn = open_for_reading(index_path())
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def test_index_goes_to_the_data_dir_in_wal_mode(data_dir: Path, library: Path, capsys) -> None:
    assert main(["index", str(library)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("3 indexed, 0 unchanged, 0 removed, 0 failed")
    path = data_dir / "index.sqlite"
    assert path.exists()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    # Sub-folders too; the people with their roles as written.
    assert _count("SELECT count(*) FROM articles WHERE path LIKE '%/nam/y-te.txt'") == 1
    assert (
        _count("SELECT count(*) FROM people WHERE name = 'Trần Thị Lan' AND roles LIKE '%Sở Tài chính%'") == 2
    )


def test_unchanged_files_are_not_read_again(data_dir: Path, library: Path) -> None:
    first = build([str(library)])
    assert (first.indexed, first.unchanged) == (3, 0)
    again = build([str(library)])
    assert (again.indexed, again.unchanged, again.removed) == (0, 3, 0)

    # Touched but the same bytes: hashed, remembered, not parsed.
    hdnd = library / "hdnd.txt"
    st = hdnd.stat()
    os.utime(hdnd, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    touched = build([str(library)])
    assert (touched.indexed, touched.unchanged) == (0, 3)
    assert build([str(library)]).unchanged == 3

    # Changed: replaced, not added.
    hdnd.write_text(HDND.replace("12 phiên họp", "14 phiên họp"), encoding="utf-8")
    changed = build([str(library)])
    assert (changed.indexed, changed.unchanged) == (1, 2)
    assert _count("SELECT count(*) FROM articles") == 3
    assert _count("SELECT count(*) FROM fts WHERE fts MATCH '\"14 phien hop\"'") == 1
    assert _count("SELECT count(*) FROM fts WHERE fts MATCH '\"12 phien hop\"'") == 0

    # Removed: it leaves the index, its people and its words too.
    hdnd.unlink()
    gone = build([str(library)])
    assert (gone.removed, gone.unchanged) == (1, 2)
    assert _count("SELECT count(*) FROM articles") == 2
    assert _count("SELECT count(*) FROM people WHERE name = 'Lê Minh Đức'") == 0
    assert _count("SELECT count(*) FROM fts WHERE fts MATCH 'tho'") == 0  # "thẩm tra các tờ trình"


def test_a_folder_not_named_keeps_its_articles(data_dir: Path, library: Path, tmp_path: Path) -> None:
    build([str(library)])
    other = tmp_path / "khac"
    other.mkdir()
    (other / "a.txt").write_text(HDND, encoding="utf-8")
    report = build([str(other)])
    assert (report.indexed, report.removed) == (1, 0)
    assert _count("SELECT count(*) FROM articles") == 4


def test_jsonl_reports_each_file_once_committed(data_dir: Path, library: Path, capsys) -> None:
    assert main(["index", str(library), "--format", "jsonl"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert sorted(x["status"] for x in lines) == ["indexed"] * 3
    (library / "ubnd.txt").unlink()
    assert main(["index", str(library), "--format", "jsonl"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["status"] for x in lines] == ["removed"]
    assert lines[0]["path"].endswith("ubnd.txt")


def test_two_jobs_index_the_same(data_dir: Path, library: Path, tmp_path: Path) -> None:
    build([str(library)], jobs=2)
    one = tmp_path / "one.sqlite"
    build([str(library)], index=one, jobs=1)

    def rows(path: Path) -> list[tuple]:
        conn = sqlite3.connect(path)
        try:
            return sorted(conn.execute("SELECT path, hash, title, date, summary FROM articles"))
        finally:
            conn.close()

    assert rows(index_path()) == rows(one)


def test_a_missing_folder_is_said_and_nothing_is_removed(data_dir: Path, library: Path, capsys) -> None:
    build([str(library)])
    assert main(["index", str(library / "khong-co")]) == 2
    assert "khong-co: no such folder" in capsys.readouterr().err
    assert _count("SELECT count(*) FROM articles") == 3


def test_a_run_whose_folders_are_all_missing_writes_nothing(data_dir: Path, tmp_path: Path, capsys) -> None:
    gone = [str(tmp_path / "khong-co"), str(tmp_path / "cung-khong")]
    assert main(["index", *gone]) == 2
    out, err = capsys.readouterr()
    assert out == ""  # no summary of an index that was never there
    assert err.splitlines() == [f"docbao: {g}: no such folder" for g in gone]
    assert not data_dir.exists()


def test_the_folders_there_are_indexed_and_the_missing_said(data_dir: Path, library: Path, capsys) -> None:
    assert main(["index", str(library), str(library / "khong-co")]) == 1
    out, err = capsys.readouterr()
    assert out.startswith("3 indexed, 0 unchanged, 0 removed, 0 failed")
    assert err.endswith("khong-co: no such folder\n")


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Thứ Hai, 15/01/2024 - 09:00", "2024-01-15"),
        ("Thứ Sáu, 2024-1-5 09:00", "2024-01-05"),  # month and day of one digit, year first
        ("Cập nhật: 5.1.2024", "2024-01-05"),
    ],
)
def test_the_index_dates_an_article_as_the_reader_does(
    data_dir: Path, tmp_path: Path, line: str, iso: str
) -> None:
    (tmp_path / "a.txt").write_text(HDND.replace("Thứ Hai, 15/01/2024 - 09:00", line), encoding="utf-8")
    build([str(tmp_path / "a.txt")])
    conn = open_for_reading(index_path())
    try:
        assert conn.execute("SELECT date, date_text FROM articles").fetchone() == (iso, line)
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Thứ Năm, 14/03/2024 - 10:32", "2024-03-14"),
        ("Cập nhật lúc 08:45, 09/07/2024", "2024-07-09"),
        ("2024-04-16T09:05:00+07:00", "2024-04-16"),
        ("Thứ Ba, 16/04/2024 09:05 (GMT+7)", "2024-04-16"),
        ("Chiều 25/2", None),
        ("31/13/2024", None),
        (None, None),
    ],
)
def test_dates_as_written_become_iso(text: str | None, iso: str | None) -> None:
    assert iso_date(text) == iso


def test_an_empty_data_dir_turns_the_index_off(library: Path, monkeypatch, capsys, tmp_path: Path) -> None:
    monkeypatch.setenv("DOCBAO_DATA_DIR", "")
    assert main(["index", str(library)]) == 2
    assert "the library index is turned off" in capsys.readouterr().err
    assert main(["search", "hdnd"]) == 2
    assert main(["index", str(library), "--index", str(tmp_path / "i.sqlite")]) == 0
