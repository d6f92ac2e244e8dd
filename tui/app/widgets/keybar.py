"""The footer: the main keys of the screen, generated from its bindings (after the user's keymap).

One widget that draws one line, instead of Textual's Footer with a widget per key: the reader
paints sooner. Bindings with `show=True` appear; bindings of one `Binding.Group` share a label
("[ ] Section"). A click on a key runs its action.

Keys the focused widget would take as text (a letter in the search box) are left out. When the
line is too narrow, the least needed keys go first (`EXPENDABLE`); the help key always stays, and
then reads "More keys".
"""

from __future__ import annotations

from typing import NamedTuple

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.keys import _character_to_key, key_to_character
from textual.widget import Widget

# Binding ids, the first to leave a footer that does not fit.
EXPENDABLE = (
    "reader.scope",
    "reader.algorithm",
    "reader.longer",
    "reader.open",
    "reader.copy-summary",
    "reader.previous-section",
    "reader.search",
    "library.path",
    "library.back",
    "app.quit",
)
ALWAYS = "app.help"
MORE = "More keys"  # the help key's label once the line has left keys out

# Printable characters by key name: Textual's own lookup misses a few ("slash", "plus", "minus").
_CHARACTERS = {_character_to_key(chr(c)): chr(c) for c in range(0x21, 0x7F)}


def _character(key: str) -> str | None:
    return _CHARACTERS.get(key) or key_to_character(key)


class Entry(NamedTuple):
    keys: str
    description: str
    node: object
    action: str
    id: str | None


class KeyBar(Widget):
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        background: $footer-background;
        color: $footer-foreground;
    }
    """

    COMPONENT_CLASSES = {"keybar--key", "keybar--description"}  # noqa: RUF012

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._targets: list[tuple[int, int, object, str]] = []  # (x0, x1, node, action) for clicks
        self._ready = False

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def _bindings_changed(self, screen) -> None:
        self._ready = True
        self.refresh()

    def _typed(self, binding: Binding) -> bool:
        """Would the focused widget take this binding's key as text (the search box)?"""
        focused = self.screen.focused
        if focused is None:
            return False
        key = binding.key
        return focused.check_consume_key(key, _character(key))

    def entries(self) -> list[Entry]:
        """What to show, in binding order, groups folded together."""
        if not self.is_attached:
            return []
        shown: list[tuple[Binding, object]] = []
        seen: set[str] = set()  # actions and descriptions: one entry for "q" and "ctrl+q" Quit
        for node, binding, _enabled, _tip in self.screen.active_bindings.values():
            if not binding.show or self._typed(binding):
                continue
            if binding.action in seen or (binding.group is None and binding.description in seen):
                continue
            seen.update((binding.action, binding.description))
            shown.append((binding, node))
        out: list[Entry] = []
        i = 0
        while i < len(shown):
            binding, node = shown[i]
            group = binding.group
            if group is not None:
                keys = [self.app.get_key_display(binding)]
                j = i + 1
                while j < len(shown) and shown[j][0].group is group:
                    keys.append(self.app.get_key_display(shown[j][0]))
                    j += 1
                if j - i > 1:
                    out.append(Entry(" ".join(keys), group.description, node, binding.action, binding.id))
                    i = j
                    continue
            keys = self.app.get_key_display(binding)
            out.append(Entry(keys, binding.description, node, binding.action, binding.id))
            i += 1
        return out

    def fitted(self, width: int) -> list[Entry]:
        """The entries that fit in `width` cells: the expendable ones leave first, help stays."""
        entries = self.entries()

        def cells(items: list[Entry]) -> int:
            return sum(cell_len(e.keys) + cell_len(e.description) + 3 for e in items)

        total = len(entries)
        for binding_id in EXPENDABLE:
            if cells(entries) <= width:
                break
            entries = [e for e in entries if e.id != binding_id]
        if len(entries) < total:
            # Some keys left: the help key says there are more (it lists them all).
            entries = [e._replace(description=MORE) if e.id == ALWAYS else e for e in entries]
            for binding_id in EXPENDABLE:
                if cells(entries) <= width:
                    break
                entries = [e for e in entries if e.id != binding_id]
        if cells(entries) > width:
            # Still too long (a tiny terminal, or keys remapped to long names): help first.
            entries.sort(key=lambda e: e.id != ALWAYS)
        return entries

    def render(self) -> Text:
        key_style = self.get_component_rich_style("keybar--key")
        desc_style = self.get_component_rich_style("keybar--description")
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        self._targets = []
        for entry in self.fitted(self.size.width):
            x0 = text.cell_len
            text.append(f" {entry.keys} ", style=key_style)
            text.append(f"{entry.description} ", style=desc_style)
            self._targets.append((x0, text.cell_len, entry.node, entry.action))
        return text

    async def on_click(self, event: events.Click) -> None:
        for x0, x1, node, action in self._targets:
            if x0 <= event.x < x1:
                event.stop()
                await self.app.run_action(action, node)  # type: ignore[arg-type]
                return
