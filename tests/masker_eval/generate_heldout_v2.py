#!/usr/bin/env python3
"""Generate the masker's second held-out evaluation set, ``heldout_v2.jsonl``.

Written without looking at the masker, its detectors, or the other evaluation sets. Every value is generated here
from a fixed seed (so the file is reproducible byte for byte) in the format its issuer documents: vendor prefixes,
lengths and alphabets as public secret scanners describe them, and real checksums (GitHub/npm CRC32, Luhn, IBAN
mod 97, national-id check digits, Base58Check, Bech32, EIP-55, PGP CRC24). Nothing is copied from a fixture.

Each line: {"text", "spans": [{"start", "end", "type"}], "class", "negative_class" (negatives only), "source",
"reason"}. A span covers the secret or personal VALUE only (not the key name, quotes or armour lines). A positive
span must not reach an agent in clear; a negative text must come out unchanged. IP addresses are never spans
(Lockgate ships with IP masking off).

    .venv/bin/python tests/masker_eval/generate_heldout_v2.py          # writes heldout_v2.jsonl next to this file
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import re
import string
import sys
import zlib
from pathlib import Path

SEED = 20250602
OUT = Path(__file__).with_name("heldout_v2.jsonl")

R = random.Random(SEED)

DIGITS = string.digits
UPPER = string.ascii_uppercase
LOWER = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
UPPER_ALNUM = UPPER + DIGITS
LOWER_ALNUM = LOWER + DIGITS
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def rs(alphabet: str, n: int) -> str:
    """Random string; for long alphanumeric alphabets, insist on a mix of classes so it reads like a real token."""
    while True:
        s = "".join(R.choice(alphabet) for _ in range(n))
        if n < 12 or len(set(alphabet) & set(DIGITS)) == 0 or len(set(alphabet)) <= 16:
            return s
        if any(c.isdigit() for c in s) and any(c.isalpha() for c in s):
            return s


def dg(n: int) -> str:
    return "".join(R.choice(DIGITS) for _ in range(n))


def pick(seq):
    return R.choice(seq)


# ---------------------------------------------------------------------------------------------------------------------
# Markers: S(value, type) embeds a span in a template; render() strips the markers and computes exact offsets.

_MARK = re.compile("\x02([^\x1f]*)\x1f(.*?)\x03", re.S)


def S(value: str, kind: str) -> str:
    assert "\x02" not in value and "\x03" not in value and value
    return f"\x02{kind}\x1f{value}\x03"


def render(template: str) -> tuple[str, list[dict]]:
    out: list[str] = []
    spans: list[dict] = []
    pos = 0
    n = 0
    for m in _MARK.finditer(template):
        chunk = template[pos : m.start()]
        out.append(chunk)
        n += len(chunk)
        value = m.group(2)
        spans.append({"start": n, "end": n + len(value), "type": m.group(1)})
        out.append(value)
        n += len(value)
        pos = m.end()
    out.append(template[pos:])
    return "".join(out), spans


# ---------------------------------------------------------------------------------------------------------------------
# Checksums and formats


def luhn_digit(partial: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    number = re.sub(r"\D", "", number)
    return luhn_digit(number[:-1]) == number[-1]


def spoil_last(value: str, alphabet: str = DIGITS) -> str:
    """Replace the last character (a check character) with a different one from the same alphabet."""
    last = value[-1]
    return value[:-1] + R.choice([c for c in alphabet if c != last])


CARD_BRANDS = {
    "visa": (["4"], [16]),
    "mastercard": (["51", "52", "53", "54", "55", "2221", "2300", "2720"], [16]),
    "amex": (["34", "37"], [15]),
    "discover": (["6011", "65", "644", "649"], [16]),
    "jcb": (["3528", "3530", "3566", "3589"], [16]),
    "diners": (["36", "38", "300", "305"], [14]),
    "unionpay": (["62"], [16, 17, 18, 19]),
    "maestro": (["5018", "6304", "6759", "6761"], [12, 13, 16, 19]),
}


def card_number(brand: str | None = None) -> tuple[str, str]:
    brand = brand or pick(list(CARD_BRANDS))
    prefixes, lengths = CARD_BRANDS[brand]
    prefix = pick(prefixes)
    length = pick(lengths)
    body = prefix + dg(length - len(prefix) - 1)
    return body + luhn_digit(body), brand


def fmt_card(number: str, brand: str, style: str | None = None) -> str:
    style = style or pick(["plain", "space", "dash"])
    if style == "plain":
        return number
    sep = " " if style == "space" else "-"
    if brand == "amex" and len(number) == 15:
        groups = [number[:4], number[4:10], number[10:]]
    elif len(number) == 14:
        groups = [number[:4], number[4:10], number[10:]]
    else:
        groups = [number[i : i + 4] for i in range(0, len(number), 4)]
    return sep.join(groups)


def card_bad_luhn(brand: str | None = None) -> tuple[str, str]:
    number, brand = card_number(brand)
    return spoil_last(number), brand


# IBAN ------------------------------------------------------------------------------------------------------------------


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_check_digits(cc: str, bban: str) -> str:
    return f"{98 - _iban_num(bban + cc + '00') % 97:02d}"


def iban_ok(iban: str) -> bool:
    s = re.sub(r"\s", "", iban).upper()
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def _es_ccc_digit(ten: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(ten, w, strict=False)) % 11
    return "0" if d == 11 else "1" if d == 10 else str(d)


def _it_cin(s: str) -> str:
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    total = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        total += odd[v] if i % 2 == 0 else v
    return chr(65 + total % 26)


def _bban_fr() -> str:
    bank, branch, account = dg(5), dg(5), dg(11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return f"{bank}{branch}{account}{key:02d}"


def _bban_es() -> str:
    bank, branch, account = dg(4), dg(4), dg(10)
    return bank + branch + _es_ccc_digit("00" + bank + branch) + _es_ccc_digit(account) + account


def _bban_be() -> str:
    ten = f"{pick([R.randint(0, 99), R.randint(140, 149), R.randint(310, 399), R.randint(733, 741)]):03d}" + dg(7)
    chk = int(ten) % 97 or 97
    return f"{ten}{chk:02d}"


def _bban_no() -> str:
    while True:
        ten = dg(10)
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        d = 11 - sum(int(a) * b for a, b in zip(ten, w, strict=False)) % 11
        if d == 10:
            continue
        return ten + ("0" if d == 11 else str(d))


def _bban_it() -> str:
    rest = dg(5) + dg(5) + dg(12)
    return _it_cin(rest) + rest


IBAN_BBAN = {
    "DE": lambda: dg(8) + dg(10),
    "GB": lambda: pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + dg(6) + dg(8),
    "FR": _bban_fr,
    "ES": _bban_es,
    "NL": lambda: pick(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "KNAB"]) + dg(10),
    "BE": _bban_be,
    "IT": _bban_it,
    "AT": lambda: dg(5) + dg(11),
    "CH": lambda: dg(5) + dg(12),
    "PL": lambda: dg(8) + dg(16),
    "SE": lambda: dg(3) + dg(17),
    "NO": _bban_no,
    "DK": lambda: dg(4) + dg(10),
    "IE": lambda: pick(["AIBK", "BOFI", "IPBS"]) + dg(6) + dg(8),
    "LU": lambda: dg(3) + dg(13),
    "SA": lambda: dg(2) + dg(18),
    "AE": lambda: dg(3) + dg(16),
    "TR": lambda: dg(5) + "0" + dg(16),
    "BR": lambda: dg(8) + dg(5) + dg(10) + pick("CP") + "1",
    "CZ": lambda: dg(4) + dg(6) + dg(10),
}


def iban(cc: str | None = None) -> str:
    cc = cc or pick(list(IBAN_BBAN))
    bban = IBAN_BBAN[cc]()
    return cc + iban_check_digits(cc, bban) + bban


def fmt_iban(value: str, grouped: bool | None = None) -> str:
    if grouped is None:
        grouped = R.random() < 0.5
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4)) if grouped else value


def iban_bad(cc: str | None = None) -> str:
    good = iban(cc)
    wrong = int(good[2:4])
    new = pick([d for d in range(2, 99) if d != wrong])
    return f"{good[:2]}{new:02d}{good[4:]}"


# National identifiers --------------------------------------------------------------------------------------------------


def us_ssn(sep: str = "-") -> str:
    while True:
        area = R.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}{sep}{R.randint(1, 99):02d}{sep}{R.randint(1, 9999):04d}"


def us_ssn_invalid() -> str:
    kind = pick(["000", "666", "9xx", "group00", "serial0000"])
    if kind == "000":
        return f"000-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"
    if kind == "666":
        return f"666-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"
    if kind == "9xx":
        return f"9{dg(2)}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"
    if kind == "group00":
        return f"{R.randint(1, 665):03d}-00-{R.randint(1, 9999):04d}"
    return f"{R.randint(1, 665):03d}-{R.randint(1, 99):02d}-0000"


NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def uk_nino(spaced: bool | None = None) -> str:
    while True:
        pre = pick(NINO_FIRST) + pick(NINO_SECOND)
        if pre not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    d = dg(6)
    suf = pick("ABCD")
    if spaced if spaced is not None else R.random() < 0.5:
        return f"{pre} {d[:2]} {d[2:4]} {d[4:]} {suf}"
    return f"{pre}{d}{suf}"


def nhs_number(sep: str = " ") -> str:
    while True:
        nine = str(R.randint(4, 9)) + dg(8)
        c = 11 - sum(int(a) * w for a, w in zip(nine, range(10, 1, -1), strict=False)) % 11
        if c == 10:
            continue
        c = 0 if c == 11 else c
        n = nine + str(c)
        return f"{n[:3]}{sep}{n[3:6]}{sep}{n[6:]}"


def nhs_bad() -> str:
    n = nhs_number("")
    while True:
        bad = spoil_last(n)
        c = 11 - sum(int(a) * w for a, w in zip(bad[:9], range(10, 1, -1), strict=False)) % 11
        if str(0 if c == 11 else c) != bad[9]:
            return f"{bad[:3]} {bad[3:6]} {bad[6:]}"


def _iso7064_11_10(digits: str) -> str:
    product = 10
    for ch in digits:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return "0" if c == 10 else str(c)


def de_steuer_id() -> str:
    while True:
        # one digit appears exactly twice, one digit is missing, first digit not zero
        ds = R.sample(DIGITS, 9)
        ds.append(R.choice(ds))
        R.shuffle(ds)
        if ds[0] == "0":
            continue
        ten = "".join(ds)
        return ten + _iso7064_11_10(ten)


def fr_nir(spaced: bool = True) -> str:
    sex = pick("12")
    yy = dg(2)
    mm = f"{R.randint(1, 12):02d}"
    dept = f"{pick([d for d in range(1, 96) if d != 20]):02d}"
    commune = f"{R.randint(1, 990):03d}"
    order = f"{R.randint(1, 999):03d}"
    base = sex + yy + mm + dept + commune + order
    key = 97 - int(base) % 97
    if spaced:
        return f"{sex} {yy} {mm} {dept} {commune} {order} {key:02d}"
    return f"{base}{key:02d}"


def fr_nir_bad() -> str:
    v = fr_nir(spaced=True)
    key = int(v[-2:])
    return v[:-2] + f"{(key + R.randint(1, 50)) % 97 + 1:02d}"


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni() -> str:
    n = R.randint(1000000, 99999999)
    return f"{n:08d}{DNI_LETTERS[n % 23]}"


def es_nie() -> str:
    p = pick("XYZ")
    n = dg(7)
    return f"{p}{n}{DNI_LETTERS[int(str('XYZ'.index(p)) + n) % 23]}"


_CF_ODD = dict(zip(DIGITS, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21], strict=True))
_CF_ODD.update(
    zip(UPPER, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23], strict=True)
)


def cf_check(s15: str) -> str:
    total = 0
    for i, c in enumerate(s15):
        if i % 2 == 0:
            total += _CF_ODD[c]
        else:
            total += int(c) if c.isdigit() else ord(c) - 65
    return chr(65 + total % 26)


def it_codice_fiscale() -> str:
    cons = "BCDFGHJKLMNPQRSTVZ"
    sur = "".join(pick(cons) for _ in range(2)) + pick("AEIOU" + cons)
    name = "".join(pick(cons) for _ in range(3))
    yy = dg(2)
    month = pick("ABCDEHLMPRST")
    day = R.randint(1, 28) + (40 if R.random() < 0.5 else 0)
    town = pick(["H501", "F205", "L219", "A944", "G273", "F839", "D612", "L736", "C351", "A662"])
    s15 = f"{sur}{name}{yy}{month}{day:02d}{town}"
    return s15 + cf_check(s15)


def nl_bsn() -> str:
    while True:
        eight = str(R.randint(1, 6)) + dg(7)
        s = sum(int(d) * w for d, w in zip(eight, range(9, 1, -1), strict=False))
        last = s % 11
        if last < 10:
            return eight + str(last)


def nl_bsn_bad() -> str:
    v = nl_bsn()
    while True:
        bad = spoil_last(v)
        s = sum(int(d) * w for d, w in zip(bad[:8], range(9, 1, -1), strict=False)) - int(bad[8])
        if s % 11:
            return bad


def pl_pesel() -> str:
    year = R.randint(1950, 2012)
    month = R.randint(1, 12)
    day = R.randint(1, 28)
    mm = month + (20 if year >= 2000 else 0)
    ten = f"{year % 100:02d}{mm:02d}{day:02d}{dg(4)}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(ten, w, strict=False)) % 10) % 10
    return ten + str(c)


def br_cpf(formatted: bool = True) -> str:
    while True:
        nine = dg(9)
        if len(set(nine)) > 1:
            break
    d1 = sum(int(a) * b for a, b in zip(nine, range(10, 1, -1), strict=False)) * 10 % 11 % 10
    ten = nine + str(d1)
    d2 = sum(int(a) * b for a, b in zip(ten, range(11, 1, -1), strict=False)) * 10 % 11 % 10
    v = ten + str(d2)
    return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}" if formatted else v


def br_cpf_bad() -> str:
    v = br_cpf(formatted=False)
    bad = v[:9] + f"{(int(v[9:]) + R.randint(1, 98)) % 100:02d}"
    return f"{bad[:3]}.{bad[3:6]}.{bad[6:9]}-{bad[9:]}"


def _cnpj_digit(s: str) -> str:
    w = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2][-len(s) :]
    d = 11 - sum(int(a) * b for a, b in zip(s, w, strict=False)) % 11
    return "0" if d >= 10 else str(d)


def br_cnpj() -> str:
    twelve = dg(8) + "0001"
    d1 = _cnpj_digit(twelve)
    d2 = _cnpj_digit(twelve + d1)
    v = twelve + d1 + d2
    return f"{v[:2]}.{v[2:5]}.{v[5:8]}/{v[8:12]}-{v[12:]}"


_VD = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]  # fmt: skip
_VP = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]  # fmt: skip
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(num: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def in_aadhaar(spaced: bool = True) -> str:
    while True:
        eleven = str(R.randint(2, 9)) + dg(10)
        v = eleven + verhoeff_digit(eleven)
        if v != v[::-1]:
            break
    return f"{v[:4]} {v[4:8]} {v[8:]}" if spaced else v


def in_aadhaar_bad() -> str:
    v = in_aadhaar(spaced=False)
    bad = spoil_last(v)
    return f"{bad[:4]} {bad[4:8]} {bad[8:]}"


def in_pan() -> str:
    return rs(UPPER, 3) + pick("PCHFATBLJG") + pick(UPPER) + f"{R.randint(1, 9999):04d}" + pick(UPPER)


def au_tfn() -> str:
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        eight = dg(8)
        s = sum(int(a) * b for a, b in zip(eight, w, strict=False))
        for last in range(10):
            if (s + last * 10) % 11 == 0:
                v = eight + str(last)
                return f"{v[:3]} {v[3:6]} {v[6:]}"


def au_tfn_bad() -> str:
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        v = dg(9)
        if sum(int(a) * b for a, b in zip(v, w, strict=False)) % 11:
            return f"{v[:3]} {v[3:6]} {v[6:]}"


def au_medicare() -> str:
    eight = str(R.randint(2, 6)) + dg(7)
    c = sum(int(a) * b for a, b in zip(eight, [1, 3, 7, 9, 1, 3, 7, 9], strict=False)) % 10
    v = eight + str(c) + str(R.randint(1, 9))
    return f"{v[:4]} {v[4:9]} {v[9]}"


def au_medicare_bad() -> str:
    v = au_medicare().replace(" ", "")
    c = int(v[8])
    bad = v[:8] + str((c + R.randint(1, 9)) % 10) + v[9]
    return f"{bad[:4]} {bad[4:9]} {bad[9]}"


def ca_sin() -> str:
    first = pick("12345679")
    body = first + dg(7)
    v = body + luhn_digit(body)
    return f"{v[:3]} {v[3:6]} {v[6:]}"


def ca_sin_bad() -> str:
    v = ca_sin().replace(" ", "")
    bad = spoil_last(v)
    return f"{bad[:3]} {bad[3:6]} {bad[6:]}"


CURP_ALPHA = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ"
CURP_STATES = ["AS", "BC", "BS", "CC", "CL", "CM", "CS", "CH", "DF", "DG", "GT", "GR", "HG", "JC", "MC", "MN", "MS", "NT",
               "NL", "OC", "PL", "QT", "QR", "SP", "SL", "SR", "TC", "TS", "TL", "VZ", "YN", "ZS", "NE"]  # fmt: skip


def mx_curp() -> str:
    cons = "BCDFGHJKLMNPQRSTVWXYZ"
    vow = "AEIOU"
    while True:
        first4 = pick(cons) + pick(vow) + pick(cons) + pick(cons)
        if first4 not in {"BACA", "BUEY", "CACA", "CAGO", "COGE", "COJO", "FETO", "GUEY", "JOTO", "KACA", "KAGO",
                          "KOGE", "KOJO", "MAME", "MAMO", "MEAR", "MION", "MOCO", "MULA", "PEDO", "PENE", "PUTA", "PUTO",
                          "QULO", "RATA", "RUIN"}:  # fmt: skip
            break
    year = R.randint(1950, 2010)
    date = f"{year % 100:02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}"
    homoclave = pick(DIGITS) if year < 2000 else pick(UPPER)
    s17 = first4 + date + pick("HM") + pick(CURP_STATES) + pick(cons) + pick(cons) + pick(cons) + homoclave
    total = sum(CURP_ALPHA.index(c) * (18 - i) for i, c in enumerate(s17))
    return s17 + str((10 - total % 10) % 10)


def sg_nric() -> str:
    prefix = pick("STFG")
    seven = dg(7)
    total = sum(int(a) * b for a, b in zip(seven, [2, 7, 6, 5, 4, 3, 2], strict=False)) + (4 if prefix in "TG" else 0)
    table = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
    return prefix + seven + table[total % 11]


def kr_rrn() -> str:
    year = R.randint(1950, 2015)
    date = f"{year % 100:02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}"
    g = pick("12") if year < 2000 else pick("34")
    six = g + f"{R.randint(0, 96):02d}" + dg(3)
    twelve = date + six
    w = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
    c = (11 - sum(a * int(b) for a, b in zip(w, twelve, strict=False)) % 11) % 10
    return f"{date}-{six}{c}"


def jp_my_number() -> str:
    eleven = dg(11)
    s = sum(w * int(n) for w, n in zip((6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2), eleven, strict=False))
    r = s % 11
    v = eleven + ("0" if r <= 1 else str(11 - r))
    return f"{v[:4]} {v[4:8]} {v[8:]}"


# Crypto addresses --------------------------------------------------------------------------------------------------------


def b58encode(b: bytes) -> str:
    n = int.from_bytes(b, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    return "1" * (len(b) - len(b.lstrip(b"\0"))) + s


def btc_base58(version: int = 0) -> str:
    payload = bytes([version]) + R.randbytes(20)
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return b58encode(payload + chk)


def _bech32_polymod(values: list[int]) -> int:
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def btc_bech32() -> str:
    prog = R.randbytes(20)
    acc = 0
    bits = 0
    data = [0]
    for byte in prog:
        acc = (acc << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    pm = _bech32_polymod(_hrp_expand("bc") + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return "bc1" + "".join(BECH32[d] for d in data + chk)


_KRC = [
    0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000, 0x000000000000808B,
    0x0000000080000001, 0x8000000080008081, 0x8000000000008009, 0x000000000000008A, 0x0000000000000088,
    0x0000000080008009, 0x000000008000000A, 0x000000008000808B, 0x800000000000008B, 0x8000000000008089,
    0x8000000000008003, 0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
    0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
]  # fmt: skip
_KROT = [[0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61], [28, 55, 25, 21, 56], [27, 20, 39, 8, 14]]
_M64 = (1 << 64) - 1


def _rol(v: int, n: int) -> int:
    return ((v << n) | (v >> (64 - n))) & _M64 if n else v


def keccak256(data: bytes) -> bytes:
    rate = 136
    msg = bytearray(data) + b"\x01"
    while len(msg) % rate:
        msg.append(0)
    msg[-1] |= 0x80
    a = [[0] * 5 for _ in range(5)]
    for off in range(0, len(msg), rate):
        block = msg[off : off + rate]
        for i in range(rate // 8):
            a[i % 5][i // 5] ^= int.from_bytes(block[8 * i : 8 * i + 8], "little")
        for rc in _KRC:
            c = [a[x][0] ^ a[x][1] ^ a[x][2] ^ a[x][3] ^ a[x][4] for x in range(5)]
            d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
            a = [[a[x][y] ^ d[x] for y in range(5)] for x in range(5)]
            b = [[0] * 5 for _ in range(5)]
            for x in range(5):
                for y in range(5):
                    b[y][(2 * x + 3 * y) % 5] = _rol(a[x][y], _KROT[x][y])
            a = [[b[x][y] ^ ((~b[(x + 1) % 5][y]) & b[(x + 2) % 5][y]) for y in range(5)] for x in range(5)]
            a[0][0] ^= rc
    return b"".join(a[i % 5][i // 5].to_bytes(8, "little") for i in range(4))


def eip55(addr_hex: str) -> str:
    h = keccak256(addr_hex.encode()).hex()
    return "0x" + "".join(c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c for i, c in enumerate(addr_hex))


def eth_address() -> str:
    return eip55(R.randbytes(20).hex())


# Vendor tokens -----------------------------------------------------------------------------------------------------------


def b62(n: int) -> str:
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s or "0"


def crc_token(prefix: str) -> str:
    """GitHub / npm style: prefix + 30 random base62 + base62(crc32(random)) left-padded to 6."""
    body = rs(ALNUM, 30)
    return prefix + body + b62(zlib.crc32(body.encode())).rjust(6, "0")


def crc_token_bad(prefix: str) -> str:
    good = crc_token(prefix)
    return spoil_last(good, ALNUM)


def github_fine_grained() -> str:
    return "github_pat_11" + rs(UPPER_ALNUM, 20) + "_" + rs(ALNUM, 59)


def slack_bot() -> str:
    return f"xoxb-{dg(R.choice([11, 12, 13]))}-{dg(13)}-{rs(ALNUM, 24)}"


def slack_user() -> str:
    return f"xoxp-{dg(12)}-{dg(12)}-{dg(13)}-{rs(HEX, 32)}"


def slack_app() -> str:
    return f"xapp-1-A{rs(UPPER_ALNUM, 10)}-{dg(13)}-{rs(HEX, 64)}"


def slack_webhook_parts() -> tuple[str, str]:
    return f"https://hooks.slack.com/services/T{rs(UPPER_ALNUM, 8)}/B{rs(UPPER_ALNUM, 10)}/", rs(ALNUM, 24)


def aws_key_id() -> str:
    return pick(["AKIA", "AKIA", "AKIA", "ASIA"]) + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def aws_secret() -> str:
    return rs(B64, 40)


def gcp_api_key() -> str:
    return "AIza" + rs(B64URL, 35)


def azure_storage_key() -> str:
    return base64.b64encode(R.randbytes(64)).decode()


def azure_client_secret() -> str:
    return rs(ALNUM + "_~.", 3) + pick(DIGITS) + "Q~" + rs(ALNUM + "_~.-", 34)


def openai_key() -> str:
    if R.random() < 0.6:
        return "sk-proj-" + rs(B64URL, 74) + "T3BlbkFJ" + rs(B64URL, 74)
    return "sk-" + rs(ALNUM, 20) + "T3BlbkFJ" + rs(ALNUM, 20)


def anthropic_key() -> str:
    return pick(["sk-ant-api03-", "sk-ant-api03-", "sk-ant-admin01-"]) + rs(B64URL, 93) + "AA"


def hf_token() -> str:
    return "hf_" + rs(string.ascii_letters, 34)


def pypi_token() -> str:
    return "pypi-AgEIcHlwaS5vcmc" + rs(B64URL, R.choice([84, 120, 154]))


def sendgrid_key() -> str:
    return "SG." + rs(B64URL, 22) + "." + rs(B64URL, 43)


def shopify_token(kind: str = "shpat_") -> str:
    return kind + rs(HEX, 32)


def square_token() -> str:
    return pick(["EAAA" + rs(B64URL, 60), "sq0atp-" + rs(B64URL, 22)])


def braintree_token() -> str:
    return f"access_token$production${rs(LOWER_ALNUM, 16)}${rs(HEX, 32)}"


def sentry_dsn_parts() -> tuple[str, str, str]:
    return "https://", rs(HEX, 32), f"@o{R.randint(100000, 4999999)}.ingest.{pick(['', 'us.', 'de.'])}sentry.io/{R.randint(1000000, 4999999)}"


def heroku_key() -> str:
    return "HRKU-AA" + rs(B64URL, 58)


def uuid4() -> str:
    h = list(rs(HEX, 32))
    h[12] = "4"
    h[16] = pick("89ab")
    s = "".join(h)
    return f"{s[:8]}-{s[8:12]}-{s[12:16]}-{s[16:20]}-{s[20:]}"


def notion_token() -> str:
    return pick(["ntn_" + dg(11) + rs(ALNUM, 35), "secret_" + rs(ALNUM, 43)])


def atlassian_token() -> str:
    return "ATATT3xFfGF0" + rs(B64URL, 174) + "=" + rs(UPPER_ALNUM[:16] + "ABCDEF", 8)


def okta_token() -> str:
    return "00" + rs(B64URL, 40)


def postman_key() -> str:
    return f"PMAK-{rs(HEX, 24)}-{rs(HEX, 34)}"


def doppler_token() -> str:
    return pick(["dp.pt.", "dp.st.prd.", "dp.sa.", "dp.ct."]) + rs(ALNUM, 43)


def vault_token() -> str:
    return pick(["hvs." + rs(B64URL, 91), "hvs.CAESI" + rs(B64URL, 86), "s." + rs(ALNUM, 24)])


def tfc_token() -> str:
    return rs(LOWER_ALNUM, 14) + ".atlasv1." + rs(ALNUM + "-_", 67)


def databricks_token() -> str:
    return "dapi" + rs(HEX, 32) + pick(["", "", "-2", "-3"])


def discord_bot_token() -> str:
    first = base64.urlsafe_b64encode(str(R.randint(10**17, 10**18 - 1)).encode()).decode().rstrip("=")
    return f"{first}.{rs(B64URL, 6)}.{rs(B64URL, 38)}"


def discord_webhook_parts() -> tuple[str, str]:
    return f"https://discord.com/api/webhooks/{R.randint(10**17, 10**18 - 1)}/", rs(B64URL, 68)


def telegram_token() -> str:
    return f"{R.randint(10**8, 10**10 - 1)}:AA{rs(B64URL, 33)}"


def _b64url(obj: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt(kind: str | None = None) -> str:
    kind = kind or pick(["HS256", "RS256", "ES256", "none"])
    iat = R.randint(1_700_000_000, 1_760_000_000)
    payload = pick([
        {"sub": uuid4(), "iat": iat, "exp": iat + 3600},
        {"sub": str(R.randint(1000, 99999)), "role": "admin", "iat": iat},
        {"iss": "https://auth." + pick(["acme.io", "northwind.dev", "globex.net"]), "aud": "api", "sub": uuid4(),
         "scope": "read write", "iat": iat, "exp": iat + 900},
    ])  # fmt: skip
    head = {"alg": kind, "typ": "JWT"}
    if kind == "RS256":
        head["kid"] = rs(B64URL, 16)
    sig = {"HS256": 32, "RS256": 256, "ES256": 64, "none": 0}[kind]
    return f"{_b64url(head)}.{_b64url(payload)}." + base64.urlsafe_b64encode(R.randbytes(sig)).decode().rstrip("=")


def age_key() -> str:
    return "AGE-SECRET-KEY-1" + rs(BECH32.upper(), 58)


def grafana_sa_token() -> str:
    return "glsa_" + rs(ALNUM, 32) + "_" + rs(HEX, 8)


def django_secret() -> str:
    return "django-insecure-" + rs(LOWER_ALNUM + "!@#%^&*(-_=+)", 50) if R.random() < 0.3 else rs(LOWER_ALNUM + "!@#%^&*(-_=+)", 50)


def password() -> str:
    """A human-chosen or generated password, often with punctuation, braces or a space."""
    style = R.random()
    words = ["Harbor", "Maple", "Quartz", "Violet", "Tundra", "Falcon", "Cobalt", "Saffron", "Ember", "Lantern",
             "Juniper", "Orbit", "Granite", "Willow", "Paprika"]  # fmt: skip
    if style < 0.35:
        return rs(ALNUM + "!#%&*+-.:=?@^_~{}[]()", R.randint(14, 24))
    if style < 0.6:
        return pick(words) + pick("!@#$%&*") + dg(R.randint(2, 4)) + pick(words).lower() + pick("?!.")
    if style < 0.8:
        return f"{pick(words)} {pick(words).lower()} {dg(2)}{pick('!?%')}"
    return rs(ALNUM, 4) + pick("{}[]%") + rs(ALNUM, 5) + pick("$&*") + rs(ALNUM, 6)


def pg_safe_password() -> str:
    """Password usable inside a URL without escaping (no @ : / ? # % space)."""
    return rs(ALNUM + "!*-._~", R.randint(14, 22))


# Private keys --------------------------------------------------------------------------------------------------------------


def _wrap(s: str, width: int) -> str:
    return "\n".join(s[i : i + width] for i in range(0, len(s), width))


def _der_len(n: int) -> bytes:
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def pem_body(flavour: str) -> tuple[str, str, str]:
    """Return (begin line, body, end line) with a structurally plausible DER prefix and random key material."""
    if flavour == "rsa":
        der = b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00" + R.randbytes(1180)
        label, width = "RSA PRIVATE KEY", 64
    elif flavour == "ec":
        der = (b"\x30\x77\x02\x01\x01\x04\x20" + R.randbytes(32) + b"\xa0\x0a\x06\x08\x2a\x86\x48\xce\x3d\x03\x01\x07"
               + b"\xa1\x44\x03\x42\x00\x04" + R.randbytes(64))  # fmt: skip
        label, width = "EC PRIVATE KEY", 64
    elif flavour == "pkcs8_ed25519":
        der = b"\x30\x2e\x02\x01\x00\x30\x05\x06\x03\x2b\x65\x70\x04\x22\x04\x20" + R.randbytes(32)
        label, width = "PRIVATE KEY", 64
    elif flavour == "pkcs8_rsa":
        der = (b"\x30\x82\x04\xbd\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00\x04\x82\x04"
               b"\xa7\x30\x82\x04\xa3\x02\x01\x00\x02\x82\x01\x01\x00" + R.randbytes(1180))  # fmt: skip
        label, width = "PRIVATE KEY", 64
    elif flavour == "pkcs8_encrypted":
        der = b"\x30\x82\x01\x3c\x30\x57\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x05\x0d\x30\x4a" + R.randbytes(300)
        label, width = "ENCRYPTED PRIVATE KEY", 64
    elif flavour == "dsa":
        der = b"\x30\x82\x01\xbb\x02\x01\x00\x02\x81\x81\x00" + R.randbytes(432)
        label, width = "DSA PRIVATE KEY", 64
    elif flavour == "openssh":

        def sstr(b: bytes) -> bytes:
            return len(b).to_bytes(4, "big") + b

        pub = sstr(b"ssh-ed25519") + sstr(R.randbytes(32))
        check = R.randbytes(4)
        priv = check + check + pub + sstr(R.randbytes(64)) + sstr(pick([b"deploy@ci", b"ops@bastion", b"alice@laptop"]))
        priv += bytes(range(1, 1 + (8 - len(priv) % 8) % 8))
        der = b"openssh-key-v1\0" + sstr(b"none") + sstr(b"none") + sstr(b"") + (1).to_bytes(4, "big") + sstr(pub) + sstr(priv)
        label, width = "OPENSSH PRIVATE KEY", 70
    else:
        raise ValueError(flavour)
    body = _wrap(base64.b64encode(der).decode(), width)
    return f"-----BEGIN {label}-----", body, f"-----END {label}-----"


def public_key_pem() -> str:
    der = (b"\x30\x82\x01\x22\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00\x03\x82\x01\x0f\x00\x30\x82\x01"
           b"\x0a\x02\x82\x01\x01\x00" + R.randbytes(256) + b"\x02\x03\x01\x00\x01")  # fmt: skip
    return "-----BEGIN PUBLIC KEY-----\n" + _wrap(base64.b64encode(der).decode(), 64) + "\n-----END PUBLIC KEY-----"


def certificate_pem() -> str:
    der = b"\x30\x82\x03\x1c\x30\x82\x02\x04\xa0\x03\x02\x01\x02\x02\x14" + R.randbytes(20) + b"\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x0b\x05\x00" + R.randbytes(740)
    return "-----BEGIN CERTIFICATE-----\n" + _wrap(base64.b64encode(der).decode(), 64) + "\n-----END CERTIFICATE-----"


def crc24(data: bytes) -> int:
    crc = 0xB704CE
    for byte in data:
        crc ^= byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def pgp_private_block() -> tuple[str, str, str]:
    ts = R.randint(1_500_000_000, 1_750_000_000).to_bytes(4, "big")
    packet = b"\x95\x03\x98\x04" + ts + b"\x01\x0c\x00" + R.randbytes(0x398 - 8)
    packet += b"\xb4\x1c" + b"Ops Team <ops@northwind.dev>"[:28]
    body = _wrap(base64.b64encode(packet).decode(), 64)
    chk = "=" + base64.b64encode(crc24(packet).to_bytes(3, "big")).decode()
    return "-----BEGIN PGP PRIVATE KEY BLOCK-----\n", body + "\n" + chk, "-----END PGP PRIVATE KEY BLOCK-----"


def putty_key() -> tuple[str, str, str]:
    pub = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + R.randbytes(32)).decode()
    head = f"PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: eddsa-key-2024{dg(4)}\nPublic-Lines: 2\n{_wrap(pub, 64)}\nPrivate-Lines: 1\n"
    priv = base64.b64encode(b"\x00\x00\x00\x20" + R.randbytes(32)).decode()
    return head, priv, f"\nPrivate-MAC: {rs(HEX, 64)}"


# Phones ------------------------------------------------------------------------------------------------------------------

PHONE_REGION: dict[str, str] = {}


def _us_like(areas: list[str]) -> tuple[str, str, str]:
    while True:
        exch = str(R.randint(2, 9)) + dg(2)
        if exch[1:] != "11" and exch != "555":
            break
    return pick(areas), exch, dg(4)


def phone(region: str | None = None) -> str:
    region = region or pick(list(_PHONE_FORMATS))
    value = _PHONE_FORMATS[region]()
    PHONE_REGION[value] = region
    return value


def _ph_us() -> str:
    a, e, line = _us_like(["212", "312", "415", "617", "206", "303", "404", "512", "646", "718", "305", "713"])
    return pick([f"({a}) {e}-{line}", f"+1 {a}-{e}-{line}", f"{a}.{e}.{line}", f"+1{a}{e}{line}", f"{a}-{e}-{line}"])


def _ph_ca() -> str:
    a, e, line = _us_like(["416", "604", "514", "403", "613", "780"])
    return pick([f"({a}) {e}-{line}", f"+1 {a} {e} {line}"])


def _ph_gb() -> str:
    if R.random() < 0.6:
        p4 = pick(["771", "772", "773", "774", "775", "776", "777", "780", "781", "790", "792", "795", "796"]) + dg(1)
        rest = dg(6)
        return pick([f"+44 {p4} {rest}", f"0{p4} {rest}", f"+44{p4}{rest}"])
    return pick([f"+44 20 7{dg(3)} {dg(4)}", f"020 8{dg(3)} {dg(4)}", f"+44 161 {R.randint(2, 9)}{dg(2)} {dg(4)}"])


def _ph_de() -> str:
    if R.random() < 0.6:
        pre = pick(["151", "152", "157", "160", "170", "171", "172", "175", "176", "177", "178", "179"])
        sub = dg(8) if pre.startswith("15") else dg(pick([7, 8]) if pre != "160" else 7)
        return pick([f"+49 {pre} {sub}", f"0{pre} {sub}", f"+49 ({pre}) {sub[:4]} {sub[4:]}"])
    return pick([f"+49 30 {R.randint(2, 9)}{dg(7)}", f"030 {R.randint(2, 9)}{dg(7)}", f"+49 89 {R.randint(2, 9)}{dg(6)}"])


def _ph_fr() -> str:
    first = pick(["6", "7", "1", "9"])
    second = {"6": pick("0124567"), "7": pick("5678"), "1": pick("2345"), "9": pick("5678")}[first]
    d = second + dg(7)
    pairs = " ".join(d[i : i + 2] for i in range(0, 8, 2))
    return pick([f"+33 {first} {pairs}", f"0{first} {pairs}", f"0{first}{d}", f"+33{first}{d}"])


def _ph_es() -> str:
    if R.random() < 0.6:
        d = "6" + dg(8) if R.random() < 0.7 else "7" + str(R.randint(1, 4)) + dg(7)
        return pick([f"+34 {d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}"])
    return pick([f"+34 91 {dg(3)} {dg(2)} {dg(2)}", f"93 {dg(3)} {dg(2)} {dg(2)}"])


def _ph_it() -> str:
    if R.random() < 0.6:
        pre = "3" + pick(["20", "28", "29", "33", "34", "35", "38", "39", "40", "45", "47", "48", "49", "66", "88", "93"])
        return pick([f"+39 {pre} {dg(3)} {dg(4)}", f"{pre} {dg(7)}", f"+39 {pre}{dg(7)}"])
    return pick([f"+39 06 {dg(4)} {dg(4)}", f"02 {dg(4)} {dg(4)}"])


def _ph_nl() -> str:
    if R.random() < 0.6:
        d = "6" + str(R.randint(1, 5)) + dg(7)
        return pick([f"+31 6 {d[1:]}", f"06-{d[1:]}", f"+31 6 {d[1:3]} {d[3:5]} {d[5:7]} {d[7:]}"])
    return pick([f"+31 20 {R.randint(2, 9)}{dg(2)} {dg(4)}", f"010 {R.randint(2, 9)}{dg(2)} {dg(4)}"])


def _ph_br() -> str:
    area = pick(["11", "21", "31", "41", "51", "61", "71", "81", "85", "27"])
    d = "9" + str(R.randint(6, 9)) + dg(7)
    return pick([f"+55 {area} {d[:5]}-{d[5:]}", f"({area}) {d[:5]}-{d[5:]}", f"+55 ({area}) {d}"])


def _ph_in() -> str:
    d = pick(["9", "8", "7"]) + dg(9)
    return pick([f"+91 {d[:5]} {d[5:]}", f"+91-{d}", f"0{d[:5]} {d[5:]}"])


def _ph_jp() -> str:
    if R.random() < 0.6:
        p = pick(["90", "80", "70"])
        a, b = str(R.randint(1, 9)) + dg(3), dg(4)
        return pick([f"+81 {p}-{a}-{b}", f"0{p}-{a}-{b}", f"+81 {p} {a} {b}"])
    return pick([f"03-{R.randint(3, 6)}{dg(3)}-{dg(4)}", f"+81 6-{R.randint(6, 6)}{dg(3)}-{dg(4)}"])


def _ph_au() -> str:
    if R.random() < 0.6:
        d = "4" + pick(["00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13", "14", "15", "16",
                         "17", "18", "19", "20", "21", "22", "23", "24", "25", "27", "28", "29"]) + dg(6)
        return pick([f"+61 {d[:3]} {d[3:6]} {d[6:]}", f"0{d[:3]} {d[3:6]} {d[6:]}", f"+61{d}"])
    return pick([f"(02) 9{dg(3)} {dg(4)}", f"+61 3 9{dg(3)} {dg(4)}"])


def _ph_mx() -> str:
    area = pick(["55", "33", "81"])
    d = str(R.randint(1, 9)) + dg(7)
    return pick([f"+52 {area} {d[:4]} {d[4:]}", f"+52 {area}{d}", f"({area}) {d[:4]}-{d[4:]}"])


def _ph_kr() -> str:
    a, b = pick("234789") + dg(3), dg(4)
    return pick([f"+82 10-{a}-{b}", f"010-{a}-{b}", f"+82 10 {a} {b}"])


def _ph_sg() -> str:
    d = pick(["81", "82", "83", "84", "85", "86", "87", "88", "90", "91", "92", "93", "94", "95", "96", "97", "98"]) + dg(6)
    return pick([f"+65 {d[:4]} {d[4:]}", f"+65{d}", f"{d[:4]} {d[4:]}"])


def _ph_pl() -> str:
    pre = pick(["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"])
    d = pre + dg(7)
    return pick([f"+48 {d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}"])


def _ph_ch() -> str:
    pre = pick(["76", "77", "78", "79"])
    return pick([f"+41 {pre} {dg(3)} {dg(2)} {dg(2)}", f"0{pre} {dg(3)} {dg(2)} {dg(2)}"])


def _ph_se() -> str:
    pre = pick(["70", "72", "73", "76", "79"])
    return pick([f"+46 {pre} {dg(3)} {dg(2)} {dg(2)}", f"0{pre}-{dg(3)} {dg(2)} {dg(2)}"])


def _ph_za() -> str:
    pre = pick(["82", "83", "84", "72", "73", "76", "71", "61"])
    return pick([f"+27 {pre} {dg(3)} {dg(4)}", f"0{pre} {dg(3)} {dg(4)}"])


def _ph_ie() -> str:
    pre = pick(["83", "85", "86", "87", "89"])
    return pick([f"+353 {pre} {R.randint(1, 9)}{dg(2)} {dg(4)}", f"0{pre} {R.randint(1, 9)}{dg(2)} {dg(4)}"])


_PHONE_FORMATS = {
    "US": _ph_us, "CA": _ph_ca, "GB": _ph_gb, "DE": _ph_de, "FR": _ph_fr, "ES": _ph_es, "IT": _ph_it, "NL": _ph_nl,
    "BR": _ph_br, "IN": _ph_in, "JP": _ph_jp, "AU": _ph_au, "MX": _ph_mx, "KR": _ph_kr, "SG": _ph_sg, "PL": _ph_pl,
    "CH": _ph_ch, "SE": _ph_se, "ZA": _ph_za, "IE": _ph_ie,
}  # fmt: skip


# People ------------------------------------------------------------------------------------------------------------------

FIRST = ["Amara", "Bjorn", "Chiara", "Dmitri", "Elena", "Farid", "Grace", "Hiroshi", "Ingrid", "Jamal", "Keiko",
         "Lucas", "Mariana", "Nikhil", "Olivia", "Pieter", "Quinn", "Rosa", "Samuel", "Tomasz", "Uma", "Valentina",
         "Wei", "Ximena", "Yusuf", "Zofia", "Aoife", "Bruno", "Camille", "Diego", "Esther", "Felix", "Hannah", "Ines",
         "Jonas", "Leila", "Mateo", "Noor", "Oscar", "Priya"]  # fmt: skip
LAST = ["Okafor", "Lindqvist", "Romano", "Volkov", "Petrova", "Haddad", "Nakamura", "Berg", "Washington", "Sato",
        "Moreau", "Alvarez", "Sharma", "Brennan", "de Vries", "Kowalski", "Castillo", "Mbeki", "Fischer", "Tanaka",
        "Ferreira", "Kim", "O'Neill", "Rossi", "Dubois", "Nguyen", "Schmidt", "Patel", "Silva", "Jansen"]  # fmt: skip
MAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "proton.me", "icloud.com", "gmx.de", "orange.fr",
                "hotmail.com", "libero.it", "fastmail.com", "northwind-traders.com", "globex.io", "initech.co"]  # fmt: skip


def person() -> tuple[str, str]:
    return pick(FIRST), pick(LAST)


def email(first: str | None = None, last: str | None = None) -> str:
    if first is None or last is None:
        first, last = person()
    f = first.lower()
    ln = re.sub(r"[^a-z]", "", last.lower())
    local = pick([f"{f}.{ln}", f"{f[0]}{ln}", f"{f}{ln}{dg(2)}", f"{f}_{ln}", f"{f}.{ln}+{pick(['billing', 'shop', 'gh'])}", f"{ln}.{f[0]}"])
    return f"{local}@{pick(MAIL_DOMAINS)}"


# ---------------------------------------------------------------------------------------------------------------------
# Records

RECORDS: list[tuple[dict, dict]] = []


def add(template: str, source: str, reason: str, negative_class: str | None = None, decoys: tuple = ()) -> None:
    text, spans = render(template)
    if negative_class is None:
        assert spans, reason
        rec: dict = {"text": text, "spans": spans, "class": "positive"}
    else:
        assert not spans, reason
        rec = {"text": text, "spans": [], "class": "negative", "negative_class": negative_class}
    rec["source"] = source
    rec["reason"] = reason
    RECORDS.append((rec, {"decoys": [list(d) for d in decoys]}))


def assign(name: str, value: str, kind: str, quoting: str | None = None) -> str:
    """One assignment of a secret in a random syntax (env, shell, YAML, JSON, Python, PowerShell, CLI flag)."""
    v = S(value, kind)
    low = name.lower()
    has_space = " " in value
    forms = [f'{name}="{v}"', f'export {name}="{v}"', f'{low}: "{v}"', f'"{low}": "{v}"', f"{low} = '{v}'",
             f'$env:{name} = "{v}"', f'{low} := "{v}"']  # fmt: skip
    if not has_space:
        forms += [f"{name}={v}", f"export {name}={v}", f"{low}: {v}", f"--{low.replace('_', '-')} {v}", f"set {name}={v}"]
    return pick(forms)


def pub(kind: str, template: str, reason: str) -> None:
    add(template, "public", reason)


def pubneg(template: str, negative_class: str, reason: str, decoys: tuple = ()) -> None:
    add(template, "public", reason, negative_class, decoys)


# Vendor tokens that are recognisable by prefix: (type, generator, variable names, bearer-header allowed, count)
PREFIXED = [
    ("github_pat_classic", lambda: crc_token("ghp_"), ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT"], True, 3),
    ("github_oauth_token", lambda: crc_token("gho_"), ["GITHUB_OAUTH_TOKEN", "gh_oauth"], True, 2),
    ("github_app_token", lambda: crc_token(pick(["ghs_", "ghu_"])), ["GITHUB_APP_TOKEN", "INSTALLATION_TOKEN"], True, 2),
    ("github_refresh_token", lambda: crc_token("ghr_"), ["GITHUB_REFRESH_TOKEN"], False, 2),
    ("github_fine_grained_pat", github_fine_grained, ["GITHUB_TOKEN", "GH_FINE_GRAINED_TOKEN"], True, 2),
    ("gitlab_pat", lambda: "glpat-" + rs(B64URL, 20), ["GITLAB_TOKEN", "CI_API_TOKEN", "GL_TOKEN"], True, 3),
    ("gitlab_deploy_token", lambda: "gldt-" + rs(B64URL, 20), ["GITLAB_DEPLOY_TOKEN"], False, 2),
    ("gitlab_feed_token", lambda: "glft-" + rs(B64URL, 20), ["GITLAB_FEED_TOKEN"], False, 2),
    ("gitlab_runner_token", lambda: "glrt-" + rs(B64URL, 20), ["RUNNER_TOKEN", "CI_RUNNER_TOKEN"], False, 2),
    ("gitlab_pipeline_trigger_token", lambda: "glptt-" + rs(HEX, 40), ["TRIGGER_TOKEN"], False, 2),
    ("slack_bot_token", slack_bot, ["SLACK_BOT_TOKEN", "SLACK_TOKEN"], True, 2),
    ("slack_user_token", slack_user, ["SLACK_USER_TOKEN"], True, 2),
    ("slack_app_token", slack_app, ["SLACK_APP_TOKEN"], False, 2),
    ("stripe_secret_key", lambda: "sk_live_" + rs(ALNUM, pick([24, 99])), ["STRIPE_SECRET_KEY", "STRIPE_API_KEY"], True, 3),
    ("stripe_restricted_key", lambda: "rk_live_" + rs(ALNUM, pick([24, 99])), ["STRIPE_RESTRICTED_KEY"], True, 2),
    ("stripe_webhook_secret", lambda: "whsec_" + rs(ALNUM, 32), ["STRIPE_WEBHOOK_SECRET", "WEBHOOK_SIGNING_SECRET"], False, 2),
    ("aws_access_key_id", aws_key_id, ["AWS_ACCESS_KEY_ID", "aws_access_key_id"], False, 2),
    ("gcp_api_key", gcp_api_key, ["GOOGLE_API_KEY", "FIREBASE_API_KEY", "MAPS_API_KEY"], False, 2),
    ("azure_ad_client_secret", azure_client_secret, ["AZURE_CLIENT_SECRET", "client_secret"], False, 2),
    ("openai_api_key", openai_key, ["OPENAI_API_KEY"], True, 3),
    ("anthropic_api_key", anthropic_key, ["ANTHROPIC_API_KEY"], False, 3),
    ("huggingface_token", hf_token, ["HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"], True, 2),
    ("npm_token", lambda: crc_token("npm_"), ["NPM_TOKEN", "NODE_AUTH_TOKEN"], True, 2),
    ("pypi_token", pypi_token, ["TWINE_PASSWORD", "PYPI_API_TOKEN"], False, 2),
    ("dockerhub_pat", lambda: "dckr_pat_" + rs(B64URL, 27), ["DOCKERHUB_TOKEN", "DOCKER_PASSWORD"], False, 2),
    ("twilio_api_key_sid", lambda: "SK" + rs(HEX, 32), ["TWILIO_API_KEY"], False, 2),
    ("sendgrid_api_key", sendgrid_key, ["SENDGRID_API_KEY"], True, 2),
    ("mailgun_api_key", lambda: "key-" + rs(HEX, 32), ["MAILGUN_API_KEY"], False, 2),
    ("shopify_access_token", lambda: shopify_token(pick(["shpat_", "shpca_", "shppa_"])), ["SHOPIFY_ACCESS_TOKEN"], False, 2),
    ("shopify_shared_secret", lambda: shopify_token("shpss_"), ["SHOPIFY_API_SECRET"], False, 2),
    ("square_access_token", square_token, ["SQUARE_ACCESS_TOKEN"], True, 2),
    ("square_oauth_secret", lambda: "sq0csp-" + rs(B64URL, 43), ["SQUARE_APPLICATION_SECRET"], False, 2),
    ("braintree_access_token", braintree_token, ["BRAINTREE_ACCESS_TOKEN", "PAYPAL_ACCESS_TOKEN"], False, 2),
    ("newrelic_user_api_key", lambda: "NRAK-" + rs(UPPER_ALNUM, 27), ["NEW_RELIC_API_KEY"], False, 2),
    ("newrelic_license_key", lambda: rs(HEX, 36) + "NRAL", ["NEW_RELIC_LICENSE_KEY"], False, 2),
    ("sentry_auth_token", lambda: "sntryu_" + rs(HEX, 64), ["SENTRY_AUTH_TOKEN"], True, 2),
    ("heroku_api_key", heroku_key, ["HEROKU_API_KEY"], True, 2),
    ("digitalocean_token", lambda: pick(["dop_v1_", "doo_v1_", "dor_v1_"]) + rs(HEX, 64), ["DIGITALOCEAN_TOKEN", "DO_TOKEN"], True, 2),
    ("linear_api_key", lambda: "lin_api_" + rs(ALNUM, 40), ["LINEAR_API_KEY"], False, 2),
    ("notion_token", notion_token, ["NOTION_TOKEN", "NOTION_API_KEY"], True, 2),
    ("atlassian_api_token", atlassian_token, ["JIRA_API_TOKEN", "CONFLUENCE_TOKEN"], False, 2),
    ("postman_api_key", postman_key, ["POSTMAN_API_KEY"], False, 2),
    ("doppler_token", doppler_token, ["DOPPLER_TOKEN"], False, 2),
    ("vault_token", vault_token, ["VAULT_TOKEN"], False, 3),
    ("pulumi_access_token", lambda: "pul-" + rs(HEX, 40), ["PULUMI_ACCESS_TOKEN"], False, 2),
    ("terraform_cloud_token", tfc_token, ["TFE_TOKEN", "TF_TOKEN_app_terraform_io"], True, 2),
    ("databricks_token", databricks_token, ["DATABRICKS_TOKEN"], True, 2),
    ("discord_bot_token", discord_bot_token, ["DISCORD_BOT_TOKEN", "DISCORD_TOKEN"], False, 2),
    ("telegram_bot_token", telegram_token, ["TELEGRAM_BOT_TOKEN", "TG_TOKEN"], False, 2),
    ("jwt", jwt, ["ACCESS_TOKEN", "ID_TOKEN", "SERVICE_JWT"], True, 3),
    ("age_secret_key", age_key, ["SOPS_AGE_KEY"], False, 2),
    ("grafana_service_account_token", grafana_sa_token, ["GRAFANA_TOKEN"], True, 2),
]

# Secrets that only a keyword context identifies: (type, generator, variable names)
CONTEXTUAL = [
    ("aws_secret_access_key", aws_secret, ["AWS_SECRET_ACCESS_KEY", "aws_secret_access_key"]),
    ("twilio_auth_token", lambda: rs(HEX, 32), ["TWILIO_AUTH_TOKEN"]),
    ("datadog_api_key", lambda: rs(HEX, 32), ["DD_API_KEY", "DATADOG_API_KEY"]),
    ("datadog_app_key", lambda: rs(HEX, 40), ["DD_APP_KEY", "DATADOG_APPLICATION_KEY"]),
    ("okta_api_token", okta_token, ["OKTA_API_TOKEN", "OKTA_CLIENT_TOKEN"]),
    ("azure_storage_account_key", azure_storage_key, ["AZURE_STORAGE_KEY", "AZURE_STORAGE_ACCOUNT_KEY"]),
    ("django_secret_key", django_secret, ["DJANGO_SECRET_KEY", "SECRET_KEY"]),
]


def public_secrets() -> None:
    for kind, gen, names, bearer, count in PREFIXED:
        for i in range(count):
            value = gen()
            if bearer and i == 1:
                v = S(value, kind)
                t = pick([f"Authorization: Bearer {v}", f"curl -H 'Authorization: Bearer {v}' https://api.{pick(['example.net', 'internal.dev'])}/v1/me",
                          f'headers = {{"Authorization": f"Bearer {v}"}}'])  # fmt: skip
            elif i == 2:
                v = S(value, kind)
                t = pick([f"here is the token you asked for: {v}", f"token={v}", f"use {v} for the deploy job",
                          f"The {kind.split('_')[0]} key is {v} (rotate after the demo)"])  # fmt: skip
            else:
                t = assign(pick(names), value, kind)
            pub(kind, t, f"{kind} in the format public scanners document; generated value")
    for kind, gen, names in CONTEXTUAL:
        for _ in range(2):
            pub(kind, assign(pick(names), gen(), kind), f"{kind}: identified by its keyword context")
    # AWS pair, Twilio pair
    for _ in range(2):
        kid, sec = aws_key_id(), aws_secret()
        pub("aws", pick([
            f"[default]\naws_access_key_id = {S(kid, 'aws_access_key_id')}\naws_secret_access_key = {S(sec, 'aws_secret_access_key')}",
            f"AWS_ACCESS_KEY_ID={S(kid, 'aws_access_key_id')} AWS_SECRET_ACCESS_KEY={S(sec, 'aws_secret_access_key')} aws s3 ls",
        ]), "AWS key id next to its secret key")  # fmt: skip
        sid, tok = "AC" + rs(HEX, 32), rs(HEX, 32)
        pub("twilio", f"client = Client(\"{S(sid, 'twilio_account_sid')}\", \"{S(tok, 'twilio_auth_token')}\")",
            "Twilio account SID with its auth token")
    # Webhooks and DSNs: the secret part of the URL is the span
    for _ in range(2):
        base, sec = slack_webhook_parts()
        pub("slack_webhook", f"SLACK_WEBHOOK_URL={base}{S(sec, 'slack_webhook')}", "Slack incoming-webhook secret path segment")
        base, sec = discord_webhook_parts()
        pub("discord_webhook", f"webhook: {base}{S(sec, 'discord_webhook')}", "Discord webhook token path segment")
        a, key, b = sentry_dsn_parts()
        pub("sentry_dsn", f"SENTRY_DSN={a}{S(key, 'sentry_dsn')}{b}", "Sentry DSN key")
    for _ in range(2):
        acct = pick(["stprodweu01", "acmelogs", "northwindbackup", "globexmedia"])
        pub("azure_conn", f"DefaultEndpointsProtocol=https;AccountName={acct};AccountKey={S(azure_storage_key(), 'azure_storage_account_key')};EndpointSuffix=core.windows.net",
            "Azure storage connection string account key")  # fmt: skip
        ns = pick(["orders-bus", "telemetry-ns", "acme-events"])
        pub("azure_sb", f"Endpoint=sb://{ns}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={S(base64.b64encode(R.randbytes(32)).decode(), 'azure_sas_key')}",
            "Azure Service Bus shared access key")  # fmt: skip
    # Private keys of every flavour: the span is the key body (between the armour lines)
    for flavour in ["rsa", "ec", "pkcs8_ed25519", "pkcs8_rsa", "pkcs8_encrypted", "dsa", "openssh", "openssh"]:
        begin, body, end = pem_body(flavour)
        kind = "private_key_" + flavour.split("_")[0] if flavour != "pkcs8_encrypted" else "private_key_encrypted"
        pub(kind, f"{begin}\n{S(body, kind)}\n{end}", f"{flavour} private key block")
    for _ in range(2):
        begin, body, end = pgp_private_block()
        pub("private_key_pgp", f"{begin}{S(body, 'private_key_pgp')}\n{end}", "PGP private key block (with armour CRC24)")
    head, priv, tail = putty_key()
    pub("private_key_putty", f"{head}{S(priv, 'private_key_putty')}{tail}", "PuTTY .ppk private lines")
    # GCP service-account JSON (escaped newlines inside the JSON string)
    for _ in range(2):
        begin, body, end = pem_body("pkcs8_rsa")
        esc = body.replace("\n", "\\n")
        proj = pick(["acme-prod-311", "northwind-data", "globex-ml-7"])
        pub("gcp_sa", '{\n  "type": "service_account",\n  "project_id": "' + proj + '",\n  "private_key_id": "' + rs(HEX, 40)
            + '",\n  "private_key": "' + begin + "\\n" + S(esc, "gcp_service_account_private_key") + "\\n" + end + '\\n",\n  "client_email": "deployer@'
            + proj + '.iam.gserviceaccount.com"\n}', "GCP service-account key file")  # fmt: skip
    # Basic-auth URLs and passwords in every syntax
    schemes = [("postgresql", "5432", "app"), ("mysql", "3306", "shop"), ("mongodb+srv", "", "prod"), ("redis", "6379", "0"),
               ("amqp", "5672", "vhost"), ("https", "", "simple/"), ("ftp", "21", "incoming")]  # fmt: skip
    for scheme, port, path in schemes:
        user = pick(["admin", "app_user", "svc-deploy", "readonly", "root"])
        host = pick(["db.internal", "cluster0.x7k2p.mongodb.net", "10.20.4.17", "cache.prod.local", "pypi.corp.example"])
        pw = pg_safe_password()
        portpart = f":{port}" if port else ""
        pub("basic_auth_url", f"{scheme}://{user}:{S(pw, 'password')}@{host}{portpart}/{path}", f"{scheme} URL with inline credentials")
    pw_forms = [
        lambda p: f'password = "{S(p, "password")}"', lambda p: f"DB_PASSWORD='{S(p, 'password')}'",
        lambda p: f'"password": "{S(p, "password")}"', lambda p: f"<password>{S(p, 'password')}</password>",
        lambda p: f"mysql -u root -p'{S(p, 'password')}' shop", lambda p: f"PGPASSWORD='{S(p, 'password')}' psql -h db -U app",
        lambda p: f"ALTER USER app WITH PASSWORD '{S(p, 'password')}';", lambda p: f"CREATE USER 'etl'@'%' IDENTIFIED BY '{S(p, 'password')}';",
        lambda p: f"spring.datasource.password={S(p, 'password')}", lambda p: f"define('DB_PASSWORD', '{S(p, 'password')}');",
        lambda p: f'$env:DB_PASS = "{S(p, "password")}"', lambda p: f"ansible_become_password: \"{S(p, 'password')}\"",
        lambda p: f"Password={S(p, 'password')};", lambda p: f"passwd: {S(p, 'password')}",
    ]  # fmt: skip
    for form in pw_forms:
        pub("password", form(password()), "password assignment")
    pub("password", f"machine api.heroku.com\n  login {pick(['ops-bot', 'deploy'])}\n  password {S(heroku_key(), 'heroku_api_key')}",
        ".netrc entry with a Heroku key as password")
    pub("password", f"db.internal:5432:app:app_user:{S(pg_safe_password(), 'password')}", ".pgpass line")
    pub("password", f"requirepass {S(pg_safe_password(), 'password')}", "redis.conf requirepass")


def public_secret_negatives() -> None:
    fixture = [
        "assert not looks_valid({v!r})  # {why}",
        "invalid_samples = [{v!r}]  # {why}",
        "- {v}    # rejected: {why}",
        "`{v}` is not a real credential ({why}).",
    ]

    def fx(v: str, why: str) -> str:
        return pick(fixture).format(v=v, why=why)

    for _ in range(2):
        v = crc_token_bad("ghp_")
        pubneg(fx(v, "checksum does not match"), "wrong_checksum", "ghp_ shape with a wrong CRC32 checksum", (("github_crc", v),))
    v = crc_token_bad("npm_")
    pubneg(fx(v, "checksum does not match"), "wrong_checksum", "npm_ shape with a wrong CRC32 checksum", (("github_crc", v),))
    lengths = [
        ("ghp_" + rs(ALNUM, 20), "too short"), ("glpat-" + rs(ALNUM, 9), "too short"), ("xoxb-" + dg(4) + "-" + rs(ALNUM, 6), "too short"),
        ("sk_live_" + rs(ALNUM, 6), "too short"), ("AKIA" + rs(UPPER_ALNUM, 9), "too short"), ("hf_" + rs(LOWER, 12), "too short"),
        ("dop_v1_" + rs(HEX, 20), "too short"), ("SG." + rs(ALNUM, 8), "too short"), ("dapi" + rs(HEX, 10), "too short"),
        ("npm_" + rs(ALNUM, 11), "too short"),
    ]  # fmt: skip
    for v, why in lengths:
        pubneg(fx(v, why), "wrong_length", f"vendor prefix with the wrong length ({why})")
    prefixes = [
        "ghx_" + rs(ALNUM, 36), "glpak-" + rs(ALNUM, 20), "xoxz-" + dg(12) + "-" + dg(13) + "-" + rs(ALNUM, 24),
        "sk_life_" + rs(ALNUM, 24), "AKIB" + rs(UPPER_ALNUM, 16), "hg_" + rs(string.ascii_letters, 34), "npn_" + rs(ALNUM, 36),
        "dop_v9_" + rs(HEX, 64),
    ]  # fmt: skip
    for v in prefixes:
        pubneg(fx(v, "unknown prefix"), "wrong_prefix", "token-like string whose prefix no vendor issues")
    placeholders = [
        "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "OPENAI_API_KEY=sk-...", "STRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX",
        "SLACK_BOT_TOKEN=xoxb-your-bot-token", "ANTHROPIC_API_KEY=<your-anthropic-key>", "aws_secret_access_key = YOUR_SECRET_KEY_HERE",
        "HF_TOKEN=hf_********************************", 'password: "${DB_PASSWORD}"', "token: {{ .Values.gitlab.token }}",
        "api_key = os.environ[\"DATADOG_API_KEY\"]", "const key = process.env.SENDGRID_API_KEY;", "password = getpass.getpass()",
        "NPM_TOKEN: ${{ secrets.NPM_TOKEN }}", "VAULT_TOKEN=$(vault print token)", "DATABASE_URL=postgres://user:password@localhost:5432/db",
        "PASSWORD=changeme  # set in the vault, not here", "client_secret: <redacted>", "Authorization: Bearer <token>",
        "sk-ant-api03-...AA (truncated in the console)", "SENTRY_DSN=https://<key>@o0.ingest.sentry.io/<project>",
    ]  # fmt: skip
    for t in placeholders:
        pubneg(t, "placeholder", "placeholder, reference or truncated value, not a credential")
    examples = [
        "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "export AWS_ACCESS_KEY_ID=AKIAI44QH8DHBEXAMPLE",
        "The docs use AKIAIOSFODNN7EXAMPLE as the sample key id.",
    ]
    for t in examples:
        pubneg(t, "published_example", "AWS's published documentation example key")
    contexts = [
        (f'"md5": "{rs(HEX, 32)}"', "32-hex file digest"), (f"commit {rs(HEX, 40)}", "git commit SHA"),
        (f"ETag: \"{rs(HEX, 32)}\"", "HTTP ETag"), (f"request_id={uuid4()}", "request UUID"),
        (f"sha256:{rs(HEX, 64)}", "image digest"), (f"Slack channel C{rs(UPPER_ALNUM, 10)} archived", "Slack channel id"),
        (f"STRIPE_PUBLISHABLE_KEY=pk_live_{rs(ALNUM, 24)}", "Stripe publishable key, public by design"),
        ("ssh-ed25519 " + base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + R.randbytes(32)).decode() + " deploy@ci", "SSH public key"),
        (f"Twilio message SM{rs(HEX, 32)} delivered", "Twilio message SID, an identifier"),
        (f"arn:aws:iam::{dg(12)}:role/deploy", "AWS role ARN"),
    ]  # fmt: skip
    for t, why in contexts:
        pubneg(t, "not_secret_context", f"secret-shaped but not a secret: {why}")
    pubneg(public_key_pem(), "not_secret_context", "public key block")
    pubneg(certificate_pem(), "not_secret_context", "certificate block")
    pubneg("header = base64url(json.dumps({'alg': 'HS256'}))  # eyJhbGciOiJIUzI1NiJ9", "not_secret_context", "a lone JWT header segment")


ID_CONTEXTS = {
    "us_ssn": ["SSN: {v}", "Social Security Number {v}", "ssn={v}", "my social is {v}"],
    "uk_nino": ["National Insurance number: {v}", "NI No. {v}", "NINO {v}"],
    "uk_nhs_number": ["NHS number: {v}", "NHS No {v}", "patient nhs_number={v}"],
    "de_steuer_id": ["Steuer-ID: {v}", "Steuerliche Identifikationsnummer {v}", "IdNr {v}"],
    "fr_nir": ["N° de sécurité sociale : {v}", "NIR {v}", "numéro INSEE {v}"],
    "es_dni": ["DNI: {v}", "DNI {v}", "documento {v}"],
    "es_nie": ["NIE: {v}", "NIE {v}"],
    "it_codice_fiscale": ["Codice fiscale: {v}", "C.F. {v}", "cod. fiscale {v}"],
    "nl_bsn": ["BSN: {v}", "burgerservicenummer {v}", "BSN {v}"],
    "pl_pesel": ["PESEL: {v}", "nr PESEL {v}"],
    "br_cpf": ["CPF: {v}", "CPF {v}", "cpf do titular {v}"],
    "br_cnpj": ["CNPJ: {v}", "CNPJ {v}"],
    "in_aadhaar": ["Aadhaar: {v}", "Aadhaar no. {v}", "UID {v}"],
    "in_pan": ["PAN: {v}", "PAN card {v}"],
    "au_tfn": ["TFN: {v}", "Tax File Number {v}"],
    "au_medicare": ["Medicare card: {v}", "Medicare number {v}"],
    "ca_sin": ["SIN: {v}", "Social Insurance Number {v}"],
    "mx_curp": ["CURP: {v}", "CURP {v}"],
    "sg_nric": ["NRIC: {v}", "NRIC/FIN {v}"],
    "kr_rrn": ["주민등록번호: {v}", "RRN {v}"],
    "jp_my_number": ["マイナンバー: {v}", "My Number {v}", "個人番号 {v}"],
    "btc_address": ["BTC: {v}", "send the refund to {v}", "bitcoin:{v}"],
    "eth_address": ["ETH wallet {v}", "0x payout address: {v}", "to: {v}"],
}
ID_GEN = {
    "us_ssn": lambda: us_ssn(pick(["-", "-", " ", "."])), "uk_nino": uk_nino, "uk_nhs_number": lambda: nhs_number(pick([" ", "-", ""])),
    "de_steuer_id": de_steuer_id, "fr_nir": lambda: fr_nir(R.random() < 0.6), "es_dni": es_dni, "es_nie": es_nie,
    "it_codice_fiscale": it_codice_fiscale, "nl_bsn": nl_bsn, "pl_pesel": pl_pesel, "br_cpf": lambda: br_cpf(R.random() < 0.7),
    "br_cnpj": br_cnpj, "in_aadhaar": lambda: in_aadhaar(R.random() < 0.7), "in_pan": in_pan, "au_tfn": au_tfn,
    "au_medicare": au_medicare, "ca_sin": ca_sin, "mx_curp": mx_curp, "sg_nric": sg_nric, "kr_rrn": kr_rrn,
    "jp_my_number": jp_my_number, "btc_address": lambda: pick([btc_base58(0), btc_base58(5), btc_bech32()]), "eth_address": eth_address,
}  # fmt: skip


def public_pii() -> None:
    for _ in range(5):
        e = email()
        pub("email", pick(["Contact: {v}", "reply to {v}", "From: {n} <{v}>", "email={v}", "mailto:{v}"]).format(v=S(e, "email"), n=" ".join(person())),
            "personal email address")  # fmt: skip
    for region in ["US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "IN", "JP", "AU", "MX", "KR", "SG", "PL", "CH", "SE", "ZA", "IE", "CA"]:
        p = phone(region)
        pub("phone", pick(["Call me at {v}", "Tel.: {v}", "phone: {v}", "mobile {v}", "WhatsApp {v}", "☎ {v}"]).format(v=S(p, "phone")),
            f"{region} phone number in a national or international format")  # fmt: skip
    for brand in CARD_BRANDS:
        n, b = card_number(brand)
        pub("credit_card", pick(["Card number: {v}", "cc={v}", "{b} {v} exp 08/27", "pan: {v}"]).format(v=S(fmt_card(n, b), "credit_card"), b=b.title()),
            f"{brand} card number with a valid Luhn digit")  # fmt: skip
    for cc in ["DE", "GB", "FR", "ES", "NL", "BE", "IT", "PL", "NO", "CH", "SE", "TR", "BR", "SA"]:
        v = fmt_iban(iban(cc))
        pub("iban", pick(["IBAN: {v}", "Please transfer to {v}", "iban={v}", "Kontonummer (IBAN) {v}"]).format(v=S(v, "iban")),
            f"{cc} IBAN with valid mod-97 check digits")  # fmt: skip
    for kind, gen in ID_GEN.items():
        n = 3 if kind in {"us_ssn", "uk_nino", "btc_address", "eth_address", "in_aadhaar", "br_cpf"} else 2
        for _ in range(n):
            pub(kind, pick(ID_CONTEXTS[kind]).format(v=S(gen(), kind)), f"{kind} with a valid check digit / format")


def public_pii_negatives() -> None:
    for _ in range(3):
        n, b = card_bad_luhn()
        v = fmt_card(n, b)
        pubneg(pick(["Ref {v}", "order no. {v}", "invoice {v}"]).format(v=v), "wrong_checksum", "card-shaped number that fails Luhn", (("luhn", v),))
    for cc in ["DE", "GB", "FR", "NL"]:
        v = fmt_iban(iban_bad(cc))
        pubneg(pick(["product code {v}", "IBAN (invalid, bounced): {v}", "lot {v}"]).format(v=v), "wrong_checksum",
               "IBAN-shaped string with wrong check digits", (("iban", v),))  # fmt: skip
    bad = [
        ("us_ssn", us_ssn_invalid(), "SSN: {v}", "SSN with an area/group/serial the SSA never issues"),
        ("us_ssn", us_ssn_invalid(), "ssn={v}", "SSN with an area/group/serial the SSA never issues"),
        ("uk_nhs_number", nhs_bad(), "NHS number: {v}", "NHS number failing its mod-11 check"),
        ("de_steuer_id", (lambda s: spoil_last(s))(de_steuer_id()), "Steuer-ID: {v}", "Steuer-ID with a wrong check digit"),
        ("fr_nir", fr_nir_bad(), "NIR {v}", "NIR with a wrong key"),
        ("es_dni", (lambda s: s[:-1] + pick([c for c in DNI_LETTERS if c != s[-1]]))(es_dni()), "DNI: {v}", "DNI with a wrong letter"),
        ("it_codice_fiscale", (lambda s: spoil_last(s, UPPER))(it_codice_fiscale()), "Codice fiscale: {v}", "codice fiscale with a wrong check letter"),
        ("nl_bsn", nl_bsn_bad(), "BSN: {v}", "BSN failing the 11-test"),
        ("pl_pesel", (lambda s: spoil_last(s))(pl_pesel()), "PESEL: {v}", "PESEL with a wrong check digit"),
        ("br_cpf", br_cpf_bad(), "CPF: {v}", "CPF with wrong check digits"),
        ("br_cnpj", (lambda s: s[:-2] + f"{(int(s[-2:]) + 11) % 100:02d}")(br_cnpj()), "CNPJ: {v}", "CNPJ with wrong check digits"),
        ("in_aadhaar", in_aadhaar_bad(), "Aadhaar: {v}", "Aadhaar failing Verhoeff"),
        ("au_tfn", au_tfn_bad(), "TFN: {v}", "TFN failing its weighted check"),
        ("au_medicare", au_medicare_bad(), "Medicare card: {v}", "Medicare number with a wrong check digit"),
        ("ca_sin", ca_sin_bad(), "SIN: {v}", "SIN failing Luhn"),
        ("mx_curp", (lambda s: spoil_last(s))(mx_curp()), "CURP: {v}", "CURP with a wrong check digit"),
        ("sg_nric", (lambda s: spoil_last(s, "ABCDEFGHIJZKLMNPQRTUWX"))(sg_nric()), "NRIC: {v}", "NRIC with a wrong check letter"),
        ("kr_rrn", (lambda s: spoil_last(s))(kr_rrn()), "RRN {v}", "RRN with a wrong check digit"),
        ("jp_my_number", (lambda s: spoil_last(s))(jp_my_number()), "My Number {v}", "My Number with a wrong check digit"),
        ("btc_address", (lambda s: s[:-1] + pick([c for c in B58 if c != s[-1]]))(btc_base58(0)), "BTC: {v}", "Base58Check address with a broken checksum"),
        ("eth_address", None, "ETH wallet {v}", "EIP-55 mixed-case address with the wrong case pattern"),
    ]  # fmt: skip
    for kind, v, tpl, why in bad:
        if v is None:
            good = eth_address()
            idx = [i for i, c in enumerate(good) if i > 1 and c.isalpha()]
            i = idx[0]
            v = good[:i] + good[i].swapcase() + good[i + 1 :]
        pubneg(tpl.format(v=v), "wrong_checksum", why, ((kind, v),))
    pubneg("National Insurance number: QQ 12 34 56 C (the format example from HMRC guidance)", "published_example", "HMRC's example NINO, Q prefix is never issued")
    pubneg("SSN: 078-05-1120 was printed on a wallet insert in 1938 and is void", "published_example", "the Woolworth sample SSN, voided")
    pubneg(f"PAN format check: {rs(UPPER, 3)}Q{pick(UPPER)}{dg(4)}{pick(UPPER)} fails (Q is not a holder type)", "wrong_format", "PAN with an invalid holder-type letter")
    for t, why in [
        ("![logo](static/logo@2x.png)", "retina image file name"), ("npm install react@18.3.1 react-dom@18.3.1", "package@version"),
        ("git clone git@github.com:acme/infra.git", "git SSH remote"), ("@media screen and (max-width: 600px)", "CSS at-rule"),
        ("docker pull nginx@sha256:" + rs(HEX, 64), "image digest reference"),
    ]:  # fmt: skip
        pubneg(t, "not_secret_context", f"email-like but not an address: {why}")
    for t, why in [
        ("Microsoft Windows [Version 10.0.19045.4291]", "Windows build string"), ("Kernel 6.8.0-45-generic #45~22.04.1", "kernel version"),
        ("ISBN 978-0-13-468599-1", "ISBN"), ("2024-11-05 14:22:07.118 +0100", "timestamp"), ("v2.31.415.9001", "version string"),
        ("Build 20240315.1842 (commit 7f3a9c1)", "build number"),
    ]:  # fmt: skip
        pubneg(t, "not_secret_context", f"phone-like digits that are not a phone number: {why}")


# ---------------------------------------------------------------------------------------------------------------------
# Realistic: what an assistant's answer really contains


def real(template: str, reason: str) -> None:
    text, spans = render(template)
    assert 1 <= len(spans) <= 4, (reason, len(spans))
    add(template, "realistic", reason)


def realneg(template: str, negative_class: str, reason: str, decoys: tuple = ()) -> None:
    add(template, "realistic", reason, negative_class, decoys)


def secret_setting() -> tuple[str, str, str]:
    """(NAME, value, type) of a secret setting an application config would hold."""
    return pick([
        lambda: ("DATABASE_PASSWORD", password(), "password"),
        lambda: ("DB_PASS", pg_safe_password(), "password"),
        lambda: ("STRIPE_SECRET_KEY", "sk_live_" + rs(ALNUM, 24), "stripe_secret_key"),
        lambda: ("OPENAI_API_KEY", openai_key(), "openai_api_key"),
        lambda: ("ANTHROPIC_API_KEY", anthropic_key(), "anthropic_api_key"),
        lambda: ("GITHUB_TOKEN", crc_token("ghp_"), "github_pat_classic"),
        lambda: ("SLACK_BOT_TOKEN", slack_bot(), "slack_bot_token"),
        lambda: ("SENDGRID_API_KEY", sendgrid_key(), "sendgrid_api_key"),
        lambda: ("AWS_SECRET_ACCESS_KEY", aws_secret(), "aws_secret_access_key"),
        lambda: ("JWT_SECRET", rs(ALNUM + "!#%&*-_+=", 48), "generic_secret"),
        lambda: ("SESSION_SECRET", rs(HEX, 64), "generic_secret"),
        lambda: ("REDIS_PASSWORD", pg_safe_password(), "password"),
        lambda: ("TWILIO_AUTH_TOKEN", rs(HEX, 32), "twilio_auth_token"),
        lambda: ("MAILGUN_API_KEY", "key-" + rs(HEX, 32), "mailgun_api_key"),
        lambda: ("DD_API_KEY", rs(HEX, 32), "datadog_api_key"),
        lambda: ("HF_TOKEN", hf_token(), "huggingface_token"),
        lambda: ("ENCRYPTION_KEY", base64.b64encode(R.randbytes(32)).decode(), "generic_secret"),
        lambda: ("OAUTH_CLIENT_SECRET", rs(B64URL, 40), "generic_secret"),
        lambda: ("GITLAB_TOKEN", "glpat-" + rs(B64URL, 20), "gitlab_pat"),
        lambda: ("SMTP_PASSWORD", password(), "password"),
    ])()  # fmt: skip


BENIGN_SETTINGS = [
    ("PORT", "8080"), ("NODE_ENV", "production"), ("LOG_LEVEL", "info"), ("APP_NAME", "orders-api"), ("DATABASE_HOST", "db.internal"),
    ("DATABASE_USER", "app"), ("DATABASE_NAME", "orders"), ("REDIS_HOST", "10.0.3.12"), ("FEATURE_FLAGS", "beta-search,new-checkout"),
    ("TZ", "Europe/Berlin"), ("S3_BUCKET", "acme-assets-prod"), ("AWS_REGION", "eu-west-1"), ("SENTRY_ENVIRONMENT", "production"),
    ("MAX_UPLOAD_MB", "25"), ("CORS_ORIGINS", "https://app.acme.io"), ("WORKERS", "4"), ("CACHE_TTL_SECONDS", "300"),
    ("SMTP_HOST", "smtp.mailgun.org"), ("SMTP_PORT", "587"), ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://otel-collector:4317"),
]  # fmt: skip

PLACEHOLDER_VALUES = ["<your-api-key>", "${SECRET}", "changeme-in-vault", "xxxxxxxxxxxxxxxx", "REPLACE_ME", "${{ secrets.API_KEY }}",
                      "{{ .Values.apiKey }}", "%(DB_PASSWORD)s", "$(cat /run/secrets/db_password)", "<redacted>", "********",
                      "your-token-here", "TODO"]  # fmt: skip


def _settings(n_secret: int, placeholders: bool = False) -> list[tuple[str, str, str | None]]:
    rows: list[tuple[str, str, str | None]] = []
    names = set()
    while len(rows) < n_secret:
        name, value, kind = secret_setting()
        if name in names:
            continue
        names.add(name)
        rows.append((name, pick(PLACEHOLDER_VALUES) if placeholders else value, None if placeholders else kind))
    for name, value in R.sample(BENIGN_SETTINGS, R.randint(3, 6)):
        rows.append((name, value, None))
    R.shuffle(rows)
    return rows


def _val(value: str, kind: str | None) -> str:
    return S(value, kind) if kind else value


def _q(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"')


def render_config(style: str, rows: list[tuple[str, str, str | None]]) -> tuple[str, str]:
    if style == "dotenv":
        body = "\n".join(f'{n}="{_val(v, k)}"' if " " in v or "#" in v else f"{n}={_val(v, k)}" for n, v, k in rows)
        return f"Here's the `.env` for the service:\n\n```\n# .env\n{body}\n```", ".env file"
    if style == "yaml":
        body = "\n".join(f'  {n.lower()}: "{_val(_q(v), k)}"' for n, v, k in rows)
        return f"```yaml\n# config/production.yaml\napp:\n{body}\n```", "YAML application config"
    if style == "compose":
        body = "\n".join(f"      {n}: \"{_val(_q(v), k)}\"" for n, v, k in rows)
        return (f"```yaml\nservices:\n  api:\n    image: ghcr.io/acme/orders-api:1.{R.randint(2, 30)}.{R.randint(0, 9)}\n    ports:\n      - \"8080:8080\"\n"
                f"    environment:\n{body}\n```"), "docker-compose environment block"  # fmt: skip
    if style == "json":
        body = ",\n".join(f'    "{n}": "{_val(_q(v), k)}"' for n, v, k in rows)
        return f'```json\n{{\n  "env": {{\n{body}\n  }}\n}}\n```', "JSON config"
    if style == "toml":
        body = "\n".join(f'{n.lower()} = "{_val(_q(v), k)}"' for n, v, k in rows)
        return f"```toml\n[settings]\n{body}\n```", "TOML config"
    if style == "ini":
        body = "\n".join(f"{n.lower()} = {_val(v, k)}" for n, v, k in rows)
        return f"```ini\n[app:main]\n{body}\n```", "INI config"
    if style == "k8s_stringdata":
        body = "\n".join(f'  {n}: "{_val(_q(v), k)}"' for n, v, k in rows)
        return f"```yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: orders-api\ntype: Opaque\nstringData:\n{body}\n```", "Kubernetes Secret stringData"
    if style == "tfvars":
        body = "\n".join(f'{n.lower()} = "{_val(_q(v), k)}"' for n, v, k in rows)
        return f"```hcl\n# terraform.tfvars\n{body}\n```", "Terraform tfvars"
    if style == "shell":
        body = "\n".join(f"export {n}='{_val(v, k)}'" if "'" not in v else f'export {n}="{_val(_q(v), k)}"' for n, v, k in rows)
        return f"```bash\n$ cat ~/.orders-api.env.sh\n{body}\n```", "shell exports"
    if style == "systemd":
        body = "\n".join(f'Environment="{n}={_val(_q(v), k)}"' for n, v, k in rows)
        return f"```ini\n# /etc/systemd/system/orders-api.service.d/override.conf\n[Service]\n{body}\n```", "systemd drop-in"
    if style == "python":
        body = "\n".join(f'    "{n}": "{_val(_q(v), k)}",' for n, v, k in rows)
        return f"```python\n# settings_local.py\nCONFIG = {{\n{body}\n}}\n```", "Python settings dict"
    if style == "js":
        body = "\n".join(f"  {n.lower()}: '{_val(v, k)}'," if "'" not in v else f'  {n.lower()}: "{_val(_q(v), k)}",' for n, v, k in rows)
        return f"```js\n// config.prod.js\nmodule.exports = {{\n{body}\n}};\n```", "JavaScript config module"
    if style == "properties":
        body = "\n".join(f"app.{n.lower().replace('_', '.')}={_val(v, k)}" for n, v, k in rows)
        return f"```properties\n# application-prod.properties\n{body}\n```", "Java properties"
    if style == "dockerfile":
        body = "\n".join(f'ENV {n}="{_val(_q(v), k)}"' for n, v, k in rows)
        return f"```dockerfile\nFROM python:3.12-slim\nWORKDIR /app\n{body}\nCOPY . .\nCMD [\"gunicorn\", \"app:app\"]\n```", "Dockerfile ENV"
    if style == "gha":
        body = "\n".join(f"      {n}: \"{_val(_q(v), k)}\"" for n, v, k in rows)
        return f"```yaml\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n{body}\n    steps:\n      - uses: actions/checkout@v4\n      - run: make deploy\n```", "GitHub Actions env"
    raise ValueError(style)


CONFIG_STYLES = ["dotenv", "yaml", "compose", "json", "toml", "ini", "k8s_stringdata", "tfvars", "shell", "systemd", "python", "js",
                 "properties", "dockerfile", "gha"]  # fmt: skip


def realistic_configs() -> None:
    for style in CONFIG_STYLES:
        for _ in range(3):
            t, what = render_config(style, _settings(R.randint(1, 4)))
            real(t, f"{what} with secrets among ordinary settings")
        t, what = render_config(style, _settings(R.randint(2, 4), placeholders=True))
        realneg(t, "placeholder", f"{what} whose secret settings hold placeholders or references only")


def realistic_handcrafted() -> None:  # noqa: C901 - a flat list of templates
    for _ in range(3):
        user = pick(["app", "orders", "grafana", "keycloak"])
        pw = password()
        b64pw = base64.b64encode(pw.encode()).decode()
        b64user = base64.b64encode(user.encode()).decode()
        tok = crc_token("ghp_") if R.random() < 0.5 else rs(HEX, 40)
        real(f"```yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: {user}-db\n  namespace: prod\ntype: Opaque\ndata:\n  username: {b64user}\n"
             f"  password: {S(b64pw, 'k8s_secret_base64')}\n  api-token: {S(base64.b64encode(tok.encode()).decode(), 'k8s_secret_base64')}\n```\n"
             "Apply it with `kubectl apply -f secret.yaml`.", "Kubernetes Secret with base64-encoded password and token")  # fmt: skip
    for _ in range(2):
        user = pick(["acmebot", "ci-pusher", "deploy"])
        auth = base64.b64encode(f"{user}:{pg_safe_password()}".encode()).decode()
        real('```json\n{\n  "auths": {\n    "registry.acme.io": {\n      "auth": "' + S(auth, "docker_auth_base64") + '"\n    }\n  },\n  "credsStore": ""\n}\n```',
             "~/.docker/config.json with an inline base64 user:password")  # fmt: skip
    for _ in range(2):
        real("```yaml\napiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://10.12.0.1:6443\n  name: prod\nusers:\n- name: ci\n  user:\n"
             f"    token: {S(jwt('RS256'), 'jwt')}\ncontexts:\n- context: {{cluster: prod, user: ci}}\n  name: prod\ncurrent-context: prod\n```",
             "kubeconfig with a service-account bearer token")  # fmt: skip
    for _ in range(2):
        real(f"```\n# ~/.npmrc\nregistry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken={S(crc_token('npm_'), 'npm_token')}\nsave-exact=true\n```",
             ".npmrc with an npm automation token")  # fmt: skip
    real(f"```ini\n# ~/.pypirc\n[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = {S(pypi_token(), 'pypi_token')}\n```", ".pypirc with a PyPI token")
    for _ in range(2):
        real(f"```xml\n<settings>\n  <servers>\n    <server>\n      <id>nexus-releases</id>\n      <username>deployer</username>\n"
             f"      <password>{S(password().replace('<', '').replace('&', ''), 'password')}</password>\n    </server>\n  </servers>\n</settings>\n```",
             "Maven settings.xml server password")  # fmt: skip
    for _ in range(2):
        pw = pg_safe_password()
        real(f'```xml\n<connectionStrings>\n  <add name="Default" connectionString="Server=sql-prod-01;Database=Billing;User Id=billing_app;Password={S(pw, "password")};TrustServerCertificate=True" providerName="System.Data.SqlClient" />\n</connectionStrings>\n```',
             "web.config connection string password")  # fmt: skip
    for _ in range(2):
        real('```json\n{\n  "ConnectionStrings": {\n    "Default": "Host=pg.internal;Port=5432;Database=crm;Username=crm;Password=' + S(pg_safe_password(), "password")
             + '"\n  },\n  "Logging": { "LogLevel": { "Default": "Information" } }\n}\n```', "appsettings.json connection string")  # fmt: skip
    for _ in range(2):
        real(f"jdbc:postgresql://pg.internal:5432/ledger?user=ledger&password={S(pg_safe_password(), 'password')}&sslmode=require", "JDBC URL with a password parameter")
    for _ in range(3):
        u = pick(["admin", "elastic", "api"])
        real(f"```bash\ncurl -u {u}:{S(pg_safe_password(), 'password')} -X GET \"https://search.internal:9200/_cluster/health?pretty\"\n```", "curl basic auth")
    tokens = [("github_pat_classic", lambda: crc_token("ghp_")), ("gitlab_pat", lambda: "glpat-" + rs(B64URL, 20)), ("openai_api_key", openai_key),
              ("digitalocean_token", lambda: "dop_v1_" + rs(HEX, 64)), ("huggingface_token", hf_token), ("databricks_token", databricks_token),
              ("notion_token", notion_token), ("linear_api_key", lambda: "lin_api_" + rs(ALNUM, 40))]  # fmt: skip
    for kind, gen in tokens:
        real(f"```bash\ncurl -s https://api.{pick(['acme.io', 'example.net', 'internal.dev'])}/v1/projects \\\n  -H \"Authorization: Bearer {S(gen(), kind)}\" \\\n  -H 'Accept: application/json' | jq '.[0]'\n```",
             f"curl with a {kind} bearer header")  # fmt: skip
    for _ in range(2):
        real(f"```bash\n$ git remote -v\norigin  https://x-access-token:{S(crc_token('ghs_'), 'github_app_token')}@github.com/acme/payments.git (fetch)\n"
             "origin  https://github.com/acme/payments.git (push)\n```", "git remote with an installation token in the URL")  # fmt: skip
        real(f"```bash\ngit clone https://oauth2:{S('glpat-' + rs(B64URL, 20), 'gitlab_pat')}@gitlab.com/acme/infra.git\n```", "git clone URL with a GitLab token")
    for _ in range(2):
        kid, sec = aws_key_id(), aws_secret()
        real(f"```\n$ aws configure\nAWS Access Key ID [None]: {S(kid, 'aws_access_key_id')}\nAWS Secret Access Key [None]: {S(sec, 'aws_secret_access_key')}\n"
             "Default region name [None]: eu-central-1\nDefault output format [None]: json\n```", "aws configure session")  # fmt: skip
    real(f"```\n$ heroku auth:token\n›   Warning: token will expire 11/04/2026\n{S(heroku_key(), 'heroku_api_key')}\n```", "heroku auth:token output")
    real(f"```\n$ gh auth token\n{S(crc_token('gho_'), 'github_oauth_token')}\n```", "gh auth token output")
    real(f"```\n$ vault login -method=userpass username=ops\nSuccess! You are now authenticated.\n\nKey                    Value\n---                    -----\ntoken                  {S(vault_token(), 'vault_token')}\ntoken_accessor         {rs(ALNUM, 24)}\ntoken_duration         768h\ntoken_policies         [\"default\" \"ops\"]\n```",
         "vault login output")  # fmt: skip
    real(f"```bash\necho '{S(pg_safe_password(), 'password')}' | docker login registry.acme.io -u deploy --password-stdin\n```", "docker login with password on stdin")
    # code in several languages
    for _ in range(2):
        real(f'```python\nfrom openai import OpenAI\n\nclient = OpenAI(api_key="{S(openai_key(), "openai_api_key")}")\nresp = client.chat.completions.create(model="gpt-4o", messages=[{{"role": "user", "content": "hi"}}])\n```',
             "Python client with an inline API key")  # fmt: skip
        real(f'```python\nimport anthropic\n\nclient = anthropic.Anthropic(api_key="{S(anthropic_key(), "anthropic_api_key")}")\n```', "Anthropic client with an inline key")
    real(f'```python\ns3 = boto3.client(\n    "s3",\n    aws_access_key_id="{S(aws_key_id(), "aws_access_key_id")}",\n    aws_secret_access_key="{S(aws_secret(), "aws_secret_access_key")}",\n    region_name="us-east-1",\n)\n```',
         "boto3 client with inline keys")  # fmt: skip
    real(f'```python\nconn = psycopg2.connect(host="db.internal", dbname="orders", user="orders", password="{S(_q(password()), "password")}")\n```', "psycopg2 connect password")
    real(f'```python\nresp = requests.post(url, auth=("svc-export", "{S(_q(password()), "password")}"), json=payload, timeout=10)\n```', "requests basic auth")
    real(f'```python\nwith smtplib.SMTP("smtp.office365.com", 587) as s:\n    s.starttls()\n    s.login("{S(email(), "email")}", "{S(_q(password()), "password")}")\n```',
         "smtplib login (personal mailbox and password)")  # fmt: skip
    real(f"```js\nconst stripe = require('stripe')('{S('sk_live_' + rs(ALNUM, 99), 'stripe_secret_key')}');\n\nconst session = await stripe.checkout.sessions.create({{ mode: 'payment' }});\n```",
         "Node Stripe client")  # fmt: skip
    real(f"```js\nconst transporter = nodemailer.createTransport({{\n  host: 'smtp.sendgrid.net',\n  port: 587,\n  auth: {{ user: 'apikey', pass: '{S(sendgrid_key(), 'sendgrid_api_key')}' }},\n}});\n```",
         "nodemailer with a SendGrid key")  # fmt: skip
    real(f"```js\nawait mongoose.connect('mongodb+srv://shop:{S(pg_safe_password(), 'password')}@cluster0.ab1cd.mongodb.net/shop?retryWrites=true');\n```", "mongoose URI")
    real(f'```go\napi := slack.New("{S(slack_bot(), "slack_bot_token")}")\n_, _, err := api.PostMessage("C024BE91L", slack.MsgOptionText("deploy done", false))\n```', "Go Slack client")
    real(f'```go\ndb, err := sql.Open("mysql", "shop:{S(pg_safe_password(), "password")}@tcp(10.1.2.3:3306)/shop?parseTime=true")\n```', "Go MySQL DSN")
    real(f'```java\nConnection c = DriverManager.getConnection("jdbc:mysql://db:3306/hr", "hr_app", "{S(_q(password()), "password")}");\n```', "JDBC getConnection")
    real(f"```ruby\nStripe.api_key = '{S('rk_live_' + rs(ALNUM, 24), 'stripe_restricted_key')}'\n```", "Ruby Stripe restricted key")
    real(f"```php\ndefine('DB_NAME', 'wordpress');\ndefine('DB_USER', 'wp');\ndefine('DB_PASSWORD', '{S(pg_safe_password(), 'password')}');\ndefine('AUTH_KEY', '{S(rs(ALNUM + '!#%*-_=+', 64), 'generic_secret')}');\n```",
         "wp-config.php password and salt")  # fmt: skip
    real(f'```rust\nlet res = client.get(url).bearer_auth("{S(tfc_token(), "terraform_cloud_token")}").send().await?;\n```', "Rust reqwest bearer")
    real(f'```csharp\nvar smtp = new SmtpClient("smtp.gmail.com", 587) {{\n    Credentials = new NetworkCredential("{S(email(), "email")}", "{S(rs(LOWER, 16), "password")}"),\n    EnableSsl = true\n}};\n```',
         "C# SMTP credentials (app password)")  # fmt: skip
    real(f'```python\nDISCORD_TOKEN = "{S(discord_bot_token(), "discord_bot_token")}"\nbot.run(DISCORD_TOKEN)\n```', "Discord bot token in code")
    real(f"```python\nbot = telebot.TeleBot('{S(telegram_token(), 'telegram_bot_token')}')\n```", "Telegram bot token in code")
    real(f"```\n!huggingface-cli login --token {S(hf_token(), 'huggingface_token')}\nToken is valid (permission: write).\n```", "notebook cell logging in to Hugging Face")
    a, key, b = sentry_dsn_parts()
    real(f'```js\nSentry.init({{\n  dsn: "{a}{S(key, "sentry_dsn")}{b}",\n  tracesSampleRate: 0.2,\n}});\n```', "Sentry init with DSN")
    base, sec = slack_webhook_parts()
    real(f"```bash\ncurl -X POST -H 'Content-type: application/json' --data '{{\"text\":\"backup finished\"}}' {base}{S(sec, 'slack_webhook')}\n```", "Slack webhook in a script")
    real(f"```\n# ~/.git-credentials\nhttps://{pick(['mlee', 'jdoe', 'ops-bot'])}:{S(crc_token('ghp_'), 'github_pat_classic')}@github.com\n```", ".git-credentials line")
    # keys
    for flavour in ["openssh", "rsa", "ec"]:
        begin, body, end = pem_body(flavour)
        kind = "private_key_" + flavour
        real(f"```\n$ cat ~/.ssh/{'id_ed25519' if flavour == 'openssh' else 'deploy_key'}\n{begin}\n{S(body, kind)}\n{end}\n```", f"{flavour} private key printed in a shell")
    begin, body, end = pem_body("pkcs8_rsa")
    proj = "acme-analytics-prod"
    real('Here is the service-account key you created:\n\n```json\n{\n  "type": "service_account",\n  "project_id": "' + proj + '",\n  "private_key_id": "'
         + rs(HEX, 40) + '",\n  "private_key": "' + begin + "\\n" + S(body.replace("\n", "\\n"), "gcp_service_account_private_key")
         + "\\n" + end + '\\n",\n  "client_email": "bq-loader@' + proj + '.iam.gserviceaccount.com",\n  "token_uri": "https://oauth2.googleapis.com/token"\n}\n```',
         "GCP service-account JSON")  # fmt: skip
    begin, body, end = pgp_private_block()
    real(f"```\n$ gpg --export-secret-keys --armor {rs(HEX.upper(), 16)}\n{begin}{S(body, 'private_key_pgp')}\n{end}\n```", "gpg secret key export")
    # logs and stack traces
    for _ in range(3):
        real(f"2025-03-14T09:12:44.118Z DEBUG http.client send: b'POST /v1/charges HTTP/1.1\\r\\nHost: api.stripe.com\\r\\nAuthorization: Bearer {S('sk_live_' + rs(ALNUM, 24), 'stripe_secret_key')}\\r\\nIdempotency-Key: {uuid4()}\\r\\n'",
             "debug log echoing a bearer header")  # fmt: skip
    for _ in range(3):
        first, last = person()
        real(f"2025-04-02 17:03:11,902 INFO  signup.service - created account id={R.randint(10000, 99999)} email={S(email(first, last), 'email')} phone={S(phone(), 'phone')} plan=pro",
             "application log with a user's email and phone")  # fmt: skip
    for _ in range(2):
        real(f'10.0.7.21 - - [02/Apr/2025:17:03:12 +0000] "GET /api/export?access_token={S(jwt("HS256"), "jwt")}&format=csv HTTP/1.1" 200 18211 "-" "python-requests/2.32.3"',
             "access log with a token in the query string")  # fmt: skip
    for _ in range(2):
        pw = pg_safe_password()
        real(f'Traceback (most recent call last):\n  File "/app/worker.py", line 41, in <module>\n    engine = create_engine(DB_URL)\n  File "/usr/lib/python3.12/site-packages/sqlalchemy/engine/create.py", line 602, in create_engine\n'
             f'sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not connect to server\n(Background on this error at: https://sqlalche.me/e/20/e3q8)\nDB_URL = "postgresql://etl:{S(pw, "password")}@10.2.0.15:5432/warehouse"',
             "Python traceback that prints the DB URL")  # fmt: skip
    real(f"Exception in thread \"main\" java.sql.SQLException: Access denied for user 'billing'@'10.4.1.9' (using password: YES)\n\tat com.mysql.cj.jdbc.ConnectionImpl.createNewIO(ConnectionImpl.java:836)\n"
         f"Caused by: config dump {{url=jdbc:mysql://db:3306/billing, user=billing, password={S(pg_safe_password(), 'password')}}}", "Java exception with a config dump")  # fmt: skip
    real(f"Error: Request failed with status code 401\n    at createError (node_modules/axios/lib/core/createError.js:16:15)\n  config: {{\n    headers: {{ 'X-Api-Key': '{S(rs(HEX, 32), 'datadog_api_key')}', 'DD-APPLICATION-KEY': '{S(rs(HEX, 40), 'datadog_app_key')}' }},\n    url: 'https://api.datadoghq.eu/api/v1/monitor'\n  }}",
         "Node error dumping request headers")  # fmt: skip
    real(f"2025-05-01 08:00:03 WARN  audit - exported record subject={S(us_ssn(), 'us_ssn')} dob=1984-07-19 by user=reporting", "audit log leaking an SSN")
    # support tickets, emails, HR, KYC
    for _ in range(4):
        first, last = person()
        n, b = card_number(pick(["visa", "mastercard", "amex"]))
        real(f"Subject: Refund not received\n\nHi team,\n\nI was charged twice for order #{R.randint(100000, 999999)}. My card is {S(fmt_card(n, b), 'credit_card')} (exp {R.randint(1, 12):02d}/{R.randint(26, 30)}).\n"
             f"You can reach me on {S(phone(), 'phone')} or at {S(email(first, last), 'email')}.\n\nThanks,\n{first} {last}",
             "customer email with card, phone and email")  # fmt: skip
    for _ in range(3):
        first, last = person()
        cc = pick(["DE", "FR", "NL", "ES", "IT", "BE", "AT", "IE"])
        real(f"Ticket #{R.randint(40000, 49999)} — {first} {last}\nStatus: waiting on finance\n\nCustomer asks for the refund to go to IBAN {S(fmt_iban(iban(cc)), 'iban')} "
             f"(account holder {first} {last}). Confirmation to {S(email(first, last), 'email')}.", "support ticket with IBAN and email")  # fmt: skip
    hr = [("GB", "National Insurance number", lambda: uk_nino(), "uk_nino"), ("DE", "Steuer-ID", de_steuer_id, "de_steuer_id"),
          ("NL", "BSN", nl_bsn, "nl_bsn"), ("PL", "PESEL", pl_pesel, "pl_pesel"), ("FR", "numéro de sécurité sociale", fr_nir, "fr_nir"),
          ("IT", "codice fiscale", it_codice_fiscale, "it_codice_fiscale"), ("ES", "DNI", es_dni, "es_dni"), ("CA", "SIN", ca_sin, "ca_sin"),
          ("AU", "TFN", au_tfn, "au_tfn"), ("US", "SSN", us_ssn, "us_ssn")]  # fmt: skip
    for cc, label, gen, kind in hr:
        first, last = person()
        iban_cc = cc if cc in IBAN_BBAN else None
        bank = f"\n| Bank | {S(fmt_iban(iban(iban_cc)), 'iban')} |" if iban_cc else ""
        real(f"New starter details for payroll:\n\n| Field | Value |\n|---|---|\n| Name | {first} {last} |\n| {label} | {S(gen(), kind)} |\n| Personal email | {S(email(first, last), 'email')} |{bank}\n| Start date | 2025-0{R.randint(1, 9)}-01 |",
             f"HR onboarding table with {kind}")  # fmt: skip
    kyc = [("BR", "CPF", lambda: br_cpf(True), "br_cpf"), ("BR", "CNPJ", br_cnpj, "br_cnpj"), ("IN", "Aadhaar", in_aadhaar, "in_aadhaar"),
           ("IN", "PAN", in_pan, "in_pan"), ("MX", "CURP", mx_curp, "mx_curp"), ("SG", "NRIC", sg_nric, "sg_nric"), ("KR", "RRN", kr_rrn, "kr_rrn"),
           ("JP", "My Number", jp_my_number, "jp_my_number"), ("ES", "NIE", es_nie, "es_nie"), ("AU", "Medicare", au_medicare, "au_medicare"),
           ("GB", "NHS number", nhs_number, "uk_nhs_number")]  # fmt: skip
    for cc, label, gen, kind in kyc:
        first, last = person()
        real(f'{{"customer": {{"name": "{first} {last}", "country": "{cc}", "document": {{"type": "{label}", "number": "{S(gen(), kind)}"}}, '
             f'"phone": "{S(phone(cc if cc in _PHONE_FORMATS else None), "phone")}", "kyc_status": "pending"}}}}', f"KYC JSON record with {kind} and phone")  # fmt: skip
    for _ in range(3):
        rows = []
        for _ in range(R.randint(2, 3)):
            first, last = person()
            rows.append(f"| {first} {last} | {S(email(first, last), 'email')} | {pick(['Admin', 'Editor', 'Viewer'])} |")
        real("Here are the users with access:\n\n| Name | Email | Role |\n|---|---|---|\n" + "\n".join(rows), "markdown table of users and emails")
    for _ in range(2):
        rows = []
        for _ in range(2):
            first, last = person()
            rows.append(f"{R.randint(1000, 9999)},{first},{last},{S(email(first, last), 'email')},{S(phone(), 'phone')}")
        real("```csv\nid,first_name,last_name,email,phone\n" + "\n".join(rows) + "\n```", "CSV export with emails and phones")
    for _ in range(2):
        first, last = person()
        real(f"```sql\nINSERT INTO customers (name, email, ssn, card_last4) VALUES ('{first} {last.replace(chr(39), chr(39) * 2)}', '{S(email(first, last), 'email')}', '{S(us_ssn(), 'us_ssn')}', '{dg(4)}');\n```",
             "SQL insert with personal data")  # fmt: skip
    for _ in range(2):
        first, last = person()
        real(f"Best regards,\n{first} {last}\nSenior Buyer, Northwind Traders\nM: {S(phone(), 'phone')}\n{S(email(first, last), 'email')}", "email signature with personal mobile and address")
    real(f"```yaml\n# payouts.yaml\nbeneficiaries:\n  - name: treasury\n    eth: \"{S(eth_address(), 'eth_address')}\"\n  - name: cold-storage\n    btc: \"{S(btc_bech32(), 'btc_address')}\"\n```", "payout config with crypto addresses")
    real(f"Cookie: theme=dark; session={S(jwt('HS256'), 'jwt')}; _ga=GA1.2.{dg(10)}.{dg(10)}", "cookie header with a session JWT")
    real(f'```hcl\nprovider "aws" {{\n  region     = "eu-west-1"\n  access_key = "{S(aws_key_id(), "aws_access_key_id")}"\n  secret_key = "{S(aws_secret(), "aws_secret_access_key")}"\n}}\n```', "Terraform provider with inline keys")
    real(f'```json\n"resources": [{{"type": "aws_db_instance", "name": "main", "instances": [{{"attributes": {{"username": "postgres", "password": "{S(_q(password()), "password")}", "port": 5432}}}}]}}]\n```',
         "terraform.tfstate excerpt with a DB password")  # fmt: skip
    real(f"```yaml\n# group_vars/db.yml\nansible_user: ubuntu\nansible_become_password: \"{S(_q(password()), 'password')}\"\npostgres_version: 16\n```", "Ansible vars with become password")
    real(f"```yaml\n# config/database.yml\nproduction:\n  adapter: postgresql\n  database: shop_production\n  username: shop\n  password: \"{S(_q(password()), 'password')}\"\n  host: 10.0.5.4\n```", "Rails database.yml")
    real(f"```yaml\nspring:\n  mail:\n    host: smtp.gmail.com\n    username: {S(email(), 'email')}\n    password: {S(rs(LOWER, 16), 'password')}\n```", "Spring mail config with app password")
    real(f"```\n127.0.0.1:6379> AUTH {S(pg_safe_password(), 'password')}\nOK\n127.0.0.1:6379> KEYS session:*\n```", "redis-cli AUTH")
    real(f'```json\n{{\n  "name": "staging",\n  "values": [\n    {{"key": "baseUrl", "value": "https://staging.acme.io", "enabled": true}},\n    {{"key": "apiKey", "value": "{S(postman_key(), "postman_api_key")}", "enabled": true}}\n  ]\n}}\n```',
         "Postman environment export")  # fmt: skip
    real(f"```\nldap:\n  url: ldaps://ldap.corp:636\n  bind_dn: cn=svc-sso,ou=services,dc=corp\n  bind_password: {S(pg_safe_password(), 'password')}\n```", "LDAP bind password")
    real(f"```python\nDEBUG = False\nSECRET_KEY = '{S(django_secret(), 'django_secret_key')}'\nALLOWED_HOSTS = ['shop.acme.io']\n```", "Django settings SECRET_KEY")


def realistic_negatives() -> None:  # noqa: C901 - a flat list of templates
    for _ in range(3):
        pkgs = R.sample(["lodash", "react", "express", "axios", "zod", "vite", "typescript", "chalk", "debug", "semver"], 3)
        body = ",\n".join(
            f'    "node_modules/{p}": {{\n      "version": "{R.randint(1, 19)}.{R.randint(0, 30)}.{R.randint(0, 12)}",\n      "resolved": "https://registry.npmjs.org/{p}/-/{p}-1.0.0.tgz",\n'
            f'      "integrity": "sha512-{base64.b64encode(R.randbytes(64)).decode()}"\n    }}' for p in pkgs)  # fmt: skip
        realneg(f'```json\n{{\n  "lockfileVersion": 3,\n  "packages": {{\n{body}\n  }}\n}}\n```', "lockfile_hash", "package-lock.json integrity hashes")
    for _ in range(2):
        realneg("```\n" + "\n".join(f"github.com/{p} v{R.randint(0, 2)}.{R.randint(0, 40)}.{R.randint(0, 9)} h1:{base64.b64encode(R.randbytes(32)).decode()}"
                                    for p in R.sample(["google/uuid", "stretchr/testify", "spf13/cobra", "rs/zerolog", "nats-io/nats.go"], 3)) + "\n```",
                "lockfile_hash", "go.sum lines")  # fmt: skip
        realneg("```\n" + "\n".join(f"{p}=={R.randint(0, 5)}.{R.randint(0, 30)}.{R.randint(0, 9)} \\\n    --hash=sha256:{rs(HEX, 64)}" for p in R.sample(["requests", "urllib3", "idna", "certifi", "httpx"], 3)) + "\n```",
                "lockfile_hash", "requirements.txt with --hash pins")  # fmt: skip
        realneg(f'```toml\n[[package]]\nname = "serde"\nversion = "1.0.{R.randint(150, 220)}"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "{rs(HEX, 64)}"\n```',
                "lockfile_hash", "Cargo.lock checksum")  # fmt: skip
    for _ in range(3):
        lines = "\n".join(f"{rs(HEX, 7)} {pick(['Fix flaky retry test', 'Bump axios to 1.7.4', 'Add idempotency keys', 'Refactor config loader', 'Merge pull request #' + str(R.randint(100, 999))])}" for _ in range(5))
        realneg(f"```\n$ git log --oneline -5\n{lines}\n```", "git_sha", "git log --oneline")
    for _ in range(2):
        realneg(f"```\n$ git rev-parse HEAD\n{rs(HEX, 40)}\n$ git describe --tags\nv{R.randint(1, 4)}.{R.randint(0, 20)}.{R.randint(0, 9)}-{R.randint(1, 40)}-g{rs(HEX, 7)}\n```", "git_sha", "commit SHA and describe output")
    for _ in range(2):
        rows = "\n".join(f"{pick(['nginx', 'postgres', 'redis', 'acme/api'])}   {pick(['1.27', '16.4', '7.4', 'latest'])}   {rs(HEX, 12)}   {R.randint(2, 9)} days ago   {R.randint(40, 900)}MB" for _ in range(3))
        realneg(f"```\n$ docker images\nREPOSITORY   TAG   IMAGE ID   CREATED   SIZE\n{rows}\n```", "docker_digest", "docker images output")
        realneg(f"```yaml\n    image: ghcr.io/acme/api@sha256:{rs(HEX, 64)}\n```", "docker_digest", "pinned image digest")
    for _ in range(3):
        pods = "\n".join(f"orders-api-{rs(LOWER_ALNUM, 10)}-{rs(LOWER_ALNUM, 5)}   1/1   Running   {R.randint(0, 3)}   {R.randint(1, 40)}h   10.42.{R.randint(0, 9)}.{R.randint(2, 250)}" for _ in range(3))
        realneg(f"```\n$ kubectl get pods -o wide\nNAME   READY   STATUS   RESTARTS   AGE   IP\n{pods}\n```", "ip_address_default_off", "kubectl output with pod IPs")
    for _ in range(4):
        lines = "\n".join(f"2025-03-{R.randint(10, 28)}T{R.randint(10, 23)}:{R.randint(10, 59)}:{R.randint(10, 59)}Z INFO request_id={uuid4()} method=GET path=/api/orders/{R.randint(1000, 9999)} status=200 duration_ms={R.randint(3, 400)} client=192.168.{R.randint(0, 9)}.{R.randint(2, 250)}" for _ in range(3))
        realneg(lines, "uuid", "request log with UUIDs and IPs")
    for _ in range(2):
        realneg(f'```json\n{{"subscriptionId": "{uuid4()}", "tenantId": "{uuid4()}", "resourceGroup": "rg-prod-weu", "location": "westeurope"}}\n```', "uuid", "Azure subscription and tenant ids")
    realneg("To try the CLI, the AWS docs use these sample credentials (they do not work):\n\n```\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n```",
            "published_example", "AWS documentation example keys")  # fmt: skip
    realneg("Use Stripe's test cards in test mode: `4242 4242 4242 4242` (Visa) with any future expiry and any CVC, or `4000 0000 0000 9995` to simulate a decline.",
            "published_example", "Stripe's published test card numbers")  # fmt: skip
    for _ in range(3):
        realneg('```yaml\n      - name: Publish\n        run: npm publish\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n          SLACK_WEBHOOK: ${{ secrets.SLACK_WEBHOOK_URL }}\n```'
                if _ == 0 else
                '```yaml\n        env:\n          - name: DB_PASSWORD\n            valueFrom:\n              secretKeyRef:\n                name: orders-db\n                key: password\n```'
                if _ == 1 else
                '```python\nimport os\n\nAPI_KEY = os.environ["STRIPE_SECRET_KEY"]\nDB_URL = os.getenv("DATABASE_URL", "postgresql://localhost/dev")\n```',
                "env_reference", "secret read from the environment or a secret store, no value")  # fmt: skip
    realneg('```hcl\nresource "random_password" "db" {\n  length  = 32\n  special = true\n}\n\nresource "aws_db_instance" "main" {\n  username = "postgres"\n  password = random_password.db.result\n}\n```',
            "env_reference", "Terraform generating the password, no literal")  # fmt: skip
    realneg('```js\nconst client = new Client({ token: process.env.DISCORD_TOKEN });\nclient.login(process.env.DISCORD_TOKEN);\n```', "env_reference", "token read from process.env")
    for _ in range(3):
        img = base64.b64encode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + R.randbytes(R.randint(90, 180))).decode()
        realneg(f'<img alt="status badge" width="16" height="16" src="data:image/png;base64,{img}" />', "base64_image", "inline base64 PNG")
    for _ in range(4):
        order = dg(R.choice([13, 14, 15, 16, 17, 18, 19]))
        while luhn_ok(order) or order[0] == "0":
            order = str(R.randint(1, 9)) + order[1:-1] + pick(DIGITS)
        trk = "1Z" + rs(UPPER_ALNUM, 16)
        realneg(f"Your order {order} has shipped! Tracking number: {trk} (UPS). Estimated delivery: {R.randint(2, 28)} May 2025. Total: €{R.randint(20, 400)}.{dg(2)}",
                "order_number", "order confirmation with a long order number (fails Luhn) and tracking number", (("luhn", order),))  # fmt: skip
    for _ in range(3):
        codes = [iban_bad(pick(["DE", "GB", "FR", "NL"])) for _ in range(2)]
        realneg(f"| SKU | Description | Qty |\n|---|---|---|\n| {codes[0]} | Steel bracket 40mm | 12 |\n| {codes[1]} | Hinge, brushed | 4 |",
                "iban_like_code", "product codes shaped like IBANs that fail mod 97", tuple(("iban", c) for c in codes))  # fmt: skip
    for _ in range(3):
        ids = []
        for _ in range(3):
            v = dg(R.choice([18, 19]))
            while luhn_ok(v) or v[0] == "0":
                v = str(R.randint(1, 9)) + v[1:-1] + pick(DIGITS)
            ids.append(v)
        realneg(f'```json\n[{{"id": "{ids[0]}", "channel_id": "{ids[1]}", "author": {{"id": "{ids[2]}", "username": "deploy-bot"}}, "content": "build passed"}}]\n```',
                "luhn_invalid_number", "snowflake message ids (18-19 digits, fail Luhn)", tuple(("luhn", i) for i in ids))  # fmt: skip
    for _ in range(3):
        ts = []
        for _ in range(3):
            v = str(R.randint(1_700_000_000_000, 1_760_000_000_000))
            while luhn_ok(v):
                v = str(int(v) + 1)
            ts.append(v)
        realneg(f"timestamp_ms,cpu,mem_mb\n{ts[0]},0.42,512\n{ts[1]},0.57,530\n{ts[2]},0.61,541", "luhn_invalid_number", "epoch-millisecond timestamps", tuple(("luhn", t) for t in ts))
    for _ in range(3):
        realneg(f"## Release {R.randint(2, 9)}.{R.randint(0, 20)}.{R.randint(0, 9)} ({R.randint(2023, 2025)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d})\n\n- Requires kernel >= 5.15.0-105\n- Tested on Windows 10.0.19045.{R.randint(1000, 5000)} and macOS 14.4.1\n- Build {R.randint(2023, 2025)}{R.randint(1, 12):02d}{R.randint(10, 28)}.{R.randint(1000, 9999)}",
                "version_string", "release notes with phone-like version and build numbers")  # fmt: skip
    for _ in range(2):
        realneg(f"```nginx\nupstream api {{\n    server 10.0.{R.randint(0, 9)}.{R.randint(2, 250)}:8080;\n    server 10.0.{R.randint(0, 9)}.{R.randint(2, 250)}:8080;\n}}\nserver {{\n    listen 443 ssl;\n    allow 203.0.113.0/24;\n    deny all;\n}}\n```",
                "ip_address_default_off", "nginx config with IP addresses")  # fmt: skip
    for _ in range(2):
        realneg("```\n" + "\n".join(f"{rs(HEX, 64)}  lockgate-{R.randint(0, 3)}.{R.randint(0, 20)}.{R.randint(0, 9)}-{pick(['linux-amd64', 'darwin-arm64', 'windows-amd64.zip'])}" for _ in range(3)) + "\n```",
                "lockfile_hash", "SHA256SUMS file")  # fmt: skip
    realneg(public_key_pem(), "not_secret_context", "a public key")
    realneg(certificate_pem(), "not_secret_context", "a certificate")
    for _ in range(2):
        realneg("```\n$ cat ~/.ssh/id_ed25519.pub\nssh-ed25519 " + base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + R.randbytes(32)).decode() + " deploy@ci\n```",
                "not_secret_context", "SSH public key")  # fmt: skip
    realneg(f"github.com ssh-ed25519 {base64.b64encode(b'x' * 51).decode()}\ngitlab.com ecdsa-sha2-nistp256 {base64.b64encode(R.randbytes(104)).decode()}", "not_secret_context", "known_hosts entries")
    for _ in range(3):
        realneg(pick([f"Invalid API key provided: sk_live_{'*' * 20}{rs(ALNUM, 4)}", "password: ********  (hidden)", f"card=**** **** **** {dg(4)} exp=**/**",
                      f"token: ghp_{'•' * 30}{rs(ALNUM, 4)}", "Authorization: Bearer [REDACTED]"]),
                "already_redacted", "value already masked")  # fmt: skip
    realneg("```sql\nCREATE TABLE users (\n  id BIGSERIAL PRIMARY KEY,\n  email TEXT NOT NULL UNIQUE,\n  password_hash TEXT NOT NULL,\n  ssn_encrypted BYTEA,\n  phone TEXT\n);\n```",
            "not_secret_context", "schema with sensitive column names but no values")  # fmt: skip
    for _ in range(2):
        realneg(f"Mean latency {R.random() * 100:.6f} ms over {R.randint(10000, 99999)} samples; p99 {R.random() * 500:.4f} ms; σ = {R.random():.8f}.", "number", "statistics output")
    for _ in range(2):
        realneg(f"```\n$ uuidgen\n{uuid4().upper()}\n$ openssl rand -hex 4\n{rs(HEX, 8)}\n```", "uuid", "random identifiers in a shell")
    realneg("```dockerfile\nARG NPM_TOKEN\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n```", "env_reference", "build secret mounted, not inlined")
    realneg(f"Slack: posted to #deploys (channel C{rs(UPPER_ALNUM, 10)}, ts {R.randint(1_730_000_000, 1_750_000_000)}.{dg(6)}) by U{rs(UPPER_ALNUM, 10)}", "not_secret_context", "Slack ids and timestamp")
    realneg(f"```yaml\nstripe:\n  publishable_key: pk_live_{rs(ALNUM, 24)}\n  currency: eur\n```", "not_secret_context", "Stripe publishable key (public by design)")
    realneg("ISBN-13 978-3-16-148410-0 and ISBN 0-306-40615-2 are the usual examples in the docs.", "version_string", "ISBNs")
    realneg(f"Meeting moved to {R.randint(1, 28)}.{R.randint(1, 12)}.2025, 14:30–15:15 CET, room B-{R.randint(1, 4)}.{R.randint(10, 40)}", "date", "dates and times")
    realneg("To rotate the key, run:\n\n```bash\naws iam create-access-key --user-name deploy\n# then put the new pair into the vault:\nvault kv put secret/deploy aws_access_key_id=<new id> aws_secret_access_key=<new secret>\n```",
            "placeholder", "instructions with placeholders")  # fmt: skip


def build() -> list[tuple[dict, dict]]:
    """Generate every record (deterministic). Returns (record, metadata) pairs; metadata is for the validator only."""
    global R
    R = random.Random(SEED)
    RECORDS.clear()
    PHONE_REGION.clear()
    public_secrets()
    public_secret_negatives()
    public_pii()
    public_pii_negatives()
    realistic_configs()
    realistic_handcrafted()
    realistic_negatives()
    out = []
    seen = set()
    for rec, meta in RECORDS:
        if rec["text"] in seen:
            continue
        seen.add(rec["text"])
        meta["phone_region"] = {v: PHONE_REGION[v] for v in PHONE_REGION if v in rec["text"]}
        out.append((rec, meta))
    return out


def main() -> int:
    exclude: set[str] = set()
    if len(sys.argv) > 1:  # optional: a file of texts (one JSON string per line) to leave out, e.g. overlaps found by the validator
        exclude = {json.loads(line) for line in Path(sys.argv[1]).read_text().splitlines() if line.strip()}
    records = [rec for rec, _ in build() if rec["text"] not in exclude]
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
