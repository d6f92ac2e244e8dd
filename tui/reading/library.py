"""A folder of articles as a list the reader can browse: title, source, size, date.

Listing is two steps: the folder's entries at once (`scan_articles`: names, sizes, file dates),
then each file's details (`article_info`: title, source, the article's own date), which for one
large saved page can take minutes; the library shows the list first and fills it in."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from tui.reading.errors import ReadError
from tui.reading.kinds import ARTICLE_SUFFIXES, is_article_name, is_html_name
from tui.reading.load import decode
from tui.reading.parse import parse

__all__ = ["ARTICLE_SUFFIXES", "ArticleInfo", "article_info", "list_articles", "scan_articles"]
# Enough of a file to find its title, source and lead without reading all of a large one.
_HEAD_BYTES = 64 * 1024
# A saved page larger than this is named from its head (its title and date) instead of being
# extracted whole: a 17 MB page took 130 s, and held a core all that time.
FULL_PAGE_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    path: Path
    title: str
    source: str | None
    size: int
    modified: float
    error: str | None = None  # why the file cannot be read, shown instead of hiding it
    date: str | None = None  # the article's own date, as the page gives it
    pending: bool = False  # only the entry is known yet: title, source and date still to come


def _head(path: Path) -> bytes:
    with open(path, "rb") as f:
        data = f.read(_HEAD_BYTES)
    if len(data) == _HEAD_BYTES and b"\n" in data:
        data = data[: data.rindex(b"\n")]  # never cut a character in two
    return data


def article_info(path: Path) -> ArticleInfo:
    try:
        st = path.stat()
    except OSError as e:
        return ArticleInfo(path, path.name, None, 0, 0.0, e.strerror or "cannot read")
    try:
        if is_html_name(path.name) and st.st_size > FULL_PAGE_BYTES:
            return _page_head_info(path, st.st_size, st.st_mtime)
        if is_html_name(path.name):
            from tui.reading.document import open_article

            article = open_article(path)
        else:
            article = parse(decode(_head(path), str(path)))
    except ReadError as e:
        return ArticleInfo(path, path.name, None, st.st_size, st.st_mtime, e.reason)
    except OSError as e:
        return ArticleInfo(path, path.name, None, st.st_size, st.st_mtime, e.strerror or "cannot read")
    date = article.meta.get("date") or None
    return ArticleInfo(path, article.title or path.name, article.source, st.st_size, st.st_mtime, date=date)


def _page_head_info(path: Path, size: int, modified: float) -> ArticleInfo:
    """A large saved page's title and date from its first bytes, as its head gives them."""
    from lxml import etree
    from lxml import html as lhtml

    from tui.reading.html import decode_html
    from tui.reading.pagemeta import page_date

    markup = decode_html(_head(path), str(path))
    try:
        root = lhtml.document_fromstring(markup.encode("utf-8", "surrogatepass"))
    except (etree.ParserError, ValueError):
        return ArticleInfo(path, path.name, None, size, modified)
    titles = [m.get("content", "") for m in root.iter("meta") if m.get("property") == "og:title"]
    titles += [" ".join(t.text_content().split()) for t in root.iter("title", "h1")]
    title = next((" ".join(t.split()) for t in titles if t.strip()), path.name)
    return ArticleInfo(path, title, None, size, modified, date=page_date(root))


def _entry(path: Path) -> ArticleInfo:
    try:
        st = path.stat()
    except OSError as e:
        return ArticleInfo(path, path.name, None, 0, 0.0, e.strerror or "cannot read")
    return ArticleInfo(path, path.name, None, st.st_size, st.st_mtime, pending=True)


def scan_articles(folder: str | os.PathLike[str]) -> list[ArticleInfo]:
    """The article files directly in `folder`, by name, without reading them (`pending`)."""
    root = Path(folder)
    try:
        entries = sorted(p for p in root.iterdir() if p.is_file() and is_article_name(p.name))
    except OSError as e:
        raise ReadError(str(folder), e.strerror.lower() if e.strerror else "cannot list folder") from e
    return [_entry(p) for p in entries]


def list_articles(folder: str | os.PathLike[str]) -> list[ArticleInfo]:
    """The article files directly in `folder`, by name, with their details."""
    return [info if info.error else article_info(info.path) for info in scan_articles(folder)]
