"""Lockgate on a 3-node NATS cluster survives losing a node and a replica of every worker.

Real processes only: three nats-servers with routes and JetStream on loopback (the authorization
``lockgate nats credentials`` writes), ``lockgate nats provision --replicas 3``, two ``lockgate gateway``s,
two ``lockgate worker X`` replicas of each stage, the simulated upstream streaming slowly, and the
official ``anthropic`` SDK as the client. Under streaming load, the event stream's leader node and one
replica of each worker are SIGKILLed; every request must then have been answered or refused with an
Anthropic error that says why, and every answer reported complete must have its ``response.completed``
in the stream (nothing acknowledged was lost).
"""

from __future__ import annotations

import asyncio
import itertools
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import anthropic
import nats
import pytest
from nats.js.api import DeliverPolicy

from schemas import subjects
from schemas.events import ResponseCompleted
from services.common.bus import believed
from services.common.embedded_nats import free_port, nats_server_binary
from services.common.nats_auth import Credentials, inbox_prefix
from services.common.provision import JetStreamUnavailable, wait_for_jetstream
from tests.harness import CREDENTIALS, Gateway, Simulator, wait_http

MODEL = "claude-haiku-4-5"
CLUSTER_WORKERS = ("authz", "guard", "masker", "approver")
"""Two replicas of each, one of which is killed. The recorder runs once: a second would split the events
between two DuckDB files (docs/DEPLOYMENT.md)."""
CLIENTS = 6
CONFIG = """
[nats]
replicas = 3

[upstream]
initial_backoff_s = 0.05
max_backoff_s = 0.5
"""


class NatsCluster:
    """Three nats-servers routed into one JetStream cluster on loopback, admitting only Lockgate's identities."""

    def __init__(self, directory: Path, credentials: Credentials, size: int = 3):
        self.directory = directory
        self.client_ports = [free_port() for _ in range(size)]
        self.route_ports = [free_port() for _ in range(size)]
        self.processes: list[subprocess.Popen | None] = []
        for node in range(size):
            routes = ", ".join(f'"nats-route://127.0.0.1:{port}"' for i, port in enumerate(self.route_ports) if i != node)
            config = directory / f"n{node}.conf"
            config.write_text(
                f'server_name: "n{node}"\nhost: "127.0.0.1"\nport: {self.client_ports[node]}\nmax_payload: 8MB\n'
                f'jetstream {{ store_dir: "{directory / f"n{node}"}" }}\n'
                f'cluster {{ name: "lockgate", host: "127.0.0.1", port: {self.route_ports[node]}, routes: [{routes}] }}\n'
                + credentials.authorization_file.read_text()
            )
            with open(directory / f"n{node}.log", "ab") as log:
                self.processes.append(subprocess.Popen([nats_server_binary(), "-c", str(config)], stdout=log, stderr=subprocess.STDOUT))
        for port in self.client_ports:
            _wait_port(port)

    @property
    def urls(self) -> list[str]:
        return [f"nats://127.0.0.1:{port}" for port in self.client_ports]

    @property
    def url(self) -> str:
        """What NATS_URL says: every node, comma-separated."""
        return ",".join(self.urls)

    def kill(self, node: int) -> None:
        process = self.processes[node]
        process.send_signal(signal.SIGKILL)
        process.wait()

    def stop(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.terminate()
                process.wait(timeout=10)


def _wait_port(port: int) -> None:
    for _ in range(500):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.02)
    raise RuntimeError(f"nats-server on port {port} did not listen")


class Worker:
    """``lockgate worker STAGE --health ...`` in its own process; ready once its /readyz says so."""

    def __init__(self, stage: str, directory: Path, env: dict[str, str], config: Path):
        self.stage = stage
        health = free_port()
        self.log_path = directory / f"{stage}-{health}.log"
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "services.cli.main", "worker", stage, "--config", str(config), "--health", f"127.0.0.1:{health}"],
                stdout=log,
                stderr=subprocess.STDOUT,
                env={**env, "LOCKGATE_DATA_DIR": str(directory / f"{stage}-{health}")},
            )
        wait_http(f"http://127.0.0.1:{health}/readyz", timeout_s=60, process=self.process)

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


async def audit_connect(cluster: NatsCluster, credentials: Credentials) -> nats.NATS:
    return await nats.connect(
        cluster.urls, nkeys_seed=str(credentials.seed_file("audit")), inbox_prefix=inbox_prefix("audit"), max_reconnect_attempts=5
    )


async def stream_leader(cluster: NatsCluster, credentials: Credentials) -> int:
    """Which node leads the event stream (the one whose loss forces an election)."""
    nc = await audit_connect(cluster, credentials)
    try:
        info = await nc.jetstream().stream_info(subjects.STREAM)
        assert info.config.num_replicas == 3, "provisioning did not give the event stream 3 replicas"
        return int(info.cluster.leader.removeprefix("n"))
    finally:
        await nc.close()


async def completed_request_ids(cluster: NatsCluster, credentials: Credentials) -> set[str]:
    """Request ids of every ``response.completed`` in the event stream, read from the surviving nodes."""
    nc = await audit_connect(cluster, credentials)
    try:
        js = nc.jetstream()
        last = (await js.stream_info(subjects.STREAM)).state.last_seq
        sub = await js.subscribe(subjects.RESPONSE_COMPLETED, ordered_consumer=True, deliver_policy=DeliverPolicy.ALL)
        ids = set()
        while True:
            try:
                msg = await sub.next_msg(timeout=2)
            except (TimeoutError, nats.errors.TimeoutError):
                break
            event = believed(msg)
            if isinstance(event, ResponseCompleted):
                ids.add(event.request_id)
            if msg.metadata.sequence.stream >= last:
                break
        await sub.unsubscribe()
        return ids
    finally:
        await nc.close()


class Outcomes:
    """What each request got: a complete answer (its request id), or the error that refused or ended it."""

    def __init__(self) -> None:
        self.answered: list[str] = []
        self.refused: list[tuple[int, str, str]] = []
        """(HTTP status, Anthropic error type, message) of every request that failed."""
        self.unclear: list[str] = []
        """Failures that were not an Anthropic-shaped error (a hang, a dropped connection, a bare 500)."""


async def one_call(client: anthropic.AsyncAnthropic, outcomes: Outcomes) -> None:
    try:
        async with client.messages.with_streaming_response.create(
            model=MODEL, max_tokens=64, stream=True, messages=[{"role": "user", "content": "Say hello."}]
        ) as response:
            request_id = response.headers.get("x-lockgate-request-id", "")
            events = [event async for event in await response.parse()]
        stop = [event for event in events if event.type == "message_stop"]
        if not stop or not request_id:
            outcomes.unclear.append(f"stream ended without message_stop or request id: {[e.type for e in events]}")
            return
        outcomes.answered.append(request_id)
    except anthropic.APIStatusError as exc:
        error = exc.body.get("error", {}) if isinstance(exc.body, dict) else {}
        if not error.get("type") or not error.get("message"):
            outcomes.unclear.append(f"{exc.status_code}: {exc.body!r}")
        else:
            outcomes.refused.append((exc.status_code, error["type"], error["message"]))
    except anthropic.APIError as exc:
        outcomes.unclear.append(f"{type(exc).__name__}: {exc}")


async def load(gateways: list[Gateway], stop: asyncio.Event, outcomes: Outcomes) -> None:
    """CLIENTS concurrent agents, each streaming call after call through the gateways in turn."""
    clients = [
        anthropic.AsyncAnthropic(base_url=g.url, api_key=g.token(), max_retries=0, timeout=60) for g in gateways
    ]

    async def agent(turns) -> None:
        for client in turns:
            if stop.is_set():
                return
            await one_call(client, outcomes)

    await asyncio.gather(*(agent(itertools.cycle(clients[i % 2 :] + clients[: i % 2])) for i in range(CLIENTS)))
    for client in clients:
        await client.close()


@pytest.mark.slow
@pytest.mark.timeout(420)
async def test_cluster_survives_a_node_and_a_replica_of_every_worker(tmp_path):
    credentials = Credentials(tmp_path / "credentials").ensure()
    cluster = NatsCluster(tmp_path, credentials)
    CREDENTIALS[cluster.url] = credentials
    simulator = Simulator(tmp_path)
    started: list = [cluster, simulator]
    try:
        simulator.script({"delay_ms": 40, "repeat": 1_000_000})
        config = tmp_path / "lockgate.toml"
        config.write_text(CONFIG)
        env = {
            **os.environ,
            "NATS_URL": cluster.url,
            "LOCKGATE_NATS_CREDENTIALS": str(credentials.directory),
            "LOCKGATE_UPSTREAM_URL": simulator.url,
        }
        provisioned = subprocess.run(
            [sys.executable, "-m", "services.cli.main", "nats", "provision", "--replicas", "3", "--config", str(config)],
            env=env, capture_output=True, text=True, timeout=120,
        )
        assert provisioned.returncode == 0, provisioned.stderr
        assert "3 replica(s)" in provisioned.stdout

        workers = {stage: [Worker(stage, tmp_path, env, config) for _ in range(2)] for stage in CLUSTER_WORKERS}
        recorder = Worker("recorder", tmp_path, env, config)
        started += [w for replicas in workers.values() for w in replicas] + [recorder]
        gateways = [Gateway(tmp_path / f"gateway-{i}", cluster.url, simulator.url, CONFIG, command="gateway") for i in range(2)]
        started += gateways

        leader = await stream_leader(cluster, credentials)
        outcomes = Outcomes()
        stop = asyncio.Event()
        running = asyncio.create_task(load(gateways, stop, outcomes))
        while len(outcomes.answered) < 20:
            assert not running.done(), running.exception()
            await asyncio.sleep(0.1)
        answered_before = len(outcomes.answered)

        cluster.kill(leader)
        for replicas in workers.values():
            replicas[0].kill()
        # Keep the load on until it has carried as many answers again on the survivors.
        while len(outcomes.answered) < answered_before + 40:
            assert not running.done(), running.exception()
            await asyncio.sleep(0.1)
        stop.set()
        await running

        assert not outcomes.unclear, outcomes.unclear[:5]
        for status, error_type, message in outcomes.refused:
            assert status in (400, 429, 503, 200) and error_type in ("api_error", "overloaded_error", "rate_limit_error"), (status, error_type, message)

        # After the failover, calls are answered again: the survivors carry the service.
        after = Outcomes()
        for gateway in gateways:
            client = anthropic.AsyncAnthropic(base_url=gateway.url, api_key=gateway.token(), max_retries=0, timeout=60)
            for _ in range(5):
                await one_call(client, after)
            await client.close()
        assert len(after.answered) == 10, (after.refused, after.unclear)

        recorded = await completed_request_ids(cluster, credentials)
        lost = [request_id for request_id in outcomes.answered + after.answered if request_id not in recorded]
        assert not lost, f"{len(lost)} answers reported complete have no response.completed in the stream"
        print(
            f"\n{len(outcomes.answered)} answered, {len(outcomes.refused)} refused with an Anthropic error "
            f"({sorted({m for _, _, m in outcomes.refused})[:3]}); node n{leader} and one replica of each worker killed"
        )
    finally:
        for process in reversed(started):
            process.stop()
        CREDENTIALS.pop(cluster.url, None)


def provision_command(nats_url: str, credentials: Credentials, *args: str, config: str = "") -> subprocess.CompletedProcess:
    env = {**os.environ, "NATS_URL": nats_url, "LOCKGATE_NATS_CREDENTIALS": str(credentials.directory)}
    argv = [sys.executable, "-m", "services.cli.main", "nats", "provision", *args]
    return subprocess.run(argv + (["--config", config] if config else []), env=env, capture_output=True, text=True, timeout=60)


def test_replicas_beyond_the_servers_are_refused_saying_why(tmp_path):
    from tests.harness import start_nats

    server = start_nats(tmp_path)
    try:
        credentials = CREDENTIALS[server.url]
        refused = provision_command(server.url, credentials, "--replicas", "3")
        assert refused.returncode == 2
        assert "NATS refused provisioning with 3 replica(s)" in refused.stderr
        assert "Traceback" not in refused.stderr
        ok = provision_command(server.url, credentials, "--replicas", "1")
        assert ok.returncode == 0 and "1 replica(s)" in ok.stdout, ok.stderr
        for hostile in ("0", "6", "three", "-1"):
            bad = provision_command(server.url, credentials, "--replicas", hostile)
            assert bad.returncode == 2 and "--replicas" in bad.stderr, hostile
    finally:
        server.stop()
        CREDENTIALS.pop(server.url, None)


@pytest.mark.parametrize("value", ["0", "9", '"3"', "2.5"])
def test_a_bad_replicas_setting_names_the_field(tmp_path, value):
    from services.common.config import ConfigError, load_config

    config = tmp_path / "lockgate.toml"
    config.write_text(f"[nats]\nreplicas = {value}\n")
    with pytest.raises(ConfigError, match=r"\$\.nats\.replicas"):
        load_config(config, env={})


def test_nats_url_lists_every_server_and_production_wants_tls_on_each():
    from services.cli.up import nats_access
    from services.common.config import ConfigError, load_config

    config = load_config(None, env={"NATS_URL": " nats://a:4222, ,nats://b:4222 ,"})
    assert config.nats.servers == ["nats://a:4222", "nats://b:4222"]
    assert nats_access(config).url == ["nats://a:4222", "nats://b:4222"]
    assert load_config(None, env={"NATS_URL": "nats://127.0.0.1:4222"}).nats.is_loopback()
    assert not load_config(None, env={"NATS_URL": "nats://127.0.0.1:4222,nats://10.0.0.2:4222"}).nats.is_loopback()
    production = '''mode = "production"
[identity]
dev_issuer = false
[[identity.issuers]]
issuer = "https://login.example.com/"
audience = ["lockgate"]
'''
    env = {"LOCKGATE_UPSTREAM_KEY": "sk-ant-x", "LOCKGATE_NATS_CREDENTIALS": "/creds", "NATS_URL": "tls://a:4222,nats://b:4222"}
    with tempfile.NamedTemporaryFile("w", suffix=".toml") as file:
        file.write(production)
        file.flush()
        with pytest.raises(ConfigError, match="TLS"):
            load_config(file.name, env=env)
        assert load_config(file.name, env={**env, "NATS_URL": "tls://a:4222,tls://b:4222"}).nats.servers[1] == "tls://b:4222"


async def test_provisioning_waits_for_jetstream_then_says_why_it_gave_up(tmp_path):
    """A new cluster listens before it has elected the leader JetStream needs; provisioning waits for it, and a
    server that never answers (here: no JetStream at all) gets one plain reason instead of a timeout's traceback."""
    port = free_port()
    server = subprocess.Popen([nats_server_binary(), "-a", "127.0.0.1", "-p", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_port(port)
        nc = await nats.connect(f"nats://127.0.0.1:{port}")
        try:
            with pytest.raises(JetStreamUnavailable, match="JetStream did not answer within 1 s") as refused:
                await wait_for_jetstream(nc.jetstream(), within_s=1)
            assert "without JetStream" in str(refused.value)
        finally:
            await nc.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
