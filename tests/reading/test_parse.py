"""The genre parser, on the bundled seed and on articles written here in the same shape."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.reading.model import Caption, Paragraph
from tui.reading.parse import caption_credit, is_byline, is_dateline, is_heading, parse, source_tag
from tui.reading.roles import article_year

# A report of the same genre, written for these tests: another paper, another province, the
# sections in the other order, a caption glued under a paragraph, a related block without a
# source tag, and site boilerplate after it.
OTHER = """\
Hà Tĩnh tổng kết công tác xây dựng nông thôn mới năm 2023

(Báo Hà Tĩnh) - Sáng 12/1, UBND tỉnh tổ chức hội nghị tổng kết Chương trình xây dựng nông thôn mới.

Dự hội nghị có đồng chí Võ Trọng Hải - Chủ tịch UBND tỉnh.

NHIỆM VỤ TRỌNG TÂM NĂM 2024

Đồng chí Võ Trọng Hải yêu cầu các địa phương cần tập trung hoàn thiện tiêu chí. Các sở, ngành phải chủ động tham mưu giải pháp.
Đồng chí Võ Trọng Hải phát biểu chỉ đạo hội nghị. Ảnh: Thu Hà

Trong năm 2024, tỉnh phấn đấu có thêm 10 xã đạt chuẩn nông thôn mới nâng cao; đề nghị các huyện tiếp tục rà soát.

NHỮNG KẾT QUẢ ĐÃ ĐẠT ĐƯỢC

Năm 2023, toàn tỉnh đã có thêm 12 xã đạt chuẩn. Thu nhập bình quân đạt 52 triệu đồng/người, tăng 8% so với cùng kỳ.

Quang cảnh hội nghị (Ảnh: Thu Hà)

Tin liên quan

Hà Tĩnh có thêm 5 xã đạt chuẩn nông thôn mới kiểu mẫu
Hà Tĩnh có thêm 5 xã đạt chuẩn nông thôn mới kiểu mẫu
Chiều 5/1, UBND tỉnh trao quyết định công nhận cho 5 xã.
Hội nghị giao ban khối nội chính quý IV

Hội nghị giao ban khối nội chính quý IV

Tin khác

Giá vàng hôm nay tăng mạnh
"""


def test_seed_structure(seed):
    assert seed.title == "Thường trực HĐND và UBND tỉnh Nghệ An đánh giá thực hiện quy chế phối hợp"
    assert seed.source == "Baonghean.vn"
    assert seed.lead.startswith("Năm 2020 có rất nhiều hoạt động")
    assert seed.lead.endswith("hoàn thành nhiệm vụ tốt hơn.")
    assert [s.role for s in seed.sections] == ["opening", "achievements", "tasks", "related"]
    assert [s.heading for s in seed.sections][1:3] == [
        "PHÁT HUY TÍNH ĐỒNG BỘ, THỐNG NHẤT CỦA BỘ MÁY CHÍNH QUYỀN",
        "TÍCH CỰC, TẬP TRUNG CAO ĐỘ TRONG CÔNG VIỆC",
    ]
    assert len(seed.captions) == 5
    assert {c.credit for c in seed.captions} == {"Thành Duy"}
    assert [r.title for r in seed.related] == [
        "Chủ tịch HĐND tỉnh yêu cầu phối hợp giải quyết đơn thư, kiến nghị cử tri nhanh và dứt điểm hơn",
        "HĐND tỉnh dâng hương tưởng niệm Chủ tịch Hồ Chí Minh và trồng cây đầu năm mới",
    ]
    assert all(r.lead.startswith("(Baonghean.vn) - ") for r in seed.related)


def test_seed_has_no_boilerplate_or_captions_in_body(seed):
    body = " ".join(p.text for s in seed.sections for p in s.paragraphs)
    assert "Các tin khác" not in body
    assert "Tin liên quan" not in body
    assert "Ảnh:" not in body
    assert all("Các tin khác" not in s.text for s in seed.sentences)


def test_caption_glued_under_a_paragraph_is_split_off(seed):
    tasks = seed.sections[2]
    glued = [c for c in tasks.captions if c.text.startswith("Đồng chí Thái Thanh Quý")]
    assert len(glued) == 1
    before = [p for p in tasks.paragraphs if p.end < glued[0].start][-1]
    assert before.text.startswith("Liên quan đến các tồn tại")
    assert "\n" in seed.text[before.end : glued[0].start]


def test_spans_are_exact_and_ids_follow_the_text(seed):
    for i, s in enumerate(seed.sentences):
        assert s.id == i
        assert seed.text[s.start : s.end] == s.text
    starts = [s.start for s in seed.sentences]
    assert starts == sorted(starts)
    for sec in seed.sections:
        for b in sec.blocks:
            assert seed.text[b.start : b.end].startswith(b.title if hasattr(b, "title") else b.text)
            assert all(seed.sentences[i].section == seed.sections.index(sec) for i in b.sentence_ids)


def test_sentence_kinds(seed):
    kinds = {s.kind for s in seed.sentences}
    assert kinds == {"title", "lead", "heading", "body", "caption", "related"}
    assert seed.sentences[0].kind == "title"
    caption_ids = {i for c in seed.captions for i in c.sentence_ids}
    assert {s.id for s in seed.sentences if s.kind == "caption"} == caption_ids
    assert not any(s.kind == "body" and "Ảnh: Thành Duy" in s.text for s in seed.sentences)


def test_other_paper_same_genre():
    a = parse(OTHER)
    assert a.title == "Hà Tĩnh tổng kết công tác xây dựng nông thôn mới năm 2023"
    assert a.source == "Báo Hà Tĩnh"
    assert a.lead.startswith("Sáng 12/1")
    assert [s.role for s in a.sections] == ["opening", "tasks", "achievements", "related"]
    assert [c.credit for c in a.captions] == ["Thu Hà", "Thu Hà"]
    assert [r.title for r in a.related] == [
        "Hà Tĩnh có thêm 5 xã đạt chuẩn nông thôn mới kiểu mẫu",
        "Hội nghị giao ban khối nội chính quý IV",
    ]
    assert a.related[0].lead == "Chiều 5/1, UBND tỉnh trao quyết định công nhận cho 5 xã."
    assert a.related[1].lead == ""
    assert "Giá vàng" not in " ".join(s.text for s in a.sentences)


def test_no_lead_no_headings():
    a = parse("Một tiêu đề\n\nĐoạn thứ nhất. Đoạn tiếp theo.\n\nĐoạn cuối cùng.\n")
    assert a.source is None and a.lead == ""
    assert [s.role for s in a.sections] == ["opening"]
    assert [p.text for p in a.sections[0].paragraphs] == ["Đoạn thứ nhất. Đoạn tiếp theo.", "Đoạn cuối cùng."]
    assert len(a.body_sentences) == 3


def test_only_headings_and_empty_text():
    a = parse("TIÊU ĐỀ BÀI\n\nPHẦN MỘT\n\nPHẦN HAI\n")
    assert a.title == "TIÊU ĐỀ BÀI"
    assert [s.heading for s in a.sections] == ["PHẦN MỘT", "PHẦN HAI"]
    assert a.body_sentences == ()
    empty = parse("")
    assert empty.title == "" and empty.sections == () and empty.sentences == ()


def test_a_question_time_section_is_no_plan_though_its_questions_ask():
    questions = (
        "Đại biểu Nguyễn Văn An đề nghị UBND huyện làm rõ nguyên nhân chậm giải ngân và yêu cầu "
        "các ngành phải có giải pháp cụ thể. Đại biểu Trần Thị Bình đề nghị tập trung khắc phục "
        "tình trạng sạt lở. Trả lời chất vấn, Chủ tịch UBND huyện cho biết sẽ chỉ đạo quyết liệt.\n"
    )
    a = parse(f"Tiêu đề\n\nMở đầu bài viết.\n\nCHẤT VẤN VÀ TRẢ LỜI CHẤT VẤN\n\n{questions}")
    assert [s.role for s in a.sections] == ["opening", "other"]
    a = parse(f"Tiêu đề\n\nMở đầu bài viết.\n\nNHIỀU VẤN ĐỀ CẦN GIẢI QUYẾT\n\n{questions}")
    assert [s.role for s in a.sections] == ["opening", "tasks"]


def test_role_other_when_no_cues():
    a = parse("Tiêu đề\n\nMở đầu bài viết.\n\nPHONG CẢNH XỨ NGHỆ\n\nDòng sông Lam uốn quanh núi Hồng Lĩnh.\n")
    assert [s.role for s in a.sections] == ["opening", "other"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("PHÁT HUY TÍNH ĐỒNG BỘ, THỐNG NHẤT CỦA BỘ MÁY CHÍNH QUYỀN", True),
        ("TÍCH CỰC, TẬP TRUNG CAO ĐỘ TRONG CÔNG VIỆC ", True),
        ("NĂM 2020: 5 NHIỆM VỤ TRỌNG TÂM", True),
        ("VÌ SAO CÒN 9 DỰ ÁN CHẬM TIẾN ĐỘ?", True),  # a question may head a section
        ("KẾT THÚC.", False),  # a full stop: a shouted sentence, not a heading
        ("HĐND", False),  # one word: an acronym, not a heading
        ("Phát huy tính đồng bộ", False),
        ("UBND tỉnh họp phiên thường kỳ", False),
    ],
)
def test_is_heading(line, expected):
    assert is_heading(line) is expected


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Đồng chí Lê Hồng Vinh phát biểu. Ảnh: Thành Duy", "Thành Duy"),
        ("Quang cảnh hội nghị (Ảnh: Thu Hà)", "Thu Hà"),
        ("Toàn cảnh buổi làm việc. Ảnh minh họa: Internet", "Internet"),
        ("ĐỒNG CHÍ NGUYỄN VĂN A PHÁT BIỂU. ẢNH: QUANG AN", "QUANG AN"),
        ("Học sinh đến trường. Ảnh: Hữu Vi.", "Hữu Vi"),
        ("Kiểm tra tiến độ dự án. Ảnh: N.Đ.T", "N.Đ.T"),  # initials
        ("Đồng chí Y Ngông Niê Kđăm trình bày báo cáo. Ảnh: H.Gia", "H.Gia"),
        ("Quang cảnh. Ảnh: T. Lợi", "T. Lợi"),
        ("Quang cảnh hội nghị. Ảnh: Tư liệu", "Tư liệu"),
        ("Quang cảnh buổi làm việc tại phường Hà Khánh.", None),  # the scene shot, credited elsewhere
        ("QUANG CẢNH HỘI NGHỊ", None),
    ],
)
def test_caption_credit(line, credit):
    assert caption_credit(line) == (True, credit)


@pytest.mark.parametrize(
    "line",
    [
        "Bức ảnh đẹp nhất năm được trao giải tại Vinh.",
        "Người chụp ảnh: là nghề vất vả, nhiều bài viết đã nói.",
        "Ảnh: Thành Duy. Sau đó ông về Vinh",  # a dot after a whole word ends a sentence
        "Toàn cảnh bức tranh kinh tế năm 2023 cho thấy nhiều điểm sáng, dù thu ngân sách còn thấp hơn dự toán.",
    ],
)
def test_not_a_caption(line):
    assert caption_credit(line)[0] is False


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("(Baonghean.vn) - Chiều 25/2, hội nghị...", "Baonghean.vn"),
        ("(Dân trí) – Sáng nay...", "Dân trí"),
        ("TTO - Sáng 1/3...", "TTO"),
        ("VOV.VN - Chiều 2/3...", "VOV.VN"),
        ("QNO - Sáng 2/3...", "QNO"),
        ("BĐ - Sáng 2/3...", "BĐ"),
        ("BHG - Sáng 2/3...", "BHG"),
        ("Baonghean.vn - Sáng 2/3...", "Baonghean.vn"),
    ],
)
def test_source_tag(line, source):
    tag = source_tag(line)
    assert tag is not None and tag[0] == source


def test_source_tag_needs_a_tag():
    assert source_tag("Chiều 25/2 - hội nghị") is None
    assert source_tag("Ngày 3 - 4/5, đoàn công tác") is None


@pytest.mark.parametrize(
    ("line", "place", "lead"),
    [
        ("TP.HCM - Sáng nay, hội nghị…", "TP.HCM", "Sáng nay, hội nghị…"),
        ("TP. Vinh - Sáng nay…", "TP. Vinh", "Sáng nay…"),
        ("TX. Cửa Lò - Chiều 2/3…", "TX. Cửa Lò", "Chiều 2/3…"),
        ("ĐắkLắk - Ngày 20/12, Ủy ban MTTQ tỉnh họp.", "ĐắkLắk", "Ngày 20/12, Ủy ban MTTQ tỉnh họp."),
        ("HÀ TĨNH – Sáng 3/4, HĐND tỉnh khai mạc kỳ họp.", "HÀ TĨNH", "Sáng 3/4, HĐND tỉnh khai mạc kỳ họp."),
    ],
)
def test_a_datelines_place_is_no_source_but_opens_the_lead(line, place, lead):
    assert source_tag(line) is None
    a = parse(f"Tiêu đề bài viết\n\n{line}\n\nĐoạn thân bài.\n")
    assert a.source is None and a.meta["place"] == place
    assert a.lead == lead and a.text[a.lead_span.start : a.lead_span.end] == lead
    assert [s.kind for s in a.sentences] == ["title", "lead", "body"]


def test_a_name_and_role_opening_the_report_is_no_dateline():
    a = parse("Tiêu đề bài viết\n\nNguyễn Văn An - Chủ tịch UBND tỉnh phát biểu.\n\nĐoạn thân bài.\n")
    assert a.lead == "" and "place" not in a.meta
    assert a.body_sentences[0].text == "Nguyễn Văn An - Chủ tịch UBND tỉnh phát biểu."


def test_first_line_with_a_source_tag_is_the_lead_not_the_title():
    text = "(Baonghean.vn) - Sáng 5/1, tỉnh tổ chức hội nghị.\n\nĐoạn thân bài thứ nhất.\n"
    a = parse(text)
    assert a.title == "" and a.title_span is None
    assert a.source == "Baonghean.vn"
    assert a.lead == "Sáng 5/1, tỉnh tổ chức hội nghị."
    assert text[a.lead_span.start : a.lead_span.end] == a.lead
    assert [p.text for p in a.sections[0].paragraphs] == ["Đoạn thân bài thứ nhất."]
    assert [s.kind for s in a.sentences] == ["lead", "body"]


def test_paragraph_and_caption_blocks_alternate_in_text_order():
    a = parse(OTHER)
    kinds = [type(b) for b in a.sections[1].blocks]
    assert kinds == [Paragraph, Caption, Paragraph]


# Lines in the genre's shapes, shuffled and mangled by hypothesis: whatever comes, the parser
# returns a model whose spans are exact.
_GENRE_LINES = [
    "Tiêu đề bài báo",
    "(Baonghean.vn) - Sáng 25/2, hội nghị diễn ra.",
    "PHẦN MỘT CỦA BÀI",
    "Đồng chí Nguyễn Văn A phát biểu. Ảnh: Thành Duy",
    "Tin liên quan",
    "Các tin khác",
    "Năm 2019 đã đạt được nhiều kết quả. Năm 2020 cần tiếp tục.",
    "",
    "   ",
]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(_GENRE_LINES), st.text(max_size=60)),
        max_size=25,
    )
)
def test_parse_never_raises_and_spans_are_exact(lines):
    text = "\n".join(lines)
    a = parse(text)
    # The text is the input, or its head when site boilerplate was cut off.
    assert a.text == text or (a.text.endswith("\n") and text.startswith(a.text[:-1]))
    text = a.text
    previous_end = 0
    for i, s in enumerate(a.sentences):
        assert s.id == i
        assert text[s.start : s.end] == s.text
        assert s.start >= previous_end
        previous_end = s.end
        assert s.section is None or 0 <= s.section < len(a.sections)
    for sec in a.sections:
        assert sec.role in {"opening", "achievements", "tasks", "related", "other"}


def test_boilerplate_is_cut_from_the_text_itself(seed):
    assert "Các tin khác" not in seed.text
    assert seed.text.rstrip().endswith("Kim Liên làm lễ dâng hoa, dâng hương tưởng niệm Chủ Hồ Chí Minh.")
    a = parse(OTHER)
    assert "Tin khác" not in a.text and "Giá vàng" not in a.text


def test_a_related_items_lead_is_not_the_articles_lead():
    a = parse(
        "Tiêu đề ngắn\n\nMột đoạn thân bài.\n\nTin liên quan\n\nBài khác\n\n(Baonghean.vn) - Lời dẫn bài khác.\n"
    )
    assert a.lead == "" and a.source is None
    assert [r.lead for r in a.related] == ["(Baonghean.vn) - Lời dẫn bài khác."]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Thứ Năm, 14/03/2024 - 10:32", True),
        ("Cập nhật lúc 08:45, 09/07/2024", True),
        ("14/03/2024 10:32 GMT+7", True),
        ("Thứ hai, ngày 12 tháng 3 năm 2024", True),
        ("Sáng 14/3, Thường trực HĐND tỉnh tổ chức phiên họp.", False),
        ("Năm 2024: 18 nghị quyết", False),
    ],
)
def test_is_dateline(line, expected):
    assert is_dateline(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Thu Hà", True),
        ("HOÀNG QUÂN", True),
        ("Minh Khôi - Quốc Hưng", True),
        ("Nhóm PV", True),
        ("Theo TTXVN", True),
        ("Thu Hà (tổng hợp)", True),
        ("Công tác tiếp công dân được thực hiện nghiêm túc.", False),
        ("Năm 2024 là năm bứt phá", False),
        ("Tin liên quan về Hội nghị Trung ương", False),
    ],
)
def test_is_byline(line, expected):
    assert is_byline(line) is expected


def test_dateline_and_byline_are_metadata_not_prose():
    a = parse(
        "Tiêu đề bài\n\nThứ Năm, 14/03/2024 - 10:32\n\n(Baohatinh.vn) - Sáng 14/3, phiên họp diễn ra.\n\n"
        "Đoạn thân bài thứ nhất.\n\nĐoạn thân bài thứ hai.\n\nThu Hà\n\nTin liên quan\n\nBài khác\n"
    )
    assert a.meta == {"date": "Thứ Năm, 14/03/2024 - 10:32", "author": "Thu Hà"}
    assert a.source == "Baohatinh.vn" and a.lead == "Sáng 14/3, phiên họp diễn ra."
    # the dateline is no sentence at all; the signature stays the text's last line (the
    # summarizers rank such fragments last)
    assert [s.text for s in a.body_sentences] == [
        "Đoạn thân bài thứ nhất.",
        "Đoạn thân bài thứ hai.",
        "Thu Hà",
    ]
    caps = parse("Tiêu đề\n\nMột đoạn.\n\nẢnh: N.Đ.T\n\nHOÀNG QUÂN\n")
    assert caps.meta == {"author": "HOÀNG QUÂN"}
    assert [s.heading for s in caps.sections] == [None]  # a signature in capitals is no heading
    # a page's own metadata wins over what the text shows
    assert parse("T\n\n12/03/2024 08:15\n\nĐoạn.\n", meta={"date": "2024-03-12"}).meta == {
        "date": "2024-03-12"
    }


def test_boilerplate_marker_with_a_count():
    a = parse("Tiêu đề\n\nĐoạn thân bài.\n\nBình luận (0)\n\nGửi bình luận\n")
    assert a.text == "Tiêu đề\n\nĐoạn thân bài.\n"


def test_one_clear_cue_is_evidence_a_stray_past_tense_is_not():
    def role(body: str) -> str:
        return parse(f"T\n\nMở đầu.\n\nMỘT PHẦN CỦA BÀI\n\n{body}\n").sections[1].role

    assert role("Đồng chí đề nghị các địa phương quan tâm hơn.") == "tasks"
    assert role("Năm 2023 tỉnh đạt được nhiều thành tựu.") == "achievements"
    assert role("Bà con đã chờ cây cầu này nhiều năm, nay đã thành hiện thực.") == "other"


def test_a_speech_of_greeting_is_neither_review_nor_plan():
    a = parse(
        "Tiêu đề\n\nMở đầu.\n\nẤM ÁP NGÀY HỘI NGỘ\n\n"
        "Phát biểu chào mừng, đồng chí Hồ Quang Bửu gửi lời thăm hỏi ân cần và lời chúc sức khỏe đến các già làng. "
        "Các đại biểu đã vượt đường xa về dự buổi gặp mặt đầu xuân.\n"
    )
    assert [s.role for s in a.sections] == ["opening", "other"]


def test_markers_of_other_sites_and_a_question_among_related_titles():
    a = parse(
        "Tiêu đề bài\n\n(Baonghean.vn) - Sáng 1/3, hội nghị diễn ra.\n\nĐoạn thân bài.\n\n"
        "Bài và ảnh: Thu Hà\n\nBài viết liên quan\n\nVì sao dự án chậm tiến độ?\n"
        "Nghệ An tháo gỡ khó khăn cho dự án\n(Baonghean.vn) - Sáng 2/3, đoàn công tác làm việc.\n\n"
        "Có thể bạn quan tâm\n\nGiá vàng hôm nay\n"
    )
    assert a.meta == {"author": "Thu Hà"}  # and "Bài và ảnh: Thu Hà" is a caption credited to her
    assert [c.credit for c in a.captions] == ["Thu Hà"]
    assert [(r.title, r.lead) for r in a.related] == [
        ("Vì sao dự án chậm tiến độ?", ""),
        ("Nghệ An tháo gỡ khó khăn cho dự án", "(Baonghean.vn) - Sáng 2/3, đoàn công tác làm việc."),
    ]
    assert "Giá vàng" not in a.text


def test_sub_headings_in_sentence_case():
    a = parse(
        "Tiêu đề\n\n(GLO)- Sáng 22-5, hội nghị diễn ra.\n\nĐồng chí Rah Lan Chung chủ trì hội nghị.\n\n"
        "Bức tranh nông thôn khởi sắc\n\nSau 10 năm, tỷ lệ hộ nghèo đã giảm mạnh, đạt được nhiều kết quả.\n\n"
        "Xây dựng “thế trận lòng dân” vững chắc\n\nCác cấp ủy cần tiếp tục đổi mới; cán bộ phải gương mẫu.\n\n"
        "Hoàng Hoài\n"
    )
    assert a.source == "GLO"
    assert [(s.heading, s.role) for s in a.sections] == [
        (None, "opening"),
        ("Bức tranh nông thôn khởi sắc", "achievements"),
        ("Xây dựng “thế trận lòng dân” vững chắc", "tasks"),
    ]
    # not headings: a line with a colon, a name, a short line before a shorter one, a caption
    # that lost its credit and full stop, the signature
    b = parse(
        "Tiêu đề\n\nĐoạn mở đầu.\n\nXem thêm: Hà Tĩnh khởi công cầu Hòa Bình\n\nĐoạn tiếp theo dài hơn nhiều.\n\n"
        "Nguyễn Văn An - Bí thư Tỉnh ủy\n\nĐoạn thứ ba của bài viết này.\n\nMột dòng ngắn\n\nNgắn thôi.\n\n"
        "Đồng chí Nguyễn Văn An phát biểu tại hội nghị\n\nMột đoạn văn dài hơn dòng chú thích ảnh ở trên.\n\n"
        "Thu Hà\n"
    )
    assert [s.heading for s in b.sections] == [None]
    c = parse(
        "T\n\nMở đầu bài.\n\nNiềm vui của bà con\n\nBà con đã chờ cây cầu này nhiều năm, nay đã thành hiện thực.\n"
    )
    assert [s.heading for s in c.sections] == [None, "Niềm vui của bà con"]  # "bà con": villagers


_TARGET_IN_LEAD = """Tổng kết năm 2023, triển khai nhiệm vụ năm 2024

(Báo Nghệ An) - Sáng 5/1, tỉnh tổ chức hội nghị tổng kết năm 2023, phấn đấu đến năm 2030 trở thành tỉnh khá.

KẾT QUẢ NĂM 2023

Năm 2023, tăng trưởng kinh tế đạt 8,5%, thu ngân sách vượt dự toán.

NHIỆM VỤ NĂM 2024

Trong năm 2024, tỉnh tập trung hoàn thành các công trình đã khởi công.
"""


def test_a_target_year_is_not_the_articles_year():
    a = parse(_TARGET_IN_LEAD)
    assert [s.role for s in a.sections] == ["achievements", "tasks"]


def test_the_dateline_gives_the_articles_year():
    text = _TARGET_IN_LEAD.replace("năm 2024\n\n(", "năm 2024\n\n05/01/2024 08:15\n\n(", 1)
    assert parse(text).sections[-1].role == "tasks"
    assert parse(_TARGET_IN_LEAD, meta={"date": "2024-01-05"}).sections[-1].role == "tasks"


@pytest.mark.parametrize(
    ("text", "date", "year"),
    [
        ("Năm 2024, phấn đấu đến năm 2030, tầm nhìn 2045.", None, 2024),
        ("Giai đoạn 2021-2025 và năm 2023; năm 2023 - 2024.", None, 2023),
        ("Năm 2022 và năm 2023.", None, 2023),
        ("Năm 2022, năm 2022 và năm 2023.", None, 2022),
        ("Năm 2030.", "Thứ Năm, 14/03/2024 - 10:32", 2024),
        ("Không có năm.", None, None),
    ],
)
def test_article_year(text, date, year):
    assert article_year(text, date) == year


@pytest.mark.parametrize("word", ["Bình luận", "Tin mới", "Từ khóa"])
def test_a_marker_word_in_the_middle_of_the_report_keeps_the_text(word):
    text = (
        "Tiêu đề bài viết\n\n"
        "Đoạn thứ nhất của bài viết nói về hội nghị tổng kết công tác năm của tỉnh nhà.\n\n"
        f"{word}\n\n"
        "Đoạn thứ hai của bài viết nói về những nhiệm vụ mà tỉnh cần làm trong năm tới.\n\n"
        "Đoạn thứ ba của bài viết nói về những kiến nghị của các đại biểu dự hội nghị.\n"
    )
    a = parse(text)
    assert a.text == text
    assert a.sections[-1].paragraphs[-1].text.startswith("Đoạn thứ ba")


def test_a_marker_before_a_list_of_links_ends_the_report():
    text = (
        "Tiêu đề bài viết\n\nĐoạn thân bài của bài viết nói về hội nghị của tỉnh.\n\n"
        "Tin mới\n\nTỉnh tổ chức hội nghị tổng kết\n\nHuyện ra quân làm đường giao thông\n"
    )
    assert parse(text).text == "Tiêu đề bài viết\n\nĐoạn thân bài của bài viết nói về hội nghị của tỉnh.\n"


HEAD = "UBND tỉnh họp phiên thường kỳ\n\n(Baoquangninh.vn) - Chiều 28/8, UBND tỉnh họp phiên thường kỳ tháng 8.\n\n"
BODY = "Tổng thu ngân sách nhà nước trên địa bàn tỉnh ước đạt 36.800 tỷ đồng, bằng 75% dự toán năm 2024."


@pytest.mark.parametrize(
    ("above", "credit_line", "credit"),
    [
        ("Chủ tịch UBND tỉnh Phạm Đức Lâm kết luận phiên họp.", "Ảnh: Thu Chung", "Thu Chung"),
        ("Bà H'Hoa Byă phát biểu tại hội nghị.", "(Ảnh: T.Ng)", "T.Ng"),
        ("Quang cảnh hội nghị.", "ẢNH: VINH ANH", "VINH ANH"),
    ],
)
def test_a_credit_on_its_own_line_closes_the_caption_above(above, credit_line, credit):
    a = parse(f"{HEAD}{BODY}\n{above}\n{credit_line}\n\n{BODY}\n")
    (caption,) = a.captions
    assert caption.credit == credit
    assert caption.text == a.text[caption.start : caption.end] == f"{above}\n{credit_line}"
    assert {a.sentences[i].kind for i in caption.sentence_ids} == {"caption"}
    assert [s.text for s in a.body_sentences] == [BODY, BODY]


def test_a_long_paragraph_above_a_lone_credit_stays_a_paragraph():
    long = " ".join([BODY] * 3)
    a = parse(f"{HEAD}{long}\nẢnh: Thu Chung\n\n{BODY}\n")
    assert len(a.body_sentences) == 4
    (caption,) = a.captions
    assert caption.text == "Ảnh: Thu Chung" and caption.credit == "Thu Chung"


@pytest.mark.parametrize("name", ["Tin, bài liên quan:", "TIN LIÊN QUAN", "Bài viết liên quan"])
def test_related_markers_are_read_whatever_their_punctuation_and_case(name):
    a = parse(f"{HEAD}{BODY}\n\nMinh Hà\n\n{name}\n\nKrông Pắc: Ra mắt mô hình khu dân cư an toàn\n")
    assert [s.role for s in a.sections] == ["opening", "related"]
    assert [r.title for r in a.related] == ["Krông Pắc: Ra mắt mô hình khu dân cư an toàn"]
    assert a.meta["author"] == "Minh Hà"


def test_headlines_under_the_signature_are_related_news_without_a_marker():
    related = [
        "Quảng Ninh: Thu ngân sách 8 tháng đạt 75% dự toán",
        "Chủ tịch UBND tỉnh kiểm tra dự án đường bao biển",
    ]
    a = parse(f"{HEAD}{BODY}\n\nMinh Hà\n\n" + "\n\n".join(related) + "\n\nCác tin khác\n\nTin một\n")
    assert [s.role for s in a.sections] == ["opening", "related"]
    assert a.sections[1].heading is None
    assert [r.title for r in a.related] == related
    assert a.meta["author"] == "Minh Hà"
    assert [s.text for s in a.body_sentences] == [BODY, "Minh Hà"]
    assert "Các tin khác" not in a.text


def test_a_report_ending_with_its_signature_has_no_related_news():
    a = parse(f"{HEAD}{BODY}\n\n{BODY}\n\nMinh Hà\n")
    assert [s.role for s in a.sections] == ["opening"]
    assert a.meta["author"] == "Minh Hà"


@pytest.mark.parametrize(
    "furniture",
    [
        "Tags: UBND tỉnh, phiên họp thường kỳ, thu ngân sách",
        "Từ khóa: HĐND, kỳ họp",
        "Ý kiến bạn đọc\n\nÝ kiến của bạn sẽ được biên tập trước khi đăng. Xin vui lòng gõ tiếng Việt có dấu.\n\nGửi ý kiến",
        "Chia sẻ\n\nBình luận (0)",
    ],
)
def test_the_sites_keywords_share_and_comment_furniture_end_the_report(furniture):
    a = parse(f"{HEAD}{BODY}\n\nMinh Hà\n\n{furniture}\n")
    assert a.text.rstrip().endswith("Minh Hà")
    assert [s.text for s in a.body_sentences] == [BODY, "Minh Hà"]


def test_xem_them_then_share_buttons_leave_one_related_item():
    a = parse(
        f"{HEAD}{BODY}\n\nMinh Hà\n\nXem thêm:\n\nQuảng Ngãi: Điều chuyển 300 tỷ đồng vốn\n\nChia sẻ\n\nBình luận (0)\n"
    )
    assert [r.title for r in a.related] == ["Quảng Ngãi: Điều chuyển 300 tỷ đồng vốn"]


@pytest.mark.parametrize(
    "heading",
    ["1. Kết quả nổi bật trong 6 tháng đầu năm", "II. Nhiệm vụ 6 tháng cuối năm", "Vì sao giải ngân chậm?"],
)
def test_numbered_and_question_headings_in_sentence_case(heading):
    a = parse(
        f"{HEAD}{BODY}\n\n{heading}\n\nĐến ngày 31/8, tỉnh mới giải ngân được 2.150 tỷ đồng, đạt 38,6% kế hoạch vốn.\n"
    )
    assert [s.heading for s in a.sections] == [None, heading]


def test_numbered_list_items_are_no_headings():
    items = "1. Tăng cường tuyên truyền\n2. Rà soát các dự án chậm\n3. Kiểm tra việc giải ngân"
    a = parse(f"{HEAD}{BODY}\n{items}\n{BODY}\n")
    assert [s.heading for s in a.sections] == [None]


def test_a_related_box_in_the_middle_leaves_the_rest_of_the_report_to_it():
    a = parse(
        f"{HEAD}{BODY}\n\nTin liên quan\nBí thư Tỉnh ủy tiếp công dân định kỳ tháng 4\n\n"
        f"{BODY}\n\nKết luận, Bí thư Tỉnh ủy yêu cầu các sở giải quyết dứt điểm các vụ việc.\n\n"
        "Bí thư Tỉnh ủy phát biểu kết luận. Ảnh: Thành Cường\n\nTin liên quan\n\nHội nghị tổng kết năm 2024\n"
    )
    assert [r.title for r in a.related] == [
        "Bí thư Tỉnh ủy tiếp công dân định kỳ tháng 4",
        "Hội nghị tổng kết năm 2024",
    ]
    assert [s.role for s in a.sections] == ["opening", "related"]
    assert len(a.body_sentences) == 3 and [c.credit for c in a.captions] == ["Thành Cường"]
    assert [s.kind for s in a.sentences if "Tin liên quan" in s.text] == ["heading", "heading"]


def test_a_signature_with_the_date_under_the_title():
    a = parse(
        "Bí thư Tỉnh ủy tiếp công dân\n\nThanh Lê - 15/05/2024 16:05\n\n(Baonghean.vn) - Sáng 15/5, Bí thư Tỉnh ủy tiếp công dân.\n\nĐoạn thân bài.\n"
    )
    assert a.meta == {"author": "Thanh Lê", "date": "15/05/2024 16:05"}
    assert a.source == "Baonghean.vn" and a.lead == "Sáng 15/5, Bí thư Tỉnh ủy tiếp công dân."


@pytest.mark.parametrize("furniture", ["Tags: Hội Nông dân; OCOP", "Chia sẻ"])
def test_keywords_or_share_buttons_above_the_related_news_leave_it(furniture):
    a = parse(
        f"{HEAD}{BODY}\n\nThu Hằng\n\n{furniture}\n\nTin liên quan\n\nQuảng Ninh có thêm 5 sản phẩm OCOP 5 sao\n"
    )
    assert [r.title for r in a.related] == ["Quảng Ninh có thêm 5 sản phẩm OCOP 5 sao"]
    assert furniture not in [s.text for s in a.sentences]


def test_an_archive_photo_credit_on_its_own_line():
    a = parse(f"{HEAD}{BODY}\n\nMô hình trồng rau thủy canh của hội viên nông dân.\nẢnh tư liệu\n\n{BODY}\n")
    (caption,) = a.captions
    assert caption.credit == "tư liệu" and caption.text.startswith("Mô hình")


def test_a_credit_above_a_scene_caption_is_its_own():
    chairs = "Hội nghị do bà Nông Lan, Chủ tịch Hội LHPN tỉnh chủ trì."
    a = parse(f"{HEAD}{chairs}\n\n(Ảnh: Thanh Chi)\nToàn cảnh hội nghị ký kết.\n\n{BODY}\n")
    (caption,) = a.captions
    assert caption.credit == "Thanh Chi" and caption.text.endswith("Toàn cảnh hội nghị ký kết.")
    assert [s.text for s in a.body_sentences] == [chairs, BODY]


def test_a_long_sentence_case_heading():
    heading = "Nâng cao chất lượng sinh hoạt chi bộ gắn với nhiệm vụ phát triển du lịch"
    a = parse(
        f"{HEAD}{BODY}\n\n{heading}\n\nTại hội nghị, các đại biểu đã tập trung thảo luận, đề xuất nhiều giải pháp phát triển du lịch.\n"
    )
    assert [s.heading for s in a.sections] == [None, heading]


def test_related_headlines_lose_their_bullets_and_dates():
    a = parse(
        f"{HEAD}{BODY}\n\nTin liên quan\n- Hội LHPN tỉnh triển khai nhiệm vụ năm 2024 (15/01/2024)\n- Tuổi trẻ Yên Bái ra quân (02/03/2024)\n"
    )
    assert [r.title for r in a.related] == [
        "Hội LHPN tỉnh triển khai nhiệm vụ năm 2024",
        "Tuổi trẻ Yên Bái ra quân",
    ]


def test_a_year_compared_with_is_not_the_articles_year():
    text = "Thu nhập năm 2024 ước đạt 62 triệu đồng, gấp 1,5 lần năm 2019. Thu ngân sách tăng 2 lần so với năm 2019, từ năm 2019 đến nay."
    assert article_year(text) == 2024


def test_the_related_block_at_the_end_stays_whole_with_its_stories_leads_and_scenes():
    a = parse(
        f"{HEAD}{BODY}\n\nThanh Lê\n\nTin liên quan\nNghệ An khởi công cầu vượt sông Lam\n"
        "(Baonghean.vn) - Sáng 10/3, tỉnh khởi công cầu vượt sông Lam dài 1,2 km.\n"
        "Toàn cảnh bức tranh kinh tế Nghệ An năm 2024\n"
        "(Baonghean.vn) - Năm 2024, kinh tế tỉnh tăng trưởng 8,5%, đứng thứ 10 cả nước.\n"
    )
    assert [r.title for r in a.related] == [
        "Nghệ An khởi công cầu vượt sông Lam",
        "Toàn cảnh bức tranh kinh tế Nghệ An năm 2024",
    ]
    assert [s.text for s in a.body_sentences] == [BODY, "Thanh Lê"] and a.meta["author"] == "Thanh Lê"


@pytest.mark.parametrize("last", ["Theo TTXVN", "Nguồn: Báo Nghệ An", "Ảnh: Quốc Hưng", "Lê Văn Cường"])
def test_a_source_credit_or_name_under_the_signature_is_no_related_news(last):
    a = parse(f"{HEAD}{BODY}\n\nThu Hà\n\n{last}\n")
    assert a.related == () and [s.role for s in a.sections] == ["opening"]


def test_every_one_of_many_related_boxes_is_read():
    boxes = "".join(
        f"Tin liên quan\nHội nghị tổng kết công tác lần thứ {i}\n\n{BODY}\n\n" for i in range(300)
    )
    a = parse(f"{HEAD}{BODY}\n\n{boxes}Lãnh đạo tỉnh phát biểu. Ảnh: Thành Duy\n\nThu Hà\n")
    assert [r.title for r in a.related] == [f"Hội nghị tổng kết công tác lần thứ {i}" for i in range(300)]
    assert len(a.body_sentences) == 302 and a.meta["author"] == "Thu Hà"
