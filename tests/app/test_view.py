"""Details of what a reader sees: cut lines end with an ellipsis, headings hang under their
section's name, a rule between the summary's sentences, a person's mention count goes away with
the highlight."""

from __future__ import annotations

import re
from itertools import pairwise

RULE = re.compile(r"^ ?─+ ?$")
SENTENCE_START = re.compile(r"^ ?(\d+) \S")  # the number column, then the sentence


async def test_cut_title_and_meta_lines_end_with_an_ellipsis(make_app, wait, text_of, fixed_language):
    app = make_app(language=fixed_language())
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(app, pilot)
        lines = text_of(app).splitlines()
        assert lines[0].rstrip().endswith("…"), lines[0]  # the title bar
        meta = next(line for line in lines if "Baonghean.vn · 01-nghe-an" in line)
        assert "…" in meta, meta


async def test_section_headings_hang_under_the_section_name(make_app, wait, text_of, fixed_language):
    app = make_app(language=fixed_language())
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        lines = text_of(app).splitlines()
        name = next(line for line in lines if "2 Achievements" in line)
        heading = next(line for line in lines if "PHÁT HUY TÍNH" in line)
        assert heading.index("PHÁT") == name.index("Achievements")


def assert_ruled(lines: list[str]) -> None:
    """Each sentence after the first right under a rule, and no blank line under a rule."""
    for above, line in pairwise(lines):
        number = SENTENCE_START.match(line)
        if number and number.group(1) != "1":
            assert RULE.match(above), f"no rule above sentence {number.group(1)}:\n" + "\n".join(lines)
        if RULE.match(above):
            assert line.strip(), "a blank line under a rule:\n" + "\n".join(lines)


async def test_summary_rules_stay_when_its_scrollbar_comes_and_goes(make_app, wait, text_in, fixed_language):
    app = make_app(language=fixed_language())
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        lst = app.screen.query_one("#summary-list")
        # 3 sentences fit, 4 need the scrollbar; the 2nd + and the last - reuse computed summaries,
        # set on the list at the width it had before its scrollbar came or went.
        for key, bar in (("plus", True), ("minus", True), ("minus", False), ("plus", False), ("plus", True)):
            await pilot.press(key)
            await wait(app, pilot)
            assert lst.show_vertical_scrollbar is bar, key
            assert_ruled(text_in(app, lst).splitlines())
        await pilot.press("minus", "minus")
        await wait(app, pilot)
        assert not lst.show_vertical_scrollbar
        shown = text_in(app, lst).splitlines()
        assert_ruled(shown)
        assert [m.group(1) for m in map(SENTENCE_START.match, shown) if m] == ["1", "2"]


async def test_escape_clears_the_mention_count_with_the_highlight(make_app, wait, fixed_language):
    app = make_app(language=fixed_language())
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        reader = app.screen
        await pilot.press("shift+tab", "enter")  # the attendees: the first person's first mention
        await pilot.pause()
        assert reader.view.target is not None
        assert str(reader.people_pane.border_subtitle).startswith("mention 1/")
        await pilot.press("escape")
        await pilot.pause()
        assert reader.view.target is None
        assert not reader.people_pane.border_subtitle
        await pilot.press("enter", "tab", "tab", "enter")  # a person, then a summary sentence
        await pilot.pause()
        assert app.focused.id == "summary-list"
        assert not reader.people_pane.border_subtitle


async def test_the_mention_count_goes_when_the_article_shows_something_else(make_app, wait, fixed_language):
    app = make_app(language=fixed_language())
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        reader = app.screen
        pane = reader.people_pane

        async def count_after(focus: str | None, *keys: str) -> str:
            """Enter on a person, then the keys (in the pane with the focus): the count left."""
            pane.query_one("#people-list").focus()
            await pilot.press("enter")
            assert str(pane.border_subtitle).startswith("mention ")
            if focus:
                reader.query_one(focus).focus()
            await pilot.press(*keys)
            await pilot.pause()
            return str(pane.border_subtitle or "")

        assert await count_after(None, "3") == ""  # a section by its number
        assert await count_after(None, "left_square_bracket") == ""
        assert await count_after("#sections", "enter") == ""  # the section navigator
        assert await count_after(None, "slash", "H", "Đ", "N", "D") == ""  # a search, as it is typed
        await pilot.press("enter")  # the search box closes; its matches stay
        assert await count_after(None, "n") == ""
        assert await count_after(None, "N") == ""
        assert await count_after("#summary-list", "enter") == ""  # a summary sentence
        assert await count_after(None, "escape") == ""


async def test_changing_the_summary_keeps_the_keyboard_focus_in_the_summary(
    make_app, wait, until, fixed_language
):
    app = make_app(language=fixed_language())
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        await pilot.press("tab")
        assert app.focused.id == "summary-list"
        # "4" with the section scope: related news, not summarized (an empty list).
        for key in ("minus", "plus", "s", "4", "s"):
            await pilot.press(key)
            assert app.focused is not None and app.focused.id == "summary-list", key
            if key == "4":
                # The summary follows the section once the scrolling settles: wait for it to.
                await until(pilot, lambda: app.screen.session.scope == 3, "the summary of section 4")
            await wait(app, pilot)
            assert app.focused is not None and app.focused.id == "summary-list", key
        await pilot.press("j")  # still moving in the summary
        assert app.screen.query_one("#summary-list").highlighted == 1


async def test_an_empty_section_summary_says_why_and_what_to_do(make_app, wait, fixed_language):
    app = make_app(language=fixed_language())
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        await pilot.press("4", "s")  # related news, summarized alone
        await wait(app, pilot)
        state = app.screen.query_one("#summary-state")
        assert state.display
        assert state.content.plain == "Related news is not summarized: s summarizes the whole article."


async def test_narrow_terminals_keep_the_pane_titles(make_app, wait, text_of, fixed_language):
    app = make_app(language=fixed_language())
    async with app.run_test(size=(60, 20)) as pilot:
        await wait(app, pilot)
        assert "§1/4 Opening" in text_of(app)  # which section is being read
        await pilot.press("p")
        await pilot.pause()
        text = text_of(app)
        assert "Sections" in text and "Attendees" in text
