"""Replay throughput: recorded requests replayed per second on one core, against the live path's decision cost.

A synthetic recording of N requests (each: ``request.received`` with a Claude Code-sized
conversation growing per session, authz and guard verdicts, ``request.released``,
``response.completed``; every fourth with a sealed ``tool_use.proposed`` and its guard
verdict) is encoded to bytes once, then:

- replay: decode every message, check its subject, and feed ``Replay`` (the engine behind
  ``lockgate replay``: authz, guard request and tool judgements, masks, the comparison);
- live: the same decisions as the live workers make them (``authorize``, ``judge_request_body``,
  ``judge_tool_input``, ``mask_text`` of each tool input), on the same decoded events, without I/O.

Both run in this process on one core; the ratio is replay time per request over the live
decisions' time. Run: ``.venv/bin/python bench/replay_bench.py [N]``.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import msgspec  # noqa: E402

from schemas.events import (  # noqa: E402
    Identity,
    RequestReceived,
    RequestReleased,
    ResponseCompleted,
    ToolUseProposed,
    ToolUseVerdict,
    Verdict,
    decode_event,
    encode_event,
)
from services.authz.decide import AuthzRequest, authorize  # noqa: E402
from services.cli.workers import DEFAULT_POLICY  # noqa: E402
from services.common.bus import subject_for  # noqa: E402
from services.common.policy_store import policy_document  # noqa: E402
from services.common.sealing import InputSealer  # noqa: E402
from services.guard.novelty import session_key  # noqa: E402
from services.guard.worker import judge_request_body, judge_tool_input  # noqa: E402
from services.masker.engine import mask_text  # noqa: E402
from services.replay.engine import Candidate, Replay  # noqa: E402

SESSIONS = 50
COMMANDS = ("ls -la src", "git status", "rm -rf /", "pytest -q tests/test_x.py", "cat README.md | head -50")


def recording(n: int, sealer: InputSealer) -> list[tuple[str, bytes]]:
    """(subject, payload) of every message a run of ``n`` requests records."""
    messages: list[tuple[str, bytes]] = []
    system = "You are Claude Code. " * 200
    history: dict[int, list] = {}
    for i in range(n):
        session = i % SESSIONS
        identity = Identity(subject=f"user{session}", issuer="https://idp", roles=("developer",))
        turns = history.setdefault(session, [])
        turns.append({"role": "user", "content": f"Step {i}: please look at file_{i}.py and fix the failing test"})
        body = msgspec.json.encode({"model": "claude-haiku-4-5", "max_tokens": 1024, "system": system, "messages": turns})
        rid = f"r{i:08d}"
        about = dict(request_id=rid, session_id=f"s{session}", identity=identity)
        events = [
            RequestReceived(gateway="g", method="POST", path="/v1/messages", endpoint="messages", model="claude-haiku-4-5",
                            max_tokens=1024, tools=("Bash", "Read"), body=msgspec.Raw(body), body_size=len(body), **about),
            Verdict(stage="authz", decision="allow", rule="roles.developer", **about),
            Verdict(stage="guard", decision="allow", **about),
            RequestReleased(stages=("authz", "guard"), **about),
        ]
        if i % 4 == 0:
            command = COMMANDS[(i // 4) % len(COMMANDS)]
            raw = msgspec.json.encode({"command": command})
            tool_id = f"toolu_{i}"
            events.append(ToolUseProposed(gateway="g", block_index=1, tool_use_id=tool_id, tool_name="Bash", input=msgspec.Raw(raw),
                                          sealed_input=sealer.seal(raw, rid, tool_id), **about))
            decision = "block" if command.startswith("rm") else "allow"
            events.append(ToolUseVerdict(stage="guard", tool_use_id=tool_id, decision=decision,
                                         rule="fs.rm_critical" if decision == "block" else "", **about))
        events.append(ResponseCompleted(status=200, **about))
        turns.append({"role": "assistant", "content": f"Done with step {i}."})
        messages += [(subject_for(event), encode_event(event)) for event in events]
    return messages


def replay_all(messages, candidate, sealer) -> float:
    replay = Replay(candidate, sealer)
    started = time.process_time()
    for subject, data in messages:
        event = decode_event(data)
        if subject_for(event) != subject:
            continue
        replay.feed(event)
    report = replay.report()
    elapsed = time.process_time() - started
    assert report.totals.requests and sum(report.counts.values()) == 0, report.counts
    return elapsed


def live_decisions(messages, candidate, sealer) -> float:
    events = [decode_event(data) for _, data in messages]
    marks: dict = {}
    started = time.process_time()
    for event in events:
        if isinstance(event, RequestReceived):
            authorize(candidate.authz, candidate.version, event.identity,
                      AuthzRequest(endpoint=event.endpoint, model=event.model, max_tokens=event.max_tokens, tools=event.tools))
            key = session_key(event.identity, event.session_id)
            _, mark = judge_request_body(event, bytes(event.body), candidate.guard, candidate.version, marks.get(key))
            if mark is not None:
                marks[key] = mark
        elif isinstance(event, ToolUseProposed):
            plain = sealer.open(event.sealed_input, event.request_id, event.tool_use_id)
            judge_tool_input(event.tool_name, plain, candidate.guard, event.identity.roles)
            mask_text(plain.decode(), candidate.masker.rules, b"")
    return time.process_time() - started


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))}) if hasattr(os, "sched_setaffinity") else None
    sealer = InputSealer(os.urandom(32))
    candidate = Candidate.of(policy_document(DEFAULT_POLICY.read_text()))
    messages = recording(n, sealer)
    replay_all(messages[: len(messages) // 10], candidate, sealer)  # warm caches
    replay_s = min(replay_all(messages, candidate, sealer) for _ in range(3))
    live_s = min(live_decisions(messages, candidate, sealer) for _ in range(3))
    print(f"recorded requests: {n} ({len(messages)} messages, {n // 4} tool calls), one core (CPU time, best of 3)")
    print(f"replay (decode, check, decide, compare): {replay_s:.3f} s = {n / replay_s:,.0f} requests/s, {replay_s / n * 1e6:.1f} us/request")
    print(f"live decisions only (same functions):   {live_s:.3f} s = {n / live_s:,.0f} requests/s, {live_s / n * 1e6:.1f} us/request")
    print(f"replay / live decision cost: x{replay_s / live_s:.2f}   (target: >= 5,000 requests/s per core)")


if __name__ == "__main__":
    main()
