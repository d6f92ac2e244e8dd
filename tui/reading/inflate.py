"""A response body's Content-Encoding undone in bounded steps.

httpx decodes each chunk read from the socket in one call, so 5 KB sent as `gzip, gzip` (a
gzip of a gzip of 3 GiB of zeros) became gigabytes in memory before anyone could count them,
and ctrl-c waited for the call to end. Here every step makes at most `STEP` bytes, whatever
the chain of encodings: the caller counts the decoded bytes as they come and stops at its limit,
and a signal is answered between two steps.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator, Sequence

STEP = 64 * 1024  # the most any one step decodes (bytes)
_GZIP = zlib.MAX_WBITS | 16
_ZLIB = zlib.MAX_WBITS
_RAW = -zlib.MAX_WBITS
# the encodings we ask for; "identity" (or nothing) means none
ACCEPTED = "gzip, deflate"


class EncodingError(ValueError):
    """A body in an encoding we do not read, or one that does not decode."""


def decoded(chunks: Iterable[bytes], encodings: Sequence[str], *, step: int = STEP) -> Iterator[bytes]:
    """`chunks` of a body sent with the Content-Encoding values `encodings` (in the order the
    server applied them), decoded; each piece from a decoder is at most `step` bytes.

    Raises EncodingError for an encoding other than gzip, deflate or identity (we never ask for
    one), and, while iterating, for a body that is not what its encoding says."""
    stream: Iterator[bytes] = iter(chunks)
    for name in reversed([e.strip().lower() for e in encodings]):
        if name in ("", "identity"):
            continue
        if name in ("gzip", "x-gzip"):
            stream = _inflate(stream, _GZIP, step)
        elif name == "deflate":
            stream = _inflate(stream, _ZLIB, step)
        else:
            raise EncodingError(f"content encoding {name} is not supported")
    return stream


def _inflate(chunks: Iterator[bytes], wbits: int, step: int) -> Iterator[bytes]:
    d = zlib.decompressobj(wbits)
    fresh = True  # nothing decoded yet: a "deflate" body may still turn out to be raw deflate
    for chunk in chunks:
        data = chunk
        while data:
            try:
                out = d.decompress(data, step)
            except zlib.error as e:
                if fresh and wbits == _ZLIB:  # some servers send raw deflate as "deflate"
                    wbits = _RAW
                    d = zlib.decompressobj(wbits)
                    continue
                raise EncodingError("the compressed body is corrupt") from e
            fresh = False
            if out:
                yield out
            if d.eof:  # what follows the end of the stream is ignored, as httpx and browsers do
                return
            data = d.unconsumed_tail
            # A full step may leave output pending inside zlib with no input left: ask again.
            while not data and len(out) == step and not d.eof:
                out = d.decompress(b"", step)
                if out:
                    yield out
    try:
        rest = d.flush()
    except zlib.error as e:  # pragma: no cover - flush only raises on a corrupt stream state
        raise EncodingError("the compressed body is corrupt") from e
    # A truncated body gives what it holds (as httpx did); flush can only add what one call's
    # output buffer held back, never a whole bomb, as all the input has been through `decompress`.
    if rest:
        yield rest
