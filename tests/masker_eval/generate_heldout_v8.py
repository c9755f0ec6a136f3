#!/usr/bin/env python
"""Blind held-out set v8 for the Lockgate masker (issue 16).

Written from the issue text and public format documentation only; the masker,
its rules and the other evaluation sets were not read.  Every text is built from
hand-written templates whose parts are plain strings or ``(value, type)`` pairs,
so span offsets are exact by construction.

Run:  .venv/bin/python tests/masker_eval/generate_heldout_v8.py
"""
import base64
import binascii
import json
import os
import random
import string
import zlib

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF, PhoneNumberType as PNT
from stdnum import iban as std_iban
from stdnum import verhoeff
from stdnum.iso7064 import mod_11_10
from stdnum.us import ssn as us_ssn
from stdnum.de import idnr as de_idnr
from stdnum.fr import nir as fr_nir
from stdnum.es import dni as es_dni, nie as es_nie
from stdnum.it import codicefiscale as it_cf
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import pesel as pl_pesel
from stdnum.in_ import aadhaar as in_aadhaar
from stdnum.au import tfn as au_tfn
from stdnum.jp import in_ as jp_in
from stdnum.br import cpf as br_cpf, cnpj as br_cnpj
from stdnum.ca import sin as ca_sin
from stdnum.se import personnummer as se_pnr
from stdnum.dk import cpr as dk_cpr
from stdnum.no import fodselsnummer as no_fnr
from stdnum.fi import hetu as fi_hetu
from stdnum.be import nn as be_nn
from stdnum.ch import ssn as ch_ssn

SEED = 80808
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "heldout_v8.jsonl")

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEX = "0123456789abcdef"
B64 = AN + "+/"
B64U = AN + "-_"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def pick(seq):
    return R.choice(seq)


def build(parts):
    text, spans = "", []
    for p in parts:
        if isinstance(p, tuple):
            v, t = p
            spans.append({"start": len(text), "end": len(text) + len(v), "type": t})
            text += v
        else:
            text += p
    return text, spans


# ----------------------------------------------------------------- fillers
HOSTS = ["db-main.internal.corvid.io", "pg.ledgerly.net", "mysql-02.hollowpine.dev", "10-rds.quartzmill.cloud",
         "warehouse.brindle-ops.com", "cache.tallow.systems", "mongo0.fernhill.app", "sql.oxbowfreight.de"]
SERVICES = ["billing-api", "ingest-worker", "notifier", "search-gateway", "ledger", "report-cron", "auth-proxy",
            "media-resizer", "checkout", "audit-shipper"]
PEOPLE = ["Mara", "Tobias", "Ines", "Kwame", "Yuki", "Soren", "Priya", "Lucía", "Dmitri", "Amara", "Olek", "Hana"]
DOMAINS = ["fernhill.app", "quartzmill.cloud", "brindle-ops.com", "ledgerly.net", "oxbowfreight.de", "tallow.systems",
           "corvid.io", "hollowpine.dev", "mailbox.org", "posteo.de", "gmx.net", "proton.me", "outlook.com",
           "gmail.com", "yahoo.co.jp", "web.de", "orange.fr", "libero.it", "telenet.be", "uol.com.br"]


def b64(s):
    return base64.b64encode(s if isinstance(s, bytes) else s.encode()).decode()


def b64u(s):
    return base64.urlsafe_b64encode(s if isinstance(s, bytes) else s.encode()).decode().rstrip("=")


# ----------------------------------------------------------------- vendor values
def base62(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = (DG + UP + LO)[r] + out
    return out.rjust(width, "0")


def gh_classic(prefix="ghp_"):
    body = rs(AN, 30)
    return prefix + body + base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def gh_fine():
    return "github_pat_11" + rs(UP + DG, 20) + "_" + rs(AN, 59)


V = {
    "aws_id": lambda: pick(["AKIA", "ASIA"]) + rs(UP + "234567", 16),
    "aws_secret": lambda: rs(AN + "+/", 40),
    "gcp_api": lambda: "AIza" + rs(AN + "-_", 35),
    "azure_key": lambda: b64(bytes(R.getrandbits(8) for _ in range(64))),
    "do": lambda: pick(["dop_v1_", "doo_v1_", "dor_v1_"]) + rs(HEX, 64),
    "glpat": lambda: "glpat-" + rs(AN + "-_", 20),
    "glft": lambda: "glft-" + rs(AN + "-_", 20),
    "gldt": lambda: "gldt-" + rs(AN + "-_", 20),
    "glrt": lambda: "glrt-" + rs(AN + "-_", 20),
    "glptt": lambda: "glptt-" + rs(HEX, 40),
    "bitbucket": lambda: "ATBB" + rs(AN, 32),
    "sk_live": lambda: "sk_live_" + rs(AN, pick([24, 99])),
    "rk_live": lambda: "rk_live_" + rs(AN, pick([24, 99])),
    "whsec": lambda: "whsec_" + rs(AN, 32),
    "square_at": lambda: "EAAA" + rs(AN + "-_", 60),
    "square_sec": lambda: "sq0csp-" + rs(AN + "-_", 43),
    "braintree": lambda: "access_token$production$" + rs(LO + DG, 16) + "$" + rs(HEX, 32),
    "adyen": lambda: "AQE" + rs(AN, 5) + "K" + rs(AN + "+/", 180) + ".." + rs(AN, 2) + "=-" + rs(AN + "+/", 43) + "=",
    "xoxb": lambda: "xoxb-" + rs(DG, 12) + "-" + rs(DG, 13) + "-" + rs(AN, 24),
    "xoxp": lambda: "xoxp-" + rs(DG, 12) + "-" + rs(DG, 12) + "-" + rs(DG, 13) + "-" + rs(HEX, 32),
    "xapp": lambda: "xapp-1-A" + rs(UP + DG, 10) + "-" + rs(DG, 13) + "-" + rs(HEX, 64),
    "slack_hook": lambda: "T" + rs(UP + DG, 10) + "/B" + rs(UP + DG, 10) + "/" + rs(AN, 24),
    "twilio_sk": lambda: "SK" + rs(HEX, 32),
    "sendgrid": lambda: "SG." + rs(AN + "-_", 22) + "." + rs(AN + "-_", 43),
    "mailgun": lambda: "key-" + rs(HEX, 32),
    "discord_bot": lambda: b64u(str(R.randint(10 ** 17, 10 ** 18 - 1))) + "." + rs(AN + "-_", 6) + "." + rs(AN + "-_", 38),
    "discord_hook_tok": lambda: rs(AN + "-_", 68),
    "telegram": lambda: str(R.randint(10 ** 8, 10 ** 10 - 1)) + ":AA" + rs(AN + "-_", 33),
    "anthropic": lambda: "sk-ant-api03-" + rs(AN + "-_", 93) + "AA",
    "anthropic_admin": lambda: "sk-ant-admin01-" + rs(AN + "-_", 93) + "AA",
    "openai_proj": lambda: "sk-proj-" + rs(AN + "-_", 74) + "T3BlbkFJ" + rs(AN + "-_", 74),
    "openai_legacy": lambda: "sk-" + rs(AN, 20) + "T3BlbkFJ" + rs(AN, 20),
    "hf": lambda: "hf_" + rs(UP + LO, 34),
    "replicate": lambda: "r8_" + rs(AN, 37),
    "npm": lambda: "npm_" + rs(AN, 36),
    "pypi": lambda: "pypi-AgEIcHlwaS5vcmc" + rs(AN + "-_", 150),
    "rubygems": lambda: "rubygems_" + rs(HEX, 48),
    "nuget": lambda: "oy2" + rs(LO + DG, 43),
    "dd_api": lambda: rs(HEX, 32),
    "dd_app": lambda: rs(HEX, 40),
    "nrak": lambda: "NRAK-" + rs(UP + DG, 27),
    "nrii": lambda: "NRII-" + rs(AN + "-_", 32),
    "sentry_key": lambda: rs(HEX, 32),
    "sntrys": lambda: "sntrys_" + b64u('{"iat":%d.5,"url":"https://sentry.io","region_url":"https://us.sentry.io","org":"%s"}' % (R.randint(1.7e9, 1.8e9), pick(["fernhill", "ledgerly", "corvid"]))) + "_" + rs(AN + "/+", 43),
    "glsa": lambda: "glsa_" + rs(AN, 32) + "_" + rs(HEX, 8),
    "glc": lambda: "glc_" + b64('{"o":"%d","n":"stack-%d-hm-read","k":"%s","m":{"r":"prod-eu-west-2"}}' % (R.randint(100000, 999999), R.randint(100000, 999999), rs(AN, 24))).rstrip("="),
    "shpat": lambda: pick(["shpat_", "shpss_", "shpca_", "shppa_"]) + rs(HEX, 32),
    "hvs": lambda: "hvs." + rs(AN + "-_", 90),
    "hvs_short": lambda: "hvs." + rs(AN, 24),
    "tfc": lambda: rs(AN, 14) + ".atlasv1." + rs(AN, 67),
    "doppler": lambda: pick(["dp.st.", "dp.pt.", "dp.sa."]) + pick(["prd.", "dev.", ""]) + rs(AN, 43),
    "linear": lambda: "lin_api_" + rs(AN, 40),
    "notion": lambda: pick(["secret_" + rs(AN, 43), "ntn_" + rs(DG, 11) + rs(AN, 35)]),
    "atlassian": lambda: "ATATT3xFfGF0" + rs(AN + "-_", 170) + "=" + rs("0123456789ABCDEF", 8),
    "age": lambda: "AGE-SECRET-KEY-1" + rs("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58),
    "postman": lambda: "PMAK-" + rs(HEX, 24) + "-" + rs(HEX, 34),
    "cloudflare": lambda: rs(AN + "-_", 40),
    "heroku": lambda: "HRKU-AA" + rs(AN + "-_", 58),
    "flyio": lambda: "FlyV1 fm2_" + rs(AN + "+/", 160),
    "planetscale": lambda: "pscale_pw_" + rs(AN + "-_", 43),
    "mapbox": lambda: "sk.eyJ1Ijoi" + rs(AN, 20) + "IsImEiOiJ" + rs(AN, 16) + "." + rs(AN + "-_", 22),
    "lob": lambda: "live_" + rs(HEX, 35),
}


def azure_sas_sig():
    raw = b64(bytes(R.getrandbits(8) for _ in range(32)))
    return raw.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")


# ----------------------------------------------------------------- generic values
PW_PLAIN = AN + "!#%*-_.+@^~"


def pw_plain(n=None):
    n = n or R.randint(12, 24)
    while True:
        s = rs(PW_PLAIN, n)
        if sum(c.isdigit() for c in s) and sum(c.isupper() for c in s) and s[0].isalnum() and s[-1] not in ".":
            return s


def pw_punct():
    parts = [rs(AN, R.randint(3, 6)), pick(["%", "&", "$", "}", "{", "|", "(", ")", "<", ">", "?", "[", "]"]),
             rs(AN, R.randint(2, 5)), pick(["!", "%", "^", ";", ",", "=", "~"]), rs(AN, R.randint(3, 6))]
    R.shuffle(parts)
    s = "".join(parts)
    return s if s[0].isalnum() else "q" + s


def pw_space():
    words = ["correct", "amber", "lantern", "Viaduct", "seven", "orbit", "Quill", "marsh", "tundra", "Pylon", "juniper"]
    return " ".join(R.sample(words, 3)) + " " + str(R.randint(10, 99)) + pick(["!", "?", "#", ""])


def pw_squote():  # contains a single quote, to be used inside double quotes
    return rs(AN, 4) + "'" + rs(AN, 3) + pick(["$", "!", "%"]) + rs(DG, 3) + rs(UP, 2)


def pw_dquote():  # contains a double quote, to be used inside single quotes
    return rs(AN, 5) + '"' + rs(LO, 3) + pick(["#", "&", "*"]) + rs(DG, 2) + rs(UP, 3)


def pw_urlsafe(n=None):
    return rs(AN + "-_.~", n or R.randint(14, 26))


def secret_hex(n=None):
    return rs(HEX, n or pick([32, 40, 64]))


# ----------------------------------------------------------------- private keys
def pem_body(prefix, nbytes):
    raw = base64.b64decode(prefix + "=" * (-len(prefix) % 4)) if False else None
    body = prefix + rs(B64, nbytes - len(prefix))
    return [body[i:i + 64] for i in range(0, len(body), 64)]


def private_key(kind):
    if kind == "rsa":
        head, tail, lines = "RSA PRIVATE KEY", "RSA PRIVATE KEY", pem_body("MIIEowIBAAKCAQEA", 1588)
        lines[-1] = lines[-1][:-2] + "==" if len(lines[-1]) > 2 else lines[-1]
    elif kind == "ec":
        head = tail = "EC PRIVATE KEY"
        lines = pem_body("MHcCAQEEI", 160)
        lines[-1] = lines[-1][:-2] + "=="
    elif kind == "pkcs8":
        head = tail = "PRIVATE KEY"
        lines = pem_body("MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ", 1624)
        lines[-1] = lines[-1][:-1] + "="
    elif kind == "pkcs8_ec":
        head = tail = "PRIVATE KEY"
        lines = pem_body("MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg", 184)
    elif kind == "enc":
        head = tail = "ENCRYPTED PRIVATE KEY"
        lines = pem_body("MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI", 1760)
        lines[-1] = lines[-1][:-2] + "=="
    elif kind == "openssh":
        head = tail = "OPENSSH PRIVATE KEY"
        lines = pem_body("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" +
                         "QyNTUxOQAAACB", 396)
        lines = [l[:70] for l in ("".join(lines)[i:i + 70] for i in range(0, len("".join(lines)), 70))]
    elif kind == "pgp":
        body = "lQOYBG" + rs(B64, 1290)
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        crc = "=" + rs(B64, 4)
        return ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + "\n".join(lines) + "\n" + crc +
                "\n-----END PGP PRIVATE KEY BLOCK-----")
    else:
        raise ValueError(kind)
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (head, "\n".join(lines), tail)


# ----------------------------------------------------------------- JWT
def jwt(signed=True):
    alg = pick(["HS256", "RS256", "ES256"]) if signed else "none"
    header = b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")))
    claims = {"sub": str(R.randint(10 ** 6, 10 ** 9)), "iat": R.randint(1_700_000_000, 1_760_000_000)}
    claims["exp"] = claims["iat"] + pick([900, 3600, 86400])
    if R.random() < 0.5:
        claims["scope"] = pick(["read:orders", "admin", "openid profile", "billing:write"])
    if R.random() < 0.5:
        claims["iss"] = "https://auth." + pick(DOMAINS[:8])
    payload = b64u(json.dumps(claims, separators=(",", ":")))
    if not signed:
        return header + "." + payload + "."
    siglen = {"HS256": 43, "RS256": 342, "ES256": 86}[alg]
    return header + "." + payload + "." + rs(B64U, siglen)


# ----------------------------------------------------------------- PII
FIRST = ["mara", "tobias", "ines", "kwame", "yuki", "soren", "priya", "lucia", "dmitri", "amara", "olek", "hana",
         "jonas", "fatima", "chloe", "rafael", "noor", "elif", "mateo", "greta"]
LAST = ["okafor", "lindqvist", "moreau", "tanaka", "novak", "brandt", "castillo", "haddad", "kowalski", "rossi",
        "vermeulen", "oconnell", "schmidt", "duarte", "petrov", "nakamura"]


def email():
    f, l = pick(FIRST), pick(LAST)
    local = pick([f + "." + l, f[0] + l, f + "_" + l + str(R.randint(1, 99)), f + "+" + pick(["invoices", "gh", "test"]),
                  l + "." + f[0], f + str(R.randint(1970, 2005))])
    return local + "@" + pick(DOMAINS)


PHONE_REGIONS = ["US", "CA", "GB", "DE", "FR", "ES", "IT", "NL", "BE", "CH", "AT", "SE", "NO", "DK", "FI", "PL", "PT",
                 "IE", "AU", "NZ", "JP", "KR", "IN", "BR", "MX", "AR", "ZA", "SG", "CZ", "GR", "TR", "IL"]


def phone_obj(region, ptype=None):
    ptype = ptype or pick([PNT.MOBILE, PNT.FIXED_LINE])
    ex = phonenumbers.example_number_for_type(region, ptype) or phonenumbers.example_number(region)
    nsn = phonenumbers.national_significant_number(ex)
    for _ in range(5000):
        k = min(len(nsn) - 3, pick([4, 5, 6]))
        cand = nsn[:-k] + rs(DG, k)
        if cand == nsn:
            continue
        n = phonenumbers.parse("+%d%s" % (ex.country_code, cand))
        if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region:
            return n
    raise RuntimeError(region)


def phone(region, fmt=None):
    n = phone_obj(region)
    fmt = fmt or pick(["national", "international", "e164"])
    f = {"national": PNF.NATIONAL, "international": PNF.INTERNATIONAL, "e164": PNF.E164}[fmt]
    return phonenumbers.format_number(n, f), fmt


def luhn_ok(s):
    d = [int(c) for c in s][::-1]
    t = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + rs(DG, length - len(prefix) - 1)
    for c in DG:
        if luhn_ok(body + c):
            return body + c


PUBLISHED_TEST_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444", "5105105105105100",
                        "378282246310005", "371449635398431", "6011111111111117", "6011000990139424",
                        "3530111333300000", "3566002020360505", "4012888888881881", "4000056655665556",
                        "5200828282828210", "30569309025904", "38520000023237", "4000000000000002",
                        "4000000000009995", "4000000000003220", "2223003122003222", "6200000000000005", "36227206271667"}

CARD_BRANDS = {
    "visa": (["4"], 16), "mastercard": (["51", "52", "53", "54", "55", "2221", "2320", "2720"], 16),
    "amex": (["34", "37"], 15), "discover": (["6011", "65", "644"], 16), "jcb": (["3528", "3555", "3589"], 16),
    "diners": (["36", "300", "305"], 14), "unionpay": (["62"], 19), "maestro": (["6759", "5018"], 16),
    "visa19": (["4"], 19),
}


def card(brand):
    pref, n = CARD_BRANDS[brand]
    while True:
        c = luhn_complete(pick(pref), n)
        if c not in PUBLISHED_TEST_CARDS:
            return c


def group_card(c, style):
    if style == "compact":
        return c
    sep = {"space": " ", "dash": "-"}[style]
    if len(c) == 15:
        g = [c[:4], c[4:10], c[10:]]
    elif len(c) == 14:
        g = [c[:4], c[4:10], c[10:]]
    elif len(c) == 19:
        g = [c[:4], c[4:8], c[8:12], c[12:16], c[16:]]
    else:
        g = [c[i:i + 4] for i in range(0, 16, 4)]
    return sep.join(g)


IBAN_STRUCT = {  # country: BBAN spec (n=digit, a=upper, c=alnum upper)
    "DE": "18n", "FR": "10n11n2n", "GB": "4a14n", "ES": "20n", "IT": "1a10n12n", "NL": "4a10n", "BE": "12n",
    "CH": "5n12n", "AT": "16n", "PL": "24n", "SE": "20n", "NO": "11n", "DK": "14n", "FI": "14n", "PT": "21n",
    "IE": "4a14n", "LU": "3n13n", "CZ": "20n", "HU": "24n", "RO": "4a16n", "GR": "7n16n", "HR": "17n",
    "SI": "15n", "EE": "16n", "LT": "16n", "SA": "2n18n", "AE": "19n", "TR": "5n1n16n",
}


def bban(spec):
    out, num = "", ""
    for ch in spec:
        if ch.isdigit():
            num += ch
        else:
            out += rs({"n": DG, "a": UP, "c": UP + DG}[ch], int(num))
            num = ""
    return out


def iban(cc):
    for _ in range(20000):
        b = bban(IBAN_STRUCT[cc])
        if cc in ("GB", "IE"):
            b = pick(["NWBK", "BARC", "HBUK", "LOYD", "AIBK", "BOFI"]) + b[4:]
        cd = std_iban.calc_check_digits(cc + "00" + b)
        v = cc + cd + b
        if std_iban.is_valid(v):
            return v
    raise RuntimeError(cc)


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# national ids --------------------------------------------------------------
def brute(make, ok):
    for _ in range(100000):
        c = make()
        if ok(c):
            return c
    raise RuntimeError("brute")


def nid_ssn(style):
    s = brute(lambda: "%03d%02d%04d" % (R.choice([R.randint(1, 665), R.randint(667, 899)]), R.randint(1, 99),
                                        R.randint(1, 9999)), us_ssn.is_valid)
    sep = {"dashes": "-", "spaces": " ", "dots": ".", "compact": ""}[style]
    return s[:3] + sep + s[3:5] + sep + s[5:]


def nid_nino():
    bad1, bad2 = set("DFIQUV"), set("DFIQUVO")
    while True:
        a, b = pick(UP), pick(UP)
        if a in bad1 or b in bad2 or a + b in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            continue
        d = rs(DG, 6)
        return pick([a + b + d + pick("ABCD"), a + b + " " + d[:2] + " " + d[2:4] + " " + d[4:] + " " + pick("ABCD")])


def nid_steuer():
    def mk():
        digits = list(DG)
        missing = pick(digits)
        pool = [d for d in digits if d != missing]
        twice = pick(pool)
        ten = pool + [twice]
        R.shuffle(ten)
        s = "".join(ten)
        return s + mod_11_10.calc_check_digit(s)
    return brute(mk, lambda s: s[0] != "0" and de_idnr.is_valid(s))


def nid_nir():
    def mk():
        s = pick("12") + "%02d%02d" % (R.randint(50, 99), R.randint(1, 12)) + "%02d" % R.randint(1, 95) + \
            "%03d%03d" % (R.randint(1, 990), R.randint(1, 999))
        return s + fr_nir.calc_check_digits(s)
    v = brute(mk, fr_nir.is_valid)
    return pick([v, " ".join([v[0], v[1:3], v[3:5], v[5:7], v[7:10], v[10:13], v[13:]])])


def nid_dni():
    n = "%08d" % R.randint(10 ** 6, 10 ** 8 - 1)
    return n + es_dni.calc_check_digit(n)


def nid_nie():
    n = pick("XYZ") + "%07d" % R.randint(0, 10 ** 7 - 1)
    return n + es_nie.calc_check_digit(n)


def nid_cf():
    def mk():
        s = rs("BCDFGHLMNPRSTVZ", 3) + rs("BCDFGHLMNPRSTVZ", 3) + "%02d" % R.randint(40, 99) + pick("ABCDEHLMPRST") + \
            "%02d" % (R.randint(1, 28) + pick([0, 40])) + pick("ABCDEFGHLM") + "%03d" % R.randint(1, 999)
        return s + it_cf.calc_check_digit(s)
    return brute(mk, it_cf.is_valid)


def nid_bsn():
    return brute(lambda: "%09d" % R.randint(10 ** 7, 10 ** 9 - 1), nl_bsn.is_valid)


def nid_pesel():
    def mk():
        s = "%02d%02d%02d%04d" % (R.randint(50, 99), R.randint(1, 12), R.randint(1, 28), R.randint(0, 9999))
        return s + pl_pesel.calc_check_digit(s)
    return brute(mk, pl_pesel.is_valid)


def nid_aadhaar():
    def mk():
        s = pick("23456789") + rs(DG, 10)
        return s + verhoeff.calc_check_digit(s)
    v = brute(mk, in_aadhaar.is_valid)
    return pick([v, v[:4] + " " + v[4:8] + " " + v[8:], v[:4] + "-" + v[4:8] + "-" + v[8:]])


def nid_tfn():
    v = brute(lambda: "%09d" % R.randint(10 ** 7, 10 ** 9 - 1), au_tfn.is_valid)
    return pick([v, v[:3] + " " + v[3:6] + " " + v[6:]])


def medicare_ok(s):
    s = s.replace(" ", "")
    if len(s) not in (10, 11) or s[0] not in "23456":
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    return sum(int(a) * b for a, b in zip(s[:8], w)) % 10 == int(s[8]) and s[9] != "0"


def nid_medicare():
    s = pick("23456") + rs(DG, 7)
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    s = s + str(sum(int(a) * b for a, b in zip(s, w)) % 10) + pick("123456789")
    return pick([s, s[:4] + " " + s[4:9] + " " + s[9]])


def nid_mynumber():
    def mk():
        s = rs(DG, 11)
        return s + jp_in.calc_check_digit(s)
    v = brute(mk, jp_in.is_valid)
    return pick([v, v[:4] + " " + v[4:8] + " " + v[8:], v[:4] + "-" + v[4:8] + "-" + v[8:]])


def nid_cpf():
    v = brute(lambda: rs(DG, 11), br_cpf.is_valid)
    return pick([br_cpf.format(v), v])


def nid_cnpj():
    v = brute(lambda: rs(DG, 8) + "0001" + rs(DG, 2), br_cnpj.is_valid)
    return br_cnpj.format(v)


def nid_sin():
    v = brute(lambda: pick("1234567") + rs(DG, 8), ca_sin.is_valid)
    return pick([v[:3] + " " + v[3:6] + " " + v[6:], v[:3] + "-" + v[3:6] + "-" + v[6:]])


def nid_pnr():
    def mk():
        s = "%02d%02d%02d" % (R.randint(50, 99), R.randint(1, 12), R.randint(1, 28)) + "-" + rs(DG, 4)
        return s
    return brute(mk, se_pnr.is_valid)


def nid_cpr():
    return brute(lambda: "%02d%02d%02d-%04d" % (R.randint(1, 28), R.randint(1, 12), R.randint(50, 99),
                                                  R.randint(0, 9999)), dk_cpr.is_valid)


def nid_fnr():
    return brute(lambda: "%02d%02d%02d%05d" % (R.randint(1, 28), R.randint(1, 12), R.randint(50, 99),
                                                 R.randint(0, 99999)), no_fnr.is_valid)


def nid_hetu():
    return brute(lambda: "%02d%02d%02d-%03d%s" % (R.randint(1, 28), R.randint(1, 12), R.randint(50, 99),
                                                   R.randint(2, 899), pick("0123456789ABCDEFHJKLMNPRSTUVWXY")),
                 fi_hetu.is_valid)


def nid_be():
    return brute(lambda: "%02d.%02d.%02d-%03d.%02d" % (R.randint(50, 99), R.randint(1, 12), R.randint(1, 28),
                                                        R.randint(1, 997), R.randint(0, 99)), be_nn.is_valid)


def nid_ahv():
    v = brute(lambda: "756" + rs(DG, 10), ch_ssn.is_valid)
    return "%s.%s.%s.%s" % (v[:3], v[3:7], v[7:11], v[11:])


NIDS = {  # key: (maker, label, country)
    "ssn_dashes": (lambda: nid_ssn("dashes"), "SSN", "US"), "ssn_spaces": (lambda: nid_ssn("spaces"), "SSN", "US"),
    "ssn_dots": (lambda: nid_ssn("dots"), "SSN", "US"), "nino": (nid_nino, "NINO", "GB"),
    "steuer": (nid_steuer, "Steuer-ID", "DE"), "nir": (nid_nir, "NIR", "FR"), "dni": (nid_dni, "DNI", "ES"),
    "nie": (nid_nie, "NIE", "ES"), "cf": (nid_cf, "codice fiscale", "IT"), "bsn": (nid_bsn, "BSN", "NL"),
    "pesel": (nid_pesel, "PESEL", "PL"), "aadhaar": (nid_aadhaar, "Aadhaar", "IN"), "tfn": (nid_tfn, "TFN", "AU"),
    "medicare": (nid_medicare, "Medicare", "AU"), "mynumber": (nid_mynumber, "My Number", "JP"),
    "cpf": (nid_cpf, "CPF", "BR"), "cnpj": (nid_cnpj, "CNPJ", "BR"), "sin": (nid_sin, "SIN", "CA"),
    "pnr": (nid_pnr, "personnummer", "SE"), "cpr": (nid_cpr, "CPR", "DK"), "fnr": (nid_fnr, "fødselsnummer", "NO"),
    "hetu": (nid_hetu, "HETU", "FI"), "be_nn": (nid_be, "Rijksregisternummer", "BE"), "ahv": (nid_ahv, "AHV", "CH"),
}


# =================================================================== positives
ROWS = []


def add(parts, kind, cls, reason):
    text, spans = build(parts)
    ROWS.append({"text": text, "spans": spans, "kind": kind, "class": cls, "reason": reason})


def ts():
    return "2025-%02d-%02dT%02d:%02d:%02dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59),
                                             R.randint(0, 59))


def svc():
    return pick(SERVICES)


# Generic contexts for vendor credentials: each returns (parts, context-name)
def c_env(v, t, env, label):
    return ["# .env.production\nAPP_ENV=production\n%s=" % env, (v, t), "\nLOG_LEVEL=info\nPORT=8080\n"], "env"


def c_export(v, t, env, label):
    return ["Run these two commands, then retry the deploy:\n\n```bash\nexport %s=" % env, (v, t),
            "\n./scripts/deploy.sh --region eu-west-1\n```\n"], "shell-export"


def c_compose(v, t, env, label):
    return ["```yaml\nservices:\n  %s:\n    image: ghcr.io/fernhill/%s:1.8.2\n    environment:\n      %s: \"" % (
        svc(), svc(), env), (v, t), "\"\n      TZ: Europe/Berlin\n```"], "docker-compose"


def c_python(v, t, env, label):
    return ["Your snippet works once the key is passed explicitly:\n\n```python\nimport requests\n\nAPI_KEY = \"",
            (v, t), "\"\nresp = requests.get(url, headers={\"Authorization\": f\"Bearer {API_KEY}\"}, timeout=10)\n"
            "resp.raise_for_status()\n```"], "python"


def c_js(v, t, env, label):
    return ["```js\nconst client = new %sClient({\n  token: '" % label.replace(" ", ""), (v, t),
            "',\n  retries: 3,\n});\n```\nThe 403 came from the scope, not from the token format."], "javascript"


def c_prose(v, t, env, label):
    return ["The %s credential you pasted, " % label, (v, t),
            ", is a live one. Revoke it in the dashboard first, then create a new one and store it in your secret manager "
            "rather than in the repository."], "prose"


def c_curl(v, t, env, label):
    return ["```console\n$ curl -sS https://api.%s/v1/status \\\n    -H \"Authorization: Bearer " % pick(DOMAINS[:8]),
            (v, t), "\" \\\n    -H 'Accept: application/json'\n{\"ok\":true}\n```"], "curl-bearer"


def c_json(v, t, env, label):
    k = label.lower().replace(" ", "_")
    return ["```json\n{\n  \"%s\": {\n    \"apiKey\": \"" % k, (v, t), "\",\n    \"timeoutMs\": 30000\n  }\n}\n```"], "json"


def c_toml(v, t, env, label):
    return ["`config.toml` after the change:\n\n```toml\n[%s]\nenabled = true\ntoken = \"" % label.lower().replace(" ", "_"),
            (v, t), "\"\n```"], "toml"


def c_gha(v, t, env, label):
    return ["```yaml\njobs:\n  release:\n    runs-on: ubuntu-latest\n    env:\n      %s: " % env, (v, t),
            "\n    steps:\n      - uses: actions/checkout@v4\n```\nMove that value into repository secrets."], "github-actions"


def c_docker(v, t, env, label):
    return ["$ docker run --rm -e %s=" % env, (v, t), " -p 8080:8080 fernhill/%s:latest\n" % svc()], "docker-run"


def c_log(v, t, env, label):
    return ["%s DEBUG %s config loaded: %s=" % (ts(), svc(), env), (v, t), " region=eu-central-1 retries=3\n"], "log"


def c_tf(v, t, env, label):
    return ["```hcl\nprovider \"%s\" {\n  token = \"" % label.lower().split()[0], (v, t), "\"\n}\n```"], "terraform"


def c_chat(v, t, env, label):
    return ["**User:** I keep getting 401 from %s. My key is " % label, (v, t),
            " — what am I doing wrong?\n\n**Assistant:** The key itself looks well formed; check that it has the right scope."], "chat"


def c_mdtable(v, t, env, label):
    return ["| Variable | Value | Notes |\n|---|---|---|\n| `NODE_ENV` | `production` | |\n| `%s` | `" % env, (v, t),
            "` | rotate quarterly |\n"], "markdown-table"


def c_ini(v, t, env, label):
    return ["```ini\n[%s]\nendpoint = https://api.%s\napi_key = " % (label.lower().replace(" ", "_"), pick(DOMAINS[:8])),
            (v, t), "\n\n[logging]\nlevel = warn\n```"], "ini"


def c_go(v, t, env, label):
    return ["```go\nfunc init() {\n\tos.Setenv(\"%s\", \"" % env, (v, t), "\")\n}\n```"], "go"


def c_props(v, t, env, label):
    return ["```properties\n%s.api.url=https://api.%s\n%s.api.key=" % (label.lower().split()[0], pick(DOMAINS[:8]),
                                                                         label.lower().split()[0]), (v, t), "\n```"], "java-properties"


def c_err(v, t, env, label):
    return ["Traceback (most recent call last):\n  File \"app/%s.py\", line 88, in call\n    raise AuthError(f\"rejected token {token!r}\")\n"
            "AuthError: rejected token '" % svc().replace("-", "_"), (v, t), "'\n"], "stack-trace"


def c_pwsh(v, t, env, label):
    return ["In PowerShell the equivalent is:\n\n```powershell\n$env:%s = \"" % env, (v, t), "\"\nnpm run start\n```"], "powershell"


def c_csharp(v, t, env, label):
    return ["```csharp\nvar options = new ClientOptions\n{\n    ApiKey = \"", (v, t), "\",\n    Timeout = TimeSpan.FromSeconds(20)\n};\n```"], "csharp"


def c_ruby(v, t, env, label):
    return ["```ruby\nENV['%s'] ||= '" % env, (v, t), "'\nclient = Client.new(token: ENV.fetch('%s'))\n```" % env], "ruby"


def c_rust(v, t, env, label):
    return ["```rust\nlet token = \"", (v, t), "\";\nlet client = reqwest::Client::new();\n```"], "rust"


def c_http(v, t, env, label):
    return ["```http\nPOST /v2/events HTTP/1.1\nHost: api.%s\nX-Api-Key: " % pick(DOMAINS[:8]), (v, t),
            "\nContent-Type: application/json\n\n{\"event\":\"deploy\"}\n```"], "http-header"


def c_k8s_stringdata(v, t, env, label):
    return ["```yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: %s-credentials\ntype: Opaque\nstringData:\n  %s: " % (
        svc(), env.lower()), (v, t), "\n```"], "k8s-stringdata"


def c_php(v, t, env, label):
    return ["```php\n<?php\ndefine('%s', '" % env, (v, t), "');\n```"], "php"


CTX = [c_env, c_export, c_compose, c_python, c_js, c_prose, c_curl, c_json, c_toml, c_gha, c_docker, c_log, c_tf, c_chat,
       c_mdtable, c_ini, c_go, c_props, c_err, c_pwsh, c_csharp, c_ruby, c_rust, c_http, c_k8s_stringdata, c_php]

VENDORS = [  # (value key, type, env var, label, n texts)
    ("gcp_api", "gcp_api_key", "GOOGLE_MAPS_API_KEY", "Google Maps", 2),
    ("do", "digitalocean_token", "DIGITALOCEAN_TOKEN", "DigitalOcean", 2),
    ("gh", "github_token", "GITHUB_TOKEN", "GitHub", 2),
    ("gh_o", "github_token", "GH_OAUTH_TOKEN", "GitHub", 1),
    ("gh_s", "github_token", "GH_APP_INSTALLATION_TOKEN", "GitHub", 1),
    ("gh_fine", "github_token", "GH_PAT", "GitHub", 2),
    ("glpat", "gitlab_token", "GITLAB_TOKEN", "GitLab", 2),
    ("glft", "gitlab_token", "GITLAB_FEED_TOKEN", "GitLab", 1),
    ("gldt", "gitlab_token", "GITLAB_DEPLOY_TOKEN", "GitLab", 2),
    ("glrt", "gitlab_token", "RUNNER_TOKEN", "GitLab Runner", 1),
    ("glptt", "gitlab_token", "TRIGGER_TOKEN", "GitLab", 1),
    ("bitbucket", "bitbucket_app_password", "BITBUCKET_APP_PASSWORD", "Bitbucket", 2),
    ("sk_live", "stripe_key", "STRIPE_SECRET_KEY", "Stripe", 2),
    ("rk_live", "stripe_key", "STRIPE_RESTRICTED_KEY", "Stripe", 2),
    ("whsec", "stripe_key", "STRIPE_WEBHOOK_SECRET", "Stripe", 2),
    ("square_at", "square_token", "SQUARE_ACCESS_TOKEN", "Square", 2),
    ("square_sec", "square_token", "SQUARE_APPLICATION_SECRET", "Square", 1),
    ("braintree", "braintree_token", "BRAINTREE_ACCESS_TOKEN", "Braintree", 2),
    ("adyen", "adyen_api_key", "ADYEN_API_KEY", "Adyen", 2),
    ("xoxb", "slack_token", "SLACK_BOT_TOKEN", "Slack", 2),
    ("xoxp", "slack_token", "SLACK_USER_TOKEN", "Slack", 1),
    ("xapp", "slack_token", "SLACK_APP_TOKEN", "Slack", 3),
    ("twilio_sk", "twilio_key", "TWILIO_API_KEY", "Twilio", 2),
    ("sendgrid", "sendgrid_key", "SENDGRID_API_KEY", "SendGrid", 2),
    ("mailgun", "mailgun_key", "MAILGUN_API_KEY", "Mailgun", 2),
    ("discord_bot", "discord_token", "DISCORD_BOT_TOKEN", "Discord", 2),
    ("telegram", "telegram_bot_token", "TELEGRAM_BOT_TOKEN", "Telegram", 2),
    ("anthropic", "anthropic_key", "ANTHROPIC_API_KEY", "Anthropic", 2),
    ("anthropic_admin", "anthropic_key", "ANTHROPIC_ADMIN_KEY", "Anthropic", 1),
    ("openai_proj", "openai_key", "OPENAI_API_KEY", "OpenAI", 2),
    ("openai_legacy", "openai_key", "OPENAI_API_KEY", "OpenAI", 1),
    ("hf", "huggingface_token", "HF_TOKEN", "Hugging Face", 2),
    ("replicate", "replicate_token", "REPLICATE_API_TOKEN", "Replicate", 2),
    ("npm", "npm_token", "NPM_TOKEN", "npm", 2),
    ("pypi", "pypi_token", "TWINE_PASSWORD", "PyPI", 2),
    ("rubygems", "rubygems_token", "GEM_HOST_API_KEY", "RubyGems", 1),
    ("nuget", "nuget_key", "NUGET_API_KEY", "NuGet", 1),
    ("dd_api", "datadog_key", "DD_API_KEY", "Datadog", 2),
    ("dd_app", "datadog_key", "DD_APP_KEY", "Datadog", 1),
    ("nrak", "newrelic_key", "NEW_RELIC_API_KEY", "New Relic", 2),
    ("nrii", "newrelic_key", "NEW_RELIC_INSERT_KEY", "New Relic", 1),
    ("sntrys", "sentry_token", "SENTRY_AUTH_TOKEN", "Sentry", 2),
    ("glsa", "grafana_token", "GRAFANA_SA_TOKEN", "Grafana", 2),
    ("glc", "grafana_token", "GRAFANA_CLOUD_TOKEN", "Grafana Cloud", 1),
    ("shpat", "shopify_token", "SHOPIFY_ACCESS_TOKEN", "Shopify", 2),
    ("hvs", "vault_token", "VAULT_TOKEN", "Vault", 2),
    ("hvs_short", "vault_token", "VAULT_TOKEN", "Vault", 1),
    ("tfc", "terraform_cloud_token", "TFE_TOKEN", "Terraform Cloud", 2),
    ("doppler", "doppler_token", "DOPPLER_TOKEN", "Doppler", 2),
    ("linear", "linear_key", "LINEAR_API_KEY", "Linear", 2),
    ("notion", "notion_token", "NOTION_TOKEN", "Notion", 2),
    ("atlassian", "atlassian_token", "JIRA_API_TOKEN", "Atlassian", 2),
    ("postman", "postman_key", "POSTMAN_API_KEY", "Postman", 1),
    ("heroku", "heroku_token", "HEROKU_API_KEY", "Heroku", 1),
    ("planetscale", "planetscale_token", "DATABASE_PASSWORD", "PlanetScale", 1),
    ("mapbox", "mapbox_token", "MAPBOX_SECRET_TOKEN", "Mapbox", 1),
]
V["gh"] = lambda: gh_classic("ghp_")
V["gh_o"] = lambda: gh_classic("gho_")
V["gh_s"] = lambda: gh_classic(pick(["ghs_", "ghu_", "ghr_"]))
V["gh_fine"] = gh_fine


PREFIXLESS = {"dd_api", "dd_app"}
ENV_CTX = [c_env, c_export, c_compose, c_gha, c_docker, c_log, c_mdtable, c_go, c_pwsh, c_ruby, c_php]


def gen_vendor_generic():
    ctx_cycle = []
    for key, typ, env, label, n in VENDORS:
        chosen = []
        for _ in range(n):
            if not ctx_cycle:
                ctx_cycle = CTX[:]
                R.shuffle(ctx_cycle)
            c = ctx_cycle.pop()
            if key in PREFIXLESS:  # keys without a prefix are only recognisable by the variable that holds them
                c = pick([x for x in ENV_CTX if x not in chosen])
            elif c in chosen and ctx_cycle:
                ctx_cycle.insert(0, c)
                c = ctx_cycle.pop()
            chosen.append(c)
            parts, cname = c(V[key](), typ, env, label)
            add(parts, "positive", "%s/%s" % (typ, cname), "%s credential (%s format) in %s" % (label, key, cname))


def gen_vendor_specific():
    # AWS pairs
    aws_ctx = [
        lambda i, s: (["```ini\n# ~/.aws/credentials\n[default]\naws_access_key_id = ", (i, "aws_access_key_id"),
                       "\naws_secret_access_key = ", (s, "aws_secret_access_key"), "\nregion = eu-west-1\n```"], "credentials-file"),
        lambda i, s: (["```bash\nexport AWS_ACCESS_KEY_ID=", (i, "aws_access_key_id"), "\nexport AWS_SECRET_ACCESS_KEY=",
                       (s, "aws_secret_access_key"), "\naws s3 ls s3://fernhill-backups/\n```"], "shell-export"),
        lambda i, s: (["```python\ns3 = boto3.client(\n    \"s3\",\n    aws_access_key_id=\"", (i, "aws_access_key_id"),
                       "\",\n    aws_secret_access_key=\"", (s, "aws_secret_access_key"), "\",\n)\n```"], "python-boto3"),
        lambda i, s: (["```hcl\nprovider \"aws\" {\n  region     = \"us-east-2\"\n  access_key = \"", (i, "aws_access_key_id"),
                       "\"\n  secret_key = \"", (s, "aws_secret_access_key"), "\"\n}\n```"], "terraform"),
        lambda i, s: (["Access key ID: ", (i, "aws_access_key_id"), "\nSecret access key: ", (s, "aws_secret_access_key"),
                       "\n\nThese were shown once in the IAM console; I've pasted them here so you can fix the CLI profile."], "console-copy"),
        lambda i, s: (["```json\n{\n  \"AccessKey\": {\n    \"UserName\": \"ci-deployer\",\n    \"AccessKeyId\": \"", (i, "aws_access_key_id"),
                       "\",\n    \"Status\": \"Active\",\n    \"SecretAccessKey\": \"", (s, "aws_secret_access_key"),
                       "\",\n    \"CreateDate\": \"2025-03-02T10:11:12+00:00\"\n  }\n}\n```"], "cli-json"),
        lambda i, s: (["User name,Password,Access key ID,Secret access key,Console login link\nci-deployer,,", (i, "aws_access_key_id"), ",",
                       (s, "aws_secret_access_key"), ",https://123456789012.signin.aws.amazon.com/console\n"], "csv"),
        lambda i, s: (["```yaml\n- name: Configure AWS\n  uses: aws-actions/configure-aws-credentials@v4\n  with:\n    aws-access-key-id: ",
                       (i, "aws_access_key_id"), "\n    aws-secret-access-key: ", (s, "aws_secret_access_key"), "\n    aws-region: eu-north-1\n```"], "ci-yaml"),
    ]
    for c in aws_ctx:
        parts, cn = c(V["aws_id"](), V["aws_secret"]())
        add(parts, "positive", "aws/" + cn, "AWS key id next to its secret access key")
    # GCP service account JSON
    for _ in range(3):
        pk = private_key("pkcs8").replace("\n", "\\n") + "\\n"
        pk = pk[:-2]
        proj = pick(["fernhill-prod", "ledgerly-data", "corvid-ml-412"])
        sa = "%s@%s.iam.gserviceaccount.com" % (pick(["deployer", "bq-reader", "terraform"]), proj)
        add(["```json\n{\n  \"type\": \"service_account\",\n  \"project_id\": \"%s\",\n  \"private_key_id\": \"%s\",\n"
             "  \"private_key\": \"" % (proj, rs(HEX, 40)), (pk, "private_key"), "\\n\",\n  \"client_email\": \"", (sa, "email"),
             "\",\n  \"token_uri\": \"https://oauth2.googleapis.com/token\"\n}\n```"], "positive", "private_key/gcp-service-account-json",
            "GCP service-account key: escaped PKCS#8 block and the service-account e-mail")
    # Azure storage connection strings and keys
    for i in range(4):
        k = V["azure_key"]()
        acct = pick(["fernhillprod", "ledgerlyarchive", "corvidlogs", "qmillmedia"])
        forms = [
            ["DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=" % acct, (k, "azure_storage_key"), ";EndpointSuffix=core.windows.net"],
            ["```json\n\"ConnectionStrings\": {\n  \"Blob\": \"DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=" % acct,
             (k, "azure_storage_key"), ";EndpointSuffix=core.windows.net\"\n}\n```"],
            ["```bash\naz storage blob upload --account-name %s --account-key \"" % acct, (k, "azure_storage_key"),
             "\" --container-name exports --file report.csv\n```"],
            ["AZURE_STORAGE_ACCOUNT=%s\nAZURE_STORAGE_KEY=" % acct, (k, "azure_storage_key"), "\n"],
        ]
        add(forms[i], "positive", "azure_storage_key/" + ["conn-string", "appsettings-json", "az-cli", "env"][i], "Azure storage account key")
    for i in range(3):
        sig = azure_sas_sig()
        acct = pick(["fernhillprod", "ledgerlyarchive", "corvidlogs"])
        url = "https://%s.blob.core.windows.net/exports/%s?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-01-31T18:00:00Z&st=2025-11-01T09:00:00Z&spr=https&sig=" % (
            acct, pick(["q3.csv", "backup.tar.gz", "invoices.zip"]))
        pre = ["Download link (valid until end of January): ", "```bash\nazcopy copy \"", "SAS URL from the portal:\n\n    "][i]
        post = ["\n", "\" ./local/ --recursive\n```", "\n"][i]
        add([pre + url, (sig, "azure_sas_token"), post], "positive", "azure_sas_token/url", "Azure SAS signature in a blob URL")
    # Slack webhooks
    for i in range(3):
        p = V["slack_hook"]()
        pre = ["```bash\ncurl -X POST -H 'Content-type: application/json' --data '{\"text\":\"deploy done\"}' https://hooks.slack.com/services/",
               "SLACK_WEBHOOK_URL=https://hooks.slack.com/services/", "alerting:\n  slack:\n    url: \"https://hooks.slack.com/services/"][i]
        post = ["\n```", "\n", "\"\n    channel: \"#ops\"\n"][i]
        add([pre, (p, "slack_webhook"), post], "positive", "slack_webhook/" + ["curl", "env", "yaml"][i], "Slack incoming webhook path")
    # Discord webhooks
    for i in range(2):
        tok = V["discord_hook_tok"]()
        hid = str(R.randint(10 ** 17, 10 ** 18 - 1))
        pre = ["webhook_url = \"https://discord.com/api/webhooks/%s/" % hid, "POST https://discordapp.com/api/webhooks/%s/" % hid][i]
        post = ["\"\n", " returned 204\n"][i]
        add([pre, (tok, "discord_webhook"), post], "positive", "discord_webhook/url", "Discord webhook token in URL")
    # Telegram bot token in URL
    for _ in range(2):
        tok = V["telegram"]()
        add(["```bash\ncurl -s \"https://api.telegram.org/bot", (tok, "telegram_bot_token"),
             "/sendMessage?chat_id=-100%d&text=backup%%20ok\"\n```" % R.randint(10 ** 9, 10 ** 10)], "positive",
            "telegram_bot_token/url", "Telegram bot token inside API URL")
    # Sentry DSN
    for i in range(3):
        k = V["sentry_key"]()
        pre = ["SENTRY_DSN=https://", "```python\nsentry_sdk.init(\n    dsn=\"https://", "Sentry.init({ dsn: 'https://"][i]
        post = ["@o%d.ingest.sentry.io/%d\n" % (R.randint(10 ** 5, 10 ** 7), R.randint(10 ** 6, 10 ** 7)),
                "@o%d.ingest.us.sentry.io/%d\",\n    traces_sample_rate=0.2,\n)\n```" % (R.randint(10 ** 5, 10 ** 7), R.randint(10 ** 6, 10 ** 7)),
                "@o%d.ingest.de.sentry.io/%d', tracesSampleRate: 1.0 });" % (R.randint(10 ** 5, 10 ** 7), R.randint(10 ** 6, 10 ** 7))][i]
        add([pre, (k, "sentry_dsn"), post], "positive", "sentry_dsn/" + ["env", "python", "js"][i], "Sentry DSN key (user part of the DSN)")
    # npm / pypi / rubygems / nuget native files
    add(["```ini\n# ~/.npmrc\n@fernhill:registry=https://npm.pkg.github.com\n//registry.npmjs.org/:_authToken=", (V["npm"](), "npm_token"),
         "\nalways-auth=true\n```"], "positive", "npm_token/npmrc", "npm token in .npmrc")
    add(["```ini\n# ~/.pypirc\n[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = ", (V["pypi"](), "pypi_token"),
         "\n```"], "positive", "pypi_token/pypirc", "PyPI token in .pypirc")
    add(["```yaml\n# ~/.gem/credentials\n---\n:rubygems_api_key: ", (V["rubygems"](), "rubygems_token"), "\n```"], "positive",
        "rubygems_token/gem-credentials", "RubyGems API key in credentials file")
    add(["```console\n$ dotnet nuget push bin/Release/Fernhill.Client.2.4.0.nupkg --api-key ", (V["nuget"](), "nuget_key"),
         " --source https://api.nuget.org/v3/index.json\nPushing Fernhill.Client.2.4.0.nupkg to 'https://www.nuget.org/api/v2/package'...\n```"],
        "positive", "nuget_key/cli-flag", "NuGet API key as CLI flag")
    # Vault login / age key file
    add(["```console\n$ vault login ", (V["hvs"](), "vault_token"), "\nSuccess! You are now authenticated.\n```"], "positive",
        "vault_token/cli", "Vault token on the command line")
    for _ in range(2):
        add(["```\n# created: 2025-%02d-%02dT10:22:31+01:00\n# public key: age1%s\n" % (R.randint(1, 12), R.randint(1, 28),
                                                                                     rs("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)),
             (V["age"](), "age_secret_key"), "\n```"], "positive", "age_secret_key/keyfile", "age identity file")
    # Datadog pair in helm values
    add(["```yaml\ndatadog:\n  apiKey: ", (V["dd_api"](), "datadog_key"), "\n  appKey: ", (V["dd_app"](), "datadog_key"),
         "\n  site: datadoghq.eu\n```"], "positive", "datadog_key/helm-values", "Datadog API and app keys in Helm values")
    # Twilio account sid + auth token
    for _ in range(2):
        add(["```python\naccount_sid = \"AC%s\"\nauth_token = \"" % rs(HEX, 32), (rs(HEX, 32), "twilio_key"),
             "\"\nclient = Client(account_sid, auth_token)\n```"], "positive", "twilio_key/auth-token", "Twilio auth token (32 hex) next to account SID")
    # Git remote with token as password
    add(["```console\n$ git remote -v\norigin\thttps://x-access-token:", (gh_classic("ghs_"), "github_token"),
         "@github.com/fernhill/infra.git (fetch)\n```"], "positive", "github_token/git-remote-url", "GitHub token as URL password")
    add(["```bash\ngit clone https://oauth2:", (V["glpat"](), "gitlab_token"), "@gitlab.com/ledgerly/payments.git\n```"], "positive",
        "gitlab_token/git-clone-url", "GitLab PAT as URL password")
    # Mailgun via basic auth user api
    add(["```bash\ncurl -s --user 'api:", (V["mailgun"](), "mailgun_key"), "' https://api.eu.mailgun.net/v3/mg.fernhill.app/messages \\\n"
         "  -F from='Ops <", ("ops@mg.fernhill.app", "email"), ">' -F to=", ("oncall@fernhill.app", "email"),
         " -F subject='disk 92%'\n```"], "positive", "mailgun_key/curl-user", "Mailgun key as basic-auth password in curl, with addresses")


def gen_generic():
    P, S, B = "password", "generic_secret", "basic_auth"
    user = lambda: pick(["app", "svc_ledger", "admin", "reporting", "deploy", "root", "etl_user"])
    host = lambda: pick(HOSTS)
    T = []
    T.append(lambda: (["```yaml\ndatabase:\n  host: %s\n  user: %s\n  password: '" % (host(), user()), (pw_dquote(), P), "'\n  pool: 10\n```"], "password/yaml-single-quoted"))
    T.append(lambda: (["```yaml\nredis:\n  url: redis://%s:6379/0\n  password: \"" % host(), (pw_punct(), P), "\"\n```"], "password/yaml-double-quoted"))
    T.append(lambda: (["```yaml\nsmtp:\n  username: mailer\n  password: ", (pw_plain(), P), "\n  port: 587\n```"], "password/yaml-unquoted"))
    T.append(lambda: (["# .env\nDB_HOST=%s\nDB_PASSWORD=" % host(), (pw_plain(), P), "\nDB_NAME=ledger\n"], "password/env"))
    T.append(lambda: (["DB_USER=%s\nDB_PASS=" % user(), (pw_urlsafe(), P), "\n"], "password/env-last-line"))
    T.append(lambda: (["MYSQL_ROOT_PASSWORD=\"", (pw_space(), P), "\"\nMYSQL_DATABASE=shop\n"], "password/env-quoted-spaces"))
    T.append(lambda: (["```json\n{\n  \"host\": \"%s\",\n  \"user\": \"%s\",\n  \"password\": \"" % (host(), user()), (pw_punct(), P), "\",\n  \"ssl\": true\n}\n```"], "password/json"))
    T.append(lambda: (["```toml\n[database]\nurl = \"postgres://%s\"\npassword = \"" % host(), (pw_space(), P), "\"\n```"], "password/toml-spaces"))
    T.append(lambda: (["```toml\n[smtp]\npassword = \"", (pw_squote(), P), "\"\n```"], "password/toml-with-quote"))
    T.append(lambda: (["```ini\n[client]\nuser = %s\npassword = " % user(), (pw_plain(), P), "\nhost = %s\n```" % host()], "password/ini-my-cnf"))
    for scheme, port in [("postgresql", 5432), ("mysql", 3306), ("mongodb+srv", None), ("amqp", 5672), ("postgres", 6432)]:
        T.append(lambda scheme=scheme, port=port: (["DATABASE_URL=%s://%s:" % (scheme, user()), (pw_urlsafe(), P),
                                                    "@%s%s/%s\n" % (host(), ":%d" % port if port else "", pick(["ledger", "app", "events"]))], "password/dsn-" + scheme.split("+")[0]))
    T.append(lambda: (["```python\nr = redis.Redis.from_url(\"redis://:", (pw_urlsafe(), P), "@%s:6380/2\")\n```" % host()], "password/dsn-redis-no-user"))
    T.append(lambda: (["spring.datasource.url=jdbc:postgresql://%s:5432/ledger?user=%s&password=" % (host(), user()), (pw_urlsafe(), P), "&ssl=true\n"], "password/jdbc-query"))
    T.append(lambda: (["jdbc:sqlserver://%s:1433;databaseName=crm;user=sa;password=" % host(), (pw_urlsafe(), P), ";encrypt=true;trustServerCertificate=false"], "password/jdbc-sqlserver"))
    T.append(lambda: (["```properties\nspring.datasource.username=%s\nspring.datasource.password=" % user(), (pw_plain(), P), "\nspring.jpa.hibernate.ddl-auto=validate\n```"], "password/spring-properties"))
    T.append(lambda: (["```console\n$ mysql -h %s -u %s -p'" % (host(), user()), (pw_dquote(), P), "' ledger < dump.sql\n```"], "password/cli-mysql-p"))
    T.append(lambda: (["```bash\nPGPASSWORD='", (pw_punct(), P), "' psql -h %s -U %s -d ledger -c 'select 1'\n```" % (host(), user())], "password/cli-pgpassword"))
    T.append(lambda: (["```bash\n./manage.py createsuperuser --username ops --password \"", (pw_squote(), P), "\" --noinput\n```"], "password/cli-flag-quoted"))
    T.append(lambda: (["```console\n$ sshpass -p ", (pw_urlsafe(), P), " ssh -l deploy bastion.quartzmill.cloud uptime\n```"], "password/cli-sshpass"))
    T.append(lambda: (["```\n# ~/.netrc\nmachine api.%s\n  login %s\n  password " % (pick(DOMAINS[:8]), user()), (pw_plain(), P), "\n```"], "password/netrc"))
    T.append(lambda: (["machine git.hollowpine.dev login ci-bot password ", (pw_urlsafe(), P), "\n"], "password/netrc-one-line"))
    T.append(lambda: (["```\n# ~/.pgpass\n%s:5432:ledger:%s:" % (host(), user()), (pw_plain(), P), "\n```"], "password/pgpass"))
    T.append(lambda: (["```sql\nCREATE ROLE reporting LOGIN PASSWORD '", (pw_dquote(), P), "';\nGRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;\n```"], "password/sql-create-role"))
    T.append(lambda: (["```sql\nALTER USER 'etl'@'%' IDENTIFIED BY \"", (pw_squote(), P), "\";\nFLUSH PRIVILEGES;\n```"], "password/sql-alter-user"))
    T.append(lambda: (["```python\nconn = psycopg2.connect(host=\"%s\", dbname=\"ledger\", user=\"%s\", password=\"" % (host(), user()), (pw_punct(), P), "\")\n```"], "password/python-kwarg"))
    T.append(lambda: (["```java\nprops.setProperty(\"user\", \"%s\");\nprops.setProperty(\"password\", \"" % user(), (pw_punct(), P), "\");\n```"], "password/java"))
    T.append(lambda: (["```xml\n<dataSource>\n  <username>%s</username>\n  <password>" % user(), (pw_urlsafe(), P), "</password>\n</dataSource>\n```"], "password/xml"))
    T.append(lambda: (["```php\ndefine('DB_PASSWORD', '", (pw_dquote(), P), "');\ndefine('DB_HOST', 'localhost');\n```"], "password/php-define"))
    T.append(lambda: (["```yaml\nall:\n  vars:\n    ansible_user: deploy\n    ansible_become_password: ", (pw_plain(), P), "\n```"], "password/ansible"))
    T.append(lambda: (["```hcl\nresource \"azurerm_mssql_server\" \"main\" {\n  administrator_login          = \"sqladmin\"\n  administrator_login_password = \"", (pw_punct(), P), "\"\n}\n```"], "password/terraform"))
    T.append(lambda: (["Passwort für den Testserver: ", (pw_plain(), P), "\nBitte nach dem ersten Login ändern."], "password/form-de"))
    T.append(lambda: (["Identifiant : compta\nMot de passe : ", (pw_plain(), P), "\n\nMerci de ne pas le partager."], "password/form-fr"))
    T.append(lambda: (["Usuario: soporte\nContraseña: ", (pw_plain(), P), "\n"], "password/form-es"))
    T.append(lambda: (["ユーザー名: admin\nパスワード: ", (pw_plain(), P), "\n"], "password/form-ja"))
    T.append(lambda: (["Wi-Fi for the offsite — network `Fernhill-Guest`, passphrase `", (pw_space(), P), "`."], "password/prose-wifi"))
    T.append(lambda: (["```csharp\nvar cs = \"Server=%s;Database=crm;User Id=app;Password=" % host(), (pw_urlsafe(), P), ";TrustServerCertificate=True\";\n```"], "password/ado-connstring"))
    T.append(lambda: (["```yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n  username: %s\n  password: " % b64(user()), (b64(pw_plain()), P), "\n```"], "password/k8s-secret-base64"))
    # generic secrets
    T.append(lambda: (["```python\n# settings.py\nDEBUG = False\nSECRET_KEY = '", (rs(AN + "!@#$%^&*(-_=+)", 50), S), "'\n```"], "generic_secret/django"))
    T.append(lambda: (["JWT_SECRET=", (secret_hex(64), S), "\nJWT_TTL=3600\n"], "generic_secret/env-hex"))
    T.append(lambda: (["```yaml\noauth:\n  client_id: %s\n  client_secret: " % rs(DG, 12), (rs(AN + "-_~.", 34), S), "\n```"], "generic_secret/oauth-client-secret"))
    T.append(lambda: (["```js\napp.use(session({ secret: \"", (rs(AN, 32), S), "\", resave: false }));\n```"], "generic_secret/express-session"))
    T.append(lambda: (["```ruby\nRails.application.config.secret_key_base = \"", (secret_hex(128), S), "\"\n```"], "generic_secret/rails"))
    T.append(lambda: (["ENCRYPTION_KEY=", (b64(bytes(R.getrandbits(8) for _ in range(32))), S), "\n"], "generic_secret/env-base64"))
    T.append(lambda: (["```console\n$ ./ingest --api-secret=", (rs(AN, 40), S), " --batch 500\n```"], "generic_secret/cli-equals"))
    T.append(lambda: (["X-Webhook-Secret: ", (rs(AN, 32), S), "\n"], "generic_secret/http-header"))
    T.append(lambda: (["```json\n{\"webhook\": {\"url\": \"https://hooks.%s/in\", \"signing_secret\": \"" % pick(DOMAINS[:8]), (rs(HEX, 40), S), "\"}}\n```"], "generic_secret/json"))
    T.append(lambda: (["```go\nvar hmacKey = []byte(\"", (rs(AN + "%&$#", 28), S), "\")\n```"], "generic_secret/go"))
    # basic auth
    T.append(lambda: (["```http\nGET /api/v1/export HTTP/1.1\nHost: reports.%s\nAuthorization: Basic " % pick(DOMAINS[:8]), (b64("%s:%s" % (user(), pw_plain())), B), "\n```"], "basic_auth/http-header"))
    T.append(lambda: (["```bash\ncurl -H \"Authorization: Basic ", (b64("%s:%s" % (user(), pw_plain())), B), "\" https://jenkins.hollowpine.dev/job/release/build\n```"], "basic_auth/curl"))
    T.append(lambda: (["```json\n{\n  \"auths\": {\n    \"registry.fernhill.app\": {\n      \"auth\": \"", (b64("ci:" + pw_plain()), B), "\"\n    }\n  }\n}\n```"], "basic_auth/docker-config"))
    T.append(lambda: (["```yaml\nkind: Secret\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: ", (b64(json.dumps({"auths": {"ghcr.io": {"auth": b64("bot:" + gh_classic())}}})), B), "\n```"], "basic_auth/k8s-dockerconfigjson"))
    for t in T:
        parts, cls = t()
        add(parts, "positive", cls, "generic credential: " + cls.split("/", 1)[1])


CAT_CMD = {"rsa": "cat ~/.ssh/id_rsa", "ec": "cat certs/server-ec.key", "openssh": "cat ~/.ssh/id_ed25519",
           "pkcs8": "cat /etc/ssl/private/api.key", "enc": "cat signing.enc.pem",
           "pgp": "gpg --export-secret-keys --armor 7F3D2A91C04B8E65"}


def KIND_OF(k):
    for marker, kind in (("PGP", "pgp"), ("OPENSSH", "openssh"), ("ENCRYPTED", "enc"), ("RSA", "rsa"), ("EC PRIVATE", "ec")):
        if marker in k.split("\n")[0]:
            return kind
    return "pkcs8"


def gen_private_keys():
    kinds = ["rsa", "ec", "openssh", "pkcs8", "pkcs8_ec", "enc", "pgp"]
    ctxs = [
        lambda k: (["Here's the file content:\n\n```\n", (k, "private_key"), "\n```\n"], "code-block"),
        lambda k: (["```console\n$ %s\n" % CAT_CMD[KIND_OF(k)], (k, "private_key"), "\n$ \n```"], "shell-cat"),
        lambda k: (["```yaml\napiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n    ",
                    (k.replace("\n", "\n    "), "private_key"), "\n```"], "k8s-yaml-indented"),
        lambda k: (["```json\n{\"key\": \"", (k.replace("\n", "\\n"), "private_key"), "\", \"kid\": \"signing-2025\"}\n```"], "json-escaped"),
        lambda k: (["```python\nPRIVATE_KEY = \"\"\"", (k, "private_key"), "\"\"\"\n```"], "python-triple-quoted"),
        lambda k: (["```hcl\nresource \"tls_locally_signed_cert\" \"x\" {\n  ca_private_key_pem = <<EOT\n", (k, "private_key"), "\nEOT\n}\n```"], "terraform-heredoc"),
        lambda k: (["SSH_PRIVATE_KEY=\"", (k, "private_key"), "\"\n"], "env-multiline"),
    ]
    order = [(k, c) for k in kinds for c in range(len(ctxs)) if not (c == 2 and k in ("pgp", "openssh"))]
    R.shuffle(order)
    used = set()
    sel = []
    for k, c in order:
        if len([1 for kk, _ in sel if kk == k]) < 3 and (k, c) not in used:
            sel.append((k, c))
            used.add((k, c))
    for k, c in sel[:20]:
        parts, cn = ctxs[c](private_key(k))
        add(parts, "positive", "private_key/%s/%s" % (k, cn), "private key block (%s) in %s" % (k, cn))


def gen_jwt():
    T = [
        lambda j: (["Authorization: Bearer ", (j, "jwt"), "\n"], "auth-header"),
        lambda j: (["```json\n{\"access_token\":\"", (j, "jwt"), "\",\"token_type\":\"Bearer\",\"expires_in\":3600}\n```"], "oauth-response"),
        lambda j: (["Set-Cookie: session=", (j, "jwt"), "; Path=/; HttpOnly; Secure; SameSite=Lax\n"], "cookie"),
        lambda j: (["%s INFO gateway verified token=" % ts(), (j, "jwt"), " sub-scope=ok latency_ms=4\n"], "log"),
        lambda j: (["```js\nlocalStorage.setItem('id_token', '", (j, "jwt"), "');\n```"], "javascript"),
        lambda j: (["Decode this for me: ", (j, "jwt"), "\nI think the exp claim is wrong."], "prose"),
        lambda j: (["```bash\ncurl -H \"Authorization: Bearer ", (j, "jwt"), "\" https://api.ledgerly.net/v2/me\n```"], "curl"),
        lambda j: (["https://app.corvid.io/callback#id_token=", (j, "jwt"), "&state=af0ifjsldkj"], "url-fragment"),
    ]
    for i, t in enumerate(T):
        parts, cn = t(jwt(True))
        add(parts, "positive", "jwt/signed/" + cn, "signed JWT in " + cn)
    for i in [0, 1, 5, 3]:
        parts, cn = T[i](jwt(False))
        add(parts, "positive", "jwt/unsigned/" + cn, "unsigned (alg none) JWT, span ends with the trailing dot")


PHONE_LABEL = {"DE": "Tel.", "FR": "Tél.", "ES": "Teléfono", "IT": "Tel.", "NL": "Telefoon", "BE": "Tél.", "SE": "Telefon",
               "NO": "Telefon", "DK": "Tlf.", "FI": "Puh.", "PL": "Tel.", "PT": "Telefone", "BR": "Telefone", "JP": "電話番号",
               "KR": "전화번호", "MX": "Teléfono", "AR": "Teléfono", "TR": "Telefon", "CZ": "Tel.", "GR": "Τηλ.", "AT": "Tel.",
               "CH": "Tel.", "IL": "Phone", "IN": "Mobile"}


def gen_email():
    T = [
        lambda e: (["commit 4be1c0d\nAuthor: %s <" % pick(PEOPLE), (e, "email"), ">\nDate:   Tue Mar 4 10:12:55 2025 +0100\n\n    fix retry loop\n"], "git-log"),
        lambda e: (["Thanks,\n%s\nCustomer Success · Ledgerly\n" % pick(PEOPLE), (e, "email"), "\n"], "signature"),
        lambda e: (["id,email,plan,created\n8812,", (e, "email"), ",pro,2024-11-02\n"], "csv"),
        lambda e: (["```json\n{\"user\": {\"id\": %d, \"email\": \"" % R.randint(1000, 99999), (e, "email"), "\", \"verified\": true}}\n```"], "json"),
        lambda e: (["Contact [the maintainer](mailto:", (e, "email"), ") if the build stays red."], "mailto"),
        lambda e: (["From: Billing <billing@ledgerly.net>\nTo: ", (e, "email"), "\nSubject: Your invoice\n"], "email-header-to"),
        lambda e: (["%s INFO auth login succeeded user=" % ts(), (e, "email"), " mfa=totp ip_country=DE\n"], "log"),
        lambda e: (["```sql\nINSERT INTO users (email, locale) VALUES ('", (e, "email"), "', 'de-DE');\n```"], "sql"),
        lambda e: (["```console\n$ git config --global user.email \"", (e, "email"), "\"\n```"], "git-config"),
        lambda e: (["E-Mail-Adresse: ", (e, "email"), "\nGeburtsort: Leipzig\n"], "form-de"),
        lambda e: (["Adresse électronique : ", (e, "email"), "\n"], "form-fr"),
        lambda e: (["| Name | E-mail | Role |\n|---|---|---|\n| %s | " % pick(PEOPLE), (e, "email"), " | admin |\n"], "markdown-table"),
        lambda e: (["I've forwarded your question to ", (e, "email"), "; they own the billing exports."], "prose"),
        lambda e: (["```yaml\nmaintainers:\n  - name: %s\n    email: " % pick(PEOPLE), (e, "email"), "\n```"], "yaml"),
        lambda e: (["Traceback ...\nIntegrityError: duplicate key value violates unique constraint \"users_email_key\"\nDETAIL:  Key (email)=(", (e, "email"), ") already exists.\n"], "stack-trace"),
        lambda e: (["Cc: ", (e, "email"), ", ", (email(), "email"), "\n"], "email-header-cc"),
        lambda e: (["```python\nsend_mail(subject, body, \"noreply@fernhill.app\", [\"", (e, "email"), "\"])\n```"], "python"),
        lambda e: (["ユーザーのメールアドレスは ", (e, "email"), " です。"], "prose-ja"),
    ]
    for t in T:
        parts, cn = t(email())
        # make sure literal addresses written into templates are spans too
        fixed = []
        for p in parts:
            if isinstance(p, str) and "@" in p and ("billing@ledgerly.net" in p or "noreply@fernhill.app" in p):
                lit = "billing@ledgerly.net" if "billing@ledgerly.net" in p else "noreply@fernhill.app"
                a, b = p.split(lit)
                fixed += [a, (lit, "email"), b]
            else:
                fixed.append(p)
        add(fixed, "positive", "email/" + cn, "e-mail address in " + cn)


def gen_phone():
    T = [
        lambda p, lab: (["Best regards,\n%s\nOperations, Oxbow Freight\n%s: " % (pick(PEOPLE), lab), (p, "phone"), "\n"], "signature"),
        lambda p, lab: (["BEGIN:VCARD\nVERSION:3.0\nFN:%s\nTEL;TYPE=cell:" % pick(PEOPLE), (p, "phone"), "\nEND:VCARD\n"], "vcard"),
        lambda p, lab: (["customer_id,phone,city\n%d," % R.randint(1000, 9999), (p, "phone"), ",%s\n" % pick(["Lyon", "Graz", "Porto", "Osaka", "Recife"])], "csv"),
        lambda p, lab: (["```json\n{\"contact\": {\"name\": \"%s\", \"phone\": \"" % pick(PEOPLE), (p, "phone"), "\"}}\n```"], "json"),
        lambda p, lab: (["%s INFO sms.sent to=" % ts(), (p, "phone"), " template=otp status=delivered\n"], "log"),
        lambda p, lab: (["The on-call engineer this week can be reached at ", (p, "phone"), " after 18:00."], "prose"),
        lambda p, lab: (["%s: " % lab, (p, "phone"), "\n"], "form"),
        lambda p, lab: (["```sql\nUPDATE contacts SET phone = '", (p, "phone"), "' WHERE id = %d;\n```" % R.randint(10, 9999)], "sql"),
        lambda p, lab: (["| Site | Contact | %s |\n|---|---|---|\n| Warehouse 3 | %s | " % (lab, pick(PEOPLE)), (p, "phone"), " |\n"], "markdown-table"),
        lambda p, lab: (["```yaml\nescalation:\n  - name: %s\n    phone: \"" % pick(PEOPLE), (p, "phone"), "\"\n```"], "yaml"),
        lambda p, lab: (["WhatsApp me on ", (p, "phone"), " if the courier doesn't show up."], "chat"),
    ]
    i = 0
    regions = PHONE_REGIONS[:] + ["US", "GB", "DE", "FR", "JP", "BR", "IN", "ES", "IT", "AU"]
    for reg in regions:
        p, fmt = phone(reg)
        t = T[i % len(T)]
        i += 1
        parts, cn = t(p, PHONE_LABEL.get(reg, "Phone"))
        add(parts, "positive", "phone/%s/%s" % (reg, fmt), "phone number (%s, %s) in %s" % (reg, fmt, cn))
    # tel: links and hand-formatted variants
    for reg in ["US", "DE", "NL"]:
        n = phone_obj(reg)
        e = phonenumbers.format_number(n, PNF.E164)
        add(["[Call support](tel:", (e, "phone"), ")"], "positive", "phone/%s/tel-link" % reg, "E.164 in tel: link")
    n = phone_obj("US", PNT.FIXED_LINE if False else None)
    nsn = phonenumbers.national_significant_number(n)
    dotted = "%s.%s.%s" % (nsn[:3], nsn[3:6], nsn[6:])
    add(["Office: ", (dotted, "phone"), " (ext. 214)\n"], "positive", "phone/US/dotted", "US number with dots")
    n = phone_obj("FR")
    nsn = phonenumbers.national_significant_number(n)
    dotted = "0" + nsn[0] + "." + ".".join(nsn[i:i + 2] for i in range(1, 9, 2))
    add(["Standard : ", (dotted, "phone"), "\n"], "positive", "phone/FR/dotted", "French number with dots")


def gen_card():
    T = [
        lambda c, b: (["**User:** my card ", (c, "payment_card"), " got declined twice, exp 09/27\n**Assistant:** Please don't share full card numbers here."], "chat"),
        lambda c, b: (["%s DEBUG payment.request pan=" % ts(), (c, "payment_card"), " amount=49.90 currency=EUR\n"], "log"),
        lambda c, b: (["```json\n{\"source\": {\"number\": \"", (c, "payment_card"), "\", \"exp_month\": %d, \"exp_year\": 2028}}\n```" % R.randint(1, 12)], "json"),
        lambda c, b: (["order_id,card_number,total\nA-%d," % R.randint(10000, 99999), (c, "payment_card"), ",129.00\n"], "csv"),
        lambda c, b: (["Numéro de carte : ", (c, "payment_card"), "\nDate d'expiration : 11/27\n"], "form-fr"),
        lambda c, b: (["Kartennummer: ", (c, "payment_card"), "\n"], "form-de"),
        lambda c, b: (["```sql\nSELECT * FROM payments WHERE card_number = '", (c, "payment_card"), "';\n```"], "sql"),
        lambda c, b: (["Traceback (most recent call last):\n  ...\nValueError: card rejected by issuer: ", (c, "payment_card"), "\n"], "stack-trace"),
        lambda c, b: (["The corporate %s ending in the digits below is the one on file: " % b, (c, "payment_card"), "."], "prose"),
        lambda c, b: (["| Field | Value |\n|---|---|\n| Card | ", (c, "payment_card"), " |\n| Holder | %s |\n" % pick(PEOPLE)], "markdown-table"),
        lambda c, b: (["Número de tarjeta: ", (c, "payment_card"), "\n"], "form-es"),
    ]
    brands = ["visa", "mastercard", "amex", "discover", "jcb", "diners", "unionpay", "maestro", "visa19"]
    i = 0
    for rep in range(3):
        for b in brands:
            if rep == 2 and b in ("visa19", "maestro", "diners", "unionpay", "jcb"):
                continue
            style = ["space", "compact", "dash"][(i + rep) % 3]
            c = group_card(card(b), style)
            parts, cn = T[i % len(T)](c, b)
            i += 1
            add(parts, "positive", "payment_card/%s/%s" % (b, style), "%s card number (%s) in %s" % (b, style, cn))


def gen_iban():
    T = [
        lambda v: (["Bitte überweisen Sie den Betrag bis zum 15. auf folgendes Konto:\nIBAN: ", (v, "iban"), "\nBIC: %s\n" % pick(["COBADEFFXXX", "DEUTDEDBXXX", "GENODEF1M04"])], "invoice-de"),
        lambda v: (["Coordonnées bancaires\nIBAN : ", (v, "iban"), "\nTitulaire : SARL Moreau\n"], "rib-fr"),
        lambda v: (["```xml\n<CdtrAcct>\n  <Id>\n    <IBAN>", (v, "iban"), "</IBAN>\n  </Id>\n</CdtrAcct>\n```"], "sepa-xml"),
        lambda v: (["```json\n{\"payout\": {\"iban\": \"", (v, "iban"), "\", \"currency\": \"EUR\"}}\n```"], "json"),
        lambda v: (["supplier,iban,terms\nHollowpine GmbH,", (v, "iban"), ",net30\n"], "csv"),
        lambda v: (["Please update the vendor record: the new account is ", (v, "iban"), " from next month."], "prose"),
        lambda v: (["| Supplier | IBAN |\n|---|---|\n| Tallow Systems | ", (v, "iban"), " |\n"], "markdown-table"),
        lambda v: (["```yaml\nbeneficiary:\n  name: Quartz Mill Ltd\n  iban: ", (v, "iban"), "\n```"], "yaml"),
        lambda v: (["%s WARN payouts rejected iban=" % ts(), (v, "iban"), " reason=account_closed\n"], "log"),
        lambda v: (["Cuenta para el reembolso (IBAN): ", (v, "iban"), "\n"], "form-es"),
        lambda v: (["Conto corrente IBAN ", (v, "iban"), " intestato a Rossi S.r.l."], "form-it"),
    ]
    countries = list(IBAN_STRUCT)
    i = 0
    for cc in countries:
        v = iban(cc)
        style = pick(["compact", "grouped"])
        if cc in ("FR", "BE", "IT"):
            style = "grouped"
        s = v if style == "compact" else group4(v)
        parts, cn = T[i % len(T)](s)
        i += 1
        add(parts, "positive", "iban/%s/%s" % (cc, style), "IBAN (%s, %s) in %s" % (cc, style, cn))


NID_CTX = {
    "US": ["SSN: {v}\nDOB: 1984-07-12\n", "Employee record — Social Security Number {v}, filing status single.", "ssn,state\n{v},OH\n"],
    "GB": ["National Insurance number: {v}\n", "NI No. {v} — please add it to the P45 form."],
    "DE": ["Steuerliche Identifikationsnummer: {v}\n", "Steuer-ID {v} (bitte für die Lohnabrechnung verwenden)"],
    "FR": ["N° de sécurité sociale : {v}\n", "NIR {v} — à reporter sur la feuille de soins."],
    "ES": ["DNI/NIE: {v}\n", "Número de identificación del titular: {v}"],
    "IT": ["Codice fiscale: {v}\n", "CF del dipendente {v}, contratto a tempo indeterminato."],
    "NL": ["BSN: {v}\n", "Burgerservicenummer {v} staat op de loonstrook."],
    "PL": ["PESEL: {v}\n", "Numer PESEL pacjenta: {v}"],
    "IN": ["Aadhaar: {v}\n", "KYC done — Aadhaar number {v} verified via OTP."],
    "AU": ["Tax File Number: {v}\n", "Medicare card no. {v}, IRN 2"],
    "JP": ["マイナンバー: {v}\n", "個人番号 {v} を提出してください。"],
    "BR": ["CPF: {v}\n", "CNPJ do fornecedor: {v}"],
    "CA": ["SIN: {v}\n", "Social Insurance Number {v} on the T4 slip."],
    "SE": ["Personnummer: {v}\n", "personnr {v}"],
    "DK": ["CPR-nr.: {v}\n", "CPR {v}"],
    "NO": ["Fødselsnummer: {v}\n", "fnr {v}"],
    "FI": ["Henkilötunnus: {v}\n", "HETU {v}"],
    "BE": ["Rijksregisternummer: {v}\n", "Numéro de registre national : {v}"],
    "CH": ["AHV-Nr.: {v}\n", "Numéro AVS {v}"],
}


NID_FIELD = {"ssn_dashes": "ssn", "ssn_spaces": "ssn", "ssn_dots": "ssn", "nino": "ni_number", "steuer": "steuer_id",
             "nir": "nir", "dni": "dni", "nie": "nie", "cf": "codice_fiscale", "bsn": "bsn", "pesel": "pesel",
             "aadhaar": "aadhaar", "tfn": "tfn", "medicare": "medicare_number", "mynumber": "my_number", "cpf": "cpf",
             "cnpj": "cnpj", "sin": "sin", "pnr": "personnummer", "cpr": "cpr", "fnr": "fodselsnummer",
             "hetu": "henkilotunnus", "be_nn": "rijksregisternummer", "ahv": "ahv_nr"}


def gen_nid():
    order = ["ssn_dashes", "ssn_dashes", "ssn_spaces", "ssn_dots", "ssn_dots", "nino", "nino", "steuer", "steuer", "nir", "nir",
             "dni", "nie", "cf", "cf", "bsn", "bsn", "pesel", "pesel", "aadhaar", "aadhaar", "tfn", "tfn", "medicare", "mynumber",
             "mynumber", "cpf", "cpf", "cnpj", "sin", "sin", "pnr", "pnr", "cpr", "fnr", "hetu", "be_nn", "ahv", "ahv"]
    seen = {}
    for key in order:
        mk, label, cc = NIDS[key]
        v = mk()
        ctxs = NID_CTX[cc]
        if key == "medicare":
            tmpl = ctxs[1]
        elif key == "tfn":
            tmpl = ctxs[0]
        elif key == "cnpj":
            tmpl = ctxs[1]
        elif key == "cpf":
            tmpl = ctxs[0]
        else:
            tmpl = ctxs[seen.get(cc, 0) % len(ctxs)]
            seen[cc] = seen.get(cc, 0) + 1
        a, b = tmpl.split("{v}")
        wrap = pick(["plain", "plain", "json", "yaml"])
        if wrap == "json":
            parts = ["```json\n{\"%s\": \"" % NID_FIELD[key], (v, "national_id"), "\"}\n```"]
            cn = "json"
        elif wrap == "yaml":
            parts = ["applicant:\n  country: %s\n  %s: " % (cc, NID_FIELD[key]), (v, "national_id"), "\n"]
            cn = "yaml"
        else:
            parts = [a, (v, "national_id"), b]
            cn = "form"
        add(parts, "positive", "national_id/%s-%s/%s" % (cc, key, cn), "%s (%s) with valid check digits" % (label, cc))


def gen_combo():
    for _ in range(2):
        add(["```json\n{\n  \"employee\": {\n    \"name\": \"%s\",\n    \"email\": \"" % pick(PEOPLE), (email(), "email"),
             "\",\n    \"phone\": \"", (phone("US", "national")[0], "phone"), "\",\n    \"ssn\": \"", (nid_ssn("dashes"), "national_id"),
             "\"\n  }\n}\n```"], "positive", "combo/hr-record-us", "HR record: e-mail, phone, SSN")
    add(["Sehr geehrte Frau Brandt,\n\nfür die Gehaltsabrechnung benötigen wir noch:\n- Steuer-ID: ", (nid_steuer(), "national_id"),
         "\n- IBAN: ", (group4(iban("DE")), "iban"), "\n- Telefon: ", (phone("DE", "national")[0], "phone"),
         "\n\nMit freundlichen Grüßen\nPersonalabteilung"], "positive", "combo/letter-de", "German HR letter")
    add(["Cadastro atualizado:\nCPF: ", (nid_cpf(), "national_id"), "\nE-mail: ", (email(), "email"), "\nCelular: ",
         (phone("BR", "national")[0], "phone"), "\n"], "positive", "combo/form-br", "Brazilian customer form")
    add(["name\temail\tphone\tiban\n%s\t" % pick(PEOPLE), (email(), "email"), "\t", (phone("NL", "international")[0], "phone"), "\t",
         (iban("NL"), "iban"), "\n"], "positive", "combo/tsv-nl", "TSV export")
    add(["KYC summary\n- Aadhaar: ", (nid_aadhaar(), "national_id"), "\n- Mobile: ", (phone("IN", "international")[0], "phone"),
         "\n- PAN card pending\n"], "positive", "combo/kyc-in", "Indian KYC note")
    add(["Dossier client\nCourriel : ", (email(), "email"), "\nTéléphone : ", (phone("FR", "national")[0], "phone"), "\nIBAN : ",
         (group4(iban("FR")), "iban"), "\nNIR : ", (nid_nir(), "national_id"), "\n"], "positive", "combo/dossier-fr", "French customer file")
    add(["```sql\nINSERT INTO customers (email, phone, card_last_used) VALUES\n  ('", (email(), "email"), "', '",
         (phone("GB", "e164")[0], "phone"), "', '", (group_card(card("visa"), "compact"), "payment_card"), "');\n```"], "positive",
        "combo/sql-insert", "SQL seed with real-looking personal data")
    add(["Support ticket #48213\nCustomer: %s\nEmail: " % pick(PEOPLE), (email(), "email"), "\nCard: ", (group_card(card("mastercard"), "space"), "payment_card"),
         "\nIssue: double charge on 2025-10-03\n"], "positive", "combo/support-ticket", "support ticket")
    add(["```python\nuser = User(\n    email=\"", (email(), "email"), "\",\n    phone=\"", (phone("ES", "international")[0], "phone"),
         "\",\n    dni=\"", (nid_dni(), "national_id"), "\",\n)\n```"], "positive", "combo/python-fixture", "test fixture with real-format data")
    add(["Dear team, the new admin is reachable at ", (email(), "email"), " or ", (phone("AU", "international")[0], "phone"),
         ". Their deploy key for staging is ", (V["glpat"](), "gitlab_token"), "."], "positive", "combo/prose-mixed", "prose mixing PII and a token")
    add(["```yaml\nstripe:\n  secret_key: ", (V["sk_live"](), "stripe_key"), "\n  webhook_secret: ", (V["whsec"](), "stripe_key"),
         "\nslack:\n  bot_token: ", (V["xoxb"](), "slack_token"), "\n  app_token: ", (V["xapp"](), "slack_token"), "\n```"], "positive",
        "combo/yaml-multi-vendor", "several vendor tokens in one config")


# =================================================================== negatives
def neg(text, cls, reason):
    add([text], "negative", cls, reason)


def no_luhn_digits(n):
    while True:
        s = pick("123456789") + rs(DG, n - 1)
        if not luhn_ok(s):
            return s


NEG_PHONE_REGIONS = ["US", "GB", "DE", "FR", "IN", "BR", "JP", "AU", "ES", "IT", "NL"]
DATE_RE = __import__("re").compile(r"\d{2}\.\d{2}\.\d{4}")


def phone_free(text):
    for reg in NEG_PHONE_REGIONS:
        for m in phonenumbers.PhoneNumberMatcher(text, reg, leniency=phonenumbers.Leniency.VALID):
            if not DATE_RE.fullmatch(m.raw_string):
                return False
    return True


def luhn_free(text):
    import re
    for m in re.finditer(r"\d+(?:[ -]\d+)*", text):
        groups = re.split(r"[ -]", m.group(0))
        for i in range(len(groups)):
            acc = ""
            for j in range(i, len(groups)):
                acc += groups[j]
                if 13 <= len(acc) <= 19 and luhn_ok(acc) and acc not in PUBLISHED_TEST_CARDS:
                    return False
    return True


def clean(make):
    return brute(make, lambda t: phone_free(t) and luhn_free(t))


def gen_negatives():
    # 1 vendor documentation example values
    C = "vendor_doc_example"
    neg("The AWS docs use this pair in every example:\n\n```ini\n[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n```\nReplace both with your own values.", C, "AWS documentation example key pair")
    neg("```bash\nexport AWS_ACCESS_KEY_ID=AKIAI44QH8DHBEXAMPLE\nexport AWS_SECRET_ACCESS_KEY=je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY\n```\n(these are the placeholder values from the IAM user guide)", C, "second AWS documentation example pair")
    neg("Azurite, the local storage emulator, accepts the well-known development account:\n\n```\nDefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://localhost:10000/devstoreaccount1;\n```\nIt is public and only works against the emulator.", C, "Azurite well-known dev storage key")
    neg("Slack's own docs show the webhook shape as `https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX`; paste yours into the `SLACK_WEBHOOK_URL` secret.", C, "Slack documentation webhook placeholder")
    neg("```js\n// Stripe docs, test mode\nconst stripe = Stripe('pk_test_TYooMQauvdEDq54NiTphI7jx');\n```\nThat publishable key is the one printed in Stripe's documentation.", C, "Stripe documentation publishable test key")
    neg("The Mapbox examples ship with `pk.eyJ1IjoiZXhhbXBsZXMiLCJhIjoiY2p0MG01MXRqMW45cjQzb2R6b2ptc3J4MSJ9.zA2W0IkI0c6KaAhJfk9bWg`, a public token owned by the examples account.", C, "Mapbox public examples token")
    neg("The jwt.io debugger opens with this sample token:\n\n`eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c`\n\nIts payload is just `sub`, `name` and `iat`.", C, "jwt.io published sample token")
    neg("In Slack's API docs the token is literally `xoxb-not-a-real-token-this-will-not-work`, which is why the sample returns `invalid_auth`.", C, "Slack documentation non-token")
    neg("```js\n// From the Stripe API reference\nconst stripe = require('stripe')('sk_test_4eC39HqLyjWDarjtT1zdp7dc');\n```\nThat test key belongs to Stripe's documentation account.", C, "Stripe docs published test key")
    neg("Twilio's quickstart shows `const accountSid = 'ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX';` and `const authToken = 'your_auth_token';` — fill in both from the console.", C, "Twilio quickstart placeholders")
    neg("```yaml\n# values.yaml from the chart README\ndatadog:\n  apiKey: <DATADOG_API_KEY>\n  appKey: <DATADOG_APP_KEY>\n```", C, "Helm chart README placeholders")
    neg("GitHub's docs describe token prefixes: `ghp_` for personal access tokens, `gho_` for OAuth, `ghu_`/`ghs_` for app tokens and `github_pat_` for fine-grained ones. None of them should ever appear in a repository.", C, "token prefixes without tokens")
    neg("```bash\n# README: replace the example token before running\ncurl -H \"Authorization: Bearer sk-ant-api03-EXAMPLE-KEY-REPLACE-ME\" https://api.anthropic.com/v1/models\n```", C, "README example with obvious placeholder")
    # 2 placeholders
    C = "placeholder"
    for t in [
        "```bash\nexport OPENAI_API_KEY=\"<your-api-key>\"\npython main.py\n```",
        "```yaml\nenv:\n  STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}\n  DATABASE_URL: ${DATABASE_URL}\n```",
        "```python\nimport os\napi_key = os.environ[\"ANTHROPIC_API_KEY\"]\ndb_password = os.getenv(\"DB_PASSWORD\")\n```",
        "```js\nconst token = process.env.GITHUB_TOKEN;\nconst secret = process.env.JWT_SECRET ?? '';\n```",
        "```yaml\n- name: Publish\n  run: npm publish\n  env:\n    NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n```",
        "```ini\n[database]\npassword = CHANGE_ME_BEFORE_DEPLOY\napi_key = insert_key_here\n```",
        "API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nAPI_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n",
        "password: ********\nretype: ********\n",
        "```toml\n[registry]\ntoken = \"{{ REGISTRY_TOKEN }}\"\n```",
        "```hcl\nvariable \"db_password\" {\n  type      = string\n  sensitive = true\n}\n\npassword = var.db_password\n```",
        "Set `SENDGRID_API_KEY=SG.your-key-here` in `.env.local`, then restart the dev server.",
        "```json\n{\n  \"apiKey\": \"YOUR_API_KEY\",\n  \"clientSecret\": \"YOUR_CLIENT_SECRET\"\n}\n```",
        "```console\n$ docker login -u ci --password-stdin ghcr.io < token.txt\nLogin Succeeded\n```",
        "postgres://app:<password>@localhost:5432/app\nmysql://root:PASSWORD@localhost/shop",
        "```ruby\nStripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key)\n```",
        "AWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX\nAWS_SECRET_ACCESS_KEY=<redacted>\n",
    ]:
        neg(t, C, "placeholder or reference instead of a value")
    # 3 redacted logs
    C = "redacted"
    for t in [
        "%s INFO stripe.client init key=sk_live_**** (redacted) account=acct_1Nx\n" % ts(),
        "%s DEBUG http request headers={'Authorization': 'Bearer [REDACTED]', 'Accept': 'application/json'}\n" % ts(),
        "DATABASE_URL=postgres://app:*****@db.internal:5432/app\n",
        "token: ghp_••••••••••••••••••••••••••••••••••••\n",
        "Card: **** **** **** 4821 (Visa), exp **/**\n",
        "IBAN: DE** **** **** **** **** 31\n",
        "SSN: ***-**-6789\n",
        "%s WARN masked secret in config: api_key=<masked len=40>\n" % ts(),
        "```json\n{\"password\": \"[FILTERED]\", \"password_confirmation\": \"[FILTERED]\"}\n```",
        "E-mail: j***@f*****.app (masked by support tool)\n",
    ]:
        neg(t, C, "value already redacted")
    # 4 hashes / digests
    C = "hash_digest"
    for i in range(10):
        h256, h1, md = rs(HEX, 64), rs(HEX, 40), rs(HEX, 32)
        t = [
            "```console\n$ sha256sum release-2.4.1.tar.gz\n%s  release-2.4.1.tar.gz\n```" % h256,
            "Image pulled: ghcr.io/fernhill/api@sha256:%s\n" % h256,
            "```\nMD5 (install.iso) = %s\n```" % md,
            "checksums.txt:\n%s  app-linux-amd64\n%s  app-darwin-arm64\n" % (rs(HEX, 64), rs(HEX, 64)),
            "ETag: \"%s\"\nCache-Control: max-age=3600\n" % md,
            "```python\nassert hashlib.sha1(data).hexdigest() == \"%s\"\n```" % h1,
            "The file's BLAKE2b-256 digest is `%s`." % h256,
            "```yaml\nartifacts:\n  - name: model.onnx\n    sha256: %s\n```" % h256,
            "Subresource integrity: `<script src=\"/app.js\" integrity=\"sha384-%s\"></script>`" % rs(B64, 64),
            "git lfs pointer:\nversion https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d\n" % (h256, R.randint(10 ** 5, 10 ** 8)),
        ][i]
        neg(t, C, "digest, not a secret")
    # 5 lockfile integrity
    C = "lockfile_integrity"
    for i in range(10):
        t = [
            "```json\n\"node_modules/lodash\": {\n  \"version\": \"4.17.21\",\n  \"resolved\": \"https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz\",\n  \"integrity\": \"sha512-%s==\"\n}\n```" % rs(B64, 86),
            "```\n\"@babel/core@^7.24.0\":\n  version \"7.24.4\"\n  resolved \"https://registry.yarnpkg.com/@babel/core/-/core-7.24.4.tgz#%s\"\n  integrity sha512-%s==\n```" % (rs(HEX, 40), rs(B64, 86)),
            "```toml\n[[package]]\nname = \"serde\"\nversion = \"1.0.203\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"%s\"\n```" % rs(HEX, 64),
            "```\ngolang.org/x/net v0.25.0 h1:%s=\ngolang.org/x/net v0.25.0/go.mod h1:%s=\n```" % (rs(B64, 43), rs(B64, 43)),
            "```toml\n[[package]]\nname = \"requests\"\nversion = \"2.32.3\"\nfiles = [\n    {file = \"requests-2.32.3-py3-none-any.whl\", hash = \"sha256:%s\"},\n]\n```" % rs(HEX, 64),
            "```\nrequests==2.32.3 \\\n    --hash=sha256:%s \\\n    --hash=sha256:%s\n```" % (rs(HEX, 64), rs(HEX, 64)),
            "```yaml\npackages:\n  /typescript@5.4.5:\n    resolution: {integrity: sha512-%s==}\n```" % rs(B64, 86),
            "```json\n{\n  \"packages\": {\n    \"Newtonsoft.Json\": {\"type\": \"Direct\", \"resolved\": \"13.0.3\", \"contentHash\": \"%s==\"}\n  }\n}\n```" % rs(B64, 86),
            "```ruby\n# Gemfile.lock CHECKSUMS\n  rack (3.0.11) sha256=%s\n```" % rs(HEX, 64),
            "```\n# flake.lock\n\"narHash\": \"sha256-%s=\",\n\"rev\": \"%s\"\n```" % (rs(B64, 43), rs(HEX, 40)),
        ][i]
        neg(t, C, "lockfile integrity hash")
    # 6 UUIDs
    C = "uuid"
    import uuid as _uuid
    for i in range(8):
        u = str(_uuid.UUID(int=R.getrandbits(128), version=4))
        t = [
            "%s ERROR request_id=%s upstream timeout after 30s\n" % (ts(), u),
            "```json\n{\"id\": \"%s\", \"status\": \"queued\"}\n```" % u,
            "X-Correlation-ID: %s\n" % u,
            "Tenant `%s` was migrated to the new cluster." % u,
            "```sql\nSELECT * FROM jobs WHERE id = '%s';\n```" % u,
            "Subscription ID: %s (Azure, not a secret)" % u,
            "```yaml\nclient_id: %s\ntenant_id: %s\n```" % (u, str(_uuid.UUID(int=R.getrandbits(128), version=4))),
            "Installation id {%s} appears in the registry key." % u.upper(),
        ][i]
        neg(t, C, "UUID identifier")
    # 7 git SHAs
    C = "git_sha"
    for i in range(8):
        sha = rs(HEX, 40)
        t = [
            "```console\n$ git log --oneline -3\n%s fix flaky test\n%s bump deps\n%s docs: typo\n```" % (rs(HEX, 7), rs(HEX, 7), rs(HEX, 7)),
            "Reverted in commit %s; the regression came from the retry change." % sha,
            "```yaml\n- uses: actions/checkout@%s # v4.1.7\n```" % sha,
            "```console\n$ git rev-parse HEAD\n%s\n```" % sha,
            "Merge %s into %s\n" % (rs(HEX, 40), rs(HEX, 40)),
            "```toml\n[dependencies]\nfoo = { git = \"https://github.com/fernhill/foo\", rev = \"%s\" }\n```" % sha,
            "Build %s passed on main (pipeline #%d)." % (sha[:12], R.randint(1000, 99999)),
            "```\nSubproject commit %s\n```" % sha,
        ][i]
        neg(t, C, "git object id")
    # 8 version strings
    C = "version_string"
    for t in [
        "Upgrade from 2.14.3 to 3.0.0-rc.2+build.20250611 fixed it.",
        "```\nandroid:versionCode=\"20250611\"\nandroid:versionName=\"8.12.4\"\n```",
        "Python 3.12.4, pip 24.1.1, setuptools 70.1.0, Linux 6.8.0-36-generic",
        "Firmware 4.2.1.18473 (build 2025.06.11.1402)",
        "```json\n{\"engines\": {\"node\": \">=20.11.1 <23\"}, \"version\": \"12.0.0-beta.7\"}\n```",
        "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
        "Kernel: 5.15.0-1064-azure #73-Ubuntu SMP",
        "The Windows build number is 10.0.22631.3880.",
    ]:
        neg(t, C, "version numbers")
    # 9 order/invoice/tracking numbers failing Luhn
    C = "order_number_non_luhn"
    for i in range(14):
        k = [13, 14, 15, 16, 16, 18, 19, 13, 16, 15, 17, 13, 14, 16][i]
        t = clean(lambda: [
            "Your order #%s has shipped." % n,
            "Invoice number: %s\nDue: 2025-07-01\n" % n,
            "Tracking: %s (DHL Paket)" % n,
            "```csv\nsku,ean,qty\nBRK-22,%s,4\n```" % n,
            "Rechnungsnummer %s vom 03.05.2025" % n,
            "%s INFO order.created order_id=%s total=89.90\n" % (ts(), n),
            "Référence de commande : %s" % n,
            "Shipment %s is out for delivery." % n,
            "Ticket %s escalated to tier 2." % n,
            "Policy number %s renews on 1 March." % n,
            "Batch id %s processed 4,210 rows." % n,
            "Order %s placed on 2025-10-02." % n,
            "```json\n{\"awb\": \"%s\", \"carrier\": \"UPS\"}\n```" % n,
            "Gutschein-Code %s (nicht übertragbar)" % n,
        ][i] if (n := no_luhn_digits(k)) else None)
        neg(t, C, "long number failing Luhn")
    # 10 IBAN-shaped with wrong check digits
    C = "iban_wrong_check"
    for i, cc in enumerate(["DE", "FR", "GB", "NL", "ES", "IT", "BE", "AT", "PL", "CH"]):
        def mk_bad():
            v = iban(cc)
            return v[:2] + "%02d" % ((int(v[2:4]) + R.randint(1, 50)) % 97 + 2) + v[4:]
        bad = brute(mk_bad, lambda b: not std_iban.is_valid(b) and luhn_free(b) and luhn_free(group4(b))
                    and phone_free(b) and phone_free(group4(b)))
        s = group4(bad) if i % 2 else bad
        t = ["Sample data for the parser test (checksum intentionally wrong): %s" % s,
             "Reference: %s" % s, "```json\n{\"ref\": \"%s\"}\n```" % s, "Kontoreferenz (ungültig): %s" % s,
             "The validator rejects %s because the check digits don't match." % s][i % 5]
        neg(t, C, "IBAN-shaped string with wrong mod-97 check")
    # 11 national-id shaped numbers failing checks
    C = "national_id_invalid"
    def bad_bsn():
        return brute(lambda: "%09d" % R.randint(10 ** 8, 10 ** 9 - 1), lambda s: not nl_bsn.is_valid(s) and phone_free("BSN " + s))
    def bad_cpf():
        v = brute(lambda: rs(DG, 11), br_cpf.is_valid)
        b = br_cpf.format(v[:9] + str((int(v[9]) + 3) % 10) + v[10])
        return b if phone_free(b) else bad_cpf()
    def bad_pesel():
        v = nid_pesel()
        b = v[:10] + str((int(v[10]) + 4) % 10)
        return b if phone_free(b) else bad_pesel()
    def bad_aadhaar():
        return brute(lambda: pick("23456789") + rs(DG, 11), lambda s: not in_aadhaar.is_valid(s) and phone_free("Aadhaar-shaped number %s fails Verhoeff." % " ".join([s[0:4], s[4:8], s[8:]])))
    def bad_sin():
        return brute(lambda: pick("1234567") + rs(DG, 8), lambda s: not ca_sin.is_valid(s) and phone_free("SIN " + s))
    def bad_steuer():
        v = nid_steuer()
        b = v[:10] + str((int(v[10]) + 1) % 10)
        return b if phone_free(b) else bad_steuer()
    def bad_dni():
        v = nid_dni()
        return v[:8] + pick([c for c in "TRWAGMYFPDXBNJZSQVHLCKE" if c != v[8]])
    for t in [
        "SSN field validation test: 000-12-3456 must be rejected (area 000 is never issued).",
        "The SSN field shows 000-00-0000 until the employee enters a real number.",
        "219-09-9999 appeared in an old advertisement and is on every SSN blocklist.",
        "BSN %s fails the 11-proof, so the import skipped the row." % bad_bsn(),
        "CPF inválido no cadastro: %s (dígito verificador não confere)" % bad_cpf(),
        "PESEL %s ma błędną cyfrę kontrolną." % bad_pesel(),
        "Aadhaar-shaped number %s fails Verhoeff." % (lambda a: " ".join([a[j:j + 4] for j in (0, 4, 8)]))(bad_aadhaar()),
        "SIN %s fails the Luhn check and is rejected." % bad_sin(),
        "Steuer-ID %s: Prüfziffer falsch." % bad_steuer(),
        "DNI %s: la letra no corresponde." % bad_dni(),
        "NINO QQ 12 34 56 C is the HMRC documentation placeholder and never issued.",
        "Test vector for the NIR parser: 2 99 13 99 999 999 00 (invalid key).",
    ]:
        neg(t, C, "national-id shape failing its check")
    # 12 published test cards documented as test cards
    C = "test_card_documented"
    for t in [
        "Use Stripe's test card `4242 4242 4242 4242` with any future expiry and any CVC in test mode.",
        "```python\n# tests/test_checkout.py — Stripe test cards\nTEST_VISA = \"4242424242424242\"\nTEST_DECLINE = \"4000000000000002\"\n```",
        "Braintree sandbox test numbers: Visa 4111111111111111, Mastercard 5555555555554444, Amex 378282246310005.",
        "| Brand | Test number |\n|---|---|\n| Discover | 6011111111111117 |\n| JCB | 3530111333300000 |\n| Diners | 30569309025904 |",
        "```js\n// Cypress: fill the Adyen test card\ncy.get('#card').type('5555 5555 5555 4444');\n```",
        "Stripe test mode: 4000000000003220 triggers 3-D Secure, 4000000000009995 simulates insufficient funds.",
        "The payment sandbox README lists 4012888888881881 as a Visa test card.",
        "```ruby\n# spec/support/cards.rb — published test cards only\nAMEX_TEST = '371449635398431'\nMC_TEST = '5105105105105100'\n```",
        "Test mode only: card 2223 0031 2200 3222 (Mastercard 2-series test number).",
        "In the sandbox, UnionPay test card 6200000000000005 always succeeds.",
    ]:
        neg(t, C, "published test card in test context")
    # 13 public keys and certificates
    C = "public_key_cert"
    def pem(label, n):
        body = rs(B64, n)
        return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(body[i:i + 64] for i in range(0, n, 64)), label)
    for t in [
        "Add this to `authorized_keys` on the bastion:\n\n```\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s deploy-key-2025\n```" % rs(B64, 43),
        "```\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ%s ci-runner\n```" % rs(B64, 540),
        "Public key for verifying webhook signatures:\n\n```\n%s\n```" % pem("PUBLIC KEY", 392),
        "```\n%s\n```\nThat's the server certificate; it's public by design." % pem("CERTIFICATE", 1200),
        "```\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBG%s\n=%s\n-----END PGP PUBLIC KEY BLOCK-----\n```" % (rs(B64, 600), rs(B64, 4)),
        "Recipients in `.sops.yaml`: `age1%s`" % rs("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58),
        "```json\n{\"keys\": [{\"kty\": \"RSA\", \"kid\": \"2025-06\", \"use\": \"sig\", \"n\": \"%s\", \"e\": \"AQAB\"}]}\n```" % rs(B64U, 342),
        "```\ngithub.com ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB%s=\n```" % rs(B64, 139),
        "```\n%s\n```" % pem("CERTIFICATE REQUEST", 900),
        "```\n%s\n```" % pem("RSA PUBLIC KEY", 360),
    ]:
        neg(t, C, "public key or certificate")
    # 14 base64 non-secret data
    C = "base64_nonsecret"
    for t in [
        "![dot](data:image/png;base64,%s)" % b64(bytes(R.getrandbits(8) for _ in range(120))),
        "```yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: banner\nbinaryData:\n  motd: %s\n```" % b64("Welcome to the staging cluster. Be nice.\n"),
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n%s\n" % b64("Hello team, the weekly report is attached. Cheers!"),
        "The feature flag payload decodes to JSON: `%s`" % b64('{"flag":"new-checkout","rollout":25}'),
        "```json\n{\"font\": \"data:font/woff2;base64,%s\"}\n```" % b64(bytes(R.getrandbits(8) for _ in range(90))),
        "Cursor for the next page: `%s`" % b64('{"after":%d,"limit":50}' % R.randint(1000, 99999)),
        "Protobuf message (base64): CgVoZWxsbxIFd29ybGQYAQ==",
        "```\n%s\n```\nThat blob is just the gzipped CSS bundle." % b64(bytes(R.getrandbits(8) for _ in range(150))),
    ]:
        neg(t, C, "base64 data that is not a credential")
    # 15 phone-like numbers
    C = "phone_like"
    for t in [
        "Coordinates: 48.858370, 2.294481 (Eiffel Tower).",
        "Build 20250611.1402 finished in 12m 31s.",
        "ISBN 978-0-13-468599-1",
        "Timestamp 1718109632 corresponds to 2024-06-11 12:40:32 UTC.",
        "Ports 8080-8089 and 9090 are open.",
        "Meeting moved to 2025-06-11 14:30-15:15 CEST.",
        "The dataset has 1,204,551 rows and 3,402 columns.",
        "Version code 10203040 is the one in the store.",
        "Throughput went from 12.5 to 48.75 MB/s.",
        "Lat/long -33.8688, 151.2093; elevation 58 m.",
        "Resolution 3840x2160 at 120 Hz, 10-bit.",
        "Invoice period 01.04.2025 – 30.06.2025.",
    ]:
        neg(t, C, "digits that are not phone numbers")
    # 16 e-mail-like strings
    C = "email_like"
    for t in [
        "```python\n@app.route(\"/health\")\n@login_required\ndef health():\n    return \"ok\"\n```",
        "```java\n@Override\npublic String toString() { return name; }\n```",
        "Install the types with `npm i -D @types/node@20.14.2`.",
        "```css\n@media (max-width: 600px) { .nav { display: none; } }\n```",
        "Thanks @mara-k and @tobias for the review!",
        "```console\n$ git reflog\na1b2c3d HEAD@{0}: commit: fix\n9f8e7d6 HEAD@{1}: checkout: moving from main to fix\n```",
        "```\ngo install golang.org/x/tools/gopls@v0.16.1\n```",
        "```sql\nDECLARE @total INT = 0;\nSELECT @total = COUNT(*) FROM orders;\n```",
        "```bash\nbun add @tanstack/react-query@latest\n```",
        "Use the `@fernhill/ui` scope and pin `@fernhill/ui@3.2.0`.",
    ]:
        neg(t, C, "at-sign strings that are not addresses")
    # 17 prose about secrets
    C = "prose_about_secrets"
    for t in [
        "Never commit API keys. Store them in a secret manager and inject them at runtime as environment variables.",
        "A Stripe restricted key starts with `rk_live_` and can be scoped to a few resources; prefer it over the full secret key.",
        "GitLab personal access tokens begin with `glpat-` followed by twenty characters; rotate them every 90 days.",
        "If a private key leaks, revoke the certificate, generate a new key pair and update every consumer.",
        "Passwords should be at least 12 characters; we hash them with Argon2id (m=64 MiB, t=3, p=4).",
        "The JWT has three parts separated by dots: header, payload and signature. Only the signature proves authenticity.",
        "An IBAN is up to 34 characters: country code, two check digits, then the national account number.",
        "Card numbers are validated with the Luhn algorithm before we call the processor.",
        "Das Passwort muss mindestens 12 Zeichen lang sein und darf nicht mit dem Benutzernamen übereinstimmen.",
        "Le mot de passe a été réinitialisé ; un lien vous a été envoyé.",
    ]:
        neg(t, C, "talks about secrets without containing one")
    # 18 secret references
    C = "secret_reference"
    for t in [
        "```yaml\nenv:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-credentials\n        key: password\n```",
        "```hcl\ndata \"vault_generic_secret\" \"db\" {\n  path = \"secret/data/prod/db\"\n}\npassword = data.vault_generic_secret.db.data[\"password\"]\n```",
        "The password is stored in `arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf`.",
        "```yaml\nservices:\n  db:\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password\n    secrets:\n      - pg_password\n```",
        "```yaml\npassword: !vault |\n  vault_db_password\n```",
        "```json\n{\"password\": {\"$ref\": \"op://Production/Postgres/password\"}}\n```",
        "Fetch it with `gcloud secrets versions access latest --secret=stripe-key`.",
        "```ini\n[auth]\npassword_command = pass show work/ldap\n```",
        "```yaml\napi_key: \"{{ lookup('env', 'API_KEY') }}\"\n```",
        "```bash\nexport GITHUB_TOKEN=$(gh auth token)\n```",
    ]:
        neg(t, C, "reference to a secret store, no value")
    # 19 non-secret config with secret-ish key names
    C = "config_non_secret"
    for t in [
        "```yaml\nauth:\n  password_min_length: 12\n  token_ttl_seconds: 3600\n  require_mfa: true\n```",
        "```python\nPASSWORD_HASHERS = [\"django.contrib.auth.hashers.Argon2PasswordHasher\"]\nSESSION_COOKIE_SECURE = True\n```",
        "```ini\n[security]\nsecret_rotation_days = 90\napi_key_header = X-Api-Key\n```",
        "```json\n{\"password\": \"\", \"token\": null, \"secret\": false}\n```",
        "```toml\n[auth]\nmethod = \"none\"\npassword_prompt = \"Enter password:\"\n```",
        "KEY_ALGORITHM=RS256\nTOKEN_AUDIENCE=api://ledger\nPASSWORD_POLICY=strict\n",
        "```yaml\nsecrets:\n  provider: vault\n  mount: kv\n  version: 2\n```",
        "```js\nconst PASSWORD_FIELD = 'password';\nconst TOKEN_STORAGE_KEY = 'auth.token';\n```",
        "`--password-stdin` reads the password from standard input, so it never lands in shell history.",
        "```yaml\nkind: Secret\nmetadata:\n  name: empty-placeholder\ntype: Opaque\ndata: {}\n```",
    ]:
        neg(t, C, "secret-ish key names with non-secret values")
    # 21 code identifiers that name secrets
    C = "code_identifier"
    for t in [
        "```python\ndef get_api_key(self) -> str:\n    return self._vault.read(\"payments/api_key\")\n```",
        "```go\ntype Config struct {\n\tAPIKey   string `env:\"API_KEY,required\"`\n\tPassword string `env:\"DB_PASSWORD\"`\n}\n```",
        "```ts\ninterface Credentials {\n  accessKeyId: string;\n  secretAccessKey: string;\n  sessionToken?: string;\n}\n```",
        "```java\nprivate static final String PASSWORD_RESET_TOKEN_PARAM = \"reset_token\";\n```",
        "```rust\nlet secret = std::env::var(\"WEBHOOK_SECRET\").expect(\"WEBHOOK_SECRET must be set\");\n```",
        "```sql\nALTER TABLE users ADD COLUMN password_hash TEXT NOT NULL, ADD COLUMN api_key_prefix CHAR(8);\n```",
    ]:
        neg(t, C, "identifiers naming secrets, no value")
    for t in [
        "```env\nSTRIPE_SECRET_KEY=sk_live_...\nSTRIPE_WEBHOOK_SECRET=whsec_...\n```",
        "Token format: `glpat-XXXXXXXXXXXXXXXXXXXX` (twenty characters after the prefix).",
        "```yaml\nslack:\n  bot_token: xoxb-your-bot-token\n  app_token: xapp-your-app-token\n```",
    ]:
        neg(t, "placeholder", "prefix followed by an obvious placeholder")
    for t in [
        "%s INFO rotated key hf_****************************wXyz for org ml-team\n" % ts(),
        "```console\n$ vault token lookup\nKey        Value\n---        -----\naccessor   <hidden>\nid         hvs.****\n```",
    ]:
        neg(t, "redacted", "value already redacted")
    for t in ["Room 4.12, building 3, floor 2 — meeting at 10:30.", "Temperatures ranged from -12.5 to 38.25 °C across 1,024 sensors."]:
        neg(t, "phone_like", "digits that are not phone numbers")
    # 20 high-entropy identifiers that are not secrets
    C = "high_entropy_id"
    for t in [
        "Instance i-0%s in vpc-0%s failed its status check." % (rs(HEX, 16), rs(HEX, 16)),
        "Stripe objects: customer cus_%s, payment intent pi_%s." % (rs(AN, 14), rs(AN, 24)),
        "traceparent: 00-%s-%s-01" % (rs(HEX, 32), rs(HEX, 16)),
        "MongoDB document _id ObjectId(\"%s\")" % rs(HEX, 24),
        "Job %s finished (ULID)." % rs("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 26),
        "Docker image id sha256:%s, 412MB." % rs(HEX, 64),
        "arn:aws:iam::%s:role/ci-deployer" % rs(DG, 12),
        "YouTube video id `%s`, playlist `PL%s`." % (rs(B64U, 11), rs(B64U, 32)),
        "Measurement ID G-%s is in the analytics snippet." % rs(UP + DG, 10),
        "Upload id %s; part 3 of 12 complete." % rs(B64U, 21),
    ]:
        neg(t, C, "identifier with entropy, not a credential")


def main():
    gen_vendor_generic()
    gen_vendor_specific()
    gen_generic()
    gen_private_keys()
    gen_jwt()
    gen_email()
    gen_phone()
    gen_card()
    gen_iban()
    gen_nid()
    gen_combo()
    gen_negatives()
    R.shuffle(ROWS)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, row in enumerate(ROWS, 1):
            rec = {"id": "v8-%04d" % i, "text": row["text"], "spans": row["spans"], "kind": row["kind"],
                   "class": row["class"], "reason": row["reason"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    npos = sum(r["kind"] == "positive" for r in ROWS)
    print("wrote %d texts (%d positive, %d negative) to %s" % (len(ROWS), npos, len(ROWS) - npos, OUT))


if __name__ == "__main__":
    main()
