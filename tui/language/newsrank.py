"""`docbao`, the default summarizer: sentences that tell the headline's story, early ones first.

A news article is written to its headline: the editor's title (and the lead under it) say what
the story is, and the body elaborates it, most important facts first.  Each candidate sentence
is described by a few plain features (FEATURES): its position (and its inverse square root, the
inverted pyramid), its length, its TF-IDF cosine with the headline (title and lead, plus the
section's heading when one section is summarized) and with the title alone, on words and on
syllables, the share of their syllable pairs it has, how many other sentences have its own
syllable pairs (what ROUGE-2 counts), its LexRank centrality, cues of protocol,
captions, quotes, dates and fragments, and a few products of them.
Words are underthesea's (multi-syllable words kept together), less its stop words; TF-IDF is
tf = 1 + log count, idf = log((N + 1) / (df + 0.5)) over the scope.

    score = intercept + Σ weight × feature

The weights are data/newsrank.tsv: a logistic regression of which sentences the greedy ROUGE
oracle takes from 4,000 VietNews articles (train split), then tuned on whole 3-sentence
summaries as `select` takes them (ROUGE-2 counted twice); bench/train_newsrank.py reproduces
them and the file says how much each weighs.  The first weights, set by hand (relevance + 0.2 position + 0.05
centrality), are HAND_SET.

The summary is then weighed as a whole (`select`): 1 / (1 + e^-score) is the odds that the oracle
takes a sentence, odds × syllables what it is expected to share with the editor's lead (its
syllable pairs that a sentence taken before has count once, as ROUGE counts them), and the
summary taken is the one with the most of it per syllable of summary and lead, as an F1 counts
(the lead's length, `reference`, is fitted too), so a long sentence must be that much more
likely than a short one.  The hand-set weights take the best sentences one by one.  Either way
a near-repeat of a sentence already taken is skipped (a word trigram in common; the hand-set
weights used a cosine above 0.5), and so is one that restates a sentence of the lead (cosine
above ECHO): the reader sees the lead above the summary.  Lines
that are not sentences come last: a line with no final punctuation (a byline such as "Như Tâm",
an inline sub-heading, a list item) and "Xem thêm: …" links to other stories; photo captions
are out of the scope already.  Just before them come the sentences that only say who attended,
chaired or welcomed (`tui.language.protocol` decides it from what the sentence is made of): the
attendee pane lists those people, and the summary is for what was said and decided.  When
skipping leaves the summary short, the skipped sentences fill it in order.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from tui.language import protocol
from tui.language.protocol import is_protocol, people_share
from tui.language.rankers import Doc, Ranked, count_matrix, lexrank_scores

__all__ = [
    "FEATURES",
    "HAND_SET",
    "Model",
    "default_model",
    "features",
    "is_fragment",
    "is_protocol",
    "rank",
    "rank_doc",
]

ECHO = 0.8

_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
_LINK = re.compile(r"^\W*(?:xem thêm|đọc thêm|tin liên quan|bài liên quan)\b", re.IGNORECASE)
# Cues of a photo caption left inline in the body ("Bộ trưởng A (phải) và …", "Ảnh minh họa",
# "Clip: …") and of quoted speech.
_CAPTION = re.compile(r"\((?:phải|trái|giữa|ảnh|video|clip)\b|^\W*(?:ảnh|clip|video|hình ảnh)\b|\bảnh:", re.I)
_QUOTE = re.compile(r"^\W*[“\"]|[:,] [“\"]")
_DATE = re.compile(r"\b\d{1,2}/\d{1,2}\b|\b(?:sáng|chiều|tối|trưa|đêm|ngày|hôm) (?:nay|qua|\d)", re.I)
_NUMBER = re.compile(r"\d")
_SYLLABLE = re.compile(r"\w+")  # what ROUGE counts: a run of letters or digits

Words = tuple[str, ...]

# What each candidate sentence is described by (bench/train_newsrank.py learns their weights).
FEATURES = (
    "position",  # 1 / sqrt(1 + index): the inverted pyramid
    "place",  # index / sentences: how far into the story
    "first",  # the first sentence of the scope
    "second",  # the second
    "third",  # the third
    "early",  # the fourth to the sixth
    "length",  # log(1 + words)
    "short",  # fewer than 5 content words
    "long",  # more than 40 words
    "relevance",  # TF-IDF cosine with the headline (title and lead)
    "title",  # TF-IDF cosine with the title alone
    "coverage",  # share of the title's content words the sentence has
    "syllables",  # log(1 + syllables): what ROUGE counts
    "relevance_syl",  # the headline's cosine on syllables (no segmentation to disagree on)
    "title_syl",  # the title's cosine on syllables
    "title_pairs",  # share of the title's syllable bigrams the sentence has
    "headline_pairs",  # share of the headline's syllable bigrams the sentence has
    "pair_support",  # share of the sentence's syllable bigrams that another sentence has too
    "pair_centrality",  # how many other sentences have each of its syllable bigrams, on average
    "density",  # share of the sentence's words that are no stop words
    "centrality",  # LexRank, divided by the highest
    "people",  # share of names and offices (tui.language.protocol)
    "protocol",  # only says who attended or chaired
    "fragment",  # no final punctuation, or a link to another story
    "caption",  # a photo caption's cues
    "quote",  # quoted speech
    "date",  # a date or a time of day ("sáng 12/3", "hôm qua")
    "number",  # a figure
    "relevance*position",
    "centrality*position",
    "relevance*centrality",
    "relevance*first",
    "title*position",
)


@dataclass(frozen=True, slots=True)
class Model:
    """A weighting of FEATURES (a sentence's score is intercept + Σ weight × feature) and how
    near-repeats are skipped: "cosine" (TF-IDF cosine with a chosen sentence above `redundancy`)
    or "trigram" (a word trigram in common with a chosen sentence)."""

    weights: Mapping[str, float]
    intercept: float = 0.0
    blocking: str = "cosine"
    redundancy: float = 0.5
    link: str = "identity"  # "logistic": a sentence's score is shown as the oracle's odds, 1 / (1 + e^-score)
    # Above 0 (with the logistic link): the summary as a whole is chosen for its expected
    # overlap with the editor's lead per syllable, Σ odds × syllables / (Σ syllables + reference)
    # (`select`); 0: the best sentences one by one.
    reference: float = 0.0

    @classmethod
    def parse(cls, text: str) -> Model:
        """The model written as `name<TAB>value` lines (# comments): `intercept`, `blocking`,
        `redundancy` and a weight per feature name (a feature left out weighs 0)."""
        weights: dict[str, float] = {}
        settings: dict[str, str] = {}
        for raw in text.splitlines():
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            key, value = line.split(None, 1)
            if key in FEATURES:
                weights[key] = float(value)
            elif key in ("intercept", "blocking", "redundancy", "link", "reference"):
                settings[key] = value.strip()
            else:
                raise ValueError(f"newsrank model: unknown name {key!r}")
        return cls(
            weights,
            float(settings.get("intercept", 0.0)),
            settings.get("blocking", "cosine"),
            float(settings.get("redundancy", 0.5)),
            settings.get("link", "identity"),
            float(settings.get("reference", 0.0)),
        )

    def vector(self):
        import numpy as np

        return np.array([self.weights.get(f, 0.0) for f in FEATURES])


# The first weights, set by hand to round values on half of the 300-article dev set: relevance,
# plus 0.2 of position and 0.05 of centrality, near-repeats above a cosine of 0.5 skipped.
HAND_SET = Model({"relevance": 1.0, "position": 0.2, "centrality": 0.05}, 0.0, "cosine", 0.5)


@lru_cache(maxsize=1)
def default_model() -> Model:
    """The shipped weights, data/newsrank.tsv (learned by bench/train_newsrank.py)."""
    path = resources.files("tui.language").joinpath("data/newsrank.tsv")
    return Model.parse(path.read_text("utf-8")) if path.is_file() else HAND_SET


def is_fragment(text: str) -> bool:
    """A line that is not a sentence of the story: no final punctuation, or a link to another."""
    text = text.strip()
    return not _SENTENCE_END.search(text) or bool(_LINK.match(text))


@dataclass(frozen=True, slots=True)
class Features:
    matrix: object  # numpy array, sentences × FEATURES
    vectors: object  # rankers.Sparse: unit TF-IDF rows (for the near-repeat test)
    last: list[int]  # 2: a fragment, 1: protocol, 0: a sentence of the story
    echo: object  # numpy array: each sentence's highest cosine with a sentence of the lead
    sizes: object  # numpy array: each sentence's syllables and numbers (the tokens ROUGE counts)
    pairs: list[set[tuple[str, str]]]  # each sentence's syllable pairs, lower-cased (what ROUGE-2 counts)


def features(
    texts: Sequence[str],
    words: Sequence[Words],
    query: Sequence[Words],
    stop: frozenset[str],
    seen: Sequence[Words] = (),
    title: Words = (),
) -> Features:
    """Every candidate sentence described by FEATURES."""
    import numpy as np

    n = len(words)
    content = [[w for w in ws if w not in stop] for ws in words]
    vectors, vocab, idf = _unit_tfidf(content)
    relevance = vectors.dot(_headline([w for q in query for w in q if w not in stop], vocab, idf, n))
    title_words = [w for w in title if w not in stop]
    title_cos = vectors.dot(_headline(title_words, vocab, idf, n)) if title_words else np.zeros(n)
    wanted = set(title_words)
    coverage = np.array([len(wanted.intersection(c)) / len(wanted) if wanted else 0.0 for c in content])
    # The same on syllables, stop words kept: the words' segmentation can disagree between the
    # title and the body ("hòa bình nối" / "hòa bình"), syllables cannot.
    syllables = [[x for w in ws for x in w.split()] for ws in words]
    title_syl = [x for w in title for x in w.split()]
    query_syl = [x for q in query for w in q for x in w.split()]
    syl_vectors, syl_vocab, syl_idf = _unit_tfidf(syllables)
    relevance_syl = syl_vectors.dot(_headline(query_syl, syl_vocab, syl_idf, n))
    title_cos_syl = syl_vectors.dot(_headline(title_syl, syl_vocab, syl_idf, n)) if title_syl else np.zeros(n)
    title_pairs = _pair_share(syllables, title_syl)
    headline_pairs = _pair_share(syllables, query_syl)
    pair_sets = [set(itertools.pairwise(x)) for x in syllables]
    pair_df = Counter(p for ps in pair_sets for p in ps)
    pair_support = np.array([sum(pair_df[p] > 1 for p in ps) / len(ps) if ps else 0.0 for ps in pair_sets])
    # ROUGE-2 counts the lead's syllable bigrams (lower-cased, no punctuation): a sentence whose
    # bigrams recur across the article says what the story keeps saying.
    rouge_pairs = [
        set(itertools.pairwise([x.lower() for w in ws for x in w.split() if _SYLLABLE.fullmatch(x)]))
        for ws in words
    ]
    rouge_df = Counter(p for ps in rouge_pairs for p in ps)
    pair_centrality = np.array(
        [sum(rouge_df[p] - 1 for p in ps) / len(ps) if ps else 0.0 for ps in rouge_pairs]
    )
    if pair_centrality.max() > 0:
        pair_centrality = pair_centrality / pair_centrality.max()
    centrality = np.nan_to_num(lexrank_scores(Doc(tuple(words), (), stop)), nan=0.0)
    if centrality.max() > 0:
        centrality = centrality / centrality.max()
    echo = np.zeros(n)  # each sentence's highest cosine with a sentence of the lead
    for ws in seen:
        np.maximum(echo, vectors.dot(_headline([w for w in ws if w not in stop], vocab, idf, n)), out=echo)
    index = np.arange(n)
    position = 1.0 / np.sqrt(1.0 + index)
    first = (index == 0).astype(float)
    shares = [people_share(t) for t in texts]
    fragment = [is_fragment(t) for t in texts]
    says_who = [someone and share >= protocol.MOSTLY for share, someone in shares]
    columns = {
        "position": position,
        "place": index / n,
        "first": first,
        "second": (index == 1).astype(float),
        "third": (index == 2).astype(float),
        "early": ((index >= 3) & (index < 6)).astype(float),
        "length": np.log1p([len(ws) for ws in words]),
        "short": np.array([len(c) < 5 for c in content], dtype=float),
        "long": np.array([len(ws) > 40 for ws in words], dtype=float),
        "relevance": relevance,
        "title": title_cos,
        "coverage": coverage,
        "syllables": np.log1p([len(x) for x in syllables]),
        "relevance_syl": relevance_syl,
        "title_syl": title_cos_syl,
        "title_pairs": title_pairs,
        "headline_pairs": headline_pairs,
        "pair_support": pair_support,
        "pair_centrality": pair_centrality,
        "density": np.array([len(c) / len(ws) if ws else 0.0 for c, ws in zip(content, words, strict=True)]),
        "centrality": centrality,
        "people": np.array([share for share, _ in shares]),
        "protocol": np.array(says_who, dtype=float),
        "fragment": np.array(fragment, dtype=float),
        "caption": np.array([bool(_CAPTION.search(t)) for t in texts], dtype=float),
        "quote": np.array([bool(_QUOTE.search(t)) for t in texts], dtype=float),
        "date": np.array([bool(_DATE.search(t)) for t in texts], dtype=float),
        "number": np.array([bool(_NUMBER.search(t)) for t in texts], dtype=float),
    }
    for name in FEATURES:
        if "*" in name:
            a, b = name.split("*")
            columns[name] = columns[a] * columns[b]
    matrix = np.column_stack([columns[f] for f in FEATURES])
    last = [2 if f else 1 if p else 0 for f, p in zip(fragment, says_who, strict=True)]
    sizes = np.array([len(_SYLLABLE.findall(t)) for t in texts], dtype=float)
    return Features(matrix, vectors, last, echo, sizes, rouge_pairs)


def rank(
    texts: Sequence[str],
    words: Sequence[Words],
    query: Sequence[Words],
    stop: frozenset[str],
    count: int,
    seen: Sequence[Words] = (),
    title: Words = (),
    model: Model | None = None,
) -> Ranked:
    """The `count` best sentences as (index, score), in document order; `seen` are sentences the
    reader has already read (the lead), which the summary should not repeat."""
    n = len(words)
    count = min(count, n)
    if count <= 0:
        return []
    model = model or default_model()
    found = features(texts, words, query, stop, seen, title)
    scores = model.intercept + found.matrix @ model.vector()
    if model.link == "logistic":  # shown as a probability; `select` weighs the summary with it
        import numpy as np

        scores = 1.0 / (1.0 + np.exp(-scores))
    return select(scores, found, words, count, model)


def rank_doc(doc: Doc, count: int) -> Ranked:
    """`rank` on a `Doc`: the registry's entry for `docbao`."""
    return rank(doc.texts, doc.sentences, doc.query, doc.stop_words, count, seen=doc.seen, title=doc.title)


def select(scores, found: Features, words: Sequence[Words], count: int, model: Model) -> Ranked:
    """Best first, the protocol's sentences after the story's and lines that are no sentences
    last; a near-repeat of a sentence already taken, or a restatement of the lead, is skipped,
    and the skipped ones fill the summary in order if it is left short.

    With `model.reference` above 0 the scores are the oracle's odds p, and what is best depends
    on the summary as a whole: a summary is worth what it is expected to share with the editor's
    lead, Σ p × (1 + its syllable pairs that no sentence taken before has), over its length plus
    the lead's, Σ syllables + reference (an F1 is 2 × overlap / (candidate + reference), and
    ROUGE counts a pair of the lead once), so a long sentence must be that much more likely than
    a short one, and one that says again what is taken is worth less.  The summary is found as
    Dinkelbach's method finds the best ratio: with a price λ per syllable (0 at first), the
    sentence that adds most, p × (1 + new pairs) - λ × syllables, is taken, then the next; λ
    becomes the value of the summary so taken, and again until the summary no longer changes
    (two or three rounds)."""
    if model.reference <= 0:
        return _take(scores, scores, found, words, count, model)
    chosen: Ranked = []
    seen: set[tuple[int, ...]] = set()
    price = 0.0
    for _ in range(20):  # the value rises at nearly every round, and the summaries are finite
        chosen, value = _take_novel(scores, price, found, words, count, model)
        key = tuple(i for i, _ in chosen)
        if key in seen or not key:
            break
        seen.add(key)
        price = value
    return chosen


def _take_novel(p, price: float, found: Features, words: Sequence[Words], count: int, model: Model):
    """One round of `select` weighing the summary: the summary, and its value (the ratio)."""
    import heapq


    n = len(words)
    last, sizes, pairs = found.last, found.sizes, found.pairs
    have: set[tuple[str, str]] = set()  # the pairs of the sentences taken

    def gain(i: int) -> float:
        return float(p[i]) * (1 + len(pairs[i] - have)) - price * float(sizes[i])

    # Lazy greedy: a sentence's gain only falls as pairs are taken, so one whose gain, computed
    # again, still comes first is the best.
    heap = [(last[i], -gain(i), i) for i in range(n)]
    heapq.heapify(heap)
    repeats = _NearRepeats(found, words, model)
    chosen: list[int] = []
    skipped: list[int] = []
    tier = 0
    while heap and len(chosen) < count:
        rank, stale, i = heapq.heappop(heap)
        if rank > tier:  # a story's near-repeat fills the summary before the protocol (as `_take`)
            tier = rank
            for k in skipped[: count - len(chosen)]:
                chosen.append(k)
                have |= pairs[k]
            skipped = []
            if len(chosen) == count:
                break
        fresh = (rank, -gain(i), i)
        if fresh != (rank, stale, i) and heap and heap[0] < fresh:
            heapq.heappush(heap, fresh)
            continue
        if repeats.skips(i):
            skipped.append(i)
            continue
        chosen.append(i)
        repeats.take(i)
        have |= pairs[i]
    chosen += skipped[: count - len(chosen)]
    have.clear()
    expected = 0.0
    for i in chosen:  # in the order taken
        expected += float(p[i]) * (1 + len(pairs[i] - have))
        have |= pairs[i]
    value = expected / (float(sum(sizes[i] for i in chosen)) + model.reference)
    return [(i, float(p[i])) for i in sorted(chosen)], value


def _take(order_by, scores, found: Features, words: Sequence[Words], count: int, model: Model) -> Ranked:
    """The greedy pass of `select`: best by `order_by` first, shown with `scores`."""

    n = len(words)
    last = found.last
    order = sorted(range(n), key=lambda i: (last[i], -order_by[i], i))
    repeats = _NearRepeats(found, words, model)
    chosen: list[int] = []
    skipped: list[int] = []
    tier = 0
    for i in order:
        if last[i] > tier:
            # a story's near-repeat still tells the story: it fills the summary before the
            # protocol's sentences are taken, and those before lines that are no sentences
            tier = last[i]
            chosen += skipped[: count - len(chosen)]
            skipped = []
        if len(chosen) == count:
            break
        if repeats.skips(i):
            skipped.append(i)
            continue
        chosen.append(i)
        repeats.take(i)
    chosen += skipped[: count - len(chosen)]
    return [(i, float(scores[i])) for i in sorted(chosen)]


class _NearRepeats:
    """The near-repeat rule of `select`, one for both ways of taking sentences: a sentence with a
    word trigram in common with one taken (or, for the hand-set weights, a TF-IDF cosine above
    the model's bar), or a restatement of the lead, is skipped."""

    def __init__(self, found: Features, words: Sequence[Words], model: Model) -> None:
        import numpy as np

        self.found, self.words, self.model = found, words, model
        self.taken: set[tuple[str, ...]] = set()  # the word trigrams of the sentences taken
        self.closest = np.zeros(len(words))  # each sentence's highest cosine with one taken

    def _grams(self, i: int) -> set[tuple[str, ...]]:
        w = self.words[i]
        return {tuple(w[k : k + 3]) for k in range(len(w) - 2)}

    def skips(self, i: int) -> bool:
        if self.model.blocking == "trigram":
            repeat = bool(self._grams(i) & self.taken)
        else:
            repeat = self.closest[i] > self.model.redundancy
        return repeat or self.found.echo[i] > ECHO

    def take(self, i: int) -> None:
        self.taken |= self._grams(i)
        if self.model.blocking != "trigram":
            import numpy as np

            np.maximum(self.closest, self.found.vectors.dot_row(i), out=self.closest)


def _pair_share(sentences: Sequence[Sequence[str]], target: Sequence[str]):
    """For each sentence, the share of the target's syllable bigrams it has."""
    import numpy as np

    pairs = set(itertools.pairwise(target))
    if not pairs:
        return np.zeros(len(sentences))
    return np.array([len(pairs.intersection(itertools.pairwise(x))) / len(pairs) for x in sentences])


def _unit_tfidf(tokens: Sequence[Sequence[str]]):
    """Each sentence's unit-length TF-IDF row (tf = 1 + log count, idf = log((n + 1) / (df + ½))),
    with the vocabulary and the idf: on words and on syllables alike."""
    import numpy as np

    counts, vocab = count_matrix(tokens)
    df = np.bincount(counts.indices, minlength=counts.n_terms)
    idf = np.log((len(tokens) + 1) / (df + 0.5))
    vectors = counts.with_data((1.0 + np.log(counts.data)) * idf[counts.indices])
    lengths = np.sqrt(vectors.squared_norms())
    vectors.data /= np.repeat(np.where(lengths > 0, lengths, 1.0), np.diff(counts.indptr))
    return vectors, vocab, idf


def _headline(words: Sequence[str], vocab: dict[str, int], idf, n: int):
    """The headline's unit TF-IDF vector over the vocabulary.  Its words missing from the body
    count in its length, with the idf of a word no sentence has (a true cosine)."""
    import numpy as np

    vector = np.zeros(len(idf))
    missing = 0.0
    unseen = math.log((n + 1) / 0.5)
    for w, c in Counter(words).items():
        tf = 1.0 + math.log(c)
        j = vocab.get(w)
        if j is None:
            missing += (tf * unseen) ** 2
        else:
            vector[j] = tf * idf[j]
    length = math.sqrt(float(vector @ vector) + missing)
    return vector / length if length > 0 else vector
