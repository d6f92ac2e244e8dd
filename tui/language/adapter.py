"""sumy for Vietnamese: a tokenizer, a document builder and the stock summarizers, configured.

Stock sumy cannot summarize Vietnamese: it has no Vietnamese tokenizer or stop words, and its
default tokenizer needs NLTK data that cannot be downloaded here.  `VietnameseTokenizer` fills
that gap (sentences from our splitter, words from underthesea, lower-cased); `stock_summarizer`
returns any of sumy's eight summarizers with underthesea's stop words (and, for Edmundson,
Vietnamese cue words, the title as bonus words).

The app and the CLI run `tui.language.rankers` instead, which chooses the same sentences as
these stock classes without their cost (sumy's summarizers import NLTK, 0.65 s, and most are
quadratic or worse in pure Python).  The stock classes stay available here for the tests that
assert that agreement and for `bench/speed.py`.

Importing sumy's summarizers imports NLTK (about 0.65 s): everything is imported lazily.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from typing import Any

from tui.language.rankers import Doc, Ranked, edmundson
from tui.language.words import WordCache

__all__ = [
    "VietnameseTokenizer",
    "cue_words",
    "edmundson_with_cues",
    "edmundson_words",
    "stock_select",
    "stock_summarizer",
    "sumy_document",
]

STOCK_CLASSES = {
    "lexrank": ("sumy.summarizers.lex_rank", "LexRankSummarizer"),
    "textrank": ("sumy.summarizers.text_rank", "TextRankSummarizer"),
    "lsa": ("sumy.summarizers.lsa", "LsaSummarizer"),
    "luhn": ("sumy.summarizers.luhn", "LuhnSummarizer"),
    "edmundson": ("sumy.summarizers.edmundson", "EdmundsonSummarizer"),
    "kl": ("sumy.summarizers.kl", "KLSummarizer"),
    "sumbasic": ("sumy.summarizers.sum_basic", "SumBasicSummarizer"),
    "reduction": ("sumy.summarizers.reduction", "ReductionSummarizer"),
}


class VietnameseTokenizer:
    """sumy's tokenizer protocol (`to_sentences`, `to_words`) for Vietnamese.

    Words come from a `WordCache`, so a sentence that sumy asks about again (every summarizer
    does) is not segmented again.
    """

    language = "vietnamese"

    def __init__(self, cache: WordCache | None = None) -> None:
        self.cache = cache if cache is not None else WordCache()

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        from tui.reading.sentences import split_sentences

        return tuple(paragraph[a:b] for a, b in split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return self.cache.words(sentence)


def sumy_document(
    paragraphs: Iterable[Sequence[str]],
    tokenizer: VietnameseTokenizer,
    headings: Sequence[Sequence[str]] = (),
):
    """sumy's ObjectDocumentModel: `paragraphs` of sentence texts; `headings[k]` (texts) open
    paragraph k (pass the title as the first paragraph's heading)."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    built = []
    for k, texts in enumerate(paragraphs):
        heads = [Sentence(h, tokenizer, is_heading=True) for h in (headings[k] if k < len(headings) else ())]
        built.append(Paragraph([*heads, *(Sentence(t, tokenizer) for t in texts)]))
    return ObjectDocumentModel(built)


def doc_of(document: Any, stop_words: frozenset[str], title_words: Iterable[str] = ()) -> Doc:
    """Our `Doc` for a sumy document: the very words and paragraphs sumy's summarizers see."""
    paragraphs, k = [], 0
    for paragraph in document.paragraphs:
        size = len(paragraph.sentences)
        paragraphs.append(tuple(range(k, k + size)))
        k += size
    words = edmundson_words(title_words, stop_words)
    return Doc(
        sentences=tuple(tuple(s.words) for s in document.sentences),
        headings=tuple(tuple(h.words) for h in document.headings),
        stop_words=stop_words,
        paragraphs=tuple(paragraphs),
        bonus_words=words["bonus_words"],
        stigma_words=words["stigma_words"],
    )


@lru_cache(maxsize=1)
def cue_words() -> tuple[frozenset[str], frozenset[str]]:
    """(bonus, stigma) words for Edmundson, from data/edmundson_vi.txt."""
    text = resources.files("tui.language").joinpath("data/edmundson_vi.txt").read_text("utf-8")
    groups: dict[str, set[str]] = {"bonus": set(), "stigma": set()}
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = groups[line[1:-1]]
            continue
        if current is None:
            raise ValueError(f"edmundson_vi.txt: word before any [section]: {line!r}")
        current.add(line.lower())
    return frozenset(groups["bonus"]), frozenset(groups["stigma"])


def edmundson_words(title_words: Iterable[str], stop_words: frozenset[str]) -> dict[str, frozenset[str]]:
    """bonus (cue words + the title's content words), stigma and null (stop) words."""
    bonus, stigma = cue_words()
    title = frozenset(w for w in title_words if w not in stop_words)
    return {"bonus_words": bonus | title, "stigma_words": stigma, "null_words": stop_words}


def edmundson_with_cues(doc: Doc, count: int) -> Ranked:
    """sumy's Edmundson as the registry runs it: the cue words, and the title's content words as
    bonus words (what `stock_summarizer` gives sumy's own class)."""
    words = edmundson_words(doc.title, doc.stop_words)
    del words["null_words"]  # they are the stop words
    return edmundson(replace(doc, **words), count)


def stock_summarizer(name: str, stop_words: frozenset[str], title_words: Iterable[str] = ()):
    """sumy's own summarizer `name`, with Vietnamese stop words (and cue words for Edmundson)."""
    import importlib

    module, cls = STOCK_CLASSES[name]
    summarizer = getattr(importlib.import_module(module), cls)()
    summarizer.stop_words = stop_words
    if name == "edmundson":
        for attr, words in edmundson_words(title_words, stop_words).items():
            setattr(summarizer, attr, words)
    return summarizer


def stock_select(
    name: str, document: Any, count: int, stop_words: frozenset[str], title_words=()
) -> list[int]:
    """Indices (into document.sentences) of the sentences stock sumy chooses, in order."""
    import warnings

    summarizer = stock_summarizer(name, stop_words, title_words)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # LSA warns about short documents
        chosen = summarizer(document, count)
    position = {s: i for i, s in reversed(list(enumerate(document.sentences)))}
    return sorted(position[s] for s in chosen)
