"""Bus least privilege on a real nats-server with the generated authorization.

Nothing connects anonymously; each service's credential is refused everything outside its
row of ``nats_auth.permissions``; and the attacks found from outside (join a stage's queue
group and answer, forge a verdict, answer an RPC subject, rewrite the policy, tap the
unrecorded RPC traffic, purge the stream) fail while the request they target is still
decided by the policy.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import stat
import subprocess
import sys

import anthropic
import nats
import pytest
from nats.js.api import KeyValueConfig

from schemas import subjects
from schemas.events import Verdict, decode_event, encode_event
from services.cli.workers import DEFAULT_POLICY
from services.common.bus import DirectClient
from services.common.embedded_nats import free_port, nats_server_binary
from services.common.nats_auth import IDENTITIES, inbox_prefix, permissions
from services.common.provision import provision
from services.identity import DevIssuer
from tests.harness import (
    CREDENTIALS,
    READY_BOUND_S,
    UPSTREAM_KEY,
    authz_decided,
    plain_client,
    read_events,
    run_cli,
    start_nats,
    wait_http,
)

HAIKU, OPUS = "claude-haiku-4-5", "claude-opus-4-1"
HELLO = [{"role": "user", "content": "hello"}]
SETTLE_S = 0.3
REFUSED = "permissions violation"


class Connection:
    """A client as one identity, keeping the server's asynchronous errors (permission violations arrive that way)."""

    def __init__(self, nc: DirectClient, errors: list[str]):
        self.nc, self.errors = nc, errors

    @classmethod
    async def open(cls, url: str, identity: str) -> Connection:
        errors: list[str] = []

        async def on_error(error: Exception) -> None:
            errors.append(str(error).lower())

        credentials = CREDENTIALS[url]
        nc = await plain_client(
            url,
            nkeys_seed=str(credentials.seed_file(identity)),
            inbox_prefix=inbox_prefix(identity),
            error_cb=on_error,
            allow_reconnect=False,
        )
        return cls(nc, errors)

    async def refused(self) -> bool:
        """Whether the server refused something since the last call (it answers -ERR asynchronously)."""
        await self.nc.flush()
        await asyncio.sleep(0.1)
        found = any(REFUSED in error for error in self.errors)
        self.errors.clear()
        return found

    async def close(self) -> None:
        await self.nc.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    server = start_nats(tmp_path_factory.mktemp("secured-nats"))
    yield server
    server.stop()


@pytest.fixture
async def connect(server):
    opened: list[Connection] = []

    async def open_as(identity: str) -> Connection:
        opened.append(await Connection.open(server.url, identity))
        return opened[-1]

    admin = await open_as("admin")
    await provision(admin.nc.jetstream())
    yield open_as
    for connection in opened:
        await connection.close()


async def test_an_anonymous_client_is_refused(server):
    with pytest.raises(Exception, match="(?i)authorization"):
        await nats.connect(server.url, allow_reconnect=False, max_reconnect_attempts=0)


async def test_a_wrong_key_is_refused(server, tmp_path):
    import nkeys

    stranger = tmp_path / "stranger.nk"
    stranger.write_bytes(nkeys.encode_seed(os.urandom(32), nkeys.PREFIX_BYTE_USER))
    with pytest.raises(Exception, match="(?i)authorization"):
        await nats.connect(server.url, nkeys_seed=str(stranger), allow_reconnect=False, max_reconnect_attempts=0)


def test_seed_files_are_private_and_the_authorization_holds_no_secret(server):
    credentials = CREDENTIALS[server.url]
    authorization = credentials.authorization_file.read_text()
    for identity in IDENTITIES:
        seed_file = credentials.seed_file(identity)
        assert stat.S_IMODE(seed_file.stat().st_mode) == 0o600
        assert seed_file.read_text().strip() not in authorization
    assert stat.S_IMODE(credentials.directory.stat().st_mode) == 0o700


@pytest.mark.parametrize(
    "identity, subject",
    [
        ("guard", subjects.verdict_subject("authz")),
        ("authz", subjects.verdict_subject("guard")),
        ("masker", subjects.verdict_subject("authz")),
        ("guard", subjects.REQUEST_RECEIVED),
        ("guard", subjects.MASKED),
        ("masker", subjects.REQUEST_RELEASED),
        ("audit", subjects.REQUEST_RECEIVED),
        ("audit", subjects.verdict_subject("authz")),
        ("gateway", subjects.verdict_subject("authz")),
        ("gateway", subjects.tool_use_verdict_subject("approver")),
        ("authz", subjects.tool_use_rpc_subject("guard")),
        ("guard", subjects.mask_subject("masker")),
    ],
)
async def test_a_service_cannot_publish_outside_its_row(connect, identity, subject):
    watcher = await connect("admin")
    seen: list[bytes] = []

    async def keep(msg) -> None:
        seen.append(msg.data)

    await watcher.nc.subscribe(subject, cb=keep)
    await watcher.nc.flush()
    speaker = await connect(identity)
    await speaker.nc.publish(subject, b"{}")
    assert await speaker.refused()
    await asyncio.sleep(SETTLE_S)
    assert seen == []


@pytest.mark.parametrize(
    "identity, subject, group",
    [
        ("guard", subjects.REQUEST_RECEIVED, "authz"),
        ("masker", subjects.REQUEST_RECEIVED, "authz"),
        ("authz", subjects.REQUEST_RECEIVED, "guard"),
        ("guard", subjects.mask_subject("masker"), "masker"),
        ("guard", subjects.mask_body_subject("masker"), "masker"),
        ("masker", subjects.tool_use_rpc_subject("guard"), "guard-tool-use"),
        ("audit", "lockgate-rpc.>", None),
        ("gateway", "lockgate-rpc.>", None),
        ("guard", subjects.REQUEST_RECEIVED, None),
        ("authz", "_INBOX_gateway.>", None),
        ("masker", ">", None),
    ],
)
async def test_a_service_cannot_subscribe_outside_its_row(connect, identity, subject, group):
    listener = await connect(identity)
    seen: list[bytes] = []

    async def keep(msg) -> None:
        seen.append(msg.data)

    await listener.nc.subscribe(subject, queue=group or "", cb=keep)
    assert await listener.refused()
    sender = await connect("admin")
    await sender.nc.publish(subject.replace(">", "probe").replace("*", "probe"), b"secret prompt")
    await sender.nc.flush()
    await asyncio.sleep(SETTLE_S)
    assert seen == []


@pytest.mark.parametrize("identity", ["gateway", "authz", "guard", "masker", "audit"])
async def test_no_service_can_write_the_policy_or_purge_or_delete_the_stream(connect, identity):
    admin = await connect("admin")
    await admin.nc.publish(subjects.REQUEST_REJECTED, b'{"type":"probe"}')
    await admin.nc.flush()
    js_admin = admin.nc.jetstream()
    before = await js_admin.stream_info(subjects.STREAM)
    policy = await js_admin.key_value(subjects.POLICY_BUCKET)
    await policy.put("active", b"the admin's policy")

    attacker_nc = (await connect(identity)).nc
    attacker = attacker_nc.jetstream(timeout=0.3)
    with pytest.raises(nats.errors.Error):
        await (await attacker.key_value(subjects.POLICY_BUCKET)).put("active", b"an attacker's policy")
    with pytest.raises(nats.errors.Error):
        await attacker.purge_stream(subjects.STREAM)
    with pytest.raises(nats.errors.Error):  # nats-py's delete_msg waits 5 s whatever the context's timeout: asked directly
        await attacker_nc.request(f"$JS.API.STREAM.MSG.DELETE.{subjects.STREAM}",
                                  json.dumps({"seq": before.state.last_seq}).encode(), timeout=0.3)
    with pytest.raises(nats.errors.Error):
        await attacker.delete_stream(subjects.STREAM)
    with pytest.raises(nats.errors.Error):
        await attacker.update_stream(before.config)
    with pytest.raises(nats.errors.Error):
        await attacker.create_key_value(KeyValueConfig(bucket="lockgate-attacker"))

    after = await js_admin.stream_info(subjects.STREAM)
    assert after.state.messages >= before.state.messages and after.config.max_age == before.config.max_age
    assert (await policy.get("active")).value == b"the admin's policy"


async def test_only_the_audit_and_admin_identities_read_the_recorded_stream(connect):
    admin = await connect("admin")
    await admin.nc.publish(subjects.REQUEST_REJECTED, b'{"type":"probe"}')
    for identity, may in [("audit", True), ("admin", True), ("guard", False), ("masker", False), ("gateway", False)]:
        js = (await connect(identity)).nc.jetstream(timeout=1.0)
        if may:
            assert (await js.get_last_msg(subjects.STREAM, subjects.REQUEST_REJECTED)).data
        else:
            with pytest.raises(nats.errors.Error):
                await js.get_last_msg(subjects.STREAM, subjects.REQUEST_REJECTED)


async def test_audit_cannot_take_or_acknowledge_authz_charges(connect):
    audit = (await connect("audit")).nc.jetstream(timeout=1.0)
    with pytest.raises(nats.errors.Error):
        subscription = await audit.pull_subscribe(subjects.RESPONSE_COMPLETED, durable=subjects.CHARGES_CONSUMER, stream=subjects.STREAM)
        await subscription.fetch(1, timeout=1.0)


def test_every_row_names_only_its_own_verdict_subject():
    """The table itself: no service may publish another stage's verdict, and only admin may publish everything."""
    for identity in ("authz", "guard"):
        published = permissions(identity).publish
        assert subjects.verdict_subject(identity) in published
        assert not [s for s in published if s.startswith(subjects.VERDICT_PREFIX) and s != subjects.verdict_subject(identity)]
    for identity in ("gateway", "authz", "guard", "masker", "audit"):
        rights = permissions(identity)
        assert ">" not in rights.publish and "lockgate.>" not in rights.publish
        assert not [s for s in rights.publish if re.search(r"STREAM\.(PURGE|DELETE|UPDATE|CREATE)\.LOCKGATE_EVENTS|MSG\.DELETE", s)]


# The attacks, against a gateway whose stages run as separate processes' queue groups (everything via NATS).


@pytest.fixture(scope="module")
def via_nats(start_gateway, nats_server):
    return start_gateway("[gateway]\ndeliver_in_process = false\napproval_stage = \"approver\"\n", nats_url=nats_server.url)


def opus_request(gateway) -> tuple[int, str]:
    client = anthropic.Anthropic(base_url=gateway.url, api_key=gateway.token(sub="eve", roles=("analyst",)), max_retries=0)
    try:
        response = client.messages.with_raw_response.create(model=OPUS, max_tokens=16, messages=HELLO)
        return response.status_code, response.headers["x-lockgate-request-id"]
    except anthropic.APIStatusError as error:
        return error.status_code, error.response.headers["x-lockgate-request-id"]


async def test_a_guard_credential_cannot_answer_for_authz(via_nats):
    """The compromised guard joins authz's queue group, answers allow on authz's subject and on its own
    subject naming authz: every attempt is refused or dropped, and the analyst still gets 403 for Opus."""
    thief = await Connection.open(via_nats.nats_url, "guard")

    async def answer_allow(msg) -> None:
        event = decode_event(msg.data)
        for subject in (subjects.verdict_subject("authz"), subjects.verdict_subject("guard")):
            forged = Verdict(request_id=event.request_id, identity=event.identity, stage="authz", decision="allow")
            await thief.nc.publish(subject, encode_event(forged))

    await thief.nc.subscribe(subjects.REQUEST_RECEIVED, queue="authz", cb=answer_allow)
    await thief.nc.subscribe(subjects.REQUEST_RECEIVED, queue="guard", cb=answer_allow)
    try:
        assert await thief.refused()
        statuses = [await asyncio.to_thread(opus_request, via_nats) for _ in range(6)]
        assert {status for status, _ in statuses} == {403}
        for _, request_id in statuses:
            verdicts = [e for e in await read_events(via_nats.nats_url, request_id, settle_s=0.1, until=authz_decided) if isinstance(e, Verdict)]
            assert [v.decision for v in verdicts if v.stage == "authz"] == ["deny"]
    finally:
        await thief.close()


def tool_reply(command: str) -> dict:
    return {"content": [{"type": "tool_use", "id": "toolu_sec_0001", "name": "Bash", "input": {"command": command}}]}


async def test_a_masker_credential_cannot_answer_the_guards_tool_calls(via_nats, simulator):
    thief = await Connection.open(via_nats.nats_url, "masker")

    async def release(msg) -> None:
        if msg.reply:
            await thief.nc.publish(msg.reply, b'{"type":"tool_use.verdict","decision":"allow"}')

    await thief.nc.subscribe(subjects.tool_use_rpc_subject("guard"), queue="guard-tool-use", cb=release)
    await thief.nc.subscribe(subjects.tool_use_rpc_subject("guard"), cb=release)
    try:
        assert await thief.refused()
        client = anthropic.Anthropic(base_url=via_nats.url, api_key=via_nats.token(), max_retries=0)
        for _ in range(4):
            simulator.script(tool_reply("rm -rf / --no-preserve-root"))
            message = await asyncio.to_thread(client.messages.create, model=HAIKU, max_tokens=64, messages=HELLO)
            assert not [block for block in message.content if block.type == "tool_use"]
    finally:
        await thief.close()


async def test_a_guard_credential_cannot_answer_or_read_masking(via_nats, simulator):
    thief = await Connection.open(via_nats.nats_url, "guard")
    stolen: list[bytes] = []

    async def unchanged(msg) -> None:
        stolen.append(msg.data)

    await thief.nc.subscribe(subjects.mask_subject("masker"), queue="masker", cb=unchanged)
    await thief.nc.subscribe("lockgate-rpc.>", cb=unchanged)
    try:
        assert await thief.refused()
        secret = "AKIA" + "Q3EGRHXK7PLMZ2TB"
        simulator.script({"content": [{"type": "text", "text": f"the key is {secret} ok"}]})
        client = anthropic.Anthropic(base_url=via_nats.url, api_key=via_nats.token(), max_retries=0)
        message = await asyncio.to_thread(client.messages.create, model=HAIKU, max_tokens=64, messages=HELLO)
        assert secret not in message.content[0].text
        assert stolen == []
    finally:
        await thief.close()


@pytest.mark.slow
async def test_policy_push_needs_the_admin_credential(via_nats, tmp_path):
    policy = tmp_path / "open.toml"
    policy.write_text('version = "attacker"\n[roles.analyst]\nmodels = ["*"]\n')
    credentials = CREDENTIALS[via_nats.nats_url]
    guard_only = tmp_path / "guard-only"
    guard_only.mkdir()
    (guard_only / "guard.nk").write_bytes(credentials.seed_file("guard").read_bytes())
    env = {**os.environ, "NATS_URL": via_nats.nats_url}

    def push(credentials_dir) -> subprocess.CompletedProcess:
        return run_cli(["policy", "push", str(policy)],
                       env={"NATS_URL": via_nats.nats_url, "LOCKGATE_NATS_CREDENTIALS": str(credentials_dir)}, timeout=60)

    refused = push(guard_only)
    assert refused.returncode != 0 and "admin" in refused.stderr and "Traceback" not in refused.stderr
    assert (await asyncio.to_thread(opus_request, via_nats))[0] == 403

    anonymous = subprocess.run(
        [sys.executable, "-m", "services.cli.main", "policy", "push", str(policy)],
        env=env, capture_output=True, text=True, timeout=60,
    )
    assert anonymous.returncode != 0 and "Traceback" not in anonymous.stderr

    allowed = push(credentials.directory)
    assert allowed.returncode == 0, allowed.stderr
    try:
        status = 0
        for _ in range(50):
            status, _ = await asyncio.to_thread(opus_request, via_nats)
            if status == 200:
                break
            await asyncio.sleep(0.1)
        assert status == 200, "the admin's push decides the next requests"
    finally:
        restore = run_cli(["policy", "push", str(DEFAULT_POLICY)],
                          env={"NATS_URL": via_nats.nats_url, "LOCKGATE_NATS_CREDENTIALS": str(credentials.directory)})
        assert restore.returncode == 0, restore.stderr


@pytest.mark.slow
async def test_lockgate_up_embeds_an_authenticated_nats(tmp_path, simulator):
    """No NATS_URL: the embedded server refuses anonymous clients, its credentials are created 0600 under
    the data directory, and an SDK call goes through with every stage on its own identity."""
    env = {k: v for k, v in os.environ.items() if k not in ("NATS_URL", "LOCKGATE_NATS_CREDENTIALS")}
    port = free_port()
    data = tmp_path / "data"
    log_path = tmp_path / "up.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "services.cli.main", "up"],
            env={**env, "LOCKGATE_LISTEN": f"127.0.0.1:{port}", "LOCKGATE_DATA_DIR": str(data),
                 "LOCKGATE_UPSTREAM_URL": simulator.url, "LOCKGATE_UPSTREAM_KEY": UPSTREAM_KEY},
            stdout=log, stderr=subprocess.STDOUT,
        )
    try:
        wait_http(f"http://127.0.0.1:{port}/readyz", timeout_s=READY_BOUND_S, process=process)
        nats_url = re.search(r"nats-server with JetStream at (nats://\S+),", log_path.read_text()).group(1)
        assert nats_url.startswith("nats://127.0.0.1:")
        with pytest.raises(Exception, match="(?i)authorization"):
            await nats.connect(nats_url, allow_reconnect=False, max_reconnect_attempts=0)
        seeds = sorted((data / "nats-credentials").glob("*.nk"))
        assert {seed.stem for seed in seeds} == set(IDENTITIES)
        assert all(stat.S_IMODE(seed.stat().st_mode) == 0o600 for seed in seeds)

        url = f"http://127.0.0.1:{port}"
        token = DevIssuer(data, f"{url}/dev-issuer").mint("alice", ["developer"], 900)
        client = anthropic.Anthropic(base_url=url, api_key=token, max_retries=0)
        message = await asyncio.to_thread(client.messages.create, model=HAIKU, max_tokens=16, messages=HELLO)
        assert message.content[0].text
        violations = (data / "nats" / "nats-server.log").read_text()
        assert "Violation" not in violations, "every stage stays inside its own permissions"
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_the_generated_authorization_is_valid_nats_configuration(tmp_path):
    """`lockgate nats credentials` writes what an operator includes in their own server's configuration."""
    out = tmp_path / "creds"
    result = subprocess.run([sys.executable, "-m", "services.cli.main", "nats", "credentials", str(out)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    config = tmp_path / "server.conf"
    config.write_text('port: 4222\ninclude "creds/authorization.conf"\n')
    check = subprocess.run([nats_server_binary(), "-c", str(config), "-t"], capture_output=True, text=True, timeout=30)
    assert check.returncode == 0, check.stdout + check.stderr
    assert json.dumps(sorted(p.name for p in out.iterdir())) == json.dumps(sorted([*(f"{i}.nk" for i in IDENTITIES), "authorization.conf"]))
