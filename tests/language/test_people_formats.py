"""`docbao people` output: JSON-ready data, text and Markdown."""

from __future__ import annotations

import json

import pytest

from tui.formats import people as fp
from tui.language.people import Mention, People, Person, extract_people
from tui.reading.model import Article


@pytest.fixture(scope="module")
def result(seed: Article) -> People:
    return extract_people(seed, use_ner=False)


def test_to_dict_shape(result: People) -> None:
    d = fp.to_dict(result)
    assert set(d) == {"people", "groups", "photographers", "mentioned"}
    first = d["people"][0]
    assert set(first) == {"name", "roles", "chair", "mentions", "mention_count"}
    assert first["name"] == "Thái Thanh Quý" and first["chair"] is True
    assert first["mention_count"] == len(first["mentions"])
    assert set(first["mentions"][0]) == {"start", "end", "sentence"}
    assert [ph["name"] for ph in d["photographers"]] == ["Thành Duy"]
    assert {"text", "start", "end", "sentence"} <= set(d["groups"][0])
    json.dumps(d, ensure_ascii=False)


def test_to_text(result: People) -> None:
    text = fp.to_text(result)
    assert text.startswith("Chairs\n  Thái Thanh Quý")
    assert "      Phó Bí thư Thường trực Tỉnh ủy" in text
    assert "\nAttendees\n" in text and "Photos: Thành Duy" in text
    assert "Also mentioned: Hồ Chí Minh" in text


def test_to_markdown(result: People, seed: Article) -> None:
    md = fp.to_markdown(result, seed)
    lines = md.splitlines()
    assert lines[0] == f"## People — {seed.title}"
    assert (
        "- **Thái Thanh Quý** (chair) — Ủy viên dự khuyết Trung ương Đảng; Bí thư Tỉnh ủy; Chủ tịch UBND tỉnh"
        in lines
    )
    assert "- **Cao Thị Hiền** — Ủy viên Ban Thường vụ Tỉnh ủy; Phó Chủ tịch HĐND tỉnh" in lines
    assert "**Photos:** Thành Duy" in lines
    assert fp.to_markdown(result).startswith("## People\n")


def test_markdown_escapes_markup() -> None:
    p = People(people=(Person("A *B* _C_", ("[x](y)",), True, (Mention(0, 1, None),)),))
    md = fp.to_markdown(p)
    assert r"**A \*B\* \_C\_** (chair) — \[x\](y)" in md  # the note's escaping: no link, no emphasis


def test_empty() -> None:
    assert fp.to_text(People()) == "No attendees found.\n"
    assert "_No attendees found._" in fp.to_markdown(People())
    assert fp.to_dict(People()) == {"people": [], "groups": [], "photographers": [], "mentioned": []}


def test_attendee_lines(result: People) -> None:
    lines = fp.attendee_lines(result)
    assert lines[0].startswith("- **Thái Thanh Quý** (chair) — ")
    assert lines[-1] == "- Đại diện Ban Thường trực Ủy ban MTTQ tỉnh"
    assert len(lines) == len(result.people) + len(result.groups)
