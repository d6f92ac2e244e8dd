"""The footer: the main keys of the screen, generated from its bindings (after the user's keymap).

One widget that draws one line, instead of Textual's Footer with a widget per key: the reader
paints sooner. Bindings with `show=True` appear; bindings of one `Binding.Group` share a label
("[ ] Section"). A click on a key runs its action.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.widget import Widget


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

    def entries(self) -> list[tuple[str, str, object, str]]:
        """(keys, description, node, action) to show, in binding order, groups folded together."""
        if not self.is_attached:
            return []
        shown: list[tuple[Binding, object]] = []
        seen_actions: set[str] = set()
        for node, binding, _enabled, _tip in self.screen.active_bindings.values():
            if binding.show and binding.action not in seen_actions:
                seen_actions.add(binding.action)
                shown.append((binding, node))
        out: list[tuple[str, str, object, str]] = []
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
                    out.append((" ".join(keys), group.description, node, binding.action))
                    i = j
                    continue
            out.append((self.app.get_key_display(binding), binding.description, node, binding.action))
            i += 1
        return out

    def render(self) -> Text:
        key_style = self.get_component_rich_style("keybar--key")
        desc_style = self.get_component_rich_style("keybar--description")
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        self._targets = []
        for keys, description, node, action in self.entries():
            x0 = text.cell_len
            text.append(f" {keys} ", style=key_style)
            text.append(f"{description} ", style=desc_style)
            self._targets.append((x0, text.cell_len, node, action))
        return text

    async def on_click(self, event: events.Click) -> None:
        for x0, x1, node, action in self._targets:
            if x0 <= event.x < x1:
                event.stop()
                await self.app.run_action(action, node)  # type: ignore[arg-type]
                return
