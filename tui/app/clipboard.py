"""The system clipboard, when there is one.

The app always copies through the terminal (OSC 52, `App.copy_to_clipboard`); this adds the
desktop clipboard through pyperclip. pyperclip raises when no clipboard tool exists and can hang
when one exists but has no display to talk to, so it runs in a daemon thread with a time limit.
"""

from __future__ import annotations

import os
import threading

TIMEOUT = 1.5
_DISABLE_ENV = "DOCBAO_NO_SYSTEM_CLIPBOARD"


def _reason(error: Exception) -> str:
    message = str(error)
    if "copy/paste mechanism" in message:
        return "no xclip, xsel or wl-copy"
    first = message.split(". ")[0].splitlines()[0] if message else type(error).__name__
    return first[:80]


def copy_to_system_clipboard(text: str, timeout: float = TIMEOUT) -> str | None:
    """Copy `text` with pyperclip; None on success, else why the system clipboard was not used."""
    if os.environ.get(_DISABLE_ENV):
        return "disabled by " + _DISABLE_ENV
    outcome: list[str | None] = []

    def attempt() -> None:
        try:
            import pyperclip

            pyperclip.copy(text)
        except Exception as e:  # pyperclip raises its own types and whatever the tool does
            outcome.append(_reason(e))
        else:
            outcome.append(None)

    thread = threading.Thread(target=attempt, name="docbao-clipboard", daemon=True)
    thread.start()
    thread.join(timeout)
    if not outcome:
        return "the clipboard tool did not answer"
    return outcome[0]
