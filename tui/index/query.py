"""`docbao search` and `docbao who`: questions to the index.

Search: what the user types becomes an FTS5 query over the folded title, lead and body. Words
must all be there (in any order), "quoted words" as a phrase, and a word ending in * is a
prefix; accents and case never matter ("hdnd" finds "HĐND", "dong chi" finds "đồng chí").
Results are ranked by bm25 (a match in the title weighs most, then the lead), each with a snippet
of the body around its best cluster of matches.

Who: every article where a person attended, chaired, was mentioned or took the photos, by date,
with the roles as written there. A name matches with its tone marks placed either way and in any
case; typed without accents it matches the accent-free name. Persons of one name are told apart
by their roles and the places in them: appearances are one person when they share a role or a
place, so a namesake in another province is listed apart rather than merged.
"""

from __future__ import annotations

import bisect
import json
import re
import sqlite3
from dataclasses import dataclass

from tui.index.store import decompress, person_keys, person_token
from tui.language.fold import fold

__all__ = ["Appearance", "Hit", "Namesake", "fts_query", "search", "who"]

_TOKEN = re.compile(r"\w+", re.UNICODE)
_PART = re.compile(r'"([^"]*)"?|(\S+)')


@dataclass(frozen=True, slots=True)
class Hit:
    path: str
    title: str
    source: str | None
    date: str | None
    snippet: str
    marks: tuple[tuple[int, int], ...]  # the matches, as spans of `snippet`
    score: float  # bm25: lower is better


@dataclass(frozen=True, slots=True)
class Appearance:
    path: str
    title: str
    source: str | None
    date: str | None
    name: str  # as written in that article
    kind: str  # chaired, attended, mentioned, photographed
    roles: tuple[str, ...]
    start: int  # the first mention, a span of the article's text
    end: int


@dataclass(frozen=True, slots=True)
class Namesake:
    """One person as the index tells them apart: a name and the places in their roles."""

    name: str
    places: tuple[str, ...]
    appearances: tuple[Appearance, ...]  # by date, undated last


def _terms(query: str) -> list[tuple[list[str], bool]]:
    """The query's parts: each a list of folded tokens (a phrase, or one typed word's tokens:
    "TP.HCM" is the phrase "tp hcm") and whether it ends in * (a prefix)."""
    parts: list[tuple[list[str], bool]] = []
    for m in _PART.finditer(query):
        text = m.group(1) if m.group(1) is not None else m.group(2)
        prefix = text.endswith("*") and m.group(2) is not None
        tokens = _TOKEN.findall(fold(text))
        if tokens:
            parts.append((tokens, prefix))
    return parts


def fts_query(query: str) -> str | None:
    """The FTS5 query for what the user typed; None when it holds no word. Every token is
    quoted, so nothing typed is FTS5 syntax (AND, NEAR, a column name, a stray quote)."""
    parts = _terms(query)
    if not parts:
        return None
    return " ".join('"' + " ".join(tokens) + '"' + ("*" if prefix else "") for tokens, prefix in parts)


def _match_spans(folded: str, parts: list[tuple[list[str], bool]]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for tokens, prefix in parts:
        pattern = r"\W+".join(re.escape(t) for t in tokens)
        tail = r"\w*" if prefix else r"(?!\w)"
        # The word's start is checked by hand: a look-behind would be tried at every character.
        for m in re.finditer(pattern + tail, folded):
            at = m.start()
            if at == 0 or not (folded[at - 1].isalnum() or folded[at - 1] == "_"):
                spans.append(m.span())
    return sorted(spans)


_HEAD = 3000


def snippet(text: str, parts: list[tuple[list[str], bool]], width: int = 200) -> tuple[str, tuple]:
    """About `width` characters of `text` around its densest cluster of matches, cut at spaces,
    with the matches' spans in it. The folded text has the original's offsets (`fold` keeps one
    character for one), so the matches found there are marked in the text as written."""
    flat = " ".join(text.split()) if "\n" in text or "  " in text else text
    # The opening first: most matches are there, and a long report need not be folded whole.
    spans = _match_spans(fold(flat[:_HEAD]), parts) if len(flat) > 2 * _HEAD else []
    if not spans:
        spans = _match_spans(fold(flat), parts)
    if not spans:
        cut = flat[:width]
        return (cut.rsplit(" ", 1)[0] + " …" if len(flat) > width else cut), ()
    starts = [s for s, _ in spans]
    best, best_count = starts[0], 0
    for i, s in enumerate(starts):
        count = bisect.bisect_left(starts, s + width * 2 // 3) - i
        if count > best_count:
            best, best_count = s, count
    start = max(0, best - width // 3)
    if start:
        space = flat.find(" ", start)
        start = space + 1 if 0 <= space < best else start
    end = min(len(flat), start + width)
    if end < len(flat):
        space = flat.rfind(" ", start, end)
        end = space if space > max(start, best) else end
    lead, tail = ("… " if start else ""), (" …" if end < len(flat) else "")
    marks = tuple((len(lead) + s - start, len(lead) + e - start) for s, e in spans if s >= start and e <= end)
    return lead + flat[start:end] + tail, marks


def _date_filters(since: str | None, until: str | None) -> tuple[str, list[str]]:
    sql, args = "", []
    if since:
        sql += " AND a.date >= ?"
        args.append(since)
    if until:
        sql += " AND a.date <= ?"
        args.append(until)
    return sql, args


def _person_term(person: str | None) -> tuple[str, str, list[str]]:
    """The person as one more FTS term (their folded name is one token of the `people` column),
    and, for a name typed with accents, the exact key the article must hold too."""
    if not person:
        return "", "", []
    key, _ = person_keys(person)
    token = person_token(person)
    if token == "qq":
        return "", "", []
    term = f' AND "{token}"'
    if fold(key) != key:  # accents typed: they must be the ones written
        return term, " AND a.id IN (SELECT article FROM people WHERE key = ?)", [key]
    return term, "", []


# Ranking a word found in most articles would read every match (0.4 s at 100,000 articles for a
# word in nine articles of ten). The matches are read newest first (rowid order, which FTS5 reads
# without sorting) and only the newest `BUDGET` are ranked: one pass over the index, which a rare
# phrase of common words needs anyway.
BUDGET = 1000


def _ranked(conn: sqlite3.Connection, match: str, where: str, args: list, limit: int) -> list[tuple]:
    """Rows of the best `limit` articles for the FTS query `match` among its newest `BUDGET`
    matches that pass `where` (dates, a person's exact name)."""
    found = conn.execute(
        "SELECT fts.rowid, fts.rank FROM fts JOIN articles a ON a.id = fts.rowid"
        f" WHERE fts MATCH ?{where} ORDER BY fts.rowid DESC LIMIT ?",
        [match, *args, BUDGET],
    ).fetchall()
    best = sorted(found, key=lambda r: (r[1], -r[0]))[:limit]
    rows = []
    for rowid, rank in best:
        row = conn.execute(
            "SELECT path, title, source, date, lead, body FROM articles WHERE id = ?", (rowid,)
        ).fetchone()
        if row is not None:
            rows.append((*row, rank))
    return rows


def search(
    conn: sqlite3.Connection,
    query: str,
    *,
    person: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 20,
) -> list[Hit]:
    """The best `limit` articles for `query`, best first."""
    match = fts_query(query)
    if match is None:
        return []
    parts = _terms(query)
    dates, date_args = _date_filters(since, until)
    term, exact_person, person_args = _person_term(person)
    rows = _ranked(conn, match + term, dates + exact_person, [*date_args, *person_args], limit)
    hits = []
    for path, title, source, date, lead, body, rank in rows:
        text = decompress(body)
        shown, marks = snippet(text, parts)
        if not marks:  # the match is in the lead or the title only
            shown, marks = snippet(lead or title, parts)
        hits.append(Hit(path, title, source, date, shown, marks, rank))
    return hits


def places_in(texts: tuple[str, ...] | list[str]) -> set[str]:
    """The provinces and cities named in some roles, by their match key ('Nghệ An' → 'nghệ an')."""
    from tui.language.names import PLACES, name_key

    found: set[str] = set()
    for text in texts:
        words = name_key(text).split()
        for n in (4, 3, 2, 1):
            for i in range(len(words) - n + 1):
                key = " ".join(words[i : i + n])
                if key in PLACES and key != "việt nam":
                    found.add(key)
    return found


def who(conn: sqlite3.Connection, name: str) -> list[Namesake]:
    """Every appearance of `name`, split into the persons the roles tell apart."""
    key, folded = person_keys(name)
    if not key:
        return []
    column, value = ("key", key) if fold(key) != key else ("folded", folded)
    rows = conn.execute(
        "SELECT a.path, a.title, a.source, a.date, p.name, p.kind, p.roles, p.start, p.end"
        f" FROM people p JOIN articles a ON a.id = p.article WHERE p.{column} = ?",
        (value,),
    ).fetchall()
    found = [
        Appearance(path, title, source, date, written, kind, tuple(json.loads(roles)), start, end)
        for path, title, source, date, written, kind, roles, start, end in rows
    ]
    return namesakes(found)


def _role_key(role: str) -> str:
    from tui.language.names import name_key

    return name_key(role)


def namesakes(found: list[Appearance]) -> list[Namesake]:
    """Appearances grouped into persons. Names spelt apart (a name typed without accents finds
    "Thành" and "Thanh") are never one person; of one name, appearances are one person when they
    share a role (as written, case and tone marks aside) or a place named in their roles. Only
    the roles: a title or a text names places that may have nothing to do with the person (a
    headline of two provinces' agreement). An appearance with neither roles nor places joins the
    only person of its name there is, or stands apart when there are several."""
    from tui.language.names import name_key

    out: list[Namesake] = []
    by_name: dict[str, list[Appearance]] = {}
    for a in found:
        by_name.setdefault(name_key(a.name), []).append(a)
    for same in by_name.values():
        out += _one_name(same)
    out.sort(key=lambda n: (-len(n.appearances), n.name, n.places))
    return out


def _one_name(found: list[Appearance]) -> list[Namesake]:
    parent = list(range(len(found)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # "Chủ tịch UBND tỉnh" names no province, and the article's title is no guide to which: a
    # role without a place joins others by the role alone.
    places = [places_in(a.roles) for a in found]
    by_feature: dict[str, int] = {}
    for i, a in enumerate(found):
        features = {"role:" + _role_key(r) for r in a.roles} | {"place:" + p for p in places[i]}
        for f in features:
            if f in by_feature:
                parent[root(i)] = root(by_feature[f])
            else:
                by_feature[f] = i
    bare = [i for i, a in enumerate(found) if not a.roles and not places[i]]
    groups: dict[int, list[int]] = {}
    for i in range(len(found)):
        if i not in bare:
            groups.setdefault(root(i), []).append(i)
    if bare:
        if len(groups) == 1:
            next(iter(groups.values())).extend(bare)
        else:
            groups[-1] = bare
    out: list[Namesake] = []
    for members in groups.values():
        apps = sorted((found[i] for i in members), key=lambda a: (a.date is None, a.date or "", a.path))
        place_keys = sorted(set().union(*(places[i] for i in members)))
        shown = tuple(_place_name(p, apps) for p in place_keys)
        names = [a.name for a in apps]
        out.append(Namesake(max(set(names), key=names.count), shown, tuple(apps)))
    return out


def _place_name(key: str, apps: list[Appearance]) -> str:
    """A place as written in one of the roles (its key is lower case). Whole words only: 'anh'
    (the country) is not the 'ánh' of 'Chi nhánh'. `fold` keeps every character's place."""
    whole = re.compile(rf"(?<!\w){re.escape(fold(key))}(?!\w)")
    for a in apps:
        for role in a.roles:
            if m := whole.search(fold(role)):
                return role[m.start() : m.end()]
    return key.title()
