"""Stream stages: what the egress does to a streamed answer between the upstream and the client.

A stage is an async transform over SSE events, as mitmproxy's addons are hooks over flows: ``releases`` gets
the events one upstream network chunk completed and yields the batches to send, in order, each as soon as it
may go. A stage may hold events back for a later chunk (the tool-use gate holds a ``tool_use`` block until it
is judged) or rewrite them (the masking stage). ``StreamPipeline`` runs the stages in order: each batch a stage
yields goes through the next stages to the client before that stage goes on, so text the gate let through
reaches the client while a tool call is still being judged.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Awaitable, Callable, Sequence
from contextlib import aclosing
from typing import Protocol

from services.egress.sse import SSEEvent

Send = Callable[[list[SSEEvent]], Awaitable[None]]
"""Writes a batch to the client."""


class StreamStage(Protocol):
    def releases(self, events: list[SSEEvent]) -> AsyncGenerator[list[SSEEvent], None]:
        """One upstream network chunk's events in, the batches to send out (none, one or several)."""
        ...


class StreamPipeline:
    """The stages in order, then ``send``; empty batches go no further."""

    def __init__(self, stages: Sequence[StreamStage], send: Send):
        self._stages = tuple(stages)
        self._send = send

    async def feed(self, events: list[SSEEvent]) -> None:
        """Pass one upstream network chunk's events through every stage to the client."""
        await self._through(0, events)

    async def _through(self, position: int, events: list[SSEEvent]) -> None:
        if not events:
            return
        if position == len(self._stages):
            await self._send(events)
            return
        async with aclosing(self._stages[position].releases(events)) as batches:
            async for batch in batches:
                await self._through(position + 1, batch)
