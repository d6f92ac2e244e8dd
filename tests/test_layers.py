"""The layers' contract: the domain (reading, language) and the formats import no Textual and no
Rich, and reading (file → text → Article) imports nothing of language. Every import counts,
those inside functions too (the lazy ones are the easiest to add without noticing)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

TUI = Path(__file__).resolve().parents[1] / "tui"
FORBIDDEN = {
    "reading": ("textual", "rich", "tui.language", "tui.app"),
    "language": ("textual", "rich", "tui.app"),
    "formats": ("textual", "rich", "tui.app"),
}


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text("utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            # `from tui import language` names the package in what it imports
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports(layer):
    wrong = []
    for path in sorted((TUI / layer).rglob("*.py")):
        for line, name in _imports(path):
            if any(name == f or name.startswith(f + ".") for f in FORBIDDEN[layer]):
                wrong.append(f"{path.relative_to(TUI.parent)}:{line} imports {name}")
    assert not wrong, "\n".join(wrong)


def test_the_session_imports_no_textual():
    wrong = [name for _, name in _imports(TUI / "session.py") if name.split(".")[0] in ("textual", "rich")]
    assert not wrong
