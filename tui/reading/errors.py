"""The one error the reading layer raises for bad input, and the one way any name, path, URL or
title is made printable: in a message, on a screen, in the clipboard or in a file we write.

The article's text is cleaned when it is read (`tui.reading.load.clean`); a name is not text of
ours to change, so it is shown with its unprintable characters escaped instead, never obeyed.
"""

from __future__ import annotations

import unicodedata
from typing import Any

_SHORT = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escape(ch: str) -> str:
    code = ord(ch)
    if ch in _SHORT:
        return _SHORT[ch]
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 in a file name (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _unprintable(ch: str) -> bool:
    return unicodedata.category(ch)[0] == "C" or ch in "\u2028\u2029"


def printable(text: str) -> str:
    """`text` (a path, a URL, a title, a reason) safe to print on a terminal: control characters
    (C0 and C1, so ESC and CSI), bidi overrides and other invisible format characters, line
    separators and bytes that were not UTF-8 are shown as escapes (`\\x1b`, `\\x9b`, `\\u202e`,
    `\\xff`), never obeyed. Every name shown or written anywhere goes through here."""
    if text.isprintable():  # the common case; also lets every ordinary space through
        return text
    return "".join(_escape(ch) if _unprintable(ch) else ch for ch in text)


def _json_escape(ch: str) -> str:
    code = ord(ch)
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000  # JSON spells a character past the BMP as its UTF-16 surrogate pair
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def printable_json(value: Any, *, indent: int | None = None) -> str:
    """`value` as JSON whose every character printable() would escape is a JSON escape instead
    (`\\u001b`, `\\u202e`, `\\udcff`): the document prints as safely, and a name in it reads back
    exactly, so a path in `docbao summarize --format jsonl` still opens its file."""
    import json

    out = json.dumps(value, ensure_ascii=False, indent=indent)
    if out.isprintable():
        return out
    # json.dumps escapes what is below U+0020 inside strings: a raw newline is the indent's.
    return "".join(_json_escape(ch) if ch != "\n" and _unprintable(ch) else ch for ch in out)


class ReadError(Exception):
    """The user gave us something we cannot read."""

    def __init__(self, path: str, reason: str):
        super().__init__(path, reason)
        self.path = path
        self.reason = reason

    def __str__(self) -> str:
        return f"{printable(self.path)}: {printable(self.reason)}"
