"""Masking the answer before it leaves: text, tool input and thinking, streamed or whole.

The egress asks each masking stage over core NATS request/reply
(``lockgate-rpc.mask.<stage>``, outside the recorded stream: the request holds
unmasked text), or its replica in the same process directly (``Bus.request``). A stream sends one request per upstream network chunk, holding
every delta that chunk brought, with each block's carried state, so any masker
replica can serve it; one request at a time keeps the chunks in order.

The client gets exactly what the masker releases. A block's deltas in one chunk
go out unchanged when the masker released their text as it came; otherwise as one
delta (none if the masker holds all of it back), and what it held goes out as one
more delta just before the block's ``content_block_stop``.

Fail closed: no answer within the deadline, no masker running, or an error, and
the text is withheld: the client gets ``[REDACTED:masker-unavailable]`` and the
stream ends with an ``error`` event (a JSON answer becomes a 503 ``api_error``).
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
from dataclasses import dataclass

import msgspec

from schemas.events import NO_STATE, MaskChunk, MaskField, MaskReply, MaskRequest, RequestReceived
from schemas.subjects import mask_subject
from services.common.bus import Bus, NoAnswer, NoReplica
from services.egress.sse import SSEEvent, block_delta, block_index, sse_event

UNAVAILABLE = "[REDACTED:masker-unavailable]"
DELTAS: dict[str, tuple[MaskField, str]] = {"text_delta": ("text", "text"), "input_json_delta": ("tool_input", "partial_json"), "thinking_delta": ("thinking", "thinking")}
"""Delta type -> (masked field, key of its text)."""
DELTA_OF = {field: (delta_type, key) for delta_type, (field, key) in DELTAS.items()}
SPLIT_BYTES = 8192
"""A network chunk this large (about 80 deltas) gets its first delta masked and sent ahead of the rest."""
TEXT_BLOCKS = ("text", "thinking")
"""Whole-Message blocks whose type, masked field and text key share one name (tool input is the block's ``input``)."""


class MaskingFailed(Exception):
    """The text could not be masked, so it is withheld. ``events``: what the client may still get."""

    def __init__(self, message: str, events: list[SSEEvent] | None = None):
        super().__init__(message)
        self.events = events or []


@dataclass(frozen=True)
class MaskSettings:
    stages: tuple[str, ...]
    deadline_s: float


class MaskerClient:
    """Asks the masking stages, in order, about one request's text; keeps each open block's state."""

    def __init__(self, bus: Bus, settings: MaskSettings, request: RequestReceived):
        self.bus = bus
        self.settings = settings
        self.request = request
        self._states: dict[tuple[str, int], msgspec.Raw] = {}

    async def mask(self, chunks: list[MaskChunk]) -> list[str]:
        """The releasable masked text of each chunk (at most one per block), through every stage."""
        texts = [chunk.text for chunk in chunks]
        for stage in self.settings.stages:
            asked = [
                MaskChunk(
                    block_index=chunk.block_index,
                    field=chunk.field,
                    text=text,
                    state=self._states.pop((stage, chunk.block_index), NO_STATE),
                    final=chunk.final,
                )
                for chunk, text in zip(chunks, texts, strict=True)
            ]
            reply = await self._ask(stage, asked)
            for result in reply.chunks:
                if bytes(result.state) != bytes(NO_STATE):
                    self._states[stage, result.block_index] = result.state
            texts = [result.text for result in reply.chunks]
        return texts

    async def _ask(self, stage: str, chunks: list[MaskChunk]) -> MaskReply:
        request = MaskRequest(
            request_id=self.request.request_id,
            session_id=self.request.session_id,
            identity=self.request.identity,
            chunks=chunks,
        )
        deadline_ms = self.settings.deadline_s * 1000
        try:
            reply = _reply.decode(await self.bus.request(mask_subject(stage), _encode(request), self.settings.deadline_s))
        except NoReplica:
            raise MaskingFailed(f"Lockgate withheld the rest of the answer: no {stage} replica is running to mask it (fail closed)") from None
        except NoAnswer:
            raise MaskingFailed(
                f"Lockgate withheld the rest of the answer: the {stage} did not answer within {deadline_ms:.0f} ms (fail closed)"
            ) from None
        except msgspec.DecodeError:
            raise MaskingFailed(f"Lockgate withheld the rest of the answer: the {stage} sent an unreadable reply (fail closed)") from None
        if reply.error or len(reply.chunks) != len(chunks):
            why = reply.error or "a reply that does not match the request"
            raise MaskingFailed(f"Lockgate withheld the rest of the answer: the {stage} failed with {why} (fail closed)")
        return reply


_reply = msgspec.json.Decoder(MaskReply)
_encode = msgspec.json.encode


def delta_event(index: int, field: MaskField, text: str) -> SSEEvent:
    delta_type, key = DELTA_OF[field]
    return sse_event("content_block_delta", {"type": "content_block_delta", "index": index, "delta": {"type": delta_type, key: text}})


class MaskingStage:
    """A stream stage: rewrites the deltas of masked fields with what the masker releases."""

    def __init__(self, masker: MaskerClient):
        self.masker = masker
        self._open: dict[int, MaskField] = {}
        """Blocks with masked deltas and no stop yet -> their field."""
        self._first_split = False
        """Whether ``releases`` already sent a first delta ahead of the rest of its chunk."""

    async def releases(self, events: list[SSEEvent]) -> AsyncGenerator[list[SSEEvent], None]:
        """One upstream network chunk's events, masked, in the batches to send.

        Once per answer, the first maskable delta of a large chunk (``SPLIT_BYTES``) is
        masked on its own and sent before the rest is masked: a burst of text (a cached or
        fast answer, or a client that reads late) gets its first token out after masking
        one delta, not the whole burst. The text is the same for any split (the masker's
        carried state); the deltas may be cut differently, as in any paced stream, where
        a word still in progress waits for the next delta. It costs one more masking
        request per answer at most. Smaller chunks are masked whole, in well under a
        millisecond, and clean ones keep their deltas byte for byte.
        """
        if not self._first_split and sum(len(event.raw) for event in events) >= SPLIT_BYTES:
            first = next((i for i, event in enumerate(events) if _maskable_delta(event)), None)
            if first is not None and first + 1 < len(events):
                self._first_split = True
                yield await self.on_events(events[: first + 1])
                events = events[first + 1 :]
        yield await self.on_events(events)

    async def on_events(self, events: list[SSEEvent]) -> list[SSEEvent]:
        """One upstream network chunk's events, masked with one request per stage."""
        chunks: dict[int, MaskChunk] = {}
        marks: list[int | None] = []  # per event: the block whose masked text it carries or closes
        for event in events:
            index = None
            if event.name == "content_block_delta":
                parsed = block_delta.decode(event.data)
                if parsed.delta.type in DELTAS:
                    field, key = DELTAS[parsed.delta.type]
                    index = parsed.index
                    chunk = chunks.setdefault(index, MaskChunk(block_index=index, field=field, text=""))
                    chunk.text += getattr(parsed.delta, key)
                    self._open[index] = field
            elif event.name == "content_block_stop":
                stopped = block_index.decode(event.data).index
                if stopped in self._open:
                    index = stopped
                    field = self._open.pop(index)
                    chunks.setdefault(index, MaskChunk(block_index=index, field=field, text="")).final = True
            marks.append(index)
        if not chunks:
            return events
        try:
            texts = await self.masker.mask(list(chunks.values()))
        except MaskingFailed as exc:
            raise MaskingFailed(str(exc), _withheld(events, marks, chunks)) from None
        masked = dict(zip(chunks, texts, strict=True))
        last = {index: position for position, index in enumerate(marks) if index is not None}
        out = []
        for position, (event, index) in enumerate(zip(events, marks, strict=True)):
            if index is None or masked[index] == chunks[index].text:
                out.append(event)  # text the masker left as it came keeps its deltas, byte for byte
                continue
            if position == last[index] and masked[index]:
                out.append(delta_event(index, chunks[index].field, masked[index]))
            if event.name == "content_block_stop":
                out.append(event)
        return out


def _maskable_delta(event: SSEEvent) -> bool:
    return event.name == "content_block_delta" and block_delta.decode(event.data).delta.type in DELTAS


def _withheld(events: list[SSEEvent], marks: list[int | None], chunks: dict[int, MaskChunk]) -> list[SSEEvent]:
    """What the client still gets when masking failed: the events before the first masked text, then a marker
    where text was withheld (not in tool input, whose partial JSON it would break)."""
    first = next(position for position, index in enumerate(marks) if index is not None)
    markers = [delta_event(index, chunk.field, UNAVAILABLE) for index, chunk in chunks.items() if chunk.field != "tool_input"]
    return events[:first] + markers


async def mask_message(body: bytes, masker: MaskerClient) -> bytes:
    """A whole (non-streamed) Message masked the same way: text, each tool input as JSON text, and thinking."""
    try:
        message = msgspec.json.decode(body)
    except msgspec.DecodeError:
        raise MaskingFailed("Lockgate withheld the answer: it is not JSON, so it cannot be masked (fail closed)") from None
    content = message.get("content") if isinstance(message, dict) else None
    if not isinstance(content, list):
        return body
    chunks = []
    for index, block in enumerate(content):
        kind = block.get("type") if isinstance(block, dict) else None
        if kind == "tool_use":
            chunks.append(MaskChunk(block_index=index, field="tool_input", text=_encode(block.get("input", {})).decode(), final=True))
        elif kind in TEXT_BLOCKS and isinstance(block.get(kind), str):
            chunks.append(MaskChunk(block_index=index, field=kind, text=block[kind], final=True))
    if not chunks:
        return body
    texts = await masker.mask(chunks)
    changed = [(chunk, text) for chunk, text in zip(chunks, texts, strict=True) if text != chunk.text]
    for chunk, text in changed:
        block = content[chunk.block_index]
        if chunk.field != "tool_input":
            block[chunk.field] = text
            continue
        try:
            block["input"] = msgspec.json.decode(text)
        except msgspec.DecodeError:
            raise MaskingFailed("Lockgate withheld the answer: a masked tool input is not valid JSON (fail closed)") from None
    return _encode(message) if changed else body
