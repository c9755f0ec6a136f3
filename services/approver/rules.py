"""The approver's rules as pure functions: policy and request in, decision out; no I/O here.

Who may review a request (token roles named by the policy's ``[approver]`` section), how many
must approve (a quorum of distinct reviewers, or one from each of several groups), that a
requester never approves its own request, that one deny ends it, when it expires, and which
later calls an approval's grant lets through without asking again.
"""

from __future__ import annotations

import hashlib
from fnmatch import fnmatchcase
from typing import Annotated

import msgspec

from schemas.events import (
    ApprovalRecord,
    ApprovalVote,
    HeldRequest,
    Identity,
    ReviewDecision,
    ToolUseDecision,
    ToolUseVerdict,
    Verdict,
)

COMMENT_LIMIT = 2000
"""Characters of a reviewer's comment."""

Seconds = Annotated[float, msgspec.Meta(gt=0)]


class ReviewRule(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Who decides the calls held by some rules; unset fields take the section's defaults."""

    rules: list[str] = msgspec.field(default_factory=lambda: ["*"])
    """Globs over the id of the rule that asked for approval, e.g. ``git.*`` or ``ops.prune``."""
    reviewers: list[str] = []
    """Token roles that may review; empty: the section's ``reviewers``."""
    quorum: Annotated[int, msgspec.Meta(ge=1, le=20)] = 1
    """Distinct reviewers who must approve."""
    groups: list[str] = []
    """One approval from a reviewer holding each of these roles (distinct reviewers), e.g. ``["sre", "security"]``."""
    grant_s: Annotated[float, msgspec.Meta(ge=0)] | None = None
    expiry_s: Seconds | None = None


class ApproverPolicy(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """The policy's ``[approver]`` section."""

    reviewers: list[str] = msgspec.field(default_factory=lambda: ["reviewer"])
    """Token roles that may review any held call no ``rules`` entry names."""
    expiry_s: Seconds = 300.0
    """A request nobody settled by then is ``expired`` and its call blocked."""
    grant_s: Annotated[float, msgspec.Meta(ge=0)] = 0.0
    """After an approval, the same command in the same session by the same identity passes for this long
    without asking (0: every call is asked)."""
    rules: list[ReviewRule] = []
    """The first entry whose ``rules`` match the rule id decides; none matching: the defaults above."""

    def __post_init__(self) -> None:
        for entry in self.rules:
            if entry.quorum < len(entry.groups):
                raise ValueError(f"approver rule {entry.rules}: quorum {entry.quorum} is below its {len(entry.groups)} groups")
            if not (entry.reviewers or entry.groups or self.reviewers):
                raise ValueError(f"approver rule {entry.rules}: nobody may review it (no reviewers or groups)")


class Refused(Exception):
    """A reviewer's request the approver refuses, with the HTTP status and Anthropic error type to answer."""

    def __init__(self, status: int, error_type: str, message: str):
        super().__init__(message)
        self.status = status
        self.error_type = error_type
        self.message = message


REQUEST_HOLD = "request"
"""Stands for the tool-use id in the approval id of a held request: one approval per request."""


def approval_id(request_id: str, tool_use_id: str) -> str:
    """Deterministic, so a verdict delivered twice opens one request."""
    return hashlib.sha256(f"{request_id}\x00{tool_use_id}".encode()).hexdigest()[:32]


def review_rule(policy: ApproverPolicy, rule_id: str) -> ReviewRule:
    """The entry deciding ``rule_id``'s calls, with the section's defaults filled in."""
    entry = next((e for e in policy.rules if any(fnmatchcase(rule_id, glob) for glob in e.rules)), ReviewRule())
    return msgspec.structs.replace(
        entry,
        reviewers=entry.reviewers or ([] if entry.groups else policy.reviewers),
        grant_s=policy.grant_s if entry.grant_s is None else entry.grant_s,
        expiry_s=policy.expiry_s if entry.expiry_s is None else entry.expiry_s,
    )


def open_request(verdict: ToolUseVerdict, policy: ApproverPolicy, now: float) -> ApprovalRecord:
    """A pending request for a call ``verdict`` holds; it expires ``expiry_s`` after the hold began."""
    rule = review_rule(policy, verdict.rule)
    expiry_s = policy.expiry_s if rule.expiry_s is None else rule.expiry_s
    grant_s = policy.grant_s if rule.grant_s is None else rule.grant_s
    return ApprovalRecord(
        approval_id=approval_id(verdict.request_id, verdict.tool_use_id),
        request_id=verdict.request_id,
        session_id=verdict.session_id,
        identity=verdict.identity,
        stage=verdict.stage,
        tool_use_id=verdict.tool_use_id,
        tool_name=verdict.tool_name,
        command=verdict.command,
        rule=verdict.rule,
        pack=verdict.pack,
        message=verdict.message,
        policy_version=verdict.policy_version,
        created_at=now,
        expires_at=min(verdict.time, now) + expiry_s,
        reviewers=tuple(rule.reviewers),
        quorum=rule.quorum,
        groups=tuple(rule.groups),
        grant_s=grant_s,
    )


def open_held_request(verdict: Verdict, policy: ApproverPolicy, now: float) -> ApprovalRecord:
    """A pending request for a whole request a stage's ``approve`` verdict holds before it is sent upstream."""
    rule = review_rule(policy, verdict.rule)
    held = verdict.held or HeldRequest()
    return ApprovalRecord(
        approval_id=approval_id(verdict.request_id, REQUEST_HOLD),
        kind="request",
        request_id=verdict.request_id,
        session_id=verdict.session_id,
        identity=verdict.identity,
        stage=verdict.stage,
        tool_use_id="",
        endpoint=held.endpoint,
        model=held.model,
        summary=held.summary,
        rule=verdict.rule,
        message=verdict.reason,
        policy_version=verdict.policy_version,
        created_at=now,
        expires_at=min(verdict.time, now) + (policy.expiry_s if rule.expiry_s is None else rule.expiry_s),
        reviewers=tuple(rule.reviewers),
        quorum=rule.quorum,
        groups=tuple(rule.groups),
    )


def same_person(a: Identity, b: Identity) -> bool:
    return a.subject == b.subject and a.issuer == b.issuer


def may_review(record: ApprovalRecord, reviewer: Identity) -> bool:
    return bool(set(reviewer.roles) & {*record.reviewers, *record.groups}) and bool(reviewer.subject)


def decide(record: ApprovalRecord, reviewer: Identity, decision: ReviewDecision, comment: str, now: float) -> ApprovalRecord:
    """The request after ``reviewer``'s word, or ``Refused`` saying why it does not count."""
    if len(comment) > COMMENT_LIMIT:
        raise Refused(400, "invalid_request_error", f"the comment is longer than {COMMENT_LIMIT} characters")
    if not may_review(record, reviewer):
        raise Refused(403, "permission_error", f"you may not review calls held by rule {record.rule} (reviewer roles: {', '.join(record.reviewers + record.groups)})")
    if record.state == "pending" and now >= record.expires_at:
        raise Refused(409, "invalid_request_error", "the request has expired; the call was blocked")
    if record.state != "pending":
        raise Refused(409, "invalid_request_error", f"the request is already {record.state}")
    if same_person(record.identity, reviewer):
        raise Refused(403, "permission_error", "a requester never decides its own request")
    if any(same_person(vote.reviewer, reviewer) for vote in record.votes):
        raise Refused(409, "invalid_request_error", "you have already approved this request; another reviewer must")
    votes = [*record.votes, ApprovalVote(reviewer=reviewer, decision=decision, comment=comment, time=now)]
    if decision == "deny":
        return msgspec.structs.replace(record, votes=votes, state="denied", decided_at=now)
    approved = msgspec.structs.replace(record, votes=votes)
    if quorum_reached(approved):
        return msgspec.structs.replace(approved, state="approved", decided_at=now)
    return approved


def quorum_reached(record: ApprovalRecord) -> bool:
    """``quorum`` distinct approving reviewers, among whom a distinct one holds each of ``groups``."""
    approvers = [vote.reviewer for vote in record.votes if vote.decision == "approve"]
    return len(approvers) >= record.quorum and _one_per_group(record.groups, approvers)


def _one_per_group(groups: tuple[str, ...], approvers: list[Identity]) -> bool:
    """A matching of groups to distinct approvers (augmenting paths; both lists are short)."""
    taken: dict[int, str] = {}

    def place(group: str, seen: set[int]) -> bool:
        for i, approver in enumerate(approvers):
            if group in approver.roles and i not in seen:
                seen.add(i)
                if i not in taken or place(taken[i], seen):
                    taken[i] = group
                    return True
        return False

    return all(place(group, set()) for group in groups)


def expire(record: ApprovalRecord, now: float) -> ApprovalRecord | None:
    """The request marked ``expired`` when its time is up and nobody settled it; else None."""
    if record.state != "pending" or now < record.expires_at:
        return None
    return msgspec.structs.replace(record, state="expired", decided_at=now)


def grant_key(record: ApprovalRecord | ToolUseVerdict) -> str:
    """What a grant covers: this identity, this session, this tool and command (as recorded)."""
    identity = record.identity
    parts = (identity.issuer, identity.subject, record.session_id, record.tool_name, record.command)
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()


class Grant(msgspec.Struct, kw_only=True):
    approval_id: str
    until: float


def grant_of(record: ApprovalRecord) -> Grant | None:
    """The grant an approved request gives, where its rule allows one."""
    if record.kind != "tool_use" or record.state != "approved" or record.grant_s <= 0 or record.decided_at is None or record.granted_by:
        return None
    return Grant(approval_id=record.approval_id, until=record.decided_at + record.grant_s)


def granted(record: ApprovalRecord, grant: Grant, now: float) -> ApprovalRecord:
    """A request a grant settles at once: approved, naming the approval that granted it."""
    return msgspec.structs.replace(record, state="approved", decided_at=now, expires_at=grant.until, granted_by=grant.approval_id)


def outcome(record: ApprovalRecord) -> tuple[ToolUseDecision, str, str]:
    """(decision, rule, message) of the tool-use verdict a settled request sends to the held call."""
    if record.state == "approved":
        how = f"granted by approval {record.granted_by}" if record.granted_by else "approved by " + ", ".join(
            v.reviewer.subject for v in record.votes if v.decision == "approve"
        )
        return "allow", "approver.approved", how
    if record.state == "denied":
        vote = record.votes[-1]
        said = f": {vote.comment}" if vote.comment else ""
        return "block", "approver.denied", f"denied by {vote.reviewer.subject}{said} (approval {record.approval_id})"
    return "block", "approver.expired", f"nobody approved it before the request expired (approval {record.approval_id})"
