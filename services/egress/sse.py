"""Incremental Server-Sent Events framing for the Messages API stream.

The upstream's bytes arrive in arbitrary chunks; the egress works on whole
events so that later stages (guard, masker) can hold or rewrite one event
without touching the others. Unchanged events are re-sent byte for byte.
"""

from __future__ import annotations

from typing import NamedTuple

import msgspec


class SSEEvent(NamedTuple):
    name: str
    data: bytes
    raw: bytes
    """The event exactly as received, terminator included."""


class EventTooLarge(Exception):
    """The upstream sent more than ``max_event_bytes`` without ending an event. Not retried (the same call would
    send the same event): before the client has a byte, a 502; mid-stream an ``error`` event. Either way
    recorded as ``response.failed``."""


class SSEParser:
    """Feed bytes, get complete events; keeps the incomplete tail between calls.

    Each byte is scanned once (plus one byte of overlap for a separator split between chunks), so a
    huge event costs linear time, and an event larger than ``max_event_bytes`` raises ``EventTooLarge``.
    """

    def __init__(self, max_event_bytes: int = 16 * 1024 * 1024) -> None:
        self.max_event_bytes = max_event_bytes
        self._buffer = bytearray()
        self._held_cr = False
        """The last chunk ended in CR: it may be the first half of a CRLF."""

    def feed(self, chunk: bytes) -> list[SSEEvent]:
        if self._held_cr:
            chunk = b"\r" + chunk
        self._held_cr = chunk.endswith(b"\r")
        if self._held_cr:
            chunk = chunk[:-1]
        if b"\r" in chunk:
            chunk = chunk.replace(b"\r\n", b"\n")
        scan_from = max(len(self._buffer) - 1, 0)
        self._buffer += chunk
        events = []
        start = 0
        while (end := self._buffer.find(b"\n\n", scan_from)) >= 0:
            self._check_size(end + 2 - start)
            events.append(_parse(bytes(self._buffer[start : end + 2])))
            start = scan_from = end + 2
        del self._buffer[:start]
        self._check_size(len(self._buffer))
        return events

    def _check_size(self, size: int) -> None:
        if size > self.max_event_bytes:
            raise EventTooLarge(f"an upstream event passed {self.max_event_bytes} bytes")

    @property
    def pending(self) -> bytes:
        """Bytes received that do not yet form a complete event."""
        return bytes(self._buffer) + (b"\r" if self._held_cr else b"")


def _parse(raw: bytes) -> SSEEvent:
    name = "message"
    data_lines = []
    for line in raw.split(b"\n"):
        if line.startswith(b"event:"):
            name = line[6:].strip().decode(errors="replace")
        elif line.startswith(b"data:"):
            data_lines.append(line[5:].lstrip(b" "))
    return SSEEvent(name, b"\n".join(data_lines), raw)


def encode_sse(name: str, data: bytes) -> bytes:
    return b"event: " + name.encode() + b"\ndata: " + data + b"\n\n"


def sse_event(name: str, payload: dict) -> SSEEvent:
    """A new event the egress writes itself (a replacement block, a masked delta)."""
    data = msgspec.json.encode(payload)
    return SSEEvent(name, data, encode_sse(name, data))


class Delta(msgspec.Struct):
    """A ``content_block_delta``'s delta: only the fields the egress's stages read."""

    type: str = ""
    text: str = ""
    partial_json: str = ""
    thinking: str = ""


class BlockStart(msgspec.Struct):
    index: int = 0
    content_block: dict = {}


class BlockDelta(msgspec.Struct):
    index: int = 0
    delta: Delta = msgspec.field(default_factory=Delta)


class BlockIndex(msgspec.Struct):
    """The index of a ``content_block_stop`` (or any block event)."""

    index: int = 0


block_start = msgspec.json.Decoder(BlockStart)
block_delta = msgspec.json.Decoder(BlockDelta)
block_index = msgspec.json.Decoder(BlockIndex)
