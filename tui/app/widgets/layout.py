"""The article laid out as display lines for a given width: pure data, no Textual.

Every line that shows article text keeps the character span of `Article.text` it shows, so
highlights (summary sentences, search matches, a person's mention) are drawn by span and a span
can be turned into a line to scroll to. Wrapping is a plain greedy word wrap, fast enough to lay
out ten thousand paragraphs in a fraction of a second; the view renders only the visible lines.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from rich.cells import cell_len, get_character_cell_size

from tui.reading.model import Article, Caption, Paragraph, RelatedItem

# Line kinds; the view maps each to a component class.
TITLE, META, LEAD, HEADING, PARA, CAPTION, CARD_TOP, CARD, CARD_TITLE, CARD_BOTTOM, BLANK, EMPTY = (
    "title",
    "meta",
    "lead",
    "heading",
    "para",
    "caption",
    "card-top",
    "card",
    "card-title",
    "card-bottom",
    "blank",
    "empty",
)

_WORD = re.compile(r"\S+\s*")
# Characters known to take exactly one cell: Latin (with Vietnamese), Greek, Cyrillic, common
# punctuation and symbols. Text made only of these is wrapped by character counts.
_NARROW = re.compile(
    "[\x20-\x7e\xa0-\u02ff\u0370-\u03ff\u0400-\u04ff\u1e00-\u1eff"
    "\u2010-\u2027\u2030-\u205e\u20a0-\u20cf\u2100-\u214f\u2190-\u21ff]*"
)
MAX_TEXT_WIDTH = 88


class Line(NamedTuple):
    kind: str
    section: int  # -1 for the title, meta line and lead
    start: int = -1  # span of Article.text shown; -1 for a line with no article text
    end: int = -1
    text: str | None = None  # the text of a line that does not come from the article (meta, empty)
    credit_start: int = -1  # captions: where the credit starts, to style it apart


def _cells(s: str) -> int:
    return len(s) if s.isascii() else cell_len(s)


def wrap_span(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of `text[start:end]` into spans no wider than `width` cells."""
    width = max(1, width)
    if _NARROW.fullmatch(text, start, end):
        return _wrap_narrow(text, start, end, width)
    return _wrap_cells(text, start, end, width)


def _wrap_narrow(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """The common case, one cell per character: breaks found with `str.rfind`, line by line."""
    out: list[tuple[int, int]] = []
    pos = start
    while pos < end and text[pos] == " ":
        pos += 1
    while pos < end:
        if end - pos <= width:
            stop = end
            nxt = end
        else:
            brk = text.rfind(" ", pos, pos + width + 1)
            if brk > pos:
                stop, nxt = brk, brk + 1
            else:  # one word longer than the line: cut it
                stop = nxt = pos + width
        while stop > pos and text[stop - 1] == " ":
            stop -= 1
        if stop > pos:
            out.append((pos, stop))
        pos = nxt
        while pos < end and text[pos] == " ":
            pos += 1
    return out


def _wrap_cells(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Word by word, counting cells (wide characters take two)."""
    out: list[tuple[int, int]] = []
    line_start = -1
    line_end = start
    col = 0
    for m in _WORD.finditer(text, start, end):
        word = m.group()
        bare = word.rstrip()
        w = _cells(bare)
        if line_start >= 0 and col + w > width:
            out.append((line_start, line_end))
            line_start, col = -1, 0
        if w > width:
            # A word longer than the line: cut it by cells.
            if line_start >= 0:
                out.append((line_start, line_end))
                line_start, col = -1, 0
            pos = m.start()
            stop = m.start() + len(bare)
            while pos < stop:
                cut, used = pos, 0
                while cut < stop:
                    cw = get_character_cell_size(text[cut])
                    if used + cw > width and cut > pos:
                        break
                    used += cw
                    cut += 1
                if cut < stop:
                    out.append((pos, cut))
                    pos = cut
                else:
                    line_start, line_end, col = pos, stop, used
                    pos = stop
            col += len(word) - len(bare)
            continue
        if line_start < 0:
            line_start = m.start()
        line_end = m.start() + len(bare)
        col += w + (len(word) - len(bare))
    if line_start >= 0:
        out.append((line_start, line_end))
    return out


class ArticleLayout:
    """Display lines of one article at one width, with lookups by line and by character."""

    def __init__(self, article: Article, width: int, meta: str | None = None) -> None:
        self.article = article
        self.width = max(4, width)
        self.lines: list[Line] = []
        self.section_lines: list[int] = []  # first line of each section
        self._build(meta)
        # Lines that show article text, in text order, for span -> line lookups (the related news
        # is drawn last, though a box of it may stand in the middle of the text).
        shown = [i for i, ln in enumerate(self.lines) if ln.start >= 0]
        self._text_lines = sorted(shown, key=lambda i: self.lines[i].start)
        self._text_starts = [self.lines[i].start for i in self._text_lines]

    # -- building -----------------------------------------------------------------------------
    def _add_text(self, kind: str, section: int, start: int, end: int, width: int | None = None) -> None:
        text = self.article.text
        for a, b in wrap_span(text, start, end, width or self.width):
            self.lines.append(Line(kind, section, a, b))

    def _blank(self, section: int) -> None:
        if self.lines and self.lines[-1].kind != BLANK:
            self.lines.append(Line(BLANK, section))

    def _build(self, meta: str | None) -> None:
        a = self.article
        if a.title_span is not None and a.title:
            self._add_text(TITLE, -1, a.title_span.start, a.title_span.end)
        elif a.title:
            self.lines.append(Line(TITLE, -1, text=a.title))
        if meta:
            self.lines.append(Line(META, -1, text=meta))
        if a.lead_span is not None and a.lead:
            self._blank(-1)
            self._add_text(LEAD, -1, a.lead_span.start, a.lead_span.end)
        if not a.sections and not a.lead and not a.title:
            self.lines.append(Line(EMPTY, -1, text="(this article has no text)"))
        for index, sec in enumerate(a.sections):
            self._blank(index)
            self.section_lines.append(len(self.lines))
            if sec.heading:
                h_end = min(sec.start + len(sec.heading), len(a.text))
                if a.text[sec.start : h_end] == sec.heading:
                    self._add_text(HEADING, index, sec.start, h_end)
                else:
                    self.lines.append(Line(HEADING, index, text=sec.heading))
                self.lines.append(Line(BLANK, index))
            for block in sec.blocks:
                if isinstance(block, Paragraph):
                    self._add_text(PARA, index, block.start, block.end)
                    self.lines.append(Line(BLANK, index))
                elif isinstance(block, Caption):
                    self._caption(block, index)
                    self.lines.append(Line(BLANK, index))
                elif isinstance(block, RelatedItem):
                    self._card(block, index)
        while self.lines and self.lines[-1].kind == BLANK:
            self.lines.pop()

    def _caption(self, cap: Caption, section: int) -> None:
        text = self.article.text
        credit_at = -1
        if cap.credit:
            at = text.rfind(cap.credit, cap.start, cap.end)
            if at >= 0:
                # Style "Ảnh: Name" as the credit: back up to the word "Ảnh" when it is close.
                marker = text.rfind("Ảnh", cap.start, at)
                credit_at = marker if marker >= 0 and at - marker <= 12 else at
        for s, e in wrap_span(text, cap.start, cap.end, self.width - 2):
            self.lines.append(Line(CAPTION, section, s, e, credit_start=credit_at))

    def _card(self, item: RelatedItem, section: int) -> None:
        text = self.article.text
        inner = self.width - 4
        self.lines.append(Line(CARD_TOP, section))
        title_end = item.start + len(item.title)
        if text[item.start : title_end] == item.title:
            for s, e in wrap_span(text, item.start, title_end, inner):
                self.lines.append(Line(CARD_TITLE, section, s, e))
        else:
            self.lines.append(Line(CARD_TITLE, section, text=item.title))
        # The lead lines: the sentences after the title, by their own spans (the title may repeat).
        sentences = self.article.sentences
        lead_ids = [i for i in item.sentence_ids if sentences[i].start >= title_end]
        if lead_ids:
            first, last = sentences[lead_ids[0]], sentences[lead_ids[-1]]
            for s, e in wrap_span(text, first.start, last.end, inner):
                self.lines.append(Line(CARD, section, s, e))
        elif item.lead:
            self.lines.append(Line(CARD, section, text=item.lead[: inner * 3]))
        self.lines.append(Line(CARD_BOTTOM, section))

    # -- lookups --------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.lines)

    def section_at(self, y: int) -> int:
        """The section shown at line `y` (0 above the first section's start)."""
        if not self.section_lines:
            return -1
        return max(0, bisect_right(self.section_lines, y) - 1)

    def line_of(self, offset: int) -> int:
        """The display line showing character `offset` (or the nearest line before it)."""
        if not self._text_starts:
            return 0
        k = bisect_right(self._text_starts, offset) - 1
        return self._text_lines[max(0, k)]

    def lines_of_span(self, start: int, end: int) -> range:
        first = self.line_of(start)
        last = self.line_of(max(start, end - 1))
        return range(first, last + 1)
