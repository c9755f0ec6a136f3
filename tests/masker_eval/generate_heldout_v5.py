"""Generator for tests/masker_eval/heldout_v5.jsonl (blind held-out set v5, issue 16).

Written from scratch, blind to the masker's code and corpora. All values are synthetic,
generated with a fixed seed in their real formats with valid checksums. Cases are data only.
Run: .venv/bin/python tests/masker_eval/generate_heldout_v5.py
DO NOT TUNE ON THIS SET.
"""
import base64
import json
import os
import random
import string
import zlib

import phonenumbers

R = random.Random(0x5EED_0505)
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
ALNUM = UP + LO + DIG
B62 = DIG + UP + LO
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
U64 = ALNUM + "-_"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def rd(n, first="123456789"):
    return R.choice(first) + rs(DIG, n - 1)


# ---------------------------------------------------------------- checksums
def luhn_complete(partial):
    digits = [int(c) for c in partial + "0"]
    s = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return partial + str((10 - s % 10) % 10)


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        s += d
    return s % 10 == 0


TEST_CARDS = {"4111111111111111", "4242424242424242", "5555555555554444", "378282246310005",
              "6011111111111117", "4000056655665556", "5105105105105100", "4012888888881881",
              "371449635398431", "3530111333300000", "4000000000000002", "2223003122003222"}


def card():
    kind = R.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])
    if kind == "visa":
        p, n = "4" + rs(DIG, 5), 16
    elif kind == "mc":
        p, n = "5" + R.choice("12345") + rs(DIG, 4), 16
    elif kind == "mc2":
        p, n = str(R.randint(2221, 2720)) + rs(DIG, 2), 16
    elif kind == "amex":
        p, n = "3" + R.choice("47") + rs(DIG, 4), 15
    elif kind == "disc":
        p, n = "6011" + rs(DIG, 2), 16
    else:
        p, n = "35" + str(R.randint(28, 89)) + rs(DIG, 2), 16
    while True:
        c = luhn_complete(p + rs(DIG, n - 1 - len(p)))
        if c not in TEST_CARDS:
            return c


def fmt_card(c, style=None):
    style = style or R.choice(["plain", "space", "dash"])
    if style == "plain":
        return c
    sep = " " if style == "space" else "-"
    if len(c) == 15:
        return sep.join([c[:4], c[4:10], c[10:]])
    return sep.join(c[i:i + 4] for i in range(0, 16, 4))


def non_luhn(n, first="123456789"):
    while True:
        x = rd(n, first)
        if not luhn_ok(x):
            return x


IBAN_SPECS = {
    "DE": lambda: rs(DIG, 18), "FR": lambda: rs(DIG, 10) + rs(UP + DIG, 11) + rs(DIG, 2),
    "GB": lambda: rs(UP, 4) + rs(DIG, 14), "ES": lambda: rs(DIG, 20),
    "IT": lambda: R.choice(UP) + rs(DIG, 10) + rs(DIG, 12), "NL": lambda: rs(UP, 4) + rs(DIG, 10),
    "BE": lambda: rs(DIG, 12), "CH": lambda: rs(DIG, 17), "AT": lambda: rs(DIG, 16),
    "PL": lambda: rs(DIG, 24), "PT": lambda: rs(DIG, 21), "IE": lambda: rs(UP, 4) + rs(DIG, 14),
    "SE": lambda: rs(DIG, 20), "NO": lambda: rs(DIG, 11), "DK": lambda: rs(DIG, 14),
    "FI": lambda: rs(DIG, 14), "LU": lambda: rs(DIG, 16), "CZ": lambda: rs(DIG, 20),
}


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(cc=None, grouped=None):
    cc = cc or R.choice(list(IBAN_SPECS))
    bban = IBAN_SPECS[cc]()
    chk = 98 - iban_num(bban + cc + "00") % 97
    v = cc + "%02d" % chk + bban
    if grouped is None:
        grouped = R.random() < 0.6
    if grouped:
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v


def ssn(style=None):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g, s = R.randint(1, 99), R.randint(1, 9999)
    style = style or R.choice("-- .")
    if style == ".":
        return "%03d.%02d.%04d" % (a, g, s)
    if style == " ":
        return "%03d %02d %04d" % (a, g, s)
    return "%03d-%02d-%04d" % (a, g, s)


def nino(spaced=None):
    bad1, bad2 = set("DFIQUV"), set("DFIOQUV")
    while True:
        p = R.choice(UP) + R.choice(UP)
        if p[0] not in bad1 and p[1] not in bad2 and p not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
            break
    d = rs(DIG, 6)
    suf = R.choice("ABCD")
    if spaced if spaced is not None else R.random() < 0.5:
        return "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], suf)
    return p + d + suf


def steuer_id(spaced=None):
    while True:
        digs = list(range(10))
        R.shuffle(digs)
        first = digs[:9]
        dup = R.choice(first)
        ten = first + [dup]
        R.shuffle(ten)
        if ten[0] != 0:
            break
    product = 10
    for d in ten:
        s = (d + product) % 10 or 10
        product = (s * 2) % 11
    chk = (11 - product) % 10
    v = "".join(map(str, ten)) + str(chk)
    if spaced if spaced is not None else R.random() < 0.5:
        return "%s %s %s %s" % (v[:2], v[2:5], v[5:8], v[8:])
    return v


def fr_nir(spaced=None):
    body = "%d%02d%02d%02d%03d%03d" % (R.randint(1, 2), R.randint(40, 99), R.randint(1, 12),
                                        R.randint(1, 95), R.randint(1, 999), R.randint(1, 999))
    key = 97 - int(body) % 97
    v = body + "%02d" % key
    if spaced if spaced is not None else R.random() < 0.5:
        return " ".join([v[0], v[1:3], v[3:5], v[5:7], v[7:10], v[10:13], v[13:]])
    return v


DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni():
    n = R.randint(10000000, 99999999)
    return "%08d%s" % (n, DNI_L[n % 23])


def es_nie():
    p = R.choice("XYZ")
    n = R.randint(1000000, 9999999)
    return "%s%07d%s" % (p, n, DNI_L[int(str("XYZ".index(p)) + "%07d" % n) % 23])


CF_ODD = {**dict(zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21])),
          **dict(zip(UP, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16,
                          10, 22, 25, 24, 23]))}


def it_cf():
    cons = "BCDFGHJKLMNPRSTVWXYZ"
    s = rs(cons, 3) + rs(cons, 2) + R.choice("AEIOU") + "%02d" % R.randint(40, 99)
    s += R.choice("ABCDEHLMPRST") + "%02d" % (R.randint(1, 28) + R.choice([0, 40]))
    s += R.choice(["H501", "F205", "L219", "A944", "G273", "D612", "F839", "L736"])
    tot = 0
    for i, c in enumerate(s):
        if i % 2 == 0:
            tot += CF_ODD[c]
        else:
            tot += int(c) if c.isdigit() else ord(c) - 65
    return s + chr(65 + tot % 26)


def nl_bsn():
    while True:
        d = [R.randint(1, 6)] + [R.randint(0, 9) for _ in range(7)]
        last = sum(x * w for x, w in zip(d, range(9, 1, -1))) % 11
        if last <= 9:
            return "".join(map(str, d + [last]))


def pl_pesel():
    y = R.randint(50, 109)
    m = R.randint(1, 12) + (20 if y >= 100 else 0)
    base = "%02d%02d%02d%04d" % (y % 100, m, R.randint(1, 28), R.randint(0, 9999))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return base + str((10 - sum(int(c) * x for c, x in zip(base, w)) % 10) % 10)


VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
      [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
      [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
      [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar(spaced=None):
    body = rd(11, "23456789")
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = VD[c][VP[(i + 1) % 8][int(ch)]]
    v = body + str(VINV[c])
    if spaced if spaced is not None else R.random() < 0.6:
        return "%s %s %s" % (v[:4], v[4:8], v[8:])
    return v


def au_tfn():
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(7)]
        s = sum(a * b for a, b in zip(d, w))
        last = s % 11
        if last <= 9:
            v = "".join(map(str, d + [last]))
            return "%s %s %s" % (v[:3], v[3:6], v[6:])


def au_medicare():
    d = [R.randint(2, 6)] + [R.randint(0, 9) for _ in range(7)]
    chk = sum(a * b for a, b in zip(d, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
    v = "".join(map(str, d)) + str(chk) + str(R.randint(1, 9))
    return "%s %s %s" % (v[:4], v[4:9], v[9])


def jp_mynumber():
    body = rs(DIG, 11)
    s = 0
    for n in range(1, 12):
        p = int(body[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    v = body + str(0 if r <= 1 else 11 - r)
    return "%s %s %s" % (v[:4], v[4:8], v[8:])


def br_cpf():
    while True:
        d = [R.randint(0, 9) for _ in range(9)]
        if len(set(d)) > 1:
            break
    for k in (10, 11):
        s = sum(x * w for x, w in zip(d, range(k, 1, -1)))
        r = s * 10 % 11
        d.append(0 if r == 10 else r)
    v = "".join(map(str, d))
    return "%s.%s.%s-%s" % (v[:3], v[3:6], v[6:9], v[9:])


def br_cnpj():
    d = [R.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
    for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        r = sum(x * y for x, y in zip(d, w)) % 11
        d.append(0 if r < 2 else 11 - r)
    v = "".join(map(str, d))
    return "%s.%s.%s/%s-%s" % (v[:2], v[2:5], v[5:8], v[8:12], v[12:])


def ca_sin():
    v = luhn_complete(str(R.randint(1, 7)) + rs(DIG, 7))
    return "%s %s %s" % (v[:3], v[3:6], v[6:])


def se_pnr():
    yy, mm, dd = R.randint(40, 99), R.randint(1, 12), R.randint(1, 28)
    base = "%02d%02d%02d%03d" % (yy, mm, dd, R.randint(0, 999))
    v = luhn_complete(base)
    return v[:6] + "-" + v[6:]


def ch_ahv():
    base = "756" + rs(DIG, 9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(base))
    v = base + str((10 - s % 10) % 10)
    return "%s.%s.%s.%s" % (v[:3], v[3:7], v[7:11], v[11:])


# ---------------------------------------------------------------- phones
PHONE_FMT = [
    ("US", lambda: "(%s) %s-%s" % (R.choice(["212", "312", "415", "617", "206", "303", "512", "919", "404", "713"]), rd(3, "2346789"), rs(DIG, 4))),
    ("US", lambda: "+1 %s-%s-%s" % (R.choice(["646", "718", "202", "480", "612", "503"]), rd(3, "2346789"), rs(DIG, 4))),
    ("US", lambda: "%s.%s.%s" % (R.choice(["415", "773", "305", "702"]), rd(3, "2346789"), rs(DIG, 4))),
    ("CA", lambda: "+1 (%s) %s-%s" % (R.choice(["416", "604", "514", "403"]), rd(3, "2346789"), rs(DIG, 4))),
    ("GB", lambda: "07%s %s" % (rd(3, "45789"), rs(DIG, 6))),
    ("GB", lambda: "+44 7%s %s" % (rd(3, "45789"), rs(DIG, 6))),
    ("GB", lambda: "020 8%s %s" % (rs(DIG, 3), rs(DIG, 4))),
    ("DE", lambda: "+49 15%s %s" % (R.choice("1257"), rs(DIG, 8))),
    ("DE", lambda: "030 %s %s" % (rd(4, "2345678"), rs(DIG, 4))),
    ("DE", lambda: "+49 (0)89 %s" % rd(8, "2345678")),
    ("FR", lambda: "06 %s %s %s %s" % tuple(rs(DIG, 2) for _ in range(4))),
    ("FR", lambda: "+33 7 %s %s %s %s" % tuple(rs(DIG, 2) for _ in range(4))),
    ("FR", lambda: "01 %s %s %s %s" % (rd(2, "456"), rs(DIG, 2), rs(DIG, 2), rs(DIG, 2))),
    ("ES", lambda: "+34 6%s %s %s %s" % (rs(DIG, 2), rs(DIG, 2), rs(DIG, 2), rs(DIG, 2))),
    ("ES", lambda: "91 %s %s %s" % (rd(3, "2345"), rs(DIG, 2), rs(DIG, 2))),
    ("IT", lambda: "+39 3%s %s %s" % (R.choice(["47", "35", "28", "39", "40"]), rs(DIG, 3), rs(DIG, 4))),
    ("IT", lambda: "06 %s %s" % (rd(4, "45678"), rs(DIG, 4))),
    ("NL", lambda: "06-%s" % rs(DIG, 8)),
    ("NL", lambda: "+31 20 %s %s" % (rd(3, "2345678"), rs(DIG, 4))),
    ("IN", lambda: "+91 9%s %s" % (rs(DIG, 4), rs(DIG, 5))),
    ("IN", lambda: "98%s-%s" % (rs(DIG, 3), rs(DIG, 5))),
    ("AU", lambda: "04%s %s %s" % (rs(DIG, 2), rs(DIG, 3), rs(DIG, 3))),
    ("AU", lambda: "+61 2 9%s %s" % (rs(DIG, 3), rs(DIG, 4))),
    ("JP", lambda: "090-%s-%s" % (rd(4, "123456789"), rs(DIG, 4))),
    ("JP", lambda: "+81 3-%s-%s" % (rd(4, "2345678"), rs(DIG, 4))),
    ("BR", lambda: "(11) 9%s-%s" % (rd(4, "6789"), rs(DIG, 4))),
    ("BR", lambda: "+55 21 9%s-%s" % (rd(4, "6789"), rs(DIG, 4))),
    ("MX", lambda: "+52 55 %s %s" % (rd(4, "12345"), rs(DIG, 4))),
    ("SE", lambda: "070-%s %s %s" % (rs(DIG, 3), rs(DIG, 2), rs(DIG, 2))),
    ("PL", lambda: "+48 5%s %s %s" % (rs(DIG, 2), rs(DIG, 3), rs(DIG, 3))),
    ("CH", lambda: "+41 79 %s %s %s" % (rs(DIG, 3), rs(DIG, 2), rs(DIG, 2))),
    ("ZA", lambda: "+27 82 %s %s" % (rs(DIG, 3), rs(DIG, 4))),
    ("SG", lambda: "+65 9%s %s" % (rs(DIG, 3), rs(DIG, 4))),
    ("KR", lambda: "010-%s-%s" % (rd(4, "23456789"), rs(DIG, 4))),
    ("IE", lambda: "+353 87 %s %s" % (rd(3, "2345678"), rs(DIG, 4))),
    ("NG", lambda: "+234 803 %s %s" % (rs(DIG, 3), rs(DIG, 4))),
    ("AR", lambda: "+54 9 11 %s-%s" % (rd(4, "2345"), rs(DIG, 4))),
    ("TR", lambda: "+90 5%s %s %s %s" % (R.choice(["32", "33", "05", "42"]), rd(3, "2345678"), rs(DIG, 2), rs(DIG, 2))),
]


def phone(region=None):
    opts = [f for f in PHONE_FMT if region is None or f[0] == region]
    while True:
        reg, f = R.choice(opts)
        s = f()
        if "555" in s or "7946 0" in s:
            continue
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(s, reg)):
                return s
        except phonenumbers.NumberParseException:
            pass


# ---------------------------------------------------------------- people
FIRST = ["Maria", "Jonas", "Aisha", "Tomasz", "Lucía", "Kenji", "Priya", "Oluwaseun", "Sven", "Chloé",
         "Mateo", "Ingrid", "Rahul", "Fatima", "Liam", "Yuki", "Giulia", "Pedro", "Hannah", "Wei",
         "Emre", "Sofia", "Dmitri", "Amara", "Nils", "Beatriz", "Arjun", "Noor", "Camille", "Gareth"]
LAST = ["Okafor", "Schneider", "Kowalski", "García", "Tanaka", "Sharma", "Lindqvist", "Dubois", "Rossi",
        "Silva", "Novak", "Haddad", "O'Brien", "van Dijk", "Nakamura", "Müller", "Costa", "Yilmaz",
        "Petrov", "Mensah", "Fernández", "Andersen", "Iyer", "Moreau", "Bianchi", "Evans", "Chen", "Kim"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "proton.me", "web.de", "orange.fr", "libero.it",
           "hotmail.es", "icloud.com", "gmx.net", "fastmail.com", "acme-logistics.com", "northwind.io",
           "kraftwerk-solar.de", "finca-verde.es", "uni-bonn.de", "mail.ru", "qq.com", "uol.com.br"]


def person():
    return R.choice(FIRST), R.choice(LAST)


def email(fn=None, ln=None):
    fn, ln = fn or R.choice(FIRST), ln or R.choice(LAST)
    a = fn.lower().translate(str.maketrans("íéóúüçèñá", "ieouucena"))
    b = ln.lower().replace("'", "").replace(" ", "").translate(str.maketrans("íéóúüçèñá", "ieouucena"))
    local = R.choice([a + "." + b, a[0] + b, a + "_" + b + str(R.randint(1, 99)), b + "." + a,
                      a + "+" + R.choice(["billing", "shop", "news"]), a + b[0] + str(R.randint(70, 99))])
    return local + "@" + R.choice(DOMAINS)


# ---------------------------------------------------------------- tokens
def b62(n):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(6, "0")


def gh(prefix="ghp_"):
    body = rs(ALNUM, 30)
    return prefix + body + b62(zlib.crc32(body.encode()))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(alg="HS256", unsigned=False):
    hdr = {"alg": "none" if unsigned else alg, "typ": "JWT"}
    pl = {"sub": rs(DIG, R.randint(5, 9)), "iat": R.randint(1735000000, 1790000000)}
    if R.random() < 0.6:
        pl["scope"] = R.choice(["read:orders write:orders", "admin", "openid profile"])
        pl["exp"] = pl["iat"] + 3600
    if R.random() < 0.5:
        pl["iss"] = R.choice(["https://auth.northwind.io/", "lockgate-dev", "https://id.acme-logistics.com"])
    h = b64u(json.dumps(hdr, separators=(",", ":")).encode())
    p = b64u(json.dumps(pl, separators=(",", ":")).encode())
    if unsigned:
        return h + "." + p + "."
    nsig = 32 if alg.startswith("HS") else 256
    return h + "." + p + "." + b64u(bytes(R.getrandbits(8) for _ in range(nsig)))


def wrap(s, w):
    return "\n".join(s[i:i + w] for i in range(0, len(s), w))


def pem(kind="RSA PRIVATE KEY", nl="\n"):
    rnd = bytes(R.getrandbits(8) for _ in range(R.randint(300, 900)))
    prefix = {"RSA PRIVATE KEY": b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00",
              "PRIVATE KEY": b"\x30\x82\x04\xbe\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01",
              "EC PRIVATE KEY": b"\x30\x77\x02\x01\x01\x04\x20"}[kind]
    if kind == "EC PRIVATE KEY":
        rnd = rnd[:110]
    body = wrap(base64.b64encode(prefix + rnd).decode(), 64)
    return ("-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, body, kind)).replace("\n", nl)


def openssh_key():
    raw = b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01" + \
        bytes(R.getrandbits(8) for _ in range(R.randint(200, 380)))
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----" % wrap(
        base64.b64encode(raw).decode(), 70)


def pgp_key():
    raw = b"\x95\x03\x98\x04" + bytes(R.getrandbits(8) for _ in range(R.randint(400, 700)))
    body = wrap(base64.b64encode(raw).decode(), 64)
    crc = base64.b64encode(bytes(R.getrandbits(8) for _ in range(3))).decode()
    return "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n%s\n=%s\n-----END PGP PRIVATE KEY BLOCK-----" % (body, crc)


def discord_bot():
    uid = str(R.randint(10 ** 17, 10 ** 18 - 1)).encode()
    return base64.b64encode(uid).decode() + "." + rs(U64, 6) + "." + rs(U64, 38)


def azure_key():
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(64))).decode()


def sas_sig():
    s = base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode()
    return s.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")


VENDOR = {
    "aws_access_key_id": lambda: R.choice(["AKIA", "ASIA"]) + rs(UP + "234567", 16),
    "aws_secret_key": lambda: rs(B64, 40),
    "github_token": lambda: gh(R.choice(["ghp_", "gho_", "ghu_", "ghs_", "ghr_"])),
    "github_fine_grained_pat": lambda: "github_pat_11" + rs(UP + DIG, 20) + "_" + rs(ALNUM, 59),
    "gitlab_token": lambda: R.choice(["glpat-", "glpat-", "glft-", "gldt-", "glrt-", "gloas-"]) + rs(U64, 20),
    "gitlab_runner_token": lambda: "GR1348941" + rs(U64, 20),
    "slack_token": lambda: R.choice(["xoxb-", "xoxp-", "xoxa-2-"]) + rd(11) + "-" + rd(13) + "-" + rs(ALNUM, 24),
    "slack_app_token": lambda: "xapp-1-A" + rs(UP + DIG, 10) + "-" + rd(13) + "-" + rs(HEX, 64),
    "slack_webhook": lambda: "https://hooks.slack.com/services/T" + rs(UP + DIG, 8) + "/B" + rs(UP + DIG, 10) + "/" + rs(ALNUM, 24),
    "discord_webhook": lambda: "https://discord.com/api/webhooks/" + rd(19) + "/" + rs(U64, 68),
    "stripe_secret_key": lambda: R.choice(["sk_live_", "rk_live_"]) + R.choice(["51", ""]) + rs(ALNUM, R.choice([24, 34, 97])),
    "stripe_webhook_secret": lambda: "whsec_" + rs(ALNUM, 32),
    "openai_api_key": lambda: R.choice([lambda: "sk-proj-" + rs(U64, 74) + "T3BlbkFJ" + rs(U64, 74),
                                        lambda: "sk-" + rs(ALNUM, 20) + "T3BlbkFJ" + rs(ALNUM, 20),
                                        lambda: "sk-svcacct-" + rs(U64, 74) + "T3BlbkFJ" + rs(U64, 74)])(),
    "anthropic_api_key": lambda: R.choice(["sk-ant-api03-", "sk-ant-admin01-"]) + rs(U64, 93) + "AA",
    "google_api_key": lambda: "AIza" + rs(U64, 35),
    "google_oauth_client_secret": lambda: "GOCSPX-" + rs(U64, 28),
    "twilio_api_key": lambda: "SK" + rs(HEX, 32),
    "sendgrid_api_key": lambda: "SG." + rs(U64, 22) + "." + rs(U64, 43),
    "mailgun_api_key": lambda: "key-" + rs(HEX, 32),
    "npm_token": lambda: "npm_" + rs(ALNUM, 36),
    "pypi_token": lambda: "pypi-AgEIcHlwaS5vcmc" + rs(U64, R.randint(70, 140)),
    "shopify_token": lambda: R.choice(["shpat_", "shpss_", "shpca_", "shppa_"]) + rs(HEX, 32),
    "vault_token": lambda: R.choice([lambda: "hvs." + rs(ALNUM, 24), lambda: "hvs.CAESI" + rs(U64, 86),
                                     lambda: "hvb.AAAAAQ" + rs(U64, 100)])(),
    "terraform_cloud_token": lambda: rs(ALNUM, 14) + ".atlasv1." + rs(ALNUM, 67),
    "azure_ad_client_secret": lambda: rs(ALNUM, 3) + "8Q~" + rs(ALNUM + "_~.-", 34),
    "digitalocean_token": lambda: R.choice(["dop_v1_", "doo_v1_", "dor_v1_"]) + rs(HEX, 64),
    "heroku_api_key": lambda: "HRKU-AA" + rs(U64, 58),
    "discord_bot_token": discord_bot,
    "telegram_bot_token": lambda: str(R.randint(10 ** 8, 10 ** 10 - 1)) + ":AA" + rs(U64, 33),
    "linear_api_key": lambda: "lin_api_" + rs(ALNUM, 40),
    "postman_api_key": lambda: "PMAK-" + rs(HEX, 24) + "-" + rs(HEX, 34),
    "doppler_token": lambda: R.choice(["dp.pt.", "dp.st.prd.", "dp.ct."]) + rs(ALNUM, 43),
    "pulumi_token": lambda: "pul-" + rs(HEX, 40),
    "grafana_token": lambda: R.choice([lambda: "glsa_" + rs(ALNUM, 32) + "_" + rs(HEX, 8),
                                       lambda: "glc_eyJvIjoi" + rs(ALNUM, 60) + "In19"])(),
    "huggingface_token": lambda: "hf_" + rs(UP + LO, 34),
    "replicate_token": lambda: "r8_" + rs(ALNUM, 37),
    "groq_api_key": lambda: "gsk_" + rs(ALNUM, 52),
    "age_secret_key": lambda: "AGE-SECRET-KEY-1" + rs("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58),
    "databricks_token": lambda: "dapi" + rs(HEX, 32) + R.choice(["", "-2", "-3"]),
    "supabase_token": lambda: "sbp_" + rs(HEX, 40),
    "planetscale_token": lambda: R.choice(["pscale_tkn_", "pscale_pw_"]) + rs(U64, 43),
    "notion_token": lambda: R.choice([lambda: "secret_" + rs(ALNUM, 43), lambda: "ntn_" + rd(11) + rs(ALNUM, 35)])(),
    "airtable_pat": lambda: "pat" + rs(ALNUM, 14) + "." + rs(HEX, 64),
    "figma_token": lambda: "figd_" + rs(U64, 40),
    "mapbox_secret_token": lambda: "sk.eyJ1Ijoi" + rs(ALNUM, 40) + "In0." + rs(U64, 22),
    "brevo_api_key": lambda: "xkeysib-" + rs(HEX, 64) + "-" + rs(ALNUM, 16),
    "dynatrace_token": lambda: "dt0c01." + rs(UP + DIG, 24) + "." + rs(UP + DIG, 64),
    "newrelic_key": lambda: R.choice(["NRAK-", "NRII-"]) + rs(UP + DIG, 27),
    "sentry_token": lambda: R.choice(["sntryu_" + rs(HEX, 64), "sntrys_eyJpYXQiOjE3" + rs(ALNUM, 80) + "_" + rs(ALNUM, 43)]),
    "okta_api_token": lambda: "00" + rs(U64, 40),
    "alibaba_access_key_id": lambda: "LTAI" + rs(ALNUM, 20),
    "square_token": lambda: R.choice(["EAAA" + rs(U64, 60), "sq0csp-" + rs(U64, 43)]),
    "shippo_token": lambda: "shippo_live_" + rs(HEX, 40),
    "flutterwave_key": lambda: "FLWSECK-" + rs(HEX, 32) + "-X",
    "contentful_token": lambda: "CFPAT-" + rs(U64, 43),
    "netlify_token": lambda: "nfp_" + rs(ALNUM, 36),
    "dockerhub_pat": lambda: "dckr_pat_" + rs(U64, 27),
    "tailscale_key": lambda: "tskey-" + R.choice(["auth-", "api-"]) + rs(ALNUM, 11) + "CNTRL-" + rs(ALNUM, 33),
    "sourcegraph_token": lambda: "sgp_" + rs(HEX, 16) + "_" + rs(HEX, 40),
    "rubygems_api_key": lambda: "rubygems_" + rs(HEX, 48),
    "clojars_token": lambda: "CLOJARS_" + rs(HEX, 60),
    "nuget_api_key": lambda: "oy2" + rs(LO + DIG, 43),
    "prefect_api_key": lambda: "pnu_" + rs(ALNUM, 36),
    "buildkite_token": lambda: "bkua_" + rs(HEX, 40),
    "readme_api_key": lambda: "rdme_" + rs(HEX, 70),
    "fly_token": lambda: "fm2_lJPECAAAAAAAA" + rs(B64, 120),
    "openrouter_key": lambda: "sk-or-v1-" + rs(HEX, 64),
    "mistral_api_key": lambda: rs(ALNUM, 32),
    "cohere_api_key": lambda: rs(ALNUM, 40),
    "datadog_api_key": lambda: rs(HEX, 32),
    "datadog_app_key": lambda: rs(HEX, 40),
    "cloudflare_api_token": lambda: rs(U64, 40),
    "cloudflare_global_key": lambda: rs(HEX, 37),
    "twilio_auth_token": lambda: rs(HEX, 32),
    "mongodb_password": lambda: rs(ALNUM, 16),
}


def V(kind):
    return VENDOR[kind]()


PW_WORDS = ["correct", "horse", "battery", "staple", "marmalade", "orbit", "lantern", "velvet", "quartz",
            "harbor", "sparrow", "tundra", "cobalt", "pepper", "granite", "willow", "nebula", "falcon"]


def password(kind=None):
    kind = kind or R.choice(["punct", "punct", "space", "phrase", "quote", "simple", "brace"])
    if kind == "punct":
        return rs(ALNUM, R.randint(4, 8)) + R.choice("!#%&*+,;<>?@^~:") + rs(ALNUM + "!#%&*+-?^_~", R.randint(5, 10)) + R.choice(DIG + "!%?")
    if kind == "space":
        return R.choice(PW_WORDS).capitalize() + " " + rs(ALNUM, 4) + R.choice("!?.%") + " " + str(R.randint(10, 999))
    if kind == "phrase":
        return R.choice(["-", " ", ".", "_"]).join(R.sample(PW_WORDS, 4)) + str(R.randint(1, 99))
    if kind == "quote":
        return rs(ALNUM, 5) + R.choice(["'", "`"]) + rs(ALNUM, 4) + R.choice("$%") + rs(DIG, 2)
    if kind == "brace":
        return rs(ALNUM, 4) + R.choice(["{", "}", "[", "]", "(", ")"]) + rs(ALNUM, 5) + R.choice(["}", "]", ")"]) + R.choice("#=") + rs(DIG, 2)
    return R.choice(PW_WORDS).capitalize() + R.choice(PW_WORDS) + str(R.randint(1900, 2030)) + R.choice("!$")


def pct(s):
    out = ""
    for c in s:
        out += c if c.isalnum() or c in "-._~" else "%%%02X" % ord(c)
    return out


# ---------------------------------------------------------------- case building
def S(v, t):
    return (v, t)


CASES = []


def add_pos(parts, source, reason):
    text, spans = "", []
    for p in parts:
        if isinstance(p, tuple):
            spans.append({"start": len(text), "end": len(text) + len(p[0]), "type": p[1]})
            text += p[0]
        else:
            text += p
    assert spans
    CASES.append({"text": text, "spans": spans, "class": "positive", "source": source, "reason": reason})


def add_neg(text, cls, source, reason):
    CASES.append({"text": text, "spans": [], "class": cls, "source": source, "reason": reason})


def host():
    return R.choice(["db-primary.internal", "pg.prod.northwind.io", "orders-db.cluster-cx9.eu-west-1.rds.amazonaws.com",
                     "mysql.staging.acme-logistics.com", "postgres", "db", "warehouse.svc.cluster.local"])


# ---------------------------------------------------------------- agent positives
def a_dotenv():
    pw = password()
    return ["# .env.production\nNODE_ENV=production\nPORT=8080\nDATABASE_URL=postgres://app_user:", S(pct(pw), "password"),
            "@", host(), ":5432/orders\nSTRIPE_SECRET_KEY=", S(V("stripe_secret_key"), "stripe_secret_key"),
            "\nSENDGRID_API_KEY=", S(V("sendgrid_api_key"), "sendgrid_api_key"), "\nSENTRY_DSN=\nSESSION_SECRET=\"",
            S(password("space"), "password"), "\"\nLOG_LEVEL=info\n"], "dotenv with URL-encoded db password, Stripe, SendGrid, quoted secret with spaces; empty SENTRY_DSN line"


def a_compose():
    return ["services:\n  api:\n    image: ghcr.io/northwind/api:2.14.1\n    environment:\n      POSTGRES_PASSWORD: \"",
            S(password(R.choice(["punct", "brace"])), "password"), "\"\n      REDIS_URL: redis://:", S(rs(ALNUM, 24), "password"),
            "@cache:6379/0\n      OPENAI_API_KEY: ", S(V("openai_api_key"), "openai_api_key"),
            "\n      LOG_FORMAT: json\n    ports:\n      - \"8080:8080\"\n"], "docker-compose env with quoted password, redis URL password, OpenAI key"


def a_toml():
    return ["[database]\nhost = \"", host(), "\"\nuser = \"svc_billing\"\npassword = \"", S(password(), "password"),
            "\"\npool_size = 12\n\n[anthropic]\napi_key = \"", S(V("anthropic_api_key"), "anthropic_api_key"),
            "\"\nmodel = \"claude-sonnet-4-5\"\n"], "TOML config: db password with punctuation, Anthropic key"


def a_appsettings():
    acct = "st" + rs(LO + DIG, 10)
    return ["{\n  \"ConnectionStrings\": {\n    \"Blob\": \"DefaultEndpointsProtocol=https;AccountName=", acct, ";AccountKey=",
            S(azure_key(), "azure_storage_key"), ";EndpointSuffix=core.windows.net\",\n    \"Sql\": \"Server=tcp:sql-prod.database.windows.net,1433;Database=crm;User ID=crm_app;Password=",
            S(password("punct").replace(";", "!"), "password"), ";Encrypt=True;\"\n  },\n  \"AzureAd\": {\n    \"ClientId\": \"",
            str(uuid4()), "\",\n    \"ClientSecret\": \"", S(V("azure_ad_client_secret"), "azure_ad_client_secret"), "\"\n  }\n}\n"], \
        "appsettings.json: Azure storage AccountKey, SQL Password in connection string, Entra client secret"


def uuid4():
    h = rs(HEX, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def a_pypirc():
    return ["[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = ", S(V("pypi_token"), "pypi_token"), "\n"], \
        ".pypirc with PyPI API token"


def a_hcl():
    return ["provider \"aws\" {\n  region     = \"eu-central-1\"\n  access_key = \"", S(V("aws_access_key_id"), "aws_access_key_id"),
            "\"\n  secret_key = \"", S(V("aws_secret_key"), "aws_secret_key"), "\"\n}\n\nprovider \"datadog\" {\n  api_key = \"",
            S(V("datadog_api_key"), "datadog_api_key"), "\"\n  app_key = \"", S(V("datadog_app_key"), "datadog_app_key"), "\"\n}\n"], \
        "Terraform providers with inline AWS key pair and Datadog keys"


def a_terraformrc():
    return ["$ cat ~/.terraform.d/credentials.tfrc.json\n{\n  \"credentials\": {\n    \"app.terraform.io\": {\n      \"token\": \"",
            S(V("terraform_cloud_token"), "terraform_cloud_token"), "\"\n    }\n  }\n}\n"], "Terraform Cloud credentials file"


def a_properties():
    return ["spring.datasource.url=jdbc:postgresql://", host(), ":5432/ledger\nspring.datasource.username=ledger\nspring.datasource.password=",
            S(password(R.choice(["punct", "phrase", "simple"])), "password"), "\nspring.mail.host=smtp.sendgrid.net\nspring.mail.username=apikey\nspring.mail.password=",
            S(V("sendgrid_api_key"), "sendgrid_api_key"), "\nspring.jpa.open-in-view=false\n"], "Spring properties with datasource and SMTP passwords"


def a_history():
    pw = password("punct").replace("'", "")
    return ["  501  export GITHUB_TOKEN=", S(V("github_token"), "github_token"), "\n  502  gh repo list northwind --limit 50\n  503  mysql -u root -p'",
            S(pw, "password"), "' -h ", host(), " orders\n  504  curl -s -H \"Authorization: Bearer ", S(V("linear_api_key"), "linear_api_key"),
            "\" https://api.linear.app/graphql -d @query.json\n  505  history | tail\n"], "shell history: GitHub token export, mysql -p'pw', bearer header"


def a_curl_basic():
    user = R.choice(["admin", "deploy", "ci-bot", "grafana"])
    return ["curl -u ", user, ":", S(password("punct").replace("'", "").replace(" ", ""), "password"),
            " -X POST https://jenkins.northwind.io/job/release/build \\\n  -H 'X-Postmark-Server-Token: ", S(uuid4(), "postmark_token"), "'\n"], \
        "curl basic auth user:password and Postmark server token header"


def a_basic_header():
    user = R.choice(["svc-export", "reporter", "admin"])
    pw = password("simple")
    b = base64.b64encode((user + ":" + pw).encode()).decode()
    return ["> GET /api/v2/export HTTP/1.1\n> Host: erp.acme-logistics.com\n> Authorization: Basic ", S(b, "basic_auth"),
            "\n> User-Agent: curl/8.5.0\n> Accept: */*\n>\n< HTTP/1.1 200 OK\n"], "curl -v trace with Basic auth header"


def a_log_telegram():
    ts = "2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(1, 11), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))
    return [ts, " ERROR notifier: POST https://api.telegram.org/bot", S(V("telegram_bot_token"), "telegram_bot_token"),
            "/sendMessage failed: 401 Unauthorized (attempt 3/3)\n"], "log line leaking Telegram bot token in URL path"


def a_log_maps():
    return ["requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://maps.googleapis.com/maps/api/geocode/json?address=Hauptstr.+5&key=",
            S(V("google_api_key"), "google_api_key"), "\n"], "HTTPError with Google API key in query string"


def a_trace_db():
    pw = password(R.choice(["punct", "simple"]))
    return ["Traceback (most recent call last):\n  File \"/app/worker.py\", line 41, in <module>\n    engine = create_engine(settings.DB_URL)\n",
            "sqlalchemy.exc.ArgumentError: Could not parse SQLAlchemy URL from string 'mysql+pymysql://reporting:", S(pct(pw), "password"),
            "@", host(), ":3306/bi?charset=utf8mb4'\n"], "traceback printing DB URL with password"


def a_k8s_secret():
    return ["apiVersion: v1\nkind: Secret\nmetadata:\n  name: notifier-secrets\n  namespace: prod\ntype: Opaque\nstringData:\n  DD_API_KEY: ",
            S(V("datadog_api_key"), "datadog_api_key"), "\n  SLACK_WEBHOOK_URL: ", S(V("slack_webhook"), "slack_webhook"),
            "\n  TWILIO_ACCOUNT_SID: AC", rs(HEX, 32), "\n  TWILIO_AUTH_TOKEN: ", S(V("twilio_auth_token"), "twilio_auth_token"), "\n"], \
        "Kubernetes Secret stringData with Datadog key, Slack webhook, Twilio auth token"


def a_docker_run():
    return ["docker run -d --name worker \\\n  -e DIGITALOCEAN_TOKEN=", S(V("digitalocean_token"), "digitalocean_token"),
            " \\\n  -e CF_API_TOKEN=", S(V("cloudflare_api_token"), "cloudflare_api_token"), " \\\n  -e HF_TOKEN=",
            S(V("huggingface_token"), "huggingface_token"), " \\\n  ghcr.io/northwind/worker:1.8.0\n"], "docker run with DigitalOcean, Cloudflare, HF tokens"


def a_csv():
    rows = ["customer_id,name,email,phone,iban,country"]
    parts = []
    for i in range(R.randint(4, 7)):
        fn, ln = person()
        reg = R.choice(["DE", "FR", "ES", "IT", "NL", "GB"])
        cc = {"GB": "GB"}.get(reg, reg)
        parts += ["\n%d,%s %s," % (10231 + i * R.randint(3, 40), fn, ln), S(email(fn, ln), "email"), ",",
                  S(phone(reg), "phone"), ",", S(iban(cc, grouped=False), "iban"), "," + reg]
    return [rows[0]] + parts + ["\n"], "customer CSV export with emails, national phones, IBANs"


def a_tsv_noheader():
    parts = []
    for i in range(R.randint(4, 6)):
        fn, ln = person()
        parts += ["%s\t%s\t" % (fn, ln), S(ssn(R.choice("- ")), "us_ssn"), "\t", S(phone("US"), "phone"), "\t",
                  R.choice(["active", "closed", "pending"]), "\n"]
    return parts, "headerless TSV with US SSNs and phones"


def a_sql_table():
    parts = [" id  |       email                     | card_number          | exp   \n-----+---------------------------------+----------------------+-------\n"]
    n = R.randint(3, 6)
    for i in range(n):
        e = email()
        c = fmt_card(card())
        parts += [" %-3d | " % (R.randint(100, 999)), S(e, "email"), " " * max(1, 32 - len(e)), "| ", S(c, "credit_card"),
                  " " * max(1, 21 - len(c)), "| %02d/%02d\n" % (R.randint(1, 12), R.randint(27, 31))]
    parts.append("(%d rows)\n" % n)
    return parts, "psql result table with emails and card numbers"


NAT_IDS = [("DE", "de_steuer_id", steuer_id), ("FR", "fr_nir", fr_nir), ("ES", "es_dni", es_dni), ("ES", "es_nie", es_nie),
           ("IT", "it_codice_fiscale", it_cf), ("NL", "nl_bsn", nl_bsn), ("PL", "pl_pesel", pl_pesel),
           ("IN", "in_aadhaar", aadhaar), ("AU", "au_tfn", au_tfn), ("JP", "jp_my_number", jp_mynumber),
           ("BR", "br_cpf", br_cpf), ("CA", "ca_sin", ca_sin), ("SE", "se_personnummer", se_pnr),
           ("CH", "ch_ahv", ch_ahv), ("GB", "uk_nino", nino), ("US", "us_ssn", ssn), ("AU", "au_medicare", au_medicare)]


def a_md_ids():
    parts = ["| Employee | Country | Tax / national ID | Mobile |\n|---|---|---|---|\n"]
    for _ in range(R.randint(4, 7)):
        cc, t, f = R.choice(NAT_IDS)
        fn, ln = person()
        preg = cc if cc in {r for r, _ in PHONE_FMT} else "GB"
        parts += ["| %s %s | %s | " % (fn, ln, cc), S(f(), t), " | ", S(phone(preg), "phone"), " |\n"]
    return parts, "markdown HR table with national ids of many countries and phones"


def a_ticket():
    fn, ln = person()
    e = email(fn, ln)
    return ["Subject: Re: Refund for order #", rd(8), "\nFrom: ", fn, " ", ln, " <", S(e, "email"), ">\n\nHi,\n\nI was charged twice. The card ending ",
            rs(DIG, 4), " was used, but please refund to my account instead:\nIBAN: ", S(iban(R.choice(["DE", "AT", "CH", "NL", "BE"])), "iban"),
            "\n\nYou can reach me on ", S(phone(), "phone"), " during the day.\n\nThanks,\n", fn, "\n"], "support email with sender email, IBAN and phone"


def a_ticket_de():
    fn, ln = person()
    return ["Ticket #", rd(6), " – Adressänderung\nKunde: ", fn, " ", ln, "\nSteuer-ID: ", S(steuer_id(), "de_steuer_id"),
            "\nTel.: ", S(phone("DE"), "phone"), "\nE-Mail: ", S(email(fn, ln), "email"), "\nBitte Lastschrift auf ",
            S(iban("DE"), "iban"), " umstellen.\n"], "German support ticket with Steuer-ID, phone, email, IBAN"


CODE_TPL = [
    ("python", lambda k, v: ["import openai\n\nclient = openai.OpenAI(api_key=\"", S(v, k), "\")\nresp = client.responses.create(model=\"gpt-4.1\", input=prompt)\n"]),
    ("js", lambda k, v: ["const Stripe = require('stripe');\nconst stripe = Stripe('", S(v, k), "', { apiVersion: '2024-06-20' });\n"]),
    ("go", lambda k, v: ["client := anthropic.NewClient(\n\toption.WithAPIKey(\"", S(v, k), "\"),\n)\n"]),
    ("ruby", lambda k, v: ["Octokit.configure do |c|\n  c.access_token = '", S(v, k), "'\nend\n"]),
    ("java", lambda k, v: ["private static final String API_TOKEN = \"", S(v, k), "\";\n\nHttpRequest req = HttpRequest.newBuilder(uri).header(\"Authorization\", \"Bearer \" + API_TOKEN).build();\n"]),
    ("csharp", lambda k, v: ["var client = new SendGridClient(\"", S(v, k), "\");\nvar msg = MailHelper.CreateSingleEmail(from, to, subject, text, html);\n"]),
    ("rust", lambda k, v: ["let token = \"", S(v, k), "\";\nlet bot = Bot::new(token);\n"]),
    ("php", lambda k, v: ["<?php\n$mg = Mailgun::create('", S(v, k), "', 'https://api.eu.mailgun.net');\n"]),
    ("kotlin", lambda k, v: ["val hf = HfClient(token = \"", S(v, k), "\")\n"]),
    ("swift", lambda k, v: ["let config = Configuration(apiKey: \"", S(v, k), "\", organization: nil)\n"]),
    ("bash", lambda k, v: ["#!/usr/bin/env bash\nset -euo pipefail\nNPM_TOKEN=\"", S(v, k), "\"\necho \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > ~/.npmrc\n"]),
]
CODE_KINDS = {"python": "openai_api_key", "js": "stripe_secret_key", "go": "anthropic_api_key", "ruby": "github_token",
              "java": "gitlab_token", "csharp": "sendgrid_api_key", "rust": "discord_bot_token", "php": "mailgun_api_key",
              "kotlin": "huggingface_token", "swift": "openai_api_key", "bash": "npm_token"}


def a_code():
    lang, f = R.choice(CODE_TPL)
    k = CODE_KINDS[lang]
    return f(k, V(k)), "%s source with inline %s" % (lang, k)


def a_slack_export():
    fn, ln = person()
    return ["[\n  {\"type\": \"message\", \"user\": \"U0", rs(UP + DIG, 8), "\", \"text\": \"can someone rotate this? I pasted the prod key in #general by mistake: ",
            S(V(R.choice(["groq_api_key", "replicate_token", "openrouter_key", "stripe_webhook_secret", "slack_app_token"])), "api_key"),
            "\", \"ts\": \"17", rd(8), ".", rs(DIG, 6), "\"},\n  {\"type\": \"message\", \"user\": \"U0", rs(UP + DIG, 8),
            "\", \"text\": \"done. ping ", fn, " at ", S(phone(), "phone"), " if the job still fails\", \"ts\": \"17", rd(8), ".", rs(DIG, 6), "\"}\n]\n"], \
        "Slack export JSON with a pasted token and a phone number"


def a_gcp_sa():
    k = pem("PRIVATE KEY", nl="\\n")
    proj = R.choice(["northwind-prod", "acme-analytics-42", "lockgate-ci"])
    return ["{\n  \"type\": \"service_account\",\n  \"project_id\": \"", proj, "\",\n  \"private_key_id\": \"", rs(HEX, 40),
            "\",\n  \"private_key\": \"", S(k, "private_key"), "\\n\",\n  \"client_email\": \"etl-runner@", proj,
            ".iam.gserviceaccount.com\",\n  \"token_uri\": \"https://oauth2.googleapis.com/token\"\n}\n"], \
        "GCP service-account JSON; PEM key with escaped newlines inside a JSON string"


def a_ssh_cat():
    return ["$ cat ~/.ssh/id_ed25519\n", S(openssh_key(), "private_key"), "\n$ \n"], "tool output of an OpenSSH private key file"


def a_pem_file():
    kind = R.choice(["RSA PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY"])
    return ["Read certs/server.key (", str(R.randint(200, 1700)), " bytes):\n", S(pem(kind), "private_key"), "\n"], "file read tool result with PEM private key"


def a_pgp():
    return ["$ gpg --export-secret-keys --armor 0x" + rs(HEX.upper(), 16) + "\n", S(pgp_key(), "private_key"), "\n"], \
        "armored PGP private key block"


def a_cookie():
    return ["GET /account/settings HTTP/2\nhost: shop.northwind.io\ncookie: _ga=GA1.1.", rd(9), ".", rd(10), "; sessionid=",
            S(rs(LO + DIG, 32), "session_cookie"), "; theme=dark\nauthorization: Bearer ", S(jwt(R.choice(["HS256", "RS256"])), "jwt"), "\n"], \
        "HTTP request dump with session cookie and JWT bearer"


def a_git_remote():
    return ["$ git remote -v\norigin\thttps://oauth2:", S(V("gitlab_token"), "gitlab_token"), "@gitlab.com/northwind/platform/billing.git (fetch)\norigin\thttps://oauth2:",
            None, "@gitlab.com/northwind/platform/billing.git (push)\n"], "git remote URLs with embedded GitLab token (twice)"


def a_git_remote_fix(parts):
    tok = parts[1][0]
    parts[3] = S(tok, "gitlab_token")
    return parts


def a_docker_config():
    user = R.choice(["northwindci", "deploybot", "acmebuild"])
    b = base64.b64encode((user + ":" + V("dockerhub_pat")).encode()).decode()
    return ["$ cat ~/.docker/config.json\n{\n\t\"auths\": {\n\t\t\"https://index.docker.io/v1/\": {\n\t\t\t\"auth\": \"", S(b, "basic_auth"),
            "\"\n\t\t}\n\t}\n}\n"], "docker config.json auth (base64 of user:token)"


def a_mongo():
    return ["MONGODB_URI=\"mongodb+srv://analytics:", S(V("mongodb_password"), "password"), "@cluster0.", rs(LO + DIG, 5),
            ".mongodb.net/?retryWrites=true&w=majority\"\n"], "MongoDB SRV URI with password"


def a_psql_kv():
    pw = password("space")
    return ["psql \"host=", host(), " port=5432 dbname=reports user=readonly password='", S(pw, "password"), "' sslmode=require\"\n"], \
        "libpq keyword string with quoted password containing spaces"


def a_sas():
    acct = "st" + rs(LO + DIG, 10)
    return ["Uploading via SAS URL: https://", acct, ".blob.core.windows.net/backups/db-2026-11-29.bak?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2026-12-31T00:00:00Z&st=2026-11-01T00:00:00Z&spr=https&sig=",
            S(sas_sig(), "azure_sas_signature"), "\n"], "Azure blob SAS URL; sig is the secret"


def a_wpconfig():
    return ["define( 'DB_NAME', 'wp_shop' );\ndefine( 'DB_USER', 'wp_shop' );\ndefine( 'DB_PASSWORD', '", S(password("brace"), "password"),
            "' );\ndefine( 'DB_HOST', 'localhost' );\ndefine( 'AUTH_KEY', '", S(rs(ALNUM + "!#%&()*+,-.:;<=>?@[]^_{|}~", 64), "wordpress_salt"), "' );\n"], \
        "wp-config.php with DB password and auth salt"


def a_chat_pw():
    pw = password(R.choice(["phrase", "space", "punct"]))
    return ["User: the staging admin login is ops-admin and the password is ", S(pw, "password"),
            " — can you check why the export button 500s?\n"], "chat message giving a password in prose; extent ends before the dash"


def a_pydict_log():
    return ["DEBUG connecting with params {'host': '", host(), "', 'user': 'etl', 'password': '", S(password("punct").replace("'", ""), "password"),
            "', 'connect_timeout': 10}\n"], "debug log printing a Python dict with password"


def a_maven():
    return ["<settings>\n  <servers>\n    <server>\n      <id>nexus-releases</id>\n      <username>deployer</username>\n      <password>",
            S(password("punct").replace("<", "!").replace("&", "#"), "password"), "</password>\n    </server>\n  </servers>\n</settings>\n"], \
        "Maven settings.xml with server password"


def a_webconfig():
    return ["<appSettings>\n  <add key=\"Environment\" value=\"Production\" />\n  <add key=\"BrevoApiKey\" value=\"", S(V("brevo_api_key"), "brevo_api_key"),
            "\" />\n  <add key=\"ShippoToken\" value=\"", S(V("shippo_token"), "shippo_token"), "\" />\n</appSettings>\n"], "web.config appSettings with Brevo and Shippo keys"


def a_ghactions_leak():
    return ["Run ./scripts/publish.sh\n+ echo 'publishing with token ", S(V("npm_token"), "npm_token"), "'\npublishing with token ", None,
            "\n+ npm publish --access public\n"], "CI log where set -x echoed an npm token (twice)"


def a_vault_login():
    return ["$ vault login -method=userpass username=ops\nPassword (will be hidden):\nSuccess! You are now authenticated.\n\nKey                    Value\n---                    -----\ntoken                  ",
            S(V("vault_token"), "vault_token"), "\ntoken_accessor         ", rs(ALNUM, 24), "\ntoken_duration         768h\n"], \
        "vault login output showing the client token (accessor is not a secret)"


def a_patient():
    fn, ln = person()
    return ["Patient: ", fn, " ", ln, "\nMedicare: ", S(au_medicare(), "au_medicare"), "\nTFN on file: ", S(au_tfn(), "au_tfn"),
            "\nContact: ", S(phone("AU"), "phone"), "\n"], "Australian record with Medicare number, TFN, phone"


def a_br_cadastro():
    fn, ln = person()
    return ["Cliente: ", fn, " ", ln, " | CPF ", S(br_cpf(), "br_cpf"), " | Empresa CNPJ ", S(br_cnpj(), "br_cnpj"), " | Cel. ",
            S(phone("BR"), "phone"), "\n"], "Brazilian record with CPF, CNPJ, mobile"


def a_in_kyc():
    fn, ln = person()
    return ["KYC check failed for applicant ", fn, " ", ln, ": Aadhaar ", S(aadhaar(), "in_aadhaar"), " does not match mobile ",
            S(phone("IN"), "phone"), "\n"], "Indian KYC log with Aadhaar (Verhoeff) and phone"


def a_jp():
    return ["氏名: ", R.choice(["山田 太郎", "佐藤 花子", "鈴木 一郎"]), "\nマイナンバー: ", S(jp_mynumber(), "jp_my_number"), "\n電話: ",
            S(phone("JP"), "phone"), "\nメール: ", S(email(), "email"), "\n"], "Japanese form with My Number, phone, email"


def a_nordic():
    return ["Kund: ", " ".join(person()), ", personnummer ", S(se_pnr(), "se_personnummer"), ", tel ", S(phone("SE"), "phone"), "\n"], \
        "Swedish customer line with personnummer and phone"


AGENT_POS = [(a_dotenv, 8), (a_compose, 7), (a_toml, 6), (a_appsettings, 6), (a_pypirc, 4), (a_hcl, 6), (a_terraformrc, 3),
             (a_properties, 5), (a_history, 7), (a_curl_basic, 5), (a_basic_header, 4), (a_log_telegram, 4), (a_log_maps, 3),
             (a_trace_db, 5), (a_k8s_secret, 5), (a_docker_run, 4), (a_csv, 7), (a_tsv_noheader, 5), (a_sql_table, 6),
             (a_md_ids, 8), (a_ticket, 6), (a_ticket_de, 4), (a_code, 14), (a_slack_export, 5), (a_gcp_sa, 4), (a_ssh_cat, 3),
             (a_pem_file, 4), (a_pgp, 2), (a_cookie, 5), (a_git_remote, 3), (a_docker_config, 3), (a_mongo, 4), (a_psql_kv, 4),
             (a_sas, 3), (a_wpconfig, 3), (a_chat_pw, 5), (a_pydict_log, 4), (a_maven, 3), (a_webconfig, 3), (a_ghactions_leak, 3),
             (a_vault_login, 3), (a_patient, 3), (a_br_cadastro, 3), (a_in_kyc, 3), (a_jp, 3), (a_nordic, 3)]


# ---------------------------------------------------------------- agent negatives
def sha1():
    return rs(HEX, 40)


def sha256():
    return rs(HEX, 64)


def b64bytes(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


COMMIT_MSGS = ["fix(api): retry on 429 from upstream", "chore(deps): bump urllib3 to 2.2.3", "feat: stream tool results",
               "refactor(masker): split rules module", "docs: clarify proxy setup", "test: add regression for empty env",
               "ci: cache uv downloads", "perf: avoid copying request body", "build: pin python 3.12.7"]
PKGS = ["lodash", "express", "react-dom", "@types/node", "zod", "axios", "semver", "undici", "esbuild", "typescript", "vite"]


def sv():
    return "%d.%d.%d" % (R.randint(0, 20), R.randint(0, 40), R.randint(0, 30))


def n_gitlog():
    lines = ["%s %s" % (rs(HEX, 7), R.choice(COMMIT_MSGS)) for _ in range(R.randint(4, 7))]
    return "$ git log --oneline -n %d\n%s\n$ git rev-parse HEAD\n%s\n" % (len(lines), "\n".join(lines), sha1()), "hash", "git short and full SHAs"


def n_sha256sum():
    ver = sv()
    return "$ sha256sum dist/*\n%s  dist/lockgate-%s-py3-none-any.whl\n%s  dist/lockgate-%s.tar.gz\n" % (sha256(), ver, sha256(), ver), "hash", "sha256sum output"


def n_lock():
    out = []
    for p in R.sample(PKGS, 3):
        v = sv()
        out.append("    \"node_modules/%s\": {\n      \"version\": \"%s\",\n      \"resolved\": \"https://registry.npmjs.org/%s/-/%s-%s.tgz\",\n      \"integrity\": \"sha512-%s\"\n    }" % (p, v, p, p.split("/")[-1], v, b64bytes(64)))
    return "{\n  \"lockfileVersion\": 3,\n  \"packages\": {\n" + ",\n".join(out) + "\n  }\n}\n", "lockfile_integrity", "package-lock integrity hashes"


def n_yarn():
    out = []
    for p in R.sample(PKGS, 3):
        v = sv()
        out.append("%s@^%s:\n  version \"%s\"\n  resolved \"https://registry.yarnpkg.com/%s/-/%s-%s.tgz#%s\"\n  integrity sha1-%s" % (p, v, v, p, p.split("/")[-1], v, sha1(), b64bytes(20)))
    return "# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.\n# yarn lockfile v1\n\n\n" + "\n\n".join(out) + "\n", "lockfile_integrity", "yarn.lock with sha1 integrity and tarball hashes"


def n_reqhash():
    pk = R.sample(["certifi", "idna", "urllib3", "charset-normalizer", "anyio", "httpx", "pydantic-core"], 3)
    return "".join("%s==%s \\\n    --hash=sha256:%s \\\n    --hash=sha256:%s\n" % (p, sv(), sha256(), sha256()) for p in pk), "lockfile_integrity", "pip requirements with hashes"


def n_docker_images():
    rows = "\n".join("%-28s %-10s %s   %d days ago   %dMB" % (R.choice(["ghcr.io/northwind/api", "postgres", "redis", "nginx", "python"]), sv(), rs(HEX, 12), R.randint(1, 60), R.randint(40, 900)) for _ in range(4))
    return "REPOSITORY                   TAG        IMAGE ID       CREATED        SIZE\n%s\n$ docker inspect --format '{{.RepoDigests}}' postgres\n[postgres@sha256:%s]\n" % (rows, sha256()), "hash", "docker image ids and digest"


def n_kubectl():
    rows = "\n".join("%s-%s-%s   %d/1     Running   %d          %dd" % (R.choice(["api", "worker", "scheduler", "gateway"]), rs("bcdf" + DIG, 10), rs(LO + DIG, 5), 1, R.randint(0, 4), R.randint(1, 30)) for _ in range(5))
    return "NAME                              READY   STATUS    RESTARTS   AGE\n" + rows + "\n", "log_line", "kubectl pod names with random suffixes"


def n_compose_ref():
    return ("services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set in .env}\n      POSTGRES_USER: ${POSTGRES_USER:-app}\n"
            "    secrets:\n      - db_password\nsecrets:\n  db_password:\n    file: ./secrets/db_password.txt\n# build %s\n" % rs(HEX, 7)), "config_reference", "compose variable substitution and secrets file"


def n_k8s_ref():
    return ("        env:\n          - name: STRIPE_SECRET_KEY\n            valueFrom:\n              secretKeyRef:\n                name: payments-%s\n                key: stripe-secret-key\n"
            "          - name: DB_PASSWORD\n            valueFrom:\n              secretKeyRef: {name: pg-credentials, key: password}\n" % rs(LO + DIG, 5)), "config_reference", "k8s secretKeyRef, no values"


def n_gha():
    return ("      - name: Publish\n        run: npm publish --provenance\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n"
            "      - uses: aws-actions/configure-aws-credentials@%s\n        with:\n          role-to-assume: ${{ vars.DEPLOY_ROLE_ARN }}\n          aws-region: eu-west-1\n" % sha1()), \
        "config_reference", "GitHub Actions secrets expressions and pinned action SHA"


def n_code_env():
    return R.choice([
        "import os\n\nOPENAI_API_KEY = os.environ[\"OPENAI_API_KEY\"]\nDB_PASSWORD = os.getenv(\"DB_PASSWORD\", \"\")\nif not OPENAI_API_KEY:\n    raise RuntimeError(\"set OPENAI_API_KEY\")\n",
        "const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-06-20' });\nconst webhookSecret = process.env.STRIPE_WEBHOOK_SECRET ?? '';\n",
        "token := os.Getenv(\"GITHUB_TOKEN\")\nif token == \"\" {\n\tlog.Fatal(\"GITHUB_TOKEN is required\")\n}\n",
        "api_key = ENV.fetch(\"SENDGRID_API_KEY\")\npassword = Rails.application.credentials.dig(:smtp, :password)\n",
        "String secret = System.getenv(\"AWS_SECRET_ACCESS_KEY\");\nString pw = props.getProperty(\"db.password\");\n",
        "export ANTHROPIC_API_KEY=\"$(op read op://Engineering/Anthropic/credential)\"\nexport PGPASSWORD=\"$(cat /run/secrets/pg_password)\"\n",
        "password: \"{{ lookup('hashi_vault', 'secret=secret/data/prod/db:password') }}\"\napi_key: \"{{ vault_api_key }}\"\n",
        "MasterUserPassword: '{{resolve:secretsmanager:prod/rds/master:SecretString:password}}'\nApiKey: !Ref ApiKeyParameter\n",
    ]), "config_reference", "code/config reading secrets from env or a vault; no values"


def n_redacted():
    ts = "2026-11-%02dT%02d:%02d:%02dZ" % (R.randint(1, 29), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
    return R.choice([
        ts + " INFO  db: connecting user=app password=*** host=db-primary.internal dbname=orders\n",
        ts + " DEBUG http: > Authorization: Bearer [REDACTED]\n" + ts + " DEBUG http: < 200 OK (%d ms)\n" % R.randint(5, 900),
        ts + " WARN  config: STRIPE_SECRET_KEY=sk_live_**** (masked) loaded from env\n",
        ts + " INFO  auth: login ok for user_id=%d token=<redacted> session=<redacted>\n" % R.randint(1000, 99999),
        "{\"level\":\"info\",\"ts\":\"%s\",\"msg\":\"smtp configured\",\"password\":\"********\",\"user\":\"apikey\"}\n" % ts,
    ]), "log_line", "log line whose secrets are already redacted"


def n_stripe_tests():
    c, d = R.choice([("4242424242424242", "succeeds"), ("4000000000000002", "card_declined"), ("4000000000009995", "insufficient_funds"),
                     ("5555555555554444", "succeeds (Mastercard)"), ("378282246310005", "succeeds (Amex)")])
    return ("def test_checkout_%s(client):\n    # Stripe test card: %s\n    resp = client.post(\"/checkout\", json={\"card\": \"%s\", \"exp\": \"12/34\", \"cvc\": \"123\"})\n    assert resp.status_code == %d\n"
            % (d.split()[0], d, c, 200 if "succeeds" in d else 402)), "test_card_in_docs", "published Stripe test card in test code"


def n_forms():
    return R.choice([
        "class SignupForm(forms.Form):\n    email = forms.EmailField()\n    password = forms.CharField(widget=forms.PasswordInput, min_length=12)\n    password_confirm = forms.CharField(widget=forms.PasswordInput)\n",
        "<label for=\"pw\">Password</label>\n<input type=\"password\" id=\"pw\" name=\"password\" autocomplete=\"current-password\" required minlength=\"12\">\n",
        "const schema = z.object({\n  email: z.string().email(),\n  password: z.string().min(12).regex(/[A-Z]/, 'needs an uppercase letter'),\n});\n",
        "CREATE TABLE users (\n  id BIGSERIAL PRIMARY KEY,\n  email TEXT NOT NULL UNIQUE,\n  password_hash TEXT NOT NULL,\n  api_key_prefix CHAR(8)\n);\n",
        "def login(username: str, password: str, *, otp: str | None = None) -> Session:\n    user = repo.get(username)\n    if not verify(password, user.password_hash):\n        raise AuthError(\"invalid credentials\")\n",
    ]), "code", "password-handling code and form fields, no values"


def n_order():
    o = non_luhn(R.choice([13, 14, 15, 16]))
    return ("Your order %s has shipped.\nCarrier: UPS  Tracking: 1Z%s%s\nEstimated delivery: 2026-12-%02d\nItems: 2 × USB-C cable (SKU %s)\n"
            % (o, rs(UP + DIG, 6), rs(DIG, 10), R.randint(2, 20), rd(8))), "order_number", "order number failing Luhn and UPS tracking id"


def n_aws_example():
    return R.choice([
        "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nregion = us-west-2\n",
        "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nexport AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nexport AWS_DEFAULT_REGION=us-west-2\n",
        "$ aws configure\nAWS Access Key ID [None]: AKIAI44QH8DHBEXAMPLE\nAWS Secret Access Key [None]: je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY\nDefault region name [None]: eu-central-1\n",
    ]), "example_key", "AWS documentation example keys"


def n_env_example():
    return R.choice([
        "# Copy to .env and fill in\nOPENAI_API_KEY=<your-api-key>\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nDATABASE_URL=postgres://user:password@localhost:5432/app\nSLACK_BOT_TOKEN=xoxb-your-bot-token\n",
        "ANTHROPIC_API_KEY=insert_key_here\nGITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\nSENTRY_DSN=\nREDIS_PASSWORD=\n",
        "api:\n  key: YOUR_API_KEY_HERE\n  secret: \"<replace-me>\"\ndb:\n  password: \"${DB_PASSWORD}\"\n",
        "# .env.example\nTWILIO_AUTH_TOKEN=your_auth_token\nSENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nMAILGUN_API_KEY=key-<your key>\n",
    ]), "placeholder", "env example with placeholders only"


def n_api_response():
    return ("{\n  \"id\": \"%s\",\n  \"object\": \"job\",\n  \"created_at\": %d,\n  \"request_id\": \"req_%s\",\n  \"trace\": \"00-%s-%s-01\",\n  \"status\": \"succeeded\"\n}\n"
            % (uuid4(), R.randint(1733000000000, 1799000000000), rs(ALNUM, 24), rs(HEX, 32), rs(HEX, 16))), "uuid", "API response with UUID, epoch ms, request id, traceparent"


def n_b64img():
    png = base64.b64encode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(R.getrandbits(8) for _ in range(R.randint(90, 240)))).decode()
    return "<img alt=\"status badge\" width=\"16\" src=\"data:image/png;base64,%s\">\n" % png, "base64_data", "inline base64 PNG"


def n_tf_plan():
    return ("  # aws_instance.worker[%d] will be updated in-place\n  ~ resource \"aws_instance\" \"worker\" {\n        id            = \"i-0%s\"\n      ~ instance_type = \"t3.large\" -> \"t3.xlarge\"\n"
            "        subnet_id     = \"subnet-0%s\"\n        iam_instance_profile = \"arn:aws:iam::%s:instance-profile/worker\"\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.\n"
            % (R.randint(0, 5), rs(HEX, 16), rs(HEX, 16), rd(12))), "log_line", "terraform plan with resource ids and ARN"


def n_prose():
    return R.choice([
        "If a key leaks, revoke it first and only then rotate: create the new key, deploy it, and delete the old one. GitHub personal access tokens start with ghp_ and can be revoked from Settings → Developer settings.",
        "The masker replaces secrets with [MASKED:type]. Passwords in URLs such as postgres://user:pass@host are a common leak; prefer a .pgpass file or PGPASSWORD from a secret manager.",
        "Card numbers are validated with the Luhn checksum; IBANs with mod 97. A 16-digit number that fails Luhn is usually an order or tracking number, not a card.",
        "Please don't paste API keys in tickets. Use the vault path instead, e.g. secret/data/payments/stripe, and reference it from the deployment.",
        "Tokens issued by the auth service are JWTs signed with RS256 and expire after 15 minutes; refresh tokens last 30 days and are stored hashed.",
    ]) + " (ref %s)\n" % rs(UP + DIG, 6), "prose", "prose about secrets without any value"


def n_versions():
    rows = "\n".join("%-22s %s" % (p, R.choice([sv(), sv() + "rc%d" % R.randint(1, 3), sv() + ".post1", "%d.%d" % (R.randint(2020, 2026), R.randint(1, 12))])) for p in
                     R.sample(["anthropic", "httpx", "pydantic", "uvicorn", "starlette", "orjson", "phonenumbers", "cryptography", "pyyaml", "tzdata", "certifi"], 6))
    return "Package                Version\n---------------------- -------\n" + rows + "\n", "version", "pip list versions"


def n_pytest():
    return ("============================= test session starts ==============================\nplatform linux -- Python 3.12.%d, pytest-8.3.%d\ncollected %d items\n\n"
            "tests/test_proxy.py ........................ [ 41%%]\ntests/test_stream.py ..................... [100%%]\n\n============================== %d passed in %d.%02ds ==============================\n"
            % (R.randint(1, 8), R.randint(1, 5), R.randint(40, 400), R.randint(40, 400), R.randint(1, 99), R.randint(0, 99))), "log_line", "pytest output with counts and durations"


def n_pubkey():
    return R.choice([
        "-----BEGIN PUBLIC KEY-----\n%s\n-----END PUBLIC KEY-----\n" % wrap(base64.b64encode(b"\x30\x82\x01\x22\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01" + bytes(R.getrandbits(8) for _ in range(270))).decode(), 64),
        "$ cat ~/.ssh/id_ed25519.pub\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s ci-deploy-key\n" % b64bytes(32)[:43],
        "-----BEGIN CERTIFICATE-----\n%s\n-----END CERTIFICATE-----\n" % wrap(base64.b64encode(b"\x30\x82\x03\x5a\x30\x82\x02\x42\xa0\x03\x02\x01\x02" + bytes(R.getrandbits(8) for _ in range(400))).decode(), 64),
    ]), "public_key", "public key or certificate, not a secret"


AGENT_NEG = [(n_gitlog, 7), (n_sha256sum, 5), (n_lock, 6), (n_yarn, 4), (n_reqhash, 5), (n_docker_images, 5), (n_kubectl, 4),
             (n_compose_ref, 3), (n_k8s_ref, 3), (n_gha, 4), (n_code_env, 8), (n_redacted, 8), (n_stripe_tests, 5), (n_forms, 5),
             (n_order, 7), (n_aws_example, 3), (n_env_example, 4), (n_api_response, 6), (n_b64img, 4), (n_tf_plan, 4), (n_prose, 5),
             (n_versions, 4), (n_pytest, 3), (n_pubkey, 4)]


# ---------------------------------------------------------------- public-fixture style
NAME_OVR = {"aws_secret_key": "AWS_SECRET_ACCESS_KEY", "mistral_api_key": "MISTRAL_API_KEY", "cohere_api_key": "CO_API_KEY",
            "datadog_api_key": "DD_API_KEY", "datadog_app_key": "DATADOG_APP_KEY", "cloudflare_api_token": "CLOUDFLARE_API_TOKEN",
            "cloudflare_global_key": "CF_API_KEY", "twilio_auth_token": "TWILIO_AUTH_TOKEN", "mongodb_password": "MONGO_INITDB_ROOT_PASSWORD",
            "okta_api_token": "OKTA_API_TOKEN", "fly_token": "FLY_API_TOKEN", "github_token": "GH_TOKEN", "slack_webhook": "SLACK_WEBHOOK_URL",
            "discord_webhook": "DISCORD_WEBHOOK", "azure_ad_client_secret": "AZURE_CLIENT_SECRET", "gitlab_runner_token": "RUNNER_TOKEN",
            "alibaba_access_key_id": "ALIBABA_CLOUD_ACCESS_KEY_ID"}
NO_BARE = {"aws_secret_key", "mistral_api_key", "cohere_api_key", "datadog_api_key", "datadog_app_key", "cloudflare_api_token",
           "cloudflare_global_key", "twilio_auth_token", "mongodb_password", "okta_api_token", "azure_ad_client_secret"}


def camel(n):
    p = n.lower().split("_")
    return p[0] + "".join(x.capitalize() for x in p[1:])


PUB_STYLES = [
    lambda n, v, t: [n, "=", S(v, t)],
    lambda n, v, t: ["export ", n, "=\"", S(v, t), "\""],
    lambda n, v, t: [n.lower(), ": ", S(v, t)],
    lambda n, v, t: ["{\"", camel(n), "\": \"", S(v, t), "\"}"],
    lambda n, v, t: [n.lower(), " = '", S(v, t), "'"],
    lambda n, v, t: ["const ", camel(n), " = \"", S(v, t), "\";"],
    lambda n, v, t: ["  - ", n, "=", S(v, t)],
    lambda n, v, t: ["$env:", n, " = \"", S(v, t), "\""],
    lambda n, v, t: ["set ", n, "=", S(v, t)],
    lambda n, v, t: ["<add key=\"", n, "\" value=\"", S(v, t), "\" />"],
]
BARE_STYLES = [
    lambda v, t: [S(v, t)],
    lambda v, t: ["token: ", S(v, t), "\n"],
    lambda v, t: ["\"", S(v, t), "\""],
    lambda v, t: ["key=", S(v, t), "&format=json"],
]


def pub_vendor(kind):
    v = V(kind)
    n = NAME_OVR.get(kind, kind.upper())
    if kind == "fly_token":
        return ["FLY_API_TOKEN=\"FlyV1 ", S(v, kind), "\""], "fixture-style Fly.io macaroon token after FlyV1 scheme"
    if kind == "okta_api_token":
        return ["Authorization: SSWS ", S(v, kind)], "Okta SSWS API token header"
    if kind == "cloudflare_global_key":
        return ["-H \"X-Auth-Key: ", S(v, kind), "\""], "Cloudflare global API key header"
    if kind not in NO_BARE and R.random() < 0.3:
        return R.choice(BARE_STYLES)(v, kind), "fixture-style bare %s" % kind
    return R.choice(PUB_STYLES)(n, v, kind), "fixture-style assignment of %s" % kind


PII_LINES = [
    (lambda: ["My credit card number is ", S(fmt_card(card()), "credit_card"), " and it expires next year."], "card in sentence"),
    (lambda: ["cc: ", S(fmt_card(card(), "plain"), "credit_card")], "bare card number"),
    (lambda: ["Please send the invoice to ", S(email(), "email"), "."], "email in sentence"),
    (lambda: ["Contact: ", S(email(), "email"), ", ", S(email(), "email")], "two emails"),
    (lambda: ["Call me on ", S(phone(), "phone"), " after 6pm."], "phone in sentence"),
    (lambda: ["tel:", S(phone(R.choice(["FR", "DE", "ES", "IT", "NL", "GB"])), "phone")], "national-format phone"),
    (lambda: ["Social Security Number: ", S(ssn(), "us_ssn")], "US SSN"),
    (lambda: ["my ssn is ", S(ssn("."), "us_ssn"), " ok?"], "US SSN with dots"),
    (lambda: ["His national insurance number is ", S(nino(), "uk_nino"), "."], "UK NINO"),
    (lambda: ["IBAN: ", S(iban(), "iban")], "IBAN with valid check digits"),
    (lambda: ["Überweisung an ", S(iban("DE", grouped=False), "iban"), " bis Freitag"], "compact German IBAN"),
    (lambda: ["Meine Steuer-ID lautet ", S(steuer_id(), "de_steuer_id"), "."], "DE Steuer-ID"),
    (lambda: ["Numéro de sécurité sociale : ", S(fr_nir(), "fr_nir")], "FR NIR with key"),
    (lambda: ["Mi DNI es ", S(es_dni(), "es_dni")], "ES DNI"),
    (lambda: ["NIE: ", S(es_nie(), "es_nie")], "ES NIE"),
    (lambda: ["Codice fiscale: ", S(it_cf(), "it_codice_fiscale")], "IT codice fiscale"),
    (lambda: ["BSN ", S(nl_bsn(), "nl_bsn")], "NL BSN (11-proof)"),
    (lambda: ["PESEL: ", S(pl_pesel(), "pl_pesel")], "PL PESEL"),
    (lambda: ["Aadhaar No. ", S(aadhaar(), "in_aadhaar")], "IN Aadhaar (Verhoeff)"),
    (lambda: ["TFN ", S(au_tfn(), "au_tfn")], "AU TFN"),
    (lambda: ["Medicare card: ", S(au_medicare(), "au_medicare")], "AU Medicare"),
    (lambda: ["個人番号: ", S(jp_mynumber(), "jp_my_number")], "JP My Number"),
    (lambda: ["CPF: ", S(br_cpf(), "br_cpf")], "BR CPF"),
    (lambda: ["CNPJ ", S(br_cnpj(), "br_cnpj")], "BR CNPJ"),
    (lambda: ["SIN: ", S(ca_sin(), "ca_sin")], "CA SIN (Luhn)"),
    (lambda: ["Personnummer: ", S(se_pnr(), "se_personnummer")], "SE personnummer"),
    (lambda: ["AHV-Nr. ", S(ch_ahv(), "ch_ahv")], "CH AHV (EAN-13)"),
    (lambda: ["Authorization: Bearer ", S(jwt(R.choice(["HS256", "RS256", "ES256"])), "jwt")], "JWT bearer header"),
    (lambda: ["id_token=", S(jwt(unsigned=True), "jwt")], "unsigned JWT (alg none, trailing dot)"),
    (lambda: ["password = \"", S(password("punct"), "password"), "\""], "password assignment with punctuation"),
    (lambda: ["PASSWORD='", S(password("brace"), "password"), "'"], "password with braces"),
    (lambda: ["db_pass: \"", S(password("space"), "password"), "\""], "password containing spaces"),
    (lambda: ["passphrase=", S(password("phrase").replace(" ", "-"), "password")], "word passphrase"),
    (lambda: ["--password ", S(password("simple"), "password"), " --user admin"], "CLI password flag"),
    (lambda: ["jdbc:mysql://db.example.org:3306/shop?user=shop&password=", S(pct(password("punct")), "password")], "password in JDBC query"),
    (lambda: ["amqp://guest_ops:", S(rs(ALNUM, 18), "password"), "@rabbit.internal:5672/"], "password in AMQP URL"),
    (lambda: ["Authorization: Basic ", S(base64.b64encode(("api:" + rs(ALNUM, 20)).encode()).decode(), "basic_auth")], "basic auth header"),
    (lambda: ["Set-Cookie: __Host-session=", S(rs(U64, 43), "session_cookie"), "; Path=/; Secure; HttpOnly"], "session cookie"),
    (lambda: ["secret_key_base: ", S(rs(HEX, 128), "rails_secret_key_base")], "Rails secret_key_base"),
    (lambda: [S(pem(R.choice(["RSA PRIVATE KEY", "EC PRIVATE KEY"])), "private_key")], "PEM private key block"),
    (lambda: [S(openssh_key(), "private_key")], "OpenSSH private key"),
    (lambda: ["aws_access_key_id=", S(V("aws_access_key_id"), "aws_access_key_id"), "\naws_secret_access_key=", S(V("aws_secret_key"), "aws_secret_key")], "AWS key pair"),
]


NEG_W = {"example_key": 1, "placeholder": 4, "config_reference": 3, "hash": 2, "uuid": 2, "version": 1, "order_number": 2,
         "test_card_in_docs": 1, "code": 1.5, "log_line": 1.5, "phone_like": 1.5, "iban_like": 1, "base64_data": 1, "public_key": 0.5}


def pub_neg():
    cats = [
        ("example_key", lambda: R.choice(["AKIAIOSFODNN7EXAMPLE", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                                          "AWS_ACCESS_KEY_ID=AKIAI44QH8DHBEXAMPLE", "secret: je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
                                          "stripe.api_key = \"sk_test_4eC39HqLyjWDarjtT1zdp7dc\""]), "published documentation example key"),
        ("placeholder", lambda: R.choice(["api_key = \"<your-api-key>\"", "OPENAI_API_KEY=sk-...", "token: insert_key_here",
                                          "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "password: \"********\"",
                                          "SLACK_TOKEN=xoxb-your-token", "\"apiKey\": \"YOUR_API_KEY\"", "AWS_SECRET_ACCESS_KEY=<secret>",
                                          "key: REPLACE_ME", "ANTHROPIC_API_KEY=sk-ant-...", "token = \"TODO\"", "DB_PASSWORD=",
                                          "password: null", "password = \"\"", "GOOGLE_API_KEY=AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
                                          "client_secret: <CLIENT_SECRET>", "STRIPE_SECRET_KEY=sk_live_...", "x-api-key: {{apiKey}}",
                                          "Authorization: Bearer <token>", "password=your_password_here"]), "placeholder, not a value"),
        ("config_reference", lambda: R.choice(["password: ${DB_PASSWORD}", "api_key = os.environ[\"API_KEY\"]", "key: process.env.STRIPE_SECRET_KEY",
                                               "token: ${{ secrets.NPM_TOKEN }}", "password: vault:secret/data/prod/db#password",
                                               "secret = \"{{ .Values.auth.secret }}\"", "PGPASSWORD=$(cat /run/secrets/pg)",
                                               "credential: op://Private/Stripe/credential", "apiKey: !Ref ApiKeyParam",
                                               "password: '{{resolve:ssm-secure:/prod/db/password:3}}'", "token = System.getenv(\"TOKEN\")",
                                               "password_file: /run/secrets/db_password", "SECRET_KEY=${SECRET_KEY:?missing}",
                                               "auth: \"%{env:REGISTRY_TOKEN}\""]), "reference to a secret store or env var"),
        ("hash", lambda: R.choice(["commit %s" % sha1(), "sha256:%s" % sha256(), "md5: %s" % rs(HEX, 32), "ETag: \"%s\"" % rs(HEX, 32),
                                   "oid sha256:%s" % sha256(), "Merge: %s %s" % (rs(HEX, 7), rs(HEX, 7)),
                                   "integrity=\"sha384-%s\"" % b64bytes(48), "checksum = \"%s\"" % sha256(), "blob %s" % sha1()]), "hash digest"),
        ("uuid", lambda: R.choice(["request_id=%s" % uuid4(), "\"id\": \"%s\"" % uuid4(), "X-Request-Id: %s" % uuid4(),
                                   "traceparent: 00-%s-%s-01" % (rs(HEX, 32), rs(HEX, 16)), "tenant_id: %s" % uuid4(),
                                   "correlationId=%s" % rs(HEX, 32)]), "identifier, not a secret"),
        ("version", lambda: R.choice(["version = \"%s-rc.%d+build.%s\"" % (sv(), R.randint(1, 9), rd(8)), "go %s" % sv(),
                                      "numpy==%s" % sv(), "\"version\": \"%s\"" % sv(), "Windows 10.0.%d.%d" % (R.randint(19041, 26100), R.randint(1000, 5999)),
                                      "kernel %s-%d-generic" % (sv(), R.randint(10, 140))]), "version string"),
        ("order_number", lambda: R.choice(["Order #%s" % non_luhn(R.choice([13, 14, 15, 16])), "order_id: %s" % non_luhn(16),
                                           "Tracking number: %s" % non_luhn(R.choice([12, 15, 20])), "Invoice %s-%s" % (R.randint(2020, 2026), non_luhn(13)),
                                           "Ref: %s %s %s %s" % tuple(x for x in [non_luhn(16)] for x in (x[:4], x[4:8], x[8:12], x[12:]))]), "order/tracking number failing Luhn"),
        ("test_card_in_docs", lambda: R.choice(["Use 4242 4242 4242 4242 with any future expiry and any CVC.",
                                                "Test Visa: 4111 1111 1111 1111", "Mastercard test number 5555 5555 5555 4444",
                                                "| Amex | 3782 822463 10005 | succeeds |", "card_number: '4000000000000002'  # always declined (test)",
                                                "Discover test card 6011 1111 1111 1117"]), "published test card number in docs"),
        ("code", lambda: R.choice(["PASSWORD_RE = re.compile(r\"^(?=.*[A-Z])(?=.*\\d).{12,}$\")", "if (password.length < 12) return false;",
                                   "hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt())", "<input type=\"password\" name=\"password\">",
                                   "token = request.headers.get(\"Authorization\", \"\").removeprefix(\"Bearer \")",
                                   "def rotate_api_key(user_id: int) -> str: ...", "api_key: str = Field(..., min_length=32)"]), "code handling secrets, no value"),
        ("log_line", lambda: R.choice(["password=*** user=admin", "Authorization: Bearer [REDACTED]", "token=<redacted> status=401",
                                       "Incorrect API key provided: sk-proj-********************************%s" % rs(ALNUM, 4),
                                       "2026-11-%02d 12:00:01 GET /health 200 %dms" % (R.randint(1, 29), R.randint(1, 90)),
                                       "apikey: \"[MASKED]\""]), "log line, redacted or benign"),
        ("phone_like", lambda: R.choice(["ISBN 978-%d-%03d-%05d-%d" % (R.randint(0, 1), R.randint(0, 999), R.randint(0, 99999), R.randint(0, 9)),
                                         "Date: 2026-%02d-%02d %02d:%02d" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59)),
                                         "build %d.%02d.%02d.%04d" % (R.randint(2024, 2026), R.randint(1, 12), R.randint(1, 28), R.randint(0, 9999)),
                                         "ports 8080-8089, 9090", "Content-Length: %d" % R.randint(100000, 99999999),
                                         "coords 52.%04d, 13.%04d" % (R.randint(0, 9999), R.randint(0, 9999)), "duration=%d.%03ds" % (R.randint(0, 999), R.randint(0, 999))]), "number that is not a phone"),
        ("iban_like", lambda: R.choice(["BIC: COBADEFFXXX", "SWIFT code DEUTDEFF500", "assert not is_valid_iban(\"DE00 %s %s %s %s %s\")" % (rs(DIG, 4), rs(DIG, 4), rs(DIG, 4), rs(DIG, 4), rs(DIG, 2)),
                                        "IBAN format for Germany: DEkk bbbb bbbb cccc cccc cc", "sort code format: NN-NN-NN"]), "IBAN-shaped but not an account number"),
        ("base64_data", lambda: R.choice(["data:image/gif;base64,R0lGODlhAQABAIAAAP%s" % b64bytes(24), "font: url(data:font/woff2;base64,d09GMgABAAAAA%s)" % b64bytes(36),
                                          "binaryData:\n  logo.png: iVBORw0KGgoAAAANSUhEUgAA%s" % b64bytes(45)]), "base64 of non-secret binary"),
        ("public_key", lambda: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s build-agent" % b64bytes(32)[:43], "SSH public key"),
    ]
    c = R.choices(cats, weights=[NEG_W[x[0]] for x in cats])[0]
    return c[1](), c[0], c[2]


# ---------------------------------------------------------------- main
def run():
    seen = set()

    def push_pos(parts, src, reason):
        first = next(p for p in parts if isinstance(p, tuple))
        parts = [first if p is None else p for p in parts]
        t = "".join(p[0] if isinstance(p, tuple) else p for p in parts)
        if t in seen:
            return False
        seen.add(t)
        add_pos(parts, src, reason)
        return True

    def push_neg(text, cls, src, reason):
        if text in seen:
            return False
        seen.add(text)
        add_neg(text, cls, src, reason)
        return True

    for f, n in AGENT_POS:
        for _ in range(n):
            parts, reason = f()
            push_pos(parts, "agent", reason)
    for f, n in AGENT_NEG:
        got, tries = 0, 0
        while got < n and tries < 50:
            tries += 1
            text, cls, reason = f()
            got += push_neg(text, cls, "agent", reason)
    kinds = sorted(VENDOR)
    for k in kinds + R.sample(kinds, 25):
        for _ in range(1):
            parts, reason = pub_vendor(k)
            push_pos(parts, "public", reason)
    for f, reason in PII_LINES:
        for _ in range(2):
            push_pos(f(), "public", reason)
    got, tries = 0, 0
    while got < 125 and tries < 2000:
        tries += 1
        text, cls, reason = pub_neg()
        got += push_neg(text, cls, "public", reason)
    R.shuffle(CASES)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout_v5.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("wrote", len(CASES), "cases to", out)


if __name__ == "__main__":
    run()
