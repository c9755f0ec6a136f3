"""JSON-escaped line breaks read as breaks before encoded segments are sought.

An API answer carries its text in JSON strings, where a line break is the two characters ``\\n``. A base64 payload on
its own line then reads ``…:\\nQUkgYWdlbnQ6…``: the escape's letter ``n`` belongs to the base64 alphabet, so the
segment is taken from it, decoded a character off its alignment, and turns to noise. The model sees the line break
and the payload; the decoder must see them too. Only ``\\n``, ``\\r`` and ``\\t`` (not an escaped backslash before
them) are read; the text judged is unchanged, only the decoders' copy.
"""

from __future__ import annotations

import re

ESCAPED_BREAK = re.compile(r"(?<!\\)\\[nrt]")


def breaks_read(text: str) -> str:
    """``text`` with its JSON-escaped line breaks and tabs as the characters they stand for (linear, one pass)."""
    return ESCAPED_BREAK.sub(lambda m: {"n": "\n", "r": "\r", "t": "\t"}[m.group(0)[1]], text) if "\\" in text else text
