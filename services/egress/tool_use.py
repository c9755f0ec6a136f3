"""Holding ``tool_use`` blocks until the guard has judged them, streamed or not.

The model's tool calls are what the agent will run. Each complete call is put
to every tool-use stage over core NATS request/reply on
``lockgate-rpc.tool_use.<stage>`` (never recorded: the input is as the model
wrote it, secrets included); the egress then records ``tool_use.proposed`` and
each ``tool_use.verdict`` with the input and command masked. It releases an
allowed call byte for byte, or replaces it with a text block saying what was
blocked and why. An ``approve`` judgement holds the call, keeping the stream
alive with ``ping`` events, until the approval stage decides (on
``lockgate.tool_use.verdict.<approval_stage>``) or the approval deadline passes;
with no approval stage configured it is blocked at once. No
verdict in time blocks the call (fail closed). Text before a tool call is never
held.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Awaitable, Callable
from dataclasses import dataclass

import msgspec

from schemas.events import RequestReceived, ToolUseProposed, ToolUseVerdict, decode_event, encode_event
from schemas.subjects import tool_use_rpc_subject
from services.common import metrics
from services.common.bus import Bus, NoAnswer, NoReplica
from services.common.sealing import InputSealer
from services.egress.gate import ToolHeld, ToolUseOutcome, decide_tool_held, decide_tool_use
from services.egress.sse import BlockStart, SSEEvent, block_delta, block_index, block_start, sse_event

Redact = Callable[[str], Awaitable[str]]
"""Masks text before it is recorded; returns it unchanged when no masking is configured."""


class ToolUseWaiter:
    """Delivers each approver's ``tool_use.verdict`` to the call waiting for it."""

    def __init__(self) -> None:
        self._waiting: dict[tuple[str, str, str], asyncio.Future] = {}

    def expect(self, request_id: str, tool_use_id: str, stage: str) -> asyncio.Future:
        """The future the verdict will complete; asking again for the same call returns the same one."""
        key = (request_id, tool_use_id, stage)
        future = self._waiting.get(key)
        if future is None:
            future = self._waiting[key] = asyncio.get_running_loop().create_future()
        return future

    def forget(self, request_id: str, tool_use_id: str, stage: str) -> None:
        self._waiting.pop((request_id, tool_use_id, stage), None)

    async def on_verdict(self, verdict: ToolUseVerdict) -> None:
        future = self._waiting.pop((verdict.request_id, verdict.tool_use_id, verdict.stage), None)
        if future is not None and not future.done():
            future.set_result(verdict)


@dataclass(frozen=True)
class ToolUseSettings:
    stages: tuple[str, ...]
    deadline_s: float
    approval_stage: str
    approval_timeout_s: float
    keepalive_s: float
    sealer: InputSealer | None = None
    """Seals the unmasked input into the recorded proposal, for ``lockgate replay`` (``services/common/sealing.py``)."""


class ToolUseJudge:
    """Asks the tool-use stages about one call, records what they said, and turns it into an outcome."""

    def __init__(self, bus: Bus, waiter: ToolUseWaiter, settings: ToolUseSettings, request: RequestReceived, redact: Redact):
        self.bus = bus
        self.waiter = waiter
        self.settings = settings
        self.request = request
        self.redact = redact

    async def judge(
        self, index: int, tool_use_id: str, name: str, tool_input: bytes, keepalive: Callable[[], Awaitable[None]]
    ) -> ToolUseOutcome:
        request = self.request
        try:
            msgspec.json.decode(tool_input or b"{}")
        except msgspec.DecodeError:
            return ToolUseOutcome(False, f"Lockgate blocked the {name} call: its input is not valid JSON, so it cannot be judged.")
        proposal = ToolUseProposed(
            request_id=request.request_id,
            session_id=request.session_id,
            identity=request.identity,
            gateway=request.gateway,
            block_index=index,
            tool_use_id=tool_use_id,
            tool_name=name,
            input=msgspec.Raw(tool_input or b"{}"),
        )
        payload = encode_event(proposal)
        verdicts = await asyncio.gather(*(self._ask(stage, payload) for stage in self.settings.stages))
        decided = decide_tool_use(self.settings.stages, verdicts, name, self.settings.deadline_s)
        if isinstance(decided, ToolHeld) and self.settings.approval_stage:
            # Wait for the approver before recording: it answers from the record, at once where a grant covers the call.
            self.waiter.expect(request.request_id, tool_use_id, self.settings.approval_stage)
        await self._record(proposal, [v for v in verdicts if v is not None])
        if isinstance(decided, ToolHeld):
            metrics.TOOL_CALLS.labels("held").inc()
            outcome = await self._await_approval(tool_use_id, decided, keepalive)
            metrics.TOOL_CALLS.labels("approved" if outcome.allowed else "blocked").inc()
            return outcome
        metrics.TOOL_CALLS.labels("allowed" if decided.allowed else "blocked").inc()
        return decided

    async def _ask(self, stage: str, payload: bytes) -> ToolUseVerdict | None:
        """The stage's verdict, or None if no replica answered in time."""
        try:
            verdict = decode_event(await self.bus.request(tool_use_rpc_subject(stage), payload, self.settings.deadline_s))
        except (NoReplica, NoAnswer, msgspec.DecodeError):
            return None
        return verdict if isinstance(verdict, ToolUseVerdict) else None

    async def _record(self, proposal: ToolUseProposed, verdicts: list[ToolUseVerdict]) -> None:
        """The audit trail gets the masked input and commands, never the secrets they may hold."""
        masked_input = (await self.redact(bytes(proposal.input).decode())).encode()
        try:
            msgspec.json.decode(masked_input)
        except msgspec.DecodeError:
            masked_input = msgspec.json.encode(masked_input.decode())
        sealer = self.settings.sealer
        sealed = sealer.seal(bytes(proposal.input), proposal.request_id, proposal.tool_use_id) if sealer is not None else ""
        await self.bus.emit(msgspec.structs.replace(proposal, input=msgspec.Raw(masked_input), sealed_input=sealed))
        for verdict in verdicts:
            await self.bus.emit(msgspec.structs.replace(verdict, command=await self.redact(verdict.command)))

    async def _await_approval(self, tool_use_id: str, held: ToolHeld, keepalive: Callable[[], Awaitable[None]]) -> ToolUseOutcome:
        """Hold the call until an approval verdict arrives or the approval timeout passes, pinging the client meanwhile."""
        approver, timeout_s = self.settings.approval_stage, self.settings.approval_timeout_s
        if not approver:
            return decide_tool_held(held, approver, None, timeout_s)
        future = self.waiter.expect(self.request.request_id, tool_use_id, approver)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout_s
        try:
            while not future.done() and (remaining := deadline - loop.time()) > 0:
                await asyncio.wait([future], timeout=min(remaining, self.settings.keepalive_s))
                if not future.done():
                    await keepalive()
        finally:
            self.waiter.forget(self.request.request_id, tool_use_id, approver)
        return decide_tool_held(held, approver, future.result() if future.done() else None, timeout_s)


def replacement_block(index: int, text: str) -> list[SSEEvent]:
    """A complete text block at ``index``: what the client sees instead of a blocked tool call."""
    return [
        sse_event("content_block_start", {"type": "content_block_start", "index": index, "content_block": {"type": "text", "text": ""}}),
        sse_event("content_block_delta", {"type": "content_block_delta", "index": index, "delta": {"type": "text_delta", "text": text}}),
        sse_event("content_block_stop", {"type": "content_block_stop", "index": index}),
    ]


class ToolUseGate:
    """A stream stage (``stages.StreamStage``): passes events through, holding each ``tool_use`` block until it is judged."""

    def __init__(self, judge: ToolUseJudge, keepalive: Callable[[], Awaitable[None]]):
        self.judge = judge
        self.keepalive = keepalive
        self._held: list[SSEEvent] = []
        self._tool: BlockStart | None = None
        self._input: list[str] = []
        self._tools_seen = 0
        self._tools_released = 0

    async def releases(self, events: list[SSEEvent]) -> AsyncGenerator[list[SSEEvent], None]:
        """One upstream network chunk's events: what is ready goes out before a call is judged (the client sees
        the text before a tool call while the stages think), and the judged call after."""
        ready: list[SSEEvent] = []
        for event in events:
            if ready and self.will_judge(event):
                yield ready
                ready = []
            ready += await self.on_event(event)
        if ready:
            yield ready

    async def on_event(self, event: SSEEvent) -> list[SSEEvent]:
        if self._tool is not None:
            return await self._holding(self._tool, event)
        if event.name == "content_block_start":
            start = block_start.decode(event.data)
            if start.content_block.get("type") == "tool_use":
                self._tool, self._held, self._input = start, [event], []
                self._tools_seen += 1
                return []
        if event.name == "message_delta" and self._tools_seen and not self._tools_released:
            return [_with_stop_reason(event, "end_turn")]
        return [event]

    def will_judge(self, event: SSEEvent) -> bool:
        """True when ``on_event`` may wait for a verdict: send what is ready before calling it."""
        return self._tool is not None and event.name == "content_block_stop"

    async def _holding(self, tool: BlockStart, event: SSEEvent) -> list[SSEEvent]:
        if event.name == "error":
            self._tool, self._held = None, []
            return [event]
        self._held.append(event)
        if event.name == "content_block_delta":
            delta = block_delta.decode(event.data).delta
            if delta.type == "input_json_delta":
                self._input.append(delta.partial_json)
            return []
        if event.name != "content_block_stop" or block_index.decode(event.data).index != tool.index:
            return []
        held, self._tool, self._held = self._held, None, []
        block = tool.content_block
        outcome = await self.judge.judge(
            tool.index, block.get("id", ""), block.get("name", ""), assembled_input(block, self._input), self.keepalive
        )
        if outcome.allowed:
            self._tools_released += 1
            return held
        return replacement_block(tool.index, outcome.message)


def assembled_input(block: dict, deltas: list[str]) -> bytes:
    """The input the client will hold: the ``input_json_delta``s joined, or, without any, the start's ``input``.

    That is how the SDKs assemble a streamed call, so that is what the guard must judge: an upstream
    can put the whole input in ``content_block_start`` and send no delta.
    """
    joined = "".join(deltas)
    if joined:
        return joined.encode()
    return msgspec.json.encode(block.get("input", {}))


def _with_stop_reason(event: SSEEvent, stop_reason: str) -> SSEEvent:
    """``message_delta`` saying ``end_turn``: every tool call of the message was blocked."""
    payload = msgspec.json.decode(event.data)
    payload.setdefault("delta", {})["stop_reason"] = stop_reason
    return sse_event(event.name, payload)


async def gate_message(body: bytes, judge: ToolUseJudge, keepalive: Callable[[], Awaitable[None]]) -> bytes:
    """The same judgement for a whole (non-streamed) Message: blocked calls become text blocks."""
    try:
        message = msgspec.json.decode(body)
    except msgspec.DecodeError:
        return body
    content = message.get("content") if isinstance(message, dict) else None
    if not isinstance(content, list) or not any(isinstance(b, dict) and b.get("type") == "tool_use" for b in content):
        return body
    calls = [
        (index, block)
        for index, block in enumerate(content)
        if isinstance(block, dict) and block.get("type") == "tool_use"
    ]
    outcomes = await asyncio.gather(
        *(
            judge.judge(index, block.get("id", ""), block.get("name", ""), msgspec.json.encode(block.get("input", {})), keepalive)
            for index, block in calls
        )
    )
    if all(outcome.allowed for outcome in outcomes):
        return body
    for (index, _), outcome in zip(calls, outcomes, strict=True):
        if not outcome.allowed:
            content[index] = {"type": "text", "text": outcome.message}
    if message.get("stop_reason") == "tool_use" and not any(outcome.allowed for outcome in outcomes):
        message["stop_reason"] = "end_turn"
    return msgspec.json.encode(message)
