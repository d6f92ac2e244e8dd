"""The library's box at 80x24, the smallest terminal the reader is made for: its prompt is
whole, and the line under it says what enter does, with articles in the folder or none."""

from __future__ import annotations

from tui.app.screens.library import PLACEHOLDER


async def _library_text(folder, wait, text_in, fake_clipboard) -> tuple[str, str]:
    from tui.app.app import DocbaoApp
    from tui.app.screens.library import LibraryScreen

    app = DocbaoApp(folder=folder)
    app.system_clipboard = fake_clipboard()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(app, pilot)
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        box = text_in(app, screen.query_one("#path-input"))
        state = text_in(app, screen.query_one("#library-state"))
    return box, state


async def test_the_prompt_is_whole_at_80_columns_and_enter_is_explained(
    wait, text_in, fake_clipboard, tmp_path
):
    (tmp_path / "a.txt").write_text("Bài một\n\n(Baonghean.vn) - Dẫn nhập.\n\nĐoạn một.\n", "utf-8")
    box, state = await _library_text(tmp_path, wait, text_in, fake_clipboard)
    assert PLACEHOLDER in box
    assert "enter opens" in state


async def test_an_empty_folder_says_a_typed_path_opens(wait, text_in, fake_clipboard, tmp_path):
    box, state = await _library_text(tmp_path, wait, text_in, fake_clipboard)
    assert PLACEHOLDER in box
    assert "enter opens a path typed" in state
