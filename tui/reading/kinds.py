"""What kind of input a target is: a URL, a saved web page, or plain text.

Kept apart from `fetch` and `html` so that opening a plain file imports neither.
"""

from __future__ import annotations

HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def is_url(target: str) -> bool:
    return target.lower().startswith(("http://", "https://"))


def looks_like_html(data: bytes) -> bool:
    """A page saved without an .html name (or piped in) still starts like one."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in data[:4096].lower()
