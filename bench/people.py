"""The attendee extraction on the people-dev set: the score table for all, even and odd ids.

    .venv/bin/python bench/people.py [--data ../shared/eval/people-dev] [--verbose even|odd|all]
    .venv/bin/python bench/people.py --extra     # the dev set, then the sets labelled apart (people-extra*)
    .venv/bin/python bench/people.py --speed      # the bundled article, and articles 10x and 40x as long

Ids ending in an even digit are the half to tune on, odd ones the half to check on.  The scoring is
the dev set's own `score.py` (imported from the data folder, not copied); the articles go through
`open_article` and `extract_people` in this process, as `docbao people --format json` does, so the
whole table takes seconds rather than a subprocess per article.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys

DEFAULT = "/work/shared/eval/people-dev"
# Sets of real reports labelled separately, in the same format; the scorer stays the dev set's.
EXTRA = ("/work/data/people-extra", "/work/data/people-extra2")


def _scorer(folder: str):
    spec = importlib.util.spec_from_file_location("people_dev_score", os.path.join(folder, "score.py"))
    if spec is None or spec.loader is None:
        sys.exit(f"bench/people.py: {folder}: no score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _run(path: str) -> dict | None:
    from tui.formats import people as fp
    from tui.language.people import extract_people
    from tui.reading.document import open_article

    try:
        return json.loads(json.dumps(fp.to_dict(extract_people(open_article(path))), ensure_ascii=False))
    except Exception as exc:  # a crash counts as the CLI's failure does: every attendee missed
        print(f"{path}: {exc!r}", file=sys.stderr)
        return None


def _speed() -> None:
    """Milliseconds per extraction once words and model are loaded: the bundled article, then the
    body's paragraphs repeated (time should grow with the text, not with its square)."""
    import time

    from tui.articles import __file__ as articles_init

    from tui.language import people
    from tui.reading.parse import parse

    seed = os.path.join(os.path.dirname(articles_init), "01-nghe-an-hdnd-ubnd-quy-che-phoi-hop.txt")
    with open(seed, encoding="utf-8") as f:
        text = f.read()
    blocks = text.split("\n\n")
    paras = [p for p in blocks[2:12] if len(p) > 200]  # body paragraphs, before the related block
    for label, times in (("seed", 0), ("x10", 10), ("x40", 40)):
        article = parse("\n\n".join([*blocks[:6], *(paras * times), *blocks[6:]]))
        people.extract_people(article)
        runs = []
        for _ in range(5 if times else 30):
            people._CACHE.clear()
            t = time.perf_counter()
            people.extract_people(article)
            runs.append(time.perf_counter() - t)
        runs.sort()
        print(f"{label:5s} {len(article.text):8d} chars  median {runs[len(runs) // 2] * 1000:7.1f} ms")


def _half(gid: str) -> str:
    return "even" if int(gid[-1]) % 2 == 0 else "odd"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=DEFAULT)
    ap.add_argument("--verbose", choices=("even", "odd", "all"), help="every error of that half")
    ap.add_argument("--speed", action="store_true", help="time the bundled article and longer ones")
    ap.add_argument("--extra", nargs="*", metavar="FOLDER",
                    help=f"also score the sets labelled apart (default {', '.join(EXTRA)}) after --data")
    a = ap.parse_args()
    if a.speed:
        _speed()
        return 0
    sc = _scorer(DEFAULT if os.path.exists(os.path.join(DEFAULT, "score.py")) else a.data)
    extra = [] if a.extra is None else (a.extra or [f for f in EXTRA if os.path.isdir(f)])
    for i, folder in enumerate([a.data, *extra]):
        if extra:
            print(("" if i == 0 else "\n") + f"# {folder}")
        _table(sc, folder, a.verbose)
    return 0


def _table(sc, folder: str, verbose: str | None) -> None:
    with open(os.path.join(folder, "gold.jsonl"), encoding="utf-8") as f:
        gold = [json.loads(line) for line in f if line.strip()]
    totals: dict[str, dict[str, int]] = {"all": {}, "even": {}, "odd": {}}
    for g in gold:
        s = sc.score_one(g, _run(os.path.join(folder, "texts", g["id"] + ".txt")))
        if verbose in ("all", _half(g["id"])) and s["errors"]:
            print(f"== {g['id']}")
            for e in s["errors"]:
                print(f"   {e}")
        for key in ("all", _half(g["id"])):
            for k, v in s.items():
                if k != "errors":
                    totals[key][k] = totals[key].get(k, 0) + v
    print(f"{'':6s} {'attendee F1 (P/R)':>22s} {'(att, role) F1':>15s} {'chair F1 (R)':>14s} {'viol':>5s}")
    for key, t in totals.items():
        p, r, f = sc.f1(t["tp"], t["fp"], t["fn"])
        rf = sc.f1(t["rtp"], t["rfp"], t["rfn"])[2]
        _, cr, cf = sc.f1(t["ctp"], t["cfp"], t["cfn"])
        print(f"{key:6s} {f:8.3f} ({p:.3f}/{r:.3f}) {rf:15.3f} {cf:8.3f} ({cr:.3f}) {t['viol']:5d}")


if __name__ == "__main__":
    sys.exit(main())
