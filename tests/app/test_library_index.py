"""The reader and the library index: the library box searches it as you type, and `w` on a
person lists their other appearances, which open the article at the mention."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.app.screens.reader import ReaderScreen
from tui.index.build import build
from tui.reading.document import open_article

NGHE_AN = """UBND tỉnh Nghệ An họp bàn giải ngân vốn đầu tư công

Thứ Ba, 12/03/2024 - 14:30

(Baonghean.vn) - Chiều 12/3, UBND tỉnh họp bàn các giải pháp đẩy nhanh giải ngân vốn đầu tư công.

Đồng chí Nguyễn Văn Thủy - Chủ tịch UBND tỉnh Nghệ An chủ trì cuộc họp. Cùng dự có đồng chí Trần Thị Lan - Giám đốc Sở Tài chính.

Đến hết tháng 2, toàn tỉnh mới giải ngân được 8% kế hoạch vốn. Chủ tịch UBND tỉnh yêu cầu các chủ đầu tư tháo gỡ vướng mắc trong giải phóng mặt bằng.
"""

HDND = """HĐND tỉnh Nghệ An tổng kết công tác năm 2023

Thứ Hai, 15/01/2024 - 09:00

(Baonghean.vn) - Sáng 15/1, Thường trực HĐND tỉnh tổ chức hội nghị tổng kết công tác năm 2023.

Dự hội nghị có các đồng chí: Trần Thị Lan - Giám đốc Sở Tài chính; Lê Minh Đức - Chánh Văn phòng HĐND tỉnh.

Năm 2023, Thường trực HĐND tỉnh đã tổ chức 12 phiên họp, giám sát việc giải quyết kiến nghị của cử tri.
"""


@pytest.fixture
def indexed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An index (in a data dir of the test's own) of a folder with two articles."""
    monkeypatch.setenv("DOCBAO_DATA_DIR", str(tmp_path / "data"))
    folder = tmp_path / "kho"
    folder.mkdir()
    (folder / "ubnd.txt").write_text(NGHE_AN, "utf-8")
    (folder / "hdnd.txt").write_text(HDND, "utf-8")
    build([str(folder)])
    return folder


@pytest.fixture
def background(monkeypatch: pytest.MonkeyPatch) -> list:
    """The folders the library would index in the background (no process is started)."""
    from tui.app.screens.library_index import IndexSearch

    asked: list = []
    monkeypatch.setattr(IndexSearch, "index_in_background", lambda self, folder: asked.append(folder))
    return asked


async def test_the_library_box_searches_the_index(make_app, wait, until, tmp_path, indexed, background):
    from tui.app.screens.library import LibraryScreen

    here = tmp_path / "here"
    here.mkdir()
    (here / "a.txt").write_text("Hà Nam tổ chức hội nghị\n\n(Baonghean.vn) - Dẫn.\n\nĐoạn.\n", "utf-8")
    app = make_app()
    async with app.run_test(size=(110, 36)) as pilot:
        await wait(app, pilot)
        app.action_open_library(here)
        await wait(app, pilot)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        assert background == [here]  # the folder shown is brought into the index, apart
        await pilot.press(*"giai ngan")
        await until(pilot, lambda: library.index_hits, "the index's hits")
        assert [h.title for h in library.index_hits] == [
            "UBND tỉnh Nghệ An họp bàn giải ngân vốn đầu tư công"
        ]
        assert library.shown == []  # nothing in this folder says it
        assert "1 article in the library index" in str(library.query_one("#library-state").content)
        await pilot.press("down", "enter")  # the hit, from the box
        await wait(app, pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert app.reader.article.title.startswith("UBND tỉnh Nghệ An")


async def test_w_lists_a_persons_appearances_and_opens_one_at_the_mention(
    make_app, wait, until, indexed, background
):
    from tui.app.screens.appearances import AppearancesScreen
    from tui.app.widgets.people import PeopleList

    app = make_app(open_article(indexed / "ubnd.txt"))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        people = app.screen.query_one(PeopleList)
        people.focus()
        pane = people.parent
        lan = next(i for i, p in enumerate(pane.persons) if p is not None and p.name == "Trần Thị Lan")
        people.highlighted = lan
        await pilot.press("w")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, AppearancesScreen)
        await until(pilot, lambda: screen.found, "her appearances")
        assert [(a.date, a.kind) for a in screen.found] == [
            ("2024-01-15", "attended"),
            ("2024-03-12", "attended"),
        ]
        await pilot.press("enter")  # the first: the other article, at her mention
        await wait(app, pilot)
        reader = app.reader
        assert isinstance(app.screen, ReaderScreen)
        assert reader.article.title.startswith("HĐND tỉnh Nghệ An")
        first = screen.found[0]
        assert reader.article.text[first.start : first.end] == "Trần Thị Lan"


async def test_w_without_an_index_says_so(make_app, wait, until, background):
    from tui.app.screens.appearances import AppearancesScreen
    from tui.app.widgets.people import PeopleList

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(app, pilot)
        app.screen.query_one(PeopleList).focus()
        await pilot.press("w")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, AppearancesScreen)
        state = screen.query_one("#appearances-state")
        await until(pilot, lambda: "Looking" not in str(state.content), "the look-up's answer")
        assert str(state.content) == "No library index yet: `docbao index DIR` builds it."
        assert not screen.found
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
