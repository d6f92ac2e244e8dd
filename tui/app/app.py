"""The docbao reader app and `run`, which the CLI calls.

Only Textual, our reading modules and the reader's widgets are imported on the way to the first
paint; the library, help and picker screens and all language work are imported when used.
"""

# ruff: noqa: E402 (the collector is paused around the imports below)
from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path
from typing import ClassVar

# Textual's modules create a few hundred thousand long-lived objects; with the collector running,
# it walks them again and again while they load (about a tenth of the start-up time).
_collecting = gc.isenabled()
gc.disable()

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.notifications import Notification, Notify, SeverityLevel
from textual.screen import Screen

from tui.app.screens.reader import ReaderScreen
from tui.app.services import Language, Prefetch
from tui.reading.errors import printable
from tui.reading.model import Article
from tui.settings import Settings, load_settings, save_settings

# What the imports made lives as long as the process: kept out of every collection from now on,
# or the first one after the collector is back walks all of it (15 ms, on the way to the first
# frame).
gc.freeze()
if _collecting:
    gc.enable()

# The themes `t` cycles through (the command palette's "Theme" lists them all).
THEMES = (
    "textual-dark",
    "nord",
    "gruvbox",
    "tokyo-night",
    "catppuccin-mocha",
    "textual-light",
    "solarized-light",
)


class DocbaoApp(App[int]):
    CSS_PATH = Path(__file__).with_name("app.tcss")
    TITLE = "docbao"
    ENABLE_COMMAND_PALETTE = True
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Help", id="app.help", tooltip="Every key (this list)"),
        Binding("t", "next_theme", "Next theme", show=False, id="app.theme", tooltip="Next colour theme"),
        Binding("q", "quit", "Quit", id="app.quit", tooltip="Quit docbao"),
    ]

    def __init__(
        self,
        article: Article | None = None,
        folder: str | os.PathLike[str] | None = None,
        settings: Settings | None = None,
        settings_message: str | None = None,
    ) -> None:
        super().__init__()
        self.initial_article = article
        self.initial_folder = Path(folder) if folder is not None else None
        if settings is None:
            settings, settings_message = load_settings()
        self.settings = settings
        self._settings_message = settings_message
        self._notice_kinds: dict[str, str] = {}  # notification identity -> its kind
        self.reader: ReaderScreen | None = None
        # The desktop clipboard, in a function tests can replace: returns None or why it failed.
        from tui.app.clipboard import copy_to_system_clipboard

        self.system_clipboard = copy_to_system_clipboard
        # The language work (summaries, people, acronyms), also replaceable by tests.
        self.language = Language()
        if self.settings.keymap:
            from tui.app.keymap import check_keymap

            # The reader's keys are checked now, before they are drawn in the footer; the other
            # screens' once their modules are loaded, after the first frame.
            loaded = self._keymap_scopes(complete=False)
            known = {b.id for scope in loaded for b in scope}
            first = {k: v for k, v in self.settings.keymap.items() if k in known}
            self.set_keymap(check_keymap(first, loaded).accepted)
        if self.settings.theme != self.theme and self.settings.theme in self.available_themes:
            self.theme = self.settings.theme  # before the first paint: no restyle afterwards

    # -- start-up ---------------------------------------------------------------------------------
    def get_default_screen(self) -> Screen:
        # The first screen is the reader itself (or the library): one screen to compose and paint.
        if self.initial_article is not None:
            self.reader = ReaderScreen(self.initial_article)
            return self.reader
        from tui.app.screens.library import LibraryScreen

        return LibraryScreen(self.initial_folder)

    def on_mount(self) -> None:
        # Thread workers run on the loop's default executor, which asyncio waits for on exit:
        # quitting during minutes of language work on a huge article would wait with it.
        import asyncio

        asyncio.get_running_loop().set_default_executor(AbandoningExecutor())
        if self._settings_message:
            self.notify(printable(self._settings_message), severity="warning", timeout=10, markup=False)
        self.call_after_refresh(self.set_timer, 0.2, self._after_first_paint)

    def _after_first_paint(self) -> None:
        gc.enable()
        if self.settings.keymap:
            from tui.app.keymap import check_keymap

            check = check_keymap(self.settings.keymap, self._keymap_scopes(complete=True))
            self.set_keymap(check.accepted)
            if check.message:
                self.notify(printable(check.message), severity="warning", timeout=10, markup=False)
        if self.initial_article is not None:
            self._remember(self.initial_article)

    def _keymap_scopes(self, *, complete: bool) -> list[list[Binding]]:
        """The bindings active together (a screen's, the app's, the focused widget's), for
        checking the keymap; `complete=False`: only those of modules already loaded."""
        from tui.app.screens.reader import READER_BINDINGS, SearchBar
        from tui.app.widgets.article import ArticleView

        def own(cls) -> list[Binding]:
            return [b for b in cls.BINDINGS if isinstance(b, Binding)]

        app, reader = own(type(self)), list(READER_BINDINGS)
        scopes = [reader + app + own(ArticleView), own(SearchBar) + reader + app]
        if complete:
            from tui.app.screens.appearances import AppearancesScreen
            from tui.app.screens.glossary import GlossaryScreen
            from tui.app.screens.help import HelpScreen
            from tui.app.screens.library import LibraryScreen
            from tui.app.screens.picker import AlgorithmPicker
            from tui.app.widgets.lists import PaneList
            from tui.app.widgets.people import PeopleList

            lists = own(PaneList)
            scopes += [
                reader + app + lists + own(PeopleList),
                own(AppearancesScreen) + app + lists,
                own(LibraryScreen) + app + lists,
                own(AlgorithmPicker) + app + lists,
                own(HelpScreen) + app,
                own(GlossaryScreen) + app,
            ]
        return scopes

    def _remember(self, article: Article) -> None:
        # Files only: a link or standard input is no place to come back to (nor a folder).
        if article.path and os.path.isfile(article.path):
            self.settings.last_article = os.path.abspath(article.path)
            self.save_settings()

    def save_settings(self) -> None:
        problem = save_settings(self.settings)
        if problem:
            self.notify(printable(problem), severity="warning", markup=False)

    # -- themes -----------------------------------------------------------------------------------
    def watch_theme(self, theme: str) -> None:
        if getattr(self, "settings", None) is not None and self.settings.theme != theme:
            self.settings.theme = theme
            self.save_settings()

    def action_next_theme(self) -> None:
        themes = [t for t in THEMES if t in self.available_themes]
        i = themes.index(self.theme) if self.theme in themes else -1
        self.theme = themes[(i + 1) % len(themes)]
        self.notify(f"Theme: {self.theme}", markup=False, timeout=2)

    # -- help, commands ---------------------------------------------------------------------------
    def action_help(self) -> None:
        from tui.app.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss()
            return
        self.push_screen(HelpScreen())

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Every binding of ours (those with an id) on the screen and the app, then Textual's own
        commands that are not already there ("Quit" once, with its key: q)."""
        seen: set[str] = set()
        titles: set[str] = set()
        for node in (screen, self):
            for _key, binding in node._bindings:
                if binding.system or not binding.description or binding.id is None:
                    continue
                if binding.action in seen or binding.description in titles:
                    continue
                if binding.action.startswith("goto_section") or binding.action.startswith("app.focus"):
                    continue
                seen.add(binding.action)
                titles.add(binding.description)
                keys = self.key_display_for(binding.id)
                yield SystemCommand(
                    binding.description,
                    f"{binding.tooltip or binding.description} (key: {keys})",
                    partial(self._run_from_palette, node, binding.action),
                )
        for command in super().get_system_commands(screen):
            # "Keys" is Textual's own key panel (esc does not close it, and it calls ctrl+c copy
            # where ctrl+c asks to quit): our Help lists every key.
            if command.title not in titles and command.title not in ("Keys", "Bell"):
                yield command

    async def _run_from_palette(self, node, action: str) -> None:
        await self.run_action(action, node)

    def key_display_for(self, binding_id: str) -> str:
        """The keys of a binding id, after the user's keymap, for people to read."""
        from tui.app.screens.help import binding_keys

        return binding_keys(self, binding_id)

    # -- copying ----------------------------------------------------------------------------------
    def copy_text(self, text: str, what: str) -> None:
        """Copy through the terminal (OSC 52) and, when there is one, the system clipboard."""
        self.copy_to_clipboard(text)
        self._copy_to_system(text, what)

    @work(thread=True, group="clipboard")
    def _copy_to_system(self, text: str, what: str) -> None:
        problem = self.system_clipboard(text)
        if problem is None:
            message = f"{what}: terminal and system clipboard."
        else:
            # One line, no parentheses within the ones `what` may have ("The summary (3 sentences)").
            message = f"{what}: terminal clipboard only — {problem}."
            self.log.warning("system clipboard:", problem)
        self.call_from_thread(self.notify, message, title="Copied", markup=False, kind="copy")

    # -- screenshots ------------------------------------------------------------------------------
    def deliver_screenshot(
        self, filename: str | None = None, path: str | None = None, time_format: str | None = None
    ) -> str | None:
        """The palette's Screenshot: into the Downloads folder where there is one, else docbao's
        data folder, else the working directory (Textual's own choice failed without Downloads).
        Textual's notice then says where it went."""
        if path is None:
            path = str(screenshot_folder())
        return super().deliver_screenshot(filename, path, time_format)

    # -- notices ----------------------------------------------------------------------------------
    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
        kind: str | None = None,
    ) -> None:
        """A notice that replaces the last one of its kind (`kind`, else its title, else its
        text): pressing `+` forty times at the longest summary leaves one notice, not eleven."""
        notification = Notification(
            message, title, severity, self.NOTIFICATION_TIMEOUT if timeout is None else timeout, markup=markup
        )
        self._notice_kinds[notification.identity] = kind or title or message
        self.post_message(Notify(notification))

    def _on_notify(self, event: Notify) -> None:
        kinds = self._notice_kinds
        kind = kinds.get(event.notification.identity)
        for old in list(self._notifications):
            if kinds.get(old.identity) == kind:
                self._unnotify(old, refresh=False)
        # Forget the kinds of notices that are gone (timed out or dismissed).
        alive = {n.identity for n in self._notifications} | {event.notification.identity}
        for identity in [i for i in kinds if i not in alive]:
            del kinds[identity]
        super()._on_notify(event)

    # -- opening ----------------------------------------------------------------------------------
    def action_open_library(self, folder: Path | None = None) -> None:
        from tui.app.screens.library import LibraryScreen

        if isinstance(self.screen, LibraryScreen):
            return
        path = self.reader.article.path if self.reader is not None else None
        if folder is None and path and os.path.isfile(path):
            folder = Path(path).parent  # else (a link, standard input) the bundled articles
        self.push_screen(LibraryScreen(folder))

    @work(thread=True, exclusive=True, group="open")
    def open_path(self, path: str) -> None:
        from tui.reading.document import open_article
        from tui.reading.errors import ReadError

        try:
            article = open_article(path)
        except ReadError as e:
            self.call_from_thread(self._cannot_open, str(e))
            return
        self.call_from_thread(self.show_article, article)

    def _cannot_open(self, message: str) -> None:
        from tui.app.screens.library import LibraryScreen

        if isinstance(self.screen, LibraryScreen):
            self.screen.show_problem(message)  # under the box the path was typed in
        else:
            self.notify(message, title="Cannot open", severity="error", markup=False)

    def show_article(self, article: Article) -> None:
        if self.reader is None:
            self.reader = ReaderScreen(article)
            self.push_screen(self.reader)
        else:
            while self.screen is not self.reader and len(self.screen_stack) > 1:
                self.pop_screen()
            self.reader.load_article(article)
        self._remember(article)


def screenshot_folder() -> Path:
    """An existing folder for screenshots: Downloads, else docbao's data folder, else here."""
    from platformdirs import user_data_dir, user_downloads_dir

    downloads = Path(user_downloads_dir())
    if downloads.is_dir():
        return downloads
    data = Path(user_data_dir("docbao", appauthor=False)) / "screenshots"
    try:
        data.mkdir(parents=True, exist_ok=True)
    except OSError:
        return Path.cwd()
    return data


class AbandoningExecutor(ThreadPoolExecutor):
    """The app's thread pool: shutting it down does not wait for work in progress."""

    _all: ClassVar[list[ThreadPoolExecutor]] = []

    def __init__(self) -> None:
        super().__init__(thread_name_prefix="docbao-worker")
        AbandoningExecutor._all.append(self)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        super().shutdown(wait=False, cancel_futures=True)

    @classmethod
    def busy(cls) -> bool:
        return any(t.is_alive() for pool in cls._all for t in pool._threads)


def run(
    target: str | None = None,
    article: Article | None = None,
    *,
    settings: Settings | None = None,
    settings_message: str | None = None,
    prefetch: Prefetch | None = None,
) -> int:
    """Open the reader on `article`, a file, a folder (the library) or the bundled seed.

    `prefetch`, if given, is the language work already started on `article` (see `Prefetch`)."""
    # Start-up allocates many long-lived objects (modules, styles, widgets): keep the collector
    # from walking them again and again before the first frame is out.
    gc.disable()  # enabled again once the first frame is out (DocbaoApp._after_first_paint)
    try:
        folder = None
        if article is None:
            if target is not None and os.path.isdir(target):
                folder = target
            else:
                if target is None:
                    from tui.reading.bundled import seed_article

                    target = str(seed_article())
                from tui.reading.document import open_article

                article = open_article(target)  # ReadError goes to the CLI: "docbao: path: reason"
        app = DocbaoApp(article=article, folder=folder, settings=settings, settings_message=settings_message)
        if prefetch is not None:
            app.language = Language(prefetch)
        gc.freeze()
        result = app.run()
    finally:
        gc.enable()
        if prefetch is not None:
            prefetch.close()
    code = result if isinstance(result, int) else (app.return_code or 0)
    if AbandoningExecutor.busy():
        # Language work still running (its result is no longer wanted): leave without joining it.
        # The terminal is restored and the settings saved by now.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code
