"""Reading a request body the way every stage and the upstream will read it, or refusing it.

A body is refused (400 ``invalid_request_error``) unless it is UTF-8 JSON whose every object
has each key once: with a duplicate, the stages would decide on one value while the upstream
may act on the other. The top level must be an object, ``model`` a model id, ``messages`` a
list of objects, ``tools`` and ``mcp_servers`` lists of objects. What passes can be read by
every stage, so a stage never fails on the client's input (which would be a retried 503).
"""

from __future__ import annotations

import json
import re

import msgspec

from services.common.errors import ApiError

MODEL_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:@-]{0,255}")
"""A model id: ``claude-haiku-4-5``, ``claude-3-5-sonnet-20241022``, ``claude-sonnet-4-5@20250929``. Never a path."""


class InvalidBody(ApiError):
    """The body cannot be accepted; the message says why and is safe to show the client."""

    status = 400
    error_type = "invalid_request_error"


class Tool(msgspec.Struct):
    name: str = ""
    type: str = ""
    mcp_server_name: str = ""


class McpServer(msgspec.Struct):
    name: str = ""


class Message(msgspec.Struct):
    """Only its shape is checked here: an object whose role, if any, is a string."""

    role: str = ""


class RequestSummary(msgspec.Struct):
    """The few body fields the gateway reads. Every other field passes through untouched."""

    model: str = ""
    stream: bool = False
    max_tokens: int | None = None
    messages: list[Message] = []
    tools: list[Tool] = []
    mcp_servers: list[McpServer] = []


_summary = msgspec.json.Decoder(RequestSummary)


def is_model_id(value: str) -> bool:
    return MODEL_ID.fullmatch(value) is not None


def read_body(body: bytes) -> RequestSummary:
    """The body's summary; ``InvalidBody`` saying what is wrong otherwise."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidBody(f"request body is not valid UTF-8 (byte {exc.start})") from None
    try:
        json.loads(text, object_pairs_hook=_refuse_duplicates, parse_constant=_refuse_constant)
    except RecursionError:
        raise InvalidBody("request body is nested too deeply") from None
    except ValueError as exc:
        raise InvalidBody(f"request body is not valid JSON: {exc}") from None
    try:
        summary = _summary.decode(body)
    except msgspec.ValidationError as exc:
        raise InvalidBody(f"invalid request body: {exc}") from None
    except (msgspec.DecodeError, RecursionError) as exc:
        raise InvalidBody(f"request body is not valid JSON: {exc}") from None
    if summary.model and not is_model_id(summary.model):
        raise InvalidBody("model must be a model id (letters, digits and . _ - : @)")
    return summary


def _refuse_duplicates(pairs: list[tuple[str, object]]) -> None:
    """Checks one object's keys; builds nothing, since the parse is only a check."""
    if len(pairs) > 1:
        seen = set()
        for key, _ in pairs:
            if key in seen:
                raise ValueError(f"duplicate key {json.dumps(key)} in an object")
            seen.add(key)


def _refuse_constant(name: str) -> None:
    raise ValueError(f"{name} is not valid JSON")
