"""A saved web page → the genre's plain text, plus what the markup knows that the text does not.

trafilatura finds the article in the page (title, date, author, body with its headings) and
drops the site around it: menus, footers, comments. Before it sees the page we do three things
it does not do for this genre:

- figures: trafilatura drops `<figcaption>`; we turn each captioned figure into a paragraph in
  place and remember its text, so the parser files it as a caption even without an "Ảnh:" credit;
- the "Tin liên quan" box: dropped by trafilatura as boilerplate; we take its items (headline and
  lead) out of the page and append them as the genre's "Tin liên quan" block;
- ads: blocks whose class or id names an ad or a banner are removed, as are script and style.

The result is a `Page`: text shaped like the newspapers' plain-text exports (title line, tagged
lead, one paragraph per line), the lines that were <h2>/<h3> headings and <figcaption>s, and the
page's metadata. `parse()` takes it from there, as for any text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from tui.reading.errors import ReadError
from tui.reading.pagemeta import is_kind, iso_date, page_author, page_date, person_name
from tui.reading.parse import _BOILERPLATE_MARKERS, MAX_HEADING_WORDS, RELATED_MARKERS, is_dateline, marker

RELATED_HEADING = "Tin liên quan"

_AD_TEXTS = ("quảng cáo", "advertisement")
# Words of a class or id ("box-ads", "banner_top", "quang-cao") that mark an ad block; "-" and
# "_" separate words, so "download" and "shadow" are not ads.
_AD_CLASS = re.compile(
    r"(?<![a-z0-9])(?:ads?|adv|advert\w*|adsbygoogle|banner|quang[-_]?cao|qc|sponsor\w*|promo\w*)(?![a-z0-9])",
    re.IGNORECASE,
)
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)
_DROP_TAGS = ("script", "style", "noscript", "iframe", "template", "svg", "form", "button", "select", "input")
_MAX_RELATED = 20
# A list of links under the story: at least this many headlines, of at least this many words,
# and little text besides the links.
_MIN_LIST_LINKS = 2
_MIN_HEADLINE_WORDS = 4
_LINK_SHARE = 0.7
_SIBLINGS_LOOKED_AT = 4
# An image's alt or title of this many words describes the photo: a caption when no other is given.
_MIN_ALT_WORDS = 4


@dataclass(frozen=True, slots=True)
class Page:
    text: str
    headings: frozenset[str] = frozenset()
    captions: frozenset[str] = frozenset()
    meta: dict[str, str] = field(default_factory=dict)


def decode_html(data: bytes, name: str, charset: str | None = None) -> str:
    """Clean text of a page, in the loader's one order: a BOM, valid UTF-8, then the server's
    `charset`, then the page's <meta charset>, then detection (empty and binary input refused)."""
    from tui.reading.load import decode

    m = _CHARSET.search(data[:8192])
    meta = m.group(1).decode("ascii") if m else None
    return decode(data, name, declared=(charset, meta))


def _text(el: Any) -> str:
    return " ".join("".join(el.itertext()).split())


def _names(el: Any) -> str:
    """The element's class and id, where sites say what a block is."""
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def _remove(el: Any) -> None:
    """Remove an element but keep its tail text, which belongs to the parent."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail and tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _replace_with_paragraph(el: Any, text: str) -> None:
    from lxml import html as lhtml

    p = lhtml.Element("p")
    p.text = text
    p.tail = el.tail
    el.getparent().replace(el, p)


def _drop_ads(root: Any) -> None:
    for el in list(root.iter(*_DROP_TAGS)):
        _remove(el)
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        if el.tag in ("body", "main", "article"):
            continue
        if _AD_CLASS.search(_names(el)):
            # "no-ads" on a wrapper of the whole article is not an ad
            if not _too_big_for_a_box(el):
                _remove(el)
        elif el.tag in ("p", "div", "span") and marker(_text(el)) in _AD_TEXTS:
            _remove(el)


def _too_big_for_a_box(el: Any) -> bool:
    """A related box is links with short leads; the article itself holds much more prose."""
    prose = sum(
        len(_text(p)) for p in el.iter("p") if not any(a.tag in ("li", "a") for a in p.iterancestors())
    )
    return prose > 600 or any(True for _ in el.iter("h1", "figure"))


def _related_items(box: Any, marker_el: Any | None) -> list[tuple[str, str]]:
    """(headline, lead) for each link of the box, in order."""
    items: list[tuple[str, str]] = []
    entries = [li for li in box.iter("li", "article")] or [box]
    for entry in entries:
        links = [a for a in entry.iter("a") if _text(a) and (marker_el is None or a not in marker_el.iter())]
        if entry is box:
            for a in links:
                items.append((_text(a), ""))
            continue
        if not links:
            continue
        title = max((_text(a) for a in links), key=len)
        whole = _text(entry)
        lead = " ".join(whole.replace(title, " ", 1).split())
        if is_dateline(lead) or (iso_date(lead) and len(lead) <= 40):
            lead = ""  # "Thứ 6, 21/03/2025 - 08:45": when the other story came out
        items.append((title, lead if len(lead.split()) >= 4 else ""))
    seen: set[str] = set()
    out = []
    items = [(_ARROWS.sub("", title), lead) for title, lead in items]
    for title, lead in items:
        if marker(title) in RELATED_MARKERS or len(title.split()) < 3 or title in seen:
            continue
        seen.add(title)
        out.append((title, lead))
    return out[:_MAX_RELATED]


def _take_related(root: Any) -> list[tuple[str, str]]:
    """Find the related-news boxes, take their items and remove them from the page."""
    boxes: list[tuple[Any, Any | None]] = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("html", "body", "a", "li"):
            continue
        if len(el) <= 3 and marker(_text(el)) in RELATED_MARKERS:
            box, up = None, el
            for _ in range(3):
                up = up.getparent()
                if up is None or _too_big_for_a_box(up):
                    break
                if any(_text(a) and a not in el.iter() for a in up.iter("a")):
                    box = up
                    break
            if box is None:
                # "<h3>Tin liên quan</h3><ul>…</ul>" directly inside the article
                sib = el.getnext()
                if sib is not None and sib.tag in ("ul", "ol", "div") and not _too_big_for_a_box(sib):
                    boxes.append((sib, None))
                    boxes.append((el, el))
                continue
            boxes.append((box, el))
        elif _a_related_box(el) or (el.tag == "p" and _an_arrow_link(el)):
            boxes.append((el, None))
    boxes += [(el, None) for el in _link_lists_under_the_story(root)]
    items: list[tuple[str, str]] = []
    taken: list[Any] = []
    inside: set[Any] = set()  # the boxes taken (a box inside one is read with it)
    for box, marker_el in boxes:
        if box in inside or any(up in inside for up in box.iterancestors()):
            continue
        items += _related_items(box, marker_el)
        taken.append(box)
        inside.add(box)
    for box in taken:
        if box.getparent() is not None:
            _remove(box)
    seen: set[str] = set()
    return [it for it in items if not (it[0] in seen or seen.add(it[0]))]


def _a_related_box(el: Any) -> bool:
    """A block the site names as related news, with links, small enough to be a box."""
    return is_kind(el, "related") and any(True for _ in el.iter("a")) and not _too_big_for_a_box(el)


_ARROWS = re.compile(r"^(?:>\s*){2,}|^[»→]\s*")


def _an_arrow_link(p: Any) -> bool:
    """A paragraph that is one link to another story behind arrows: "<p><a>>> Headline</a></p>"."""
    links = list(p.iter("a"))
    text = _text(p)
    return (
        len(links) == 1
        and _ARROWS.match(text) is not None
        and _ARROWS.sub("", text) == _ARROWS.sub("", _text(links[0]))
        and len(_ARROWS.sub("", text).split()) >= _MIN_HEADLINE_WORDS
    )


def _story_block(root: Any) -> Any | None:
    """The element that holds the story's paragraphs: the parent of most of its prose."""
    counts: dict[Any, int] = {}
    for p in root.iter("p"):
        if len(_text(p).split()) >= 8 and not any(a.tag == "li" for a in p.iterancestors()):
            parent = p.getparent()
            counts[parent] = counts.get(parent, 0) + 1
    return max(counts, key=lambda el: counts[el]) if counts else None


def _a_list_of_links(el: Any) -> bool:
    """Headlines and little else: a list of links to other stories."""
    links = [_text(a) for a in el.iter("a")]
    headlines = [t for t in links if len(t.split()) >= _MIN_HEADLINE_WORDS]
    text = _text(el)
    if len(set(headlines)) < _MIN_LIST_LINKS or not text:
        return False
    return sum(len(t) for t in set(links)) >= _LINK_SHARE * len(text)


def _link_lists_under_the_story(root: Any) -> list[Any]:
    """Lists of links right under the story, before the site's own lists ("Xem nhiều", "Tin
    khác", comments): the page's related news, named or not."""
    story = _story_block(root)
    if story is None:
        return []
    found = []
    for el in story.itersiblings():
        if len(found) >= _SIBLINGS_LOOKED_AT or not isinstance(el.tag, str):
            break
        first = next((_text(h) for h in el.iter("h2", "h3", "h4", "strong", "span", "div") if _text(h)), "")
        if marker(first) in _BOILERPLATE_MARKERS or is_kind(el, "dateline"):
            break  # the site's furniture starts: nothing under it is the story's
        if el.tag in ("ul", "ol", "div", "section") and _a_list_of_links(el) and not _too_big_for_a_box(el):
            found.append(el)
    return found


def _take_captions(root: Any) -> set[str]:
    """Captioned figures become paragraphs in place; bare images go."""
    captions: set[str] = set()
    title = _page_title(root)
    for fig in list(root.iter("figure")):
        cap = next(fig.iter("figcaption"), None)
        text = (_text(cap) if cap is not None else "") or _alt_caption(fig, title)
        if text:
            captions.add(text)
            _replace_with_paragraph(fig, text)
        else:
            _remove(fig)
    # <table class="image"><tr><td><img></td></tr><tr><td class="image_desc">…</td></tr></table>
    for table in list(root.iter("table")):
        if next(table.iter("img"), None) is None:
            continue
        cap = next((el for el in table.iter() if isinstance(el.tag, str) and is_kind(el, "caption")), None)
        text = (_text(cap) if cap is not None else "") or _alt_caption(table, title)
        if text:
            captions.add(text)
            _replace_with_paragraph(table, text)
    # <div class="photo"><img><p class="caption">…</p></div>
    for el in list(root.iter("p", "div", "span", "em")):
        if el.getparent() is None or not is_kind(el, "caption"):
            continue
        text = _text(el)
        if text and len(text) < 500:
            captions.add(text)
            _replace_with_paragraph(el, text)
    # <p><img></p><p><em>Caption. Ảnh: …</em></p>: the line under a photo, set in italics or
    # centred like it, is its caption
    for img in list(root.iter("img")):
        holder = _photo_holder(img)
        nxt = holder.getnext() if holder is not None and holder.getparent() is not None else None
        if nxt is None or nxt.tag not in ("p", "div") or (text := _text(nxt)) in captions:
            continue
        if text and len(text.split()) <= _MAX_UNDER_PHOTO_WORDS and _set_apart(nxt, holder):
            captions.add(text)
            _replace_with_paragraph(nxt, text)
    # <div type="Photo"><img alt="…"></div>, <p><img alt="…"></p>: a photo with no caption but
    # the words its alt or title give it
    for img in list(root.iter("img")):
        holder = _photo_holder(img)
        if holder is None or holder.getparent() is None:
            continue
        if any(x is not None and _text(x) in captions for x in (holder.getprevious(), holder.getnext())):
            continue  # the photo's own caption stands beside it
        if text := _alt_caption(holder, title):
            captions.add(text)
            _replace_with_paragraph(holder, text)
    return captions


_MAX_UNDER_PHOTO_WORDS = 60
_CENTRED = re.compile(r"text-align\s*:\s*center", re.IGNORECASE)


def _photo_holder(img: Any) -> Any | None:
    """The block that holds a photo and no text (<p>, <div>, through <a> and <picture>)."""
    holder = img.getparent()
    while holder is not None and holder.tag in ("a", "picture", "span") and not _text(holder):
        holder = holder.getparent()
    if holder is None or _text(holder) or holder.tag in ("body", "html", "article", "main"):
        return None
    return holder


def _set_apart(el: Any, photo: Any) -> bool:
    """All of the line in italics, or centred as the photo above it is."""
    text = _text(el)
    italic = " ".join(
        _text(i) for i in el.iter("em", "i") if not any(a.tag in ("em", "i") for a in i.iterancestors())
    )
    if italic and re.sub(r"\s+", "", italic) == re.sub(r"\s+", "", text):
        return True
    return bool(_CENTRED.search(el.get("style") or "")) and bool(_CENTRED.search(photo.get("style") or ""))


def _page_title(root: Any) -> str:
    h1 = next((_text(h) for h in root.iter("h1") if _text(h)), "")
    return h1 or next((_text(t) for t in root.iter("title")), "")


def _alt_caption(el: Any, title: str) -> str:
    """The alt or title of the one image in `el`, when it describes the photo in words (not a
    file name, not the story's title)."""
    imgs = list(el.iter("img"))
    if len(imgs) != 1:
        return ""
    for value in (imgs[0].get("alt"), imgs[0].get("title")):
        text = " ".join((value or "").split())
        if (
            len(text.split()) >= _MIN_ALT_WORDS
            and text not in title
            and not re.search(r"\.(?:jpe?g|png|gif|webp)\b", text, re.I)
        ):
            return text
    return ""


def _mark_sapo(root: Any) -> str | None:
    """The lead (sapo) is often an <h2>: make it a paragraph so it is not taken for a heading."""
    for el in root.iter():
        if isinstance(el.tag, str) and is_kind(el, "sapo"):
            text = _text(el)
            if len(text.split()) >= 6:
                _replace_with_paragraph(el, text)
                return text
    # No name says so: an <h2> sentence right under the title, or the story's first paragraph
    # set all in bold, is the lead
    h1 = next(root.iter("h1"), None)
    nxt = h1.getnext() if h1 is not None else None
    if nxt is not None and nxt.tag == "h2" and _a_lead(_text(nxt)):
        text = _text(nxt)
        _replace_with_paragraph(nxt, text)
        return text
    story = _story_block(root)
    first = next((p for p in story.iter("p") if _text(p)), None) if story is not None else None
    if first is not None and _a_lead(_text(first)):
        bold = " ".join(_text(b) for b in first.iter("strong", "b") if b.getparent() is first)
        if re.sub(r"\s+", "", bold) == re.sub(r"\s+", "", _text(first)):
            return _text(first)
    return None


_MIN_LEAD_WORDS = 12


def _a_lead(text: str) -> bool:
    """A sentence long enough to be a lead, ending as one does."""
    return len(text.split()) >= _MIN_LEAD_WORDS and text.rstrip("”\"' ").endswith((".", "!", "?", "…"))


def _lines_of(el: Any) -> list[str]:
    """One line per paragraph; <lb/> inside a paragraph also breaks the line."""
    parts = [el.text or ""]
    for child in el.iterdescendants():
        if child.tag == "lb":
            parts.append("\n")
        else:
            parts.append(child.text or "")
        parts.append(child.tail or "")
    return [" ".join(line.split()) for line in "".join(parts).split("\n") if line.strip()]


def _body_lines(body: Any, title: str) -> tuple[list[str], set[str]]:
    lines: list[str] = []
    headings: set[str] = set()
    for el in body:
        tag = el.tag
        if tag == "head":
            text = _text(el)
            if not text or text == title:
                continue
            words = text.split()
            if len(words) <= MAX_HEADING_WORDS and not text.endswith((".", "?", "!", ";", ",", ":")):
                headings.add(text)
            lines.append(text)
        elif tag == "list":
            lines += [_text(item) for item in el.iter("item") if _text(item)]
        elif tag == "table":
            for row in el.iter("row"):
                cells = [_text(c) for c in row.iter("cell")]
                if any(cells):
                    lines.append(" | ".join(cells))
        elif tag == "graphic":
            continue
        else:
            lines += _lines_of(el)
    return [ln for ln in lines if ln != title], headings


def _clean_tree(root: Any) -> None:
    """Entities (&#27;) bring back what decoding cleaned; lxml and trafilatura refuse control
    characters, and the reader must never show an escape sequence: clean every text node."""
    from tui.reading.load import clean

    for el in root.iter():
        if el.text:
            el.text = clean(el.text)
        if el.tail:
            el.tail = clean(el.tail)
        for key, value in el.attrib.items():
            if not value.isprintable():
                el.set(key, clean(value))


def _fallback_lines(root: Any, title: str) -> tuple[list[str], set[str]]:
    """When trafilatura finds no article (a very short page): the paragraphs and headings outside
    the page's header, menus, sidebars and footer."""
    for el in list(root.iter("header", "nav", "aside", "footer")):
        if el.getparent() is not None and not any(True for _ in el.iter("h1")):
            _remove(el)
    lines: list[str] = []
    headings: set[str] = set()
    for el in root.iter("p", "h2", "h3", "h4", "blockquote"):
        text = _text(el)
        if not text or text == title or any(a.tag == "p" for a in el.iterancestors()):
            continue
        if el.tag.startswith("h") and len(text.split()) <= MAX_HEADING_WORDS:
            headings.add(text)
        lines.append(text)
    return lines, headings


def extract(markup: str, name: str) -> Page:
    """The article of a web page as the genre's text with heading and caption hints."""
    import trafilatura
    from lxml import etree
    from lxml import html as lhtml

    try:
        parser = lhtml.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
        root = lhtml.document_fromstring(markup.encode("utf-8", "surrogatepass"), parser=parser)
    except (etree.ParserError, ValueError) as e:
        raise ReadError(name, "not a readable web page") from e
    _clean_tree(root)
    h1 = next((_text(h) for h in root.iter("h1") if _text(h)), "")
    # Read before anything is taken out of the page; trafilatura's date is not used: with no
    # date in the markup it takes one from a year in the text ("năm 2019" → 2019-01-01).
    date, author = page_date(root), page_author(root)

    _drop_ads(root)
    related = _take_related(root)
    captions = _take_captions(root)
    sapo = _mark_sapo(root)

    doc = trafilatura.bare_extraction(
        root,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_formatting=False,
        include_links=False,
    )
    meta: dict[str, str] = {}
    title = h1
    lines: list[str] = []
    headings: set[str] = set()
    if doc is not None:
        title = " ".join((doc.title or "").split()) or h1
        for key, value in (
            ("date", date),
            ("author", author or person_name(doc.author or "")),
            ("site", doc.sitename),
            ("url", doc.url),
        ):
            if value:
                meta[key] = " ".join(str(value).split())
        if doc.body is not None:
            lines, headings = _body_lines(doc.body, title)
    for key, value in (("date", date), ("author", author)):
        if value:
            meta.setdefault(key, " ".join(value.split()))
    if not lines:
        lines, headings = _fallback_lines(root, title)
    if not lines:
        raise ReadError(name, "no article text found in the web page")

    if sapo and sapo not in lines:
        lines.insert(0, sapo)  # trafilatura leaves out a lead that sits outside the body's block
    site = meta.get("site")
    if sapo and site:
        from tui.reading.parse import source_tag

        if source_tag(sapo) is None:
            # The genre tags its lead with the paper's name, "(Baonghean.vn) - …"; a page that
            # shows the paper in its header gives the lead the same tag, so the lead is one.
            i = lines.index(sapo)
            lines[i] = f"({site}) - {sapo}"
    out = [title or lines.pop(0), *lines]
    if related:
        out.append(RELATED_HEADING)
        for headline, lead in related:
            out.append(headline)
            if lead:
                out.append(lead)
    kept_captions = {c for c in captions if c in lines}
    # Entities (&#27;) can bring back what decoding cleaned: clean each line again, one line each.
    text = "\n\n".join(_one_line(ln) for ln in out) + "\n"
    return Page(
        text,
        frozenset(_one_line(h) for h in headings - kept_captions),
        frozenset(_one_line(c) for c in kept_captions),
        {k: _one_line(v) for k, v in meta.items()},
    )


def _one_line(text: str) -> str:
    from tui.reading.load import clean

    return " ".join(clean(text).split())
