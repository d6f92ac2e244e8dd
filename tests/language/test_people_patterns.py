"""Each pattern of the genre, and its failure cases, on sentences written for these tests."""

from __future__ import annotations

import pytest
import underthesea  # noqa: F401  (a required dependency: a broken install fails here)

from tui.language.people import People, extract_people
from tui.reading.parse import parse

TITLE = "Hội nghị tổng kết công tác năm 2024"


def read(body: str, ner: bool = False, title: str = TITLE) -> People:
    return extract_people(parse(f"{title}\n\n{body}\n"), use_ner=ner)


def roles(people: People) -> dict[str, tuple[str, ...]]:
    return {p.name: p.roles for p in people.people}


def names(people: People) -> set[str]:
    return {p.name for p in people.people}


def chairs(people: People) -> set[str]:
    return {p.name for p in people.people if p.chair}


def said(body: str, people: People, name: str) -> list[str]:
    """What each mention of `name` covers, in the article text."""
    text = f"{TITLE}\n\n{body}\n"
    person = people.find(name)
    assert person is not None, name
    return [text[m.start : m.end] for m in person.mentions]


# --- attendee lists ------------------------------------------------------------------------------


def test_list_with_dashes_semicolons_and_co_chairs() -> None:
    p = read(
        "Các đồng chí: Nguyễn Đức Trung - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Hoàng Nghĩa Hiếu - "
        "Phó Chủ tịch Thường trực HĐND tỉnh đồng chủ trì hội nghị. Cùng dự có các đồng chí: Nguyễn Văn Đệ "
        "- Phó Chủ tịch UBND tỉnh; Võ Thị Minh Sinh - Chủ tịch Ủy ban MTTQ tỉnh."
    )
    assert roles(p) == {
        "Nguyễn Đức Trung": ("Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
        "Hoàng Nghĩa Hiếu": ("Phó Chủ tịch Thường trực HĐND tỉnh",),
        "Nguyễn Văn Đệ": ("Phó Chủ tịch UBND tỉnh",),
        "Võ Thị Minh Sinh": ("Chủ tịch Ủy ban MTTQ tỉnh",),
    }
    assert chairs(p) == {"Nguyễn Đức Trung", "Hoàng Nghĩa Hiếu"}
    assert [x.name for x in p.people][:2] == ["Nguyễn Đức Trung", "Hoàng Nghĩa Hiếu"]


def test_list_of_names_without_roles() -> None:
    p = read("Cùng dự có các đồng chí: Lê Đình Lý, Trần Quốc Chung và Hồ Lê Ngọc.")
    assert roles(p) == {"Lê Đình Lý": (), "Trần Quốc Chung": (), "Hồ Lê Ngọc": ()}


def test_shared_role_before_a_colon_with_own_roles() -> None:
    p = read(
        "Đoàn do các đồng chí Phó Chủ tịch HĐND tỉnh: Cao Thị Hiền - Ủy viên Ban Thường vụ Tỉnh ủy và "
        "Hoàng Viết Đường - Ủy viên Ban Chấp hành Đảng bộ tỉnh làm trưởng đoàn."
    )
    assert roles(p) == {
        "Cao Thị Hiền": ("Phó Chủ tịch HĐND tỉnh", "Ủy viên Ban Thường vụ Tỉnh ủy"),
        "Hoàng Viết Đường": ("Phó Chủ tịch HĐND tỉnh", "Ủy viên Ban Chấp hành Đảng bộ tỉnh"),
    }


def test_shared_role_before_a_colon_names_only() -> None:
    p = read("Đón đoàn có các đồng chí Phó Chủ tịch UBND tỉnh: Bùi Đình Long, Lê Hồng Vinh.")
    assert roles(p) == {
        "Bùi Đình Long": ("Phó Chủ tịch UBND tỉnh",),
        "Lê Hồng Vinh": ("Phó Chủ tịch UBND tỉnh",),
    }


def test_shared_role_is_not_a_group() -> None:
    p = read("Tham dự có các đồng chí Phó Chủ tịch UBND tỉnh: Bùi Đình Long, Lê Hồng Vinh.")
    assert p.groups == ()


# --- inline --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        (
            "Phát biểu tại hội nghị, đồng chí Nguyễn Văn Thông - Phó Bí thư Thường trực Tỉnh ủy đánh giá cao "
            "kết quả đạt được.",
            "Nguyễn Văn Thông",
            ("Phó Bí thư Thường trực Tỉnh ủy",),
        ),
        (
            "Theo ông Hồ Văn Tám - Trưởng phòng Nông nghiệp huyện Con Cuông, diện tích lúa năm nay tăng.",
            "Hồ Văn Tám",
            ("Trưởng phòng Nông nghiệp huyện Con Cuông",),
        ),
        (
            "Bà Triệu Thị Thu Phương - Giám đốc Sở Ngoại vụ thông tin tại buổi họp báo.",
            "Triệu Thị Thu Phương",
            ("Giám đốc Sở Ngoại vụ",),
        ),
        (
            "Tại hội nghị, ông Nguyễn Văn Bình – nguyên Phó Chủ tịch UBND huyện Diễn Châu góp ý nhiều nội dung.",
            "Nguyễn Văn Bình",
            ("nguyên Phó Chủ tịch UBND huyện Diễn Châu",),
        ),
        (
            "Đại tá Nguyễn Văn Ánh (Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh) báo cáo kết quả diễn tập.",
            "Nguyễn Văn Ánh",
            ("Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh",),
        ),
        (
            "Đồng chí Phan Thị Hà - Bí thư Đảng ủy, Chủ tịch UBND xã kiêm Trưởng Công an xã phát biểu.",
            "Phan Thị Hà",
            # "kiêm" joins two posts held together into one role, as the papers write it
            ("Bí thư Đảng ủy", "Chủ tịch UBND xã kiêm Trưởng Công an xã"),
        ),
        # "điều hành" after a head is the executive post; a foreign name after a body's noun leaves
        # the body its name
        (
            "Dự buổi tiếp có Chủ tịch kiêm Tổng giám đốc điều hành Công ty Kubota Haruki Sato.",
            "Haruki Sato",
            ("Chủ tịch kiêm Tổng giám đốc điều hành Công ty Kubota",),
        ),
        (
            "Tham dự buổi làm việc có ông Hans Vogel, Giám đốc điều hành Tập đoàn Sielmann.",
            "Hans Vogel",
            ("Giám đốc điều hành Tập đoàn Sielmann",),
        ),
        # the edition after a name in capitals is in the body's name
        (
            "Phó Trưởng ban Tổ chức ASEAN 2030 Lục Văn Hạnh chủ trì buổi họp.",
            "Lục Văn Hạnh",
            ("Phó Trưởng ban Tổ chức ASEAN 2030",),
        ),
        # "tỉnh này": the unit the story has named is in the role
        (
            "Làm việc với đoàn có ông Mạc Văn Tư, Phó Chủ tịch UBND tỉnh này.",
            "Mạc Văn Tư",
            ("Phó Chủ tịch UBND tỉnh này",),
        ),
        # a body's name capitalises a word's first syllable only: the word goes on
        (
            "Dự hội nghị có ông Lò Văn Tư, Giám đốc Chương trình Phát triển Con người, và nhiều chuyên gia.",
            "Lò Văn Tư",
            ("Giám đốc Chương trình Phát triển Con người",),
        ),
        (
            "Tham dự có Thiếu tướng Hà Văn Tư, Cục trưởng Quân huấn, và đại diện các quân khu.",
            "Hà Văn Tư",
            ("Cục trưởng Quân huấn",),
        ),
        # a verb after a place is no word with it
        (
            "Dự lễ có ông Lục Văn Tư, Chủ tịch UBND tỉnh Nghệ An, họp với các sở.",
            "Lục Văn Tư",
            ("Chủ tịch UBND tỉnh Nghệ An",),
        ),
        # a country before a foreign name is the office's, not the name's
        (
            "Tham dự lễ đón có Tổng thống Peru Luis Carrasco và phái đoàn.",
            "Luis Carrasco",
            ("Tổng thống Peru",),
        ),
        # a birth note between the name and its roles; posts of teaching; a body's name with a dash
        (
            "Nhận giải có TS. Lục Văn Tư, SN 1985 (Giảng viên ĐH Bách khoa - ĐH Quốc gia TP. HCM).",
            "Lục Văn Tư",
            ("Giảng viên ĐH Bách khoa - ĐH Quốc gia TP. HCM",),
        ),
        (
            "Dự lễ trao giải có ông Hà Văn Tư (sinh năm 1960, Giám đốc Sở Y tế).",
            "Hà Văn Tư",
            ("Giám đốc Sở Y tế",),
        ),
        # a bracket after the office that holds the body above it, or what the post is in charge of
        (
            "Dự hội nghị có Thiếu tướng Lò Văn Tư, Cục trưởng Tác chiến (Bộ Tổng Tham mưu), và các sĩ quan.",
            "Lò Văn Tư",
            ("Cục trưởng Tác chiến (Bộ Tổng Tham mưu)",),
        ),
        (
            "Tiếp đoàn có ông Kim Chol Ho, Phó Trưởng ban Ban Quốc tế (phụ trách đối ngoại), và đoàn tùy tùng.",
            "Kim Chol Ho",
            ("Phó Trưởng ban Ban Quốc tế (phụ trách đối ngoại)",),
        ),
        # the ladder of a university after commas: each body above is the role's
        (
            "Nhận giải có TS. Lò Văn Đức (Phó trưởng Bộ môn Hóa dầu, Khoa Hóa học, Đại học Bách khoa).",
            "Lò Văn Đức",
            ("Phó trưởng Bộ môn Hóa dầu, Khoa Hóa học, Đại học Bách khoa",),
        ),
        # a deputy in the old word order, in lower case after the name
        (
            "Tại hội thảo, ông Lò Văn Tư, cục phó Cục Quản lý thị trường, cho biết giá rau đã giảm.",
            "Lò Văn Tư",
            ("cục phó Cục Quản lý thị trường",),
        ),
        # the ambassador's full title; "gồm" lists a body's members and ends a role
        (
            "Dự lễ có bà Lò Thị Hoa, Đại sứ đặc mệnh toàn quyền Việt Nam tại Hà Lan, và kiều bào.",
            "Lò Thị Hoa",
            ("Đại sứ đặc mệnh toàn quyền Việt Nam tại Hà Lan",),
        ),
        (
            "Đoàn đại biểu Quốc hội tỉnh gồm Bí thư Tỉnh ủy Lục Văn Tư đã tiếp xúc cử tri.",
            "Lục Văn Tư",
            ("Bí thư Tỉnh ủy",),
        ),
        # a lower-case head after a comma, right before the name
        (
            "Bộ trưởng, trưởng ban Lò Văn Tư chủ trì cuộc họp của Ban chỉ đạo.",
            "Lò Văn Tư",
            ("Bộ trưởng", "trưởng ban"),
        ),
        # a foreign name's hyphen, spaced by a tokenizer, keeps the name whole
        (
            "Dự lễ có ông Thạch Sok - Xane, Phó Chủ tịch UBND huyện.",
            "Thạch Sok - Xane",
            ("Phó Chủ tịch UBND huyện",),
        ),
        # heads written short
        (
            "Tham dự có bà Vi Thị Nở, nguyên PGĐ Sở Tư pháp, và nhiều luật gia.",
            "Vi Thị Nở",
            ("nguyên PGĐ Sở Tư pháp",),
        ),
        # "do" says who leads the delegation: it ends the role before it
        (
            "Đoàn công tác do Phó Chủ tịch UBND tỉnh Lò Thị Sen làm trưởng đoàn đã thăm trường.",
            "Lò Thị Sen",
            ("Phó Chủ tịch UBND tỉnh",),
        ),
        (
            "Tổng Bí thư tiếp ông Trương Văn Lực, Ủy viên Quốc vụ, Bộ trưởng Thương mại Trung Quốc.",
            "Trương Văn Lực",
            ("Ủy viên Quốc vụ", "Bộ trưởng Thương mại Trung Quốc"),
        ),
    ],
)
def test_inline_name_then_roles(body: str, name: str, expected: tuple[str, ...]) -> None:
    p = read(body)
    assert roles(p) == {name: expected}
    assert said(body, p, name)[0] == name


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        (
            "Ông Lê Văn Lương, Chủ tịch UBND huyện Quỳ Hợp, cho biết năm nay huyện gặp nhiều khó khăn.",
            "Lê Văn Lương",
            ("Chủ tịch UBND huyện Quỳ Hợp",),
        ),
        (
            "Bà Nguyễn Thị Thu Hường, Phó Giám đốc Sở Tài nguyên và Môi trường cho rằng cần đẩy nhanh tiến độ.",
            "Nguyễn Thị Thu Hường",
            ("Phó Giám đốc Sở Tài nguyên và Môi trường",),
        ),
        (
            "Ông Nguyễn Văn Hải, Bí thư Huyện ủy, Chủ tịch HĐND huyện Nam Đàn cho biết kế hoạch đã xong.",
            "Nguyễn Văn Hải",
            ("Bí thư Huyện ủy", "Chủ tịch HĐND huyện Nam Đàn"),
        ),
        (
            "Trần Quốc Chung, Giám đốc Sở Nội vụ, trình bày tờ trình về sắp xếp bộ máy.",
            "Trần Quốc Chung",
            ("Giám đốc Sở Nội vụ",),
        ),
        # a unit below the commune, and after a comma the address of the unit named
        (
            "Ông Lê Văn Hòa, Bí thư Chi bộ thôn Trung Thành, xã Nghi Văn chia sẻ kinh nghiệm vận động nhân dân.",
            "Lê Văn Hòa",
            ("Bí thư Chi bộ thôn Trung Thành, xã Nghi Văn",),
        ),
        (
            "Anh Lương Văn Pó, Trưởng bản Huồi Pủng, xã Tà Cạ, huyện Kỳ Sơn dẫn đoàn đi thăm mô hình.",
            "Lương Văn Pó",
            ("Trưởng bản Huồi Pủng, xã Tà Cạ, huyện Kỳ Sơn",),
        ),
        # a unit that is no address of the one before ends the role: it is what the sentence is about
        (
            "Theo ông Phan Văn Tú, Chủ tịch UBND huyện Tân Kỳ, xã Kỳ Sơn còn 300 hộ nghèo.",
            "Phan Văn Tú",
            ("Chủ tịch UBND huyện Tân Kỳ",),
        ),
        # a project board's whole name, lower-case words and all, up to the verb
        (
            "Ông Đặng Văn Minh, Phó Giám đốc Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh "
            "giải trình tại phiên họp.",
            "Đặng Văn Minh",
            ("Phó Giám đốc Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh",),
        ),
        # a title written in lower case is still a role when its office follows
        (
            "Dự lễ kỷ niệm có ông Lạc Văn Thành, thường trực Ban Bí thư, Chủ nhiệm Ủy ban Kiểm tra Trung ương.",
            "Lạc Văn Thành",
            ("thường trực Ban Bí thư", "Chủ nhiệm Ủy ban Kiểm tra Trung ương"),
        ),
        (
            "Bà Trần Thị Lý, chủ tịch Hội Nông dân xã Quỳnh Thắng cho biết hội đã giúp 50 hộ vay vốn.",
            "Trần Thị Lý",
            ("chủ tịch Hội Nông dân xã Quỳnh Thắng",),
        ),
        (
            "Ông Hồ Đức Phớc - phó giám đốc Sở Tài chính trình bày dự thảo nghị quyết.",
            "Hồ Đức Phớc",
            ("phó giám đốc Sở Tài chính",),
        ),
        ("Ông Nguyễn Văn Bảy, giám đốc, cho biết doanh nghiệp đã trả hết nợ.", "Nguyễn Văn Bảy", ()),
    ],
)
def test_comma_instead_of_dash(body: str, name: str, expected: tuple[str, ...]) -> None:
    assert roles(read(body)) == {name: expected}


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        (
            "Cùng tiếp công dân có các đồng chí: Nguyễn Văn Đệ – Phó Chủ tịch UBND tỉnh; Hoàng Viết Hùng – Trưởng "
            "ban Tiếp công dân tỉnh.",
            "Hoàng Viết Hùng",
            ("Trưởng ban Tiếp công dân tỉnh",),
        ),
        (
            "Ông Trần Văn Nam, Phó Trưởng Ban Tiếp công dân huyện Nghi Lộc cho biết đã nhận 12 đơn thư.",
            "Trần Văn Nam",
            ("Phó Trưởng Ban Tiếp công dân huyện Nghi Lộc",),
        ),
        (
            "Giám đốc Trụ sở Tiếp công dân tỉnh Lê Văn Tâm báo cáo kết quả tiếp dân quý I.",
            "Lê Văn Tâm",
            ("Giám đốc Trụ sở Tiếp công dân tỉnh",),
        ),
        # after an office a lower-case "tiếp" is the verb
        ("Đồng chí Lê Văn Tâm - Trưởng ban tiếp tục chỉ đạo rà soát hồ sơ.", "Lê Văn Tâm", ("Trưởng ban",)),
        (
            "Bí thư Tỉnh ủy Nguyễn Đức Trung tiếp công dân định kỳ tháng 5.",
            "Nguyễn Đức Trung",
            ("Bí thư Tỉnh ủy",),
        ),
        (
            "BÍ THƯ TỈNH ỦY NGUYỄN ĐỨC TRUNG TIẾP CÔNG DÂN ĐỊNH KỲ THÁNG 5. ẢNH: THÀNH CƯỜNG",
            "Nguyễn Đức Trung",
            ("Bí thư Tỉnh ủy",),
        ),
    ],
)
def test_an_office_of_citizens_reception_is_read_whole(
    body: str, name: str, expected: tuple[str, ...]
) -> None:
    assert roles(read(body))[name] == expected


def test_comma_after_a_place_is_not_a_name() -> None:
    p = read("Tại Quảng Bình, Chủ tịch UBND tỉnh Trần Thắng cho biết tỉnh đã hoàn thành kế hoạch.")
    assert roles(p) == {"Trần Thắng": ("Chủ tịch UBND tỉnh",)}
    p = read("Nghệ An, Chủ tịch UBND các huyện đều có mặt.")
    assert names(p) == set()


def test_two_people_in_one_clause() -> None:
    p = read("Phó Chủ tịch UBND tỉnh Hoàng Nghĩa Hiếu và Phó Chủ tịch UBND tỉnh Nguyễn Văn Đệ cùng dự.")
    assert roles(p) == {
        "Hoàng Nghĩa Hiếu": ("Phó Chủ tịch UBND tỉnh",),
        "Nguyễn Văn Đệ": ("Phó Chủ tịch UBND tỉnh",),
    }


def test_office_names_with_commas_and_conjunctions() -> None:
    p = read(
        "Giám đốc Sở Văn hóa, Thể thao và Du lịch Trần Thị Mỹ Hạnh và Giám đốc Sở Nông nghiệp và Phát "
        "triển nông thôn Phùng Thành Vinh cùng đi với đoàn."
    )
    assert roles(p) == {
        "Trần Thị Mỹ Hạnh": ("Giám đốc Sở Văn hóa, Thể thao và Du lịch",),
        "Phùng Thành Vinh": ("Giám đốc Sở Nông nghiệp và Phát triển nông thôn",),
    }


# --- role before the name ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        (
            "Chủ tịch HĐND tỉnh Nguyễn Xuân Sơn nhấn mạnh yêu cầu này.",
            "Nguyễn Xuân Sơn",
            ("Chủ tịch HĐND tỉnh",),
        ),
        (
            "Phát biểu tại buổi làm việc, Bí thư Huyện ủy Nam Đàn Nguyễn Văn Hải cho biết huyện đã về đích.",
            "Nguyễn Văn Hải",
            ("Bí thư Huyện ủy Nam Đàn",),
        ),
        (
            "Chủ tịch UBND tỉnh Nghệ An Nguyễn Đức Trung yêu cầu các ngành vào cuộc.",
            "Nguyễn Đức Trung",
            ("Chủ tịch UBND tỉnh Nghệ An",),
        ),
        (
            "Bí thư Huyện ủy Hoàng Mai Nguyễn Văn An cho biết thị xã đã hoàn thành chỉ tiêu.",
            "Nguyễn Văn An",
            ("Bí thư Huyện ủy Hoàng Mai",),
        ),
        (
            "Thừa ủy quyền, Phó Chủ tịch UBND tỉnh Bùi Thanh An trao quyết định bổ nhiệm.",
            "Bùi Thanh An",
            ("Phó Chủ tịch UBND tỉnh",),
        ),
        (
            "Đồng chí Bí thư Tỉnh ủy Thái Thanh Quý tặng quà cho các gia đình chính sách.",
            "Thái Thanh Quý",
            ("Bí thư Tỉnh ủy",),
        ),
        (
            "Ủy viên Bộ Chính trị, Chủ tịch Quốc hội Vương Đình Huệ dự và phát biểu chỉ đạo.",
            "Vương Đình Huệ",
            ("Ủy viên Bộ Chính trị", "Chủ tịch Quốc hội"),
        ),
        # a veteran is named by his title like an officer
        (
            "Cựu chiến binh Nguyễn Văn Thử ở xã Nghi Phong đã hiến 500 m2 đất làm đường.",
            "Nguyễn Văn Thử",
            ("Cựu chiến binh",),
        ),
        # a title in lower case before a name: shown as titles are written; with its office, as written
        (
            "Tại phiên chất vấn, đại biểu Trần Thị Hồng Nhung đề nghị làm rõ trách nhiệm.",
            "Trần Thị Hồng Nhung",
            ("Đại biểu",),
        ),
        (
            "Nhiều năm qua, cựu chiến binh Hoàng Văn Kiểm vẫn giữ nếp sinh hoạt chi bộ.",
            "Hoàng Văn Kiểm",
            ("Cựu chiến binh",),
        ),
        (
            "Sau đó, đại biểu HĐND tỉnh Nguyễn Văn Bình chất vấn về tiến độ dự án.",
            "Nguyễn Văn Bình",
            ("đại biểu HĐND tỉnh",),
        ),
    ],
)
def test_role_before_the_name(body: str, name: str, expected: tuple[str, ...]) -> None:
    p = read(body)
    assert roles(p) == {name: expected}
    assert said(body, p, name) == [name]


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        # a title before the name, and roles after it: the person has both
        (
            "Về dự có Thiếu tướng Phạm Thế Tùng - Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Công an tỉnh.",
            "Phạm Thế Tùng",
            ("Ủy viên Ban Thường vụ Tỉnh ủy", "Giám đốc Công an tỉnh"),
        ),
        (
            "Chủ tịch UBND tỉnh Lê Văn An - Phó Bí thư Tỉnh ủy phát biểu chỉ đạo.",
            "Lê Văn An",
            ("Chủ tịch UBND tỉnh", "Phó Bí thư Tỉnh ủy"),
        ),
        (
            "Bí thư Huyện ủy Nam Đàn Nguyễn Văn Hải - Ủy viên BCH Đảng bộ tỉnh phát biểu.",
            "Nguyễn Văn Hải",
            ("Bí thư Huyện ủy Nam Đàn", "Ủy viên BCH Đảng bộ tỉnh"),
        ),
        # after "tỉnh" a run that is no province is a name, even without a surname
        ("Phó Chủ tịch UBND tỉnh A Pớt phát biểu tại phiên họp.", "A Pớt", ("Phó Chủ tịch UBND tỉnh",)),
        # "của Quốc hội" belongs to the office
        (
            "Dự có đồng chí Điểu K'Ré - Ủy viên Hội đồng Dân tộc của Quốc hội, Phó Trưởng đoàn ĐBQH tỉnh.",
            "Điểu K'Ré",
            ("Ủy viên Hội đồng Dân tộc của Quốc hội", "Phó Trưởng đoàn ĐBQH tỉnh"),
        ),
        # the holder of an office inside a unit ("Khu kinh tế tỉnh") is not a place
        (
            "Trưởng Ban Quản lý Khu kinh tế tỉnh Trần Văn Thịnh cho biết còn 7 dự án vướng mặt bằng.",
            "Trần Văn Thịnh",
            ("Trưởng Ban Quản lý Khu kinh tế tỉnh",),
        ),
        # a list item is a name whole: no place is cut from "Y Ngông Niê Kđăm"
        (
            "Dự có các đồng chí: Điểu K'Ré - Phó Chủ tịch UBND tỉnh phụ trách khối văn xã; Y Ngông Niê Kđăm - "
            "Phó Chủ tịch UBND tỉnh.",
            "Y Ngông Niê Kđăm",
            ("Phó Chủ tịch UBND tỉnh",),
        ),
        # the village elder of the Central Highlands is named like "ông"
        ("Già làng Ayun Hyah (làng Kép 1, xã Ia Ka) chia sẻ kinh nghiệm.", "Ayun Hyah", ()),
        # degrees written short are no role; spelled out they are, and the offices after a comma too
        (
            "PGS.TS Nguyễn Văn Minh - Giám đốc Bệnh viện Đa khoa tỉnh trình bày tham luận.",
            "Nguyễn Văn Minh",
            ("Giám đốc Bệnh viện Đa khoa tỉnh",),
        ),
        ("Cùng dự có ThS. Lê Thị Hoa, Phó Giám đốc Sở Y tế.", "Lê Thị Hoa", ("Phó Giám đốc Sở Y tế",)),
        (
            "Tiến sĩ Lê Thị Hồng Vân, Hiệu trưởng Trường Đại học Vinh phát biểu.",
            "Lê Thị Hồng Vân",
            ("Hiệu trưởng Trường Đại học Vinh",),
        ),
        (
            "Thiếu tướng Nguyễn Văn A, Giám đốc Công an tỉnh báo cáo tình hình an ninh.",
            "Nguyễn Văn A",
            ("Giám đốc Công an tỉnh",),
        ),
    ],
)
def test_titles_on_both_sides_and_unusual_names(body: str, name: str, expected: tuple[str, ...]) -> None:
    p = read(body)
    assert roles(p)[name] == expected
    assert not any(n != name and n in name for n in names(p))  # no second, cut copy of the name


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        (
            "Thừa ủy quyền của Chủ tịch nước, Phó Chủ tịch UBND tỉnh Mai Xuân Liêm đã trao Huân chương Lao động "
            "hạng Nhì cho Đảng bộ, chính quyền và Nhân dân huyện Nga Sơn.",
            {"Mai Xuân Liêm": ("Phó Chủ tịch UBND tỉnh",)},
            [],
        ),
        (
            "Thay mặt Chủ tịch UBND tỉnh, Giám đốc Sở Nội vụ Lê Đình Sơn trao quyết định bổ nhiệm.",
            {"Lê Đình Sơn": ("Giám đốc Sở Nội vụ",)},
            [],
        ),
        # the one acted for, when named, is mentioned, not there
        (
            "Thừa lệnh Chủ tịch nước Võ Văn Thưởng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Đỗ Minh Tuấn trao "
            "Huân chương Độc lập hạng Ba cho Bộ Chỉ huy Quân sự tỉnh.",
            {"Đỗ Minh Tuấn": ("Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh")},
            ["Võ Văn Thưởng"],
        ),
    ],
)
def test_the_authority_acted_for_is_no_role_of_who_acts(
    body: str, expected: dict[str, tuple[str, ...]], absent: list[str]
) -> None:
    p = read(body)
    assert roles(p) == expected
    assert [x.name for x in p.mentioned] == absent


def test_the_office_acted_for_is_no_mention_of_its_holder() -> None:
    body = (
        "Dự có đồng chí Nguyễn Đức Trung - Chủ tịch UBND tỉnh. Thay mặt Chủ tịch UBND tỉnh, ông Trần Văn Cường - "
        "Phó Chủ tịch UBND huyện trao quà cho các gia đình chính sách."
    )
    p = read(body)
    assert said(body, p, "Nguyễn Đức Trung") == ["Nguyễn Đức Trung"]
    assert roles(p)["Trần Văn Cường"] == ("Phó Chủ tịch UBND huyện",)


def test_a_delegate_questioning_and_the_official_answering_are_both_there() -> None:
    p = read(
        "Trả lời chất vấn của đại biểu Lê Thị Hồng Nhung (tổ đại biểu xã Kỳ Phong), ông Phan Văn Hậu - "
        "Trưởng phòng Nông nghiệp huyện nhận trách nhiệm."
    )
    assert roles(p) == {
        "Lê Thị Hồng Nhung": ("Đại biểu",),
        "Phan Văn Hậu": ("Trưởng phòng Nông nghiệp huyện",),
    }


@pytest.mark.parametrize(
    "body",
    [
        "Chủ tịch UBND tỉnh Hà Tĩnh phát biểu tại hội nghị.",
        "Hội Cựu chiến binh tỉnh tổ chức gặp mặt cán bộ hội các thời kỳ.",
        "Tốc độ tăng trưởng Quảng Trạch đứng đầu khu vực.",
        "Bí thư Huyện ủy Quỳ Hợp cho biết huyện có nhiều khó khăn.",
        "Chủ tịch UBND huyện Lương Sơn phát biểu. Huyện Lương Sơn có ba khu công nghiệp.",
        "Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh phát biểu.",
        "Tăng trưởng kinh tế đạt 8,5%. Trưởng thành từ phong trào thanh niên, nhiều cán bộ được bổ nhiệm.",
    ],
)
def test_place_after_a_role_is_not_a_name(body: str) -> None:
    assert names(read(body)) == set()


# --- rare and non-Kinh names ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        (
            "Đồng chí Vừ A Dính - Phó Chủ tịch UBND huyện Kỳ Sơn báo cáo tình hình.",
            "Vừ A Dính",
            ("Phó Chủ tịch UBND huyện Kỳ Sơn",),
        ),
        (
            "Đồng chí Lò Văn Muôn - Chủ tịch UBND huyện Quế Phong phát biểu.",
            "Lò Văn Muôn",
            ("Chủ tịch UBND huyện Quế Phong",),
        ),
        (
            "Tham dự có đồng chí Ksor Phước Hà - Phó Chủ tịch UBND tỉnh Gia Lai.",
            "Ksor Phước Hà",
            ("Phó Chủ tịch UBND tỉnh Gia Lai",),
        ),
        (
            "Tham dự có đồng chí Y Thanh Hà Niê Kđăm - Phó Bí thư Thường trực Tỉnh ủy Đắk Lắk.",
            "Y Thanh Hà Niê Kđăm",
            ("Phó Bí thư Thường trực Tỉnh ủy Đắk Lắk",),
        ),
        (
            "Ông Uông Chu Lưu, Phó Chủ tịch Quốc hội dự và phát biểu chỉ đạo tại hội nghị.",
            "Uông Chu Lưu",
            ("Phó Chủ tịch Quốc hội",),
        ),
        (
            "Chủ tịch UBND huyện Mường Lát Hà Văn Ngải kiểm tra công trình.",
            "Hà Văn Ngải",
            ("Chủ tịch UBND huyện Mường Lát",),
        ),
    ],
)
def test_rare_surnames(body: str, name: str, expected: tuple[str, ...]) -> None:
    assert roles(read(body)) == {name: expected}


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        # the Ê Đê "Y" opens the name: it is no part of the rank or the office before it
        (
            "Hội nghị do Đại tá Y Jút Buôn Krông, Chủ tịch Hội CCB tỉnh chủ tọa.",
            "Y Jút Buôn Krông",
            ("Chủ tịch Hội CCB tỉnh",),
        ),
        (
            "Dự hội nghị có Chủ tịch Hội CCB huyện Krông Búk Y Biêr Buôn Yă.",
            "Y Biêr Buôn Yă",
            ("Chủ tịch Hội CCB huyện Krông Búk",),
        ),
        (
            "Dự có Phó Bí thư Thường trực Tỉnh ủy Y Thanh Hà Niê Kđăm.",
            "Y Thanh Hà Niê Kđăm",
            ("Phó Bí thư Thường trực Tỉnh ủy",),
        ),
        # so do "H'…" and the Jrai family names, after a district whose name no list holds
        (
            "Phó Chủ tịch HĐND huyện Krông Bông H'Hoa Byă phát biểu.",
            "H'Hoa Byă",
            ("Phó Chủ tịch HĐND huyện Krông Bông",),
        ),
        (
            "Chủ tịch UBND huyện Krông Pắc Nay Phi La kiểm tra tiến độ làm đường.",
            "Nay Phi La",
            ("Chủ tịch UBND huyện Krông Pắc",),
        ),
        (
            "Đoàn do Thượng tá Rơ Mah Tuấn, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh dẫn đầu.",
            "Rơ Mah Tuấn",
            ("Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh",),
        ),
        # a district may end with an "H'…" word: the name after it is not cut there
        (
            "Chủ tịch UBND huyện Ia H'Drai Nguyễn Văn An báo cáo tình hình.",
            "Nguyễn Văn An",
            ("Chủ tịch UBND huyện Ia H'Drai",),
        ),
    ],
)
def test_a_highland_name_opens_with_its_opener_after_a_rank_or_an_office(
    body: str, name: str, expected: tuple[str, ...]
) -> None:
    for ner in (False, True):
        assert roles(read(body, ner=ner)) == {name: expected}, ner


# --- captions and photographers ------------------------------------------------------------------


def test_caption_person_and_photographer() -> None:
    p = read("Đồng chí Lê Hồng Vinh - Phó Chủ tịch UBND tỉnh phát biểu tại cuộc làm việc. Ảnh: Thành Cường")
    assert roles(p) == {"Lê Hồng Vinh": ("Phó Chủ tịch UBND tỉnh",)}
    assert [ph.name for ph in p.photographers] == ["Thành Cường"]


def test_several_photographers_and_non_names() -> None:
    p = read("Các đồng chí lãnh đạo tỉnh tặng hoa chúc mừng đại hội. Ảnh: Minh Quân - Hải Vương")
    assert [ph.name for ph in p.photographers] == ["Minh Quân", "Hải Vương"]
    assert names(p) == set()
    for credit in ("Ảnh: Internet", "Ảnh minh họa: Tư liệu", "Bài, ảnh: Nhóm PV", "Ảnh: PV"):
        q = read(f"Toàn cảnh hội nghị. {credit}")
        assert q.photographers == () and names(q) == set(), credit


def test_the_roles_after_a_named_office_are_another_persons_or_a_plural() -> None:
    p = read("Dự có Chủ tịch UBND tỉnh Lê Văn An, Phó Chủ tịch UBND tỉnh Trần Thị Bình.")
    assert roles(p) == {"Lê Văn An": ("Chủ tịch UBND tỉnh",), "Trần Thị Bình": ("Phó Chủ tịch UBND tỉnh",)}
    q = read("Dự có Phó Chủ tịch UBND tỉnh Lê Văn An, Giám đốc các sở, ngành liên quan.")
    assert roles(q) == {"Lê Văn An": ("Phó Chủ tịch UBND tỉnh",)}


def test_agency_acronyms_are_no_photographers() -> None:
    p = read(
        "Thủ tướng phát biểu tại hội nghị. Ảnh: VGP/Nhật Bắc\n\nQuang cảnh. Ảnh: TTXVN\n\nĐoàn. Ảnh: HÙNG"
    )
    assert [ph.name for ph in p.photographers] == ["Nhật Bắc", "Hùng"]


def test_credits_in_initials_join_the_full_credit() -> None:
    p = read(
        "Quang cảnh kỳ họp. Ảnh: Hoàng Gia\n\nĐồng chí Y Ngông Niê Kđăm trình bày báo cáo. Ảnh: H.Gia\n\n"
        "Quang cảnh phiên thảo luận. Ảnh: N.Đ.T"
    )
    assert [(ph.name, ph.mention_count) for ph in p.photographers] == [("Hoàng Gia", 2), ("N.Đ.T", 1)]
    assert "Gia" not in names(p)


def test_all_caps_caption() -> None:
    p = read(
        "ĐỒNG CHÍ NGUYỄN VĂN THÔNG - PHÓ BÍ THƯ THƯỜNG TRỰC TỈNH ỦY PHÁT BIỂU TẠI HỘI NGHỊ. ẢNH: THÀNH CƯỜNG"
    )
    assert roles(p) == {"Nguyễn Văn Thông": ("Phó Bí thư Thường trực Tỉnh ủy",)}
    assert [ph.name for ph in p.photographers] == ["Thành Cường"]


def test_all_caps_caption_list_with_chairs_merges_with_ordinary_text() -> None:
    body = (
        "Đồng chí Nguyễn Xuân Sơn - Phó Bí thư Thường trực Tỉnh ủy phát biểu.\n"
        "CÁC ĐỒNG CHÍ: THÁI THANH QUÝ - BÍ THƯ TỈNH ỦY; NGUYỄN XUÂN SƠN - CHỦ TỊCH HĐND TỈNH ĐỒNG CHỦ TRÌ "
        "HỘI NGHỊ. ẢNH: THÀNH DUY"
    )
    p = read(body)
    assert roles(p) == {
        "Thái Thanh Quý": ("Bí thư Tỉnh ủy",),
        "Nguyễn Xuân Sơn": ("Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
    }
    assert chairs(p) == {"Thái Thanh Quý", "Nguyễn Xuân Sơn"}
    assert said(body, p, "Nguyễn Xuân Sơn") == ["Nguyễn Xuân Sơn", "NGUYỄN XUÂN SƠN"]


def test_all_caps_heading_is_never_a_person() -> None:
    p = read(
        "Đồng chí Lê Hồng Vinh - Phó Chủ tịch UBND tỉnh phát biểu.\n\nNGUYỄN DU - DANH NHÂN VĂN HÓA THẾ GIỚI\n\n"
        "Các đại biểu thảo luận sôi nổi.",
        ner=True,
    )
    assert names(p) == {"Lê Hồng Vinh"}
    assert p.mentioned == ()


# --- streets, places, history --------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Đoàn đã kiểm tra tuyến đường Lê Lợi và đường Trần Phú, sau đó làm việc tại số 12 Trần Phú.",
        "Tại ngã tư Trần Phú - Lê Lợi, lực lượng chức năng đã phân luồng giao thông.",
        "Trường THPT Phan Bội Châu đón nhận Huân chương Lao động hạng Nhất.",
        "Nhà văn hóa khối Trần Phú được xây mới trên phố Nguyễn Thị Minh Khai.",
        "Công trình nằm trên đường Bà Triệu, gần phố Ông Ích Khiêm.",
    ],
)
def test_streets_and_schools_are_not_people(body: str) -> None:
    p = read(body, ner=True)
    assert names(p) == set()


@pytest.mark.parametrize(
    "body",
    [
        "Khu kinh tế mở Chu Lai đề xuất mở rộng thêm 1.000 ha.",
        "Khu du lịch biển Lý Hòa đón hơn 300.000 lượt khách.",
        "Cần sớm xây thêm phòng học cho Trường Tiểu học Nguyễn Du và Trường Mầm non Hoa Sen.",
        "Trường THPT chuyên Phan Bội Châu đạt 12 giải học sinh giỏi quốc gia.",
        "Dự án sân bay Phan Thiết đạt 70% khối lượng.",
        "Bệnh viện Đa khoa Hồng Đức tiếp nhận 200 ca cấp cứu trong dịp Tết.",
    ],
)
def test_schools_zones_and_works_named_after_someone_are_nobody(body: str) -> None:
    # a name after the kind of a school, a zone or a work is theirs: not an attendee, not a mention
    for ner in (False, True):
        p = read(body, ner=ner)
        assert names(p) == set() and p.mentioned == (), ner


@pytest.mark.parametrize(
    "body",
    [
        "Các tuyến đường Hồ Xuân Hương, Trần Nhân Tông được chỉnh trang, mở rộng.",
        "Bà cần sớm nâng cấp các tuyến đường Y Jút, Phan Bội Châu và Lê Duẩn tại thành phố.",
        "Dự hội nghị có nhiều giáo viên ở các huyện Ea Súp, Buôn Đôn, M'Đrắk và Krông Bông.",
    ],
)
def test_a_list_of_streets_or_places_goes_on_after_commas(body: str) -> None:
    for ner in (False, True):
        p = read(body, ner=ner)
        assert names(p) == set() and p.mentioned == ()


def test_history_is_mentioned_not_attending() -> None:
    p = read("Học tập và làm theo tấm gương đạo đức Chủ tịch Hồ Chí Minh là nhiệm vụ thường xuyên.")
    assert names(p) == set()
    assert [x.name for x in p.mentioned] == ["Hồ Chí Minh"]


def test_related_news_only_is_mentioned() -> None:
    body = (
        "(Baonghean.vn) - Sáng 2/3, UBND tỉnh tổ chức hội nghị giao ban.\n\n"
        "Đồng chí Lê Hồng Vinh - Phó Chủ tịch UBND tỉnh phát biểu.\n\nTin liên quan\n\n"
        "Chủ tịch UBND tỉnh kiểm tra công trình trọng điểm\n\n"
        "(Baonghean.vn) - Sáng 3/3, Chủ tịch UBND tỉnh Nguyễn Đức Trung đã kiểm tra tiến độ các dự án."
    )
    p = read(body)
    assert names(p) == {"Lê Hồng Vinh"}
    assert [x.name for x in p.mentioned] == ["Nguyễn Đức Trung"]
    assert p.mentioned[0].roles == ("Chủ tịch UBND tỉnh",) and not p.mentioned[0].chair


# --- later mentions ------------------------------------------------------------------------------


def test_role_alone_and_given_name_count_for_the_holder() -> None:
    body = (
        "Các đồng chí: Nguyễn Xuân Sơn - Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; Thái Thanh Quý - "
        "Bí thư Tỉnh ủy đồng chủ trì hội nghị. Chủ tịch HĐND tỉnh nhấn mạnh cần bám sát thực tiễn. "
        "Bí thư Tỉnh ủy yêu cầu các ngành vào cuộc. Đồng chí Sơn cũng lưu ý nhiều vấn đề. "
        "Thái Thanh Quý kết luận hội nghị."
    )
    p = read(body)
    assert said(body, p, "Nguyễn Xuân Sơn") == ["Nguyễn Xuân Sơn", "Chủ tịch HĐND tỉnh", "Sơn"]
    assert said(body, p, "Thái Thanh Quý") == ["Thái Thanh Quý", "Bí thư Tỉnh ủy", "Thái Thanh Quý"]


def test_role_alone_matches_a_role_with_an_address() -> None:
    body = (
        "Ông Lê Văn Hòa, Chủ tịch UBND xã Nghi Phong, huyện Nghi Lộc cho biết xã đã về đích nông thôn mới. "
        "Chủ tịch UBND xã Nghi Phong cũng đề nghị huyện hỗ trợ kinh phí làm đường."
    )
    p = read(body)
    assert roles(p) == {"Lê Văn Hòa": ("Chủ tịch UBND xã Nghi Phong, huyện Nghi Lộc",)}
    assert said(body, p, "Lê Văn Hòa") == ["Lê Văn Hòa", "Chủ tịch UBND xã Nghi Phong"]


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        (
            "Chủ tịch UBND huyện Nga Sơn Trịnh Tuấn Thành trao giấy khen cho các tập thể. Tiếp thu ý kiến chỉ đạo, "
            "Chủ tịch UBND huyện Trịnh Tuấn Thành khẳng định huyện sẽ phát huy truyền thống.",
            "Trịnh Tuấn Thành",
            ("Chủ tịch UBND huyện Nga Sơn",),
        ),
        (
            "Đến dự có đồng chí Hà Thị Hậu, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện Tân Sơn. Đồng chí "
            "Hà Thị Hậu, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện phát biểu chỉ đạo hội nghị.",
            "Hà Thị Hậu",
            ("Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện Tân Sơn"),
        ),
        # said shorter first, whole later: the whole role, where the short one stood
        (
            "Giám đốc Ban Quản lý dự án Đặng Văn Thắng báo cáo khó khăn. Theo ông Đặng Văn Thắng, Giám đốc Ban Quản "
            "lý dự án đầu tư xây dựng công trình giao thông tỉnh, nhà thầu thiếu vật liệu đắp nền.",
            "Đặng Văn Thắng",
            ("Giám đốc Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh",),
        ),
        (
            "Dự có đồng chí Lê Văn Hòa - Ủy viên Ban Thường vụ Huyện ủy, Bí thư Chi bộ xóm Yên Quang. Ông Lê Văn "
            "Hòa, Bí thư Chi bộ xóm Yên Quang, xã Diễn Kim cho biết chi bộ có 45 đảng viên.",
            "Lê Văn Hòa",
            ("Ủy viên Ban Thường vụ Huyện ủy", "Bí thư Chi bộ xóm Yên Quang, xã Diễn Kim"),
        ),
    ],
)
def test_a_role_said_again_shorter_is_one_role(body: str, name: str, expected: tuple[str, ...]) -> None:
    assert roles(read(body)) == {name: expected}


def test_role_alone_held_by_two_is_nobody() -> None:
    body = (
        "Cùng dự có các đồng chí: Lê Hồng Vinh - Phó Chủ tịch UBND tỉnh; Bùi Đình Long - Phó Chủ tịch UBND "
        "tỉnh. Phó Chủ tịch UBND tỉnh đề nghị các sở khẩn trương triển khai."
    )
    p = read(body)
    assert [x.mention_count for x in p.people] == [1, 1]


def test_spelled_out_office_matches_its_acronym() -> None:
    body = (
        "Đồng chí Nguyễn Đức Trung - Chủ tịch Ủy ban nhân dân tỉnh chủ trì. Chủ tịch UBND tỉnh yêu cầu các "
        "ngành rà soát."
    )
    assert said(body, read(body), "Nguyễn Đức Trung") == ["Nguyễn Đức Trung", "Chủ tịch UBND tỉnh"]


# --- chairs and groups ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Hội nghị do đồng chí Thái Thanh Quý - Bí thư Tỉnh ủy chủ trì.", {"Thái Thanh Quý"}),
        (
            "Chủ trì hội nghị có các đồng chí: Hoàng Nghĩa Hiếu - Phó Chủ tịch Thường trực HĐND tỉnh; Vừ A Dính - "
            "Phó Chủ tịch UBND huyện Kỳ Sơn.",
            {"Hoàng Nghĩa Hiếu", "Vừ A Dính"},
        ),
        (
            "Hội nghị diễn ra dưới sự chủ trì của đồng chí Nguyễn Văn Thông - Phó Bí thư Thường trực Tỉnh ủy và "
            "đồng chí Hoàng Nghĩa Hiếu - Phó Chủ tịch Thường trực HĐND tỉnh.",
            {"Nguyễn Văn Thông", "Hoàng Nghĩa Hiếu"},
        ),
        (
            "Đồng chí Lê Hồng Vinh - Phó Chủ tịch UBND tỉnh yêu cầu Sở Tài chính chủ trì, phối hợp với các ngành.",
            set(),
        ),
        (
            "Đồng chí Nguyễn Đức Trung - Chủ tịch UBND tỉnh dự hội nghị. Chủ tịch UBND tỉnh chủ trì phiên thảo "
            "luận chiều.",
            {"Nguyễn Đức Trung"},
        ),
        (
            "Bí thư Huyện ủy Quỳnh Lưu Hồ Văn Mạnh và đồng chí Lê Văn Tuấn (Phó Bí thư Huyện ủy, Chủ tịch UBND "
            "huyện) đồng chủ trì hội nghị.",
            {"Hồ Văn Mạnh", "Lê Văn Tuấn"},
        ),
        (
            "Đồng chí Huỳnh Thị Chiến Hòa - Chủ tịch HĐND tỉnh và đồng chí H'Yim Kđoh - Phó Chủ tịch HĐND tỉnh "
            "điều hành kỳ họp.",
            {"Huỳnh Thị Chiến Hòa", "H'Yim Kđoh"},
        ),
        ("Chủ tọa kỳ họp có các đồng chí: Lê Văn Hùng, Trần Thị Mai.", {"Lê Văn Hùng", "Trần Thị Mai"}),
        # "do … điều hành" closing the sentence: whoever the "do" clause names runs the gathering
        (
            "Kỳ họp do đồng chí Trần Văn Phúc - Chủ tịch HĐND huyện và bà Ksor H'Bơ - Phó Chủ tịch HĐND huyện "
            "điều hành.",
            {"Trần Văn Phúc", "Ksor H'Bơ"},
        ),
        (
            "Phiên thảo luận chiều do ông Đinh Văn Lực - Phó Chủ tịch Thường trực HĐND tỉnh điều hành, kéo dài "
            "gần ba giờ.",
            {"Đinh Văn Lực"},
        ),
        # a business "do … điều hành" is run, not chaired
        ("Công ty do ông Hồ Văn Tài - Giám đốc Công ty điều hành.", set()),
        ("Dự án do ông Phan Văn Khoa - Giám đốc Ban Quản lý dự án điều hành.", set()),
    ],
)
def test_chairs(body: str, expected: set[str]) -> None:
    p = read(body)
    assert chairs(p) == expected
    assert all(x.chair for x in p.people[: len(expected)])


def test_groups_in_an_attendance_sentence_only() -> None:
    p = read(
        "Hội nghị do đồng chí Thái Thanh Quý - Bí thư Tỉnh ủy chủ trì. Cùng dự có đại diện lãnh đạo các sở, "
        "ban, ngành cấp tỉnh; các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy."
    )
    assert [g.text for g in p.groups] == [
        "Đại diện lãnh đạo các sở, ban, ngành cấp tỉnh",
        "Ủy viên Ban Thường vụ Tỉnh ủy",
    ]
    q = read(
        "Năm qua, lãnh đạo UBND tỉnh đã chỉ đạo quyết liệt; đại diện Sở Tài chính cho biết ngân sách tăng."
    )
    assert q.groups == ()


def test_groups_of_delegates_heads_and_counts() -> None:
    p = read(
        "Dự kỳ họp có các đồng chí trong Ban Thường vụ Tỉnh ủy, đại biểu HĐND tỉnh; thủ trưởng các sở, ngành; "
        "lãnh đạo các huyện miền núi và 248 người có uy tín."
    )
    assert [g.text for g in p.groups] == [
        "Các đồng chí trong Ban Thường vụ Tỉnh ủy",
        "Đại biểu HĐND tỉnh",
        "Thủ trưởng các sở, ngành",
        "Lãnh đạo các huyện miền núi",
    ]
    # delegates doing something are no group
    q = read("Tại hội nghị, các đại biểu vượt đường xa về dự buổi gặp mặt đầu xuân.")
    assert q.groups == ()
    r = read("Cùng dự có lãnh đạo các xã, thị trấn và người có uy tín trên địa bàn huyện.")
    assert [g.text for g in r.groups] == ["Lãnh đạo các xã, thị trấn và người có uy tín trên địa bàn huyện"]


def test_groups_of_many_holders_of_one_title() -> None:
    p = read(
        "Cùng dự có các Phó Chủ tịch UBND tỉnh: Lê Văn An, Trần Thị Bình; các thành viên UBND tỉnh; lãnh đạo "
        "các sở, ngành."
    )
    assert roles(p) == {
        "Lê Văn An": ("Phó Chủ tịch UBND tỉnh",),
        "Trần Thị Bình": ("Phó Chủ tịch UBND tỉnh",),
    }
    assert [g.text for g in p.groups] == ["Các thành viên UBND tỉnh", "Lãnh đạo các sở, ngành"]
    q = read("Tham dự buổi làm việc có các Ủy viên Ban Thường vụ Huyện ủy.")
    assert [g.text for g in q.groups] == ["Các Ủy viên Ban Thường vụ Huyện ủy"] and names(q) == set()
    # members of nothing named are no group
    r = read("Cùng dự có các thành viên tham gia dự án.")
    assert r.groups == () and names(r) == set()


def test_a_sentence_may_open_with_the_group() -> None:
    p = read(
        "Đại diện lãnh đạo các sở Tài chính, Xây dựng, Ban Quản lý dự án đầu tư xây dựng tỉnh cũng tham dự."
    )
    assert [g.text for g in p.groups] == [
        "Đại diện lãnh đạo các sở Tài chính, Xây dựng, Ban Quản lý dự án đầu tư xây dựng tỉnh"
    ]
    # in a paragraph of who attended, a sentence that only opens with "Lãnh đạo" is not one
    q = read("Dự hội nghị có ông Nguyễn Văn An. Lãnh đạo UBND tỉnh đã chỉ đạo quyết liệt.")
    assert q.groups == ()


# --- the model as a second signal ----------------------------------------------------------------


def test_names_without_any_pattern() -> None:
    # a middle name "Văn"/"Thị" with a surname is enough; no model needed
    p = read("Cùng dự có Nguyễn Văn Nam và Trần Thị Hoa, cán bộ hưu trí của phường.")
    assert names(p) == {"Nguyễn Văn Nam", "Trần Thị Hoa"}


def test_the_model_finds_what_the_patterns_miss() -> None:
    body = "Cùng dự có Lê Minh và nhiều cán bộ khác."
    assert names(read(body, ner=False)) == set()
    assert names(read(body, ner=True)) == {"Lê Minh"}


def test_model_names_outside_attendance_are_only_mentioned() -> None:
    p = read("Theo lời kể của Nguyễn Văn Nam, ngôi làng đã có từ lâu đời.", ner=True)
    assert names(p) == set()
    assert [x.name for x in p.mentioned] == ["Nguyễn Văn Nam"]


def test_byline_is_not_a_person() -> None:
    p = read("Đồng chí Lê Hồng Vinh - Phó Chủ tịch UBND tỉnh phát biểu.\n\nThành Duy", ner=True)
    assert names(p) == {"Lê Hồng Vinh"} and p.mentioned == ()


# --- found on other news: countries, titles before places, "ông X" after any verb ----------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Ông Moon đã gặp Chủ tịch Trung Quốc Tập Cận Bình, Thủ tướng Nhật Bản Shinzo Abe tại hội nghị.",
            {"Tập Cận Bình": ("Chủ tịch Trung Quốc",), "Shinzo Abe": ("Thủ tướng Nhật Bản",)},
        ),
        ("Chủ tịch Hà Nội cho biết thành phố sẽ xử lý dứt điểm.", {}),
        ("Đại sứ Việt Nam tại Nhật Bản dự buổi lễ.", {}),
        (
            "Thủ tướng Nguyễn Xuân Phúc đón Tết Trung thu cùng trẻ em Quảng Nam.",
            {"Nguyễn Xuân Phúc": ("Thủ tướng",)},
        ),
        ("Áp thấp nhiệt đới trên vùng biển các tỉnh Phú Yên - Bà Rịa Vũng Tàu mạnh lên.", {}),
        ("Chủ tịch Hội Sinh viên tỉnh phát biểu.", {}),
    ],
)
def test_titles_before_places_and_countries(body: str, expected: dict[str, tuple[str, ...]]) -> None:
    assert roles(read(body)) == expected


def test_citizens_named_only_as_ong_or_ba_are_mentioned() -> None:
    body = (
        "(Baonghean.vn) - Sáng 15/5, Bí thư Tỉnh ủy Nguyễn Đức Trung chủ trì buổi tiếp công dân định kỳ tháng 5.\n\n"
        "Bà Nguyễn Thị Lài, trú tại xã Nghi Xuân, huyện Nghi Lộc kiến nghị xem xét lại việc bồi thường khi Nhà "
        "nước thu hồi đất. Theo bà Lài, gia đình chưa được hỗ trợ chuyển đổi nghề.\n\n"
        "Ông Lương Văn Thoại, trú tại xã Châu Khê, huyện Con Cuông đề nghị công nhận gia đình ông được hưởng "
        "chế độ người có công."
    )
    p = read(body)
    assert roles(p) == {"Nguyễn Đức Trung": ("Bí thư Tỉnh ủy",)}
    assert [(x.name, x.roles, x.attended) for x in p.mentioned] == [
        ("Nguyễn Thị Lài", (), False),
        ("Lương Văn Thoại", (), False),
    ]
    assert said(body, p, "Nguyễn Thị Lài") == ["Nguyễn Thị Lài", "Lài"]  # "bà Lài" is her, mentioned


@pytest.mark.parametrize(
    "body",
    [
        "Chị Hà Thị Thúy ở xã Tân Hương, huyện Yên Bình cho biết mô hình trồng quế của gia đình đã mở rộng.",
        "Bà H'Ngơn Mlô, hội viên Chi hội CCB buôn Kô Sier, là một trong những hội viên nữ tiêu biểu.",
        "Anh Đinh Công Sứ ở xóm Dù cho biết homestay của gia đình mỗi tháng đón hơn 200 lượt khách.",
    ],
)
def test_a_voice_of_the_story_is_no_attendee(body: str) -> None:
    for ner in (False, True):
        p = read(body, ner=ner)
        assert names(p) == set() and len(p.mentioned) == 1, ner


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # named among who attended
        (
            "Dự buổi gặp mặt có ông Nguyễn Văn An và bà Trần Thị Bình, hai người có uy tín của xã.",
            {"Nguyễn Văn An": (), "Trần Thị Bình": ()},
        ),
        # a comrade is a cadre; a village elder, an office of the village; a bare title, an office
        ("Đồng chí Lê Văn Hùng đề nghị các xã rà soát lại danh sách hộ nghèo.", {"Lê Văn Hùng": ()}),
        (
            "Ông Bh'riu Liếc, già làng ở thôn Pà Làng, xã A Tiêng chia sẻ kinh nghiệm giữ rừng.",
            {"Bh'riu Liếc": ()},
        ),
        ("Ông Nguyễn Văn Bảy, giám đốc, cho biết doanh nghiệp đã trả hết nợ.", {"Nguyễn Văn Bảy": ()}),
        # an office said anywhere in the article
        (
            "Bà Lê Thị Hoa đề nghị hỗ trợ vốn cho hội viên. Theo bà Lê Thị Hoa, Chủ tịch Hội Phụ nữ xã Quỳnh "
            "Thắng, hội đã giúp 50 hộ vay vốn.",
            {"Lê Thị Hoa": ("Chủ tịch Hội Phụ nữ xã Quỳnh Thắng",)},
        ),
    ],
)
def test_an_office_a_title_or_attendance_makes_an_attendee(
    body: str, expected: dict[str, tuple[str, ...]]
) -> None:
    p = read(body)
    assert roles(p) == expected
    assert p.mentioned == ()


def test_given_name_after_any_verb() -> None:
    body = (
        "Tại buổi đối thoại, ông Nguyễn Văn Thuận cho biết như vậy. "
        "Công an xã đã triệu tập ông Thuận lên làm việc. Ông Thuận thừa nhận sai phạm."
    )
    p = read(body)
    assert said(body, p, "Nguyễn Văn Thuận") == ["Nguyễn Văn Thuận", "Thuận", "Thuận"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Dự có Trưởng Ban Dân vận Tỉnh ủy Hà Thị Hoa và Giám đốc Sở Nội vụ Nguyễn Văn An.",
            {"Hà Thị Hoa": ("Trưởng Ban Dân vận Tỉnh ủy",), "Nguyễn Văn An": ("Giám đốc Sở Nội vụ",)},
        ),
        # The lower-case suffix still makes a head of the words before it.
        (
            "Dự có Cục trưởng Cục Thuế tỉnh Trần Văn Bình.",
            {"Trần Văn Bình": ("Cục trưởng Cục Thuế tỉnh",)},
        ),
    ],
)
def test_a_capital_truong_opens_its_own_head(body: str, expected: dict[str, tuple[str, ...]]) -> None:
    assert roles(read(body)) == expected


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        ("Dự hội nghị có đồng chí Lê Thị Thuý Hoà - Phó Chủ tịch UBND tỉnh.", "Lê Thị Thuý Hoà"),
        ("Dự hội nghị có đồng chí Trần Văn Thuỷ - Chủ tịch Hội Nông dân tỉnh.", "Trần Văn Thuỷ"),
        # a mark left on the glide of a closed syllable still reads as the surname it is
        ("Dự hội nghị có đồng chí Hòang Văn Khải - Giám đốc Sở Tài chính.", "Hòang Văn Khải"),
    ],
)
def test_names_are_shown_as_written(body: str, shown: str) -> None:
    p = read(body)
    assert names(p) == {shown}
    assert p.find(shown) is not None


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        ("Dự lễ có Thượng tọa Thích Minh Đạo, Phó Trưởng ban Trị sự tỉnh.", "Thích Minh Đạo", ("Phó Trưởng ban Trị sự tỉnh",)),
        ("Cùng dự có Linh mục Trần Văn Khiêm và Mục sư Lê Quang Tín.", "Lê Quang Tín", ()),
        ("Dự hội nghị có Trung tá Phan Văn Lực.", "Phan Văn Lực", ()),
        ("Tham dự có Phó Giáo sư Đào Thị Mận, Viện trưởng Viện Sử học.", "Đào Thị Mận", ("Viện trưởng Viện Sử học",)),
    ],
)
def test_ranks_degrees_and_religious_titles_are_no_roles(body: str, name: str, expected: tuple[str, ...]) -> None:
    p = read(body)
    assert roles(p).get(name) == expected


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        # the body's own lower-case words, to a separator; the body above it after ", thuộc"
        (
            "Ông Lê Văn Tùng, giám đốc Trung tâm Nước sạch và vệ sinh môi trường nông thôn, thuộc Sở NN - PTNT cho biết tình hình cấp nước.",
            "Lê Văn Tùng",
            ("giám đốc Trung tâm Nước sạch và vệ sinh môi trường nông thôn, thuộc Sở NN - PTNT",),
        ),
        (
            "Dự lễ có ông Đặng Hữu Phước, phó giám đốc Công ty TNHH MTV khai thác công trình thủy lợi tỉnh Gia Lai.",
            "Đặng Hữu Phước",
            ("phó giám đốc Công ty TNHH MTV khai thác công trình thủy lợi tỉnh Gia Lai",),
        ),
        # up to the holder's name, "tại" inside
        (
            "Chủ tịch Ủy ban quản lý vốn nhà nước tại doanh nghiệp Trần Minh Quân dự lễ.",
            "Trần Minh Quân",
            ("Chủ tịch Ủy ban quản lý vốn nhà nước tại doanh nghiệp",),
        ),
        # a verb ends it
        ("Ông Phan Quốc Huy, Giám đốc Sở Công Thương cho biết, giá điện sẽ tăng.", "Phan Quốc Huy", ("Giám đốc Sở Công Thương",)),
        # lower-case heads and bodies, and the dotted city
        (
            "Tham dự có ông Trần Văn Bảo - phó bí thư Thành ủy, chủ tịch UBND TP. HCM và nhiều đại biểu.",
            "Trần Văn Bảo",
            ("phó bí thư Thành ủy", "chủ tịch UBND TP. HCM"),
        ),
        ("Phó thủ tướng Đỗ Minh Khang dự lễ khánh thành.", "Đỗ Minh Khang", ("Phó thủ tướng",)),
        ("Tham dự có ông Hồ Văn Lành, Hiệu trưởng trường THCS Tân Lập.", "Hồ Văn Lành", ("Hiệu trưởng trường THCS Tân Lập",)),
    ],
)
def test_an_organisation_is_read_to_its_natural_end(body: str, name: str, expected: tuple[str, ...]) -> None:
    assert roles(read(body)).get(name) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Ông Trịnh Văn Hào, Bí thư Huyện ủy, người chủ trì cuộc họp, yêu cầu các xã khẩn trương thu hoạch lúa.",
            {"Trịnh Văn Hào"},
        ),
        (
            "Tọa đàm được đồng chủ trì bởi Bộ trưởng Lương Thế Vinh và Đại sứ Pháp Jean Moreau.",
            {"Lương Thế Vinh", "Jean Moreau"},
        ),
        # a gathering still to come: its chair is named, and chairs nothing here
        ("Chiều mai, Thủ tướng Hà Minh Đức sẽ chủ trì hội nghị xúc tiến đầu tư của vùng.", set()),
    ],
)
def test_chairs_said_after_the_roles_or_by_a_passive(body: str, expected: set[str]) -> None:
    assert chairs(read(body)) == expected


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        (
            "Ông Mai Văn Quế, Giám đốc sở Nông Nghiệp và Phát Triển Nông Thôn tỉnh Long An nói thêm về giá lúa.",
            "Mai Văn Quế",
            ("Giám đốc sở Nông Nghiệp và Phát Triển Nông Thôn tỉnh Long An",),
        ),
        (
            "Dự hội nghị có đồng chí Kha Văn Lợi, Tỉnh ủy viên, Giám đốc Sở Tư pháp.",
            "Kha Văn Lợi",
            ("Tỉnh ủy viên", "Giám đốc Sở Tư pháp"),
        ),
        (
            "Dự lễ có bà Lưu Thị Hạnh, Phó trưởng ban dân tộc Hội đồng nhân dân tỉnh.",
            "Lưu Thị Hạnh",
            ("Phó trưởng ban dân tộc Hội đồng nhân dân tỉnh",),
        ),
    ],
)
def test_a_body_name_with_and_a_member_title_and_a_lower_case_board(
    body: str, name: str, expected: tuple[str, ...]
) -> None:
    assert roles(read(body)).get(name) == expected


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        # former offices in lower case
        (
            "Cùng dự có nguyên phó thủ tướng Lâm Quang Đạt và nguyên bí thư Tỉnh ủy Đinh Văn Sáu.",
            "Lâm Quang Đạt",
            ("nguyên phó thủ tướng",),
        ),
        ("Cùng dự có nguyên phó thủ tướng Lâm Quang Đạt và nguyên bí thư Tỉnh ủy Đinh Văn Sáu.", "Đinh Văn Sáu", ("nguyên bí thư Tỉnh ủy",)),
        # acronyms joined with spaces around the sign; a district's number
        ("Dự lễ có Bộ trưởng Bộ LĐ - TB & XH Tạ Quang Hữu.", "Tạ Quang Hữu", ("Bộ trưởng Bộ LĐ - TB & XH",)),
        ("Buổi tiếp xúc có Phó bí thư Quận ủy Q. 5 Mạc Thị Liên.", "Mạc Thị Liên", ("Phó bí thư Quận ủy Q. 5",)),
        ("Dự có Phó Viện trưởng VKSND Tối cao Lều Văn Thành.", "Lều Văn Thành", ("Phó Viện trưởng VKSND Tối cao",)),
        # descriptions in the role slot
        ("Cử tri Huỳnh Văn Lộc (khu phố 4) phản ánh tình trạng ngập nước.", "Huỳnh Văn Lộc", ("Cử tri",)),
        ("Tiểu thương Đỗ Thị Nhàn nói chợ cần được sửa lại mái.", "Đỗ Thị Nhàn", ("Tiểu thương",)),
        # two surnames, a rare one
        ("Dự có Tổng giám đốc Nguyễn Lê Minh Quang và các phó tổng giám đốc.", "Nguyễn Lê Minh Quang", ("Tổng giám đốc",)),
        ("Dự có Phó Chủ tịch Quốc hội Uông Văn Tài.", "Uông Văn Tài", ("Phó Chủ tịch Quốc hội",)),
    ],
)
def test_former_offices_joined_acronyms_descriptions_and_double_surnames(
    body: str, name: str, expected: tuple[str, ...]
) -> None:
    assert roles(read(body)).get(name) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Ông Lục Văn Quang - trưởng Ban Tổ chức Huyện ủy - chủ trì buổi họp báo.", {"Lục Văn Quang"}),
        ("Phó Chủ tịch UBND tỉnh Phạm Thị Xuyến (thứ hai từ phải sang) chủ trì hội nghị.", {"Phạm Thị Xuyến"}),
        (
            "Chủ tịch Hội đồng Quốc phòng và an ninh, Thống lĩnh các lực lượng vũ trang Tạ Đình Hưng chủ trì buổi lễ.",
            {"Tạ Đình Hưng"},
        ),
    ],
)
def test_chairs_after_a_closing_dash_a_position_note_or_long_offices(body: str, expected: set[str]) -> None:
    assert chairs(read(body)) == expected


def test_a_surname_run_opens_no_body() -> None:
    p = read("Lễ đón Thượng tướng Đoàn Trường Lâm và đoàn đại biểu cấp cao tại cửa khẩu Tà Lùng.")
    assert names(p) == {"Đoàn Trường Lâm"}


def test_a_shared_role_before_a_colon_reaches_items_with_their_own_honorific() -> None:
    p = read(
        "Dự lễ có các đồng chí Ủy viên Bộ Chính trị: đồng chí Hà Văn Khiêm, Trưởng Ban Tổ chức Trung ương; "
        "đồng chí Lạc Thị Thơm, Chủ tịch Quốc hội."
    )
    assert roles(p) == {
        "Hà Văn Khiêm": ("Ủy viên Bộ Chính trị", "Trưởng Ban Tổ chức Trung ương"),
        "Lạc Thị Thơm": ("Ủy viên Bộ Chính trị", "Chủ tịch Quốc hội"),
    }


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        ("Tiếp đó, Đại sứ Pháp tại Việt Nam Lucas Bernard phát biểu.", "Lucas Bernard", ("Đại sứ Pháp tại Việt Nam",)),
        (
            "Dự có ông Giáp Văn Tiến, Phó Cục trưởng Cục Điều tiết điện lực, Bộ Công Thương.",
            "Giáp Văn Tiến",
            ("Phó Cục trưởng Cục Điều tiết điện lực, Bộ Công Thương",),
        ),
        (
            "Dự có ông Tôn Thất Hùng, Chủ tịch Công ty Cổ phần Nhựa Bình Minh (BMP).",
            "Tôn Thất Hùng",
            ("Chủ tịch Công ty Cổ phần Nhựa Bình Minh (BMP)",),
        ),
    ],
)
def test_the_seat_the_body_above_and_the_short_name_of_a_body(
    body: str, name: str, expected: tuple[str, ...]
) -> None:
    assert roles(read(body)).get(name) == expected


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        ("Chủ tịch Triều Tiên Kim Jong-un tiếp đoàn tại Bình Nhưỡng.", "Kim Jong-un", ("Chủ tịch Triều Tiên",)),
        # the role said first, then who holds it
        ("Nguyên Thủ tướng Bỉ, ông Paul Dumont cho biết đầu tư sẽ tăng.", "Paul Dumont", ("Nguyên Thủ tướng Bỉ",)),
        # a list item that opens with its office, not a name
        (
            "Các Ủy viên Trung ương Đảng: Tổng Thư ký Quốc hội Đinh Văn Lộc; Bộ trưởng Bộ Y tế Mai Thị Thu.",
            "Đinh Văn Lộc",
            ("Ủy viên Trung ương Đảng", "Tổng Thư ký Quốc hội"),
        ),
    ],
)
def test_hyphenated_names_roles_said_first_and_items_opening_with_an_office(
    body: str, name: str, expected: tuple[str, ...]
) -> None:
    p = read(body)
    assert roles(p).get(name) == expected
    assert all(" " in n for n in names(p)), names(p)


@pytest.mark.parametrize(
    "body",
    [
        "Hội được thành lập năm 1989 với tên gọi Hội Nông dân tỉnh Hà Sơn Bình.",
        "Hãng hàng không Sông Lam Airways mở đường bay mới tới Vinh.",
        "Hiệp hội Luật gia Châu Á Thái Bình Dương tổ chức hội thảo.",
    ],
)
def test_former_provinces_airlines_and_regions_are_nobody(body: str) -> None:
    p = read(body, ner=True)
    assert names(p) == set()


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        (
            "Đại diện Ban lãnh đạo Hội Nông dân Việt Nam, đồng chí Cấn Thị Mơ, Phó Chủ tịch Hội tham dự hội nghị.",
            "Cấn Thị Mơ",
            ("Phó Chủ tịch Hội",),
        ),
        ("Giám đốc Quỹ Đầu tư châu Âu, ông Pieter van Dijk cho rằng thị trường còn rộng.", "Pieter van Dijk", ("Giám đốc Quỹ Đầu tư châu Âu",)),
        (
            "Đoàn chúc Tết Hòa thượng Thích Minh Tuệ – Đệ nhất Phó Pháp chủ Hội đồng Chứng minh.",
            "Thích Minh Tuệ",
            ("Đệ nhất Phó Pháp chủ Hội đồng Chứng minh",),
        ),
    ],
)
def test_the_representative_of_a_group_particles_and_religious_offices(
    body: str, name: str, expected: tuple[str, ...]
) -> None:
    assert roles(read(body)).get(name) == expected


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        ("Theo ông Mẫn Văn Đức, giám đốc Sở Kế hoạch - đầu tư tỉnh Hưng Yên, vốn đã về.", "Mẫn Văn Đức", ("giám đốc Sở Kế hoạch - đầu tư tỉnh Hưng Yên",)),
        ("Dự có bà Kiều Thị Mến, Phó Vụ trưởng Vụ 3, Ủy ban Kiểm tra T.Ư.", "Kiều Thị Mến", ("Phó Vụ trưởng Vụ 3, Ủy ban Kiểm tra T.Ư",)),
        ("Dự có ông Văn Đình Lộc, Chủ tịch Công ty Cổ phần Ô tô Sông Hàn (Sohaco).", "Văn Đình Lộc", ("Chủ tịch Công ty Cổ phần Ô tô Sông Hàn (Sohaco)",)),
        ("Dự có ông Ngụy Văn Tư - Phó Chủ tịch kiêm nhiệm.", "Ngụy Văn Tư", ("Phó Chủ tịch kiêm nhiệm",)),
    ],
)
def test_lower_case_after_a_dash_numbered_bodies_initialisms_and_short_names(
    body: str, name: str, expected: tuple[str, ...]
) -> None:
    assert roles(read(body)).get(name) == expected


def test_an_officer_of_a_border_post() -> None:
    p = read("Thượng úy Lư Văn Khanh, cán bộ Đồn Biên phòng Tà Lùng, cho biết đường tuần tra đã thông.")
    assert roles(p) == {"Lư Văn Khanh": ("cán bộ Đồn Biên phòng Tà Lùng",)}


def test_a_long_foreign_name_is_whole() -> None:
    p = read("Chủ tịch nước Cộng hòa Cuba Ramón Alberto Pérez Soto Quintana thăm tỉnh.")
    assert names(p) == {"Ramón Alberto Pérez Soto Quintana"}


def test_a_caption_does_not_bring_someone_named_only_on_another_occasion() -> None:
    body = (
        "Sáng 4-3, tỉnh tổ chức hội nghị tổng kết công tác dân vận. Dự có ông Lục Văn Tâm - Bí thư "
        "Tỉnh ủy. Cùng ngày, bà Đào Thị Lựu - Phó Chủ tịch UBND tỉnh đến thăm Trường Tiểu học Kim Đồng.\n\n"
        "Phó Chủ tịch UBND tỉnh Đào Thị Lựu tặng quà học sinh. Ảnh: Minh Anh\n\n"
        "Ông Lục Văn Tâm phát biểu tại hội nghị. Ảnh: Minh Anh"
    )
    p = read(body)
    assert names(p) == {"Lục Văn Tâm"}
    assert "Đào Thị Lựu" in {x.name for x in p.mentioned}


def test_the_office_right_after_a_verb_of_meeting_is_the_one_met() -> None:
    body = (
        "Chiều 3-5, Thành ủy Hà Nội tiếp đón Thủ tướng Lào tại trụ sở. Tiếp Thủ tướng Lào, Bí thư "
        "Thành ủy Hà Nội Lò Văn Sáng nói quan hệ hai thủ đô ngày càng gắn bó."
    )
    assert roles(read(body)) == {"Lò Văn Sáng": ("Bí thư Thành ủy Hà Nội",)}


def test_a_firm_named_after_its_kind_is_no_person_elsewhere() -> None:
    body = (
        "Sáng 2-3, sân bay Vinh tổ chức lễ khai trương đường bay của hãng hàng không Sky Lotus. Dự lễ có "
        "ông Vi Văn Mận, Phó Chủ tịch UBND tỉnh. Phát biểu tại lễ, Tổng giám đốc Sky Lotus cho biết "
        "hãng sẽ mở thêm ba đường bay."
    )
    assert names(read(body)) == {"Vi Văn Mận"}


def test_a_two_syllable_given_name_is_the_full_name_said_again() -> None:
    # "bà Thanh Hà" after "bà Lê Thị Thanh Hà": one person, not two
    body = (
        "Dự buổi tiếp xúc cử tri có bà Lê Thị Thanh Hà, Chủ tịch HĐND thành phố. "
        "Trả lời cử tri, bà Thanh Hà cho biết thành phố sẽ sửa đường."
    )
    p = read(body)
    assert [x.name for x in p.people] == ["Lê Thị Thanh Hà"] and p.mentioned == ()
    assert said(body, p, "Lê Thị Thanh Hà") == ["Lê Thị Thanh Hà", "Thanh Hà"]
