"""Observability through the real gateway: /metrics after real traffic, one JSON access-log line per request
with no credential, and a refused token left on the bus as a ``request.refused`` audit event."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import anthropic
import pytest
from prometheus_client.parser import text_string_to_metric_families

from schemas.events import RequestRefused
from services.ingress.metrics_api import is_loopback
from tests.harness import UPSTREAM_KEY, including, raw_stream_messages, read_events

MODEL = "claude-haiku-4-5"
ASK = [{"role": "user", "content": "hello"}]
SECRET = "AKIAQYLPMN5HHHFPZAM2"
FORGED = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJtYWxsb3J5In0.Zm9yZ2VkLXNpZ25hdHVyZQ"


@pytest.fixture(scope="module")
def observed(start_gateway):
    return start_gateway('[log]\nformat = "json"\n\n[upstream]\ninitial_backoff_s = 0.05\nmax_backoff_s = 0.2\n')


@pytest.fixture(scope="module")
def traffic(observed, simulator):
    """Real calls: streamed (masked text), a blocked tool call, a retried call, a forged token."""
    token = observed.token("alice", ("developer",))
    client = anthropic.Anthropic(base_url=observed.url, api_key=token, max_retries=0)
    simulator.reset()
    simulator.script(
        {"content": [{"type": "text", "text": f"the key is {SECRET}, keep it"}]},
        {"content": [{"type": "tool_use", "id": "toolu_m1", "name": "Bash", "input": {"command": "rm -rf /"}}]},
        {"error": {"type": "overloaded_error"}},
        {"content": [{"type": "text", "text": "after a retry"}]},
    )
    request_ids = []
    with client.messages.stream(model=MODEL, max_tokens=64, messages=ASK) as stream:
        text = "".join(stream.text_stream)
        request_ids.append(stream.response.headers["x-lockgate-request-id"])
    assert SECRET not in text
    for _ in range(2):
        raw = client.messages.with_raw_response.create(model=MODEL, max_tokens=64, messages=ASK)
        request_ids.append(raw.headers["x-lockgate-request-id"])
    with pytest.raises(anthropic.AuthenticationError):
        anthropic.Anthropic(base_url=observed.url, api_key=FORGED, max_retries=0).messages.create(
            model=MODEL, max_tokens=64, messages=ASK
        )
    return token, request_ids


def scrape(url: str) -> dict[tuple[str, tuple], float]:
    with urllib.request.urlopen(url + "/metrics", timeout=10) as response:
        assert response.headers["content-type"].startswith("text/plain")
        text = response.read().decode()
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def total(samples: dict, name: str, **labels) -> float:
    return sum(value for (sample, found), value in samples.items() if sample == name and set(labels.items()) <= set(found))


def test_metrics_after_traffic_count_requests_verdicts_tools_masks_and_upstream(observed, traffic):
    samples = scrape(observed.url)
    assert total(samples, "lockgate_requests_total", endpoint="messages", status="200", role="developer", stage="") == 3
    assert total(samples, "lockgate_requests_total", endpoint="messages", status="401", stage="identity") == 1
    assert total(samples, "lockgate_added_latency_seconds_count") == 3
    assert total(samples, "lockgate_added_latency_seconds_bucket", le="+Inf") == 3
    assert total(samples, "lockgate_time_to_first_token_seconds_count") == 1
    assert total(samples, "lockgate_verdicts_total", stage="authz", decision="allow") == 3
    assert total(samples, "lockgate_verdicts_total", stage="guard", decision="allow") == 3
    assert total(samples, "lockgate_tool_calls_total", outcome="blocked") == 1
    assert total(samples, "lockgate_masks_total", direction="response") >= 1
    assert total(samples, "lockgate_upstream_retries_total") == 1
    assert total(samples, "lockgate_nats_connected") == 1
    assert total(samples, "lockgate_streams_in_flight") == 0


def test_access_log_has_one_line_per_request_and_no_credential(observed, traffic):
    token, request_ids = traffic
    log = observed.log()
    lines = [json.loads(line) for line in log.splitlines() if line.startswith("{") and '"lockgate.access"' in line]
    messages = [line for line in lines if line["endpoint"] == "messages"]
    assert [line["request_id"] for line in messages if line["status"] == 200] == request_ids
    assert len(messages) == 4
    refused = [line for line in messages if line["status"] == 401]
    assert refused[0]["decision"] == "refused" and refused[0]["stage"] == "identity" and refused[0]["subject"] == ""
    for line in messages[:3]:
        assert line["subject"] == "alice" and line["role"] == "developer" and line["model"] == MODEL
        assert line["decision"] == "released" and line["added_ms"] >= 0 and line["duration_ms"] >= line["added_ms"]
    assert messages[0]["stream"] is True and messages[0]["first_token_ms"] > 0
    for secret in (token, token.split(".")[2], FORGED, UPSTREAM_KEY, SECRET):
        assert secret not in log


async def test_a_refused_token_is_an_audit_event_without_the_token(observed, traffic):
    refused = [event for event in await read_events(observed.nats_url, until=including(RequestRefused)) if isinstance(event, RequestRefused)]
    assert len(refused) == 1
    assert refused[0].status == 401 and refused[0].error_type == "authentication_error"
    assert refused[0].reason and refused[0].path == "/v1/messages" and refused[0].identity.subject == ""
    recorded = b"".join(await raw_stream_messages(observed.nats_url))
    assert FORGED.encode() not in recorded and FORGED.split(".")[2].encode() not in recorded


def test_metrics_refuse_other_methods_in_the_anthropic_shape(observed):
    request = urllib.request.Request(observed.url + "/metrics", data=b"x", method="POST")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 405
    assert json.loads(refused.value.read())["type"] == "error"


@pytest.mark.parametrize("address, loopback", [
    ("127.0.0.1", True), ("::1", True), ("127.8.9.10", True),
    ("10.0.0.5", False), ("192.168.1.2", False), ("", False), (None, False), ("not-an-ip", False), ("::ffff:10.0.0.1", False),
])
def test_only_loopback_clients_may_scrape_by_default(address, loopback):
    assert is_loopback(address) is loopback
