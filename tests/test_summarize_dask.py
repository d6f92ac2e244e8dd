"""`docbao summarize --scheduler`: the articles summarized by a dask.distributed cluster (two local
workers started by the test) print what `--jobs 1` prints, in the order given."""

from __future__ import annotations

from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from tui.cli import main  # noqa: E402

ARTICLES = {
    "a-hoi-nghi.txt": "Hội nghị tổng kết công tác năm\n\n"
    "Sáng nay, Ủy ban nhân dân huyện tổ chức hội nghị tổng kết công tác năm. "
    "Đồng chí Nguyễn Văn An, Chủ tịch UBND huyện, chủ trì hội nghị. "
    "Năm qua, kinh tế của huyện tăng trưởng khá, thu ngân sách vượt dự toán. "
    "Hội nghị đề ra nhiệm vụ phát triển giáo dục và y tế trong năm tới.\n",
    "b-nong-nghiep.txt": "Mùa lúa bội thu\n\n"
    "Nông dân xã Hưng Lộc thu hoạch lúa hè thu với năng suất cao. "
    "Nhờ giống mới và thời tiết thuận lợi, mỗi héc-ta đạt gần sáu tấn. "
    "Hợp tác xã hỗ trợ bà con máy gặt và sấy lúa.\n",
    "c-rong.txt": "",  # an empty file: its own line on stderr, the rest go on
    "d-giao-thong.txt": "Khánh thành cây cầu mới\n\n"
    "Cây cầu nối hai bờ sông Lam đã được khánh thành. "
    "Công trình giúp người dân đi lại thuận tiện hơn trong mùa mưa lũ.\n",
}


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["summarize", *argv, "-n", "2"])
    out, err = capsys.readouterr()
    return code, out, err


def test_summarize_on_a_local_cluster_of_two_workers(tmp_path: Path, capsys) -> None:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    missing = str(tmp_path / "khong-co.txt")
    targets = [str(tmp_path), missing, str(tmp_path / "b-nong-nghiep.txt")]
    here = _run(capsys, *targets, "--jobs", "1")
    assert here[0] == 1 and here[1].count("\n") == 4 and here[2].count("\n") == 2
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        there = _run(capsys, *targets, "--scheduler", cluster.scheduler_address)
    assert there == here  # the same lines, byte for byte, in the order given; the same exit status


def test_an_unreachable_scheduler_is_one_line(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("DOCBAO_TIMEOUT", "1")
    (tmp_path / "a.txt").write_text(ARTICLES["a-hoi-nghi.txt"], encoding="utf-8")
    code, out, err = _run(capsys, str(tmp_path), "--scheduler", "tcp://127.0.0.1:9")
    assert code == 2 and out == ""
    assert err.startswith("docbao: tcp://127.0.0.1:9: cannot reach the dask scheduler") and err.count("\n") == 1


def test_without_dask_the_option_is_one_line(tmp_path: Path, capsys, monkeypatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "dask.distributed", None)  # as if docbao[dask] were not installed
    (tmp_path / "a.txt").write_text(ARTICLES["a-hoi-nghi.txt"], encoding="utf-8")
    code, out, err = _run(capsys, str(tmp_path), "--scheduler", "tcp://127.0.0.1:9")
    assert (code, out) == (2, "")
    assert err == "docbao: --scheduler needs dask.distributed: pip install 'docbao[dask]'\n"
