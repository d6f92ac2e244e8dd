"""`rankers.Sparse`, the rankers' sentence × term matrix, against scipy.sparse (a test-only
dependency): the same numbers, bit for bit, since the rankers' choices (and their agreement with
stock sumy) depend on float sums being made in scipy's order."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.language.rankers import Sparse, count_matrix

scipy_sparse = pytest.importorskip("scipy.sparse")

# Sentences of a small vocabulary: shared words, repeats, empty sentences.
sentences = st.lists(st.lists(st.sampled_from("abcdefghij"), max_size=12), min_size=1, max_size=25)


def as_scipy(m: Sparse):
    return scipy_sparse.csr_matrix((m.data, m.indices, m.indptr), shape=(m.n_rows, m.n_terms))


def weighted(m: Sparse, seed: int) -> Sparse:
    """The same terms with float weights whose sums depend on their order."""
    rng = np.random.default_rng(seed)
    return m.with_data(m.data * rng.uniform(0.1, 3.0, len(m.data)) / 7.0)


def test_count_matrix_counts_each_sentences_terms_in_first_seen_order():
    m, vocab = count_matrix([["b", "a", "b"], [], ["c", "a"]])
    assert vocab == {"b": 0, "a": 1, "c": 2}
    assert m.n_rows == 3 and m.n_terms == 3
    assert m.indptr.tolist() == [0, 2, 2, 4]
    assert m.indices.tolist() == [0, 1, 2, 1]
    assert m.data.tolist() == [2.0, 1.0, 1.0, 1.0]
    assert not m.is_sorted  # row 2 stores term 2 before term 1
    assert m.sorted().indices.tolist() == [0, 1, 1, 2]


@settings(max_examples=150, deadline=None)
@given(sentences, st.integers(0, 2**32 - 1))
def test_row_operations_are_scipys(words, seed):
    m = weighted(count_matrix(words)[0], seed)
    s = as_scipy(m)
    vector = np.random.default_rng(seed + 1).uniform(-1.0, 1.0, m.n_terms)
    assert np.array_equal(m.dot(vector), s @ vector)
    assert np.array_equal(m.row_sums(), np.asarray(s.sum(axis=1)).ravel())
    assert np.array_equal(m.squared_norms(), np.asarray(s.multiply(s).sum(axis=1)).ravel())
    ordered = m.sorted()
    t = s.copy()
    t.sort_indices()
    assert np.array_equal(ordered.indices, t.indices) and np.array_equal(ordered.data, t.data)
    counts = count_matrix(words)[0]
    assert np.array_equal(counts.row_max(), as_scipy(counts).max(axis=1).toarray().ravel())


@settings(max_examples=150, deadline=None)
@given(sentences, st.integers(0, 2**32 - 1))
def test_products_are_scipys(words, seed):
    m = weighted(count_matrix(words)[0], seed)
    s = as_scipy(m)
    for i in range(m.n_rows):
        assert np.array_equal(m.dot_row(i), (s @ s[i].T).toarray().ravel())
    ordered = m.sorted()
    t = as_scipy(ordered)
    gram = ordered.gram()
    assert np.array_equal(gram, (t @ t.T).toarray())
    assert np.array_equal(gram, gram.T)


def test_gram_is_made_in_blocks_like_one_product(monkeypatch):
    # A block of at most a few products at a time: the rows are cut many times over.
    import tui.language.rankers as rankers

    rng = np.random.default_rng(7)
    words = [list(rng.choice(list("abcdefghijklmnop"), size=rng.integers(0, 15))) for _ in range(90)]
    m = weighted(count_matrix(words)[0], 3).sorted()
    whole = m.gram()
    monkeypatch.setattr(rankers, "GRAM_BLOCK", 16)
    assert np.array_equal(Sparse(m.data, m.indices, m.indptr, m.n_terms).gram(), whole)
    t = as_scipy(m)
    assert np.array_equal(whole, (t @ t.T).toarray())
