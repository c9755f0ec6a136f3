"""Replay of request masking (``[masker] mask_requests``) on the pure engine.

The recorded run is what the live ingress records: the body as the masker's own ``mask_body``
left it (masked when the policy masks requests) and its ``masked`` events. A span masked then
is not in the record, so a replay can only tell which of those masks a candidate drops (its rule
no longer applies to the caller); what a candidate would mask that went upstream in the clear is
in the record, and is reported as added. The end-to-end case (a key in a prompt, the stream and
the recorder's file) is in tests/test_replay_archive.py.
"""

from __future__ import annotations

import msgspec

from schemas.events import Identity, MaskBodyRequest, RequestReceived, ResponseCompleted
from services.authz.decide import AuthzRequest, authorize, to_verdict
from services.guard.worker import judge_request_body
from services.masker.worker import mask_body
from services.replay.engine import Replay
from tests.test_replay_approvals import LIVE, candidate, changed, replayed

AWS = "AKIAQYLPMN5HHHFPZAM2"
MASKING = LIVE + "\n[masker]\nmask_requests = true\n"
MASKING_EMAILS_ONLY = LIVE + '\n[masker]\nmask_requests = true\ndetectors = ["email"]\n'
PROMPTS = {"with-key": f"deploy with {AWS} tonight", "with-mail": "mail dana.kovacs@fastmail.fm the notes", "plain": "Hello"}


def recorded_run(policy_text: str) -> list:
    live = candidate(policy_text)
    events: list = []
    for request_id, prompt in PROMPTS.items():
        identity = Identity(subject="alice", issuer="https://idp", roles=("developer",))
        about = dict(request_id=request_id, session_id=request_id, identity=identity)
        sent = msgspec.json.encode({"model": "claude-haiku-4-5", "max_tokens": 64, "messages": [{"role": "user", "content": prompt}]})
        masked, masks = mask_body(MaskBodyRequest(**about), sent, live.masker, b"s" * 32)
        body = masked if masked is not None else sent
        received = RequestReceived(gateway="g", method="POST", path="/v1/messages", endpoint="messages", model="claude-haiku-4-5",
                                   max_tokens=64, body=msgspec.Raw(body), body_size=len(body), **about)
        outcome = authorize(live.authz, live.version, identity, AuthzRequest(endpoint="messages", model="claude-haiku-4-5", max_tokens=64))
        guard, _ = judge_request_body(received, body, live.guard, live.version, None)
        events += [received, *masks, to_verdict(outcome, received), guard, ResponseCompleted(status=200, **about)]
    return events


def test_the_masks_recorded_under_request_masking_replay_as_recorded():
    recorded = recorded_run(MASKING)
    assert AWS not in str(recorded) and sum(type(e).__name__ == "Masked" for e in recorded) == 2
    report = replayed(recorded, MASKING)
    assert changed(report) == {} and report["totals"]["masked_requests"] == 3


def test_turning_request_masking_on_shows_the_spans_that_went_upstream_in_the_clear():
    report = replayed(recorded_run(LIVE), MASKING)
    assert changed(report) == {"masks-added": 2}
    added = {entry["rule"]: [e["request_id"] for e in entry["examples"]] for entry in report["difference"]["masks_added"]}
    assert added == {"aws_access_key_id": ["with-key"], "email": ["with-mail"]}
    assert AWS not in str(report) and all(e["detail"] == "request messages[0].content" for x in report["difference"]["masks_added"] for e in x["examples"])


def test_narrowing_request_masking_shows_exactly_the_masks_it_drops():
    report = replayed(recorded_run(MASKING), MASKING_EMAILS_ONLY)
    assert changed(report) == {"masks-dropped": 1}
    (dropped,) = report["difference"]["masks_dropped"]
    assert dropped["rule"] == "aws_access_key_id" and dropped["examples"][0]["request_id"] == "with-key"


def test_turning_request_masking_off_drops_every_recorded_mask():
    report = replayed(recorded_run(MASKING), LIVE)
    assert changed(report) == {"masks-dropped": 2}


def test_without_a_body_request_masks_are_not_compared():
    replay = Replay(candidate(MASKING), None)
    for event in recorded_run(LIVE):
        if isinstance(event, RequestReceived):
            replay.feed_archived(event, None, body_masked=True)
        else:
            replay.feed(event)
    report = msgspec.to_builtins(replay.report())
    assert changed(report) == {} and report["separate"]["masked_bodies"] == 3 and report["totals"]["masked_requests"] == 0
