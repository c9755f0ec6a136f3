"""``lockgate token``: client credentials with a production gateway config (no upstream key needed),
--audience/--scope/--resource, and --dev tokens from the running gateway's development issuer,
or a message that says what to do."""

from __future__ import annotations

import asyncio
import base64
import os
import subprocess
import sys
from pathlib import Path

import aiohttp
import pytest

from services.identity.dev_issuer import DEV_CLIENT_ID
from tests.oidc_issuer import CLIENT_ID, CLIENT_SECRET, OidcTestIssuer

REPO = Path(__file__).resolve().parent.parent
HELLO = {"model": "claude-haiku-4-5", "max_tokens": 16, "messages": [{"role": "user", "content": "Hello"}]}


def lockgate_token(*args: str, env: dict | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("LOCKGATE_", "ANTHROPIC_", "NATS_"))}
    return subprocess.run(
        [sys.executable, "-m", "services.cli.main", "token", *args],
        env={**clean, "PYTHONPATH": str(REPO), **(env or {})},
        cwd=cwd or REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )


def basic(user: str, password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


async def status_with(gateway, token: str) -> int:
    async with aiohttp.ClientSession() as session:
        async with session.post(f"{gateway.url}/v1/messages", json=HELLO, headers={"x-api-key": token}) as response:
            return response.status


async def test_dev_token_from_another_directory_is_accepted(gateway, tmp_path):
    env = {"LOCKGATE_LISTEN": f"127.0.0.1:{gateway.port}", "LOCKGATE_DATA_DIR": str(gateway.data_dir)}
    result = await asyncio.to_thread(lockgate_token, "--dev", "--sub", "carol", "--role", "developer", env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert await status_with(gateway, result.stdout.strip()) == 200
    by_url = await asyncio.to_thread(
        lockgate_token, "--dev", "--url", gateway.url, env={"LOCKGATE_DATA_DIR": str(gateway.data_dir)}, cwd=tmp_path
    )
    assert by_url.returncode == 0, by_url.stderr
    assert await status_with(gateway, by_url.stdout.strip()) == 200


async def test_dev_token_without_the_gateways_data_directory_says_what_to_set(gateway, tmp_path):
    result = await asyncio.to_thread(lockgate_token, "--dev", "--url", gateway.url, cwd=tmp_path)
    assert result.returncode == 1 and result.stdout == ""
    assert "LOCKGATE_DATA_DIR" in result.stderr and "lockgate up" in result.stderr


async def test_dev_token_with_no_gateway_running_says_so(tmp_path, gateway):
    env = {"LOCKGATE_DATA_DIR": str(gateway.data_dir)}
    result = await asyncio.to_thread(lockgate_token, "--dev", "--url", "http://127.0.0.1:9", env=env, cwd=tmp_path)
    assert result.returncode == 1 and result.stdout == ""
    assert "Is `lockgate up` running at http://127.0.0.1:9" in result.stderr


async def test_dev_token_refuses_a_gateway_off_loopback(tmp_path):
    result = await asyncio.to_thread(lockgate_token, "--dev", "--url", "http://192.0.2.10:8080", cwd=tmp_path)
    assert result.returncode == 2
    assert "loopback" in result.stderr


@pytest.mark.parametrize(
    "form, error",
    [
        ({"grant_type": "client_credentials", "ttl": "soon"}, "ttl must be a whole number"),
        ({"grant_type": "client_credentials", "ttl": "0"}, "ttl must be from 1"),
        ({"grant_type": "client_credentials", "ttl": "999999"}, "ttl must be from 1"),
        ({"grant_type": "client_credentials", "sub": "x" * 300}, "1 to 256 characters"),
        ({"grant_type": "client_credentials", "role": [str(i) for i in range(40)]}, "at most 32 roles"),
        ({"grant_type": "password"}, "only client_credentials"),
    ],
)
async def test_the_dev_token_endpoint_refuses_bad_requests(gateway, form, error):
    secret = (gateway.data_dir / "dev-issuer" / "client-secret").read_text().strip()
    fields = [(k, v) for k, values in form.items() for v in ([values] if isinstance(values, str) else values)]
    async with aiohttp.ClientSession() as session:
        async with session.post(f"{gateway.url}/dev-issuer/token", data=fields, headers=basic(DEV_CLIENT_ID, secret)) as r:
            assert r.status == 400
            assert error in (await r.json())["error_description"]
        async with session.post(
            f"{gateway.url}/dev-issuer/token", data={"grant_type": "client_credentials"}, headers=basic(DEV_CLIENT_ID, "forged")
        ) as r:
            assert r.status == 401


@pytest.fixture
async def issuer():
    test_issuer = await OidcTestIssuer().start()
    yield test_issuer
    await test_issuer.stop()


async def test_client_credentials_need_only_the_identity_settings(issuer, tmp_path):
    config = tmp_path / "production.toml"
    config.write_text(
        f'mode = "production"\n[identity]\n[[identity.issuers]]\nissuer = "{issuer.issuer}"\naudience = ["lockgate"]\n'
        f'client_id = "{CLIENT_ID}"\nclient_secret_env = "CI_SECRET"\n'
    )
    args = ("--config", str(config), "--audience", "https://api.lockgate.example", "--resource", "api://lockgate", "--scope", "lockgate.use")
    result = await asyncio.to_thread(lockgate_token, *args, env={"CI_SECRET": CLIENT_SECRET}, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count(".") == 2
    form = issuer.token_forms[-1]
    assert (form["audience"], form["resource"], form["scope"]) == ("https://api.lockgate.example", "api://lockgate", "lockgate.use")
    assert CLIENT_SECRET not in result.stderr


async def test_client_credentials_without_the_secret_say_which_variable(issuer, tmp_path):
    config = tmp_path / "client.toml"
    config.write_text(f'[identity]\n[[identity.issuers]]\nissuer = "{issuer.issuer}"\naudience = ["lockgate"]\nclient_id = "{CLIENT_ID}"\nclient_secret_env = "CI_SECRET"\n')
    result = await asyncio.to_thread(lockgate_token, "--config", str(config), cwd=tmp_path)
    assert result.returncode == 1 and "CI_SECRET" in result.stderr
    assert issuer.token_requests == 0
