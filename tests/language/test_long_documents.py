"""Long documents: the graph rankers (LexRank, TextRank, Reduction, and the centrality of
`docbao`) build a whole graph up to GRAPH_BLOCK sentences and blocks of it beyond, so memory
stays linear; a scope too long to summarize, or a summary without the memory for it, is one
line, never a MemoryError."""

from __future__ import annotations

import math
import random
import tracemalloc

import numpy as np
import pytest

from tui.language import rankers
from tui.language.newsrank import rank
from tui.language.rankers import GRAPH_BLOCK, Doc, lexrank_scores, reduction_scores, textrank_scores

# Words of a made-up report: a few common ones and many rarer ones, as in the news.
COMMON = ["tỉnh", "huyện", "hội_nghị", "đồng_chí", "kết_quả", "nhiệm_vụ", "năm", "phát_triển"]
RARE = [f"từ{k}" for k in range(400)]
STOP = frozenset({"và", "của", "các"})


def sentences(n: int, seed: int = 0) -> tuple[tuple[str, ...], ...]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        words = rnd.sample(COMMON, rnd.randint(0, 3)) + rnd.sample(RARE, rnd.randint(1, 8))
        words += rnd.sample(sorted(STOP), rnd.randint(0, 2))
        rnd.shuffle(words)
        out.append(tuple(words))
    return tuple(out)


SCORES = [
    (lexrank_scores, rankers._lexrank_scores, math.sqrt),
    (textrank_scores, rankers._textrank_scores, float),
    (reduction_scores, rankers._reduction_scores, lambda size: 1.0),
]


@pytest.mark.parametrize(("scores", "whole", "scale"), SCORES)
def test_up_to_the_block_size_the_graph_is_whole(scores, whole, scale):
    doc = Doc(sentences(60), (), STOP)
    assert np.array_equal(np.asarray(scores(doc)), np.asarray(whole(doc)), equal_nan=True)


@pytest.mark.parametrize(("scores", "whole", "scale"), SCORES)
def test_beyond_it_each_block_is_ranked_as_a_document(monkeypatch, scores, whole, scale):
    monkeypatch.setattr(rankers, "GRAPH_BLOCK", 10)
    doc = Doc(sentences(25), (("tỉnh", "hội_nghị"),), STOP)
    got = np.asarray(scores(doc))
    # 25 sentences: three blocks of 8, 8 and 9, consecutive
    for a, b in ((0, 8), (8, 16), (16, 25)):
        block = np.asarray(whole(Doc(doc.sentences[a:b], doc.headings, STOP)), dtype=np.float64)
        assert np.array_equal(got[a:b], block * scale(b - a)), (a, b)


def test_a_block_with_no_words_scores_zero(monkeypatch):
    """LexRank's power method gives NaN on a graph of empty sentences: in a block, that is 0,
    and the other blocks keep their scores."""
    monkeypatch.setattr(rankers, "GRAPH_BLOCK", 4)
    doc = Doc((*sentences(4), ("và",), ("của",), ("các",), ("và", "của")), (), STOP)
    got = lexrank_scores(doc)
    assert list(got[4:]) == [0.0] * 4
    assert np.all(got[:4] > 0)


@pytest.mark.parametrize("scores", [lexrank_scores, textrank_scores, reduction_scores])
def test_memory_is_linear_in_the_document(scores):
    """Three blocks of sentences: the dense graph of all of them would take 8·n² bytes
    for each of its matrices (128 MB here); one block's takes a ninth of that."""
    n = 2 * GRAPH_BLOCK + 1
    doc = Doc(sentences(n, seed=1), (), STOP)
    tracemalloc.start()
    try:
        got = scores(doc)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(got) == n and np.all(np.isfinite(got))
    assert peak < 8 * n * n // 2


def test_docbao_ranks_a_long_document_in_linear_memory():
    n = 2 * GRAPH_BLOCK + 1
    words = sentences(n, seed=2)
    texts = [" ".join(w).replace("_", " ") + "." for w in words]
    tracemalloc.start()
    try:
        chosen = rank(texts, words, [("tỉnh", "hội_nghị", "kết_quả")], STOP, 5)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(chosen) == 5
    assert peak < 8 * n * n // 2


REPORT = (
    "Huyện Nam Sơn tổng kết năm\n\n"
    "(Báo Miền Núi) - Sáng 3/5, huyện tổ chức hội nghị tổng kết công tác năm.\n\n"
    "Năm qua, huyện làm mới mười hai cây cầu. Thu ngân sách tăng 8%. Số hộ nghèo giảm còn 5%.\n\n"
    "Năm tới, huyện sẽ mở thêm hai trường học. Các xã vùng cao được ưu tiên vốn làm đường.\n"
)


@pytest.fixture
def report(tmp_path):
    path = tmp_path / "bai.txt"
    path.write_text(REPORT, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("algorithm", ["docbao", "lexrank", "luhn"])
def test_a_scope_too_long_to_summarize_is_one_line(monkeypatch, capsys, report, algorithm):
    from tui.cli import main
    from tui.language import summarize

    monkeypatch.setattr(summarize, "MAX_SENTENCES", 4)
    assert main(["summarize", report, "--algorithm", algorithm]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"docbao: {report}: too long to summarize: 5 sentences (at most 4)\n"
    monkeypatch.setattr(summarize, "MAX_SENTENCES", 5)
    assert main(["summarize", report, "--algorithm", algorithm, "-n", "1"]) == 0


def test_a_batch_reports_a_scope_too_long_and_goes_on(monkeypatch, capsys, report, tmp_path):
    from tui.cli import main
    from tui.language import summarize

    short = tmp_path / "ngan.txt"
    short.write_text(REPORT.split("Năm tới")[0], encoding="utf-8")
    monkeypatch.setattr(summarize, "MAX_SENTENCES", 4)
    assert main(["summarize", report, str(short), "-n", "1", "--format", "jsonl"]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1 and str(short) in out
    assert err == f"docbao: {report}: too long to summarize: 5 sentences (at most 4)\n"


def test_a_summary_without_the_memory_for_it_is_one_line(monkeypatch, capsys, report):
    from tui.cli import main
    from tui.language import newsrank

    def exhausted(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(newsrank, "rank", exhausted)
    assert main(["summarize", report]) == 2
    assert capsys.readouterr().err == f"docbao: {report}: not enough memory to summarize it\n"
