"""Our fast rankers choose the same sentences as stock sumy on the same Vietnamese words.

Documents: the seed article, the hand-written article of test_summarize, mutated mixes of their
sentences, and small documents made to hit the edge cases (sentences of stop words only,
one-word sentences, ties, no shared words).  Stock sumy runs through the Vietnamese adapter.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import warnings

import pytest
from test_summarize import HAND  # pytest puts this folder on sys.path (rootdir-less import)

from tui.language.adapter import (
    VietnameseTokenizer,
    cue_words,
    doc_of,
    stock_select,
    stock_summarizer,
    sumy_document,
)
from tui.language.algorithms import ALGORITHM_NAMES
from tui.language.rankers import RANKERS, lexrank_scores, lsa, lsa_scores, reduction_scores, textrank_scores
from tui.language.summarize import scope_of, summarize
from tui.language.words import WordCache, cache_for, segment, stop_words
from tui.reading.parse import parse

SUMY = tuple(n for n in ALGORITHM_NAMES if n != "docbao")
COUNTS = (1, 3, 6)
TITLE = "Thường trực HĐND và UBND tỉnh đánh giá thực hiện quy chế phối hợp"


@pytest.fixture(scope="module")
def tokenizer():
    return VietnameseTokenizer(WordCache())


@pytest.fixture(scope="module")
def pool(seed):
    hand = parse(HAND)
    return [s.text for a in (seed, hand) for s in a.body_sentences]


def mutated(pool: list[str], seed: int, size: int = 48) -> list[list[str]]:
    """Paragraphs of distinct sentences: pool sentences with words dropped and swapped."""
    rnd = random.Random(seed)
    out: dict[str, None] = {}
    while len(out) < size:
        words = [w for w in rnd.choice(pool).split() if rnd.random() > 0.2] or ["Câu"]
        if rnd.random() < 0.5:
            i, j = rnd.randrange(len(words)), rnd.randrange(len(words))
            words[i], words[j] = words[j], words[i]
        words = words[: rnd.randint(3, 30)]
        out[" ".join(words).rstrip(".,;:") + "."] = None
    texts = list(out)
    cuts = sorted(rnd.sample(range(1, size), 5))
    return [texts[a:b] for a, b in zip([0, *cuts], [*cuts, size], strict=True)]


# Made for the edge cases: stop words only, one-word sentences (TextRank's and Reduction's zero
# norms), two sentences with the same content words in another order (exact ties for KL and
# SumBasic), numbers, repeats of one word inside a sentence.
EDGE = [
    ["Tỉnh tổ chức hội nghị tổng kết công tác năm.", "Của các và những.", "Hội nghị."],
    ["Hội nghị tỉnh tổ chức tổng kết công tác năm.", "Hội nghị!", "Đó là một."],
    ["Năm 2020 tỉnh tăng trưởng 8,5%, thu ngân sách tăng, đầu tư tăng, xuất khẩu tăng."],
    ["Cử tri kiến nghị nâng cấp đường giao thông nông thôn.", "Tỉnh.", "Huyện."],
    ["Ủy ban tỉnh giao các sở rà soát kiến nghị của cử tri về đường giao thông nông thôn."],
]
DISJOINT = [["Trời mưa to suốt đêm qua.", "Học sinh nghỉ học hôm nay."]]
# Six distinct content words each, each once: LSA ranks them all equal.
TIED = tuple(
    f"Nông dân {place} trồng {crop} ven sông."
    for place, crop in zip(
        ("Nghệ An", "Hà Tĩnh", "Quảng Bình", "Thanh Hóa", "Nam Định", "Thái Bình"),
        ("lúa", "ngô", "sắn", "lạc", "chè", "mía"),
        strict=True,
    )
)


def documents(seed, pool, tokenizer):
    docs = {}
    for name, article in (("seed", seed), ("hand", parse(HAND))):
        scope = scope_of(article)
        paragraphs = [[scope.sentences[i].text for i in p] for p in scope.paragraphs]
        docs[name] = (sumy_document(paragraphs, tokenizer, headings=[scope.headings]), article.title)
    for k in range(3):
        docs[f"mutated-{k}"] = (sumy_document(mutated(pool, k), tokenizer, headings=[[TITLE]]), TITLE)
    docs["edge"] = (sumy_document(EDGE, tokenizer, headings=[["Tỉnh tổng kết công tác năm"]]), "")
    docs["disjoint"] = (sumy_document(DISJOINT, tokenizer), "")
    return docs


@pytest.fixture(scope="module")
def docs(seed, pool, tokenizer):
    return documents(seed, pool, tokenizer)


def ours(name, document, count, title=""):
    stop = stop_words()
    doc = doc_of(document, stop, tokenizer_words(document, title))
    return [i for i, _ in RANKERS[name](doc, count)]


def tokenizer_words(document, title):
    return segment(title) if title else ()


def stock(name, document, count, title=""):
    return stock_select(name, document, count, stop_words(), tokenizer_words(document, title))


@pytest.mark.parametrize("name", [n for n in SUMY if n != "lsa"])
def test_same_sentences_as_stock_sumy(docs, name):
    for label, (document, title) in docs.items():
        for count in COUNTS:
            chosen = ours(name, document, count, title)
            assert chosen == stock(name, document, count, title), (label, count)
            assert chosen and chosen == sorted(set(chosen)), (label, count)  # a real, ordered choice


def test_graph_scores_are_bit_for_bit_sumys(docs):
    """LexRank, TextRank and Reduction: not just the same choice, the very same floats."""
    import numpy as np

    for label, (document, _) in docs.items():
        doc = doc_of(document, stop_words())
        for name, mine in (("textrank", textrank_scores), ("reduction", reduction_scores)):
            theirs = stock_summarizer(name, stop_words()).rate_sentences(document)
            assert [theirs[s] for s in document.sentences] == list(mine(doc)), (label, name)
        lex = stock_summarizer("lexrank", stop_words())
        words = [lex._to_words_set(s) for s in document.sentences]
        matrix = lex._create_matrix(words, lex.threshold, lex._compute_tf(words), lex._compute_idf(words))
        with np.errstate(invalid="ignore"):
            theirs = lex.power_method(matrix, lex.epsilon)
        assert np.array_equal(theirs, lexrank_scores(doc), equal_nan=True), label


def stock_lsa_ranks(document) -> list[float]:
    """Stock LSA's rank of every sentence (its SVD path, before its final sort)."""
    from numpy.linalg import svd

    summarizer = stock_summarizer("lsa", stop_words())
    dictionary = summarizer._create_dictionary(document)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        matrix = summarizer._create_matrix(document, dictionary)
    matrix = summarizer._compute_term_frequency(matrix)
    _, sigma, v = svd(matrix, full_matrices=False)
    return list(summarizer._compute_ranks(sigma, v))


def test_lsa_scores_are_stock_ranks_and_choices_agree_up_to_ties(docs):
    for label, (document, _) in docs.items():
        theirs = stock_lsa_ranks(document)
        mine = lsa_scores(doc_of(document, stop_words()))
        scale = max(theirs)
        assert max(abs(a - b) for a, b in zip(mine, theirs, strict=True)) <= 1e-9 * scale, label
        for count in COUNTS:
            chosen = ours("lsa", document, count)
            rest = [theirs[i] for i in range(len(theirs)) if i not in chosen]
            # a best-`count` choice under stock's own ranks, ties aside ...
            if rest:
                assert min(theirs[i] for i in chosen) >= max(rest) - 1e-9 * scale, (label, count)
            # ... and exactly stock's choice wherever stock's ranks have no tie at the cut
            cut = sorted(theirs, reverse=True)
            if count < len(cut) and cut[count - 1] - cut[count] > 1e-9 * scale:
                assert chosen == stock("lsa", document, count), (label, count)


def test_lsa_ties_go_to_the_earlier_sentence():
    # Every sentence has six distinct content words, each once: all LSA ranks are equal.
    texts = list(TIED)
    doc = doc_of(sumy_document([texts], VietnameseTokenizer()), stop_words())
    scores = lsa_scores(doc)
    assert len(set(scores)) == 1
    assert [i for i, _ in lsa(doc, 3)] == [0, 1, 2]


TIES_SCRIPT = """
import json, sys
from tui.language.algorithms import ALGORITHM_NAMES
from tui.language.summarize import summarize
from tui.reading.parse import parse
article = parse(sys.stdin.read())
print(json.dumps({n: [s.id for s in summarize(article, n, 4).sentences] for n in ALGORITHM_NAMES}))
"""


def test_same_choice_under_every_hash_seed(pool):
    # Ties everywhere for LSA (stock sumy's choice among them follows PYTHONHASHSEED; ours must not).
    body = "\n\n".join(" ".join(p) for p in [TIED, *mutated(pool, 7, 24)])
    text = f"{TITLE}\n\n{body}\n"
    runs = []
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        out = subprocess.run(
            [sys.executable, "-P", "-c", TIES_SCRIPT],
            input=text,
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        runs.append(json.loads(out.stdout))
    assert runs[0] == runs[1]
    assert set(runs[0]) == set(ALGORITHM_NAMES) and all(len(v) == 4 for v in runs[0].values())


@pytest.mark.parametrize("name", SUMY)
def test_summarize_picks_what_stock_sumy_picks_on_the_article(seed, name):
    """End to end: the scope as sumy sees it (title and headings, paragraphs, cue words)."""
    article = parse(HAND)
    for which in (article, seed):
        scope = scope_of(which)
        cache = cache_for(which)
        paragraphs = [[scope.sentences[i].text for i in p] for p in scope.paragraphs]
        document = sumy_document(paragraphs, VietnameseTokenizer(cache), headings=[scope.headings])
        assert [str(s) for s in document.sentences] == [s.text for s in scope.sentences]
        for count in (2, 5):
            ids = [s.id for s in summarize(which, name, count).sentences]
            expected = stock(name, document, count, which.title)
            if name == "lsa":
                # ties: compare the stock ranks of the two choices
                ranks = stock_lsa_ranks(document)
                index = {s.id: i for i, s in enumerate(scope.sentences)}
                mine = sorted(round(ranks[index[i]], 9) for i in ids)
                assert mine == sorted(round(ranks[i], 9) for i in expected)
            else:
                assert ids == [scope.sentences[i].id for i in expected]


# ---------------------------------------------------------------------------------------------
# the adapter


def test_tokenizer_protocol():
    tok = VietnameseTokenizer()
    sentences = tok.to_sentences(
        "Sáng 12/3, TP. Hà Tĩnh khánh thành cầu. Người dân vui mừng!  Cầu dài 420 m."
    )
    assert sentences == ("Sáng 12/3, TP. Hà Tĩnh khánh thành cầu.", "Người dân vui mừng!", "Cầu dài 420 m.")
    words = tok.to_words("Người dân vui mừng!")
    assert words == ("người dân", "vui mừng")
    assert tok.cache.segmented == 1
    tok.to_words("Người dân vui mừng!")
    assert tok.cache.segmented == 1


def test_stock_sumy_summarizes_vietnamese_through_the_adapter():
    from sumy.parsers.plaintext import PlaintextParser

    text = "\n".join(line for line in HAND.splitlines()[2:12])
    parser = PlaintextParser.from_string(text, VietnameseTokenizer())
    document = parser.document
    assert len(document.sentences) >= 8
    assert [h._text for h in document.headings] == ["KẾ HOẠCH NĂM TỚI"]
    summarizer = stock_summarizer("lexrank", stop_words())
    chosen = summarizer(document, 2)
    assert len(chosen) == 2
    assert all(s in document.sentences for s in chosen)


def test_edmundson_cue_words_are_single_words_and_not_stop_words():
    bonus, stigma = cue_words()
    assert len(bonus) >= 20 and len(stigma) >= 20
    assert not bonus & stigma
    stop = stop_words()
    for word in bonus | stigma:
        assert segment(word) == (word,), word
        assert word not in stop, word
