"""The box every dialog of the reader is drawn in (algorithms, acronyms, help, appearances).

Each dialog sets only what is its own (width, padding, height) on its body's id; the box, its
border and its place on the screen are here, once. Loaded with the first dialog, never on the
way to the first frame.
"""

from __future__ import annotations

from typing import TypeVar

from textual.screen import ModalScreen

Result = TypeVar("Result")


class Popup(ModalScreen[Result]):
    """A dialog whose body (the widget with the class `popup-body`) sits boxed in the middle."""

    DEFAULT_CSS = """
    Popup {
        align: center middle;
        & > .popup-body {
            max-width: 100%;
            height: auto;
            max-height: 90%;
            border: round $accent;
            border-title-color: $accent;
            border-title-style: bold;
            background: $surface;
            padding: 0 1;
            & PaneList {
                background: $surface;
            }
        }
    }
    """
