"""Fast versions of sumy's summarizers that choose the same sentences as sumy's own classes.

Stock sumy is pure Python and quadratic or worse (LexRank 41 s, KL over 100 s on long
documents).  Each ranker here takes a `Doc` (the words of every candidate sentence, already
segmented) and returns the chosen sentences as `(index, score)` pairs in document order.  The
arithmetic follows sumy's step by step so that the choice is the same:

- LexRank, TextRank, Reduction: the sentence graph is built with sparse matrix products, then
  sumy's own dense power method (same matrix, same numpy calls) or a sequential sum in sumy's
  order, so the scores are bit-for-bit sumy's (tests check it).  LexRank's cosines are summed
  in another order than sumy's; only a cosine within a rounding error of the 0.1 threshold
  could fall on the other side of it.
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

numpy and scipy are imported inside the functions.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

Words = tuple[str, ...]
Ranked = list[tuple[int, float]]

__all__ = ["RANKERS", "Doc", "select_top"]


@dataclass(frozen=True, slots=True)
class Doc:
    """A tokenized document as sumy sees it.

    `sentences` are the candidates (every word, stop words included, in order); `headings` are
    words that belong to the document but are never chosen (the title, section headings).
    """

    sentences: tuple[Words, ...]
    headings: tuple[Words, ...] = ()
    stop_words: frozenset[str] = field(default_factory=frozenset)
    # Edmundson only: paragraphs as runs of sentence indices (None: one paragraph), cue words.
    paragraphs: tuple[tuple[int, ...], ...] | None = None
    bonus_words: frozenset[str] = field(default_factory=frozenset)
    stigma_words: frozenset[str] = field(default_factory=frozenset)

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


def count_matrix(sentences: Sequence[Sequence[str]]):
    """Sentence × term counts (CSR, float64) and the vocabulary, terms in first-seen order."""
    import numpy as np
    from scipy.sparse import csr_matrix

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
    matrix = csr_matrix(
        (np.asarray(data, dtype=np.float64), np.asarray(indices, dtype=np.int64), np.asarray(indptr)),
        shape=(len(sentences), max(len(vocab), 1)),
    )
    return matrix, vocab


def _overlaps(counts):
    """Dense sentence × sentence matrix of Σ_w c_i(w)·c_j(w) (shared words, with repeats)."""
    return (counts @ counts.T).toarray()


def _log_lengths(lengths: Sequence[int]):
    """math.log of each length (0 for empty sentences), as sumy computes them."""
    import numpy as np

    return np.array([math.log(n) if n > 0 else 0.0 for n in lengths], dtype=np.float64)


# --------------------------------------------------------------------------------------------
# LexRank


LEXRANK_THRESHOLD = 0.1
LEXRANK_EPSILON = 0.1


def lexrank_scores(doc: Doc):
    """sumy's LexRank scores (a numpy vector), from a sparse TF-IDF cosine matrix."""
    import numpy as np

    words = [doc.content(s) for s in doc.sentences]
    n = len(words)
    counts, _ = count_matrix(words)
    counts.sum_duplicates()
    row_nnz = np.diff(counts.indptr)
    # tf = count / the sentence's highest count
    row_max = counts.max(axis=1).toarray().ravel()
    tf = counts.copy()
    tf.data = counts.data / np.repeat(row_max, row_nnz)
    df = np.bincount(counts.indices, minlength=counts.shape[1]).astype(np.float64)
    idf = np.array([math.log(n / (1 + d)) for d in df])
    x = tf.copy()
    x.data = tf.data * idf[tf.indices]
    squares = x.copy()
    squares.data = x.data**2
    norms = np.sqrt(np.asarray(squares.sum(axis=1)).ravel())
    cosine = (x @ x.T).toarray()
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
    p = np.zeros(counts.shape[1])
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
    counts.sum_duplicates()
    p_log_p = np.zeros_like(p)
    np.multiply(p, np.log(p, where=p > 0, out=np.zeros_like(p)), out=p_log_p)
    p_nz = p[counts.indices]
    c_nz = counts.data
    row_of = np.repeat(np.arange(n), np.diff(counts.indptr))
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
    available = np.ones(n, dtype=bool)
    picked: Ranked = []
    for step in range(count):
        with np.errstate(divide="ignore", invalid="ignore"):
            averages = np.where(lengths > 0, (counts @ p) / np.where(lengths > 0, lengths, 1.0), 0.0)
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
        for w in set(content[index]):
            p[vocab[w]] = word_freq[w]
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
