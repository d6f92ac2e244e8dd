"""The reading session, driven without Textual: results carry their article, lengths change
visibly or not at all."""

from __future__ import annotations

from tui.reading.parse import parse
from tui.requests import DEFAULT_LENGTH, MAX_LENGTH, SummaryRequest
from tui.session import ReadingSession

TEXT = (
    "Hội nghị tổng kết công tác năm\n\n"
    "(Baonghean.vn) - Sáng 3/1, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết công tác năm.\n\n"
    "Hội nghị có sự tham dự của lãnh đạo các sở, ngành.\n\n"
    "NHIỀU KẾT QUẢ NỔI BẬT\n\n"
    "Năm qua, tỉnh hoàn thành 20 trên 22 chỉ tiêu chủ yếu. Thu ngân sách vượt dự toán. "
    "Tăng trưởng kinh tế đạt khá. Đời sống người dân được cải thiện.\n\n"
    "NHIỆM VỤ NĂM TỚI\n\n"
    "Phát biểu kết luận, Chủ tịch tỉnh đề nghị các ngành bám sát nhiệm vụ. "
    "Các địa phương cần chủ động hơn nữa.\n"
)


def _article(path: str = "a.txt"):
    return parse(TEXT, path=path)


def test_a_result_for_another_article_is_refused():
    first, second = _article("a.txt"), _article("b.txt")
    session = ReadingSession(second, "docbao")
    request = session.request
    assert request == SummaryRequest("docbao", DEFAULT_LENGTH, None)
    assert not session.add_summary(first, request, object())
    assert not session.add_people(first, object(), {"UBND": "Ủy ban nhân dân"})
    assert not session.add_summary_failure(first, request, "boom")
    assert not session.add_people_failure(first, "boom")
    state = session.summary_state()
    assert state.article is second and state.busy and state.count is None
    assert session.people_state().busy and session.acronyms == {}


def test_a_state_is_a_new_picture_each_time():
    session = ReadingSession(_article(), "docbao")
    before = session.summary_state()
    summary = type("S", (), {"sentences": (1, 2)})()
    assert session.add_summary(session.article, session.request, summary)
    after = session.summary_state()
    assert after is not before and after != before
    assert after.count == 2 and not after.busy and before.busy


def test_shorter_in_a_short_section_says_so_and_changes_nothing():
    session = ReadingSession(_article(), "docbao", length=3)
    one = next(i for i in range(len(session.article.sections)) if session.sentences_in(i) == 1)
    session.scope = one
    assert session.shown_length() == 1
    assert session.shorter() == "The summary is one sentence already."
    assert session.length == 3  # the whole article's summary keeps its three sentences
    assert "every sentence" in session.longer()
    assert session.length == 3


def test_longer_and_shorter_move_from_what_is_shown():
    session = ReadingSession(_article(), "docbao", length=2)
    assert session.longer() is None and session.length == 3
    assert session.shorter() is None and session.length == 2
    session.length = MAX_LENGTH
    n = session.sentences_in(None)
    assert session.shown_length() == n < MAX_LENGTH
    assert session.shorter() is None and session.length == n - 1


def test_the_note_summarizes_the_whole_article():
    session = ReadingSession(_article(), "lexrank", length=4)
    session.scope = 0
    assert session.request == SummaryRequest("lexrank", 4, 0)
    assert session.note_request == SummaryRequest("lexrank", 4, None)
