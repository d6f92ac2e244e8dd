"""Saved web pages: the article comes out with its headings, captions and related news; the
site around it (header, menus, ads, sidebar, comments, footer) does not.

The pages are written here in the shape of the genre's real ones: a provincial paper's article
page, and an older table-layout page in Windows-1258.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.reading.document import article_from_bytes, open_article
from tui.reading.errors import ReadError
from tui.reading.html import decode_html, extract
from tui.reading.kinds import looks_like_html
from tui.reading.model import Caption, Paragraph

PAGE = """\
<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Tỉnh Hòa Lâm tổng kết công tác phòng chống thiên tai năm 2023 | Báo Hòa Lâm</title>
<meta property="og:title" content="Tỉnh Hòa Lâm tổng kết công tác phòng chống thiên tai năm 2023">
<meta property="og:site_name" content="Báo Hòa Lâm">
<meta name="author" content="Minh Khang">
<meta property="article:published_time" content="2024-01-12T15:30:00+07:00">
<script>var slot = "SCRIPT KHÔNG ĐƯỢC LỌT";</script>
<style>.menu { color: red }</style>
</head>
<body>
<header class="header">
  <div class="logo"><a href="/">Báo Hòa Lâm</a></div>
  <nav class="menu main-menu"><ul>
    <li><a href="/thoi-su">Thời sự</a></li><li><a href="/kinh-te">Kinh tế</a></li>
    <li><a href="/xa-hoi">Xã hội</a></li><li><a href="/the-thao">Thể thao</a></li>
    <li><a href="/van-hoa">Văn hóa</a></li><li><a href="/phap-luat">Pháp luật</a></li>
  </ul></nav>
</header>
<div class="banner ads-top"><a href="/qc">Mua nhà giá rẻ chỉ từ 500 triệu đồng</a></div>
<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/thoi-su">Thời sự</a></div>
<main>
<article class="detail">
  <h1 class="title">Tỉnh Hòa Lâm tổng kết công tác phòng chống thiên tai năm 2023</h1>
  <div class="meta"><span class="author">Minh Khang</span> <time datetime="2024-01-12T15:30:00+07:00">12/01/2024 15:30</time></div>
  <h2 class="sapo">Sáng 12/1, Ban Chỉ huy phòng chống thiên tai tỉnh tổ chức hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024.</h2>
  <div class="content">
    <p>Đồng chí Trần Văn Bình - Phó Chủ tịch UBND tỉnh chủ trì hội nghị. Cùng dự có đại diện các sở, ban, ngành và các địa phương trong tỉnh.</p>
    <figure class="image"><img src="/a.jpg" alt="ảnh"><figcaption>Đồng chí Trần Văn Bình phát biểu tại hội nghị. Ảnh: Thu Hà</figcaption></figure>
    <h2>NĂM 2023 THIÊN TAI DIỄN BIẾN PHỨC TẠP</h2>
    <p>Năm 2023, trên địa bàn tỉnh xảy ra 12 đợt mưa lớn, 3 cơn bão và áp thấp nhiệt đới. Thiệt hại ước tính khoảng 350 tỷ đồng.</p>
    <p>Công tác phòng chống được triển khai chủ động, kịp thời, giảm thiểu thiệt hại về người và tài sản.</p>
    <div class="ads-inline adsbygoogle">Vay tiêu dùng lãi suất 0% trong 12 tháng đầu</div>
    <h3>Chủ động ứng phó từ cơ sở</h3>
    <p>Các địa phương đã rà soát, bổ sung phương án ứng phó theo phương châm bốn tại chỗ.</p>
    <figure><img src="/b.jpg"><figcaption>Lực lượng cứu hộ giúp dân di dời tài sản trong đợt lũ tháng 10</figcaption></figure>
    <figure><img src="/c.jpg"></figure>
    <h2>NHIỆM VỤ NĂM 2024</h2>
    <p>Phát biểu kết luận, đồng chí Trần Văn Bình yêu cầu các ngành tiếp tục nâng cao năng lực dự báo, cảnh báo sớm.</p>
    <p>Các địa phương cần chuẩn bị đầy đủ vật tư, phương tiện trước mùa mưa bão năm 2024.</p>
  </div>
  <div class="author-name">Minh Khang</div>
  <div class="box-related">
    <h3 class="box-title">Tin liên quan</h3>
    <ul>
      <li><a href="/tin-1.html">Hòa Lâm chủ động ứng phó với mưa lớn kéo dài</a><p class="desc">(Báo Hòa Lâm) - Trước diễn biến mưa lớn, tỉnh yêu cầu các địa phương sơ tán dân khỏi vùng nguy hiểm.</p></li>
      <li><a href="/tin-2.html">Hội nghị trực tuyến về phòng chống thiên tai khu vực miền Trung</a></li>
    </ul>
  </div>
  <div class="tags">Từ khóa: <a href="/tag/thien-tai">thiên tai</a> <a href="/tag/bao-lu">bão lũ</a></div>
</article>
<aside class="sidebar">
  <div class="box-most-read"><h3>Tin đọc nhiều</h3><ul>
    <li><a href="/x1">Giá vàng hôm nay tăng mạnh phiên đầu tuần</a></li>
    <li><a href="/x2">Tai nạn giao thông nghiêm trọng trên quốc lộ 1A</a></li></ul></div>
  <div class="qc"><img src="/ad.gif" alt="Quảng cáo"></div>
</aside>
</main>
<div class="comments"><h3>Bình luận</h3><form><textarea></textarea></form><p>Bạn đọc Nguyễn An: Bài viết rất hay!</p></div>
<footer class="footer"><p>Cơ quan chủ quản: Tỉnh ủy Hòa Lâm. Giấy phép số 123/GP-BTTTT.</p><p>© Bản quyền thuộc về Báo Hòa Lâm. Liên hệ quảng cáo: 0123 456 789</p></footer>
</body></html>
"""

# Everything of the site around the article: none of it may reach the article's text.
LEAKS = [
    "SCRIPT KHÔNG ĐƯỢC LỌT",
    "color: red",
    "Thời sự",
    "Thể thao",
    "Pháp luật",
    "Trang chủ",
    "Mua nhà giá rẻ",
    "Vay tiêu dùng",
    "Từ khóa",
    "Tin đọc nhiều",
    "Giá vàng",
    "Tai nạn giao thông",
    "Bình luận",
    "Bài viết rất hay",
    "Giấy phép",
    "Bản quyền",
    "0123 456 789",
]

# An older page: table layout, Windows-1258 declared in http-equiv, the lead in a div without a
# tag, a bold ALL-CAPS paragraph as a heading, a caption in a table cell, a related box known
# only by its class, an ad box named in Vietnamese.
OLD_PAGE = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<title>Huyện Nam Sơn khánh thành cầu Bản Mồng - Báo Miền Núi</title>
<meta property="og:site_name" content="Báo Miền Núi"></head>
<body class="detail-page no-ads">
<div id="menu"><a href="/">Trang chủ</a> | <a href="/a">Chính trị</a> | <a href="/b">Kinh tế</a></div>
<div class="main">
<h1>Huyện Nam Sơn khánh thành cầu Bản Mồng</h1>
<div class="sapo">Sáng 3/5, huyện Nam Sơn tổ chức lễ khánh thành cầu Bản Mồng, nối hai xã vùng cao sau hai năm thi công.</div>
<div id="content">
<p>Cây cầu dài 120 mét, rộng 7 mét, tổng vốn đầu tư 45 tỷ đồng từ ngân sách tỉnh.</p>
<table class="image center"><tr><td><img src="c.jpg"></td></tr><tr><td class="image_desc">Lãnh đạo huyện cắt băng khánh thành cầu Bản Mồng. Ảnh: Văn Hùng</td></tr></table>
<p><strong>NIỀM VUI CỦA BÀ CON VÙNG CAO</strong></p>
<p>Ông Lò Văn Pắn, người dân xã Bản Mồng, cho biết bà con đã chờ cây cầu này nhiều năm.</p>
<p>Trước đây, mỗi mùa lũ, việc đi lại của người dân gặp rất nhiều khó khăn.</p>
<div class="box-quang-cao"><a href="#">Sữa tươi nguyên chất cho cả nhà</a></div>
<p>Sau lễ khánh thành, cầu được đưa vào sử dụng ngay.</p>
</div>
<div class="related-news"><ul>
<li><a href="/1">Nam Sơn đẩy nhanh tiến độ các công trình giao thông</a></li>
<li><a href="/2">Khởi công xây dựng 5 cây cầu dân sinh ở vùng cao</a></li>
</ul></div>
</div>
<div class="footer">Báo Miền Núi - Cơ quan của Đảng bộ tỉnh. Địa chỉ: 12 Lê Lợi.</div>
</body></html>
"""


def cp1258(text: str) -> bytes:
    """Windows-1258 writes a toned vowel as the vowel (â, ơ …) then a combining tone mark."""
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323")
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


@pytest.fixture
def page(tmp_path: Path):
    p = tmp_path / "bai-bao.html"
    p.write_text(PAGE, encoding="utf-8")
    return open_article(p)


def test_title_source_lead_and_metadata(page):
    assert page.title == "Tỉnh Hòa Lâm tổng kết công tác phòng chống thiên tai năm 2023"
    assert page.source == "Báo Hòa Lâm"
    assert page.lead.startswith("Sáng 12/1, Ban Chỉ huy phòng chống thiên tai tỉnh")
    assert page.meta["date"] == "2024-01-12"
    assert page.meta["author"] == "Minh Khang"
    assert page.meta["site"] == "Báo Hòa Lâm"


def test_headings_from_h2_and_h3(page):
    headings = [s.heading for s in page.sections]
    assert headings == [
        None,
        "NĂM 2023 THIÊN TAI DIỄN BIẾN PHỨC TẠP",
        "Chủ động ứng phó từ cơ sở",  # not ALL-CAPS: only the <h3> says it is a heading
        "NHIỆM VỤ NĂM 2024",
        "Tin liên quan",
    ]
    assert page.sections[0].role == "opening"
    assert page.sections[3].role == "tasks"


def test_figcaptions_are_captions_in_place(page):
    captions = page.captions
    assert [c.text for c in captions] == [
        "Đồng chí Trần Văn Bình phát biểu tại hội nghị. Ảnh: Thu Hà",
        "Lực lượng cứu hộ giúp dân di dời tài sản trong đợt lũ tháng 10",  # no credit: the tag says so
    ]
    assert captions[0].credit == "Thu Hà"
    assert isinstance(page.sections[0].blocks[1], Caption)
    assert isinstance(page.sections[2].blocks[1], Caption)
    assert all(s.kind == "caption" for c in captions for s in (page.sentences[i] for i in c.sentence_ids))


def test_related_box_is_the_related_block(page):
    related = page.related
    assert [r.title for r in related] == [
        "Hòa Lâm chủ động ứng phó với mưa lớn kéo dài",
        "Hội nghị trực tuyến về phòng chống thiên tai khu vực miền Trung",
    ]
    assert related[0].lead.startswith("(Báo Hòa Lâm) - Trước diễn biến mưa lớn")
    assert page.sections[-1].role == "related"
    assert not any(s.kind == "body" and "mưa lớn kéo dài" in s.text for s in page.sentences)


@pytest.mark.parametrize("leak", LEAKS)
def test_site_around_the_article_does_not_leak(page, leak):
    assert leak not in page.text


def test_body_paragraphs_in_order(page):
    paragraphs = [b.text for s in page.sections for b in s.blocks if isinstance(b, Paragraph)]
    assert paragraphs[0].startswith("Đồng chí Trần Văn Bình - Phó Chủ tịch UBND tỉnh chủ trì")
    assert (
        paragraphs[-1] == "Các địa phương cần chuẩn bị đầy đủ vật tư, phương tiện trước mùa mưa bão năm 2024."
    )
    assert len(paragraphs) == 6
    for s in page.sentences:
        assert page.text[s.start : s.end] == s.text


def test_old_windows_1258_table_page(tmp_path):
    p = tmp_path / "old.htm"
    p.write_bytes(cp1258(OLD_PAGE))
    a = open_article(p)
    assert a.title == "Huyện Nam Sơn khánh thành cầu Bản Mồng"
    assert a.source == "Báo Miền Núi"
    assert a.lead.startswith("Sáng 3/5, huyện Nam Sơn tổ chức lễ khánh thành")
    assert [c.credit for c in a.captions] == ["Văn Hùng"]
    assert [s.heading for s in a.sections] == [None, "NIỀM VUI CỦA BÀ CON VÙNG CAO", "Tin liên quan"]
    assert [r.title for r in a.related] == [
        "Nam Sơn đẩy nhanh tiến độ các công trình giao thông",
        "Khởi công xây dựng 5 cây cầu dân sinh ở vùng cao",
    ]
    for leak in ("Sữa tươi", "Trang chủ", "Chính trị", "Lê Lợi"):
        assert leak not in a.text


def test_declared_charset_loses_to_valid_utf8():
    # Pages saved by a browser are rewritten in UTF-8 but keep their old declaration.
    text = decode_html(OLD_PAGE.encode("utf-8"), "x.html")
    assert "Huyện Nam Sơn khánh thành" in text


def test_server_charset_is_used():
    assert "Bản Mồng" in decode_html(cp1258(OLD_PAGE), "u", charset="windows-1258")


def test_inline_see_also_link_becomes_related():
    html = """<html><body><article><h1>Tỉnh tổ chức hội nghị về chuyển đổi số</h1>
    <p>Đoạn thứ nhất của bài viết nói về chuyển đổi số trong các cơ quan của tỉnh.</p>
    <p>Đoạn thứ hai của bài viết nói về kết quả đạt được trong năm vừa qua của tỉnh.</p>
    <p><strong>Xem thêm:</strong> <a href="/k">Tỉnh tổ chức hội nghị tổng kết năm 2023</a></p>
    <p>Đoạn thứ ba, đoạn cuối cùng của bài viết này, nói về nhiệm vụ năm tới.</p>
    </article></body></html>"""
    a = article_from_bytes(html.encode(), "x.html", html=True)
    assert [r.title for r in a.related] == ["Tỉnh tổ chức hội nghị tổng kết năm 2023"]
    assert "Xem thêm" not in a.text.split("Tin liên quan")[0]
    assert a.sections[0].paragraphs[-1].text.startswith("Đoạn thứ ba")


def test_escapes_from_entities_are_removed_and_markup_stays_literal():
    html = """<html><head><title>Tin có mã &#27;]0;tiêu đề giả&#7; và [bold red]chữ[/]</title></head><body>
    <article><h1>Tin có mã &#27;]0;tiêu đề giả&#7; và [bold red]chữ[/]</h1>
    <p>Đoạn thứ nhất có ký tự điều khiển &#27;[31m ở đây và &#x202E;đảo chiều, chữ [link=https://x]liên kết[/link].</p>
    <p>Đoạn thứ hai của bài viết nói về chuyện khác trong tỉnh, đủ dài để được giữ lại.</p>
    </article></body></html>"""
    a = article_from_bytes(html.encode(), "x.html", html=True)
    assert a.title == "Tin có mã và [bold red]chữ[/]"
    assert "[link=https://x]liên kết[/link]" in a.text
    assert all(ch not in a.text for ch in "\x1b\x07\u202e")


def test_short_page_without_an_article_block_still_reads():
    a = article_from_bytes(
        b"<html><body><h1>Ti\xc3\xaau \xc4\x91\xe1\xbb\x81 ng\xe1\xba\xafn</h1><p>M\xe1\xbb\x99t c\xc3\xa2u.</p></body></html>",
        "s.html",
    )
    assert a.title == "Tiêu đề ngắn"
    assert [p.text for p in a.sections[0].paragraphs] == ["Một câu."]


@pytest.mark.parametrize(
    "data",
    [
        b"<html><body></body></html>",
        b"<html><body><nav><a href='/'>Trang ch\xe1\xbb\xa7</a></nav></body></html>",
    ],
)
def test_page_without_text_is_a_read_error(data):
    with pytest.raises(ReadError, match="no article text found in the web page"):
        article_from_bytes(data, "empty.html", html=True)


@pytest.mark.parametrize("data", [b"", b"   \n", b"\x00\x01\x02binary\x00" * 50])
def test_empty_or_binary_html_file_is_a_read_error(tmp_path, data):
    p = tmp_path / "bad.html"
    p.write_bytes(data)
    with pytest.raises(ReadError):
        open_article(p)


def test_html_name_holding_plain_text_is_read_as_text(tmp_path):
    p = tmp_path / "note.html"
    p.write_text("Tiêu đề của bài\n\nĐoạn văn duy nhất của bài viết.\n", encoding="utf-8")
    a = open_article(p)
    assert a.title == "Tiêu đề của bài"
    assert a.sections[0].paragraphs[0].text == "Đoạn văn duy nhất của bài viết."


def test_html_without_the_suffix_is_sniffed():
    assert looks_like_html(PAGE.encode())
    assert looks_like_html(b"\xef\xbb\xbf  <html><body>x</body></html>")
    assert not looks_like_html("Tiêu đề\n\n<b>không phải trang</b>".encode())
    a = article_from_bytes(PAGE.encode(), "<stdin>")
    assert a.title == "Tỉnh Hòa Lâm tổng kết công tác phòng chống thiên tai năm 2023"
    assert "Thể thao" not in a.text


def test_extract_gives_hints_for_the_parser():
    page = extract(PAGE, "p.html")
    assert "Chủ động ứng phó từ cơ sở" in page.headings
    assert "Lực lượng cứu hộ giúp dân di dời tài sản trong đợt lũ tháng 10" in page.captions
    assert page.text.startswith(
        "Tỉnh Hòa Lâm tổng kết công tác phòng chống thiên tai năm 2023\n\n(Báo Hòa Lâm) - "
    )


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "<p>",
                "</p>",
                "<h2>",
                "</h2>",
                "<figure>",
                "<figcaption>",
                "</figcaption>",
                "<li>",
                "<a href=x>",
                "</a>",
                "<div class='related'>",
                "<div class=ads>",
                "</div>",
                "Tin liên quan",
                "Xem thêm:",
                "<table class=image><tr><td><img>",
                "<td class=image_desc>",
                "&#27;[31m",
                "\x00",
                "<h1>",
                "</h1>",
                "<html>",
                "<body>",
                "<!--",
                "-->",
                "<script>",
                "]]>",
                "Đồng chí Trần Văn Bình phát biểu. ",
                "\n",
            ]
        )
        | st.text(max_size=20),
        max_size=40,
    )
)
def test_any_markup_reads_or_is_a_read_error(parts):
    data = "".join(parts).encode("utf-8", "surrogatepass")
    try:
        a = article_from_bytes(data, "fuzz.html", html=True)
    except ReadError:
        return
    assert all(a.text[s.start : s.end] == s.text for s in a.sentences)
    assert "\x1b" not in a.text and "\x00" not in a.text


def test_related_marker_with_a_count_is_found_as_in_plain_text():
    # One marker reading for pages and plain text: "Tin liên quan (2)" is the related block.
    html = """<html><body><article><h1>Tỉnh tổ chức hội nghị về chuyển đổi số</h1>
    <p>Đoạn thứ nhất của bài viết nói về chuyển đổi số trong các cơ quan của tỉnh.</p>
    <p>Đoạn thứ hai của bài viết nói về kết quả đạt được trong năm vừa qua của tỉnh.</p>
    <div><h3>Tin liên quan (2)</h3><ul>
    <li><a href="/a">Tỉnh tổ chức hội nghị tổng kết năm 2023</a></li>
    <li><a href="/b">Huyện triển khai nhiệm vụ năm 2024 sớm</a></li></ul></div>
    </article></body></html>"""
    a = article_from_bytes(html.encode(), "x.html", html=True)
    assert [r.title for r in a.related] == [
        "Tỉnh tổ chức hội nghị tổng kết năm 2023",
        "Huyện triển khai nhiệm vụ năm 2024 sớm",
    ]
    assert "Tin liên quan (2)" not in a.text
