"""The attendee sidebar: chairs, then attendees (roles under the name, mention count), then groups
and photographers apart. Enter on a person jumps to their next mention in the article; w lists
where else they appear in the library index."""

from __future__ import annotations

from typing import Any, ClassVar

from rich.console import Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Static
from textual.widgets.option_list import Option

from tui.app.widgets.lists import PaneList


class PeopleList(PaneList):
    """People, one option each; headings and groups are disabled options."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "w",
            "appearances",
            "Other appearances",
            id="people.appearances",
            tooltip="Where the person appears in the library index",
        ),
    ]

    def action_appearances(self) -> None:
        pane = self.parent
        person = pane.person_at(self.highlighted) if isinstance(pane, PeoplePane) else None
        if person is not None:
            from tui.app.screens.appearances import AppearancesScreen

            self.app.push_screen(AppearancesScreen(person.name))


def person_prompt(person: Any) -> Group:
    head = Table.grid(expand=True)
    head.add_column(ratio=1)
    head.add_column(justify="right", style="dim")
    name = Text(end="", overflow="fold")
    if person.chair:
        name.append("★ ", style="bold")
    name.append(person.name, style="bold")
    count = len(person.mentions)
    head.add_row(name, Text(f"×{count}" if count else "", end=""))
    parts: list[Any] = [head]
    roles = [r for r in person.roles if r]
    if roles:
        parts.append(Padding(Text("\n".join(roles), style="dim", end="", overflow="fold"), (0, 0, 0, 2)))
    return Group(*parts)


def _heading(label: str) -> Option:
    return Option(Text(label, style="bold underline", end=""), disabled=True)


class PeoplePane(Vertical):
    """Bound to the reader's `people_state`: one mounted late shows the current state, and a
    state of another article clears everything of the last one first."""

    people_state: reactive[Any] = reactive(None, init=False)
    DEFAULT_CSS = """
    PeoplePane {
        & > #people-list {
            height: 1fr;
        }
        & > #people-state {
            color: $foreground-muted;
            padding: 1 0;
        }
        & > #photographers {
            dock: bottom;
            height: auto;
            color: $foreground-muted;
        }
    }
    """

    class Jump(Message):
        def __init__(self, person: Any, start: int, end: int, sentence_id: int | None) -> None:
            super().__init__()
            self.person = person
            self.start = start
            self.end = end
            self.sentence_id = sentence_id

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.people: Any = None
        self.persons: list[Any] = []  # option index -> person (None for headings)
        self.glossary: dict[str, str] = {}
        self._next_mention: dict[int, int] = {}
        self._article: Any = None  # the article of the state shown

    def compose(self) -> ComposeResult:
        # The list is mounted with the first result (keeps the first paint light).
        yield Static("", id="people-state", markup=False)
        yield Static("", id="photographers", markup=False)

    def on_mount(self) -> None:
        self.border_title = "Attendees"
        self.query_one("#photographers").display = False

    def _list(self) -> PeopleList:
        found = self.query(PeopleList)
        if found:
            return found.first()
        lst = PeopleList(id="people-list")
        self.mount(lst, before="#photographers")
        return lst

    def _hide_list(self) -> None:
        for lst in self.query(PeopleList):
            lst.display = False

    def watch_people_state(self, state: Any) -> None:
        if state is None:
            return
        if state.article is not self._article:
            self._article = state.article
            self._clear()
        if state.people is not None:
            self.show_people(state.people, state.acronyms)
        elif state.failure is not None:
            self.show_error(state.failure)
        else:
            self.show_busy("Finding attendees…")

    def _clear(self) -> None:
        """Nothing of the last article: its people, their count, its photographers."""
        self.people, self.persons, self.glossary, self._next_mention = None, [], {}, {}
        self.border_title = "Attendees"
        self.border_subtitle = None
        for lst in self.query(PeopleList):
            lst.clear_options()
        credits = self.query_one("#photographers", Static)
        credits.update("")
        credits.display = False

    def show_busy(self, message: str) -> None:
        self.add_class("-busy")
        state = self.query_one("#people-state", Static)
        state.update(Text(message, style="italic"))
        state.display = True
        self._hide_list()

    def show_error(self, message: str) -> None:
        self.remove_class("-busy")
        state = self.query_one("#people-state", Static)
        state.update(Text(message))
        state.display = True
        self._hide_list()

    def show_people(self, people: Any, glossary: dict[str, str] | None = None) -> None:
        self.remove_class("-busy")
        self.people = people
        self.glossary = dict(glossary or {})
        self._next_mention = {}
        chairs = [p for p in people.people if p.chair]
        others = [p for p in people.people if not p.chair]
        options: list[Option | None] = []
        self.persons = []

        def add(option: Option | None, person: Any = None) -> None:
            options.append(option)
            if option is not None:
                self.persons.append(person)

        if chairs:
            add(_heading("Chairs"))
            for p in chairs:
                add(Option(person_prompt(p)), p)
        if others:
            add(_heading("Attendees" if chairs else "People"))
            for p in others:
                add(Option(person_prompt(p)), p)
        groups = list(getattr(people, "groups", ()) or ())
        if groups:
            add(_heading("Groups"))
            for g in groups:  # enter shows where the group is named
                add(Option(Padding(Text(g.text, end=""), (0, 0, 0, 2))), g)
        mentioned = [m for m in (getattr(people, "mentioned", ()) or ()) if getattr(m, "name", None)]
        if mentioned:
            add(_heading("Also mentioned"))
            for m in mentioned:  # enter goes through their mentions, as for an attendee
                add(Option(Padding(Text(m.name, end=""), (0, 0, 0, 2)), disabled=not m.mentions), m)
        # Photographers apart, always in view at the foot of the pane.
        photographers = [ph.name for ph in (getattr(people, "photographers", ()) or ())]
        credits = self.query_one("#photographers", Static)
        credits.update(Text.assemble(("Photos: ", "bold"), ", ".join(photographers)) if photographers else "")
        credits.display = bool(photographers)
        state = self.query_one("#people-state", Static)
        n = len(people.people)
        self.border_title = Content(f"Attendees · {n}" if n else "Attendees")
        if not any(o is not None for o in options):
            state.update(Text("No attendees found.", style="italic"))
            state.display = True
            self._hide_list()
            return
        lst = self._list()
        lst.set_options(options)
        first = next((i for i, p in enumerate(self.persons) if p is not None), None)
        lst.highlighted = first
        state.display = False
        lst.display = True

    def person_at(self, index: int | None) -> Any:
        if index is None or not (0 <= index < len(self.persons)):
            return None
        return self.persons[index]

    def on_option_list_option_highlighted(self, event: PaneList.OptionHighlighted) -> None:
        event.stop()
        person = self.person_at(event.option_index)
        event.option_list.tooltip = self._acronym_tip(person)

    def _acronym_tip(self, person: Any) -> Text | None:
        if person is None or not self.glossary:
            return None
        roles = " ".join(getattr(person, "roles", ()))
        lines = [f"{a}: {full}" for a, full in self.glossary.items() if a in roles]
        return Text("\n".join(lines)) if lines else None

    def on_option_list_option_selected(self, event: PaneList.OptionSelected) -> None:
        event.stop()
        person = self.person_at(event.option_index)
        if person is not None and not hasattr(person, "mentions"):  # a group: where it is named
            self.post_message(self.Jump(None, person.start, person.end, person.sentence_id))
            return
        if person is None or not person.mentions:
            return
        k = self._next_mention.get(event.option_index, 0) % len(person.mentions)
        self._next_mention[event.option_index] = k + 1
        m = person.mentions[k]
        self.post_message(self.Jump(person, m.start, m.end, m.sentence_id))
