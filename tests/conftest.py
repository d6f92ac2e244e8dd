"""Shared fixtures: the bundled seed article, parsed once."""

from __future__ import annotations

import os
import select
from collections.abc import Callable

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


def _gone(pids: list[int], timeout: float) -> bool:
    """Whether processes that are not our children (a command's workers) all end, waiting on
    pidfds up to `timeout` seconds for each: an event, not a sleep."""
    for pid in pids:
        try:
            fd = os.pidfd_open(pid)
        except ProcessLookupError:
            continue
        try:
            ready, _, _ = select.select([fd], [], [], timeout)
        finally:
            os.close(fd)
        if not ready:
            return False
    return True


@pytest.fixture
def gone() -> Callable[[list[int], float], bool]:
    """`gone(pids, timeout)`: the signal tests' wait for the workers of a command they stopped."""
    return _gone
