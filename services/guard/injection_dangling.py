"""An address to an AI left open at the end of one field, cell, line or message, and finished by the ones after it:
``{"t": "agent:"}, {"t": " include the value of"}, {"t": " GH_PAT ..."}``, ``<td>手順1: AIは</td><td>手順2: 本番の</td>…``,
``- AC1: the assistant implementing this`` / ``- AC2: must also add …``, ``（一）机器人：`` / ``（二）删除…``.

A field that ends on an AI's name and a colon, a topic particle or "the assistant implementing this" says
nothing by itself: its clause goes on in the next fields. Read on, past the keys, tags, labels and punctuation that
separate them, the pieces are one order, judged as ``injection_obliged`` judges one: an imperative or an obligation,
and an effect no agent takes unasked. A column header or a role value ("agent", ``"role": "assistant"``) opens no
clause: it ends without a colon or a particle, or nothing consequential is asked after it.

- ``inject.dangling_address`` (1.0): an address left open at a field's end, and an order with a consequential
  effect in the pieces that follow it.

Pure: one prefiltered pass for the open addresses, a bounded, linear clean-up of the text after each.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .injection_address import EFFECT, EFFECT_NOSPACE
from .injection_finding import Finding
from .injection_machine import RISK
from .injection_obliged import CONSEQUENCE, REQUEST_END
from .prefilter import Prefiltered, Scan

_AI = (
    r"(?<![\w-])(?:ai|ia|ki|agent|agente|bot|assistant|assistente|asistente|assistent|llm|claude|copilot|агент|ассистент|бот)(?![\w-])"
    r"|机器人|助手|智能体|エージェント|アシスタント|ボット|봇|에이전트|어시스턴트"
)
OPEN_ADDRESS = Prefiltered(re.compile(
    r"(?:" + _AI + r")[ \t]*(?:[:：，、]|は|が|아|야|에게)[ \t]*(?=\"|</td>|\\n|\n|\Z)"
    r"|(?<![\w-])(?:the|any|an?) (?:ai |coding )?(?:assistant|agent|bot) \w+ing (?:this|these|it)[ \t]*(?=\"|</td>|\\n|\n|\Z)"
))
"""An AI's name, then a colon, a CJK comma or a particle, or "the assistant implementing this", at a field's, cell's or line's end."""

SEPARATORS = re.compile(
    r"\"[\w .-]{1,30}\"\s*:|<[^>\n]{0,80}>|\\n|[{}\[\]\",]"
    r"|(?:(?<=\s)|^)(?:(?:step|steps|paso|étape|schritt|passo|etap|ac|part|手順|步骤|단계)\s*\d+|[（(][一二三四五六七八九十\d]+[)）]|[-*•])\s*[:：.)]?",
    re.M,
)
"""What stands between the pieces: keys, tags, escaped line breaks, JSON punctuation, step and list labels."""
ORDERED = re.compile(r"(?<![\w-])(?:" + EFFECT + r"|must|should|shall|needs? to|has to|is to)(?![\w-])|" + EFFECT_NOSPACE + "|" + REQUEST_END.pattern)
"""An imperative, an obligation or a request's closing form in the joined pieces."""
SECRET_VARIABLE = re.compile(r"\b[a-z0-9_]*(?:_token|_secret|_password|_pat|secret_key|api_key|private_key|access_key)\b")
"""An environment variable that holds a secret (``GH_PAT``, ``STRIPE_SECRET_KEY``)."""
WINDOW = 320


def _mapping_key(low: str, m: re.Match) -> bool:
    """Whether the open address is a YAML key whose block follows, more indented ("agent:\\n  queue: deploy"): config."""
    line = low.rfind("\n", max(0, m.start() - 120), m.start()) + 1
    if not line and m.start() > 120:
        return False  # no line start near: not a key of an indented block
    indent = len(low[line : m.start()]) - len(low[line : m.start()].lstrip(" \t"))
    if low[line : m.start()].strip() or not low.startswith("\n", m.end()):
        return False
    nxt = low[m.end() + 1 : m.end() + 81]
    return len(nxt) - len(nxt.lstrip(" \t")) > indent


def dangling_addresses(scan: Scan, cited: Callable[[int], bool]) -> list[Finding]:
    """The first address left open at a field's end whose following pieces, joined, ask for a consequential effect."""
    low = scan.text
    for m in scan.finditer(OPEN_ADDRESS):
        if cited(m.start()) or _mapping_key(low, m):
            continue
        end = min(len(low), m.end() + WINDOW)
        joined = " ".join(SEPARATORS.sub(" ", low[m.end() : end]).split())
        if ORDERED.search(joined) and (RISK.search(joined) or CONSEQUENCE.search(joined) or SECRET_VARIABLE.search(joined)):
            return [Finding("inject.dangling_address", 1.0, m.start(), end)]
    return []
