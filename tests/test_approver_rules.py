"""The approver's rules as pure functions: quorum, groups, self-approval, one deny, expiry, grants."""

from __future__ import annotations

import msgspec
import pytest

from schemas.events import Identity, ToolUseVerdict
from services.approver.policy import load_approver_policy
from services.approver.rules import (
    COMMENT_LIMIT,
    ApproverPolicy,
    Refused,
    ReviewRule,
    approval_id,
    decide,
    expire,
    grant_key,
    grant_of,
    open_request,
    outcome,
    review_rule,
)
from services.common.policy_store import PolicyError, policy_document

ALICE = Identity(subject="alice", issuer="https://idp", roles=("developer", "reviewer"))
BOB = Identity(subject="bob", issuer="https://idp", roles=("reviewer",))
CAROL = Identity(subject="carol", issuer="https://idp", roles=("reviewer", "sre"))
DAVE = Identity(subject="dave", issuer="https://idp", roles=("security",))
MALLORY = Identity(subject="mallory", issuer="https://idp", roles=("developer",))
T0 = 1_700_000_000.0


def held(rule: str = "ops.prune", command: str = "docker system prune -af", session: str = "s1", request_id: str = "r1") -> ToolUseVerdict:
    return ToolUseVerdict(
        request_id=request_id, session_id=session, identity=ALICE, stage="guard", tool_use_id="toolu_1",
        decision="approve", rule=rule, message="needs a human", tool_name="Bash", command=command, time=T0,
    )


def test_one_reviewer_approves_by_default_and_the_call_is_allowed():
    record = open_request(held(), ApproverPolicy(), T0)
    assert (record.state, record.reviewers, record.quorum, record.expires_at) == ("pending", ("reviewer",), 1, T0 + 300)
    approved = decide(record, BOB, "approve", "fine", T0 + 10)
    assert approved.state == "approved" and approved.decided_at == T0 + 10
    assert outcome(approved)[:2] == ("allow", "approver.approved")


def test_the_requester_never_approves_its_own_request():
    record = open_request(held(), ApproverPolicy(), T0)
    with pytest.raises(Refused) as refused:
        decide(record, ALICE, "approve", "", T0 + 1)
    assert refused.value.status == 403 and refused.value.error_type == "permission_error"


def test_a_caller_without_a_reviewer_role_is_refused():
    with pytest.raises(Refused) as refused:
        decide(open_request(held(), ApproverPolicy(), T0), MALLORY, "approve", "", T0 + 1)
    assert refused.value.status == 403


def test_a_quorum_of_two_needs_two_distinct_reviewers():
    policy = ApproverPolicy(rules=[ReviewRule(rules=["ops.*"], quorum=2)])
    record = open_request(held(), policy, T0)
    once = decide(record, BOB, "approve", "", T0 + 1)
    assert once.state == "pending"
    with pytest.raises(Refused) as again:
        decide(once, BOB, "approve", "", T0 + 2)
    assert again.value.status == 409
    twice = decide(once, CAROL, "approve", "", T0 + 3)
    assert twice.state == "approved"


def test_one_from_each_group_needs_distinct_reviewers_holding_each_group():
    policy = ApproverPolicy(rules=[ReviewRule(rules=["ops.*"], groups=["sre", "security"], quorum=2)])
    record = open_request(held(), policy, T0)
    assert record.reviewers == () and record.groups == ("sre", "security")
    with pytest.raises(Refused):
        decide(record, BOB, "approve", "", T0 + 1)  # holds neither group
    by_sre = decide(record, CAROL, "approve", "", T0 + 1)
    assert by_sre.state == "pending"
    assert decide(by_sre, DAVE, "approve", "", T0 + 2).state == "approved"


def test_one_deny_ends_it_and_nothing_counts_after():
    policy = ApproverPolicy(rules=[ReviewRule(quorum=2)])
    record = decide(open_request(held(), policy, T0), BOB, "approve", "", T0 + 1)
    denied = decide(record, CAROL, "deny", "not in prod", T0 + 2)
    assert denied.state == "denied"
    decision, rule, message = outcome(denied)
    assert (decision, rule) == ("block", "approver.denied") and "carol" in message and "not in prod" in message
    with pytest.raises(Refused) as late:
        decide(denied, BOB, "approve", "", T0 + 3)
    assert late.value.status == 409


def test_expiry_gives_its_own_state_and_blocks():
    record = open_request(held(), ApproverPolicy(expiry_s=60), T0)
    assert expire(record, T0 + 59) is None
    expired = expire(record, T0 + 60)
    assert expired.state == "expired" and outcome(expired)[:2] == ("block", "approver.expired")
    with pytest.raises(Refused) as late:
        decide(record, BOB, "approve", "", T0 + 61)
    assert late.value.status == 409


def test_a_grant_covers_the_same_command_in_the_same_session_by_the_same_identity_only():
    policy = ApproverPolicy(grant_s=1800)
    approved = decide(open_request(held(), policy, T0), BOB, "approve", "", T0 + 5)
    grant = grant_of(approved)
    assert grant.until == T0 + 5 + 1800 and grant.approval_id == approved.approval_id
    assert grant_key(approved) == grant_key(held(request_id="r2"))
    assert grant_key(approved) != grant_key(held(session="s2"))
    assert grant_key(approved) != grant_key(held(command="docker system prune -a --volumes"))
    other = msgspec.structs.replace(held(), identity=MALLORY)
    assert grant_key(approved) != grant_key(other)
    assert grant_of(open_request(held(), ApproverPolicy(), T0)) is None


def test_the_first_matching_rule_decides_and_ids_are_stable():
    policy = ApproverPolicy(rules=[ReviewRule(rules=["git.*"], reviewers=["release"]), ReviewRule(rules=["*"], quorum=2)])
    assert review_rule(policy, "git.push_force_with_lease").reviewers == ["release"]
    assert review_rule(policy, "ops.prune").quorum == 2
    assert approval_id("r1", "t1") == approval_id("r1", "t1") != approval_id("r1", "t2")


def test_an_overlong_comment_is_refused():
    with pytest.raises(Refused) as refused:
        decide(open_request(held(), ApproverPolicy(), T0), BOB, "approve", "x" * (COMMENT_LIMIT + 1), T0)
    assert refused.value.status == 400


@pytest.mark.parametrize(
    "section, field",
    [
        ("[approver]\nexpiry_s = 0\n", "expiry_s"),
        ("[approver]\nreviewers = \"reviewer\"\n", "reviewers"),
        ("[approver]\nquorum = 2\n", "quorum"),
        ("[[approver.rules]]\nrules = [\"x\"]\nquorum = 1\ngroups = [\"a\", \"b\"]\n", "quorum"),
        ("[[approver.rules]]\nquorum = 0\n", "quorum"),
    ],
)
def test_a_bad_approver_section_names_its_field(section, field):
    with pytest.raises(PolicyError, match=field):
        load_approver_policy(policy_document(section))
