"""The authz verdict round trip over a real nats-server: publish ``request.received`` -> receive ``verdict.authz``.

    python bench/authz_roundtrip.py [--requests 1000] [--warmup 200] [--replicas 1] [--identities 1]

One or more AuthzWorker replicas and the load generator run in this process (as the
workers run inside ``lockgate up``), on uvloop when it is installed. The policy is the
bench policy of ``overhead.py``: a rate (10^9 per second) and a budget (10^15 tokens)
that never bind, so the counters are read and written on every request but never refuse
one. Requests are sequential (c=1): each is published when the previous verdict arrived.
The latency of every request also includes a bare ``allow`` responder on a core queue
subscription, for the transport's floor. Starts its own nats-server in a temporary
directory and stops it at the end. Figures only.
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

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from schemas import subjects  # noqa: E402
from schemas.events import Identity, RequestReceived, Verdict, decode_event, new_id  # noqa: E402
from services.authz.worker import AuthzWorker  # noqa: E402
from services.common.bus import Bus  # noqa: E402
from services.common.embedded_nats import EmbeddedNats  # noqa: E402
from services.common.policy_store import policy_document, push_policy  # noqa: E402

POLICY = """
version = "bench"

[roles.developer]
models = ["claude-*"]
tools = ["*"]
rate = { requests = 1000000000, period_s = 1 }
budget = { tokens = 1000000000000000, usd = 1000000000.0, window_s = 86400 }

[prices."claude-*"]
input_per_mtok = 3.0
output_per_mtok = 15.0
"""
BODY = msgspec.json.encode({"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [{"role": "user", "content": "hello"}]})


def summary(name: str, samples_ms: list[float]) -> str:
    ordered = sorted(samples_ms)
    q = lambda p: ordered[min(len(ordered) - 1, int(p * len(ordered)))]  # noqa: E731
    return f"{name:<34} n={len(ordered):<5} p50 {q(0.50):6.3f}  p90 {q(0.90):6.3f}  p99 {q(0.99):6.3f}  mean {statistics.fmean(ordered):6.3f} ms"


async def run(args) -> None:
    with tempfile.TemporaryDirectory(prefix="authz-roundtrip-") as tmp:
        server = EmbeddedNats(Path(tmp) / "nats").start()
        try:
            await measure(server.url, args)
        finally:
            server.stop()


async def measure(url: str, args) -> None:
    client = await Bus.connect(url)
    await client.ensure_streams()
    document = policy_document(POLICY)
    await push_policy(client, document)
    workers = []
    for _ in range(args.replicas):
        worker = AuthzWorker(await Bus.connect(url))
        await worker.start()
        workers.append(worker)
    while any(w.policy_version != document.version for w in workers):
        await asyncio.sleep(0.01)

    waiting: dict[str, asyncio.Future] = {}

    async def deliver(msg) -> None:
        event = decode_event(msg.data)
        future = waiting.pop(event.request_id, None)
        if future is not None and not future.done():
            future.set_result(event)

    await client.nc.subscribe(subjects.verdict_subject("authz"), cb=deliver)
    await client.nc.subscribe("bench.floor.verdict", cb=deliver)

    floor = await Bus.connect(url)

    async def answer(msg) -> None:
        event = decode_event(msg.data)
        verdict = Verdict(stage="floor", decision="allow", request_id=event.request_id, identity=event.identity)
        await floor.nc.publish("bench.floor.verdict", msgspec.json.encode(verdict))

    await floor.nc.subscribe("bench.floor.request", queue="floor", cb=answer)
    await floor.nc.flush()

    identities = [Identity(subject=f"bench-agent-{i:02d}", issuer="https://bench", roles=("developer",)) for i in range(args.identities)]

    async def one(i: int, subject: str | None) -> float:
        event = RequestReceived(
            request_id=new_id(), identity=identities[i % len(identities)], gateway="bench", method="POST",
            path="/v1/messages", endpoint="messages", model="claude-sonnet-4-5", max_tokens=1024,
            body=msgspec.Raw(BODY), body_size=len(BODY),
        )
        future = waiting[event.request_id] = asyncio.get_running_loop().create_future()
        started = time.perf_counter()
        if subject is None:
            await client.emit(event)
        else:
            await client.nc.publish(subject, msgspec.json.encode(event))
        verdict = await asyncio.wait_for(future, 5)
        elapsed = (time.perf_counter() - started) * 1000
        assert getattr(verdict, "decision", "allow") == "allow", verdict
        return elapsed

    for i in range(args.warmup):
        await one(i, None)
        await one(i, "bench.floor.request")
    authz, bare = [], []
    for i in range(args.requests):  # interleaved, so drift hits both alike
        authz.append(await one(i, None))
        bare.append(await one(i, "bench.floor.request"))
    print(f"{args.requests} sequential requests, {args.replicas} authz replica(s), {args.identities} identit(y/ies), after {args.warmup} warm-up")
    print(summary("bare core queue responder", bare))
    print(summary("authz worker (rate + budget)", authz))

    for worker in workers:
        await worker.stop()
        await worker.bus.close()
    await floor.close()
    await client.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--warmup", type=int, default=200)
    parser.add_argument("--replicas", type=int, default=1)
    parser.add_argument("--identities", type=int, default=1)
    args = parser.parse_args()
    try:
        import uvloop
    except ImportError:
        asyncio.run(run(args))
    else:
        uvloop.run(run(args))


if __name__ == "__main__":
    main()
