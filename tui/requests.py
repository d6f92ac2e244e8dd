"""What a command asks of an article that the article may not have, such as one section to
summarize (`--section K`), the error for a request we cannot do, and writing the answer.

The one place that turns a section's number or role into an index: the single-article command
and the batch workers both ask here, so a bad request is refused alike, naming the article.
"""

from __future__ import annotations

import contextlib
import os
import sys
from typing import TYPE_CHECKING, NamedTuple, TextIO

if TYPE_CHECKING:
    from collections.abc import Sequence

    from tui.reading.model import Article, Section

# Sentences in a summary: by default, and the most any request may ask for (settings, CLI, reader).
DEFAULT_LENGTH = 3
MAX_LENGTH = 50


class SummaryRequest(NamedTuple):
    """One summary asked for: which summarizer, how many sentences (or, as a float in (0, 1],
    what share of them: `--ratio`), of what (None: the whole article, else a section's index).
    The key of every summary kept, sent or compared.

    A command's request names its section as the user did (`--section 2`, `--section tasks`):
    a string, made an index for each article by `resolved`."""

    algorithm: str
    length: int | float = DEFAULT_LENGTH
    scope: int | str | None = None

    def whole(self) -> SummaryRequest:
        """The same request for the whole article (the reading note always summarizes it)."""
        return self._replace(scope=None)

    def resolved(self, article: Article) -> SummaryRequest:
        """The request for `article`, its section named by index (`resolve_section`: raises a
        UsageError, naming the article, for a section it does not have)."""
        if not isinstance(self.scope, str):
            return self
        return self._replace(scope=resolve_section(article, self.scope))


# The roles `--section` takes; related news is a list of other articles, never summarized.
SUMMARIZED_ROLES = ("opening", "achievements", "tasks", "other")


class UsageError(Exception):
    """A well-formed command that asks for something we cannot do: one line on stderr,
    `docbao: PATH: REASON` (or `docbao: REASON` when no article is concerned), exit status 2."""

    def __init__(self, reason: str, path: str | None = None):
        super().__init__(reason, path)
        self.reason = reason
        self.path = path

    def __str__(self) -> str:
        from tui.reading.errors import printable

        reason = printable(self.reason)
        return reason if self.path is None else f"{printable(self.path)}: {reason}"


class OutputError(UsageError):
    """The answer could not be written (a full disk, a closed terminal): `docbao: <stdout>: REASON`."""


STDOUT_NAME = "<stdout>"


def write_out(text: str, stream: TextIO | None = None) -> None:
    """Write and flush the answer; a failed write is an OutputError (a closed pipe stays a
    BrokenPipeError: the reader went away, `docbao parse a.txt | head`, which is no error)."""
    stream = sys.stdout if stream is None else stream
    if stream is None:  # `docbao parse a.txt >&-`: Python gives no stream for a closed descriptor
        raise OutputError("not open", STDOUT_NAME)
    try:
        stream.write(text)
        stream.flush()
    except BrokenPipeError:
        raise
    except OSError as e:
        raise OutputError((e.strerror or "cannot write").lower(), STDOUT_NAME) from None


def say(line: str) -> None:
    """One line on stderr. With stderr closed (`2>&-`) there is no one left to tell: the line is
    dropped (the exit status still tells), never printed to stdout, into the data, as `print`
    does when given no stream."""
    if sys.stderr is None:
        return
    with contextlib.suppress(OSError, ValueError):
        print(line, file=sys.stderr, flush=True)


def reserve_closed_streams() -> None:
    """A standard descriptor the caller closed (`2>&-`, `>&-`, `<&-`) is given /dev/null, so that
    no file opened later takes its number: an error line to fd 2 would land in the note being
    written, and the workers of a batch inherit it. The Python stream stays None, so that the
    code knows there is nowhere to write (and says so for stdout, `write_out`)."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            try:
                null = os.open(os.devnull, os.O_RDWR)
            except OSError:
                return
            if null != fd:  # the lowest free number: `fd` itself when those below are open
                os.dup2(null, fd)
                os.close(null)


def _spans(numbers: list[int]) -> str:
    """[1, 2, 3, 5] -> '1-3, 5'."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ", ".join(f"{r[0]}-{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)


def _sections(sections: Sequence[Section]) -> str:
    """The sections `--section` takes, by number: the related news is numbered but not summarized."""
    n = len(sections)
    if n == 0:
        return "the article has no sections"
    own = [i + 1 for i, s in enumerate(sections) if s.role != "related"]
    related = [i + 1 for i, s in enumerate(sections) if s.role == "related"]
    if not related:
        return "the article has 1 section (1)" if n == 1 else f"the article has {n} sections (1-{n})"
    aside = f"{_spans(related)} {'is' if len(related) == 1 else 'are'} the related news"
    if not own:
        return f"no section can be summarized ({aside})"
    which = f"section {own[0]} can" if len(own) == 1 else f"sections {_spans(own)} can"
    return f"{which} be summarized ({aside})"


def resolve_section(article: Article, key: str | None) -> int | None:
    """`--section K`: the index of the section numbered K (1-based, as the reader shows them) or
    of the first section with role K (`opening`, `achievements`, `tasks`, `other`); None for the
    whole article. Raises UsageError, naming the article, for a section it does not have or for
    the related news."""
    if key is None:
        return None
    path = article.path
    sections = article.sections
    wanted = key.strip()
    if wanted.isascii() and wanted.isdigit():
        index = int(wanted) - 1
        if not 0 <= index < len(sections):
            raise UsageError(f"no section {int(wanted)}: {_sections(sections)}", path)
        if sections[index].role == "related":
            raise UsageError(f"section {index + 1} is the related news, which is not summarized", path)
        return index
    role = wanted.casefold()
    if role == "related":
        raise UsageError("related news is not summarized: choose a section of the article's own text", path)
    if role not in SUMMARIZED_ROLES:
        own = [i + 1 for i, s in enumerate(sections) if s.role != "related"]
        span = _spans(own) if own else "none here"
        raise UsageError(
            f"no section {key!r}: give a number ({span}) or a role ({', '.join(SUMMARIZED_ROLES)})", path
        )
    for i, sec in enumerate(sections):
        if sec.role == role:
            return i
    present = ", ".join(dict.fromkeys(s.role for s in sections if s.role != "related")) or "none"
    raise UsageError(f"no {role} section: the article's sections are {present}", path)
