"""The simulated upstream must look like the real Messages API to the official SDK, or every test built
on it proves nothing about the real thing."""

from __future__ import annotations

import asyncio
import json

import aiohttp
import anthropic
import pytest

from services.simulator import serve
from services.simulator.script import DEFAULT_TEXT

KEY = "sim-test-key"
MODEL = "claude-haiku-4-5"
HELLO = [{"role": "user", "content": "hello"}]
API_HEADERS = {"x-api-key": KEY, "anthropic-version": "2023-06-01"}


@pytest.fixture(scope="module")
async def simulator_url():
    runner = await serve("127.0.0.1", 0, KEY)
    yield f"http://127.0.0.1:{runner.addresses[0][1]}"
    await runner.cleanup()


@pytest.fixture
async def http(simulator_url):
    """A raw HTTP session on a simulator whose script, request log and stats start empty."""
    async with aiohttp.ClientSession(base_url=simulator_url) as session:
        async with session.delete("/_simulator/script") as response:
            assert response.status == 200
        yield session


@pytest.fixture
async def client(simulator_url, http):
    async with anthropic.AsyncAnthropic(base_url=simulator_url, api_key=KEY, max_retries=0) as sdk:
        yield sdk


async def add_script(http: aiohttp.ClientSession, *replies: dict) -> None:
    async with http.post("/_simulator/script", json=list(replies)) as response:
        assert response.status == 200, await response.text()


async def stats(http: aiohttp.ClientSession) -> dict:
    async with http.get("/_simulator/stats") as response:
        return await response.json()


async def recorded_requests(http: aiohttp.ClientSession) -> list[dict]:
    async with http.get("/_simulator/requests") as response:
        return await response.json()


async def raw_sse_events(http: aiohttp.ClientSession, body: dict) -> list[tuple[str, dict]]:
    """Posts a streaming request and parses the SSE framing strictly: `event: NAME\\ndata: JSON\\n\\n`."""
    async with http.post("/v1/messages", json={**body, "stream": True}, headers=API_HEADERS) as response:
        assert response.status == 200
        assert response.headers["Content-Type"].startswith("text/event-stream")
        text = await response.text()
    assert text.endswith("\n\n")
    events = []
    for frame in text[:-2].split("\n\n"):
        event_line, data_line = frame.split("\n")
        name = event_line.removeprefix("event: ")
        data = json.loads(data_line.removeprefix("data: "))
        assert data["type"] == name
        events.append((name, data))
    return events


async def test_create_returns_a_complete_message(client, http):
    first = await client.messages.create(model=MODEL, max_tokens=64, messages=HELLO)
    second = await client.messages.create(model=MODEL, max_tokens=64, messages=HELLO)

    assert first.type == "message" and first.role == "assistant" and first.model == MODEL
    assert first.id.startswith("msg_sim_") and first.id != second.id
    assert [block.text for block in first.content] == [DEFAULT_TEXT]
    assert first.stop_reason == "end_turn" and first.stop_sequence is None
    assert first.usage.output_tokens == len(DEFAULT_TEXT) // 4
    assert first.usage.input_tokens >= 1
    assert first.usage.cache_creation_input_tokens == 0 and first.usage.cache_read_input_tokens == 0


async def test_stream_sends_events_in_the_real_order(client, http):
    await add_script(http, {"content": [{"type": "text", "text": "The quick brown fox"}], "chunk_size": 5})

    stream = await client.messages.create(model=MODEL, max_tokens=64, messages=HELLO, stream=True)
    events = [event async for event in stream]

    assert [event.type for event in events] == [
        "message_start",
        "content_block_start",
        *["content_block_delta"] * 4,
        "content_block_stop",
        "message_delta",
        "message_stop",
    ]
    assert events[0].message.content == [] and events[0].message.usage.input_tokens >= 1
    assert "".join(event.delta.text for event in events[2:6]) == "The quick brown fox"
    assert events[-2].delta.stop_reason == "end_turn"
    assert events[-2].usage.output_tokens == len("The quick brown fox") // 4


async def test_stream_framing_ping_and_tool_deltas_on_the_wire(http):
    tool_input = {"command": "ls -la", "description": "List files"}
    await add_script(
        http,
        {
            "content": [
                {"type": "text", "text": "Let me look."},
                {"type": "tool_use", "name": "Bash", "input": tool_input},
            ],
            "chunk_size": 6,
        },
    )

    events = await raw_sse_events(http, {"model": MODEL, "max_tokens": 64, "messages": HELLO})

    names = [name for name, _ in events]
    assert names[:3] == ["message_start", "ping", "content_block_start"]
    assert names[-2:] == ["message_delta", "message_stop"]
    tool_start = next(
        data for name, data in events if name == "content_block_start" and data["index"] == 1
    )
    assert tool_start["content_block"]["input"] == {}
    assert tool_start["content_block"]["id"].startswith("toolu_sim_")
    tool_deltas = [
        data["delta"] for name, data in events if name == "content_block_delta" and data["index"] == 1
    ]
    assert tool_deltas[0] == {"type": "input_json_delta", "partial_json": ""}
    assert all(len(delta["partial_json"]) <= 6 for delta in tool_deltas)
    assert json.loads("".join(delta["partial_json"] for delta in tool_deltas)) == tool_input
    assert events[-2][1]["delta"] == {"stop_reason": "tool_use", "stop_sequence": None}


async def test_streamed_tool_use_rebuilds_the_scripted_input(client, http):
    tool_input = {"file_path": "/tmp/a.txt", "content": "line one\nline two", "options": {"mode": 420}}
    await add_script(
        http,
        {"content": [{"type": "tool_use", "name": "Write", "input": tool_input}], "chunk_size": 3},
    )

    async with client.messages.stream(model=MODEL, max_tokens=64, messages=HELLO) as stream:
        final = await stream.get_final_message()

    [tool_use] = final.content
    assert tool_use.type == "tool_use" and tool_use.name == "Write"
    assert tool_use.input == tool_input
    assert tool_use.id.startswith("toolu_sim_")
    assert final.stop_reason == "tool_use"


async def test_scripted_overload_is_a_529_overloaded_error(client, http):
    await add_script(http, {"error": {"status": 529, "type": "overloaded_error", "message": "Overloaded"}})

    with pytest.raises(anthropic.InternalServerError) as raised:
        await client.messages.create(model=MODEL, max_tokens=64, messages=HELLO)

    assert raised.value.status_code == 529
    assert raised.value.body["error"] == {"type": "overloaded_error", "message": "Overloaded"}
    assert "retry-after" not in raised.value.response.headers
    after = await client.messages.create(model=MODEL, max_tokens=64, messages=HELLO)
    assert after.content[0].text == DEFAULT_TEXT


async def test_scripted_rate_limit_carries_retry_after(client, http):
    rate_limited = {"type": "rate_limit_error", "message": "slow down", "retry_after": 7}
    await add_script(http, {"error": rate_limited})

    with pytest.raises(anthropic.RateLimitError) as raised:
        await client.messages.create(model=MODEL, max_tokens=64, messages=HELLO)

    assert raised.value.status_code == 429
    assert raised.value.response.headers["retry-after"] == "7"
    assert raised.value.body["error"]["type"] == "rate_limit_error"


async def test_stream_error_ends_the_stream_after_message_start(client, http):
    overloaded = {"type": "overloaded_error", "message": "Overloaded"}
    await add_script(http, {"stream_error": overloaded}, {"stream_error": overloaded})

    events = await raw_sse_events(http, {"model": MODEL, "max_tokens": 64, "messages": HELLO})
    assert [name for name, _ in events] == ["message_start", "error"]
    assert events[1][1]["error"] == overloaded

    with pytest.raises(anthropic.APIStatusError) as raised:
        async with client.messages.stream(model=MODEL, max_tokens=64, messages=HELLO) as stream:
            await stream.get_final_message()
    assert raised.value.body["error"]["type"] == "overloaded_error"


async def test_wrong_or_missing_key_is_401_and_both_credential_headers_work(simulator_url, http):
    async with anthropic.AsyncAnthropic(base_url=simulator_url, api_key="wrong", max_retries=0) as sdk:
        with pytest.raises(anthropic.AuthenticationError) as raised:
            await sdk.messages.create(model=MODEL, max_tokens=64, messages=HELLO)
    assert raised.value.body["error"]["type"] == "authentication_error"

    body = {"model": MODEL, "max_tokens": 64, "messages": HELLO}
    async with http.post("/v1/messages", json=body) as response:
        assert response.status == 401
    for headers in ({"x-api-key": KEY}, {"Authorization": f"Bearer {KEY}"}):
        async with http.post("/v1/messages", json=body, headers=headers) as response:
            assert response.status == 200


async def test_invalid_bodies_are_400_but_unknown_fields_and_roles_pass(http):
    async def post(body: bytes) -> tuple[int, dict]:
        async with http.post("/v1/messages", data=body, headers=API_HEADERS) as response:
            return response.status, await response.json()

    status, error = await post(b'{"model": "m", "messages": []}')
    assert status == 400 and error["error"]["type"] == "invalid_request_error"
    assert "max_tokens" in error["error"]["message"]
    status, error = await post(b'{"model": "m", "max_tokens": "ten", "messages": []}')
    assert status == 400 and "max_tokens" in error["error"]["message"]
    status, error = await post(b"not json")
    assert status == 400 and "JSON" in error["error"]["message"]

    claude_code_like = {
        "model": MODEL,
        "max_tokens": 128000,
        "messages": [{"role": "system", "content": "x"}, *HELLO],
        "context_management": {"edits": []},
        "thinking": {"type": "adaptive"},
    }
    status, message = await post(json.dumps(claude_code_like).encode())
    assert status == 200 and message["type"] == "message"


async def test_script_is_fifo_honours_repeat_and_rejects_typos(client, http):
    await add_script(
        http,
        {"content": [{"type": "text", "text": "first"}], "repeat": 2},
        {"content": [{"type": "text", "text": "second"}], "stop_reason": "max_tokens"},
    )

    replies = [await client.messages.create(model=MODEL, max_tokens=64, messages=HELLO) for _ in range(4)]

    assert [reply.content[0].text for reply in replies] == ["first", "first", "second", DEFAULT_TEXT]
    assert replies[2].stop_reason == "max_tokens"
    async with http.post("/_simulator/script", json=[{"contnt": []}]) as response:
        assert response.status == 400
        assert "contnt" in (await response.json())["error"]["message"]


async def test_reset_clears_script_log_and_stats(client, http):
    await add_script(http, {"content": [{"type": "text", "text": "scripted"}]})
    await client.models.list()
    assert (await stats(http))["requests"] == 1

    async with http.delete("/_simulator/script") as response:
        assert response.status == 200

    assert await recorded_requests(http) == []
    assert await stats(http) == {"requests": 0, "streams_completed": 0, "streams_aborted": 0}
    reply = await client.messages.create(model=MODEL, max_tokens=64, messages=HELLO)
    assert reply.content[0].text == DEFAULT_TEXT


async def test_request_log_shows_what_the_upstream_saw(http):
    body = {"model": MODEL, "max_tokens": 64, "messages": HELLO, "metadata": {"user_id": "u"}}
    headers = {**API_HEADERS, "X-Claude-Code-Session-Id": "s-1"}
    async with http.post("/v1/messages?beta=true", json=body, headers=headers) as response:
        assert response.status == 200
    async with http.get("/v1/models") as response:
        assert response.status == 401

    posted, unauthenticated = await recorded_requests(http)

    assert posted["method"] == "POST" and posted["path"] == "/v1/messages"
    assert posted["query_string"] == "beta=true"
    assert posted["headers"]["x-claude-code-session-id"] == "s-1"
    assert posted["headers"]["x-api-key"] == "[REDACTED]" and posted["authenticated"]
    assert KEY not in json.dumps(posted)
    assert posted["body"] == body
    assert unauthenticated["method"] == "GET" and unauthenticated["body"] is None


async def test_request_log_keeps_the_last_200(http):
    for index in range(205):
        async with http.get(f"/v1/models?n={index}", headers=API_HEADERS) as response:
            assert response.status == 200

    log = await recorded_requests(http)

    assert len(log) == 200
    assert log[0]["query_string"] == "n=5" and log[-1]["query_string"] == "n=204"
    assert (await stats(http))["requests"] == 205


async def test_count_tokens_grows_with_the_body(client, http):
    short = await client.messages.count_tokens(model=MODEL, messages=HELLO)
    long_messages = [{"role": "user", "content": "x" * 4000}]
    long = await client.messages.count_tokens(model=MODEL, messages=long_messages)

    assert short.input_tokens >= 1
    assert long.input_tokens >= 1000 > short.input_tokens


async def test_models_list_and_retrieve(client, http):
    page = await client.models.list()
    ids = [model.id for model in page.data]
    assert {"claude-opus-4-5", "claude-sonnet-4-5", "claude-haiku-4-5"} <= set(ids)
    assert page.has_more is False and page.first_id == ids[0] and page.last_id == ids[-1]

    opus = await client.models.retrieve("claude-opus-4-5")
    assert opus.id == "claude-opus-4-5" and opus.display_name == "Claude Opus 4.5"
    assert opus.created_at.year == 2025

    with pytest.raises(anthropic.NotFoundError) as raised:
        await client.models.retrieve("claude-nonexistent")
    assert raised.value.body["error"]["type"] == "not_found_error"


async def test_unknown_routes_are_404_not_found_error(http):
    for method, path in (("GET", "/v1/nothing"), ("GET", "/v1/messages"), ("POST", "/elsewhere")):
        async with http.request(method, path, headers=API_HEADERS) as response:
            assert response.status == 404, path
            assert (await response.json())["error"]["type"] == "not_found_error"


async def test_client_leaving_mid_stream_counts_as_aborted(client, http):
    await add_script(
        http,
        {"content": [{"type": "text", "text": "slow " * 40}], "chunk_size": 1, "delay_ms": 10},
        {"content": [{"type": "text", "text": "fast"}]},
    )

    async with client.messages.stream(model=MODEL, max_tokens=64, messages=HELLO) as stream:
        async for event in stream:
            if event.type == "content_block_delta":
                break
    async with client.messages.stream(model=MODEL, max_tokens=64, messages=HELLO) as stream:
        assert await stream.get_final_text() == "fast"

    for _ in range(100):
        if (await stats(http))["streams_aborted"]:
            break
        await asyncio.sleep(0.02)
    assert await stats(http) == {"requests": 2, "streams_completed": 1, "streams_aborted": 1}
