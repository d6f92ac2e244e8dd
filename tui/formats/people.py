"""Who took part, as JSON-ready data, as plain text, and as Markdown (`docbao people`)."""

from __future__ import annotations

from typing import Any

from tui.formats.markdown import escape
from tui.language.people import Group, Mention, People, Person, Photographer
from tui.reading.errors import printable
from tui.reading.model import Article


def _mention_dict(m: Mention) -> dict[str, Any]:
    return {"start": m.start, "end": m.end, "sentence": m.sentence_id}


def _person_dict(p: Person) -> dict[str, Any]:
    return {
        "name": p.name,
        "roles": list(p.roles),
        "chair": p.chair,
        "mentions": [_mention_dict(m) for m in p.mentions],
        "mention_count": p.mention_count,
    }


def _group_dict(g: Group) -> dict[str, Any]:
    return {"text": g.text, "start": g.start, "end": g.end, "sentence": g.sentence_id}


def _photographer_dict(ph: Photographer) -> dict[str, Any]:
    return {
        "name": ph.name,
        "mentions": [_mention_dict(m) for m in ph.mentions],
        "mention_count": ph.mention_count,
    }


def to_dict(people: People) -> dict[str, Any]:
    return {
        "people": [_person_dict(p) for p in people.people],
        "groups": [_group_dict(g) for g in people.groups],
        "photographers": [_photographer_dict(ph) for ph in people.photographers],
        "mentioned": [_person_dict(p) for p in people.mentioned],
    }


def _times(n: int) -> str:
    return f"{n} mention" + ("" if n == 1 else "s")


def to_text(people: People) -> str:
    """Chairs, then the other attendees, each with roles indented under the name."""
    out: list[str] = []

    def block(title: str, persons: tuple[Person, ...] | list[Person]) -> None:
        if not persons:
            return
        if out:
            out.append("")
        out.append(title)
        for p in persons:
            out.append(f"  {p.name}  ({_times(p.mention_count)})")
            out.extend(f"      {r}" for r in p.roles)

    chairs = [p for p in people.people if p.chair]
    others = [p for p in people.people if not p.chair]
    block("Chairs", chairs)
    block("Attendees" if chairs else "People", others)
    if people.groups:
        if out:
            out.append("")
        out.append("Groups")
        out.extend(f"  {g.text}" for g in people.groups)
    if people.photographers:
        if out:
            out.append("")
        out.append("Photos: " + ", ".join(ph.name for ph in people.photographers))
    if people.mentioned:
        if out:
            out.append("")
        out.append("Also mentioned: " + ", ".join(p.name for p in people.mentioned))
    if not out:
        out.append("No attendees found.")
    return "\n".join(out) + "\n"


def person_markdown(p: Person) -> str:
    """One bullet: "- **Name** (chair) — Role; Role"."""
    line = f"- **{escape(p.name)}**"
    if p.chair:
        line += " (chair)"
    if p.roles:
        line += " — " + "; ".join(escape(r) for r in p.roles)
    return line


def attendee_lines(people: People) -> list[str]:
    """The attendees as Markdown bullets, chairs first, then the groups: for notes to reuse."""
    return [person_markdown(p) for p in people.people] + [f"- {escape(g.text)}" for g in people.groups]


def to_markdown(people: People, article: Article | None = None) -> str:
    """Attendees as Markdown bullets, chairs first; groups, photographers and others after."""
    out: list[str] = []
    title = getattr(article, "title", "") if article is not None else ""
    out.append(f"## People — {escape(printable(title))}" if title else "## People")
    out.append("")
    if people.people:
        out.extend(person_markdown(p) for p in people.people)
    else:
        out.append("_No attendees found._")
    if people.groups:
        out += ["", "**Groups**", ""]
        out.extend(f"- {escape(g.text)}" for g in people.groups)
    if people.photographers:
        out += ["", "**Photos:** " + ", ".join(escape(ph.name) for ph in people.photographers)]
    if people.mentioned:
        out += ["", "**Also mentioned:** " + ", ".join(escape(p.name) for p in people.mentioned)]
    return "\n".join(out) + "\n"
