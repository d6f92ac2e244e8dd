"""A larger development set, and a disjoint training set, from the VietNews *train* split.

    .venv/bin/python bench/make_train.py --repo /path/to/vietnews.git --out /work/data \\
        [--exclude ../shared/eval/vi-news-dev.jsonl] [--eval 2000] [--train 4000] [--seed 14]

The VietNews/VNDS release (Nguyen et al., "VNDS: A Vietnamese Dataset for Summarization", NICS
2019; github.com/ThanhChinhBK/vietnews) is read from a git checkout or bare clone, from
`data/train_tokenized/` only: its test split holds the articles kept for final checks.  The
articles are cleaned as `vi-news-dev.jsonl` was (../shared/eval/README.md):

- each `NNNNNN.txt.seg` is the title, a blank line, the editor's lead (the reference summary), a
  blank line, the body (one sentence per line) and, after another blank line, the block of photo
  captions, which is dropped (captions inline in the body stay: noise of the genre);
- the word segmentation's underscores become spaces, punctuation is attached again (`,` `.` `)`
  `%` … to the word before, `(` `“` to the word after; straight quotes paired in each line) and
  the text is NFC;
- files with an empty title, body or summary are dropped, and so is any article whose body or
  summary (whitespace and case normalised) equals one seen earlier in file-name order, or one of
  the `--exclude` files (the 300-article dev set, compared on its words).

Then the articles are shuffled with a fixed seed: the first `--eval` are the larger development set
(`vi-news-train-eval.jsonl`), the next `--train` the training set (`vi-news-train-fit.jsonl`), each
written in id order with the dev set's fields ({"id", "title", "summary", "body"}).  The files are
data, never committed: keep `--out` outside the repository.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

SPLIT = "data/train_tokenized"
_NO_SPACE_BEFORE = frozenset(",.;:!?)]}%…”’»")
_NO_SPACE_AFTER = frozenset("([{“‘«")
_WORDS = re.compile(r"\w+")


def detokenize(line: str) -> str:
    """One tokenized line as text: `Công_an Hưng_Yên ( SN 1989 ) ,` → `Công an Hưng Yên (SN 1989),`."""
    out: list[str] = []
    glue = True  # no space before the next token
    straight_open = False
    for token in line.replace("_", " ").split():
        if token == '"':
            straight_open = not straight_open
            if straight_open:
                if not glue and out:
                    out.append(" ")
                out.append(token)
                glue = True
            else:
                out.append(token)
                glue = False
            continue
        if out and not glue and not (len(token) == 1 and token in _NO_SPACE_BEFORE):
            out.append(" ")
        out.append(token)
        glue = len(token) == 1 and token in _NO_SPACE_AFTER
    return unicodedata.normalize("NFC", "".join(out))


def article(name: str, raw: str) -> dict | None:
    """The article of one `.txt.seg` file, or None when its title, lead or body is missing."""
    blocks: list[list[str]] = [[]]
    for line in raw.replace("\r\n", "\n").split("\n"):
        if line.strip():
            blocks[-1].append(line.strip())
        elif blocks[-1]:
            blocks.append([])
    blocks = [b for b in blocks if b]
    if len(blocks) < 3:
        return None
    title = " ".join(detokenize(x) for x in blocks[0])
    summary = " ".join(detokenize(x) for x in blocks[1])
    body = "\n".join(detokenize(x) for x in blocks[2])  # blocks[3:]: the captions' block
    if not (title.strip() and summary.strip() and body.strip()):
        return None
    return {
        "id": "vietnews-train-" + name.removesuffix(".txt.seg"),
        "title": title,
        "summary": summary,
        "body": body,
    }


def read_split(repo: str) -> Iterator[tuple[str, str]]:
    """(file name, text) of every file of the train split, in file-name order, through one
    `git cat-file --batch` (a bare clone has no files to open)."""
    listing = subprocess.run(
        ["git", "-C", repo, "ls-tree", "HEAD", f"{SPLIT}/"], check=True, capture_output=True, text=True
    ).stdout.splitlines()
    entries = sorted((line.split("\t", 1)[1].rsplit("/", 1)[1], line.split()[2]) for line in listing)
    proc = subprocess.Popen(
        ["git", "-C", repo, "cat-file", "--batch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    assert proc.stdin and proc.stdout

    def feed() -> None:
        for _, sha in entries:
            proc.stdin.write(sha.encode() + b"\n")
        proc.stdin.close()

    import threading

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    for name, _ in entries:
        header = proc.stdout.readline().split()
        size = int(header[2])
        data = proc.stdout.read(size)
        proc.stdout.read(1)  # the newline after the contents
        yield name, data.decode("utf-8", errors="replace")
    writer.join()
    proc.wait()


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def _words_key(text: str) -> str:
    return " ".join(_WORDS.findall(unicodedata.normalize("NFC", text).lower()))


def build(repo: str, exclude: list[str]) -> list[dict]:
    """The train split's articles, cleaned and deduplicated, in file-name order."""
    excluded: set[str] = set()
    for path in exclude:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    row = json.loads(line)
                    excluded.update((_words_key(row["body"]), _words_key(row["summary"])))
    seen: set[str] = set()
    kept: list[dict] = []
    for name, raw in read_split(repo):
        row = article(name, raw)
        if row is None:
            continue
        keys = (_key(row["body"]), _key(row["summary"]))
        duplicate = any(k in seen for k in keys)
        seen.update(keys)
        if duplicate or {_words_key(row["body"]), _words_key(row["summary"])} & excluded:
            continue
        kept.append(row)
    return kept


def write(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for row in sorted(rows, key=lambda r: r["id"]):
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--repo", required=True, help="the VietNews git repository (bare or not)")
    p.add_argument("--out", required=True, help="folder for the two JSON Lines files (outside the repo)")
    p.add_argument("--exclude", action="append", default=[], help="a JSON Lines set to leave out")
    p.add_argument("--eval", type=int, default=2000, help="articles in the development set")
    p.add_argument("--train", type=int, default=4000, help="articles in the training set")
    p.add_argument("--seed", type=int, default=14)
    args = p.parse_args(argv)

    rows = build(args.repo, args.exclude)
    order = list(range(len(rows)))
    random.Random(args.seed).shuffle(order)
    if args.eval + args.train > len(rows):
        p.error(f"only {len(rows)} articles")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    write(out / "vi-news-train-eval.jsonl", [rows[i] for i in order[: args.eval]])
    write(out / "vi-news-train-fit.jsonl", [rows[i] for i in order[args.eval : args.eval + args.train]])
    print(
        f"{len(rows)} articles after cleaning; {args.eval} for evaluation, {args.train} for training → {out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
