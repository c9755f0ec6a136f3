"""Masking end to end: the ``anthropic`` SDK through ``lockgate up`` (with its masker) to the simulated upstream.

The simulator writes each SSE event separately (``delay_ms``), so each scripted text
delta normally reaches the gateway as its own network chunk and the masker sees each
split; the boundary test checks that on the wire (the masker's requests) and retries a
round whose chunks the network merged.
"""

from __future__ import annotations

import asyncio
import http.client
import itertools
import json

import anthropic
import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schemas import subjects
from schemas.events import MaskRequest, ResponseFailed
from tests.conftest import FAST_RETRIES
from tests.harness import nats_connect, raw_stream_messages, read_events

MODEL = "claude-haiku-4-5"
HELLO = [{"role": "user", "content": "Hello"}]
AWS = "AKIAQYLPMN5HHHFPZAM2"
CARD = "4539 1488 0343 6467"
EMAIL = "dana.kovacs@fastmail.fm"
SECRETS = {AWS: "[REDACTED:aws_access_key]", CARD: "[REDACTED:card]", EMAIL: "[REDACTED:email]"}
NOT_A_CARD = "4111111111111112"  # Luhn-invalid
UUID = "550e8400-e29b-41d4-a716-446655440000"
TEXT = (
    f"Deploy notes: the old key {AWS} was rotated. Charge the card {CARD} and send receipts to "
    f"{EMAIL}. Order {NOT_A_CARD} and request {UUID} need nothing."
)
UNAVAILABLE_STAGE = "masker-unavailable"
FRAME_GAP_MS = 5
"""Between the simulator's SSE events: far longer than a masking round trip, so chunks stay apart."""


def masked(text: str) -> str:
    for secret, token in SECRETS.items():
        text = text.replace(secret, token)
    return text


EXPECTED = masked(TEXT)


@pytest.fixture(scope="module")
def masked_gateway(start_gateway):
    """Default stages (masker included), on a nats-server of its own so its stream holds only these tests."""
    return start_gateway(FAST_RETRIES)


@pytest.fixture(scope="module")
def tapped_gateway(start_gateway):
    """As ``masked_gateway``, with every masking request on NATS (``deliver_in_process = false``) so a test can watch
    them. Its tests judge how text is cut, not deadlines: a masker slowed by a busy machine gets 10 s, not the 1 s
    that would fail the answer closed."""
    return start_gateway(FAST_RETRIES + "[gateway]\ndeliver_in_process = false\nmask_deadline_ms = 10000\n")


@pytest.fixture(scope="module")
def unmasked_gateway(start_gateway):
    """Masks through a stage no worker serves: every answer must fail closed."""
    return start_gateway(FAST_RETRIES + f'[gateway]\nmask_stages = ["{UNAVAILABLE_STAGE}"]\nmask_deadline_ms = 300\n')


def client_of(gateway) -> anthropic.Anthropic:
    return anthropic.Anthropic(base_url=gateway.url, api_key=gateway.token(), max_retries=0)


def streamed_text(gateway, simulator, pieces: list[str]) -> str:
    simulator.script({"content": [{"type": "text", "text": "".join(pieces)}], "chunks": pieces, "delay_ms": FRAME_GAP_MS})
    with client_of(gateway).messages.stream(model=MODEL, max_tokens=256, messages=HELLO) as stream:
        kinds = [(event.type, getattr(event, "index", None)) for event in stream]
        final = stream.get_final_message()
    starts = [index for kind, index in kinds if kind == "content_block_start"]
    stops = [index for kind, index in kinds if kind == "content_block_stop"]
    assert starts == stops == [0]
    assert [block.type for block in final.content] == ["text"]
    return final.content[0].text


def split_at(text: str, cuts) -> list[str]:
    points = sorted({0, len(text), *cuts})
    return [text[a:b] for a, b in itertools.pairwise(points)]


TRIES = 20
"""A loaded machine (the suite runs on two workers) may deliver two frames in one read; the cut is retried until
the masker saw it apart. Only a merged round costs a retry."""


async def test_each_secret_split_at_every_boundary_arrives_masked(tapped_gateway, simulator):
    """Round k cuts every secret k characters in, so every boundary of every secret is tried; a
    listener on the masking subject checks that the masker received the text cut there."""
    requests: list[MaskRequest] = []

    async def tap(msg) -> None:
        requests.append(msgspec.json.decode(msg.data, type=MaskRequest))

    nc = await nats_connect(tapped_gateway.nats_url, "admin")
    await nc.subscribe(subjects.mask_subject("masker"), cb=tap)
    await nc.flush()
    starts = {secret: TEXT.index(secret) for secret in SECRETS}
    try:
        for k in range(1, max(map(len, SECRETS))):
            cuts = {start + k for secret, start in starts.items() if k < len(secret)}
            for _ in range(TRIES):
                requests.clear()
                text = await asyncio.to_thread(streamed_text, tapped_gateway, simulator, split_at(TEXT, cuts))
                assert text == EXPECTED, f"cut {k} characters in"
                await asyncio.sleep(0.05)
                seen = set(itertools.accumulate(len(c.text) for r in requests for c in r.chunks))
                if cuts <= seen:
                    break
            else:
                pytest.fail(f"the network merged the chunks cut at {sorted(cuts - seen)} in {TRIES} tries")
    finally:
        await nc.close()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cuts=st.lists(st.integers(min_value=1, max_value=len(TEXT) - 1), min_size=1, max_size=16))
def test_any_chunking_arrives_masked_and_nothing_else_changes(masked_gateway, simulator, cuts):
    assert streamed_text(masked_gateway, simulator, split_at(TEXT, cuts)) == EXPECTED


def test_the_same_answer_non_streamed_is_masked_identically(masked_gateway, simulator):
    simulator.script({"content": [{"type": "text", "text": TEXT}]})
    message = client_of(masked_gateway).messages.create(model=MODEL, max_tokens=256, messages=HELLO)
    assert message.content[0].text == EXPECTED
    assert NOT_A_CARD in message.content[0].text and UUID in message.content[0].text


NOTE = {"note": f"rotate {AWS}, card {CARD}", "to": EMAIL, "ticket": UUID}
MASKED_NOTE = {"note": "rotate [REDACTED:aws_access_key], card [REDACTED:card]", "to": "[REDACTED:email]", "ticket": UUID}


@pytest.mark.parametrize("stream", [True, False], ids=["streamed", "json"])
def test_a_tool_input_holding_secrets_arrives_masked_and_valid(masked_gateway, simulator, stream):
    reply = {"content": [{"type": "text", "text": "Saving it."}, {"type": "tool_use", "name": "save_note", "input": NOTE}], "chunk_size": 5}
    simulator.script({**reply, "delay_ms": FRAME_GAP_MS} if stream else reply)
    client = client_of(masked_gateway)
    if stream:
        with client.messages.stream(model=MODEL, max_tokens=256, messages=HELLO) as events:
            message = events.get_final_message()
    else:
        message = client.messages.create(model=MODEL, max_tokens=256, messages=HELLO)
    assert [block.type for block in message.content] == ["text", "tool_use"]
    assert message.content[1].input == MASKED_NOTE
    assert message.stop_reason == "tool_use"


def test_no_secret_is_recorded_or_logged(masked_gateway, simulator):
    """Runs after the tests above on the same gateway, whose answers included a tool call with a
    secret in its input: the guard judged the real input, the stream records it masked."""
    simulator.script({"content": [{"type": "text", "text": TEXT}], "chunk_size": 7})
    client_of(masked_gateway).messages.create(model=MODEL, max_tokens=256, messages=HELLO)
    recorded = asyncio.run(raw_stream_messages(masked_gateway.nats_url))
    kinds = {msgspec.json.decode(data)["type"] for data in recorded}
    assert {"masked", "tool_use.proposed", "tool_use.verdict"} <= kinds
    for secret in SECRETS:
        for form in {secret, secret.replace(" ", "")}:
            assert not any(form.encode() in data for data in recorded), f"{form} recorded"
            assert form not in masked_gateway.log()


def raw_stream(gateway) -> tuple[int, bytes]:
    """The streamed answer's bytes exactly as the client receives them."""
    connection = http.client.HTTPConnection("127.0.0.1", gateway.port, timeout=10)
    body = {"model": MODEL, "max_tokens": 256, "messages": HELLO, "stream": True}
    connection.request("POST", "/v1/messages", body=json.dumps(body), headers={"content-type": "application/json", "x-api-key": gateway.token()})
    response = connection.getresponse()
    return response.status, response.read()


def assert_withheld(status: int, data: bytes, why: str) -> None:
    assert status == 200
    assert b"[REDACTED:masker-unavailable]" in data
    assert b"event: error" in data and why.encode() in data and b"fail closed" in data
    assert b"message_stop" not in data
    for word in ("Deploy", AWS, EMAIL, CARD[:4]):
        assert word.encode() not in data


def test_without_a_masker_the_stream_fails_closed(unmasked_gateway, simulator):
    simulator.script({"content": [{"type": "text", "text": TEXT}], "chunk_size": 9, "delay_ms": FRAME_GAP_MS})
    status, data = raw_stream(unmasked_gateway)
    assert_withheld(status, data, f"no {UNAVAILABLE_STAGE} replica is running")

    simulator.script({"content": [{"type": "text", "text": TEXT}]})
    with pytest.raises(anthropic.APIStatusError) as refused:
        client_of(unmasked_gateway).messages.create(model=MODEL, max_tokens=256, messages=HELLO)
    assert refused.value.status_code == 503 and "withheld" in refused.value.message
    assert AWS not in str(refused.value.body)

    failed = [e for e in asyncio.run(read_events(unmasked_gateway.nats_url, until=lambda events: sum(isinstance(e, ResponseFailed) for e in events) >= 2)) if isinstance(e, ResponseFailed)]
    assert len(failed) == 2 and {(e.status, e.error_type) for e in failed} == {(503, "api_error")}


def test_a_masker_that_does_not_answer_in_time_fails_closed(unmasked_gateway, simulator):
    async def run() -> tuple[int, bytes]:
        nc = await nats_connect(unmasked_gateway.nats_url, "admin")

        async def ignore(msg) -> None:
            pass

        await nc.subscribe(subjects.mask_subject(UNAVAILABLE_STAGE), queue=UNAVAILABLE_STAGE, cb=ignore)
        await nc.flush()
        try:
            return await asyncio.to_thread(raw_stream, unmasked_gateway)
        finally:
            await nc.close()

    simulator.script({"content": [{"type": "text", "text": TEXT}], "chunk_size": 9, "delay_ms": FRAME_GAP_MS})
    status, data = asyncio.run(run())
    assert_withheld(status, data, "did not answer within 300 ms")
    failed = [e for e in asyncio.run(read_events(unmasked_gateway.nats_url)) if isinstance(e, ResponseFailed)]
    assert "did not answer within 300 ms" in failed[-1].message
