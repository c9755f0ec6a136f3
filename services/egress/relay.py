"""Relaying the upstream's answer to the client, and reading usage off it on the way.

Streams are relayed event by event as they arrive: nothing is buffered beyond
one incomplete SSE event. The stream stages (``stages.py``: the tool-use gate, the
masker) sit between the upstream and ``ClientStream``, which writes what they
release and reads usage off it with ``StreamObserver``.
"""

from __future__ import annotations

import time

import msgspec
from aiohttp import web

from schemas.events import Usage
from services.common.metrics import RequestTrace
from services.egress.sse import SSEEvent, encode_sse

PING = encode_sse("ping", b'{"type": "ping"}')


class _UsageFields(msgspec.Struct, frozen=True):
    input_tokens: int = 0
    output_tokens: int = 0
    cache_creation_input_tokens: int | None = 0
    cache_read_input_tokens: int | None = 0


class _Message(msgspec.Struct, frozen=True):
    model: str = ""
    stop_reason: str | None = None
    usage: _UsageFields = _UsageFields()


class _MessageStart(msgspec.Struct):
    message: _Message = _Message()


class _Delta(msgspec.Struct, frozen=True):
    stop_reason: str | None = None


class _MessageDelta(msgspec.Struct):
    delta: _Delta = _Delta()
    usage: _UsageFields = _UsageFields()


_message_start = msgspec.json.Decoder(_MessageStart)
_message_delta = msgspec.json.Decoder(_MessageDelta)
_message = msgspec.json.Decoder(_Message)


def _usage(fields: _UsageFields, output_tokens: int | None = None) -> Usage:
    return Usage(
        input_tokens=fields.input_tokens,
        output_tokens=fields.output_tokens if output_tokens is None else output_tokens,
        cache_creation_input_tokens=fields.cache_creation_input_tokens or 0,
        cache_read_input_tokens=fields.cache_read_input_tokens or 0,
    )


class StreamObserver:
    """Collects model, stop reason and usage from a Messages API stream."""

    def __init__(self) -> None:
        self.model = ""
        self.stop_reason: str | None = None
        self._start_usage = _UsageFields()
        self._output_tokens = 0

    def observe(self, event: SSEEvent) -> None:
        try:
            if event.name == "message_start":
                message = _message_start.decode(event.data).message
                self.model = message.model
                self._start_usage = message.usage
                self._output_tokens = message.usage.output_tokens
            elif event.name == "message_delta":
                delta = _message_delta.decode(event.data)
                self.stop_reason = delta.delta.stop_reason or self.stop_reason
                self._output_tokens = delta.usage.output_tokens or self._output_tokens
        except msgspec.MsgspecError:
            return

    @property
    def usage(self) -> Usage:
        return _usage(self._start_usage, self._output_tokens)


class ClientStream:
    """The client's end of a streamed answer: what was sent, its usage, and when the first token went out."""

    def __init__(self, client: web.StreamResponse, trace: RequestTrace):
        self.client = client
        self.trace = trace
        self.observer = StreamObserver()
        self.sent = 0
        """Bytes written, pings excluded."""

    async def send(self, events: list[SSEEvent]) -> None:
        out = b"".join(event.raw for event in events)
        for event in events:
            self.observer.observe(event)
            if self.trace.first_token_at is None and event.name == "content_block_delta":
                self.trace.first_token_at = time.perf_counter()
        await self.client.write(out)
        self.sent += len(out)

    async def ping(self) -> None:
        """Keeps the stream alive while a stage holds events (a tool call waiting for approval)."""
        await self.client.write(PING)


def read_message(body: bytes) -> tuple[str, str | None, Usage]:
    """Model, stop reason and usage of a non-streamed Message (zeros for other JSON answers)."""
    try:
        message = _message.decode(body)
    except msgspec.MsgspecError:
        return "", None, Usage()
    return message.model, message.stop_reason, _usage(message.usage)
