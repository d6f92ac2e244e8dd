"""Every row of the attendee reader's pattern table, on its own example sentences."""

from __future__ import annotations

import re

import pytest

from tui.language.patterns import PATTERNS, SHAPES
from tui.language.people import extract_people
from tui.language.people_scan import Scanner
from tui.reading.parse import parse

CASES = [
    pytest.param(p, sentence, name, expected, id=f"{p.name}-{k}")
    for p in (*PATTERNS, *SHAPES)
    for k, (sentence, name, expected) in enumerate(p.examples)
]


def test_every_row_has_examples_and_compiles() -> None:
    assert len({p.name for p in PATTERNS}) == len(PATTERNS)
    for p in PATTERNS:
        assert p.emits in (
            "event", "chair", "mention", "speaker", "gathering", "elsewhere", "aside", "visited", "dated", "not when", "owner",
            "told back", "list", "group",
        ) and p.where in (
            "sentence", "clause", "body", "before", "after", "back", "forward", "link", "run by", "fronted",
            "chaired next", "kind", "join", "label",
        )
        assert p.examples, p.name
        re.compile(p.regex)
    for shape in SHAPES:
        assert shape.examples, shape.name
        assert callable(getattr(Scanner, f"shape_{shape.method}", None)), shape.method


@pytest.mark.parametrize(("pattern", "sentence", "name", "expected"), CASES)
def test_pattern_row(pattern, sentence: str, name: str, expected: str) -> None:
    # a title that tells of nothing: each row's sentences carry what they need
    people = extract_people(parse(f"Tin trong tỉnh\n\n{sentence}\n"), use_ner=False)
    attendees = {p.name: p for p in people.people}
    mentioned = {p.name for p in people.mentioned}
    if expected == "group":  # a group of who attended, as shown
        assert name in {g.text for g in people.groups}, pattern.name
    elif expected == "mentioned":
        assert name not in attendees and name in mentioned, pattern.name
    else:
        assert name in attendees, pattern.name
        assert attendees[name].chair == (expected == "chair"), pattern.name
