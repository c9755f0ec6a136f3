"""Fan-in of verdicts: a request is released once every required stage allowed it.

``decide`` and ``decide_held`` are pure (verdicts in, outcome out) so the live
egress, the replay tool and the tests share them; ``decide_tool_use`` and
``decide_tool_held`` are the same for one tool call the model proposed. A request a stage answers
``approve`` is held (not sent) until the approval stage's own ``Verdict`` for it
arrives on ``lockgate.verdict.<approval_stage>`` or the approval timeout passes. ``VerdictGate`` is the I/O around it: it collects
the verdicts the bus delivers and wakes the waiting request.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

from schemas.events import RequestChanges, ToolUseVerdict, Verdict


@dataclass(frozen=True)
class Release:
    changes: RequestChanges | None


@dataclass(frozen=True)
class Hold:
    """Every required stage allowed the request, but one asks a person's approval first."""

    changes: RequestChanges | None
    stage: str
    rule: str
    reason: str


@dataclass(frozen=True)
class Reject:
    status: int
    error_type: str
    message: str
    stage: str = ""
    rule: str = ""


def decide(required: tuple[str, ...], verdicts: dict[str, Verdict], waited_ms: float) -> Release | Hold | Reject:
    """Deny wins; a stage that has not answered denies too (fail closed); then an ``approve`` holds the request."""
    for stage in required:
        verdict = verdicts.get(stage)
        if verdict is not None and verdict.decision == "deny":
            return Reject(verdict.status or 403, verdict.error_type or "permission_error", verdict.reason, stage, verdict.rule)
    missing = [stage for stage in required if stage not in verdicts]
    if missing:
        return Reject(
            503,
            "api_error",
            f"no verdict from {', '.join(missing)} within {waited_ms:.0f} ms; the request was not sent (fail closed)",
            missing[0],
        )
    changes = merge_changes([verdicts[stage].changes for stage in required])
    asking = next((verdicts[stage] for stage in required if verdicts[stage].decision == "approve"), None)
    if asking is not None:
        return Hold(changes, asking.stage, asking.rule, asking.reason)
    return Release(changes)


def decide_held(hold: Hold, approval_stage: str, approval: Verdict | None, timeout_s: float) -> Release | Reject:
    """A held request after the approval stage's word: released as the stages allowed it, or 403 saying why not."""
    needs = f"the request needs approval ({hold.rule}: {hold.reason})"
    if not approval_stage:
        return Reject(403, "permission_error", f"{needs} and no approver is configured", hold.stage, hold.rule)
    if approval is None:
        return Reject(403, "permission_error", f"{needs} and none arrived within {timeout_s:g} s", approval_stage, f"{approval_stage}.timeout")
    if approval.decision == "allow":
        return Release(hold.changes)
    return Reject(
        approval.status if approval.status >= 400 else 403,
        approval.error_type or "permission_error",
        f"{needs}: {approval.reason}",
        approval_stage,
        approval.rule,
    )


@dataclass(frozen=True)
class ToolUseOutcome:
    """What becomes of one tool call: released as the model wrote it, or replaced by ``message``."""

    allowed: bool
    message: str = ""


@dataclass(frozen=True)
class ToolHeld:
    """Every tool-use stage let the call through, but ``verdict``'s stage asks a person's approval first."""

    verdict: ToolUseVerdict


def decide_tool_use(
    stages: tuple[str, ...], verdicts: list[ToolUseVerdict | None], tool_name: str, deadline_s: float
) -> ToolUseOutcome | ToolHeld:
    """In stage order, a stage that has not answered blocks (fail closed) and a block blocks; then the first
    ``approve`` holds the call for the approval stage; else it is allowed."""
    for stage, verdict in zip(stages, verdicts, strict=True):
        if verdict is None:
            return ToolUseOutcome(
                False, f"Lockgate blocked the {tool_name} call: no verdict from {stage} within {deadline_s * 1000:.0f} ms (fail closed)."
            )
        if verdict.decision == "block":
            return ToolUseOutcome(False, blocked_text(verdict))
    asking = next((v for v in verdicts if v is not None and v.decision == "approve"), None)
    if asking is not None:
        return ToolHeld(asking)
    return ToolUseOutcome(True)


def decide_tool_held(held: ToolHeld, approval_stage: str, approval: ToolUseVerdict | None, timeout_s: float) -> ToolUseOutcome:
    """A held call after the approval stage's word: released on ``allow``, else replaced by a text saying why not."""
    reason = held.verdict
    what = f" ({reason.command})" if reason.command else ""
    needs = f"Lockgate blocked the {reason.tool_name or 'tool'} call{what}: it needs approval ({reason.rule}: {reason.message})"
    if not approval_stage:
        return ToolUseOutcome(False, f"{needs} and no approver is configured.")
    if approval is None:
        return ToolUseOutcome(False, f"{needs} and none arrived within {timeout_s:g} s.")
    if approval.decision == "allow":
        return ToolUseOutcome(True)
    return ToolUseOutcome(False, blocked_text(approval))


def blocked_text(verdict: ToolUseVerdict) -> str:
    what = f" ({verdict.command})" if verdict.command else ""
    return f"Lockgate blocked the {verdict.tool_name or 'tool'} call{what}: {verdict.message} [rule {verdict.rule or verdict.stage}]"


def merge_changes(all_changes: list[RequestChanges | None]) -> RequestChanges | None:
    """The strictest combination: every tool any stage removed, the lowest ``max_tokens``, the guard's injection finding."""
    present = [c for c in all_changes if c is not None]
    if not present:
        return None
    removed = tuple(sorted({tool for c in present for tool in c.remove_tools}))
    limits = [c.max_tokens for c in present if c.max_tokens is not None]
    injection = next((c.injection for c in present if c.injection is not None), None)
    return RequestChanges(remove_tools=removed, max_tokens=min(limits) if limits else None, injection=injection)


@dataclass
class _Waiting:
    required: tuple[str, ...]
    approval_stage: str = ""
    verdicts: dict[str, Verdict] = field(default_factory=dict)
    settled: asyncio.Future = field(default_factory=lambda: asyncio.get_running_loop().create_future())
    approved: asyncio.Future = field(default_factory=lambda: asyncio.get_running_loop().create_future())
    """The approval stage's verdict, for a request a stage holds (it may come before ``settled``)."""


class VerdictGate:
    """Holds requests until their verdicts arrive or the deadline passes, and held ones until the approval stage decides."""

    def __init__(self) -> None:
        self._waiting: dict[str, _Waiting] = {}

    def expect(self, request_id: str, required: tuple[str, ...], approval_stage: str = "") -> None:
        """Register before the request is published, so no verdict can arrive unexpected."""
        self._waiting[request_id] = _Waiting(required, approval_stage)

    async def on_verdict(self, verdict: Verdict) -> None:
        waiting = self._waiting.get(verdict.request_id)
        if waiting is None:
            return
        if verdict.stage == waiting.approval_stage and verdict.stage not in waiting.required:
            if not waiting.approved.done():
                waiting.approved.set_result(verdict)
            return
        if verdict.stage not in waiting.required or verdict.stage in waiting.verdicts:
            return
        waiting.verdicts[verdict.stage] = verdict
        if (verdict.decision == "deny" or len(waiting.verdicts) == len(waiting.required)) and not waiting.settled.done():
            waiting.settled.set_result(None)

    async def wait(self, request_id: str, deadline_s: float) -> tuple[dict[str, Verdict], float]:
        """The verdicts received by the deadline, and how long it took in milliseconds (``perf_counter``:
        the event loop's clock may tick in whole milliseconds)."""
        waiting = self._waiting[request_id]
        started = time.perf_counter()
        try:
            async with asyncio.timeout(deadline_s):
                await waiting.settled
        except TimeoutError:
            pass
        return waiting.verdicts, (time.perf_counter() - started) * 1000

    async def wait_approval(self, request_id: str, deadline_s: float) -> Verdict | None:
        """The approval stage's verdict on a held request, or None when ``deadline_s`` passed first."""
        waiting = self._waiting[request_id]
        try:
            async with asyncio.timeout(deadline_s):
                return await waiting.approved
        except TimeoutError:
            return None

    def forget(self, request_id: str) -> None:
        """The request is decided: later verdicts about it are dropped."""
        self._waiting.pop(request_id, None)
