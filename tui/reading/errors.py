"""The one error the reading layer raises for bad input."""

from __future__ import annotations


class ReadError(Exception):
    """The user gave us something we cannot read."""

    def __init__(self, path: str, reason: str):
        super().__init__(path, reason)
        self.path = path
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"
