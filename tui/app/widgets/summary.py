"""The summary pane: the chosen sentences in article order, with the algorithm and length in its title."""

from __future__ import annotations

from typing import Any

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Static
from textual.widgets.option_list import Option

from tui.app.widgets.lists import PaneList


def _spaced(options: list[Option]) -> list[Option | None]:
    """A thin rule between options (OptionList leaves vertical padding out of its heights)."""
    out: list[Option | None] = []
    for i, option in enumerate(options):
        if i:
            out.append(None)
        out.append(option)
    return out


class SummaryList(PaneList):
    """The summary's sentences; enter jumps to the sentence in the article."""


class SummaryPane(Vertical):
    """Title: algorithm · length · scope. Body: a state line or the sentences.

    Bound to the reader's `summary_state`: one mounted late shows the current state, and a state
    of another article clears the last one's sentences first (they are not even dimmed)."""

    summary_state: reactive[Any] = reactive(None, init=False)

    DEFAULT_CSS = """
    SummaryPane {
        & > #summary-list {
            height: 1fr;
        }
        & > #summary-state {
            color: $foreground-muted;
            padding: 1 0;
        }
        &.-busy > #summary-list {
            text-opacity: 45%;
        }
    }
    """

    class Jump(Message):
        def __init__(self, start: int, end: int, sentence_id: int) -> None:
            super().__init__()
            self.start = start
            self.end = end
            self.sentence_id = sentence_id

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.summary: Any = None
        self.state = "idle"
        self._article: Any = None  # the article of the state shown

    def compose(self) -> ComposeResult:
        # The list is mounted with the first summary (keeps the first paint light).
        yield Static("", id="summary-state", markup=False)

    def on_mount(self) -> None:
        self.border_title = "Summary"

    def _list(self) -> SummaryList:
        found = self.query(SummaryList)
        if found:
            return found.first()
        lst = SummaryList(id="summary-list")
        self.mount(lst)
        return lst

    def watch_summary_state(self, state: Any) -> None:
        if state is None:
            return
        if state.article is not self._article:
            self._article = state.article
            self.summary = None
            for lst in self.query(SummaryList):
                lst.clear_options()
        request = state.request
        self.set_title(request.algorithm, state.count, state.label)
        if state.summary is not None:
            self.show_summary(state.summary, state.section_names(), state.empty_message())
        elif state.failure is not None:
            self.show_error(state.failure)
        else:
            n = request.length
            self.show_busy(f"Summarizing… ({request.algorithm}, {n} sentence{'s' if n != 1 else ''})")

    def set_title(self, algorithm: str, count: int | None, scope: str | None) -> None:
        """`count` None: not known yet (the body says it is coming; the border makes no promise)."""
        self.border_title = Content(f"Summary · {algorithm}")
        scope = scope or "whole article"
        if count is None:
            self.border_subtitle = Content(scope)
        else:
            self.border_subtitle = Content(f"{count} sentence{'s' if count != 1 else ''} · {scope}")

    def show_busy(self, message: str) -> None:
        # The last sentences stay, dimmed, until the new ones come: a list with the keyboard focus
        # keeps it (a hidden one would drop it), and the pane does not flicker.
        self.state = "busy"
        self.add_class("-busy")
        state = self.query_one("#summary-state", Static)
        state.update(Text(message, style="italic"))
        state.display = True

    def show_error(self, message: str) -> None:
        self.state = "error"
        self.remove_class("-busy")
        state = self.query_one("#summary-state", Static)
        state.update(Text(message))
        state.display = True
        for lst in self.query(SummaryList):
            lst.display = False

    def show_summary(
        self, summary: Any, section_names: dict[int, str], empty: str = "No sentences to summarize here."
    ) -> None:
        self.state = "ready"
        self.remove_class("-busy")
        self.summary = summary
        state = self.query_one("#summary-state", Static)
        sentences = list(summary.sentences)
        lst = self._list()
        options: list[Option] = []
        for n, s in enumerate(sentences, 1):
            grid = Table.grid(padding=(0, 1), expand=True)
            grid.add_column(width=2, justify="right", style="bold")
            grid.add_column(ratio=1)
            body = Text(s.text, end="", overflow="fold")
            where = section_names.get(s.section) if s.section is not None else None
            if where:
                body.append("\n")
                body.append(where, style="dim italic")
            grid.add_row(Text(f"{n}", style="bold"), body)
            options.append(Option(grid, id=f"sentence-{s.id}"))
        highlighted = lst.highlighted
        lst.set_options(_spaced(options))
        if options:
            lst.highlighted = min(highlighted or 0, len(options) - 1)
            state.display = False
            lst.display = True
        else:
            # The empty list stays (a focused one keeps the keyboard focus); the line says why.
            state.update(Text(empty, style="italic"))
            state.display = True

    def on_option_list_option_selected(self, event: PaneList.OptionSelected) -> None:
        event.stop()
        if self.summary is None:
            return
        s = self.summary.sentences[event.option_index]
        self.post_message(self.Jump(s.start, s.end, s.id))
