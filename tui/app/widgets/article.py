"""The article, drawn line by line (Textual's line API): only the visible lines are rendered.

The layout (`ArticleLayout`) is rebuilt when the width changes; highlights are spans of the
article text: the summary's sentences, search matches and the current jump target. All article
text is drawn from `rich.text.Text` built from plain strings: nothing in it is read as markup.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.app.widgets.layout import (
    BLANK,
    CAPTION,
    CARD,
    CARD_BOTTOM,
    CARD_TITLE,
    CARD_TOP,
    HEADING,
    MAX_TEXT_WIDTH,
    TITLE,
    ArticleLayout,
)
from tui.reading.model import Article

GUTTER = 2  # marker column + space
Spans = list[tuple[int, int]]

_KIND_CLASS = {
    "title": "article--title",
    "meta": "article--meta",
    "lead": "article--lead",
    "heading": "article--heading",
    "para": "article--text",
    "caption": "article--caption",
    "card-top": "article--card",
    "card": "article--card",
    "card-title": "article--card-title",
    "card-bottom": "article--card",
    "blank": "article--text",
    "empty": "article--meta",
}


def _overlapping(spans: Spans, starts: list[int], a: int, b: int) -> Spans:
    """Spans (sorted, non-overlapping) that meet [a, b)."""
    if not spans:
        return []
    i = max(0, bisect_right(starts, a) - 1)
    out = []
    while i < len(spans) and spans[i][0] < b:
        s, e = spans[i]
        if e > a:
            out.append((s, e))
        i += 1
    return out


class ArticleView(ScrollView, can_focus=True):
    """The article text with its headings, captions and related-news cards."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "scroll_down", "Scroll down", show=False, id="article.down"),
        Binding("k,up", "scroll_up", "Scroll up", show=False, id="article.up"),
        Binding("space,pagedown", "page_down", "Page down", show=False, id="article.page-down"),
        Binding("shift+space,pageup", "page_up", "Page up", show=False, id="article.page-up"),
        Binding("g,home", "scroll_home", "Top", show=False, id="article.top"),
        Binding("G,end", "scroll_end", "Bottom", show=False, id="article.bottom"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article--title",
        "article--meta",
        "article--lead",
        "article--heading",
        "article--text",
        "article--caption",
        "article--credit",
        "article--card",
        "article--card-title",
        "article--summary",
        "article--summary-mark",
        "article--match",
        "article--match-current",
        "article--target",
    }

    DEFAULT_CSS = """
    ArticleView { overflow-x: hidden; }
    """

    current_section: reactive[int] = reactive(-1, init=False)

    class SectionChanged(Message):
        """The section at the top of the view changed (the navigator follows it)."""

        def __init__(self, view: ArticleView, index: int) -> None:
            super().__init__()
            self.view = view
            self.index = index

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.article: Article | None = None
        self.meta: str | None = None
        self.layout_: ArticleLayout | None = None
        self._summary: Spans = []
        self._summary_starts: list[int] = []
        self._matches: Spans = []
        self._match_starts: list[int] = []
        self.match_index = -1
        self.target: tuple[int, int] | None = None
        self._cache: LRUCache[tuple[int, int], Strip] = LRUCache(1024)
        self._pending_width = 0

    # -- content --------------------------------------------------------------------------------
    def set_article(self, article: Article, meta: str | None = None) -> None:
        self.article = article
        self.meta = meta
        self._summary, self._summary_starts = [], []
        self._matches, self._match_starts = [], []
        self.match_index = -1
        self.target = None
        self.layout_ = None
        self._relayout()
        self.scroll_to(0, 0, animate=False, immediate=True)
        self.current_section = -1
        self._update_section()

    def _text_width(self) -> int:
        width = self.scrollable_content_region.width or self.size.width
        return max(4, min(MAX_TEXT_WIDTH, width - GUTTER - 1))

    def _relayout(self) -> None:
        if self.article is None or self.size.width <= 0:
            return  # not laid out yet: on_resize will do it, once, at the real width
        width = self._text_width()
        if self.layout_ is not None and self.layout_.width == width:
            return
        # Keep the reader's place: the text at the top stays at the top.
        anchor = None
        if self.layout_ is not None and len(self.layout_):
            y = min(int(self.scroll_y), len(self.layout_) - 1)
            line = self.layout_.lines[y]
            anchor = line.start if line.start >= 0 else None
        self.layout_ = ArticleLayout(self.article, width, self.meta)
        self._cache.clear()
        self.virtual_size = Size(width + GUTTER, len(self.layout_))
        if anchor is not None:
            self.scroll_to(y=self.layout_.line_of(anchor), animate=False, immediate=True)
        self._update_section()
        self.refresh()

    def on_resize(self) -> None:
        self._relayout()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()

    def set_summary(self, spans: Spans) -> None:
        self._summary = sorted(spans)
        self._summary_starts = [s for s, _ in self._summary]
        self._cache.clear()
        self.refresh()

    def set_matches(self, spans: Spans, index: int = -1) -> None:
        self._matches = list(spans)
        self._match_starts = [s for s, _ in self._matches]
        self.match_index = index
        self._cache.clear()
        self.refresh()

    def set_target(self, span: tuple[int, int] | None) -> None:
        self.target = span
        self._cache.clear()
        self.refresh()

    @property
    def summary_spans(self) -> Spans:
        return list(self._summary)

    # -- navigation -------------------------------------------------------------------------------
    def scroll_to_span(self, start: int, end: int, *, animate: bool = False) -> None:
        """Bring a span of the article text into view, a few lines below the top."""
        if self.layout_ is None:
            return
        lines = self.layout_.lines_of_span(start, end)
        height = self.scrollable_content_region.height or self.size.height
        top = max(0, lines.start - max(1, min(3, height // 4)))
        if lines.stop - lines.start > height:
            top = lines.start
        self.scroll_to(y=top, animate=animate, immediate=not animate)

    def scroll_to_section(self, index: int) -> None:
        if self.layout_ is None or not (0 <= index < len(self.layout_.section_lines)):
            return
        y = 0 if index == 0 else self.layout_.section_lines[index]
        self.scroll_to(y=y, animate=False, immediate=True)
        self.current_section = index

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._update_section()

    def _update_section(self) -> None:
        if self.layout_ is None:
            return
        y = int(self.scroll_y)
        if y >= self.max_scroll_y and self.max_scroll_y > 0:
            # At the bottom the last section may be too short to reach the top: it is the one read.
            section = self.layout_.section_at(len(self.layout_) - 1)
        else:
            section = self.layout_.section_at(y + 1)
        self.current_section = section

    def watch_current_section(self, index: int) -> None:
        self.post_message(self.SectionChanged(self, index))

    def action_scroll_home(self) -> None:
        self.scroll_home(animate=False, immediate=True)

    def action_scroll_end(self) -> None:
        self.scroll_end(animate=False, immediate=True)

    # -- rendering --------------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        scroll_y = int(self.scroll_offset.y)
        index = y + scroll_y
        width = self.scrollable_content_region.width
        key = (index, width)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        strip = self._render_index(index, width)
        self._cache[key] = strip
        return strip

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(name)

    def _render_index(self, index: int, width: int) -> Strip:
        base = self.rich_style
        layout = self.layout_
        if layout is None or index >= len(layout) or self.article is None:
            return Strip.blank(width, base)
        line = layout.lines[index]
        kind_style = self._style(_KIND_CLASS[line.kind])
        text_width = layout.width
        gutter = Segment(" " * GUTTER, base)
        if line.kind == BLANK:
            return Strip.blank(width, base)
        if line.kind in (CARD_TOP, CARD_BOTTOM):
            left, right = ("╭", "╮") if line.kind == CARD_TOP else ("╰", "╯")
            border = left + "─" * max(0, text_width - 2) + right
            return Strip([gutter, Segment(border, kind_style)]).adjust_cell_length(width, base)

        if line.start >= 0:
            a, b = line.start, line.end
            text = Text(self.article.text[a:b], style=kind_style, end="")
            self._decorate(text, line, a, b)
        else:
            a = b = -1
            text = Text(line.text or "", style=kind_style, end="")
            room = text_width if line.kind not in (CARD, CARD_TITLE) else text_width - 4
            text.truncate(room, overflow="ellipsis")

        marker = " " * GUTTER
        marker_style = base
        if a >= 0 and _overlapping(self._summary, self._summary_starts, a, b):
            marker, marker_style = "▌ ", self._style("article--summary-mark")
        segments = [Segment(marker, marker_style)]
        if line.kind in (CARD, CARD_TITLE):
            card = self._style("article--card")
            segments.append(Segment("│ ", card))
            segments.extend(self._segments(text, kind_style))
            used = text.cell_len
            segments.append(Segment(" " * max(0, text_width - 4 - used), base))
            segments.append(Segment(" │", card))
        elif line.kind == CAPTION:
            segments.append(Segment("  ", base))
            segments.extend(self._segments(text, kind_style))
        else:
            segments.extend(self._segments(text, kind_style))
        return Strip(segments).adjust_cell_length(width, base)

    def _segments(self, text: Text, style: Style) -> list[Segment]:
        # Text.render leaves the Text's own style to the caller.
        return list(Segment.apply_style(text.render(self.app.console), style=style))

    def _decorate(self, text: Text, line, a: int, b: int) -> None:
        """Styles over a line of article text: credit, summary, matches, jump target."""
        if line.kind == CAPTION and line.credit_start >= 0 and line.credit_start < b:
            text.stylize(self._style("article--credit"), max(0, line.credit_start - a), b - a)
        if line.kind not in (TITLE, HEADING):
            for s, e in _overlapping(self._summary, self._summary_starts, a, b):
                text.stylize(self._style("article--summary"), max(s, a) - a, min(e, b) - a)
        if self._matches:
            for i in range(max(0, bisect_right(self._match_starts, a) - 1), len(self._matches)):
                s, e = self._matches[i]
                if s >= b:
                    break
                if e > a:
                    name = "article--match-current" if i == self.match_index else "article--match"
                    text.stylize(self._style(name), max(s, a) - a, min(e, b) - a)
        if self.target is not None:
            s, e = self.target
            if s < b and e > a:
                text.stylize(self._style("article--target"), max(s, a) - a, min(e, b) - a)
