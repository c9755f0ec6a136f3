#!/usr/bin/env python3
"""Generator for the blind held-out masker evaluation set v15 (stdlib only, deterministic).

Usage: python3 generate_heldout_v15.py [--stats] [--tables]
Writes heldout_v15.jsonl next to this file. Every value is random but valid for its format
(real check digits / checksums, documented prefixes, lengths and alphabets). The validator
imports the predicates defined here (CHECKS, FORMATS) to re-verify every span.
"""
import base64, binascii, datetime, hashlib, json, os, re, string, sys, zlib
import random

SEED = 1515
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "heldout_v15.jsonl")

DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
AN = DIG + UP + LO
LH = "0123456789abcdef"
UH = "0123456789ABCDEF"
B64 = UP + LO + DIG + "+/"
B64U = UP + LO + DIG + "-_"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def rs(n, alpha=AN):
    return "".join(R.choice(alpha) for _ in range(n))


def rb(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rej(make, ok):
    for _ in range(100000):
        s = make()
        if ok(s):
            return s
    raise RuntimeError("rejection sampling failed")


def dg(s):
    return [int(c) for c in s if c.isdigit()]


# ---------------------------------------------------------------- checksum helpers
def luhn_ok(s):
    d = dg(s)
    if len(d) < 2:
        return False
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


_VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
       [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
       [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
_VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],
       [9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]


def verhoeff_ok(s):
    c = 0
    for i, x in enumerate(reversed(dg(s))):
        c = _VD[c][_VP[i % 8][x]]
    return c == 0


def iso7064_11_10_ok(s):
    d = dg(s)
    p = 10
    for x in d[:-1]:
        t = (x + p) % 10
        if t == 0:
            t = 10
        p = (t * 2) % 11
    c = 11 - p
    if c == 10:
        c = 0
    return c == d[-1]


def wsum(d, w):
    return sum(a * b for a, b in zip(d, w))


def mrz_val(c):
    if c.isdigit():
        return int(c)
    if c == "<":
        return 0
    return ord(c) - 55


def mrz_cd(s):
    w = [7, 3, 1]
    return str(sum(mrz_val(c) * w[i % 3] for i, c in enumerate(s)) % 10)


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    t = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in t)
    return int(n) % 97 == 1


def crc32_b62(s):
    v = zlib.crc32(s.encode()) & 0xFFFFFFFF
    out = ""
    while v:
        v, r = divmod(v, 62)
        out = AN[r] + out
    return out.rjust(6, "0")


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


def b58check_ok(s):
    try:
        raw = b58dec(s)
    except ValueError:
        return False
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


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


def _hrpexp(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


def bech32_encode(hrp, data8):
    acc, bits, out = 0, 0, []
    for b in data8:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((acc >> bits) & 31)
    if bits:
        out.append((acc << (5 - bits)) & 31)
    pm = _polymod(_hrpexp(hrp) + out + [0] * 6) ^ 1
    out += [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in out)


def bech32_ok(s):
    s = s.lower()
    pos = s.rfind("1")
    hrp, data = s[:pos], s[pos + 1:]
    if any(c not in BECH for c in data):
        return False
    return _polymod(_hrpexp(hrp) + [BECH.index(c) for c in data]) == 1


def crc24(b):
    crc = 0xB704CE
    for x in b:
        crc ^= x << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def ean_ok(s):
    d = dg(s)
    t = sum(x * (3 if i % 2 == 0 else 1) for i, x in enumerate(reversed(d[:-1])))
    return (10 - t % 10) % 10 == d[-1]


def rdate(y0=1950, y1=2005):
    d = datetime.date(y0, 1, 1) + datetime.timedelta(days=R.randrange((datetime.date(y1, 12, 31) - datetime.date(y0, 1, 1)).days))
    return d


def date_ok(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


# ---------------------------------------------------------------- national ids: predicates
def ok_us_ssn(s):
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", s)
    return bool(m) and m[1] not in ("000", "666") and m[1][0] != "9" and m[2] != "00" and m[3] != "0000"


def ok_us_itin(s):
    m = re.fullmatch(r"9\d{2}-(\d{2})-\d{4}", s)
    return bool(m) and (70 <= int(m[1]) <= 88 or 90 <= int(m[1]) <= 92 or 94 <= int(m[1]) <= 99)


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def ok_us_mbi(s):
    t = s.replace("-", "")
    if len(t) != 11:
        return False
    pat = ["N1", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    for c, p in zip(t, pat):
        if p == "N1" and c not in "123456789":
            return False
        if p == "N" and not c.isdigit():
            return False
        if p == "A" and c not in MBI_L:
            return False
        if p == "AN" and not (c.isdigit() or c in MBI_L):
            return False
    return True


def ok_ca_sin(s):
    t = s.replace(" ", "").replace("-", "")
    return len(t) == 9 and t[0] not in "08" and luhn_ok(t)


def ok_ca_bc_phn(s):
    t = s.replace(" ", "")
    if not re.fullmatch(r"9\d{9}", t):
        return False
    d = dg(t)
    r = wsum(d[1:9], [2, 4, 8, 5, 10, 9, 7, 3]) % 11
    return r > 1 and 11 - r == d[9]


def ok_uk_nino(s):
    t = s.replace(" ", "")
    m = re.fullmatch(r"([A-Z])([A-Z])\d{6}[A-D]", t)
    return bool(m) and m[1] not in "DFIQUV" and m[2] not in "DFIOQUV" and t[:2] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")


def ok_uk_nhs(s):
    d = dg(s)
    if len(d) != 10:
        return False
    c = 11 - wsum(d[:9], range(10, 1, -1)) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == d[9]


def ok_ie_pps(s):
    m = re.fullmatch(r"(\d{7})([A-W])([A-IW]?)", s)
    if not m:
        return False
    t = wsum(dg(m[1]), range(8, 1, -1)) + ((ord(m[3]) - 64) % 23 * 9 if m[3] and m[3] != "W" else 0)
    return "WABCDEFGHIJKLMNOPQRSTUV"[t % 23] == m[2]


def ok_fr_nir(s):
    t = s.replace(" ", "")
    if not re.fullmatch(r"[12]\d{2}(0[1-9]|1[0-2])\d{8}\d{2}", t):
        return False
    return 97 - int(t[:13]) % 97 == int(t[13:])


def ok_fr_spi(s):
    t = s.replace(" ", "")
    return bool(re.fullmatch(r"[0-3]\d{12}", t)) and int(t[:10]) % 511 == int(t[10:])


def ok_de_steuer_id(s):
    t = s.replace(" ", "")
    if not re.fullmatch(r"[1-9]\d{10}", t):
        return False
    cnt = sorted((t[:10].count(c) for c in set(t[:10])), reverse=True)
    if cnt[0] not in (2, 3) or (len(cnt) > 1 and cnt[1] > 1):
        return False
    return iso7064_11_10_ok(t)


def _digsum(n):
    return sum(dg(str(n)))


def ok_de_kvnr(s):
    if not re.fullmatch(r"[A-Z]\d{9}", s):
        return False
    d = dg("%02d" % (ord(s[0]) - 64) + s[1:9])
    t = sum(_digsum(x * (1 if i % 2 == 0 else 2)) for i, x in enumerate(d))
    return t % 10 == int(s[9])


RV_AREAS = ["02", "03", "04", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "23", "24", "25", "26", "28", "29", "38", "39", "40", "42", "43", "44", "45", "46", "47", "48", "49", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60", "61", "62", "63", "64", "65", "66", "67", "68", "69", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79", "80", "81", "82", "89"]


def ok_de_rvnr(s):
    t = s.replace(" ", "")
    m = re.fullmatch(r"(\d{2})(\d{2})(\d{2})(\d{2})([A-Z])(\d{2})(\d)", t)
    if not m or m[1] not in RV_AREAS or not date_ok(1900 + int(m[4]), int(m[3]), int(m[2])):
        return False
    d = dg(m[1] + m[2] + m[3] + m[4] + "%02d" % (ord(m[5]) - 64) + m[6])
    return sum(_digsum(a * b) for a, b in zip(d, [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1])) % 10 == int(m[7])


DE_ID_A = "CFGHJKLMNPRTVWXYZ0123456789"


def ok_de_idcard(s):
    return len(s) == 10 and all(c in DE_ID_A for c in s[:9]) and s[0] in "LMNPRTVWXYZCFGHJK" and mrz_cd(s[:9]) == s[9]


def ok_at_svnr(s):
    t = s.replace(" ", "")
    if not re.fullmatch(r"[1-9]\d{9}", t):
        return False
    d = dg(t)
    c = wsum(d, [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]) % 11
    return c != 10 and c == d[3] and date_ok(1900 + d[8] * 10 + d[9], d[6] * 10 + d[7], d[4] * 10 + d[5])


def ok_ch_ahv(s):
    return bool(re.fullmatch(r"756\.\d{4}\.\d{4}\.\d{2}", s)) and ean_ok(s)


CF_ODD = {c: v for c, v in zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23])}


def ok_it_cf(s):
    if not re.fullmatch(r"[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", s):
        return False
    t = 0
    for i, c in enumerate(s[:15]):
        if i % 2 == 0:
            t += CF_ODD[c]
        else:
            t += int(c) if c.isdigit() else ord(c) - 65
    return chr(65 + t % 26) == s[15]


DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"


def ok_es_dni(s):
    return bool(re.fullmatch(r"\d{8}[A-Z]", s)) and DNI_L[int(s[:8]) % 23] == s[8]


def ok_es_nie(s):
    return bool(re.fullmatch(r"[XYZ]\d{7}[A-Z]", s)) and DNI_L[int(str("XYZ".index(s[0])) + s[1:8]) % 23] == s[8]


def ok_es_nss(s):
    t = s.replace("/", "").replace(" ", "")
    return bool(re.fullmatch(r"(0[1-9]|[1-4]\d|5[0-2])[1-9]\d{9}", t)) and int(t[:10]) % 97 == int(t[10:])


def ok_pt_nif(s):
    t = s.replace(" ", "")
    if not re.fullmatch(r"[123]\d{8}", t):
        return False
    d = dg(t)
    c = 11 - wsum(d[:8], range(9, 1, -1)) % 11
    return (0 if c >= 10 else c) == d[8]


def ok_nl_bsn(s):
    t = s.replace(".", "").replace(" ", "")
    if not re.fullmatch(r"\d{9}", t) or t[0] == "0":
        return False
    d = dg(t)
    return (wsum(d[:8], range(9, 1, -1)) - d[8]) % 11 == 0


def ok_be_nrn(s):
    m = re.fullmatch(r"(\d{2})\.(\d{2})\.(\d{2})-(\d{3})\.(\d{2})", s)
    if not m:
        return False
    base = m[1] + m[2] + m[3] + m[4]
    return 97 - int(base) % 97 == int(m[5]) or 97 - int("2" + base) % 97 == int(m[5])


def ok_lu_matricule(s):
    t = s.replace(" ", "")
    if not re.fullmatch(r"\d{13}", t) or not date_ok(int(t[:4]), int(t[4:6]), int(t[6:8])):
        return False
    return luhn_ok(t[:12]) and verhoeff_ok(t[:11] + t[12])


def ok_dk_cpr(s):
    m = re.fullmatch(r"(\d{6})-(\d{4})", s)
    return bool(m) and wsum(dg(m[1] + m[2]), [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 == 0 and date_ok(1900 + int(s[4:6]), int(s[2:4]), int(s[:2]))


def ok_se_pnr(s):
    m = re.fullmatch(r"(\d{6})[-+](\d{4})", s)
    return bool(m) and luhn_ok(m[1] + m[2]) and date_ok(1900 + int(s[:2]), int(s[2:4]), int(s[4:6]))


def ok_no_fnr(s):
    t = s.replace(" ", "")
    if not re.fullmatch(r"\d{11}", t):
        return False
    d = dg(t)
    k1 = 11 - wsum(d[:9], [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11
    k1 = 0 if k1 == 11 else k1
    k2 = 11 - wsum(d[:10], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11
    k2 = 0 if k2 == 11 else k2
    return k1 == d[9] and k2 == d[10] and date_ok(1900 + int(t[4:6]), int(t[2:4]), int(t[:2]))


HETU_C = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def ok_fi_hetu(s):
    m = re.fullmatch(r"(\d{6})[-+A](\d{3})([0-9A-Y])", s)
    return bool(m) and HETU_C[int(m[1] + m[2]) % 31] == m[3]


def ok_is_kt(s):
    t = s.replace("-", "")
    if not re.fullmatch(r"\d{10}", t):
        return False
    d = dg(t)
    c = 11 - wsum(d[:8], [3, 2, 7, 6, 5, 4, 3, 2]) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == d[8] and d[9] in (9, 0)


def ok_pl_pesel(s):
    if not re.fullmatch(r"\d{11}", s):
        return False
    d = dg(s)
    return (10 - wsum(d[:10], [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10) % 10 == d[10]


def ok_pl_nip(s):
    d = dg(s)
    if len(d) != 10 or not re.fullmatch(r"\d{3}-\d{3}-\d{2}-\d{2}|\d{10}", s):
        return False
    c = wsum(d[:9], [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11
    return c != 10 and c == d[9]


def ok_pl_idcard(s):
    t = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{3}\d{6}", t):
        return False
    v = [mrz_val(c) for c in t]
    return wsum(v, [7, 3, 1, 9, 7, 3, 1, 7, 3]) % 10 == 0


def ok_cz_rc(s):
    m = re.fullmatch(r"(\d{2})(\d{2})(\d{2})/(\d{4})", s)
    if not m:
        return False
    mm = int(m[2]) % 50
    return int(m[1] + m[2] + m[3] + m[4]) % 11 == 0 and date_ok(1900 + int(m[1]), mm, int(m[3]))


def ok_hu_taj(s):
    d = dg(s)
    return len(d) == 9 and re.fullmatch(r"\d{3} \d{3} \d{3}|\d{9}", s) is not None and wsum(d[:8], [3, 7] * 4) % 10 == d[8]


def ok_hu_adoaz(s):
    d = dg(s)
    if len(d) != 10 or d[0] != 8:
        return False
    c = wsum(d[:9], range(1, 10)) % 11
    return c != 10 and c == d[9]


def ok_ro_cnp(s):
    if not re.fullmatch(r"[1-8]\d{12}", s):
        return False
    d = dg(s)
    c = wsum(d[:12], [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11
    return (1 if c == 10 else c) == d[12] and date_ok(1900 + int(s[1:3]) + (100 if s[0] in "56" else 0), int(s[3:5]), int(s[5:7]))


def ok_bg_egn(s):
    if not re.fullmatch(r"\d{10}", s):
        return False
    d = dg(s)
    c = wsum(d[:9], [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11
    return (0 if c == 10 else c) == d[9]


def ok_hr_oib(s):
    return bool(re.fullmatch(r"\d{11}", s)) and iso7064_11_10_ok(s)


def ok_emso(s):
    if not re.fullmatch(r"\d{13}", s):
        return False
    d = dg(s)
    m = 11 - wsum(d[:12], [7, 6, 5, 4, 3, 2] * 2) % 11
    m = 0 if m == 11 else m
    return m != 10 and m == d[12] and date_ok(1000 + int(s[4:7]), int(s[2:4]), int(s[:2]))


def _ee(d):
    c = wsum(d[:10], [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11
    if c == 10:
        c = wsum(d[:10], [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11
        c = 0 if c == 10 else c
    return c


def ok_ee_ik(s):
    return bool(re.fullmatch(r"[1-6]\d{10}", s)) and _ee(dg(s)) == int(s[10])


def ok_lv_pk(s):
    m = re.fullmatch(r"(\d{6})-([012])(\d{4})", s)
    if not m:
        return False
    d = dg(m[1] + m[2] + m[3])
    c = (1101 - wsum(d[:10], [1, 6, 3, 7, 9, 10, 5, 8, 4, 2])) % 11
    return c != 10 and c == d[10]


def ok_gr_amka(s):
    return bool(re.fullmatch(r"\d{11}", s)) and luhn_ok(s) and date_ok(1900 + int(s[4:6]), int(s[2:4]), int(s[:2]))


def ok_gr_afm(s):
    if not re.fullmatch(r"\d{9}", s):
        return False
    d = dg(s)
    return sum(d[i] * 2 ** (8 - i) for i in range(8)) % 11 % 10 == d[8]


def ok_tr_tc(s):
    if not re.fullmatch(r"[1-9]\d{10}", s):
        return False
    d = dg(s)
    return ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 == d[9] and sum(d[:10]) % 10 == d[10]


def ok_il_tz(s):
    if not re.fullmatch(r"\d{9}", s):
        return False
    return sum(_digsum(x * (1 if i % 2 == 0 else 2)) for i, x in enumerate(dg(s))) % 10 == 0


def ok_ru_inn(s):
    if not re.fullmatch(r"\d{12}", s):
        return False
    d = dg(s)
    n11 = wsum(d[:10], [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11 % 10
    n12 = wsum(d[:11], [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11 % 10
    return n11 == d[10] and n12 == d[11]


def ok_ru_snils(s):
    m = re.fullmatch(r"(\d{3})-(\d{3})-(\d{3}) (\d{2})", s)
    if not m:
        return False
    d = dg(m[1] + m[2] + m[3])
    t = wsum(d, range(9, 0, -1))
    c = t if t < 100 else (0 if t in (100, 101) else t % 101 % 100)
    return int(m[1] + m[2] + m[3]) > 1001998 and c == int(m[4])


def ok_ua_rnokpp(s):
    if not re.fullmatch(r"\d{10}", s):
        return False
    d = dg(s)
    return wsum(d[:9], [-1, 5, 7, 9, 4, 6, 10, 5, 7]) % 11 % 10 == d[9]


def ok_kz_iin(s):
    if not re.fullmatch(r"\d{12}", s) or s[6] not in "123456":
        return False
    d = dg(s)
    c = wsum(d[:11], range(1, 12)) % 11
    if c == 10:
        c = wsum(d[:11], [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]) % 11
    return c != 10 and c == d[11] and date_ok(1900 + int(s[:2]), int(s[2:4]), int(s[4:6]))


def ok_in_aadhaar(s):
    t = s.replace(" ", "")
    return bool(re.fullmatch(r"[2-9]\d{11}", t)) and verhoeff_ok(t)


def ok_in_pan(s):
    return bool(re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", s))


def ok_cn_rid(s):
    if not re.fullmatch(r"[1-6]\d{16}[\dX]", s):
        return False
    d = dg(s[:17])
    return "10X98765432"[sum(x * (2 ** (17 - i) % 11) for i, x in enumerate(d)) % 11] == s[17] and date_ok(int(s[6:10]), int(s[10:12]), int(s[12:14]))


def ok_hk_hkid(s):
    m = re.fullmatch(r"([A-Z])(\d{6})\(([\dA])\)", s)
    if not m:
        return False
    t = 36 * 9 + (ord(m[1]) - 55) * 8 + wsum(dg(m[2]), range(7, 1, -1))
    c = (11 - t % 11) % 11
    return ("A" if c == 10 else str(c)) == m[3]


TW_L = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))


def ok_tw_id(s):
    if not re.fullmatch(r"[A-Z][12]\d{8}", s):
        return False
    n = TW_L[s[0]]
    d = dg(s[1:])
    return (n // 10 + (n % 10) * 9 + wsum(d[:8], range(8, 0, -1)) + d[8]) % 10 == 0


def ok_jp_mynumber(s):
    t = s.replace(" ", "").replace("-", "")
    if not re.fullmatch(r"\d{12}", t):
        return False
    d = dg(t)
    body = d[:11][::-1]
    r = sum(p * (n + 1 if n <= 6 else n - 5) for n, p in enumerate(body, 1)) % 11
    return (0 if r <= 1 else 11 - r) == d[11]


def ok_kr_rrn(s):
    m = re.fullmatch(r"(\d{6})-([1-4]\d{6})", s)
    if not m:
        return False
    d = dg(m[1] + m[2])
    return (11 - wsum(d[:12], [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11) % 10 == d[12]


def ok_sg_nric(s):
    m = re.fullmatch(r"([STFG])(\d{7})([A-Z])", s)
    if not m:
        return False
    t = wsum(dg(m[2]), [2, 7, 6, 5, 4, 3, 2]) + (4 if m[1] in "TG" else 0)
    tab = "JZIHGFEDCBA" if m[1] in "ST" else "XWUTRQPNMLK"
    return tab[t % 11] == m[3]


MY_STATES = ["%02d" % i for i in list(range(1, 17)) + list(range(21, 60))]


def ok_my_mykad(s):
    m = re.fullmatch(r"(\d{6})-(\d{2})-(\d{4})", s)
    return bool(m) and m[2] in MY_STATES and date_ok(1900 + int(s[:2]), int(s[2:4]), int(s[4:6]))


def ok_th_id(s):
    t = s.replace("-", "").replace(" ", "")
    if not re.fullmatch(r"[1-8]\d{12}", t):
        return False
    d = dg(t)
    return (11 - wsum(d[:12], range(13, 1, -1)) % 11) % 10 == d[12]


ID_PROV = ["11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32", "33", "34", "35", "36", "51", "52", "53", "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76", "81", "82", "91", "94"]


def ok_id_nik(s):
    if not re.fullmatch(r"\d{16}", s) or s[:2] not in ID_PROV:
        return False
    dd = int(s[6:8])
    dd = dd - 40 if dd > 40 else dd
    return date_ok(1900 + int(s[10:12]), int(s[8:10]), dd) and s[12:] != "0000"


VN_PROV = ["001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087", "089", "091", "092", "093", "094", "095", "096"]


def ok_vn_cccd(s):
    return bool(re.fullmatch(r"\d{12}", s)) and s[:3] in VN_PROV and s[3] in "0123"


def ok_au_tfn(s):
    d = dg(s)
    return len(d) == 9 and wsum(d, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 == 0


def ok_au_medicare(s):
    d = dg(s)
    return len(d) in (10, 11) and 2 <= d[0] <= 6 and wsum(d[:8], [1, 3, 7, 9, 1, 3, 7, 9]) % 10 == d[8] and d[9] != 0


def ok_nz_ird(s):
    d = dg(s)
    if len(d) not in (8, 9):
        return False
    n = int("".join(map(str, d)))
    if not 10000000 < n < 150000000:
        return False
    base = [0] * (9 - len(d)) + d
    body = base[:8]
    for w in ([3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]):
        r = wsum(body, w) % 11
        c = 0 if r == 0 else 11 - r
        if c != 10:
            return c == base[8]
    return False


NHI_A = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def ok_nz_nhi(s):
    if not re.fullmatch(r"[A-HJ-NP-Z]{3}\d{4}", s):
        return False
    v = [NHI_A.index(c) + 1 for c in s[:3]] + dg(s[3:6])
    r = wsum(v, [7, 6, 5, 4, 3, 2]) % 11
    if r == 0:
        return False
    c = 11 - r
    return (0 if c == 10 else c) == int(s[6])


def ok_za_id(s):
    return bool(re.fullmatch(r"\d{10}[01][89]\d", s)) and luhn_ok(s) and date_ok(1900 + int(s[:2]), int(s[2:4]), int(s[4:6]))


def ok_br_cpf(s):
    m = re.fullmatch(r"(\d{3})\.(\d{3})\.(\d{3})-(\d{2})", s)
    if not m:
        return False
    d = dg(s)
    if len(set(d)) == 1:
        return False
    c1 = wsum(d[:9], range(10, 1, -1)) * 10 % 11 % 10
    c2 = wsum(d[:10], range(11, 1, -1)) * 10 % 11 % 10
    return c1 == d[9] and c2 == d[10]


def ok_br_cns(s):
    t = s.replace(" ", "")
    return bool(re.fullmatch(r"[12789]\d{14}", t)) and wsum(dg(t), range(15, 0, -1)) % 11 == 0


def ok_br_pis(s):
    d = dg(s)
    if len(d) != 11 or not re.fullmatch(r"\d{3}\.\d{5}\.\d{2}-\d", s):
        return False
    c = 11 - wsum(d[:10], [3, 2, 9, 8, 7, 6, 5, 4, 3, 2]) % 11
    return (0 if c >= 10 else c) == d[10]


def ok_ar_cuil(s):
    m = re.fullmatch(r"(20|23|24|27)-(\d{8})-(\d)", s)
    if not m:
        return False
    d = dg(m[1] + m[2])
    c = 11 - wsum(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(m[3])


def ok_cl_rut(s):
    m = re.fullmatch(r"(\d{1,2})\.(\d{3})\.(\d{3})-([\dK])", s)
    if not m:
        return False
    d = dg(m[1] + m[2] + m[3])[::-1]
    c = 11 - sum(x * (2 + i % 6) for i, x in enumerate(d)) % 11
    return {11: "0", 10: "K"}.get(c, str(c)) == m[4]


CURP_A = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def ok_mx_curp(s):
    if not re.fullmatch(r"[A-Z][AEIOUX][A-Z]{2}\d{6}[HM](AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE)[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z]\d", s):
        return False
    t = sum(CURP_A.index(c) * (18 - i) for i, c in enumerate(s[:17]))
    return (10 - t % 10) % 10 == int(s[17]) and date_ok(1900 + int(s[4:6]), int(s[6:8]), int(s[8:10]))


RFC_A = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"


def ok_mx_rfc(s):
    if not re.fullmatch(r"[A-Z&Ñ]{4}\d{6}[A-Z0-9]{2}[0-9A]", s):
        return False
    t = " " * (13 - len(s)) + s
    tot = sum(RFC_A.index(c) * (13 - i) for i, c in enumerate(t[:12]))
    r = tot % 11
    c = 0 if r == 0 else 11 - r
    return ("A" if c == 10 else str(c)) == s[-1]


def ok_ec_cedula(s):
    if not re.fullmatch(r"(0[1-9]|1\d|2[0-4])[0-5]\d{7}", s):
        return False
    d = dg(s)
    t = 0
    for i, x in enumerate(d[:9]):
        p = x * (2 if i % 2 == 0 else 1)
        t += p - 9 if p > 9 else p
    return (10 - t % 10) % 10 == d[9]


def ok_uy_ci(s):
    m = re.fullmatch(r"(\d)\.(\d{3})\.(\d{3})-(\d)", s)
    if not m:
        return False
    d = dg(m[1] + m[2] + m[3])
    return (10 - wsum(d, [2, 9, 8, 7, 6, 3, 4]) % 10) % 10 == int(m[4])


EG_GOV = ["01", "02", "03", "04", "11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "22", "23", "24", "25", "26", "27", "28", "29", "31", "32", "33", "34", "35", "88"]


def ok_eg_nid(s):
    return bool(re.fullmatch(r"[23]\d{13}", s)) and s[7:9] in EG_GOV and date_ok((1900 if s[0] == "2" else 2000) + int(s[1:3]), int(s[3:5]), int(s[5:7]))


def ok_uk_dl(s):
    m = re.fullmatch(r"([A-Z9]{5})(\d)([0156]\d)(\d{2})(\d)([A-Z9]{2})9([A-Z0-9]{2})", s)
    if not m:
        return False
    mm = int(m[3]) % 50
    return date_ok(1900 + int(m[2]) * 10 + int(m[5]), mm, int(m[4])) and m[1][0] != "9"


# ---------------------------------------------------------------- national ids: generators
def nd(n):
    return rs(n, DIG)


def dob(y0=1950, y1=2004):
    return rdate(y0, y1)


def g_us_ssn():
    return rej(lambda: "%s-%s-%s" % (nd(3), nd(2), nd(4)), ok_us_ssn)


def g_us_itin():
    return "9%s-%d-%s" % (nd(2), R.choice(list(range(70, 89)) + [90, 91, 92] + list(range(94, 100))), nd(4))


def g_us_mbi():
    p = ["123456789", MBI_L, MBI_L + DIG, DIG, MBI_L, MBI_L + DIG, DIG, MBI_L, MBI_L, DIG, DIG]
    t = "".join(R.choice(a) for a in p)
    return t[:4] + "-" + t[4:7] + "-" + t[7:]


def g_ca_sin():
    t = rej(lambda: R.choice("1234567") + nd(8), ok_ca_sin)
    return "%s %s %s" % (t[:3], t[3:6], t[6:])


def g_ca_bc_phn():
    t = rej(lambda: "9" + nd(9), ok_ca_bc_phn)
    return "%s %s %s" % (t[:4], t[4:7], t[7:])


def g_uk_nino():
    t = rej(lambda: rs(2, UP) + nd(6) + R.choice("ABCD"), ok_uk_nino)
    return "%s %s %s %s %s" % (t[:2], t[2:4], t[4:6], t[6:8], t[8])


def g_uk_nhs():
    t = rej(lambda: R.choice("4679") + nd(9), ok_uk_nhs)
    return "%s %s %s" % (t[:3], t[3:6], t[6:])


def g_ie_pps():
    return rej(lambda: nd(7) + R.choice(UP[:23]) + R.choice(["", "", "A", "W"]), ok_ie_pps)


def g_fr_nir():
    def mk():
        d = dob()
        b = R.choice("12") + d.strftime("%y%m") + "%02d" % R.randint(1, 95) + nd(3) + nd(3)
        return b + "%02d" % (97 - int(b) % 97)
    t = mk()
    return "%s %s %s %s %s %s %s" % (t[0], t[1:3], t[3:5], t[5:7], t[7:10], t[10:13], t[13:])


def g_fr_spi():
    b = R.choice("0123") + nd(9)
    t = b + "%03d" % (int(b) % 511)
    return "%s %s %s %s %s" % (t[:2], t[2:4], t[4:7], t[7:10], t[10:])


def g_de_steuer_id():
    def mk():
        ds = R.sample(DIG, 9)
        ds.append(R.choice(ds))
        R.shuffle(ds)
        return "".join(ds) + R.choice(DIG)
    return rej(mk, ok_de_steuer_id)


def g_de_kvnr():
    return rej(lambda: R.choice(UP) + nd(9), ok_de_kvnr)


def g_de_rvnr():
    def mk():
        d = dob()
        return R.choice(RV_AREAS) + d.strftime("%d%m%y") + R.choice(UP) + nd(2) + R.choice(DIG)
    t = rej(mk, ok_de_rvnr)
    return "%s %s %s %s" % (t[:2], t[2:8], t[8:11], t[11])


def g_de_idcard():
    b = R.choice("LMNPRTVWXYZCFGHJK") + "".join(R.choice(DE_ID_A) for _ in range(8))
    return b + mrz_cd(b)


def g_at_svnr():
    def mk():
        return R.choice("123456789") + nd(2) + R.choice(DIG) + dob().strftime("%d%m%y")
    t = rej(mk, ok_at_svnr)
    return "%s %s" % (t[:4], t[4:])


def g_ch_ahv():
    b = "756" + nd(9)
    c = [x for x in DIG if ean_ok(b + x)][0]
    t = b + c
    return "%s.%s.%s.%s" % (t[:3], t[3:7], t[7:11], t[11:])


def g_it_cf():
    d = dob()
    day = d.day + (40 if R.random() < 0.5 else 0)
    b = rs(3, "BCDFGLMNPRSTVZ") + rs(3, "BCDFGLMNPRSTVZAEIOU") + d.strftime("%y") + "ABCDEHLMPRST"[d.month - 1] + "%02d" % day + R.choice("ABCDEFGHILMZ") + nd(3)
    for c in UP:
        if ok_it_cf(b + c):
            return b + c


def g_es_dni():
    n = nd(8)
    return n + DNI_L[int(n) % 23]


def g_es_nie():
    p = R.choice("XYZ")
    n = nd(7)
    return p + n + DNI_L[int(str("XYZ".index(p)) + n) % 23]


def g_es_nss():
    b = "%02d" % R.randint(1, 52) + R.choice("123456789") + nd(7)
    return "%s/%s/%02d" % (b[:2], b[2:], int(b) % 97)


def g_pt_nif():
    t = rej(lambda: R.choice("123") + nd(8), ok_pt_nif)
    return "%s %s %s" % (t[:3], t[3:6], t[6:])


def g_nl_bsn():
    return rej(lambda: R.choice("123456789") + nd(8), ok_nl_bsn)


def g_be_nrn():
    d = dob(1950, 1999)
    b = d.strftime("%y%m%d") + nd(3)
    c = 97 - int(b) % 97
    return "%s.%s.%s-%s.%02d" % (b[:2], b[2:4], b[4:6], b[6:], c)


def g_lu_matricule():
    b = dob().strftime("%Y%m%d") + nd(3)
    l = luhn_digit(b)
    v = [x for x in DIG if verhoeff_ok(b + x)][0]
    return b + l + v


def g_dk_cpr():
    def mk():
        return dob(1950, 1999).strftime("%d%m%y") + "-" + nd(4)
    return rej(mk, ok_dk_cpr)


def g_se_pnr():
    b = dob(1950, 1999).strftime("%y%m%d") + nd(3)
    return b[:6] + "-" + b[6:] + luhn_digit(b)


def g_no_fnr():
    return rej(lambda: dob(1950, 1999).strftime("%d%m%y") + nd(5), ok_no_fnr)


def g_fi_hetu():
    d = dob(1950, 1999)
    n = "%03d" % R.randint(2, 899)
    b = d.strftime("%d%m%y")
    return b + "-" + n + HETU_C[int(b + n) % 31]


def g_is_kt():
    t = rej(lambda: dob(1950, 1999).strftime("%d%m%y") + nd(3) + "9", ok_is_kt)
    return t[:6] + "-" + t[6:]


def g_pl_pesel():
    d = dob(1950, 2005)
    mm = d.month + (20 if d.year >= 2000 else 0)
    b = d.strftime("%y") + "%02d" % mm + d.strftime("%d") + nd(4)
    return rej(lambda: b + R.choice(DIG), ok_pl_pesel)


def g_pl_nip():
    t = rej(lambda: R.choice("123456789") + nd(9), ok_pl_nip)
    return "%s-%s-%s-%s" % (t[:3], t[3:6], t[6:8], t[8:])


def g_pl_idcard():
    return rej(lambda: rs(3, UP) + nd(6), ok_pl_idcard)


def g_cz_rc():
    def mk():
        d = dob(1954, 1999)
        mm = d.month + (50 if R.random() < 0.5 else 0)
        return d.strftime("%y") + "%02d" % mm + d.strftime("%d") + "/" + nd(4)
    return rej(mk, ok_cz_rc)


def g_hu_taj():
    t = rej(lambda: nd(9), ok_hu_taj)
    return "%s %s %s" % (t[:3], t[3:6], t[6:])


def g_hu_adoaz():
    return rej(lambda: "8" + nd(9), ok_hu_adoaz)


def g_ro_cnp():
    def mk():
        d = dob(1950, 2004)
        s = R.choice("12") if d.year < 2000 else R.choice("56")
        return s + d.strftime("%y%m%d") + "%02d" % R.randint(1, 46) + nd(3) + R.choice(DIG)
    return rej(mk, ok_ro_cnp)


def g_bg_egn():
    def mk():
        d = dob(1950, 1999)
        return d.strftime("%y%m%d") + nd(4)
    return rej(mk, ok_bg_egn)


def g_hr_oib():
    return rej(lambda: R.choice("123456789") + nd(10), ok_hr_oib)


def g_emso(region):
    def mk():
        d = dob(1950, 1999)
        return d.strftime("%d%m") + "%03d" % (d.year % 1000) + region + nd(4)
    return rej(mk, ok_emso)


def g_ee_ik():
    def mk():
        d = dob(1950, 2004)
        g = R.choice("34") if d.year < 2000 else R.choice("56")
        return g + d.strftime("%y%m%d") + nd(3) + R.choice(DIG)
    return rej(mk, ok_ee_ik)


def g_lv_pk():
    def mk():
        d = dob(1950, 1999)
        return d.strftime("%d%m%y") + "-1" + nd(4)
    return rej(mk, ok_lv_pk)


def g_gr_amka():
    return rej(lambda: dob(1950, 1999).strftime("%d%m%y") + nd(5), ok_gr_amka)


def g_gr_afm():
    return rej(lambda: R.choice("01") + nd(8), ok_gr_afm)


def g_tr_tc():
    return rej(lambda: R.choice("123456789") + nd(10), ok_tr_tc)


def g_il_tz():
    return rej(lambda: R.choice("0123") + nd(8), ok_il_tz)


def g_ru_inn():
    return rej(lambda: "77" + nd(10), ok_ru_inn)


def g_ru_snils():
    b = "%09d" % R.randint(1002000, 999999999)
    d = dg(b)
    t = wsum(d, range(9, 0, -1))
    c = t if t < 100 else (0 if t in (100, 101) else t % 101 % 100)
    return "%s-%s-%s %02d" % (b[:3], b[3:6], b[6:], c)


def g_ua_rnokpp():
    return rej(lambda: R.choice("23") + nd(9), ok_ua_rnokpp)


def g_kz_iin():
    def mk():
        d = dob(1950, 1999)
        return d.strftime("%y%m%d") + R.choice("34") + nd(5)
    return rej(mk, ok_kz_iin)


def g_in_aadhaar():
    b = R.choice("23456789") + nd(10)
    t = [b + x for x in DIG if verhoeff_ok(b + x)][0]
    return "%s %s %s" % (t[:4], t[4:8], t[8:])


def g_in_pan():
    return rs(3, UP) + "P" + R.choice(UP) + nd(4) + R.choice(UP)


def g_cn_rid():
    area = R.choice(["110105", "310104", "440305", "510107", "330106", "420111", "320102", "610113"])
    b = area + dob(1950, 2004).strftime("%Y%m%d") + nd(3)
    return rej(lambda: b + R.choice(DIG + "X"), ok_cn_rid)


def g_hk_hkid():
    return rej(lambda: R.choice(UP) + nd(6) + "(" + R.choice(DIG + "A") + ")", ok_hk_hkid)


def g_tw_id():
    return rej(lambda: R.choice(UP) + R.choice("12") + nd(8), ok_tw_id)


def g_jp_mynumber():
    t = rej(lambda: nd(12), ok_jp_mynumber)
    return "%s %s %s" % (t[:4], t[4:8], t[8:])


def g_kr_rrn():
    def mk():
        d = dob(1950, 1999)
        return d.strftime("%y%m%d") + "-" + R.choice("12") + nd(6)
    return rej(mk, ok_kr_rrn)


def g_sg_nric():
    return rej(lambda: R.choice("STFG") + nd(7) + R.choice(UP), ok_sg_nric)


def g_my_mykad():
    return dob(1950, 1999).strftime("%y%m%d") + "-" + R.choice(MY_STATES) + "-" + nd(4)


def g_th_id():
    t = rej(lambda: R.choice("1358") + nd(12), ok_th_id)
    return "%s-%s-%s-%s-%s" % (t[0], t[1:5], t[5:10], t[10:12], t[12])


def g_id_nik():
    d = dob(1950, 2004)
    dd = d.day + (40 if R.random() < 0.5 else 0)
    return R.choice(ID_PROV) + "%02d%02d" % (R.randint(1, 30), R.randint(1, 30)) + "%02d%s" % (dd, d.strftime("%m%y")) + "%04d" % R.randint(1, 4000)


def g_vn_cccd():
    d = dob(1950, 2004)
    g = ("0" if d.year < 2000 else "2") if R.random() < 0.5 else ("1" if d.year < 2000 else "3")
    return R.choice(VN_PROV) + g + d.strftime("%y") + nd(6)


def g_au_tfn():
    t = rej(lambda: nd(9), ok_au_tfn)
    return "%s %s %s" % (t[:3], t[3:6], t[6:])


def g_au_medicare():
    b = R.choice("23456") + nd(7)
    c = wsum(dg(b), [1, 3, 7, 9, 1, 3, 7, 9]) % 10
    t = b + str(c) + R.choice("123456789")
    return "%s %s %s" % (t[:4], t[4:9], t[9])


def g_nz_ird():
    t = rej(lambda: "%09d" % R.randint(10000001, 149999999), ok_nz_ird)
    return "%s-%s-%s" % (t[:3], t[3:6], t[6:])


def g_nz_nhi():
    return rej(lambda: "".join(R.choice(NHI_A) for _ in range(3)) + nd(4), ok_nz_nhi)


def g_za_id():
    b = dob(1950, 1999).strftime("%y%m%d") + nd(4) + R.choice("01") + "8"
    return b + luhn_digit(b)


def g_br_cpf():
    t = rej(lambda: nd(11), lambda x: ok_br_cpf("%s.%s.%s-%s" % (x[:3], x[3:6], x[6:9], x[9:])))
    return "%s.%s.%s-%s" % (t[:3], t[3:6], t[6:9], t[9:])


def g_br_cns():
    t = rej(lambda: R.choice("789") + nd(14), ok_br_cns)
    return "%s %s %s %s" % (t[:3], t[3:7], t[7:11], t[11:])


def g_br_pis():
    b = R.choice("12") + nd(9)
    c = 11 - wsum(dg(b), [3, 2, 9, 8, 7, 6, 5, 4, 3, 2]) % 11
    t = b + str(0 if c >= 10 else c)
    return "%s.%s.%s-%s" % (t[:3], t[3:8], t[8:10], t[10])


def g_ar_cuil():
    return rej(lambda: R.choice(["20", "27"]) + "-" + "%08d" % R.randint(10000000, 45000000) + "-" + R.choice(DIG), ok_ar_cuil)


def g_cl_rut():
    n = "%08d" % R.randint(5000000, 25999999)
    n = n.lstrip("0")
    mk = "%s.%s.%s" % (n[:-6], n[-6:-3], n[-3:])
    return [mk + "-" + c for c in DIG + "K" if ok_cl_rut(mk + "-" + c)][0]


def g_mx_curp():
    d = dob(1950, 1999)
    b = R.choice(UP) + R.choice("AEIOU") + rs(2, UP) + d.strftime("%y%m%d") + R.choice("HM") + R.choice(["DF", "JC", "NL", "PL", "VZ", "GT", "YN", "MC"]) + rs(3, "BCDFGHJKLMNPRSTVZ") + "0"
    return rej(lambda: b + R.choice(DIG), ok_mx_curp)


def g_mx_rfc():
    d = dob(1950, 1999)
    b = rs(4, "ABCDEFGHIJKLMNOPRSTUVZ") + d.strftime("%y%m%d") + rs(2, UP + DIG)
    return rej(lambda: b + R.choice(DIG + "A"), ok_mx_rfc)


def g_ec_cedula():
    return rej(lambda: "%02d" % R.randint(1, 24) + R.choice("012345") + nd(7), ok_ec_cedula)


def g_uy_ci():
    return rej(lambda: "%s.%s.%s-%s" % (R.choice("1234"), nd(3), nd(3), R.choice(DIG)), ok_uy_ci)


def g_eg_nid():
    d = dob(1950, 2004)
    return ("2" if d.year < 2000 else "3") + d.strftime("%y%m%d") + R.choice(EG_GOV) + nd(4) + R.choice(DIG)


def g_uk_dl():
    d = dob(1950, 1999)
    sur = rs(R.randint(3, 5), UP).ljust(5, "9")
    mm = d.month + (50 if R.random() < 0.5 else 0)
    return sur + d.strftime("%y")[0] + "%02d" % mm + d.strftime("%d") + d.strftime("%y")[1] + rs(2, UP) + "9" + rs(2, UP + DIG)


# type -> (generator, predicate, local label used in the carrier)
NATIONAL = {
    "us_ssn": (g_us_ssn, ok_us_ssn, "SSN"),
    "us_itin": (g_us_itin, ok_us_itin, "ITIN"),
    "us_medicare_mbi": (g_us_mbi, ok_us_mbi, "Medicare MBI"),
    "ca_sin": (g_ca_sin, ok_ca_sin, "SIN"),
    "ca_bc_phn": (g_ca_bc_phn, ok_ca_bc_phn, "BC PHN"),
    "uk_nino": (g_uk_nino, ok_uk_nino, "NI number"),
    "uk_nhs_number": (g_uk_nhs, ok_uk_nhs, "NHS number"),
    "uk_driving_licence": (g_uk_dl, ok_uk_dl, "Driving licence no."),
    "ie_pps": (g_ie_pps, ok_ie_pps, "PPSN"),
    "fr_nir": (g_fr_nir, ok_fr_nir, "N° de sécurité sociale"),
    "fr_spi_tax": (g_fr_spi, ok_fr_spi, "Numéro fiscal"),
    "de_steuer_id": (g_de_steuer_id, ok_de_steuer_id, "Steuer-IdNr."),
    "de_kvnr": (g_de_kvnr, ok_de_kvnr, "KVNR"),
    "de_rentenversicherung": (g_de_rvnr, ok_de_rvnr, "RV-Nummer"),
    "de_personalausweis": (g_de_idcard, ok_de_idcard, "Ausweisnummer"),
    "at_svnr": (g_at_svnr, ok_at_svnr, "SV-Nummer"),
    "ch_ahv": (g_ch_ahv, ok_ch_ahv, "AHV-Nr."),
    "it_codice_fiscale": (g_it_cf, ok_it_cf, "Codice fiscale"),
    "es_dni": (g_es_dni, ok_es_dni, "DNI"),
    "es_nie": (g_es_nie, ok_es_nie, "NIE"),
    "es_nss": (g_es_nss, ok_es_nss, "Nº Seguridad Social"),
    "pt_nif": (g_pt_nif, ok_pt_nif, "NIF"),
    "nl_bsn": (g_nl_bsn, ok_nl_bsn, "BSN"),
    "be_national_number": (g_be_nrn, ok_be_nrn, "Rijksregisternummer"),
    "lu_matricule": (g_lu_matricule, ok_lu_matricule, "Matricule"),
    "dk_cpr": (g_dk_cpr, ok_dk_cpr, "CPR-nr."),
    "se_personnummer": (g_se_pnr, ok_se_pnr, "Personnummer"),
    "no_fodselsnummer": (g_no_fnr, ok_no_fnr, "Fødselsnummer"),
    "fi_hetu": (g_fi_hetu, ok_fi_hetu, "Henkilötunnus"),
    "is_kennitala": (g_is_kt, ok_is_kt, "Kennitala"),
    "pl_pesel": (g_pl_pesel, ok_pl_pesel, "PESEL"),
    "pl_nip": (g_pl_nip, ok_pl_nip, "NIP"),
    "pl_dowod": (g_pl_idcard, ok_pl_idcard, "Nr dowodu"),
    "cz_rodne_cislo": (g_cz_rc, ok_cz_rc, "Rodné číslo"),
    "hu_taj": (g_hu_taj, ok_hu_taj, "TAJ szám"),
    "hu_adoazonosito": (g_hu_adoaz, ok_hu_adoaz, "Adóazonosító jel"),
    "ro_cnp": (g_ro_cnp, ok_ro_cnp, "CNP"),
    "bg_egn": (g_bg_egn, ok_bg_egn, "ЕГН"),
    "hr_oib": (g_hr_oib, ok_hr_oib, "OIB"),
    "si_emso": (lambda: g_emso("50"), ok_emso, "EMŠO"),
    "rs_jmbg": (lambda: g_emso("71"), ok_emso, "JMBG"),
    "ee_isikukood": (g_ee_ik, ok_ee_ik, "Isikukood"),
    "lt_asmens_kodas": (g_ee_ik, ok_ee_ik, "Asmens kodas"),
    "lv_personas_kods": (g_lv_pk, ok_lv_pk, "Personas kods"),
    "gr_amka": (g_gr_amka, ok_gr_amka, "ΑΜΚΑ"),
    "gr_afm": (g_gr_afm, ok_gr_afm, "ΑΦΜ"),
    "tr_tc_kimlik": (g_tr_tc, ok_tr_tc, "TC Kimlik No"),
    "il_teudat_zehut": (g_il_tz, ok_il_tz, "מספר זהות"),
    "ru_inn": (g_ru_inn, ok_ru_inn, "ИНН"),
    "ru_snils": (g_ru_snils, ok_ru_snils, "СНИЛС"),
    "ua_rnokpp": (g_ua_rnokpp, ok_ua_rnokpp, "РНОКПП"),
    "kz_iin": (g_kz_iin, ok_kz_iin, "ИИН"),
    "in_aadhaar": (g_in_aadhaar, ok_in_aadhaar, "Aadhaar"),
    "in_pan": (g_in_pan, ok_in_pan, "PAN"),
    "cn_resident_id": (g_cn_rid, ok_cn_rid, "身份证号"),
    "hk_hkid": (g_hk_hkid, ok_hk_hkid, "HKID"),
    "tw_national_id": (g_tw_id, ok_tw_id, "身分證字號"),
    "jp_my_number": (g_jp_mynumber, ok_jp_mynumber, "マイナンバー"),
    "kr_rrn": (g_kr_rrn, ok_kr_rrn, "주민등록번호"),
    "sg_nric": (g_sg_nric, ok_sg_nric, "NRIC/FIN"),
    "my_mykad": (g_my_mykad, ok_my_mykad, "No. MyKad"),
    "th_national_id": (g_th_id, ok_th_id, "เลขประจำตัวประชาชน"),
    "id_nik": (g_id_nik, ok_id_nik, "NIK"),
    "vn_cccd": (g_vn_cccd, ok_vn_cccd, "Số CCCD"),
    "au_tfn": (g_au_tfn, ok_au_tfn, "TFN"),
    "au_medicare": (g_au_medicare, ok_au_medicare, "Medicare card"),
    "nz_ird": (g_nz_ird, ok_nz_ird, "IRD number"),
    "nz_nhi": (g_nz_nhi, ok_nz_nhi, "NHI"),
    "za_id_number": (g_za_id, ok_za_id, "ID number"),
    "br_cpf": (g_br_cpf, ok_br_cpf, "CPF"),
    "br_cns": (g_br_cns, ok_br_cns, "Cartão SUS (CNS)"),
    "br_pis": (g_br_pis, ok_br_pis, "PIS/PASEP"),
    "ar_cuil": (g_ar_cuil, ok_ar_cuil, "CUIL"),
    "cl_rut": (g_cl_rut, ok_cl_rut, "RUT"),
    "mx_curp": (g_mx_curp, ok_mx_curp, "CURP"),
    "mx_rfc": (g_mx_rfc, ok_mx_rfc, "RFC"),
    "ec_cedula": (g_ec_cedula, ok_ec_cedula, "Cédula"),
    "uy_cedula": (g_uy_ci, ok_uy_ci, "C.I."),
    "eg_national_id": (g_eg_nid, ok_eg_nid, "الرقم القومي"),
}


# ---------------------------------------------------------------- vendor / framework credentials
def gh(prefix):
    body = rs(30)
    return prefix + body + crc32_b62(body)


def ok_gh(s):
    return bool(re.fullmatch(r"gh[pousr]_[A-Za-z0-9]{36}|npm_[A-Za-z0-9]{36}", s)) and crc32_b62(s[4:34]) == s[34:]


def g_age():
    return bech32_encode("age-secret-key-", rb(32)).upper()


def g_nsec():
    return bech32_encode("nsec", rb(32))


def g_xprv():
    raw = bytes.fromhex("0488ADE4") + bytes([R.choice([0, 3])]) + rb(4) + rb(4) + rb(32) + b"\0" + rb(32)
    if raw[4] == 0:
        raw = raw[:5] + b"\0\0\0\0" + b"\0\0\0\0" + raw[13:]
    return b58enc(raw + hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4])


def g_wif():
    raw = b"\x80" + rb(32) + b"\x01"
    return b58enc(raw + hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4])


def g_jwt(alg="HS256", claims=None):
    h = {"alg": alg, "typ": "JWT"}
    now = 1760000000 + R.randrange(10 ** 7)
    p = claims or {"sub": str(R.randrange(10 ** 6, 10 ** 7)), "iat": now, "exp": now + 3600, "scope": R.choice(["read write", "admin", "orders:read"])}
    sig = rb(32 if alg.startswith("HS") else 256 if alg.startswith("RS") else 64)
    return b64u(json.dumps(h, separators=(",", ":")).encode()) + "." + b64u(json.dumps(p, separators=(",", ":")).encode()) + "." + b64u(sig)


def ok_jwt(s):
    try:
        parts = s.split(".")
        if len(parts) != 3:
            return False
        pad = lambda x: x + "=" * (-len(x) % 4)
        h = json.loads(base64.urlsafe_b64decode(pad(parts[0])))
        json.loads(base64.urlsafe_b64decode(pad(parts[1])))
        base64.urlsafe_b64decode(pad(parts[2]))
        return "alg" in h
    except Exception:
        return False


def g_discord():
    uid = str(R.randrange(10 ** 17, 10 ** 18 + 2 * 10 ** 17))
    return b64u(uid.encode()) + "." + rs(6, B64U) + "." + rs(38, B64U)


def g_mapbox():
    return "sk.eyJ1Ijoi" + b64u(json.dumps({"u": rs(8, LO), "a": rs(12, LO)}).encode())[11:] + "." + rs(22, B64U)


def g_ops():
    payload = {"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000, "salt": b64u(rb(16))},
               "email": rs(20, LO) + "@1passwordserviceaccounts.com", "srpX": rb(32).hex(), "muk": {"alg": "A256GCM", "ext": True, "k": b64u(rb(32)), "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
               "secretKey": "A3-" + rs(6, UP + DIG) + "-" + rs(6, UP + DIG) + "-" + "-".join(rs(5, UP + DIG) for _ in range(4)), "throttleSecret": {"seed": rb(32).hex(), "uuid": rs(26, UP + DIG)}, "deviceUuid": rs(26, LO + DIG)}
    return "ops_" + b64u(json.dumps(payload, separators=(",", ":")).encode())


def g_bitwarden():
    u = "%s-%s-%s-%s-%s" % (rs(8, LH), rs(4, LH), "4" + rs(3, LH), R.choice("89ab") + rs(3, LH), rs(12, LH))
    return "0." + u + "." + rs(30) + ":" + b64(rb(16))


def g_uuid():
    return "%s-%s-%s-%s-%s" % (rs(8, LH), rs(4, LH), "4" + rs(3, LH), R.choice("89ab") + rs(3, LH), rs(12, LH))


def g_braintree():
    return "access_token$production$" + rs(16, LO + DIG) + "$" + rs(32, LH)


def g_django():
    return "".join(R.choice(LO + DIG + "!@#$%^&*(-_=+)") for _ in range(50))


def g_azure_secret():
    return rs(3, AN) + "8Q~" + "".join(R.choice(AN + "_~.-") for _ in range(34))


def g_pinecone():
    return "pcsk_" + rs(5) + "_" + rs(63)


UUID_RE = r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"

# name -> (generator, full-match regex, key name in config, extra predicate)
SECRETS = {
    "github_pat_classic": (lambda: gh("ghp_"), r"ghp_[A-Za-z0-9]{36}", "GITHUB_TOKEN", ok_gh),
    "github_oauth_token": (lambda: gh("gho_"), r"gho_[A-Za-z0-9]{36}", "GH_OAUTH_TOKEN", ok_gh),
    "github_user_to_server_token": (lambda: gh("ghu_"), r"ghu_[A-Za-z0-9]{36}", "GH_USER_TOKEN", ok_gh),
    "github_installation_token": (lambda: gh("ghs_"), r"ghs_[A-Za-z0-9]{36}", "GH_APP_INSTALLATION_TOKEN", ok_gh),
    "github_pat_fine_grained": (lambda: "github_pat_" + rs(22) + "_" + rs(59), r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}", "GH_PAT", None),
    "gitlab_pat": (lambda: "glpat-" + rs(20, AN + "-_"), r"glpat-[A-Za-z0-9_-]{20}", "GITLAB_TOKEN", None),
    "gitlab_oauth_app_secret": (lambda: "gloas-" + rs(64, LH), r"gloas-[0-9a-f]{64}", "GITLAB_APP_SECRET", None),
    "gitlab_agent_token": (lambda: "glagent-" + rs(50, AN + "-_"), r"glagent-[A-Za-z0-9_-]{50}", "AGENT_TOKEN", None),
    "gitlab_feature_flag_client_token": (lambda: "glffct-" + rs(20, AN + "-_"), r"glffct-[A-Za-z0-9_-]{20}", "UNLEASH_INSTANCE_TOKEN", None),
    "gitlab_runner_auth_token": (lambda: "glrt-" + rs(20, AN + "-_"), r"glrt-[A-Za-z0-9_-]{20}", "RUNNER_TOKEN", None),
    "slack_bot_token": (lambda: "xoxb-%d-%d-%s" % (R.randrange(10 ** 11, 10 ** 12), R.randrange(10 ** 12, 10 ** 13), rs(24)), r"xoxb-\d{11,12}-\d{12,13}-[A-Za-z0-9]{24}", "SLACK_BOT_TOKEN", None),
    "slack_user_token": (lambda: "xoxp-%d-%d-%d-%s" % (R.randrange(10 ** 11, 10 ** 12), R.randrange(10 ** 11, 10 ** 12), R.randrange(10 ** 12, 10 ** 13), rs(32, LH)), r"xoxp-\d+-\d+-\d+-[0-9a-f]{32}", "SLACK_USER_TOKEN", None),
    "slack_app_level_token": (lambda: "xapp-1-A%s-%d-%s" % (rs(10, UP + DIG), R.randrange(10 ** 12, 10 ** 13), rs(64, LH)), r"xapp-1-A[A-Z0-9]{10}-\d{13}-[0-9a-f]{64}", "SLACK_APP_TOKEN", None),
    "stripe_live_secret_key": (lambda: "sk_live_51" + rs(97), r"sk_live_[A-Za-z0-9]{99}", "STRIPE_SECRET_KEY", None),
    "stripe_restricted_key": (lambda: "rk_live_51" + rs(97), r"rk_live_[A-Za-z0-9]{99}", "STRIPE_RESTRICTED_KEY", None),
    "stripe_webhook_secret": (lambda: "whsec_" + rs(32), r"whsec_[A-Za-z0-9]{32}", "STRIPE_WEBHOOK_SECRET", None),
    "openai_project_key": (lambda: "sk-proj-" + rs(74, AN + "-_") + "T3BlbkFJ" + rs(74, AN + "-_"), r"sk-proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}", "OPENAI_API_KEY", None),
    "openai_service_account_key": (lambda: "sk-svcacct-" + rs(74, AN + "-_") + "T3BlbkFJ" + rs(74, AN + "-_"), r"sk-svcacct-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}", "OPENAI_KEY", None),
    "anthropic_api_key": (lambda: "sk-ant-api03-" + rs(93, AN + "-_") + "AA", r"sk-ant-api03-[A-Za-z0-9_-]{93}AA", "ANTHROPIC_API_KEY", None),
    "anthropic_admin_key": (lambda: "sk-ant-admin01-" + rs(93, AN + "-_") + "AA", r"sk-ant-admin01-[A-Za-z0-9_-]{93}AA", "ANTHROPIC_ADMIN_KEY", None),
    "aws_access_key_id": (lambda: "AKIA" + rs(16, UP + "234567"), r"AKIA[A-Z2-7]{16}", "AWS_ACCESS_KEY_ID", None),
    "aws_secret_access_key": (lambda: rs(40, B64), r"[A-Za-z0-9+/]{40}", "AWS_SECRET_ACCESS_KEY", None),
    "aws_temp_access_key_id": (lambda: "ASIA" + rs(16, UP + "234567"), r"ASIA[A-Z2-7]{16}", "AWS_ACCESS_KEY_ID", None),
    "gcp_api_key": (lambda: "AIza" + rs(35, B64U), r"AIza[A-Za-z0-9_-]{35}", "GOOGLE_MAPS_SERVER_KEY", None),
    "google_oauth_client_secret": (lambda: "GOCSPX-" + rs(28, B64U), r"GOCSPX-[A-Za-z0-9_-]{28}", "GOOGLE_CLIENT_SECRET", None),
    "google_oauth_refresh_token": (lambda: "1//0" + rs(2, AN) + rs(99, B64U), r"1//0[A-Za-z0-9_-]{101}", "GOOGLE_REFRESH_TOKEN", None),
    "npm_token": (lambda: gh("npm_"), r"npm_[A-Za-z0-9]{36}", "NPM_TOKEN", ok_gh),
    "pypi_token": (lambda: "pypi-AgEIcHlwaS5vcmcCJG" + rs(140, B64U), r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{143}", "TWINE_PASSWORD", None),
    "huggingface_token": (lambda: "hf_" + rs(34, UP + LO), r"hf_[A-Za-z]{34}", "HF_TOKEN", None),
    "huggingface_org_token": (lambda: "api_org_" + rs(34, UP + LO), r"api_org_[A-Za-z]{34}", "HUGGINGFACE_ORG_TOKEN", None),
    "sendgrid_api_key": (lambda: "SG." + rs(22, B64U) + "." + rs(43, B64U), r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}", "SENDGRID_API_KEY", None),
    "twilio_api_key_secret": (lambda: rs(32), r"[A-Za-z0-9]{32}", "TWILIO_API_SECRET", None),
    "mailgun_private_key": (lambda: "key-" + rs(32, LH), r"key-[0-9a-f]{32}", "MAILGUN_API_KEY", None),
    "mailchimp_api_key": (lambda: rs(32, LH) + "-us" + str(R.randint(1, 21)), r"[0-9a-f]{32}-us\d{1,2}", "MAILCHIMP_KEY", None),
    "shopify_admin_token": (lambda: "shpat_" + rs(32, LH), r"shpat_[0-9a-f]{32}", "SHOPIFY_ADMIN_TOKEN", None),
    "shopify_private_app_password": (lambda: "shppa_" + rs(32, LH), r"shppa_[0-9a-f]{32}", "SHOPIFY_PASSWORD", None),
    "digitalocean_pat": (lambda: "dop_v1_" + rs(64, LH), r"dop_v1_[0-9a-f]{64}", "DIGITALOCEAN_TOKEN", None),
    "vault_service_token": (lambda: "hvs." + rs(92, AN + "_-"), r"hvs\.[A-Za-z0-9_-]{92}", "VAULT_TOKEN", None),
    "terraform_cloud_token": (lambda: rs(14) + ".atlasv1." + rs(67, AN + "-_"), r"[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_-]{67}", "TFE_TOKEN", None),
    "doppler_cli_token": (lambda: "dp.ct." + rs(40), r"dp\.ct\.[A-Za-z0-9]{40}", "DOPPLER_TOKEN", None),
    "pulumi_access_token": (lambda: "pul-" + rs(40, LH), r"pul-[0-9a-f]{40}", "PULUMI_ACCESS_TOKEN", None),
    "postman_api_key": (lambda: "PMAK-" + rs(24, LH) + "-" + rs(34, LH), r"PMAK-[0-9a-f]{24}-[0-9a-f]{34}", "POSTMAN_API_KEY", None),
    "linear_api_key": (lambda: "lin_api_" + rs(40), r"lin_api_[A-Za-z0-9]{40}", "LINEAR_API_KEY", None),
    "notion_integration_token": (lambda: "ntn_" + rs(46), r"ntn_[A-Za-z0-9]{46}", "NOTION_TOKEN", None),
    "figma_pat": (lambda: "figd_" + rs(40, AN + "-_"), r"figd_[A-Za-z0-9_-]{40}", "FIGMA_TOKEN", None),
    "databricks_pat": (lambda: "dapi" + rs(32, LH), r"dapi[0-9a-f]{32}", "DATABRICKS_TOKEN", None),
    "dynatrace_api_token": (lambda: "dt0c01." + rs(24, UP + DIG) + "." + rs(64, UP + DIG), r"dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}", "DT_API_TOKEN", None),
    "newrelic_user_api_key": (lambda: "NRAK-" + rs(27, UP + DIG), r"NRAK-[A-Z0-9]{27}", "NEW_RELIC_API_KEY", None),
    "sentry_user_token": (lambda: "sntryu_" + rs(64, LH), r"sntryu_[0-9a-f]{64}", "SENTRY_AUTH_TOKEN", None),
    "grafana_service_account_token": (lambda: "glsa_" + rs(32) + "_" + rs(8, LH), r"glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}", "GRAFANA_TOKEN", None),
    "planetscale_service_token": (lambda: "pscale_tkn_" + rs(43, AN + "_-"), r"pscale_tkn_[A-Za-z0-9_-]{43}", "PLANETSCALE_SERVICE_TOKEN", None),
    "flutterwave_secret_key": (lambda: "FLWSECK-" + rs(32, LH) + "-X", r"FLWSECK-[0-9a-f]{32}-X", "FLW_SECRET_KEY", None),
    "age_secret_key": (g_age, r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}", "SOPS_AGE_KEY", bech32_ok),
    "telegram_bot_token": (lambda: "%d:AA%s" % (R.randrange(10 ** 9, 8 * 10 ** 9), rs(33, B64U)), r"\d{10}:AA[A-Za-z0-9_-]{33}", "TELEGRAM_BOT_TOKEN", None),
    "discord_bot_token": (g_discord, r"[A-Za-z0-9_-]{24,26}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{38}", "DISCORD_TOKEN", None),
    "atlassian_api_token": (lambda: "ATATT3xFfGF0" + rs(170, B64U) + "=" + rs(8, UH), r"ATATT3xFfGF0[A-Za-z0-9_-]{170}=[0-9A-F]{8}", "JIRA_API_TOKEN", None),
    "azure_devops_pat": (lambda: rs(52, LO + "234567"), r"[a-z2-7]{52}", "AZURE_DEVOPS_EXT_PAT", None),
    "tailscale_auth_key": (lambda: "tskey-auth-k" + rs(10) + "CNTRL-" + rs(33), r"tskey-auth-k[A-Za-z0-9]{10}CNTRL-[A-Za-z0-9]{33}", "TS_AUTHKEY", None),
    "flyio_token": (lambda: "FlyV1 fm2_" + rs(300, B64 ) + "==," + "fm2_" + rs(120, B64) + "=", r"FlyV1 fm2_[A-Za-z0-9+/]{300}==,fm2_[A-Za-z0-9+/]{120}=", "FLY_API_TOKEN", None),
    "heroku_api_key": (lambda: "HRKU-AA" + rs(58, AN + "_-"), r"HRKU-AA[A-Za-z0-9_-]{58}", "HEROKU_API_KEY", None),
    "rubygems_api_key": (lambda: "rubygems_" + rs(48, LH), r"rubygems_[0-9a-f]{48}", "GEM_HOST_API_KEY", None),
    "nuget_api_key": (lambda: "oy2" + rs(43, LO + DIG), r"oy2[a-z0-9]{43}", "NUGET_API_KEY", None),
    "clojars_deploy_token": (lambda: "CLOJARS_" + rs(60, LH), r"CLOJARS_[0-9a-f]{60}", "CLOJARS_PASSWORD", None),
    "dockerhub_pat": (lambda: "dckr_pat_" + rs(27, AN + "-_"), r"dckr_pat_[A-Za-z0-9_-]{27}", "DOCKERHUB_TOKEN", None),
    "sonarqube_user_token": (lambda: "squ_" + rs(40, LH), r"squ_[0-9a-f]{40}", "SONAR_TOKEN", None),
    "jfrog_api_key": (lambda: "AKCp" + rs(69), r"AKCp[A-Za-z0-9]{69}", "ARTIFACTORY_API_KEY", None),
    "openrouter_api_key": (lambda: "sk-or-v1-" + rs(64, LH), r"sk-or-v1-[0-9a-f]{64}", "OPENROUTER_API_KEY", None),
    "groq_api_key": (lambda: "gsk_" + rs(52), r"gsk_[A-Za-z0-9]{52}", "GROQ_API_KEY", None),
    "xai_api_key": (lambda: "xai-" + rs(80), r"xai-[A-Za-z0-9]{80}", "XAI_API_KEY", None),
    "perplexity_api_key": (lambda: "pplx-" + rs(48), r"pplx-[A-Za-z0-9]{48}", "PERPLEXITY_API_KEY", None),
    "replicate_api_token": (lambda: "r8_" + rs(37), r"r8_[A-Za-z0-9]{37}", "REPLICATE_API_TOKEN", None),
    "langsmith_pat": (lambda: "lsv2_pt_" + rs(32, LH) + "_" + rs(10, LH), r"lsv2_pt_[0-9a-f]{32}_[0-9a-f]{10}", "LANGSMITH_API_KEY", None),
    "mapbox_secret_token": (g_mapbox, r"sk\.eyJ1Ijoi[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}", "MAPBOX_DOWNLOADS_TOKEN", None),
    "square_access_token": (lambda: "EAAA" + rs(60, AN + "-_"), r"EAAA[A-Za-z0-9_-]{60}", "SQUARE_ACCESS_TOKEN", None),
    "square_oauth_secret": (lambda: "sq0csp-" + rs(43, AN + "-_"), r"sq0csp-[A-Za-z0-9_-]{43}", "SQUARE_APP_SECRET", None),
    "paystack_secret_key": (lambda: "sk_live_" + rs(40, LH), r"sk_live_[0-9a-f]{40}", "PAYSTACK_SECRET_KEY", None),
    "typeform_pat": (lambda: "tfp_" + rs(44, AN + "-_") + "_" + rs(14, AN), r"tfp_[A-Za-z0-9_-]{44}_[A-Za-z0-9]{14}", "TYPEFORM_TOKEN", None),
    "buildkite_api_token": (lambda: "bkua_" + rs(40, LH), r"bkua_[0-9a-f]{40}", "BUILDKITE_API_TOKEN", None),
    "shippo_live_token": (lambda: "shippo_live_" + rs(40, LH), r"shippo_live_[0-9a-f]{40}", "SHIPPO_API_KEY", None),
    "easypost_api_key": (lambda: "EZAK" + rs(54, LH), r"EZAK[0-9a-f]{54}", "EASYPOST_API_KEY", None),
    "duffel_live_token": (lambda: "duffel_live_" + rs(43, AN + "_-"), r"duffel_live_[A-Za-z0-9_-]{43}", "DUFFEL_ACCESS_TOKEN", None),
    "prefect_api_key": (lambda: "pnu_" + rs(36), r"pnu_[A-Za-z0-9]{36}", "PREFECT_API_KEY", None),
    "readme_api_key": (lambda: "rdme_" + rs(70, LO + DIG), r"rdme_[a-z0-9]{70}", "README_API_KEY", None),
    "resend_api_key": (lambda: "re_" + rs(8) + "_" + rs(24), r"re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}", "RESEND_API_KEY", None),
    "brevo_api_key": (lambda: "xkeysib-" + rs(64, LH) + "-" + rs(16), r"xkeysib-[0-9a-f]{64}-[A-Za-z0-9]{16}", "BREVO_API_KEY", None),
    "pinecone_api_key": (g_pinecone, r"pcsk_[A-Za-z0-9]{5}_[A-Za-z0-9]{63}", "PINECONE_API_KEY", None),
    "cloudflare_origin_ca_key": (lambda: "v1.0-" + rs(24, LH) + "-" + rs(146, LH), r"v1\.0-[0-9a-f]{24}-[0-9a-f]{146}", "CF_ORIGIN_CA_KEY", None),
    "contentful_pat": (lambda: "CFPAT-" + rs(43, AN + "-_"), r"CFPAT-[A-Za-z0-9_-]{43}", "CONTENTFUL_MANAGEMENT_TOKEN", None),
    "asana_pat": (lambda: "2/%d/%d:%s" % (R.randrange(10 ** 15, 10 ** 16), R.randrange(10 ** 15, 10 ** 16), rs(32, LH)), r"2/\d{16}/\d{16}:[0-9a-f]{32}", "ASANA_ACCESS_TOKEN", None),
    "airtable_pat": (lambda: "pat" + rs(14) + "." + rs(64, LH), r"pat[A-Za-z0-9]{14}\.[0-9a-f]{64}", "AIRTABLE_API_KEY", None),
    "okta_api_token": (lambda: "00" + rs(40, AN + "-_"), r"00[A-Za-z0-9_-]{40}", "OKTA_API_TOKEN", None),
    "alibaba_access_key_id": (lambda: "LTAI5t" + rs(18), r"LTAI[A-Za-z0-9]{20}", "ALIBABA_CLOUD_ACCESS_KEY_ID", None),
    "tencent_secret_id": (lambda: "AKID" + rs(32), r"AKID[A-Za-z0-9]{32}", "TENCENTCLOUD_SECRET_ID", None),
    "yandex_cloud_api_key": (lambda: "AQVN" + rs(36, AN + "_-"), r"AQVN[A-Za-z0-9_-]{36}", "YC_API_KEY", None),
    "posthog_personal_api_key": (lambda: "phx_" + rs(43), r"phx_[A-Za-z0-9]{43}", "POSTHOG_PERSONAL_API_KEY", None),
    "sourcegraph_access_token": (lambda: "sgp_" + rs(16, LH) + "_" + rs(40, LH), r"sgp_[0-9a-f]{16}_[0-9a-f]{40}", "SRC_ACCESS_TOKEN", None),
    "clickup_api_token": (lambda: "pk_%d_%s" % (R.randrange(10 ** 7, 10 ** 9), rs(32, UP + DIG)), r"pk_\d{8,9}_[A-Z0-9]{32}", "CLICKUP_TOKEN", None),
    "bitbucket_app_password": (lambda: "ATBB" + rs(32) + rs(8, UH), r"ATBB[A-Za-z0-9]{32}[0-9A-F]{8}", "BITBUCKET_APP_PASSWORD", None),
    "adafruit_io_key": (lambda: "aio_" + rs(28), r"aio_[A-Za-z0-9]{28}", "ADAFRUIT_IO_KEY", None),
    "sidekiq_enterprise_credentials": (lambda: rs(8, LH) + ":" + rs(8, LH), r"[0-9a-f]{8}:[0-9a-f]{8}", "BUNDLE_ENTERPRISE__CONTRIBSYS__COM", None),
    "k8s_bootstrap_token": (lambda: rs(6, LO + DIG) + "." + rs(16, LO + DIG), r"[a-z0-9]{6}\.[a-z0-9]{16}", "--token", None),
    "render_api_key": (lambda: "rnd_" + rs(32), r"rnd_[A-Za-z0-9]{32}", "RENDER_API_KEY", None),
    "tavily_api_key": (lambda: "tvly-" + rs(32), r"tvly-[A-Za-z0-9]{32}", "TAVILY_API_KEY", None),
    "firecrawl_api_key": (lambda: "fc-" + rs(32, LH), r"fc-[0-9a-f]{32}", "FIRECRAWL_API_KEY", None),
    "cerebras_api_key": (lambda: "csk-" + rs(48, LO + DIG), r"csk-[a-z0-9]{48}", "CEREBRAS_API_KEY", None),
    "voyage_api_key": (lambda: "pa-" + rs(43, AN + "-_"), r"pa-[A-Za-z0-9_-]{43}", "VOYAGE_API_KEY", None),
    "fireworks_api_key": (lambda: "fw_" + rs(24), r"fw_[A-Za-z0-9]{24}", "FIREWORKS_API_KEY", None),
    "elevenlabs_api_key": (lambda: "sk_" + rs(48, LH), r"sk_[0-9a-f]{48}", "ELEVENLABS_API_KEY", None),
    "supabase_secret_key": (lambda: "sb_secret_" + rs(31, AN + "_-"), r"sb_secret_[A-Za-z0-9_-]{31}", "SUPABASE_SECRET_KEY", None),
    "supabase_access_token": (lambda: "sbp_" + rs(40, LH), r"sbp_[0-9a-f]{40}", "SUPABASE_ACCESS_TOKEN", None),
    "bitwarden_sm_access_token": (g_bitwarden, r"0\." + UUID_RE + r"\.[A-Za-z0-9]{30}:[A-Za-z0-9+/]{22}==", "BWS_ACCESS_TOKEN", None),
    "onepassword_service_account_token": (g_ops, r"ops_eyJ[A-Za-z0-9_-]{400,}", "OP_SERVICE_ACCOUNT_TOKEN", None),
    "onepassword_secret_key": (lambda: "A3-" + rs(6, UP + DIG) + "-" + rs(6, UP + DIG) + "-" + "-".join(rs(5, UP + DIG) for _ in range(4)), r"A3-[A-Z0-9]{6}-[A-Z0-9]{6}(-[A-Z0-9]{5}){4}", "1Password Secret Key", None),
    "mollie_live_api_key": (lambda: "live_" + rs(30), r"live_[A-Za-z0-9]{30}", "MOLLIE_API_KEY", None),
    "braintree_access_token": (g_braintree, r"access_token\$production\$[a-z0-9]{16}\$[0-9a-f]{32}", "BT_ACCESS_TOKEN", None),
    "plaid_access_token": (lambda: "access-production-" + g_uuid(), r"access-production-" + UUID_RE, "PLAID_ACCESS_TOKEN", None),
    "gocardless_live_token": (lambda: "live_" + rs(40, AN + "_-"), r"live_[A-Za-z0-9_-]{40}", "GOCARDLESS_ACCESS_TOKEN", None),
    "azure_entra_client_secret": (g_azure_secret, r"[A-Za-z0-9]{3}8Q~[A-Za-z0-9_~.-]{34}", "AZURE_CLIENT_SECRET", None),
    "ibm_cloud_api_key": (lambda: rs(44, AN + "_-"), r"[A-Za-z0-9_-]{44}", "IBMCLOUD_API_KEY", None),
    "scaleway_secret_key": (g_uuid, UUID_RE, "SCW_SECRET_KEY", None),
    "linode_token": (lambda: rs(64, LH), r"[0-9a-f]{64}", "LINODE_TOKEN", None),
    "hetzner_cloud_token": (lambda: rs(64), r"[A-Za-z0-9]{64}", "HCLOUD_TOKEN", None),
    "vultr_api_key": (lambda: rs(36, UP + DIG), r"[A-Z0-9]{36}", "VULTR_API_KEY", None),
    "cloudflare_api_token": (lambda: rs(40, AN + "_-"), r"[A-Za-z0-9_-]{40}", "CLOUDFLARE_API_TOKEN", None),
    "datadog_api_key": (lambda: rs(32, LH), r"[0-9a-f]{32}", "DD_API_KEY", None),
    "algolia_admin_api_key": (lambda: rs(32, LH), r"[0-9a-f]{32}", "ALGOLIA_ADMIN_KEY", None),
    "azure_openai_key": (lambda: rs(32, LH), r"[0-9a-f]{32}", "AZURE_OPENAI_API_KEY", None),
    "mistral_api_key": (lambda: rs(32), r"[A-Za-z0-9]{32}", "MISTRAL_API_KEY", None),
    "cohere_api_key": (lambda: rs(40), r"[A-Za-z0-9]{40}", "CO_API_KEY", None),
    "django_secret_key": (g_django, r"[a-z0-9!@#$%^&*(\-_=+)]{50}", "SECRET_KEY", None),
    "laravel_app_key": (lambda: "base64:" + b64(rb(32)), r"base64:[A-Za-z0-9+/]{43}=", "APP_KEY", None),
    "rails_master_key": (lambda: rs(32, LH), r"[0-9a-f]{32}", "RAILS_MASTER_KEY", None),
    "nextauth_secret": (lambda: b64(rb(32)), r"[A-Za-z0-9+/]{43}=", "NEXTAUTH_SECRET", None),
    "jupyter_token": (lambda: rs(48, LH), r"[0-9a-f]{48}", "JUPYTER_TOKEN", None),
    "n8n_encryption_key": (lambda: rs(32), r"[A-Za-z0-9]{32}", "N8N_ENCRYPTION_KEY", None),
    "keycloak_client_secret": (lambda: rs(32), r"[A-Za-z0-9]{32}", "KEYCLOAK_CLIENT_SECRET", None),
    "vault_unseal_key": (lambda: b64(rb(32)), r"[A-Za-z0-9+/]{43}=", "Unseal Key 1", None),
    "ethereum_private_key": (lambda: "0x" + rs(64, LH), r"0x[0-9a-f]{64}", "DEPLOYER_PRIVATE_KEY", None),
    "bitcoin_xprv": (g_xprv, r"xprv[1-9A-HJ-NP-Za-km-z]{107}", "XPRV", b58check_ok),
    "bitcoin_wif_private_key": (g_wif, r"[KL][1-9A-HJ-NP-Za-km-z]{51}", "WIF", b58check_ok),
    "nostr_nsec": (g_nsec, r"nsec1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{58}", "NOSTR_NSEC", bech32_ok),
    "wireguard_private_key": (lambda: b64(rb(32)), r"[A-Za-z0-9+/]{43}=", "PrivateKey", None),
    "snmp_community_string": (lambda: rs(R.randint(12, 18), AN), r"[A-Za-z0-9]{12,18}", "community", None),
}

# types whose value has no distinctive prefix: only the key name next to them makes them recognisable
CONTEXT_ONLY = {"aws_secret_access_key", "twilio_api_key_secret", "azure_devops_pat", "ibm_cloud_api_key", "scaleway_secret_key", "linode_token",
                "hetzner_cloud_token", "vultr_api_key", "cloudflare_api_token", "datadog_api_key", "algolia_admin_api_key", "azure_openai_key",
                "mistral_api_key", "cohere_api_key", "django_secret_key", "rails_master_key", "nextauth_secret", "jupyter_token",
                "n8n_encryption_key", "keycloak_client_secret", "vault_unseal_key", "ethereum_private_key", "wireguard_private_key",
                "snmp_community_string", "sidekiq_enterprise_credentials", "k8s_bootstrap_token", "mailchimp_api_key", "okta_api_token"}


# ---------------------------------------------------------------- languages (surrounding text)
LANG = {
 "en": ("Here's the config you asked for:|Found this in the deployment logs:|This snippet should fix the startup:|I reproduced the problem with this setup:",
        "Record from the support ticket:|The customer sent these details by email:|Extracted from the scanned form:|This row caused the import failure:",
        "Tell me if it still fails.|Restart the service afterwards.|Double-check before merging."),
 "de": ("Hier ist die angepasste Konfiguration:|Das habe ich in den Deploy-Logs gefunden:|Mit diesem Ausschnitt sollte der Start klappen:|So lässt sich der Fehler nachstellen:",
        "Hier der Datensatz aus dem Ticket:|Der Kunde hat diese Angaben gemailt:|Aus dem eingescannten Formular übernommen:|Diese Zeile ließ den Import scheitern:",
        "Sag Bescheid, falls es weiter hakt.|Danach den Dienst neu starten.|Bitte vor dem Merge prüfen."),
 "fr": ("Voici la configuration corrigée :|Trouvé dans les journaux :|Cet extrait corrige le démarrage :|J'ai reproduit le problème avec ceci :",
        "Voici la fiche issue du ticket :|Le client a envoyé ces informations :|Extrait du formulaire numérisé :|Cette ligne a fait échouer l'import :",
        "Dis-moi si ça bloque encore.|Redémarre le service ensuite.|À vérifier avant la fusion."),
 "es": ("Aquí tienes la configuración corregida:|Encontré esto en los registros:|Este fragmento debería arreglar el arranque:|Reproduje el fallo con esta configuración:",
        "Aquí está el registro del ticket:|El cliente envió estos datos por correo:|Extraído del formulario escaneado:|Esta fila rompió la importación:",
        "Avísame si sigue fallando.|Reinicia el servicio después.|Revísalo antes de fusionar."),
 "pt": ("Segue a configuração ajustada:|Foi isto que encontrei nos logs:|Este trecho resolve o arranque:|Reproduzi o problema com esta configuração:",
        "Segue o registro do chamado:|O cliente mandou estes dados por e-mail:|Extraído do formulário digitalizado:|Esta linha quebrou a importação:",
        "Avise se continuar falhando.|Reinicie o serviço depois.|Confira antes do merge."),
 "it": ("Ecco la configurazione aggiornata:|Ecco cosa ho trovato nei log:|Questo frammento dovrebbe risolvere l'avvio:|Ho riprodotto il problema così:",
        "Ecco il record dal ticket:|Il cliente ha inviato questi dati:|Estratto dal modulo scansionato:|Questa riga ha bloccato l'import:",
        "Fammi sapere se fallisce ancora.|Poi riavvia il servizio.|Controlla prima del merge."),
 "nl": ("Hier is de aangepaste configuratie:|Dit vond ik in de deploylogs:|Dit fragment lost de opstartfout op:|Zo heb ik het probleem nagebootst:",
        "Hier is het record uit het ticket:|De klant mailde deze gegevens:|Overgenomen van het gescande formulier:|Deze regel liet de import mislukken:",
        "Laat weten als het nog faalt.|Herstart daarna de service.|Even checken voor de merge."),
 "pl": ("Oto poprawiona konfiguracja:|To znalazłem w logach wdrożenia:|Ten fragment powinien naprawić start:|Odtworzyłem błąd w takiej konfiguracji:",
        "Oto rekord ze zgłoszenia:|Klient przesłał te dane mailem:|Wyciąg z zeskanowanego formularza:|Ten wiersz przerwał import:",
        "Daj znać, jeśli dalej nie działa.|Potem zrestartuj usługę.|Sprawdź przed scaleniem."),
 "ru": ("Вот исправленная конфигурация:|Вот что нашлось в логах деплоя:|Этот фрагмент должен починить запуск:|Воспроизвёл ошибку на такой настройке:",
        "Вот запись из тикета:|Клиент прислал эти данные:|Выписка из отсканированной анкеты:|Из-за этой строки упал импорт:",
        "Напиши, если всё ещё падает.|Потом перезапусти сервис.|Проверь перед слиянием."),
 "uk": ("Ось виправлена конфігурація:|Ось що знайшлося в логах:|Цей фрагмент має виправити запуск:|Відтворив помилку з такими налаштуваннями:",
        "Ось запис із заявки:|Клієнт надіслав ці дані:|Витяг зі сканованої анкети:|Через цей рядок впав імпорт:",
        "Напиши, якщо ще падає.|Потім перезапусти сервіс.|Перевір перед злиттям."),
 "cs": ("Tady je upravená konfigurace:|Tohle jsem našel v lozích:|Tento úryvek by měl opravit start:|Chybu jsem zopakoval s tímto nastavením:",
        "Tady je záznam z tiketu:|Zákazník poslal tyto údaje:|Převzato z naskenovaného formuláře:|Kvůli tomuto řádku spadl import:",
        "Dej vědět, jestli to pořád padá.|Pak restartuj službu.|Zkontroluj před sloučením."),
 "sv": ("Här är den uppdaterade konfigurationen:|Det här hittade jag i loggarna:|Det här utdraget bör lösa startfelet:|Jag återskapade felet så här:",
        "Här är posten från ärendet:|Kunden mejlade de här uppgifterna:|Hämtat från den skannade blanketten:|Den här raden fick importen att fallera:",
        "Hör av dig om det strular.|Starta om tjänsten efteråt.|Kolla innan merge."),
 "da": ("Her er den opdaterede konfiguration:|Det her fandt jeg i loggene:|Dette uddrag bør løse opstartsfejlen:|Jeg genskabte fejlen sådan her:",
        "Her er posten fra sagen:|Kunden sendte disse oplysninger:|Taget fra den scannede blanket:|Denne linje fik importen til at fejle:",
        "Sig til, hvis det stadig fejler.|Genstart tjenesten bagefter.|Tjek før merge."),
 "no": ("Her er den oppdaterte konfigurasjonen:|Dette fant jeg i loggene:|Dette utdraget bør fikse oppstartsfeilen:|Jeg gjenskapte feilen slik:",
        "Her er posten fra saken:|Kunden sendte disse opplysningene:|Hentet fra det skannede skjemaet:|Denne linjen stoppet importen:",
        "Si fra om det fortsatt feiler.|Start tjenesten på nytt etterpå.|Sjekk før merge."),
 "fi": ("Tässä päivitetty konfiguraatio:|Tämä löytyi käyttöönoton lokeista:|Tämän pätkän pitäisi korjata käynnistys:|Toistin virheen näillä asetuksilla:",
        "Tässä tiketin tietue:|Asiakas lähetti nämä tiedot:|Poimittu skannatusta lomakkeesta:|Tämä rivi kaatoi tuonnin:",
        "Kerro, jos se kaatuu yhä.|Käynnistä palvelu sen jälkeen uudelleen.|Tarkista ennen yhdistämistä."),
 "tr": ("Güncellenmiş yapılandırma şu:|Dağıtım loglarında bunu buldum:|Bu parça başlatma hatasını çözmeli:|Hatayı bu ayarla yeniden ürettim:",
        "Destek kaydındaki satır şu:|Müşteri bu bilgileri e-postayla gönderdi:|Taranan formdan alındı:|İçe aktarma bu satırda çöktü:",
        "Hâlâ hata verirse haber ver.|Sonra servisi yeniden başlat.|Birleştirmeden önce kontrol et."),
 "el": ("Ορίστε η διορθωμένη ρύθμιση:|Αυτό βρήκα στα logs:|Αυτό το απόσπασμα λύνει το σφάλμα εκκίνησης:|Αναπαρήγαγα το πρόβλημα έτσι:",
        "Ορίστε η εγγραφή από το αίτημα:|Ο πελάτης έστειλε αυτά τα στοιχεία:|Από τη σαρωμένη φόρμα:|Αυτή η γραμμή χάλασε την εισαγωγή:",
        "Πες μου αν αποτυγχάνει ακόμα.|Μετά κάνε επανεκκίνηση.|Έλεγξέ το πριν το merge."),
 "hu": ("Itt a javított konfiguráció:|Ezt találtam a naplókban:|Ez a részlet megoldja az indítási hibát:|Így reprodukáltam a hibát:",
        "Itt a rekord a jegyből:|Az ügyfél ezeket az adatokat küldte:|A beszkennelt űrlapról kimásolva:|Ez a sor buktatta el az importot:",
        "Szólj, ha még mindig hibás.|Utána indítsd újra a szolgáltatást.|Összefésülés előtt nézd át."),
 "ro": ("Iată configurația actualizată:|Asta am găsit în loguri:|Fragmentul de mai jos repară pornirea:|Am reprodus eroarea cu setarea asta:",
        "Iată înregistrarea din tichet:|Clientul a trimis aceste date:|Extras din formularul scanat:|Rândul acesta a stricat importul:",
        "Spune-mi dacă tot eșuează.|Repornește serviciul după.|Verifică înainte de merge."),
 "ar": ("إليك الإعدادات المعدلة:|هذا ما وجدته في سجلات النشر:|هذا المقتطف يصلح خطأ التشغيل:|أعدت إنتاج المشكلة بهذا الإعداد:",
        "إليك السجل من التذكرة:|أرسل العميل هذه البيانات:|منقول من النموذج الممسوح:|هذا السطر أفشل الاستيراد:",
        "أخبرني إن استمر الخطأ.|أعد تشغيل الخدمة بعدها.|راجعه قبل الدمج."),
 "he": ("הנה התצורה המעודכנת:|זה מה שמצאתי ביומנים:|הקטע הזה אמור לתקן את שגיאת ההפעלה:|שחזרתי את הבעיה עם ההגדרה הזו:",
        "הנה הרשומה מהפנייה:|הלקוח שלח את הפרטים האלה:|הועתק מהטופס הסרוק:|השורה הזו הכשילה את הייבוא:",
        "תעדכן אם זה עדיין נכשל.|אחר כך הפעל מחדש את השירות.|תבדוק לפני המיזוג."),
 "fa": ("این پیکربندی اصلاح‌شده است:|این را در لاگ‌ها پیدا کردم:|این تکه خطای اجرا را رفع می‌کند:|مشکل را با این تنظیم بازتولید کردم:",
        "این رکورد از تیکت است:|مشتری این اطلاعات را فرستاد:|برگرفته از فرم اسکن‌شده:|این سطر ورود داده را خراب کرد:",
        "اگر باز خطا داد خبر بده.|بعدش سرویس را ری‌استارت کن.|قبل از ادغام بررسی کن."),
 "hi": ("यह रहा अपडेट किया हुआ कॉन्फ़िग:|डिप्लॉय लॉग में यह मिला:|यह हिस्सा स्टार्टअप ठीक कर देगा:|मैंने इस सेटअप से समस्या दोहराई:",
        "टिकट से यह रिकॉर्ड मिला:|ग्राहक ने ये जानकारी भेजी:|स्कैन किए फ़ॉर्म से निकाला गया:|इस पंक्ति से इम्पोर्ट रुक गया:",
        "न चले तो बताना।|इसके बाद सर्विस रीस्टार्ट करें।|मर्ज से पहले जाँच लें।"),
 "zh": ("这是修改后的配置：|这是我在部署日志里看到的：|下面这段应该能修复启动报错：|我用这个配置复现了问题：",
        "这是工单里的记录：|客户通过邮件发来了这些信息：|从扫描的表格中提取：|就是这一行导致导入失败：",
        "如果还报错请告诉我。|改完后重启服务。|合并前请再核对一下。"),
 "ja": ("修正した設定はこちらです：|デプロイログにこれがありました：|このスニペットで起動エラーが直るはずです：|この構成で問題を再現しました：",
        "チケットのレコードです：|お客様からメールで届いた情報です：|スキャンした申込書から抜き出しました：|この行でインポートが失敗しました：",
        "まだ失敗する場合は教えてください。|その後サービスを再起動してください。|マージ前に確認をお願いします。"),
 "ko": ("수정한 설정입니다:|배포 로그에서 찾은 내용입니다:|이 코드로 시작 오류가 해결될 겁니다:|이 설정으로 문제를 재현했습니다:",
        "티켓에 있던 레코드입니다:|고객이 메일로 보낸 정보입니다:|스캔한 신청서에서 옮겼습니다:|이 행 때문에 가져오기가 실패했습니다:",
        "계속 실패하면 알려 주세요.|그다음 서비스를 재시작하세요.|병합 전에 확인해 주세요."),
 "vi": ("Đây là cấu hình đã sửa:|Tôi thấy cái này trong log:|Đoạn này sẽ sửa lỗi khởi động:|Tái hiện lỗi bằng cấu hình này:",
        "Bản ghi từ phiếu hỗ trợ:|Khách hàng gửi các thông tin này:|Trích từ biểu mẫu đã quét:|Dòng này làm hỏng lần nhập:",
        "Báo tôi nếu vẫn lỗi.|Sau đó khởi động lại.|Kiểm tra trước khi merge."),
 "th": ("นี่คือคอนฟิกที่แก้แล้ว:|เจอสิ่งนี้ในล็อกการดีพลอย:|โค้ดนี้น่าจะแก้ข้อผิดพลาดตอนเริ่มได้:|ผมจำลองปัญหาด้วยการตั้งค่านี้:",
        "นี่คือระเบียนจากทิกเก็ต:|ลูกค้าส่งข้อมูลเหล่านี้มา:|คัดลอกจากแบบฟอร์มที่สแกน:|แถวนี้ทำให้การนำเข้าล้มเหลว:",
        "ถ้ายังพังอยู่บอกได้เลย|จากนั้นรีสตาร์ตบริการ|ตรวจก่อนเมิร์จ"),
 "id": ("Ini konfigurasi yang sudah diperbaiki:|Ini yang saya temukan di log deploy:|Potongan ini seharusnya memperbaiki error startup:|Saya mereproduksi masalahnya dengan setelan ini:",
        "Ini data dari tiket:|Pelanggan mengirim data berikut:|Diambil dari formulir hasil pindaian:|Baris ini membuat impor gagal:",
        "Kabari kalau masih gagal.|Setelah itu restart layanannya.|Cek dulu sebelum merge."),
 "sw": ("Hii ndiyo usanidi uliorekebishwa:|Hiki ndicho nilichokipata kwenye kumbukumbu:|Kipande hiki kinapaswa kurekebisha hitilafu:|Nilirudia tatizo kwa mpangilio huu:",
        "Hii ni rekodi kutoka kwenye tiketi:|Mteja alituma taarifa hizi:|Imetolewa kwenye fomu iliyochanganuliwa:|Mstari huu ulivunja uingizaji:",
        "Niambie kama bado inashindwa.|Kisha anzisha upya huduma.|Kagua kabla ya kuunganisha."),
}
LANGS = list(LANG)
_lang_cycle = []


def next_lang():
    global _lang_cycle
    if not _lang_cycle:
        _lang_cycle = LANGS[:]
        R.shuffle(_lang_cycle)
    return _lang_cycle.pop()


def wrap(lang, body, data=False, neg_note=None):
    tech, dat, outro = (x.split("|") for x in LANG[lang])
    lead = R.choice(dat if data else tech)
    tag = " (#%d)" % R.randint(1000, 99999) if data else " (`%s`)" % app()
    colon = re.search(r"\s?[:：]$", lead)
    if colon:
        lead = lead[:colon.start()] + tag + lead[colon.start():]
    else:
        lead += tag
    t = lead + "\n\n" + body.rstrip("\n")
    if R.random() < 0.45:
        t += "\n\n" + R.choice(outro)
    return t


# ---------------------------------------------------------------- fillers, names
APPS = ["billing-api", "orders", "checkout-svc", "ledger", "notifier", "ingest-worker", "search-gw", "auth-proxy", "reporting", "media-cdn",
        "scheduler", "crm-sync", "inventory", "payments-core", "chat-bot", "etl-nightly", "geo-svc", "kyc-check", "tenant-admin", "webshop",
        "pricing", "mailer", "fraud-score", "catalog", "telemetry", "uploader", "invoice-gen", "loyalty", "routing", "warehouse"]
FILLERS = ["PORT=%d" % p for p in (3000, 8080, 8443, 5000, 9090)] + ["NODE_ENV=production", "LOG_LEVEL=%s" % "debug", "LOG_LEVEL=warn",
           "TZ=Europe/Berlin", "TZ=UTC", "REGION=eu-central-1", "REGION=us-east-2", "WORKERS=4", "WORKERS=8", "FEATURE_NEW_UI=true",
           "CACHE_TTL=300", "RETRY_MAX=5", "HTTP_TIMEOUT=30s", "METRICS_ENABLED=1", "SENTRY_ENVIRONMENT=staging", "DEBUG=false"]


def fillers(k=None):
    return R.sample(FILLERS, k if k is not None else R.randint(1, 3))


def app():
    return R.choice(APPS) + ("-%d" % R.randint(2, 9) if R.random() < 0.3 else "")


FIRST = ["Anna", "Lukas", "Sofia", "Mateo", "Yuki", "Min-jun", "Aisha", "Omar", "Elena", "Jonas", "Chloé", "Marco", "Zeynep", "Priya", "Wei",
         "Olga", "Tomás", "Ingrid", "Kofi", "Amara", "Noa", "Dariusz", "Ana", "Linh", "Somchai", "Sari", "Hamid", "Eszter", "Ioana", "Nikos",
         "Freya", "Mikko", "Rasmus", "Leila", "Diego", "Hana", "Arjun", "Chen", "Katarzyna", "Jakub"]
LAST = ["Keller", "Novak", "Moreau", "García", "Tanaka", "Kim", "Haddad", "Rossi", "Jansen", "Kowalski", "Ivanova", "Silva", "Yılmaz", "Sharma",
        "Wang", "Bergström", "Nielsen", "Virtanen", "Papadopoulos", "Horváth", "Popescu", "Cohen", "Nguyen", "Suzuki", "Müller", "Fernández",
        "Okafor", "Mensah", "Larsen", "Dvořák", "Lindqvist", "Rahimi", "Kaya", "Petrov", "Santos", "Costa", "Dubois", "Vermeulen"]


def person():
    return R.choice(FIRST) + " " + R.choice(LAST)


MAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.jp", "web.de", "gmx.at", "orange.fr", "libero.it", "wp.pl", "yandex.ru", "ukr.net",
                "seznam.cz", "hotmail.se", "mail.dk", "online.no", "protonmail.com", "icloud.com", "naver.com", "qq.com", "uol.com.br",
                "terra.com.mx", "freenet.de", "t-online.de", "bluewin.ch", "telenet.be", "ziggo.nl", "sapo.pt", "mail.ru", "rediffmail.com"]
ORG_DOMAINS = ["northwind-logistics.com", "acme-retail.de", "helios-energy.fr", "kestrel.io", "bluefin-bank.nl", "orbitcare.health",
               "vantage-legal.co.uk", "tundra-games.fi", "sakura-foods.co.jp", "andes-mining.cl", "baltic-shipping.lt", "nile-pharma.eg"]


def g_email(name=None):
    n = name or person()
    parts = n.lower().replace("é", "e").replace("ı", "i").replace("ř", "r").replace("á", "a").replace("ö", "o").replace("ü", "u").replace("í", "i").replace("ó", "o").replace("-", "").split()
    sep = R.choice([".", "_", "", "."])
    local = parts[0] + sep + parts[-1] if R.random() < 0.6 else parts[0][0] + parts[-1] + str(R.randint(1, 99))
    local = "".join(c for c in local if c.isascii())
    dom = R.choice(MAIL_DOMAINS + ORG_DOMAINS)
    if R.random() < 0.15:
        local += "+" + R.choice(["invoices", "news", "shop", "work"])
    return local + "@" + dom


def ok_email(s):
    return bool(re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", s))


# ---------------------------------------------------------------- phones: region -> templates (X = random digit)
PHONES = {
    "US": ["+1 (212) XXX-XXXX", "(415) 3XX-XXXX", "+1 617-4XX-XXXX", "303.5XX.XXXX"],
    "CA": ["+1 416-8XX-XXXX", "(604) 7XX-XXXX"],
    "GB": ["+44 7911 XXXXXX", "07400 XXXXXX", "020 3XXX XXXX", "+44 161 4XX XXXX"],
    "DE": ["+49 151 XXXXXXXX", "0170 XXXXXXX", "030 XXXXXXXX", "+49 (0)89 XXXXXXX"],
    "FR": ["+33 6 XX XX XX XX", "07 XX XX XX XX", "01 4X XX XX XX"],
    "ES": ["+34 6XX XXX XXX", "91 XXX XX XX"],
    "IT": ["+39 34X XXX XXXX", "02 XXXX XXXX"],
    "NL": ["+31 6 XXXXXXXX", "020-XXX XXXX"],
    "BE": ["+32 47X XX XX XX"],
    "PT": ["+351 91X XXX XXX"],
    "PL": ["+48 5XX XXX XXX", "22 XXX XX XX"],
    "SE": ["070-XXX XX XX", "+46 8 XXX XXX XX"],
    "NO": ["+47 4XX XX XXX"],
    "DK": ["+45 2X XX XX XX"],
    "FI": ["+358 40 XXX XXXX", "050 XXX XXXX"],
    "CZ": ["+420 60X XXX XXX"],
    "HU": ["+36 20 XXX XXXX", "06 30 XXX XXXX"],
    "RO": ["+40 72X XXX XXX", "0744 XXX XXX"],
    "GR": ["+30 69X XXX XXXX"],
    "TR": ["+90 53X XXX XX XX", "0532 XXX XX XX"],
    "RU": ["+7 91X XXX-XX-XX", "8 (495) XXX-XX-XX"],
    "UA": ["+380 67 XXX XX XX", "+380 50 XXX XX XX"],
    "IL": ["+972 52-XXX-XXXX", "054-XXX-XXXX"],
    "AE": ["+971 50 XXX XXXX"],
    "SA": ["+966 5X XXX XXXX"],
    "EG": ["+20 10 XXXX XXXX"],
    "IR": ["+98 912 XXX XXXX", "0912 XXX XXXX"],
    "IN": ["+91 98XXX XXXXX", "+91-70XXX-XXXXX"],
    "CN": ["+86 138 XXXX XXXX", "139-XXXX-XXXX"],
    "JP": ["090-XXXX-XXXX", "+81 80-XXXX-XXXX", "03-XXXX-XXXX"],
    "KR": ["010-XXXX-XXXX", "+82 10-XXXX-XXXX"],
    "VN": ["+84 91X XXX XXX", "098 XXX XX XX"],
    "TH": ["+66 81 XXX XXXX", "08X-XXX-XXXX"],
    "ID": ["+62 812-XXXX-XXXX", "0813-XXXX-XXXX"],
    "BR": ["+55 11 9XXXX-XXXX", "(21) 9XXXX-XXXX"],
    "MX": ["+52 55 XXXX XXXX"],
    "AR": ["+54 9 11 XXXX-XXXX"],
    "ZA": ["+27 82 XXX XXXX"],
    "KE": ["+254 7XX XXXXXX", "07XX XXX XXX"],
    "NG": ["+234 803 XXX XXXX"],
    "AU": ["+61 4XX XXX XXX", "(02) XXXX XXXX"],
    "NZ": ["+64 21 XXX XXXX"],
    "CH": ["+41 79 XXX XX XX"],
    "AT": ["+43 664 XXXXXXX"],
}
PHONE_RES = [re.compile(re.escape(t).replace("X", r"\d")) for ts in PHONES.values() for t in ts]


def g_phone(region=None):
    region = region or R.choice(list(PHONES))
    t = R.choice(PHONES[region])
    while True:
        v = "".join(R.choice(DIG) if c == "X" else c for c in t)
        if "555-01" not in v and "XXXX" not in v:
            return v


def ok_phone(s):
    return any(r.fullmatch(s) for r in PHONE_RES)


# ---------------------------------------------------------------- cards
CARD_BRANDS = [  # brand, prefix choices, length, grouping
    ("visa", ["4"], 16, (4, 4, 4, 4)), ("mastercard", ["51", "52", "53", "54", "55"], 16, (4, 4, 4, 4)),
    ("mastercard_2series", ["2221", "2300", "2500", "2720"], 16, (4, 4, 4, 4)), ("amex", ["34", "37"], 15, (4, 6, 5)),
    ("discover", ["6011", "644", "65"], 16, (4, 4, 4, 4)), ("jcb", ["3528", "3545", "3589"], 16, (4, 4, 4, 4)),
    ("diners", ["36", "38"], 14, (4, 6, 4)), ("unionpay", ["62"], 19, (4, 4, 4, 4, 3)), ("maestro", ["6759", "5018", "6304"], 19, (4, 4, 4, 4, 3)),
    ("mir", ["2200", "2202", "2204"], 16, (4, 4, 4, 4)), ("rupay", ["6521", "6522", "508"], 16, (4, 4, 4, 4)),
    ("elo", ["636368", "504175"], 16, (4, 4, 4, 4)), ("troy", ["9792"], 16, (4, 4, 4, 4)), ("verve", ["5060", "5061"], 19, (4, 4, 4, 4, 3)),
    ("dankort", ["5019"], 16, (4, 4, 4, 4)), ("uatp", ["1"], 15, (4, 5, 6)),
]
TEST_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444", "378282246310005", "6011111111111117", "4000056655665556",
              "5105105105105100", "371449635398431", "3530111333300000", "4012888888881881", "2223003122003222", "30569309025904", "4000002760003184"}


def g_card(brand=None, sep=None):
    b = brand or R.choice(CARD_BRANDS)
    name, pre, ln, grp = b
    while True:
        body = R.choice(pre)
        body += nd(ln - 1 - len(body))
        num = body + luhn_digit(body)
        if num not in TEST_CARDS and len(set(num[1:])) > 4:
            break
    sep = sep if sep is not None else R.choice([" ", "-", "", " "])
    out, i = [], 0
    for g in grp:
        out.append(num[i:i + g])
        i += g
    return sep.join(out), name


def ok_card(s):
    d = "".join(map(str, dg(s)))
    return 12 <= len(d) <= 19 and luhn_ok(d) and d not in TEST_CARDS


# ---------------------------------------------------------------- IBAN: country -> BBAN pattern (n digit, a upper, c alnum upper)
IBAN_FMT = {"DE": "18n", "FR": "10n11c2n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n", "BE": "12n", "AT": "16n", "CH": "5n12c", "PL": "24n",
            "PT": "21n", "GB": "4a14n", "IE": "4a14n", "SE": "20n", "NO": "11n", "DK": "14n", "FI": "14n", "CZ": "20n", "SK": "20n", "HU": "24n",
            "RO": "4a16c", "BG": "4a6n8c", "HR": "17n", "SI": "15n", "GR": "7n16c", "TR": "5n1n16c", "LU": "3n13c", "LT": "16n", "LV": "4a13c",
            "EE": "16n", "SA": "2n18c", "AE": "3n16n", "IL": "19n", "UA": "6n19c", "KZ": "3n13c", "EG": "25n", "QA": "4a21c", "MT": "4a5n18c",
            "IS": "22n", "LI": "5n12c", "AZ": "4a20c", "GE": "2a16n", "BA": "16n", "MK": "3n10c2n", "AL": "8n16c", "KW": "4a22c", "PK": "4a16c",
            "JO": "4a4n18c", "CY": "8n16c", "DO": "4c20n", "BR": "23n1a1c"}
IBAN_BANKS = {"GB": ["NWBK", "BARC", "LOYD", "MIDL"], "IE": ["AIBK", "BOFI"], "NL": ["ABNA", "INGB", "RABO", "TRIO"], "RO": ["BTRL", "RNCB"],
              "BG": ["BNBG", "UNCR"], "LV": ["HABA", "UNLA"], "QA": ["QNBA", "DOHB"], "MT": ["MALT", "VALL"], "AZ": ["NABZ", "IBAZ"],
              "KW": ["NBOK", "CBKU"], "PK": ["SCBL", "HABB"], "JO": ["CBJO", "ARAB"], "GE": ["NB", "TB"]}


def _bban(pat):
    out = ""
    for n, k in re.findall(r"(\d+)([nac])", pat):
        a = {"n": DIG, "a": UP, "c": UP + DIG}[k]
        out += rs(int(n), a)
    return out


def g_iban(cc=None, compact=None):
    cc = cc or R.choice(list(IBAN_FMT))
    bban = _bban(IBAN_FMT[cc])
    if cc in IBAN_BANKS:
        b = R.choice(IBAN_BANKS[cc])
        bban = b + bban[len(b):]
    if cc == "TR":
        bban = bban[:5] + "0" + bban[6:]
    if cc == "BE":
        bban = bban[:10] + "%02d" % (int(bban[:10]) % 97 or 97)
    n = "".join(str(int(c, 36)) for c in bban + cc + "00")
    iban = cc + "%02d" % (98 - int(n) % 97) + bban
    compact = compact if compact is not None else R.random() < 0.35
    return iban if compact else " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def ok_iban_full(s):
    t = s.replace(" ", "")
    cc = t[:2]
    if cc not in IBAN_FMT or not iban_ok(t):
        return False
    ln = 4 + sum(int(n) for n in re.findall(r"(\d+)[nac]", IBAN_FMT[cc]))
    if len(t) != ln:
        return False
    if cc == "BE" and int(t[4:14]) % 97 not in (int(t[14:]), 0 if int(t[14:]) == 97 else -1):
        return False
    return True


# ---------------------------------------------------------------- key material
def pem(label, der, width=64):
    b = b64(der)
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(b[i:i + width] for i in range(0, len(b), width)), label)


def k_rsa():
    return pem("RSA PRIVATE KEY", bytes.fromhex("308204a40201000282010100") + rb(1180))


def k_ec():
    return pem("EC PRIVATE KEY", bytes.fromhex("30770201010420") + rb(32) + bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + rb(64))


def k_pkcs8():
    return pem("PRIVATE KEY", bytes.fromhex("302e020100300506032b657004220420") + rb(32))


def k_encrypted():
    return pem("ENCRYPTED PRIVATE KEY", bytes.fromhex("308205343056") + bytes.fromhex("06092a864886f70d01050d3049") + rb(1300))


def _sshstr(b):
    return len(b).to_bytes(4, "big") + b


def k_openssh():
    pub = rb(32)
    seed = rb(32)
    pubblob = _sshstr(b"ssh-ed25519") + _sshstr(pub)
    ci = rb(4)
    priv = ci + ci + _sshstr(b"ssh-ed25519") + _sshstr(pub) + _sshstr(seed + pub) + _sshstr(("%s@%s" % (R.choice(LAST).lower(), app())).encode("ascii", "ignore"))
    pad = 1
    while len(priv) % 8:
        priv += bytes([pad])
        pad += 1
    blob = b"openssh-key-v1\0" + _sshstr(b"none") + _sshstr(b"none") + _sshstr(b"") + (1).to_bytes(4, "big") + _sshstr(pubblob) + _sshstr(priv)
    return pem("OPENSSH PRIVATE KEY", blob, 70)


def k_pgp():
    data = bytes.fromhex("9503c6") + rb(960)
    b = b64(data)
    crc = base64.b64encode(crc24(data).to_bytes(3, "big")).decode()
    return "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n%s\n=%s\n-----END PGP PRIVATE KEY BLOCK-----" % ("\n".join(b[i:i + 64] for i in range(0, len(b), 64)), crc)


def k_putty():
    pub = b64(_sshstr(b"ssh-ed25519") + _sshstr(rb(32)))
    prv = b64(_sshstr(rb(32)))
    return ("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: %s@%s\nPublic-Lines: 2\n%s\n%s\nPrivate-Lines: 1\n%s\nPrivate-MAC: %s"
            % (R.choice(LAST).lower().encode("ascii", "ignore").decode() or "ops", app(), pub[:64], pub[64:], prv, rs(64, LH)))


def k_openvpn():
    return "-----BEGIN OpenVPN Static key V1-----\n%s\n-----END OpenVPN Static key V1-----" % "\n".join(rs(32, LH) for _ in range(16))


def ok_pem(s):
    s = s.replace("\\n", "\n")
    if s.startswith("PuTTY-User-Key-File-3:"):
        return "Private-Lines:" in s and re.search(r"Private-MAC: [0-9a-f]{64}$", s) is not None
    m = re.fullmatch(r"-----BEGIN ([A-Za-z0-9 ]+)-----\n(.*?)\n?-----END \1-----\n?", s, re.S)
    if not m:
        return False
    body = m[2].strip()
    if m[1] == "OpenVPN Static key V1":
        return all(re.fullmatch(r"[0-9a-f]{32}", l) for l in body.split("\n")) and len(body.split("\n")) == 16
    if m[1] == "PGP PRIVATE KEY BLOCK":
        lines = body.split("\n")
        data = base64.b64decode("".join(lines[:-1]))
        return lines[-1] == "=" + base64.b64encode(crc24(data).to_bytes(3, "big")).decode()
    try:
        der = base64.b64decode(body.replace("\n", ""), validate=True)
    except binascii.Error:
        return False
    if m[1] == "OPENSSH PRIVATE KEY":
        return der.startswith(b"openssh-key-v1\0")
    return der[:1] == b"\x30"


def g_password():
    w = R.choice(["Sommer", "Falcon", "Harbor", "Quartz", "Nebula", "Tiger", "Maple", "Cobalt", "Violet", "Kraken", "Lumen", "Saffron", "Orca", "Birch"])
    forms = [lambda: w + R.choice("!#$%&*?@") + nd(R.randint(2, 4)) + rs(2, UP),
             lambda: rs(R.randint(14, 22), AN + "!#%&*+-=?@^_"),
             lambda: "-".join(R.choice(["amber", "river", "copper", "lantern", "velvet", "pepper", "glacier", "orbit", "thistle", "cinder"]) for _ in range(3)) + str(R.randint(10, 99)),
             lambda: rs(3, UP) + rs(4, LO) + nd(3) + R.choice("!#%*") + rs(3, LO)]
    return R.choice(forms)()


def ok_password(s):
    return len(s) >= 8 and not s.isdigit() and " " not in s


def g_basic():
    user = R.choice(["admin", "deploy", "svc-" + R.choice(APPS), R.choice(FIRST).lower(), "jenkins", "api"])
    return b64(("%s:%s" % (user, g_password())).encode())


def ok_basic(s):
    try:
        return ":" in base64.b64decode(s, validate=True).decode()
    except Exception:
        return False


def g_webhook(kind):
    if kind == "slack_webhook_url":
        return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(R.randint(8, 10), UP + DIG), rs(R.randint(8, 10), UP + DIG), rs(24))
    if kind == "discord_webhook_url":
        return "https://discord.com/api/webhooks/%d/%s" % (R.randrange(10 ** 17, 10 ** 19), rs(68, B64U))
    if kind == "msteams_webhook_url":
        return "https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (R.choice(["contoso", "fabrikamltd", "northwind", "helioscorp"]), g_uuid(), g_uuid(), rs(32, LH), g_uuid())
    return "https://chat.googleapis.com/v1/spaces/AAAA%s/messages?key=AIzaSy%s&token=%s" % (rs(7, AN + "-_"), rs(33, B64U), rs(43, B64U))


WEBHOOK_RE = {"slack_webhook_url": r"https://hooks\.slack\.com/services/T[A-Z0-9]{8,10}/B[A-Z0-9]{8,10}/[A-Za-z0-9]{24}",
              "discord_webhook_url": r"https://discord\.com/api/webhooks/\d{17,19}/[A-Za-z0-9_-]{68}",
              "msteams_webhook_url": r"https://[a-z]+\.webhook\.office\.com/webhookb2/" + UUID_RE + "@" + UUID_RE + r"/IncomingWebhook/[0-9a-f]{32}/" + UUID_RE,
              "google_chat_webhook_url": r"https://chat\.googleapis\.com/v1/spaces/AAAA[A-Za-z0-9_-]{7}/messages\?key=AIzaSy[A-Za-z0-9_-]{33}&token=[A-Za-z0-9_-]{43}"}

COUNTRIES = ["D<<", "FRA", "ESP", "ITA", "NLD", "POL", "SWE", "CAN", "BRA", "JPN", "KOR", "IND", "TUR", "UKR", "GBR", "USA", "AUT", "PRT", "NOR", "MEX"]


def _mrzname(n, width):
    first, last = n.upper().split(" ", 1)
    tr = str.maketrans("ÉÁÓÍÖÜŘİÇĞŞ", "EAOIOURICGS")
    first = re.sub("[^A-Z]", "<", first.translate(tr))
    last = re.sub("[^A-Z]", "<", last.translate(tr))
    return (last + "<<" + first).ljust(width, "<")[:width]


def _mrzdates():
    b = dob(1955, 2003)
    e = datetime.date(R.randint(2027, 2035), R.randint(1, 12), R.randint(1, 28))
    return b.strftime("%y%m%d"), e.strftime("%y%m%d")


def g_td3(visa=False):
    c = R.choice(COUNTRIES)
    doc = rs(R.choice([8, 9]), UP + DIG).ljust(9, "<")
    b, e = _mrzdates()
    sx = R.choice("MF")
    l1 = ("V<" if visa else "P<") + c + _mrzname(person(), 39)
    if visa:
        opt = rs(R.randint(0, 8), UP + DIG).ljust(16, "<")
        l2 = doc + mrz_cd(doc) + R.choice(COUNTRIES) + b + mrz_cd(b) + sx + e + mrz_cd(e) + opt
    else:
        pn = (nd(R.randint(0, 11))).ljust(14, "<")
        pcd = mrz_cd(pn) if pn.strip("<") else "<"
        part = doc + mrz_cd(doc) + c + b + mrz_cd(b) + sx + e + mrz_cd(e) + pn + pcd
        l2 = part + mrz_cd(part[0:10] + part[13:20] + part[21:43])
    return l1 + "\n" + l2


def g_td1():
    c = R.choice(COUNTRIES)
    doc = rs(9, UP + DIG)
    b, e = _mrzdates()
    l1 = "I<" + c + doc + mrz_cd(doc) + rs(R.randint(0, 6), DIG).ljust(15, "<")
    l2 = b + mrz_cd(b) + R.choice("MF") + e + mrz_cd(e) + c + "<" * 11
    l2 += mrz_cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    return l1 + "\n" + l2 + "\n" + _mrzname(person(), 30)


def g_td2():
    c = R.choice(COUNTRIES)
    doc = rs(9, UP + DIG)
    b, e = _mrzdates()
    l1 = "I<" + c + _mrzname(person(), 31)
    part = doc + mrz_cd(doc) + c + b + mrz_cd(b) + R.choice("MF") + e + mrz_cd(e) + "<" * 7
    return l1 + "\n" + part + mrz_cd(part[0:10] + part[13:20] + part[21:35])


def ok_mrz(s):
    L = s.split("\n")
    if [len(x) for x in L] == [44, 44]:
        l2 = L[1]
        ok = mrz_cd(l2[0:9]) == l2[9] and mrz_cd(l2[13:19]) == l2[19] and mrz_cd(l2[21:27]) == l2[27]
        if L[0][0] == "P":
            ok = ok and (l2[43] == mrz_cd(l2[0:10] + l2[13:20] + l2[21:43])) and (l2[42] == mrz_cd(l2[28:42]) or (l2[42] == "<" and l2[28:42] == "<" * 14))
        return ok and L[0][0] in "PV"
    if [len(x) for x in L] == [30, 30, 30]:
        l1, l2 = L[0], L[1]
        return (mrz_cd(l1[5:14]) == l1[14] and mrz_cd(l2[0:6]) == l2[6] and mrz_cd(l2[8:14]) == l2[14]
                and mrz_cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]) == l2[29])
    if [len(x) for x in L] == [36, 36]:
        l2 = L[1]
        return (mrz_cd(l2[0:9]) == l2[9] and mrz_cd(l2[13:19]) == l2[19] and mrz_cd(l2[21:27]) == l2[27]
                and mrz_cd(l2[0:10] + l2[13:20] + l2[21:35]) == l2[35])
    return False


# ---------------------------------------------------------------- carriers for key = value credentials
M0, M1 = "\x000\x00", "\x001\x00"


def camel(k):
    p = k.lower().split("_")
    return p[0] + "".join(x.title() for x in p[1:])


def snake(k):
    return k.lower()


def c_env(k):
    lines = fillers() + ["%s=%s" % (k, M0)]
    R.shuffle(lines)
    return "```env\n# .env (%s)\n%s\n```" % (app(), "\n".join(lines))


def c_export(k):
    return "```bash\nexport %s=\"%s\"\n./bin/%s --migrate\n```" % (k, M0, app())


def c_yaml(k):
    a = app()
    return "```yaml\n%s:\n  replicas: %d\n  settings:\n    %s: \"%s\"\n    timeout_s: %d\n```" % (a, R.randint(1, 6), snake(k), M0, R.choice([10, 15, 30, 60]))


def c_json(k):
    return "```json\n{\n  \"service\": \"%s\",\n  \"%s\": \"%s\",\n  \"retries\": %d\n}\n```" % (app(), camel(k), M0, R.randint(1, 5))


def c_toml(k):
    return "```toml\n[%s]\nendpoint = \"https://%s.internal:%d\"\n%s = \"%s\"\n```" % (app().replace("-", "_"), app(), R.choice([443, 8443, 9000]), snake(k), M0)


def c_ini(k):
    return "```ini\n[%s]\nhost = %s.local\n%s = %s\n```" % (app(), app(), snake(k), M0)


def c_python(k):
    v = R.randint(0, 2)
    if v == 0:
        return "```python\nimport os\n\nos.environ.setdefault(\"%s\", \"%s\")\nclient = make_client(timeout=%d)\n```" % (k, M0, R.randint(5, 60))
    if v == 1:
        return "```python\n# settings.py\n%s = \"%s\"\nALLOWED_HOSTS = [\"%s.example.org\"]\n```" % (k, M0, app())
    return "```python\nsession = Client(\n    base_url=\"https://api.%s.net\",\n    %s=\"%s\",\n)\n```" % (app(), snake(k).replace("_", "") if len(k) < 12 else "token", M0)


def c_js(k):
    return "```js\nconst %sConfig = {\n  %s: '%s',\n  retries: %d,\n};\nexport default %sConfig;\n```" % (camel(app().split("-")[0]), camel(k), M0, R.randint(1, 5), camel(app().split("-")[0]))


def c_ts(k):
    return "```ts\nprocess.env.%s ??= \"%s\";\nawait bootstrap({ name: \"%s\" });\n```" % (k, M0, app())


def c_go(k):
    return "```go\nconst %s = \"%s\" // TODO move to vault\n\nfunc main() { run(%s) }\n```" % (camel(k), M0, camel(k))


def c_rust(k):
    return "```rust\nlet %s = String::from(\"%s\");\nlet client = Client::new(&%s);\n```" % (snake(k), M0, snake(k))


def c_ruby(k):
    return "```ruby\nENV[\"%s\"] ||= \"%s\"\n%s::Client.configure { |c| c.timeout = %d }\n```" % (k, M0, app().split("-")[0].title(), R.randint(5, 30))


def c_php(k):
    return "```php\n<?php\ndefine('%s', '%s');\n$client = new ApiClient(%s);\n```" % (k, M0, k)


def c_java_props(k):
    return "```properties\n# application-%s.properties\n%s.%s=%s\nserver.port=%d\n```" % (R.choice(["prod", "staging", "eu"]), app().replace("-", "."), snake(k).replace("_", "-"), M0, R.choice([8080, 8443, 9000]))


def c_appsettings(k):
    return "```json\n{\n  \"%s\": {\n    \"%s\": \"%s\"\n  },\n  \"Logging\": { \"LogLevel\": { \"Default\": \"%s\" } }\n}\n```" % (
        camel(app()).title().replace("-", ""), "".join(x.title() for x in k.lower().split("_")), M0, R.choice(["Information", "Warning"]))


def c_k8s(k):
    return "```yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: %s-creds\n  namespace: %s\ntype: Opaque\nstringData:\n  %s: \"%s\"\n```" % (app(), R.choice(["prod", "default", "payments", "ml"]), k, M0)


def c_compose(k):
    a = app()
    return "```yaml\nservices:\n  %s:\n    image: ghcr.io/acme/%s:%d.%d\n    environment:\n      - %s=%s\n```" % (a, a, R.randint(1, 4), R.randint(0, 20), k, M0)


def c_gha(k):
    return "```yaml\njobs:\n  %s:\n    runs-on: ubuntu-latest\n    env:\n      %s: %s\n    steps:\n      - run: make %s\n```" % (R.choice(["deploy", "release", "publish", "e2e"]), k, M0, R.choice(["ship", "release", "test"]))


def c_ps(k):
    return "```powershell\n$env:%s = \"%s\"\n.\\scripts\\%s.ps1 -Verbose\n```" % (k, M0, app())


def c_docker_run(k):
    return "```bash\ndocker run -d --name %s -e %s=%s -p %d:%d acme/%s:latest\n```" % (app(), k, M0, R.choice([80, 8080]), R.choice([80, 3000]), app())


def c_kubectl(k):
    return "```bash\nkubectl -n %s create secret generic %s --from-literal=%s=%s\n```" % (R.choice(["prod", "apps", "ci"]), app(), snake(k), M0)


def c_hcl(k):
    return "```hcl\nresource \"%s_integration\" \"%s\" {\n  name  = \"%s\"\n  %s = \"%s\"\n}\n```" % (R.choice(["acme", "ops", "infra"]), app().replace("-", "_"), app(), snake(k), M0)


def c_log(k):
    ts = "2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))
    return "```\n%s DEBUG [%s] loaded settings %s=%s source=env\n%s INFO  [%s] listening on :%d\n```" % (ts, app(), snake(k), M0, ts, app(), R.choice([8080, 9000]))


def c_md(k):
    return "| Variable | Value | Scope |\n|---|---|---|\n| `%s` | `%s` | %s |\n| `REGION` | `%s` | all |" % (k, M0, R.choice(["prod", "staging", "ci"]), R.choice(["eu-west-1", "ap-south-1", "us-east-1"]))


def c_xml(k):
    return "```xml\n<appSettings>\n  <add key=\"%s\" value=\"%s\" />\n  <add key=\"Environment\" value=\"%s\" />\n</appSettings>\n```" % (k, M0, R.choice(["Production", "Staging"]))


def c_systemd(k):
    return "```ini\n[Service]\nExecStart=/opt/%s/bin/server\nEnvironment=\"%s=%s\"\nRestart=on-failure\n```" % (app(), k, M0)


def c_dockerfile(k):
    return "```dockerfile\nFROM python:3.%d-slim\nENV %s=%s\nCOPY . /srv/%s\n```" % (R.randint(10, 13), k, M0, app())


def c_helm(k):
    return "```bash\nhelm upgrade --install %s ./charts/%s --set secrets.%s=%s\n```" % (app(), app(), camel(k), M0)


def c_heroku(k):
    return "```bash\nheroku config:set %s=%s -a %s\n```" % (k, M0, app())


def c_sql(k):
    return "```sql\nINSERT INTO %s_settings (tenant_id, name, value)\nVALUES (%d, '%s', '%s');\n```" % (app().replace("-", "_"), R.randint(1, 9999), snake(k), M0)


def c_elixir(k):
    return "```elixir\nconfig :%s, %s,\n  %s: \"%s\"\n```" % (app().replace("-", "_"), "".join(x.title() for x in app().split("-")) + ".Client", snake(k), M0)


def c_kotlin(k):
    return "```kotlin\nobject Secrets {\n    const val %s = \"%s\"\n}\n```" % (k, M0)


def c_gh_cli(k):
    return "```bash\ngh secret set %s --repo acme/%s --body \"%s\"\n```" % (k, app(), M0)


def c_inline(k):
    return "`%s` = `%s`" % (k, M0)


KV_CARRIERS = {"env": c_env, "shell": c_export, "yaml": c_yaml, "json": c_json, "toml": c_toml, "ini": c_ini, "python": c_python, "js": c_js,
               "ts": c_ts, "go": c_go, "rust": c_rust, "ruby": c_ruby, "php": c_php, "properties": c_java_props, "appsettings": c_appsettings,
               "k8s": c_k8s, "compose": c_compose, "gha": c_gha, "powershell": c_ps, "docker": c_docker_run, "kubectl": c_kubectl, "hcl": c_hcl,
               "log": c_log, "mdtable": c_md, "xml": c_xml, "systemd": c_systemd, "dockerfile": c_dockerfile, "helm": c_helm, "heroku": c_heroku,
               "sql": c_sql, "elixir": c_elixir, "kotlin": c_kotlin, "ghcli": c_gh_cli, "inline": c_inline}


def special_carrier(t, key):
    """Carriers where the credential usually lives in a tool-specific file or command."""
    a = app()
    S = {
        "npm_token": ("npmrc", "```ini\n# ~/.npmrc\nregistry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=%s\n```" % M0),
        "pypi_token": ("pypirc", "```ini\n# ~/.pypirc\n[pypi]\nusername = __token__\npassword = %s\n```" % M0),
        "rubygems_api_key": ("gemcred", "```yaml\n# ~/.gem/credentials\n---\n:rubygems_api_key: %s\n```" % M0),
        "nuget_api_key": ("cli", "```bash\ndotnet nuget push bin/Release/%s.%d.%d.0.nupkg --api-key %s --source https://api.nuget.org/v3/index.json\n```" % (a.title(), R.randint(1, 5), R.randint(0, 9), M0)),
        "k8s_bootstrap_token": ("cli", "```bash\nkubeadm join 10.%d.%d.%d:6443 --token %s \\\n    --discovery-token-ca-cert-hash sha256:%s\n```" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254), M0, rs(64, LH))),
        "vault_unseal_key": ("cli-output", "```\n$ vault operator init -key-shares=1 -key-threshold=1\nUnseal Key 1: %s\n\nVault initialized with 1 key shares and a key threshold of 1.\n```" % M0),
        "wireguard_private_key": ("wireguard", "```ini\n[Interface]\nAddress = 10.%d.0.%d/24\nPrivateKey = %s\nListenPort = 51820\n```" % (R.randint(0, 99), R.randint(2, 250), M0)),
        "snmp_community_string": ("snmpd", "```\n# /etc/snmp/snmpd.conf\nsysLocation    rack-%d\nrocommunity %s 10.%d.0.0/16\n```" % (R.randint(1, 40), M0, R.randint(0, 99))),
        "sidekiq_enterprise_credentials": ("cli", "```bash\nbundle config --local enterprise.contribsys.com %s\nbundle install\n```" % M0),
        "age_secret_key": ("keyfile", "```\n# created: 2026-%02d-%02dT10:%02d:11Z\n# public key: age1%s\n%s\n```" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 59), rs(58, BECH), M0)),
        "tailscale_auth_key": ("cli", "```bash\nsudo tailscale up --authkey=%s --advertise-tags=tag:%s\n```" % (M0, a)),
        "telegram_bot_token": ("url", "```bash\ncurl -s \"https://api.telegram.org/bot%s/sendMessage\" -d chat_id=%d -d text=deployed\n```" % (M0, -R.randrange(10 ** 12, 10 ** 13))),
        "jupyter_token": ("url", "    To access the server, open this file in a browser:\n    Or copy and paste one of these URLs:\n        http://127.0.0.1:8888/lab?token=%s" % M0),
        "ethereum_private_key": ("js", "```js\nmodule.exports = {\n  solidity: \"0.8.%d\",\n  networks: { sepolia: { url: RPC_URL, accounts: [\"%s\"] } },\n};\n```" % (R.randint(19, 28), M0)),
        "onepassword_secret_key": ("prose", "Emergency Kit – Sign-in address: my.1password.eu\nEmail: %s\nSecret Key: %s" % (g_email(), M0)),
        "dockerhub_pat": ("cli", "```bash\necho \"%s\" | docker login -u %s --password-stdin\n```" % (M0, R.choice(FIRST).lower() + str(R.randint(1, 99)))),
        "terraform_cloud_token": ("tfrc", "```json\n{\n  \"credentials\": {\n    \"app.terraform.io\": {\n      \"token\": \"%s\"\n    }\n  }\n}\n```" % M0),
        "github_installation_token": ("git-url", "```bash\ngit clone https://x-access-token:%s@github.com/acme/%s.git\n```" % (M0, a)),
        "mapbox_secret_token": ("netrc", "```\n# ~/.netrc\nmachine api.mapbox.com\n  login mapbox\n  password %s\n```" % M0),
        "bitcoin_xprv": ("prose", "Wallet backup (%s): account 0 extended private key\n%s" % (a, M0)),
        "bitcoin_wif_private_key": ("cli", "```bash\nbitcoin-cli -rpcwallet=%s importprivkey \"%s\" \"cold\" false\n```" % (a, M0)),
        "nostr_nsec": ("json", "```json\n{\"relay\": \"wss://relay.%s.social\", \"nsec\": \"%s\"}\n```" % (a, M0)),
        "onepassword_service_account_token": ("gha", "```yaml\n- uses: 1password/load-secrets-action@v2\n  env:\n    OP_SERVICE_ACCOUNT_TOKEN: %s\n```" % M0),
        "braintree_access_token": ("ruby", "```ruby\ngateway = Braintree::Gateway.new(access_token: \"%s\")\n```" % M0),
        "flyio_token": ("env", "```env\nFLY_API_TOKEN=\"%s\"\n```" % M0),
        "openai_project_key": ("curl", "```bash\ncurl https://api.openai.com/v1/responses \\\n  -H \"Authorization: Bearer %s\" \\\n  -H \"Content-Type: application/json\"\n```" % M0),
        "anthropic_api_key": ("curl", "```bash\ncurl https://api.anthropic.com/v1/messages \\\n  -H \"x-api-key: %s\" \\\n  -H \"anthropic-version: 2023-06-01\"\n```" % M0),
        "sendgrid_api_key": ("http", "```http\nPOST /v3/mail/send HTTP/1.1\nHost: api.sendgrid.com\nAuthorization: Bearer %s\n```" % M0),
    }
    return S.get(t)


# ---------------------------------------------------------------- positive cases
ROWS = []


def add(kind, body, vals, label, carrier, data=False, lang=None):
    lang = lang or next_lang()
    text = wrap(lang, body, data)
    spans, out, pos = [], "", 0
    for m in re.finditer(r"\x00(\d+)\x00", text):
        out += text[pos:m.start()]
        v, t = vals[int(m[1])]
        spans.append({"start": len(out), "end": len(out) + len(v), "type": t})
        out += v
        pos = m.end()
    out += text[pos:]
    assert "\x00" not in out
    if kind == "positive":
        assert spans and len(spans) == len(vals), label
        label = "+".join(s["type"] for s in spans)
        reason = "contains " + ", ".join(sorted({s["type"] for s in spans}))
    else:
        reason = NEG_REASON.get(label, "look-alike that must stay unchanged")
    ROWS.append({"text": out, "spans": spans, "kind": kind, "class": "%s/%s-%s" % (label, carrier, lang), "reason": reason})


MULTI = {"github_pat_classic": 2, "openai_project_key": 2, "anthropic_api_key": 2, "stripe_live_secret_key": 2, "slack_bot_token": 2, "gcp_api_key": 2,
         "huggingface_token": 2, "gitlab_pat": 2, "sendgrid_api_key": 2, "datadog_api_key": 2}


def build_secrets():
    names = list(KV_CARRIERS)
    for t, (g, rx, key, _) in SECRETS.items():
        n = MULTI.get(t, 1)
        for i in range(n):
            sp = special_carrier(t, key) if i == 0 else None
            if sp:
                car, body = sp
            else:
                car = R.choice(names)
                body = KV_CARRIERS[car](key if not key.startswith("-") and " " not in key else t.upper())
            add("positive", body, [(g(), t)], t, car)
    for _ in range(2):  # AWS shared credentials file: two spans
        body = "```ini\n# ~/.aws/credentials\n[%s]\naws_access_key_id = %s\naws_secret_access_key = %s\nregion = %s\n```" % (
            R.choice(["default", "prod", "billing-ro", "ci"]), M0, M1, R.choice(["eu-west-1", "us-east-1", "ap-northeast-1"]))
        add("positive", body, [(SECRETS["aws_access_key_id"][0](), "aws_access_key_id"), (SECRETS["aws_secret_access_key"][0](), "aws_secret_access_key")], "", "ini")
    body = "```bash\naliyun configure set --access-key-id %s --access-key-secret %s --region cn-hangzhou\n```" % (M0, M1)
    add("positive", body, [(SECRETS["alibaba_access_key_id"][0](), "alibaba_access_key_id"), (rs(30), "alibaba_access_key_secret")], "", "cli")
    body = "```python\ncred = credential.Credential(\"%s\", \"%s\")\n```" % (M0, M1)
    add("positive", body, [(SECRETS["tencent_secret_id"][0](), "tencent_secret_id"), (rs(32), "tencent_secret_key")], "", "python")


def esc_json(s):
    return s.replace("\n", "\\n")


def build_other_credentials():
    # passwords in configs
    pw_car = [
        ("env", lambda: "```env\nDB_HOST=db.%s.internal\nDB_USER=%s\nDB_PASSWORD=%s\n```" % (app(), R.choice(["app", "svc", "etl"]), M0)),
        ("properties", lambda: "```properties\nspring.datasource.url=jdbc:postgresql://pg-%d:5432/%s\nspring.datasource.username=%s\nspring.datasource.password=%s\n```" % (R.randint(1, 9), app().replace("-", "_"), app().split("-")[0], M0)),
        ("redis", lambda: "```\n# redis.conf\nbind 0.0.0.0\nrequirepass %s\nmaxmemory %dmb\n```" % (M0, R.choice([256, 512, 1024]))),
        ("mycnf", lambda: "```ini\n[client]\nuser=%s\npassword=%s\nhost=mysql-%d\n```" % (R.choice(["root", "backup", "report"]), M0, R.randint(1, 5))),
        ("pgpass", lambda: "```\n# ~/.pgpass\npg-%s.internal:5432:%s:%s:%s\n```" % (app(), app().replace("-", "_"), R.choice(["etl", "readonly", "app"]), M0)),
        ("netrc", lambda: "```\nmachine ftp.%s.example\n  login %s\n  password %s\n```" % (app(), R.choice(FIRST).lower(), M0)),
        ("compose", lambda: "```yaml\nservices:\n  db:\n    image: postgres:%d\n    environment:\n      POSTGRES_PASSWORD: %s\n```" % (R.randint(13, 17), M0)),
        ("ansible", lambda: "```yaml\n# group_vars/%s.yml\nansible_user: deploy\nansible_become_pass: \"%s\"\n```" % (R.choice(["web", "db", "edge"]), M0)),
        ("grafana", lambda: "```ini\n[security]\nadmin_user = admin\nadmin_password = %s\n```" % M0),
        ("ldap", lambda: "```\n# /etc/ldap.conf\nbinddn cn=%s,ou=services,dc=%s,dc=org\nbindpw %s\n```" % (app(), R.choice(["acme", "corp", "lab"]), M0)),
        ("smtp", lambda: "```yaml\nmail:\n  smtp_host: smtp.%s\n  smtp_user: noreply\n  smtp_password: '%s'\n```" % (R.choice(ORG_DOMAINS), M0)),
        ("xml", lambda: "```xml\n<server>\n  <id>nexus-%s</id>\n  <username>ci</username>\n  <password>%s</password>\n</server>\n```" % (app(), M0)),
        ("json", lambda: "```json\n{\"ftp\": {\"host\": \"files.%s\", \"user\": \"upload\", \"password\": \"%s\"}}\n```" % (R.choice(ORG_DOMAINS), M0)),
        ("keystore", lambda: "```properties\nstorePassword=%s\nkeyAlias=%s\nstoreFile=release.jks\n```" % (M0, app())),
    ]
    for car, f in pw_car:
        add("positive", f(), [(g_password(), "password")], "", car)
    # passwords in URLs (only the password is the span)
    url_car = [("postgres://%s:%s@db.%s:5432/%s", "env"), ("mongodb+srv://%s:%s@cluster0.%s.mongodb.net/%s", "yaml"), ("redis://%s:%s@cache.%s:6379/%s", "python"),
               ("amqp://%s:%s@mq.%s:5672/%s", "env"), ("mysql://%s:%s@%s:3306/%s", "js"), ("https://%s:%s@git.%s/%s.git", "shell"),
               ("ftp://%s:%s@ftp.%s/%s/", "log"), ("smtp://%s:%s@mail.%s:587/%s", "toml")]
    for tmpl, car in url_car:
        pw = g_password()
        pw_enc = re.sub(r"[@#?/:%]", lambda m: "%%%02X" % ord(m[0]), pw)
        url = tmpl % (R.choice(["app", "svc", "admin", "etl"]), M0, app(), app().replace("-", "_"))
        body = {"env": "```env\nDATABASE_URL=%s\n```", "yaml": "```yaml\nuri: \"%s\"\n```", "python": "```python\nBROKER = \"%s\"\n```", "js": "```js\nconst url = \"%s\";\n```",
                "shell": "```bash\ngit remote set-url origin %s\n```", "log": "```\nWARN retrying upload to %s (attempt 2)\n```", "toml": "```toml\nurl = \"%s\"\n```"}[car] % url
        add("positive", body, [(pw_enc, "password_in_url")], "", car)
    # CLI flags
    cli = [("mysql", "```bash\nmysql -h db-%d -u root -p%s %s\n```" % (R.randint(1, 9), M0, app().replace("-", "_"))),
           ("sshpass", "```bash\nsshpass -p '%s' ssh ops@10.0.%d.%d\n```" % (M0, R.randint(0, 255), R.randint(1, 254))),
           ("redis-cli", "```bash\nredis-cli -h cache-%d -a '%s' INFO memory\n```" % (R.randint(1, 9), M0)),
           ("htpasswd", "```bash\nhtpasswd -b /etc/nginx/.htpasswd %s '%s'\n```" % (R.choice(FIRST).lower(), M0)),
           ("sqlcmd", "```powershell\nsqlcmd -S tcp:sql-%s,1433 -U sa -P \"%s\" -Q \"SELECT 1\"\n```" % (app(), M0)),
           ("openssl", "```bash\nopenssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:%s\n```" % M0),
           ("keytool", "```bash\nkeytool -importcert -alias %s -file ca.crt -keystore truststore.jks -storepass '%s' -noprompt\n```" % (app(), M0)),
           ("net-user", "```cmd\nnet user svc_%s %s /add /domain\n```" % (app().split("-")[0], M0))]
    for car, body in cli:
        add("positive", body, [(g_password(), "password_cli_flag")], "", car)
    # connection strings (only the password / key)
    cs = [("adonet", "```json\n\"ConnectionStrings\": { \"Default\": \"Server=tcp:sql-%s.database.windows.net,1433;Database=%s;User ID=app;Password=%s;Encrypt=True;\" }\n```", "connection_string_password"),
          ("jdbc", "```properties\ndb.url=jdbc:sqlserver://mssql-%s:1433;databaseName=%s;user=report;password=%s\n```", "connection_string_password"),
          ("odbc", "```ini\n[%s]\nDriver=ODBC Driver 18 for SQL Server\nServer=%s\nUID=etl\nPWD=%s\n```", "connection_string_password"),
          ("libpq", "```python\nconn = psycopg.connect(\"host=pg-%s dbname=%s user=app password=%s sslmode=require\")\n```", "connection_string_password"),
          ("stackexchange", "```json\n\"Redis\": \"cache-%s.redis.cache.windows.net:6380,password=%s,ssl=True,abortConnect=False\"\n```", "connection_string_password"),
          ("oracle", "```\nUser Id=%s;Password=%s;Data Source=//ora-%s:1521/ORCLPDB1\n```", "connection_string_password")]
    for car, tmpl, t in cs:
        n = tmpl.count("%s")
        args = [app() for _ in range(n)]
        idx = {"adonet": 2, "jdbc": 2, "odbc": 2, "libpq": 2, "stackexchange": 1, "oracle": 1}[car]
        args[idx] = M0
        add("positive", tmpl % tuple(args), [(g_password(), t)], "", car)
    for i in range(2):
        acct = R.choice(["stprod", "acmelogs", "mediastore"]) + nd(3)
        body = "```env\nAZURE_STORAGE_CONNECTION_STRING=\"DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net\"\n```" % (acct, M0)
        add("positive", body, [(b64(rb(64)), "azure_storage_account_key")], "", "env")
    body = "```json\n\"Cosmos\": \"AccountEndpoint=https://%s.documents.azure.com:443/;AccountKey=%s;\"\n```" % (app(), M0)
    add("positive", body, [(b64(rb(64)), "azure_cosmos_key")], "", "appsettings")
    body = "```env\nEVENTHUB_CONN=Endpoint=sb://%s.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=%s\n```" % (app(), M0)
    add("positive", body, [(b64(rb(32)), "azure_eventhub_key")], "", "env")
    sig = b64(rb(32)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    body = "```\nhttps://%s.blob.core.windows.net/exports/report.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-31T23:59:59Z&spr=https&sig=%s\n```" % (app().replace("-", ""), M0)
    add("positive", body, [(sig, "azure_sas_signature")], "", "url")
    # HTTP auth
    for car in ["curl", "http", "nginx", "python"]:
        body = {"curl": "```bash\ncurl -H \"Authorization: Basic %s\" https://registry.%s/v2/_catalog\n```" % (M0, R.choice(ORG_DOMAINS)),
                "http": "```http\nGET /api/v1/export HTTP/1.1\nHost: %s.internal\nAuthorization: Basic %s\n```" % (app(), M0),
                "nginx": "```nginx\nproxy_set_header Authorization \"Basic %s\";\n```" % M0,
                "python": "```python\nheaders = {\"Authorization\": \"Basic %s\"}\n```" % M0}[car]
        add("positive", body, [(g_basic(), "basic_auth_credentials")], "", car)
    for car in ["curl", "http", "js"]:
        tok = rs(R.choice([40, 48, 64]), AN + "-._~")
        body = {"curl": "```bash\ncurl -sS https://api.%s/v2/reports -H 'Authorization: Bearer %s'\n```" % (R.choice(ORG_DOMAINS), M0),
                "http": "```http\nPOST /graphql HTTP/2\nhost: gw.%s\nauthorization: Bearer %s\n```" % (R.choice(ORG_DOMAINS), M0),
                "js": "```js\nfetch(url, { headers: { Authorization: `Bearer %s` } });\n```" % M0}[car]
        add("positive", body, [(tok, "bearer_token")], "", car)
    for alg, car in [("HS256", "http"), ("RS256", "cookie"), ("ES256", "env")]:
        body = {"http": "```http\nGET /me HTTP/1.1\nAuthorization: Bearer %s\n```" % M0,
                "cookie": "```\nSet-Cookie: access_token=%s; Path=/; HttpOnly; Secure\n```" % M0,
                "env": "```env\nSERVICE_JWT=%s\n```" % M0}[car]
        add("positive", body, [(g_jwt(alg), "jwt")], "", car)
    body = "```http\nCookie: connect.sid=%s; theme=dark\n```" % M0
    add("positive", body, [("s%3A" + rs(32, AN + "-_") + "." + rs(43, B64).replace("+", "%2B").replace("/", "%2F"), "session_cookie")], "", "http")
    body = "```\n# browser devtools > Application > Cookies\nsessionid    %s    .%s    /    Session\n```" % (M0, R.choice(ORG_DOMAINS))
    add("positive", body, [(rs(32, LO + DIG), "session_cookie")], "", "devtools")
    salt = rs(16, AN + "./")
    body = "```\n# /etc/shadow\n%s:%s:19%d:0:99999:7:::\n```" % (R.choice(FIRST).lower(), M0, R.randint(100, 999))
    add("positive", body, [("$6$" + salt + "$" + rs(86, AN + "./"), "password_hash")], "", "shadow")
    body = "```\n# .htpasswd\n%s:%s\n```" % (R.choice(FIRST).lower(), M0)
    add("positive", body, [("$2y$10$" + rs(53, AN + "./"), "password_hash")], "", "htpasswd")
    # private keys
    for t, f, car in [("private_key_rsa", k_rsa, "file"), ("private_key_ec", k_ec, "python"), ("private_key_pkcs8", k_pkcs8, "hcl"),
                      ("private_key_encrypted", k_encrypted, "file"), ("private_key_openssh", k_openssh, "file"), ("private_key_openssh", k_openssh, "gha"),
                      ("private_key_pgp", k_pgp, "file"), ("putty_private_key", k_putty, "file"), ("openvpn_static_key", k_openvpn, "ovpn")]:
        body = {"file": "```\n$ cat ~/.ssh/%s\n%s\n```" % (R.choice(["id_deploy", "server.key", "backup.asc", "ops.ppk", "signing.key"]), M0),
                "python": "```python\nSIGNING_KEY = \"\"\"%s\"\"\"\n```" % M0,
                "hcl": "```hcl\nvariable \"tls_key\" {\n  default = <<EOT\n%s\nEOT\n}\n```" % M0,
                "gha": "Paste this into the repository secret `DEPLOY_KEY`:\n\n```\n%s\n```" % M0,
                "ovpn": "```\n# client.ovpn\nremote vpn.%s 1194\n<tls-auth>\n%s\n</tls-auth>\nkey-direction 1\n```" % (R.choice(ORG_DOMAINS), M0)}[car]
        add("positive", body, [(f(), t)], "", car)
    body = "```json\n{\n  \"type\": \"service_account\",\n  \"project_id\": \"%s-prod\",\n  \"private_key_id\": \"%s\",\n  \"private_key\": \"%s\",\n  \"client_email\": \"deployer@%s-prod.iam.gserviceaccount.com\"\n}\n```" % (
        app(), rs(40, LH), M0, app())
    add("positive", body, [(esc_json(k_pkcs8()) + "\\n", "gcp_service_account_private_key")], "", "json")
    kd = b64((k_ec() + "\n").encode())
    body = "```yaml\nusers:\n- name: %s-admin\n  user:\n    client-certificate-data: LS0tLS1CRUdJTi...\n    client-key-data: %s\n```" % (app(), M0)
    add("positive", body, [(kd, "kubeconfig_client_key_data")], "", "kubeconfig")
    body = "```yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: %s-db\ndata:\n  password: %s\n```" % (app(), M0)
    add("positive", body, [(b64(g_password().encode()), "k8s_secret_data")], "", "k8s")
    body = "```json\n{\n  \"auths\": {\n    \"registry.%s\": { \"auth\": \"%s\" }\n  }\n}\n```" % (R.choice(ORG_DOMAINS), M0)
    add("positive", body, [(g_basic(), "docker_config_auth")], "", "json")
    for kind, car in [("slack_webhook_url", "python"), ("discord_webhook_url", "env"), ("msteams_webhook_url", "yaml"), ("google_chat_webhook_url", "json")]:
        body = {"python": "```python\nrequests.post(\"%s\", json={\"text\": \"build ok\"})\n```",
                "env": "```env\nALERT_WEBHOOK=%s\n```", "yaml": "```yaml\nalerting:\n  webhook: %s\n```", "json": "```json\n{\"notify\": \"%s\"}\n```"}[car] % M0
        add("positive", body, [(g_webhook(kind), kind)], "", car)
    for i in range(2):
        b32 = base64.b32encode(rb(20)).decode().rstrip("=")
        uri_body = "otpauth://totp/%s:%s?secret=%s&issuer=%s&digits=6" % (app(), R.choice(FIRST).lower(), M0, app())
        add("positive", "```\n%s\n```" % uri_body, [(b32, "totp_seed")], "", "otpauth")
    body = "```\nnetwork={\n    ssid=\"%s-Guest\"\n    psk=\"%s\"\n    key_mgmt=WPA-PSK\n}\n```" % (R.choice(LAST), M0)
    add("positive", body, [(g_password(), "wifi_psk")], "", "wpa_supplicant")
    body = "```bash\nnmcli dev wifi connect \"%s-5G\" password \"%s\"\n```" % (R.choice(LAST), M0)
    add("positive", body, [(g_password(), "wifi_psk")], "", "nmcli")


def pii_body(label):
    """A carrier for a labelled personal-data value; returns (carrier, body)."""
    n = person()
    c = R.choice(["form", "json", "csv", "sql", "yaml", "log", "mdtable", "ocr", "fhir", "email"])
    if c == "form":
        return c, "Name: %s\nDate of request: 2026-%02d-%02d\n%s: %s" % (n, R.randint(1, 12), R.randint(1, 28), label, M0)
    if c == "json":
        return c, "```json\n{\"customer\": \"%s\", \"%s\": \"%s\", \"tier\": \"%s\"}\n```" % (n, label, M0, R.choice(["gold", "basic", "pro"]))
    if c == "csv":
        return c, "```csv\nid,full_name,%s,city\n%d,%s,%s,%s\n```" % (label.replace(",", ""), R.randint(100, 99999), n, M0, R.choice(["Lyon", "Porto", "Graz", "Kraków", "Osaka", "Quito", "Tallinn", "Izmir", "Pune"]))
    if c == "sql":
        return c, "```sql\nUPDATE customers SET doc_number = '%s' WHERE id = %d; -- %s\n```" % (M0, R.randint(1000, 999999), label)
    if c == "yaml":
        return c, "```yaml\napplicant:\n  name: %s\n  document: \"%s\"  # %s\n```" % (n, M0, label)
    if c == "log":
        return c, "```\n2026-%02d-%02d %02d:%02d:%02d WARN kyc.verify mismatch holder=\"%s\" id=%s (%s)\n```" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), n, M0, label)
    if c == "mdtable":
        return c, "| %s | %s |\n|---|---|\n| %s | %s |\n| %s | %s |" % (R.choice(["Field", "Key", "Attribute", "Item"]), R.choice(["Value", "Data", "Entry"]), R.choice(["Name", "Holder", "Applicant", "Patient"]), n, label, M0)
    if c == "ocr":
        return c, "--- OCR p.%d ---\n%s\n%s  %s\n--- end ---" % (R.randint(1, 4), n.upper(), label, M0)
    if c == "fhir":
        return c, "```json\n{\"resourceType\": \"Patient\", \"identifier\": [{\"type\": {\"text\": \"%s\"}, \"value\": \"%s\"}], \"name\": [{\"text\": \"%s\"}]}\n```" % (label, M0, n)
    return c, "From: %s\nSubject: %s\n\n%s: %s\n" % (n, R.choice(["Re: account update", "Documents", "Onboarding", "Fwd: form"]), label, M0)


def build_pii():
    extra = {"us_ssn": 2, "br_cpf": 2, "in_aadhaar": 2, "fr_nir": 2, "es_dni": 2, "cn_resident_id": 2}
    for t, (g, ok, label) in NATIONAL.items():
        for _ in range(extra.get(t, 1)):
            car, body = pii_body(label)
            add("positive", body, [(g(), t)], "", car, data=True)
    for i in range(17):
        n = person()
        car = R.choice(["signature", "mailheader", "csv", "json", "log", "mailto", "vcard-lite"])
        body = {"signature": "--\n%s\n%s\n%s" % (n, R.choice(["Head of Finance", "Key Account Manager", "Field engineer"]), M0),
                "mailheader": "From: %s <%s>\nTo: support@%s\nSubject: invoice %d" % (n, M0, R.choice(ORG_DOMAINS), R.randint(1000, 9999)),
                "csv": "```csv\nname,email,plan\n%s,%s,%s\n```" % (n, M0, R.choice(["free", "team", "enterprise"])),
                "json": "```json\n{\"user\": {\"name\": \"%s\", \"email\": \"%s\"}}\n```" % (n, M0),
                "log": "```\nINFO auth.login ok user=%s ip=10.%d.%d.%d\n```" % (M0, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                "mailto": "[%s](mailto:%s)" % (n, M0),
                "vcard-lite": "```\nBEGIN:VCARD\nVERSION:4.0\nFN:%s\nEMAIL;TYPE=work:%s\nEND:VCARD\n```" % (n, M0)}[car]
        add("positive", body, [(g_email(n), "email")], "", car, data=True)
    regions = list(PHONES)
    R.shuffle(regions)
    for i, reg in enumerate(regions[:34]):
        n = person()
        car = R.choice(["signature", "form", "json", "csv", "sms-log", "prose", "mdtable"])
        body = {"signature": "Best,\n%s\nTel. %s" % (n, M0),
                "form": "Contact person: %s\nPhone: %s" % (n, M0),
                "json": "```json\n{\"contact\": \"%s\", \"phone\": \"%s\"}\n```" % (n, M0),
                "csv": "```csv\nname,mobile\n%s,%s\n```" % (n, M0),
                "sms-log": "```\nsms.send to=\"%s\" template=otp status=delivered\n```" % M0,
                "prose": "%s → %s" % (n, M0),
                "mdtable": "| Contact | Phone |\n|---|---|\n| %s | %s |" % (n, M0)}[car]
        add("positive", body, [(g_phone(reg), "phone")], "", car, data=True)
    for reg in regions[34:] + regions[:2]:
        n = person()
        body = "```\nBEGIN:VCARD\nVERSION:3.0\nFN:%s\nTEL;TYPE=cell:%s\nEMAIL:%s\nEND:VCARD\n```" % (n, M0, M1)
        add("positive", body, [(g_phone(reg), "phone"), (g_email(n), "email")], "", "vcard", data=True)
    for i, b in enumerate(CARD_BRANDS):
        num, name = g_card(b)
        car = R.choice(["log", "json", "chat", "csv", "form"])
        body = {"log": "```\nERROR payment.capture declined pan=%s amount=%d.%02d EUR\n```" % (M0, R.randint(5, 900), R.randint(0, 99)),
                "json": "```json\n{\"card\": {\"number\": \"%s\", \"exp\": \"%02d/%d\"}}\n```" % (M0, R.randint(1, 12), R.randint(27, 31)),
                "chat": "Customer: my card %s was charged twice" % M0,
                "csv": "```csv\norder,card_number,total\n%d,%s,%d.%02d\n```" % (R.randint(10000, 99999), M0, R.randint(5, 900), R.randint(0, 99)),
                "form": "Cardholder: %s\nCard number: %s" % (person(), M0)}[car]
        add("positive", body, [(num, "credit_card")], "", car, data=True)
    ccs = list(IBAN_FMT)
    R.shuffle(ccs)
    for cc in ccs[:25]:
        n = person()
        car = R.choice(["invoice", "sepa-xml", "csv", "json", "email"])
        body = {"invoice": "Please transfer the amount to:\nAccount holder: %s\nIBAN: %s" % (n, M0),
                "sepa-xml": "```xml\n<CdtrAcct><Id><IBAN>%s</IBAN></Id></CdtrAcct>\n```" % M0,
                "csv": "```csv\nemployee,iban,net\n%s,%s,%d.00\n```" % (n, M0, R.randint(1800, 7000)),
                "json": "```json\n{\"payee\": \"%s\", \"iban\": \"%s\"}\n```" % (n, M0),
                "email": "Hi, my new bank account is %s, please update payroll. – %s" % (M0, n)}[car]
        iban = g_iban(cc, compact=True if car == "sepa-xml" else None)
        add("positive", body, [(iban, "iban")], "", car, data=True)
    for f, t in [(g_td3, "passport_mrz"), (g_td3, "passport_mrz"), (lambda: g_td3(True), "visa_mrz"), (g_td1, "id_card_mrz_td1"), (g_td2, "id_card_mrz_td2")]:
        car = R.choice(["ocr", "codeblock"])
        body = ("--- OCR (document scan, bottom zone) ---\n%s\n--- confidence 0.%d ---" % (M0, R.randint(90, 99))) if car == "ocr" else "```\n%s\n```" % M0
        add("positive", body, [(f(), t)], "", car, data=True)


# ---------------------------------------------------------------- negatives (must stay unchanged)
def isin():
    def mk():
        b = R.choice(["US", "DE", "FR", "GB", "JP", "CH", "NL"]) + rs(9, UP + DIG)
        return b
    b = mk()
    digits = "".join(str(int(c, 36)) for c in b)
    for c in DIG:
        d = digits + c
        if luhn_ok(d):
            return b + c


def lei():
    b = rs(4, DIG) + "00" + rs(12, UP + DIG)
    n = int("".join(str(int(c, 36)) for c in b + "00"))
    return b + "%02d" % (98 - n % 97)


def isbn13():
    b = "978" + nd(9)
    return [b + c for c in DIG if ean_ok(b + c)][0]


def vin():
    tr = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = R.choice(["1HG", "WVW", "JTD", "5YJ", "VF1", "ZFA", "KMH", "YV1"]) + "".join(R.choice(al) for _ in range(5)) + "0" + R.choice("LMNPRST") + "".join(R.choice(al) for _ in range(7))
    c = sum(tr[x] * w[i] for i, x in enumerate(v)) % 11
    return v[:8] + ("X" if c == 10 else str(c)) + v[9:]


def aba():
    return rej(lambda: R.choice(["0", "1", "2"]) + nd(8), lambda s: wsum(dg(s), [3, 7, 1] * 3) % 10 == 0)


def orcid():
    b = "0000000" + nd(8)
    t = 0
    for x in dg(b):
        t = (t + x) * 2
    r = (12 - t % 11) % 11
    s = b + ("X" if r == 10 else str(r))
    return "-".join(s[i:i + 4] for i in range(0, 16, 4))


def bad(gen, ok):
    """A value of the right shape whose check digit is wrong."""
    v = gen()
    for _ in range(200):
        i = max(j for j, c in enumerate(v) if c.isdigit())
        w = v[:i] + str((int(v[i]) + R.randint(1, 9)) % 10) + v[i + 1:]
        if not ok(w):
            return w
    raise RuntimeError


def ts():
    return "2026-%02d-%02dT%02d:%02d:%02dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def ulid():
    return R.choice("01") + rs(25, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")


JWT_IO = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
AZURITE = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
BICS = ["DEUTDEFF", "BNPAFRPP", "COBADEFFXXX", "CHASUS33", "HSBCGB2L", "UBSWCHZH80A", "INGBNL2A", "NDEASESS", "BARCGB22", "CITIUS33", "RABONL2U", "BKAUATWW"]
ICAO_TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
ICAO_TD1 = "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<"


def neg_bodies():
    cb = lambda s, lang="": "```%s\n%s\n```" % (lang, s)
    N = {
        "uuid": [lambda: cb("%s INFO request_id=%s route=/v1/orders status=200" % (ts(), g_uuid())),
                 lambda: cb("metadata:\n  uid: %s\n  resourceVersion: \"%d\"" % (g_uuid(), R.randint(10 ** 5, 10 ** 8)), "yaml"),
                 lambda: cb("SELECT * FROM sessions WHERE tenant_id = '%s';" % g_uuid(), "sql"),
                 lambda: "Correlation ID for the failed job: `%s`." % g_uuid(),
                 lambda: cb("{\"trace\": \"%s\", \"attempt\": %d}" % (g_uuid(), R.randint(1, 5)), "json")],
        "git_commit_sha": [lambda: cb("$ git rev-parse HEAD\n%s" % rs(40, LH)), lambda: "The regression was introduced in `%s` and reverted in `%s`." % (rs(40, LH), rs(12, LH)),
                           lambda: cb("- uses: actions/checkout@%s # v4.%d.%d" % (rs(40, LH), R.randint(0, 3), R.randint(0, 9)), "yaml"),
                           lambda: cb("go get github.com/acme/%s@%s" % (app(), rs(40, LH)), "bash"), lambda: cb("[%s %s] fix: handle empty payload" % (R.choice(["main", "dev"]), rs(7, LH)))],
        "sha256_checksum": [lambda: cb("$ sha256sum %s-%d.%d.%d-linux-amd64.tar.gz\n%s  %s.tar.gz" % (app(), R.randint(0, 3), R.randint(0, 20), R.randint(0, 9), rs(64, LH), app())),
                            lambda: "Expected checksum (SHA-256): `%s`" % rs(64, LH), lambda: cb("sha256 \"%s\"" % rs(64, LH), "ruby"),
                            lambda: cb("checksum = \"%s\"" % rs(64, LH), "toml"), lambda: cb("%s *release.zip" % rs(64, UH))],
        "md5_sha1_hash": [lambda: cb("$ md5sum backup.sql\n%s  backup.sql" % rs(32, LH)), lambda: "ETag: \"%s\"" % rs(32, LH),
                          lambda: cb("Content-MD5: %s" % b64(rb(16)), "http"), lambda: "SHA-1 of the installer: %s" % rs(40, UH), lambda: cb("{\"md5\": \"%s\", \"size\": %d}" % (rs(32, LH), R.randint(1000, 10 ** 7)), "json")],
        "container_image_digest": [lambda: cb("image: ghcr.io/acme/%s@sha256:%s" % (app(), rs(64, LH)), "yaml"), lambda: cb("FROM node:22-alpine@sha256:%s" % rs(64, LH), "dockerfile"),
                                   lambda: cb("Digest: sha256:%s\nStatus: Downloaded newer image" % rs(64, LH)), lambda: "Pinned base image digest: `sha256:%s`" % rs(64, LH),
                                   lambda: cb("docker pull registry.%s/%s@sha256:%s" % (R.choice(ORG_DOMAINS), app(), rs(64, LH)), "bash")],
        "version_string": [lambda: "Upgrade from %d.%d.%d to %d.%d.%d-rc.%d+build.%d fixed it." % (R.randint(1, 9), R.randint(0, 30), R.randint(0, 9), R.randint(1, 9), R.randint(0, 30), R.randint(0, 9), R.randint(1, 5), R.randint(100, 9999)),
                           lambda: cb("\"dependencies\": { \"react\": \"^19.%d.%d\", \"zod\": \"~3.%d.%d\" }" % (R.randint(0, 2), R.randint(0, 9), R.randint(20, 25), R.randint(0, 9)), "json"),
                           lambda: cb("Python 3.%d.%d (main, %s) [GCC 13.%d.0]" % (R.randint(10, 13), R.randint(0, 9), ts()[:10], R.randint(1, 3))),
                           lambda: "Kernel: 6.%d.%d-%d-generic, firmware v2026.%02d.%d" % (R.randint(1, 12), R.randint(0, 90), R.randint(10, 60), R.randint(1, 12), R.randint(1, 9)),
                           lambda: cb("<version>%d.%d.%d.RELEASE</version>" % (R.randint(2, 6), R.randint(0, 9), R.randint(0, 20)), "xml")],
        "order_number": [lambda: "Your order ORD-2026-%06d has shipped." % R.randint(1, 999999), lambda: "Amazon order %03d-%07d-%07d" % (R.randint(100, 999), R.randint(0, 10 ** 7 - 1), R.randint(0, 10 ** 7 - 1)),
                         lambda: cb("{\"order_id\": %d, \"status\": \"PAID\"}" % R.randint(10 ** 9, 10 ** 10), "json"), lambda: "Bestellnummer: %s-%d" % (rs(3, UP), R.randint(10 ** 7, 10 ** 8)),
                         lambda: cb("| order | items |\n|---|---|\n| #%d | %d |" % (R.randint(10 ** 5, 10 ** 6), R.randint(1, 9)))],
        "invoice_number": [lambda: "Invoice INV-%d-%05d is overdue." % (R.randint(2024, 2026), R.randint(1, 99999)), lambda: "Facture n° F%d%06d" % (R.randint(2024, 2026), R.randint(1, 999999)),
                           lambda: cb("<InvoiceNumber>%d/%02d/%d</InvoiceNumber>" % (R.randint(1, 9999), R.randint(1, 12), R.randint(2024, 2026)), "xml"),
                           lambda: "Rechnungsnr. RE-%d%04d, Kundennr. %d" % (R.randint(24, 26), R.randint(1, 9999), R.randint(10 ** 5, 10 ** 6)), lambda: cb("invoice_id,amount\n%s,%d.00" % (rs(10, UP + DIG), R.randint(10, 9999)), "csv")],
        "tracking_number": [lambda: "UPS tracking: 1Z%s%s" % (rs(6, UP + DIG), nd(10)), lambda: "DHL Express waybill %s" % nd(10), lambda: "USPS: 9400 %s %s %s %s %s" % (nd(4), nd(4), nd(4), nd(4), nd(2)),
                            lambda: cb("{\"carrier\": \"fedex\", \"tracking\": \"%s\"}" % nd(12), "json"), lambda: "Royal Mail: %s%s GB" % (rs(2, UP), nd(9))],
        "isbn_ean": [lambda: "ISBN %s" % isbn13(), lambda: "EAN: %s" % [b + c for b in ["40" + nd(10)] for c in DIG if ean_ok(b + c)][0],
                     lambda: cb("{\"gtin\": \"%s\"}" % [b + c for b in ["87" + nd(10)] for c in DIG if ean_ok(b + c)][0], "json"), lambda: "See the book (ISBN-13 %s), chapter %d." % (isbn13(), R.randint(2, 14)),
                     lambda: cb("barcode,qty\n%s,%d" % ([b + c for b in ["50" + nd(10)] for c in DIG if ean_ok(b + c)][0], R.randint(1, 40)), "csv")],
        "isin": [lambda: "ISIN: %s" % isin(), lambda: cb("{\"isin\": \"%s\", \"qty\": %d}" % (isin(), R.randint(1, 500)), "json"), lambda: "Bought %d units of %s." % (R.randint(1, 90), isin()),
                 lambda: cb("isin;name\n%s;ETF World" % isin(), "csv"), lambda: "Security identifier %s (bond, 2031)" % isin()],
        "lei_code": [lambda: "LEI: %s" % lei(), lambda: cb("<LEI>%s</LEI>" % lei(), "xml"), lambda: "Counterparty LEI %s per EMIR report." % lei(),
                     lambda: cb("{\"lei\": \"%s\"}" % lei(), "json"), lambda: cb("lei,country\n%s,DE" % lei(), "csv")],
        "swift_bic": [lambda: "BIC: %s" % R.choice(BICS), lambda: cb("<BICFI>%s</BICFI>" % R.choice(BICS), "xml"), lambda: "Correspondent bank SWIFT code %s." % R.choice(BICS),
                      lambda: cb("{\"bic\": \"%s\"}" % R.choice(BICS), "json"), lambda: "Use %s for EUR wires." % R.choice(BICS)],
        "bank_routing_public": [lambda: "ABA routing number %s (bank's public routing code)." % aba(), lambda: "UK sort code %02d-%02d-%02d for the branch." % (R.randint(10, 99), R.randint(0, 99), R.randint(0, 99)),
                                lambda: "BSB %03d-%03d" % (R.randint(10, 999), R.randint(0, 999)), lambda: cb("{\"routing_number\": \"%s\"}" % aba(), "json"), lambda: "Bankleitzahl %d %d %02d" % (R.randint(100, 899), R.randint(100, 999), R.randint(0, 99))],
        "ip_address": [lambda: cb("allow from 10.%d.%d.0/24;\ndeny all;" % (R.randint(0, 255), R.randint(0, 255)), "nginx"), lambda: "The node at 172.%d.%d.%d stopped responding." % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254)),
                       lambda: cb("inet6 2001:db8:%x:%x::%x/64 scope global" % (R.randint(0, 65535), R.randint(0, 65535), R.randint(1, 65535))), lambda: cb("%s client=203.0.113.%d GET /health 200" % (ts(), R.randint(1, 254))),
                       lambda: cb("nameserver 192.168.%d.1" % R.randint(0, 254))],
        "mac_address": [lambda: "MAC %s" % ":".join(rs(2, LH) for _ in range(6)), lambda: cb("link/ether %s brd ff:ff:ff:ff:ff:ff" % ":".join(rs(2, LH) for _ in range(6))),
                        lambda: cb("host printer { hardware ethernet %s; }" % ":".join(rs(2, UH) for _ in range(6))), lambda: "Physical Address: %s" % "-".join(rs(2, UH) for _ in range(6)),
                        lambda: cb("{\"bssid\": \"%s\"}" % ":".join(rs(2, LH) for _ in range(6)), "json")],
        "card_luhn_fail": [lambda: "Card number %s was rejected as invalid." % bad(lambda: g_card(CARD_BRANDS[0], " ")[0], ok_card), lambda: cb("pan=%s result=INVALID_LUHN" % bad(lambda: g_card(CARD_BRANDS[1], "")[0], ok_card)),
                           lambda: cb("{\"number\": \"%s\", \"valid\": false}" % bad(lambda: g_card(CARD_BRANDS[3], "")[0], ok_card), "json"), lambda: "Typo in the form: %s" % bad(lambda: g_card(CARD_BRANDS[4], "-")[0], ok_card),
                           lambda: cb("card,check\n%s,fail" % bad(lambda: g_card(CARD_BRANDS[5], " ")[0], ok_card), "csv")],
        "iban_bad_check": [lambda: "IBAN %s fails the mod-97 check." % bad(lambda: g_iban("DE", False), ok_iban_full), lambda: cb("<IBAN>%s</IBAN> <!-- rejected -->" % bad(lambda: g_iban("FR", True), ok_iban_full), "xml"),
                           lambda: cb("{\"iban\": \"%s\", \"error\": \"checksum\"}" % bad(lambda: g_iban("NL", True), ok_iban_full), "json"), lambda: "Invalid: %s" % bad(lambda: g_iban("ES", False), ok_iban_full),
                           lambda: cb("iban,status\n%s,INVALID" % bad(lambda: g_iban("PL", True), ok_iban_full), "csv")],
        "national_id_bad_check": [lambda: "BSN %s is not valid (11-proef fails)." % bad(g_nl_bsn, ok_nl_bsn), lambda: cb("pesel=%s walidacja=BLAD" % bad(g_pl_pesel, ok_pl_pesel)),
                                  lambda: "CPF %s inválido (dígitos verificadores)." % bad(g_br_cpf, ok_br_cpf), lambda: cb("{\"tc_kimlik\": \"%s\", \"valid\": false}" % bad(g_tr_tc, ok_tr_tc), "json"),
                                  lambda: "Aadhaar %s failed Verhoeff validation." % bad(g_in_aadhaar, ok_in_aadhaar), lambda: "身份证号 %s 校验位错误" % bad(g_cn_rid, ok_cn_rid)],
        "documented_test_card": [lambda: "Use Stripe's test card 4242 4242 4242 4242 with any future expiry.", lambda: cb("# sandbox test cards\nVISA_TEST=4111111111111111\nMC_TEST=5555555555554444", "env"),
                                 lambda: "In test mode, Amex test card 378282246310005 triggers a success.", lambda: cb("// Discover test number from the docs\nconst TEST_CARD = '6011111111111117';", "js"),
                                 lambda: "Test card for 3DS in the sandbox: 4000 0027 6000 3184."],
        "doc_example_credential": [lambda: cb("[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "ini"),
                                   lambda: "The Azurite emulator uses the well-known development key `%s`." % AZURITE, lambda: "The jwt.io sample token is `%s`." % JWT_IO,
                                   lambda: cb("# from the Stripe docs\nstripe.api_key = \"sk_test_4eC39HqLyjWDarjtT1zdp7dc\"", "python"),
                                   lambda: cb("AWS_SESSION_TOKEN=AQoDYXdzEJr...<remainder of security token>\nAWS_ACCESS_KEY_ID=AKIAI44QH8DHBEXAMPLE", "env")],
        "placeholder": [lambda: cb("OPENAI_API_KEY=sk-...your-key-here...", "env"), lambda: cb("github_token: ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "yaml"),
                        lambda: cb("{\"apiKey\": \"<YOUR_API_KEY>\", \"password\": \"<password>\"}", "json"), lambda: cb("export STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "bash"),
                        lambda: "Replace `YOUR_TOKEN_HERE` and `CHANGE_ME` in the template before running it."],
        "redacted_value": [lambda: cb("ANTHROPIC_API_KEY=sk-ant-api03-****************************AA", "env"), lambda: "Card ending in ****%s, expires %02d/%d." % (nd(4), R.randint(1, 12), R.randint(27, 30)),
                           lambda: cb("{\"password\": \"[REDACTED]\", \"token\": \"***\"}", "json"), lambda: cb("Authorization: Bearer <redacted>", "http"),
                           lambda: "IBAN DE** **** **** **** **%s %s" % (nd(2), nd(2))],
        "secret_reference": [lambda: cb("env:\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}", "yaml"), lambda: cb("valueFrom:\n  secretKeyRef:\n    name: %s-db\n    key: password" % app(), "yaml"),
                             lambda: cb("DATABASE_PASSWORD=op://Production/%s/password" % app(), "env"), lambda: cb("password = \"{{ vault('secret/data/%s#password') }}\"" % app(), "toml"),
                             lambda: cb("api_key: %%env(resolve:%s_API_KEY)%%" % app().upper().replace("-", "_"), "yaml")],
        "public_key_ssh": [lambda: cb("ssh-ed25519 %s ci-runner-%d" % (b64(_sshstr(b"ssh-ed25519") + _sshstr(rb(32))), R.randint(1, 99))),
                           lambda: "Add this public key to authorized_keys: `ssh-ed25519 %s laptop`" % b64(_sshstr(b"ssh-ed25519") + _sshstr(rb(32))),
                           lambda: cb("ecdsa-sha2-nistp256 %s" % b64(_sshstr(b"ecdsa-sha2-nistp256") + _sshstr(b"nistp256") + _sshstr(b"\x04" + rb(64)))),
                           lambda: cb("github.com ssh-ed25519 %s" % b64(_sshstr(b"ssh-ed25519") + _sshstr(rb(32)))),
                           lambda: cb("deploy_keys:\n  - ssh-rsa %s build" % b64(_sshstr(b"ssh-rsa") + _sshstr(b"\x01\x00\x01") + _sshstr(b"\x00" + rb(256))), "yaml")],
        "public_key_pem": [lambda: cb(pem("PUBLIC KEY", bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d03010703420004") + rb(64))),
                           lambda: cb(pem("PUBLIC KEY", bytes.fromhex("302a300506032b6570032100") + rb(32))), lambda: cb(pem("RSA PUBLIC KEY", bytes.fromhex("3082010a0282010100") + rb(270))),
                           lambda: "JWT verification key:\n\n" + pem("PUBLIC KEY", bytes.fromhex("30820122300d06092a864886f70d01010105000382010f00") + rb(270)),
                           lambda: cb("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n%s\n-----END PGP PUBLIC KEY BLOCK-----" % "\n".join(b64(rb(48)) for _ in range(6)))],
        "x509_certificate": [lambda: cb(pem("CERTIFICATE", bytes.fromhex("308203") + rb(700))), lambda: "CA bundle entry:\n\n" + pem("CERTIFICATE", bytes.fromhex("308202") + rb(520)),
                             lambda: cb("ca.crt: |\n" + "\n".join("  " + l for l in pem("CERTIFICATE", bytes.fromhex("308201") + rb(400)).split("\n")), "yaml"),
                             lambda: cb(pem("CERTIFICATE REQUEST", bytes.fromhex("308202") + rb(600))), lambda: cb(pem("X509 CRL", bytes.fromhex("308201") + rb(300)))],
        "publishable_key": [lambda: cb("NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_51%s" % rs(97), "env"), lambda: cb("posthog.init('phc_%s', { api_host: 'https://eu.i.posthog.com' })" % rs(43), "js"),
                            lambda: cb("<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-%s\"></script>" % rs(10, UP + DIG), "html"),
                            lambda: cb("GOOGLE_CLIENT_ID=%d-%s.apps.googleusercontent.com" % (R.randrange(10 ** 11, 10 ** 12), rs(32, LO + DIG)), "env"),
                            lambda: cb("mapboxgl.accessToken = 'pk.eyJ1Ijoi%s.%s';" % (b64u(json.dumps({"u": rs(6, LO)}).encode())[11:], rs(22, B64U)), "js")],
        "password_policy_prose": [lambda: "Passwords must be at least 14 characters and include a symbol; rotate every 90 days.", lambda: "If you forgot your password, use the reset link on the sign-in page.",
                                  lambda: cb("PASSWORD_MIN_LENGTH=14\nPASSWORD_REQUIRE_SYMBOL=true\nPASSWORD_MAX_AGE_DAYS=90", "env"),
                                  lambda: "The password field is empty because SSO is enforced for this tenant.", lambda: cb("password:\n  min_length: 12\n  history: 5", "yaml")],
        "code_identifier": [lambda: cb("password = getpass.getpass(\"DB password: \")\nif not password:\n    sys.exit(1)", "python"), lambda: cb("const apiKey = process.env.API_KEY;\nif (!apiKey) throw new Error('missing API_KEY');", "js"),
                            lambda: cb("func (c *Client) SetToken(token string) { c.token = token }", "go"), lambda: cb("TOKEN_EXPIRY_SECONDS = 3600\nREFRESH_TOKEN_URL = \"https://oauth2.googleapis.com/token\"", "python"),
                            lambda: cb("secret_key_base = Rails.application.credentials.secret_key_base", "ruby")],
        "timestamp_date": [lambda: cb("%s job finished in %d ms" % (ts(), R.randint(10, 99999))), lambda: "Epoch ms: %d" % R.randrange(1700000000000, 1800000000000), lambda: cb("schedule: \"%d %d * * 1-5\"" % (R.randint(0, 59), R.randint(0, 23)), "yaml"),
                           lambda: "Last login: %s %d %02d:%02d:%02d 2026" % (R.choice(["Mon Mar", "Tue Apr", "Fri Oct"]), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
                           lambda: cb("{\"created\": %d, \"updated\": \"%s\"}" % (R.randrange(1700000000, 1800000000), ts()), "json")],
        "geo_coordinates": [lambda: "Warehouse at %.6f, %.6f" % (R.uniform(-60, 60), R.uniform(-170, 170)), lambda: cb("{\"lat\": %.5f, \"lng\": %.5f}" % (R.uniform(-60, 60), R.uniform(-170, 170)), "json"),
                            lambda: "POINT(%.6f %.6f)" % (R.uniform(-170, 170), R.uniform(-60, 60)), lambda: "48°%d'%d\"N 11°%d'%d\"E" % (R.randint(0, 59), R.randint(0, 59), R.randint(0, 59), R.randint(0, 59)),
                            lambda: cb("geo: %.4f,%.4f" % (R.uniform(-60, 60), R.uniform(-170, 170)), "yaml")],
        "crypto_public_address": [lambda: "Donations: 0x%s" % rs(40, LH),
                                  lambda: cb("{\"wallet\": \"0x%s\", \"chain\": \"base\"}" % rs(40, LH + "ABCDEF"), "json"), lambda: "Public address: %s" % b58enc(rb(32)),
                                  lambda: "Receiving address (legacy): 1%s" % rs(33, B58), lambda: cb("contract: 0x%s # ERC-20 token" % rs(40, LH), "yaml")],
        "tx_hash": [lambda: "Transaction hash: 0x%s" % rs(64, LH), lambda: cb("{\"blockHash\": \"0x%s\", \"blockNumber\": %d}" % (rs(64, LH), R.randint(10 ** 7, 3 * 10 ** 7)), "json"),
                    lambda: "https://etherscan.io/tx/0x%s" % rs(64, LH), lambda: cb("txid: %s\nconfirmations: %d" % (rs(64, LH), R.randint(1, 99)), "yaml"), lambda: "Bitcoin txid %s confirmed." % rs(64, LH)],
        "sri_lockfile_hash": [lambda: cb("\"integrity\": \"sha512-%s\"" % b64(rb(64)), "json"), lambda: cb("<script src=\"/app.js\" integrity=\"sha384-%s\" crossorigin=\"anonymous\"></script>" % b64(rb(48)), "html"),
                              lambda: cb("github.com/acme/%s v1.%d.0 h1:%s" % (app(), R.randint(0, 9), b64(rb(32)))), lambda: cb("checksum = \"%s\"" % rs(64, LH), "toml"),
                              lambda: cb("%s@^%d.0.0:\n  resolved \"https://registry.yarnpkg.com/x/-/x.tgz#%s\"" % (app(), R.randint(1, 9), rs(40, LH)), "yaml")],
        "cloud_resource_id": [lambda: "arn:aws:iam::%s:role/%s-deployer" % (nd(12), app()), lambda: "/subscriptions/%s/resourceGroups/rg-%s/providers/Microsoft.Web/sites/%s" % (g_uuid(), app(), app()),
                              lambda: "projects/%s-%d/locations/europe-west1/functions/%s" % (app(), R.randint(100, 999), app()), lambda: "ocid1.instance.oc1.eu-frankfurt-1.%s" % rs(60, LO + DIG),
                              lambda: cb("resource \"aws_s3_bucket\" \"logs\" { bucket = \"%s-logs-%s\" }" % (app(), nd(12)), "hcl")],
        "trace_id": [lambda: cb("traceparent: 00-%s-%s-01" % (rs(32, LH), rs(16, LH)), "http"), lambda: cb("X-Amzn-Trace-Id: Root=1-%s-%s" % (rs(8, LH), rs(24, LH)), "http"),
                     lambda: "dd.trace_id=%d dd.span_id=%d" % (R.randrange(10 ** 18, 10 ** 19), R.randrange(10 ** 18, 10 ** 19)), lambda: cb("{\"traceId\": \"%s\", \"spanId\": \"%s\"}" % (rs(32, LH), rs(16, LH)), "json"),
                     lambda: "x-request-id: %s" % rs(32, LH)],
        "vendor_object_id": [lambda: cb("customer: cus_%s\nprice: price_1%s" % (rs(14), rs(23)), "yaml"), lambda: cb("{\"id\": \"msg_01%s\", \"type\": \"message\"}" % rs(22), "json"),
                             lambda: cb("{\"id\": \"chatcmpl-%s\", \"object\": \"chat.completion\"}" % rs(29), "json"), lambda: "Twilio message SID SM%s delivered." % rs(32, LH),
                             lambda: cb("event: evt_1%s\ncharge: ch_3%s" % (rs(23), rs(23)), "yaml")],
        "vin": [lambda: "VIN: %s" % vin(), lambda: cb("{\"vin\": \"%s\", \"mileage\": %d}" % (vin(), R.randint(1000, 200000)), "json"), lambda: "Fahrgestellnummer %s" % vin(),
                lambda: cb("vin,model\n%s,Model Y" % vin(), "csv"), lambda: "Recall applies to VIN %s." % vin()],
        "scholarly_id": [lambda: "ORCID: https://orcid.org/%s" % orcid(), lambda: "doi:10.%d/%s.%d.%d" % (R.randint(1000, 9999), rs(4, LO), R.randint(2015, 2026), R.randint(100, 99999)),
                         lambda: "arXiv:%02d%02d.%05d" % (R.randint(18, 26), R.randint(1, 12), R.randint(1, 99999)), lambda: "Author ORCID %s" % orcid(), lambda: "PMID: %d" % R.randint(10 ** 7, 4 * 10 ** 7)],
        "ulid_objectid": [lambda: "ULID %s" % ulid(), lambda: cb("{\"_id\": {\"$oid\": \"%s\"}}" % rs(24, LH), "json"), lambda: "snowflake id %d" % R.randrange(10 ** 17, 10 ** 19),
                          lambda: cb("event_id = \"%s\"" % ulid(), "toml"), lambda: "ObjectId(\"%s\")" % rs(24, LH)],
        "email_lookalike": [lambda: cb("git remote add origin git@github.com:acme/%s.git" % app(), "bash"), lambda: cb("npm i @acme/%s@%d.%d.%d" % (app(), R.randint(0, 9), R.randint(0, 20), R.randint(0, 9)), "bash"),
                            lambda: cb("@media (max-width: 768px) { .nav { display: none; } }", "css"), lambda: cb("ssh deploy@10.%d.%d.%d -p 2222" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), "bash"),
                            lambda: "Retina assets: logo@2x.png and icon@3x.webp"],
        "base64_non_secret": [lambda: "![logo](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAA%s)" % b64(rb(60)).rstrip("="), lambda: cb("binaryData:\n  logo.gif: R0lGODlh%s" % b64(rb(45)), "yaml"),
                              lambda: "Decoded, `%s` is just `{\"page\":%d}`." % (b64(json.dumps({"page": 2}).encode()), 2), lambda: cb("font: url(data:font/woff2;base64,d09GMgABAAAAA%s)" % b64(rb(48)), "css"),
                              lambda: cb("{\"cursor\": \"%s\"}" % b64(json.dumps({"offset": R.randint(10, 9999), "sort": "asc"}).encode()), "json")],
        "key_fingerprint": [lambda: "ED25519 key fingerprint is SHA256:%s." % b64(rb(32)).rstrip("="), lambda: "SHA1 Fingerprint=%s" % ":".join(rs(2, UH) for _ in range(20)),
                            lambda: cb("gpg: using RSA key %s" % rs(40, UH)), lambda: "Certificate thumbprint: %s" % rs(40, UH), lambda: cb("256 MD5:%s root@%s (ED25519)" % (":".join(rs(2, LH) for _ in range(16)), app()))],
        "numeric_lookalike": [lambda: "Part number %d-%d-%d, batch %d" % (R.randint(100, 999), R.randint(1000, 9999), R.randint(10, 99), R.randint(10000, 99999)),
                              lambda: "World population estimate: %s" % format(R.randint(8 * 10 ** 9, 9 * 10 ** 9), ","), lambda: cb("sku,qty,price\n%d,%d,%d.%02d" % (R.randint(10 ** 11, 10 ** 12), R.randint(1, 99), R.randint(1, 999), R.randint(0, 99)), "csv"),
                              lambda: "Bytes transferred: %d (%d packets)" % (R.randint(10 ** 9, 10 ** 11), R.randint(10 ** 6, 10 ** 8)), lambda: "Model %s-%d, serial %s" % (rs(2, UP), R.randint(100, 999), rs(4, UP + DIG))],
        "build_number": [lambda: "GitHub Actions run %d (attempt %d) failed." % (R.randint(10 ** 9, 2 * 10 ** 10), R.randint(1, 3)), lambda: cb("Jenkins build #%d of %s" % (R.randint(100, 9999), app())),
                         lambda: "Build %d.%d.%d.%d" % (R.randint(1, 30), R.randint(0, 9), R.randint(1000, 30000), R.randint(1, 999)), lambda: cb("BUILD_ID=%d\nPIPELINE_ID=%d" % (R.randint(10 ** 5, 10 ** 7), R.randint(10 ** 8, 10 ** 9)), "env"),
                         lambda: "Xcode build %d%s%d" % (R.randint(15, 17), R.choice("ABCDEF"), R.randint(100, 999))],
        "specimen_document": [lambda: "ICAO 9303 specimen passport MRZ:\n\n```\n%s\n```" % ICAO_TD3, lambda: "The ICAO sample ID-card MRZ from the standard:\n\n```\n%s\n```" % ICAO_TD1,
                              lambda: "Unit test fixture uses the published ICAO specimen (Anna Maria Eriksson):\n```\n%s\n```" % ICAO_TD3.split("\n")[1],
                              lambda: "Specimen shown on the official sample card: MUSTERMANN, ERIKA", lambda: "Sample document from ICAO Doc 9303: `%s`" % ICAO_TD1.split("\n")[0]],
    }
    return N


NEG_REASON = {
    "documented_test_card": "documented test card number, explicitly called a test card",
    "doc_example_credential": "published documentation example value, not a secret",
    "card_luhn_fail": "card-shaped number that fails Luhn",
    "iban_bad_check": "IBAN-shaped value with wrong mod-97 check digits",
    "national_id_bad_check": "national-id-shaped value whose check digit is wrong",
    "publishable_key": "public by design (publishable / client-side key or id)",
    "secret_reference": "reference to a secret, contains no secret",
    "specimen_document": "published specimen document data",
    "tx_hash": "public transaction / block hash (0x + 64 hex, like a private key)",
    "email_lookalike": "contains @ but is not an e-mail address",
    "bank_routing_public": "public bank routing code, not an account",
}


def build_negatives():
    for cls, fns in neg_bodies().items():
        for f in fns:
            body = f()
            m = re.match(r"```(\w*)", body)
            car = (m[1] or "code") if m else ("pem" if body.lstrip().startswith("-----") else "prose")
            add("negative", body, [], cls, car, data=R.random() < 0.3)


def main():
    build_secrets()
    build_other_credentials()
    build_pii()
    build_negatives()
    R.shuffle(ROWS)
    seen = set()
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, r in enumerate(ROWS, 1):
            assert r["text"] not in seen
            seen.add(r["text"])
            row = {"id": "v15_%04d" % i, "text": r["text"], "spans": r["spans"], "kind": r["kind"], "class": r["class"], "reason": r["reason"]}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    if "--stats" in sys.argv or "--tables" in sys.argv:
        from collections import Counter
        pos = [r for r in ROWS if r["kind"] == "positive"]
        tc = Counter(s["type"] for r in pos for s in r["spans"])
        nc = Counter(r["class"].split("/")[0] for r in ROWS if r["kind"] == "negative")
        langs = Counter(r["class"].rsplit("-", 1)[1] for r in ROWS)
        print("texts %d positive %d negative %d spans %d types %d negclasses %d langs %d" % (len(ROWS), len(pos), len(ROWS) - len(pos), sum(tc.values()), len(tc), len(nc), len(langs)))
        if "--tables" in sys.argv:
            print("| type | spans |\n|---|---|")
            for k in sorted(tc):
                print("| %s | %d |" % (k, tc[k]))
            print("\n| class | texts |\n|---|---|")
            for k in sorted(nc):
                print("| %s | %d |" % (k, nc[k]))


if __name__ == "__main__":
    main()
