"""The approver worker: opens a request for every tool call, and every whole request, a stage holds for
approval, and settles it with what reviewers say, or expires it.

State lives in the ``lockgate-approvals`` KV bucket (``req.<id>``, ``grant.<hash>``), written with
compare-and-set, so requests survive a restart and any replica serves any of them; each replica mirrors
the requests through a watch, for listing and for expiring them. Held calls arrive through the durable
pull consumer ``approver`` on ``lockgate.tool_use.verdict.*`` (a verdict published while no approver runs
is taken when one starts); held requests through ``approver-requests`` on ``lockgate.verdict.*`` (an ``approve``
verdict, e.g. authz's ``roles.<name>.approve_models``), answered with a ``Verdict`` on
``lockgate.verdict.approver``. Reviewers' calls arrive by request/reply on ``lockgate-rpc.approvals.>`` from
the gateway's reviewer API, with the identity the gateway verified. A settled request is answered to the
held call on ``lockgate.tool_use.verdict.approver``; every step is an ``approval.*`` event. The webhook is
sent in the background: a failed notification is recorded and never delays a decision.
"""

from __future__ import annotations

import asyncio
import logging
import time

import aiohttp
import msgspec
from nats.js.errors import KeyNotFoundError, KeyWrongLastSequenceError
from nats.js.kv import KeyValue

from schemas import subjects
from schemas.events import (
    AnyEvent,
    ApprovalAnswer,
    ApprovalCall,
    ApprovalDecided,
    ApprovalExpired,
    ApprovalNotified,
    ApprovalRecord,
    ApprovalRequested,
    ToolUseVerdict,
    Verdict,
    about,
)
from services.approver import notify
from services.approver.policy import load_approver_policy
from services.approver.rules import (
    ApproverPolicy,
    Grant,
    Refused,
    decide,
    expire,
    grant_key,
    grant_of,
    granted,
    may_review,
    open_held_request,
    open_request,
    outcome,
)
from services.common.bus import Bus, Puller, Subscription
from services.common.config import ApproverConfig
from services.common.policy_store import FollowedPolicy

log = logging.getLogger("lockgate.approver")

STAGE = "approver"
GROUP = "approver"
PULL_INTERVAL_S = 0.05
SWEEP_INTERVAL_S = 0.5
"""How often each replica looks for requests past their expiry."""
CAS_ATTEMPTS = 8
LIST_LIMIT = 500
REQUEST_KEY = "req."
GRANT_KEY = "grant."


_record = msgspec.json.Decoder(ApprovalRecord)
_grant = msgspec.json.Decoder(Grant)
_call = msgspec.json.Decoder(ApprovalCall)


class Approver:
    def __init__(self, bus: Bus, settings: ApproverConfig | None = None, link_base: str = ""):
        self.bus = bus
        self.settings = settings or ApproverConfig()
        self.link_base = (self.settings.console_url or link_base).rstrip("/")
        self.policy = FollowedPolicy(bus, load_approver_policy, STAGE, default=ApproverPolicy())
        self.requests: dict[str, ApprovalRecord] = {}
        """Mirror of the bucket's requests (the watch keeps it current): for listing and expiring."""
        self._kv: KeyValue
        """The approvals bucket, from ``start()`` on."""
        self._tasks: list[asyncio.Task] = []
        self._notifications: set[asyncio.Task] = set()
        self._puller: Puller | None = None
        self._request_puller: Puller | None = None
        self._rpc: Subscription | None = None
        self._http: aiohttp.ClientSession | None = None

    @classmethod
    def from_config(cls, bus: Bus, config) -> Approver:
        return cls(bus, config.approver, config.gateway_url)

    async def start(self) -> None:
        await self.policy.start()
        self._kv = await self.bus.key_value(subjects.APPROVAL_BUCKET)
        watcher = await self._kv.watch(REQUEST_KEY + "*")
        self._tasks.append(asyncio.create_task(self._mirror(watcher)))
        self._tasks.append(asyncio.create_task(self._sweep()))
        self._rpc = await self.bus.answer(f"{subjects.APPROVAL_RPC}.>", GROUP, self._answer)
        self._puller = await self.bus.consume_in_batches(
            subjects.TOOL_USE_VERDICTS, subjects.APPROVER_CONSUMER, self._on_verdict, PULL_INTERVAL_S
        )
        self._request_puller = await self.bus.consume_in_batches(
            subjects.VERDICTS, subjects.APPROVER_REQUESTS_CONSUMER, self._on_verdict, PULL_INTERVAL_S
        )

    async def stop(self) -> None:
        for puller in (self._puller, self._request_puller):
            if puller is not None:
                await puller.unsubscribe()
        if self._rpc is not None:
            await self._rpc.drain()
        for task in [*self._tasks, *self._notifications]:
            task.cancel()
        await asyncio.gather(*self._tasks, *self._notifications, return_exceptions=True)
        await self.policy.stop()
        if self._http is not None:
            await self._http.close()

    async def _mirror(self, watcher) -> None:
        try:
            async for entry in watcher:
                if entry is None:
                    continue
                key = entry.key[len(REQUEST_KEY):]
                if entry.operation in ("DEL", "PURGE") or not entry.value:
                    self.requests.pop(key, None)
                    continue
                try:
                    self.requests[key] = _record.decode(entry.value)
                except msgspec.DecodeError:
                    log.error("approval %s in the bucket is unreadable; ignored", key)
        finally:
            await watcher.stop()

    # Held calls in.

    async def _on_verdict(self, event: AnyEvent, ack) -> None:
        """A held tool call (``tool_use.verdict``) or a held request (``verdict``) a stage answered ``approve``."""
        if isinstance(event, ToolUseVerdict | Verdict) and event.decision == "approve" and event.stage != STAGE:
            await self._open(event)
        await ack()

    async def _open(self, verdict: ToolUseVerdict | Verdict) -> None:
        now = time.time()
        current = await self.policy.current()
        policy = current[1] if current else ApproverPolicy()
        if isinstance(verdict, Verdict):
            record, grant = open_held_request(verdict, policy, now), None
        else:
            record, grant = open_request(verdict, policy, now), await self._grant_for(verdict, now)
        if grant is not None:
            record = granted(record, grant, now)
            if await self._create(record):
                await self.bus.emit(
                    ApprovalDecided(
                        approval_id=record.approval_id, decision="approve", state="approved", tool_use_id=record.tool_use_id,
                        granted_by=grant.approval_id, **about(record),
                    )
                )
                await self._answer_held_call(record)
            return
        if record.expires_at <= now:
            log.info("not opening approval %s: its hold ended before the approver saw it", record.approval_id)
            return
        if await self._create(record):
            await self.bus.emit(ApprovalRequested(approval=record, **about(record)))
            if self.settings.webhook_url:
                task = asyncio.create_task(self._notify(record))
                self._notifications.add(task)
                task.add_done_callback(self._notifications.discard)

    async def _grant_for(self, verdict: ToolUseVerdict, now: float) -> Grant | None:
        try:
            entry = await self._kv.get(GRANT_KEY + grant_key(verdict))
        except KeyNotFoundError:
            return None
        if not entry.value:
            return None
        grant = _grant.decode(entry.value)
        return grant if grant.until > now else None

    async def _create(self, record: ApprovalRecord) -> bool:
        """Store a new request; False when a replica (or an earlier delivery) already did."""
        try:
            await self._kv.create(REQUEST_KEY + record.approval_id, msgspec.json.encode(record))
        except KeyWrongLastSequenceError:
            return False
        self.requests[record.approval_id] = record
        return True

    async def _notify(self, record: ApprovalRecord) -> None:
        if self._http is None:
            self._http = aiohttp.ClientSession()
        link = f"{self.link_base}/v1/lockgate/approvals/{record.approval_id}"
        delivery = await notify.send(
            self._http, self.settings.webhook_url, notify.slack_message(record, link),
            self.settings.webhook_attempts, self.settings.webhook_backoff_s,
        )
        if not delivery.delivered:
            log.warning("approval %s: the webhook failed %d times (%s); the request stays open", record.approval_id, delivery.attempts, delivery.error)
        await self.bus.emit(
            ApprovalNotified(
                approval_id=record.approval_id, delivered=delivery.delivered, attempts=delivery.attempts, error=delivery.error,
                **about(record),
            )
        )

    # Reviewers.

    async def _answer(self, payload: bytes) -> bytes:
        try:
            call = _call.decode(payload)
        except (msgspec.DecodeError, msgspec.ValidationError) as exc:
            return _encode(ApprovalAnswer(status=400, error_type="invalid_request_error", message=f"malformed approval call: {exc}"))
        try:
            if call.operation == "list":
                answer = self._list(call)
            elif call.operation == "get":
                answer = ApprovalAnswer(approvals=[await self._get(call)])
            else:
                answer = ApprovalAnswer(approvals=[await self._decide(call)])
        except Refused as refused:
            answer = ApprovalAnswer(status=refused.status, error_type=refused.error_type, message=refused.message)
        except Exception as exc:  # fail closed: the reviewer hears it failed, nothing was decided
            log.error("approval call %s failed: %s", call.operation, type(exc).__name__)
            answer = ApprovalAnswer(status=503, error_type="api_error", message="the approver could not answer; nothing was decided")
        return _encode(answer)

    def _list(self, call: ApprovalCall) -> ApprovalAnswer:
        if not call.reviewer.subject:
            raise Refused(403, "permission_error", "only reviewers may list approval requests")
        visible = [r for r in self.requests.values() if may_review(r, call.reviewer) and (call.state is None or r.state == call.state)]
        visible.sort(key=lambda r: r.created_at, reverse=True)
        return ApprovalAnswer(approvals=visible[:LIST_LIMIT])

    async def _fetch(self, approval_id: str) -> tuple[ApprovalRecord, int]:
        try:
            entry = await self._kv.get(REQUEST_KEY + approval_id)
        except KeyNotFoundError:
            raise Refused(404, "not_found_error", f"no approval request {approval_id}") from None
        if not entry.value:
            raise Refused(404, "not_found_error", f"no approval request {approval_id}")
        assert entry.revision is not None  # nats-py types it Optional; a read entry always has its revision
        return _record.decode(entry.value), entry.revision

    async def _get(self, call: ApprovalCall) -> ApprovalRecord:
        record, _ = await self._fetch(call.approval_id)
        if not may_review(record, call.reviewer):
            raise Refused(403, "permission_error", f"you may not review calls held by rule {record.rule}")
        return record

    async def _decide(self, call: ApprovalCall) -> ApprovalRecord:
        if call.decision is None:
            raise Refused(400, "invalid_request_error", "decision must be approve or deny")
        for _ in range(CAS_ATTEMPTS):
            record, revision = await self._fetch(call.approval_id)
            now = time.time()
            if expire(record, now) is not None:
                await self._expire(record, revision, now)
                continue
            decided = decide(record, call.reviewer, call.decision, call.comment, now)
            if not await self._update(decided, revision):
                continue
            await self.bus.emit(
                ApprovalDecided(
                    approval_id=decided.approval_id, reviewer=call.reviewer, decision=call.decision, comment=call.comment,
                    state=decided.state, tool_use_id=decided.tool_use_id, **about(decided),
                )
            )
            if decided.state != "pending":
                await self._settle(decided)
            return decided
        raise Refused(409, "invalid_request_error", "the request changed while deciding; try again")

    async def _update(self, record: ApprovalRecord, revision: int) -> bool:
        try:
            await self._kv.update(REQUEST_KEY + record.approval_id, msgspec.json.encode(record), last=revision)
        except KeyWrongLastSequenceError:
            return False
        self.requests[record.approval_id] = record
        return True

    async def _settle(self, record: ApprovalRecord) -> None:
        grant = grant_of(record)
        if grant is not None:
            await self._kv.put(GRANT_KEY + grant_key(record), msgspec.json.encode(grant))
        await self._answer_held_call(record)

    async def _answer_held_call(self, record: ApprovalRecord) -> None:
        decision, rule, message = outcome(record)
        if record.kind == "request":
            allowed = decision == "allow"
            await self.bus.emit(
                Verdict(
                    stage=STAGE, decision="allow" if allowed else "deny", reason=message, rule=rule, policy_version=record.policy_version,
                    status=200 if allowed else 403, error_type="" if allowed else "permission_error", **about(record),
                )
            )
            return
        await self.bus.emit(
            ToolUseVerdict(
                stage=STAGE, tool_use_id=record.tool_use_id, decision=decision, rule=rule, message=message,
                tool_name=record.tool_name, command=record.command, policy_version=record.policy_version, **about(record),
            )
        )

    # Expiry.

    async def _sweep(self) -> None:
        while True:
            await asyncio.sleep(SWEEP_INTERVAL_S)
            now = time.time()
            for record in [r for r in self.requests.values() if expire(r, now) is not None]:
                try:
                    current, revision = await self._fetch(record.approval_id)
                    await self._expire(current, revision, now)
                except Refused:
                    self.requests.pop(record.approval_id, None)
                except Exception as exc:  # NATS away: the next sweep tries again
                    log.warning("could not expire approval %s: %s", record.approval_id, type(exc).__name__)
                    break

    async def _expire(self, record: ApprovalRecord, revision: int, now: float) -> None:
        """Mark it expired and block the call; a replica that loses the compare-and-set leaves it to the winner."""
        expired = expire(record, now)
        if expired is None or not await self._update(expired, revision):
            return
        await self.bus.emit(
            ApprovalExpired(approval_id=expired.approval_id, tool_use_id=expired.tool_use_id, expires_at=expired.expires_at, **about(expired))
        )
        await self._answer_held_call(expired)


def _encode(answer: ApprovalAnswer) -> bytes:
    return msgspec.json.encode(answer)
