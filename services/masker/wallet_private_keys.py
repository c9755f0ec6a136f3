"""Bitcoin private keys in Wallet Import Format (issue 16, pass 34m).

A WIF key is Base58Check of a version byte (0x80 mainnet, 0xEF testnet), the 32-byte secret and, for a compressed
public key, 0x01: 51 characters starting with 5 (mainnet) or 9 (testnet) uncompressed, 52 starting with K or L
(mainnet) or c (testnet) compressed. Its four-byte double-SHA-256 checksum is what tells it from any other run of
Base58 (addresses, IPFS ids, random words): one run in 2^32 passes by chance, so it is masked wherever it stands,
with no name before it. The shape ends at the run's end, so a stream holds back at most those 52 characters.
"""

from __future__ import annotations

import hashlib

from .engine import Rule

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_VERSIONS = (0x80, 0xEF)


def wif_key(value: str) -> int:
    """The value's length if it decodes to a version byte, 32 bytes (and 0x01 when 52 long) and a valid checksum."""
    number = 0
    for ch in value:
        index = _B58.find(ch)
        if index < 0:
            return 0
        number = number * 58 + index
    raw = number.to_bytes((number.bit_length() + 7) // 8, "big")
    payload, check = raw[:-4], raw[-4:]
    if len(payload) not in (33, 34) or payload[0] not in _VERSIONS or (len(payload) == 34 and payload[-1] != 1):
        return 0
    return len(value) if hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] == check else 0


RULES = (
    Rule("bitcoin_wif_key", "crypto_private_key",
         r"\b(?:[59][1-9A-HJ-NP-Za-km-z]{50}|[KLc][1-9A-HJ-NP-Za-km-z]{51})\b", validate=wif_key, category="secret"),
)
