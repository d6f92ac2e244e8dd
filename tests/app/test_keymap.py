"""The settings' keymap is checked: unknown ids, key names Textual does not know and keys that
another binding of the same screen answers to are left out and reported in one line."""

from __future__ import annotations

from textual.binding import Binding

from tui.app.keymap import check_keymap, valid_key


def test_key_names():
    for good in ("y", "G", "/", "slash", "ctrl+y", "f5", "escape", "left_square_bracket", "shift+space"):
        assert valid_key(good), good
    for bad in ("!!!", "ctrl+", "hyperdrive+x", "not_a_key", "", "ctrl+nothing_here"):
        assert not valid_key(bad), bad


def test_unknown_ids_bad_names_and_clashes_are_left_out():
    scope = [
        Binding("c", "copy", "Copy", id="reader.copy-summary"),
        Binding("slash", "search", "Search", id="reader.search"),
        Binding("q", "quit", "Quit", id="app.quit"),
    ]
    check = check_keymap(
        {"reader.copy-summary": "q", "reader.nonexistent": "z", "reader.search": "!!!"}, [scope]
    )
    assert check.accepted == {}
    message = check.message
    assert message is not None and "\n" not in message
    assert "'reader.nonexistent'" in message and "'!!!'" in message
    assert "reader.copy-summary: 'q' is already app.quit" in message


def test_a_key_freed_by_the_keymap_can_be_taken():
    scope = [Binding("c", "copy", "Copy", id="copy"), Binding("q", "quit", "Quit", id="quit")]
    check = check_keymap({"quit": "x", "copy": "q"}, [scope])
    assert check.accepted == {"quit": "x", "copy": "q"} and check.message is None
    # Another screen's key is no clash: the scopes are apart.
    other = [Binding("y", "yank", "Yank", id="yank")]
    assert check_keymap({"copy": "y"}, [scope, other]).accepted == {"copy": "y"}


async def test_the_app_reports_the_keymap_and_keeps_quit(make_app, wait, until, fixed_language):
    from tui.settings import Settings

    keymap = {"reader.copy-summary": "q", "reader.nonexistent": "z", "reader.search": "!!!"}
    app = make_app(settings=Settings(keymap=keymap), language=fixed_language())
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        await until(pilot, lambda: app._notifications, "the keymap's notice")
        notes = [n.message for n in app._notifications if n.message.startswith("Keymap:")]
        assert len(notes) == 1 and "reader.nonexistent" in notes[0]
        assert app._keymap == {}
        await pilot.press("slash")  # still searches
        assert app.screen.query("SearchBar")
        await pilot.press("escape")
        await pilot.press("q")
    assert app.return_code == 0 or app.return_code is None
