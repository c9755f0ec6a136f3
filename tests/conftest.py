"""Shared fixtures: one real nats-server and one simulated upstream per test session."""

from __future__ import annotations

import pytest

from services.common.embedded_nats import EmbeddedNats
from tests.harness import Gateway, Simulator


@pytest.fixture(scope="session")
async def nats_server(tmp_path_factory):
    server = await EmbeddedNats(tmp_path_factory.mktemp("nats")).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def simulator(tmp_path_factory):
    sim = Simulator(tmp_path_factory.mktemp("simulator"))
    yield sim
    sim.stop()


@pytest.fixture(autouse=True)
def _fresh_script(request):
    """Each test starts with an empty reply script, when it uses the simulator."""
    if "simulator" in request.fixturenames:
        request.getfixturevalue("simulator").reset()


@pytest.fixture(scope="session")
def start_gateway(nats_server, simulator, tmp_path_factory):
    """Start ``lockgate up`` with a given TOML configuration; stopped at the end of the session."""
    started: list[Gateway] = []

    def start(config_toml: str = "", env: dict | None = None) -> Gateway:
        gateway = Gateway(tmp_path_factory.mktemp("gateway"), nats_server.url, simulator.url, config_toml, env)
        started.append(gateway)
        return gateway

    yield start
    for gateway in started:
        gateway.stop()


FAST_RETRIES = """
[upstream]
initial_backoff_s = 0.05
max_backoff_s = 0.5
"""


@pytest.fixture(scope="session")
def gateway(start_gateway):
    return start_gateway(FAST_RETRIES)
