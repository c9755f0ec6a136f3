"""The bus: one NATS connection with JetStream, and the few operations services need.

Events are published through JetStream onto subjects the ``LOCKGATE_EVENTS``
stream captures, each with its id as ``Nats-Msg-Id`` (a re-published event is
stored once): one connection keeps them in order, and each storage
acknowledgement is tracked in the background, so only the callers that must know
an event is stored before going on wait for it (``recorded``). Request bodies too
large for an event live in the ``lockgate-bodies`` object store.

Each process connects as the NATS identity of the service it runs (``nats_auth.py``):
the server lets it publish and subscribe only its own row of the permission table, and
replies reach it on an inbox prefix only it can read.

In-process delivery (``Bus.connect(..., in_process=True)``, what ``lockgate up`` uses): when
worker replicas run in the same process as the gateway, on the same bus, the bus hands that
process's own events and requests to them directly instead of through a round trip to the
nats-server and back, which costs about 0.1-0.2 ms per hop in Python. Nothing else changes:
every event is still published (and recorded) as before, each handler gets its own decoded
copy (the event contract stays the only coupling), and other processes see the same events.
An event this process's replicas took carries the ``Lockgate-In-Process`` header naming their
groups, so the groups' replicas elsewhere skip it and each event is still handled once per
group. Such a bus connects with ``no_echo``: NATS does not hand it back what it published,
since its own subscribers had that in process already. One connection keeps the process's
events in order in the stream. While NATS is unreachable nothing is delivered in process,
since what would be decided could not be recorded: requests then fail closed at their
deadline, as they do without in-process delivery.

An event is believed only on its own subject (``subject_for``): a verdict naming stage X
that arrives on another stage's subject is dropped, so holding one stage's credential is
not enough to speak for another.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

import msgspec
import nats
from nats.aio.client import Client
from nats.aio.msg import Msg
from nats.errors import NoRespondersError
from nats.errors import TimeoutError as NatsTimeoutError
from nats.js.api import ConsumerConfig, DeliverPolicy, ObjectMeta, ObjectMetaOptions
from nats.js.errors import NotFoundError

from schemas import subjects
from schemas.events import AnyEvent, Event, RequestReceived, ToolUseVerdict, Verdict, decode_event, encode_event
from services.common.nats_auth import NatsAccess, inbox_prefix
from services.common.provision import provision

log = logging.getLogger("lockgate.bus")

BODY_CHUNK_BYTES = 768 * 1024
"""Object-store chunk size for large bodies: under NATS's default 1 MiB payload limit."""


MSG_ID_HEADER = "Nats-Msg-Id"
"""The event's id: the stream stores a re-published event once (within its duplicate window)."""
STORE_DEADLINE_S = 5.0
"""An event the stream has not acknowledged by then counts as unrecorded."""
IN_PROCESS_HEADER = "Lockgate-In-Process"
"""On an event replicas in the publishing process took: their queue groups, comma-separated."""

EventHandler = Callable[[AnyEvent], Awaitable[None]]
RequestHandler = Callable[[bytes], Awaitable[bytes | None]]
AckingHandler = Callable[[AnyEvent, Callable[[], Awaitable[None]]], Awaitable[None]]
"""Gets an event and its ``ack``, and awaits ``ack()`` once the event's work is done."""


class NoReplica(Exception):
    """No replica of the asked stage is subscribed."""


class NoAnswer(Exception):
    """The asked stage did not answer before the deadline, or failed without answering."""


class NotRecorded(Exception):
    """The stream did not acknowledge storing an event that must be recorded before going on."""


class Publication:
    """An event on its way into the stream: what was published, and the storage acknowledgement to come."""

    __slots__ = ("subject", "data", "headers", "ack")

    def __init__(self, subject: str, data: bytes, headers: dict[str, str]):
        self.subject, self.data, self.headers = subject, data, headers
        self.ack: asyncio.Future | None = None
        """None for a core publish (``acknowledged=False``), which has no acknowledgement to wait for."""


class NatsUnavailable(Exception):
    """NATS could not be reached, or refused us, within the start-up deadline."""


class MissingCredential(Exception):
    """This process was not given the NATS credential of the identity it must connect as."""


class NotProvisioned(Exception):
    """A JetStream resource this service binds to does not exist, and this identity may not create it."""


class LocalDelivery:
    """The replicas, listeners and responders on a bus that delivers in process (module docstring)."""

    def __init__(self) -> None:
        self.servers: dict[str, list[tuple[str, EventHandler]]] = {}
        """Subject -> (queue group, handler) of the replicas (``serve``)."""
        self.listeners: list[tuple[str, EventHandler]] = []
        """(subject pattern, handler) of the plain subscribers (``on_events``)."""
        self.listening: dict[str, list[EventHandler]] = {}
        """Subject -> the handlers of ``listeners`` whose pattern matches it; emptied when they change."""
        self.responders: dict[str, RequestHandler] = {}
        """Request subject -> the replica that answers it (``answer``)."""

    def recipients(self, subject: str) -> tuple[dict[str, EventHandler], list[EventHandler]]:
        """One replica per queue group (as NATS would pick one), and every listener, for ``subject``."""
        servers: dict[str, EventHandler] = {}
        for group, handler in self.servers.get(subject, ()):
            servers.setdefault(group, handler)
        listeners = self.listening.get(subject)
        if listeners is None:
            listeners = self.listening[subject] = [h for pattern, h in self.listeners if subject_matches(pattern, subject)]
        return servers, listeners


def subject_matches(pattern: str, subject: str) -> bool:
    """NATS subject matching: ``*`` is one token, a final ``>`` one or more."""
    wanted, tokens = pattern.split("."), subject.split(".")
    for i, token in enumerate(wanted):
        if token == ">":
            return len(tokens) > i
        if i >= len(tokens) or (token != "*" and token != tokens[i]):
            return False
    return len(wanted) == len(tokens)


def believed(msg: Msg) -> AnyEvent | None:
    """The message's event, if it is one and arrived on its own subject; anything else is dropped and logged
    (an event on another stage's subject is a forgery; an undecodable one must not stop a consumer)."""
    try:
        event = decode_event(msg.data)
    except (msgspec.DecodeError, msgspec.ValidationError) as exc:
        log.warning("dropped a message on %s that is not a Lockgate event (%s)", msg.subject, type(exc).__name__)
        return None
    if subject_for(event) != msg.subject:
        log.warning("dropped a %s event that arrived on %s instead of %s", type(event).__name__, msg.subject, subject_for(event))
        return None
    return event


def subject_for(event: Event) -> str:
    if isinstance(event, Verdict):
        return subjects.verdict_subject(event.stage)
    if isinstance(event, ToolUseVerdict):
        return subjects.tool_use_verdict_subject(event.stage)
    return subjects.SUBJECT_BY_TYPE[str(type(event).__struct_config__.tag)]


class ConnectionProblems:
    """Connection trouble as one log line per change (never a traceback per retry), and the latest for start-up errors."""

    def __init__(self, who: str):
        self.who = who
        self.last = ""
        self.closing = False
        """Set by ``Bus.close``: the disconnection that follows is ours, not news."""
        self.connected_once = False
        """Until then a failure is reported once, by ``Bus.connect`` raising ``NatsUnavailable``."""

    async def on_error(self, error: Exception) -> None:
        message = f"{type(error).__name__}: {error}"
        if message != self.last and self.connected_once:
            log.warning("NATS (%s): %s", self.who, message)
        self.last = message

    async def on_disconnected(self) -> None:
        if self.closing:
            return
        log.warning("NATS (%s): disconnected; reconnecting, and failing closed meanwhile", self.who)

    async def on_reconnected(self) -> None:
        self.last = ""
        log.warning("NATS (%s): reconnected", self.who)


class Bus:
    """A connected NATS client plus Lockgate's streams. Create with ``await Bus.connect(...)``."""

    def __init__(self, nc: Client, in_process: bool = False, may_provision: bool = True, acknowledged: bool = True):
        self.nc = nc
        self.acknowledged = acknowledged
        """Publish events through JetStream and track each storage acknowledgement (False: core publishes, for
        comparison in benchmarks; an event the server cannot store is then lost without anyone knowing)."""
        self.unrecorded = 0
        """Events the stream never acknowledged, since start."""
        self.js = nc.jetstream()
        self.local = LocalDelivery() if in_process else None
        """This process's replicas, to hand its own events and requests to directly (module docstring)."""
        self.may_provision = may_provision
        """Whether this identity creates missing JetStream resources (admin, or a NATS without authorization)."""
        self._stores: dict = {}
        self._provisioned = False
        self._problems: ConnectionProblems | None = None
        self._running: set[asyncio.Task] = set()

    @classmethod
    async def connect(
        cls,
        access: NatsAccess | str,
        identity: str = "",
        in_process: bool = False,
        acknowledged: bool = True,
    ) -> Bus:
        """Connect as ``identity`` (its seed from ``access.credentials``; none: anonymously, for a NATS without
        authorization), with in-process delivery if asked (module docstring)."""
        if isinstance(access, str):
            access = NatsAccess(access)
        options: dict = {"name": f"lockgate-{identity}" if identity else "lockgate"}
        if access.credentials is not None:
            if not identity:
                raise ValueError("an authenticated connection needs an identity")
            seed = access.credentials.seed_file(identity)
            if not seed.is_file():
                raise MissingCredential(f"no NATS credential for the {identity} identity: {seed} is missing")
            options.update(nkeys_seed=str(seed), inbox_prefix=inbox_prefix(identity))
        if access.tls is not None:
            options["tls"] = access.tls
        who = identity or "anonymous"
        problems = ConnectionProblems(who)
        try:
            nc = await asyncio.wait_for(
                nats.connect(
                    access.url,
                    max_reconnect_attempts=-1,
                    reconnect_time_wait=0.5,
                    no_echo=in_process,
                    error_cb=problems.on_error,
                    disconnected_cb=problems.on_disconnected,
                    reconnected_cb=problems.on_reconnected,
                    **options,
                ),
                access.connect_timeout_s,
            )
        except (TimeoutError, OSError, nats.errors.Error) as exc:
            reason = problems.last or f"{type(exc).__name__}: {exc}"
            where = access.url if isinstance(access.url, str) else ", ".join(access.url)
            raise NatsUnavailable(f"could not connect to NATS at {where} as {who} within {access.connect_timeout_s:g} s ({reason})") from None
        bus = cls(nc, in_process, may_provision=access.credentials is None or identity == "admin", acknowledged=acknowledged)
        bus._problems = problems
        problems.connected_once = True
        return bus

    @property
    def in_process(self) -> bool:
        return self.local is not None

    async def ensure_streams(self) -> None:
        """Create missing resources where this identity may (``provision.py``), and check the event stream exists."""
        await self._provision()
        try:
            await self.js.stream_info(subjects.STREAM)
        except NotFoundError:
            raise NotProvisioned(f"stream {subjects.STREAM} does not exist: run `lockgate nats provision`") from None

    async def _provision(self) -> None:
        if self.may_provision and not self._provisioned:
            await provision(self.js)
            self._provisioned = True

    async def _object_store(self, bucket: str):
        """Bound on first use: each identity may open only the stores its row names."""
        store = self._stores.get(bucket)
        if store is None:
            await self._provision()
            try:
                store = self._stores[bucket] = await self.js.object_store(bucket)
            except NotFoundError:
                raise NotProvisioned(f"object store {bucket} does not exist: run `lockgate nats provision`") from None
        return store

    async def key_value(self, bucket: str):
        """Bind to a KV bucket, creating it first where this identity may."""
        await self._provision()
        try:
            return await self.js.key_value(bucket)
        except NotFoundError:
            raise NotProvisioned(f"KV bucket {bucket} does not exist: run `lockgate nats provision`") from None

    @property
    def connected(self) -> bool:
        return self.nc.is_connected

    async def ready(self, timeout_s: float = 0.5) -> bool:
        """Connected, and the event stream answers within ``timeout_s`` (a paused server must not hang a probe)."""
        if not self.nc.is_connected:
            return False
        try:
            await asyncio.wait_for(self.js.stream_info(subjects.STREAM), timeout_s)
        except Exception:
            return False
        return True

    async def emit(self, event: Event) -> Publication:
        """Publish the event for the stream to store; with in-process delivery, also hand it to this process's
        replicas and subscribers. The storage acknowledgement arrives in the background: ``await bus.recorded(p)``
        where an event must be stored before going on; an event never acknowledged is logged and counted."""
        subject = subject_for(event)
        data = encode_event(event)
        headers = {MSG_ID_HEADER: event.event_id}
        handlers: list[EventHandler] = []
        if self.local is not None and self.nc.is_connected:
            servers, listeners = self.local.recipients(subject)
            if servers:
                headers[IN_PROCESS_HEADER] = ",".join(servers)
            handlers = [*servers.values(), *listeners]
        publication = Publication(subject, data, headers)
        await self._publish(publication)
        for handler in handlers:
            self._start(handler(decode_event(data)))
        return publication

    async def _publish(self, publication: Publication) -> None:
        if not self.acknowledged:
            await self.nc.publish(publication.subject, publication.data, headers=publication.headers)
            return
        try:
            ack = await self.js.publish_async(publication.subject, publication.data, wait_stall=STORE_DEADLINE_S,
                                              headers=dict(publication.headers))
        except Exception as exc:  # too many unacknowledged publishes: the server is not storing
            ack = asyncio.get_running_loop().create_future()
            ack.set_exception(exc)
        timer = asyncio.get_running_loop().call_later(STORE_DEADLINE_S, ack.cancel)
        ack.add_done_callback(lambda done: self._acknowledged(done, timer, publication.subject))
        publication.ack = ack

    def _acknowledged(self, ack: asyncio.Future, timer: asyncio.TimerHandle, subject: str) -> None:
        timer.cancel()
        if ack.cancelled() or ack.exception() is not None:
            self.unrecorded += 1
            reason = "no acknowledgement in time" if ack.cancelled() else type(ack.exception()).__name__
            log.error("an event on %s was not stored (%s); %d unrecorded so far", subject, reason, self.unrecorded)

    async def recorded(self, publication: Publication) -> None:
        """Return once the stream stored the event; publish it once more (same ``Nats-Msg-Id``, so it is stored
        once) if the first try was not acknowledged; raise ``NotRecorded`` if that fails too."""
        for attempt in range(2):
            if attempt:
                await self._publish(publication)
            if publication.ack is None:
                return
            await asyncio.wait([publication.ack])
            if not publication.ack.cancelled() and publication.ack.exception() is None:
                return
        raise NotRecorded(f"the stream did not acknowledge the {publication.subject} event")

    def _start(self, work: Awaitable[None]) -> None:
        task = asyncio.ensure_future(work)
        self._running.add(task)
        task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Task) -> None:
        self._running.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("in-process handler failed: %s", type(task.exception()).__name__)  # its message may quote the event

    async def put_body(self, key: str, body: bytes) -> None:
        """Store in large chunks: the client joins chunks by concatenation, quadratic in their number."""
        meta = ObjectMeta(name=key, options=ObjectMetaOptions(max_chunk_size=BODY_CHUNK_BYTES))
        await (await self._object_store(subjects.BODY_BUCKET)).put(key, body, meta=meta)

    async def request_body(self, event: RequestReceived) -> bytes:
        """The request's JSON body, from the event or from the object store."""
        if not event.body_ref:
            return bytes(event.body)
        result = await (await self._object_store(subjects.BODY_BUCKET)).get(event.body_ref)
        return result.data

    async def stage(self, key: str, data: bytes) -> None:
        """Put a body in the memory-only staging store (for a masking request too large for one message)."""
        meta = ObjectMeta(name=key, options=ObjectMetaOptions(max_chunk_size=BODY_CHUNK_BYTES))
        await (await self._object_store(subjects.STAGING_BUCKET)).put(key, data, meta=meta)

    async def take_staged(self, key: str) -> bytes:
        """Read a staged body and delete it, so it lives no longer than its use."""
        data = (await (await self._object_store(subjects.STAGING_BUCKET)).get(key)).data
        await self.discard_staged(key)
        return data

    async def discard_staged(self, key: str) -> None:
        try:
            await (await self._object_store(subjects.STAGING_BUCKET)).delete(key)
        except Exception:
            pass  # gone already, or the TTL will remove it

    async def on_events(self, subject: str, handler: EventHandler) -> Subscription:
        """Core subscription: every live event on ``subject`` (no history, no queue group)."""
        entry = (subject, handler)

        async def deliver(msg: Msg) -> None:
            event = believed(msg)
            if event is not None:
                await handler(event)

        def forget() -> None:
            if self.local is not None:
                self.local.listeners.remove(entry)
                self.local.listening.clear()

        if self.local is not None:
            self.local.listeners.append(entry)
            self.local.listening.clear()
        return await self._subscribed(self.nc.subscribe(subject, cb=deliver), forget)

    async def serve(self, subject: str, group: str, handler: EventHandler) -> Subscription:
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

        With in-process delivery, events this bus emits go to this replica directly, and
        every replica of ``group`` skips them when NATS delivers them (see the module docstring).

        Stop with ``await subscription.drain()`` to finish the events already delivered.
        """
        entry = (group, handler)

        async def deliver(msg: Msg) -> None:
            if msg.headers and group in msg.headers.get(IN_PROCESS_HEADER, "").split(","):
                return  # taken by a replica of this group in the publishing process
            event = believed(msg)
            if event is not None:
                await handler(event)

        def forget() -> None:
            if self.local is not None:
                self.local.servers[subject].remove(entry)

        if self.local is not None:
            self.local.servers.setdefault(subject, []).append(entry)
        return await self._subscribed(self.nc.subscribe(subject, queue=group, cb=deliver), forget)

    async def answer(self, subject: str, group: str, handler: RequestHandler) -> Subscription:
        """Answer requests on ``subject`` (request/reply, outside the recorded stream), shared by ``group``.

        For questions whose payload must not be recorded, such as a tool call's raw input
        or text still to be masked. ``handler`` gets the request's bytes and returns the
        reply's (``None``: no reply, the asker times out). With in-process delivery,
        ``request`` on this bus asks this replica directly.
        """

        async def deliver(msg: Msg) -> None:
            reply = await handler(msg.data)
            if reply is not None and msg.reply:
                await msg.respond(reply)

        def forget() -> None:
            if self.local is not None and self.local.responders.get(subject) is handler:
                del self.local.responders[subject]

        if self.local is not None:
            self.local.responders[subject] = handler
        return await self._subscribed(self.nc.subscribe(subject, queue=group, cb=deliver), forget)

    async def _subscribed(self, subscribing: Awaitable, forget: Callable[[], None]) -> Subscription:
        """Return once the server has the subscription, so whoever publishes next reaches it."""
        subscription = Subscription(await subscribing, forget)
        await self.nc.flush()
        return subscription

    async def request(self, subject: str, payload: bytes, timeout_s: float) -> bytes:
        """Ask one replica of the stage answering ``subject``; raises ``NoReplica`` or ``NoAnswer``."""
        handler = self.local.responders.get(subject) if self.local is not None and self.nc.is_connected else None
        if handler is not None:
            try:
                reply = await asyncio.wait_for(handler(payload), timeout_s)
            except TimeoutError:
                raise NoAnswer(f"no answer on {subject} within {timeout_s * 1000:.0f} ms") from None
            except Exception as exc:
                log.error("in-process answer on %s failed: %s", subject, type(exc).__name__)  # its message may quote the text
                raise NoAnswer(f"the replica answering {subject} failed ({type(exc).__name__})") from None
            if reply is None:
                raise NoAnswer(f"the replica answering {subject} sent no answer")
            return reply
        try:
            return (await self.nc.request(subject, payload, timeout=timeout_s)).data
        except NoRespondersError:
            raise NoReplica(f"no replica answers {subject}") from None
        except (TimeoutError, NatsTimeoutError):
            raise NoAnswer(f"no answer on {subject} within {timeout_s * 1000:.0f} ms") from None

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

    async def consume_in_batches(
        self,
        subject: str,
        group: str,
        handler: AckingHandler,
        interval_s: float,
    ) -> Puller:
        """A durable JetStream pull consumer shared by ``group``, pulled at most once per ``interval_s``.

        For work done in batches anyway (budget charges, written at most once per interval):
        one pull fetches what accumulated, instead of one push delivery per event on the
        request path. The handler gets ``(event, ack)`` and awaits ``ack()`` once its work
        is done; an event never acknowledged (handler failed, process died) is redelivered
        after the ack wait (30 s), so acknowledge within it. Replicas share the consumer:
        each event goes to one of them.
        """
        subscription = await self.js.pull_subscribe(
            subject, durable=group, stream=subjects.STREAM, config=ConsumerConfig(deliver_policy=DeliverPolicy.NEW, ack_wait=30)
        )
        return Puller(subscription, handler, interval_s)

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
        """Drain what is pending; without a connection to drain through, just close."""
        if self._problems is not None:
            self._problems.closing = True
        if self.nc.is_closed:
            return
        if self.nc.is_connected:
            await self.nc.drain()
            return
        try:
            await self.nc.close()
        except ConnectionError:  # the server went away: nothing left to flush to it
            pass


class Puller:
    """Pulls a pull consumer's events in batches (at most ``PULL_BATCH``, one pull per interval) until stopped."""

    PULL_BATCH = 256
    IDLE_WAIT_S = 5.0
    """With nothing pending, one pull waits this long for the next event instead of asking again and again."""

    def __init__(self, subscription, handler: AckingHandler, interval_s: float):
        self._subscription = subscription
        self._handler = handler
        self._interval_s = interval_s
        self._task = asyncio.create_task(self._pull())

    async def _pull(self) -> None:
        while True:
            try:
                messages = await self._subscription.fetch(self.PULL_BATCH, timeout=self.IDLE_WAIT_S)
            except (TimeoutError, NatsTimeoutError):
                continue
            except Exception as exc:  # disconnected, consumer gone: retry after the interval, events wait in the stream
                log.warning("pull from %s failed: %s", self._subscription, type(exc).__name__)
                await asyncio.sleep(max(self._interval_s, 0.5))
                continue
            for message in messages:
                event = believed(message)
                if event is None:
                    await message.ack()
                    continue
                try:
                    await self._handler(event, message.ack)
                except Exception as exc:  # left unacknowledged: redelivered after the ack wait; keep pulling the rest
                    log.error("handler failed on an event from %s: %s", self._subscription, type(exc).__name__)
            await asyncio.sleep(self._interval_s)

    async def unsubscribe(self) -> None:
        """Stop pulling; events pulled and not acknowledged come back to the group after the ack wait."""
        self._task.cancel()
        try:
            await self._task
        except asyncio.CancelledError:
            pass
        await self._subscription.unsubscribe()


class Subscription:
    """A NATS subscription plus this bus's in-process registration of the same handler; both end together."""

    def __init__(self, subscription, forget: Callable[[], None]):
        self._subscription = subscription
        self._forget: Callable[[], None] | None = forget

    async def unsubscribe(self) -> None:
        self._forget_once()
        await self._subscription.unsubscribe()

    async def drain(self) -> None:
        """Take no new work, finish what NATS already delivered."""
        self._forget_once()
        await self._subscription.drain()

    def _forget_once(self) -> None:
        forget, self._forget = self._forget, None
        if forget is not None:
            forget()
