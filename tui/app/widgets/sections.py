"""The section navigator: one entry per section, following the article as it scrolls."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.message import Message
from textual.widgets.option_list import Option

from tui.app.widgets.lists import PaneList
from tui.formats.article import ROLE_LABELS
from tui.reading.model import Article


class SectionNav(PaneList):
    """Sections by role (opening, achievements, tasks, related) with their own headings.

    The highlighted entry is the section being read: it must stand out when the list does not
    have the focus too (the lists' usual unfocused highlight, $boost, is 27,27,27 on 18,18,18)."""

    DEFAULT_CSS = """
    SectionNav {
        & > .option-list--option-highlighted {
            background: $accent 30%;
            color: $text;
            text-style: bold;
        }
        &:focus > .option-list--option-highlighted {
            background: $accent 45%;
        }
    }
    """

    class Jump(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def set_article(self, article: Article) -> None:
        options = []
        digits = len(str(len(article.sections)))
        for i, sec in enumerate(article.sections):
            # The number in its own column: the heading hangs under the label, not under the number.
            grid = Table.grid(padding=(0, 1), expand=True)
            grid.add_column(width=digits, justify="right", style="bold")
            grid.add_column(ratio=1)
            label = Text(end="")
            label.append(ROLE_LABELS.get(sec.role, "Section"), style="bold")
            if sec.heading and sec.role != "related":
                label.append("\n")
                label.append(sec.heading, style="dim")
            grid.add_row(Text(str(i + 1), end=""), label)
            options.append(Option(grid, id=f"section-{i}"))
        if not options:
            options.append(Option(Text("(no sections)", style="dim"), disabled=True))
        self.set_options(options)

    def follow(self, index: int) -> None:
        """Mark the section being read, without jumping anywhere."""
        if 0 <= index < self.option_count:
            with self.prevent(self.OptionHighlighted):
                self.highlighted = index

    def on_option_list_option_selected(self, event: PaneList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Jump(event.option_index))
