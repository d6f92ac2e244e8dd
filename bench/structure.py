"""Recall and precision of the article structure the parser finds: photo captions, section
headings and related news, against the hand labels in `structure_labels.tsv`.

The texts stay outside the repository: the people-dev reports (captions inline and in a block
after the body) and a sample of vi-news-dev (captions inline, often the first line of the body).
Each labelled line is compared with what `parse()` made of it: a line is a caption, a heading or
related news when a sentence of that kind starts in it. Also printed: caption lines read as
headings, and how many 3-sentence summaries (`docbao`) hold a labelled caption or related line.
The sample is split in two halves by the articles' order (tune on one, check on the other).

    .venv/bin/python bench/structure.py                      # both sets, both halves
    .venv/bin/python bench/structure.py --errors             # every wrong line, by article
    .venv/bin/python bench/structure.py --no-summaries       # skip the summaries (faster)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from tui.reading.model import Article
from tui.reading.parse import parse

HERE = Path(__file__).parent
LABELS = HERE / "structure_labels.tsv"
CLASSES = ("caption", "heading", "related")


@dataclass
class Doc:
    set: str
    id: str
    text: str
    offsets: list[tuple[int, int]]  # span of each labelled-numbering line in `text`
    gold: dict[int, str]


def _line_spans(text: str, first: int = 0) -> list[tuple[int, int]]:
    spans, pos = [], first
    for line in text[first:].split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def load(people: Path, vinews: Path) -> list[Doc]:
    sample: dict[tuple[str, str], dict[int, str]] = defaultdict(dict)
    for row in LABELS.read_text(encoding="utf-8").splitlines():
        if not row.strip() or row.startswith("#"):
            continue
        kind, aid, line, label = row.split("\t")
        gold = sample[(kind, aid)]
        if label != "sampled":
            gold[int(line)] = label
    bodies = {}
    if vinews.exists():
        for row in vinews.read_text(encoding="utf-8").splitlines():
            a = json.loads(row)
            bodies[a["id"]] = a
    docs = []
    for (kind, aid), gold in sorted(sample.items()):
        if kind == "people":
            text = (people / f"{aid}.txt").read_text(encoding="utf-8")
            docs.append(Doc(kind, aid, text, _line_spans(text), gold))
        else:
            a = bodies[aid]
            # as bench/evaluate.py reads them: title, a blank line, the body
            head = a["title"] + "\n\n"
            text = head + a["body"]
            docs.append(Doc(kind, aid, text, _line_spans(text, len(head)), gold))
    return docs


def predicted(article: Article, span: tuple[int, int]) -> str:
    s, e = span
    kinds = set()
    related_sections = {i for i, sec in enumerate(article.sections) if sec.role == "related"}
    for sent in article.sentences:
        if s <= sent.start < e or (sent.start < s < sent.end):
            kind = sent.kind
            if kind == "heading" and sent.section in related_sections:
                kind = "related"
            kinds.add(kind)
    for c in CLASSES:
        if c in kinds:
            return c
    return "body" if kinds else "none"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--people", type=Path, default=Path("/work/shared/eval/people-dev/texts"))
    ap.add_argument("--vinews", type=Path, default=Path("/work/shared/eval/vi-news-dev.jsonl"))
    ap.add_argument("--errors", action="store_true", help="print every wrong line")
    ap.add_argument("--no-summaries", action="store_true")
    args = ap.parse_args()
    docs = load(args.people, args.vinews)

    # counts[(set, half)][class] = [true positives, gold, predicted]
    counts: dict[tuple[str, str], dict[str, list[int]]] = defaultdict(lambda: {c: [0, 0, 0] for c in CLASSES})
    caption_as_heading = 0
    summaries_bad = summaries = 0
    order: dict[str, int] = defaultdict(int)
    for doc in docs:
        half = "A" if order[doc.set] % 2 == 0 else "B"
        order[doc.set] += 1
        article = parse(doc.text)
        wrong = []
        for n, span in enumerate(doc.offsets):
            if not doc.text[span[0] : span[1]].strip():
                continue
            gold = doc.gold.get(n, "body")
            pred = predicted(article, span)
            for key in ((doc.set, half), (doc.set, "all"), ("all", "all")):
                for c in CLASSES:
                    counts[key][c][0] += gold == c and pred == c
                    counts[key][c][1] += gold == c
                    counts[key][c][2] += pred == c
            if gold == "caption" and pred == "heading":
                caption_as_heading += 1
            if (gold in CLASSES or pred in CLASSES) and gold != pred:
                wrong.append((n, gold, pred, doc.text[span[0] : span[1]][:110]))
        if args.errors and wrong:
            print(f"## {doc.id}")
            for n, gold, pred, line in wrong:
                print(f"  {n:3d} gold={gold:8s} got={pred:8s} {line}")
        if not args.no_summaries:
            from tui.language.summarize import summarize

            bad_spans = [doc.offsets[n] for n, g in doc.gold.items() if g in ("caption", "related")]
            chosen = summarize(article, "docbao", 3)
            summaries += 1
            if any(x.start < e and s < x.end for s, e in bad_spans for x in chosen.sentences):
                summaries_bad += 1

    def fmt(tp: int, gold: int, pred: int) -> str:
        r = tp / gold if gold else float("nan")
        p = tp / pred if pred else float("nan")
        return f"R {tp:3d}/{gold:<3d} {r:5.1%}  P {tp:3d}/{pred:<3d} {p:5.1%}"

    print(f"{'set':8s} {'half':4s} " + "  ".join(f"{c:^34s}" for c in CLASSES))
    for key in sorted(counts, key=lambda k: (k[0] == "all", k)):
        print(f"{key[0]:8s} {key[1]:4s} " + "  ".join(fmt(*counts[key][c]) for c in CLASSES))
    print(f"caption lines read as headings: {caption_as_heading}")
    if summaries:
        print(f"3-sentence summaries holding a caption or related line: {summaries_bad} of {summaries}")


if __name__ == "__main__":
    sys.exit(main())
