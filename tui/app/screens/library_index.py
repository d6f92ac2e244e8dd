"""The library screen's part that asks the library index: what is typed in the box is also
searched in every indexed article (titles and full text), shown under the folder's own list with
the match, and the folder shown is indexed in the background (a `docbao index` process of low
priority: the reader never waits for it). Nothing here when the index is off or not built yet.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
from typing import Any

from rich.text import Text
from textual import work
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from tui.reading.errors import printable

INDEX_ID = "index:"  # option ids of index hits: INDEX_ID + their number in `index_hits`
LIMIT = 20
_MIN_QUERY = 2  # characters: one letter would match nearly every article


def hit_prompt(hit: Any) -> Text:
    text = Text(end="")
    text.append(printable(hit.title), style="bold")
    text.append("\n")
    details = [printable(x) for x in (hit.source, hit.date, hit.path) if x]
    text.append(" · ".join(details), style="dim")
    text.append("\n")
    at = 0
    for s, e in hit.marks:
        if s < at:
            continue
        text.append(printable(hit.snippet[at:s]))
        text.append(printable(hit.snippet[s:e]), style="bold reverse")
        at = e
    text.append(printable(hit.snippet[at:]))
    return text


class IndexSearch:
    """Mixed into LibraryScreen, whose article list and folder it uses."""

    index_hits: list[Any]
    _indexer: subprocess.Popen | None = None

    def index_options(self) -> list[Option | None]:
        """The index's hits for the current query, as options to put under the folder's list."""
        hits = getattr(self, "index_hits", [])
        if not hits:
            return []
        options: list[Option | None] = [
            None,
            Option(Text(f"In the library index · {len(hits)}", style="bold underline"), disabled=True),
        ]
        for n, hit in enumerate(hits):
            if n:
                options.append(None)
            options.append(Option(hit_prompt(hit), id=f"{INDEX_ID}{n}"))
        return options

    def search_index(self, query: str) -> None:
        """Ask the index for `query` in a thread; its hits come under the list when they are in."""
        self.index_hits = []
        raw = query.strip()
        if len(raw) < _MIN_QUERY or self._is_path(raw):  # type: ignore[attr-defined]
            return
        self._ask_index(raw)

    @work(thread=True, exclusive=True, group="library-index")
    def _ask_index(self, query: str) -> None:
        from tui.index.query import search
        from tui.index.store import CorruptIndex, index_path, open_for_reading

        path = index_path()
        if path is None or not path.exists():
            return
        try:
            conn = open_for_reading(path)
        except (CorruptIndex, OSError, Exception):  # an index being rebuilt: no hits this time
            return
        try:
            hits = search(conn, query, limit=LIMIT)
        except Exception:  # a query the index cannot answer now (locked, rebuilt under us)
            hits = []
        finally:
            conn.close()
        if not get_current_worker().is_cancelled and hits:
            self.app.call_from_thread(self._show_index_hits, query, hits)  # type: ignore[attr-defined]

    def _show_index_hits(self, query: str, hits: list[Any]) -> None:
        if self.box.value.strip() != query:  # type: ignore[attr-defined]
            return
        self.index_hits = hits
        self.article_list.add_options(self.index_options())  # type: ignore[attr-defined]
        if not self.shown:  # type: ignore[attr-defined]
            n = len(hits)
            self._state(  # type: ignore[attr-defined]
                Text(f"Not in this folder; {n} article{'s' * (n != 1)} in the library index (↓ to choose).")
            )

    def highlighted_id(self) -> str | None:
        lst = self.article_list  # type: ignore[attr-defined]
        if lst.highlighted is None or not lst.option_count:
            return None
        return lst.get_option_at_index(lst.highlighted).id

    def open_index_hit(self, option_id: str | None) -> bool:
        """Open the hit an option stands for; False when the option is not one."""
        if not option_id or not option_id.startswith(INDEX_ID):
            return False
        n = int(option_id[len(INDEX_ID) :])
        hits = getattr(self, "index_hits", [])
        if n < len(hits):
            self.app.open_path(hits[n].path)  # type: ignore[attr-defined]
        return True

    def index_in_background(self, folder: Any) -> None:
        """Bring the index up to date with `folder`, in a process of its own at low priority.
        One at a time; a `docbao index` already running (here or in a terminal) is left alone."""
        from tui.index.store import WriterLock, index_path

        path = index_path()
        if path is None or (self._indexer is not None and self._indexer.poll() is None):
            return
        lock = WriterLock(path)
        with contextlib.suppress(OSError):
            if not lock.try_acquire():
                return
            lock.release()
        with contextlib.suppress(OSError):
            self._indexer = subprocess.Popen(
                [sys.executable, "-m", "tui", "index", str(folder), "--nice"],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,  # ctrl-c in the reader is not its
            )
