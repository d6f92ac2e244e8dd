"""A keyboard-friendly OptionList: j/k and g/G as well as the arrows; prompts never read as markup."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import OptionList


class PaneList(OptionList):
    """The list inside a pane (sections, summary, people)."""

    # Here rather than in app.tcss: the lists come after the first paint, and so does this CSS.
    DEFAULT_CSS = """
    PaneList {
        border: none;
        padding: 0;
        background: $background;
        height: auto;
        max-height: 100%;
        scrollbar-size-vertical: 1;
        & > .option-list--option-highlighted {
            background: $boost;
            text-style: none;
        }
        &:focus > .option-list--option-highlighted {
            background: $accent 25%;
            text-style: none;
        }
        & > .option-list--option-disabled {
            color: $foreground;
        }
        & > .option-list--separator {
            color: $foreground 12%;
        }
        &:focus {
            background-tint: $foreground 0%;
            border: none;
        }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="list.down"),
        Binding("k", "cursor_up", "Up", show=False, id="list.up"),
        Binding("g", "first", "First", show=False, id="list.first"),
        Binding("G", "last", "Last", show=False, id="list.last"),
        Binding("space", "page_down", "Page down", show=False, id="list.page-down"),
    ]

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, markup=False)
