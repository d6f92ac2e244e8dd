"""`o`: a folder of articles as a list (title, source, size, date), and a box for any path."""

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

from tui.app.widgets.keybar import KeyBar
from tui.app.widgets.lists import PaneList


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n / (1024 * 1024):.1f} MB"


def info_prompt(info) -> Text:
    text = Text(end="")
    text.append(info.title or info.path.name, style="bold")
    text.append("\n")
    details = [info.source, info.path.name, _size(info.size)]
    if info.modified:
        details.append(time.strftime("%Y-%m-%d", time.localtime(info.modified)))
    text.append(" · ".join(d for d in details if d), style="dim")
    if info.error:
        text.append("\n")
        text.append(f"cannot read: {info.error}", style="bold red")
    return text


class LibraryScreen(Screen):
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
        }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="library.back"),
        Binding("slash,o", "focus_path", "Path", id="library.path"),
        Binding("r", "reload", "Reload", show=False, id="library.reload"),
    ]

    def __init__(self, folder: Path | None = None) -> None:
        super().__init__()
        if folder is None:
            from tui.reading.bundled import bundled_articles

            found = bundled_articles()
            folder = found[0].parent if found else Path.cwd()
        self.folder = Path(folder)
        self.infos: list = []

    def compose(self) -> ComposeResult:
        yield Static("", id="library-title", markup=False)
        with Vertical(id="library-pane", classes="pane"):
            yield Input(placeholder="Open a file or folder: type a path and press enter", id="path-input")
            yield Static("", id="library-state", markup=False)
            yield PaneList(id="library-list")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#library-pane").border_title = "Library"
        self.load_folder(self.folder)

    def load_folder(self, folder: Path) -> None:
        self.folder = folder
        title = Text(no_wrap=True, overflow="ellipsis", end="")
        title.append(" docbao ", style="reverse bold")
        title.append("  Library: ")
        title.append(str(folder), style="bold")
        self.query_one("#library-title", Static).update(title)
        self.query_one("#library-state", Static).update(Text("Reading the folder…", style="italic"))
        self.query_one("#library-state").display = True
        self._list(folder)

    @work(thread=True, exclusive=True, group="library")
    def _list(self, folder: Path) -> None:
        from tui.reading.errors import ReadError
        from tui.reading.library import list_articles

        worker = get_current_worker()
        try:
            infos = list_articles(folder)
        except ReadError as e:
            if not worker.is_cancelled:
                self.app.call_from_thread(self._show_error, str(e))
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show, folder, infos)

    def _show_error(self, message: str) -> None:
        state = self.query_one("#library-state", Static)
        state.update(Text(message, style="bold red"))
        state.display = True
        self.query_one("#library-list", PaneList).clear_options()

    def _show(self, folder: Path, infos: list) -> None:
        self.infos = infos
        lst = self.query_one("#library-list", PaneList)
        options: list[Option | None] = []
        for n, info in enumerate(infos):
            if n:
                options.append(None)  # a thin rule between articles
            options.append(Option(info_prompt(info), id=str(n)))
        lst.set_options(options)
        state = self.query_one("#library-state", Static)
        if infos:
            state.update(Text(f"{len(infos)} article{'s' if len(infos) != 1 else ''} in this folder"))
            last = getattr(getattr(self.app, "settings", None), "last_article", None)
            paths = [str(i.path.resolve()) for i in infos]
            lst.highlighted = paths.index(last) if last in paths else 0
            lst.focus()
        else:
            state.update(Text("No articles (.txt, .md, .html) in this folder.", style="italic"))
            self.query_one("#path-input", Input).focus()

    def on_option_list_option_selected(self, event: PaneList.OptionSelected) -> None:
        event.stop()
        info = self.infos[event.option_index]
        if info.error:
            self.notify(f"{info.path}: {info.error}", title="Cannot open", severity="error", markup=False)
            return
        self.app.open_path(str(info.path))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        raw = event.value.strip()
        if not raw:
            return
        path = Path(os.path.expanduser(raw))
        if not path.is_absolute():
            path = self.folder / path
        if path.is_dir():
            event.input.value = ""
            self.load_folder(path)
        else:
            self.app.open_path(str(path))

    def action_focus_path(self) -> None:
        self.query_one("#path-input", Input).focus()

    def action_reload(self) -> None:
        self.load_folder(self.folder)

    def action_back(self) -> None:
        if getattr(self.app, "reader", None) is not None:
            self.dismiss()
        else:
            self.notify("Choose an article to read (or q to quit).", markup=False, timeout=3)
