"""Request masking: what the client sends is masked before it is recorded or reaches the upstream.

A real ``lockgate up`` with a policy that masks developers' requests (``[masker]
mask_requests``, ``request_roles``) and a gateway that asks (``[gateway] mask_requests``);
``simulator.requests()`` is exactly what the upstream received, and the raw event stream
is scanned for what was recorded. The walk itself is tested as the pure function the
worker uses.
"""

from __future__ import annotations

import asyncio
import copy
import json
from pathlib import Path

import anthropic
import msgspec
import pytest

from schemas import subjects
from schemas.events import Identity, MaskBodyReply, MaskBodyRequest, Masked, RequestReceived
from services.masker import MaskerPolicy, compile_policy
from services.masker.engine import PolicyError
from services.masker.policy import masks_requests
from services.masker.request import SYSTEM, mask_request_body
from services.masker.worker import ActivePolicy, mask_body
from tests.conftest import FAST_RETRIES
from tests.harness import including, nats_connect, raw_stream_messages, read_events

MODEL = "claude-haiku-4-5"
AWS_KEY = "AKIAQYLPMN5HHHFPZAM2"
AWS_SECRET = "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"
EMAIL = "dana.kovacs@fastmail.fm"
SECRETS = (AWS_KEY, AWS_SECRET, EMAIL)
CREDENTIALS = (
    "[default]\n"
    f"aws_access_key_id = {AWS_KEY}\n"
    f"aws_secret_access_key = {AWS_SECRET}\n"
    "region = eu-west-1\n"
)
MASKED_CREDENTIALS = (
    "[default]\n"
    "aws_access_key_id = [REDACTED:aws_access_key]\n"
    "aws_secret_access_key = [REDACTED:aws_secret_key]\n"
    "region = eu-west-1\n"
)
ORDER = "Order 4111111111111112 and request 550e8400-e29b-41d4-a716-446655440000 stay as they are."
MESSAGES = [
    {"role": "user", "content": f"Check my AWS setup and mail the summary to {EMAIL}. {ORDER}"},
    {
        "role": "assistant",
        "content": [
            {"type": "text", "text": "Reading your credentials file."},
            {"type": "tool_use", "id": "toolu_01", "name": "Bash", "input": {"command": "cat ~/.aws/credentials"}},
        ],
    },
    {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_01", "content": CREDENTIALS}]},
]
MASKED_MESSAGES = copy.deepcopy(MESSAGES)
MASKED_MESSAGES[0]["content"] = f"Check my AWS setup and mail the summary to [REDACTED:email]. {ORDER}"
MASKED_MESSAGES[2]["content"][0]["content"] = MASKED_CREDENTIALS

POLICY = (Path(__file__).resolve().parents[1] / "policies" / "default.toml").read_text().replace(
    'version = "default-1"', 'version = "request-masking-1"'
) + """
[masker]
mask_requests = true
request_roles = ["developer"]
"""


@pytest.fixture(scope="module")
def policy_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("request-masking") / "policy.toml"
    path.write_text(POLICY)
    return path


@pytest.fixture(scope="module")
def masking_gateway(start_gateway, policy_file):
    return start_gateway(FAST_RETRIES + f'[policy]\nfile = "{policy_file}"\n\n[gateway]\nmask_requests = true\n')


@pytest.fixture(scope="module")
def maskerless_gateway(start_gateway, policy_file):
    """Asks a masking stage no worker serves: every Messages request must be refused."""
    return start_gateway(
        FAST_RETRIES + f'[policy]\nfile = "{policy_file}"\n\n[gateway]\nmask_requests = true\nmask_stages = ["nobody"]\nmask_deadline_ms = 300\n'
    )


def client(gateway, sub: str = "alice", roles: tuple[str, ...] = ("developer",)) -> anthropic.Anthropic:
    return anthropic.Anthropic(base_url=gateway.url, api_key=gateway.token(sub, roles), max_retries=0)


def recorded_received(gateway, request_id: str) -> list[RequestReceived]:
    return [e for e in asyncio.run(read_events(gateway.nats_url, request_id)) if isinstance(e, RequestReceived)]


@pytest.mark.parametrize("stream", [False, True], ids=["json", "streamed"])
def test_the_upstream_and_the_stream_never_see_a_developers_secrets(masking_gateway, simulator, stream):
    simulator.script({"content": [{"type": "text", "text": "Your credentials are set up."}]})
    system = [{"type": "text", "text": "You are a careful assistant."}]
    response = client(masking_gateway).messages.with_raw_response.create(
        model=MODEL, max_tokens=256, system=system, messages=MESSAGES, stream=stream
    )
    request_id = response.headers["x-lockgate-request-id"]
    if stream:
        list(response.parse())
    sent = simulator.requests()[-1]
    expected = {"max_tokens": 256, "messages": MASKED_MESSAGES, "model": MODEL, "system": system}
    assert {k: v for k, v in sent["body"].items() if k != "stream"} == expected
    assert sent["body"].get("stream", False) == stream
    upstream_text = json.dumps(sent)
    for secret in SECRETS:
        assert secret not in upstream_text

    [event] = recorded_received(masking_gateway, request_id)
    assert json.loads(bytes(event.body))["messages"] == MASKED_MESSAGES
    recorded = asyncio.run(raw_stream_messages(masking_gateway.nats_url))
    for secret in SECRETS:
        assert not any(secret.encode() in data for data in recorded), f"{secret} recorded"
        assert secret not in masking_gateway.log()
    masked = [e for e in asyncio.run(read_events(masking_gateway.nats_url, request_id, until=including(Masked))) if isinstance(e, Masked)]
    assert {(e.direction, e.block_index, e.field, e.path) for e in masked} == {
        ("request", 0, "text", "messages[0].content"),
        ("request", 2, "text", "messages[2].content[0].content"),
    }
    assert sorted(f.type for e in masked for f in e.findings) == ["aws_access_key", "aws_secret_key", "email"]
    events = asyncio.run(read_events(masking_gateway.nats_url, request_id))
    first = next(n for n, e in enumerate(events) if isinstance(e, RequestReceived))
    assert all(isinstance(e, Masked) for e in events[:first]) and first == 2, "the request's masked events precede it"


def test_count_tokens_is_masked_too(masking_gateway, simulator):
    client(masking_gateway).messages.count_tokens(model=MODEL, messages=MESSAGES)
    sent = simulator.requests()[-1]
    assert sent["path"] == "/v1/messages/count_tokens"
    assert sent["body"]["messages"] == MASKED_MESSAGES
    for secret in SECRETS:
        assert secret not in json.dumps(sent)


def test_a_large_body_through_the_object_store_is_masked(masking_gateway, simulator):
    """Over inline_body_bytes (stored in the object store) and over NATS's 1 MiB message limit (staged)."""
    simulator.script({"content": [{"type": "text", "text": "ok"}]})
    filler = "lorem ipsum dolor sit amet " * 50_000  # ~1.3 MiB
    messages = copy.deepcopy(MESSAGES)
    messages[2]["content"][0]["content"] = filler + CREDENTIALS
    response = client(masking_gateway).messages.with_raw_response.create(model=MODEL, max_tokens=64, messages=messages)
    request_id = response.headers["x-lockgate-request-id"]
    sent = simulator.requests()[-1]
    text = json.dumps(sent)
    for secret in SECRETS:
        assert secret not in text
    assert MASKED_CREDENTIALS.replace("\n", "\\n") in text
    [event] = recorded_received(masking_gateway, request_id)
    assert event.body_ref == request_id and event.body_size > 1 << 20
    recorded = asyncio.run(raw_stream_messages(masking_gateway.nats_url))
    for secret in SECRETS:
        assert not any(secret.encode() in data for data in recorded)


def test_an_identity_without_the_role_is_not_masked(masking_gateway, simulator):
    """Only personal data here: the guard (rightly) refuses anyone's cloud secrets on their way out."""
    simulator.script({"content": [{"type": "text", "text": "ok"}]})
    client(masking_gateway, "ci-bot", ("ci",)).messages.create(model=MODEL, max_tokens=256, messages=MESSAGES[:1])
    assert simulator.requests()[-1]["body"]["messages"] == MESSAGES[:1]
    client(masking_gateway).messages.create(model=MODEL, max_tokens=256, messages=MESSAGES[:1])
    assert simulator.requests()[-1]["body"]["messages"] == MASKED_MESSAGES[:1]


def test_without_a_masker_the_request_is_refused_and_nothing_goes_upstream(maskerless_gateway, simulator):
    simulator.script({"content": [{"type": "text", "text": "should not be sent"}]})
    before = len(simulator.requests())
    with pytest.raises(anthropic.APIStatusError) as refused:
        client(maskerless_gateway).messages.create(model=MODEL, max_tokens=256, messages=MESSAGES)
    assert refused.value.status_code == 503
    assert "no nobody replica is running" in refused.value.message and "fail closed" in refused.value.message
    assert len(simulator.requests()) == before
    recorded = asyncio.run(raw_stream_messages(maskerless_gateway.nats_url))
    assert not any(b"request.received" in data for data in recorded)
    # Endpoints without client text are not asked about.
    assert client(maskerless_gateway).models.list().data is not None


@pytest.mark.parametrize("answer", ["error", "silence"])
def test_a_failing_or_silent_masker_refuses_the_request(maskerless_gateway, simulator, answer):
    async def run() -> None:
        nc = await nats_connect(maskerless_gateway.nats_url, "admin")

        async def serve(msg) -> None:
            if answer == "error":
                await msg.respond(msgspec.json.encode(MaskBodyReply(error="the masker failed (ValueError)")))

        await nc.subscribe(subjects.mask_body_subject("nobody"), queue="nobody", cb=serve)
        await nc.flush()
        try:
            with pytest.raises(anthropic.APIStatusError) as refused:
                await asyncio.to_thread(client(maskerless_gateway).messages.create, model=MODEL, max_tokens=256, messages=MESSAGES)
        finally:
            await nc.close()
        assert refused.value.status_code == 503 and "fail closed" in refused.value.message
        why = "failed with the masker failed (ValueError)" if answer == "error" else "did not answer within 300 ms"
        assert why in refused.value.message

    before = len(simulator.requests())
    asyncio.run(run())
    assert len(simulator.requests()) == before


# The walk, as a pure function.

RULES = compile_policy(MaskerPolicy())
KEY = b"k" * 32


def test_mask_request_body_masks_every_client_text_and_nothing_else():
    document = {
        "model": MODEL,
        "system": [{"type": "text", "text": f"Escalate to {EMAIL}.", "cache_control": {"type": "ephemeral"}}],
        "tools": [{"name": "Bash", "description": f"contact {EMAIL}", "input_schema": {"type": "object"}}],
        "messages": [
            {"role": "user", "content": [{"type": "text", "text": f"key {AWS_KEY}"}, {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "iVBORw0KGgo="}}]},
            {"role": "assistant", "content": [
                {"type": "thinking", "thinking": f"the user's mail is {EMAIL}", "signature": "sig"},
                {"type": "tool_use", "id": "t1", "name": "Bash", "input": {"command": f"echo {EMAIL}", "n": 3, "flags": [f"--key={AWS_KEY}", True]}},
            ]},
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "t1", "content": [{"type": "text", "text": CREDENTIALS}]}]},
        ],
    }
    original = copy.deepcopy(document)
    masked, found = mask_request_body(document, RULES, KEY)
    assert masked["system"][0]["text"] == "Escalate to [REDACTED:email]."
    assert masked["messages"][0]["content"][0]["text"] == "key [REDACTED:aws_access_key]"
    assert masked["messages"][1]["content"][1]["input"] == {"command": "echo [REDACTED:email]", "n": 3, "flags": ["--key=[REDACTED:aws_access_key]", True]}
    assert masked["messages"][2]["content"][0]["content"][0]["text"] == MASKED_CREDENTIALS
    # Untouched: tool definitions, images, thinking (its signature must stay valid), every other field.
    assert masked["tools"] == original["tools"]
    assert masked["messages"][0]["content"][1] == original["messages"][0]["content"][1]
    assert masked["messages"][1]["content"][0] == original["messages"][1]["content"][0]
    assert masked["system"][0]["cache_control"] == {"type": "ephemeral"}
    assert [(f.block_index, f.field, f.path) for f in found] == [
        (SYSTEM, "text", "system[0].text"),
        (0, "text", "messages[0].content[0].text"),
        (1, "tool_input", "messages[1].content[1].input.command"),
        (1, "tool_input", "messages[1].content[1].input.flags[0]"),
        (2, "text", "messages[2].content[0].content[0].text"),
    ]
    credentials = found[-1].findings
    assert [(f.type, CREDENTIALS[f.start:f.end]) for f in credentials] == [("aws_access_key", AWS_KEY), ("aws_secret_key", AWS_SECRET)]


def test_mask_request_body_leaves_a_clean_body_alone():
    document = {"model": MODEL, "system": "Be brief.", "messages": [{"role": "user", "content": ORDER}]}
    original = copy.deepcopy(document)
    masked, found = mask_request_body(document, RULES, KEY)
    assert found == [] and masked == original
    assert mask_request_body([1, 2], RULES, KEY) == ([1, 2], [])


def test_mask_body_keeps_the_bytes_unless_something_was_masked_and_honours_the_roles():
    active = ActivePolicy("v", MaskerPolicy(mask_requests=True, request_roles=["developer"]), RULES)
    developer = MaskBodyRequest(request_id="r", identity=Identity(subject="a", roles=("developer",)))
    clean = b'{"model": "m",  "messages": [{"role": "user", "content": "hi"}]}'
    assert mask_body(developer, clean, active, b"s") == (None, [])
    dirty = json.dumps({"messages": [{"role": "user", "content": f"mail {EMAIL}"}]}).encode()
    body, events = mask_body(developer, dirty, active, b"s")
    assert json.loads(body) == {"messages": [{"role": "user", "content": "mail [REDACTED:email]"}]}
    assert [(e.direction, e.block_index, e.field, e.policy_version) for e in events] == [("request", 0, "text", "v")]
    assert EMAIL.encode() not in msgspec.json.encode(events)
    ci = MaskBodyRequest(request_id="r", identity=Identity(subject="b", roles=("ci",)))
    assert mask_body(ci, dirty, active, b"s") == (None, [])
    off = ActivePolicy("v", MaskerPolicy(), RULES)
    assert mask_body(developer, dirty, off, b"s") == (None, [])


def test_request_roles_select_whose_requests_are_masked_and_are_validated():
    assert not masks_requests(MaskerPolicy(), ("developer",))
    assert masks_requests(MaskerPolicy(mask_requests=True), ("anyone",))
    assert masks_requests(MaskerPolicy(mask_requests=True, request_roles=["developer"]), ("ci", "developer"))
    assert not masks_requests(MaskerPolicy(mask_requests=True, request_roles=["developer"]), ("ci",))
    assert not masks_requests(MaskerPolicy(mask_requests=False, request_roles=["developer"]), ("developer",))
    with pytest.raises(PolicyError, match="request_roles"):
        MaskerPolicy(mask_requests=True, request_roles=["developer", "developer"])
    with pytest.raises(PolicyError, match="request_roles"):
        MaskerPolicy(mask_requests=True, request_roles=[" "])
