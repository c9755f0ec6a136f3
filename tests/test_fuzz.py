"""Property-based fuzzing of the gateway: request bodies, headers (also malformed, on raw sockets) and the
upstream's SSE. Whatever arrives, the gateway never answers 500, every non-2xx answer is an Anthropic error
(``{"type": "error", "error": {...}}``), and no answer nor log line holds a credential (the client's token,
the upstream key).

Each fuzzer runs many examples against one ``lockgate up`` started once. ``test_fuzz_fast`` runs about 200
cases; ``test_fuzz_10k`` (slow) runs at least 10,000: ``.venv/bin/python -m pytest tests/test_fuzz.py -m slow``.
"""

from __future__ import annotations

import http.client
import json
import re
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.egress.sse import SSEParser
from tests.harness import UPSTREAM_KEY

MODEL = "claude-haiku-4-5"
ROOT = Path(__file__).resolve().parent.parent


def fuzz_policy(directory: Path) -> Path:
    """The shipped policy with a request rate the fuzzer cannot reach, so requests get past authz."""
    text = (ROOT / "policies" / "default.toml").read_text()
    policy = directory / "policy.toml"
    policy.write_text(re.sub(r"rate = \{ requests = \d+", "rate = { requests = 1000000000", text))
    return policy


GATEWAY_CONFIG = """
[gateway]
header_timeout_s = 1.0
body_timeout_s = 1.0
approval_stage = ""

[upstream]
max_attempts = 1

[policy]
file = "{policy}"
"""


class Counted:
    """How many examples ran, for the 10,000-case claim."""

    def __init__(self) -> None:
        self.cases = 0


def run(strategy, check, examples: int, counted: Counted) -> None:
    @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(strategy)
    def property_(case) -> None:
        counted.cases += 1
        check(case)

    property_()


# What is checked of every answer.


def assert_safe(status: int, content_type: str, body: bytes, secrets: tuple[str, ...]) -> None:
    assert status != 500, body[:300]
    if status >= 300:
        assert content_type.startswith("application/json"), (status, content_type, body[:300])
        payload = json.loads(body)
        assert payload["type"] == "error" and isinstance(payload["error"]["type"], str), payload
        assert isinstance(payload["error"]["message"], str)
    for secret in secrets:
        assert secret.encode() not in body and secret[:24].encode() not in body


# Request bodies and headers, through a real HTTP client.

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
TOOL = st.fixed_dictionaries(
    {"name": st.sampled_from(["Bash", "Read", "mcp__x__y", "web_search_20250305", ""]) | st.text(max_size=12)},
    optional={"input_schema": JSON, "type": st.text(max_size=12), "description": st.text(max_size=20)},
)
BLOCK = st.one_of(
    st.fixed_dictionaries({"type": st.just("text"), "text": st.text(max_size=40)}),
    st.fixed_dictionaries({"type": st.just("tool_use"), "id": st.text(max_size=8), "name": st.text(max_size=8), "input": JSON}),
    st.fixed_dictionaries({"type": st.just("tool_result"), "tool_use_id": st.text(max_size=8), "content": st.text(max_size=40) | JSON}),
    JSON,
)
MESSAGE = st.fixed_dictionaries(
    {"role": st.sampled_from(["user", "assistant"]) | st.text(max_size=6), "content": st.text(max_size=40) | st.lists(BLOCK, max_size=3) | JSON}
)
MESSAGES_BODY = st.fixed_dictionaries(
    {
        "model": st.sampled_from([MODEL, "claude-opus-4-5", "gpt-4o", ""]) | st.text(max_size=20),
        "max_tokens": st.integers(-5, 300_000) | JSON,
        "messages": st.lists(MESSAGE, max_size=3) | JSON,
    },
    optional={
        "stream": st.booleans() | JSON,
        "tools": st.lists(TOOL, max_size=3) | JSON,
        "system": st.text(max_size=40) | JSON,
        "metadata": JSON,
        "tool_choice": JSON,
    },
)
BODY = st.one_of(
    MESSAGES_BODY.map(lambda body: json.dumps(body).encode()),
    JSON.map(lambda value: json.dumps(value).encode()),
    st.binary(max_size=200),
    st.text(max_size=30).map(lambda text: b'{"model": "' + text.encode("utf-8", "surrogatepass") + b'\xff\xfe"}'),
)
KNOWN_ENDPOINT = st.sampled_from(
    [("POST", "/v1/messages")] * 6
    + [("POST", "/v1/messages/count_tokens"), ("GET", "/v1/models"), ("GET", "/v1/models/claude-haiku-4-5"), ("DELETE", "/v1/messages")]
)
ENDPOINT = st.one_of(  # a random path one time in four
    KNOWN_ENDPOINT, KNOWN_ENDPOINT, KNOWN_ENDPOINT,
    st.tuples(st.sampled_from(["GET", "POST", "PUT", "OPTIONS"]), st.text(max_size=20).map(lambda text: "/v1/" + quote(text, safe="/.%?=&"))),
)
HEADER_NAME = st.text("abcdefghijklmnopqrstuvwxyz-", min_size=1, max_size=20)
HEADER_VALUE = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=40)
EXTRA_HEADERS = st.dictionaries(
    st.sampled_from(["anthropic-version", "anthropic-beta", "content-type", "x-claude-code-session-id", "user-agent", "content-encoding"]) | HEADER_NAME,
    HEADER_VALUE,
    max_size=4,
)
AUTH = st.sampled_from(["x-api-key", "bearer", "both", "none", "garbage", "suffixed"])
REQUEST = st.tuples(ENDPOINT, BODY, EXTRA_HEADERS, AUTH)


def auth_headers(auth: str, token: str) -> dict[str, str]:
    return {
        "x-api-key": {"x-api-key": token},
        "bearer": {"authorization": f"Bearer {token}"},
        "both": {"x-api-key": token, "authorization": f"Bearer {token}"},
        "none": {},
        "garbage": {"x-api-key": "not-a-token"},
        "suffixed": {"x-api-key": token + "x"},
    }[auth]


class Client:
    """One kept-alive connection to the gateway, opened again whenever the gateway closed it."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def call(self, method: str, path: str, body: bytes, headers: dict[str, str]) -> tuple[int, str, bytes]:
        for attempt in (1, 2):
            try:
                self.connection.request(method, path, body=body if method != "GET" else None, headers=headers)
                response = self.connection.getresponse()
                payload = response.read()
                if response.getheader("connection", "").lower() == "close":
                    self.connection.close()
                return response.status, response.getheader("content-type", ""), payload
            except (http.client.RemoteDisconnected, ConnectionError, http.client.CannotSendRequest):
                self.connection.close()
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")


def request_checker(gateway, token: str):
    client = Client(gateway.port)

    def check(case) -> None:
        (method, path), body, extra, auth = case
        headers = {**extra, **auth_headers(auth, token)}
        status, content_type, payload = client.call(method, path, body, headers)
        assert_safe(status, content_type, payload, (token, UPSTREAM_KEY))

    return check


# Malformed header lines, on raw sockets (no HTTP client sends them).

HEADER_LINE = st.one_of(
    st.tuples(HEADER_NAME, HEADER_VALUE).map(lambda pair: f"{pair[0]}: {pair[1]}".encode()),
    st.binary(max_size=40).filter(lambda line: b"\r\n\r\n" not in line),
    st.sampled_from([b"x-a: one\ntwo", b"x-a: a\x01b", b"no colon here", b"x-a : b", b" folded continuation", b"x-a: \x00", b"\x7f: x"]),
    st.integers(8000, 20000).map(lambda size: b"x-long: " + b"a" * size),
)
REQUEST_LINE = st.sampled_from([b"POST /v1/messages HTTP/1.1", b"GET /v1/models HTTP/1.1", b"POST /v1/messages HTTP/1.0"])
RAW_REQUEST = st.tuples(
    st.one_of(REQUEST_LINE, REQUEST_LINE, REQUEST_LINE, st.binary(max_size=30).filter(lambda line: b"\n" not in line)),
    st.lists(HEADER_LINE, max_size=4),
    st.sampled_from(["x-api-key", "bearer", "in-a-bad-line", "before-a-bad-line"]),
)
RAW_BODY = json.dumps({"model": MODEL, "max_tokens": 8, "messages": [{"role": "user", "content": "hi"}]}).encode()


def raw_exchange(port: int, data: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(data)
        received = b""
        while chunk := sock.recv(65536):
            received += chunk
        return received


def first_response(raw: bytes) -> tuple[int, str, bytes]:
    head, _, rest = raw.partition(b"\r\n\r\n")
    status_line, *lines = head.decode("latin-1").split("\r\n")
    headers = {name.strip().lower(): value.strip() for name, _, value in (line.partition(":") for line in lines)}
    length = int(headers.get("content-length", len(rest)))
    return int(status_line.split()[1]), headers.get("content-type", ""), rest[:length]


def raw_checker(gateway, token: str):
    def check(case) -> None:
        request_line, lines, auth = case
        credential = b"authorization: Bearer " + token.encode() if auth == "bearer" else b"x-api-key: " + token.encode()
        if auth == "in-a-bad-line":
            credential += b"\x01"
        header_lines = [credential, *lines] if auth != "before-a-bad-line" else [*lines, credential]
        framing = [b"content-type: application/json", b"content-length: %d" % len(RAW_BODY), b"connection: close"]
        data = b"\r\n".join([request_line, b"host: 127.0.0.1", *header_lines, *framing]) + b"\r\n\r\n" + RAW_BODY
        received = raw_exchange(gateway.port, data)
        for secret in (token, UPSTREAM_KEY):
            assert secret[:24].encode() not in received
        if received:
            assert_safe(*first_response(received), (token, UPSTREAM_KEY))

    return check


# The upstream's answers: SSE streams and JSON bodies, served by a stand-in upstream.


class Upstream:
    """A stand-in Claude upstream on loopback: every POST gets ``answer`` (status, content type, body)."""

    def __init__(self) -> None:
        self.answer = (200, "application/json", b"{}")
        upstream = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body go in two writes: no delayed-ACK stall between them

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("content-length", 0)))
                status, content_type, body = upstream.answer
                self.send_response(status)
                self.send_header("content-type", content_type)
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


INDEX = st.integers(-1, 3) | JSON
USAGE = st.fixed_dictionaries({"input_tokens": st.integers(0, 10**6) | JSON, "output_tokens": st.integers(0, 10**6) | JSON})
CONTENT_BLOCK = st.one_of(
    st.fixed_dictionaries({"type": st.just("text"), "text": st.text(max_size=20)}),
    st.fixed_dictionaries(
        {"type": st.just("tool_use"), "id": st.text(max_size=8), "name": st.sampled_from(["Bash", "Read", "Write"]) | st.text(max_size=8), "input": st.just({}) | JSON}
    ),
    st.fixed_dictionaries({"type": st.just("thinking"), "thinking": st.text(max_size=20)}),
    JSON,
)
DELTA = st.one_of(
    st.fixed_dictionaries({"type": st.just("text_delta"), "text": st.text(max_size=40)}),
    st.fixed_dictionaries(
        {"type": st.just("input_json_delta"), "partial_json": st.sampled_from(['{"command": "', "rm -rf /", 'ls"}', "}", "{"]) | st.text(max_size=20)}
    ),
    st.fixed_dictionaries({"type": st.just("thinking_delta"), "thinking": st.text(max_size=20)}),
    JSON,
)
EVENT_PAYLOADS = {
    "message_start": st.fixed_dictionaries(
        {"type": st.just("message_start"), "message": st.fixed_dictionaries(
            {"id": st.just("msg_fuzz"), "type": st.just("message"), "role": st.just("assistant"), "model": st.just(MODEL) | JSON,
             "content": st.just([]), "stop_reason": st.none(), "usage": USAGE | JSON}
        ) | JSON}
    ),
    "content_block_start": st.fixed_dictionaries({"type": st.just("content_block_start"), "index": INDEX, "content_block": CONTENT_BLOCK}),
    "content_block_delta": st.fixed_dictionaries({"type": st.just("content_block_delta"), "index": INDEX, "delta": DELTA}),
    "content_block_stop": st.fixed_dictionaries({"type": st.just("content_block_stop"), "index": INDEX}),
    "message_delta": st.fixed_dictionaries(
        {"type": st.just("message_delta"), "delta": st.fixed_dictionaries({"stop_reason": st.sampled_from(["end_turn", "tool_use", None]) | JSON}), "usage": USAGE | JSON}
    ),
    "message_stop": st.just({"type": "message_stop"}),
    "ping": st.just({"type": "ping"}),
    "error": st.fixed_dictionaries(
        {"type": st.just("error"), "error": st.fixed_dictionaries({"type": st.sampled_from(["api_error", "overloaded_error"]), "message": st.text(max_size=20)})}
    ),
}
EVENT = st.one_of(
    *(payload.map(lambda data, name=name: (name.encode(), json.dumps(data).encode())) for name, payload in EVENT_PAYLOADS.items()),
    st.tuples(st.sampled_from(list(EVENT_PAYLOADS)).map(str.encode) | st.binary(max_size=12), st.binary(max_size=60)),
)
SEPARATOR = st.sampled_from([b"\n\n", b"\r\n\r\n", b"\n\n", b"\r\r", b"\n"])


@st.composite
def sse_stream(draw) -> bytes:
    """Mostly a plausible stream (a message_start first), with fuzzed events, payloads and separators."""
    events = draw(st.lists(st.tuples(EVENT, SEPARATOR), max_size=10))
    if draw(st.booleans()):
        start = draw(EVENT_PAYLOADS["message_start"])
        events.insert(0, ((b"message_start", json.dumps(start).encode()), b"\n\n"))
    return b"".join(b"event: " + name + b"\ndata: " + data + separator for (name, data), separator in events)


UPSTREAM_ANSWER = st.one_of(
    st.tuples(st.just(True), st.just(200), st.just("text/event-stream"), sse_stream()),
    st.tuples(st.just(False), st.just(200), st.just("application/json"), st.binary(max_size=100) | JSON.map(lambda v: json.dumps(v).encode())),
    st.tuples(
        st.booleans(),
        st.sampled_from([400, 401, 404, 413, 429, 529]),
        st.just("application/json"),
        st.text(max_size=20).map(lambda text: json.dumps({"type": "error", "error": {"type": "api_error", "message": text}}).encode()),
    ),
)


def sse_checker(gateway, token: str, upstream: Upstream):
    client = Client(gateway.port)

    def check(case) -> None:
        stream, status, content_type, body = case
        upstream.answer = (status, content_type, body)
        request = {"model": MODEL, "max_tokens": 64, "stream": stream, "messages": [{"role": "user", "content": "hi"}]}
        answer = client.call("POST", "/v1/messages", json.dumps(request).encode(), {"x-api-key": token, "content-type": "application/json"})
        assert_safe(*answer, (token, UPSTREAM_KEY))
        if answer[0] == 200 and answer[1].startswith("text/event-stream"):
            for event in SSEParser().feed(answer[2]):
                if event.name == "error" and event.data.startswith(b'{"type":"error"'):
                    assert json.loads(event.data)["error"]["type"]

    return check


def test_the_sse_parser_frames_the_same_events_whatever_the_chunking():
    @settings(max_examples=200, deadline=None, database=None)
    @given(sse_stream(), st.lists(st.integers(1, 50), max_size=20))
    def same_events(stream: bytes, cuts: list[int]) -> None:
        whole = SSEParser().feed(stream)
        parser = SSEParser()
        pieces, at = [], 0
        for cut in cuts:
            pieces.append(stream[at : at + cut])
            at += cut
        pieces.append(stream[at:])
        assert [event for piece in pieces for event in parser.feed(piece)] == whole

    same_events()


# The runs: one gateway for requests (the simulated upstream), one for the stand-in upstream.


@pytest.fixture(scope="module")
def upstream():
    stand_in = Upstream()
    yield stand_in
    stand_in.stop()


@pytest.fixture(scope="module")
def fuzz_gateways(start_gateway, upstream, tmp_path_factory):
    config = GATEWAY_CONFIG.format(policy=fuzz_policy(tmp_path_factory.mktemp("fuzz-policy")))
    requests_gateway = start_gateway(config)
    sse_gateway = start_gateway(config, {"LOCKGATE_UPSTREAM_URL": upstream.url})
    return requests_gateway, sse_gateway


def fuzz(fuzz_gateways, upstream, requests: int, raw: int, sse: int) -> int:
    requests_gateway, sse_gateway = fuzz_gateways
    counted = Counted()
    token = requests_gateway.token(ttl_s=3600)
    run(REQUEST, request_checker(requests_gateway, token), requests, counted)
    run(RAW_REQUEST, raw_checker(requests_gateway, token), raw, counted)
    sse_token = sse_gateway.token(ttl_s=3600)
    run(UPSTREAM_ANSWER, sse_checker(sse_gateway, sse_token, upstream), sse, counted)
    for gateway, secret in ((requests_gateway, token), (sse_gateway, sse_token)):
        log = gateway.log()
        assert secret[:24] not in log and UPSTREAM_KEY not in log
    return counted.cases


def test_fuzz_fast(fuzz_gateways, upstream):
    assert fuzz(fuzz_gateways, upstream, requests=100, raw=50, sse=50) >= 200


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_fuzz_10k(fuzz_gateways, upstream):
    assert fuzz(fuzz_gateways, upstream, requests=5000, raw=2500, sse=2500) >= 10_000
