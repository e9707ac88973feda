"""Reading a response body within the request's budget: a deadline and a size cap.

httpx inflates a gzip body in whole network chunks, so 64 KiB of a gzip bomb can
become 64 MiB before anyone counts. Here the body is read raw and inflated with
zlib's `max_length`, so no more than the cap (plus one byte) of decoded data is ever
produced; the request stops with `ResponseTooLarge` as soon as the cap is passed. The
readers run as httpx response hooks, before httpx itself would read the body (also
for the bodies of redirects, which httpx reads when it follows them).
"""

from __future__ import annotations

import zlib

import httpx

from . import deadline

# Ask only for encodings inflated here with a bound (brotli or zstd, when installed,
# would be decoded by httpx in whole chunks).
ACCEPT_ENCODING = "gzip, deflate"
_WBITS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}
# Raw chunks as the transport yields them (httpcore reads 64 KiB at a time): asking for
# 16 KiB made httpx re-slice every read, 15-25% more CPU per megabyte read over loopback
# (bench/README.md, client overhead). Each chunk is inflated with a bound all the same.
_RAW_CHUNK = None


class ResponseTooLarge(Exception):
    """The decoded body passed `limit` bytes (turned into `ResponseTooLargeError`)."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"the response body is larger than the limit of {limit} bytes")
        self.limit = limit


class _Inflater:
    """One content-encoding layer, inflated with a bound on each call's output."""

    def __init__(self, encoding: str) -> None:
        self._deflate = encoding == "deflate"
        self._zlib = zlib.decompressobj(_WBITS[encoding])
        self._started = False

    def decode(self, data: bytes, room: int) -> bytes:
        """`data` inflated; `ResponseTooLarge` past `room` bytes."""
        try:
            return self._bounded(data, room)
        except zlib.error as exc:
            if self._deflate and not self._started:
                # Some servers send raw deflate (no zlib header) as "deflate".
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
                self._deflate = False
                return self.decode(data, room)
            raise httpx.DecodingError(f"the body could not be inflated: {exc}") from exc

    def _bounded(self, data: bytes, room: int) -> bytes:
        pieces: list[bytes] = []
        size = 0
        while data:
            # max_length=room-size+1 (never 0, which would mean "no limit").
            piece = self._zlib.decompress(data, room - size + 1)
            self._started = True
            size += len(piece)
            if size > room:
                raise ResponseTooLarge(room)
            pieces.append(piece)
            data = self._zlib.unconsumed_tail
        return b"".join(pieces)

    def flush(self, room: int) -> bytes:
        """What zlib still holds at the end of the body (at most one match, 258 bytes)."""
        rest = self._zlib.flush()
        if len(rest) > room:
            raise ResponseTooLarge(room)
        return rest


class _Decoder:
    """The body's content encodings, undone layer by layer, with the size counted."""

    def __init__(self, response: httpx.Response, limit: int) -> None:
        encodings = response.headers.get_list("content-encoding", split_commas=True)
        # Identity and encodings we never ask for pass through, as httpx passes them.
        self._layers = [
            _Inflater(e) for e in (x.strip().lower() for x in reversed(encodings)) if e in _WBITS
        ]
        self._limit = limit
        self._pieces: list[bytes] = []
        self.size = 0

    def feed(self, data: bytes) -> None:
        for layer in self._layers:
            data = layer.decode(data, self._limit)
        self._add(data)

    def finish(self) -> bytes:
        data = b""
        for layer in self._layers:
            if data:
                data = layer.decode(data, self._limit)
            data += layer.flush(self._limit)
        self._add(data)
        return b"".join(self._pieces)

    def _add(self, data: bytes) -> None:
        self.size += len(data)
        if self.size > self._limit:
            raise ResponseTooLarge(self._limit)
        if data:
            self._pieces.append(data)


def _already_read(response: httpx.Response, budget: deadline.Budget) -> bool:
    """True for a body already in memory (an in-process transport), after checking its size."""
    if not response.is_stream_consumed:
        return False
    if len(response.content) > budget.max_bytes:
        raise ResponseTooLarge(budget.max_bytes)
    return True


def _store(response: httpx.Response, content: bytes) -> None:
    # httpx's `read()` stores the body here and does nothing when it is already set;
    # there is no public way to hand httpx a body decoded elsewhere.
    response._content = content


def read_bounded(response: httpx.Response) -> None:
    """Response hook: read the body within the current budget (no-op without one)."""
    budget = deadline.current.get()
    if budget is None or _already_read(response, budget):
        return
    decoder = _Decoder(response, budget.max_bytes)
    for chunk in response.iter_raw(_RAW_CHUNK):
        deadline.check(budget)
        decoder.feed(chunk)
    _store(response, decoder.finish())


async def aread_bounded(response: httpx.Response) -> None:
    """Async response hook: read the body within the current budget (no-op without one)."""
    budget = deadline.current.get()
    if budget is None or _already_read(response, budget):
        return
    decoder = _Decoder(response, budget.max_bytes)
    async for chunk in response.aiter_raw(_RAW_CHUNK):
        deadline.check(budget)
        decoder.feed(chunk)
    _store(response, decoder.finish())


__all__ = ["ACCEPT_ENCODING", "ResponseTooLarge", "aread_bounded", "read_bounded"]
