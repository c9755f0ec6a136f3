#!/usr/bin/env python3
"""Generate the v12 BLIND held-out evaluation set for the secret / personal-data masker.

Standalone, Python 3 stdlib only, deterministic (random.Random(1212)).
Carriers are hand-written; values are generated and format-correct (real check digits).
No value here is a real secret: every token is random text in the vendor's public format.

    python3 generate_heldout_v12.py            # writes heldout_v12.jsonl next to this file
    python3 generate_heldout_v12.py --stats    # also prints counts
"""
import base64
import collections
import datetime
import json
import os
import re
import string
import sys
import zlib

import random

R = random.Random(1212)

DIG = string.digits
UPP = string.ascii_uppercase
LOW = string.ascii_lowercase
AN = UPP + LOW + DIG
HEXL = "0123456789abcdef"
HEXU = HEXL.upper()
B64 = AN + "+/"
B64U = AN + "-_"
B62 = DIG + UPP + LOW
UPAN = UPP + DIG
LOWAN = LOW + DIG


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(n):
    return base64.b64encode(rbytes(n)).decode()


def b64u_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def ruuid():
    h = rs(HEXL, 32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def rdate(y0=1950, y1=2004):
    a = datetime.date(y0, 1, 1).toordinal()
    b = datetime.date(y1, 12, 28).toordinal()
    return datetime.date.fromordinal(R.randint(a, b))


def pattern(p):
    """D digit, N non-zero digit, anything else literal."""
    out = []
    for ch in p:
        if ch == "D":
            out.append(R.choice(DIG))
        elif ch == "N":
            out.append(R.choice("123456789"))
        else:
            out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------- checksums
def luhn_digit(partial):
    s = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


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


def base62(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def github_token(prefix):
    body = rs(AN, 30)
    return prefix + body + base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
      [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
      [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
      [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VD[c][VP[(i + 1) % 8][int(ch)]]
    return str(VINV[c])


# ---------------------------------------------------------------- national ids
def us_ssn(sep="-"):
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    return "%03d%s%02d%s%04d" % (a, sep, R.randint(1, 99), sep, R.randint(1, 9999))


def uk_nino(spaced=True):
    bad = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
    while True:
        p = R.choice("ABCEGHJKLMNOPRSTWXYZ") + R.choice("ABCEGHJKLMNPRSTWXYZ")
        if p not in bad:
            break
    d = rs(DIG, 6)
    s = R.choice("ABCD")
    if spaced:
        return "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], s)
    return p + d + s


def de_steuer_id():
    while True:
        digs = R.sample(range(10), 9)
        dup = R.choice(digs)
        seq = digs + [dup]
        R.shuffle(seq)
        if seq[0] == 0:
            continue
        product = 10
        for d in seq:
            s = (d + product) % 10
            if s == 0:
                s = 10
            product = (s * 2) % 11
        chk = 11 - product
        if chk == 10:
            chk = 0
        n = "".join(map(str, seq)) + str(chk)
        return n


def fr_nir():
    sex = R.choice("12")
    d = rdate(1950, 2003)
    dept = "%02d" % R.choice([x for x in range(1, 96) if x != 20])
    base = "%s%02d%02d%s%03d%03d" % (sex, d.year % 100, d.month, dept, R.randint(1, 990), R.randint(1, 999))
    key = 97 - int(base) % 97
    return "%s %s %s %s %s %s %02d" % (base[0], base[1:3], base[3:5], base[5:7], base[7:10], base[10:13], key)


DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni():
    n = R.randint(10000000, 79999999)
    return "%08d%s" % (n, DNI_L[n % 23])


def es_nie():
    p = R.choice("XYZ")
    n = R.randint(1000000, 9999999)
    return "%s%07d%s" % (p, n, DNI_L[int(str("XYZ".index(p)) + "%07d" % n) % 23])


CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                   12, 14, 16, 10, 22, 25, 24, 23]))


def cf_even(c):
    return int(c) if c.isdigit() else ord(c) - 65


def it_cf():
    cons = "BCDFGHJKLMNPQRSTVWXZ"
    d = rdate(1950, 2003)
    day = d.day + (40 if R.random() < 0.5 else 0)
    s = rs(cons, 3) + rs(cons, 3) + "%02d" % (d.year % 100) + "ABCDEHLMPRST"[d.month - 1] + "%02d" % day
    s += R.choice(["H501", "F205", "L219", "A944", "G273", "D612", "F839", "L736"])
    tot = sum(CF_ODD[c] if i % 2 == 0 else cf_even(c) for i, c in enumerate(s))
    return s + chr(65 + tot % 26)


def nl_bsn():
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8))
        c = s % 11
        if c < 10:
            return "".join(map(str, d)) + str(c)


def br_cpf():
    while True:
        d = [R.randint(0, 9) for _ in range(9)]
        if len(set(d)) > 1:
            break
    d1 = (sum(d[i] * (10 - i) for i in range(9)) * 10 % 11) % 10
    d2 = (sum((d + [d1])[i] * (11 - i) for i in range(10)) * 10 % 11) % 10
    s = "".join(map(str, d + [d1, d2]))
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])


def in_aadhaar():
    n = str(R.randint(2, 9)) + rs(DIG, 10)
    n += verhoeff_digit(n)
    return "%s %s %s" % (n[:4], n[4:8], n[8:])


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cn_id():
    region = R.choice(["110105", "310115", "440305", "510107", "330106", "420106", "320102", "610113"])
    d = rdate(1960, 2004)
    s = region + d.strftime("%Y%m%d") + "%03d" % R.randint(1, 999)
    return s + "10X98765432"[sum(int(c) * w for c, w in zip(s, CN_W)) % 11]


def kr_rrn():
    d = rdate(1960, 2004)
    g = R.choice("12") if d.year < 2000 else R.choice("34")
    s = d.strftime("%y%m%d") + g + rs(DIG, 5)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(s, w)) % 11) % 10
    return s[:6] + "-" + s[6:] + str(c)


def se_pnr():
    d = rdate(1950, 2004)
    s = d.strftime("%y%m%d") + rs(DIG, 3)
    return s[:6] + "-" + s[6:] + luhn_digit(s)


def pl_pesel():
    d = rdate(1950, 2006)
    m = d.month + (20 if d.year >= 2000 else 0)
    s = "%02d%02d%02d" % (d.year % 100, m, d.day) + rs(DIG, 4)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return s + str((10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10)


def fi_hetu():
    d = rdate(1950, 2006)
    sep = "-" if d.year < 2000 else "A"
    nnn = "%03d" % R.randint(2, 899)
    core = d.strftime("%d%m%y") + nnn
    return d.strftime("%d%m%y") + sep + nnn + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(core) % 31]


def no_fnr():
    while True:
        d = rdate(1950, 1999)
        s = [int(c) for c in d.strftime("%d%m%y") + "%03d" % R.randint(0, 499)]
        k1 = 11 - sum(a * b for a, b in zip(s, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        k2 = 11 - sum(a * b for a, b in zip(s + [k1], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return "".join(map(str, s)) + str(k1) + str(k2)


def be_nn():
    d = rdate(1950, 2005)
    base = d.strftime("%y%m%d") + "%03d" % R.randint(1, 997)
    n = int(("2" + base) if d.year >= 2000 else base)
    c = 97 - n % 97
    return "%s.%s.%s-%s.%02d" % (base[:2], base[2:4], base[4:6], base[6:9], c)


def ca_sin():
    s = R.choice("1234567") + rs(DIG, 7)
    s += luhn_digit(s)
    return "%s %s %s" % (s[:3], s[3:6], s[6:])


def au_tfn():
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(7)]
        s8 = sum(a * b for a, b in zip(d, w))
        c = s8 % 11
        if c < 10:
            s = "".join(map(str, d + [c]))
            return "%s %s %s" % (s[:3], s[3:6], s[6:])


def tr_tc():
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return "".join(map(str, d + [d10, d11]))


def za_id():
    d = rdate(1950, 2004)
    s = d.strftime("%y%m%d") + "%04d" % R.randint(0, 9999) + R.choice("01") + "8"
    return s + luhn_digit(s)


def il_tz():
    s = rs(DIG, 8)
    return s + luhn_digit(s)


def cl_rut():
    body = R.randint(8000000, 25999999)
    s = 0
    for i, ch in enumerate(reversed(str(body))):
        s += int(ch) * [2, 3, 4, 5, 6, 7][i % 6]
    r = 11 - s % 11
    dv = "0" if r == 11 else ("K" if r == 10 else str(r))
    b = "{:,}".format(body).replace(",", ".")
    return b + "-" + dv


def pt_nif():
    while True:
        s = R.choice("12") + rs(DIG, 7)
        c = 11 - sum(int(a) * b for a, b in zip(s, range(9, 1, -1))) % 11
        c = 0 if c >= 10 else c
        return s + str(c)


def jp_mynumber():
    s = rs(DIG, 11)
    tot = 0
    for n in range(1, 12):
        p = int(s[11 - n])
        q = n + 1 if n <= 6 else n - 5
        tot += p * q
    r = tot % 11
    c = 0 if r <= 1 else 11 - r
    s += str(c)
    return "%s %s %s" % (s[:4], s[4:8], s[8:])


def sg_nric():
    p = R.choice("ST")
    d = rs(DIG, 7)
    s = sum(int(a) * b for a, b in zip(d, [2, 7, 6, 5, 4, 3, 2])) + (4 if p == "T" else 0)
    return p + d + "JZIHGFEDCBA"[s % 11]


# ---------------------------------------------------------------- cards / iban
CARD_BRANDS = [
    ("visa", lambda: "4" + rs(DIG, 14), 16, (4, 4, 4, 4)),
    ("mastercard", lambda: str(R.randint(51, 55)) + rs(DIG, 13), 16, (4, 4, 4, 4)),
    ("mastercard2", lambda: str(R.randint(2221, 2720)) + rs(DIG, 11), 16, (4, 4, 4, 4)),
    ("amex", lambda: R.choice(["34", "37"]) + rs(DIG, 12), 15, (4, 6, 5)),
    ("discover", lambda: "6011" + rs(DIG, 11), 16, (4, 4, 4, 4)),
    ("jcb", lambda: str(R.randint(3528, 3589)) + rs(DIG, 11), 16, (4, 4, 4, 4)),
    ("diners", lambda: "36" + rs(DIG, 11), 14, (4, 6, 4)),
    ("unionpay", lambda: "62" + rs(DIG, 14), 17, (4, 4, 4, 5)),
    ("unionpay19", lambda: "62" + rs(DIG, 16), 19, (6, 13)),
    ("maestro", lambda: R.choice(["6759", "5018", "6304"]) + rs(DIG, 10), 15, (4, 4, 4, 3)),
    ("mir", lambda: "220" + str(R.randint(0, 4)) + rs(DIG, 11), 16, (4, 4, 4, 4)),
    ("visa13", lambda: "4" + rs(DIG, 11), 13, (4, 4, 5)),
]


def card(brand_idx=None, sep=None):
    name, g, ln, grp = CARD_BRANDS[brand_idx if brand_idx is not None else R.randrange(len(CARD_BRANDS))]
    p = g()
    num = p + luhn_digit(p)
    assert len(num) == ln, (name, num)
    if sep is None:
        sep = R.choice([" ", "-", "", " "])
    if sep == "":
        return num, name
    out, i = [], 0
    for gl in grp:
        out.append(num[i:i + gl])
        i += gl
    return sep.join(out), name


def bban(p):
    """spec like '8n10n' ; n digit, a upper letter, c upper alnum"""
    out = ""
    for cnt, kind in re.findall(r"(\d+)([nac])", p):
        alpha = {"n": DIG, "a": UPP, "c": UPAN}[kind]
        out += rs(alpha, int(cnt))
    return out


def iban(cc, spec, grouped):
    b = bban(spec)
    s = cc + iban_check(cc, b) + b
    if grouped:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


# ---------------------------------------------------------------- vendor token generators
def mapbox_sk():
    u = rs(LOW, R.randint(5, 10))
    a = "cl" + rs(LOWAN, 23)
    mid = b64u_nopad(json.dumps({"u": u, "a": a}, separators=(",", ":")).encode())
    return "sk." + mid + "." + rs(B64U, 22)


def discord_bot():
    sf = str(R.randint(800000000000000000, 1300000000000000000))
    return b64u_nopad(sf.encode()) + "." + rs(B64U, 6) + "." + rs(B64U, 38)


def openai_key(prefix):
    return prefix + rs(B64U, 74) + "T3BlbkFJ" + rs(B64U, 74)


def gitlab_routable():
    return "glpat-" + rs(B64U, 27) + ".01." + rs(LOWAN, 9)


def pem(kind, lines, start):
    body = start + rs(B64, 64 * lines - len(start))
    ls = [body[i:i + 64] for i in range(0, len(body), 64)]
    ls.append(rs(B64, R.randint(20, 60)) + "==")
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(ls), kind)


def pgp_private():
    ls = ["lQdGBG" + rs(B64, 58)] + [rs(B64, 64) for _ in range(R.randint(8, 12))] + [rs(B64, 40), "=" + rs(B64, 4)]
    return "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n%s\n-----END PGP PRIVATE KEY BLOCK-----" % "\n".join(ls)


def jwt(payload, alg="HS256", signed=True):
    h = b64u_nopad(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u_nopad(json.dumps(payload, separators=(",", ":")).encode())
    if not signed:
        return h + "." + p + "."
    sig = rs(B64U, 43 if alg.startswith("HS") else 342)
    return h + "." + p + "." + sig


def jwt_payload():
    iat = R.randint(1767225600, 1790000000)
    opts = [
        {"sub": str(R.randint(10000, 99999)), "name": R.choice(["Ana", "Lukas", "Mei", "Omar"]), "iat": iat, "exp": iat + 3600},
        {"iss": "https://auth.acme-internal.net/", "sub": "auth0|" + rs(HEXL, 24), "aud": "orders-api", "iat": iat, "exp": iat + 86400, "scope": "read:orders write:orders"},
        {"role": "service_role", "iss": "supabase", "ref": rs(LOW, 20), "iat": iat, "exp": iat + 315360000},
        {"uid": ruuid(), "tenant": "t-" + rs(LOWAN, 6), "roles": ["admin"], "iat": iat},
    ]
    return R.choice(opts)


def sas_sig():
    return base64.b64encode(rbytes(32)).decode().replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")


def oracle_tok():
    return rs(AN + "()[]<>;:_.#+-", 20)


def human_password():
    style = R.randrange(6)
    if style == 0:
        return rs(AN + "!#%&*+-=?@^_~", R.randint(14, 22))
    if style == 1:
        w = ["correct", "horse", "staple", "Bergwerk", "lune", "cielo", "kwiat", "tundra", "mango", "Fjord", "nebula", "pinto"]
        return R.choice(["-", " ", "."]).join(R.sample(w, 4)) + str(R.randint(10, 99))
    if style == 2:
        return R.choice(["Sommer", "Winter", "Primavera", "Herbst", "Zima", "Natale", "Ramadan", "Tet"]) + str(R.randint(2019, 2026)) + R.choice("!?#$%")
    if style == 3:
        return rs(AN, 6) + R.choice(["'", "\\", "$", ";", "`", "&"]) + rs(AN, 5) + R.choice("!%)") + rs(DIG, 3)
    if style == 4:
        return R.choice(["Pässwört", "Contraseña", "Mot2Passe", "Hasło", "Lösen", "Şifre"]) + "_" + rs(AN, 5) + "#" + rs(DIG, 2)
    return rs(AN, 4) + " " + rs(AN, 5) + " " + rs(AN + "!?", 4)


def url_password():
    # percent-encoded special chars as they appear inside URLs
    parts = [rs(AN, R.randint(4, 8)), R.choice(["%40", "%21", "%23", "%2F", "%3A", "%25", "%26"]), rs(AN, R.randint(4, 8))]
    if R.random() < 0.5:
        parts.append(R.choice(["%24", "%3F", "%2B"]) + rs(DIG, 2))
    return "".join(parts)


def flag_password():
    return rs(AN, 8) + R.choice(["!", "#", "%", "^", "*", "@", "$"]) + rs(AN, 6)


VENDORS = [
    # type, label, env var, generator, count, own frames
    dict(t="aws_session_token", label="AWS STS", env="AWS_SESSION_TOKEN", g=lambda: "IQoJb3JpZ2luX2VjE" + rs(B64, 340) + "==", n=1),
    dict(t="gcp_api_key", label="Google Maps", env="GOOGLE_MAPS_API_KEY", g=lambda: "AIza" + rs(B64U, 35), n=2),
    dict(t="gcp_oauth_client_secret", label="Google OAuth", env="GOOGLE_CLIENT_SECRET", g=lambda: "GOCSPX-" + rs(B64U, 28), n=1),
    dict(t="google_oauth_access_token", label="Google", env="GOOGLE_ACCESS_TOKEN", g=lambda: "ya29.a0" + rs(B64U, 150), n=1),
    dict(t="google_oauth_refresh_token", label="Google Drive", env="GDRIVE_REFRESH_TOKEN", g=lambda: "1//0" + rs(B64U, 2) + "C" + rs(B64U, 96), n=1),
    dict(t="azure_client_secret", label="Entra ID app", env="AZURE_CLIENT_SECRET", g=lambda: rs(AN, 3) + R.choice(DIG) + "Q~" + rs(AN + "_.~-", 34), n=2),
    dict(t="azure_devops_pat", label="Azure DevOps", env="AZURE_DEVOPS_EXT_PAT", g=lambda: rs("abcdefghijklmnopqrstuvwxyz234567", 52), n=1),
    dict(t="azure_openai_key", label="Azure OpenAI", env="AZURE_OPENAI_API_KEY", g=lambda: rs(HEXL, 32), n=1),
    dict(t="digitalocean_pat", label="DigitalOcean", env="DIGITALOCEAN_ACCESS_TOKEN", g=lambda: "dop_v1_" + rs(HEXL, 64), n=2),
    dict(t="digitalocean_oauth_token", label="DigitalOcean OAuth", env="DO_OAUTH_TOKEN", g=lambda: "doo_v1_" + rs(HEXL, 64), n=1),
    dict(t="ibm_cloud_api_key", label="IBM Cloud", env="IBMCLOUD_API_KEY", g=lambda: rs(B64U, 44), n=1),
    dict(t="oracle_oci_auth_token", label="Oracle OCI", env="OCI_AUTH_TOKEN", g=oracle_tok, n=1),
    dict(t="tencent_secret_key", label="Tencent Cloud", env="TENCENTCLOUD_SECRET_KEY", g=lambda: rs(AN, 32), n=1),
    dict(t="yandex_cloud_api_key", label="Yandex Cloud", env="YC_API_KEY", g=lambda: "AQVN" + rs(B64U, 36), n=1),
    dict(t="github_pat_classic", label="GitHub", env="GITHUB_TOKEN", g=lambda: github_token("ghp_"), n=3),
    dict(t="github_pat_fine_grained", label="GitHub fine-grained", env="GH_TOKEN", g=lambda: "github_pat_11" + rs(UPAN, 20) + "_" + rs(AN, 59), n=2),
    dict(t="github_oauth_token", label="GitHub OAuth", env="GITHUB_OAUTH_TOKEN", g=lambda: github_token("gho_"), n=1),
    dict(t="github_user_to_server_token", label="GitHub App (user)", env="GH_APP_USER_TOKEN", g=lambda: github_token("ghu_"), n=1),
    dict(t="github_app_installation_token", label="GitHub App", env="GITHUB_APP_TOKEN", g=lambda: github_token("ghs_"), n=2),
    dict(t="github_refresh_token", label="GitHub App refresh", env="GH_REFRESH_TOKEN", g=lambda: "ghr_" + rs(AN, 76), n=1),
    dict(t="gitlab_pat", label="GitLab", env="GITLAB_TOKEN", g=lambda: "glpat-" + rs(B64U, 20), n=2),
    dict(t="gitlab_pat_routable", label="GitLab", env="GL_TOKEN", g=gitlab_routable, n=1),
    dict(t="gitlab_pipeline_trigger_token", label="GitLab trigger", env="TRIGGER_TOKEN", g=lambda: "glptt-" + rs(HEXL, 40), n=1),
    dict(t="gitlab_deploy_token", label="GitLab deploy", env="CI_DEPLOY_PASSWORD", g=lambda: "gldt-" + rs(B64U, 20), n=1),
    dict(t="gitlab_runner_token", label="GitLab runner", env="RUNNER_TOKEN", g=lambda: "glrt-" + rs(B64U, 20), n=1),
    dict(t="gitlab_oauth_app_secret", label="GitLab OAuth app", env="GITLAB_APP_SECRET", g=lambda: "gloas-" + rs(HEXL, 64), n=1),
    dict(t="bitbucket_app_password", label="Bitbucket", env="BITBUCKET_APP_PASSWORD", g=lambda: "ATBB" + rs(AN, 32), n=1),
    dict(t="atlassian_api_token", label="Jira Cloud", env="JIRA_API_TOKEN", g=lambda: "ATATT3xFfGF0" + rs(B64U, 170) + "=" + rs(HEXU, 8), n=2),
    dict(t="npm_token", label="npm", env="NPM_TOKEN", g=lambda: "npm_" + rs(AN, 36), n=2, frames=[
        ("en", "//registry.npmjs.org/:_authToken=«v»\nalways-auth=true"),
        ("en", "# .npmrc in the repo root (oops)\n@acme:registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=«v»")]),
    dict(t="pypi_token", label="PyPI", env="TWINE_PASSWORD", g=lambda: "pypi-AgEIcHlwaS5vcmc" + rs(B64U, 150), n=2, frames=[
        ("en", "[pypi]\n  username = __token__\n  password = «v»")]),
    dict(t="dockerhub_pat", label="Docker Hub", env="DOCKERHUB_TOKEN", g=lambda: "dckr_pat_" + rs(B64U, 27), n=2),
    dict(t="jfrog_api_key", label="Artifactory", env="ARTIFACTORY_API_KEY", g=lambda: "AKCp8" + rs(AN, 68), n=1),
    dict(t="terraform_cloud_token", label="Terraform Cloud", env="TFE_TOKEN", g=lambda: rs(AN, 14) + ".atlasv1." + rs(AN, 67), n=1, frames=[
        ("en", "credentials \"app.terraform.io\" {\n  token = \"«v»\"\n}")]),
    dict(t="vault_service_token", label="Vault", env="VAULT_TOKEN", g=lambda: "hvs.CAESI" + rs(B64U, 86), n=2),
    dict(t="vault_batch_token", label="Vault batch", env="VAULT_BATCH_TOKEN", g=lambda: "hvb.AAAAAQ" + rs(B64U, 128), n=1),
    dict(t="doppler_token", label="Doppler", env="DOPPLER_TOKEN", g=lambda: "dp.st.prd." + rs(AN, 40), n=1),
    dict(t="pulumi_access_token", label="Pulumi", env="PULUMI_ACCESS_TOKEN", g=lambda: "pul-" + rs(HEXL, 40), n=1),
    dict(t="hcp_client_secret", label="HashiCorp Cloud Platform", env="HCP_CLIENT_SECRET", g=lambda: rs(B64U, 64), n=1),
    dict(t="slack_bot_token", label="Slack bot", env="SLACK_BOT_TOKEN", g=lambda: "xoxb-" + rs(DIG, 12) + "-" + rs(DIG, 13) + "-" + rs(AN, 24), n=2),
    dict(t="slack_user_token", label="Slack", env="SLACK_USER_TOKEN", g=lambda: "xoxp-" + rs(DIG, 12) + "-" + rs(DIG, 12) + "-" + rs(DIG, 13) + "-" + rs(HEXL, 32), n=1),
    dict(t="slack_app_token", label="Slack Socket Mode", env="SLACK_APP_TOKEN", g=lambda: "xapp-1-A" + rs(UPAN, 10) + "-" + rs(DIG, 13) + "-" + rs(HEXL, 64), n=1),
    dict(t="slack_webhook_url", label="Slack", env="SLACK_WEBHOOK_URL", g=lambda: "https://hooks.slack.com/services/T" + rs(UPAN, 10) + "/B" + rs(UPAN, 10) + "/" + rs(AN, 24), n=2, frames=[
        ("en", "alertmanager.yml:\n  slack_configs:\n    - api_url: «v»\n      channel: '#oncall'"),
        ("de", "Der Webhook für #deploys ist «v» – bitte nicht ins Wiki kopieren.")]),
    dict(t="stripe_secret_key", label="Stripe", env="STRIPE_SECRET_KEY", g=lambda: "sk_live_51" + rs(AN, 97), n=2),
    dict(t="stripe_restricted_key", label="Stripe restricted", env="STRIPE_RK", g=lambda: "rk_live_51" + rs(AN, 97), n=1),
    dict(t="stripe_webhook_secret", label="Stripe webhook", env="STRIPE_WEBHOOK_SECRET", g=lambda: "whsec_" + rs(AN, 32), n=2),
    dict(t="twilio_api_key", label="Twilio", env="TWILIO_API_KEY", g=lambda: "SK" + rs(HEXL, 32), n=1),
    dict(t="twilio_auth_token", label="Twilio auth", env="TWILIO_AUTH_TOKEN", g=lambda: rs(HEXL, 32), n=1),
    dict(t="sendgrid_api_key", label="SendGrid", env="SENDGRID_API_KEY", g=lambda: "SG." + rs(B64U, 22) + "." + rs(B64U, 43), n=2),
    dict(t="mailgun_api_key", label="Mailgun", env="MAILGUN_API_KEY", g=lambda: "key-" + rs(HEXL, 32), n=1),
    dict(t="mailchimp_api_key", label="Mailchimp", env="MAILCHIMP_API_KEY", g=lambda: rs(HEXL, 32) + "-us" + str(R.randint(1, 21)), n=1),
    dict(t="mailersend_token", label="MailerSend", env="MAILERSEND_API_KEY", g=lambda: "mlsn." + rs(HEXL, 64), n=1),
    dict(t="resend_api_key", label="Resend", env="RESEND_API_KEY", g=lambda: "re_" + rs(AN, 8) + "_" + rs(AN, 24), n=1),
    dict(t="shopify_access_token", label="Shopify Admin API", env="SHOPIFY_ACCESS_TOKEN", g=lambda: "shpat_" + rs(HEXL, 32), n=2),
    dict(t="shopify_shared_secret", label="Shopify app", env="SHOPIFY_API_SECRET", g=lambda: "shpss_" + rs(HEXL, 32), n=1),
    dict(t="shopify_custom_app_token", label="Shopify custom app", env="SHOPIFY_CUSTOM_TOKEN", g=lambda: "shpca_" + rs(HEXL, 32), n=1),
    dict(t="square_access_token", label="Square", env="SQUARE_ACCESS_TOKEN", g=lambda: "EAAA" + rs(B64U, 60), n=1),
    dict(t="square_oauth_secret", label="Square OAuth", env="SQUARE_APP_SECRET", g=lambda: "sq0csp-" + rs(B64U, 43), n=1),
    dict(t="braintree_access_token", label="Braintree", env="BRAINTREE_ACCESS_TOKEN", g=lambda: "access_token$production$" + rs(LOWAN, 16) + "$" + rs(HEXL, 32), n=1),
    dict(t="paypal_client_secret", label="PayPal", env="PAYPAL_CLIENT_SECRET", g=lambda: "E" + rs(B64U, 79), n=1),
    dict(t="razorpay_key_secret", label="Razorpay", env="RAZORPAY_KEY_SECRET", g=lambda: rs(AN, 24), n=1),
    dict(t="flutterwave_secret_key", label="Flutterwave", env="FLW_SECRET_KEY", g=lambda: "FLWSECK-" + rs(HEXL, 32) + "-X", n=1),
    dict(t="plaid_access_token", label="Plaid", env="PLAID_ACCESS_TOKEN", g=lambda: "access-production-" + ruuid(), n=1),
    dict(t="duffel_token", label="Duffel", env="DUFFEL_ACCESS_TOKEN", g=lambda: "duffel_live_" + rs(B64U, 43), n=1),
    dict(t="shippo_token", label="Shippo", env="SHIPPO_API_TOKEN", g=lambda: "shippo_live_" + rs(HEXL, 40), n=1),
    dict(t="easypost_api_key", label="EasyPost", env="EASYPOST_API_KEY", g=lambda: "EZAK" + rs(HEXL, 54), n=1),
    dict(t="linear_api_key", label="Linear", env="LINEAR_API_KEY", g=lambda: "lin_api_" + rs(AN, 40), n=1),
    dict(t="notion_token", label="Notion", env="NOTION_TOKEN", g=lambda: "ntn_" + rs(DIG, 11) + rs(AN, 35), n=2),
    dict(t="airtable_pat", label="Airtable", env="AIRTABLE_TOKEN", g=lambda: "pat" + rs(AN, 14) + "." + rs(HEXL, 64), n=1),
    dict(t="asana_pat", label="Asana", env="ASANA_PAT", g=lambda: "2/" + rs(DIG, 16) + "/" + rs(DIG, 16) + ":" + rs(HEXL, 32), n=1),
    dict(t="figma_pat", label="Figma", env="FIGMA_TOKEN", g=lambda: "figd_" + rs(B64U, 40), n=1),
    dict(t="postman_api_key", label="Postman", env="POSTMAN_API_KEY", g=lambda: "PMAK-" + rs(HEXL, 24) + "-" + rs(HEXL, 34), n=1),
    dict(t="contentful_pat", label="Contentful", env="CONTENTFUL_MANAGEMENT_TOKEN", g=lambda: "CFPAT-" + rs(B64U, 43), n=1),
    dict(t="typeform_token", label="Typeform", env="TYPEFORM_TOKEN", g=lambda: "tfp_" + rs(AN, 44) + "_" + rs(AN, 14), n=1),
    dict(t="hubspot_private_app_token", label="HubSpot", env="HUBSPOT_ACCESS_TOKEN", g=lambda: "pat-eu1-" + ruuid(), n=1),
    dict(t="intercom_access_token", label="Intercom", env="INTERCOM_TOKEN", g=lambda: base64.b64encode(("tok:" + ruuid().replace("-", "_") + ":1:0").encode()).decode(), n=1),
    dict(t="dropbox_access_token", label="Dropbox", env="DROPBOX_TOKEN", g=lambda: "sl.u." + rs(B64U, 135), n=1),
    dict(t="sentry_user_token", label="Sentry", env="SENTRY_AUTH_TOKEN", g=lambda: "sntryu_" + rs(HEXL, 64), n=1),
    dict(t="sentry_org_token", label="Sentry org", env="SENTRY_ORG_TOKEN", g=lambda: "sntrys_" + b64u_nopad(json.dumps({"iat": R.randint(1767225600, 1790000000), "url": "https://sentry.io", "region_url": "https://de.sentry.io", "org": "acme"}).encode()) + "_" + rs(B64U, 43), n=1),
    dict(t="datadog_api_key", label="Datadog", env="DD_API_KEY", g=lambda: rs(HEXL, 32), n=2),
    dict(t="datadog_app_key", label="Datadog application", env="DD_APP_KEY", g=lambda: rs(HEXL, 40), n=1),
    dict(t="newrelic_user_key", label="New Relic", env="NEW_RELIC_API_KEY", g=lambda: "NRAK-" + rs(UPAN, 27), n=1),
    dict(t="newrelic_license_key", label="New Relic license", env="NEW_RELIC_LICENSE_KEY", g=lambda: rs(HEXL, 36) + "NRAL", n=1),
    dict(t="grafana_cloud_token", label="Grafana Cloud", env="GRAFANA_CLOUD_TOKEN", g=lambda: "glc_" + b64u_nopad(json.dumps({"o": str(R.randint(100000, 999999)), "n": "stack-" + rs(DIG, 6) + "-hm-read", "k": rs(AN, 24), "m": {"r": "prod-eu-west-2"}}).encode()), n=1),
    dict(t="grafana_service_account_token", label="Grafana", env="GRAFANA_SA_TOKEN", g=lambda: "glsa_" + rs(AN, 32) + "_" + rs(HEXL, 8), n=1),
    dict(t="pagerduty_api_key", label="PagerDuty", env="PAGERDUTY_TOKEN", g=lambda: "u+" + rs(B64U, 18), n=1),
    dict(t="dynatrace_token", label="Dynatrace", env="DT_API_TOKEN", g=lambda: "dt0c01." + rs(UPAN, 24) + "." + rs(UPAN, 64), n=1),
    dict(t="sonarqube_token", label="SonarQube", env="SONAR_TOKEN", g=lambda: "squ_" + rs(HEXL, 40), n=1),
    dict(t="openai_api_key", label="OpenAI", env="OPENAI_API_KEY", g=lambda: openai_key("sk-proj-"), n=3),
    dict(t="openai_service_account_key", label="OpenAI service account", env="OPENAI_KEY", g=lambda: openai_key("sk-svcacct-"), n=1),
    dict(t="openai_admin_key", label="OpenAI admin", env="OPENAI_ADMIN_KEY", g=lambda: openai_key("sk-admin-"), n=1),
    dict(t="anthropic_api_key", label="Anthropic", env="ANTHROPIC_API_KEY", g=lambda: "sk-ant-api03-" + rs(B64U, 93) + "AA", n=3),
    dict(t="anthropic_admin_key", label="Anthropic admin", env="ANTHROPIC_ADMIN_KEY", g=lambda: "sk-ant-admin01-" + rs(B64U, 93) + "AA", n=1),
    dict(t="huggingface_token", label="Hugging Face", env="HF_TOKEN", g=lambda: "hf_" + rs(UPP + LOW, 34), n=2),
    dict(t="cohere_api_key", label="Cohere", env="CO_API_KEY", g=lambda: rs(AN, 40), n=1),
    dict(t="replicate_token", label="Replicate", env="REPLICATE_API_TOKEN", g=lambda: "r8_" + rs(AN, 37), n=1),
    dict(t="groq_api_key", label="Groq", env="GROQ_API_KEY", g=lambda: "gsk_" + rs(AN, 52), n=1),
    dict(t="xai_api_key", label="xAI", env="XAI_API_KEY", g=lambda: "xai-" + rs(AN, 80), n=1),
    dict(t="perplexity_api_key", label="Perplexity", env="PPLX_API_KEY", g=lambda: "pplx-" + rs(AN, 48), n=1),
    dict(t="openrouter_api_key", label="OpenRouter", env="OPENROUTER_API_KEY", g=lambda: "sk-or-v1-" + rs(HEXL, 64), n=1),
    dict(t="deepseek_api_key", label="DeepSeek", env="DEEPSEEK_API_KEY", g=lambda: "sk-" + rs(HEXL, 32), n=1),
    dict(t="mistral_api_key", label="Mistral", env="MISTRAL_API_KEY", g=lambda: rs(AN, 32), n=1),
    dict(t="pinecone_api_key", label="Pinecone", env="PINECONE_API_KEY", g=lambda: "pcsk_" + rs(AN, 5) + "_" + rs(AN, 63), n=1),
    dict(t="langsmith_api_key", label="LangSmith", env="LANGSMITH_API_KEY", g=lambda: "lsv2_pt_" + rs(HEXL, 32) + "_" + rs(HEXL, 10), n=1),
    dict(t="wandb_api_key", label="Weights & Biases", env="WANDB_API_KEY", g=lambda: rs(HEXL, 40), n=1),
    dict(t="telegram_bot_token", label="Telegram bot", env="TELEGRAM_BOT_TOKEN", g=lambda: str(R.randint(500000000, 7999999999)) + ":AA" + rs(B64U, 33), n=2),
    dict(t="discord_bot_token", label="Discord bot", env="DISCORD_TOKEN", g=discord_bot, n=2),
    dict(t="discord_webhook_url", label="Discord", env="DISCORD_WEBHOOK", g=lambda: "https://discord.com/api/webhooks/" + str(R.randint(1100000000000000000, 1399999999999999999)) + "/" + rs(B64U, 68), n=1, frames=[
        ("pt", "webhook do canal #alertas (não compartilhar): «v»")]),
    dict(t="okta_api_token", label="Okta", env="OKTA_API_TOKEN", g=lambda: "00" + rs(B64U, 40), n=1, frames=[
        ("en", "curl -X GET https://acme.okta.com/api/v1/users?limit=25 -H \"Authorization: SSWS «v»\"")]),
    dict(t="auth0_client_secret", label="Auth0", env="AUTH0_CLIENT_SECRET", g=lambda: rs(B64U, 64), n=1),
    dict(t="firebase_fcm_server_key", label="Firebase Cloud Messaging", env="FCM_SERVER_KEY", g=lambda: "AAAA" + rs(B64U, 7) + ":APA91b" + rs(B64U, 134), n=1),
    dict(t="supabase_secret_key", label="Supabase", env="SUPABASE_SECRET_KEY", g=lambda: "sb_secret_" + rs(B64U, 31), n=1),
    dict(t="supabase_access_token", label="Supabase CLI", env="SUPABASE_ACCESS_TOKEN", g=lambda: "sbp_" + rs(HEXL, 40), n=1),
    dict(t="vercel_token", label="Vercel", env="VERCEL_TOKEN", g=lambda: rs(AN, 24), n=1),
    dict(t="netlify_token", label="Netlify", env="NETLIFY_AUTH_TOKEN", g=lambda: "nfp_" + rs(AN, 36), n=1),
    dict(t="heroku_api_key", label="Heroku", env="HEROKU_API_KEY", g=lambda: "HRKU-AA" + rs(B64U, 58), n=1),
    dict(t="flyio_token", label="Fly.io", env="FLY_API_TOKEN", g=lambda: "fo1_" + rs(B64U, 43), n=1),
    dict(t="render_api_key", label="Render", env="RENDER_API_KEY", g=lambda: "rnd_" + rs(AN, 32), n=1),
    dict(t="planetscale_token", label="PlanetScale", env="PLANETSCALE_SERVICE_TOKEN", g=lambda: "pscale_tkn_" + rs(B64U, 43), n=1),
    dict(t="planetscale_password", label="PlanetScale branch", env="DATABASE_PASSWORD", g=lambda: "pscale_pw_" + rs(B64U, 43), n=1),
    dict(t="neon_api_key", label="Neon", env="NEON_API_KEY", g=lambda: "napi_" + rs(LOWAN, 64), n=1),
    dict(t="databricks_token", label="Databricks", env="DATABRICKS_TOKEN", g=lambda: "dapi" + rs(HEXL, 32), n=1),
    dict(t="cloudflare_api_token", label="Cloudflare", env="CLOUDFLARE_API_TOKEN", g=lambda: rs(B64U, 40), n=2),
    dict(t="cloudflare_global_api_key", label="Cloudflare global", env="CF_API_KEY", g=lambda: rs(HEXL, 37), n=1),
    dict(t="cloudflare_origin_ca_key", label="Cloudflare Origin CA", env="CF_ORIGIN_CA_KEY", g=lambda: "v1.0-" + rs(HEXL, 24) + "-" + rs(HEXL, 146), n=1),
    dict(t="fastly_api_token", label="Fastly", env="FASTLY_API_TOKEN", g=lambda: rs(B64U, 32), n=1, frames=[
        ("en", "curl -X POST https://api.fastly.com/service/SU1Z0isxPaozGVKXdv0eY/purge_all -H \"Fastly-Key: «v»\"")]),
    dict(t="mapbox_secret_token", label="Mapbox", env="MAPBOX_SECRET_TOKEN", g=mapbox_sk, n=1),
    dict(t="algolia_admin_key", label="Algolia admin", env="ALGOLIA_ADMIN_KEY", g=lambda: rs(HEXL, 32), n=1),
    dict(t="age_secret_key", label="age", env="SOPS_AGE_KEY", g=lambda: "AGE-SECRET-KEY-1" + rs("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58), n=2, frames=[
        ("en", "# created: 2026-02-11T08:41:09+01:00\n# public key: age1" + "«pub»" + "\n«v»")]),
    dict(t="sourcegraph_token", label="Sourcegraph", env="SRC_ACCESS_TOKEN", g=lambda: "sgp_" + rs(HEXL, 40), n=1),
    dict(t="buildkite_token", label="Buildkite", env="BUILDKITE_API_TOKEN", g=lambda: "bkua_" + rs(HEXL, 40), n=1),
    dict(t="circleci_pat", label="CircleCI", env="CIRCLECI_TOKEN", g=lambda: "CCIPAT_" + rs(AN, 22) + "_" + rs(HEXL, 40), n=1),
    dict(t="tailscale_auth_key", label="Tailscale", env="TS_AUTHKEY", g=lambda: "tskey-auth-k" + rs(AN, 10) + "CNTRL-" + rs(AN, 33), n=1),
    dict(t="harness_pat", label="Harness", env="HARNESS_API_KEY", g=lambda: "pat." + rs(B64U, 22) + "." + rs(HEXL, 24) + "." + rs(AN, 20), n=1),
    dict(t="infracost_api_key", label="Infracost", env="INFRACOST_API_KEY", g=lambda: "ico-" + rs(AN, 32), n=1),
    dict(t="prefect_api_key", label="Prefect Cloud", env="PREFECT_API_KEY", g=lambda: "pnu_" + rs(AN, 36), n=1),
    dict(t="readme_api_key", label="ReadMe", env="README_API_KEY", g=lambda: "rdme_" + rs(LOWAN, 70), n=1),
    dict(t="adafruit_io_key", label="Adafruit IO", env="ADAFRUIT_IO_KEY", g=lambda: "aio_" + rs(AN, 28), n=1),
    dict(t="frameio_token", label="Frame.io", env="FRAMEIO_TOKEN", g=lambda: "fio-u-" + rs(B64U, 64), n=1),
    dict(t="scalingo_token", label="Scalingo", env="SCALINGO_API_TOKEN", g=lambda: "tk-us-" + rs(B64U, 48), n=1),
    dict(t="launchdarkly_sdk_key", label="LaunchDarkly", env="LAUNCHDARKLY_SDK_KEY", g=lambda: "sdk-" + ruuid(), n=1),
    dict(t="cloudinary_url_secret", label="Cloudinary", env="CLOUDINARY_URL", g=lambda: rs(B64U, 27), n=1, frames=[
        ("en", "CLOUDINARY_URL=cloudinary://" + "«num»" + ":«v»@acme-media")]),
]

# placeholders that are filled with non-secret context (never spans)
EXTRA = {
    "pub": lambda: rs("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58),
    "num": lambda: rs(DIG, 15),
    "acct": lambda: "st" + rs(LOWAN, 10),
    "host": lambda: R.choice(["db-prod-2", "pg.internal", "10.20.3.14", "orders-db.eu-west-1.rds.amazonaws.com", "mysql-primary", "warehouse.lan"]),
    "user": lambda: R.choice(["app", "svc_orders", "etl_reader", "admin", "deploy", "grafana", "backup", "ci-bot"]),
    "ts": lambda: "2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999)),
    "rid": lambda: rs(HEXL, 16),
    "kid": lambda: rs(HEXL, 40),
    "port": lambda: str(R.choice([5432, 3306, 6379, 27017, 1433, 5672])),
}

# Generic carriers for vendor tokens: «label» vendor name, «env» variable name, «env_l» lower-case key, «v» value.
VENDOR_FRAMES = [
    ("en", "export «env»=«v»\n# rotated after the March incident, ask #platform before touching"),
    ("en", "«env»=«v»"),
    ("en", "env:\n  - name: «env»\n    value: \"«v»\"\n  - name: LOG_LEVEL\n    value: info"),
    ("en", "docker run --rm -e «env»=«v» -p 8080:8080 ghcr.io/acme/worker:2026.02"),
    ("en", "hey, the «label» key for staging is «v» - don't paste it in the public channel pls"),
    ("en", "[«ts»] DEBUG config loaded: «env_l»=«v» region=eu-central-1 pid=4412"),
    ("en", "Traceback (most recent call last):\n  File \"/srv/app/clients.py\", line 88, in connect\n    client = Client(api_key=\"«v»\")\nAuthenticationError: 401 from «label»"),
    ("en", "curl -sS https://api.acme-tools.dev/v2/ping -H \"Authorization: Bearer «v»\""),
    ("en", "{\n  \"provider\": \"«label»\",\n  \"«env_l»\": \"«v»\",\n  \"timeout_ms\": 5000\n}"),
    ("en", "«env_l» = \"«v»\"  # TODO move to vault"),
    ("en", "const client = new Client({ apiKey: '«v»', retries: 3 });"),
    ("en", "os.environ.setdefault(\"«env»\", \"«v»\")"),
    ("en", "Sure! Here's the fixed config. I kept your «label» credential («v») in place so the deploy keeps working."),
    ("en", "gh secret set «env» --body \"«v»\" --repo acme/infra"),
    ("en", "steps:\n  - run: ./scripts/release.sh\n    env:\n      «env»: «v»"),
    ("en", "kubectl create secret generic app-creds --from-literal=«env_l»=«v» -n prod"),
    ("en", "Your «label» integration fails because the header is missing. Send `X-Api-Key: «v»` and retry the request."),
    ("en", "> «label» token (expires in 90 days): «v»"),
    ("en", "ERROR 2026-01-07 11:02:13,551 worker.py:212 request rejected token=«v» status=403"),
    ("en", "| «label» | prod | «v» | owner: data-eng |"),
    ("en", "@@ -12,7 +12,7 @@ services:\n-      «env»: ${«env»}\n+      «env»: «v»"),
    ("en", "[«label»]\nenabled = true\nkey = «v»\nretries = 5"),
    ("en", "«env_l»: «v»  # prod, do not commit"),
    ("en", "$env:«env» = \"«v»\"; .\\deploy.ps1 -Stage prod"),
    ("en", "func newClient() *Client {\n\treturn &Client{Token: \"«v»\", BaseURL: baseURL}\n}"),
    ("en", "let client = Client::new(\"«v»\").with_timeout(Duration::from_secs(10));"),
    ("en", "private static final String «env» = \"«v»\";"),
    ("en", "var token = Environment.GetEnvironmentVariable(\"«env»\") ?? \"«v»\";"),
    ("en", "<add key=\"«env»\" value=\"«v»\" />"),
    ("en", "resource \"vault_generic_secret\" \"svc\" {\n  path = \"secret/svc\"\n  data_json = jsonencode({ «env_l» = \"«v»\" })\n}"),
    ("en", "In [7]: client = init(token=\"«v»\")\nIn [8]: client.whoami()"),
    ("en", "INSERT INTO integrations (name, secret) VALUES ('«label»', '«v»');"),
    ("en", "Jira comment by j.doe: reproduced with «env»=«v» on build 4711, closing as config issue."),
    ("en", "Quick one, which of these do I use for «label»? I have «v» from the dashboard."),
    ("en", "{\"level\":\"warn\",\"msg\":\"retrying\",\"«env_l»\":\"«v»\",\"attempt\":3}"),
    ("en", "print(f\"using key {'«v»'[:8]}...\")  # debug, remove before merge"),
    ("en", "ENV «env»=«v»\nRUN pip install -r requirements.txt"),
    ("en", "heroku config:set «env»=«v» -a acme-api-prod"),
    ("en", "fly secrets set «env»=«v» --app acme-edge"),
    ("en", "So the agent printed its environment and there it was: «env» set to «v». We revoked it an hour later."),
    ("en", "«label» credentials for the load test\nvalue: «v»\nscope: read-only (supposedly)"),
    ("de", "Hier der neue «label»-Schlüssel für die Staging-Umgebung: «v» – bitte nach dem Test sofort rotieren."),
    ("de", "Moin! Kannst du «v» als «env» im CI hinterlegen? Danke dir."),
    ("de", "Laut Protokoll wurde das Token «v» gestern um 14:03 Uhr für «label» erstellt."),
    ("fr", "Voici la clé «label» de production : «v». Merci de ne pas la partager."),
    ("fr", "J'ai mis «v» dans la variable «env», mais le déploiement échoue toujours."),
    ("fr", "Pour info, le jeton «label» («v») expire à la fin du mois."),
    ("es", "Te paso el token de «label»: «v» (solo para pruebas, no lo subas al repo)."),
    ("es", "La variable «env» tiene el valor «v» en el servidor de producción."),
    ("es", "¿Por qué falla? Configuré «v» como clave de «label» y sigue devolviendo 401."),
    ("it", "Ecco la chiave di «label» per l'ambiente di collaudo: «v»"),
    ("it", "Ho impostato «env» a «v» ma il servizio risponde ancora con errore."),
    ("pt", "Segue o token do «label»: «v». Apague esta mensagem depois de copiar."),
    ("pt", "Coloquei «v» no arquivo .env como «env» e funcionou."),
    ("nl", "De «label»-sleutel voor productie is «v», niet delen buiten het team."),
    ("nl", "Ik heb «env» op «v» gezet, maar de build faalt nog steeds."),
    ("pl", "Klucz «label» do środowiska testowego: «v» (usuń po użyciu)."),
    ("pl", "Ustawiłem «env»=«v» i dalej dostaję błąd 401."),
    ("sv", "Här är «label»-nyckeln för staging: «v». Rotera den efter testet."),
    ("tr", "«label» anahtarı: «v» — lütfen kimseyle paylaşma."),
    ("tr", "«env» değişkenini «v» olarak ayarladım ama hâlâ 403 alıyorum."),
    ("ru", "Вот токен «label» для стенда: «v». После проверки отзови его."),
    ("ru", "Я прописал «env»=«v» в конфиг, но сервис всё равно отвечает 401."),
    ("uk", "Ключ «label» для продакшну: «v», нікому не пересилай."),
    ("ja", "«label»のAPIキーは「«v»」です。検証が終わったら無効化してください。"),
    ("ja", "環境変数 «env» に «v» を設定したのに認証エラーになります。"),
    ("zh", "这是«label»的生产环境密钥：«v»，请勿外传。"),
    ("zh", "我把 «env» 设置成了 «v»，但是部署还是报 401 错误。"),
    ("ko", "«label» 토큰은 «v» 입니다. 테스트 끝나면 폐기해 주세요."),
    ("ko", "«env» 값을 «v» 로 넣었는데도 인증이 실패합니다."),
    ("ar", "هذا مفتاح «label» الخاص بالبيئة التجريبية: «v» يرجى عدم مشاركته."),
    ("hi", "«label» की API key यह है: «v» — कृपया इसे किसी के साथ साझा न करें।"),
    ("vi", "Khóa «label» cho môi trường thử nghiệm là «v», đừng chia sẻ nhé."),
    ("id", "Ini token «label» untuk staging: «v». Tolong jangan dibagikan."),
    ("cs", "Klíč «label» pro produkci je «v», prosím nesdílej ho."),
    ("el", "Το κλειδί «label» για το staging είναι «v», μην το μοιραστείς."),
    ("he", "המפתח של «label» לסביבת הבדיקות הוא «v» — לא לשתף."),
    ("fi", "«label»-avain testiympäristöön: «v». Poista viesti lukemisen jälkeen."),
    ("da", "Her er «label»-nøglen til test: «v» – slet beskeden bagefter."),
    ("no", "«env» er satt til «v» på byggserveren, men jobben feiler fortsatt."),
    ("hu", "A(z) «label» kulcs a teszteléshez: «v» – kérlek, ne oszd meg."),
    ("ro", "Cheia «label» pentru mediul de test este «v», nu o distribui."),
    ("th", "คีย์ «label» สำหรับทดสอบคือ «v» ห้ามแชร์ต่อนะครับ"),
    ("fa", "کلید «label» برای محیط تست: «v» لطفاً با کسی به اشتراک نگذارید."),
    ("sw", "Ufunguo wa «label» kwa majaribio ni «v» usiushiriki na mtu yeyote."),
]

# multi-span / special vendor carriers (written out individually)
def aws_id(prefix="AKIA"):
    return prefix + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def aws_secret():
    return rs(AN + "/+", 40)


SPECIAL_VENDOR = [
    # (lang, template, {placeholder: (type, generator)})
    ("en", "[default]\naws_access_key_id = «a»\naws_secret_access_key = «b»\nregion = eu-central-1",
     {"a": ("aws_access_key_id", aws_id), "b": ("aws_secret_access_key", aws_secret)}),
    ("en", "export AWS_ACCESS_KEY_ID=«a»\nexport AWS_SECRET_ACCESS_KEY=«b»\naws s3 ls s3://acme-backups/2026/",
     {"a": ("aws_access_key_id", aws_id), "b": ("aws_secret_access_key", aws_secret)}),
    ("en", "s3 = boto3.client(\"s3\", aws_access_key_id=\"«a»\", aws_secret_access_key=\"«b»\")",
     {"a": ("aws_access_key_id", aws_id), "b": ("aws_secret_access_key", aws_secret)}),
    ("de", "Die temporären Zugangsdaten aus dem Ticket: Key-ID «a», Secret «b» (gültig bis Freitag).",
     {"a": ("aws_access_key_id", lambda: aws_id("ASIA")), "b": ("aws_secret_access_key", aws_secret)}),
    ("en", "aws configure set aws_access_key_id «a» --profile legacy-ci",
     {"a": ("aws_access_key_id", aws_id)}),
    ("en", "DefaultEndpointsProtocol=https;AccountName=«acct»;AccountKey=«a»;EndpointSuffix=core.windows.net",
     {"a": ("azure_storage_account_key", lambda: b64(64))}),
    ("es", "La cadena de conexión del blob es DefaultEndpointsProtocol=https;AccountName=«acct»;AccountKey=«a»;EndpointSuffix=core.windows.net y la usa el job nocturno.",
     {"a": ("azure_storage_account_key", lambda: b64(64))}),
    ("en", "az storage blob upload --account-name «acct» --account-key «a» -c logs -f out.tar.gz",
     {"a": ("azure_storage_account_key", lambda: b64(64))}),
    ("en", "GET https://«acct».blob.core.windows.net/exports/q1.csv?sv=2024-11-04&ss=b&srt=o&sp=r&se=2026-04-30T18:00:00Z&spr=https&sig=«a»",
     {"a": ("azure_sas_signature", sas_sig)}),
    ("en", "alibaba:\n  access_key_id: «a»\n  access_key_secret: «b»\n  region: cn-hangzhou",
     {"a": ("alibaba_access_key_id", lambda: "LTAI5t" + rs(AN, 18)), "b": ("alibaba_access_key_secret", lambda: rs(AN, 30))}),
    ("zh", "阿里云 AccessKey ID：«a»，AccessKey Secret：«b»，用完请立即禁用。",
     {"a": ("alibaba_access_key_id", lambda: "LTAI5t" + rs(AN, 18)), "b": ("alibaba_access_key_secret", lambda: rs(AN, 30))}),
    ("en", "TENCENTCLOUD_SECRET_ID=«a»",
     {"a": ("tencent_secret_id", lambda: "AKID" + rs(AN, 32))}),
    ("en", "[DEFAULT]\nuser=ocid1.user.oc1..aaaaaaaa" + "«pub»" + "\nfingerprint=3f:1a:9c:22:0b:7e:55:d1:a8:40:6b:93:cc:e2:17:05\nkey_file=~/.oci/oci_api_key.pem\npass_phrase=«a»",
     {"a": ("oracle_oci_key_passphrase", human_password)}),
]


def basic_auth():
    u = R.choice(["admin", "jenkins", "svc-export", "grafana", "ops", "maria.k"])
    return base64.b64encode((u + ":" + flag_password()).encode()).decode()


def opaque_token():
    return rs(B64U, R.randint(36, 64))


def pk_rsa():
    return pem("RSA PRIVATE KEY", R.randint(8, 14), "MIIEow" + "IBAAKCAQEA")


def pk_pkcs8():
    return pem("PRIVATE KEY", R.randint(8, 14), "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC")


def pk_ec():
    return pem("EC PRIVATE KEY", 2, "MHcCAQEEI")


def pk_openssh():
    return pem("OPENSSH PRIVATE KEY", R.randint(5, 7), "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW")


def pk_encrypted():
    return pem("ENCRYPTED PRIVATE KEY", R.randint(8, 12), "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI")


def esc_nl(s):
    return s.replace("\n", "\\n")


def django_key():
    return "django-insecure-" + rs(LOWAN + "!@#$%^&*(-_=+)", 50)


P = ("password", human_password)
PF = ("password_cli_flag", flag_password)
PU = ("password_in_url", url_password)
PC = ("connection_string_password", flag_password)

GENERIC = [
    ("en", "DB_PASSWORD = \"«a»\"", {"a": P}),
    ("en", "DATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.postgresql',\n        'USER': 'shop',\n        'PASSWORD': \"«a»\",\n        'HOST': 'db',\n    }\n}", {"a": P}),
    ("en", "spring:\n  datasource:\n    url: jdbc:postgresql://pg:5432/billing\n    username: billing\n    password: '«a»'", {"a": P}),
    ("en", "spring.mail.host=smtp.office365.com\nspring.mail.username=noreply-bot\nspring.mail.password=«a»", {"a": P}),
    ("en", "POSTGRES_PASSWORD=\"«a»\"\nPOSTGRES_DB=analytics", {"a": P}),
    ("en", "[database]\nhost = \"db.lan\"\npassword = \"«a»\"\npool = 20", {"a": P}),
    ("en", "[mysql]\nuser = reporting\npassword = «a»\nport = 3306", {"a": P}),
    ("en", "<connectionStrings>\n  <add name=\"smtp\" user=\"relay\" password=\"«a»\" />\n</connectionStrings>", {"a": P}),
    ("en", "{\"smtp\": {\"host\": \"mail.acme.io\", \"user\": \"alerts\", \"password\": \"«a»\"}}", {"a": P}),
    ("en", "define('DB_PASSWORD', \"«a»\");\ndefine('DB_HOST', 'localhost');", {"a": P}),
    ("en", "config.action_mailer.smtp_settings = { user_name: 'mailer', password: \"«a»\", port: 587 }", {"a": P}),
    ("en", "cfg := &Config{User: \"svc\", Password: \"«a»\", Addr: \"10.0.0.5:3306\"}", {"a": P}),
    ("en", "services:\n  db:\n    image: mariadb:11\n    environment:\n      MARIADB_ROOT_PASSWORD: \"«a»\"", {"a": P}),
    ("en", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: redis-auth\nstringData:\n  redis-password: \"«a»\"", {"a": P}),
    ("en", "resource \"azurerm_windows_virtual_machine\" \"jump\" {\n  admin_username = \"azureops\"\n  admin_password = \"«a»\"\n}", {"a": P}),
    ("en", "ansible_user: deploy\nansible_become_pass: \"«a»\"", {"a": P}),
    ("en", "CREATE USER reporting WITH PASSWORD '«a»';", {"a": ("password", flag_password)}),
    ("en", "ALTER USER 'etl'@'%' IDENTIFIED BY \"«a»\";", {"a": P}),
    ("en", "$pw = ConvertTo-SecureString \"«a»\" -AsPlainText -Force", {"a": P}),
    ("en", "net user backupsvc «a» /add /y", {"a": ("password", flag_password)}),
    ("de", "Das WLAN-Passwort im Büro lautet «a» (Netz: ACME-Gast).", {"a": P}),
    ("fr", "Le mot de passe du compte admin est «a» — change-le à la première connexion.", {"a": P}),
    ("es", "Usuario: contabilidad / contraseña: «a»", {"a": P}),
    ("it", "La password del NAS è «a», non scriverla sul post-it.", {"a": P}),
    ("pt", "A senha do roteador é «a» e o usuário é admin.", {"a": P}),
    ("ja", "初期パスワードは «a» です。ログイン後に必ず変更してください。", {"a": P}),
    ("ru", "Логин: buh2, пароль: «a» — только для 1С.", {"a": P}),
    ("zh", "服务器 root 密码：«a»（别发到群里）", {"a": P}),
    ("pl", "Hasło do panelu: «a» – zmień je po pierwszym logowaniu.", {"a": P}),
    ("tr", "Sunucunun şifresi «a», kimseye verme.", {"a": P}),
    ("ko", "관리자 비밀번호는 «a» 입니다.", {"a": P}),
    ("nl", "Het wachtwoord voor de testomgeving is «a».", {"a": P}),
    ("sv", "Lösenordet till routern är «a» – byt det snart.", {"a": P}),
    ("en", "mysql -u root -p'«a»' -h db.internal billing < dump.sql", {"a": PF}),
    ("en", "sshpass -p '«a»' ssh -o StrictHostKeyChecking=no deploy@10.0.4.12", {"a": PF}),
    ("en", "redis-cli -h cache.internal -a «a» --no-auth-warning INFO keyspace", {"a": PF}),
    ("en", "echo building... && docker login registry.acme.io -u ci -p «a»", {"a": PF}),
    ("en", "mongosh \"mongodb://db:27017\" --username admin --password '«a»' --authenticationDatabase admin", {"a": PF}),
    ("en", "openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:«a»", {"a": PF}),
    ("en", "curl -u ci-bot:«a» https://nexus.acme.io/repository/raw/releases/app.tgz -O", {"a": PF}),
    ("en", "ldapsearch -x -H ldaps://dc1.corp.local -D \"cn=svc-ldap,ou=svc,dc=corp,dc=local\" -w «a» \"(uid=jdoe)\"", {"a": PF}),
    ("en", "keytool -importcert -keystore truststore.jks -storepass «a» -file ca.crt", {"a": PF}),
    ("en", "DATABASE_URL=postgres://app:«a»@db.prod.internal:5432/orders?sslmode=require", {"a": PU}),
    ("en", "MONGO_URI=mongodb+srv://svc:«a»@cluster0.ab12c.mongodb.net/?retryWrites=true&w=majority", {"a": PU}),
    ("en", "CELERY_BROKER_URL = \"redis://:«a»@cache:6379/0\"", {"a": PU}),
    ("en", "amqp://orders:«a»@rabbit.internal:5672/vhost-prod", {"a": PU}),
    ("de", "Klon einfach https://deploy:«a»@git.acme.io/infra/terraform.git, dann läuft es.", {"a": PU}),
    ("en", "engine = create_engine(\"mysql+pymysql://etl:«a»@10.2.0.7/warehouse\")", {"a": PU}),
    ("fr", "Le serveur de dépôt est ftp://upload:«a»@files.acme-partner.fr/in/ (accès en écriture).", {"a": PU}),
    ("en", "Server=tcp:acme.database.windows.net,1433;Database=crm;User ID=crm_app;Password=«a»;Encrypt=True;", {"a": PC}),
    ("en", "Driver={ODBC Driver 18 for SQL Server};Server=sql01;UID=sa;PWD={«a»};TrustServerCertificate=yes", {"a": PC}),
    ("en", "jdbc:oracle:thin:scott/«a»@//ora-prod:1521/ORCLPDB1", {"a": PC}),
    ("en", "conn = psycopg2.connect(\"host=db port=5432 dbname=app user=app password=«a» sslmode=require\")", {"a": PC}),
    ("en", "GET /api/v1/export HTTP/1.1\nHost: grafana.acme.io\nAuthorization: Basic «a»\nAccept: */*", {"a": ("basic_auth_credentials", basic_auth)}),
    ("en", "proxy_set_header Authorization \"Basic «a»\";", {"a": ("basic_auth_credentials", basic_auth)}),
    ("es", "Para la API antigua usa la cabecera Authorization: Basic «a» (usuario de servicio).", {"a": ("basic_auth_credentials", basic_auth)}),
    ("en", "requests.get(url, headers={\"Authorization\": \"Bearer «a»\"}, timeout=10)", {"a": ("bearer_token", opaque_token)}),
    ("en", "> POST /oauth/introspect HTTP/2\n> authorization: Bearer «a»\n< HTTP/2 200", {"a": ("bearer_token", opaque_token)}),
    ("en", "Set-Cookie: session=«a»; Path=/; HttpOnly; Secure; SameSite=Lax", {"a": ("jwt", lambda: jwt(jwt_payload()))}),
    ("en", "localStorage.setItem('id_token', '«a»')", {"a": ("jwt", lambda: jwt(jwt_payload(), "RS256"))}),
    ("de", "Mit diesem Token klappt der Aufruf: «a» – läuft aber in einer Stunde ab.", {"a": ("jwt", lambda: jwt(jwt_payload()))}),
    ("en", "wss://realtime.acme.io/socket?access_token=«a»&vsn=2.0.0", {"a": ("jwt", lambda: jwt(jwt_payload()))}),
    ("ja", "このトークン «a» を Authorization ヘッダーに入れて送ってください。", {"a": ("jwt", lambda: jwt(jwt_payload()))}),
    ("en", "SUPABASE_SERVICE_ROLE_KEY=«a»", {"a": ("jwt", lambda: jwt({"role": "service_role", "iss": "supabase", "ref": rs(LOW, 20), "iat": 1767225600, "exp": 2082758400}))}),
    ("en", "test fixture still uses the alg=none token «a» - fine locally but it reached staging", {"a": ("jwt_unsigned", lambda: jwt(jwt_payload(), "none", False))}),
    ("en", "Authorization: Bearer «a»", {"a": ("jwt_unsigned", lambda: jwt(jwt_payload(), "none", False))}),
    ("en", "«a»", {"a": ("private_key_rsa", pk_rsa)}),
    ("en", "$ cat ~/.ssh/id_ed25519\n«a»", {"a": ("private_key_openssh", pk_openssh)}),
    ("en", "{\n  \"type\": \"service_account\",\n  \"project_id\": \"acme-prod-4471\",\n  \"private_key_id\": \"«kid»\",\n  \"private_key\": \"«a»\\n\",\n  \"token_uri\": \"https://oauth2.googleapis.com/token\"\n}",
     {"a": ("private_key_pkcs8", lambda: esc_nl(pk_pkcs8()))}),
    ("en", "tls:\n  key: |\n«a»", {"a": ("private_key_ec", lambda: "\n".join("    " + l for l in pk_ec().split("\n")).lstrip())}),
    ("fr", "Voici la clé privée du serveur, ne la mets pas dans le wiki :\n«a»", {"a": ("private_key_pkcs8", pk_pkcs8)}),
    ("en", "gpg --armor --export-secret-keys 0x9F3C21A7D4E5B608 > ops.asc\n$ head -n 40 ops.asc\n«a»", {"a": ("private_key_pgp", pgp_private)}),
    ("en", "ssl_key = <<EOT\n«a»\nEOT", {"a": ("private_key_encrypted", pk_encrypted)}),
    ("ru", "Ключ деплоя (не коммитить!):\n«a»", {"a": ("private_key_openssh", pk_openssh)}),
    ("en", "SECRET_KEY = '«a»'", {"a": ("django_secret_key", django_key)}),
    ("en", "production:\n  secret_key_base: «a»", {"a": ("rails_secret_key_base", lambda: rs(HEXL, 128))}),
    ("en", "APP_KEY=base64:«a»", {"a": ("laravel_app_key", lambda: b64(32))}),
    ("en", "\"api_key\": \"«a»\",", {"a": ("generic_api_key", lambda: rs(AN, 32))}),
    ("en", "curl https://partner-api.io/v3/rates -H 'X-API-KEY: «a»'", {"a": ("generic_api_key", lambda: rs(HEXL, 40))}),
    ("it", "La api key del fornitore è «a» ed è legata al nostro IP.", {"a": ("generic_api_key", lambda: rs(AN, 28))}),
    ("en", "oauth:\n  client_id: acme-portal\n  client_secret: «a»", {"a": ("generic_client_secret", lambda: rs(B64U, 48))}),
    ("en", "WEBHOOK_SIGNING_SECRET=«a»", {"a": ("generic_secret", lambda: rs(B64U, 44))}),
    ("en", "ENCRYPTION_KEY=\"«a»\"  # AES-256, base64", {"a": ("generic_secret", lambda: b64(32))}),
    # two-span generic carriers
    ("en", "DB_USER=shop\nDB_PASSWORD=«a»\nJWT_SECRET=«b»\nPORT=8080", {"a": P, "b": ("generic_secret", lambda: rs(AN + "!$%", 40))}),
    ("en", "smtp:\n  password: \"«a»\"\nsentry:\n  auth_token: «b»", {"a": P, "b": ("sentry_user_token", lambda: "sntryu_" + rs(HEXL, 64))}),
    ("de", "Zugang zur Datenbank: postgres://report:«a»@10.1.2.3/dwh – und der API-Key für die Wetterdaten ist «b».", {"a": PU, "b": ("generic_api_key", lambda: rs(HEXL, 32))}),
    ("en", "SMTP_PASSWORD='«a»'\nSTRIPE_SECRET_KEY=«b»", {"a": P, "b": ("stripe_secret_key", lambda: "sk_live_51" + rs(AN, 97))}),
    ("es", "Dejé la contraseña («a») y el token de GitHub («b») en el gestor, no en el chat.", {"a": P, "b": ("github_pat_classic", lambda: github_token("ghp_"))}),
    ("en", "machine api.heroku.com\n  login ops-bot\n  password «a»\nmachine git.heroku.com\n  login ops-bot\n  password «b»",
     {"a": ("heroku_api_key", lambda: "HRKU-AA" + rs(B64U, 58)), "b": ("heroku_api_key", lambda: "HRKU-AA" + rs(B64U, 58))}),
]


# ---------------------------------------------------------------- personal data
FIRST = ["maria", "jonas", "aiko", "chen", "fatima", "oleksandr", "lucia", "pieter", "sofia", "mehmet", "anna", "rahul",
         "ines", "tomasz", "elif", "kwame", "yuki", "noah", "leila", "bjorn", "camille", "diego", "hana", "ivan"]
LAST = ["lopez", "schmidt", "tanaka", "wang", "haddad", "kovalenko", "rossi", "devries", "almeida", "yilmaz", "nowak",
        "sharma", "dubois", "lindqvist", "okafor", "kim", "nguyen", "petrov", "garcia", "muller"]
DOMAINS = ["gmail.com", "outlook.de", "proton.me", "yahoo.co.jp", "mail.ru", "web.de", "orange.fr", "libero.it",
           "uol.com.br", "naver.com", "qq.com", "icloud.com", "acme-logistics.eu", "cs.uni-heidelberg.de",
           "alerts.eu.northwind-corp.io", "mg.shopify-partner.co.uk", "hospital-sanmarco.it", "fastmail.fm"]


def email():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randrange(9)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f + "." + l + "+" + R.choice(["billing", "github", "news", "2026", "jobs"])
    elif style == 2:
        local = f[0] + l + str(R.randint(1, 99))
    elif style == 3:
        local = f + "_" + l
    elif style == 4:
        return R.choice(["jörg.schäfer@gmx.de", "zoë.dubois@laposte.net", "kontakt@müller-bäckerei.de",
                         "info@bücherstube-köln.de", "иван.петров@почта.рф", "田中@例え.jp"]).replace("jörg", R.choice(["jörg", "jürgen", "björn"]))
    elif style == 5:
        return f.upper() + "." + l.upper() + "@" + R.choice(["CORP.EXAMPLE-BANK.COM", "HQ.ACME.DE"])
    elif style == 6:
        local = f + "-" + l + "." + R.choice(["ext", "contractor", "old"])
    elif style == 7:
        local = l + "." + f + str(R.randint(1970, 2005))
    else:
        local = f[0] + "." + l
    return local + "@" + R.choice(DOMAINS)


EMAIL_FRAMES = [
    ("en", "From: «n» <«a»>\nTo: Billing Desk\nSubject: invoice 2026-03 missing"),
    ("en", "commit 9f2c1e7\nAuthor: «n» <«a»>\nDate:   Tue Mar 3 10:14:52 2026 +0100"),
    ("de", "Schreib mir am besten direkt an «a», die alte Adresse lese ich nicht mehr."),
    ("fr", "Vous pouvez me joindre à l'adresse «a» jusqu'à vendredi."),
    ("es", "Mi correo nuevo es «a» (el anterior ya no funciona)."),
    ("it", "Per la fattura scrivete a «a», grazie."),
    ("pt", "Pode mandar o contrato para «a»?"),
    ("ja", "ご不明点は «a» までご連絡ください。"),
    ("zh", "如有问题请发邮件至«a»，我们会尽快回复。"),
    ("ru", "Пишите мне на «a», телеграм не читаю."),
    ("ko", "견적서는 «a» 로 보내 주세요."),
    ("ar", "يرجى إرسال السيرة الذاتية إلى «a» قبل نهاية الأسبوع."),
    ("tr", "Başvurunuzu «a» adresine gönderebilirsiniz."),
    ("pl", "Mój adres to «a», odpisz proszę do jutra."),
    ("nl", "Stuur de offerte naar «a» en zet mij in cc."),
    ("en", "user_id,email,signup\n48213,«a»,2026-01-19"),
    ("en", "{\"customer\": {\"id\": 99120, \"email\": \"«a»\", \"tier\": \"gold\"}}"),
    ("en", "<a href=\"mailto:«a»\">Contact the maintainer</a>"),
    ("en", "WARN auth: login failed for «a» from 203.0.113.7 (3 attempts)"),
    ("hi", "कृपया अपना फ़ॉर्म «a» पर भेजें।"),
    ("vi", "Bạn gửi hồ sơ vào email «a» giúp mình nhé."),
    ("id", "Silakan hubungi «a» untuk jadwal wawancara."),
]

PHONES = [
    ("US", "en", "+1 (NDD) NDD-DDDD", "Call me back at «a» after 5pm ET."),
    ("US", "en", "NDD.NDD.DDDD", "cell: «a» (text first, I don't pick up unknown numbers)"),
    ("CA", "fr", "+1 514 NDD DDDD", "Mon numéro au bureau de Montréal : «a»."),
    ("UK", "en", "+44 20 7DDD DDDD", "Reception can be reached on «a», option 2."),
    ("UK", "en", "07NDD DDDDDD", "Ring the site manager on «a» when you arrive."),
    ("DE", "de", "+49 151 DDDDDDDD", "Du erreichst mich mobil unter «a»."),
    ("DE", "de", "030 NDDDDDDD", "Telefon Zentrale: «a» (Mo–Fr 9–17 Uhr)"),
    ("FR", "fr", "06 DD DD DD DD", "Appelle-moi au «a» si le livreur ne trouve pas."),
    ("FR", "fr", "+33 7 DD DD DD DD", "Tél. : «a» – laissez un message."),
    ("ES", "es", "+34 6DD DDD DDD", "Mi móvil es el «a», llámame cuando llegues."),
    ("IT", "it", "+39 3DD DDD DDDD", "Il mio cellulare è «a», scrivimi su WhatsApp."),
    ("NL", "nl", "06-DDDDDDDD", "Bel me even op «a» als het pakket er is."),
    ("BE", "nl", "+32 47D DD DD DD", "Mijn gsm-nummer: «a»."),
    ("CH", "de", "+41 79 DDD DD DD", "Natel: «a» (bitte nur im Notfall)"),
    ("AT", "de", "+43 664 DDDDDDD", "Erreichbar unter «a», auch am Wochenende."),
    ("SE", "sv", "070-DDD DD DD", "Ring mig på «a» om det blir försenat."),
    ("NO", "no", "+47 4DD DD DDD", "Du kan nå meg på «a» hele dagen."),
    ("DK", "da", "+45 2D DD DD DD", "Mit nummer er «a», skriv bare en sms."),
    ("FI", "fi", "+358 40 DDD DDDD", "Soita numeroon «a», niin sovitaan tarkemmin."),
    ("PL", "pl", "+48 5DD DDD DDD", "Mój numer to «a», dzwoń po 16."),
    ("CZ", "cs", "+420 60D DDD DDD", "Zavolejte mi na «a», prosím."),
    ("PT", "pt", "+351 91D DDD DDD", "O meu telemóvel é «a»."),
    ("IE", "en", "+353 8D DDD DDDD", "Give us a shout on «a» about the viewing."),
    ("GR", "el", "+30 69D DDD DDDD", "Το κινητό μου είναι «a»."),
    ("TR", "tr", "0(5DD) DDD DD DD", "Cep telefonum «a», akşam arayabilirsiniz."),
    ("RU", "ru", "+7 (9DD) DDD-DD-DD", "Мой номер «a», звоните после обеда."),
    ("RU", "ru", "8 (9DD) DDD-DD-DD", "Курьер, наберите «a» у подъезда."),
    ("UA", "uk", "+380 67 DDD DD DD", "Мій номер телефону: «a»."),
    ("IL", "he", "+972 5D-DDD-DDDD", "אפשר להשיג אותי בטלפון «a»."),
    ("AE", "ar", "+971 5D DDD DDDD", "للتواصل واتساب على الرقم «a»."),
    ("SA", "ar", "+966 5D DDD DDDD", "رقم الجوال: «a» (متاح بعد العصر)"),
    ("EG", "ar", "+20 1D DDDD DDDD", "اتصل بي على «a» عند الوصول."),
    ("NG", "en", "+234 80D DDD DDDD", "Abeg call me on «a» when you reach Lekki."),
    ("ZA", "en", "+27 8D DDD DDDD", "Contact the driver on «a» for the pickup."),
    ("KE", "sw", "+254 7DD DDDDDD", "Nipigie kwa namba «a» kesho asubuhi."),
    ("IN", "hi", "+91 9DDDD DDDDD", "मेरा मोबाइल नंबर «a» है, शाम को कॉल करें।"),
    ("IN", "en", "09DDDDDDDDD", "Delivery boy number: «a»"),
    ("PK", "en", "+92 30D DDDDDDD", "WhatsApp me at «a» for the order."),
    ("BD", "en", "+880 17DD-DDDDDD", "bKash number «a» (same as my phone)"),
    ("CN", "zh", "+86 13D DDDD DDDD", "我的手机号是 «a»，微信同号。"),
    ("CN", "zh", "13D-DDDD-DDDD", "快递员电话：«a»"),
    ("JP", "ja", "090-DDDD-DDDD", "携帯番号は «a» です。"),
    ("JP", "ja", "+81 3-DDDD-DDDD", "東京オフィスの代表番号：«a»"),
    ("KR", "ko", "010-DDDD-DDDD", "제 번호는 «a» 입니다. 문자 주세요."),
    ("TW", "zh", "+886 9DD DDD DDD", "有問題打給我 «a»。"),
    ("HK", "zh", "+852 9DDD DDDD", "聯絡電話：«a»（辦公時間）"),
    ("SG", "en", "+65 9DDD DDDD", "Can call me at «a} lah, anytime after lunch.".replace("«a}", "«a»")),
    ("MY", "id", "+60 12-DDD DDDD", "Boleh hubungi saya di «a»."),
    ("TH", "th", "+66 8D DDD DDDD", "เบอร์โทรของผมคือ «a» ครับ"),
    ("VN", "vi", "+84 9D DDD DD DD", "Số điện thoại của mình là «a»."),
    ("ID", "id", "+62 812-DDDD-DDDD", "Nomor WA saya «a», kabari kalau sudah sampai."),
    ("PH", "en", "+63 917 DDD DDDD", "Text me at «a} po if you're running late.".replace("«a}", "«a»")),
    ("AU", "en", "0412 DDD DDD", "Mobile: «a} - call anytime before 8pm AEST".replace("«a}", "«a»")),
    ("NZ", "en", "+64 21 DDD DDDD", "My number's «a», flick me a txt."),
    ("BR", "pt", "+55 11 9DDDD-DDDD", "Meu zap é «a», me chama lá."),
    ("BR", "pt", "(21) 9DDDD-DDDD", "Telefone para contato: «a»"),
    ("MX", "es", "+52 55 DDDD DDDD", "Márcame al «a» cuando salgas."),
    ("AR", "es", "+54 9 11 DDDD-DDDD", "Mi celu es «a}, mandame un mensaje.".replace("«a}", "«a»")),
    ("CL", "es", "+56 9 DDDD DDDD", "Mi número es «a»."),
    ("CO", "es", "+57 3DD DDD DDDD", "Escríbeme al «a» por WhatsApp."),
    ("PE", "es", "+51 9DD DDD DDD", "Cualquier cosa, llámame al «a»."),
    ("HU", "hu", "+36 30 DDD DDDD", "A telefonszámom «a»."),
    ("RO", "ro", "+40 7DD DDD DDD", "Numărul meu de telefon este «a»."),
]

CARD_FRAMES = [
    ("en", "Card number: «a»  Exp: 0«m»/2«y»  CVV: ***"),
    ("en", "payment failed for card «a» (do_not_honor), customer asked to retry"),
    ("de", "Bitte buchen Sie die Rechnung von meiner Kreditkarte «a» ab."),
    ("fr", "Ma carte bancaire : «a}, expiration 0«m»/2«y».".replace("«a}", "«a»")),
    ("es", "El cargo se hizo a la tarjeta «a», ¿me lo pueden reembolsar?"),
    ("it", "Numero carta «a} – intestata a mio marito.".replace("«a}", "«a»")),
    ("ja", "カード番号は «a» です。有効期限は0«m»/2«y»。"),
    ("zh", "银行卡号：«a»，请核对后付款。"),
    ("ru", "Номер карты для перевода: «a»"),
    ("pt", "Pode cobrar no cartão «a»."),
    ("en", "{\"pan\": \"«a»\", \"exp_month\": «m», \"exp_year\": 203«y», \"status\": \"declined\"}"),
    ("en", "2026-02-11 08:15:02 INFO checkout: charging «a» amount=129.90 EUR"),
    ("tr", "Kart numaram «a», son kullanma tarihi 0«m»/3«y»."),
    ("ko", "카드 번호 «a} 로 결제해 주세요.".replace("«a}", "«a»")),
]

IBANS = [
    ("DE", "8n10n", "de", "Bitte überweisen Sie den Betrag auf «a» (Sparkasse)."),
    ("FR", "5n5n11c2n", "fr", "Mon RIB : «a» – merci de faire le virement avant le 5."),
    ("ES", "4n4n2n10n", "es", "Número de cuenta para la fianza: «a»"),
    ("IT", "1a5n5n12c", "it", "L'IBAN per il bonifico è «a}, causale: affitto marzo.".replace("«a}", "«a»")),
    ("NL", "4a10n", "nl", "Graag overmaken naar «a» t.n.v. de vereniging."),
    ("BE", "3n7n2n", "nl", "Rekeningnummer: «a}".replace("«a}", "«a»")),
    ("AT", "5n11n", "de", "Kontoverbindung: «a}, BIC bitte nachfragen.".replace("«a}", "«a»")),
    ("CH", "5n12c", "de", "Die Rückerstattung geht auf mein Konto «a»."),
    ("GB", "4a6n8n", "en", "Please pay the deposit to «a} (reference: flat 3B).".replace("«a}", "«a»")),
    ("IE", "4a6n8n", "en", "Refund to IBAN «a} please, card is cancelled.".replace("«a}", "«a»")),
    ("PL", "8n16n", "pl", "Numer konta do przelewu: «a}".replace("«a}", "«a»")),
    ("PT", "4n4n11n2n", "pt", "O meu IBAN é «a}.".replace("«a}", "«a»")),
    ("SE", "3n16n1n", "sv", "Betala till «a} senast fredag.".replace("«a}", "«a»")),
    ("NO", "4n6n1n", "no", "Kontonummer for refusjon: «a}".replace("«a}", "«a»")),
    ("DK", "4n9n1n", "da", "Beløbet overføres til «a}.".replace("«a}", "«a»")),
    ("FI", "3n11n", "fi", "Tilinumeroni on «a}.".replace("«a}", "«a»")),
    ("LU", "3n13c", "fr", "Virement sur le compte «a}, merci.".replace("«a}", "«a»")),
    ("CZ", "4n6n10n", "cs", "Číslo účtu pro platbu: «a}".replace("«a}", "«a»")),
    ("SK", "4n6n10n", "cs", "IBAN: «a} (Tatra banka)".replace("«a}", "«a»")),
    ("HU", "3n4n1n15n1n", "hu", "A bankszámlaszámom: «a}".replace("«a}", "«a»")),
    ("RO", "4a16c", "ro", "Contul meu IBAN este «a}.".replace("«a}", "«a»")),
    ("BG", "4a4n2n8c", "en", "beneficiary IBAN «a} / BIC on file".replace("«a}", "«a»")),
    ("HR", "7n10n", "en", "send the rent to «a}, same as last month".replace("«a}", "«a»")),
    ("SI", "5n8n2n", "en", "IBAN for the invoice: «a}".replace("«a}", "«a»")),
    ("GR", "3n4n16c", "el", "Ο λογαριασμός μου: «a}".replace("«a}", "«a»")),
    ("TR", "5n1n16c", "tr", "IBAN numaram «a}, açıklamaya sipariş numarasını yazın.".replace("«a}", "«a»")),
    ("SA", "2n18c", "ar", "رقم الآيبان الخاص بي: «a}".replace("«a}", "«a»")),
    ("AE", "3n16n", "ar", "يرجى التحويل إلى «a}".replace("«a}", "«a»")),
    ("IL", "3n3n13n", "he", "מספר IBAN להעברה: «a}".replace("«a}", "«a»")),
    ("BR", "8n5n10n1a1c", "pt", "Conta para transferência internacional: «a}".replace("«a}", "«a»")),
    ("EE", "2n2n11n1n", "en", "supplier_iban: \"«a}\"".replace("«a}", "«a»")),
    ("LT", "5n11n", "en", "<IBAN>«a}</IBAN>".replace("«a}", "«a»")),
    ("UA", "6n19c", "uk", "Реквізити для оплати: «a}".replace("«a}", "«a»")),
]

NATIDS = [
    ("us_ssn", lambda: us_ssn("-"), "en", "Applicant SSN: «a}  DOB: 04/12/1987".replace("«a}", "«a»")),
    ("us_ssn", lambda: us_ssn(""), "en", "{\"employee_id\": 5512, \"ssn\": \"«a»\", \"state\": \"OH\"}"),
    ("us_ssn", lambda: us_ssn(" "), "es", "Mi número de Seguro Social es «a}, lo necesito para el formulario W-4.".replace("«a}", "«a»")),
    ("uk_nino", lambda: uk_nino(True), "en", "National Insurance number: «a}".replace("«a}", "«a»")),
    ("uk_nino", lambda: uk_nino(False), "en", "payroll import row 17: ni_number=«a} tax_code=1257L".replace("«a}", "«a»")),
    ("de_steuer_id", de_steuer_id, "de", "Meine Steuer-ID lautet «a}, bitte für die Lohnabrechnung übernehmen.".replace("«a}", "«a»")),
    ("de_steuer_id", de_steuer_id, "de", "Identifikationsnummer (IdNr.): «a}".replace("«a}", "«a»")),
    ("fr_nir", fr_nir, "fr", "Numéro de sécurité sociale : «a}".replace("«a}", "«a»")),
    ("fr_nir", fr_nir, "fr", "Le salarié a transmis son NIR («a}) avec sa carte Vitale.".replace("«a}", "«a»")),
    ("es_dni", es_dni, "es", "DNI del titular: «a}".replace("«a}", "«a»")),
    ("es_nie", es_nie, "es", "Mi NIE es «a} y caduca en junio.".replace("«a}", "«a»")),
    ("it_codice_fiscale", it_cf, "it", "Codice fiscale del paziente: «a}".replace("«a}", "«a»")),
    ("it_codice_fiscale", it_cf, "it", "Per la fattura elettronica mi serve il tuo CF, il mio è «a}.".replace("«a}", "«a»")),
    ("nl_bsn", nl_bsn, "nl", "Mijn BSN is «a}, voor de huurtoeslag.".replace("«a}", "«a»")),
    ("nl_bsn", nl_bsn, "en", "patient.bsn = \"«a}\"".replace("«a}", "«a»")),
    ("br_cpf", br_cpf, "pt", "CPF do comprador: «a}".replace("«a}", "«a»")),
    ("br_cpf", br_cpf, "pt", "Pode emitir a nota no meu CPF «a}?".replace("«a}", "«a»")),
    ("in_aadhaar", in_aadhaar, "hi", "मेरा आधार नंबर «a} है।".replace("«a}", "«a»")),
    ("in_aadhaar", in_aadhaar, "en", "KYC pending: Aadhaar «a}, PAN to follow".replace("«a}", "«a»")),
    ("cn_resident_id", cn_id, "zh", "身份证号：«a}，请核对。".replace("«a}", "«a»")),
    ("cn_resident_id", cn_id, "zh", "乘车人证件号码 «a}".replace("«a}", "«a»")),
    ("kr_rrn", kr_rrn, "ko", "주민등록번호: «a}".replace("«a}", "«a»")),
    ("se_personnummer", se_pnr, "sv", "Mitt personnummer är «a}.".replace("«a}", "«a»")),
    ("pl_pesel", pl_pesel, "pl", "PESEL pacjenta: «a}".replace("«a}", "«a»")),
    ("pl_pesel", pl_pesel, "pl", "Podaj proszę w formularzu mój PESEL «a}.".replace("«a}", "«a»")),
    ("fi_hetu", fi_hetu, "fi", "Henkilötunnukseni on «a}.".replace("«a}", "«a»")),
    ("no_fodselsnummer", no_fnr, "no", "Fødselsnummer: «a}".replace("«a}", "«a»")),
    ("be_national_number", be_nn, "fr", "Numéro de registre national : «a}".replace("«a}", "«a»")),
    ("ca_sin", ca_sin, "en", "SIN: «a} (for the T4 slip)".replace("«a}", "«a»")),
    ("au_tfn", au_tfn, "en", "Tax file number «a} - please don't email this around".replace("«a}", "«a»")),
    ("tr_tc_kimlik", tr_tc, "tr", "T.C. kimlik numaram «a}.".replace("«a}", "«a»")),
    ("za_id_number", za_id, "en", "SA ID no. «a} (copy attached)".replace("«a}", "«a»")),
    ("il_teudat_zehut", il_tz, "he", "מספר תעודת זהות: «a}".replace("«a}", "«a»")),
    ("cl_rut", cl_rut, "es", "RUT: «a}".replace("«a}", "«a»")),
    ("pt_nif", pt_nif, "pt", "NIF para a fatura: «a}".replace("«a}", "«a»")),
    ("jp_my_number", jp_mynumber, "ja", "マイナンバー：«a}".replace("«a}", "«a»")),
    ("sg_nric", sg_nric, "en", "NRIC «a} - verified at counter 3".replace("«a}", "«a»")),
]

CONTACT_FRAMES = [
    ("en", "Best regards,\n«n»\nHead of Procurement\nM: «p»\nE: «e»"),
    ("de", "Viele Grüße\n«n»\nTel.: «p»\nE-Mail: «e»"),
    ("fr", "Cordialement,\n«n» – «p» – «e»"),
    ("es", "Datos de contacto: «n», teléfono «p», correo «e»."),
    ("it", "Referente: «n} (cell. «p}, email «e»)".replace("«n}", "«n»").replace("«p}", "«p»")),
    ("pt", "Contato: «n» | «p» | «e»"),
    ("en", "name,phone,email\n«n»,«p»,«e»"),
    ("ja", "担当：«n»\n電話：«p»\nメール：«e»"),
    ("nl", "Contactpersoon «n», bereikbaar via «p» of «e»."),
    ("pl", "W razie pytań: «p» lub «e» («n»)."),
    ("en", "{\"name\": \"«n»\", \"phone\": \"«p»\", \"email\": \"«e»\"}"),
    ("ru", "Контакт: «n», тел. «p», почта «e»"),
    ("tr", "İletişim: «n} — «p» — «e»".replace("«n}", "«n»")),
    ("zh", "联系人：«n»，电话：«p»，邮箱：«e»"),
]


# ---------------------------------------------------------------- negatives (must stay unchanged)
def bad_luhn_card():
    num, _ = card(R.randrange(len(CARD_BRANDS)), "")
    last = int(num[-1])
    num = num[:-1] + str((last + R.randint(1, 9)) % 10)
    return " ".join(num[i:i + 4] for i in range(0, len(num), 4)) if R.random() < 0.6 else num


def bad_iban():
    cc, spec = R.choice([("DE", "8n10n"), ("FR", "5n5n11c2n"), ("NL", "4a10n"), ("ES", "4n4n2n10n"), ("IT", "1a5n5n12c"), ("GB", "4a6n8n")])
    b = bban(spec)
    good = iban_check(cc, b)
    while True:
        wrong = "%02d" % R.randint(2, 98)
        if wrong != good:
            break
    s = cc + wrong + b
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if R.random() < 0.5 else s


def isbn13():
    s = "978" + rs(DIG, 9)
    c = (10 - sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(s)) % 10) % 10
    s += str(c)
    return "%s-%s-%s-%s-%s" % (s[:3], s[3], s[4:8], s[8:12], s[12])


def ean13():
    s = R.choice(["400", "590", "871", "300", "890"]) + rs(DIG, 9)
    c = (10 - sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(s)) % 10) % 10
    return s + str(c)


def bad_ssn():
    return R.choice(["000-%02d-%04d", "666-%02d-%04d", "9%02d-%02d-%04d"]).replace("9%02d", "9" + rs(DIG, 2)) % (R.randint(1, 99), R.randint(1, 9999))


def ipv6():
    return "2001:db8:" + ":".join(rs("0123456789abcdef", R.randint(1, 4)) for _ in range(4)) + "::" + rs(HEXL, 3)


def mac():
    sep = R.choice([":", "-"])
    return sep.join(rs(HEXU if sep == "-" else HEXL, 2) for _ in range(6))


NEG_GEN = {
    "uuid": ruuid,
    "sha1": lambda: rs(HEXL, 40),
    "sha7": lambda: rs(HEXL, 7),
    "sha256": lambda: rs(HEXL, 64),
    "md5": lambda: rs(HEXL, 32),
    "sri": lambda: "sha512-" + b64(64),
    "sri1": lambda: "sha1-" + b64(20),
    "h1": lambda: "h1:" + b64(32),
    "ver": lambda: "%d.%d.%d" % (R.randint(0, 24), R.randint(0, 40), R.randint(0, 30)),
    "build": lambda: str(R.randint(10000, 999999)),
    "order": lambda: "%d-%07d-%07d" % (R.randint(100, 999), R.randint(0, 9999999), R.randint(0, 9999999)),
    "inv": lambda: "INV-2026-%06d" % R.randint(1, 999999),
    "ups": lambda: "1Z" + rs(UPAN, 6) + rs(DIG, 10),
    "track": lambda: rs(DIG, 12),
    "isbn": isbn13,
    "ean": ean13,
    "badcard": bad_luhn_card,
    "badiban": bad_iban,
    "ts": lambda: EXTRA["ts"](),
    "epoch": lambda: str(R.randint(1767225600, 1790000000)),
    "ip4": lambda: "%d.%d.%d.%d" % (R.choice([10, 172, 192, 203, 198]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
    "ip6": ipv6,
    "mac": mac,
    "oid": lambda: rs(HEXL, 24),
    "snow": lambda: str(R.randint(1000000000000000000, 1399999999999999999)),
    "podhash": lambda: rs("bcdfghjklmnpqrstvwxz2456789", 10) + "-" + rs("bcdfghjklmnpqrstvwxz2456789", 5),
    "color": lambda: "#" + rs(HEXL, 6),
    "lat": lambda: "%.6f" % R.uniform(-60, 70),
    "lon": lambda: "%.6f" % R.uniform(-170, 170),
    "b64img": lambda: "iVBORw0KGgoAAAANSUhEUgAA" + b64(R.randint(60, 120)),
    "b64gif": lambda: "R0lGODlhAQABAIAAAP" + b64(24),
    "sshpub": lambda: "AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(B64, 43),
    "rsapub": lambda: "AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + rs(B64, 300),
    "pubpem": lambda: pem("PUBLIC KEY", 6, "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"),
    "certpem": lambda: pem("CERTIFICATE", R.randint(10, 16), "MIIDdzCCAl+gAwIBAgIE"),
    "trace": lambda: rs(HEXL, 32),
    "span": lambda: rs(HEXL, 16),
    "acct": lambda: rs(DIG, 12),
    "serial": lambda: "SN" + rs(DIG, 3) + "-" + rs(DIG, 3) + "-" + rs(DIG, 4),
    "imei_like": lambda: "%s %s %s" % (rs(DIG, 3), rs(DIG, 3), rs(DIG, 4)),
    "badssn": bad_ssn,
    "num": lambda: str(R.randint(100, 99999)),
    "cus": lambda: R.choice(["cus_", "ch_", "pi_", "evt_", "sub_", "in_"]) + rs(AN, 14),
}

NEG = {
    "uuid": [
        "Request {«uuid»} failed validation, see correlation id in the gateway logs.",
        "INSERT INTO orders (id, status) VALUES ('«uuid»', 'PAID');",
        "El pedido con identificador «uuid» ya fue enviado al almacén.",
        "tenant_id: «uuid»\nsubscription_id: «uuid»",
    ],
    "git_sha": [
        "commit «sha1»\nMerge: «sha7» «sha7»\n\n    Bump lodash to fix prototype pollution",
        "Reverted in «sha7», the original change was «sha1».",
        "pip install git+https://github.com/acme/sdk.git@«sha1»",
        "Der Fehler kam mit Commit «sha7» rein, gefixt in «sha7».",
    ],
    "lockfile_hash": [
        "\"node_modules/semver\": {\n  \"version\": \"7.6.3\",\n  \"resolved\": \"https://registry.npmjs.org/semver/-/semver-7.6.3.tgz\",\n  \"integrity\": \"«sri»\"\n}",
        "[[package]]\nname = \"requests\"\nversion = \"2.32.3\"\nfiles = [\n    {file = \"requests-2.32.3-py3-none-any.whl\", hash = \"sha256:«sha256»\"},\n]",
        "golang.org/x/crypto v0.31.0 «h1»\ngolang.org/x/crypto v0.31.0/go.mod «h1»",
        "[[package]]\nname = \"serde\"\nversion = \"1.0.217\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"«sha256»\"",
        "ms@^2.1.3:\n  version \"2.1.3\"\n  integrity «sri1»",
    ],
    "file_checksum": [
        "«sha256»  node-v22.12.0-linux-x64.tar.xz",
        "MD5 (backup-2026-02-01.tar.gz) = «md5»",
        "Vérifiez l'empreinte SHA-256 avant l'installation : «sha256»",
        "Get-FileHash .\\setup.exe -Algorithm SHA256 → «sha256»",
    ],
    "version_string": [
        "Upgraded from v«ver» to v«ver», changelog: performance fixes only.",
        "requires-python = \">=3.10\"\ndependencies = [\"httpx>=«ver»\", \"pydantic>=«ver»\"]",
        "Kernel «ver»-«num»-generic #«num»-Ubuntu SMP",
        "バージョン«ver»から«ver»に更新しました。",
    ],
    "build_number": [
        "Build #«build» passed in 12m 04s (pipeline «build»).",
        "Android versionCode «build», iOS CFBundleVersion «build»",
        "Сборка «build» упала на этапе линтера.",
    ],
    "order_invoice_number": [
        "Your Amazon order «order» has shipped.",
        "Rechnungsnummer «inv», fällig am 15.04.2026.",
        "Factura «inv} pendiente de pago, pedido «order».".replace("«inv}", "«inv»"),
        "Please quote invoice «inv» in the payment reference.",
    ],
    "tracking_number": [
        "UPS tracking: «ups» (expected Thursday)",
        "Numéro de suivi Colissimo : 6A«track»",
        "DHL Sendungsnummer «track» – Zustellung morgen.",
    ],
    "isbn_ean": [
        "ISBN «isbn» (paperback, 2nd edition)",
        "EAN «ean» – Artikel im Lager Regal 14",
        "Codice a barre «ean}, quantità 12.".replace("«ean}", "«ean»"),
    ],
    "card_luhn_fail": [
        "Test in the checkout form with «badcard» to trigger the invalid-number path.",
        "Fehlerhafte Kartennummer «badcard» wurde vom Formular korrekt abgelehnt.",
        "input: «badcard} -> luhn=false, rejected".replace("«badcard}", "«badcard»"),
    ],
    "iban_bad_check": [
        "Validation error: «badiban» is not a valid IBAN (checksum).",
        "Le IBAN saisi («badiban») est refusé par la banque : clé incorrecte.",
        "assert not is_valid_iban(\"«badiban»\")",
    ],
    "timestamp_date": [
        "2026-03-14T09:12:44+01:00 job started, finished at «ts».",
        "created_at=«epoch} updated_at=«epoch}".replace("«epoch}", "«epoch»"),
        "Termin am 12.05.2026 um 14:30 Uhr, Ersatztermin 19.05.2026.",
        "Last-Modified: Wed, 21 Jan 2026 07:28:00 GMT",
    ],
    "ip_address": [
        "Connection refused from «ip4» to «ip4»:5432",
        "listen [::]:443 ssl; # also «ip6»",
        "El servidor tiene la IP «ip4} y la puerta de enlace «ip4».".replace("«ip4}", "«ip4»"),
        "nameserver «ip4»\nsearch corp.local",
    ],
    "mac_address": [
        "link/ether «mac» brd ff:ff:ff:ff:ff:ff",
        "DHCP lease for «mac» renewed.",
        "Adresse MAC de l'imprimante : «mac»",
    ],
    "placeholder": [
        "OPENAI_API_KEY=<your-api-key>\nANTHROPIC_API_KEY=<your-anthropic-key>",
        "password: changeme   # replace before first start",
        "export GITHUB_TOKEN=${GITHUB_TOKEN}\nexport NPM_TOKEN=${{ secrets.NPM_TOKEN }}",
        "api_key: \"{{ vault_api_key }}\"\ndb_password: \"{{ lookup('env', 'DB_PASSWORD') }}\"",
        "Set STRIPE_SECRET_KEY to sk_live_... (you can find it in the dashboard).",
        "token = \"insert_key_here\"",
        "Authorization: Bearer xxxxxxxxxxxxxxxxxxxx",
        "Ersetze YOUR_API_KEY_HERE durch deinen eigenen Schlüssel.",
        "AWS_SECRET_ACCESS_KEY=****************************************",
        "sk-proj-...abcd (truncated in the UI, showing last 4 chars)",
        "password=\"\"  # empty on purpose for local dev",
    ],
    "doc_example_key": [
        "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "In the AWS docs they use AKIAIOSFODNN7EXAMPLE as the sample key id.",
        "stripe.api_key = \"sk_test_4eC39HqLyjWDarjtT1zdp7dc\"  # from Stripe docs",
        "Publishable test key from the Stripe quickstart: pk_test_TYooMQauvdEDq54NiTphI7jx",
        "Die Beispiel-Zugangsdaten aus der Doku (AKIAI44QH8DHBEXAMPLE / je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY) funktionieren natürlich nicht.",
    ],
    "env_var_name": [
        "Required variables: OPENAI_API_KEY, ANTHROPIC_API_KEY, DATABASE_URL, STRIPE_SECRET_KEY.",
        "| Variable | Description |\n| AWS_SECRET_ACCESS_KEY | secret for the deploy user |\n| GITHUB_TOKEN | used by release job |",
        "Make sure SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET are set in the environment before starting.",
        "Die Variablen DB_PASSWORD und JWT_SECRET müssen im Vault gepflegt werden.",
        "envFrom:\n  - secretRef:\n      name: openai-credentials  # provides OPENAI_API_KEY",
    ],
    "code_reads_secret": [
        "api_key = os.environ[\"API_KEY\"]\nclient = OpenAI(api_key=api_key)",
        "const token = process.env.GITHUB_TOKEN ?? core.getInput('token');",
        "password := os.Getenv(\"DB_PASSWORD\")\nif password == \"\" { log.Fatal(\"missing DB_PASSWORD\") }",
        "secret = Rails.application.credentials.dig(:stripe, :secret_key)",
        "let key = std::env::var(\"ANTHROPIC_API_KEY\").expect(\"set ANTHROPIC_API_KEY\");",
        "password = getpass.getpass(\"Password: \")",
    ],
    "base64_image": [
        "<img src=\"data:image/png;base64,«b64img»\" alt=\"logo\">",
        "background: url(data:image/gif;base64,«b64gif») no-repeat;",
        "{\"thumbnail\": \"data:image/png;base64,«b64img»\"}",
    ],
    "color_code": [
        ":root { --brand: «color»; --brand-dark: «color»; --accent: «color»; }",
        "Palette: «color», «color}, «color» (from the 2026 brand guide)".replace("«color}", "«color»"),
        "fill=\"«color»\" stroke=\"«color»\" stroke-width=\"2\"",
    ],
    "coordinates": [
        "Treffpunkt: «lat», «lon» (Parkplatz Nord)",
        "{\"lat\": «lat», \"lng\": «lon», \"accuracy_m\": 12}",
        "Station coordinates «lat}N «lon}E, elevation 312 m".replace("«lat}", "«lat»").replace("«lon}", "«lon»"),
    ],
    "math_numbers": [
        "The determinant is 4729381 and the trace is 1837; eigenvalues ≈ 3.14159, 2.71828.",
        "Fibonacci(40) = 102334155, Fibonacci(45) = 1134903170",
        "π ≈ 3.14159265358979323846264338327950288419716939937510",
        "12345678901234567890 mod 97 = 34, sanity check for the modulo routine",
        "Die Summe der ersten 10000 Primzahlen ist 496165411, der Median liegt bei 48611.",
    ],
    "css": [
        ".btn-primary { padding: 0.75rem 1.5rem; border-radius: 6px; box-shadow: 0 1px 2px rgba(0,0,0,.08); }",
        "@media (min-width: 768px) { .grid { grid-template-columns: repeat(12, minmax(0, 1fr)); gap: 24px; } }",
        "transform: translate3d(0, -4px, 0) rotate(0.5deg); transition: all 180ms cubic-bezier(.4,0,.2,1);",
        ".hero { background-image: linear-gradient(135deg, «color» 0%, «color» 100%); min-height: 420px; }",
    ],
    "object_id": [
        "db.users.find({ _id: ObjectId(\"«oid»\") })",
        "Stripe customer «cus» has 2 open invoices.",
        "Webhook event «cus» processed in 84 ms.",
    ],
    "discord_snowflake": [
        "Discord user ID «snow» joined the server; channel «snow».",
        "<@«snow}> please check the pinned message in <#«snow}>".replace("«snow}", "«snow»"),
        "message_id=«snow» guild_id=«snow»",
    ],
    "k8s_resource_name": [
        "pod/api-gateway-«podhash» CrashLoopBackOff (restarts: 7)",
        "kubectl logs -n payments deploy/checkout-worker-«podhash» --previous",
        "replicaset.apps/frontend-«podhash» scaled to 4",
    ],
    "docker_digest": [
        "image: ghcr.io/acme/api@sha256:«sha256»",
        "Digest: sha256:«sha256»\nStatus: Downloaded newer image for postgres:17",
        "FROM python:3.13-slim@sha256:«sha256»",
    ],
    "public_key_ssh": [
        "ssh-ed25519 «sshpub» deploy-bot",
        "authorized_keys:\nssh-rsa «rsapub» jenkins-agent",
        "Füge bitte diesen öffentlichen Schlüssel hinzu: ssh-ed25519 «sshpub»",
    ],
    "public_key_pem": [
        "JWKS fallback public key:\n«pubpem»",
        "Der öffentliche Schlüssel für die Signaturprüfung:\n«pubpem»",
        "openssl rsa -in key.pem -pubout prints:\n«pubpem»",
    ],
    "certificate_block": [
        "ca.crt:\n«certpem»",
        "Here is the intermediate certificate from the chain:\n«certpem»",
        "ssl_trusted_certificate contents:\n«certpem»",
    ],
    "git_remote_not_email": [
        "git clone git@github.com:acme/platform-infra.git",
        "remote.origin.url=git@gitlab.com:group/sub-group/service.git",
        "Run: git remote set-url origin git@bitbucket.org:acme/mobile-app.git",
        "pip install \"mylib @ git+ssh://git@github.com/acme/mylib.git@v2.1.0\"",
    ],
    "serial_phone_like": [
        "Device serial «serial», firmware «ver»",
        "Part no. 4021-778-3310, lot 2026-117",
        "Modell-Nr. «imei_like» / Charge 0815",
    ],
    "invalid_national_id": [
        "SSN «badssn» is rejected by the validator (reserved range).",
        "Example from the HR training slides: 000-00-0000 must never be accepted.",
        "Ungültige Testnummer «badssn} aus der Doku.".replace("«badssn}", "«badssn»"),
    ],
    "trace_request_id": [
        "traceparent: 00-«trace»-«span»-01",
        "x-request-id: «trace»",
        "span_id=«span» trace_id=«trace» duration_ms=84",
    ],
    "cloud_resource_id": [
        "arn:aws:iam::«acct»:role/github-actions-deploy",
        "arn:aws:s3:::acme-logs-«acct»/2026/03/",
        "/subscriptions/«uuid»/resourceGroups/rg-prod/providers/Microsoft.Web/sites/acme-api",
    ],
    "redacted_value": [
        "password: ******** (redacted by log filter)",
        "token=[REDACTED] user=svc-ci",
        "OPENAI_API_KEY=sk-proj-****************************Xk2P",
        "Kartennummer: **** **** **** 4242 (nur die letzten vier Ziffern werden angezeigt)",
        "IBAN DE** **** **** **** **** 89, Inhaber: siehe Vertrag",
    ],
    "password_prose": [
        "Passwords must be at least 14 characters and contain a symbol; rotation every 180 days.",
        "Das Passwort wird nie im Klartext gespeichert, nur als Argon2-Hash.",
        "If you forgot your password, use the reset link; support will never ask for it.",
        "La contraseña debe tener al menos 12 caracteres y no puede repetirse.",
        "パスワードは管理者にも表示されません。再設定はメールのリンクから行ってください。",
    ],
    "config_numbers": [
        "Serial console at 115200 baud; buffer 65536 bytes; 1048576 blocks of 4096.",
        "Argon2 parameters: m=65536, t=3, p=4 — output length 32 bytes.",
        "max_connections = 500\nshared_buffers = 4096MB\nwork_mem = 65536kB",
        "ulimit -n 1048576; sysctl -w net.core.somaxconn=65535",
    ],
}

NEG_REASON = {
    "uuid": "random UUIDs are identifiers, not secrets",
    "git_sha": "git commit hashes are public identifiers",
    "lockfile_hash": "package integrity hashes in lock files are public",
    "file_checksum": "published file checksums are public",
    "version_string": "version strings look numeric but are not personal data",
    "build_number": "CI build numbers",
    "order_invoice_number": "order / invoice numbers are business references, not cards or ids",
    "tracking_number": "parcel tracking numbers",
    "isbn_ean": "ISBN / EAN barcodes pass their own checksum but are not cards",
    "card_luhn_fail": "card-shaped digits that FAIL the Luhn check",
    "iban_bad_check": "IBAN-shaped strings with a wrong mod-97 check",
    "timestamp_date": "timestamps and dates",
    "ip_address": "IP addresses are not masked by default",
    "mac_address": "hardware MAC addresses",
    "placeholder": "placeholders, templates, truncated or empty values",
    "doc_example_key": "published documentation example keys",
    "env_var_name": "names of secret variables without values",
    "code_reads_secret": "code that reads a secret at runtime, no value present",
    "base64_image": "inline base64 images",
    "color_code": "hex color codes",
    "coordinates": "geographic coordinates",
    "math_numbers": "long numbers in math / prose",
    "css": "CSS with numeric values",
    "object_id": "database / API object ids (not secrets)",
    "discord_snowflake": "Discord snowflake ids",
    "k8s_resource_name": "Kubernetes generated resource names",
    "docker_digest": "image digests",
    "public_key_ssh": "SSH public keys",
    "public_key_pem": "PEM public keys",
    "certificate_block": "X.509 certificates are public",
    "git_remote_not_email": "git@host:org/repo remotes are not e-mail addresses",
    "serial_phone_like": "serial / part numbers that look like phone numbers",
    "invalid_national_id": "SSN-shaped numbers in reserved (invalid) ranges",
    "trace_request_id": "trace / request ids",
    "cloud_resource_id": "cloud resource ids and ARNs",
    "redacted_value": "already redacted values",
    "password_prose": "prose about passwords without any password",
    "config_numbers": "configuration numbers",
}

ROLE_NAMES = ["Billing Team", "Front Desk", "Dispatch Office", "HR Services", "Procurement", "ops-oncall",
              "ACME Support", "Northwind Logistics", "Facility Management", "Key Account Team"]

PH = re.compile(r"«(\w+)»")


def render(tmpl, vals):
    """vals: name -> (value, type or None). Returns text, spans."""
    out, spans, pos, cur = [], [], 0, 0
    for m in PH.finditer(tmpl):
        lit = tmpl[cur:m.start()]
        out.append(lit)
        pos += len(lit)
        key = m.group(1)
        if key not in vals:
            if key in EXTRA:
                vals[key] = (EXTRA[key](), None)
            elif key in NEG_GEN:
                # each occurrence of a negative placeholder gets a fresh value
                v = NEG_GEN[key]()
                out.append(v)
                pos += len(v)
                cur = m.end()
                continue
            elif key in ("m", "y"):
                vals[key] = (str(R.randint(1, 9)), None)
            elif key == "n":
                vals[key] = (R.choice(ROLE_NAMES), None)
            else:
                raise KeyError(key)
        v, t = vals[key]
        if t:
            spans.append({"start": pos, "end": pos + len(v), "type": t})
        out.append(v)
        pos += len(v)
        cur = m.end()
    out.append(tmpl[cur:])
    return "".join(out), spans


def carrier_kind(t):
    s = t.strip()
    if s.startswith("-----") or "PRIVATE KEY" in s:
        return "pem"
    if s.startswith("{") or s.startswith("\"") or "\": " in s:
        return "json"
    if re.search(r"\b(ERROR|WARN|INFO|DEBUG)\b|Traceback|\[«ts»\]|^\d{4}-\d\d-\d\d", s):
        return "log"
    if re.search(r"^(export |\$ |curl |docker |kubectl |gh |heroku |fly |mysql |sshpass |redis-cli |mongosh |openssl |ldapsearch |keytool |az |aws |net user|echo |gpg |pip )", s) or "$env:" in s:
        return "cli"
    if s.startswith("[") and "]\n" in s:
        return "ini"
    if s.startswith("<"):
        return "xml"
    if re.search(r"^[\w.-]+:\s*(\n|\S)", s) and "\n" in s:
        return "yaml"
    if re.match(r"^[A-Z][A-Z0-9_]+=", s):
        return "dotenv"
    if re.search(r"(\bfunc\b|\bconst\b|\blet\b|\bvar\b|\bdef\b|;\s*$|\)\s*$|= \"|= '|\w\(\")", s) and not re.search(r"[\u0080-\uffff]{3}", s):
        return "code"
    if s.startswith("|"):
        return "table"
    return "prose"


ROWS = []
LANGS = collections.Counter()


def add(lang, tmpl, vals, cls_type=None, reason=None):
    text, spans = render(tmpl, vals)
    kind = carrier_kind(tmpl)
    types = []
    for s in spans:
        if s["type"] not in types:
            types.append(s["type"])
    cls = "+".join(types) + "/" + kind + "-" + lang
    ROWS.append({"text": text, "spans": spans, "kind": "positive", "class": cls,
                 "reason": reason or ("%s in a %s carrier (%s)" % (", ".join(types), kind, lang)), "_lang": lang})


def build():
    # ---- vendor tokens through the shared multilingual frame pool (each frame at most 3 uses)
    use = [0] * len(VENDOR_FRAMES)
    for spec in VENDORS:
        own = spec.get("frames", [])
        n_eff = spec["n"] if "frames" in spec else max(1, spec["n"] - 1)
        for i in range(n_eff):
            if i < len(own):
                lang, tmpl = own[i]
            else:
                lo = min(use)
                cands = [k for k in range(len(VENDOR_FRAMES)) if use[k] == lo]
                k = R.choice(cands)
                use[k] += 1
                lang, tmpl = VENDOR_FRAMES[k]
            v = spec["g"]()
            vals = {"v": (v, spec["t"]), "label": (spec["label"], None), "env": (spec["env"], None),
                    "env_l": (spec["env"].lower(), None)}
            add(lang, tmpl, vals, reason="%s (%s) in a %s carrier, %s" % (spec["label"], spec["t"], carrier_kind(tmpl), lang))
    for lang, tmpl, phs in SPECIAL_VENDOR:
        add(lang, tmpl, {k: (g(), t) for k, (t, g) in phs.items()})
    pw_only = [i for i, g in enumerate(GENERIC) if set(t for t, _ in g[2].values()) == {"password"} and g[0] == "en"]
    drop_pw = set(R.sample(pw_only, len(pw_only) - 8))
    for i, (lang, tmpl, phs) in enumerate(GENERIC):
        if i in drop_pw:
            continue
        add(lang, tmpl, {k: (g(), t) for k, (t, g) in phs.items()})
    # ---- personal data
    for lang, tmpl in R.sample(EMAIL_FRAMES, 16):
        add(lang, tmpl, {"a": (email(), "email")})
    for region, lang, pat, tmpl in R.sample(PHONES, 46):
        add(lang, tmpl, {"a": (pattern(pat), "phone")}, reason="phone number (%s, as written) in %s prose" % (region, lang))
    for i, (lang, tmpl) in enumerate(CARD_FRAMES):
        num, brand = card(i % len(CARD_BRANDS))
        add(lang, tmpl, {"a": (num, "credit_card")}, reason="%s card number, Luhn-valid, %s" % (brand, lang))
    for i, (cc, spec, lang, tmpl) in enumerate(R.sample(IBANS, 27)):
        add(lang, tmpl, {"a": (iban(cc, spec, i % 2 == 0), "iban")}, reason="%s IBAN (mod-97 valid), %s" % (cc, "grouped" if i % 2 == 0 else "compact"))
    seen_t = set()
    nat = []
    for e in NATIDS:
        if e[0] not in seen_t:
            seen_t.add(e[0])
            nat.append(e)
    extra = [e for e in NATIDS if e not in nat]
    nat += R.sample(extra, 5)
    for t, g, lang, tmpl in nat:
        add(lang, tmpl, {"a": (g(), t)}, reason="%s with valid check digits/rules, %s" % (t, lang))
    for lang, tmpl in CONTACT_FRAMES:
        ph = R.choice(PHONES)
        add(lang, tmpl, {"p": (pattern(ph[2]), "phone"), "e": (email(), "email")})
    combos = [
        ("de", "Erstattung bitte auf «i», Rückfragen an «e».", {"i": (iban("DE", "8n10n", True), "iban"), "e": (email(), "email")}),
        ("en", "Customer disputes charge on «c»; callback number «p».", {"c": (card(0)[0], "credit_card"), "p": (pattern("+1 (NDD) NDD-DDDD"), "phone")}),
        ("es", "Titular con DNI «d» y cuenta «i».", {"d": (es_dni(), "es_dni"), "i": (iban("ES", "4n4n2n10n", False), "iban")}),
        ("fr", "Dossier RH : NIR «d», e-mail perso «e».", {"d": (fr_nir(), "fr_nir"), "e": (email(), "email")}),
        ("it", "Intestatario CF «d}, IBAN «i».".replace("«d}", "«d»"), {"d": (it_cf(), "it_codice_fiscale"), "i": (iban("IT", "1a5n5n12c", True), "iban")}),
        ("pt", "Cliente CPF «d», cartão «c».", {"d": (br_cpf(), "br_cpf"), "c": (card(2)[0], "credit_card")}),
    ]
    for lang, tmpl, vals in combos:
        add(lang, tmpl, vals)
    # ---- negatives: every template used, dynamic ones up to 3 times; static ones once
    for cls, tmpls in NEG.items():
        for tmpl in tmpls:
            dynamic = bool(PH.search(tmpl))
            reps = 2 if dynamic else 1
            for _ in range(reps):
                text, spans = render(tmpl, {})
                assert not spans
                lang = "en"
                if re.search(r"[äöüßÄÖÜ]|\b(Der|Die|Das|und|bitte|Fehler|am|Uhr|Treffpunkt|Termin|Sendungsnummer|Rechnungsnummer|Ersetze|Modell-Nr)\b", text):
                    lang = "de"
                elif re.search(r"[éèàç]|\b(le|la|les|de l')\b", text):
                    lang = "fr"
                elif re.search(r"\b(El|con|ya|fue|del|debe)\b", text):
                    lang = "es"
                elif re.search(r"[а-яА-Я]", text):
                    lang = "ru"
                elif re.search(r"[\u3040-\u30ff]", text):
                    lang = "ja"
                ROWS.append({"text": text, "spans": [], "kind": "negative", "class": cls + "/" + carrier_kind(tmpl) + "-" + lang,
                             "reason": NEG_REASON[cls], "_lang": lang})


def main():
    build()
    # texts must be unique
    seen = set()
    rows = []
    for r in ROWS:
        if r["text"] in seen:
            continue
        seen.add(r["text"])
        rows.append(r)
    R.shuffle(rows)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout_v12.jsonl")
    langs = collections.Counter()
    with open(out, "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            langs[r.pop("_lang")] += 1
            row = {"id": "v12_%04d" % i, "text": r["text"], "spans": r["spans"], "kind": r["kind"],
                   "class": r["class"], "reason": r["reason"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    if "--stats" in sys.argv:
        pos = [r for r in rows if r["kind"] == "positive"]
        types = collections.Counter(s["type"] for r in rows for s in r["spans"])
        negc = collections.Counter(r["class"].split("/")[0] for r in rows if r["kind"] == "negative")
        print("texts", len(rows), "positives", len(pos), "negatives", len(rows) - len(pos),
              "spans", sum(types.values()), "types", len(types), "neg classes", len(negc), "languages", len(langs))
        print("languages:", dict(langs.most_common()))
        print("types:", dict(sorted(types.items())))
        print("neg:", dict(sorted(negc.items())))
    print("wrote", out, len(rows), "rows")


if __name__ == "__main__":
    main()
