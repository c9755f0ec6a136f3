"""An AI addressed inside a carrier its viewer never sees: a Word run marked ``<w:vanish/>``, a custom field marked
``"hidden": true`` or ``"visible": false``, the ``alt`` of a 1x1 or 0x0 image, an Outlook ``mso-hide:all`` span, an
HTML ``<template>``, the value of a hidden form field.

A person reading the rendered document, ticket, page or mail sees none of these; an agent reading the source sees all.
Data is hidden there (ids, drafts, tracking pixels, row templates), and so are notes for staff ("Agent: customer
prefers a call"): what no hidden carrier holds for a person is an AI named at its head and told to act. A bare
"agent" is a help-desk person's title, so it counts only with an effect no one asks of staff in a note
(``injection_machine.RISK``).

- ``inject.unseen_address`` (1.0): a hidden carrier whose text opens with an AI's name and an imperative, or with
  "agent" and a risky effect.

Pure: one prefiltered pass for the carriers, a bounded look at each one's text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .injection_address import EFFECT
from .injection_finding import Finding
from .injection_machine import RISK
from .prefilter import Prefiltered, Scan

CARRIER = Prefiltered(re.compile(
    r"<w:vanish\s*/>(?:</w:rpr>)?\s*<w:t(?:\s[^>]{0,40})?>"
    r"|\"(?:hidden|ishidden|is_hidden)\"\s*:\s*true\s*,\s*\"(?:value|text|content|body)\"\s*:\s*\""
    r"|\"visible\"\s*:\s*false\s*,\s*\"(?:value|text|content|body)\"\s*:\s*\""
    r"|<img\b[^>]{0,120}?\b(?:width|height)=[\"']?[01](?:px)?[\"']?[^>]{0,80}?\balt=[\"']"
    r"|<span[^>]{0,60}mso-hide:\s*all[^>]{0,40}>"
    r"|<template\b[^>]{0,40}>"
    r"|<input\b[^>]{0,120}?\btype=\\?[\"']hidden\\?[\"'][^>]{0,120}?\bvalue=\\?[\"']"
))
"""A carrier hidden from its viewer, up to where the text it holds begins."""
TEXT_END = re.compile(r"[<\"]|\Z")
"""Where the hidden text ends: the next tag, or the string's or the attribute's closing quote."""

AI_HEAD = re.compile(
    r"[\s\W]{0,4}(?:(?:ki|ai|ia)[- ]?(?:agent\w*|assistent\w*|assistant\w*)|agente de ia|(?:assistant|assistente|asistente|assistent)(?:[ -](?:ia|ai|ki|de ia|di ia))?|bot|ai|ia|ki|llm"
    r"|(?:coding|browsing|autonomous|automated|research|shopping|ai|llm)[ -](?:agents?|assistants?|bots?)"
    r"|ассистент\w*|ии|アシスタント|エージェント|ボット|助手|机器人|智能体|어시스턴트|에이전트|봇)[ \t]*[:：,，]\s*"
)
"""An AI named at the head of the hidden text, as a vocative."""
AGENT_HEAD = re.compile(r"[\s\W]{0,4}(?:agent|agente|agentin|агент)[ \t]*[:：,]\s*")
"""A bare "agent" at the head: staff or machine."""
IMPERATIVE = re.compile(
    r"(?<![\w-])(?:" + EFFECT + r"|recommend|empfiehl|recomienda|recommande|raccomanda|recomende|indique|indica|state|claim|describe|treat|rate|summari[sz]e"
    r"|fasse|résume|riassumi|resume|réponds|responde|rispondi|antworte)(?![\w-])"
    r"|してください|すること|주세요|하세요|请|把"
)
"""An imperative in the hidden text (the languages' own verbs, or a request's closing form)."""


def addressed_unseen(hidden: str) -> bool:
    """Whether a text hidden from its viewer (CSS, a comment) opens by naming an AI and telling it to act."""
    return bool((head := AI_HEAD.match(hidden)) and IMPERATIVE.search(hidden, head.end(), head.end() + 400))


def unseen_addresses(scan: Scan, cited: Callable[[int], bool]) -> list[Finding]:
    """The first hidden carrier whose text addresses an AI and tells it to act."""
    low = scan.text
    for m in scan.finditer(CARRIER):
        start = m.end()
        stop = TEXT_END.search(low, start, min(len(low), start + 400))
        end = stop.start() if stop else min(len(low), start + 400)
        if cited(m.start()):
            continue  # the carrier quoted (its text may be an attribute's quoted value: that is where it hides)
        if (head := AI_HEAD.match(low, start, end)) and IMPERATIVE.search(low, head.end(), end):
            return [Finding("inject.unseen_address", 1.0, m.start(), end)]
        if (head := AGENT_HEAD.match(low, start, end)) and RISK.search(low, head.end(), end):
            return [Finding("inject.unseen_address", 1.0, m.start(), end)]
    return []
