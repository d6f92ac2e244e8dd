"""`docbao`, the default summarizer: sentences that tell the headline's story, early ones first.

A news article is written to its headline: the editor's title (and the lead under it) say what
the story is, and the body elaborates it, most important facts first.  Each candidate sentence
gets

    score = relevance + POSITION_WEIGHT / sqrt(1 + position) + CENTRALITY_WEIGHT * centrality

- relevance: cosine between the sentence and the headline (title + lead, plus the section's
  heading when one section is summarized), as TF-IDF vectors over the scope's content words
  (tf = 1 + log count, idf = log((N + 1) / (df + 0.5)); underthesea's stop words left out);
- position: the sentence's index in the scope (the inverted pyramid);
- centrality: sumy's LexRank score of the sentence, divided by the highest one (it decides when
  the headline shares no word with the body).

Sentences are then taken best first, skipping one whose cosine with a sentence already taken is
above REDUNDANCY (news repeats itself), and one that restates a sentence of the lead (cosine above
ECHO): the reader sees the lead above the summary, and papers often repeat it in the body.  Lines that are
not sentences come last: a line with no final punctuation (a byline such as "Như Tâm", an inline
sub-heading, a list item) and "Xem thêm: …" links to other stories; photo captions are out of the
scope already.  Just before them come the sentences that only say who attended or chaired a
meeting: the attendee pane lists those people, and the summary is for what was said and decided.
When skipping leaves the summary short, the skipped sentences fill it in order.

The three numbers were set by hand to round values, on half of the development set and checked
on the other half; results move little around them (see bench/evaluate.py).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from tui.language.rankers import Doc, Ranked, count_matrix, lexrank_scores

POSITION_WEIGHT = 0.2
CENTRALITY_WEIGHT = 0.05
REDUNDANCY = 0.5
ECHO = 0.8

_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
_LINK = re.compile(r"^\W*(?:xem thêm|đọc thêm|tin liên quan|bài liên quan)\b", re.IGNORECASE)

Words = tuple[str, ...]


# Who attended and who chaired: the protocol of a meeting report, which the attendee pane shows
# already ("Tham dự có đồng chí …", "Cùng dự có …", "Về phía tỉnh có …", "… đồng chủ trì kỳ họp").
_PROTOCOL = re.compile(
    # "(Cùng / Đến / Về) (tham) dự (hội nghị …) có", "Tham dự …", "Về phía huyện có", "Đi cùng có",
    # "Tham gia tiếp xúc có", "Cùng tiếp công dân có các đồng chí"
    r"^\W*(?:(?:cùng |đến |về )?(?:tham )?dự (?:hội nghị|kỳ họp|buổi|lễ|phiên|cuộc|có|còn có)|tham dự|"
    r"về phía [^,.;:]{1,40}? có|tham gia đoàn|đi cùng(?: đoàn)? có|"
    r"(?:cùng|tham gia) [^,.;:]{1,30}? có (?:các |sự tham dự của )?(?:đồng chí|ông|bà|đại diện|lãnh đạo))"
    # "… (đồng) chủ trì (hội nghị).", "Hội nghị do … chủ tọa."
    r"|\b(?:đồng )?chủ (?:trì|tọa|toạ)(?: (?:hội nghị|kỳ họp|phiên họp|buổi|cuộc|lễ)[^,.;:]{0,30}?)?\W*$",
    re.IGNORECASE,
)


def is_protocol(text: str) -> bool:
    """A sentence that only says who attended or chaired the meeting."""
    return bool(_PROTOCOL.search(text.strip()))


def is_fragment(text: str) -> bool:
    """A line that is not a sentence of the story: no final punctuation, or a link to another."""
    text = text.strip()
    return not _SENTENCE_END.search(text) or bool(_LINK.match(text))


def rank(
    texts: Sequence[str],
    words: Sequence[Words],
    query: Sequence[Words],
    stop: frozenset[str],
    count: int,
    seen: Sequence[Words] = (),
) -> Ranked:
    """The `count` best sentences as (index, score), in document order; `seen` are sentences the
    reader has already read (the lead), which the summary should not repeat."""
    import numpy as np

    n = len(words)
    count = min(count, n)
    if count <= 0:
        return []
    content = [[w for w in ws if w not in stop] for ws in words]
    counts, vocab = count_matrix(content)
    df = np.bincount(counts.indices, minlength=counts.n_terms)
    idf = np.log((n + 1) / (df + 0.5))
    # unit-length TF-IDF rows, tf = 1 + log count
    vectors = counts.with_data((1.0 + np.log(counts.data)) * idf[counts.indices])
    lengths = np.sqrt(vectors.squared_norms())
    vectors.data /= np.repeat(np.where(lengths > 0, lengths, 1.0), np.diff(counts.indptr))
    relevance = vectors.dot(_headline([w for q in query for w in q if w not in stop], vocab, idf, n))
    centrality = np.nan_to_num(lexrank_scores(Doc(tuple(words), (), stop)), nan=0.0)
    if centrality.max() > 0:
        centrality = centrality / centrality.max()
    position = 1.0 / np.sqrt(np.arange(1, n + 1))
    scores = relevance + POSITION_WEIGHT * position + CENTRALITY_WEIGHT * centrality

    # Then come the protocol's sentences, then lines that are no sentences at all.
    last = [2 if is_fragment(t) else 1 if is_protocol(t) else 0 for t in texts]
    order = sorted(range(n), key=lambda i: (last[i], -scores[i], i))
    closest = np.zeros(n)  # each sentence's highest cosine with a sentence already chosen
    echo = np.zeros(n)  # and with a sentence of the lead
    for ws in seen:
        np.maximum(echo, vectors.dot(_headline([w for w in ws if w not in stop], vocab, idf, n)), out=echo)
    chosen: list[int] = []
    skipped: list[int] = []
    for i in order:
        if len(chosen) == count:
            break
        if closest[i] > REDUNDANCY or echo[i] > ECHO:
            skipped.append(i)
            continue
        chosen.append(i)
        np.maximum(closest, vectors.dot_row(i), out=closest)
    chosen += skipped[: count - len(chosen)]
    return [(i, float(scores[i])) for i in sorted(chosen)]


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
