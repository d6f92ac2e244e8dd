"""Settings (no Textual needed) and the parsed-article cache."""

from __future__ import annotations

import json

from tui import settings as settings_mod
from tui.settings import Settings, load_settings, save_settings, settings_path


def test_missing_file_gives_defaults(config_dir):
    settings, problem = load_settings()
    assert settings == Settings()
    assert problem is None
    assert settings_path() == config_dir / "settings.json"


def test_round_trip(config_dir):
    s = Settings(
        algorithm="lexrank", length=5, theme="nord", last_article="/x/y.txt", keymap={"app.quit": "x"}
    )
    assert save_settings(s) is None
    assert load_settings() == (s, None)
    assert json.loads((config_dir / "settings.json").read_text("utf-8"))["length"] == 5


def test_broken_json_is_reported_and_replaced(config_dir):
    config_dir.mkdir(parents=True)
    (config_dir / "settings.json").write_text("{not json", "utf-8")
    settings, problem = load_settings()
    assert settings == Settings()
    assert "replaced" in problem and "not valid JSON" in problem
    assert (config_dir / "settings.json.broken").read_text("utf-8") == "{not json"
    assert json.loads((config_dir / "settings.json").read_text("utf-8"))["algorithm"] == Settings().algorithm
    assert load_settings()[1] is None  # fixed for the next start


def test_bad_values_keep_the_good_ones(config_dir):
    config_dir.mkdir(parents=True)
    bad = {"algorithm": "nope", "length": 0, "theme": "nord", "keymap": ["x"], "last_article": 3}
    (config_dir / "settings.json").write_text(json.dumps(bad), "utf-8")
    settings, problem = load_settings()
    assert settings.theme == "nord"
    assert settings.algorithm == Settings().algorithm and settings.length == Settings().length
    for part in ("unknown algorithm", "length", "keymap", "last_article"):
        assert part in problem


def test_not_an_object_and_not_utf8(config_dir):
    config_dir.mkdir(parents=True)
    (config_dir / "settings.json").write_text("[1, 2]", "utf-8")
    assert "JSON object" in load_settings()[1]
    (config_dir / "settings.json").write_bytes(b"\xff\xfe\x00garbage")
    assert load_settings()[0] == Settings()


def test_unreadable_settings_are_not_fatal(config_dir):
    (config_dir / "settings.json").mkdir(parents=True)  # a directory where the file should be
    settings, problem = load_settings()
    assert settings == Settings() and "could not be read" in problem
    assert "could not be saved" in save_settings(settings)


def test_dirs_follow_the_environment(config_dir, monkeypatch):
    assert settings_mod.config_dir() == config_dir
    monkeypatch.delenv("DOCBAO_CONFIG_DIR")
    assert "docbao" in str(settings_mod.config_dir()).lower()


async def test_app_reports_a_broken_settings_file(make_app, wait, config_dir):
    config_dir.mkdir(parents=True)
    (config_dir / "settings.json").write_text("{oops", "utf-8")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await wait(app, pilot)
        assert any("replaced" in n.message for n in app._notifications)
        assert app.is_running


def test_settings_module_does_not_import_textual():
    import subprocess
    import sys

    code = "import sys, tui.settings; sys.exit(1 if 'textual' in sys.modules else 0)"
    assert subprocess.run([sys.executable, "-P", "-c", code]).returncode == 0


def test_deeply_nested_settings_are_set_aside(config_dir):
    config_dir.mkdir(parents=True)
    (config_dir / "settings.json").write_text("[" * 200_000, "utf-8")
    settings, problem = load_settings()
    assert settings == Settings() and "nested too deeply" in problem
    assert (config_dir / "settings.json.broken").exists()


def test_a_read_only_folder_does_not_claim_the_file_was_replaced(config_dir, monkeypatch):
    config_dir.mkdir(parents=True)
    (config_dir / "settings.json").write_text("{oops", "utf-8")

    def read_only(*args, **kwargs):  # what a read-only folder answers (root may write anywhere)
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(settings_mod.os, "replace", read_only)
    settings, problem = load_settings()
    assert settings == Settings()
    assert "replaced" not in problem and "could not be set aside (Permission denied)" in problem
    assert (config_dir / "settings.json").read_text("utf-8") == "{oops"
