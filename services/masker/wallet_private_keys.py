"""Bitcoin private keys in Wallet Import Format (issue 16, pass 34m).

A WIF key is Base58Check of a version byte (0x80 mainnet, 0xEF testnet), the 32-byte secret and, for a compressed
public key, 0x01: 51 characters starting with 5 (mainnet) or 9 (testnet) uncompressed, 52 starting with K or L
(mainnet) or c (testnet) compressed. Its four-byte double-SHA-256 checksum is what tells it from any other run of
Base58 (addresses, IPFS ids, random words): one run in 2^32 passes by chance. The rule still starts at a word that
names a key or a wallet (``WALLET_WIF=``, ``private_key:``, ``importprivkey``, ``"wif":``): as a shape with no
literal, its search over every long run of letters and digits (base64 blobs) cut all rules' throughput by two thirds.
A stream holds back at most the 60 characters after that word and the key's 52.
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


_KEY_WORDS = r"(?i:wif|privkey|private[ _-]?key|wallet|bitcoin|btc|exported[ _-]key|sweep)"

RULES = (
    Rule("bitcoin_wif_key", "crypto_private_key",
         rf"{_KEY_WORDS}[^\r\n]{{0,60}}?\b(?P<v>[59][1-9A-HJ-NP-Za-km-z]{{50}}|[KLc][1-9A-HJ-NP-Za-km-z]{{51}})\b",
         validate=wif_key, category="secret"),
)
