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


class SSEParser:
    """Feed bytes, get complete events; keeps the incomplete tail between calls."""

    def __init__(self) -> None:
        self._buffer = b""

    def feed(self, chunk: bytes) -> list[SSEEvent]:
        buffer = self._buffer + chunk if self._buffer else chunk
        if b"\r" in buffer:
            buffer = buffer.replace(b"\r\n", b"\n")
        events = []
        start = 0
        while True:
            end = buffer.find(b"\n\n", start)
            if end < 0:
                break
            raw = buffer[start : end + 2]
            start = end + 2
            events.append(_parse(raw))
        self._buffer = buffer[start:]
        return events

    @property
    def pending(self) -> bytes:
        """Bytes received that do not yet form a complete event."""
        return self._buffer


def _parse(raw: bytes) -> SSEEvent:
    name = "message"
    data_lines = []
    for line in raw.split(b"\n"):
        if line.startswith(b"event:"):
            name = line[6:].strip().decode()
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
