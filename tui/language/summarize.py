"""Extractive summaries of an Article: `summarize(article, algorithm, length, section)`.

The scope is the article's own prose (body sentences: no title, lead, headings, captions or
related news) or one section of it.  A sentence whose text repeats an earlier one is dropped
from the scope, so no summary holds the same sentence twice.  Each distinct sentence is
word-segmented once per article (`tui.language.words`) and the words are reused for every
algorithm, length and section.

Algorithms (`tui.language.algorithms`):
each entry names its ranker, which takes one `tui.language.rankers.Doc` (the words and the rest
of the article's material) and a count; this module builds the Doc and runs the ranker named.
- `docbao` (the default): a summarizer made for news, see `tui.language.newsrank`.
- sumy's eight: lexrank, textrank, lsa, luhn, edmundson, kl, sumbasic, reduction.  They choose
  the same sentences as sumy's own classes run on the same words (`tui.language.rankers` holds
  the fast versions, `tui.language.adapter` sumy's own classes for Vietnamese).

This module imports nothing heavy: numpy and underthesea load on the first summary (sumy only in
the tests and benchmarks that compare with it).

Memory is linear in the scope: the graph rankers work on blocks of at most
`rankers.GRAPH_BLOCK` sentences. A scope of more than `MAX_SENTENCES` distinct sentences (a
dozen megabytes of prose, minutes of word segmentation, where a news article has a hundred) is
refused with a ReadError before any word is segmented, as is a summary the machine has not the
memory for.
"""

from __future__ import annotations

from dataclasses import dataclass

from tui.language.algorithms import ALGORITHM_NAMES, ALGORITHMS, DEFAULT_ALGORITHM
from tui.reading.errors import ReadError
from tui.reading.model import Article, Paragraph, Sentence

__all__ = ["ALGORITHM_NAMES", "DEFAULT_ALGORITHM", "Summary", "SummarySentence", "summarize"]

MAX_SENTENCES = 50_000


@dataclass(frozen=True, slots=True)
class SummarySentence:
    id: int  # index into Article.sentences
    section: int | None
    start: int  # span in Article.text
    end: int
    score: float  # the algorithm's score (higher is better; the greedy ones give -step)
    text: str


@dataclass(frozen=True, slots=True)
class Summary:
    algorithm: str
    length: int  # sentences asked for (or resolved from the ratio)
    ratio: float | None  # the ratio asked for, if any
    section: int | None  # None: the whole article
    sentences: tuple[SummarySentence, ...]  # in article order


@dataclass(frozen=True, slots=True)
class Scope:
    """What a summarizer sees: distinct candidate sentences, grouped into paragraphs."""

    sentences: tuple[Sentence, ...]
    paragraphs: tuple[tuple[int, ...], ...]  # indices into `sentences`, one tuple per paragraph
    headings: tuple[str, ...]  # the title, then the scope's section headings
    query: tuple[str, ...]  # what the story is about: title, lead (and the section's heading)


def scope_of(article: Article, section: int | None = None) -> Scope:
    if section is None:
        pool = article.body_sentences
        sections = [i for i, s in enumerate(article.sections) if s.role != "related"]
    else:
        if not isinstance(section, int) or isinstance(section, bool):
            raise TypeError(f"section must be an int or None, not {type(section).__name__}")
        if not 0 <= section < len(article.sections):
            raise ValueError(f"no section {section}: the article has {len(article.sections)}")
        pool = article.section_sentences(section)
        sections = [section]
    seen: set[str] = set()
    kept: list[Sentence] = []
    for s in pool:
        key = " ".join(s.text.split())
        if key and key not in seen:
            seen.add(key)
            kept.append(s)
    position = {s.id: i for i, s in enumerate(kept)}
    paragraphs: list[tuple[int, ...]] = []
    placed: set[int] = set()
    for k in sections:
        for block in article.sections[k].blocks:
            if isinstance(block, Paragraph):
                members = tuple(position[i] for i in block.sentence_ids if i in position)
                if members:
                    paragraphs.append(members)
                    placed.update(members)
    for i in range(len(kept)):  # a body sentence outside any paragraph: a paragraph of its own
        if i not in placed:
            paragraphs.append((i,))
    paragraphs.sort()
    headings = [article.title] if article.title.strip() else []
    wanted = set(sections)
    section_headings = [s.text for s in article.sentences if s.kind == "heading" and s.section in wanted]
    query = [t for t in (article.title, article.lead) if t.strip()]
    if section is not None:
        query += section_headings
    return Scope(tuple(kept), tuple(paragraphs), tuple(headings + section_headings), tuple(query))


def resolve_length(length: int | float, available: int) -> tuple[int, float | None]:
    """(sentence count, ratio or None).  A ratio takes at least one sentence of a non-empty scope."""
    if isinstance(length, bool) or not isinstance(length, int | float):
        raise TypeError(f"length must be an int or a float, not {type(length).__name__}")
    if isinstance(length, int):
        if length < 0:
            raise ValueError(f"length must be 0 or more, not {length}")
        return length, None
    if not 0.0 < length <= 1.0:
        raise ValueError(f"a ratio must be above 0 and at most 1, not {length}")
    if available == 0:
        return 0, length
    return max(1, int(length * available + 1e-9)), length


def summarize(
    article: Article,
    algorithm: str = DEFAULT_ALGORITHM,
    length: int | float = 3,
    section: int | None = None,
) -> Summary:
    """The `length` best sentences of the scope by `algorithm`, in article order.

    `length`: a number of sentences, or a float in (0, 1] for that share of the scope's
    sentences.  `section`: an index into `article.sections`, or None for the whole article.
    An empty scope gives an empty summary.
    """
    if algorithm not in ALGORITHM_NAMES:
        raise ValueError(f"unknown algorithm {algorithm!r}; choose one of {', '.join(ALGORITHM_NAMES)}")
    scope = scope_of(article, section)
    count, ratio = resolve_length(length, len(scope.sentences))
    if count == 0 or not scope.sentences:
        return Summary(algorithm, count, ratio, section, ())
    name = article.path or "<input>"
    if len(scope.sentences) > MAX_SENTENCES:
        shown = f"{len(scope.sentences):,} sentences (at most {MAX_SENTENCES:,})"
        raise ReadError(name, f"too long to summarize: {shown}")
    try:
        return _summarize(article, scope, algorithm, count, ratio, section)
    except MemoryError as e:
        raise ReadError(name, "not enough memory to summarize it") from e


def _summarize(
    article: Article, scope: Scope, algorithm: str, count: int, ratio: float | None, section: int | None
) -> Summary:
    from tui.language.rankers import Doc
    from tui.language.words import cache_for, stop_words

    cache = cache_for(article)
    lead_texts = [s.text for s in article.sentences if s.kind == "lead"]
    # Every text this summary reads, in one batch: segmented together (over the CPUs when there
    # are many) and kept on disk once.
    texts = [s.text for s in scope.sentences]
    cache.many([*texts, *scope.headings, *scope.query, *lead_texts, article.title])
    sentence_words = tuple(cache.many(texts))
    heading_words = tuple(cache.many(scope.headings))
    doc = Doc(
        sentence_words,
        heading_words,
        stop_words(),
        paragraphs=scope.paragraphs,
        texts=tuple(texts),
        query=tuple(cache.many(scope.query)),
        seen=tuple(cache.many(lead_texts)),
        title=cache.words(article.title) if article.title.strip() else (),
    )
    ranked = ALGORITHMS[algorithm].load()(doc, count)
    chosen = tuple(
        SummarySentence(s.id, s.section, s.start, s.end, score, s.text)
        for s, score in ((scope.sentences[i], score) for i, score in ranked)
    )
    return Summary(algorithm, count, ratio, section, chosen)
