"""`?`: every key, generated from the bindings themselves (after the user's keymap)."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from tui.app.screens.popup import Popup
from tui.app.widgets.article import ArticleView
from tui.app.widgets.lists import PaneList

_SECTION_KEYS = "reader.section-"


def _all_bindings(app: App) -> list[tuple[str, list[Binding]]]:
    """Every binding a user can reach, by where it answers: screens, widgets and dialogs."""
    from tui.app.screens.appearances import AppearancesScreen
    from tui.app.screens.glossary import GlossaryScreen
    from tui.app.screens.picker import AlgorithmPicker
    from tui.app.screens.reader import READER_BINDINGS, SearchBar
    from tui.app.widgets.people import PeopleList

    def opened_by(binding_id: str, bindings: list[Binding]) -> str:
        # The dialog's key as the user's keymap has it (a remapped key named in the heading).
        default = next((b.key for b in bindings if b.id == binding_id), None)
        keys = binding_keys(app, binding_id, default)
        return f" ({keys})" if keys else ""

    reader = list(READER_BINDINGS)
    people = _own(PeopleList)
    return [
        ("Reader", reader),
        (
            "Search box",
            [
                Binding("enter", "", "Close the box and keep the matches", id="search.keep"),
                *SearchBar.BINDINGS,
            ],
        ),
        ("Article pane", list(ArticleView.BINDINGS)),
        (
            "Lists: sections, summary, attendees",
            [
                *PaneList.BINDINGS,
                Binding("up,down", "", "Move", id="list.move"),
                Binding("enter", "", "Jump to it in the article (again: the next mention)", id="list.select"),
            ],
        ),
        ("Attendees list", people),
        (
            "Other appearances" + opened_by("people.appearances", people),
            [
                Binding("enter", "", "Open the article at the mention", id="appearances.open"),
                *_own(AppearancesScreen),
            ],
        ),
        (
            "Algorithm" + opened_by("reader.algorithm", reader),
            [Binding("enter", "", "Use the chosen algorithm", id="picker.choose"), *_own(AlgorithmPicker)],
        ),
        (
            "Acronyms" + opened_by("reader.glossary", reader),
            [
                Binding("enter", "", "Show the acronym in the article", id="glossary.show"),
                *_own(GlossaryScreen),
            ],
        ),
        ("Library" + opened_by("reader.open", reader), _library_bindings()),
        ("Help (?)", _own(HelpScreen)),
        (
            "App",
            [
                *_own(type(app)),
                Binding("ctrl+p", "command_palette", "Command palette: every action by name", id="palette"),
            ],
        ),
    ]


def _own(cls: type) -> list[Binding]:
    return [b for b in cls.BINDINGS if isinstance(b, Binding)]


def _library_bindings() -> list[Binding]:
    from tui.app.screens.library import LibraryScreen

    typed = Binding("letters", "", "Filter the list (accents optional), or type a path", id="library.type")
    opens = Binding("enter", "", "Open the chosen article, or the path typed", id="library.open")
    return [typed, opens, *_own(LibraryScreen)]


def binding_keys(app: App, binding_id: str, default: str | None = None) -> str:
    """The keys bound to `binding_id` (the user's keymap first), as people write them."""
    keys = app._keymap.get(binding_id) or default
    if keys is None:
        for _, bindings in _all_bindings(app):
            for b in bindings:
                if b.id == binding_id:
                    keys = b.key
                    break
            if keys is not None:
                break
    if keys is None:
        return ""
    shown = []
    for key in keys.split(","):
        key = key.strip()
        if key:
            shown.append(app.get_key_display(Binding(key, "")))
    return " ".join(shown)


def help_rows(app: App) -> list[tuple[str, list[tuple[str, str]]]]:
    """(group, [(keys, description)]) for every binding; the section digits folded into one row."""
    out = []
    for group, bindings in _all_bindings(app):
        rows: list[tuple[str, str]] = []
        digits: list[str] = []
        at = 0
        for b in bindings:
            if b.id and b.id.startswith(_SECTION_KEYS):
                at = at or len(rows)
                digits.append(binding_keys(app, b.id, b.key))
                continue
            keys = binding_keys(app, b.id, b.key) if b.id else b.key
            description = b.tooltip or b.description
            if rows and rows[-1][1] == description:  # "↑" and "↓" Choose: one row
                rows[-1] = (f"{rows[-1][0]} {keys}", description)
                continue
            rows.append((keys, description))
        if digits:
            label = (
                f"{digits[0]}–{digits[-1]}" if digits == [str(n) for n in range(1, 10)] else " ".join(digits)
            )
            rows.insert(at, (label, "Jump to section 1–9"))
        out.append((group, rows))
    return out


class HelpScreen(Popup[None]):
    DEFAULT_CSS = """
    HelpScreen {
        & > #help-body {
            width: 84;
            height: 90%;
            max-height: 100%;
            padding: 0 2;
        }
        & .help-group {
            margin: 1 0 0 0;
            color: $accent;
        }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "dismiss", "Close help", id="help.close"),
        Binding("j,down", "scroll('down')", "Scroll down", show=False, id="help.down"),
        Binding("k,up", "scroll('up')", "Scroll up", show=False, id="help.up"),
        Binding("g,home", "scroll('top')", "Top", show=False, id="help.top"),
        Binding("G,end", "scroll('bottom')", "Bottom", show=False, id="help.bottom"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body", classes="popup-body") as body:
            body.border_title = "Keys"
            body.border_subtitle = "esc to close"
            for group, rows in help_rows(self.app):
                table = Table.grid(padding=(0, 2))
                table.add_column(style="bold", width=20, no_wrap=True)
                table.add_column(ratio=1)
                for keys, description in rows:
                    table.add_row(Text(keys, style="bold"), Text(description))
                yield Static(Text(group, style="bold underline"), classes="help-group")
                yield Static(table, classes="help-table")

    def action_scroll(self, direction: str) -> None:
        body = self.query_one("#help-body", VerticalScroll)
        if direction == "down":
            body.scroll_down(animate=False)
        elif direction == "up":
            body.scroll_up(animate=False)
        elif direction == "top":
            body.scroll_home(animate=False)
        else:
            body.scroll_end(animate=False)
