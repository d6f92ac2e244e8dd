"""The `docbao` command: `docbao [TARGET]` opens the reader; subcommands print what the reader shows.

A TARGET is a text file, a saved web page (.html), an http(s) URL, `-` for standard input, or
(for the reader and for `summarize`) a folder of articles.

Imports of the domain and of Textual stay inside the functions that need them, so that each
command pays only for what it uses and the app paints as early as it can.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import stat
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from tui.requests import (
    DEFAULT_LENGTH,
    OutputError,
    SummaryRequest,
    UsageError,
    reserve_closed_streams,
    say,
    write_out,
)

COMMANDS = ("parse", "summarize", "people", "export", "index", "search", "who")
FORMATS = ("text", "json", "markdown")
EXPORT_FORMATS = ("markdown", "json", "html")
TARGET_HELP = "a text file, a saved web page (.html), an http(s) URL, or - for standard input"


def _emit(fmt: str, as_dict: Callable[[], Any], as_text: Callable[[], str], as_md: Callable[[], str]) -> None:
    if fmt == "json":
        from tui.reading.errors import printable_json

        write_out(printable_json(as_dict(), indent=2) + "\n")
    elif fmt == "markdown":
        write_out(as_md())
    else:
        write_out(as_text())


def _load(target: str):
    from tui.reading.document import open_article

    return open_article(target)


def cmd_parse(args: argparse.Namespace) -> int:
    article = _load(args.file)
    from tui.formats import article as fa

    _emit(args.format, lambda: fa.to_dict(article), lambda: fa.to_text(article), lambda: fa.to_text(article))
    return 0


def _length(args: argparse.Namespace) -> int | float:
    if args.ratio is not None:
        return args.ratio
    return args.n if args.n is not None else DEFAULT_LENGTH


def _is_batch(args: argparse.Namespace) -> bool:
    return len(args.files) > 1 or args.format == "jsonl" or any(os.path.isdir(f) for f in args.files)


def cmd_summarize(args: argparse.Namespace) -> int:
    request = SummaryRequest(args.algorithm, _length(args), args.section)
    if _is_batch(args):
        if args.format not in (None, "jsonl"):
            if len(args.files) == 1:
                raise UsageError(
                    "is a directory (its articles are summarized with --format jsonl)", args.files[0]
                )
            raise UsageError(
                f"several articles are summarized as JSON lines: use --format jsonl, not {args.format}"
            )
        from tui.batch import run_batch

        return run_batch(args.files, request, jobs=args.jobs, scheduler=args.scheduler)

    article = _load(args.files[0])  # first: bad input is refused before the language work loads
    from tui.formats import summary as fs
    from tui.language.summarize import summarize

    request = request.resolved(article)
    section = request.scope
    summary = summarize(article, *request)
    fmt = args.format or "text"
    if not summary.sentences and fmt != "json":
        # Text and Markdown would be empty (or a placeholder to paste by mistake): say so instead.
        # JSON keeps its shape, with an empty list of sentences.
        from tui.reading.errors import printable

        where = "" if section is None else f" in section {section + 1}"
        say(f"docbao: {printable(article.path or '<input>')}: no body sentences to summarize{where}")
        return 0
    _emit(
        fmt,
        lambda: fs.to_dict(summary),
        lambda: fs.to_text(summary, article),
        lambda: fs.to_markdown(summary, article),
    )
    return 0


def cmd_people(args: argparse.Namespace) -> int:
    article = _load(args.file)
    from tui.formats import people as fp
    from tui.language.people import extract_people

    people = extract_people(article)
    _emit(
        args.format,
        lambda: fp.to_dict(people),
        lambda: fp.to_text(people),
        lambda: fp.to_markdown(people, article),
    )
    return 0


def _same_file(target: str, output: str) -> bool:
    """Whether `output` is the article's own file (standard input's, for `-`), by any name."""
    try:
        source = os.fstat(0) if target == "-" else os.stat(target)
        return os.path.samestat(source, os.stat(output))
    except (OSError, ValueError):  # the output does not exist (yet), a URL, no path at all
        return False


def cmd_export(args: argparse.Namespace) -> int:
    article = _load(args.file)
    if args.output not in (None, "-") and _same_file(args.file, args.output):
        # By any name (a link, another path, a hard link): the note would replace the article.
        raise UsageError("is the article being exported: write the note to another file", args.output)
    from tui.formats import note
    from tui.language.people import extract_people
    from tui.language.summarize import summarize

    summary = summarize(article, args.algorithm, _length(args), None)
    people = extract_people(article)
    if args.format == "json":
        from tui.reading.errors import printable_json

        content = printable_json(note.to_dict(article, summary, people), indent=2) + "\n"
    elif args.format == "html":
        content = note.to_html(article, summary, people)
    else:
        content = note.to_markdown(article, summary, people, sections=True)
    if args.output in (None, "-"):
        write_out(content)
        return 0
    try:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(content)
    except OSError as e:
        raise UsageError(f"cannot write: {(e.strerror or 'error').lower()}", args.output) from None
    return 0


def _positive_int(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return n


def _output_name(value: str) -> str:
    # `-o ""` (an unset variable, `-o "$OUT"`) said "docbao: : cannot write: no such file or directory".
    if not value:
        raise argparse.ArgumentTypeError("an empty name: give a file, or - for standard output")
    return value


def _ratio(value: str) -> float:
    r = float(value)
    if not 0 < r <= 1:
        raise argparse.ArgumentTypeError("must be above 0 and at most 1")
    return r


def _summary_options(p: argparse.ArgumentParser) -> None:
    from tui.language.algorithms import ALGORITHM_NAMES, DEFAULT_ALGORITHM

    size = p.add_mutually_exclusive_group()
    # No default here: argparse tells "-n 3 --ratio 0.2" from "--ratio 0.2" by whether -n still
    # holds its default object, and the 3 that "-n 3" parses to is that very object.
    size.add_argument("-n", type=_positive_int, help=f"number of sentences (default {DEFAULT_LENGTH})")
    size.add_argument("--ratio", type=_ratio, help="share of the sentences, e.g. 0.2")
    p.add_argument(
        "--algorithm",
        "-a",
        choices=ALGORITHM_NAMES,
        default=DEFAULT_ALGORITHM,
        help=f"default: {DEFAULT_ALGORITHM}",
    )


class ArgumentParser(argparse.ArgumentParser):
    """argparse, but its messages (which quote the command line, file names and all) are printed
    with control characters escaped: a file name met by a shell glob cannot retitle the terminal."""

    def error(self, message: str):  # type: ignore[override]
        from tui.reading.errors import printable

        super().error(printable(message))


class _Version(argparse.Action):
    """--version, reading the installed version only when asked (importlib.metadata is slow)."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        from importlib.metadata import PackageNotFoundError, version

        try:
            number = version("docbao")
        except PackageNotFoundError:
            number = "(not installed)"
        print(f"docbao {number}")
        parser.exit()


def _version_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action=_Version, nargs=0, help="print the version and exit")


def build_parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(
        prog="docbao",
        description="Read and summarize Vietnamese news articles. "
        "`docbao [TARGET]` opens the reader (the bundled article when TARGET is omitted).",
    )
    _version_option(parser)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("parse", help="print the article's structure", description=f"TARGET: {TARGET_HELP}.")
    p.add_argument("file", metavar="TARGET", help="the article to read")
    p.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text (default): the sections and their paragraphs; json: also every sentence with its span",
    )
    p.set_defaults(func=cmd_parse)

    p = sub.add_parser(
        "summarize",
        help="print an extractive summary (of one article, or JSON lines for many)",
        description=f"TARGET: {TARGET_HELP}, or a folder of articles. Several targets or a folder give "
        "one JSON line per article (--format jsonl); unreadable ones are reported on stderr and the "
        "rest go on (exit status 1 if some failed, 2 if all did).",
    )
    p.add_argument("files", metavar="TARGET", nargs="+", help="the articles to summarize")
    _summary_options(p)
    p.add_argument(
        "--section",
        metavar="K",
        help="summarize one section: its number (1-based, as in the reader) or its role "
        "(opening, achievements, tasks, other; related news is not summarized)",
    )
    p.add_argument(
        "--format", choices=(*FORMATS, "jsonl"), default=None, help="default: text, jsonl for many"
    )
    p.add_argument(
        "--jobs", "-j", type=_positive_int, default=1, help="worker processes for many articles (default 1)"
    )
    p.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="a dask.distributed scheduler whose workers summarize many articles (docbao[dask])",
    )
    p.set_defaults(func=cmd_summarize)

    p = sub.add_parser(
        "people", help="print who took part, with their roles", description=f"TARGET: {TARGET_HELP}."
    )
    p.add_argument("file", metavar="TARGET", help="the article to read")
    p.add_argument("--format", choices=FORMATS, default="text", help="default: text")
    p.set_defaults(func=cmd_people)

    p = sub.add_parser(
        "export",
        help="write the reading note: title, source, lead, summary, attendees, then the whole text",
        description=f"TARGET: {TARGET_HELP}. The reading note holds the title, source and lead, the "
        "summary, the attendees with their roles, then every section with its paragraphs, photo "
        "captions (with their credit) and the related news. Markdown is exactly what the reader's "
        "C copies; html is that Markdown as a web page; json is the same content as data.",
    )
    p.add_argument("file", metavar="TARGET", help="the article to read")
    p.add_argument("--format", choices=EXPORT_FORMATS, default="markdown", help="default: markdown")
    p.add_argument(
        "-o", "--output", metavar="OUT", type=_output_name, help="write to OUT instead of standard output"
    )
    _summary_options(p)
    p.set_defaults(func=cmd_export)

    from tui.index.commands import add_parsers  # index, search, who

    add_parsers(sub)
    return parser


_PRINT_INSTEAD = "to print the article: `docbao parse`, `docbao summarize` or `docbao export`"


def reattach_terminal(instead: str = "use `docbao parse -` or `docbao summarize -`") -> None:
    """After reading a pipe on stdin, give the reader the terminal as its stdin (Textual reads keys
    there); with none, say what to do `instead`."""
    try:
        fd = os.open("/dev/tty", os.O_RDWR | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        raise UsageError(f"no terminal to show the reader on; {instead}", "<stdin>") from None
    os.dup2(fd, 0)
    os.close(fd)
    sys.stdin = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115 (lives as long as the process)


def _isatty(fd: int) -> bool:
    try:
        return os.isatty(fd)
    except OSError:
        return False


def _take_terminal(reads_stdin: bool) -> None:
    """The reader reads keys from standard input and draws on standard output: both must be the
    terminal.  Standard input that is not (an article piped in, `< /dev/null`) is given the
    terminal in its place: on a closed or empty input the reader never saw a key, not even q,
    and spun on it.  Standard output that is not (`docbao a.txt > file`, `| less`) is refused:
    the screen's escape codes would fill the file while the reader waited for keys unseen."""
    if reads_stdin:
        reattach_terminal()
    elif not _isatty(0):  # the article is a file: no word of standard input, piped or not
        reattach_terminal(_PRINT_INSTEAD)
    if not _isatty(1):
        raise UsageError(f"not a terminal: the reader draws on one ({_PRINT_INSTEAD})", "<stdout>")


def _is_stdin(target: str) -> bool:
    """`-`, or a name for the pipe or terminal on standard input (`/dev/stdin`, `/dev/fd/0`)."""
    if target == "-":
        return True
    try:
        here = os.fstat(0)
        return not stat.S_ISREG(here.st_mode) and os.path.samestat(here, os.stat(target))
    except (OSError, ValueError):
        return False


def _run_app(argv: Sequence[str]) -> int:
    parser = ArgumentParser(
        prog="docbao",
        usage="docbao [TARGET]\n       docbao {parse,summarize,people,export} TARGET [options]"
        "\n       docbao {index DIR…, search QUERY, who NAME} [options]",
        description="Read and summarize Vietnamese news articles in the terminal. "
        "Commands: " + ", ".join(COMMANDS) + " (see `docbao COMMAND --help`).",
    )
    _version_option(parser)
    parser.add_argument(
        "file",
        nargs="?",
        metavar="TARGET",
        help=f"what to open: {TARGET_HELP}, or a folder (a library to pick from); "
        "default: the bundled article",
    )
    args = parser.parse_args(argv)
    target: str | None = args.file
    from tui.settings import load_settings

    settings, problem = load_settings()
    article = None
    prefetch = None
    if target is None or not os.path.isdir(target):
        if target is None:
            from tui.reading.bundled import seed_article

            target = str(seed_article())
        from tui.app.services import Prefetch
        from tui.processes import idle_core
        from tui.reading.kinds import is_url

        # A file is read and parsed by a worker process on another core while this one loads
        # Textual; the worker then computes the first summary and attendees while this one paints.
        # With no core idle it would only take this one's time (on a loaded machine the first
        # frame came some 20 ms later with it, and the summary later too): all is done here.
        if not (_is_stdin(target) or is_url(target)) and idle_core():
            prefetch = Prefetch.start(target, settings.algorithm, settings.length)
        # Whoever reads it, the article is read before the screen starts: bad input is one line
        # on stderr, not a broken screen.
        if prefetch is None:
            article = _load(target)
    try:
        from tui.app.app import run

        if prefetch is not None:
            article = prefetch.take_article()
            if article is None:  # not yet (no idle core), or it could not: read it here
                article = _load(target)
                prefetch.adopt(article)
        _take_terminal(reads_stdin=target is not None and _is_stdin(target))
    except BaseException:
        if prefetch is not None:
            prefetch.close()
        raise
    return run(target, article, settings=settings, settings_message=problem, prefetch=prefetch) or 0


def _refuse_a_mistyped_command(argv: Sequence[str]) -> None:
    """`docbao sumarize a.txt` said "unrecognized arguments: a.txt", and `docbao sumarize` "no such
    file": a first word that names no file, no link and no option, and is close to a command or
    followed by more words, is said to be a mistyped command."""
    word = argv[0] if argv else "-"
    if word.startswith("-") or "://" in word or os.path.lexists(word):
        return
    import difflib

    close = difflib.get_close_matches(word, COMMANDS, n=1, cutoff=0.75)
    if close:
        raise UsageError(f"no such file or command (did you mean `docbao {close[0]}`?)", word)
    if len(argv) > 1:
        raise UsageError(f"no such file or command (the commands: {', '.join(COMMANDS)})", word)


def main(argv: Sequence[str] | None = None) -> int:
    from tui.reading.errors import ReadError

    reserve_closed_streams()
    _tolerant_streams()
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS:
            with _stop_on_signals():
                args = build_parser().parse_args(argv)
                return args.func(args)
        _refuse_a_mistyped_command(argv)
        return _run_app(argv)
    except OutputError as e:
        say(f"docbao: {e}")
        _silence_stdout()  # what could not be written must not fail again when Python exits
        return 2
    except (ReadError, UsageError) as e:
        say(f"docbao: {e}")
        return 2
    except BrokenPipeError:
        # `docbao parse x | head`: the reader went away; that is not an error of ours.
        _silence_stdout()
        return 0
    except KeyboardInterrupt:
        return 130
    except Terminated as e:
        return 128 + e.signum


class Terminated(BaseException):
    """SIGTERM or SIGHUP, raised where the command is, as ctrl-c raises KeyboardInterrupt."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


@contextlib.contextmanager
def _stop_on_signals() -> Iterator[None]:
    """SIGTERM and SIGHUP (the terminal closed) end a command as ctrl-c does: its clean-up runs,
    so worker processes are stopped with it, and the exit status is 128 + the signal's number.
    (By default they killed this process at once, leaving the workers of `--jobs N` running.)
    A signal the caller ignores, such as SIGHUP under nohup, stays ignored."""
    import signal

    main_pid = os.getpid()

    def handler(signum: int, frame: object) -> None:
        if os.getpid() != main_pid:  # a forked worker inherited this handler: die as by default
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        raise Terminated(signum)

    replaced = {}
    for name in ("SIGTERM", "SIGHUP"):
        signum = getattr(signal, name, None)
        if signum is not None and signal.getsignal(signum) == signal.SIG_DFL:
            with contextlib.suppress(ValueError):  # not the main thread (main() called in-process)
                replaced[signum] = signal.signal(signum, handler)
    try:
        yield
    finally:
        for signum, before in replaced.items():
            signal.signal(signum, before)


def _tolerant_streams() -> None:
    """Whatever the output encoding (PYTHONIOENCODING=ascii, a C locale), print: a character it
    cannot hold is written as an escape (\\u1ec7), never a UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError, AttributeError):  # a closed or odd stream
                reconfigure(errors="backslashreplace")


def _silence_stdout() -> None:
    # Python flushes stdout at exit; with the pipe gone that would print a second error.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


if __name__ == "__main__":
    sys.exit(main())
