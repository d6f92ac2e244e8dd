"""The one error the reading layer raises for bad input, and how any name is shown in a message."""

from __future__ import annotations

import unicodedata

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


def printable(text: str) -> str:
    """`text` (a path, a URL, a reason) safe to print on a terminal: control characters, escape
    sequences, bidi overrides and other invisible format characters, line separators and bytes
    that were not UTF-8 are shown as escapes (`\\x1b`, `\\u202e`, `\\xff`), never obeyed."""
    if text.isprintable():  # the common case; also lets every ordinary space through
        return text
    return "".join(
        _escape(ch) if unicodedata.category(ch)[0] == "C" or ch in "\u2028\u2029" else ch for ch in text
    )


class ReadError(Exception):
    """The user gave us something we cannot read."""

    def __init__(self, path: str, reason: str):
        super().__init__(path, reason)
        self.path = path
        self.reason = reason

    def __str__(self) -> str:
        return f"{printable(self.path)}: {printable(self.reason)}"
