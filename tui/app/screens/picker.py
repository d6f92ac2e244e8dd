"""`a`: choose the summarization algorithm from the registry's names."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets.option_list import Option

from tui.app.screens.popup import Popup
from tui.app.widgets.lists import PaneList
from tui.language import algorithms
from tui.language.algorithms import ALGORITHM_NAMES


class AlgorithmPicker(Popup[str | None]):
    DEFAULT_CSS = """
    AlgorithmPicker > #picker-body {
        width: 88;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "dismiss_none", "Cancel", id="picker.cancel")
    ]

    def __init__(self, current: str) -> None:
        super().__init__()
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="picker-body", classes="popup-body") as body:
            body.border_title = "Summarization algorithm"
            body.border_subtitle = "enter to choose · esc to cancel"
            options = []
            notes = getattr(algorithms, "ALGORITHM_DESCRIPTIONS", {})
            width = max(len(n) for n in ALGORITHM_NAMES) + 2
            for name in ALGORITHM_NAMES:
                grid = Table.grid(padding=(0, 1), expand=True)
                grid.add_column(width=width, no_wrap=True)
                grid.add_column(ratio=1)
                mark = "● " if name == self.current else "  "
                grid.add_row(Text(mark + name, style="bold"), Text(notes.get(name, ""), style="dim"))
                options.append(Option(grid, id=name))
            yield PaneList(id="algorithms").add_options(options)

    def on_mount(self) -> None:
        lst = self.query_one(PaneList)
        if self.current in ALGORITHM_NAMES:
            lst.highlighted = ALGORITHM_NAMES.index(self.current)
        lst.focus()

    def on_option_list_option_selected(self, event: PaneList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
