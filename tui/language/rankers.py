"""Fast versions of sumy's summarizers that choose the same sentences as sumy's own classes.

Stock sumy is pure Python and quadratic or worse (LexRank 41 s, KL over 100 s on long
documents).  Each ranker here takes a `Doc` (the words of every candidate sentence, already
segmented) and returns the chosen sentences as `(index, score)` pairs in document order.  The
arithmetic follows sumy's step by step so that the choice is the same:

- LexRank, TextRank, Reduction: the sentence graph is built with sparse matrix products, then
  sumy's own dense power method (same matrix, same numpy calls) or a sequential sum in sumy's
  order, so the scores are bit-for-bit sumy's (tests check it).  LexRank's cosines are summed
  in another order than sumy's; only a cosine within a rounding error of the 0.1 threshold
  could fall on the other side of it.  The graph is dense (n² floats: 420 MB a matrix for
  the 7,200 long sentences of 2 MB of prose, 230 GB for the 170,000 of 50 MB), so it is built for at most
  `GRAPH_BLOCK` sentences at a time: a longer document is ranked block by block, consecutive
  runs of equal size, each as a document of its own (see `_in_blocks`).  Every document of up to
  `GRAPH_BLOCK` sentences, which is every news article, is ranked whole, as sumy does.
- LSA: sumy keeps every singular value, so a sentence's rank sqrt(Σ σᵢ² vᵢⱼ²) is exactly the
  norm of its column in the term matrix; we compute that norm without the SVD, with an exactly
  rounded sum, so equal columns tie exactly and ties go to the earlier sentence in every run
  (sumy's SVD breaks such ties by float noise that depends on PYTHONHASHSEED).
- KL and SumBasic are greedy: only the first `count` steps are run, each one vectorised; any
  candidate within float noise of the best is re-scored with sumy's own Python arithmetic so
  the pick is sumy's.
- Luhn is sumy's algorithm with a set (sumy tests membership in a tuple: quadratic).
- Edmundson (cue + title + location, sumy's default weights) is integer arithmetic, written out
  because importing sumy's summarizers imports NLTK (0.65 s).

numpy is imported inside the functions; scipy is not used at all (its import alone costs 120 ms
on the way to the first summary): `Sparse` is the little of scipy.sparse the rankers need.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

Words = tuple[str, ...]
Ranked = list[tuple[int, float]]

__all__ = ["RANKERS", "Doc", "select_top"]


@dataclass(frozen=True, slots=True)
class Doc:
    """A tokenized document as sumy sees it.

    `sentences` are the candidates (every word, stop words included, in order); `headings` are
    words that belong to the document but are never chosen (the title, section headings).
    The article's other material is here too, so that every ranker of the registry
    (`tui.language.algorithms`) takes one `Doc` and a count; each reads only what it needs.
    """

    sentences: tuple[Words, ...]
    headings: tuple[Words, ...] = ()
    stop_words: frozenset[str] = field(default_factory=frozenset)
    # Edmundson only: paragraphs as runs of sentence indices (None: one paragraph), cue words.
    paragraphs: tuple[tuple[int, ...], ...] | None = None
    bonus_words: frozenset[str] = field(default_factory=frozenset)
    stigma_words: frozenset[str] = field(default_factory=frozenset)
    # docbao (`tui.language.newsrank`): the candidates' texts, what the story is about (title,
    # lead, the section's heading), the lead's sentences the reader has seen, the title's words.
    texts: tuple[str, ...] = ()
    query: tuple[Words, ...] = ()
    seen: tuple[Words, ...] = ()
    title: Words = ()

    def content(self, words: Words) -> list[str]:
        stop = self.stop_words
        return [w for w in words if w not in stop]

    @property
    def all_words(self) -> list[str]:
        """sumy's `document.words`: headings' words too."""
        out = [w for h in self.headings for w in h]
        out.extend(w for s in self.sentences for w in s)
        return out


def select_top(scores: Sequence[float], count: int) -> Ranked:
    """sumy's `_get_best_sentences`: a stable sort by score, best first, then document order."""
    order = sorted(range(len(scores)), key=scores.__getitem__, reverse=True)[: max(count, 0)]
    return [(i, float(scores[i])) for i in sorted(order)]


# --------------------------------------------------------------------------------------------
# Shared matrix helpers


class Sparse:
    """A sentence × term matrix in compressed rows, scipy's CSR layout in numpy alone (importing
    scipy.sparse costs 120 ms, on the way to the app's first summary).

    Row i holds the values data[indptr[i]:indptr[i + 1]] of the terms indices[…], in the order
    they were stored.  Each operation sums in the order scipy's did, so the scores are the same
    bits as when the rankers were built on scipy (float sums depend on their order).
    """

    def __init__(self, data: np.ndarray, indices: np.ndarray, indptr: np.ndarray, n_terms: int) -> None:
        self.data = data
        self.indices = indices
        self.indptr = indptr
        self.n_terms = n_terms

    @property
    def n_rows(self) -> int:
        return len(self.indptr) - 1

    def with_data(self, data: np.ndarray) -> Sparse:
        """The same terms with other values (sharing the structure and its caches)."""
        out = Sparse(data, self.indices, self.indptr, self.n_terms)
        out.__dict__.update({k: v for k, v in self.__dict__.items() if k in _STRUCTURE})
        return out

    @cached_property
    def rows(self) -> np.ndarray:
        """The row of each stored value."""
        import numpy as np

        return np.repeat(np.arange(self.n_rows), np.diff(self.indptr))

    @cached_property
    def is_sorted(self) -> bool:
        """Every row's terms in increasing order (scipy's canonical format: no term twice)."""
        import numpy as np

        step = np.diff(self.indices)
        return bool(np.all((step > 0) | (np.diff(self.rows) > 0)))

    def sorted(self) -> Sparse:
        """Each row's terms in increasing order (scipy's sort_indices)."""
        import numpy as np

        if self.is_sorted:
            return self
        # One key per value, row first; a stable sort is quick on keys that are nearly in order.
        order = np.argsort(self.rows * self.n_terms + self.indices, kind="stable")
        return Sparse(self.data[order], self.indices[order], self.indptr, self.n_terms)

    def row_sums(self, values: np.ndarray | None = None) -> np.ndarray:
        """Σ of each row's values (`values` in place of `data`), in stored order with
        np.add.reduceat as scipy's sum(axis=1), 0 for an empty row."""
        return self._reduce_rows("add", self.data if values is None else values)

    def row_max(self) -> np.ndarray:
        """Each row's highest value, 0 for an empty row (all values here are positive)."""
        return self._reduce_rows("maximum", self.data)

    def _reduce_rows(self, ufunc: str, values: np.ndarray) -> np.ndarray:
        import numpy as np

        out = np.zeros(self.n_rows)
        filled = np.flatnonzero(np.diff(self.indptr))  # reduceat would misread an empty row
        if len(filled):
            out[filled] = getattr(np, ufunc).reduceat(values, self.indptr[filled])
        return out

    def squared_norms(self) -> np.ndarray:
        """Each row's Σ value², summed as scipy's `m.multiply(m).sum(axis=1)` did: its product
        lists each row's terms in stored order when every row is sorted, backwards otherwise."""
        import numpy as np

        squares = self.data**2
        if not self.is_sorted:
            ends = np.repeat(self.indptr[1:], np.diff(self.indptr))
            starts = np.repeat(self.indptr[:-1], np.diff(self.indptr))
            squares = squares[starts + ends - 1 - np.arange(len(squares))]
        return self.row_sums(squares)

    def dot(self, vector: np.ndarray) -> np.ndarray:
        """self @ vector: each row's products summed one by one in stored order, as scipy's
        csr_matvec (bincount adds its weights in the order given, from 0)."""
        import numpy as np

        return np.bincount(self.rows, weights=self.data * vector[self.indices], minlength=self.n_rows)

    @cached_property
    def postings(self) -> tuple[np.ndarray, np.ndarray]:
        """The inverted index: stored positions sorted by term, then row; term t's are
        positions[starts[t]:starts[t + 1]]."""
        import numpy as np

        positions = np.argsort(self.indices, kind="stable")
        starts = np.zeros(self.n_terms + 1, dtype=np.int64)
        np.cumsum(np.bincount(self.indices, minlength=self.n_terms), out=starts[1:])
        return positions, starts

    def term_positions(self, terms: Iterable[int]) -> np.ndarray:
        """The stored positions of these terms' values (term by term, each one's in row order)."""
        import numpy as np

        positions, starts = self.postings
        return np.concatenate([positions[starts[t] : starts[t + 1]] for t in terms] or [positions[:0]])

    def dot_row(self, i: int) -> np.ndarray:
        """self @ self[i].T as a dense vector, through the inverted index: only the rows that
        share a term with row i are touched, each one's products summed in its stored order (as
        scipy's sparse product did; a product over an absent term would only add 0)."""
        import numpy as np

        own = slice(self.indptr[i], self.indptr[i + 1])
        vector = np.zeros(self.n_terms)
        vector[self.indices[own]] = self.data[own]
        hits = np.sort(self.term_positions(self.indices[own]))
        weights = self.data[hits] * vector[self.indices[hits]]
        return np.bincount(self.rows[hits], weights=weights, minlength=self.n_rows)

    def gram(self) -> np.ndarray:
        """Dense self @ self.T (sentence × sentence), with scipy's sums: entry (i, j) adds the
        products of their shared terms one by one in row i's stored order.  Rows must be sorted
        (then (j, i) adds the same terms in the same order and the result is symmetric), unless
        every sum is exact whatever its order (integer counts)."""
        import numpy as np

        n = self.n_rows
        out = np.zeros((n, n))
        if n == 0 or len(self.data) == 0:
            return out
        positions, starts = self.postings
        # A term's postings are in row order, so a value's partners in rows j ≥ i run from its
        # own posting to the end of its term's: the upper triangle, mirrored at the end.
        rank = np.empty_like(positions)
        rank[positions] = np.arange(len(positions))
        partners = starts[self.indices + 1] - rank  # ≥ 1: the value itself
        posted_rows = self.rows[positions]
        posted_data = self.data[positions]
        before = np.zeros(n + 1, dtype=np.int64)  # products of the rows above each row
        np.cumsum(np.bincount(self.rows, weights=partners, minlength=n).astype(np.int64), out=before[1:])
        r0 = 0
        while r0 < n:
            # Up to 64 rows (the block's n-wide sums stay in cache) and about GRAM_BLOCK products
            # at a time (the products' arrays take ~40 bytes each).
            r1 = int(np.searchsorted(before, before[r0] + GRAM_BLOCK, side="right")) - 1
            r1 = min(max(r1, r0 + 1), r0 + 64, n)
            p0, p1 = self.indptr[r0], self.indptr[r1]
            if p0 < p1:
                counts = partners[p0:p1]
                ends = np.cumsum(counts)
                # posting index of every product: runs rank[p] … rank[p] + counts[p] - 1, made
                # with one cumsum over steps of 1 that jump at the start of each run
                steps = np.ones(int(ends[-1]), dtype=np.int64)
                steps[0] = rank[p0]
                steps[ends[:-1]] = rank[p0 + 1 : p1] - (rank[p0 : p1 - 1] + counts[:-1] - 1)
                partner = np.cumsum(steps, out=steps)
                width = n - r0  # columns r0 … n - 1 of rows r0 … r1 - 1
                cell = posted_rows[partner]
                cell += np.repeat((self.rows[p0:p1] - r0) * width - r0, counts)
                product = np.repeat(self.data[p0:p1], counts)
                product *= posted_data[partner]
                # bincount adds in the order given: for each cell, row i's terms in stored order
                sums = np.bincount(cell, weights=product, minlength=(r1 - r0) * width)
                out[r0:r1, r0:] = sums.reshape(r1 - r0, width)
            out[r0:r1, :r0] = out[:r0, r0:r1].T
            block = out[r0:r1, r0:r1]
            lower = np.tril_indices(r1 - r0, -1)
            block[lower] = block.T[lower]
            r0 = r1
        return out


GRAM_BLOCK = 1 << 19
_STRUCTURE = ("rows", "is_sorted", "postings")  # Sparse's caches that depend on the terms alone


def count_matrix(sentences: Sequence[Sequence[str]]) -> tuple[Sparse, dict[str, int]]:
    """Sentence × term counts (float64) and the vocabulary, terms in first-seen order (each
    row's terms in the order the sentence first uses them)."""
    import numpy as np

    vocab: dict[str, int] = {}
    indptr = [0]
    indices: list[int] = []
    data: list[float] = []
    for words in sentences:
        for w, c in Counter(words).items():
            j = vocab.setdefault(w, len(vocab))
            indices.append(j)
            data.append(float(c))
        indptr.append(len(indices))
    matrix = Sparse(
        np.asarray(data, dtype=np.float64),
        np.asarray(indices, dtype=np.int64),
        np.asarray(indptr, dtype=np.int64),
        max(len(vocab), 1),
    )
    return matrix, vocab


def _overlaps(counts: Sparse) -> np.ndarray:
    """Dense sentence × sentence matrix of Σ_w c_i(w)·c_j(w) (shared words, with repeats): sums of
    small integers, exact in any order, so the rows need not be sorted."""
    return counts.gram()


def _log_lengths(lengths: Sequence[int]):
    """math.log of each length (0 for empty sentences), as sumy computes them."""
    import numpy as np

    return np.array([math.log(n) if n > 0 else 0.0 for n in lengths], dtype=np.float64)


# --------------------------------------------------------------------------------------------
# Graphs in blocks

GRAPH_BLOCK = 2000  # sentences: a graph's dense matrices of 2,000² floats take 32 MB each


def _in_blocks(scores: Callable[[Doc], Sequence[float]], doc: Doc, scale: Callable[[int], float]):
    """`scores(doc)` for a document of at most GRAPH_BLOCK sentences; a longer one is cut into
    consecutive blocks of equal size (within one sentence), each scored as a document of its own
    (its own IDF, its own graph) and its scores times `scale(its size)`, which puts blocks on a
    common footing (a uniform score becomes 1). Memory is then linear in the document: one
    block's graph at a time; an undefined (NaN) score in a block counts as 0."""
    import numpy as np

    n = len(doc.sentences)
    if n <= GRAPH_BLOCK:
        return scores(doc)
    parts = -(-n // GRAPH_BLOCK)
    bounds = [n * k // parts for k in range(parts + 1)]
    out = np.empty(n)
    for a, b in itertools.pairwise(bounds):
        block = Doc(doc.sentences[a:b], doc.headings, doc.stop_words)
        values = np.asarray(scores(block), dtype=np.float64)
        out[a:b] = np.nan_to_num(values, nan=0.0) * scale(b - a)
    return out


# --------------------------------------------------------------------------------------------
# LexRank


LEXRANK_THRESHOLD = 0.1
LEXRANK_EPSILON = 0.1


def lexrank_scores(doc: Doc):
    """sumy's LexRank scores (a numpy vector), from a sparse TF-IDF cosine matrix; in blocks
    beyond GRAPH_BLOCK sentences (the power method's unit vector times √size: 1 each when
    uniform)."""
    return _in_blocks(_lexrank_scores, doc, math.sqrt)


def _lexrank_scores(doc: Doc):
    import numpy as np

    words = [doc.content(s) for s in doc.sentences]
    n = len(words)
    counts = count_matrix(words)[0].sorted()  # sorted rows: the cosines' sums are symmetric
    # tf = count / the sentence's highest count
    tf = counts.data / np.repeat(counts.row_max(), np.diff(counts.indptr))
    df = np.bincount(counts.indices, minlength=counts.n_terms).astype(np.float64)
    idf = np.array([math.log(n / (1 + d)) for d in df])
    x = counts.with_data(tf * idf[counts.indices])
    norms = np.sqrt(x.squared_norms())
    cosine = x.gram()
    safe = np.where(norms > 0, norms, 1.0)  # an empty sentence has a zero row anyway
    cosine /= safe[:, None]
    cosine /= safe[None, :]
    adjacency = cosine > LEXRANK_THRESHOLD
    del cosine
    degrees = adjacency.sum(axis=1).astype(np.float64)
    degrees[degrees == 0] = 1
    matrix = adjacency / degrees[:, None]
    return _lexrank_power(matrix, LEXRANK_EPSILON)


def _lexrank_power(matrix, epsilon):
    """sumy's LexRankSummarizer.power_method, call for call."""
    import numpy

    transposed_matrix = matrix.T
    sentences_count = len(matrix)
    p_vector = numpy.array([1.0 / sentences_count] * sentences_count)
    lambda_val = 1.0
    with numpy.errstate(invalid="ignore", divide="ignore"):
        while lambda_val > epsilon:
            next_p = numpy.dot(transposed_matrix, p_vector)
            next_p /= numpy.linalg.norm(next_p)
            lambda_val = numpy.linalg.norm(numpy.subtract(next_p, p_vector))
            p_vector = next_p
    return p_vector


def lexrank(doc: Doc, count: int) -> Ranked:
    return _graph_ranked(lexrank_scores, doc, count)


def _graph_ranked(scores, doc: Doc, count: int) -> Ranked:
    """The `count` best sentences by a graph ranker's scores (LexRank, TextRank)."""
    if not doc.sentences:
        return []
    return select_top(_finite(scores(doc)), count)


def _finite(scores) -> list[float]:
    """sumy sorts NaN scores as all equal (document order); so do we, reporting them as 0."""
    values = [float(s) for s in scores]
    if any(math.isnan(v) for v in values):
        return [0.0] * len(values)
    return values


# --------------------------------------------------------------------------------------------
# TextRank


TEXTRANK_EPSILON = 1e-4
TEXTRANK_DAMPING = 0.85


def textrank_scores(doc: Doc):
    """sumy's TextRank scores; in blocks beyond GRAPH_BLOCK sentences (the stationary
    distribution times the block's size: 1 each when uniform)."""
    return _in_blocks(_textrank_scores, doc, float)


def _textrank_scores(doc: Doc):
    import numpy

    words = [doc.content(s) for s in doc.sentences]
    n = len(words)
    shared, lengths, weights = _overlap_weights(words)
    single = numpy.array([m == 1 for m in lengths])
    both_single = single[:, None] & single[None, :] & (shared != 0)
    weights[both_single] = shared[both_single]
    del shared, both_single
    # From here on, sumy's arithmetic (in place: full(c) + d * w is c + d * w, element by element).
    weights /= weights.sum(axis=1)[:, numpy.newaxis] + 1e-7
    weights *= TEXTRANK_DAMPING
    weights += (1.0 - TEXTRANK_DAMPING) / n
    matrix = weights
    transposed_matrix = matrix.T
    p_vector = numpy.array([1.0 / n] * n)
    lambda_val = 1.0
    while lambda_val > TEXTRANK_EPSILON:
        next_p = numpy.dot(transposed_matrix, p_vector)
        lambda_val = numpy.linalg.norm(numpy.subtract(next_p, p_vector))
        p_vector = next_p
    return p_vector


def textrank(doc: Doc, count: int) -> Ranked:
    return _graph_ranked(textrank_scores, doc, count)


def _overlap_weights(words: Sequence[Words]):
    """(shared word counts, sentence lengths, overlap weights) between every two sentences:
    shared / (log len a + log len b), as TextRank and Reduction weigh them, 0 where undefined."""
    import numpy

    n = len(words)
    counts, _ = count_matrix(words)
    shared = _overlaps(counts)
    lengths = [len(w) for w in words]
    logs = _log_lengths(lengths)
    norm = logs[:, None] + logs[None, :]
    weights = numpy.zeros((n, n))
    numpy.divide(shared, norm, out=weights, where=(shared != 0) & (norm != 0))
    return shared, lengths, weights


# --------------------------------------------------------------------------------------------
# Reduction


def reduction_scores(doc: Doc) -> list[float]:
    """sumy's Reduction scores; in blocks beyond GRAPH_BLOCK sentences (the sum of a sentence's
    edges within its block, blocks being of one size)."""
    n = len(doc.sentences)
    if n <= GRAPH_BLOCK:
        return _reduction_scores(doc)
    return [float(v) for v in _in_blocks(_reduction_scores, doc, lambda size: 1.0)]


def _reduction_scores(doc: Doc) -> list[float]:
    import numpy

    words = [doc.content(s) for s in doc.sentences]
    n = len(words)
    if n < 2:
        return [0.0] * n
    _, _, edges = _overlap_weights(words)
    numpy.fill_diagonal(edges, 0.0)
    # sumy adds the edges of sentence k in the order j = 0, 1, …: a sequential (not pairwise) sum.
    return [float(v) for v in numpy.cumsum(edges, axis=1)[:, -1]]


def reduction(doc: Doc, count: int) -> Ranked:
    return select_top(reduction_scores(doc), count)


# --------------------------------------------------------------------------------------------
# LSA


def lsa_scores(doc: Doc) -> list[float] | None:
    """Column norms of sumy's smoothed term matrix; None when sumy would return nothing."""
    dictionary = {w for w in doc.all_words if w not in doc.stop_words}
    if not dictionary:
        return None
    rows = len(dictionary)
    scores = []
    for words in doc.sentences:
        counts = Counter(w for w in words if w in dictionary)
        if not counts:
            scores.append(0.0)
            continue
        top = max(counts.values())
        terms = [(0.4 + 0.6 * (c / top)) ** 2 for c in counts.values()]
        terms.append((rows - len(counts)) * 0.16000000000000003)  # 0.4 ** 2, as sumy squares it
        scores.append(math.sqrt(math.fsum(terms)))
    return scores


def lsa(doc: Doc, count: int) -> Ranked:
    scores = lsa_scores(doc)
    return [] if scores is None else select_top(scores, count)


# --------------------------------------------------------------------------------------------
# Luhn


LUHN_MAX_GAP = 4


def luhn_scores(doc: Doc) -> list[float]:
    frequencies = Counter(w for w in doc.all_words if w not in doc.stop_words)
    significant = {w for w, c in frequencies.items() if c > 1}
    return [_luhn_rate(words, significant) for words in doc.sentences]


def _luhn_rate(words: Words, significant: set[str]) -> float:
    chunks: list[list[int]] = []
    gap = [0] * LUHN_MAX_GAP
    in_chunk = False
    for word in words:
        if word in significant and not in_chunk:
            in_chunk = True
            chunks.append([1])
        elif in_chunk:
            chunks[-1].append(int(word in significant))
        if chunks and chunks[-1][-LUHN_MAX_GAP:] == gap:
            in_chunk = False
    best = 0
    for chunk in chunks:
        end = len(chunk)
        while end > 0 and chunk[end - 1] == 0:
            end -= 1
        hits = sum(chunk[:end])
        rating = 0 if hits == 1 else hits**2 / end
        best = max(best, rating)
    return best if chunks else 0


def luhn(doc: Doc, count: int) -> Ranked:
    return select_top(luhn_scores(doc), count)


# --------------------------------------------------------------------------------------------
# Greedy ones: KL-Sum and SumBasic


def _near(values, best: float, mask) -> list[int]:
    """Indices (among `mask`) whose value is within float noise of `best`."""
    import numpy as np

    tolerance = 1e-9 * max(abs(best), 1e-300)
    return [int(i) for i in np.flatnonzero(mask & (np.abs(values - best) <= tolerance))]


def _word_probabilities(doc: Doc):
    """What KL-Sum and SumBasic both start from: each sentence's content words, their count
    matrix and vocabulary, and every word's share of the document (as a dict and a vector)."""
    import numpy as np

    content = [doc.content(s) for s in doc.sentences]
    counts, vocab = count_matrix(content)
    total = sum(len(c) for c in content)
    word_freq = {w: f / total for w, f in Counter(w for c in content for w in c).items()}
    p = np.zeros(counts.n_terms)
    for w, j in vocab.items():
        p[j] = word_freq[w]
    return content, counts, vocab, word_freq, p


def kl(doc: Doc, count: int) -> Ranked:
    import numpy as np

    n = len(doc.sentences)
    count = min(count, n)
    if count <= 0:
        return []
    content, counts, vocab, word_freq, p = _word_probabilities(doc)
    counts = counts.sorted()  # KL's sums below run over each row's terms in increasing order
    p_log_p = np.zeros_like(p)
    np.multiply(p, np.log(p, where=p > 0, out=np.zeros_like(p)), out=p_log_p)
    p_nz = p[counts.indices]
    c_nz = counts.data
    row_of = counts.rows
    lengths = np.array([len(c) for c in content], dtype=np.float64)

    summary_counts = np.zeros_like(p)  # summary words per vocabulary term (content words only)
    summary_words: list[str] = []  # every word of the summary, in order (sumy's word list)
    available = np.ones(n, dtype=bool)
    picked: Ranked = []
    for step in range(count):
        in_summary = summary_counts > 0
        a = float(np.sum(p_log_p[in_summary] - p[in_summary] * np.log(summary_counts[in_summary])))
        b = float(np.sum(p[in_summary]))
        s_nz = summary_counts[counts.indices]
        with np.errstate(divide="ignore", invalid="ignore"):
            per = np.where(
                s_nz > 0,
                p_nz * (np.log(s_nz) - np.log(s_nz + c_nz)),
                p_nz * (np.log(p_nz) - np.log(c_nz)),
            )
            extra = np.where(s_nz > 0, 0.0, p_nz)
            delta = np.bincount(row_of, weights=per, minlength=n)
            mass = np.bincount(row_of, weights=extra, minlength=n)
            size = len(summary_words) + lengths
            kls = a + delta + (b + mass) * np.log(np.where(size > 0, size, 1.0))
        kls = np.where(available, kls, np.inf)
        best = float(kls.min())
        near = _near(kls, best, available)
        if len(near) > 1:
            exact = [_kl_exact(content[i], summary_words, word_freq) for i in near]
            index = near[exact.index(min(exact))]
        else:
            index = near[0] if near else int(np.argmin(kls))
        available[index] = False
        summary_words.extend(doc.sentences[index])
        for w in doc.sentences[index]:
            j = vocab.get(w)
            if j is not None:
                summary_counts[j] += 1
        picked.append((index, float(-step)))
    return sorted(picked)


def _kl_exact(words: list[str], summary_words: list[str], doc_freq: dict[str, float]) -> float:
    """sumy's KLSummarizer._joint_freq and _kl_divergence, operation for operation."""
    total_len = len(words) + len(summary_words)
    wc1: dict[str, int] = {}
    for w in words:
        wc1[w] = wc1.get(w, 0) + 1
    wc2: dict[str, int] = {}
    for w in summary_words:
        wc2[w] = wc2.get(w, 0) + 1
    joint: dict[str, float] = dict(wc1)
    for k in wc2:
        joint[k] = joint[k] + wc2[k] if k in joint else wc2[k]
    for k in joint:
        joint[k] /= float(total_len)
    sum_val = 0
    for w in joint:
        frequency = doc_freq.get(w)
        if frequency:
            sum_val += frequency * math.log(frequency / joint[w])
    return sum_val


def sumbasic(doc: Doc, count: int) -> Ranked:
    import numpy as np

    n = len(doc.sentences)
    count = min(count, n)
    if count <= 0:
        return []
    content, counts, vocab, word_freq, p = _word_probabilities(doc)
    lengths = np.array([len(c) for c in content], dtype=np.float64)
    # Each stored count times its word's probability: a pick changes only its own words' ones.
    products = counts.data * p[counts.indices]
    available = np.ones(n, dtype=bool)
    picked: Ranked = []
    for step in range(count):
        # Summed pairwise (np.add.reduceat), not one by one as sumy: float noise only, and near
        # ties are re-scored with sumy's arithmetic below.
        totals = counts.row_sums(products)
        with np.errstate(divide="ignore", invalid="ignore"):
            averages = np.where(lengths > 0, totals / np.where(lengths > 0, lengths, 1.0), 0.0)
        averages = np.where(available, averages, -np.inf)
        best = float(averages.max())
        near = _near(averages, best, available)
        if len(near) > 1:
            exact = [_sumbasic_exact(content[i], word_freq) for i in near]
            index = near[exact.index(max(exact))]
        else:
            index = near[0] if near else int(np.argmax(averages))
        available[index] = False
        for w in content[index]:
            word_freq[w] *= word_freq[w]
        used = set(content[index])
        changed = [vocab[w] for w in used]
        p[changed] = [word_freq[w] for w in used]
        hits = counts.term_positions(changed)
        products[hits] = counts.data[hits] * p[counts.indices[hits]]
        picked.append((index, float(-step)))
    return sorted(picked)


def _sumbasic_exact(words: list[str], word_freq: dict[str, float]) -> float:
    """sumy's SumBasicSummarizer._compute_average_probability_of_words."""
    if not words:
        return 0
    return sum([word_freq[w] for w in words]) / len(words)


# --------------------------------------------------------------------------------------------
# Edmundson


def edmundson_scores(doc: Doc) -> list[float]:
    """sumy's Edmundson with its default weights: cue + title + location (key method off).

    Integer arithmetic, so the same ratings as sumy's class; written out because importing
    sumy's summarizers imports NLTK (0.65 s), too slow for a command-line run.
    """
    null = doc.stop_words
    significant = {w for h in doc.headings for w in h if w not in null}
    bonus, stigma = doc.bonus_words, doc.stigma_words
    scores = []
    for words in doc.sentences:
        cue = sum(w in bonus for w in words) - sum(w in stigma for w in words)
        title = sum(w in significant for w in words)
        scores.append(cue + title + title)  # the location method counts heading words again
    paragraphs = doc.paragraphs if doc.paragraphs is not None else (tuple(range(len(doc.sentences))),)
    last_paragraph = len(paragraphs) - 1
    for p, members in enumerate(paragraphs):
        for k, i in enumerate(members):
            # +1 in the first or last paragraph, +1 for a paragraph's first or last sentence
            scores[i] += int(p in (0, last_paragraph)) + int(k in (0, len(members) - 1))
    return [float(s) for s in scores]


def edmundson(doc: Doc, count: int) -> Ranked:
    return select_top(edmundson_scores(doc), count)


RANKERS: dict[str, Callable[[Doc, int], Ranked]] = {
    "lexrank": lexrank,
    "textrank": textrank,
    "lsa": lsa,
    "luhn": luhn,
    "kl": kl,
    "sumbasic": sumbasic,
    "reduction": reduction,
    "edmundson": edmundson,
}
