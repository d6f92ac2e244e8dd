"""Summarizer speed: ours against stock sumy, on documents of 50, 200, 800 and 2,000 sentences.

    .venv/bin/python bench/speed.py [--sizes 50,200,800,2000] [-n 5] [--timeout 60] [--no-stock]

The documents are built from the bundled article(s): their body sentences, shuffled, with words
dropped and swapped at random (a fixed seed), in paragraphs of three, under the seed's title.
Word segmentation is timed once per document and then cached, as in the app; the algorithm
timings below exclude it.  Ours is `tui.language.summarize.summarize` (best of 3); stock is
sumy's own class run on the very same words (`tui.language.adapter`), once, in a forked child
that is stopped after --timeout seconds.  Peak memory is the growth of the process's resident
set during the call, measured in a forked child for both.

Also prints the seed article's numbers: its first summary (segmentation included) and a
summary once its words are cached, for every algorithm.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import resource
import sys
import time
from collections.abc import Iterator


def mutated_sentences(pool: list[str], seed: int = 0) -> Iterator[str]:
    """Endless sentences made from `pool`'s: some words dropped, two sometimes swapped (so that
    no two are alike and word segmentation cannot reuse its work)."""
    rnd = random.Random(seed)
    while True:
        words = rnd.choice(pool).split()
        words = [w for w in words if rnd.random() > 0.15] or words[:1]
        if rnd.random() < 0.3:
            i, j = rnd.randrange(len(words)), rnd.randrange(len(words))
            words[i], words[j] = words[j], words[i]
        text = " ".join(words).rstrip(".;,:…") + "."
        yield text[0].upper() + text[1:]


def build_text(size: int, seed: int = 0) -> str:
    """A `size`-sentence article made of mutated, shuffled sentences of the bundled articles."""
    from tui.reading.bundled import bundled_articles
    from tui.reading.document import open_article

    articles = [open_article(p) for p in bundled_articles()]
    made = mutated_sentences([s.text for a in articles for s in a.body_sentences], seed)
    sentences = [next(made) for _ in range(size)]
    paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, size, 3)]
    return "\n\n".join([articles[0].title, *paragraphs]) + "\n"


def _rss_kib() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * (os.sysconf("SC_PAGE_SIZE") // 1024)


def _child(conn, fn) -> None:
    start = _rss_kib()
    t = time.perf_counter()
    fn()
    seconds = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    conn.send((seconds, max(peak - start, 0) / 1024))
    conn.close()


def in_child(fn, timeout: float) -> tuple[float | None, float | None]:
    """(seconds, peak MiB growth) of fn() in a forked child; (None, None) past the timeout."""
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, fn))
    proc.start()
    child.close()
    if parent.poll(timeout):
        result = parent.recv()
        proc.join()
        return result
    proc.terminate()
    proc.join()
    return None, None


def best_of(fn, rounds: int = 3) -> float:
    best = float("inf")
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def measure(size: int, algorithms: list[str], n: int, timeout: float, stock: bool) -> dict:
    from tui.language.adapter import VietnameseTokenizer, stock_select, sumy_document
    from tui.language.summarize import scope_of, summarize
    from tui.language.words import cache_for, stop_words
    from tui.reading.parse import parse

    article = parse(build_text(size))
    scope = scope_of(article)
    cache = cache_for(article)
    t = time.perf_counter()
    cache.many([s.text for s in scope.sentences] + list(scope.headings))
    segmentation = time.perf_counter() - t
    stop = stop_words()
    title_words = cache.words(article.title)
    texts = [[scope.sentences[i].text for i in p] for p in scope.paragraphs]
    document = sumy_document(texts, VietnameseTokenizer(cache), headings=[scope.headings])
    rows = {}
    for name in algorithms:
        ours = best_of(lambda name=name: summarize(article, name, n))
        _, ours_peak = in_child(lambda name=name: summarize(article, name, n), timeout)
        row = {"ours_s": ours, "ours_peak_mib": ours_peak, "stock_s": None, "stock_peak_mib": None}
        if stock and name != "docbao":

            def run(name=name):
                stock_select(name, document, n, stop, title_words)

            row["stock_s"], row["stock_peak_mib"] = in_child(run, timeout)
            row["stock_timeout"] = row["stock_s"] is None
        rows[name] = row
    return {"sentences": len(scope.sentences), "segmentation_s": segmentation, "algorithms": rows}


def seed_numbers(algorithms: list[str], n: int) -> dict:
    from tui.language.summarize import summarize
    from tui.reading.bundled import seed_article
    from tui.reading.document import open_article

    out = {}
    for name in algorithms:
        article = open_article(seed_article())  # a new article: its words are not cached yet
        t = time.perf_counter()
        summarize(article, name, n)
        first = time.perf_counter() - t
        out[name] = {"first_s": first, "cached_s": best_of(lambda a=article, k=name: summarize(a, k, n))}
    return out


def _fmt_s(x: float | None, timeout: float) -> str:
    if x is None:
        return f"> {timeout:.0f} s"
    return f"{x * 1000:.1f} ms" if x < 1 else f"{x:.2f} s"


def main(argv: list[str] | None = None) -> int:
    from tui.language.algorithms import ALGORITHM_NAMES

    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", default="50,200,800,2000")
    p.add_argument("--algorithms", default=",".join(ALGORITHM_NAMES))
    p.add_argument("-n", type=int, default=5, help="sentences per summary (default 5)")
    p.add_argument("--timeout", type=float, default=60.0, help="seconds allowed to each stock run")
    p.add_argument("--no-stock", action="store_true", help="time ours only")
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    algorithms = [a for a in args.algorithms.split(",") if a]
    sizes = [int(s) for s in args.sizes.split(",") if s]
    os.environ["DOCBAO_CACHE_DIR"] = ""  # segmentation is timed: no words kept from earlier runs

    # Warm up: imports, the segmentation model, numpy.
    from tui.language.summarize import summarize
    from tui.reading.parse import parse

    warm = parse(build_text(12, seed=99))
    for name in algorithms:
        summarize(warm, name, 2)
    if not args.no_stock:
        import sumy.summarizers.lex_rank  # noqa: F401  (NLTK's import cost is not sumy's speed)

    seed = seed_numbers(algorithms, 3)
    results = {size: measure(size, algorithms, args.n, args.timeout, not args.no_stock) for size in sizes}
    if args.json:
        print(json.dumps({"n": args.n, "seed": seed, "sizes": results}, indent=2))
        return 0

    print("Seed article, 3-sentence summary: first (with segmentation) / words cached")
    print()
    print("| Algorithm | First | Cached |")
    print("|---|---|---|")
    for name, r in seed.items():
        print(f"| {name} | {r['first_s'] * 1000:.0f} ms | {r['cached_s'] * 1000:.1f} ms |")
    print()
    stopped = f"stock stopped after {args.timeout:.0f} s"
    print(f"{args.n}-sentence summaries; segmentation excluded (cached); {stopped}")
    print()
    print("| Sentences | Algorithm | Ours | Stock sumy | Speed-up | Ours peak | Stock peak |")
    print("|---|---|---|---|---|---|---|")
    for res in results.values():
        for name, r in res["algorithms"].items():
            ours, stock = r["ours_s"], r["stock_s"]
            if name == "docbao" or args.no_stock:
                ratio, stock_txt = "", "—"
            elif stock is None:
                ratio, stock_txt = f"> {args.timeout / ours:.0f}×", _fmt_s(None, args.timeout)
            else:
                ratio, stock_txt = f"{stock / ours:.0f}×", _fmt_s(stock, args.timeout)
            peak = r["ours_peak_mib"]
            stock_peak = r["stock_peak_mib"]
            print(
                f"| {res['sentences']} | {name} | {_fmt_s(ours, args.timeout)} | {stock_txt} | {ratio} | "
                f"{'' if peak is None else f'{peak:.0f} MiB'} | "
                f"{'' if stock_peak is None else f'{stock_peak:.0f} MiB'} |"
            )
        print(f"| {res['sentences']} | (segmentation) | {_fmt_s(res['segmentation_s'], 0)} | | | | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
