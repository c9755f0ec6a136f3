"""The foundation, end to end: the official ``anthropic`` SDK through Lockgate to the simulated upstream."""

from __future__ import annotations

import http.client
import json
import time

import anthropic
import pytest

from schemas.events import (
    RequestReceived,
    RequestReleased,
    ResponseCompleted,
    ResponseFailed,
    ResponseStarted,
    Verdict,
)
from tests.harness import UPSTREAM_KEY, including, nats_connect, read_events

MODEL = "claude-haiku-4-5"
HELLO = [{"role": "user", "content": "Hello"}]


@pytest.fixture
def client(gateway):
    return anthropic.Anthropic(base_url=gateway.url, api_key=gateway.token(), max_retries=0)


def test_create_returns_the_upstream_message(client, simulator):
    simulator.script({"content": [{"type": "text", "text": "Bonjour from upstream"}]})
    message = client.messages.create(model=MODEL, max_tokens=64, messages=HELLO)
    assert message.content[0].text == "Bonjour from upstream"
    assert message.stop_reason == "end_turn"
    assert message.usage.output_tokens > 0


def test_stream_relays_text_deltas_in_order(client, simulator):
    text = "a streamed answer that arrives in many small deltas"
    simulator.script({"content": [{"type": "text", "text": text}], "chunk_size": 5})
    with client.messages.stream(model=MODEL, max_tokens=64, messages=HELLO) as stream:
        names = [event.type for event in stream]
        final = stream.get_final_message()
    assert final.content[0].text == text
    assert names[0] == "message_start" and names[-1] == "message_stop"
    assert names.count("text") == len(text) // 5 + 1


def test_stream_rebuilds_tool_use_from_input_json_deltas(client, simulator):
    tool_input = {"command": "ls -la", "description": "List files"}
    simulator.script({"content": [{"type": "tool_use", "name": "Bash", "input": tool_input}], "chunk_size": 4})
    with client.messages.stream(model=MODEL, max_tokens=64, messages=HELLO) as stream:
        final = stream.get_final_message()
    assert final.stop_reason == "tool_use"
    assert final.content[0].type == "tool_use"
    assert final.content[0].name == "Bash"
    assert final.content[0].input == tool_input


def test_count_tokens_models_and_beta_pass_through(client, simulator):
    assert client.messages.count_tokens(model=MODEL, messages=HELLO).input_tokens > 0
    models = client.models.list()
    assert MODEL in [model.id for model in models.data]
    assert client.models.retrieve(MODEL).id == MODEL
    with pytest.raises(anthropic.NotFoundError):
        client.models.retrieve("claude-haiku-0-nonexistent")
    message = client.beta.messages.create(
        model=MODEL,
        max_tokens=16,
        messages=HELLO,
        betas=["context-management-2025-06-27"],
        extra_query={"beta": "true"},
    )
    assert message.content
    beta_call = simulator.requests()[-1]
    assert beta_call["query_string"] == "beta=true"
    assert "context-management-2025-06-27" in beta_call["headers"]["anthropic-beta"]


def test_upstream_sees_gateway_key_and_client_headers_but_never_client_credentials(gateway, simulator):
    client = anthropic.Anthropic(
        base_url=gateway.url,
        api_key=gateway.token(),
        default_headers={"anthropic-version": "2099-01-01", "x-app": "cli", "x-claude-code-session-id": "sess-1"},
        max_retries=0,
    )
    client.messages.create(
        model=MODEL,
        max_tokens=16,
        messages=[{"role": "system", "content": "a system turn"}, *HELLO],
        extra_body={"context_management": {"edits": []}, "unknown_future_field": [1, 2]},
    )
    seen = simulator.requests()[-1]
    assert seen["authenticated"] and UPSTREAM_KEY not in json.dumps(seen), "the gateway's key, redacted in the log"
    assert "authorization" not in seen["headers"]
    assert client.api_key not in json.dumps(seen)
    assert seen["headers"]["anthropic-version"] == "2099-01-01"
    assert seen["headers"]["x-app"] == "cli"
    assert seen["body"]["unknown_future_field"] == [1, 2]
    assert seen["body"]["messages"][0]["role"] == "system"


def test_upstream_529_is_retried_then_succeeds(client, simulator):
    overloaded = {"status": 529, "type": "overloaded_error", "message": "Overloaded"}
    simulator.script({"error": overloaded, "repeat": 2}, {"content": [{"type": "text", "text": "third time lucky"}]})
    message = client.messages.create(model=MODEL, max_tokens=16, messages=HELLO)
    assert message.content[0].text == "third time lucky"
    assert simulator.stats()["requests"] == 3


def test_stream_that_opens_with_overloaded_error_is_retried(client, simulator):
    overloaded = {"status": 529, "type": "overloaded_error", "message": "Overloaded"}
    simulator.script({"stream_error": overloaded}, {"content": [{"type": "text", "text": "recovered"}]})
    with client.messages.stream(model=MODEL, max_tokens=16, messages=HELLO) as stream:
        assert stream.get_final_message().content[0].text == "recovered"


def test_upstream_429_honours_retry_after(client, simulator):
    limited = {"status": 429, "type": "rate_limit_error", "message": "slow down", "retry_after": 1}
    simulator.script({"error": limited}, {"content": [{"type": "text", "text": "after waiting"}]})
    started = time.monotonic()
    message = client.messages.create(model=MODEL, max_tokens=16, messages=HELLO)
    assert message.content[0].text == "after waiting"
    assert time.monotonic() - started >= 0.5, "the gateway must wait as retry-after says (capped by max_backoff_s)"


def test_upstream_400_is_passed_back_unchanged(client, simulator):
    invalid = {"status": 400, "type": "invalid_request_error", "message": "messages: roles must alternate"}
    simulator.script({"error": invalid})
    with pytest.raises(anthropic.BadRequestError) as caught:
        client.messages.create(model=MODEL, max_tokens=16, messages=HELLO)
    assert caught.value.status_code == 400
    assert caught.value.body == {"type": "error", "error": {"type": "invalid_request_error", "message": "messages: roles must alternate"}}
    assert simulator.stats()["requests"] == 1, "a 400 is not retried"


def test_malformed_json_is_a_400_invalid_request_error(gateway):
    connection = http.client.HTTPConnection("127.0.0.1", gateway.port, timeout=10)
    connection.request("POST", "/v1/messages", body=b'{"model": "x", ', headers={"content-type": "application/json", "x-api-key": gateway.token()})
    response = connection.getresponse()
    body = json.loads(response.read())
    assert response.status == 400
    assert body["type"] == "error" and body["error"]["type"] == "invalid_request_error"
    assert "not valid JSON" in body["error"]["message"]


def test_unknown_route_is_an_anthropic_404(gateway):
    connection = http.client.HTTPConnection("127.0.0.1", gateway.port, timeout=10)
    connection.request("GET", "/v1/nothing-here")
    response = connection.getresponse()
    assert response.status == 404
    assert json.loads(response.read())["error"]["type"] == "not_found_error"


def test_oversized_body_is_a_413(start_gateway):
    small = start_gateway("[gateway]\nmax_body_bytes = 1000\n")
    client = anthropic.Anthropic(base_url=small.url, api_key=small.token(), max_retries=0)
    with pytest.raises(anthropic.APIStatusError) as caught:
        client.messages.create(model=MODEL, max_tokens=16, messages=[{"role": "user", "content": "x" * 2000}])
    assert caught.value.status_code == 413
    assert caught.value.body["error"]["type"] == "request_too_large"


@pytest.mark.slow
async def test_a_20_mb_body_goes_through_and_is_kept_in_the_object_store(gateway, simulator, nats_server):
    token = gateway.token(sub="bulk-uploader")
    client = anthropic.AsyncAnthropic(base_url=gateway.url, api_key=token, max_retries=0, timeout=120)
    big = "y" * (20 * 1024 * 1024)
    response = await client.messages.with_raw_response.create(model=MODEL, max_tokens=16, messages=[{"role": "user", "content": big}])
    assert (await response.parse()).content
    request_id = response.headers["x-lockgate-request-id"]
    assert len(simulator.requests()[-1]["body"]["messages"][0]["content"]) == len(big)
    received = (await read_events(nats_server.url, request_id))[0]
    assert isinstance(received, RequestReceived)
    assert received.body_ref and received.body_size > 20 * 1024 * 1024

    nc = await nats_connect(nats_server.url)
    stored = await (await nc.jetstream().object_store("lockgate-bodies")).get(received.body_ref)
    await nc.close()
    assert json.loads(stored.data)["messages"][0]["content"] == big


async def test_every_request_leaves_its_life_cycle_on_jetstream_in_order(gateway, simulator, nats_server):
    client = anthropic.AsyncAnthropic(base_url=gateway.url, api_key=gateway.token(), max_retries=0)
    simulator.script({"content": [{"type": "text", "text": "recorded"}]})
    async with client.messages.stream(model=MODEL, max_tokens=16, messages=HELLO) as stream:
        await stream.get_final_message()
        request_id = stream.response.headers["x-lockgate-request-id"]
    events = await read_events(nats_server.url, request_id, until=including(ResponseCompleted))
    assert [type(e) for e in events] == [RequestReceived, Verdict, Verdict, RequestReleased, ResponseStarted, ResponseCompleted]
    received, completed = events[0], events[-1]
    assert {(v.stage, v.decision) for v in events[1:3]} == {("authz", "allow"), ("guard", "allow")}
    assert received.identity.subject == "alice" and received.identity.roles == ("developer",)
    assert received.model == MODEL and received.stream is True
    assert completed.stop_reason == "end_turn"
    assert completed.usage.output_tokens > 0 and completed.usage.input_tokens > 0
    assert 0 < events[3].waited_ms < 2000, "the wait for verdicts is measured finer than the event loop's millisecond clock"
    assert [e.time for e in events] == sorted(e.time for e in events)
    assert len({e.event_id for e in events}) == 6


async def test_client_disconnect_mid_stream_cancels_the_upstream_call(gateway, simulator, nats_server):
    simulator.script({"content": [{"type": "text", "text": "z" * 400}], "chunk_size": 4, "delay_ms": 50})
    connection = http.client.HTTPConnection("127.0.0.1", gateway.port, timeout=10)
    body = json.dumps({"model": MODEL, "max_tokens": 16, "stream": True, "messages": HELLO})
    connection.request("POST", "/v1/messages", body=body, headers={"content-type": "application/json", "x-api-key": gateway.token()})
    response = connection.getresponse()
    request_id = response.getheader("x-lockgate-request-id")
    response.read1(200)
    connection.close()

    for _ in range(50):
        if simulator.stats()["streams_aborted"] >= 1:
            break
        time.sleep(0.1)
    assert simulator.stats()["streams_aborted"] == 1
    assert simulator.stats()["streams_completed"] == 0
    events = await read_events(nats_server.url, request_id, until=including(ResponseFailed))
    assert isinstance(events[-1], ResponseFailed) and events[-1].client_disconnected
