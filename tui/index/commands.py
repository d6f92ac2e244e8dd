"""The index's commands: `docbao index DIR…`, `docbao search QUERY`, `docbao who NAME`.

`add_parsers` registers them on the main parser; importing this module costs only argparse.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

from tui.requests import UsageError, write_out

COMMANDS = ("index", "search", "who")

_BOLD, _PLAIN = "\x1b[1m", "\x1b[0m"


def _say(line: str) -> None:
    with contextlib.suppress(OSError, ValueError):
        print(line, file=sys.stderr, flush=True)


def _index_file(args: argparse.Namespace) -> Path:
    from tui.index.store import index_path

    path = Path(args.index) if args.index else index_path()
    if path is None:
        raise UsageError("the library index is turned off ($DOCBAO_DATA_DIR is empty); give --index FILE")
    return path


def _date(value: str) -> str:
    """YYYY, YYYY-MM, YYYY-MM-DD or DD/MM/YYYY, as the prefix of an ISO date."""
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        return value
    if m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", value):
        return f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}"
    raise argparse.ArgumentTypeError("a date such as 2024, 2024-03, 2024-03-14 or 14/03/2024")


def _positive_int(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return n


def _progress_bar(total: int):
    """Advance callback for a bar on stderr when it is a terminal (nothing otherwise)."""
    if not sys.stderr.isatty():
        return lambda: None
    from tui.batch import _progress

    bar = _progress()
    task = bar.add_task("Indexing", total=total)

    def advance() -> None:
        bar.advance(task)
        if bar.finished:
            bar.stop()

    return advance


def _human_size(n: int) -> str:
    size = float(n)
    for unit in ("B", "kB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1000
    return f"{n} B"


def cmd_index(args: argparse.Namespace) -> int:
    from tui.index.build import build
    from tui.reading.errors import printable

    if args.nice and hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(10)

    def events(batch) -> None:
        for e in batch:
            record: dict[str, Any] = {"path": e.path, "status": e.status}
            if e.reason:
                record["reason"] = e.reason
            write_out(json.dumps(record, ensure_ascii=False) + "\n")

    def waiting(path: Path) -> None:
        _say(f"docbao: {printable(str(path))}: another `docbao index` is updating the index; waiting for it")

    report = build(
        args.folders,
        index=_index_file(args),
        jobs=args.jobs,
        scheduler=getattr(args, "scheduler", None),
        on_events=events if args.format == "jsonl" else None,
        on_wait=waiting,
        progress=_progress_bar,
        commit_every=args.commit_every,
    )
    if report.message:
        _say(f"docbao: {printable(str(report.path))}: {report.message}")
    for path, reason in report.missing:
        _say(f"docbao: {printable(path)}: {printable(reason)}")
    if report.path is None:  # no folder named was there: nothing was written, nothing to sum up
        return 2
    for path, reason in report.failed:
        _say(f"docbao: {printable(path)}: {printable(reason)}")
    if args.format == "text":
        size = sum(p.stat().st_size for p in _files_of(report.path))
        write_out(
            f"{report.indexed:,} indexed, {report.unchanged:,} unchanged, {report.removed:,} removed, "
            f"{len(report.failed):,} failed · {printable(str(report.path))} ({_human_size(size)})\n"
        )
    return 1 if report.failed or report.missing else 0


def _files_of(path: Path | None) -> list[Path]:
    if path is None:
        return []
    files = [path, path.with_name(path.name + "-wal")]
    return [f for f in files if f.exists()]


def _reader(args: argparse.Namespace):
    """The index for queries, or a UsageError saying why there is none to ask."""
    from tui.index import store

    path = _index_file(args)
    try:
        return store.open_for_reading(path)
    except FileNotFoundError:
        raise UsageError("no index yet: build it with `docbao index DIR…`", str(path)) from None
    except store.CorruptIndex as e:
        lock = store.WriterLock(path)
        kept = ""
        with contextlib.suppress(OSError):
            # Only when no `docbao index` is writing it: that one would set it aside itself.
            if lock.try_acquire():
                try:
                    kept = f"; set aside as {store.set_aside(path).name}"
                finally:
                    lock.release()
        raise UsageError(
            f"the index cannot be read ({e}){kept}; build it again with `docbao index DIR…`", str(path)
        ) from None


def _marked(text: str, marks, tty: bool) -> str:
    from tui.reading.errors import printable

    if not tty or not marks:
        return printable(text)
    out, at = [], 0
    for s, e in marks:
        if s < at:
            continue
        out += [printable(text[at:s]), _BOLD, printable(text[s:e]), _PLAIN]
        at = e
    out.append(printable(text[at:]))
    return "".join(out)


def cmd_search(args: argparse.Namespace) -> int:
    from tui.index.query import fts_query, search
    from tui.reading.errors import printable

    if fts_query(args.query) is None:
        raise UsageError("the query holds no word to search for")
    conn = _reader(args)
    try:
        hits = search(
            conn, args.query, person=args.person, since=args.since, until=args.until, limit=args.limit
        )
    finally:
        conn.close()
    records = [
        {
            "path": h.path,
            "title": h.title,
            "source": h.source,
            "date": h.date,
            "snippet": h.snippet,
            "marks": [list(m) for m in h.marks],
            "score": -h.score,
        }
        for h in hits
    ]
    if args.format == "json":
        write_out(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    elif args.format == "jsonl":
        write_out("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    else:
        tty = sys.stdout.isatty()
        lines: list[str] = []
        for i, h in enumerate(hits, 1):
            about = "  ·  ".join(printable(x) for x in (h.source, h.date) if x)
            lines.append(f"{i}. {printable(h.title)}" + (f"  ·  {about}" if about else ""))
            lines.append(f"   {printable(h.path)}")
            lines.append(f"   {_marked(h.snippet, h.marks, tty)}")
            lines.append("")
        write_out("\n".join(lines) if lines else "")
    if not hits:
        _say(f"docbao: nothing found for {printable(args.query)!r}")
        return 1
    return 0


def cmd_who(args: argparse.Namespace) -> int:
    from tui.index.query import who
    from tui.reading.errors import printable

    if not any(c.isalnum() for c in args.name):  # as search's empty query: nothing typed to look for
        raise UsageError("the name holds no word to look for")
    conn = _reader(args)
    try:
        persons = who(conn, args.name)
    finally:
        conn.close()
    records = [
        {
            "name": p.name,
            "places": list(p.places),
            "appearances": [
                {
                    "date": a.date,
                    "kind": a.kind,
                    "name": a.name,
                    "roles": list(a.roles),
                    "title": a.title,
                    "source": a.source,
                    "path": a.path,
                    "start": a.start,
                    "end": a.end,
                }
                for a in p.appearances
            ],
        }
        for p in persons
    ]
    if args.format == "json":
        write_out(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    elif args.format == "jsonl":
        write_out("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    else:
        lines: list[str] = []
        for p in persons:
            where = f" ({', '.join(printable(x) for x in p.places)})" if p.places else ""
            count = len(p.appearances)
            lines.append(f"{printable(p.name)}{where} · {count} article" + ("" if count == 1 else "s"))
            for a in p.appearances:
                lines.append(f"  {a.date or '—':10}  {a.kind:12}  {printable(a.title)}")
                lines.extend(f"  {'':10}  {'':12}    {printable(r)}" for r in a.roles)
                lines.append(f"  {'':10}  {'':12}  {printable(a.path)}")
            lines.append("")
        write_out("\n".join(lines))
    if not persons:
        _say(f"docbao: no one named {printable(args.name)!r} in the index")
        return 1
    return 0


def _index_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--index", metavar="FILE", help="the index file (default: index.sqlite in the user data folder)"
    )


def add_parsers(sub) -> None:
    p = sub.add_parser(
        "index",
        help="index every article under some folders, for `search` and `who`",
        description="Build or update the library index: every article file under the folders "
        "(sub-folders too), with its title, lead, text, default summary and the people in it. "
        "Unchanged files are not read again; files gone from a folder leave the index. Unreadable "
        "files are reported on stderr and skipped (exit status 1).",
    )
    p.add_argument("folders", metavar="DIR", nargs="+")
    p.add_argument(
        "--jobs", "-j", type=_positive_int, default=1, help="worker processes for the language work"
    )
    p.add_argument(
        "--format",
        choices=("text", "jsonl"),
        default="text",
        help="jsonl: one line per file as it is committed (path, status: indexed, unchanged, "
        "removed, failed)",
    )
    p.add_argument("--scheduler", metavar="ADDRESS", help="a dask.distributed scheduler to do the work")
    p.add_argument("--commit-every", type=_positive_int, default=500, help=argparse.SUPPRESS)
    # The reader's background index: at low priority, so that it never slows the reading.
    p.add_argument("--nice", action="store_true", help=argparse.SUPPRESS)
    _index_option(p)
    p.set_defaults(func=cmd_index)

    p = sub.add_parser(
        "search",
        help="search the indexed articles",
        description="Full-text search of titles, leads and bodies, best first. Accents and case do "
        'not matter ("hdnd" finds "HĐND"); all words must be there; "quoted words" are a phrase; '
        "word* is a prefix.",
    )
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--person", metavar="NAME", help="only articles where NAME appears")
    p.add_argument("--since", type=_date, metavar="DATE", help="only articles dated DATE or later")
    p.add_argument(
        "--until", type=lambda v: _date(v) + "~", metavar="DATE", help="only articles dated DATE or earlier"
    )
    p.add_argument("--limit", "-n", type=_positive_int, default=20, help="at most this many (default 20)")
    p.add_argument("--format", choices=("text", "json", "jsonl"), default="text")
    _index_option(p)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser(
        "who",
        help="where a person attended, chaired or was mentioned",
        description="Every indexed article where NAME attended, chaired, was mentioned or took the "
        "photos, by date, with the roles as written there. Tone-mark placement, case and (when NAME "
        "is typed without them) accents do not matter; namesakes with other roles and places are "
        "listed apart.",
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument("--format", choices=("text", "json", "jsonl"), default="text")
    _index_option(p)
    p.set_defaults(func=cmd_who)
