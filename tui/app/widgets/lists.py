"""A keyboard-friendly OptionList: j/k and g/G as well as the arrows; prompts never read as markup.

Rows that cannot be highlighted (headings, groups) stay in reach of the keyboard: moving past the
first or last choice scrolls over the rows beyond it, and g/G show the list's very top and end."""

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

    def watch_show_vertical_scrollbar(self) -> None:
        # OptionList measures an option's height when it is added, at the width of that moment, and
        # measures again only on a Resize. Options set on a list on screen (a new summary) may bring
        # or take away the scrollbar, which narrows or widens them without a Resize: drawn at the new
        # width, a sentence wraps to a line more or less than measured, and the rule under it is cut
        # off or a blank line is left. Measure them again at the width they are drawn at.
        self._clear_caches()

    def _choices(self) -> list[int]:
        """The indexes of the options that can be highlighted."""
        return [i for i, option in enumerate(self.options) if not option.disabled]

    def _scroll_lines(self, lines: int) -> None:
        # At once: the next key reads where the list is.
        self.scroll_to(y=self.scroll_y + lines, animate=False, immediate=True)

    def action_cursor_down(self) -> None:
        # OptionList wraps from the last choice to the first, so the rows after it were never seen:
        # down scrolls over them first, and wraps round once they are all in view.
        choices = self._choices()
        if choices and self.highlighted == choices[-1] and self.scroll_y < self.max_scroll_y:
            self._scroll_lines(1)
            return
        super().action_cursor_down()
        if choices and self.highlighted == choices[0]:
            self.scroll_home(animate=False, immediate=True)  # wrapped round: the headings above too

    def action_cursor_up(self) -> None:
        # The same above the first choice (the heading over it, once the list has been scrolled).
        choices = self._choices()
        if choices and self.highlighted == choices[0] and self.scroll_y > 0:
            self._scroll_lines(-1)
            return
        super().action_cursor_up()

    def action_page_down(self) -> None:
        # OptionList drops the highlight when the page ends among rows it cannot highlight: the last
        # choice keeps it, and the next page down scrolls over those rows.
        choices = self._choices()
        if choices and self.highlighted == choices[-1]:
            self._scroll_lines(self.scrollable_content_region.height)
            return
        super().action_page_down()
        if self.highlighted is None and choices:
            self.highlighted = choices[-1]

    def action_page_up(self) -> None:
        choices = self._choices()
        if choices and self.highlighted == choices[0]:
            self._scroll_lines(-self.scrollable_content_region.height)
            return
        super().action_page_up()
        if self.highlighted is None and choices:
            self.highlighted = choices[0]

    def action_first(self) -> None:
        super().action_first()
        self.scroll_home(animate=False, immediate=True)  # the headings above the first choice too

    def action_last(self) -> None:
        super().action_last()
        self.scroll_end(animate=False, immediate=True)  # and whatever follows the last choice
