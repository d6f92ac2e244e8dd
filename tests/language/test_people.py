"""People on the seed article: the acceptance list, mentions, and the result's shape."""

from __future__ import annotations

import unicodedata

import pytest
import underthesea  # noqa: F401  (a required dependency: a broken install fails here)

from tui.language.people import People, extract_people
from tui.reading.model import Article
from tui.reading.parse import parse

CHAIRS = {
    "Thái Thanh Quý": {"Ủy viên dự khuyết Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"},
    "Nguyễn Xuân Sơn": {"Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"},
}
ATTENDING = {
    "Cao Thị Hiền": {"Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch HĐND tỉnh"},
    "Lê Hồng Vinh": {"Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh"},
    "Hoàng Viết Đường": {"Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Phó Chủ tịch HĐND tỉnh"},
}


@pytest.fixture(scope="module")
def people(seed: Article) -> People:
    return extract_people(seed, use_ner=False)


def test_seed_attendees_exactly(people: People) -> None:
    assert {p.name: set(p.roles) for p in people.people} == {**CHAIRS, **ATTENDING}


def test_seed_chairs_first(people: People) -> None:
    assert [p.name for p in people.people if p.chair] == list(CHAIRS)
    assert [p.name for p in people.people[:2]] == list(CHAIRS)
    assert [p.name for p in people.people[2:]] == list(ATTENDING)  # in order of first mention


def test_seed_roles_in_written_order(people: People) -> None:
    quy = people.find("Thái Thanh Quý")
    assert quy is not None
    assert quy.roles == ("Ủy viên dự khuyết Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh")


def test_seed_photographer_apart(people: People) -> None:
    assert [ph.name for ph in people.photographers] == ["Thành Duy"]
    assert "Thành Duy" not in {p.name for p in (*people.people, *people.mentioned)}
    assert people.photographers[0].mention_count == 5  # one per captioned photo


def test_seed_related_news_is_not_attendance(seed: Article, people: People) -> None:
    assert "Hồ Chí Minh" not in {p.name for p in people.people}
    assert {p.name for p in people.mentioned} <= {"Hồ Chí Minh"}
    related = {s.id for s in seed.sentences if s.kind == "related"}
    for p in people.people:
        assert not any(m.sentence_id in related for m in p.mentions)


def test_seed_groups(people: People) -> None:
    assert [g.text for g in people.groups] == [
        "Ủy viên Thường trực HĐND tỉnh",
        "Đại diện Ban Thường trực Ủy ban MTTQ tỉnh",
    ]


def test_seed_mentions_are_spans_of_the_text(seed: Article, people: People) -> None:
    for p in (*people.people, *people.mentioned):
        assert p.mention_count == len(p.mentions) > 0
        assert list(p.mentions) == sorted(p.mentions, key=lambda m: m.start)
        for m in p.mentions:
            said = seed.text[m.start : m.end]
            assert said == p.name or said in ", ".join(p.roles)
            sentence = seed.sentences[m.sentence_id]
            assert sentence.start <= m.start and m.end <= sentence.end
    for g in people.groups:  # the span is on the words as written, the text as shown
        said = seed.text[g.start : g.end]
        assert said.casefold().endswith(g.text.casefold()) and g.text[:1].isupper()
    for ph in people.photographers:
        assert all(seed.text[m.start : m.end] == ph.name for m in ph.mentions)


def test_seed_role_only_mentions_count_for_the_holder(seed: Article, people: People) -> None:
    quy, son = people.find("Thái Thanh Quý"), people.find("Nguyễn Xuân Sơn")
    assert quy is not None and son is not None
    quy_said = [seed.text[m.start : m.end] for m in quy.mentions]
    son_said = [seed.text[m.start : m.end] for m in son.mentions]
    # "Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh nhấn mạnh …" in the lead and twice in the body
    assert quy_said.count("Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh") == 3
    assert son_said.count("Chủ tịch HĐND tỉnh") == 1  # "Chủ tịch HĐND tỉnh cũng cho rằng"
    lead = {s.id for s in seed.sentences if s.kind == "lead"}
    assert any(m.sentence_id in lead for m in quy.mentions)
    # "Phó Chủ tịch HĐND tỉnh" is not "Chủ tịch HĐND tỉnh"
    hien = people.find("Cao Thị Hiền")
    assert hien is not None and [seed.text[m.start : m.end] for m in hien.mentions] == ["Cao Thị Hiền"]


def test_seed_with_the_model_gives_the_same(seed: Article, people: People) -> None:
    assert extract_people(seed) == people


def test_cached_per_article(seed: Article) -> None:
    assert extract_people(seed, use_ner=False) is extract_people(seed, use_ner=False)


def test_old_tone_placement_is_normalised(seed: Article, people: People) -> None:
    old = seed.text.replace("Ủy", "Uỷ").replace("ủy", "uỷ")
    assert old != seed.text and len(old) == len(seed.text)
    again = extract_people(parse(old), use_ner=False)
    assert {p.name: set(p.roles) for p in again.people} == {**CHAIRS, **ATTENDING}
    assert [p.mentions for p in again.people] == [p.mentions for p in people.people]


def test_decomposed_text_spans_index_the_original(seed: Article) -> None:
    nfd = unicodedata.normalize("NFD", seed.text)
    assert len(nfd) > len(seed.text)
    result = extract_people(parse(nfd), use_ner=False)
    assert {p.name for p in result.people} == {*CHAIRS, *ATTENDING}
    for p in result.people:
        for m in p.mentions[:3]:
            said = unicodedata.normalize("NFC", nfd[m.start : m.end])
            assert said == p.name or said.startswith(("Bí thư", "Chủ tịch"))


def test_empty_article() -> None:
    assert extract_people(parse("")) == People()
    assert extract_people(parse("Chỉ có tiêu đề")).people == ()
