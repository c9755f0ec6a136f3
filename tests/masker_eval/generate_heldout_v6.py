"""Generator for the blind held-out masker set v6 (issue 16).

Written from scratch; all values are synthetic, produced by a seeded RNG in their
real formats with valid checksums.  Cases are data only.  Do not tune on the output.

Run: .venv/bin/python tests/masker_eval/generate_heldout_v6.py
"""
import base64
import json
import os
import random
import string
import zlib

import phonenumbers

SEED = 60601
R = random.Random(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout_v6.jsonl")

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "-_"
HEX = "0123456789abcdef"
UPHEX = "0123456789ABCDEF"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
B64 = ALNUM + "+/"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def mixed(alpha, n):
    # ensure some entropy mix: at least one digit, one upper, one lower when alpha allows
    while True:
        s = rs(alpha, n)
        if (any(c.isdigit() for c in s) or not any(c.isdigit() for c in alpha)) and \
           (any(c.isupper() for c in s) or not any(c.isupper() for c in alpha)) and \
           (any(c.islower() for c in s) or not any(c.islower() for c in alpha)):
            return s


def b62enc(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


# ---------------------------------------------------------------- vendor tokens
def gh_token(prefix):
    body = mixed(B62, 30)
    return prefix + body + b62enc(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def npm_token():
    body = mixed(B62, 30)
    return "npm_" + body + b62enc(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def aws_id(prefix="AKIA"):
    return prefix + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def aws_secret():
    return mixed(B64, 40)


def jwt(signed=True):
    hdr = {"alg": R.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"} if signed else {"alg": "none", "typ": "JWT"}
    payload = {"sub": str(R.randint(10000, 99999999)), "iat": R.randint(1700000000, 1790000000),
               "scope": R.choice(["read:all", "admin", "orders:write", "openid profile"])}
    if R.random() < 0.5:
        payload["exp"] = payload["iat"] + 3600
    e = lambda d: base64.urlsafe_b64encode(json.dumps(d, separators=(",", ":")).encode()).decode().rstrip("=")
    if not signed:
        return e(hdr) + "." + e(payload) + "."
    return e(hdr) + "." + e(payload) + "." + rs(URLSAFE, R.choice([43, 86, 342]))


def pem_block(kind):
    if kind == "rsa":
        head, foot, n = "-----BEGIN RSA PRIVATE KEY-----", "-----END RSA PRIVATE KEY-----", R.randint(8, 14)
        first = "MIIEow" + rs(B64, 58)
    elif kind == "pkcs8":
        head, foot, n = "-----BEGIN PRIVATE KEY-----", "-----END PRIVATE KEY-----", R.randint(6, 12)
        first = "MIIEvQ" + rs(B64, 58)
    elif kind == "ec":
        head, foot, n = "-----BEGIN EC PRIVATE KEY-----", "-----END EC PRIVATE KEY-----", 2
        first = "MHcCAQEEI" + rs(B64, 55)
    elif kind == "openssh":
        head, foot, n = "-----BEGIN OPENSSH PRIVATE KEY-----", "-----END OPENSSH PRIVATE KEY-----", R.randint(4, 7)
        first = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
        first = first[:70]
    else:
        head, foot, n = "-----BEGIN PGP PRIVATE KEY BLOCK-----", "-----END PGP PRIVATE KEY BLOCK-----", R.randint(6, 10)
        first = "\nlQOYBGV" + rs(B64, 57)
    lines = [first] + [rs(B64, 64) for _ in range(n)] + [rs(B64, R.randint(8, 60)) + R.choice(["", "=", "=="])]
    if kind == "pgp":
        lines.append("=" + rs(B64, 4))
    return head + "\n" + "\n".join(lines) + "\n" + foot


VENDOR = {
    "github_token": lambda: gh_token(R.choice(["ghp_", "gho_", "ghu_", "ghs_", "ghr_"])),
    "github_fine_grained_pat": lambda: "github_pat_11" + rs(string.ascii_uppercase + string.digits, 20) + "_" + mixed(ALNUM, 59),
    "gitlab_token": lambda: R.choice(["glpat-", "glft-", "gldt-", "glrt-", "glptt-", "gloas-"]) + mixed(URLSAFE[:-2] , 20),
    "slack_bot_token": lambda: "xoxb-" + rs(string.digits, 12) + "-" + rs(string.digits, 13) + "-" + mixed(ALNUM, 24),
    "slack_user_token": lambda: "xoxp-" + rs(string.digits, 12) + "-" + rs(string.digits, 12) + "-" + rs(string.digits, 13) + "-" + rs(HEX, 32),
    "slack_app_token": lambda: "xapp-1-A" + rs(string.ascii_uppercase + string.digits, 10) + "-" + rs(string.digits, 13) + "-" + rs(HEX, 64),
    "slack_webhook": lambda: "https://hooks.slack.com/services/T" + rs(string.ascii_uppercase + string.digits, 8) + "/B" + rs(string.ascii_uppercase + string.digits, 10) + "/" + mixed(ALNUM, 24),
    "stripe_secret_key": lambda: "sk_live_" + mixed(ALNUM, R.choice([24, 99])),
    "stripe_restricted_key": lambda: "rk_live_" + mixed(ALNUM, R.choice([24, 99])),
    "stripe_webhook_secret": lambda: "whsec_" + mixed(ALNUM, 32),
    "openai_api_key": lambda: R.choice([
        lambda: "sk-proj-" + mixed(URLSAFE, 74) + "T3BlbkFJ" + mixed(URLSAFE, 74),
        lambda: "sk-" + mixed(ALNUM, 20) + "T3BlbkFJ" + mixed(ALNUM, 20),
        lambda: "sk-svcacct-" + mixed(URLSAFE, 74) + "T3BlbkFJ" + mixed(URLSAFE, 74)])(),
    "anthropic_api_key": lambda: R.choice(["sk-ant-api03-", "sk-ant-admin01-"]) + mixed(URLSAFE, 93) + "AA",
    "google_api_key": lambda: "AIza" + mixed(URLSAFE, 35),
    "twilio_api_key": lambda: "SK" + rs(HEX, 32),
    "sendgrid_api_key": lambda: "SG." + mixed(URLSAFE, 22) + "." + mixed(URLSAFE, 43),
    "mailgun_api_key": lambda: "key-" + rs(HEX, 32),
    "npm_token": npm_token,
    "pypi_token": lambda: "pypi-AgEIcHlwaS5vcmc" + mixed(URLSAFE, R.choice([50, 120, 160])),
    "shopify_token": lambda: R.choice(["shpat_", "shpca_", "shppa_", "shpss_"]) + rs(HEX, 32),
    "vault_token": lambda: R.choice(["hvs.", "hvb."]) + mixed(URLSAFE, R.choice([24, 91])),
    "terraform_token": lambda: mixed(ALNUM, 14) + ".atlasv1." + mixed(ALNUM, 67),
    "digitalocean_token": lambda: R.choice(["dop_v1_", "doo_v1_", "dor_v1_"]) + rs(HEX, 64),
    "heroku_api_key": lambda: "HRKU-AA" + mixed(URLSAFE, 58),
    "discord_bot_token": lambda: base64.b64encode(str(R.randint(10**17, 10**18 - 1)).encode()).decode().rstrip("=") + "." + mixed(URLSAFE, 6) + "." + mixed(URLSAFE, 38),
    "telegram_bot_token": lambda: str(R.randint(10**8, 10**10 - 1)) + ":AA" + mixed(URLSAFE, 33),
    "huggingface_token": lambda: "hf_" + mixed(string.ascii_letters, 34),
    "databricks_token": lambda: "dapi" + rs(HEX, 32) + R.choice(["", "-2", "-3"]),
    "linear_api_key": lambda: "lin_api_" + mixed(ALNUM, 40),
    "doppler_token": lambda: R.choice(["dp.pt.", "dp.st.dev.", "dp.sa."]) + mixed(ALNUM, 43),
    "postman_api_key": lambda: "PMAK-" + rs(HEX, 24) + "-" + rs(HEX, 34),
    "grafana_service_account_token": lambda: "glsa_" + mixed(ALNUM, 32) + "_" + rs(HEX, 8),
    "newrelic_user_key": lambda: "NRAK-" + rs(string.ascii_uppercase + string.digits, 27),
    "pulumi_token": lambda: "pul-" + rs(HEX, 40),
    "groq_api_key": lambda: "gsk_" + mixed(ALNUM, 52),
    "replicate_token": lambda: "r8_" + mixed(ALNUM, 37),
    "notion_token": lambda: "ntn_" + rs(string.digits, 11) + mixed(ALNUM, 35),
    "figma_token": lambda: "figd_" + mixed(URLSAFE, 40),
    "airtable_pat": lambda: "pat" + mixed(ALNUM, 14) + "." + rs(HEX, 64),
    "atlassian_api_token": lambda: "ATATT3xFfGF0" + mixed(URLSAFE, 170) + "=" + rs(UPHEX, 8),
    "sentry_auth_token": lambda: "sntryu_" + rs(HEX, 64),
    "planetscale_password": lambda: "pscale_pw_" + mixed(URLSAFE, 43),
    "fly_io_token": lambda: "fo1_" + mixed(URLSAFE, 43),
    "mapbox_secret_token": lambda: "sk.eyJ1Ijoi" + mixed(ALNUM, 30) + "." + mixed(URLSAFE, 22),
    "square_access_token": lambda: "EAAA" + mixed(URLSAFE, 60),
    "dynatrace_token": lambda: "dt0c01." + rs(string.ascii_uppercase + string.digits, 24) + "." + rs(string.ascii_uppercase + string.digits, 64),
    "easypost_api_key": lambda: "EZAK" + rs(HEX, 54),
    "buildkite_token": lambda: "bkua_" + rs(HEX, 40),
    "supabase_service_key": lambda: "sbp_" + rs(HEX, 40),
    "docker_hub_pat": lambda: "dckr_pat_" + mixed(URLSAFE, 27),
    "rubygems_api_key": lambda: "rubygems_" + rs(HEX, 48),
    "contentful_token": lambda: "CFPAT-" + mixed(URLSAFE, 43),
    "azure_ad_client_secret": lambda: rs(ALNUM, 3) + R.choice("78") + "Q~" + mixed(ALNUM + "~_.-", 31),
}

# vendors whose value has no self-identifying prefix: generic-looking values in named context
CONTEXT_VENDOR = {
    "datadog_api_key": ("DD_API_KEY", lambda: rs(HEX, 32)),
    "datadog_app_key": ("DD_APP_KEY", lambda: rs(HEX, 40)),
    "twilio_auth_token": ("TWILIO_AUTH_TOKEN", lambda: rs(HEX, 32)),
    "cloudflare_api_token": ("CLOUDFLARE_API_TOKEN", lambda: mixed(URLSAFE, 40)),
    "azure_storage_key": ("AZURE_STORAGE_KEY", lambda: mixed(B64, 86) + "=="),
    "algolia_admin_key": ("ALGOLIA_ADMIN_KEY", lambda: rs(HEX, 32)),
    "mailchimp_api_key": ("MAILCHIMP_API_KEY", lambda: rs(HEX, 32) + "-us" + str(R.randint(1, 21))),
    "okta_api_token": ("OKTA_API_TOKEN", lambda: "00" + mixed(URLSAFE, 40)),
    "pagerduty_token": ("PAGERDUTY_TOKEN", lambda: "u+" + mixed(ALNUM + "_-", 18)),
    "circleci_token": ("CIRCLECI_TOKEN", lambda: "CCIPAT_" + mixed(ALNUM, 22) + "_" + rs(HEX, 40)),
}


# ---------------------------------------------------------------- passwords
WORDS = ["correct", "horse", "battery", "staple", "violet", "harbor", "copper", "lantern", "maple", "orbit",
         "pickle", "quartz", "ribbon", "saddle", "tundra", "walnut", "zephyr", "nimbus", "falcon", "granite"]


def password():
    k = R.random()
    if k < 0.35:
        return mixed(ALNUM + "!#%&*+-.:;?@^_~", R.randint(12, 24))
    if k < 0.5:
        return " ".join(R.sample(WORDS, 4))
    if k < 0.65:
        return "-".join(R.sample(WORDS, 3)) + str(R.randint(10, 99))
    if k < 0.8:
        return R.choice(WORDS).capitalize() + R.choice("!$#%") + str(R.randint(1970, 2029)) + R.choice(WORDS)
    return mixed(ALNUM, 6) + R.choice(["{", "}", "(", ")", "[", "]", "$", "'", "=", ","]) + mixed(ALNUM + "!%^", 10)


def url_password():
    # URL-safe-ish: percent-encode reserved chars
    p = mixed(ALNUM + "-._~", R.randint(12, 22))
    if R.random() < 0.4:
        p = p[:5] + R.choice(["%40", "%23", "%2F", "%3A", "%21"]) + p[5:]
    return p


# ---------------------------------------------------------------- PII
FIRST = ["Amara", "Jonas", "Priya", "Mateo", "Ingrid", "Kenji", "Fatima", "Lucas", "Zofia", "Ravi", "Elena", "Tomasz",
         "Chloé", "Björn", "Aoife", "Dmitri", "Yuki", "Olumide", "Sofía", "Henrik", "Lina", "Marco", "Nadia", "Pedro"]
LAST = ["Okafor", "Schreiber", "Raman", "Gutierrez", "Lindqvist", "Tanaka", "Haddad", "Moreau", "Kowalska", "Iyer",
        "Petrova", "Nowak", "Dubois", "Sørensen", "Byrne", "Volkov", "Sato", "Adeyemi", "Ruiz", "Berg", "Costa"]
DOMAINS = ["gmail.com", "outlook.com", "proton.me", "yahoo.co.uk", "web.de", "orange.fr", "libero.it", "acme-logistics.io",
           "kestrel-health.org", "uni-heidelberg.de", "fastmail.com", "icloud.com", "nordwind.se", "hotmail.es"]


def name():
    return R.choice(FIRST) + " " + R.choice(LAST)


def email(n=None):
    n = n or name()
    f, l = n.lower().split(" ")[0], n.lower().split(" ")[-1]
    tr = str.maketrans("éøöñí", "eoeni")
    f, l = f.translate(tr), l.translate(tr)
    local = R.choice([f + "." + l, f[0] + l, f + "_" + l + str(R.randint(1, 99)), l + "+" + R.choice(["shop", "news", "work"]), f + l[0]])
    return local + "@" + R.choice(DOMAINS)


PHONE_REGIONS = ["US", "GB", "DE", "FR", "IN", "BR", "JP", "AU", "ES", "NL", "SE", "PL", "MX", "CA", "ZA", "NG", "KE",
                 "CH", "IE", "SG", "KR", "AR", "TR", "PT", "BE"]


def phone(region=None):
    region = region or R.choice(PHONE_REGIONS)
    ex = phonenumbers.example_number_for_type(region, R.choice([phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]))
    nat = str(ex.national_number)
    for _ in range(500):
        keep = max(2, len(nat) - 6)
        cand = nat[:keep] + rs(string.digits, len(nat) - keep)
        if cand == nat:
            continue
        pn = phonenumbers.parse("+" + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number(pn) and phonenumbers.region_code_for_number(pn) == region:
            fmt = R.choice([phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL,
                            phonenumbers.PhoneNumberFormat.E164, phonenumbers.PhoneNumberFormat.INTERNATIONAL])
            return phonenumbers.format_number(pn, fmt), region
    raise RuntimeError(region)


def luhn_digit(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


TEST_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444", "378282246310005", "4000056655665556",
              "6011111111111117", "3530111333300000", "5105105105105100", "4012888888881881"}


def card(sep=None):
    kind = R.choice(["visa", "mc", "mc2", "amex", "disc", "jcb"])
    if kind == "visa":
        body, ln = "4" + rs(string.digits, 14), 16
    elif kind == "mc":
        body, ln = "5" + R.choice("12345") + rs(string.digits, 13), 16
    elif kind == "mc2":
        body, ln = str(R.randint(2221, 2720)) + rs(string.digits, 11), 16
    elif kind == "amex":
        body, ln = "3" + R.choice("47") + rs(string.digits, 12), 15
    elif kind == "disc":
        body, ln = "6011" + rs(string.digits, 11), 16
    else:
        body, ln = "35" + str(R.randint(28, 89)) + rs(string.digits, 11), 16
    num = body + luhn_digit(body)
    assert num not in TEST_CARDS
    sep = R.choice(["", " ", "-"]) if sep is None else sep
    if ln == 15:
        return sep.join([num[:4], num[4:10], num[10:]]) if sep else num
    return sep.join(num[i:i + 4] for i in range(0, 16, 4)) if sep else num


IBAN_FMT = {"DE": "8n10n", "GB": "4a6n8n", "NL": "4a10n", "CH": "5n12n", "AT": "5n11n", "IE": "4a6n8n", "LU": "3n13c",
            "DK": "4n9n1n", "NO": "4n6n1n", "FI": "3n11n"}


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def bban_for(cc):
    f = IBAN_FMT[cc]
    out, i = "", 0
    import re as _re
    for n, t in _re.findall(r"(\d+)([anc])", f):
        n = int(n)
        out += rs(string.ascii_uppercase if t == "a" else string.digits if t == "n" else string.ascii_uppercase + string.digits, n)
    return out


def iban(spaced=None, cc=None):
    cc = cc or R.choice(list(IBAN_FMT))
    b = bban_for(cc)
    if cc == "NO":
        # Norwegian BBAN carries its own mod-11 check digit
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        while True:
            b = rs(string.digits, 10)
            r = 11 - sum(int(x) * y for x, y in zip(b, w)) % 11
            if r == 11:
                r = 0
            if r != 10:
                b += str(r)
                break
    if cc == "FI":
        while True:
            b = rs(string.digits, 13)
            c = luhn_digit(b)
            b += c
            break
    s = cc + iban_check(cc, b) + b
    spaced = R.random() < 0.5 if spaced is None else spaced
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s


def ssn(sep=None):
    while True:
        a = R.randint(1, 899)
        if a not in (666,):
            break
    g, s = R.randint(1, 99), R.randint(1, 9999)
    sep = R.choice(["-", "-", " ", "."]) if sep is None else sep
    return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)


def nino():
    bad1, bad2 = set("DFIQUV"), set("DFIOQUV")
    while True:
        p = R.choice(string.ascii_uppercase) + R.choice(string.ascii_uppercase)
        if p[0] in bad1 or p[1] in bad2 or p in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            continue
        break
    d = rs(string.digits, 6)
    suf = R.choice("ABCD")
    if R.random() < 0.5:
        return "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], suf)
    return p + d + suf


def steuer_id_check(d10):
    prod = 10
    for c in d10:
        s = (int(c) + prod) % 10
        if s == 0:
            s = 10
        prod = (s * 2) % 11
    return str((11 - prod) % 10)


def steuer_id():
    while True:
        digits = R.sample("0123456789", 9)
        rep = R.choice(digits)
        ds = digits + [rep]
        R.shuffle(ds)
        if ds[0] == "0":
            continue
        s = "".join(ds)
        n = s + steuer_id_check(s)
        return n if R.random() < 0.6 else "%s %s %s %s" % (n[:2], n[2:5], n[5:8], n[8:])


def fr_nir():
    base = "%d%02d%02d%02d%03d%03d" % (R.choice([1, 2]), R.randint(40, 99), R.randint(1, 12), R.choice([d for d in range(1, 96) if d != 20]),
                                          R.randint(1, 990), R.randint(1, 999))
    key = 97 - int(base) % 97
    n = base + "%02d" % key
    if R.random() < 0.5:
        return "%s %s %s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:])
    return n


DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni():
    if R.random() < 0.7:
        n = R.randint(10000000, 99999999)
        return "%08d%s" % (n, DNI_L[n % 23]) if R.random() < 0.7 else "%08d-%s" % (n, DNI_L[n % 23])
    p = R.choice("XYZ")
    n = R.randint(1000000, 9999999)
    return "%s%07d%s" % (p, n, DNI_L[int(str("XYZ".index(p)) + "%07d" % n) % 23])


def nl_bsn():
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * (9 - i) for i, x in enumerate(d))
        c = s % 11
        if c < 10:
            return "".join(map(str, d)) + str(c)


def pesel():
    y = R.randint(1950, 2009)
    m = R.randint(1, 12) + (20 if y >= 2000 else 0)
    dd = R.randint(1, 28)
    body = "%02d%02d%02d%04d" % (y % 100, m, dd, R.randint(0, 9999))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return body + str((10 - sum(int(a) * b for a, b in zip(body, w)) % 10) % 10)


VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
      [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
      [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
      [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar():
    body = str(R.randint(2, 9)) + rs(string.digits, 10)
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = VD[c][VP[(i + 1) % 8][int(ch)]]
    n = body + str(VINV[c])
    return "%s %s %s" % (n[:4], n[4:8], n[8:]) if R.random() < 0.6 else n


def au_tfn():
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = rs(string.digits, 9)
        if d[0] != "0" and sum(int(a) * b for a, b in zip(d, w)) % 11 == 0:
            return "%s %s %s" % (d[:3], d[3:6], d[6:]) if R.random() < 0.5 else d


def cpf():
    while True:
        d = [R.randint(0, 9) for _ in range(9)]
        if len(set(d)) > 1:
            break
    for n in (10, 11):
        s = sum(x * (n - i) for i, x in enumerate(d))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]) if R.random() < 0.7 else s


def cnpj():
    d = [R.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
    for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        r = sum(a * b for a, b in zip(d, w)) % 11
        d.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, d))
    return "%s.%s.%s/%s-%s" % (s[:2], s[2:5], s[5:8], s[8:12], s[12:])


def ca_sin():
    body = R.choice("1234567") + rs(string.digits, 7)
    n = body + luhn_digit(body)
    return "%s %s %s" % (n[:3], n[3:6], n[6:]) if R.random() < 0.5 else "%s-%s-%s" % (n[:3], n[3:6], n[6:])


def se_pnr():
    body = "%02d%02d%02d%03d" % (R.randint(40, 99), R.randint(1, 12), R.randint(1, 28), R.randint(0, 999))
    return body[:6] + R.choice(["-", "-", ""]) + body[6:] + luhn_digit(body)


def jp_mynumber():
    d = rs(string.digits, 11)
    s = 0
    for i in range(1, 12):
        p = int(d[11 - i])
        q = i + 1 if i <= 6 else i - 5
        s += p * q
    r = s % 11
    n = d + str(0 if r <= 1 else 11 - r)
    return "%s %s %s" % (n[:4], n[4:8], n[8:]) if R.random() < 0.4 else n


PII = {
    "us_ssn": ssn, "uk_nino": nino, "de_steuer_id": steuer_id, "fr_nir": fr_nir, "es_dni": es_dni, "nl_bsn": nl_bsn,
    "pl_pesel": pesel, "in_aadhaar": aadhaar, "au_tfn": au_tfn, "br_cpf": cpf, "br_cnpj": cnpj, "ca_sin": ca_sin,
    "se_personnummer": se_pnr, "jp_my_number": jp_mynumber,
}
PII_LABEL = {"us_ssn": "SSN", "uk_nino": "NI number", "de_steuer_id": "Steuer-ID", "fr_nir": "N° sécu",
             "es_dni": "DNI/NIE", "nl_bsn": "BSN", "pl_pesel": "PESEL", "in_aadhaar": "Aadhaar", "au_tfn": "TFN",
             "br_cpf": "CPF", "br_cnpj": "CNPJ", "ca_sin": "SIN", "se_personnummer": "Personnummer",
             "jp_my_number": "My Number"}


# ---------------------------------------------------------------- builder
CASES = []
SEEN = set()


def add(parts, source, reason, cls="positive"):
    text, spans = "", []
    for p in parts:
        if isinstance(p, tuple):
            v, t = p
            spans.append({"start": len(text), "end": len(text) + len(v), "type": t})
            text += v
        else:
            text += p
    if text in SEEN:
        return
    if spans and cls != "positive":
        raise ValueError("spans on negative")
    if not spans and cls == "positive":
        raise ValueError("positive without spans: " + text[:60])
    SEEN.add(text)
    CASES.append({"text": text, "spans": spans, "class": cls, "source": source, "reason": reason})


def vend():
    t = R.choice(list(VENDOR))
    return VENDOR[t](), t


def ctxv():
    t = R.choice(list(CONTEXT_VENDOR))
    k, f = CONTEXT_VENDOR[t]
    return k, f(), t


def pii():
    t = R.choice(list(PII))
    return PII[t](), t


# ================================================================ AGENT (positive)
def a_env():
    parts = ["# .env (loaded by docker compose)\nNODE_ENV=production\nPORT=8080\n"]
    v, t = vend()
    parts += [R.choice(["API_TOKEN=", "SERVICE_KEY=", "INTEGRATION_TOKEN="]), (v, t), "\n"]
    k, cv, ct = ctxv()
    parts += [k + "=", (cv, ct), "\n", "DB_PASSWORD=", (password().replace(" ", "_").replace("'", "").replace("\"", ""), "password"), "\n",
              "EMPTY_KEY=\nLOG_LEVEL=info\n"]
    add(parts, "agent", "dotenv with vendor token, context-named key and password; EMPTY_KEY= must not swallow next line")


def a_yaml():
    pw = password()
    q = "'" if "'" not in pw else '"'
    parts = ["database:\n  host: db.internal\n  port: 5432\n  user: app_rw\n  password: " + q, (pw, "password"), q + "\n",
             "smtp:\n  username: notifications\n  password: ", (mixed(ALNUM, 16), "password"), "\n"]
    add(parts, "agent", "YAML config with quoted password containing punctuation/spaces and an unquoted one")


def a_toml():
    v, t = vend()
    parts = ["[tool.deploy]\nregion = \"eu-west-1\"\n", "token = \"", (v, t), "\"\n", "[aws]\naccess_key_id = \"", (aws_id(), "aws_access_key_id"),
             "\"\nsecret_access_key = \"", (aws_secret(), "aws_secret_key"), "\"\n"]
    add(parts, "agent", "TOML with vendor token and AWS key pair")


def a_json_str():
    v, t = vend()
    inner = json.dumps({"provider": "x", "credentials": {"token": "@@"}})
    a, b = inner.split("@@")
    a = a.replace('"', '\\"')
    b = b.replace('"', '\\"')
    parts = ['{"name": "sync-job", "config": "', a, (v, t), b, '", "enabled": true}']
    add(parts, "agent", "secret inside JSON serialised as a string inside JSON")


def a_ini():
    parts = ["[client]\nuser=backup\npassword=", (mixed(ALNUM + "$%&", 18), "password"), "\nhost=mysql-primary\n\n[mysqldump]\nquick\n"]
    add(parts, "agent", "my.cnf with password value ending at line end")


def a_hcl():
    v = VENDOR["vault_token"]()
    parts = ["provider \"vault\" {\n  address = \"https://vault.corp.internal:8200\"\n  token   = \"", (v, "vault_token"), "\"\n}\n\n",
             "resource \"aws_db_instance\" \"main\" {\n  username = \"admin\"\n  password = \"", (password(), "password"), "\"\n}\n"]
    add(parts, "agent", "Terraform HCL with Vault token and DB password literal")


def a_props():
    parts = ["spring.datasource.url=jdbc:postgresql://pg:5432/orders\nspring.datasource.username=orders\nspring.datasource.password=",
             (mixed(ALNUM + "!@#", 15), "password"), "\nspring.mail.password = ", (mixed(ALNUM, 16), "password"), "\n"]
    add(parts, "agent", "Java properties with passwords")


def a_history():
    u = R.choice(["deploy", "admin", "root", "svc_etl"])
    parts = [" 501  cd infra\n 502  export GITHUB_TOKEN=", (gh_token("ghp_"), "github_token"), "\n 503  mysql -u ", u, " -p'",
             (password().replace("'", "#"), "password"), "' -h db1 prod\n 504  psql \"postgresql://", u, ":", (url_password(), "password"),
             "@pg.internal/analytics\"\n 505  git push origin main\n"]
    add(parts, "agent", "shell history with exported token, CLI password flag and URL credentials")


def a_curl():
    v, t = vend()
    style = R.random()
    if style < 0.4:
        parts = ["$ curl -sS -X POST https://api.service.example/v1/jobs \\\n  -H \"Authorization: Bearer ", (v, t),
                 "\" \\\n  -H 'Content-Type: application/json' -d '{\"name\":\"nightly\"}'\n"]
    elif style < 0.7:
        cred = R.choice(["ops", "api"]) + ":" + password().replace(" ", "")
        parts = ["curl -u ", (cred.split(":")[0], "username") if False else cred.split(":")[0], ":", (cred.split(":", 1)[1], "password"),
                 " https://registry.internal/v2/_catalog\n"]
    else:
        b = base64.b64encode(("svc-ci:" + mixed(ALNUM, 20)).encode()).decode()
        parts = ["GET /api/v2/builds HTTP/1.1\r\nHost: ci.internal\r\nAuthorization: Basic ", (b, "basic_auth"),
                 "\r\nUser-Agent: python-requests/2.32.3\r\n\r\n"]
    add(parts, "agent", "HTTP credentials in curl command or raw request")


def a_connstr():
    k = R.random()
    if k < 0.3:
        parts = ["DATABASE_URL=postgres://app:", (url_password(), "password"), "@db.prod.internal:5432/app?sslmode=require\n"]
    elif k < 0.5:
        parts = ["MONGO_URI=mongodb+srv://reporting:", (url_password(), "password"), "@cluster0.ab1cd.mongodb.net/reports?retryWrites=true\n"]
    elif k < 0.7:
        parts = ["redis_url: \"rediss://default:", (mixed(ALNUM, 32), "password"), "@cache.internal:6380/0\"\n"]
    elif k < 0.85:
        acct = "st" + rs(string.ascii_lowercase + string.digits, 10)
        parts = ["AZURE_STORAGE_CONNECTION_STRING=\"DefaultEndpointsProtocol=https;AccountName=" + acct + ";AccountKey=",
                 (mixed(B64, 86) + "==", "azure_storage_key"), ";EndpointSuffix=core.windows.net\"\n"]
    else:
        parts = ["Server=tcp:sql-prod.database.windows.net,1433;Initial Catalog=crm;User ID=crm_app;Password=",
                 (mixed(ALNUM + "!#", 16), "password"), ";Encrypt=True;\n"]
    add(parts, "agent", "connection string with embedded credential")


def a_k8s():
    pw = password().replace(" ", "")
    b = base64.b64encode(pw.encode()).decode()
    v, t = vend()
    parts = ["apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\ntype: Opaque\nstringData:\n  API_TOKEN: ", (v, t),
             "\ndata:\n  # base64 of the DB password\n  DB_PASSWORD: " + b + "\n"]  # encoded value not labelled (secret not visible)
    add(parts, "agent", "Kubernetes Secret with stringData token and base64 data value")


def a_compose():
    parts = ["services:\n  db:\n    image: postgres:16.4\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: ",
             (password().replace(" ", "-").replace("'", "").replace("\"", ""), "password"), "\n  worker:\n    environment:\n      - ",
             R.choice(["SLACK_BOT_TOKEN=", "BOT_TOKEN="]), (VENDOR["slack_bot_token"](), "slack_bot_token"), "\n"]
    add(parts, "agent", "docker-compose environment with password and Slack token")


def a_log():
    v, t = vend()
    parts = ["2026-11-30T22:14:03.118Z ERROR sync.worker request failed url=https://api.vendor.example/v2/items?api_key=", (v, t),
             "&page=3 status=401\n2026-11-30T22:14:03.120Z INFO sync.worker retrying in 30s\n"]
    add(parts, "agent", "log line leaks key as URL query parameter")


def a_trace():
    pw = mixed(ALNUM, 14)
    parts = ["Traceback (most recent call last):\n  File \"/srv/app/db.py\", line 41, in connect\n    conn = psycopg.connect(dsn)\n"
             "psycopg.OperationalError: connection failed: FATAL:  password authentication failed for user \"etl\"\n"
             "  dsn='host=pg01 dbname=wh user=etl password=", (pw, "password"), "'\n"]
    add(parts, "agent", "stack trace echoes DSN password")


def a_code():
    v, t = vend()
    lang = R.choice(["py", "js", "go", "rb", "java", "cs", "php", "rs", "kt", "sh"])
    tmpl = {
        "py": ["import requests\n\nclient = Client(api_key=\"", (v, t), "\")\n"],
        "js": ["const client = new Client({\n  apiKey: '", (v, t), "',\n  timeout: 10_000,\n});\n"],
        "go": ["var token = \"", (v, t), "\"\n\nfunc main() {\n\tc := api.New(token)\n\t_ = c\n}\n"],
        "rb": ["Vendor.configure do |c|\n  c.api_key = '", (v, t), "'\nend\n"],
        "java": ["private static final String API_KEY = \"", (v, t), "\";\n"],
        "cs": ["var client = new ApiClient(\"", (v, t), "\");\n"],
        "php": ["$config['api_key'] = '", (v, t), "';\n"],
        "rs": ["let client = Client::new(\"", (v, t), "\");\n"],
        "kt": ["val token = \"", (v, t), "\"\n"],
        "sh": ["#!/usr/bin/env bash\nset -euo pipefail\nTOKEN=\"", (v, t), "\"\nexec ./sync --token \"$TOKEN\"\n"],
    }[lang]
    add(tmpl, "agent", "inline key in %s source" % lang)


def a_code_pw():
    pw = password().replace("\"", "").replace("\\", "")
    parts = [R.choice(["conn = pymysql.connect(host='db', user='report', password=\"", "db = connect(user=\"svc\", passwd=\"",
                       "ldap.simple_bind_s('cn=admin,dc=corp,dc=local', \""]), (pw, "password"), "\")\n"]
    add(parts, "agent", "password literal passed to a client call")


def a_privkey():
    kind = R.choice(["rsa", "pkcs8", "ec", "openssh", "pgp"])
    parts = [R.choice(["$ cat ~/.ssh/deploy_key\n", "Here is the key file contents:\n\n", "key.pem:\n"]), (pem_block(kind), "private_key"), "\n"]
    add(parts, "agent", "private key block (%s)" % kind)


def a_jwt():
    signed = R.random() < 0.7
    parts = [R.choice(["> GET /me\n> Authorization: Bearer ", "Cookie: theme=dark; access_token=", "id_token="]), (jwt(signed), "jwt"), "\n< HTTP/2 200\n"]
    add(parts, "agent", "JWT in header/cookie (%s)" % ("signed" if signed else "unsigned alg none"))


def a_cookie():
    parts = ["Set-Cookie: sessionid=", (mixed(string.ascii_lowercase + string.digits, 32), "session_cookie"),
             "; Path=/; HttpOnly; Secure; SameSite=Lax\nSet-Cookie: csrftoken=", (mixed(ALNUM, 64), "session_cookie"), "; Path=/\n"]
    add(parts, "agent", "session and CSRF cookies from response headers")


def a_customers_csv():
    hdr = R.random() < 0.7
    sep = R.choice([",", ";", "\t"])
    parts = []
    if hdr:
        parts.append(sep.join(["id", "name", "email", "phone", "country"]) + "\n")
    for i in range(R.randint(4, 9)):
        n = name()
        ph, reg = phone()
        parts += [str(1000 + i), sep, n, sep, (email(n), "email"), sep, (ph, "phone"), sep, reg, "\n"]
    add(parts, "agent", "customer export %s header" % ("with" if hdr else "without"))


def a_md_table(kind=None):
    kind = kind or R.choice(["us_ssn", "uk_nino", "de_steuer_id", "fr_nir", "es_dni", "nl_bsn", "pl_pesel", "in_aadhaar", "br_cpf", "ca_sin", "se_personnummer", "jp_my_number", "au_tfn"])
    parts = ["| Employee | " + PII_LABEL[kind] + " | IBAN |\n|---|---|---|\n"]
    for _ in range(R.randint(3, 6)):
        parts += ["| ", name(), " | ", (PII[kind](), kind), " | ", (iban(True), "iban"), " |\n"]
    add(parts, "agent", "Markdown payroll table with %s and IBANs" % kind)


def a_sql():
    parts = [" customer_id |      email       |     card_number     | exp\n-------------+------------------+---------------------+------\n"]
    for _ in range(R.randint(3, 6)):
        parts += ["       " + str(R.randint(10000, 99999)) + " | ", (email(), "email"), " | ", (card(), "credit_card"), " | " + "%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)) + "\n"]
    parts.append("(%d rows)\n" % ((len(parts) - 1) // 5))
    add(parts, "agent", "psql result rows with emails and Luhn-valid card numbers")


def a_ticket():
    n = name()
    ph, reg = phone()
    parts = ["Subject: Refund request #" + str(R.randint(100000, 999999)) + "\nFrom: " + n + " <", (email(n), "email"), ">\n\nHi,\n\nplease refund to my account ",
             (iban(), "iban"), ". You can reach me on ", (ph, "phone"), " after 5pm.\n\nThanks,\n" + n.split()[0] + "\n"]
    add(parts, "agent", "support email with email, IBAN, phone")


def a_chat(k=None):
    n = name()
    k = k or R.choice(list(PII))
    parts = ["[09:14] " + n + ": my " + PII_LABEL[k] + " is ", (PII[k](), k), " if you need it for the form\n[09:15] agent: thanks, noted\n"]
    add(parts, "agent", "chat export with national id (%s)" % k)


def a_ssn_forms():
    parts = ["Applicant: " + name() + "\nSSN: ", (ssn(), "us_ssn"), "\nCard on file: ", (card(), "credit_card"), "\nPhone: ", (phone("US")[0], "phone"), "\n"]
    add(parts, "agent", "intake form with SSN, card, US phone")


def a_aws_cli():
    parts = ["$ cat ~/.aws/credentials\n[default]\naws_access_key_id = ", (aws_id(), "aws_access_key_id"), "\naws_secret_access_key = ",
             (aws_secret(), "aws_secret_key"), "\n\n[ci]\naws_access_key_id=", (aws_id("ASIA"), "aws_access_key_id"), "\naws_secret_access_key=",
             (aws_secret(), "aws_secret_key"), "\naws_session_token=", (mixed(B64, 300), "aws_session_token"), "\n"]
    add(parts, "agent", "AWS credentials file with two profiles")


def a_ctx_vendor():
    k, v, t = ctxv()
    style = R.choice(["export {k}={v}\n", "{k}: \"{v}\"\n", "  \"{k}\": \"{v}\",\n", "os.environ.setdefault(\"{k}\", \"{v}\")\n"])
    a, b = style.split("{v}")
    add([a.format(k=k), (v, t), b], "agent", "context-named vendor secret (%s)" % t)


def a_prompt():
    pw = password()
    parts = ["Welcome! The wifi is \"GuestNet\" and the password is: ", (pw, "password"), "\nPlease do not share it.\n"]
    add(parts, "agent", "password stated in prose")


def a_b64_config():
    tok = VENDOR["github_fine_grained_pat"]()
    blob = json.dumps({"registry": "ghcr.io", "username": "bot", "token": tok})
    enc = base64.b64encode(blob.encode()).decode()
    a, b = blob.split(tok)
    add(["$ kubectl get secret regcred -o jsonpath='{.data.config}' | base64 -d\n" + a, (tok, "github_fine_grained_pat"), b + "\n",
         "(raw: " + enc[:24] + "...)\n"], "agent", "decoded base64 config shows the token in clear; the encoded form is not labelled")


def a_misc():
    k = R.randrange(9)
    if k == 0:
        parts = ["$ git clone https://oauth2:", (VENDOR["gitlab_token"](), "gitlab_token"), "@gitlab.com/acme/platform/infra.git\nCloning into 'infra'...\n"]
    elif k == 1:
        parts = ["$ cat .npmrc\n@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=", (gh_token("ghp_"), "github_token"),
                 "\n//registry.npmjs.org/:_authToken=", (npm_token(), "npm_token"), "\n"]
    elif k == 2:
        parts = ["[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = ", (VENDOR["pypi_token"](), "pypi_token"), "\n"]
    elif k == 3:
        parts = ["machine api.heroku.com\n  login ops\n  password ", (VENDOR["heroku_api_key"](), "heroku_api_key"),
                 "\nmachine ftp.partner.test\n  login upload\n  password ", (mixed(ALNUM, 14), "password"), "\n"]
    elif k == 4:
        pw = password().replace("\"", "").replace("`", "")
        parts = ["PS> $sec = ConvertTo-SecureString \"", (pw, "password"), "\" -AsPlainText -Force\nPS> $cred = New-Object PSCredential('CORP\\svc_backup', $sec)\n"]
    elif k == 5:
        parts = ["<connectionStrings>\n  <add name=\"Main\" connectionString=\"Data Source=sql01;User Id=web;Password=", (mixed(ALNUM + "!", 15), "password"),
                 ";\" />\n</connectionStrings>\n<appSettings>\n  <add key=\"SendGridKey\" value=\"", (VENDOR["sendgrid_api_key"](), "sendgrid_api_key"), "\" />\n</appSettings>\n"]
    elif k == 6:
        parts = ["Sure, I've set the token. You can verify with `", (VENDOR["anthropic_api_key"](), "anthropic_api_key"), "` but rotate it after the demo.\n"]
    elif k == 7:
        parts = ["[global]\nindex-url = https://ci-reader:", (url_password(), "password"), "@pypi.internal.acme.test/simple\n"]
    else:
        parts = ["- name: Notify\n  run: curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"deployed\"}' ", (VENDOR["slack_webhook"](), "slack_webhook"),
                 "\n- name: Telegram\n  run: curl https://api.telegram.org/bot", (VENDOR["telegram_bot_token"](), "telegram_bot_token"), "/sendMessage?chat_id=-1001234\n"]
    add(parts, "agent", "credential in tool-specific file/command form (%d)" % k)


def a_openai_env():
    parts = ["OPENAI_API_KEY=", (VENDOR["openai_api_key"](), "openai_api_key"), "\nANTHROPIC_API_KEY=", (VENDOR["anthropic_api_key"](), "anthropic_api_key"),
             "\nGROQ_API_KEY=", (VENDOR["groq_api_key"](), "groq_api_key"), "\nHF_TOKEN=", (VENDOR["huggingface_token"](), "huggingface_token"), "\n"]
    add(parts, "agent", "LLM provider keys in .env")


AGENT_POS = [a_misc, a_misc, a_openai_env,a_env, a_yaml, a_toml, a_json_str, a_ini, a_hcl, a_props, a_history, a_curl, a_connstr, a_k8s, a_compose, a_log,
             a_trace, a_code, a_code, a_code_pw, a_privkey, a_jwt, a_cookie, a_customers_csv, a_md_table, a_sql, a_ticket, a_chat,
             a_ssn_forms, a_aws_cli, a_ctx_vendor, a_ctx_vendor, a_prompt, a_b64_config]


# ================================================================ NEGATIVES (shared generators)
def sha1():
    return rs(HEX, 40)


def sha256():
    return rs(HEX, 64)


def uuid4():
    h = rs(HEX, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:])


def semver():
    return "%d.%d.%d" % (R.randint(0, 30), R.randint(0, 40), R.randint(0, 60))


def non_luhn(n):
    while True:
        s = str(R.randint(1, 9)) + rs(string.digits, n - 1)
        if luhn_digit(s[:-1]) != s[-1]:
            return s


def bad_iban():
    s = iban(False, R.choice(["DE", "GB", "NL"]))
    cd = int(s[2:4])
    wrong = "%02d" % ((cd + R.randint(1, 50)) % 97 + 2 if (cd + 1) % 97 > 1 else 50)
    if wrong == s[2:4]:
        wrong = "%02d" % (cd + 1 if cd < 98 else 3)
    return s[:2] + wrong + s[4:]


def integrity():
    return "sha512-" + rs(B64, 86) + "=="


def png_b64():
    return "iVBORw0KGgoAAAANSUhEUgAA" + rs(B64, R.randint(120, 300)) + "AAAAAElFTkSuQmCC"


NEG = []


def n_gitlog():
    lines = ["%s %s" % (sha1()[:R.choice([7, 40])], R.choice(["fix: retry on 502", "chore(deps): bump axios", "feat: add export",
                                                               "refactor token refresh", "docs: password reset flow"])) for _ in range(5)]
    return "$ git log --oneline -5\n" + "\n".join(lines) + "\n", "hash", "git short/full SHAs"


def n_sha256sum():
    return "%s  dist/app-%s-linux-amd64.tar.gz\n%s  dist/app-%s-darwin-arm64.tar.gz\n" % (sha256(), semver(), sha256(), semver()), "hash", "sha256sum output"


def n_uuid():
    return "request_id=%s trace_id=%s span=%s status=200 duration_ms=%d\n" % (uuid4(), rs(HEX, 32), rs(HEX, 16), R.randint(3, 900)), "uuid", "request and trace ids"


def n_lock():
    pkg = R.choice(["lodash", "react-dom", "@types/node", "esbuild", "zod", "chalk"])
    v = semver()
    return ("\"node_modules/%s\": {\n  \"version\": \"%s\",\n  \"resolved\": \"https://registry.npmjs.org/%s/-/%s-%s.tgz\",\n  \"integrity\": \"%s\"\n}\n"
            % (pkg, v, pkg, pkg.split("/")[-1], v, integrity())), "lockfile_integrity", "package-lock entry"


def n_yarn():
    return ("%s@^%s:\n  version \"%s\"\n  resolved \"https://registry.yarnpkg.com/x/-/x-%s.tgz#%s\"\n  integrity %s\n"
            % (R.choice(["debug", "ms", "semver"]), semver(), semver(), semver(), sha1(), integrity())), "lockfile_integrity", "yarn.lock entry with sha1 fragment"


def n_aws_example():
    return ("[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"), "example_key", "AWS documented example key pair"


def n_placeholder():
    k = R.choice(["OPENAI_API_KEY", "STRIPE_SECRET_KEY", "GITHUB_TOKEN", "API_KEY", "DB_PASSWORD", "SLACK_BOT_TOKEN"])
    v = R.choice(["<your-api-key>", "insert_key_here", "xxxxxxxxxxxxxxxxxxxxxxxx", "YOUR_TOKEN_HERE", "changeme", "sk-...", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                  "sk_live_...", "REPLACE_ME", "<redacted>", "********", "${SECRET}", "your-password", "TODO", "xoxb-your-token"])
    return "# copy to .env and fill in\n%s=%s\n" % (k, v), "placeholder", "placeholder value in env template"


def n_env_ref():
    k = R.choice([
        "password: ${DB_PASSWORD}\napi_key: ${API_KEY:?missing}\n",
        "token = os.environ[\"GITHUB_TOKEN\"]\nsecret = os.getenv(\"STRIPE_SECRET_KEY\", \"\")\n",
        "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-creds\n        key: password\n",
        "password = \"{{ vault_db_password }}\"\n",
        "secret_id: vault:secret/data/prod/payments#api_key\n",
        "aws_secret_access_key = ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n",
        "const key = process.env.OPENAI_API_KEY!;\n",
        "DATABASE_URL=postgres://${PGUSER}:${PGPASSWORD}@${PGHOST}:5432/app\n",
        "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf\n",
        "password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n",
    ])
    return k, "config_reference", "references to secrets, not values"


def n_order():
    n = non_luhn(R.choice([13, 14, 15, 16]))
    return R.choice(["Order #%s shipped via DHL, tracking %s\n", "Invoice no. %s (ref %s)\n", "Sendungsnummer: %s / Auftrag %s\n"]) % (n, non_luhn(R.choice([12, 14]))), "order_number", "Luhn-failing order/tracking numbers"


def n_ts():
    return "%d %s\nbuild %d finished at %d\n" % (R.randint(1700000000000, 1790000000000), semver(), R.randint(1000, 99999), R.randint(1700000000, 1790000000)), "log_line", "epoch timestamps and build numbers"


def n_b64img():
    return "<img alt=\"logo\" src=\"data:image/png;base64,%s\" />\n" % png_b64(), "base64_data", "inline PNG data URI"


def n_testcard():
    c = R.choice(sorted(TEST_CARDS))
    return R.choice([
        "def test_charge_succeeds(stripe):\n    pm = stripe.create_payment_method(card=\"%s\", exp=\"12/34\", cvc=\"123\")\n    assert pm.ok\n",
        "Use the test card `%s` with any future expiry date and any CVC.\n",
        "cy.get('[data-test=card-number]').type('%s')\n"]) % c, "test_card_in_docs", "published test card in test code/docs"


def n_form():
    return R.choice([
        "<label for=\"password\">Password</label>\n<input type=\"password\" name=\"password\" id=\"password\" autocomplete=\"current-password\" required minlength=\"12\">\n",
        "class SignupForm(forms.Form):\n    password = forms.CharField(widget=forms.PasswordInput)\n    password_confirm = forms.CharField(widget=forms.PasswordInput)\n",
        "password: z.string().min(12, 'Password must be at least 12 characters'),\n",
        "ALTER TABLE users ADD COLUMN password_hash TEXT NOT NULL;\n",
    ]), "code", "form/schema field named password"


def n_redacted():
    return R.choice([
        "2026-11-30 21:02:11 INFO auth login ok user=svc_report password=*** token=[REDACTED]\n",
        "DEBUG connecting dsn=postgres://app:****@db:5432/app\n",
        "Authorization: Bearer <redacted>\n",
        "api_key=sk_live_************************ (masked)\n",
    ]), "log_line", "already-redacted log line"


def n_version():
    return "Python %s\npip %s\nnode v%s\ndocker %s, build %s\n" % (semver(), semver(), semver(), semver(), sha1()[:7]), "version", "tool versions and build ids"


def n_iban_like():
    return "IBAN field must match ^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$, e.g. a value like %s is rejected by the checksum step.\n" % bad_iban(), "iban_like", "IBAN-shaped string with wrong check digits"


def n_phone_like():
    return R.choice([
        "ISBN 978-%d-%03d-%05d-%d\n" % (R.randint(0, 1), R.randint(0, 999), R.randint(0, 99999), R.randint(0, 9)),
        "Released %d-%02d-%02d, build 2026.11.%d\n" % (R.randint(2019, 2026), R.randint(1, 12), R.randint(1, 28), R.randint(1, 30)),
        "coords: lat 48.%06d, lon 11.%06d\n" % (R.randint(0, 999999), R.randint(0, 999999)),
        "Temperatures: 21.4 22.1 23.0 | readings 1013 1012 1009 hPa\n",
    ]), "phone_like", "numbers that are not phone numbers"


def n_prose():
    return R.choice([
        "Rotate the API key every 90 days and store it in the secrets manager; never paste passwords into tickets.\n",
        "The token expired, so the client requested a new one using the refresh flow.\n",
        "Set a strong password (at least 12 characters, mixing words) and enable two-factor authentication.\n",
        "Private keys should be generated on the host with ssh-keygen -t ed25519 and never leave it.\n",
    ]), "prose", "prose about secrets without any value"


def n_digest():
    return "image: ghcr.io/acme/api@sha256:%s\nresourceVersion: \"%d\"\n" % (sha256(), R.randint(10**6, 10**9)), "hash", "image digest and resourceVersion"


def n_code_hash():
    return R.choice(["ETag: \"%s\"\n" % rs(HEX, 32), "checksum = \"%s\"\n" % sha256(), "commit_sha: %s\n" % sha1(),
                     "Content-MD5: %s\n" % base64.b64encode(bytes(R.randrange(256) for _ in range(16))).decode()]), "hash", "content hashes"


def n_pubkey():
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s deploy@ci\n" % rs(B64, 43), "code", "public SSH key (not secret)"


def n_envexample():
    return "API_KEY=\nDB_PASSWORD=\nREDIS_URL=redis://localhost:6379/0\nDEBUG=false\n", "placeholder", "empty values must not swallow the next line"


def n_near():
    return R.choice([
        ("golang.org/x/crypto v0.%d.0 h1:%s=\ngolang.org/x/crypto v0.%d.0/go.mod h1:%s=\n" % (R.randint(10, 40), rs(B64, 43), R.randint(10, 40), rs(B64, 43)), "lockfile_integrity", "go.sum h1 hashes"),
        ("requests==2.32.%d \\\n    --hash=sha256:%s \\\n    --hash=sha256:%s\n" % (R.randint(0, 5), sha256(), sha256()), "lockfile_integrity", "pip --hash lines"),
        ("<script src=\"https://cdn.jsdelivr.net/npm/bootstrap@5.3.%d/dist/js/bootstrap.min.js\" integrity=\"sha384-%s\" crossorigin=\"anonymous\"></script>\n" % (R.randint(0, 9), rs(B64, 64)), "lockfile_integrity", "SRI hash"),
        ("[[package]]\nname = \"serde\"\nversion = \"%s\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"%s\"\n" % (semver(), sha256()), "lockfile_integrity", "Cargo.lock checksum"),
        ("Stripe response: id=pi_%s customer=cus_%s request-id=req_%s\n" % (rs(ALNUM, 24), rs(ALNUM, 14), rs(ALNUM, 14)), "log_line", "Stripe object and request ids are not secrets"),
        ("pub   ed25519 2025-03-02 [SC]\n      %s\nuid           [ultimate] release signing key\n" % rs(UPHEX, 40), "hash", "GPG public key fingerprint"),
        ("Content-Security-Policy: script-src 'self' 'sha256-%s='\n" % rs(B64, 43), "hash", "CSP hash source"),
        ("oid sha256:%s\nsize %d\n" % (sha256(), R.randint(1000, 10**8)), "hash", "git LFS pointer"),
        ("\"lineage\": \"%s\",\n\"serial\": %d,\n\"terraform_version\": \"%s\"\n" % (uuid4(), R.randint(1, 900), semver()), "uuid", "terraform state metadata"),
        ("Token: gho_************************************\n  - Token scopes: 'gist', 'read:org', 'repo'\n", "log_line", "gh auth status output, token already starred"),
        ("nonce=%s&state=%s\n" % (rs(HEX, 32), rs(HEX, 16)), "hash", "OAuth nonce/state, not credentials"),
        ("docker images\nREPOSITORY   TAG       IMAGE ID       SIZE\napi          %s    %s   182MB\n" % (semver(), rs(HEX, 12)), "hash", "docker image ids"),
        ("PLZ 10115 Berlin, Kundennummer %s, Rechnung vom 2026-11-12\n" % non_luhn(10), "order_number", "customer/invoice numbers, postcode"),
        ("Cache-Control: max-age=31536000\nETag: W/\"%s-%s\"\n" % (rs(HEX, 4), rs(URLSAFE, 27)), "hash", "weak ETag"),
    ])


NEGS = [n_near, n_near, n_near, n_gitlog, n_sha256sum, n_uuid, n_lock, n_yarn, n_aws_example, n_placeholder, n_placeholder, n_env_ref, n_env_ref, n_order,
        n_order, n_ts, n_b64img, n_testcard, n_form, n_redacted, n_version, n_iban_like, n_phone_like, n_prose, n_digest,
        n_code_hash, n_pubkey, n_envexample]


def neg(source, fn=None):
    fn = fn or R.choice(NEGS)
    text, cls, reason = fn()
    add([text], source, reason, cls)


# ================================================================ PUBLIC (fixture style)
def p_vendor_line(t=None):
    t = t or R.choice(list(VENDOR))
    v = VENDOR[t]()
    style = R.choice(["{v}", "token = \"{v}\"", "const k = '{v}'", "{v}\n", "key: {v}", "\"secret\": \"{v}\"", "export X={v}",
                      "url = https://x.test/?t={v}", "({v})", "'{v}',"])
    a, b = style.split("{v}")
    add([a, (v, t), b], "public", "fixture-style %s" % t)


def p_ctx_vendor():
    k, v, t = ctxv()
    add([k.lower() + R.choice([" = ", "=", ": "]) + "\"", (v, t), "\""], "public", "fixture-style context secret %s" % t)


def p_generic():
    pw = password()
    q = R.choice(["\"", "'"])
    if q in pw:
        q = "\"" if q == "'" else "'"
    if q in pw:
        return
    key = R.choice(["password", "passwd", "db_pass", "secret", "client_secret", "PASSWORD", "pwd", "admin_password", "smtp_password"])
    add([key + R.choice([" = ", "=", ": ", " := "]) + q, (pw, "password"), q], "public", "generic credential assignment with quoted value")


def p_pii():
    v, t = pii()
    lbl = PII_LABEL[t]
    style = R.choice(["{l}: {v}", "{v}", "My {l} is {v}.", "{l} {v}", "id={v}"])
    a, b = style.replace("{l}", lbl).split("{v}")
    add([a, (v, t), b], "public", "recogniser-style %s (valid checksum)" % t)


def p_phone():
    ph, reg = phone()
    add([R.choice(["Call me at ", "Tel: ", "phone: ", "", "Contact: "]), (ph, "phone"), R.choice(["", ".", " (mobile)"])], "public", "phone number, region %s" % reg)


def p_email():
    add([R.choice(["Send it to ", "email: ", "", "cc: "]), (email(), "email"), R.choice(["", ".", " thanks"])], "public", "email address")


def p_card():
    c = card()
    add([R.choice(["card number ", "CC: ", "", "pan="]), (c, "credit_card"), ""], "public", "Luhn-valid card number")


def p_iban():
    add([R.choice(["IBAN: ", "", "Bitte überweisen an ", "account "]), (iban(), "iban"), ""], "public", "IBAN with valid check digits")


def p_jwt():
    add([R.choice(["", "jwt=", "Bearer "]), (jwt(R.random() < 0.75), "jwt")], "public", "JWT token")


def p_key():
    kind = R.choice(["rsa", "pkcs8", "ec", "openssh", "pgp"])
    add([(pem_block(kind), "private_key")], "public", "private key block %s" % kind)


def p_slack_hook():
    add([(VENDOR["slack_webhook"](), "slack_webhook")], "public", "Slack incoming webhook URL")


def p_aws_pair():
    add(["AWS_ACCESS_KEY_ID=", (aws_id(), "aws_access_key_id"), "\nAWS_SECRET_ACCESS_KEY=", (aws_secret(), "aws_secret_key")], "public", "AWS key pair")


def p_url_pw():
    add([R.choice(["https://admin:", "ftp://upload:", "amqp://guest2:", "mysql://root:"]), (url_password(), "password"), "@host.test/"], "public", "credentials in URL")


PUB_POS = [p_vendor_line] * 6 + [p_ctx_vendor, p_generic, p_generic, p_pii, p_pii, p_pii, p_phone, p_phone, p_email, p_card, p_iban, p_jwt,
                                  p_key, p_slack_hook, p_aws_pair, p_url_pw]


def pn_fixture():
    return R.choice([
        ("password = \"\"", "placeholder", "empty password"),
        ("api_key = \"%s\"" % R.choice(["EXAMPLE", "YOUR_API_KEY", "abcdef", "12345678", "test", "dummy", "fake-key"]), "placeholder", "obvious placeholder"),
        ("secret = get_secret()", "code", "function call, not a value"),
        ("password = self.password", "code", "attribute reference"),
        ("token: null", "placeholder", "null token"),
        ("PASSWORD_MIN_LENGTH = 12", "code", "constant about passwords"),
        ("if password == confirm_password:", "code", "comparison of variables"),
        ("api_key=${API_KEY}", "config_reference", "env reference"),
        ("secret_key = settings.SECRET_KEY", "config_reference", "settings reference"),
        ("ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "placeholder", "x-filled GitHub token placeholder"),
        ("sk-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "placeholder", "X-filled key placeholder"),
        ("AKIAXXXXXXXXXXXXXXXX", "placeholder", "X-filled AWS id"),
        ("password: <%= ENV['DB_PASSWORD'] %>", "config_reference", "ERB env reference"),
        ("0123456789abcdef0123456789abcdef", "hash", "sequential hex"),
        ("sha256:%s" % sha256(), "hash", "digest"),
        ("commit %s" % sha1(), "hash", "commit SHA"),
        ("%s" % uuid4(), "uuid", "UUID"),
        ("v%s" % semver(), "version", "semver"),
        ("000-00-0000", "placeholder", "invalid SSN pattern"),
        ("SSN: 123-45-6789 is the format shown on forms", "placeholder", "canonical example SSN"),
        ("4111 1111 1111 1111", "test_card_in_docs", "published test card"),
        ("%s" % non_luhn(16), "order_number", "16 digits failing Luhn"),
        ("tracking: %s" % non_luhn(13), "order_number", "13 digits failing Luhn"),
        ("integrity sha1-%s=" % rs(B64, 27), "lockfile_integrity", "sha1 integrity"),
        ("AKIAIOSFODNN7EXAMPLE", "example_key", "AWS example id"),
        ("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "example_key", "AWS example secret"),
        ("-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE%s\n-----END PUBLIC KEY-----" % rs(B64, 52) + "==", "code", "public key block"),
        ("-----BEGIN CERTIFICATE-----\nMIIB%s\n-----END CERTIFICATE-----" % rs(B64, 60), "code", "certificate, not a key"),
        ("Authorization: Bearer $TOKEN", "config_reference", "shell variable"),
        ("password=***", "log_line", "already redacted"),
        ("%s" % bad_iban(), "iban_like", "IBAN with bad check digits"),
        ("build-%d-%s" % (R.randint(1000, 9999), sha1()[:10]), "version", "build tag"),
        ("data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==", "base64_data", "1x1 gif"),
        ("key-%s" % ("0" * 32), "placeholder", "zero-filled mailgun-shaped key"),
        ("xoxb-000000000000-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxx", "placeholder", "zero/x Slack token placeholder"),
        ("private_key_path = \"~/.ssh/id_ed25519\"", "config_reference", "path to key, not key"),
        ("The password must contain at least one digit.", "prose", "prose"),
        ("%s" % rs(HEX, 40), "hash", "bare 40-hex"),
    ])


def pub_neg():
    t, c, r = pn_fixture()
    add([t], "public", r, c)


def main():
    # agent sweep: every national id in a table and in a chat line, JWTs, then random fill; ~2/3 positive
    for t in sorted(PII):
        a_md_table(t)
        a_chat(t)
    for _ in range(4):
        a_jwt()
    while sum(1 for c in CASES if c["source"] == "agent") < 300:
        if R.random() < 0.67:
            R.choice(AGENT_POS)()
        else:
            neg("agent")
    # public: every vendor format twice, every context vendor and national id once, then random fill
    for t in sorted(VENDOR):
        p_vendor_line(t)
        p_vendor_line(t)
    for t in sorted(CONTEXT_VENDOR):
        k, f = CONTEXT_VENDOR[t]
        add([k.lower() + " = \"", (f(), t), "\""], "public", "fixture-style context secret %s" % t)
    for t in sorted(PII):
        v = PII[t]()
        add([PII_LABEL[t] + ": ", (v, t)], "public", "recogniser-style %s (valid checksum)" % t)
    while sum(1 for c in CASES if c["source"] == "public") < 300:
        k = R.random()
        if k < 0.22:
            R.choice(PUB_POS)()
        elif k < 0.8:
            neg("public")
        else:
            pub_neg()
    R.shuffle(CASES)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("wrote", len(CASES), OUT)


if __name__ == "__main__":
    main()
