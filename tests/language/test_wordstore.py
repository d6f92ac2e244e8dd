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


def _rewrite(path, change) -> None:
    import json

    data = json.loads(path.read_text("utf-8"))
    data["words"] = {text: change(text, words) for text, words in data["words"].items()}
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")


@pytest.mark.parametrize(
    "change",
    [
        lambda text, words: [],  # no words: LSA found no body sentences
        lambda text, words: words[:-1],  # cut short
        lambda text, words: ["trời", "mưa"],  # another sentence's words
        lambda text, words: [w.upper() for w in words],  # not as segmentation writes them
        lambda text, words: [*words, "..."],  # punctuation kept as a word
        lambda text, words: "".join(words),  # not a list
    ],
    ids=["empty", "cut", "foreign", "upper", "punctuation", "string"],
)
def test_an_entry_that_does_not_spell_its_sentence_is_segmented_again(store, seed, change):
    expected = summarize(_copy(seed), "lsa", 3)
    assert expected.sentences
    (path,) = store.glob("*.json")
    _rewrite(path, change)
    assert wordstore.load(seed.text) == {}  # every entry dropped
    again = _copy(seed)
    assert summarize(again, "lsa", 3) == expected
    assert cache_for(again).segmented > 0
    assert len(wordstore.load(seed.text)) == len(cache_for(again))  # and kept right this time


def test_kept_words_spell_their_sentences_in_any_tone_mark_placement(store):
    # Segmentation may move a tone mark ('Thuỷ' → 'thủy'): the words still spell the sentence.
    text = "Bà Nguyễn Thị Thuỷ, hoà cùng niềm vui."
    WordCache("bài").many([text])
    kept = wordstore.load("bài")
    assert kept == {text: segment(text)}


def test_the_store_is_bounded_in_bytes(store, monkeypatch):
    WordCache("bài lớn").many([f"Câu số {i} về hội nghị tổng kết." for i in range(200)])
    big = next(store.glob("*.json")).stat().st_size
    monkeypatch.setattr(wordstore, "FILE_LIMIT_BYTES", big - 1)
    WordCache("bài lớn hơn").many([f"Câu số {i} về hội nghị tổng kết." for i in range(300)])
    assert not wordstore.load("bài lớn hơn")  # over the limit for one file: not kept
    assert not wordstore.load("bài lớn")  # a file over the limit is not read, and goes
    assert list(store.glob("*.json")) == []

    monkeypatch.setattr(wordstore, "FILE_LIMIT_BYTES", big * 2)
    monkeypatch.setattr(wordstore, "LIMIT_BYTES", big * 2 + big // 2)
    for i in range(4):
        WordCache(f"bài {i}").many([f"Câu số {n} về hội nghị tổng kết." for n in range(200)])
        for path in store.glob("*.json"):  # older files, older times: no two within a clock tick
            stamp = path.stat().st_mtime - 10
            os.utime(path, (stamp, stamp))
    assert len(list(store.glob("*.json"))) == 2
    assert wordstore.load("bài 3") and wordstore.load("bài 2") and not wordstore.load("bài 1")
