"""``lockgate up``: everything on one machine, on embedded defaults.

Without ``NATS_URL`` it starts its own nats-server; without an upstream key it
starts the simulated Claude upstream and says so. It runs one replica of every
required stage's worker in-process; each can also run as its own process
against a shared NATS (``lockgate worker STAGE``, see docs/ARCHITECTURE.md).
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import gc
import logging
import os
import secrets
import signal
import socket
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import msgspec

from services.cli.gateway import Gateway
from services.cli.processes import READY_WAIT_S, GatewayChildren, gateway_processes, next_steps
from services.cli.workers import WORKERS, install_policy, make_worker
from services.common.bus import CLOSE_DEADLINE_S, Bus
from services.common.config import Config, ConfigError, split_host_port
from services.common.embedded_nats import EmbeddedNats, free_port
from services.common.health import serve_health
from services.common.nats_auth import Credentials, NatsAccess, tls_context
from services.common.policy_store import PolicyDocument
from services.common.provision import provision
from services.common.sealing import InputSealer
from services.identity import DevIssuer

log = logging.getLogger("lockgate")

STOP_STEP_DEADLINE_S = 2 * CLOSE_DEADLINE_S + 1
"""How long one shutdown step may take: a bus closes in two bounded phases; anything slower is stuck, and a stuck
step must not keep a signalled process (and its address, its upstream key) alive."""

YOUNG_COLLECTION_THRESHOLD = 10_000
"""Allocations between two collections of the youngest generation (Python's default: 700). A request's short-lived
containers (futures, dicts, decoded events) mostly die between two collections this far apart instead of being
traversed and promoted into older generations that are traversed again."""


async def run_up(config: Config, with_workers: bool = True) -> None:
    """Everything on one machine; ``with_workers=False`` runs the gateway alone (its workers scale apart)."""
    async with stop_signals() as signals:
        config.data_path.mkdir(parents=True, exist_ok=True)
        stack: list = [hold_data_dir(config.data_path)]
        check_listen_address_free(config.gateway.listen)
        try:
            banner = await _start_everything(config, with_workers, stack, signals.stop_asked)
            signals.end_start_up()
            print(banner, flush=True)
            await signals.wait()
        finally:
            await unwind(stack)


async def _start_everything(config: Config, with_workers: bool, stack: list, stop_asked: asyncio.Event) -> str:
    """Start what ``lockgate up`` runs, pushing each stop onto ``stack`` as soon as its part runs; returns the banner
    that says where it listens and what to do next (at once, not ready, once ``stop_asked`` is set)."""
    access = nats_access(config)
    if not config.nats.url:
        embedded = EmbeddedNats(config.data_path / "nats", credentials=access.credentials).start()
        stack.append(embedded.stop)
        stack.append(asyncio.create_task(embedded.supervise(lambda: provision_and_install_policy(access, ""))).cancel)
        access = access._replace(url=embedded.url)
        print(f"embedded nats-server with JetStream at {embedded.url}, data in {config.data_path / 'nats'}, "
              f"credentials in {access.credentials.directory if access.credentials else config.nats.credentials}", flush=True)

    policy = await provision_and_install_policy(access, config.policy.file, config.nats.replicas)
    print(f"policy {policy.version} active" if policy else "policy: the active one (no admin credential here)", flush=True)
    if not config.upstream.key:
        await _start_simulated_upstream(config, stack)

    async def start_singletons(bus: Bus) -> None:
        """The approver and the recorder: one each per NATS, whatever the number of gateway processes."""
        if with_workers and config.gateway.approval_stage == "approver":
            await _start_approver(config, access, stack)
        if with_workers and config.recorder.enabled:
            recorder = make_worker("recorder", bus, config)
            await recorder.start()
            stack.append(recorder.stop)

    processes = gateway_processes(config)
    if processes > 1:
        base_url = config.gateway_url
        unready = await _start_gateway_processes(config, access, with_workers, processes, stack, start_singletons)
    else:
        gateway = await start_gateway(config, access, with_workers, stack, before_serving=start_singletons)
        base_url = gateway.base_url
        unready = [reason] if (reason := await gateway.until_ready(READY_WAIT_S, stop_asked)) else []
    lines = [f"lockgate listening on {base_url} (upstream {config.upstream.url}; {processes} gateway process"
             f"{'es' if processes > 1 else ''})"]
    lines += [f"not ready yet: {reason}; requests are refused until it is ({base_url}/readyz)" for reason in unready]
    return "\n".join([*lines, next_steps(config, base_url)])


async def unwind(stack: list) -> None:
    """Run what start-up pushed onto ``stack``, last first; each step for at most ``STOP_STEP_DEADLINE_S``, and a
    step that fails or is stuck is logged by name and skipped so that the rest still stop."""
    for stop in reversed(stack):
        name = getattr(stop, "__qualname__", repr(stop))
        try:
            result = stop()
            if asyncio.iscoroutine(result):
                await asyncio.wait_for(result, STOP_STEP_DEADLINE_S)
        except TimeoutError:
            log.error("shutdown step %s still running after %.0f s; going on without it", name, STOP_STEP_DEADLINE_S)
        except Exception as exc:
            log.error("shutdown step %s failed (%s); going on", name, type(exc).__name__)


async def start_gateway(
    config: Config, access: NatsAccess, with_workers: bool, stack: list, reuse_port: bool = False, before_serving=None
) -> Gateway:
    """A gateway on its own bus connection, with one in-process replica of each configured stage
    (``with_workers``); ``before_serving(bus)`` runs once they are up and before the address is served.
    ``reuse_port``: one of several gateway processes on the address, whose replicas decide its own requests only.
    Returns it serving; every stop is pushed onto ``stack``."""
    in_process = config.gateway.deliver_in_process and with_workers
    bus = await Bus.connect(
        access, "up" if with_workers else "gateway", in_process=in_process, acknowledged=config.gateway.record_acknowledged,
        own_events_only=reuse_port,
    )
    stack.append(bus.close)
    await bus.ensure_streams()
    settings = config.gateway
    stages = dict.fromkeys([*settings.required_stages, *settings.tool_use_stages, *settings.mask_stages])
    for stage in stages if with_workers else ():
        if stage in WORKERS:
            worker = make_worker(stage, bus)
            await worker.start()
            stack.append(worker.stop)
    if before_serving is not None:
        await before_serving(bus)
    gateway = Gateway(config, bus)
    await gateway.start(reuse_port=reuse_port)
    stack.append(gateway.stop)
    return gateway


async def _start_gateway_processes(
    config: Config, access: NatsAccess, with_workers: bool, count: int, stack: list, start_singletons
) -> list[str]:
    """The singletons here on a connection of their own, the shared key files made once, then ``count`` gateway children;
    returns why children that serve are not ready yet (none: every one answers ``/readyz`` ready)."""
    bus = await Bus.connect(access, "up" if with_workers else "gateway", acknowledged=config.gateway.record_acknowledged)
    stack.append(bus.close)
    await start_singletons(bus)
    if config.identity.dev_issuer:
        DevIssuer(config.data_path, config.dev_issuer_url)
    InputSealer.at(config.data_path)
    if with_workers and "masker" in config.gateway.mask_stages:
        from services.masker.worker import masker_secret

        masker_secret()
    shared = msgspec.structs.replace(
        config,
        nats=msgspec.structs.replace(
            config.nats, url=access.url, credentials=str(access.credentials.directory) if access.credentials else config.nats.credentials
        ),
    )
    children = GatewayChildren(shared, count, "up" if with_workers else "gateway", config.data_path / "metrics")
    stack.append(children.stop)
    return await children.start()


def hold_data_dir(data_path: Path) -> Callable[[], None]:
    """Take the data directory for this process alone (its NATS store, credentials and issuer keys), before
    anything starts in it; returns the release. A second ``lockgate up`` on the same directory stops here."""
    lock_file = open(data_path / "lockgate.lock", "a+")
    try:
        fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        lock_file.seek(0)
        holder = lock_file.read().strip() or "another process"
        lock_file.close()
        raise ConfigError(f"data directory {data_path} is in use by lockgate (pid {holder}); stop it or set LOCKGATE_DATA_DIR") from None
    lock_file.truncate(0)
    lock_file.write(str(os.getpid()))
    lock_file.flush()
    return lock_file.close


def check_listen_address_free(listen: str) -> None:
    """Refuse a busy or unusable listen address before starting anything, not after NATS is up."""
    host, port = split_host_port(listen)
    try:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError as exc:
        raise ConfigError(f"gateway.listen: cannot listen on {listen}: {exc.strerror}") from None


def nats_access(config: Config) -> NatsAccess:
    """How this process reaches NATS: the embedded server's own credentials (created on first start) or the configured ones."""
    settings = config.nats
    credentials = None
    if settings.credentials:
        credentials = Credentials(settings.credentials)
    elif not settings.url:
        credentials = Credentials(config.data_path / "nats-credentials")
    if credentials is not None and not settings.url:
        credentials.ensure()
    url = settings.servers if len(settings.servers) > 1 else settings.url
    return NatsAccess(
        url, credentials, tls_context(settings.tls_ca, settings.tls_cert, settings.tls_key), settings.connect_timeout_s
    )


async def provision_and_install_policy(access: NatsAccess, policy_file: str, replicas: int | None = None) -> PolicyDocument | None:
    """As the admin identity: create the streams and buckets (``replicas`` copies of each; None keeps what exists),
    then install the policy. Without the admin's credential here (an operator handed this process only its own),
    both are left to ``lockgate nats provision``."""
    if access.credentials is not None and not access.credentials.has("admin"):
        return None
    admin = await Bus.connect(access, "admin")
    try:
        await provision(admin.js, replicas)
        await admin.ensure_streams()
        return await install_policy(admin, policy_file)
    finally:
        await admin.close()


async def run_worker(config: Config, stage: str, health_listen: str = "") -> None:
    """One replica of a decision worker, against the configured NATS; with ``health_listen``, its probes too."""
    if not config.nats.url:
        raise ConfigError("a standalone worker needs NATS_URL (or nats.url) to join the others")
    if health_listen:
        try:
            check_listen_address_free(health_listen)
        except ConfigError as exc:
            raise ConfigError(f"--health: {str(exc).removeprefix('gateway.listen: ')}") from None
    async with stop_signals() as signals:
        bus = await Bus.connect(nats_access(config), stage)
        stack: list = [bus.close]
        try:
            await bus.ensure_streams()
            worker = make_worker(stage, bus, config)
            await worker.start()
            stack.append(worker.stop)
            if health_listen:
                stack.append((await serve_health(bus, stage, health_listen)).cleanup)
            print(f"{stage} worker consuming on {config.nats.url}", flush=True)
            await signals.wait()
        finally:
            await unwind(stack)


async def _start_approver(config: Config, access: NatsAccess, stack: list) -> None:
    """One approver replica, on a connection of its own identity: the ``up`` identity may not approve held calls."""
    bus = await Bus.connect(access, "approver")
    stack.append(bus.close)
    approver = make_worker("approver", bus, config)
    await approver.start()
    stack.append(approver.stop)
    print("approver running: calls that need approval are held for reviewers (`lockgate approvals list`)", flush=True)


async def _start_simulated_upstream(config: Config, stack: list) -> None:
    from services.simulator.app import serve

    key = secrets.token_urlsafe(24)
    port = free_port()
    runner = await serve("127.0.0.1", port, key)
    stack.append(runner.cleanup)
    config.upstream.url = f"http://127.0.0.1:{port}"
    config.upstream.key = key
    print(
        "no upstream key configured (LOCKGATE_UPSTREAM_KEY or ANTHROPIC_API_KEY): "
        f"answering with the simulated Claude upstream at {config.upstream.url}",
        flush=True,
    )


class StopSignals:
    """SIGINT and SIGTERM, caught from a process's first moment. During start-up a signal cancels the start-up, whose
    ``finally`` then unwinds what it had already started (an embedded nats-server, gateway processes, the simulated
    upstream); without this, the default action killed the process and left those running, orphaned, on its ports
    and data directory. Once serving, a signal ends ``wait``."""

    def __init__(self) -> None:
        self.during_start_up = False
        self._serving = False
        self.stop_asked = asyncio.Event()
        """Set by the first signal: what start-up waits for may end early on it (``Gateway.until_ready``)."""
        self._task = asyncio.current_task()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, self._on_signal)

    def _on_signal(self) -> None:
        if not self._serving and not self.stop_asked.is_set() and self._task is not None:
            self.during_start_up = True
            self._task.cancel()
        self.stop_asked.set()

    def end_start_up(self) -> None:
        """Start-up is over. A signal that came during it stops the process here, even when an await it interrupted
        swallowed the cancellation it sent (start-up then ran on to this point, and must not go on to serve)."""
        if self.during_start_up:
            raise asyncio.CancelledError
        self._serving = True

    async def wait(self) -> None:
        """Serve until signalled; what start-up built is frozen out of the garbage collector first: a full collection
        scanning it (policies, rule sets, parsers) held the event loop 30-60 ms every second or two under load."""
        self.end_start_up()
        gc.collect()
        gc.freeze()
        gc.set_threshold(YOUNG_COLLECTION_THRESHOLD, *gc.get_threshold()[1:])
        await self.stop_asked.wait()


@contextlib.asynccontextmanager
async def stop_signals() -> AsyncIterator[StopSignals]:
    """``StopSignals`` for the block; a start-up cut short by a signal ends the block quietly, as a stop does."""
    signals = StopSignals()
    try:
        yield signals
    except asyncio.CancelledError:
        if not signals.during_start_up:
            raise
        asyncio.current_task().uncancel()  # type: ignore[union-attr]
        print("lockgate: stopped by a signal during start-up", flush=True)
