"""An index in a temporary data dir (never the user's), and a folder of articles for it."""

from __future__ import annotations

from pathlib import Path

import pytest
from index_texts import ARTICLES


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("DOCBAO_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "bao"
    for name, text in ARTICLES.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder
