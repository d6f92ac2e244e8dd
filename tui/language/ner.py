"""underthesea's NER, asked by the attendee reader where its patterns leave doubt (lazy, optional).

The model is imported on the first question, and never when it is missing or broken (then the
patterns read alone). Answers are cached by sentence text. Its known fault is worked around here:
a LOC entity that opens with "đồng chí" / a title (`ner opener` in data/people_words.tsv) is read
as the person after it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from tui.language.lexicon import table

__all__ = ["ner_label", "ner_words"]

_NER_LOCK = threading.Lock()
_ner_state: dict[str, object] = {}
_NER_CACHE: OrderedDict[str, list[tuple[int, int, str]]] = OrderedDict()
_NER_CACHE_SIZE = 4096
# Entities that open with these are the model's "đồng chí NAME" → LOC fault: the rest is a person.
_PERSON_OPENERS = frozenset(row[0] for row in table("people_words") if row[1] == "ner opener")


def _ner_function():
    if "fn" not in _ner_state:
        try:
            from tui.language.words import import_underthesea

            _ner_state["fn"] = import_underthesea().ner
        except Exception:  # no model, broken install: patterns only
            _ner_state["fn"] = None
    return _ner_state["fn"]


def ner_words(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, entity type or "O") for each word the model returns, as offsets into
    `sentence`. Cached by sentence text; [] when the model is missing or fails."""
    with _NER_LOCK:
        hit = _NER_CACHE.get(sentence)
        if hit is not None:
            _NER_CACHE.move_to_end(sentence)
            return hit
        fn = _ner_function()
        if fn is None or not sentence.strip():
            return []
        try:
            rows = fn(sentence)
        except Exception:
            rows = []
        out: list[tuple[int, int, str]] = []
        cursor = 0
        entity_open: str | None = None
        for row in rows:
            try:
                word, tag = str(row[0]), str(row[-1])
            except (IndexError, TypeError):
                continue
            at = sentence.find(word, cursor)
            if at < 0:
                continue
            cursor = at + len(word)
            kind = tag if tag[:2] in ("B-", "I-") else "O"
            if tag.startswith("B-"):
                entity_open = word.casefold() if word.casefold() in _PERSON_OPENERS else None
            elif not tag.startswith("I-"):
                entity_open = None
            if entity_open and tag.startswith("I-") and word[:1].isupper():
                kind = "B-PER"  # "đồng chí" + name came back as one LOC: the name is a person
                entity_open = None
            out.append((at, cursor, kind))
        _NER_CACHE[sentence] = out
        if len(_NER_CACHE) > _NER_CACHE_SIZE:
            _NER_CACHE.popitem(last=False)
        return out


def ner_label(words: list[tuple[int, int, str]], start: int, end: int) -> str | None:
    """The model's type for [start, end) (offsets in the sentence): "PER", "LOC", …, "O";
    with a "+" when the entity runs over the span's edges ("UBND tỉnh Trần Thắng" as one LOC
    says nothing about "Trần Thắng"); None when the model has no words there."""
    inside = [w for w in words if w[0] < end and w[1] > start]
    if not inside:
        return None
    kinds = {k[2:] if k != "O" else "O" for _, _, k in inside}
    if len(kinds) != 1:
        return "MIXED"
    kind = kinds.pop()
    if kind == "O":
        return "O"
    if inside[0][2].startswith("I-") or inside[0][0] < start - 1 or inside[-1][1] > end + 1:
        return kind + "+"
    after = next((w for w in words if w[0] >= end), None)
    if after is not None and after[2].startswith("I-"):
        return kind + "+"
    return kind
