"""Articles of the seed's genre that the code was not written against.

Each fixture in `articles/` is a provincial report of a meeting, written for these tests in the
shapes real papers use (Báo Hà Tĩnh, Báo Thanh Hóa, Báo Quảng Ninh, Báo Quảng Nam, Báo Bình
Định, Báo Đắk Lắk, Báo Nghệ An, Báo Hà Giang, Báo Kon Tum, Báo Gia Lai). The events are invented; names are
chosen for their shapes (four syllables, Ê Đê, Cơ Tu, H'Mông, Xơ Đăng, Jrai, rare surnames) and the
offices for how the genre writes them.

What varies between them:

- the lead: "(Baohatinh.vn) - ", "(Báo Thanh Hóa) – ", "QNO - ", "BĐ - ", "(BHG) - ", or no tag;
- a dateline line above the lead, or none; a signature under the last paragraph (in capitals too);
- attendees: "Dự … có các đồng chí: NAME - ROLE; …", "Cùng dự có …", "Chủ trì hội nghị có đồng
  chí NAME, ROLE", "đồng chí NAME - ROLE chủ trì", "… điều hành kỳ họp", role before the name,
  "bà NAME, ROLE", "Thiếu tướng NAME - ROLE", "NAME (ROLE)", shared roles, groups;
- captions: "Ảnh: NAME", "(Ảnh: NAME)", "Ảnh: Tư liệu", credits in capitals or initials
  ("Ảnh: TRỌNG LỢI", "Ảnh: N.Đ.T", "Ảnh: H.Gia"), ALL-CAPS captions, one glued under a paragraph,
  "Quang cảnh …" with the credit given once ("Bài và ảnh: NAME");
- 0 to 3 ALL-CAPS headings: tasks before achievements, headings with no cue word, a question, a
  speech of greeting that is neither; sub-headings in sentence case (Báo Gia Lai);
- "Tin liên quan" / "Bài viết liên quan" with 0 to 3 items, titles repeated or not, with or
  without a lead, a question among them;
- site boilerplate after the article: "Tin cùng chuyên mục", "Bình luận", "Bình luận (0)",
  "Các tin khác", "Có thể bạn quan tâm".

For each: the parse (sections and their roles, caption credits, related titles), the people
(names, roles as written, chairs, photographers, groups; and the names that must not be
attendees: streets, schools, places, headings, history, related news, the signature), and the
default summary (body sentences only).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tui.language.newsrank import is_fragment, is_protocol
from tui.language.people import People, extract_people
from tui.language.summarize import scope_of, summarize
from tui.reading.model import Article
from tui.reading.parse import parse

ARTICLES = Path(__file__).parent / "articles"


@dataclass(frozen=True)
class Expected:
    file: str
    title: str
    source: str | None
    lead: str  # how the lead starts ("" for none)
    meta: dict[str, str]
    # (heading, role, paragraphs, caption credits as written) for each section but the related news
    sections: list[tuple[str | None, str, int, list[str | None]]]
    related: list[tuple[str, str]]  # (title, how its lead starts)
    people: dict[str, tuple[str, ...]]  # attendees in order (chairs first) and their roles as written
    chairs: list[str]
    photographers: list[str]
    groups: list[str]
    # Named somewhere but not at the event (history, related news): may be listed as mentioned
    mentioned: set[str] = field(default_factory=set)
    # Capitalised runs that are no one at all: neither an attendee nor mentioned
    nobody: list[str] = field(default_factory=list)


CASES = [
    Expected(
        file="ha-tinh-thuong-truc-hdnd-phien-hop.txt",
        title="Thường trực HĐND tỉnh Hà Tĩnh cho ý kiến các nội dung trình kỳ họp thứ 19",
        source="Baohatinh.vn",
        lead="Sáng 14/3, Thường trực HĐND tỉnh tổ chức phiên họp thường kỳ tháng 3",
        meta={"date": "Thứ Năm, 14/03/2024 - 10:32", "author": "Thu Hà"},
        # the plan for the coming session comes before the review
        sections=[
            (None, "opening", 1, ["Thu Hà"]),
            ("THỐNG NHẤT 12 NỘI DUNG TRÌNH KỲ HỌP", "tasks", 3, ["Thu Hà"]),
            ("GIÁM SÁT CHUYÊN ĐỀ ĐƯỢC CỬ TRI GHI NHẬN", "achievements", 3, []),
        ],
        related=[
            (
                "HĐND tỉnh Hà Tĩnh giám sát việc thực hiện chương trình mục tiêu quốc gia",
                "(Baohatinh.vn) - Đoàn giám sát",
            ),
            ("Khai mạc kỳ họp thứ 18, HĐND tỉnh khóa XVIII", "(Baohatinh.vn) - Sáng 6/12"),
        ],
        people={
            "Lê Ngọc Châu": ("Phó Bí thư Tỉnh ủy", "Phó Chủ tịch Thường trực HĐND tỉnh"),
            "Trần Văn Kỳ": ("Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch HĐND tỉnh"),
            "Phan Thị Ngọc Hà": ("Phó Chủ tịch UBND tỉnh",),
            "Nguyễn Thị Nhàn": ("Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh",),
            "Bùi Quang Hưng": ("Giám đốc Sở Tài chính",),
        },
        chairs=["Lê Ngọc Châu"],
        photographers=["Thu Hà"],
        groups=["Lãnh đạo các ban HĐND tỉnh", "Đại diện các sở, ngành liên quan"],
        mentioned={"Hoàng Trung Dũng"},  # chaired another session, in the related news
        nobody=["Hàm Nghi", "Hà Huy Tập", "Hà Tĩnh", "Hương Khê", "Nguyễn Văn Hùng", "Kỳ Anh", "Can Lộc"],
    ),
    Expected(
        file="thanh-hoa-ban-thuong-vu-de-an-sam-son.txt",
        title="Ban Thường vụ Tỉnh ủy Thanh Hóa cho ý kiến về đề án phát triển đô thị Sầm Sơn",
        source="Báo Thanh Hóa",
        lead="Chiều 8/5, Ban Thường vụ Tỉnh ủy tổ chức hội nghị",
        meta={},
        # three headings; the middle one has no cue word, its prose is a plan
        sections=[
            (None, "opening", 1, ["MINH HIẾU"]),
            ("DIỆN MẠO ĐÔ THỊ CÓ NHIỀU THAY ĐỔI", "achievements", 2, ["Minh Hiếu"]),
            ("BA KHÂU ĐỘT PHÁ CỦA ĐỀ ÁN", "tasks", 2, []),
            ("KHÔNG ĐỂ XẢY RA TÌNH TRẠNG QUY HOẠCH TREO", "tasks", 2, []),
        ],
        related=[
            ("Thanh Hóa: Sầm Sơn đón hơn 1 triệu lượt khách dịp nghỉ lễ", ""),
            ("Bí thư Tỉnh ủy làm việc với Ban Thường vụ Thành ủy Sầm Sơn", "(Báo Thanh Hóa) – Sáng 2/4"),
            ("Khánh thành tượng đài Bà Triệu tại huyện Hậu Lộc", ""),
        ],
        people={
            "Nguyễn Văn Thi": ("Phó Bí thư Thường trực Tỉnh ủy",),
            "Lê Đức Giang": ("Phó Chủ tịch UBND tỉnh",),
            "Mai Xuân Bình": ("Bí thư Thành ủy Sầm Sơn",),
        },
        chairs=["Nguyễn Văn Thi"],
        photographers=["Minh Hiếu"],
        groups=[
            "Các đồng chí trong Ban Thường vụ Tỉnh ủy",
            "Lãnh đạo các sở, ngành cấp tỉnh và thành phố Sầm Sơn",
        ],
        mentioned={"Đỗ Trọng Hưng", "Bà Triệu"},
        # streets named after people of history, listed after one "đường"
        nobody=["Hồ Xuân Hương", "Trần Nhân Tông", "Sầm Sơn", "Hậu Lộc", "Diện Mạo Đô Thị"],
    ),
    Expected(
        file="quang-ninh-mttq-tong-ket.txt",
        title="Ủy ban MTTQ tỉnh Quảng Ninh triển khai nhiệm vụ năm 2024",
        source=None,  # no tag: the first paragraph is the report's own
        lead="",
        meta={},
        sections=[(None, "opening", 5, ["Thu Chung", "Tư liệu"])],
        related=[("Mặt trận Quảng Ninh phát động Tết vì người nghèo", "")],
        people={
            "Đặng Thị Minh Hằng": ("Phó Bí thư Thường trực Tỉnh ủy",),
            "Vũ Thị Diệu Lệ": (
                "Ủy viên Ban Thường vụ Tỉnh ủy",
                "Trưởng Ban Dân vận Tỉnh ủy",
                "Chủ tịch Ủy ban MTTQ tỉnh",
            ),
        },
        chairs=[],  # "Mặt trận tỉnh đã chủ trì 6 cuộc giám sát": an office, no person
        photographers=["Thu Chung"],  # "Ảnh: Tư liệu" is an archive
        groups=["Đại diện lãnh đạo các sở, ngành, đoàn thể của tỉnh"],
        nobody=["Tư Liệu", "Ba Chẽ", "Bình Liêu", "Tiên Yên", "Vì Người Nghèo"],
    ),
    Expected(
        file="quang-nam-nguoi-co-uy-tin.txt",
        title="Quảng Nam gặp mặt người có uy tín trong đồng bào dân tộc thiểu số năm 2024",
        source="QNO",
        lead="Sáng nay 18/1, UBND tỉnh tổ chức hội nghị gặp mặt",
        meta={},
        # the first headed section is a speech of greeting: neither a review nor a plan
        sections=[
            (None, "opening", 1, []),
            ("ẤM ÁP NGÀY HỘI NGỘ", "other", 2, ["HỒ QUÂN"]),
            ("PHÁT HUY VAI TRÒ CẦU NỐI GIỮA ĐẢNG VỚI ĐỒNG BÀO", "tasks", 3, ["HỒ QUÂN"]),
        ],
        related=[],
        people={
            "Hồ Quang Bửu": ("Phó Chủ tịch UBND tỉnh",),
            "Alăng Thị Bốn": ("Trưởng Ban Dân tộc HĐND tỉnh",),
            "Bríu Quân": ("Trưởng Ban Dân tộc tỉnh",),
            "Bh'riu Liếc": (),  # "già làng" is no office
        },
        chairs=["Hồ Quang Bửu"],
        photographers=["Hồ Quân"],
        groups=["Lãnh đạo các huyện miền núi"],
        nobody=["Pà Làng", "A Tiêng", "Tây Giang", "Nam Trà My", "Phước Sơn", "Ấm Áp Ngày Hội Ngộ"],
    ),
    Expected(
        file="binh-dinh-khu-kinh-te.txt",
        title="Chủ tịch UBND tỉnh Bình Định làm việc với Ban Quản lý Khu kinh tế",
        source="BĐ",
        lead="Chiều 12.3, Chủ tịch UBND tỉnh Phạm Anh Tuấn chủ trì",
        meta={"author": "HOÀNG QUÂN"},  # a signature in capitals, not a heading
        sections=[
            (None, "opening", 3, ["TRỌNG LỢI"]),
            ("GỠ VƯỚNG MẶT BẰNG CHO NHÀ ĐẦU TƯ", "tasks", 3, ["N.Đ.T"]),
        ],
        related=[
            ("Bình Định: Khởi công nhà máy điện gió Nhơn Hội", "BĐ - Sáng 2.3"),
            ("Thu hút đầu tư vào Khu kinh tế Nhơn Hội tăng mạnh", ""),
        ],
        people={
            "Phạm Anh Tuấn": ("Chủ tịch UBND tỉnh",),
            "Nguyễn Tự Công Hoàng": ("Phó Chủ tịch UBND tỉnh",),
            "Trần Văn Thịnh": ("Trưởng Ban Quản lý Khu kinh tế tỉnh",),
        },
        chairs=["Phạm Anh Tuấn"],  # not "Sở Kế hoạch và Đầu tư chủ trì, phối hợp …"
        photographers=["Trọng Lợi", "N.Đ.T"],
        groups=["Lãnh đạo các sở, ngành liên quan và UBND TP Quy Nhơn, huyện Phù Cát"],
        nobody=["Hoàng Quân", "Điện Biên Phủ", "Nhơn Hội", "Cát Tiến", "Quy Nhơn", "Phù Cát"],
    ),
    Expected(
        file="dak-lak-hdnd-ky-hop.txt",
        title="HĐND tỉnh Đắk Lắk khai mạc kỳ họp thứ Mười một",
        source=None,
        lead="",
        meta={"date": "Cập nhật lúc 08:45, 09/07/2024"},
        sections=[
            (None, "opening", 3, ["Hoàng Gia"]),
            ("NĂM 2024: TĂNG TRƯỞNG KINH TẾ ƯỚC ĐẠT 6,5%", "achievements", 2, ["H.Gia"]),
            ("QUYẾT LIỆT HƠN TRONG 6 THÁNG CUỐI NĂM", "tasks", 3, []),
        ],
        related=[("Đắk Lắk kỷ niệm 120 năm Ngày sinh Anh hùng Y Bih Alêô", "Sáng 1/6, tại TP Buôn Ma Thuột")],
        people={
            # "điều hành kỳ họp": those who preside over the sitting
            "Huỳnh Thị Chiến Hòa": ("Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
            "H'Yim Kđoh": ("Phó Chủ tịch HĐND tỉnh",),
            "Nguyễn Đình Trung": ("Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Trưởng đoàn ĐBQH tỉnh"),
            "Điểu K'Ré": ("Ủy viên Hội đồng Dân tộc của Quốc hội", "Phó Trưởng đoàn ĐBQH tỉnh"),
            "Y Ngông Niê Kđăm": ("Phó Chủ tịch UBND tỉnh",),
        },
        chairs=["Huỳnh Thị Chiến Hòa", "H'Yim Kđoh"],
        photographers=["Hoàng Gia"],  # "H.Gia" is the same photographer
        groups=["Các đồng chí trong Ban Thường vụ Tỉnh ủy", "Đại biểu HĐND tỉnh"],
        mentioned={"Y Bih Alêô"},  # a hero of history, in the related news
        nobody=[
            "Ngông Niê Kđăm",
            "Y Jút",
            "Phan Bội Châu",
            "N'Trang Lơng",
            "Kô Sier",
            "Krông Pắc",
            "Cư M'gar",
            "Ea Súp",
            "Buôn Đôn",
            "M'Đrắk",
            "Buôn Ma Thuột",
            "Ê Đê",
        ],
    ),
    Expected(
        file="nghe-an-so-giao-duc-tong-ket-nam-hoc.txt",
        title="Sở Giáo dục và Đào tạo Nghệ An tổng kết năm học 2023 - 2024",
        source="Baonghean.vn",
        lead="Chiều 2/8, Sở Giáo dục và Đào tạo tổ chức hội nghị",
        meta={},
        sections=[
            (None, "opening", 1, []),
            # the first caption sits on the line right under a paragraph
            ("NHIỀU CHỈ SỐ GIÁO DỤC TIẾP TỤC ĐỨNG TỐP ĐẦU", "achievements", 3, ["Mỹ Hà"]),
            ("NĂM HỌC MỚI PHẢI GIẢI QUYẾT DỨT ĐIỂM TÌNH TRẠNG THIẾU GIÁO VIÊN", "tasks", 2, ["Mỹ Hà"]),
        ],
        related=[
            (
                "Trường THPT chuyên Phan Bội Châu đón nhận Huân chương Lao động hạng Nhất",
                "(Baonghean.vn) - Sáng 20/11",
            ),
            ("Nghệ An: Hơn 37.000 thí sinh bước vào kỳ thi tốt nghiệp THPT", "(Baonghean.vn) - Sáng 27/6"),
            (
                "Nghệ An dâng hương tưởng niệm Chủ tịch Hồ Chí Minh nhân kỷ niệm 134 năm Ngày sinh của Người",
                "",
            ),
        ],
        people={
            "Thái Văn Thành": ("Giám đốc Sở Giáo dục và Đào tạo",),
            "Bùi Đình Long": ("Phó Chủ tịch UBND tỉnh",),  # "dự và chỉ đạo": attends, does not chair
            "Nguyễn Thị Kim Chi": ("Chủ tịch Ủy ban MTTQ tỉnh",),
        },
        chairs=["Thái Văn Thành"],
        photographers=["Mỹ Hà"],
        groups=["Đại diện lãnh đạo Ban Tuyên giáo Tỉnh ủy, các sở, ngành liên quan"],
        mentioned={"Nguyễn Đức Trung", "Hồ Chí Minh"},
        nobody=["Phan Bội Châu", "Kỳ Sơn", "Tương Dương", "Quế Phong", "Huy Chương Vàng"],
    ),
]
CASES += [
    Expected(
        file="nghe-an-huyen-uy-quynh-luu.txt",
        title="Quỳnh Lưu sơ kết 6 tháng đầu năm, bàn giải pháp phát triển kinh tế biển",
        source="Baonghean.vn",
        lead="Sáng 12/7, Ban Chấp hành Đảng bộ huyện Quỳnh Lưu",
        meta={},
        sections=[
            (None, "opening", 4, ["Tiến Đông", "PV"]),
            # the delegates' discussion: proposals and directives
            ("ĐẠI BIỂU THẢO LUẬN NHIỀU VẤN ĐỀ THỰC TIỄN", "tasks", 3, []),
        ],
        # "Tin liên quan:" with a colon, items with no blank line between them
        related=[
            ("Quỳnh Lưu: Ngư dân trúng đậm mùa cá cơm", ""),
            ("Quỳnh Lưu khánh thành Nhà lưu niệm Hồ Tùng Mậu", "(Baonghean.vn) - Sáng 15/6"),
        ],
        people={
            # "Bí thư Huyện ủy Quỳnh Lưu Hồ Văn Mạnh và đồng chí Lê Văn Tuấn (ROLES) đồng chủ trì"
            "Hồ Văn Mạnh": ("Bí thư Huyện ủy Quỳnh Lưu",),
            "Lê Văn Tuấn": ("Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
            "Hoàng Nghĩa Hiếu": ("Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh"),
            # a rank before the name, offices after it
            "Phạm Thế Tùng": ("Ủy viên Ban Thường vụ Tỉnh ủy", "Giám đốc Công an tỉnh"),
        },
        chairs=["Hồ Văn Mạnh", "Lê Văn Tuấn"],
        photographers=["Tiến Đông"],  # "Ảnh: PV" is the paper's reporter, no name
        groups=[],
        mentioned={"Hồ Tùng Mậu"},
        nobody=[
            "Quỳnh Thạch",
            "Quỳnh Lương",
            "Quỳnh Lập",
            "Quỳnh Bảng",
            "Hoàng Mai",
            "Quỳnh Đôi",
            "Quỳnh Lưu",
        ],
    ),
    Expected(
        file="ha-giang-mttq-meo-vac.txt",
        title="Mèo Vạc: Sức lan tỏa từ cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới”",
        source="BHG",
        lead="Ngày 20/3, Ban Thường trực Ủy ban MTTQ huyện Mèo Vạc",
        meta={},
        sections=[
            (None, "opening", 2, ["LÙ THỊ DÍN"]),
            ("NHIỀU THÔN BẢN ĐỔI THAY", "achievements", 4, ["Lù Thị Dín"]),
        ],
        related=[],
        people={
            "Sùng Mí Chứ": ("Chủ tịch Ủy ban MTTQ huyện",),
            "Vàng Thị Say": ("Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
            "Thào Mí Sính": ("Bí thư Huyện ủy Mèo Vạc",),
        },
        chairs=["Sùng Mí Chứ"],
        photographers=["Lù Thị Dín"],
        groups=["Lãnh đạo các xã, thị trấn và người có uy tín trên địa bàn huyện"],
        nobody=[
            "Pải Lủng",
            "Tát Ngà",
            "Niêm Sơn",
            "Pả Vi Hạ",
            "Pả Vi",
            "Pả Vi Thượng",
            "Nguyễn Trãi",
            "Đồng Văn",
        ],
    ),
    Expected(
        file="kon-tum-ubnd-hop-thuong-ky.txt",
        title="UBND tỉnh Kon Tum họp phiên thường kỳ tháng 5",
        source=None,
        lead="",
        meta={},
        sections=[
            (None, "opening", 3, ["VĂN Y"]),
            ("TẬP TRUNG GIẢI NGÂN VỐN ĐẦU TƯ CÔNG", "tasks", 2, ["VĂN Y"]),
        ],
        related=[],
        people={
            "Lê Ngọc Tuấn": ("Chủ tịch UBND tỉnh",),
            # two-syllable names with no surname, shared role before a colon, then role before name
            "A Pớt": ("Phó Chủ tịch UBND tỉnh",),
            "Y Ngọc": ("Phó Chủ tịch UBND tỉnh",),
        },
        chairs=["Lê Ngọc Tuấn"],
        photographers=["Văn Y"],
        groups=["Thủ trưởng các sở, ngành"],
        nobody=[
            "Sâm Ngọc Linh",
            "Ngọc Linh",
            "Tu Mơ Rông",
            "Đăk Glei",
            "Ia H'Drai",
            "Kon Plông",
            "Hồ Chí Minh",
        ],
    ),
]
CASES += [
    Expected(
        file="quang-ninh-hdnd-ha-long-giam-sat.txt",
        title="Thường trực HĐND TP Hạ Long giám sát tiến độ giải phóng mặt bằng",
        source="Baoquangninh.vn",
        lead="Ngày 15/4, Đoàn giám sát của Thường trực HĐND TP Hạ Long",
        # "Bài và ảnh: Minh Hà" signs the text and credits the photos
        meta={"date": "Thứ Ba, 16/04/2024 09:05 (GMT+7)", "author": "Minh Hà"},
        sections=[
            (None, "opening", 2, [None]),  # "Quang cảnh …": a caption with no credit of its own
            ("VÌ SAO CÒN 9 DỰ ÁN CHẬM TIẾN ĐỘ?", "tasks", 2, ["Minh Hà"]),  # a question as heading
        ],
        # "Bài viết liên quan", a question among the titles; "Có thể bạn quan tâm" is the site's
        related=[
            ("Vì sao dự án đường bao biển Hạ Long chậm tiến độ?", ""),
            ("Hạ Long: Bàn giao 12ha mặt bằng sạch cho nhà đầu tư", "Ngày 5/3, UBND TP Hạ Long"),
        ],
        people={
            "Phạm Thị Hồng Hạnh": ("Phó Chủ tịch Thường trực HĐND thành phố",),
            "Nguyễn Ngọc Sơn": ("Phó Chủ tịch UBND thành phố",),
        },
        chairs=[],  # she heads the monitoring delegation ("làm trưởng đoàn"); no one "chủ trì"
        photographers=["Minh Hà"],
        groups=["Các đồng chí trong Thường trực HĐND thành phố", "Lãnh đạo các ban HĐND thành phố"],
        nobody=["Trần Quốc Nghiễn", "Cao Xanh", "Hà Khánh", "Hà Phong", "Hạ Long"],
    ),
]
CASES += [
    Expected(
        file="gia-lai-tinh-uy-dan-van.txt",
        title="Gia Lai: Tổng kết 10 năm thực hiện Nghị quyết về công tác dân vận vùng đồng bào dân tộc thiểu số",
        source="GLO",  # "(GLO)- ": no space before the dash
        lead="Sáng 22-5, Ban Thường vụ Tỉnh ủy Gia Lai",
        meta={"author": "HOÀNG HOÀI"},
        # sub-headings set in sentence case (bold on the page): bare short lines between paragraphs
        sections=[
            (None, "opening", 1, ["Hoàng Hoài"]),
            ("Bức tranh nông thôn vùng đồng bào khởi sắc", "achievements", 2, ["Hoàng Hoài"]),
            ("Xây dựng “thế trận lòng dân” vững chắc", "tasks", 4, []),  # the signature is the 4th line
        ],
        related=[("Chư Păh: Đồng bào Jrai hiến đất làm đường", "")],
        people={
            "Rah Lan Chung": ("Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
            "Siu Hương": ("Phó Chủ tịch HĐND tỉnh",),
            "Kpă Thuyên": ("Trưởng Ban Dân vận Tỉnh ủy",),
            "Rơ Mah Tuấn": ("Bí thư Huyện ủy Chư Păh",),
            "Ayun Hyah": (),  # "Già làng Ayun Hyah … chia sẻ" in a caption: the village elder spoke
        },
        chairs=["Rah Lan Chung"],
        photographers=["Hoàng Hoài"],
        groups=["Đại diện các sở, ban, ngành và già làng, người có uy tín tiêu biểu"],
        nobody=["Plei Ốp", "Kbang", "Kép", "Ia Ka", "Chư Păh", "Pleiku", "Jrai", "Hoàng Hoài"],
    ),
]
IDS = [c.file.removesuffix(".txt") for c in CASES]


def read(case: Expected) -> Article:
    return parse((ARTICLES / case.file).read_text(encoding="utf-8"), path=case.file)


def people_of(case: Expected, use_ner: bool = False) -> People:
    return extract_people(read(case), use_ner=use_ner)


def test_every_fixture_is_a_case() -> None:
    assert sorted(p.name for p in ARTICLES.glob("*.txt")) == sorted(c.file for c in CASES)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_parse(case: Expected) -> None:
    a = read(case)
    assert a.title == case.title
    assert a.source == case.source
    assert a.lead.startswith(case.lead) and bool(a.lead) == bool(case.lead)
    assert a.meta == case.meta
    body = [s for s in a.sections if s.role != "related"]
    got = [(s.heading, s.role, len(s.paragraphs), [c.credit for c in s.captions]) for s in body]
    assert got == case.sections
    assert [r.title for r in a.related] == [title for title, _ in case.related]
    for item, (_, lead) in zip(a.related, case.related, strict=True):
        assert item.lead.startswith(lead) and bool(item.lead) == bool(lead)
    assert [s.role for s in a.sections].count("related") == (1 if case.related else 0)
    # nothing of the page around the article: no boilerplate, no dateline in the prose
    for marker in (
        "Tin cùng chuyên mục",
        "Bình luận",
        "Các tin khác",
        "Gửi bình luận",
        "Có thể bạn quan tâm",
    ):
        assert marker not in a.text
    prose = [p.text for s in body for p in s.paragraphs]
    assert not any("Ảnh:" in p or "ẢNH:" in p for p in prose)
    assert "date" not in case.meta or not any(case.meta["date"] in p for p in prose)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_people(case: Expected) -> None:
    p = people_of(case)
    assert {x.name: x.roles for x in p.people} == case.people
    assert [x.name for x in p.chairs] == case.chairs
    assert [x.name for x in p.people][: len(case.chairs)] == case.chairs  # chairs come first
    assert [x.name for x in p.photographers] == case.photographers
    assert [g.text for g in p.groups] == case.groups
    mentioned = {x.name for x in p.mentioned}
    assert mentioned <= case.mentioned
    listed = {x.name for x in p.people} | mentioned
    assert not listed & set(case.nobody)
    for photographer in case.photographers:
        assert photographer not in {x.name for x in p.people}
    author = read(case).meta.get("author")
    if author:
        assert author.title() not in listed


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_mentions_are_where_the_names_are(case: Expected) -> None:
    a = read(case)
    p = extract_people(a, use_ner=False)
    for person in p.people:
        assert person.mentions, person.name
        for m in person.mentions:
            said = a.text[m.start : m.end]
            # the name (in any case), a word of it ("ông Sơn"), or one of the person's roles alone
            assert (
                said.casefold() == person.name.casefold()
                or said in person.name.split()
                or any(said.startswith(r) or r.startswith(said) for r in person.roles)
            ), (person.name, said)


def test_later_mentions_by_role_and_in_capitals() -> None:
    thanh_hoa = next(c for c in CASES if c.file.startswith("thanh-hoa"))
    a = read(thanh_hoa)
    thi = extract_people(a, use_ner=False).find("Nguyễn Văn Thi")
    assert thi is not None
    assert [a.text[m.start : m.end] for m in thi.mentions] == [
        "Nguyễn Văn Thi",
        "NGUYỄN VĂN THI",  # the ALL-CAPS caption
        "Nguyễn Văn Thi",
        "Phó Bí thư Thường trực Tỉnh ủy",  # the role alone names its one holder
    ]
    binh_dinh = next(c for c in CASES if c.file.startswith("binh-dinh"))
    a = read(binh_dinh)
    tuan = extract_people(a, use_ner=False).find("Phạm Anh Tuấn")
    assert tuan is not None
    assert [a.text[m.start : m.end] for m in tuan.mentions] == [
        "Chủ tịch UBND tỉnh Bình Định",  # the title
        "Phạm Anh Tuấn",
        "Phạm Anh Tuấn",
        "Chủ tịch UBND tỉnh",
        "Phạm Anh Tuấn",
    ]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_default_summary_is_body_prose_only(case: Expected) -> None:
    a = read(case)
    not_prose = {a.lead, *(c.text for c in a.captions)}
    not_prose |= {r.title for r in a.related} | {r.lead for r in a.related}
    for length in (3, 1.0):  # the default length, and the whole scope the summarizer sees
        summary = summarize(a, length=length)
        assert summary.algorithm == "docbao"
        assert summary.sentences
        for s in summary.sentences:
            assert a.sentences[s.id].kind == "body"
            assert a.text[s.start : s.end] == s.text
            if s.text != case.meta.get("author"):  # the signature repeats a photo credit
                assert not any(s.text in block for block in not_prose if block)
            assert "Ảnh:" not in s.text and "ẢNH:" not in s.text
            assert case.meta.get("date", "\0") not in s.text
    # a signature is a two-word line: never among the summary's chosen sentences
    author = case.meta.get("author")
    if author:
        assert author not in [s.text for s in summarize(a).sentences]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_the_summary_tells_what_was_said_not_who_attended(case: Expected) -> None:
    """A sentence that only lists attendees or chairs comes after every sentence of the story,
    whatever verb opens it."""
    a = read(case)
    story = {s.text for s in scope_of(a).sentences if not is_protocol(s.text) and not is_fragment(s.text)}
    chosen = [s.text for s in summarize(a).sentences]
    if len(story) >= len(chosen):
        assert not [t for t in chosen if is_protocol(t)], chosen


def test_the_model_changes_no_attendee() -> None:
    pytest.importorskip("underthesea")
    for case in CASES:
        with_model = people_of(case, use_ner=True)
        assert {x.name: x.roles for x in with_model.people} == case.people, case.file
        assert [x.name for x in with_model.chairs] == case.chairs
        assert not {x.name for x in with_model.mentioned} & set(case.nobody)
