"""One article file → what the index keeps of it. A pure function of the file's bytes, so that it
can run in any process (`--jobs`, or a dask worker) and only its result travels to the writer."""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass

__all__ = ["Failed", "Indexed", "Job", "PersonRow", "Unchanged", "analyse"]

# Article kinds the people pane shows; `who` lists them with these words.
CHAIRED, ATTENDED, MENTIONED, PHOTOGRAPHED = "chaired", "attended", "mentioned", "photographed"


@dataclass(frozen=True, slots=True)
class Job:
    """A file to (re)read; `known_hash` is the content hash the index holds for it, if any."""

    path: str
    size: int
    mtime_ns: int
    known_hash: str | None = None


@dataclass(frozen=True, slots=True)
class PersonRow:
    name: str
    kind: str  # CHAIRED, ATTENDED, MENTIONED or PHOTOGRAPHED
    roles: tuple[str, ...]  # as written in the article
    start: int  # the first mention, a span of the article text
    end: int


@dataclass(frozen=True, slots=True)
class Indexed:
    job: Job
    hash: str
    title: str
    source: str | None
    date: str | None  # ISO yyyy-mm-dd when the article's date line gives one
    date_text: str | None  # the date line as written
    lead: str
    body: str  # headings, paragraphs and captions of the article's own sections, one per line
    text: str  # Article.text: what offsets (a person's mention, a match) point into
    summary: tuple[str, ...]
    people: tuple[PersonRow, ...]


@dataclass(frozen=True, slots=True)
class Unchanged:
    """Same bytes as indexed before (the file was only touched or copied back)."""

    job: Job
    hash: str


@dataclass(frozen=True, slots=True)
class Failed:
    job: Job
    reason: str


Outcome = Indexed | Unchanged | Failed


def content_hash(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def _people_rows(people) -> tuple[PersonRow, ...]:
    rows: list[PersonRow] = []

    def first(mentions) -> tuple[int, int]:
        return (mentions[0].start, mentions[0].end) if mentions else (0, 0)

    for p in people.people:
        rows.append(PersonRow(p.name, CHAIRED if p.chair else ATTENDED, tuple(p.roles), *first(p.mentions)))
    for p in people.mentioned:
        rows.append(PersonRow(p.name, MENTIONED, tuple(p.roles), *first(p.mentions)))
    for ph in people.photographers:
        rows.append(PersonRow(ph.name, PHOTOGRAPHED, (), *first(ph.mentions)))
    return tuple(rows)


def _body(article) -> str:
    """The article's own prose: headings, paragraphs and captions; not the related news, whose
    titles would make every article match what its neighbours are about."""
    from tui.reading.model import Caption, Paragraph

    lines: list[str] = []
    for section in article.sections:
        if section.role == "related":
            continue
        if section.heading:
            lines.append(section.heading)
        lines.extend(b.text for b in section.blocks if isinstance(b, Paragraph | Caption))
    return "\n".join(lines)


def analyse(job: Job) -> Outcome:
    """Read, parse, summarize and find the people of one file. Never raises: whatever goes wrong
    with one file is that file's `Failed`, and the run goes on."""
    from tui.reading.errors import ReadError

    try:
        return _analyse(job)
    except ReadError as e:
        return Failed(job, e.reason)
    except MemoryError:
        return Failed(job, "too large to read")
    except RecursionError:
        return Failed(job, "too deeply nested to read")
    except Exception as e:  # a bug met by one article is that article's failure
        detail = str(e)
        return Failed(job, f"internal error: {type(e).__name__}" + (f": {detail}" if detail else ""))


def _analyse(job: Job) -> Outcome:
    from tui.language.people import extract_people
    from tui.language.summarize import summarize
    from tui.reading.document import article_from_bytes
    from tui.reading.kinds import is_html_name
    from tui.reading.load import read_bytes
    from tui.reading.pagemeta import iso_date  # the reader's own reading of a date line

    # Only regular files: the walk skipped FIFOs and devices, and one put in a file's place since
    # then must not block the run (read_bytes reads a FIFO to its end, as `docbao parse` should).
    try:
        regular = stat.S_ISREG(os.stat(job.path).st_mode)
    except OSError as e:
        return Failed(job, (e.strerror or "cannot read").lower())
    if not regular:
        return Failed(job, "not a regular file")
    data = read_bytes(job.path)
    digest = content_hash(data)
    if digest == job.known_hash:
        return Unchanged(job, digest)
    # As `open_article` decides: a ".html" holding no markup is read as the text it is.
    html = True if is_html_name(job.path) and b"<" in data[:65536] else None
    article = article_from_bytes(data, job.path, html=html)
    summary = summarize(article)
    people = extract_people(article)
    date_text = article.meta.get("date")
    return Indexed(
        job=job,
        hash=digest,
        title=article.title,
        source=article.source,
        date=iso_date(date_text),
        date_text=date_text,
        lead=article.lead,
        body=_body(article),
        text=article.text,
        summary=tuple(s.text for s in summary.sentences),
        people=_people_rows(people),
    )
