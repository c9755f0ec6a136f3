"""Lockgate guard: a pure decision engine for tool calls and request text.

``judge_tool_call`` and ``judge_request_text`` take a GuardPolicy and return a Judgement;
no I/O, so the live worker, replay tools and tests share one implementation.
"""

from .judge import Judgement, judge_request_text, judge_tool_call
from .policy import PACKS, AllowList, CustomRule, GuardPolicy, ToolClasses, load_policy

__all__ = [
    "PACKS", "AllowList", "CustomRule", "GuardPolicy", "Judgement", "ToolClasses",
    "judge_request_text", "judge_tool_call", "load_policy",
]
