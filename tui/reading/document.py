"""One call from what the user named to an Article: what the CLI and the app both open with.

`open_article` takes a file path (plain text in any encoding `load` knows, or a saved web page),
an `http://` / `https://` URL, or `-` for standard input; anything it cannot read is a ReadError.
"""

from __future__ import annotations

import dataclasses
import os
import sys

from tui.reading.errors import ReadError
from tui.reading.kinds import is_html_name, is_url, looks_like_html, url_scheme
from tui.reading.model import Article
from tui.reading.parse import parse

STDIN = "-"
STDIN_NAME = "<stdin>"


def read_stdin(max_bytes: int | None = None) -> bytes:
    """All of standard input, refused past the size limit."""
    from tui.reading.load import read_limited, size_limit, too_large

    limit = size_limit(max_bytes)
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # closed or replaced stdin
        raise ReadError(STDIN_NAME, "no standard input")
    try:
        data = read_limited(stream, limit)  # a terminal gives a line per read: read to the end
    except ValueError:  # a closed stdin
        raise ReadError(STDIN_NAME, "no standard input") from None
    except OSError as e:
        raise ReadError(STDIN_NAME, (e.strerror or "cannot read").lower()) from None
    if len(data) > limit:
        raise ReadError(STDIN_NAME, too_large(limit))
    return data


def article_from_bytes(
    data: bytes, name: str, *, html: bool | None = None, charset: str | None = None
) -> Article:
    """Decode and parse bytes; `html=None` decides from the content."""
    if html is None:
        html = looks_like_html(data)
    if html:
        from tui.reading.html import decode_html

        return article_from_html(decode_html(data, name, charset), name)
    from tui.reading.load import decode

    return parse(decode(data, name, declared=charset), path=name)


def article_from_html(markup: str, name: str) -> Article:
    from tui.reading.html import extract

    page = extract(markup, name)
    article = parse(
        page.text, path=name, heading_lines=page.headings, caption_lines=page.captions, meta=page.meta
    )
    if article.source is None and page.meta.get("site"):
        article = dataclasses.replace(article, source=page.meta["site"])
    return article


def open_article(path: str | os.PathLike[str]) -> Article:
    """Read, decode and parse an article; raises ReadError for anything we cannot read."""
    name = os.fsdecode(os.fspath(path))
    if name == STDIN:
        return article_from_bytes(read_stdin(), STDIN_NAME)
    if is_url(name):
        from tui.reading.fetch import fetch

        got = fetch(name)
        article = article_from_bytes(got.data, name, html=got.kind == "html", charset=got.charset)
        if got.url != name:
            article = dataclasses.replace(article, meta={**article.meta, "url": got.url})
        return article
    scheme = url_scheme(name)
    if scheme is not None and not os.path.lexists(name):  # a file may be called so: read it then
        raise ReadError(name, f"{scheme}:// links are not read: only http:// and https://")
    from tui.reading.load import read_bytes

    data = read_bytes(path)
    # A ".html" that holds no markup at all is read as the text it is.
    html = True if is_html_name(name) and b"<" in data[:65536] else None
    return article_from_bytes(data, name, html=html)
