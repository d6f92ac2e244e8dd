"""The start-up path: what the reader does before its first frame must not leak into the process."""

from __future__ import annotations

import gc
import importlib
import sys


def test_importing_the_app_leaves_the_collector_as_it_was():
    # tui.app.app pauses the collector while Textual loads; it must switch it back on.
    saved = {name: mod for name, mod in sys.modules.items() if name.startswith("tui.app")}
    try:
        for name in saved:
            del sys.modules[name]
        assert gc.isenabled()
        importlib.import_module("tui.app.app")
        assert gc.isenabled()
    finally:
        # Put the modules back as they were, and as attributes of their packages too: a later
        # `import tui.app.screens.reader` reaches the module through them (monkeypatching the
        # fresh copy would leave the app's own untouched).
        for name in [n for n in sys.modules if n.startswith("tui.app")]:
            del sys.modules[name]
        sys.modules.update(saved)
        for name, mod in saved.items():
            parent, _, child = name.rpartition(".")
            if parent in sys.modules:
                setattr(sys.modules[parent], child, mod)


def test_run_switches_the_collector_back_on_when_the_article_cannot_be_read(tmp_path):
    import pytest

    from tui.app.app import run
    from tui.reading.errors import ReadError

    with pytest.raises(ReadError):
        run(str(tmp_path / "missing.txt"))
    assert gc.isenabled()


def test_styles_of_later_screens_are_not_parsed_before_the_first_frame():
    # app.tcss is parsed before the first frame: the lists, search bar and other screens bring
    # their own CSS when they are first shown.
    from pathlib import Path

    import tui.app.app

    css = Path(tui.app.app.__file__).with_name("app.tcss").read_text("utf-8")
    for later in ("PaneList", "SearchBar", "#help-body", "#picker-body", "#glossary-body", "#library-list"):
        assert later not in css


def test_the_start_up_bench_times_bytecode_as_users_run_it(monkeypatch):
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "bench" / "startup.py"
    spec = importlib.util.spec_from_file_location("bench_startup", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    env = bench.child_env("/tmp/x")
    assert "PYTHONDONTWRITEBYTECODE" not in env
    assert env["DOCBAO_CONFIG_DIR"] == "/tmp/x" and env["TERM"] == "xterm-256color"


async def test_the_first_frame_draws_four_widgets(make_app, fixed_language, monkeypatch):
    # Title, the article's pane and view, the footer: nothing else is laid out or drawn before the
    # article is on screen (the side panes come after it).
    import tui.app.screens.reader

    monkeypatch.setattr(tui.app.screens.reader, "FIRST_PAINT_GRACE", 3600)  # hold the side panes back
    app = make_app(language=fixed_language())
    async with app.run_test(size=(120, 40)):
        reader = app.screen
        names = [type(w).__name__ for w in reader.walk_children()]
        assert sorted(names) == ["ArticleView", "KeyBar", "TitleBar", "Vertical"], names


HELD_BACK = 3600  # seconds: the side panes wait for the test, which mounts them itself


async def _results_then_panes(app, pilot, until, done) -> None:
    """Wait (on the reader's state, not the clock) until `done(session)`, with the panes held
    back; then mount them."""
    reader = app.screen
    await until(pilot, lambda: done(reader.session), "the language work's results")
    assert reader.summary_pane is None and reader.people_pane is None
    reader.call_later(reader._after_first_paint)  # as its timer would, on the reader's own loop
    await until(pilot, lambda: reader.summary_pane is not None, "the panes")


async def test_language_work_done_before_the_panes_shows_in_them_when_they_come(
    make_app, fixed_language, monkeypatch, wait, until, text_of
):
    # The work starts with the first frame; results that arrive before the panes are mounted
    # mark the article at once and fill the panes as they appear, with no busy state between.
    import tui.app.screens.reader

    monkeypatch.setattr(tui.app.screens.reader, "FIRST_PAINT_GRACE", HELD_BACK)
    app = make_app(language=fixed_language())
    async with app.run_test(size=(120, 40)) as pilot:
        reader = app.screen

        def done(session) -> bool:
            return session.people is not None and session.current_summary is not None

        await until(pilot, lambda: done(reader.session), "the language work's results")
        assert reader.view.summary_spans == [(s.start, s.end) for s in reader.current_summary.sentences]
        await _results_then_panes(app, pilot, until, done)
        await wait(app, pilot)
        assert reader.summary_pane.state == "ready"
        assert not reader.people_pane.has_class("-busy")
        screen = text_of(app)
        assert "Attendees · 4" in screen and "Thái Thanh Quý" in screen
        assert "Summarizing" not in screen and "Finding attendees" not in screen


class FailingLanguage:
    def summarize(self, article, algorithm, length, section):
        raise RuntimeError("boom")

    def extract_people(self, article):
        raise RuntimeError("people boom")

    def acronyms(self, article):
        return {}


async def test_language_work_failing_before_the_panes_says_so_in_them(make_app, monkeypatch, wait, until):
    import tui.app.screens.reader

    monkeypatch.setattr(tui.app.screens.reader, "FIRST_PAINT_GRACE", HELD_BACK)
    app = make_app(language=FailingLanguage())
    async with app.run_test(size=(160, 40)) as pilot:
        reader = app.screen

        def done(session) -> bool:
            return session.people_failure is not None and session.request in session.summary_failures

        await _results_then_panes(app, pilot, until, done)
        await wait(app, pilot)
        assert reader.summary_pane.state == "error"
        summary_state = reader.query_one("#summary-state").content
        people_state = reader.query_one("#people-state").content
        assert str(summary_state) == "Could not summarize: RuntimeError: boom"
        assert str(people_state) == "Could not find attendees: RuntimeError: people boom"
