"""The authz worker on a real nats-server: hot reload, queue-group sharing, and limits shared by replicas.

Each test gets its own nats-server, so durable consumers, the policy and the counters start empty.
"""

from __future__ import annotations

import asyncio
import time
from collections import defaultdict

import msgspec
import pytest
from nats.js.errors import KeyNotFoundError, KeyWrongLastSequenceError

from schemas import subjects
from schemas.events import Identity, RequestReceived, ResponseCompleted, Usage, Verdict, new_id
from services.authz.counters import COUNTER_BUCKET, Counters, identity_key
from services.authz.decide import window_of
from services.authz.worker import USAGE_GROUP, AuthzWorker
from services.common.bus import Bus
from services.common.embedded_nats import EmbeddedNats
from services.common.policy_store import policy_document, push_policy

ISSUER = "https://issuer.test"


def policy(version: str, models: str = '["claude-sonnet-*"]', extra: str = "") -> str:
    return f"""
version = "{version}"

[roles.developer]
models = {models}
tools = ["Bash", "mcp__github__*"]
max_tokens = 4096
{extra}
"""


@pytest.fixture
def nats_url(tmp_path):
    server = EmbeddedNats(tmp_path / "nats").start()
    yield server.url
    server.stop()


class Harness:
    """A test client bus, the verdicts it sees, and the workers it started."""

    def __init__(self, url: str):
        self.url = url
        self.verdicts: dict[str, list[Verdict]] = defaultdict(list)
        self.workers: list[AuthzWorker] = []

    async def start(self, replicas: int, flush_interval_s: float | None = None) -> Harness:
        self.bus = await Bus.connect(self.url)
        await self.bus.ensure_streams()

        async def collect(verdict: Verdict) -> None:
            self.verdicts[verdict.request_id].append(verdict)

        await self.bus.on_events(subjects.verdict_subject("authz"), collect)
        for _ in range(replicas):
            bus = await Bus.connect(self.url)
            worker = AuthzWorker(bus) if flush_interval_s is None else AuthzWorker(bus, flush_interval_s)
            await worker.start()
            self.workers.append(worker)
        return self

    async def stop(self) -> None:
        for worker in self.workers:
            await worker.stop()
            await worker.bus.close()
        await self.bus.close()

    async def push(self, source: str) -> str:
        document = policy_document(source)
        await push_policy(self.bus, document)
        return document.version

    async def request(self, subject: str = "alice", roles=("developer",), body: dict | None = None, **fields) -> str:
        body = body or {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": []}
        event = RequestReceived(
            request_id=new_id(),
            identity=Identity(subject=subject, issuer=ISSUER, roles=tuple(roles)),
            gateway="test",
            method="POST",
            path="/v1/messages",
            endpoint="messages",
            model=body.get("model", ""),
            max_tokens=body.get("max_tokens"),
            tools=tuple(tool["name"] for tool in body.get("tools", [])),
            body=msgspec.Raw(msgspec.json.encode(body)),
            **fields,
        )
        await self.bus.emit(event)
        return event.request_id

    async def verdict(self, request_id: str, timeout: float = 5.0) -> Verdict:
        return (await self.all_verdicts([request_id], timeout))[0]

    async def all_verdicts(self, request_ids: list[str], timeout: float = 10.0) -> list[Verdict]:
        """One verdict per request, waiting a little longer to catch any duplicate."""
        deadline = time.monotonic() + timeout
        while any(not self.verdicts[r] for r in request_ids):
            assert time.monotonic() < deadline, f"{sum(not self.verdicts[r] for r in request_ids)} request(s) got no verdict"
            await asyncio.sleep(0.005)
        await asyncio.sleep(0.2)
        assert {r: len(self.verdicts[r]) for r in request_ids if len(self.verdicts[r]) != 1} == {}
        return [self.verdicts[r][0] for r in request_ids]


@pytest.fixture
async def harness(nats_url):
    started: list[Harness] = []

    async def start(replicas: int = 1, flush_interval_s: float | None = None) -> Harness:
        started.append(await Harness(nats_url).start(replicas, flush_interval_s))
        return started[-1]

    yield start
    for h in started:
        await h.stop()


async def test_pushed_policy_decides_the_very_next_request(harness):
    h = await harness(1)
    refused = await h.verdict(await h.request())
    assert (refused.decision, refused.status, refused.error_type) == ("deny", 503, "api_error")
    assert "no authz policy loaded" in refused.reason

    v1 = await h.push(policy("v1"))
    allowed = await h.verdict(await h.request())
    assert (allowed.decision, allowed.policy_version, allowed.rule) == ("allow", v1, "roles.developer")

    v2 = await h.push(policy("v2", models='["claude-haiku-*"]'))
    denied = await h.verdict(await h.request())
    assert (denied.decision, denied.status, denied.error_type, denied.policy_version) == ("deny", 403, "permission_error", v2)
    assert denied.rule == "roles.developer.models" and "claude-sonnet-4-5" in denied.reason


async def test_forbidden_tools_are_stripped_from_what_the_ingress_reports(harness):
    h = await harness(1)
    version = await h.push(policy("tools"))
    tools = [{"name": n, "input_schema": {"type": "object"}} for n in ("Bash", "mcp__github__pr", "WebFetch", "mcp__slack__post")]
    verdict = await h.verdict(await h.request(body={"model": "claude-sonnet-4-5", "max_tokens": 32000, "tools": tools}))
    assert (verdict.decision, verdict.policy_version, verdict.rule) == ("modify", version, "roles.developer.tools")
    assert (verdict.changes.remove_tools, verdict.changes.max_tokens) == (("WebFetch", "mcp__slack__post"), 4096)


async def test_two_replicas_decide_each_request_exactly_once(harness):
    h = await harness(2)
    version = await h.push(policy("shared"))
    await wait_for_version(h.workers, version)
    request_ids = [await h.request(subject=f"user-{i % 7}") for i in range(200)]
    verdicts = await h.all_verdicts(request_ids)
    assert {v.decision for v in verdicts} == {"allow"}
    assert all(worker.decided > 0 for worker in h.workers), [w.decided for w in h.workers]
    assert sum(worker.decided for worker in h.workers) == 200


async def stored_tat(h: Harness, subject: str) -> float:
    kv = await h.bus.js.key_value(COUNTER_BUCKET)
    entry = await kv.get(f"rate.{identity_key(Identity(subject=subject, issuer=ISSUER))}")
    return msgspec.json.decode(entry.value, type=float)


async def test_a_counter_write_naming_an_older_revision_loses_and_reports_nothing_unrecorded(nats_url):
    """The compare-and-set under every counter write: another replica wrote in between, so a write naming the
    revision it last saw is refused (``KeyWrongLastSequenceError``, which makes the writer re-read and re-apply),
    the stored value stays the other's, and a write naming the newer revision succeeds. A lost race is no event
    the stream failed to store."""
    bus = await Bus.connect(nats_url)
    await bus.ensure_streams()
    counters = Counters(bus)
    await counters.start()
    try:
        kv = await bus.js.key_value(COUNTER_BUCKET)
        seen = await kv.create("rate.race", b"1.0")
        newer = await kv.update("rate.race", b"2.0", last=seen)
        with pytest.raises(KeyWrongLastSequenceError):
            await counters._update("rate.race", b"3.0", seen)
        assert (await kv.get("rate.race")).value == b"2.0"
        assert await counters._update("rate.race", b"3.0", newer) > newer
        assert (await kv.get("rate.race")).value == b"3.0"
        assert bus.unrecorded == 0
    finally:
        await counters.stop()
        await bus.close()


async def test_one_replica_never_admits_more_than_the_rate_and_writes_every_count_before_it_stops(harness):
    h = await harness(1)
    version = await h.push(policy("rated-one", extra="rate = { requests = 10, period_s = 3600 }"))
    await wait_for_version(h.workers, version)
    started = time.time()
    verdicts = await h.all_verdicts([await h.request(subject="carol") for _ in range(40)])
    assert [v.decision for v in verdicts] == ["allow"] * 10 + ["deny"] * 30
    assert all(0 < v.retry_after <= 361 for v in verdicts[10:]), "one emission interval (360 s), give or take clock reads"
    worker = h.workers.pop()
    await worker.stop()  # waits for the background writes of the rate counter
    await worker.bus.close()
    assert await stored_tat(h, "carol") == pytest.approx(started + 10 * 360, abs=5)


async def test_rate_limit_holds_across_two_replicas(harness):
    """Each replica decides from its own counts plus what the other's writes have shown it so far.

    A burst that reaches both replicas at once may get up to twice the rate through (the
    documented bound: replicas - 1 times the burst), never less than the rate; every allowed
    request is counted in the shared TAT, so afterwards the caller is refused, on either
    replica, until the excess is paid back.
    """
    h = await harness(2)
    version = await h.push(policy("rated", extra="rate = { requests = 10, period_s = 3600 }"))
    await wait_for_version(h.workers, version)
    started = time.time()
    request_ids = [await h.request(subject="carol") for _ in range(40)]
    verdicts = await h.all_verdicts(request_ids)
    allowed = sum(v.decision == "allow" for v in verdicts)
    assert 10 <= allowed <= 20
    limited = [v for v in verdicts if v.decision == "deny"]
    assert {(v.status, v.error_type, v.rule, v.policy_version) for v in limited} == {(429, "rate_limit_error", "roles.developer.rate", version)}
    assert all(0 < v.retry_after <= (allowed - 9) * 360 + 1 for v in limited)
    assert all(worker.decided > 0 for worker in h.workers), [w.decided for w in h.workers]

    for worker in h.workers:
        await worker.counters.flush()
    assert await stored_tat(h, "carol") == pytest.approx(started + allowed * 360, abs=5), "every allowed request counted once"
    deadline = time.monotonic() + 5
    while True:  # both mirrors catch up with the stored TAT; then both refuse with the whole debt
        later = await h.all_verdicts([await h.request(subject="carol") for _ in range(6)])
        if all(v.retry_after > (allowed - 9) * 360 - 10 for v in later):
            break
        assert time.monotonic() < deadline, [v.retry_after for v in later]
    assert {v.decision for v in later} == {"deny"}
    other = await h.verdict(await h.request(subject="dave"))
    assert other.decision == "allow", "the limit is per identity"


async def test_exhausted_budget_answers_429_on_every_replica(harness):
    h = await harness(2)
    extra = "budget = { tokens = 1000, usd = 100.0, window_s = 86400 }\n[prices.\"claude-*\"]\ninput_per_mtok = 3.0\noutput_per_mtok = 15.0"
    version = await h.push(policy("budgeted", extra=extra))
    await wait_for_version(h.workers, version)
    erin = Identity(subject="erin", issuer=ISSUER, roles=("developer",))
    assert (await h.verdict(await h.request(subject="erin"))).decision == "allow"

    for _ in range(3):
        await h.bus.emit(
            ResponseCompleted(request_id=new_id(), identity=erin, status=200, model="claude-sonnet-4-5", usage=Usage(input_tokens=300, output_tokens=100))
        )
    index, _ = window_of(time.time(), 86400)
    deadline = time.monotonic() + 5
    while any(w.counters.spent(identity_key(erin), 86400, index).tokens < 1200 for w in h.workers):
        assert time.monotonic() < deadline, [w.counters.spent(identity_key(erin), 86400, index) for w in h.workers]
        await asyncio.sleep(0.01)
    spent = h.workers[0].counters.spent(identity_key(erin), 86400, index)
    assert spent.usd == pytest.approx(3 * (300 * 3.0 + 100 * 15.0) / 1e6)

    verdicts = await h.all_verdicts([await h.request(subject="erin") for _ in range(30)])
    assert {(v.decision, v.status, v.error_type, v.rule) for v in verdicts} == {("deny", 429, "rate_limit_error", "roles.developer.budget")}
    assert all(0 < v.retry_after <= 86400 for v in verdicts)
    assert all(worker.decided > 1 for worker in h.workers), [w.decided for w in h.workers]
    assert (await h.verdict(await h.request(subject="frank"))).decision == "allow"


async def test_budget_charges_are_batched_and_acknowledged_only_once_written(harness):
    """A busy window is written once per interval; its events stay unacknowledged until then, and stop() writes the rest."""
    h = await harness(1, flush_interval_s=30.0)
    extra = "budget = { tokens = 1000000, usd = 100.0, window_s = 86400 }\n[prices.\"claude-*\"]\ninput_per_mtok = 3.0\noutput_per_mtok = 15.0"
    version = await h.push(policy("batched", extra=extra))
    await wait_for_version(h.workers, version)
    gina = Identity(subject="gina", issuer=ISSUER, roles=("developer",))
    key = f"budget.{identity_key(gina)}.86400000.{window_of(time.time(), 86400)[0]}"
    kv = await h.bus.js.key_value(COUNTER_BUCKET)
    worker = h.workers[0]

    async def complete() -> None:
        await h.bus.emit(ResponseCompleted(request_id=new_id(), identity=gina, status=200, model="claude-sonnet-4-5", usage=Usage(input_tokens=30, output_tokens=10)))

    async def unacknowledged() -> int:
        return (await h.bus.js.consumer_info(subjects.STREAM, USAGE_GROUP)).num_ack_pending

    await complete()  # an idle window is written at once
    deadline = time.monotonic() + 5
    while await stored_tokens(kv, key) < 40 or await unacknowledged():
        assert time.monotonic() < deadline
        await asyncio.sleep(0.01)
    first = await kv.get(key)

    for _ in range(5):  # within the interval: accumulated, counted locally, not written, not acknowledged
        await complete()
    while worker.counters.spent(identity_key(gina), 86400, window_of(time.time(), 86400)[0]).tokens < 240:
        assert time.monotonic() < deadline
        await asyncio.sleep(0.01)
    assert (await kv.get(key)).revision == first.revision
    assert await unacknowledged() == 5

    h.workers.pop()
    await worker.stop()  # flushes: one write for the five, then their acks
    await worker.bus.close()
    entry = await kv.get(key)
    assert entry.revision > first.revision
    assert await stored_tokens(kv, key) == 240
    while await unacknowledged():
        assert time.monotonic() < deadline
        await asyncio.sleep(0.01)


async def stored_tokens(kv, key: str) -> int:
    try:
        entry = await kv.get(key)
    except KeyNotFoundError:
        return 0
    return msgspec.json.decode(entry.value, type=tuple[int, float])[0]


async def wait_for_version(workers: list[AuthzWorker], version: str) -> None:
    """Replicas each follow the policy bucket; wait until all of them run ``version``."""
    deadline = time.monotonic() + 5
    while any(worker.policy_version != version for worker in workers):
        assert time.monotonic() < deadline, [worker.policy_version for worker in workers]
        await asyncio.sleep(0.005)
