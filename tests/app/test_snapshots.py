"""Snapshots of the reader (120×40 and 80×24), the help screen and the library.

Language results are fixed (`FixedLanguage`) so the pictures test the view, not the rankers;
every worker has finished before the picture is taken. Update with `pytest --snapshot-update`
after looking at the report (`snapshot_report.html`).
"""

from __future__ import annotations

import os
import time
from pathlib import Path


def _settled(wait, app, *keys):
    async def run_before(pilot) -> None:
        await wait(app, pilot)
        for key in keys:
            await pilot.press(key)
        await wait(app, pilot)

    return run_before


def test_reader_120x40(snap_compare, make_app, wait, fixed_language):
    app = make_app(language=fixed_language())
    assert snap_compare(app, terminal_size=(120, 40), run_before=_settled(wait, app))


def test_reader_80x24(snap_compare, make_app, wait, fixed_language):
    app = make_app(language=fixed_language())
    assert snap_compare(app, terminal_size=(80, 24), run_before=_settled(wait, app, "3"))


def test_help_screen(snap_compare, make_app, wait, fixed_language):
    app = make_app(language=fixed_language())
    assert snap_compare(app, terminal_size=(120, 40), run_before=_settled(wait, app, "question_mark"))


def test_library(snap_compare, make_app, wait, fixed_language, tmp_path, monkeypatch, seed):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "01-seed.txt").write_text(seed.text, "utf-8")
    (folder / "02-short.txt").write_text(
        "Chủ tịch HĐND tỉnh làm việc với các sở\n\n(Baonghean.vn) - Sáng 26/2, đoàn công tác làm việc.\n\n"
        "Đoạn văn thứ nhất.\n",
        "utf-8",
    )
    (folder / "03-empty.txt").write_text("", "utf-8")
    noon = time.mktime((2020, 2, 25, 12, 0, 0, 0, 0, -1))
    for f in folder.iterdir():
        os.utime(f, (noon, noon))
    monkeypatch.chdir(tmp_path)  # the library shows the folder as given: "articles"
    app = make_app(language=fixed_language())

    async def run_before(pilot) -> None:
        await wait(app, pilot)
        app.action_open_library(Path("articles"))
        await wait(app, pilot)
        await pilot.press("down")  # the filter box has the focus; the arrows move in the list
        await wait(app, pilot)

    assert snap_compare(app, terminal_size=(100, 30), run_before=run_before)


def test_reader_loading_80x24(snap_compare, make_app, until, fixed_language):
    # The language work held back: the panes say what is coming, and promise no count.
    import threading

    gate = threading.Event()

    class Held(fixed_language):
        def summarize(self, *args):
            gate.wait(30)
            return super().summarize(*args)

        def extract_people(self, article):
            gate.wait(30)
            return super().extract_people(article)

    app = make_app(language=Held())

    async def run_before(pilot) -> None:
        await until(pilot, lambda: app.screen.summary_pane is not None, "the summary pane")
        await pilot.pause()  # its state, bound to the reader's, is shown

    try:
        assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)
    finally:
        gate.set()


def test_reader_search_160x45(snap_compare, make_app, wait, fixed_language):
    app = make_app(language=fixed_language())

    async def run_before(pilot) -> None:
        await wait(app, pilot)
        await pilot.press("slash", *"tinh", "enter")
        await wait(app, pilot)

    assert snap_compare(app, terminal_size=(160, 45), run_before=run_before)


def test_reader_60x20(snap_compare, make_app, wait, fixed_language):
    app = make_app(language=fixed_language())

    async def run_before(pilot) -> None:
        await wait(app, pilot)
        app.clear_notifications()
        await pilot.pause()

    assert snap_compare(app, terminal_size=(60, 20), run_before=run_before)


def test_glossary(snap_compare, make_app, wait, fixed_language):
    app = make_app(language=fixed_language())
    assert snap_compare(app, terminal_size=(100, 30), run_before=_settled(wait, app, "e"))


def test_reader_error_120x40(snap_compare, make_app, wait):
    # Both language calls fail: each pane says why, and the article stays readable.
    class Failing:
        def summarize(self, *args):
            raise RuntimeError("the summarizer broke")

        def extract_people(self, article):
            raise RuntimeError("the people finder broke")

        def acronyms(self, article):
            return {}

    app = make_app(language=Failing())
    assert snap_compare(app, terminal_size=(120, 40), run_before=_settled(wait, app))
