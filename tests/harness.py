"""Real processes for the tests: nats-server, the simulated upstream, and ``lockgate up``.

Everything listens on free loopback ports; nothing is mocked.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import os
import subprocess
import sys
import threading
import time
import traceback
import urllib.request
from collections.abc import Callable
from pathlib import Path

import nats
from nats.js.api import DeliverPolicy

from schemas import subjects
from schemas.events import AnyEvent, Verdict
from services.common.bus import DirectClient, believed
from services.common.embedded_nats import EmbeddedNats, free_port
from services.common.nats_auth import Credentials, inbox_prefix
from services.identity import DevIssuer

UPSTREAM_KEY = "sk-ant-upstream-SECRET-never-leaves-the-gateway-0123456789"

READY_BOUND_S = 60.0
"""How long a started gateway may take to answer ready: a bound against hanging, not a measured figure (compiling
every stage's rules takes ~5 s on a quiet 2-core machine and three times that under load)."""


CREDENTIALS: dict[str, Credentials] = {}
"""NATS URL -> the credentials its server admits (every server the tests start with ``start_nats``)."""


def start_nats(directory: Path) -> EmbeddedNats:
    """A nats-server that admits only Lockgate's identities, each with its own permissions, as ``lockgate up`` runs it."""
    credentials = Credentials(directory / "credentials").ensure()
    server = EmbeddedNats(directory / "nats", credentials=credentials).start()
    CREDENTIALS[server.url] = credentials
    return server


async def plain_client(nats_url: str, **options) -> DirectClient:
    """A NATS client outside any bus, as the services' is: its ``flush()`` returns only once the server has the
    subscriptions made before it, so a test that subscribes, flushes, then sends misses nothing."""
    nc = DirectClient()
    await nc.connect(nats_url, **options)
    return nc


async def nats_connect(nats_url: str, identity: str = "audit") -> DirectClient:
    """A plain NATS client as ``identity`` (by default the audit reader) on a server the tests started."""
    credentials = CREDENTIALS.get(nats_url)
    if credentials is None:
        return await plain_client(nats_url)
    return await plain_client(nats_url, nkeys_seed=str(credentials.seed_file(identity)), inbox_prefix=inbox_prefix(identity))


def _http_json(method: str, url: str, payload=None):
    data = None if payload is None else json.dumps(payload).encode()
    request = urllib.request.Request(url, data=data, method=method, headers={"content-type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        body = response.read()
    return json.loads(body) if body else None


def wait_http(url: str, timeout_s: float = 20.0, process: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"process exited with {process.returncode} before {url} answered")
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"{url} did not answer within {timeout_s}s")


_IN_PROCESS_CLI = threading.Lock()
"""``run_cli`` swaps process-wide state (environment, sys.stdout/stderr, the root logger): one call at a time."""


def run_cli(argv: list[str], env: dict[str, str] | None = None, timeout: float = 120.0) -> subprocess.CompletedProcess:
    """``lockgate ARGV`` through its real entry point in this process, as ``python -m services.cli.main ARGV`` runs it
    but without starting an interpreter, so the guard's and masker's rules compile once per test session.

    ``env`` is set for the call and restored after; stdout, stderr and what the CLI logs are captured as a process's
    streams would be; the exit status is ``SystemExit``'s code (an uncaught exception: its traceback and 1, as Python
    exits). It runs in a worker thread, since the CLI calls ``asyncio.run`` and the caller may be inside a running loop.
    """
    from services.cli.main import main

    stdout, stderr = io.StringIO(), io.StringIO()
    status: list[int] = []

    def call() -> None:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            try:
                main(list(argv))
                status.append(0)
            except SystemExit as exit_:
                if exit_.code is None or isinstance(exit_.code, int):
                    status.append(exit_.code or 0)
                else:
                    print(exit_.code, file=sys.stderr)
                    status.append(1)
            except BaseException:
                traceback.print_exc()
                status.append(1)

    root = logging.getLogger()
    with _IN_PROCESS_CLI:
        saved_env = {name: os.environ.get(name) for name in env or {}}
        saved_handlers, saved_level = root.handlers[:], root.level
        os.environ.update(env or {})
        root.handlers = []  # so the CLI's logging.basicConfig writes to its stderr, as in its own process
        try:
            worker = threading.Thread(target=call, name="lockgate-cli", daemon=True)
            worker.start()
            worker.join(timeout)
            if worker.is_alive():
                raise subprocess.TimeoutExpired(["lockgate", *argv], timeout, stdout.getvalue(), stderr.getvalue())
        finally:
            root.handlers, root.level = saved_handlers, saved_level
            for name, value in saved_env.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value
    return subprocess.CompletedProcess(["lockgate", *argv], status[0], stdout.getvalue(), stderr.getvalue())


class Simulator:
    """The simulated Claude upstream in its own process, and its control surface."""

    def __init__(self, log_dir: Path, key: str = UPSTREAM_KEY):
        self.key = key
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_dir / "simulator.log"
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "services.cli.main", "simulate", "--port", str(self.port), "--key", key],
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        wait_http(self.url + "/_simulator/stats", process=self.process)

    def script(self, *replies: dict) -> None:
        _http_json("POST", self.url + "/_simulator/script", list(replies))

    def reset(self) -> None:
        _http_json("DELETE", self.url + "/_simulator/script")

    def requests(self) -> list[dict]:
        return _http_json("GET", self.url + "/_simulator/requests")

    def stats(self) -> dict:
        return _http_json("GET", self.url + "/_simulator/stats")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


class Gateway:
    """``lockgate up`` (or ``command``, e.g. ``gateway``) in its own process, against the test's NATS and simulator."""

    def __init__(
        self,
        workdir: Path,
        nats_url: str,
        upstream_url: str,
        config_toml: str = "",
        env: dict | None = None,
        command: str = "up",
        ready_path: str = "/readyz",
    ):
        workdir.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.nats_url = nats_url
        self.log_path = workdir / "gateway.log"
        self.data_dir = workdir / "data"
        config_path = workdir / "lockgate.toml"
        config_path.write_text(config_toml)
        process_env = {
            **os.environ,
            "LOCKGATE_LISTEN": f"127.0.0.1:{self.port}",
            "LOCKGATE_UPSTREAM_URL": upstream_url,
            "LOCKGATE_UPSTREAM_KEY": UPSTREAM_KEY,
            "NATS_URL": nats_url,
            "LOCKGATE_DATA_DIR": str(self.data_dir),
            "LOCKGATE_GATEWAY_PROCESSES": "1",  # one process, as the tests expect of in-process counters; test_multiprocess sets more
            **({"LOCKGATE_NATS_CREDENTIALS": str(CREDENTIALS[nats_url].directory)} if nats_url in CREDENTIALS else {}),
            **(env or {}),
        }
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "services.cli.main", command, "--config", str(config_path)],
                stdout=log,
                stderr=subprocess.STDOUT,
                env=process_env,
            )
        wait_http(self.url + ready_path, timeout_s=READY_BOUND_S, process=self.process)

    @property
    def dev_issuer(self) -> DevIssuer:
        """The development issuer this gateway trusts (same key files, same issuer URL)."""
        return DevIssuer(self.data_dir, f"{self.url}/dev-issuer")

    def token(self, sub: str = "alice", roles: tuple[str, ...] = ("developer",), ttl_s: float = 900) -> str:
        return self.dev_issuer.mint(sub, list(roles), ttl_s)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


EVENTS_BOUND_S = 30.0
"""How long ``read_events`` waits for an event the test names (``until``): a bound against hanging, not a figure."""


def including(*kinds: type) -> Callable[[list[AnyEvent]], bool]:
    """``until`` for ``read_events``: the events read so far hold one of each of these types."""
    return lambda events: all(any(isinstance(e, kind) for e in events) for kind in kinds)


def authz_decided(events: list[AnyEvent]) -> bool:
    """``until`` for ``read_events``: authz's verdict is among the events read so far."""
    return any(isinstance(e, Verdict) and e.stage == "authz" for e in events)


async def read_events(
    nats_url: str,
    request_id: str | None = None,
    settle_s: float = 0.3,
    until: Callable[[list[AnyEvent]], bool] | None = None,
) -> list[AnyEvent]:
    """Every event in the stream (for one request, if given), in stream order; as every consumer should,
    it drops an event recorded on a subject other than its own (a stage speaking for another).

    Waits until no new event has arrived for ``settle_s``, since the gateway's last events may still be on their way
    when the HTTP answer is complete; with ``until``, also until the events hold what it asks (or ``EVENTS_BOUND_S``
    passes, and the test's own assertion says what is missing): on a loaded machine the last event of a request
    can come later than any quiet spell.
    """
    nc = await nats_connect(nats_url)
    try:
        js = nc.jetstream()
        events: list[AnyEvent] = []
        sub = await js.subscribe(subjects.STREAM_SUBJECTS[0], ordered_consumer=True, deliver_policy=DeliverPolicy.ALL)
        deadline = time.monotonic() + EVENTS_BOUND_S
        while True:
            try:
                msg = await sub.next_msg(timeout=settle_s)
            except (TimeoutError, nats.errors.TimeoutError):
                if until is None or until(events) or time.monotonic() > deadline:
                    break
                continue
            event = believed(msg)
            if event is None:
                continue
            if request_id is None or event.request_id == request_id:
                events.append(event)
        await sub.unsubscribe()
        return events
    finally:
        await nc.close()


async def raw_stream_messages(nats_url: str, settle_s: float = 0.3) -> list[bytes]:
    """Every message payload in the event stream, undecoded: for scanning what was recorded."""
    nc = await nats_connect(nats_url)
    try:
        js = nc.jetstream()
        payloads = []
        sub = await js.subscribe(subjects.STREAM_SUBJECTS[0], ordered_consumer=True, deliver_policy=DeliverPolicy.ALL)
        while True:
            try:
                msg = await sub.next_msg(timeout=settle_s)
            except (TimeoutError, nats.errors.TimeoutError):
                break
            payloads.append(msg.data)
        await sub.unsubscribe()
        return payloads
    finally:
        await nc.close()
