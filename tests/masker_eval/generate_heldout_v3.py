"""Generate the masker's third held-out set (issue 16): tests/masker_eval/heldout_v3.jsonl.

Held out: nobody tunes the masker on this set; the lead measures it once. Every value is made
here with a fixed seed in its real format and with its real check digits, so nothing is copied
from a public fixture and nothing is a live secret. Texts are assembled from plain strings and
`Span` parts, so every offset is right by construction; validate_heldout_v3.py checks them again.
"""

from __future__ import annotations

import base64
import json
import random
import string
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import phonenumbers

R = random.Random(20261130)
OUT = Path(__file__).with_name("heldout_v3.jsonl")

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
ALNUM = UP + LO + DIG
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
HEX = "0123456789abcdef"
BASE62 = DIG + UP + LO


def rs(alphabet: str, n: int) -> str:
    return "".join(R.choice(alphabet) for _ in range(n))


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def rbytes(n: int) -> bytes:
    return bytes(R.getrandbits(8) for _ in range(n))


@dataclass(frozen=True)
class Span:
    value: str
    type: str


CASES: list[dict] = []
SEEN: set[str] = set()


def add(source: str, parts: list, reason: str, cls: str | None = None) -> None:
    """Join parts into one text; Span parts become labelled spans."""
    text, spans = "", []
    for part in parts:
        if isinstance(part, Span):
            spans.append({"start": len(text), "end": len(text) + len(part.value), "type": part.type})
            text += part.value
        else:
            text += part
    if (cls is None) == (not spans):
        raise ValueError(f"class/spans mismatch: {reason}")
    if text in SEEN:
        return
    SEEN.add(text)
    CASES.append({"text": text, "spans": spans, "class": "positive" if spans else cls,
                  "source": source, "reason": reason})


# ---------------------------------------------------------------- checksums

def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    return luhn_digit(number[:-1]) == number[-1]


def base62_crc32(body: str) -> str:
    n = zlib.crc32(body.encode())
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = BASE62[r] + out
    return out.rjust(6, "0")


def iban_check(country: str, bban: str) -> str:
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(digits) % 97:02d}"


VERHOEFF_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return str(VERHOEFF_INV[c])


CF_ODD = dict(zip(DIG + UP, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21] + [
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))
CF_EVEN = {**{d: int(d) for d in DIG}, **{c: ord(c) - 65 for c in UP}}


def cf_check(body: str) -> str:
    """Check letter shared by the Italian codice fiscale and the Italian CIN."""
    total = sum(CF_ODD[c] if i % 2 == 0 else CF_EVEN[c] for i, c in enumerate(body))
    return chr(65 + total % 26)


# ---------------------------------------------------------------- vendor credentials

def aws_key_id(prefix: str = "AKIA") -> str:
    return prefix + rs(UP + "234567", 16)


def aws_secret() -> str:
    return rs(B64, 40)


def gh_token(prefix: str) -> str:
    body = rs(ALNUM, 30)
    return prefix + body + base62_crc32(body)


def gh_fine() -> str:
    return "github_pat_11" + rs(UP + DIG, 20) + "_" + rs(ALNUM, 59)


def npm_token() -> str:
    body = rs(ALNUM, 30)
    return "npm_" + body + base62_crc32(body)


VENDORS: dict[str, tuple[Callable[[], str], list[str], str]] = {
    # type: (generator, key names seen in configs, vendor host for curl)
    "github_pat": (lambda: gh_token("ghp_"), ["GITHUB_TOKEN", "GH_TOKEN", "github_token"], "api.github.com"),
    "github_oauth_token": (lambda: gh_token("gho_"), ["oauth_token", "GITHUB_OAUTH_TOKEN"], "api.github.com"),
    "github_app_token": (lambda: gh_token(R.choice(["ghs_", "ghu_"])), ["GITHUB_APP_TOKEN", "installation_token"], "api.github.com"),
    "github_refresh_token": (lambda: gh_token("ghr_"), ["refresh_token", "GITHUB_REFRESH_TOKEN"], "github.com"),
    "github_fine_grained_pat": (gh_fine, ["GITHUB_PAT", "GH_PAT", "github_pat"], "api.github.com"),
    "gitlab_pat": (lambda: "glpat-" + rs(B64URL, 20), ["GITLAB_TOKEN", "CI_JOB_PAT", "gitlab_private_token"], "gitlab.com"),
    "gitlab_feed_token": (lambda: "glft-" + rs(B64URL, 20), ["feed_token", "GITLAB_FEED_TOKEN"], "gitlab.com"),
    "gitlab_deploy_token": (lambda: "gldt-" + rs(B64URL, 20), ["DEPLOY_TOKEN", "gitlab_deploy_password"], "registry.gitlab.com"),
    "gitlab_pipeline_trigger": (lambda: "glptt-" + rs(HEX, 40), ["TRIGGER_TOKEN", "PIPELINE_TRIGGER"], "gitlab.com"),
    "gitlab_runner_token": (lambda: "glrt-" + rs(B64URL, 20), ["RUNNER_TOKEN", "runner_auth_token"], "gitlab.com"),
    "slack_bot_token": (lambda: f"xoxb-{rs(DIG, 12)}-{rs(DIG, 13)}-{rs(ALNUM, 24)}", ["SLACK_BOT_TOKEN", "slack_token"], "slack.com"),
    "slack_user_token": (lambda: f"xoxp-{rs(DIG, 12)}-{rs(DIG, 12)}-{rs(DIG, 13)}-{rs(HEX, 32)}", ["SLACK_USER_TOKEN", "slack_oauth"], "slack.com"),
    "slack_app_token": (lambda: f"xapp-1-A{rs(UP + DIG, 10)}-{rs(DIG, 13)}-{rs(HEX, 64)}", ["SLACK_APP_TOKEN", "socket_mode_token"], "slack.com"),
    "stripe_secret_key": (lambda: R.choice(["sk_live_", "sk_test_"]) + rs(ALNUM, R.choice([24, 99])), ["STRIPE_SECRET_KEY", "stripe_api_key"], "api.stripe.com"),
    "stripe_restricted_key": (lambda: R.choice(["rk_live_", "rk_test_"]) + rs(ALNUM, R.choice([24, 99])), ["STRIPE_RESTRICTED_KEY", "stripe_rk"], "api.stripe.com"),
    "stripe_webhook_secret": (lambda: "whsec_" + rs(ALNUM, 32), ["STRIPE_WEBHOOK_SECRET", "endpoint_secret"], "api.stripe.com"),
    "openai_api_key": (lambda: R.choice([
        "sk-" + rs(ALNUM, 20) + "T3BlbkFJ" + rs(ALNUM, 20),
        "sk-proj-" + rs(B64URL, 74) + "T3BlbkFJ" + rs(B64URL, 74),
        "sk-svcacct-" + rs(B64URL, 74) + "T3BlbkFJ" + rs(B64URL, 74)]), ["OPENAI_API_KEY", "openai_key"], "api.openai.com"),
    "anthropic_api_key": (lambda: R.choice(["sk-ant-api03-", "sk-ant-admin01-"]) + rs(B64URL, 93) + "AA", ["ANTHROPIC_API_KEY", "anthropic_api_key"], "api.anthropic.com"),
    "google_api_key": (lambda: "AIza" + rs(B64URL, 35), ["GOOGLE_API_KEY", "MAPS_API_KEY", "apiKey"], "maps.googleapis.com"),
    "google_oauth_client_secret": (lambda: "GOCSPX-" + rs(B64URL, 28), ["GOOGLE_CLIENT_SECRET", "client_secret"], "oauth2.googleapis.com"),
    "twilio_api_key_secret": (lambda: "SK" + rs(HEX, 32), ["TWILIO_API_KEY", "twilio_api_key_sid"], "api.twilio.com"),
    "sendgrid_api_key": (lambda: "SG." + rs(B64URL, 22) + "." + rs(B64URL, 43), ["SENDGRID_API_KEY", "sendgrid_key"], "api.sendgrid.com"),
    "npm_token": (npm_token, ["NPM_TOKEN", "//registry.npmjs.org/:_authToken"], "registry.npmjs.org"),
    "pypi_token": (lambda: "pypi-AgEIcHlwaS5vcmc" + rs(B64URL, R.choice([64, 120, 160])), ["PYPI_TOKEN", "TWINE_PASSWORD", "password"], "upload.pypi.org"),
    "shopify_token": (lambda: R.choice(["shpat_", "shpca_", "shppa_", "shpss_"]) + rs(HEX, 32), ["SHOPIFY_ACCESS_TOKEN", "shopify_api_secret"], "myshop.myshopify.com"),
    "datadog_api_key": (lambda: rs(HEX, 32), ["DD_API_KEY", "DATADOG_API_KEY"], "api.datadoghq.eu"),
    "datadog_app_key": (lambda: rs(HEX, 40), ["DD_APP_KEY", "DATADOG_APP_KEY"], "api.datadoghq.com"),
    "vault_token": (lambda: R.choice(["hvs." + rs(B64URL, 90), "hvb." + rs(B64URL, 130), "s." + rs(ALNUM, 24)]), ["VAULT_TOKEN", "vault_token"], "vault.internal"),
    "terraform_cloud_token": (lambda: rs(ALNUM, 14) + ".atlasv1." + rs(ALNUM, 67), ["TFE_TOKEN", "TF_TOKEN_app_terraform_io"], "app.terraform.io"),
    "huggingface_token": (lambda: "hf_" + rs(UP + LO, 34), ["HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"], "huggingface.co"),
    "digitalocean_token": (lambda: R.choice(["dop_v1_", "doo_v1_"]) + rs(HEX, 64), ["DIGITALOCEAN_TOKEN", "do_token"], "api.digitalocean.com"),
    "mailgun_api_key": (lambda: "key-" + rs(HEX, 32), ["MAILGUN_API_KEY", "mailgun_key"], "api.mailgun.net"),
    "mailchimp_api_key": (lambda: rs(HEX, 32) + "-us" + str(R.randint(1, 21)), ["MAILCHIMP_API_KEY", "mc_api_key"], "us6.api.mailchimp.com"),
    "linear_api_key": (lambda: "lin_api_" + rs(ALNUM, 40), ["LINEAR_API_KEY", "linear_token"], "api.linear.app"),
    "postman_api_key": (lambda: "PMAK-" + rs(HEX, 24) + "-" + rs(HEX, 34), ["POSTMAN_API_KEY", "x-api-key"], "api.getpostman.com"),
    "pulumi_token": (lambda: "pul-" + rs(HEX, 40), ["PULUMI_ACCESS_TOKEN", "pulumi_token"], "api.pulumi.com"),
    "grafana_token": (lambda: R.choice(["glsa_" + rs(ALNUM, 32) + "_" + rs(HEX, 8), "glc_" + rs(B64, 80) + "=="]), ["GRAFANA_TOKEN", "GF_SA_TOKEN"], "grafana.net"),
    "newrelic_key": (lambda: "NRAK-" + rs(UP + DIG, 27), ["NEW_RELIC_API_KEY", "newrelic_user_key"], "api.newrelic.com"),
    "databricks_token": (lambda: "dapi" + rs(HEX, 32), ["DATABRICKS_TOKEN", "databricks_pat"], "adb-1234.azuredatabricks.net"),
    "azure_storage_key": (lambda: rs(B64, 86) + "==", ["AZURE_STORAGE_KEY", "AccountKey"], "core.windows.net"),
    "azure_ad_client_secret": (lambda: rs(ALNUM, 3) + str(R.randint(0, 9)) + "Q~" + rs(ALNUM + "_~.-", 34), ["AZURE_CLIENT_SECRET", "clientSecret"], "login.microsoftonline.com"),
    "square_token": (lambda: R.choice(["EAAA" + rs(B64URL, 60), "sq0csp-" + rs(B64URL, 43), "sq0atp-" + rs(B64URL, 22)]), ["SQUARE_ACCESS_TOKEN", "square_secret"], "connect.squareup.com"),
    "telegram_bot_token": (lambda: f"{R.randint(10**8, 10**10 - 1)}:AA{rs(B64URL, 33)}", ["TELEGRAM_BOT_TOKEN", "bot_token"], "api.telegram.org"),
    "age_secret_key": (lambda: "AGE-SECRET-KEY-1" + rs("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58), ["AGE_KEY", "SOPS_AGE_KEY"], "localhost"),
    "supabase_token": (lambda: "sbp_" + rs(HEX, 40), ["SUPABASE_ACCESS_TOKEN", "supabase_pat"], "api.supabase.com"),
    "doppler_token": (lambda: R.choice(["dp.pt.", "dp.st.prd.", "dp.ct."]) + rs(ALNUM, 43), ["DOPPLER_TOKEN", "doppler_service_token"], "api.doppler.com"),
    "dynatrace_token": (lambda: "dt0c01." + rs(UP + DIG, 24) + "." + rs(UP + DIG, 64), ["DT_API_TOKEN", "dynatrace_token"], "abc12345.live.dynatrace.com"),
    "heroku_api_key": (lambda: "HRKU-AA" + rs(B64URL, 58) if R.random() < 0.5 else uuid4(), ["HEROKU_API_KEY", "heroku_token"], "api.heroku.com"),
    "cloudflare_api_token": (lambda: rs(B64URL, 40), ["CLOUDFLARE_API_TOKEN", "CF_API_TOKEN"], "api.cloudflare.com"),
    "notion_token": (lambda: R.choice(["secret_" + rs(ALNUM, 43), "ntn_" + rs(DIG, 11) + rs(ALNUM, 35)]), ["NOTION_TOKEN", "notion_api_key"], "api.notion.com"),
    "airtable_pat": (lambda: "pat" + rs(ALNUM, 14) + "." + rs(HEX, 64), ["AIRTABLE_API_KEY", "airtable_token"], "api.airtable.com"),
    "figma_token": (lambda: "figd_" + rs(B64URL, 40), ["FIGMA_TOKEN", "figma_pat"], "api.figma.com"),
    "okta_api_token": (lambda: "00" + rs(B64URL, 40), ["OKTA_API_TOKEN", "okta_token"], "dev-123456.okta.com"),
    "sentry_auth_token": (lambda: "sntryu_" + rs(HEX, 64), ["SENTRY_AUTH_TOKEN", "sentry_token"], "sentry.io"),
    "fastly_api_token": (lambda: rs(B64URL, 32), ["FASTLY_API_TOKEN", "fastly_key"], "api.fastly.com"),
}


def uuid4() -> str:
    h = rs(HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


def jwt(signed: bool = True) -> str:
    alg = R.choice(["HS256", "RS256", "ES256"]) if signed else "none"
    header = {"alg": alg, "typ": "JWT"}
    if signed and alg != "HS256":
        header["kid"] = rs(B64URL, 16)
    now = R.randint(1_700_000_000, 1_760_000_000)
    payload = {"sub": uuid4(), "iss": R.choice(["https://auth.acme-ops.io/", "lockgate", "https://login.kestrel.dev"]),
               "aud": R.choice(["api", "orders-service", "web"]), "iat": now, "exp": now + R.choice([900, 3600, 86400])}
    if R.random() < 0.4:
        payload["scope"] = R.choice(["read:orders write:orders", "admin", "repo user"])
    head = b64url(json.dumps(header, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    if not signed:
        return f"{head}.{body}."
    sig = b64url(rbytes({"HS256": 32, "RS256": 256, "ES256": 64}[alg]))
    return f"{head}.{body}.{sig}"


def pem_block(label: str, der_prefix: bytes, total: int, width: int = 64) -> str:
    body = b64(der_prefix + rbytes(total - len(der_prefix)))
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def crc24(data: bytes) -> int:
    crc = 0xB704CE
    for byte in data:
        crc ^= byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


KEY_KINDS = ["rsa", "ec", "pkcs8", "pkcs8_ed25519", "openssh", "pgp", "encrypted"]


def private_key(kind: str) -> tuple[str, str]:
    if kind == "rsa":
        return pem_block("RSA PRIVATE KEY", bytes.fromhex("308204a30201000282010100"), 1191), "private_key"
    if kind == "ec":
        return pem_block("EC PRIVATE KEY", bytes.fromhex("307702010104"), 121), "private_key"
    if kind == "pkcs8":
        return pem_block("PRIVATE KEY", bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7"), 1217), "private_key"
    if kind == "pkcs8_ed25519":
        return pem_block("PRIVATE KEY", bytes.fromhex("302e020100300506032b657004220420"), 48), "private_key"
    if kind == "encrypted":
        return pem_block("ENCRYPTED PRIVATE KEY", bytes.fromhex("308205253057"), 1321), "private_key"
    if kind == "openssh":
        return pem_block("OPENSSH PRIVATE KEY", b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none", 399, 70), "private_key"
    data = bytes.fromhex("9503c604") + rbytes(940)
    body = b64(data)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    crc = base64.b64encode(crc24(data).to_bytes(3, "big")).decode()
    block = ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + "\n".join(lines) + f"\n={crc}\n"
             "-----END PGP PRIVATE KEY BLOCK-----")
    return block, "pgp_private_key"


# ---------------------------------------------------------------- passwords

WORDS = ["harbor", "velvet", "Quartz", "maple", "Falcon", "orbit", "cinder", "Tundra", "lilac", "Nimbus", "copper", "Rover"]


def password() -> str:
    style = R.randrange(6)
    if style == 0:
        return rs(ALNUM + "!@#$%^&*()-_=+[]{}<>?", R.randint(14, 24))
    if style == 1:
        return f"{R.choice(WORDS)}{R.choice('!#$%&*')}{R.randint(10, 9999)}{R.choice(WORDS)}"
    if style == 2:
        return " ".join(R.sample([w.lower() for w in WORDS], 4))
    if style == 3:
        return rs(ALNUM, 4) + R.choice("%$#") + rs(ALNUM, 6) + R.choice("{}") + rs(ALNUM + ";:,.", 5) + rs(ALNUM, 1)
    if style == 4:
        return f"{R.choice(WORDS)}-{R.choice(WORDS)}-{R.randint(100, 999)}!"
    return rs(LO + DIG, 8) + R.choice(["/", "+", "~", "^"]) + rs(UP + DIG, 8)


def url_password() -> str:
    """A password as it appears percent-encoded inside a URL."""
    return rs(ALNUM, R.randint(6, 10)) + R.choice(["%21", "%40", "%23", "%24", "%2F", "%3A"]) + rs(ALNUM, R.randint(4, 9))


# ---------------------------------------------------------------- personal data

FIRST = ["Amelia", "Jonas", "Priya", "Mateo", "Sofia", "Liam", "Yuki", "Chloé", "Lukas", "Aisha", "Noah", "Giulia",
         "Daan", "Lucía", "Rahul", "Olivia", "Hiroshi", "Camille", "Bruno", "Ingrid", "Tomás", "Fatima", "Ethan", "Sanne"]
LAST = ["Whitfield", "Becker", "Raman", "Fernández", "Rossi", "O'Connor", "Tanaka", "Dubois", "Schmidt", "Khan",
        "Walker", "Bianchi", "de Vries", "García", "Sharma", "Nguyen", "Sato", "Lefèvre", "Costa", "Lindqvist"]
DOMAINS = ["northwind-traders.com", "brightpath.io", "kestrel-logistics.de", "fjordline-shipping.no", "acmecorp.co.uk",
           "mailbox.org", "gmx.de", "outlook.com", "gmail.com", "proton.me", "yahoo.co.jp", "uol.com.br",
           "orange.fr", "libero.it", "zoho.in", "bigpond.com", "rogers.ca", "telefonica.es", "ziggo.nl"]


def ascii_name(s: str) -> str:
    table = str.maketrans("éèáíóúüöäç", "eeaiouuoac")
    return s.translate(table).replace("'", "").replace(" ", "").lower()


def person() -> tuple[str, str]:
    return R.choice(FIRST), R.choice(LAST)


def email(first: str | None = None, last: str | None = None) -> str:
    f, la = ascii_name(first or R.choice(FIRST)), ascii_name(last or R.choice(LAST))
    local = R.choice([f"{f}.{la}", f"{f[0]}{la}", f"{f}_{la}", f"{f}.{la}+{R.choice(['billing', 'gh', 'news'])}", f"{f}{R.randint(7, 99)}"])
    return f"{local}@{R.choice(DOMAINS)}"


PHONE_REGIONS = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "JP", "BR", "IN", "AU", "CA", "MX", "CH", "SE", "PL",
                 "KR", "ZA", "SG", "IE", "BE", "AT", "PT", "NO", "DK", "NZ", "AR", "TR"]


def phone(region: str | None = None, style: str | None = None) -> str:
    region = region or R.choice(PHONE_REGIONS)
    kind = R.choice([phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE])
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    assert example is not None, region
    national = phonenumbers.national_significant_number(example)
    for _ in range(200):
        keep = max(1, len(national) - 6)
        candidate = national[:keep] + rs(DIG, len(national) - keep)
        num = phonenumbers.parse("+" + str(example.country_code) + candidate)
        if phonenumbers.is_valid_number(num) and candidate != national and not (region in ("US", "CA") and candidate[3:6] == "555"):
            break
    else:
        raise RuntimeError(region)
    style = style or R.choice(["intl", "intl", "national", "e164"])
    fmt = {"intl": phonenumbers.PhoneNumberFormat.INTERNATIONAL, "national": phonenumbers.PhoneNumberFormat.NATIONAL,
           "e164": phonenumbers.PhoneNumberFormat.E164}[style]
    return phonenumbers.format_number(num, fmt)


CARD_PREFIXES = [("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2221", 16), ("2720", 16), ("34", 15), ("37", 15),
                 ("6011", 16), ("65", 16), ("3530", 16), ("3589", 16), ("36", 14), ("4", 19), ("62", 16)]
DOC_TEST_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444", "378282246310005", "4000056655665556",
                  "5105105105105100", "6011111111111117", "371449635398431", "4012888888881881"}


def card_number() -> str:
    prefix, length = R.choice(CARD_PREFIXES)
    while True:
        body = prefix + rs(DIG, length - len(prefix) - 1)
        num = body + luhn_digit(body)
        if num not in DOC_TEST_CARDS:
            return num


def group(num: str, sizes: list[int], sep: str) -> str:
    out, i = [], 0
    for s in sizes:
        out.append(num[i:i + s])
        i += s
    if i < len(num):
        out.append(num[i:])
    return sep.join(p for p in out if p)


def card(fmt: str | None = None) -> str:
    num = card_number()
    fmt = fmt or R.choice(["plain", "space", "dash"])
    if fmt == "plain":
        return num
    sizes = [4, 6, 5] if len(num) == 15 else [4, 6, 4] if len(num) == 14 else [4, 4, 4, 4, 3]
    return group(num, sizes, " " if fmt == "space" else "-")


def es_ccc_digit(digits: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    v = 11 - sum(int(d) * x for d, x in zip(digits, w)) % 11
    return str({11: 0, 10: 1}.get(v, v))


def bban(country: str) -> str:
    if country == "DE":
        return rs(DIG, 18)
    if country in ("GB", "IE"):
        bank = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"] if country == "GB" else ["AIBK", "BOFI", "IPBS"])
        return bank + rs(DIG, 14)
    if country == "FR":
        bank, branch, acct = rs(DIG, 5), rs(DIG, 5), rs(DIG, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        return f"{bank}{branch}{acct}{key:02d}"
    if country == "ES":
        bank, acct = rs(DIG, 8), rs(DIG, 10)
        return bank + es_ccc_digit("00" + bank) + es_ccc_digit(acct) + acct
    if country == "IT":
        rest = rs(DIG, 22)
        return cf_check(rest) + rest
    if country == "NL":
        while True:
            acct = "0" + rs(DIG, 9)
            if sum(int(d) * w for d, w in zip(acct, range(10, 0, -1))) % 11 == 0:
                return R.choice(["ABNA", "RABO", "INGB", "SNSB", "TRIO"]) + acct
    if country == "BE":
        first = rs(DIG, 10)
        check = int(first) % 97 or 97
        return f"{first}{check:02d}"
    if country == "AT":
        return rs(DIG, 16)
    if country == "CH":
        return rs(DIG, 17)
    if country == "PL":
        return rs(DIG, 24)
    raise ValueError(country)


IBAN_COUNTRIES = ["DE", "GB", "FR", "ES", "IT", "NL", "BE", "AT", "CH", "IE", "PL"]


def iban(country: str | None = None, spaced: bool | None = None) -> str:
    country = country or R.choice(IBAN_COUNTRIES)
    b = bban(country)
    value = country + iban_check(country, b) + b
    if spaced if spaced is not None else R.random() < 0.5:
        return " ".join(value[i:i + 4] for i in range(0, len(value), 4))
    return value


def us_ssn(sep: str | None = None) -> str:
    while True:
        area = R.randint(1, 899)
        if area != 666:
            break
    sep = sep if sep is not None else R.choice(["-", "-", " ", "."])
    return f"{area:03d}{sep}{R.randint(1, 99):02d}{sep}{R.randint(1, 9999):04d}"


def uk_nino(spaced: bool | None = None) -> str:
    while True:
        pre = R.choice("ABCEGHJKLMNOPRSTWXYZ") + R.choice("ABCEGHJKLMNPRSTWXYZ")
        if pre not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
            break
    d = rs(DIG, 6)
    suf = R.choice("ABCD")
    if spaced if spaced is not None else R.random() < 0.5:
        return f"{pre} {d[:2]} {d[2:4]} {d[4:]} {suf}"
    return f"{pre}{d}{suf}"


def de_steuer_id(spaced: bool | None = None) -> str:
    while True:
        digits = R.sample(DIG, 9)
        digits.append(R.choice(digits))
        R.shuffle(digits)
        if digits[0] != "0":
            break
    product = 10
    for ch in digits:
        s = (int(ch) + product) % 10 or 10
        product = (s * 2) % 11
    check = (11 - product) % 10
    value = "".join(digits) + str(check)
    if spaced if spaced is not None else R.random() < 0.5:
        return f"{value[:2]} {value[2:5]} {value[5:8]} {value[8:]}"
    return value


def fr_nir(spaced: bool | None = None) -> str:
    body = f"{R.choice('12')}{R.randint(40, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 95):02d}{R.randint(1, 990):03d}{R.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    if spaced if spaced is not None else R.random() < 0.6:
        return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"
    return f"{body}{key:02d}"


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni() -> str:
    n = R.randint(10_000_000, 99_999_999)
    return f"{n:08d}{R.choice(['', '', '-'])}{DNI_LETTERS[n % 23]}"


def es_nie() -> str:
    lead = R.choice("XYZ")
    n = R.randint(0, 9_999_999)
    return f"{lead}{n:07d}{DNI_LETTERS[int(str('XYZ'.index(lead)) + f'{n:07d}') % 23]}"


CF_MONTHS = "ABCDEHLMPRST"
CF_TOWNS = ["H501", "F205", "L219", "F839", "A944", "D612", "G273", "L736", "C351", "B157"]


def it_codice_fiscale() -> str:
    body = (rs("BCDFGLMNPRSTVZ", 3) + rs("BCDFGLMNPRSTVZ", 3) + f"{R.randint(50, 99):02d}" + R.choice(CF_MONTHS)
            + f"{R.randint(1, 28) + R.choice([0, 40]):02d}" + R.choice(CF_TOWNS))
    return body + cf_check(body)


def nl_bsn() -> str:
    while True:
        first = str(R.randint(1, 9)) + rs(DIG, 7)
        last = sum(int(d) * w for d, w in zip(first, range(9, 1, -1))) % 11
        if last < 10:
            return first + str(last)


def in_aadhaar(spaced: bool | None = None) -> str:
    body = str(R.randint(2, 9)) + rs(DIG, 10)
    value = body + verhoeff_digit(body)
    if spaced if spaced is not None else R.random() < 0.7:
        return f"{value[:4]} {value[4:8]} {value[8:]}"
    return value


def au_tfn() -> str:
    w = [1, 4, 3, 7, 5, 8, 6, 9]
    while True:
        first = str(R.randint(1, 9)) + rs(DIG, 7)
        last = sum(int(d) * x for d, x in zip(first, w)) % 11
        if last < 10:
            v = first + str(last)
            return R.choice([v, f"{v[:3]} {v[3:6]} {v[6:]}"])


def au_medicare() -> str:
    first = str(R.randint(2, 6)) + rs(DIG, 7)
    check = sum(int(d) * w for d, w in zip(first, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
    v = first + str(check) + str(R.randint(1, 9))
    return R.choice([v, f"{v[:4]} {v[4:9]} {v[9]}"])


def jp_my_number() -> str:
    body = str(R.randint(1, 9)) + rs(DIG, 10)
    total = sum(int(body[-n]) * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
    r = total % 11
    v = body + str(0 if r <= 1 else 11 - r)
    return R.choice([v, f"{v[:4]} {v[4:8]} {v[8:]}", f"{v[:4]}-{v[4:8]}-{v[8:]}"])


def br_cpf() -> str:
    while True:
        d = rs(DIG, 9)
        if len(set(d)) > 1:
            break
    for n in (10, 11):
        s = sum(int(c) * w for c, w in zip(d, range(n, 1, -1)))
        d += str(s * 10 % 11 % 10)
    return R.choice([f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}", f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}", d])


def br_cnpj() -> str:
    d = rs(DIG, 8) + "0001"
    for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        r = sum(int(c) * x for c, x in zip(d, w)) % 11
        d += str(0 if r < 2 else 11 - r)
    return f"{d[:2]}.{d[2:5]}.{d[5:8]}/{d[8:12]}-{d[12:]}"


def ca_sin() -> str:
    body = str(R.choice([1, 2, 3, 4, 5, 6, 7])) + rs(DIG, 7)
    v = body + luhn_digit(body)
    return R.choice([f"{v[:3]}-{v[3:6]}-{v[6:]}", f"{v[:3]} {v[3:6]} {v[6:]}", v])


NATIONAL_IDS: dict[str, Callable[[], str]] = {
    "us_ssn": us_ssn, "uk_nino": uk_nino, "de_steuer_id": de_steuer_id, "fr_nir": fr_nir, "es_dni": es_dni,
    "es_nie": es_nie, "it_codice_fiscale": it_codice_fiscale, "nl_bsn": nl_bsn, "in_aadhaar": in_aadhaar,
    "au_tfn": au_tfn, "au_medicare": au_medicare, "jp_my_number": jp_my_number, "br_cpf": br_cpf,
    "br_cnpj": br_cnpj, "ca_sin": ca_sin,
}
ID_LABELS = {
    "us_ssn": ["SSN", "Social Security Number", "ssn"], "uk_nino": ["National Insurance number", "NI number", "NINO"],
    "de_steuer_id": ["Steuer-ID", "Steueridentifikationsnummer", "IdNr"], "fr_nir": ["NIR", "numéro de sécurité sociale", "n° SS"],
    "es_dni": ["DNI", "NIF"], "es_nie": ["NIE", "número de identidad de extranjero"],
    "it_codice_fiscale": ["codice fiscale", "CF"], "nl_bsn": ["BSN", "burgerservicenummer"],
    "in_aadhaar": ["Aadhaar", "Aadhaar number", "UID"], "au_tfn": ["TFN", "tax file number"],
    "au_medicare": ["Medicare number", "Medicare card"], "jp_my_number": ["マイナンバー", "My Number", "個人番号"],
    "br_cpf": ["CPF"], "br_cnpj": ["CNPJ"], "ca_sin": ["SIN", "Social Insurance Number"],
}


# ---------------------------------------------------------------- look-alike values (negatives)

def sha(n: int = 40) -> str:
    return rs(HEX, n)


def semver() -> str:
    return f"{R.choice([0, 0, 1, 1, 1, 2, 3, 4, 5, 7, 18])}.{R.randint(0, 30)}.{R.randint(0, 15)}"


def luhn_failing_digits(n: int) -> str:
    while True:
        v = str(R.randint(1, 9)) + rs(DIG, n - 1)
        if not luhn_ok(v):
            return v


def broken_iban() -> str:
    country = R.choice(IBAN_COUNTRIES)
    b = bban(country)
    good = iban_check(country, b)
    bad = f"{(int(good) + R.randint(1, 90)) % 97 + 2:02d}"
    if bad == good:
        bad = f"{(int(good) + 3) % 97 + 2:02d}"
    return country + bad + b


def isin() -> str:
    country = R.choice(["US", "DE", "GB", "FR", "NL", "CH"])
    body = country + {"US": "0" + rs(DIG, 8), "DE": "000" + rs(UP + DIG, 6), "GB": "00" + rs(DIG, 7),
                      "FR": "00" + rs(DIG, 7), "NL": "00" + rs(DIG, 7), "CH": "00" + rs(DIG, 7)}[country]
    digits = "".join(str(int(c, 36)) for c in body)
    return body + luhn_digit(digits)


def integrity_sha512() -> str:
    return "sha512-" + b64(rbytes(64))


def go_sum_hash() -> str:
    return "h1:" + b64(rbytes(32))


def png_b64(n: int) -> str:
    return b64(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rbytes(n))


def ts() -> str:
    return f"2025-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}.{R.randint(0, 999):03d}Z"


def ssh_public_key() -> str:
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(32)
    return "ssh-ed25519 " + b64(blob)


def ulid_like() -> str:
    return rs("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 26)


def digits_no_checksum(n: int) -> str:
    """Digits that pass none of the checksums a number of this length could be mistaken for."""
    while True:
        v = str(R.randint(1, 9)) + rs(DIG, n - 1)
        if luhn_ok(v):
            continue
        if n == 9 and (sum(int(d) * w for d, w in zip(v, [9, 8, 7, 6, 5, 4, 3, 2, -1])) % 11 == 0
                       or sum(int(d) * w for d, w in zip(v, [1, 4, 3, 7, 5, 8, 6, 9, 10])) % 11 == 0):
            continue
        if n == 12 and verhoeff_digit(v[:-1]) == v[-1]:
            continue
        return v


# ---------------------------------------------------------------- document shapes

def env_key(k: str) -> str:
    return "_".join(p for p in "".join(c if c.isalnum() else " " for c in k).split()).upper()


def snake(k: str) -> str:
    return env_key(k).lower()


def camel(k: str) -> str:
    head, *rest = snake(k).split("_")
    return head + "".join(p.title() for p in rest)


ENV_FILLER = ["NODE_ENV=production", "LOG_LEVEL=info", "PORT=8080", "APP_NAME=orders-api", "TZ=UTC",
              "WEB_CONCURRENCY=4", "FEATURE_NEW_CHECKOUT=true", "AWS_REGION=eu-central-1", "REDIS_URL=redis://cache:6379/0",
              "SENTRY_ENVIRONMENT=staging", "CACHE_TTL_SECONDS=300", "PUBLIC_BASE_URL=https://shop.kestrel.dev",
              "MAX_UPLOAD_MB=25", "OTEL_SERVICE_NAME=billing-worker", "DJANGO_SETTINGS_MODULE=app.settings.prod"]
TOOL_HEADERS = ["$ cat .env\n", "$ cat .env.production\n", "Read file: services/api/.env.local\n",
                "⏺ Read(.env)\n  ⎿  ", "$ grep -v '^#' deploy/prod.env\n", "Contents of .envrc:\n"]


def filler(n: int) -> str:
    return "\n".join(R.sample(ENV_FILLER, n))


def agent_secret_doc(key: str, sp: Span, host: str, vtype: str) -> list:
    """One credential inside something an agent reads: a config file, shell history, code, a log."""
    section = vtype.split("_")[0]
    K, k = env_key(key), snake(key)
    if key.startswith("//"):
        return ["$ cat ~/.npmrc\nregistry=https://registry.npmjs.org/\n" + key + "=", sp, "\nalways-auth=true\n"]
    shape = R.randrange(14)
    if shape == 0:
        return [R.choice(TOOL_HEADERS) + filler(R.randint(1, 3)) + f"\n{K}=", sp, "\n" + filler(R.randint(1, 3)) + "\n"]
    if shape == 1:
        q = R.choice(["", '"', "'"])
        return [f"# config/{R.choice(['production', 'settings', 'app'])}.yaml\nserver:\n  port: 8080\n  workers: 4\n{section}:\n"
                f"  endpoint: https://{host}\n  {k}: {q}", sp, f"{q}\n  timeout_seconds: 30\n"]
    if shape == 2:
        return [f'{{\n  "service": "{section}",\n  "baseUrl": "https://{host}",\n  "{camel(key)}": "', sp,
                '",\n  "retries": 3,\n  "enabled": true\n}\n']
    if shape == 3:
        return [f'# pyproject-style settings: config/{section}.toml\n[{section}]\nendpoint = "https://{host}"\n{k} = "', sp,
                '"\nverify_tls = true\n']
    if shape == 4:
        n = R.randint(200, 1900)
        return [f"$ history | tail -4\n {n}  cd ~/src/deploy\n {n + 1}  export {K}=", sp,
                f"\n {n + 2}  ./scripts/release.sh --env prod\n {n + 3}  history | tail -4\n"]
    if shape == 5:
        return [f"services:\n  worker:\n    image: ghcr.io/kestrel/worker:{semver()}\n    restart: unless-stopped\n"
                f"    environment:\n      - {K}=", sp, "\n      - LOG_LEVEL=debug\n"]
    if shape == 6:
        return [f"    spec:\n      containers:\n      - name: {section}-sync\n        image: registry.kestrel.dev/{section}-sync:{semver()}\n"
                f"        env:\n        - name: {K}\n          value: \"", sp, "\"\n        - name: LOG_FORMAT\n          value: json\n"]
    if shape == 7:
        return [f"import os\n\nfrom {section}_client import Client\n\nclient = Client(\n    api_key=\"", sp,
                "\",  # TODO: read from os.environ before merging\n    timeout=30,\n)\n"]
    if shape == 8:
        return [f"// src/lib/{section}.ts\nexport const client = new Client({{\n  apiKey: '", sp,
                f"',\n  baseURL: 'https://{host}',\n}});\n"]
    if shape == 9:
        return [f"$ curl -sS https://{host}/v1/status \\\n    -H \"Authorization: Bearer ", sp,
                "\" \\\n    -H 'Accept: application/json'\n{\"status\":\"ok\"}\n"]
    if shape == 10:
        return [f"{ts()} DEBUG httpx: HTTP Request: GET https://{host}/v1/me headers={{'authorization': 'Bearer ", sp,
                f"', 'user-agent': 'python-httpx/0.27.{R.randint(0, 2)}'}}\n{ts()} INFO  sync finished in {R.randint(80, 900)} ms\n"]
    if shape == 11:
        return [f"I found a hard-coded credential in `src/{section}/settings.py` (line {R.randint(8, 120)}):\n\n```python\n{K} = \"",
                sp, "\"\n```\n\nRevoke it in the provider's console and load it from the environment instead.\n"]
    if shape == 12:
        return [f"[{section}]\nendpoint = https://{host}\n{k} = ", sp, "\nretries = 5\n"]
    return [f"$ kubectl get secret {section}-creds -o jsonpath='{{.data}}' | base64 -d\n{K}=", sp,
            f"\n$ kubectl rollout restart deploy/{section}-sync\ndeployment.apps/{section}-sync restarted\n"]


SELF_IDENTIFYING = {
    "datadog_api_key": False, "datadog_app_key": False, "cloudflare_api_token": False, "fastly_api_token": False,
    "azure_storage_key": False, "heroku_api_key": False, "okta_api_token": False, "vault_token": False,
    "azure_ad_client_secret": False,
}


def public_kv(key: str, sp: Span, vtype: str) -> list:
    """A terse fixture line in the style of secret-scanner test files."""
    shapes = [
        lambda: [f'{snake(key)} = "', sp, '"'],
        lambda: [f"{snake(key)}: ", sp],
        lambda: [f'"{camel(key)}": "', sp, '",'],
        lambda: [f"export {env_key(key)}=", sp],
        lambda: [f'{camel(key)} := "', sp, '"'],
        lambda: [f"const {camel(key)} = `", sp, "`;"],
        lambda: [f"{env_key(key)}='", sp, "'"],
        lambda: [f'<add key="{camel(key)}" value="', sp, '" />'],
        lambda: [f"set {env_key(key)}=", sp],
        lambda: [f'$Env:{env_key(key)} = "', sp, '"'],
    ]
    if SELF_IDENTIFYING.get(vtype, True):
        shapes += [lambda: ['"', sp, '"'], lambda: ["token: ", sp], lambda: ["// leaked: ", sp],
                   lambda: ["curl -H 'Authorization: Bearer ", sp, "' https://api.example.net/"]]
    return R.choice(shapes)()


def build_vendor_cases() -> None:
    for vtype, (gen, keys, host) in VENDORS.items():
        for _ in range(2):
            add("agent", agent_secret_doc(R.choice(keys), Span(gen(), vtype), host, vtype),
                f"{vtype} value in a file or command an agent read")
        for _ in range(2):
            add("public", public_kv(R.choice(keys), Span(gen(), vtype), vtype), f"{vtype} in its documented format")


def slack_webhook() -> str:
    return f"https://hooks.slack.com/services/T{rs(UP + DIG, 10)}/B{rs(UP + DIG, 10)}/{rs(ALNUM, 24)}"


def discord_webhook() -> str:
    return f"https://discord.com/api/webhooks/{R.randint(10**17, 10**19 - 1)}/{rs(B64URL, 68)}"


def build_webhook_and_ssn_cases() -> None:
    """Webhook URLs are credentials by themselves; SSNs in each separator style the issue names."""
    agent_shapes = [
        lambda sp: ["$ curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"deploy finished\"}' ", sp, "\nok\n"],
        lambda sp: ["receivers:\n- name: oncall\n  slack_configs:\n  - api_url: ", sp, "\n    channel: '#alerts'\n    send_resolved: true\n"],
        lambda sp: ["ALERT_WEBHOOK_URL=", sp, "\nALERT_MIN_SEVERITY=warning\n"],
        lambda sp: ["requests.post(\n    \"", sp, "\",\n    json={\"content\": f\"Nightly build {status}\"},\n    timeout=5,\n)\n"],
    ]
    for i in range(6):
        kind, gen = ("slack_webhook", slack_webhook) if i % 2 == 0 else ("discord_webhook", discord_webhook)
        shape = [0, 1, 2][i // 2] if kind == "slack_webhook" else [0, 2, 3][i // 2]
        add("agent", agent_shapes[shape](Span(gen(), kind)), f"{kind}: the URL itself grants posting")
    for i in range(6):
        kind, gen = ("slack_webhook", slack_webhook) if i % 2 == 0 else ("discord_webhook", discord_webhook)
        add("public", R.choice([lambda sp: ["webhook_url = \"", sp, "\""], lambda sp: ["SLACK_WEBHOOK=", sp],
                                lambda sp: ["\"url\": \"", sp, "\""]])(Span(gen(), kind)), f"{kind} URL")
    for sep in [".", " ", "", "-"]:
        add("agent", [f"name,dob,ssn\n{' '.join(person())},19{R.randint(50, 99)}-0{R.randint(1, 9)}-1{R.randint(0, 9)},",
                      Span(us_ssn(sep), "us_ssn"), "\n"], f"US SSN written with separator {sep!r}")
        add("public", [R.choice(["SSN: ", "Social security no. ", "my social is "]), Span(us_ssn(sep), "us_ssn")],
            f"US SSN written with separator {sep!r}")


def build_aws_cases() -> None:
    for i in range(8):
        kid, sec = Span(aws_key_id(R.choice(["AKIA", "AKIA", "ASIA"])), "aws_access_key_id"), Span(aws_secret(), "aws_secret_access_key")
        shapes = [
            ["$ cat ~/.aws/credentials\n[default]\naws_access_key_id = ", kid, "\naws_secret_access_key = ", sec,
             "\n\n[staging]\nregion = eu-west-1\n"],
            ["export AWS_ACCESS_KEY_ID=", kid, "\nexport AWS_SECRET_ACCESS_KEY=", sec, "\nexport AWS_DEFAULT_REGION=us-east-2\n"],
            ['provider "aws" {\n  region     = "us-west-2"\n  access_key = "', kid, '"\n  secret_key = "', sec, '"\n}\n'],
            ["s3 = boto3.client(\n    \"s3\",\n    aws_access_key_id=\"", kid, "\",\n    aws_secret_access_key=\"", sec,
             "\",\n    region_name=\"eu-central-1\",\n)\n"],
            ['{\n  "AccessKey": {\n    "UserName": "ci-deployer",\n    "AccessKeyId": "', kid, '",\n    "Status": "Active",\n'
             '    "SecretAccessKey": "', sec, f'",\n    "CreateDate": "{ts()}"\n  }}\n}}\n'],
            ["      - name: Configure AWS\n        env:\n          AWS_ACCESS_KEY_ID: ", kid, "\n          AWS_SECRET_ACCESS_KEY: ", sec,
             "\n        run: aws s3 sync ./dist s3://kestrel-web-assets --delete\n"],
            ["The deploy failed because the keys in `.env` are invalid:\n\n    AWS_ACCESS_KEY_ID=", kid, "\n    AWS_SECRET_ACCESS_KEY=", sec,
             "\n\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation.\n"],
            ["Access key ID,Secret access key\n", kid, ",", sec, "\n"],
        ]
        add("agent", shapes[i], "AWS access key id with its secret access key")
    for _ in range(6):
        kid, sec = Span(aws_key_id(), "aws_access_key_id"), Span(aws_secret(), "aws_secret_access_key")
        add("public", R.choice([
            ["aws_access_key_id = ", kid, "\naws_secret_access_key = ", sec],
            ['AWS_ACCESS_KEY_ID="', kid, '" AWS_SECRET_ACCESS_KEY="', sec, '"'],
            ['"aws_secret_access_key": "', sec, '", "aws_access_key_id": "', kid, '"'],
        ]), "AWS key id and secret key pair")


def build_key_and_token_cases() -> None:
    # Each kind where it really turns up: ssh key files, TLS secrets, service-account JSON, an answer.
    agent_kinds = ["openssh", "ec", "pkcs8", "pgp", "rsa", "pkcs8", "pkcs8", "encrypted"]
    for i in range(8):
        key, ktype = private_key(agent_kinds[i])
        sp = Span(key, ktype)
        shapes = [
            ["$ cat ~/.ssh/id_deploy\n", sp, "\n"],
            ["apiVersion: v1\nkind: Secret\nmetadata:\n  name: tls-origin\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n    ",
             Span(key.replace("\n", "\n    "), ktype), "\n"],
            ['{"type": "service_account", "project_id": "kestrel-prod", "private_key": "', Span(key.replace("\n", "\\n"), ktype),
             '\\n", "token_uri": "https://oauth2.googleapis.com/token"}\n'],
            ["I generated the signing key for the webhook verifier; store it in the secret manager:\n\n```\n", sp, "\n```\n"],
        ]
        add("agent", shapes[i % 4], f"{ktype} block")
    for i in range(5):
        key, ktype = private_key(KEY_KINDS[(i * 2 + 1) % len(KEY_KINDS)])
        add("public", [Span(key, ktype)], f"{ktype} block as a fixture file")
    for i in range(7):
        signed = i % 3 != 2
        sp = Span(jwt(signed), "jwt")
        shapes = [
            ["$ curl -i https://api.kestrel.dev/v2/orders -H 'Authorization: Bearer ", sp, "'\nHTTP/2 200\ncontent-type: application/json\n"],
            [f"{ts()} WARN auth: token rejected (expired) token=", sp, " path=/v2/orders\n"],
            ["Set-Cookie: session=", sp, "; Path=/; HttpOnly; Secure; SameSite=Lax\n"],
            ["localStorage contents:\n  theme: \"dark\"\n  access_token: \"", sp, "\"\n  locale: \"en-GB\"\n"],
        ]
        add("agent", shapes[i % 4], "signed JWT" if signed else "unsigned JWT (alg none) still carries claims")
    for i in range(6):
        signed = i % 2 == 0
        sp = Span(jwt(signed), "jwt")
        add("public", R.choice([['jwt = "', sp, '"'], ["Authorization: Bearer ", sp], ["id_token=", sp], ['"access_token": "', sp, '"']]),
            "signed JWT" if signed else "unsigned JWT")
    for _ in range(4):
        tok = Span(rs(ALNUM, 40), "bearer_token")
        add("agent", ["> GET /api/v1/projects HTTP/1.1\n> Host: ci.kestrel.dev\n> Authorization: Bearer ", tok,
                      "\n> User-Agent: curl/8.5.0\n< HTTP/1.1 200 OK\n"], "opaque bearer token in an HTTP header")
    for _ in range(3):
        cred = Span(b64(f"{R.choice(['deploy', 'admin', 'ci-bot'])}:{password()}".encode()), "basic_auth")
        add("agent", ["$ curl -v https://registry.kestrel.dev/v2/_catalog\n> Authorization: Basic ", cred,
                      "\n< HTTP/2 200\n{\"repositories\":[\"web\",\"worker\"]}\n"], "HTTP basic credentials (base64 of user:password)")
    for _ in range(4):
        add("public", R.choice([["Authorization: Basic ", Span(b64(f"svc:{password()}".encode()), "basic_auth")],
                                ["Authorization: Bearer ", Span(rs(B64URL, 48), "bearer_token")],
                                ["X-Auth-Token: ", Span(rs(HEX, 48), "bearer_token")]]), "credential in an auth header")


def build_password_cases() -> None:
    agent_shapes = [
        lambda p: ["$ cat config/database.yml\nproduction:\n  adapter: postgresql\n  host: db.internal\n  username: app\n  password: \"", p, "\"\n  pool: 10\n"],
        lambda p: ["DATABASE_URL=postgres://app:", Span(url_password(), "password"), "@db-primary.internal:5432/orders\nDB_POOL=10\n"],
        lambda p: ["$ mysql -h db.internal -u reporting -p'", p, "' analytics -e 'select count(*) from events'\n"],
        lambda p: ["$ PGPASSWORD='", p, "' psql -h pg.internal -U etl -d warehouse -c '\\dt'\n"],
        lambda p: ["SMTP_HOST=smtp.mailgun.org\nSMTP_USER=apikey\nSMTP_PASSWORD=", p, "\nSMTP_FROM=\n"],
        lambda p: ["Traceback (most recent call last):\n  File \"sync.py\", line 42, in <module>\n    conn = connect(dsn)\n"
                   "psycopg2.OperationalError: connection to server failed: FATAL:  password authentication failed\n"
                   "  dsn='host=pg.internal user=etl password=", Span(url_password(), "password"), " dbname=warehouse'\n"],
        lambda p: ["<connectionStrings>\n  <add name=\"Main\" connectionString=\"Server=sql01;Database=Shop;User Id=shop_app;Password=",
                   Span(rs(ALNUM + "!#$%*", 18), "password"), ";\" />\n</connectionStrings>\n"],
        lambda p: ["$ docker login registry.kestrel.dev -u ci --password '", p, "'\nWARNING! Using --password via the CLI is insecure.\nLogin Succeeded\n"],
        lambda p: ["spring:\n  datasource:\n    url: jdbc:postgresql://pg.internal:5432/app\n    username: app\n    password: '", p, "'\n"],
        lambda p: ["mongodb+srv://analytics:", Span(url_password(), "password"), "@cluster0.kx81q.mongodb.net/reports?retryWrites=true\n"],
        lambda p: ["ldap_bind_dn = cn=svc-wiki,ou=services,dc=kestrel,dc=dev\nldap_bind_password = ", p, "\nldap_search_base = ou=people,dc=kestrel,dc=dev\n"],
        lambda p: ["$ redis-cli -h cache.internal -a '", p, "' ping\nWarning: Using a password with '-a' option on the command line may not be safe.\nPONG\n"],
        lambda p: ["# ~/.pgpass\npg.internal:5432:warehouse:etl:", Span(rs(ALNUM + "!#%&*", 16), "password"), "\n"],
        lambda p: ["RABBITMQ_DEFAULT_USER=orders\nRABBITMQ_DEFAULT_PASS=", p, "\n"],
        lambda p: ["$ htpasswd -b -c /tmp/.htpasswd admin '", p, "'\nAdding password for user admin\n"],
        lambda p: ["wifi:\n  ssid: \"Kestrel-Office\"\n  psk: \"", p, "\"\n"],
        lambda p: ["$ git clone https://deploy:", Span(url_password(), "password"), "@git.kestrel.dev/platform/infra.git\nCloning into 'infra'...\n"],
        lambda p: ["jenkins:\n  securityRealm:\n    local:\n      users:\n        - id: admin\n          password: \"", p, "\"\n"],
        lambda p: ["const pool = new Pool({ host: 'pg.internal', user: 'api', password: \"", p, "\", database: 'shop' });\n"],
        lambda p: ["$ sshpass -p '", p, "' ssh ops@bastion.kestrel.dev uptime\n 10:02:11 up 41 days,  3:12,  1 user,  load average: 0.12, 0.20, 0.18\n"],
        lambda p: ["[client]\nuser = backup\npassword = ", p, "\nhost = db.internal\n"],
        lambda p: ["SECRET_KEY = '", Span(rs(LO + DIG + "!@#$%^&*(-_=+)", 50), "generic_secret"), "'\nDEBUG = False\nALLOWED_HOSTS = ['shop.kestrel.dev']\n"],
        lambda p: ["session:\n  secret: ", Span(rs(B64, 44), "generic_secret"), "\n  cookie_name: sid\n"],
        lambda p: ["JWT_SIGNING_SECRET=", Span(rs(HEX, 64), "generic_secret"), "\nJWT_TTL=3600\n"],
    ]
    for shape in agent_shapes:
        add("agent", shape(Span(password(), "password")), "password or secret value in an assignment, URL or CLI flag")
    public_shapes = [
        lambda p: ['password = "', p, '"'], lambda p: ["passwd: ", p], lambda p: ['"db_password": "', p, '"'],
        lambda p: ["DB_PASS=", p], lambda p: ["mysql -u root -p", Span(rs(ALNUM + "#!", 12), "password")],
        lambda p: ["postgresql://admin:", Span(url_password(), "password"), "@localhost/db"],
        lambda p: ["ftp://user:", Span(url_password(), "password"), "@files.kestrel.dev/pub"],
        lambda p: ['pwd = "', p, '"'], lambda p: ["--password=", Span(rs(ALNUM + "%$#", 14), "password")],
        lambda p: ['client_secret = "', Span(rs(B64URL, 40), "generic_secret"), '"'],
        lambda p: ["api_secret: ", Span(rs(HEX, 40), "generic_secret")],
        lambda p: ['private_token = "', Span(rs(ALNUM, 32), "generic_secret"), '"'],
        lambda p: ["secret_key_base: ", Span(rs(HEX, 128), "generic_secret")],
        lambda p: ['auth_token="', Span(rs(ALNUM, 36), "generic_secret"), '"'],
        lambda p: ["ConnectionString=Server=tcp:sql.kestrel.dev;User ID=app;Password=", Span(rs(ALNUM + "!$", 16), "password"), ";"],
        lambda p: ["redis://:", Span(rs(ALNUM, 24), "password"), "@cache.kestrel.dev:6379/0"],
        lambda p: ['PASSWORD: "', p, '"'],
    ]
    for shape in public_shapes:
        add("public", shape(Span(password(), "password")), "password or secret in an assignment, URL or flag")


def build_pii_agent_cases() -> None:
    for _ in range(5):
        rows, parts = R.randint(3, 5), list[str | Span](["$ head -n 6 exports/customers_2025-03.csv\ncustomer_id,name,email,phone,country,signup_date\n"])
        for _ in range(rows):
            f, la = person()
            region = R.choice(PHONE_REGIONS)
            parts += [f"C{R.randint(10000, 99999)},{f} {la},", Span(email(f, la), "email"), ",",
                      Span(phone(region, R.choice(["intl", "e164"])), "phone"), f",{region},2025-0{R.randint(1, 3)}-{R.randint(10, 28)}\n"]
        add("agent", parts, "customer export with emails and phone numbers")
    for _ in range(6):
        f, la = person()
        region = R.choice(PHONE_REGIONS)
        add("agent", [f"From: {f} {la} <", Span(email(f, la), "email"), ">\nTo: Billing <", Span("billing@kestrel.dev", "email"), f">\nSubject: Re: invoice INV-2025-{R.randint(1000, 9999)}\n\n"
                      "Hi team,\n\nthe invoice still shows the old billing address. Could someone call me back?\n\nBest,\n"
                      f"{f} {la}\nHead of Operations\nMobile: ", Span(phone(region, "national" if R.random() < 0.5 else "intl"), "phone"),
                      "\n"], "email thread with sender address and phone in the signature")
    for _ in range(5):
        f, la = person()
        add("agent", ['{\n  "id": "', uuid4(), f'",\n  "name": "{f} {la}",\n  "email": "', Span(email(f, la), "email"),
                      '",\n  "phone": "', Span(phone(style="e164"), "phone"), '",\n  "payout_iban": "', Span(iban(spaced=False), "iban"),
                      f'",\n  "created_at": "{ts()}"\n}}\n'], "CRM record with email, phone and IBAN")
    country_of = {"us_ssn": "US", "uk_nino": "GB", "de_steuer_id": "DE", "fr_nir": "FR", "es_dni": "ES", "es_nie": "ES",
                  "it_codice_fiscale": "IT", "nl_bsn": "NL", "in_aadhaar": "IN", "au_tfn": "AU", "au_medicare": "AU",
                  "jp_my_number": "JP", "br_cpf": "BR", "br_cnpj": "BR", "ca_sin": "CA"}
    for idtype, gen in NATIONAL_IDS.items():
        f, la = person()
        label = R.choice(ID_LABELS[idtype])
        emp = R.randint(100, 999)
        shapes = [
            ["employee_id,full_name,", label.replace(" ", "_").lower(), ",start_date\n", f"E{R.randint(1000, 9999)},{f} {la},", Span(gen(), idtype), ",2024-09-01\n"],
            [f"sql> SELECT id, name, tax_id FROM payroll.employees WHERE id = {emp};\n id  | name | tax_id\n-----+------+--------\n {emp} | {f} {la} | ",
             Span(gen(), idtype), "\n(1 row)\n"],
        ]
        add("agent", shapes[0] if R.random() < 0.5 else shapes[1], f"{idtype} with a valid check digit in an HR record")
        add("agent", [f"{ts()} ERROR onboarding: KYC check failed for applicant {R.randint(10000, 99999)} ({label}=", Span(gen(), idtype),
                      f", country={country_of[idtype]}): document expired\n"], f"{idtype} leaked into an application log")
    for _ in range(6):
        f, la = person()
        add("agent", [f"INVOICE 2025-{R.randint(100, 999)}\nBill to: {f} {la}\nAmount due: {R.randint(100, 9000)}.{R.randint(10, 99)} EUR\n\n"
                      "Please pay by bank transfer to\nIBAN: ", Span(iban(), "iban"), "\nBIC: " + R.choice(["COBADEFFXXX", "BNPAFRPPXXX", "INGBNL2A"]) + "\n"],
            "invoice with payee IBAN")
    for _ in range(6):
        add("agent", [f"{ts()} ERROR payments: charge failed card=", Span(card(R.choice(["plain", "space"])), "credit_card"),
                      f" exp={R.randint(1, 12):02d}/{R.randint(26, 31)} amount={R.randint(5, 900)}.00 currency=USD reason=do_not_honor\n"],
            "card number logged in full")
    for _ in range(3):
        f, la = person()
        add("agent", [f"$ git log -3 --format='%h %an <%ae> %s'\n{sha(7)} {f} {la} <", Span(email(f, la), "email"),
                      f"> fix(api): handle empty cart\n{sha(7)} {f} {la} <", Span(email(f, la), "email"), "> chore: bump deps\n"],
            "commit authors' email addresses")
    for _ in range(3):
        add("agent", ["Traceback (most recent call last):\n  File \"/app/accounts/views.py\", line 88, in register\n    user = create_user(form)\n"
                      "accounts.errors.DuplicateUser: a user with email '", Span(email(), "email"), "' already exists\n"],
            "user email in an exception message")
    for _ in range(4):
        f, la = person()
        region = R.choice(["US", "GB", "DE", "FR", "JP", "BR", "IN", "AU"])
        add("agent", [f"Ticket #{R.randint(40000, 99999)} (priority: high)\nCustomer: {f} {la}\nCallback number: ",
                      Span(phone(region, "national"), "phone"), f"\nNotes: cannot log in since {R.randint(1, 9)} days, asked for a call before 5pm.\n"],
            "support ticket with a national-format phone number")


def build_pii_public_cases() -> None:
    for _ in range(8):
        add("public", R.choice([["My email address is ", Span(email(), "email")], ["Contact: ", Span(email(), "email")],
                                ["email=", Span(email(), "email")], ["Send the report to ", Span(email(), "email"), " by Friday."]]),
            "email address")
    phone_lines = [("My phone number is ", "US"), ("Call me at ", "GB"), ("Tel.: ", "DE"), ("Téléphone : ", "FR"),
                   ("Teléfono: ", "ES"), ("Cellulare: ", "IT"), ("Telefoonnummer: ", "NL"), ("電話番号: ", "JP"),
                   ("Celular: ", "BR"), ("Mobile no. ", "IN"), ("Ph: ", "AU"), ("Phone: ", "CA"), ("Tel: ", "MX"),
                   ("Telefon: ", "CH"), ("Telefon: ", "SE"), ("Tel. kom.: ", "PL"), ("전화: ", "KR"), ("Cell: ", "ZA"),
                   ("Mobile: ", "SG"), ("Phone: ", "IE"), ("Tel: ", "BE"), ("Telefon: ", "AT"), ("Telemóvel: ", "PT"),
                   ("Telefon: ", "NO"), ("Mobil: ", "DK"), ("Phone: ", "NZ"), ("Celular: ", "AR"), ("Telefon: ", "TR")]
    for prefix, region in phone_lines:
        add("public", [prefix, Span(phone(region, R.choice(["national", "intl"])), "phone")], f"{region} phone number")
    for _ in range(10):
        add("public", R.choice([["My credit card number is ", Span(card(), "credit_card")], ["card: ", Span(card(), "credit_card")],
                                ["Charge ", Span(card(), "credit_card"), " exp 11/28"], ["cc_number=", Span(card("plain"), "credit_card")]]),
            "Luhn-valid card number")
    for _ in range(10):
        add("public", R.choice([["IBAN: ", Span(iban(), "iban")], ["Please transfer to ", Span(iban(), "iban"), " (ref. rent)"],
                                ["iban = ", Span(iban(spaced=False), "iban")], ["Kontonummer/IBAN ", Span(iban(), "iban")]]),
            "IBAN with valid mod-97 check digits")
    templates = {
        "us_ssn": ["My SSN is {}", "ssn: {}"], "uk_nino": ["My National Insurance number is {}", "NINO {}"],
        "de_steuer_id": ["Meine Steuer-ID lautet {}", "Steueridentifikationsnummer: {}"],
        "fr_nir": ["Mon numéro de sécurité sociale est le {}", "NIR : {}"], "es_dni": ["Mi DNI es {}", "DNI: {}"],
        "es_nie": ["Mi NIE es {}", "NIE {}"], "it_codice_fiscale": ["Il mio codice fiscale è {}", "C.F.: {}"],
        "nl_bsn": ["Mijn BSN is {}", "burgerservicenummer: {}"], "in_aadhaar": ["My Aadhaar number is {}", "Aadhaar: {}"],
        "au_tfn": ["My TFN is {}", "Tax file number: {}"], "au_medicare": ["Medicare card number {}", "medicare: {}"],
        "jp_my_number": ["私のマイナンバーは{}です", "個人番号: {}"], "br_cpf": ["Meu CPF é {}", "CPF: {}"],
        "br_cnpj": ["CNPJ da empresa: {}", "cnpj={}"], "ca_sin": ["My SIN is {}", "Social Insurance Number: {}"],
    }
    for idtype, pair in templates.items():
        for tpl in pair:
            head, tail = tpl.split("{}")
            add("public", [head, Span(NATIONAL_IDS[idtype](), idtype), tail], f"{idtype} with a valid check digit")


# ---------------------------------------------------------------- negatives

AWS_DOC_KEYS = [("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
                ("AKIAI44QH8DHBEXAMPLE", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY")]


def build_negative_agent_cases() -> None:
    neg = []
    for _ in range(5):
        lines = "\n".join(f"{sha(7)} {R.choice(['fix', 'feat', 'chore', 'refactor'])}: {R.choice(['retry upload on 503', 'drop py3.8', 'bump ruff', 'split billing worker', 'cache tenant lookups', 'rename flag'])}" for _ in range(4))
        neg.append(("hash", [f"$ git log --oneline -4\n{lines}\n"], "abbreviated commit hashes"))
    for _ in range(3):
        neg.append(("hash", [f"$ sha256sum dist/*\n{sha(64)}  dist/lockgate-{semver()}-py3-none-any.whl\n{sha(64)}  dist/lockgate-{semver()}.tar.gz\n"], "release checksums"))
    neg.append(("hash", [f"$ git rev-parse HEAD\n{sha(40)}\n$ git describe --tags\nv{semver()}-14-g{sha(7)}\n"], "commit id"))
    neg.append(("hash", [f"$ docker images --digests\nREPOSITORY          TAG       DIGEST                                                                    IMAGE ID\nghcr.io/kestrel/web 1.8.2     sha256:{sha(64)}   {sha(12)}\n"], "image digest and id"))
    neg.append(("hash", [f"< HTTP/2 200\n< etag: \"{sha(32)}\"\n< cache-control: max-age=300\n< x-cache: HIT\n"], "ETag header"))
    for _ in range(4):
        neg.append(("uuid", [f"{ts()} INFO  request_id={uuid4()} tenant={uuid4()} GET /v2/orders 200 {R.randint(3, 300)}ms\n"], "request and tenant UUIDs"))
    neg.append(("uuid", [f"metadata:\n  name: orders-api\n  namespace: prod\n  uid: {uuid4()}\n  resourceVersion: \"{R.randint(10**6, 10**7)}\"\n"], "Kubernetes object uid"))
    neg.append(("uuid", [f'{{"run_id": "{uuid4()}", "workspace_id": "{uuid4()}", "status": "applied", "resources_changed": 3}}\n'], "run ids"))
    neg.append(("uuid", [f"x-amzn-RequestId: {uuid4()}\nx-amz-apigw-id: {rs(ALNUM, 16)}=\nContent-Length: 213\n"], "AWS request ids"))
    for _ in range(3):
        pkgs = R.sample(["anthropic", "httpx", "pydantic", "msgspec", "nats-py", "aiohttp", "duckdb", "tenacity", "uvloop", "orjson"], 5)
        neg.append(("version", ["$ pip freeze | head -5\n" + "\n".join(f"{p}=={semver()}" for p in pkgs) + "\n"], "pinned package versions"))
    neg.append(("version", ['"dependencies": {\n' + ",\n".join(f'    "{p}": "^{semver()}"' for p in ["@anthropic-ai/sdk", "zod", "react", "next"]) + "\n}\n"], "npm dependency ranges"))
    neg.append(("version", [f"module github.com/kestrel/gateway\n\ngo 1.23\n\nrequire (\n\tgithub.com/nats-io/nats.go v{semver()}\n"
                            f"\tgolang.org/x/sync v0.0.0-20240{R.randint(1, 9)}{R.randint(10, 28)}{R.randint(100000, 235959)}-{sha(12)}\n)\n"], "go.mod with pseudo-version"))
    neg.append(("version", [f"$ node --version && npm --version && python3 --version\nv22.{R.randint(1, 11)}.0\n10.{R.randint(1, 9)}.1\nPython 3.12.{R.randint(1, 7)}\n"], "tool versions"))
    neg.append(("version", [f"FROM python:3.12.{R.randint(1, 7)}-slim@sha256:{sha(64)}\nRUN pip install --no-cache-dir uv=={semver()}\n"], "pinned base image"))
    for _ in range(3):
        pkg, ver = R.choice(["zod", "undici", "semver", "picomatch"]), semver()
        neg.append(("lockfile_integrity", [f'    "node_modules/{pkg}": {{\n      "version": "{ver}",\n'
                                           f'      "resolved": "https://registry.npmjs.org/{pkg}/-/{pkg}-{ver}.tgz",\n      "integrity": "{integrity_sha512()}",\n      "license": "MIT"\n    }},\n'], "package-lock integrity"))
    neg.append(("lockfile_integrity", [f'"@babel/core@^7.24.0":\n  version "7.24.{R.randint(0, 9)}"\n  resolved "https://registry.yarnpkg.com/@babel/core/-/core-7.24.4.tgz#{sha(40)}"\n  integrity {integrity_sha512()}\n'], "yarn.lock entry"))
    neg.append(("lockfile_integrity", [f'[[package]]\nname = "httpx"\nversion = "{semver()}"\nfiles = [\n    {{file = "httpx-0.27.2-py3-none-any.whl", hash = "sha256:{sha(64)}"}},\n]\n'], "poetry.lock hashes"))
    neg.append(("lockfile_integrity", [f"aiohttp=={semver()} \\\n    --hash=sha256:{sha(64)} \\\n    --hash=sha256:{sha(64)}\n"], "pip hash-checking requirements"))
    neg.append(("lockfile_integrity", [f"github.com/nats-io/nkeys v0.4.{R.randint(1, 9)} {go_sum_hash()}\ngithub.com/nats-io/nkeys v0.4.7/go.mod {go_sum_hash()}\n"], "go.sum hashes"))
    neg.append(("lockfile_integrity", [f'[[package]]\nname = "serde"\nversion = "1.0.{R.randint(180, 215)}"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "{sha(64)}"\n'], "Cargo.lock checksum"))
    for kid, sec in AWS_DOC_KEYS:
        neg.append(("example_key", ["From the AWS CLI docs:\n\n    $ aws configure\n    AWS Access Key ID [None]: ", kid, "\n    AWS Secret Access Key [None]: ", sec,
                                    "\n    Default region name [None]: us-west-2\n"], "AWS's documented example key pair"))
        neg.append(("example_key", ["# tests/conftest.py\nos.environ[\"AWS_ACCESS_KEY_ID\"] = \"", kid, "\"\nos.environ[\"AWS_SECRET_ACCESS_KEY\"] = \"", sec, "\"  # moto fake\n"], "documented example keys used with moto"))
    neg.append(("example_key", ["[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"], "AWS example credentials file from the docs"))
    placeholders = [
        "$ cat .env.example\nANTHROPIC_API_KEY=<your-api-key>\nDATABASE_URL=postgres://localhost:5432/app_dev\nLOG_LEVEL=debug\n",
        "STRIPE_SECRET_KEY=\nSTRIPE_WEBHOOK_SECRET=\nSTRIPE_PRICE_ID=price_basic_monthly\n",
        "openai:\n  api_key: insert_key_here\n  model: gpt-4o-mini\n",
        'const client = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });\n',
        "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n# ^ replace with a token that has repo scope\n",
        "      - name: Publish\n        run: npm publish\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n",
        "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: pg-credentials\n        key: password\n",
        "password: ${DB_PASSWORD:?DB_PASSWORD must be set}\nuser: ${DB_USER:-app}\n",
        "Set your key first:\n\n    export ANTHROPIC_API_KEY=\"sk-ant-...\"\n\nthen run `claude` again.\n",
        "api_key = \"YOUR_API_KEY_HERE\"  # get one at the dashboard\n",
        "slack:\n  webhook_url: https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX\n",
        "aws_secret_access_key = ****************************************\n",
        "Authorization: Bearer <token>\nContent-Type: application/json\n",
        "DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DBNAME\n",
        "$ gh auth status\ngithub.com\n  ✓ Logged in to github.com account kestrel-bot (keyring)\n  - Token: gho_************************************\n  - Token scopes: 'gist', 'read:org', 'repo'\n",
    ]
    for p in placeholders:
        neg.append(("placeholder", [p], "placeholder, variable reference or already-redacted value"))
    for _ in range(4):
        n = digits_no_checksum(R.choice([13, 14, 15, 16]))
        neg.append(("order_number", [R.choice([f"Order #{n} has shipped. Estimated delivery: 2025-04-0{R.randint(1, 9)}.\n",
                                               f"{ts()} INFO fulfillment: order_id={n} status=packed warehouse=FRA-2\n",
                                               f"| {n} | 3 items | 149.90 EUR | paid |\n"])], "order number that fails Luhn"))
    neg.append(("order_number", [f"Tracking number: {digits_no_checksum(12)} (FedEx), reference {digits_no_checksum(14)}\n"], "tracking and reference numbers"))
    market = digits_no_checksum(17)
    neg.append(("order_number", [f"Your order {market[:3]}-{market[3:10]}-{market[10:]} was delivered.\n"], "marketplace order id"))
    neg.append(("order_number", [f"SELECT * FROM shipments WHERE barcode = '{digits_no_checksum(16)}';\n"], "warehouse barcode failing Luhn"))
    for n in ["4242424242424242", "4000056655665556", "5555555555554444", "378282246310005"]:
        neg.append(("test_card_in_docs", [R.choice([f"To test payments locally, use the card {group(n, [4, 4, 4, 4] if len(n) == 16 else [4, 6, 5], ' ')} with any future expiry and any CVC.\n",
                                                    f"    def test_checkout_succeeds(page):\n        page.fill(\"#card-number\", \"{n}\")  # Stripe test card\n"])], "documented payment-processor test card"))
    neg.append(("test_card_in_docs", ["| Brand | Test number |\n|---|---|\n| Visa | 4111 1111 1111 1111 |\n| Amex | 3714 496353 98431 |\n"], "test card table in docs"))
    neg.append(("test_card_in_docs", ["The saved card ending in 4242 expires 04/27. Update it in Billing settings.\n"], "last four digits only"))
    code = [
        'token = request.headers.get("Authorization", "").removeprefix("Bearer ")\nif not token:\n    raise web.HTTPUnauthorized(reason="missing token")\n',
        'headers = {"Authorization": f"Bearer {api_key}", "anthropic-version": "2023-06-01"}\n',
        "GITHUB_PAT = re.compile(r\"\\bghp_[A-Za-z0-9]{36}\\b\")\nSLACK_BOT = re.compile(r\"xoxb-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24}\")\n",
        "def rotate_api_key(user_id: str) -> str:\n    \"\"\"Issue a new key and revoke the old one.\"\"\"\n    key = secrets.token_urlsafe(32)\n    store.put(user_id, hash_key(key))\n    return key\n",
        "password = forms.CharField(widget=forms.PasswordInput, min_length=12)\npassword_confirm = forms.CharField(widget=forms.PasswordInput)\n",
        "SELECT id, email_verified, phone_verified, created_at FROM users WHERE id = $1 AND deleted_at IS NULL;\n",
        "if len(card_number) not in (15, 16) or not luhn_ok(card_number):\n    return {\"error\": \"invalid card number\"}\n",
        "const secret = await client.getSecretValue({ SecretId: 'prod/orders/db' });\nconst { password } = JSON.parse(secret.SecretString);\n",
        "    aws_secret_access_key=os.environ[\"AWS_SECRET_ACCESS_KEY\"],\n    aws_session_token=os.environ.get(\"AWS_SESSION_TOKEN\"),\n",
        "iban = iban.replace(\" \", \"\").upper()\nif int(\"\".join(str(int(c, 36)) for c in iban[4:] + iban[:4])) % 97 != 1:\n    raise ValueError(\"bad IBAN checksum\")\n",
    ]
    for c in code:
        neg.append(("code", [c], "code that handles secrets without containing one"))
    logs = [
        f"{ts()} INFO  anthropic: POST /v1/messages 200 request_id=req_011C{rs(ALNUM, 20)} model=claude-sonnet-4-5 in=1834 out=412 latency_ms=2291\n",
        f'{{"type":"error","error":{{"type":"overloaded_error","message":"Overloaded"}},"request_id":"req_011C{rs(ALNUM, 20)}"}}\n',
        f"{ts()} DEBUG agent: tool_use id=toolu_01{rs(ALNUM, 22)} name=bash message=msg_01{rs(ALNUM, 22)}\n",
        f"{ts()} INFO  stripe: webhook evt_1Q{rs(ALNUM, 22)} payment_intent.succeeded pi_3Q{rs(ALNUM, 22)} customer=cus_{rs(ALNUM, 14)}\n",
        f"traceparent: 00-{sha(32)}-{sha(16)}-01\ntracestate: rojo=00f067aa0ba902b7\n",
        f"{ts()} WARN  kubelet: pod orders-api-7d9c8b6f5-{rs(LO + DIG, 5)} restarted (OOMKilled) after {R.randint(100, 9000)}s, limit=512Mi\n",
        f"{ts()} INFO  gunicorn: Listening at: http://localhost:8000 ({R.randint(1000, 60000)})\n{ts()} INFO  Booting worker with pid: {R.randint(1000, 60000)}\n",
        f"[{ts()}] job {ulid_like()} finished: 1832 rows upserted, 0 failed, took 4.21s\n",
        f"Step 7/12 : RUN npm ci --omit=dev\n ---> Running in {sha(12)}\nadded 412 packages in 9.{R.randint(100, 999)}s\n ---> {sha(12)}\n",
        f"{ts()} INFO  auth: login succeeded user_id={R.randint(10000, 99999)} method=passkey session_ttl=86400\n",
    ]
    for line in logs:
        neg.append(("log_line", [line], "log line with ids, timings and digests only"))
    prose = [
        "Stripe secret keys start with `sk_live_` (or `sk_test_` in test mode); prefer restricted keys (`rk_live_`) scoped to the calls your worker makes.\n",
        "I didn't find any credentials in the diff. The `.env` file is already in `.gitignore`, and the CI reads `ANTHROPIC_API_KEY` from the repository secrets.\n",
        "To rotate the GitHub token: create a fine-grained token (they start with `github_pat_`), update the `GH_TOKEN` secret, then revoke the old one under Settings → Developer settings.\n",
        "Passwords must be at least 12 characters and are stored as Argon2id hashes; we never log the plaintext.\n",
        "The IBAN field accepts up to 34 characters; the first two are the country code and the next two are check digits.\n",
        "Phone numbers are stored in E.164 format (a plus sign, the country code, then up to 15 digits in total).\n",
    ]
    for p in prose:
        neg.append(("prose", [p], "talks about credential formats without any value"))
    for _ in range(2):
        neg.append(("iban_like", ["isin,name,quantity\n" + "\n".join(f"{isin()},{R.choice(['Index Fund', 'Govt Bond 2031', 'Tech ETF'])},{R.randint(1, 400)}" for _ in range(3)) + "\n"], "ISINs in a portfolio export"))
    neg.append(("iban_like", [f"    def test_rejects_bad_checksum(self):\n        assert not validate_iban(\"{broken_iban()}\")\n"], "IBAN-shaped string with wrong check digits in a validator test"))
    neg.append(("iban_like", ["Correspondent banks: COBADEFFXXX (Frankfurt), BNPAFRPPXXX (Paris), CHASUS33 (New York).\n"], "SWIFT/BIC codes"))
    neg.append(("iban_like", [f"Container {R.choice(['MSKU', 'TGHU', 'CMAU'])}{R.randint(100000, 999999)}{R.randint(0, 9)} loaded on vessel voyage {R.randint(100, 999)}W, seal {R.randint(10**6, 10**7)}.\n"], "shipping container number"))
    phone_like = [
        f"{ts()} INFO  backup finished: 1,{R.randint(100, 999)},{R.randint(100, 999)} files, {R.randint(10, 99)}.{R.randint(1, 9)} GiB in 00:{R.randint(10, 59)}:{R.randint(10, 59)}\n",
        f" 14 files changed, {R.randint(100, 999)} insertions(+), {R.randint(10, 99)} deletions(-)\n",
        f"ISBN 978-{R.randint(0, 1)}-{R.randint(100, 999)}-{R.randint(10000, 99999)}-{R.randint(0, 9)} (2nd edition, 2019)\n",
        f"Build 2025.{R.randint(1, 12)}.{R.randint(1000, 9999)} (commit {sha(7)}), NodePort range 30000-32767\n",
        f'{{"ts": {R.randint(1_700_000_000, 1_760_000_000)}, "latency_ms": {R.randint(10, 999)}, "bytes": {R.randint(10**6, 10**8)}}}\n',
        f"Coordinates: 52.{R.randint(1000, 9999)}, 13.{R.randint(1000, 9999)} (Berlin office)\n",
        f"Ticket CASE-2025-{R.randint(100000, 999999)} closed after {R.randint(2, 30)} days.\n",
        f"Windows 11 build 10.0.22631.{R.randint(1000, 4999)}, BIOS 1.{R.randint(10, 40)}.0\n",
    ]
    for p in phone_like:
        neg.append(("phone_like", [p], "digit groups that are not phone numbers"))
    neg.append(("base64_data", [f'<img alt="logo" src="data:image/png;base64,{png_b64(180)}" />\n'], "inline PNG"))
    neg.append(("base64_data", [f'{{"name": "avatar.jpg", "encoding": "base64", "content": "{b64(bytes.fromhex("ffd8ffe000104a464946") + rbytes(150))}"}}\n'], "JPEG content from an API"))
    neg.append(("base64_data", [f"@font-face {{ font-family: Inter; src: url(data:font/woff2;base64,{b64(b'wOF2' + rbytes(200))}) format('woff2'); }}\n"], "inline font"))
    neg.append(("base64_data", [f'{{"attachment": {{"filename": "report.pdf", "data": "{b64(b"%PDF-1.7" + rbytes(160))}"}}}}\n'], "PDF attachment"))
    neg.append(("base64_data", [f"payload (gzip+base64): {b64(bytes.fromhex('1f8b0800000000000003') + rbytes(120))}\n"], "compressed payload"))
    neg.append(("public_key", [f"$ cat ~/.ssh/id_ed25519.pub\n{ssh_public_key()} deploy-key-2025\n"], "SSH public key"))
    neg.append(("public_key", [pem_block("CERTIFICATE", bytes.fromhex("308203"), 780) + "\n"], "X.509 certificate"))
    neg.append(("public_key", [pem_block("PUBLIC KEY", bytes.fromhex("30820122300d06092a864886f70d01010105000382010f00"), 294) + "\n"], "RSA public key"))
    neg.append(("public_key", [f"github.com {ssh_public_key()}\n"], "known_hosts entry"))
    for cls, parts, reason in neg:
        add("agent", parts, reason, cls)


def build_negative_public_cases() -> None:
    neg = []
    for line in ['password = ""', "password = None", "password: null", 'token = get_token()', 'api_key = os.environ["API_KEY"]',
                 'secret = "${SECRET}"', '"password": "<PASSWORD>"', "github_token: ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                 "STRIPE_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", 'api_key = "YOUR_API_KEY"', "apiKey: <insert your key>",
                 "password = getpass.getpass()", "client_secret = settings.CLIENT_SECRET", "token: '{{ vault_token }}'",
                 "AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}", 'SLACK_TOKEN="xoxb-your-token"',
                 "OPENAI_API_KEY=sk-...", "auth_token = %(AUTH_TOKEN)s", "secret_key = <%= ENV['SECRET_KEY'] %>",
                 "api_key: REPLACE_ME", "password: '********'", 'private_key = ""', "token = None  # set at runtime",
                 "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----", "ANTHROPIC_API_KEY=<redacted>",
                 'Authorization: Bearer ${TOKEN}', "DB_PASSWORD=", "key = xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "passwd: !vault |"]:
        neg.append(("placeholder", line, "placeholder or reference, no value"))
    for kid, sec in AWS_DOC_KEYS:
        neg.append(("example_key", f"aws_access_key_id = {kid}", "AWS documented example key id"))
        neg.append(("example_key", f"aws_secret_access_key = {sec}", "AWS documented example secret"))
        neg.append(("example_key", f'"AccessKeyId": "{kid}", "SecretAccessKey": "{sec}"', "AWS documented example pair"))
    for _ in range(10):
        neg.append(("hash", R.choice([f"commit {sha(40)}", f'sha = "{sha(40)}"', f"md5: {sha(32)}", f"sha256:{sha(64)}",
                                      f"{sha(64)}  artifact.tar.gz", f"Merge: {sha(7)} {sha(7)}", f'etag = "{sha(32)}"',
                                      f"checksum={sha(64)}", f"git cherry-pick {sha(12)}", f"docker pull alpine@sha256:{sha(64)}"]),
                     "hash or digest"))
    for _ in range(8):
        neg.append(("uuid", R.choice([f'id = "{uuid4()}"', f"request-id: {uuid4()}", f"uuid={uuid4()}", f'"correlationId": "{uuid4()}"',
                                      f"DELETE /api/v1/items/{uuid4()}", f"trace_id {uuid4().upper()}"]), "UUID identifier"))
    for _ in range(8):
        neg.append(("version", R.choice([f'version = "{semver()}"', f"requests=={semver()}", f'"lodash": "^{semver()}"',
                                         f"v{semver()}-rc.{R.randint(1, 5)}", f"image: nginx:{semver()}-alpine", f"go {R.randint(1, 1)}.{R.randint(20, 24)}.{R.randint(0, 9)}",
                                         f"__version__ = '{semver()}'", f"Release {semver()}+build.{R.randint(100, 999)}"]), "version string"))
    for _ in range(8):
        neg.append(("lockfile_integrity", R.choice([f'"integrity": "{integrity_sha512()}"', f"  integrity {integrity_sha512()}",
                                                    f"--hash=sha256:{sha(64)}", f"golang.org/x/text v0.{R.randint(10, 20)}.0 {go_sum_hash()}",
                                                    f'checksum = "{sha(64)}"', f'<script src="/app.js" integrity="sha384-{b64(rbytes(48))}"></script>']),
                     "lock-file or subresource integrity hash"))
    for _ in range(8):
        n = digits_no_checksum(R.choice([13, 14, 15, 16]))
        neg.append(("order_number", R.choice([f"Order number: {n}", f"order_id={n}", f"Your order #{n} is on its way",
                                              f"Invoice no. {n}", f"Tracking: {n}", f"ref {group(n, [4, 4, 4, 4], ' ')}"]), "digit string that fails Luhn"))
    for n in ["4242424242424242", "4111111111111111", "5555555555554444", "378282246310005", "6011111111111117", "4012888888881881"]:
        neg.append(("test_card_in_docs", R.choice([f"Test card (always succeeds): {n}", f'TEST_CARD = "{n}"  # from the processor docs',
                                                   f"Use {n} in the sandbox"]), "documented test card"))
    for _ in range(6):
        neg.append(("phone_like", R.choice([f"2025-{R.randint(1, 12):02d}-{R.randint(10, 28)} {R.randint(10, 23)}:{R.randint(10, 59)}:{R.randint(10, 59)}",
                                            f"ISBN 978-{R.randint(1, 9)}-{R.randint(100, 999)}-{R.randint(10000, 99999)}-{R.randint(0, 9)}",
                                            f"Population: {R.randint(1, 9)},{R.randint(100, 999)},{R.randint(100, 999)}",
                                            f"ports {R.randint(1000, 2000)}-{R.randint(3000, 9000)}", f"timestamp: {R.randint(1_600_000_000_000, 1_760_000_000_000)}",
                                            f"Version 10.0.{R.randint(10000, 22999)}.{R.randint(100, 999)}"]),
                     "number that is not a phone number"))
    for _ in range(5):
        neg.append(("iban_like", R.choice([f"ISIN: {isin()}", f'iban = "{broken_iban()}"  # invalid checksum', "BIC: DEUTDEFF500",
                                           f"SWIFT {R.choice(['BARCGB22', 'HSBCHKHHHKH', 'UBSWCHZH80A'])}", f"ISIN {isin()} (bond)"]), "IBAN-shaped but not an IBAN"))
    for _ in range(4):
        neg.append(("base64_data", R.choice([f"data:image/png;base64,{png_b64(120)}", f'icon = "data:image/gif;base64,{b64(b"GIF89a" + rbytes(90))}"',
                                             f"content: {b64(bytes.fromhex('ffd8ffe0') + rbytes(100))}"]), "base64-encoded binary data"))
    for line in [
        "The token must start with ghp_ and be 40 characters long.", "Never commit your .env file.",
        "Rotate keys every 90 days.", "The password field is required.", "Enter your email address to reset your password.",
        "Set STRIPE_SECRET_KEY in your shell before running the tests.", "Invalid API key provided.",
        "Your SSN is stored encrypted at rest.", "Call us during business hours.", "Card numbers are never logged.",
    ]:
        neg.append(("prose", line, "prose about secrets without a value"))
    for line in ["const token = useAuthToken();", "password_hash = argon2.hash(password)", 'if key.startswith("sk-ant-"):',
                 "def get_secret(name: str) -> str:", 'r"AKIA[0-9A-Z]{16}"', "self.api_key = api_key", "private_key = load_pem(path)",
                 "SECRET_KEY_LENGTH = 64", "token_type = 'Bearer'"]:
        neg.append(("code", line, "identifier or code, no secret value"))
    for line in [f"{ssh_public_key()} ci-runner", ssh_public_key()]:
        neg.append(("public_key", line, "SSH public key"))
    for line in [f"{ts()} INFO GET /health 200 {R.randint(1, 9)}ms", f"msg_id=msg_01{rs(ALNUM, 22)} stop_reason=end_turn",
                 f"request_id=req_{rs(ALNUM, 24)}", f"span_id={sha(16)} trace_id={sha(32)}"]:
        neg.append(("log_line", line, "log line without secrets"))
    neg += [
        ("example_key", "AKIAIOSFODNN7EXAMPLE", "AWS documented example key id"),
        ("example_key", "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE", "AWS documented example key id"),
        ("example_key", "AWS_SECRET_ACCESS_KEY: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AWS documented example secret"),
        ("log_line", f"{ts()} WARN retrying in 2.5s (attempt 3/5)", "retry log"),
        ("log_line", f"worker-{R.randint(1, 9)} heartbeat ok uptime={R.randint(10**4, 10**6)}s", "heartbeat log"),
        ("log_line", f"GC pause {R.randint(2, 90)}ms heap={R.randint(100, 4000)}MB gen=2", "runtime log"),
        ("log_line", f"Process exited with status 137 after {R.randint(10, 999)}s", "exit log"),
        ("code", 'token = jwt.encode(payload, key, algorithm="HS256")', "code that makes a token"),
        ("code", "email = models.EmailField(unique=True)", "model field"),
        ("code", 'phone = PhoneNumberField(region="DE", blank=True)', "model field"),
        ("prose", "An IBAN is at most 34 characters long.", "prose"),
        ("prose", "Access tokens expire after one hour; refresh tokens after 30 days.", "prose"),
    ]
    for _ in range(5):
        neg.append(("phone_like", R.choice([f"elapsed {R.randint(1, 9)}h {R.randint(10, 59)}m {R.randint(10, 59)}s",
                                            f"Row count: {R.randint(10**5, 10**7):,}", f"sku-{R.randint(10**5, 10**6)}-{R.randint(10, 99)}",
                                            f"build #{R.randint(1000, 99999)} finished in {R.randint(60, 999)}s",
                                            f"{R.randint(1, 28)}/{R.randint(1, 12)}/2025 {R.randint(0, 23):02d}:{R.randint(0, 59):02d}"]),
                     "number that is not a phone number"))
    for _ in range(4):
        neg.append(("iban_like", R.choice([f"Holdings: {isin()} x{R.randint(1, 90)}", f"assert not is_valid_iban('{broken_iban()}')",
                                           f"security_id={isin()}"]), "IBAN-shaped but not an IBAN"))
    for _ in range(2):
        neg.append(("uuid", f"job {uuid4()} queued (parent {uuid4()})", "UUID identifiers"))
    for cls, text, reason in neg:
        add("public", [text], reason, cls)


def build_all() -> None:
    build_vendor_cases()
    build_webhook_and_ssn_cases()
    build_aws_cases()
    build_key_and_token_cases()
    build_password_cases()
    build_pii_agent_cases()
    build_pii_public_cases()
    build_negative_agent_cases()
    build_negative_public_cases()


def main() -> None:
    build_all()
    with OUT.open("w", encoding="utf-8") as fh:
        for case in CASES:
            fh.write(json.dumps(case, ensure_ascii=False) + "\n")
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
