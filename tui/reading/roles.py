"""What a section of a report is about, read from its content rather than its heading's wording.

Reports of the genre review what was achieved, then set what is asked for the coming period.
The two kinds of prose have distinct cues: results are told in the past ("đã", "đạt được",
"kết quả", earlier years); directives in the imperative ("cần", "phải", "đề nghị", "yêu cầu",
"nhiệm vụ", the coming year).
"""

from __future__ import annotations

import re

from tui.reading.model import Role

# (pattern, weight). Patterns match whole words in lower-cased text.
_ACHIEVEMENT_CUES = [
    (r"đạt được", 2.0),
    (r"kết quả", 1.5),
    (r"thành tựu", 2.0),
    (r"hoàn thành", 1.0),
    (r"đã", 0.5),  # the past tense alone says little: a stray "đã" is no review
    (r"được thực hiện", 1.0),
    (r"vừa qua", 1.5),
    (r"năm qua", 1.5),
    (r"thời gian qua", 1.5),
    (r"cao hơn trước", 1.5),
    (r"so với cùng kỳ", 1.5),
    (r"tăng trưởng", 1.0),
    (r"tăng \d", 1.0),
    (r"đạt \d", 1.5),
    (r"vượt(?= \d| kế hoạch| dự toán| chỉ tiêu| mục tiêu)", 1.0),
    (r"hiệu quả", 0.5),
    (r"thành công", 1.0),
    (r"tích cực", 0.5),
    (r"ghi nhận", 1.0),
    (r"đánh giá cao", 1.0),
    (r"nổi bật", 1.0),
    (r"chuyển biến", 1.0),
]
_TASK_CUES = [
    (r"nhiệm vụ", 1.5),
    (r"đề nghị", 2.0),
    (r"yêu cầu", 2.0),
    (r"(?<!ân )cần(?! cù| mẫn| kiệm| câu)", 1.5),
    (r"phải", 1.5),
    (r"tiếp tục", 1.0),
    (r"thời gian tới", 2.0),
    (r"sắp tới", 2.0),
    (r"năm tới", 2.0),
    (r"phấn đấu", 2.0),
    (r"giải pháp", 1.0),
    (r"chỉ đạo", 1.0),
    (r"quán triệt", 1.5),
    (r"tập trung", 1.0),
    (r"khắc phục", 1.5),
    (r"tồn tại", 1.0),
    (r"hạn chế", 1.0),
    (r"triển khai", 0.5),
    (r"kế hoạch", 0.5),
    (r"chủ động", 1.0),
    (r"sẽ", 1.0),
    (r"đề ra", 1.0),
    (r"lưu ý", 1.5),
    (r"nhấn mạnh", 0.5),
]


# Speeches of greeting and thanks, gifts and visits: ceremony, neither a review nor a plan.
_CEREMONY_CUES = [
    (r"chào mừng", 2.0),
    (r"chúc", 1.5),
    (r"cảm ơn", 1.5),
    (r"tri ân", 1.5),
    (r"hoan nghênh", 1.5),
    (r"vui mừng", 1.5),
    (r"niềm vui", 1.0),
    (r"thăm hỏi", 1.5),
    (r"ân cần", 1.0),
    (r"xúc động", 1.5),
    (r"ấm lòng", 1.0),
    (r"ấm áp", 1.0),
    (r"tặng quà", 1.5),
    (r"gặp mặt", 1.0),
    (r"hội ngộ", 1.0),
]


# Questions and answers, voters' petitions: an exchange, neither a review nor a plan, though
# questions ask ("đề nghị", "yêu cầu") and answers tell what was done. Read in headings only.
_EXCHANGE_CUES = [
    (r"chất vấn", 2.0),
    (r"trả lời", 1.5),
    (r"giải trình", 1.5),
    (r"kiến nghị", 1.0),
    (r"cử tri", 1.0),
    (r"thắc mắc", 1.5),
    (r"băn khoăn", 1.0),
    (r"đặt câu hỏi", 2.0),
    (r"tiếp thu", 1.0),
    (r"làm rõ", 1.0),
]


def _compile(cues: list[tuple[str, float]]) -> tuple[re.Pattern[str], list[float]]:
    """One alternation for a whole cue list (one pass over the text instead of one a cue);
    the matching group's number gives the weight."""
    pattern = "|".join(f"({p})" for p, _ in cues)
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)"), [w for _, w in cues]


def _score(cues: tuple[re.Pattern[str], list[float]], text: str) -> float:
    pattern, weights = cues
    return sum(weights[m.lastindex - 1] for m in pattern.finditer(text) if m.lastindex)


_ACH = _compile(_ACHIEVEMENT_CUES)
_TASK = _compile(_TASK_CUES)
_CEREMONY = _compile(_CEREMONY_CUES)
_EXCHANGE = _compile(_EXCHANGE_CUES)
YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
# What comes before a target year, not the year the article reports: "đến năm 2030", "tầm nhìn
# 2045", the end of a period "giai đoạn 2021-2025" / "năm 2024 - 2025".
_TARGET_BEFORE = re.compile(
    r"(?:(?:đến|tới)\s+(?:năm\s+)?|tầm nhìn\s+(?:(?:đến|tới)\s+)?(?:năm\s+)?|\d{4}\s*[-–—/]\s*)$",
    re.IGNORECASE,
)
# Nor a year compared with: "gấp 1,5 lần năm 2019", "so với (cùng kỳ) năm 2019", "từ năm 2019".
_COMPARED_BEFORE = re.compile(r"(?:so với\s+(?:cùng kỳ\s+)?|lần\s+|từ\s+)(?:năm\s+)?$", re.IGNORECASE)
# A clear margin: a section that reads as much like a review as a plan is neither.
_MARGIN = 1.15
# Real reviews and plans pile up cues (5 and more in the genre, one "đề nghị" at the least); a
# stray "đã" in a speech of greeting is not evidence.
_MIN_EVIDENCE = 2.0


def article_year(text: str, date: str | None = None) -> int | None:
    """The year the article reports on: its date's year when it has one; else the year the text
    names most often (the latest of equals), leaving out targets ("phấn đấu đến năm 2030") and
    years compared with ("tăng 2 lần so với năm 2019")."""
    if date and (m := YEAR.search(date)):
        return int(m.group())
    counts: dict[int, int] = {}
    for m in YEAR.finditer(text):
        before = text[max(0, m.start() - 20) : m.start()]
        if not _TARGET_BEFORE.search(before) and not _COMPARED_BEFORE.search(before):
            counts[int(m.group())] = counts.get(int(m.group()), 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda y: (counts[y], y))


def cue_scores(text: str, current_year: int | None) -> tuple[float, float]:
    """(achievement score, task score) of a passage."""
    low = text.lower()
    ach = _score(_ACH, low)
    task = _score(_TASK, low)
    if current_year is not None:
        # An earlier year is a review's, a later one a plan's; the article's own year is named
        # by both ("kết quả năm 2024" in a mid-year report, "nhiệm vụ năm 2024" in January).
        for y in YEAR.findall(low):
            if int(y) < current_year:
                ach += 1.0
            elif int(y) > current_year:
                task += 1.0
    return ach, task


def classify_role(heading: str | None, paragraphs: list[str], current_year: int | None) -> Role:
    """`achievements`, `tasks` or `other` for a body section (the opening and related news are
    known from their place, not their content)."""
    text = "\n".join(([heading] if heading else []) + paragraphs)
    ach, task = cue_scores(text, current_year)
    if max(ach, task) < _MIN_EVIDENCE or _score(_CEREMONY, text.lower()) >= max(ach, task):
        return "other"
    # A heading that names an exchange says what the section is ("CHẤT VẤN VÀ TRẢ LỜI CHẤT VẤN");
    # in the body, its words also tell of reviews ("được cử tri ghi nhận") and plans.
    if heading and _score(_EXCHANGE, heading.lower()) >= _MIN_EVIDENCE:
        return "other"
    if ach >= task * _MARGIN:
        return "achievements"
    if task >= ach * _MARGIN:
        return "tasks"
    return "other"
