"""Faults with real processes: the embedded NATS killed under load, NATS unreachable at start, a busy
port or data directory, and a paused NATS. Each gets a clear answer and recovers without a manual step."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import anthropic
import psutil
import pytest

from services.cli.gateway import Gateway
from services.common.bus import Bus
from services.common.config import load_config
from services.common.embedded_nats import free_port
from services.common.nats_auth import NatsAccess
from services.identity import DevIssuer, IssuerConfig
from tests.harness import CREDENTIALS, READY_BOUND_S, UPSTREAM_KEY, wait_http

HELLO = [{"role": "user", "content": "hello"}]
UNREADY_WITHOUT_KEYS = "no trusted issuer's signing keys are loaded: every token would be refused"
RECOVERY_DEADLINE_S = 10.0
"""The issue's bound: serving again this soon after the embedded NATS was killed, with no manual step."""
HANG_BOUND_S = 30.0
"""How long a test waits for a signalled nats-server to stop, or for the gateway to notice: a bound against hanging only."""


class Up:
    """``lockgate up`` on embedded defaults (its own nats-server) in a process of its own."""

    def __init__(self, data_dir: Path, simulator_url: str, port: int | None = None, config: Path | None = None):
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.data_dir = data_dir
        self.log_path = data_dir.parent / f"up-{self.port}.log"
        env = {k: v for k, v in os.environ.items() if k not in ("NATS_URL", "LOCKGATE_NATS_CREDENTIALS")}
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "services.cli.main", "up", *(["--config", str(config)] if config else [])],
                env={**env, "LOCKGATE_LISTEN": f"127.0.0.1:{self.port}", "LOCKGATE_DATA_DIR": str(data_dir),
                     "LOCKGATE_UPSTREAM_URL": simulator_url, "LOCKGATE_UPSTREAM_KEY": UPSTREAM_KEY,
                     "LOCKGATE_GATEWAY_PROCESSES": "1"},
                stdout=log, stderr=subprocess.STDOUT,
            )

    def ready(self) -> Up:
        wait_http(self.url + "/readyz", timeout_s=READY_BOUND_S, process=self.process)
        return self

    def nats_server(self) -> psutil.Process:
        (server,) = [c for c in psutil.Process(self.process.pid).children() if "nats-server" in c.name()]
        return server

    def client(self) -> anthropic.Anthropic:
        token = DevIssuer(self.data_dir, f"{self.url}/dev-issuer").mint("alice", ["developer"], 900)
        return anthropic.Anthropic(base_url=self.url, api_key=token, max_retries=0, timeout=30)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self) -> None:
        """SIGTERM, waited for within a bound against hanging; past it, killed so that no test leaves it running."""
        self.process.terminate()
        try:
            self.process.wait(timeout=READY_BOUND_S)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise


def pause(server: psutil.Process) -> None:
    """SIGSTOP, and return once every thread of the server is stopped. The signal only asks: each thread of the Go
    server stops when it is next scheduled, and on a loaded machine one went on for milliseconds, long enough to
    answer the gateway's readiness probe, so /readyz truthfully read 200 "after" the pause."""
    server.suspend()
    deadline = time.monotonic() + HANG_BOUND_S
    while not all(stopped(thread.id) for thread in server.threads()):
        assert time.monotonic() < deadline, "the nats-server's threads did not all stop"
        time.sleep(0.001)


def stopped(thread_id: int) -> bool:
    try:
        return psutil.Process(thread_id).status() == psutil.STATUS_STOPPED
    except psutil.NoSuchProcess:
        return True  # the thread ended


def status_of(url: str, timeout_s: float = 5.0) -> int:
    try:
        with urllib.request.urlopen(url, timeout=timeout_s) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def run(*args: str, env: dict | None = None, timeout_s: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "services.cli.main", *args], env={**os.environ, **(env or {})},
                          capture_output=True, text=True, timeout=timeout_s)


@pytest.mark.slow
def test_the_embedded_nats_killed_under_20_streams_comes_back_by_itself(tmp_path, simulator):
    up = Up(tmp_path / "data", simulator.url).ready()
    try:
        client = up.client()
        simulator.script({"content": [{"type": "text", "text": "slow answer " * 40}], "chunk_size": 12, "delay_ms": 20, "repeat": 20})
        outcomes: list[str] = []

        def stream() -> None:
            try:
                with client.messages.stream(model="claude-haiku-4-5", max_tokens=64, messages=HELLO) as answer:
                    answer.get_final_message()
                outcomes.append("ok")
            except anthropic.APIError as error:
                outcomes.append(type(error).__name__)

        log_before = len(up.log())
        streams = [threading.Thread(target=stream) for _ in range(20)]
        for thread in streams:
            thread.start()
        os.kill(up.nats_server().pid, signal.SIGKILL)
        killed = time.monotonic()
        for thread in streams:
            thread.join(timeout=60)
        assert len(outcomes) == 20, "every stream ended, one way or the other"

        served = False
        while not served and time.monotonic() - killed < RECOVERY_DEADLINE_S:
            try:
                served = bool(client.messages.create(model="claude-haiku-4-5", max_tokens=16, messages=HELLO).content)
            except anthropic.APIStatusError as error:
                assert error.status_code == 503 and error.body["type"] == "error"
                time.sleep(0.2)
        assert served, f"not serving {RECOVERY_DEADLINE_S:.0f} s after the kill:\n{up.log()[log_before:]}"
        assert status_of(up.url + "/healthz") == 200 and status_of(up.url + "/readyz") == 200

        after = up.log()[log_before:]
        assert "Traceback" not in after
        assert "embedded nats-server exited" in after and "embedded nats-server is back" in after
        # each cut call's outcome and each event in flight at the kill is a line of its own; none is a retry
        per_request = re.compile(r"lockgate\.access|(?:request|session) [0-9a-f]{32}|an event on \S+ was not stored")
        state_lines = [line for line in after.splitlines() if not per_request.search(line)]
        assert len(state_lines) < 30, "a state change is a line, not a traceback per retry"
    finally:
        up.stop()


@pytest.mark.slow
def test_health_tells_the_truth_and_readiness_answers_while_nats_is_paused(tmp_path, simulator):
    up = Up(tmp_path / "data", simulator.url).ready()
    server = up.nats_server()
    try:
        pause(server)
        assert status_of(up.url + "/readyz", timeout_s=3) == 503, "readiness answers, never hangs on a paused server"
        server.resume()
        wait_http(up.url + "/readyz", timeout_s=READY_BOUND_S, process=up.process)

        server.kill()
        deadline = time.monotonic() + HANG_BOUND_S
        while status_of(up.url + "/healthz") != 503:
            assert time.monotonic() < deadline, "while NATS is gone the gateway refuses everything, and its health says so"
            time.sleep(0.01)
        wait_http(up.url + "/healthz", timeout_s=READY_BOUND_S, process=up.process)
    finally:
        up.stop()


@pytest.mark.parametrize("url", ["garbage", "nats://127.0.0.1:1"])
@pytest.mark.parametrize("command", [["worker", "authz"], ["up"]])
def test_an_unreachable_nats_url_exits_non_zero_with_one_line(url, command, tmp_path):
    config = tmp_path / "lockgate.toml"
    config.write_text("[nats]\nconnect_timeout_s = 1.5\n")
    result = run(*command, "--config", str(config), env={"NATS_URL": url, "LOCKGATE_DATA_DIR": str(tmp_path / "data"),
                                "LOCKGATE_LISTEN": f"127.0.0.1:{free_port()}"})
    assert result.returncode == 1
    lines = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    assert len(lines) == 1 and "could not connect to NATS" in lines[0] and url in lines[0], lines


@pytest.mark.slow
def test_a_busy_port_or_data_directory_leaves_the_live_instance_untouched(tmp_path, simulator):
    live = Up(tmp_path / "live", simulator.url).ready()
    try:
        store = tmp_path / "live" / "nats"
        before = {path: path.stat().st_mtime_ns for path in store.rglob("*") if path.is_file() and path.suffix != ".log"}
        servers_before = {p.pid for p in psutil.process_iter(["cmdline"]) if p.info["cmdline"] and str(store) in " ".join(p.info["cmdline"])}

        same_port = run("up", env={"LOCKGATE_LISTEN": f"127.0.0.1:{live.port}", "LOCKGATE_DATA_DIR": str(tmp_path / "other")})
        assert same_port.returncode == 2 and "cannot listen" in same_port.stderr and "Traceback" not in same_port.stderr
        assert not (tmp_path / "other" / "nats").exists(), "nothing started before the port was found busy"

        same_data = run("up", env={"LOCKGATE_LISTEN": f"127.0.0.1:{free_port()}", "LOCKGATE_DATA_DIR": str(tmp_path / "live")})
        assert same_data.returncode == 2 and "in use" in same_data.stderr and "Traceback" not in same_data.stderr
        assert re.search(rf"pid {live.process.pid}\b", same_data.stderr)

        servers_after = {p.pid for p in psutil.process_iter(["cmdline"]) if p.info["cmdline"] and str(store) in " ".join(p.info["cmdline"])}
        assert servers_after == servers_before, "no second nats-server on the live store"
        after = {path: path.stat().st_mtime_ns for path in before}
        assert after == before
        assert live.client().messages.create(model="claude-haiku-4-5", max_tokens=16, messages=HELLO).content
    finally:
        live.stop()


@pytest.mark.parametrize("listen", ["127.0.0.1:99999", "127.0.0.1:0x50", "nonsense", "127.0.0.1:", ":8080"])
def test_an_invalid_listen_address_is_a_configuration_error(listen, tmp_path):
    result = run("up", env={"LOCKGATE_LISTEN": listen, "LOCKGATE_DATA_DIR": str(tmp_path / "data")})
    assert result.returncode == 2 and "gateway.listen" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "data" / "nats").exists()


@pytest.mark.slow
def test_a_stop_during_start_up_leaves_nothing_running(tmp_path, simulator):
    """SIGTERM while ``lockgate up`` is still starting (here: waiting for an issuer whose keys cannot be had) stops
    what had started, its nats-server first of all; killed by the signal instead, it left that server running on the
    store and port with no parent."""
    config = tmp_path / "lockgate.toml"
    config.write_text('[identity]\ndev_issuer = false\n[[identity.issuers]]\nissuer = "http://127.0.0.1:9/idp"\naudience = ["lockgate"]\n')
    up = Up(tmp_path / "data", simulator.url, config=config)
    try:
        deadline = time.monotonic() + 60
        while "policy " not in up.log():
            assert time.monotonic() < deadline and up.process.poll() is None, up.log()[-3000:]
            time.sleep(0.05)
        server = up.nats_server()
        up.process.send_signal(signal.SIGTERM)
        assert up.process.wait(timeout=30) == 0, up.log()[-3000:]
        assert "lockgate listening" not in up.log(), "the signal came before start-up ended"
        assert "stopped by a signal during start-up" in up.log() and "Traceback" not in up.log()
        gone, alive = psutil.wait_procs([server], timeout=10)
        assert not alive, "the embedded nats-server outlived lockgate up"
    finally:
        if up.process.poll() is None:
            up.process.kill()


async def test_waiting_for_readiness_ends_as_soon_as_a_stop_is_asked(nats_server, tmp_path):
    """A stop asked during start-up whose cancellation an await swallowed (``asyncio.wait_for`` on Python 3.11 can)
    reaches ``Gateway.until_ready`` as the set stop event: it answers why not ready at once instead of waiting out its
    deadline (here an hour, past the test's timeout), so start-up ends at its checkpoint without waiting for an issuer."""
    config = load_config(env={
        "LOCKGATE_DATA_DIR": str(tmp_path / "data"), "LOCKGATE_LISTEN": f"127.0.0.1:{free_port()}",
        "LOCKGATE_UPSTREAM_URL": "http://127.0.0.1:9", "LOCKGATE_UPSTREAM_KEY": UPSTREAM_KEY,
    })
    config.identity.dev_issuer = False
    config.identity.issuers = [IssuerConfig(issuer="http://127.0.0.1:9/idp", audience=["lockgate"])]
    bus = await Bus.connect(NatsAccess(nats_server.url, CREDENTIALS[nats_server.url]), "up")
    gateway = Gateway(config, bus)
    try:
        assert await gateway.until_ready(0) == UNREADY_WITHOUT_KEYS, "the issuer's keys cannot be had: never ready"
        stop = asyncio.Event()
        waiting = asyncio.create_task(gateway.until_ready(3600, stop))
        await asyncio.sleep(0.3)
        assert not waiting.done(), "it waits for readiness while no stop is asked"
        stop.set()
        assert await waiting == UNREADY_WITHOUT_KEYS
    finally:
        await gateway.stop()
        await bus.close()
