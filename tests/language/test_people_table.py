"""Every row of the attendee reader's pattern table, on its own example sentences."""

from __future__ import annotations

import ast
import re
from importlib import resources

import pytest

from tui.language.lexicon import table
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
            "sentence", "clause", "body", "before", "after", "back", "forward", "link", "co", "run by", "fronted",
            "chaired next", "kind", "join", "label", "anew",
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


# The modules of the attendee reader: they hold no phrase of their own (patterns.py and the data do).
READER = ("people", "attendance", "people_scan", "occasions", "credits", "ner")


def _source(module: str) -> str:
    return resources.files("tui.language").joinpath(f"{module}.py").read_text(encoding="utf-8")


def test_every_word_list_is_explained_and_read() -> None:
    raw = resources.files("tui.language").joinpath("data/people_words.tsv").read_text(encoding="utf-8")
    code = "".join(_source(m) for m in READER)
    rows = table("people_words")
    assert all(len(r) == 2 for r in rows)
    for name in {r[1] for r in rows}:
        # a comment opens the list with its name, says what it is for and shows it in use
        block = re.search(rf"^# {re.escape(name)}: (?:.*\n# )*.*$", raw, re.MULTILINE)
        assert block and '("' in block.group(), name
        assert f'"{name}"' in code, name
    # the group cues are read as pairs of tokens
    assert all(len(r[0].split()) == 2 for r in rows if r[1] in ("group cue", "delegates cue"))


@pytest.mark.parametrize("module", READER)
def test_the_reader_holds_no_vietnamese_word(module: str) -> None:
    """A string in the code (not a docstring) spells no Vietnamese word: the word lists are data,
    the cue phrases rows of patterns.py; letters in a character class ("[^\\W\\d_a-zđ]") are shapes."""
    tree = ast.parse(_source(module))
    docs = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
            assert not re.search(r"[^\x00-\x7f–—…’]", re.sub(r"\[[^\]]*\]", "", node.value)), (
                module,
                node.lineno,
                node.value,
            )
