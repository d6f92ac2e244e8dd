"""The articles that ship inside the package (the checkout's articles/ folder)."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def bundled_articles() -> list[Path]:
    """Bundled article files, the seed first (their names sort that way)."""
    root = files("tui.articles")
    return sorted(Path(str(p)) for p in root.iterdir() if p.name.endswith(".txt"))


def seed_article() -> Path:
    return bundled_articles()[0]
