"""Whole articles of the genre written for these tests (not the seed): what the sidebar shows."""

from __future__ import annotations

import pytest
import underthesea  # noqa: F401  (a required dependency: a broken install fails here)

from tui.formats import people as fp
from tui.language.people import People, extract_people
from tui.reading.parse import parse

HA_TINH = """Hà Tĩnh triển khai nhiệm vụ phát triển KT-XH năm 2024

(Báo Hà Tĩnh) - Sáng 5/1, UBND tỉnh Hà Tĩnh tổ chức hội nghị triển khai nhiệm vụ năm 2024. Chủ tịch UBND tỉnh yêu cầu các ngành quyết liệt hơn.

Dự hội nghị có đồng chí Hoàng Trung Dũng - Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh; các đồng chí trong Ban Thường vụ Tỉnh ủy, lãnh đạo HĐND, UBND tỉnh; đại diện các sở, ban, ngành, địa phương.

Chủ trì hội nghị có các đồng chí: Võ Trọng Hải - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Trần Báu Hà, Nguyễn Hồng Lĩnh - Phó Chủ tịch UBND tỉnh.

Bí thư Tỉnh ủy Hoàng Trung Dũng phát biểu chỉ đạo hội nghị. Ảnh: Đình Nhất

Năm 2023, tăng trưởng GRDP của tỉnh ước đạt 6,7%. Theo Giám đốc Sở KH&ĐT Nguyễn Thanh Điện, thu ngân sách đạt 95% kế hoạch.

Phát biểu chỉ đạo, Bí thư Tỉnh ủy đề nghị các cấp, các ngành tập trung cải cách hành chính. Đồng chí Hoàng Trung Dũng nhấn mạnh: "Năm 2024 là năm bứt phá".

Thừa ủy quyền của Thủ tướng Chính phủ, đồng chí Võ Trọng Hải trao Bằng khen cho các tập thể. Ông Hải cũng yêu cầu các địa phương chủ động phòng chống thiên tai.

Đồng chí Nguyễn Hồng Lĩnh - Phó Chủ tịch UBND tỉnh trao thưởng cho các doanh nghiệp tại huyện Kỳ Anh. Ảnh: Ngọc Loan

Tại thị xã Kỳ Anh, đường Trần Phú và quảng trường Lý Tự Trọng được chỉnh trang.

Thu Phương
"""

THANH_HOA = """THANH HÓA: Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15

(Báo Thanh Hóa) - Chiều 12/7, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị lần thứ 15 đánh giá tình hình 6 tháng đầu năm.

Đồng chí Đỗ Trọng Hưng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì hội nghị. Cùng dự có các đồng chí Phó Bí thư Tỉnh ủy: Lại Thế Nguyên - Trưởng đoàn ĐBQH tỉnh và Đỗ Minh Tuấn - Chủ tịch UBND tỉnh; các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy.

ĐỒNG CHÍ ĐỖ TRỌNG HƯNG PHÁT BIỂU KẾT LUẬN HỘI NGHỊ. ẢNH: MINH HIẾU

TẬP TRUNG THÁO GỠ KHÓ KHĂN CHO DOANH NGHIỆP

Báo cáo tại hội nghị, Chủ tịch UBND tỉnh Đỗ Minh Tuấn cho biết, tăng trưởng kinh tế đạt 8,2%. Giám đốc Sở Tài chính Trịnh Văn Huyền bổ sung, thu ngân sách vượt dự toán.

Kết luận hội nghị, Bí thư Tỉnh ủy yêu cầu các huyện miền núi như Mường Lát, Quan Sơn, Lang Chánh chú trọng giảm nghèo. Ông Hưng lưu ý phải làm theo tư tưởng Hồ Chí Minh.

Tin liên quan

Thanh Hóa đón nhận Huân chương Lao động

(Báo Thanh Hóa) - Sáng 1/7, Phó Chủ tịch nước Võ Thị Ánh Xuân trao Huân chương Lao động hạng Nhất cho tỉnh.
"""


def read(text: str) -> People:
    return extract_people(parse(text), use_ner=False)


def test_ha_tinh() -> None:
    p = read(HA_TINH)
    assert {x.name: x.roles for x in p.people} == {
        "Võ Trọng Hải": ("Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
        "Trần Báu Hà": ("Phó Chủ tịch UBND tỉnh",),  # shares the role written after the next name
        "Nguyễn Hồng Lĩnh": ("Phó Chủ tịch UBND tỉnh",),  # "Hồng Lĩnh" is also a town
        "Hoàng Trung Dũng": ("Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Trưởng đoàn ĐBQH tỉnh"),
        "Nguyễn Thanh Điện": ("Giám đốc Sở KH&ĐT",),
    }
    assert [x.name for x in p.chairs] == ["Võ Trọng Hải", "Trần Báu Hà", "Nguyễn Hồng Lĩnh"]
    assert [x.name for x in p.photographers] == ["Đình Nhất", "Ngọc Loan"]
    assert [g.text for g in p.groups] == [
        "Các đồng chí trong Ban Thường vụ Tỉnh ủy",
        "Lãnh đạo HĐND, UBND tỉnh",
        "Đại diện các sở, ban, ngành, địa phương",
    ]
    assert p.mentioned == ()  # "Thu Phương" signs the article; "Trần Phú", "Lý Tự Trọng" are places
    hai, dung = p.find("Võ Trọng Hải"), p.find("Hoàng Trung Dũng")
    assert hai is not None and dung is not None
    said = [HA_TINH[m.start : m.end] for m in hai.mentions]
    assert said == ["Chủ tịch UBND tỉnh", "Võ Trọng Hải", "Võ Trọng Hải", "Hải"]
    said = [HA_TINH[m.start : m.end] for m in dung.mentions]
    assert said == ["Hoàng Trung Dũng", "Hoàng Trung Dũng", "Bí thư Tỉnh ủy", "Hoàng Trung Dũng"]


def test_thanh_hoa() -> None:
    p = read(THANH_HOA)
    assert {x.name: x.roles for x in p.people} == {
        "Đỗ Trọng Hưng": ("Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
        "Lại Thế Nguyên": ("Phó Bí thư Tỉnh ủy", "Trưởng đoàn ĐBQH tỉnh"),
        "Đỗ Minh Tuấn": ("Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
        "Trịnh Văn Huyền": ("Giám đốc Sở Tài chính",),
    }
    assert [x.name for x in p.chairs] == ["Đỗ Trọng Hưng"]
    assert [x.name for x in p.photographers] == ["Minh Hiếu"]
    assert [g.text for g in p.groups] == ["Ủy viên Ban Thường vụ Tỉnh ủy"]
    assert {x.name for x in p.mentioned} == {"Hồ Chí Minh", "Võ Thị Ánh Xuân"}
    hung = p.find("Đỗ Trọng Hưng")
    assert hung is not None
    said = [THANH_HOA[m.start : m.end] for m in hung.mentions]
    assert said == ["Đỗ Trọng Hưng", "ĐỖ TRỌNG HƯNG", "Bí thư Tỉnh ủy", "Hưng"]


THANH_HOA_TEXT = """Chairs
  Đỗ Trọng Hưng  (4 mentions)
      Ủy viên Trung ương Đảng
      Bí thư Tỉnh ủy
      Chủ tịch HĐND tỉnh

Attendees
  Lại Thế Nguyên  (1 mention)
      Phó Bí thư Tỉnh ủy
      Trưởng đoàn ĐBQH tỉnh
  Đỗ Minh Tuấn  (2 mentions)
      Phó Bí thư Tỉnh ủy
      Chủ tịch UBND tỉnh
  Trịnh Văn Huyền  (1 mention)
      Giám đốc Sở Tài chính

Groups
  Ủy viên Ban Thường vụ Tỉnh ủy

Photos: Minh Hiếu

Also mentioned: Hồ Chí Minh, Võ Thị Ánh Xuân
"""


def test_text_output() -> None:
    assert fp.to_text(read(THANH_HOA)) == THANH_HOA_TEXT


def test_dict_output() -> None:
    d = fp.to_dict(read(THANH_HOA))
    assert [x["name"] for x in d["people"]] == [
        "Đỗ Trọng Hưng",
        "Lại Thế Nguyên",
        "Đỗ Minh Tuấn",
        "Trịnh Văn Huyền",
    ]
    assert [x["mention_count"] for x in d["people"]] == [4, 1, 2, 1]
    assert d["photographers"] == [
        {"name": "Minh Hiếu", "mentions": [{"start": 506, "end": 515, "sentence": 5}], "mention_count": 1}
    ]


@pytest.mark.parametrize("text", [HA_TINH, THANH_HOA])
def test_markdown_renders(text: str) -> None:
    article = parse(text)
    assert fp.to_markdown(extract_people(article, use_ner=False), article).startswith("## People — ")


def test_the_model_changes_nothing_here() -> None:
    for text in (HA_TINH, THANH_HOA):
        assert extract_people(parse(text)) == read(text)


def test_a_group_is_shown_without_the_honorific_its_span_is_as_written() -> None:
    (g,) = read(THANH_HOA).groups
    assert g.text == "Ủy viên Ban Thường vụ Tỉnh ủy"
    assert THANH_HOA[g.start : g.end] == "các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy"


def test_photographers_are_the_captions_credits() -> None:
    article = parse(HA_TINH)
    credits = [c.credit for c in article.captions]
    assert credits == ["Đình Nhất", "Ngọc Loan"]
    assert [ph.name for ph in extract_people(article, use_ner=False).photographers] == credits
