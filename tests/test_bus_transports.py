"""The bus's two transports behave alike: one behavioural suite runs over the local (in-process) transport and over
NATS (a real, authenticated nats-server), so a worker cannot tell which one handed it a message.

Semantics each test pins: a subscription handles one message at a time and in order, or up to the concurrency it asked
for; a message reaches every plain subscription and one member per queue group; a request nobody subscribes fails with ``NoReplica`` and one whose
handler fails, answers nothing or is too slow with ``NoAnswer``; ``drain`` waits for the handlers still working.
"""

from __future__ import annotations

import asyncio
import itertools

import pytest

from schemas import subjects
from schemas.events import Identity, RequestReceived, decode_event, new_id
from services.common.bus import Bus
from services.common.nats_auth import NatsAccess
from services.common.transports import LocalTransport, NatsTransport, NoAnswer, NoReplica, Transport
from tests.harness import CREDENTIALS, nats_connect

DELIVERY_WAIT_S = 5.0
"""Upper bound for a delivery the test waits for; the test goes on as soon as it happened."""
SHORT_DEADLINE_S = 0.2
"""A request deadline the slow handler misses (it waits on an event that is never set in time)."""

_numbers = itertools.count()


@pytest.fixture(params=["local", "nats"])
async def transport(request, nats_server):
    if request.param == "local":
        made: Transport = LocalTransport()
    else:
        made = NatsTransport(await nats_connect(nats_server.url, "admin"))
    yield made
    await made.close()


@pytest.fixture
def subject() -> str:
    """A subject of this test's own on the session's server."""
    return f"lockgate-test.transports.{next(_numbers)}.{new_id()}"


async def until(condition, what: str) -> None:
    for _ in range(int(DELIVERY_WAIT_S / 0.01)):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"not within {DELIVERY_WAIT_S} s: {what}")


async def settle(transport: Transport) -> None:
    """Whatever was published before has been delivered (a round trip through NATS; one loop turn locally)."""
    if isinstance(transport, NatsTransport):
        await transport.nc.flush()
    await asyncio.sleep(0.05)


async def test_a_message_reaches_the_subscriptions_whose_pattern_matches(transport, subject):
    got: dict[str, list[bytes]] = {"exact": [], "one token": [], "rest": [], "other": []}

    def keep(name):
        async def handler(message):
            got[name].append(message.data)

        return handler

    await transport.subscribe(f"{subject}.a", keep("exact"))
    await transport.subscribe(f"{subject}.*", keep("one token"))
    await transport.subscribe(f"{subject}.>", keep("rest"))
    await transport.subscribe(f"{subject}.b", keep("other"))
    await transport.publish(f"{subject}.a", b"one")
    await transport.publish(f"{subject}.a.deeper", b"two")
    await until(lambda: len(got["rest"]) == 2, "both messages under the > pattern")
    await settle(transport)
    assert got == {"exact": [b"one"], "one token": [b"one"], "rest": [b"one", b"two"], "other": []}


async def test_a_queue_group_takes_each_message_once_and_plain_subscribers_every_one(transport, subject):
    group: list[bytes] = []
    plain: list[bytes] = []

    async def member(message):
        group.append(message.data)

    async def listener(message):
        plain.append(message.data)

    await transport.subscribe(subject, member, queue="workers")
    await transport.subscribe(subject, member, queue="workers")
    await transport.subscribe(subject, listener)
    sent = [str(n).encode() for n in range(30)]
    for data in sent:
        await transport.publish(subject, data)
    await until(lambda: len(plain) == len(sent) and len(group) >= len(sent), "every message delivered")
    await settle(transport)
    assert sorted(group) == sorted(sent), "each message handled by exactly one member of the group"
    assert plain == sent


async def test_one_subscription_handles_one_message_at_a_time_in_order(transport, subject):
    """nats-py runs a subscription's callbacks one after another; the local transport must not run them at once."""
    handled: list[bytes] = []
    running = 0
    most_at_once = 0

    async def slow_first(message):
        nonlocal running, most_at_once
        running += 1
        most_at_once = max(most_at_once, running)
        await asyncio.sleep(0.05 if message.data == b"0" else 0)  # the first one is the slowest
        handled.append(message.data)
        running -= 1

    await transport.subscribe(subject, slow_first)
    sent = [str(n).encode() for n in range(10)]
    for data in sent:
        await transport.publish(subject, data)
    await until(lambda: len(handled) == len(sent), "every message handled")
    assert handled == sent, "in the order they arrived, the slow first one before the rest"
    assert most_at_once == 1


async def test_a_subscription_asking_for_concurrency_runs_up_to_that_many_handlers_at_once(transport, subject):
    release = asyncio.Event()
    started: list[bytes] = []
    handled: list[bytes] = []

    async def waits_for_release(message):
        started.append(message.data)
        await release.wait()
        handled.append(message.data)

    await transport.subscribe(subject, waits_for_release, queue="workers", concurrency=3)
    sent = [str(n).encode() for n in range(5)]
    for data in sent:
        await transport.publish(subject, data)
    await until(lambda: len(started) == 3, "three handlers running")
    await settle(transport)
    assert started == sent[:3], "three at once, started in the order the messages arrived; the rest wait"
    release.set()
    await until(lambda: len(handled) == len(sent), "every message handled")
    assert sorted(handled) == sent


async def test_a_failing_handler_does_not_stop_its_subscription(transport, subject):
    handled: list[bytes] = []

    async def fails_on_bad(message):
        if message.data == b"bad":
            raise ValueError("secret text that must not be logged")
        handled.append(message.data)

    await transport.subscribe(subject, fails_on_bad)
    for data in (b"before", b"bad", b"after"):
        await transport.publish(subject, data)
    await until(lambda: handled == [b"before", b"after"], "the messages around the failing one")


async def test_a_request_gets_the_handlers_reply(transport, subject):
    async def upper(message):
        return message.data.upper()

    await transport.subscribe(subject, upper, queue="echo")
    assert await transport.request(subject, b"text", DELIVERY_WAIT_S) == b"TEXT"


async def test_a_request_nobody_subscribes_is_no_replica(transport, subject):
    with pytest.raises(NoReplica, match=subject):
        await transport.request(subject, b"anyone?", DELIVERY_WAIT_S)


async def test_a_served_request_that_fails_or_goes_unanswered_is_no_answer_not_no_replica(transport, subject):
    """A replica exists in each case: the asker must hear that it did not answer, not that nobody is there."""
    never = asyncio.Event()

    async def broken(message):
        raise ValueError("cannot")

    async def silent(message):
        return None

    async def stuck(message):
        await never.wait()
        return b"too late"

    await transport.subscribe(f"{subject}.broken", broken, queue="q")
    await transport.subscribe(f"{subject}.silent", silent, queue="q")
    await transport.subscribe(f"{subject}.stuck", stuck, queue="q")
    with pytest.raises(NoAnswer):
        await transport.request(f"{subject}.broken", b"x", SHORT_DEADLINE_S)
    with pytest.raises(NoAnswer):
        await transport.request(f"{subject}.silent", b"x", SHORT_DEADLINE_S)
    with pytest.raises(NoAnswer, match=f"within {SHORT_DEADLINE_S * 1000:.0f} ms"):
        await transport.request(f"{subject}.stuck", b"x", SHORT_DEADLINE_S)
    never.set()


async def test_draining_a_subscription_waits_for_its_handler_and_takes_nothing_new(transport, subject):
    release = asyncio.Event()
    handled: list[bytes] = []

    async def waits_for_release(message):
        await release.wait()
        handled.append(message.data)

    subscription = await transport.subscribe(subject, waits_for_release)
    await transport.publish(subject, b"in flight")
    await transport.publish(subject, b"queued")
    await settle(transport)
    draining = asyncio.create_task(subscription.drain())
    await asyncio.sleep(0.05)
    assert not draining.done(), "drain returned while a delivered message was still being handled"
    release.set()
    await asyncio.wait_for(draining, DELIVERY_WAIT_S)
    assert handled == [b"in flight", b"queued"], "everything delivered before the drain is handled"
    await transport.publish(subject, b"after the drain")
    await settle(transport)
    assert handled == [b"in flight", b"queued"]


async def test_draining_the_transport_waits_for_every_handler(transport, subject):
    release = asyncio.Event()
    handled: list[bytes] = []

    async def waits_for_release(message):
        await release.wait()
        handled.append(message.data)

    await transport.subscribe(f"{subject}.a", waits_for_release)
    await transport.subscribe(f"{subject}.b", waits_for_release, queue="q")
    await transport.publish(f"{subject}.a", b"a")
    await transport.publish(f"{subject}.b", b"b")
    await settle(transport)
    draining = asyncio.create_task(transport.drain())
    await asyncio.sleep(0.05)
    assert not draining.done(), "drain returned while handlers were still working"
    release.set()
    await asyncio.wait_for(draining, DELIVERY_WAIT_S)
    assert sorted(handled) == [b"a", b"b"]


# --------------------------------------------------------------------------- the bus over both


def received() -> RequestReceived:
    return RequestReceived(
        request_id=new_id(), identity=Identity(subject="alice", issuer="test"), gateway="test", method="POST",
        path="/v1/messages", endpoint="messages", model="claude-sonnet-4-5",
    )


@pytest.fixture
async def bus(nats_server, request):
    """A bus as ``lockgate up`` connects (in-process delivery on) or as a gateway without workers (off)."""
    made = await Bus.connect(NatsAccess(nats_server.url, CREDENTIALS[nats_server.url]), "admin", in_process=request.param)
    await made.ensure_streams()
    yield made
    await made.close()


@pytest.mark.parametrize("bus", [True, False], ids=["in process", "through nats"], indirect=True)
async def test_a_listener_gets_its_events_one_at_a_time_in_order(bus):
    order: list[str] = []
    running = 0
    most_at_once = 0

    async def listener(event):
        nonlocal running, most_at_once
        running += 1
        most_at_once = max(most_at_once, running)
        await asyncio.sleep(0.02 if not order else 0)
        order.append(event.request_id)
        running -= 1

    subscription = await bus.on_events(subjects.REQUEST_RECEIVED, listener)
    sent = [received() for _ in range(8)]
    for event in sent:
        await bus.emit(event)
    await until(lambda: len(order) >= len(sent), "every event handled")
    await subscription.drain()
    mine = {e.request_id for e in sent}
    assert [r for r in order if r in mine] == [e.request_id for e in sent] and most_at_once == 1


@pytest.mark.parametrize("bus", [True, False], ids=["in process", "through nats"], indirect=True)
async def test_a_replica_works_on_several_requests_at_once(bus):
    """Verdict work is per request: a replica waiting on one request (a KV read, say) goes on with the next."""
    release = asyncio.Event()
    started: list[str] = []

    async def replica(event):
        started.append(event.request_id)
        await release.wait()

    subscription = await bus.serve(subjects.REQUEST_RECEIVED, f"transports-{new_id()}", replica)
    sent = [received() for _ in range(4)]
    for event in sent:
        await bus.emit(event)
    await until(lambda: len(started) == len(sent), "every request started while the first still waits")
    release.set()
    await subscription.drain()
    assert started == [e.request_id for e in sent]


@pytest.mark.parametrize("bus", [True, False], ids=["in process", "through nats"], indirect=True)
async def test_closing_the_bus_waits_for_a_replica_still_deciding(bus):
    release = asyncio.Event()
    decided: list[str] = []

    async def replica(event):
        await release.wait()
        decided.append(event.request_id)

    await bus.serve(subjects.REQUEST_RECEIVED, f"transports-{new_id()}", replica)
    event = received()
    await bus.emit(event)
    await asyncio.sleep(0.05)
    closing = asyncio.create_task(bus.close())
    await asyncio.sleep(0.05)
    assert not closing.done(), "the bus closed under a replica still working"
    release.set()
    await asyncio.wait_for(closing, DELIVERY_WAIT_S)
    assert decided == [event.request_id]


@pytest.mark.parametrize("bus", [True], ids=["in process"], indirect=True)
async def test_in_process_delivery_still_records_every_event_with_its_id(bus):
    """The local transport only short-cuts delivery: the stream stores each event, once, under its own id."""
    taken: list[str] = []
    await bus.serve(subjects.REQUEST_RECEIVED, f"transports-{new_id()}", lambda e: asyncio.sleep(0, taken.append(e.request_id)))
    sent = [received() for _ in range(3)]
    publications = [await bus.emit(event) for event in sent]
    for publication in publications:
        await bus.recorded(publication)
    await until(lambda: len(taken) == len(sent), "the local replica took every event")
    stored = []
    for publication in publications:
        ack = publication.ack.result()
        message = await bus.js.get_msg(subjects.STREAM, ack.seq)
        stored.append((decode_event(message.data).request_id, message.headers["Nats-Msg-Id"]))
    assert stored == [(e.request_id, e.event_id) for e in sent]
