"""`?`: the help lists every key a user can reach (every binding of every screen, dialog and
widget of the app), found from the bindings themselves, so a new key cannot be left out."""

from __future__ import annotations

import importlib
import pkgutil

from textual.binding import Binding

import tui.app


def _every_binding() -> dict[str, Binding]:
    """Every binding with an id declared by a class of the app's modules (its own BINDINGS)."""
    found: dict[str, Binding] = {}
    for info in pkgutil.walk_packages(tui.app.__path__, "tui.app."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if isinstance(value, type) and value.__module__ == module.__name__:
                for b in value.__dict__.get("BINDINGS", ()):
                    if isinstance(b, Binding) and b.id:
                        found[b.id] = b
    return found


def test_every_binding_is_found():
    found = _every_binding()
    assert "people.appearances" in found and "appearances.close" in found  # widgets and dialogs


async def test_help_lists_every_binding_of_every_screen_and_widget(make_app, wait, text_of):
    from tui.app.screens.help import HelpScreen, _all_bindings, help_rows

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await wait(app, pilot)
        listed = {b.id for _, bindings in _all_bindings(app) for b in bindings}
        missing = sorted(set(_every_binding()) - listed)
        assert missing == []
        await pilot.press("question_mark")
        await wait(app, pilot)
        assert isinstance(app.screen, HelpScreen)
        groups = dict(help_rows(app))
        assert ("w", "Where the person appears in the library index") in groups["Attendees list"]
        assert "Other appearances (w)" in groups


async def test_w_can_be_remapped_and_the_help_names_the_new_key(make_app, wait):
    from tui.app.keymap import check_keymap
    from tui.app.screens.appearances import AppearancesScreen
    from tui.app.screens.help import help_rows
    from tui.app.widgets.people import PeopleList

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await wait(app, pilot)
        check = check_keymap({"people.appearances": "W"}, app._keymap_scopes(complete=True))
        assert check.message is None  # a binding id the keymap knows
        app.set_keymap(check.accepted)
        groups = dict(help_rows(app))
        assert ("W", "Where the person appears in the library index") in groups["Attendees list"]
        assert "Other appearances (W)" in groups
        app.screen.query_one(PeopleList).focus()
        await pilot.press("W")
        await wait(app, pilot)
        assert isinstance(app.screen, AppearancesScreen)
