"""Masking what the client sends: a Messages (or count_tokens) request body, walked as JSON.

Masked strings: the ``system`` prompt (a string or its text blocks) and, in every
message's ``content``, a string, text blocks, ``tool_result`` content (a string or
its text blocks) and every string value inside a ``tool_use`` input. Each string is
masked whole by ``mask_text``, the scan answers use. Nothing else is read or
changed: thinking blocks keep their signatures valid, images and documents pass,
tool definitions and every other field stay as they are.

``mask_request_body`` is pure, so the worker, tests and a replay tool share it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from schemas.events import MaskField

from .engine import Finding, Ruleset, mask_text

SYSTEM = -1
"""``block_index`` of the system prompt's findings (messages count from 0)."""
TOOL_USE_BLOCKS = ("tool_use", "server_tool_use")


@dataclass(frozen=True)
class FieldFindings:
    """What was masked in one string of the request: where (structure only) and the offsets in that string."""

    block_index: int
    """The message's index in ``messages``; ``SYSTEM`` (-1) for the system prompt."""
    field: MaskField
    """``text`` (system, text, tool_result) or ``tool_input`` (a string value of a tool_use input)."""
    path: str
    findings: list[Finding]


class _Walk:
    def __init__(self, rules: Ruleset, key: bytes):
        self.rules = rules
        self.key = key
        self.found: list[FieldFindings] = []

    def string(self, text: str, index: int, field: MaskField, path: str) -> str:
        masked, findings = mask_text(text, self.rules, self.key)
        if not findings:
            return text
        self.found.append(FieldFindings(index, field, path, findings))
        return masked

    def text_blocks(self, content: Any, index: int, path: str) -> Any:
        """A string, or a list of blocks whose ``text`` blocks are masked."""
        if isinstance(content, str):
            return self.string(content, index, "text", path)
        if isinstance(content, list):
            for n, block in enumerate(content):
                if isinstance(block, dict) and block.get("type") == "text" and isinstance(block.get("text"), str):
                    block["text"] = self.string(block["text"], index, "text", f"{path}[{n}].text")
        return content

    def content(self, content: Any, index: int, path: str) -> Any:
        if isinstance(content, str):
            return self.string(content, index, "text", path)
        if not isinstance(content, list):
            return content
        for n, block in enumerate(content):
            if not isinstance(block, dict):
                continue
            kind, where = block.get("type"), f"{path}[{n}]"
            if kind == "text" and isinstance(block.get("text"), str):
                block["text"] = self.string(block["text"], index, "text", f"{where}.text")
            elif kind == "tool_result" and "content" in block:
                block["content"] = self.text_blocks(block["content"], index, f"{where}.content")
            elif kind in TOOL_USE_BLOCKS and "input" in block:
                block["input"] = self.value(block["input"], index, f"{where}.input")
        return content

    def value(self, value: Any, index: int, path: str) -> Any:
        """Every string inside a tool input (keys stay as they are)."""
        if isinstance(value, str):
            return self.string(value, index, "tool_input", path)
        if isinstance(value, list):
            return [self.value(item, index, f"{path}[{n}]") for n, item in enumerate(value)]
        if isinstance(value, dict):
            return {k: self.value(v, index, f"{path}.{k}") for k, v in value.items()}
        return value


def mask_request_body(document: Any, rules: Ruleset, key: bytes) -> tuple[Any, list[FieldFindings]]:
    """The request with its client-written strings masked (changed in place) and what was masked where.

    ``document`` is the decoded JSON body; anything that is not a Messages-shaped
    object is returned as is, with no findings.
    """
    walk = _Walk(rules, key)
    if not isinstance(document, dict):
        return document, []
    if "system" in document:
        document["system"] = walk.text_blocks(document["system"], SYSTEM, "system")
    messages = document.get("messages")
    if isinstance(messages, list):
        for index, message in enumerate(messages):
            if isinstance(message, dict) and "content" in message:
                message["content"] = walk.content(message["content"], index, f"messages[{index}].content")
    return document, walk.found
