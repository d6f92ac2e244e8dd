"""`docbao search` and `docbao who` over an index of the test articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.cli import main
from tui.index.build import build
from tui.index.query import Appearance, _terms, fts_query, namesakes, search, snippet, who
from tui.index.store import index_path, open_for_reading


@pytest.fixture
def conn(data_dir: Path, library: Path):
    build([str(library)])
    c = open_for_reading(index_path())
    yield c
    c.close()


def _titles(hits) -> list[str]:
    return [h.title for h in hits]


def test_accents_and_d_are_folded(conn) -> None:
    assert _titles(search(conn, "hdnd")) == ["HĐND tỉnh Nghệ An tổng kết công tác năm 2023"]
    assert len(search(conn, "dong chi")) == 3
    assert len(search(conn, "ĐỒNG CHÍ")) == 3
    assert _titles(search(conn, "tiem chung")) == ["Sở Y tế Hà Tĩnh triển khai tiêm chủng mở rộng"]


def test_phrases_keep_their_order(conn) -> None:
    assert len(search(conn, '"giai ngan von"')) == 1
    assert search(conn, '"von giai ngan"') == []
    assert len(search(conn, "von giai ngan")) == 1  # words in any order


def test_prefix_and_title_weight(conn) -> None:
    assert len(search(conn, "tiem*")) == 1
    # "HĐND" is in all three bodies' neighbourhoods but in one title: that one first.
    hits = search(conn, "hdnd")
    assert hits[0].title.startswith("HĐND")


def test_person_and_dates_narrow_the_search(conn) -> None:
    assert len(search(conn, "hoi nghi")) == 2
    assert _titles(search(conn, "hoi nghi", person="nguyen van thuy", since="2024-06")) == [
        "Sở Y tế Hà Tĩnh triển khai tiêm chủng mở rộng"
    ]
    assert len(search(conn, "dong chi", person="Trần Thị Lan")) == 2
    assert len(search(conn, "dong chi", until="2024-03~")) == 2
    assert len(search(conn, "dong chi", since="2024-02", until="2024-03~")) == 1


def test_snippets_mark_the_words_as_written(conn) -> None:
    hit = search(conn, "giam sat cu tri")[0]
    marked = [hit.snippet[s:e] for s, e in hit.marks]
    assert {"giám", "sát", "cử", "tri"} <= set(marked)


def test_snippet_offsets_survive_folding() -> None:
    text = "Đồng chí Lê Văn Đường phát biểu. " * 3 + "Sau đó ĐƯỜNG giao thông được bàn."
    shown, marks = snippet(text, _terms("duong"))
    assert {shown[s:e] for s, e in marks} >= {"Đường", "ĐƯỜNG"}


@pytest.mark.parametrize("typed", ["NEAR(a b", "title: x", '"', "a AND OR NOT", "x*y", "(((", "^"])
def test_nothing_typed_is_fts_syntax(conn, typed: str) -> None:
    assert isinstance(search(conn, typed), list)  # never an sqlite error


def test_a_query_of_no_words(conn) -> None:
    assert fts_query("... !!") is None
    assert search(conn, "—") == []


def test_who_tells_namesakes_apart(conn) -> None:
    persons = who(conn, "NGUYỄN VĂN THUỶ")  # old tone placement, capitals
    assert [(p.places, len(p.appearances)) for p in persons] == [(("Nghệ An",), 2), (("Hà Tĩnh",), 1)]
    nghe_an = persons[0]
    # By date, with the roles as written there: the change of office shows.
    assert [(a.date, a.kind, a.roles) for a in nghe_an.appearances] == [
        ("2024-01-15", "chaired", ("Phó Chủ tịch HĐND tỉnh Nghệ An",)),
        ("2024-03-12", "chaired", ("Chủ tịch UBND tỉnh Nghệ An",)),
    ]
    assert [len(p.appearances) for p in who(conn, "nguyen van thuy")] == [2, 1]
    assert who(conn, "Nguyễn Văn Thùy") == []  # another tone is another name
    assert who(conn, "Trần Thị Lan")[0].appearances[0].kind == "attended"


def test_who_keeps_people_without_roles_apart_when_in_doubt() -> None:
    def app(roles: tuple[str, ...], title: str = "Tin", name: str = "Hà Văn An") -> Appearance:
        return Appearance("p", title, None, None, name, "mentioned", roles, 0, 9)

    # Typed without accents, "ha van an" finds both; the same office does not make them one.
    spelt_apart = namesakes([app(("Bí thư Huyện ủy",)), app(("Bí thư Huyện ủy",), name="Hà Văn Ân")])
    assert sorted(p.name for p in spelt_apart) == ["Hà Văn An", "Hà Văn Ân"]

    one = namesakes([app(("Bí thư Huyện ủy",)), app(())])
    assert [len(p.appearances) for p in one] == [2]
    two = namesakes([app(("Giám đốc Sở Y tế tỉnh Hà Tĩnh",)), app(("Bí thư Tỉnh ủy Quảng Bình",)), app(())])
    assert sorted(len(p.appearances) for p in two) == [1, 1, 1]


def test_places_come_from_the_roles_never_from_the_title() -> None:
    def app(roles: tuple[str, ...], title: str) -> Appearance:
        return Appearance("p", title, None, None, "Lê Văn Hải", "attended", roles, 0, 9)

    # A headline about something else names places the person has nothing to do with.
    one = namesakes(
        [
            app(("Phó Giám đốc Sở Du lịch",), "Bà Rịa - Vũng Tàu và Đà Nẵng ký kết hợp tác du lịch"),
            app(("Phó Giám đốc Sở Du lịch",), "Khách quốc tế đến Huế tăng mạnh"),
        ]
    )
    assert [(p.places, len(p.appearances)) for p in one] == [((), 2)]
    # Nor does a place in the title join two offices that name none.
    apart = namesakes(
        [
            app(("Phó Chủ tịch HĐND tỉnh",), "HĐND tỉnh Quảng Trị họp"),
            app(("Chủ tịch UBND tỉnh",), "Quảng Trị"),
        ]
    )
    assert [(p.places, len(p.appearances)) for p in apart] == [((), 1), ((), 1)]
    # A place written in a role tells the person apart and labels them, as written there.
    named = namesakes(
        [app(("Chủ tịch UBND tỉnh Nghệ An",), "Đà Nẵng đón khách"), app(("Bí thư Huyện ủy",), "Tin")]
    )
    assert sorted(p.places for p in named) == [(), ("Nghệ An",)]
    # Shown as written, a whole word: not the "ánh" of "Chi nhánh".
    roles = ("Giám đốc Chi nhánh Hà Tĩnh", "Phó Chủ tịch Hội hữu nghị Việt Nam - Anh")
    assert namesakes([app(roles, "Tin")])[0].places == ("Anh", "Hà Tĩnh")


def test_search_and_who_commands(data_dir: Path, library: Path, capsys) -> None:
    assert main(["search", "hdnd"]) == 2  # no index yet
    assert "no index yet" in capsys.readouterr().err
    build([str(library)])
    assert main(["search", "giai ngan", "--format", "jsonl"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    record = json.loads(line)
    assert record["title"].startswith("UBND") and record["date"] == "2024-03-12"
    assert main(["search", "hdnd", "--format", "json", "--since", "15/01/2024"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1
    assert main(["search", "khong co dau"]) == 1
    assert "nothing found" in capsys.readouterr().err
    assert main(["who", "Trần Thị Lan"]) == 0
    out = capsys.readouterr().out
    assert "Trần Thị Lan" in out and "Giám đốc Sở Tài chính" in out and "2 articles" in out
    assert main(["who", "Trần Thị Lan", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["appearances"][0]["date"] == "2024-01-15"
    with pytest.raises(SystemExit):
        main(["search", "x", "--since", "hôm qua"])


@pytest.mark.parametrize("command", ["search", "who"])
@pytest.mark.parametrize("typed", ["", "   ", "…"])
def test_nothing_typed_is_a_usage_error(
    data_dir: Path, library: Path, capsys, command: str, typed: str
) -> None:
    build([str(library)])
    assert main([command, typed]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("docbao: the ") and "holds no word" in err


def test_a_very_common_word_is_ranked_among_its_newest_matches(conn, monkeypatch) -> None:
    import tui.index.query as query

    monkeypatch.setattr(query, "BUDGET", 1)
    newest = conn.execute("SELECT path FROM articles ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert [h.path for h in search(conn, "dong chi")] == [newest]
    # Dates and a person narrow the matches before the newest are taken.
    assert _titles(search(conn, "dong chi", until="2024-02~")) == [
        "HĐND tỉnh Nghệ An tổng kết công tác năm 2023"
    ]
    assert len(search(conn, "dong chi", person="Trần Thị Lan")) == 1
    assert len(search(conn, "tiem chung")) == 1  # fewer matches than the budget: all ranked


def test_person_with_accents_is_that_spelling(conn) -> None:
    assert len(search(conn, "hoi nghi", person="Nguyễn Văn Thủy")) == 2
    assert search(conn, "hoi nghi", person="Nguyễn Văn Thùy") == []
    assert search(conn, "hoi nghi", person="Thủy") == []  # a whole name, not a part


def test_any_typed_query_is_answered_or_refused_never_an_error(tmp_path: Path) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from tui.index.store import open_for_writing

    conn, _ = open_for_writing(tmp_path / "i.sqlite")
    alphabet = st.characters(blacklist_categories=("Cs",))

    @settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
    @given(query=st.text(alphabet, max_size=40), person=st.none() | st.text(alphabet, max_size=20))
    def check(query: str, person: str | None) -> None:
        assert search(conn, query, person=person) == []
        assert who(conn, query) == []

    try:
        check()
    finally:
        conn.close()
