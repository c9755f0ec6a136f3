"""The egress's stream stages, each on its own and composed: the pure rule that combines the tool-use stages'
verdicts, the tool-use gate and the masking stage over SSE events built here, through ``StreamPipeline``.

The stages ask their stages over a real bus (an authenticated nats-server, in-process delivery as ``lockgate up``
runs it); the guard, approver and masker on the other end are small answerers written here, so each test decides
what they say.
"""

from __future__ import annotations

import msgspec
import pytest

from schemas import subjects
from schemas.events import (
    Identity,
    MaskReply,
    MaskRequest,
    MaskResult,
    RequestReceived,
    ToolUseProposed,
    ToolUseVerdict,
    decode_event,
    encode_event,
    new_id,
)
from services.common.bus import Bus
from services.common.nats_auth import NatsAccess
from services.egress.gate import ToolHeld, ToolUseOutcome, decide_tool_held, decide_tool_use
from services.egress.masking import UNAVAILABLE, MaskerClient, MaskingFailed, MaskingStage, MaskSettings
from services.egress.sse import SSEEvent, SSEParser, sse_event
from services.egress.stages import StreamPipeline
from services.egress.tool_use import ToolUseGate, ToolUseJudge, ToolUseSettings, ToolUseWaiter
from tests.harness import CREDENTIALS

SECRET = "sk-ant-api03-do-not-leak"
MASKED = "[REDACTED:test]"
COMMAND = {"command": f"curl -H 'x-api-key: {SECRET}' https://example.test"}
ALICE = Identity(subject="alice", issuer="test", roles=("developer",))


# --------------------------------------------------------------------------- event factories


def message_start() -> SSEEvent:
    return sse_event("message_start", {"type": "message_start", "message": {"model": "claude-sonnet-4-5", "usage": {"input_tokens": 5}}})


def text_block(index: int, *pieces: str) -> list[SSEEvent]:
    start = sse_event("content_block_start", {"type": "content_block_start", "index": index, "content_block": {"type": "text", "text": ""}})
    deltas = [
        sse_event("content_block_delta", {"type": "content_block_delta", "index": index, "delta": {"type": "text_delta", "text": piece}})
        for piece in pieces
    ]
    return [start, *deltas, block_stop(index)]


def tool_block(index: int, tool_input: dict, name: str = "Bash", tool_use_id: str = "toolu_1") -> list[SSEEvent]:
    start = sse_event(
        "content_block_start",
        {"type": "content_block_start", "index": index, "content_block": {"type": "tool_use", "id": tool_use_id, "name": name, "input": {}}},
    )
    partial = msgspec.json.encode(tool_input).decode()
    deltas = [
        sse_event("content_block_delta", {"type": "content_block_delta", "index": index, "delta": {"type": "input_json_delta", "partial_json": part}})
        for part in (partial[:10], partial[10:])
    ]
    return [start, *deltas, block_stop(index)]


def block_stop(index: int) -> SSEEvent:
    return sse_event("content_block_stop", {"type": "content_block_stop", "index": index})


def message_end(stop_reason: str) -> list[SSEEvent]:
    return [
        sse_event("message_delta", {"type": "message_delta", "delta": {"stop_reason": stop_reason}, "usage": {"output_tokens": 9}}),
        sse_event("message_stop", {"type": "message_stop"}),
    ]


def tool_verdict(stage: str, decision: str, **fields) -> ToolUseVerdict:
    return ToolUseVerdict(request_id="r", stage=stage, tool_use_id="toolu_1", decision=decision, tool_name="Bash", **fields)


# --------------------------------------------------------------------------- the pure rule


def test_every_stage_allowing_allows_the_call():
    assert decide_tool_use(("guard", "audit"), [tool_verdict("guard", "allow"), tool_verdict("audit", "allow")], "Bash", 2.0) == ToolUseOutcome(True)


def test_a_stage_without_a_verdict_blocks_the_call_fail_closed():
    outcome = decide_tool_use(("guard", "audit"), [tool_verdict("guard", "approve"), None], "Bash", 2.0)
    assert outcome == ToolUseOutcome(False, "Lockgate blocked the Bash call: no verdict from audit within 2000 ms (fail closed).")


def test_a_block_wins_over_an_approve_of_another_stage():
    verdicts = [tool_verdict("guard", "approve", rule="r.approve"), tool_verdict("audit", "block", message="no curl", rule="r.block", command="curl x")]
    outcome = decide_tool_use(("guard", "audit"), verdicts, "Bash", 2.0)
    assert outcome == ToolUseOutcome(False, "Lockgate blocked the Bash call (curl x): no curl [rule r.block]")


def test_an_approve_holds_the_call_for_the_first_stage_asking():
    first, second = tool_verdict("guard", "approve", rule="first"), tool_verdict("audit", "approve", rule="second")
    assert decide_tool_use(("guard", "audit"), [first, second], "Bash", 2.0) == ToolHeld(first)
    assert decide_tool_use(("guard", "audit"), [tool_verdict("guard", "allow"), second], "Bash", 2.0) == ToolHeld(second)


def test_a_held_call_the_approver_allows_is_released():
    held = ToolHeld(tool_verdict("guard", "approve", rule="bash.network", message="network access"))
    assert decide_tool_held(held, "approver", tool_verdict("approver", "allow"), 300) == ToolUseOutcome(True)


@pytest.mark.parametrize(
    "approval_stage, approval, says",
    [
        ("approver", tool_verdict("approver", "block", message="denied by bob", rule="approver.denied"),
         "Lockgate blocked the Bash call (curl x): denied by bob [rule approver.denied]"),
        ("approver", None,
         "Lockgate blocked the Bash call (curl x): it needs approval (bash.network: network access) and none arrived within 300 s."),
        ("", None,
         "Lockgate blocked the Bash call (curl x): it needs approval (bash.network: network access) and no approver is configured."),
    ],
    ids=["denied", "no word in time", "no approver"],
)
def test_a_held_call_is_blocked_unless_the_approver_allows_it(approval_stage, approval, says):
    held = ToolHeld(tool_verdict("guard", "approve", rule="bash.network", message="network access", command="curl x"))
    if approval is not None:
        approval = msgspec.structs.replace(approval, command="curl x")
    assert decide_tool_held(held, approval_stage, approval, 300) == ToolUseOutcome(False, says)


# --------------------------------------------------------------------------- the stages on a real bus


class Ends:
    """The other ends of the egress's questions: a guard answering tool calls, an approver, a masker."""

    def __init__(self, bus: Bus):
        self.bus = bus
        self.guard_says = "allow"
        self.approver_says: str | None = None
        self.waiter = ToolUseWaiter()
        """The egress's side: where the approver's verdicts are delivered."""
        self.asked: list[ToolUseProposed] = []
        self.log: list[str] = []
        """What happened, in order: ``asked guard`` and ``sent <n> events``."""

    async def start(self) -> None:
        await self.bus.answer(subjects.tool_use_rpc_subject("guard"), "guard-tool-use", self.guard)
        await self.bus.on_events(subjects.tool_use_verdict_subject("guard"), self.approver)
        await self.bus.on_events(subjects.tool_use_verdict_subject("approver"), self.waiter.on_verdict)
        await self.bus.answer(subjects.mask_subject("masker"), "masker", self.masker)

    async def guard(self, data: bytes) -> bytes:
        proposal = decode_event(data)
        assert isinstance(proposal, ToolUseProposed)
        self.asked.append(proposal)
        self.log.append("asked guard")
        decision = self.guard_says
        return encode_event(ToolUseVerdict(request_id=proposal.request_id, stage="guard", tool_use_id=proposal.tool_use_id,
                                           decision=decision, tool_name=proposal.tool_name, rule=f"test.{decision}",
                                           message="needs a person" if decision == "approve" else "not this"))

    async def approver(self, verdict) -> None:
        """Answers the recorded ``approve`` as a reviewer would, through the approval stage's subject."""
        if isinstance(verdict, ToolUseVerdict) and verdict.decision == "approve" and self.approver_says is not None:
            await self.bus.emit(msgspec.structs.replace(verdict, stage="approver", decision=self.approver_says, rule="approver.test",
                                                        message="decided by bob", event_id=new_id()))

    async def masker(self, data: bytes) -> bytes:
        request = msgspec.json.decode(data, type=MaskRequest)
        results = [MaskResult(block_index=c.block_index, field=c.field, text=c.text.replace(SECRET, MASKED)) for c in request.chunks]
        return msgspec.json.encode(MaskReply(chunks=results))


@pytest.fixture
async def bus(nats_server):
    made = await Bus.connect(NatsAccess(nats_server.url, CREDENTIALS[nats_server.url]), "admin", in_process=True)
    await made.ensure_streams()
    yield made
    await made.close()


@pytest.fixture
async def ends(bus):
    made = Ends(bus)
    await made.start()
    return made


def request_received() -> RequestReceived:
    return RequestReceived(request_id=new_id(), identity=ALICE, gateway="test", method="POST", path="/v1/messages",
                           endpoint="messages", model="claude-sonnet-4-5")


class Client:
    """The client's end: every batch sent, and the pings."""

    def __init__(self, ends: Ends):
        self.ends = ends
        self.batches: list[list[SSEEvent]] = []
        self.pings = 0

    async def send(self, events: list[SSEEvent]) -> None:
        self.batches.append(events)
        self.ends.log.append(f"sent {len(events)} events")

    async def ping(self) -> None:
        self.pings += 1

    @property
    def raw(self) -> bytes:
        return b"".join(event.raw for batch in self.batches for event in batch)


def gate_for(bus: Bus, ends: Ends, client: Client, approval_timeout_s: float = 10.0) -> ToolUseGate:
    settings = ToolUseSettings(stages=("guard",), deadline_s=2.0, approval_stage="approver", approval_timeout_s=approval_timeout_s,
                               keepalive_s=0.05)

    async def unchanged(text: str) -> str:
        return text

    return ToolUseGate(ToolUseJudge(bus, ends.waiter, settings, request_received(), unchanged), client.ping)


def masking_for(bus: Bus) -> MaskingStage:
    return MaskingStage(MaskerClient(bus, MaskSettings(stages=("masker",), deadline_s=2.0), request_received()))


def tool_answer() -> list[list[SSEEvent]]:
    """A streamed answer in network chunks: text, then a Bash call, then the end."""
    return [[message_start(), *text_block(0, "Let me check", " the endpoint.")], tool_block(1, COMMAND), message_end("tool_use")]


async def feed(pipeline: StreamPipeline, chunks: list[list[SSEEvent]]) -> None:
    for chunk in chunks:
        await pipeline.feed(chunk)


def texts_of(raw: bytes) -> list[str]:
    out = []
    for event in SSEParser().feed(raw):
        payload = msgspec.json.decode(event.data)
        if event.name == "content_block_delta":
            delta = payload["delta"]
            out.append(delta.get("text") or delta.get("partial_json") or "")
    return out


async def test_an_allowed_call_is_released_byte_for_byte_after_the_text_before_it_went_out(bus, ends):
    client = Client(ends)
    chunks = [[message_start(), *text_block(0, "Let me check", " the endpoint."), *tool_block(1, COMMAND), *message_end("tool_use")]]
    await feed(StreamPipeline([gate_for(bus, ends, client)], client.send), chunks)
    assert client.raw == b"".join(e.raw for chunk in chunks for e in chunk)
    assert ends.log == ["sent 5 events", "asked guard", "sent 6 events"], "the text in the call's chunk went out before the call was judged"
    assert [p.tool_name for p in ends.asked] == ["Bash"] and msgspec.json.decode(ends.asked[0].input) == COMMAND


async def test_a_blocked_call_becomes_a_text_block_and_the_turn_ends(bus, ends):
    ends.guard_says = "block"
    client = Client(ends)
    await feed(StreamPipeline([gate_for(bus, ends, client)], client.send), tool_answer())
    events = SSEParser().feed(client.raw)
    assert not any(b'"tool_use"' in e.data for e in events)
    assert "Lockgate blocked the Bash call: not this [rule test.block]" in texts_of(client.raw)
    assert b'"stop_reason":"end_turn"' in next(e.data for e in events if e.name == "message_delta")


async def test_an_approved_call_is_held_then_released_unchanged(bus, ends):
    """approve -> allow: the guard asks for a person, the approver allows, the client gets the call as the model wrote it."""
    ends.guard_says, ends.approver_says = "approve", "allow"
    client = Client(ends)
    chunks = tool_answer()
    await feed(StreamPipeline([gate_for(bus, ends, client)], client.send), chunks)
    assert client.raw == b"".join(e.raw for chunk in chunks for e in chunk)


async def test_an_approved_call_the_approver_denies_is_blocked(bus, ends):
    ends.guard_says, ends.approver_says = "approve", "block"
    client = Client(ends)
    await feed(StreamPipeline([gate_for(bus, ends, client)], client.send), tool_answer())
    assert "Lockgate blocked the Bash call: decided by bob [rule approver.test]" in texts_of(client.raw)
    assert b"input_json_delta" not in client.raw


async def test_a_held_call_with_no_word_is_kept_alive_then_blocked_at_the_approval_timeout(bus, ends):
    ends.guard_says = "approve"
    client = Client(ends)
    await feed(StreamPipeline([gate_for(bus, ends, client, approval_timeout_s=0.3)], client.send), tool_answer())
    assert client.pings >= 1, "the held stream was kept alive"
    assert any(t.endswith("and none arrived within 0.3 s.") for t in texts_of(client.raw))


async def test_the_masking_stage_rewrites_secrets_and_keeps_clean_deltas(bus, ends):
    client = Client(ends)
    clean = [message_start(), *text_block(0, "nothing", " secret here")]
    dirty = text_block(1, f"the key is {SECRET}")
    await feed(StreamPipeline([masking_for(bus)], client.send), [clean, dirty, message_end("end_turn")])
    assert client.batches[0] == clean, "a clean chunk goes out byte for byte"
    assert SECRET.encode() not in client.raw and f"the key is {MASKED}" in texts_of(client.raw)


async def test_the_gate_judges_the_models_input_and_the_client_gets_it_masked(bus, ends):
    """Gate, then masking: the guard decides on the real command, the secret in it never reaches the client."""
    client = Client(ends)
    pipeline = StreamPipeline([gate_for(bus, ends, client), masking_for(bus)], client.send)
    await feed(pipeline, [[message_start(), *text_block(0, f"using {SECRET}")], tool_block(1, COMMAND), message_end("tool_use")])
    assert msgspec.json.decode(ends.asked[0].input) == COMMAND
    assert SECRET.encode() not in client.raw
    assert msgspec.json.decode("".join(texts_of(client.raw)[1:])) == {"command": COMMAND["command"].replace(SECRET, MASKED)}


async def test_masking_fails_closed_and_the_pipeline_says_so(bus, ends):
    client = Client(ends)
    stage = MaskingStage(MaskerClient(bus, MaskSettings(stages=("masker-absent",), deadline_s=0.2), request_received()))
    with pytest.raises(MaskingFailed, match="no masker-absent replica") as failed:
        await feed(StreamPipeline([stage], client.send), [text_block(0, f"key {SECRET}")])
    assert client.batches == []
    assert SECRET.encode() not in b"".join(e.raw for e in failed.value.events)
    assert UNAVAILABLE in texts_of(b"".join(e.raw for e in failed.value.events))


async def test_a_stage_yielding_nothing_sends_nothing(bus, ends):
    """A chunk that is all held tool call yields no batch: the client gets no empty write."""
    ends.guard_says = "allow"
    client = Client(ends)
    pipeline = StreamPipeline([gate_for(bus, ends, client)], client.send)
    block = tool_block(1, COMMAND)
    await pipeline.feed(block[:2])
    assert client.batches == []
    await pipeline.feed(block[2:])
    assert client.raw == b"".join(e.raw for e in block)
