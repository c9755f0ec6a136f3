"""``lockgate up``: everything on one machine, on embedded defaults.

Without ``NATS_URL`` it starts its own nats-server; without an upstream key it
starts the simulated Claude upstream and says so. It runs one replica of every
required stage's worker in-process; each can also run as its own process
against a shared NATS (``lockgate worker STAGE``, see docs/ARCHITECTURE.md).
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import signal

from services.cli.gateway import Gateway
from services.cli.workers import WORKERS, install_policy, make_worker
from services.common.bus import Bus
from services.common.config import Config, ConfigError
from services.common.embedded_nats import EmbeddedNats, free_port

log = logging.getLogger("lockgate")


async def run_up(config: Config, with_workers: bool = True) -> None:
    """Everything on one machine; ``with_workers=False`` runs the gateway alone (its workers scale apart)."""
    config.data_path.mkdir(parents=True, exist_ok=True)
    stack: list = []
    try:
        nats_url = config.nats.url
        if not nats_url:
            embedded = EmbeddedNats(config.data_path / "nats").start()
            stack.append(embedded.stop)
            nats_url = embedded.url
            print(f"embedded nats-server with JetStream at {nats_url}, data in {config.data_path / 'nats'}", flush=True)
        bus = await Bus.connect(nats_url, name="lockgate-up", in_process=config.gateway.deliver_in_process and with_workers)
        stack.append(bus.close)
        await bus.ensure_streams()

        policy = await install_policy(bus, config.policy.file)
        print(f"policy {policy.version} active", flush=True)
        settings = config.gateway
        stages = dict.fromkeys([*settings.required_stages, *settings.tool_use_stages, *settings.mask_stages])
        for stage in stages if with_workers else ():
            if stage in WORKERS:
                worker = make_worker(stage, bus)
                await worker.start()
                stack.append(worker.stop)

        if not config.upstream.key:
            await _start_simulated_upstream(config, stack)

        gateway = Gateway(config, bus)
        base_url = await gateway.start()
        stack.append(gateway.stop)
        print(f"lockgate listening on {base_url} (upstream {config.upstream.url})", flush=True)
        await _until_signalled()
    finally:
        for stop in reversed(stack):
            result = stop()
            if asyncio.iscoroutine(result):
                await result


async def run_worker(config: Config, stage: str) -> None:
    """One replica of a decision worker, against the configured NATS."""
    if not config.nats.url:
        raise ConfigError("a standalone worker needs NATS_URL (or nats.url) to join the others")
    bus = await Bus.connect(config.nats.url, name=f"lockgate-{stage}")
    try:
        await bus.ensure_streams()
        worker = make_worker(stage, bus)
        await worker.start()
        print(f"{stage} worker consuming on {config.nats.url}", flush=True)
        await _until_signalled()
        await worker.stop()
    finally:
        await bus.close()


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


async def _until_signalled() -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
