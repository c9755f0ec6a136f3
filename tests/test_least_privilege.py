"""Least privilege through the whole pipeline: the authz stage's scopes, rate, budget and hot-reloaded policy.

Each test runs its own ``lockgate up`` on its own nats-server, so its policy and counters are its own.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

import anthropic
import pytest

from schemas.events import Verdict
from tests.harness import CREDENTIALS, authz_decided, including, read_events

HAIKU = "claude-haiku-4-5"
HELLO = [{"role": "user", "content": "Hello"}]

POLICY = """
version = "scopes-1"

[roles.developer]
models = ["claude-haiku-*"]
tools = ["Read", "Bash", "mcp__github__*"]
max_tokens = 1000
strip_excess = true
rate = { requests = 1000, period_s = 60 }

[roles.strict]
models = ["claude-haiku-*"]
tools = ["Read"]
max_tokens = 1000
strip_excess = false

[roles.limited]
models = ["claude-haiku-*"]
rate = { requests = 3, period_s = 60 }

[roles.budgeted]
models = ["claude-haiku-*"]
budget = { tokens = 150, window_s = 3600 }
"""


def tool(name: str) -> dict:
    return {"name": name, "description": name, "input_schema": {"type": "object", "properties": {}}}


@pytest.fixture(scope="module")
def scoped_gateway(start_gateway, tmp_path_factory):
    policy = tmp_path_factory.mktemp("policy") / "policy.toml"
    policy.write_text(POLICY)
    return start_gateway(f'[policy]\nfile = "{policy}"\n')


@pytest.fixture(scope="module")
def scoped_gateway_via_nats(start_gateway, tmp_path_factory):
    """As ``scoped_gateway``, with every request put to the authz queue group through NATS, where replicas in
    other processes share it (``deliver_in_process = false``)."""
    policy = tmp_path_factory.mktemp("policy") / "policy.toml"
    policy.write_text(POLICY)
    return start_gateway(f'[policy]\nfile = "{policy}"\n[gateway]\ndeliver_in_process = false\n')


def client_for(gateway, role: str, sub: str = "alice") -> anthropic.Anthropic:
    return anthropic.Anthropic(base_url=gateway.url, api_key=gateway.token(sub=sub, roles=(role,)), max_retries=0)


def test_a_model_outside_the_role_is_a_403(scoped_gateway):
    with pytest.raises(anthropic.PermissionDeniedError) as caught:
        client_for(scoped_gateway, "developer").messages.create(model="claude-opus-5-5", max_tokens=16, messages=HELLO)
    assert caught.value.body["error"]["type"] == "permission_error"
    assert "claude-opus-5-5" in caught.value.body["error"]["message"]


def test_an_identity_without_a_role_is_a_403(scoped_gateway):
    with pytest.raises(anthropic.PermissionDeniedError, match="no role"):
        client_for(scoped_gateway, "visitor").messages.create(model=HAIKU, max_tokens=16, messages=HELLO)


def test_forbidden_tools_are_stripped_and_max_tokens_clamped(scoped_gateway, simulator):
    tools = [tool("Read"), tool("Write"), tool("mcp__github__create_issue"), tool("mcp__slack__post")]
    client_for(scoped_gateway, "developer").messages.create(model=HAIKU, max_tokens=5000, tools=tools, messages=HELLO)
    seen = simulator.requests()[-1]["body"]
    assert [t["name"] for t in seen["tools"]] == ["Read", "mcp__github__create_issue"]
    assert seen["max_tokens"] == 1000


def test_a_role_that_does_not_strip_denies_forbidden_tools(scoped_gateway, simulator):
    before = simulator.stats()["requests"]
    with pytest.raises(anthropic.PermissionDeniedError, match="Write"):
        client_for(scoped_gateway, "strict").messages.create(model=HAIKU, max_tokens=16, tools=[tool("Write")], messages=HELLO)
    assert simulator.stats()["requests"] == before, "a denied request never reaches the upstream"


def test_the_rate_limit_answers_429_with_retry_after(scoped_gateway):
    client = client_for(scoped_gateway, "limited", sub="rate-limited-bot")
    for _ in range(3):
        client.messages.create(model=HAIKU, max_tokens=16, messages=HELLO)
    with pytest.raises(anthropic.RateLimitError) as caught:
        client.messages.create(model=HAIKU, max_tokens=16, messages=HELLO)
    assert caught.value.body["error"]["type"] == "rate_limit_error"
    assert int(caught.value.response.headers["retry-after"]) >= 1


@pytest.mark.slow
async def test_policy_hot_reload_decides_the_very_next_request(start_gateway, tmp_path):
    gateway = start_gateway()
    client = anthropic.Anthropic(base_url=gateway.url, api_key=gateway.token(), max_retries=0)
    client.messages.create(model=HAIKU, max_tokens=16, messages=HELLO)

    stricter = tmp_path / "stricter.toml"
    stricter.write_text('version = "no-haiku"\n[roles.developer]\nmodels = ["claude-opus-*"]\n')
    pushed = subprocess.run(
        [sys.executable, "-m", "services.cli.main", "policy", "push", str(stricter)],
        env={**os.environ, "NATS_URL": gateway.nats_url, "LOCKGATE_NATS_CREDENTIALS": str(CREDENTIALS[gateway.nats_url].directory)},
        capture_output=True,
        text=True,
        check=True,
    )
    version = pushed.stdout.split()[-1]
    assert version.startswith("no-haiku@")

    with pytest.raises(anthropic.PermissionDeniedError) as caught:
        client.messages.with_raw_response.create(model=HAIKU, max_tokens=16, messages=HELLO)
    request_id = caught.value.response.headers["x-lockgate-request-id"]
    verdicts = [e for e in await read_events(gateway.nats_url, request_id, until=including(Verdict)) if isinstance(e, Verdict)]
    assert [v.policy_version for v in verdicts if v.stage == "authz"] == [version]


@pytest.mark.slow
@pytest.mark.parametrize("delivery", ["via NATS", "in process"])
async def test_budget_and_exactly_once_hold_across_two_authz_replicas(delivery, request, simulator):
    """Via NATS the two replicas share the requests; in process the gateway's own replica takes them and the
    other one skips them. Either way each request is decided once and the budget runs out."""
    scoped_gateway = request.getfixturevalue("scoped_gateway_via_nats" if delivery == "via NATS" else "scoped_gateway")
    second = subprocess.Popen(
        [sys.executable, "-m", "services.cli.main", "worker", "authz"],
        env={**os.environ, "NATS_URL": scoped_gateway.nats_url, "LOCKGATE_NATS_CREDENTIALS": str(CREDENTIALS[scoped_gateway.nats_url].directory)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(1.0)
        client = client_for(scoped_gateway, "budgeted", sub="budget-bot")
        request_ids, refused = [], None
        for _ in range(40):
            try:
                response = client.messages.with_raw_response.create(model=HAIKU, max_tokens=16, messages=HELLO)
                request_ids.append(response.headers["x-lockgate-request-id"])
            except anthropic.RateLimitError as error:
                refused = error
                break
            time.sleep(0.05)
        assert refused is not None, "the token budget must run out"
        assert "budget" in refused.body["error"]["message"]
        assert 2 <= len(request_ids) < 40
        for request_id in request_ids:
            verdicts = [e for e in await read_events(scoped_gateway.nats_url, request_id, settle_s=0.1, until=authz_decided) if isinstance(e, Verdict)]
            assert len([v for v in verdicts if v.stage == "authz"]) == 1, "each request is decided exactly once"
    finally:
        second.terminate()
        second.wait(timeout=10)
