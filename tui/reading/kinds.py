"""What kind of input a target is: a URL, a saved web page, or plain text.

Kept apart from `fetch` and `html` so that opening a plain file imports neither. The suffixes
here are the one definition of what an article file is called: a folder's articles (the
library, `summarize DIR`) are the files with one of `ARTICLE_SUFFIXES`.
"""

from __future__ import annotations

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
TEXT_SUFFIXES = (".txt", ".text", ".md")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES


def is_article_name(name: str) -> bool:
    """A file name the library and batch summaries take for an article (by its suffix)."""
    return name.lower().endswith(ARTICLE_SUFFIXES)


def is_html_name(name: str) -> bool:
    return name.lower().endswith(HTML_SUFFIXES)


def is_url(target: str) -> bool:
    return target.lower().startswith(("http://", "https://"))


def url_scheme(target: str) -> str | None:
    """The scheme of a link of any kind ('ftp' of 'ftp://x/y'), None for what is no link. Two
    letters at least: 'C://x' is a Windows path."""
    scheme, sep, _ = target.partition("://")
    letters = len(scheme) > 1 and scheme.isascii() and scheme[0].isalpha()
    if sep and letters and all(c.isalnum() or c in "+.-" for c in scheme):
        return scheme.lower()
    return None


def looks_like_html(data: bytes) -> bool:
    """A page saved without an .html name (or piped in) still starts like one."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in data[:4096].lower()
