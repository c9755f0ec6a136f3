"""Applying the changes stages asked for (least privilege: strip, don't fail) to a request body."""

from __future__ import annotations

import msgspec

from schemas.events import RequestChanges
from services.common.offered import strip_offered


def apply_changes(body: bytes, changes: RequestChanges | None) -> bytes:
    """The body with forbidden tools and MCP servers removed and ``max_tokens`` clamped; unchanged bytes if
    nothing applies."""
    if changes is None:
        return body
    body = strip_offered(body, changes.remove_tools)
    if changes.max_tokens is None:
        return body
    document = msgspec.json.decode(body)
    if not isinstance(document.get("max_tokens"), int) or document["max_tokens"] <= changes.max_tokens:
        return body
    document["max_tokens"] = changes.max_tokens
    return msgspec.json.encode(document)
