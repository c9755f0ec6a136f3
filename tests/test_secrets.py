"""The upstream key never leaves the gateway: not in events, logs, or anything a client receives."""

from __future__ import annotations

import http.client
import json

import anthropic
import pytest

from tests.harness import UPSTREAM_KEY, raw_stream_messages

MODEL = "claude-haiku-4-5"


def _raw_call(port: int, body: bytes, headers: dict) -> bytes:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("POST", "/v1/messages", body=body, headers=headers)
    response = connection.getresponse()
    return str(response.getheaders()).encode() + response.read()


@pytest.mark.slow
async def test_upstream_key_appears_in_no_event_log_line_or_client_response(start_gateway, simulator):
    gateway = start_gateway("[upstream]\nmax_attempts = 2\ninitial_backoff_s = 0.01\n")
    seen_by_client: list[bytes] = []
    token = gateway.token()
    client = anthropic.Anthropic(base_url=gateway.url, api_key=token, max_retries=0)

    simulator.script(
        {"content": [{"type": "text", "text": "plain answer"}]},
        {"content": [{"type": "tool_use", "name": "Bash", "input": {"command": "ls"}}]},
        {"error": {"status": 400, "type": "invalid_request_error", "message": "bad"}},
        {"error": {"status": 529, "type": "overloaded_error", "message": "busy"}, "repeat": 2},
    )
    seen_by_client.append(client.messages.with_raw_response.create(model=MODEL, max_tokens=8, messages=[{"role": "user", "content": "hi"}]).http_response.read())
    with client.messages.with_streaming_response.create(
        model=MODEL, max_tokens=8, stream=True, messages=[{"role": "user", "content": "hi"}]
    ) as response:
        seen_by_client.append(str(dict(response.headers)).encode() + response.read())
    for _ in range(2):
        try:
            client.messages.create(model=MODEL, max_tokens=8, messages=[{"role": "user", "content": "hi"}])
        except anthropic.APIStatusError as error:
            seen_by_client.append(str(dict(error.response.headers)).encode() + error.response.read())
    seen_by_client.append(_raw_call(gateway.port, b"{not json", {"content-type": "application/json", "x-api-key": token}))
    seen_by_client.append(_raw_call(gateway.port, json.dumps({"model": MODEL}).encode(), {"x-api-key": "not-a-token"}))

    assert len(seen_by_client) == 6
    for payload in seen_by_client:
        assert UPSTREAM_KEY.encode() not in payload

    recorded = await raw_stream_messages(gateway.nats_url)  # its own nats-server's stream, not the session's
    assert recorded, "the calls above must have left events"
    for payload in recorded:
        assert UPSTREAM_KEY.encode() not in payload
        assert token.encode() not in payload, "client tokens are never recorded either"

    gateway.stop()
    log = gateway.log()
    assert "lockgate listening" in log
    assert UPSTREAM_KEY not in log
    assert token not in log
