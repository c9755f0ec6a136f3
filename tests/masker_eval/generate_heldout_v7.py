"""Generator for tests/masker_eval/heldout_v7.jsonl (blind held-out set v7, issue 16).

Written from scratch by an independent evaluator. Values are synthetic (seeded RNG), in their
real formats with valid checksums. Texts are data only. Do NOT tune on the output.
Run: .venv/bin/python tests/masker_eval/generate_heldout_v7.py
"""
import base64
import json
import os
import random
import string
import zlib

SEED = 70707
R = random.Random(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout_v7.jsonl")

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
B62 = DG + UP + LO
HEX = "0123456789abcdef"
B64 = AN + "+/"
URLS = AN + "-_"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def T(*parts):
    """parts: str or (value, type). Returns (text, spans)."""
    text, spans = "", []
    for p in parts:
        if isinstance(p, tuple):
            v, t = p
            spans.append({"start": len(text), "end": len(text) + len(v), "type": t})
            text += v
        else:
            text += p
    return text, spans


# ---------------------------------------------------------------- secrets
def aws_id():
    return R.choice(["AKIA", "ASIA"]) + rs(UP + "234567", 16)


def aws_secret():
    return rs(B64, 40)


def b62(n):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(6, "0")


def gh_classic(prefix="ghp_"):
    body = rs(AN, 30)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF)


def gh_fine():
    return "github_pat_11" + rs(UP + DG, 20) + "_" + rs(AN, 59)


def gitlab(prefix=None):
    prefix = prefix or R.choice(["glpat-", "gldt-", "glft-", "glrt-", "glptt-", "glsoat-"])
    return prefix + rs(AN + "_-", 20)


def slack_bot():
    return R.choice(["xoxb-", "xoxp-"]) + rs(DG, 12) + "-" + rs(DG, 13) + "-" + rs(AN, 24)


def slack_app():
    return "xapp-1-A" + rs(UP + DG, 10) + "-" + rs(DG, 13) + "-" + rs(HEX, 64)


def slack_hook():
    return "https://hooks.slack.com/services/T" + rs(UP + DG, 8) + "/B" + rs(UP + DG, 10) + "/" + rs(AN, 24)


def stripe():
    return R.choice(["sk_live_", "rk_live_"]) + rs(AN, R.choice([24, 99]))


def stripe_whsec():
    return "whsec_" + rs(AN, 32)


def openai():
    return R.choice(["sk-proj-", "sk-svcacct-", "sk-admin-"]) + rs(URLS, 74) + "T3BlbkFJ" + rs(URLS, 74)


def anthropic():
    return "sk-ant-" + R.choice(["api03-", "admin01-"]) + rs(URLS, 93) + "AA"


def google():
    return "AIza" + rs(URLS, 35)


def twilio():
    return "SK" + rs(HEX, 32)


def sendgrid():
    return "SG." + rs(URLS, 22) + "." + rs(URLS, 43)


def mailgun():
    return "key-" + rs(HEX, 32)


def npm():
    return "npm_" + rs(AN, 36)


def pypi():
    return "pypi-AgEIcHlwaS5vcmc" + rs(URLS, 70)


def shopify():
    return R.choice(["shpat_", "shpss_", "shpca_", "shppa_"]) + rs(HEX, 32)


def vault():
    return "hvs." + rs(URLS, 24 + R.randint(0, 66))


def tfc():
    return rs(AN, 14) + ".atlasv1." + rs(AN + "_-", 67)


def azure_key():
    return rs(B64, 86) + "=="


def docean():
    return R.choice(["dop_v1_", "doo_v1_", "dor_v1_"]) + rs(HEX, 64)


def discord():
    return R.choice("MN") + rs(AN, 23) + "." + rs(URLS, 6) + "." + rs(URLS, 38)


def telegram():
    return str(R.randint(100000000, 7999999999)) + ":AA" + rs(URLS, 33)


def misc_vendor():
    return R.choice([
        ("PMAK-" + rs(HEX, 24) + "-" + rs(HEX, 34), "postman_api_key"),
        ("lin_api_" + rs(AN, 40), "linear_api_key"),
        ("ntn_" + rs(DG, 11) + rs(AN, 35), "notion_token"),
        ("dp.st.prd." + rs(AN, 43), "doppler_token"),
        ("figd_" + rs(URLS, 40), "figma_token"),
        ("glsa_" + rs(AN, 32) + "_" + rs(HEX, 8), "grafana_service_account_token"),
        ("hf_" + rs(AN, 34), "huggingface_token"),
        ("r8_" + rs(AN, 37), "replicate_token"),
        ("gsk_" + rs(AN, 52), "groq_api_key"),
        ("pul-" + rs(HEX, 40), "pulumi_token"),
        ("NRAK-" + rs(UP + DG, 27), "newrelic_api_key"),
        ("sbp_" + rs(HEX, 40), "supabase_token"),
        ("pscale_tkn_" + rs(AN + "_", 43), "planetscale_token"),
        ("dapi" + rs(HEX, 32), "databricks_token"),
        ("AGE-SECRET-KEY-1" + rs("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L".upper(), 58), "age_secret_key"),
        ("sq0csp-" + rs(URLS, 43), "square_secret"),
        ("LTAI" + rs(AN, 20), "alibaba_access_key"),
        ("ATATT3xFfGF0" + rs(URLS, 180) + "=" + rs(HEX.upper(), 8), "atlassian_token"),
        ("dckr_pat_" + rs(URLS, 27), "docker_hub_token"),
        ("rubygems_" + rs(HEX, 48), "rubygems_key"),
        ("CLOJARS_" + rs(HEX, 60), "clojars_token"),
        ("fo1_" + rs(URLS, 43), "fly_token"),
        ("sntrys_eyJ" + rs(URLS, 120), "sentry_token"),
        ("oy2" + rs(LO + DG, 43), "nuget_key"),
        ("HRKU-AA" + rs(URLS, 58), "heroku_api_key"),
        ("tskey-auth-k" + rs(AN, 10) + "CNTRL-" + rs(AN, 33), "tailscale_key"),
    ])


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(unsigned=False):
    hdr = {"alg": "none" if unsigned else R.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    pl = {"sub": str(R.randint(10000, 99999)), "iat": R.randint(1700000000, 1760000000),
          "scope": R.choice(["read write", "admin", "orders:read"])}
    h = b64url(json.dumps(hdr, separators=(",", ":")).encode())
    p = b64url(json.dumps(pl, separators=(",", ":")).encode())
    if unsigned:
        return h + "." + p + "."
    return h + "." + p + "." + b64url(bytes(R.randrange(256) for _ in range(R.choice([32, 64]))))


def pem(kind):
    if kind == "openssh":
        head, foot = "-----BEGIN OPENSSH PRIVATE KEY-----", "-----END OPENSSH PRIVATE KEY-----"
        body = "b3BlbnNzaC1rZXktdjEAAAAA" + rs(B64, 300)
        width = 70
    elif kind == "pgp":
        head, foot = "-----BEGIN PGP PRIVATE KEY BLOCK-----", "-----END PGP PRIVATE KEY BLOCK-----"
        body = "lQVYBG" + rs(B64, 400)
        width = 64
    else:
        label = {"rsa": "RSA PRIVATE KEY", "ec": "EC PRIVATE KEY", "pkcs8": "PRIVATE KEY"}[kind]
        head, foot = "-----BEGIN %s-----" % label, "-----END %s-----" % label
        body = ("MIIEow" if kind == "rsa" else "MHcCAQEE" if kind == "ec" else "MIIEvQIBADAN") + rs(B64, 330)
        width = 64
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    mid = "\n".join(lines)
    if kind == "pgp":
        mid = "\n" + mid + "\n=" + rs(B64, 4)
    return head + "\n" + mid + "\n" + foot


WORDS = ["maple", "harbor", "quartz", "velvet", "orbit", "cactus", "lantern", "pepper", "tundra", "violet",
         "copper", "meadow", "falcon", "ribbon", "glacier", "thistle", "saffron", "pylon", "walrus", "ember"]


def password(style=None):
    style = style or R.choice(["punct", "punct", "words", "space", "quote", "plain"])
    if style == "punct":
        return rs(AN, 4) + R.choice("%$#!&*@^") + rs(AN, 3) + R.choice("{}[]()<>;:,.?~") + rs(AN, 4) + R.choice("!#%+=")
    if style == "words":
        return R.choice(["-", " ", "."]).join(R.sample(WORDS, 4))
    if style == "space":
        return R.choice(WORDS).capitalize() + " " + R.choice(WORDS) + " " + str(R.randint(10, 99)) + "!"
    if style == "quote":
        return rs(AN, 5) + "'" + rs(AN, 3) + "\"" + rs(AN, 3) + "#"
    return R.choice(WORDS).capitalize() + rs(DG, 4) + R.choice(WORDS)


def urlpw():
    return rs(AN, 6) + R.choice(["%40", "%23", "%21", "%2F"]) + rs(AN, 5)


def url_safe_pw():
    return rs(AN, 8) + R.choice(["-", "_", "~", "."]) + rs(AN, 6)


# ---------------------------------------------------------------- personal data
FIRST = ["Amara", "Bogdan", "Chiara", "Dmitri", "Elif", "Farid", "Greta", "Hiroshi", "Ines", "Jonas", "Kavya",
         "Lukas", "Mei", "Nadia", "Oluwaseun", "Pilar", "Quentin", "Rosa", "Sven", "Tamar", "Ugo", "Valentina",
         "Wojciech", "Ximena", "Yusuf", "Zofia"]
LAST = ["Okafor", "Novak", "Rossi", "Ivanov", "Yilmaz", "Haddad", "Lindqvist", "Tanaka", "Ferreira", "Schmidt",
        "Iyer", "Becker", "Chen", "Karimi", "Adeyemi", "Alonso", "Moreau", "Bianchi", "Nilsson", "Levi", "Conti",
        "Garcia", "Kowalski", "Ortega", "Demir", "Wisniewska"]
DOMAINS = ["gmail.com", "outlook.com", "proton.me", "yahoo.co.uk", "web.de", "orange.fr", "libero.it",
           "fastmail.com", "acme-logistics.io", "northwind.co", "kontor-hamburg.de", "uni-wien.ac.at"]


def person():
    return R.choice(FIRST), R.choice(LAST)


def email(f=None, l=None):
    f, l = f or R.choice(FIRST), l or R.choice(LAST)
    user = R.choice(["{f}.{l}", "{f}{l}{n}", "{f0}{l}", "{f}_{l}", "{l}.{f}+{tag}"]).format(
        f=f.lower(), l=l.lower(), n=R.randint(1, 99), f0=f[0].lower(), tag=R.choice(["shop", "news", "work"]))
    return user + "@" + R.choice(DOMAINS)


def d(n):
    return "".join(R.choice(DG) for _ in range(n))


def phone(country=None):
    c = country or R.choice(["US", "GB", "DE", "FR", "IN", "BR", "JP", "AU", "ES", "IT", "NL", "PL", "SE", "MX",
                             "CA", "IE", "CH", "ZA", "SG", "KR", "NG", "AR", "TR"])
    area_us = R.choice(["212", "312", "415", "617", "646", "206", "303", "512", "702", "404"])
    if c in ("US", "CA"):
        if c == "CA":
            area_us = R.choice(["416", "604", "514", "403", "613"])
        ex = str(R.randint(2, 9)) + d(1) + str(R.randint(2, 9))
        if ex[1:] == "11":
            ex = ex[0] + "23"
        ln = d(4)
        f = R.choice(["({a}) {e}-{l}", "+1 {a}-{e}-{l}", "{a}.{e}.{l}", "+1 ({a}) {e} {l}", "1-{a}-{e}-{l}"])
        return c, f.format(a=area_us, e=ex, l=ln)
    if c == "GB":
        n = "7" + str(R.randint(4, 9)) + d(8)
        return c, R.choice(["0{a} {b}", "+44 {a} {b}", "+44 (0){a} {b}"]).format(a=n[:4], b=n[4:])
    if c == "DE":
        p = R.choice(["151", "160", "170", "171", "176", "1511", "152"])
        n = d(11 - len(p) if len(p) == 3 else 7)
        n = d(8) if len(p) == 3 else n
        return c, R.choice(["0{p} {n}", "+49 {p} {n}", "0{p}/{n}", "+49 (0){p} {n}"]).format(p=p, n=n)
    if c == "FR":
        n = R.choice("67") + d(8)
        g = [n[i:i + 2] for i in range(1, 9, 2)]
        return c, R.choice(["0{a} {b} {c} {d} {e}", "+33 {a} {b} {c} {d} {e}", "0{a}.{b}.{c}.{d}.{e}"]).format(
            a=n[0], b=g[0], c=g[1], d=g[2], e=g[3])
    if c == "IN":
        n = R.choice("6789") + d(9)
        return c, R.choice(["+91 {a} {b}", "+91-{a}{b}", "0{a}{b}"]).format(a=n[:5], b=n[5:])
    if c == "BR":
        return c, R.choice(["+55 11 9{a}-{b}", "(21) 9{a}-{b}", "+55 (31) 9{a}-{b}"]).format(
            a=str(R.randint(6, 9)) + d(3), b=d(4))
    if c == "JP":
        return c, R.choice(["0{p}-{a}-{b}", "+81 {p}-{a}-{b}", "+81 {p} {a} {b}"]).format(
            p=R.choice(["90", "80", "70"]), a=str(R.randint(1, 9)) + d(3), b=d(4))
    if c == "AU":
        n = "4" + str(R.randint(0, 9)) + d(7)
        return c, R.choice(["0{a} {b} {c}", "+61 {a} {b} {c}"]).format(a=n[:3], b=n[3:6], c=n[6:])
    if c == "ES":
        n = "6" + d(8)
        return c, R.choice(["{a} {b} {c}", "+34 {a} {b} {c}", "+34 {a}{b}{c}"]).format(a=n[:3], b=n[3:6], c=n[6:])
    if c == "IT":
        n = "3" + R.choice(["20", "28", "33", "38", "40", "47", "49"]) + d(7)
        return c, R.choice(["{a} {b}", "+39 {a} {b}", "+39 {a}{b}"]).format(a=n[:3], b=n[3:])
    if c == "NL":
        n = "6" + str(R.randint(1, 5)) + d(7)
        return c, R.choice(["06-{a}", "+31 6 {b}", "06 {c}"]).format(a=n[1:], b=n[1:], c=n[1:5] + " " + n[5:])
    if c == "PL":
        n = R.choice(["50", "51", "53", "60", "66", "69", "72", "79", "88"]) + d(7)
        return c, R.choice(["+48 {a} {b} {c}", "{a} {b} {c}", "+48 {a}-{b}-{c}"]).format(a=n[:3], b=n[3:6], c=n[6:])
    if c == "SE":
        n = "7" + R.choice("0236") + d(7)
        return c, R.choice(["0{a}-{b} {c} {e}", "+46 {a} {b} {c} {e}"]).format(a=n[:2], b=n[2:5], c=n[5:7], e=n[7:])
    if c == "MX":
        return c, R.choice(["+52 55 {a} {b}", "+52 33 {a} {b}"]).format(a=str(R.randint(1, 9)) + d(3), b=d(4))
    if c == "IE":
        return c, R.choice(["08{p} {a} {b}", "+353 8{p} {a} {b}"]).format(p=R.choice("35679"), a=d(3), b=d(4))
    if c == "CH":
        return c, R.choice(["07{p} {a} {b} {c}", "+41 7{p} {a} {b} {c}"]).format(p=R.choice("6789"), a=d(3), b=d(2), c=d(2))
    if c == "ZA":
        return c, R.choice(["08{p} {a} {b}", "+27 8{p} {a} {b}"]).format(p=R.choice("2234"), a=d(3), b=d(4))
    if c == "SG":
        return c, R.choice(["+65 {a}{b} {c}", "+65 {a}{b}{c}"]).format(a=R.choice(["81", "83", "86", "87", "88", "91", "92", "93", "96", "97"]), b=d(2), c=d(4))
    if c == "KR":
        return c, R.choice(["010-{a}-{b}", "+82 10-{a}-{b}", "+82 10 {a} {b}"]).format(a=str(R.randint(2, 9)) + d(3), b=d(4))
    if c == "NG":
        return c, R.choice(["0{p} {a} {b}", "+234 {p} {a} {b}"]).format(p=R.choice(["803", "805", "806", "813", "703", "905"]), a=d(3), b=d(4))
    if c == "AR":
        return c, "+54 9 11 {a}-{b}".format(a=str(R.randint(2, 6)) + d(3), b=d(4))
    if c == "TR":
        return c, R.choice(["0{p} {a} {b} {c}", "+90 {p} {a} {b} {c}"]).format(p="5" + R.choice("345") + d(1), a=d(3), b=d(2), c=d(2))
    raise ValueError(c)


def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return str((10 - tot % 10) % 10)


def luhn_ok(s):
    return luhn_digit(s[:-1]) == s[-1]


PUBLISHED_TEST_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444", "378282246310005",
                        "4000056655665556", "5105105105105100", "6011111111111117", "4012888888881881",
                        "371449635398431", "3566002020360505", "4000000000000002"}


def card(sep=None):
    kind = R.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])
    if kind == "visa":
        base, n = "4" + d(5), 16
    elif kind == "mc":
        base, n = str(R.randint(51, 55)) + d(4), 16
    elif kind == "mc2":
        base, n = str(R.randint(2221, 2720)) + d(2), 16
    elif kind == "amex":
        base, n = R.choice(["34", "37"]) + d(4), 15
    elif kind == "disc":
        base, n = "6011" + d(2), 16
    else:
        base, n = "35" + str(R.randint(28, 89)) + d(2), 16
    body = base + d(n - 1 - len(base))
    num = body + luhn_digit(body)
    if num in PUBLISHED_TEST_CARDS:
        return card(sep)
    sep = sep if sep is not None else R.choice(["", " ", "-", " ", ""])
    if n == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join([num[i:i + 4] for i in range(0, 16, 4)])


IBAN_SPEC = {"DE": lambda: d(8) + d(10), "GB": lambda: rs(UP, 4) + d(6) + d(8), "NL": lambda: rs(UP, 4) + d(10),
             "AT": lambda: d(5) + d(11), "CH": lambda: d(5) + rs(UP + DG, 12), "IE": lambda: rs(UP, 4) + d(6) + d(8),
             "LU": lambda: d(3) + rs(UP + DG, 13), "DK": lambda: d(4) + d(10), "FI": lambda: d(14),
             "LT": lambda: d(5) + d(11)}


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = int("".join(str(int(ch, 36)) for ch in s))
    return "%02d" % (98 - num % 97)


def iban(cc=None, spaced=None):
    cc = cc or R.choice(list(IBAN_SPEC))
    if cc == "CH":
        bban = d(5) + d(12)
    elif cc == "LU":
        bban = d(3) + d(13)
    else:
        bban = IBAN_SPEC[cc]()
    s = cc + iban_check(cc, bban) + bban
    if spaced if spaced is not None else R.random() < 0.5:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def ssn(sep=None):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g, s = R.randint(1, 99), R.randint(1, 9999)
    sep = sep if sep is not None else R.choice(["-", "-", " ", "."])
    return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)


def nino():
    bad1, bad2 = set("DFIQUV"), set("DFIOQUV")
    while True:
        p = R.choice(UP) + R.choice(UP)
        if p[0] not in bad1 and p[1] not in bad2 and p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    n = d(6)
    suf = R.choice("ABCD")
    if R.random() < 0.5:
        return "%s %s %s %s %s" % (p, n[:2], n[2:4], n[4:], suf)
    return p + n + suf


def steuer_id():
    while True:
        digs = R.sample(range(10), 9)
        dup = R.choice(digs)
        ten = digs + [dup]
        R.shuffle(ten)
        if ten[0] != 0:
            break
    prod = 10
    for x in ten:
        s = (x + prod) % 10
        if s == 0:
            s = 10
        prod = (s * 2) % 11
    chk = 11 - prod
    if chk == 10:
        chk = 0
    s = "".join(map(str, ten)) + str(chk)
    if R.random() < 0.4:
        return "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])
    return s


def fr_nir():
    body = str(R.choice([1, 2])) + "%02d" % R.randint(50, 99) + "%02d" % R.randint(1, 12) + "%02d" % R.choice(
        [13, 31, 33, 35, 44, 59, 67, 69, 75, 92, 93]) + "%03d" % R.randint(1, 400) + "%03d" % R.randint(1, 999)
    key = 97 - int(body) % 97
    s = body + "%02d" % key
    if R.random() < 0.5:
        return " ".join([s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], s[13:]])
    return s


DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni():
    n = R.randint(10000000, 99999999)
    return "%08d%s" % (n, DNI_L[n % 23])


def es_nie():
    p = R.choice("XYZ")
    n = R.randint(1000000, 9999999)
    return "%s%07d%s" % (p, n, DNI_L[int(str("XYZ".index(p)) + "%07d" % n) % 23])


CF_ODD = {c: v for c, v in zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21])}
CF_ODD.update(dict(zip(UP, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23])))


def it_cf():
    s = rs("BCDFGHLMNPRSTVZ", 3) + rs("BCDFGHLMNPRSTVZ", 2) + R.choice("AEIOU") + "%02d" % R.randint(50, 99) + \
        R.choice("ABCDEHLMPRST") + "%02d" % R.choice(list(range(1, 29)) + list(range(41, 69))) + \
        R.choice("ABCDEFGHL") + "%03d" % R.randint(1, 999)
    tot = 0
    for i, ch in enumerate(s):
        if i % 2 == 0:
            tot += CF_ODD[ch]
        else:
            tot += int(ch) if ch.isdigit() else ord(ch) - 65
    return s + chr(65 + tot % 26)


def nl_bsn():
    while True:
        ds = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(7)]
        t = sum(x * w for x, w in zip(ds, range(9, 1, -1)))
        c = t % 11
        if c < 10:
            return "".join(map(str, ds + [c]))


def pesel():
    yy, mm, dd = R.randint(0, 99), R.randint(1, 12), R.randint(1, 28)
    if yy < 10:
        mm += 20
    base = "%02d%02d%02d%04d" % (yy, mm, dd, R.randint(0, 9999))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return base + str((10 - sum(int(a) * b for a, b in zip(base, w)) % 10) % 10)


VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
      [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
      [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
      [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar():
    while True:
        base = str(R.randint(2, 9)) + d(10)
        if base != base[0] * 11:
            break
    c = 0
    for i, ch in enumerate(reversed(base)):
        c = VD[c][VP[(i + 1) % 8][int(ch)]]
    s = base + str(VINV[c])
    return R.choice(["{a} {b} {c}", "{a}{b}{c}", "{a}-{b}-{c}"]).format(a=s[:4], b=s[4:8], c=s[8:])


def au_tfn():
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        ds = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
        if sum(a * b for a, b in zip(ds, w)) % 11 == 0:
            s = "".join(map(str, ds))
            return R.choice([s, s[:3] + " " + s[3:6] + " " + s[6:]])


def au_medicare():
    base = str(R.randint(2, 6)) + d(7)
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    s = base + str(sum(int(a) * b for a, b in zip(base, w)) % 10) + str(R.randint(1, 9))
    return R.choice([s, s[:4] + " " + s[4:9] + " " + s[9]])


def jp_mynumber():
    base = d(11)
    tot = 0
    for n in range(1, 12):
        p = int(base[11 - n])
        q = n + 1 if n <= 6 else n - 5
        tot += p * q
    r = tot % 11
    s = base + str(0 if r <= 1 else 11 - r)
    return R.choice([s, s[:4] + " " + s[4:8] + " " + s[8:], s[:4] + "-" + s[4:8] + "-" + s[8:]])


def cpf():
    while True:
        b = [R.randint(0, 9) for _ in range(9)]
        if len(set(b)) > 1:
            break
    d1 = sum(x * w for x, w in zip(b, range(10, 1, -1))) * 10 % 11 % 10
    d2 = sum(x * w for x, w in zip(b + [d1], range(11, 1, -1))) * 10 % 11 % 10
    s = "".join(map(str, b + [d1, d2]))
    return R.choice([s, "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])])


def cnpj():
    b = [R.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
    w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    r = sum(x * w for x, w in zip(b, w1)) % 11
    d1 = 0 if r < 2 else 11 - r
    w2 = [6] + w1
    r = sum(x * w for x, w in zip(b + [d1], w2)) % 11
    d2 = 0 if r < 2 else 11 - r
    s = "".join(map(str, b + [d1, d2]))
    return R.choice([s, "%s.%s.%s/%s-%s" % (s[:2], s[2:5], s[5:8], s[8:12], s[12:])])


def ca_sin():
    body = str(R.choice([1, 2, 3, 4, 5, 6, 7, 9])) + d(7)
    s = body + luhn_digit(body)
    return R.choice([s[:3] + " " + s[3:6] + " " + s[6:], s[:3] + "-" + s[3:6] + "-" + s[6:]])


def se_pnr():
    yy, mm, dd = R.randint(40, 99), R.randint(1, 12), R.randint(1, 28)
    base = "%02d%02d%02d%03d" % (yy, mm, dd, R.randint(1, 999))
    s = base + luhn_digit(base)
    return s[:6] + R.choice(["-", ""]) + s[6:]


def nat_id():
    return R.choice([(ssn(), "us_ssn"), (nino(), "uk_nino"), (steuer_id(), "de_steuer_id"), (fr_nir(), "fr_nir"),
                     (es_dni(), "es_dni"), (es_nie(), "es_nie"), (it_cf(), "it_codice_fiscale"),
                     (nl_bsn(), "nl_bsn"), (pesel(), "pl_pesel"), (aadhaar(), "in_aadhaar"),
                     (au_tfn(), "au_tfn"), (au_medicare(), "au_medicare"), (jp_mynumber(), "jp_my_number"),
                     (cpf(), "br_cpf"), (cnpj(), "br_cnpj"), (ca_sin(), "ca_sin"),
                     (se_pnr(), "se_personnummer")])


ID_LABEL = {"us_ssn": "SSN", "uk_nino": "NI number", "de_steuer_id": "Steuer-ID", "fr_nir": "NIR",
            "es_dni": "DNI", "es_nie": "NIE", "it_codice_fiscale": "Codice fiscale", "nl_bsn": "BSN",
            "pl_pesel": "PESEL", "in_aadhaar": "Aadhaar", "au_tfn": "TFN", "au_medicare": "Medicare no.",
            "jp_my_number": "My Number", "br_cpf": "CPF", "br_cnpj": "CNPJ", "ca_sin": "SIN",
            "se_personnummer": "personnummer"}


def vendor():
    return R.choice([
        (gh_classic(R.choice(["ghp_", "gho_", "ghu_", "ghs_", "ghr_"])), "github_token"), (gh_fine(), "github_token"),
        (gitlab(), "gitlab_token"), (slack_bot(), "slack_token"), (slack_app(), "slack_token"),
        (stripe(), "stripe_key"), (stripe_whsec(), "stripe_webhook_secret"), (openai(), "openai_api_key"),
        (anthropic(), "anthropic_api_key"), (google(), "google_api_key"), (twilio(), "twilio_api_key"),
        (sendgrid(), "sendgrid_api_key"), (mailgun(), "mailgun_api_key"), (npm(), "npm_token"),
        (pypi(), "pypi_token"), (shopify(), "shopify_token"), (vault(), "vault_token"),
        (tfc(), "terraform_token"), (docean(), "digitalocean_token"), (discord(), "discord_bot_token"),
        (telegram(), "telegram_bot_token"), misc_vendor(), misc_vendor(), misc_vendor()])


# ---------------------------------------------------------------- negatives helpers
def sha1():
    return rs(HEX, 40)


def sha256():
    return rs(HEX, 64)


def uuid4():
    h = rs(HEX, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:])


def semver():
    return "%d.%d.%d" % (R.randint(0, 20), R.randint(0, 40), R.randint(0, 120))


def integrity():
    return "sha512-" + base64.b64encode(bytes(R.randrange(256) for _ in range(64))).decode()


def non_luhn(n):
    while True:
        s = str(R.randint(1, 9)) + d(n - 1)
        if not luhn_ok(s):
            return s


def bad_iban():
    cc = R.choice(["DE", "GB", "NL", "AT"])
    bban = IBAN_SPEC[cc]()
    good = iban_check(cc, bban)
    while True:
        ck = "%02d" % R.randint(2, 98)
        if ck != good:
            return cc + ck + bban


# ================================================================ agent positives
def a_env():
    v1, t1 = vendor()
    v2, t2 = vendor()
    pw = url_safe_pw()
    return T("# .env.production\nNODE_ENV=production\nPORT=8080\nAPI_TOKEN=", (v1, t1), "\nDB_PASSWORD=", (pw, "password"),
             "\nSENTRY_ENVIRONMENT=prod\nINTEGRATION_KEY=", (v2, t2), "\nLOG_LEVEL=info\n"), "secrets in .env"


def a_env_lineend():
    pw = password("plain")
    return T("REDIS_URL=redis://cache:6379/0\nREDIS_PASSWORD=", (pw, "password"), "\nSMTP_PASSWORD=\nSMTP_USER=\n"), \
        "password value ends at line end; next empty keys untouched"


def a_aws_creds():
    return T("$ cat ~/.aws/credentials\n[default]\naws_access_key_id = ", (aws_id(), "aws_access_key_id"),
             "\naws_secret_access_key = ", (aws_secret(), "aws_secret_key"), "\nregion = eu-west-1\n"), "AWS key pair"


def a_aws_export():
    return T("export AWS_ACCESS_KEY_ID=", (aws_id(), "aws_access_key_id"), "\nexport AWS_SECRET_ACCESS_KEY=\"",
             (aws_secret(), "aws_secret_key"), "\"\naws s3 ls s3://build-artifacts-prod/\n"), "AWS keys in shell exports"


def a_yaml_db():
    pw = password(R.choice(["punct", "space", "words"]))
    q = R.choice(["'", '"'])
    if q == "'" and "'" in pw:
        q = '"'
    return T("database:\n  host: db.internal\n  port: 5432\n  user: app_rw\n  password: ", q, (pw, "password"), q,
             "\n  pool_size: 20\n"), "quoted YAML password with punctuation or spaces"


def a_toml():
    v, t = vendor()
    return T("[tool.deploy]\nregion = \"us-east-1\"\ntoken = \"", (v, t), "\"\nretries = 3\n"), "token in TOML"


def a_json_cfg():
    v, t = vendor()
    pw = password("punct").replace('"', "")
    return T('{\n  "service": "billing",\n  "credentials": {\n    "apiKey": "', (v, t), '",\n    "dbPassword": "',
             (pw, "password"), '"\n  },\n  "timeoutMs": 3000\n}'), "secrets in JSON config"


def a_json_in_string():
    v, t = vendor()
    return T('{"level":"debug","msg":"loaded config","raw":"{\\"endpoint\\":\\"https://api.example.net\\",\\"secret\\":\\"',
             (v, t), '\\"}"}'), "token inside escaped JSON inside a log line"


def a_ini():
    pw = password(R.choice(["punct", "plain", "words"]))
    return T("[client]\nuser = backup\npassword = ", (pw, "password"), "\nhost = mysql-primary\n\n[mysqldump]\nquick\n"), \
        "INI password (value to line end)"


def a_props():
    pw = url_safe_pw()
    return T("spring.datasource.url=jdbc:postgresql://pg:5432/orders\nspring.datasource.username=orders\n"
             "spring.datasource.password=", (pw, "password"), "\nspring.jpa.open-in-view=false\n"), "Java properties password"


def a_hcl():
    v, t = vendor()
    return T('provider "datadog" {\n  api_key = "', (rs(HEX, 32), "datadog_api_key"), '"\n  app_key = "', (rs(HEX, 40), "datadog_app_key"),
             '"\n}\n\nvariable "integration_token" {\n  default = "', (v, t), '"\n}\n'), "keys hard-coded in Terraform"


def a_conn():
    u = R.choice(["postgres", "admin", "svc_etl", "root"])
    pw = urlpw() if R.random() < 0.5 else url_safe_pw()
    scheme = R.choice(["postgresql", "mysql", "mongodb+srv", "amqp", "redis"])
    host = R.choice(["db.prod.internal", "cluster0.ab1cd.mongodb.net", "rabbit.svc.cluster.local", "cache-01.corp"])
    return T("Connecting with DATABASE_URL=", scheme, "://", u, ":", (pw, "password"), "@", host, "/app?sslmode=require\n"), \
        "password inside connection URL"


def a_trace():
    pw = url_safe_pw()
    return T("Traceback (most recent call last):\n  File \"/app/worker.py\", line 88, in connect\n    engine = create_engine(url)\n"
             "sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server failed\n"
             "[SQL: connect postgresql://report:", (pw, "password"), "@pg-replica:5432/analytics]\n"), "password in stack trace URL"


def a_curl():
    v, t = vendor()
    return T("curl -sS -X POST https://api.vendor.example/v2/jobs \\\n  -H \"Authorization: Bearer ", (v, t),
             "\" \\\n  -H 'Content-Type: application/json' \\\n  -d '{\"name\": \"nightly\"}'\n"), "bearer token in curl"


def a_curl_basic():
    user, pw = R.choice(["deploy", "ci-bot", "admin"]), url_safe_pw()
    b = base64.b64encode((user + ":" + pw).encode()).decode()
    return T("> GET /api/v1/status HTTP/1.1\n> Host: registry.corp.example\n> Authorization: Basic ", (b, "basic_auth"),
             "\n> User-Agent: curl/8.5.0\n"), "basic auth header"


def a_curl_u():
    pw = password("punct").replace("'", "")
    return T("curl -u 'jenkins:", (pw, "password"), "' https://ci.example.org/job/build/api/json\n"), "password in curl -u"


def a_mysql_cli():
    pw = url_safe_pw()
    return T("$ history | tail -4\n  501  cd ~/deploy\n  502  mysql -h db01 -u root -p", (pw, "password"),
             " shop < dump.sql\n  503  ls -la\n  504  history | tail -4\n"), "password glued to -p flag in shell history"


def a_cli_flag():
    pw = password(R.choice(["space", "punct", "words"])).replace('"', "")
    cmd = R.choice(["psql --password", "redis-cli --pass", "./migrate --db-password", "docker login --password",
                    "openssl pkcs12 -export -passout pass:"])
    if cmd.endswith(":"):
        return T("$ ", cmd, (url_safe_pw(), "password"), " -out bundle.p12\n"), "password in openssl passout"
    return T("$ ", cmd, " \"", (pw, "password"), "\" --verbose\n"), "quoted password in CLI flag"


def a_docker_compose():
    pw, v, t = url_safe_pw(), *vendor()
    return T("services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ", (pw, "password"),
             "\n      POSTGRES_DB: app\n  api:\n    image: ghcr.io/acme/api:1.4.2\n    environment:\n      - UPSTREAM_TOKEN=",
             (v, t), "\n"), "secrets in docker-compose"


def a_k8s_secret():
    pw = url_safe_pw()
    v, t = vendor()
    return T("apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\ntype: Opaque\nstringData:\n  DB_PASSWORD: \"",
             (pw, "password"), "\"\n  API_KEY: \"", (v, t), "\"\n"), "plain stringData in k8s Secret"


def a_k8s_b64():
    pw = url_safe_pw()
    enc = base64.b64encode(pw.encode()).decode()
    return T("$ kubectl get secret db-creds -o yaml\napiVersion: v1\ndata:\n  password: ", (enc, "password"),
             "\n  username: YXBwX3VzZXI=\nkind: Secret\n"), "base64-encoded password in k8s Secret data"


def a_pem():
    kind = R.choice(["rsa", "ec", "pkcs8", "openssh", "pgp"])
    p = pem(kind)
    return T("$ cat deploy/id_key\n", (p, "private_key"), "\n$ \n"), "private key block"


def a_jwt():
    j = jwt(unsigned=R.random() < 0.3)
    return T("2025-03-14T09:12:44Z INFO auth: issued session token=", (j, "jwt"), " for user_id=48211\n"), "JWT in log"


def a_cookie():
    sid = rs(AN, 32)
    return T("< HTTP/2 200\n< set-cookie: sessionid=", (sid, "session_id"), "; Path=/; HttpOnly; Secure; SameSite=Lax\n< content-type: text/html\n"), \
        "session cookie"


CODE_LANGS = [
    ("python", "import requests\n\nAPI_KEY = \"{v}\"\nresp = requests.get(URL, headers={{\"X-Api-Key\": API_KEY}})\n"),
    ("js", "const client = new Client({{\n  apiKey: '{v}',\n  region: 'eu',\n}});\n"),
    ("go", "var token = \"{v}\"\n\nfunc main() {{\n\tc := api.New(token)\n\t_ = c\n}}\n"),
    ("ruby", "Vendor.configure do |c|\n  c.api_key = '{v}'\nend\n"),
    ("java", "private static final String API_KEY = \"{v}\";\n"),
    ("csharp", "var client = new ApiClient(\"{v}\");\n"),
    ("php", "<?php\n$config['api_key'] = '{v}';\n"),
    ("rust", "let key = \"{v}\";\nlet client = Client::new(key);\n"),
    ("shell", "#!/bin/bash\nTOKEN={v}\ncurl -H \"Authorization: token $TOKEN\" \"$API/repos\"\n"),
    ("kotlin", "val apiKey = \"{v}\"\n"),
    ("swift", "let apiKey = \"{v}\"\n"),
]


def a_code():
    v, t = vendor()
    lang, tpl = R.choice(CODE_LANGS)
    pre, post = tpl.split("{v}")
    pre, post = pre.replace("{{", "{").replace("}}", "}"), post.replace("{{", "{").replace("}}", "}")
    return T("```" + lang + "\n" + pre, (v, t), post + "```\n"), "inline key in %s code" % lang


def a_code_pw():
    pw = password(R.choice(["punct", "quote", "space"]))
    if "'" in pw:
        return T("db = connect(host=\"db\", user=\"svc\", password=\"", (pw.replace('"', ""), "password"), "\")\n"), \
            "password kwarg with punctuation"
    return T("db = connect(host='db', user='svc', password='", (pw, "password"), "')\n"), "password kwarg with punctuation"


def a_azure():
    acct = "st" + rs(LO + DG, 10)
    return T("AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=", acct, ";AccountKey=",
             (azure_key(), "azure_storage_key"), ";EndpointSuffix=core.windows.net\n"), "Azure storage account key"


def a_azure_sas():
    sig = rs(AN, 40) + "%3D"
    return T("Uploading to https://stexports01.blob.core.windows.net/exports/report.csv?sv=2022-11-02&ss=b&srt=o&sp=rwdlac"
             "&se=2026-01-01T00:00:00Z&st=2025-01-01T00:00:00Z&spr=https&sig=", (sig, "azure_sas_token"), "\n"), "Azure SAS signature"


def a_slack_hook():
    return T("ALERT_WEBHOOK=", (slack_hook(), "slack_webhook"), "\n"), "Slack incoming webhook URL"


def a_csv_customers():
    rows = []
    parts = []
    hdr = R.random() < 0.6
    if hdr:
        parts.append("customer_id,name,email,phone,country\n")
    for i in range(R.randint(5, 9)):
        f, l = person()
        c, ph = phone()
        parts += ["C%05d,%s %s," % (R.randint(10000, 99999), f, l), (email(f, l), "email"), ",\"", (ph, "phone"), "\",%s\n" % c]
    rows = parts
    return T(*rows), "customer CSV %s header" % ("with" if hdr else "without")


def a_tsv_ids():
    parts = ["name\tid_type\tid_number\tcity\n"]
    for _ in range(R.randint(4, 7)):
        f, l = person()
        v, t = nat_id()
        parts += ["%s %s\t%s\t" % (f, l, ID_LABEL[t]), (v, t), "\t%s\n" % R.choice(["Lyon", "Madrid", "Pune", "Perth", "Osaka", "Recife", "Malmo", "Gdansk", "Utrecht", "Torino", "Leeds", "Bremen", "Austin"])]
    return T(*parts), "TSV of national ids"


def a_md_table():
    parts = ["| # | Customer | Card | IBAN |\n|---|---|---|---|\n"]
    for i in range(R.randint(3, 6)):
        f, l = person()
        parts += ["| %d | %s %s | " % (i + 1, f, l), (card(), "credit_card"), " | ", (iban(), "iban"), " |\n"]
    return T(*parts), "markdown table of payment data"


def a_sql():
    parts = ["postgres=# SELECT id, full_name, ssn, email FROM employees LIMIT 4;\n id  |    full_name     |     ssn     |   email\n-----+------------------+-------------+------------\n"]
    n = R.randint(3, 4)
    for i in range(n):
        f, l = person()
        parts += [" %3d | %-16s | " % (100 + i, f + " " + l), (ssn("-"), "us_ssn"), " | ", (email(f, l), "email"), "\n"]
    parts.append("(%d rows)\n" % n)
    return T(*parts), "SQL result with SSNs and emails"


def a_ticket():
    f, l = person()
    c, ph = phone()
    return T("Ticket #", str(R.randint(10000, 99999)), " - Refund request\nFrom: ", f, " ", l, " <", (email(f, l), "email"),
             ">\n\nHi, I was charged twice. You can reach me on ", (ph, "phone"), " any time after 5pm. The card used was ending ",
             (card(" "), "credit_card"), ".\nThanks, ", f, "\n"), "support ticket with contact and card"


def a_email_sig():
    f, l = person()
    c1, p1 = phone()
    c2, p2 = phone(c1)
    return T("--\n", f, " ", l, "\nHead of Procurement\nM: ", (p1, "phone"), "\nT: ", (p2, "phone"), "\nE: ", (email(f, l), "email"), "\n"), \
        "email signature with phone numbers"


def a_chat():
    f, l = person()
    v, t = nat_id()
    return T("[10:02] ", f, ": hey can you update my payroll record?\n[10:03] hr-bot: sure, please confirm your ", ID_LABEL[t],
             "\n[10:04] ", f, ": it's ", (v, t), "\n[10:04] hr-bot: thanks, and the IBAN for salary?\n[10:05] ", f, ": ", (iban(), "iban"), "\n"), \
        "chat export with national id and IBAN"


def a_log_email():
    e = email()
    return T("2025-06-02 11:40:03,221 WARNING signup: duplicate account for email=", (e, "email"), " (ref=", uuid4(), ")\n"), \
        "email in a log line next to a uuid"


def a_git_remote():
    tok = gh_classic()
    return T("$ git remote -v\norigin  https://x-access-token:", (tok, "github_token"), "@github.com/acme/infra.git (fetch)\norigin  https://x-access-token:",
             (tok, "github_token"), "@github.com/acme/infra.git (push)\n"), "token in git remote URL"


def a_npmrc():
    return T("$ cat ~/.npmrc\nregistry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=", (npm(), "npm_token"), "\n"), "npmrc auth token"


def a_pypirc():
    return T("[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = ", (pypi(), "pypi_token"), "\n"), "pypirc token"


def a_netrc():
    pw = url_safe_pw()
    return T("machine api.heroku.com\n  login deploy-bot\n  password ", (pw, "password"), "\n"), "netrc password"


def a_prompt_pw():
    pw = password(R.choice(["words", "space"]))
    return T("User: the staging box password is ", (pw, "password"), " - please ssh in and restart nginx.\n"), \
        "password given in plain prose, with spaces"


def a_gpg_env():
    v, t = vendor()
    return T("Step 3/7: RUN --mount=type=secret,id=tok echo building\nWARNING: build arg GH_TOKEN=", (v, t),
             " is visible in image history\n"), "token leaked in docker build output"


def a_hr_json():
    f, l = person()
    v, t = nat_id()
    c, ph = phone()
    return T('[{"employee_id": ', str(R.randint(1000, 9999)), ', "name": "', f, " ", l, '", "national_id": "', (v, t),
             '", "mobile": "', (ph, "phone"), '", "iban": "', (iban(spaced=False), "iban"), '"}]'), "HR API JSON with id, phone, IBAN"


AGENT_POS = [a_hr_json, a_hr_json, a_tsv_ids, a_env, a_env_lineend, a_aws_creds, a_aws_export, a_yaml_db, a_toml, a_json_cfg, a_json_in_string, a_ini,
             a_props, a_hcl, a_conn, a_trace, a_curl, a_curl_basic, a_curl_u, a_mysql_cli, a_cli_flag, a_docker_compose,
             a_k8s_secret, a_k8s_b64, a_pem, a_jwt, a_cookie, a_code, a_code, a_code_pw, a_azure, a_azure_sas, a_slack_hook,
             a_csv_customers, a_tsv_ids, a_md_table, a_sql, a_ticket, a_email_sig, a_chat, a_log_email, a_git_remote,
             a_npmrc, a_pypirc, a_netrc, a_prompt_pw, a_gpg_env]


# ================================================================ agent negatives
def n_gitlog():
    lines = ["commit " + sha1(), "Author: release-bot <noreply>", "Date:   Tue Mar 4 10:12:00 2025 +0000", "",
             "    Bump lodash to " + semver() + " (#" + str(R.randint(100, 9999)) + ")", "", "commit " + sha1()]
    return "$ git log -2\n" + "\n".join(lines) + "\n", "hash", "git SHAs and semver"


def n_lock():
    pkg = R.choice(["lodash", "react-dom", "semver", "chalk", "esbuild", "zod"])
    v = semver()
    return ('    "node_modules/%s": {\n      "version": "%s",\n      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",\n'
            '      "integrity": "%s",\n      "license": "MIT"\n    },\n' % (pkg, v, pkg, pkg, v, integrity())), \
        "lockfile_integrity", "npm lockfile integrity hash"


def n_sha256():
    f = R.choice(["vectorscan-5.4.11-linux.tar.gz", "terraform_1.9.8_linux_amd64.zip", "node-v22.11.0-darwin-arm64.tar.xz"])
    return "$ sha256sum %s\n%s  %s\n" % (f, sha256(), f), "hash", "sha256 checksum output"


def n_digest():
    return "Pulling from library/python\nDigest: sha256:%s\nStatus: Downloaded newer image for python:3.12-slim\n" % sha256(), \
        "hash", "image digest"


def n_uuid():
    rows = "\n".join("%s  %s  Running  %dd" % (uuid4(), R.choice(["worker", "api", "cron"]), R.randint(1, 40)) for _ in range(4))
    return "ID                                    NAME    STATUS   AGE\n" + rows + "\n", "uuid", "UUID listing"


def n_envref():
    return R.choice([
        "DB_PASSWORD=${DB_PASSWORD}\nAPI_KEY=${API_KEY:?missing}\nSTRIPE_KEY=$STRIPE_SECRET_KEY\n",
        "api_key = os.environ[\"API_KEY\"]\npassword = os.getenv(\"DB_PASSWORD\", \"\")\n",
        "const token = process.env.GITHUB_TOKEN;\nconst secret = process.env['WEBHOOK_SECRET'];\n",
        "      env:\n        - name: DB_PASSWORD\n          valueFrom:\n            secretKeyRef:\n              name: db-creds\n              key: password\n",
        "password: \"{{ vault_db_password }}\"\napi_token: \"{{ lookup('env', 'API_TOKEN') }}\"\n",
        "database_password = var.db_password\ntoken = data.vault_generic_secret.ci.data[\"token\"]\n",
        "secret_ref: vault:secret/data/prod/payments#api_key\npassword_file: /run/secrets/db_password\n",
        "GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}\nNPM_TOKEN: ${{ secrets.NPM_PUBLISH_TOKEN }}\n",
        "aws_secret_access_key = {{ env \"AWS_SECRET_ACCESS_KEY\" }}\n",
        "spring.datasource.password=${SPRING_DATASOURCE_PASSWORD}\n",
    ]), "config_reference", "references to secrets, not values"


def n_placeholder():
    return R.choice([
        "OPENAI_API_KEY=<your-api-key>\nANTHROPIC_API_KEY=<your-anthropic-key>\n",
        "api_key: insert_key_here\nsecret: changeme\n",
        "export STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\n",
        "Authorization: Bearer YOUR_TOKEN_HERE\n",
        "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n",
        "password = \"********\"\n",
        "DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DBNAME\n",
        "SLACK_BOT_TOKEN=xoxb-your-bot-token\n",
        "api_key = \"REPLACE_ME\"  # set in your environment\n",
        "AWS_SECRET_ACCESS_KEY=<redacted>\n",
        "token: \"...\"\n",
        "Set `ANTHROPIC_API_KEY` to the key from the console (it starts with `sk-ant-`).\n",
    ]), "placeholder", "placeholder, not a credential"


def n_aws_example():
    return ("[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"
            if R.random() < 0.5 else
            "# from the AWS docs\nexport AWS_ACCESS_KEY_ID=AKIAI44QH8DHBEXAMPLE\nexport AWS_SECRET_ACCESS_KEY=je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY\n"), \
        "example_key", "AWS documented example keys"


def n_orders():
    rows = []
    for _ in range(R.randint(4, 7)):
        rows.append("| %s | %s | %s | shipped |" % (non_luhn(R.choice([13, 16])), "1Z" + rs(UP + DG, 16),
                                                    "2025-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28))))
    return "| order_no | tracking | date | status |\n|---|---|---|---|\n" + "\n".join(rows) + "\n", "order_number", \
        "order and tracking numbers failing Luhn"


def n_testcards():
    c = R.choice(sorted(PUBLISHED_TEST_CARDS))
    return R.choice([
        "def test_charge_succeeds(client):\n    resp = client.charge(card=\"%s\", exp=\"12/34\", cvc=\"123\")\n    assert resp.ok\n" % c,
        "Use the test card `%s` with any future expiry date and any CVC.\n" % c,
        "// Stripe test fixtures\nconst CARDS = { visa: '4242424242424242', mastercard: '5555555555554444', amex: '378282246310005' };\n",
    ]), "test_card_in_docs", "published test card numbers in tests/docs"


def n_form():
    return R.choice([
        "<label for=\"password\">Password</label>\n<input type=\"password\" id=\"password\" name=\"password\" minlength=\"12\" required>\n",
        "class LoginForm(forms.Form):\n    username = forms.CharField(max_length=150)\n    password = forms.CharField(widget=forms.PasswordInput)\n",
        "CREATE TABLE users (\n  id bigserial PRIMARY KEY,\n  email text NOT NULL,\n  password_hash text NOT NULL,\n  api_key_id uuid\n);\n",
        "parser.add_argument('--password', help='database password (or set DB_PASSWORD)')\n",
        "  password:\n    type: string\n    format: password\n    minLength: 12\n    description: The user's password.\n",
    ]), "code", "field definitions named password"


def n_redacted():
    return "%s INFO db: connecting host=pg-main user=app password=*** sslmode=require\n%s INFO http: Authorization: Bearer [REDACTED]\n" % (
        "2025-05-%02dT%02d:14:09Z" % (R.randint(1, 28), R.randint(0, 23)), "2025-05-01T12:00:00Z"), "log_line", "already-redacted log"


def n_b64img():
    data = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(R.randrange(256) for _ in range(90))).decode()
    return "<img alt=\"logo\" src=\"data:image/png;base64,%s\" />\n" % data, "base64_data", "inline base64 image"


def n_prose():
    return R.choice([
        "Rotate the API key every 90 days and store it in the secret manager; never commit tokens to the repo.\n",
        "The password policy requires at least 12 characters, one digit and one symbol.\n",
        "I couldn't find any credentials in the repository. The .env file only contains references like ${API_KEY}.\n",
        "GitHub personal access tokens start with ghp_ and fine-grained ones with github_pat_; revoke leaked ones at once.\n",
        "Set the token expiry to 3600 seconds and the refresh window to 86400.\n",
        "The build passed in 4m12s; 1,284 tests ran, 3 skipped.\n",
    ]), "prose", "prose about secrets without a value"


def n_versions():
    return "Python %s\nnode v%s\nterraform v%s\nkubectl Client Version: v%s\nbuild 2025.%02d.%04d\n" % (
        semver(), semver(), semver(), semver(), R.randint(1, 12), R.randint(1, 9999)), "version", "version strings"


def n_timestamps():
    ts = R.randint(1700000000, 1760000000)
    return "created_at=%d updated_at=%d000 duration_ms=%d trace_id=%s\n" % (ts, ts + 60, R.randint(10, 9999), rs(HEX, 32)), \
        "log_line", "epoch timestamps and trace id"


def n_iban_like():
    return "SWIFT/BIC: %s   Ref: %s   Invoice: INV-%s\n" % (R.choice(["DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "NWBKGB2L"]), bad_iban(), d(6)), \
        "iban_like", "IBAN-shaped reference with wrong check digits, and a BIC"


def n_phone_like():
    return R.choice([
        "Released 2025-03-14 12:30:45; see RFC 9110 section 15.5.2; ISBN 978-0-13-468599-1\n",
        "Coordinates: 48.858370, 2.294481; elevation 330.0 m\n",
        "Progress: 1234/5678 (21.7%)  eta 00:04:31\n",
        "Model trained for 1,500,000 steps at lr 3e-4; batch 512\n",
        "Ticket range 2025-0412-0099 to 2025-0412-0187 closed.\n",
    ]), "phone_like", "digit groups that are not phone numbers"


AGENT_NEG = [n_gitlog, n_lock, n_sha256, n_digest, n_uuid, n_envref, n_envref, n_placeholder, n_placeholder, n_aws_example,
             n_orders, n_testcards, n_form, n_redacted, n_b64img, n_prose, n_versions, n_timestamps, n_iban_like, n_phone_like]


# ================================================================ public-fixture style
def p_vendor():
    v, t = vendor()
    key = R.choice(["token", "api_key", "apiKey", "secret", "key", "auth_token", "credentials"])
    fmt = R.choice(['{k} = "{v}"', "{k}: {v}", "{k}={v}", "'{k}': '{v}',", "{v}", "const {k} = `{v}`;", "  - {v}"])
    pre, post = fmt.replace("{k}", key).split("{v}")
    return T(pre, (v, t), post), "vendor token %s" % t


def p_aws_pair():
    return T("aws_access_key_id=", (aws_id(), "aws_access_key_id"), " aws_secret_access_key=", (aws_secret(), "aws_secret_key")), "AWS pair"


def p_generic_pw():
    pw = password()
    if '"' in pw:
        return T("password = '", (pw.replace("'", ""), "password"), "'"), "generic password assignment"
    return T(R.choice(["password", "passwd", "pwd", "db_pass", "PASSWORD", "secret"]), R.choice([" = ", ": ", "="]), '"', (pw, "password"), '"'), \
        "generic password assignment"


def p_jwt():
    return T(R.choice(["jwt: ", "Authorization: Bearer ", "id_token=", ""]), (jwt(unsigned=R.random() < 0.3), "jwt")), "JWT"


def p_pem():
    return T((pem(R.choice(["rsa", "ec", "pkcs8", "openssh", "pgp"])), "private_key")), "private key block"


def p_url_pw():
    pw = url_safe_pw()
    return T(R.choice(["https", "ftp", "smtp", "postgres"]), "://", R.choice(["user", "admin", "bob"]), ":", (pw, "password"), "@", R.choice(["example.org", "mail.example.com", "files.example.net"]), "/"), \
        "password in URL userinfo"


def p_email():
    e = email()
    return T(R.choice(["My email is ", "Contact: ", "please write to ", "", "email="]), (e, "email"), R.choice(["", ".", " for details"])), "email address"


def p_phone():
    c, ph = phone()
    return T(R.choice(["Call me at ", "My number is ", "Tel: ", "phone: ", "WhatsApp "]), (ph, "phone"), R.choice(["", ".", " (mobile)"])), "phone number (%s)" % c


def p_card():
    return T(R.choice(["My credit card number is ", "card: ", "CC ", "Pay with "]), (card(), "credit_card"), R.choice(["", " exp 09/27", "."])), "Luhn-valid card"


def p_iban():
    return T(R.choice(["IBAN: ", "Please transfer to ", "Account ", ""]), (iban(), "iban")), "IBAN with valid check digits"


def p_natid():
    v, t = nat_id()
    return T(R.choice(["My %s is ", "%s: ", "%s ", "%s number "]) % ID_LABEL[t], (v, t)), "%s with valid checksum" % t


def p_slack_hook():
    return T((slack_hook(), "slack_webhook")), "Slack webhook"


def p_basic():
    b = base64.b64encode(("svc:" + url_safe_pw()).encode()).decode()
    return T("Authorization: Basic ", (b, "basic_auth")), "basic auth header"


def p_azure():
    return T("AccountKey=", (azure_key(), "azure_storage_key"), ";"), "Azure storage key"


def p_presidio():
    f, l = person()
    v, t = nat_id()
    c, ph = phone()
    return R.choice([
        lambda: T(f, " ", l, "'s ", ID_LABEL[t], " is ", (v, t), " and her phone is ", (ph, "phone")),
        lambda: T("Patient ", f, " ", l, ", ", ID_LABEL[t], " ", (v, t), ", contact ", (email(f, l), "email")),
        lambda: T("Kindly wire the amount to ", (iban(), "iban"), " and confirm via ", (ph, "phone")),
        lambda: T("Card ", (card(), "credit_card"), " belongs to ", f, " ", l, " (", ID_LABEL[t], " ", (v, t), ")"),
    ])(), "sentence with several personal-data entities"


def p_natid_bare():
    v, t = nat_id()
    return T((v, t)), "bare %s with valid checksum (fixture style)" % t


def p_header_token():
    v, t = vendor()
    h = R.choice(["X-API-Key: ", "Authorization: token ", "PRIVATE-TOKEN: ", "X-Auth-Token: ", "Cookie: auth_token="])
    return T(h, (v, t)), "token in HTTP header"


PUB_POS = [p_vendor] * 10 + [p_aws_pair, p_generic_pw, p_generic_pw, p_jwt, p_pem, p_url_pw, p_email, p_phone, p_phone, p_card,
                             p_iban, p_natid, p_natid, p_natid, p_natid, p_slack_hook, p_basic, p_azure, p_presidio,
                             p_presidio, p_natid_bare, p_header_token]


def q_neg():
    return R.choice([
        lambda: ("commit_sha = \"%s\"" % sha1(), "hash", "git SHA"),
        lambda: ("sha256: %s" % sha256(), "hash", "sha256 hex"),
        lambda: ("md5 = '%s'" % rs(HEX, 32), "hash", "md5 hex"),
        lambda: ("request_id: %s" % uuid4(), "uuid", "UUID"),
        lambda: ("\"version\": \"%s\"" % semver(), "version", "semver"),
        lambda: ("integrity sha512-%s" % integrity()[7:], "lockfile_integrity", "SRI hash"),
        lambda: (R.choice(["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                           "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"]), "example_key", "AWS doc example key"),
        lambda: (R.choice(["api_key = \"<API_KEY>\"", "token: ${TOKEN}", "password = os.environ['DB_PASS']",
                           "secret = get_secret('prod/api')", "PASSWORD=$(cat /run/secrets/db)",
                           "client_secret: {{ .Values.clientSecret }}", "password: !vault |", "apiKey: process.env.API_KEY"]),
                 "config_reference", "reference, not a value"),
        lambda: (R.choice(["api_key = \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"", "password = 'password'", "token = \"insert_key_here\"",
                           "secret_key: your_secret_key", "API_KEY=abc123", "password=<password>", "ghp_************************************",
                           "password = \"\"", "sk-...", "Bearer <token>", "key: \"TODO\""]), "placeholder", "placeholder value"),
        lambda: ("Order #%s" % non_luhn(R.choice([13, 16])), "order_number", "number failing Luhn"),
        lambda: ("tracking: %s" % non_luhn(R.choice([13, 16])), "order_number", "tracking number failing Luhn"),
        lambda: ("Test card: %s" % R.choice(sorted(PUBLISHED_TEST_CARDS)), "test_card_in_docs", "published test card"),
        lambda: ("ref %s" % bad_iban(), "iban_like", "IBAN-shaped with wrong check digits"),
        lambda: ("timestamp=%d" % R.randint(1600000000000, 1760000000000), "log_line", "epoch millis"),
        lambda: ("user=alice password=[REDACTED] status=401", "log_line", "redacted log"),
        lambda: ("password: ********", "log_line", "masked value"),
        lambda: ("data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==", "base64_data", "1px gif"),
        lambda: ("font-src: url(data:font/woff2;base64,%s)" % base64.b64encode(bytes(R.randrange(256) for _ in range(48))).decode(), "base64_data", "inline font"),
        lambda: ("<input type=\"password\" name=\"password\" autocomplete=\"current-password\">", "code", "password field"),
        lambda: ("if password == confirm_password:", "code", "code comparing variables"),
        lambda: ("def get_api_key(self) -> str:", "code", "function name"),
        lambda: ("PASSWORD_MIN_LENGTH = 12", "code", "config constant"),
        lambda: ("color: #%s; background: #%s;" % (rs(HEX, 6), rs(HEX, 6)), "code", "hex colours"),
        lambda: ("The token expires after 3600 seconds.", "prose", "prose"),
        lambda: ("Call 911 in an emergency; dial 112 in the EU.", "phone_like", "emergency short codes"),
        lambda: ("v%s-rc.%d+build.%s" % (semver(), R.randint(1, 9), rs(HEX, 7)), "version", "prerelease version"),
        lambda: ("docker.io/library/nginx@sha256:%s" % sha256(), "hash", "image digest"),
        lambda: ("x-amz-request-id: %s" % rs(UP + DG, 16), "log_line", "AWS request id"),
        lambda: ("ETag: \"%s\"" % rs(HEX, 32), "hash", "etag"),
        lambda: ("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s deploy@ci" % rs(B64, 43), "code", "public key, not private"),
        lambda: ("-----BEGIN CERTIFICATE-----\nMIIB" + rs(B64, 60) + "\n-----END CERTIFICATE-----", "code", "certificate is public"),
        lambda: ("ISBN 978-%s-%s-%s-%s" % tuple(next(
            (s[3], s[4:7], s[7:12], s[12]) for s in iter(lambda: "978" + d(10), None) if not luhn_ok(s))),
            "phone_like", "ISBN-shaped number, not a card (fails Luhn)"),
        lambda: ("2025-11-%02d 14:%02d:%02d.%s" % (R.randint(1, 28), R.randint(0, 59), R.randint(0, 59), d(6)), "log_line", "timestamp"),
    ])()


# ================================================================ assemble
def main():
    out, seen = [], set()

    def add(text, spans, cls, src, reason):
        if text in seen:
            return False
        seen.add(text)
        out.append({"text": text, "spans": spans, "class": cls, "source": src, "reason": reason})
        return True

    n = 0
    while n < 200:
        (text, spans), reason = R.choice(AGENT_POS)()
        n += add(text, spans, "positive", "agent", reason)
    n = 0
    while n < 105:
        text, cls, reason = R.choice(AGENT_NEG)()
        n += add(text, [], cls, "agent", reason)
    n = 0
    while n < 185:
        (text, spans), reason = R.choice(PUB_POS)()
        n += add(text, spans, "positive", "public", reason)
    n = 0
    tries = 0
    while n < 125 and tries < 5000:
        tries += 1
        text, cls, reason = q_neg()
        n += add(text, [], cls, "public", reason)
    R.shuffle(out)
    with open(OUT, "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(out), "records to", OUT)


if __name__ == "__main__":
    main()
