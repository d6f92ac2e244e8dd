"""The model's classes behave as `@dataclass(frozen=True, slots=True)` classes with the same fields
(their methods are written out by hand, so that the module imports fast)."""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle

import pytest

from tui.reading import model
from tui.reading.model import Article, Caption, Paragraph, RelatedItem, Section, Sentence, Span

CLASSES = [Span, Sentence, Paragraph, Caption, RelatedItem, Section, Article]


def _reference(cls: type) -> type:
    """The class as `@dataclass(frozen=True, slots=True)` would make it, from the same fields."""
    spec = []
    for f in dataclasses.fields(cls):
        if f.default_factory is not dataclasses.MISSING:
            spec.append((f.name, f.type, dataclasses.field(default_factory=f.default_factory)))
        elif f.default is not dataclasses.MISSING:
            spec.append((f.name, f.type, dataclasses.field(default=f.default)))
        else:
            spec.append((f.name, f.type))
    ref = dataclasses.make_dataclass(cls.__name__, spec, frozen=True, slots=True)
    ref.__qualname__ = cls.__qualname__
    return ref


def _samples() -> dict[type, list[tuple]]:
    span = Span(0, 5)
    sentence = Sentence(0, 0, 5, "Chào.", "body", 0)
    para = Paragraph("Chào.", 0, 5, (0,))
    caption = Caption("Ảnh: Thu Hà", 6, 17, "Thu Hà", (1,))
    related = RelatedItem("Tin", "Lead", 18, 30, (2, 3))
    section = Section(None, "opening", (para, caption), 0, 17)
    return {
        Span: [(0, 5), (3, 4)],
        Sentence: [(0, 0, 5, "Chào.", "body", 0), (1, 6, 9, "Ảnh", "caption", None)],
        Paragraph: [("Chào.", 0, 5), ("Chào.", 0, 5, (0, 1))],
        Caption: [("Ảnh: Thu Hà", 6, 17), ("Ảnh: Thu Hà", 6, 17, "Thu Hà", (1,))],
        RelatedItem: [("Tin", "Lead", 18, 30), ("Tin", "Lead", 18, 30, (2, 3))],
        Section: [(None, "opening", (para, caption), 0, 17), ("TIN", "related", (related,), 18, 30)],
        Article: [
            ("Chào.", "Chào.", None, "", (section,), (sentence,)),
            ("Chào.", "Chào.", "TTO", "", (section,), (sentence,), "a.txt", span, span, {"date": "1/2"}),
        ],
    }


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_init_takes_the_fields_in_order_with_their_defaults(cls):
    params = list(inspect.signature(cls.__init__).parameters.values())[1:]
    fields = dataclasses.fields(cls)
    assert [p.name for p in params] == [f.name for f in fields]
    for p, f in zip(params, fields, strict=True):
        if f.default is not dataclasses.MISSING:
            assert p.default == f.default, f.name
        elif f.default_factory is not dataclasses.MISSING:
            assert p.default is None, f.name  # None stands for a fresh default_factory() value
        else:
            assert p.default is inspect.Parameter.empty, f.name


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_behaves_as_a_frozen_slotted_dataclass(cls):
    ref = _reference(cls)
    for args in _samples()[cls]:
        ours, theirs = cls(*args), ref(*args)
        assert repr(ours) == repr(theirs)
        assert ours.__getstate__() == theirs.__getstate__()
        assert ours == cls(*args) and ours != theirs  # by value, and only within the class
        assert not hasattr(ours, "__dict__")
        try:
            expected = hash(theirs)
        except TypeError:  # an Article holds a dict: unhashable, as the dataclass is
            with pytest.raises(TypeError):
                hash(ours)
        else:
            assert hash(ours) == expected
        name = dataclasses.fields(cls)[0].name
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(ours, name, None)
        with pytest.raises(dataclasses.FrozenInstanceError):
            delattr(ours, name)
        with pytest.raises(dataclasses.FrozenInstanceError):
            ours.not_a_field = 1
        for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
            assert pickle.loads(pickle.dumps(ours, protocol)) == ours
        assert copy.copy(ours) == ours and copy.deepcopy(ours) == ours
        first = dataclasses.fields(cls)[0].name
        changed = dataclasses.replace(ours, **{first: getattr(ours, first)})
        assert changed == ours and changed is not ours


def test_replace_changes_one_field():
    span = Span(1, 2)
    assert dataclasses.replace(span, end=9) == Span(1, 9)
    article = Article("x", "x", None, "", (), ())
    assert dataclasses.replace(article, source="TTO").source == "TTO"


def test_each_article_gets_its_own_meta():
    a, b = Article("x", "x", None, "", (), ()), Article("x", "x", None, "", (), ())
    assert a.meta == {} and a.meta is not b.meta


def test_every_class_of_the_module_is_covered():
    records = {c for c in vars(model).values() if isinstance(c, type) and issubclass(c, model._Record)}
    assert records - {model._Record} == set(CLASSES)
