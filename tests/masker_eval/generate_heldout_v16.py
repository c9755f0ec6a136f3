#!/usr/bin/env python3
"""Generator for the blind held-out masker evaluation set v16.

Standalone, Python 3 stdlib only, deterministic (random.Random(1616)).
Writes heldout_v16.jsonl next to this file.  --stats prints counts, --tables prints
the Markdown tables of HELDOUT_V16.md.  All values are random but format-valid
(check digits, CRC32, Bech32, Base58Check, Luhn, mod-97 ...); the only real strings
are published documentation examples, documented test cards and specimen documents,
which are used as negatives.
"""
import base64
import binascii
import hashlib
import json
import os
import random
import re
import string
import struct
import sys
import zlib

SEED = 1616
R = random.Random(SEED)

DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
ALNUM = DIG + UP + LO
B62 = DIG + UP + LO
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def rb(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64u_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


# ---------------------------------------------------------------- checksums
def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_digit(body):
    for c in DIG:
        if luhn_ok(body + c):
            return c


def iban_ok(s):
    s = s.replace(" ", "")
    t = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in t)
    return int(n) % 97 == 1


def iban_make(cc, bban):
    t = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in t)
    chk = 98 - int(n) % 97
    return "%s%02d%s" % (cc, chk, bban)


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


VERH_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
          [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
          [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
          [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VERH_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
          [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
          [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VERH_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = VERH_D[c][VERH_P[i % 8][int(ch)]]
    return c == 0


def verhoeff_digit(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = VERH_D[c][VERH_P[(i + 1) % 8][int(ch)]]
    return str(VERH_INV[c])


def iso7064_11_10(s):
    p = 10
    for ch in s:
        t = (int(ch) + p) % 10
        if t == 0:
            t = 10
        p = (t * 2) % 11
    c = 11 - p
    return 0 if c == 10 else c


def mrz_cd(s):
    w = [7, 3, 1]
    tot = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch) - 55
        else:
            v = 0
        tot += v * w[i % 3]
    return str(tot % 10)


B62GH = DIG + UP + LO


def base62(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62GH[r] + out
    return out.rjust(width, "0")


def crc_token(prefix, nrand=30):
    body = rs(B62, nrand)
    return prefix + body + base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def crc_token_ok(tok, prefix, nrand=30):
    if not tok.startswith(prefix):
        return False
    body = tok[len(prefix):]
    return len(body) == nrand + 6 and body[nrand:] == base62(zlib.crc32(body[:nrand].encode()) & 0xFFFFFFFF, 6)


# bech32
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_exp(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


def convertbits(data, frm, to, pad=True):
    acc = bits = 0
    out = []
    maxv = (1 << to) - 1
    for v in data:
        acc = (acc << frm) | v
        bits += frm
        while bits >= to:
            bits -= to
            out.append((acc >> bits) & maxv)
    if pad and bits:
        out.append((acc << (to - bits)) & maxv)
    return out


def bech32_encode(hrp, data_bytes):
    data = convertbits(data_bytes, 8, 5)
    pm = _polymod(_hrp_exp(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data + chk)


def bech32_ok(s):
    s = s.lower()
    pos = s.rfind("1")
    hrp, data = s[:pos], s[pos + 1:]
    if any(c not in BECH for c in data):
        return False
    return _polymod(_hrp_exp(hrp) + [BECH.index(c) for c in data]) == 1


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58enc(b):
    n = int.from_bytes(b, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(b) - len(b.lstrip(b"\0"))
    return "1" * pad + out


def b58dec(s):
    n = 0
    for c in s:
        n = n * 58 + B58.index(c)
    pad = len(s) - len(s.lstrip("1"))
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    return b"\0" * pad + body


def b58check(payload):
    return b58enc(payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4])


def b58check_ok(s):
    b = b58dec(s)
    return hashlib.sha256(hashlib.sha256(b[:-4]).digest()).digest()[:4] == b[-4:]


def crc24(data):
    crc = 0xB704CE
    for byte in data:
        crc ^= byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


# ---------------------------------------------------------------- DER helpers
def der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, body):
    return bytes([tag]) + der_len(len(body)) + body


def der_int(nbytes):
    b = rb(nbytes)
    b = bytes([b[0] | 0x80]) + b[1:]
    return der(0x02, b"\0" + b)


def der_parse(b):
    """return (tag, body, rest) or raise"""
    tag = b[0]
    ln = b[1]
    i = 2
    if ln & 0x80:
        k = ln & 0x7f
        ln = int.from_bytes(b[2:2 + k], "big")
        i = 2 + k
    if len(b) < i + ln:
        raise ValueError("short")
    return tag, b[i:i + ln], b[i + ln:]


def pem(label, der_bytes, headers=""):
    body = b64(der_bytes)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN %s-----\n%s%s\n-----END %s-----" % (label, headers, "\n".join(lines), label)


def rsa_der():
    seq = der(0x02, b"\0") + der_int(256) + der(0x02, b"\x01\x00\x01") + der_int(256) + der_int(128) + \
        der_int(128) + der_int(128) + der_int(128) + der_int(128)
    return der(0x30, seq)


def ec_der():
    body = der(0x02, b"\x01") + der(0x04, rb(32)) + der(0xa0, bytes.fromhex("06082a8648ce3d030107")) + \
        der(0xa1, der(0x03, b"\0\x04" + rb(64)))
    return der(0x30, body)


def ed25519_pkcs8():
    return bytes.fromhex("302e020100300506032b657004220420") + rb(32)


def enc_pkcs8():
    algo = der(0x30, der(0x06, bytes.fromhex("2a864886f70d01050d")) + der(0x30, der(0x30, der(0x06, bytes.fromhex("2a864886f70d01050c")) + der(0x30, der(0x04, rb(16)) + der(0x02, b"\x08\x00") + der(0x30, der(0x06, bytes.fromhex("2a864886f70d0209")) + der(0x05, b"")))) + der(0x30, der(0x06, bytes.fromhex("60864801650304012a")) + der(0x04, rb(16)))))
    return der(0x30, algo + der(0x04, rb(1216)))


def ssh_str(b):
    return struct.pack(">I", len(b)) + b


def openssh_ed25519():
    pub = rb(32)
    priv = rb(32)
    chk = rb(4)
    pubblob = ssh_str(b"ssh-ed25519") + ssh_str(pub)
    comment = ("%s@%s" % (rs(LO, 5), rs(LO, 6))).encode()
    privblk = chk + chk + ssh_str(b"ssh-ed25519") + ssh_str(pub) + ssh_str(priv + pub) + ssh_str(comment)
    pad = 1
    while len(privblk) % 8:
        privblk += bytes([pad])
        pad += 1
    blob = b"openssh-key-v1\0" + ssh_str(b"none") + ssh_str(b"none") + ssh_str(b"") + struct.pack(">I", 1) + \
        ssh_str(pubblob) + ssh_str(privblk)
    body = b64(blob)
    lines = [body[i:i + 70] for i in range(0, len(body), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----" % "\n".join(lines)


def pgp_private():
    pkt = bytes([0xc5]) + rb(1) + rb(R.randint(300, 420))
    body = b64(pkt)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    crc = b64(crc24(pkt).to_bytes(3, "big"))
    return "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n%s\n=%s\n-----END PGP PRIVATE KEY BLOCK-----" % ("\n".join(lines), crc)


def pgp_crc_ok(block):
    lines = block.strip().split("\n")
    crcl = [l for l in lines if l.startswith("=")][-1]
    body = "".join(l for l in lines[2:] if not l.startswith("=") and not l.startswith("-----"))
    return b64(crc24(base64.b64decode(body)).to_bytes(3, "big")) == crcl[1:]


# ---------------------------------------------------------------- national ids
def dd(n, w=2):
    return str(n).zfill(w)


def rdate(y0=1950, y1=2004):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


def digs(s):
    return [int(c) for c in s if c.isdigit()]


def wsum(ds, ws):
    return sum(a * b for a, b in zip(ds, ws))


ID = {}  # type -> (gen, check, label)


def reg(name, label):
    def deco(pair):
        ID[name] = (pair[0], pair[1], label)
        return pair
    return deco


def _ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def _ssn_ok(v):
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", v)
    return bool(m) and m.group(1) not in ("000", "666") and m.group(1)[0] != "9" and m.group(2) != "00" and m.group(3) != "0000"


reg("us_ssn", "SSN")((_ssn, _ssn_ok))


def _itin():
    g = R.choice(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    return "9%02d-%02d-%04d" % (R.randint(0, 99), g, R.randint(1, 9999))


reg("us_itin", "ITIN")((_itin, lambda v: bool(re.fullmatch(r"9\d\d-(5\d|6[0-5]|7\d|8[0-8]|9[0-24-9])-\d{4}", v))))

EIN_PFX = [10, 12, 20, 27, 30, 32, 35, 36, 38, 41, 45, 46, 47, 52, 54, 58, 61, 62, 71, 76, 81, 84, 86, 88, 91, 92, 94, 98]
reg("us_ein", "EIN")((lambda: "%02d-%07d" % (R.choice(EIN_PFX), R.randint(1, 9999999)),
                      lambda v: bool(re.fullmatch(r"\d{2}-\d{7}", v)) and int(v[:2]) in EIN_PFX))


def _npi():
    body = str(R.choice([1, 2])) + rs(DIG, 8)
    return body + luhn_digit("80840" + body)


reg("us_npi", "NPI")((_npi, lambda v: len(v) == 10 and luhn_ok("80840" + v)))


def _dea():
    d = [R.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return R.choice("ABFGM") + R.choice(UP) + "".join(map(str, d)) + str(c)


def _dea_ok(v):
    if not re.fullmatch(r"[A-Z]{2}\d{7}", v):
        return False
    d = digs(v)
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


reg("us_dea_number", "DEA")((_dea, _dea_ok))

MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def _mbi():
    an = MBI_L + DIG
    s = R.choice("123456789") + R.choice(MBI_L) + R.choice(an) + R.choice(DIG) + R.choice(MBI_L) + R.choice(an) + \
        R.choice(DIG) + R.choice(MBI_L) + R.choice(MBI_L) + R.choice(DIG) + R.choice(DIG)
    return "%s-%s-%s" % (s[:4], s[4:7], s[7:])


reg("us_medicare_mbi", "MBI")((_mbi, lambda v: bool(re.fullmatch(r"[1-9][%s][%s\d]\d-[%s][%s\d]\d-[%s]{2}\d\d" % ((MBI_L,) * 5), v))))


def _sin():
    body = str(R.choice([1, 2, 3, 4, 5, 6, 7, 9])) + rs(DIG, 7)
    v = body + luhn_digit(body)
    return "%s-%s-%s" % (v[:3], v[3:6], v[6:])


reg("ca_sin", "SIN")((_sin, lambda v: len(digs(v)) == 9 and luhn_ok(v) and v[0] not in "08"))

NINO_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def _nino():
    while True:
        p = R.choice("ABCEGHJKLMNOPRSTWXYZ") + R.choice("ABCEGHJKLMNPRSTWXYZ")
        if p not in NINO_BAD:
            break
    n = rs(DIG, 6)
    return "%s %s %s %s %s" % (p, n[:2], n[2:4], n[4:], R.choice("ABCD"))


reg("uk_nino", "NI number")((_nino, lambda v: bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d\d ?\d\d ?\d\d ?[A-D]", v)) and v[:2] not in NINO_BAD))


def _nhs():
    while True:
        b = rs(DIG, 9)
        c = 11 - wsum(digs(b), range(10, 1, -1)) % 11
        if c == 11:
            c = 0
        if c != 10 and b[0] != "0":
            v = b + str(c)
            return "%s %s %s" % (v[:3], v[3:6], v[6:])


def _nhs_ok(v):
    d = digs(v)
    c = 11 - wsum(d[:9], range(10, 1, -1)) % 11
    return len(d) == 10 and (0 if c == 11 else c) == d[9]


reg("uk_nhs_number", "NHS number")((_nhs, _nhs_ok))

UTR_T = [2, 1, 9, 8, 7, 6, 5, 4, 3, 2, 1]


def _utr():
    b = rs(DIG, 9)
    return str(UTR_T[wsum(digs(b), [6, 7, 8, 9, 10, 5, 4, 3, 2]) % 11]) + b


reg("uk_utr", "UTR")((_utr, lambda v: len(v) == 10 and v.isdigit() and int(v[0]) == UTR_T[wsum(digs(v[1:]), [6, 7, 8, 9, 10, 5, 4, 3, 2]) % 11]))


def _ukdl():
    sur = rs(UP, 5)
    y, m, d = rdate()
    mm = m + (50 if R.random() < 0.5 else 0)
    return "%s%s%02d%02d%s%s9%s" % (sur, str(y)[2], mm, d, str(y)[3], rs(UP, 2), rs(UP, 2))


reg("uk_driving_licence", "driving licence")((_ukdl, lambda v: bool(re.fullmatch(r"[A-Z9]{5}\d(0[1-9]|1[0-2]|5[1-9]|6[0-2])(0[1-9]|[12]\d|3[01])\d[A-Z9]{2}\d[A-Z]{2}", v))))

PPS_L = "WABCDEFGHIJKLMNOPQRSTUV"


def _pps():
    b = rs(DIG, 7)
    return b + PPS_L[wsum(digs(b), range(8, 1, -1)) % 23]


reg("ie_pps", "PPSN")((_pps, lambda v: len(v) == 8 and PPS_L[wsum(digs(v[:7]), range(8, 1, -1)) % 23] == v[7]))


def _nir():
    y, m, d = rdate()
    dep = R.choice(["75", "69", "13", "33", "59", "44", "67", "31", "06", "35"])
    b = "%d%02d%02d%s%03d%03d" % (R.choice([1, 2]), y % 100, m, dep, R.randint(1, 990), R.randint(1, 999))
    k = 97 - int(b) % 97
    return "%s %s %s %s %s %s %02d" % (b[0], b[1:3], b[3:5], b[5:7], b[7:10], b[10:13], k)


reg("fr_nir", "n° de sécurité sociale")((_nir, lambda v: len(digs(v)) == 15 and 97 - int(v.replace(" ", "")[:13]) % 97 == int(v.replace(" ", "")[13:])))


def _frspi():
    while True:
        b = str(R.choice([0, 1, 2, 3])) + rs(DIG, 10)
        if b[0] != "0" or True:
            k = int(b) % 511
            if k < 100:
                continue
            v = b + "%03d" % k
            return "%s %s %s %s %s" % (v[:2], v[2:4], v[4:7], v[7:10], v[10:])


reg("fr_spi", "numéro fiscal")((_frspi, lambda v: len(digs(v)) == 14 and int(v.replace(" ", "")[:11]) % 511 == int(v.replace(" ", "")[11:])))


def _steuerid():
    while True:
        ds = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(9)]
        cnt = {}
        for x in ds:
            cnt[x] = cnt.get(x, 0) + 1
        if sorted(cnt.values(), reverse=True)[0] in (2, 3) and sum(1 for c in cnt.values() if c > 1) == 1:
            b = "".join(map(str, ds))
            v = b + str(iso7064_11_10(b))
            return "%s %s %s %s" % (v[:2], v[2:5], v[5:8], v[8:])


reg("de_steuer_id", "Steuer-IdNr.")((_steuerid, lambda v: len(digs(v)) == 11 and iso7064_11_10(v.replace(" ", "")[:10]) == int(v[-1])))


def _kvnr_digits(v):
    n = "%02d" % (ord(v[0]) - 64) + v[1:9]
    tot = 0
    for i, ch in enumerate(n):
        p = int(ch) * (1 if i % 2 == 0 else 2)
        tot += p // 10 + p % 10
    return tot % 10


def _kvnr():
    v = R.choice(UP) + rs(DIG, 8)
    return v + str(_kvnr_digits(v))


reg("de_kvnr", "Krankenversichertennummer")((_kvnr, lambda v: bool(re.fullmatch(r"[A-Z]\d{9}", v)) and _kvnr_digits(v) == int(v[9])))


def _rvnr_chk(v):
    n = v[:8] + "%02d" % (ord(v[8]) - 64) + v[9:11]
    tot = 0
    for a, w in zip(n, [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]):
        p = int(a) * w
        tot += p // 10 + p % 10
    return tot % 10


def _rvnr():
    y, m, d = rdate()
    v = "%s%02d%02d%02d%s%02d" % (R.choice(["12", "13", "53", "65", "15", "28"]), d, m, y % 100, R.choice(UP), R.randint(0, 99))
    v += str(_rvnr_chk(v))
    return "%s %s %s %s" % (v[:2], v[2:8], v[8], v[9:])


reg("de_rvnr", "Rentenversicherungsnummer")((_rvnr, lambda v: (lambda c: bool(re.fullmatch(r"\d{8}[A-Z]\d{3}", c)) and _rvnr_chk(c) == int(c[11]))(v.replace(" ", ""))))


def _ausweis_chk(s):
    return mrz_cd(s)


def _ausweis():
    al = "CFGHJKLMNPRTVWXYZ0123456789"
    b = R.choice("LMNPRTVWXY") + "".join(R.choice(al) for _ in range(8))
    return b + _ausweis_chk(b)


reg("de_personalausweis", "Ausweisnummer")((_ausweis, lambda v: len(v) == 10 and mrz_cd(v[:9]) == v[9]))


def _atsv():
    while True:
        y, m, d = rdate()
        s = "%03d" % R.randint(100, 999)
        t = "%02d%02d%02d" % (d, m, y % 100)
        c = wsum(digs(s + t), [3, 7, 9, 5, 8, 4, 2, 1, 6]) % 11
        if c < 10:
            return "%s%d %s" % (s, c, t)


reg("at_svnr", "SV-Nummer")((_atsv, lambda v: (lambda c: len(c) == 10 and wsum(digs(c[:3] + c[4:]), [3, 7, 9, 5, 8, 4, 2, 1, 6]) % 11 == int(c[3]))(v.replace(" ", ""))))


def ean_digit(b):
    return str((10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b)) % 10) % 10)


def _ahv():
    b = "756" + rs(DIG, 9)
    v = b + ean_digit(b)
    return "%s.%s.%s.%s" % (v[:3], v[3:7], v[7:11], v[11:])


reg("ch_ahv", "AHV-Nr.")((_ahv, lambda v: (lambda c: len(c) == 13 and c.startswith("756") and ean_digit(c[:12]) == c[12])(v.replace(".", ""))))

CF_ODD = dict(zip(DIG + UP, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))


def _cf_chk(s):
    tot = 0
    for i, ch in enumerate(s):
        if i % 2 == 0:
            tot += CF_ODD[ch]
        else:
            tot += int(ch) if ch.isdigit() else ord(ch) - 65
    return chr(65 + tot % 26)


def _cf():
    cons = "BCDFGHJKLMNPQRSTVWXZ"
    y, m, d = rdate()
    b = "".join(R.choice(cons) for _ in range(6)) + "%02d" % (y % 100) + "ABCDEHLMPRST"[m - 1] + "%02d" % (d + R.choice([0, 40])) + \
        R.choice(["H501", "F205", "L219", "F839", "G273", "A944", "D612", "L736"])
    return b + _cf_chk(b)


reg("it_codice_fiscale", "codice fiscale")((_cf, lambda v: bool(re.fullmatch(r"[A-Z]{6}\d\d[A-EHLMPRST]\d\d[A-Z]\d{3}[A-Z]", v)) and _cf_chk(v[:15]) == v[15]))

DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"
reg("es_dni", "DNI")((lambda: (lambda n: "%08d%s" % (n, DNI_L[n % 23]))(R.randint(10000000, 79999999)),
                      lambda v: bool(re.fullmatch(r"\d{8}[A-Z]", v)) and DNI_L[int(v[:8]) % 23] == v[8]))


def _nie():
    p = R.choice("XYZ")
    n = R.randint(0, 9999999)
    return "%s%07d%s" % (p, n, DNI_L[int(str("XYZ".index(p)) + "%07d" % n) % 23])


reg("es_nie", "NIE")((_nie, lambda v: bool(re.fullmatch(r"[XYZ]\d{7}[A-Z]", v)) and DNI_L[int(str("XYZ".index(v[0])) + v[1:8]) % 23] == v[8]))


def _nss():
    p = R.randint(1, 52)
    n = R.randint(10000000, 99999999)
    return "%02d/%08d/%02d" % (p, n, int("%02d%08d" % (p, n)) % 97)


reg("es_nss", "NSS")((_nss, lambda v: (lambda c: len(c) == 12 and int(c[:10]) % 97 == int(c[10:]))(v.replace("/", ""))))


def _ptnif():
    b = str(R.choice([1, 2, 3])) + rs(DIG, 7)
    c = 11 - wsum(digs(b), range(9, 1, -1)) % 11
    return b + str(0 if c >= 10 else c)


reg("pt_nif", "NIF")((_ptnif, lambda v: len(v) == 9 and (lambda c: (0 if c >= 10 else c))(11 - wsum(digs(v[:8]), range(9, 1, -1)) % 11) == int(v[8])))


def _ptcc_ok(s):
    s = s.replace(" ", "")
    tot = 0
    for i, ch in enumerate(reversed(s)):
        x = int(ch, 36)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0 and len(s) == 12


def _ptcc():
    while True:
        n = rs(DIG, 8)
        c1 = "0"
        for c in DIG:
            pass
        ver = R.choice(UP) + R.choice(UP + DIG)
        # choose first check (personal number check, mod-11 like CC rules not needed here) then the final digit
        c1 = str(R.randint(0, 9))
        for last in DIG:
            if _ptcc_ok(n + c1 + ver + last):
                return "%s %s %s%s" % (n, c1, ver, last)


reg("pt_cartao_cidadao", "Cartão de Cidadão")((_ptcc, _ptcc_ok))


def _bsn():
    while True:
        b = rs(DIG, 8)
        if b[0] == "0":
            continue
        r = wsum(digs(b), range(9, 1, -1)) % 11
        if r < 10:
            return b + str(r)


reg("nl_bsn", "BSN")((_bsn, lambda v: len(v) == 9 and (wsum(digs(v[:8]), range(9, 1, -1)) - int(v[8])) % 11 == 0))


def _berrn():
    y, m, d = rdate(1950, 2010)
    s = R.randint(1, 997)
    b = "%02d%02d%02d%03d" % (y % 100, m, d, s)
    k = 97 - (int(("2" if y >= 2000 else "") + b) % 97)
    return "%02d.%02d.%02d-%03d.%02d" % (y % 100, m, d, s, k)


def _berrn_ok(v):
    c = re.sub(r"\D", "", v)
    return len(c) == 11 and int(c[9:]) in (97 - int(c[:9]) % 97, 97 - int("2" + c[:9]) % 97)


reg("be_rrn", "numéro de registre national")((_berrn, _berrn_ok))


def _cpr():
    while True:
        y, m, d = rdate()
        b = "%02d%02d%02d%03d" % (d, m, y % 100, R.randint(0, 999))
        r = wsum(digs(b), [4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11
        c = (11 - r) % 11
        if c < 10:
            return b[:6] + "-" + b[6:] + str(c)


reg("dk_cpr", "CPR-nr.")((_cpr, lambda v: bool(re.fullmatch(r"\d{6}-\d{4}", v)) and wsum(digs(v), [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 == 0))


def _pnr():
    y, m, d = rdate()
    b = "%02d%02d%02d%03d" % (y % 100, m, d, R.randint(0, 999))
    return b[:6] + "-" + b[6:] + luhn_digit(b)


reg("se_personnummer", "personnummer")((_pnr, lambda v: bool(re.fullmatch(r"\d{6}[-+]\d{4}", v)) and luhn_ok(v)))


def _fnr():
    while True:
        y, m, d = rdate(1940, 1999)
        b = "%02d%02d%02d%03d" % (d, m, y % 100, R.randint(0, 499))
        k1 = 11 - wsum(digs(b), [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        k2 = 11 - wsum(digs(b + str(k1)), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return b + str(k1) + str(k2)


def _fnr_ok(v):
    d = digs(v)
    return len(d) == 11 and wsum(d, [3, 7, 6, 1, 8, 9, 4, 5, 2, 1]) % 11 == 0 and wsum(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 == 0


reg("no_fodselsnummer", "fødselsnummer")((_fnr, _fnr_ok))

HETU_C = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def _hetu():
    y, m, d = rdate(1950, 2010)
    n = R.randint(2, 899)
    return "%02d%02d%02d%s%03d%s" % (d, m, y % 100, "-" if y < 2000 else "A", n, HETU_C[int("%02d%02d%02d%03d" % (d, m, y % 100, n)) % 31])


reg("fi_hetu", "henkilötunnus")((_hetu, lambda v: bool(re.fullmatch(r"\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]", v)) and HETU_C[int(v[:6] + v[7:10]) % 31] == v[10]))


def _kt():
    while True:
        y, m, d = rdate(1950, 1999)
        b = "%02d%02d%02d%02d" % (d, m, y % 100, R.randint(20, 99))
        c = 11 - wsum(digs(b), [3, 2, 7, 6, 5, 4, 3, 2]) % 11
        c = 0 if c == 11 else c
        if c < 10:
            return b[:6] + "-" + b[6:] + str(c) + "9"


reg("is_kennitala", "kennitala")((_kt, lambda v: len(digs(v)) == 10 and wsum(digs(v)[:9], [3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 == 0))


def _ee_chk(b):
    d = digs(b)
    c = wsum(d, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11
    if c == 10:
        c = wsum(d, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11
        if c == 10:
            c = 0
    return c


def _ee():
    y, m, d = rdate(1950, 2010)
    g = (3 if y < 2000 else 5) + R.randint(0, 1)
    b = "%d%02d%02d%02d%03d" % (g, y % 100, m, d, R.randint(0, 999))
    return b + str(_ee_chk(b))


reg("ee_isikukood", "isikukood")((_ee, lambda v: len(v) == 11 and v.isdigit() and _ee_chk(v[:10]) == int(v[10])))
reg("lt_asmens_kodas", "asmens kodas")((_ee, lambda v: len(v) == 11 and v.isdigit() and _ee_chk(v[:10]) == int(v[10])))


def _lv():
    while True:
        y, m, d = rdate(1950, 1999)
        b = "%02d%02d%02d1%03d" % (d, m, y % 100, R.randint(0, 999))
        c = (1101 - wsum(digs(b), [1, 6, 3, 7, 9, 10, 5, 8, 4, 2])) % 11
        if c < 10:
            return b[:6] + "-" + b[6:] + str(c)


reg("lv_personas_kods", "personas kods")((_lv, lambda v: len(digs(v)) == 11 and (1101 - wsum(digs(v)[:10], [1, 6, 3, 7, 9, 10, 5, 8, 4, 2])) % 11 == digs(v)[10]))


def _pesel():
    y, m, d = rdate(1950, 2010)
    mm = m + (20 if y >= 2000 else 0)
    b = "%02d%02d%02d%04d" % (y % 100, mm, d, R.randint(0, 9999))
    return b + str((10 - wsum(digs(b), [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10) % 10)


reg("pl_pesel", "PESEL")((_pesel, lambda v: len(v) == 11 and wsum(digs(v), [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1]) % 10 == 0))


def _nip():
    while True:
        b = str(R.randint(1, 9)) + rs(DIG, 8)
        c = wsum(digs(b), [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11
        if c < 10:
            v = b + str(c)
            return "%s-%s-%s-%s" % (v[:3], v[3:6], v[6:8], v[8:])


reg("pl_nip", "NIP")((_nip, lambda v: len(digs(v)) == 10 and wsum(digs(v)[:9], [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11 == digs(v)[9]))


def _dowod_val(c):
    return int(c, 36)


def _dowod():
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    p = R.choice(L) + R.choice(L) + R.choice(L)
    n = rs(DIG, 5)
    s = sum(_dowod_val(a) * w for a, w in zip(p + n, [7, 3, 1, 7, 3, 1, 7, 3]))
    return p + str(s % 10) + n


reg("pl_dowod", "nr dowodu osobistego")((_dowod, lambda v: bool(re.fullmatch(r"[A-Z]{3}\d{6}", v)) and sum(int(a, 36) * w for a, w in zip(v, [7, 3, 1, 9, 7, 3, 1, 7, 3])) % 10 == 0))


def _rc():
    while True:
        y, m, d = rdate(1954, 2010)
        mm = m + (50 if R.random() < 0.5 else 0)
        b = "%02d%02d%02d%03d" % (y % 100, mm, d, R.randint(0, 999))
        c = int(b) % 11
        if c == 10:
            continue
        return b[:6] + "/" + b[6:] + str(c)


reg("cz_rodne_cislo", "rodné číslo")((_rc, lambda v: bool(re.fullmatch(r"\d{6}/\d{4}", v)) and int(v.replace("/", "")) % 11 == 0))
reg("sk_rodne_cislo", "rodné číslo")((_rc, lambda v: bool(re.fullmatch(r"\d{6}/\d{4}", v)) and int(v.replace("/", "")) % 11 == 0))


def _taj():
    b = rs(DIG, 8)
    v = b + str(wsum(digs(b), [3, 7] * 4) % 10)
    return "%s %s %s" % (v[:3], v[3:6], v[6:])


reg("hu_taj", "TAJ szám")((_taj, lambda v: len(digs(v)) == 9 and wsum(digs(v)[:8], [3, 7] * 4) % 10 == digs(v)[8]))


def _huado():
    while True:
        b = "8" + "%05d" % R.randint(25000, 52000) + rs(DIG, 3)
        c = wsum(digs(b), range(1, 10)) % 11
        if c < 10:
            return b + str(c)


reg("hu_adoazonosito", "adóazonosító jel")((_huado, lambda v: len(v) == 10 and v[0] == "8" and wsum(digs(v[:9]), range(1, 10)) % 11 == int(v[9])))


def _cnp():
    y, m, d = rdate(1950, 2010)
    s = (1 if y < 2000 else 5) + R.randint(0, 1)
    b = "%d%02d%02d%02d%02d%03d" % (s, y % 100, m, d, R.randint(1, 46), R.randint(1, 999))
    c = wsum(digs(b), [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11
    return b + str(1 if c == 10 else c)


reg("ro_cnp", "CNP")((_cnp, lambda v: len(v) == 13 and (lambda c: 1 if c == 10 else c)(wsum(digs(v[:12]), [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11) == int(v[12])))


def _egn():
    y, m, d = rdate(1950, 2010)
    b = "%02d%02d%02d%03d" % (y % 100, m + (40 if y >= 2000 else 0), d, R.randint(0, 999))
    c = wsum(digs(b), [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11
    return b + str(0 if c == 10 else c)


reg("bg_egn", "ЕГН")((_egn, lambda v: len(v) == 10 and (lambda c: 0 if c == 10 else c)(wsum(digs(v[:9]), [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11) == int(v[9])))


def _oib():
    b = str(R.randint(1, 9)) + rs(DIG, 9)
    return b + str(iso7064_11_10(b))


reg("hr_oib", "OIB")((_oib, lambda v: len(v) == 11 and iso7064_11_10(v[:10]) == int(v[10])))


def _jmbg(region):
    while True:
        y, m, d = rdate(1950, 2005)
        b = "%02d%02d%03d%s%03d" % (d, m, y % 1000, region, R.randint(0, 999))
        c = 11 - wsum(digs(b), [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11
        if c == 10:
            continue
        return b + str(0 if c == 11 else c)


def _jmbg_ok(v):
    if len(v) != 13 or not v.isdigit():
        return False
    c = 11 - wsum(digs(v[:12]), [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11
    return c != 10 and (0 if c == 11 else c) == int(v[12])


reg("rs_jmbg", "JMBG")((lambda: _jmbg(R.choice(["71", "72", "80"])), _jmbg_ok))
reg("mk_embg", "ЕМБГ")((lambda: _jmbg(R.choice(["41", "45", "49"])), _jmbg_ok))


def _amka():
    y, m, d = rdate()
    b = "%02d%02d%02d%04d" % (d, m, y % 100, R.randint(0, 9999))
    return b + luhn_digit(b)


reg("gr_amka", "ΑΜΚΑ")((_amka, lambda v: len(v) == 11 and luhn_ok(v)))


def _afm():
    b = str(R.randint(0, 1)) + rs(DIG, 7)
    return b + str(sum(int(c) * 2 ** (8 - i) for i, c in enumerate(b)) % 11 % 10)


reg("gr_afm", "ΑΦΜ")((_afm, lambda v: len(v) == 9 and sum(int(c) * 2 ** (8 - i) for i, c in enumerate(v[:8])) % 11 % 10 == int(v[8])))


def _tckn():
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def _tckn_ok(v):
    if len(v) != 11 or v[0] == "0":
        return False
    d = digs(v)
    return d[9] == ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 and d[10] == sum(d[:10]) % 10


reg("tr_tckn", "T.C. Kimlik No")((_tckn, _tckn_ok))


def _il_ok(v):
    tot = 0
    for i, c in enumerate(v):
        x = int(c) * (1 + i % 2)
        tot += x // 10 + x % 10
    return len(v) == 9 and tot % 10 == 0


def _il():
    while True:
        b = rs(DIG, 8)
        for c in DIG:
            if _il_ok(b + c):
                return b + c


reg("il_teudat_zehut", "מספר זהות")((_il, _il_ok))


def _sa():
    b = R.choice("12") + rs(DIG, 8)
    return b + luhn_digit(b)


reg("sa_national_id", "رقم الهوية")((_sa, lambda v: len(v) == 10 and v[0] in "12" and luhn_ok(v)))


def _eid():
    y, m, d = rdate(1960, 2005)
    b = "784%d%s" % (y, rs(DIG, 7))
    v = b + luhn_digit(b)
    return "%s-%s-%s-%s" % (v[:3], v[3:7], v[7:14], v[14])


reg("ae_emirates_id", "Emirates ID")((_eid, lambda v: bool(re.fullmatch(r"784-\d{4}-\d{7}-\d", v)) and luhn_ok(v)))


def _za():
    y, m, d = rdate(1950, 2004)
    b = "%02d%02d%02d%04d%d8" % (y % 100, m, d, R.randint(0, 9999), R.randint(0, 1))
    return b + luhn_digit(b)


reg("za_id_number", "ID number")((_za, lambda v: len(v) == 13 and luhn_ok(v) and v[11] in "89"))


def _aadhaar():
    b = str(R.randint(2, 9)) + rs(DIG, 10)
    v = b + verhoeff_digit(b)
    return "%s %s %s" % (v[:4], v[4:8], v[8:])


reg("in_aadhaar", "Aadhaar")((_aadhaar, lambda v: len(digs(v)) == 12 and v[0] in "23456789" and verhoeff_ok(v.replace(" ", ""))))
reg("in_pan", "PAN")((lambda: rs(UP, 3) + "P" + R.choice(UP) + rs(DIG, 4) + R.choice(UP),
                      lambda v: bool(re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", v))))

CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def _cn():
    y, m, d = rdate()
    b = "%s%d%02d%02d%03d" % (R.choice(["110101", "310104", "440305", "510107", "330106", "420102"]), y, m, d, R.randint(1, 999))
    return b + "10X98765432"[wsum(digs(b), CN_W) % 11]


reg("cn_resident_id", "身份证号")((_cn, lambda v: len(v) == 18 and "10X98765432"[wsum(digs(v[:17]), CN_W) % 11] == v[17]))


def _hkid():
    L = R.choice(UP)
    n = rs(DIG, 6)
    s = 9 * 36 + 8 * (ord(L) - 55) + wsum(digs(n), [7, 6, 5, 4, 3, 2])
    c = (11 - s % 11) % 11
    return "%s%s(%s)" % (L, n, "A" if c == 10 else str(c))


def _hkid_ok(v):
    m = re.fullmatch(r"([A-Z])(\d{6})\(([0-9A])\)", v)
    if not m:
        return False
    s = 9 * 36 + 8 * (ord(m.group(1)) - 55) + wsum(digs(m.group(2)), [7, 6, 5, 4, 3, 2]) + (10 if m.group(3) == "A" else int(m.group(3)))
    return s % 11 == 0


reg("hk_hkid", "HKID")((_hkid, _hkid_ok))
TW_L = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))


def _tw_ok(v):
    if not re.fullmatch(r"[A-Z][12]\d{8}", v):
        return False
    n = TW_L[v[0]]
    return (n // 10 + 9 * (n % 10) + wsum(digs(v[1:]), [8, 7, 6, 5, 4, 3, 2, 1, 1])) % 10 == 0


def _tw():
    while True:
        b = R.choice("ABCDEFGHJKLMNPQRSTUVXYWZ") + R.choice("12") + rs(DIG, 7)
        for c in DIG:
            if _tw_ok(b + c):
                return b + c


reg("tw_national_id", "身分證字號")((_tw, _tw_ok))


def _myn_chk(b):
    s = 0
    for n in range(1, 12):
        p = int(b[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return 0 if r <= 1 else 11 - r


def _myn():
    b = rs(DIG, 11)
    v = b + str(_myn_chk(b))
    return "%s %s %s" % (v[:4], v[4:8], v[8:])


reg("jp_my_number", "マイナンバー")((_myn, lambda v: len(digs(v)) == 12 and _myn_chk(v.replace(" ", "")[:11]) == int(v[-1])))


def _rrn():
    y, m, d = rdate(1950, 1999)
    b = "%02d%02d%02d%d%05d" % (y % 100, m, d, R.randint(1, 2), R.randint(0, 99999))
    c = (11 - wsum(digs(b), [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11) % 10
    return b[:6] + "-" + b[6:] + str(c)


reg("kr_rrn", "주민등록번호")((_rrn, lambda v: bool(re.fullmatch(r"\d{6}-\d{7}", v)) and (11 - wsum(digs(v)[:12], [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11) % 10 == digs(v)[12]))


def _nric_chk(v):
    s = wsum(digs(v[1:8]), [2, 7, 6, 5, 4, 3, 2]) + (4 if v[0] in "TG" else 0)
    return ("JZIHGFEDCBA" if v[0] in "ST" else "XWUTRQPNMLK")[s % 11]


def _nric():
    b = R.choice("STFG") + rs(DIG, 7)
    return b + _nric_chk(b)


reg("sg_nric", "NRIC")((_nric, lambda v: bool(re.fullmatch(r"[STFG]\d{7}[A-Z]", v)) and _nric_chk(v) == v[8]))


def _mykad():
    y, m, d = rdate()
    return "%02d%02d%02d-%02d-%04d" % (y % 100, m, d, R.choice([1, 2, 5, 7, 8, 10, 14]), R.randint(1, 9999))


reg("my_mykad", "MyKad")((_mykad, lambda v: bool(re.fullmatch(r"\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])-(0[1-9]|1[0-6])-\d{4}", v))))


def _thid():
    b = str(R.randint(1, 8)) + rs(DIG, 11)
    v = b + str((11 - wsum(digs(b), range(13, 1, -1)) % 11) % 10)
    return "%s-%s-%s-%s-%s" % (v[0], v[1:5], v[5:10], v[10:12], v[12])


reg("th_national_id", "เลขประจำตัวประชาชน")((_thid, lambda v: len(digs(v)) == 13 and (11 - wsum(digs(v)[:12], range(13, 1, -1)) % 11) % 10 == digs(v)[12]))


def _nik():
    y, m, d = rdate()
    return "%s%02d%02d%02d%04d" % (R.choice(["317101", "327301", "357801", "510302", "127101"]), d + R.choice([0, 40]), m, y % 100, R.randint(1, 9999))


reg("id_nik", "NIK")((_nik, lambda v: bool(re.fullmatch(r"\d{6}([0-6]\d|7[01])(0[1-9]|1[0-2])\d{6}", v))))
reg("vn_cccd", "số CCCD")((lambda: "%03d%d%02d%06d" % (R.choice([1, 31, 79, 48, 92]), R.choice([0, 1, 2, 3]), R.randint(50, 99) if True else 0, R.randint(0, 999999)),
                          lambda v: bool(re.fullmatch(r"0\d\d[0-3]\d{8}", v))))


def _tfn():
    while True:
        b = rs(DIG, 8)
        for c in DIG:
            if wsum(digs(b + c), [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 == 0:
                v = b + c
                return "%s %s %s" % (v[:3], v[3:6], v[6:])


reg("au_tfn", "TFN")((_tfn, lambda v: len(digs(v)) == 9 and wsum(digs(v), [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 == 0))


def _medi():
    b = str(R.randint(2, 6)) + rs(DIG, 7)
    v = b + str(wsum(digs(b), [1, 3, 7, 9, 1, 3, 7, 9]) % 10) + str(R.randint(1, 9))
    return "%s %s %s" % (v[:4], v[4:9], v[9])


reg("au_medicare", "Medicare")((_medi, lambda v: len(digs(v)) == 10 and v[0] in "23456" and wsum(digs(v)[:8], [1, 3, 7, 9, 1, 3, 7, 9]) % 10 == digs(v)[8]))


def _ird_chk(b8):
    r = wsum(digs(b8), [3, 2, 7, 6, 5, 4, 3, 2]) % 11
    c = 0 if r == 0 else 11 - r
    if c == 10:
        r = wsum(digs(b8), [7, 4, 3, 2, 5, 2, 7, 6]) % 11
        c = 0 if r == 0 else 11 - r
    return c


def _ird():
    while True:
        n = R.randint(1000000, 14999999)
        b8 = "%08d" % n
        c = _ird_chk(b8)
        if c < 10:
            v = "%d%d" % (n, c)
            v = v.zfill(9)
            return "%s-%s-%s" % (v[:3], v[3:6], v[6:])


reg("nz_ird", "IRD number")((_ird, lambda v: len(digs(v)) == 9 and _ird_chk("".join(map(str, digs(v)[:8]))) == digs(v)[8]))
NHI_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _nhi():
    while True:
        p = "".join(R.choice(NHI_L) for _ in range(3))
        n = rs(DIG, 3)
        s = wsum([NHI_L.index(c) + 1 for c in p] + digs(n), [7, 6, 5, 4, 3, 2])
        c = 11 - s % 11
        if c == 11:
            continue
        return p + n + str(c % 10)


reg("nz_nhi", "NHI")((_nhi, lambda v: bool(re.fullmatch(r"[A-HJ-NP-Z]{3}\d{4}", v)) and (11 - wsum([NHI_L.index(c) + 1 for c in v[:3]] + digs(v[3:6]), [7, 6, 5, 4, 3, 2]) % 11) % 10 == int(v[6]) and wsum([NHI_L.index(c) + 1 for c in v[:3]] + digs(v[3:6]), [7, 6, 5, 4, 3, 2]) % 11 != 0))


def _cpf_d(b):
    s = wsum(digs(b), range(len(b) + 1, 1, -1))
    c = 11 - s % 11
    return "0" if c >= 10 else str(c)


def _cpf():
    b = rs(DIG, 9)
    b += _cpf_d(b)
    b += _cpf_d(b)
    return "%s.%s.%s-%s" % (b[:3], b[3:6], b[6:9], b[9:])


reg("br_cpf", "CPF")((_cpf, lambda v: (lambda c: len(c) == 11 and _cpf_d(c[:9]) == c[9] and _cpf_d(c[:10]) == c[10])(re.sub(r"\D", "", v))))


def _cns():
    while True:
        b = R.choice("789") + rs(DIG, 13)
        c = (-wsum(digs(b), range(15, 1, -1))) % 11
        if c < 10:
            v = b + str(c)
            return "%s %s %s %s" % (v[:3], v[3:7], v[7:11], v[11:])


reg("br_cns", "Cartão SUS")((_cns, lambda v: len(digs(v)) == 15 and wsum(digs(v), range(15, 0, -1)) % 11 == 0))


def _pis():
    b = "1" + rs(DIG, 9)
    c = 11 - wsum(digs(b), [3, 2, 9, 8, 7, 6, 5, 4, 3, 2]) % 11
    v = b + str(0 if c >= 10 else c)
    return "%s.%s.%s-%s" % (v[:3], v[3:8], v[8:10], v[10])


reg("br_pis", "PIS/PASEP")((_pis, lambda v: len(digs(v)) == 11 and (lambda c: 0 if c >= 10 else c)(11 - wsum(digs(v)[:10], [3, 2, 9, 8, 7, 6, 5, 4, 3, 2]) % 11) == digs(v)[10]))


def _titulo():
    seq = rs(DIG, 8)
    uf = "%02d" % R.randint(3, 28)
    d1 = wsum(digs(seq), range(2, 10)) % 11
    d1 = 0 if d1 == 10 else d1
    d2 = (int(uf[0]) * 7 + int(uf[1]) * 8 + d1 * 9) % 11
    d2 = 0 if d2 == 10 else d2
    v = seq + uf + str(d1) + str(d2)
    return "%s %s %s" % (v[:4], v[4:8], v[8:])


def _titulo_ok(v):
    c = re.sub(r"\D", "", v)
    if len(c) != 12:
        return False
    d1 = wsum(digs(c[:8]), range(2, 10)) % 11
    d1 = 0 if d1 == 10 else d1
    d2 = (int(c[8]) * 7 + int(c[9]) * 8 + d1 * 9) % 11
    d2 = 0 if d2 == 10 else d2
    return int(c[10]) == d1 and int(c[11]) == d2


reg("br_titulo_eleitor", "título de eleitor")((_titulo, _titulo_ok))


def _cuil():
    while True:
        b = R.choice(["20", "27", "23"]) + "%08d" % R.randint(10000000, 45000000)
        c = 11 - wsum(digs(b), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11
        if c == 10:
            continue
        return "%s-%s-%d" % (b[:2], b[2:], 0 if c == 11 else c)


reg("ar_cuil", "CUIL")((_cuil, lambda v: len(digs(v)) == 11 and (lambda c: 0 if c == 11 else c)(11 - wsum(digs(v)[:10], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11) == digs(v)[10]))


def _rut_dv(n):
    s = 0
    for i, c in enumerate(reversed(str(n))):
        s += int(c) * (2 + i % 6)
    c = 11 - s % 11
    return "0" if c == 11 else "K" if c == 10 else str(c)


def _rut():
    n = R.randint(5000000, 25999999)
    return "{:,}".format(n).replace(",", ".") + "-" + _rut_dv(n)


reg("cl_rut", "RUT")((_rut, lambda v: bool(re.fullmatch(r"\d{1,2}\.\d{3}\.\d{3}-[\dK]", v)) and _rut_dv(int(v[:-2].replace(".", ""))) == v[-1]))
NIT_W = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71]


def _nit_dv(b):
    s = sum(int(c) * NIT_W[i] for i, c in enumerate(reversed(b)))
    r = s % 11
    return r if r < 2 else 11 - r


def _nit():
    b = str(R.randint(10000000, 1099999999))
    return "{:,}".format(int(b)).replace(",", ".") + "-" + str(_nit_dv(b))


reg("co_nit", "NIT")((_nit, lambda v: _nit_dv(v[:-2].replace(".", "")) == int(v[-1])))
CURP_D = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def _curp_chk(s):
    t = sum(CURP_D.index(c) * (18 - i) for i, c in enumerate(s[:17]))
    return str((10 - t % 10) % 10)


def _curp():
    y, m, d = rdate(1950, 1999)
    cons = "BCDFGHJKLMNPQRSTVWXZ"
    b = R.choice(cons) + R.choice("AEIOU") + R.choice(cons) + R.choice(UP) + "%02d%02d%02d" % (y % 100, m, d) + R.choice("HM") + \
        R.choice(["DF", "JC", "NL", "PL", "VZ", "GT", "MC"]) + "".join(R.choice(cons) for _ in range(3)) + str(R.randint(0, 9))
    return b + _curp_chk(b)


reg("mx_curp", "CURP")((_curp, lambda v: bool(re.fullmatch(r"[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d", v)) and _curp_chk(v) == v[17]))
RFC_D = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"


def _rfc_chk(s12):
    t = sum(RFC_D.index(c) * (13 - i) for i, c in enumerate(s12))
    c = 11 - t % 11
    return "0" if c == 11 else "A" if c == 10 else str(c)


def _rfc():
    y, m, d = rdate(1950, 1999)
    b = rs(UP, 4) + "%02d%02d%02d" % (y % 100, m, d) + R.choice(UP + DIG) + R.choice(UP + DIG)
    return b + _rfc_chk(b)


reg("mx_rfc", "RFC")((_rfc, lambda v: bool(re.fullmatch(r"[A-Z]{4}\d{6}[A-Z0-9]{3}", v)) and _rfc_chk(v[:12]) == v[12]))


def _uy():
    b = "%07d" % R.randint(1000000, 6999999)
    c = (10 - wsum(digs(b), [2, 9, 8, 7, 6, 3, 4]) % 10) % 10
    return "%s.%s.%s-%d" % (b[0], b[1:4], b[4:], c)


reg("uy_cedula", "cédula")((_uy, lambda v: len(digs(v)) == 8 and (10 - wsum(digs(v)[:7], [2, 9, 8, 7, 6, 3, 4]) % 10) % 10 == digs(v)[7]))


def _ec_sum(b):
    t = 0
    for i, c in enumerate(b):
        x = int(c) * (2 if i % 2 == 0 else 1)
        t += x - 9 if x > 9 else x
    return (10 - t % 10) % 10


def _ec():
    b = "%02d%d%s" % (R.randint(1, 24), R.randint(0, 5), rs(DIG, 6))
    return b + str(_ec_sum(b))


reg("ec_cedula", "cédula")((_ec, lambda v: len(v) == 10 and 1 <= int(v[:2]) <= 24 and int(v[2]) < 6 and _ec_sum(v[:9]) == int(v[9])))


def _inn():
    b = rs(DIG, 10)
    n11 = wsum(digs(b), [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11 % 10
    b += str(n11)
    n12 = wsum(digs(b), [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11 % 10
    return b + str(n12)


reg("ru_inn", "ИНН")((_inn, lambda v: len(v) == 12 and wsum(digs(v)[:10], [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11 % 10 == digs(v)[10] and wsum(digs(v)[:11], [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11 % 10 == digs(v)[11]))


def _snils_c(b):
    s = wsum(digs(b), range(9, 0, -1))
    if s < 100:
        return s
    if s in (100, 101):
        return 0
    s %= 101
    return 0 if s == 100 else s


def _snils():
    b = "%09d" % R.randint(2000000, 999999999)
    return "%s-%s-%s %02d" % (b[:3], b[3:6], b[6:], _snils_c(b))


reg("ru_snils", "СНИЛС")((_snils, lambda v: len(digs(v)) == 11 and _snils_c("".join(map(str, digs(v)[:9]))) == int(v[-2:])))


def _rnokpp():
    b = "%05d" % R.randint(12000, 38000) + rs(DIG, 4)
    return b + str(wsum(digs(b), [-1, 5, 7, 9, 4, 6, 10, 5, 7]) % 11 % 10)


reg("ua_rnokpp", "РНОКПП")((_rnokpp, lambda v: len(v) == 10 and wsum(digs(v)[:9], [-1, 5, 7, 9, 4, 6, 10, 5, 7]) % 11 % 10 == digs(v)[9]))


def _iin_c(b):
    c = wsum(digs(b), range(1, 12)) % 11
    if c == 10:
        c = wsum(digs(b), [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]) % 11
    return c


def _iin():
    while True:
        y, m, d = rdate(1950, 1999)
        b = "%02d%02d%02d%d%04d" % (y % 100, m, d, R.choice([3, 4]), R.randint(0, 9999))
        c = _iin_c(b)
        if c < 10:
            return b + str(c)


reg("kz_iin", "ИИН")((_iin, lambda v: len(v) == 12 and _iin_c(v[:11]) == int(v[11])))


# ---------------------------------------------------------------- vendor credentials
# (type, key names, generator, regex the value must fullmatch, count)
A_ = ALNUM
U36 = UP + DIG
L36 = LO + DIG


def _uuid():
    h = rs(HEX, 32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


UUIDRE = r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"


def _discord_bot():
    uid = str(R.randint(10 ** 17, 10 ** 18 * 1))
    return b64u(uid.encode()) + "." + rs(B64URL, 6) + "." + rs(B64URL, 38)


def _telegram():
    return "%d:AA%s" % (R.randint(10 ** 8, 8 * 10 ** 9), rs(B64URL, 33))


def _az_client_secret():
    return rs(A_ + "_~.-", 3) + str(R.randint(0, 9)) + "Q~" + rs(A_ + "_~.-", 34)


def _jwt_like(alg="HS256", payload=None):
    h = b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    if payload is None:
        payload = {"sub": str(R.randint(1000, 99999)), "iat": R.randint(1700000000, 1790000000), "scope": R.choice(["read", "admin", "deploy", "billing"])}
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    sig = b64u(rb(32 if alg.startswith("HS") else 64 if alg == "ES256" else 256))
    return "%s.%s.%s" % (h, p, sig)


def _onepass_sa():
    return "ops_" + b64u(json.dumps({"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000, "salt": b64u(rb(16))}, "email": rs(LO, 12) + "@1passwordserviceaccounts.com", "srpX": rb(32).hex(), "muk": {"alg": "A256GCM", "ext": True, "k": b64u(rb(32)), "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + rs(U36, 6) + "-" + rs(U36, 6) + "-" + rs(U36, 5) + "-" + rs(U36, 5) + "-" + rs(U36, 5) + "-" + rs(U36, 5), "throttleSecret": {"seed": rb(32).hex(), "deviceUuid": rs(L36, 26)}, "deviceUuid": rs(L36, 26)}, separators=(",", ":")).encode())


def _pypi():
    return "pypi-AgEIcHlwaS5vcmc" + rs(B64URL, 150)


def _age():
    return bech32_encode("age-secret-key-", rb(32)).upper()


def _nsec():
    return bech32_encode("nsec", rb(32))


def _wif():
    return b58check(b"\x80" + rb(32) + b"\x01")


def _xprv():
    return b58check(bytes.fromhex("0488ade4") + bytes([3]) + rb(4) + rb(4) + rb(32) + b"\0" + rb(32))


def _tprv():
    return b58check(bytes.fromhex("04358394") + bytes([2]) + rb(4) + rb(4) + rb(32) + b"\0" + rb(32))


def _solana():
    return b58enc(rb(64))


def _sendgrid():
    return "SG." + rs(B64URL, 22) + "." + rs(B64URL, 43)


def _shopify(p):
    return p + rs(HEX, 32)


def _dyna():
    return "dt0c01." + rs(U36, 24) + "." + rs(U36, 64)


def _tfc():
    return rs(A_, 14) + ".atlasv1." + rs(A_, 67)


def _vault():
    return "hvs.CAESI" + rs(B64URL, 86)


def _postman():
    return "PMAK-" + rs(HEX, 24) + "-" + rs(HEX, 34)


def _sentry_org():
    return "sntrys_" + b64u(json.dumps({"iat": R.randint(1700000000, 1790000000) + 0.5, "url": "https://sentry.io", "region_url": "https://us.sentry.io", "org": rs(LO, 8)}).encode()) + "_" + rs(B64URL, 43)


def _grafana_sa():
    body = rs(A_, 32)
    return "glsa_" + body + "_" + "%08x" % (zlib.crc32(body.encode()) & 0xffffffff)


def _bitwarden():
    return "0.%s.%s:%s" % (_uuid(), rs(A_, 30), b64(rb(16)))


def _harness():
    return "pat.%s.%s.%s" % (rs(A_ + "_-", 22), rs(HEX, 24), rs(A_, 20))


def _salesforce():
    return "00D" + rs(A_, 12) + "!" + rs(A_ + ".", 96)


def _fcm():
    return "AAAA" + rs(A_ + "_-", 7) + ":APA91b" + rs(A_ + "_-", 134)


def _twitter_bearer():
    return "AAAAAAAAAAAAAAAAAAAAA" + rs(A_, 20) + "%3D" + rs(A_, 50)


def _swarm():
    return "SWMTKN-1-" + rs(L36, 50) + "-" + rs(L36, 25)


def _fly():
    return "FlyV1 fm2_" + rs(B64URL + "+/", 180) + "," + "fm2_" + rs(B64URL + "+/", 120)


def _intercom():
    return b64(("tok:%s:%s" % (_uuid(), "1:0")).encode()).rstrip("=")


def _b2_key():
    return "K00" + str(R.randint(1, 5)) + rs(A_ + "+/", 27)


def _akcp():
    return "AKCp" + rs(A_, 69)


VENDOR = [
    ("github_pat_classic", ["GITHUB_TOKEN", "GH_TOKEN"], lambda: crc_token("ghp_"), r"ghp_[A-Za-z0-9]{36}", 2),
    ("github_oauth_token", ["GITHUB_OAUTH_TOKEN"], lambda: crc_token("gho_"), r"gho_[A-Za-z0-9]{36}", 1),
    ("github_refresh_token", ["GITHUB_REFRESH_TOKEN"], lambda: crc_token("ghr_"), r"ghr_[A-Za-z0-9]{36}", 1),
    ("github_app_installation_token", ["INSTALLATION_TOKEN"], lambda: crc_token("ghs_"), r"ghs_[A-Za-z0-9]{36}", 1),
    ("github_fine_grained_pat", ["GITHUB_PAT"], lambda: "github_pat_11" + rs(U36, 20) + "_" + rs(A_, 59), r"github_pat_11[A-Z0-9]{20}_[A-Za-z0-9]{59}", 2),
    ("gitlab_pat", ["GITLAB_TOKEN", "CI_PUSH_TOKEN"], lambda: "glpat-" + rs(A_ + "_-", 20), r"glpat-[A-Za-z0-9_-]{20}", 2),
    ("gitlab_deploy_token", ["GITLAB_DEPLOY_TOKEN"], lambda: "gldt-" + rs(A_ + "_-", 20), r"gldt-[A-Za-z0-9_-]{20}", 1),
    ("gitlab_runner_token", ["token"], lambda: "glrt-" + rs(A_ + "_-", 20), r"glrt-[A-Za-z0-9_-]{20}", 1),
    ("gitlab_pipeline_trigger_token", ["TRIGGER_TOKEN"], lambda: "glptt-" + rs(HEX, 40), r"glptt-[0-9a-f]{40}", 1),
    ("gitlab_scim_token", ["SCIM_TOKEN"], lambda: "glsoat-" + rs(A_ + "_-", 20), r"glsoat-[A-Za-z0-9_-]{20}", 1),
    ("npm_access_token", ["NPM_TOKEN", "//registry.npmjs.org/:_authToken"], lambda: crc_token("npm_"), r"npm_[A-Za-z0-9]{36}", 2),
    ("pypi_upload_token", ["password", "TWINE_PASSWORD"], _pypi, r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{150}", 1),
    ("rubygems_api_key", [":rubygems_api_key", "GEM_HOST_API_KEY"], lambda: "rubygems_" + rs(HEX, 48), r"rubygems_[0-9a-f]{48}", 1),
    ("nuget_api_key", ["NUGET_API_KEY"], lambda: "oy2" + rs(L36, 43), r"oy2[a-z0-9]{43}", 1),
    ("crates_io_token", ["CARGO_REGISTRY_TOKEN"], lambda: "cio" + rs(A_, 32), r"cio[A-Za-z0-9]{32}", 1),
    ("dockerhub_pat", ["DOCKERHUB_TOKEN"], lambda: "dckr_pat_" + rs(A_ + "_-", 27), r"dckr_pat_[A-Za-z0-9_-]{27}", 1),
    ("jfrog_api_key", ["ARTIFACTORY_API_KEY"], _akcp, r"AKCp[A-Za-z0-9]{69}", 1),
    ("clojars_token", ["CLOJARS_PASSWORD"], lambda: "CLOJARS_" + rs(HEX, 60), r"CLOJARS_[0-9a-f]{60}", 1),
    ("octopus_api_key", ["OCTOPUS_API_KEY"], lambda: "API-" + rs(U36, 26), r"API-[A-Z0-9]{26}", 1),
    ("slack_bot_token", ["SLACK_BOT_TOKEN"], lambda: "xoxb-%d-%d-%s" % (R.randint(10 ** 10, 10 ** 12), R.randint(10 ** 11, 10 ** 13), rs(A_, 24)), r"xoxb-\d{11,13}-\d{12,14}-[A-Za-z0-9]{24}", 2),
    ("slack_user_token", ["SLACK_USER_TOKEN"], lambda: "xoxp-%d-%d-%d-%s" % (R.randint(10 ** 10, 10 ** 12), R.randint(10 ** 10, 10 ** 12), R.randint(10 ** 11, 10 ** 13), rs(HEX, 32)), r"xoxp-\d+-\d+-\d+-[0-9a-f]{32}", 1),
    ("slack_app_token", ["SLACK_APP_TOKEN"], lambda: "xapp-1-A%s-%d-%s" % (rs(U36, 10), R.randint(10 ** 12, 10 ** 13), rs(HEX, 64)), r"xapp-1-A[A-Z0-9]{10}-\d{13,14}-[0-9a-f]{64}", 1),
    ("slack_config_refresh_token", ["SLACK_CONFIG_REFRESH_TOKEN"], lambda: "xoxe-1-" + rs(A_, 146), r"xoxe-1-[A-Za-z0-9]{146}", 1),
    ("discord_bot_token", ["DISCORD_TOKEN"], _discord_bot, r"[A-Za-z0-9_-]{24,26}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{38}", 1),
    ("telegram_bot_token", ["TELEGRAM_BOT_TOKEN", "TG_TOKEN"], _telegram, r"\d{9,10}:AA[A-Za-z0-9_-]{33}", 2),
    ("twilio_api_key_secret", ["TWILIO_API_SECRET"], lambda: rs(A_, 32), r"[A-Za-z0-9]{32}", 1),
    ("twilio_auth_token", ["TWILIO_AUTH_TOKEN"], lambda: rs(HEX, 32), r"[0-9a-f]{32}", 1),
    ("sendgrid_api_key", ["SENDGRID_API_KEY"], _sendgrid, r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}", 2),
    ("mailgun_api_key", ["MAILGUN_API_KEY"], lambda: "key-" + rs(HEX, 32), r"key-[0-9a-f]{32}", 1),
    ("mailchimp_api_key", ["MAILCHIMP_API_KEY"], lambda: rs(HEX, 32) + "-us" + str(R.randint(1, 21)), r"[0-9a-f]{32}-us\d{1,2}", 1),
    ("mandrill_api_key", ["MANDRILL_KEY"], lambda: "md-" + rs(A_ + "_-", 22), r"md-[A-Za-z0-9_-]{22}", 1),
    ("brevo_api_key", ["BREVO_API_KEY"], lambda: "xkeysib-" + rs(HEX, 64) + "-" + rs(A_, 16), r"xkeysib-[0-9a-f]{64}-[A-Za-z0-9]{16}", 1),
    ("resend_api_key", ["RESEND_API_KEY"], lambda: "re_" + rs(A_, 8) + "_" + rs(A_, 24), r"re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}", 1),
    ("postmark_server_token", ["POSTMARK_SERVER_TOKEN"], _uuid, UUIDRE, 1),
    ("stripe_secret_key", ["STRIPE_SECRET_KEY", "stripe.api_key"], lambda: "sk_live_51" + rs(A_, 97), r"sk_live_51[A-Za-z0-9]{97}", 2),
    ("stripe_restricted_key", ["STRIPE_RESTRICTED_KEY"], lambda: "rk_live_51" + rs(A_, 97), r"rk_live_51[A-Za-z0-9]{97}", 1),
    ("stripe_webhook_secret", ["STRIPE_WEBHOOK_SECRET"], lambda: "whsec_" + rs(A_, 32), r"whsec_[A-Za-z0-9]{32}", 1),
    ("square_access_token", ["SQUARE_ACCESS_TOKEN"], lambda: "EAAA" + rs(A_ + "_-", 60), r"EAAA[A-Za-z0-9_-]{60}", 1),
    ("braintree_access_token", ["BRAINTREE_ACCESS_TOKEN"], lambda: "access_token$production$%s$%s" % (rs(L36, 16), rs(HEX, 32)), r"access_token\$production\$[a-z0-9]{16}\$[0-9a-f]{32}", 1),
    ("plaid_access_token", ["PLAID_ACCESS_TOKEN"], lambda: "access-production-" + _uuid(), r"access-production-" + UUIDRE, 1),
    ("paystack_secret_key", ["PAYSTACK_SECRET_KEY"], lambda: "sk_live_" + rs(HEX, 40), r"sk_live_[0-9a-f]{40}", 1),
    ("flutterwave_secret_key", ["FLW_SECRET_KEY"], lambda: "FLWSECK-" + rs(HEX, 32) + "-X", r"FLWSECK-[0-9a-f]{32}-X", 1),
    ("razorpay_key_secret", ["RAZORPAY_KEY_SECRET"], lambda: rs(A_, 24), r"[A-Za-z0-9]{24}", 1),
    ("mollie_api_key", ["MOLLIE_API_KEY"], lambda: "live_" + rs(A_, 30), r"live_[A-Za-z0-9]{30}", 1),
    ("adyen_api_key", ["ADYEN_API_KEY"], lambda: "AQE" + rs(A_, 40) + "+" + rs(A_ + "+/", 60) + "=-" + rs(A_ + "+/", 40) + "=-" + rs(A_, 20), r"AQE[A-Za-z0-9+/=-]{100,}", 1),
    ("duffel_access_token", ["DUFFEL_TOKEN"], lambda: "duffel_live_" + rs(A_ + "_-", 43), r"duffel_live_[A-Za-z0-9_-]{43}", 1),
    ("shippo_api_token", ["SHIPPO_API_KEY"], lambda: "shippo_live_" + rs(HEX, 40), r"shippo_live_[0-9a-f]{40}", 1),
    ("easypost_api_key", ["EASYPOST_API_KEY"], lambda: "EZAK" + rs(A_, 54), r"EZAK[A-Za-z0-9]{54}", 1),
    ("aws_access_key_id", ["AWS_ACCESS_KEY_ID", "aws_access_key_id"], lambda: "AKIA" + rs(B32[:26] + "234567", 16), r"AKIA[A-Z2-7]{16}", 3),
    ("aws_secret_access_key", ["AWS_SECRET_ACCESS_KEY", "aws_secret_access_key"], lambda: rs(A_ + "+/", 40), r"[A-Za-z0-9+/]{40}", 3),
    ("aws_session_token", ["AWS_SESSION_TOKEN"], lambda: "IQoJb3JpZ2luX2Vj" + rs(A_ + "+/", 380) + "==", r"IQoJb3JpZ2luX2Vj[A-Za-z0-9+/]{380}==", 1),
    ("aws_bedrock_api_key", ["AWS_BEARER_TOKEN_BEDROCK"], lambda: "ABSK" + b64(("BedrockAPIKey-%s-at-%d:%s" % (rs(L36, 4), R.randint(10 ** 11, 10 ** 12), rs(A_ + "+/", 40))).encode()), r"ABSK[A-Za-z0-9+/=]{60,}", 1),
    ("gcp_api_key", ["GOOGLE_API_KEY", "GEMINI_API_KEY"], lambda: "AIza" + rs(A_ + "_-", 35), r"AIza[A-Za-z0-9_-]{35}", 2),
    ("google_oauth_client_secret", ["client_secret"], lambda: "GOCSPX-" + rs(A_ + "_-", 28), r"GOCSPX-[A-Za-z0-9_-]{28}", 1),
    ("google_oauth_access_token", ["access_token"], lambda: "ya29.a0" + rs(A_ + "_-", 150), r"ya29\.a0[A-Za-z0-9_-]{150}", 1),
    ("azure_entra_client_secret", ["AZURE_CLIENT_SECRET"], _az_client_secret, r"[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{34}", 2),
    ("azure_devops_pat", ["AZURE_DEVOPS_EXT_PAT", "SYSTEM_ACCESSTOKEN"], lambda: rs("abcdefghijklmnopqrstuvwxyz234567", 52), r"[a-z2-7]{52}", 1),
    ("azure_openai_key", ["AZURE_OPENAI_API_KEY"], lambda: rs(HEX, 32), r"[0-9a-f]{32}", 1),
    ("azure_functions_key", ["x-functions-key"], lambda: rs(A_ + "_-", 54) + "==", r"[A-Za-z0-9_-]{54}==", 1),
    ("alibaba_access_key_id", ["ALIBABA_CLOUD_ACCESS_KEY_ID"], lambda: "LTAI5t" + rs(A_, 18), r"LTAI5t[A-Za-z0-9]{18}", 1),
    ("alibaba_access_key_secret", ["ALIBABA_CLOUD_ACCESS_KEY_SECRET"], lambda: rs(A_, 30), r"[A-Za-z0-9]{30}", 1),
    ("tencent_secret_id", ["TENCENTCLOUD_SECRET_ID"], lambda: "AKID" + rs(A_, 32), r"AKID[A-Za-z0-9]{32}", 1),
    ("tencent_secret_key", ["TENCENTCLOUD_SECRET_KEY"], lambda: rs(A_, 32), r"[A-Za-z0-9]{32}", 1),
    ("volcengine_access_key_id", ["VOLC_ACCESSKEY"], lambda: "AKLT" + rs(A_ + "-_", 40), r"AKLT[A-Za-z0-9_-]{40}", 1),
    ("yandex_oauth_token", ["YC_TOKEN"], lambda: "y0_" + rs(A_ + "_-", 55), r"y0_[A-Za-z0-9_-]{55}", 1),
    ("yandex_api_key", ["YC_API_KEY"], lambda: "AQVN" + rs(A_ + "_-", 36), r"AQVN[A-Za-z0-9_-]{36}", 1),
    ("ibm_cloud_api_key", ["IBMCLOUD_API_KEY"], lambda: rs(A_ + "_-", 44), r"[A-Za-z0-9_-]{44}", 1),
    ("digitalocean_pat", ["DIGITALOCEAN_TOKEN"], lambda: "dop_v1_" + rs(HEX, 64), r"dop_v1_[0-9a-f]{64}", 1),
    ("digitalocean_spaces_secret", ["SPACES_SECRET_ACCESS_KEY"], lambda: rs(A_ + "+/", 43), r"[A-Za-z0-9+/]{43}", 1),
    ("linode_token", ["LINODE_TOKEN"], lambda: rs(HEX, 64), r"[0-9a-f]{64}", 1),
    ("hetzner_cloud_token", ["HCLOUD_TOKEN"], lambda: rs(A_, 64), r"[A-Za-z0-9]{64}", 1),
    ("vultr_api_key", ["VULTR_API_KEY"], lambda: rs(UP + DIG, 36), r"[A-Z0-9]{36}", 1),
    ("scaleway_secret_key", ["SCW_SECRET_KEY"], _uuid, UUIDRE, 1),
    ("backblaze_b2_application_key", ["B2_APPLICATION_KEY"], _b2_key, r"K00\d[A-Za-z0-9+/]{27}", 1),
    ("cloudflare_api_token", ["CLOUDFLARE_API_TOKEN", "CF_API_TOKEN"], lambda: rs(A_ + "_-", 40), r"[A-Za-z0-9_-]{40}", 1),
    ("cloudflare_global_api_key", ["CF_API_KEY"], lambda: rs(HEX, 37), r"[0-9a-f]{37}", 1),
    ("fastly_api_token", ["FASTLY_API_TOKEN"], lambda: rs(A_ + "_-", 32), r"[A-Za-z0-9_-]{32}", 1),
    ("netlify_pat", ["NETLIFY_AUTH_TOKEN"], lambda: "nfp_" + rs(A_, 36), r"nfp_[A-Za-z0-9]{36}", 1),
    ("vercel_token", ["VERCEL_TOKEN"], lambda: rs(A_, 24), r"[A-Za-z0-9]{24}", 1),
    ("render_api_key", ["RENDER_API_KEY"], lambda: "rnd_" + rs(A_, 32), r"rnd_[A-Za-z0-9]{32}", 1),
    ("flyio_token", ["FLY_API_TOKEN"], _fly, r"FlyV1 fm2_[A-Za-z0-9_+/-]{180},fm2_[A-Za-z0-9_+/-]{120}", 1),
    ("heroku_api_key", ["HEROKU_API_KEY"], lambda: "HRKU-AA" + rs(A_ + "_-", 58), r"HRKU-AA[A-Za-z0-9_-]{58}", 1),
    ("supabase_access_token", ["SUPABASE_ACCESS_TOKEN"], lambda: "sbp_" + rs(HEX, 40), r"sbp_[0-9a-f]{40}", 1),
    ("supabase_service_role_key", ["SUPABASE_SERVICE_ROLE_KEY"], lambda: _jwt_like("HS256", {"iss": "supabase", "ref": rs(LO, 20), "role": "service_role", "iat": 1700000000 + R.randint(0, 9 ** 7), "exp": 2000000000 + R.randint(0, 9 ** 7)}), r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+", 1),
    ("planetscale_password", ["DATABASE_PASSWORD"], lambda: "pscale_pw_" + rs(A_ + "_-", 43), r"pscale_pw_[A-Za-z0-9_-]{43}", 1),
    ("planetscale_service_token", ["PLANETSCALE_SERVICE_TOKEN"], lambda: "pscale_tkn_" + rs(A_ + "_-", 43), r"pscale_tkn_[A-Za-z0-9_-]{43}", 1),
    ("neon_api_key", ["NEON_API_KEY"], lambda: "napi_" + rs(L36, 64), r"napi_[a-z0-9]{64}", 1),
    ("mongodb_atlas_private_key", ["MONGODB_ATLAS_PRIVATE_KEY"], _uuid, UUIDRE, 1),
    ("openai_project_key", ["OPENAI_API_KEY"], lambda: "sk-proj-" + rs(A_ + "_-", 124) + "T3BlbkFJ" + rs(A_ + "_-", 40), r"sk-proj-[A-Za-z0-9_-]{124}T3BlbkFJ[A-Za-z0-9_-]{40}", 2),
    ("openai_admin_key", ["OPENAI_ADMIN_KEY"], lambda: "sk-admin-" + rs(A_ + "_-", 58) + "T3BlbkFJ" + rs(A_ + "_-", 58), r"sk-admin-[A-Za-z0-9_-]{58}T3BlbkFJ[A-Za-z0-9_-]{58}", 1),
    ("anthropic_api_key", ["ANTHROPIC_API_KEY", "x-api-key"], lambda: "sk-ant-api03-" + rs(A_ + "_-", 93) + "AA", r"sk-ant-api03-[A-Za-z0-9_-]{93}AA", 3),
    ("anthropic_oauth_token", ["CLAUDE_CODE_OAUTH_TOKEN"], lambda: "sk-ant-oat01-" + rs(A_ + "_-", 93) + "AA", r"sk-ant-oat01-[A-Za-z0-9_-]{93}AA", 1),
    ("huggingface_token", ["HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"], lambda: "hf_" + rs(UP + LO, 34), r"hf_[A-Za-z]{34}", 2),
    ("groq_api_key", ["GROQ_API_KEY"], lambda: "gsk_" + rs(A_, 52), r"gsk_[A-Za-z0-9]{52}", 1),
    ("perplexity_api_key", ["PERPLEXITY_API_KEY"], lambda: "pplx-" + rs(A_, 48), r"pplx-[A-Za-z0-9]{48}", 1),
    ("xai_api_key", ["XAI_API_KEY"], lambda: "xai-" + rs(A_, 80), r"xai-[A-Za-z0-9]{80}", 1),
    ("openrouter_api_key", ["OPENROUTER_API_KEY"], lambda: "sk-or-v1-" + rs(HEX, 64), r"sk-or-v1-[0-9a-f]{64}", 1),
    ("deepseek_api_key", ["DEEPSEEK_API_KEY"], lambda: "sk-" + rs(HEX, 32), r"sk-[0-9a-f]{32}", 1),
    ("mistral_api_key", ["MISTRAL_API_KEY"], lambda: rs(A_, 32), r"[A-Za-z0-9]{32}", 1),
    ("cohere_api_key", ["CO_API_KEY"], lambda: rs(A_, 40), r"[A-Za-z0-9]{40}", 1),
    ("together_api_key", ["TOGETHER_API_KEY"], lambda: "tgp_v1_" + rs(A_ + "_-", 43), r"tgp_v1_[A-Za-z0-9_-]{43}", 1),
    ("replicate_api_token", ["REPLICATE_API_TOKEN"], lambda: "r8_" + rs(A_, 37), r"r8_[A-Za-z0-9]{37}", 1),
    ("elevenlabs_api_key", ["ELEVENLABS_API_KEY"], lambda: "sk_" + rs(HEX, 48), r"sk_[0-9a-f]{48}", 1),
    ("langsmith_api_key", ["LANGSMITH_API_KEY"], lambda: "lsv2_pt_" + rs(HEX, 32) + "_" + rs(HEX, 10), r"lsv2_pt_[0-9a-f]{32}_[0-9a-f]{10}", 1),
    ("pinecone_api_key", ["PINECONE_API_KEY"], lambda: "pcsk_" + rs(A_, 5) + "_" + rs(A_, 63), r"pcsk_[A-Za-z0-9]{5}_[A-Za-z0-9]{63}", 1),
    ("wandb_api_key", ["WANDB_API_KEY"], lambda: rs(HEX, 40), r"[0-9a-f]{40}", 1),
    ("langfuse_secret_key", ["LANGFUSE_SECRET_KEY"], lambda: "sk-lf-" + _uuid(), r"sk-lf-" + UUIDRE, 1),
    ("datadog_api_key", ["DD_API_KEY"], lambda: rs(HEX, 32), r"[0-9a-f]{32}", 1),
    ("datadog_app_key", ["DD_APP_KEY"], lambda: rs(HEX, 40), r"[0-9a-f]{40}", 1),
    ("newrelic_user_api_key", ["NEW_RELIC_API_KEY"], lambda: "NRAK-" + rs(U36, 27), r"NRAK-[A-Z0-9]{27}", 1),
    ("newrelic_license_key", ["NEW_RELIC_LICENSE_KEY"], lambda: rs(HEX, 36) + "NRAL", r"[0-9a-f]{36}NRAL", 1),
    ("dynatrace_api_token", ["DT_API_TOKEN"], _dyna, r"dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}", 1),
    ("grafana_service_account_token", ["GRAFANA_TOKEN"], _grafana_sa, r"glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}", 1),
    ("grafana_cloud_token", ["GRAFANA_CLOUD_API_KEY"], lambda: "glc_" + b64(json.dumps({"o": str(R.randint(10 ** 5, 10 ** 6)), "n": "stack-" + rs(L36, 6), "k": rs(A_, 24), "m": {"r": "prod-eu-west-2"}}, separators=(",", ":")).encode()), r"glc_[A-Za-z0-9+/=]{60,}", 1),
    ("sentry_org_token", ["SENTRY_AUTH_TOKEN"], _sentry_org, r"sntrys_[A-Za-z0-9_-]+_[A-Za-z0-9_-]{43}", 1),
    ("sentry_user_token", ["SENTRY_TOKEN"], lambda: "sntryu_" + rs(HEX, 64), r"sntryu_[0-9a-f]{64}", 1),
    ("pagerduty_api_token", ["PAGERDUTY_TOKEN"], lambda: "u+" + rs(A_ + "_-", 18), r"u\+[A-Za-z0-9_-]{18}", 1),
    ("pagerduty_routing_key", ["routing_key"], lambda: "R0" + rs(HEX.upper()[:16] + "ABCDEF", 30), r"R0[0-9A-F]{30}", 1),
    ("opsgenie_api_key", ["OPSGENIE_API_KEY"], _uuid, UUIDRE, 1),
    ("splunk_hec_token", ["SPLUNK_HEC_TOKEN"], lambda: _uuid().upper(), r"[0-9A-F-]{36}", 1),
    ("elastic_api_key", ["ELASTIC_API_KEY"], lambda: b64(("%s:%s" % (rs(A_ + "_-", 20), rs(A_ + "_-", 22))).encode()), r"[A-Za-z0-9+/=]{56,60}", 1),
    ("posthog_personal_api_key", ["POSTHOG_PERSONAL_API_KEY"], lambda: "phx_" + rs(A_, 47), r"phx_[A-Za-z0-9]{47}", 1),
    ("algolia_admin_api_key", ["ALGOLIA_ADMIN_KEY"], lambda: rs(HEX, 32), r"[0-9a-f]{32}", 1),
    ("meilisearch_master_key", ["MEILI_MASTER_KEY"], lambda: rs(A_ + "_-", 32), r"[A-Za-z0-9_-]{32}", 1),
    ("linear_api_key", ["LINEAR_API_KEY"], lambda: "lin_api_" + rs(A_, 40), r"lin_api_[A-Za-z0-9]{40}", 1),
    ("notion_integration_token", ["NOTION_TOKEN"], lambda: "ntn_" + rs(DIG, 11) + rs(A_, 35), r"ntn_\d{11}[A-Za-z0-9]{35}", 1),
    ("figma_pat", ["FIGMA_TOKEN"], lambda: "figd_" + rs(A_ + "_-", 40), r"figd_[A-Za-z0-9_-]{40}", 1),
    ("atlassian_api_token", ["JIRA_API_TOKEN", "CONFLUENCE_API_TOKEN"], lambda: "ATATT3xFfGF0" + rs(A_ + "_-", 170) + "=" + rs(HEX.upper()[:16], 8), r"ATATT3xFfGF0[A-Za-z0-9_-]{170}=[0-9A-F]{8}", 2),
    ("trello_api_token", ["TRELLO_TOKEN"], lambda: "ATTA" + rs(HEX, 64) + rs(HEX.upper()[:10] + "ABCDEF", 8), r"ATTA[0-9a-f]{64}[0-9A-F]{8}", 1),
    ("asana_pat", ["ASANA_ACCESS_TOKEN"], lambda: "2/%d/%d:%s" % (R.randint(10 ** 15, 10 ** 16), R.randint(10 ** 15, 10 ** 16), rs(HEX, 32)), r"2/\d{16,17}/\d{16,17}:[0-9a-f]{32}", 1),
    ("clickup_api_token", ["CLICKUP_API_KEY"], lambda: "pk_%d_%s" % (R.randint(10 ** 7, 10 ** 9), rs(U36, 32)), r"pk_\d{8,9}_[A-Z0-9]{32}", 1),
    ("airtable_pat", ["AIRTABLE_API_KEY"], lambda: "pat" + rs(A_, 14) + "." + rs(HEX, 64), r"pat[A-Za-z0-9]{14}\.[0-9a-f]{64}", 1),
    ("monday_api_token", ["MONDAY_API_TOKEN"], lambda: _jwt_like("HS256", {"tid": R.randint(10 ** 8, 10 ** 9), "aai": 11, "uid": R.randint(10 ** 7, 10 ** 8), "iad": "2025-0%d-1%dT09:12:44.000Z" % (R.randint(1, 9), R.randint(0, 9)), "per": "me:write", "actid": R.randint(10 ** 6, 10 ** 7), "rgn": "euc1"}), r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+", 1),
    ("hubspot_private_app_token", ["HUBSPOT_ACCESS_TOKEN"], lambda: "pat-eu1-" + _uuid(), r"pat-(na1|eu1)-" + UUIDRE, 1),
    ("salesforce_access_token", ["SF_ACCESS_TOKEN"], _salesforce, r"00D[A-Za-z0-9]{12}![A-Za-z0-9.]{96}", 1),
    ("zendesk_api_token", ["ZENDESK_API_TOKEN"], lambda: rs(A_, 40), r"[A-Za-z0-9]{40}", 1),
    ("intercom_access_token", ["INTERCOM_ACCESS_TOKEN"], _intercom, r"dG9rO[A-Za-z0-9+/]+", 1),
    ("dropbox_access_token", ["DROPBOX_ACCESS_TOKEN"], lambda: "sl.u." + rs(A_ + "_-", 200), r"sl\.u\.[A-Za-z0-9_-]{200}", 1),
    ("contentful_cma_token", ["CONTENTFUL_MANAGEMENT_TOKEN"], lambda: "CFPAT-" + rs(A_ + "_-", 43), r"CFPAT-[A-Za-z0-9_-]{43}", 1),
    ("typeform_pat", ["TYPEFORM_TOKEN"], lambda: "tfp_" + rs(A_ + "_-", 44) + "_" + rs(A_, 14), r"tfp_[A-Za-z0-9_-]{44}_[A-Za-z0-9]{14}", 1),
    ("launchdarkly_sdk_key", ["LAUNCHDARKLY_SDK_KEY"], lambda: "sdk-" + _uuid(), r"sdk-" + UUIDRE, 1),
    ("launchdarkly_api_token", ["LD_API_TOKEN"], lambda: "api-" + _uuid(), r"api-" + UUIDRE, 1),
    ("circleci_pat", ["CIRCLECI_TOKEN"], lambda: "CCIPAT_" + rs(A_, 22) + "_" + rs(HEX, 40), r"CCIPAT_[A-Za-z0-9]{22}_[0-9a-f]{40}", 1),
    ("buildkite_agent_token", ["BUILDKITE_AGENT_TOKEN"], lambda: "bkct_" + rs(A_, 48), r"bkct_[A-Za-z0-9]{48}", 1),
    ("bitbucket_api_token", ["BITBUCKET_TOKEN"], lambda: "ATBB" + rs(A_, 32) + rs(HEX.upper()[:16], 8), r"ATBB[A-Za-z0-9]{32}[0-9A-F]{8}", 1),
    ("sonarqube_token", ["SONAR_TOKEN"], lambda: "sqp_" + rs(HEX, 40), r"sqp_[0-9a-f]{40}", 1),
    ("snyk_token", ["SNYK_TOKEN"], _uuid, UUIDRE, 1),
    ("codecov_token", ["CODECOV_TOKEN"], _uuid, UUIDRE, 1),
    ("sourcegraph_token", ["SRC_ACCESS_TOKEN"], lambda: "sgp_" + rs(HEX, 16) + "_" + rs(HEX, 40), r"sgp_[0-9a-f]{16}_[0-9a-f]{40}", 1),
    ("jenkins_api_token", ["JENKINS_API_TOKEN"], lambda: "11" + rs(HEX, 32), r"11[0-9a-f]{32}", 1),
    ("harness_pat", ["HARNESS_PLATFORM_API_KEY"], _harness, r"pat\.[A-Za-z0-9_-]{22}\.[0-9a-f]{24}\.[A-Za-z0-9]{20}", 1),
    ("pulumi_access_token", ["PULUMI_ACCESS_TOKEN"], lambda: "pul-" + rs(HEX, 40), r"pul-[0-9a-f]{40}", 1),
    ("terraform_cloud_token", ["TFE_TOKEN"], _tfc, r"[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9]{67}", 1),
    ("infracost_api_key", ["INFRACOST_API_KEY"], lambda: "ico-" + rs(A_, 32), r"ico-[A-Za-z0-9]{32}", 1),
    ("doppler_service_token", ["DOPPLER_TOKEN"], lambda: "dp.st.prd." + rs(A_, 40), r"dp\.st\.prd\.[A-Za-z0-9]{40}", 1),
    ("vault_token", ["VAULT_TOKEN"], _vault, r"hvs\.CAESI[A-Za-z0-9_-]{86}", 1),
    ("onepassword_service_account_token", ["OP_SERVICE_ACCOUNT_TOKEN"], _onepass_sa, r"ops_eyJ[A-Za-z0-9_-]+", 1),
    ("bitwarden_access_token", ["BWS_ACCESS_TOKEN"], _bitwarden, r"0\." + UUIDRE + r"\.[A-Za-z0-9]{30}:[A-Za-z0-9+/=]{24}", 1),
    ("infisical_token", ["INFISICAL_TOKEN"], lambda: "st." + _uuid() + "." + rs(HEX, 32) + "." + rs(HEX, 32), r"st\." + UUIDRE + r"\.[0-9a-f]{32}\.[0-9a-f]{32}", 1),
    ("tailscale_auth_key", ["TS_AUTHKEY"], lambda: "tskey-auth-k" + rs(A_, 16) + "-" + rs(A_, 32), r"tskey-auth-k[A-Za-z0-9]{16}-[A-Za-z0-9]{32}", 1),
    ("ngrok_authtoken", ["NGROK_AUTHTOKEN"], lambda: "2" + rs(A_, 26) + "_" + rs(A_, 21), r"2[A-Za-z0-9]{26}_[A-Za-z0-9]{21}", 1),
    ("cloudflare_tunnel_token", ["TUNNEL_TOKEN"], lambda: b64(json.dumps({"a": rs(HEX, 32), "t": _uuid(), "s": b64(rb(32))}, separators=(",", ":")).encode()).rstrip("="), r"eyJhIjoi[A-Za-z0-9+/]+", 1),
    ("prefect_api_key", ["PREFECT_API_KEY"], lambda: "pnu_" + rs(A_, 36), r"pnu_[A-Za-z0-9]{36}", 1),
    ("databricks_pat", ["DATABRICKS_TOKEN"], lambda: "dapi" + rs(HEX, 32), r"dapi[0-9a-f]{32}", 1),
    ("snowflake_pat", ["SNOWFLAKE_TOKEN"], lambda: _jwt_like("ES256", {"p": "%d:%d" % (R.randint(10 ** 8, 10 ** 9), R.randint(10 ** 8, 10 ** 9)), "iss": "SF:1001", "exp": 1800000000 + R.randint(0, 10 ** 7)}), r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+", 1),
    ("confluent_api_secret", ["CONFLUENT_CLOUD_API_SECRET"], lambda: rs(A_ + "+/", 64), r"[A-Za-z0-9+/]{64}", 1),
    ("firebase_fcm_server_key", ["FCM_SERVER_KEY"], _fcm, r"AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}", 1),
    ("twitter_bearer_token", ["TWITTER_BEARER_TOKEN"], _twitter_bearer, r"A{21}[A-Za-z0-9]{20}%3D[A-Za-z0-9]{50}", 1),
    ("facebook_page_access_token", ["FB_PAGE_ACCESS_TOKEN"], lambda: "EAAG" + rs(A_, 180), r"EAAG[A-Za-z0-9]{180}", 1),
    ("mapbox_secret_token", ["MAPBOX_SECRET_TOKEN"], lambda: "sk.eyJ1Ijoi" + b64u(('%s","a":"%s"}' % (rs(LO, 8), rs(A_, 25))).encode()) + "." + rs(A_ + "_-", 22), r"sk\.eyJ1Ijoi[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}", 1),
    ("cloudinary_api_secret", ["CLOUDINARY_API_SECRET"], lambda: rs(A_ + "_-", 27), r"[A-Za-z0-9_-]{27}", 1),
    ("adafruit_io_key", ["ADAFRUIT_IO_KEY"], lambda: "aio_" + rs(A_, 28), r"aio_[A-Za-z0-9]{28}", 1),
    ("readme_api_key", ["README_API_KEY"], lambda: "rdme_" + rs(HEX, 70), r"rdme_[0-9a-f]{70}", 1),
    ("binance_api_secret", ["BINANCE_SECRET_KEY"], lambda: rs(A_, 64), r"[A-Za-z0-9]{64}", 1),
    ("django_secret_key", ["SECRET_KEY"], lambda: "django-insecure-" + rs(LO + DIG + "!@#%^&*(-_=+)", 50) if R.random() < 0.3 else rs(LO + DIG + "!@#%^&*(-_=+)", 50), r"(django-insecure-)?[a-z0-9!@#%^&*(\-_=+)]{50}", 1),
    ("rails_secret_key_base", ["SECRET_KEY_BASE"], lambda: rs(HEX, 128), r"[0-9a-f]{128}", 1),
    ("rails_master_key", ["RAILS_MASTER_KEY"], lambda: rs(HEX, 32), r"[0-9a-f]{32}", 1),
    ("laravel_app_key", ["APP_KEY"], lambda: "base64:" + b64(rb(32)), r"base64:[A-Za-z0-9+/]{43}=", 1),
    ("symfony_app_secret", ["APP_SECRET"], lambda: rs(HEX, 32), r"[0-9a-f]{32}", 1),
    ("flask_secret_key", ["FLASK_SECRET_KEY", "app.secret_key"], lambda: rb(24).hex(), r"[0-9a-f]{48}", 1),
    ("phoenix_secret_key_base", ["secret_key_base"], lambda: rs(A_ + "+/", 64), r"[A-Za-z0-9+/]{64}", 1),
    ("nextauth_secret", ["NEXTAUTH_SECRET", "AUTH_SECRET"], lambda: b64(rb(32)), r"[A-Za-z0-9+/]{43}=", 1),
    ("jwt_signing_secret", ["JWT_SECRET"], lambda: rs(A_, 48), r"[A-Za-z0-9]{48}", 2),
    ("auth0_client_secret", ["AUTH0_CLIENT_SECRET"], lambda: rs(A_ + "_-", 64), r"[A-Za-z0-9_-]{64}", 1),
    ("keycloak_client_secret", ["KEYCLOAK_CLIENT_SECRET"], lambda: rs(A_, 32), r"[A-Za-z0-9]{32}", 1),
    ("okta_api_token", ["OKTA_API_TOKEN"], lambda: "00" + rs(A_ + "_-", 40), r"00[A-Za-z0-9_-]{40}", 1),
    ("encryption_key_hex", ["ENCRYPTION_KEY", "DATA_KEY"], lambda: rs(HEX, 64), r"[0-9a-f]{64}", 2),
    ("consul_gossip_key", ["encrypt"], lambda: b64(rb(32)), r"[A-Za-z0-9+/]{43}=", 1),
    ("consul_acl_token", ["CONSUL_HTTP_TOKEN"], _uuid, UUIDRE, 1),
    ("nomad_token", ["NOMAD_TOKEN"], _uuid, UUIDRE, 1),
    ("minio_secret_key", ["MINIO_ROOT_PASSWORD", "MINIO_SECRET_KEY"], lambda: rs(A_, 40), r"[A-Za-z0-9]{40}", 1),
    ("rabbitmq_erlang_cookie", ["RABBITMQ_ERLANG_COOKIE"], lambda: rs(UP, 20), r"[A-Z]{20}", 1),
    ("docker_swarm_join_token", ["SWARM_TOKEN"], _swarm, r"SWMTKN-1-[a-z0-9]{50}-[a-z0-9]{25}", 1),
    ("k8s_bootstrap_token", ["token"], lambda: rs(L36, 6) + "." + rs(L36, 16), r"[a-z0-9]{6}\.[a-z0-9]{16}", 1),
    ("age_secret_key", ["AGE_SECRET_KEY"], _age, r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}", 1),
    ("nostr_nsec", ["NOSTR_PRIVATE_KEY"], _nsec, r"nsec1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{58}", 1),
    ("bitcoin_wif_private_key", ["WIF"], _wif, r"[KL][1-9A-HJ-NP-Za-km-z]{51}", 1),
    ("bitcoin_xprv", ["XPRV", "extended_private_key"], _xprv, r"xprv[1-9A-HJ-NP-Za-km-z]{107}", 1),
    ("bitcoin_tprv", ["TESTNET_XPRV"], _tprv, r"tprv[1-9A-HJ-NP-Za-km-z]{107}", 1),
    ("ethereum_private_key", ["PRIVATE_KEY", "DEPLOYER_PRIVATE_KEY"], lambda: "0x" + rs(HEX, 64), r"0x[0-9a-f]{64}", 2),
    ("solana_private_key", ["SOLANA_PRIVATE_KEY"], _solana, r"[1-9A-HJ-NP-Za-km-z]{86,88}", 1),
    ("wireguard_private_key", ["PrivateKey"], lambda: b64(rb(32)), r"[A-Za-z0-9+/]{43}=", 1),
    ("wifi_psk", ["psk", "wpa_passphrase"], lambda: rs(A_, 6) + R.choice("!%") + rs(A_, 7), r"\S{8,63}", 2),
    ("snmp_community", ["community"], lambda: rs(LO, 5) + rs(DIG, 3) + rs(LO, 3), r"[a-z0-9]{11}", 1),
    ("radius_shared_secret", ["secret"], lambda: rs(A_, 20), r"[A-Za-z0-9]{20}", 1),
    ("ipsec_psk", ["PSK"], lambda: rs(A_ + "+/", 32), r"[A-Za-z0-9+/]{32}", 1),
]
VSPEC = {t: (keys, gen, rx) for t, keys, gen, rx, n in VENDOR}


# ---------------------------------------------------------------- filler and names
FIRST = ["Lena", "Marek", "Aiko", "Tomás", "Ines", "Olu", "Priya", "Sven", "Yara", "Kenji", "Chiara", "Dmitri", "Amara",
         "Joon", "Fatma", "Lucas", "Noor", "Eero", "Bianca", "Tariq", "Mei", "Rafael", "Zofia", "Arjun", "Hana", "Nils",
         "Leila", "Mateus", "Ingrid", "Kwame", "Sofía", "Emre", "Anouk", "Viktor", "Thu", "Ravi"]
LAST = ["Brandt", "Kowalczyk", "Tanaka", "Ferreira", "Okafor", "Lindqvist", "Haddad", "Moretti", "Petrov", "Nakamura",
        "Dubois", "Yilmaz", "Jansen", "Novak", "Castillo", "Ivanova", "Mensah", "Rahman", "Virtanen", "Silva", "Horvat",
        "Schulz", "Nguyen", "Papadopoulos", "Kaya", "Eriksen", "Chen", "Gallo", "Dimitrov", "Szabo", "Popescu", "Ali"]
HOSTS = ["db-prod-%02d.internal", "pg-%s.eu-central-1.rds.amazonaws.com", "mysql.%s.svc.cluster.local", "10.%d.%d.%d",
         "redis-%s.cache.local", "mongo-%s.mongodb.net", "sql-%s.database.windows.net", "broker-%s.lan"]


def name():
    return R.choice(FIRST), R.choice(LAST)


def host():
    h = R.choice(HOSTS)
    n = h.count("%")
    if "%s" not in h:
        return h % tuple(R.randint(1, 250) for _ in range(n))
    return h % rs(LO + DIG, 6)


def svc():
    return R.choice(["billing", "ledger", "orders", "ingest", "auth", "search", "payments", "reports", "notify", "gateway",
                     "crm", "inventory", "analytics", "checkout", "scheduler", "media", "export", "sync"]) + R.choice(["", "-api", "-worker", "-svc", "-v2", "-cron"])


def filler_pairs(k=2):
    pool = [("LOG_LEVEL", R.choice(["info", "debug", "warn", "error"])), ("PORT", str(R.randint(3000, 9999))),
            ("NODE_ENV", R.choice(["production", "staging"])), ("REGION", R.choice(["eu-west-1", "us-east-2", "ap-southeast-1", "eu-central-1"])),
            ("WORKERS", str(R.randint(2, 32))), ("TIMEOUT_MS", str(R.randint(1000, 60000))), ("APP_NAME", svc()),
            ("CACHE_TTL", str(R.choice([60, 300, 900, 3600]))), ("FEATURE_%s" % rs(UP, 5), R.choice(["true", "false"])),
            ("BASE_URL", "https://%s.%s" % (svc(), R.choice(["example.net", "internal", "corp.lan"]))), ("MAX_RETRIES", str(R.randint(1, 9))),
            ("TZ", R.choice(["UTC", "Europe/Berlin", "Asia/Tokyo", "America/Sao_Paulo"])), ("QUEUE", svc() + "-q")]
    R.shuffle(pool)
    return pool[:k]


def lowkey(k):
    k = k.lstrip(":/").split(":")[-1] if k.startswith("//") else k.lstrip(":")
    return k.lower().replace("-", "_")


def kv_carrier(K, V):
    """K=key name, V=value: return snippet"""
    f = filler_pairs(R.randint(1, 3))
    k = lowkey(K)
    q = "'" if any(c in V for c in "!&*%$#=;()<>|") else ""
    app = svc()
    forms = []
    if K.startswith("//registry"):
        return "# ~/.npmrc\nregistry=https://registry.npmjs.org/\n%s=%s\nalways-auth=true" % (K, V)
    if K.startswith(":"):
        return "# ~/.gem/credentials\n---\n%s: %s" % (K, V)
    c = R.randint(0, 27)
    if c == 0:
        lines = ["%s=%s" % p for p in f] + ["%s=%s%s%s" % (K, q, V, q)]
        R.shuffle(lines)
        return "# .env (%s)\n" % app + "\n".join(lines)
    if c == 1:
        return "export %s=\"%s\"\n%s" % (K, V, "\n".join("export %s=%s" % p for p in f))
    if c == 2:
        return "```yaml\n%s:\n%s\n  %s: \"%s\"\n```" % (app, "\n".join("  %s: %s" % (a.lower(), b) for a, b in f), k, V)
    if c == 3:
        d = dict((a.lower(), b) for a, b in f)
        d[k] = V
        return "```json\n" + json.dumps({app.replace("-", "_"): d}, indent=2, ensure_ascii=False) + "\n```"
    if c == 4:
        return "[%s]\n%s\n%s = \"%s\"" % (app, "\n".join("%s = \"%s\"" % (a.lower(), b) for a, b in f), k, V)
    if c == 5:
        return "```python\nimport os\n\n%s = os.environ.get(\"%s\", \"%s\")\n```" % (k.upper() if k.isidentifier() else "VALUE", K, V)
    if c == 6:
        return "```js\nconst %s = process.env.%s ?? '%s';\n```" % (re.sub(r"_(\w)", lambda m: m.group(1).upper(), k) if k.isidentifier() else "value", K if K.isidentifier() else "VALUE", V)
    if c == 7:
        return "```go\nos.Setenv(\"%s\", \"%s\")\n```" % (K, V)
    if c == 8:
        return "services:\n  %s:\n    image: %s:%d.%d\n    environment:\n      - %s=%s\n      - %s=%s" % (app, app, R.randint(1, 9), R.randint(0, 30), f[0][0], f[0][1], K, V)
    if c == 9:
        return "apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s-env\ntype: Opaque\nstringData:\n  %s: \"%s\"" % (app, K, V)
    if c == 10:
        return "%s %s %s[%d]: loaded settings %s=%s %s=%s" % ("2025-%02d-%02dT%02d:%02d:%02dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), R.choice(["DEBUG", "INFO", "TRACE"]), app, R.randint(100, 99999), f[0][0], f[0][1], K, V)
    if c == 11:
        return "| variable | value |\n|---|---|\n| %s | %s |\n| %s | `%s` |" % (f[0][0], f[0][1], K, V)
    if c == 12:
        return "$env:%s = \"%s\"\n.\\%s.exe --verbose" % (K if K.isidentifier() else "VALUE", V, app)
    if c == 13:
        return "FROM python:3.%d-slim\nENV %s=%s\nENV %s=%s%s%s\nCMD [\"python\", \"-m\", \"%s\"]" % (R.randint(9, 13), f[0][0], f[0][1], K, q, V, q, app.replace("-", "_"))
    if c == 14:
        return "[Service]\nExecStart=/usr/local/bin/%s\nEnvironment=\"%s=%s\"\nEnvironment=\"%s=%s\"" % (app, f[0][0], f[0][1], K, V)
    if c == 15:
        return "```rust\nstd::env::set_var(\"%s\", \"%s\");\n```" % (K, V)
    if c == 16:
        return "```ruby\nENV[\"%s\"] ||= \"%s\"\n```" % (K, V)
    if c == 17:
        return "```php\nreturn [\n    '%s' => env('%s', '%s'),\n];\n```" % (k, K, V)
    if c == 18:
        return "# application.properties\n%s.%s=%s\n%s.%s=%s" % (app.replace("-", "."), f[0][0].lower().replace("_", "-"), f[0][1], app.replace("-", "."), k.replace("_", "-"), V)
    if c == 19:
        return "resource \"%s_config\" \"%s\" {\n  %s = \"%s\"\n  %s = \"%s\"\n}" % (app.split("-")[0], app.replace("-", "_"), f[0][0].lower(), f[0][1], k, V)
    if c == 20:
        return R.choice(["heroku config:set %s=%s -a %s", "fly secrets set %s=%s --app %s", "doppler secrets set %s=%s --project %s"]) % (K, V, app)
    if c == 21:
        return "kubectl create secret generic %s --from-literal=%s=%s -n %s" % (app, k.replace("_", "-"), V, R.choice(["prod", "default", "apps", "infra"]))
    if c == 22:
        return "<appSettings>\n  <add key=\"%s\" value=\"%s\" />\n  <add key=\"%s\" value=\"%s\" />\n</appSettings>" % (f[0][0], f[0][1], K, V)
    if c == 23:
        return "```csharp\nEnvironment.SetEnvironmentVariable(\"%s\", \"%s\");\n```" % (K, V)
    if c == 24:
        return "%%env %s=%s" % (K, V)
    if c == 25:
        return "```kotlin\nval %s = System.getenv(\"%s\") ?: \"%s\"\n```" % (re.sub(r"_(\w)", lambda m: m.group(1).upper(), k) if k.isidentifier() else "value", K, V)
    if c == 26:
        return "gh secret set %s --repo %s/%s --body \"%s\"" % (K if K.isidentifier() else "VALUE", rs(LO, 6), app, V)
    return "```toml\n[env]\n%s = \"%s\"\n%s = \"%s\"\n```" % (f[0][0], f[0][1], K, V)


def pw():
    w = R.choice(["Sommer", "harbor", "Tiger", "blue", "Kaffee", "orbit", "Mango", "river", "Falcon", "winter", "Cobalt", "lemon",
                  "Nebula", "copper", "Quartz", "maple"])
    return R.choice([w + str(R.randint(10, 9999)) + R.choice("!?#$%&*@") + rs(A_, R.randint(2, 5)),
                     rs(A_ + "!#%&*+-=?@^_", R.randint(14, 24)),
                     rs(A_, 4) + R.choice("-_.") + rs(A_, 5) + R.choice("!@#") + rs(DIG, 2)])


def url_pw():
    return rs(A_ + "-_.~", R.randint(12, 22))


def custom_password():
    p = pw()
    c = R.randint(0, 11)
    app = svc()
    h = host()
    if c == 0:
        s = "spring:\n  datasource:\n    url: jdbc:postgresql://%s:5432/%s\n    username: %s\n    password: \"%s\"" % (h, app.split("-")[0], rs(LO, 7), p)
    elif c == 1:
        s = "[client]\nuser=%s\npassword=\"%s\"\nhost=%s" % (rs(LO, 6), p, h)
    elif c == 2:
        s = "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: %s\n      POSTGRES_PASSWORD: '%s'" % (rs(LO, 6), p)
    elif c == 3:
        s = "%s:%d:%s:%s:%s" % (h, 5432, app.split("-")[0], rs(LO, 7), p.replace(":", "").replace("\\", ""))
        p = p.replace(":", "").replace("\\", "")
        s = "# ~/.pgpass\n" + s
    elif c == 4:
        s = "machine %s\n  login %s\n  password %s" % (R.choice(["api.heroku.com", "git.%s.lan" % rs(LO, 5), "ftp.%s.net" % rs(LO, 6)]), rs(LO, 7), p)
    elif c == 5:
        s = "ansible_user: deploy\nansible_become_password: \"%s\"\nansible_port: %d" % (p, R.choice([22, 2222]))
    elif c == 6:
        s = "requirepass %s\nport 6379\nmaxmemory %dmb" % (p, R.choice([256, 512, 1024]))
    elif c == 7:
        s = "<server>\n  <id>%s-releases</id>\n  <username>%s</username>\n  <password>%s</password>\n</server>" % (app, rs(LO, 7), p.replace("&", "").replace("<", ""))
        p = p.replace("&", "").replace("<", "")
    elif c == 8:
        s = "SMTP_HOST=smtp.%s.com\nSMTP_USER=%s\nSMTP_PASSWORD='%s'" % (rs(LO, 7), rs(LO, 8), p.replace("'", ""))
        p = p.replace("'", "")
    elif c == 9:
        s = "bind_dn = \"cn=%s,ou=svc,dc=%s,dc=local\"\nbind_pw = \"%s\"" % (app, rs(LO, 5), p)
    elif c == 10:
        s = "signing.keyId=%s\nsigning.password=%s\nsigning.secretKeyRingFile=/home/ci/.gnupg/secring.gpg" % (rs(HEX.upper()[:16], 8), p)
    else:
        s = "{\n  \"ConnectionStrings\": {},\n  \"Smtp\": { \"User\": \"%s\", \"Password\": \"%s\" }\n}" % (rs(LO, 6), p.replace("\\", "").replace('"', ""))
        p = p.replace("\\", "").replace('"', "")
    return s, [(p, "password")]


def custom_password_in_url():
    p = url_pw()
    u = rs(LO, 6)
    h = host()
    c = R.randint(0, 8)
    urls = ["postgresql://%s:%s@%s:5432/%s" % (u, p, h, svc().split("-")[0]),
            "mysql://%s:%s@%s:3306/%s" % (u, p, h, svc().split("-")[0]),
            "mongodb+srv://%s:%s@cluster0.%s.mongodb.net/?retryWrites=true" % (u, p, rs(L36, 5)),
            "redis://default:%s@%s:6379/0" % (p, h),
            "amqps://%s:%s@%s/vhost" % (u, p, h),
            "smtps://%s:%s@smtp.%s.com:465" % (u, p, rs(LO, 6)),
            "https://%s:%s@git.%s.lan/%s.git" % (u, p, rs(LO, 5), svc()),
            "ftp://%s:%s@files.%s.net/upload/" % (u, p, rs(LO, 6)),
            "sqlserver://%s:%s@%s:1433?database=%s" % (u, p, h, svc().split("-")[0])]
    url = urls[c]
    wrap = R.choice(["DATABASE_URL=%s", "url: \"%s\"", "git clone %s", "conn = create_engine(\"%s\")", "%s", "CELERY_BROKER_URL=%s", "[ERROR] could not connect to %s: timeout"])
    return wrap % url, [(p, "password_in_url")]


def custom_connstr():
    p = pw().replace(";", "").replace("'", "").replace('"', "").replace("&", "")
    h = host()
    u = rs(LO, 6)
    db = svc().split("-")[0]
    forms = ["Server=tcp:%s,1433;Initial Catalog=%s;User ID=%s;Password=%s;Encrypt=True;" % (h, db, u, p),
             "jdbc:postgresql://%s:5432/%s?user=%s&password=%s&sslmode=require" % (h, db, u, p),
             "Driver={ODBC Driver 18 for SQL Server};Server=%s;Database=%s;UID=%s;PWD=%s;" % (h, db, u, p),
             "host=%s port=5432 dbname=%s user=%s password=%s sslmode=verify-full" % (h, db, u, p.replace(" ", "")),
             "Data Source=(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=%s)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=%s)));User Id=%s;Password=%s;" % (h, db.upper(), u, p.replace("(", "").replace(")", "")),
             "%s:6380,password=%s,ssl=True,abortConnect=False" % (h, p.replace(",", "")),
             "jdbc:mysql://%s:3306/%s?user=%s&password=%s" % (h, db, u, p),
             "Host=%s;Port=5432;Database=%s;Username=%s;Password=%s;Pooling=true" % (h, db, u, p)]
    i = R.randint(0, len(forms) - 1)
    s = forms[i]
    pv = p.replace(" ", "") if i == 3 else p.replace("(", "").replace(")", "") if i == 4 else p.replace(",", "") if i == 5 else p
    wrap = R.choice(["\"ConnectionStrings\": { \"Default\": \"%s\" }", "connection_string = '%s'", "DB_CONN=\"%s\"", "%s", "spring.datasource.url=%s"])
    return wrap % s, [(pv, "connection_string_password")]


def custom_cli():
    p = pw().replace("'", "").replace('"', "")
    u = rs(LO, 6)
    h = host()
    forms = [("mysql -h %s -u %s -p%s %s" % (h, u, p.replace(" ", ""), svc().split("-")[0]), p.replace(" ", "")),
             ("sshpass -p '%s' ssh %s@%s" % (p, u, h), p),
             ("redis-cli -h %s -a '%s' --no-auth-warning" % (h, p), p),
             ("echo ok && docker login registry.%s.io -u %s -p '%s'" % (rs(LO, 6), u, p), p),
             ("openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:%s" % p.replace(" ", ""), p.replace(" ", "")),
             ("keytool -importkeystore -srckeystore app.p12 -destkeystore app.jks -storepass '%s'" % p, p),
             ("htpasswd -b -B /etc/nginx/.htpasswd %s '%s'" % (u, p), p),
             ("net user %s \"%s\" /add" % (u, p), p),
             ("mongosh \"mongodb://%s/admin\" -u %s -p '%s'" % (h, u, p), p),
             ("sqlcmd -S %s -U %s -P \"%s\" -Q \"SELECT 1\"" % (h, u, p), p),
             ("7z a -p'%s' backup.7z ./data" % p, p),
             ("ldapsearch -x -D \"cn=admin,dc=corp,dc=lan\" -w '%s' -H ldap://%s" % (p, h), p),
             ("wget --user=%s --password='%s' https://files.%s.net/dump.tar.gz" % (u, p, rs(LO, 6)), p),
             ("PGPASSWORD='%s' psql -h %s -U %s -d %s" % (p, h, u, svc().split("-")[0]), p)]
    s, pv = R.choice(forms)
    return "```sh\n%s\n```" % s, [(pv, "password_cli_flag")]


def custom_basic():
    u = rs(LO, 6)
    p = pw().replace(":", "")
    v = b64(("%s:%s" % (u, p)).encode())
    s = R.choice(["curl -H \"Authorization: Basic %s\" https://%s.%s/api/v1/health", "GET /metrics HTTP/1.1\nHost: %s.internal\nAuthorization: Basic %s",
                  "headers = {\"Authorization\": \"Basic %s\"}  # %s"])
    if s.startswith("GET"):
        return s % (svc(), v), [(v, "basic_auth_credentials")]
    if s.startswith("curl"):
        return s % (v, svc(), rs(LO, 5) + ".io"), [(v, "basic_auth_credentials")]
    return s % (v, svc()), [(v, "basic_auth_credentials")]


def custom_bearer():
    v = rs(A_ + "-_", R.randint(36, 64))
    s = R.choice(["curl -s -H 'Authorization: Bearer %s' https://api.%s.com/v2/items", "POST /v1/jobs HTTP/1.1\nHost: %s\nAuthorization: Bearer %s\nContent-Type: application/json"])
    if s.startswith("curl"):
        return s % (v, rs(LO, 7)), [(v, "bearer_token")]
    return s % (svc() + ".internal", v), [(v, "bearer_token")]


def custom_jwt():
    alg = R.choice(["HS256", "RS256", "ES256", "HS512", "EdDSA"])
    v = _jwt_like(alg, {"sub": _uuid(), "email_verified": True, "iat": R.randint(1700000000, 1790000000), "exp": R.randint(1790000000, 1800000000), "roles": [R.choice(["admin", "user", "ops"])]})
    s = R.choice(["Authorization: Bearer %s", "localStorage.setItem('id_token', '%s');", "{\"access_token\": \"%s\", \"token_type\": \"Bearer\", \"expires_in\": 3600}", "TOKEN=%s ./smoke.sh"])
    return s % v, [(v, "jwt")]


def custom_cookie():
    c = R.randint(0, 4)
    if c == 0:
        v = rs(L36, 26)
        s = "Cookie: PHPSESSID=%s; lang=%s" % (v, R.choice(["de", "en", "fr"]))
    elif c == 1:
        v = "s%3A" + rs(A_ + "-_", 32) + "." + rs(A_ + "%", 43)
        s = "Set-Cookie: connect.sid=%s; Path=/; HttpOnly; Secure" % v
    elif c == 2:
        v = rs(L36, 32)
        s = "sessionid=%s; csrftoken=; Path=/" % v
        s = "Cookie: " + s
    elif c == 3:
        v = "eyJpdiI6" + rs(A_, 180) + "%3D"
        s = "Set-Cookie: laravel_session=%s; expires=Fri, 12-Sep-2025 10:00:00 GMT; path=/; httponly" % v
    else:
        v = rs(HEX, 32)
        s = "curl -b \"_gitlab_session=%s\" https://gitlab.%s.lan/api/v4/user" % (v, rs(LO, 5))
    return s, [(v, "session_cookie")]


def custom_hash():
    c = R.randint(0, 4)
    B = "./" + A_
    if c == 0:
        v = "$2b$12$" + rs(B, 53)
        s = "INSERT INTO users (email_hash, password_hash) VALUES ('%s', '%s');" % (rs(HEX, 16), v)
    elif c == 1:
        v = "$6$" + rs(B, 16) + "$" + rs(B, 86)
        s = "%s:%s:19%d:0:99999:7:::" % (rs(LO, 6), v, R.randint(100, 999))
    elif c == 2:
        v = "$argon2id$v=19$m=65536,t=3,p=4$" + b64(rb(16)).rstrip("=") + "$" + b64(rb(32)).rstrip("=")
        s = "password_hash: \"%s\"" % v
    elif c == 3:
        v = "$apr1$" + rs(B, 8) + "$" + rs(B, 22)
        s = "# .htpasswd\n%s:%s" % (rs(LO, 6), v)
    else:
        v = "$y$j9T$" + rs(B, 22) + "$" + rs(B, 43)
        s = "%s:%s:20%d:0:99999:7:::" % (rs(LO, 6), v, R.randint(100, 999))
    return s, [(v, "password_hash")]


def custom_totp():
    v = rs(B32, 32)
    s = "otpauth://totp/%s:%s?secret=%s&issuer=%s&digits=6" % (svc(), rs(LO, 6), v, svc())
    return R.choice(["%s", "QR payload: %s", "qrencode -o 2fa.png '%s'"]) % s, [(v, "totp_seed")]


CYC = {}


def cyc(key, n):
    CYC[key] = CYC.get(key, -1) + 1
    return CYC[key] % n


def custom_webhook():
    c = cyc("webhook", 8)
    if c == 0:
        v, t = "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(U36, 10), rs(U36, 10), rs(A_, 24)), "slack_webhook_url"
    elif c == 1:
        v, t = "https://discord.com/api/webhooks/%d/%s" % (R.randint(10 ** 17, 10 ** 18), rs(A_ + "_-", 68)), "discord_webhook_url"
    elif c == 2:
        v, t = "https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s/V2%s" % (rs(LO, 7), _uuid(), _uuid(), rs(HEX, 32), _uuid(), rs(A_ + "-_", 45)), "msteams_webhook_url"
    elif c == 3:
        v, t = "https://chat.googleapis.com/v1/spaces/AAAA%s/messages?key=AIza%s&token=%s%%3D" % (rs(A_ + "_-", 7), rs(A_ + "_-", 35), rs(A_ + "_-", 43)), "google_chat_webhook_url"
    elif c == 4:
        v, t = "https://oapi.dingtalk.com/robot/send?access_token=%s" % rs(HEX, 64), "dingtalk_webhook_url"
    elif c == 5:
        v, t = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=%s" % _uuid(), "wecom_webhook_url"
    elif c == 6:
        v, t = "https://open.feishu.cn/open-apis/bot/v2/hook/%s" % _uuid(), "feishu_webhook_url"
    else:
        v, t = "https://hooks.zapier.com/hooks/catch/%d/%s/" % (R.randint(10 ** 6, 10 ** 8), rs(L36, 7)), "zapier_webhook_url"
    s = R.choice(["ALERT_WEBHOOK=%s", "webhook_url: \"%s\"", "curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"deploy done\"}' %s", "requests.post(\"%s\", json=payload)"])
    return s % v, [(v, t)]


def custom_privkey():
    c = cyc("privkey", 7)
    if c == 0:
        v, t = pem("RSA PRIVATE KEY", rsa_der()), "private_key_rsa"
    elif c == 1:
        v, t = pem("EC PRIVATE KEY", ec_der()), "private_key_ec"
    elif c == 2:
        v, t = pem("PRIVATE KEY", ed25519_pkcs8()), "private_key_pkcs8"
    elif c == 3:
        v, t = openssh_ed25519(), "private_key_openssh"
    elif c == 4:
        v, t = pem("ENCRYPTED PRIVATE KEY", enc_pkcs8()), "private_key_encrypted"
    elif c == 5:
        v, t = pgp_private(), "private_key_pgp"
    else:
        v, t = pem("RSA PRIVATE KEY", rsa_der(), "Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,%s\n\n" % rs("0123456789ABCDEF", 32)), "private_key_rsa_legacy_encrypted"
    s = R.choice(["cat ~/.ssh/%s\n%s" % (R.choice(["id_ed25519", "deploy_key", "id_rsa"]), v), "```\n%s\n```" % v, "key.pem:\n%s" % v])
    return s, [(v, t)]


def custom_privkey2():
    while True:
        s, sp = custom_privkey()
        if sp:
            return s, sp


def custom_gcp_sa():
    key = pem("PRIVATE KEY", der(0x30, der(0x02, b"\0") + der(0x30, der(0x06, bytes.fromhex("2a864886f70d010101")) + der(0x05, b"")) + der(0x04, rsa_der())))
    esc = key.replace("\n", "\\n") + "\\n"
    proj = "%s-%d" % (rs(LO, 6), R.randint(100000, 999999))
    s = '{\n  "type": "service_account",\n  "project_id": "%s",\n  "private_key_id": "%s",\n  "private_key": "%s",\n  "client_email": "%s@%s.iam.gserviceaccount.com"\n}' % (proj, rs(HEX, 40), esc, svc(), proj)
    return s, [(esc, "gcp_service_account_private_key")]


def custom_kubeconfig():
    key = pem("EC PRIVATE KEY", ec_der()) + "\n"
    v = b64(key.encode())
    s = "users:\n- name: %s-admin\n  user:\n    client-certificate-data: %s\n    client-key-data: %s" % (svc(), "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJrVENDQVRlZ0F3SUJBZ0lJ", v)
    return s, [(v, "kubeconfig_client_key_data")]


def custom_docker_auth():
    v = b64(("%s:%s" % (rs(LO, 7), pw().replace(":", ""))).encode())
    s = '{\n  "auths": {\n    "%s": {\n      "auth": "%s"\n    }\n  }\n}' % (R.choice(["ghcr.io", "registry.gitlab.com", "%s.azurecr.io" % rs(LO, 8), "https://index.docker.io/v1/"]), v)
    return s, [(v, "docker_config_auth")]


def custom_k8s_data():
    v = b64(pw().encode())
    s = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s-db\ndata:\n  password: %s" % (svc(), v)
    return s, [(v, "k8s_secret_data")]


def custom_azure():
    c = cyc("azure", 3)
    if c == 0:
        v = b64(rb(64))
        s = "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (rs(L36, 12), v)
        t = "azure_storage_account_key"
    elif c == 1:
        v = b64(rb(32))
        s = "Endpoint=sb://%s.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=%s" % (rs(LO, 9), v)
        t = "azure_service_bus_key"
    else:
        v = b64(rb(32)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
        s = "https://%s.blob.core.windows.net/%s?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-01-01T00:00:00Z&spr=https&sig=%s" % (rs(L36, 10), rs(LO, 6), v)
        t = "azure_sas_signature"
    return R.choice(["AZURE_CONN=\"%s\"", "%s", "\"StorageConnection\": \"%s\""]) % s, [(v, t)]


def custom_app_password():
    c = cyc("apppw", 3)
    if c == 0:
        v = " ".join(rs(LO, 4) for _ in range(4))
        return "EMAIL_HOST=smtp.gmail.com\nEMAIL_HOST_USER=%s\nEMAIL_HOST_PASSWORD=\"%s\"" % (rs(LO, 8), v), [(v, "google_app_password")]
    if c == 1:
        v = "-".join(rs(LO, 4) for _ in range(4))
        return "xcrun notarytool store-credentials \"%s\" --apple-id \"$APPLE_ID\" --team-id %s --password %s" % (svc(), rs(U36, 10), v), [(v, "apple_app_specific_password")]
    v = rs(L36, 5) + "-" + rs(L36, 5)
    return "Recovery codes (keep offline):\n%s\n" % v, [(v, "mfa_recovery_code")]


CUSTOM_SECRET = [(custom_password, 11), (custom_password_in_url, 8), (custom_connstr, 7), (custom_cli, 9), (custom_basic, 3),
                 (custom_bearer, 3), (custom_jwt, 4), (custom_cookie, 4), (custom_hash, 4), (custom_totp, 2), (custom_webhook, 11),
                 (custom_privkey2, 10), (custom_gcp_sa, 1), (custom_kubeconfig, 1), (custom_docker_auth, 1), (custom_k8s_data, 1),
                 (custom_azure, 6), (custom_app_password, 6)]


# ---------------------------------------------------------------- cards, IBAN, phones, e-mail, MRZ
TEST_CARDS = ["4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222", "5200828282828210",
              "378282246310005", "371449635398431", "6011111111111117", "6011000990139424", "3056930009020004",
              "36227206271667", "3566002020360505", "6200000000000005", "4111111111111111", "5105105105105100",
              "4000000000000002", "4000000000009995"]
CARD_BRANDS = [("visa", ["4"], 16), ("mastercard", ["51", "52", "53", "54", "55"], 16), ("mastercard_2series", ["2221", "2300", "2500", "2720"], 16),
               ("amex", ["34", "37"], 15), ("discover", ["6011", "65", "644"], 16), ("jcb", ["3528", "3540", "3589"], 16),
               ("diners", ["300", "305", "36"], 14), ("unionpay", ["62"], 19), ("maestro", ["6759", "5018", "5020"], 18),
               ("mir", ["2200", "2202", "2204"], 16), ("rupay", ["6521", "6085", "8172"], 16), ("elo", ["636368", "504175", "451416"], 16),
               ("troy", ["9792"], 16), ("verve", ["5061", "5078"], 19), ("dankort", ["5019"], 16), ("hipercard", ["606282"], 16),
               ("uatp", ["1"], 15), ("visa_electron", ["4917", "4508"], 16)]


def card(brand):
    b, pfx, ln = [x for x in CARD_BRANDS if x[0] == brand][0]
    while True:
        p = R.choice(pfx)
        body = p + rs(DIG, ln - 1 - len(p))
        v = body + luhn_digit(body)
        if v not in TEST_CARDS:
            break
    if ln == 15:
        return v[:4] + " " + v[4:10] + " " + v[10:] if R.random() < 0.6 else v
    if ln == 14:
        return v[:4] + " " + v[4:10] + " " + v[10:] if R.random() < 0.5 else v
    g = R.choice([" ", "-", ""])
    return g.join(v[i:i + 4] for i in range(0, ln, 4)) if g else v


IBAN_FMT = {  # country: bban pattern (n digit, a upper letter, c alnum upper)
    "DE": "18n", "FR": "10n11c2n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n", "BE": "12n", "AT": "16n", "CH": "5n12c",
    "GB": "4a14n", "IE": "4a14n", "PL": "24n", "PT": "21n", "SE": "20n", "NO": "11n", "DK": "14n", "FI": "14n", "LU": "3n13c",
    "CZ": "20n", "HU": "24n", "RO": "4a16c", "BG": "4a6n8c", "HR": "17n", "SI": "15n", "GR": "7n16c", "TR": "5n1n16c", "SA": "2n18c",
    "AE": "19n", "IL": "19n", "QA": "4a21c", "UA": "6n19c", "KZ": "3n13c", "BR": "23n1a1c", "EG": "25n", "MT": "4a5n18c", "LT": "16n",
    "EE": "16n", "LV": "4a13c", "IS": "22n", "MU": "4a19n3a", "JO": "4a4n18c"}


def bban(pat):
    out = ""
    for n, k in re.findall(r"(\d+)([nac])", pat):
        out += rs({"n": DIG, "a": UP, "c": UP + DIG}[k], int(n))
    return out


def iban_len(cc):
    return 4 + sum(int(n) for n, k in re.findall(r"(\d+)([nac])", IBAN_FMT[cc]))


def iban(cc):
    b = bban(IBAN_FMT[cc])
    if cc == "BE":
        b = b[:10] + "%02d" % ((int(b[:10]) % 97) or 97)
    v = iban_make(cc, b)
    return group4(v) if R.random() < 0.65 else v


# phone numbers: region -> (national, international) builders; prefixes valid in the plan, avoiding fictional ranges
def _d(n):
    return rs(DIG, n)


def _nz(n):
    return R.choice("23456789") + rs(DIG, n - 1)


PHONES = {
    "US": lambda: (lambda a, e, s: ("(%s) %s-%s" % (a, e, s), "+1 %s %s %s" % (a, e, s)))(R.choice(["212", "415", "617", "312", "206", "303", "512", "646", "702", "919"]), R.choice("2346789") + _d(2).replace("55", "56"), _d(4)),
    "CA": lambda: (lambda a, e, s: ("%s-%s-%s" % (a, e, s), "+1-%s-%s-%s" % (a, e, s)))(R.choice(["416", "604", "514", "403", "613"]), R.choice("2346789") + _d(2).replace("55", "57"), _d(4)),
    "GB": lambda: (lambda m: ("07%s %s" % (m[:3], m[3:]), "+44 7%s %s" % (m[:3], m[3:])))(R.choice("1234589") + _d(8)),
    "DE": lambda: (lambda p, r: ("0%s %s" % (p, r), "+49 %s %s" % (p, r)))(R.choice(["151", "160", "170", "171", "172", "176", "157", "163"]), _nz(8)),
    "DE_fix": lambda: (lambda r: ("030 %s" % r, "+49 30 %s" % r))(_nz(8)),
    "FR": lambda: (lambda m: ("0%s %s %s %s %s" % (m[0], m[1:3], m[3:5], m[5:7], m[7:]), "+33 %s %s %s %s %s" % (m[0], m[1:3], m[3:5], m[5:7], m[7:])))(R.choice("67") + _nz(8)),
    "ES": lambda: (lambda m: ("%s %s %s" % (m[:3], m[3:6], m[6:]), "+34 %s %s %s" % (m[:3], m[3:6], m[6:])))(R.choice("67") + _nz(8)),
    "IT": lambda: (lambda m: ("%s %s" % (m[:3], m[3:]), "+39 %s %s" % (m[:3], m[3:])))(R.choice(["320", "333", "345", "347", "366", "380", "391"]) + _d(7)),
    "NL": lambda: (lambda m: ("06-%s" % m, "+31 6 %s" % m))(_nz(8)),
    "BE": lambda: (lambda m: ("04%s %s %s %s" % (m[0], m[1:3], m[3:5], m[5:]), "+32 4%s %s %s %s" % (m[0], m[1:3], m[3:5], m[5:])))(R.choice("5789") + _d(6)),
    "CH": lambda: (lambda m: ("07%s %s %s %s" % (m[0], m[1:4], m[4:6], m[6:]), "+41 7%s %s %s %s" % (m[0], m[1:4], m[4:6], m[6:])))(R.choice("6789") + _d(7)),
    "AT": lambda: (lambda m: ("0664 %s" % m, "+43 664 %s" % m))(_nz(7)),
    "PL": lambda: (lambda m: ("%s %s %s" % (m[:3], m[3:6], m[6:]), "+48 %s %s %s" % (m[:3], m[3:6], m[6:])))(R.choice(["50", "51", "53", "60", "66", "69", "72", "78", "79", "88"]) + _d(7)),
    "SE": lambda: (lambda m: ("07%s-%s %s %s" % (m[0], m[1:4], m[4:6], m[6:]), "+46 7%s %s %s %s" % (m[0], m[1:4], m[4:6], m[6:])))(R.choice("0236") + _d(7)),
    "NO": lambda: (lambda m: ("%s %s %s" % (m[:3], m[3:5], m[5:]), "+47 %s %s %s" % (m[:3], m[3:5], m[5:])))(R.choice("49") + _d(7)),
    "DK": lambda: (lambda m: ("%s %s %s %s" % (m[:2], m[2:4], m[4:6], m[6:]), "+45 %s %s %s %s" % (m[:2], m[2:4], m[4:6], m[6:])))(R.choice(["20", "26", "30", "40", "42", "50", "60", "71", "81"]) + _d(6)),
    "FI": lambda: (lambda m: ("04%s %s" % (m[0], m[1:]), "+358 4%s %s" % (m[0], m[1:])))(R.choice("0145") + _d(7)),
    "PT": lambda: (lambda m: ("%s %s %s" % (m[:3], m[3:6], m[6:]), "+351 %s %s %s" % (m[:3], m[3:6], m[6:])))("9" + R.choice("1236") + _d(7)),
    "GR": lambda: (lambda m: ("69%s %s" % (m[:2], m[2:]), "+30 69%s %s" % (m[:2], m[2:])))(R.choice("3457") + _d(7)),
    "TR": lambda: (lambda m: ("0%s %s %s %s" % (m[:3], m[3:6], m[6:8], m[8:]), "+90 %s %s %s %s" % (m[:3], m[3:6], m[6:8], m[8:])))("5" + R.choice(["30", "32", "35", "42", "44", "05", "55"]) + _d(7)),
    "RU": lambda: (lambda m: ("8 (%s) %s-%s-%s" % (m[:3], m[3:6], m[6:8], m[8:]), "+7 %s %s-%s-%s" % (m[:3], m[3:6], m[6:8], m[8:])))("9" + R.choice(["16", "03", "26", "85", "99", "05"]) + _d(7)),
    "UA": lambda: (lambda m: ("0%s %s %s %s" % (m[:2], m[2:5], m[5:7], m[7:]), "+380 %s %s %s %s" % (m[:2], m[2:5], m[5:7], m[7:])))(R.choice(["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"]) + _d(7)),
    "CZ": lambda: (lambda m: ("%s %s %s" % (m[:3], m[3:6], m[6:]), "+420 %s %s %s" % (m[:3], m[3:6], m[6:])))(R.choice(["601", "602", "603", "604", "605", "720", "731", "777", "608"]) + _d(6)),
    "HU": lambda: (lambda m: ("06 %s %s %s" % (m[:2], m[2:5], m[5:]), "+36 %s %s %s" % (m[:2], m[2:5], m[5:])))(R.choice(["20", "30", "70"]) + _nz(7)),
    "RO": lambda: (lambda m: ("07%s %s %s" % (m[:2], m[2:5], m[5:]), "+40 7%s %s %s" % (m[:2], m[2:5], m[5:])))(R.choice(["22", "23", "24", "26", "40", "44", "45", "51", "55"]) + _d(6)),
    "BG": lambda: (lambda m: ("08%s %s %s" % (m[:2], m[2:5], m[5:]), "+359 8%s %s %s" % (m[:2], m[2:5], m[5:])))(R.choice(["78", "79", "87", "88", "89", "98", "99"]) + _d(6)),
    "IE": lambda: (lambda m: ("08%s %s %s" % (m[0], m[1:4], m[4:]), "+353 8%s %s %s" % (m[0], m[1:4], m[4:])))(R.choice("35679") + _nz(7)),
    "IL": lambda: (lambda m: ("05%s-%s-%s" % (m[0], m[1:4], m[4:]), "+972 5%s-%s-%s" % (m[0], m[1:4], m[4:])))(R.choice("02348") + _d(7)),
    "SA": lambda: (lambda m: ("05%s %s %s" % (m[0], m[1:4], m[4:]), "+966 5%s %s %s" % (m[0], m[1:4], m[4:])))(R.choice("0345") + _d(7)),
    "AE": lambda: (lambda m: ("05%s %s %s" % (m[0], m[1:4], m[4:]), "+971 5%s %s %s" % (m[0], m[1:4], m[4:])))(R.choice("02568") + _d(7)),
    "EG": lambda: (lambda m: ("01%s %s %s" % (m[0], m[1:5], m[5:]), "+20 1%s %s %s" % (m[0], m[1:5], m[5:])))(R.choice("0125") + _d(8)),
    "IR": lambda: (lambda m: ("09%s %s %s" % (m[:2], m[2:5], m[5:]), "+98 9%s %s %s" % (m[:2], m[2:5], m[5:])))(R.choice(["12", "13", "19", "21", "35", "36", "01"]) + _d(7)),
    "ZA": lambda: (lambda m: ("0%s %s %s" % (m[:2], m[2:5], m[5:]), "+27 %s %s %s" % (m[:2], m[2:5], m[5:])))(R.choice(["72", "73", "76", "78", "82", "83", "84"]) + _d(7)),
    "NG": lambda: (lambda m: ("0%s %s %s" % (m[:3], m[3:6], m[6:]), "+234 %s %s %s" % (m[:3], m[3:6], m[6:])))(R.choice(["803", "806", "810", "813", "703", "706", "903", "905"]) + _d(7)),
    "KE": lambda: (lambda m: ("0%s %s%s" % (m[:3], m[3:6], m[6:]), "+254 %s %s%s" % (m[:3], m[3:6], m[6:])))(R.choice(["712", "722", "733", "740", "757", "768", "790"]) + _d(6)),
    "TZ": lambda: (lambda m: ("0%s %s %s" % (m[:3], m[3:6], m[6:]), "+255 %s %s %s" % (m[:3], m[3:6], m[6:])))(R.choice(["754", "715", "655", "784", "767"]) + _d(6)),
    "IN": lambda: (lambda m: ("0%s %s" % (m[:5], m[5:]), "+91 %s %s" % (m[:5], m[5:])))(R.choice("6789") + _d(9)),
    "BD": lambda: (lambda m: ("01%s-%s" % (m[:3], m[3:]), "+880 1%s-%s" % (m[:3], m[3:])))(R.choice("3456789") + _d(8)),
    "CN": lambda: (lambda m: ("%s %s %s" % (m[:3], m[3:7], m[7:]), "+86 %s %s %s" % (m[:3], m[3:7], m[7:])))("1" + R.choice(["38", "39", "50", "58", "86", "88", "37", "77", "99"]) + _d(8)),
    "JP": lambda: (lambda m: ("0%s-%s-%s" % (m[:2], m[2:6], m[6:]), "+81 %s-%s-%s" % (m[:2], m[2:6], m[6:])))(R.choice(["90", "80", "70"]) + _nz(8)),
    "KR": lambda: (lambda m: ("010-%s-%s" % (m[:4], m[4:]), "+82 10-%s-%s" % (m[:4], m[4:])))(_nz(8)),
    "TW": lambda: (lambda m: ("09%s-%s-%s" % (m[:2], m[2:5], m[5:]), "+886 9%s-%s-%s" % (m[:2], m[2:5], m[5:])))(_d(8)),
    "HK": lambda: (lambda m: ("%s %s" % (m[:4], m[4:]), "+852 %s %s" % (m[:4], m[4:])))(R.choice("5679") + _d(7)),
    "SG": lambda: (lambda m: ("%s %s" % (m[:4], m[4:]), "+65 %s %s" % (m[:4], m[4:])))(R.choice("89") + _d(7)),
    "MY": lambda: (lambda m: ("01%s-%s %s" % (m[0], m[1:4], m[4:]), "+60 1%s-%s %s" % (m[0], m[1:4], m[4:])))(R.choice("2346789") + _d(7)),
    "TH": lambda: (lambda m: ("0%s-%s-%s" % (m[:2], m[2:5], m[5:]), "+66 %s %s %s" % (m[:2], m[2:5], m[5:])))(R.choice(["81", "86", "89", "91", "95", "61", "62"]) + _d(7)),
    "VN": lambda: (lambda m: ("0%s %s %s" % (m[:2], m[2:5], m[5:]), "+84 %s %s %s" % (m[:2], m[2:5], m[5:])))(R.choice(["90", "91", "93", "98", "97", "32", "35", "86"]) + _d(7)),
    "ID": lambda: (lambda m: ("08%s-%s-%s" % (m[:2], m[2:6], m[6:]), "+62 8%s-%s-%s" % (m[:2], m[2:6], m[6:])))(R.choice(["11", "12", "13", "21", "52", "56", "57", "77", "95"]) + _d(8)),
    "PH": lambda: (lambda m: ("09%s %s %s" % (m[:2], m[2:5], m[5:]), "+63 9%s %s %s" % (m[:2], m[2:5], m[5:])))(R.choice(["17", "18", "19", "20", "27", "28", "47", "56"]) + _d(7)),
    "AU": lambda: (lambda m: ("04%s %s %s" % (m[:2], m[2:5], m[5:]), "+61 4%s %s %s" % (m[:2], m[2:5], m[5:])))(R.choice(["00", "01", "02", "03", "04", "05", "06", "07", "08", "10", "12", "13", "14", "15", "16", "17", "18", "19"]) + _d(6)),
    "NZ": lambda: (lambda m: ("02%s %s %s" % (m[0], m[1:4], m[4:]), "+64 2%s %s %s" % (m[0], m[1:4], m[4:])))(R.choice("1127") + _d(7)),
    "BR": lambda: (lambda m: ("(%s) 9%s-%s" % (m[:2], m[2:6], m[6:]), "+55 %s 9%s-%s" % (m[:2], m[2:6], m[6:])))(R.choice(["11", "21", "31", "41", "51", "61", "71", "81"]) + R.choice("6789") + _d(7)),
    "MX": lambda: (lambda m: ("%s %s %s" % (m[:2], m[2:6], m[6:]), "+52 %s %s %s" % (m[:2], m[2:6], m[6:])))(R.choice(["55", "33", "81"]) + _nz(8)),
    "AR": lambda: (lambda m: ("011 15-%s-%s" % (m[:4], m[4:]), "+54 9 11 %s-%s" % (m[:4], m[4:])))(R.choice("3456") + _d(7)),
    "CL": lambda: (lambda m: ("9 %s %s" % (m[:4], m[4:]), "+56 9 %s %s" % (m[:4], m[4:])))(R.choice("5678") + _d(7)),
    "CO": lambda: (lambda m: ("%s %s %s" % (m[:3], m[3:6], m[6:]), "+57 %s %s %s" % (m[:3], m[3:6], m[6:])))(R.choice(["300", "310", "311", "315", "320", "350"]) + _d(7)),
}


def phone(region):
    nat, intl = PHONES[region]()
    return R.choice([nat, intl, intl, intl.replace(" ", "").replace("-", "").replace("(", "").replace(")", "")])


MAILDOM = ["gmail.com", "outlook.com", "posteo.de", "yandex.ru", "web.de", "orange.fr", "libero.it", "wp.pl", "seznam.cz", "naver.com",
           "qq.com", "yahoo.co.jp", "mail.ru", "protonmail.com", "icloud.com", "gmx.at", "hotmail.com.br", "ukr.net", "abv.bg", "freemail.hu"]


def translit(s):
    return s.lower().replace("á", "a").replace("í", "i").replace("é", "e").replace("ó", "o")


LAST_EMAIL_NAME = [None]


def email():
    f, l = name()
    LAST_EMAIL_NAME[0] = (f, l)
    user = R.choice(["%s.%s", "%s_%s", "%s%s", "%s.%s%d"])
    u = translit(user % ((f, l) if "%d" not in user else (f, l, R.randint(1, 99)))) if "%d" not in user else translit("%s.%s" % (f, l)) + str(R.randint(1, 99))
    dom = R.choice(MAILDOM + ["%s-%s.%s" % (rs(LO, 5), R.choice(["labs", "group", "systems", "klinik", "legal"]), R.choice(["de", "fr", "co.uk", "io", "com.au", "nl", "es"]))])
    return u + "@" + dom


def mrz_name(n=39):
    f, l = name()
    s = (translit(l).upper() + "<<" + translit(f).upper())
    s = re.sub(r"[^A-Z<]", "", s)
    return (s + "<" * n)[:n]


def mrz_td3(doc="P"):
    cc = R.choice(["DEU", "FRA", "NLD", "ITA", "ESP", "POL", "SWE", "CAN", "BRA", "JPN", "KOR", "IND"])
    num = rs(UP + DIG, 9)
    y, m, d = rdate(1950, 2004)
    dob = "%02d%02d%02d" % (y % 100, m, d)
    exp = "%02d%02d%02d" % (R.randint(27, 35), R.randint(1, 12), R.randint(1, 28))
    sex = R.choice("MF")
    if doc == "P":
        pers = (rs(DIG, 8) + "<" * 14)[:14]
        l1 = ("P<" + cc + mrz_name(39))[:44]
        body = num + mrz_cd(num) + cc + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + pers + mrz_cd(pers)
        comp = num + mrz_cd(num) + dob + mrz_cd(dob) + exp + mrz_cd(exp) + pers + mrz_cd(pers)
        l2 = body + mrz_cd(comp)
        return l1 + "\n" + l2, "passport_mrz"
    # visa MRV-A
    l1 = ("V<" + cc + mrz_name(39))[:44]
    opt = "<" * 16
    l2 = num + mrz_cd(num) + R.choice(["DEU", "FRA", "USA"]) + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + opt
    return l1 + "\n" + l2, "visa_mrz"


def mrz_td1():
    cc = R.choice(["DEU", "FRA", "NLD", "BEL", "ESP", "PRT", "ROU", "CZE"])
    num = rs(UP + DIG, 9)
    opt1 = "<" * 15
    y, m, d = rdate(1950, 2004)
    dob = "%02d%02d%02d" % (y % 100, m, d)
    exp = "%02d%02d%02d" % (R.randint(27, 35), R.randint(1, 12), R.randint(1, 28))
    l1 = "ID" + cc + num + mrz_cd(num) + opt1
    opt2 = "<" * 11
    l2 = dob + mrz_cd(dob) + R.choice("MF") + exp + mrz_cd(exp) + cc + opt2
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_cd(comp)
    l3 = mrz_name(30)
    return l1 + "\n" + l2 + "\n" + l3, "id_card_mrz_td1"


def mrz_td2():
    cc = R.choice(["DEU", "FRA", "ROU", "LVA"])
    num = rs(UP + DIG, 9)
    y, m, d = rdate(1950, 2004)
    dob = "%02d%02d%02d" % (y % 100, m, d)
    exp = "%02d%02d%02d" % (R.randint(27, 35), R.randint(1, 12), R.randint(1, 28))
    l1 = ("I<" + cc + mrz_name(31))[:36]
    opt = "<" * 7
    l2 = num + mrz_cd(num) + cc + dob + mrz_cd(dob) + R.choice("MF") + exp + mrz_cd(exp) + opt
    comp = l2[0:10] + l2[13:20] + l2[21:35]
    l2 += mrz_cd(comp)
    return l1 + "\n" + l2, "id_card_mrz_td2"


def mrz_ok(v, t):
    ls = v.split("\n")
    if t == "passport_mrz":
        a, b = ls
        return len(a) == len(b) == 44 and b[9] == mrz_cd(b[:9]) and b[19] == mrz_cd(b[13:19]) and b[27] == mrz_cd(b[21:27]) and b[42] == mrz_cd(b[28:42]) and b[43] == mrz_cd(b[:10] + b[13:20] + b[21:43])
    if t == "visa_mrz":
        a, b = ls
        return len(a) == len(b) == 44 and b[9] == mrz_cd(b[:9]) and b[19] == mrz_cd(b[13:19]) and b[27] == mrz_cd(b[21:27])
    if t == "id_card_mrz_td1":
        a, b, c = ls
        return len(a) == len(b) == len(c) == 30 and a[14] == mrz_cd(a[5:14]) and b[6] == mrz_cd(b[:6]) and b[14] == mrz_cd(b[8:14]) and b[29] == mrz_cd(a[5:30] + b[0:7] + b[8:15] + b[18:29])
    if t == "id_card_mrz_td2":
        a, b = ls
        return len(a) == len(b) == 36 and b[9] == mrz_cd(b[:9]) and b[19] == mrz_cd(b[13:19]) and b[27] == mrz_cd(b[21:27]) and b[35] == mrz_cd(b[0:10] + b[13:20] + b[21:35])
    return False


def passport_number():
    c = R.randint(0, 3)
    if c == 0:
        return "C" + "".join(R.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)), "Reisepassnummer"
    if c == 1:
        return R.choice("KLMNPRSTUVWZ") + _nz(7), "Passport No."
    if c == 2:
        return "%02d%s%05d" % (R.randint(10, 24), rs(UP, 2), R.randint(0, 99999)), "N° de passeport"
    return rs(UP, 2) + rs(DIG, 7), "Passport number"


# ---------------------------------------------------------------- PII carriers
ID_KEYS = {}


def pii_carrier(label, v, t):
    f, l = name()
    c = R.randint(0, 9)
    key = re.sub(r"\W+", "_", t.split("_", 1)[-1]) if "_" in t else t
    if c == 0:
        return "%s %s\n%s: %s\n%s: %s" % (f, l, label, v, R.choice(["Stadt", "City", "Ville", "Ciudad", "Città"]), R.choice(["Graz", "Lyon", "Porto", "Lund", "Cork", "Brno", "Tartu", "Cluj"]))
    if c == 1:
        return "```json\n" + json.dumps({"name": "%s %s" % (f, l), key: v, "verified": R.choice([True, False])}, ensure_ascii=False, indent=2) + "\n```"
    if c == 2:
        return "name,%s,created\n%s %s,%s,2025-%02d-%02d" % (key, f, l, v, R.randint(1, 12), R.randint(1, 28))
    if c == 3:
        return "INSERT INTO customers (full_name, %s) VALUES ('%s %s', '%s');" % (key, f, l, v)
    if c == 4:
        return "%s [kyc-%s] lookup ok %s=%s score=0.%02d" % ("2025-%02d-%02d %02d:%02d:%02d" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), rs(L36, 4), key, v, R.randint(10, 99))
    if c == 5:
        return "{\"resourceType\": \"Patient\", \"identifier\": [{\"system\": \"urn:%s\", \"value\": \"%s\"}], \"name\": [{\"family\": \"%s\"}]}" % (key.replace("_", "-"), v, l)
    if c == 6:
        return "OCR:\n%s / %s\n%s %s\n%s" % (label.upper(), key.upper(), l.upper(), f.upper(), v)
    if c == 7:
        return "| Name | %s |\n|---|---|\n| %s %s | %s |" % (label, f, l, v)
    if c == 8:
        return "%s: %s %s, %s %s" % (R.choice(["Kunde", "Client", "Customer", "Paciente", "Klient"]), f, l, label, v)
    return "<field name=\"%s\">%s</field>" % (key, v)


def email_carrier(v):
    f, l = LAST_EMAIL_NAME[0]
    c = R.randint(0, 6)
    return ["BEGIN:VCARD\nVERSION:3.0\nFN:%s %s\nEMAIL;TYPE=work:%s\nEND:VCARD" % (f, l, v),
            "commit %s\nAuthor: %s %s <%s>\nDate:   Tue Mar %d 10:%02d:11 2025 +0100" % (rs(HEX, 40), f, l, v, R.randint(1, 28), R.randint(0, 59)),
            "From: %s %s <%s>\nSubject: Re: %s\n" % (f, l, v, svc()),
            "{\"user\": {\"id\": %d, \"email\": \"%s\"}}" % (R.randint(1000, 99999), v),
            "--\n%s %s\n%s" % (f, l, v),
            "<a href=\"mailto:%s\">%s %s</a>" % (v, f, l),
            "email,plan\n%s,%s" % (v, R.choice(["pro", "free", "team"]))][c]


def phone_carrier(v, region):
    f, l = name()
    c = R.randint(0, 6)
    return ["BEGIN:VCARD\nVERSION:3.0\nFN:%s %s\nTEL;TYPE=cell:%s\nEND:VCARD" % (f, l, v),
            "--\n%s %s\nMobil: %s" % (f, l, v),
            "{\"contact\": {\"name\": \"%s %s\", \"phone\": \"%s\"}}" % (f, l, v),
            "%s %s; Tel. %s" % (f, l, v),
            "sms.send(to=\"%s\", body=\"Your order shipped\")" % v,
            "name;phone;country\n%s %s;%s;%s" % (f, l, v, region[:2]),
            "[WARN] OTP delivery failed for %s (carrier timeout)" % v][c]


def card_carrier(v):
    f, l = name()
    c = R.randint(0, 5)
    return ["{\"card\": {\"number\": \"%s\", \"exp_month\": %d, \"exp_year\": %d}}" % (v, R.randint(1, 12), R.randint(2026, 2031)),
            "payment failed: pan=%s holder=\"%s %s\" reason=do_not_honor" % (v, f.upper(), l.upper()),
            "Card number: %s\nValid thru: %02d/%02d" % (v, R.randint(1, 12), R.randint(26, 31)),
            "customer,card\n%s %s,%s" % (f, l, v),
            "<CardNumber>%s</CardNumber>" % v,
            "%s %s paid with %s" % (f, l, v)][c]


def iban_carrier(v):
    f, l = name()
    c = R.randint(0, 5)
    return ["<CdtrAcct><Id><IBAN>%s</IBAN></Id></CdtrAcct>" % v,
            "Bitte überweisen an %s %s\nIBAN: %s" % (f, l, v),
            "{\"beneficiary\": \"%s %s\", \"iban\": \"%s\"}" % (f, l, v),
            "payee,iban,amount\n%s %s,%s,%d.%02d" % (f, l, v, R.randint(10, 9999), R.randint(0, 99)),
            "Kontoinhaber: %s %s | IBAN %s" % (f, l, v),
            "iban = \"%s\"  # %s" % (v, l)][c]


# ---------------------------------------------------------------- negatives
AWS_DOC_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
JWT_IO = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
AZURITE = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
STRIPE_DOC = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"
DOC_VALUES = [AWS_DOC_ID, AWS_DOC_SECRET, JWT_IO, AZURITE, STRIPE_DOC]
ICAO_TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
ICAO_TD1 = "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<"
ICAO_TD2 = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6"
BICS = ["DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "CHASUS33", "HSBCGB2L", "UBSWCHZH80A", "INGBNL2A", "BSCHESMM", "NDEAFIHH", "RZBAATWW"]


def isin_make(pfx):
    b = pfx + rs(UP + DIG, 12 - len(pfx) - 1)
    n = "".join(str(int(c, 36)) for c in b)
    return b + luhn_digit(n)


def isin_ok(v):
    return luhn_ok("".join(str(int(c, 36)) for c in v))


def lei_make():
    b = rs(U36, 4) + "00" + rs(U36, 12)
    n = int("".join(str(int(c, 36)) for c in b + "00"))
    return b + "%02d" % (98 - n % 97)


def lei_ok(v):
    return int("".join(str(int(c, 36)) for c in v)) % 97 == 1


def cas_make():
    b = str(R.randint(50, 999999))
    s = sum(int(c) * (i + 1) for i, c in enumerate(reversed(b)))
    return "%s-%s-%d" % (b[:-2], b[-2:], s % 10)


def cas_ok(v):
    d = v.replace("-", "")
    return sum(int(c) * (i + 1) for i, c in enumerate(reversed(d[:-1]))) % 10 == int(d[-1])


def imo_make():
    b = rs(DIG, 6)
    return "IMO " + b + str(wsum(digs(b), [7, 6, 5, 4, 3, 2]) % 10)


def aba_make():
    while True:
        b = R.choice(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "21", "26", "31", "32"]) + rs(DIG, 6)
        for c in DIG:
            x = b + c
            d = digs(x)
            if (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0:
                return x


def isbn13():
    b = "978" + rs(DIG, 9)
    return b + ean_digit(b)


def vin_free_ssh_pub():
    blob = ssh_str(b"ssh-ed25519") + ssh_str(rb(32))
    return "ssh-ed25519 " + b64(blob) + " " + R.choice(["ci-deploy", "laptop-2025", "backup-runner", "build-agent-3"])


def cert_pem():
    body = der(0x30, der(0x30, der(0xa0, der(0x02, b"\x02")) + der(0x02, rb(16)) + der(0x30, der(0x06, bytes.fromhex("2a8648ce3d040302"))) + der(0x30, rb(60)) + der(0x30, rb(30)) + der(0x30, rb(60)) + der(0x30, der(0x30, der(0x06, bytes.fromhex("2a8648ce3d0201")) + der(0x06, bytes.fromhex("2a8648ce3d030107"))) + der(0x03, b"\0\x04" + rb(64)))) + der(0x30, der(0x06, bytes.fromhex("2a8648ce3d040302"))) + der(0x03, b"\0" + der(0x30, der_int(32) + der_int(32))))
    return pem("CERTIFICATE", body)


def bad_check(gen, chk):
    while True:
        v = gen()
        i = max(j for j, c in enumerate(v) if c.isdigit())
        w = v[:i] + str((int(v[i]) + R.randint(1, 9)) % 10) + v[i + 1:]
        if not chk(w):
            return w


def neg(cls):
    a = svc()
    c = R.randint(0, 4)
    if cls == "uuid":
        u = _uuid()
        return R.choice(["{\"correlation_id\": \"%s\", \"status\": 202}" % u, "kubectl get pod %s -o jsonpath='{.metadata.uid}'\n%s" % (a, u),
                         "Created workspace %s for team %s" % (u, a), "INSERT INTO jobs (id, kind) VALUES ('%s', 'reindex');" % u, "trace: session %s closed after %ds" % (u, R.randint(2, 900))])
    if cls == "git_commit_sha":
        h = rs(HEX, 40)
        return R.choice(["Fixed in %s (merged into main)." % h, "git cherry-pick %s" % h, "commit %s\nMerge: %s %s" % (h, rs(HEX, 7), rs(HEX, 7)),
                         "- uses: actions/checkout@%s # v4" % h, "Bisect points to %s, revert it and rebuild %s." % (h[:12], a)])
    if cls == "sha256_checksum":
        h = rs(HEX, 64)
        return R.choice(["%s  %s-%d.%d.%d-linux-amd64.tar.gz" % (h, a, R.randint(0, 9), R.randint(0, 20), R.randint(0, 9)), "sha256 = \"%s\"" % h,
                         "Checksum (SHA-256): %s" % h.upper(), "echo \"%s  installer.sh\" | sha256sum -c -" % h, "\"digest\": {\"sha256\": \"%s\"}" % h])
    if cls == "md5_sha1_hash":
        h = rs(HEX, R.choice([32, 40]))
        return R.choice(["ETag: \"%s\"" % h, "MD5 (report.pdf) = %s" % h[:32], "x-amz-checksum: %s" % h, "cache key: %s-%s" % (a, h), "sha1: %s" % h])
    if cls == "container_image_digest":
        h = rs(HEX, 64)
        return R.choice(["image: ghcr.io/%s/%s@sha256:%s" % (rs(LO, 6), a, h), "docker pull %s@sha256:%s" % (a, h), "Digest: sha256:%s\nStatus: Downloaded newer image" % h,
                         "FROM python:3.12-slim@sha256:%s" % h, "\"imageDigest\": \"sha256:%s\"" % h])
    if cls == "version_string":
        return R.choice(["%s==%d.%d.%d" % (a.replace("-", "_"), R.randint(0, 5), R.randint(0, 40), R.randint(0, 20)), "Version %d.%d.%d-rc.%d+build.%d" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 9), R.randint(1, 5), R.randint(100, 9999)),
                         "OS build 10.0.%d.%d" % (R.randint(19000, 26100), R.randint(1000, 5000)), "\"%s\": \"^%d.%d.%d\"" % (a, R.randint(1, 20), R.randint(0, 20), R.randint(0, 9)), "kernel 6.%d.%d-%d-generic" % (R.randint(1, 12), R.randint(0, 60), R.randint(10, 200))])
    if cls == "build_number":
        return R.choice(["Build #%d passed in %dm%02ds" % (R.randint(1000, 99999), R.randint(1, 40), R.randint(0, 59)), "BUILD_ID=%d%02d%02d.%d" % (2025, R.randint(1, 12), R.randint(1, 28), R.randint(1, 9)),
                         "Xcode build %d%s%d" % (R.randint(15, 16), R.choice(UP), R.randint(100, 9999)), "pipeline %d / job %d" % (R.randint(10 ** 8, 10 ** 9), R.randint(10 ** 9, 10 ** 10)), "artifact %s-build-%d.zip" % (a, R.randint(100, 99999))])
    if cls == "order_number":
        return R.choice(["Order #ORD-2025-%06d shipped" % R.randint(0, 999999), "Bestellnummer %03d-%07d-%07d" % (R.randint(100, 999), R.randint(0, 9999999), R.randint(0, 9999999)),
                         "order_id=%d status=paid" % R.randint(10 ** 9, 10 ** 10), "Your order #%d is on the way" % R.randint(1000, 99999), "PO %s-%05d" % (rs(UP, 3), R.randint(0, 99999))])
    if cls == "invoice_number":
        return R.choice(["Rechnung RE-2025-%05d" % R.randint(0, 99999), "Invoice INV/2025/%02d/%04d" % (R.randint(1, 12), R.randint(1, 9999)), "Facture n° F%d-%06d" % (2025, R.randint(0, 999999)),
                         "invoice_no: %s-%d" % (rs(UP, 2), R.randint(10 ** 6, 10 ** 7)), "Nota fiscal %d série %d" % (R.randint(10 ** 5, 10 ** 6), R.randint(1, 9))])
    if cls == "tracking_number":
        return R.choice(["UPS 1Z%s%s" % (rs(U36, 6), rs(DIG, 10)), "USPS tracking 9400 1%s %s %s %s %s" % (rs(DIG, 3), rs(DIG, 4), rs(DIG, 4), rs(DIG, 4), rs(DIG, 2)),
                         "DHL Sendungsnummer JJD%s" % rs(DIG, 18), "Colissimo 6A%s" % rs(DIG, 11), "Royal Mail %s%s GB" % (rs(UP, 2), rs(DIG, 9))])
    if cls == "isbn_ean":
        v = isbn13()
        return R.choice(["ISBN %s-%s-%s-%s-%s" % (v[:3], v[3], v[4:8], v[8:12], v[12]), "ean13: %s" % v, "Barcode %s scanned at till %d" % (v, R.randint(1, 12)), "isbn = \"%s\"" % v, "GTIN %s" % v])
    if cls == "isin":
        v = isin_make(R.choice(["US", "DE000", "FR00", "NL00", "GB00", "IE00B"]))
        return R.choice(["ISIN: %s" % v, "Kauf 25 Stk. %s zu %d,%02d EUR" % (v, R.randint(10, 400), R.randint(0, 99)), "{\"isin\": \"%s\", \"mic\": \"XETR\"}" % v, "%s;ETF;%d" % (v, R.randint(1, 500)), "holdings: [%s]" % v])
    if cls == "lei_code":
        v = lei_make()
        return R.choice(["LEI %s" % v, "<LEI>%s</LEI>" % v, "legal_entity_identifier: %s" % v, "Counterparty LEI: %s (GLEIF verified)" % v, "lei=%s" % v])
    if cls == "swift_bic":
        v = R.choice(BICS)
        return R.choice(["BIC: %s" % v, "SWIFT code %s" % v, "<BIC>%s</BIC>" % v, "Beneficiary bank: %s" % v, "bic = \"%s\"" % v])
    if cls == "iban_bad_check":
        cc = R.choice(list(IBAN_FMT))
        while True:
            v = iban_make(cc, bban(IBAN_FMT[cc]))
            w = v[:2] + "%02d" % ((int(v[2:4]) + R.randint(1, 50)) % 97 + 2) + v[4:]
            if not iban_ok(w):
                break
        return R.choice(["assert not validate_iban(\"%s\")  # wrong check digits" % w, "Error: IBAN %s failed mod-97 validation" % group4(w), "{\"iban\": \"%s\", \"valid\": false}" % w, "test_rejects_bad_iban: input=%s" % w, "invalid IBAN %s (checksum)" % w])
    if cls == "card_luhn_fail":
        while True:
            v = R.choice(["4", "5", "37", "6011"]) + rs(DIG, 15)
            v = v[:16 if v[:2] != "37" else 15]
            if not luhn_ok(v):
                break
        return R.choice(["expect(isValidCard(\"%s\")).toBe(false);" % v, "Luhn check failed for %s, rejecting input" % v, "{\"number\": \"%s\", \"error\": \"invalid_number\"}" % v, "Mandatsreferenz %s" % v, "loyalty_id=%s" % v])
    if cls == "documented_test_card":
        v = R.choice(TEST_CARDS)
        return R.choice(["Use the Stripe test card %s with any future expiry." % v, "# sandbox only: test card %s" % v, "Testkarte für die Sandbox: %s" % v, "cy.get('#card').type('%s') // documented test number" % v, "test card number %s (never charged)" % v])
    if cls == "national_id_bad_check":
        t = R.choice(["br_cpf", "pl_pesel", "ca_sin", "nl_bsn", "es_dni", "it_codice_fiscale", "cn_resident_id", "in_aadhaar", "se_personnummer", "tr_tckn", "fi_hetu", "de_steuer_id"])
        g, chk, lab = ID[t]
        if t in ("es_dni",):
            v = g()
            w = v[:8] + R.choice([x for x in DNI_L if x != v[8]])
        elif t == "it_codice_fiscale":
            v = g()
            w = v[:15] + R.choice([x for x in UP if x != v[15]])
        elif t == "fi_hetu":
            v = g()
            w = v[:10] + R.choice([x for x in HETU_C if x != v[10]])
        elif t == "cn_resident_id":
            v = g()
            w = v[:17] + R.choice([x for x in "0123456789X" if x != v[17]])
        else:
            w = bad_check(g, chk)
        assert not chk(w)
        ID_BAD.append((t, w))
        return R.choice(["def test_rejects_invalid_%s():\n    assert not is_valid(\"%s\")" % (t, w), "validation error: %s %s has a wrong check digit" % (lab, w), "{\"%s\": \"%s\", \"checksum_ok\": false}" % (t, w), "INVALID %s in fixture: %s" % (lab, w), "bad_%s = \"%s\"  # checksum fails on purpose" % (t, w)])
    if cls == "doc_example_credential":
        v = R.choice(DOC_VALUES)
        return R.choice(["From the AWS docs: aws_access_key_id = %s" % AWS_DOC_ID if v == AWS_DOC_ID else "Docs example value: %s" % v,
                         "# example from the documentation, not a real key\nEXAMPLE=%s" % v, "The published sample %s is what the tutorial uses." % v,
                         "jwt.io default token: %s" % JWT_IO if v == JWT_IO else "Azurite dev key: %s" % AZURITE if v == AZURITE else "sample: %s" % v, "docs/quickstart.md: `%s`" % v])
    if cls == "placeholder":
        return R.choice(["OPENAI_API_KEY=<your-api-key>", "export GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "password: \"CHANGE_ME\"", "STRIPE_SECRET_KEY=sk_live_...", "api_key = \"YOUR_API_KEY_HERE\"",
                         "Authorization: Bearer <token>", "DB_PASSWORD=********  # fill in locally", "AWS_SECRET_ACCESS_KEY=REPLACE_WITH_YOUR_SECRET", "slack_token: xoxb-XXXXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX", "ANTHROPIC_API_KEY=sk-ant-...",
                         "\"iban\": \"DEXX XXXX XXXX XXXX XXXX XX\"", "ssn: XXX-XX-XXXX", "phone: +49 XXX XXXXXXX", "email: <user>@<domain>", "card: **** **** **** ####"]) + R.choice(["", "\n# %s" % a, "\n# TODO(%s)" % a])
    if cls == "secret_reference":
        return R.choice(["NPM_TOKEN: ${{ secrets.NPM_TOKEN }}", "valueFrom:\n  secretKeyRef:\n    name: %s-db\n    key: password" % a, "OP_REF=op://Production/%s/credential" % a, "password: {{ .Values.%s.password }}" % a.replace("-", "_"),
                         "DATABASE_URL: '%%env(resolve:DATABASE_URL)%%'", "MasterUserPassword: !Ref DbPassword", "@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/db-password/)" % rs(LO, 5),
                         "token = vault(\"secret/data/%s#token\")" % a, "api_key: ${API_KEY}", "arn:aws:secretsmanager:eu-west-1:%d:secret:%s-db-%s" % (R.randint(10 ** 11, 10 ** 12 - 1), a, rs(A_, 6))])
    if cls == "redacted_value":
        return R.choice(["\"password\": \"********\"", "Authorization: Bearer [REDACTED]", "AWS_SECRET_ACCESS_KEY=****************************************", "token=sk-ant-api03-…%s (truncated)" % rs(A_, 4), "card ending in %s" % rs(DIG, 4),
                         "IBAN: DE** **** **** **** **%s %s" % (rs(DIG, 2), rs(DIG, 2)), "api_key: \"[MASKED]\"", "ssn=***-**-%s" % rs(DIG, 4), "phone: +44 7*** ***%s" % rs(DIG, 3), "secret: <redacted>"])
    if cls == "public_key_ssh":
        return R.choice(["# authorized_keys\n%s", "ssh_authorized_keys:\n  - %s", "Add this deploy key (public): %s", "echo '%s' >> ~/.ssh/authorized_keys", "public_key = \"%s\""]) % vin_free_ssh_pub()
    if cls == "x509_certificate":
        return R.choice(["ca.crt: |\n%s", "```\n%s\n```", "Server certificate:\n%s"]) % cert_pem()
    if cls == "public_key_pem":
        k = pem("PUBLIC KEY", bytes.fromhex("302a300506032b6570032100") + rb(32))
        return R.choice(["JWT verification key:\n%s", "```\n%s\n```", "public.pem:\n%s"]) % k
    if cls == "publishable_key":
        return R.choice(["STRIPE_PUBLISHABLE_KEY=pk_live_51%s" % rs(A_, 97), "NEXT_PUBLIC_POSTHOG_KEY=phc_%s" % rs(A_, 43), "gtag('config', 'G-%s');" % rs(U36, 10),
                         "mapboxgl.accessToken = 'pk.eyJ1Ijoi%s.%s';" % (b64u(('%s","a":"%s"}' % (rs(LO, 8), rs(A_, 25))).encode()), rs(A_ + "_-", 22)), "RECAPTCHA_SITE_KEY=6L%s" % rs(A_ + "_-", 38)])
    if cls == "oauth_client_id":
        return R.choice(["GOOGLE_CLIENT_ID=%d-%s.apps.googleusercontent.com" % (R.randint(10 ** 11, 10 ** 12), rs(L36, 32)), "client_id: Iv1.%s" % rs(HEX, 16), "GITHUB_CLIENT_ID=Ov23li%s" % rs(A_, 14),
                         "\"clientId\": \"%s\"  // public app registration id" % _uuid(), "oauth client_id=%d-%s.apps.googleusercontent.com" % (R.randint(10 ** 11, 10 ** 12), rs(L36, 32))])
    if cls == "crypto_public_address":
        return R.choice(["Send donations to bc1q%s" % bech32_encode("bc", rb(20))[4:] if False else "Donations: %s" % bech32_encode("bc", bytes([0]) + rb(19)),
                         "recipient: 0x%s" % rs(HEX + "ABCDEF", 40), "xpub: %s" % b58check(bytes.fromhex("0488b21e") + bytes([3]) + rb(8) + rb(32) + b"\x02" + rb(32)),
                         "Contract deployed at 0x%s" % rs(HEX, 40), "wallet pubkey %s" % b58enc(rb(32))])
    if cls == "tx_hash":
        return R.choice(["tx: 0x%s" % rs(HEX, 64), "Transaction hash 0x%s confirmed in block %d" % (rs(HEX, 64), R.randint(10 ** 7, 3 * 10 ** 7)), "txid %s" % rs(HEX, 64),
                         "https://etherscan.io/tx/0x%s" % rs(HEX, 64), "\"blockHash\": \"0x%s\"" % rs(HEX, 64)])
    if cls == "ip_mac_address":
        return R.choice(["listen 10.%d.%d.%d:8443;" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), "ether %s" % ":".join(rs(HEX, 2) for _ in range(6)), "allow 2001:db8:%s::/48" % rs(HEX, 4),
                         "inet 192.168.%d.%d/24 brd 192.168.%d.255" % (R.randint(0, 255), R.randint(2, 254), R.randint(0, 255)), "upstream %s { server 172.%d.%d.%d:9000; }" % (a.replace("-", "_"), R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))])
    if cls == "timestamp_date":
        return R.choice(["created_at=%d" % R.randint(1600000000000, 1800000000000), "Last-Modified: %s, %02d Mar 2025 %02d:%02d:%02d GMT" % (R.choice(["Mon", "Tue", "Wed"]), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
                         "2025%02d%02dT%02d%02d%02dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), "expires: %d" % R.randint(1700000000, 1900000000), "ts_ns=%d" % R.randint(10 ** 18, 2 * 10 ** 18)])
    if cls == "geo_coordinates":
        return R.choice(["lat=%.6f, lon=%.6f" % (R.uniform(-60, 70), R.uniform(-170, 170)), "\"coordinates\": [%.5f, %.5f]" % (R.uniform(-170, 170), R.uniform(-60, 70)), "geo:%.4f,%.4f" % (R.uniform(-60, 70), R.uniform(-170, 170)),
                         "POINT(%.6f %.6f)" % (R.uniform(-170, 170), R.uniform(-60, 70)), "%d°%02d'%02d\"N %d°%02d'%02d\"E" % (R.randint(0, 80), R.randint(0, 59), R.randint(0, 59), R.randint(0, 170), R.randint(0, 59), R.randint(0, 59))])
    if cls == "trace_id":
        return R.choice(["traceparent: 00-%s-%s-01" % (rs(HEX, 32), rs(HEX, 16)), "X-Amzn-Trace-Id: Root=1-%s-%s" % (rs(HEX, 8), rs(HEX, 24)), "dd.trace_id=%d dd.span_id=%d" % (R.randint(10 ** 18, 9 * 10 ** 18), R.randint(10 ** 18, 9 * 10 ** 18)),
                         "x-request-id: %s" % rs(HEX, 32), "span %s child of %s" % (rs(HEX, 16), rs(HEX, 16))])
    if cls == "cloud_resource_id":
        return R.choice(["arn:aws:iam::%d:role/%s-deployer" % (R.randint(10 ** 11, 10 ** 12 - 1), a), "instance i-0%s in subnet subnet-0%s" % (rs(HEX, 16), rs(HEX, 16)),
                         "/subscriptions/%s/resourceGroups/rg-%s/providers/Microsoft.Web/sites/%s" % (_uuid(), a, a), "projects/%s-%d/locations/europe-west4/clusters/main" % (rs(LO, 6), R.randint(100000, 999999)), "sg-0%s allows 443 from vpc-0%s" % (rs(HEX, 16), rs(HEX, 16))])
    if cls == "email_lookalike":
        return R.choice(["git remote add origin git@github.com:%s/%s.git" % (rs(LO, 6), a), "npm i @%s/%s@%d.%d.%d" % (rs(LO, 5), a, R.randint(1, 9), R.randint(0, 20), R.randint(0, 9)), "@media (max-width: %dpx) { .nav { display: none; } }" % R.choice([480, 640, 768]),
                         "<img src=\"logo@2x.png\" srcset=\"logo@3x.png 3x\">", "ssh -i ~/.ssh/ci deploy@10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), "@app.route(\"/%s\")\ndef handler(): ..." % a.split("-")[0], "pip install %s@git+https://github.com/%s/%s" % (a, rs(LO, 6), a)])
    if cls == "password_prose":
        return R.choice(["Passwords must be at least %d characters and contain a digit." % R.choice([10, 12, 14]), "If you forgot your password, use the reset link on the login page.", "The password field is required.",
                         "Rotate the database password every %d days and store it in the vault." % R.choice([30, 60, 90]), "Never paste your API key into chat; use the secret manager instead."]) + R.choice(["", " (%s)" % a])
    if cls == "empty_secret_field":
        return R.choice(["DB_PASSWORD=\nDB_USER=%s" % rs(LO, 6), "password: \"\"\nusername: %s" % rs(LO, 6), "{\"api_key\": null, \"region\": \"eu-west-1\"}", "SECRET_KEY=\"\"  # set in production",
                         "token: ~\nendpoint: https://%s.internal" % a]) + "\n# %s" % a
    if cls == "lockfile_integrity":
        return R.choice(["\"integrity\": \"sha512-%s==\"" % rs(A_ + "+/", 86), "github.com/%s/%s v1.%d.0 h1:%s=" % (rs(LO, 6), a, R.randint(0, 20), rs(A_ + "+/", 43)),
                         "checksum = \"%s\"" % rs(HEX, 64), "%s==%d.%d.%d --hash=sha256:%s" % (a, R.randint(0, 9), R.randint(0, 9), R.randint(0, 9), rs(HEX, 64)), "<script src=\"x.js\" integrity=\"sha384-%s\" crossorigin=\"anonymous\"></script>" % rs(A_ + "+/", 64)])
    if cls == "key_fingerprint":
        return R.choice(["ED25519 key fingerprint is SHA256:%s." % rs(A_ + "+/", 43), "Fingerprint: %s" % ":".join(rs(HEX, 2) for _ in range(16)), "pub   rsa4096 2024-01-01 [SC]\n      %s" % " ".join(rs(HEX.upper()[:10] + "ABCDEF", 4) for _ in range(10)),
                         "SHA1 Fingerprint=%s" % ":".join(rs("0123456789ABCDEF", 2) for _ in range(20)), "known key id 0x%s" % rs("0123456789ABCDEF", 16)])
    if cls == "cas_number":
        v = cas_make()
        return R.choice(["CAS-Nr. %s" % v, "CAS RN: %s" % v, "substance %s (CAS %s)" % (a, v), "{\"cas\": \"%s\"}" % v, "Sicherheitsdatenblatt, CAS %s" % v])
    if cls == "imo_number":
        v = imo_make()
        return R.choice(["Vessel %s, flag Malta" % v, "%s ETA 14:00 berth %d" % (v, R.randint(1, 40)), "ship_id: \"%s\"" % v, "AIS target %s MMSI hidden" % v, "Charter party for %s" % v])
    if cls == "scholarly_id":
        return R.choice(["doi:10.%d/%s.%d.%d" % (R.randint(1000, 9999), rs(LO, 4), R.randint(2000, 2025), R.randint(100, 9999)), "arXiv:%02d%02d.%05d" % (R.randint(15, 25), R.randint(1, 12), R.randint(0, 99999)), "PMID: %d" % R.randint(10 ** 7, 4 * 10 ** 7),
                         "https://doi.org/10.%d/%s-%d" % (R.randint(1000, 9999), rs(L36, 6), R.randint(1, 999)), "ISSN %d-%d" % (R.randint(1000, 9999), R.randint(100, 999)) + "X"])
    if cls == "part_number":
        return R.choice(["Bosch part no. 0 %d %d %d" % (R.randint(100, 999), R.randint(100, 999), R.randint(100, 999)), "P/N %d-%d-%d rev B" % (R.randint(100, 999), R.randint(100, 999), R.randint(1000, 9999)),
                         "Standard ISO %d:%d" % (R.randint(1000, 45001), R.randint(1990, 2024)), "SKU %d %d %d" % (R.randint(100, 999), R.randint(1000, 9999), R.randint(100, 999)), "Model %s-%d-%d" % (rs(UP, 2), R.randint(1000, 9999), R.randint(10, 99))])
    if cls == "base64_non_secret":
        return R.choice(["<img src=\"data:image/png;base64,iVBORw0KGgo%s\">" % rs(A_ + "+/", 80), "payload=%s" % b64(json.dumps({"event": "page_view", "path": "/" + a}).encode()),
                         "binaryData:\n  favicon.ico: AAABAAEAEBA%s" % rs(A_ + "+/", 60), "echo %s | base64 -d  # prints a hello message" % b64(("hello from %s" % a).encode()), "font: url(data:font/woff2;base64,d09GMgABAAAA%s)" % rs(A_ + "+/", 70)])
    if cls == "code_identifier":
        return R.choice(["const %sHandlerFactoryProviderImpl = new %sRegistry();" % (a.replace("-", ""), rs(UP, 1) + rs(LO, 8)), "color: #%s; background: #%s;" % (rs(HEX, 6), rs(HEX, 6)),
                         "module.%s.aws_subnet.private[%d]" % (a.replace("-", "_"), R.randint(0, 5)), "i18n key: settings.security.password_reset.%s_title" % a.replace("-", "_"), "org.apache.kafka.common.security.%s.%sLoginModule" % (rs(LO, 5), rs(UP, 1) + rs(LO, 6))])
    if cls == "specimen_document":
        return R.choice(["ICAO 9303 specimen (TD3):\n%s" % ICAO_TD3, "Beispiel aus der ICAO-Spezifikation:\n%s" % ICAO_TD1, "Specimen TD2 from Doc 9303:\n%s" % ICAO_TD2,
                         "Musterausweis: ERIKA MUSTERMANN, Specimen", "parse_mrz(\"%s\")  # ICAO sample" % ICAO_TD3.replace("\n", "\\n")])
    if cls == "fictional_phone":
        return R.choice(["Call (%s) 555-01%02d for the demo." % (R.choice(["212", "310", "415"]), R.randint(0, 99)), "Drama number: 07700 900%03d" % R.randint(0, 999), "Tel: 020 7946 0%03d (Ofcom drama range)" % R.randint(0, 999),
                         "Fiktive Nummer: 0491 570 %s" % R.choice(["006", "156", "157", "158", "159"]), "TV script: dial 555-01%02d" % R.randint(0, 99)])
    if cls == "bank_routing_public":
        return R.choice(["ABA routing number %s" % aba_make(), "routing: %s" % aba_make(), "Sort code %02d-%02d-%02d" % (R.randint(10, 99), R.randint(0, 99), R.randint(0, 99)), "BSB %03d-%03d" % (R.randint(10, 999), R.randint(0, 999)), "Bankleitzahl %d %d %d" % (R.randint(100, 899), R.randint(100, 999), R.randint(10, 99))])
    if cls == "snowflake_id":
        return R.choice(["message_id=%d" % R.randint(10 ** 17, 2 * 10 ** 18), "https://discord.com/channels/%d/%d" % (R.randint(10 ** 17, 10 ** 18), R.randint(10 ** 17, 10 ** 18)), "tweet %d" % R.randint(10 ** 18, 2 * 10 ** 18),
                         "\"guild_id\": \"%d\"" % R.randint(10 ** 17, 10 ** 18), "snowflake %d decoded to 2024" % R.randint(10 ** 17, 2 * 10 ** 18)])
    if cls == "encrypted_at_rest":
        return R.choice(["$ANSIBLE_VAULT;1.1;AES256\n%s\n%s\n%s" % (rs(DIG + "abcdef", 80), rs(DIG + "abcdef", 80), rs(DIG + "abcdef", 40)),
                         "db_password: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rb(15)), b64(rb(32)), b64(rb(16))),
                         "encryptedData:\n  password: AgB%s" % rs(A_ + "+/", 180), "sops:\n  age:\n    - recipient: %s" % bech32_encode("age", rb(32)), "-----BEGIN AGE ENCRYPTED FILE-----\n%s\n-----END AGE ENCRYPTED FILE-----" % b64(rb(150))])
    raise KeyError(cls)


ID_BAD = []
NEG_CLASSES = ["uuid", "git_commit_sha", "sha256_checksum", "md5_sha1_hash", "container_image_digest", "version_string", "build_number", "order_number",
               "invoice_number", "tracking_number", "isbn_ean", "isin", "lei_code", "swift_bic", "iban_bad_check", "card_luhn_fail", "documented_test_card",
               "national_id_bad_check", "doc_example_credential", "placeholder", "secret_reference", "redacted_value", "public_key_ssh", "x509_certificate",
               "public_key_pem", "publishable_key", "oauth_client_id", "crypto_public_address", "tx_hash", "ip_mac_address", "timestamp_date", "geo_coordinates",
               "trace_id", "cloud_resource_id", "email_lookalike", "password_prose", "empty_secret_field", "lockfile_integrity", "key_fingerprint", "cas_number",
               "imo_number", "scholarly_id", "part_number", "base64_non_secret", "code_identifier", "specimen_document", "fictional_phone", "bank_routing_public",
               "snowflake_id", "encrypted_at_rest"]
NEG_FOUR = {"md5_sha1_hash", "build_number", "timestamp_date", "geo_coordinates", "ip_mac_address", "part_number", "scholarly_id", "imo_number", "cas_number",
            "code_identifier", "base64_non_secret", "snowflake_id", "version_string", "x509_certificate", "public_key_pem", "trace_id", "invoice_number", "order_number"}


# ---------------------------------------------------------------- languages
INTROS = {
    "en": ["Here is the snippet:", "This is what the logs show:", "Found this in the repo:", "Below is the current setup.", "Quick check, please:"],
    "de": ["Hier ist der Ausschnitt:", "Das steht in den Logs:", "Habe das im Repo gefunden:", "Unten die aktuelle Konfiguration.", "Kurz prüfen, bitte:"],
    "fr": ["Voici l'extrait :", "Voilà ce que montrent les journaux :", "Trouvé ceci dans le dépôt :", "Ci-dessous la configuration actuelle.", "Petite vérification :"],
    "es": ["Aquí tienes el fragmento:", "Esto muestran los registros:", "Encontré esto en el repositorio:", "Abajo está la configuración actual.", "Revísalo, por favor:"],
    "pt": ["Segue o trecho:", "Isto aparece nos logs:", "Achei isto no repositório:", "Abaixo está a configuração atual.", "Confere rapidinho:"],
    "it": ["Ecco il frammento:", "Ecco cosa mostrano i log:", "Trovato nel repository:", "Qui sotto la configurazione attuale.", "Controlla, per favore:"],
    "nl": ["Hier is het fragment:", "Dit staat in de logs:", "Dit vond ik in de repo:", "Hieronder de huidige configuratie.", "Even nakijken graag:"],
    "pl": ["Oto fragment:", "Tak wyglądają logi:", "Znalazłem to w repozytorium:", "Poniżej aktualna konfiguracja.", "Sprawdź proszę:"],
    "ru": ["Вот фрагмент:", "Вот что в логах:", "Нашёл это в репозитории:", "Ниже текущая конфигурация.", "Проверь, пожалуйста:"],
    "uk": ["Ось фрагмент:", "Ось що в логах:", "Знайшов це в репозиторії:", "Нижче поточна конфігурація.", "Перевір, будь ласка:"],
    "cs": ["Tady je úryvek:", "Tohle ukazují logy:", "Našel jsem to v repozitáři:", "Níže je aktuální konfigurace.", "Zkontroluj prosím:"],
    "sv": ["Här är utdraget:", "Det här visar loggarna:", "Hittade detta i repot:", "Nedan finns nuvarande konfiguration.", "Kolla gärna:"],
    "fi": ["Tässä katkelma:", "Lokit näyttävät tältä:", "Löysin tämän reposta:", "Alla nykyinen konfiguraatio.", "Tarkista, kiitos:"],
    "tr": ["İşte parça:", "Loglarda görünen bu:", "Bunu depoda buldum:", "Aşağıda mevcut yapılandırma var.", "Kontrol eder misin:"],
    "el": ["Ορίστε το απόσπασμα:", "Αυτό δείχνουν τα logs:", "Το βρήκα στο αποθετήριο:", "Παρακάτω η τρέχουσα ρύθμιση.", "Έλεγξέ το, παρακαλώ:"],
    "hu": ["Itt a részlet:", "Ezt mutatják a naplók:", "Ezt találtam a repóban:", "Lent a jelenlegi beállítás.", "Nézd meg, kérlek:"],
    "ro": ["Iată fragmentul:", "Asta arată jurnalele:", "Am găsit asta în repository:", "Mai jos este configurația actuală.", "Verifică, te rog:"],
    "bg": ["Ето фрагмента:", "Ето какво има в логовете:", "Намерих това в хранилището:", "По-долу е текущата конфигурация.", "Провери, моля:"],
    "ar": ["إليك المقتطف:", "هذا ما تظهره السجلات:", "وجدت هذا في المستودع:", "فيما يلي الإعداد الحالي.", "تحقق من فضلك:"],
    "he": ["הנה הקטע:", "זה מה שמופיע ביומנים:", "מצאתי את זה במאגר:", "להלן ההגדרות הנוכחיות.", "תבדוק בבקשה:"],
    "fa": ["این هم بخش موردنظر:", "این چیزی است که لاگ‌ها نشان می‌دهند:", "این را در مخزن پیدا کردم:", "در ادامه پیکربندی فعلی آمده است.", "لطفاً بررسی کن:"],
    "hi": ["यह रहा अंश:", "लॉग में यह दिख रहा है:", "यह रिपॉज़िटरी में मिला:", "नीचे मौजूदा कॉन्फ़िगरेशन है।", "कृपया जाँच लें:"],
    "bn": ["এই যে অংশটি:", "লগে এটা দেখা যাচ্ছে:", "রিপোজিটরিতে এটা পেলাম:", "নিচে বর্তমান কনফিগারেশন।", "একটু দেখে নিন:"],
    "zh": ["这是片段：", "日志里显示的是这个：", "在仓库里发现了这个：", "下面是当前的配置。", "请帮忙检查一下："],
    "ja": ["抜粋です：", "ログにはこう出ています：", "リポジトリで見つけました：", "以下が現在の設定です。", "確認をお願いします："],
    "ko": ["요청하신 부분입니다:", "로그에는 이렇게 나옵니다:", "저장소에서 찾았습니다:", "아래는 현재 설정입니다.", "확인 부탁드립니다:"],
    "vi": ["Đây là đoạn trích:", "Log hiển thị như sau:", "Mình tìm thấy trong repo:", "Bên dưới là cấu hình hiện tại.", "Kiểm tra giúp nhé:"],
    "th": ["นี่คือส่วนที่ขอ:", "นี่คือสิ่งที่แสดงในล็อก:", "เจอสิ่งนี้ใน repo:", "ด้านล่างคือการตั้งค่าปัจจุบัน", "ช่วยตรวจดูหน่อย:"],
    "id": ["Ini cuplikannya:", "Ini yang terlihat di log:", "Saya menemukan ini di repo:", "Berikut konfigurasi saat ini.", "Tolong dicek:"],
    "sw": ["Hiki ndicho kipande:", "Hiki ndicho kilicho kwenye kumbukumbu:", "Nimepata hiki kwenye hazina:", "Hapa chini ni usanidi wa sasa.", "Tafadhali kagua:"],
}
LANGS = list(INTROS)
OUTROS = {
    "en": "What is wrong with it?", "de": "Was stimmt da nicht?", "fr": "Qu'est-ce qui cloche ?", "es": "¿Qué falla aquí?", "pt": "O que está errado?",
    "it": "Cosa non va?", "nl": "Wat gaat er mis?", "pl": "Co jest nie tak?", "ru": "Что здесь не так?", "uk": "Що тут не так?", "cs": "Co je špatně?",
    "sv": "Vad är fel?", "fi": "Mikä tässä on vialla?", "tr": "Sorun ne?", "el": "Τι φταίει;", "hu": "Mi a hiba?", "ro": "Ce nu merge?", "bg": "Какво не е наред?",
    "ar": "ما المشكلة؟", "he": "מה הבעיה?", "fa": "مشکل چیست؟", "hi": "इसमें क्या गलत है?", "bn": "সমস্যা কোথায়?", "zh": "哪里有问题？", "ja": "何が問題でしょう？",
    "ko": "뭐가 문제일까요?", "vi": "Sai ở đâu vậy?", "th": "ผิดตรงไหน?", "id": "Apa yang salah?", "sw": "Tatizo ni nini?"}


# ---------------------------------------------------------------- assembly
def words(t):
    return t.split()


WIN = {}


def windows(t):
    w = words(t)
    return {" ".join(w[i:i + 8]) for i in range(len(w) - 7)}


def fits(t):
    return all(WIN.get(x, 0) < 3 for x in windows(t))


def commit(t):
    for x in windows(t):
        WIN[x] = WIN.get(x, 0) + 1


def wrap(lang, snippet, values):
    """values: list of (value, type) in order of appearance; returns text, spans or None"""
    for _ in range(40):
        intro = R.choice(INTROS[lang])
        sep = R.choice(["\n", "\n\n", " "]) if "\n" not in snippet[:40] else R.choice(["\n", "\n\n"])
        text = intro + sep + snippet
        if R.random() < 0.25:
            text += "\n" + OUTROS[lang]
        if fits(text):
            break
    else:
        return None
    spans = []
    pos = 0
    for v, t in values:
        if text.count(v) != 1:
            return None
        i = text.index(v)
        if i < pos:
            return None
        spans.append({"start": i, "end": i + len(v), "type": t})
        pos = i + len(v)
    return text, spans


CARRIER_TAG = [("BEGIN:VCARD", "vcard"), ("```yaml", "yaml"), ("```json", "json"), ("```python", "python"), ("```js", "js"), ("```go", "go"), ("```rust", "rust"),
               ("```ruby", "ruby"), ("```php", "php"), ("```kotlin", "kotlin"), ("```csharp", "csharp"), ("```toml", "toml"), ("```sh", "shell"),
               ("kind: Secret", "k8s"), ("services:", "compose"), ("FROM ", "dockerfile"), ("[Service]", "systemd"), ("<appSettings>", "dotnet-xml"),
               ("heroku ", "cli"), ("fly secrets", "cli"), ("doppler ", "cli"), ("kubectl ", "cli"), ("gh secret", "cli"), ("%env", "jupyter"),
               ("$env:", "powershell"), ("export ", "shell"), ("# .env", "env"), ("| ", "markdown"), ("application.properties", "properties"),
               ("resource \"", "hcl"), ("INSERT INTO", "sql"), ("commit ", "git"), ("From: ", "email"), ("OCR:", "ocr"), ("resourceType", "fhir"),
               ("<CdtrAcct>", "sepa-xml"), ("-----BEGIN", "pem"), ("cat ~/.ssh", "shell"), ("curl ", "curl"), ("GET ", "http"), ("POST ", "http"),
               ("Cookie:", "http"), ("Set-Cookie", "http"), ("otpauth", "uri"), ("users:", "kubeconfig"), ("{\n  \"auths\"", "docker-config"),
               ("{\n  \"type\": \"service_account\"", "gcp-json"), ("apiVersion", "k8s"), ("# ~/.", "dotfile"), ("machine ", "netrc"), ("[client]", "my.cnf"),
               ("spring:", "yaml"), ("requirepass", "redis.conf"), ("<server>", "maven-xml"), ("<field", "xml"), ("name,", "csv"), ("name;", "csv"),
               ("payee,", "csv"), ("customer,", "csv"), ("email,", "csv"), ("{", "json"), ("[", "ini"), ("--\n", "signature"), ("<", "xml"), ("20", "log"), ("$", "shadow")]


EXTRA_TAG = [("OCR", "ocr"), ("Card number", "form"), ("Bitte überweisen", "invoice"), ("Kontoinhaber", "invoice"), ("payment failed", "log"),
             ("sms.send", "python"), ("[WARN]", "log"), ("[ERROR]", "log"), ("Recovery codes", "prose"), ("EMAIL_HOST", "env"), ("xcrun", "cli"),
             ("git clone", "cli"), ("conn = ", "python"), ("requests.post", "python"), ("localStorage", "js"), ("headers = ", "python"),
             ("webhook_url:", "yaml"), ("url:", "yaml"), ("qrencode", "cli"), ("mrz = ", "python"), ("```\n", "codeblock"), ("Authorization:", "http"),
             ("Kunde:", "form"), ("Client:", "form"), ("Customer:", "form"), ("Paciente:", "form"), ("Klient:", "form"), ("iban = ", "python"),
             ("expect(", "js"), ("assert ", "python"), ("def test", "python"), ("cy.get", "js"), ("const ", "js"), ("@app", "python"),
             ("npm ", "cli"), ("pip ", "cli"), ("docker ", "cli"), ("ssh ", "cli"), ("git ", "cli"), ("echo ", "shell"), ("image:", "yaml"),
             ("- uses", "yaml"), ("valueFrom", "yaml"), ("gtag", "js"), ("mapboxgl", "js"), ("<img", "html"), ("<script", "html"), ("@media", "css"),
             ("color:", "css"), ("listen ", "nginx"), ("upstream ", "nginx"), ("allow ", "nginx"), ("inet ", "shell"), ("ether ", "shell"),
             ("$ANSIBLE_VAULT", "ansible"), ("sops:", "yaml"), ("encryptedData", "yaml"), ("ca.crt", "yaml"), ("traceparent", "http"),
             ("X-Amzn", "http"), ("x-request-id", "http"), ("ETag", "http"), ("Last-Modified", "http"), ("x-amz", "http"), ("arn:", "aws-arn"),
             ("/subscriptions", "azure-id"), ("projects/", "gcp-id"), ("https://", "url"), ("doi:", "citation"), ("arXiv", "citation"), ("PMID", "citation")]


def carrier_of(snippet):
    for k, tag in EXTRA_TAG:
        if snippet.startswith(k):
            return tag
    first = snippet.split("\n", 1)[0]
    if re.fullmatch(r"[A-ZÀ-Ž][a-zà-ž]+ [A-Z][a-z]+", first) and "\n" in snippet:
        return "form"
    for k, tag in CARRIER_TAG:
        if snippet.startswith(k):
            return tag
    if re.match(r"^[A-Z][A-Z0-9_]+=", snippet):
        return "env"
    if re.match(r"^[a-z_.]+: ", snippet):
        return "yaml"
    if re.match(r"^[a-z0-9_]+:\$", snippet):
        return "shadow"
    return "prose"


def build():
    pos_jobs = []  # (label, snippet_fn) where snippet_fn -> (snippet, [(value, type)])
    # vendor key-value credentials (AWS / Alibaba / Tencent pairs are two-span texts)
    paired = {"aws_access_key_id": "aws_secret_access_key", "alibaba_access_key_id": "alibaba_access_key_secret", "tencent_secret_id": "tencent_secret_key"}
    for t, keys, gen, rx, n in VENDOR:
        if t in paired.values():
            continue
        for i in range(1 if n < 3 else 2):
            if t in paired and i == 0:
                def job(t=t):
                    t2 = paired[t]
                    k1, g1 = VSPEC[t][0][-1], VSPEC[t][1]
                    k2, g2 = VSPEC[t2][0][-1], VSPEC[t2][1]
                    v1, v2 = g1(), g2()
                    if t == "aws_access_key_id":
                        s = "[%s]\n%s = %s\n%s = %s\nregion = %s" % (R.choice(["default", "prod", svc()]), k1, v1, k2, v2, R.choice(["eu-west-1", "us-east-1"]))
                    else:
                        s = "%s=%s\n%s=%s" % (VSPEC[t][0][0], v1, VSPEC[t2][0][0], v2)
                    return s, [(v1, t), (v2, t2)]
                pos_jobs.append(job)
            else:
                def job(t=t, keys=keys, gen=gen):
                    v = gen()
                    return kv_carrier(R.choice(keys), v), [(v, t)]
                pos_jobs.append(job)
    for t in paired.values():
        def job(t=t):
            v = VSPEC[t][1]()
            return kv_carrier(R.choice(VSPEC[t][0]), v), [(v, t)]
        pos_jobs.append(job)
    for fn, n in CUSTOM_SECRET:
        for _ in range(max(1, n - 3)):
            pos_jobs.append(fn)
    # national ids
    for t, (g, c, lab) in ID.items():
        def job(t=t, g=g, lab=lab):
            v = g()
            return pii_carrier(lab, v, t), [(v, t)]
        pos_jobs.append(job)
    for _ in range(3):
        def job():
            v, lab = passport_number()
            return pii_carrier(lab, v, "passport_number"), [(v, "passport_number")]
        pos_jobs.append(job)
    for fn in [lambda: mrz_td3("P"), lambda: mrz_td3("P"), lambda: mrz_td3("V"), mrz_td1, mrz_td2]:
        def job(fn=fn):
            v, t = fn()
            return R.choice(["OCR result:\n%s", "```\n%s\n```", "mrz = \"\"\"\n%s\n\"\"\""]) % v, [(v, t)]
        pos_jobs.append(job)
    for b in CARD_BRANDS[:14]:
        def job(b=b[0]):
            v = card(b)
            return card_carrier(v), [(v, "credit_card")]
        pos_jobs.append(job)
    for cc in R.sample(sorted(IBAN_FMT), 16):
        def job(cc=cc):
            v = iban(cc)
            return iban_carrier(v), [(v, "iban")]
        pos_jobs.append(job)
    regions = sorted(PHONES)
    for rg in R.sample(regions, 30):
        def job(rg=rg):
            v = phone(rg)
            return phone_carrier(v, rg), [(v, "phone")]
        pos_jobs.append(job)
    for _ in range(10):
        def job():
            v = email()
            return email_carrier(v), [(v, "email")]
        pos_jobs.append(job)
    for _ in range(8):
        def job():
            e = email()
            p = phone(R.choice(regions))
            f, l = LAST_EMAIL_NAME[0]
            s = R.choice(["--\n%s %s\n%s\n%s" % (f, l, e, p), "BEGIN:VCARD\nVERSION:3.0\nFN:%s %s\nEMAIL:%s\nTEL:%s\nEND:VCARD" % (f, l, e, p), "{\"name\": \"%s %s\", \"email\": \"%s\", \"phone\": \"%s\"}" % (f, l, e, p)])
            return s, [(e, "email"), (p, "phone")]
        pos_jobs.append(job)
    neg_jobs = []
    for cls in NEG_CLASSES:
        for _ in range(4 if cls in NEG_FOUR else 5):
            neg_jobs.append(cls)
    n = len(pos_jobs) + len(neg_jobs)
    langs = (LANGS * (n // len(LANGS) + 1))[:n]
    R.shuffle(langs)
    rows = []
    li = 0
    for job in pos_jobs:
        for attempt in range(60):
            snippet, vals = job()
            res = wrap(langs[li], snippet, vals)
            if res:
                break
        else:
            raise RuntimeError("cannot place %r" % vals)
        text, spans = res
        commit(text)
        label = "+".join(s["type"] for s in spans)
        rows.append({"text": text, "spans": spans, "kind": "positive", "class": "%s/%s-%s" % (label, carrier_of(snippet), langs[li]),
                     "reason": "contains %s that must be masked" % ", ".join(s["type"] for s in spans)})
        li += 1
    for cls in neg_jobs:
        for attempt in range(60):
            nb = len(ID_BAD)
            snippet = neg(cls)
            res = wrap(langs[li], snippet, [])
            if res:
                break
            del ID_BAD[nb:]
        else:
            raise RuntimeError("cannot place negative %s" % cls)
        text, _ = res
        commit(text)
        rows.append({"text": text, "spans": [], "kind": "negative", "class": "%s/%s-%s" % (cls, carrier_of(snippet), langs[li]),
                     "reason": "look-alike (%s): must stay unchanged" % (cls if cls != "national_id_bad_check" else cls + ", " + ID_BAD[-1][0])})
        li += 1
    # shuffle, keeping runs of one kind short
    while True:
        R.shuffle(rows)
        run = best = 1
        for a, b in zip(rows, rows[1:]):
            run = run + 1 if a["kind"] == b["kind"] else 1
            best = max(best, run)
        if best <= 14:
            break
    seen = set()
    out = []
    for i, r in enumerate(rows):
        assert r["text"] not in seen
        seen.add(r["text"])
        out.append(dict([("id", "v16_%04d" % (i + 1))] + list(r.items())))
    return out


def tables(rows):
    from collections import Counter
    ts = Counter(s["type"] for r in rows for s in r["spans"])
    ns = Counter(r["class"].split("/")[0] for r in rows if r["kind"] == "negative")
    out = ["### Spans per type", "", "| type | spans |", "|---|---|"] + ["| %s | %d |" % (t, ts[t]) for t in sorted(ts)]
    out += ["", "### Texts per negative class (must stay unchanged)", "", "| class | texts |", "|---|---|"] + ["| %s | %d |" % (c, ns[c]) for c in sorted(ns)]
    return "\n".join(out)


def stats(rows):
    from collections import Counter
    pos = [r for r in rows if r["kind"] == "positive"]
    nsp = sum(len(r["spans"]) for r in rows)
    langs = Counter(r["class"].rsplit("-", 1)[1] for r in rows)
    print("texts %d  positive %d (%.1f%%)  negative %d  spans %d (multi-span texts %d)  span types %d  negative classes %d  languages %d (%d-%d each)" % (
        len(rows), len(pos), 100.0 * len(pos) / len(rows), len(rows) - len(pos), nsp, sum(1 for r in pos if len(r["spans"]) > 1),
        len({s["type"] for r in rows for s in r["spans"]}), len({r["class"].split("/")[0] for r in rows if r["kind"] == "negative"}), len(langs), min(langs.values()), max(langs.values())))


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "heldout_v16.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if "--stats" in sys.argv:
        stats(rows)
    if "--tables" in sys.argv:
        print(tables(rows))


if __name__ == "__main__":
    main()
