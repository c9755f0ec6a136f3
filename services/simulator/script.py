"""Scripted replies and how they become Messages API bytes, kept apart from the HTTP plumbing."""

from __future__ import annotations

import uuid
from collections import deque
from typing import Annotated, Any

import msgspec

from services.common.errors import error_body

DEFAULT_TEXT = "Hello from the simulated Claude upstream."


class TextBlock(msgspec.Struct, tag="text", tag_field="type"):
    text: str


class ToolUseBlock(msgspec.Struct, tag="tool_use", tag_field="type", kw_only=True):
    id: str | None = None
    name: str
    input: dict[str, Any] = msgspec.field(default_factory=dict)


ContentBlock = TextBlock | ToolUseBlock


class ReplyError(msgspec.Struct):
    """An Anthropic error to answer with; `status` defaults to the one the real API uses for `type`."""

    type: str = "overloaded_error"
    message: str = "Overloaded"
    status: int | None = None
    retry_after: float | None = None


DEFAULT_CONTENT: list[ContentBlock] = [TextBlock(DEFAULT_TEXT)]


class Reply(msgspec.Struct, forbid_unknown_fields=True):
    """One scripted answer. Without `content` it answers the default text, so a script can set only
    timing or an error. A `stream_error` met by a non-streaming request is answered as a plain error
    response, as the real API would. Unknown fields are refused so that a script's typo fails loudly."""

    content: list[ContentBlock] | None = None
    stop_reason: str | None = None
    error: ReplyError | None = None
    stream_error: ReplyError | None = None
    chunk_size: Annotated[int, msgspec.Meta(ge=1)] = 8
    chunks: list[str] | None = None
    """Exact text deltas of the first text block, overriding `chunk_size` there (to split text at chosen points);
    they must join into that block's text."""
    delay_ms: Annotated[float, msgspec.Meta(ge=0)] = 0
    repeat: Annotated[int, msgspec.Meta(ge=1)] = 1

    def __post_init__(self) -> None:
        if self.chunks is None:
            return
        texts = [block.text for block in self.content or DEFAULT_CONTENT if isinstance(block, TextBlock)]
        if not texts or "".join(self.chunks) != texts[0]:
            raise ValueError("`chunks` must join into the text of the reply's first text block")


class ScriptQueue:
    """FIFO of scripted replies; a reply with `repeat: n` answers the next n requests."""

    def __init__(self) -> None:
        self._entries: deque[list] = deque()

    def extend(self, replies: list[Reply]) -> None:
        self._entries.extend([reply, reply.repeat] for reply in replies)

    def clear(self) -> None:
        self._entries.clear()

    def pending(self) -> int:
        return sum(remaining for _, remaining in self._entries)

    def next(self) -> Reply | None:
        if not self._entries:
            return None
        entry = self._entries[0]
        entry[1] -= 1
        if entry[1] == 0:
            self._entries.popleft()
        return entry[0]


class Usage(msgspec.Struct):
    input_tokens: int
    output_tokens: int
    cache_creation_input_tokens: int = 0
    cache_read_input_tokens: int = 0


class Message(msgspec.Struct, tag="message", tag_field="type", kw_only=True):
    """Fields in the order the real API sends them."""

    id: str
    role: str = "assistant"
    model: str
    content: msgspec.Raw
    stop_reason: str | None
    stop_sequence: None = None
    usage: Usage


_encode = msgspec.json.encode
_EMPTY_CONTENT = msgspec.Raw(b"[]")


def _sse_frame(event: str, data: bytes) -> bytes:
    return b"event: " + event.encode() + b"\ndata: " + data + b"\n\n"


def _event(event: str, payload: dict[str, Any]) -> bytes:
    return _sse_frame(event, _encode({"type": event, **payload}))


def _chunks(text: str, size: int) -> list[str]:
    return [text[start : start + size] for start in range(0, len(text), size)]


def _block_frames(index: int, block: ContentBlock, chunk_size: int, pieces: list[str] | None = None) -> list[bytes]:
    start: ContentBlock
    if isinstance(block, TextBlock):
        start = TextBlock("")
        deltas = [{"type": "text_delta", "text": piece} for piece in pieces or _chunks(block.text, chunk_size)]
    else:
        start = ToolUseBlock(id=block.id, name=block.name)
        pieces = [""] + _chunks(_encode(block.input).decode(), chunk_size)
        deltas = [{"type": "input_json_delta", "partial_json": piece} for piece in pieces]
    return [
        _event("content_block_start", {"index": index, "content_block": start}),
        *(_event("content_block_delta", {"index": index, "delta": delta}) for delta in deltas),
        _event("content_block_stop", {"index": index}),
    ]


class RenderedReply:
    """A reply encoded once; serving it then only fills in the message id, model and input tokens."""

    __slots__ = ("content_json", "stop_reason", "output_tokens", "frames", "joined_frames", "delay_s")

    def __init__(self, reply: Reply) -> None:
        scripted = reply.content if reply.content is not None else DEFAULT_CONTENT
        blocks = [_with_tool_id(block) for block in scripted]
        has_tool_use = any(isinstance(block, ToolUseBlock) for block in blocks)
        self.stop_reason = reply.stop_reason or ("tool_use" if has_tool_use else "end_turn")
        self.content_json = msgspec.Raw(_encode(blocks))
        self.output_tokens = max(1, sum(_output_chars(block) for block in blocks) // 4)
        self.delay_s = reply.delay_ms / 1000
        if reply.stream_error is not None:
            error = reply.stream_error
            self.frames = [_sse_frame("error", error_body(error.type, error.message))]
        else:
            self.frames = [_event("ping", {})]
            first_text = next((i for i, block in enumerate(blocks) if isinstance(block, TextBlock)), None)
            for index, block in enumerate(blocks):
                pieces = reply.chunks if index == first_text else None
                self.frames += _block_frames(index, block, reply.chunk_size, pieces)
            self.frames += [
                _event(
                    "message_delta",
                    {
                        "delta": {"stop_reason": self.stop_reason, "stop_sequence": None},
                        "usage": {"output_tokens": self.output_tokens},
                    },
                ),
                _event("message_stop", {}),
            ]
        self.joined_frames = b"".join(self.frames)

    def message(self, message_id: str, model: str, input_tokens: int) -> bytes:
        usage = Usage(input_tokens, self.output_tokens)
        return _encode(
            Message(
                id=message_id, model=model, content=self.content_json,
                stop_reason=self.stop_reason, usage=usage,
            )
        )

    def message_start(self, message_id: str, model: str, input_tokens: int) -> bytes:
        """The opening event: empty content and no stop reason yet, as the real API sends it."""
        message = Message(
            id=message_id, model=model, content=_EMPTY_CONTENT, stop_reason=None,
            usage=Usage(input_tokens, 1),
        )
        return _sse_frame("message_start", _encode({"type": "message_start", "message": message}))


def _with_tool_id(block: ContentBlock) -> ContentBlock:
    if isinstance(block, ToolUseBlock) and block.id is None:
        return ToolUseBlock(id=f"toolu_sim_{uuid.uuid4().hex}", name=block.name, input=block.input)
    return block


def _output_chars(block: ContentBlock) -> int:
    return len(block.text) if isinstance(block, TextBlock) else len(_encode(block.input))


DEFAULT_RENDERED = RenderedReply(Reply())
