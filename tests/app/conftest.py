"""Fixtures for the reader's tests: an isolated config dir, a fake system clipboard, fixed
language results for snapshots, and helpers to wait for the app to settle and read the screen.

The waits wait on events (messages handled, workers ended, a state reached), never for a time:
the bound on each is only there to fail, naming what never came, instead of hanging."""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import io
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from rich.console import Console
from textual.worker import WorkerState

from tui.app.app import DocbaoApp
from tui.reading.model import Article
from tui.reading.parse import parse


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function):
    """Run `async def` tests in a fresh event loop (no async plugin needed)."""
    if inspect.iscoroutinefunction(pyfuncitem.obj):
        args = {name: pyfuncitem.funcargs[name] for name in pyfuncitem._fixtureinfo.argnames}
        asyncio.run(pyfuncitem.obj(**args))
        return True
    return None


@pytest.fixture(autouse=True)
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own settings (and cache) dir: the user's own files are never touched."""
    path = tmp_path / "config"
    monkeypatch.setenv("DOCBAO_CONFIG_DIR", str(path))
    monkeypatch.delenv("DOCBAO_CACHE_DIR", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    return path


class FakeClipboard:
    """Stands in for pyperclip: records what was copied, answers like a machine without one."""

    def __init__(self, problem: str | None = "no clipboard tool in the tests") -> None:
        self.copied: list[str] = []
        self.problem = problem

    def __call__(self, text: str) -> str | None:
        self.copied.append(text)
        return self.problem


class FixedLanguage:
    """Language results that do not depend on the algorithms: the first body sentences of the
    scope as the summary, people found by name. Snapshots test the view, not the rankers."""

    PEOPLE = (
        ("Thái Thanh Quý", ("Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"), True),
        ("Nguyễn Xuân Sơn", ("Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"), True),
        ("Cao Thị Hiền", ("Phó Chủ tịch HĐND tỉnh",), False),
        ("Lê Hồng Vinh", ("Phó Chủ tịch UBND tỉnh",), False),
    )

    def summarize(self, article: Article, algorithm: str, length: int, section: int | None):
        from tui.language.summarize import Summary, SummarySentence

        pool = article.body_sentences if section is None else article.section_sentences(section)
        chosen = pool[:length]
        sentences = tuple(SummarySentence(s.id, s.section, s.start, s.end, 1.0, s.text) for s in chosen)
        return Summary(algorithm, length, None, section, sentences)

    def extract_people(self, article: Article):
        from tui.language.people import Group, Mention, People, Person, Photographer

        def mentions(name: str) -> tuple[Mention, ...]:
            out, i = [], article.text.find(name)
            while i >= 0:
                out.append(Mention(i, i + len(name), None))
                i = article.text.find(name, i + 1)
            return tuple(out)

        people = tuple(
            Person(name, roles, chair, mentions(name))
            for name, roles, chair in self.PEOPLE
            if name in article.text
        )
        groups = (Group("đại diện Ban Thường trực Ủy ban MTTQ tỉnh", 0, 0, None),)
        photographers = (Photographer("Thành Duy", mentions("Thành Duy")),)
        return People(people, groups if people else (), photographers if people else ())

    def acronyms(self, article: Article) -> dict[str, str]:
        known = {
            "HĐND": "Hội đồng nhân dân (People's Council)",
            "UBND": "Ủy ban nhân dân (People's Committee)",
        }
        return {k: v for k, v in known.items() if k in article.text}


@pytest.fixture
def fixed_language() -> type[FixedLanguage]:
    return FixedLanguage


@pytest.fixture
def fake_clipboard() -> type[FakeClipboard]:
    return FakeClipboard


@pytest.fixture
def make_app(seed: Article) -> Callable[..., DocbaoApp]:
    """An app on the seed (or another article) with a fake system clipboard."""

    def make(article: Article | None = None, *, language=None, clipboard: FakeClipboard | None = None, **kw):
        app = DocbaoApp(article=article if article is not None else seed, **kw)
        app.system_clipboard = clipboard or FakeClipboard()
        app.animation_level = "none"  # no smooth scrolling to wait for
        if language is not None:
            app.language = language
        return app

    return make


WAIT_BOUND = 30.0  # seconds: generous on a loaded machine; reached only by a broken test


async def _worker_end(worker) -> None:
    # How it ended is the test's to check, not the wait's; shielded, so that a wait left behind
    # (the condition came first) never cancels the worker's own task.
    with contextlib.suppress(Exception):
        await asyncio.shield(worker.wait())


async def wait_until(pilot, condition: Callable[[], object], what: str, timeout: float = WAIT_BOUND) -> None:
    """Wait until `condition()` holds: looked at after each round of the app's messages, and as
    soon as a running worker ends. Fails, naming `what`, only if it never comes."""
    app = pilot.app
    deadline = time.monotonic() + timeout
    ends: dict = {}  # worker -> the task that ends with it (one each, however many rounds)
    while True:
        await pilot.pause()  # every message queued so far is handled
        if condition():
            return
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError(f"waited {timeout:.0f} s for {what}: it never came")
        for worker in app.workers:
            if worker.state == WorkerState.RUNNING and worker not in ends:
                ends[worker] = asyncio.ensure_future(_worker_end(worker))
        pending = [end for end in ends.values() if not end.done()]
        if pending:
            await asyncio.wait(pending, timeout=left, return_when=asyncio.FIRST_COMPLETED)


async def settle(app: DocbaoApp, pilot, timeout: float = WAIT_BOUND) -> None:
    """Wait until the side panes are mounted and every worker (summary, people, copy) is done."""

    def settled() -> bool:
        reader = app.reader
        ready = reader is None or (
            reader.summary_pane is not None
            and reader.summary_pane.state in ("ready", "error")
            and not reader.people_pane.has_class("-busy")
        )
        return ready and all(w.is_finished for w in app.workers)

    await wait_until(pilot, settled, "the panes and every worker to settle", timeout)
    await app.workers.wait_for_complete()
    await pilot.pause()


@pytest.fixture
def until():
    """`await until(pilot, condition, what)`: wait for a state of the app, not for a time."""
    return wait_until


@pytest.fixture
def wait():
    return settle


def screen_text(app: DocbaoApp) -> str:
    """The screen as plain text, as a terminal would show it."""
    width, height = app.size
    console = Console(width=width, height=height, file=io.StringIO(), force_terminal=True, record=True)
    console.print(app.screen._compositor.render_update(full=True, screen_stack=app._background_screens))
    return console.export_text(styles=False)


@pytest.fixture
def text_of():
    return screen_text


def screen_text_in(app: DocbaoApp, widget) -> str:
    """The part of the screen a widget covers, as plain text."""
    x, y, width, height = widget.region
    return "\n".join(line[x : x + width] for line in screen_text(app).splitlines()[y : y + height])


@pytest.fixture
def text_in():
    return screen_text_in


def article_from(text: str, path: str | None = None) -> Article:
    return parse(text, path=path)


@pytest.fixture
def article_of():
    return article_from
