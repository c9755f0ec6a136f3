"""Shared fixtures: one real nats-server and one simulated upstream per test session."""

from __future__ import annotations

import pytest

from tests.harness import Gateway, Simulator, start_nats


@pytest.fixture(scope="session")
def nats_server(tmp_path_factory):
    """Admits only Lockgate's identities (``nats_auth.py``), as the embedded server of ``lockgate up`` does."""
    server = start_nats(tmp_path_factory.mktemp("nats"))
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
def start_gateway(simulator, tmp_path_factory):
    """Start ``lockgate up`` with a TOML configuration, on a nats-server of its own (so its policy
    and counters are its own) unless ``nats_url`` is given; all stopped at the end of the session."""
    started: list = []

    def start(config_toml: str = "", env: dict | None = None, nats_url: str | None = None) -> Gateway:
        workdir = tmp_path_factory.mktemp("gateway")
        if nats_url is None:
            nats = start_nats(workdir)
            started.append(nats)
            nats_url = nats.url
        gateway = Gateway(workdir, nats_url, simulator.url, config_toml, env)
        started.append(gateway)
        return gateway

    yield start
    for gateway in started:  # all asked at once: each then stops in parallel with the others, not one after another
        if isinstance(gateway, Gateway):
            gateway.process.terminate()
    for process in reversed(started):
        process.stop()


FAST_RETRIES = """
[upstream]
initial_backoff_s = 0.05
max_backoff_s = 0.5
"""


@pytest.fixture(scope="session")
def gateway(start_gateway, nats_server):
    return start_gateway(FAST_RETRIES, nats_url=nats_server.url)
