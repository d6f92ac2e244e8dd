"""Every key of the reader, driven through Textual's pilot, asserting what it changed."""

from __future__ import annotations

import json
import re
from dataclasses import replace

from tui.app.screens.reader import ReaderScreen
from tui.app.widgets.article import ArticleView
from tui.language.people import Group, Person


def reader_of(app) -> ReaderScreen:
    assert isinstance(app.screen, ReaderScreen)
    return app.screen


def saved_settings(config_dir) -> dict:
    return json.loads((config_dir / "settings.json").read_text(encoding="utf-8"))


async def test_first_screen_shows_article_then_panes(make_app, wait, text_of, seed):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        text = text_of(app)
        assert "Thường trực HĐND và UBND tỉnh Nghệ An" in text
        await wait(app, pilot)
        reader = reader_of(app)
        text = text_of(app)
        for expected in ("PHÁT HUY", "Thái Thanh Quý", "Nguyễn Xuân Sơn", "Thành Duy", "Summary"):
            assert expected in text, expected
        assert reader.current_summary is not None
        assert app.focused is reader.view


async def test_tab_and_shift_tab_move_between_panes(make_app, wait):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        reader = reader_of(app)
        seen = [app.focused.id]
        for _ in range(4):
            await pilot.press("tab")
            seen.append(app.focused.id)
        assert seen[0] == "article"
        assert {"article", "summary-list", "people-list", "sections"} <= set(seen)
        assert seen[-1] == "article"  # round trip over the four panes
        await pilot.press("shift+tab")
        assert app.focused.id == seen[-2]
        assert reader.view is not app.focused


async def test_j_k_space_g_G_scroll_the_article(make_app, wait):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        view: ArticleView = reader_of(app).view
        assert view.scroll_y == 0
        await pilot.press("j", "j", "j")
        assert view.scroll_y == 3
        await pilot.press("k")
        assert view.scroll_y == 2
        await pilot.press("space")
        page = view.scroll_y
        assert page > 10
        await pilot.press("pageup")
        assert view.scroll_y < page
        await pilot.press("G")
        assert view.scroll_y == view.max_scroll_y > 0
        await pilot.press("g")
        assert view.scroll_y == 0
        await pilot.press("end")
        assert view.scroll_y == view.max_scroll_y
        await pilot.press("home")
        assert view.scroll_y == 0


async def test_brackets_and_digits_move_by_section(make_app, wait, seed):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        reader = reader_of(app)
        view = reader.view
        assert view.current_section == 0
        await pilot.press("right_square_bracket")
        assert view.current_section == 1
        assert view.scroll_y == view.layout_.section_lines[1]
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert view.current_section == 3
        await pilot.press("left_square_bracket")
        assert view.current_section == 2
        tasks = next(i for i, s in enumerate(seed.sections) if s.role == "tasks")
        await pilot.press(str(tasks + 1))
        assert view.current_section == tasks
        assert "Tasks" in str(app.query_one("#article-pane").border_title)
        await pilot.press("1")
        assert view.current_section == 0 and view.scroll_y == 0
        await pilot.press("9")  # no ninth section: a notice, nothing moves
        assert view.current_section == 0
        await pilot.pause()
        assert any("4 sections" in n.message for n in app._notifications)
        # The navigator follows the article.
        await pilot.press("2")
        await pilot.pause()
        assert reader.section_nav.highlighted == 1


async def test_enter_in_section_navigator_jumps(make_app, wait):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        reader = reader_of(app)
        reader.section_nav.focus()
        await pilot.press("j", "j", "enter")
        assert reader.view.current_section == 2


async def test_plus_minus_change_summary_length_and_save_it(make_app, wait, config_dir):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        reader = reader_of(app)
        assert len(reader.current_summary.sentences) == 3
        await pilot.press("plus")
        await wait(app, pilot)
        assert app.settings.length == 4
        assert len(reader.current_summary.sentences) == 4
        assert saved_settings(config_dir)["length"] == 4
        assert "4 sentences" in str(reader.summary_pane.border_subtitle)
        await pilot.press("minus", "minus")
        await wait(app, pilot)
        assert app.settings.length == 2
        assert len(reader.current_summary.sentences) == 2
        assert saved_settings(config_dir)["length"] == 2
        # Each sentence of the summary is marked in the article.
        assert reader.view.summary_spans == [(s.start, s.end) for s in reader.current_summary.sentences]


async def test_length_stays_within_bounds(make_app, wait):
    app = make_app()
    app.settings.length = 1
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        await pilot.press("minus")
        await pilot.pause()
        assert app.settings.length == 1
        assert any("one sentence" in n.message for n in app._notifications)


async def test_a_opens_the_algorithm_picker(make_app, wait, config_dir):
    from tui.app.screens.picker import AlgorithmPicker
    from tui.language.algorithms import ALGORITHM_NAMES

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, AlgorithmPicker)
        target = ALGORITHM_NAMES.index("lexrank")
        current = ALGORITHM_NAMES.index(app.settings.algorithm)
        await pilot.press(
            *(["down"] * (target - current)) if target > current else ["up"] * (current - target)
        )
        await pilot.press("enter")
        await wait(app, pilot)
        reader = reader_of(app)
        assert app.settings.algorithm == "lexrank"
        assert saved_settings(config_dir)["algorithm"] == "lexrank"
        assert reader.current_summary.algorithm == "lexrank"
        assert "lexrank" in str(reader.summary_pane.border_title)
        # Escape leaves the choice alone.
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert app.settings.algorithm == "lexrank"


async def test_s_toggles_summary_scope(make_app, wait):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        reader = reader_of(app)
        assert reader.current_summary.section is None
        await pilot.press("2", "s")
        await wait(app, pilot)
        assert reader.scope == "section"
        summary = reader.current_summary
        assert summary.section == 1
        assert all(s.section == 1 for s in summary.sentences)
        assert "§2" in str(reader.summary_pane.border_subtitle)
        await pilot.press("s")
        await wait(app, pilot)
        assert reader.current_summary.section is None


async def test_the_summary_title_counts_the_sentences_shown(make_app, wait, article_of):
    # A section with one body sentence, three asked for: the title says one.
    text = "Tiêu đề bài báo\n\nĐoạn mở đầu thứ nhất. Đoạn mở đầu thứ hai. Đoạn mở đầu thứ ba.\n\nKẾT QUẢ NỔI BẬT\n\nMột câu duy nhất.\n"
    app = make_app(article_of(text))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        reader = reader_of(app)
        assert str(reader.summary_pane.border_subtitle) == "3 sentences · whole article"
        await pilot.press("2", "s")
        await wait(app, pilot)
        assert len(reader.current_summary.sentences) == 1
        assert str(reader.summary_pane.border_subtitle).startswith("1 sentence · §2")


async def test_c_copies_the_summary(make_app, wait, seed):
    from tui.formats.summary import to_text

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        reader = reader_of(app)
        await pilot.press("c")
        await wait(app, pilot)
        expected = to_text(reader.current_summary, seed)
        assert app.clipboard == expected
        assert app.system_clipboard.copied == [expected]
        messages = [n.message for n in app._notifications]
        assert any(
            m == "The summary (3 sentences): terminal clipboard only — no clipboard tool in the tests."
            for m in messages
        )
        assert "Ảnh:" not in app.clipboard


async def test_c_before_the_summary_is_ready_copies_when_it_is(make_app, wait, fixed_language):
    import threading

    gate = threading.Event()

    class Slow(fixed_language):
        def summarize(self, *args):
            gate.wait(60)  # held until the copy has been asked for
            return super().summarize(*args)

    app = make_app(language=Slow())
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            await pilot.press("c")
            await pilot.pause()
            assert app.clipboard == ""
            assert any("is copied when it is ready" in n.message for n in app._notifications)
            gate.set()
            await wait(app, pilot)
            assert app.clipboard.count("\n") == 3
            # The copy's notice takes the place of the one that promised it.
            assert [n.title for n in app._notifications] == ["Copied"]
    finally:
        gate.set()  # a failed test leaves no worker waiting


async def test_shift_c_copies_what_docbao_export_writes(make_app, wait, seed, capsys):
    from tui.cli import main

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        await pilot.press("a", "j", "enter")  # lexrank
        await pilot.press("plus", "s")  # 4 sentences; the pane now summarizes the first section
        await wait(app, pilot)
        reader = reader_of(app)
        assert reader.current_summary.section == 0
        await pilot.press("C")
        await wait(app, pilot)
        note = app.clipboard
        assert any("reading note" in n.message for n in app._notifications)
    assert main(["export", seed.path, "-n", "4", "--algorithm", "lexrank"]) == 0
    assert note == capsys.readouterr().out
    assert note.startswith("# Thường trực HĐND")
    assert "## Summary (lexrank, 4 sentences)" in note
    assert "Thái Thanh Quý" in note
    assert "\n## Opening\n" in note  # the sections, as the export writes them


async def test_system_clipboard_success_is_reported(make_app, wait, fake_clipboard):
    app = make_app(clipboard=fake_clipboard(problem=None))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        await pilot.press("c")
        await wait(app, pilot)
        assert any("terminal and system clipboard" in n.message for n in app._notifications)


async def test_o_opens_the_library_and_enter_opens_an_article(make_app, wait, tmp_path, seed):
    from tui.app.screens.library import LibraryScreen

    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "a.txt").write_text("Bài thứ hai về HĐND\n\n(Baonghean.vn) - Dẫn nhập.\n\nĐoạn một.\n", "utf-8")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        await pilot.press("o")
        await wait(app, pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert len(app.screen.infos) >= 1  # the bundled articles
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        # Any path: type a folder, then pick its article.
        await pilot.press("o")
        await wait(app, pilot)
        await pilot.press("slash")
        app.screen.query_one("#path-input").value = str(folder)
        await pilot.press("enter")
        await wait(app, pilot)
        assert [i.path.name for i in app.screen.infos] == ["a.txt"]
        await pilot.press("enter")
        await wait(app, pilot)
        reader = reader_of(app)
        assert reader.article.title == "Bài thứ hai về HĐND"
        assert app.settings.last_article == str(folder / "a.txt")


async def test_typing_in_the_library_filters_it_and_enter_opens_the_match(make_app, wait, tmp_path):
    from tui.app.screens.library import LibraryScreen

    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Hà Nội mở rộng đường vành đai\n\n(Baonghean.vn) - Dẫn.\n\nĐoạn.\n", "utf-8"
    )
    (folder / "b.txt").write_text("Nghệ An đón khách du lịch\n\n(Baonghean.vn) - Dẫn.\n\nĐoạn.\n", "utf-8")
    (folder / "c.txt").write_text("Hà Nam tổ chức hội nghị\n\n(Baonghean.vn) - Dẫn.\n\nĐoạn.\n", "utf-8")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await wait(app, pilot)
        app.action_open_library(folder)
        await wait(app, pilot)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        assert app.focused.id == "path-input"  # type at once
        assert len(library.shown) == 3
        await pilot.press("h", "a", "space", "n")  # no accents needed: "Hà Nội", "Hà Nam"
        await pilot.pause()
        assert [library.infos[i].path.name for i in library.shown] == ["a.txt", "c.txt"]
        await pilot.press("down")  # the arrows move in the list without leaving the box
        assert app.focused.id == "path-input"
        await pilot.press("escape")  # clears the filter first ...
        await pilot.pause()
        assert library.query_one("#path-input").value == ""
        assert len(library.shown) == 3
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press(*"nam", "enter")
        await wait(app, pilot)
        assert reader_of(app).article.title == "Hà Nam tổ chức hội nghị"


async def test_library_reports_unreadable_paths(make_app, wait, tmp_path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        await pilot.press("o")
        await wait(app, pilot)
        await pilot.press("slash")
        app.screen.query_one("#path-input").value = str(tmp_path / "missing.txt")
        await pilot.press("enter")
        await wait(app, pilot)
        # Said under the box the path was typed in, not in a corner of the screen.
        assert "Cannot open" in str(app.screen.query_one("#library-state").content)


async def test_t_changes_theme_and_saves_it(make_app, wait, config_dir):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        before = app.theme
        await pilot.press("t")
        await pilot.pause()
        assert app.theme != before
        assert saved_settings(config_dir)["theme"] == app.theme


async def test_question_mark_lists_every_binding(make_app, wait, text_of):
    from tui.app.screens.help import HelpScreen, help_rows
    from tui.app.screens.reader import READER_BINDINGS

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        listed = {d for _, rows in help_rows(app) for _, d in rows}
        for b in READER_BINDINGS:
            if not b.id.startswith("reader.section-"):
                assert (b.tooltip or b.description) in listed
        assert "Search the article" in text_of(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)


async def test_ctrl_p_offers_every_action(make_app, wait, until):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        titles = {c.title for c in app.get_system_commands(app.screen)}
        for expected in (
            "Search",
            "Copy",
            "Copy note",
            "Algorithm",
            "Scope",
            "Open",
            "Help",
            "Quit",
            "Theme",
        ):
            assert expected in titles
        # Run one from the palette: the copy lands in the clipboard.
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"copy note")
        from textual.command import CommandList

        def chosen() -> str:
            found = app.screen.query(CommandList)
            if not found or found.first().highlighted is None:
                return ""
            lst = found.first()
            return str(lst.get_option_at_index(lst.highlighted).prompt)

        await until(pilot, lambda: "Copy note" in chosen(), "the palette's search")  # it runs in the background
        await pilot.press("enter")
        await wait(app, pilot)
        assert app.clipboard.startswith("# ")


async def test_q_quits(make_app, wait):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
    assert not app.is_running


async def test_search_counts_and_steps_through_matches(make_app, wait, text_of):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        reader = reader_of(app)
        await pilot.press("slash", *"ng")
        reader.query_one("#search-input").value = "nguyen xuan son"  # without accents: still found
        await pilot.pause()
        n = len(reader.matches)
        assert n >= 3
        assert reader.app.query_one("#search-count").render().plain == f"1/{n}"
        await pilot.press("enter")
        await pilot.pause()
        assert app.focused is reader.view
        first = reader.view.scroll_y
        await pilot.press("n")
        assert reader.match_index == 1
        await pilot.press("n")
        assert reader.view.scroll_y >= first
        await pilot.press("N", "N", "N")
        assert reader.match_index == n - 1  # wrapped around
        assert f"{n}/{n}" in str(app.query_one("#article-pane").border_subtitle)
        await pilot.press("escape")
        assert reader.matches == []
        await pilot.press("slash")
        reader.query_one("#search-input").value = "Nguyễn Xuân Sơn"
        await pilot.press("enter")
        assert len(reader.matches) == n  # the same, typed with accents


async def test_enter_on_summary_sentence_jumps_to_it(make_app, wait):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        reader = reader_of(app)
        summary = reader.current_summary
        reader.query_one("#summary-list").focus()
        await pilot.press("G", "enter")
        last = summary.sentences[-1]
        assert reader.view.target == (last.start, last.end)
        line = reader.view.layout_.line_of(last.start)
        assert reader.view.scroll_y <= line < reader.view.scroll_y + reader.view.size.height


async def test_enter_on_person_jumps_to_next_mention(make_app, wait):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        reader = reader_of(app)
        lst = reader.query_one("#people-list")
        lst.focus()
        person = reader.people_pane.person_at(lst.highlighted)
        assert person is not None and len(person.mentions) >= 2
        await pilot.press("enter")
        assert reader.view.target == (person.mentions[0].start, person.mentions[0].end)
        await pilot.press("enter")
        assert reader.view.target == (person.mentions[1].start, person.mentions[1].end)
        assert "mention 2/" in str(reader.people_pane.border_subtitle)
        await pilot.press("escape")
        assert reader.view.target is None


async def test_keys_reach_the_groups_and_people_mentioned_after_the_last_attendee(
    make_app, wait, text_in, fixed_language
):
    class Crowded(fixed_language):
        """More groups than the pane shows under its people, and someone only mentioned."""

        def extract_people(self, article):
            people = super().extract_people(article)
            groups = tuple(Group(f"đại diện sở thứ {n}", 0, 0, None) for n in range(1, 13))
            return replace(people, groups=groups, mentioned=(Person("Hồ Chí Minh", attended=False),))

    app = make_app(language=Crowded())
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        pane = reader_of(app).people_pane
        lst = pane.query_one("#people-list")
        lst.focus()
        # Groups are choices too (enter shows them in the article); someone mentioned without a
        # mention is not.
        first, last = pane.persons.index(pane.people.people[0]), pane.persons.index(pane.people.groups[-1])
        assert lst.highlighted == first and lst.max_scroll_y > 0
        assert "Hồ Chí Minh" not in text_in(app, lst)
        # G and End: the last person highlighted, the list at its very end.
        for key in ("G", "end"):
            await pilot.press("g", key)
            assert lst.highlighted == last and lst.scroll_y == lst.max_scroll_y, key
            tail = text_in(app, lst)
            assert "đại diện sở thứ 12" in tail and "Also mentioned" in tail and "Hồ Chí Minh" in tail
        # g: the first person, and the heading above it.
        await pilot.press("g")
        assert lst.highlighted == first and lst.scroll_y == 0
        assert "Chairs" in text_in(app, lst)
        # j past the last person scrolls on, a line at a time, the headings never highlighted.
        while lst.highlighted != last:
            await pilot.press("j")
        for _ in range(lst.max_scroll_y - int(lst.scroll_y)):
            before = lst.scroll_y
            await pilot.press("j")
            assert lst.highlighted == last and lst.scroll_y == before + 1
        assert "Hồ Chí Minh" in text_in(app, lst)
        await pilot.press("j")  # all in view: round to the top
        assert lst.highlighted == first and lst.scroll_y == 0
        # k past the first person scrolls back up to the heading above it (here, from the mouse wheel's end).
        lst.scroll_to(y=lst.max_scroll_y, animate=False, immediate=True)
        await pilot.press("k")
        assert lst.highlighted == first and lst.scroll_y == lst.max_scroll_y - 1
        # Page down keeps a person highlighted, and pages on to the end.
        await pilot.press("g")
        for _ in range(5):
            await pilot.press("pagedown")
            assert lst.highlighted is not None and pane.person_at(lst.highlighted) is not None
        assert lst.highlighted == last and lst.scroll_y == lst.max_scroll_y
        for _ in range(5):
            await pilot.press("pageup")
            assert lst.highlighted is not None and pane.person_at(lst.highlighted) is not None
        assert lst.highlighted == first and lst.scroll_y == 0


async def test_p_and_v_toggle_the_side_panes(make_app, wait):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        reader = reader_of(app)
        width = reader.view.size.width
        await pilot.press("p")
        await pilot.pause()
        assert not reader.query_one("#sidebar").display
        await pilot.press("v")
        await pilot.pause()
        assert not reader.query_one("#summary").display
        assert reader.view.size.width > width
        await pilot.press("p", "v")
        await pilot.pause()
        assert reader.query_one("#sidebar").display and reader.query_one("#summary").display


async def test_panes_shown_by_hand_give_way_when_the_terminal_shrinks(make_app, wait):
    from tui.app.screens.reader import MIN_READABLE_WIDTH

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        reader = reader_of(app)
        await pilot.press("p", "p")  # hidden, then shown again by hand
        await pilot.pause()
        for size in [(80, 24), (40, 12)]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            assert reader.query_one("#article-pane").size.width >= min(MIN_READABLE_WIDTH, size[0])
        assert not reader.query_one("#sidebar").display and not reader.query_one("#summary").display
        await pilot.press("v")  # no room for it: the article stays, and a note says why
        await pilot.pause()
        assert not reader.query_one("#summary").display
        assert any("too narrow" in n.message for n in app._notifications)
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert reader.query_one("#sidebar").display and reader.query_one("#summary").display


async def test_copying_an_empty_summary_copies_nothing(make_app, wait, article_of):
    app = make_app(article_of("Chỉ có tiêu đề\n"))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        await pilot.press("c")
        await wait(app, pilot)
        assert app.clipboard == ""
        assert any("nothing was copied" in n.message for n in app._notifications)


async def test_e_lists_the_acronyms(make_app, wait, text_of):
    from tui.app.screens.glossary import GlossaryScreen

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, GlossaryScreen)
        text = text_of(app)
        assert "Hội đồng nhân dân" in text
        # In Vietnamese order, Đ comes with D: ĐBQH before HĐND, MTTQ, UBND.
        rows = re.findall(r"│ +(ĐBQH|HĐND|MTTQ|UBND) ", text.split("Acronyms in this article")[1])
        assert rows == ["ĐBQH", "HĐND", "MTTQ", "UBND"]
        await pilot.press("escape")


async def test_keymap_from_settings_remaps_keys(make_app, wait, seed):
    from tui.app.screens.help import help_rows
    from tui.settings import Settings

    app = make_app(settings=Settings(keymap={"reader.copy-summary": "y"}))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        await pilot.press("c")
        await wait(app, pilot)
        assert app.clipboard == ""
        await pilot.press("y")
        await wait(app, pilot)
        assert app.clipboard != ""
        rows = dict((d, k) for _, r in help_rows(app) for k, d in r)
        assert rows["Copy the summary as plain text"] == "y"


async def test_a_folder_opens_the_library_first(wait, tmp_path, fake_clipboard, fixed_language):
    from tui.app.app import DocbaoApp
    from tui.app.screens.library import LibraryScreen

    (tmp_path / "a.txt").write_text("Bài một\n\n(Baonghean.vn) - Dẫn nhập.\n\nĐoạn một.\n", "utf-8")
    app = DocbaoApp(folder=tmp_path)
    app.system_clipboard = fake_clipboard()
    app.language = fixed_language()
    async with app.run_test(size=(100, 30)) as pilot:
        await wait(app, pilot)
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("escape")  # nothing to go back to: stays
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("enter")
        await wait(app, pilot)
        assert isinstance(app.screen, ReaderScreen) and app.screen.article.title == "Bài một"
        await pilot.press("o")
        await wait(app, pilot)
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("enter")  # the same article again, into the same reader
        await wait(app, pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert len(app.screen_stack) == 2
        await pilot.press("q")
    assert app.return_code == 0


async def test_help_lists_the_library_keys_and_scrolls_with_g_and_G(make_app, wait):
    from textual.containers import VerticalScroll

    from tui.app.screens.help import help_rows

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await wait(app, pilot)
        rows = dict(help_rows(app))
        library = dict((d, k) for k, d in rows["Library (o)"])
        assert library["Choose"] == "↑ ↓"
        assert "Filter the list (accents optional), or type a path" in library
        await pilot.press("question_mark", "G")
        body = app.screen.query_one("#help-body", VerticalScroll)
        assert body.scroll_y == body.max_scroll_y > 0
        await pilot.press("g")
        assert body.scroll_y == 0


async def test_an_article_from_a_link_opens_the_bundled_library_and_is_not_remembered(
    make_app, wait, until, article_of, seed, config_dir
):
    from tui.app.screens.library import LibraryScreen
    from tui.reading.bundled import bundled_articles

    url = "https://baonghean.vn/bai-bao.html"
    app = make_app(article_of(seed.text, path=url))
    opened: list[str] = []
    app.open_path = opened.append  # no network in the tests
    painted: list[bool] = []
    after_first_paint = app._after_first_paint  # where a file read is remembered

    def noted() -> None:
        after_first_paint()
        painted.append(True)

    app._after_first_paint = noted
    async with app.run_test(size=(100, 30)) as pilot:
        await wait(app, pilot)
        await until(pilot, lambda: painted, "the moment the last article is saved")
        assert app.settings.last_article is None
        await pilot.press("o")
        await wait(app, pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert app.screen.folder == bundled_articles()[0].parent
        # A link typed in the box is opened as it is, not as a file under the folder.
        app.screen.query_one("#path-input").value = url
        await pilot.press("enter")
        assert opened == [url]


async def test_the_bundled_library_is_named_not_shown_by_its_install_path(
    make_app, wait, text_of, tmp_path, monkeypatch
):
    from tui.app.screens.library import LibraryScreen

    app = make_app()
    opened: list[str] = []
    app.open_path = opened.append
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bai.txt").write_text("Tiêu đề\n\nMột câu.\n", encoding="utf-8")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        await pilot.press("o")
        await wait(app, pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert "Library: docbao's bundled articles" in text_of(app)
        assert "site-packages" not in text_of(app)
        # A relative path that is not in the library's folder is read from where docbao runs.
        for typed in ("bai.txt", "khong-co.txt"):
            app.screen.query_one("#path-input").value = typed
            await pilot.press("enter")
        assert opened == ["bai.txt", "khong-co.txt"]


async def test_the_palette_names_each_command_once(make_app, wait, tmp_path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        for screen in ("reader", "library"):
            commands = list(app.get_system_commands(app.screen))
            titles = [c.title for c in commands]
            assert len(titles) == len(set(titles)), (screen, titles)
            assert "palette" not in titles and "Copy selected text" not in titles
            if screen == "reader":
                quit_help = next(c.help for c in commands if c.title == "Quit")
                assert quit_help.endswith("(key: q)")
                await pilot.press("o")
                await wait(app, pilot)
