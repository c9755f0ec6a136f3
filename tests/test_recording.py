"""Acknowledged recording: the stream stores each event once, and what cannot be recorded is not sent."""

from __future__ import annotations

import asyncio

import anthropic
import pytest

from schemas import subjects
from schemas.events import Identity, RequestReceived, RequestRejected, ResponseFailed, new_id
from services.common.bus import Bus, NatsAccess
from services.common.provision import provision
from tests.harness import CREDENTIALS, nats_connect, read_events

HELLO = [{"role": "user", "content": "hello"}]


@pytest.fixture(scope="module")
def own_gateway(start_gateway):
    """A gateway on a nats-server of its own, whose stream this module removes and restores."""
    return start_gateway()


async def test_a_request_the_stream_cannot_store_is_refused_and_never_sent(own_gateway, simulator):
    client = anthropic.Anthropic(base_url=own_gateway.url, api_key=own_gateway.token(), max_retries=0)
    admin = await nats_connect(own_gateway.nats_url, "admin")
    try:
        await admin.jetstream().delete_stream(subjects.STREAM)
        with pytest.raises(anthropic.APIStatusError) as refused:
            await asyncio.to_thread(client.messages.create, model="claude-haiku-4-5", max_tokens=16, messages=HELLO)
        assert refused.value.status_code == 503
        assert "could not be recorded" in refused.value.body["error"]["message"]
    finally:
        await provision(admin.jetstream())
        await admin.close()
    message = await asyncio.to_thread(client.messages.create, model="claude-haiku-4-5", max_tokens=16, messages=HELLO)
    assert message.content[0].text
    unrecorded = [e for e in await read_events(own_gateway.nats_url) if isinstance(e, (RequestRejected, ResponseFailed))]
    assert unrecorded == [], "the refusal itself could not be recorded either: nothing half-recorded remains"


async def test_a_republished_event_is_stored_once(own_gateway):
    url = own_gateway.nats_url
    bus = await Bus.connect(NatsAccess(url, CREDENTIALS[url]), "gateway")
    try:
        await bus.ensure_streams()
        event = RequestReceived(
            request_id=new_id(), identity=Identity(subject="alice", issuer="test"), gateway="test",
            method="POST", path="/v1/messages", endpoint="messages",
        )
        publication = await bus.emit(event)
        await bus.recorded(publication)
        await bus._publish(publication)
        await bus.recorded(publication)
        assert [e.event_id for e in await read_events(url, event.request_id) if e.event_id == event.event_id] == [event.event_id]
        assert bus.unrecorded == 0
    finally:
        await bus.close()
