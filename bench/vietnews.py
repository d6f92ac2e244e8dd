"""VietNews articles as plain-text files, for `bench/index.py`.

    .venv/bin/python bench/vietnews.py --repo PATH/TO/vietnews --out /work/data/index-bench -n 5000

The VietNews repository (github.com/ThanhChinhBK/vietnews) holds one article per
`data/<split>_tokenized/NNNNNN.txt.seg`: the title on the first line, a blank line, the editors'
sapo, a blank line, the body one sentence a line, then (after a blank line) the photo captions.
Words are segmented with underscores and punctuation stands apart ("Hưng_Yên ( SN 1989 )"). Each
becomes `NNNNNN.txt` as a reader would save it: words joined again, punctuation attached, the
title, the sapo as the lead, the body as one paragraph. `--repo` may be a checkout or a bare clone
(it is read with git, not from a work tree). Writes only under --out.
"""

from __future__ import annotations

import argparse
import re
import subprocess
from pathlib import Path

_BEFORE = re.compile(r" ([,.;:!?%)\]”»…])")
_AFTER = re.compile(r"([(\[“«]) ")


def detokenize(line: str) -> str:
    text = line.replace("_", " ")
    text = _BEFORE.sub(r"\1", text)
    return _AFTER.sub(r"\1", text).strip()


def article(seg: str) -> str:
    """The article file made from one `.txt.seg`."""
    blocks = [b for b in re.split(r"\n\s*\n", seg.strip()) if b.strip()]
    paras = [" ".join(detokenize(ln) for ln in b.splitlines() if ln.strip()) for b in blocks]
    if len(paras) > 3:  # title, sapo, body, captions: the captions stay lines of their own
        captions = [detokenize(ln) for b in blocks[3:] for ln in b.splitlines()]
        paras = paras[:3] + [c for c in captions if c]
    return "\n\n".join(paras) + "\n"


def names(repo: Path, split: str) -> list[str]:
    out = subprocess.run(
        ["git", f"--git-dir={repo}", "ls-tree", "--name-only", f"HEAD:data/{split}_tokenized/"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return sorted(n for n in out.split() if n.endswith(".txt.seg"))


def export(repo: Path, out: Path, split: str, limit: int | None) -> int:
    out.mkdir(parents=True, exist_ok=True)
    todo = names(repo, split)[:limit]
    spec = "".join(f"HEAD:data/{split}_tokenized/{n}\n" for n in todo).encode()
    # One `git cat-file --batch` for all of them: a process per file would take longer than the bench.
    raw = subprocess.run(
        ["git", f"--git-dir={repo}", "cat-file", "--batch"], input=spec, check=True, capture_output=True
    ).stdout
    pos = 0
    for n in todo:
        header_end = raw.index(b"\n", pos)
        size = int(raw[pos:header_end].split()[2])
        body = raw[header_end + 1 : header_end + 1 + size]
        pos = header_end + 1 + size + 1
        (out / n.removesuffix(".seg")).write_text(article(body.decode("utf-8")), encoding="utf-8")
    return len(todo)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repo", type=Path, required=True, help="the VietNews git directory (bare or not)")
    ap.add_argument("--out", type=Path, required=True, help="folder for the article files")
    ap.add_argument("--split", default="train", choices=("train", "val", "test"))
    ap.add_argument("-n", type=int, default=None, help="the first N articles (default: all)")
    args = ap.parse_args()
    repo = args.repo / ".git" if (args.repo / ".git").exists() else args.repo
    print(f"{export(repo, args.out, args.split, args.n)} articles written to {args.out}")


if __name__ == "__main__":
    main()
