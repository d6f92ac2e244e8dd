"""The reader's panes show the current article's state and nothing else (#15: defects 1, 2, 7)."""

from __future__ import annotations

import threading
from pathlib import Path

from tui.app.screens.reader import ReaderScreen, SummaryReady
from tui.reading.document import open_article

OTHER = Path(__file__).resolve().parents[1] / "genre" / "articles" / "quang-ninh-hdnd-ha-long-giam-sat.txt"


class HeldLanguage:
    """FixedLanguage's results, held back for the articles in `held` until `release` is set."""

    def __init__(self, fixed) -> None:
        self.fixed = fixed
        self.held: set[str] = set()
        self.release = threading.Event()

    def _hold(self, article) -> None:
        if article.path in self.held:
            self.release.wait(timeout=60)

    def summarize(self, article, *request):
        self._hold(article)
        return self.fixed.summarize(article, *request)

    def extract_people(self, article):
        self._hold(article)
        return self.fixed.extract_people(article)

    def acronyms(self, article):
        return self.fixed.acronyms(article)


async def test_opening_another_article_shows_none_of_the_last_ones_results(
    make_app, fixed_language, wait, text_of, seed
):
    language = HeldLanguage(fixed_language())
    app = make_app(language=language)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait(app, pilot)
        reader = app.screen
        old_summary = reader.current_summary
        screen = text_of(app)
        assert "Attendees · 4" in screen and "Photos: Thành Duy" in screen
        first = old_summary.sentences[0].text[:25]
        assert first in screen

        other = open_article(str(OTHER))
        language.held.add(other.path)
        app.show_article(other)
        await pilot.pause()
        screen = text_of(app)
        assert other.title[:30] in screen
        for old in ("Attendees · 4", "Photos: Thành Duy", "Thái Thanh Quý", first):
            assert old not in screen, old
        assert "Finding attendees" in screen and "Summarizing" in screen
        # A late result of the last article is refused: it names the article it is for.
        reader.post_message(SummaryReady(seed, reader.session.request, old_summary))
        await pilot.pause()
        assert first not in text_of(app) and reader.current_summary is None

        language.release.set()
        await wait(app, pilot)
        assert reader.current_summary is not None
        assert reader.current_summary.sentences[0].text[:25] in text_of(app)


async def test_the_border_promises_no_count_while_summarizing(make_app, fixed_language, wait, until, seed):
    language = HeldLanguage(fixed_language())
    language.held.add(seed.path)
    app = make_app(language=language)
    async with app.run_test(size=(160, 45)) as pilot:
        reader = app.screen
        await until(pilot, lambda: reader.summary_pane is not None, "the summary pane")
        await pilot.pause()  # its state, bound to the reader's, is shown
        assert reader.summary_pane.state == "busy"
        assert str(reader.summary_pane.border_subtitle) == "whole article"
        language.release.set()
        await wait(app, pilot)
        assert str(reader.summary_pane.border_subtitle) == "3 sentences · whole article"


async def test_shorter_in_a_one_sentence_section_changes_nothing_silently(
    make_app, fixed_language, wait, config_dir
):
    import json

    app = make_app(language=fixed_language())
    async with app.run_test(size=(160, 45)) as pilot:
        await wait(app, pilot)
        reader: ReaderScreen = app.screen
        await pilot.press("1", "s")
        await wait(app, pilot)
        assert str(reader.summary_pane.border_subtitle) == "1 sentence · §1 Opening"
        await pilot.press("minus")
        await wait(app, pilot)
        assert app._notifications and list(app._notifications)[-1].message == "The summary is one sentence already."
        assert app.settings.length == 3
        await pilot.press("s")
        await wait(app, pilot)
        assert str(reader.summary_pane.border_subtitle) == "3 sentences · whole article"
        saved = config_dir / "settings.json"
        assert not saved.exists() or json.loads(saved.read_text("utf-8"))["length"] == 3


async def test_notices_of_a_kind_replace_each_other(make_app, fixed_language, wait, text_of):
    # `+` forty times at the longest summary: one notice, not a pile over the panes.
    app = make_app(language=fixed_language())
    async with app.run_test(size=(60, 20)) as pilot:
        await wait(app, pilot)
        for _ in range(40):
            await pilot.press("plus")
        await wait(app, pilot)
        notices = [n.message for n in app._notifications if "side panes hidden" not in n.message]
        assert len(notices) == 1 and "every sentence" in notices[0]
        await pilot.press("c")
        await wait(app, pilot)
        await pilot.press("c")
        await wait(app, pilot)
        copied = [n for n in app._notifications if n.title == "Copied"]
        assert len(copied) == 1 and len(copied[0].message) <= 90


async def test_the_current_section_stands_out_when_the_list_has_no_focus(make_app, fixed_language, wait):
    from textual.color import Color

    app = make_app(language=fixed_language())
    async with app.run_test(size=(160, 45)) as pilot:
        await wait(app, pilot)
        await pilot.press("2")
        await wait(app, pilot)
        nav = app.screen.section_nav
        assert not nav.has_focus and nav.highlighted == 1
        row = nav.get_component_rich_style("option-list--option-highlighted")
        plain = Color.from_rich_color(nav.rich_style.bgcolor)
        current = Color.from_rich_color(row.bgcolor)
        # $boost (27,27,27 on 18,18,18) was 0.035 brighter than the list: hard to see.
        assert abs(current.brightness - plain.brightness) >= 0.08, (plain, current)
        assert row.bold


async def test_a_screenshot_without_a_downloads_folder_goes_to_the_data_folder(
    make_app, fixed_language, wait, until, tmp_path, monkeypatch
):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # no ~/Downloads there
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("XDG_DOWNLOAD_DIR", raising=False)
    app = make_app(language=fixed_language())
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(app, pilot)
        app.deliver_screenshot()
        await until(pilot, lambda: any(n.title == "Screenshot" for n in app._notifications), "the screenshot")
        notice = next(n for n in app._notifications if n.title == "Screenshot")
        assert notice.severity == "information", notice.message
        folder = tmp_path / "data" / "docbao" / "screenshots"
        saved = list(folder.glob("*.svg"))
        assert len(saved) == 1 and str(folder) in notice.message


async def test_the_palette_has_our_help_not_textuals_keys_and_every_entry_says_what_it_does(
    make_app, fixed_language, wait
):
    app = make_app(language=fixed_language())
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        commands = list(app.get_system_commands(app.screen))
        titles = [c.title for c in commands]
        assert "Keys" not in titles and "Help" in titles
        for c in commands:
            assert not c.help.startswith("Key:"), c
        found = {c.title: c.help for c in commands}
        assert found["Next section"] == "Scroll the article to the next section (key: ])"


async def test_tab_goes_through_the_panes_left_to_right(make_app, fixed_language, wait):
    app = make_app(language=fixed_language())
    async with app.run_test(size=(160, 45)) as pilot:
        await wait(app, pilot)
        reader = app.screen
        order = []
        for _ in range(4):
            await pilot.press("tab")
            pane = next(p for p in reader.query(".pane") if p.has_focus_within)
            order.append(pane)
        # One turn of tab visits every pane once, and in the order they stand from left to right
        # (starting from the one after the article, where the focus starts).
        by_place = sorted(order, key=lambda p: (p.region.x, p.region.y))
        start = by_place.index(order[0])
        assert order == by_place[start:] + by_place[:start]


async def test_the_article_alone_is_centred_at_a_readable_measure(make_app, fixed_language, wait):
    from tui.app.screens.reader import MEASURE

    app = make_app(language=fixed_language())
    async with app.run_test(size=(160, 45)) as pilot:
        await wait(app, pilot)
        await pilot.press("p", "v")
        await wait(app, pilot)
        pane = app.screen.query_one("#article-pane")
        assert pane.region.width == MEASURE
        assert abs(pane.region.x - (160 - pane.region.right)) <= 1


async def test_the_summary_pane_is_wider_on_a_wide_terminal(make_app, fixed_language, wait):
    app = make_app(language=fixed_language())
    async with app.run_test(size=(160, 45)) as pilot:
        await wait(app, pilot)
        assert app.screen.summary_pane.region.width >= 44


async def test_a_narrow_terminal_says_where_the_panes_are_and_plus_answers(make_app, fixed_language, wait):
    app = make_app(language=fixed_language())
    async with app.run_test(size=(60, 20)) as pilot:
        await wait(app, pilot)
        notices = [n.message for n in app._notifications]
        assert any("side panes hidden" in m and "p:" in m and "v:" in m for m in notices), notices
        await pilot.press("plus")
        await wait(app, pilot)
        assert any(n.message == "Summary: 4 sentences (v shows it)." for n in app._notifications)


DATED = (
    "Hội nghị tổng kết công tác năm\n\n"
    "Thứ ba, 25/02/2020 14:30\n\n"
    "(Baonghean.vn) - Sáng 3/1, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết công tác năm.\n\n"
    "Năm qua, tỉnh hoàn thành 20 trên 22 chỉ tiêu chủ yếu.\n"
)


async def test_the_reader_and_the_library_show_the_articles_own_date(
    make_app, fixed_language, wait, text_of, tmp_path
):
    path = tmp_path / "dated.txt"
    path.write_text(DATED, "utf-8")
    article = open_article(str(path))
    assert article.meta.get("date") == "Thứ ba, 25/02/2020 14:30"
    app = make_app(article, language=fixed_language())
    async with app.run_test(size=(160, 45)) as pilot:
        await wait(app, pilot)
        assert "Baonghean.vn · Thứ ba, 25/02/2020 14:30 · dated.txt" in text_of(app)
        app.action_open_library(tmp_path)
        await wait(app, pilot)
        screen = text_of(app)
        assert "Thứ ba, 25/02/2020 14:30" in screen
        # Not the file's own date (the day it was copied).
        import time

        assert time.strftime("%Y-%m-%d") not in screen


async def test_the_library_says_why_a_path_cannot_open_under_its_box(
    make_app, fixed_language, wait, text_in, tmp_path
):
    (tmp_path / "a.txt").write_text(DATED, "utf-8")
    app = make_app(language=fixed_language())
    async with app.run_test(size=(100, 30)) as pilot:
        await wait(app, pilot)
        app.action_open_library(tmp_path)
        await wait(app, pilot)
        await pilot.press(*"./missing.txt", "enter")
        await wait(app, pilot)
        library = app.screen
        state = text_in(app, library.query_one("#library-state"))
        assert "Cannot open" in state and "missing.txt" in state
        assert not [n for n in app._notifications if n.title == "Cannot open"]


def test_the_html_note_is_a_readable_page(seed):
    from tui.formats.note import markdown_page

    page = markdown_page("# Tiêu đề\n\nMột đoạn văn.\n", "Tiêu đề")
    assert "<style>" in page and "max-width:42rem" in page


async def test_an_acronym_a_group_and_someone_mentioned_can_be_shown_in_the_article(
    make_app, fixed_language, wait
):
    from tui.language.people import Group, Mention, People, Person

    class WithMentioned(fixed_language):
        def extract_people(self, article):
            people = super().extract_people(article)
            i = article.text.index("Hoàng Viết Đường")
            mentioned = (Person("Hoàng Viết Đường", (), False, (Mention(i, i + 16, None),), attended=False),)
            g = article.text.index("đại diện Ban Thường trực")
            group = (Group("đại diện Ban Thường trực Ủy ban MTTQ tỉnh", g, g + 24, None),)
            return People(people.people, group, people.photographers, mentioned)

    app = make_app(language=WithMentioned())
    async with app.run_test(size=(160, 45)) as pilot:
        await wait(app, pilot)
        reader = app.screen
        text = reader.article.text
        # The glossary: enter on an acronym shows its first use, again its next.
        await pilot.press("e")
        await wait(app, pilot)
        await pilot.press("down", "enter")  # the second row: UBND
        await wait(app, pilot)
        first = text.index("UBND")
        assert reader.view.target == (first, first + 4)
        await pilot.press("e")
        await wait(app, pilot)
        await pilot.press("down", "enter")
        await wait(app, pilot)
        second = text.index("UBND", first + 1)
        assert reader.view.target == (second, second + 4)
        # The attendees pane: a group and someone only mentioned are choices too.
        pane = reader.people_pane
        lst = pane.query_one("#people-list")
        group, mentioned = pane.people.groups[0], pane.people.mentioned[0]
        m = mentioned.mentions[0]
        for target, span in ((group, (group.start, group.end)), (mentioned, (m.start, m.end))):
            index = pane.persons.index(target)
            assert not lst.get_option_at_index(index).disabled
            lst.focus()
            lst.highlighted = index
            await pilot.press("enter")
            await wait(app, pilot)
            assert reader.view.target == span
