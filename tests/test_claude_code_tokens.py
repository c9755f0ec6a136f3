"""The Claude Code pattern for short-lived tokens: ``lockgate token --dev`` as ANTHROPIC_AUTH_TOKEN,
as ANTHROPIC_API_KEY, and through ``apiKeyHelper``, whose token is fetched again after a 401."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

from tests.agent import clean_environment, run_agent

REPLY = "Authenticated through Lockgate."


def lockgate_token(gateway) -> str:
    """What a developer or CI job runs: ``lockgate token --dev`` with the gateway's own settings."""
    result = subprocess.run(
        [sys.executable, "-m", "services.cli.main", "token", "--dev", "--sub", "ci-job", "--role", "developer", "--ttl", "10m"],
        env={**os.environ, "LOCKGATE_LISTEN": f"127.0.0.1:{gateway.port}", "LOCKGATE_DATA_DIR": str(gateway.data_dir)},
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


@pytest.mark.slow
@pytest.mark.timeout(180)
@pytest.mark.parametrize("variable", ["ANTHROPIC_AUTH_TOKEN", "ANTHROPIC_API_KEY"])
async def test_a_lockgate_token_works_as_the_agents_credential(gateway, simulator, tmp_path, monkeypatch, variable):
    clean_environment(monkeypatch)
    simulator.script({"content": [{"type": "text", "text": REPLY}]})
    _, result, stderr = await run_agent(gateway.url, "Say hello.", tmp_path, {variable: lockgate_token(gateway)})
    assert result is not None and not result.is_error, stderr[-3000:]
    assert REPLY in result.result


@pytest.mark.slow
@pytest.mark.timeout(180)
async def test_api_key_helper_refreshes_an_expired_token_after_a_401(gateway, simulator, tmp_path, monkeypatch):
    clean_environment(monkeypatch)
    simulator.script({"content": [{"type": "text", "text": REPLY}]})
    expired = gateway.dev_issuer.mint("ci-job", ["developer"], 60, extra={"exp": int(time.time()) - 3600})
    calls = tmp_path / "helper-calls"
    helper = tmp_path / "token-helper.sh"
    helper.write_text(
        "#!/bin/sh\n"
        f'echo run >> "{calls}"\n'
        f'if [ "$(wc -l < "{calls}")" -eq 1 ]; then echo "{expired}"; exit 0; fi\n'
        f'LOCKGATE_LISTEN=127.0.0.1:{gateway.port} LOCKGATE_DATA_DIR="{gateway.data_dir}" '
        f'"{sys.executable}" -m services.cli.main token --dev --sub ci-job --role developer --ttl 10m\n'
    )
    helper.chmod(0o755)
    monkeypatch.setenv("PYTHONPATH", os.getcwd())

    _, result, stderr = await run_agent(
        gateway.url, "Say hello.", tmp_path, {}, settings=json.dumps({"apiKeyHelper": str(helper)}), retries=3
    )
    assert result is not None and not result.is_error, stderr[-3000:]
    assert REPLY in result.result
    assert len(calls.read_text().split()) >= 2, "the 401 must make the agent run its apiKeyHelper again"
