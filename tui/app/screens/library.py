"""`o`: a folder of articles as a list (title, source, size, date), and one box to filter it or
type any path.

The box has the focus, as in a fuzzy finder: typing filters the list (accents optional, as in
the reader's search), ↑ ↓ choose, enter opens the chosen article, or the path typed when it is
one (a folder opens as a library), escape clears the box and then goes back. Tab reaches the
list itself, where j k g G and the reader's other keys work.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Input, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from tui.app.screens.library_index import IndexSearch
from tui.app.widgets.keybar import KeyBar
from tui.app.widgets.lists import PaneList
from tui.reading.bundled import shown_path
from tui.reading.errors import printable

CHOOSE = Binding.Group("Choose", compact=True)
# Whole at 80 columns (the box is 72 wide there); "enter opens" is said in the line under it.
PLACEHOLDER = "Type to filter the list, or a file, folder or https:// link"
HINT = " · ↑ ↓ choose, enter opens, tab to the list"


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n / (1024 * 1024):.1f} MB"


def info_prompt(info) -> Text:
    text = Text(end="")
    text.append(printable(info.title or info.path.name), style="bold")
    text.append("\n")
    details = [printable(info.source or ""), printable(info.path.name), _size(info.size)]
    if info.date:
        details.append(printable(info.date))  # the article's own date, not when the file was copied
    elif info.modified and not info.pending:
        details.append(time.strftime("%Y-%m-%d", time.localtime(info.modified)))
    if info.pending:
        details.append("reading…")
    text.append(" · ".join(d for d in details if d), style="dim")
    if info.error:
        text.append("\n")
        text.append(f"cannot read: {printable(info.error)}", style="bold red")
    return text


class LibraryScreen(IndexSearch, Screen):
    DEFAULT_CSS = """
    LibraryScreen {
        & #library-pane {
            height: 1fr;
        }
        & #path-input {
            margin: 1 0;
        }
        & #library-state {
            color: $foreground-muted;
            height: auto;
            margin: 0 0 1 0;
        }
        & #library-list {
            height: 1fr;
            /* enter in the box opens the highlighted article: show it as chosen */
            & > .option-list--option-highlighted {
                background: $accent 25%;
            }
        }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="library.back"),
        # Move in the list from the box too (priority: the box would take them for itself).
        Binding("up", "move(-1)", "Choose", id="library.up", group=CHOOSE, priority=True),
        Binding("down", "move(1)", "Choose", id="library.down", group=CHOOSE, priority=True),
        Binding("pageup", "move(-10)", "Page up", show=False, id="library.page-up", priority=True),
        Binding("pagedown", "move(10)", "Page down", show=False, id="library.page-down", priority=True),
        Binding("slash,o", "focus_path", "Filter or path", id="library.path"),
        Binding("r", "reload", "Reload", show=False, id="library.reload"),
        # q would be typed into the box: show the quit key that always works.
        Binding("ctrl+q", "app.quit", "Quit", id="library.quit", priority=True),
    ]

    def __init__(self, folder: Path | None = None) -> None:
        super().__init__()
        if folder is None:
            from tui.reading.bundled import bundled_articles

            found = bundled_articles()
            folder = found[0].parent if found else Path.cwd()
        self.folder = Path(folder)
        self.infos: list = []
        self.shown: list[int] = []  # indices into infos, in list order, after the filter
        self._haystacks: list[str] = []

    def compose(self) -> ComposeResult:
        yield Static("", id="library-title", markup=False)
        with Vertical(id="library-pane", classes="pane"):
            yield Input(placeholder=PLACEHOLDER, id="path-input")
            yield Static("", id="library-state", markup=False)
            yield PaneList(id="library-list")
        yield KeyBar()

    @property
    def box(self) -> Input:
        return self.query_one("#path-input", Input)

    @property
    def article_list(self) -> PaneList:
        return self.query_one("#library-list", PaneList)

    def on_mount(self) -> None:
        self.query_one("#library-pane").border_title = "Library"
        self.box.focus()
        self.load_folder(self.folder)

    def load_folder(self, folder: Path) -> None:
        self.folder = folder
        title = Text(no_wrap=True, overflow="ellipsis", end="")
        title.append(" docbao ", style="reverse bold")
        title.append("  Library: ")
        title.append(shown_path(folder), style="bold")
        self.query_one("#library-title", Static).update(title)
        self._state(Text("Reading the folder…", style="italic"))
        self._list(folder)
        self.index_in_background(folder)

    def show_problem(self, message: str) -> None:
        """Why something cannot be opened: under the box where it was asked for, not in a corner."""
        self._state(Text(f"Cannot open {message}", style="bold red"))

    def _state(self, text: Text) -> None:
        state = self.query_one("#library-state", Static)
        state.update(text)
        state.display = True

    @work(thread=True, exclusive=True, group="library")
    def _list(self, folder: Path) -> None:
        from tui.reading.errors import ReadError
        from tui.reading.library import article_info, scan_articles

        worker = get_current_worker()
        try:
            infos = scan_articles(folder)
        except ReadError as e:
            if not worker.is_cancelled:
                self.app.call_from_thread(self._show_error, str(e))
            return
        if worker.is_cancelled:
            return
        # The entries at once; then each file's title, source and date, smallest files first, so
        # that one large saved page (minutes to extract) holds back nothing but its own line.
        self.app.call_from_thread(self._show, folder, infos)
        for i in sorted(range(len(infos)), key=lambda i: infos[i].size):
            if infos[i].error:
                continue
            info = article_info(infos[i].path)
            if worker.is_cancelled:
                return
            self.app.call_from_thread(self._detail, folder, i, info)

    def _show_error(self, message: str) -> None:
        self.infos, self.shown, self._haystacks = [], [], []
        self._state(Text(message, style="bold red"))
        self.article_list.clear_options()

    def _show(self, folder: Path, infos: list) -> None:
        from tui.app.search import fold

        self.infos = infos
        self._haystacks = [fold(" ".join(filter(None, (i.title, i.source, i.path.name)))) for i in infos]
        last = getattr(getattr(self.app, "settings", None), "last_article", None)
        paths = [str(i.path.resolve()) for i in infos]
        self._fill(self.box.value, paths.index(last) if last in paths else 0)

    def _detail(self, folder: Path, index: int, info) -> None:
        """One file's details, come in the background: its line is drawn again."""
        from tui.app.search import fold

        if folder != self.folder or index >= len(self.infos):
            return
        self.infos[index] = info
        self._haystacks[index] = fold(" ".join(filter(None, (info.title, info.source, info.path.name))))
        raw = self.box.value.strip()
        if raw and not self._is_path(raw):
            self._fill(self.box.value, self._chosen())  # the title may match the filter now
        elif index in self.shown:
            self.article_list.replace_option_prompt(str(index), info_prompt(info))

    # -- the filter -------------------------------------------------------------------------------
    def _is_path(self, raw: str) -> bool:
        """A path or a link to open, rather than words to filter the list with."""
        return raw.startswith(("/", "~", ".")) or os.sep in raw or (self.folder / raw).exists()

    def _fill(self, query: str, highlight: int | None = None) -> None:
        """Show the articles matching `query` (all of them for an empty query or a path)."""
        from tui.app.search import fold

        raw = query.strip()
        if raw and not self._is_path(raw):
            needle = fold(raw)
            self.shown = [i for i, hay in enumerate(self._haystacks) if needle in hay]
        else:
            self.shown = list(range(len(self.infos)))
        options: list[Option | None] = []
        for n, i in enumerate(self.shown):
            if n:
                options.append(None)  # a thin rule between articles
            options.append(Option(info_prompt(self.infos[i]), id=str(i)))
        options += self.index_options()
        lst = self.article_list
        lst.set_options(options)
        if self.shown:
            at = self.shown.index(highlight) if highlight in self.shown else 0
            lst.highlighted = at
        total = len(self.infos)
        if not total:
            empty = "No articles (.txt, .md, .html) in this folder: enter opens a path typed."
            self._state(Text(empty, style="italic"))
        elif len(self.shown) == total:
            self._state(Text(f"{total} article{'s' if total != 1 else ''} in this folder{HINT}"))
        elif self.shown:
            self._state(Text(f"{len(self.shown)} of {total} articles match “{printable(raw)}”{HINT}"))
        else:
            self._state(
                Text(f"No article matches “{printable(raw)}”: enter opens it as a path.", style="italic")
            )

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.search_index(event.value)
        if self.infos:
            self._fill(event.value)

    def _chosen(self) -> int | None:
        index = self.article_list.highlighted
        if index is None or not self.shown:
            return None
        option = self.article_list.get_option_at_index(index)
        return int(option.id) if option.id is not None and option.id.isdigit() else None

    def action_move(self, step: int) -> None:
        lst = self.article_list
        if lst.option_count == 0:
            return
        if abs(step) == 1:
            lst.action_cursor_down() if step > 0 else lst.action_cursor_up()
        else:
            lst.action_page_down() if step > 0 else lst.action_page_up()

    # -- opening ----------------------------------------------------------------------------------
    def _open(self, index: int) -> None:
        info = self.infos[index]
        if info.error:
            self.show_problem(f"{printable(str(info.path))}: {printable(info.error)}")
            return
        self.app.open_path(str(info.path))

    def on_option_list_option_selected(self, event: PaneList.OptionSelected) -> None:
        event.stop()
        if self.open_index_hit(event.option.id):
            return
        if event.option.id is not None:
            self._open(int(event.option.id))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        raw = event.value.strip()
        if not self._is_path(raw) and self.open_index_hit(self.highlighted_id()):
            return
        chosen = self._chosen()
        if (not raw or not self._is_path(raw)) and chosen is not None:
            self._open(chosen)
            return
        if not raw:
            return
        from tui.reading.kinds import is_url

        if is_url(raw):
            self.app.open_path(raw)
            return
        path = Path(os.path.expanduser(raw))
        if not path.is_absolute() and (self.folder / path).exists():
            path = self.folder / path  # a name in the library's folder (else from where docbao runs)
        if path.is_dir():
            event.input.value = ""
            self.load_folder(path)
        else:
            self.app.open_path(str(path))

    def action_focus_path(self) -> None:
        self.box.focus()

    def action_reload(self) -> None:
        self.load_folder(self.folder)

    def action_back(self) -> None:
        if self.box.value:
            self.box.value = ""  # escape clears the filter first
            return
        if getattr(self.app, "reader", None) is not None:
            self.dismiss()
        else:
            self.notify("Choose an article to read (or ctrl+q to quit).", markup=False, timeout=3)
