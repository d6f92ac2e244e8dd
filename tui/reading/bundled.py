"""The articles that ship inside the package (the checkout's articles/ folder, installed as the
`tui.articles` package, so they are found from an installed copy as well as from the checkout)."""

from __future__ import annotations

import os
from pathlib import Path

import tui.articles
from tui.reading.errors import printable


def bundled_dir() -> Path:
    # The package's own folder: plain files on disk in every install pip makes.
    return Path(tui.articles.__file__).parent


def bundled_articles() -> list[Path]:
    """Bundled article files, the seed first (their names sort that way)."""
    return sorted(p for p in bundled_dir().iterdir() if p.suffix == ".txt")


def seed_article() -> Path:
    return bundled_articles()[0]


def shown_path(path: str | os.PathLike[str]) -> str:
    """A path as a person should read it, printable: the bundled articles by name, not by their
    place deep inside the installed package; any other path as it is, its controls escaped."""
    if str(path) == "<stdin>":  # as Markdown would hide it (a tag) or escape it ('\\<stdin>')
        return "standard input"
    p = Path(path)
    if p == bundled_dir() or p.parent == bundled_dir():
        name = "" if p == bundled_dir() else f" {printable(p.name)}"
        return f"docbao's bundled articles{':' if name else ''}{name}"
    return printable(str(path))
