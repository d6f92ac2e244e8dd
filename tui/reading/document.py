"""One call from a path to an Article: what the CLI and the app both open files with."""

from __future__ import annotations

import os

from tui.reading.load import load_path
from tui.reading.model import Article
from tui.reading.parse import parse


def open_article(path: str | os.PathLike[str]) -> Article:
    """Read, decode and parse an article; raises ReadError for anything we cannot read."""
    return parse(load_path(path), path=os.fspath(path))
