"""The library lists a folder at once and fills in each file's details as they come."""

from __future__ import annotations

import threading


async def test_a_slow_file_holds_back_only_its_own_line(make_app, wait, until, tmp_path, monkeypatch, text_of):
    import tui.reading.library as library_mod

    (tmp_path / "a.txt").write_text("Bài một\n\n(Baonghean.vn) - Dẫn nhập.\n\nĐoạn một.\n", "utf-8")
    (tmp_path / "b.html").write_text("<html><body><h1>Trang lớn</h1><p>" + "Một câu. " * 500 + "</p></body></html>", "utf-8")
    (tmp_path / "c.txt").write_text("Bài ba\n\n(Baonghean.vn) - Dẫn nhập.\n\nĐoạn ba.\n", "utf-8")
    release = threading.Event()
    real = library_mod.article_info

    def slow(path):
        if path.suffix == ".html":  # a 17 MB saved page, as far as the library can tell
            release.wait(timeout=60)
        return real(path)

    monkeypatch.setattr(library_mod, "article_info", slow)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await wait(app, pilot)
        app.action_open_library(tmp_path)
        library = app.screen
        await until(
            pilot,
            lambda: library.infos and library.infos[0].title == "Bài một" and library.infos[2].title == "Bài ba",
            "the quick files' details",
        )
        screen = text_of(app)
        assert "3 articles in this folder" in screen and "Reading the folder" not in screen
        assert "b.html" in screen and "reading…" in screen
        assert library.infos[1].pending
        release.set()
        await wait(app, pilot)
        assert library.infos[1].title == "Trang lớn" and not library.infos[1].pending
        assert "reading…" not in text_of(app)
