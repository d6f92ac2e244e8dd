"""Where a fetch may go and for how long: one deadline, and addresses checked before connecting.

httpx's timeouts hold for each read: headers sent a byte a second, or a chain of slow redirects,
kept a fetch going for as long as the server liked. Here every socket operation is given what is
left of one deadline for the whole fetch, and the name look-up is waited for no longer either.

Each host is looked up here, its addresses checked (`Route.admit`), and the connection made to
those very addresses, so a name cannot resolve to one address when checked and another when
used. A link's own address may be anything (it is what the reader asked for); a redirect may
lead to a public address or to one of the same kind as the link's own: a page on this machine
may redirect on this machine (a test server on 127.0.0.1 does), a public page may not send us
to 127.0.0.1, to the local network or to a link-local address such as 169.254.169.254, where
clouds answer with their credentials.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpcore
import httpx

from tui.reading.errors import ReadError

PUBLIC = "public"


class DeadlinePassed(httpcore.TimeoutException):
    """The fetch's time is up."""


def place(address: str) -> str:
    """What kind of address `address` is: 'public', 'loopback', 'link-local' or 'private'
    (anything else that is not globally reachable: the local network, shared, reserved,
    multicast and unspecified addresses, which reach this machine)."""
    ip = ipaddress.ip_address(address.partition("%")[0])  # an IPv6 scope ("fe80::1%eth0") aside
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped  # ::ffff:127.0.0.1 is 127.0.0.1
    if ip.is_loopback or ip.is_unspecified:
        return "loopback"
    if ip.is_link_local:
        return "link-local"
    if ip.is_global and not ip.is_multicast:
        return PUBLIC
    return "private"


@dataclass
class Route:
    """One fetch's deadline (a `time.monotonic()` value) and the addresses it may connect to."""

    deadline: float
    home: frozenset[str] = frozenset()  # the kinds of address of the link itself
    pinned: dict[tuple[str, int], list[str]] = field(default_factory=dict)

    def remaining(self) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise DeadlinePassed("the time limit has passed")
        return left

    def clamp(self, timeout: float | None) -> float:
        left = self.remaining()
        return left if timeout is None else min(timeout, left)

    def admit(self, url: httpx.URL, link: str) -> None:
        """Look up `url`'s host and allow connections to its addresses; the first URL admitted
        is the link itself, every later one a redirect (refused with a ReadError naming `link`
        if it leads somewhere the link's own address does not allow)."""
        host = url.raw_host.decode("ascii")
        port = url.port or (443 if url.scheme == "https" else 80)
        addresses = _resolve(host, port, self.remaining())
        kinds = {a: place(a) for a in addresses}
        if not self.pinned:
            self.home = frozenset(kinds.values())
        else:
            for address, kind in kinds.items():
                if kind != PUBLIC and kind not in self.home:
                    home = " or ".join(sorted(self.home))
                    raise ReadError(
                        link,
                        f"redirect to {url} refused: it leads to a {kind} address ({address}) "
                        f"from a {home} one",
                    )
        self.pinned[(host, port)] = addresses


def _resolve(host: str, port: int, seconds: float) -> list[str]:
    """The addresses of `host`, looked up in a thread waited for at most `seconds` (the
    system's resolver has no time limit of its own)."""
    found: list[str] = []
    failed: list[OSError] = []
    done = threading.Event()

    def look_up() -> None:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
            found.extend(dict.fromkeys(str(info[4][0]) for info in infos))
        except OSError as e:
            failed.append(e)
        finally:
            done.set()

    threading.Thread(target=look_up, name="docbao-resolve", daemon=True).start()
    if not done.wait(seconds):
        raise DeadlinePassed("the name look-up took too long")
    if failed:
        raise httpcore.ConnectError(str(failed[0])) from failed[0]
    if not found:
        raise httpcore.ConnectError(f"no address for {host}")
    return found


class _Stream(httpcore.NetworkStream):
    """A connection whose every operation ends by the route's deadline."""

    def __init__(self, inner: httpcore.NetworkStream, route: Route) -> None:
        self._inner = inner
        self._route = route

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, self._route.clamp(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._route.clamp(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        # The certificate is checked against the host name, whatever address was connected to.
        inner = self._inner.start_tls(ssl_context, server_hostname, self._route.clamp(timeout))
        return _Stream(inner, self._route)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    """Connects only to the addresses the route admitted, within its deadline."""

    def __init__(self, route: Route) -> None:
        self._route = route
        self._sockets = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = self._route.pinned.get((host, port))
        if not addresses:  # every URL is admitted before it is requested
            raise httpcore.ConnectError(f"{host}: address not checked")
        error: Exception | None = None
        for address in addresses:
            try:
                stream = self._sockets.connect_tcp(
                    address, port, self._route.clamp(timeout), local_address, socket_options
                )
            except httpcore.ConnectError as e:
                error = e
                continue
            return _Stream(stream, self._route)
        assert error is not None
        raise error

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("no Unix sockets")

    def sleep(self, seconds: float) -> None:
        time.sleep(min(seconds, self._route.remaining()))


class _Body(httpx.SyncByteStream):
    def __init__(self, inner: Iterable[bytes]) -> None:
        self._inner = inner

    def __iter__(self) -> Iterator[bytes]:
        yield from self._inner

    def close(self) -> None:
        close = getattr(self._inner, "close", None)
        if close is not None:
            close()


class Transport(httpx.BaseTransport):
    """httpx's transport with the route's connections; httpcore's errors are left as they are
    (the caller reads both kinds). No proxy from the environment: the addresses checked are the
    ones connected to."""

    def __init__(self, route: Route) -> None:
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(), network_backend=_Backend(route), retries=0
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.SyncByteStream)
        core = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        response = self._pool.handle_request(core)
        assert isinstance(response.stream, Iterable)
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_Body(response.stream),
            extensions=response.extensions,
        )

    def close(self) -> None:
        self._pool.close()
