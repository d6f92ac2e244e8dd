"""The footer: the keys a new user needs, at every width, and never keys that would be typed."""

from __future__ import annotations

import pytest


def footer_line(text: str) -> str:
    return text.rstrip("\n").splitlines()[-1]


@pytest.mark.parametrize("size", [(80, 24), (60, 20), (24, 8)])
async def test_help_key_is_always_in_the_footer(make_app, wait, text_of, fixed_language, size):
    app = make_app(language=fixed_language())
    async with app.run_test(size=size) as pilot:
        await wait(app, pilot)
        footer = footer_line(text_of(app))
        # At these sizes keys are left out (s, a, + -): the help key says there are more.
        assert "? More keys" in footer, footer
        if size[0] >= 80:
            for key in ("/ Search", "[ ] Section", "c Copy", "o Open", "q Quit"):
                assert key in footer, (key, footer)


async def test_footer_in_the_search_box_shows_how_to_leave_it(make_app, wait, text_of, fixed_language):
    app = make_app(language=fixed_language())
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        await pilot.press("slash")
        await pilot.pause()
        footer = footer_line(text_of(app))
        # "/", "+", "-" would go into the box: the footer must not offer them as commands.
        for typed in ("/ Search", "+ - Length", "[ ] Section", "q Quit"):
            assert typed not in footer, footer
        assert "esc Close search" in footer
        await pilot.press("t", "h", "a", "i", "escape")
        await pilot.pause()
        assert not app.screen.query("SearchBar")
        assert app.screen.matches  # the matches stay for n / N
        assert "/ Search" in footer_line(text_of(app))


async def test_a_footer_with_every_key_says_help(make_app, wait, text_of, fixed_language):
    app = make_app(language=fixed_language())
    async with app.run_test(size=(160, 45)) as pilot:
        await wait(app, pilot)
        footer = footer_line(text_of(app))
        assert "? Help" in footer and "s Scope" in footer and "a Algorithm" in footer, footer
