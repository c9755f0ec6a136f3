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

Messages move through transports (``transports.py``): always the NATS one, and with in-process
delivery (``Bus.connect(..., in_process=True)``, what ``lockgate up`` uses) a local one too. When
worker replicas run in the same process as the gateway, on the same bus, the local transport hands
that process's own events and requests to them directly instead of through a round trip to the
nats-server and back, which costs about 0.1-0.2 ms per hop in Python. Both transports run a
subscription's handlers alike (``on_events``: one event at a time, in order; ``serve`` and
``answer``: up to ``WORK_CONCURRENCY`` at once), drain alike, and fail requests alike
(``NoReplica``, ``NoAnswer``). Nothing else changes: every event is still published (and
recorded) as before, each handler gets its own decoded copy (the event contract stays the only
coupling), and other processes see the same events. An event this process's replicas took carries the
``IN_PROCESS_HEADER`` of the contract (``schemas/subjects.py``) naming their groups, so the
groups' replicas elsewhere skip it and each event is still handled once per group. Such a bus
connects with ``no_echo``: NATS does not hand it back what it published, since its own
subscribers had that in process already. One connection keeps the process's events in order in
the stream. While NATS is unreachable nothing is delivered in process, since what would be
decided could not be recorded: requests then fail closed at their deadline, as they do without
in-process delivery.

An event is believed only on its own subject (``subject_for``): a verdict naming stage X
that arrives on another stage's subject is dropped, so holding one stage's credential is
not enough to speak for another.
"""

from __future__ import annotations

import asyncio
import collections
import logging
from collections.abc import Awaitable, Callable

import msgspec
import nats
from nats.aio.client import PING_PROTO, Client
from nats.aio.msg import Msg
from nats.errors import TimeoutError as NatsTimeoutError
from nats.js.api import ConsumerConfig, DeliverPolicy, ObjectMeta, ObjectMetaOptions
from nats.js.errors import APIError, NoStreamResponseError, NotFoundError, TooManyStalledMsgsError

from schemas import subjects
from schemas.events import AnyEvent, Event, RequestReceived, ToolUseVerdict, Verdict, decode_event, encode_event
from services.common.nats_auth import NatsAccess, inbox_prefix
from services.common.provision import provision
from services.common.pull import BatchPull
from services.common.transports import LocalTransport, Message, MessageHandler, NatsTransport, TransportSubscription
from services.common.transports import NoAnswer as NoAnswer
from services.common.transports import NoReplica as NoReplica

log = logging.getLogger("lockgate.bus")

BODY_CHUNK_BYTES = 768 * 1024
"""Object-store chunk size for large bodies: under NATS's default 1 MiB payload limit."""


MSG_ID_HEADER = "Nats-Msg-Id"
"""The event's id: the stream stores a re-published event once (within its duplicate window)."""
STORE_DEADLINE_S = 5.0
"""An event the stream has not acknowledged by then counts as unrecorded."""
CLOSE_DEADLINE_S = 5.0
"""How long closing waits for each of in-process handlers and the NATS drain: every handler works under its own
fail-closed deadline of a few seconds, so one still running after this is stuck."""
WORK_CONCURRENCY = 64
"""Handlers of one ``serve`` or ``answer`` subscription running at once, on either transport: each message is one
request's own work, and one at a time, a handler that awaits anything (a KV read, one yield) caps a replica at one
request per turn of a busy event loop. ``on_events`` listeners get their events one at a time, in order."""

EventHandler = Callable[[AnyEvent], Awaitable[None]]
RequestHandler = Callable[[bytes], Awaitable[bytes | None]]
AckingHandler = Callable[[AnyEvent, Callable[[], Awaitable[None]]], Awaitable[None]]
"""Gets an event and its ``ack``, and awaits ``ack()`` once the event's work is done."""


class NotRecorded(Exception):
    """The stream did not acknowledge storing an event that must be recorded before going on."""


class Publication:
    """An event on its way into the stream: what was published, and the storage acknowledgement to come."""

    __slots__ = ("subject", "data", "headers", "ack")

    def __init__(self, subject: str, data: bytes, headers: dict[str, str]):
        self.subject, self.data, self.headers = subject, data, headers
        self.ack: asyncio.Future | None = None
        """None for a core publish (``acknowledged=False``), which has no acknowledgement to wait for."""


class StorageRefusal(msgspec.Struct):
    """Why the stream did not store a publish (JetStream's API error)."""

    code: int = 0
    err_code: int = 0
    description: str = ""


class StorageAck(msgspec.Struct):
    """The stream's answer to a JetStream publish: where it stored the event, or why it did not."""

    stream: str = ""
    seq: int = 0
    duplicate: bool = False
    error: StorageRefusal | None = None


_decode_storage_ack = msgspec.json.Decoder(StorageAck).decode


Unstored = Callable[[str, str], None]
"""Told the subject of an event the stream did not store, and why."""


class StorageAcks:
    """The storage acknowledgements of one connection's JetStream publishes, as nats-py's ``publish_async`` gives
    them (each publish names its reply subject; the stream's answer resolves its future; at most ``MAX_PENDING``
    awaited, a publish past that waits up to ``STORE_DEADLINE_S`` for room), at a fraction of its CPU: no task, no
    random token and no JSON-to-dataclass per publish, no timer or callback per event (one sweep cancels those
    unanswered after ``STORE_DEADLINE_S``), and on a ``DirectClient`` each answer settled as it is read.
    ``unstored`` hears of every event the stream refused or left unanswered."""

    MAX_PENDING = 4000
    """nats-py's own bound on acknowledgements awaited at once."""
    NO_RESPONDERS = "503"
    SWEEP_INTERVAL_S = 0.25
    """How often unanswered acknowledgements past their deadline are given up: ``STORE_DEADLINE_S`` is kept to this."""

    def __init__(self, nc: Client, unstored: Unstored | None = None):
        self._nc = nc
        self._unstored = unstored
        self._prefix = ""
        self._subscribed: asyncio.Future | None = None
        self._count = 0
        self._pending: dict[str, tuple[asyncio.Future, str]] = {}
        """Token -> the acknowledgement's future and the event's subject, in publishing order (so in deadline order)."""
        self._deadlines: collections.deque[tuple[float, str]] = collections.deque()
        self._sweeper: asyncio.Task | None = None
        self._room = asyncio.Event()
        self._room.set()

    async def publish(self, subject: str, data: bytes, headers: dict[str, str]) -> asyncio.Future:
        """Publish through JetStream; returns the future of the stream's ``StorageAck`` (an exception if it refused)."""
        if self._subscribed is None:
            self._subscribed = asyncio.ensure_future(self._subscribe())
        try:
            await self._subscribed
        except Exception:
            self._subscribed = None  # the next publish tries again
            raise
        if len(self._pending) >= self.MAX_PENDING:
            try:
                await asyncio.wait_for(self._room.wait(), STORE_DEADLINE_S)
            except TimeoutError:
                raise TooManyStalledMsgsError from None
        self._count += 1
        token = str(self._count)
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        self._pending[token] = (future, subject)
        self._deadlines.append((loop.time() + STORE_DEADLINE_S, token))
        if len(self._pending) >= self.MAX_PENDING:
            self._room.clear()
        if self._sweeper is None or self._sweeper.done():
            self._sweeper = asyncio.create_task(self._sweep())
        await self._nc.publish(subject, data, reply=self._prefix + token, headers=headers)
        return future

    async def _subscribe(self) -> None:
        """One wildcard subscription under this identity's inbox prefix, the only replies it may read."""
        prefix = self._nc.new_inbox() + "."
        if isinstance(self._nc, DirectClient):
            await self._nc.subscribe_direct(prefix + "*", self._answered)
        else:
            await self._nc.subscribe(prefix + "*", cb=self._answered_later)
        self._prefix = prefix

    def stop(self) -> None:
        """Stop sweeping (the connection is closed: no acknowledgement can come any more)."""
        if self._sweeper is not None:
            self._sweeper.cancel()

    async def _sweep(self) -> None:
        """Give up the acknowledgements unanswered past their deadline; ends when none is awaited."""
        loop = asyncio.get_running_loop()
        while self._deadlines:
            await asyncio.sleep(self.SWEEP_INTERVAL_S)
            now = loop.time()
            while self._deadlines and (self._deadlines[0][1] not in self._pending or self._deadlines[0][0] <= now):
                _, token = self._deadlines.popleft()
                if token in self._pending:
                    self._settle(token, None, "no acknowledgement in time")

    def _settle(self, token: str, result: StorageAck | None, failure: str = "", error: BaseException | None = None) -> None:
        future, subject = self._pending.pop(token)
        if len(self._pending) < self.MAX_PENDING:
            self._room.set()
        if future.done():
            return
        if result is not None:
            future.set_result(result)
            return
        if error is None:
            future.cancel()
        else:
            future.set_exception(error)
            future.exception()  # its failure is reported here, not as an unretrieved exception
        if self._unstored is not None:
            self._unstored(subject, failure)

    async def _answered_later(self, msg: Msg) -> None:
        self._answered(msg)

    def _answered(self, msg: Msg) -> None:
        token = msg.subject[len(self._prefix):]
        if token not in self._pending:
            return
        if msg.headers and msg.headers.get("Status") == self.NO_RESPONDERS:
            self._settle(token, None, "NoStreamResponseError", NoStreamResponseError())
            return
        try:
            ack = _decode_storage_ack(msg.data)
        except msgspec.DecodeError as exc:
            self._settle(token, None, type(exc).__name__, exc)
            return
        if ack.error is not None:
            self._settle(token, None, "APIError", APIError(code=ack.error.code, err_code=ack.error.err_code, description=ack.error.description))
        else:
            self._settle(token, ack)


class DirectClient(Client):
    """nats-py's client with two changes to where its CPU goes and one to its ordering, on nats-py 2.x internals
    (checked against 2.16).

    - Its flusher lets the event loop run more turns between being woken and writing, while each turn adds to what
      is to be written (at most ``FLUSH_TURNS``): the publishes and requests of the handlers those turns run then
      leave in one socket write instead of several (a write is a system call that also runs the server's side of
      loopback TCP; the writes were the gateway's largest cost at c=32: ~11% of its CPU, py-spy). With nothing
      else to run it writes after one turn, as before. The loop is ``Client._flusher`` with that wait added.
    - Replies that only settle a future (its own request/reply inbox: every KV read and write, JetStream API call
      and request; and the bus's storage acknowledgements, ``subscribe_direct``) are handled as the read loop reads
      them, instead of queued for the subscription's task to await a callback: a task switch and a queue per reply
      saved, in the same order.

    And one change to what it guarantees: ``flush()`` returns only once the server has read everything queued
    before it (``_send_ping``)."""

    STATUS_MARK = b"NATS/1.0 "
    """How a server status (404 no messages, 408, 503 no responders...) begins its header block."""
    FLUSH_TURNS = 4
    """Turns of the event loop a flush waits at most for more to write (each one only while the last added some)."""

    def __init__(self) -> None:
        super().__init__()
        self._direct: dict[int, Callable[[Msg], None]] = {}
        self._status_only: set[int] = set()

    async def _send_ping(self, future: asyncio.Future | None = None) -> None:
        """Queue the PING behind what is still waiting for the flusher. nats-py writes it straight to the socket,
        ahead of a SUB just queued, so the server could answer ``flush()`` before it had the subscription and route
        the next publishes past it (seen under load: a subscriber that missed every event sent right after)."""
        self._pongs.append(future if future is not None else asyncio.get_running_loop().create_future())
        await self._send_command(PING_PROTO)
        await self._flush_pending()

    async def subscribe_direct(self, subject: str, handler: Callable[[Msg], None], status_only: bool = False) -> None:
        """Subscribe ``handler``, a plain function that must not raise, called in the read loop for each message;
        ``status_only``: its messages' headers are parsed only when they carry a server status (a pulled event's
        ``Nats-Msg-Id`` is of no use to its consumer, and parsing it cost ~4% of the recorder's CPU)."""
        subscription = await self.subscribe(subject, cb=_never_called)
        self._direct[subscription._id] = handler
        if status_only:
            self._status_only.add(subscription._id)

    async def _init_request_sub(self) -> None:
        await super()._init_request_sub()
        for sid, subscription in self._subs.items():
            if subscription._cb == self._request_sub_callback:
                self._direct[sid] = self._settle_reply

    def _settle_reply(self, msg: Msg) -> None:
        """``Client._request_sub_callback``, without waiting for a task to run it."""
        future = self._resp_map.get(msg.subject[len(self._inbox_prefix) + 22 + 2:])
        if future is not None and not future.done():
            future.set_result(msg)

    async def _process_msg(self, sid: int, subject: bytes, reply: bytes, data: bytes, headers: bytes) -> None:
        handler = self._direct.get(sid)
        if handler is None or sid not in self._subs:
            await super()._process_msg(sid, subject, reply, data, headers)
            return
        self.stats["in_msgs"] += 1
        self.stats["in_bytes"] += len(data)
        if headers and sid in self._status_only and not headers.startswith(self.STATUS_MARK):
            headers = b""
        handler(self._build_message(sid, subject, reply, data, await self._process_headers(headers)))

    async def _gathered(self) -> None:
        """Let the loop run turns while they add to what is pending, up to ``FLUSH_TURNS``."""
        for _ in range(self.FLUSH_TURNS):
            before = self._pending_data_size
            await asyncio.sleep(0)
            if self._pending_data_size == before:
                return

    async def _flusher(self) -> None:
        assert self._transport is not None and self._flush_queue is not None, "Client.connect must be called first"
        while True:
            if not self.is_connected or self.is_connecting:
                break
            future: asyncio.Future = await self._flush_queue.get()
            await self._gathered()
            try:
                if self._pending_data_size > 0:
                    self._transport.writelines(self._pending[:])
                    self._pending = []
                    self._pending_data_size = 0
                    await self._transport.drain()
            except OSError as exc:
                await self._error_cb(exc)
                await self._process_op_err(exc)
                break
            except (asyncio.CancelledError, RuntimeError, AttributeError):
                break  # RuntimeError: the event loop is closed
            finally:
                if not future.done():
                    future.set_result(None)


async def _never_called(msg: Msg) -> None:
    """The callback nats-py requires of a subscription whose messages ``DirectClient`` hands to a plain function."""


class NatsUnavailable(Exception):
    """NATS could not be reached, or refused us, within the start-up deadline."""


class MissingCredential(Exception):
    """This process was not given the NATS credential of the identity it must connect as."""


class NotProvisioned(Exception):
    """A JetStream resource this service binds to does not exist, and this identity may not create it."""


def believed(msg: Message) -> AnyEvent | None:
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

    def __init__(
        self, nc: Client, in_process: bool = False, may_provision: bool = True, acknowledged: bool = True, own_events_only: bool = False
    ):
        self.nc = nc
        self.own_events_only = own_events_only and in_process
        """This process's replicas decide its own requests only, and hear no other process's (one of several gateway
        processes of one ``lockgate up``, each with every stage in process): ``serve`` listens in process alone, so
        another process's events and verdicts are not delivered here only to be skipped (module docstring)."""
        self.acknowledged = acknowledged
        """Publish events through JetStream and track each storage acknowledgement (False: core publishes, for
        comparison in benchmarks; an event the server cannot store is then lost without anyone knowing)."""
        self.unrecorded = 0
        """Events the stream never acknowledged, since start."""
        self.js = nc.jetstream()
        self.storage_acks = StorageAcks(nc, self._unstored)
        self.nats = NatsTransport(nc)
        self.local = LocalTransport() if in_process else None
        """This process's replicas, to hand its own events and requests to directly (module docstring)."""
        self.may_provision = may_provision
        """Whether this identity creates missing JetStream resources (admin, or a NATS without authorization)."""
        self._stores: dict = {}
        self._provisioned = False
        self._problems: ConnectionProblems | None = None

    @classmethod
    async def connect(
        cls,
        access: NatsAccess | str,
        identity: str = "",
        in_process: bool = False,
        acknowledged: bool = True,
        own_events_only: bool = False,
    ) -> Bus:
        """Connect as ``identity`` (its seed from ``access.credentials``; none: anonymously, for a NATS without
        authorization), with in-process delivery if asked, for this process's own events only if asked (module docstring)."""
        if isinstance(access, str):
            access = NatsAccess(access)
        options: dict = {"name": f"lockgate-{identity}" if identity else "lockgate", "reconnect_time_wait": 0.5}
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
        nc = DirectClient()
        try:
            await asyncio.wait_for(
                nc.connect(
                    access.url,
                    max_reconnect_attempts=-1,
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
        bus = cls(nc, in_process, may_provision=access.credentials is None or identity == "admin", acknowledged=acknowledged,
                  own_events_only=own_events_only)
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
        local = self.local if self.local is not None and self.nc.is_connected else None
        if local is not None and (groups := local.groups(subject)):
            headers[subjects.IN_PROCESS_HEADER] = ",".join(groups)
        publication = Publication(subject, data, headers)
        await self._publish(publication)
        if local is not None:
            await local.publish(subject, data)
        return publication

    async def _publish(self, publication: Publication) -> None:
        if not self.acknowledged:
            await self.nats.publish(publication.subject, publication.data, publication.headers)
            return
        try:
            publication.ack = await self.storage_acks.publish(publication.subject, publication.data, publication.headers)
        except Exception as exc:  # too many unacknowledged publishes: the server is not storing
            publication.ack = asyncio.get_running_loop().create_future()
            publication.ack.set_exception(exc)
            publication.ack.exception()  # reported here
            self._unstored(publication.subject, type(exc).__name__)

    def _unstored(self, subject: str, reason: str) -> None:
        self.unrecorded += 1
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

    def decides_here(self, stage: str) -> bool:
        """Whether every request of this process is decided by the stage's replica in this process alone (its
        verdicts come in process, never from NATS): ``own_events_only`` and a replica of that stage runs here."""
        return self.own_events_only and self.local is not None and stage in self.local.groups(subjects.REQUEST_RECEIVED)

    async def on_events(self, subject: str, handler: EventHandler, in_process_only: bool = False) -> Subscription:
        """Core subscription: every live event on ``subject`` (no history, no queue group); ``in_process_only``:
        only this process's own (what only this process's replicas send, see ``decides_here``)."""

        async def deliver(message: Message) -> None:
            event = believed(message)
            if event is not None:
                await handler(event)

        return await self._subscribed(subject, "", deliver, deliver, concurrency=1, from_nats=not in_process_only)

    async def serve(self, subject: str, group: str, handler: EventHandler) -> Subscription:
        """Core NATS queue subscription for verdict work: each live event on ``subject`` goes to one member of ``group``.

        Replicas in the same queue group share the work (the server hands each message to
        exactly one member), but nothing is stored, acknowledged or redelivered: a verdict is
        useful only until the egress's deadline (docs/ARCHITECTURE.md, Scaling). An event that
        arrives while no member is subscribed is dropped, and its request is refused at the
        deadline. Use ``consume_in_batches`` for work that must not be lost, such as charging
        a budget from ``response.completed``.

        With in-process delivery, events this bus emits go to this replica directly, and
        every replica of ``group`` skips them when NATS delivers them (see the module docstring).

        Stop with ``await subscription.drain()`` to finish the events already delivered.
        """

        async def deliver(message: Message) -> None:
            event = believed(message)
            if event is not None:
                await handler(event)

        async def deliver_unless_taken(message: Message) -> None:
            if message.headers and group in message.headers.get(subjects.IN_PROCESS_HEADER, "").split(","):
                return  # taken by a replica of this group in the publishing process
            await deliver(message)

        return await self._subscribed(subject, group, deliver_unless_taken, deliver, WORK_CONCURRENCY, from_nats=not self.own_events_only)

    async def answer(self, subject: str, group: str, handler: RequestHandler) -> Subscription:
        """Answer requests on ``subject`` (request/reply, outside the recorded stream), shared by ``group``.

        For questions whose payload must not be recorded, such as a tool call's raw input
        or text still to be masked. ``handler`` gets the request's bytes and returns the
        reply's (``None``: no reply, the asker hears ``NoAnswer``). With in-process delivery,
        ``request`` on this bus asks this replica directly.
        """

        async def deliver(message: Message) -> bytes | None:
            return await handler(message.data)

        return await self._subscribed(subject, group, deliver, deliver, WORK_CONCURRENCY)

    async def _subscribed(
        self, subject: str, group: str, nats_handler: MessageHandler, in_process: MessageHandler, concurrency: int, from_nats: bool = True
    ) -> Subscription:
        """Subscribed on every transport (``from_nats=False``: in process alone); returns once the server has the
        subscription, so whoever publishes next reaches it."""
        subscriptions = [await self.nats.subscribe(subject, nats_handler, queue=group, concurrency=concurrency)] if from_nats else []
        if self.local is not None:
            subscriptions.insert(0, await self.local.subscribe(subject, in_process, queue=group, concurrency=concurrency))
        return Subscription(subscriptions)

    async def request(self, subject: str, payload: bytes, timeout_s: float) -> bytes:
        """Ask one replica of the stage answering ``subject``, in this process if one is; raises ``NoReplica`` or ``NoAnswer``."""
        if self.local is not None and self.nc.is_connected:
            try:
                return await self.local.request(subject, payload, timeout_s)
            except NoReplica:
                pass
        return await self.nats.request(subject, payload, timeout_s)

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
        available = BatchPull(self.nc, subjects.STREAM, group) if isinstance(self.nc, DirectClient) else None
        return Puller(subscription, handler, interval_s, available)

    async def close(self) -> None:
        """Finish the in-process handlers' work (they may still publish), then drain the NATS connection; each
        for at most ``CLOSE_DEADLINE_S``, so a stuck handler or a server that stopped answering cannot hold a
        shutdown (nats-py's own subscription drain waits without bound)."""
        if self._problems is not None:
            self._problems.closing = True
        if self.local is not None:
            try:
                await asyncio.wait_for(self.local.drain(), CLOSE_DEADLINE_S)
            except TimeoutError:
                log.warning("in-process handlers still running after %.0f s; closing without them", CLOSE_DEADLINE_S)
        try:
            await asyncio.wait_for(self.nats.drain(), CLOSE_DEADLINE_S)
        except TimeoutError:
            log.warning("NATS connection not drained after %.0f s; closing it", CLOSE_DEADLINE_S)
            await self.nats.close()
        self.storage_acks.stop()


class Puller:
    """Pulls a pull consumer's events in batches (at most ``PULL_BATCH``, one pull per interval) until stopped: what
    is available at once through ``available`` (``pull.py``) when given, else or when none is, nats-py's fetch."""

    PULL_BATCH = 256
    IDLE_WAIT_S = 5.0
    """With nothing pending, one pull waits this long for the next event instead of asking again and again."""

    def __init__(self, subscription, handler: AckingHandler, interval_s: float, available: BatchPull | None = None):
        self._subscription = subscription
        self._handler = handler
        self._interval_s = interval_s
        self._available = available
        self._stopping = False
        """Set by ``unsubscribe``: the loop ends at its next turn even if an await in it swallowed the cancellation
        (``asyncio.wait_for`` on Python 3.11 does when its future completes at the same moment)."""
        self._task = asyncio.create_task(self._pull())

    async def _pull(self) -> None:
        while not self._stopping:
            try:
                messages = await self._available.fetch(self.PULL_BATCH) if self._available is not None else []
                if not messages and not self._stopping:
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
        self._stopping = True
        self._task.cancel()
        try:
            await self._task
        except asyncio.CancelledError:
            pass
        await self._subscription.unsubscribe()


class Subscription:
    """One handler's subscriptions on every transport of a bus; they end together."""

    def __init__(self, subscriptions: list[TransportSubscription]):
        self._subscriptions = subscriptions
        """The in-process one first: stopping it first means no event is handed over directly after the stop."""

    async def unsubscribe(self) -> None:
        for subscription in self._subscriptions:
            await subscription.unsubscribe()

    async def drain(self) -> None:
        """Take no new work, finish what was already delivered."""
        for subscription in self._subscriptions:
            await subscription.drain()
