"""The recorder worker: pulls the whole event stream into DuckDB, publishes audit records, answers audit queries.

Its durable pull consumer ``recorder`` (created by the admin, ``provision.py``) delivers every event
on ``lockgate.>`` from the first, and keeps what is not acknowledged: each pulled batch is stored
in one transaction and acknowledged only once committed, so a recorder that dies mid-batch gets
the batch again, and the records' unique event ids store each event once. One recorder per NATS:
a second replica would take half of the events into another file.

The worker pulls its own messages (not ``Bus.consume_in_batches``): it stores the raw bytes of
events it cannot decode too (flagged ``believed = false``, as are events on another event's
subject), where a decoding puller would stop at them.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import msgspec
from nats.aio.msg import Msg
from nats.errors import TimeoutError as NatsTimeoutError
from nats.js.api import AckPolicy
from nats.js.client import JetStreamContext
from nats.js.errors import NotFoundError

from schemas import subjects
from schemas.audit import RecorderAnswer, RecorderAsk
from schemas.events import Identity, RequestReceived, Usage, decode_event
from services.authz.decide import cost_usd
from services.authz.policy import AuthzPolicy
from services.common.bus import Bus, DirectClient, NotProvisioned, Subscription, subject_for
from services.common.config import Config
from services.common.policy_store import FollowedPolicy
from services.common.provision import RECORDER_ACK_WAIT_S
from services.common.pull import BatchPull
from services.common.sealing import InputSealer, SealError
from services.masker.worker import DEFAULT_POLICY, masker_secret
from services.recorder.acks import CumulativeAcks
from services.recorder.masking import PromptMasking
from services.recorder.policy import RecorderPolicy, load_recorder_policy
from services.recorder.record import Row, audit_record, content_hash, conversation_session, head_record, part_places, split_body
from services.recorder.store import QueryRefused, Store

log = logging.getLogger("lockgate.recorder")
RETENTION_INTERVAL_S = 3600.0

STAGE = "recorder"
AUDITOR_ROLE = "auditor"


def holds_role(policy: AuthzPolicy, identity: Identity, role: str) -> bool:
    """Whether the identity holds the policy role by name or through one of its grants (any position in the file)."""
    found = policy.roles.get(role)
    held = set(identity.roles)
    return found is not None and (role in held or not held.isdisjoint(found.grants))


_usage = msgspec.json.Decoder(Usage)
_ask = msgspec.json.Decoder(RecorderAsk)


class RecorderWorker:
    def __init__(self, bus: Bus, config: Config | None = None):
        config = config or Config()
        self.bus = bus
        self.settings = config.recorder
        self.path = Path(self.settings.database) if self.settings.database else config.data_path / "recorder" / "audit.duckdb"
        self.policy = FollowedPolicy(bus, load_recorder_policy, STAGE)
        self.masking = PromptMasking(masker_secret({**os.environ, "LOCKGATE_DATA_DIR": str(config.data_path)}))
        self.masking_version = ""
        self.sealer = _replay_sealer(config)
        """Seals body parts stored masked for ``lockgate replay``; None where this host holds no replay key."""
        self.sessions: dict[str, str] = {}
        """request id -> session, for the events after ``request.received`` (bounded; the file answers the rest)."""
        self.thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="recorder-db")
        self.store: Store | None = None
        self._tasks: list[asyncio.Task] = []
        self._answering: Subscription | None = None
        self._subscription: JetStreamContext.PullSubscription | None = None
        self.cumulative: CumulativeAcks | None = None
        """Set when the consumer acknowledges cumulatively (AckPolicy.ALL, as provisioned since issue 17): one
        acknowledgement per batch. None: one per event (a consumer created before)."""
        self._waiting_ack: Any = None
        """The stored message cumulative.waiting names, acknowledged once nothing below it is missing."""
        self._checked_first_at = 0.0

    @classmethod
    def from_config(cls, bus: Bus, config: Config) -> RecorderWorker:
        """The data directory and the ``[recorder]`` settings decide where and how it writes."""
        return cls(bus, config)

    async def start(self) -> None:
        self.store = await self._db(Store, self.path)
        await self.policy.start()
        try:
            subscription = await self.bus.js.pull_subscribe_bind(durable=subjects.RECORDER_CONSUMER, stream=subjects.STREAM)
            self._subscription = subscription
            info = await self.bus.js.consumer_info(subjects.STREAM, subjects.RECORDER_CONSUMER)
        except NotFoundError:
            raise NotProvisioned(f"consumer {subjects.RECORDER_CONSUMER} does not exist: run `lockgate nats provision`") from None
        if info.config.ack_policy == AckPolicy.ALL:
            held = range(info.ack_floor.stream_seq + 1, info.delivered.stream_seq + 1) if info.num_ack_pending else range(0)
            self.cumulative = CumulativeAcks(held)
        self._answering = await self.bus.answer(subjects.RECORDER_RPC, STAGE, self._answer)
        self._tasks = [asyncio.create_task(self._pull(subscription)), asyncio.create_task(self._publish_heads()), asyncio.create_task(self._retain())]
        log.info("recorder: writing %s from record %d", self.path, self.store.head_seq + 1)

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            try:
                await task
            except asyncio.CancelledError:
                pass
        if self._answering is not None:
            await self._answering.unsubscribe()
        if self._subscription is not None:
            try:
                await self._subscription.unsubscribe()
            except Exception:
                pass  # the connection is gone; the consumer keeps its place
        await self.policy.stop()
        if self.store is not None:
            await self._db(self.store.close)
        self.thread.shutdown(wait=True)

    @property
    def _opened(self) -> Store:
        """The store ``start()`` opened."""
        if self.store is None:
            raise RuntimeError("the recorder's store is not open: start() first")
        return self.store

    async def _db(self, work, *args):
        return await asyncio.get_running_loop().run_in_executor(self.thread, work, *args)

    async def _pull(self, subscription: JetStreamContext.PullSubscription) -> None:
        """What is available at once through ``BatchPull`` (when connected with a ``DirectClient``); with nothing
        available, wait for the next events in nats-py's lingering fetch."""
        available = BatchPull(self.bus.nc, subjects.STREAM, subjects.RECORDER_CONSUMER) if isinstance(self.bus.nc, DirectClient) else None
        while True:
            try:
                messages = await available.fetch(self.settings.batch_size) if available is not None else []
                if not messages:
                    messages = await subscription.fetch(self.settings.batch_size, timeout=5.0)
            except (TimeoutError, NatsTimeoutError):
                continue
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # disconnected: the events wait in the stream
                log.warning("recorder: pull failed (%s); retrying", type(exc).__name__)
                await asyncio.sleep(0.5)
                continue
            try:
                await self._record(messages)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # nothing acknowledged: the batch comes back after the ack wait
                log.error("recorder: storing a batch failed: %s: %s", type(exc).__name__, str(exc)[:200])
                if self.cumulative is not None:
                    self.cumulative.failed([stream_sequence(message) for message in messages])
                await asyncio.sleep(1.0)
                continue
            if len(messages) < self.settings.batch_size:
                await asyncio.sleep(self.settings.batch_interval_s)

    async def _record(self, messages: list) -> None:
        incoming = []
        for message in messages:
            body = None
            if message.subject == subjects.REQUEST_RECEIVED and b'"body_ref":"' in message.data:
                body = await self._large_body(message.data)
            incoming.append((message.subject, message.data, body))
        current = await self.policy.current()
        stored = await self._db(self._store_batch, incoming, current)
        if self.cumulative is None:
            for message in messages:
                await message.ack()
        else:
            await self._acknowledge(messages)
        for row in stored:
            await self.bus.nc.publish(subjects.AUDIT_SUBJECT, msgspec.json.encode(audit_record(row)))

    async def _acknowledge(self, messages: list) -> None:
        """One cumulative acknowledgement for a committed batch, never above an event still to be stored (``acks.py``)."""
        assert self.cumulative is not None
        by_sequence = {stream_sequence(message): message for message in messages}
        if self._waiting_ack is not None:
            by_sequence.setdefault(self.cumulative.waiting, self._waiting_ack)
        sequence = self.cumulative.stored(list(by_sequence))
        if sequence:
            await by_sequence[sequence].ack()
        self._waiting_ack = by_sequence.get(self.cumulative.waiting) if self.cumulative.waiting else None
        if self.cumulative.unstored and time.monotonic() - self._checked_first_at > RECORDER_ACK_WAIT_S:
            self._checked_first_at = time.monotonic()
            first = (await self.bus.js.stream_info(subjects.STREAM)).state.first_seq
            self.cumulative.forget_below(first)

    async def _large_body(self, data: bytes) -> bytes | None:
        try:
            event = decode_event(data)
            return await self.bus.request_body(event) if isinstance(event, RequestReceived) and event.body_ref else None
        except msgspec.DecodeError:
            return None

    def _store_batch(self, incoming: list[tuple[str, bytes, bytes | None]], current) -> list[Row]:
        """On the database thread: mask and split each event, then store the batch in one transaction."""
        policy: RecorderPolicy | None = current[1] if current else None
        if policy is not None and current[0] != self.masking_version:
            self.masking.use(policy.masker)
            self.masking_version = current[0]
        elif policy is None and self.masking_version:
            self.masking.use(DEFAULT_POLICY)
            self.masking_version = ""
        rows = [self._row(subject, data, body, policy) for subject, data, body in incoming]
        return self._opened.append(rows)

    def _row(self, subject: str, data: bytes, large_body: bytes | None, policy: RecorderPolicy | None) -> Row:
        try:
            event = decode_event(data)
            fields: dict[str, Any] = msgspec.json.decode(data)
            believed = subject_for(event) == subject
            kind = str(type(event).__struct_config__.tag)
        except (msgspec.DecodeError, msgspec.ValidationError, KeyError):
            event, believed = None, False
            try:
                fields = msgspec.json.decode(data)
            except msgspec.DecodeError:
                fields = {}
            if not isinstance(fields, dict):
                fields = {}
            fields = fields or {"undecodable": data.decode(errors="replace")[:4096]}
            kind = str(fields.get("type") or "undecodable")
        request_id = str(fields.get("request_id") or "")
        session_id = str(fields.get("session_id") or "")
        contents: dict[str, bytes] = {}
        sealed_parts: dict[str, str] = {}
        session = self.sessions.get(request_id) or ""
        if isinstance(event, RequestReceived):
            body = large_body if large_body is not None else bytes(event.body)
            skeleton, contents, sealed_parts = self._masked_parts(event, body)
            fields["body"] = skeleton
            session = session_id if session_id and session_id != request_id else conversation_session(
                event.identity.issuer, event.identity.subject, skeleton, request_id
            )
            self._remember(request_id, session)
        if not session and request_id and request_id not in self.sessions:
            # Asked of the file once per request (also when it is not there): a query per event was most of a batch's time.
            self._remember(request_id, self._opened.session_of(request_id) or "")
        if not session:
            session = self.sessions.get(request_id) or session_id
        cost = None
        if kind == "response.completed" and policy is not None:
            usage = _usage.decode(msgspec.json.encode(fields.get("usage") or {}))
            cost = cost_usd(policy.authz.prices, str(fields.get("model") or ""), usage)
        stated = _stated_time(fields.get("time"))
        return Row(
            event_id=str(fields.get("event_id") or f"unidentified-{hash(data)}"),
            type=kind,
            subject=subject,
            request_id=request_id,
            session_id=session_id,
            session=session,
            time=time.time() if stated is None else stated,
            time_stated=stated is not None,
            believed=believed,
            data=msgspec.json.encode(fields).decode(),
            cost_usd=cost,
            contents=contents,
            fields=fields,
            sealed_parts=sealed_parts if isinstance(event, RequestReceived) else {},
        )

    def _masked_parts(self, event: RequestReceived, body: bytes) -> tuple[Any, dict[str, bytes], dict[str, str]]:
        """The masked skeleton and contents to store, and each part stored masked sealed as sent (for replay)."""
        try:
            document = msgspec.json.decode(body) if body else None
        except msgspec.DecodeError:
            return None, {}, {}
        skeleton, contents = split_body(document)
        masked: dict[str, bytes] = {}
        renamed: dict[str, str] = {}
        parts = {}
        if isinstance(skeleton, dict):
            for key in ("system", "tools"):
                if isinstance(skeleton.get(key), dict):
                    parts[skeleton[key]["$content"]] = key
        for digest, content in contents.items():
            clean = self.masking.mask(event.identity, event.session_id, parts.get(digest, "message"), content)
            new_digest = digest if clean is content else content_hash(clean)
            renamed[digest] = new_digest
            masked[new_digest] = clean
        sealed = {
            place: self.sealer.seal_part(contents[digest], event.request_id, place) if self.sealer else ""
            for place, digest in part_places(skeleton) if renamed[digest] != digest
        }
        return _rename(skeleton, renamed), masked, sealed

    def _remember(self, request_id: str, session: str) -> None:
        self.sessions[request_id] = session
        if len(self.sessions) > 100_000:
            for stale in list(self.sessions)[:50_000]:
                del self.sessions[stale]

    async def _retain(self) -> None:
        """Apply the retention settings at start and once an hour after."""
        while True:
            now = time.time()
            records = self.settings.retention_days and now - self.settings.retention_days * 86400
            contents = self.settings.content_retention_days and now - self.settings.content_retention_days * 86400
            if records or contents:
                dropped = await self._db(self._opened.prune, records or None, contents or None)
                if any(dropped):
                    log.info("recorder: retention dropped %d records and %d stored contents", *dropped)
            await asyncio.sleep(RETENTION_INTERVAL_S)

    async def _publish_heads(self) -> None:
        published = -1
        while True:
            await asyncio.sleep(self.settings.head_interval_s)
            store = self.store
            if store is None or not self.bus.connected or store.head_seq == published:
                continue
            seq, digest = store.head_seq, store.head_hash
            await self.bus.nc.publish(subjects.AUDIT_SUBJECT, msgspec.json.encode(head_record(seq, digest, time.time())))
            published = seq

    async def _answer(self, data: bytes) -> bytes:
        try:
            ask = _ask.decode(data)
        except (msgspec.DecodeError, msgspec.ValidationError) as exc:
            return _error(400, "invalid_request_error", f"unreadable audit question: {exc}")
        current = await self.policy.current()
        if current is None:
            return _error(503, "api_error", "the recorder has no policy to decide who is an auditor (fail closed)")
        if not holds_role(current[1].authz, ask.identity, AUDITOR_ROLE):
            return _error(403, "permission_error", f"the audit API needs the {AUDITOR_ROLE} role (policy {current[0]})")
        if not 1 <= ask.limit <= 100_000 or ask.offset < 0:
            return _error(400, "invalid_request_error", "limit must be 1..100000 and offset at least 0")
        try:
            answer = await self._db(self._run, ask)
        except QueryRefused as exc:
            return _error(400, "invalid_request_error", str(exc))
        return msgspec.json.encode(answer)

    def _run(self, ask: RecorderAsk) -> RecorderAnswer:
        store = self._opened
        deadline = self.settings.query_deadline_s
        if ask.op == "sql":
            columns, rows, truncated = store.query(ask.sql, ask.limit, ask.offset, deadline)
        elif ask.op == "export":
            columns, rows, truncated = store.export(ask.table, ask.since, ask.offset, ask.limit)
        elif ask.op == "sessions":
            columns, rows, truncated = store.sessions(ask.limit)
        elif ask.op == "session":
            document = store.session(ask.session_id)
            if document is None:
                return RecorderAnswer(status=404, error_type="not_found_error", error=f"no recorded session {ask.session_id!r}")
            return RecorderAnswer(document=document)
        else:
            return RecorderAnswer(document=store.verify())
        return RecorderAnswer(columns=columns, rows=rows, truncated=truncated)


ACK_SUBJECT_V1_TOKENS = 9
"""``$JS.ACK.<stream>.<consumer>.<delivered>.<stream seq>...``; longer ones name a domain and account first."""


def stream_sequence(message: Msg) -> int:
    """The message's sequence in the stream, read off its acknowledgement subject alone (nats-py's ``metadata`` parses
    every field and builds a datetime per message: ~4% of the recorder's CPU at c=32)."""
    tokens = Msg.Metadata._get_metadata_fields(message.reply)
    return int(tokens[5] if len(tokens) == ACK_SUBJECT_V1_TOKENS else tokens[Msg.Ack.StreamSeq])


def _replay_sealer(config: Config) -> InputSealer | None:
    """The replay key the gateway seals tool inputs with (created on first use, like the gateway does); one that
    cannot be read leaves masked parts noted unsealed rather than stopping the record."""
    try:
        return InputSealer.at(config.data_path)
    except SealError as exc:
        log.warning("recorder: %s; body parts stored masked are not sealed for replay", exc)
        return None


def _error(status: int, error_type: str, message: str) -> bytes:
    return msgspec.json.encode(RecorderAnswer(status=status, error_type=error_type, error=message))


def _rename(skeleton: Any, renamed: dict[str, str]) -> Any:
    """The skeleton with each reference pointing at the masked content."""
    if not isinstance(skeleton, dict):
        return skeleton
    out = dict(skeleton)
    for key in ("system", "tools"):
        if isinstance(out.get(key), dict) and "$content" in out[key]:
            out[key] = {"$content": renamed[out[key]["$content"]]}
    if isinstance(out.get("messages"), list):
        out["messages"] = [{"$content": renamed[m["$content"]]} for m in out["messages"]]
    return out


def _stated_time(value: Any) -> float | None:
    """The event's own time, if it states a usable one (else it is recorded at the time of recording)."""
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None
