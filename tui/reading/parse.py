"""Text → Article for Vietnamese news reports (title, tagged lead, ALL-CAPS headings, photo
captions, a "Tin liên quan" block, site boilerplate).

Every line of the text is one block: newspapers' plain-text exports put each paragraph on its
own line, and a caption may sit on the line right under a paragraph with no blank between.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from tui.reading.captions import ends_like_a_caption_block, find_captions, someone_doing
from tui.reading.captions import shows_a_caption as caption_evidence
from tui.reading.model import (
    Article,
    Block,
    Caption,
    Paragraph,
    RelatedItem,
    Section,
    Sentence,
    SentenceKind,
    Span,
)
from tui.reading.roles import article_year, classify_role
from tui.reading.sentences import split_sentences

# "(Baonghean.vn) - ", "(Dân trí) – ", "TTO - ", "VOV.VN - ": the paper's tag before the lead.
# A bare tag looks like a paper: an acronym ("TTO", "QNO", "BĐ", "GLO") or a domain ("VOV.VN",
# "Baonghean.vn"), never a dateline's place ("TP.HCM - ", "TP. Vinh - ", "TX. Cửa Lò - ").
_SOURCE_TAG = re.compile(
    r"^(?:\((?P<paren>[^()\n]{2,40})\)"
    r"|(?P<bare>[A-ZĐ][A-ZĐ0-9]{1,5}|[A-ZĐ][A-Za-zĐđ0-9]{1,30}\.(?i:com\.vn|gov\.vn|org\.vn|vn|com|net|org)))"
    r"\s*[-–—]\s*"
)
# "ĐắkLắk - Ngày 20/12, …", "HÀ TĨNH – Sáng nay, …": a place, then the lead, which opens with
# when it happened (so that no name followed by a role, "Nguyễn Văn A - Chủ tịch …", is read so).
_PLACE_DATELINE = re.compile(
    r"^(?P<place>(?:TP\.\s?|TX\.\s?)?[A-ZĐ][^\W\d_]*(?:\s[A-ZĐ][^\W\d_]*){0,3})\s*[-–—]\s*"
    r"(?=(?:Ngày|Sáng|Trưa|Chiều|Tối|Đêm|Hôm|Từ ngày|Trong|Vừa qua|Mới đây|Chiều nay|Sáng nay)\b)"
)
# "… phát biểu. Ảnh: Thành Duy", "(Ảnh: Thành Duy)", "Ảnh minh họa: Internet": a photo credit ends the line.
# A credit may be written with initials: "Ảnh: N.Đ.T", "Ảnh: H.Gia", "Ảnh: T. Lợi".
_CAPTION = re.compile(
    r"(?:^|(?<=[\s.!?…”\"')]))\(?(?:ảnh|ẢNH|Ảnh)(?: [^\W\d_]+){0,3}\s*:\s*"
    r"(?P<credit>(?:[^\n:;.!?()]|\.(?=\s?[^\W\d_])){1,60}?)\s*\)?\s*\.?\s*$"
)
_SCENE = re.compile(r"(?:quang|toàn) cảnh\b[^.!?]*\.?$", re.IGNORECASE)
# Each dot in a credit closes an initial: one or two letters, the first a capital.
_INITIAL = re.compile(r"(?:^|(?<=[\s.]))[^\W\d_][^\W\d_]?$")
_LOWER_CREDITS = {"tư liệu", "internet", "minh họa", "minh hoạ", "sưu tầm", "st", "nguồn internet"}
# "Ảnh tư liệu", "(Ảnh minh họa)": a credit with no colon, for a photo from an archive.
_BARE_CREDIT = re.compile(
    r"^\(?(?:ảnh|Ảnh|ẢNH)\s+(?P<credit>tư liệu|minh họa|minh hoạ|internet|sưu tầm)\)?\.?$", re.IGNORECASE
)
RELATED_MARKERS = {
    "tin liên quan",
    "bài liên quan",
    "tin bài liên quan",
    "bài viết liên quan",
    "xem thêm",
    "đọc thêm",
}
_BOILERPLATE_MARKERS = {
    "các tin khác",
    "tin khác",
    "tin cùng chuyên mục",
    "tin mới nhất",
    "tin mới",
    "tin đọc nhiều",
    "bình luận",
    "ý kiến bạn đọc",
    "gửi bình luận",
    "từ khóa",
    "từ khoá",
    "có thể bạn quan tâm",
    "tin khác cùng chuyên mục",
    "tin đã đưa",
    "các tin đã đưa",
    "tin mới hơn",
    "tin cũ hơn",
    "xem nhiều",
    "đọc nhiều",
    "gửi ý kiến",
    "ý kiến của bạn",
    "chia sẻ",
    "chia sẻ bài viết",
    "in bài viết",
    "tags",
    "tag",
}
MAX_HEADING_WORDS = 25
MAX_PLAIN_HEADING_WORDS = 16  # in sentence case, where only its place tells a heading


@dataclass(frozen=True, slots=True)
class _Line:
    text: str
    start: int
    end: int


def _lines(text: str) -> Iterator[_Line]:
    """Non-blank lines with their spans, trimmed of surrounding whitespace."""
    for m in re.finditer(r"[^\n]+", text):
        raw = m.group()
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            start = m.start() + lead
            yield _Line(stripped, start, start + len(stripped))


def marker(line: str) -> str:
    """A line as a block marker: "Tin liên quan:", "Bình luận (0)", "Tin, bài liên quan" →
    "tin liên quan", "bình luận", "tin bài liên quan"."""
    words = _COUNT.sub("", line.strip()).rstrip(":").replace(",", " ").split()
    return " ".join(words).casefold()


_COUNT = re.compile(r"\s*\(\s*\d+\s*\)$")
# The page's keywords under the report: "Tags: UBND tỉnh, thu ngân sách", "Từ khóa: …".
_KEYWORDS = re.compile(r"^(?:tags?|từ kh(?:óa|oá))\s*:", re.IGNORECASE)
# The comment form's instructions: prose, but the site's, not the report's.
_FORM_TEXT = re.compile(r"tiếng việt có dấu|biên tập trước khi đăng|email của bạn", re.IGNORECASE)
# A dateline: a date or a time with only the words that go with them ("Thứ Năm, 14/03/2024 -
# 10:32", "Cập nhật lúc 08:45, 09/07/2024", "ngày 12 tháng 3 năm 2024"): when the page was
# published, not part of the report.
_DATE = re.compile(
    r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\s*[:h]\s*\d{2}\b"
    r"|\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?",
    re.IGNORECASE,
)
_DATELINE_WORDS = frozenset(
    re.findall(
        r"\S+",
        """thứ hai ba tư năm sáu bảy chủ nhật cn t cập nhật lúc đăng ngày tháng giờ gmt utc sáng trưa
        chiều tối xuất bản lần cuối sửa am pm""",
    )
)
_MAX_BYLINE_WORDS = 4
_TEXT_AND_PHOTOS = re.compile(
    r"(?:bài|tin|bài viết)\s*(?:,|và|&)\s*ảnh\s*:\s*(?P<name>[^\W\d_][^:;!?()]{1,40}?)\.?$", re.IGNORECASE
)


def is_dateline(line: str) -> bool:
    """A line that gives only when the article was published."""
    if len(line) > 80 or not _DATE.search(line):
        return False
    words = re.findall(r"[^\W\d_]+", _DATE.sub(" ", line).casefold())
    return all(w in _DATELINE_WORDS for w in words)


def _signed_dateline(line: str) -> tuple[str, str] | None:
    """(author, date) of a line that gives both: "Thanh Lê - 15/05/2024 16:05"."""
    for m in re.finditer(r"\s[-–—|]\s", line):
        author, date = line[: m.start()].strip(), line[m.end() :].strip()
        if is_byline(author) and is_dateline(date):
            return author, date
    return None


def is_byline(line: str) -> bool:
    """The author's signature closing the report: "Thu Hà", "HOÀNG QUÂN", "Minh Khôi - Quốc Hưng",
    "Nhóm PV", "Theo TTXVN", "Thu Hà (tổng hợp)": names only, each word capitalised."""
    text = re.sub(r"\s*\([^()]{1,30}\)$", "", line.strip())
    text = re.sub(r"^Theo\s+", "", text)
    if not text or len(text) > 60 or any(c.isdigit() for c in text):
        return False
    if text.endswith((".", "!", "?", ":", ";", ",")):
        return False
    for part in re.split(r"\s*(?:\s[-–—]\s|[,/&]|\svà\s)\s*", text):
        words = part.split()
        if not 1 <= len(words) <= _MAX_BYLINE_WORDS:
            return False
        if not all(re.fullmatch(r"[^\W\d_][^\W\d_.'’]*\.?", w) and w[0].isupper() for w in words):
            return False
    return True


def is_heading(line: str) -> bool:
    """ALL-CAPS, short, with no final full stop (a question is a heading: "VÌ SAO CÒN CHẬM?")."""
    # the cheap tests first: most lines are sentences of the story
    if line.rstrip().endswith((".", ":", ";", ",")):
        return False
    if sum(map(str.islower, line)) > 0.1 * len(line):
        return False  # more than a tenth of its letters in lower case, whatever the rest
    words = [w for w in line.split() if any(c.isalpha() for c in w)]
    if len(words) < 2 or len(words) > MAX_HEADING_WORDS:
        return False
    letters = [c for c in line if c.isalpha()]
    if len(letters) < 3:
        return False
    return sum(c.isupper() for c in letters) / len(letters) >= 0.9


def _prose(line: str) -> bool:
    return line.rstrip("”\"') ").endswith((".", "!", "?", "…", ";", ":"))


# "Theo báo Tin Tức", "Nguồn: TTXVN": where the report comes from, under it, never a heading.
_SOURCE_LINE = re.compile(r"^(?:Theo|Nguồn\s*:)\s")
# A heading's number: "1. ", "2) ", "IV. ", "a) ".
_NUMBERING = re.compile(r"^(?:\d{1,2}|[IVX]{1,4}|[a-zđ])[.)]\s+")
# Words of a photo caption that lost its credit and full stop, never of a sub-heading.
_CAPTION_WORDS = re.compile(r"(?<!\w)(?:đồng chí|ông|bà(?! con)|phát biểu|ảnh)(?!\w)", re.IGNORECASE)


def _plain_heading(body: list[_Line], k: int) -> bool:
    """A sub-heading set in sentence case (bold on the page, a bare line in the text): short, no
    final punctuation, between two paragraphs, the one after it longer ("Nhiều thôn bản đổi thay")."""
    line = _NUMBERING.sub("", body[k].text)  # "1. Kết quả nổi bật", "II. Nhiệm vụ năm 2025"
    words = line.split()
    if not 2 <= len(words) <= MAX_PLAIN_HEADING_WORDS or not line[:1].isupper() or not 0 < k < len(body) - 1:
        return False
    # A question may head what answers it ("Vì sao giải ngân chậm?"); other punctuation is prose's.
    if (_prose(line) and not line.endswith("?")) or line.endswith(",") or ":" in line:
        return False
    if re.search(r"\s[-–—]\s", line):
        return False
    if caption_credit(line)[0] or is_dateline(line) or is_byline(line) or _CAPTION_WORDS.search(line):
        return False
    if _SOURCE_LINE.match(line) or someone_doing(line):
        return False  # a source; someone doing something is a caption's shape
    before, after = body[k - 1].text, body[k + 1].text
    if not (_prose(before) or caption_credit(before)[0]):
        return False
    return _prose(after) and not caption_credit(after)[0] and len(after.split()) > len(words)


def caption_credit(line: str) -> tuple[bool, str | None]:
    """Is the line a photo caption, and whose credit does it carry?"""
    if bare := _BARE_CREDIT.match(line):
        return True, bare.group("credit")
    m = _CAPTION.search(line)
    if not m:
        # "Quang cảnh hội nghị.": the genre's scene shot, captioned even when the credit is
        # given once for the whole article ("Bài và ảnh: …")
        return _SCENE.match(line) is not None and len(line.split()) <= 15, None
    credit = m.group("credit").strip(" -–—/")
    # A credit names someone (or an archive): "Ảnh: là nghề vất vả" is prose, not a credit.
    if not credit or len(credit.split()) > 6:
        return False, None
    chunks = credit.split(".")
    if any(not (_INITIAL.search(c) and c.strip()[:1].isupper()) for c in chunks[:-1]):
        return False, None  # "Ảnh: Thành Duy. Sau đó …": a sentence, not initials
    if not (credit[0].isupper() or credit[0].isdigit() or credit.casefold() in _LOWER_CREDITS):
        return False, None
    return True, credit


def _credit_only(line: str) -> bool:
    """A line that is nothing but a photo credit: "Ảnh: Thu Chung", "(Ảnh: T.Ng)", "Ảnh tư liệu"."""
    m = _CAPTION.search(line)
    return (m is not None and m.start() == 0) or _BARE_CREDIT.match(line) is not None


MAX_CAPTION_WORDS = 45


def _uncredited_caption(block: Block) -> bool:
    """Could this block be the text of a caption whose credit follows on its own line? A caption
    without its credit, or a paragraph as short as a caption (one or two sentences)."""
    if isinstance(block, Caption):
        return block.credit is None
    return (
        isinstance(block, Paragraph)
        and len(block.sentence_ids) <= 2
        and len(block.text.split()) <= MAX_CAPTION_WORDS
        and not _QUOTATION.search(block.text)  # a quotation is the story's
    )


# Four words or more in quotes: someone's words, which captions do not give.
# A quotation's start or end alone: it runs over several lines.
_QUOTATION = re.compile(r"[“\"]\s*\S+(?:\s+\S+){3,}?\s*[”\"]|[“\"][^”\"]{20,}$|^[^“\"]{20,}[”\"]\W*$")


def source_tag(line: str) -> tuple[str, int] | None:
    """(source, length of the tag) when the line opens with a paper's tag."""
    m = _SOURCE_TAG.match(line)
    if not m:
        return None
    return (m.group("paren") or m.group("bare")).strip(), m.end()


_ONE_LINE_FURNITURE = {"chia sẻ", "chia sẻ bài viết", "in bài viết", "tags", "tag", "từ khóa", "từ khoá"}


def _one_line_furniture(line: str) -> bool:
    """The page's keywords or share buttons: a line of their own, not a list under a marker."""
    return marker(line) in _ONE_LINE_FURNITURE or _KEYWORDS.match(line) is not None


def _site_follows(lines: list[_Line], i: int) -> bool:
    """Is the marker at `i` the start of the site's furniture: after the related block, or
    followed by nothing or by lists of links (short lines, no paragraphs of prose)?"""
    if any(marker(ln.text) in RELATED_MARKERS for ln in lines[:i]):
        return True
    after = lines[i + 1 :]
    prose = sum(
        1 for ln in after if _prose(ln.text) and len(ln.text.split()) > 12 and not _FORM_TEXT.search(ln.text)
    )
    return prose * 2 <= len(after) - prose


class _Builder:
    """Collects sentences in text order so their ids follow the article."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.sentences: list[Sentence] = []

    def add(self, start: int, end: int, kind: SentenceKind, section: int | None) -> tuple[int, ...]:
        ids = []
        for s, e in split_sentences(self.text, start, end):
            sid = len(self.sentences)
            self.sentences.append(Sentence(sid, s, e, self.text[s:e], kind, section))
            ids.append(sid)
        return tuple(ids)

    def rekind(self, ids: tuple[int, ...], kind: SentenceKind) -> None:
        for sid in ids:
            self.sentences[sid] = replace(self.sentences[sid], kind=kind)


# A link to another story inside the text: "Xem thêm: HEADLINE", "Tin liên quan: > > > HEADLINE",
# "> > HEADLINE" (the arrows papers draw before a link).
_SEE_ALSO = re.compile(
    r"^(?:(?i:xem thêm|đọc thêm|tin liên quan|bài liên quan)\s*:\s*(?:>\s*)*|(?:>\s*){2,}|»\s*)"
    r"(?P<title>[^\W\d_]\S*(?:\s+\S+){2,30})$"
)
# A related headline's bullet and date: "- Tuổi trẻ Yên Bái ra quân (02/03/2024)".
_RELATED_DECOR = re.compile(r"^[-–•·*+>]\s+|\s*\(\s*\d{1,2}/\d{1,2}/\d{2,4}\s*\)$")


def _related_items(lines: list[_Line], b: _Builder, section: int) -> list[RelatedItem]:
    """Title (repeated on the next line by the page: keep one) followed by its lead."""
    groups: list[list[_Line]] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        repeated = i + 1 < len(lines) and lines[i + 1].text == line.text
        new_item = repeated or not groups or len(groups[-1]) > 1
        glued = _glued_lead(line.text) is not None
        if new_item or glued or (source_tag(line.text) is None and _looks_like_title(line)):
            groups.append([line])
            i += 2 if repeated else 1
            continue
        groups[-1].append(line)
        i += 1
    items = []
    for g in groups:
        title, rest = g[0], g[1:]
        headline = _RELATED_DECOR.sub("", title.text) or title.text
        if (at := _glued_lead(headline)) is not None:
            headline = headline[:at].strip()  # the headline without the lead glued to it
        ids = b.add(title.start, title.end, "related", section)
        for ln in rest:
            ids += b.add(ln.start, ln.end, "related", section)
        lead = " ".join(ln.text for ln in rest)
        items.append(RelatedItem(headline, lead, title.start, g[-1].end, ids))
    return items


MAX_UNMARKED_RELATED = 12
BOX_LOOKAHEAD = 30  # lines
MIN_HEADLINE_WORDS = 5  # fewer: a name, a source ("Theo TTXVN"), a credit


def _box_end(lines: list[_Line]) -> int | None:
    """How many headlines a related box in the middle of the report holds, or None when the
    related news runs to the end: a box is headlines alone, and the report's own blocks (a photo
    caption, a heading, the author's signature) come after it."""
    k = 0
    while k < len(lines) and _looks_like_title(lines[k]) and not _prose(lines[k].text):
        k += 1
    after = lines[k:]
    if k == 0 or not after:
        return None
    near = after[:BOX_LOOKAHEAD]  # the report resumes at once under a box (and the scan stays short)
    if any(source_tag(ln.text) for ln in near):
        return None  # a related story's lead ("(Baonghean.vn) - …"): the block runs to the end
    report = any(caption_credit(ln.text)[1] or is_heading(ln.text) for ln in near)
    return k if report or is_byline(after[-1].text) else None


def _unmarked_related(body: list[_Line]) -> int | None:
    """Where the page's related headlines start when no "Tin liên quan" names them: headlines
    alone (no prose) under the author's signature, which closes the report."""
    first = len(body)  # the first headline, once found
    while first > 2 and len(body) - first < MAX_UNMARKED_RELATED:
        line = body[first - 1]
        if _prose(line.text) or not _looks_like_title(line) or len(line.text.split()) < MIN_HEADLINE_WORDS:
            return None
        if caption_credit(line.text)[0]:
            return None
        first -= 1
        if is_byline(body[first - 1].text):
            return first
    return None


def _trailing_see_also(lines: list[_Line]) -> list[_Line]:
    """The "Xem thêm: …" lines at the end of the text (a signature may stand among them)."""
    found: list[_Line] = []
    for ln in reversed(lines):
        if _SEE_ALSO.match(ln.text):
            found.append(ln)
        elif not is_byline(ln.text):
            break
    return found[::-1]


# "… vắng mặt TTO - Trái với …": a headline and the other story's tagged lead on one line.
_GLUED_TAG = re.compile(r"(?<=[^\W_])\s+(?=(?:[A-ZĐ][A-ZĐ0-9]{1,5}|\([^()\n]{2,40}\))\s*[-–—]\s)")
MIN_TAGGED_LEADS = 2
# A paper named in brackets: a domain, "Báo …", or an acronym ("(Baonghean.vn)", "(Báo Nghệ An)", "(BHG)").
_PAPER = re.compile(
    r"(?i:\.(?:vn|com|net|org)\b|^(?:báo|tạp chí|đài)\s"
    r"|^(?:dân trí|dân việt|tuổi trẻ|thanh niên|lao động|nhân dân|tiền phong|vietnamplus)$)"
    r"|^[A-ZĐ][A-ZĐ0-9.]{1,8}$"
)


def _glued_lead(line: str) -> int | None:
    """Where another story's tagged lead starts inside a line that opens with its headline."""
    if caption_credit(line)[0]:
        return None  # "… đồi A1 - Ảnh: NGUYỄN KHÁNH": a photo's credit
    for m in _GLUED_TAG.finditer(line):
        rest = line[m.end() :]
        tag = source_tag(rest)
        if tag and rest.startswith("(") and not _PAPER.search(tag[0]):
            continue  # "(hoặc Hậu Giang, Hồng Bàng) - Cao Văn Lầu": an aside, not a paper
        # "TTO - Trái với …" opens a sentence; "đại diện VKS - giữ quyền …", "bộ GT - VT" do not
        opens = rest[tag[1] : tag[1] + 2] if tag else ""
        headline = len(line[: m.start()].split()) >= MIN_HEADLINE_WORDS
        if headline and opens[:1].isupper() and opens[1:].islower():
            return m.end()
    return None


def _tagged_related_tail(body: list[_Line]) -> int | None:
    """Where other stories' headlines and tagged leads ("TTO - …", "(Baonghean.vn) - …") close
    the text with no "Tin liên quan" over them: from the headline above the first tagged lead."""
    tail = body[-MAX_UNMARKED_RELATED:]
    first = next(
        (i for i, ln in enumerate(tail) if source_tag(ln.text) or _glued_lead(ln.text) is not None), None
    )
    if first is None:
        return None
    tagged = sum(1 for ln in tail[first:] if source_tag(ln.text) or _glued_lead(ln.text) is not None)
    if tagged < MIN_TAGGED_LEADS:
        return None
    at = len(body) - len(tail) + first
    if first > 0 and _looks_like_title(tail[first - 1]) and source_tag(tail[first].text):
        at -= 1  # the headline over the first lead
    return at if at >= 2 else None


def _one_sentence(line: str) -> bool:
    """One sentence ending with a full stop, no longer than a caption."""
    return line.endswith(".") and len(split_sentences(line, 0, len(line))) == 1 and len(line.split()) <= 40


MAX_SIGNATURE_CAPTIONS = 15
_MAX_CAPS_SIGNATURE_WORDS = 3  # "HOÀNG QUÂN", "NGUYỄN THỊ LAN"


def _captions_under_signature(body: list[_Line]) -> list[_Line]:
    """The photo captions under the author's signature ("Thu Hà", then "Đồng chí … phát biểu
    tại buổi làm việc." a line each), or none."""
    for j in range(len(body) - 2, max(0, len(body) - 2 - MAX_SIGNATURE_CAPTIONS), -1):
        sig = body[j].text
        if is_byline(sig) and not caption_credit(sig)[0]:
            tail = [ln.text for ln in body[j + 1 :]]
            if j == 0 or (is_heading(sig) and len(sig.split()) > _MAX_CAPS_SIGNATURE_WORDS):
                return []  # "PHONG CẢNH XỨ NGHỆ": a heading in capitals, not a name
            if len(tail) == 1 and not (caption_evidence(tail[0]) or _one_sentence(tail[0])):
                return []  # one line under a name: a caption's cues, or one sentence alone
            return body[j + 1 :] if ends_like_a_caption_block(tail) else []
    return []


def _uncredited_captions(
    text: str, body: list[_Line], byline: _Line | None, heading_lines: frozenset[str], *, no_lead: bool
) -> set[_Line]:
    """The body's captions that carry no credit, found by `captions.find_captions` among the
    lines that are not the signature or a heading in capitals or from the page's markup."""
    lines = [
        ln for ln in body if ln is not byline and not is_heading(ln.text) and ln.text not in heading_lines
    ]
    # a blank line before a line: two line ends between it and the one above
    gaps = [i > 0 and text.count("\n", lines[i - 1].end, ln.start) >= 2 for i, ln in enumerate(lines)]
    return {lines[i] for i in find_captions([ln.text for ln in lines], gaps, no_lead=no_lead)}


def _looks_like_title(line: _Line) -> bool:
    # Headlines are short and carry no final full stop (a question may be one); leads are sentences.
    words = len(line.text.split())
    if line.text.endswith(("?", "!")):
        return words <= 20
    return words <= 30 and not line.text.endswith((".", "…"))


def _in_text_order(
    sentences: list[Sentence], sections: list[Section]
) -> tuple[tuple[Sentence, ...], tuple[Section, ...]]:
    """Number sentences by their place in the text (a lead found below a dateline line is
    collected before the line above it), and point the blocks at the new ids."""
    ordered = sorted(sentences, key=lambda s: s.start)
    if all(s.id == i for i, s in enumerate(ordered)):
        return tuple(sentences), tuple(sections)
    new_id = {s.id: i for i, s in enumerate(ordered)}
    renumbered = tuple(replace(s, id=i) for i, s in enumerate(ordered))
    fixed = tuple(
        replace(
            sec,
            blocks=tuple(
                replace(b, sentence_ids=tuple(new_id[i] for i in b.sentence_ids)) for b in sec.blocks
            ),
        )
        for sec in sections
    )
    return renumbered, fixed


def parse(
    text: str,
    path: str | None = None,
    *,
    heading_lines: frozenset[str] = frozenset(),
    caption_lines: frozenset[str] = frozenset(),
    meta: dict[str, str] | None = None,
) -> Article:
    """Parse plain text of the genre. Sources that know more than the text shows (a saved web
    page's <h2> and <figcaption>) pass those lines as `heading_lines` and `caption_lines`."""
    lines = list(_lines(text))
    # Site boilerplate ("Các tin khác" and the lists after it) is not part of the article:
    # the article's text ends before it, so no span, search or copy can reach it.
    # A marker's words in the middle of the report ("Bình luận" as a one-word paragraph) are
    # the report's: the text is kept unless what follows is the site's.
    furniture = []
    for i, ln in enumerate(lines[1:], start=1):
        if (marker(ln.text) in _BOILERPLATE_MARKERS or _KEYWORDS.match(ln.text)) and _site_follows(lines, i):
            related_below = any(marker(x.text) in RELATED_MARKERS for x in lines[i + 1 :])
            if related_below and _one_line_furniture(ln.text):
                furniture.append(ln)  # "Tags: …", "Chia sẻ" above the related news: that line alone
                continue
            text = text[: lines[i - 1].end] + "\n"
            lines = lines[:i]
            break
    lines = [ln for ln in lines if ln not in furniture]
    b = _Builder(text)
    if not lines:
        return Article(text=text, title="", source=None, lead="", sections=(), sentences=(), path=path)

    # A text that opens with the paper's tag has no title line: its first line is the lead.
    title_line = None if source_tag(lines[0].text) else lines[0]
    if title_line is not None:
        b.add(title_line.start, title_line.end, "title", None)
        rest = lines[1:]
    else:
        rest = lines

    article_meta = dict(meta or {})
    # Datelines sit between the title and the body: metadata, not prose.
    dated = []
    for ln in rest[:4]:
        if is_dateline(ln.text):
            article_meta.setdefault("date", ln.text)
            dated.append(ln)
        elif signed := _signed_dateline(ln.text):
            article_meta.setdefault("author", signed[0])
            article_meta.setdefault("date", signed[1])
            dated.append(ln)
    rest = [ln for ln in rest if ln not in dated]

    source, lead, lead_span = None, "", None
    for i, ln in enumerate(rest[:4]):
        # The lead comes before the body: a tagged line under a heading or in the related
        # block is another article's lead.
        if is_heading(ln.text) or ln.text in heading_lines or marker(ln.text) in RELATED_MARKERS:
            break
        tag = source_tag(ln.text)
        place = _PLACE_DATELINE.match(ln.text) if i == 0 and not tag else None
        if place:
            # "Đắk Lắk - Ngày 20/12, …": the lead under a dateline that names a place, not a paper.
            article_meta.setdefault("place", place.group("place"))
            tag = (None, place.end())
        if tag:
            source, taglen = tag
            lead_start = ln.start + taglen
            lead = text[lead_start : ln.end]
            lead_span = Span(lead_start, ln.end)
            b.add(lead_start, ln.end, "lead", None)
            rest = rest[:i] + rest[i + 1 :]
            break

    # The related news: boxes of headlines in the middle of the report (the report goes on under
    # them), then the block that ends it.
    related_heads: list[_Line] = []
    related_lines: list[_Line] = []
    # "Xem thêm: HEADLINE", ">> HEADLINE": links to other stories, each on a line of its own,
    # that close the report (above or under the signature).
    see_also = _trailing_see_also(rest)
    body = [ln for ln in rest if ln not in see_also]
    start = 0
    while (
        at := next((i for i in range(start, len(body)) if marker(body[i].text) in RELATED_MARKERS), None)
    ) is not None:
        related_heads.append(body[at])
        box = _box_end(body[at + 1 :])
        if box is None:
            body, related_lines = body[:at], related_lines + body[at + 1 :]
            break
        related_lines += body[at + 1 : at + 1 + box]
        body = body[:at] + body[at + 1 + box :]
        start = at
    if not related_heads and (cut := _unmarked_related(body) or _tagged_related_tail(body)) is not None:
        body, related_lines = body[:cut], body[cut:]
    # Photo captions may follow the signature, one a line: the signature is then the last line
    # before them.
    under_signature = _captions_under_signature(body)
    signed = body[: len(body) - len(under_signature)]
    # The author signs under the last paragraph: recorded as the author, and kept as a line of
    # the text (summarizers know a two-word line for what it is), never read as a heading when
    # written in capitals ("HOÀNG QUÂN").
    byline = None
    if len(signed) >= 3 and _credit_only(signed[-1].text) and is_byline(signed[-2].text):
        signed = signed[:-1]  # "Thu Hà" / "Ảnh: Minh Đức": the credit for the photos under the name
    if (
        len(signed) >= 2
        and signed[-1].text not in caption_lines
        and signed[-1].text not in heading_lines
        and is_byline(signed[-1].text)
        and not caption_credit(signed[-1].text)[0]
        and any(not is_heading(ln.text) and ln.text not in heading_lines for ln in signed[:-1])
    ):
        byline = signed[-1]
        article_meta.setdefault("author", byline.text)
    elif signed and (m := _TEXT_AND_PHOTOS.match(signed[-1].text)):
        article_meta.setdefault("author", m.group("name"))  # "Bài và ảnh: Thu Hà": a caption too
    uncredited = _uncredited_captions(text, body, byline, heading_lines, no_lead=lead_span is None)
    uncredited.update(under_signature)

    # Group body lines under headings; the part before the first heading is the opening.
    groups: list[tuple[_Line | None, list[_Line]]] = [(None, [])]
    for k, ln in enumerate(body):
        if ln.text in caption_lines or ln in uncredited:
            # a caption describes a photo, never heads a section
            groups[-1][1].append(ln)
        elif ln is not byline and (
            ln.text in heading_lines
            or (is_heading(ln.text) and not caption_credit(ln.text)[0])
            or (not heading_lines and _plain_heading(body, k))
        ):
            groups.append((ln, []))
        else:
            groups[-1][1].append(ln)
    if not groups[0][1]:
        groups.pop(0)

    signed_at = byline.start if byline is not None else -1  # a credit under it is no caption of it
    sections: list[Section] = []
    for heading, members in groups:
        index = len(sections)
        if heading is not None:
            b.add(heading.start, heading.end, "heading", index)
        blocks: list[Block] = []
        below: _Line | None = None  # a caption whose credit was written above it
        for k, ln in enumerate(members):
            if ln is below:
                continue
            is_caption, credit = caption_credit(ln.text)
            lone_credit = is_caption and credit is not None and _credit_only(ln.text)
            nxt = members[k + 1] if k + 1 < len(members) else None
            if lone_credit and nxt is not None and caption_credit(nxt.text) == (True, None):
                # "(Ảnh: Thanh Chi)" / "Toàn cảnh hội nghị.": the credit stands above its caption.
                below = nxt
                ids = b.add(ln.start, nxt.end, "caption", index)
                blocks.append(Caption(text[ln.start : nxt.end], ln.start, nxt.end, credit, ids))
            elif lone_credit and blocks and _uncredited_caption(blocks[-1]) and blocks[-1].start != signed_at:
                # "Chủ tịch UBND tỉnh kết luận phiên họp." / "Ảnh: Thu Chung": one caption whose
                # credit went to a line of its own.
                above = blocks.pop()
                b.rekind(above.sentence_ids, "caption")
                ids = above.sentence_ids + b.add(ln.start, ln.end, "caption", index)
                blocks.append(Caption(text[above.start : ln.end], above.start, ln.end, credit, ids))
            elif is_caption or ln.text in caption_lines or ln in uncredited:
                ids = b.add(ln.start, ln.end, "caption", index)
                blocks.append(Caption(ln.text, ln.start, ln.end, credit, ids))
            else:
                ids = b.add(ln.start, ln.end, "body", index)
                blocks.append(Paragraph(ln.text, ln.start, ln.end, ids))
        start = heading.start if heading else (members[0].start if members else 0)
        end = members[-1].end if members else (heading.end if heading else start)
        sections.append(Section(heading.text if heading else None, "other", tuple(blocks), start, end))

    if related_heads or related_lines or see_also:
        index = len(sections)
        for head in related_heads:
            b.add(head.start, head.end, "heading", index)
        items = _related_items(related_lines, b, index)
        for ln in see_also:
            m = _SEE_ALSO.match(ln.text)
            assert m is not None
            ids = b.add(ln.start, ln.end, "related", index)
            items.append(RelatedItem(m.group("title"), "", ln.start, ln.end, ids))
        items.sort(key=lambda it: it.start)
        first = min(related_heads + related_lines + see_also, key=lambda ln: ln.start)
        end = max(ln.end for ln in related_heads + related_lines + see_also)
        heading = related_heads[0].text.rstrip(":") if related_heads else None
        sections.append(Section(heading, "related", tuple(items), first.start, end))

    current_year = article_year(text, article_meta.get("date"))
    labelled = []
    for i, sec in enumerate(sections):
        if sec.role == "related":
            labelled.append(sec)
            continue
        if i == 0 and sec.heading is None:
            role = "opening"
        else:
            role = classify_role(sec.heading, [p.text for p in sec.paragraphs], current_year)
        labelled.append(Section(sec.heading, role, sec.blocks, sec.start, sec.end))

    sentences, labelled = _in_text_order(b.sentences, labelled)
    return Article(
        text=text,
        title=title_line.text if title_line else "",
        source=source,
        lead=lead,
        sections=labelled,
        sentences=sentences,
        path=path,
        title_span=Span(title_line.start, title_line.end) if title_line else None,
        lead_span=lead_span,
        meta=article_meta,
    )
