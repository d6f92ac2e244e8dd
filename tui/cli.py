"""The `docbao` command: `docbao [FILE]` opens the reader; subcommands print what the reader shows.

Imports of the domain and of Textual stay inside the functions that need them, so that each
command pays only for what it uses and the app paints as early as it can.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

COMMANDS = ("parse", "summarize", "people")
FORMATS = ("text", "json", "markdown")


class UsageError(Exception):
    """A well-formed command that asks for something the article does not have."""


def _emit(fmt: str, as_dict: Callable[[], Any], as_text: Callable[[], str], as_md: Callable[[], str]) -> None:
    if fmt == "json":
        sys.stdout.write(json.dumps(as_dict(), ensure_ascii=False, indent=2) + "\n")
    elif fmt == "markdown":
        sys.stdout.write(as_md())
    else:
        sys.stdout.write(as_text())


def _load(path: str):
    from tui.reading.document import open_article

    return open_article(path)


def cmd_parse(args: argparse.Namespace) -> None:
    from tui.formats import article as fa

    article = _load(args.file)
    _emit(args.format, lambda: fa.to_dict(article), lambda: fa.to_text(article), lambda: fa.to_text(article))


def resolve_section(article, key: str | None) -> int | None:
    """`--section`: a 1-based number, or a role name such as `tasks`."""
    if key is None:
        return None
    if key.isdigit():
        index = int(key) - 1
        if 0 <= index < len(article.sections):
            return index
        raise UsageError(f"no section {key}: the article has {len(article.sections)}")
    for i, sec in enumerate(article.sections):
        if sec.role == key.casefold():
            return i
    roles = ", ".join(s.role for s in article.sections) or "none"
    raise UsageError(f"no section {key!r}: the article's sections are {roles}")


def cmd_summarize(args: argparse.Namespace) -> None:
    from tui.formats import summary as fs
    from tui.language.summarize import summarize

    article = _load(args.file)
    length: int | float = args.ratio if args.ratio is not None else args.n
    summary = summarize(article, args.algorithm, length, resolve_section(article, args.section))
    _emit(
        args.format,
        lambda: fs.to_dict(summary),
        lambda: fs.to_text(summary, article),
        lambda: fs.to_markdown(summary, article),
    )


def cmd_people(args: argparse.Namespace) -> None:
    from tui.formats import people as fp
    from tui.language.people import extract_people

    article = _load(args.file)
    people = extract_people(article)
    _emit(
        args.format,
        lambda: fp.to_dict(people),
        lambda: fp.to_text(people),
        lambda: fp.to_markdown(people, article),
    )


def _positive_int(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return n


def _ratio(value: str) -> float:
    r = float(value)
    if not 0 < r <= 1:
        raise argparse.ArgumentTypeError("must be above 0 and at most 1")
    return r


def build_parser() -> argparse.ArgumentParser:
    from tui.language.algorithms import ALGORITHM_NAMES, DEFAULT_ALGORITHM

    parser = argparse.ArgumentParser(
        prog="docbao",
        description="Read and summarize Vietnamese news articles. "
        "`docbao [FILE]` opens the reader (the bundled article when FILE is omitted).",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("parse", help="print the article's structure")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_parse)

    p = sub.add_parser("summarize", help="print an extractive summary")
    p.add_argument("file", metavar="FILE")
    size = p.add_mutually_exclusive_group()
    size.add_argument("-n", type=_positive_int, default=3, help="number of sentences (default 3)")
    size.add_argument("--ratio", type=_ratio, help="share of the sentences, e.g. 0.2")
    p.add_argument("--algorithm", "-a", choices=ALGORITHM_NAMES, default=DEFAULT_ALGORITHM)
    p.add_argument("--section", metavar="K", help="summarize one section: its number (1-based) or role")
    p.add_argument("--format", choices=FORMATS, default="text")
    p.set_defaults(func=cmd_summarize)

    p = sub.add_parser("people", help="print who took part, with their roles")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--format", choices=FORMATS, default="text")
    p.set_defaults(func=cmd_people)
    return parser


def _run_app(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="docbao",
        usage="docbao [FILE]\n       docbao {parse,summarize,people} FILE [options]",
        description="Read and summarize Vietnamese news articles in the terminal. "
        "Commands: " + ", ".join(COMMANDS) + " (see `docbao COMMAND --help`).",
    )
    parser.add_argument("file", nargs="?", metavar="FILE", help="article to open (default: the bundled one)")
    args = parser.parse_args(argv)
    from tui.app.app import run

    return run(args.file)


def main(argv: Sequence[str] | None = None) -> int:
    from tui.reading.errors import ReadError

    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS:
            args = build_parser().parse_args(argv)
            args.func(args)
            return 0
        return _run_app(argv)
    except ReadError as e:
        print(f"docbao: {e}", file=sys.stderr)
        return 2
    except UsageError as e:
        print(f"docbao: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # `docbao parse x | head`: the reader went away; that is not an error of ours.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
