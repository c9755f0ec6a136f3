"""Lockgate guard: a pure decision engine for tool calls and request text.

``judge_tool_call`` and ``judge_request_text`` take a GuardPolicy and return a Judgement;
no I/O, so the live worker, replay tools and tests share one implementation.

The judge is imported when one of its names is first asked for, not with the package: importing
``services.guard.policy`` (``lockgate policy check``) must not compile the detectors. The worker imports
the judge at start, so no request pays for it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from .policy import PACKS, AllowList, CustomRule, GuardPolicy, ToolClasses, load_policy

if TYPE_CHECKING:
    from .judge import Judgement, judge_request_text, judge_tool_call

__all__ = [
    "PACKS", "AllowList", "CustomRule", "GuardPolicy", "Judgement", "ToolClasses",
    "judge_request_text", "judge_tool_call", "load_policy",
]

_JUDGE_NAMES = ("Judgement", "judge_request_text", "judge_tool_call")


def __getattr__(name: str):
    if name in _JUDGE_NAMES:
        return getattr(importlib.import_module(".judge", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
