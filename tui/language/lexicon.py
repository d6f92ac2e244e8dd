"""The word lists of the attendee reader, kept as data under `data/` (one item a line).

Each file opens with comments that say what its items are and show them in use; a line is an
item, `#` starts a comment. The lists are read once, on first use, from inside the package.
"""

from __future__ import annotations

import functools
from importlib import resources

__all__ = ["items", "table"]


@functools.cache
def items(name: str) -> tuple[str, ...]:
    """The items of `data/<name>.txt`, in file order, comments and blank lines dropped."""
    raw = resources.files("tui.language").joinpath(f"data/{name}.txt").read_text(encoding="utf-8")
    out = []
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(" ".join(line.split()))
    return tuple(out)


@functools.cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of `data/<name>.tsv`: tab-separated columns, comments and blank lines dropped."""
    raw = resources.files("tui.language").joinpath(f"data/{name}.tsv").read_text(encoding="utf-8")
    out = []
    for line in raw.splitlines():
        line = line.split("#", 1)[0].rstrip()
        if line.strip():
            out.append(tuple(" ".join(c.split()) for c in line.split("\t")))
    return tuple(out)
