"""Gateway plus workers, each its own process holding only its own NATS credential.

The deployment of Compose and Kubernetes: `lockgate nats provision` runs once as admin, then
`lockgate gateway` and one `lockgate worker` per stage, each given a credentials directory
with its own seed alone. The SDK works unchanged, every stage still decides, nothing any of
them does falls outside its permissions, and Claude Code runs a tool round trip.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import anthropic
import pytest
from claude_agent_sdk import ResultMessage

from services.common.bus import CLOSE_DEADLINE_S
from tests.agent import clean_environment, run_agent
from tests.harness import CREDENTIALS, UPSTREAM_KEY, Gateway, start_nats

HAIKU, OPUS = "claude-haiku-4-5", "claude-opus-4-1"
HELLO = [{"role": "user", "content": "hello"}]
STAGES = ("authz", "guard", "masker")


def only(identity: str, credentials_dir: Path, into: Path) -> Path:
    """A credentials directory holding ``identity``'s seed and nothing else, as an operator hands it out."""
    into.mkdir(parents=True)
    (into / f"{identity}.nk").write_bytes((credentials_dir / f"{identity}.nk").read_bytes())
    (into / f"{identity}.nk").chmod(0o600)
    return into


@pytest.fixture(scope="module")
def split(tmp_path_factory, simulator):
    workdir = tmp_path_factory.mktemp("split")
    server = start_nats(workdir)
    credentials = CREDENTIALS[server.url].directory
    base_env = {**os.environ, "NATS_URL": server.url}
    provisioned = subprocess.run(
        [sys.executable, "-m", "services.cli.main", "nats", "provision"],
        env={**base_env, "LOCKGATE_NATS_CREDENTIALS": str(only("admin", credentials, workdir / "admin"))},
        capture_output=True, text=True, timeout=60,
    )
    assert provisioned.returncode == 0, provisioned.stderr
    workers = []
    for stage in STAGES:
        log = open(workdir / f"{stage}.log", "wb")
        workers.append(subprocess.Popen(
            [sys.executable, "-m", "services.cli.main", "worker", stage],
            env={**base_env, "LOCKGATE_NATS_CREDENTIALS": str(only(stage, credentials, workdir / stage)),
                 "LOCKGATE_DATA_DIR": str(workdir / f"{stage}-data")},
            stdout=log, stderr=subprocess.STDOUT,
        ))
    for stage, worker in zip(STAGES, workers, strict=True):
        wait_for_line(workdir / f"{stage}.log", f"{stage} worker consuming", worker)
    gateway = Gateway(
        workdir / "gateway", server.url, simulator.url, command="gateway",
        env={"LOCKGATE_NATS_CREDENTIALS": str(only("gateway", credentials, workdir / "gateway-credentials"))},
    )
    yield gateway, server
    gateway.stop()
    for worker in workers:
        worker.terminate()
    for worker in workers:
        # A worker's shutdown may take up to twice CLOSE_DEADLINE_S by design (its handlers, then the NATS drain).
        worker.wait(timeout=2 * CLOSE_DEADLINE_S + 10)
    server.stop()


def wait_for_line(path: Path, text: str, process: subprocess.Popen, timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while text not in path.read_text(errors="replace"):
        assert process.poll() is None and time.monotonic() < deadline, path.read_text(errors="replace")
        time.sleep(0.05)


def client(gateway: Gateway, roles=("developer",)) -> anthropic.Anthropic:
    return anthropic.Anthropic(base_url=gateway.url, api_key=gateway.token(roles=roles), max_retries=0)


def test_every_stage_decides_from_its_own_process_within_its_permissions(split, simulator):
    gateway, server = split
    assert client(gateway).messages.create(model=HAIKU, max_tokens=16, messages=HELLO).content[0].text
    with client(gateway).messages.stream(model=HAIKU, max_tokens=16, messages=HELLO) as stream:
        assert stream.get_final_message().content[0].text

    with pytest.raises(anthropic.PermissionDeniedError):
        client(gateway, roles=("analyst",)).messages.create(model=OPUS, max_tokens=16, messages=HELLO)

    simulator.script({"content": [{"type": "tool_use", "id": "toolu_split_01", "name": "Bash",
                                   "input": {"command": "rm -rf / --no-preserve-root"}}]})
    message = client(gateway).messages.create(model=HAIKU, max_tokens=64, messages=HELLO)
    assert not [block for block in message.content if block.type == "tool_use"]

    secret = "AKIA" + "Q3EGRHXK7PLMZ2TB"
    simulator.script({"content": [{"type": "text", "text": f"the key is {secret}"}]})
    assert secret not in client(gateway).messages.create(model=HAIKU, max_tokens=64, messages=HELLO).content[0].text

    server_log = (server.store_dir / "nats-server.log").read_text()
    assert "Violation" not in server_log, "no service needed anything outside its row"
    assert UPSTREAM_KEY not in gateway.log()


@pytest.mark.slow
@pytest.mark.timeout(120)
async def test_claude_code_runs_a_tool_round_trip_through_the_split_deployment(split, simulator, tmp_path, monkeypatch):
    gateway, _ = split
    clean_environment(monkeypatch)
    simulator.script(
        {"content": [{"type": "tool_use", "id": "toolu_split_cc_01", "name": "Bash", "input": {"command": "echo split > proof.txt"}}]},
        {"content": [{"type": "text", "text": "Done."}]},
    )
    messages, result, stderr = await run_agent(
        gateway.url, "Write the proof file.", tmp_path, {"ANTHROPIC_AUTH_TOKEN": gateway.token()}
    )
    assert isinstance(result, ResultMessage) and not result.is_error, stderr
    assert (tmp_path / "workspace" / "proof.txt").read_text().strip() == "split"
