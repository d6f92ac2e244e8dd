"""When a saved page says its story was published, and who wrote it, from the page itself.

The date comes from the page's metadata (`article:published_time` and its kin, JSON-LD
`datePublished`), a `<time datetime>`, or the date line the site prints under the title
("Thứ 6, 21/03/2025 - 08:45", "Thứ sáu, 21/3/2025, 08:45 (GMT+7)", "21/03/2025 08:45 GMT+7").
Never from a year the story mentions: a date that cannot be read is absent. The result is an
ISO date, "2025-03-21".

What a block of markup is (a related box, a caption, the lead, the date line, the author) is
read from its class, id, `type` and `data-role` by the rows of `data/page_markup.tsv`.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

from tui.reading.parse import is_dateline

_META_DATE_NAMES = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date.issued",
    "dc.date",
    "date",
    "citation_publication_date",
)
_META_AUTHOR_NAMES = ("author", "article:author", "dc.creator", "byl")
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
# 21/03/2025, 21/3/2025, 21-03-2025, 21.03.2025: day first, as the papers write it
_DMY = re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)")
_MAX_DATELINE = 80
_NOT_A_NAME = re.compile(r"https?:|www\.|@|\d")
# A paper or a site, which some pages give as their author: "Báo Nghệ An", "Dân trí", "VnExpress".
_NOT_A_PERSON = re.compile(
    r"(?i:^(?:báo|tạp chí|đài|trang|cổng|kênh|tin tức)\b|\.(?:vn|com|net)\b|online|news|express|\bdân trí\b)"
)


@cache
def markup_rules() -> dict[str, re.Pattern[str]]:
    """kind → one pattern joining the rows of data/page_markup.tsv of that kind."""
    raw = resources.files("tui.reading").joinpath("data/page_markup.tsv").read_text(encoding="utf-8")
    rows: dict[str, list[str]] = {}
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, pattern, _where = line.split("\t")
        rows.setdefault(kind, []).append(f"(?:{pattern})")
    return {kind: re.compile("|".join(ps), re.IGNORECASE) for kind, ps in rows.items()}


def names(el: Any) -> list[str]:
    """What the markup calls an element: its classes, id, type, data-role and data-* names."""
    out = (el.get("class") or "").split()
    out += [el.get(a) for a in ("id", "type", "data-role") if el.get(a)]
    out += [k for k in el.attrib if isinstance(k, str) and k.startswith("data-")]
    return out


def is_kind(el: Any, kind: str) -> bool:
    pattern = markup_rules()[kind]
    return any(pattern.search(n) for n in names(el))


def iso_date(text: str | None) -> str | None:
    """An ISO date from a value or a date line: "2025-03-21T08:45:00+07:00", "Thứ 6, 21/03/2025 -
    08:45" → "2025-03-21"; None when no whole, valid date is written."""
    if not text:
        return None
    if m := _ISO.search(text):
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    elif m := _DMY.search(text):
        d, mo, y = int(m[1]), int(m[2]), int(m[3])
    else:
        return None
    if not (1 <= mo <= 12 and 1 <= d <= 31 and 1900 <= y <= 2200):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _text(el: Any) -> str:
    return " ".join("".join(el.itertext()).split())


def _json_ld(root: Any) -> list[dict[str, Any]]:
    """The page's JSON-LD objects (an @graph and lists opened)."""
    out: list[dict[str, Any]] = []
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                out.append(item)
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])
    return out


def _meta(root: Any, keys: tuple[str, ...]) -> list[str]:
    """Values of <meta> (and itemprop elements) named by `keys`, in the order of `keys`."""
    found: dict[str, list[str]] = {}
    for el in root.iter("meta", "time", "span", "div", "a"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        if key in keys:
            value = el.get("content") or el.get("datetime") or (_text(el) if el.tag != "meta" else "")
            if value and value.strip():
                found.setdefault(key, []).append(value.strip())
    return [v for k in keys for v in found.get(k, [])]


def _outside_the_story(el: Any) -> bool:
    """A date in a related box, a list of other news or the footer is another story's."""
    for up in el.iterancestors():
        if not isinstance(up.tag, str):
            continue
        if up.tag in ("li", "aside", "footer", "nav") or is_kind(up, "related"):
            return True
    return False


def page_date(root: Any) -> str | None:
    """The page's own publication date as an ISO date, or None."""
    for value in _meta(root, _META_DATE_NAMES):
        if date := iso_date(value):
            return date
    for obj in _json_ld(root):
        if date := iso_date(str(obj.get("datePublished") or "")):
            return date
    # A <time datetime>, then a date line: of several, the one nearest the story's title (a
    # site's top bar shows the day the page was saved, not the day the story came out).
    order = {el: i for i, el in enumerate(root.iter())}
    h1 = next(root.iter("h1"), None)
    at = order.get(h1, 0)
    for found in (_time_values(root), _dateline_values(root), _bare_datelines(root, order, at)):
        if found:
            # nearest first; of two as near, the one under the title
            return min(found, key=lambda pair: (abs(order[pair[0]] - at), order[pair[0]] < at))[1]
    return None


# How near the title a date line with no name of its own must stand (elements in page order).
NEAR_THE_TITLE = 15


def _bare_datelines(root: Any, order: dict[Any, int], at: int) -> list[tuple[Any, str]]:
    """A line near the title that gives a date and nothing else ("Thứ 6, 21/03/2025 - 08:45"),
    in an element whose name says nothing ("meta", "info")."""
    found = []
    for el, i in order.items():
        if abs(i - at) > NEAR_THE_TITLE or not isinstance(el.tag, str) or el.tag in ("script", "style"):
            continue
        text = _text(el)
        if not text or len(text) > _MAX_DATELINE or not is_dateline(text) or _outside_the_story(el):
            continue
        if date := iso_date(text):
            found.append((el, date))
    return found


def _time_values(root: Any) -> list[tuple[Any, str]]:
    return [
        (el, date)
        for el in root.iter("time")
        if el.get("datetime") and not _outside_the_story(el) and (date := iso_date(el.get("datetime")))
    ]


def _dateline_values(root: Any) -> list[tuple[Any, str]]:
    found = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("html", "body", "script", "style"):
            continue
        if not is_kind(el, "dateline") or _outside_the_story(el):
            continue
        text = _text(el)
        if text and len(text) <= _MAX_DATELINE and (date := iso_date(text)):
            found.append((el, date))
    return found


def person_name(value: str) -> str | None:
    """The value when it names a person: not a link, a number, a paper or a site."""
    value = " ".join(value.split())
    words = value.split()
    if not 1 <= len(words) <= 6 or _NOT_A_NAME.search(value) or _NOT_A_PERSON.search(value):
        return None
    return value


def page_author(root: Any) -> str | None:
    """The author named by the page's metadata, its JSON-LD or a block marked as the author's."""
    for value in _meta(root, _META_AUTHOR_NAMES):
        if name := person_name(value):
            return name
    for obj in _json_ld(root):
        author = obj.get("author")
        for a in author if isinstance(author, list) else [author]:
            value = a.get("name") if isinstance(a, dict) else a
            if isinstance(value, str) and (name := person_name(value)):
                return name
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag not in ("html", "body") and is_kind(el, "author"):
            if _outside_the_story(el):
                continue
            # the name itself, not the block around it with the date and the share buttons
            parts = [_text(c) for c in el.iter("a", "b", "strong", "span") if _text(c)] or [_text(el)]
            for part in parts:
                if name := person_name(part):
                    return name
    return None
