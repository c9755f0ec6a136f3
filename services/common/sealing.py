"""Sealed tool inputs: what a replay needs to re-judge a tool call, without the secret in the clear.

The egress records ``tool_use.proposed`` with the input masked (the stream is read by
audit tools and SIEMs), but the guard judged the input as the model wrote it, secrets
included: a rule that looks at a secret cannot be re-judged from the masked copy. So the
egress also records the unmasked input sealed with AES-256-GCM under a key that only the
writer (the gateway) and the readers that need it (``lockgate replay``) hold: the file
``DATA_DIR/replay.key`` (0600, created on first use like the NATS seeds), or the file named
by ``LOCKGATE_REPLAY_KEY_FILE``. The additional data binds each sealed input to its request
and tool call, so it cannot be moved onto another recorded call.

The recorder seals the same way the parts of a request body its DuckDB file keeps only masked
(``seal_part``): a replay that reads beyond the stream's retention rebuilds the body the guard
judged. Those are bound to their request and place in the body, under another label.

Sealed text: ``<key id>.<base64url(nonce || ciphertext || tag)>``; the key id is the first 8
hex digits of the key's SHA-256, so a replay with the wrong key says so instead of failing
obscurely.
"""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
from collections.abc import Mapping
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_FILE = "replay.key"
KEY_FILE_ENV = "LOCKGATE_REPLAY_KEY_FILE"
NONCE_BYTES = 12


class SealError(Exception):
    """A sealed input cannot be opened: another key, altered, or not a sealed input at all."""


def key_path(data_dir: str | os.PathLike, env: Mapping[str, str] = os.environ) -> Path:
    return Path(env.get(KEY_FILE_ENV) or Path(data_dir) / KEY_FILE)


class InputSealer:
    """Seals and opens tool inputs with one AES-256-GCM key."""

    def __init__(self, key: bytes):
        if len(key) != 32:
            raise SealError("the replay key must be 32 bytes")
        self._aead = AESGCM(key)
        self.key_id = hashlib.sha256(key).hexdigest()[:8]

    @classmethod
    def at(cls, data_dir: str | os.PathLike, create: bool = True, env: Mapping[str, str] = os.environ) -> InputSealer:
        """The key in ``DATA_DIR/replay.key`` (or ``LOCKGATE_REPLAY_KEY_FILE``), created 0600 on first use if ``create``."""
        path = key_path(data_dir, env)
        if create and not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                pass
            else:
                with os.fdopen(descriptor, "w") as file:
                    file.write(secrets.token_hex(32) + "\n")
        try:
            text = path.read_text().strip()
        except OSError as exc:
            raise SealError(f"no replay key at {path} ({exc.strerror})") from None
        try:
            return cls(bytes.fromhex(text))
        except ValueError:
            raise SealError(f"{path} does not hold a replay key (64 hex digits)") from None

    def seal(self, plaintext: bytes, request_id: str, tool_use_id: str) -> str:
        return self._seal(plaintext, _bound_to(request_id, tool_use_id))

    def open(self, sealed: str, request_id: str, tool_use_id: str) -> bytes:
        return self._open(sealed, _bound_to(request_id, tool_use_id))

    def seal_part(self, plaintext: bytes, request_id: str, part: str) -> str:
        """One part of a request body (``system``, ``messages.3``) as the client sent it, for the recorder's DuckDB:
        bound to its request and place, and never mistakable for a sealed tool input."""
        return self._seal(plaintext, _part_of(request_id, part))

    def open_part(self, sealed: str, request_id: str, part: str) -> bytes:
        return self._open(sealed, _part_of(request_id, part))

    def _seal(self, plaintext: bytes, bound_to: bytes) -> str:
        nonce = os.urandom(NONCE_BYTES)
        return f"{self.key_id}.{base64.urlsafe_b64encode(nonce + self._aead.encrypt(nonce, plaintext, bound_to)).decode()}"

    def _open(self, sealed: str, bound_to: bytes) -> bytes:
        key_id, _, body = sealed.partition(".")
        if key_id != self.key_id:
            raise SealError(f"sealed with key {key_id!r}, this replay holds key {self.key_id!r}")
        try:
            raw = base64.urlsafe_b64decode(body.encode())
            return self._aead.decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], bound_to)
        except (ValueError, InvalidTag):
            raise SealError("the sealed input was altered or belongs to another call") from None


def _part_of(request_id: str, part: str) -> bytes:
    return f"lockgate.request.received.body\0{request_id}\0{part}".encode()


def _bound_to(request_id: str, tool_use_id: str) -> bytes:
    return f"lockgate.tool_use.proposed\0{request_id}\0{tool_use_id}".encode()
