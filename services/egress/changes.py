"""Applying the changes stages asked for (least privilege: strip, don't fail) to a request body."""

from __future__ import annotations

import msgspec

from schemas.events import RequestChanges


def apply_changes(body: bytes, changes: RequestChanges | None) -> bytes:
    """The body with forbidden tools removed and ``max_tokens`` clamped; unchanged bytes if nothing applies."""
    if changes is None or (not changes.remove_tools and changes.max_tokens is None):
        return body
    document = msgspec.json.decode(body)
    if changes.remove_tools and isinstance(document.get("tools"), list):
        removed = set(changes.remove_tools)
        document["tools"] = [tool for tool in document["tools"] if tool.get("name") not in removed]
        if not document["tools"]:
            del document["tools"]
            document.pop("tool_choice", None)
        elif (document.get("tool_choice") or {}).get("name") in removed:
            del document["tool_choice"]
    if changes.max_tokens is not None and isinstance(document.get("max_tokens"), int):
        document["max_tokens"] = min(document["max_tokens"], changes.max_tokens)
    return msgspec.json.encode(document)
