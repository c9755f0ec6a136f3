"""Bitcoin private keys in Wallet Import Format (issue 16, pass 34m).

A WIF key is Base58Check of a version byte (0x80 mainnet, 0xEF testnet), the 32-byte secret and, for a compressed
public key, 0x01: 51 characters starting with 5 (mainnet) or 9 (testnet) uncompressed, 52 starting with K or L
(mainnet) or c (testnet) compressed. Its four-byte double-SHA-256 checksum is what tells it from any other run of
Base58 (addresses, IPFS ids, random words): one run in 2^32 passes by chance. The rule still starts at a word that
names a key or a wallet (``WALLET_WIF=``, ``private_key:``, ``importprivkey``, ``"wif":``): as a shape with no
literal, its search over every long run of letters and digits (base64 blobs) cut all rules' throughput by two thirds.
A stream holds back at most the 60 characters after that word and the key's 52.

Pass 35m: BIP32 extended private keys (``xprv``, ``tprv`` and the SLIP-132 ``yprv``/``zprv``/``uprv``/``vprv``,
Base58Check of 78 bytes: version, depth, parent fingerprint, child number, chain code, a zero byte and the key)
and Nostr secret keys (``nsec1`` and 58 Bech32 characters whose checksum holds) start at their own prefix; an
``xpub``/``npub`` is public. An Ethereum private key has the shape of a transaction hash (``0x`` and 64 hex), so it
is masked only where a deployer's config or a wallet's constructor takes one: a Hardhat or Truffle ``accounts``/
``privateKeys`` list, ``new Wallet(...)``, ``privateKeyToAccount(...)``, ``Account.from_key(...)``.
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


_BIP32_PRIVATE = {bytes.fromhex(h) for h in ("0488ade4", "04358394", "049d7878", "04b2430c", "044a4e28", "045f18bc")}
"""Version bytes of extended private keys: xprv, tprv, yprv, zprv, uprv, vprv."""


def _base58_bytes(value: str) -> bytes | None:
    number = 0
    for ch in value:
        index = _B58.find(ch)
        if index < 0:
            return None
        number = number * 58 + index
    return number.to_bytes((number.bit_length() + 7) // 8, "big")


def extended_private_key(value: str) -> int:
    """The value's length if it is Base58Check of 78 bytes with a private key's version and a zero byte before the
    key."""
    raw = _base58_bytes(value)
    if raw is None or len(raw) != 82:
        return 0
    payload, check = raw[:-4], raw[-4:]
    if payload[:4] not in _BIP32_PRIVATE or payload[45] != 0:
        return 0
    return len(value) if hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] == check else 0


_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def nostr_secret_key(value: str) -> int:
    """``nsec1`` and 58 Bech32 characters (32 bytes) whose checksum holds (the NIP-19 encoding)."""
    hrp, _, data = value.rpartition("1")
    if hrp != "nsec" or len(data) != 58 or any(ch not in _BECH32 for ch in data):
        return 0
    check = 1
    for x in [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + [_BECH32.index(ch) for ch in data]:
        top, check = check >> 25, (check & 0x1FFFFFF) << 5 ^ x
        for i, g in enumerate((0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)):
            check ^= g if (top >> i) & 1 else 0
    return len(value) if check == 1 else 0


def hex_private_key(value: str) -> int:
    """64 hex digits (after an optional ``0x``) that are no run of a few characters (``0x000...01``, ``aaaa...``)."""
    body = value[2:] if value.startswith("0x") else value
    return len(value) if len(set(body.lower())) >= 10 else 0


_KEY_WORDS = r"(?i:wif|privkey|private[ _-]?key|wallet|bitcoin|btc|exported[ _-]key|sweep)"

RULES = (
    Rule("bitcoin_wif_key", "crypto_private_key",
         rf"{_KEY_WORDS}[^\r\n]{{0,60}}?\b(?P<v>[59][1-9A-HJ-NP-Za-km-z]{{50}}|[KLc][1-9A-HJ-NP-Za-km-z]{{51}})\b",
         validate=wif_key, category="secret"),
    Rule("bitcoin_extended_private_key", "crypto_private_key", r"\b(?P<v>[xtyzuv]prv[1-9A-HJ-NP-Za-km-z]{107,108})\b",
         validate=extended_private_key, category="secret"),
    Rule("nostr_secret_key", "crypto_private_key", r"\b(?P<v>nsec1[02-9ac-hj-np-z]{58})\b", validate=nostr_secret_key,
         category="secret"),
    Rule("ethereum_key_in_accounts", "crypto_private_key",  # accounts: ["0x..."], privateKeys: ['...']
         r"\b(?:accounts|privateKeys)[\"']?[ \t]{0,3}:[ \t]{0,3}\[[ \t]{0,3}(?:\r?\n[ \t]{0,12})?[\"'`]"
         r"(?P<v>(?:0x)?[0-9a-fA-F]{64})[\"'`]", validate=hex_private_key, category="secret"),
    Rule("ethereum_key_in_wallet_call", "crypto_private_key",  # new ethers.Wallet("0x..."), privateKeyToAccount('0x...')
         r"(?:\bnew[ \t]{1,3}(?:ethers\.)?Wallet|\bprivateKeyToAccount|\bAccount\.from_key|\bfromPrivateKey)\([ \t]{0,3}"
         r"[\"'`](?P<v>(?:0x)?[0-9a-fA-F]{64})[\"'`]", validate=hex_private_key, category="secret"),
)
