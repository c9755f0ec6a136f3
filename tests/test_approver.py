"""Held tool calls decided by people, through the real gateway, approver, NATS and simulated upstream.

A streamed call that needs approval is held (pings flowing) until reviewers decide through the
reviewer API or ``lockgate approvals``: approved, it is released byte for byte; denied or expired, it
is replaced by a text block saying so. Quorums, self-approval, grants, the webhook, an approver
restart, and hostile reviewer calls.
"""

from __future__ import annotations

import asyncio
import base64
import http.client
import json
import os
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid

import anthropic
import pytest
from aiohttp import web

from schemas.events import ApprovalDecided, ApprovalExpired, ApprovalNotified, ApprovalRequested, ToolUseVerdict
from services.cli.workers import DEFAULT_POLICY
from services.common.embedded_nats import free_port
from services.identity import DevIssuer
from tests.harness import CREDENTIALS, UPSTREAM_KEY, Gateway, including, read_events

MODEL = "claude-haiku-4-5"
ASK = [{"role": "user", "content": "Do the operation."}]
BOUND_S = 30.0
"""How long a test waits for something to happen at most: a bound against hanging, never a measured threshold."""

POLICY = DEFAULT_POLICY.read_text() + """
[guard]
rules = [
  { id = "ops.prune", message = "Pruning Docker needs a human", severity = "approve", command = "docker system prune*" },
  { id = "ops.drain", message = "Draining a node needs two people", severity = "approve", command = "node-tool drain*" },
  { id = "ops.release", message = "Releasing needs a human", severity = "approve", command = "release-tool publish*" },
  { id = "ops.migrate", message = "Migrations need a human", severity = "approve", command = "make migrate*" },
  { id = "ops.proof", message = "Writing a proof file needs a human", severity = "approve", command = "touch *-proof.txt" },
]

[[approver.rules]]
rules = ["ops.drain"]
quorum = 2

[[approver.rules]]
rules = ["ops.release"]
grant_s = 600

[[approver.rules]]
rules = ["ops.migrate"]
expiry_s = 1.5
"""
ALWAYS_FAILING = "make migrate --always-fail-the-webhook"


class WebhookReceiver:
    """A Slack-like incoming webhook on loopback, in a thread of its own: fails each request's first two
    deliveries with a 500, then accepts; fails every delivery about ``ALWAYS_FAILING``."""

    def __init__(self) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/hooks/T000/B000/secret"
        self.attempts: dict[str, int] = {}
        self.accepted: dict[str, list[dict]] = {}
        self._started = threading.Event()
        self._loop = asyncio.new_event_loop()
        threading.Thread(target=self._run, daemon=True).start()
        self._started.wait(10)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        app = web.Application()
        app.router.add_post("/hooks/T000/B000/secret", self._hook)
        runner = web.AppRunner(app)
        self._loop.run_until_complete(runner.setup())
        self._loop.run_until_complete(web.TCPSite(runner, "127.0.0.1", self.port).start())
        self._started.set()
        self._loop.run_forever()

    async def _hook(self, request: web.Request) -> web.Response:
        message = await request.json()
        approval = re.search(r"/approvals/([0-9a-f]{32})", message["text"]).group(1)
        self.attempts[approval] = self.attempts.get(approval, 0) + 1
        if ALWAYS_FAILING in message["text"] or self.attempts[approval] <= 2:
            return web.Response(status=500, text="try again")
        self.accepted.setdefault(approval, []).append(message)
        return web.Response(text="ok")


@pytest.fixture(scope="module")
def webhook():
    return WebhookReceiver()


@pytest.fixture(scope="module")
def approving(start_gateway, tmp_path_factory, webhook):
    policy = tmp_path_factory.mktemp("approver-policy") / "policy.toml"
    policy.write_text(POLICY)
    return start_gateway(
        f"""
[gateway]
approval_timeout_s = 60
keepalive_s = 0.3

[approver]
webhook_url = "{webhook.url}"
webhook_attempts = 3
webhook_backoff_s = 0.05

[policy]
file = "{policy}"
"""
    )


def tool_reply(command: str, tool_id: str = "toolu_approve_0001") -> dict:
    return {
        "content": [
            {"type": "text", "text": "Let me do that."},
            {"type": "tool_use", "id": tool_id, "name": "Bash", "input": {"command": command, "description": "ops"}},
        ],
        "chunk_size": 6,
    }


def stream_raw(gateway: Gateway, token: str, session: str) -> bytes:
    """The raw bytes of one streamed Messages call through the gateway."""
    connection = http.client.HTTPConnection("127.0.0.1", gateway.port, timeout=120)
    body = {"model": MODEL, "max_tokens": 64, "messages": ASK, "stream": True}
    headers = {"content-type": "application/json", "x-api-key": token, "x-claude-code-session-id": session}
    connection.request("POST", "/v1/messages", body=json.dumps(body), headers=headers)
    response = connection.getresponse()
    assert response.status == 200, response.read()
    return response.read()


def direct_raw(simulator) -> bytes:
    """The same call straight to the upstream: what an unguarded client would get."""
    connection = http.client.HTTPConnection("127.0.0.1", simulator.port, timeout=30)
    body = {"model": MODEL, "max_tokens": 64, "messages": ASK, "stream": True}
    connection.request("POST", "/v1/messages", body=json.dumps(body), headers={"content-type": "application/json", "x-api-key": UPSTREAM_KEY})
    return connection.getresponse().read()


def frames(raw: bytes) -> list[bytes]:
    """SSE frames without pings, message ids made equal."""
    raw = re.sub(rb"msg_sim_[0-9a-f]+", b"msg_sim_X", raw)
    return [f for f in raw.split(b"\n\n") if f.strip() and not f.startswith(b"event: ping")]


def api(gateway: Gateway, token: str | None, method: str, path: str, body: bytes | None = None, headers: dict | None = None):
    """(status, JSON) of one reviewer API call."""
    request = urllib.request.Request(gateway.url + path, data=body, method=method, headers=headers or {})
    if token is not None:
        request.add_header("authorization", f"Bearer {token}")
    if body is not None and not request.has_header("Content-type"):
        request.add_header("content-type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=BOUND_S) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


async def pending(gateway: Gateway, session: str, count: int = 1) -> list[dict]:
    """The session's pending requests, once ``count`` of them are open."""
    reviewer = gateway.token("carol", ("reviewer",))
    deadline = time.monotonic() + BOUND_S
    while time.monotonic() < deadline:
        status, answer = await asyncio.to_thread(api, gateway, reviewer, "GET", "/v1/lockgate/approvals?state=pending")
        assert status == 200, answer
        found = [a for a in answer["data"] if a["session_id"] == session]
        if len(found) >= count:
            return found
        await asyncio.sleep(0.05)
    raise AssertionError(f"no pending approval for session {session}")


def decide(gateway: Gateway, who: str, approval_id: str, decision: str, comment: str = "", roles=("reviewer",)):
    body = json.dumps({"comment": comment}).encode() if comment else None
    return api(gateway, gateway.token(who, roles), "POST", f"/v1/lockgate/approvals/{approval_id}/{decision}", body)


def requester(gateway: Gateway) -> str:
    """Alice, a developer who is also a reviewer: she may review others' requests, never her own."""
    return gateway.token("alice", ("developer", "reviewer"))


def cli(gateway: Gateway, *args: str, token: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "LOCKGATE_LISTEN": f"127.0.0.1:{gateway.port}", "LOCKGATE_TOKEN": token}
    return subprocess.run([sys.executable, "-m", "services.cli.main", "approvals", *args], env=env, capture_output=True, text=True, timeout=60)


async def test_a_held_stream_is_approved_through_the_api_and_released_unchanged(approving, simulator):
    session = uuid.uuid4().hex
    reply = tool_reply("docker system prune -af")
    simulator.script(reply, reply)
    expected = await asyncio.to_thread(direct_raw, simulator)
    call = asyncio.create_task(asyncio.to_thread(stream_raw, approving, requester(approving), session))
    [request] = await pending(approving, session)
    assert (request["tool_name"], request["command"], request["rule"]) == ("Bash", "docker system prune -af", "ops.prune")
    assert request["identity"]["subject"] == "alice" and request["message"] == "Pruning Docker needs a human"
    assert request["expires_at"] > time.time()
    await asyncio.sleep(1.0)  # held: pings keep the stream alive meanwhile
    assert not call.done()

    status, decided = await asyncio.to_thread(decide, approving, "bob", request["approval_id"], "approve", "looks fine")
    assert status == 200 and decided["state"] == "approved", decided
    raw = await asyncio.wait_for(call, BOUND_S)
    assert frames(raw) == frames(expected), "the held block is released byte for byte"
    assert raw.count(b"event: ping") >= 2, "pings kept the stream alive while it was held"

    events = await read_events(approving.nats_url, decided["request_id"], until=including(ApprovalRequested, ApprovalDecided))
    opened = [e for e in events if isinstance(e, ApprovalRequested)]
    assert [o.approval.approval_id for o in opened] == [request["approval_id"]]
    [vote] = [e for e in events if isinstance(e, ApprovalDecided)]
    assert (vote.reviewer.subject, vote.decision, vote.comment, vote.state) == ("bob", "approve", "looks fine", "approved")
    answers = [e for e in events if isinstance(e, ToolUseVerdict) and e.stage == "approver"]
    assert [(a.decision, a.rule) for a in answers] == [("allow", "approver.approved")]


async def test_a_call_denied_through_the_cli_is_replaced_by_an_explanation(approving, simulator):
    session = uuid.uuid4().hex
    simulator.script(tool_reply("docker system prune --filter label=ci"))
    client = anthropic.Anthropic(base_url=approving.url, api_key=requester(approving), max_retries=0)

    def stream():
        with client.messages.stream(model=MODEL, max_tokens=64, messages=ASK, extra_headers={"x-claude-code-session-id": session}) as s:
            return s.get_final_message()

    call = asyncio.create_task(asyncio.to_thread(stream))
    [request] = await pending(approving, session)
    reviewer = approving.token("bob", ("reviewer",))
    listed = await asyncio.to_thread(cli, approving, "list", "--state", "pending", token=reviewer)
    assert listed.returncode == 0 and request["approval_id"] in listed.stdout, listed.stderr
    shown = await asyncio.to_thread(cli, approving, "show", request["approval_id"], "--format", "json", token=reviewer)
    assert json.loads(shown.stdout)["command"] == "docker system prune --filter label=ci"
    denied = await asyncio.to_thread(cli, approving, "deny", request["approval_id"], "--comment", "not on the shared host", token=reviewer)
    assert denied.returncode == 0, denied.stderr
    assert "state      denied" in denied.stdout and "not on the shared host" in denied.stdout

    message = await asyncio.wait_for(call, BOUND_S)
    assert not [b for b in message.content if b.type == "tool_use"]
    text = message.content[1].text
    assert "Lockgate blocked" in text and "denied by bob: not on the shared host" in text and "approver.denied" in text
    assert message.stop_reason == "end_turn"

    again = await asyncio.to_thread(cli, approving, "approve", request["approval_id"], token=reviewer)
    assert again.returncode == 1 and "409" in again.stderr and "already denied" in again.stderr


async def test_an_unanswered_request_expires_with_its_own_state(approving, simulator):
    session = uuid.uuid4().hex
    simulator.script(tool_reply("make migrate"))
    call = asyncio.create_task(asyncio.to_thread(stream_raw, approving, requester(approving), session))
    [request] = await pending(approving, session)
    raw = await asyncio.wait_for(call, BOUND_S)
    assert b"approver.expired" in raw and b"tool_use" not in raw.split(b"content_block_start")[-1]
    status, record = await asyncio.to_thread(api, approving, approving.token("bob", ("reviewer",)), "GET", f"/v1/lockgate/approvals/{request['approval_id']}")
    assert status == 200 and record["state"] == "expired"
    status, late = await asyncio.to_thread(decide, approving, "bob", request["approval_id"], "approve")
    assert status == 409 and late["error"]["type"] == "invalid_request_error"
    events = await read_events(approving.nats_url, request["request_id"], until=including(ApprovalExpired))
    assert [e.approval_id for e in events if isinstance(e, ApprovalExpired)] == [request["approval_id"]]


async def test_a_two_reviewer_rule_needs_two_distinct_reviewers(approving, simulator):
    session = uuid.uuid4().hex
    simulator.script(tool_reply("node-tool drain node-7"))
    call = asyncio.create_task(asyncio.to_thread(stream_raw, approving, requester(approving), session))
    [request] = await pending(approving, session)
    assert request["quorum"] == 2
    status, first = await asyncio.to_thread(decide, approving, "bob", request["approval_id"], "approve")
    assert status == 200 and first["state"] == "pending"
    status, twice = await asyncio.to_thread(decide, approving, "bob", request["approval_id"], "approve")
    assert status == 409 and "another reviewer" in twice["error"]["message"]
    await asyncio.sleep(0.5)
    assert not call.done(), "one reviewer is not enough"
    status, second = await asyncio.to_thread(decide, approving, "carol", request["approval_id"], "approve")
    assert status == 200 and second["state"] == "approved"
    assert [v["reviewer"]["subject"] for v in second["votes"]] == ["bob", "carol"]
    raw = await asyncio.wait_for(call, BOUND_S)
    assert b'"name":"Bash"' in raw and b"Lockgate blocked" not in raw


async def test_a_requester_never_approves_its_own_request(approving, simulator):
    session = uuid.uuid4().hex
    simulator.script(tool_reply("docker system prune"))
    call = asyncio.create_task(asyncio.to_thread(stream_raw, approving, requester(approving), session))
    [request] = await pending(approving, session)
    status, refused = await asyncio.to_thread(decide, approving, "alice", request["approval_id"], "approve", roles=("developer", "reviewer"))
    assert status == 403 and refused["error"]["type"] == "permission_error" and "its own request" in refused["error"]["message"]
    status, record = await asyncio.to_thread(api, approving, approving.token("bob", ("reviewer",)), "GET", f"/v1/lockgate/approvals/{request['approval_id']}")
    assert record["state"] == "pending" and record["votes"] == []
    await asyncio.to_thread(decide, approving, "bob", request["approval_id"], "deny")
    assert b"approver.denied" in await asyncio.wait_for(call, BOUND_S)


async def test_the_webhook_gets_exactly_one_notification_after_two_failures(approving, simulator, webhook):
    session = uuid.uuid4().hex
    simulator.script(tool_reply("docker system prune --filter until=24h"), tool_reply(ALWAYS_FAILING))
    call = asyncio.create_task(asyncio.to_thread(stream_raw, approving, requester(approving), session))
    [request] = await pending(approving, session)
    approval = request["approval_id"]
    deadline = time.monotonic() + BOUND_S
    while approval not in webhook.accepted and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.5)  # nothing more arrives
    assert webhook.attempts[approval] == 3 and len(webhook.accepted[approval]) == 1
    [message] = webhook.accepted[approval]
    assert f"{approving.url}/v1/lockgate/approvals/{approval}" in message["text"]
    assert "docker system prune --filter until=24h" in message["text"] and message["blocks"][0]["type"] == "section"
    await asyncio.to_thread(decide, approving, "bob", approval, "approve")
    await asyncio.wait_for(call, BOUND_S)

    # A webhook that never accepts: the failure is recorded, and the request is decided all the same.
    failing = asyncio.create_task(asyncio.to_thread(stream_raw, approving, requester(approving), session))
    [other] = [r for r in await pending(approving, session) if r["approval_id"] != approval]
    status, _ = await asyncio.to_thread(decide, approving, "bob", other["approval_id"], "deny")
    assert status == 200
    await asyncio.wait_for(failing, BOUND_S)
    deadline = time.monotonic() + BOUND_S
    while time.monotonic() < deadline:
        notified = [e for e in await read_events(approving.nats_url, other["request_id"], settle_s=0.1) if isinstance(e, ApprovalNotified)]
        if notified:
            break
    assert [(n.delivered, n.attempts, n.error) for n in notified] == [(False, 3, "HTTP 500")]
    delivered = [e for e in await read_events(approving.nats_url, request["request_id"], until=including(ApprovalNotified)) if isinstance(e, ApprovalNotified)]
    assert [(n.delivered, n.attempts) for n in delivered] == [(True, 3)]
    assert webhook.url not in json.dumps([n.error for n in notified + delivered]) and "secret" not in approving.log()


async def test_a_grant_lets_the_same_command_in_the_same_session_through_without_asking(approving, simulator):
    session = uuid.uuid4().hex
    simulator.script(*[tool_reply("release-tool publish v1.2.3")] * 3)
    first = asyncio.create_task(asyncio.to_thread(stream_raw, approving, requester(approving), session))
    [request] = await pending(approving, session)
    await asyncio.to_thread(decide, approving, "bob", request["approval_id"], "approve")
    assert b"Lockgate blocked" not in await asyncio.wait_for(first, BOUND_S)

    second = await asyncio.wait_for(asyncio.to_thread(stream_raw, approving, requester(approving), session), BOUND_S)
    assert b'"name":"Bash"' in second and b"Lockgate blocked" not in second, "the grant let it through"
    status, listed = await asyncio.to_thread(api, approving, approving.token("bob", ("reviewer",)), "GET", "/v1/lockgate/approvals")
    mine = [a for a in listed["data"] if a["session_id"] == session]
    assert sorted((a["state"], a["granted_by"]) for a in mine) == [("approved", ""), ("approved", request["approval_id"])]

    other_session = uuid.uuid4().hex
    third = asyncio.create_task(asyncio.to_thread(stream_raw, approving, requester(approving), other_session))
    [asked] = await pending(approving, other_session)
    assert asked["command"] == "release-tool publish v1.2.3", "another session is asked again"
    await asyncio.to_thread(decide, approving, "bob", asked["approval_id"], "deny")
    assert b"approver.denied" in await asyncio.wait_for(third, BOUND_S)


def _forged(token: str) -> str:
    """The token's claims rewritten (another subject, the reviewer role) under its original signature."""
    header, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims.update(sub="eve-as-bob", groups=["reviewer"], roles=["reviewer"])
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    return f"{header}.{forged}.{signature}"


async def test_hostile_reviewer_calls_are_refused_in_the_anthropic_shape(approving, simulator, tmp_path):
    session = uuid.uuid4().hex
    simulator.script(tool_reply("docker system prune -f"))
    call = asyncio.create_task(asyncio.to_thread(stream_raw, approving, requester(approving), session))
    [request] = await pending(approving, session)
    path = f"/v1/lockgate/approvals/{request['approval_id']}"
    bob = approving.token("bob", ("reviewer",))
    stranger = DevIssuer(tmp_path, f"{approving.url}/dev-issuer").mint("bob", ["reviewer"], 900)
    cases = [
        (None, "GET", "/v1/lockgate/approvals", None, {}, 401, "authentication_error"),
        (_forged(approving.token("eve", ("developer",))), "POST", path + "/approve", None, {}, 401, "authentication_error"),
        (stranger, "POST", path + "/approve", None, {}, 401, "authentication_error"),
        (approving.token("mallory", ("developer",)), "GET", path, None, {}, 403, "permission_error"),
        (approving.token("mallory", ("developer",)), "POST", path + "/approve", None, {}, 403, "permission_error"),
        (approving.token("mallory", ("developer",)), "GET", "/v1/lockgate/approvals", None, {}, 200, None),
        (bob, "GET", "/v1/lockgate/approvals?state=maybe", None, {}, 400, "invalid_request_error"),
        (bob, "GET", "/v1/lockgate/approvals/../../v1/models", None, {}, 404, "not_found_error"),
        (bob, "GET", "/v1/lockgate/approvals/" + "0" * 32, None, {}, 404, "not_found_error"),
        (bob, "GET", "/v1/lockgate/approvals/not-an-id", None, {}, 404, "not_found_error"),
        (bob, "POST", path + "/maybe", None, {}, 404, "not_found_error"),
        (bob, "POST", path + "/approve", b"{not json", {}, 400, "invalid_request_error"),
        (bob, "POST", path + "/approve", b'{"comment": 42}', {}, 400, "invalid_request_error"),
        (bob, "POST", path + "/approve", b'["approve"]', {}, 400, "invalid_request_error"),
        (bob, "POST", path + "/approve", b'{"comment": "ok", "decision": "approve", "as": "carol"}', {}, 400, "invalid_request_error"),
        (bob, "POST", path + "/approve", json.dumps({"comment": "x" * 3000}).encode(), {}, 400, "invalid_request_error"),
        (bob, "POST", path + "/approve", b'{"comment": "' + b"x" * 20000 + b'"}', {}, 413, "request_too_large"),
        (bob, "DELETE", path, None, {}, 405, "not_found_error"),
    ]
    for token, method, url, body, headers, status, error_type in cases:
        got, answer = await asyncio.to_thread(api, approving, token, method, url, body, headers)
        assert got == status, (method, url, got, answer)
        if error_type is not None:
            assert answer["type"] == "error" and answer["error"]["type"] == error_type, (url, answer)
        else:
            assert answer["data"] == [], "a caller without a reviewer role sees no request"
    status, record = await asyncio.to_thread(api, approving, bob, "GET", path)
    assert record["state"] == "pending" and record["votes"] == [], "no hostile call decided anything"
    await asyncio.to_thread(decide, approving, "bob", request["approval_id"], "deny")
    await asyncio.wait_for(call, BOUND_S)
    log = approving.log()
    assert bob not in log and "eve-as-bob" not in log


class Worker:
    """``lockgate worker STAGE`` in its own process, with its own NATS identity."""

    def __init__(self, stage: str, nats_url: str, workdir):
        self.log_path = workdir / f"{stage}-{uuid.uuid4().hex[:6]}.log"
        env = {**os.environ, "NATS_URL": nats_url, "LOCKGATE_NATS_CREDENTIALS": str(CREDENTIALS[nats_url].directory)}
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen([sys.executable, "-m", "services.cli.main", "worker", stage], env=env, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + BOUND_S
        while "worker consuming" not in self.log_path.read_text():
            assert self.process.poll() is None and time.monotonic() < deadline, self.log_path.read_text()
            time.sleep(0.05)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)


@pytest.mark.slow
@pytest.mark.timeout(240)
async def test_a_decision_lands_after_the_approver_restarts(simulator, tmp_path):
    """Gateway and workers as separate processes on a NATS of their own: the only approver stops while a
    call is held and is started again; the reviewer's approval then reaches the held call."""
    from tests.harness import start_nats

    nats = start_nats(tmp_path / "nats")
    policy = tmp_path / "policy.toml"
    policy.write_text(POLICY)
    started: list = []
    try:
        gateway = Gateway(tmp_path / "gateway", nats.url, simulator.url,
                          f"[gateway]\napproval_timeout_s = 120\nkeepalive_s = 0.5\n[policy]\nfile = \"{policy}\"\n", command="gateway")
        started.append(gateway)
        started += [await asyncio.to_thread(Worker, stage, nats.url, tmp_path) for stage in ("authz", "guard", "masker")]
        approver = await asyncio.to_thread(Worker, "approver", nats.url, tmp_path)
        session = uuid.uuid4().hex
        simulator.script(tool_reply("docker system prune --all"))
        call = asyncio.create_task(asyncio.to_thread(stream_raw, gateway, requester(gateway), session))
        [request] = await pending(gateway, session)

        await asyncio.to_thread(approver.stop)
        status, refused = await asyncio.to_thread(decide, gateway, "bob", request["approval_id"], "approve")
        assert status == 503 and "no approver is running" in refused["error"]["message"]
        assert not call.done(), "the call stays held while no approver runs"

        approver = await asyncio.to_thread(Worker, "approver", nats.url, tmp_path)
        started.append(approver)
        await asyncio.sleep(3 * 0.5)  # hold on for three keepalive intervals, so the pings asserted below had their time
        status, decided = await asyncio.to_thread(decide, gateway, "bob", request["approval_id"], "approve")
        assert status == 200 and decided["state"] == "approved", decided
        raw = await asyncio.wait_for(call, BOUND_S)
        assert b'"name":"Bash"' in raw and b"Lockgate blocked" not in raw
        assert raw.count(b"event: ping") >= 2
    finally:
        for process in reversed(started):
            await asyncio.to_thread(process.stop)
        nats.stop()


async def _agent_run_with_review(gateway: Gateway, simulator, tmp_path, command: str, decision: str, monkeypatch):
    """Claude Code asks to run ``command`` (which needs approval); a reviewer decides with the CLI while it waits."""
    from tests.agent import clean_environment, run_agent

    clean_environment(monkeypatch)
    agent = f"claude-code-{uuid.uuid4().hex[:8]}"
    simulator.script(
        {"content": [{"type": "text", "text": "Writing the proof."},
                     {"type": "tool_use", "id": f"toolu_{uuid.uuid4().hex[:12]}", "name": "Bash", "input": {"command": command, "description": "proof"}}],
         "chunk_size": 7},
        {"content": [{"type": "text", "text": "Done with the proof."}]},
    )
    run = asyncio.create_task(run_agent(gateway.url, "Write the proof file.", tmp_path, {"ANTHROPIC_API_KEY": gateway.token(sub=agent)}, max_turns=3))
    reviewer = gateway.token("bob", ("reviewer",))
    deadline = time.monotonic() + 60
    request = None
    while request is None and time.monotonic() < deadline and not run.done():
        listed = await asyncio.to_thread(cli, gateway, "list", "--state", "pending", "--format", "json", token=reviewer)
        request = next((a for a in json.loads(listed.stdout)["data"] if a["identity"]["subject"] == agent), None)
        await asyncio.sleep(0.2)
    assert request is not None, "the agent's call was never held for approval"
    await asyncio.sleep(1.0)
    assert not run.done(), "Claude Code waits while the call is held"
    decided = await asyncio.to_thread(cli, gateway, decision, request["approval_id"], "--comment", f"{decision} from the test", token=reviewer)
    assert decided.returncode == 0, decided.stderr
    messages, result, stderr = await asyncio.wait_for(run, 120)
    return result, f"\nCLI stderr:\n{stderr[-3000:]}\ngateway log:\n{gateway.log()[-3000:]}"


@pytest.mark.slow
@pytest.mark.timeout(300)
async def test_claude_code_waits_for_approval_then_runs_and_a_denied_command_never_runs(approving, simulator, tmp_path, monkeypatch):
    workspace = tmp_path / "workspace"
    result, diagnostics = await _agent_run_with_review(approving, simulator, tmp_path, "touch approved-proof.txt", "approve", monkeypatch)
    assert (workspace / "approved-proof.txt").exists(), f"the approved command did not run{diagnostics}"
    assert result is not None and not result.is_error and "Done with the proof." in (result.result or ""), f"{result}{diagnostics}"

    simulator.reset()
    result, diagnostics = await _agent_run_with_review(approving, simulator, tmp_path, "touch denied-proof.txt", "deny", monkeypatch)
    assert not (workspace / "denied-proof.txt").exists(), f"the denied command ran{diagnostics}"
    assert result is not None and "Lockgate blocked" in (result.result or "") and "denied by bob" in result.result, f"{result}{diagnostics}"
