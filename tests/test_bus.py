"""The bus on a real nats-server: in-process delivery hands a process's own events to its own
replicas, still publishes every one of them, and never lets a group handle an event twice."""

from __future__ import annotations

import asyncio
import contextlib

import pytest

from schemas import subjects
from schemas.events import Identity, RequestReceived, Verdict, decode_event, new_id
from services.common.bus import Bus, NoAnswer, NoReplica
from services.common.embedded_nats import EmbeddedNats
from services.common.transports import subject_matches
from tests.harness import plain_client

SETTLE_S = 0.3
"""Long enough for NATS to deliver anything still on its way on loopback."""
BOUND_S = 15.0
"""How long a test waits for everything it sent to arrive: a bound against a loaded machine, not a figure."""


@pytest.fixture
def server(tmp_path):
    server = EmbeddedNats(tmp_path / "nats").start()
    yield server
    server.stop()


@pytest.fixture
async def buses(server):
    opened: list[Bus] = []

    async def connect(in_process: bool = False) -> Bus:
        opened.append(await Bus.connect(server.url, in_process=in_process))
        return opened[-1]

    yield connect
    for bus in opened:
        await bus.close()


def received() -> RequestReceived:
    return RequestReceived(
        request_id=new_id(), identity=Identity(subject="alice", issuer="test"), gateway="test", method="POST",
        path="/v1/messages", endpoint="messages", model="claude-sonnet-4-5",
    )


def verdict_for(event: RequestReceived) -> Verdict:
    return Verdict(request_id=event.request_id, identity=event.identity, stage="authz", decision="allow")


async def settle() -> None:
    await asyncio.sleep(SETTLE_S)


@pytest.mark.parametrize(
    "pattern, subject, matches",
    [
        ("lockgate.verdict.*", "lockgate.verdict.authz", True),
        ("lockgate.verdict.*", "lockgate.verdict", False),
        ("lockgate.verdict.*", "lockgate.verdict.authz.extra", False),
        ("lockgate.>", "lockgate.request.received", True),
        ("lockgate.>", "lockgate", False),
        ("lockgate.request.received", "lockgate.request.received", True),
        ("lockgate.request.received", "lockgate.request.released", False),
    ],
)
def test_subjects_match_as_nats_matches_them(pattern, subject, matches):
    assert subject_matches(pattern, subject) is matches


async def test_a_flush_returns_only_once_the_server_has_the_subscriptions_made_before_it(server):
    """nats-py wrote the PING of ``flush()`` straight to the socket, ahead of a SUB still queued for its flusher: the
    server answered the flush before it had the subscription, and the next publishes went past it."""
    client = await plain_client(server.url)
    written: list[bytes] = []
    write, writelines = client._transport.write, client._transport.writelines
    client._transport.write = lambda data: (written.append(bytes(data)), write(data))[1]
    client._transport.writelines = lambda lines: (written.extend(bytes(line) for line in lines), writelines(lines))[1]
    async def ignore(msg) -> None:
        pass

    await client.subscribe("lockgate.>", cb=ignore)
    await client.flush()
    await client.close()
    sent = b"".join(written)
    assert sent.index(b"SUB lockgate.>") < sent.index(b"PING"), "the subscription goes out before the flush's PING"


async def test_in_process_replica_takes_its_process_events_and_the_group_elsewhere_skips_them(buses, server):
    gateway = await buses(in_process=True)
    elsewhere = await buses()
    taken_here, taken_elsewhere, verdicts = [], [], []

    async def here(event):
        taken_here.append(event)
        await gateway.emit(verdict_for(event))

    async def there(event):
        taken_elsewhere.append(event)

    async def on_verdict(event):
        verdicts.append(event)

    await gateway.serve(subjects.REQUEST_RECEIVED, "authz", here)
    await elsewhere.serve(subjects.REQUEST_RECEIVED, "authz", there)
    await gateway.on_events(subjects.VERDICTS, on_verdict)
    published = []

    async def record(msg):
        published.append(msg)

    watcher = await plain_client(server.url)
    await watcher.subscribe("lockgate.>", cb=record)
    await watcher.flush()

    sent = [received() for _ in range(20)]
    for event in sent:
        await gateway.emit(event)
    for _ in range(int(BOUND_S / SETTLE_S)):  # everything published, delivered and answered, or the bound passes
        await settle()
        if len([m for m in published if m.subject == subjects.REQUEST_RECEIVED]) >= len(sent) and len(verdicts) >= len(sent):
            break
    await settle()
    await watcher.close()

    assert [e.request_id for e in taken_here] == [e.request_id for e in sent], "each in order, all by the local replica"
    assert taken_elsewhere == [], "the group's replica elsewhere skips what the local one took"
    assert taken_here[0] == sent[0] and taken_here[0] is not sent[0], "the replica gets its own decoded copy"
    assert sorted(v.request_id for v in verdicts) == sorted(e.request_id for e in sent), "each verdict exactly once, no echo"
    requests = [m for m in published if m.subject == subjects.REQUEST_RECEIVED]
    assert [decode_event(m.data).request_id for m in requests] == [e.request_id for e in sent], "every event still published"
    assert {m.headers[subjects.IN_PROCESS_HEADER] for m in requests} == {"authz"}
    assert len([m for m in published if m.subject == subjects.verdict_subject("authz")]) == len(sent)


async def test_two_local_replicas_of_one_group_take_each_event_once(buses):
    gateway = await buses(in_process=True)
    taken: list[list] = [[], []]
    for log in taken:
        await gateway.serve(subjects.REQUEST_RECEIVED, "authz", lambda event, log=log: asyncio.sleep(0, log.append(event)))
    for _ in range(5):
        await gateway.emit(received())
    await settle()
    assert len(taken[0]) + len(taken[1]) == 5


async def test_without_in_process_delivery_the_group_shares_events_through_nats(buses):
    gateway = await buses()
    replicas = [await buses(), await buses()]
    taken: list[list] = [[], []]
    for replica, log in zip(replicas, taken, strict=True):
        await replica.serve(subjects.REQUEST_RECEIVED, "authz", lambda event, log=log: asyncio.sleep(0, log.append(event)))
    for _ in range(40):
        await gateway.emit(received())
    await settle()
    assert len(taken[0]) + len(taken[1]) == 40 and taken[0] and taken[1]


async def test_a_group_with_no_local_replica_gets_the_event_through_nats(buses):
    gateway = await buses(in_process=True)
    elsewhere = await buses()
    taken = []
    await elsewhere.serve(subjects.REQUEST_RECEIVED, "guard", lambda event: asyncio.sleep(0, taken.append(event)))
    await gateway.serve(subjects.REQUEST_RECEIVED, "authz", lambda event: asyncio.sleep(0))
    event = received()
    await gateway.emit(event)
    await settle()
    assert [e.request_id for e in taken] == [event.request_id]


async def test_nothing_is_delivered_in_process_while_nats_is_unreachable(buses, server):
    gateway = await buses(in_process=True)
    taken = []
    await gateway.serve(subjects.REQUEST_RECEIVED, "authz", lambda event: asyncio.sleep(0, taken.append(event)))
    server.stop()
    for _ in range(100):
        if not gateway.nc.is_connected:
            break
        await asyncio.sleep(0.05)
    assert not gateway.nc.is_connected
    await gateway.emit(received())
    await asyncio.sleep(0.1)
    assert taken == [], "what cannot be recorded is not decided"


async def test_a_stopped_replica_takes_nothing_more(buses):
    gateway = await buses(in_process=True)
    elsewhere = await buses()
    here, there = [], []
    local = await gateway.serve(subjects.REQUEST_RECEIVED, "authz", lambda event: asyncio.sleep(0, here.append(event)))
    await elsewhere.serve(subjects.REQUEST_RECEIVED, "authz", lambda event: asyncio.sleep(0, there.append(event)))
    await local.drain()
    await gateway.emit(received())
    await settle()
    assert here == [] and len(there) == 1


async def test_in_process_requests_are_answered_without_nats(buses, server):
    gateway = await buses(in_process=True)
    asked = []

    async def record(msg):
        asked.append(msg)

    await gateway.answer("lockgate-rpc.test.echo", "echo", lambda data: asyncio.sleep(0, data.upper()))
    tap = await plain_client(server.url)
    await tap.subscribe("lockgate-rpc.>", cb=record)
    await tap.flush()
    assert await gateway.request("lockgate-rpc.test.echo", b"secret text", 1.0) == b"SECRET TEXT"
    await settle()
    await tap.close()
    assert asked == [], "the text never went over NATS"


async def test_requests_through_nats_reach_a_replica_elsewhere(buses):
    gateway = await buses(in_process=True)
    elsewhere = await buses()
    await elsewhere.answer("lockgate-rpc.test.echo", "echo", lambda data: asyncio.sleep(0, data[::-1]))
    assert await gateway.request("lockgate-rpc.test.echo", b"abc", 1.0) == b"cba"


@pytest.mark.parametrize("in_process", [True, False])
async def test_a_request_no_replica_answers_in_time_fails_with_a_reason(buses, in_process):
    gateway = await buses(in_process=in_process)
    answerer = gateway if in_process else await buses()

    async def slow(data: bytes) -> bytes:
        await asyncio.sleep(1.0)
        return data

    async def broken(data: bytes) -> bytes:
        raise ValueError("cannot")

    await answerer.answer("lockgate-rpc.test.slow", "slow", slow)
    await answerer.answer("lockgate-rpc.test.broken", "broken", broken)
    with pytest.raises(NoAnswer, match="within 100 ms"):
        await gateway.request("lockgate-rpc.test.slow", b"x", 0.1)
    with pytest.raises(NoAnswer):
        await gateway.request("lockgate-rpc.test.broken", b"x", 0.3)
    with pytest.raises(NoReplica):
        await gateway.request("lockgate-rpc.test.nobody", b"x", 0.3)


async def test_decoded_copies_keep_replicas_apart(buses):
    """A replica that changes its event changes nothing another replica or the publisher sees."""
    gateway = await buses(in_process=True)
    seen = []

    async def mutating(event):
        event.model = "changed"

    await gateway.serve(subjects.REQUEST_RECEIVED, "authz", mutating)
    await gateway.serve(subjects.REQUEST_RECEIVED, "guard", lambda event: asyncio.sleep(0, seen.append(event.model)))
    event = received()
    await gateway.emit(event)
    await asyncio.sleep(0.05)
    assert seen == ["claude-sonnet-4-5"] and event.model == "claude-sonnet-4-5"


async def test_a_failing_batch_handler_leaves_its_event_for_redelivery_and_keeps_pulling(buses):
    gateway = await buses()
    await gateway.ensure_streams()
    acked, failed = [], []

    async def handler(event, ack):
        if not failed:
            failed.append(event.request_id)
            raise ValueError("cannot charge")
        await ack()
        acked.append(event.request_id)

    puller = await gateway.consume_in_batches(subjects.REQUEST_RECEIVED, "test-batches", handler, 0.01)
    sent = [received() for _ in range(3)]
    for event in sent:
        await gateway.emit(event)
    for _ in range(200):
        if len(acked) == 2:
            break
        await asyncio.sleep(0.02)
    await puller.unsubscribe()
    assert failed == [sent[0].request_id] and acked == [e.request_id for e in sent[1:]]
    info = await gateway.js.consumer_info(subjects.STREAM, "test-batches")
    assert info.num_ack_pending == 1, "the failed event waits for redelivery"


@pytest.mark.parametrize("garbage", [b"not json", b'{"type":"no.such.event"}', b'{"type":"request.received","request_id":5}'])
async def test_a_message_that_is_not_an_event_is_dropped_and_the_pull_goes_on(buses, garbage):
    """Anyone allowed to publish on a subject could send garbage there: it must not stop the consumer."""
    gateway = await buses()
    await gateway.ensure_streams()
    taken = []

    async def handler(event, ack):
        taken.append(event.request_id)
        await ack()

    puller = await gateway.consume_in_batches(subjects.REQUEST_RECEIVED, "test-garbage", handler, 0.01)
    await gateway.nc.publish(subjects.REQUEST_RECEIVED, garbage)
    event = received()
    await gateway.emit(event)
    for _ in range(200):
        if taken:
            break
        await asyncio.sleep(0.02)
    await puller.unsubscribe()
    assert taken == [event.request_id]


async def test_a_pull_whose_cancellation_was_swallowed_still_stops(buses):
    """An await in the pull loop may swallow the cancellation that stops it (``asyncio.wait_for`` on Python 3.11 does
    when its future completes at the same moment; here the handler swallows it): ``unsubscribe`` still ends, instead
    of waiting on a loop that pulls on (``lockgate up`` stopped during start-up then sat 11 s in the authz worker's stop)."""
    gateway = await buses()
    await gateway.ensure_streams()
    handling = asyncio.Event()
    handled = []

    async def handler(event, ack):
        handling.set()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.sleep(3600)
        await ack()
        handled.append(event.request_id)

    puller = await gateway.consume_in_batches(subjects.REQUEST_RECEIVED, "test-swallowed", handler, 0.01)
    event = received()
    await gateway.emit(event)
    await handling.wait()
    await puller.unsubscribe()
    assert handled == [event.request_id], "the handler ran on past the swallowed cancellation, and the pull stopped after it"
