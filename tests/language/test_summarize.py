"""summarize(): scope, length, order, repeats, edge cases, the docbao ranker and the output formats."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.formats import summary as fs
from tui.language.algorithms import ALGORITHM_NAMES, DEFAULT_ALGORITHM
from tui.language.newsrank import FEATURES, HAND_SET, Model, default_model, is_fragment, is_protocol
from tui.language.protocol import people_share
from tui.language.summarize import Summary, resolve_length, scope_of, summarize
from tui.language.words import cache_for
from tui.reading.parse import parse

SUMY = ("lexrank", "textrank", "lsa", "luhn", "edmundson", "kl", "sumbasic", "reduction")

# Written for these tests: a lead, a caption, a heading, a sentence repeated word for word, a
# "Xem thêm" link that echoes the title, a byline and a related-news block.
HAND = """Hà Tĩnh khánh thành cầu Hòa Bình nối hai huyện ven biển

(Báo Thử) - Sáng 12/3, UBND tỉnh Hà Tĩnh khánh thành cầu Hòa Bình nối huyện Lộc Hà với huyện Thạch Hà, sau 18 tháng thi công.

Cầu Hòa Bình dài 420 mét, rộng 12 mét, có tổng vốn đầu tư 250 tỷ đồng từ ngân sách tỉnh. Công trình rút ngắn quãng đường giữa hai huyện từ 30 km xuống còn 8 km.

Phát biểu tại lễ khánh thành, Chủ tịch UBND tỉnh nhấn mạnh cây cầu sẽ thúc đẩy kinh tế vùng ven biển. Người dân hai huyện không còn phải đi đò qua sông vào mùa mưa lũ.
Lãnh đạo tỉnh cắt băng khánh thành cầu Hòa Bình. Ảnh: Minh Anh

KẾ HOẠCH NĂM TỚI

Tỉnh sẽ đầu tư nâng cấp tuyến đường ven biển dài 35 km trong năm tới. Dự án dự kiến khởi công vào quý III, với vốn vay ưu đãi.

Ông Trần Văn Nam, người dân xã Thạch Kim, cho biết gia đình ông đã chờ cây cầu này hơn mười năm. Cầu Hòa Bình dài 420 mét, rộng 12 mét, có tổng vốn đầu tư 250 tỷ đồng từ ngân sách tỉnh.

Xem thêm: Hà Tĩnh khởi công cầu Hòa Bình nối hai huyện ven biển

Minh Anh

Tin liên quan

Hà Tĩnh khởi công đường ven biển
Hà Tĩnh khởi công đường ven biển
Tuyến đường dài 35 km sẽ nối các xã ven biển của tỉnh.
"""
REPEATED = "Cầu Hòa Bình dài 420 mét, rộng 12 mét, có tổng vốn đầu tư 250 tỷ đồng từ ngân sách tỉnh."


@pytest.fixture(scope="module")
def hand():
    return parse(HAND, path="hand.txt")


@pytest.fixture(scope="module")
def summaries(seed, hand):
    """Every algorithm's summary of the seed and of HAND with every sentence asked for."""
    return {
        (name, which): summarize(article, name, 100)
        for name in ALGORITHM_NAMES
        for which, article in (("seed", seed), ("hand", hand))
    }


def test_hand_article_parses_as_the_tests_expect(hand):
    kinds = [s.kind for s in hand.sentences]
    assert kinds.count("lead") == 1 and kinds.count("caption") >= 1 and kinds.count("related") >= 1
    assert sum(s.text == REPEATED for s in hand.body_sentences) == 2
    assert [s.role for s in hand.sections] == ["opening", "tasks", "related"]


def test_default_is_a_registered_name():
    assert DEFAULT_ALGORITHM == "docbao"
    assert set(SUMY) < set(ALGORITHM_NAMES)
    assert len(set(ALGORITHM_NAMES)) == len(ALGORITHM_NAMES) == 9


def test_default_algorithm_is_used_when_none_is_named(seed):
    assert summarize(seed) == summarize(seed, DEFAULT_ALGORITHM, 3)
    assert summarize(seed).algorithm == DEFAULT_ALGORITHM


@pytest.mark.parametrize("name", ALGORITHM_NAMES)
def test_scope_is_body_sentences_once_each_in_article_order(summaries, seed, hand, name):
    for which, article in (("seed", seed), ("hand", hand)):
        summary = summaries[(name, which)]
        body = {s.id: s for s in article.body_sentences}
        ids = [s.id for s in summary.sentences]
        assert ids == sorted(set(ids))
        assert set(ids) <= set(body)
        texts = [s.text for s in summary.sentences]
        assert len(texts) == len(set(texts)), "a repeated sentence came back twice"
        # asking for more than there is gives every distinct body sentence
        assert len(ids) == len({s.text for s in body.values()})
        for s in summary.sentences:
            assert article.text[s.start : s.end] == s.text == body[s.id].text
            assert s.section == body[s.id].section


@pytest.mark.parametrize("name", ALGORITHM_NAMES)
def test_repeated_sentence_appears_once_and_first(summaries, hand, name):
    chosen = [s for s in summaries[(name, "hand")].sentences if s.text == REPEATED]
    assert len(chosen) == 1
    assert chosen[0].id == min(s.id for s in hand.body_sentences if s.text == REPEATED)


@pytest.mark.parametrize("name", ALGORITHM_NAMES)
def test_length_is_a_number_of_sentences(seed, name):
    for n in (1, 3, 5):
        summary = summarize(seed, name, n)
        assert len(summary.sentences) == n
        assert (summary.length, summary.ratio, summary.algorithm) == (n, None, name)


def test_ratio_takes_that_share_of_the_scope_at_least_one(seed):
    distinct = len(scope_of(seed).sentences)
    summary = summarize(seed, "lexrank", 0.5)
    assert summary.ratio == 0.5
    assert summary.length == len(summary.sentences) == distinct // 2
    tiny = summarize(seed, "lexrank", 0.001)
    assert tiny.length == len(tiny.sentences) == 1
    assert len(summarize(seed, "lexrank", 1.0).sentences) == distinct


def test_resolve_length_rules():
    assert resolve_length(3, 10) == (3, None)
    assert resolve_length(0, 10) == (0, None)
    assert resolve_length(0.3, 10) == (3, 0.3)
    assert resolve_length(0.29, 100) == (29, 0.29)  # no float fuzz: 0.29 * 100 = 28.999…
    assert resolve_length(0.05, 10) == (1, 0.05)
    assert resolve_length(0.5, 0) == (0, 0.5)
    for bad in (-1, 0.0, 1.5, -0.2):
        with pytest.raises(ValueError):
            resolve_length(bad, 10)
    for bad in (True, "3", None):
        with pytest.raises(TypeError):
            resolve_length(bad, 10)


@pytest.mark.parametrize("name", ALGORITHM_NAMES)
def test_section_scope(hand, name):
    tasks = summarize(hand, name, 100, section=1)
    assert tasks.section == 1
    assert tasks.sentences and all(s.section == 1 for s in tasks.sentences)
    assert {s.id for s in tasks.sentences} <= {s.id for s in hand.section_sentences(1)}
    # the related-news section has no body sentences: an empty summary, not an error
    related = summarize(hand, name, 3, section=2)
    assert related.sentences == () and related.section == 2


def test_bad_requests_raise(hand):
    with pytest.raises(ValueError, match="unknown algorithm"):
        summarize(hand, "textrankk")
    with pytest.raises(ValueError, match="no section"):
        summarize(hand, "lexrank", 3, section=3)
    with pytest.raises(ValueError, match="no section"):
        summarize(hand, "lexrank", 3, section=-1)
    with pytest.raises(TypeError):
        summarize(hand, "lexrank", 3, section="1")


@pytest.mark.parametrize("name", ALGORITHM_NAMES)
def test_empty_and_one_sentence_articles(name):
    empty = summarize(parse("Chỉ có tiêu đề\n"), name, 3)
    assert empty == Summary(name, 3, None, None, ())
    nothing = summarize(parse(""), name, 0.5)
    assert nothing.sentences == () and nothing.length == 0
    one = parse("Tiêu đề bài báo\n\nChiều nay, tỉnh tổ chức hội nghị tổng kết công tác năm.\n")
    summary = summarize(one, name, 3)
    assert [s.id for s in summary.sentences] == [s.id for s in one.body_sentences]
    assert len(summary.sentences) == 1
    zero = summarize(one, name, 0)
    assert zero.sentences == ()


def test_each_sentence_is_segmented_once_per_article(hand):
    article = parse(HAND)
    for name in ALGORITHM_NAMES:
        summarize(article, name, 2)
        summarize(article, name, 0.5, section=1)
    cache = cache_for(article)
    scope = scope_of(article)
    expected = {s.text for s in scope.sentences} | set(scope.headings) | {article.lead}
    assert cache.segmented == len(expected) == len(cache)


def test_scores_are_finite_and_the_greedy_ones_count_steps(summaries):
    for summary in summaries.values():
        assert all(s.score == s.score and abs(s.score) != float("inf") for s in summary.sentences)
    steps = sorted(s.score for s in summaries[("kl", "seed")].sentences)
    assert steps == [float(-k) for k in range(len(steps))][::-1]


# ---------------------------------------------------------------------------------------------
# docbao


def test_fragments_are_recognised():
    assert is_fragment("Minh Anh")
    assert is_fragment("Xem thêm: Hà Tĩnh khởi công cầu Hòa Bình nối hai huyện ven biển")
    assert is_fragment("Xem thêm > > > Một bài khác.")
    assert is_fragment("KẾT QUẢ NỔI BẬT")
    assert not is_fragment("Cầu dài 420 mét.")
    assert not is_fragment("Ông nói: “Chúng tôi đã chờ mười năm.”")
    assert not is_fragment("Vụ việc đang được điều tra…")


@pytest.mark.parametrize(
    "text",
    [
        "Tham dự có đồng chí Võ Thị Minh Nguyệt - Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch HĐND tỉnh.",
        "Cùng dự có các đồng chí trong Ban Thường vụ Huyện ủy, đại biểu HĐND huyện.",
        "Dự hội nghị có đồng chí Nguyễn Văn Bình - Giám đốc Sở Tài chính.",
        "Về phía huyện Diễn Châu có các đồng chí: Nguyễn Văn An, Trần Thị Hoa.",
        "Đồng chí Lê Hùng - Bí thư Huyện ủy và đồng chí Trần Văn Kỳ - Phó Chủ tịch HĐND huyện đồng chủ trì kỳ họp.",
        "Đến dự hội nghị có đồng chí Lê Văn Ánh, Phó Chủ tịch UBND tỉnh.",
        "Hội nghị do ông Vi Văn Hùng, Chủ tịch Hội Nông dân tỉnh chủ trì.",
        "Hội nghị do bà Nông Lan chủ tọa.",
        "Đi cùng có lãnh đạo các sở, ngành của tỉnh.",
        "Tham gia tiếp xúc có đồng chí Nguyễn Văn An, Trưởng ban Pháp chế HĐND tỉnh.",
        "Về dự buổi lễ có đồng chí Trần Văn Bình, Phó Bí thư Tỉnh ủy.",
        "Cùng tiếp công dân có các đồng chí: Nguyễn Văn An, Trần Thị Hoa.",
        # whatever verb opens or closes it: who chaired, ran, received or welcomed
        "Chủ trì hội nghị có đồng chí Đỗ Minh Tuấn, Phó Bí thư Thường trực Tỉnh ủy.",
        "Đồng chí Y Thuận Niê - Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh và đồng chí H'Lan Mlô - Phó Chủ tịch HĐND tỉnh điều hành phiên họp.",
        "Làm việc với đoàn, về phía UBND huyện có đồng chí Hoàng Văn Lợi, Phó Chủ tịch UBND huyện.",
        "Tiếp đoàn có ông Lò Văn Tiến - Giám đốc Sở Nông nghiệp và Phát triển nông thôn; bà Hà Thị Mai - Phó Giám đốc Sở Tài chính.",
        "Đón đoàn có đồng chí Phạm Quang Huy, Bí thư Huyện ủy Tương Dương.",
        # attendance said by its verbs, bodies named by what they are, religious titles
        "Dự họp còn có các phó giám đốc sở, lãnh đạo các phòng ban, đơn vị của huyện.",
        "Tham dự buổi làm việc còn có Phó Chủ tịch UBND tỉnh Lò Văn Pá và lãnh đạo các sở, ngành.",
        "Tiếp đoàn có hòa thượng Thích Minh Tâm, trưởng ban trị sự tỉnh hội Phật giáo.",
        "Tham dự phiên họp có đại diện 18 bộ, cơ quan thành viên của Ủy ban Quốc gia.",
    ],
)
def test_protocol_sentences_are_recognised(text):
    assert is_protocol(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kết luận cuộc làm việc, đồng chí Thái Thanh Quý yêu cầu các sở tập trung tháo gỡ khó khăn.",
        "Dự kiến năm 2024, tỉnh thu ngân sách đạt 20.000 tỷ đồng.",
        "Dự án cầu Hòa Bình được khởi công từ tháng 3.",
        "Phát biểu chỉ đạo, Chủ tịch UBND tỉnh đề nghị các ngành chủ trì rà soát lại các dự án.",
        "Sở Công Thương chủ trì, phối hợp với các ngành triển khai kế hoạch.",
        "Cùng với đó, tỉnh có thêm 5 xã đạt chuẩn nông thôn mới.",
        "Đoàn công tác đã đến thăm và làm việc tại 3 xã, kiểm tra tiến độ xây dựng nông thôn mới.",
        "Doanh nghiệp trong tỉnh xuất khẩu 2 tỷ USD hàng thủy sản trong năm nay.",
        # a chair who also says what was decided: the decision is the story
        "Đồng chí Vũ Đức Thắng - Chủ tịch UBND tỉnh chủ trì hội nghị và kết luận: tỉnh dành 200 tỷ đồng nâng cấp 35 km đường ven biển trong năm 2025.",
        "Ông Trần Văn Nam, Chủ tịch UBND xã Thạch Kim, cho biết xã đã hoàn thành giải phóng mặt bằng cho 12 hộ dân.",
        # names without people's titles: a crime report's suspect, places
        "Nguyễn Văn Tám (SN 1990, trú tại thôn Yên Lạc, xã Đông Sơn) bị bắt khi đang vận chuyển 2 bánh heroin.",
        "Khu du lịch biển Thiên Cầm đón hơn 320.000 lượt khách, tăng 15% so với cùng kỳ.",
    ],
)
def test_statements_are_no_protocol(text):
    assert not is_protocol(text)


def test_protocol_is_the_share_of_names_and_offices():
    share, someone = people_share("Dự hội nghị có đồng chí Nguyễn Văn Bình - Giám đốc Sở Tài chính.")
    assert someone and share > 0.6
    # the same people, with what they decided: the share falls below the bar
    longer = people_share(
        "Đồng chí Nguyễn Văn Bình - Giám đốc Sở Tài chính đề nghị các huyện giải ngân hết 180 tỷ đồng vốn đầu tư công trước ngày 30/9."
    )
    assert longer[1] and longer[0] < 0.4
    assert people_share("Mưa lớn kéo dài làm ngập 200 ha lúa.") == (0.0, False)
    assert people_share("") == (0.0, False)


CHAIRED_REPORT = """HĐND huyện Hương Khê khai mạc kỳ họp thứ 9

(Báo Thử) - Sáng 8/7, HĐND huyện Hương Khê khai mạc kỳ họp thứ 9, xem xét kết quả 6 tháng đầu năm.

Chủ trì kỳ họp có đồng chí Đặng Văn Hòa - Bí thư Huyện ủy, Chủ tịch HĐND huyện.

Đồng chí Phan Thị Lụa - Phó Chủ tịch HĐND huyện và đồng chí Cao Văn Lâm - Ủy viên Thường trực HĐND huyện điều hành phiên thảo luận.

Làm việc tại kỳ họp, về phía UBND huyện có đồng chí Lê Minh Tâm - Chủ tịch UBND huyện.

Theo báo cáo, 6 tháng đầu năm, tổng giá trị sản xuất của huyện tăng 7,4%; thu ngân sách đạt 96 tỷ đồng, bằng 58% dự toán.

Cử tri phản ánh tuyến đường tỉnh lộ 17 xuống cấp, nhiều đoạn sụt lún sau mùa mưa.

Kỳ họp thông qua 7 nghị quyết, trong đó có nghị quyết phân bổ 42 tỷ đồng sửa chữa tỉnh lộ 17.
"""


def test_docbao_puts_who_chaired_after_the_story_whatever_the_verb():
    article = parse(CHAIRED_REPORT)
    chosen = [s.text for s in summarize(article, "docbao", 3).sentences]
    assert len(chosen) == 3 and not any(is_protocol(t) for t in chosen), chosen
    everything = summarize(article, "docbao", len(article.body_sentences)).sentences
    assert [is_protocol(s.text) for s in everything].count(True) == 3


PROTOCOL_REPORT = """HĐND huyện Cẩm Xuyên khai mạc kỳ họp thứ 14

(Báo Thử) - Sáng 17/7, HĐND huyện Cẩm Xuyên khai mạc kỳ họp thứ 14 đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm.

Tham dự kỳ họp có đồng chí Võ Thị Minh Nguyệt - Phó Chủ tịch HĐND tỉnh. Cùng dự có các đồng chí trong Ban Thường vụ Huyện ủy, đại biểu HĐND huyện.

Đồng chí Lê Hùng - Bí thư Huyện ủy, Chủ tịch HĐND huyện và đồng chí Trần Văn Kỳ - Phó Chủ tịch HĐND huyện đồng chủ trì kỳ họp.

Theo báo cáo của UBND huyện, 6 tháng đầu năm, tăng trưởng kinh tế - xã hội của huyện ước đạt 8,2%; thu ngân sách đạt 186 tỷ đồng, bằng 62% dự toán.

Khu du lịch biển Thiên Cầm đón hơn 320.000 lượt khách, tăng 15% so với cùng kỳ. Tình trạng xâm nhập mặn tại các xã ven biển vẫn là vấn đề cử tri quan tâm.

Kỳ họp diễn ra trong 2 ngày. HĐND huyện sẽ xem xét, thông qua 9 nghị quyết về kinh tế - xã hội.
"""


def test_docbao_leaves_who_attended_to_the_attendee_pane():
    article = parse(PROTOCOL_REPORT)
    chosen = [s.text for s in summarize(article, "docbao", 3).sentences]
    assert len(chosen) == 3 and not any(is_protocol(t) for t in chosen), chosen
    # Asked for every sentence, it still gives them, after the story's.
    everything = summarize(article, "docbao", len(article.body_sentences)).sentences
    assert sum(is_protocol(s.text) for s in everything) == 3


def test_docbao_prefers_the_headline_story_and_skips_links_and_bylines(hand):
    ids = {s.text: s.id for s in hand.body_sentences}
    full = summarize(hand, "docbao", 100).sentences
    summary = summarize(hand, "docbao", 3)
    chosen = [s.text for s in summary.sentences]
    # the opening of the bridge, closest to the headline
    assert any(t.startswith("Phát biểu tại lễ khánh thành") for t in chosen)
    assert not any(is_fragment(t) for t in chosen)
    # fragments come only once the real sentences run out: asking for exactly as many
    # sentences as there are real ones takes no fragment, one more takes a fragment
    real = len({s.text for s in hand.body_sentences if not is_fragment(s.text)})
    assert not any(is_fragment(s.text) for s in summarize(hand, "docbao", real).sentences)
    one_more = summarize(hand, "docbao", real + 1).sentences
    assert sum(is_fragment(s.text) for s in one_more) == 1
    assert ids["Minh Anh"] in {s.id for s in full}


def test_the_shipped_weights_name_every_feature_and_nothing_else():
    from importlib import resources

    text = resources.files("tui.language").joinpath("data/newsrank.tsv").read_text("utf-8")
    model = Model.parse(text)
    assert set(model.weights) == set(FEATURES)
    assert (model.link, model.blocking) == ("logistic", "trigram")
    assert model.reference > 0  # the summary is weighed as a whole
    assert default_model() == model
    with pytest.raises(ValueError, match="unknown name"):
        Model.parse("closeness\t1.0")
    # the hand-set weights, written the same way
    assert Model.parse("relevance 1\nposition 0.2\ncentrality 0.05\nredundancy 0.5") == HAND_SET


def test_pair_centrality_counts_the_syllable_pairs_other_sentences_share():
    # What ROUGE-2 counts: lower-cased syllable pairs, punctuation left out. The sentence made
    # only of what the others say ("giá lúa", "lúa tăng") is the most central; one that shares
    # no pair with the others is 0.
    from tui.language.newsrank import features
    from tui.language.words import stop_words

    words = [
        ("Giá lúa", "tăng", "."),
        ("Nông dân", "vui", "vì", "giá lúa", "tăng", "."),
        ("GIÁ LÚA", "TĂNG", ",", "thương lái", "mua", "nhiều", "."),
        ("Trời", "mưa", "to", "cả", "ngày", "."),
    ]
    texts = [" ".join(w) for w in words]
    found = features(texts, words, [("Giá lúa", "tăng")], stop_words())
    column = found.matrix[:, FEATURES.index("pair_centrality")]
    assert column[0] == 1.0 and column[3] == 0.0
    # two shared pairs of six each: upper case and the comma change nothing
    assert column[1] == column[2] == pytest.approx(1 / 3)


def _weighed(odds, sizes, count, reference=20.0, last=None):
    """`newsrank.select` on sentences given only their odds and sizes (no two share a word)."""
    import numpy as np

    from tui.language.newsrank import Features, select

    n = len(odds)
    words = [(f"w{i}a", f"w{i}b", f"w{i}c") for i in range(n)]
    pairs = [{(f"s{i}", f"{k}") for k in range(size - 1)} for i, size in enumerate(sizes)]
    found = Features(None, None, last or [0] * n, np.zeros(n), np.array(sizes, dtype=float), pairs)
    model = Model({}, 0.0, "trigram", 0.0, "logistic", reference)
    return [i for i, _ in select(np.array(odds), found, words, count, model)]


def test_a_summary_is_weighed_by_what_it_is_expected_to_share_with_the_lead():
    # Σ odds × syllables / (Σ syllables + reference): a long sentence a little less likely
    # holds more of the lead than a short one; much less likely, it does not.
    assert _weighed([0.5, 0.45, 0.4], [10, 10, 80], 2) == [0, 2]
    assert _weighed([0.5, 0.45, 0.15], [10, 10, 80], 2) == [0, 1]
    # without a reference, the best sentences one by one
    assert _weighed([0.5, 0.45, 0.4], [10, 10, 80], 2, reference=0.0) == [0, 1]
    # a sentence whose syllable pairs are all taken already adds only itself: ROUGE counts a
    # pair of the lead once
    import numpy as np

    from tui.language.newsrank import Features, select

    same = [{("a", "b"), ("b", "c"), ("c", "d")}] * 2 + [{("x", "y"), ("y", "z")}]
    found = Features(None, None, [0, 0, 0], np.zeros(3), np.array([4.0, 4.0, 3.0]), same)
    words = [("a b", "c", "d"), ("a", "b c", "d"), ("x", "y", "z")]
    model = Model({}, 0.0, "trigram", 0.0, "logistic", 20.0)
    assert [i for i, _ in select(np.array([0.6, 0.5, 0.4]), found, words, 2, model)] == [0, 2]
    # the protocol's sentences and fragments still come last, however likely
    assert _weighed([0.9, 0.45, 0.4], [10, 10, 80], 2, last=[1, 0, 0]) == [1, 2]
    assert _weighed([0.9, 0.45, 0.4], [10, 10, 80], 3, last=[2, 0, 1]) == [0, 1, 2]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.floats(0.01, 0.99), st.integers(1, 60)), min_size=1, max_size=7),
    st.integers(1, 4),
)
def test_the_summary_weighed_as_a_whole_is_the_best_of_all(sentences, count):
    # The rounds of prices find the summary that no other of the same size beats.
    import itertools

    odds, sizes = [p for p, _ in sentences], [k for _, k in sentences]
    count = min(count, len(odds))

    def value(chosen):
        return sum(odds[i] * sizes[i] for i in chosen) / (sum(sizes[i] for i in chosen) + 20.0)

    best = max(value(c) for c in itertools.combinations(range(len(odds)), count))
    assert value(_weighed(odds, sizes, count)) == pytest.approx(best)


def test_docbao_does_not_take_two_near_copies():
    base = "Công an tỉnh Quảng Nam khởi tố vụ án buôn lậu gỗ quý tại huyện Nam Giang"
    text = "\n\n".join(
        [
            "Quảng Nam khởi tố vụ án buôn lậu gỗ quý",
            f"{base}.",
            f"Ngày 3/4, {base[0].lower()}{base[1:]}.",
            "Lực lượng chức năng thu giữ 12 mét khối gỗ hương tại hiện trường.",
            "Các đối tượng khai nhận đã vận chuyển gỗ từ rừng phòng hộ ra quốc lộ.",
        ]
    )
    article = parse(text)
    chosen = [s.text for s in summarize(article, "docbao", 2).sentences]
    assert len(chosen) == 2
    assert sum(base.split()[-1] in t and "buôn lậu" in t for t in chosen) == 1
    # with room for every sentence, the near copy fills in after the others
    assert len(summarize(article, "docbao", 4).sentences) == 4


def test_docbao_does_not_repeat_the_lead():
    lead = "Sáng 12/1, UBND tỉnh Hà Tĩnh tổng kết chương trình xây dựng nông thôn mới năm 2023."
    text = "\n\n".join(
        [
            "Hà Tĩnh tổng kết xây dựng nông thôn mới",
            f"(Báo Hà Tĩnh) - {lead}",
            lead,  # the body opens by repeating the lead, as papers often do
            "Năm 2023, toàn tỉnh có thêm 12 xã đạt chuẩn nông thôn mới nâng cao.",
            "Thu nhập bình quân của người dân nông thôn đạt 52 triệu đồng mỗi năm.",
        ]
    )
    article = parse(text)
    repeated = next(s for s in article.body_sentences if s.text == lead)
    chosen = summarize(article, "docbao", 2).sentences
    assert repeated.id not in {s.id for s in chosen}
    assert len(chosen) == 2
    # the lead's echo still fills in when nothing else is left
    assert repeated.id in {s.id for s in summarize(article, "docbao", 3).sentences}


def test_docbao_on_the_seed_leaves_out_captions(seed, summaries):
    caption_ids = {i for c in seed.captions for i in c.sentence_ids}
    summary = summarize(seed, "docbao", 3)
    assert len(summary.sentences) == 3
    assert not caption_ids & {s.id for s in summary.sentences}
    assert all(0 < s.score < 1 for s in summary.sentences)  # the oracle's odds


# ---------------------------------------------------------------------------------------------
# properties


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=st.sampled_from(ALGORITHM_NAMES),
    length=st.one_of(st.integers(0, 25), st.floats(0.01, 1.0)),
    section=st.one_of(st.none(), st.integers(0, 2)),
)
def test_summary_invariants(seed, name, length, section):
    if section is not None and section >= len(seed.sections):
        section = None
    summary = summarize(seed, name, length, section)
    pool = seed.body_sentences if section is None else seed.section_sentences(section)
    distinct = len({s.text for s in pool})
    ids = [s.id for s in summary.sentences]
    assert ids == sorted(set(ids))
    assert set(ids) <= {s.id for s in pool}
    assert len(ids) == min(summary.length, distinct)
    if isinstance(length, float):
        assert summary.ratio == length and 1 <= summary.length <= max(distinct, 1)
    else:
        assert summary.length == length and summary.ratio is None


# ---------------------------------------------------------------------------------------------
# formats


def test_json_form(hand):
    summary = summarize(hand, "lexrank", 2, section=0)
    data = fs.to_dict(summary)
    assert list(data) == ["algorithm", "length", "ratio", "section", "sentences"]
    assert (data["algorithm"], data["length"], data["ratio"], data["section"]) == ("lexrank", 2, None, 1)
    assert [list(s) for s in data["sentences"]] == [["id", "section", "start", "end", "score", "text"]] * 2
    for row, s in zip(data["sentences"], summary.sentences, strict=True):
        assert hand.text[row["start"] : row["end"]] == row["text"] == s.text
        assert row["score"] == s.score
    json.dumps(data, allow_nan=False)


def test_text_form_is_one_sentence_a_line(hand):
    summary = summarize(hand, "docbao", 3)
    text = fs.to_text(summary, hand)
    assert text.endswith("\n")
    assert text.splitlines() == [s.text for s in summary.sentences]
    assert fs.to_text(summarize(hand, "docbao", 0), hand) == ""


def test_markdown_form(hand):
    summary = summarize(hand, "docbao", 3, section=1)
    md = fs.to_markdown(summary, hand)
    lines = md.splitlines()
    assert lines[0] == "# " + hand.title
    assert "Báo Thử" in md and "hand.txt" in md and "KẾ HOẠCH NĂM TỚI" in md
    assert [ln[2:] for ln in lines if ln.startswith("- ")] == [s.text for s in summary.sentences]
    empty = fs.to_markdown(summarize(hand, "docbao", 3, section=2), hand)
    assert "- (nothing to summarize)" in empty


def test_summaries_import_neither_scipy_nor_sumy():
    # Both are slow to import (scipy.sparse 150 ms, sumy's summarizers NLTK): the reader's first
    # summary must not wait for them, whatever the algorithm.
    code = (
        "import sys\n"
        "from tui.language.algorithms import ALGORITHM_NAMES\n"
        "from tui.language.summarize import summarize\n"
        "from tui.reading.parse import parse\n"
        f"article = parse({HAND!r})\n"
        "assert all(summarize(article, name, 2).sentences for name in ALGORITHM_NAMES)\n"
        "print(','.join(m for m in ('scipy', 'sumy', 'nltk') if m in sys.modules) or 'none')\n"
    )
    env = dict(os.environ, DOCBAO_CACHE_DIR="")
    out = subprocess.run([sys.executable, "-P", "-c", code], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "none"


def test_the_registry_names_a_ranker_for_every_algorithm():
    import importlib

    from tui.language.algorithms import ALGORITHM_NAMES, ALGORITHMS, DEFAULT_ALGORITHM
    from tui.language.rankers import RANKERS

    assert DEFAULT_ALGORITHM in ALGORITHMS and tuple(ALGORITHMS) == ALGORITHM_NAMES
    for name, algorithm in ALGORITHMS.items():
        module, attribute = algorithm.ranker.split(":")
        assert algorithm.load() is getattr(importlib.import_module(module), attribute), name
        if module == "tui.language.rankers":
            assert RANKERS[name] is algorithm.load()
    assert set(RANKERS) == set(ALGORITHMS) - {"docbao"}


def test_summarize_has_no_branch_on_an_algorithm_name():
    # The registry says which ranker runs; summarize builds one Doc for all of them.
    from importlib import resources

    source = resources.files("tui.language").joinpath("summarize.py").read_text("utf-8")
    for name in ALGORITHM_NAMES:
        assert f'== "{name}"' not in source and f"== '{name}'" not in source


REPEATED_STORY = """HĐND huyện Kỳ Sơn họp chuyên đề về tỉnh lộ

(Báo Thử) - Sáng 9/8, HĐND huyện Kỳ Sơn họp chuyên đề bàn việc sửa tỉnh lộ 48.

Kỳ họp thông qua nghị quyết phân bổ 42 tỷ đồng sửa chữa tỉnh lộ 48 trong năm nay.

Tham dự kỳ họp có đồng chí Lữ Văn Quang - Bí thư Huyện ủy, Chủ tịch HĐND huyện.

Cử tri phản ánh nhiều đoạn tỉnh lộ sụt lún sau mùa mưa, xe tải không qua được.

Nghị quyết phân bổ 42 tỷ đồng sửa chữa tỉnh lộ được thông qua với 100% đại biểu tán thành.
"""


def test_a_near_repeat_of_the_story_comes_before_who_attended():
    # two sentences of the story and a near-repeat of one of them: the summary of three takes the
    # near-repeat rather than the sentence of who attended
    article = parse(REPEATED_STORY)
    chosen = [s.text for s in summarize(article, "docbao", 3).sentences]
    assert len(chosen) == 3 and not any(is_protocol(t) for t in chosen), chosen
