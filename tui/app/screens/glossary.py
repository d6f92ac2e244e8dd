"""`e`: the acronyms the article uses (HĐND, UBND …) and what they stand for."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from tui.app.screens.popup import Popup


class GlossaryScreen(Popup[str | None]):
    """The article's acronyms; enter on one closes the box and shows its next use in the article."""

    DEFAULT_CSS = """
    GlossaryScreen > #glossary-body {
        width: 84;
        padding: 0 2;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,e,q", "dismiss", "Close", id="glossary.close")]

    def __init__(self, glossary: dict[str, str]) -> None:
        super().__init__()
        self.glossary = glossary

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="glossary-body", classes="popup-body") as body:
            body.border_title = "Acronyms in this article"
            body.border_subtitle = "enter: show in the article · esc: close"
            if not self.glossary:
                yield Static(Text("No known acronyms in this article.", style="italic"))
                return
            from textual.widgets.option_list import Option

            from tui.app.search import fold
            from tui.app.widgets.lists import PaneList

            width = max(len(a) for a in self.glossary)
            options = []
            # Vietnamese order: Đ with D, not after Z.
            for acronym in sorted(self.glossary, key=lambda a: (fold(a), a)):
                row = Table.grid(padding=(0, 2))
                row.add_column(style="bold", no_wrap=True, width=width)
                row.add_column(ratio=1)
                row.add_row(Text(acronym), Text(self.glossary[acronym]))
                options.append(Option(row, id=acronym))
            lst = PaneList(id="glossary-list")
            lst.add_options(options)
            yield lst

    def on_mount(self) -> None:
        for lst in self.query("#glossary-list"):
            lst.highlighted = 0
            lst.focus()

    def on_option_list_option_selected(self, event) -> None:
        event.stop()
        self.dismiss(event.option.id)
