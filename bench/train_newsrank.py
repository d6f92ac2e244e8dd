"""Learn the default summarizer's weights (tui/language/data/newsrank.tsv) from editor-written leads.

    .venv/bin/python bench/train_newsrank.py --train /work/data/vi-news-train-fit.jsonl \\
        [--check /work/data/vi-news-train-eval.jsonl] [--write tui/language/data/newsrank.tsv]

Each candidate sentence of an article (the scope `docbao` summarizes, through our own reader)
is described by `newsrank.FEATURES`.  The labels are the greedy oracle: the sentences that, taken
one by one while the mean of ROUGE-1 and ROUGE-2 F1 against the editor's lead still rises, best
summarize the article (at most 3).  A regression (numpy, Newton's method, an L2 penalty on
standardized features) learns which sentences the oracle takes: a logistic one over all
sentences, or a conditional logit where each article's sentences compete only with each other
(listwise).  The summary as a whole then decides the rest: the objective, the penalty, the
near-repeat rule (TF-IDF cosine or shared word trigrams) and how the summary is taken (best
sentences one by one, or the set with the most expected overlap with the lead per syllable,
Σ odds × (1 + new syllable pairs) / (Σ syllables + reference), for a few references:
`newsrank.select`) are chosen by the 3-sentence summaries' mean of (ROUGE-1 + 2 ROUGE-2) / 3
F1 over Lead-3 on the training articles, fitted on one half and scored on the other, both ways;
the weights are fitted on all of them, and with `--tune` each one (and the intercept, when the
odds weigh the summary) is then moved in turn (coordinate ascent, steps of 0.2, 0.1 and 0.05 standard
deviations) while the summaries' mean of (ROUGE-1 + 2 ROUGE-2) / 3 rises (ROUGE-2 counted
twice: with equal weights the tuning bought ROUGE-1 and left ROUGE-2 where the regression had
it).  The tuning is first tried on each half and scored on the other; it is kept only if it
gains there (with the summary weighed as a whole and new pairs counted, it lost: the
regression's weights are shipped).

Deterministic: no sampling, a fixed order.  The features and labels of a data file are kept
outside the repository (bench/corpus.py's cache) and computed again when the features' code
changes.  `--check` prints the same fast ROUGE for the hand-set and the learned weights on
another file (bench/evaluate.py gives the official figures with rouge-score).
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus
from evaluate import Tokenizer, lead_sentences

from tui.language import newsrank, protocol

N = 3


@dataclass
class Sample:
    texts: list[str]
    words: list[tuple[str, ...]]
    found: newsrank.Features
    tokens: list[list[str]]  # each sentence's ROUGE tokens
    reference: list[str]
    lead3: list[str]  # Lead-3's tokens
    oracle: list[int]


# --- ROUGE, fast (the protocol's tokens; F1 as rouge-score computes it) ---------------------------


def _f1(overlap: int, cand: int, ref: int) -> float:
    if overlap == 0 or cand == 0 or ref == 0:
        return 0.0
    p, r = overlap / cand, overlap / ref
    return 2 * p * r / (p + r)


def _ngrams(tokens: list[str], n: int) -> Counter:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def _lcs(a: list[str], b: list[str]) -> int:
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def rouge(cand: list[str], ref: list[str], lcs: bool = True) -> tuple[float, float, float]:
    out = []
    for n in (1, 2):
        c, r = _ngrams(cand, n), _ngrams(ref, n)
        out.append(_f1(sum((c & r).values()), sum(c.values()), sum(r.values())))
    out.append(_f1(_lcs(cand, ref), len(cand), len(ref)) if lcs else 0.0)
    return out[0], out[1], out[2]


def greedy_oracle(tokens: list[list[str]], ref: list[str], limit: int = N) -> list[int]:
    chosen: list[int] = []
    best = 0.0
    while len(chosen) < limit:
        pick, gain = None, best
        for i in range(len(tokens)):
            if i in chosen:
                continue
            cand = [t for k in sorted([*chosen, i]) for t in tokens[k]]
            r1, r2, _ = rouge(cand, ref, lcs=False)
            if (r1 + r2) / 2 > gain:
                pick, gain = i, (r1 + r2) / 2
        if pick is None:
            break
        chosen.append(pick)
        best = gain
    return sorted(chosen)


# --- features, kept on disk -----------------------------------------------------------------------


def _code_key() -> str:
    """Changes when the reader's or the features' code or word lists change."""
    package = Path(protocol.__file__).parent.parent
    files = sorted(package.glob("reading/*.py")) + sorted(package.glob("language/*.py"))
    files += sorted(package.glob("language/data/*.txt"))
    parts = [f.read_text("utf-8") for f in files]
    return hashlib.sha256("".join(parts).encode()).hexdigest()[:12]


def samples(path: str, cache: str | None = None) -> list[Sample]:
    from tui.language.summarize import scope_of
    from tui.language.words import stop_words

    digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16]
    store = corpus.cache_dir(cache) / f"newsrank-{digest}-{_code_key()}.pkl"
    if store.exists():
        with store.open("rb") as f:
            return pickle.load(f)
    tok = Tokenizer()
    stop = stop_words()
    out = []
    for item in corpus.load(path, cache=cache):
        article = item.article
        scope = scope_of(article)
        if not scope.sentences:
            continue

        def words(text: str, known: dict = item.words) -> tuple[str, ...]:
            return known.get(text.strip(), ()) if text.strip() else ()

        texts = [s.text for s in scope.sentences]
        ws = [words(t) for t in texts]
        lead = [words(s.text) for s in article.sentences if s.kind == "lead"]
        found = newsrank.features(
            texts, ws, [words(q) for q in scope.query], stop, lead, words(article.title)
        )
        tokens = [tok.tokenize(t) for t in texts]
        ref = tok.tokenize(item.row["summary"])
        lead3 = tok.tokenize(" ".join(lead_sentences(item.row["body"])[:N]))
        out.append(Sample(texts, ws, found, tokens, ref, lead3, greedy_oracle(tokens, ref)))
    tmp = store.with_suffix(".tmp")
    with tmp.open("wb") as f:
        pickle.dump(out, f, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(store)
    return out


# --- the regression ---------------------------------------------------------------------------


def fit(data: list[Sample], penalty: float) -> tuple[np.ndarray, float, np.ndarray, np.ndarray]:
    """Logistic regression of oracle membership on standardized features (Newton's method);
    returns the weights and intercept on the raw features, and the standardized weights with
    the features' scales (for explaining them)."""
    x = np.vstack([s.found.matrix for s in data])
    y = np.concatenate([np.isin(np.arange(len(s.texts)), s.oracle).astype(float) for s in data])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.column_stack([np.ones(len(x)), (x - mean) / scale])
    w = np.zeros(z.shape[1])
    ridge = np.full(z.shape[1], penalty)
    ridge[0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(z @ w)))
        grad = z.T @ (p - y) + ridge * w
        hess = (z * (p * (1 - p))[:, None]).T @ z + np.diag(ridge)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    raw = w[1:] / scale
    return raw, float(w[0] - raw @ mean), w[1:], scale


def fit_listwise(data: list[Sample], penalty: float) -> tuple[np.ndarray, float, np.ndarray, np.ndarray]:
    """The same, but each article's sentences compete with each other only (a conditional
    logit: the oracle's sentences should have the highest softmax share within their article),
    then an intercept that makes 1 / (1 + e^-score) the odds that the oracle takes a sentence."""
    x = np.vstack([s.found.matrix for s in data])
    y = np.concatenate([np.isin(np.arange(len(s.texts)), s.oracle).astype(float) for s in data])
    sizes = np.array([len(s.texts) for s in data])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    article = np.repeat(np.arange(len(data)), sizes)
    picks = np.add.reduceat(y, starts)  # oracle sentences per article
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    w = np.zeros(z.shape[1])
    for _ in range(50):
        s = z @ w
        s -= np.maximum.reduceat(s, starts)[article]
        e = np.exp(s)
        p = e / np.add.reduceat(e, starts)[article]  # softmax within each article
        m = np.add.reduceat(z * p[:, None], starts)  # each article's expected features
        grad = -(z.T @ y - picks @ m) + penalty * w
        hess = (
            (z * (picks[article] * p)[:, None]).T @ z - (m * picks[:, None]).T @ m + penalty * np.eye(len(w))
        )
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    raw = w / scale
    score = x @ raw
    b = 0.0
    for _ in range(50):
        q = 1.0 / (1.0 + np.exp(-(score + b)))
        step = (q - y).sum() / max((q * (1 - q)).sum(), 1e-12)
        b -= step
        if abs(step) < 1e-10:
            break
    return raw, float(b), w, scale


FITS = {"logistic": fit, "listwise": fit_listwise}


def _scores(s: Sample, model: newsrank.Model, vector: np.ndarray) -> np.ndarray:
    """The sentences' scores as `newsrank.rank` gives them to `newsrank.select`."""
    scores = model.intercept + s.found.matrix @ vector
    return 1.0 / (1.0 + np.exp(-scores)) if model.link == "logistic" else scores


def scores_of(data: list[Sample], model: newsrank.Model) -> np.ndarray:
    """Mean ROUGE-1/2/L F1 of the model's 3-sentence summaries minus Lead-3's, per article."""
    vector = model.vector()
    out = []
    for s in data:
        scores = _scores(s, model, vector)
        chosen = newsrank.select(scores, s.found, s.words, min(N, len(s.texts)), model)
        cand = [t for i, _ in chosen for t in s.tokens[i]]
        mine, base = rouge(cand, s.reference), rouge(s.lead3, s.reference)
        out.append([100 * (a - b) for a, b in zip(mine, base, strict=True)])
    return np.array(out)


R2_WEIGHT = 2.0  # how much ROUGE-2 counts against ROUGE-1 in the tuning objective (--r2-weight)


def _objective(data: list[Sample], model: newsrank.Model, memo: list[dict]) -> np.ndarray:
    """Each article's 3-sentence summary's (ROUGE-1 + w ROUGE-2) / (1 + w) F1."""
    vector = model.vector()
    out = np.empty(len(data))
    for k, (s, seen) in enumerate(zip(data, memo, strict=True)):
        scores = _scores(s, model, vector)
        chosen = tuple(i for i, _ in newsrank.select(scores, s.found, s.words, min(N, len(s.texts)), model))
        value = seen.get(chosen)
        if value is None:
            r1, r2, _ = rouge([t for i in chosen for t in s.tokens[i]], s.reference, lcs=False)
            value = seen[chosen] = (r1 + R2_WEIGHT * r2) / (1 + R2_WEIGHT)
        out[k] = value
    return out


STEADY = False  # --steady: a step is kept only if neither half of the articles loses by it


def tune(
    data: list[Sample], model: newsrank.Model, scale: np.ndarray, steps=(0.2, 0.1, 0.05)
) -> newsrank.Model:
    """The summary as a whole: coordinate ascent on each standardized weight, from the
    regression's, while the training summaries' mean ROUGE rises.  When the odds weigh the
    summary (`reference`), the intercept moves too, in the same steps.  With STEADY, a step
    must also leave neither half of the articles (odd, even) worse: a gain that one half pays
    for is more likely noise."""
    memo: list[dict] = [{} for _ in data]
    z = np.append(model.vector() * scale, model.intercept)
    last = len(z) if model.reference > 0 else len(z) - 1

    def model_at(v: np.ndarray) -> newsrank.Model:
        return model_of(v[:-1] / scale, float(v[-1]), model.blocking, model.redundancy, model.reference)

    def measure(m: newsrank.Model) -> tuple[float, float, float]:
        values = _objective(data, m, memo)
        return float(values.mean()), float(values[0::2].mean()), float(values[1::2].mean())

    best = measure(model)
    for step in steps:
        improved = True
        while improved:
            improved = False
            for j in range(last):
                for sign in (1.0, -1.0):
                    trial = z.copy()
                    trial[j] += sign * step
                    value = measure(model_at(trial))
                    steady = value[1] >= best[1] - 1e-9 and value[2] >= best[2] - 1e-9
                    if value[0] > best[0] + 1e-6 and (steady or not STEADY):
                        best, z, improved = value, trial, True
                        break
    return model_at(z)


def model_of(
    raw: np.ndarray, intercept: float, blocking: str, redundancy: float, reference: float = 0.0
) -> newsrank.Model:
    weights = {f: float(w) for f, w in zip(newsrank.FEATURES, raw, strict=True)}
    return newsrank.Model(weights, intercept, blocking, redundancy, "logistic", reference)


# How the summary is taken: (near-repeat rule, its threshold, reference).  A reference of 0 takes
# the best sentences one by one; above 0 the summary as a whole (newsrank.select).
SELECTIONS = (
    ("trigram", 0.0, 0.0),
    ("cosine", 0.5, 0.0),
    *(("trigram", 0.0, reference) for reference in (10.0, 15.0, 20.0, 30.0)),
)
PENALTIES = (1.0, 30.0)


def choose(data: list[Sample]) -> tuple[str, float, str, float, float]:
    """The objective, penalty, near-repeat rule and reference whose summaries beat Lead-3 most
    on held-out halves, by the tuning's measure: (ROUGE-1 + w ROUGE-2) / (1 + w)."""
    halves = (data[0::2], data[1::2])
    best = None
    for objective, penalty in ((o, p) for o in FITS for p in PENALTIES):
        fits = [FITS[objective](h, penalty) for h in halves]
        for blocking, redundancy, reference in SELECTIONS:
            margins = np.vstack(
                [
                    scores_of(
                        halves[1 - k], model_of(fits[k][0], fits[k][1], blocking, redundancy, reference)
                    )
                    for k in (0, 1)
                ]
            ).mean(axis=0)
            value = (margins[0] + R2_WEIGHT * margins[1]) / (1 + R2_WEIGHT)
            print(
                f"  {objective}, penalty {penalty:g}, {blocking} {redundancy:g}, reference {reference:g}: "
                + " / ".join(f"{m:+.2f}" for m in margins),
                flush=True,
            )
            if best is None or value > best[0]:
                best = (value, objective, penalty, blocking, redundancy, reference)
    assert best is not None
    return best[1], best[2], best[3], best[4], best[5]


def write(
    path: str,
    tuned: bool,
    raw,
    intercept,
    standardized,
    blocking,
    redundancy,
    reference,
    objective,
    penalty,
    count,
) -> None:
    lines = [
        "# The default summarizer's weights (tui/language/newsrank.py), learned by",
        f"# bench/train_newsrank.py: a {objective} regression of the greedy-oracle sentences of "
        f"{count:,} VietNews",
        f"# train-split articles on the features below (L2 penalty {penalty:g} on standardized features),",
        *(
            [f"# tuned on whole 3-sentence summaries' (ROUGE-1 + {R2_WEIGHT:g} ROUGE-2) / {1 + R2_WEIGHT:g}."]
            if tuned
            else []
        ),
        "# A sentence's score is intercept + sum of weight x feature; the comment after each weight",
        "# is the weight per standard deviation of the feature: how much it matters. The score shown",
        "# is 1 / (1 + e^-score), the odds that the oracle would take the sentence.",
        *(
            [
                "# The summary: the sentences with the most Σ odds × (1 + syllable pairs not taken before)",
                "# / (Σ syllables + reference) (newsrank.select).",
            ]
            if reference > 0
            else []
        ),
        "link\tlogistic",
        f"blocking\t{blocking}",
        f"redundancy\t{redundancy:g}",
        f"reference\t{reference:g}",
        f"intercept\t{intercept:.6f}",
    ]
    for name, w, zw in zip(newsrank.FEATURES, raw, standardized, strict=True):
        lines.append(f"{name}\t{w:.6f}\t# {zw:+.3f} per sd")
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--train", required=True, help="JSON Lines training articles")
    p.add_argument("--check", action="append", default=[], help="JSON Lines articles to compare on")
    p.add_argument("--write", help="where to write the model (tui/language/data/newsrank.tsv)")
    p.add_argument("--cache", help="folder for words and features (default ~/.cache/docbao-bench)")
    p.add_argument("--tune", action="store_true", help="then tune the weights on whole summaries")
    p.add_argument("--r2-weight", type=float, default=2.0, help="ROUGE-2's weight against ROUGE-1 in tuning")
    p.add_argument("--steady", action="store_true", help="tune: keep a step only if neither half loses")
    args = p.parse_args(argv)
    global R2_WEIGHT, STEADY
    R2_WEIGHT, STEADY = args.r2_weight, args.steady

    data = samples(args.train, args.cache)
    positives = sum(len(s.oracle) for s in data)
    print(f"{len(data)} articles, {sum(len(s.texts) for s in data)} sentences, {positives} in the oracle")
    objective, penalty, blocking, redundancy, reference = choose(data)
    fitter = FITS[objective]
    raw, intercept, standardized, scale = fitter(data, penalty)
    model = model_of(raw, intercept, blocking, redundancy, reference)
    print(
        f"chosen: {objective}, penalty {penalty:g}, {blocking} {redundancy:g}, reference {reference:g}",
        flush=True,
    )
    tuned = False
    if args.tune:
        # Tuned on one half, scored on the other: the tuning is kept only if it gains there too.
        halves = (data[0::2], data[1::2])
        gain = 0.0
        for k in (0, 1):
            r, b, _, sc = fitter(halves[k], penalty)
            plain = model_of(r, b, blocking, redundancy, reference)
            other = halves[1 - k]
            before, after = (scores_of(other, m).mean(axis=0) for m in (plain, tune(halves[k], plain, sc)))
            gain += ((after[0] - before[0]) + R2_WEIGHT * (after[1] - before[1])) / (1 + R2_WEIGHT)
            print(
                f"  tuned on half {k}, other half over Lead-3: "
                + " / ".join(f"{m:+.2f}" for m in before)
                + " → "
                + " / ".join(f"{m:+.2f}" for m in after),
                flush=True,
            )
        if gain > 0:
            tuned = True
            model = tune(data, model, scale)
            standardized = model.vector() * scale
            raw, intercept = model.vector(), model.intercept
        else:
            print("  the tuning lost on the other halves: the regression's weights are kept", flush=True)
    for name, zw in sorted(zip(newsrank.FEATURES, standardized, strict=True), key=lambda t: -abs(t[1])):
        print(f"  {name:22} {zw:+.3f}")
    if args.write:
        write(
            args.write,
            tuned,
            raw,
            intercept,
            standardized,
            blocking,
            redundancy,
            reference,
            objective,
            penalty,
            len(data),
        )
    for path in args.check:
        check = samples(path, args.cache)
        for label, m in (("hand-set", newsrank.HAND_SET), ("learned", model)):
            margins = scores_of(check, m).mean(axis=0)
            print(f"{path}: {label} over Lead-3 " + " / ".join(f"{x:+.2f}" for x in margins))
    return 0


if __name__ == "__main__":
    sys.exit(main())
