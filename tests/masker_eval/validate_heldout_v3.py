"""Check tests/masker_eval/heldout_v3.jsonl without trusting its generator.

Recomputes every checksum here (Luhn, IBAN mod-97 and national BBAN keys, Verhoeff, the national-id
check digits, GitHub/npm CRC32), checks each span's value against its type's format, the offsets,
the labels and duplicates, and that the clean texts hold nothing maskable (emails, Luhn-valid card
runs, valid IBANs, live-looking AWS key ids) and no text holds an IP address. Exit status 1 on any error.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import sys
from collections import Counter
from pathlib import Path

import phonenumbers

PATH = Path(__file__).with_name("heldout_v3.jsonl")
KEYS = {"text", "spans", "class", "source", "reason"}
NEGATIVE_CLASSES = {"hash", "uuid", "version", "lockfile_integrity", "example_key", "placeholder", "order_number",
                    "test_card_in_docs", "code", "log_line", "prose", "iban_like", "phone_like", "base64_data", "public_key"}
DOC_TEST_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444", "378282246310005", "4000056655665556",
                  "6011111111111117", "371449635398431", "4012888888881881"}
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def luhn(number: str) -> bool:
    total = 0
    for i, ch in enumerate(number[::-1]):
        d = int(ch) * (2 if i % 2 else 1)
        total += d // 10 + d % 10
    return total % 10 == 0


IBAN_LENGTHS = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "AT": 20, "CH": 21, "IE": 22, "PL": 28}
IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_check_char(s: str) -> str:
    total = 0
    for pos, ch in enumerate(s, start=1):
        idx = int(ch) if ch.isdigit() else ord(ch) - ord("A")
        total += IT_ODD[idx] if pos % 2 else idx
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[total % 26]


def es_dc(ten: str) -> int:
    s = sum(int(c) * w for c, w in zip(ten, [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]))
    r = 11 - s % 11
    return 0 if r == 11 else 1 if r == 10 else r


def iban_ok(raw: str) -> bool:
    v = raw.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", v) or IBAN_LENGTHS.get(v[:2]) != len(v):
        return False
    moved = v[4:] + v[:4]
    if int("".join(str(int(c, 36)) for c in moved)) % 97 != 1:
        return False
    b = v[4:]
    if v[:2] == "FR":
        bank, branch, acct, key = int(b[:5]), int(b[5:10]), int(b[10:21]), int(b[21:])
        return (89 * bank + 15 * branch + 3 * acct + key) % 97 == 0
    if v[:2] == "ES":
        return es_dc("00" + b[:8]) == int(b[8]) and es_dc(b[10:]) == int(b[9])
    if v[:2] == "IT":
        return it_check_char(b[1:]) == b[0]
    if v[:2] == "BE":
        return (int(b[:10]) % 97 or 97) == int(b[10:])
    if v[:2] == "NL" and b[:4] != "INGB":
        return sum(int(c) * w for c, w in zip(b[4:], range(10, 0, -1))) % 11 == 0
    return True


def verhoeff_ok(num: str) -> bool:
    mult = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
            [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
            [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
            [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
    perm = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
    for _ in range(6):
        perm.append([perm[1][x] for x in perm[-1]])
    c = 0
    for i, ch in enumerate(num[::-1]):
        c = mult[c][perm[i % 8][int(ch)]]
    return c == 0


def digits(s: str) -> str:
    return re.sub(r"[\s.\-/]", "", s)


def ssn_ok(v: str) -> bool:
    m = re.fullmatch(r"(\d{3})([-. ]?)(\d{2})\2(\d{4})", v)
    return m is not None and m[1] not in ("000", "666") and not m[1].startswith("9") and m[3] != "00" and m[4] != "0000"


def nino_ok(v: str) -> bool:
    s = v.replace(" ", "")
    return (bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s))
            and s[:2] not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})


def steuer_ok(v: str) -> bool:
    s = v.replace(" ", "")
    if not re.fullmatch(r"[1-9]\d{10}", s):
        return False
    counts = sorted(Counter(s[:10]).values())
    if counts[-1] not in (2, 3) or counts.count(counts[-1]) != 1:
        return False
    p = 10
    for ch in s[:10]:
        t = (int(ch) + p) % 10
        p = (2 * (t if t else 10)) % 11
    return (11 - p) % 10 == int(s[10])


def nir_ok(v: str) -> bool:
    s = v.replace(" ", "")
    return bool(re.fullmatch(r"[12]\d{14}", s)) and 97 - int(s[:13]) % 97 == int(s[13:])


def dni_ok(v: str) -> bool:
    s = v.replace("-", "")
    if s[0] in "XYZ":
        s = str("XYZ".index(s[0])) + s[1:]
    return bool(re.fullmatch(r"\d{8}[A-Z]", s)) and "TRWAGMYFPDXBNJZSQVHLCKE"[int(s[:8]) % 23] == s[8]


def cf_ok(v: str) -> bool:
    return (bool(re.fullmatch(r"[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", v))
            and it_check_char(v[:15]) == v[15] and 1 <= int(v[9:11]) % 40 <= 31)


def bsn_ok(v: str) -> bool:
    return bool(re.fullmatch(r"\d{9}", v)) and (sum(int(c) * w for c, w in zip(v[:8], range(9, 1, -1))) - int(v[8])) % 11 == 0


def aadhaar_ok(v: str) -> bool:
    s = v.replace(" ", "")
    return bool(re.fullmatch(r"[2-9]\d{11}", s)) and verhoeff_ok(s)


def tfn_ok(v: str) -> bool:
    s = v.replace(" ", "")
    return bool(re.fullmatch(r"\d{9}", s)) and sum(int(c) * w for c, w in zip(s, [1, 4, 3, 7, 5, 8, 6, 9, 10])) % 11 == 0


def medicare_ok(v: str) -> bool:
    s = v.replace(" ", "")
    return (bool(re.fullmatch(r"[2-6]\d{9}", s))
            and sum(int(c) * w for c, w in zip(s[:8], [1, 3, 7, 9, 1, 3, 7, 9])) % 10 == int(s[8]) and s[9] != "0")


def my_number_ok(v: str) -> bool:
    s = digits(v)
    if not re.fullmatch(r"\d{12}", s):
        return False
    body = s[:11][::-1]
    total = sum(int(body[n - 1]) * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
    r = total % 11
    return (0 if r <= 1 else 11 - r) == int(s[11])


def cpf_ok(v: str) -> bool:
    s = digits(v)
    if not re.fullmatch(r"\d{11}", s) or len(set(s)) == 1:
        return False
    for n in (9, 10):
        total = sum(int(s[i]) * (n + 1 - i) for i in range(n))
        if (total * 10) % 11 % 10 != int(s[n]):
            return False
    return True


def cnpj_ok(v: str) -> bool:
    s = digits(v)
    if not re.fullmatch(r"\d{14}", s):
        return False
    for n in (12, 13):
        weights = list(range(n - 7, 1, -1)) + list(range(9, 1, -1))
        r = sum(int(s[i]) * weights[i] for i in range(n)) % 11
        if (0 if r < 2 else 11 - r) != int(s[n]):
            return False
    return True


def sin_ok(v: str) -> bool:
    s = digits(v)
    return bool(re.fullmatch(r"[1-79]\d{8}", s)) and luhn(s)


def card_ok(v: str) -> bool:
    s = digits(v)
    if not re.fullmatch(r"\d{13,19}", s) or s in DOC_TEST_CARDS or not luhn(s):
        return False
    return bool(re.match(r"4|5[1-5]|2(2[2-9][1-9]|[3-6]\d\d|7[01]\d|720)|3[47]|3[05689]|6011|6[245]", s))


def crc_token_ok(v: str, prefix_len: int) -> bool:
    body, check = v[prefix_len:-6], v[-6:]
    n = 0
    for ch in check:
        n = n * 62 + B62.index(ch)
    return n == binascii.crc32(body.encode())


def jwt_ok(v: str) -> bool:
    parts = v.split(".")
    if len(parts) != 3:
        return False
    try:
        header = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
        json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except ValueError:
        return False
    return (header.get("alg") == "none") == (parts[2] == "")


def crc24(data: bytes) -> int:
    crc = 0xB704CE
    for byte in data:
        crc ^= byte << 16
        for _ in range(8):
            crc = (crc << 1) ^ (0x1864CFB if crc & 0x800000 else 0)
    return crc & 0xFFFFFF


def key_block_ok(v: str, pgp: bool) -> bool:
    s = v.replace("\\n", "\n")
    lines = [ln.strip() for ln in s.split("\n") if ln.strip()]
    m = re.fullmatch(r"-----BEGIN ([A-Z ]+)-----", lines[0])
    if not m or lines[-1] != f"-----END {m[1]}-----":
        return False
    if ("PGP PRIVATE KEY BLOCK" in m[1]) != pgp or "PRIVATE KEY" not in m[1]:
        return False
    body = lines[1:-1]
    if pgp:
        crc_line, body = body[-1], body[:-1]
        data = base64.b64decode("".join(body))
        return crc_line[0] == "=" and base64.b64decode(crc_line[1:]) == crc24(data).to_bytes(3, "big")
    base64.b64decode("".join(body), validate=True)
    return True


def phone_ok(v: str) -> bool:
    if v.startswith("+"):
        return phonenumbers.is_valid_number(phonenumbers.parse(v, None))
    for region in phonenumbers.SUPPORTED_REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(v, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def basic_ok(v: str) -> bool:
    try:
        return ":" in base64.b64decode(v, validate=True).decode()
    except (ValueError, UnicodeDecodeError):
        return False


FORMATS = {
    "aws_access_key_id": r"(AKIA|ASIA)[A-Z2-7]{16}", "aws_secret_access_key": r"[A-Za-z0-9+/]{40}",
    "github_pat": r"ghp_[A-Za-z0-9]{36}", "github_oauth_token": r"gho_[A-Za-z0-9]{36}", "github_app_token": r"gh[su]_[A-Za-z0-9]{36}",
    "github_refresh_token": r"ghr_[A-Za-z0-9]{36}", "github_fine_grained_pat": r"github_pat_11[A-Z0-9]{20}_[A-Za-z0-9]{59}",
    "gitlab_pat": r"glpat-[\w-]{20}", "gitlab_feed_token": r"glft-[\w-]{20}", "gitlab_deploy_token": r"gldt-[\w-]{20}",
    "gitlab_pipeline_trigger": r"glptt-[0-9a-f]{40}", "gitlab_runner_token": r"glrt-[\w-]{20}",
    "slack_bot_token": r"xoxb-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}", "slack_user_token": r"xoxp-\d{10,13}-\d{10,13}-\d{10,13}-[0-9a-f]{32}",
    "slack_app_token": r"xapp-1-A[A-Z0-9]{10}-\d{13}-[0-9a-f]{64}", "stripe_secret_key": r"sk_(live|test)_[A-Za-z0-9]{24,99}",
    "stripe_restricted_key": r"rk_(live|test)_[A-Za-z0-9]{24,99}", "stripe_webhook_secret": r"whsec_[A-Za-z0-9]{32}",
    "openai_api_key": r"sk-([A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}|(proj|svcacct)-[\w-]{74}T3BlbkFJ[\w-]{74})",
    "anthropic_api_key": r"sk-ant-(api03|admin01)-[\w-]{93}AA", "google_api_key": r"AIza[\w-]{35}",
    "google_oauth_client_secret": r"GOCSPX-[\w-]{28}", "twilio_api_key_secret": r"SK[0-9a-f]{32}",
    "sendgrid_api_key": r"SG\.[\w-]{22}\.[\w-]{43}", "npm_token": r"npm_[A-Za-z0-9]{36}",
    "pypi_token": r"pypi-AgEIcHlwaS5vcmc[\w-]{64,}", "shopify_token": r"shp(at|ca|pa|ss)_[0-9a-f]{32}",
    "datadog_api_key": r"[0-9a-f]{32}", "datadog_app_key": r"[0-9a-f]{40}",
    "vault_token": r"hvs\.[\w-]{90}|hvb\.[\w-]{130}|s\.[A-Za-z0-9]{24}", "terraform_cloud_token": r"[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9]{67}",
    "huggingface_token": r"hf_[A-Za-z]{34}", "digitalocean_token": r"do[po]_v1_[0-9a-f]{64}", "mailgun_api_key": r"key-[0-9a-f]{32}",
    "mailchimp_api_key": r"[0-9a-f]{32}-us\d{1,2}", "linear_api_key": r"lin_api_[A-Za-z0-9]{40}",
    "postman_api_key": r"PMAK-[0-9a-f]{24}-[0-9a-f]{34}", "pulumi_token": r"pul-[0-9a-f]{40}",
    "grafana_token": r"glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}|glc_[A-Za-z0-9+/]{80}==", "newrelic_key": r"NRAK-[A-Z0-9]{27}",
    "databricks_token": r"dapi[0-9a-f]{32}", "azure_storage_key": r"[A-Za-z0-9+/]{86}==",
    "azure_ad_client_secret": r"[A-Za-z0-9]{3}\dQ~[\w~.-]{34}", "square_token": r"EAAA[\w-]{60}|sq0csp-[\w-]{43}|sq0atp-[\w-]{22}",
    "telegram_bot_token": r"\d{9,10}:AA[\w-]{33}", "age_secret_key": r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}",
    "supabase_token": r"sbp_[0-9a-f]{40}", "doppler_token": r"dp\.(pt|st\.prd|ct)\.[A-Za-z0-9]{43}",
    "dynatrace_token": r"dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}",
    "heroku_api_key": r"HRKU-AA[\w-]{58}|[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
    "cloudflare_api_token": r"[\w-]{40}", "notion_token": r"secret_[A-Za-z0-9]{43}|ntn_\d{11}[A-Za-z0-9]{35}",
    "airtable_pat": r"pat[A-Za-z0-9]{14}\.[0-9a-f]{64}", "figma_token": r"figd_[\w-]{40}", "okta_api_token": r"00[\w-]{40}",
    "sentry_auth_token": r"sntryu_[0-9a-f]{64}", "fastly_api_token": r"[\w-]{32}",
    "email": r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}",
    "slack_webhook": r"https://hooks\.slack\.com/services/T[A-Z0-9]{8,12}/B[A-Z0-9]{8,12}/[A-Za-z0-9]{24}",
    "discord_webhook": r"https://discord(app)?\.com/api/webhooks/\d{17,20}/[\w-]{60,80}",
    "bearer_token": r"[\w-]{40,48}", "generic_secret": r"\S{32,128}",
}
CHECKS = {
    "credit_card": card_ok, "iban": iban_ok, "us_ssn": ssn_ok, "uk_nino": nino_ok, "de_steuer_id": steuer_ok, "fr_nir": nir_ok,
    "es_dni": dni_ok, "es_nie": dni_ok, "it_codice_fiscale": cf_ok, "nl_bsn": bsn_ok, "in_aadhaar": aadhaar_ok, "au_tfn": tfn_ok,
    "au_medicare": medicare_ok, "jp_my_number": my_number_ok, "br_cpf": cpf_ok, "br_cnpj": cnpj_ok, "ca_sin": sin_ok,
    "jwt": jwt_ok, "phone": phone_ok, "basic_auth": basic_ok,
    "private_key": lambda v: key_block_ok(v, pgp=False), "pgp_private_key": lambda v: key_block_ok(v, pgp=True),
    "password": lambda v: 6 <= len(v) <= 64 and "\n" not in v and v == v.strip(),
    "github_pat": lambda v: crc_token_ok(v, 4), "github_oauth_token": lambda v: crc_token_ok(v, 4),
    "github_app_token": lambda v: crc_token_ok(v, 4), "github_refresh_token": lambda v: crc_token_ok(v, 4),
    "npm_token": lambda v: crc_token_ok(v, 4),
}
IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
CARD_RUN = re.compile(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)")
IBAN_RUN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
EMAIL = re.compile(FORMATS["email"])
AWS_ID = re.compile(r"\b(AKIA|ASIA)[A-Z2-7]{16}\b")


def check_case(n: int, case: dict, errors: list[str]) -> None:
    where = f"line {n}"
    if set(case) != KEYS:
        errors.append(f"{where}: keys {sorted(case)}")
        return
    text, spans, cls = case["text"], case["spans"], case["class"]
    if case["source"] not in ("agent", "public") or not case["reason"].strip() or not text:
        errors.append(f"{where}: source/reason/text")
    if any(0 <= int(a) <= 255 and 0 <= int(b) <= 255 and 0 <= int(c) <= 255 and 0 <= int(d) <= 255 for a, b, c, d in IPV4.findall(text)):
        errors.append(f"{where}: IP address in text")
    if bool(spans) != (cls == "positive") or (cls != "positive" and cls not in NEGATIVE_CLASSES):
        errors.append(f"{where}: class {cls} with {len(spans)} spans")
    end = 0
    for sp in spans:
        s, e, typ = sp["start"], sp["end"], sp["type"]
        if set(sp) != {"start", "end", "type"} or not (end <= s < e <= len(text)):
            errors.append(f"{where}: bad or overlapping offsets {sp}")
            continue
        end = e
        value = text[s:e]
        if value != value.strip() or value[0] in "\"'`" or value[-1] in "\"'`,;":
            errors.append(f"{where}: span {typ} has edge whitespace or quotes: {value!r}")
        fmt, check = FORMATS.get(typ), CHECKS.get(typ)
        if fmt is None and check is None:
            errors.append(f"{where}: unknown type {typ}")
            continue
        if fmt is not None and not re.fullmatch(fmt, value):
            errors.append(f"{where}: {typ} format: {value!r}")
        if check is not None and not check(value):
            errors.append(f"{where}: {typ} check failed: {value!r}")
    if cls == "positive":
        return
    if EMAIL.search(text):
        errors.append(f"{where}: email in clean text")
    for m in CARD_RUN.finditer(text):
        if card_ok(m[0]):
            errors.append(f"{where}: Luhn-valid card run in clean text: {m[0]}")
    for m in IBAN_RUN.finditer(text):
        if iban_ok(m[0]):
            errors.append(f"{where}: valid IBAN in clean text: {m[0]}")
    for m in AWS_ID.finditer(text):
        if not m[0].endswith("EXAMPLE"):
            errors.append(f"{where}: AWS key id in clean text: {m[0]}")


def main() -> int:
    errors: list[str] = []
    rows = [json.loads(line) for line in PATH.read_text(encoding="utf-8").splitlines()]
    for n, case in enumerate(rows, start=1):
        check_case(n, case, errors)
    dupes = [t for t, c in Counter(r["text"] for r in rows).items() if c > 1]
    errors += [f"duplicate text: {t[:60]!r}" for t in dupes]
    for e in errors:
        print(e)
    by = Counter((r["source"], r["class"]) for r in rows)
    for (source, cls), count in sorted(by.items()):
        print(f"{source:7} {cls:20} {count}")
    types = Counter(sp["type"] for r in rows for sp in r["spans"])
    print(f"{len(rows)} texts, {sum(types.values())} spans of {len(types)} types, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
