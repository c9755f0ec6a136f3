"""Whole requests held for approval (a role's ``approve_models``/``approve_tools``), through the real gateway, authz,
approver, NATS and simulated upstream, with the official SDK as the client.

Nothing goes upstream while a request is held; a reviewer's approval through the API releases it and the
client gets the answer; a denial or expiry is a 403 ``permission_error`` saying so; the requester never
approves its own request.
"""

from __future__ import annotations

import asyncio
import time
import uuid

import anthropic
import pytest

from schemas.events import ApprovalDecided, ApprovalExpired, ApprovalRequested, RequestRejected, ResponseCompleted, Verdict
from services.cli.workers import DEFAULT_POLICY
from tests.harness import Gateway, including, read_events
from tests.test_approver import BOUND_S, api, cli, decide

OPUS = "claude-opus-4-1"
ASK = "Summarise the quarterly report."
EXPIRING_TOOL = "mcp__prod__deploy"

POLICY = DEFAULT_POLICY.read_text() + f"""
[roles.researcher]
models = ["claude-haiku-*", "claude-opus-*"]
tools = ["*"]
approve_models = ["claude-opus-*"]
approve_tools = ["{EXPIRING_TOOL}"]

[[approver.rules]]
rules = ["roles.researcher.approve_tools"]
expiry_s = 1.5
"""


@pytest.fixture(scope="module")
def holding(start_gateway, tmp_path_factory):
    policy = tmp_path_factory.mktemp("request-approval-policy") / "policy.toml"
    policy.write_text(POLICY)
    return start_gateway(
        f"""
[gateway]
approval_timeout_s = 60

[policy]
file = "{policy}"
"""
    )


def requester(gateway: Gateway) -> str:
    """Alice, a researcher who is also a reviewer: she may review others' requests, never her own."""
    return gateway.token("alice", ("researcher", "reviewer"))


def client(gateway: Gateway) -> anthropic.Anthropic:
    return anthropic.Anthropic(base_url=gateway.url, api_key=requester(gateway), max_retries=0)


def create(gateway: Gateway, session: str, model: str = OPUS, **extra):
    return client(gateway).messages.create(
        model=model, max_tokens=64, messages=[{"role": "user", "content": ASK}],
        extra_headers={"x-claude-code-session-id": session}, **extra,
    )


async def held(gateway: Gateway, session: str) -> dict:
    """The session's pending request approval, once it is open."""
    reviewer = gateway.token("carol", ("reviewer",))
    deadline = time.monotonic() + BOUND_S
    while time.monotonic() < deadline:
        status, answer = await asyncio.to_thread(api, gateway, reviewer, "GET", "/v1/lockgate/approvals?state=pending")
        assert status == 200, answer
        found = [a for a in answer["data"] if a["session_id"] == session and a["kind"] == "request"]
        if found:
            return found[0]
        await asyncio.sleep(0.05)
    raise AssertionError(f"no pending request approval for session {session}")


async def test_an_opus_request_is_held_approved_through_the_api_released_and_answered(holding, simulator):
    session = uuid.uuid4().hex
    before = len(simulator.requests())
    simulator.script({"content": [{"type": "text", "text": "The report, in short."}]})
    call = asyncio.create_task(asyncio.to_thread(create, holding, session))
    request = await held(holding, session)
    assert (request["kind"], request["model"], request["endpoint"], request["summary"]) == ("request", OPUS, "messages", ASK)
    assert request["identity"]["subject"] == "alice" and request["rule"] == "roles.researcher.approve_models"
    assert OPUS in request["message"] and request["expires_at"] > time.time()
    await asyncio.sleep(0.5)
    assert not call.done() and len(simulator.requests()) == before, "nothing goes upstream while the request is held"

    listed = await asyncio.to_thread(cli, holding, "list", "--state", "pending", token=holding.token("bob", ("reviewer",)))
    assert request["approval_id"] in listed.stdout and f"messages {OPUS}: {ASK}" in listed.stdout, listed.stderr
    status, decided = await asyncio.to_thread(decide, holding, "bob", request["approval_id"], "approve", "fine for the report")
    assert status == 200 and decided["state"] == "approved", decided
    message = await asyncio.wait_for(call, BOUND_S)
    assert message.content[0].text == "The report, in short."
    assert len(simulator.requests()) == before + 1

    events = await read_events(holding.nats_url, request["request_id"], until=including(ApprovalDecided, ResponseCompleted))
    assert [e.approval.kind for e in events if isinstance(e, ApprovalRequested)] == ["request"]
    [vote] = [e for e in events if isinstance(e, ApprovalDecided)]
    assert (vote.reviewer.subject, vote.state, vote.comment) == ("bob", "approved", "fine for the report")
    answers = [(e.decision, e.rule) for e in events if isinstance(e, Verdict) and e.stage == "approver"]
    assert answers == [("allow", "approver.approved")]


async def test_a_denied_streamed_request_is_a_403_permission_error_and_never_sent(holding, simulator):
    session = uuid.uuid4().hex
    before = len(simulator.requests())

    def stream():
        with client(holding).messages.stream(
            model=OPUS, max_tokens=64, messages=[{"role": "user", "content": ASK}], extra_headers={"x-claude-code-session-id": session}
        ) as s:
            return s.get_final_message()

    call = asyncio.create_task(asyncio.to_thread(stream))
    request = await held(holding, session)
    status, decided = await asyncio.to_thread(decide, holding, "bob", request["approval_id"], "deny", "use haiku")
    assert status == 200 and decided["state"] == "denied"
    with pytest.raises(anthropic.PermissionDeniedError) as refused:
        await asyncio.wait_for(call, BOUND_S)
    error = refused.value.body["error"]
    assert error["type"] == "permission_error" and "denied by bob: use haiku" in error["message"]
    assert len(simulator.requests()) == before
    events = await read_events(holding.nats_url, request["request_id"], until=including(RequestRejected))
    [rejected] = [e for e in events if isinstance(e, RequestRejected)]
    assert (rejected.status, rejected.stage, rejected.rule) == (403, "approver", "approver.denied")


async def test_an_unanswered_request_expires_with_its_own_state_and_a_403(holding, simulator):
    session = uuid.uuid4().hex
    tool = {"name": EXPIRING_TOOL, "description": "deploy", "input_schema": {"type": "object", "properties": {}}}
    call = asyncio.create_task(asyncio.to_thread(create, holding, session, "claude-haiku-4-5", tools=[tool]))
    request = await held(holding, session)
    assert request["rule"] == "roles.researcher.approve_tools"
    with pytest.raises(anthropic.PermissionDeniedError) as refused:
        await asyncio.wait_for(call, BOUND_S)
    assert refused.value.body["error"]["type"] == "permission_error" and "expired" in refused.value.body["error"]["message"]
    status, record = await asyncio.to_thread(api, holding, holding.token("bob", ("reviewer",)), "GET", f"/v1/lockgate/approvals/{request['approval_id']}")
    assert status == 200 and record["state"] == "expired"
    events = await read_events(holding.nats_url, request["request_id"], until=including(ApprovalExpired))
    assert [e.approval_id for e in events if isinstance(e, ApprovalExpired)] == [request["approval_id"]]


async def test_the_requester_cannot_approve_its_own_request(holding, simulator):
    session = uuid.uuid4().hex
    simulator.script({"content": [{"type": "text", "text": "unused"}]})
    call = asyncio.create_task(asyncio.to_thread(create, holding, session))
    request = await held(holding, session)
    status, refused = await asyncio.to_thread(decide, holding, "alice", request["approval_id"], "approve", roles=("researcher", "reviewer"))
    assert status == 403 and refused["error"]["type"] == "permission_error" and "its own request" in refused["error"]["message"]
    status, refused = await asyncio.to_thread(decide, holding, "mallory", request["approval_id"], "approve", roles=("researcher",))
    assert status == 403 and refused["error"]["type"] == "permission_error", "a role that may not review is refused"
    await asyncio.sleep(0.3)
    assert not call.done(), "a refused approval releases nothing"
    await asyncio.to_thread(decide, holding, "bob", request["approval_id"], "deny")
    with pytest.raises(anthropic.PermissionDeniedError):
        await asyncio.wait_for(call, BOUND_S)
    simulator.reset()
