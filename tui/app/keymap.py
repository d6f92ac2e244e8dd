"""The settings' keymap, checked before it is applied: an unknown binding id, a key Textual has
no name for, or a key another binding of the same screen already answers to is left out, and all
of them are reported in one line (a keymap taken as given once turned `q` into Copy, silently).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from textual.binding import Binding
from textual.keys import REPLACED_KEYS, Keys, _character_to_key, key_to_character

MODIFIERS = frozenset({"ctrl", "shift", "alt", "meta", "super", "hyper"})
_KEY_NAMES = frozenset(key.value for key in Keys)

# The bindings active at one time: a screen's, the app's and the focused widget's.
Scope = Sequence[Binding]


@dataclass(frozen=True)
class KeymapCheck:
    accepted: dict[str, str]
    problems: tuple[str, ...]

    @property
    def message(self) -> str | None:
        if not self.problems:
            return None
        return "Keymap: " + "; ".join(self.problems) + " (ignored)."


def _keys(spec: str) -> list[str]:
    """The keys of a comma-separated list, as Textual names them ('/' is 'slash')."""
    out = []
    for key in spec.split(","):
        key = key.strip()
        out.append(_character_to_key(key) if len(key) == 1 else key)
    return out


def valid_key(key: str) -> bool:
    """Is `key` a key Textual can bind ('y', 'G', '/', 'slash', 'ctrl+y', 'f5', 'escape')?"""
    *mods, name = key.split("+")
    if not name or any(m not in MODIFIERS for m in mods):
        return False
    if len(name) == 1:
        return name.isprintable() and not name.isspace()
    if name in _KEY_NAMES:
        return True
    # 'question_mark', 'left_square_bracket'; 'slash' is Textual's own name for the solidus.
    return key_to_character(REPLACED_KEYS.get(name, name)) is not None


def check_keymap(keymap: Mapping[str, str], scopes: Iterable[Scope]) -> KeymapCheck:
    """The entries of `keymap` that can be applied, and what is wrong with the others."""
    scopes = [list(scope) for scope in scopes]
    defaults: dict[str, list[str]] = {}
    for scope in scopes:
        for b in scope:
            if b.id is not None:
                defaults.setdefault(b.id, []).extend(_keys(b.key))
    problems: list[str] = []
    accepted: dict[str, str] = {}
    for binding_id, spec in keymap.items():
        if binding_id not in defaults:
            problems.append(f"unknown binding id {binding_id!r}")
            continue
        bad = [k for k in _keys(spec) if not valid_key(k)]
        if bad or not spec.strip():
            problems.append(f"{binding_id}: {spec!r} is not a key name")
            continue
        accepted[binding_id] = spec
    # A remapped key that another binding of the same screen answers to (after the keymap) is a
    # clash; a key the binding already had by default is none. Leaving one entry out gives its
    # binding back its default keys, which may clash in turn: repeat until nothing changes.
    clashed: set[str] = set()
    while True:
        effective = {i: (_keys(accepted[i]) if i in accepted else keys) for i, keys in defaults.items()}
        found = None
        for binding_id in accepted:
            new = [k for k in effective[binding_id] if k not in defaults[binding_id]]
            for scope in scopes:
                if all(b.id != binding_id for b in scope):
                    continue
                for other in scope:
                    if other.id in (None, binding_id):
                        continue
                    shared = [k for k in new if k in effective.get(other.id, _keys(other.key))]
                    if shared:
                        found = (binding_id, shared[0], other.id)
                        break
                if found:
                    break
            if found:
                break
        if found is None:
            break
        binding_id, key, other = found
        del accepted[binding_id]
        clashed.add(binding_id)
        problems.append(f"{binding_id}: {key!r} is already {other}")
    return KeymapCheck(accepted, tuple(problems))
