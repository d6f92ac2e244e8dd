"""Reading one article: what is known of it and what is asked of it, in one plain object.

The reader keeps its article, the summaries by request, the attendees, the acronyms, what failed
and the current request here, with no Textual import: tests drive it without a terminal. Every
result is handed in with the article it was computed for, and one for another article (the
reader moved on while it was being computed) is refused, so no pane can show it.

The panes are drawn from `SummaryState` and `PeopleState`, immutable pictures of one moment:
a new picture each time anything changes, compared by identity.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from tui.formats.article import ROLE_LABELS
from tui.requests import DEFAULT_LENGTH, MAX_LENGTH, SummaryRequest

if TYPE_CHECKING:
    from tui.reading.model import Article


def scope_label(article: Article, scope: int | None) -> str:
    """'whole article', or a section as the reader names it ('§2 Achievements')."""
    if scope is None:
        return "whole article"
    if 0 <= scope < len(article.sections):
        return f"§{scope + 1} {ROLE_LABELS.get(article.sections[scope].role, 'Section')}"
    return "section"


@dataclass(frozen=True, eq=False)
class SummaryState:
    """The summary pane's content: the request and, once known, its summary or why it failed."""

    article: Article
    request: SummaryRequest
    summary: Any = None
    failure: str | None = None
    label: str = "whole article"  # the scope as the pane names it

    @property
    def busy(self) -> bool:
        return self.summary is None and self.failure is None

    def section_names(self) -> dict[int, str]:
        return {i: scope_label(self.article, i) for i in range(len(self.article.sections))}

    def empty_message(self) -> str:
        """Why a summary has no sentences."""
        scope, sections = self.request.scope, self.article.sections
        if scope is not None and 0 <= scope < len(sections):
            if sections[scope].role == "related":
                return "Related news is not summarized: s summarizes the whole article."
            return "No sentences to summarize in this section: s summarizes the whole article."
        return "No sentences to summarize here."

    @property
    def count(self) -> int | None:
        """Sentences in the summary; None until it is there (the request is no promise: a
        section may hold fewer)."""
        return None if self.summary is None else len(self.summary.sentences)


@dataclass(frozen=True, eq=False)
class PeopleState:
    """The attendees pane's content: the people and acronyms once known, or why they failed."""

    article: Article
    people: Any = None
    acronyms: dict[str, str] = field(default_factory=dict)
    failure: str | None = None

    @property
    def busy(self) -> bool:
        return self.people is None and self.failure is None


class ReadingSession:
    """The article being read and everything computed for it."""

    def __init__(self, article: Article, algorithm: str, length: int = DEFAULT_LENGTH) -> None:
        self.article = article
        self.algorithm = algorithm
        self.length = length  # sentences asked for: one setting for every scope
        self.scope: int | None = None  # the section summarized; None: the whole article
        self.summaries: dict[SummaryRequest, Any] = {}
        self.summary_failures: dict[SummaryRequest, str] = {}
        self.people: Any = None
        self.acronyms: dict[str, str] = {}
        self.people_failure: str | None = None

    # -- requests ---------------------------------------------------------------------------------
    @property
    def request(self) -> SummaryRequest:
        return SummaryRequest(self.algorithm, self.length, self.scope)

    @property
    def note_request(self) -> SummaryRequest:
        """The reading note's summary: the whole article, whatever the pane shows."""
        return self.request.whole()

    def scope_label(self, scope: int | None = None) -> str:
        return scope_label(self.article, scope)

    def sentences_in(self, scope: int | None) -> int:
        if scope is None:
            return len(self.article.body_sentences)
        return len(self.article.section_sentences(scope))

    def shown_length(self) -> int:
        """Sentences the current summary has, or will have: the request, or all the scope has."""
        return max(1, min(self.length, self.sentences_in(self.scope)))

    def longer(self) -> str | None:
        """One sentence more; a message instead when there can be none."""
        most = max(1, min(MAX_LENGTH, self.sentences_in(self.scope)))
        shown = self.shown_length()
        if shown >= most:
            where = "" if self.scope is None else f" {self.scope_label(self.scope)} has {most}"
            if most == MAX_LENGTH:
                return f"The summary has the most sentences it may ({MAX_LENGTH})."
            return f"The summary has every sentence it can:{where or f' the article has {most}'}."
        self.length = shown + 1
        return None

    def shorter(self) -> str | None:
        """One sentence fewer than the summary shows; a message instead at one sentence (never a
        silent change: a section of one sentence keeps the whole article's length as it was)."""
        shown = self.shown_length()
        if shown <= 1:
            return "The summary is one sentence already."
        self.length = shown - 1
        return None

    # -- results ----------------------------------------------------------------------------------
    def add_summary(self, article: Article, request: SummaryRequest, summary: Any) -> bool:
        """Keep a summary; False (nothing kept) when it was made for another article."""
        if article is not self.article:
            return False
        self.summaries[request] = summary
        self.summary_failures.pop(request, None)
        return True

    def add_summary_failure(self, article: Article, request: SummaryRequest, message: str) -> bool:
        if article is not self.article:
            return False
        self.summary_failures[request] = message
        return True

    def add_people(self, article: Article, people: Any, acronyms: dict[str, str]) -> bool:
        if article is not self.article:
            return False
        self.people, self.acronyms, self.people_failure = people, dict(acronyms), None
        return True

    def add_people_failure(self, article: Article, message: str) -> bool:
        if article is not self.article:
            return False
        self.people_failure = message
        return True

    # -- what the panes show ----------------------------------------------------------------------
    def summary_state(self, request: SummaryRequest | None = None) -> SummaryState:
        request = request or self.request
        return SummaryState(
            self.article,
            request,
            self.summaries.get(request),
            self.summary_failures.get(request),
            self.scope_label(request.scope),
        )

    def people_state(self) -> PeopleState:
        return PeopleState(self.article, self.people, self.acronyms, self.people_failure)

    @property
    def current_summary(self) -> Any:
        return self.summaries.get(self.request)

    @property
    def note_summary(self) -> Any:
        return self.summaries.get(self.note_request)
