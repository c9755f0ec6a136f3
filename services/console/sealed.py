"""Console state the browser carries sealed (AES-256-GCM), so that every gateway process serves every person.

``lockgate up`` runs several gateway processes on one port (SO_REUSEPORT); a session or a sign-in in
progress kept in one process's memory would be unknown to the next connection's process. The
session (the person's access token, the CSRF token, the expiry) and the pending sign-in (state, PKCE
verifier) are sealed under a key in ``DATA_DIR/console.key`` (0600, created on first start) that all
of them read. The browser cannot read or alter what it carries; each kind is bound to its purpose.
"""

from __future__ import annotations

import base64
import binascii
import os
import secrets
import time
import uuid
from pathlib import Path
from typing import Any

import msgspec
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_FILE = "console.key"
NONCE_BYTES = 12


class Sealer:
    def __init__(self, key: bytes):
        self._aead = AESGCM(key)

    @classmethod
    def at(cls, data_dir: str | os.PathLike) -> Sealer:
        """The key in ``DATA_DIR/console.key``; the first process to start writes it (atomically: no half-written key)."""
        path = Path(data_dir) / KEY_FILE
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            staging = path.with_name(f".{KEY_FILE}.{uuid.uuid4().hex}")
            descriptor = os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(descriptor, "w") as file:
                file.write(secrets.token_hex(32) + "\n")
            try:
                os.link(staging, path)
            except FileExistsError:
                pass
            finally:
                staging.unlink(missing_ok=True)
        return cls(bytes.fromhex(path.read_text().strip()))

    def seal(self, purpose: str, value: dict[str, Any], ttl_s: float) -> str:
        plaintext = msgspec.json.encode({**value, "exp": time.time() + ttl_s})
        nonce = os.urandom(NONCE_BYTES)
        return base64.urlsafe_b64encode(nonce + self._aead.encrypt(nonce, plaintext, purpose.encode())).decode().rstrip("=")

    def open(self, purpose: str, sealed: str | None) -> dict[str, Any] | None:
        """What was sealed for ``purpose``, or None when it is absent, altered, for another purpose or expired."""
        if not sealed or len(sealed) > 8192:
            return None
        try:
            raw = base64.urlsafe_b64decode(sealed + "=" * (-len(sealed) % 4))
            value = msgspec.json.decode(self._aead.decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], purpose.encode()))
        except (binascii.Error, ValueError, InvalidTag, msgspec.DecodeError):
            return None
        if not isinstance(value, dict) or not isinstance(value.get("exp"), (int, float)) or value["exp"] <= time.time():
            return None
        return value
