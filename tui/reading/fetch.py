"""Fetch an article from a URL: a web page or plain text, within a time and size budget.

Everything that can go wrong (a bad URL, no connection, a timeout, an HTTP error, a redirect
loop or one to where we do not go, a PDF or an image, a body over the size limit) is a
`ReadError` naming the URL. `route` bounds where a fetch goes and for how long, `inflate` how
much a compressed body may become.
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tui.reading.errors import ReadError
from tui.reading.inflate import ACCEPTED, EncodingError, decoded

if TYPE_CHECKING:
    import httpx

    from tui.reading.route import Route, Transport

DEFAULT_TIMEOUT = 15.0
MAX_REDIRECTS = 5
_ENV_TIMEOUT = "DOCBAO_TIMEOUT"
_ACCEPTED = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text"}
_USER_AGENT = "docbao/0.1 (+terminal news reader)"
_HEADERS = {
    "User-Agent": _USER_AGENT,
    "Accept": "text/html, application/xhtml+xml, text/plain;q=0.9",
    "Accept-Encoding": ACCEPTED,
}
_REDIRECTS = {301, 302, 303, 307, 308}


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # where the redirects ended
    kind: str  # "html" or "text"
    data: bytes
    charset: str | None


def _seconds_or_none(value: object) -> float | None:
    """A usable timeout: a finite number of seconds above zero; None for anything else."""
    try:
        seconds = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return None
    return seconds if math.isfinite(seconds) and seconds > 0 else None


def _timeout(timeout: float | None) -> float:
    """`timeout`, else DOCBAO_TIMEOUT, else 15 s; a value that is not a finite positive number
    (`nan`, `-1`, `inf`, `1e400`, `abc`) is ignored."""
    for value in (timeout, os.environ.get(_ENV_TIMEOUT, "").strip()):
        seconds = _seconds_or_none(value) if value not in (None, "") else None
        if seconds is not None:
            return seconds
    return DEFAULT_TIMEOUT


def _seconds(t: float) -> str:
    return f"{t:g} s"


def fetch(url: str, *, timeout: float | None = None, max_bytes: int | None = None) -> Fetched:
    """GET a URL, following at most five redirects; only text/html and text/plain are accepted.

    The time limit is one deadline for the whole fetch (name look-ups, connections, every
    redirect, headers however slowly they come, the body), and the size limit holds on the
    decoded body as it streams."""
    import httpcore
    import httpx

    from tui.reading.load import size_limit
    from tui.reading.route import Route, Transport

    limit = size_limit(max_bytes)
    seconds = _timeout(timeout)
    timed_out = f"timed out after {_seconds(seconds)}"
    route = Route(time.monotonic() + seconds)
    parsed = _valid_url(url)
    try:
        with Transport(route) as transport:
            response = _follow(transport, route, url, parsed)
            try:
                return _body(response, url, route, limit, timed_out)
            finally:
                response.close()
    except (httpx.TimeoutException, httpcore.TimeoutException) as e:
        raise ReadError(url, timed_out) from e
    except (httpx.ConnectError, httpcore.ConnectError) as e:
        raise ReadError(url, f"cannot connect: {_reason(e)}") from e
    except (httpx.InvalidURL, httpx.UnsupportedProtocol, httpcore.UnsupportedProtocol) as e:
        raise ReadError(url, "not a valid URL") from e
    # remote protocol errors, a dropped connection
    except (httpx.HTTPError, httpcore.NetworkError, httpcore.ProtocolError) as e:
        raise ReadError(url, f"cannot fetch: {_reason(e)}") from e
    except EncodingError as e:
        raise ReadError(url, f"cannot fetch: {e}") from e


def _valid_url(url: str) -> httpx.URL:
    import httpx

    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError, TypeError) as e:
        raise ReadError(url, "not a valid URL") from e
    port_ok = parsed.port is None or 0 < parsed.port < 65536
    if (
        parsed.scheme not in ("http", "https")
        or not parsed.host
        or not port_ok
        or any(c.isspace() for c in url)
    ):
        raise ReadError(url, "not a valid URL")
    return parsed


def _follow(transport: Transport, route: Route, url: str, parsed: httpx.URL) -> httpx.Response:
    """The response at the end of the redirects; each one's target is checked (an http or https
    URL, and an address `Route.admit` allows) before it is connected to."""
    import httpx

    current = parsed
    route.admit(current, url)
    for hop in range(MAX_REDIRECTS + 1):
        request = httpx.Request("GET", current, headers=_HEADERS)
        response = transport.handle_request(request)
        response.request = request
        location = response.headers.get("location", "").strip()
        if response.status_code not in _REDIRECTS or not location:
            return response
        response.close()
        if hop == MAX_REDIRECTS:
            break
        try:
            target = current.join(location)
        except (httpx.InvalidURL, ValueError, TypeError) as e:
            raise ReadError(url, f"redirect to {location} refused: not a valid URL") from e
        if target.scheme not in ("http", "https"):
            raise ReadError(url, f"redirect to {location} refused: only http and https links are followed")
        if not target.host:
            raise ReadError(url, f"redirect to {location} refused: not a valid URL")
        route.admit(target, url)
        current = target
    raise ReadError(url, f"too many redirects (more than {MAX_REDIRECTS})")


def _body(response: httpx.Response, url: str, route: Route, limit: int, timed_out: str) -> Fetched:
    from tui.reading.load import too_large

    if response.status_code >= 400:
        phrase = response.reason_phrase or ""
        raise ReadError(url, f"HTTP {response.status_code} {phrase}".strip())
    mime = (response.headers.get("content-type") or "").partition(";")[0].strip().lower()
    kind = _ACCEPTED.get(mime)
    if kind is None:
        shown = mime or "none"
        raise ReadError(url, f"not a web page or text (content type {shown})")
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise ReadError(url, too_large(limit))

    def raw() -> Iterator[bytes]:
        # The bytes on the wire count too: a body of endless empty compressed blocks decodes to
        # nothing at all.
        size = 0
        for chunk in response.iter_raw():
            size += len(chunk)
            if size > limit:
                raise ReadError(url, too_large(limit))
            yield chunk

    chunks: list[bytes] = []
    size = 0
    encodings = response.headers.get_list("content-encoding", split_commas=True)
    for chunk in decoded(raw(), encodings):
        size += len(chunk)
        if size > limit:
            raise ReadError(url, too_large(limit))
        if time.monotonic() > route.deadline:
            raise ReadError(url, timed_out)
        chunks.append(chunk)
    return Fetched(str(response.url), kind, b"".join(chunks), response.charset_encoding)


def _reason(e: Exception) -> str:
    text = " ".join(str(e).split()) or type(e).__name__
    # "[Errno 111] Connection refused" → "connection refused"
    if text.startswith("[Errno") and "]" in text:
        text = text.split("]", 1)[1].strip()
    return text[:1].lower() + text[1:]
