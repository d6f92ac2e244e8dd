"""Hostile text and hostile terminals: markup shown literally everywhere, tiny and resized screens,
no colour, no system clipboard, very long documents."""

from __future__ import annotations

import threading
import unicodedata

from tui.app.screens.reader import ReaderScreen
from tui.app.widgets.layout import ArticleLayout, wrap_span

MARKUP = ("[bold]", "[link=https://x.example]", "[@click=app.quit]", "[/]")

HOSTILE = """Tin [bold]đậm[/bold] và [link=https://x.example]liên kết[/link]

(Baonghean.vn) - Dẫn nhập có [@click=app.quit]nút thoát[/] và [red on blue]màu[/red on blue].

Đồng chí [bold]Ông A[/bold] - Chủ tịch UBND tỉnh phát biểu tại hội nghị [@click=app.quit]bấm[/].

[B]PHẦN HAI[/B] VỀ NHIỆM VỤ [I]NĂM TỚI[/I]

Hội nghị đề nghị các sở [link=https://x.example]cần[/link] tập trung cao độ trong năm 2020.

Đồng chí [bold]Ông A[/bold] phát biểu kết luận hội nghị. Ảnh: [i]Thành Duy[/i]
"""


async def test_markup_in_the_article_is_shown_literally_everywhere(
    make_app, wait, text_of, article_of, fixed_language
):
    from tui.language.people import Mention, People, Person, Photographer

    article = article_of(HOSTILE, path="/tmp/[bold]tin.txt")

    class Hostile(fixed_language):
        def extract_people(self, article):
            name = "[bold]Ông A[/bold]"
            at = article.text.find(name)
            person = Person(
                name,
                ("[link=https://x.example]Chủ tịch[/link] UBND tỉnh",),
                True,
                (Mention(at, at + len(name), None),),
            )
            return People((person,), (), (Photographer("[i]Thành Duy[/i]"),))

    app = make_app(article, language=Hostile())
    async with app.run_test(size=(160, 50), notifications=True) as pilot:
        await wait(app, pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        text = text_of(app)
        # Article (title bar, title, lead, heading, body), section navigator, summary, attendees.
        for literal in (
            "[bold]đậm[/bold]",
            "[link=https://x.example]liên kết[/link]",
            "[@click=app.quit]nút thoát[/]",
            "[B]PHẦN HAI[/B]",
            "[bold]Ông A[/bold]",
            "[i]Thành Duy[/i]",
            "Chủ tịch[/link] UBND",
        ):
            assert literal in text, literal
        summary_text = "".join(s.text for s in reader.current_summary.sentences)
        assert "[" in summary_text  # the summary holds markup too, shown as is
        # Clicking the text that says @click does nothing: the app keeps running.
        await pilot.click("#article", offset=(10, 5))
        await pilot.pause()
        assert app.is_running
        # Notifications: a path with markup in it, reported literally.
        app.open_path("/nowhere/[bold]x[/bold].txt")
        await wait(app, pilot)
        assert "[bold]x[/bold]" in text_of(app)
        # Copying keeps the text as it is.
        await pilot.press("c")
        await wait(app, pilot)
        assert "[@click=app.quit]" in app.clipboard or "[link=" in app.clipboard or "[bold]" in app.clipboard
        # Search finds the brackets as text.
        await pilot.press("slash")
        reader.query_one("#search-input").value = "[bold]"
        await pilot.press("enter")
        assert len(reader.matches) >= 3


async def test_markup_in_the_library_is_shown_literally(make_app, wait, text_of, tmp_path):
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "[bold]x.txt").write_text("Tin [@click=app.quit]thoát[/] nhé\n\nĐoạn văn.\n", "utf-8")
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await wait(app, pilot)
        app.action_open_library(folder)
        await wait(app, pilot)
        text = text_of(app)
        assert "Tin [@click=app.quit]thoát[/] nhé" in text
        assert "[bold]x.txt" in text
        await pilot.press("enter")
        await wait(app, pilot)
        assert app.is_running
        assert app.screen.article.title == "Tin [@click=app.quit]thoát[/] nhé"


async def test_tiny_terminal_never_raises(make_app, wait):
    app = make_app()
    async with app.run_test(size=(20, 5)) as pilot:
        await wait(app, pilot)
        keys = [
            "j",
            "k",
            "space",
            "G",
            "g",
            "right_square_bracket",
            "left_square_bracket",
            "3",
            "plus",
            "minus",
            "s",
            "s",
            "p",
            "v",
            "tab",
            "tab",
            "shift+tab",
            "escape",
            "c",
            "C",
            "question_mark",
            "escape",
            "a",
            "escape",
            "e",
            "escape",
            "slash",
            "x",
            "enter",
            "n",
            "N",
            "escape",
            "t",
        ]
        for key in keys:
            await pilot.press(key)
        await wait(app, pilot)
        assert app.is_running
        assert app.clipboard


async def test_resizing_while_summarizing(make_app, wait, until, fixed_language):
    gate = threading.Event()  # the language work is held until the resizing is done

    class Slow(fixed_language):
        def summarize(self, *args):
            gate.wait(60)
            return super().summarize(*args)

        def extract_people(self, article):
            gate.wait(60)
            return super().extract_people(article)

    app = make_app(language=Slow())
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            reader = app.screen
            await until(
                pilot,
                lambda: reader.summary_pane is not None and any(not w.is_finished for w in app.workers),
                "the panes, and the language work under way",
            )
            for size in ((20, 5), (200, 60), (80, 24), (21, 6), (120, 40), (70, 20)):
                await pilot.resize_terminal(*size)
                await pilot.pause()
            assert reader.summary_pane.state == "busy"
            gate.set()
            await wait(app, pilot)
            await pilot.resize_terminal(20, 5)
            await pilot.pause()
            await pilot.resize_terminal(120, 40)
            await wait(app, pilot)
            assert reader.summary_pane.state == "ready"
            # The reader keeps its place across widths: the same text stays at the top.
            view = reader.view
            await pilot.press("3")
            top = view.layout_.lines[int(view.scroll_y)].start
            await pilot.resize_terminal(90, 30)
            await pilot.pause()
            assert abs(view.layout_.lines[int(view.scroll_y)].start - top) < 200
    finally:
        gate.set()  # a failed test leaves no worker waiting


async def test_small_screen_layout_does_not_overflow(make_app, wait):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(app, pilot)
        reader = app.screen
        assert not reader.query_one("#sidebar").display  # toggled off by default at this width
        assert reader.query_one("#summary").display
        for widget in reader.query("*"):
            if widget.display and widget.region.width:
                assert widget.region.right <= 80 and widget.region.bottom <= 24, widget
        await pilot.press("p")
        await pilot.pause()
        assert reader.query_one("#sidebar").display
        assert not reader.query_one("#summary").display  # no room for both beside the article
        assert reader.view.size.width >= 40
        await pilot.press("v")
        await pilot.pause()
        assert reader.query_one("#summary").display and not reader.query_one("#sidebar").display


async def test_no_color(make_app, wait, text_of, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        await pilot.press("j", "c", "t")
        await wait(app, pilot)
        assert "Thường trực HĐND" in text_of(app)


async def test_a_hanging_clipboard_tool_is_abandoned(monkeypatch):
    import sys
    import types

    from tui.app.clipboard import copy_to_system_clipboard

    fake = types.ModuleType("pyperclip")
    hung = threading.Event()
    fake.copy = lambda text: hung.wait()  # a tool that never answers
    monkeypatch.setitem(sys.modules, "pyperclip", fake)
    try:
        # the answer says it was abandoned after the 0.2 s limit
        assert copy_to_system_clipboard("x", timeout=0.2) == "the clipboard tool did not answer"
    finally:
        hung.set()

    def broken(text):
        raise RuntimeError("could not find a copy/paste mechanism")

    fake.copy = broken
    assert copy_to_system_clipboard("x") == "no xclip, xsel or wl-copy"

    def denied(text):
        raise OSError("xclip: cannot open display. Try again")

    fake.copy = denied
    assert copy_to_system_clipboard("x") == "xclip: cannot open display"
    fake.copy = lambda text: None
    assert copy_to_system_clipboard("x") is None
    monkeypatch.setenv("DOCBAO_NO_SYSTEM_CLIPBOARD", "1")
    assert copy_to_system_clipboard("x") is not None


LONG_PARA = "Đồng chí Nguyễn Văn A phát biểu tại hội nghị về kết quả năm 2019 và nhiệm vụ năm 2020 của tỉnh."


async def test_ten_thousand_paragraphs(make_app, wait, article_of, fixed_language):
    text = "Bài rất dài\n\n(Baonghean.vn) - Dẫn nhập.\n\n" + "\n\n".join(
        f"{i}. {LONG_PARA}" for i in range(10_000)
    )
    article = article_of(text)
    layout = ArticleLayout(article, 80)  # its speed is measured by bench/layout.py
    assert len(layout) > 20_000
    app = make_app(article, language=fixed_language())
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        view = app.screen.view
        await pilot.press("G")
        await pilot.press("k", "k")
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        assert view.scroll_y > 20_000
        await pilot.press("slash")
        app.screen.query_one("#search-input").value = "9999."
        await pilot.press("enter")
        assert len(app.screen.matches) == 1


def test_wrap_keeps_every_character_in_bounds():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet=st.sampled_from(list("ab đĐ漢😀 -.")), max_size=80), st.integers(1, 30))
    def check(text, width):
        spans = wrap_span(text, 0, len(text), width)
        last = 0
        for a, b in spans:
            assert last <= a < b <= len(text)
            last = b
        kept = "".join(text[a:b] for a, b in spans).replace(" ", "")
        assert kept == text.replace(" ", "")

    check()


EDGE_ARTICLES = {
    "title only": "Chỉ có tiêu đề",
    "no title line": "\n\n(Baonghean.vn) - Dẫn nhập không có tiêu đề.\n\nĐoạn một. Đoạn hai.\n",
    "only headings": "PHẦN MỘT VỀ VIỆC NÀY\n\nPHẦN HAI VỀ VIỆC KHÁC\n\nPHẦN BA VỀ VIỆC CUỐI\n",
    "long word": "Tiêu đề\n\n" + "x" * 5000 + "\n\n" + "ư" * 300 + " 漢字" * 200 + "\n",
}


async def test_edge_articles_never_raise(make_app, wait, article_of):
    for name, text in EDGE_ARTICLES.items():
        app = make_app(article_of(text))
        async with app.run_test(size=(60, 20)) as pilot:
            await wait(app, pilot)
            for key in ("j", "G", "g", "right_square_bracket", "1", "2", "plus", "s", "c", "C", "slash"):
                await pilot.press(key)
            await pilot.press("x", "enter", "n", "escape", "tab", "enter", "tab", "enter")
            await wait(app, pilot)
            assert app.is_running, name


def test_text_after_a_related_box_mid_report_is_found_where_it_is_drawn(article_of):
    # The related news is drawn last, though its box stands in the middle of the text: a span
    # after the box is looked up among the report's lines, not the related cards'.
    article = article_of(
        "Tiêu đề bài báo\n\n(Baonghean.vn) - Sáng 12/3, tỉnh họp.\n\nĐoạn đầu của bài báo.\n\n"
        "Tin liên quan\nNghệ An khởi công cầu vượt sông Lam\n\nĐoạn sau hộp tin liên quan.\n\n"
        "Lãnh đạo tỉnh phát biểu. Ảnh: Thành Duy\n"
    )
    assert [s.role for s in article.sections] == ["opening", "related"]
    layout = ArticleLayout(article, 60)
    for needle in ("Đoạn sau hộp tin liên quan.", "Nghệ An khởi công", "Lãnh đạo tỉnh phát biểu."):
        start = article.text.index(needle)
        line = layout.lines[layout.line_of(start)]
        assert line.start <= start < line.end, needle


# Names with escape sequences, C1 controls and bidi overrides: shown escaped, never obeyed.
HOSTILE_NAME = "c\x1b]52;c;cHduZWQ=\x07d\u202e\x9b.txt"
HOSTILE_TITLE = "Tin\x1b]0;TITLE\x07 về \u202ehội nghị tỉnh"


def raw_controls(text: str) -> list[str]:
    return [c for c in text if c != "\n" and (unicodedata.category(c)[0] == "C" or c in "\u2028\u2029")]


async def test_hostile_names_in_the_header_the_note_and_notifications(
    make_app, wait, article_of, fixed_language
):
    # The text read from a file is cleaned; an Article made otherwise may still hold anything.
    text = f"{HOSTILE_TITLE}\n\n(Báo\x9b Miền Núi) - Sáng 5/1, tỉnh tổ chức hội nghị.\n\nĐoạn văn của bài.\n"
    article = article_of(text, path=f"/tmp/f\x1b]0;T\x07/{HOSTILE_NAME}")
    app = make_app(article, language=fixed_language())
    async with app.run_test(size=(160, 40), notifications=True) as pilot:
        await wait(app, pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        header = str(reader.query_one("#titlebar").content)
        assert raw_controls(header) == [] and "\\x1b]0;TITLE\\x07" in header and "\\x9b" in header
        assert raw_controls(reader.view.meta or "") == [] and "\\u202e" in (reader.view.meta or "")
        await pilot.press("C")  # the reading note, in the clipboard
        await wait(app, pilot)
        assert "File:" in app.clipboard and raw_controls(app.clipboard) == []
        app.open_path(f"/nowhere/{HOSTILE_NAME}")
        await wait(app, pilot)
        messages = [n.message for n in app._notifications]
        assert any("\\x1b]52" in m for m in messages)
        assert all(raw_controls(m) == [] for m in messages)


async def test_hostile_names_in_the_library_and_its_title(make_app, wait, text_of, tmp_path):
    folder = tmp_path / "lib\x1b]0;TITLE\x07\u202e"
    folder.mkdir()
    (folder / HOSTILE_NAME).write_text("Tin bình thường\n\nĐoạn văn.\n", "utf-8")
    (folder / f"b{HOSTILE_NAME}").write_bytes(b"")  # unreadable: listed by its name, with the reason
    app = make_app()
    async with app.run_test(size=(160, 30), notifications=True) as pilot:
        await wait(app, pilot)
        app.action_open_library(folder)
        await wait(app, pilot)
        screen = app.screen
        title = str(screen.query_one("#library-title").content)
        assert raw_controls(title) == [] and "\\x1b]0;TITLE\\x07\\u202e" in title
        prompts = [str(o.prompt) for o in screen.article_list._options]
        assert any("\\x1b]52" in p for p in prompts)
        assert all(raw_controls(p) == [] for p in prompts)
        assert raw_controls(text_of(app)) == []
        screen._open(next(i for i, info in enumerate(screen.infos) if info.error))
        await pilot.pause()
        # Why it cannot open is said under the library's box.
        problem = str(screen.query_one("#library-state").content)
        assert "Cannot open" in problem and raw_controls(problem) == []
        messages = [n.message for n in app._notifications]
        assert all(raw_controls(m) == [] for m in messages)


async def test_hostile_names_in_the_keymap_notice(make_app, wait, until, fixed_language):
    from tui.settings import Settings

    keymap = {"reader.\x1b]0;TITLE\x07": "z", "reader.search": "\u202e\x9b"}
    app = make_app(settings=Settings(keymap=keymap), language=fixed_language())
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await wait(app, pilot)

        def keymap_noticed() -> bool:
            return any(n.message.startswith("Keymap:") for n in app._notifications)

        await until(pilot, keymap_noticed, "the keymap's notice")
        messages = [n.message for n in app._notifications]
        assert any("\\x1b]0;TITLE\\x07" in m for m in messages)
        assert all(raw_controls(m) == [] for m in messages)
