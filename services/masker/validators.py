"""Checks run on candidate matches only: checksums, numbering plans, placeholders.

A validator takes the matched text and returns how many of its leading
characters are the real value, 0 when it is not one. Returning a shorter length
lets a greedy pattern that ran on into the next group ("DE89 3704 0044 0532
0130 00 2024") still report exactly the IBAN.
"""

from __future__ import annotations

import base64
import binascii
import ipaddress
import json
import re

import phonenumbers

_SEPARATORS = " -."

# ---------------------------------------------------------------- placeholders

_PLACEHOLDER_WORDS = (
    "example", "your", "placeholder", "dummy", "redacted", "here", "xxxx", "changeme",
    "sample", "fake", "insert", "replace", "secret", "password", "token", "apikey", "api_key",
)
_SEQUENCES = ("0123456", "1234567", "abcdefg", "ABCDEFG")
_RUN = re.compile(r"(.)\1{4}")


def is_placeholder(value: str) -> bool:
    """Documentation stand-ins: EXAMPLE keys, xxxx fillers, runs and sequences, too few distinct characters."""
    lower = value.lower()
    if any(word in lower for word in _PLACEHOLDER_WORDS) or any(s in value for s in _SEQUENCES):
        return True
    if any(ch in value for ch in "<>{}$*…") or "..." in value or _RUN.search(value):
        return True
    return len(set(value)) < min(12, len(value) * 2 // 5)


def token(value: str) -> int:
    """Format-defined keys: the format matched, so only placeholders are turned away."""
    return 0 if is_placeholder(_body(value)) else len(value)


def _body(value: str) -> str:
    """The random part of a prefixed key: what follows its vendor prefix (ghp_, sk-ant-api03-, AKIA…)."""
    for cut in ("_", "-"):
        head, sep, tail = value.rpartition(cut)
        if sep and len(head) <= 14 and len(tail) >= 16:
            return tail
    return value[4:] if value[:4].isupper() and value[:4].isalpha() else value


def jwt(value: str) -> int:
    """The header must decode to a JSON object naming an algorithm."""
    header = value.split(".", 1)[0]
    try:
        decoded = json.loads(base64.urlsafe_b64decode(header + "=" * (-len(header) % 4)))
    except (ValueError, binascii.Error):
        return 0
    return len(value) if isinstance(decoded, dict) and "alg" in decoded else 0


_VENDOR_PREFIXES = (
    "AKIA", "ASIA", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "glpat-", "xox", "sk_live_",
    "sk_test_", "rk_live_", "rk_test_", "AIza", "sk-", "eyJ", "-----BEGIN", "https://hooks.slack.com/",
)


def has_own_format(value: str) -> bool:
    """A value with a vendor prefix is left to its own rule, which knows its type and its placeholders."""
    return value.startswith(_VENDOR_PREFIXES)


_CODE_REFERENCE = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+")
_NOT_SECRETS = {"null", "none", "true", "false", "undefined", "required", "optional", "string", "hidden"}


def credential(value: str) -> int:
    """A ``password=``-style value: not a code reference, an env var name, a template or a plain word."""
    stripped = value.rstrip(".")
    if has_own_format(stripped) or stripped.lower() in _NOT_SECRETS or _CODE_REFERENCE.fullmatch(stripped):
        return 0
    if stripped[:1] in "$%{<[(*#" or any(ch in stripped for ch in "()[]{}") or is_placeholder_word(stripped):
        return 0
    has_digit_or_symbol = any(not ch.isalpha() for ch in stripped)
    return len(stripped) if has_digit_or_symbol or len(stripped) >= 12 else 0


def url_password(value: str) -> int:
    """The password part of ``scheme://user:pass@host``; doc stand-ins such as ``user:password@`` are not secrets."""
    return 0 if is_placeholder_word(value) or has_own_format(value) or value[:1] in "$%{<*" else len(value)


def is_placeholder_word(value: str) -> bool:
    lower = value.lower().strip("_-")
    return (lower in {"pass", "passwd", "pwd", "pw", "secret", "password", "mypassword", "changeme", "xxx", "test"}
            or "your" in lower or "example" in lower or "placeholder" in lower or "redacted" in lower
            or "xxxx" in lower or "****" in lower or len(set(lower)) == 1)


# ---------------------------------------------------------------- personal data

def luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


_CARD_BRANDS = (  # (IIN range low, high, number of prefix digits, allowed lengths)
    (4, 4, 1, {13, 16, 19}),                          # Visa
    (51, 55, 2, {16}), (2221, 2720, 4, {16}),         # Mastercard
    (34, 34, 2, {15}), (37, 37, 2, {15}),             # American Express
    (6011, 6011, 4, {16, 19}), (644, 649, 3, {16, 19}), (65, 65, 2, {16, 19}),  # Discover
    (3528, 3589, 4, {16, 17, 18, 19}),                # JCB
    (300, 305, 3, {14, 16}), (36, 36, 2, {14, 16}), (38, 39, 2, {14, 16}),      # Diners
    (62, 62, 2, {16, 17, 18, 19}),                    # UnionPay
    (50, 50, 2, set(range(13, 20))), (56, 58, 2, set(range(13, 20))),          # Maestro
    (2200, 2204, 4, {16}),                            # Mir
)


def _card_digits_ok(digits: str) -> bool:
    return any(low <= int(digits[:n]) <= high and len(digits) in lengths
               for low, high, n, lengths in _CARD_BRANDS) and luhn(digits)


def card(value: str) -> int:
    """13-19 digits with one kind of separator, a known issuer prefix for that length, and a valid Luhn digit."""
    separators = {ch for ch in value if not ch.isdigit()}
    if len(separators) > 1:
        return 0
    return _longest_valid(value, lambda v: _card_digits_ok(_digits(v)))


_IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29,
    "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24,
    "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21,
    "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28,
    "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31,
    "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22,
    "SA": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24,
}


def iban_ok(compact: str) -> bool:
    if _IBAN_LENGTHS.get(compact[:2]) != len(compact):
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


def iban(value: str) -> int:
    """Country length and the ISO 13616 mod-97 check, trimmed to the country's length."""
    length = _IBAN_LENGTHS.get(value[:2])
    if length is None:
        return 0
    seen = 0
    for end, ch in enumerate(value, 1):
        seen += ch != " "
        if seen == length:
            boundary = end == len(value) or value[end] == " "
            return end if boundary and iban_ok(value[:end].replace(" ", "")) else 0
    return 0


_INVALID_SSNS = {"078051120", "219099999", "123456789"}


def ssn(value: str) -> int:
    """SSA rules: area not 000, 666 or 9xx; group not 00; serial not 0000; not a famous sample number."""
    digits = _digits(value)
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000" or digits in _INVALID_SSNS:
        return 0
    return len(value)


_RESERVED_DOMAINS = ("example.com", "example.org", "example.net")
_RESERVED_TLDS = ("example", "test", "invalid", "localhost", "local")
_FILE_TLDS = {"png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "js", "css", "py", "ts"}


def email(value: str) -> int:
    """Addresses at reserved documentation domains, SSH remotes (git@host) and asset names (icon@2x.png) are not personal data."""
    local, _, domain = value.rpartition("@")
    domain = domain.lower()
    tld = domain.rsplit(".", 1)[-1]
    if local.lower() == "git" or tld in _FILE_TLDS or tld in _RESERVED_TLDS:
        return 0
    if any(domain == d or domain.endswith("." + d) for d in _RESERVED_DOMAINS):
        return 0
    return len(value)


def phone(value: str) -> int:
    """Valid for its numbering plan per libphonenumber; national numbers are read as US (the only national form matched)."""
    region = None if value.startswith("+") else "US"

    def valid(candidate: str) -> bool:
        try:
            return phonenumbers.is_valid_number(phonenumbers.parse(candidate, region))
        except phonenumbers.NumberParseException:
            return False

    return _longest_valid(value, valid)


def ipv4(value: str) -> int:
    try:
        ipaddress.IPv4Address(value)
    except ValueError:
        return 0
    return len(value)


def ipv6(value: str) -> int:
    try:
        ipaddress.IPv6Address(value)
    except ValueError:
        return 0
    return len(value) if value != "::" else 0


# ---------------------------------------------------------------- helpers

def _digits(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def _longest_valid(value: str, valid) -> int:
    """The longest prefix of ``value`` ending before a separator (or at its end) that ``valid`` accepts."""
    cuts = [len(value)] + [i for i in range(len(value) - 1, 0, -1) if value[i] in _SEPARATORS]
    for cut in cuts:
        if valid(value[:cut]):
            return cut
    return 0
