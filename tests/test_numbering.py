"""Standard input is named so that Markdown shows it, and JSON numbers sections as `--section`
and the reader do, from 1 (#15: 8)."""

from __future__ import annotations

import io
import json
import sys

from tui.cli import main

ARTICLE = (
    "Hội nghị tổng kết công tác năm\n\n"
    "(Baonghean.vn) - Sáng 3/1, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết công tác năm.\n\n"
    "Hội nghị có sự tham dự của lãnh đạo các sở, ngành.\n\n"
    "NHIỀU KẾT QUẢ NỔI BẬT\n\n"
    "Năm qua, tỉnh hoàn thành 20 trên 22 chỉ tiêu chủ yếu. Thu ngân sách vượt dự toán. "
    "Tăng trưởng kinh tế đạt khá.\n"
)


def _stdin(monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode("utf-8")), encoding="utf-8"))


def test_markdown_names_standard_input_plainly(capsys, monkeypatch):
    for command in (["summarize", "-", "--format", "markdown"], ["export", "-"]):
        _stdin(monkeypatch)
        assert main(command) == 0
        out = capsys.readouterr().out
        assert "File: standard input" in out and "stdin>" not in out, command


def test_json_numbers_sections_from_one(capsys, monkeypatch):
    _stdin(monkeypatch)
    assert main(["summarize", "-", "--section", "2", "--format", "json", "-n", "1"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["section"] == 2 and all(s["section"] == 2 for s in data["sentences"])
    _stdin(monkeypatch)
    assert main(["parse", "-", "--format", "json"]) == 0
    parsed = json.loads(capsys.readouterr().out)
    assert [s["number"] for s in parsed["sections"]] == [1, 2]
    assert {s["section"] for s in parsed["sentences"]} <= {None, 1, 2}
    assert parsed["path"] == "<stdin>"  # the data keeps the name the errors use
