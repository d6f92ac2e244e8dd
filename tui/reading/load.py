"""Read a file the user gave us and turn it into clean, NFC-normalised text.

`read_bytes` refuses what is not a readable regular file of sane size; `decode` works out the
encoding (BOMs, UTF-8, UTF-16/32, a declared charset, Windows-1258, TCVN3, VNI, then
charset-normalizer's guess) and
repairs UTF-8 mojibake; `clean` strips terminal escapes, control and bidi/invisible characters and
composes to NFC. Every failure is a `ReadError` with a short lower-case reason.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import os
import re
import stat
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING, BinaryIO

from tui.reading.errors import ReadError

if TYPE_CHECKING:
    from charset_normalizer.models import CharsetMatch

__all__ = ["DEFAULT_MAX_BYTES", "clean", "decode", "load_path", "read_bytes", "read_limited"]

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
_KIB = 1024
_MIB = 1024 * _KIB
_ENV_MAX_BYTES = "DOCBAO_MAX_BYTES"

# --- reading -------------------------------------------------------------------------------------

_OS_REASONS = {
    errno.ENOENT: "no such file",
    errno.EISDIR: "is a directory",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ELOOP: "too many levels of symbolic links",
    errno.ENOTDIR: "a part of the path is not a directory",
    errno.ENAMETOOLONG: "file name too long",
    errno.ENXIO: "no such device",
    errno.EIO: "input/output error",
    errno.EMFILE: "too many open files",
    errno.ENFILE: "too many open files",
}


def _display(path: str | os.PathLike) -> str:
    return os.fsdecode(os.fspath(path))


def size_limit(max_bytes: int | None) -> int:
    """The byte limit in force: `max_bytes`, else DOCBAO_MAX_BYTES, else 50 MB.

    DOCBAO_MAX_BYTES must be a whole number of bytes above zero; anything else (`-5`, `0`,
    `abc`, `1.5`) is ignored, so a typo never makes every file "larger than the limit".
    """
    if max_bytes is not None:
        return max(0, max_bytes)
    raw = os.environ.get(_ENV_MAX_BYTES, "").strip()
    try:
        value = int(raw)
    except ValueError:
        return DEFAULT_MAX_BYTES
    return value if value > 0 else DEFAULT_MAX_BYTES


def human_size(n: int) -> str:
    """A size as people read it: '100 bytes', '1.5 KB', '50 MB' (one decimal at most, none when
    it is whole), never '9.5e-05 MB'."""
    if n < _KIB:
        return f"{n} byte{'s' if n != 1 else ''}"
    for unit, size in (("KB", _KIB), ("MB", _MIB), ("GB", _MIB * _KIB)):
        if n < size * _KIB or unit == "GB":
            shown = f"{n / size:.1f}".removesuffix(".0")
            if shown == str(_KIB) and unit != "GB":  # 1023.96 KB rounds to 1024: say 1 MB
                continue
            return f"{shown} {unit}"
    return f"{n} bytes"  # not reached: GB takes the rest


def too_large(limit: int) -> str:
    """The one wording of "over the limit", for files, standard input and downloads alike."""
    size = human_size(limit)
    if limit < _KIB:  # "the 100-byte limit"
        size = f"{limit}-byte"
    return f"larger than the {size} limit"


def _os_error(name: str, exc: OSError, path: str | os.PathLike) -> ReadError:
    reason = _OS_REASONS.get(exc.errno) if exc.errno is not None else None
    if reason == "no such file" and os.path.islink(path):
        reason = "no such file (broken symbolic link)"
    if reason is None:
        reason = (exc.strerror or "cannot read the file").lower()
    return ReadError(name, reason)


def _check(name: str, st: os.stat_result, limit: int) -> None:
    """Refuse what is not a stream of bytes to read: directories, sockets, block devices.

    Regular files, FIFOs (`<(cat a.txt)`, a pipe as `/dev/stdin`) and character devices (a
    terminal as `/dev/stdin`, `/dev/null`) are read; the size limit holds for all of them.
    """
    mode = st.st_mode
    if stat.S_ISDIR(mode):
        raise ReadError(name, "is a directory")
    if stat.S_ISSOCK(mode):
        raise ReadError(name, "is a socket, not a file")
    if stat.S_ISBLK(mode):
        raise ReadError(name, "is a block device, not a file")
    if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)):
        raise ReadError(name, "not a regular file")
    if stat.S_ISREG(mode) and st.st_size > limit:
        raise ReadError(name, too_large(limit))


def found_file_problem(path: str | os.PathLike) -> str | None:
    """Why an entry met in a folder (named as an article) is no file to read, in the words
    `read_bytes` would use for it named alone; None for a regular file. A FIFO or device named
    alone is read to its end, but one met in a folder is not: its reading could never end."""
    try:
        st = os.stat(path)
        _check(_display(path), st, size_limit(None))
    except OSError as exc:
        return _os_error(_display(path), exc, path).reason
    except ValueError:
        return "invalid file name"
    except ReadError as e:
        return e.reason
    if stat.S_ISFIFO(st.st_mode):
        return "is a named pipe (FIFO), not a file: give it alone to read it"
    if not stat.S_ISREG(st.st_mode):
        return "is a device, not a file: give it alone to read it"
    return None


_CHUNK = 1024 * 1024


def read_limited(f: BinaryIO, limit: int) -> bytes:
    """Read to the end of `f`, or to `limit` + 1 bytes, whichever comes first.

    A pipe or a terminal gives what it has in each read: one read is not the end of the input.
    """
    chunks: list[bytes] = []
    size = 0
    while size <= limit:
        chunk = f.read(min(limit + 1 - size, _CHUNK))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def read_bytes(path: str | os.PathLike, max_bytes: int | None = None) -> bytes:
    """The bytes of a file; raises ReadError. Never reads more than the limit plus one byte.

    A regular file, or a FIFO or character device named explicitly (read to its end, blocking):
    `docbao parse /dev/stdin`, `docbao parse <(cat a.txt)`. The limit is `max_bytes`, else the
    environment variable DOCBAO_MAX_BYTES, else 50 MB.
    """
    name = _display(path)
    limit = size_limit(max_bytes)
    try:
        st = os.stat(path)
        _check(name, st, limit)
        flags = (
            os.O_RDONLY
            | getattr(os, "O_NOCTTY", 0)
            | getattr(os, "O_CLOEXEC", 0)
            | getattr(os, "O_BINARY", 0)
        )
        # A FIFO is opened blocking: its writer may not be there yet. Anything else is opened
        # non-blocking, so that a file swapped for a FIFO since the stat cannot hang the open.
        if not stat.S_ISFIFO(st.st_mode):
            flags |= getattr(os, "O_NONBLOCK", 0)
        fd = os.open(path, flags)
        try:
            st = os.fstat(fd)
            _check(name, st, limit)
            if not stat.S_ISREG(st.st_mode):
                os.set_blocking(fd, True)  # a terminal or pipe: wait for its input, to its end
            with open(fd, "rb", buffering=0, closefd=False) as f:
                data = read_limited(f, limit)
        finally:
            os.close(fd)
    except OSError as exc:
        raise _os_error(name, exc, path) from None
    except ValueError:  # e.g. an embedded NUL in the path
        raise ReadError(name, "invalid file name") from None
    if len(data) > limit:
        raise ReadError(name, too_large(limit))
    return data


def load_path(path: str | os.PathLike, max_bytes: int | None = None) -> str:
    """Read and decode a file: clean NFC text, or ReadError."""
    return decode(read_bytes(path, max_bytes), _display(path))


# --- cleaning ------------------------------------------------------------------------------------

_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: ESC [ params intermediates final
    r"|\x1b[\]P^_X][^\x07\x1b\n]*(?:\x07|\x1b\\)?"  # OSC/DCS/PM/APC/SOS to BEL or ST (or line end)
    r"|\x1b[ -/]*[0-~]"  # any other ESC sequence: ESC 7, ESC ( B, ESC c ...
)

# C0/C1 controls except \t and \n (\r is dealt with first), soft hyphen, bidi marks, embeddings,
# overrides and isolates, zero-width space, word joiner and invisible operators, BOM/ZWNBSP,
# interlinear annotation, lone surrogates and tag characters. ZWNJ/ZWJ (U+200C/D) stay.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\ud800-\udfff\U000e0000-\U000e007f]"  # no "+": faster
)
_SPACES = ("\u00a0", "\u2007", "\u202f")  # no-break spaces
_LINE_BREAKS = ("\u2028", "\u2029")


def clean(text: str) -> str:
    """Normalise decoded text: no escapes, controls (but \\n, \\t) or invisible spoofers; NFC."""
    if "\x1b" in text:
        text = _ESCAPES.sub("", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        for ch in _SPACES:
            if ch in text:
                text = text.replace(ch, " ")
        for ch in _LINE_BREAKS:
            if ch in text:
                text = text.replace(ch, "\n")
    text = _INVISIBLE.sub("", text)
    return unicodedata.normalize("NFC", text)


# --- decoding ------------------------------------------------------------------------------------

_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)

# Control bytes that plain text does not contain (tab, newlines, form feed and ESC are allowed).
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_MAX_CONTROL_SHARE = 0.05

# Text without a BOM that decodes as UTF-16/32 must look like Latin-script text to be believed.
_NOT_LATIN_TEXT = re.compile(
    "[^\t\n\r\x0c\x1b\x20-\x7e\u00a0-\u024f\u0300-\u036f\u1e00-\u1eff\u2000-\u206f\u20a0-\u20cf]"
)

# Characters a plausible decoding should (nearly) never produce.
_ODD = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f\ufffd\ud800-\udfff]")

# A whole UTF-8 multi-byte sequence whose bytes were read as Windows-1252 (or Latin-1): a lead
# byte, then as many continuation bytes as it announces. "áº¿" for "ế", "Æ°" for "ư", "Ä‘" for
# "đ", "Ã " for "à". Legitimate Vietnamese rarely has these ("là”" is one lead and one byte).
_CONT = (
    "[\x80-\xbf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152"
    "\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]"
)
_MOJIBAKE = re.compile(
    f"[\u00c2-\u00f4]{_CONT}(?:(?<=[\u00c2-\u00df].)|{_CONT}(?:(?<=[\u00e0-\u00ef]..)|{_CONT}))"
)


def _unicode(data: bytes, encoding: str) -> str | None:
    """Decode a Unicode encoding; tolerate a rare bad sequence (a truncated file), not many."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        text = data.decode(encoding, errors="replace")
        return text if text.count("\ufffd") <= max(1, len(text) // 1000) else None


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a stray bad byte or two (a pasted Windows quote, a cut-off end), not legacy text.

    Wanted: many real multi-byte sequences and very few bad ones.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    multibyte_extra = len(data) - len(text)  # bytes beyond the first of each multi-byte sequence
    if bad <= max(1, len(text) // 1000) and multibyte_extra >= 10 * bad:
        return text
    return None


def _wide_without_bom(data: bytes) -> str | None:
    """UTF-32 or UTF-16 text without a BOM: NUL bytes, but otherwise ordinary Latin-script text."""
    for encoding, unit in (("utf-32-le", 4), ("utf-32-be", 4), ("utf-16-le", 2), ("utf-16-be", 2)):
        if len(data) % unit:
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        # Prose has word breaks: runs of code points with no space are binary seen as text.
        spaced = sum(c.isspace() for c in text) >= max(1, len(text) // 25)
        if "\x00" not in text and spaced and len(_NOT_LATIN_TEXT.findall(text)) <= len(text) // 20:
            return text
    return None


def _looks_like_text(text: str) -> bool:
    return len(_ODD.findall(text)) <= len(text) // 20


# Among guesses charset-normalizer finds equally likely, the Western European ones first: a short
# Latin-1 file ('Café résumé naïve') fits cp1250, cp1257 and cp1252 alike, and the first of the
# tie ('naďve', 'naļve') was as good as chance. Vietnamese never gets here (decode_legacy).
_PREFERRED_GUESSES = ("cp1252", "iso8859_15", "latin_1")


def _charset_guess(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes

        matches = list(from_bytes(data))
        match = _preferred(matches)
        text = None if match is None else str(match)
    except Exception:  # a third-party guesser must not turn bad input into a crash
        return None
    return text if text and _looks_like_text(text) else None


def _preferred(matches: list[CharsetMatch]) -> CharsetMatch | None:
    """The best guess (charset-normalizer's order), a preferred encoding among those tied with it."""
    if not matches:
        return None
    best = matches[0]
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    for encoding in _PREFERRED_GUESSES:
        for m in tied:
            if m.encoding == encoding:
                return m
    return best


def _repair_mojibake(text: str) -> str:
    """Undo UTF-8 once decoded as Windows-1252/Latin-1 ("Tiáº¿ng" -> "Tiếng"), line by line.

    Only lines holding a mojibake sequence go to ftfy, so one odd line costs little.
    """
    match = _MOJIBAKE.search(text)
    if match is None:
        return text
    try:
        import ftfy  # slow to import: only when the text looks broken
    except ImportError:
        return text
    out, done = [], 0
    while match is not None:
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        end = len(text) if end < 0 else end
        line = text[start:end]
        with contextlib.suppress(Exception):  # a third-party fixer must not turn input into a crash
            line = ftfy.fix_encoding(line)
        out += (text[done:start], line)
        done = end
        match = _MOJIBAKE.search(text, end)
    out.append(text[done:])
    return "".join(out)


def _declared_codecs(declared: str | Iterable[str | None] | None) -> list[str]:
    """The codecs of the declared charsets Python knows, most authoritative first, once each."""
    names = [declared] if isinstance(declared, str) else list(declared or ())
    found: list[str] = []
    for charset in names:
        if not charset:
            continue
        try:
            codec = codecs.lookup(charset.strip().strip("\"'")).name
        except (LookupError, ValueError, TypeError):
            continue  # a misspelt or exotic declaration is common: detection takes over
        if codec not in found:
            found.append(codec)
    return found


def _as_declared(data: bytes, codecs_: list[str]) -> str | None:
    """The first declared charset that decodes the bytes into something that looks like text."""
    for codec in codecs_:
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        if _looks_like_text(text):
            return text
    return None


def _decode(data: bytes, name: str, declared: list[str]) -> str:
    for bom, encoding, label in _BOMS:
        if data.startswith(bom):
            text = _unicode(data[len(bom) :], encoding)
            if text is None:
                raise ReadError(name, f"not valid {label} despite its byte order mark")
            if not _looks_like_text(text):
                raise ReadError(name, "binary file, not text")
            return _repair_mojibake(text)
    if b"\x00" in data:
        text = _as_declared(data, [c for c in declared if c.startswith(("utf-16", "utf-32"))])
        text = text if text is not None else _wide_without_bom(data)
        if text is None:
            raise ReadError(name, "binary file, not text")
        return _repair_mojibake(text)
    if len(data) - len(data.translate(None, _CONTROL_BYTES)) > len(data) * _MAX_CONTROL_SHARE:
        raise ReadError(name, "binary file, not text")
    try:
        return _repair_mojibake(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    # Valid UTF-8 is UTF-8 whatever was declared (Latin-1 would "decode" anything); past that a
    # server's or a page's declaration beats guessing.
    text = _as_declared(data, declared)
    if text is not None:
        return text
    from tui.reading.legacy import decode_legacy

    text = decode_legacy(data)
    if text is None:
        text = _mostly_utf8(data)
        if text is not None:
            return _repair_mojibake(text)
        text = _charset_guess(data)
    if text is None:
        raise ReadError(
            name, "unknown text encoding (tried UTF-8, Windows-1258, VNI, TCVN3 and charset detection)"
        )
    return text


def decode(data: bytes, name: str = "<input>", *, declared: str | Iterable[str | None] | None = None) -> str:
    """Bytes to clean NFC text; raises ReadError for empty, binary or undecodable input.

    One order for every input, plain text and web pages alike: a byte order mark, then valid
    UTF-8, then the `declared` charset(s) (a server's Content-Type, a page's <meta charset>, most
    authoritative first; unknown names and charsets the bytes do not fit are passed over), then
    detection (Windows-1258, VNI, TCVN3, charset-normalizer).
    """
    if not data.strip():
        raise ReadError(name, "empty file")
    text = clean(_decode(data, name, _declared_codecs(declared)))
    if not text.strip():
        raise ReadError(name, "empty file")
    return text
