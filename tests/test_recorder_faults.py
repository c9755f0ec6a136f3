"""The recorder as its own process (``lockgate worker recorder``) through faults: killed mid-run and
restarted, NATS restarted mid-run, and its file edited behind its back (``lockgate audit verify``)."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import anthropic
import duckdb
import pytest
from nats.js.api import AckPolicy

from schemas import subjects
from services.cli.workers import DEFAULT_POLICY
from tests.harness import CREDENTIALS, Gateway, nats_connect, raw_stream_messages, start_nats, wait_http

MODEL = "claude-haiku-4-5"
pytestmark = pytest.mark.slow


READY = "recorder worker consuming"
"""What ``lockgate worker recorder`` prints once it consumes: traffic starts only then."""


class Recorder:
    """``lockgate worker recorder`` against the test's NATS, writing ``database``."""

    def __init__(self, workdir: Path, nats_url: str):
        self.workdir, self.nats_url = workdir, nats_url
        self.database = workdir / "audit.duckdb"
        self.process: subprocess.Popen | None = None

    def start(self) -> Recorder:
        config = self.workdir / "recorder.toml"
        config.write_text(f'[recorder]\ndatabase = "{self.database}"\nbatch_size = 50\n')
        env = {**os.environ, "NATS_URL": self.nats_url, "LOCKGATE_NATS_CREDENTIALS": str(CREDENTIALS[self.nats_url].directory),
               "LOCKGATE_DATA_DIR": str(self.workdir / "data")}
        log_path = self.workdir / "recorder.log"
        already = log_path.read_text(errors="replace").count(READY) if log_path.exists() else 0
        with open(log_path, "ab") as log:
            self.process = subprocess.Popen([sys.executable, "-m", "services.cli.main", "worker", "recorder", "--config", str(config)],
                                            stdout=log, stderr=subprocess.STDOUT, env=env)
        deadline = time.monotonic() + 30
        while log_path.read_text(errors="replace").count(READY) == already:
            assert self.process.poll() is None and time.monotonic() < deadline, self.log()[-3000:]
            time.sleep(0.05)
        return self

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=20)

    def log(self) -> str:
        return (self.workdir / "recorder.log").read_text(errors="replace")


@pytest.fixture
def split(tmp_path, simulator):
    """NATS, ``lockgate up`` without its own recorder, and a recorder process; all stopped at the end."""
    nats = start_nats(tmp_path / "nats-home")
    policy = tmp_path / "policy.toml"
    policy.write_text(DEFAULT_POLICY.read_text().replace("rate = { requests = 120, period_s = 60 }", "rate = { requests = 100000, period_s = 60 }"))
    gateway = Gateway(tmp_path / "gateway", nats.url, simulator.url, f'[recorder]\nenabled = false\n\n[policy]\nfile = "{policy}"\n')
    recorder = Recorder(tmp_path, nats.url).start()
    yield nats, gateway, recorder
    recorder.stop()
    gateway.stop()
    nats.stop()


def stored(database: Path) -> tuple[int, int, set[str]]:
    """(records, distinct event ids, request ids with a completed response) in a stopped recorder's file."""
    db = duckdb.connect(str(database), read_only=True)
    try:
        count, distinct = db.execute("SELECT count(*), count(DISTINCT event_id) FROM records").fetchone()
        completed = {r for (r,) in db.execute("SELECT request_id FROM calls WHERE outcome = 'completed'").fetchall()}
        return count, distinct, completed
    finally:
        db.close()


def everything_acknowledged(nats_url: str) -> bool:
    """The recorder's consumer has nothing pending and its acknowledgement floor is the stream's last event."""
    _, pending, floor, last = asyncio.run(_consumer_state(nats_url))
    return pending == 0 and floor == last


def wait_stored(recorder: Recorder, expected: int, timeout_s: float = 60) -> None:
    """Stop the recorder once its file holds ``expected`` records (it commits in batches): each time once its consumer
    has acknowledged every event in the stream (or the deadline passed), instead of after a fixed pause."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        while time.monotonic() < deadline and not everything_acknowledged(recorder.nats_url):
            time.sleep(0.1)
        recorder.stop()
        if stored(recorder.database)[0] >= expected:
            return
        recorder.start()
    raise AssertionError(f"the recorder stored fewer than {expected} records:\n{recorder.log()[-3000:]}")


def test_recorder_killed_mid_run_loses_nothing_and_duplicates_nothing(split):
    nats, gateway, recorder = split
    client = anthropic.Anthropic(base_url=gateway.url, api_key=gateway.token("kim"), max_retries=0)
    answered = set()
    for i in range(120):
        response = client.messages.with_raw_response.create(model=MODEL, max_tokens=16, messages=[{"role": "user", "content": f"n {i}"}])
        answered.add(response.headers["x-lockgate-request-id"])
        if i == 40:
            recorder.kill()  # SIGKILL while events flow: a batch may be pulled, or committed, and not acknowledged
        if i == 80:
            recorder.start()
    in_stream = len(asyncio.run(raw_stream_messages(nats.url)))
    wait_stored(recorder, in_stream)
    count, distinct, completed = stored(recorder.database)
    assert count == distinct == in_stream
    assert answered <= completed


async def _hold_a_batch_and_die(nats_url: str, count: int) -> int:
    """What a recorder killed mid-batch leaves: ``count`` events pulled from its consumer, never acknowledged."""
    nc = await nats_connect(nats_url, "recorder")
    try:
        held = await nc.jetstream().pull_subscribe_bind(durable=subjects.RECORDER_CONSUMER, stream=subjects.STREAM)
        return len(await held.fetch(count, timeout=5))
    finally:
        await nc.close()


async def _consumer_state(nats_url: str) -> tuple[AckPolicy, int, int, int]:
    nc = await nats_connect(nats_url, "admin")
    try:
        info = await nc.jetstream().consumer_info(subjects.STREAM, subjects.RECORDER_CONSUMER)
        stream = await nc.jetstream().stream_info(subjects.STREAM)
        return info.config.ack_policy, info.num_ack_pending, info.ack_floor.stream_seq, stream.state.last_seq
    finally:
        await nc.close()


def test_a_dead_recorders_unacknowledged_batch_is_stored_although_its_successor_acknowledges_cumulatively(split):
    """One acknowledgement per batch acknowledges everything before it: the successor must not acknowledge past
    the batch its predecessor held until that batch came back (after the ack wait) and was stored."""
    nats, gateway, recorder = split
    client = anthropic.Anthropic(base_url=gateway.url, api_key=gateway.token("kim"), max_retries=0)
    answered = set()

    def call(i: int) -> None:
        response = client.messages.with_raw_response.create(model=MODEL, max_tokens=16, messages=[{"role": "user", "content": f"n {i}"}])
        answered.add(response.headers["x-lockgate-request-id"])

    for i in range(10):
        call(i)
    recorder.stop()
    for i in range(10, 30):
        call(i)
    assert asyncio.run(_hold_a_batch_and_die(nats.url, 40)) == 40
    recorder.start()
    for i in range(30, 60):  # stored and acknowledged by the successor while the held batch is still away
        call(i)
    in_stream = len(asyncio.run(raw_stream_messages(nats.url)))
    wait_stored(recorder, in_stream)
    count, distinct, completed = stored(recorder.database)
    assert count == distinct == in_stream
    assert answered <= completed
    recorder.start()
    deadline = time.monotonic() + 30
    while (state := asyncio.run(_consumer_state(nats.url)))[1:3] != (0, state[3]):
        assert time.monotonic() < deadline, f"the recorder's consumer still has unacknowledged events: {state}"
        time.sleep(0.5)
    assert state[0] == AckPolicy.ALL


def test_nats_restarted_mid_run_every_answered_request_is_complete(split):
    nats, gateway, recorder = split
    client = anthropic.Anthropic(base_url=gateway.url, api_key=gateway.token("lee"), max_retries=0, timeout=10)
    answered = set()
    for i in range(90):
        if i == 40:
            nats.stop()
            nats.start()
            # Memory-only buckets (the guard's sessions) are gone with the server: provision again, as
            # `lockgate up` does for its embedded server and an operator's restart hook does for theirs.
            subprocess.run([sys.executable, "-m", "services.cli.main", "nats", "provision"], check=True, capture_output=True,
                           env={**os.environ, "NATS_URL": nats.url, "LOCKGATE_NATS_CREDENTIALS": str(CREDENTIALS[nats.url].directory)})
            wait_http(gateway.url + "/readyz", timeout_s=30)
        try:
            response = client.messages.with_raw_response.create(model=MODEL, max_tokens=16, messages=[{"role": "user", "content": f"n {i}"}])
        except anthropic.APIError:
            continue
        answered.add(response.headers["x-lockgate-request-id"])
    assert len(answered) >= 80
    in_stream = len(asyncio.run(raw_stream_messages(nats.url)))
    wait_stored(recorder, in_stream)
    assert answered <= stored(recorder.database)[2]


def test_audit_verify_passes_then_names_the_edited_record(split):
    nats, gateway, recorder = split
    client = anthropic.Anthropic(base_url=gateway.url, api_key=gateway.token("max"), max_retries=0)
    for i in range(5):
        client.messages.create(model=MODEL, max_tokens=16, messages=[{"role": "user", "content": f"n {i}"}])
    auditor = gateway.token("audrey", ("auditor",))
    env = {**os.environ, "LOCKGATE_LISTEN": f"127.0.0.1:{gateway.port}", "LOCKGATE_TOKEN": auditor}
    verify = [sys.executable, "-m", "services.cli.main", "audit", "verify"]
    in_stream = len(asyncio.run(raw_stream_messages(nats.url)))
    deadline = time.monotonic() + 30
    while True:
        online = subprocess.run(verify, capture_output=True, text=True, env=env)
        verified = re.search(r"intact: (\d+) records", online.stdout)
        if online.returncode == 0 and verified and int(verified[1]) >= in_stream or time.monotonic() > deadline:
            break
        time.sleep(0.5)  # the recorder commits in batches: wait until every event of the five calls is stored
    assert online.returncode == 0 and "audit chain intact" in online.stdout, online.stdout + online.stderr
    recorder.stop()
    offline = subprocess.run([*verify, "--file", str(recorder.database)], capture_output=True, text=True)
    assert offline.returncode == 0, offline.stdout

    db = duckdb.connect(str(recorder.database))
    seq, event_id = db.execute("SELECT seq, event_id FROM records WHERE type = 'response.completed' ORDER BY seq LIMIT 1").fetchone()
    db.execute("UPDATE records SET data = replace(data, '\"status\":200', '\"status\":201') WHERE seq = ?", [seq])
    db.close()
    edited = subprocess.run([*verify, "--file", str(recorder.database)], capture_output=True, text=True)
    assert edited.returncode == 1
    assert f"record {seq} (event {event_id}) was altered" in edited.stdout

    db = duckdb.connect(str(recorder.database))
    db.execute("UPDATE records SET data = replace(data, '\"status\":201', '\"status\":200') WHERE seq = ?", [seq])
    db.execute("DELETE FROM records WHERE seq = ?", [seq - 1])
    db.close()
    deleted = subprocess.run([*verify, "--file", str(recorder.database)], capture_output=True, text=True)
    assert deleted.returncode == 1 and f"record {seq - 1} is missing (deleted)" in deleted.stdout
