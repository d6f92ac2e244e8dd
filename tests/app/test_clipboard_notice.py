"""`c` on a machine without xclip, xsel or wl-copy: the notice says so in one short line."""

from __future__ import annotations

import sys
import types


async def test_c_without_a_clipboard_tool_says_so_in_one_plain_line(make_app, wait, monkeypatch):
    from tui.app.clipboard import copy_to_system_clipboard

    def no_mechanism(text: str) -> None:  # what pyperclip raises on such a machine
        raise RuntimeError(
            "Pyperclip could not find a copy/paste mechanism for your system. For more information, "
            "please visit https://pyperclip.readthedocs.io/en/latest/index.html#not-implemented-error"
        )

    fake = types.ModuleType("pyperclip")
    fake.copy = no_mechanism
    monkeypatch.setitem(sys.modules, "pyperclip", fake)
    monkeypatch.delenv("DOCBAO_NO_SYSTEM_CLIPBOARD", raising=False)
    app = make_app()
    app.system_clipboard = copy_to_system_clipboard
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(app, pilot)
        await pilot.press("c")
        await wait(app, pilot)
        [message] = [n.message for n in app._notifications if "clipboard" in n.message]
        assert message == "The summary (3 sentences): terminal clipboard only — no xclip, xsel or wl-copy."
