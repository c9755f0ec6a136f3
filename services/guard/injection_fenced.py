"""Chat-format samples in a fenced code block: documentation shows the markup, it does not speak through it.

Docs about models and their APIs show what a conversation looks like in a fenced block: ChatML (``<|im_start|>system
You are a helpful assistant.<|im_end|>``), ``[INST] <<SYS>>``, a ``messages`` array with ``"role": "system"``. Search
results and scraped HTML flatten the block onto one line (three backticks, ``<|im_start|>system …``, three backticks;
or ``json<br>{…}<br>`` between them), so the sample no longer follows the line that introduces it
("looks like this:"), and its role tokens and "You are a … assistant" read as forged turns. The fence itself says the
text is shown. A fenced sample whose turns ask for an effect on something at stake (a secret, the user's things,
money, an outside address, production) is no sample: an injection may wear a fence too, and it is judged as said.

``fenced_samples`` lists the fenced blocks that hold chat-format markup and no such order, as cited spans.

Pure: one bounded pass for the fences; each block is looked at once.
"""

from __future__ import annotations

import re

from .injection_address import names_acted_on
from .injection_duty import AT_STAKE
from .injection_lead import EFFECT_WORD, STAKE, UNSEEN
from .injection_machine import RISK
from .prefilter import Scan

FENCE = re.compile(r"```[^`]{1,2000}?```")
CHAT_FORMAT = re.compile(
    r"<\|(?:im_start|im_end|system|user|assistant|end)\|>|\[/?inst\]|<</?sys>>|\"role\"\s*:\s*\"(?:system|user|assistant|developer)\"|"
    r"^[ \t]*(?:###[ \t]*(?:instruction|response|system)|(?:human|assistant|user|system)[ \t]*:)",
    re.M,
)
"""Markup of a chat format: role tokens, Llama's instruction tags, a role field of a messages array, turn labels."""
MAX_FENCES = 16


def fenced_samples(scan: Scan) -> list[tuple[int, int]]:
    """The spans of fenced blocks that hold chat-format markup and ask no effect on something at stake."""
    low = scan.text
    if "```" not in low:
        return []
    out: list[tuple[int, int]] = []
    for seen, m in enumerate(FENCE.finditer(low)):
        if seen == MAX_FENCES:
            break
        start, end = m.span()
        if not CHAT_FORMAT.search(low, start, end):
            continue
        asked = EFFECT_WORD.search(low, start, end) and (
            names_acted_on(scan, start, end) or RISK.search(low, start, end) or STAKE.search(low, start, end)
            or UNSEEN.search(low, start, end) or AT_STAKE.search(low, start, end)
        )
        if not asked:
            out.append((start, end))
    return out
