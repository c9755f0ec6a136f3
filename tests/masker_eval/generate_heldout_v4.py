"""Generator for the blind masker evaluation set v4 (issue 16).

Writes tests/masker_eval/heldout_v4.jsonl. Every value is synthetic and produced here
with a fixed seed in its real format (prefix, length, alphabet, checksum). Cases are
data only; nothing in them is ever executed.

DO NOT TUNE ON THIS SET. See HELDOUT_V4.md.
"""
import base64
import json
import os
import random
import string
import zlib

import phonenumbers

R = random.Random(4_160_2026)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout_v4.jsonl")

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
ALNUM = UP + LO + DG
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URL = ALNUM + "-_"
B62 = DG + UP + LO

CASES = []
SEEN = set()


def rs(n, alpha=ALNUM):
    while True:
        s = "".join(R.choice(alpha) for _ in range(n))
        # avoid degenerate values: mixed classes when the alphabet allows them
        if n >= 12 and alpha in (ALNUM, B64, URL):
            if not (any(c.isupper() for c in s) and any(c.islower() for c in s) and any(c.isdigit() for c in s)):
                continue
        return s


def d(n, first="123456789"):
    return R.choice(first) + "".join(R.choice(DG) for _ in range(n - 1))


def add(source, cls, parts, reason):
    text, spans = "", []
    for p in parts:
        if isinstance(p, tuple):
            typ, val = p
            spans.append({"start": len(text), "end": len(text) + len(val), "type": typ})
            text += val
        else:
            text += p
    if spans:
        assert cls == "positive"
    else:
        assert cls != "positive"
    if text in SEEN:
        return False
    SEEN.add(text)
    CASES.append({"text": text, "spans": spans, "class": cls, "source": source, "reason": reason})


# ---------------------------------------------------------------- credentials
def aws_id(prefix="AKIA"):
    return prefix + rs(16, UP + "234567")


def aws_secret():
    return rs(40, B64)


def b62(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def gh_token(prefix="ghp_"):
    body = rs(30)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def npm_token():
    body = rs(30)
    return "npm_" + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def gh_fine():
    return "github_pat_11" + rs(20, UP + DG) + "_" + rs(59)


def slack_bot():
    return "xoxb-%s-%s-%s" % (d(11), d(13), rs(24))


def slack_user():
    return "xoxp-%s-%s-%s-%s" % (d(11), d(11), d(13), rs(32, HEX))


def slack_app():
    return "xapp-1-A%s-%s-%s" % (rs(10, UP + DG), d(13), rs(64, HEX))


def slack_hook():
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(8, UP + DG), rs(10, UP + DG), rs(24))


def stripe(prefix="sk_live_"):
    return prefix + "51" + rs(R.choice([96, 97, 99]))


def openai_key():
    return "sk-proj-" + rs(74, URL) + "T3BlbkFJ" + rs(74, URL)


def openai_legacy():
    return "sk-" + rs(20) + "T3BlbkFJ" + rs(20)


def anthropic_key(kind="api03"):
    return "sk-ant-%s-" % kind + rs(93, URL) + "AA"


def google_key():
    return "AIza" + rs(35, URL)


def sendgrid():
    return "SG." + rs(22, URL) + "." + rs(43, URL)


def pypi():
    return "pypi-AgEIcHlwaS5vcmc" + rs(R.choice([64, 120, 150]), URL)


def vault_token():
    return "hvs." + rs(24) if R.random() < 0.5 else "hvs.CAESI" + rs(R.choice([86, 90]), URL)


def tfc_token():
    return rs(14) + ".atlasv1." + rs(67)


def azure_key():
    return base64.b64encode(bytes(R.randrange(256) for _ in range(64))).decode()


def azure_sig():
    raw = base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode()
    return raw.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")


def discord_token():
    sf = str(R.randrange(10 ** 17, 13 * 10 ** 17))
    return base64.urlsafe_b64encode(sf.encode()).decode().rstrip("=") + "." + rs(6, URL) + "." + rs(R.choice([27, 38]), URL)


def telegram():
    return "%s:AA%s" % (d(10, "5678"), rs(33, URL))


def b64url(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt(alg="HS256", signed=True):
    head = b64url({"alg": alg, "typ": "JWT"})
    body = b64url({"sub": rs(8, LO + DG), "iat": R.randrange(1730000000, 1760000000),
                   "exp": R.randrange(1760000000, 1790000000), "scope": R.choice(["read write", "admin", "api"])})
    if not signed:
        return head + "." + body + "."
    return head + "." + body + "." + rs(43 if alg.startswith("HS") else 342, URL)


def pem(kind="RSA PRIVATE KEY", lines=None, escaped=False):
    start = {"RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA", "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
             "EC PRIVATE KEY": "MHcCAQEEI", "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAA",
             "ENCRYPTED PRIVATE KEY": "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI"}[kind]
    n = lines or {"RSA PRIVATE KEY": 25, "PRIVATE KEY": 26, "EC PRIVATE KEY": 3,
                  "OPENSSH PRIVATE KEY": 6, "ENCRYPTED PRIVATE KEY": 27}[kind]
    width = 70 if kind == "OPENSSH PRIVATE KEY" else 64
    body = start + rs(width * n - len(start) - R.randrange(5, 30), B64)
    rows = [body[i:i + width] for i in range(0, len(body), width)]
    if kind != "OPENSSH PRIVATE KEY" and len(rows[-1]) % 4:
        rows[-1] = rows[-1] + "=" * (4 - len(rows[-1]) % 4)
    nl = "\\n" if escaped else "\n"
    return "-----BEGIN %s-----%s%s%s-----END %s-----" % (kind, nl, nl.join(rows), nl, kind)


def pgp_key():
    body = "lQOYBG" + rs(64 * 14 - 6 - 17, B64)
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + "\n".join(rows) + "\n=" + rs(4, B64)
            + "\n-----END PGP PRIVATE KEY BLOCK-----")


WORDS = ("maple orbit canyon velvet lantern quartz harbor ember willow falcon cobalt meadow "
         "thunder pepper saddle glacier orchid copper nimbus tundra violet marble rocket").split()


def password():
    kind = R.random()
    if kind < 0.35:
        return rs(R.randrange(12, 20), ALNUM + "!#%&*+-=?@^_{}~$.,:")
    if kind < 0.55:
        return "-".join(R.choice(WORDS) for _ in range(4))
    if kind < 0.7:
        return R.choice(WORDS).capitalize() + d(4) + R.choice("!?#$%")
    if kind < 0.85:
        return rs(R.randrange(16, 28), ALNUM + "%{}[]()<>;|")
    return rs(24, ALNUM)


def url_pw():
    # password safe inside a URL userinfo (no @ / : # ?)
    return R.choice(ALNUM) + rs(R.randrange(12, 22), ALNUM + "!*-_.~$")


def hexs(n):
    return rs(n, HEX)


# generic vendor list: (type, factory)
VENDORS = [
    ("gitlab_token", lambda: "glpat-" + rs(20, URL)),
    ("gitlab_token", lambda: "glft-" + rs(20, URL)),
    ("gitlab_token", lambda: "gldt-" + rs(20, URL)),
    ("gitlab_token", lambda: "glrt-" + rs(20, URL)),
    ("gitlab_token", lambda: "GR1348941" + rs(20, URL)),
    ("gitlab_token", lambda: "glptt-" + hexs(40)),
    ("github_token", gh_token),
    ("github_token", lambda: gh_token("gho_")),
    ("github_token", lambda: gh_token("ghu_")),
    ("github_token", lambda: gh_token("ghs_")),
    ("github_token", lambda: gh_token("ghr_")),
    ("github_token", gh_fine),
    ("slack_token", slack_bot),
    ("slack_token", slack_user),
    ("slack_token", slack_app),
    ("slack_webhook", slack_hook),
    ("stripe_key", stripe),
    ("stripe_key", lambda: stripe("rk_live_")),
    ("stripe_key", lambda: "whsec_" + rs(32)),
    ("openai_key", openai_key),
    ("openai_key", openai_legacy),
    ("openai_key", lambda: "sk-svcacct-" + rs(74, URL) + "T3BlbkFJ" + rs(74, URL)),
    ("anthropic_key", anthropic_key),
    ("anthropic_key", lambda: anthropic_key("admin01")),
    ("google_api_key", google_key),
    ("google_oauth_secret", lambda: "GOCSPX-" + rs(28, URL)),
    ("twilio_key", lambda: "SK" + hexs(32)),
    ("sendgrid_key", sendgrid),
    ("mailgun_key", lambda: "key-" + hexs(32)),
    ("npm_token", npm_token),
    ("pypi_token", pypi),
    ("shopify_token", lambda: "shpat_" + hexs(32)),
    ("shopify_token", lambda: "shpss_" + hexs(32)),
    ("shopify_token", lambda: "shpca_" + hexs(32)),
    ("vault_token", vault_token),
    ("terraform_token", tfc_token),
    ("digitalocean_token", lambda: "dop_v1_" + hexs(64)),
    ("digitalocean_token", lambda: "doo_v1_" + hexs(64)),
    ("discord_token", discord_token),
    ("telegram_bot_token", telegram),
    ("huggingface_token", lambda: "hf_" + rs(34, UP + LO)),
    ("grafana_token", lambda: "glsa_" + rs(32) + "_" + hexs(8)),
    ("dockerhub_token", lambda: "dckr_pat_" + rs(27, URL)),
    ("postman_key", lambda: "PMAK-" + hexs(24) + "-" + hexs(34)),
    ("databricks_token", lambda: "dapi" + hexs(32)),
    ("newrelic_key", lambda: "NRAK-" + rs(27, UP + DG)),
    ("linear_key", lambda: "lin_api_" + rs(40)),
    ("pulumi_token", lambda: "pul-" + hexs(40)),
    ("supabase_token", lambda: "sbp_" + hexs(40)),
    ("age_secret_key", lambda: "AGE-SECRET-KEY-1" + rs(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")),
    ("replicate_token", lambda: "r8_" + rs(37)),
    ("groq_key", lambda: "gsk_" + rs(52)),
    ("brevo_key", lambda: "xkeysib-" + hexs(64) + "-" + rs(16)),
    ("rubygems_key", lambda: "rubygems_" + hexs(48)),
    ("nuget_key", lambda: "oy2" + rs(43, LO + DG)),
    ("flutterwave_key", lambda: "FLWSECK-" + hexs(32) + "-X"),
    ("easypost_key", lambda: "EZAK" + rs(54)),
    ("planetscale_token", lambda: "pscale_tkn_" + rs(43, URL)),
    ("shippo_token", lambda: "shippo_live_" + hexs(40)),
    ("contentful_token", lambda: "CFPAT-" + rs(43, URL)),
    ("doppler_token", lambda: "dp.pt." + rs(43)),
    ("alibaba_key", lambda: "LTAI" + rs(20)),
    ("figma_token", lambda: "figd_" + rs(40, URL)),
    ("perplexity_key", lambda: "pplx-" + rs(48)),
    ("notion_token", lambda: "ntn_" + d(11) + rs(35)),
    ("notion_token", lambda: "secret_" + rs(43)),
    ("square_token", lambda: "EAAA" + rs(60, URL)),
    ("square_token", lambda: "sq0csp-" + rs(43, URL)),
    ("dropbox_token", lambda: "sl." + rs(135, URL)),
    ("flyio_token", lambda: "fo1_" + rs(43, URL)),
    ("bitbucket_token", lambda: "ATBB" + rs(32)),
    ("atlassian_token", lambda: "ATATT3xFfGF0" + rs(170, URL) + "=" + rs(8, "0123456789ABCDEF")),
    ("openrouter_key", lambda: "sk-or-v1-" + hexs(64)),
    ("prefect_key", lambda: "pnu_" + rs(36)),
    ("adafruit_key", lambda: "aio_" + rs(28)),
    ("airtable_token", lambda: "pat" + rs(14) + "." + hexs(64)),
    ("frameio_token", lambda: "fio-u-" + rs(64, URL)),
    ("clojars_token", lambda: "CLOJARS_" + hexs(60)),
    ("typeform_token", lambda: "tfp_" + rs(44, URL) + "_" + rs(14)),
    ("readme_key", lambda: "rdme_" + rs(70, LO + DG)),
    ("scalingo_token", lambda: "tk-us-" + rs(48, URL)),
    ("mapbox_token", lambda: "sk.eyJ1Ijoi" + rs(50) + "." + rs(22, URL)),
    ("aws_session_token", lambda: "FwoGZXIvYXdzE" + rs(300, B64)),
]

# ---------------------------------------------------------------- personal data
FIRST = ["Maria", "Jonas", "Aisha", "Wei", "Lucas", "Emma", "Rahul", "Sofia", "Kenji", "Olga", "Mateo", "Chloe",
         "Tomasz", "Ingrid", "Pedro", "Fatima", "Liam", "Noor", "Hannah", "Diego", "Yuki", "Priya", "Sven",
         "Amara", "Luca", "Camille", "Ahmed", "Elena", "Jakub", "Beatriz"]
LAST = ["Fischer", "Okafor", "Nakamura", "Silva", "Kowalski", "Dubois", "Rossi", "Johansson", "Patel", "Garcia",
        "Brennan", "Novak", "Haddad", "Schmidt", "Moreau", "Lindqvist", "Tanaka", "Oliveira", "Murphy", "Kaur",
        "Van Dijk", "Costa", "Andersen", "Ramirez", "Weber", "Khan", "Ferreira", "Bianchi", "Larsen", "Young"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "gmx.net", "proton.me", "icloud.com", "orange.fr",
           "hotmail.it", "acme-logistics.de", "northwind-health.com", "brightpath.io", "kestrel-bank.co.uk",
           "uni-heidelberg.de", "fjordline-travel.no", "tiendaverde.es", "mapleridge.ca", "sakura-trading.co.jp",
           "outlook.com.br", "bluewave.com.au"]


def person():
    return R.choice(FIRST), R.choice(LAST)


def email(f=None, l=None):
    f, l = (f, l) if f else person()
    lf, ll = f.lower(), l.lower().replace(" ", "")
    local = R.choice(["%s.%s" % (lf, ll), "%s%s" % (lf[0], ll), "%s_%s%s" % (lf, ll, d(2)), "%s+%s" % (lf, R.choice(["invoices", "news", "github"])),
                      "%s.%s" % (ll, lf[0]), "%s%s" % (lf, d(4))])
    return local + "@" + R.choice(DOMAINS)


PHONE_FORMATS = {
    "US": [lambda: "(%s) %s-%s" % (R.choice(["212", "415", "312", "617", "206", "303", "512", "404", "713", "602", "917", "646"]), d(3, "2346789"), d(4, DG)),
           lambda: "%s-%s-%s" % (R.choice(["718", "503", "214", "305", "818", "619"]), d(3, "2346789"), d(4, DG)),
           lambda: "+1 %s %s %s" % (R.choice(["201", "347", "425", "480", "720"]), d(3, "2346789"), d(4, DG)),
           lambda: "%s.%s.%s" % (R.choice(["609", "773", "832", "971"]), d(3, "2346789"), d(4, DG))],
    "CA": [lambda: "(%s) %s-%s" % (R.choice(["604", "416", "514", "403", "613"]), d(3, "2346789"), d(4, DG))],
    "GB": [lambda: "07%s %s" % (d(3, "45789"), d(6, DG)), lambda: "+44 7%s %s" % (d(3, "45789"), d(6, DG)),
           lambda: "020 3%s %s" % (d(3, DG), d(4, DG)), lambda: "+44 (0)161 %s %s" % (d(3, "2-9".replace("-", "345678")), d(4, DG))],
    "DE": [lambda: "+49 30 %s" % d(8, "2-9".replace("-", "345678")), lambda: "0151 %s" % d(8, "2-9".replace("-", "345678")),
           lambda: "+49 (0)89 %s %s" % (d(4, "2-9".replace("-", "345678")), d(4, DG)), lambda: "0171/%s" % d(7, "2-9".replace("-", "345678"))],
    "FR": [lambda: "06 %s %s %s %s" % (d(2, DG), d(2, DG), d(2, DG), d(2, DG)), lambda: "+33 6 %s %s %s %s" % (d(2, DG), d(2, DG), d(2, DG), d(2, DG)),
           lambda: "01.%s.%s.%s.%s" % (d(2, "2345678"), d(2, DG), d(2, DG), d(2, DG))],
    "ES": [lambda: "+34 6%s %s %s" % (d(2, DG), d(3, DG), d(3, DG)), lambda: "91 %s %s %s" % (d(3, "2345678"), d(2, DG), d(2, DG))],
    "IT": [lambda: "+39 3%s %s %s" % (d(2, "234"), d(3, DG), d(4, DG)), lambda: "06 %s %s" % (d(4, "2345678"), d(4, DG))],
    "NL": [lambda: "+31 6 %s" % d(8, DG), lambda: "06-%s" % d(8, "123456789"), lambda: "020 %s %s" % (d(3, "2345678"), d(4, DG))],
    "IN": [lambda: "+91 9%s %s" % (d(4, DG), d(5, DG)), lambda: "+91-8%s%s" % (d(4, DG), d(5, DG))],
    "AU": [lambda: "+61 4%s %s %s" % (d(2, DG), d(3, DG), d(3, DG)), lambda: "(02) 9%s %s" % (d(3, DG), d(4, DG)), lambda: "04%s %s %s" % (d(2, DG), d(3, DG), d(3, DG))],
    "JP": [lambda: "090-%s-%s" % (d(4, "2345678"), d(4, DG)), lambda: "+81 3-%s-%s" % (d(4, "2345678"), d(4, DG))],
    "BR": [lambda: "+55 11 9%s-%s" % (d(4, "6789"), d(4, DG)), lambda: "(21) 9%s-%s" % (d(4, "6789"), d(4, DG))],
    "SE": [lambda: "+46 70 %s %s %s" % (d(3, DG), d(2, DG), d(2, DG)), lambda: "08-%s %s" % (d(3, "2345678"), d(3, DG))],
    "PL": [lambda: "+48 5%s %s %s" % (d(2, "0-9".replace("-", "12345678")), d(3, DG), d(3, DG))],
    "MX": [lambda: "+52 55 %s %s" % (d(4, "1-9".replace("-", "2345678")), d(4, DG))],
    "ZA": [lambda: "+27 82 %s %s" % (d(3, DG), d(4, DG))],
    "SG": [lambda: "+65 9%s %s" % (d(3, DG), d(4, DG))],
    "CH": [lambda: "+41 79 %s %s %s" % (d(3, "123456789"), d(2, DG), d(2, DG))],
    "IE": [lambda: "+353 87 %s %s" % (d(3, "123456789"), d(4, DG))],
}


def phone(region=None):
    region = region or R.choice(list(PHONE_FORMATS))
    for _ in range(500):
        s = R.choice(PHONE_FORMATS[region])()
        try:
            n = phonenumbers.parse(s, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(n) and "555" not in s[:9]:
            return s
    raise RuntimeError(region)


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


TEST_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444", "378282246310005", "4000056655665556",
              "5105105105105100", "6011111111111117", "4012888888881881", "371449635398431", "3530111333300000",
              "4000000000000002", "2223003122003222", "6011000990139424", "30569309025904", "38520000023237"}


def card(fmt=None):
    brand = R.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])
    pre, n = {"visa": ("4", 16), "mc": (R.choice(["51", "52", "53", "54", "55"]), 16), "mc2": (str(R.randrange(2221, 2721)), 16),
              "amex": (R.choice(["34", "37"]), 15), "disc": ("6011", 16), "jcb": ("35" + str(R.randrange(28, 90)), 16)}[brand]
    while True:
        body = pre + "".join(R.choice(DG) for _ in range(n - len(pre) - 1))
        num = body + luhn_digit(body)
        if num not in TEST_CARDS:
            break
    fmt = fmt or R.choice(["plain", "space", "dash"])
    if fmt == "plain":
        return num
    sep = " " if fmt == "space" else "-"
    if n == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def not_luhn(n):
    while True:
        s = d(n)
        if not luhn_ok(s):
            return s


def iban_check(cc, bban):
    conv = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return "%02d" % (98 - int(conv) % 97)


def es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    v = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    return str({10: 1, 11: 0}.get(v, v))


def fr_rib(bank, branch, acct):
    return "%02d" % (97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)


def iban(cc=None, grouped=None):
    cc = cc or R.choice(["DE", "GB", "NL", "FR", "ES", "BE", "AT", "CH", "IE"])
    if cc == "DE":
        bban = d(8) + d(10, DG)
    elif cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + d(6) + d(8, DG)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI"]) + d(6, "9") + d(8, DG)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO", "TRIO", "KNAB"]) + d(10, "0123456789")
    elif cc == "FR":
        bank, branch, acct = d(5, "123"), d(5, DG), d(11, DG)
        bban = bank + branch + acct + fr_rib(bank, branch, acct)
    elif cc == "ES":
        bank, branch, acct = R.choice(["2100", "0049", "0182", "2085", "0081"]), d(4, DG), d(10, DG)
        bban = bank + branch + es_dc("00" + bank + branch) + es_dc(acct) + acct
    elif cc == "BE":
        ten = R.choice(["001", "063", "068", "230", "290", "310", "363", "734", "735", "751"]) + d(7, DG)
        chk = int(ten) % 97 or 97
        bban = ten + "%02d" % chk
    elif cc == "AT":
        bban = d(5, "1234") + d(11, DG)
    else:  # CH
        bban = "00" + d(3, "2-9".replace("-", "345678")) + d(12, DG)
    s = cc + iban_check(cc, bban) + bban
    if grouped is None:
        grouped = R.random() < 0.6
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


# national ids -----------------------------------------------------------------
def us_ssn(sep=None):
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            break
    g, s = R.randrange(1, 100), R.randrange(1, 10000)
    sep = R.choice(["-", "-", " ", "."]) if sep is None else sep
    return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)


def uk_nino(spaced=None):
    bad1, bad2 = set("DFIQUV"), set("DFIOQUV")
    while True:
        p = R.choice(UP) + R.choice(UP)
        if p[0] not in bad1 and p[1] not in bad2 and p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    digs = d(6, DG)
    suf = R.choice("ABCD")
    if spaced is None:
        spaced = R.random() < 0.5
    return "%s %s %s %s %s" % (p, digs[:2], digs[2:4], digs[4:], suf) if spaced else p + digs + suf


def de_steuer_id():
    while True:
        digs = R.sample(DG, 9)
        if digs[0] == "0":
            continue
        dup = R.choice(digs)
        pos = R.randrange(1, 10)
        ten = digs[:]
        ten.insert(pos, dup)
        ten = "".join(ten)
        if ten[0] == "0":
            continue
        prod = 10
        for ch in ten:
            s = (int(ch) + prod) % 10 or 10
            prod = (s * 2) % 11
        chk = (11 - prod) % 10
        return ten + str(chk)


def fr_nir():
    sex = R.choice("12")
    base = sex + "%02d" % R.randrange(50, 100) + "%02d" % R.randrange(1, 13) + "%02d" % R.randrange(1, 96) + "%03d" % R.randrange(1, 990) + "%03d" % R.randrange(1, 999)
    if base[5:7] == "20":
        base = base[:5] + "75" + base[7:]
    key = 97 - int(base) % 97
    return "%s %s %s %s %s %s %02d" % (base[0], base[1:3], base[3:5], base[5:7], base[7:10], base[10:13], key)


DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni():
    n = R.randrange(10000000, 99999999)
    return "%08d%s" % (n, DNI_L[n % 23])


def es_nie():
    p = R.choice("XYZ")
    n = R.randrange(1000000, 9999999)
    return "%s%07d%s" % (p, n, DNI_L[int("XYZ".index(p).__str__() + "%07d" % n) % 23])


CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16,
                   10, 22, 25, 24, 23]))


def it_cf():
    s = rs(3, "BCDFGLMNPRSTVZ") + rs(3, "BCDFGLMNPRSTVZ") + "%02d" % R.randrange(50, 100) + R.choice("ABCDEHLMPRST")
    day = R.randrange(1, 29) + R.choice([0, 40])
    s += "%02d" % day + R.choice(["H501", "F205", "L219", "A944", "G273", "D612"])
    tot = 0
    for i, ch in enumerate(s):
        if i % 2 == 0:
            tot += CF_ODD[ch]
        else:
            tot += int(ch) if ch.isdigit() else ord(ch) - 65
    return s + chr(65 + tot % 26)


def nl_bsn():
    while True:
        s = d(8, "123456")
        tot = sum(int(c) * w for c, w in zip(s, range(9, 1, -1)))
        last = tot % 11
        if last < 10:
            return s + str(last)


def pl_pesel():
    y = R.randrange(50, 105)
    m = R.randrange(1, 13) + (20 if y >= 100 else 0)
    s = "%02d%02d%02d%04d" % (y % 100, m, R.randrange(1, 29), R.randrange(0, 10000))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return s + str((10 - sum(int(c) * x for c, x in zip(s, w)) % 10) % 10)


VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
      [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
for _i in range(2, 8):
    VP.append([VP[_i - 1][VP[1][j]] for j in range(10)])
VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar():
    while True:
        s = d(11, "23456789")
        c = 0
        for i, ch in enumerate(reversed(s)):
            c = VD[c][VP[(i + 1) % 8][int(ch)]]
        full = s + str(VINV[c])
        if full != full[::-1]:
            return "%s %s %s" % (full[:4], full[4:8], full[8:])


def au_tfn():
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        s = d(9)
        if sum(int(c) * x for c, x in zip(s, w)) % 11 == 0:
            return "%s %s %s" % (s[:3], s[3:6], s[6:])


def au_medicare():
    s = d(8, "23456")
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    chk = sum(int(c) * x for c, x in zip(s, w)) % 10
    full = s + str(chk) + d(1, "123456789")
    return "%s %s %s" % (full[:4], full[4:9], full[9])


def jp_mynumber():
    s = d(11, DG)
    tot = 0
    for n in range(1, 12):
        p = int(s[11 - n])
        q = n + 1 if n <= 6 else n - 5
        tot += p * q
    r = tot % 11
    return s + str(0 if r <= 1 else 11 - r)


def br_cpf():
    while True:
        s = d(9, DG)
        if len(set(s)) > 1:
            break
    for k in (10, 11):
        tot = sum(int(c) * w for c, w in zip(s, range(k, 1, -1)))
        r = tot * 10 % 11 % 10
        s += str(r)
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])


def br_cnpj():
    s = d(8, DG) + "0001"
    for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        r = sum(int(c) * x for c, x in zip(s, w)) % 11
        s += str(0 if r < 2 else 11 - r)
    return "%s.%s.%s/%s-%s" % (s[:2], s[2:5], s[5:8], s[8:12], s[12:])


def ca_sin():
    body = d(8, "1234567")
    s = body + luhn_digit(body)
    return "%s %s %s" % (s[:3], s[3:6], s[6:]) if R.random() < 0.6 else "%s-%s-%s" % (s[:3], s[3:6], s[6:])


def se_pnr():
    y, m, dd = R.randrange(50, 100), R.randrange(1, 13), R.randrange(1, 29)
    s = "%02d%02d%02d%03d" % (y, m, dd, R.randrange(0, 1000))
    return s[:6] + "-" + s[6:] + luhn_digit(s)


def fi_hetu():
    dd, mm, yy = R.randrange(1, 29), R.randrange(1, 13), R.randrange(50, 100)
    ind = R.randrange(2, 900)
    n = int("%02d%02d%02d%03d" % (dd, mm, yy, ind))
    return "%02d%02d%02d-%03d%s" % (dd, mm, yy, ind, "0123456789ABCDEFHJKLMNPRSTUVWXY"[n % 31])


def no_fnr():
    while True:
        s = "%02d%02d%02d%03d" % (R.randrange(1, 29), R.randrange(1, 13), R.randrange(50, 100), R.randrange(500, 750) if False else R.randrange(0, 500))
        w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
        k1 = 11 - sum(int(c) * x for c, x in zip(s, w1)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        s += str(k1)
        w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        k2 = 11 - sum(int(c) * x for c, x in zip(s, w2)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return s + str(k2)


def ch_ahv():
    s = "756" + d(9, DG)
    tot = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(s))
    s += str((10 - tot % 10) % 10)
    return "%s.%s.%s.%s" % (s[:3], s[3:7], s[7:11], s[11:])


NAT_IDS = [("us_ssn", us_ssn), ("uk_nino", uk_nino), ("de_steuer_id", de_steuer_id), ("fr_nir", fr_nir),
           ("es_dni", es_dni), ("es_nie", es_nie), ("it_codice_fiscale", it_cf), ("nl_bsn", nl_bsn),
           ("pl_pesel", pl_pesel), ("in_aadhaar", aadhaar), ("au_tfn", au_tfn), ("au_medicare", au_medicare),
           ("jp_my_number", jp_mynumber), ("br_cpf", br_cpf), ("br_cnpj", br_cnpj), ("ca_sin", ca_sin),
           ("se_personnummer", se_pnr), ("fi_hetu", fi_hetu), ("no_fodselsnummer", no_fnr), ("ch_ahv", ch_ahv)]
NAT_LABEL = {"us_ssn": "SSN", "uk_nino": "National Insurance number", "de_steuer_id": "Steuer-ID",
             "fr_nir": "numéro de sécurité sociale", "es_dni": "DNI", "es_nie": "NIE", "it_codice_fiscale": "codice fiscale",
             "nl_bsn": "BSN", "pl_pesel": "PESEL", "in_aadhaar": "Aadhaar", "au_tfn": "TFN", "au_medicare": "Medicare number",
             "jp_my_number": "マイナンバー", "br_cpf": "CPF", "br_cnpj": "CNPJ", "ca_sin": "SIN", "se_personnummer": "personnummer",
             "fi_hetu": "henkilötunnus", "no_fodselsnummer": "fødselsnummer", "ch_ahv": "AHV-Nr."}

# ---------------------------------------------------------------- look-alike helpers


def sha(n=40):
    return hexs(n)


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def integrity():
    return "sha512-" + base64.b64encode(bytes(R.randrange(256) for _ in range(64))).decode()


def semver():
    return "%d.%d.%d" % (R.randrange(0, 20), R.randrange(0, 40), R.randrange(0, 30))


def isbn13():
    s = "978" + d(9, DG)
    tot = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(s))
    return s + str((10 - tot % 10) % 10)


def png_b64(n=180):
    raw = bytes.fromhex("89504e470d0a1a0a0000000d49484452") + bytes(R.randrange(256) for _ in range(n))
    return base64.b64encode(raw).decode()


# ================================================================ agent: positives
A = "agent"
HOSTS = ["db.internal.acme-logistics.de", "pg-prod-eu1.northwind.svc.cluster.local", "mysql.staging.brightpath.io",
         "redis-cache-01.kestrel.local", "orders-db.c9xk2m4p.eu-west-1.rds.amazonaws.com", "mongo-rs0.fjordline.net"]


def vendor():
    t, fn = R.choice(VENDORS)
    return t, fn()


def a_env():
    t1, v1 = vendor()
    t2, v2 = vendor()
    pw = password().replace(" ", "")
    if "#" in pw or "$" in pw:
        pw = pw.replace("#", "h").replace("$", "s")
    add(A, "positive", ["# .env (do not commit)\nNODE_ENV=production\nPORT=8080\nDATABASE_HOST=", R.choice(HOSTS),
                        "\nDATABASE_USER=app\nDATABASE_PASSWORD=", ("password", pw), "\n", t1.upper(), "=", (t1, v1),
                        "\n", t2.upper(), "_SECRET=", (t2, v2), "\nLOG_LEVEL=info\nFEATURE_FLAGS=checkout_v2,dark_mode\n"],
        "cat .env output with a DB password and two vendor credentials")


def a_env_empty_next():
    t, v = vendor()
    add(A, "positive", ["$ grep -n KEY .env.local\n3:STRIPE_PUBLISHABLE_KEY=\n4:", t.upper(), "=", (t, v),
                        "\n5:SENTRY_DSN=\n6:ENCRYPTION_KEY=\n"],
        "env file with empty values next to one real credential; empty values must not pull in the next line")


def a_aws_creds():
    kid, sec = aws_id(), aws_secret()
    prof = R.choice(["default", "prod-admin", "ci-deployer", "billing-readonly"])
    add(A, "positive", ["$ cat ~/.aws/credentials\n[", prof, "]\naws_access_key_id = ", ("aws_access_key_id", kid),
                        "\naws_secret_access_key = ", ("aws_secret_key", sec), "\nregion = ", R.choice(["eu-central-1", "us-east-1", "ap-southeast-2"]), "\n"],
        "AWS shared credentials file: key id and secret key")


def a_aws_export():
    kid, sec, tok = aws_id("ASIA"), aws_secret(), "IQoJb3JpZ2luX2VjE" + rs(260, B64)
    add(A, "positive", ["Run these in your shell before retrying the deploy:\n\n```bash\nexport AWS_ACCESS_KEY_ID=", ("aws_access_key_id", kid),
                        "\nexport AWS_SECRET_ACCESS_KEY=", ("aws_secret_key", sec), "\nexport AWS_SESSION_TOKEN=", ("aws_session_token", tok),
                        "\n```\n\nThese STS credentials expire in one hour."],
        "model answer echoing temporary STS credentials")


def a_yaml_config():
    pw = password()
    t, v = vendor()
    add(A, "positive", ["# config/production.yml\ndatabase:\n  adapter: postgresql\n  host: ", R.choice(HOSTS), "\n  port: 5432\n  username: orders_rw\n  password: \"",
                        ("password", pw.replace('"', "'").replace("\\", "/")), "\"\n  pool: 20\nintegrations:\n  provider_token: ", (t, v), "\n  timeout_s: 30\n"],
        "YAML app config with quoted password containing punctuation and a vendor token")


def a_toml():
    pw = password()
    add(A, "positive", ["[server]\nport = 9000\nworkers = 4\n\n[database]\nurl = \"postgresql://svc_reports:", ("password", url_pw()), "@", R.choice(HOSTS),
                        ":5432/reports\"\n\n[smtp]\nhost = \"smtp.sendgrid.net\"\nuser = \"apikey\"\npassword = '", ("sendgrid_key", sendgrid()), "'\n\n[admin]\ninitial_password = \"\"\"",
                        ("password", pw.replace('"', "'")), "\"\"\"\n"],
        "TOML config: URL password, SendGrid key as SMTP password, triple-quoted admin password")


def a_json_cfg():
    add(A, "positive", ["{\n  \"name\": \"billing-worker\",\n  \"stripe\": {\n    \"secretKey\": \"", ("stripe_key", stripe()), "\",\n    \"webhookSecret\": \"",
                        ("stripe_key", "whsec_" + rs(32)), "\",\n    \"apiVersion\": \"2024-06-20\"\n  },\n  \"retries\": 3\n}\n"],
        "JSON config with Stripe secret and webhook signing secret")


def a_ini():
    pw = password()
    pw = url_pw()
    add(A, "positive", ["[client]\nuser=backup\npassword=", ("password", pw), "\nhost=", R.choice(HOSTS), "\n\n[mysqldump]\nsingle-transaction\nquick\n"],
        "my.cnf with password containing punctuation up to the line end")


def a_properties():
    pw, pw2 = url_pw(), password()
    add(A, "positive", ["spring.datasource.url=jdbc:postgresql://", R.choice(HOSTS), ":5432/inventory\nspring.datasource.username=inventory\nspring.datasource.password=",
                        ("password", pw), "\nspring.mail.password=", ("password", pw2), "\nspring.jpa.hibernate.ddl-auto=validate\nserver.port=8443\n"],
        "Spring application.properties with two passwords")


def a_hcl():
    t = tfc_token()
    pw = url_pw()
    add(A, "positive", ["credentials \"app.terraform.io\" {\n  token = \"", ("terraform_token", t), "\"\n}\n\nresource \"aws_db_instance\" \"main\" {\n  engine         = \"postgres\"\n  instance_class = \"db.t3.medium\"\n  username       = \"dbadmin\"\n  password       = \"",
                        ("password", pw), "\"\n}\n"],
        "Terraform CLI credentials block and a hard-coded RDS password")


def a_shell_history():
    pw = url_pw()
    gl = "glpat-" + rs(20, URL)
    add(A, "positive", ["$ history | tail -8\n  501  cd ~/src/payments\n  502  git pull\n  503  mysql -u root -p'", ("password", pw), "' -h ", R.choice(HOSTS),
                        " payments\n  504  git remote set-url origin https://oauth2:", ("gitlab_token", gl), "@gitlab.com/acme/payments.git\n  505  make test\n  506  history | tail -8\n"],
        "shell history with a mysql -p password and a GitLab token in a remote URL")


def a_curl():
    t, v = R.choice([("openai_key", openai_key()), ("anthropic_key", anthropic_key()), ("groq_key", "gsk_" + rs(52))])
    host = {"openai_key": "api.openai.com/v1/chat/completions", "anthropic_key": "api.anthropic.com/v1/messages", "groq_key": "api.groq.com/openai/v1/chat/completions"}[t]
    hdr = "x-api-key: " if t == "anthropic_key" else "Authorization: Bearer "
    add(A, "positive", ["curl -sS https://", host, " \\\n  -H \"", hdr, (t, v), "\" \\\n  -H \"content-type: application/json\" \\\n  -d '{\"max_tokens\": 64, \"messages\": [{\"role\": \"user\", \"content\": \"ping\"}]}'\n"],
        "curl command with an LLM provider API key header")


def a_curl_basic():
    user = R.choice(["admin", "deploy", "jenkins", "svc-export"])
    pw = url_pw()
    add(A, "positive", ["$ curl -u ", user, ":", ("password", pw), " https://nexus.brightpath.io/service/rest/v1/repositories\n[ {\n  \"name\" : \"maven-releases\",\n  \"format\" : \"maven2\"\n} ]\n"],
        "curl -u user:password on the command line")


def a_basic_header():
    raw = base64.b64encode(("%s:%s" % (R.choice(["api", "integration", "ops"]), url_pw())).encode()).decode()
    add(A, "positive", ["> GET /api/v2/tickets.json HTTP/1.1\n> Host: support.northwind-health.com\n> Authorization: Basic ", ("basic_auth", raw),
                        "\n> Accept: */*\n>\n< HTTP/1.1 200 OK\n< Content-Type: application/json\n"],
        "verbose curl output with a Basic auth header")


def a_bearer_log():
    tok = jwt("RS256")
    add(A, "positive", ["2026-11-28T09:14:03.221Z DEBUG http.client send: b'POST /v1/orders HTTP/1.1\\r\\nHost: api.brightpath.io\\r\\nAuthorization: Bearer ",
                        ("jwt", tok), "\\r\\nContent-Length: 212\\r\\n\\r\\n'\n"],
        "debug log line leaking an RS256 JWT bearer token")


def a_conn_strings():
    pw1, pw2, pw3 = url_pw(), url_pw(), url_pw()
    add(A, "positive", ["Connection strings found in the repo:\n- `postgres://analytics:", ("password", pw1), "@", R.choice(HOSTS), ":5432/warehouse?sslmode=require`\n- `mongodb+srv://app_user:",
                        ("password", pw2), "@cluster0.ab1cd.mongodb.net/shop?retryWrites=true`\n- `redis://:", ("password", pw3), "@", R.choice(HOSTS), ":6379/0`\n"],
        "three connection URLs with passwords in userinfo")


def a_adonet():
    pw = rs(R.randrange(14, 20), ALNUM + "!#%^*-_")
    add(A, "positive", ["\"ConnectionStrings\": {\n  \"Default\": \"Server=tcp:sql-orders.database.windows.net,1433;Initial Catalog=orders;User ID=orders_app;Password=",
                        ("password", pw), ";Encrypt=True;Connection Timeout=30;\"\n}"],
        "ADO.NET connection string with Password= field")


def a_azure_storage():
    add(A, "positive", ["AZURE_STORAGE_CONNECTION_STRING=\"DefaultEndpointsProtocol=https;AccountName=acmeexports", d(3), ";AccountKey=",
                        ("azure_storage_key", azure_key()), ";EndpointSuffix=core.windows.net\"\n"],
        "Azure storage connection string with AccountKey")


def a_azure_sas():
    add(A, "positive", ["Download link (valid 24h): https://acmeexports.blob.core.windows.net/reports/q3.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-01T10:00:00Z&st=2026-11-30T10:00:00Z&spr=https&sig=",
                        ("azure_sas_signature", azure_sig()), "\n"],
        "Azure SAS URL; the sig parameter is the secret")


def a_k8s_secret():
    pw = url_pw()
    enc = base64.b64encode(pw.encode()).decode()
    enc2 = base64.b64encode(rs(32).encode()).decode()
    add(A, "positive", ["$ kubectl get secret app-db -o yaml\napiVersion: v1\ndata:\n  DB_PASSWORD: ", ("k8s_secret_data", enc), "\n  DB_USER: YXBw\n  JWT_SIGNING_KEY: ", ("k8s_secret_data", enc2),
                        "\nkind: Secret\nmetadata:\n  name: app-db\n  namespace: payments\ntype: Opaque\n"],
        "Kubernetes Secret with base64-encoded credential values (DB_USER value is just 'app')")


def a_k8s_stringdata():
    t, v = vendor()
    add(A, "positive", ["apiVersion: v1\nkind: Secret\nmetadata:\n  name: integrations\nstringData:\n  api-token: \"", (t, v), "\"\n  admin-password: ", ("password", url_pw()), "\n"],
        "Secret manifest with stringData plain values")


def a_compose():
    pw = url_pw()
    add(A, "positive", ["services:\n  db:\n    image: postgres:16.4\n    environment:\n      POSTGRES_USER: shop\n      POSTGRES_PASSWORD: ", ("password", pw),
                        "\n  app:\n    build: .\n    environment:\n      - DATABASE_URL=postgresql://shop:", ("password", pw), "@db:5432/shop\n      - ",
                        "SENTRY_AUTH_TOKEN=", ("sentry_token", "sntrys_" + b64url({"iat": R.randrange(1700000000, 1760000000), "url": "https://sentry.io", "org": "acme"}) + "_" + rs(43, URL)), "\n"],
        "docker-compose with the same DB password twice and a Sentry org token")


def a_dockerfile():
    t = npm_token()
    add(A, "positive", ["FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN echo \"//registry.npmjs.org/:_authToken=", ("npm_token", t), "\" > .npmrc && npm ci && rm .npmrc\nCOPY . .\nCMD [\"node\", \"server.js\"]\n"],
        "Dockerfile baking an npm token")


def a_npmrc_pypirc():
    add(A, "positive", ["$ cat ~/.pypirc\n[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = ", ("pypi_token", pypi()), "\n"],
        "pypirc with a PyPI API token")


def a_git_config():
    add(A, "positive", ["$ cat .git/config\n[core]\n\trepositoryformatversion = 0\n[remote \"origin\"]\n\turl = https://x-access-token:", ("github_token", gh_token("ghs_")),
                        "@github.com/acme/infra.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n"],
        "git remote URL embedding a GitHub app installation token")


def a_traceback():
    pw = url_pw()
    add(A, "positive", ["Traceback (most recent call last):\n  File \"/srv/app/db.py\", line 41, in connect\n    conn = psycopg2.connect(dsn)\n  File \"/usr/lib/python3/dist-packages/psycopg2/__init__.py\", line 122, in connect\n    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)\npsycopg2.OperationalError: connection to server failed\nDSN was: host=",
                        R.choice(HOSTS), " dbname=ledger user=ledger password=", ("password", pw), " sslmode=require\n"],
        "Python traceback printing a libpq DSN with password")


def a_java_trace():
    pw = url_pw()
    add(A, "positive", ["org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'dataSource'\n\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.initializeBean(AbstractAutowireCapableBeanFactory.java:1786)\nCaused by: java.sql.SQLException: Access denied for user 'inventory'@'app-7f9c' (using password: YES)\n\t... 42 more\n[config] spring.datasource.password=",
                        ("password", pw), "\n"],
        "Java stack trace followed by a dumped datasource password")


def a_code_python():
    t, v = vendor()
    add(A, "positive", ["import requests\n\nAPI_KEY = \"", (t, v), "\"  # TODO move to vault\n\n\ndef fetch(path):\n    return requests.get(f\"https://api.example-vendor.net{path}\", headers={\"Authorization\": f\"Bearer {API_KEY}\"}, timeout=10)\n"],
        "Python module with an inline vendor key")


def a_code_js():
    t, v = vendor()
    add(A, "positive", ["const client = new Client({\n  baseUrl: 'https://api.vendor.io',\n  token: '", (t, v), "',\n  retries: 2,\n});\n\nexport default client;\n"],
        "JavaScript client with an inline token")


def a_code_go():
    kid, sec = aws_id(), aws_secret()
    add(A, "positive", ["cfg, err := config.LoadDefaultConfig(ctx,\n\tconfig.WithRegion(\"eu-west-1\"),\n\tconfig.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(\"",
                        ("aws_access_key_id", kid), "\", \"", ("aws_secret_key", sec), "\", \"\")),\n)\nif err != nil {\n\tlog.Fatal(err)\n}\n"],
        "Go code with static AWS credentials")


def a_code_java():
    t = "SK" + hexs(32)
    tok = hexs(32)
    add(A, "positive", ["public class SmsSender {\n    private static final String ACCOUNT_SID = \"AC", hexs(32), "\";\n    private static final String API_KEY = \"", ("twilio_key", t),
                        "\";\n    private static final String AUTH_TOKEN = \"", ("twilio_auth_token", tok), "\";\n}\n"],
        "Java constants with Twilio API key and auth token (SID left unlabelled)")


def a_code_csharp():
    pw = password().replace('"', "'").replace("\\", "/")
    add(A, "positive", ["var cred = new NetworkCredential(\"svc_backup\", \"", ("password", pw), "\");\nvar client = new SmtpClient(\"smtp.office365.com\", 587) { Credentials = cred, EnableSsl = true };\n"],
        "C# NetworkCredential with a literal password")


def a_code_ruby():
    add(A, "positive", ["Shopify::Context.setup(\n  api_key: \"", hexs(32), "\",\n  api_secret_key: \"", ("shopify_token", "shpss_" + hexs(32)), "\",\n  host: \"https://shop-admin.brightpath.io\",\n  scope: \"read_orders,write_products\",\n  is_embedded: true,\n  api_version: \"2024-07\"\n)\n# offline token\nSESSION_TOKEN = \"",
                        ("shopify_token", "shpat_" + hexs(32)), "\"\n"],
        "Ruby Shopify setup with shared secret and admin access token")


def a_code_php():
    pw = password().replace("'", "\"").replace("\\", "/")
    add(A, "positive", ["<?php\ndefine('DB_NAME', 'wordpress');\ndefine('DB_USER', 'wp_admin');\ndefine('DB_PASSWORD', '", ("password", pw), "');\ndefine('DB_HOST', 'localhost');\ndefine('AUTH_KEY', '",
                        ("password", rs(64, ALNUM + "!@#%^&*()-_[]{}<>~+=,.;:/?|")), "');\n"],
        "wp-config.php with DB password and an auth salt")


def a_code_rust():
    add(A, "positive", ["let bot = Bot::new(\"", ("telegram_bot_token", telegram()), "\");\nlet discord = Client::builder(\"", ("discord_token", discord_token()), "\", GatewayIntents::GUILD_MESSAGES).await?;\n"],
        "Rust code with Telegram and Discord bot tokens")


def a_code_swift():
    add(A, "positive", ["enum Secrets {\n    static let mapsKey = \"", ("google_api_key", google_key()), "\"\n    static let revenueCat = \"appl_", rs(20), "\"\n}\n"],
        "Swift secrets enum with a Google API key (public SDK key left unlabelled)")


def a_notebook():
    t, v = R.choice([("huggingface_token", "hf_" + rs(34, UP + LO)), ("openai_key", openai_key()), ("replicate_token", "r8_" + rs(37))])
    add(A, "positive", ["{\n \"cell_type\": \"code\",\n \"execution_count\": 3,\n \"source\": [\n  \"import os\\n\",\n  \"os.environ[\\\"TOKEN\\\"] = \\\"", (t, v), "\\\"\\n\",\n  \"model = load(\\\"meta-llama/Llama-3.1-8B\\\")\"\n ]\n}"],
        "Jupyter cell JSON setting a token in os.environ")


def a_ssh_key():
    kind = R.choice(["OPENSSH PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY"])
    add(A, "positive", ["$ cat ~/.ssh/id_deploy\n", ("private_key", pem(kind)), "\n$ ls -l ~/.ssh\n-rw------- 1 ci ci  411 Nov 12 08:01 id_deploy\n"],
        "private key printed from ~/.ssh")


def a_gcp_sa():
    add(A, "positive", ["{\n  \"type\": \"service_account\",\n  \"project_id\": \"acme-analytics-", d(6), "\",\n  \"private_key_id\": \"", hexs(40), "\",\n  \"private_key\": \"",
                        ("private_key", pem("PRIVATE KEY", escaped=True)), "\\n\",\n  \"client_email\": \"", ("email", "bq-loader@acme-analytics.iam.gserviceaccount.com"), "\",\n  \"token_uri\": \"https://oauth2.googleapis.com/token\"\n}\n"],
        "GCP service-account JSON with an escaped PKCS#8 private key")


def a_pgp():
    add(A, "positive", ["gpg --export-secret-keys --armor ", ("email", "release@brightpath.io"), "\n", ("private_key", pgp_key()), "\n"],
        "armored PGP private key block; every email address in this set is labelled, role inboxes included")


def a_tls_secret():
    add(A, "positive", ["tls.key: |\n    ", ("private_key", pem("PRIVATE KEY", lines=8).replace("\n", "\n    ")), "\n"],
        "indented PEM private key inside YAML")


def a_cookie():
    sid = rs(32, LO + DG)
    add(A, "positive", ["Request headers copied from DevTools:\n\nGET /account/orders HTTP/2\nHost: shop.brightpath.io\nCookie: sessionid=", ("session_cookie", sid), "; csrftoken=", rs(32), "; theme=dark\nUser-Agent: Mozilla/5.0\n"],
        "copied request headers with a Django session cookie")


def a_setcookie():
    v = "s%3A" + rs(32, URL) + "." + rs(43, URL)
    add(A, "positive", ["< HTTP/1.1 302 Found\n< Location: /dashboard\n< Set-Cookie: connect.sid=", ("session_cookie", v), "; Path=/; HttpOnly; Secure; SameSite=Lax\n"],
        "Set-Cookie header with an Express session id")


def a_jsession():
    add(A, "positive", ["GET /admin/console;jsessionid=", ("session_cookie", rs(32, "0123456789ABCDEF")), " HTTP/1.1\" 200 5123 \"-\" \"curl/8.5.0\"\n"],
        "access-log request path carrying a Java session id")


def a_prompt_password():
    pw = password()
    q = R.choice(["Can you update the wiki login script? My password is ", "use this for the staging admin: ", "the vpn passphrase is "])
    add(A, "positive", ["User: ", q, ("password", pw), "\nAssistant: I will not store it. I've updated the script to read the password from the environment instead.\n"],
        "chat turn where the user pastes a password")


def a_cli_flags():
    pw = url_pw()
    tool = R.choice([("psql", "PGPASSWORD=", " psql -h %s -U report -d sales -c 'select 1'"), ("sshpass", "sshpass -p '", "' ssh deploy@build-01 uptime"),
                     ("redis", "redis-cli -h cache -a '", "' ping"), ("docker", "docker login registry.gitlab.com -u ci -p ", "")])
    if tool[0] == "psql":
        parts = ["$ ", tool[1], ("password", pw), tool[2] % R.choice(HOSTS), "\n ?column?\n----------\n        1\n(1 row)\n"]
    else:
        parts = ["$ ", tool[1], ("password", pw), tool[2], "\n"]
    add(A, "positive", parts, "CLI invocation with a password flag or variable")


def a_vault_login():
    add(A, "positive", ["$ vault login -method=userpass username=ops\nSuccess! You are now authenticated.\n\nKey                    Value\n---                    -----\ntoken                  ", ("vault_token", vault_token()),
                        "\ntoken_accessor         ", rs(24), "\ntoken_duration         768h\ntoken_policies         [\"default\" \"ops\"]\n"],
        "vault login output with the client token (accessor is not a secret and left unlabelled)")


def a_gh_actions():
    add(A, "positive", ["Run actions/checkout@v4\n  with:\n    repository: acme/infra\n    token: ", ("github_token", gh_fine()), "\n    ssh-strict: true\n"],
        "CI log where a fine-grained PAT was passed literally")


def a_slack_webhook_code():
    add(A, "positive", ["def notify(msg):\n    requests.post(\"", ("slack_webhook", slack_hook()), "\", json={\"text\": msg})\n"],
        "hard-coded Slack incoming-webhook URL")


def a_discord_webhook():
    url = "https://discord.com/api/webhooks/%s/%s" % (d(18), rs(68, URL))
    add(A, "positive", ["DISCORD_ALERTS=", ("discord_webhook", url), "\n"], "Discord webhook URL in env")


def a_datadog():
    add(A, "positive", ["helm upgrade --install datadog datadog/datadog \\\n  --set datadog.site=datadoghq.eu \\\n  --set datadog.apiKey=", ("datadog_key", hexs(32)),
                        " \\\n  --set datadog.appKey=", ("datadog_key", hexs(40)), " \\\n  --set clusterAgent.enabled=true\n"],
        "helm command with Datadog API and app keys")


def a_cloudflare():
    add(A, "positive", ["export CLOUDFLARE_API_TOKEN=", ("cloudflare_token", rs(40, URL)), "\nexport CLOUDFLARE_ACCOUNT_ID=", hexs(32), "\nwrangler deploy\n"],
        "Cloudflare API token exported in shell (account id is an identifier, unlabelled)")


def a_heroku():
    add(A, "positive", ["$ heroku auth:token\n ›   Warning: token will expire 12/29/2026\n", ("heroku_key", uuid4()), "\n"],
        "heroku auth:token output; here the UUID-shaped value is the API token")


def a_netrc():
    add(A, "positive", ["machine api.heroku.com\n  login ", ("email", "ops@brightpath.io"), "\n  password ", ("heroku_key", uuid4()), "\nmachine git.heroku.com\n  login ", ("email", "ops@brightpath.io"), "\n  password ", ("password", url_pw()), "\n"],
        ".netrc with passwords and login emails")


def a_many_vendor_dump():
    parts = ["$ env | grep -iE 'token|key|secret' | sort\n"]
    for _ in range(R.randrange(4, 7)):
        t, v = vendor()
        parts += [t.upper() + "=", (t, v), "\n"]
    add(A, "positive", parts, "env dump with several vendor credentials")


def a_customers_csv():
    rows = ["customer_id,name,email,phone,country,lifetime_value"]
    parts = [rows[0] + "\n"]
    for _ in range(R.randrange(5, 9)):
        f, l = person()
        reg = R.choice(["US", "GB", "DE", "FR", "NL", "AU", "IN", "BR"])
        parts += ["C%05d,%s %s," % (R.randrange(10000, 99999), f, l), ("email", email(f, l)), ",", ("phone", phone(reg)), ",%s,%d.%02d\n" % (reg, R.randrange(20, 9000), R.randrange(100))]
    add(A, "positive", parts, "customer CSV export with emails and phone numbers per row")


def a_customers_md():
    parts = ["| # | Customer | Email | Card on file | IBAN |\n|---|---|---|---|---|\n"]
    for i in range(R.randrange(3, 6)):
        f, l = person()
        parts += ["| %d | %s %s | " % (i + 1, f, l), ("email", email(f, l)), " | ", ("credit_card", card()), " | ", ("iban", iban()), " |\n"]
    add(A, "positive", parts, "Markdown table of customers with cards and IBANs")


def a_sql_result():
    parts = ["sales=> SELECT id, full_name, email, ssn FROM applicants WHERE status = 'pending' LIMIT 4;\n id  |    full_name     |            email             |     ssn\n-----+------------------+------------------------------+-------------\n"]
    for _ in range(4):
        f, l = person()
        parts += [" %d | %-16s | " % (R.randrange(100, 999), f + " " + l), ("email", email(f, l)), " | ", ("us_ssn", us_ssn("-")), "\n"]
    parts.append("(4 rows)\n")
    add(A, "positive", parts, "psql result table with emails and SSNs")


def a_tsv_hr():
    parts = ["employee_id\tname\tnational_id\tiban\n"]
    for _ in range(R.randrange(3, 6)):
        t, fn = R.choice([("de_steuer_id", de_steuer_id), ("nl_bsn", nl_bsn), ("pl_pesel", pl_pesel), ("fr_nir", fr_nir), ("es_dni", es_dni), ("it_codice_fiscale", it_cf)])
        cc = {"de_steuer_id": "DE", "nl_bsn": "NL", "pl_pesel": "DE", "fr_nir": "FR", "es_dni": "ES", "it_codice_fiscale": "AT"}[t]
        f, l = person()
        parts += ["E%04d\t%s %s\t" % (R.randrange(1000, 9999), f, l), (t, fn()), "\t", ("iban", iban(cc, grouped=False)), "\n"]
    add(A, "positive", parts, "payroll TSV with national ids and IBANs")


def a_ticket_email():
    f, l = person()
    reg = R.choice(list(PHONE_FORMATS))
    add(A, "positive", ["From: ", f, " ", l, " <", ("email", email(f, l)), ">\nTo: ", ("email", "support@brightpath.io"), "\nSubject: Refund for order 4821-", d(4, DG), "\n\nHi,\n\nI was charged twice. You can reach me on ", ("phone", phone(reg)),
                        " any time after 5pm.\n\nThanks,\n", f, "\n"],
        "support email with the customer's address and phone; every email address is labelled")


def a_zendesk():
    f, l = person()
    add(A, "positive", ["Ticket #", d(6), " (priority: high)\nRequester: ", f, " ", l, " / ", ("email", email(f, l)), "\nCallback: ", ("phone", phone("US")),
                        "\nNotes: customer read out card ", ("credit_card", card()), " on the call; agent should not have typed it here.\n"],
        "ticket with email, phone and a card number typed into notes")


def a_chat_export():
    f1, l1 = person()
    f2, l2 = person()
    add(A, "positive", ["[2026-11-27 14:02] ", f1, ": can you send me the contract?\n[2026-11-27 14:03] ", f2, ": sure, what's your email again?\n[2026-11-27 14:03] ", f1, ": ",
                        ("email", email(f1, l1)), " — or WhatsApp me at ", ("phone", phone(R.choice(["DE", "ES", "IT", "BR", "IN", "ZA", "MX"]))), "\n[2026-11-27 14:05] ", f2, ": sent!\n"],
        "chat export with an email and international mobile number")


def a_natid_prose():
    t, fn = R.choice(NAT_IDS)
    f, l = person()
    add(A, "positive", ["Onboarding form for ", f, " ", l, ":\n- ", NAT_LABEL[t], ": ", (t, fn()), "\n- Start date: 2027-01-04\n- Department: Logistics\n"],
        "HR onboarding note with a national id")


def a_kyc_json():
    t, fn = R.choice(NAT_IDS)
    f, l = person()
    add(A, "positive", ["{\"applicant\": {\"given_name\": \"", f, "\", \"family_name\": \"", l, "\", \"email\": \"", ("email", email(f, l)), "\", \"document\": {\"kind\": \"", t,
                        "\", \"number\": \"", (t, fn()), "\"}}, \"status\": \"manual_review\"}"],
        "KYC API payload with email and a checksummed national id")


def a_payment_log():
    add(A, "positive", ["2026-11-29 22:41:17,903 WARN  PaymentService - retrying charge attempt=2 pan=", ("credit_card", card("plain")), " exp=09/28 amount=129.00 EUR\n"],
        "log line leaking a full card number")


def a_sepa():
    f, l = person()
    add(A, "positive", ["SEPA mandate\nDebtor: ", f, " ", l, "\nIBAN: ", ("iban", iban()), "\nBIC: ", R.choice(["DEUTDEFFXXX", "INGBNL2A", "BNPAFRPP", "CAIXESBBXXX"]), "\nMandate ref: MND-", d(8), "\n"],
        "SEPA mandate with an IBAN (BIC is a bank identifier)")


def a_aadhaar_msg():
    add(A, "positive", ["Please verify: PAN ", ("in_pan", rs(3, UP) + "P" + rs(1, UP) + d(4, DG) + rs(1, UP)), ", Aadhaar ", ("in_aadhaar", aadhaar()), ", mobile ", ("phone", phone("IN")), "\n"],
        "Indian KYC message with Aadhaar (Verhoeff) and mobile")


def a_redacted_mix():
    add(A, "positive", ["2026-11-30T08:00:01Z INFO login user=ops password=***\n2026-11-30T08:00:02Z INFO token refreshed token=", ("slack_token", slack_bot()), "\n2026-11-30T08:00:03Z INFO done\n"],
        "log where one line is already redacted and the next leaks a Slack bot token")


def a_password_spaces():
    pw = " ".join(R.choice(WORDS) for _ in range(4))
    add(A, "positive", ["wifi:\n  ssid: \"Office-5G\"\n  passphrase: \"", ("password", pw), "\"\n"], "quoted passphrase made of words with spaces")


def a_json_log_pw():
    pw = password().replace('"', "'").replace("\\", "/")
    add(A, "positive", ["{\"ts\":\"2026-11-30T11:22:33Z\",\"level\":\"error\",\"msg\":\"auth failed\",\"request\":{\"username\":\"m.ops\",\"password\":\"", ("password", pw), "\"}}"],
        "structured log dumping a login request body")


def a_odbc_ini():
    add(A, "positive", ["[Snowflake]\nDriver=/opt/snowflake/lib/libSnowflake.so\nServer=ab12345.eu-central-1.snowflakecomputing.com\nuid=ETL_USER\npwd=", ("password", url_pw()), "\nwarehouse=ETL_WH\n"],
        "odbc.ini with pwd= entry")


def a_private_jwt_cookie():
    add(A, "positive", ["document.cookie => \"_ga=GA1.1.", d(9), ".", d(10), "; auth_token=", ("jwt", jwt()), "; locale=en-GB\"\n"],
        "browser cookie string with a JWT auth token (analytics id unlabelled)")


def a_unsigned_jwt():
    add(A, "positive", ["id_token (alg none, rejected by verifier): ", ("jwt", jwt("none", signed=False)), "\n"], "unsigned JWT still carries claims and is masked")


def a_claims_csv():
    parts = ["claim_id;policy_holder;id_type;id_number;contact\n"]
    for _ in range(R.randrange(4, 7)):
        t, fn, reg = R.choice([("ca_sin", ca_sin, "CA"), ("se_personnummer", se_pnr, "SE"), ("jp_my_number", jp_mynumber, "JP"), ("au_tfn", au_tfn, "AU"),
                               ("uk_nino", uk_nino, "GB"), ("us_ssn", us_ssn, "US"), ("no_fodselsnummer", no_fnr, "SE"), ("ch_ahv", ch_ahv, "CH")])
        f, l = person()
        parts += ["CLM-%s;%s %s;%s;" % (d(7), f, l, t), (t, fn()), ";", ("phone", phone(reg)), "\n"]
    add(A, "positive", parts, "semicolon CSV of insurance claims with national ids and phones from several countries")


def a_crm_json():
    parts = ["[\n"]
    n = R.randrange(3, 5)
    for i in range(n):
        f, l = person()
        reg = R.choice(["US", "GB", "DE", "FR", "ES", "IT", "NL", "AU", "IN", "BR", "MX", "SG", "IE", "PL"])
        num = phonenumbers.format_number(phonenumbers.parse(phone(reg), reg), phonenumbers.PhoneNumberFormat.E164)
        parts += ["  {\"id\": %d, \"name\": \"%s %s\", \"email\": \"" % (R.randrange(1000, 99999), f, l), ("email", email(f, l)), "\", \"mobile\": \"", ("phone", num), "\", \"tier\": \"%s\"}%s\n" % (R.choice(["gold", "basic"]), "," if i < n - 1 else "")]
    parts.append("]\n")
    add(A, "positive", parts, "CRM JSON with E.164 phone numbers and emails")


def a_ssn_dots():
    f, l = person()
    add(A, "positive", ["Note from intake call (", f, " ", l, "): SSN on file ", ("us_ssn", us_ssn(".")), ", verified against W-2. Callback ", ("phone", phone("US")), ".\n"],
        "intake note with a dotted SSN and a US phone")


AGENT_POS = [a_claims_csv, a_crm_json, a_ssn_dots, a_env, a_env_empty_next, a_aws_creds, a_aws_export, a_yaml_config, a_toml, a_json_cfg, a_ini, a_properties, a_hcl,
             a_shell_history, a_curl, a_curl_basic, a_basic_header, a_bearer_log, a_conn_strings, a_adonet, a_azure_storage, a_azure_sas,
             a_k8s_secret, a_k8s_stringdata, a_compose, a_dockerfile, a_npmrc_pypirc, a_git_config, a_traceback, a_java_trace,
             a_code_python, a_code_js, a_code_go, a_code_java, a_code_csharp, a_code_ruby, a_code_php, a_code_rust, a_code_swift,
             a_notebook, a_ssh_key, a_gcp_sa, a_pgp, a_tls_secret, a_cookie, a_setcookie, a_jsession, a_prompt_password, a_cli_flags,
             a_vault_login, a_gh_actions, a_slack_webhook_code, a_discord_webhook, a_datadog, a_cloudflare, a_heroku, a_netrc,
             a_many_vendor_dump, a_customers_csv, a_customers_md, a_sql_result, a_tsv_hr, a_ticket_email, a_zendesk, a_chat_export,
             a_natid_prose, a_kyc_json, a_payment_log, a_sepa, a_aadhaar_msg, a_redacted_mix, a_password_spaces, a_json_log_pw,
             a_odbc_ini, a_private_jwt_cookie, a_unsigned_jwt]


# ================================================================ agent: negatives
MSGS = ["fix: retry on 503 from upstream", "chore(deps): bump lodash to 4.17.21", "feat: add CSV export", "refactor: split billing module",
        "docs: explain token rotation", "test: cover empty cart", "ci: cache pip wheels", "fix(auth): rotate signing key loader", "perf: batch inserts"]


def n_git_log():
    lines = ["$ git log --oneline -n 6"] + ["%s %s" % (sha(7), R.choice(MSGS)) for _ in range(6)]
    add(A, "hash", ["\n".join(lines) + "\n"], "short git SHAs and commit messages")


def n_git_show():
    add(A, "hash", ["commit ", sha(40), "\nMerge: ", sha(7), " ", sha(7), "\nDate:   Fri Nov 28 16:02:11 2026 +0100\n\n    ", R.choice(MSGS), "\n\ndiff --git a/app.py b/app.py\nindex ", sha(7), "..", sha(7), " 100644\n"],
        "full and abbreviated git object ids")


def n_sha256sum():
    files = ["lockgate-%s-linux-amd64.tar.gz" % semver(), "checksums.txt.sig", "terraform_%s_darwin_arm64.zip" % semver(), "node-v%s-x64.msi" % semver()]
    add(A, "hash", ["$ sha256sum -c SHA256SUMS\n"] + ["%s  %s\n" % (sha(64), f) for f in files], "sha256 checksums of release artifacts")


def n_docker_digest():
    add(A, "hash", ["$ docker pull ghcr.io/acme/api:", semver(), "\n", semver(), ": Pulling from acme/api\nDigest: sha256:", sha(64), "\nStatus: Downloaded newer image for ghcr.io/acme/api\n$ docker images --digests | head -2\nREPOSITORY   TAG   DIGEST   IMAGE ID\nacme/api   latest   sha256:", sha(64), "   ", sha(12), "\n"],
        "image digests and image ids")


def n_package_lock():
    add(A, "lockfile_integrity", ["    \"node_modules/", R.choice(["debug", "ms", "semver", "ansi-regex", "picocolors"]), "\": {\n      \"version\": \"", semver(), "\",\n      \"resolved\": \"https://registry.npmjs.org/pkg/-/pkg-", semver(), ".tgz\",\n      \"integrity\": \"",
                                  integrity(), "\",\n      \"license\": \"MIT\"\n    },\n"],
        "package-lock.json entry with an sha512 integrity string")


def n_yarn_lock():
    add(A, "lockfile_integrity", ["\"@babel/code-frame@^7.", str(R.randrange(10, 26)), ".0\":\n  version \"7.", str(R.randrange(10, 26)), ".", str(R.randrange(0, 9)), "\"\n  resolved \"https://registry.yarnpkg.com/@babel/code-frame/-/code-frame-7.24.7.tgz#", sha(40), "\"\n  integrity ",
                                  integrity(), "\n"],
        "yarn.lock entry with tarball sha1 and integrity")


def n_pip_hashes():
    add(A, "lockfile_integrity", ["requests==", semver(), " \\\n    --hash=sha256:", sha(64), " \\\n    --hash=sha256:", sha(64), "\nurllib3==", semver(), " \\\n    --hash=sha256:", sha(64), "\n"],
        "pip requirements with --hash pins")


def n_go_sum():
    add(A, "lockfile_integrity", ["github.com/spf13/cobra v1.", str(R.randrange(5, 9)), ".0 h1:", base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode(), "\ngithub.com/spf13/cobra v1.8.0/go.mod h1:",
                                  base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode(), "\n"],
        "go.sum lines with h1 hashes")


def n_cargo_lock():
    add(A, "lockfile_integrity", ["[[package]]\nname = \"serde\"\nversion = \"1.0.", str(R.randrange(150, 220)), "\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"", sha(64), "\"\n"],
        "Cargo.lock checksum")


def n_sri():
    add(A, "lockfile_integrity", ["<script src=\"https://cdn.jsdelivr.net/npm/bootstrap@", semver(), "/dist/js/bootstrap.bundle.min.js\" integrity=\"sha384-", base64.b64encode(bytes(R.randrange(256) for _ in range(48))).decode(),
                                  "\" crossorigin=\"anonymous\"></script>\n"],
        "subresource integrity attribute")


def n_kube_uid():
    add(A, "uuid", ["metadata:\n  creationTimestamp: \"2026-11-29T07:41:12Z\"\n  generateName: api-7d9f8b6c5-\n  name: api-7d9f8b6c5-", rs(5, LO + DG), "\n  namespace: default\n  resourceVersion: \"", d(8), "\"\n  uid: ", uuid4(), "\n  ownerReferences:\n  - kind: ReplicaSet\n    uid: ", uuid4(), "\n"],
        "Kubernetes object metadata with uids")


def n_request_ids():
    lines = []
    for _ in range(4):
        lines.append("2026-11-30T10:%02d:%02d.%03dZ INFO request_id=%s trace_id=%s span_id=%s status=200 dur_ms=%d" % (R.randrange(60), R.randrange(60), R.randrange(1000), uuid4(), sha(32), sha(16), R.randrange(3, 900)))
    add(A, "uuid", ["\n".join(lines) + "\n"], "request, trace and span ids in access logs")


def n_sql_orders():
    rows = [" %s | %s | %8.2f | %s" % (uuid4(), R.choice(["paid", "shipped", "refunded"]), R.randrange(100, 90000) / 100, "2026-11-%02d" % R.randrange(1, 30)) for _ in range(4)]
    add(A, "uuid", ["                  id                  |  status  |  total   | created\n--------------------------------------+----------+----------+------------\n" + "\n".join(rows) + "\n(4 rows)\n"],
        "SQL result with UUID keys and amounts, no personal data")


def n_versions():
    pk = ["fastapi", "pydantic", "uvicorn", "httpx", "sqlalchemy", "alembic", "boto3", "numpy"]
    add(A, "version", ["$ pip freeze | head\n"] + ["%s==%s\n" % (p, semver()) for p in R.sample(pk, 6)], "pip freeze version pins")


def n_semver_build():
    add(A, "version", ["Version:     ", semver(), "-rc.", str(R.randrange(1, 5)), "+build.", d(8), "\nGo version:  go1.23.", str(R.randrange(0, 5)), "\nGit commit:  ", sha(12), "\nBuilt:       2026-11-", "%02d" % R.randrange(1, 29), "T09:12:44Z\nOS/Arch:     linux/amd64\n"],
        "tool --version output with semver, build metadata and commit")


def n_env_example():
    add(A, "placeholder", ["# .env.example — copy to .env and fill in\nOPENAI_API_KEY=", R.choice(["<your-api-key>", "sk-...", "your_openai_key_here"]), "\nSTRIPE_SECRET_KEY=", R.choice(["sk_live_XXXXXXXXXXXXXXXXXXXXXXXX", "sk_live_...", "<stripe-secret>"]),
                           "\nDATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DBNAME\nGITHUB_TOKEN=", R.choice(["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<token>", "insert_key_here"]), "\nSLACK_WEBHOOK_URL=\n"],
        "example env file with placeholders only")


def n_readme_placeholder():
    add(A, "placeholder", ["## Quick start\n\n```bash\nexport ANTHROPIC_API_KEY=", R.choice(["\"<your-api-key>\"", "YOUR_API_KEY", "sk-ant-..."]), "\nexport AWS_ACCESS_KEY_ID=", R.choice(["AKIAXXXXXXXXXXXXXXXX", "<access-key-id>"]),
                           "\nexport AWS_SECRET_ACCESS_KEY=", R.choice(["<secret-access-key>", "REPLACE_ME", "********"]), "\n```\n\nReplace the values above with your own credentials.\n"],
        "README quick start with placeholder credentials")


def n_aws_example():
    add(A, "example_key", ["From the AWS CLI docs:\n\n```\n$ aws configure\nAWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE\nAWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nDefault region name [None]: ", R.choice(["us-west-2", "eu-west-1", "us-east-2"]), "\nDefault output format [None]: json\n```\n"],
        "AWS's documented example access key pair")


def n_config_ref():
    add(A, "config_reference", ["database:\n  host: ${DB_HOST:-localhost}\n  user: ${DB_USER}\n  password: ${DB_PASSWORD}\nredis:\n  url: ${REDIS_URL}\nstripe:\n  secret_key: ${STRIPE_SECRET_KEY:?missing}\n  timeout_s: ", str(R.randrange(5, 60)), "\n"],
        "YAML with environment-variable references, no values")


def n_secret_key_ref():
    name = R.choice(["db-credentials", "api-secrets", "payments-env"])
    add(A, "config_reference", ["        env:\n        - name: DB_PASSWORD\n          valueFrom:\n            secretKeyRef:\n              name: ", name, "\n              key: password\n        - name: API_TOKEN\n          valueFrom:\n            secretKeyRef:\n              name: ", name, "\n              key: token\n        - name: REPLICAS\n          value: \"", str(R.randrange(2, 9)), "\"\n"],
        "Kubernetes secretKeyRef references")


def n_gha_secrets():
    add(A, "config_reference", ["      - name: Publish\n        run: npm publish --access public\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n      - name: Deploy\n        env:\n          AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n          AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n        run: ./deploy.sh ", R.choice(["staging", "prod", "canary"]), "\n"],
        "GitHub Actions secret expressions")


def n_code_env():
    lang = R.choice([0, 1, 2, 3])
    txt = ["import os\n\nAPI_KEY = os.environ[\"API_KEY\"]\nDB_PASSWORD = os.getenv(\"DB_PASSWORD\", \"\")\nclient = Client(api_key=API_KEY)\n",
           "const apiKey = process.env.OPENAI_API_KEY;\nif (!apiKey) throw new Error('OPENAI_API_KEY is not set');\nconst secret = process.env.JWT_SECRET ?? '';\n",
           "password := os.Getenv(\"PGPASSWORD\")\nif password == \"\" {\n\tlog.Fatal(\"PGPASSWORD must be set\")\n}\ntoken := viper.GetString(\"github.token\")\n",
           "SECRET_KEY = env(\"DJANGO_SECRET_KEY\")\nDATABASES = {\"default\": env.db(\"DATABASE_URL\")}\nEMAIL_HOST_PASSWORD = env(\"EMAIL_HOST_PASSWORD\", default=None)\n"][lang]
    add(A, "config_reference", [txt, "# loaded at ", "2026-11-%02d" % R.randrange(1, 29), "\n"], "code reading credentials from the environment")


def n_tf_ref():
    add(A, "config_reference", ["resource \"aws_db_instance\" \"main\" {\n  username = var.db_username\n  password = data.aws_secretsmanager_secret_version.db.secret_string\n  manage_master_user_password = ", R.choice(["true", "false"]), "\n}\n\ndata \"vault_generic_secret\" \"app\" {\n  path = \"secret/data/prod/app\"\n}\n"],
        "Terraform referencing secrets by name and vault path")


def n_op_refs():
    add(A, "config_reference", ["# secrets resolved by `op run`\nDB_PASSWORD=op://Engineering/", R.choice(["Postgres Prod", "Payments DB", "Analytics"]), "/password\nSTRIPE_KEY=op://Engineering/Stripe/credential\nVAULT_PATH=vault:secret/data/payments#api_key\n"],
        "1Password and Vault secret references")


def n_form_code():
    v = R.choice([0, 1, 2])
    txt = ["class LoginForm(forms.Form):\n    username = forms.CharField(max_length=150)\n    password = forms.CharField(widget=forms.PasswordInput, min_length=%d)\n    remember_me = forms.BooleanField(required=False)\n" % R.randrange(8, 16),
           "<form method=\"post\" action=\"/login\">\n  <label for=\"password\">Password</label>\n  <input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\" minlength=\"%d\" required>\n  <button type=\"submit\">Sign in</button>\n</form>\n" % R.randrange(8, 16),
           "export const schema = z.object({\n  email: z.string().email(),\n  password: z.string().min(%d).max(128),\n  confirmPassword: z.string(),\n}).refine(d => d.password === d.confirmPassword);\n" % R.randrange(8, 16)][v]
    add(A, "code", [txt], "form field definitions named password, no values")


def n_hash_code():
    add(A, "code", ["def set_password(user, password: str) -> None:\n    salt = bcrypt.gensalt(rounds=", str(R.randrange(10, 14)), ")\n    user.password_hash = bcrypt.hashpw(password.encode(), salt)\n    user.token = secrets.token_urlsafe(32)\n    user.save()\n"],
        "password-handling code with variables only")


def n_redacted_logs():
    add(A, "log_line", ["2026-11-30T09:1", str(R.randrange(10)), ":02Z INFO auth: login ok user_id=", d(6), " password=***\n2026-11-30T09:12:03Z DEBUG http: Authorization: Bearer [REDACTED]\n2026-11-30T09:12:03Z DEBUG db: dsn=postgres://app:****@db:5432/app\n2026-11-30T09:12:04Z INFO card=**** **** **** ", d(4, DG), " charged\n"],
        "log lines whose secrets are already redacted")


def n_masked_pii():
    add(A, "log_line", ["Customer record (masked view)\n  SSN: ***-**-", d(4, DG), "\n  Card: XXXX-XXXX-XXXX-", d(4, DG), "\n  IBAN: DE** **** **** **** **", d(2, DG), " ", d(2, DG), "\n  Phone: +** *** *** **", d(2, DG), "\n"],
        "already-masked personal data")


def n_test_cards():
    c = R.choice(["4242424242424242", "4000056655665556", "5555555555554444", "378282246310005", "4000000000000002"])
    add(A, "test_card_in_docs", ["def test_charge_declined(stripe_mock):\n    # Stripe documented test card\n    resp = client.post(\"/charge\", json={\"number\": \"", c, "\", \"exp\": \"12/34\", \"cvc\": \"123\"})\n    assert resp.status_code == ", R.choice(["200", "402"]), "\n"],
        "published Stripe test card in test code")


def n_order_numbers():
    rows = ["Order %s  shipped via UPS 1Z%s  total EUR %d.%02d" % (not_luhn(R.choice([13, 14, 15, 16])), rs(16, UP + DG), R.randrange(10, 900), R.randrange(100)) for _ in range(3)]
    add(A, "order_number", ["\n".join(rows) + "\n"], "13-16 digit order numbers failing Luhn and UPS tracking numbers")


def n_epochs():
    add(A, "phone_like", ["{\"created_at\": ", str(R.randrange(1700000000000, 1790000000000)), ", \"updated_at\": ", str(R.randrange(1700000000, 1790000000)), ", \"bytes\": ", d(10), ", \"offset\": ", d(12), ", \"partition\": ", str(R.randrange(0, 12)), "}\n"],
        "epoch milliseconds and large counters")


def n_metrics():
    add(A, "phone_like", ["node_memory_MemTotal_bytes ", d(11), "\nnode_network_receive_bytes_total{device=\"eth0\"} ", d(13), "\nprocess_start_time_seconds ", str(R.randrange(1700000000, 1790000000)), ".", d(2, DG), "\nhttp_requests_total{code=\"200\"} ", d(9), "\n"],
        "Prometheus metrics with long numbers")


def n_data_uri():
    add(A, "base64_data", [".logo {\n  background-image: url(\"data:image/png;base64,", png_b64(R.randrange(120, 240)), "\");\n  width: 32px;\n}\n"],
        "inline PNG data URI")


def n_b64_payload():
    blob = base64.b64encode(json.dumps({"event": "page_view", "path": "/pricing", "ts": R.randrange(1700000000, 1790000000), "ab": R.choice(["A", "B"])}).encode()).decode()
    add(A, "base64_data", ["Pub/Sub message:\n{\"message\": {\"data\": \"", blob, "\", \"messageId\": \"", not_luhn(16), "\", \"publishTime\": \"2026-11-30T10:11:12.123Z\"}}\n"],
        "base64-encoded non-secret event payload")


def n_public_key():
    kb = "AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(43, B64)
    add(A, "public_key", ["$ cat ~/.ssh/id_ed25519.pub\nssh-ed25519 ", kb, " deploy-key-", d(4), "\n"], "SSH public key")


def n_cert():
    body = "MIID" + rs(64 * 12 - 4, B64)
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    add(A, "public_key", ["-----BEGIN CERTIFICATE-----\n" + "\n".join(rows) + "\n-----END CERTIFICATE-----\n"], "X.509 certificate (public)")


def n_prose():
    add(A, "prose", [R.choice(["GitHub personal access tokens start with ghp_ and fine-grained ones with github_pat_; rotate them at least every ",
                               "Passwords must be at least 12 characters and are checked against known breaches; sessions expire after ",
                               "We moved every API key into Vault and rotated the old ones; the pipeline now reads them at runtime. Rotation interval: "]), str(R.randrange(30, 120)), " days.\n"],
        "prose about credentials without any value")


def n_sops():
    add(A, "encrypted_value", ["db_password: ENC[AES256_GCM,data:", rs(20, B64), "=,iv:", rs(43, B64), "=,tag:", rs(22, B64), "==,type:str]\nsops:\n    kms:\n        - arn: arn:aws:kms:eu-west-1:111122223333:key/", uuid4(), "\n    version: 3.9.1\n"],
        "SOPS-encrypted value, safe to commit by design")


def n_isin():
    def isin(cc):
        body = cc + d(9, DG)
        digs = "".join(str(int(c, 36)) for c in body)
        tot = 0
        for i, ch in enumerate(reversed(digs)):
            v = int(ch) * (2 if i % 2 == 0 else 1)
            tot += v // 10 + v % 10
        return body + str((10 - tot % 10) % 10)
    rows = ["%s  %s  %6.2f" % (isin(R.choice(["US", "DE", "GB", "FR", "NL"])), R.choice(["ETF", "BOND", "EQUITY"]), R.randrange(1000, 50000) / 100) for _ in range(4)]
    add(A, "iban_like", ["ISIN          TYPE    PRICE\n" + "\n".join(rows) + "\n"], "ISIN securities ids (country prefix + check digit) are not IBANs")


def n_container():
    add(A, "iban_like", ["Shipment ", d(6), ": containers ", R.choice(["MSCU", "MAEU", "CMAU", "HLXU"]), d(7, DG), ", ", R.choice(["TGHU", "OOLU"]), d(7, DG), "; BIC of payee bank DEUTDEFF; sort code 20-", d(2, DG), "-", d(2, DG), "\n"],
        "container numbers, a bank BIC and a sort code; no account numbers")


def n_iban_placeholder():
    add(A, "placeholder", ["Bank details (template)\nIBAN: ", R.choice(["DE00 0000 0000 0000 0000 00", "XX00 XXXX XXXX XXXX XXXX XX", "GB00 BANK 0000 0000 0000 00"]), "\nBIC: XXXXXXXX\nReference: invoice number\n"],
        "IBAN template placeholders")


def n_isbn():
    add(A, "phone_like", ["References\n"] + ["- ISBN %s, pp. %d-%d\n" % (isbn13(), R.randrange(1, 200), R.randrange(200, 400)) for _ in range(3)], "ISBN-13 numbers in a reference list")


def n_webpack():
    add(A, "hash", ["asset main.", sha(20), ".js 1.2 MiB [emitted] [immutable] (name: main)\nasset vendors.", sha(20), ".js 842 KiB [emitted] [immutable]\nwebpack ", semver(), " compiled successfully in ", str(R.randrange(900, 9000)), " ms\n"],
        "bundle file names with content hashes")


def n_arn():
    add(A, "config_reference", ["{\n  \"RoleArn\": \"arn:aws:iam::", d(12), ":role/", R.choice(["ci-deployer", "lambda-exec", "readonly"]), "\",\n  \"SecretId\": \"arn:aws:secretsmanager:eu-west-1:", d(12), ":secret:prod/db-", rs(6), "\"\n}\n"],
        "AWS ARNs referencing a role and a secret by name")


def n_xxd():
    lines = ["%08x: %s  %s" % (i * 16, " ".join(sha(4) for _ in range(8)), rs(16, LO + "."))
             for i in range(4)]
    add(A, "code", ["$ xxd firmware.bin | head -4\n" + "\n".join(lines) + "\n"], "hex dump")


def n_stripe_ids():
    add(A, "object_id", ["{\n  \"id\": \"evt_", rs(24), "\",\n  \"type\": \"payment_intent.succeeded\",\n  \"data\": {\"object\": {\"id\": \"pi_", rs(24), "\", \"latest_charge\": \"ch_", rs(24),
                         "\", \"amount\": ", str(R.randrange(500, 90000)), ", \"currency\": \"eur\", \"price\": \"price_", rs(24), "\"}},\n  \"livemode\": true\n}\n"],
        "Stripe object ids (evt_, pi_, ch_, price_) are identifiers, not keys")


def n_tf_plan():
    add(A, "object_id", ["  # aws_security_group_rule.ingress will be created\n  + resource \"aws_security_group_rule\" \"ingress\" {\n      + security_group_id = \"sg-0", sha(16), "\"\n      + vpc_id            = \"vpc-0", sha(16), "\"\n      + ami               = \"ami-0", sha(16), "\"\n      + id                = (known after apply)\n    }\n\nPlan: ", str(R.randrange(1, 9)), " to add, 0 to change, 0 to destroy.\n"],
        "AWS resource ids in a terraform plan")


def n_pytest():
    names = ["test_password_reset_requires_token", "test_api_key_rotation", "test_invalid_iban_rejected", "test_phone_number_normalised", "test_secret_not_logged", "test_ssn_masked_in_export"]
    lines = ["tests/test_%s.py::%s PASSED [%3d%%]" % (R.choice(["auth", "billing", "export"]), n, R.randrange(5, 100)) for n in R.sample(names, 4)]
    add(A, "code", ["\n".join(lines) + "\n==== 4 passed in %d.%02ds ====\n" % (R.randrange(1, 30), R.randrange(100))], "pytest output whose test names mention credentials")


AGENT_NEG = [n_stripe_ids, n_tf_plan, n_pytest, n_git_log, n_git_show, n_sha256sum, n_docker_digest, n_package_lock, n_yarn_lock, n_pip_hashes, n_go_sum, n_cargo_lock,
             n_sri, n_kube_uid, n_request_ids, n_sql_orders, n_versions, n_semver_build, n_env_example, n_readme_placeholder, n_aws_example,
             n_config_ref, n_secret_key_ref, n_gha_secrets, n_code_env, n_tf_ref, n_op_refs, n_form_code, n_hash_code, n_redacted_logs,
             n_masked_pii, n_test_cards, n_order_numbers, n_epochs, n_metrics, n_data_uri, n_b64_payload, n_public_key, n_cert, n_prose,
             n_sops, n_isin, n_container, n_iban_placeholder, n_isbn, n_webpack, n_arn, n_xxd]


# ================================================================ public: fixture-style lines
P = "public"


def camel(name):
    parts = name.split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


SYNTAX = [
    lambda n, v: ["%s = \"" % n, v, "\""],
    lambda n, v: ["\"%s\": \"" % camel(n), v, "\","],
    lambda n, v: ["export %s=" % n.upper(), v],
    lambda n, v: ["%s: " % n, v],
    lambda n, v: ["const %s = '" % camel(n), v, "';"],
    lambda n, v: ["private static final String %s = \"" % n.upper(), v, "\";"],
    lambda n, v: ["$%s = \"" % camel(n), v, "\";"],
    lambda n, v: ["set %s=" % n.upper(), v],
    lambda n, v: ["<add key=\"%s\" value=\"" % camel(n).capitalize(), v, "\" />"],
    lambda n, v: ["%s := \"" % camel(n), v, "\""],
    lambda n, v: ["leaked credential in build output: ", v],
    lambda n, v: ["%s=" % n.upper(), v, "\n%s_URL=https://api.internal\n" % n.upper().split("_")[0]],
    lambda n, v: ["  - ", v],
    lambda n, v: ["{\"auth\": {\"%s\": \"" % n, v, "\"}}"],
]


def p_vendor(t, v):
    syn = R.choice(SYNTAX)
    parts = syn(t, v)
    parts[1] = (t, parts[1])
    add(P, "positive", parts, "%s in its documented format" % t.replace("_", " "))


def p_aws_pair():
    kid, sec = aws_id(), aws_secret()
    form = R.choice([0, 1, 2])
    if form == 0:
        parts = ["aws_access_key_id=", ("aws_access_key_id", kid), "\naws_secret_access_key=", ("aws_secret_key", sec)]
    elif form == 1:
        parts = ["AWS_ACCESS_KEY_ID: \"", ("aws_access_key_id", kid), "\"\nAWS_SECRET_ACCESS_KEY: \"", ("aws_secret_key", sec), "\""]
    else:
        parts = ["s3 = boto3.client(\"s3\", aws_access_key_id=\"", ("aws_access_key_id", kid), "\", aws_secret_access_key=\"", ("aws_secret_key", sec), "\")"]
    add(P, "positive", parts, "AWS key id with its secret key")


def p_generic_pw():
    pw = password()
    form = R.choice(range(7))
    q = pw.replace('"', "'").replace("\\", "/")
    parts = [["password = \"", ("password", q), "\""], ["DB_PASS='", ("password", pw.replace("'", "\"")), "'"], ["<password>", ("password", pw.replace("<", "(").replace(">", ")").replace("&", "+")), "</password>"],
             ["ConnectionString=\"Data Source=sqlprod;User Id=sa;Password=", ("password", pw.replace(";", ",").replace('"', "'")), ";\""],
             ["--db-password=", ("password", url_pw())], ["secret_key: \"", ("password", q), "\""], ["auth.passwd = ", ("password", url_pw())]][form]
    add(P, "positive", parts, "generic credential assignment with the value's full extent")


def p_url_pw():
    scheme = R.choice(["postgresql", "mysql", "amqp", "mongodb", "ftp", "https", "redis", "smtp"])
    add(P, "positive", ["%s://%s:" % (scheme, R.choice(["admin", "svc", "root", "guest1", "report"])), ("password", url_pw()), "@%s/%s" % (R.choice(["db.prod.internal", "mq.local", "files.corp.net", "cache.svc"]), R.choice(["main", "vhost", "upload", "0"]))],
        "password in URL userinfo")


def p_bearer():
    kind = R.random()
    if kind < 0.4:
        parts = ["Authorization: Bearer ", ("jwt", jwt(R.choice(["HS256", "RS256"])))]
    elif kind < 0.7:
        parts = ["-H 'Authorization: Bearer ", ("bearer_token", rs(R.choice([32, 40, 64]), ALNUM + "-._~")), "'"]
    else:
        parts = ["Authorization: Basic ", ("basic_auth", base64.b64encode(("%s:%s" % (R.choice(["api", "bot", "alice"]), url_pw())).encode()).decode())]
    add(P, "positive", parts, "HTTP authorization header value")


def p_jwt_bare():
    alg = R.choice(["HS256", "HS512", "none"])
    add(P, "positive", [R.choice(["token: ", "id_token=", "\"access_token\": \"", "jwt "]), ("jwt", jwt(alg, signed=alg != "none"))], "JWT value (signed, or unsigned with alg none)")


def p_private_key():
    kind = R.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY"])
    add(P, "positive", [("private_key", pem(kind))], "%s block" % kind.lower())


def p_pgp():
    add(P, "positive", [("private_key", pgp_key())], "PGP private key block")


def p_cookie():
    name = R.choice(["PHPSESSID", "JSESSIONID", "laravel_session", "_session_id", "sid", "ASP.NET_SessionId"])
    alpha = {"PHPSESSID": LO + DG, "JSESSIONID": "0123456789ABCDEF", "ASP.NET_SessionId": LO + DG}.get(name, URL)
    n = {"PHPSESSID": 26, "JSESSIONID": 32, "ASP.NET_SessionId": 24}.get(name, 40)
    add(P, "positive", ["Cookie: %s=" % name, ("session_cookie", rs(n, alpha))], "session cookie value")


PII_SENT = {
    "email": ["My email is {v}", "Contact {v} for access", "Reply-To: {v}", "send the report to {v} by friday"],
    "credit_card": ["My credit card number is {v}", "card: {v} exp 07/29", "Charged {v} for EUR 45.00", "PAN {v}"],
    "phone": ["Please call me at {v}", "Tel.: {v}", "mobile {v}", "You can reach the tenant on {v}"],
    "iban": ["Bitte überweisen Sie auf {v}", "IBAN {v}", "Payee account: {v}", "Versement sur le compte {v}"],
}
NAT_SENT = {"us_ssn": "Her social security number is {v}.", "uk_nino": "NI number: {v}", "de_steuer_id": "Meine Steuer-ID lautet {v}.",
            "fr_nir": "Mon numéro de sécurité sociale est le {v}.", "es_dni": "DNI del titular: {v}", "es_nie": "NIE {v} (residente)",
            "it_codice_fiscale": "Codice fiscale: {v}", "nl_bsn": "Mijn BSN is {v}", "pl_pesel": "Numer PESEL: {v}", "in_aadhaar": "Aadhaar No. {v}",
            "au_tfn": "Tax file number {v}", "au_medicare": "Medicare card {v}", "jp_my_number": "個人番号（マイナンバー）：{v}", "br_cpf": "CPF do cliente: {v}",
            "br_cnpj": "CNPJ {v}", "ca_sin": "Social Insurance Number: {v}", "se_personnummer": "Personnummer: {v}", "fi_hetu": "Henkilötunnus {v}",
            "no_fodselsnummer": "Fødselsnummer: {v}", "ch_ahv": "AHV-Nummer {v}"}


def sent(tmpl, typ, val):
    a, b = tmpl.split("{v}")
    return [a, (typ, val), b]


def p_pii(kind):
    if kind == "email":
        v = email()
    elif kind == "credit_card":
        v = card()
    elif kind == "phone":
        v = phone()
    else:
        v = iban()
    add(P, "positive", sent(R.choice(PII_SENT[kind]), kind, v), "%s in a recogniser-style sentence" % kind)


def p_natid(t, fn):
    v = fn()
    if t == "us_ssn" and R.random() < 0.4:
        v = us_ssn(".")
    add(P, "positive", sent(NAT_SENT[t], t, v), "%s with a valid checksum or format" % t)


# public negatives --------------------------------------------------------------
def pn(cls, text, reason):
    add(P, cls, [text], reason)


def public_negatives():
    pn("example_key", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "AWS documented example key id")
    pn("example_key", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AWS documented example secret")
    pn("example_key", "export AWS_ACCESS_KEY_ID=AKIAI44QH8DHBEXAMPLE", "second documented AWS example key id")
    pn("example_key", "aws_secret_access_key: je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY", "second documented AWS example secret")
    pn("example_key", "stripe.api_key = \"sk_test_4eC39HqLyjWDarjtT1zdp7dc\"  # from the Stripe docs", "Stripe documentation sample test key")
    for txt in ["api_key = \"<your-api-key>\"", "OPENAI_API_KEY=insert_key_here", "token: \"YOUR_TOKEN_HERE\"", "password = \"********\"",
                "SLACK_WEBHOOK=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "AWS_SECRET_ACCESS_KEY=REPLACE_ME", "stripe_key: sk_live_************************", "Authorization: Bearer <token>",
                "Authorization: Basic <base64(user:password)>", "-----BEGIN RSA PRIVATE KEY-----\n<paste your key here>\n-----END RSA PRIVATE KEY-----",
                "anthropic_api_key = \"sk-ant-...\"", "SSN: XXX-XX-XXXX",
                "card_number: \"0000 0000 0000 0000\"", "\"apiKey\": \"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\"", "TELEGRAM_BOT_TOKEN=123456789:REPLACE_WITH_YOUR_TOKEN",
                "npm_token = \"npm_<redacted>\"", "glpat-XXXXXXXXXXXXXXXXXXXX", "password: \"{{ vault_db_password }}\""]:
        pn("placeholder", txt, "placeholder, not a real value")
    for txt in ["password = os.environ[\"DB_PASSWORD\"]", "api_key: ${API_KEY}", "token = process.env.GITHUB_TOKEN", "secret: {{ .Values.auth.secret }}",
                "DATABASE_URL=${DATABASE_URL}", "password: !Ref DbMasterPassword", "SecretString: '{{resolve:secretsmanager:prod/db:SecretString:password}}'",
                "client_secret = config[\"oauth\"][\"client_secret\"]", "vault kv get -field=password secret/prod/postgres", "aws_secret_access_key = %(AWS_SECRET)s",
                "PGPASSWORD=$(cat /run/secrets/pg_password)", "let key = std::env::var(\"STRIPE_KEY\")?;", "password = getpass.getpass(\"Password: \")"]:
        pn("config_reference", txt, "reference to a secret, no value")
    for txt in ["password = \"\"", "secret_key = None", "DB_PASSWORD=", "token: null", "if password == confirm_password:", "PASSWORD_MIN_LENGTH = 12",
                "password_field = models.CharField(max_length=128)", "mysql -u root -p", "def verify_token(token: str) -> bool:", "api_key_header = APIKeyHeader(name=\"X-API-Key\")",
                "input type=\"password\" name=\"new_password\" placeholder=\"New password\"", "auth_token_expiry_seconds = 3600", "self.password = password"]:
        pn("code", txt, "code naming credentials without a value")
    for txt in ["2026-11-30 10:22:01 login failed for user=admin password=***", "[auth] token=<redacted> scope=repo", "Authorization: Bearer [FILTERED]",
                "card=************4242 status=approved", "apikey=sk-****...****f3a9 rotated", "db dsn=postgres://app:*****@db/app", "ssn=***-**-**** verified=true"]:
        pn("log_line", txt, "already redacted log line")
    for _ in range(10):
        pn("hash", R.choice(["commit %s", "sha256: %s", "md5sum %s", "ETag: \"%s\"", "git checkout %s", "object %s"]) % sha(R.choice([40, 64, 32, 40, 12])), "hex digest or object id")
    for _ in range(8):
        pn("uuid", R.choice(["correlation_id: %s", "\"id\": \"%s\"", "X-Request-Id: %s", "tenant=%s"]) % uuid4(), "UUID identifier")
    for _ in range(6):
        pn("lockfile_integrity", R.choice(["integrity %s", "\"integrity\": \"%s\"", "  integrity: %s"]) % integrity(), "lockfile integrity string")
    for _ in range(7):
        pn("version", R.choice(["version = \"%s\"", "@babel/core@%s", "FROM python:%s-slim", "appVersion: %s", "v%s-beta.2"]) % semver(), "version string")
    for _ in range(10):
        pn("order_number", R.choice(["Order #%s", "order_id=%s", "Invoice %s", "Tracking number: %s", "ref %s"]) % not_luhn(R.choice([13, 14, 15, 16, 16])), "long number that fails Luhn")
    for _ in range(7):
        pn("phone_like", R.choice([lambda: "timestamp_ms=%d" % R.randrange(1700000000000, 1790000000000), lambda: "build %s" % d(10, "1"),
                                   lambda: "nonce=%s" % d(10, "1"), lambda: "duration_ns: %s" % d(11), lambda: "ISBN %s" % isbn13(),
                                   lambda: "\"exp\": %d" % R.randrange(1760000000, 1790000000)])(), "number that is not a phone number")
    for txt in ["Use test card 4242 4242 4242 4242 with any future expiry and any CVC.", "Declined card for testing: 4000000000000002",
                "Mastercard test number 5555 5555 5555 4444 (Stripe test mode)", "Amex test card: 378282246310005", "Visa (debit) test card 4000056655665556",
                "Adyen test card 4111 1111 1111 1111, expiry 03/30, CVC 737", "Discover test card 6011111111111117"]:
        pn("test_card_in_docs", txt, "published payment-provider test card")
    for _ in range(5):
        pn("base64_data", "<img src=\"data:image/png;base64,%s\" alt=\"icon\">" % png_b64(R.randrange(60, 160)), "inline image data")
    for _ in range(3):
        pn("public_key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s ci-runner" % rs(43, B64), "SSH public key")
    pn("public_key", "-----BEGIN PUBLIC KEY-----\n%s\n%s\n%s\n%s\n%s\n%sIDAQAB\n-----END PUBLIC KEY-----" % ("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rs(20, B64), rs(64, B64), rs(64, B64), rs(64, B64), rs(64, B64), rs(58, B64)), "PEM public key")
    pn("encrypted_value", "password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  %s\n  %s" % (sha(80), sha(80)), "Ansible-vault encrypted value")

    # main ------------------------------------------------------------------------
    pn("iban_like", "IBAN: DE00 0000 0000 0000 0000 00 (example format)", "zero placeholder IBAN")
    for _ in range(4):
        cc = R.choice(["US", "DE", "GB"])
        body = cc + d(9, DG)
        digs = "".join(str(int(c, 36)) for c in body)
        tot = 0
        for i, ch in enumerate(reversed(digs)):
            v = int(ch) * (2 if i % 2 == 0 else 1)
            tot += v // 10 + v % 10
        pn("iban_like", "ISIN %s" % (body + str((10 - tot % 10) % 10)), "ISIN, not an IBAN")
    for txt in ["Tokens look like ghp_ followed by 36 characters.", "Rotate any key that starts with AKIA immediately.", "Never paste your password into a chat.",
                "The meeting is in room 4012 at 10:30.", "Call extension 2271 for the service desk.", "Our VAT rate is 19% and the fee is 1,234.50 EUR."]:
        pn("prose", txt, "prose with no secret or personal data")


def fill(source, cls_pos, target, fns):
    i = 0
    start = sum(1 for c in CASES if c["source"] == source and (c["class"] == "positive") == cls_pos)
    tries = 0
    while sum(1 for c in CASES if c["source"] == source and (c["class"] == "positive") == cls_pos) - start < target:
        fns[i % len(fns)]()
        i += 1
        tries += 1
        assert tries < target * 20


def main():
    fill(A, True, 200, AGENT_POS)
    fill(A, False, 100, AGENT_NEG)
    for t, fn in VENDORS:
        p_vendor(t, fn())
    for _ in range(12):
        t, fn = R.choice(VENDORS)
        p_vendor(t, fn())
    for fn, k in [(p_aws_pair, 5), (p_generic_pw, 10), (p_url_pw, 6), (p_bearer, 6), (p_jwt_bare, 4), (p_private_key, 5), (p_pgp, 1), (p_cookie, 4)]:
        for _ in range(k):
            fn()
    for kind, k in [("email", 6), ("credit_card", 8), ("phone", 14), ("iban", 7)]:
        for _ in range(k):
            p_pii(kind)
    for t, fn in NAT_IDS:
        p_natid(t, fn)
    for _ in range(10):
        t, fn = R.choice(NAT_IDS)
        p_natid(t, fn)
    public_negatives()
    R.shuffle(CASES)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("wrote", len(CASES), "cases to", OUT)


if __name__ == "__main__":
    main()
