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
decisions' time. Then the same recording as the recorder stores it (a real DuckDB file written by
``services/recorder/store.py``: bodies split into content-addressed parts) is replayed as
``lockgate replay`` reads events beyond the stream's retention: snapshot copy, read, bodies
rebuilt, fed (``replay_archive``); its ratio is against the replay from stream messages.
The file is written by the recorder's ``Store`` for a shorter recording (FILE_N, default 5,000
requests): each stored turn keeps a reference per message, so rebuilding grows with session length.
Run: ``.venv/bin/python bench/replay_bench.py [N] [FILE_N]``.
"""

from __future__ import annotations

import os
import sys
import tempfile
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
from services.recorder.record import Row, split_body  # noqa: E402
from services.recorder.store import Store  # noqa: E402
from services.replay.archive import open_archive  # noqa: E402
from services.replay.engine import Candidate, Replay  # noqa: E402
from services.replay.reader import replay_archive  # noqa: E402

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


def recorder_file(messages: list[tuple[str, bytes]], path: Path) -> None:
    """The recording as the recorder stores it (no secrets in it, so nothing is masked or sealed)."""
    store = Store(path)
    rows = []
    for subject, data in messages:
        fields = msgspec.json.decode(data)
        contents: dict[str, bytes] = {}
        if fields["type"] == "request.received":
            fields["body"], contents = split_body(fields["body"])
        rows.append(Row(event_id=fields["event_id"], type=fields["type"], subject=subject, request_id=fields["request_id"],
                        session_id=fields.get("session_id", ""), session=fields.get("session_id", ""), time=fields["time"],
                        believed=True, data=msgspec.json.encode(fields).decode(), contents=contents))
        if len(rows) == 1000:
            store.append(rows)
            rows = []
    store.append(rows)
    store.close()


def replay_from_file(path: Path, candidate, sealer) -> float:
    replay = Replay(candidate, sealer)
    started = time.process_time()
    with open_archive(path, sealer) as archive:
        replay_archive(archive, replay, None, None)
    report = replay.report()
    elapsed = time.process_time() - started
    assert report.totals.archived_events and sum(report.counts.values()) == 0, report.counts
    return elapsed


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
    file_n = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
    part = recording(file_n, sealer)
    stream_s = min(replay_all(part, candidate, sealer) for _ in range(3))
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "audit.duckdb"
        recorder_file(part, path)
        file_s = min(replay_from_file(path, candidate, sealer) for _ in range(3))
    print(f"{file_n} recorded requests from the stream: {stream_s:.3f} s = {file_n / stream_s:,.0f} requests/s; "
          f"from the recorder's file (copy, read, rebuild, decide): {file_s:.3f} s = {file_n / file_s:,.0f} requests/s; file / stream: x{file_s / stream_s:.2f}")


if __name__ == "__main__":
    main()
