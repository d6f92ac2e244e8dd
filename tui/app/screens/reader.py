"""The reader: section navigator and attendees on the left, the article, the summary on the right.

Every key is a `Binding` with an id (remappable through the settings' keymap) and a description;
the footer, the help screen and the command palette are all generated from these bindings.
Language work (summaries, people) runs in thread workers started after the first paint.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Static
from textual.worker import get_current_worker

from tui.app.widgets.article import ArticleView
from tui.app.widgets.keybar import KeyBar
from tui.formats.article import ROLE_LABELS
from tui.reading.errors import printable
from tui.reading.model import Article
from tui.requests import SummaryRequest
from tui.session import PeopleState, ReadingSession, SummaryState

# The side panes (and their modules) come after the first paint; only these names are needed before.
if TYPE_CHECKING:
    from tui.app.search import Searcher
    from tui.app.widgets.people import PeoplePane
    from tui.app.widgets.sections import SectionNav
    from tui.app.widgets.summary import SummaryPane

SECTION = Binding.Group("Section", compact=True)
LENGTH = Binding.Group("Length", compact=True)
MATCH = Binding.Group("Match", compact=True)

# Below these widths the side panes start hidden (each can still be toggled on).
WIDE = 110
MEDIUM = 70
# Pane widths: set here, so the article can be given its final width before the panes exist.
SIDEBAR_WIDTH = 30
SUMMARY_WIDTH = 36
SUMMARY_WIDTH_MEDIUM = 32
SUMMARY_WIDTH_WIDE = 44  # from VERY_WIDE: 36 columns cut a long third sentence off at 160x45
VERY_WIDE = 150
MEASURE = 100  # the article pane's widest, centred, when no side pane is shown
MIN_ARTICLE_WIDTH = 40  # toggling a pane on hides the other one rather than squeeze the article
MIN_READABLE_WIDTH = 24  # and no pane, even one shown by hand, leaves the article less
FIRST_PAINT_GRACE = 0.04  # seconds between the article's first frame and mounting the side panes
WORK_GRACE = 0.01  # and starting the language work


def _summary_width(width: int) -> int:
    if width >= VERY_WIDE:
        return SUMMARY_WIDTH_WIDE
    return SUMMARY_WIDTH if width >= WIDE else SUMMARY_WIDTH_MEDIUM


def _section_binding(n: int) -> Binding:
    return Binding(str(n), f"goto_section({n - 1})", f"Section {n}", show=False, id=f"reader.section-{n}")


READER_BINDINGS: list[Binding] = [
    Binding(
        "slash", "search", "Search", id="reader.search", tooltip="Search the article (smart about accents)"
    ),
    Binding(
        "n",
        "next_match",
        "Next match",
        show=False,
        id="reader.next-match",
        group=MATCH,
        tooltip="Go to the next match of the search",
    ),
    Binding(
        "N",
        "previous_match",
        "Previous match",
        show=False,
        id="reader.previous-match",
        group=MATCH,
        tooltip="Go to the previous match of the search",
    ),
    Binding(
        "left_square_bracket",
        "previous_section",
        "Previous section",
        id="reader.previous-section",
        group=SECTION,
        tooltip="Scroll the article to the previous section",
    ),
    Binding(
        "right_square_bracket",
        "next_section",
        "Next section",
        id="reader.next-section",
        group=SECTION,
        tooltip="Scroll the article to the next section",
    ),
    *(_section_binding(n) for n in range(1, 10)),
    Binding(
        "plus,equals_sign",
        "longer",
        "Longer summary",
        id="reader.longer",
        group=LENGTH,
        tooltip="One sentence more in the summary",
    ),
    Binding(
        "minus",
        "shorter",
        "Shorter summary",
        id="reader.shorter",
        group=LENGTH,
        tooltip="One sentence fewer in the summary",
    ),
    Binding(
        "a",
        "pick_algorithm",
        "Algorithm",
        id="reader.algorithm",
        tooltip="Choose the summarization algorithm",
    ),
    Binding(
        "s",
        "toggle_scope",
        "Scope",
        id="reader.scope",
        tooltip="Summarize the whole article / the current section",
    ),
    Binding("c", "copy_summary", "Copy", id="reader.copy-summary", tooltip="Copy the summary as plain text"),
    Binding(
        "C",
        "copy_note",
        "Copy note",
        show=False,
        id="reader.copy-note",
        tooltip="Copy the note in Markdown, as docbao export writes it",
    ),
    Binding("o", "open", "Open", id="reader.open", tooltip="Open another article: the library, or any path"),
    Binding(
        "e",
        "glossary",
        "Acronyms",
        show=False,
        id="reader.glossary",
        tooltip="Acronyms in the article (HĐND, UBND …)",
    ),
    Binding(
        "p",
        "toggle_sidebar",
        "Toggle sections & attendees pane",
        show=False,
        id="reader.sidebar",
        tooltip="Show or hide the sections and attendees on the left",
    ),
    Binding(
        "v",
        "toggle_summary",
        "Toggle summary pane",
        show=False,
        id="reader.summary-pane",
        tooltip="Show or hide the summary on the right",
    ),
    Binding("tab", "app.focus_next", "Next pane", show=False, id="reader.next-pane"),
    Binding("shift+tab", "app.focus_previous", "Previous pane", show=False, id="reader.previous-pane"),
    Binding(
        "escape",
        "clear",
        "Clear highlights",
        show=False,
        id="reader.clear",
        tooltip="Clear the search's matches and the marked mention",
    ),
]


class TitleBar(Static):
    """The article's title and source, one line across the top, cut with an ellipsis."""

    def render(self):
        line = self.content
        if not isinstance(line, Text):
            return super().render()
        line = line.copy()
        line.truncate(max(1, self.content_region.width), overflow="ellipsis")
        return line


class SearchBar(Horizontal):
    """`/`: a query box and the match count; mounted on first use (keeps Input off the paint path)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "screen.close_search", "Close search (n N: next, previous)", id="search.close"),
    ]

    DEFAULT_CSS = """
    SearchBar {
        dock: bottom;
        height: 1;
        background: $panel;
        & > #search-input {
            width: 1fr;
            height: 1;
            border: none;
            padding: 0 1;
            background: $panel;
        }
        & > #search-count {
            width: auto;
            min-width: 12;
            padding: 0 1;
            color: $foreground-muted;
        }
    }
    """


# What the language workers send back: each result names the article and request it is for.
class SummaryReady(Message):
    def __init__(self, article: Article, request: SummaryRequest, summary: Any) -> None:
        super().__init__()
        self.article, self.request, self.summary = article, request, summary


class SummaryFailed(Message):
    def __init__(self, article: Article, request: SummaryRequest, error: Exception) -> None:
        super().__init__()
        self.article, self.request, self.error = article, request, error


class PeopleReady(Message):
    def __init__(self, article: Article, people: Any, acronyms: dict[str, str]) -> None:
        super().__init__()
        self.article, self.people, self.acronyms = article, people, acronyms


class PeopleFailed(Message):
    def __init__(self, article: Article, error: Exception) -> None:
        super().__init__()
        self.article, self.error = article, error


class ReaderScreen(Screen):
    BINDINGS = READER_BINDINGS

    # What the summary and attendees panes show, drawn from the session; the panes bind to these
    # (`data_bind`), so one mounted after the work is done shows its result at once.
    summary_state: reactive[SummaryState | None] = reactive(None, init=False)
    people_state: reactive[PeopleState | None] = reactive(None, init=False)

    def __init__(self, article: Article) -> None:
        super().__init__()
        settings = self.app.settings
        self.session = ReadingSession(article, settings.algorithm, settings.length)
        self.scope = "article"  # or "section": the summary follows the section in view
        self._pending_copy: str | None = None
        self._acronym_turns: dict[str, int] = {}
        self._started = False
        self._searcher: Searcher | None = None
        self._panes_ready = False
        self.query_text = ""
        self.matches: list[tuple[int, int]] = []
        self.match_index = -1
        self.sidebar_visible: bool | None = None  # None: follow the width
        self.summary_visible: bool | None = None
        self._told_hidden = False
        self._scope_timer: Any = None

    # -- composition ------------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        # Only the article is composed: the side panes are mounted once it has been painted, and
        # until then the article pane keeps their room as margins, so its text never reflows.
        yield TitleBar(id="titlebar", markup=False)
        with Vertical(id="article-pane", classes="pane"):
            yield ArticleView(id="article")
        yield KeyBar(id="footer")

    # The session's state, by the names the rest of the reader uses.
    @property
    def article(self) -> Article:
        return self.session.article

    @property
    def people(self) -> Any:
        return self.session.people

    @property
    def glossary(self) -> dict[str, str]:
        return self.session.acronyms

    @property
    def view(self) -> ArticleView:
        return self.query_one("#article", ArticleView)

    @property
    def settings(self):
        return self.app.settings

    @property
    def summary_pane(self) -> SummaryPane | None:
        if not self._panes_ready:
            return None
        found = self.query("#summary")
        return found.first() if found else None  # type: ignore[return-value]

    @property
    def people_pane(self) -> PeoplePane | None:
        if not self._panes_ready:
            return None
        found = self.query("#people")
        return found.first() if found else None  # type: ignore[return-value]

    # The side panes, once mounted with their content (None before: the language work may finish
    # while they are being mounted, and keeps its results for them).
    @property
    def section_nav(self) -> SectionNav | None:
        if not self._panes_ready:
            return None
        found = self.query("#sections")
        return found.first() if found else None  # type: ignore[return-value]

    def on_mount(self) -> None:
        self._apply_widths(self.app.size.width)
        self._show_article()
        self.view.focus()

    def _meta_line(self) -> str | None:
        a = self.article
        # The article's own date, as the page gives it (parse and export show it too).
        parts = [p for p in (a.source, a.meta.get("date"), Path(a.path).name if a.path else None) if p]
        return " · ".join(printable(p) for p in parts) or None

    def _show_article(self) -> None:
        a = self.article
        title = Text(no_wrap=True, overflow="ellipsis", end="")
        title.append(" docbao ", style="reverse bold")
        title.append(" ")
        title.append(printable(a.title) or "(untitled)", style="bold")
        if a.source:
            title.append("  ·  " + printable(a.source), style="dim")
        self.query_one(TitleBar).update(title)
        self.view.set_article(a, self._meta_line())
        self._set_article_title(0)
        if self.section_nav is not None:
            self.section_nav.set_article(a)
        self._publish()

    def _publish(self) -> None:
        """Show the session's state in the panes (and the summary's sentences in the article)."""
        self.summary_state = self.session.summary_state()
        self.people_state = self.session.people_state()

    def watch_summary_state(self, state: SummaryState | None) -> None:
        if state is None:
            return
        summary = state.summary
        self.view.set_summary([] if summary is None else [(s.start, s.end) for s in summary.sentences])
        if state.failure is not None:
            pane = self.summary_pane
            if pane is not None and pane.has_focus_within:
                self.view.focus()  # the list is hidden: the keys go on to the article
        self._copy_when_ready()

    def watch_people_state(self, state: PeopleState | None) -> None:
        if state is not None:
            self._copy_when_ready()

    def on_screen_resume(self) -> None:
        if not self._started:
            self._started = True
            # Paint the article first; the language work starts once it is out, the panes a moment
            # later (the frame is written by Textual's writer thread, which waits for the GIL while
            # the workers import and unpickle, or while the panes mount). The work may be done
            # before the panes are there: they then show its results at once.
            self.call_after_refresh(self.set_timer, WORK_GRACE, self._start_language_work)
            self.call_after_refresh(self.set_timer, FIRST_PAINT_GRACE, self._after_first_paint)

    async def _after_first_paint(self) -> None:
        from tui.app.widgets.people import PeoplePane
        from tui.app.widgets.sections import SectionNav
        from tui.app.widgets.summary import SummaryPane

        nav = SectionNav(id="sections")
        nav.set_article(self.article)
        sections = Vertical(nav, id="sections-pane", classes="pane")
        sections.border_title = "Sections"
        people = PeoplePane(id="people", classes="pane").data_bind(ReaderScreen.people_state)
        sidebar = Vertical(sections, people, id="sidebar")
        sidebar.styles.width = SIDEBAR_WIDTH
        summary = SummaryPane(id="summary", classes="pane").data_bind(ReaderScreen.summary_state)
        article_pane = self.query_one("#article-pane")
        await self.mount(sidebar, before=article_pane)
        await self.mount(summary, after=article_pane)
        self._panes_ready = True
        self._apply_widths(self.size.width)
        nav.follow(max(0, self.view.current_section))

    def _start_language_work(self) -> None:
        self.refresh_summary()
        self._extract_people(self.article)

    # -- article replacement ----------------------------------------------------------------------
    def load_article(self, article: Article) -> None:
        self.workers.cancel_group(self, "summary")
        self.workers.cancel_group(self, "note-summary")
        self.workers.cancel_group(self, "people")
        # A new session: what a worker still sends for the last article is refused by it.
        self.session = ReadingSession(article, self.settings.algorithm, self.settings.length)
        self._pending_copy = None
        self._acronym_turns = {}
        self._searcher = None
        self.query_text, self.matches, self.match_index = "", [], -1
        self.scope = "article"
        self._close_search()
        self._mention_label(None)
        self._show_article()
        if self._started:
            self._start_language_work()
        self.view.focus()

    # -- layout -----------------------------------------------------------------------------------
    def on_resize(self, event) -> None:
        self._apply_widths(event.size.width)

    def _apply_widths(self, width: int) -> None:
        sidebar = self.sidebar_visible if self.sidebar_visible is not None else width >= WIDE
        summary = self.summary_visible if self.summary_visible is not None else width >= MEDIUM
        # A pane shown by hand gives way when the terminal shrinks: the article keeps its room.
        if summary and self._article_room(width, sidebar=sidebar, summary=True) < MIN_READABLE_WIDTH:
            if sidebar and self._article_room(width, sidebar=False, summary=True) >= MIN_READABLE_WIDTH:
                sidebar = False
            else:
                summary = False
        if sidebar and self._article_room(width, sidebar=True, summary=False) < MIN_READABLE_WIDTH:
            sidebar = False
        self.set_class(width < MEDIUM, "-narrow")
        self.set_class(width < WIDE, "-medium")
        summary_width = _summary_width(width)
        article_pane = self.query_one("#article-pane")
        # Alone on a wide screen, the article keeps a readable measure, centred.
        spare = max(0, width - MEASURE) // 2 if not (sidebar or summary) else 0
        if not self._panes_ready:
            # Keep the panes' room so the article is laid out once, at its final width.
            right, left = (summary_width if summary else 0), (SIDEBAR_WIDTH if sidebar else 0)
            article_pane.styles.margin = (0, right + spare, 0, left + spare)
            return
        article_pane.styles.margin = (0, spare, 0, spare)
        self._hidden_by_width(width, sidebar=sidebar, summary=summary)
        self.query_one("#sidebar").display = sidebar
        summary_pane = self.query_one("#summary")
        summary_pane.display = summary
        summary_pane.styles.width = summary_width
        focused = self.focused
        if focused is not None and not self._visible(focused):
            self.view.focus()

    def _visible(self, widget) -> bool:
        node = widget
        while node is not None and node is not self:
            if not node.display:
                return False
            node = node.parent
        return True

    def action_toggle_sidebar(self) -> None:
        if not self._panes_ready:
            return
        width = self.size.width
        self.sidebar_visible = not self.query_one("#sidebar").display
        if self.sidebar_visible and self._swap_makes_room(width, sidebar=True):
            self.summary_visible = False  # not enough room for both: the article comes first
        self._apply_widths(width)
        self._too_narrow("#sidebar", self.sidebar_visible, "sections and attendees")

    def action_toggle_summary(self) -> None:
        if not self._panes_ready:
            return
        width = self.size.width
        self.summary_visible = not self.query_one("#summary").display
        if self.summary_visible and self._swap_makes_room(width, sidebar=False):
            self.sidebar_visible = False
        self._apply_widths(width)
        self._too_narrow("#summary", self.summary_visible, "summary")

    def _swap_makes_room(self, width: int, *, sidebar: bool) -> bool:
        """Is there room for one side pane (the sidebar, or else the summary) but not for both?"""
        both = self._article_room(width, sidebar=True, summary=True)
        alone = self._article_room(width, sidebar=sidebar, summary=not sidebar)
        return both < MIN_ARTICLE_WIDTH <= alone

    def _too_narrow(self, pane: str, wanted: bool | None, name: str) -> None:
        if wanted and not self.query_one(pane).display:
            self.notify(f"The terminal is too narrow for the {name} pane beside the article.", markup=False)

    def _article_room(self, width: int, *, sidebar: bool, summary: bool) -> int:
        return width - (SIDEBAR_WIDTH if sidebar else 0) - (_summary_width(width) if summary else 0)

    def _hidden_by_width(self, width: int, *, sidebar: bool, summary: bool) -> None:
        """Say once, when the panes first come, which of them the terminal's width hides."""
        if self._told_hidden:
            return
        self._told_hidden = True
        hidden = []
        if not sidebar and self.sidebar_visible is None:
            hidden.append("p: sections and attendees")
        if not summary and self.summary_visible is None:
            hidden.append("v: summary")
        if len(hidden) == 2:  # only the article on screen: say where the rest is
            self.app.notify(
                f"Narrow terminal, side panes hidden ({'; '.join(hidden)}).", markup=False, kind="panes"
            )

    # -- sections ---------------------------------------------------------------------------------
    def _set_article_title(self, index: int) -> None:
        pane = self.query_one("#article-pane")
        n = len(self.article.sections)
        if 0 <= index < n:
            sec = self.article.sections[index]
            pane.border_title = Content(f"§{index + 1}/{n} {ROLE_LABELS.get(sec.role, 'Section')}")
        else:
            pane.border_title = Content("Article")

    def on_article_view_section_changed(self, event: ArticleView.SectionChanged) -> None:
        if self.section_nav is not None:
            self.section_nav.follow(event.index)
        self._set_article_title(event.index)
        if self.scope == "section" and event.index != self.session.scope:
            if self._scope_timer is not None:
                self._scope_timer.stop()
            self._scope_timer = self.set_timer(0.3, self.refresh_summary)

    def on_section_nav_jump(self, event: SectionNav.Jump) -> None:
        self.action_goto_section(event.index)

    def action_goto_section(self, index: int) -> None:
        if not (0 <= index < len(self.article.sections)):
            self.notify(f"This article has {len(self.article.sections)} sections.", markup=False)
            return
        self._mention_label(None)
        self.view.scroll_to_section(index)
        self.view.current_section = index

    def action_next_section(self) -> None:
        current = self.view.current_section
        self.action_goto_section(min(len(self.article.sections) - 1, max(0, current + 1)))

    def action_previous_section(self) -> None:
        self.action_goto_section(max(0, self.view.current_section - 1))

    # -- jumps ------------------------------------------------------------------------------------
    def on_summary_pane_jump(self, event: SummaryPane.Jump) -> None:
        self._mention_label(None)
        self.view.set_target((event.start, event.end))
        self.view.scroll_to_span(event.start, event.end)

    def on_people_pane_jump(self, event: PeoplePane.Jump) -> None:
        self.view.set_target((event.start, event.end))
        self.view.scroll_to_span(event.start, event.end)
        if event.person is None:  # a group, named once
            self._mention_label(None)
            return
        n = len(event.person.mentions)
        k = event.person.mentions.index(next(m for m in event.person.mentions if m.start == event.start))
        self._mention_label(f"mention {k + 1}/{n}")

    def _mention_label(self, label: str | None) -> None:
        """Which mention of a person the article shows; None once it shows something else."""
        if self.people_pane is not None:
            self.people_pane.border_subtitle = Content(label) if label else None

    def action_clear(self) -> None:
        if self.query("SearchBar"):
            self._close_search()
            return
        self.view.set_target(None)
        self._mention_label(None)
        self.view.set_matches([])
        self.matches, self.match_index, self.query_text = [], -1, ""
        self.query_one("#article-pane").border_subtitle = None

    # -- summary ----------------------------------------------------------------------------------
    def _follow_scope(self) -> None:
        """The section the summary covers: the one in view in section scope, else none."""
        self.session.scope = max(0, self.view.current_section) if self.scope == "section" else None

    def refresh_summary(self) -> None:
        """Show the current request's summary, asking for it if it is not known yet."""
        self._follow_scope()
        session = self.session
        request = session.request
        self.summary_state = session.summary_state(request)
        if request not in session.summaries and request not in session.summary_failures:
            self._summarize(session.article, request)

    @work(thread=True, exclusive=True, group="summary")
    def _summarize(self, article: Article, request: SummaryRequest) -> None:
        self._compute_summary(article, request)

    @work(thread=True, exclusive=True, group="note-summary")
    def _summarize_for_note(self, article: Article, request: SummaryRequest) -> None:
        # The note always summarizes the whole article; the pane may show a section meanwhile.
        self._compute_summary(article, request)

    def _compute_summary(self, article: Article, request: SummaryRequest) -> None:
        worker = get_current_worker()
        try:
            summary = self.app.language.summarize(article, *request)
        except Exception as e:  # a bug in the summarizer must not take the reader down
            if not worker.is_cancelled:
                self.post_message(SummaryFailed(article, request, e))
            return
        if not worker.is_cancelled:
            self.post_message(SummaryReady(article, request, summary))

    def on_summary_failed(self, message: SummaryFailed) -> None:
        error = message.error
        text = f"Could not summarize: {type(error).__name__}: {error}"
        if not self.session.add_summary_failure(message.article, message.request, text):
            return  # another article's
        self.log.error("summarize failed", error)
        self._pending_copy = None
        if message.request == self.session.request:
            self.summary_state = self.session.summary_state()
        else:
            self.notify(text, severity="error", markup=False)

    def on_summary_ready(self, message: SummaryReady) -> None:
        if not self.session.add_summary(message.article, message.request, message.summary):
            return  # another article's
        if message.request == self.session.request:
            self.summary_state = self.session.summary_state()
        elif self._pending_copy == "note" and message.request == self.session.note_request:
            self._copy_when_ready()

    def _copy_when_ready(self) -> None:
        """Make a copy asked for before its content was ready, once it is."""
        if self._pending_copy == "summary" and self.current_summary is not None:
            self._pending_copy = None
            self.action_copy_summary()
        elif self._pending_copy == "note" and None not in (self.session.note_summary, self.people):
            self._pending_copy = None
            self.action_copy_note()

    @property
    def current_summary(self) -> Any:
        return self.session.current_summary

    def _change_length(self, change: str | None) -> None:
        if change is not None:
            self.app.notify(change, markup=False, kind="summary")
            return
        self.settings.length = self.session.length
        self.app.save_settings()
        self.refresh_summary()
        summary = self.summary_pane
        if summary is None or not self._visible(summary):
            n = self.session.shown_length()
            self.app.notify(
                f"Summary: {n} sentence{'s' if n != 1 else ''} (v shows it).", markup=False, kind="summary"
            )

    def action_longer(self) -> None:
        self._follow_scope()
        self._change_length(self.session.longer())

    def action_shorter(self) -> None:
        self._follow_scope()
        self._change_length(self.session.shorter())

    def action_toggle_scope(self) -> None:
        if self.scope == "article" and not self.article.sections:
            self.notify("This article has no sections: the summary covers all of it.", markup=False)
            return
        self.scope = "section" if self.scope == "article" else "article"
        self.refresh_summary()
        label = self.session.scope_label(self.session.scope)
        self.app.notify(f"Summary of: {label}", markup=False, kind="summary")

    def action_pick_algorithm(self) -> None:
        from tui.app.screens.picker import AlgorithmPicker

        def chosen(name: str | None) -> None:
            if name and name != self.settings.algorithm:
                self.set_algorithm(name)

        self.app.push_screen(AlgorithmPicker(self.settings.algorithm), chosen)

    def set_algorithm(self, name: str) -> None:
        self.settings.algorithm = self.session.algorithm = name
        self.app.save_settings()
        self.refresh_summary()

    # -- people -----------------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="people")
    def _extract_people(self, article: Article) -> None:
        worker = get_current_worker()
        try:
            people = self.app.language.extract_people(article)
            acronyms = self.app.language.acronyms(article)
        except Exception as e:
            if not worker.is_cancelled:
                self.post_message(PeopleFailed(article, e))
            return
        if not worker.is_cancelled:
            self.post_message(PeopleReady(article, people, acronyms))

    def on_people_failed(self, message: PeopleFailed) -> None:
        error = message.error
        text = f"Could not find attendees: {type(error).__name__}: {error}"
        if self.session.add_people_failure(message.article, text):
            self.log.error("people failed", error)
            self.people_state = self.session.people_state()

    def on_people_ready(self, message: PeopleReady) -> None:
        if self.session.add_people(message.article, message.people, message.acronyms):
            self.people_state = self.session.people_state()

    def action_glossary(self) -> None:
        from tui.app.screens.glossary import GlossaryScreen

        if self.people is None and not self.glossary:
            self.notify("Still reading the article's acronyms…", markup=False)
            return
        self.app.push_screen(GlossaryScreen(self.glossary), self._show_acronym)

    def _show_acronym(self, acronym: str | None) -> None:
        """The acronym chosen in the glossary, in the article: its next use (from the first)."""
        if not acronym:
            return
        from tui.language.glossary import find_acronyms

        uses = [(m.start, m.end) for m in find_acronyms(self.article.text) if m.entry.acronym == acronym]
        if not uses:
            return
        turn = self._acronym_turns.get(acronym, 0) % len(uses)
        self._acronym_turns = {acronym: turn + 1}  # choosing another acronym starts it afresh
        self._mention_label(None)
        self.view.set_target(uses[turn])
        self.view.scroll_to_span(*uses[turn])

    # -- copying ----------------------------------------------------------------------------------
    def action_copy_summary(self) -> None:
        summary = self.current_summary
        if summary is None:
            self._pending_copy = "summary"
            self.app.notify("Summarizing… the summary is copied when it is ready.", markup=False, kind="copy")
            return
        if not summary.sentences:
            self.notify("The summary is empty: nothing was copied.", markup=False)
            return
        from tui.formats.summary import to_text

        text = to_text(summary, self.article)
        n = len(summary.sentences)
        self.app.copy_text(text, f"The summary ({n} sentence{'s' if n != 1 else ''})")

    def action_copy_note(self) -> None:
        """The reading note, exactly as `docbao export FILE -n LENGTH --algorithm NAME` writes it."""
        session = self.session
        summary = session.note_summary
        if summary is None or self.people is None:
            self._pending_copy = "note"
            request = session.note_request
            if summary is None and request != session.request:
                self._summarize_for_note(session.article, request)
            self.app.notify("Still working… the note is copied when it is ready.", markup=False, kind="copy")
            return
        from tui.formats.note import to_markdown

        text = to_markdown(self.article, summary, self.people, sections=True)
        self.app.copy_text(text, "The reading note (Markdown)")

    # -- search -----------------------------------------------------------------------------------
    def action_search(self) -> None:
        from textual.widgets import Input, Label

        bars = self.query(SearchBar)
        if bars:
            bars.first().query_one(Input).focus()
            return
        bar = SearchBar(id="searchbar")
        self.query_one("#article-pane").mount(bar)
        box = Input(value=self.query_text, placeholder="Search the article", id="search-input")
        count = Label("", id="search-count", markup=False)
        bar.mount(box, count)
        box.focus()
        self._update_match_label()

    def on_input_changed(self, event) -> None:
        if event.input.id != "search-input":
            return
        self._run_search(event.value, jump=True)

    def on_input_submitted(self, event) -> None:
        if event.input.id != "search-input":
            return
        self._run_search(event.value, jump=False)
        self._close_search()

    @property
    def searcher(self) -> Searcher:
        if self._searcher is None:
            from tui.app.search import Searcher

            self._searcher = Searcher(self.article.text)
        return self._searcher

    def _run_search(self, query: str, *, jump: bool) -> None:
        if query == self.query_text and not jump:
            return
        self._mention_label(None)  # the matches are what the article shows now
        self.query_text = query
        self.matches = self.searcher.find(query)
        self.match_index = -1
        if self.matches:
            # The first match at or after the top of the view.
            y_top = int(self.view.scroll_y)
            layout = self.view.layout_
            self.match_index = 0
            if layout is not None:
                for i, (s, _) in enumerate(self.matches):
                    if layout.line_of(s) >= y_top:
                        self.match_index = i
                        break
        self.view.set_matches(self.matches, self.match_index)
        if jump and self.match_index >= 0:
            self.view.scroll_to_span(*self.matches[self.match_index])
        self._update_match_label()

    def action_close_search(self) -> None:
        self._close_search()

    def _close_search(self) -> None:
        for bar in self.query(SearchBar):
            bar.remove()
        self.view.focus()
        self._update_match_label()

    def _match_status(self) -> str:
        if not self.query_text:
            return ""
        if not self.matches:
            return "no matches"
        return f"{self.match_index + 1}/{len(self.matches)}"

    def _update_match_label(self) -> None:
        status = self._match_status()
        for label in self.query("#search-count"):
            label.update(status)
        pane = self.query_one("#article-pane")
        if self.query_text:
            pane.border_subtitle = Content(f"“{self.query_text[:30]}” {status}")
        else:
            pane.border_subtitle = None

    def _step_match(self, step: int) -> None:
        if not self.matches:
            if self.query_text:
                self.notify(f"No matches for “{self.query_text}”.", markup=False)
            else:
                self.notify("No search: press / to search the article.", markup=False)
            return
        self._mention_label(None)
        self.match_index = (self.match_index + step) % len(self.matches)
        self.view.set_matches(self.matches, self.match_index)
        self.view.scroll_to_span(*self.matches[self.match_index])
        self._update_match_label()

    def action_next_match(self) -> None:
        self._step_match(+1)

    def action_previous_match(self) -> None:
        self._step_match(-1)

    # -- other screens ----------------------------------------------------------------------------
    def action_open(self) -> None:
        self.app.action_open_library()
