"""The acronym glossary: the data file, lookups in any spelling, and acronyms found in text."""

from __future__ import annotations

import pytest

from tui.language import glossary
from tui.language.glossary import AcronymMatch, GlossaryEntry, entries, find_acronyms, lookup
from tui.reading.model import Article

REQUIRED = [
    "HĐND",
    "UBND",
    "MTTQ",
    "ĐBQH",
    "BCH",
    "BTV",
    "TƯ",
    "KT-XH",
    "QP-AN",
    "ANTT",
    "CCHC",
    "NTM",
    "THPT",
    "UBKT",
]


def test_the_file_has_the_genre_acronyms() -> None:
    all_entries = entries()
    assert len(all_entries) >= 40
    assert len({e.acronym for e in all_entries}) == len(all_entries)
    for e in all_entries:
        assert e.acronym and e.vi and e.en, e
    for acronym in REQUIRED:
        entry = lookup(acronym)
        assert entry is not None, acronym
        assert entry.acronym == acronym


@pytest.mark.parametrize(
    ("acronym", "vi", "en"),
    [
        ("HĐND", "Hội đồng nhân dân", "People's Council"),
        ("UBND", "Ủy ban nhân dân", "People's Committee"),
        ("MTTQ", "Mặt trận Tổ quốc", "Fatherland Front"),
        ("ĐBQH", "Đại biểu Quốc hội", "National Assembly deputy"),
        ("KT-XH", "Kinh tế - xã hội", "socio-economic"),
    ],
)
def test_expansions(acronym: str, vi: str, en: str) -> None:
    entry = lookup(acronym)
    assert entry is not None
    assert (entry.vi, entry.en) == (vi, en)
    assert entry.expansion == f"{vi} ({en})" == str(entry)


@pytest.mark.parametrize(
    ("spelling", "acronym"),
    [
        ("KTXH", "KT-XH"),
        ("kt - xh", "KT-XH"),
        ("KT–XH", "KT-XH"),
        ("QPAN", "QP-AN"),
        ("TW", "TƯ"),
        ("tư", "TƯ"),
        ("GD-ĐT", "GD&ĐT"),
        (" ubnd ", "UBND"),
        ("HĐND", "HĐND"),
    ],
)
def test_lookup_any_spelling(spelling: str, acronym: str) -> None:
    entry = lookup(spelling)
    assert entry is not None and entry.acronym == acronym


@pytest.mark.parametrize("unknown", ["", "   ", "XYZ", "Ủy", "UBNDX", None, 42])
def test_lookup_unknown(unknown: object) -> None:
    assert lookup(unknown) is None  # type: ignore[arg-type]


def test_find_acronyms_spans() -> None:
    text = "Hội nghị BCH TƯ bàn phát triển KT-XH, KT - XH và đảm bảo QP-AN; Sở GD&ĐT, UBND tỉnh, HĐNDX."
    found = find_acronyms(text)
    assert [text[m.start : m.end] for m in found] == [
        "BCH",
        "TƯ",
        "KT-XH",
        "KT - XH",
        "QP-AN",
        "GD&ĐT",
        "UBND",
    ]
    assert [m.entry.acronym for m in found] == ["BCH", "TƯ", "KT-XH", "KT-XH", "QP-AN", "GD&ĐT", "UBND"]
    start, end, entry = found[0]  # unpacks as (start, end, entry)
    assert (start, end, entry.acronym) == (9, 12, "BCH")
    assert isinstance(found[0], AcronymMatch) and found[0].acronym == "BCH"


def test_word_like_acronym_in_an_all_caps_heading_is_a_word() -> None:
    assert find_acronyms("ĐỔI MỚI TƯ DUY, TƯ TƯỞNG LÃNH ĐẠO") == []
    assert [m.acronym for m in find_acronyms("HỘI NGHỊ BCH TƯ LẦN THỨ 8")] == ["BCH", "TƯ"]
    assert [m.acronym for m in find_acronyms("KỲ HỌP HĐND TỈNH")] == ["HĐND"]


def test_acronyms_inside_words_are_not_found() -> None:
    assert find_acronyms("UBNDTỈNH HĐNDX XUBND") == []
    assert [m.acronym for m in find_acronyms("(UBND)")] == ["UBND"]


def test_seed_acronyms(seed: Article) -> None:
    found = {m.acronym for m in find_acronyms(seed.text)}
    assert {"HĐND", "UBND", "MTTQ", "ĐBQH"} <= found
    for m in find_acronyms(seed.text):
        assert seed.text[m.start : m.end] in (m.entry.acronym, *m.entry.variants)


def test_old_tone_placement_text() -> None:
    found = find_acronyms("Uỷ ban MTTQ tỉnh và UBND")
    assert [m.acronym for m in found] == ["MTTQ", "UBND"]


def test_loaded_once() -> None:
    first = entries()
    assert entries() is first
    assert glossary._table is not None
    assert isinstance(first[0], GlossaryEntry)


@pytest.mark.parametrize("junk", ["", None, 3, "\n\n", "&&&---"])
def test_find_acronyms_junk(junk: object) -> None:
    assert find_acronyms(junk) == []  # type: ignore[arg-type]
