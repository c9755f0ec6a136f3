"""Masking SSE deltas as they arrive, holding back only a match in progress.

After each chunk the scan reports the earliest position where a rule could
still be matching (a prefix of some rule's match that runs to the end of the
text so far). Everything before it is decided and released at once; the rest
waits for the next chunk. That tail is a prefix of a match, so it never exceeds
``Ruleset.bound``, and the concatenated output equals ``mask_text`` of the
whole text for any chunking.

The state is a small msgspec Struct carried in the event, so any replica of a
queue group can serve the next chunk.
"""

from __future__ import annotations

import msgspec

from .engine import WIDE_CONTEXT, Finding, Ruleset


class StreamState(msgspec.Struct, kw_only=True):
    tail: str = ""
    """Received and not yet released (original text)."""
    before: str = ""
    """The last released characters of the original text: context for word boundaries and JSON escapes."""
    offset: int = 0
    """Position of ``tail[0]`` in the content block."""
    findings: int = 0
    held_max: int = 0
    """The longest tail held so far, in characters."""


class StreamMasker:
    """Masks one content block's text (text_delta, input_json_delta partial_json, thinking_delta)."""

    def __init__(self, rules: Ruleset, session_key: bytes, state: StreamState | None = None):
        self._rules = rules
        self._key = session_key
        self._state = state or StreamState()

    @classmethod
    def from_state(cls, state: StreamState, rules: Ruleset, session_key: bytes) -> StreamMasker:
        return cls(rules, session_key, state)

    @property
    def state(self) -> StreamState:
        return self._state

    def feed(self, chunk: str) -> tuple[str, list[Finding]]:
        """The masked text that is safe to release now, and what was masked in it."""
        return self._advance(chunk, final=False)

    def flush(self) -> tuple[str, list[Finding]]:
        """At content_block_stop: nothing more can come, so release the rest."""
        return self._advance("", final=True)

    def _advance(self, chunk: str, final: bool) -> tuple[str, list[Finding]]:
        st = self._state
        data = (st.before + st.tail + chunk).encode()
        pos = len(st.before.encode())
        hits, cut = self._rules.scan(data, pos, final)
        out, findings = self._rules.render(data, hits, pos, cut, self._key, st.offset)
        released = data[pos:cut].decode()
        tail = data[cut:].decode()
        self._state = StreamState(
            tail=tail,
            before=(st.before + released)[-WIDE_CONTEXT:],
            offset=st.offset + len(released),
            findings=st.findings + len(findings),
            held_max=max(st.held_max, len(tail)),
        )
        return out, findings
