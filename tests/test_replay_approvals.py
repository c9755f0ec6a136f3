"""Replay's approval categories, on the pure engine: requests held for a reviewer, then or now.

Each recorded run here is what the live authz and guard decide (their own pure functions,
``to_verdict`` as the authz worker emits it) under the policy that was live; the replay then
decides it again under a candidate. The end-to-end record (gateway, NATS, recorder) is in
tests/test_replay.py and tests/test_replay_archive.py; here the held-then cases, which need a
reviewer in a live run, are checked one transition at a time.
"""

from __future__ import annotations

import functools

import jsonschema
import msgspec
import pytest

from schemas.events import Identity, RequestReceived, RequestRejected, ResponseCompleted
from schemas.replay import CATEGORIES, ReplayReport, report_schema
from services.authz.decide import AuthzRequest, authorize, to_verdict
from services.cli.workers import DEFAULT_POLICY
from services.common.policy_store import policy_document
from services.guard.worker import judge_request_body
from services.replay.engine import Candidate, Replay

LIVE = DEFAULT_POLICY.read_text()
DEVELOPER_MODELS = 'models = ["claude-haiku-*", "claude-sonnet-*", "claude-opus-*"]'
HOLD_OPUS = LIVE.replace(DEVELOPER_MODELS, DEVELOPER_MODELS + '\napprove_models = ["claude-opus-*"]', 1)
ANALYST_MAY_ASK_FOR_OPUS = LIVE.replace(
    'models = ["claude-haiku-*"]', 'models = ["claude-haiku-*", "claude-opus-*"]\napprove_models = ["claude-opus-*"]', 1
)
CALLS = [("dev-opus", "alice", "developer", "claude-opus-4-1"), ("dev-haiku", "alice", "developer", "claude-haiku-4-5"),
         ("ana-opus", "bob", "analyst", "claude-opus-4-1"), ("ana-haiku", "bob", "analyst", "claude-haiku-4-5")]


@functools.cache
def candidate(policy_text: str) -> Candidate:
    return Candidate.of(policy_document(policy_text))


def recorded_run(policy_text: str) -> list:
    """The events the live stages record for CALLS under ``policy_text``: received, both verdicts, the end."""
    live = candidate(policy_text)
    events: list = []
    for request_id, subject, role, model in CALLS:
        body = msgspec.json.encode({"model": model, "max_tokens": 64, "messages": [{"role": "user", "content": "Hello"}]})
        about = dict(request_id=request_id, session_id=request_id, identity=Identity(subject=subject, issuer="https://idp", roles=(role,)))
        received = RequestReceived(gateway="g", method="POST", path="/v1/messages", endpoint="messages", model=model, max_tokens=64,
                                   body=msgspec.Raw(body), body_size=len(body), **about)
        outcome = authorize(live.authz, live.version, received.identity, AuthzRequest(endpoint="messages", model=model, max_tokens=64))
        guard, _ = judge_request_body(received, body, live.guard, live.version, None)
        end = RequestRejected(stage="authz", rule=outcome.rule, status=403, error_type="permission_error", message=outcome.reason, **about) if outcome.decision == "deny" else ResponseCompleted(status=200, **about)
        events += [received, to_verdict(outcome, received), guard, end]
    return events


def replayed(recorded: list, candidate_text: str) -> dict:
    replay = Replay(candidate(candidate_text), None)
    for event in recorded:
        replay.feed(event)
    report = msgspec.to_builtins(replay.report())
    jsonschema.validate(report, report_schema())
    return report


def changed(report: dict) -> dict:
    return {name: count for name, count in report["counts"].items() if count}


def requests_in(report: dict, category: str) -> dict[str, list[str]]:
    return {entry["rule"]: [example["request_id"] for example in entry["examples"]] for entry in report["difference"][category.replace("-", "_")]}


@pytest.mark.parametrize("policy_text", [LIVE, HOLD_OPUS, ANALYST_MAY_ASK_FOR_OPUS])
def test_the_live_policy_reproduces_held_and_unheld_requests(policy_text):
    assert changed(replayed(recorded_run(policy_text), policy_text)) == {}


def test_a_policy_that_holds_what_was_allowed_shows_exactly_those_requests_newly_held():
    report = replayed(recorded_run(LIVE), HOLD_OPUS)
    assert changed(report) == {"newly-held": 1}
    assert requests_in(report, "newly-held") == {"roles.developer.approve_models": ["dev-opus"]}
    (example,) = report["difference"]["newly_held"][0]["examples"]
    assert example["recorded"].startswith("authz allow") and example["replayed"].startswith("authz approve")


def test_a_policy_that_no_longer_holds_shows_the_requests_no_longer_held_not_newly_allowed():
    report = replayed(recorded_run(HOLD_OPUS), LIVE)
    assert changed(report) == {"no-longer-held": 1}
    assert requests_in(report, "no-longer-held") == {"roles.developer.approve_models": ["dev-opus"]}


def test_a_request_denied_then_and_held_now_is_newly_held():
    report = replayed(recorded_run(LIVE), ANALYST_MAY_ASK_FOR_OPUS)
    assert changed(report) == {"newly-held": 1}
    assert requests_in(report, "newly-held") == {"roles.analyst.approve_models": ["ana-opus"]}


def test_a_request_held_then_and_denied_now_is_newly_denied():
    report = replayed(recorded_run(ANALYST_MAY_ASK_FOR_OPUS), LIVE)
    assert changed(report) == {"newly-denied": 1}
    assert requests_in(report, "newly-denied") == {"roles.analyst.models": ["ana-opus"]}


def test_the_approval_categories_gate_like_the_others():
    """``--allow`` takes the new names, and a report of the first schema (without them) still validates."""
    assert {"newly-held", "no-longer-held"} <= set(CATEGORIES)
    first = msgspec.to_builtins(ReplayReport(policy_version="v1"))
    for name in ("newly_held", "no_longer_held"):
        del first["difference"][name]
    del first["separate"]["masked_bodies"], first["totals"]["archived_events"]
    jsonschema.validate(first, report_schema())
