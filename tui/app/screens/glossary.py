"""`e`: the acronyms the article uses (HĐND, UBND …) and what they stand for."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static


class GlossaryScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    GlossaryScreen {
        align: center middle;
        & > #glossary-body {
            width: 84;
            max-width: 100%;
            height: auto;
            max-height: 90%;
            border: round $accent;
            border-title-color: $accent;
            border-title-style: bold;
            background: $surface;
            padding: 0 2;
        }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,e,q", "dismiss", "Close", id="glossary.close")]

    def __init__(self, glossary: dict[str, str]) -> None:
        super().__init__()
        self.glossary = glossary

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="glossary-body") as body:
            body.border_title = "Acronyms in this article"
            body.border_subtitle = "esc to close"
            if not self.glossary:
                yield Static(Text("No known acronyms in this article.", style="italic"))
                return
            table = Table.grid(padding=(0, 2))
            table.add_column(style="bold", no_wrap=True)
            table.add_column(ratio=1)
            from tui.app.search import fold

            # Vietnamese order: Đ with D, not after Z.
            for acronym in sorted(self.glossary, key=lambda a: (fold(a), a)):
                table.add_row(Text(acronym), Text(self.glossary[acronym]))
            yield Static(table)
