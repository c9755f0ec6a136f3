"""The recorder's ingest rate and storage growth (issue 12).

1. Ingest: N events (requests of six events each: ``request.received`` with a ~2 KB body, two
   verdicts, released, started, completed) are published into a fresh authenticated nats-server's
   stream first; then a ``RecorderWorker`` (its own identity, its own DuckDB file) is started and
   timed until it has committed them all. Baseline in the same run: a bare pull consumer that
   fetches and acknowledges the same events without storing anything (``x bare pull``).
2. Storage: a 100-turn session that adds ~20 KB of new content per turn (each turn re-sends the
   whole history, as Claude Code does) through the recorder's row building and store; the DuckDB
   file and the stored bytes against the conversation's unique content, and against storing each
   turn's body whole (the quadratic baseline).

Prints figures only.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import string
import sys
import tempfile
import time
from pathlib import Path

import msgspec

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from nats.js.api import AckPolicy, ConsumerConfig, DeliverPolicy  # noqa: E402

from schemas import subjects  # noqa: E402
from schemas.events import (  # noqa: E402
    Identity,
    RequestReceived,
    RequestReleased,
    ResponseCompleted,
    ResponseStarted,
    Usage,
    Verdict,
    encode_event,
    new_id,
)
from services.common.bus import Bus, subject_for  # noqa: E402
from services.common.config import Config  # noqa: E402
from services.common.embedded_nats import EmbeddedNats  # noqa: E402
from services.common.nats_auth import Credentials, NatsAccess  # noqa: E402
from services.recorder.worker import RecorderWorker  # noqa: E402

ALICE = Identity(subject="alice", issuer="https://idp.example", roles=("developer",), token_fingerprint="ab12cd34")


def request_events(n: int) -> list:
    request_id = new_id()
    body = msgspec.json.encode({
        "model": "claude-haiku-4-5", "max_tokens": 512, "system": "You are a careful assistant. " * 10,
        "messages": [{"role": "user" if i % 2 == 0 else "assistant", "content": f"turn {i} of request {n}: " + "lorem ipsum " * 30} for i in range(5)],
    })
    common = {"request_id": request_id, "session_id": request_id, "identity": ALICE}
    return [
        RequestReceived(**common, gateway="g1", method="POST", path="/v1/messages", endpoint="messages", model="claude-haiku-4-5",
                        body=msgspec.Raw(body), body_size=len(body)),
        Verdict(**common, stage="authz", decision="allow", rule="roles.developer", policy_version="default-1@abc"),
        Verdict(**common, stage="guard", decision="allow", rule="", policy_version="default-1@abc"),
        RequestReleased(**common, stages=("authz", "guard")),
        ResponseStarted(**common, status=200),
        ResponseCompleted(**common, status=200, model="claude-haiku-4-5", stop_reason="end_turn", usage=Usage(input_tokens=420, output_tokens=37)),
    ]


async def ingest(events: int) -> None:
    home = Path(tempfile.mkdtemp(prefix="lockgate-recorder-bench-"))
    credentials = Credentials(home / "credentials").ensure()
    server = EmbeddedNats(home / "nats", credentials=credentials).start()
    access = NatsAccess(server.url, credentials)
    try:
        admin = await Bus.connect(access, "admin")
        await admin.ensure_streams()
        published = 0
        started = time.perf_counter()
        while published < events:
            for event in request_events(published):
                await admin.js.publish(subject_for(event), encode_event(event))
                published += 1
        publish_s = time.perf_counter() - started
        print(f"published {published} events ({published // 6} requests) in {publish_s:.2f} s")

        bare = await admin.js.pull_subscribe(
            subjects.STREAM_SUBJECTS[0], durable="bench-bare", stream=subjects.STREAM,
            config=ConsumerConfig(deliver_policy=DeliverPolicy.ALL, ack_policy=AckPolicy.EXPLICIT, max_ack_pending=20_000),
        )
        started, pulled = time.perf_counter(), 0
        while pulled < published:
            for message in await bare.fetch(1000, timeout=5):
                await message.ack()
                pulled += 1
        bare_s = time.perf_counter() - started
        await admin.close()

        bus = await Bus.connect(access, "recorder")
        config = Config(data_dir=str(home / "data"))
        worker = RecorderWorker(bus, config)
        started = time.perf_counter()
        await worker.start()
        while worker.store.head_seq < published:
            await asyncio.sleep(0.02)
        record_s = time.perf_counter() - started
        await worker.stop()
        await bus.close()
        size = worker.path.stat().st_size
        print(f"bare pull + ack      : {pulled / bare_s:9,.0f} events/s")
        print(f"recorder (DuckDB)    : {published / record_s:9,.0f} events/s   x bare pull {bare_s / record_s:.2f}   "
              f"file {size / 1e6:.1f} MB ({size / published:.0f} B/event)")
    finally:
        server.stop()
        shutil.rmtree(home, ignore_errors=True)


def storage(turns: int, new_bytes: int) -> None:
    home = Path(tempfile.mkdtemp(prefix="lockgate-recorder-storage-"))
    try:
        worker = RecorderWorker(None, Config(data_dir=str(home)))
        from services.recorder.store import Store

        worker.store = Store(worker.path)
        rng = random.Random(12)
        words = ["".join(rng.choices(string.ascii_lowercase, k=rng.randint(2, 9))) for _ in range(5000)]

        def text(size: int) -> str:
            out, length = [], 0
            while length < size:
                word = rng.choice(words)
                out.append(word)
                length += len(word) + 1
            return " ".join(out)[:size]

        system = "You are Claude Code. " + text(2000)
        messages: list[dict] = []
        unique = len(msgspec.json.encode(system))
        whole = 0
        session_id = new_id()
        for turn in range(turns):
            for role in ("user", "assistant") if turn else ("user",):
                message = {"role": role, "content": text(new_bytes // 2)}
                messages.append(message)
                unique += len(msgspec.json.encode(message))
            body = msgspec.json.encode({"model": "claude-sonnet-4-5", "max_tokens": 32000, "system": system, "messages": messages})
            whole += len(body)
            event = RequestReceived(request_id=new_id(), session_id=session_id, identity=ALICE, gateway="g1", method="POST",
                                    path="/v1/messages", endpoint="messages", body=msgspec.Raw(body), body_size=len(body))
            worker._store_batch([(subjects.REQUEST_RECEIVED, encode_event(event), None)], None)
        db = worker.store.db
        db.execute("CHECKPOINT")
        content, records = db.execute("SELECT (SELECT sum(size) FROM contents), (SELECT sum(length(data)) FROM records)").fetchone()
        worker.store.close()
        size = worker.path.stat().st_size + sum(p.stat().st_size for p in worker.path.parent.glob("*.wal"))
        print(f"{turns}-turn session, ~{new_bytes // 1000} KB new per turn: unique content {unique / 1e6:.2f} MB; "
              f"bodies as sent {whole / 1e6:.1f} MB")
        print(f"stored bytes (contents + records) {(content + records) / 1e6:.2f} MB = {(content + records) / unique:.2f} x unique; "
              f"DuckDB file {size / 1e6:.2f} MB = {size / unique:.2f} x unique ({whole / size:.0f} x smaller than whole bodies)")
    finally:
        shutil.rmtree(home, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=30_000)
    parser.add_argument("--turns", type=int, default=100)
    parser.add_argument("--new-bytes", type=int, default=20_000)
    args = parser.parse_args()
    os.environ.setdefault("LOCKGATE_MASKER_SECRET", "bench-secret")
    asyncio.run(ingest(args.events))
    storage(args.turns, args.new_bytes)


if __name__ == "__main__":
    main()
