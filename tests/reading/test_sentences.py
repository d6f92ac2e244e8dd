"""Tests for the Vietnamese sentence splitter (tui.reading.sentences)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.reading.sentences import ABBREVIATIONS, split_sentences

LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"


def sentences(text: str, start: int = 0, end: int | None = None) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, start, end)]


CASES = [
    # Plain splits.
    ("Xin chào. Tôi là An.", ["Xin chào.", "Tôi là An."]),
    ("Thắng lợi!!! Tiếp theo là gì? Chưa biết.", ["Thắng lợi!!!", "Tiếp theo là gì?", "Chưa biết."]),
    ("Năm 2020. 5 người bị thương.", ["Năm 2020.", "5 người bị thương."]),
    ("Tăng trưởng. và tiếp tục tăng", ["Tăng trưởng. và tiếp tục tăng"]),
    ("Câu hỏi? rồi câu trả lời.", ["Câu hỏi? rồi câu trả lời."]),
    ("Hà Nội, ngày 5/3. UBND tỉnh Nghệ An họp.", ["Hà Nội, ngày 5/3.", "UBND tỉnh Nghệ An họp."]),
    ("Lúc 8h30. Đoàn công tác đến.", ["Lúc 8h30.", "Đoàn công tác đến."]),
    ("Giá tăng 12.5%. Tiếp đó giảm.", ["Giá tăng 12.5%.", "Tiếp đó giảm."]),
    # Web addresses, domains, e-mail.
    (
        "(Baonghean.vn) - Sáng 25/2, UBND tỉnh họp. Tại hội nghị, ông Quý phát biểu.",
        ["(Baonghean.vn) - Sáng 25/2, UBND tỉnh họp.", "Tại hội nghị, ông Quý phát biểu."],
    ),
    ("Truy cập vnexpress.net để xem. Sau đó đọc.", ["Truy cập vnexpress.net để xem.", "Sau đó đọc."]),
    ("Xem https://x.vn/a.b.html ngay. Rồi đi.", ["Xem https://x.vn/a.b.html ngay.", "Rồi đi."]),
    ("Trang www.nghean.gov.vn đã cập nhật.", ["Trang www.nghean.gov.vn đã cập nhật."]),
    ("Liên hệ ban.bien.tap@gmail.com. Trân trọng.", ["Liên hệ ban.bien.tap@gmail.com.", "Trân trọng."]),
    ("Theo Baonghean.vn. Các tin khác.", ["Theo Baonghean.vn.", "Các tin khác."]),
    # Dates, times, numbers.
    ("Ngày 25.2.2020 và 25-2-2020 hay 25/2 đều được.", ["Ngày 25.2.2020 và 25-2-2020 hay 25/2 đều được."]),
    ("Lúc 8h30 hoặc 8.30 sáng. Hội nghị bắt đầu.", ["Lúc 8h30 hoặc 8.30 sáng.", "Hội nghị bắt đầu."]),
    (
        "Vốn 1.000.000 đồng, tăng 3,5% và 12.5% so với trước.",
        ["Vốn 1.000.000 đồng, tăng 3,5% và 12.5% so với trước."],
    ),
    # Abbreviations and title chains.
    ("Ông đến TP.HCM hôm qua. Hôm nay về.", ["Ông đến TP.HCM hôm qua.", "Hôm nay về."]),
    ("Ông đến TP. Hồ Chí Minh hôm qua.", ["Ông đến TP. Hồ Chí Minh hôm qua."]),
    ("Tại Tp. Vinh và TX. Cửa Lò, mưa lớn.", ["Tại Tp. Vinh và TX. Cửa Lò, mưa lớn."]),
    ("Nhà ở Q. 1, còn cơ quan ở P. Hưng Bình.", ["Nhà ở Q. 1, còn cơ quan ở P. Hưng Bình."]),
    ("PGS.TS. Nguyễn Văn An cho biết.", ["PGS.TS. Nguyễn Văn An cho biết."]),
    ("GS.TSKH. Trần Văn B và ThS. Lê Văn B có mặt.", ["GS.TSKH. Trần Văn B và ThS. Lê Văn B có mặt."]),
    ("TS. Hoàng, BS. Lan và BS.CK1. Minh dự họp.", ["TS. Hoàng, BS. Lan và BS.CK1. Minh dự họp."]),
    ("Th.S Nguyễn Thị D và Th.S. Hà phát biểu.", ["Th.S Nguyễn Thị D và Th.S. Hà phát biểu."]),
    ("Mr. Smith sống ở St. Louis.", ["Mr. Smith sống ở St. Louis."]),
    ("Rau, củ, quả v.v. Tất cả đều tăng giá.", ["Rau, củ, quả v.v. Tất cả đều tăng giá."]),
    ("Ths. Lê, Nxb. Giáo dục, Tr. 15.", ["Ths. Lê, Nxb. Giáo dục, Tr. 15."]),
    ("NSƯT. Thu Hằng biểu diễn. Khán giả vỗ tay.", ["NSƯT. Thu Hằng biểu diễn.", "Khán giả vỗ tay."]),
    ("TP. Hồ Chí Minh. Hà Nội cũng vậy.", ["TP. Hồ Chí Minh.", "Hà Nội cũng vậy."]),
    # Initials.
    ("Ông Nguyễn Văn A. Trần Văn B cũng đến.", ["Ông Nguyễn Văn A. Trần Văn B cũng đến."]),
    ("Người ký là Nguyễn Văn A.\nSau đó họp.", ["Người ký là Nguyễn Văn A.", "Sau đó họp."]),
    ("Người ký là Nguyễn Văn A.", ["Người ký là Nguyễn Văn A."]),
    ("“Tôi là Nguyễn Văn A.” Trần nói.", ["“Tôi là Nguyễn Văn A.”", "Trần nói."]),
    # Ellipses.
    ("Ông nói… Sau đó ra về.", ["Ông nói…", "Sau đó ra về."]),
    ("Ông nói... Sau đó ra về.", ["Ông nói...", "Sau đó ra về."]),
    ("Các hoạt động… góp phần nâng cao chất lượng.", ["Các hoạt động… góp phần nâng cao chất lượng."]),
    ("Các đồng chí Ủy viên;… Ảnh: Thành Duy", ["Các đồng chí Ủy viên;…", "Ảnh: Thành Duy"]),
    ("Tăng 1, 2... 3 lần.", ["Tăng 1, 2... 3 lần."]),
    ("Ông nói (...) Chúng tôi đồng ý.", ["Ông nói (...) Chúng tôi đồng ý."]),
    ("“…” Sau đó ông nói.", ["“…” Sau đó ông nói."]),
    # Closing quotes and brackets stay with their sentence.
    ("“… tốt hơn.” Sau đó ông ra về.", ["“… tốt hơn.”", "Sau đó ông ra về."]),
    ('Ông nói: "Được." Mọi người vỗ tay.', ['Ông nói: "Được."', "Mọi người vỗ tay."]),
    ("Dự án (đã hoàn thành.) Tiếp theo là cầu.", ["Dự án (đã hoàn thành.)", "Tiếp theo là cầu."]),
    ("“Thật tuyệt!” Mọi người reo.", ["“Thật tuyệt!”", "Mọi người reo."]),
    ("«Ai đúng?» Không ai trả lời.", ["«Ai đúng?»", "Không ai trả lời."]),
    ("“Sao vậy?” anh hỏi.", ["“Sao vậy?” anh hỏi."]),
    ("Ông nói. “Chúng ta sẽ thắng.”", ["Ông nói.", "“Chúng ta sẽ thắng.”"]),
    ("Ông nói. (Ảnh: PV) Tiếp.", ["Ông nói.", "(Ảnh: PV) Tiếp."]),
    ("Làm tốt.”Sau đó về.", ["Làm tốt.”Sau đó về."]),
    ("Kết thúc. ” Rồi sao", ["Kết thúc. ” Rồi sao"]),
    # List markers.
    ("1. Giới thiệu chung", ["1. Giới thiệu chung"]),
    ("II. MỤC TIÊU CỤ THỂ", ["II. MỤC TIÊU CỤ THỂ"]),
    ("a. Nội dung chính", ["a. Nội dung chính"]),
    ("Kết quả như sau. 2. Hạ tầng tốt.", ["Kết quả như sau.", "2. Hạ tầng tốt."]),
    # Lines and whitespace.
    ("Câu một\nCâu hai không có dấu", ["Câu một", "Câu hai không có dấu"]),
    ("Câu một.\n\n\n   \nCâu hai.", ["Câu một.", "Câu hai."]),
    ("Trang 5.\r\nTrang 6.\r\n", ["Trang 5.", "Trang 6."]),
    ("   Có khoảng trắng.   Câu hai.   ", ["Có khoảng trắng.", "Câu hai."]),
    ("Tiêu đề\tcó tab.\u00a0Câu sau.", ["Tiêu đề\tcó tab.", "Câu sau."]),
    ("PHÁT HUY TÍNH ĐỒNG BỘ\n\nNăm 2019 là năm thứ 3.", ["PHÁT HUY TÍNH ĐỒNG BỘ", "Năm 2019 là năm thứ 3."]),
    ("", []),
    (" \n\t\n ", []),
    ("...", ["..."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_split(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "capitalised",
    ["Đó", "Ăn", "Âm", "Ấm", "Êm", "Ông", "Ơn", "Ở", "Ước", "Ừ", "Ý", "Ánh", "Ổn", "Ủy"],
)
def test_vietnamese_capitals_start_a_sentence(capitalised: str) -> None:
    text = f"Câu trước đã xong. {capitalised} là câu sau."
    assert sentences(text) == ["Câu trước đã xong.", f"{capitalised} là câu sau."]


@pytest.mark.parametrize("lowercase", ["đó", "ăn", "ở", "ước", "ủy"])
def test_vietnamese_lowercase_does_not_start_a_sentence(lowercase: str) -> None:
    text = f"Câu trước. {lowercase} là tiếp."
    assert sentences(text) == [text]


@pytest.mark.parametrize("abbreviation", sorted(ABBREVIATIONS))
def test_every_abbreviation_vetoes_a_split(abbreviation: str) -> None:
    for form in (abbreviation, abbreviation.upper(), abbreviation.capitalize()):
        text = f"Gặp {form}. Nguyễn Văn An hôm qua."
        assert sentences(text) == [text], form


def test_decomposed_vietnamese_is_handled() -> None:
    # NFD text: "Ấ" is "A" + U+0302 + U+0301; the initial rule must still see one letter.
    text = "Ông Nguyễn Văn A\u0302\u0301. Trần đến. Ơ\u0300 đây."
    assert sentences(text) == ["Ông Nguyễn Văn A\u0302\u0301. Trần đến.", "Ơ\u0300 đây."]


def test_spans_are_absolute_and_trimmed() -> None:
    text = "  Một.  Hai!\n\n Ba "
    assert split_sentences(text) == [(2, 6), (8, 12), (15, 17)]


def test_sub_range_gives_absolute_offsets() -> None:
    text = "Tiêu đề\n\nCâu một. Câu hai.\nCâu ba."
    start = text.index("Câu một")
    end = text.index("\nCâu ba")
    spans = split_sentences(text, start, end)
    assert [text[a:b] for a, b in spans] == ["Câu một.", "Câu hai."]
    assert spans[0][0] == start


def test_sub_range_cuts_inside_a_sentence() -> None:
    text = "Câu một dài. Câu hai."
    assert sentences(text, 4, 9) == ["một d"]
    assert sentences(text, 0, 12) == ["Câu một dài."]
    assert sentences(text, 13) == ["Câu hai."]


def test_sub_range_end_does_not_peek_past_end() -> None:
    # Beyond `end` there is a capital, but the range ends right after "TP." so that is the end.
    text = "Ở TP. Vinh"
    assert sentences(text, 0, 5) == ["Ở TP."]


def test_sub_range_slice_semantics() -> None:
    text = "Một. Hai. Ba."
    assert sentences(text, -3) == ["Ba."]
    assert sentences(text, 0, -4) == ["Một.", "Hai."]
    assert split_sentences(text, 8, 3) == []
    assert split_sentences(text, 100) == []
    assert split_sentences(text, 0, 100) == split_sentences(text)


def test_article_paragraph() -> None:
    text = (
        "(Baonghean.vn) - Năm 2020 có rất nhiều hoạt động, các sự kiện lớn của Đảng, Nhà nước, "
        "tỉnh và tổ chức Đại hội Đảng các cấp; bên cạnh đó diễn biến dịch bệnh phức tạp. Trong "
        "bối cảnh đó, Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh nhấn mạnh HĐND và UBND phải tích cực, "
        "tập trung cao độ, hoàn thành nhiệm vụ tốt hơn.\n\nChiều 25/2, UBND tỉnh phối hợp với "
        "Thường trực HĐND tỉnh tổ chức Hội nghị. PGS.TS. Nguyễn Văn An, Sở Y tế TP. Vinh cho biết: "
        "“Tỷ lệ tăng 12.5% so với 25.2.2019.” Chi tiết tại www.nghean.gov.vn."
    )
    got = sentences(text)
    assert len(got) == 5
    assert got[0].startswith("(Baonghean.vn)")
    assert got[1].startswith("Trong bối cảnh")
    assert got[3].startswith("PGS.TS.") and got[3].endswith("25.2.2019.”")
    assert got[4] == "Chi tiết tại www.nghean.gov.vn."


# -- properties ---------------------------------------------------------------------------

_ALPHABET = st.sampled_from(
    list("aăâbcdđeêoôơuưyAĂÂĐÊÔƠƯỞẤÝhTPQS0123456789")
    + list(" \t\u00a0\n\r")
    + list(".!?…,;:/-%@“”\"'‘’«»()[]")
    + ["...", "TP.", "PGS.TS.", "v.v.", "\r\n", "\u2028", "\u0301"]
)
_TEXT = st.one_of(st.lists(_ALPHABET, max_size=80).map("".join), st.text(max_size=80))


def _check_spans(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    previous_end = start
    for a, b in spans:
        assert start <= previous_end <= a < b <= end
        piece = text[a:b]
        assert piece == piece.strip()
        assert not any(ch in piece for ch in LINE_BREAKS)
        previous_end = b
    covered = set()
    for a, b in spans:
        covered.update(range(a, b))
    for i in range(start, end):
        if not text[i].isspace():
            assert i in covered, (i, text[i])


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_spans_are_well_formed(text: str) -> None:
    _check_spans(text, 0, len(text), split_sentences(text))


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.integers(min_value=0, max_value=90), st.integers(min_value=0, max_value=90))
def test_sub_range_spans_are_well_formed(text: str, start: int, end: int) -> None:
    start, end = min(start, len(text)), min(end, len(text))
    spans = split_sentences(text, start, end)
    if start >= end:
        assert spans == []
    else:
        _check_spans(text, start, end, spans)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TEXT.map(lambda s: s.replace("\n", " ")), min_size=1, max_size=4))
def test_line_aligned_sub_range_matches_full_text(lines: list[str]) -> None:
    text = "\n".join(lines)
    full = split_sentences(text)
    offset = 0
    for line in lines:
        start, end = offset, offset + len(line)
        assert split_sentences(text, start, end) == [(a, b) for a, b in full if start <= a and b <= end]
        offset = end + 1


def _texts(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_a_short_quotation_stays_one_sentence() -> None:
    quote = "Đồng chí nhấn mạnh: “Đây là phần thưởng cao quý. Huyện cần phát huy truyền thống”."
    assert _texts(f"{quote} Sau đó, hội nghị bế mạc.") == [quote, "Sau đó, hội nghị bế mạc."]
    assert _texts("Ông nói «Tốt. Rất tốt.» Rồi đi.") == ["Ông nói «Tốt. Rất tốt.»", "Rồi đi."]


def test_a_quotation_closed_by_its_stop_ends_there() -> None:
    assert _texts("Ông nói “Tốt.” Rồi đi. Bà hỏi “Vì sao?” Không ai đáp.") == [
        "Ông nói “Tốt.”",
        "Rồi đi.",
        "Bà hỏi “Vì sao?”",
        "Không ai đáp.",
    ]


def test_a_long_quotation_or_one_left_open_is_read_sentence_by_sentence() -> None:
    speech = " ".join(["Chúng ta phải làm tốt hơn nữa trong năm tới."] * 8)
    assert len(_texts(f"Ông phát biểu: “{speech}” Hội nghị bế mạc.")) == 9
    assert _texts("Ông nói: “Tốt. Rồi đi.") == ["Ông nói: “Tốt.", "Rồi đi."]
