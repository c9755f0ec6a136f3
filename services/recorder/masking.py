"""Prompts are stored as masked as the policy says, and never with a credential.

A body is recorded as the client sent it unless request masking was on at the gateway.
Before storing a body's contents the recorder masks them once more with the masker's own
request scan (``services/masker/request.py``): every rule of the policy's ``[masker]`` section
for callers whose requests the policy masks (``mask_requests``/``request_roles``), and the
credential rules (the ``secret`` category and custom rules) for everyone else. Masking what
is already masked changes nothing.

Each turn re-sends the whole conversation, so each content is masked once per session: a
memory-only cache maps an HMAC of the raw content (keyed per caller and session) to its
masked form. What a scan finds does not depend on the session's key (the key only makes the
stand-in tokens), so a content with nothing to mask is clean for every caller and session
under the same rules: a second memory-only set, an HMAC of the content under the recorder's
own key, remembers those, and a system prompt or tool history many sessions share is scanned
once. Nothing derived from raw content is ever stored.
"""

from __future__ import annotations

import hashlib
import hmac
from collections import OrderedDict
from typing import Any

import msgspec

from schemas.events import Identity
from services.masker.detectors import BUILTIN, SECRET
from services.masker.engine import Ruleset
from services.masker.policy import masks_requests
from services.masker.request import mask_request_body
from services.masker.worker import DEFAULT_POLICY, ActivePolicy, session_key

CACHE_ENTRIES = 200_000


def credential_rules(active: ActivePolicy) -> Ruleset:
    """The built-in secret detectors plus the policy's custom rules: what is masked for every caller."""
    rules = [compiled.rule for compiled in active.rules.rules if compiled.rule.category in (SECRET, "custom")]
    if not rules:
        rules = [rule for rule in BUILTIN if rule.category == SECRET]
    return Ruleset(rules)


class PromptMasking:
    """Masks the contents of one request body before they are stored; pure apart from its cache."""

    def __init__(self, secret: bytes, active: ActivePolicy = DEFAULT_POLICY):
        self.secret = secret
        self.cache: OrderedDict[bytes, bytes] = OrderedDict()
        self.clean: OrderedDict[bytes, None] = OrderedDict()
        """HMACs (under ``secret``) of contents the rules found nothing in, whoever sent them."""
        self.use(active)

    def use(self, active: ActivePolicy) -> None:
        self.active = active
        self.credentials = credential_rules(active)
        self.cache.clear()
        self.clean.clear()

    def rules_for(self, identity: Identity) -> Ruleset:
        return self.active.rules if masks_requests(self.active.policy, identity.roles) else self.credentials

    def mask(self, identity: Identity, session_id: str, part: str, content: bytes) -> bytes:
        """One part of a body (``system`` or one message) as JSON, masked; ``tools`` definitions are kept."""
        if part == "tools":
            return content
        rules = self.rules_for(identity)
        scanned = id(rules).to_bytes(8, "little") + part.encode() + b"\0" + content
        clean_key = hmac.new(self.secret, scanned, hashlib.sha256).digest()
        if clean_key in self.clean:
            self.clean.move_to_end(clean_key)
            return content
        key = session_key(self.secret, identity, session_id)
        cache_key = hmac.new(key, scanned, hashlib.sha256).digest()
        masked = self.cache.get(cache_key)
        if masked is not None:
            self.cache.move_to_end(cache_key)
            return masked
        masked = _mask_part(part, content, rules, key)
        if masked is content:
            _remember(self.clean, clean_key, None)
        else:
            _remember(self.cache, cache_key, masked)
        return masked


def _remember(cache: OrderedDict, key: bytes, value) -> None:
    cache[key] = value
    if len(cache) > CACHE_ENTRIES:
        cache.popitem(last=False)


def _mask_part(part: str, content: bytes, rules: Ruleset, key: bytes) -> bytes:
    value: Any = msgspec.json.decode(content)
    document = {"system": value} if part == "system" else {"messages": [value]}
    masked, findings = mask_request_body(document, rules, key)
    if not findings:
        return content
    return msgspec.json.encode(masked["system"] if part == "system" else masked["messages"][0])
