"""Every input kind through the command line: the commands print the article, or one line
`docbao: PATH: REASON` on stderr with exit status 2 (exit 1 for a batch with a bad file).

Most cases run in-process through `tui.cli.main([...])`; a few run `python -m tui` for real
(standard input, no terminal, --help under TERM=dumb, a batch with two worker processes).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import subprocess
import sys
import threading
import types
import unicodedata
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.cli import build_parser, main

ROOT = Path(__file__).resolve().parent.parent

# A short report of the genre, written for these tests.
ARTICLE = """\
Huyện Nam Sơn tổng kết công tác giao thông nông thôn năm 2023

(Báo Miền Núi) - Sáng 5/1, UBND huyện Nam Sơn tổ chức hội nghị tổng kết công tác giao thông nông thôn năm 2023.

Dự hội nghị có đồng chí Lò Văn Pắn - Chủ tịch UBND huyện. Cùng dự có đồng chí Hà Thị Mai - Phó Chủ tịch UBND huyện.

KẾT QUẢ NỔI BẬT

Năm 2023, huyện đã cứng hóa 45 km đường giao thông nông thôn. Nhiều tuyến đường liên xã được nâng cấp.

Người dân đã hiến hơn 20.000 mét vuông đất để mở rộng đường. Phong trào được các xã hưởng ứng tích cực.

Đồng chí Lò Văn Pắn phát biểu tại hội nghị. Ảnh: Văn Hùng

NHIỆM VỤ NĂM 2024

Năm 2024, huyện phấn đấu cứng hóa thêm 50 km đường. Các xã cần chủ động huy động nguồn lực.
"""
TITLE = "Huyện Nam Sơn tổng kết công tác giao thông nông thôn năm 2023"

PAGE = """\
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Cầu mới ở Nam Sơn</title></head><body>
<nav class="menu"><a href="/">Trang chủ</a> <a href="/tt">Thể thao</a></nav>
<article><h1>Cầu mới ở Nam Sơn</h1>
<p>Cây cầu dài 120 mét, rộng 7 mét, nối hai xã vùng cao của huyện Nam Sơn.</p>
<figure><img src="a.jpg"><figcaption>Lễ khánh thành cầu. Ảnh: Văn Hùng</figcaption></figure>
<h2>NIỀM VUI CỦA BÀ CON</h2><p>Bà con đã chờ cây cầu này nhiều năm, nay đã thành hiện thực.</p>
<div class="related"><h3>Tin liên quan</h3><ul><li><a href="/x">Khởi công năm cây cầu dân sinh ở vùng cao</a></li></ul></div>
</article><footer>Giấy phép số 1/GP</footer></body></html>
"""


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        routes = {
            "/article.txt": (200, "text/plain; charset=utf-8", ARTICLE.encode()),
            "/page": (200, "text/html; charset=utf-8", PAGE.encode()),
            "/missing": (404, "text/html", b"<h1>Not Found</h1>"),
            "/image": (200, "image/png", b"\x89PNG\r\n"),
        }
        status, ctype, body = routes.get(self.path, (404, "text/plain", b""))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, str]:
    d = tmp_path_factory.mktemp("inputs")

    def put(name: str, data: bytes) -> str:
        (d / name).write_bytes(data)
        return str(d / name)

    paths = {
        "article": put("bai.txt", ARTICLE.encode()),
        "page": put("trang.html", PAGE.encode()),
        "empty": put("empty.txt", b""),
        "blank": put("blank.txt", b"  \n\t\n   \n"),
        "binary": put("bin.txt", bytes(range(256)) * 8 + b"abc\0def"),
        "one_line": put("one-line.txt", ("Tiêu đề " + "chữ " * 200_000).encode()),
        "paragraphs": put(
            "many.txt",
            (
                "Bài rất dài\n\n" + "\n\n".join(f"Đoạn số {i} của bài. Câu thứ hai." for i in range(10_000))
            ).encode(),
        ),
        "dir": str(d / "folder"),
        "missing": str(d / "missing.txt"),
        "loop": str(d / "loop.txt"),
    }
    os.mkdir(paths["dir"])
    os.symlink(d / "loop.txt", d / "loop.txt")
    return paths


# (input, expected exit status, expected reason) for `parse`, `summarize`, `people`, `export`.
BAD = [
    ("empty", "empty file"),
    ("blank", "empty file"),
    ("binary", "binary file, not text"),
    ("dir", "is a directory"),
    ("missing", "no such file"),
    ("loop", "too many levels of symbolic links"),
]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.mark.parametrize(("key", "reason"), BAD)
@pytest.mark.parametrize("command", ["parse", "people", "export"])
def test_bad_file_is_one_line_and_exit_2(capsys, files, command, key, reason):
    code, out, err = run(capsys, command, files[key])
    assert (code, out) == (2, "")
    assert one_line(err) == f"docbao: {files[key]}: {reason}"


@pytest.mark.parametrize(("key", "reason"), [b for b in BAD if b[0] != "dir"])
def test_bad_file_for_summarize(capsys, files, key, reason):
    code, out, err = run(capsys, "summarize", files[key], "--format", "json")
    assert (code, out) == (2, "")
    assert one_line(err) == f"docbao: {files[key]}: {reason}"


def test_summarize_a_folder_as_one_json_object_is_refused(capsys, files):
    code, _, err = run(capsys, "summarize", files["dir"], "--format", "json")
    assert code == 2
    assert (
        one_line(err)
        == f"docbao: {files['dir']}: is a directory (its articles are summarized with --format jsonl)"
    )


@pytest.mark.parametrize("command", ["parse", "summarize", "people", "export"])
def test_unreadable_file(capsys, tmp_path, monkeypatch, command):
    """Permission denied, as a user meets it; simulated, since root (as in CI) reads any file."""
    import errno

    p = tmp_path / "secret.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    real_open = os.open

    def deny(target, *args, **kwargs):
        if os.fspath(target) == str(p):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(target))
        return real_open(target, *args, **kwargs)

    monkeypatch.setattr(os, "open", deny)
    code, out, err = run(capsys, command, str(p))
    assert (code, out) == (2, "")
    assert one_line(err) == f"docbao: {p}: permission denied"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_for_real(capsys, tmp_path):
    p = tmp_path / "secret.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    p.chmod(0)
    code, _, err = run(capsys, "parse", str(p))
    assert code == 2
    assert one_line(err) == f"docbao: {p}: permission denied"


def test_too_large_by_the_environment_limit(capsys, files, monkeypatch):
    monkeypatch.setenv("DOCBAO_MAX_BYTES", "100")
    code, out, err = run(capsys, "parse", files["article"])
    assert (code, out) == (2, "")
    assert one_line(err) == f"docbao: {files['article']}: larger than the 100-byte limit"
    monkeypatch.setenv("DOCBAO_MAX_BYTES", "100000")
    assert run(capsys, "parse", files["article"])[0] == 0


@pytest.mark.parametrize("target", ["ftp://x/y", "file:///etc/hostname", "FTP://x"])
def test_a_link_of_another_kind_than_http_is_refused_by_name(capsys, target):
    code, out, err = run(capsys, "parse", target)
    assert (code, out) == (2, "")
    scheme = target.split(":")[0].lower()
    assert one_line(err) == f"docbao: {target}: {scheme}:// links are not read: only http:// and https://"


def test_a_file_named_like_a_link_is_read(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ftp:").mkdir()
    (tmp_path / "ftp:" / "x.txt").write_text("Tiêu đề\n\nĐoạn một của bài.\n", "utf-8")
    code, out, _ = run(capsys, "parse", "ftp://x.txt")
    assert code == 0 and "Tiêu đề" in out


def test_one_megabyte_single_line_is_read(capsys, files):
    code, out, _ = run(capsys, "parse", files["one_line"], "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert len(data["title"].encode()) > 1_000_000
    assert data["sections"] == []


def test_ten_thousand_paragraphs(capsys, files):
    code, out, _ = run(capsys, "parse", files["paragraphs"], "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert len(data["sections"][0]["paragraphs"]) == 10_000
    assert data["sections"][0]["paragraphs"][-1] == "Đoạn số 9999 của bài. Câu thứ hai."


# --- encodings and odd shapes: read correctly --------------------------------------------------------

ENC_TITLE = "Hội nghị tổng kết công tác năm học"
ENC_TEXT = (
    ENC_TITLE
    + "\n\nSáng nay, trường tổ chức hội nghị tổng kết năm học với sự tham dự của đông đảo giáo viên "
    "và học sinh.\n"
)


def cp1258(text: str) -> bytes:
    """Windows-1258 writes a toned vowel as the vowel (â, ơ …) then a combining tone mark."""
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323")
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones)) + tones)
    return "".join(out).encode("cp1258")


def tcvn3(text: str) -> bytes:
    from tui.reading.legacy import TCVN3

    table = {ch: b for b, ch in TCVN3.items() if len(ch) == 1 and not ch.isupper()}
    return bytes(ord(ch) if ord(ch) < 128 else table[ch] for ch in text)


def mojibake(text: str) -> bytes:
    """UTF-8 read as Windows-1252 and saved again as UTF-8: "Há»™i nghá»‹"."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode()).encode()


# VNI-Windows, written by hand: a base letter then a mark byte ("Hoäi" = Hội, "nghò" = nghị).
VNI = (
    "Hoäi nghò toång keát coâng taùc naêm hoïc\n\nSaùng nay, tröôøng toå chöùc hoäi nghò toång keát naêm "
    "hoïc vôùi söï tham döï cuûa ñoâng ñaûo giaùo vieân vaø hoïc sinh.\n"
).encode("cp1252")

ENCODED = {
    "utf-8": ENC_TEXT.encode(),
    "utf-8-bom": b"\xef\xbb\xbf" + ENC_TEXT.encode(),
    "utf-16": ENC_TEXT.encode("utf-16"),
    "nfd": unicodedata.normalize("NFD", ENC_TEXT).encode(),
    "crlf": ENC_TEXT.replace("\n", "\r\n").encode(),
    "windows-1258": cp1258(ENC_TEXT),
    "tcvn3": tcvn3(ENC_TEXT),
    "vni": VNI,
    "mojibake": mojibake(ENC_TEXT),
}


@pytest.mark.parametrize("kind", ENCODED)
def test_encodings_are_read_as_the_same_text(capsys, tmp_path, kind):
    p = tmp_path / f"{kind}.txt"
    p.write_bytes(ENCODED[kind])
    code, out, err = run(capsys, "parse", str(p), "--format", "json")
    assert (code, err) == (0, "")
    assert json.loads(out)["text"] == ENC_TEXT


SHAPES = {
    "no title line": "Sáng nay, trường tổ chức hội nghị. Giáo viên và học sinh tham dự.\nBuổi lễ kết thúc lúc 11 giờ.\n",
    "no lead, no headings": "Tin ngắn\n\nĐoạn thứ nhất. Câu hai.\n\nĐoạn thứ hai.\n",
    "only headings": "PHẦN MỘT CỦA BÀI\n\nPHẦN HAI CỦA BÀI\n\nPHẦN BA CỦA BÀI\n",
    "one word": "Tin\n",
    "markup and escapes": "Tin [bold red]đỏ[/] \x1b]52;c;SGVsbG8=\x07\n\nĐoạn [@click=app.quit]bấm[/] \u202etrái.\n",
}


# The shapes whose text has body sentences to summarize (the others are only a title or headings).
HAS_BODY = {"no title line", "no lead, no headings", "markup and escapes"}


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("command", ["parse", "summarize", "people"])
def test_odd_shapes_are_read(capsys, tmp_path, shape, command):
    p = tmp_path / "odd.txt"
    p.write_text(SHAPES[shape], encoding="utf-8")
    code, out, err = run(capsys, command, str(p), "--format", "json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    kept = "".join(SHAPES[shape].replace("\x1b]52;c;SGVsbG8=\x07", "").replace("\u202e", "").split())
    if command == "parse":
        assert "".join(data["text"].split()) == kept
    elif command == "summarize":
        texts = [s["text"] for s in data["sentences"]]
        if shape in HAS_BODY:
            assert texts and all("".join(t.split()) in kept for t in texts)
        else:
            assert texts == []
    else:  # none of these shapes names anyone
        assert data == {"people": [], "groups": [], "photographers": [], "mentioned": []}
    assert "\x1b" not in out and "\u202e" not in out


@pytest.mark.parametrize("shape", sorted(set(SHAPES) - HAS_BODY))
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_nothing_to_summarize_is_said_on_stderr(capsys, tmp_path, shape, fmt):
    p = tmp_path / "odd.txt"
    p.write_text(SHAPES[shape], encoding="utf-8")
    code, out, err = run(capsys, "summarize", str(p), "--format", fmt)
    assert (code, out) == (0, "")
    assert one_line(err) == f"docbao: {p}: no body sentences to summarize"


def test_nothing_to_summarize_in_a_batch_keeps_the_json_shape(capsys, tmp_path, files):
    p = tmp_path / "headings.txt"
    p.write_text(SHAPES["only headings"], encoding="utf-8")
    code, out, err = run(capsys, "summarize", str(p), files["article"], "-n", "1")
    assert (code, err) == (0, "")
    records = [json.loads(line) for line in out.splitlines()]
    assert [len(r["sentences"]) for r in records] == [0, 1]
    assert records[0].keys() == records[1].keys()


def test_an_empty_section_has_nothing_to_summarize(capsys, tmp_path):
    p = tmp_path / "headings.txt"
    p.write_text(SHAPES["only headings"], encoding="utf-8")
    code, out, err = run(capsys, "summarize", str(p), "--section", "2")
    assert (code, out) == (0, "")
    assert one_line(err) == f"docbao: {p}: no body sentences to summarize in section 2"
    code, out, err = run(capsys, "summarize", str(p), "--section", "2", "--format", "json")
    assert (code, err) == (0, "")
    assert json.loads(out)["sentences"] == [] and json.loads(out)["section"] == 2  # as --section counts


# --- every kind of input, read correctly ----------------------------------------------------------


def stdin_of(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_parse_file(capsys, files):
    code, out, _ = run(capsys, "parse", files["article"], "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert (data["title"], data["source"]) == (TITLE, "Báo Miền Núi")
    assert [s["heading"] for s in data["sections"]] == [None, "KẾT QUẢ NỔI BẬT", "NHIỆM VỤ NĂM 2024"]


def test_parse_stdin(capsys, monkeypatch):
    stdin_of(monkeypatch, ARTICLE.encode("utf-16"))
    code, out, _ = run(capsys, "parse", "-", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert (data["path"], data["title"]) == ("<stdin>", TITLE)


def test_stdin_that_gives_a_line_per_read_is_read_to_its_end(capsys, monkeypatch):
    """A terminal on stdin answers each read with one line: the article is all the lines."""

    class Terminal(io.RawIOBase):
        def __init__(self, lines: list[bytes]):
            self.lines = lines

        def readable(self) -> bool:
            return True

        def read(self, n: int = -1) -> bytes:
            return self.lines.pop(0) if self.lines else b""

    lines = [line + b"\n" for line in ARTICLE.encode().split(b"\n")]
    monkeypatch.setattr(sys, "stdin", types.SimpleNamespace(buffer=Terminal(lines)))
    code, out, _ = run(capsys, "parse", "-", "--format", "json")
    assert code == 0
    assert json.loads(out)["sections"][-1]["heading"] == "NHIỆM VỤ NĂM 2024"


def test_parse_html_from_stdin(capsys, monkeypatch):
    stdin_of(monkeypatch, PAGE.encode())
    code, out, _ = run(capsys, "parse", "-", "--format", "json")
    assert code == 0
    assert json.loads(out)["title"] == "Cầu mới ở Nam Sơn"


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty file"), (b" \n \n", "empty file"), (bytes(range(256)) * 4, "binary file, not text")],
)
def test_bad_stdin(capsys, monkeypatch, data, reason):
    stdin_of(monkeypatch, data)
    code, _, err = run(capsys, "parse", "-")
    assert code == 2
    assert one_line(err) == f"docbao: <stdin>: {reason}"


def test_stdin_named_twice_in_a_batch_is_the_same_article_twice(capsys, monkeypatch, files):
    # As a file named twice is; the second `-` was an "empty file" (the first had read it all).
    stdin_of(monkeypatch, ARTICLE.encode())
    code, out, err = run(capsys, "summarize", "-", files["article"], "-", "-n", "1")
    assert (code, err) == (0, "")
    lines = [json.loads(line) for line in out.splitlines()]
    assert [x["path"] for x in lines] == ["<stdin>", files["article"], "<stdin>"]
    assert lines[0] == lines[2]
    stdin_of(monkeypatch, b"")
    code, out, err = run(capsys, "summarize", "-", "-")
    assert (code, out) == (2, "")
    assert err == "docbao: <stdin>: empty file\n" * 2


def test_stdin_over_the_limit(capsys, monkeypatch):
    monkeypatch.setenv("DOCBAO_MAX_BYTES", "100")
    stdin_of(monkeypatch, ARTICLE.encode())
    code, _, err = run(capsys, "parse", "-")
    assert code == 2
    assert one_line(err).startswith("docbao: <stdin>: larger than the ")


def test_parse_html_page(capsys, files):
    code, out, _ = run(capsys, "parse", files["page"], "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["title"] == "Cầu mới ở Nam Sơn"
    assert [s["heading"] for s in data["sections"]] == [None, "NIỀM VUI CỦA BÀ CON", "Tin liên quan"]
    assert [c["credit"] for c in data["sections"][0]["captions"]] == ["Văn Hùng"]
    assert [r["title"] for r in data["related"]] == ["Khởi công năm cây cầu dân sinh ở vùng cao"]
    assert "Thể thao" not in data["text"] and "Giấy phép" not in data["text"]


def test_parse_urls(capsys, server):
    code, out, _ = run(capsys, "parse", f"{server}/page", "--format", "json")
    assert code == 0
    assert json.loads(out)["title"] == "Cầu mới ở Nam Sơn"
    code, out, _ = run(capsys, "parse", f"{server}/article.txt")
    assert code == 0
    assert out.startswith(TITLE + "\n")


@pytest.mark.parametrize(
    ("path", "reason"),
    [("/missing", "HTTP 404 Not Found"), ("/image", "not a web page or text (content type image/png)")],
)
def test_bad_urls(capsys, server, path, reason):
    code, out, err = run(capsys, "parse", server + path)
    assert (code, out) == (2, "")
    assert one_line(err) == f"docbao: {server}{path}: {reason}"


def test_summarize_file_json(capsys, files):
    code, out, _ = run(capsys, "summarize", files["article"], "-n", "2", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert len(data["sentences"]) == 2
    ids = [s["id"] for s in data["sentences"]]
    assert ids == sorted(ids)


def test_summarize_stdin_and_html_and_url(capsys, monkeypatch, files, server):
    stdin_of(monkeypatch, ARTICLE.encode())
    from_stdin = run(capsys, "summarize", "-", "--format", "json")
    from_file = run(capsys, "summarize", files["article"], "--format", "json")
    from_url = run(capsys, "summarize", f"{server}/article.txt", "--format", "json")
    assert from_stdin[0] == from_file[0] == from_url[0] == 0
    assert json.loads(from_stdin[1]) == json.loads(from_file[1]) == json.loads(from_url[1])
    code, out, _ = run(capsys, "summarize", files["page"], "-n", "1", "--format", "json")
    assert code == 0
    assert len(json.loads(out)["sentences"]) == 1


def test_people_of_html_and_url(capsys, files, server):
    code, out, _ = run(capsys, "people", files["article"], "--format", "json")
    assert code == 0
    names = [p["name"] for p in json.loads(out)["people"]]
    assert "Lò Văn Pắn" in names
    code, out2, _ = run(capsys, "people", f"{server}/article.txt", "--format", "json")
    assert (code, out2) == (0, out)
    code, out, _ = run(capsys, "people", files["page"], "--format", "json")
    assert code == 0
    assert [p["name"] for p in json.loads(out)["photographers"]] == ["Văn Hùng"]


# --- hostile file names: shown, never obeyed ---------------------------------------------------------

HOSTILE_NAME = "x\x1b]0;PWNED\x07y\u202e\x9b2J.txt"
SHOWN_NAME = "x\\x1b]0;PWNED\\x07y\\u202e\\x9b2J.txt"


def safe(err: str) -> bool:
    return not any(unicodedata.category(c)[0] == "C" for c in err if c != "\n")


def test_a_hostile_file_name_is_printed_escaped(capsys, tmp_path):
    missing = str(tmp_path / HOSTILE_NAME)
    code, _, err = run(capsys, "parse", missing)
    assert code == 2 and safe(err)
    assert one_line(err) == f"docbao: {tmp_path}/{SHOWN_NAME}: no such file"

    (tmp_path / HOSTILE_NAME).write_text(ARTICLE, encoding="utf-8")
    code, _, err = run(capsys, "summarize", missing, "--section", "9")
    assert code == 2 and safe(err)
    assert one_line(err).startswith(f"docbao: {tmp_path}/{SHOWN_NAME}: no section 9")

    code, _, err = run(capsys, "export", missing, "-o", str(tmp_path / "no-dir" / HOSTILE_NAME))
    assert code == 2 and safe(err)
    assert one_line(err) == f"docbao: {tmp_path}/no-dir/{SHOWN_NAME}: cannot write: no such file or directory"

    with pytest.raises(SystemExit) as exit_:  # argparse's own message
        main(["parse", missing, HOSTILE_NAME])
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and safe(err)
    assert f"unrecognized arguments: {SHOWN_NAME}" in err


def test_hostile_names_in_a_batch(capsys, tmp_path):
    (tmp_path / HOSTILE_NAME).write_bytes(b"")
    undecodable = os.fsdecode(os.fsencode(str(tmp_path)) + b"/bad\xff.txt")
    code, _, err = run(capsys, "summarize", str(tmp_path), undecodable)
    assert code == 2 and safe(err)  # nothing could be summarized
    assert err.splitlines() == [
        f"docbao: {tmp_path}/{SHOWN_NAME}: empty file",
        f"docbao: {tmp_path}/bad\\xff.txt: no such file",
    ]


def test_printable_escapes_only_what_a_terminal_would_obey():
    from tui.reading.errors import printable

    assert printable("Bài báo số 1 (bản sao).txt") == "Bài báo số 1 (bản sao).txt"
    assert printable("a\tb\nc\x00d\u2028e") == "a\\tb\\nc\\x00d\\u2028e"
    assert printable("\U000e0041") == "\\U000e0041"


# Every output that names the article: names are escaped in text, Markdown and HTML, and JSON
# escapes in json and jsonl (which read back as the exact name): no raw ESC, C1 or bidi character.
CLIPBOARD_NAME = "c\x1b]52;c;cHduZWQ=\x07d\u202e\x9b.txt"  # OSC 52: sets the clipboard
HOSTILE_FOLDER = "f\x1b]0;TITLE\x07"  # OSC 0: retitles the terminal
HOSTILE_TEXT = (
    "Tin\x1b]0;TITLE\x07 về \u202ehội nghị\x1bc\n\n"
    "(Báo\x9b Miền Núi) - Sáng 5/1, UBND huyện Nam Sơn tổ chức hội nghị tổng kết năm.\n\n"
    "Năm 2023, huyện đã cứng hóa 45 km đường giao thông. Nhiều tuyến đường được nâng cấp.\n"
)


def raw_controls(text: str) -> list[str]:
    return [c for c in text if c != "\n" and (unicodedata.category(c)[0] == "C" or c in "\u2028\u2029")]


@pytest.fixture
def hostile_file(tmp_path) -> str:
    folder = tmp_path / HOSTILE_FOLDER
    folder.mkdir()
    (folder / CLIPBOARD_NAME).write_text(ARTICLE, encoding="utf-8")
    return str(folder / CLIPBOARD_NAME)


@pytest.mark.parametrize(
    ("argv", "fmt"),
    [
        (["summarize", "{f}", "--format", "markdown"], "text"),
        (["summarize", "{f}", "--format", "jsonl"], "jsonl"),
        (["summarize", "{dir}"], "jsonl"),
        (["parse", "{f}", "--format", "json"], "json"),
        (["export", "{f}"], "text"),
        (["export", "{f}", "--format", "json"], "json"),
        (["export", "{f}", "--format", "html"], "text"),
    ],
    ids=[
        "summarize-markdown",
        "summarize-jsonl",
        "batch-folder",
        "parse-json",
        "export",
        "export-json",
        "html",
    ],
)
def test_hostile_names_are_never_written_raw(capsys, hostile_file, argv, fmt):
    argv = [a.format(f=hostile_file, dir=os.path.dirname(hostile_file)) for a in argv]
    code, out, err = run(capsys, *argv, *(["-n", "1"] if argv[0] != "parse" else []))
    assert (code, err) == (0, "")
    assert raw_controls(out) == []
    if fmt == "json":
        assert json.loads(out)["path"] == hostile_file  # the exact name, to open again
    elif fmt == "jsonl":
        assert [json.loads(line)["path"] for line in out.splitlines()] == [hostile_file]
    else:
        assert "x1b]52" in out.replace("\\]", "]") and "u202e" in out  # shown as escapes


def test_export_to_a_file_escapes_a_hostile_name_in_it(capsys, hostile_file, tmp_path):
    out_file = tmp_path / "note.md"
    code, _, err = run(capsys, "export", hostile_file, "-n", "1", "-o", str(out_file))
    assert (code, err) == (0, "")
    assert raw_controls(out_file.read_text(encoding="utf-8")) == []


def test_a_terminal_reset_in_a_name_is_not_obeyed(capsys, tmp_path):
    reset = tmp_path / "h\x1bcRIS.txt"
    reset.write_text(ARTICLE, encoding="utf-8")
    code, out, _ = run(capsys, "export", str(reset), "-n", "1")
    assert code == 0 and "\x1b" not in out
    assert "h\\\\x1bcRIS.txt" in out  # \x1b, its backslash escaped for Markdown


def test_every_format_makes_a_hostile_title_source_and_path_printable():
    """Text read from a file is cleaned before it is parsed; the formats do not count on it."""
    from tui.formats import article as fa
    from tui.formats import note
    from tui.formats import people as fp
    from tui.formats import summary as fs
    from tui.language.people import People
    from tui.language.summarize import summarize
    from tui.reading.errors import printable_json
    from tui.reading.parse import parse

    path = f"/tmp/{HOSTILE_FOLDER}/{CLIPBOARD_NAME}"
    article = parse(HOSTILE_TEXT, path=path)
    assert raw_controls(article.title) and raw_controls(article.source or "")  # as the test means
    summary = summarize(article, "textrank", 1, None)
    people = People((), (), ())
    outputs = {
        "parse text": fa.to_text(article),
        "parse json": printable_json(fa.to_dict(article), indent=2),
        "summary markdown": fs.to_markdown(summary, article),
        "people markdown": fp.to_markdown(people, article),
        "note": note.to_markdown(article, summary, people, sections=True),
        "note html": note.to_html(article, summary, people),
        "note json": printable_json(note.to_dict(article, summary, people), indent=2),
    }
    for name, out in outputs.items():
        # The parse outline's JSON holds the article's text: raw only in the test's input.
        assert raw_controls(out) == [], name
    assert json.loads(outputs["note json"])["title"] == article.title


# --- --section ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "section"), [("1", 1), ("3", 3), ("achievements", 2), ("TASKS", 3), ("opening", 1)]
)
def test_section_by_number_or_role(capsys, files, key, section):
    code, out, _ = run(capsys, "summarize", files["article"], "--section", key, "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["section"] == section
    assert data["sentences"] and all(s["section"] == section for s in data["sentences"])


@pytest.mark.parametrize(
    ("key", "reason"),
    [
        ("9", "no section 9: the article has 3 sections (1-3)"),
        ("0", "no section 0: the article has 3 sections (1-3)"),
        ("related", "related news is not summarized: choose a section of the article's own text"),
        ("other", "no other section: the article's sections are opening, achievements, tasks"),
        ("nope", "no section 'nope': give a number (1-3) or a role (opening, achievements, tasks, other)"),
    ],
)
def test_bad_section_names_the_article(capsys, files, key, reason):
    code, out, err = run(capsys, "summarize", files["article"], "--section", key)
    assert (code, out) == (2, "")
    assert one_line(err) == f"docbao: {files['article']}: {reason}"


def test_related_news_section_by_number_is_refused(capsys, files):
    code, out, err = run(capsys, "summarize", files["page"], "--section", "3")
    assert (code, out) == (2, "")
    assert one_line(err) == f"docbao: {files['page']}: section 3 is the related news, which is not summarized"


@pytest.mark.parametrize(
    ("key", "reason"),
    [
        ("9", "no section 9: sections 1-2 can be summarized (3 is the related news)"),
        ("nope", "no section 'nope': give a number (1-2) or a role (opening, achievements, tasks, other)"),
    ],
)
def test_a_bad_section_names_those_that_can_be_summarized(capsys, files, key, reason):
    # The related news is numbered (the reader shows it) but not summarized: not offered.
    code, out, err = run(capsys, "summarize", files["page"], "--section", key)
    assert (code, out) == (2, "")
    assert one_line(err) == f"docbao: {files['page']}: {reason}"


def test_a_batch_with_nothing_to_summarize_fails_as_bad_input_does(capsys, files, tmp_path):
    empty_folder = tmp_path / "nothing"
    empty_folder.mkdir()
    code, out, err = run(capsys, "summarize", str(empty_folder))
    assert (code, out) == (2, "")
    assert one_line(err).startswith(f"docbao: {empty_folder}: no article files")
    code, out, err = run(capsys, "summarize", str(empty_folder), files["missing"])
    assert (code, out) == (2, "") and len(err.splitlines()) == 2


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["sumarize", "{article}"], "sumarize: no such file or command (did you mean `docbao summarize`?)"),
        (["peple"], "peple: no such file or command (did you mean `docbao people`?)"),
        (["frobnicate", "{article}"], "frobnicate: no such file or command (the commands: parse, summarize,"),
        (["frobnicate"], "frobnicate: no such file"),
    ],
)
def test_a_mistyped_command_is_named_as_one(capsys, app_calls, files, argv, said):
    code, _, err = run(capsys, *(a.format(article=files["article"]) for a in argv))
    assert code == 2
    assert one_line(err).startswith(f"docbao: {said}")
    assert app_calls == []


def test_version(capsys):
    from importlib.metadata import version

    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out == f"docbao {version('docbao')}\n"


@pytest.mark.parametrize("command", ["parse", "summarize", "people", "export"])
def test_every_argument_of_the_article_commands_says_what_it_is(command):
    parser = build_parser()
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    bare = [a.dest for a in sub.choices[command]._actions if not a.help]
    assert bare == []


def test_export_to_an_empty_name_says_so(capsys, files):
    with pytest.raises(SystemExit) as exit_:
        main(["export", files["article"], "-o", ""])
    assert exit_.value.code == 2
    assert "argument -o/--output: an empty name: give a file, or - for standard output" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["summarize", "export"])
def test_a_length_and_a_ratio_together_are_refused_whatever_the_length(capsys, files, command):
    # "-n 3" is the default length: it was taken for no -n at all, and the ratio silently won.
    for n in ("3", "4"):
        with pytest.raises(SystemExit) as exit_:
            main([command, files["article"], "-n", n, "--ratio", "0.2"])
        assert exit_.value.code == 2
        assert "argument --ratio: not allowed with argument -n" in capsys.readouterr().err


def test_without_n_or_ratio_a_summary_has_three_sentences(capsys, files):
    code, out, _ = run(capsys, "summarize", files["article"], "--format", "json")
    assert code == 0 and json.loads(out)["length"] == 3
    code, out, _ = run(capsys, "summarize", files["article"], "--ratio", "1", "--format", "json")
    assert code == 0 and json.loads(out)["ratio"] == 1


def test_bad_section_in_a_batch_is_that_article_failing(capsys, files):
    code, out, err = run(capsys, "summarize", files["article"], files["page"], "--section", "3")
    assert code == 1
    assert [json.loads(line)["path"] for line in out.splitlines()] == [files["article"]]
    assert err == f"docbao: {files['page']}: section 3 is the related news, which is not summarized\n"


def test_batch_does_not_import_the_command_line():
    code = (
        "import sys, tui.batch as b; from tui.requests import SummaryRequest as R; "
        "o = b.summarize_item(b.Item('x.txt', b'Tin\\n\\nMot cau.\\n'), R('docbao', 1, 'related')); "
        "print(o.error); print('tui.cli' in sys.modules)"
    )
    r = subprocess.run(
        [sys.executable, "-P", "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[-1] == "False"


# --- batch ----------------------------------------------------------------------------------------


def test_batch_over_files_and_folders_with_a_bad_file(capsys, tmp_path, files):
    folder = tmp_path / "bao"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.html").write_text(PAGE, encoding="utf-8")
    (folder / "c.txt").write_bytes(b"")
    (folder / "notes.pdf").write_bytes(b"%PDF")  # not an article file: not listed
    empty_folder = tmp_path / "nothing"
    empty_folder.mkdir()
    code, out, err = run(
        capsys, "summarize", str(folder), files["missing"], str(empty_folder), files["article"], "-n", "1"
    )
    assert code == 1
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["path"] for r in records] == [str(folder / "a.txt"), str(folder / "b.html"), files["article"]]
    assert [r["title"] for r in records] == [TITLE, "Cầu mới ở Nam Sơn", TITLE]
    assert all(len(r["sentences"]) == 1 and r["algorithm"] for r in records)
    assert err.splitlines() == [
        f"docbao: {folder / 'c.txt'}: empty file",
        f"docbao: {files['missing']}: no such file",
        f"docbao: {empty_folder}: no article files (.txt, .text, .md, .html, .htm, .xhtml) in the folder",
    ]


def test_a_folder_reports_what_is_named_as_an_article_but_is_no_file(capsys, tmp_path):
    """A broken link, a FIFO, a folder named x.html: reported as when named alone, not skipped."""
    folder = tmp_path / "bao"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    os.symlink(tmp_path / "gone.txt", folder / "b.txt")
    os.mkfifo(folder / "c.txt")  # read, it would wait for a writer forever
    (folder / "d.html").mkdir()
    os.symlink(folder / "a.txt", folder / "e.txt")  # a link to an article is that article
    (folder / "f").mkdir()  # no article's name: not listed
    code, out, err = run(capsys, "summarize", str(folder), "-n", "1")
    assert code == 1
    assert [json.loads(line)["path"] for line in out.splitlines()] == [
        str(folder / "a.txt"),
        str(folder / "e.txt"),
    ]
    assert err.splitlines() == [
        f"docbao: {folder / 'b.txt'}: no such file (broken symbolic link)",
        f"docbao: {folder / 'c.txt'}: is a named pipe (FIFO), not a file: give it alone to read it",
        f"docbao: {folder / 'd.html'}: is a directory",
    ]
    # Named alone, the broken link and the folder say the same (`summarize` takes a folder whole).
    for name in ("b.txt", "d.html"):
        code, _, alone = run(capsys, "parse", str(folder / name))
        assert code == 2 and alone.split(": ", 2)[2] in err


def test_one_list_of_article_suffixes_for_the_library_and_batch(capsys, tmp_path):
    """A saved page is an article in a folder by any of its suffixes, in the library and in batch alike."""
    from tui.reading.kinds import ARTICLE_SUFFIXES, HTML_SUFFIXES
    from tui.reading.library import list_articles

    assert set(HTML_SUFFIXES) <= set(ARTICLE_SUFFIXES)
    for i, suffix in enumerate(ARTICLE_SUFFIXES):
        (tmp_path / f"{i}{suffix.upper() if i % 2 else suffix}").write_text(
            PAGE if suffix in HTML_SUFFIXES else ARTICLE, encoding="utf-8"
        )
    (tmp_path / "z.pdf").write_bytes(b"%PDF")
    listed = [p.name for p in (info.path for info in list_articles(tmp_path))]
    assert len(listed) == len(ARTICLE_SUFFIXES) and "z.pdf" not in listed
    assert all(
        info.error is None and info.title in (TITLE, "Cầu mới ở Nam Sơn") for info in list_articles(tmp_path)
    )
    code, out, err = run(capsys, "summarize", str(tmp_path), "-n", "1")
    assert (code, err) == (0, "")
    assert [Path(json.loads(line)["path"]).name for line in out.splitlines()] == listed


def test_batch_goes_on_after_an_internal_error_in_one_article(capsys, monkeypatch, files):
    import tui.language.summarize as summarize_module

    real = summarize_module.summarize

    def summarize(article, *args, **kwargs):
        if article.title == "Cầu mới ở Nam Sơn":
            raise RuntimeError("boom\nsecond line")
        return real(article, *args, **kwargs)

    monkeypatch.setattr(summarize_module, "summarize", summarize)
    code, out, err = run(capsys, "summarize", files["page"], files["article"], "-n", "1")
    assert code == 1
    assert [json.loads(line)["path"] for line in out.splitlines()] == [files["article"]]
    assert one_line(err) == f"docbao: {files['page']}: internal error: RuntimeError: boom\\nsecond line"


def test_batch_whose_worker_processes_die_reports_each_article(capsys, monkeypatch, files):
    import tui.batch

    monkeypatch.setattr(tui.batch, "warm_up", lambda algorithm: os._exit(3))  # a killed worker
    code, out, err = run(capsys, "summarize", files["article"], files["page"], "--jobs", "2")
    assert (code, out) == (2, "")  # every article failed
    lines = err.splitlines()
    assert [line.split(": internal error: ")[0] for line in lines] == [
        f"docbao: {files['article']}",
        f"docbao: {files['page']}",
    ]
    assert all("BrokenProcessPool" in line for line in lines) and "Traceback" not in err


def test_batch_all_good_exits_0_and_one_file_as_jsonl(capsys, files):
    code, out, err = run(capsys, "summarize", files["article"], "--format", "jsonl")
    assert (code, err) == (0, "")
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert record["path"] == files["article"]
    assert record["title"] == TITLE


def test_batch_refuses_a_single_object_format(capsys, files):
    code, out, err = run(capsys, "summarize", files["article"], files["page"], "--format", "text")
    assert (code, out) == (2, "")
    assert one_line(err).startswith("docbao: several articles are summarized as JSON lines")


# --- export ---------------------------------------------------------------------------------------


def test_export_markdown_is_the_reading_note(capsys, files, tmp_path):
    from tui.formats.note import to_markdown
    from tui.language.people import extract_people
    from tui.language.summarize import summarize
    from tui.reading.document import open_article

    out_file = tmp_path / "note.md"
    code, out, err = run(capsys, "export", files["article"], "-o", str(out_file))
    assert (code, out, err) == (0, "", "")
    article = open_article(files["article"])
    from tui.language.algorithms import DEFAULT_ALGORITHM

    expected = to_markdown(
        article, summarize(article, DEFAULT_ALGORITHM, 3, None), extract_people(article), sections=True
    )
    assert out_file.read_text(encoding="utf-8") == expected
    assert expected.startswith(f"# {TITLE}\n")
    assert "Lò Văn Pắn" in expected
    assert "## Tasks ahead: NHIỆM VỤ NĂM 2024" in expected  # the sections are in the note


def test_export_never_writes_over_the_article(capsys, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    os.symlink(article, tmp_path / "link.txt")
    os.link(article, tmp_path / "hard.txt")
    (tmp_path / "sub").mkdir()
    for out in ("a.txt", "./a.txt", "sub/../a.txt", str(article), "link.txt", "hard.txt"):
        code, stdout, err = run(capsys, "export", str(article), "-o", str(tmp_path / out))
        assert (code, stdout) == (2, ""), out
        assert one_line(err).endswith(": is the article being exported: write the note to another file")
        assert article.read_text(encoding="utf-8") == ARTICLE
    code, _, err = run(capsys, "export", str(tmp_path / "link.txt"), "-o", str(article), "-n", "1")
    assert code == 2 and article.read_text(encoding="utf-8") == ARTICLE
    code, _, err = run(capsys, "export", str(article), "-o", str(tmp_path / "note.md"), "-n", "1")
    assert (code, err) == (0, "") and (tmp_path / "note.md").read_text(encoding="utf-8").startswith("# ")


def test_export_json_and_html(capsys, files, tmp_path):
    code, out, _ = run(capsys, "export", files["page"], "--format", "json", "-n", "1")
    assert code == 0
    note = json.loads(out)
    assert note["title"] == "Cầu mới ở Nam Sơn"
    assert len(note["summary"]["sentences"]) == 1
    assert "people" in note and "photographers" in note["people"]
    sections = note["sections"]
    assert [(s["label"], s["heading"]) for s in sections] == [
        ("Opening", None),
        ("Section: NIỀM VUI CỦA BÀ CON", "NIỀM VUI CỦA BÀ CON"),
        ("Related news: Tin liên quan", "Tin liên quan"),
    ]
    assert sections[0]["captions"][0]["credit"] == "Văn Hùng"
    assert [r["title"] for r in sections[2]["items"]] == ["Khởi công năm cây cầu dân sinh ở vùng cao"]
    assert [r["title"] for r in note["related"]] == ["Khởi công năm cây cầu dân sinh ở vùng cao"]

    hostile = tmp_path / "hostile.txt"
    hostile.write_text(
        "Tin có <script>alert(1)</script> và [bold]chữ[/bold]\n\nĐoạn văn của bài viết.\n", encoding="utf-8"
    )
    out_file = tmp_path / "note.html"
    code, _, _ = run(capsys, "export", str(hostile), "--format", "html", "-o", str(out_file))
    assert code == 0
    page = out_file.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "<h1>Tin có &lt;script&gt;alert(1)&lt;/script&gt; và [bold]chữ[/bold]</h1>" in page
    assert "<script>" not in page


def test_the_note_has_captions_and_related_news_one_blank_line_apart(capsys, files):
    code, out, _ = run(capsys, "export", files["page"], "-n", "1")
    assert code == 0
    assert "\n\n\n" not in out and not out.endswith("\n\n")
    assert "\n\n*Lễ khánh thành cầu. Ảnh: Văn Hùng*\n\n" in out  # the caption, with its credit
    assert out.endswith("## Related news: Tin liên quan\n\n- Khởi công năm cây cầu dân sinh ở vùng cao\n")
    code, html_out, _ = run(capsys, "export", files["page"], "-n", "1", "--format", "html")
    assert "<p><em>Lễ khánh thành cầu. Ảnh: Văn Hùng</em></p>" in html_out
    assert (
        "<h2>Related news: Tin liên quan</h2>\n<ul>\n<li>Khởi công năm cây cầu dân sinh ở vùng cao</li>"
        in html_out
    )
    code, text_out, _ = run(capsys, "parse", files["page"])
    assert "  Photo: Lễ khánh thành cầu. Ảnh: Văn Hùng\n" in text_out  # the outline says the same


MARKUP_PARAGRAPHS = [
    "1. Điều thứ nhất của nghị quyết được thông qua.",
    "- Gạch đầu dòng trong bài báo.",
    "# Dấu thăng ở đầu đoạn văn.",
    "> Trích dẫn ở đầu đoạn văn.",
    "+ Dấu cộng ở đầu đoạn văn.",
    "Liên kết [bấm vào](http://x.vn) và *nhấn mạnh* và `mã` và <b>thẻ</b> và &amp; và a_b_c.",
]


def test_article_text_stays_text_in_the_note(capsys, tmp_path):
    from html import escape

    p = tmp_path / "markup.txt"
    p.write_text("Tin thử nghiệm về định dạng\n\n" + "\n\n".join(MARKUP_PARAGRAPHS) + "\n", encoding="utf-8")
    code, page, _ = run(capsys, "export", str(p), "--format", "html")
    assert code == 0
    for para in MARKUP_PARAGRAPHS:
        assert f"<p>{escape(para, quote=False)}</p>" in page
    assert "<ol>" not in page and "<blockquote>" not in page and "<a href" not in page and "<em>" not in page
    code, md, _ = run(capsys, "export", str(p))
    assert "a_b_c" in md  # an underscore inside a word is left alone


def test_the_note_of_an_article_with_nothing_to_summarize(capsys, tmp_path):
    p = tmp_path / "headings.txt"
    p.write_text(SHAPES["only headings"], encoding="utf-8")
    code, out, err = run(capsys, "export", str(p))
    assert (code, err) == (0, "")
    assert "## Summary\n\n(no body sentences to summarize)\n" in out
    assert "0 sentences" not in out


def test_parse_outline_is_plain(capsys, files):
    code, out, _ = run(capsys, "parse", files["article"])
    assert code == 0
    assert "\n[2] Achievements: KẾT QUẢ NỔI BẬT\n" in out  # the role once, in the label
    assert "(achievements)" not in out
    assert all(unicodedata.category(c) not in ("So", "Cs") for c in out)  # no emoji or pictographs
    assert "  Photo: Đồng chí Lò Văn Pắn phát biểu tại hội nghị. Ảnh: Văn Hùng\n" in out


def test_export_to_an_unwritable_place(capsys, files, tmp_path):
    target = tmp_path / "no-such-dir" / "note.md"
    code, _, err = run(capsys, "export", files["article"], "-o", str(target))
    assert code == 2
    assert one_line(err) == f"docbao: {target}: cannot write: no such file or directory"


# --- the reader app: what the CLI hands it --------------------------------------------------------


@pytest.fixture
def app_calls(monkeypatch):
    calls: list[tuple] = []
    fake = types.ModuleType("tui.app.app")

    def fake_run(target=None, article=None, *, prefetch=None, **settings):
        calls.append((target, article))
        if prefetch is not None:  # the language work started for the article: it is that article's
            assert prefetch.article is article
            prefetch.close()
        return 0

    fake.run = fake_run
    monkeypatch.setitem(sys.modules, "tui.app.app", fake)
    monkeypatch.setattr("tui.cli.reattach_terminal", lambda *instead: calls.append(("reattached", None)))
    monkeypatch.setattr("tui.cli._isatty", lambda fd: True)  # as from a terminal
    return calls


def test_app_gets_the_article_of_a_file_url_or_page(capsys, app_calls, files, server):
    for target in (files["article"], f"{server}/page", files["page"]):
        assert run(capsys, target)[0] == 0
    assert [(t, a.title) for t, a in app_calls] == [
        (files["article"], TITLE),
        (f"{server}/page", "Cầu mới ở Nam Sơn"),
        (files["page"], "Cầu mới ở Nam Sơn"),
    ]


def test_app_gets_the_article_the_worker_read_when_a_core_is_idle(capsys, app_calls, files, monkeypatch):
    # The worker reads and parses the file while Textual loads; here it is waited for.
    from tui.app.services import Prefetch
    from tui.reading.document import open_article

    taken = []
    take = Prefetch.take_article

    def take_waiting(self, *, wait=False):
        taken.append(take(self, wait=True))
        return taken[-1]

    monkeypatch.setattr("tui.processes.idle_core", lambda: True)
    monkeypatch.setattr(Prefetch, "take_article", take_waiting)
    assert run(capsys, files["article"])[0] == 0
    [(target, article)] = app_calls
    assert taken == [article] and article is not None  # the run above checked it is the worker's
    assert (target, article) == (files["article"], open_article(files["article"]))


def test_app_reads_the_article_itself_when_no_core_is_idle(capsys, app_calls, files, monkeypatch):
    from tui.app.services import Prefetch

    monkeypatch.setattr("tui.processes.idle_core", lambda: False)
    monkeypatch.setattr(Prefetch, "start", lambda *a: pytest.fail("no worker without an idle core"))
    assert run(capsys, files["article"])[0] == 0
    assert [(t, a.title) for t, a in app_calls] == [(files["article"], TITLE)]


def test_app_gets_a_folder_and_nothing(capsys, app_calls, files):
    assert run(capsys, files["dir"])[0] == 0
    assert run(capsys)[0] == 0
    # The bundled article is read before the app starts, as any other file is.
    from tui.reading.bundled import seed_article

    assert app_calls[0] == (files["dir"], None)
    target, article = app_calls[1]
    assert target == str(seed_article()) and article.title.startswith("Thường trực HĐND")
    assert len(app_calls) == 2


def test_app_from_stdin_reads_it_then_takes_the_terminal(capsys, app_calls, monkeypatch):
    stdin_of(monkeypatch, ARTICLE.encode())
    assert run(capsys, "-")[0] == 0
    assert app_calls[0] == ("reattached", None)
    target, article = app_calls[1]
    assert (target, article.title, article.path) == ("-", TITLE, "<stdin>")


def test_app_takes_the_terminal_for_a_stdin_that_is_none(capsys, app_calls, files, monkeypatch):
    # `docbao a.txt < /dev/null`: no key would ever come (q neither); the terminal's do.
    monkeypatch.setattr("tui.cli._isatty", lambda fd: fd != 0)
    assert run(capsys, files["article"])[0] == 0
    assert app_calls[0] == ("reattached", None)
    assert app_calls[1][0] == files["article"]


@pytest.mark.parametrize("target", ["article", "dir", None])
def test_app_never_draws_on_an_output_that_is_no_terminal(capsys, app_calls, files, monkeypatch, target):
    # `docbao a.txt > note.txt`, `docbao | less`: the screen's escape codes are no article.
    monkeypatch.setattr("tui.cli._isatty", lambda fd: fd != 1)
    code, out, err = run(capsys, *([files[target]] if target else []))
    assert (code, out) == (2, "")
    assert one_line(err).startswith("docbao: <stdout>: not a terminal: the reader draws on one")
    assert [call for call in app_calls if call[0] != "reattached"] == []


@pytest.mark.parametrize(("key", "reason"), BAD[:3] + BAD[4:])
def test_app_never_starts_on_bad_input(capsys, app_calls, files, key, reason):
    code, _, err = run(capsys, files[key])
    assert code == 2
    assert one_line(err) == f"docbao: {files[key]}: {reason}"
    assert app_calls == []


# --- real processes -------------------------------------------------------------------------------


def docbao(
    *args: str, stdin: bytes | None = None, env: dict | None = None, **kw
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-P", "-m", "tui", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=120,
        **kw,
    )


def test_help_under_a_dumb_terminal_without_colour():
    for argv in (["--help"], ["summarize", "--help"], ["export", "--help"]):
        r = docbao(*argv, env={"TERM": "dumb", "NO_COLOR": "1"})
        assert r.returncode == 0
        assert b"usage: docbao" in r.stdout
        assert b"\x1b" not in r.stdout + r.stderr


def test_piped_stdin_to_summarize():
    r = docbao("summarize", "-", "-n", "1", "--format", "json", stdin=ARTICLE.encode(), env={"TERM": "dumb"})
    assert r.returncode == 0, r.stderr
    assert len(json.loads(r.stdout)["sentences"]) == 1


def test_reader_from_a_pipe_without_a_terminal_is_one_line():
    # A new session has no controlling terminal: /dev/tty cannot be opened.
    r = docbao("-", stdin=ARTICLE.encode(), start_new_session=True)
    assert r.returncode == 2
    err = r.stderr.decode()
    assert one_line(err).startswith("docbao: <stdin>: no terminal to show the reader on")


def test_reader_of_a_file_without_any_terminal_says_how_to_print_it(files):
    # No terminal at all (a new session, stdin and stdout not one): the file was named, not `-`.
    r = docbao(files["article"], stdin=b"", start_new_session=True)
    assert r.returncode == 2
    assert one_line(r.stderr.decode()) == (
        "docbao: <stdin>: no terminal to show the reader on; "
        "to print the article: `docbao parse`, `docbao summarize` or `docbao export`"
    )


def test_reader_into_a_pipe_is_one_line_and_no_screen(files):
    import pty

    master, slave = pty.openpty()  # keys could come from the terminal; the screen has nowhere to go
    try:
        r = subprocess.run(
            [sys.executable, "-P", "-m", "tui", files["article"]],
            stdin=slave,
            capture_output=True,
            cwd=ROOT,
            timeout=120,
        )
    finally:
        os.close(slave)
        os.close(master)
    assert (r.returncode, r.stdout) == (2, b"")
    assert one_line(r.stderr.decode()).startswith("docbao: <stdout>: not a terminal")


def test_stdin_and_pipes_by_name():
    """`docbao parse /dev/stdin` with a pipe, and `docbao parse <(cat a.txt)`: read, not refused."""
    r = docbao("parse", "/dev/stdin", "--format", "json", stdin=ARTICLE.encode())
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["title"] == TITLE
    read_end, write_end = os.pipe()
    writer = threading.Thread(target=lambda: (os.write(write_end, ARTICLE.encode()), os.close(write_end)))
    writer.start()
    try:
        r = docbao("summarize", f"/dev/fd/{read_end}", "-n", "1", "--format", "json", pass_fds=(read_end,))
    finally:
        writer.join()
        os.close(read_end)
    assert r.returncode == 0, r.stderr
    assert len(json.loads(r.stdout)["sentences"]) == 1


def test_reader_from_stdin_by_name_takes_the_terminal_back():
    r = docbao("/dev/stdin", stdin=ARTICLE.encode(), start_new_session=True)
    assert r.returncode == 2
    assert one_line(r.stderr.decode()).startswith("docbao: <stdin>: no terminal to show the reader on")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
@pytest.mark.parametrize(
    "argv",
    [
        ["summarize", "{article}"],
        ["parse", "{article}", "--format", "json"],
        ["people", "{article}", "--format", "markdown"],
        ["export", "{article}", "--format", "html"],
        ["summarize", "{article}", "{article}", "-n", "1"],
    ],
    ids=["summarize", "parse", "people", "export", "batch"],
)
def test_a_full_disk_on_stdout_is_one_line(files, argv):
    with open("/dev/full", "w") as full:
        r = subprocess.run(
            [sys.executable, "-P", "-m", "tui", *(a.format(article=files["article"]) for a in argv)],
            stdout=full,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            timeout=120,
        )
    assert r.returncode == 2
    assert r.stderr.decode() == "docbao: <stdout>: no space left on device\n"


def test_any_output_encoding_prints(files):
    """PYTHONIOENCODING=ascii (an old terminal, a cron mail): escapes, not a UnicodeEncodeError."""
    env = {"PYTHONIOENCODING": "ascii"}
    r = docbao("summarize", files["article"], "-n", "1", env=env)
    assert (r.returncode, r.stderr) == (0, b"")
    assert r.stdout.isascii() and (b"\\u" in r.stdout or b"\\x" in r.stdout)
    r = docbao("parse", str(Path(files["missing"]).with_name("bài.txt")), env=env)
    assert r.returncode == 2
    assert r.stderr.decode("ascii") == f"docbao: {Path(files['missing']).parent}/b\\xe0i.txt: no such file\n"


def test_missing_file_in_a_real_process():
    r = docbao("people", "/nonexistent/bai.txt")
    assert (r.returncode, r.stdout) == (2, b"")
    assert r.stderr.decode() == "docbao: /nonexistent/bai.txt: no such file\n"


def test_batch_with_two_jobs_and_a_bad_file(tmp_path):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(ARTICLE.replace("Nam Sơn", f"Nam Sơn {i}"), encoding="utf-8")
    (tmp_path / "3.txt").write_bytes(b"\0\0\0binary")
    r = docbao(
        "summarize", str(tmp_path), "--jobs", "2", "-n", "1", "--format", "jsonl", env={"TERM": "dumb"}
    )
    assert r.returncode == 1
    records = [json.loads(line) for line in r.stdout.decode().splitlines()]
    assert [Path(x["path"]).name for x in records] == ["0.txt", "1.txt", "2.txt"]
    assert [x["title"] for x in records] == [TITLE.replace("Nam Sơn", f"Nam Sơn {i}") for i in range(3)]
    assert (
        r.stderr.decode() == f"docbao: {tmp_path / '3.txt'}: binary file, not text\n"
    )  # no progress bar off a tty


def test_progress_bar_on_a_terminal_stderr_leaves_stdout_to_the_json(tmp_path):
    import pty
    import select

    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.html").write_text(PAGE, encoding="utf-8")
    master, slave = pty.openpty()
    p = subprocess.Popen(
        [sys.executable, "-P", "-m", "tui", "summarize", str(tmp_path), "/nonexistent.txt", "-n", "1"],
        stdout=subprocess.PIPE,
        stderr=slave,
        cwd=ROOT,
        env={**os.environ, "TERM": "xterm"},
    )
    os.close(slave)
    out = p.stdout.read()
    assert p.wait(timeout=120) == 1
    chunks = []
    while select.select([master], [], [], 0.5)[0]:
        try:
            data = os.read(master, 65536)
        except OSError:  # the other end is closed
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    err = b"".join(chunks).decode("utf-8", "replace")
    assert [json.loads(line)["title"] for line in out.decode().splitlines()] == [TITLE, "Cầu mới ở Nam Sơn"]
    assert "Summarizing" in err
    assert "docbao: /nonexistent.txt: no such file" in err


# --- the note's escaping, for any text ---------------------------------------------------------------


def _rendered_text(markdown: str) -> str:
    from html import unescape

    from markdown_it import MarkdownIt

    html_out = MarkdownIt("commonmark", {"html": False}).render(markdown).strip()
    assert html_out.startswith("<p>") and html_out.endswith("</p>"), html_out
    inner = html_out[3:-4]
    assert "<" not in inner.replace("&lt;", ""), html_out  # no element: no link, emphasis, code
    return unescape(inner)


@pytest.mark.parametrize("command", [["summarize", "--format", "markdown"], ["people", "--format", "markdown"]])
def test_markdown_of_summaries_and_people_is_text_as_the_note_is(capsys, tmp_path, command):
    # The summary's Markdown wrote the title and sentences raw: "<b>" was bold, "*x*" emphasis.
    from markdown_it import MarkdownIt

    path = tmp_path / "the_bai_bao.txt"
    path.write_text(
        "Hội nghị <b>tổng kết</b> *năm* 2024\n\n"
        "Sáng 5/1, ông Lê Văn *Nam* - Chủ tịch <i>UBND</i> xã dự hội nghị. "
        "Hội nghị bàn **kế hoạch** năm mới của xã.\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, command[0], str(path), *command[1:])
    assert code == 0
    rendered = MarkdownIt("commonmark").render(out)  # raw HTML allowed, as many viewers do
    for tag in ("<b>", "<i>", "<em>", "<ol"):
        assert tag not in rendered, rendered
    assert "&lt;b&gt;tổng kết&lt;/b&gt; *năm* 2024" in rendered
    if command[0] == "summarize":
        assert "**kế hoạch**" in rendered and "the_bai_bao.txt" in rendered


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab ễ_*`[]()<>#-+=.)1!&;~\\|:/x", min_size=1).filter(lambda t: t.strip()))
def test_escaped_article_text_renders_as_itself(text):
    from tui.formats.note import escape

    assert _rendered_text(escape(text)) == " ".join(text.split())


def test_the_note_names_a_bundled_article_not_its_install_path():
    from tui.formats.note import to_markdown
    from tui.language.people import extract_people
    from tui.language.summarize import summarize
    from tui.reading.bundled import seed_article
    from tui.reading.document import open_article

    article = open_article(str(seed_article()))
    note = to_markdown(article, summarize(article, "docbao", 2), extract_people(article))
    assert f"File: docbao's bundled articles: {seed_article().name}" in note
    assert str(seed_article().parent) not in note


def test_author_date_and_place_are_shown_by_parse_and_export(capsys, tmp_path):
    path = tmp_path / "bai.txt"
    path.write_text(
        "Huyện Nam Sơn tổng kết năm\n\nThứ Năm, 14/03/2024 - 10:32\n\n"
        "Nam Sơn - Sáng 13/3, huyện tổ chức hội nghị tổng kết năm 2023.\n\n"
        "Năm qua, huyện đã hoàn thành 12 trên 14 chỉ tiêu chủ yếu.\n\nMinh Hà\n",
        encoding="utf-8",
    )
    meta = {"author": "Minh Hà", "date": "Thứ Năm, 14/03/2024 - 10:32", "place": "Nam Sơn"}
    code, out, _ = run(capsys, "parse", str(path), "--format", "json")
    assert code == 0 and json.loads(out)["meta"] == meta
    code, out, _ = run(capsys, "parse", str(path))
    assert "Author: Minh Hà\nDate: Thứ Năm, 14/03/2024 - 10:32\nPlace: Nam Sơn\n" in out
    code, out, _ = run(capsys, "export", str(path))
    assert "Author: Minh Hà\nDate: Thứ Năm, 14/03/2024 - 10:32\nPlace: Nam Sơn\n" in out


# --- closed standard streams ----------------------------------------------------------------------


def docbao_closing(fd: int, *args: str) -> subprocess.CompletedProcess:
    """docbao with standard output (1) or error (2) closed by the shell (`>&-`, `2>&-`)."""
    return subprocess.run(
        ["sh", "-c", f'exec "$@" {fd}>&-', "sh", sys.executable, "-P", "-m", "tui", *args],
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )


def test_with_stderr_closed_the_good_summaries_are_printed_and_errors_never_reach_stdout(files, tmp_path):
    r = docbao_closing(2, "summarize", files["article"], files["missing"], "-n", "1")
    assert r.returncode == 1  # one failed: the status still says so
    (line,) = r.stdout.decode().splitlines()
    assert json.loads(line)["path"] == files["article"]

    r = docbao_closing(2, "summarize", files["article"], "-n", "1")
    assert r.returncode == 0 and r.stdout.decode().count("\n") == 1

    for argv in (["parse", files["missing"]], ["summarize", files["missing"], files["empty"]]):
        r = docbao_closing(2, *argv)
        assert (r.returncode, r.stdout) == (2, b""), argv

    folder = tmp_path / "bao"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_bytes(b"")
    (folder / "c.txt").write_text(ARTICLE, encoding="utf-8")
    r = docbao_closing(2, "summarize", str(folder), "--jobs", "2", "-n", "1")
    assert r.returncode == 1
    assert [Path(json.loads(x)["path"]).name for x in r.stdout.decode().splitlines()] == ["a.txt", "c.txt"]

    note = tmp_path / "note.md"  # the note takes the closed descriptor's number: nothing else may
    r = docbao_closing(2, "export", files["article"], "-o", str(note), "-n", "1")
    assert r.returncode == 0 and note.read_text(encoding="utf-8").startswith(f"# {TITLE}\n")


@pytest.mark.parametrize(
    "argv",
    [
        ["parse", "{article}"],
        ["parse", "{article}", "--format", "json"],
        ["summarize", "{article}", "-n", "1"],
        ["summarize", "{article}", "{article}", "-n", "1"],
        ["people", "{article}"],
        ["export", "{article}", "-n", "1"],
    ],
    ids=["parse", "parse-json", "summarize", "batch", "people", "export"],
)
def test_with_stdout_closed_one_line_and_no_traceback(files, argv):
    r = docbao_closing(1, *(a.format(article=files["article"]) for a in argv))
    assert r.returncode == 2
    assert r.stderr.decode() == "docbao: <stdout>: not open\n"


# --- signals: a batch stops at once, and its workers with it -------------------------------------


@pytest.fixture(scope="module")
def long_batch(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("long-batch")
    for i in range(12):  # long reports: work is under way in both workers when the signal comes
        (folder / f"{i:02}.txt").write_text(ARTICLE.replace("Nam Sơn", f"Nam Sơn {i}") * 30, encoding="utf-8")
    return folder


@pytest.mark.skipif(not hasattr(os, "pidfd_open") or not os.path.exists("/proc/self/task"), reason="Linux")
@pytest.mark.parametrize(("signame", "status"), [("SIGINT", 130), ("SIGTERM", 143), ("SIGHUP", 129)])
def test_a_signal_stops_a_batch_and_its_workers(long_batch, gone, signame, status):
    import signal

    proc = subprocess.Popen(
        [sys.executable, "-P", "-m", "tui", "summarize", str(long_batch), "--jobs", "2", "-n", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        start_new_session=True,
    )
    workers: list[int] = []
    try:
        json.loads(proc.stdout.readline())  # summarizing: both workers are up
        workers += [int(p) for p in Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()]
        assert len(workers) == 2
        signum = getattr(signal, signame)
        if signum == signal.SIGINT:
            os.killpg(proc.pid, signum)  # ctrl-c: the terminal signals the whole foreground group
        else:
            os.kill(proc.pid, signum)  # kill: the parent alone
        assert proc.wait(timeout=30) == status  # not the minutes the other articles would take
        assert gone(workers, timeout=30)
        assert b"Traceback" not in proc.stderr.read()
    finally:
        _leave_nothing_running(proc, workers, long_batch)
        proc.stderr.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_workers_die_with_a_parent_killed_outright(long_batch, gone):
    proc = subprocess.Popen(
        [sys.executable, "-P", "-m", "tui", "summarize", str(long_batch), "--jobs", "2", "-n", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        cwd=ROOT,
    )
    workers: list[int] = []
    try:
        json.loads(proc.stdout.readline())
        workers += [int(p) for p in Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()]
        proc.kill()  # SIGKILL: no clean-up of its own can run
        proc.wait(timeout=30)
        assert workers and gone(workers, timeout=30)
    finally:
        _leave_nothing_running(proc, workers, long_batch)


def _leave_nothing_running(proc: subprocess.Popen, workers: list[int], folder: Path) -> None:
    """After a failed test too: the command and the workers it had are ended."""
    if proc.poll() is None:
        proc.kill()
        proc.wait()
    for pid in workers:  # still ours: the number may have gone to another process since
        with contextlib.suppress(OSError):
            if str(folder).encode() in Path(f"/proc/{pid}/cmdline").read_bytes():
                os.kill(pid, 9)
    proc.stdout.close()
