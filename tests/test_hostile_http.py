"""Hostile HTTP at the gateway's front door: malformed headers, slow clients, connection floods.

Raw sockets on loopback against real ``lockgate up`` processes: aiohttp's own clients cannot send
what these clients send. Every answer the gateway can send has the Anthropic shape and never
quotes a header; every deadline ends in a 408 or a close, and connections past the limit in a 503.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import socket
import subprocess
import sys

import aiohttp
import pytest
from aiohttp import web

from schemas.events import ResponseFailed
from services.common.embedded_nats import free_port
from services.egress.sse import EventTooLarge, SSEParser, encode_sse
from tests.harness import UPSTREAM_KEY, including, read_events, wait_http

MODEL = "claude-haiku-4-5"
BOUND_S = 30
"""How long a test waits for an answer at most: a bound against hanging, never a measured threshold."""


async def exchange(port: int, data: bytes) -> bytes:
    """Send ``data``, return everything read until the gateway closes."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(data)
        return await asyncio.wait_for(reader.read(), BOUND_S)
    finally:
        writer.close()


def parse(response: bytes) -> tuple[int, dict[str, str], bytes]:
    head, _, body = response.partition(b"\r\n\r\n")
    status_line, *lines = head.decode("latin-1").split("\r\n")
    headers = {name.strip().lower(): value.strip() for name, _, value in (line.partition(":") for line in lines)}
    return int(status_line.split()[1]), headers, body


def assert_anthropic_error(response: bytes, status: int, error_type: str = "invalid_request_error") -> dict:
    return assert_error(*parse(response), status, error_type)


def assert_error(code: int, headers: dict[str, str], body: bytes, status: int, error_type: str = "invalid_request_error") -> dict:
    assert code == status, (code, body[:300])
    assert headers["content-type"].startswith("application/json")
    payload = json.loads(body)
    assert payload["type"] == "error" and payload["error"]["type"] == error_type
    assert isinstance(payload["error"]["message"], str)
    return payload


def messages_request(token: str, *extra_header_lines: bytes, body: bytes | None = None) -> bytes:
    body = json.dumps({"model": MODEL, "max_tokens": 8, "messages": [{"role": "user", "content": "hi"}]}).encode() if body is None else body
    lines = [
        b"POST /v1/messages HTTP/1.1",
        b"Host: 127.0.0.1",
        b"x-api-key: " + token.encode(),
        *extra_header_lines,
        b"content-type: application/json",
        b"content-length: %d" % len(body),
        b"connection: close",
    ]
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


# 2. Errors raised by aiohttp's HTTP parser: Anthropic-shaped, and never echo a header.

MALFORMED_AFTER_TOKEN = {
    "bare LF in a header line": [b"x-note: one\ntwo"],
    "control character in a header value": [b"x-note: a\x01b"],
    "control character in the token's own line": [],
    "header line without a colon": [b"this is not a header"],
    "space before the colon": [b"x-note : value"],
}


@pytest.mark.parametrize("case", MALFORMED_AFTER_TOKEN)
async def test_a_malformed_header_after_a_valid_token_gets_an_anthropic_400_that_does_not_echo_it(gateway, case):
    token = gateway.token()
    if case == "control character in the token's own line":
        request = messages_request(token + "\x01")
    else:
        request = messages_request(token, *MALFORMED_AFTER_TOKEN[case])
    response = await exchange(gateway.port, request)
    assert_anthropic_error(response, 400)
    assert token.encode() not in response and token[:24].encode() not in response
    assert token not in gateway.log() and token[:24] not in gateway.log()


async def test_a_100_kb_token_gets_a_431_that_does_not_echo_its_first_bytes(gateway):
    token = gateway.token() + "A" * 100_000
    response = await exchange(gateway.port, messages_request(token))
    assert_anthropic_error(response, 431)
    assert token[:24].encode() not in response
    assert token[:24] not in gateway.log()


async def test_a_well_formed_request_still_passes(gateway, simulator):
    response = await exchange(gateway.port, messages_request(gateway.token()))
    status, _, body = parse(response)
    assert status == 200 and json.loads(body)["type"] == "message"


async def test_a_malformed_chunked_body_is_a_400_not_a_500(gateway):
    head = messages_request(gateway.token(), body=b"").replace(b"content-length: 0", b"transfer-encoding: chunked")
    # One write: when the bad chunk arrives on its own, aiohttp's parser leaves the body waiting (for body_timeout_s).
    response = await exchange(gateway.port, head + b"zz\r\nnot hex\r\n")
    assert_anthropic_error(response, 400)


@pytest.mark.parametrize("path", [b"POST /v1/messages", b"GET /v1/models", b"GET /healthz", b"GET /v1/lockgate/approvals"])
async def test_an_unknown_expectation_is_an_anthropic_417_that_does_not_echo_it(gateway, path):
    request = messages_request(gateway.token(), b"expect: secret-expectation-0").replace(b"POST /v1/messages", path, 1)
    response = await exchange(gateway.port, request)
    assert_anthropic_error(response, 417)
    assert b"secret-expectation" not in response


async def test_expect_100_continue_is_still_honoured(gateway, simulator):
    response = await exchange(gateway.port, messages_request(gateway.token(), b"expect: 100-continue"))
    assert response.startswith(b"HTTP/1.1 100 Continue\r\n\r\n")
    status, _, body = parse(response.removeprefix(b"HTTP/1.1 100 Continue\r\n\r\n"))
    assert status == 200 and json.loads(body)["type"] == "message"


# 11. Slow clients and connection floods, against a gateway with small limits.

LIMITS = """
[gateway]
header_timeout_s = 1.0
body_timeout_s = 1.0
keepalive_timeout_s = 1.0
max_connections = 20
"""


@pytest.fixture(scope="module")
async def limited(start_gateway):
    return await asyncio.to_thread(start_gateway, LIMITS)


async def read_answer(reader: asyncio.StreamReader) -> tuple[int, dict[str, str], bytes]:
    """One answer with a content-length, read off a connection that stays open."""
    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), BOUND_S)
    status, headers, _ = parse(head)
    body = await asyncio.wait_for(reader.readexactly(int(headers["content-length"])), BOUND_S)
    return status, headers, body


async def trickle(port: int, first: bytes, drip: bytes, *, after_an_answer: bool = False, every_s: float = 0.2) -> bytes:
    """Send ``first``, then ``drip`` again and again until the gateway answers or closes; return what it sent.
    ``after_an_answer``: first ask for /healthz and read the answer on the same connection."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    if after_an_answer:
        writer.write(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        assert (await read_answer(reader))[0] == 200

    async def drip_forever() -> None:
        writer.write(first)
        while True:
            await asyncio.sleep(every_s)
            writer.write(drip)
            await writer.drain()

    dripping = asyncio.create_task(drip_forever())
    try:
        return await asyncio.wait_for(reader.read(), BOUND_S)
    finally:
        dripping.cancel()
        await asyncio.gather(dripping, return_exceptions=True)
        writer.close()


@pytest.mark.parametrize("after_an_answer", [False, True], ids=["new connection", "kept-alive connection"])
async def test_trickled_headers_get_an_anthropic_408_and_the_connection_closes(limited, after_an_answer):
    first = b"POST /v1/messages HTTP/1.1\r\nHost: x\r\n"
    response = await trickle(limited.port, first, b"x-slow: 1\r\n", after_an_answer=after_an_answer)
    payload = assert_anthropic_error(response, 408)
    assert "header" in payload["error"]["message"]


async def test_a_trickled_body_gets_an_anthropic_408_and_the_connection_closes(limited):
    head = messages_request(limited.token(), body=b"").replace(b"content-length: 0", b"content-length: 100000")
    response = await trickle(limited.port, head + b'{"model"', b" ")
    payload = assert_anthropic_error(response, 408)
    assert "body" in payload["error"]["message"]


async def test_a_connection_that_never_sends_a_request_is_closed_silently(limited):
    reader, writer = await asyncio.open_connection("127.0.0.1", limited.port)
    try:
        assert await asyncio.wait_for(reader.read(), BOUND_S) == b""
    finally:
        writer.close()


async def test_an_idle_kept_alive_connection_is_closed_after_its_answer(limited):
    reader, writer = await asyncio.open_connection("127.0.0.1", limited.port)
    try:
        writer.write(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        received = await asyncio.wait_for(reader.read(), BOUND_S)
    finally:
        writer.close()
    status, headers, body = parse(received)
    assert status == 200 and json.loads(body[: int(headers["content-length"])]) == {"status": "ok"}


async def open_kept_alive(port: int) -> tuple[int, asyncio.StreamWriter]:
    """One connection that asks for /healthz and stays open; returns the status it got."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
    status, headers, body = await read_answer(reader)
    if status != 200:
        assert_error(status, headers, body, 503, "overloaded_error")
    return status, writer


@pytest.fixture(scope="module")
async def crowded(start_gateway):
    """Small connection limit, default deadlines: held connections stay open while the test counts them."""
    return await asyncio.to_thread(start_gateway, "[gateway]\nmax_connections = 20\n")


async def test_connections_past_the_limit_get_an_anthropic_503_and_the_gateway_recovers(crowded):
    opened = [await open_kept_alive(crowded.port) for _ in range(30)]
    statuses = [status for status, _ in opened]
    assert statuses.count(200) <= 20 and statuses[-10:] == [503] * 10
    for _, writer in opened:
        writer.close()
    await asyncio.sleep(0.5)
    status, writer = await open_kept_alive(crowded.port)
    writer.close()
    assert status == 200


async def test_a_flood_of_trickling_clients_is_bounded_and_others_are_served_afterwards(limited):
    answers = await asyncio.gather(
        *(trickle(limited.port, b"GET /healthz HTTP/1.1\r\nHost: x\r\n", b"x-slow: 1\r\n") for _ in range(40))
    )
    statuses = sorted(parse(answer)[0] for answer in answers)
    assert set(statuses) <= {408, 503} and statuses.count(408) <= 20
    for answer in answers:
        code = parse(answer)[0]
        assert_anthropic_error(answer, code, "invalid_request_error" if code == 408 else "overloaded_error")
    response = await exchange(limited.port, b"GET /healthz HTTP/1.1\r\nHost: x\r\nconnection: close\r\n\r\n")
    assert parse(response)[0] == 200
    assert UPSTREAM_KEY not in limited.log()


# 12. An upstream that never ends an SSE event: linear parsing, and a cap on one event's size.


class ByteUpstream:
    """A stand-in Claude upstream on loopback that answers every Messages call with ``body``, in 64 KiB writes."""

    def __init__(self) -> None:
        self.body = b""
        self.content_type = "text/event-stream"

    async def start(self) -> ByteUpstream:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_post("/v1/messages", self._messages)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        await web.TCPSite(self.runner, "127.0.0.1", 0).start()
        self.url = f"http://127.0.0.1:{self.runner.addresses[0][1]}"
        return self

    async def _messages(self, request: web.Request) -> web.StreamResponse:
        await request.read()
        response = web.StreamResponse(headers={"content-type": self.content_type})
        await response.prepare(request)
        for at in range(0, len(self.body), 65536):
            await response.write(self.body[at : at + 65536])
        await response.write_eof()
        return response

    async def stop(self) -> None:
        await self.runner.cleanup()


def sse(name: str, payload: dict) -> bytes:
    return encode_sse(name, json.dumps(payload).encode())


STREAM_HEAD = sse("message_start", {
    "type": "message_start",
    "message": {"id": "msg_1", "type": "message", "role": "assistant", "model": MODEL, "content": [],
                "stop_reason": None, "usage": {"input_tokens": 3, "output_tokens": 1}},
}) + sse("content_block_start", {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}})
UNENDED = b"event: content_block_delta\ndata: " + b"x" * (3 * 1024 * 1024)
"""3 MiB of one event that never ends, against a 1 MiB cap."""


@pytest.fixture(scope="module")
async def byte_upstream():
    upstream = await ByteUpstream().start()
    yield upstream
    await upstream.stop()


@pytest.fixture(scope="module")
async def capped(start_gateway, byte_upstream):
    config = "[gateway]\nmax_event_bytes = 1048576\n[upstream]\nmax_attempts = 2\ninitial_backoff_s = 0.05\n"
    return await asyncio.to_thread(start_gateway, config, {"LOCKGATE_UPSTREAM_URL": byte_upstream.url})


async def stream_call(gateway) -> tuple[int, str, bytes, str]:
    """A streamed Messages call: status, content type, body, request id."""
    body = {"model": MODEL, "max_tokens": 16, "stream": True, "messages": [{"role": "user", "content": "hi"}]}
    async with aiohttp.ClientSession() as session:
        async with session.post(f"{gateway.url}/v1/messages", json=body, headers={"x-api-key": gateway.token()}) as response:
            return response.status, response.content_type, await response.read(), response.headers["x-lockgate-request-id"]


async def failure_of(gateway, request_id: str) -> ResponseFailed:
    (failed,) = [e for e in await read_events(gateway.nats_url, request_id, until=including(ResponseFailed)) if isinstance(e, ResponseFailed)]
    return failed


async def test_an_unended_event_before_any_content_is_a_502_api_error(capped, byte_upstream):
    byte_upstream.body = UNENDED
    status, content_type, body, request_id = await stream_call(capped)
    assert status == 502 and content_type == "application/json"
    assert json.loads(body)["error"]["type"] == "api_error"
    assert (await failure_of(capped, request_id)).status == 502


async def test_an_unended_event_mid_stream_ends_the_stream_with_an_error_event(capped, byte_upstream):
    delta = sse("content_block_delta", {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "Hel"}})
    byte_upstream.body = STREAM_HEAD + delta + UNENDED
    status, content_type, body, request_id = await stream_call(capped)
    assert status == 200 and content_type == "text/event-stream"
    events = SSEParser().feed(body)
    assert events[0].name == "message_start" and events[-1].name == "error"
    assert json.loads(events[-1].data)["error"]["type"] == "api_error"
    assert len(body) < 64 * 1024
    assert (await failure_of(capped, request_id)).status == 502


async def test_a_large_event_under_the_cap_passes_whole(capped, byte_upstream):
    text = "y" * (512 * 1024)
    delta = sse("content_block_delta", {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": text}})
    tail = sse("content_block_stop", {"type": "content_block_stop", "index": 0}) + sse("message_stop", {"type": "message_stop"})
    byte_upstream.body = STREAM_HEAD + delta + tail
    status, _, body, _ = await stream_call(capped)
    events = SSEParser().feed(body)
    assert status == 200 and [e.name for e in events][-3:] == ["content_block_delta", "content_block_stop", "message_stop"]
    assert json.loads(events[-3].data)["delta"]["text"] == text


async def test_a_whole_answer_past_the_cap_is_a_502_and_never_buffered_whole(capped, byte_upstream):
    byte_upstream.content_type = "application/json"
    byte_upstream.body = b'{"type":"message","content":[{"type":"text","text":"' + b"z" * (3 * 1024 * 1024) + b'"}]}'
    try:
        body = {"model": MODEL, "max_tokens": 16, "messages": [{"role": "user", "content": "hi"}]}
        async with aiohttp.ClientSession() as session:
            async with session.post(f"{capped.url}/v1/messages", json=body, headers={"x-api-key": capped.token()}) as response:
                status, answer, request_id = response.status, await response.json(), response.headers["x-lockgate-request-id"]
    finally:
        byte_upstream.content_type = "text/event-stream"
    assert status == 502 and answer["error"]["type"] == "api_error" and "passed" in answer["error"]["message"]
    assert (await failure_of(capped, request_id)).status == 502


def test_the_parser_splits_events_the_same_whatever_the_chunks():
    stream = b"event: a\r\ndata: 1\r\n\r\nevent: b\ndata: 2\n\n: comment\n\nevent: c\r\ndata: 3\r\n\r"
    whole = SSEParser().feed(stream + b"\n")
    assert [(e.name, e.data) for e in whole] == [("a", b"1"), ("b", b"2"), ("message", b""), ("c", b"3")]
    for size in (1, 2, 3, 7):
        parser = SSEParser()
        pieces = [stream[at : at + size] for at in range(0, len(stream), size)] + [b"\n"]
        assert [event for piece in pieces for event in parser.feed(piece)] == whole


def test_the_parser_refuses_an_event_past_the_cap_even_in_one_chunk():
    parser = SSEParser(max_event_bytes=100)
    assert len(parser.feed(b"data: " + b"z" * 80 + b"\n\n")) == 1
    with pytest.raises(EventTooLarge):
        parser.feed(b"data: " + b"z" * 200 + b"\n\n")


# 14. The simulator's control endpoints: loopback clients only, and never the key.


def outward_address() -> str | None:
    """This machine's address on its outward interface (no packet is sent), or None without one."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.255.255.255", 9))
        address = probe.getsockname()[0]
    except OSError:
        return None
    finally:
        probe.close()
    return None if ipaddress.ip_address(address).is_loopback else address


@pytest.fixture(scope="module")
def open_simulator(tmp_path_factory):
    """A simulator listening on every interface, as someone might run it for a demo."""
    port = free_port()
    log = open(tmp_path_factory.mktemp("open-simulator") / "simulator.log", "wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "services.cli.main", "simulate", "--host", "0.0.0.0", "--port", str(port), "--key", UPSTREAM_KEY],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    wait_http(f"http://127.0.0.1:{port}/_simulator/stats", process=process)
    yield port
    process.terminate()
    process.wait(timeout=10)
    log.close()


async def test_the_simulator_control_endpoints_refuse_clients_off_this_machine(open_simulator):
    address = outward_address()
    if address is None:
        pytest.skip("no non-loopback interface to connect from")
    async with aiohttp.ClientSession() as session:
        for method, path in (("GET", "/_simulator/requests"), ("GET", "/_simulator/stats"), ("POST", "/_simulator/script"), ("DELETE", "/_simulator/script")):
            async with session.request(method, f"http://{address}:{open_simulator}{path}", json=[]) as response:
                assert response.status == 403, path
                assert (await response.json())["error"]["type"] == "permission_error"
        async with session.get(f"http://127.0.0.1:{open_simulator}/_simulator/stats") as response:
            assert response.status == 200


async def test_the_simulator_request_log_never_shows_the_key(open_simulator):
    body = {"model": MODEL, "max_tokens": 8, "messages": [{"role": "user", "content": "hi"}]}
    async with aiohttp.ClientSession(f"http://127.0.0.1:{open_simulator}") as session:
        for headers in ({"x-api-key": UPSTREAM_KEY}, {"authorization": f"Bearer {UPSTREAM_KEY}"}, {"x-api-key": "wrong-key"}):
            async with session.post("/v1/messages", json=body, headers=headers) as response:
                await response.read()
        async with session.get("/_simulator/requests") as response:
            shown = await response.text()
    assert UPSTREAM_KEY not in shown and "wrong-key" not in shown
    recorded = json.loads(shown)[-3:]
    assert [r["authenticated"] for r in recorded] == [True, True, False]
    assert recorded[0]["headers"]["x-api-key"] == recorded[1]["headers"]["authorization"] == "[REDACTED]"
