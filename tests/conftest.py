"""Shared fixtures: the bundled seed article, parsed once."""

from __future__ import annotations

import os

import pytest

from tui.reading.bundled import seed_article
from tui.reading.document import open_article
from tui.reading.model import Article


@pytest.fixture(scope="session")
def seed() -> Article:
    return open_article(seed_article())


# Word segmentations are kept on disk between runs (`tui.language.wordstore`); tests start from
# none, so that what they count and time is the segmenting itself. The store's own tests, and those
# of the app that open an article twice, give it a folder of their own.
os.environ["DOCBAO_CACHE_DIR"] = ""

# The library index is off (`tui.index.store`): nothing a test does, the app's background index
# included, writes to the user's data folder. The index's own tests give it a folder of their own.
os.environ["DOCBAO_DATA_DIR"] = ""
