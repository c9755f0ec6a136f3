"""The recorder's acknowledgements: one per event (explicit ack, a consumer provisioned before issue 17) against
one per committed batch (cumulative, ``AckPolicy.ALL``, what ``provision.py`` creates now), in the same run.

    python bench/recorder_acks.py [--events N] [--rounds R]

Per mode and round: a fresh authenticated nats-server with JetStream, provisioned by the admin identity, its
``recorder`` consumer given that mode's ack policy, N ``request.released`` events (six per request id) published into the stream
first; then a ``RecorderWorker`` in this process (its own DuckDB file, default batch settings) drains them.
Printed: events/s to drain, CPU ms per 1000 events of this process (the recorder and its DuckDB thread) and of
the nats-server, and the acknowledgements the recorder sent. The ratio is cumulative against explicit.
Figures only; it judges nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from nats.aio.msg import Msg  # noqa: E402
from nats.js.api import AckPolicy  # noqa: E402

from schemas import subjects  # noqa: E402
from schemas.events import RequestReleased  # noqa: E402
from services.common.bus import Bus  # noqa: E402
from services.common.config import Config  # noqa: E402
from services.common.embedded_nats import EmbeddedNats  # noqa: E402
from services.common.nats_auth import Credentials, NatsAccess  # noqa: E402
from services.common.provision import recorder_consumer_config  # noqa: E402
from services.recorder.worker import RecorderWorker  # noqa: E402

EVENTS_PER_REQUEST = 6
"""As many events as a request publishes; none is its request.received (as after a restart: each request is looked up in the file)."""
MODES = {"explicit (per event)": AckPolicy.EXPLICIT, "cumulative (per batch)": AckPolicy.ALL}


class CountedAcks:
    """Counts the acknowledgements this process sends (nats-py's ``Msg.ack``), without changing them."""

    def __init__(self) -> None:
        self.count = 0
        self._ack = Msg.ack

    def __enter__(self) -> CountedAcks:
        counter, original = self, self._ack

        async def ack(message: Msg) -> None:
            counter.count += 1
            await original(message)

        Msg.ack = ack  # type: ignore[method-assign, assignment]
        return self

    def __exit__(self, *exc) -> None:
        Msg.ack = self._ack  # type: ignore[method-assign]


async def one_run(workdir: Path, policy: AckPolicy, events: int) -> dict:
    credentials = Credentials(workdir / "credentials").ensure()
    server = EmbeddedNats(workdir / "nats", credentials=credentials).start()
    try:
        access = NatsAccess(server.url, credentials=credentials)
        admin = await Bus.connect(access, "admin")
        await admin.ensure_streams()
        await admin.js.delete_consumer(subjects.STREAM, subjects.RECORDER_CONSUMER)
        config = recorder_consumer_config()
        config.ack_policy = policy
        await admin.js.add_consumer(subjects.STREAM, config)
        await admin.close()
        publisher = await Bus.connect(access, "up")
        for start in range(0, events, 500):
            publications = [await publisher.emit(RequestReleased(request_id=f"r{i // EVENTS_PER_REQUEST}")) for i in range(start, min(events, start + 500))]
            await asyncio.gather(*(publisher.recorded(p) for p in publications))
        await publisher.close()

        recorder_bus = await Bus.connect(access, "recorder")
        settings = Config()
        settings.data_dir = str(workdir / "data")
        worker = RecorderWorker(recorder_bus, settings)
        assert server.process is not None
        nats_process = psutil.Process(server.process.pid)
        with CountedAcks() as acks:
            nats_before, cpu_before, started = nats_process.cpu_times(), time.process_time(), time.perf_counter()
            await worker.start()
            while worker.store is None or worker.store.head_seq < events:
                await asyncio.sleep(0.01)
            elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_before
            nats_after = nats_process.cpu_times()
            sent = acks.count
        await worker.stop()
        await recorder_bus.close()
        nats_cpu = (nats_after.user + nats_after.system) - (nats_before.user + nats_before.system)
        return {"events_per_s": events / elapsed, "cpu_ms_per_1000": 1e6 * cpu / events,
                "nats_cpu_ms_per_1000": 1e6 * nats_cpu / events, "acks": sent}
    finally:
        server.stop()


async def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20_000, help="events in the stream per run (default 20000)")
    parser.add_argument("--rounds", type=int, default=3, help="runs per mode, interleaved (default 3)")
    args = parser.parse_args(argv)
    results: dict[str, list[dict]] = {name: [] for name in MODES}
    with tempfile.TemporaryDirectory(prefix="lockgate-recorder-acks-") as tmp:
        for r in range(args.rounds):
            for n, (name, policy) in enumerate(MODES.items()):
                results[name].append(await one_run(Path(tmp) / f"{r}-{n}", policy, args.events))
            print(f"round {r + 1}/{args.rounds} done", flush=True)
    print(f"\nrecorder draining {args.events} request.released events (median of {args.rounds} rounds; per-round in brackets)")
    print(f"{'mode':24s} {'events/s':>9s} {'CPU ms/1000 ev':>15s} {'nats CPU ms/1000':>17s} {'acks sent':>10s}")
    medians = {}
    for name, runs in results.items():
        medians[name] = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
        m = medians[name]
        print(f"{name:24s} {m['events_per_s']:9.0f} {m['cpu_ms_per_1000']:15.1f} {m['nats_cpu_ms_per_1000']:17.1f} {m['acks']:10.0f}"
              "   [" + ", ".join(f"{run['cpu_ms_per_1000']:.0f}" for run in runs) + "]")
    explicit, cumulative = medians["explicit (per event)"], medians["cumulative (per batch)"]
    print(f"cumulative / explicit: events/s x{cumulative['events_per_s'] / explicit['events_per_s']:.2f}, recorder CPU "
          f"x{cumulative['cpu_ms_per_1000'] / explicit['cpu_ms_per_1000']:.2f}, nats-server CPU "
          f"x{cumulative['nats_cpu_ms_per_1000'] / max(explicit['nats_cpu_ms_per_1000'], 1e-9):.2f}")


if __name__ == "__main__":
    import uvloop

    uvloop.run(main())
