"""The reader's settings: algorithm, summary length, theme, last article and a keymap.

Stored as JSON in the user's config dir (platformdirs), or in `$DOCBAO_CONFIG_DIR` when it is set
(tests and the end-to-end check use it to keep away from the user's own file). A file that cannot
be read or holds nonsense is never fatal: `load_settings` returns the defaults and a message
saying what was wrong, and moves the broken file aside so the next save writes a fresh one.

No Textual import here: the CLI and tests can use it without a terminal.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from tui.language.algorithms import ALGORITHM_NAMES, DEFAULT_ALGORITHM
from tui.requests import DEFAULT_LENGTH, MAX_LENGTH

APP_NAME = "docbao"
SETTINGS_FILE = "settings.json"
ENV_DIR = "DOCBAO_CONFIG_DIR"

DEFAULT_THEME = "textual-dark"


@dataclass
class Settings:
    algorithm: str = DEFAULT_ALGORITHM
    length: int = DEFAULT_LENGTH  # sentences in the summary
    theme: str = DEFAULT_THEME
    last_article: str | None = None
    # binding id -> keys, e.g. {"reader.copy-summary": "y"}; applied with App.set_keymap.
    keymap: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def config_dir() -> Path:
    override = os.environ.get(ENV_DIR)
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False))


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


def _validated(data: Any) -> tuple[Settings, list[str]]:
    """Settings from decoded JSON, keeping every good field; the problems found, as text."""
    problems: list[str] = []
    settings = Settings()
    if not isinstance(data, dict):
        return settings, ["it does not hold a JSON object"]
    algorithm = data.get("algorithm", settings.algorithm)
    if algorithm in ALGORITHM_NAMES:
        settings.algorithm = algorithm
    else:
        problems.append(f"unknown algorithm {algorithm!r}")
    length = data.get("length", settings.length)
    if isinstance(length, int) and not isinstance(length, bool) and 1 <= length <= MAX_LENGTH:
        settings.length = length
    else:
        problems.append(f"length {length!r} is not a number from 1 to {MAX_LENGTH}")
    theme = data.get("theme", settings.theme)
    if isinstance(theme, str) and theme:
        settings.theme = theme
    else:
        problems.append(f"theme {theme!r} is not a name")
    last = data.get("last_article")
    if last is None or isinstance(last, str):
        settings.last_article = last
    else:
        problems.append("last_article is not a path")
    keymap = data.get("keymap", {})
    if isinstance(keymap, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in keymap.items()):
        settings.keymap = dict(keymap)
    else:
        problems.append("keymap is not a mapping of binding ids to keys")
    return settings, problems


def load_settings(path: Path | None = None) -> tuple[Settings, str | None]:
    """The saved settings (or the defaults) and a message when the file had to be replaced."""
    path = path or settings_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Settings(), None
    except OSError as e:
        return Settings(), f"Settings file {path} could not be read ({e.strerror or e}); using the defaults."
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        settings, problems = Settings(), [f"it is not valid JSON ({e})"]
    except RecursionError:  # '[[[[…' nested deeper than the decoder recurses
        settings, problems = Settings(), ["it is nested too deeply to read"]
    else:
        settings, problems = _validated(data)
    if not problems:
        return settings, None
    why = "; ".join(problems)
    broken = path.with_name(path.name + ".broken")
    try:
        os.replace(path, broken)
    except OSError as e:
        # A read-only folder: the file stays as it is, and the notice must not say otherwise.
        return settings, (
            f"Settings file {path} is ignored: {why}. It could not be set aside "
            f"({e.strerror or e}); using the defaults where it is wrong."
        )
    problem = save_settings(settings, path)
    if problem:
        return settings, f"Settings file {path} was set aside as {broken.name}: {why}. {problem}."
    return settings, f"Settings file {path} was replaced: {why}. The old file is kept as {broken.name}."


def save_settings(settings: Settings, path: Path | None = None) -> str | None:
    """Write the settings atomically; a message instead of an exception when that fails."""
    path = path or settings_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(settings.to_json(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, path)
    except OSError as e:
        return f"Settings could not be saved to {path}: {e.strerror or e}"
    return None
