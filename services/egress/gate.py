"""Fan-in of verdicts: a request is released once every required stage allowed it.

``decide`` is pure (verdicts in, outcome out) so the live egress, the replay
tool and the tests share it. ``VerdictGate`` is the I/O around it: it collects
the verdicts the bus delivers and wakes the waiting request.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

from schemas.events import RequestChanges, Verdict


@dataclass(frozen=True)
class Release:
    changes: RequestChanges | None


@dataclass(frozen=True)
class Reject:
    status: int
    error_type: str
    message: str
    stage: str = ""
    rule: str = ""


def decide(required: tuple[str, ...], verdicts: dict[str, Verdict], waited_ms: float) -> Release | Reject:
    """Deny wins; a stage that has not answered denies too (fail closed)."""
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
    return Release(merge_changes([verdicts[stage].changes for stage in required]))


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
    verdicts: dict[str, Verdict] = field(default_factory=dict)
    settled: asyncio.Future = field(default_factory=lambda: asyncio.get_running_loop().create_future())


class VerdictGate:
    """Holds requests until their verdicts arrive or the deadline passes."""

    def __init__(self) -> None:
        self._waiting: dict[str, _Waiting] = {}

    def expect(self, request_id: str, required: tuple[str, ...]) -> None:
        """Register before the request is published, so no verdict can arrive unexpected."""
        self._waiting[request_id] = _Waiting(required)

    async def on_verdict(self, verdict: Verdict) -> None:
        waiting = self._waiting.get(verdict.request_id)
        if waiting is None or verdict.stage not in waiting.required or verdict.stage in waiting.verdicts:
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
        finally:
            del self._waiting[request_id]
        return waiting.verdicts, (time.perf_counter() - started) * 1000
