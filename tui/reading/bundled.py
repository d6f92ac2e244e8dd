"""The articles that ship inside the package (the checkout's articles/ folder, installed as the
`tui.articles` package, so they are found from an installed copy as well as from the checkout)."""

from __future__ import annotations

from pathlib import Path

import tui.articles


def bundled_dir() -> Path:
    # The package's own folder: plain files on disk in every install pip makes.
    return Path(tui.articles.__file__).parent


def bundled_articles() -> list[Path]:
    """Bundled article files, the seed first (their names sort that way)."""
    return sorted(p for p in bundled_dir().iterdir() if p.suffix == ".txt")


def seed_article() -> Path:
    return bundled_articles()[0]
