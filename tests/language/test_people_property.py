"""Extraction never raises, whatever the text, and its spans always index the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.language.people import People, extract_people
from tui.reading.parse import parse

# Pieces of the genre, so that the fuzzing reaches deep into the patterns, plus odd characters.
PIECES = [
    "Đồng chí",
    "đồng chí",
    "các đồng chí",
    "Các đồng chí:",
    "Cùng dự có",
    "ông",
    "bà",
    "Ông",
    "Đ/c",
    "Nguyễn",
    "Văn",
    "Thị",
    "A",
    "Thái Thanh Quý",
    "Vừ",
    "Ksor",
    "K'Sor",
    "Niê",
    "Y",
    "Chủ tịch",
    "Phó",
    "Bí thư",
    "Ủy viên",
    "Uỷ viên",
    "dự khuyết",
    "Ban",
    "Thường vụ",
    "Tỉnh ủy",
    "Huyện ủy",
    "UBND",
    "HĐND",
    "MTTQ",
    "tỉnh",
    "huyện",
    "xã",
    "Nam Đàn",
    "Nghệ An",
    "Hà Tĩnh",
    "Sở",
    "Tài nguyên",
    "và",
    "Môi trường",
    "kiêm",
    "nguyên",
    "Trưởng",
    "Cục trưởng",
    "Đại tá",
    "chủ trì",
    "đồng chủ trì",
    "dưới sự chủ trì của",
    "đại diện",
    "lãnh đạo",
    "phát biểu",
    "đường",
    "Trần Phú",
    "số 12",
    "Hồ Chí Minh",
    "Tin liên quan",
    "Ảnh:",
    "ẢNH:",
    "Thành Duy",
    "ĐỒNG CHÍ",
    "NGUYỄN VĂN",
    "BÍ THƯ TỈNH ỦY",
    "PHÁT BIỂU",
    "TƯ",
    "KT-XH",
    "-",
    "–",
    "—",
    ",",
    ";",
    ":",
    ".",
    "…",
    "(",
    ")",
    "(Baonghean.vn) -",
    "\n",
    "\n\n",
    " ",
    "  ",
    "\u0300",
    "\u0301",
    "\u200b",
    "\t",
    "’",
    "'",
    "&",
    "/",
    "1",
    "2024",
]

genre_text = st.lists(st.sampled_from(PIECES), max_size=60).map(" ".join)
any_text = st.text(max_size=300)


def check(text: str, ner: bool = False) -> None:
    article = parse(text)
    result = extract_people(article, use_ner=ner)
    assert isinstance(result, People)
    n = len(article.text)
    for p in (*result.people, *result.mentioned):
        assert p.name.strip()
        assert p.mention_count == len(p.mentions)
        for m in p.mentions:
            assert 0 <= m.start < m.end <= n
    for g in result.groups:
        assert 0 <= g.start < g.end <= n
    for ph in result.photographers:
        assert all(0 <= m.start < m.end <= n for m in ph.mentions)
    assert all(p.chair for p in result.people[: len(result.chairs)])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(genre_text, any_text, st.tuples(genre_text, any_text).map("\n".join)))
def test_never_raises(text: str) -> None:
    check(text)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(genre_text)
def test_never_raises_with_the_model(text: str) -> None:
    check(text, ner=True)
