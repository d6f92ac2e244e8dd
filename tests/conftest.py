"""Shared fixtures: the bundled seed article, parsed once."""

from __future__ import annotations

import pytest

from tui.reading.bundled import seed_article
from tui.reading.document import open_article
from tui.reading.model import Article


@pytest.fixture(scope="session")
def seed() -> Article:
    return open_article(seed_article())
