"""Articles from URLs, served by a local HTTP server on 127.0.0.1 (never any other address)."""

from __future__ import annotations

import collections
import functools
import gzip
import json
import os
import socket
import threading
import tracemalloc
import urllib.parse
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tui.reading.document import open_article
from tui.reading.errors import ReadError
from tui.reading.fetch import MAX_REDIRECTS, fetch
from tui.reading.inflate import EncodingError, decoded
from tui.reading.kinds import is_url
from tui.reading.route import place

ARTICLE = "Huyện Nam Sơn khánh thành cầu Bản Mồng\n\n(Báo Miền Núi) - Sáng 3/5, huyện tổ chức lễ khánh thành cầu.\n\nCây cầu dài 120 mét.\n"
PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Cầu mới ở Nam Sơn</title></head><body>"
    "<nav><a href='/'>Trang chủ</a> <a href='/tt'>Thể thao</a></nav>"
    "<article><h1>Cầu mới ở Nam Sơn</h1><p>Cây cầu dài 120 mét, rộng 7 mét, nối hai xã vùng cao của huyện.</p>"
    "<h2>NIỀM VUI CỦA BÀ CON</h2><p>Bà con đã chờ cây cầu này nhiều năm, nay đã thành hiện thực.</p></article>"
    "</body></html>"
)
release = threading.Event()  # lets a stalled response end when the tests are done
hung_up: dict[str, threading.Event] = collections.defaultdict(threading.Event)  # drips the client left
slow_ends: list[str] = []  # the slow redirects followed to their end
BOMB_SIZE = 64 * 2**20  # what the nested-gzip body holds


def _gzip_stream(pieces) -> bytes:
    c = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    return b"".join(c.compress(p) for p in pieces) + c.flush()


@functools.cache
def bomb() -> bytes:
    """64 MB of zeros, gzipped twice: a few hundred bytes on the wire."""
    inner = _gzip_stream(bytes(2**20) for _ in range(BOMB_SIZE // 2**20))
    return gzip.compress(inner, 9)


def empty_blocks(n: int) -> bytes:
    """A zlib stream of `n` empty blocks: bytes on the wire that decode to nothing."""
    stored_empty, last = b"\x00\x00\x00\xff\xff", b"\x01\x00\x00\xff\xff"
    return b"\x78\x9c" + stored_empty * n + last + zlib.adler32(b"").to_bytes(4, "big")


ENCODED = {  # path: (Content-Encoding headers, body)
    "/gzip": ("gzip", lambda: gzip.compress(ARTICLE.encode())),
    "/deflate": ("deflate", lambda: zlib.compress(ARTICLE.encode())),
    "/deflate-raw": ("deflate", lambda: zlib.compress(ARTICLE.encode(), wbits=-15)),
    "/deflate-then-gzip": ("deflate, gzip", lambda: gzip.compress(zlib.compress(ARTICLE.encode()))),
    "/gzip-twice-in-two-headers": (("gzip", "gzip"), lambda: gzip.compress(gzip.compress(ARTICLE.encode()))),
    "/bomb": ("gzip, gzip", bomb),
    "/brotli": ("br", lambda: b"\x1b\x00\x00"),
    "/corrupt": ("gzip", lambda: gzip.compress(ARTICLE.encode())[:10] + b"\xff" * 40),
    "/empty-blocks": ("deflate", lambda: empty_blocks(3000)),
}


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep the test output clean
        pass

    def send(self, status: int, ctype: str | None, body: bytes, *, length: bool = True, headers=()) -> None:
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        if length:
            self.send_header("Content-Length", str(len(body)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        path = self.path
        if path == "/page":
            self.send(200, "text/html; charset=utf-8", PAGE.encode())
        elif path == "/text":
            self.send(200, "text/plain; charset=utf-8", ARTICLE.encode())
        elif path == "/text-1258":
            self.send(
                200, "text/plain; charset=windows-1258", "Tin ngày mai\n\nĐây là bài.\n".encode("cp1258")
            )
        elif path == "/text-utf8-declared-latin1":
            # A server that declares ISO-8859-1 (Latin-1 never fails) for a UTF-8 body.
            self.send(200, "text/plain; charset=ISO-8859-1", ARTICLE.encode())
        elif path == "/page-utf8-declared-latin1":
            self.send(200, "text/html; charset=ISO-8859-1", PAGE.encode())
        elif path == "/text-1258-declared-bogus":
            self.send(200, "text/plain; charset=x-no-such", "Tin ngày mai\n\nĐây là bài.\n".encode("cp1258"))
        elif path.startswith("/hop/"):
            n = int(path.rsplit("/", 1)[1])
            target = "/page" if n == 0 else f"/hop/{n - 1}"
            self.send(302, None, b"", headers=[("Location", target)])
        elif path.startswith("/loop/"):
            n = int(path.rsplit("/", 1)[1])
            self.send(301, None, b"", headers=[("Location", f"/loop/{n + 1}")])
        elif path == "/missing":
            self.send(404, "text/html", b"<h1>Not found</h1>")
        elif path == "/broken":
            self.send(500, "text/plain", b"oops")
        elif path == "/pdf":
            self.send(200, "application/pdf", b"%PDF-1.4 ...")
        elif path == "/no-type":
            self.send(200, None, b"abc")
        elif path == "/big":
            self.send(200, "text/plain", b"a" * 5000)
        elif path == "/big-unannounced":
            # no Content-Length: the size cap must hold while streaming
            self.send(200, "text/plain", b"a" * 5000, length=False)
            self.close_connection = True
        elif path == "/stall":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            self.wfile.write(b"<html>")
            self.wfile.flush()
            release.wait(5)
        elif path in ENCODED:
            encodings, body = ENCODED[path]
            encodings = (encodings,) if isinstance(encodings, str) else encodings
            headers = [("Content-Encoding", e) for e in encodings]
            # no Content-Length: the limits must hold while the body streams
            self.send(200, "text/plain; charset=utf-8", body(), length=False, headers=headers)
            self.close_connection = True
        elif path.startswith("/drip-headers/"):
            # A byte of the headers every 50 ms: each read is quick, the whole takes 20 s.
            left = hung_up[path.rsplit("/", 1)[1]]
            head = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n"
            head += b"X-Slow: " + b"a" * 400 + b"\r\n"
            try:
                for byte in head:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    release.wait(0.05)
                body = ARTICLE.encode()
                self.wfile.write(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
            except OSError:  # the client has gone
                left.set()
            self.close_connection = True
        elif path.startswith("/slow-hop/"):
            # each redirect answers after 200 ms: well within a read's time, not five of them
            n = int(path.rsplit("/", 1)[1])
            release.wait(0.2)
            self.send(302, None, b"", headers=[("Location", "/slow-end" if n == 0 else f"/slow-hop/{n - 1}")])
        elif path == "/slow-end":
            slow_ends.append(path)
            self.send(200, "text/plain; charset=utf-8", ARTICLE.encode())
        elif path.startswith("/redirect-to?"):
            location = urllib.parse.unquote(path.partition("?")[2]).replace(
                "PORT", str(self.server.server_port)
            )
            self.send(302, None, b"", headers=[("Location", location)])
        elif path == "/empty":
            self.send(200, "text/plain", b"")
        else:
            self.send(404, "text/plain", b"no")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    release.set()
    httpd.shutdown()
    httpd.server_close()


def test_html_page_becomes_an_article(server):
    a = open_article(f"{server}/page")
    assert a.title == "Cầu mới ở Nam Sơn"
    assert a.path == f"{server}/page"
    assert [s.heading for s in a.sections] == [None, "NIỀM VUI CỦA BÀ CON"]
    assert "Thể thao" not in a.text and "Trang chủ" not in a.text


def test_plain_text_is_parsed_as_text(server):
    a = open_article(f"{server}/text")
    assert a.title == "Huyện Nam Sơn khánh thành cầu Bản Mồng"
    assert a.source == "Báo Miền Núi"
    assert a.lead == "Sáng 3/5, huyện tổ chức lễ khánh thành cầu."


def test_declared_charset_of_plain_text(server):
    a = open_article(f"{server}/text-1258")
    assert (a.title, a.sections[0].paragraphs[0].text) == ("Tin ngày mai", "Đây là bài.")


@pytest.mark.parametrize("path", ["/text-utf8-declared-latin1", "/page-utf8-declared-latin1"])
def test_valid_utf8_wins_over_a_declared_charset(server, path):
    """Text and web pages alike: a BOM, then valid UTF-8, then the declared charset, then detection."""
    a = open_article(server + path)
    assert a.title in ("Huyện Nam Sơn khánh thành cầu Bản Mồng", "Cầu mới ở Nam Sơn")
    assert "Ã" not in a.text and "á»" not in a.text


def test_unknown_declared_charset_falls_back_to_detection(server):
    a = open_article(f"{server}/text-1258-declared-bogus")
    assert (a.title, a.sections[0].paragraphs[0].text) == ("Tin ngày mai", "Đây là bài.")


def test_redirect_chain_is_followed(server):
    got = fetch(f"{server}/hop/{MAX_REDIRECTS - 1}")
    assert got.url == f"{server}/page"
    assert got.kind == "html"
    a = open_article(f"{server}/hop/2")
    assert a.title == "Cầu mới ở Nam Sơn"
    assert a.meta["url"] == f"{server}/page"


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/loop/0", f"too many redirects (more than {MAX_REDIRECTS})"),
        (f"/hop/{MAX_REDIRECTS}", f"too many redirects (more than {MAX_REDIRECTS})"),
        ("/missing", "HTTP 404 Not Found"),
        ("/broken", "HTTP 500 Internal Server Error"),
        ("/pdf", "not a web page or text (content type application/pdf)"),
        ("/no-type", "not a web page or text (content type none)"),
        ("/empty", "empty file"),
    ],
)
def test_refused_responses(server, path, reason):
    with pytest.raises(ReadError) as e:
        open_article(server + path)
    assert e.value.path == server + path
    assert e.value.reason == reason


@pytest.mark.parametrize("path", ["/big", "/big-unannounced"])
def test_oversize_body_is_refused(server, path):
    with pytest.raises(ReadError, match=r"larger than the .* limit"):
        fetch(server + path, max_bytes=1000)
    assert len(fetch(server + path, max_bytes=5000).data) == 5000


def test_size_limit_from_the_environment(server, monkeypatch):
    monkeypatch.setenv("DOCBAO_MAX_BYTES", "1000")
    with pytest.raises(ReadError, match="larger than the"):
        open_article(f"{server}/big")


def test_stalled_response_times_out(server):
    with pytest.raises(ReadError) as e:
        fetch(f"{server}/stall", timeout=0.3)
    assert e.value.reason == "timed out after 0.3 s"


def test_timeout_from_the_environment(server, monkeypatch):
    monkeypatch.setenv("DOCBAO_TIMEOUT", "0.2")
    with pytest.raises(ReadError, match=r"timed out after 0\.2 s"):
        open_article(f"{server}/stall")


@pytest.mark.parametrize("value", ["nan", "-1", "0", "inf", "-inf", "1e400", "abc", " ", "1_0e"])
def test_invalid_timeout_from_the_environment_is_ignored(server, monkeypatch, value):
    """Only a finite number of seconds above zero is a timeout; anything else means the default."""
    from tui.reading import fetch as fetch_module

    monkeypatch.setenv("DOCBAO_TIMEOUT", value)
    assert fetch_module._timeout(None) == fetch_module.DEFAULT_TIMEOUT
    assert open_article(f"{server}/page").title == "Cầu mới ở Nam Sơn"


@pytest.mark.parametrize("value", ["-5", "0", "abc", "1e400", "nan"])
def test_invalid_size_limit_from_the_environment_is_ignored(server, monkeypatch, value):
    monkeypatch.setenv("DOCBAO_MAX_BYTES", value)
    assert len(fetch(f"{server}/big").data) == 5000


def test_connection_refused():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/x"  # nothing listens there now
    with pytest.raises(ReadError) as e:
        fetch(url, timeout=2)
    assert e.value.path == url
    assert e.value.reason.startswith("cannot connect")


@pytest.mark.parametrize(
    "url",
    [
        "http://",
        "http:///x",
        "http://127.0.0.1 /x",
        "http://127.0.0.1:99999/x",
        "ftp://127.0.0.1/x",
        "http://[::1/x",
    ],
)
def test_bad_urls(url):
    with pytest.raises(ReadError) as e:
        fetch(url, timeout=1)
    assert e.value.reason == "not a valid URL"


def test_is_url():
    assert is_url("http://127.0.0.1/x") and is_url("HTTPS://127.0.0.1")
    assert not is_url("bai.html") and not is_url("-") and not is_url("ftp://127.0.0.1/")


@pytest.mark.parametrize(
    "path", ["/gzip", "/deflate", "/deflate-raw", "/deflate-then-gzip", "/gzip-twice-in-two-headers"]
)
def test_compressed_bodies_are_decoded(server, path):
    assert fetch(server + path).data == ARTICLE.encode()


def test_nested_gzip_is_stopped_at_the_size_limit_without_inflating_it(server):
    """5 KB sent as 'gzip, gzip' held 3 GiB and took 6 GB before the limit answered: the limit
    holds on the decoded bytes as they stream, a step at a time."""
    tracemalloc.start()
    try:
        with pytest.raises(ReadError, match="larger than the"):
            fetch(f"{server}/bomb", max_bytes=1_000_000)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(bomb()) < 5000
    assert peak < 8 * 2**20  # the 64 MB inside were never made


def test_a_body_that_decodes_to_nothing_still_counts_on_the_wire(server):
    assert len(empty_blocks(3000)) > 5000 and zlib.decompress(empty_blocks(3000)) == b""
    with pytest.raises(ReadError, match="larger than the"):
        fetch(f"{server}/empty-blocks", max_bytes=5000)


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/brotli", "cannot fetch: content encoding br is not supported"),
        ("/corrupt", "cannot fetch: the compressed body is corrupt"),
    ],
)
def test_bodies_we_cannot_decode(server, path, reason):
    with pytest.raises(ReadError) as e:
        fetch(server + path)
    assert e.value.reason == reason


@pytest.mark.parametrize("encodings", [["gzip"], ["deflate"], ["gzip", "gzip", "gzip"], ["deflate", "gzip"]])
def test_every_decoding_step_is_bounded(encodings):
    """No one step decodes more than `step` bytes (a signal is answered between steps), and
    the pieces join up to the body, compressible or not."""
    body = os.urandom(50_000) + bytes(300_000) + b"tin " * 20_000
    sent = body
    for name in encodings:
        sent = gzip.compress(sent) if name == "gzip" else zlib.compress(sent)
    chunks = [sent[i : i + 777] for i in range(0, len(sent), 777)]
    pieces = list(decoded(chunks, encodings, step=4096))
    assert max(map(len, pieces)) <= 4096
    assert b"".join(pieces) == body


def test_a_bomb_is_decoded_only_as_far_as_it_is_read():
    pieces = decoded([bomb()], ["gzip", "gzip"], step=4096)
    for _ in range(10):
        assert len(next(pieces)) <= 4096
    pieces.close()


def test_unknown_encodings_are_refused_before_decoding():
    with pytest.raises(EncodingError, match="zstd"):
        decoded([b""], ["gzip", "zstd"])
    assert b"".join(decoded([b"abc"], ["identity", " "])) == b"abc"


def test_headers_sent_a_byte_at_a_time_do_not_outlast_the_time_limit(server):
    """Each read came within the time limit, so a fetch under "15 s" waited 47 s: the limit is
    one deadline for the whole fetch, and the connection is left as soon as it passes."""
    with pytest.raises(ReadError) as e:
        fetch(f"{server}/drip-headers/fetch", timeout=0.5)
    assert e.value.reason == "timed out after 0.5 s"
    assert hung_up["fetch"].wait(15)  # before the server had sent the headers (20 s)


def test_slow_redirects_share_one_deadline(server):
    assert fetch(f"{server}/slow-hop/1", timeout=30).data == ARTICLE.encode()
    slow_ends.clear()
    with pytest.raises(ReadError) as e:
        fetch(f"{server}/slow-hop/4", timeout=0.5)  # five answers of 200 ms each
    assert e.value.reason == "timed out after 0.5 s"
    assert slow_ends == []  # given up on the way


def test_a_name_look_up_that_never_ends_times_out(monkeypatch):
    """The system's resolver has no time limit: the look-up is waited for within the deadline."""
    answered = threading.Event()

    def never(*args, **kwargs):
        answered.wait(10)
        raise socket.gaierror(-2, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", never)
    try:
        with pytest.raises(ReadError) as e:
            fetch("http://example.invalid/bai", timeout=0.3)
    finally:
        answered.set()
    assert e.value.reason == "timed out after 0.3 s"


def test_unknown_host_cannot_connect(monkeypatch):
    def unknown(*args, **kwargs):
        raise socket.gaierror(-2, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", unknown)
    with pytest.raises(ReadError) as e:
        fetch("http://example.invalid/bai", timeout=5)
    assert e.value.reason == "cannot connect: name or service not known"


def test_a_slow_url_does_not_hold_a_batch_beyond_the_time_limit(server, monkeypatch, capsys, tmp_path):
    """One drip-fed URL held a `--jobs 2` batch for 45 s under a 15 s limit."""
    from tui.cli import main

    monkeypatch.setenv("DOCBAO_TIMEOUT", "0.5")
    good = tmp_path / "bai.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    url = f"{server}/drip-headers/batch"
    code = main(["summarize", url, str(good), "--jobs", "2", "-n", "1", "--format", "jsonl"])
    out, err = capsys.readouterr()
    assert code == 1
    assert [json.loads(line)["path"] for line in out.splitlines()] == [str(good)]
    assert err == f"docbao: {url}: timed out after 0.5 s\n"
    assert hung_up["batch"].wait(15)  # the batch was over before the headers were (20 s)


@pytest.mark.parametrize(
    "location",
    ["file:///etc/passwd", "ftp://127.0.0.1/bai.txt", "gopher://127.0.0.1:70/", "data:text/plain,abc"],
)
def test_a_redirect_to_another_scheme_is_refused_by_name(server, location):
    """A redirect to file:///etc/passwd was refused as if the link itself were invalid."""
    url = f"{server}/redirect-to?{urllib.parse.quote(location)}"
    with pytest.raises(ReadError) as e:
        fetch(url, timeout=5)
    assert e.value.path == url
    assert e.value.reason == f"redirect to {location} refused: only http and https links are followed"


def test_a_redirect_to_an_invalid_url_is_refused_by_name(server):
    url = f"{server}/redirect-to?{urllib.parse.quote('http://[::1')}"
    with pytest.raises(ReadError) as e:
        fetch(url, timeout=5)
    assert e.value.reason == "redirect to http://[::1 refused: not a valid URL"


def test_a_link_on_this_machine_may_redirect_on_this_machine(server):
    """Tests, and a server of one's own, live on loopback: there a redirect stays allowed, by
    address or by name (localhost's ::1 refused, its 127.0.0.1 taken)."""
    got = fetch(f"{server}/redirect-to?http://localhost:PORT/page", timeout=5)
    assert got.url.endswith("/page") and got.kind == "html"


@pytest.fixture
def public_server(server, monkeypatch):
    """The loopback server seen as a public site (its address counted public, its name
    'news.example' resolving to it); every other address keeps its real kind."""
    from tui.reading import route

    real_place, real_getaddrinfo = route.place, socket.getaddrinfo
    names = {"news.example": "127.0.0.1", "intranet.example": "10.20.30.40"}

    def getaddrinfo(host, port, *args, **kwargs):
        return real_getaddrinfo(names.get(host, host), port, *args, **kwargs)

    monkeypatch.setattr(route, "place", lambda a: "public" if a == "127.0.0.1" else real_place(a))
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return server.replace("127.0.0.1", "news.example")


def test_a_public_site_may_redirect_to_a_public_one(public_server):
    assert fetch(f"{public_server}/hop/2", timeout=5).kind == "html"
    assert fetch(f"{public_server}/redirect-to?http://news.example:PORT/page", timeout=5).kind == "html"


@pytest.mark.parametrize(
    ("location", "address", "kind"),
    [
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254", "link-local"),
        ("http://[fe80::1]/", "fe80::1", "link-local"),
        ("http://127.0.0.2:PORT/page", "127.0.0.2", "loopback"),
        ("http://[::1]:PORT/page", "::1", "loopback"),
        ("http://0.0.0.0:PORT/page", "0.0.0.0", "loopback"),
        ("http://10.0.0.1/admin", "10.0.0.1", "private"),
        ("https://192.168.1.1/", "192.168.1.1", "private"),
        ("http://intranet.example/", "10.20.30.40", "private"),  # a name is judged by its address
    ],
)
def test_a_public_site_may_not_redirect_inside(public_server, location, address, kind):
    url = f"{public_server}/redirect-to?{urllib.parse.quote(location)}"
    with pytest.raises(ReadError) as e:
        fetch(url, timeout=5)
    port = public_server.rsplit(":", 1)[1]
    target = location.replace("PORT", port)
    assert e.value.path == url
    assert (
        e.value.reason
        == f"redirect to {target} refused: it leads to a {kind} address ({address}) from a public one"
    )


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("8.8.8.8", "public"),
        ("2001:4860:4860::8888", "public"),
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),
        ("0.0.0.0", "loopback"),
        ("169.254.169.254", "link-local"),
        ("fe80::1%eth0", "link-local"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.0.10", "private"),
        ("100.64.0.1", "private"),
        ("fd00::1", "private"),
        ("224.0.0.1", "private"),
        ("::ffff:10.0.0.1", "private"),
    ],
)
def test_kinds_of_address(address, kind):
    assert place(address) == kind
