"""`w`: the rows of a person's appearances name their files, so that the copies of one article
in two folders (same title, same date) can be told apart, and a long path is cut at its front to
fit the box."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.app.screens.appearances import path_within
from tui.index.build import build
from tui.reading.document import open_article

ARTICLE = """Sở Y tế tổng kết công tác phòng chống dịch

Thứ Sáu, 05/04/2024 - 10:00

(Baonghean.vn) - Sáng 5/4, Sở Y tế tổ chức hội nghị tổng kết công tác phòng chống dịch bệnh.

Đồng chí Phạm Văn Hòa - Giám đốc Sở Y tế chủ trì hội nghị. Dự hội nghị có đồng chí Võ Thị Mai - Trưởng phòng Nghiệp vụ.

Năm qua, ngành y tế đã tiêm chủng cho hơn 90% trẻ em trong độ tuổi.
"""


@pytest.fixture
def two_copies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """One article saved in two folders, both indexed (in a data dir of the test's own)."""
    monkeypatch.setenv("DOCBAO_DATA_DIR", str(tmp_path / "data"))
    folder = tmp_path / "kho"
    for sub in ("thang4", "luu-tru"):
        (folder / sub).mkdir(parents=True)
        (folder / sub / "so-y-te.txt").write_text(ARTICLE, "utf-8")
    build([str(folder)])
    return folder


async def test_w_rows_name_their_files(make_app, wait, two_copies, text_of, monkeypatch):
    from tui.app.screens.appearances import AppearancesScreen
    from tui.app.screens.library_index import IndexSearch
    from tui.app.widgets.people import PeopleList

    monkeypatch.setattr(IndexSearch, "index_in_background", lambda self, folder: None)
    app = make_app(open_article(two_copies / "thang4" / "so-y-te.txt"))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(app, pilot)
        people = app.screen.query_one(PeopleList)
        people.focus()
        pane = people.parent
        people.highlighted = next(
            i for i, p in enumerate(pane.persons) if p is not None and p.name == "Võ Thị Mai"
        )
        await pilot.press("w")
        await wait(app, pilot)
        screen = app.screen
        assert isinstance(screen, AppearancesScreen)
        assert len(screen.found) == 2
        text = text_of(app)
        assert "thang4/so-y-te.txt" in text
        assert "luu-tru/so-y-te.txt" in text


def test_a_long_path_keeps_its_end_and_fits():
    path = "/home/ban/bao/nghe-an/2024/thang-4/tuan-1/so-y-te-tong-ket-cong-tac.txt"
    assert path_within(path, 100) == path
    short = path_within(path, 40)
    assert len(short) <= 40
    assert short.startswith("…/") and short.endswith("/so-y-te-tong-ket-cong-tac.txt")
    assert path_within("/a/\x1b[31mđỏ.txt", 40) == "/a/\\x1b[31mđỏ.txt"  # printable
