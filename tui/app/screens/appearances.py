"""`w` on a person in the attendee pane: where else they appear in the library index (as
`docbao who` lists it: by date, how they took part, the roles written there, namesakes apart);
enter opens that article at their mention."""

from __future__ import annotations

import os
from typing import Any, ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Static
from textual.widgets.option_list import Option

from tui.app.screens.popup import Popup
from tui.app.widgets.lists import PaneList
from tui.reading.bundled import shown_path
from tui.reading.errors import printable

_INDENT = 12  # the date's width and its gap: the lines under the title start there


def path_within(path: str, width: int) -> str:
    """`path` printable in at most `width` cells: its end (the file name, then its folders), the
    rest cut at the front, where the folders two rows of the same article share are."""
    shown = shown_path(path)
    if cell_len(shown) <= width:
        return shown
    tail = ""
    for char in reversed(shown):
        if cell_len(char + tail) > width - 1:
            break
        tail = char + tail
    cut = tail.find(os.sep)
    if 0 <= cut < len(tail) - 1:  # from a folder's start, not in the middle of its name
        tail = tail[cut:]
    return "…" + tail


def appearance_prompt(a: Any, path: str | None = None) -> Text:
    """A row: date and title, then how they took part, then the file (the copies of one article
    in two folders have the same title), then the roles written there."""
    text = Text(end="")
    text.append(f"{a.date or '—':10}  ", style="dim")
    text.append(printable(a.title), style="bold")
    text.append("\n")
    text.append(" " * _INDENT + a.kind + (" · " + printable(a.source) if a.source else ""), style="dim")
    if path:
        text.append("\n" + " " * _INDENT + path, style="dim")
    for role in a.roles:
        text.append("\n" + " " * 12 + printable(role))
    return text


class AppearancesScreen(Popup[None]):
    DEFAULT_CSS = """
    AppearancesScreen {
        & > #appearances-body {
            width: 100;
            & #appearances-state {
                color: $foreground-muted;
            }
        }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "close", "Close", id="appearances.close"),
    ]

    def __init__(self, name: str) -> None:
        super().__init__()
        self.person_name = name
        self.found: list[Any] = []  # option id -> appearance

    def compose(self) -> ComposeResult:
        with Vertical(id="appearances-body", classes="popup-body") as body:
            body.border_title = f"{printable(self.person_name)} in the library"
            body.border_subtitle = "enter opens the article at the mention · esc closes"
            yield Static("Looking in the library index…", id="appearances-state", markup=False)
            yield PaneList(id="appearances")

    def on_mount(self) -> None:
        self.query_one(PaneList).display = False
        self._look()

    @work(thread=True, exclusive=True, group="appearances")
    def _look(self) -> None:
        from tui.index.query import who
        from tui.index.store import CorruptIndex, index_path, open_for_reading

        path = index_path()
        if path is None or not path.exists():
            self.app.call_from_thread(self._say, "No library index yet: `docbao index DIR` builds it.")
            return
        try:
            conn = open_for_reading(path)
            try:
                persons = who(conn, self.person_name)
            finally:
                conn.close()
        except (CorruptIndex, Exception) as e:  # being rebuilt, or damaged: say so, never crash
            self.app.call_from_thread(self._say, f"The library index cannot be read now ({e}).")
            return
        self.app.call_from_thread(self._show, persons)

    def _say(self, message: str) -> None:
        self.query_one("#appearances-state", Static).update(message)

    def _show(self, persons: list[Any]) -> None:
        if not persons:
            self._say("Not found in the library index.")
            return
        options: list[Option | None] = []
        self.found = []
        paths = [a.path for person in persons for a in person.appearances]
        width = self._path_width()
        for person in persons:
            where = f" ({', '.join(person.places)})" if person.places else ""
            n = len(person.appearances)
            head = f"{person.name}{where} · {n} article{'s' if n != 1 else ''}"
            options.append(Option(Text(printable(head), style="bold underline"), disabled=True))
            for a in person.appearances:
                shown = path_within(_relative(a.path, paths), width)
                options.append(Option(appearance_prompt(a, shown), id=str(len(self.found))))
                self.found.append(a)
        self.query_one("#appearances-state", Static).display = False
        lst = self.query_one(PaneList)
        lst.set_options(options)
        lst.display = True
        lst.highlighted = 1
        lst.focus()

    def _path_width(self) -> int:
        # The box (100 wide at most) less its border, padding, the list's scrollbar and the indent.
        return max(min(100, self.app.size.width) - 2 - 2 - 2 - _INDENT, 16)

    def on_option_list_option_selected(self, event: PaneList.OptionSelected) -> None:
        event.stop()
        if event.option.id is None:
            return
        self._open(self.found[int(event.option.id)])

    @work(thread=True, exclusive=True, group="appearances-open")
    def _open(self, a: Any) -> None:
        from tui.reading.document import open_article
        from tui.reading.errors import ReadError

        try:
            article = open_article(a.path)
        except ReadError as e:
            self.app.call_from_thread(
                self.notify, str(e), title="Cannot open", severity="error", markup=False
            )
            return
        self.app.call_from_thread(self._show_at, article, a)

    def _show_at(self, article: Any, a: Any) -> None:
        app: Any = self.app
        app.show_article(article)
        reader = getattr(app, "reader", None)
        if reader is None:
            return
        start, end = a.start, a.end
        if not 0 <= start < end <= len(article.text):
            return  # the file changed since it was indexed: the article opens at its top

        def jump() -> None:
            reader.view.set_target((start, end))
            reader.view.scroll_to_span(start, end)

        app.call_after_refresh(jump)

    def action_close(self) -> None:
        self.dismiss(None)


def _relative(path: str, paths: list[str]) -> str:
    """`path` from the folder all the rows' files are in: what tells two rows apart comes first."""
    folders = [os.path.dirname(os.path.abspath(p)) for p in paths]
    try:
        common = os.path.commonpath(folders)
    except ValueError:  # on different drives: nothing in common
        return path
    return os.path.relpath(os.path.abspath(path), common)
