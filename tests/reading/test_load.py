"""The loader: encodings, NFC, control characters and clear read errors.

Every sample is built here from a Unicode sentence, the way the encoding really stores it.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import os
import socket
import sys
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.reading import load
from tui.reading.errors import ReadError
from tui.reading.load import DEFAULT_MAX_BYTES, clean, decode, load_path, read_bytes

SENTENCE = "Tiếng Việt là ngôn ngữ chính thức của Việt Nam, được hơn 90 triệu người sử dụng."
CAPITALS = "ĐÀ NẴNG – Người dân đổ ra đường xem pháo hoa mừng năm mới."

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(text: str) -> bytes:
    """Windows-1258 as real files store it: precomposed base letter, then a combining tone."""
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        tone = "".join(c for c in parts if c in TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
        out.append(base + tone)
    return "".join(out).encode("cp1258")


def as_mojibake(text: str) -> bytes:
    """UTF-8 read as Windows-1252 (undefined bytes as Latin-1), then saved again as UTF-8."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode()).encode()


# SENTENCE in TCVN3 (ABC, .VnTime fonts), shown as the Latin-1 characters of its bytes; 0xAD
# (the "ư" byte) is the invisible soft hyphen, hence the escapes.
TCVN3_SENTENCE = (
    "TiÕng ViÖt lµ ng«n ng÷ chÝnh thøc cña ViÖt Nam, ®\xad\xeec h¬n 90 triÖu ng\xad\xeai sö dông."
).encode("latin-1")
# CAPITALS in VNI-Windows: base letter + mark byte ("aø" = à), 0x96 is the Windows-1252 dash.
VNI_CAPITALS = ("ÑAØ NAÜNG \x96 Ngöôøi daân ñoå ra ñöôøng xem phaùo hoa möøng naêm môùi.").encode("latin-1")
VNI_SENTENCE = (
    "Tieáng Vieät laø ngoân ngöõ chính thöùc cuûa Vieät Nam, ñöôïc hôn 90 trieäu ngöôøi söû duïng."
).encode("latin-1")

DECODES = [
    ("ascii", b"Plain ASCII text.\n", "Plain ASCII text.\n"),
    ("utf-8", SENTENCE.encode("utf-8"), SENTENCE),
    ("utf-8 bom", codecs.BOM_UTF8 + SENTENCE.encode("utf-8"), SENTENCE),
    ("utf-8 nfd", unicodedata.normalize("NFD", SENTENCE).encode("utf-8"), SENTENCE),
    ("utf-8 capitals", CAPITALS.encode("utf-8"), CAPITALS),
    ("utf-16-le bom", codecs.BOM_UTF16_LE + SENTENCE.encode("utf-16-le"), SENTENCE),
    ("utf-16-be bom", codecs.BOM_UTF16_BE + SENTENCE.encode("utf-16-be"), SENTENCE),
    (
        "utf-16 nfd",
        codecs.BOM_UTF16_LE + unicodedata.normalize("NFD", SENTENCE).encode("utf-16-le"),
        SENTENCE,
    ),
    ("utf-16-le no bom", SENTENCE.encode("utf-16-le"), SENTENCE),
    ("utf-32-le bom", codecs.BOM_UTF32_LE + SENTENCE.encode("utf-32-le"), SENTENCE),
    ("utf-32-be bom", codecs.BOM_UTF32_BE + SENTENCE.encode("utf-32-be"), SENTENCE),
    ("cp1258", to_cp1258(SENTENCE), SENTENCE),
    ("cp1258 capitals", to_cp1258(CAPITALS), CAPITALS),
    ("tcvn3", TCVN3_SENTENCE, SENTENCE),
    ("vni", VNI_SENTENCE, SENTENCE),
    ("vni capitals", VNI_CAPITALS, CAPITALS),
    (
        "utf-8 with a stray byte",
        SENTENCE.encode() + b" \x92 " + SENTENCE.encode(),
        f"{SENTENCE} \ufffd {SENTENCE}",
    ),
    ("mojibake", as_mojibake(SENTENCE), SENTENCE),
    ("mojibake short", "Tiáº¿ng Viá»‡t".encode(), "Tiếng Việt"),
    ("crlf", b"one\r\ntwo\rthree\n", "one\ntwo\nthree\n"),
    ("ansi colours", b"\x1b[1;31mred\x1b[0m \x1b[38;5;208mtext\x1b[m", "red text"),
    ("osc title and link", b"\x1b]0;pwned\x07a \x1b]8;;http://x.vn\x1b\\link\x1b]8;;\x1b\\ b", "a link b"),
    ("single escapes", b"\x1b7a\x1b(Bb\x1bc\x1b8c", "abc"),
    (
        "controls",
        f"ab\x07c\x08d\x0be\x0cf\x7fg\u0085h\u009bi\tj {SENTENCE}".encode(),
        f"abcdefghi\tj {SENTENCE}",
    ),
    ("bidi", "file\u202egnp.exe\u202c \u2066x\u2069 \u200ey\u200f \u061cz".encode(), "filegnp.exe x y z"),
    ("invisible", "a\u200bb\ufeffc\u00add\u2060e".encode(), "abcde"),
    ("zwj kept", "a\u200db\u200cc".encode(), "a\u200db\u200cc"),
    ("no-break spaces", "90\u00a0triệu\u202fngười".encode(), "90 triệu người"),
    ("line separators", "a\u2028b\u2029c".encode(), "a\nb\nc"),
]


@pytest.mark.parametrize(("data", "expected"), [c[1:] for c in DECODES], ids=[c[0] for c in DECODES])
def test_decode(data: bytes, expected: str) -> None:
    assert decode(data) == expected


DECODE_ERRORS = [
    ("empty", b"", "empty file"),
    ("whitespace", b" \t\r\n\n  ", "empty file"),
    ("bom only", codecs.BOM_UTF8, "empty file"),
    ("utf-16 whitespace", codecs.BOM_UTF16_LE + "  \n".encode("utf-16-le"), "empty file"),
    ("only escapes", b"\x1b[2J\x1b[H\x1b[0m\n", "empty file"),
    # Byte pairs that decode as UTF-16 code points but hold no word break are not prose.
    ("utf-16-shaped binary", b"\0\1\2\3" * 100, "binary file, not text"),
    (
        "png",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)),
        "binary file, not text",
    ),
    ("nul in text", b"some text\x00more text here", "binary file, not text"),
    ("control bytes", bytes(range(1, 9)) * 4 + b"a few letters", "binary file, not text"),
    ("unknown encoding", bytes(range(0x80, 0x100)) * 3, "unknown text encoding (tried UTF-8,"),
]


@pytest.mark.parametrize(
    ("data", "reason"), [c[1:] for c in DECODE_ERRORS], ids=[c[0] for c in DECODE_ERRORS]
)
def test_decode_errors(data: bytes, reason: str) -> None:
    with pytest.raises(ReadError) as info:
        decode(data, "article.txt")
    assert info.value.path == "article.txt"
    assert info.value.reason.startswith(reason)
    assert str(info.value) == f"article.txt: {info.value.reason}"


DECLARED = [
    # (case, bytes, declared charsets, expected): a BOM, then valid UTF-8, then the declaration.
    ("utf-8 declared latin-1", SENTENCE.encode(), "ISO-8859-1", SENTENCE),
    ("utf-8 declared cp1258", SENTENCE.encode(), "windows-1258", SENTENCE),
    ("bom beats the declaration", codecs.BOM_UTF16_LE + SENTENCE.encode("utf-16-le"), "latin-1", SENTENCE),
    ("cp1258 declared", to_cp1258(SENTENCE), "windows-1258", SENTENCE),
    ("cp1258 declared second", to_cp1258(SENTENCE), ("x-unknown", "cp1258"), SENTENCE),
    ("unknown declaration: detection", to_cp1258(SENTENCE), "x-unknown", SENTENCE),
    ("wrong declaration that fails: detection", to_cp1258(SENTENCE), "utf-8", SENTENCE),
    ("tcvn3 declared as nothing", TCVN3_SENTENCE, None, SENTENCE),
]


@pytest.mark.parametrize(
    ("data", "declared", "expected"), [c[1:] for c in DECLARED], ids=[c[0] for c in DECLARED]
)
def test_decode_with_a_declared_charset(data: bytes, declared, expected: str) -> None:
    assert decode(data, "u", declared=declared) == expected


def test_text_and_html_decode_in_the_same_order() -> None:
    """A URL's bytes and charset give the same text whether the body is plain text or a page."""
    from tui.reading.document import article_from_bytes

    for data in (SENTENCE.encode(), to_cp1258(SENTENCE)):
        for charset in ("iso-8859-1", "windows-1258", None):
            as_text = article_from_bytes(data, "u", html=False, charset=charset).text.strip()
            page = b"<html><body><article><p>" + data + b"</p></article></body></html>"
            as_page = article_from_bytes(page, "u", html=True, charset=charset).text
            assert as_text in as_page, (data[:20], charset)
            # Valid UTF-8 beats any declaration; otherwise the declaration beats detection.
            assert (as_text == SENTENCE) == (data == SENTENCE.encode() or charset != "iso-8859-1")


def test_ascii_and_utf8_are_not_taken_for_legacy_encodings() -> None:
    for text in ["Hello world", "Cà phê sữa đá", "ĐÀ NẴNG", "Thế à… Vâng.", "Giá 5€"]:
        assert decode(text.encode()) == text


def test_ordinary_text_does_not_call_ftfy(monkeypatch: pytest.MonkeyPatch) -> None:
    import ftfy

    def boom(text: str) -> str:
        raise AssertionError("ftfy called")

    monkeypatch.setattr(ftfy, "fix_encoding", boom)
    assert decode(SENTENCE.encode()) == SENTENCE
    assert decode(to_cp1258(SENTENCE)) == SENTENCE


# --- clean ---------------------------------------------------------------------------------------

CLEANS = [
    ("nfd to nfc", unicodedata.normalize("NFD", SENTENCE), SENTENCE),
    ("unterminated osc stops at line end", "a\x1b]0;title\nb", "a\nb"),
    ("lone esc", "a\x1bb\x1b", "a"),
    ("mark split by zero-width space", "Vie\u200b\u0302\u0323t", "Việt"),
    ("surrogate", "a\ud800b", "ab"),
    ("tag characters", "a\U000e0041\U000e0042b", "ab"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CLEANS], ids=[c[0] for c in CLEANS])
def test_clean(text: str, expected: str) -> None:
    assert clean(text) == expected


def _is_clean(text: str) -> bool:
    no_controls = all(unicodedata.category(c) != "Cc" for c in text if c not in "\n\t")
    return no_controls and unicodedata.is_normalized("NFC", text)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_clean_property(text: str) -> None:
    once = clean(text)
    assert _is_clean(once)
    assert clean(once) == once


@settings(max_examples=500, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=400),
        st.text(max_size=200).map(lambda t: t.encode("utf-8", errors="surrogatepass")),
        st.text(max_size=200).map(
            lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le", errors="surrogatepass")
        ),
        st.text(alphabet=st.characters(max_codepoint=0xFF), max_size=200).map(lambda t: t.encode("latin-1")),
    )
)
def test_decode_property(data: bytes) -> None:
    try:
        text = decode(data)
    except ReadError:
        return
    assert _is_clean(text)
    assert text.strip()


# --- reading files -------------------------------------------------------------------------------


def _reason(path: object, **kwargs: object) -> str:
    with pytest.raises(ReadError) as info:
        read_bytes(path, **kwargs)  # type: ignore[arg-type]
    assert info.value.path == os.fspath(path)  # type: ignore[arg-type]
    return info.value.reason


def test_read_and_load(tmp_path) -> None:
    path = tmp_path / "bai.txt"
    path.write_bytes(to_cp1258(SENTENCE))
    assert read_bytes(path) == to_cp1258(SENTENCE)
    assert read_bytes(str(path)) == to_cp1258(SENTENCE)
    assert load_path(path) == SENTENCE


def test_load_path_names_the_file(tmp_path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(ReadError) as info:
        load_path(path)
    assert str(info.value) == f"{path}: empty file"


def test_missing(tmp_path) -> None:
    assert _reason(tmp_path / "nope.txt") == "no such file"


def test_broken_symlink(tmp_path) -> None:
    (tmp_path / "link").symlink_to(tmp_path / "gone")
    assert _reason(tmp_path / "link").startswith("no such file")


def test_directory(tmp_path) -> None:
    assert _reason(tmp_path) == "is a directory"


def test_symlink_loop(tmp_path) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    assert _reason(tmp_path / "a") == "too many levels of symbolic links"


def test_path_through_a_file(tmp_path) -> None:
    (tmp_path / "file").write_text("x")
    assert "not a directory" in _reason(tmp_path / "file" / "child")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_named_fifo_is_read_to_its_end(tmp_path) -> None:
    """A FIFO the user names (`<(cat a.txt)`, `mkfifo`) is read, waiting for its writer."""
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    chunks = [SENTENCE.encode()[:10], SENTENCE.encode()[10:]]

    def writer() -> None:
        with open(fifo, "wb", buffering=0) as f:
            for chunk in chunks:
                f.write(chunk)

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    assert load_path(fifo) == SENTENCE
    thread.join(5)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_over_the_limit(tmp_path) -> None:
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    def writer() -> None:
        with contextlib.suppress(BrokenPipeError), open(fifo, "wb") as f:
            f.write(b"a" * 5000)

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    assert _reason(fifo, max_bytes=1000).startswith("larger than the ")
    thread.join(5)


def test_pipe_by_its_dev_fd_name() -> None:
    read_end, write_end = os.pipe()
    try:
        os.write(write_end, SENTENCE.encode())
        os.close(write_end)
        assert read_bytes(f"/dev/fd/{read_end}") == SENTENCE.encode()
    finally:
        os.close(read_end)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_character_devices_are_read_within_the_limit() -> None:
    assert read_bytes("/dev/null") == b""
    assert _reason("/dev/null".replace("null", "zero"), max_bytes=1000).startswith("larger than the ")


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix sockets")
def test_socket_is_refused(tmp_path) -> None:
    path = tmp_path / "s"
    with socket.socket(socket.AF_UNIX) as s:
        s.bind(os.fspath(path))
        assert _reason(path) == "is a socket, not a file"


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root can read mode 000 files")
def test_permission_denied_chmod(tmp_path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("x")
    path.chmod(0)
    try:
        assert _reason(path) == "permission denied"
    finally:
        path.chmod(0o600)


def test_permission_denied(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("x")
    real_open = os.open

    def deny(target, *args, **kwargs):
        if os.fspath(target) == os.fspath(path):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(target))
        return real_open(target, *args, **kwargs)

    monkeypatch.setattr(os, "open", deny)
    assert _reason(path) == "permission denied"


def test_size_limit(tmp_path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 1001)
    assert _reason(path, max_bytes=1000).startswith("larger than the ")
    assert read_bytes(path, max_bytes=1001) == b"a" * 1001


def test_default_limit_named_in_mb(tmp_path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:  # sparse: nothing is written, only the size is set
        f.truncate(DEFAULT_MAX_BYTES + 1)
    assert _reason(path) == "larger than the 50 MB limit"


WESTERN_EUROPEAN = [
    "Café résumé naïve\n\nÇa va très bien.\n",
    "Le maïs et l'ambiguïté du Noël à Paris.\n\nOù est la forêt ?\n",
    "Größe und Übermaß: schön, für die Straße.\n\nÄrger über Öl.\n",
    "El niño comió piñata en el año pasado.\n\n¿Dónde está la canción?\n",
    "Søren og Åse bor på Ærø.\n\nDet er nært.\n",
]


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
@pytest.mark.parametrize("text", WESTERN_EUROPEAN)
def test_a_short_western_european_file_is_not_read_as_central_european_or_baltic(text, encoding):
    # Class: short Latin-1 / Windows-1252 prose, which cp1250 and cp1257 decode as well, to the
    # guesser's eyes ('naïve' came out 'naďve' or 'naļve'): the Western reading wins the tie.
    assert decode(text.encode(encoding)).strip() == text.strip()


@pytest.mark.parametrize(
    ("limit", "said"),
    [
        (1, "1 byte"),
        (100, "100 bytes"),
        (1024, "1 KB"),
        (1536, "1.5 KB"),
        (100_000, "97.7 KB"),
        (1024 * 1024 - 1, "1 MB"),  # 1023.999 KB rounds up to the next unit
        (DEFAULT_MAX_BYTES, "50 MB"),
        (3 * 1024**3, "3 GB"),
    ],
)
def test_sizes_are_said_in_the_unit_that_fits(limit: int, said: str) -> None:
    from tui.reading.load import human_size

    assert human_size(limit) == said


def test_a_small_limit_is_said_in_bytes(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"a" * 101)
    monkeypatch.setenv("DOCBAO_MAX_BYTES", "100")
    assert _reason(path) == "larger than the 100-byte limit"  # it said 'the 9.5e-05 MB (100 bytes)'
    monkeypatch.setenv("DOCBAO_MAX_BYTES", "1536")
    path.write_bytes(b"a" * 1537)
    assert _reason(path) == "larger than the 1.5 KB limit"


def test_limit_from_environment(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "mid.txt"
    path.write_bytes(b"a" * (2 * 1024 * 1024 + 1))
    monkeypatch.setenv("DOCBAO_MAX_BYTES", str(2 * 1024 * 1024))
    assert _reason(path) == "larger than the 2 MB limit"
    monkeypatch.setenv("DOCBAO_MAX_BYTES", "not a number")
    assert len(read_bytes(path)) == 2 * 1024 * 1024 + 1


@pytest.mark.parametrize("value", ["-5", "0", "-0", "abc", "1.5", "nan", "", "  "])
def test_invalid_limit_from_environment_is_ignored(tmp_path, monkeypatch: pytest.MonkeyPatch, value) -> None:
    """A limit that is not a whole number of bytes above zero is ignored: the 50 MB default holds."""
    path = tmp_path / "small.txt"
    path.write_bytes(b"a" * 10)
    monkeypatch.setenv("DOCBAO_MAX_BYTES", value)
    assert load.size_limit(None) == DEFAULT_MAX_BYTES
    assert read_bytes(path) == b"a" * 10


def test_never_reads_past_the_limit(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that grows after the size check is cut off at limit + 1 bytes and refused."""
    path = tmp_path / "growing.txt"
    path.write_bytes(b"a" * 10)
    monkeypatch.setattr(load, "_check", lambda name, st, limit: None)
    path.write_bytes(b"a" * 5000)
    assert _reason(path, max_bytes=100).startswith("larger than")


def test_a_large_saved_page_is_named_from_its_head(tmp_path, monkeypatch):
    # The library names a page over FULL_PAGE_BYTES from its head, without extracting it whole.
    import tui.reading.library as library

    page = tmp_path / "lon.html"
    head = (
        '<html><head><meta charset="utf-8"><title>Trang rất lớn | Báo</title>'
        '<meta property="article:published_time" content="2024-04-16T09:05:00+07:00"></head><body>'
    )
    page.write_text(head + "<p>Một đoạn văn dài.</p>" * 2000 + "</body></html>", "utf-8")
    monkeypatch.setattr(library, "FULL_PAGE_BYTES", 1000)

    def never(*args, **kwargs):
        raise AssertionError("the whole page was extracted")

    import tui.reading.document

    monkeypatch.setattr(tui.reading.document, "open_article", never)
    info = library.article_info(page)
    assert info.title == "Trang rất lớn | Báo" and info.date == "2024-04-16" and info.error is None
