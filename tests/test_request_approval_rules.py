"""Requests held for approval, the pure parts: a role's ``approve_models``/``approve_tools`` (authz), the egress's
fan-in (``decide``, ``decide_held``) and the approver's request record."""

from __future__ import annotations

import json

import msgspec
import pytest

from schemas.events import HeldRequest, Identity, RequestChanges, RequestReceived, Verdict
from services.approver.rules import ApproverPolicy, ReviewRule, grant_of, open_held_request, outcome
from services.authz.decide import SUMMARY_CHARS, AuthzRequest, authorize, held_request, to_verdict
from services.authz.policy import check_policy, load_authz_policy
from services.common.policy_store import PolicyError, policy_document
from services.egress.gate import Hold, Reject, Release, decide, decide_held

POLICY = """
version = "v1"

[roles.researcher]
models = ["claude-*"]
tools = ["*"]
approve_models = ["claude-opus-*"]
approve_tools = ["mcp__prod__*"]

[roles.stripper]
models = ["claude-*"]
tools = ["Read"]
max_tokens = 100
approve_models = ["claude-opus-*"]
approve_tools = ["Bash"]
"""
DOCUMENT = policy_document(POLICY)
AUTHZ = load_authz_policy(DOCUMENT)


def who(role: str) -> Identity:
    return Identity(subject="alice", issuer="https://issuer.test", roles=(role,))


def ask(role: str, model: str = "claude-haiku-4-5", tools: tuple[str, ...] = (), max_tokens: int | None = None):
    return authorize(AUTHZ, DOCUMENT.version, who(role), AuthzRequest(endpoint="messages", model=model, tools=tools, max_tokens=max_tokens))


def test_a_model_that_needs_approval_is_an_approve_verdict_naming_the_rule():
    outcome = ask("researcher", "claude-opus-4-1")
    assert (outcome.decision, outcome.rule) == ("approve", "roles.researcher.approve_models")
    assert "claude-opus-4-1" in outcome.reason and "approval" in outcome.reason
    assert ask("researcher", "claude-sonnet-4-5").decision == "allow"


def test_a_tool_that_needs_approval_is_an_approve_verdict_and_a_removed_tool_never_asks():
    outcome = ask("researcher", tools=("Read", "mcp__prod__deploy"))
    assert (outcome.decision, outcome.rule) == ("approve", "roles.researcher.approve_tools")
    assert "mcp__prod__deploy" in outcome.reason
    # Bash is stripped from the stripper's request (not in its tools): nothing is left to approve.
    stripped = ask("stripper", tools=("Bash", "Read"), max_tokens=500)
    assert stripped.decision == "modify" and stripped.changes == RequestChanges(remove_tools=("Bash",), max_tokens=100)


def test_an_approve_keeps_the_changes_the_role_makes_and_a_deny_still_wins():
    outcome = ask("stripper", "claude-opus-4-1", tools=("Bash",), max_tokens=500)
    assert outcome.decision == "approve" and outcome.changes == RequestChanges(remove_tools=("Bash",), max_tokens=100)
    assert ask("nobody", "claude-opus-4-1").decision == "deny"


def received(body: bytes, **fields) -> RequestReceived:
    return RequestReceived(
        request_id="r1", session_id="s1", identity=who("researcher"), gateway="g", method="POST", path="/v1/messages",
        endpoint="messages", model="claude-opus-4-1", body=msgspec.Raw(body), **fields,
    )


def test_the_verdict_shows_the_reviewer_the_last_user_message_as_recorded():
    body = json.dumps({"messages": [
        {"role": "user", "content": "first"},
        {"role": "assistant", "content": "ok"},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "t", "content": "x"}, {"type": "text", "text": "now [EMAIL]"}]},
    ]}).encode()
    verdict = to_verdict(ask("researcher", "claude-opus-4-1"), received(body))
    assert verdict.held == HeldRequest(endpoint="messages", model="claude-opus-4-1", summary="now [EMAIL]")
    assert to_verdict(ask("researcher"), received(body)).held is None, "only an approve carries what is held"


@pytest.mark.parametrize(
    "body, summary",
    [
        (b"not json", ""),
        (b"[1, 2]", ""),
        (b'{"messages": "nope"}', ""),
        (b'{"messages": [{"role": "user", "content": 7}]}', ""),
        (b'{"messages": [{"role": "user", "content": [{"type": "text", "text": 7}, "x"]}]}', ""),
        (json.dumps({"messages": [{"role": "user", "content": "y" * 100_000}]}).encode(), "y" * SUMMARY_CHARS + "…"),
    ],
)
def test_a_hostile_body_gives_a_short_summary_or_none(body: bytes, summary: str):
    assert held_request(received(body)).summary == summary


def test_a_body_kept_in_the_object_store_is_not_shown():
    assert "too large" in held_request(received(b"null", body_ref="r1")).summary


@pytest.mark.parametrize(
    "fragment, field",
    [
        ('approve_models = "claude-opus-*"', "approve_models"),
        ("approve_models = [1]", "approve_models"),
        ('approve_models = [""]', "approve_models"),
        ('approve_models = ["   "]', "approve_models"),
        (f'approve_models = ["{"x" * 201}"]', "approve_models"),
        ("approve_tools = [" + ", ".join(['"t"'] * 101) + "]", "approve_tools"),
        ('approve_tools = [["Bash"]]', "approve_tools"),
        ('approve_model = ["claude-opus-*"]', "approve_model"),
    ],
)
def test_a_hostile_approval_field_is_refused_naming_it(fragment: str, field: str):
    with pytest.raises(PolicyError) as caught:
        check_policy(policy_document(f'version = "bad"\n[roles.r]\nmodels = ["claude-*"]\n{fragment}\n'))
    assert "roles.r" in str(caught.value) and field in str(caught.value)


def verdict(stage: str, decision: str, **fields) -> Verdict:
    return Verdict(stage=stage, decision=decision, request_id="r1", **fields)  # type: ignore[arg-type]


def test_the_gate_holds_an_approve_deny_wins_and_silence_fails_closed():
    changes = RequestChanges(max_tokens=100)
    held = decide(("authz", "guard"), {"authz": verdict("authz", "approve", rule="roles.r.approve_models", reason="needs"), "guard": verdict("guard", "modify", changes=changes)}, 5)
    assert held == Hold(changes, "authz", "roles.r.approve_models", "needs")
    denied = decide(("authz", "guard"), {"authz": verdict("authz", "approve"), "guard": verdict("guard", "deny", reason="no", status=403)}, 5)
    assert isinstance(denied, Reject) and denied.stage == "guard"
    silent = decide(("authz", "guard"), {"authz": verdict("authz", "approve")}, 5)
    assert isinstance(silent, Reject) and silent.status == 503


HOLD = Hold(RequestChanges(max_tokens=100), "authz", "roles.r.approve_models", "model claude-opus-4-1 needs a reviewer's approval")


def test_a_held_request_is_released_with_its_changes_only_on_the_approvers_allow():
    assert decide_held(HOLD, "approver", verdict("approver", "allow"), 60) == Release(RequestChanges(max_tokens=100))
    denied = decide_held(HOLD, "approver", verdict("approver", "deny", rule="approver.denied", reason="denied by bob", status=403, error_type="permission_error"), 60)
    assert (denied.status, denied.error_type, denied.rule) == (403, "permission_error", "approver.denied")
    assert "denied by bob" in denied.message and "roles.r.approve_models" in denied.message
    # An approver's verdict that forgot its status still refuses with a 403, never a 200.
    assert decide_held(HOLD, "approver", verdict("approver", "deny"), 60).status == 403


def test_no_approver_or_no_answer_refuses_saying_why():
    unconfigured = decide_held(HOLD, "", None, 60)
    assert (unconfigured.status, unconfigured.error_type) == (403, "permission_error") and "no approver is configured" in unconfigured.message
    late = decide_held(HOLD, "approver", None, 60)
    assert (late.status, late.rule) == (403, "approver.timeout") and "within 60 s" in late.message


def test_the_approver_opens_one_request_per_held_request_with_what_and_why():
    policy = ApproverPolicy(expiry_s=300, grant_s=600, rules=[ReviewRule(rules=["roles.*.approve_models"], quorum=2)])
    held = verdict(
        "authz", "approve", rule="roles.r.approve_models", reason="needs", identity=who("researcher"), session_id="s1",
        held=HeldRequest(endpoint="messages", model="claude-opus-4-1", summary="hello"), time=1000.0,
    )
    record = open_held_request(held, policy, 1001.0)
    again = open_held_request(held, policy, 1002.0)
    assert record.approval_id == again.approval_id, "a verdict delivered twice opens one request"
    assert (record.kind, record.model, record.endpoint, record.summary, record.tool_use_id) == ("request", "claude-opus-4-1", "messages", "hello", "")
    assert (record.rule, record.message, record.quorum, record.expires_at) == ("roles.r.approve_models", "needs", 2, 1300.0)
    approved = msgspec.structs.replace(record, state="approved", decided_at=1010.0, grant_s=600)
    assert grant_of(approved) is None, "a grant covers tool calls only"
    assert outcome(msgspec.structs.replace(record, state="expired"))[1] == "approver.expired"
