"""Batches from a durable pull consumer, gathered as the connection reads them.

nats-py's ``fetch`` hands over each message of a batch through ``next_msg``: a task, a timer and a uuid4 per
message, about a tenth of the recorder's CPU at c=32 (py-spy). ``BatchPull`` asks for what is available now
(``no_wait``: the server delivers up to ``batch`` messages, then says 404 if it had fewer) on an inbox whose
messages ``DirectClient`` appends to a list as it reads them; the batch is complete at the server's status or
at ``batch`` messages. Its messages come without their headers (only a server status is read): its consumers read
an event's subject and data. It does not wait for events to arrive: with nothing available, the caller waits in
nats-py's own lingering ``fetch``.
"""

from __future__ import annotations

import asyncio
import json
from typing import TYPE_CHECKING

from nats.aio.msg import Msg

from services.common.waits import wait_at_most

if TYPE_CHECKING:
    from services.common.bus import DirectClient

NO_WAIT_DEADLINE_S = 5.0
"""A no-wait pull is answered at once; past this the server (or the connection) is gone and the batch is what came."""


class BatchPull:
    """One durable pull consumer's immediately available messages, a batch per ``fetch``."""

    def __init__(self, nc: DirectClient, stream: str, consumer: str):
        self._nc = nc
        self._next = f"$JS.API.CONSUMER.MSG.NEXT.{stream}.{consumer}"
        self._inbox = ""
        self._arrived: list[Msg] = []
        """Messages delivered and not yet handed over, also any that came after a fetch gave up waiting."""
        self._wanted = 0
        self._complete: asyncio.Future | None = None

    async def fetch(self, batch: int) -> list[Msg]:
        """Up to ``batch`` messages the consumer has now; none when it has none."""
        if not self._inbox:
            self._inbox = self._nc.new_inbox()
            await self._nc.subscribe_direct(self._inbox, self._delivered, status_only=True)
        self._wanted = batch
        self._complete = asyncio.get_running_loop().create_future()
        if len(self._arrived) < batch:
            request = json.dumps({"batch": batch - len(self._arrived), "no_wait": True}).encode()
            await self._nc.publish(self._next, request, reply=self._inbox)
            await wait_at_most(self._complete, NO_WAIT_DEADLINE_S)
        self._complete = None
        messages, self._arrived = self._arrived, []
        return messages

    def _delivered(self, msg: Msg) -> None:
        """Called by the read loop: a message of the batch, or the server's status that ends it."""
        status = msg.headers.get("Status") if msg.headers else None
        if status is None:
            self._arrived.append(msg)
        if (status is not None or len(self._arrived) >= self._wanted) and self._complete is not None and not self._complete.done():
            self._complete.set_result(None)
