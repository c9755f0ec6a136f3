"""Several gateway processes on one listening address, so every core serves (``[gateway] processes``).

Python runs one core per process. ``lockgate up`` does the once-per-machine work itself (the data
directory lock, the embedded nats-server, provisioning, the policy, the shared key files, the
recorder, the approver and the simulated upstream), then starts N children with
``python -m services.cli.processes``. Each child binds the same address with ``SO_REUSEPORT`` (the
kernel spreads connections across them) and runs a whole gateway with its own in-process stage
replicas on its own NATS connection, as the ``up`` identity: the same decisions, the same events,
each tagged with its own gateway id. The parent restarts a child that dies and stops them all on
SIGINT/SIGTERM; a child whose parent is gone without stopping it (killed) stops by itself. Metrics of every child are summed at any child's ``/metrics``.
"""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import msgspec

from services.common.config import Config
from services.common.metrics import MULTIPROCESS_DIR_ENV

log = logging.getLogger("lockgate")

PROCESSES_ENV = "LOCKGATE_GATEWAY_PROCESSES"
READY_TIMEOUT_S = 60.0
READY_WAIT_S = 10.0
"""How long a started gateway waits to answer ``/readyz`` ready before ``lockgate up`` prints its banner anyway, with why not
(an issuer whose keys cannot be had yet must not stop the gateway from starting; it refuses requests until then)."""
READY = b"1"
SERVING_UNREADY = b"0"
"""The child's byte on its ready pipe: ready, or serving but not ready, followed by the reason."""
RESTART_BACKOFF_S = (0.5, 1.0, 2.0, 5.0)
STOP_GRACE_S = 10.0
PARENT_CHECK_S = 0.5
"""How often a gateway process looks whether ``lockgate up`` still runs."""


def gateway_processes(config: Config, env=os.environ) -> int:
    """How many gateway processes to run: ``LOCKGATE_GATEWAY_PROCESSES``, else ``[gateway] processes``, 0 = one per core."""
    wanted = int(env[PROCESSES_ENV]) if env.get(PROCESSES_ENV, "").isdigit() else config.gateway.processes
    return wanted if wanted > 0 else (os.cpu_count() or 1)


def next_steps(config: Config, base_url: str) -> str:
    """What a new operator does next: mint a token with the exact command, point a client at the gateway."""
    lockgate = "lockgate" if shutil.which("lockgate") else str(Path(sys.prefix) / "bin" / "lockgate")
    env = []
    if os.environ.get("LOCKGATE_DATA_DIR") or config.data_dir != "./data":
        env.append(f"LOCKGATE_DATA_DIR={config.data_dir}")
    if os.environ.get("LOCKGATE_LISTEN") or config.gateway.listen != "127.0.0.1:8080":
        env.append(f"LOCKGATE_LISTEN={config.gateway.listen}")
    prefix = " ".join(env) + " " if env else ""
    if config.identity.dev_issuer:
        token = f"{prefix}{lockgate} token --dev --sub alice --role developer --ttl 15m"
    else:
        token = f"{prefix}{lockgate} token   # from your configured issuer, by client credentials"
    return (
        "next: point a client at the gateway with a short-lived token\n"
        f"  export ANTHROPIC_BASE_URL={base_url}\n"
        f"  export ANTHROPIC_AUTH_TOKEN=$({token})\n"
        f"  metrics: {base_url}/metrics (loopback only)   health: {base_url}/readyz"
    )


class GatewayChildren:
    """The supervised gateway processes of one ``lockgate up``."""

    def __init__(self, config: Config, count: int, identity: str, metrics_dir: Path):
        self.config = config
        self.count = count
        self.identity = identity
        self.metrics_dir = metrics_dir
        self.children: dict[int, asyncio.subprocess.Process] = {}
        self._supervisors: list[asyncio.Task] = []
        self._stopping = False

    async def start(self) -> list[str]:
        """Start every child at once and return once each is serving and answers ``/readyz`` ready, or has waited
        ``READY_WAIT_S`` for it: then the reasons why not, one per unready child."""
        shutil.rmtree(self.metrics_dir, ignore_errors=True)
        self.metrics_dir.mkdir(parents=True)
        unready = await asyncio.gather(*(self._spawn(index) for index in range(self.count)))
        self._supervisors = [asyncio.create_task(self._supervise(index)) for index in range(self.count)]
        return [f"gateway process {index}: {reason}" for index, reason in enumerate(unready) if reason]

    async def _spawn(self, index: int) -> str | None:
        """Start child ``index``; returns once it serves, with None if it is ready or why it is not yet."""
        ready_read, ready_write = os.pipe()
        env = {**os.environ, MULTIPROCESS_DIR_ENV: str(self.metrics_dir)}
        try:
            child = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "services.cli.processes", str(index), self.identity, str(ready_write),
                stdin=subprocess.PIPE, pass_fds=(ready_write,), env=env,
            )
        finally:
            os.close(ready_write)
        assert child.stdin is not None  # opened with stdin=PIPE
        child.stdin.write(msgspec.json.encode(self.config))
        child.stdin.close()
        self.children[index] = child
        loop = asyncio.get_running_loop()
        arrived = loop.create_future()  # on the loop, not a thread: the default executor may be busy (the recorder's)

        def on_ready() -> None:
            if not arrived.done():
                arrived.set_result(os.read(ready_read, 1024))  # one write under PIPE_BUF: whole

        loop.add_reader(ready_read, on_ready)
        try:
            ready = await asyncio.wait_for(arrived, READY_TIMEOUT_S)
        except TimeoutError:
            ready = b""
        finally:
            loop.remove_reader(ready_read)
            os.close(ready_read)
        if ready == READY:
            return None
        if ready.startswith(SERVING_UNREADY):
            return ready[1:].decode(errors="replace") or "not ready"
        raise RuntimeError(f"gateway process {index} did not start (exit code {child.returncode}); see its log above")

    async def _supervise(self, index: int) -> None:
        failures = 0
        while True:
            child = self.children[index]
            code = await child.wait()
            if self._stopping:
                return
            from prometheus_client import multiprocess

            multiprocess.mark_process_dead(child.pid, str(self.metrics_dir))
            delay = RESTART_BACKOFF_S[min(failures, len(RESTART_BACKOFF_S) - 1)]
            log.warning("gateway process %d (pid %d) exited with %s; restarting it in %.1f s", index, child.pid, code, delay)
            await asyncio.sleep(delay)
            try:
                unready = await self._spawn(index)
                failures = 0
                log.warning("gateway process %d restarted (pid %d)%s", index, self.children[index].pid,
                            f"; not ready yet: {unready}" if unready else "")
            except RuntimeError as exc:
                failures += 1
                log.error("%s", exc)

    async def stop(self) -> None:
        self._stopping = True
        for task in self._supervisors:
            task.cancel()
        for child in self.children.values():
            if child.returncode is None:
                child.send_signal(signal.SIGTERM)
        for child in self.children.values():
            try:
                await asyncio.wait_for(child.wait(), STOP_GRACE_S)
            except TimeoutError:
                child.kill()
                await child.wait()


async def until_orphaned(parent: int) -> None:
    """Return once ``lockgate up`` is gone without having stopped this process (killed, or stopped past its grace):
    a gateway process must not go on serving the address and holding its credentials with no parent to stop it."""
    while os.getppid() == parent:
        await asyncio.sleep(PARENT_CHECK_S)
    log.error("lockgate up (pid %d) is gone; gateway process (pid %d) stops", parent, os.getpid())


async def serve_child(config: Config, identity: str, ready_fd: int, parent: int) -> None:
    """One gateway process: its own bus connection, in-process stage replicas, the shared address; until signalled,
    or until ``lockgate up`` (``parent``) is gone."""
    from services.cli.up import nats_access, start_gateway, stop_signals, unwind

    async with stop_signals() as signals:
        stack: list = []
        try:
            gateway = await start_gateway(config, nats_access(config), identity == "up", stack, reuse_port=True)
            unready = await gateway.until_ready(READY_WAIT_S, signals.stop_asked)
            os.write(ready_fd, READY if unready is None else SERVING_UNREADY + unready.encode()[:512])
            os.close(ready_fd)
            ends = [asyncio.ensure_future(signals.wait()), asyncio.ensure_future(until_orphaned(parent))]
            try:
                await asyncio.wait(ends, return_when=asyncio.FIRST_COMPLETED)
            finally:
                for end in ends:
                    end.cancel()
        finally:
            await unwind(stack)


def child_main() -> None:
    from services.cli.main import _run
    from services.common.logs import configure_logging

    parent = os.getppid()
    index, identity, ready_fd = sys.argv[1], sys.argv[2], int(sys.argv[3])
    config = msgspec.json.decode(sys.stdin.buffer.read(), type=Config)
    configure_logging(config.log)
    logging.getLogger("lockgate").info("gateway process %s (pid %d) starting", index, os.getpid())
    try:
        _run(serve_child(config, identity, ready_fd, parent))
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    child_main()
