"""The masker worker against a real nats-server: replicas sharing streams, events, roles, and failing closed.

The workers run on a nats-server of their own, so no gateway's masker replica joins their queue group.
"""

from __future__ import annotations

import asyncio
import random

import msgspec
import pytest

from schemas import subjects
from schemas.events import Identity, MaskChunk, Masked, MaskReply, RequestReceived, decode_event, new_id
from services.common.bus import Bus
from services.common.embedded_nats import EmbeddedNats
from services.common.policy_store import PolicyError, policy_document, push_policy
from services.egress.masking import SPLIT_BYTES, UNAVAILABLE, MaskerClient, MaskingFailed, MaskingStage, MaskSettings
from services.egress.sse import SSEEvent, SSEParser, encode_sse
from services.masker import MaskerPolicy, compile_policy, mask_text
from services.masker.policy import check_policy
from services.masker.worker import MaskerWorker, session_key
from tests.harness import raw_stream_messages

SECRET = "test-masker-secret"
ALICE = Identity(subject="alice", issuer="test", roles=("developer",))
ANALYST = Identity(subject="ann", issuer="test", roles=("analyst",))
AWS = "AKIAQYLPMN5HHHFPZAM2"
CARD = "4539 1488 0343 6467"
EMAIL = "dana.kovacs@fastmail.fm"
SECRETS = (AWS, CARD, EMAIL)
POLICY = """
version = "masker-test"

[masker]
styles = { email = "hash" }
fields = ["text", "tool_input", "thinking"]
role_fields = { analyst = ["text"] }
"""
TEXT = (
    f"Here is the config you asked for. The deploy user has key {AWS} and the billing card on file is "
    f"{CARD}; questions go to {EMAIL}. Order 4111111111111112 and id 550e8400-e29b-41d4-a716-446655440000 "
    f"stay as they are. Again: {EMAIL}, {AWS}."
) * 3


@pytest.fixture(scope="module")
def masker_nats(tmp_path_factory):
    server = EmbeddedNats(tmp_path_factory.mktemp("masker-nats")).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
async def replicas(masker_nats):
    """Two replicas, each on its own connection, sharing the queue group and the secret."""
    with pytest.MonkeyPatch.context() as env:
        env.setenv("LOCKGATE_MASKER_SECRET", SECRET)
        admin = await Bus.connect(masker_nats.url)
        await admin.ensure_streams()
        document = policy_document(POLICY)
        await push_policy(admin, document)
        workers = []
        for _ in range(2):
            worker = MaskerWorker(await Bus.connect(masker_nats.url))
            await worker.start()
            assert worker.policy_version == document.version
            workers.append(worker)
    yield admin, workers
    for worker in workers:
        await worker.stop()
        await worker.bus.close()
    await admin.close()


def expected(text: str, identity: Identity = ALICE, session: str = "s1") -> str:
    rules = compile_policy(MaskerPolicy(styles={"email": "hash"}))
    return mask_text(text, rules, session_key(SECRET.encode(), identity, session))[0]


def received(identity: Identity = ALICE, session: str = "s1") -> RequestReceived:
    return RequestReceived(
        request_id=new_id(), session_id=session, identity=identity, gateway="g", method="POST",
        path="/v1/messages", endpoint="messages",
    )


def split(text: str, seed: int) -> list[str]:
    rng = random.Random(seed)
    cuts, position = [], 0
    while position < len(text):
        step = rng.randint(1, 9)
        cuts.append(text[position:position + step])
        position += step
    return cuts


async def test_two_replicas_serve_one_stream_and_it_masks_like_the_whole_text(replicas):
    admin, workers = replicas
    before = [worker.served for worker in workers]
    masker = MaskerClient(admin, MaskSettings(("masker",), 1.0), received())
    pieces = split(TEXT, seed=7)
    out = []
    for n, piece in enumerate(pieces):
        final = n == len(pieces) - 1
        [text] = await masker.mask([MaskChunk(block_index=0, field="text", text=piece, final=final)])
        out.append(text)
    assert "".join(out) == expected(TEXT)
    assert all(token in "".join(out) for token in ("[REDACTED:aws_access_key]", "[REDACTED:card]", "[email:"))
    served = [worker.served - b for worker, b in zip(workers, before, strict=True)]
    assert sum(served) == len(pieces) and min(served) > 0, f"both replicas serve the stream: {served}"


async def test_masked_events_carry_offsets_and_rule_ids_never_the_values(replicas, masker_nats):
    admin, workers = replicas
    raw: list[bytes] = []

    async def record(msg) -> None:
        raw.append(msg.data)

    subscription = await admin.nc.subscribe(subjects.MASKED, cb=record)
    request = received(session="events")
    masker = MaskerClient(admin, MaskSettings(("masker",), 1.0), request)
    for piece in split(TEXT, seed=3):
        await masker.mask([MaskChunk(block_index=2, field="text", text=piece)])
    await masker.mask([MaskChunk(block_index=2, field="text", text="", final=True)])
    await asyncio.sleep(0.2)
    await subscription.unsubscribe()

    events = [decode_event(data) for data in raw]
    assert events and all(isinstance(e, Masked) and e.request_id == request.request_id for e in events)
    assert {(e.block_index, e.field, e.policy_version) for e in events} == {(2, "text", workers[0].policy_version)}
    findings = [f for e in events for f in e.findings]
    whole = mask_text(TEXT, compile_policy(MaskerPolicy()), b"k")[1]
    assert sorted((f.rule_id, f.start, f.end) for f in findings) == sorted((f.rule_id, f.start, f.end) for f in whole)
    assert all(TEXT[f.start:f.end] in SECRETS for f in findings)
    assert {f.rule_id for f in findings} >= {"aws_access_key_id", "email"}
    recorded = await raw_stream_messages(masker_nats.url)
    assert len(recorded) >= len(raw)
    for data in raw + recorded:
        for secret in SECRETS:
            assert secret.encode() not in data and secret.replace(" ", "").encode() not in data


async def test_fields_are_chosen_per_role(replicas):
    admin, _ = replicas
    tool_input = f'{{"note": "key {AWS}"}}'
    chunks = [
        MaskChunk(block_index=0, field="text", text=f"key {AWS}", final=True),
        MaskChunk(block_index=1, field="tool_input", text=tool_input, final=True),
    ]
    developer = await MaskerClient(admin, MaskSettings(("masker",), 1.0), received()).mask(chunks)
    analyst = await MaskerClient(admin, MaskSettings(("masker",), 1.0), received(ANALYST)).mask(chunks)
    assert developer == ["key [REDACTED:aws_access_key]", '{"note": "key [REDACTED:aws_access_key]"}']
    assert analyst == ["key [REDACTED:aws_access_key]", tool_input]


async def test_an_unreadable_request_is_answered_with_an_error(replicas):
    admin, _ = replicas
    msg = await admin.nc.request(subjects.mask_subject("masker"), b"{not json", timeout=1)
    reply = msgspec.json.decode(msg.data, type=MaskReply)
    assert reply.error and not reply.chunks


def test_a_pattern_re2_cannot_run_is_a_policy_error():
    with pytest.raises(PolicyError, match="masker"):
        check_policy(policy_document('[masker]\ncustom_rules = [{ id = "x", type = "x", pattern = "(a)\\\\1" }]\n'))
    check_policy(policy_document('version = "no-masker-section"\n'))


def sse(name: str, payload: dict) -> SSEEvent:
    data = msgspec.json.encode({"type": name, **payload})
    return SSEEvent(name, data, encode_sse(name, data))


def delta(index: int, kind: str, key: str, text: str) -> SSEEvent:
    return sse("content_block_delta", {"index": index, "delta": {"type": kind, key: text}})


async def test_stage_keeps_blocks_valid_and_flushes_before_each_stop(replicas):
    """Thinking, text and tool input, each secret split over network chunks; other deltas pass untouched."""
    admin, _ = replicas
    stage = MaskingStage(MaskerClient(admin, MaskSettings(("masker",), 1.0), received()))
    tool_json = msgspec.json.encode({"command": f"echo {AWS}"}).decode()
    batches = [
        [sse("message_start", {"message": {}}), sse("content_block_start", {"index": 0, "content_block": {"type": "thinking", "thinking": ""}}),
         delta(0, "thinking_delta", "thinking", f"the user's mail is {EMAIL[:9]}")],
        [delta(0, "thinking_delta", "thinking", EMAIL[9:]), delta(0, "signature_delta", "signature", "sig=="),
         sse("content_block_stop", {"index": 0}),
         sse("content_block_start", {"index": 1, "content_block": {"type": "text", "text": ""}}),
         delta(1, "text_delta", "text", f"card {CARD[:7]}")],
        [delta(1, "text_delta", "text", CARD[7:12]), delta(1, "text_delta", "text", CARD[12:])],
        [delta(1, "text_delta", "text", " ok"), sse("content_block_stop", {"index": 1}),
         sse("content_block_start", {"index": 2, "content_block": {"type": "tool_use", "id": "t", "name": "Bash", "input": {}}}),
         delta(2, "input_json_delta", "partial_json", tool_json[:14]), delta(2, "input_json_delta", "partial_json", tool_json[14:]),
         sse("content_block_stop", {"index": 2}), sse("message_stop", {})],
    ]
    out = [event for batch in batches for event in await stage.on_events(batch)]
    reparsed = SSEParser().feed(b"".join(e.raw for e in out))
    names = [e.name for e in reparsed]
    assert names[0] == "message_start" and names[-1] == "message_stop"
    texts, open_blocks = {0: "", 1: "", 2: ""}, set()
    for event in reparsed:
        payload = msgspec.json.decode(event.data)
        if event.name == "content_block_start":
            open_blocks.add(payload["index"])
        elif event.name == "content_block_stop":
            open_blocks.remove(payload["index"])
        elif event.name == "content_block_delta":
            assert payload["index"] in open_blocks
            d = payload["delta"]
            texts[payload["index"]] += d.get("thinking") or d.get("text") or d.get("partial_json") or ""
    assert not open_blocks
    assert texts[0].startswith("the user's mail is [email:") and EMAIL not in texts[0]
    assert texts[1] == "card [REDACTED:card] ok"
    assert msgspec.json.decode(texts[2]) == {"command": "echo [REDACTED:aws_access_key]"}
    assert any(e.name == "content_block_delta" and b"signature_delta" in e.data for e in reparsed)


def text_of(batches: list[list[SSEEvent]]) -> str:
    deltas = (e for batch in batches for e in batch if e.name == "content_block_delta")
    return "".join(msgspec.json.decode(e.data)["delta"]["text"] for e in deltas)


async def test_a_large_burst_sends_its_first_delta_before_the_rest_is_masked(replicas):
    """Time to first token must not grow with the burst: the first delta goes out alone, once per answer."""
    admin, _ = replicas
    stage = MaskingStage(MaskerClient(admin, MaskSettings(("masker",), 1.0), received()))
    pieces = [TEXT[i : i + 8] for i in range(0, len(TEXT), 8)]
    start = sse("content_block_start", {"index": 0, "content_block": {"type": "text", "text": ""}})
    burst = [start] + [delta(0, "text_delta", "text", piece) for piece in pieces]
    assert sum(len(e.raw) for e in burst) >= SPLIT_BYTES
    first_chunk = [batch async for batch in stage.releases(burst)]
    second_chunk = [batch async for batch in stage.releases(burst[1:] + [sse("content_block_stop", {"index": 0})])]
    assert [len(batch) for batch in first_chunk][:1] == [2] and len(first_chunk) == 2, "start + first delta, then the rest"
    assert len(second_chunk) == 1, "split once per answer"
    assert text_of(first_chunk + second_chunk) == expected(TEXT + TEXT)


async def test_a_small_clean_burst_keeps_its_deltas_byte_for_byte(replicas):
    admin, _ = replicas
    stage = MaskingStage(MaskerClient(admin, MaskSettings(("masker",), 1.0), received()))
    clean = "a streamed answer that arrives in many small deltas and holds no secret at all"
    start = sse("content_block_start", {"index": 0, "content_block": {"type": "text", "text": ""}})
    burst = [start] + [delta(0, "text_delta", "text", clean[i : i + 5]) for i in range(0, len(clean), 5)]
    burst.append(sse("content_block_stop", {"index": 0}))
    assert [batch async for batch in stage.releases(burst)] == [burst]


async def test_a_paced_first_delta_goes_out_with_its_own_chunk_only_a_word_in_progress_waits(replicas):
    """Time to first token: a model's first delta is masked and sent before the next one arrives; only a last word the
    next delta may still extend (into a key name or a secret) waits for it."""
    admin, _ = replicas
    stage = MaskingStage(MaskerClient(admin, MaskSettings(("masker",), 1.0), received()))
    start = sse("content_block_start", {"index": 0, "content_block": {"type": "text", "text": ""}})
    first = delta(0, "text_delta", "text", "Sure! ")
    assert [batch async for batch in stage.releases([start, first])] == [[start, first]], "at once, byte for byte"
    assert text_of([batch async for batch in stage.releases([delta(0, "text_delta", "text", "Here it")])]) == "Here "
    last = [delta(0, "text_delta", "text", " is."), sse("content_block_stop", {"index": 0})]
    assert text_of([batch async for batch in stage.releases(last)]) == "it is."


async def test_stage_fails_closed_when_no_masker_answers(replicas):
    admin, _ = replicas
    stage = MaskingStage(MaskerClient(admin, MaskSettings(("masker-absent",), 0.2), received()))
    start = sse("content_block_start", {"index": 0, "content_block": {"type": "text", "text": ""}})
    with pytest.raises(MaskingFailed, match="no masker-absent replica is running") as failed:
        await stage.on_events([start, delta(0, "text_delta", "text", f"key {AWS}")])
    released = b"".join(e.raw for e in failed.value.events)
    assert AWS.encode() not in released and UNAVAILABLE.encode() in released and b"content_block_start" in released


async def test_stage_fails_closed_when_the_masker_is_too_slow(replicas):
    admin, _ = replicas
    async def ignore(msg) -> None:
        pass

    silent = await admin.nc.subscribe(subjects.mask_subject("masker-silent"), queue="masker-silent", cb=ignore)
    try:
        stage = MaskingStage(MaskerClient(admin, MaskSettings(("masker-silent",), 0.1), received()))
        with pytest.raises(MaskingFailed, match="did not answer within 100 ms"):
            await stage.on_events([delta(0, "text_delta", "text", f"key {AWS}")])
    finally:
        await silent.unsubscribe()
