"""The bus: one NATS connection with JetStream, and the few operations services need.

Events are published with core NATS publishes onto subjects the
``LOCKGATE_EVENTS`` stream captures: one connection keeps them in order, and
the hot path never waits for a storage acknowledgement. Request bodies too
large for an event live in the ``lockgate-bodies`` object store.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Awaitable, Callable

import nats
from nats.aio.client import Client
from nats.aio.msg import Msg
from nats.js.api import (
    ConsumerConfig,
    DeliverPolicy,
    ObjectMeta,
    ObjectMetaOptions,
    ObjectStoreConfig,
    StorageType,
    StreamConfig,
)
from nats.js.errors import BadRequestError, NotFoundError

from schemas import subjects
from schemas.events import AnyEvent, Event, RequestReceived, ToolUseVerdict, Verdict, decode_event, encode_event

NATS_DIR = Path(__file__).resolve().parents[2] / "nats"
BODY_CHUNK_BYTES = 768 * 1024
"""Object-store chunk size for large bodies: under NATS's default 1 MiB payload limit."""


def stream_config() -> StreamConfig:
    """The event stream as defined in ``nats/streams/LOCKGATE_EVENTS.json``."""
    definition = json.loads((NATS_DIR / "streams" / f"{subjects.STREAM}.json").read_text())
    return StreamConfig.from_response(definition)


def body_store_config() -> ObjectStoreConfig:
    definition = json.loads((NATS_DIR / "streams" / f"{subjects.BODY_BUCKET}.json").read_text())
    return ObjectStoreConfig.from_response(definition)


STAGING_TTL_S = 300.0
"""A staged body outlives its use by at most this long if its deleter died."""


def staging_store_config() -> ObjectStoreConfig:
    """Memory only, short-lived: unmasked request bodies on their way to and from the masker never touch disk."""
    return ObjectStoreConfig(
        bucket=subjects.STAGING_BUCKET,
        description="Request bodies too large for one NATS message, on their way to and from the masker; deleted after use.",
        storage=StorageType.MEMORY,
        ttl=STAGING_TTL_S,
    )


def subject_for(event: Event) -> str:
    if isinstance(event, Verdict):
        return subjects.verdict_subject(event.stage)
    if isinstance(event, ToolUseVerdict):
        return subjects.tool_use_verdict_subject(event.stage)
    return subjects.SUBJECT_BY_TYPE[type(event).__struct_config__.tag]


class Bus:
    """A connected NATS client plus Lockgate's streams. Create with ``await Bus.connect(url)``."""

    def __init__(self, nc: Client):
        self.nc = nc
        self.js = nc.jetstream()
        self._bodies = None
        self._staging = None

    @classmethod
    async def connect(cls, url: str, name: str = "lockgate") -> "Bus":
        nc = await nats.connect(url, name=name, max_reconnect_attempts=-1, reconnect_time_wait=0.5)
        return cls(nc)

    async def ensure_streams(self) -> None:
        """Create or update the stream and the body store; safe to run from every process at start."""
        config = stream_config()
        try:
            await self.js.add_stream(config)
        except BadRequestError:
            await self.js.update_stream(config)
        try:
            self._bodies = await self.js.object_store(subjects.BODY_BUCKET)
        except NotFoundError:
            self._bodies = await self.js.create_object_store(subjects.BODY_BUCKET, body_store_config())
        try:
            self._staging = await self.js.object_store(subjects.STAGING_BUCKET)
        except NotFoundError:
            try:
                self._staging = await self.js.create_object_store(subjects.STAGING_BUCKET, staging_store_config())
            except BadRequestError:  # another process created it first
                self._staging = await self.js.object_store(subjects.STAGING_BUCKET)

    async def ready(self) -> bool:
        """Connected, and the event stream answers."""
        if not self.nc.is_connected:
            return False
        try:
            await self.js.stream_info(subjects.STREAM)
        except Exception:
            return False
        return True

    async def emit(self, event: Event) -> None:
        await self.nc.publish(subject_for(event), encode_event(event))

    async def put_body(self, key: str, body: bytes) -> None:
        """Store in large chunks: the client joins chunks by concatenation, quadratic in their number."""
        meta = ObjectMeta(name=key, options=ObjectMetaOptions(max_chunk_size=BODY_CHUNK_BYTES))
        await self._body_store().put(key, body, meta=meta)

    async def request_body(self, event: RequestReceived) -> bytes:
        """The request's JSON body, from the event or from the object store."""
        if not event.body_ref:
            return bytes(event.body)
        result = await self._body_store().get(event.body_ref)
        return result.data

    async def stage(self, key: str, data: bytes) -> None:
        """Put a body in the memory-only staging store (for a masking request too large for one message)."""
        if self._staging is None:
            raise RuntimeError("Bus.ensure_streams() must run before bodies are staged")
        meta = ObjectMeta(name=key, options=ObjectMetaOptions(max_chunk_size=BODY_CHUNK_BYTES))
        await self._staging.put(key, data, meta=meta)

    async def take_staged(self, key: str) -> bytes:
        """Read a staged body and delete it, so it lives no longer than its use."""
        if self._staging is None:
            raise RuntimeError("Bus.ensure_streams() must run before bodies are staged")
        data = (await self._staging.get(key)).data
        await self.discard_staged(key)
        return data

    async def discard_staged(self, key: str) -> None:
        try:
            await self._staging.delete(key)
        except Exception:
            pass  # gone already, or the TTL will remove it

    def _body_store(self):
        if self._bodies is None:
            raise RuntimeError("Bus.ensure_streams() must run before bodies are stored or read")
        return self._bodies

    async def on_events(self, subject: str, handler: Callable[[AnyEvent], Awaitable[None]]):
        """Core subscription: every live event on ``subject`` (no history, no queue group)."""

        async def deliver(msg: Msg) -> None:
            await handler(decode_event(msg.data))

        return await self.nc.subscribe(subject, cb=deliver)

    async def serve(self, subject: str, group: str, handler: Callable[[AnyEvent], Awaitable[Event | None]]):
        """Core NATS queue subscription for verdict work: each live event on ``subject`` goes to one member of ``group``.

        Replicas in the same queue group share the work as with ``consume`` (the server
        hands each message to exactly one member), but nothing is stored, acknowledged or
        redelivered. That is what a verdict needs: the egress waits for it only until its
        deadline (2 s) and then fails closed, so JetStream's redelivery after a 30 s ack
        wait would answer a request nobody waits for any more, while the ack and the
        consumer's bookkeeping cost latency on every request (measured ~0.1 ms p50 per
        round trip on loopback). An event that arrives while no member is subscribed is
        dropped, and its request is refused at the deadline. Use ``consume`` for work that
        must not be lost, such as charging a budget from ``response.completed``.

        A handler that returns an event answers with it (request/reply): that is how the
        egress puts a tool call to the guard without recording the call's raw input.

        Stop with ``await subscription.drain()`` to finish the events already delivered.
        """

        async def deliver(msg: Msg) -> None:
            answer = await handler(decode_event(msg.data))
            if answer is not None and msg.reply:
                await msg.respond(encode_event(answer))

        return await self.nc.subscribe(subject, queue=group, cb=deliver)

    async def consume(self, subject: str, group: str, handler: Callable[[AnyEvent], Awaitable[None]]):
        """Durable JetStream consumer shared by every replica of ``group``: each event goes to one replica.

        New consumers start with new events; a restarted group resumes where it stopped, and
        an event whose handler fails is redelivered after the ack wait (30 s). For work that
        must not be lost; verdicts, which expire with their request, use ``serve``.
        """

        async def deliver(msg: Msg) -> None:
            await handler(decode_event(msg.data))
            await msg.ack()

        return await self._durable(subject, group, deliver)

    async def consume_unacked(self, subject: str, group: str, handler: Callable[[AnyEvent, Callable[[], Awaitable[None]]], Awaitable[None]]):
        """As ``consume``, but the handler acknowledges: it gets ``(event, ack)`` and awaits ``ack()`` when done.

        For handlers that finish their work later (batched writes): an event stays
        unacknowledged until ``ack()`` is awaited, and one never acknowledged (handler
        failed, process died) is redelivered after the ack wait (30 s). Acknowledge within
        that wait, or the event is delivered again while still being worked on.
        """

        async def deliver(msg: Msg) -> None:
            await handler(decode_event(msg.data), msg.ack)

        return await self._durable(subject, group, deliver)

    async def _durable(self, subject: str, group: str, deliver: Callable[[Msg], Awaitable[None]]):
        return await self.js.subscribe(
            subject,
            queue=group,
            durable=group,
            cb=deliver,
            manual_ack=True,
            config=ConsumerConfig(deliver_policy=DeliverPolicy.NEW, ack_wait=30),
        )

    async def close(self) -> None:
        if not self.nc.is_closed:
            await self.nc.drain()
