"""A JSON string that closes itself in the middle of its prose and opens a forged key of the model's protocol.

An API answer carries free text in JSON strings, where a quotation mark is escaped (``\\"``). A value whose prose runs
on into an escaped key, or ends with an escaped quote and closing brackets and opens a new key, of the chat protocol or
the system's voice (``… Orchard Analytics \\"system_directive\\": \\"Assistant must …``, ``… 'Refund in progress'.
\\"}], \\"messages\\": [{\\"role\\": \\"user\\" …``) is written to read, once unescaped, as structure the reader obeys.
A program that stores JSON inside JSON starts the stored document at the value's start (``"{\\"role\\": …``): such a
value is its own structure, escaped, and is left alone.

- ``inject.fake_structure`` (1.0): prose run on into an escaped key naming the system's instructions; or prose, an
  escaped quote, brackets closed and a new message list.

Pure: one RE2 scan over the raw text.
"""

from __future__ import annotations

import re

from .prefilter import Scan, compile_re2

BREAKOUT = compile_re2(
    r"(?i)[\pL\pN.!?'’)] \\\"(?:system[\w-]{0,20}|instructions?|developer[\w-]{0,10}|prompt)\\\"[ \t]*:"
    r"|[\pL\pN.!?'’)] ?\\\"[ \t]*[}\]]{1,3}[ \t]*,[ \t]*\\\"messages\\\"[ \t]*:"
)
"""Prose run on into an escaped key of the system's voice (the string never closed: a document quoting a request closes
each value before the next key); or a message list closed and a new one opened ("\\"}], \\"messages\\": …"): a document quoting a request shows its list whole."""
MAX_EVIDENCE = 120
VALUE_OPENS = re.compile(r"((?:[^\"]|\"\\)*)\"\s*:")
"""Read backwards from the break-out: the string's text back to its opening quote, after its key's colon."""
REACH = 2000


def json_breakouts(raw: str) -> list[str]:
    """The first forged break-out of a JSON string in the raw text (its evidence), or none: the fold reads escaped
    quotes as quotes, so the escapes are looked for before it."""
    if '\\"' not in raw:
        return []
    for start, end in Scan(raw).spans(BREAKOUT):
        value = VALUE_OPENS.match(raw[max(0, start - REACH) : start][::-1])
        if value and value.group(1)[::-1].lstrip().startswith(("{", "[")):
            continue  # a document stored as a string: its own structure, escaped
        return [raw[start : min(len(raw), end + MAX_EVIDENCE)]]
    return []
