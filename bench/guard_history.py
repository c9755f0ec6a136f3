"""The guard's cost as a conversation grows, and its tool-use verdict round trip over the bus.

    python bench/guard_history.py [--turns 100] [--repeat 5] [--samples 2000]

1. A 100-turn Claude Code style conversation (system prompt, and per turn a user message, an
   assistant tool_use and a tool_result of a few KB, with ``cache_control`` moving to the newest
   turn as Claude Code does) is fed turn by turn through the guard's request path: the novelty
   check (``services.guard.novelty``) and the judge, pure functions, no I/O. Printed per turn:
   microseconds and bytes scanned, against a naive full rescan of every turn.
2. The same turns as ``request.received`` events through a running GuardWorker and a real
   nats-server (the session mark goes through the KV bucket): publish -> ``verdict.guard``.
3. Tool-use verdict round trip, publish ``tool_use.proposed`` -> receive ``tool_use.verdict``:
   first a bare responder on a core queue subscription and on a durable JetStream consumer
   (the transport choice), then the real GuardWorker asked as the egress asks it (request/reply).

Starts its own nats-server in a temporary directory and stops it at the end. Figures only.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

import msgspec
from nats.js.api import ConsumerConfig, DeliverPolicy

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from schemas import subjects  # noqa: E402
from schemas.events import Identity, RequestReceived, ToolUseProposed, ToolUseVerdict, decode_event, encode_event  # noqa: E402
from services.common.bus import Bus  # noqa: E402
from services.common.embedded_nats import EmbeddedNats  # noqa: E402
from services.common.policy_store import policy_document, push_policy  # noqa: E402
from services.guard import GuardPolicy, judge_request_text, judge_tool_call  # noqa: E402
from services.guard.novelty import first_new, mark_of, split_body, texts_of  # noqa: E402
from services.guard.worker import GuardWorker  # noqa: E402

REPORT_TURNS = (1, 10, 50, 100)
IDENTITY = Identity(subject="bench", issuer="bench", roles=("developer",))
SYSTEM = (
    "You are Claude Code, Anthropic's official CLI for Claude. You help users with software "
    "engineering tasks. Use the tools available to you to read, search and change the code base. "
    "Keep answers short; prefer editing existing files; run the tests after a change. "
) * 40
LISTING = "".join(
    f"-rw-r--r--  1 dev staff  {1000 + i * 37:6d} Mar  3 10:{i % 60:02d} services/module_{i:03d}.py\n" for i in range(40)
)
TYPICAL_CALLS = [
    ("Bash", {"command": "ls -la", "description": "List files"}),
    ("Bash", {"command": "git status && git diff --stat", "description": "Show changes"}),
    ("Bash", {"command": "pytest -q tests/test_pipeline.py -k stream", "description": "Run tests"}),
    ("Read", {"file_path": "/work/project/services/egress/relay.py"}),
    ("Edit", {"file_path": "/work/project/README.md", "old_string": "Lockgate", "new_string": "Lockgate gateway"}),
    ("Grep", {"pattern": "def relay", "path": "services"}),
]


def turn_messages(turn: int) -> list[dict]:
    """What one turn adds: a user request, the assistant's tool call and its result (~3.5 KB)."""
    tool_id = f"toolu_bench_{turn:04d}"
    return [
        {"role": "user", "content": [{"type": "text", "text": f"Step {turn}: look at the services directory and tell me which modules changed since yesterday, then summarise."}]},
        {
            "role": "assistant",
            "content": [
                {"type": "text", "text": f"I'll list the services directory (step {turn})."},
                {"type": "tool_use", "id": tool_id, "name": "Bash", "input": {"command": "ls -la services", "description": "List services"}},
            ],
        },
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": tool_id, "content": LISTING}]},
    ]


def bodies(turns: int) -> list[bytes]:
    """The request body Claude Code sends at each turn: the whole history, cache breakpoint on the newest message."""
    history: list[dict] = []
    out = []
    for turn in range(1, turns + 1):
        history += turn_messages(turn)
        messages = [dict(m) for m in history]
        last = messages[-1]
        last["content"] = [*last["content"][:-1], {**last["content"][-1], "cache_control": {"type": "ephemeral"}}]
        out.append(msgspec.json.encode({"model": "claude-sonnet-4-5", "max_tokens": 4096, "system": SYSTEM, "messages": messages, "stream": True}))
    return out


def guard_turn(body: bytes, mark, policy: GuardPolicy, version: str):
    """The worker's request path without I/O: new messages only."""
    conversation = split_body(body)
    start = first_new(conversation.messages, mark, version)
    texts = texts_of(conversation.messages[start:], conversation.system if start == 0 else None)
    judgement = judge_request_text(texts, policy, IDENTITY.roles)
    return judgement, mark_of(conversation.messages, version), sum(len(t) for t in texts)


def naive_turn(body: bytes, policy: GuardPolicy):
    conversation = split_body(body)
    texts = texts_of(conversation.messages, conversation.system)
    return judge_request_text(texts, policy, IDENTITY.roles), sum(len(t) for t in texts)


def history_figures(turns: int, repeat: int) -> None:
    policy, version = GuardPolicy(), "bench"
    sequence = bodies(turns)
    guard_us = [[] for _ in sequence]
    naive_us = [[] for _ in sequence]
    guard_bytes = [0] * turns
    naive_bytes = [0] * turns
    for _ in range(repeat):
        mark = None
        for i, body in enumerate(sequence):
            started = time.perf_counter()
            judgement, mark, guard_bytes[i] = guard_turn(body, mark, policy, version)
            guard_us[i].append((time.perf_counter() - started) * 1e6)
            assert judgement.action == "allow", judgement
            started = time.perf_counter()
            _, naive_bytes[i] = naive_turn(body, policy)
            naive_us[i].append((time.perf_counter() - started) * 1e6)
    print(f"\n1. request path per turn, pure functions (median of {repeat} runs)")
    print(f"{'turn':>5} {'body KB':>8} {'guard µs':>9} {'scanned B':>10} {'naive µs':>9} {'naive B':>9} {'naive/guard':>12}")
    for turn in REPORT_TURNS:
        if turn > turns:
            continue
        i = turn - 1
        g, n = statistics.median(guard_us[i]), statistics.median(naive_us[i])
        print(f"{turn:>5} {len(sequence[i]) / 1024:>8.1f} {g:>9.0f} {guard_bytes[i]:>10} {n:>9.0f} {naive_bytes[i]:>9} {n / g:>11.1f}x")


def percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p50 = ordered[len(ordered) // 2]
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return f"p50 {p50:7.3f} ms   p99 {p99:7.3f} ms   (n={len(ordered)})"


class Collector:
    """Core subscription that hands each verdict to the sample waiting for it."""

    def __init__(self, key):
        self.key = key
        self.waiting: dict[str, asyncio.Future] = {}

    async def deliver(self, msg) -> None:
        event = decode_event(msg.data)
        future = self.waiting.pop(self.key(event), None)
        if future is not None:
            future.set_result(event)

    async def round_trip(self, bus: Bus, event, key: str) -> tuple[float, object]:
        future = asyncio.get_running_loop().create_future()
        self.waiting[key] = future
        started = time.perf_counter()
        await bus.emit(event)
        verdict = await asyncio.wait_for(future, 5)
        return (time.perf_counter() - started) * 1000, verdict


def proposal(name: str, tool_input: dict, n: int) -> ToolUseProposed:
    return ToolUseProposed(
        request_id=f"bench-{n}",
        session_id="bench",
        identity=IDENTITY,
        gateway="bench",
        block_index=0,
        tool_use_id=f"toolu_{n}",
        tool_name=name,
        input=msgspec.Raw(msgspec.json.encode(tool_input)),
    )


async def tool_use_samples(bus: Bus, stage: str, samples: int) -> list[float]:
    collector = Collector(lambda e: e.tool_use_id)
    subscription = await bus.nc.subscribe(subjects.tool_use_verdict_subject(stage), cb=collector.deliver)
    out = []
    for n in range(samples):
        name, tool_input = TYPICAL_CALLS[n % len(TYPICAL_CALLS)]
        elapsed, verdict = await collector.round_trip(bus, proposal(name, tool_input, n), f"toolu_{n}")
        assert verdict.decision == "allow", verdict
        out.append(elapsed)
    await subscription.unsubscribe()
    return out


def bare_responder(bus: Bus, stage: str):
    """Judges like the worker (decode, judge_tool_call, emit), minus the worker: isolates the transport."""
    policy = GuardPolicy()

    async def answer(event) -> None:
        judgement = judge_tool_call(event.tool_name, msgspec.json.decode(event.input), policy, event.identity.roles)
        await bus.emit(
            ToolUseVerdict(stage=stage, tool_use_id=event.tool_use_id, decision=judgement.action, request_id=event.request_id)
        )

    return answer


async def transport_figures(bus: Bus, samples: int) -> None:
    print(f"\n3. tool-use verdict round trip, publish proposed -> receive verdict ({len(TYPICAL_CALLS)} typical calls in turn)")
    answer = bare_responder(bus, "bench-core")

    async def on_core(msg) -> None:
        await answer(decode_event(msg.data))

    subscription = await bus.nc.subscribe(subjects.TOOL_USE_PROPOSED, queue="bench-core", cb=on_core)
    await tool_use_samples(bus, "bench-core", 200)
    print(f"   bare responder, core queue subscription:    {percentiles(await tool_use_samples(bus, 'bench-core', samples))}")
    await subscription.unsubscribe()

    js_answer = bare_responder(bus, "bench-js")

    async def on_durable(msg) -> None:
        await js_answer(decode_event(msg.data))
        await msg.ack()

    subscription = await bus.js.subscribe(
        subjects.TOOL_USE_PROPOSED, queue="bench-js", durable="bench-js", cb=on_durable, manual_ack=True,
        config=ConsumerConfig(deliver_policy=DeliverPolicy.NEW, ack_wait=30),
    )
    await tool_use_samples(bus, "bench-js", 200)
    print(f"   bare responder, JetStream durable consumer: {percentiles(await tool_use_samples(bus, 'bench-js', samples))}")
    await subscription.unsubscribe()
    await bus.js.delete_consumer(subjects.STREAM, "bench-js")

    worker = GuardWorker(bus)
    await worker.start()
    await worker_samples(bus, 200)
    print(f"   GuardWorker, request/reply (as the egress):  {percentiles(await worker_samples(bus, samples))}")
    await worker.stop()


async def worker_samples(bus: Bus, samples: int) -> list[float]:
    """The egress's question to the guard: ``bus.request`` on its tool-use subject, the verdict as the reply."""
    out = []
    for n in range(samples):
        name, tool_input = TYPICAL_CALLS[n % len(TYPICAL_CALLS)]
        started = time.perf_counter()
        reply = await bus.request(subjects.tool_use_rpc_subject("guard"), encode_event(proposal(name, tool_input, n)), 5)
        out.append((time.perf_counter() - started) * 1000)
        verdict = decode_event(reply)
        assert isinstance(verdict, ToolUseVerdict) and verdict.decision == "allow", verdict
    return out


async def request_figures(bus: Bus, turns: int) -> None:
    worker = GuardWorker(bus)
    await worker.start()
    collector = Collector(lambda e: e.request_id)
    subscription = await bus.nc.subscribe(subjects.verdict_subject("guard"), cb=collector.deliver)
    timings = {}
    for session in range(3):
        for turn, body in enumerate(bodies(turns), start=1):
            request_id = f"req-{session}-{turn}"
            event = RequestReceived(
                request_id=request_id,
                session_id=f"bench-session-{session}",
                identity=IDENTITY,
                gateway="bench",
                method="POST",
                path="/v1/messages",
                endpoint="messages",
                body=msgspec.Raw(body),
                body_size=len(body),
            )
            elapsed, verdict = await collector.round_trip(bus, event, request_id)
            assert verdict.decision == "allow", verdict
            timings.setdefault(turn, []).append(elapsed)
    await subscription.unsubscribe()
    await worker.stop()
    print("\n2. request verdict round trip per turn through a GuardWorker and nats-server (median of 3 sessions)")
    print("   " + "   ".join(f"turn {t}: {statistics.median(timings[t]):.2f} ms" for t in REPORT_TURNS if t in timings))


async def bus_figures(turns: int, samples: int) -> None:
    with tempfile.TemporaryDirectory(prefix="lockgate-guard-bench-") as tmp:
        server = EmbeddedNats(Path(tmp) / "nats").start()
        try:
            bus = await Bus.connect(server.url)
            await bus.ensure_streams()
            await push_policy(bus, policy_document('version = "bench"\n'))
            await request_figures(bus, turns)
            await transport_figures(bus, samples)
            await bus.close()
        finally:
            server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--turns", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=5, help="runs of the pure per-turn measurement")
    parser.add_argument("--samples", type=int, default=2000, help="tool-use round trips per transport")
    args = parser.parse_args()
    history_figures(args.turns, args.repeat)
    try:
        import uvloop
    except ImportError:
        asyncio.run(bus_figures(args.turns, args.samples))
    else:
        uvloop.run(bus_figures(args.turns, args.samples))


if __name__ == "__main__":
    main()
