#!/usr/bin/env python3
"""Generator for the BLIND held-out masker evaluation set v13 (issue 16).

Written by an outside tester without reading the masker's code, rules or other
evaluation sets; the only format reference was HELDOUT_V12.md.  Python 3 stdlib,
deterministic (random.Random(1313)).  Run:  python3 generate_heldout_v13.py [--stats]
No value produced here is a real secret; the only real strings are published
documentation examples, which are used as negatives.
"""
import base64
import json
import os
import random
import string
import sys
import zlib
from collections import Counter

R = random.Random(1313)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "heldout_v13.jsonl")

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
ANL = LO + DG
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64 = AN + "+/"
B64U = AN + "-_"
B62 = DG + UP + LO


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def rd(n, first_nonzero=False):
    s = rs(DG, n)
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def mixed(alpha, n):
    """random string guaranteed to contain an upper, a lower and a digit when alpha allows"""
    while True:
        s = rs(alpha, n)
        ok = True
        if any(c in UP for c in alpha) and not any(c in UP for c in s):
            ok = False
        if any(c in LO for c in alpha) and not any(c in LO for c in s):
            ok = False
        if any(c in DG for c in alpha) and not any(c in DG for c in s):
            ok = False
        if ok:
            return s


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rbytes(n):
    return bytes(R.randrange(256) for _ in range(n))


# ----------------------------------------------------------------- checksums
def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c


def iban_check(cc, bban):
    s = "".join(str(int(ch, 36)) for ch in (bban + cc + "00").upper())
    return "%02d" % (98 - int(s) % 97)


def iban_ok(iban):
    x = iban.replace(" ", "").upper()
    s = "".join(str(int(ch, 36)) for ch in x[4:] + x[:4])
    return int(s) % 97 == 1


def base62(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def gh_token(prefix):
    body = mixed(AN, 30)
    return prefix + body + base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
      [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 4, 1, 2],
      [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
      [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VD[c][VP[(i + 1) % 8][int(ch)]]
    return str(VINV[c])


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VD[c][VP[i % 8][int(ch)]]
    return c == 0


def iso7064_11_10(digits):
    p = 10
    for ch in digits:
        s = (int(ch) + p) % 10
        if s == 0:
            s = 10
        p = (s * 2) % 11
    c = 11 - p
    return "0" if c == 10 else str(c)


def mrz_digit(s):
    w = [7, 3, 1]
    t = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch == "<":
            v = 0
        else:
            v = ord(ch) - 55
        t += v * w[i % 3]
    return str(t % 10)


CF_ODD = {}
for _i, _v in enumerate([1, 0, 5, 7, 9, 13, 15, 17, 19, 21]):
    CF_ODD[str(_i)] = _v
for _c, _v in zip(UP, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]):
    CF_ODD[_c] = _v


def cf_check(s15):
    t = 0
    for i, ch in enumerate(s15):
        if i % 2 == 0:
            t += CF_ODD[ch]
        else:
            t += int(ch) if ch.isdigit() else ord(ch) - 65
    return chr(65 + t % 26)


CURP_AL = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp_check(s17):
    t = sum(CURP_AL.index(ch) * (18 - i) for i, ch in enumerate(s17))
    return str((10 - t % 10) % 10)


def rdate(y0=1950, y1=1999):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


# ------------------------------------------------------------ national ids
def nid_us_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def nid_uk_nino():
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = R.choice(first) + R.choice(second)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = rd(6)
    return "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], R.choice("ABCD"))


def nid_ca_sin():
    b = R.choice("1234567") + rd(7)
    v = b + luhn_digit(b)
    return "%s %s %s" % (v[:3], v[3:6], v[6:])


def nid_fr_nir():
    y, m, d = rdate()
    dept = "%02d" % R.choice([1, 6, 13, 31, 33, 35, 44, 59, 67, 69, 75, 92, 93, 94])
    body = R.choice("12") + "%02d%02d" % (y % 100, m) + dept + "%03d" % R.randint(1, 990) + "%03d" % R.randint(1, 999)
    key = 97 - int(body) % 97
    return "%s %s %s %s %s %s %02d" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key)


def nid_de_steuer_id():
    while True:
        ds = R.sample(DG, 9)
        dup = R.choice(ds)
        ten = ds + [dup]
        R.shuffle(ten)
        if ten[0] != "0":
            break
    s = "".join(ten)
    v = s + iso7064_11_10(s)
    return "%s %s %s %s" % (v[:2], v[2:5], v[5:8], v[8:])


DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"


def nid_es_dni():
    n = R.randint(10000000, 99999999)
    return "%08d%s" % (n, DNI_L[n % 23])


def nid_es_nie():
    p = R.choice("XYZ")
    n = R.randint(1000000, 9999999)
    return "%s%07d%s" % (p, n, DNI_L[int(str("XYZ".index(p)) + "%07d" % n) % 23])


def nid_it_cf():
    y, m, d = rdate()
    cons = "BCDFGHLMNPRSTVZ"
    vow = "AEIOU"
    sur = R.choice(cons) + R.choice(cons) + R.choice(vow)
    nam = R.choice(cons) + R.choice(vow) + R.choice(cons)
    day = d + (40 if R.random() < 0.5 else 0)
    com = R.choice(["H501", "F205", "L219", "F839", "G273", "A944", "D612"])
    s = sur + nam + "%02d" % (y % 100) + "ABCDEHLMPRST"[m - 1] + "%02d" % day + com
    return s + cf_check(s)


def nid_nl_bsn():
    while True:
        b = rd(8, True)
        t = sum(int(c) * (9 - i) for i, c in enumerate(b))
        c = t % 11
        if c < 10:
            return b + str(c)


def nid_be_nn():
    y, m, d = rdate()
    body = "%02d%02d%02d%03d" % (y % 100, m, d, R.randint(1, 997))
    c = 97 - int(body) % 97
    return "%s.%s.%s-%s.%02d" % (body[:2], body[2:4], body[4:6], body[6:], c)


def nid_pl_pesel():
    y, m, d = rdate()
    b = "%02d%02d%02d%04d" % (y % 100, m, d, R.randint(0, 9999))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(x) * w[i] for i, x in enumerate(b)) % 10) % 10
    return b + str(c)


def nid_se_pnr():
    y, m, d = rdate()
    b = "%02d%02d%02d%03d" % (y % 100, m, d, R.randint(0, 999))
    v = b + luhn_digit(b)
    return v[:6] + "-" + v[6:]


def nid_no_fnr():
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        y, m, d = rdate()
        b = "%02d%02d%02d%03d" % (d, m, y % 100, R.randint(0, 499))
        k1 = 11 - sum(int(x) * w1[i] for i, x in enumerate(b)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        b2 = b + str(k1)
        k2 = 11 - sum(int(x) * w2[i] for i, x in enumerate(b2)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return b2 + str(k2)


def nid_fi_hetu():
    y, m, d = rdate()
    ind = R.randint(2, 899)
    n = int("%02d%02d%02d%03d" % (d, m, y % 100, ind))
    return "%02d%02d%02d-%03d%s" % (d, m, y % 100, ind, "0123456789ABCDEFHJKLMNPRSTUVWXY"[n % 31])


def nid_dk_cpr():
    w = [4, 3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        y, m, d = rdate()
        b = "%02d%02d%02d%03d" % (d, m, y % 100, R.randint(0, 999))
        c = (-sum(int(x) * w[i] for i, x in enumerate(b))) % 11
        if c < 10:
            return b[:6] + "-" + b[6:] + str(c)


def nid_pt_nif():
    while True:
        b = R.choice("123") + rd(7)
        c = 11 - sum(int(x) * (9 - i) for i, x in enumerate(b)) % 11
        c = 0 if c >= 10 else c
        return b + str(c)


def nid_br_cpf():
    while True:
        d = [R.randint(0, 9) for _ in range(9)]
        if len(set(d)) > 1:
            break
    for n in (10, 11):
        s = sum(x * (n - i) for i, x in enumerate(d))
        r = s * 10 % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])


def rut_dv(body):
    t = 0
    w = 2
    for ch in reversed(body):
        t += int(ch) * w
        w = 2 if w == 7 else w + 1
    r = 11 - t % 11
    return "0" if r == 11 else ("K" if r == 10 else str(r))


def nid_cl_rut():
    b = str(R.randint(8000000, 24999999))
    dv = rut_dv(b)
    return "%s.%s.%s-%s" % (b[:-6], b[-6:-3], b[-3:], dv)


def nid_cn_id():
    area = R.choice(["110101", "310104", "440305", "330106", "510107", "420102", "320102"])
    y, m, d = rdate(1960, 2000)
    b = area + "%04d%02d%02d" % (y, m, d) + "%03d" % R.randint(1, 999)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return b + "10X98765432"[sum(int(x) * w[i] for i, x in enumerate(b)) % 11]


def nid_in_aadhaar():
    b = R.choice("23456789") + rd(10)
    v = b + verhoeff_digit(b)
    return "%s %s %s" % (v[:4], v[4:8], v[8:])


def nid_jp_my_number():
    b = rd(11)
    t = 0
    for n in range(1, 12):
        p = int(b[11 - n])
        q = n + 1 if n <= 6 else n - 5
        t += p * q
    r = t % 11
    c = 0 if r <= 1 else 11 - r
    v = b + str(c)
    return "%s %s %s" % (v[:4], v[4:8], v[8:])


def nid_kr_rrn():
    y, m, d = rdate()
    b = "%02d%02d%02d" % (y % 100, m, d) + R.choice("12") + rd(5)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(x) * w[i] for i, x in enumerate(b)) % 11) % 10
    return b[:6] + "-" + b[6:] + str(c)


def nid_sg_nric():
    p = R.choice("ST")
    b = rd(7)
    w = [2, 7, 6, 5, 4, 3, 2]
    t = sum(int(x) * w[i] for i, x in enumerate(b)) + (4 if p == "T" else 0)
    return p + b + "JZIHGFEDCBA"[t % 11]


def nid_tr_tckn():
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def nid_za_id():
    y, m, d = rdate()
    b = "%02d%02d%02d%04d08" % (y % 100, m, d, R.randint(0, 9999))
    b = b[:10] + R.choice("01") + "8"
    return b + luhn_digit(b)


def nid_il_tz():
    b = rd(8)
    return b + luhn_digit(b)


def nid_au_tfn():
    w = [1, 4, 3, 7, 5, 8, 6, 9]
    while True:
        b = rd(8, True)
        c = sum(int(x) * w[i] for i, x in enumerate(b)) % 11
        if c < 10:
            v = b + str(c)
            return "%s %s %s" % (v[:3], v[3:6], v[6:])


def nid_au_medicare():
    b = R.choice("23456") + rd(7)
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    c = sum(int(x) * w[i] for i, x in enumerate(b)) % 10
    v = b + str(c) + R.choice("123456789")
    return "%s %s %s" % (v[:4], v[4:9], v[9:])


def nid_mx_curp():
    cons = "BCDFGHJKLMNPRSTVZ"
    y, m, d = rdate(1960, 1999)
    s = (R.choice(cons) + R.choice("AEIOU") + R.choice(cons) + R.choice(cons) + "%02d%02d%02d" % (y % 100, m, d)
         + R.choice("HM") + R.choice(["DF", "JC", "NL", "PL", "VZ", "YN", "GT"]) + R.choice(cons) + R.choice(cons)
         + R.choice(cons) + R.choice(DG))
    return s + curp_check(s)


def nid_ch_ahv():
    b = "756" + rd(9)
    t = sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(b))
    v = b + str((10 - t % 10) % 10)
    return "%s.%s.%s.%s" % (v[:3], v[3:7], v[7:11], v[11:])


def nid_ie_pps():
    b = rd(7)
    t = sum(int(x) * (8 - i) for i, x in enumerate(b))
    return b + "WABCDEFGHIJKLMNOPQRSTUV"[t % 23]


def nid_hr_oib():
    b = rd(10, True)
    return b + iso7064_11_10(b)


def nid_ro_cnp():
    y, m, d = rdate()
    b = R.choice("12") + "%02d%02d%02d" % (y % 100, m, d) + "%02d" % R.randint(1, 40) + "%03d" % R.randint(1, 999)
    w = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]
    r = sum(int(x) * w[i] for i, x in enumerate(b)) % 11
    return b + ("1" if r == 10 else str(r))


def nid_bg_egn():
    y, m, d = rdate()
    b = "%02d%02d%02d%03d" % (y % 100, m, d, R.randint(0, 999))
    w = [2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = sum(int(x) * w[i] for i, x in enumerate(b)) % 11
    return b + ("0" if r == 10 else str(r))


def nid_cz_rc():
    while True:
        y, m, d = rdate(1960, 1999)
        mm = m + (50 if R.random() < 0.5 else 0)
        b = "%02d%02d%02d%03d" % (y % 100, mm, d, R.randint(0, 999))
        c = int(b) % 11
        if c < 10:
            return b[:6] + "/" + b[6:] + str(c)


def nid_ee_ik():
    y, m, d = rdate()
    b = R.choice("34") + "%02d%02d%02d%03d" % (y % 100, m, d, R.randint(0, 999))
    w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]
    w2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
    r = sum(int(x) * w1[i] for i, x in enumerate(b)) % 11
    if r == 10:
        r = sum(int(x) * w2[i] for i, x in enumerate(b)) % 11
        r = 0 if r == 10 else r
    return b + str(r)


def passport_mrz(country="UTO", surname="ERIKSSON", given="ANNA<MARIA"):
    num = rs(UP + DG, 9)
    y, m, d = rdate()
    dob = "%02d%02d%02d" % (y % 100, m, d)
    exp = "%02d%02d%02d" % (R.randint(27, 34), R.randint(1, 12), R.randint(1, 28))
    sex = R.choice("MF")
    pers = "<" * 14
    l1 = ("P<" + country + surname + "<<" + given).ljust(44, "<")[:44]
    part = num + mrz_digit(num) + country + dob + mrz_digit(dob) + sex + exp + mrz_digit(exp) + pers + mrz_digit(pers)
    comp = num + mrz_digit(num) + dob + mrz_digit(dob) + exp + mrz_digit(exp) + pers + mrz_digit(pers)
    l2 = part + mrz_digit(comp)
    return l1 + "\n" + l2


NATIONAL_IDS = [
    ("us_ssn", nid_us_ssn), ("uk_nino", nid_uk_nino), ("ca_sin", nid_ca_sin), ("fr_nir", nid_fr_nir),
    ("de_steuer_id", nid_de_steuer_id), ("es_dni", nid_es_dni), ("es_nie", nid_es_nie),
    ("it_codice_fiscale", nid_it_cf), ("nl_bsn", nid_nl_bsn), ("be_national_number", nid_be_nn),
    ("pl_pesel", nid_pl_pesel), ("se_personnummer", nid_se_pnr), ("no_fodselsnummer", nid_no_fnr),
    ("fi_hetu", nid_fi_hetu), ("dk_cpr", nid_dk_cpr), ("pt_nif", nid_pt_nif), ("br_cpf", nid_br_cpf),
    ("cl_rut", nid_cl_rut), ("cn_resident_id", nid_cn_id), ("in_aadhaar", nid_in_aadhaar),
    ("jp_my_number", nid_jp_my_number), ("kr_rrn", nid_kr_rrn), ("sg_nric", nid_sg_nric),
    ("tr_tc_kimlik", nid_tr_tckn), ("za_id_number", nid_za_id), ("il_teudat_zehut", nid_il_tz),
    ("au_tfn", nid_au_tfn), ("au_medicare", nid_au_medicare), ("mx_curp", nid_mx_curp),
    ("ch_ahv", nid_ch_ahv), ("ie_pps", nid_ie_pps), ("hr_oib", nid_hr_oib), ("ro_cnp", nid_ro_cnp),
    ("bg_egn", nid_bg_egn), ("cz_rodne_cislo", nid_cz_rc), ("ee_isikukood", nid_ee_ik),
]

# --------------------------------------------------------------- cards/IBAN
CARD_BRANDS = [
    ("visa", lambda: "4" + rd(14), (4, 4, 4, 4)),
    ("visa13", lambda: "4" + rd(11), (4, 3, 3, 3)),
    ("mastercard", lambda: R.choice(["51", "52", "53", "54", "55"]) + rd(13), (4, 4, 4, 4)),
    ("mastercard2", lambda: str(R.randint(2221, 2720)) + rd(11), (4, 4, 4, 4)),
    ("amex", lambda: R.choice(["34", "37"]) + rd(12), (4, 6, 5)),
    ("discover", lambda: "6011" + rd(11), (4, 4, 4, 4)),
    ("discover65", lambda: "65" + rd(13), (4, 4, 4, 4)),
    ("jcb", lambda: str(R.randint(3528, 3589)) + rd(11), (4, 4, 4, 4)),
    ("diners", lambda: "36" + rd(11), (4, 6, 4)),
    ("unionpay", lambda: "62" + rd(15), (4, 4, 4, 4, 2)),
    ("maestro", lambda: R.choice(["6759", "5018", "5020"]) + rd(14), (4, 4, 4, 4, 3)),
    ("mir", lambda: "220" + R.choice("01234") + rd(11), (4, 4, 4, 4)),
]


def card(brand=None, sep=" "):
    b = brand or R.choice(CARD_BRANDS)
    body = b[1]()
    num = body + luhn_digit(body)
    if sep is None:
        return num, b[0]
    parts, i = [], 0
    for g in b[2]:
        parts.append(num[i:i + g])
        i += g
    return sep.join(parts), b[0]


def _b(spec):
    out = ""
    for kind, n in spec:
        out += rs({"n": DG, "a": UP, "c": UP + DG}[kind], n)
    return out


IBAN_SPECS = {
    "DE": [("n", 18)], "FR": [("n", 10), ("c", 11), ("n", 2)], "GB": [("a", 4), ("n", 14)], "ES": [("n", 20)],
    "IT": [("a", 1), ("n", 10), ("c", 12)], "NL": [("a", 4), ("n", 10)], "BE": None, "AT": [("n", 16)],
    "CH": [("n", 5), ("c", 12)], "PL": [("n", 24)], "PT": [("n", 21)], "SE": [("n", 20)], "NO": [("n", 11)],
    "DK": [("n", 14)], "FI": [("n", 14)], "IE": [("a", 4), ("n", 14)], "LU": [("n", 3), ("c", 13)],
    "CZ": [("n", 20)], "HU": [("n", 24)], "RO": [("a", 4), ("c", 16)], "GR": [("n", 7), ("c", 16)],
    "TR": [("n", 6), ("c", 16)], "SA": [("n", 2), ("c", 18)], "AE": [("n", 19)], "IL": [("n", 19)],
    "BR": [("n", 23), ("a", 1), ("c", 1)], "LT": [("n", 16)], "LV": [("a", 4), ("c", 13)], "EE": [("n", 16)],
    "HR": [("n", 17)], "SI": [("n", 15)], "BG": [("a", 4), ("n", 6), ("c", 8)], "UA": [("n", 6), ("c", 19)],
}


def iban(cc=None, grouped=True):
    cc = cc or R.choice(sorted(IBAN_SPECS))
    if cc == "BE":
        b10 = rd(10)
        r = int(b10) % 97
        bban = b10 + "%02d" % (97 if r == 0 else r)
    elif cc == "TR":
        bban = rd(5) + "0" + rs(UP + DG, 16)
    else:
        bban = _b(IBAN_SPECS[cc])
    v = cc + iban_check(cc, bban) + bban
    if grouped:
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v


# ------------------------------------------------------------------ phones
def _g(s, groups, sep=" "):
    out, i = [], 0
    for g in groups:
        out.append(s[i:i + g])
        i += g
    return sep.join(out)


def _ph(cc, trunk, nsn, groups, sep=" ", natfmt=None):
    intl = "+" + cc + " " + _g(nsn, groups, sep)
    nat = natfmt(nsn) if natfmt else trunk + _g(nsn, groups, sep)
    return nat, intl


def _nanp(area):
    ex = str(R.randint(2, 9)) + rd(2)
    while ex[1:] == "11" or ex == "555":
        ex = str(R.randint(2, 9)) + rd(2)
    ln = rd(4)
    nsn = area + ex + ln
    return "(%s) %s-%s" % (area, ex, ln), "+1 %s-%s-%s" % (area, ex, ln)


PHONES = {
    "US": lambda: _nanp(R.choice(["212", "415", "617", "312", "206", "303", "512", "646", "213"])),
    "CA": lambda: _nanp(R.choice(["416", "604", "514", "403", "613"])),
    "GB": lambda: _ph("44", "0", R.choice(["7911", "7834", "7480", "7557"]) + rd(6), (4, 6)) if R.random() < .6
    else _ph("44", "0", "20" + R.choice("378") + rd(7), (2, 4, 4)),
    "DE": lambda: _ph("49", "0", R.choice(["151", "152", "160", "170", "171", "176"]) + rd(8), (3, 8)) if R.random() < .6
    else _ph("49", "0", "30" + R.choice("23456789") + rd(7), (2, 8)),
    "FR": lambda: _ph("33", "0", R.choice("67") + rd(8), (1, 2, 2, 2, 2)),
    "ES": lambda: _ph("34", "", R.choice(["6" + rd(8), "7" + R.choice("1234") + rd(7)]), (3, 3, 3)),
    "IT": lambda: _ph("39", "", "3" + R.choice(["20", "28", "33", "35", "38", "47", "49"]) + rd(7), (3, 3, 4)),
    "NL": lambda: _ph("31", "0", "6" + R.choice("1234") + rd(7), (1, 8)),
    "BE": lambda: _ph("32", "0", "4" + R.choice(["70", "75", "78", "85", "96"]) + rd(6), (3, 2, 2, 2)),
    "CH": lambda: _ph("41", "0", "7" + R.choice("6789") + rd(7), (2, 3, 2, 2)),
    "AT": lambda: _ph("43", "0", "6" + R.choice(["64", "60", "76", "99"]) + rd(7), (3, 7)),
    "PL": lambda: _ph("48", "", R.choice(["501", "512", "533", "602", "661", "691", "721", "784", "883"]) + rd(6), (3, 3, 3)),
    "SE": lambda: _ph("46", "0", "7" + R.choice("0236") + rd(7), (2, 3, 2, 2), natfmt=lambda n: "0%s-%s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])),
    "NO": lambda: _ph("47", "", R.choice("49") + rd(7), (3, 2, 3)),
    "DK": lambda: _ph("45", "", R.choice("2345") + rd(7), (2, 2, 2, 2)),
    "FI": lambda: _ph("358", "0", R.choice(["40", "44", "45", "50"]) + rd(7), (2, 3, 4)),
    "PT": lambda: _ph("351", "", "9" + R.choice("1236") + rd(7), (3, 3, 3)),
    "IE": lambda: _ph("353", "0", "8" + R.choice("35679") + rd(7), (2, 3, 4)),
    "CZ": lambda: _ph("420", "", R.choice("67") + R.choice("0237") + rd(7), (3, 3, 3)),
    "HU": lambda: _ph("36", "06 ", R.choice(["20", "30", "70"]) + rd(7), (2, 3, 4)),
    "RO": lambda: _ph("40", "0", "7" + R.choice("2345678") + rd(7), (3, 3, 3)),
    "GR": lambda: _ph("30", "", "69" + R.choice("3479") + rd(7), (3, 3, 4)),
    "TR": lambda: _ph("90", "0", "5" + R.choice("0345") + rd(8), (3, 3, 2, 2)),
    "RU": lambda: _ph("7", "8 ", "9" + rd(9), (3, 3, 2, 2), natfmt=lambda n: "8 (%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])),
    "UA": lambda: _ph("380", "0", R.choice(["50", "63", "66", "67", "68", "93", "95", "97", "99"]) + rd(7), (2, 3, 2, 2)),
    "IL": lambda: _ph("972", "0", "5" + R.choice("02348") + rd(7), (2, 3, 4), sep="-"),
    "AE": lambda: _ph("971", "0", "5" + R.choice("024568") + rd(7), (2, 3, 4)),
    "SA": lambda: _ph("966", "0", "5" + R.choice("0345") + rd(7), (2, 3, 4)),
    "EG": lambda: _ph("20", "0", "1" + R.choice("0125") + rd(8), (2, 4, 4)),
    "ZA": lambda: _ph("27", "0", R.choice(["72", "82", "83", "61", "71"]) + rd(7), (2, 3, 4)),
    "NG": lambda: _ph("234", "0", R.choice(["803", "806", "813", "703", "805", "905"]) + rd(7), (3, 3, 4)),
    "KE": lambda: _ph("254", "0", "7" + R.choice(["01", "11", "22", "20", "90"]) + rd(6), (3, 3, 3)),
    "IN": lambda: _ph("91", "0", R.choice("6789") + rd(9), (5, 5)),
    "PK": lambda: _ph("92", "0", "3" + R.choice(["00", "01", "21", "33", "45"]) + rd(7), (3, 7)),
    "BD": lambda: _ph("880", "0", "1" + R.choice("3456789") + rd(8), (4, 6)),
    "CN": lambda: _ph("86", "", "1" + R.choice(["38", "39", "35", "86", "58", "77"]) + rd(8), (3, 4, 4)),
    "JP": lambda: _ph("81", "0", R.choice("789") + "0" + rd(8), (2, 4, 4), sep="-"),
    "KR": lambda: _ph("82", "0", "10" + rd(8), (2, 4, 4), sep="-"),
    "TW": lambda: _ph("886", "0", "9" + rd(8), (3, 3, 3)),
    "HK": lambda: _ph("852", "", R.choice("5679") + rd(7), (4, 4)),
    "SG": lambda: _ph("65", "", R.choice("89") + rd(7), (4, 4)),
    "MY": lambda: _ph("60", "0", "1" + R.choice("2679") + rd(7), (2, 3, 4), sep="-"),
    "TH": lambda: _ph("66", "0", R.choice("689") + rd(8), (2, 3, 4)),
    "VN": lambda: _ph("84", "0", R.choice(["90", "91", "98", "97", "35", "86"]) + rd(7), (2, 3, 4)),
    "ID": lambda: _ph("62", "0", "8" + R.choice(["11", "12", "13", "21", "52", "57"]) + rd(8), (3, 4, 4), sep="-"),
    "PH": lambda: _ph("63", "0", "9" + R.choice(["17", "18", "20", "27", "55"]) + rd(7), (3, 3, 4)),
    "AU": lambda: _ph("61", "0", "4" + rd(8), (3, 3, 3)),
    "NZ": lambda: _ph("64", "0", "2" + R.choice("17") + rd(7), (2, 3, 4)),
    "BR": lambda: _ph("55", "", R.choice(["11", "21", "31", "41", "51"]) + "9" + rd(8), (2, 5, 4),
                      natfmt=lambda n: "(%s) %s-%s" % (n[:2], n[2:7], n[7:])),
    "MX": lambda: _ph("52", "", R.choice(["55", "33", "81"]) + rd(8), (2, 4, 4)),
    "AR": lambda: _ph("54", "", "911" + rd(8), (1, 2, 4, 4), natfmt=lambda n: "011 15-%s-%s" % (n[3:7], n[7:])),
    "CL": lambda: _ph("56", "", "9" + rd(8), (1, 4, 4)),
    "CO": lambda: _ph("57", "", "3" + R.choice(["00", "10", "12", "15", "20"]) + rd(7), (3, 3, 4)),
    "PE": lambda: _ph("51", "", "9" + rd(8), (3, 3, 3)),
}

LANG_REGIONS = {
    "en": ["US", "GB", "CA", "AU", "NZ", "IE", "NG", "ZA", "SG", "PH"], "de": ["DE", "AT", "CH"],
    "fr": ["FR", "BE", "CH", "CA"], "es": ["ES", "MX", "AR", "CL", "CO", "PE"], "pt": ["PT", "BR"],
    "zh": ["CN", "TW", "HK"], "ja": ["JP"], "ru": ["RU"], "it": ["IT", "CH"], "nl": ["NL", "BE"], "ko": ["KR"],
    "ar": ["AE", "SA", "EG"], "tr": ["TR"], "sv": ["SE"], "pl": ["PL"], "hi": ["IN"], "no": ["NO"], "cs": ["CZ"],
    "he": ["IL"], "hu": ["HU"], "id": ["ID"], "uk": ["UA"], "da": ["DK"], "vi": ["VN"], "ro": ["RO"],
    "fi": ["FI"], "el": ["GR"], "sw": ["KE"], "fa": ["AE"], "th": ["TH"], "ms": ["MY"], "bn": ["BD"],
    "ur": ["PK"],
}


# --------------------------------------------------------------- languages
# intro lines (short, hand written), tails, labels: phone, email, card, iban, id, password, names
LANG = {
    "en": dict(intro=["Here is the config I'm using:", "Log output from last night:", "Why does this fail on CI?",
                      "Copied from the deploy notes:", "Snippet from staging, see below.", "Quick sanity check please:",
                      "Pasting the relevant part:", "This is what I ended up with:"],
               tail=["Thanks in advance!", "Any idea what's wrong?", "It worked yesterday.", "Let me know."],
               phone="Phone", email="E-mail", card="Card number", iban="IBAN", idn="ID number", pw="password",
               names=["Megan Doyle", "Tom Whitfield", "Priya Natarajan", "Owen Blake"]),
    "de": dict(intro=["Hier ist meine Konfiguration:", "Auszug aus dem Log von heute Nacht:",
                      "Warum schlägt das in der Pipeline fehl?", "Aus den Deploy-Notizen kopiert:",
                      "Der Ausschnitt stammt aus Staging.", "Kannst du kurz drüberschauen?",
                      "So sieht es bei mir aus:", "Das ist der relevante Teil:"],
               tail=["Danke vorab!", "Hat jemand eine Idee?", "Gestern lief es noch.", "Gruß, Jan"],
               phone="Telefon", email="E-Mail", card="Kartennummer", iban="IBAN", idn="Ausweisnummer",
               pw="Passwort", names=["Lena Hoffmann", "Jürgen Bauer", "Svenja Krüger", "Mehmet Yıldız"]),
    "fr": dict(intro=["Voici ma configuration :", "Extrait du journal de cette nuit :", "Pourquoi ça échoue en CI ?",
                      "Copié depuis les notes de déploiement :", "Le morceau vient de la préprod.",
                      "Tu peux vérifier rapidement ?", "Voilà ce que j'ai maintenant :", "La partie qui pose problème :"],
               tail=["Merci d'avance !", "Une idée ?", "Hier tout marchait.", "Bonne journée."],
               phone="Téléphone", email="Courriel", card="Numéro de carte", iban="IBAN", idn="Numéro de sécu",
               pw="mot de passe", names=["Camille Durand", "Hugo Lefèvre", "Inès Moreau", "Théo Garnier"]),
    "es": dict(intro=["Esta es mi configuración:", "Salida del log de anoche:", "¿Por qué falla en la CI?",
                      "Copiado de las notas de despliegue:", "El fragmento es de preproducción.",
                      "¿Me ayudas a revisarlo?", "Así quedó al final:", "Pego la parte relevante:"],
               tail=["¡Gracias de antemano!", "¿Alguna idea?", "Ayer funcionaba.", "Saludos."],
               phone="Teléfono", email="Correo", card="Número de tarjeta", iban="IBAN", idn="Documento",
               pw="contraseña", names=["Lucía Fernández", "Javier Ortega", "Marta Salinas", "Diego Romero"]),
    "pt": dict(intro=["Segue a minha configuração:", "Saída do log desta madrugada:", "Por que isso quebra no CI?",
                      "Copiei das notas de deploy:", "O trecho é do ambiente de homologação.",
                      "Pode dar uma olhada rápida?", "Ficou assim no final:", "Colando a parte importante:"],
               tail=["Valeu!", "Alguém sabe o que é?", "Ontem funcionava.", "Abraço."],
               phone="Telefone", email="E-mail", card="Número do cartão", iban="IBAN", idn="Documento",
               pw="senha", names=["João Pereira", "Ana Beatriz Costa", "Rafael Lima", "Mariana Alves"]),
    "zh": dict(intro=["这是我现在的配置：", "昨晚的日志输出：", "为什么在 CI 上会失败？", "从部署笔记里复制的：",
                      "下面这段来自预发环境。", "帮我看一下这个：", "最后改成了这样：", "相关部分如下："],
               tail=["先谢谢了！", "有人知道原因吗？", "昨天还好好的。", "麻烦了。"],
               phone="电话", email="邮箱", card="银行卡号", iban="IBAN", idn="身份证号", pw="密码",
               names=["王丽", "张伟", "刘洋", "陈静"]),
    "ja": dict(intro=["今の設定はこちらです：", "昨夜のログ出力：", "CI でだけ失敗するのはなぜ？", "デプロイメモからコピーしました：",
                      "以下はステージング環境の抜粋です。", "ちょっと確認してもらえますか？", "最終的にこうなりました：", "該当部分を貼ります："],
               tail=["よろしくお願いします。", "原因わかりますか？", "昨日は動いていました。", "助かります。"],
               phone="電話番号", email="メール", card="カード番号", iban="IBAN", idn="マイナンバー", pw="パスワード",
               names=["佐藤 花子", "鈴木 一郎", "高橋 美咲", "田中 健"]),
    "ru": dict(intro=["Вот мой конфиг:", "Вывод лога за ночь:", "Почему это падает в CI?", "Скопировано из заметок по деплою:",
                      "Фрагмент со стейджинга.", "Глянь, пожалуйста:", "В итоге получилось так:", "Вставляю нужный кусок:"],
               tail=["Заранее спасибо!", "Есть идеи?", "Вчера всё работало.", "Жду ответа."],
               phone="Телефон", email="Почта", card="Номер карты", iban="IBAN", idn="Номер документа", pw="пароль",
               names=["Ольга Смирнова", "Дмитрий Козлов", "Анна Волкова", "Игорь Петров"]),
    "it": dict(intro=["Ecco la mia configurazione:", "Output del log di stanotte:", "Perché fallisce in CI?",
                      "Copiato dalle note di rilascio:", "Il pezzo viene dallo staging.", "Puoi darci un'occhiata?",
                      "Alla fine è venuto così:", "Incollo la parte rilevante:"],
               tail=["Grazie mille!", "Qualche idea?", "Ieri funzionava.", "Ciao."],
               phone="Telefono", email="Email", card="Numero carta", iban="IBAN", idn="Codice fiscale", pw="password",
               names=["Giulia Ricci", "Marco Esposito", "Chiara Romano", "Luca Bianchi"]),
    "nl": dict(intro=["Dit is mijn configuratie:", "Log van afgelopen nacht:", "Waarom faalt dit in de CI?",
                      "Gekopieerd uit de deploy-notities:", "Het fragment komt van staging.", "Kun je even meekijken?",
                      "Zo ziet het er nu uit:", "Het relevante stuk:"],
               tail=["Alvast bedankt!", "Iemand een idee?", "Gisteren werkte het nog.", "Groet."],
               phone="Telefoon", email="E-mail", card="Kaartnummer", iban="IBAN", idn="BSN", pw="wachtwoord",
               names=["Sanne de Vries", "Bram Jansen", "Femke Visser", "Daan Mulder"]),
    "ko": dict(intro=["현재 설정은 이렇습니다:", "어젯밤 로그 출력:", "CI에서만 실패하는 이유가 뭘까요?", "배포 메모에서 복사했습니다:",
                      "아래는 스테이징 환경 일부입니다.", "잠깐 확인 부탁드려요:", "결국 이렇게 바꿨어요:", "관련 부분 붙여요:"],
               tail=["미리 감사합니다!", "원인 아시는 분?", "어제는 잘 됐어요.", "부탁드립니다."],
               phone="전화번호", email="이메일", card="카드 번호", iban="IBAN", idn="주민등록번호", pw="비밀번호",
               names=["김민지", "이준호", "박서연", "최동현"]),
    "ar": dict(intro=["هذه هي الإعدادات الحالية:", "مخرجات السجل من الليلة الماضية:", "لماذا يفشل هذا في CI؟",
                      "منسوخ من ملاحظات النشر:", "المقتطف من بيئة الاختبار.", "هل يمكنك المراجعة بسرعة؟",
                      "هكذا أصبح في النهاية:", "ألصق الجزء المهم:"],
               tail=["شكراً مقدماً!", "هل من فكرة؟", "كان يعمل بالأمس.", "تحياتي."],
               phone="الهاتف", email="البريد الإلكتروني", card="رقم البطاقة", iban="رقم الآيبان", idn="رقم الهوية",
               pw="كلمة المرور", names=["ليلى حسن", "عمر خالد", "سارة منصور", "يوسف عبدالله"]),
    "tr": dict(intro=["Kullandığım yapılandırma şu:", "Dün geceki log çıktısı:", "Bu neden CI'da patlıyor?",
                      "Deploy notlarından kopyaladım:", "Parça staging ortamından.", "Bir bakabilir misin?",
                      "Sonunda böyle oldu:", "İlgili kısmı yapıştırıyorum:"],
               tail=["Şimdiden teşekkürler!", "Fikri olan var mı?", "Dün çalışıyordu.", "Kolay gelsin."],
               phone="Telefon", email="E-posta", card="Kart numarası", iban="IBAN", idn="TC Kimlik No", pw="şifre",
               names=["Elif Yılmaz", "Burak Demir", "Zeynep Kaya", "Emre Şahin"]),
    "sv": dict(intro=["Här är min konfiguration:", "Loggutdrag från i natt:", "Varför fallerar det i CI?",
                      "Kopierat från driftsättningsanteckningarna:", "Utdraget kommer från staging.",
                      "Kan du titta snabbt?", "Så här blev det till slut:", "Den relevanta delen:"],
               tail=["Tack på förhand!", "Någon som vet?", "Det funkade igår.", "Hälsningar."],
               phone="Telefon", email="E-post", card="Kortnummer", iban="IBAN", idn="Personnummer", pw="lösenord",
               names=["Astrid Lindqvist", "Erik Johansson", "Maja Nilsson", "Oskar Berg"]),
    "pl": dict(intro=["Oto moja konfiguracja:", "Wyjście z logu z nocy:", "Czemu to się wywala na CI?",
                      "Skopiowane z notatek wdrożeniowych:", "Fragment pochodzi ze stagingu.", "Możesz rzucić okiem?",
                      "Ostatecznie wyszło tak:", "Wklejam istotną część:"],
               tail=["Z góry dzięki!", "Ktoś ma pomysł?", "Wczoraj działało.", "Pozdrawiam."],
               phone="Telefon", email="E-mail", card="Numer karty", iban="IBAN", idn="PESEL", pw="hasło",
               names=["Katarzyna Nowak", "Paweł Wiśniewski", "Agnieszka Zając", "Tomasz Kamiński"]),
    "hi": dict(intro=["यह मेरा कॉन्फ़िगरेशन है:", "कल रात का लॉग आउटपुट:", "यह CI पर क्यों फेल होता है?",
                      "डिप्लॉय नोट्स से कॉपी किया:", "यह हिस्सा स्टेजिंग से है।", "ज़रा एक बार देख लीजिए:",
                      "आख़िर में ऐसा बना:", "ज़रूरी हिस्सा चिपका रहा हूँ:"],
               tail=["पहले से धन्यवाद!", "कोई अंदाज़ा?", "कल तक ठीक चल रहा था।", "शुक्रिया।"],
               phone="फ़ोन", email="ईमेल", card="कार्ड नंबर", iban="IBAN", idn="आधार नंबर", pw="पासवर्ड",
               names=["अनन्या शर्मा", "राहुल वर्मा", "प्रिया सिंह", "अमित गुप्ता"]),
    "no": dict(intro=["Her er konfigurasjonen min:", "Loggutskrift fra i natt:", "Hvorfor feiler dette i CI?",
                      "Kopiert fra utrullingsnotatene:", "Utdraget er fra staging.", "Kan du ta en rask titt?",
                      "Slik ble det til slutt:", "Limer inn den aktuelle delen:"],
               tail=["Takk på forhånd!", "Noen som vet?", "Det virket i går.", "Hilsen Kari"],
               phone="Telefon", email="E-post", card="Kortnummer", iban="IBAN", idn="Fødselsnummer", pw="passord",
               names=["Ingrid Haugen", "Magnus Solberg", "Nora Bakke", "Henrik Dahl"]),
    "cs": dict(intro=["Tady je moje konfigurace:", "Výpis logu z noci:", "Proč to padá v CI?", "Zkopírováno z poznámek k nasazení:",
                      "Úryvek je ze stagingu.", "Mrkneš na to?", "Nakonec to vypadá takhle:", "Vkládám podstatnou část:"],
               tail=["Předem díky!", "Nějaký nápad?", "Včera to fungovalo.", "Zdravím."],
               phone="Telefon", email="E-mail", card="Číslo karty", iban="IBAN", idn="Rodné číslo", pw="heslo",
               names=["Tereza Nováková", "Jakub Dvořák", "Lucie Černá", "Martin Procházka"]),
    "he": dict(intro=["זו התצורה שלי:", "פלט הלוג מאתמול בלילה:", "למה זה נכשל ב-CI?", "הועתק מהערות הפריסה:",
                      "הקטע הוא מסביבת הבדיקות.", "אפשר להציץ רגע?", "בסוף זה יצא ככה:", "מדביק את החלק הרלוונטי:"],
               tail=["תודה מראש!", "יש למישהו רעיון?", "אתמול זה עבד.", "בברכה."],
               phone="טלפון", email="דוא\"ל", card="מספר כרטיס", iban="IBAN", idn="תעודת זהות", pw="סיסמה",
               names=["נועה כהן", "איתי לוי", "מיכל פרץ", "יונתן מזרחי"]),
    "hu": dict(intro=["Ez a jelenlegi konfigurációm:", "Az éjszakai napló kimenete:", "Miért bukik el a CI-ban?",
                      "A telepítési jegyzetekből másoltam:", "A részlet a staging környezetből van.",
                      "Rá tudsz nézni gyorsan?", "Végül így lett:", "Bemásolom a lényeges részt:"],
               tail=["Előre is köszi!", "Van ötlet?", "Tegnap még ment.", "Üdv."],
               phone="Telefon", email="E-mail", card="Kártyaszám", iban="IBAN", idn="Személyi szám", pw="jelszó",
               names=["Kovács Eszter", "Nagy Bence", "Tóth Réka", "Szabó Gergő"]),
    "id": dict(intro=["Ini konfigurasi yang saya pakai:", "Keluaran log semalam:", "Kenapa ini gagal di CI?",
                      "Disalin dari catatan deploy:", "Potongan ini dari staging.", "Bisa tolong dicek sebentar?",
                      "Akhirnya jadi begini:", "Saya tempel bagian pentingnya:"],
               tail=["Terima kasih sebelumnya!", "Ada yang tahu?", "Kemarin masih jalan.", "Salam."],
               phone="Telepon", email="Surel", card="Nomor kartu", iban="IBAN", idn="NIK", pw="kata sandi",
               names=["Siti Rahmawati", "Budi Santoso", "Dewi Lestari", "Agus Pratama"]),
    "uk": dict(intro=["Ось моя конфігурація:", "Вивід логу за ніч:", "Чому це падає в CI?", "Скопійовано з нотаток до деплою:",
                      "Уривок зі стейджингу.", "Глянь, будь ласка:", "Зрештою вийшло так:", "Вставляю потрібну частину:"],
               tail=["Наперед дякую!", "Є ідеї?", "Учора все працювало.", "Чекаю на відповідь."],
               phone="Телефон", email="Пошта", card="Номер картки", iban="IBAN", idn="Номер паспорта", pw="пароль",
               names=["Олена Шевченко", "Андрій Бондаренко", "Ірина Коваль", "Тарас Мельник"]),
    "da": dict(intro=["Her er min konfiguration:", "Loguddrag fra i nat:", "Hvorfor fejler det i CI?",
                      "Kopieret fra udrulningsnoterne:", "Uddraget er fra staging.", "Kan du lige kigge på det?",
                      "Sådan endte det:", "Indsætter den relevante del:"],
               tail=["På forhånd tak!", "Nogen idéer?", "Det virkede i går.", "Hilsen Mette"],
               phone="Telefon", email="E-mail", card="Kortnummer", iban="IBAN", idn="CPR-nummer", pw="adgangskode",
               names=["Mette Sørensen", "Rasmus Poulsen", "Freja Madsen", "Anders Kjær"]),
    "vi": dict(intro=["Đây là cấu hình của mình:", "Log đêm qua:", "Sao cái này lỗi trên CI?", "Chép từ ghi chú triển khai:",
                      "Đoạn này lấy từ staging.", "Xem giúp mình với:", "Cuối cùng thành thế này:", "Dán phần liên quan:"],
               tail=["Cảm ơn trước nhé!", "Ai biết không?", "Hôm qua vẫn chạy.", "Thanks."],
               phone="Điện thoại", email="Email", card="Số thẻ", iban="IBAN", idn="Số CCCD", pw="mật khẩu",
               names=["Nguyễn Thị Lan", "Trần Văn Minh", "Lê Thu Hà", "Phạm Quốc Bảo"]),
    "ro": dict(intro=["Asta e configurația mea:", "Ieșirea din log de azi-noapte:", "De ce pică în CI?",
                      "Copiat din notițele de deploy:", "Fragmentul e din staging.", "Poți să te uiți puțin?",
                      "Până la urmă a ieșit așa:", "Lipesc partea relevantă:"],
               tail=["Mersi anticipat!", "Vreo idee?", "Ieri mergea.", "Numai bine."],
               phone="Telefon", email="E-mail", card="Număr card", iban="IBAN", idn="CNP", pw="parola",
               names=["Ioana Popescu", "Andrei Ionescu", "Elena Stan", "Mihai Dumitru"]),
    "fi": dict(intro=["Tässä konfiguraationi:", "Yön lokituloste:", "Miksi tämä kaatuu CI:ssä?", "Kopioitu julkaisumuistiinpanoista:",
                      "Pätkä on stagingista.", "Voitko vilkaista?", "Lopulta siitä tuli tällainen:", "Liitän olennaisen osan:"],
               tail=["Kiitos etukäteen!", "Onko ideoita?", "Eilen toimi vielä.", "Terveisin Aino"],
               phone="Puhelin", email="Sähköposti", card="Kortin numero", iban="IBAN", idn="Henkilötunnus", pw="salasana",
               names=["Aino Virtanen", "Eero Mäkinen", "Sanna Heikkinen", "Ville Koskinen"]),
    "el": dict(intro=["Αυτή είναι η ρύθμισή μου:", "Έξοδος του log από χθες βράδυ:", "Γιατί αποτυγχάνει στο CI;",
                      "Αντιγραμμένο από τις σημειώσεις ανάπτυξης:", "Το απόσπασμα είναι από το staging.",
                      "Μπορείς να ρίξεις μια ματιά;", "Τελικά έγινε έτσι:", "Επικολλώ το σχετικό κομμάτι:"],
               tail=["Ευχαριστώ προκαταβολικά!", "Καμιά ιδέα;", "Χθες δούλευε.", "Φιλικά."],
               phone="Τηλέφωνο", email="Email", card="Αριθμός κάρτας", iban="IBAN", idn="Αριθμός ταυτότητας",
               pw="κωδικός", names=["Μαρία Παπαδοπούλου", "Γιώργος Νικολάου", "Ελένη Γεωργίου", "Νίκος Αντωνίου"]),
    "sw": dict(intro=["Hii ndiyo usanidi wangu:", "Matokeo ya log ya jana usiku:", "Kwa nini hii inashindwa kwenye CI?",
                      "Nimenakili kutoka maelezo ya deploy:", "Kipande hiki ni cha staging.", "Unaweza kuangalia haraka?",
                      "Mwishowe imekuwa hivi:", "Nabandika sehemu muhimu:"],
               tail=["Asante mapema!", "Kuna wazo lolote?", "Jana ilikuwa inafanya kazi.", "Kila la heri."],
               phone="Simu", email="Barua pepe", card="Nambari ya kadi", iban="IBAN", idn="Nambari ya kitambulisho",
               pw="nenosiri", names=["Amina Wanjiku", "Baraka Otieno", "Neema Mwangi", "Juma Hassan"]),
    "fa": dict(intro=["این پیکربندی من است:", "خروجی لاگ دیشب:", "چرا این در CI شکست می‌خورد؟", "از یادداشت‌های استقرار کپی شده:",
                      "این تکه از محیط استیجینگ است.", "می‌شود یک نگاه بیندازی؟", "در نهایت این شد:", "بخش مربوط را می‌چسبانم:"],
               tail=["پیشاپیش ممنون!", "کسی ایده‌ای دارد؟", "دیروز کار می‌کرد.", "با تشکر."],
               phone="تلفن", email="ایمیل", card="شماره کارت", iban="شبا", idn="کد ملی", pw="رمز عبور",
               names=["مریم احمدی", "علی رضایی", "زهرا کریمی", "حسین موسوی"]),
    "th": dict(intro=["นี่คือการตั้งค่าของผม:", "ล็อกจากเมื่อคืน:", "ทำไมถึงพังบน CI?", "คัดลอกมาจากบันทึกการดีพลอย:",
                      "ส่วนนี้มาจาก staging", "ช่วยดูให้หน่อยครับ:", "สุดท้ายออกมาเป็นแบบนี้:", "แปะส่วนที่เกี่ยวข้อง:"],
               tail=["ขอบคุณล่วงหน้าครับ!", "มีใครรู้ไหม?", "เมื่อวานยังใช้ได้", "ขอบคุณครับ"],
               phone="โทรศัพท์", email="อีเมล", card="เลขบัตร", iban="IBAN", idn="เลขบัตรประชาชน", pw="รหัสผ่าน",
               names=["สมชาย ใจดี", "สุดา วงศ์ทอง", "ณัฐพล ศรีสุข", "พิมพ์ชนก แก้วมณี"]),
}
LANGS = sorted(LANG)


# ------------------------------------------------------- vendor credentials
def uuid4():
    h = rs(HEXL, 32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def jwt(alg="HS256", payload=None, sig_bytes=32):
    hdr = {"alg": alg, "typ": "JWT"}
    pl = payload or {"sub": rd(8), "iat": 1764000000 + R.randint(0, 9999999), "exp": 1767000000 + R.randint(0, 999999)}
    sig = "" if alg == "none" else b64u(rbytes(sig_bytes))
    return b64u(json.dumps(hdr, separators=(",", ":")).encode()) + "." + b64u(
        json.dumps(pl, separators=(",", ":")).encode()) + "." + sig


def discord_bot():
    uid = str(R.randint(10 ** 17, 10 ** 18 * 2))
    return b64u(uid.encode()) + "." + rs(B64U, 6) + "." + rs(B64U, 38)


def slack_bot():
    return "xoxb-%s-%s-%s" % (rd(12, True), rd(13, True), mixed(AN, 24))


def atlassian():
    return "ATATT3xFfGF0" + rs(B64U, 170) + "=" + rs(HEXU, 8)


def private_key(kind):
    bodylen = {"rsa": 1588, "ec": 160, "pkcs8": 1620, "openssh": 380, "encrypted": 1700, "pgp": 1300}[kind]
    raw = base64.b64encode(rbytes(bodylen * 3 // 4)).decode()
    if kind == "ec":
        raw = "MHcCAQEEI" + raw[9:]
    elif kind == "rsa":
        raw = "MIIEow" + raw[6:]
    elif kind == "pkcs8":
        raw = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" + raw[32:]
    elif kind == "openssh":
        raw = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + raw[70:]
    elif kind == "encrypted":
        raw = "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI" + raw[48:]
    width = 70 if kind == "openssh" else 64
    lines = [raw[i:i + width] for i in range(0, len(raw), width)]
    label = {"rsa": "RSA PRIVATE KEY", "ec": "EC PRIVATE KEY", "pkcs8": "PRIVATE KEY", "openssh": "OPENSSH PRIVATE KEY",
             "encrypted": "ENCRYPTED PRIVATE KEY", "pgp": "PGP PRIVATE KEY BLOCK"}[kind]
    if kind == "pgp":
        lines = [""] + lines + ["=" + rs(B64, 4)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


# (type, service, ENV name, generator, copies)
VENDORS = [
    ("aws_access_key_id", "aws", "AWS_ACCESS_KEY_ID", lambda: "AKIA" + rs(UP + "234567", 16), 4),
    ("aws_temp_access_key_id", "aws", "AWS_ACCESS_KEY_ID", lambda: "ASIA" + rs(UP + "234567", 16), 1),
    ("aws_secret_access_key", "aws", "AWS_SECRET_ACCESS_KEY", lambda: mixed(AN + "+/", 40), 4),
    ("aws_session_token", "aws", "AWS_SESSION_TOKEN", lambda: "IQoJb3JpZ2luX2VjE" + rs(B64, 340), 1),
    ("github_pat_classic", "github", "GITHUB_TOKEN", lambda: gh_token("ghp_"), 3),
    ("github_oauth_token", "github", "GH_OAUTH_TOKEN", lambda: gh_token("gho_"), 1),
    ("github_user_to_server_token", "github", "GH_APP_USER_TOKEN", lambda: gh_token("ghu_"), 1),
    ("github_app_installation_token", "github", "GH_INSTALLATION_TOKEN", lambda: gh_token("ghs_"), 1),
    ("github_refresh_token", "github", "GH_REFRESH_TOKEN", lambda: gh_token("ghr_"), 1),
    ("github_pat_fine_grained", "github", "GH_PAT", lambda: "github_pat_11" + rs(UP + DG, 20) + "_" + mixed(AN, 59), 2),
    ("gitlab_pat", "gitlab", "GITLAB_TOKEN", lambda: "glpat-" + mixed(B64U, 20), 2),
    ("gitlab_deploy_token", "gitlab", "CI_DEPLOY_PASSWORD", lambda: "gldt-" + mixed(B64U, 20), 1),
    ("gitlab_pipeline_trigger_token", "gitlab", "TRIGGER_TOKEN", lambda: "glptt-" + rs(HEXL, 40), 1),
    ("gitlab_runner_token", "gitlab", "RUNNER_TOKEN", lambda: "glrt-" + mixed(B64U, 20), 1),
    ("gitlab_oauth_app_secret", "gitlab", "GITLAB_OAUTH_SECRET", lambda: "gloas-" + rs(HEXL, 64), 1),
    ("gitlab_feed_token", "gitlab", "GITLAB_FEED_TOKEN", lambda: "glft-" + mixed(B64U, 20), 1),
    ("slack_bot_token", "slack", "SLACK_BOT_TOKEN", slack_bot, 2),
    ("slack_user_token", "slack", "SLACK_USER_TOKEN",
     lambda: "xoxp-%s-%s-%s-%s" % (rd(12, True), rd(12, True), rd(13, True), rs(HEXL, 32)), 1),
    ("slack_app_token", "slack", "SLACK_APP_TOKEN", lambda: "xapp-1-A%s-%s-%s" % (rs(UP + DG, 10), rd(13, True), rs(HEXL, 64)), 1),
    ("slack_config_refresh_token", "slack", "SLACK_CONFIG_REFRESH", lambda: "xoxe-1-" + rs(AN, 146), 1),
    ("stripe_secret_key", "stripe", "STRIPE_SECRET_KEY", lambda: "sk_live_51" + mixed(AN, 97), 2),
    ("stripe_restricted_key", "stripe", "STRIPE_RESTRICTED_KEY", lambda: "rk_live_51" + mixed(AN, 97), 1),
    ("stripe_webhook_secret", "stripe", "STRIPE_WEBHOOK_SECRET", lambda: "whsec_" + mixed(AN, 32), 1),
    ("openai_api_key", "openai", "OPENAI_API_KEY",
     lambda: "sk-proj-" + mixed(B64U, 74) + "T3BlbkFJ" + mixed(B64U, 74), 2),
    ("openai_legacy_key", "openai", "OPENAI_API_KEY", lambda: "sk-" + mixed(AN, 20) + "T3BlbkFJ" + mixed(AN, 20), 1),
    ("openai_service_account_key", "openai", "OPENAI_SVC_KEY",
     lambda: "sk-svcacct-" + mixed(B64U, 74) + "T3BlbkFJ" + mixed(B64U, 74), 1),
    ("openai_admin_key", "openai", "OPENAI_ADMIN_KEY", lambda: "sk-admin-" + mixed(B64U, 74) + "T3BlbkFJ" + mixed(B64U, 74), 1),
    ("anthropic_api_key", "anthropic", "ANTHROPIC_API_KEY", lambda: "sk-ant-api03-" + mixed(B64U, 93) + "AA", 2),
    ("anthropic_admin_key", "anthropic", "ANTHROPIC_ADMIN_KEY", lambda: "sk-ant-admin01-" + mixed(B64U, 93) + "AA", 1),
    ("gcp_api_key", "google", "GOOGLE_API_KEY", lambda: "AIza" + mixed(B64U, 35), 2),
    ("gcp_oauth_client_secret", "google", "GOOGLE_CLIENT_SECRET", lambda: "GOCSPX-" + mixed(B64U, 28), 1),
    ("google_oauth_access_token", "google", "GOOGLE_ACCESS_TOKEN", lambda: "ya29.a0" + mixed(B64U, 150), 1),
    ("google_oauth_refresh_token", "google", "GOOGLE_REFRESH_TOKEN", lambda: "1//0" + mixed(B64U, 99), 1),
    ("huggingface_token", "huggingface", "HF_TOKEN", lambda: "hf_" + mixed(UP + LO, 34), 2),
    ("huggingface_org_token", "huggingface", "HF_ORG_TOKEN", lambda: "api_org_" + mixed(UP + LO, 34), 1),
    ("npm_token", "npm", "NPM_TOKEN", lambda: "npm_" + mixed(AN, 36), 2),
    ("pypi_token", "pypi", "TWINE_PASSWORD", lambda: "pypi-AgEIcHlwaS5vcmcCJG" + rs(B64U, 150), 1),
    ("rubygems_api_key", "rubygems", "GEM_HOST_API_KEY", lambda: "rubygems_" + rs(HEXL, 48), 1),
    ("nuget_api_key", "nuget", "NUGET_API_KEY", lambda: "oy2" + rs(ANL, 43), 1),
    ("clojars_token", "clojars", "CLOJARS_PASSWORD", lambda: "CLOJARS_" + rs(ANL, 60), 1),
    ("sendgrid_api_key", "sendgrid", "SENDGRID_API_KEY", lambda: "SG." + mixed(B64U, 22) + "." + mixed(B64U, 43), 2),
    ("twilio_api_key", "twilio", "TWILIO_API_KEY", lambda: "SK" + rs(HEXL, 32), 1),
    ("twilio_auth_token", "twilio", "TWILIO_AUTH_TOKEN", lambda: rs(HEXL, 32), 1),
    ("mailgun_api_key", "mailgun", "MAILGUN_API_KEY", lambda: "%s-%s-%s" % (rs(HEXL, 32), rs(HEXL, 8), rs(HEXL, 8)), 1),
    ("mailchimp_api_key", "mailchimp", "MAILCHIMP_API_KEY", lambda: rs(HEXL, 32) + "-us" + str(R.randint(2, 21)), 1),
    ("shopify_access_token", "shopify", "SHOPIFY_ACCESS_TOKEN", lambda: "shpat_" + rs(HEXL, 32), 1),
    ("shopify_custom_app_token", "shopify", "SHOPIFY_CUSTOM_TOKEN", lambda: "shpca_" + rs(HEXL, 32), 1),
    ("shopify_shared_secret", "shopify", "SHOPIFY_SHARED_SECRET", lambda: "shpss_" + rs(HEXL, 32), 1),
    ("shopify_private_app_token", "shopify", "SHOPIFY_PRIVATE_TOKEN", lambda: "shppa_" + rs(HEXL, 32), 1),
    ("digitalocean_pat", "digitalocean", "DIGITALOCEAN_TOKEN", lambda: "dop_v1_" + rs(HEXL, 64), 1),
    ("digitalocean_oauth_token", "digitalocean", "DO_OAUTH_TOKEN", lambda: "doo_v1_" + rs(HEXL, 64), 1),
    ("digitalocean_refresh_token", "digitalocean", "DO_REFRESH_TOKEN", lambda: "dor_v1_" + rs(HEXL, 64), 1),
    ("discord_bot_token", "discord", "DISCORD_TOKEN", discord_bot, 1),
    ("telegram_bot_token", "telegram", "TELEGRAM_BOT_TOKEN", lambda: rd(10, True) + ":AA" + mixed(B64U, 33), 2),
    ("heroku_api_key", "heroku", "HEROKU_API_KEY", uuid4, 1),
    ("heroku_api_key_v2", "heroku", "HEROKU_API_KEY", lambda: "HRKU-AA" + mixed(B64U, 58), 1),
    ("doppler_token", "doppler", "DOPPLER_TOKEN", lambda: "dp.st.prd." + mixed(AN, 43), 1),
    ("doppler_personal_token", "doppler", "DOPPLER_TOKEN", lambda: "dp.pt." + mixed(AN, 43), 1),
    ("pulumi_access_token", "pulumi", "PULUMI_ACCESS_TOKEN", lambda: "pul-" + rs(HEXL, 40), 1),
    ("terraform_cloud_token", "terraform", "TFE_TOKEN", lambda: mixed(AN, 14) + ".atlasv1." + mixed(B64U, 67), 1),
    ("vault_service_token", "vault", "VAULT_TOKEN", lambda: "hvs.CAESI" + mixed(B64U, 86), 1),
    ("vault_batch_token", "vault", "VAULT_TOKEN", lambda: "hvb.AAAAAQ" + mixed(B64U, 130), 1),
    ("databricks_token", "databricks", "DATABRICKS_TOKEN", lambda: "dapi" + rs(HEXL, 32), 1),
    ("atlassian_api_token", "jira", "JIRA_API_TOKEN", atlassian, 1),
    ("linear_api_key", "linear", "LINEAR_API_KEY", lambda: "lin_api_" + mixed(AN, 40), 1),
    ("notion_token", "notion", "NOTION_TOKEN", lambda: "ntn_" + rd(11, True) + mixed(AN, 35), 1),
    ("notion_legacy_secret", "notion", "NOTION_KEY", lambda: "secret_" + mixed(AN, 43), 1),
    ("airtable_pat", "airtable", "AIRTABLE_TOKEN", lambda: "pat" + mixed(AN, 14) + "." + rs(HEXL, 64), 1),
    ("figma_pat", "figma", "FIGMA_TOKEN", lambda: "figd_" + mixed(B64U, 40), 1),
    ("postman_api_key", "postman", "POSTMAN_API_KEY", lambda: "PMAK-" + rs(HEXL, 24) + "-" + rs(HEXL, 34), 1),
    ("grafana_cloud_token", "grafana", "GRAFANA_CLOUD_TOKEN",
     lambda: "glc_" + b64u(json.dumps({"o": rd(6), "n": "stack-" + rd(6) + "-hm-read", "k": mixed(AN, 24),
                                       "m": {"r": "prod-eu-west-2"}}, separators=(",", ":")).encode()), 1),
    ("grafana_service_account_token", "grafana", "GRAFANA_SA_TOKEN", lambda: "glsa_" + mixed(AN, 32) + "_" + rs(HEXL, 8), 1),
    ("newrelic_user_key", "newrelic", "NEW_RELIC_API_KEY", lambda: "NRAK-" + rs(UP + DG, 27), 1),
    ("newrelic_license_key", "newrelic", "NEW_RELIC_LICENSE_KEY", lambda: rs(HEXL, 36) + "NRAL", 1),
    ("newrelic_insert_key", "newrelic", "NEW_RELIC_INSERT_KEY", lambda: "NRII-" + mixed(B64U, 32), 1),
    ("datadog_api_key", "datadog", "DD_API_KEY", lambda: rs(HEXL, 32), 1),
    ("datadog_app_key", "datadog", "DD_APP_KEY", lambda: rs(HEXL, 40), 1),
    ("sentry_user_token", "sentry", "SENTRY_AUTH_TOKEN", lambda: "sntryu_" + rs(HEXL, 64), 1),
    ("sentry_org_token", "sentry", "SENTRY_AUTH_TOKEN",
     lambda: "sntrys_" + b64u(json.dumps({"iat": 1764000000 + R.randint(0, 99999), "url": "https://sentry.io",
                                          "region_url": "https://de.sentry.io", "org": "acme-" + rd(3)},
                                         separators=(",", ":")).encode()) + "_" + mixed(B64U, 43), 1),
    ("dynatrace_token", "dynatrace", "DT_API_TOKEN", lambda: "dt0c01." + rs(UP + DG, 24) + "." + rs(UP + DG, 64), 1),
    ("fastly_api_token", "fastly", "FASTLY_API_TOKEN", lambda: mixed(B64U, 32), 1),
    ("planetscale_token", "planetscale", "PLANETSCALE_SERVICE_TOKEN", lambda: "pscale_tkn_" + mixed(B64U, 43), 1),
    ("planetscale_password", "planetscale", "DATABASE_PASSWORD", lambda: "pscale_pw_" + mixed(B64U, 43), 1),
    ("supabase_access_token", "supabase", "SUPABASE_ACCESS_TOKEN", lambda: "sbp_" + rs(HEXL, 40), 1),
    ("supabase_secret_key", "supabase", "SUPABASE_SECRET_KEY", lambda: "sb_secret_" + mixed(B64U, 31), 1),
    ("vercel_token", "vercel", "VERCEL_TOKEN", lambda: mixed(AN, 24), 1),
    ("netlify_token", "netlify", "NETLIFY_AUTH_TOKEN", lambda: "nfp_" + mixed(AN, 36), 1),
    ("flyio_token", "fly", "FLY_API_TOKEN", lambda: "fm2_" + mixed(B64, 180) + "==", 1),
    ("replicate_token", "replicate", "REPLICATE_API_TOKEN", lambda: "r8_" + mixed(AN, 37), 1),
    ("groq_api_key", "groq", "GROQ_API_KEY", lambda: "gsk_" + mixed(AN, 52), 1),
    ("xai_api_key", "xai", "XAI_API_KEY", lambda: "xai-" + mixed(AN, 80), 1),
    ("perplexity_api_key", "perplexity", "PPLX_API_KEY", lambda: "pplx-" + mixed(AN, 48), 1),
    ("openrouter_api_key", "openrouter", "OPENROUTER_API_KEY", lambda: "sk-or-v1-" + rs(HEXL, 64), 1),
    ("deepseek_api_key", "deepseek", "DEEPSEEK_API_KEY", lambda: "sk-" + rs(HEXL, 32), 1),
    ("mistral_api_key", "mistral", "MISTRAL_API_KEY", lambda: mixed(AN, 32), 1),
    ("cohere_api_key", "cohere", "COHERE_API_KEY", lambda: mixed(AN, 40), 1),
    ("langsmith_api_key", "langsmith", "LANGSMITH_API_KEY", lambda: "lsv2_pt_" + rs(HEXL, 32) + "_" + rs(HEXL, 10), 1),
    ("wandb_api_key", "wandb", "WANDB_API_KEY", lambda: rs(HEXL, 40), 1),
    ("pinecone_api_key", "pinecone", "PINECONE_API_KEY", lambda: "pcsk_" + mixed(AN, 6) + "_" + mixed(AN, 63), 1),
    ("tailscale_auth_key", "tailscale", "TS_AUTHKEY", lambda: "tskey-auth-k" + mixed(AN, 11) + "CNTRL-" + mixed(AN, 33), 1),
    ("tailscale_api_key", "tailscale", "TS_API_KEY", lambda: "tskey-api-k" + mixed(AN, 11) + "CNTRL-" + mixed(AN, 33), 1),
    ("age_secret_key", "age", "SOPS_AGE_KEY", lambda: "AGE-SECRET-KEY-1" + rs("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58), 1),
    ("sonarqube_token", "sonarqube", "SONAR_TOKEN", lambda: "squ_" + rs(HEXL, 40), 1),
    ("buildkite_token", "buildkite", "BUILDKITE_API_TOKEN", lambda: "bkua_" + rs(HEXL, 40), 1),
    ("circleci_pat", "circleci", "CIRCLECI_TOKEN", lambda: "CCIPAT_" + mixed(AN, 22) + "_" + rs(HEXL, 40), 1),
    ("dockerhub_pat", "dockerhub", "DOCKERHUB_TOKEN", lambda: "dckr_pat_" + mixed(B64U, 27), 1),
    ("jfrog_api_key", "jfrog", "ARTIFACTORY_API_KEY", lambda: "AKCp" + mixed(AN, 69), 1),
    ("azure_devops_pat", "azure devops", "AZURE_DEVOPS_EXT_PAT", lambda: mixed(AN, 52) + "JQQJ99" + "BACAAAAA" + mixed(AN, 10) + "AZDO" + mixed(AN, 4), 1),
    ("azure_client_secret", "azure ad", "AZURE_CLIENT_SECRET", lambda: mixed(AN, 3) + "8Q~" + mixed(AN + "_~.-", 34), 2),
    ("azure_openai_key", "azure openai", "AZURE_OPENAI_API_KEY", lambda: rs(HEXL, 32), 1),
    ("alibaba_access_key_id", "alibaba", "ALIBABA_CLOUD_ACCESS_KEY_ID", lambda: "LTAI5t" + mixed(AN, 18), 1),
    ("alibaba_access_key_secret", "alibaba", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", lambda: mixed(AN, 30), 1),
    ("tencent_secret_id", "tencent", "TENCENTCLOUD_SECRET_ID", lambda: "AKID" + mixed(AN, 32), 1),
    ("tencent_secret_key", "tencent", "TENCENTCLOUD_SECRET_KEY", lambda: mixed(AN, 32), 1),
    ("ibm_cloud_api_key", "ibm cloud", "IBMCLOUD_API_KEY", lambda: mixed(B64U, 44), 1),
    ("yandex_cloud_api_key", "yandex cloud", "YC_API_KEY", lambda: "AQVN" + mixed(B64U, 36), 1),
    ("yandex_iam_token", "yandex cloud", "YC_TOKEN", lambda: "t1.9euelZq" + mixed(B64U, 150), 1),
    ("cloudflare_api_token", "cloudflare", "CLOUDFLARE_API_TOKEN", lambda: mixed(B64U, 40), 1),
    ("cloudflare_global_api_key", "cloudflare", "CF_API_KEY", lambda: rs(HEXL, 37), 1),
    ("cloudflare_origin_ca_key", "cloudflare", "CF_ORIGIN_CA_KEY", lambda: "v1.0-" + rs(HEXL, 24) + "-" + rs(HEXL, 146), 1),
    ("okta_api_token", "okta", "OKTA_API_TOKEN", lambda: "00" + mixed(B64U, 40), 1),
    ("pagerduty_api_key", "pagerduty", "PAGERDUTY_TOKEN", lambda: "u+" + mixed(AN + "_-", 18), 1),
    ("hubspot_private_app_token", "hubspot", "HUBSPOT_ACCESS_TOKEN", lambda: "pat-eu1-" + uuid4(), 1),
    ("intercom_access_token", "intercom", "INTERCOM_TOKEN", lambda: "dG9rOj" + rs(B64, 54) + "=", 1),
    ("square_access_token", "square", "SQUARE_ACCESS_TOKEN", lambda: "EAAA" + mixed(B64U, 60), 1),
    ("square_oauth_secret", "square", "SQUARE_APP_SECRET", lambda: "sq0csp-" + mixed(B64U, 43), 1),
    ("braintree_access_token", "braintree", "BRAINTREE_TOKEN", lambda: "access_token$production$%s$%s" % (rs(ANL, 16), rs(HEXL, 32)), 1),
    ("plaid_access_token", "plaid", "PLAID_ACCESS_TOKEN", lambda: "access-production-" + uuid4(), 1),
    ("razorpay_key_secret", "razorpay", "RAZORPAY_KEY_SECRET", lambda: mixed(AN, 24), 1),
    ("flutterwave_secret_key", "flutterwave", "FLW_SECRET_KEY", lambda: "FLWSECK-" + rs(HEXL, 32) + "-X", 1),
    ("shippo_token", "shippo", "SHIPPO_API_KEY", lambda: "shippo_live_" + rs(HEXL, 40), 1),
    ("easypost_api_key", "easypost", "EASYPOST_API_KEY", lambda: "EZAK" + rs(HEXL, 54), 1),
    ("duffel_token", "duffel", "DUFFEL_ACCESS_TOKEN", lambda: "duffel_live_" + mixed(B64U, 43), 1),
    ("typeform_token", "typeform", "TYPEFORM_TOKEN", lambda: "tfp_" + mixed(AN, 44) + "_" + mixed(AN, 14), 1),
    ("mailersend_token", "mailersend", "MAILERSEND_API_KEY", lambda: "mlsn." + rs(HEXL, 64), 1),
    ("resend_api_key", "resend", "RESEND_API_KEY", lambda: "re_" + mixed(AN, 8) + "_" + mixed(AN, 24), 1),
    ("contentful_pat", "contentful", "CONTENTFUL_MANAGEMENT_TOKEN", lambda: "CFPAT-" + mixed(B64U, 43), 1),
    ("prefect_api_key", "prefect", "PREFECT_API_KEY", lambda: "pnu_" + mixed(AN, 36), 1),
    ("readme_api_key", "readme", "README_API_KEY", lambda: "rdme_" + rs(HEXL, 70), 1),
    ("render_api_key", "render", "RENDER_API_KEY", lambda: "rnd_" + mixed(AN, 32), 1),
    ("scalingo_token", "scalingo", "SCALINGO_API_TOKEN", lambda: "tk-us-" + mixed(B64U, 48), 1),
    ("frameio_token", "frame.io", "FRAMEIO_TOKEN", lambda: "fio-u-" + mixed(B64U, 64), 1),
    ("infracost_api_key", "infracost", "INFRACOST_API_KEY", lambda: "ico-" + mixed(AN, 32), 1),
    ("harness_pat", "harness", "HARNESS_PLATFORM_API_KEY", lambda: "pat.%s.%s.%s" % (mixed(B64U, 22), rs(HEXL, 24), mixed(AN, 20)), 1),
    ("launchdarkly_sdk_key", "launchdarkly", "LD_SDK_KEY", lambda: "sdk-" + uuid4(), 1),
    ("launchdarkly_api_token", "launchdarkly", "LD_API_TOKEN", lambda: "api-" + uuid4(), 1),
    ("mapbox_secret_token", "mapbox", "MAPBOX_SECRET_TOKEN",
     lambda: "sk." + b64u(json.dumps({"u": "acme" + rd(3), "a": mixed(ANL, 25)}, separators=(",", ":")).encode()) + "." + mixed(B64U, 22), 1),
    ("adafruit_io_key", "adafruit", "ADAFRUIT_IO_KEY", lambda: "aio_" + mixed(AN, 28), 1),
    ("algolia_admin_key", "algolia", "ALGOLIA_ADMIN_KEY", lambda: rs(HEXL, 32), 1),
    ("asana_pat", "asana", "ASANA_TOKEN", lambda: "2/%s/%s:%s" % (rd(16, True), rd(16, True), rs(HEXL, 32)), 1),
    ("bitbucket_app_password", "bitbucket", "BITBUCKET_APP_PASSWORD", lambda: "ATBB" + mixed(AN, 28) + rs(HEXU, 8), 1),
    ("dropbox_access_token", "dropbox", "DROPBOX_ACCESS_TOKEN", lambda: "sl.u." + mixed(B64U, 140), 1),
    ("firebase_fcm_server_key", "firebase", "FCM_SERVER_KEY", lambda: "AAAA" + mixed(B64U, 7) + ":APA91b" + mixed(B64U, 134), 1),
    ("twitter_bearer_token", "twitter", "TWITTER_BEARER_TOKEN", lambda: "AAAAAAAAAAAAAAAAAAAAA" + mixed(AN, 16) + "%3D" + mixed(AN, 50), 1),
    ("facebook_access_token", "facebook", "FB_PAGE_ACCESS_TOKEN", lambda: "EAAG" + mixed(AN, 180), 1),
    ("octopus_deploy_api_key", "octopus", "OCTOPUS_API_KEY", lambda: "API-" + rs(UP + DG, 26), 1),
    ("onepassword_service_account_token", "1password", "OP_SERVICE_ACCOUNT_TOKEN",
     lambda: "ops_eyJzaWduSW5BZGRyZXNzIjoibXkuMXBhc3N3b3JkLmNvbSIsInVzZXJBdXRoIjp7Im1ldGhvZCI6IlNSUGctNDA5NiIs" + mixed(B64U, 200), 1),
    ("confluent_api_secret", "confluent", "CONFLUENT_API_SECRET", lambda: mixed(AN + "+/", 64), 1),
    ("zendesk_api_token", "zendesk", "ZENDESK_API_TOKEN", lambda: mixed(AN, 40), 1),
    ("snyk_token", "snyk", "SNYK_TOKEN", uuid4, 1),
    ("django_secret_key", "django", "DJANGO_SECRET_KEY", lambda: mixed(LO + DG + "!@#%^&*(-_=+)", 50), 1),
    ("laravel_app_key", "laravel", "APP_KEY", lambda: "base64:" + base64.b64encode(rbytes(32)).decode(), 1),
    ("rails_secret_key_base", "rails", "SECRET_KEY_BASE", lambda: rs(HEXL, 128), 1),
    ("nextauth_secret", "nextauth", "NEXTAUTH_SECRET", lambda: base64.b64encode(rbytes(32)).decode(), 1),
    ("azure_storage_account_key", "azure storage", "AZURE_STORAGE_KEY", lambda: base64.b64encode(rbytes(64)).decode(), 2),
    ("cloudinary_url_secret", "cloudinary", "CLOUDINARY_URL", lambda: mixed(B64U, 27), 1),
    ("jwt", "auth", "ACCESS_TOKEN", lambda: jwt(), 3),
    ("jwt_rs256", "auth", "ID_TOKEN", lambda: jwt("RS256", {"iss": "https://login.acme.example", "sub": uuid4(), "aud": "web",
                                                          "exp": 1767000000 + R.randint(0, 99999)}, 256), 1),
    ("jwt_unsigned", "auth", "SESSION_TOKEN", lambda: jwt("none"), 1),
    ("supabase_service_role_jwt", "supabase", "SUPABASE_SERVICE_ROLE_KEY",
     lambda: jwt("HS256", {"iss": "supabase", "ref": rs(LO, 20), "role": "service_role", "iat": 1730000000 + R.randint(0, 99999),
                           "exp": 2045000000 + R.randint(0, 99999)}), 1),
    ("generic_api_key", "internal", "API_KEY", lambda: mixed(AN, 40), 4),
    ("generic_secret", "internal", "CLIENT_SECRET", lambda: mixed(AN + "-_", 36), 3),
    ("generic_webhook_secret", "internal", "WEBHOOK_SIGNING_SECRET", lambda: rs(HEXL, 64), 1),
    ("encryption_key_hex", "internal", "ENCRYPTION_KEY", lambda: rs(HEXL, 64), 1),
]
_MULTI = {"aws_access_key_id": 2, "aws_secret_access_key": 2, "github_pat_classic": 2, "jwt": 2, "generic_api_key": 3,
          "generic_secret": 2}
_DROP = {"openai_legacy_key", "doppler_personal_token", "gitlab_feed_token", "slack_config_refresh_token",
         "digitalocean_refresh_token", "shopify_private_app_token", "newrelic_insert_key", "launchdarkly_api_token",
         "tailscale_api_key", "yandex_iam_token", "notion_legacy_secret", "huggingface_org_token",
         "generic_webhook_secret", "encryption_key_hex"}
VENDORS = [(a, b, c, d, _MULTI.get(a, 1)) for (a, b, c, d, e) in VENDORS if a not in _DROP]


# ------------------------------------------------------------------ engine
ROWS = []
MARK = "\u27e6%d\u27e7"


def fill(tpl, vals):
    text, spans, pos = "", [], 0
    order = []
    for i in range(len(vals)):
        k = tpl.find(MARK % i)
        if k < 0:
            raise ValueError("marker %d missing in %r" % (i, tpl))
        order.append((k, i))
    order.sort()
    for k, i in order:
        text += tpl[pos:k]
        v, t = vals[i]
        spans.append({"start": len(text), "end": len(text) + len(v), "type": t})
        text += v
        pos = k + len(MARK % i)
    text += tpl[pos:]
    return text, spans


def add_pos(tpl, vals, cls, reason):
    text, spans = fill(tpl, vals)
    ROWS.append({"text": text, "spans": spans, "kind": "positive", "class": cls, "reason": reason})


def add_neg(text, cls, reason):
    ROWS.append({"text": text, "spans": [], "kind": "negative", "class": cls, "reason": reason})


_intro_ix = Counter()


def intro(lang):
    L = LANG[lang]["intro"]
    i = _intro_ix[lang]
    _intro_ix[lang] += 1
    return L[i % len(L)]


_tail_ix = Counter()


def tail(lang):
    if R.random() < 0.45:
        return ""
    L = LANG[lang]["tail"]
    _tail_ix[lang] += 1
    return "\n\n" + L[_tail_ix[lang] % len(L)]


_lang_cycle = []


def next_lang():
    if not _lang_cycle:
        ls = list(LANGS)
        R.shuffle(ls)
        _lang_cycle.extend(ls)
    return _lang_cycle.pop()


def wrap(lang, body, fence=None):
    if fence is not None and R.random() < 0.6:
        body = "```" + fence + "\n" + body + "\n```"
    return intro(lang) + "\n\n" + body + tail(lang)


def camel(env):
    p = env.lower().split("_")
    return p[0] + "".join(x.capitalize() for x in p[1:])


def svc_id(svc):
    return svc.replace(" ", "-").replace(".", "")


STAMP = lambda: "2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(1, 11), R.randint(1, 28), R.randint(0, 23),
                                                        R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))


def cred_style(style, svc, env, lang):
    """template with marker 0 for the value; returns (body, fence)"""
    s = svc_id(svc)
    c = camel(env)
    sn = env.lower()
    m = MARK % 0
    other = R.choice(["LOG_LEVEL=info", "NODE_ENV=production", "PORT=8080", "TZ=Europe/Berlin", "WORKERS=4"])
    if style == "env":
        return "# %s\n%s\n%s=%s\n" % (s, other, env, m), "dotenv"
    if style == "export":
        return "$ export %s=\"%s\"\n$ ./scripts/sync-%s.sh --dry-run" % (env, m, s), "sh"
    if style == "yaml":
        return "%s:\n  enabled: true\n  %s: %s\n  retries: %d" % (s, sn, m, R.randint(2, 6)), "yaml"
    if style == "json":
        return '{\n  "provider": "%s",\n  "%s": "%s",\n  "timeout_ms": %d\n}' % (s, c, m, R.choice([1500, 3000, 5000])), "json"
    if style == "toml":
        return '[%s]\n%s = "%s"\nendpoint = "https://api.%s.com"' % (s, sn, m, s.replace("-", "")), "toml"
    if style == "ini":
        return "[%s]\n%s = %s\nverify_ssl = true" % (s, sn, m), "ini"
    if style == "docker":
        return "docker run --rm -e %s=%s -p 8080:8080 ghcr.io/acme/%s-bridge:%d.%d" % (env, m, s, R.randint(1, 4), R.randint(0, 20)), "sh"
    if style == "k8s":
        return ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s-credentials\n  namespace: prod\ntype: Opaque\n"
                "stringData:\n  %s: \"%s\"" % (s, env, m)), "yaml"
    if style == "gha":
        return ("jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      %s: %s\n    steps:\n"
                "      - uses: actions/checkout@v4" % (env, m)), "yaml"
    if style == "python":
        return 'import os\n\n%s = "%s"  # TODO: read from vault\nclient = init_%s(%s)' % (env, m, s.replace("-", "_"), env), "python"
    if style == "js":
        return "const %s = '%s';\nexport const %sClient = create%sClient({ key: %s });" % (c, m, c, s.replace("-", "").capitalize(), c), "js"
    if style == "go":
        return 'package config\n\nconst %s = "%s"\n' % (c[0].upper() + c[1:], m), "go"
    if style == "java":
        return 'public final class %sSecrets {\n    static final String %s = "%s";\n}' % (s.replace("-", "").capitalize(), env, m), "java"
    if style == "csharp":
        return 'services.Configure<%sOptions>(o => o.%s = "%s");' % (s.replace("-", "").capitalize(), c[0].upper() + c[1:], m), "csharp"
    if style == "ruby":
        return "%s.configure do |config|\n  config.%s = '%s'\nend" % (s.replace("-", "").capitalize(), sn, m), "ruby"
    if style == "php":
        return "<?php\nreturn [\n    '%s' => '%s',\n];" % (sn, m), "php"
    if style == "rust":
        return 'let %s = String::from("%s");' % (sn, m), "rust"
    if style == "log":
        return "%s DEBUG [%s-client] using %s=%s for request id=%s" % (STAMP(), s, env, m, rs(HEXL, 12)), None
    if style == "diff":
        return ("--- a/deploy/.env.prod\n+++ b/deploy/.env.prod\n@@ -%d,3 +%d,4 @@\n %s\n+%s=%s\n %s" %
                (R.randint(2, 40), R.randint(2, 40), other, env, m, R.choice(["CACHE_TTL=300", "REGION=eu-west-1", "FEATURE_X=on"]))), "diff"
    if style == "table":
        return "| %s | %s | %s |\n|---|---|---|\n| `%s` | `%s` | %s |" % (R.choice(["variable", "name", "key", "setting"]), R.choice(["value", "current", "prod value"]), R.choice(["owner", "team", "rotated"]), env, m, R.choice(["platform", "infra", "payments", "data", "2026-10", "never"])), None
    if style == "cli":
        return "$ %s-cli auth login --token %s\nLogged in." % (s, m), "sh"
    if style == "prose":
        return "%s (%s): %s" % (svc, env, m), None
    if style == "chat":
        n = LANG[lang]["names"]
        return "[%02d:%02d] %s: %s %s\n[%02d:%02d] %s: 👀" % (R.randint(8, 18), R.randint(0, 59), n[0], env, m,
                                                           R.randint(8, 18), R.randint(0, 59), n[1]), None
    if style == "terraform":
        return 'provider "%s" {\n  %s = "%s"\n}' % (s.replace("-", "_"), sn, m), "hcl"
    raise KeyError(style)


CRED_STYLES = ["env", "export", "yaml", "json", "toml", "ini", "docker", "k8s", "gha", "python", "js", "go", "java",
               "csharp", "ruby", "php", "rust", "log", "diff", "table", "cli", "prose", "chat", "terraform"]
_style_cycle = []


def next_style():
    if not _style_cycle:
        s = list(CRED_STYLES)
        R.shuffle(s)
        _style_cycle.extend(s)
    return _style_cycle.pop()


def gen_vendors():
    for vtype, svc, env, gen, copies in VENDORS:
        for _ in range(copies):
            lang = next_lang()
            val = gen()
            if vtype == "cloudinary_url_secret":
                body = "CLOUDINARY_URL=cloudinary://%s:%s@acme-media-%s" % (rd(15, True), MARK % 0, rd(3))
                add_pos(wrap(lang, body, "dotenv"), [(val, vtype)], vtype + "/url-" + lang, "Cloudinary API secret inside the URL")
                continue
            if vtype == "azure_storage_account_key" and R.random() < 0.7:
                body = ('"AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=acmeprod%s;AccountKey=%s;'
                        'EndpointSuffix=core.windows.net"' % (rd(3), MARK % 0))
                add_pos(wrap(lang, body, "json"), [(val, vtype)], vtype + "/connstr-" + lang, "Azure storage AccountKey in connection string")
                continue
            style = next_style()
            if "\n" in val or (len(val) > 200 and style in ("table", "chat")):
                style = "env"
            body, fence = cred_style(style, svc, env, lang)
            add_pos(wrap(lang, body, fence), [(val, vtype)], "%s/%s-%s" % (vtype, style, lang),
                    "%s credential (%s format) in %s carrier" % (svc, vtype, style))
    # AWS pairs in a credentials file
    for _ in range(3):
        lang = next_lang()
        kid = "AKIA" + rs(UP + "234567", 16)
        sec = mixed(AN + "+/", 40)
        body = "[profile-%s]\naws_access_key_id = %s\naws_secret_access_key = %s\nregion = %s" % (
            R.choice(["prod", "billing", "ci", "backup"]), MARK % 0, MARK % 1, R.choice(["eu-central-1", "us-east-1", "ap-south-1"]))
        add_pos(wrap(lang, body, "ini"), [(kid, "aws_access_key_id"), (sec, "aws_secret_access_key")],
                "aws_access_key_id+aws_secret_access_key/credentials-" + lang, "AWS key pair in ~/.aws/credentials")


# -------------------------------------------------------- generic secrets
WORDS = ["Falke", "river", "Sommer", "kiwi", "Nebula", "tigre", "Lumen", "orca", "Vinter", "pampa", "Quarz", "mango",
         "Sakura", "delta", "Borealis", "cobalt", "Zephyr", "marzo", "Kestrel", "umbra"]


def password(urlsafe=False):
    k = R.random()
    if k < 0.35:
        p = R.choice(WORDS) + R.choice(["-", ".", "_", "!", "#"]) + R.choice(WORDS).lower() + rd(R.randint(2, 4))
    elif k < 0.7:
        p = mixed(AN + "!#%*-_.", R.randint(14, 22))
    else:
        p = R.choice(WORDS) + rd(4) + R.choice("!?$%&*#")
    if urlsafe:
        p = p.replace("#", "-").replace("?", "9").replace("%", "5").replace("&", "8").replace("!", "-").replace("*", "_").replace("$", "S")
    return p


def gen_generic():
    M0, M1 = MARK % 0, MARK % 1
    pw_styles = [
        ("env", "DB_PASSWORD=%s" % M0, "dotenv"),
        ("compose", "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: \"%s\"" % M0, "yaml"),
        ("spring", "spring:\n  datasource:\n    url: jdbc:postgresql://db.internal:5432/orders\n    username: orders_rw\n    password: %s" % M0, "yaml"),
        ("json", '{"smtp": {"host": "smtp.office365.com", "port": 587, "user": "noreply", "password": "%s"}}' % M0, "json"),
        ("toml", '[database]\nuser = "analytics"\npassword = "%s"\nhost = "10.20.0.15"' % M0, "toml"),
        ("mycnf", "[client]\nuser=backup\npassword=%s\nhost=127.0.0.1" % M0, "ini"),
        ("pgpass", "db-replica.internal:5432:*:replicator:%s" % M0, None),
        ("python", 'conn = psycopg2.connect(host="pg01", dbname="crm", user="crm", password="%s")' % M0, "python"),
        ("js", "const pool = mysql.createPool({ host: 'mysql.local', user: 'shop', password: '%s', database: 'shop' });" % M0, "js"),
        ("go", 'cfg := &redis.Options{Addr: "cache:6379", Password: "%s", DB: 0}' % M0, "go"),
        ("java", 'DataSource ds = DataSourceBuilder.create().username("hr").password("%s").build();' % M0, "java"),
        ("csharp", 'var cred = new NetworkCredential("svc_print", "%s", "CORP");' % M0, "csharp"),
        ("ruby", "ActiveRecord::Base.establish_connection(adapter: 'postgresql', username: 'blog', password: '%s')" % M0, "ruby"),
        ("php", "define( 'DB_PASSWORD', '%s' );" % M0, "php"),
        ("rust", 'let opts = MySqlConnectOptions::new().username("ledger").password("%s");' % M0, "rust"),
        ("k8s", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: mariadb-auth\nstringData:\n  mariadb-root-password: %s" % M0, "yaml"),
        ("terraform", 'resource "aws_db_instance" "main" {\n  username = "admin"\n  password = "%s"\n}' % M0, "hcl"),
        ("ansible", "ansible_user: deploy\nansible_become_password: '%s'" % M0, "yaml"),
        ("django", "DATABASES = {'default': {'ENGINE': 'django.db.backends.mysql', 'USER': 'web', 'PASSWORD': '%s'}}" % M0, "python"),
        ("xml", '<dataSource>\n  <user>etl</user>\n  <password>%s</password>\n</dataSource>' % M0, "xml"),
        ("properties", "mail.smtp.user=alerts\nmail.smtp.password=%s" % M0, "properties"),
        ("netrc", "machine git.acme.internal login ci-bot password %s" % M0, None),
        ("wifi", "SSID: Office-5G / WPA2: %s" % M0, None),
        ("log", "%s WARN auth: retrying with user=etl password=%s" % (STAMP(), M0), None),
    ]
    prose_pw = {
        "en": "The {pw} for the NAS admin account is {v} - please change it after login.",
        "de": "Das {pw} für das NAS-Admin-Konto lautet {v}, bitte nach dem Login ändern.",
        "fr": "Le {pw} du compte admin du NAS est {v}, change-le après connexion.",
        "es": "La {pw} de la cuenta admin del NAS es {v}, cámbiala al entrar.",
        "pt": "A {pw} da conta admin do roteador é {v}, troque depois.",
        "zh": "路由器管理员{pw}是 {v}，登录后请修改。",
        "ja": "ルーター管理者の{pw}は {v} です。ログイン後に変更してください。",
        "ru": "Временный {pw} от админки роутера: {v}",
        "it": "La {pw} dell'account admin del NAS è {v}, cambiala subito.",
        "nl": "Het {pw} van het beheerdersaccount is {v}, wijzig het na inloggen.",
        "ko": "관리자 계정 {pw}는 {v} 입니다. 로그인 후 바꿔 주세요.",
        "ar": "{pw} حساب المدير هي {v} يرجى تغييرها بعد الدخول.",
        "tr": "Yönetici hesabının {pw}si {v}, girişten sonra değiştir.",
        "sv": "Admin-kontots {pw} är {v}, byt det efter inloggning.",
        "pl": "Tymczasowe {pw} do panelu to {v}, zmień je po zalogowaniu.",
        "hi": "एडमिन अकाउंट का {pw} {v} है, लॉगिन के बाद बदल दें।",
        "no": "Midlertidig {pw} for ruteren er {v}, bytt det etterpå.",
        "cs": "Dočasné {pw} k routeru je {v}, po přihlášení ho změň.",
        "he": "ה{pw} של חשבון המנהל היא {v} נא להחליף אחרי הכניסה.",
        "hu": "Az admin fiók ideiglenes {pw}a: {v}",
        "id": "{pw} akun admin router adalah {v}, tolong ganti setelah masuk.",
        "uk": "Тимчасовий {pw} до роутера: {v}",
        "da": "Den midlertidige {pw} til routeren er {v}.",
        "vi": "{pw} tài khoản admin là {v}, nhớ đổi sau khi đăng nhập.",
        "ro": "{pw} contului de admin este {v}, schimb-o după logare.",
        "fi": "Ylläpitotilin väliaikainen {pw} on {v}",
        "el": "Ο {pw} του λογαριασμού διαχειριστή είναι {v}",
        "sw": "{pw} ya akaunti ya msimamizi ni {v}, ibadilishe baadaye.",
        "fa": "{pw} حساب مدیر {v} است، لطفاً بعد از ورود عوضش کن.",
        "th": "{pw}บัญชีแอดมินคือ {v} เข้าแล้วช่วยเปลี่ยนด้วย",
    }
    pw_styles = [p for p in pw_styles if p[0] not in ("properties", "wifi", "ansible")]
    for i, (st, tpl, fence) in enumerate(pw_styles):
        lang = next_lang()
        add_pos(wrap(lang, tpl, fence), [(password(), "password")], "password/%s-%s" % (st, lang), "password in %s syntax" % st)
    for lang in R.sample(LANGS, 5):
        t = prose_pw[lang].format(pw=LANG[lang]["pw"], v=M0)
        add_pos(intro(lang) + "\n\n" + t, [(password(), "password")], "password/prose-" + lang, "password in prose")
    # CLI flags
    cli = [
        "mysql -h db01 -u root -p%s inventory < dump.sql" % M0,
        "PGPASSWORD=%s psql -h pg.internal -U reporting -d metrics -c 'select 1'" % M0,
        "sshpass -p '%s' ssh -o StrictHostKeyChecking=no pi@raspberrypi.local" % M0,
        "echo ok && docker login registry.acme.io -u ci --password %s" % M0,
        "redis-cli -h cache.internal -p 6379 -a %s INFO replication" % M0,
        "mongosh \"mongodb://mongo1:27017/admin\" --username root --password %s" % M0,
        "sqlcmd -S sql01.corp.local -U sa -P %s -Q \"SELECT @@VERSION\"" % M0,
        "openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:%s" % M0,
        "keytool -importkeystore -srckeystore old.jks -destkeystore new.p12 -deststorepass %s" % M0,
        "net use Z: \\\\fileserver\\finance /user:CORP\\k.lehmann %s" % M0,
        "htpasswd -b -c /etc/nginx/.htpasswd admin %s" % M0,
        "rabbitmqctl add_user telemetry %s" % M0,
        "ldapsearch -x -H ldaps://ldap.corp.local -D cn=admin,dc=corp,dc=local -w %s '(uid=*)'" % M0,
        "curl -u deploy:%s https://nexus.acme.internal/service/rest/v1/status" % M0,
        "smbclient //nas/backup -U backup%%%s" % M0,
        "az login --service-principal -u 0f1e2d3c-aaaa-4bbb-8ccc-123456789abc -p %s --tenant acme.onmicrosoft.com" % M0,
    ]
    for t in cli[:12]:
        lang = next_lang()
        add_pos(wrap(lang, "$ " + t, "sh"), [(password(), "password_cli_flag")], "password_cli_flag/shell-" + lang,
                "password passed on the command line")
    # URL passwords
    urls = [
        ("postgres", "DATABASE_URL=postgres://app_user:%s@pg-prod.internal:5432/app?sslmode=require"),
        ("mysql", "SQLALCHEMY_DATABASE_URI = \"mysql+pymysql://report:%s@10.0.4.21:3306/reports\""),
        ("mongodb", "MONGO_URI=mongodb+srv://atlas_admin:%s@cluster0.ab1cd.mongodb.net/prod?retryWrites=true"),
        ("redis", "REDIS_URL=redis://:%s@redis-master.cache.svc.cluster.local:6379/0"),
        ("amqp", "broker_url = 'amqp://celery:%s@rabbit.internal:5672/jobs'"),
        ("git", "git clone https://jdoe:%s@git.acme-corp.com/platform/infra.git"),
        ("ftp", "wget ftp://upload:%s@ftp.partner-logistics.net/outbound/latest.csv"),
        ("smtp", "EMAIL_URL=smtp+tls://alerts:%s@smtp.mailbox.org:587"),
        ("pgpercent", "postgresql://etl:%s@warehouse.internal/dw"),
    ]
    for name, t in urls:
        lang = next_lang()
        p = password(urlsafe=True)
        if name == "pgpercent":
            p = R.choice(WORDS) + "%40" + rd(4) + "%21" + R.choice(WORDS).lower()
        add_pos(wrap(lang, t % M0, None), [(p, "password_in_url")], "password_in_url/%s-%s" % (name, lang),
                "password in %s URL userinfo (password only)" % name)
    # connection strings
    conns = [
        ("adonet", "Server=tcp:sql-prod.database.windows.net,1433;Initial Catalog=Billing;User ID=billing_app;Password=%s;Encrypt=True;"),
        ("jdbc", "jdbc:sqlserver://mssql01:1433;databaseName=hr;user=hr_reader;password=%s;encrypt=true"),
        ("odbc", "Driver={ODBC Driver 18 for SQL Server};Server=dwh01;Database=sales;Uid=bi_user;Pwd=%s;"),
        ("oracle", "User Id=SCOTT_APP;Password=%s;Data Source=//ora-prod:1521/ORCLPDB1"),
        ("libpq", "host=pg.internal port=5432 dbname=ledger user=ledger password=%s sslmode=verify-full"),
        ("npgsql", "\"ConnectionStrings\": { \"Default\": \"Host=db;Database=shop;Username=shop;Password=%s\" }"),
    ]
    for name, t in conns:
        lang = next_lang()
        p = password(urlsafe=True).replace(";", "")
        add_pos(wrap(lang, t % M0, None), [(p, "connection_string_password")], "connection_string_password/%s-%s" % (name, lang),
                "password field of a %s connection string" % name)
    for _ in range(2):
        lang = next_lang()
        t = ("Endpoint=sb://acme-orders-%s.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=%s"
             % (rd(2), M0))
        add_pos(wrap(lang, t, None), [(base64.b64encode(rbytes(32)).decode(), "azure_service_bus_key")],
                "azure_service_bus_key/connstr-" + lang, "Azure Service Bus SharedAccessKey")
    # SAS signature
    for _ in range(2):
        lang = next_lang()
        sig = base64.b64encode(rbytes(32)).decode().replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
        t = ("https://acmebackup%s.blob.core.windows.net/exports/report.csv?sv=2022-11-02&ss=b&srt=o&sp=r"
             "&se=2026-12-31T23:59:59Z&st=2026-11-01T00:00:00Z&spr=https&sig=%s" % (rd(2), M0))
        add_pos(wrap(lang, t, None), [(sig, "azure_sas_signature")], "azure_sas_signature/url-" + lang, "SAS sig parameter")
    # Basic auth
    basic = [
        "curl -H \"Authorization: Basic %s\" https://jenkins.acme.internal/api/json",
        "GET /api/v2/orders HTTP/1.1\nHost: erp.partner.example\nAuthorization: Basic %s\nAccept: application/json",
        "proxy_set_header Authorization \"Basic %s\";",
        "requests.get(url, headers={\"Authorization\": \"Basic %s\"})",
    ]
    for t in basic:
        lang = next_lang()
        v = base64.b64encode(("%s:%s" % (R.choice(["admin", "ci", "svc-erp", "grafana"]), password())).encode()).decode()
        add_pos(wrap(lang, t % M0, None), [(v, "basic_auth_credentials")], "basic_auth_credentials/http-" + lang,
                "base64 user:password in Basic auth header")
    bearer = [
        "curl -s -H 'Authorization: Bearer %s' https://api.internal.acme.io/v1/invoices",
        "> POST /graphql HTTP/2\n> authorization: Bearer %s\n> content-type: application/json",
        "fetch('/api/me', { headers: { Authorization: `Bearer %s` } })",
    ]
    for t in bearer:
        lang = next_lang()
        add_pos(wrap(lang, t % M0, None), [(mixed(B64U, R.choice([40, 48, 64])), "bearer_token")], "bearer_token/http-" + lang,
                "opaque bearer token in Authorization header")
    # webhooks (whole URL)
    for _ in range(2):
        lang = next_lang()
        u = "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(UP + DG, 8), rs(UP + DG, 10), mixed(AN, 24))
        add_pos(wrap(lang, "SLACK_WEBHOOK_URL=%s" % M0, "dotenv"), [(u, "slack_webhook_url")], "slack_webhook_url/env-" + lang, "Slack webhook URL")
    for _ in range(2):
        lang = next_lang()
        u = "https://discord.com/api/webhooks/%s/%s" % (rd(19, True), mixed(B64U, 68))
        add_pos(wrap(lang, "requests.post(\"%s\", json={\"content\": \"deploy ok\"})" % M0, "python"), [(u, "discord_webhook_url")],
                "discord_webhook_url/python-" + lang, "Discord webhook URL")
    lang = next_lang()
    u = "https://acme.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s/V2%s" % (uuid4(), uuid4(), rs(HEXL, 32), uuid4(), mixed(B64U, 43))
    add_pos(wrap(lang, "teams_webhook: %s" % M0, "yaml"), [(u, "msteams_webhook_url")], "msteams_webhook_url/yaml-" + lang, "Teams webhook URL")
    # private keys
    for kind, n in [("rsa", 1), ("ec", 1), ("pkcs8", 1), ("openssh", 2), ("encrypted", 1), ("pgp", 1)]:
        for _ in range(n):
            lang = next_lang()
            add_pos(intro(lang) + "\n\n" + M0 + tail(lang), [(private_key(kind), "private_key_" + kind)],
                    "private_key_%s/pem-%s" % (kind, lang), "%s private key block" % kind)
    lang = next_lang()
    pk = private_key("pkcs8").replace("\n", "\\n") + "\\n"
    body = ('{\n  "type": "service_account",\n  "project_id": "acme-analytics-%s",\n  "private_key_id": "%s",\n'
            '  "private_key": "%s",\n  "client_id": "%s"\n}' % (
                rd(4), rs(HEXL, 40), M0, rd(21, True)))
    add_pos(wrap(lang, body, "json"), [(pk, "private_key_pkcs8")], "private_key_pkcs8/gcp-sa-json-" + lang,
            "GCP service-account key with escaped newlines")
    # gitlab routable-style is skipped; kubeconfig client key data
    lang = next_lang()
    kd = base64.b64encode(private_key("ec").encode()).decode()
    body = ("users:\n- name: admin@prod\n  user:\n    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t\n"
            "    client-key-data: %s" % M0)
    add_pos(wrap(lang, body, "yaml"), [(kd, "kubeconfig_client_key_data")], "kubeconfig_client_key_data/yaml-" + lang,
            "base64 of an EC private key in kubeconfig")


# ------------------------------------------------------------ personal data
LOCALS = ["megan.doyle", "t.whitfield", "priya.n", "lena.hoffmann", "j.bauer", "camille.durand", "hugo_lefevre",
          "lucia.fdez", "jortega", "joao.pereira", "anabeatriz.costa", "wang.li", "zhangwei", "hanako.sato",
          "ichiro.suzuki", "olga.smirnova", "dkozlov", "giulia.ricci", "m.esposito", "sanne.devries", "minji.kim",
          "junho.lee", "layla.hassan", "omar.k", "elif.yilmaz", "burak.demir", "astrid.lindqvist", "kasia.nowak",
          "ananya.sharma", "ingrid.haugen", "tereza.novakova", "noa.cohen", "eszter.kovacs", "siti.rahma",
          "olena.shevchenko", "mette.sorensen", "lan.nguyen", "ioana.popescu", "aino.virtanen", "maria.pap",
          "amina.wanjiku", "maryam.ahmadi", "somchai.j", "rafa.lima", "svenja.k", "theo.garnier"]
DOMAINS = {"en": ["gmail.com", "outlook.com", "acme-logistics.co.uk", "fastmail.com"], "de": ["web.de", "gmx.de", "t-online.de"],
           "fr": ["orange.fr", "free.fr", "laposte.net"], "es": ["hotmail.es", "telefonica.net"], "pt": ["uol.com.br", "sapo.pt"],
           "zh": ["qq.com", "163.com"], "ja": ["yahoo.co.jp", "docomo.ne.jp"], "ru": ["yandex.ru", "mail.ru"],
           "it": ["libero.it", "virgilio.it"], "nl": ["ziggo.nl", "kpnmail.nl"], "ko": ["naver.com", "daum.net"],
           "ar": ["gmail.com", "emirates.net.ae"], "tr": ["hotmail.com.tr", "yandex.com.tr"], "sv": ["telia.com", "bredband.net"],
           "pl": ["wp.pl", "onet.pl", "o2.pl"], "hi": ["rediffmail.com", "gmail.com"], "no": ["online.no", "getmail.no"],
           "cs": ["seznam.cz", "centrum.cz"], "he": ["walla.co.il", "gmail.com"], "hu": ["freemail.hu", "citromail.hu"],
           "id": ["yahoo.co.id", "gmail.com"], "uk": ["ukr.net", "i.ua"], "da": ["mail.dk", "jubii.dk"], "vi": ["gmail.com", "fpt.vn"],
           "ro": ["yahoo.ro", "gmail.com"], "fi": ["luukku.com", "elisanet.fi"], "el": ["otenet.gr", "yahoo.gr"],
           "sw": ["gmail.com", "safaricom.co.ke"], "fa": ["chmail.ir", "gmail.com"], "th": ["hotmail.co.th", "gmail.com"]}


def email(lang):
    loc = R.choice(LOCALS)
    k = R.random()
    if k < 0.3:
        loc += rd(R.randint(2, 4))
    elif k < 0.4:
        loc += "+" + R.choice(["billing", "news", "github", "shop"])
    return loc + "@" + R.choice(DOMAINS[lang])


def phone(lang, international=None):
    reg = R.choice(LANG_REGIONS[lang])
    nat, intl = PHONES[reg]()
    if international is None:
        international = R.random() < 0.55
    return (intl if international else nat), reg


def pii_frames(lang):
    L = LANG[lang]
    n = R.choice(L["names"])
    M0, M1 = MARK % 0, MARK % 1
    return {
        "signature": "--\n%s\n%s: %s" % (n, L["phone"], M0),
        "kv": "%s: %s" % (L["phone"], M0),
        "json": '{"name": "%s", "%s": "%s", "newsletter": false}' % (n, "phone", M0),
        "csv": "id;name;phone;city\n%d;%s;%s;%s" % (R.randint(100, 9999), n, M0, R.choice(["Lyon", "Graz", "Porto", "Brno", "Turku", "Malmö"])),
        "table": "| %s | %s |\n|---|---|\n| %s | %s |" % ("Name", L["phone"], n, M0),
        "log": "%s INFO sms.dispatch to=%s template=otp_login status=queued" % (STAMP(), M0),
        "vcard": "BEGIN:VCARD\nVERSION:3.0\nFN:%s\nTEL;TYPE=CELL:%s\nEND:VCARD" % (n, M0),
        "chat": "%s: %s %s" % (n, L["phone"], M0),
    }


def gen_pii():
    M0, M1 = MARK % 0, MARK % 1
    # phones: 60 single-span texts, every region at least once
    regs = list(PHONES)
    R.shuffle(regs)
    by_lang = {}
    for lang, rl in LANG_REGIONS.items():
        for r in rl:
            by_lang.setdefault(r, lang if lang in LANG else "en")
    frames = ["signature", "kv", "json", "csv", "table", "log", "vcard", "chat"]
    for i in range(44):
        reg = regs[i % len(regs)]
        lang = by_lang.get(reg, "en")
        if lang not in LANG:
            lang = "en"
        nat, intl = PHONES[reg]()
        isintl = i % 2 == 0
        v = intl if isintl else nat
        fr = frames[i % len(frames)]
        body = pii_frames(lang)[fr]
        add_pos(wrap(lang, body, None), [(v, "phone")], "phone/%s-%s" % (fr, lang),
                "%s phone number (%s format)" % (reg, "international" if isintl else "national"))
    # emails: 30 texts with various frames
    ef = [
        "From: \"{n}\" <{m}>\nSubject: Re: Rechnung / invoice",
        "Author: {n} <{m}>\nDate:   Tue Nov 4 10:21:33 2026 +0100",
        "{lbl}: {m}",
        '{{"user": "{n}", "email": "{m}", "role": "viewer"}}',
        "{ts} WARN login failed for {m} from 203.0.113.{o}",
        "<a href=\"mailto:{m}\">{n}</a>",
        "cc: {m}",
        "| {n} | {m} | active |",
        "git config user.email \"{m}\"",
        "{n} ({m})",
    ]
    for i in range(20):
        lang = next_lang()
        L = LANG[lang]
        t = ef[i % len(ef)].format(n=R.choice(L["names"]), m=M0, lbl=L["email"], ts=STAMP(), o=R.randint(2, 250))
        add_pos(wrap(lang, t, None), [(email(lang), "email")], "email/f%d-%s" % (i % len(ef), lang), "personal e-mail address")
    # phone + email
    for i in range(10):
        lang = next_lang()
        L = LANG[lang]
        p, reg = phone(lang)
        n = R.choice(L["names"])
        t = R.choice(["%s\n%s: %s\n%s: %s" % (n, L["phone"], M0, L["email"], M1),
                      "%s | %s | %s" % (n, M0, M1),
                      '{"contact": {"name": "%s", "tel": "%s", "mail": "%s"}}' % (n, M0, M1)])
        add_pos(wrap(lang, t, None), [(p, "phone"), (email(lang), "email")], "phone+email/contact-" + lang,
                "%s phone and e-mail of a person" % reg)
    # cards
    cf = ["{lbl}: {v}  exp {e}", "{ts} ERROR payment declined pan={v} amount=49.90 EUR",
          '{{"card": {{"number": "{v}", "exp_month": {mm}, "exp_year": {yy}}}}}', "{n} - {lbl} {v}"]
    for i, b in enumerate(CARD_BRANDS + CARD_BRANDS[:2]):
        lang = next_lang()
        L = LANG[lang]
        sep = R.choice([" ", "-", None, " "])
        v, brand = card(b, sep)
        t = cf[i % len(cf)].format(lbl=L["card"], v=M0, e="%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), ts=STAMP(),
                                   mm=R.randint(1, 12), yy=R.randint(2027, 2031), n=R.choice(L["names"]))
        add_pos(wrap(lang, t, None), [(v, "credit_card")], "credit_card/%s-%s" % (brand, lang), "%s card number, Luhn-valid" % brand)
    # IBANs: every country once
    inv = ["{lbl}: {v}\nBIC: {bic}", "Bitte überweisen Sie den Betrag auf {v}.", "beneficiary_iban={v}", "| {n} | {v} | {amt} EUR |",
           "<IBAN>{v}</IBAN>"]
    ccs = sorted(IBAN_SPECS)
    R.shuffle(ccs)
    for i, cc in enumerate(ccs[:28]):
        lang = next_lang()
        L = LANG[lang]
        v = iban(cc, grouped=(i % 3 != 0))
        f = inv[i % len(inv)]
        if "überweisen" in f and lang != "de":
            f = "{lbl} {n}: {v}"
        t = f.format(lbl=L["iban"], v=M0, bic=rs(UP, 6) + rs(UP + DG, 2), n=R.choice(L["names"]), amt="%d.%02d" % (R.randint(10, 4000), R.randint(0, 99)))
        add_pos(wrap(lang, t, None), [(v, "iban")], "iban/%s-%s" % (cc, lang), "%s IBAN with valid mod-97 check" % cc)
    # national ids
    id_lang = {"us_ssn": "en", "uk_nino": "en", "ca_sin": "fr", "fr_nir": "fr", "de_steuer_id": "de", "es_dni": "es",
               "es_nie": "es", "it_codice_fiscale": "it", "nl_bsn": "nl", "be_national_number": "nl", "pl_pesel": "pl",
               "se_personnummer": "sv", "no_fodselsnummer": "no", "fi_hetu": "fi", "dk_cpr": "da", "pt_nif": "pt",
               "br_cpf": "pt", "cl_rut": "es", "cn_resident_id": "zh", "in_aadhaar": "hi", "jp_my_number": "ja",
               "kr_rrn": "ko", "sg_nric": "en", "tr_tc_kimlik": "tr", "za_id_number": "en", "il_teudat_zehut": "he",
               "au_tfn": "en", "au_medicare": "en", "mx_curp": "es", "ch_ahv": "de", "ie_pps": "en", "hr_oib": "en",
               "ro_cnp": "ro", "bg_egn": "ru", "cz_rodne_cislo": "cs", "ee_isikukood": "fi"}
    idf = ["{lbl}: {v}", "{n}, {lbl} {v}", '{{"holder": "{n}", "national_id": "{v}"}}', "| {n} | {v} |",
           "{ts} INFO kyc.verify subject_id={v} result=match"]
    k = 0
    for t_, fn in NATIONAL_IDS:
        reps = 2 if t_ in ("us_ssn", "br_cpf", "es_dni", "it_codice_fiscale", "fr_nir", "cn_resident_id") else 1
        for _ in range(reps):
            lang = id_lang[t_]
            L = LANG[lang]
            f = idf[k % len(idf)]
            k += 1
            t = f.format(lbl=L["idn"] if t_ not in ("us_ssn",) else "SSN", v=M0, n=R.choice(L["names"]), ts=STAMP())
            add_pos(wrap(lang, t, None), [(fn(), t_)], "%s/f%d-%s" % (t_, (k - 1) % len(idf), lang),
                    "%s with valid check digits / issuing rules" % t_)
    # passports (MRZ)
    for cc, sur, giv, lang in [("D<<", "MUELLER", "KATHARINA", "de"), ("FRA", "DUBOIS", "CLAIRE<ANNE", "fr"),
                               ("NLD", "DE<JONG", "PIETER", "nl")]:
        mrz = passport_mrz(cc, sur, giv)
        add_pos(wrap(lang, M0, None), [(mrz, "passport_mrz")], "passport_mrz/td3-" + lang,
                "passport machine-readable zone with valid check digits")
    # card + name in support chat; iban + phone
    for _ in range(3):
        lang = next_lang()
        L = LANG[lang]
        p, reg = phone(lang)
        t = "%s: %s\n%s: %s" % (L["iban"], M0, L["phone"], M1)
        add_pos(wrap(lang, t, None), [(iban(), "iban"), (p, "phone")], "iban+phone/form-" + lang, "IBAN and phone in a form")


# --------------------------------------------------------------- negatives
def bad_luhn(num):
    last = int(num[-1])
    for d in range(1, 10):
        cand = num[:-1] + str((last + d) % 10)
        if not luhn_ok(cand):
            return cand


def isbn13():
    b = "978" + rd(9)
    t = sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(b))
    return b + str((10 - t % 10) % 10)


def s10_tracking():
    n = rd(8)
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    c = 11 - sum(int(x) * w[i] for i, x in enumerate(n)) % 11
    c = 0 if c == 10 else (5 if c == 11 else c)
    return R.choice(["LX", "RR", "CP", "EE"]) + n + str(c) + R.choice(["CN", "DE", "NL", "JP"])


def pem_body(n):
    raw = base64.b64encode(rbytes(n)).decode()
    return "\n".join(raw[i:i + 64] for i in range(0, len(raw), 64))


def neg_bodies():
    """(class, body, reason) list; each body gets an intro/tail in a language"""
    out = []
    A = out.append
    # 1 documentation example keys
    A(("doc_example_key", "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n# values copied verbatim from the AWS CLI user guide", "AWS documentation example key pair"))
    A(("doc_example_key", "The IAM docs show AKIAI44QH8DHBEXAMPLE with secret je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY in every sample policy walkthrough.", "AWS documentation second example pair"))
    A(("doc_example_key", "curl https://api.stripe.com/v1/charges -u sk_test_4eC39HqLyjWDarjtT1zdp7dc:\n# public sample test key printed in the Stripe API reference", "Stripe docs sample test key"))
    A(("doc_example_key", "Azurite / storage emulator well-known account:\nAccountName=devstoreaccount1\nAccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==", "published Azurite development key"))
    A(("doc_example_key", "The default token on jwt.io decodes to {\"sub\":\"1234567890\",\"name\":\"John Doe\",\"iat\":1516239022}:\neyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", "jwt.io sample token"))
    A(("doc_example_key", "aws iam get-user --user-name Bob  # docs output shows UserId AIDACKCEVSQ6C2EXAMPLE and AccessKeyId AKIAIOSFODNN7EXAMPLE", "AWS docs example ids"))
    # 2 placeholders
    for b in ["OPENAI_API_KEY=<your-key>\nANTHROPIC_API_KEY=<your-anthropic-key>",
              "export STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx   # replace the x's with your own key",
              "database:\n  user: admin\n  password: changeme   # default placeholder from the README, change before deploying",
              '{"apiKey": "YOUR_API_KEY_HERE", "projectId": "YOUR_PROJECT_ID"}',
              "GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
              "env:\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n  DB_PASSWORD: ${DB_PASSWORD:?must be set}",
              "mysql -u root -p<PASSWORD> mydb",
              "postgres://USER:PASSWORD@HOST:5432/DBNAME",
              "Authorization: Bearer <access_token>",
              "api_key = \"...\"  # paste your key here, never commit it"]:
        A(("placeholder", b, "placeholder value from documentation, not a secret"))
    # 3 lockfile hashes
    A(("lockfile_hash", '"node_modules/lodash": {\n  "version": "4.17.21",\n  "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",\n  "integrity": "sha512-%s"\n}' % base64.b64encode(rbytes(64)).decode(), "npm integrity hash"))
    A(("lockfile_hash", 'react-dom@^18.2.0:\n  version "18.3.1"\n  resolved "https://registry.yarnpkg.com/react-dom/-/react-dom-18.3.1.tgz#%s"\n  integrity sha512-%s' % (rs(HEXL, 40), base64.b64encode(rbytes(64)).decode()), "yarn.lock entry"))
    A(("lockfile_hash", '[[package]]\nname = "serde_json"\nversion = "1.0.133"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "%s"' % rs(HEXL, 64), "Cargo.lock checksum"))
    A(("lockfile_hash", "golang.org/x/net v0.31.0 h1:%s=\ngolang.org/x/net v0.31.0/go.mod h1:%s=" % (base64.b64encode(rbytes(32)).decode()[:43], base64.b64encode(rbytes(32)).decode()[:43]), "go.sum lines"))
    A(("lockfile_hash", "requests==2.32.3 \\\n    --hash=sha256:%s \\\n    --hash=sha256:%s" % (rs(HEXL, 64), rs(HEXL, 64)), "pip hash-pinned requirements"))
    A(("lockfile_hash", '[[package]]\nname = "numpy"\nversion = "2.1.3"\nfiles = [\n    {file = "numpy-2.1.3-cp312-cp312-manylinux_2_17_x86_64.whl", hash = "sha256:%s"},\n]' % rs(HEXL, 64), "poetry.lock file hash"))
    A(("lockfile_hash", "  /zod@3.23.8:\n    resolution: {integrity: sha512-%s}\n    dev: false" % base64.b64encode(rbytes(64)).decode(), "pnpm-lock integrity"))
    A(("lockfile_hash", '"packages": [{"name": "guzzlehttp/guzzle", "version": "7.9.2", "dist": {"type": "zip", "shasum": "%s"}}]' % rs(HEXL, 40), "composer.lock shasum"))
    # 4 git SHAs
    A(("git_sha", "commit %s\nDate:   Mon Nov 17 09:12:44 2026 +0100\n\n    fix: handle empty cart on checkout" % rs(HEXL, 40), "git log commit hash"))
    A(("git_sha", "pick %s refactor token refresh\nsquash %s fix typo\npick %s bump deps" % (rs(HEXL, 7), rs(HEXL, 7), rs(HEXL, 7)), "rebase todo short SHAs"))
    A(("git_sha", "The regression was introduced in %s and reverted by %s." % (rs(HEXL, 12), rs(HEXL, 40)), "SHAs in prose"))
    A(("git_sha", "%s (Ana  2026-10-02 14:33:10 +0200 41)     if secret_ref is None:" % rs(HEXL, 8), "git blame line"))
    A(("git_sha", "HEAD is now at %s Merge pull request #%d from acme/feature/otp" % (rs(HEXL, 7), R.randint(100, 9999)), "git reset output"))
    A(("git_sha", "- uses: actions/checkout@%s # v4.2.2\n- uses: actions/setup-node@%s # v4.1.0" % (rs(HEXL, 40), rs(HEXL, 40)), "pinned action SHAs"))
    A(("git_sha", "diff --git a/app.py b/app.py\nindex %s..%s 100644" % (rs(HEXL, 7), rs(HEXL, 7)), "diff index line"))
    # 5 UUIDs
    A(("uuid", "X-Correlation-ID: %s" % uuid4(), "correlation UUID"))
    A(("uuid", "metadata:\n  uid: %s\n  resourceVersion: \"%d\"" % (uuid4(), R.randint(10000, 999999)), "k8s object uid"))
    A(("uuid", "SELECT * FROM orders WHERE id = '%s';" % uuid4(), "primary key UUID"))
    A(("uuid", "Device ID %s wurde am Dienstag registriert." % uuid4().upper(), "device UUID"))
    A(("uuid", "[%s] job %s finished in 4.2s" % (STAMP(), uuid4()), "job UUID in log"))
    A(("uuid", "| tenant | %s |\n| plan | enterprise |" % uuid4(), "tenant id in table"))
    # 6 order/invoice numbers
    A(("order_invoice_number", "Bestellnummer: %s-%s-%s" % (rd(3), rd(7), rd(7)), "marketplace order number"))
    A(("order_invoice_number", "Invoice INV-2026-%06d due 2026-12-15, total 1,284.00 EUR" % R.randint(1, 999999), "invoice number"))
    A(("order_invoice_number", "Facture n° F%s%06d — échéance 30 jours" % (rd(4), R.randint(0, 999999)), "French invoice number"))
    A(("order_invoice_number", "PO %d / line 3 / qty 40" % R.randint(4500000000, 4599999999), "purchase order number"))
    A(("order_invoice_number", "注文番号: %s-%s" % (rd(6), rd(8)), "Japanese order number"))
    A(("order_invoice_number", "Numer zamówienia %s, paczkomat WAW12M" % rd(12), "Polish order number"))
    A(("order_invoice_number", "Ticket #%d reopened; refund ref RF-%s" % (R.randint(10000, 99999), rd(10)), "ticket and refund ref"))
    # 7 tracking numbers
    A(("tracking_number", "UPS: 1Z%s%s" % (rs(UP + DG, 6), rd(10)), "UPS tracking"))
    A(("tracking_number", "DHL Sendungsnummer %s" % ("00340434" + rd(12)), "DHL tracking"))
    A(("tracking_number", "USPS tracking 9400 %s %s %s %s %s" % (rd(4), rd(4), rd(4), rd(4), rd(2)), "USPS tracking"))
    A(("tracking_number", "运单号：%s" % s10_tracking(), "China Post S10 tracking"))
    A(("tracking_number", "FedEx %s — delivered" % rd(12, True), "FedEx tracking"))
    A(("tracking_number", "PostNL 3S%s%s" % (rs(UP, 4), rd(9)), "PostNL barcode"))
    # 8 versions
    for b in ["Upgraded Node from v20.11.1 to v22.12.0 and npm 10.9.2",
              "version: 1.0.0-rc.2+build.5\nappVersion: \"2.14.3\"",
              "User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.86 Safari/537.36",
              "Build fingerprint: google/husky/husky:15/AP3A.241105.008/12485168:user/release-keys",
              "| package | old | new |\n|---|---|---|\n| django | 4.2.16 | 5.1.3 |\n| celery | 5.3.6 | 5.4.0 |",
              "Python 3.12.7 (main, Oct  1 2026, 08:44:12) [GCC 13.2.0] on linux",
              "Kernel 6.8.0-49-generic #49~22.04.1-Ubuntu SMP PREEMPT_DYNAMIC"]:
        A(("version_string", b, "version strings"))
    # 9 timestamps
    for b in ["created_at=%s updated_at=%s" % (STAMP(), STAMP()),
              "epoch 1764579123 -> Mon, 01 Dec 2026 09:32:03 GMT",
              "2026-11-30 23:59:59.999999+00 | checkpoint complete",
              "Date: Tue, 02 Dec 2026 17:05:41 +0100",
              "cron: \"15 3 * * 1-5\"  # 03:15 on weekdays",
              "Zeitraum 01.10.2026 – 31.12.2026, Stichtag 15.11.2026"]:
        A(("timestamp_date", b, "timestamps and dates"))
    return out


def neg_bodies2():
    out = []
    A = out.append
    # 10 Luhn-failing cards
    for b in CARD_BRANDS[:7]:
        num, _ = card(b, None)
        bad = bad_luhn(num)
        parts, k = [], 0
        for g in b[2]:
            parts.append(bad[k:k + g])
            k += g
        A(("card_luhn_fail", R.choice(["card_number: %s  # rejected by the form: checksum", "Kartennummer %s wurde abgelehnt (Prüfsumme falsch).",
                                       "pan=%s status=invalid_number", "Número %s inválido, revise os dígitos."]) % " ".join(parts),
           "Luhn-invalid card-like number"))
    # 11 bad IBANs
    for cc in ["DE", "FR", "NL", "ES", "IT", "PL"]:
        v = iban(cc, grouped=False)
        cands = ["%02d" % k for k in range(2, 99) if "%02d" % k != v[2:4] and not iban_ok(v[:2] + "%02d" % k + v[4:])]
        bad = v[:2] + R.choice(cands) + v[4:]
        A(("iban_bad_check", "Validation error: IBAN %s failed the mod-97 check, please re-enter." % bad, "IBAN with wrong check digits"))
    # 12 invalid national ids
    A(("invalid_national_id", "SSN field must not start with 000 or 666: example rejected value 666-%02d-%04d" % (R.randint(1, 99), R.randint(1, 9999)), "invalid SSN area"))
    while True:
        b = nid_nl_bsn()
        bad = b[:-1] + str((int(b[-1]) + 3) % 10)
        t = sum(int(c) * (9 - i) for i, c in enumerate(bad[:8])) - int(bad[8])
        if t % 11:
            break
    A(("invalid_national_id", "BSN %s voldoet niet aan de elfproef (test case)" % bad, "BSN failing 11-proof"))
    p = nid_pl_pesel()
    A(("invalid_national_id", "PESEL %s%s – błędna cyfra kontrolna" % (p[:-1], (int(p[-1]) + 5) % 10), "PESEL wrong check"))
    c = nid_br_cpf()
    A(("invalid_national_id", "CPF %s%d é inválido (dígito verificador)" % (c[:-1], (int(c[-1]) + 4) % 10), "CPF wrong check"))
    d = nid_es_dni()
    wrong = DNI_L[(DNI_L.index(d[-1]) + 7) % 23]
    A(("invalid_national_id", "DNI %s%s: la letra no corresponde" % (d[:-1], wrong), "DNI wrong letter"))
    s = nid_de_steuer_id().replace(" ", "")
    A(("invalid_national_id", "Steuer-ID %s%d ist ungültig (Prüfziffer)" % (s[:-1], (int(s[-1]) + 1) % 10), "Steuer-ID wrong check"))
    # 13 test cards
    for b in ["Stripe test card 4242 4242 4242 4242, any future expiry, any CVC.",
              "Use the test card 4111 1111 1111 1111 in the sandbox checkout.",
              "Mastercard test number 5555 5555 5555 4444 (sandbox only)",
              "Amex test card for the sandbox: 3782 822463 10005",
              "Testkarte für Ablehnung: 4000 0000 0000 0002 (generic decline)",
              "Discover test card 6011 1111 1111 1117 works in test mode only"]:
        A(("test_card", b, "documented test card labelled as such"))
    # 14 code identifiers
    for b in ["def get_api_key(self) -> str:\n    return self._settings.api_key",
              "PASSWORD_MIN_LENGTH = 12\nPASSWORD_RESET_TOKEN_TTL = timedelta(hours=2)",
              "class SecretManagerClient(BaseClient):\n    token_header = \"X-Api-Key\"",
              "func validateIBAN(value string) error {",
              "const accessTokenExpiresIn = 900; // seconds",
              "public boolean isPasswordExpired(User user) { return user.passwordChangedAt.isBefore(cutoff); }"]:
        A(("code_identifier", b, "identifiers mentioning secrets, no value"))
    # 15 base64 of non-secrets
    for txt in ["Hello from the build server, all checks passed.", '{"theme":"dark","lang":"de","pageSize":50}',
                "Lorem ipsum dolor sit amet, consectetur adipiscing elit.", "name,qty\napples,4\npears,7\n",
                "<svg xmlns='http://www.w3.org/2000/svg' width='8' height='8'/>"]:
        A(("base64_non_secret", "payload (base64): %s" % base64.b64encode(txt.encode()).decode(), "base64 of ordinary text"))
    A(("base64_non_secret", "<img src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\">", "1x1 png data URI"))
    # 16 IPs
    for b in ["Failed password for invalid user from 185.%d.%d.%d port %d ssh2" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254), R.randint(30000, 60000)),
              "upstream backend {\n  server 10.0.%d.%d:8080;\n  server 10.0.%d.%d:8080;\n}" % (R.randint(0, 255), R.randint(1, 254), R.randint(0, 255), R.randint(1, 254)),
              "inet6 2001:db8:%x:%x::1/64 scope global" % (R.randint(0, 65535), R.randint(0, 65535)),
              " 3  172.%d.%d.1  4.112 ms  3.981 ms  4.020 ms" % (R.randint(16, 31), R.randint(0, 255)),
              "allow 192.168.%d.0/24;\ndeny all;" % R.randint(0, 255),
              "X-Forwarded-For: 198.51.100.%d, 203.0.113.%d" % (R.randint(1, 254), R.randint(1, 254))]:
        A(("ip_address", b, "IP addresses are not masked by default"))
    # 17 MACs
    for _ in range(5):
        mac = ":".join(rs(HEXL, 2) for _ in range(6))
        A(("mac_address", R.choice(["link/ether %s brd ff:ff:ff:ff:ff:ff", "DHCP lease for %s renewed", "ether %s  txqueuelen 1000",
                                   "host printer { hardware ethernet %s; }", "BSSID %s  channel 36"]) % mac, "MAC address"))
    # 18 docker digests
    for b in ["image: ghcr.io/acme/api@sha256:%s", "FROM python:3.12-slim@sha256:%s", "Digest: sha256:%s\nStatus: Downloaded newer image",
              "kubectl set image deploy/web web=registry.acme.io/web@sha256:%s", "\"RepoDigests\": [\"nginx@sha256:%s\"]"]:
        A(("docker_digest", b % rs(HEXL, 64), "image digest"))
    # 19 public keys PEM
    for n in (294, 91, 162, 270, 422):
        A(("public_key_pem", "-----BEGIN PUBLIC KEY-----\n%s\n-----END PUBLIC KEY-----" % pem_body(n), "public key block"))
    # 20 ssh public keys
    for i in range(6):
        if i % 2:
            k = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(B64, 43)
        else:
            k = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + rs(B64, 500)
        A(("public_key_ssh", R.choice(["authorized_keys:\n%s ci-deploy", "ssh_authorized_keys:\n  - %s backup-key", "%s laptop-2026"]) % k, "SSH public key"))
    # 21 certificates
    for n in (600, 700, 820, 540, 900):
        A(("certificate_block", "-----BEGIN CERTIFICATE-----\nMIIF%s\n-----END CERTIFICATE-----" % pem_body(n)[4:], "X.509 certificate"))
    # 22 colors
    for b in [":root { --brand: #1e40af; --accent: #f59e0b; --bg: #0f172a; }", "colors: { primary: '#%s', danger: '#%s' }" % (rs(HEXL, 6), rs(HEXL, 6)),
              "<rect fill=\"#%s\" stroke=\"#%s\"/>" % (rs(HEXU, 6), rs(HEXU, 6)), "palette = [0x%s, 0x%s, 0x%s]" % (rs(HEXU, 6), rs(HEXU, 6), rs(HEXU, 6)),
              "rgba(12, 74, 110, 0.85) / hsl(210 40% 96%)"]:
        A(("color_code", b, "color codes"))
    # 23 coordinates
    for b in ["lat=52.52%04d, lon=13.40%04d" % (R.randint(0, 9999), R.randint(0, 9999)), "Treffpunkt: 48°08'13.2\"N 11°34'30.9\"E",
              "{\"type\": \"Point\", \"coordinates\": [-73.98%03d, 40.74%03d]}" % (R.randint(0, 999), R.randint(0, 999)),
              "geo:35.6%04d,139.7%04d" % (R.randint(0, 9999), R.randint(0, 9999)), "POINT(2.35%04d 48.85%04d)" % (R.randint(0, 9999), R.randint(0, 9999))]:
        A(("coordinates", b, "coordinates"))
    # 24 ISBN / EAN
    for _ in range(5):
        A(("isbn_ean", R.choice(["ISBN %s", "EAN: %s", "barcode=%s", "ISBN-13: %s (Taschenbuch)"]) % isbn13(), "ISBN/EAN"))
    # 25 trace ids
    for b in ["traceparent: 00-%s-%s-01" % (rs(HEXL, 32), rs(HEXL, 16)), "X-Amzn-Trace-Id: Root=1-%s-%s" % (rs(HEXL, 8), rs(HEXL, 24)),
              "request_id=req_%s span_id=%s" % (rs(AN, 14), rs(HEXL, 16)), "x-request-id: %s" % rs(HEXL, 32),
              "cf-ray: %s-FRA" % rs(HEXL, 16), "Sentry event %s captured" % rs(HEXL, 32)]:
        A(("trace_request_id", b, "trace / request ids"))
    # 26 cloud resource ids
    for b in ["arn:aws:iam::%s:role/ci-deployer" % rd(12, True), "arn:aws:s3:::acme-logs-%s/2026/11/*" % rd(4),
              "/subscriptions/%s/resourceGroups/rg-prod/providers/Microsoft.Web/sites/acme-api" % uuid4(),
              "projects/acme-analytics-%s/locations/europe-west3/functions/ingest" % rd(4),
              "ocid1.instance.oc1.eu-frankfurt-1.%s" % rs(ANL, 60), "i-%s in vpc-%s" % (rs(HEXL, 17), rs(HEXL, 17))]:
        A(("cloud_resource_id", b, "cloud resource identifiers"))
    # 27 k8s names
    for _ in range(5):
        pod = "%s-%s-%s" % (R.choice(["api", "worker", "checkout", "ingest", "auth-proxy"]), rs("bcdfghjklmnpqrstvwxz2456789", 9), rs("bcdfghjklmnpqrstvwxz2456789", 5))
        A(("k8s_resource_name", "%s   1/1     Running   0   %dh" % (pod, R.randint(1, 90)), "pod name with hash suffix"))
    # 28 object ids
    for b in ['{"_id": {"$oid": "%s"}}' % rs(HEXL, 24), "ObjectId(\"%s\")" % rs(HEXL, 24), "message_id=%d channel_id=%d" % (R.randint(10 ** 18, 2 * 10 ** 18), R.randint(10 ** 17, 10 ** 18)),
              "stripe charge ch_%s refunded" % mixed(AN, 24), "ulid %s" % rs("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 26)]:
        A(("object_id", b, "database / API object ids"))
    return out


def neg_bodies3():
    out = []
    A = out.append
    # 29 password prose
    for b in ["Forgot your password? Use the reset link on the sign-in page; it expires after 30 minutes.",
              "Das Passwort muss mindestens 12 Zeichen lang sein und darf nicht dem Benutzernamen entsprechen.",
              "Le mot de passe a été réinitialisé, vérifie ta boîte de réception.",
              "パスワードは 90 日ごとに変更してください。",
              "Пароль не подходит: нужно минимум одна цифра и один спецсимвол."]:
        A(("password_prose", b, "talk about passwords, no value"))
    # 30 redacted
    for b in ["password: ********", "Authorization: Bearer [REDACTED]", "OPENAI_API_KEY=sk-...redacted", "aws_secret_access_key = <hidden>",
              "token=•••••••• (shown once)", "\"client_secret\": \"***\""]:
        A(("redacted_value", b, "already redacted"))
    # 31 checksums
    for b in ["%s  ubuntu-24.04.1-live-server-amd64.iso" % rs(HEXL, 64), "MD5 (release.tar.gz) = %s" % rs(HEXL, 32),
              "SHA1: %s" % rs(HEXL, 40), "sha512sum: %s" % rs(HEXL, 128), "etag: \"%s\"" % rs(HEXL, 32), "CRC32 %s OK" % rs(HEXU, 8)]:
        A(("file_checksum", b, "file checksums"))
    # 32 code reading secrets
    for b in ['api_key = os.environ["OPENAI_API_KEY"]', "const key = process.env.STRIPE_SECRET_KEY;",
              "password := os.Getenv(\"DB_PASSWORD\")", "String pw = System.getenv(\"SMTP_PASSWORD\");",
              "token = Rails.application.credentials.dig(:github, :token)", "secret = vault_client.secrets.kv.read_secret_version(path='payments')['data']"]:
        A(("code_reads_secret", b, "code reads a secret from config"))
    # 33 env var names
    for b in ["| Variable | Required | Description |\n|---|---|---|\n| `AWS_SECRET_ACCESS_KEY` | yes | secret of the IAM user |\n| `AWS_REGION` | no | default eu-west-1 |",
              "Set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET before starting the app.",
              "unset GITHUB_TOKEN NPM_TOKEN PYPI_TOKEN", "required_env = [\"DATABASE_URL\", \"REDIS_URL\", \"JWT_SECRET\"]",
              "ERROR: environment variable ANTHROPIC_API_KEY is not set"]:
        A(("env_var_name", b, "env var names without values"))
    # 34 git remotes
    for b in ["git remote add origin git@github.com:acme/infra.git", "url = ssh://git@gitlab.com/acme/platform/api.git",
              "git@bitbucket.org:team-acme/mobile-app.git", "Cloning into 'docs'...\nfrom git@codeberg.org:acme/docs.git",
              "go get git@git.sr.ht:~acme/tools"]:
        A(("git_remote_not_email", b, "git SSH remote, not an e-mail"))
    # 35 build numbers
    for b in ["Build #%d passed in 12m 41s" % R.randint(1000, 99999), "Run %d attempt 2 — gh run rerun --failed" % R.randint(10 ** 10, 10 ** 11),
              "versionCode %d" % R.randint(100000, 9999999), "pipeline %d / job %d" % (R.randint(100000, 9999999), R.randint(10 ** 9, 10 ** 10)),
              "Jenkins: job/release/%d/console" % R.randint(100, 9999)]:
        A(("build_number", b, "build / run numbers"))
    # 36 math
    for b in ["20! = 2432902008176640000", "π ≈ 3.14159265358979323846264338327950288", "2^64 = 18446744073709551616",
              "det([[4, 7], [2, 6]]) = 10, inverse = [[0.6, -0.7], [-0.2, 0.4]]", "Avogadro: 6.02214076e23 mol^-1, e = 2.718281828459045"]:
        A(("math_numbers", b, "numbers in math"))
    # 37 memory addresses / stack traces
    for b in ["<__main__.Client object at 0x7f%s>" % rs(HEXL, 10), "goroutine 17 [running]:\nmain.handler(0xc000%s, 0x%s)\n\t/app/main.go:88 +0x1a4" % (rs(HEXL, 6), rs(HEXL, 6)),
              "Segmentation fault at address 0x0000%s" % rs(HEXL, 12), "java.lang.NullPointerException\n\tat com.acme.billing.InvoiceService.render(InvoiceService.java:214)\n\tat com.acme.billing.Api$$Lambda$%d/0x000000080%s.apply(Unknown Source)" % (R.randint(100, 999), rs(HEXL, 7)),
              "thread 'main' panicked at src/lib.rs:42:9, backtrace 0x55%s" % rs(HEXL, 10)]:
        A(("memory_address", b, "addresses in stack traces"))
    # 38 serial / part numbers
    for b in ["S/N: %s-%s-%s" % (rs(UP, 2), rd(4), rd(4)), "Artikel-Nr. %s.%s.%s" % (rd(3), rd(3), rd(2)),
              "Model A%d, firmware %d.%d.%d, batch %s" % (R.randint(1000, 2999), R.randint(1, 9), R.randint(0, 20), R.randint(0, 99), rd(8)),
              "IMEI check skipped for lab device #%d" % R.randint(1, 99), "part number %s-%s-%s" % (rd(3), rd(3), rd(3))]:
        A(("serial_part_number", b, "serial / part numbers"))
    # 39 SRI
    for alg, n in [("sha384", 48), ("sha384", 48), ("sha256", 32), ("sha512", 64), ("sha384", 48)]:
        A(("html_sri", '<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" integrity="%s-%s" crossorigin="anonymous"></script>' % (alg, base64.b64encode(rbytes(n)).decode()), "subresource integrity hash"))
    # 40 public identifiers that look key-like but are public
    for b in ["Stripe publishable key goes in the frontend: pk_live_ is fine to expose, the sk_ one is not.",
              "GA4 measurement id G-%s" % rs(UP + DG, 10), "Sentry DSN public key is safe in the browser bundle: dsn host o%d.ingest.sentry.io" % R.randint(100000, 999999),
              "Algolia search-only app id %s" % rs(UP + DG, 10), "reCAPTCHA site key lives in the HTML form, data-sitekey attribute"]:
        A(("public_identifier", b, "public, non-secret identifiers"))
    return out


def gen_negatives():
    allb = neg_bodies() + neg_bodies2() + neg_bodies3()
    for cls, body, reason in allb:
        lang = next_lang()
        fence = None
        if "\n" in body and R.random() < 0.5:
            fence = ""
        carrier = "snippet" if "\n" in body else "line"
        add_neg(wrap(lang, body, fence), "%s/%s-%s" % (cls, carrier, lang), reason)


# -------------------------------------------------------------------- main
def main():
    gen_vendors()
    gen_generic()
    gen_pii()
    gen_negatives()
    seen = set()
    for r in ROWS:
        if r["text"] in seen:
            raise SystemExit("duplicate text: %r" % r["text"][:80])
        seen.add(r["text"])
    R.shuffle(ROWS)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(ROWS, 1):
            row = {"id": "v13_%04d" % i, "text": r["text"], "spans": r["spans"], "kind": r["kind"],
                   "class": r["class"], "reason": r["reason"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    if "--stats" in sys.argv:
        pos = [r for r in ROWS if r["kind"] == "positive"]
        neg = [r for r in ROWS if r["kind"] == "negative"]
        types = Counter(s["type"] for r in pos for s in r["spans"])
        ncls = Counter(r["class"].split("/")[0] for r in neg)
        langs = Counter(r["class"].rsplit("-", 1)[1] for r in ROWS)
        print("texts", len(ROWS), "positive", len(pos), "(%.1f%%)" % (100.0 * len(pos) / len(ROWS)), "negative", len(neg))
        print("spans", sum(types.values()), "multi-span texts", sum(1 for r in pos if len(r["spans"]) > 1))
        print("span types", len(types), "negative classes", len(ncls), "languages", len(langs))
        if "--tables" in sys.argv:
            print("\n| type | spans |\n|---|---|")
            for t in sorted(types):
                print("| %s | %d |" % (t, types[t]))
            print("\n| class | texts |\n|---|---|")
            for c in sorted(ncls):
                print("| %s | %d |" % (c, ncls[c]))
            print("\nlanguages:", ", ".join("%s %d" % kv for kv in langs.most_common()))


if __name__ == "__main__":
    main()
