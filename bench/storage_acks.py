"""Client CPU per acknowledged JetStream publish: the bus's ``StorageAcks`` against nats-py's ``publish_async``.

    python bench/storage_acks.py [--events N]

Both publish the same ~2 KB events with a ``Nats-Msg-Id`` on one connection to a real nats-server (JetStream, a
memory stream, loopback), in bursts of 1 and of 8 awaited together, interleaved rounds, on uvloop; the figure is the
process's CPU time (user + system) per acknowledged event, and the ratio of the two. It prints figures only.
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import sys
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path

import nats
import uvloop

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from services.common.bus import StorageAcks  # noqa: E402
from services.common.embedded_nats import EmbeddedNats  # noqa: E402

PAYLOAD = b"x" * 2000
ROUNDS = 3


def cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def measure(events: int) -> None:
    with tempfile.TemporaryDirectory(prefix="lockgate-acks-") as tmp:
        server = EmbeddedNats(Path(tmp) / "nats").start()
        nc = await nats.connect(server.url)
        try:
            js = nc.jetstream()
            await js.add_stream(name="BENCH", subjects=["bench.>"], storage="memory")
            acks = StorageAcks(nc)
            sent = 0

            async def via_publish_async(burst: int) -> None:
                nonlocal sent
                futures = []
                for _ in range(burst):
                    sent += 1
                    futures.append(await js.publish_async("bench.a", PAYLOAD, wait_stall=5.0, headers={"Nats-Msg-Id": f"n{sent}"}))
                await asyncio.gather(*futures)

            async def via_storage_acks(burst: int) -> None:
                nonlocal sent
                futures = []
                for _ in range(burst):
                    sent += 1
                    futures.append(await acks.publish("bench.a", PAYLOAD, {"Nats-Msg-Id": f"n{sent}"}))
                await asyncio.gather(*futures)

            ways: dict[str, Callable[[int], Awaitable[None]]] = {"nats-py publish_async": via_publish_async, "StorageAcks": via_storage_acks}
            spent: dict[tuple[str, int], float] = {}
            for burst in (1, 8):
                for way in ways.values():
                    for _ in range(200 // burst):  # warm-up
                        await way(burst)
                for _ in range(ROUNDS):
                    for name, way in ways.items():
                        started = cpu_s()
                        for _ in range(events // burst // ROUNDS):
                            await way(burst)
                        spent[name, burst] = spent.get((name, burst), 0.0) + cpu_s() - started
            print(f"client CPU per acknowledged event ({events:,} events per way and burst, {ROUNDS} interleaved rounds)")
            for burst in (1, 8):
                figures = {name: spent[name, burst] * 1e6 / (events // burst // ROUNDS * burst * ROUNDS) for name in ways}
                line = "  ".join(f"{name} {us:6.1f} us" for name, us in figures.items())
                print(f"  burst {burst}: {line}  (x{figures['nats-py publish_async'] / figures['StorageAcks']:.2f})")
        finally:
            await nc.close()
            server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=24_000, help="events per way and burst size (default 24,000)")
    args = parser.parse_args()
    if args.events < 24:
        parser.error("--events must be at least 24")
    uvloop.run(measure(args.events))


if __name__ == "__main__":
    main()
