"""Photo captions without a credit, found by their class: who is shown doing what, where they
stand, the scene; the run of captions after the story or under the signature; the photo's line
at the top of a story with no lead. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tui.language.summarize import summarize
from tui.reading.captions import cues, evidence, find_captions, shows_a_caption
from tui.reading.parse import parse

P1 = (
    "Sáng 4/6, UBND huyện Yên Hòa tổ chức hội nghị sơ kết công tác 6 tháng đầu năm. Tham dự có lãnh "
    "đạo các phòng, ban và 24 xã, thị trấn."
)
P2 = (
    "Theo báo cáo, thu ngân sách 6 tháng ước đạt 58% dự toán, tăng 12% so với cùng kỳ. Huyện đã hoàn "
    "thành 9 công trình giao thông nông thôn."
)
P3 = (
    "Phát biểu kết luận, đồng chí Lò Văn Khánh đề nghị các xã tập trung giải ngân vốn đầu tư công. "
    "Các phòng chuyên môn cần rà soát từng dự án."
)


def test_every_cue_row_matches_its_own_example():
    for cue in cues():
        assert cue.pattern.search(cue.example), (cue.kind, cue.example)


@pytest.mark.parametrize(
    "line",
    [
        "Đồng chí Lò Văn Khánh (thứ 2 từ phải sang) kiểm tra mô hình trồng chè.",
        "Ông Vi Văn Thắm (bên trái) trao quà cho hộ nghèo",
        "Toàn cảnh buổi lễ.",
        "Từ trái qua: ông Lò Văn Khánh, bà Hà Thị Nga.",
        "Đồng chí Lò Văn Khánh phát biểu tại hội nghị.",
        "Phó Chủ tịch UBND huyện trao bằng khen cho các tập thể",
        "Các đại biểu dự hội nghị.",
    ],
)
def test_a_line_that_shows_a_photo(line):
    assert shows_a_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "Đồng chí Lò Văn Khánh chủ trì hội nghị.",  # who chaired: the story says so too
        "Dịp này, UBND huyện tặng Giấy khen cho 12 tập thể.",
        "Sáng 4/6, đồng chí Lò Văn Khánh phát biểu tại hội nghị.",
        "Đồng chí Lò Văn Khánh nhấn mạnh các xã phải hoàn thành kế hoạch.",
        "Huyện đã hoàn thành 9 công trình giao thông nông thôn.",
        P2,
    ],
)
def test_story_sentences_are_no_captions(line):
    assert not shows_a_caption(line)


def test_a_caption_in_the_middle_is_neither_a_heading_nor_summarized():
    cap = "Đồng chí Lò Văn Khánh phát biểu tại hội nghị"  # no credit, no full stop
    a = parse(f"Tiêu đề\n\n(Báo Yên Hòa) - {P1}\n\n{P2}\n\n{cap}\n\n{P3}\n\nThu Hà\n")
    assert [c.text for c in a.captions] == [cap]
    assert [s.heading for s in a.sections] == [None]
    chosen = summarize(a, "docbao", 3)
    assert all(cap not in s.text for s in chosen.sentences)


def test_captions_after_the_story_one_a_line():
    caps = [
        "Đồng chí Lò Văn Khánh phát biểu kết luận hội nghị.",
        "Các đại biểu tham quan mô hình chè sạch.",
        "Nhiều diện tích chè được chăm sóc tốt",
    ]
    a = parse(f"Tiêu đề\n\n{P1}\n\n{P2}\n\n{P3}\n\n" + "\n".join(caps) + "\n")
    assert [c.text for c in a.captions] == caps


def test_captions_under_the_signature():
    caps = ["Toàn cảnh hội nghị.", "Ông Vi Văn Thắm báo cáo tại hội nghị.", "Các đại biểu biểu quyết."]
    a = parse(f"Tiêu đề\n\n{P1}\n\n{P2}\n\nThu Hà\n\n" + "\n".join(caps) + "\n")
    assert [c.text for c in a.captions] == caps
    assert a.meta["author"] == "Thu Hà" and a.related == ()


def test_the_photo_above_a_story_without_lead():
    a = parse(f"Tiêu đề\nHiện trường vụ cháy xưởng gỗ.\n{P1} {P2}\n{P3}\n")
    assert [c.text for c in a.captions] == ["Hiện trường vụ cháy xưởng gỗ."]


def test_a_short_opening_sentence_is_not_the_photo():
    a = parse(f"Tiêu đề\nTuy nhiên, huyện còn nhiều khó khăn.\n{P1} {P2}\n{P3}\n")
    assert a.captions == ()


def test_a_list_at_the_end_is_no_caption_block():
    items = ["- Rà soát các dự án chậm tiến độ;", "- Đẩy nhanh giải ngân vốn;", "- Báo cáo trước ngày 30/6."]
    a = parse(f"Tiêu đề\n\n{P1}\n\n{P2}\n\n" + "\n".join(items) + "\n")
    assert a.captions == ()


def test_see_also_links_that_close_the_report_are_related_news():
    a = parse(
        f"Tiêu đề\n{P1}\n{P2}\nXem thêm: Yên Hòa khánh thành cầu treo bản Muống\nThu Hà\n"
        "> > Yên Hòa đón bằng công nhận xã nông thôn mới\n"
    )
    assert [r.title for r in a.related] == [
        "Yên Hòa khánh thành cầu treo bản Muống",
        "Yên Hòa đón bằng công nhận xã nông thôn mới",
    ]
    assert a.meta["author"] == "Thu Hà"


def test_gallery_neighbours_need_less_evidence():
    lines = [P1, P2, "Ông Vi Văn Thắm (bên trái) trao quà.", "Bà con nhận quà Tết."]
    assert find_captions(lines, [False] * 4) == {2, 3}
    assert evidence("Bà con nhận quà Tết.") < 3


def test_a_gallery_closing_the_story():
    gallery = ["Cổng làng nhìn từ đầu dốc", "Nhà văn hóa thôn mới khánh thành", "Sân phơi chè của hợp tác xã"]
    a = parse(f"Tiêu đề\n{P1}\n{P2}\n{P3}\n" + "\n".join(gallery) + "\n")
    assert [c.text for c in a.captions] == gallery


def test_a_quotation_above_a_lone_credit_stays_the_storys():
    quote = "“Chúng tôi sẽ làm đến cùng”, ông Vi Văn Thắm nói."
    a = parse(f"Tiêu đề\n\n(Báo Yên Hòa) - {P1}\n\n{P2}\n\n{quote}\n\nẢnh: Thu Hà\n")
    assert [c.text for c in a.captions] == ["Ảnh: Thu Hà"]
    assert quote in [s.text for s in a.body_sentences]


def test_other_stories_headlines_and_tagged_leads_close_the_text():
    a = parse(
        f"Tiêu đề\n{P1}\n{P2}\n{P3}\n"
        "Vì sao cầu treo bản Muống chậm tiến độ?\n"
        "TTO - Sau hai năm khởi công, cầu treo bản Muống mới xong phần mố.\n"
        "Yên Hòa đón bằng công nhận nông thôn mới TTO - Sáng 2/9, huyện Yên Hòa đón bằng công nhận.\n"
    )
    assert [r.title for r in a.related] == [
        "Vì sao cầu treo bản Muống chậm tiến độ?",
        "Yên Hòa đón bằng công nhận nông thôn mới",
    ]
    assert a.related[0].lead.startswith("TTO - Sau hai năm")


def test_an_acronym_and_a_dash_in_the_story_are_no_tagged_lead():
    a = parse(
        f"Tiêu đề\n{P1}\nTheo quy hoạch của bộ GT - VT, tuyến đường dài 32 km.\n"
        "Trong phiên họp, đại diện VKS - giữ quyền công tố tại tòa đề nghị hoãn phiên tòa.\n"
    )
    assert a.related == ()


def test_someone_doing_something_without_a_stop_is_a_caption_not_a_heading():
    cap = "Bí thư Huyện ủy Lò Văn Khánh chủ trì hội nghị"
    a = parse(f"Tiêu đề\n\n(Báo Yên Hòa) - {P1}\n\n{P2}\n\n{cap}\n\n{P3}\n")
    assert [s.heading for s in a.sections] == [None]
    assert [c.text for c in a.captions] == [cap]


def test_a_short_heading_about_a_group_stays_a_heading():
    a = parse(f"Tiêu đề\n\n(Báo Yên Hòa) - {P1}\n\n{P2}\n\nLực lượng bảo vệ còn mỏng\n\n{P3}\n")
    assert [s.heading for s in a.sections] == [None, "Lực lượng bảo vệ còn mỏng"]
    assert a.captions == ()


def test_a_long_caption_that_says_where_everyone_stands():
    cap = (
        "Lãnh đạo huyện và các xã dự lễ khánh thành (Trong ảnh: đồng chí Lò Văn Khánh - Bí thư Huyện ủy, "
        "Chủ tịch HĐND huyện, hàng đầu, thứ hai từ trái sang; đồng chí Vi Văn Thắm - Phó Chủ tịch UBND "
        "huyện, hàng đầu, ngoài cùng bên phải; bà Hà Thị Nga - Chủ tịch Ủy ban MTTQ huyện, hàng thứ hai)."
    )
    assert 45 < len(cap.split()) <= 70
    a = parse(f"Tiêu đề\n\n(Báo Yên Hòa) - {P1}\n\n{P2}\n\n{cap}\n\n{P3}\n")
    assert [c.text for c in a.captions] == [cap]


def test_a_text_wrapped_at_a_width_keeps_its_last_paragraph():
    wrapped = (
        "Những tháng cuối năm, huyện phấn đấu thu ngân sách\n"
        "vượt dự toán và đưa thêm hai xã về đích nông\n"
        "thôn mới, hoàn thành kế hoạch đã đề ra\n"
        "từ đầu năm với sự đồng thuận của nhân dân.\n"
    )
    a = parse(f"Tiêu đề\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P1}\n\n{wrapped}")
    assert a.captions == ()


def test_one_sentence_under_the_signature_is_its_photos_caption():
    a = parse(f"Tiêu đề\n\n{P1}\n\n{P2}\n\nThu Hà\n\nNhiều lớp học ở bản Muống còn thiếu bàn ghế.\n")
    assert [c.text for c in a.captions] == ["Nhiều lớp học ở bản Muống còn thiếu bàn ghế."]
    assert a.meta["author"] == "Thu Hà"


def test_abbreviations_do_not_make_a_caption_several_sentences():
    cap = "Từ trái qua: Bí thư Thành ủy TP. HCM Lò Văn Khánh, Phó Chủ tịch UBND TP. HCM Vi Văn Thắm."
    a = parse(f"Tiêu đề\n\n(Báo Yên Hòa) - {P1}\n\n{P2}\n\n{cap}\n\n{P3}\n")
    assert [c.text for c in a.captions] == [cap]


def test_an_aside_in_brackets_before_a_dash_is_no_tagged_lead():
    routes = (
        "Chiều đi: Lê Lai (hoặc Hàm Nghi) - Trần Phú - Ngô Quyền - Lý Tự Trọng.\n"
        "Chiều về: Nguyễn Trãi - Quang Trung (Bà Triệu) - Lê Thánh Tông - Hai Bà Trưng.\n"
    )
    a = parse(f"Tiêu đề\n{P1}\n{P2}\n{routes}{P3}\nThu Hà\n")
    assert a.related == ()


def test_a_name_heading_in_a_list_of_people_is_no_signature_over_captions():
    a = parse(
        f"Tiêu đề\n{P1}\nHoa hậu Thu Trang\n"
        "Thu Trang đã gửi lời chúc tới đội tuyển trước trận đấu.\n"
        "“Chúc các anh thi đấu thật tốt”, cô nói.\n"
        "Cô cho biết sẽ đến sân để cổ vũ đội nhà.\n"
    )
    assert a.captions == ()


def test_a_credit_under_the_signature_is_not_the_signatures_caption():
    a = parse(f"Tiêu đề\n{P1}\n{P2}\nThu Hà\nẢnh: Minh Đức\n")
    assert [c.text for c in a.captions] == ["Ảnh: Minh Đức"]
    assert a.meta["author"] == "Thu Hà"


def test_the_first_sentence_under_the_photo_at_the_top_stays_the_storys():
    first = "Thủ tướng Lò Văn Khánh chiều nay có mặt tại hội nghị ở Manila, mở đầu chuyến công tác ba ngày."
    a = parse(f"Tiêu đề\nCác đại biểu dự hội nghị.\n{first}\n{P1} {P2}\n{P3}\n")
    assert [c.text for c in a.captions] == ["Các đại biểu dự hội nghị."]


def test_a_question_without_its_mark_is_no_caption():
    line = "Ông Vi Văn Thắm vi phạm những gì"
    a = parse(f"Tiêu đề\n\n(Báo Yên Hòa) - {P1}\n\n{P2}\n\n{line}\n\n{P3}\n")
    assert a.captions == ()
