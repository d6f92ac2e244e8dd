"""Words kept on disk per article: read back exactly, never in the way when the disk is not."""

from __future__ import annotations

import dataclasses
import os

import pytest

from tui.language import wordstore
from tui.language.summarize import summarize
from tui.language.words import WordCache, cache_for, segment


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("DOCBAO_CACHE_DIR", str(tmp_path))
    return tmp_path / "words"


def _copy(article):
    # Another object with the same text: what opening the same file again gives.
    return dataclasses.replace(article)


def test_a_second_opening_of_an_article_segments_nothing(store, seed):
    first = _copy(seed)
    summary = summarize(first, "docbao", 3)
    assert cache_for(first).segmented > 0
    assert len(list(store.glob("*.json"))) == 1

    again = _copy(seed)
    assert summarize(again, "docbao", 3) == summary
    assert summarize(again, "lexrank", 4) == summarize(first, "lexrank", 4)
    assert cache_for(again).segmented == 0


def test_kept_words_are_those_segmentation_gives(store, seed):
    texts = [s.text for s in seed.sentences[:6]]
    WordCache(seed.text).many(texts)
    kept = wordstore.load(seed.text)
    assert set(kept) == {t.strip() for t in texts}
    assert all(kept[t.strip()] == segment(t) for t in texts)
    assert wordstore.load(seed.text + " ") == {}  # another text: nothing kept for it


def test_a_broken_file_is_ignored_and_then_replaced(store, seed):
    text = seed.text
    WordCache(text).many(["Trời mưa to."])
    (path,) = store.glob("*.json")
    for junk in ("{not json", '{"words": [1, 2]}', '{"words": {"a": [1]}}', "\x00\xff"):
        path.write_text(junk, encoding="utf-8", errors="surrogateescape")
        assert wordstore.load(text) == {}
    cache = WordCache(text)
    assert cache.many(["Trời mưa to."]) == [segment("Trời mưa to.")]
    assert cache.segmented == 1
    assert wordstore.load(text) == {"Trời mưa to.": segment("Trời mưa to.")}


def test_an_empty_setting_keeps_nothing(tmp_path, monkeypatch, seed):
    monkeypatch.setenv("DOCBAO_CACHE_DIR", "")
    assert wordstore.store_dir() is None
    WordCache(seed.text).many(["Trời mưa to."])
    assert wordstore.load(seed.text) == {}
    assert list(tmp_path.iterdir()) == []


def test_only_the_newest_files_are_kept(store, monkeypatch):
    monkeypatch.setattr(wordstore, "KEEP", 2)
    for i in range(4):
        WordCache(f"bài {i}").many([f"Câu số {i}."])
        for path in store.glob("*.json"):  # older files, older times: no two within a clock tick
            stamp = path.stat().st_mtime - 10
            os.utime(path, (stamp, stamp))
    assert len(list(store.glob("*.json"))) == 2
    assert wordstore.load("bài 3") and wordstore.load("bài 2")
    assert not wordstore.load("bài 1") and not wordstore.load("bài 0")


def test_a_store_that_cannot_be_written_is_silent(tmp_path, monkeypatch, seed):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("DOCBAO_CACHE_DIR", str(blocker))
    cache = WordCache(seed.text)
    assert cache.many(["Trời mưa to."]) == [segment("Trời mưa to.")]
    assert wordstore.load(seed.text) == {}
