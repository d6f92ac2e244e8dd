"""The attendee reader's cue patterns, declared in one place as data.

Each row names a class of text, says what it emits and where it looks, and carries sentences of
its kind (one parametrised test reads every row's examples through `extract_people`). The reader
holds no phrase of these classes itself: it compiles the rows of a kind into one expression.

Kinds (what a row emits):

- ``event``: the sentence says who attended the event (its names are attendees on that ground);
- ``gathering``: a sentence that tells of a gathering at all (a meeting, a visit, a ceremony); a
  report with none has no attendees;
- ``chair``: the words that make the name(s) before or after them the chair (``sentence``); the
  rows read where that cue is found say whom it is said of: what may stand between the cue and the
  name(s) before it (``back``) or after it (``forward``), how chairs named together are joined
  (``link``), the cue said of several together (``co``), the "do" clause that makes "điều hành"
  the running of a gathering (``run by``), and the gathering a fronted cue names before its
  subject (``fronted``);
- ``speaker``: after a name said only as "ông"/"bà" …, the words that make them a speaker in the
  report, and so someone there;
- ``elsewhere``: a sentence that opens on another occasion ("Cùng ngày, …", "Trước đó, …"): from it
  to the end of its paragraph the report tells of another gathering, and a name said only there
  attended nothing of this one (someone named in the report's own event as well stays an attendee);
  ``clause`` rows, found anywhere in a sentence, say so of that sentence alone (a gathering to come);
  ``body`` rows open another occasion only after the report's opening paragraph (the trip's
  other stops); ``anew`` rows, after the opening, open one at a gathering named with who held it,
  of a kind the opening does not name;
- ``dated``: a time with its date; the first in the opening dates the report, and a later sentence
  dated to another day tells of another occasion (from its opening to the paragraph's end, or that
  sentence alone when the date comes later in it); ``not when`` rows, found before the date, make
  it what was said or the day a document was signed, not the sentence's day;
- ``told back``: a sentence opened at a gathering ("Tại buổi làm việc …") first named on another
  occasion is of that occasion, with the rest of its paragraph;
- ``owner``: "<gathering> do A chủ trì" names the gathering A chairs; when it is not the one the
  opening names, that chairing is no ground for A to be at the report's own (``before``; the chair
  cue after A is the ``chaired next`` row, the gathering's kind the ``kind`` row);
- ``visited``: before a name said only as "ông"/"bà" …, the words that make them the one visited
  at home (the household's head), and so someone there (``before`` rows);
- ``aside``: the mention says nothing of its holder's presence (the host who invited a visit, the
  paper's source who confirms to the press): it is no ground to attend, but the holder is not set
  aside when named again;
- ``mention``: the name is said, but its holder is not at the event (the one an attendee acts
  for, someone replaced or relieved, the subject of a decision, the dead). ``before`` rows are
  matched on the text that ends where the mention starts (its honorific, title or office);
  ``after`` rows on the text that starts where the mention's roles end;
- ``list``: what joins the items of a list, so that a cue before the first is said of the next
  (``join``);
- ``group``: the honorific dropped from a group as shown (``label``).

An example is (sentence, name, expected): expected is "attendee", "chair" or "mentioned", or
"group" when `name` is a group of who attended as shown.
Sentences are written for the project, in the genre's shapes; none is copied from an article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["PATTERNS", "SHAPES", "Pattern", "Shape", "compiled", "row"]


@dataclass(frozen=True, slots=True)
class Pattern:
    name: str
    emits: str  # "event" | "chair" | "mention"
    where: str  # "sentence" | "before" | "after"
    regex: str
    examples: tuple[tuple[str, str, str], ...]


# The gatherings someone chairs or runs.
EVENT = r"(?:kỳ\s+họp|phiên|hội\s+nghị|hội\s+thảo|tọa\s+đàm|buổi|cuộc|đại\s+hội|lễ|chương\s+trình)"

PATTERNS: tuple[Pattern, ...] = (
    # -- sentences of who attended ----------------------------------------------------------------
    Pattern(
        "attended",
        "event",
        "sentence",
        r"\b(?:tham dự|cùng dự|đến dự|về dự|dự và|có mặt|chủ trì|chủ tọa|cùng đi|tham gia đoàn)\b"
        r"|(?:^|[\s,;:(])dự\s+(?:hội|buổi|lễ|cuộc|kỳ|phiên|chương trình|lớp|tọa đàm|hội thảo|đại hội|có)\b"
        r"|đồng chí\s*:",
        (
            ("Tham dự buổi lễ có ông Hồ Minh Trí và bà Lý Thị Sen.", "Lý Thị Sen", "attendee"),
            ("Dự hội nghị có anh Phùng Văn Tài.", "Phùng Văn Tài", "attendee"),
        ),
    ),
    # -- speakers ---------------------------------------------------------------------------------
    Pattern(
        "speaks in the report",
        "speaker",
        "after",
        # right after the name (and a note in brackets on who they are): someone named only as
        # "ông"/"bà", with no office, who speaks in the report, is one of those there
        r"(?:\s*\([^()]{0,60}\))?[\s,]*(?:đã\s+)?(?:nói|cho\s+biết|bộc\s+bạch|chia\s+sẻ|phản\s+ánh|cho\s+rằng"
        r"|tâm\s+sự|kể|trình\s+bày|bày\s+tỏ)(?![^\W\d_])",
        (
            (
                "Cầu treo bản Na Hù được khánh thành. Ông Lò Văn Pọm (60 tuổi, ở bản Na Hù) bộc bạch: "
                "cây cầu giúp bản đỡ vất vả.",
                "Lò Văn Pọm",
                "attendee",
            ),
            # without it, a citizen named in passing is mentioned
            ("Năm ngoái, nhà ông Lò Văn Pọm bị lũ cuốn trôi.", "Lò Văn Pọm", "mentioned"),
        ),
    ),
    Pattern(
        "the household visited",
        "visited",
        "before",
        # a visit to a household ("thăm hộ ông A và ông B"): the heads of the households are met at
        # home; "gia đình ông A" is another row's (the family may be named after one not there)
        r"(?<![^\W\d_])(?:thăm|động\s+viên|tặng\s+quà|trao\s+quà)(?![^\W\d_])[^.;:!?]{0,80}?"
        r"(?<![^\W\d_])hộ\s+$",
        (
            (
                "Sáng 5-7, Chủ tịch nước Lê Hữu Toàn đến hỏi thăm hai gia đình chính sách là hộ ông "
                "Vi Văn Mận và ông Hà Văn Sậu.",
                "Hà Văn Sậu",
                "attendee",
            ),
            # without the visit, a household named is mentioned
            ("Năm ngoái, hộ ông Vi Văn Mận bị lũ cuốn mất nhà.", "Vi Văn Mận", "mentioned"),
        ),
    ),
    # -- a gathering at all -------------------------------------------------------------------------
    Pattern(
        "a gathering",
        "gathering",
        "sentence",
        # a report with no sentence of these (a crime, a price, a statement to the press) tells of
        # no event: the officials it names attended nothing, and are mentioned
        r"(?<![^\W\d_])(?:hội\s+nghị|hội\s+thảo|lễ|buổi|cuộc\s+(?:họp|gặp|làm|tiếp|đối|tọa|thăm)|kỳ\s+họp"
        r"|phiên\s+họp|đại\s+hội|thăm|làm\s+việc|tiếp\s+xúc|đối\s+thoại|gặp\s+mặt|gặp\s+gỡ"
        r"|tiếp\s+(?:đón|đoàn|khách)|họp|khánh\s+thành|khởi\s+công|tọa\s+đàm|diễn\s+đàn|chủ\s+trì|chủ\s+tọa"
        r"|tham\s+dự|đến\s+dự|về\s+dự|dự\s+(?:lễ|hội|buổi|cuộc|kỳ|phiên|đại|tọa|lớp|chương)"
        r"|trao\s+(?:tặng|quyết|huân|huy|bằng|giấy|quà|giải|kỷ|cờ|nhà)|tặng\s+quà|dâng\s+hương)(?![^\W\d_])",
        (
            (
                "Công an huyện đang điều tra vụ trộm. Ông Lý Văn Hòa, Trưởng Công an huyện, "
                "cho biết đã bắt nghi phạm.",
                "Lý Văn Hòa",
                "mentioned",
            ),
            (
                "Tại buổi làm việc, ông Lý Văn Hòa, Trưởng Công an huyện, cho biết đã bắt nghi phạm.",
                "Lý Văn Hòa",
                "attendee",
            ),
        ),
    ),
    # -- chairs -------------------------------------------------------------------------------------
    Pattern(
        "chaired",
        "chair",
        "sentence",
        r"(?:đồng\s+)?chủ\s+(?:trì|tọa|toạ)"
        rf"|điều\s+hành\s+(?=(?:các\s+)?{EVENT})"
        r"|(?P<run_by>điều\s+hành)(?=\s*(?:[.;,!?…)]|$))",
        (
            ("Đồng chí Lò Văn Hải - Bí thư Huyện ủy chủ trì hội nghị.", "Lò Văn Hải", "chair"),
            ("Chủ trì hội nghị có đồng chí Đinh Thị Hoa, Phó Chủ tịch UBND tỉnh.", "Đinh Thị Hoa", "chair"),
            ("Phiên họp do bà Võ Thị Lành - Chủ tịch HĐND huyện điều hành.", "Võ Thị Lành", "chair"),
            ("Đồng chí Hồ Văn Bảy - Chủ tịch HĐND tỉnh dự và chủ trì hội nghị.", "Hồ Văn Bảy", "chair"),
            # a clause fronted by the cue: its subject, after the gathering's comma, chairs
            (
                "Sáng 5-4, chủ trì hội nghị sơ kết quý I, Chủ tịch UBND tỉnh Âu Văn Đức yêu cầu "
                "các sở đẩy nhanh tiến độ.",
                "Âu Văn Đức",
                "chair",
            ),
            # after a comma, the clause is the last item's alone
            (
                "Dự có các đồng chí: Trần Văn Tư - Bí thư Huyện ủy; Hồ Văn Bảy - Chủ tịch, chủ trì.",
                "Trần Văn Tư",
                "attendee",
            ),
            (
                "Dự có các đồng chí: Trần Văn Tư - Bí thư Huyện ủy; Hồ Văn Bảy - Chủ tịch, chủ trì.",
                "Hồ Văn Bảy",
                "chair",
            ),
            # the list after the gathering and a colon
            (
                "Các đồng chí Thường trực chủ trì kỳ họp: "
                "Hồ Văn Bảy - Chủ tịch; Lê Thị Sương - Phó Chủ tịch.",
                "Lê Thị Sương",
                "chair",
            ),
            (
                "Các đồng chí: Hồ Văn Bảy - Chủ tịch HĐND; Lê Thị Sương - Phó Chủ tịch đồng chủ trì.",
                "Hồ Văn Bảy",
                "chair",
            ),
        ),
    ),
    # -- who a chair cue is said of (each row read where the "chaired" cue is found) ---------------
    Pattern(
        "chair after the roles",
        "chair",
        "back",
        # what may stand between a chair and the cue after it: "A - …, người chủ trì", "A đã chủ
        # trì"; a dash may close the roles ("A - Trưởng ban … - chủ trì"), and a caption's note on
        # where someone stands come before the cue ("A (thứ 3 từ trái sang) chủ trì"). Not "sẽ": a
        # gathering to come ("Thủ tướng sẽ chủ trì hội nghị … ngày mai"); the day ("A hôm nay chủ
        # trì", "A tối 5/6 chủ trì") and the spouse ("do A và phu nhân chủ trì") may stand there too
        r"[\s,)–—-]*(?:\([^()]{0,40}\)\s*)?"
        r"(?:(?:cùng|đã|vừa|làm|là|đứng ra|đồng thời|người|tiếp tục|(?:tham\s+)?dự\s+và"
        r"|(?:và|cùng)\s+phu\s+nhân|(?:sáng|chiều|trưa|tối|hôm|ngày)\s+(?:nay|qua|\d{1,2}(?:\s*[/-]\s*\d{1,4}){1,2}),?)\s+)*",
        (
            (
                "Ông Quách Văn Lịch - Giám đốc Sở Tư pháp đồng thời chủ trì buổi làm việc.",
                "Quách Văn Lịch",
                "chair",
            ),
            ("Thủ tướng Lào Sonexay Vong hôm nay chủ trì lễ khánh thành nhà máy.", "Sonexay Vong", "chair"),
            ("Thủ tướng Lào Sonexay Vong tối 5/6 chủ trì tiệc chiêu đãi.", "Sonexay Vong", "chair"),
            (
                "Các khách mời dự quốc yến do Chủ tịch nước Lê Hữu Toàn và phu nhân chủ trì.",
                "Lê Hữu Toàn",
                "chair",
            ),
            ("Bà Tô Thị Huệ (thứ hai từ trái sang) chủ trì lễ ký kết.", "Tô Thị Huệ", "chair"),
        ),
    ),
    Pattern(
        "chairs named after the cue",
        "chair",
        "forward",
        # the cue, then who: "Chủ trì hội nghị có đồng chí A", "… chủ trì kỳ họp: A - …; B - …"
        r"\s*(?::\s*|(?:[^\W\d_]+\s+){0,6}?(?:có|của|là|gồm|bởi)\s+(?:các\s+)?(?:đồng\s+chí\s*)?:?\s*"
        r"|(?:[^\W\d_]+\s+){0,3}[^\W\d_]+\s*:\s*)",
        (
            ("Chủ trì buổi làm việc là ông Quách Văn Lịch, Giám đốc Sở Tư pháp.", "Quách Văn Lịch", "chair"),
            (
                "Chủ trì hội nghị gồm các đồng chí: Quách Văn Lịch - Bí thư Huyện ủy; "
                "Tô Thị Huệ - Chủ tịch UBND huyện.",
                "Tô Thị Huệ",
                "chair",
            ),
        ),
    ),
    Pattern(
        "chairs in a row",
        "chair",
        "link",
        # the names joined to the one next to the cue chair with it ("A và B đồng chủ trì")
        r"[\s,;)]*(?:(?:và|cùng|với)\s+)?",
        (
            (
                "Đồng chí Quách Văn Lịch - Bí thư Huyện ủy và đồng chí Tô Thị Huệ - Chủ tịch UBND huyện "
                "đồng chủ trì hội nghị.",
                "Quách Văn Lịch",
                "chair",
            ),
        ),
    ),
    Pattern(
        "co-chaired",
        "chair",
        "co",
        # the cue said of several together ("A - …; B - … đồng chủ trì"): after a comma too, it is
        # said of the whole list, where "chủ trì" after a comma is the last item's alone
        r"đồng\s+chủ\s+(?:trì|tọa|toạ)",
        (
            (
                "Dự có các đồng chí: Trần Văn Tư - Bí thư Huyện ủy; Hồ Văn Bảy - Chủ tịch, đồng chủ trì.",
                "Trần Văn Tư",
                "chair",
            ),
        ),
    ),
    Pattern(
        "a gathering run by",
        "chair",
        "run by",
        # "điều hành" with no object runs the gathering only when a "do" clause hangs on one ("Hội
        # nghị do … điều hành"); "công ty do ông A điều hành" is a business, and A no chair
        rf"(?<![^\W\d_]){EVENT}(?![^\W\d_])[^.;:!?]{{0,40}}?\sdo\s+$",
        (
            ("Kỳ họp do ông Quách Văn Lịch - Chủ tịch HĐND xã điều hành.", "Quách Văn Lịch", "chair"),
            (
                "Dự lễ có ông Tô Văn Huệ. Hợp tác xã Lạch Sơn do ông Quách Văn Lịch - Giám đốc điều hành.",
                "Quách Văn Lịch",
                "attendee",
            ),
        ),
    ),
    Pattern(
        "a clause fronted by the cue",
        "chair",
        "fronted",
        # "Sáng 16-8, chủ trì cuộc họp Ban An toàn giao thông, Chủ tịch UBND TP A yêu cầu …": the
        # cue names the gathering, and the subject after its comma chairs it (before the cue, the
        # code allows only the sentence's start or a short time)
        rf"\s+(?:các\s+)?{EVENT}(?![^\W\d_])[^,.;:!?()]{{0,100}},\s*",
        (
            (
                "Chiều 2-6, chủ trì cuộc họp Ban Chỉ đạo phòng chống thiên tai, Phó Chủ tịch UBND tỉnh "
                "Quách Văn Lịch yêu cầu các huyện chủ động ứng phó.",
                "Quách Văn Lịch",
                "chair",
            ),
        ),
    ),
    # -- another occasion ---------------------------------------------------------------------------
    Pattern(
        "another occasion",
        "elsewhere",
        "sentence",
        # matched at the sentence's start: the same day elsewhere, before, another month or year
        r"[\W_]*(?:(?:sáng|chiều|trưa|tối|đêm)\s+)?cùng\s+ngày(?![^\W\d_])"
        r"|[\W_]*cũng\s+trong\s+(?:ngày|sáng|chiều|tối|buổi)(?![^\W\d_])"
        r"|[\W_]*trước\s+đó(?![^\W\d_])"
        r"|[\W_]*hồi\s+(?:đầu|giữa|cuối|tháng|năm|tuần)(?![^\W\d_])"
        # "Năm ngày trước, …", "Tuần trước, …", "Năm ngoái, …"
        r"|[\W_]*(?:(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|vài|mấy)\s+)?(?:ngày|hôm|tuần|tháng|năm)\s+trước(?![^\W\d_])"
        r"|[\W_]*năm\s+ngoái(?![^\W\d_])",
        (
            (
                "Sáng 4-3, tổ đại biểu tiếp xúc cử tri quận 1.\n\nNăm ngày trước, tổ đại biểu gồm bà Lò "
                "Thị Hoa đã tiếp xúc cử tri quận 2.",
                "Lò Thị Hoa",
                "mentioned",
            ),
            (
                "Sáng 4-3, tỉnh tổ chức hội nghị tổng kết. Dự có ông Lục Văn Tâm - Bí thư Tỉnh ủy. "
                "Cùng ngày, Phó Chủ tịch UBND tỉnh Đào Thị Lựu đã đến thăm một trường học.",
                "Đào Thị Lựu",
                "mentioned",
            ),
            # the rest of the paragraph tells of that occasion too
            (
                "Sáng 4-3, tỉnh tổ chức hội nghị tổng kết. Dự có ông Lục Văn Tâm - Bí thư Tỉnh ủy. "
                "Chiều cùng ngày, ở huyện bên tổ chức buổi đối thoại. Trả lời người dân, ông Đào Văn Lựu, "
                "Chủ tịch UBND huyện, hứa sẽ sửa đường.",
                "Đào Văn Lựu",
                "mentioned",
            ),
            (
                "Buổi tiếp diễn ra tại trụ sở Bộ. Trước đó, Bộ trưởng đã tiếp Đại sứ Pháp Jean Moulinet.",
                "Jean Moulinet",
                "mentioned",
            ),
            # named at this gathering too: an attendee
            (
                "Sáng 4-3, Chủ tịch UBND tỉnh Đào Văn Lựu dự hội nghị tổng kết. "
                "Cùng ngày, ông Đào Văn Lựu đến thăm một trường học.",
                "Đào Văn Lựu",
                "attendee",
            ),
        ),
    ),
    Pattern(
        "a gathering to come",
        "elsewhere",
        "clause",
        # "A sẽ hội đàm với B", "dự kiến … sẽ chủ trì", "trước khi gặp B": a meeting yet to be held
        # is not the one reported; "sẽ tiếp tục" is no gathering
        r"(?<![^\W\d_])(?:sẽ|trước\s+khi|dự\s+kiến(?:\s+sẽ)?)\s+(?:(?:cùng|đến|có\s+cuộc)\s+)?"
        r"(?:hội\s+đàm|hội\s+kiến|gặp|chủ\s+trì|tiếp\s+(?:đón|kiến)|thăm|dự|tham\s+dự|làm\s+việc)(?![^\W\d_])",
        (
            (
                "Chiều 3-6, Thủ tướng Đặng Văn Khoa dự lễ khánh thành cầu. "
                "Ngày mai, Thủ tướng sẽ hội đàm với Tổng thống Pháp Jean Moulinet.",
                "Jean Moulinet",
                "mentioned",
            ),
            (
                "Chiều 3-6, Tổng thống Peru thăm Hà Nội. Tổng thống cũng dự kiến hội kiến Thủ tướng "
                "Đặng Văn Khoa, Chủ tịch Quốc hội Bùi Thị Xuân.",
                "Bùi Thị Xuân",
                "mentioned",
            ),
            (
                "Chiều 3-6, Thủ tướng Đặng Văn Khoa dự lễ khánh thành cầu, vài giờ trước khi gặp "
                "Thủ tướng Lào Bounthong Keola.",
                "Bounthong Keola",
                "mentioned",
            ),
            (
                "Tham dự lễ đón có ông Đặng Văn Khoa, Bộ trưởng Bộ Ngoại giao. "
                "Theo chương trình, Chủ tịch nước Lê Hữu Toàn sẽ chủ trì tiệc chiêu đãi tối nay.",
                "Lê Hữu Toàn",
                "mentioned",
            ),
        ),
    ),
    Pattern(
        "another stop of the trip",
        "elsewhere",
        "body",
        # after the report's opening paragraph, a sentence framed by the whole trip tells of its
        # other stops ("Trong thời gian thăm Việt Nam, …"); in the opening it frames the report itself
        r"[\W_]*trong\s+(?:thời\s+gian|dịp|chuyến|khuôn\s+khổ\s+chuyến)\s+(?:(?:thăm|công\s+tác|công\s+du|làm\s+việc)"
        r"(?:\s+và\s+làm\s+việc)?|ở|lưu\s+lại)(?![^\W\d_])",
        (
            (
                "Chiều 9-10, Bí thư Thành ủy Phan Văn Đạt tiếp Tổng thống Peru Luis Carrasco.\n\n"
                "Trong thời gian thăm Việt Nam, Tổng thống đã được Chủ tịch nước Lê Hữu Toàn đón tại Hà Nội.",
                "Lê Hữu Toàn",
                "mentioned",
            ),
            (
                "Trong thời gian thăm tỉnh, chiều 9-10, Phó Thủ tướng Đặng Văn Khoa làm việc với Tỉnh ủy.",
                "Đặng Văn Khoa",
                "attendee",
            ),
        ),
    ),
    Pattern(
        "back at the other gathering",
        "told back",
        "sentence",
        # a later paragraph opened at a gathering first named on another occasion ("Trước đó, … có
        # buổi làm việc với UBND tỉnh" … "Tại buổi làm việc với Bộ trưởng, …") tells of that
        # occasion, unless the report's own sentences named that gathering too
        rf"[\W_]*(?:tại|trong|ở)\s+(?P<g>{EVENT}(?:\s+[^\W\d_]+){{1,2}})",
        (
            (
                "Chiều 8-9, Bộ trưởng Lê Văn Dũng đến thăm các trường học vùng lũ.\n\n"
                "Trước đó, sáng 8-9, Bộ trưởng đã có buổi làm việc với UBND tỉnh.\n\n"
                "Tại buổi làm việc với Bộ trưởng, ông Hà Văn Tư, Phó Chủ tịch UBND tỉnh, cho biết "
                "tỉnh sẽ xây thêm trường.",
                "Hà Văn Tư",
                "mentioned",
            ),
            (
                "Chiều 8-9, Bộ trưởng Lê Văn Dũng có buổi làm việc với UBND tỉnh.\n\n"
                "Trước đó, sáng 8-9, Bộ trưởng đã có buổi làm việc với một trường học.\n\n"
                "Tại buổi làm việc với UBND tỉnh, ông Hà Văn Tư, Phó Chủ tịch UBND tỉnh, cho biết "
                "tỉnh sẽ xây thêm trường.",
                "Hà Văn Tư",
                "attendee",
            ),
        ),
    ),
    Pattern(
        "another gathering named anew",
        "elsewhere",
        "anew",
        # after the opening, a sentence that opens at a gathering named with who held it ("Tại hội
        # nghị báo cáo viên … do Ban Tuyên giáo tổ chức chiều 19-6, bà A cho rằng …") is of that
        # gathering, when its kind (group "g", read as "whose gathering: its kind" reads it) is not
        # one the opening names
        rf"[\W_]*(?:tại|trong)\s+(?P<g>{EVENT}(?![^\W\d_])[^,;:!?]{{0,80}}?)\s+do\s+[^,;:!?]{{1,60}}?\s+tổ\s+chức"
        r"(?![^\W\d_])",
        (
            (
                "Chiều 19-6, Chủ tịch nước Lê Hữu Toàn tiếp xúc cử tri quận 1.\n\n"
                "Tại hội nghị báo cáo viên do Ban Tuyên giáo Thành ủy tổ chức chiều 19-6, bà Lò Thị Hoa, "
                "Chủ tịch HĐND thành phố, cho rằng luật mới là cần thiết.",
                "Lò Thị Hoa",
                "mentioned",
            ),
            (
                "Sáng 19-6, Sở Tư pháp tổ chức hội nghị tập huấn.\n\n"
                "Tại hội nghị do Sở Tư pháp tổ chức, bà Lò Thị Hoa, Giám đốc Sở, phát biểu khai mạc.",
                "Lò Thị Hoa",
                "attendee",
            ),
        ),
    ),
    Pattern(
        "another day",
        "dated",
        "sentence",
        # a time of day with its date ("chiều 15/3", "ngày 4-5-1946", "ngày 9 tháng 10"): the first
        # in the opening paragraph dates the report; a later sentence dated to another day tells of
        # another occasion. Not after "từ", "đến", "trước" (a span, a deadline).
        r"(?<![^\W\d_])(?<!từ\s)(?<!đến\s)(?<!tới\s)(?<!trước\s)(?<!hạn\s)"
        r"(?:(?:sáng|chiều|trưa|tối|đêm|hôm)(?:\s+(?:qua|nay))?,?\s+(?:ngày\s+)?|ngày\s+)"
        r"(?:(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})(?![\d.]\d)|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2}))(?!\d)",
        (
            (
                "Sáng 16/3, đoàn của Chủ tịch Quốc hội Bùi Thị Xuân làm việc với tỉnh.\n\n"
                "Trong khuôn khổ chuyến công tác, chiều 15/3, đoàn đến thăm cụ Lê Văn Tám, 90 tuổi.",
                "Lê Văn Tám",
                "mentioned",
            ),
            (
                "Sáng 18-3, triển lãm ảnh về đoàn Quốc hội năm 1946 khai mạc.\n\n"
                "Thủ tướng Pháp Jean Moulinet tiếp phái đoàn ngày 4-5-1946.",
                "Jean Moulinet",
                "mentioned",
            ),
            # the same day, said again: the report's own event
            (
                "Sáng 16/3, tỉnh tổ chức hội nghị.\n\n"
                "Chiều 16/3, Phó Chủ tịch UBND tỉnh Đào Thị Lựu phát biểu bế mạc hội nghị.",
                "Đào Thị Lựu",
                "attendee",
            ),
            # a deadline is no occasion
            (
                "Sáng 16/3, tỉnh tổ chức hội nghị.\n\n"
                "Phó Chủ tịch UBND tỉnh Đào Thị Lựu yêu cầu các sở hoàn thành trước ngày 30/6.",
                "Đào Thị Lựu",
                "attendee",
            ),
        ),
    ),
    Pattern(
        "what was said",
        "not when",
        "sentence",
        # a date after a verb of saying is part of what was said ("ông A cho biết, ngày 15/3 …"),
        # not the day the sentence's own occasion took place
        r"(?<![^\W\d_])(?:cho\s+biết|nói|nhấn\s+mạnh|phát\s+biểu|báo\s+cáo|khẳng\s+định|nhớ\s+lại|kể\s+lại"
        r"|thông\s+tin|cho\s+rằng|đề\s+nghị|yêu\s+cầu|chỉ\s+đạo|kết\s+luận)(?![^\W\d_])",
        (
            (
                "Sáng 16/3, huyện tổ chức hội nghị tổng kết.\n\n"
                "Ông Lò Văn Sáu, Chủ tịch UBND huyện, cho biết ngày 2/3 lũ đã cuốn trôi hai cây cầu.",
                "Lò Văn Sáu",
                "attendee",
            ),
        ),
    ),
    Pattern(
        "a document's date",
        "not when",
        "sentence",
        # "Kế hoạch số 12/KH-UBND ngày 3/10", "Quyết định … ngày 5/9": the day a paper was signed
        r"(?<![^\W\d_])(?:số\s*\d|quyết\s+định|nghị\s+quyết|nghị\s+định|kế\s+hoạch|công\s+văn|thông\s+tư"
        r"|chỉ\s+thị|văn\s+bản|tờ\s+trình|thông\s+báo)",
        (
            (
                "Sáng 12/12, hội nghị tổng kết cụm thi đua diễn ra tại Hà Nội.\n\n"
                "Thực hiện Kế hoạch số 12/KH-MT ngày 3/10, bà Đoàn Thị Liên, Phó Chủ tịch Hội, "
                "báo cáo kết quả năm.",
                "Đoàn Thị Liên",
                "attendee",
            ),
        ),
    ),
    Pattern(
        "whose gathering",
        "owner",
        "before",
        # "<gathering> do A chủ trì" names the gathering A chairs: when the report tells of A only
        # there and on another occasion ("Cùng ngày, A gặp …"), that gathering is the other one
        rf"(?<![^\W\d_]){EVENT}(?![^\W\d_])[^.;:!?]{{0,80}}?\sdo\s+$",
        (
            (
                "Sáng 3-3, hãng bay khai trương đường bay mới. Tham dự có Bộ trưởng Lò Văn Tám.\n\n"
                "Chuyến bay đầu tiên chở các đại biểu vào dự Hội nghị xúc tiến đầu tư do Thủ tướng "
                "Đặng Văn Khoa chủ trì.\n\nCùng ngày, Thủ tướng Đặng Văn Khoa gặp các doanh nghiệp.",
                "Đặng Văn Khoa",
                "mentioned",
            ),
            (
                "Sáng 3-3, tỉnh tổ chức hội nghị xúc tiến đầu tư.\n\n"
                "Hội nghị do Chủ tịch UBND tỉnh Âu Văn Đức chủ trì.\n\n"
                "Cùng ngày, ông Âu Văn Đức đến thăm một trường học.",
                "Âu Văn Đức",
                "chair",
            ),
        ),
    ),
    Pattern(
        "whose gathering: the chair next",
        "owner",
        "chaired next",
        # right after the one named in "<gathering> do A": the cue that makes A its chair
        r"[\s,]*(?:đã\s+)?chủ\s+(?:trì|tọa|toạ)(?![^\W\d_])",
        (
            (
                "Sáng 9-9, tỉnh khánh thành cảng cá Lạch Sơn. Tham dự có Bộ trưởng Quách Văn Lịch.\n\n"
                "Sau lễ, các đại biểu dự Hội thảo kinh tế biển do Phó Thủ tướng Tô Văn Huệ chủ trì.\n\n"
                "Cùng ngày, Phó Thủ tướng Tô Văn Huệ làm việc với ngư dân.",
                "Tô Văn Huệ",
                "mentioned",
            ),
        ),
    ),
    Pattern(
        "whose gathering: its kind",
        "owner",
        "kind",
        # the kind of the gathering named: its noun, or after "buổi"/"cuộc"/"phiên" the word that
        # says it; a kind the opening names is the report's own gathering
        r"[\W_]*(?:(?:buổi|cuộc|phiên)\s+)?([^\W\d_]+(?:\s+[^\W\d_]+)?)",
        (
            (
                "Sáng 9-9, tỉnh tổ chức hội thảo kinh tế biển.\n\n"
                "Hội thảo do Chủ tịch UBND tỉnh Quách Văn Lịch chủ trì.\n\n"
                "Cùng ngày, ông Quách Văn Lịch đến thăm ngư dân.",
                "Quách Văn Lịch",
                "chair",
            ),
        ),
    ),
    Pattern(
        "a statement to the press",
        "aside",
        "before",
        # the paper's source, not one of those at the gathering: "Trao đổi với PV, ông A …",
        # "Phóng viên liên hệ bà A"; "trao đổi với PV bên lề hội nghị" is said at it
        r"(?<![^\W\d_])(?:(?:trao\s+đổi|trả\s+lời|nói|chia\s+sẻ|cho\s+biết)\s+với\s+(?:PV|phóng\s+viên|báo\s+chí|báo|(?-i:[A-ZĐ]))"
        r"(?:(?!bên\s+lề)[^.;:!?]){0,50}?,\s*"
        r"|(?:PV|phóng\s+viên)(?:\s+[^\W\d_]+){0,4}?\s+(?:đã\s+)?(?:liên\s+hệ|hỏi|gọi\s+điện\s+cho)(?:\s+với)?\s+)$",
        (
            (
                "Sáng 2-4, tỉnh họp về dự án. Trao đổi với PV, ông Kha Văn Lộc, Phó Chánh Văn phòng "
                "UBND tỉnh, xác nhận cuộc họp đã diễn ra.",
                "Kha Văn Lộc",
                "mentioned",
            ),
            (
                "Sáng 2-4, tỉnh họp về dự án. Phóng viên đã liên hệ bà Kha Thị Lộc, Chánh Văn phòng "
                "UBND huyện, nhưng chưa được trả lời.",
                "Kha Thị Lộc",
                "mentioned",
            ),
            # said to those there, not to a paper (the paper's name is capitalised)
            (
                "Sáng 2-4, tỉnh họp về dự án. Chia sẻ với cán bộ sở, ông Kha Văn Lộc, Giám đốc Sở "
                "Xây dựng, cho biết dự án sẽ khởi công.",
                "Kha Văn Lộc",
                "attendee",
            ),
            (
                "Sáng 2-4, tỉnh họp về dự án. Trao đổi với PV bên lề hội nghị, ông Kha Văn Lộc, "
                "Giám đốc Sở Xây dựng, cho biết dự án sẽ khởi công.",
                "Kha Văn Lộc",
                "attendee",
            ),
        ),
    ),
    Pattern(
        "confirms to the press",
        "aside",
        "after",
        # right after the name and roles: "ông A, Chánh văn phòng …, xác nhận sự việc"
        r"^[\s,]*(?:đã\s+)?(?:xác\s+nhận|trả\s+lời|trao\s+đổi)\s+(?:với\s+(?:PV|phóng\s+viên|báo)|sự\s+việc|thông\s+tin"
        r"|vụ\s+việc)(?![^\W\d_])",
        (
            (
                "Cuộc họp trực tuyến của tỉnh bị gián đoạn. Ông Kha Văn Lộc, Chánh Văn phòng UBND tỉnh, "
                "xác nhận sự việc.",
                "Kha Văn Lộc",
                "mentioned",
            ),
        ),
    ),
    # -- named, not there ---------------------------------------------------------------------------
    Pattern(
        "on behalf of",
        "mention",
        "before",
        # "ủy quyền cho A" hands the authority to A, who is there to use it
        r"(?<![^\W\d_])(?:(?:thừa\s+lệnh|thay\s+mặt|ủy\s+quyền|ủy\s+nhiệm)(?:\s+của)?|thay\s+mặt\s+cho)\s+$",
        (
            (
                "Thừa ủy quyền của Chủ tịch nước Trương Quang Lộc, đồng chí Bế Văn Đàn trao huân chương.",
                "Trương Quang Lộc",
                "mentioned",
            ),
            (
                "Thừa ủy quyền của Chủ tịch nước Trương Quang Lộc, đồng chí Bế Văn Đàn trao huân chương.",
                "Bế Văn Đàn",
                "attendee",
            ),
            (
                "Bộ trưởng rời hội nghị và ủy quyền cho Thứ trưởng Khổng Minh Vũ tiếp tục chủ trì.",
                "Khổng Minh Vũ",
                "chair",
            ),
        ),
    ),
    Pattern(
        "invited by",
        "aside",
        "before",
        # a visit "theo lời mời của A": the host who invited is named for the visit's sake, which
        # says nothing of whether A is at the gathering the report tells of; another mention may
        r"(?<![^\W\d_])(?:lời\s+)?mời\s+của\s+$",
        (
            (
                "Thủ tướng Lào Bounthong Keola thăm chính thức Việt Nam theo lời mời của "
                "Thủ tướng Phạm Quang Vĩnh.",
                "Phạm Quang Vĩnh",
                "mentioned",
            ),
            (
                "Nhận lời mời của Chủ tịch nước Lê Hữu Toàn và Phó Chủ tịch nước Đỗ Thị Ngân, "
                "Tổng thống Hàn Quốc thăm cấp Nhà nước tới Việt Nam.",
                "Đỗ Thị Ngân",
                "mentioned",
            ),
            (
                "Nhận lời mời của Chủ tịch nước Lê Hữu Toàn, Tổng thống Chile thăm Việt Nam. "
                "Chủ tịch nước Lê Hữu Toàn chủ trì lễ đón tại Phủ Chủ tịch.",
                "Lê Hữu Toàn",
                "chair",
            ),
        ),
    ),
    Pattern(
        "a message from someone away",
        "mention",
        "before",
        # the one whose greetings, letter or instruction are passed on is not there: "chuyển lời
        # thăm hỏi của Tổng thống A tới …", "đọc thư chúc mừng của Chủ tịch nước B", "công văn
        # truyền đạt ý kiến của Tổng Bí thư C"
        r"(?<![^\W\d_])(?:(?:chuyển|gửi)\s+lời|(?:thư|điện|thông\s+điệp)\s+(?:chúc|chia\s+buồn|thăm|khen|gửi)"
        r"|truyền\s+đạt\s+(?:ý\s+kiến|chỉ\s+đạo))"
        r"[^.;:!?]{0,60}?(?<![^\W\d_])của\s+$",
        (
            (
                "Bộ trưởng Ngoại giao Lào Bounthong Keola chuyển lời thăm hỏi và chúc sức khỏe của "
                "Chủ tịch Lào Sisavath Vongsa và Thủ tướng Lào Khamla Phomvihane tới Tổng Bí thư.",
                "Khamla Phomvihane",
                "mentioned",
            ),
            (
                "Bộ trưởng Ngoại giao Lào Bounthong Keola chuyển lời thăm hỏi của Chủ tịch Lào "
                "Sisavath Vongsa tới Tổng Bí thư Lê Hữu Toàn.",
                "Bounthong Keola",
                "attendee",
            ),
            (
                "Tại lễ kỷ niệm, đồng chí Hà Văn Mạnh đọc thư chúc mừng của Chủ tịch nước Lê Hữu Toàn.",
                "Lê Hữu Toàn",
                "mentioned",
            ),
        ),
    ),
    Pattern(
        "replaced",
        "mention",
        "before",
        r"(?<![^\W\d_])thay(?:\s+thế)?(?:\s+cho)?\s+$",
        (
            (
                "Đại tá Kiều Văn Nam giữ chức Giám đốc Công an tỉnh, thay Đại tá Lã Văn Bính nghỉ hưu.",
                "Lã Văn Bính",
                "mentioned",
            ),
            (
                "Đại tá Kiều Văn Nam giữ chức Giám đốc Công an tỉnh, thay cho ông Lã Văn Bính.",
                "Lã Văn Bính",
                "mentioned",
            ),
        ),
    ),
    Pattern(
        "subject of a sanction or a vote",
        "mention",
        "before",
        # a sanction or a vote in the clause: "trao quyết định nghỉ hưu đối với bà A" hands it to
        # someone there, "kỷ luật đối với đồng chí A" speaks of someone who is not
        r"(?<![^\W\d_])(?:kỷ\s+luật|miễn\s+nhiệm|cách\s+chức|khai\s+trừ|bãi\s+nhiệm|cảnh\s+cáo|khiển\s+trách"
        r"|bầu\s+bổ\s+sung)(?![^\W\d_])(?:[^.;:!?]|\.(?!\s)){0,90}?(?<![^\W\d_])đối\s+với\s+(?:các\s+(?:đồng\s+chí|ông|bà)\s*:?\s*)?$",
        (
            (
                "Hội nghị quyết định kỷ luật đối với đồng chí Vi Văn Khánh, nguyên Giám đốc Sở Xây dựng.",
                "Vi Văn Khánh",
                "mentioned",
            ),
            (
                "Tỉnh trao quyết định nghỉ hưu đối với đồng chí Kim Văn Tường, Phó Chủ tịch UBND tỉnh.",
                "Kim Văn Tường",
                "attendee",
            ),
            (
                "Hội nghị công bố quyết định kỷ luật đối với các đồng chí: Vương Văn Nam - nguyên Giám đốc "
                "Sở Xây dựng; Lục Thị Hà - nguyên Phó Giám đốc Sở Xây dựng.",
                "Lục Thị Hà",
                "mentioned",
            ),
        ),
    ),
    Pattern(
        "the subject of a sanction, after the name",
        "mention",
        "after",
        # "A bị Ủy ban Kiểm tra kết luận vi phạm", "B đã bị khởi tố": what is done to them is the
        # news, not their presence at the gathering reported
        r"^[\s,]*(?:đã\s+|vừa\s+|cũng\s+)*bị\s+(?:[^.;:!?]{0,50}?\s)?(?:kỷ\s+luật|kết\s+luận|khởi\s+tố|bắt|cách\s+chức"
        r"|cảnh\s+cáo|khiển\s+trách|xử\s+lý|điều\s+tra|đình\s+chỉ|truy\s+tố)(?![^\W\d_])",
        (
            (
                "Tại buổi tiếp xúc, cử tri hỏi về việc nguyên Giám đốc Sở Xây dựng Vi Văn Khánh bị Ủy ban "
                "Kiểm tra kết luận vi phạm.",
                "Vi Văn Khánh",
                "mentioned",
            ),
        ),
    ),
    Pattern(
        "moved to a post elsewhere",
        "mention",
        "before",
        r"(?<![^\W\d_])(?:điều\s+động|luân\s+chuyển|biệt\s+phái)\s+$",
        (
            (
                "Tỉnh ủy điều động đồng chí Vương Văn Nam - Giám đốc Sở Xây dựng đến nhận công tác.",
                "Vương Văn Nam",
                "mentioned",
            ),
        ),
    ),
    Pattern(
        "spoken of",
        "mention",
        "before",
        # the noun alone: "làm việc của A" (A's work, a visit), "nhiệm vụ của A" say nothing of that
        r"(?<![^\W\d_])(?<!làm\s)(?<!công\s)(?<!nhiệm\s)(?<!phục\s)(?:chuyện|việc|đơn|vụ)(?:\s+[^\W\d_]+){0,3}\s+của\s+$",
        (
            (
                "Cử tri hỏi về đơn từ chức của ông Tạ Văn Hiếu, nguyên Phó Chủ tịch UBND quận.",
                "Tạ Văn Hiếu",
                "mentioned",
            ),
            (
                "Chiều 5-5, đoàn đến thăm Đại sứ quán. Chuyến thăm và làm việc của Bí thư Thành ủy "
                "Hà Văn Tư được chờ đợi từ lâu.",
                "Hà Văn Tư",
                "attendee",
            ),
        ),
    ),
    Pattern(
        "the dead",
        "mention",
        "before",
        # "cố …", "liệt sĩ …", and the one whose funeral it is ("dự quốc tang nguyên Chủ tịch nước A")
        r"(?<![^\W\d_])(?:cố|liệt\s+sĩ|quốc\s+tang|lễ\s+tang|tang\s+lễ|lễ\s+truy\s+điệu|linh\s+cữu)"
        r"(?:\s+(?:của|đối\s+với))?\s+$",
        (
            (
                "Đoàn dâng hương tưởng niệm cố Chủ tịch Hội đồng Bộ trưởng Hoàng Văn Lương.",
                "Hoàng Văn Lương",
                "mentioned",
            ),
            (
                "Thủ tướng tiếp đoàn Lào sang dự quốc tang nguyên Chủ tịch nước Hoàng Văn Lương.",
                "Hoàng Văn Lương",
                "mentioned",
            ),
        ),
    ),
    Pattern(
        "sends a message",
        "mention",
        "after",
        # the one who sends a letter, a message or flowers is not there: "Tổng thống A (và Tổng
        # thống B) đã gửi thư chia buồn tới …"; "gửi lời chào" is said by someone there
        r"^[\s,]*(?:và\s[^.;:!?]{0,80}?\s)?(?:đã\s+|vừa\s+|cũng\s+)*gửi\s+(?:thư|điện|thông\s+điệp|lẵng\s+hoa"
        r"|vòng\s+hoa)(?![^\W\d_])",
        (
            (
                "Thủ tướng tiếp đoàn Lào. Ông Pedro Alvarado, Tổng thống Chile, và ông Luis Carrasco, "
                "Tổng thống Peru, đã gửi thư chia buồn tới lãnh đạo Việt Nam.",
                "Pedro Alvarado",
                "mentioned",
            ),
            (
                "Thủ tướng tiếp đoàn Lào. Ông Pedro Alvarado, Tổng thống Chile, và ông Luis Carrasco, "
                "Tổng thống Peru, đã gửi thư chia buồn tới lãnh đạo Việt Nam.",
                "Luis Carrasco",
                "mentioned",
            ),
        ),
    ),
    Pattern(
        "a message's recipient",
        "aside",
        "before",
        # whom a message is sent to is named for the message's sake: no ground to be at the
        # gathering ("gửi điện chia buồn tới Đại sứ A"); another mention may say they were
        r"(?<![^\W\d_])gửi\s+(?:thư|điện|thông\s+điệp)[^.;:!?]{0,60}?(?<![^\W\d_])(?:tới|đến|cho)\s+$",
        (
            (
                "Thủ tướng tiếp đoàn Lào. Ngoại trưởng Thái Lan đã gửi điện chia buồn tới Đại sứ "
                "Việt Nam tại Thái Lan Đỗ Văn Hiền.",
                "Đỗ Văn Hiền",
                "mentioned",
            ),
        ),
    ),
    Pattern(
        "the family visited",
        "mention",
        "before",
        # the family is visited at home: the man (or the heroic mother) it is named after is not
        # at the event; "gia đình bà A, 90 tuổi" is the mother visited, who is
        r"(?<![^\W\d_])gia\s+đình\s+(?:(?:ông|cụ|mẹ|đồng\s+chí)\s+)?$",
        (
            (
                "Đoàn đến thăm hỏi gia đình ông Lục Văn Hòe - nguyên Phó Chủ tịch Quốc hội, ông Tăng Văn Bá.",
                "Lục Văn Hòe",
                "mentioned",
            ),
            (
                "Đoàn đến thăm hỏi gia đình ông Lục Văn Hòe - nguyên Phó Chủ tịch Quốc hội, ông Tăng Văn Bá.",
                "Tăng Văn Bá",
                "mentioned",
            ),
            (
                "Cùng dự lễ có gia đình bà Hồ Thị Gấm, 92 tuổi, ở xã Tam Hiệp.",
                "Hồ Thị Gấm",
                "attendee",
            ),
        ),
    ),
    Pattern(
        "another year",
        "mention",
        "after",
        # "… sau Tổng thống A hồi năm 1993": a visit of another time
        r"^[\s,]*(?:hồi|vào|từ)\s+(?:năm\s+)?\d{4}(?!\d)",
        (
            (
                "Ông là lãnh đạo thứ hai thăm di tích sau Tổng thống Jean Lamarque hồi năm 1994.",
                "Jean Lamarque",
                "mentioned",
            ),
        ),
    ),
    Pattern(
        "retired or relieved",
        "mention",
        "after",
        # and someone said to be away: "A xin vắng mặt tại kỳ họp", "B không có mặt", "C cáo ốm"
        r"^(?:[\s,–—-]+|nhiệm\s+kỳ|khóa|[\dIVX]+)*(?:đã\s+|được\s+)?(?:nghỉ\s+(?:chờ\s+)?hưu|thôi\s+tham\s+gia|từ\s+trần"
        r"|qua\s+đời|từ\s+chức|(?:xin\s+)?vắng\s+mặt|không\s+có\s+mặt|cáo\s+(?:bệnh|ốm))(?![^\W\d_])",
        (
            (
                "Hội nghị đồng ý để ông Doãn Văn Phúc, Phó Bí thư Tỉnh ủy thôi tham gia Ban Chấp hành.",
                "Doãn Văn Phúc",
                "mentioned",
            ),
            (
                "Sáng 16/6, HĐND tỉnh khai mạc kỳ họp. Phó Chủ tịch UBND tỉnh Lạc Văn Thành xin vắng mặt "
                "tại kỳ họp với lý do bị bệnh.",
                "Lạc Văn Thành",
                "mentioned",
            ),
            (
                "Ông Mạc Văn Thể, Bí thư Huyện ủy nhiệm kỳ 2015 - 2020 thôi tham gia Ban Chấp hành.",
                "Mạc Văn Thể",
                "mentioned",
            ),
        ),
    ),
    # -- lists and groups -------------------------------------------------------------------------
    Pattern(
        "a cue governs the list after it",
        "list",
        "join",
        # between two items of a list ("A - …, ông B", "A và B"): a cue before the first (a family
        # visited, someone replaced, a host who invited) is said of the next as well
        r"\s*(?:[,;]|\s[-–]\s)?\s*(?:và\s+)?",
        (
            (
                "Đoàn đến thăm gia đình ông Quách Văn Lịch - nguyên Bí thư Huyện ủy và ông Tô Văn Huệ.",
                "Tô Văn Huệ",
                "mentioned",
            ),
        ),
    ),
    Pattern(
        "a group's honorific",
        "group",
        "label",
        # "các đồng chí" before a title is dropped from the group shown ("Ủy viên Thường trực HĐND
        # tỉnh"), not before a phrase ("Các đồng chí trong Ban Thường vụ …")
        r"^(?:các\s+)?đồng chí\s+",
        (
            (
                "Dự hội nghị có các đồng chí Ủy viên Ban Thường vụ Huyện ủy.",
                "Ủy viên Ban Thường vụ Huyện ủy",
                "group",
            ),
            (
                "Dự hội nghị có các đồng chí trong Ban Thường vụ Huyện ủy.",
                "Các đồng chí trong Ban Thường vụ Huyện ủy",
                "group",
            ),
        ),
    ),
)


@dataclass(frozen=True, slots=True)
class Shape:
    """A shape of the text at a token that names people: the scanner tries these in order at
    each token (the first that reads something there wins). `method` names the reader
    (`people_scan.Scanner.shape_<method>`); `emits` what it records; the examples as for `Pattern`."""

    name: str
    method: str
    emits: str  # "attendee" | "role" | "group" | "list"
    examples: tuple[tuple[str, str, str], ...]


SHAPES: tuple[Shape, ...] = (
    Shape(
        "plural honorific opens a list or a group",
        "plural_list",
        "list",
        (
            (
                "Dự có các đồng chí: Lý Văn Tám - Bí thư Huyện ủy; Cù Thị Nga - Chủ tịch UBND huyện.",
                "Cù Thị Nga",
                "attendee",
            ),
        ),
    ),
    Shape(
        "honorific before a name or a role",
        "honorific",
        "attendee",
        (
            ("Tham dự có đồng chí Ninh Văn Quý - Phó Chủ tịch HĐND tỉnh.", "Ninh Văn Quý", "attendee"),
            ("Dự lễ có bà Phó Chủ tịch UBND huyện Lò Thị Mai.", "Lò Thị Mai", "attendee"),
        ),
    ),
    Shape(
        "name then its roles",
        "name_first",
        "attendee",
        (
            (
                "Tham dự có Hầu A Lềnh - Bí thư Huyện ủy và Vàng Thị Mỷ - Phó Chủ tịch.",
                "Vàng Thị Mỷ",
                "attendee",
            ),
            ("Trình Văn Kha (Giám đốc Sở Xây dựng) chủ trì buổi làm việc.", "Trình Văn Kha", "chair"),
        ),
    ),
    Shape(
        "role before the name, or alone",
        "role_first",
        "attendee",
        (("Chủ tịch UBND tỉnh Âu Văn Đức chủ trì hội nghị.", "Âu Văn Đức", "chair"),),
    ),
    Shape(
        "lower-case title before the name",
        "lower_title",
        "attendee",
        (("Tại buổi lễ, đại biểu Lưu Thị Nụ phát biểu ý kiến.", "Lưu Thị Nụ", "attendee"),),
    ),
    Shape(
        "many holders of one role",
        "plural_role",
        "list",
        (("Cùng dự có các Phó Chủ tịch tỉnh: Bạch Văn Hùng, Kiều Thị Loan.", "Kiều Thị Loan", "attendee"),),
    ),
    Shape(
        "an unnamed group in a list of who attended",
        "group",
        "group",
        (
            (
                "Dự có đồng chí Giang Văn Tú - Bí thư Tỉnh ủy; đại diện lãnh đạo các sở.",
                "Giang Văn Tú",
                "attendee",
            ),
        ),
    ),
)


def row(name: str) -> re.Pattern[str]:
    """The expression of the row named `name` (a row the reader reads on its own)."""
    return re.compile(next(p.regex for p in PATTERNS if p.name == name), re.IGNORECASE)


def compiled(emits: str, where: str) -> re.Pattern[str] | None:
    """One expression for the rows that emit `emits` looking `where` (None when there are none)."""
    rows = [p.regex for p in PATTERNS if p.emits == emits and p.where == where]
    if not rows:
        return None
    return re.compile("|".join(f"(?:{r})" for r in rows), re.IGNORECASE)
