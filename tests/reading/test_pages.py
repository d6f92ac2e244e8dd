"""Saved pages in the shapes Vietnamese papers' sites use (tests/reading/pages/, written for these
tests): the date the page gives and no other, the author, the lead, photo captions from
figcaption, caption blocks and an image's alt, and related news from the site's boxes and the
list of links under the story."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html as lhtml

from tui.language.summarize import summarize
from tui.reading.document import open_article
from tui.reading.pagemeta import iso_date, markup_rules, page_author, page_date

PAGES = Path(__file__).parent / "pages"


def read(name: str):
    return open_article(PAGES / name)


def test_one_cms_for_several_papers():
    a = read("vcc-cms.html")
    assert a.meta["date"] == "2025-03-21"  # the date line, while the text names 2019
    assert a.meta["author"] == "THU HÀ"
    assert a.lead.startswith("Sáng 20/3, UBND huyện Yên Hòa")
    assert [(c.text, c.credit) for c in a.captions] == [
        ("Đồng chí Lò Văn Khánh phát biểu tại hội nghị - Ảnh: MINH ĐỨC", "MINH ĐỨC"),
        ("Toàn cảnh hội nghị", None),
    ]
    assert [r.title for r in a.related] == [
        "Yên Hòa khánh thành cầu treo bản Muống",
        "Huyện Yên Hòa đón bằng công nhận nông thôn mới",
        "Yên Hòa: Giải ngân vốn đầu tư công còn đạt thấp",
    ]
    assert "Huyện cần làm nhanh hơn" not in a.text and "Giấy phép" not in a.text


def test_fck_detail_page():
    a = read("fck-detail.html")
    assert a.meta["date"] == "2025-03-21"  # "Thứ sáu, 21/3/2025, 08:45 (GMT+7)"
    assert a.meta["author"] == "Minh Khang"
    assert a.lead.startswith("Tuyến đường dài 32 km")
    assert [(c.text, c.credit) for c in a.captions] == [
        ("Lãnh đạo tỉnh bấm nút khởi công dự án. Ảnh: Văn Hùng", "Văn Hùng"),
        ("Đồng chí Hà Văn Quyết (thứ hai từ trái sang) kiểm tra hồ sơ thiết kế", None),  # the alt
    ]
    assert [r.title for r in a.related] == [
        "Hòa Lâm duyệt quy hoạch vùng ven biển",
        "Ba huyện ven biển bàn giao mặt bằng đường mới",
    ]
    assert "Giá xăng" not in a.text and "Xem nhiều" not in a.text


def test_json_ld_and_a_related_box_in_the_story():
    a = read("dt-news.html")
    assert a.meta["date"] == "2025-01-22" and a.meta["author"] == "Hồng Nhung"
    assert [c.text for c in a.captions] == ["Bà Vi Thị Hạnh (bên phải) tặng quà gia đình ông Nông Văn Lù."]
    assert [(r.title, r.lead[:20]) for r in a.related] == [
        ("Bắc Lĩnh chuẩn bị hơn 50.000 suất quà Tết", "Năm nay tỉnh dành 62")
    ]
    assert "Dịp này, đoàn cũng đến thăm" in a.text  # the story goes on under the box


def test_a_page_without_a_date_has_none():
    a = read("no-date.html")
    assert "date" not in a.meta  # never 2019 from "năm 2019", never a related item's date
    assert [(r.title, r.lead) for r in a.related] == [
        ("Kim Sơn ra quân làm đường giao thông nông thôn", ""),
        ("Xã Lai Thành về đích nông thôn mới nâng cao", ""),
    ]


@pytest.mark.parametrize("name", ["vcc-cms.html", "fck-detail.html", "dt-news.html"])
def test_summaries_hold_no_caption_or_related_news(name):
    a = read(name)
    chosen = summarize(a, "docbao", 3)
    assert chosen.sentences
    for s in chosen.sentences:
        assert a.sentences[s.id].kind == "body"
        assert all(s.text not in c.text for c in a.captions)
        assert all(s.text not in r.title for r in a.related)


def _root(head: str, body: str = ""):
    return lhtml.document_fromstring(f"<html><head>{head}</head><body>{body}<p>x</p></body></html>")


@pytest.mark.parametrize(
    ("head", "body", "date"),
    [
        ('<meta property="article:published_time" content="2024-05-02T10:00:00+07:00">', "", "2024-05-02"),
        ('<meta itemprop="datePublished" content="2024-05-03">', "", "2024-05-03"),
        (
            '<script type="application/ld+json">{"@graph": [{"datePublished": "2024-05-04"}]}</script>',
            "",
            "2024-05-04",
        ),
        ("", '<time datetime="2024-05-05T08:00">5/5</time>', "2024-05-05"),
        ("", '<div class="detail-time">Thứ 6, 21/03/2025 - 08:45</div>', "2025-03-21"),
        ("", '<span class="date">Chủ nhật, 6/4/2025, 19:02 (GMT+7)</span>', "2025-04-06"),
        ("", '<div class="detail-time">Thứ 6, 32/13/2025 - 08:45</div>', None),  # not a date
        ("", '<ul><li><a>Tin khác</a> <time datetime="2024-01-01">1/1</time></li></ul>', None),
        ("", "<p>Năm 2019, tỉnh có 14 xã đạt chuẩn.</p>", None),
        ("", '<h1>Tiêu đề</h1><div class="meta"><span>Thứ 6, 21/03/2025 - 08:45</span></div>', "2025-03-21"),
        ("", "<h1>Tiêu đề</h1><p>Ngày 21/03/2025, tỉnh họp.</p>", None),  # a sentence, not a date line
    ],
)
def test_page_date(head, body, date):
    assert page_date(_root(head, body)) == date


def test_the_date_line_nearest_the_title_not_the_top_bars_today():
    root = _root(
        "",
        '<div class="top-bar"><span class="date">Thứ bảy, 06/12/2026</span></div>'
        '<ul class="menu"><li><a>Thời sự</a></li><li><a>Kinh tế</a></li></ul>'
        '<h1>Tiêu đề</h1><div class="detail-time">Thứ 6, 21/03/2025 - 08:45</div>',
    )
    assert page_date(root) == "2025-03-21"


def test_the_metadata_wins_over_the_date_line():
    root = _root(
        '<meta property="article:published_time" content="2025-03-20T22:00:00+07:00">',
        '<div class="date">Thứ 6, 21/03/2025 - 08:45</div>',
    )
    assert page_date(root) == "2025-03-20"


@pytest.mark.parametrize(
    ("head", "body", "author"),
    [
        ('<meta name="author" content="Thu Hà">', "", "Thu Hà"),
        ('<meta name="author" content="https://example.vn/tac-gia">', "", None),
        ('<meta name="author" content="Báo Sông Lam">', "", None),  # the paper, not its reporter
        ('<meta name="author" content="Baosonglam.vn">', '<div class="author">Thu Hà</div>', "Thu Hà"),
        ("", '<div class="author-info"><a class="name">Minh Khang</a></div>', "Minh Khang"),
    ],
)
def test_page_author(head, body, author):
    assert page_author(_root(head, body)) == author


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2025-03-21T08:45:00+07:00", "2025-03-21"),
        ("Thứ 6, 21/03/2025 - 08:45", "2025-03-21"),
        ("năm 2019", None),
    ],
)
def test_iso_date(text, iso):
    assert iso_date(text) == iso


def test_every_markup_row_matches_the_names_it_gives():
    rules = markup_rules()
    assert rules["related"].search("relate-container") and rules["related"].search("RelatedOneNews")
    assert rules["caption"].search("PhotoCMS_Caption") and rules["sapo"].search("detail-sapo")
    assert rules["dateline"].search("dt-news__time") and not rules["dateline"].search("timeline-update")


def test_a_link_behind_arrows_inside_the_story_is_related_news():
    page = (
        "<html><head><title>T</title></head><body><h1>Yên Hòa khánh thành cầu treo</h1><div class='content'>"
        "<p>Sáng 2/9, huyện Yên Hòa khánh thành cầu treo bản Muống, tổng vốn 12 tỷ đồng từ ngân sách tỉnh.</p>"
        "<p><a href='/1'>&gt;&gt; Yên Hòa đón bằng công nhận nông thôn mới</a></p>"
        "<p>Cầu dài 120 m, nối hai bản với trung tâm xã, giúp học sinh đi học an toàn trong mùa mưa lũ.</p>"
        "</div></body></html>"
    )
    from tui.reading.document import article_from_bytes

    a = article_from_bytes(page.encode(), "bai.html", html=True)
    assert [r.title for r in a.related] == ["Yên Hòa đón bằng công nhận nông thôn mới"]
    assert "Cầu dài 120 m" in a.text


def test_the_italic_or_centred_line_under_a_photo_is_its_caption():
    page = (
        "<html><head><title>T</title></head><body><h1>Yên Hòa khánh thành cầu treo</h1><div class='content'>"
        "<p>Sáng 2/9, huyện Yên Hòa khánh thành cầu treo bản Muống, tổng vốn 12 tỷ đồng từ ngân sách tỉnh.</p>"
        "<p style='text-align:center'><img src='/a.jpg'></p>"
        "<p style='text-align:center'><em>Lãnh đạo huyện cắt băng khánh thành cầu treo.</em> <em>Ảnh: Thu Hà</em></p>"
        "<p>Cầu dài 120 m, nối hai bản với trung tâm xã, giúp học sinh đi học an toàn trong mùa mưa lũ.</p>"
        "<p style='text-align:center'><img src='/b.jpg'></p>"
        "<p style='text-align:center'>Bà con đi trên cầu mới</p>"
        "<p>Huyện sẽ xây thêm hai cầu treo trong năm tới để nối các bản còn lại với trung tâm xã.</p>"
        "</div></body></html>"
    )
    from tui.reading.document import article_from_bytes

    a = article_from_bytes(page.encode(), "bai.html", html=True)
    assert [(c.text, c.credit) for c in a.captions] == [
        ("Lãnh đạo huyện cắt băng khánh thành cầu treo. Ảnh: Thu Hà", "Thu Hà"),
        ("Bà con đi trên cầu mới", None),
    ]


@pytest.mark.parametrize(
    "lead_markup",
    [
        "<h2>{}</h2>",  # an <h2> right under the title
        "<p><strong>{}</strong></p>",  # the story's first paragraph in bold
    ],
)
def test_a_lead_no_class_names(lead_markup):
    lead = "Sáng 2/9, huyện Yên Hòa khánh thành cầu treo bản Muống, tổng vốn 12 tỷ đồng từ ngân sách tỉnh."
    first = lead_markup.format(lead)
    h2 = first if first.startswith("<h2>") else ""
    p = first if not h2 else ""
    page = (
        "<html><head><title>T</title><meta property='og:site_name' content='Báo Sông Lam'></head><body>"
        f"<h1>Yên Hòa khánh thành cầu treo</h1>{h2}<div class='content'>{p}"
        "<p>Cầu dài 120 m, nối hai bản với trung tâm xã, giúp học sinh đi học an toàn trong mùa mưa lũ.</p>"
        "<p>Huyện sẽ xây thêm hai cầu treo trong năm tới để nối các bản còn lại với trung tâm xã.</p>"
        "</div></body></html>"
    )
    from tui.reading.document import article_from_bytes

    a = article_from_bytes(page.encode(), "bai.html", html=True)
    assert a.lead == lead
    assert all(s.kind != "body" or "khánh thành cầu treo bản Muống" not in s.text for s in a.sentences)
