"""Validator for tests/masker_eval/heldout_v5.jsonl (blind set v5, issue 16).

Checks fields, labels, offsets, duplicates, and recomputes every checksum independently of the
generator. It never runs a detector and never executes case content.
Run: .venv/bin/python tests/masker_eval/validate_heldout_v5.py
"""
import base64
import binascii
import collections
import json
import os
import re
import sys

import phonenumbers

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout_v5.jsonl")
KEYS = {"text", "spans", "class", "source", "reason"}
ERR = []


def err(i, msg):
    ERR.append("line %d: %s" % (i + 1, msg))


def digits(s):
    return "".join(ch for ch in s if ch.isdigit())


# ---------------- independent checksum implementations
def luhn(num):
    total = 0
    for pos, ch in enumerate(num[::-1]):
        v = int(ch) * (2 if pos % 2 else 1)
        total += v // 10 + v % 10
    return total % 10 == 0


PUBLISHED_TEST_CARDS = {"4111111111111111", "4242424242424242", "5555555555554444", "378282246310005", "6011111111111117",
                        "4000056655665556", "5105105105105100", "4012888888881881", "371449635398431", "3530111333300000",
                        "4000000000000002", "4000000000009995"}


def ok_card(v):
    d = digits(v)
    return 13 <= len(d) <= 19 and luhn(d) and d not in PUBLISHED_TEST_CARDS and re.fullmatch(r"[\d -]+", v) is not None


IBAN_LEN = {"DE": 22, "FR": 27, "GB": 22, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "CH": 21, "AT": 20, "PL": 28, "PT": 25,
            "IE": 22, "SE": 24, "NO": 15, "DK": 18, "FI": 18, "LU": 20, "CZ": 24}


def ok_iban(v):
    s = v.replace(" ", "")
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    n = 0
    for ch in r:
        n = (n * (100 if ch.isalpha() else 10) + (ord(ch) - 55 if ch.isalpha() else int(ch))) % 97
    return n == 1


def ok_ssn(v):
    m = re.fullmatch(r"(\d{3})([-. ]?)(\d{2})\2(\d{4})", v)
    if not m:
        return False
    a, g, s = int(m.group(1)), int(m.group(3)), int(m.group(4))
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


def ok_nino(v):
    s = v.replace(" ", "")
    return re.fullmatch(r"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s) is not None


def ok_steuer(v):
    s = v.replace(" ", "")
    if not re.fullmatch(r"[1-9]\d{10}", s):
        return False
    counts = collections.Counter(s[:10])
    if sorted(counts.values())[-1] not in (2, 3) or list(counts.values()).count(sorted(counts.values())[-1]) != 1:
        return False
    p = 10
    for ch in s[:10]:
        x = (int(ch) + p) % 10
        if x == 0:
            x = 10
        p = (2 * x) % 11
    c = 11 - p
    return (0 if c == 10 else c) == int(s[10])


def ok_nir(v):
    s = v.replace(" ", "")
    return re.fullmatch(r"[12]\d{14}", s) is not None and int(s[13:]) == 97 - (int(s[:13]) % 97)


def ok_dni(v):
    return re.fullmatch(r"\d{8}[A-Z]", v) is not None and "TRWAGMYFPDXBNJZSQVHLCKE"[int(v[:8]) % 23] == v[8]


def ok_nie(v):
    if not re.fullmatch(r"[XYZ]\d{7}[A-Z]", v):
        return False
    return "TRWAGMYFPDXBNJZSQVHLCKE"[int({"X": "0", "Y": "1", "Z": "2"}[v[0]] + v[1:8]) % 23] == v[8]


ODD_VALUES = "1 0 5 7 9 13 15 17 19 21 2 4 18 20 11 3 6 8 12 14 16 10 22 25 24 23".split()


def cf_val(ch, odd):
    idx = int(ch) if ch.isdigit() else ord(ch) - ord("A")
    return int(ODD_VALUES[idx]) if odd else idx


def ok_cf(v):
    if not re.fullmatch(r"[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", v):
        return False
    t = sum(cf_val(ch, pos % 2 == 0) for pos, ch in enumerate(v[:15]))
    return chr(ord("A") + t % 26) == v[15]


def ok_bsn(v):
    if not re.fullmatch(r"\d{9}", v):
        return False
    w = [9, 8, 7, 6, 5, 4, 3, 2, -1]
    return sum(int(c) * x for c, x in zip(v, w)) % 11 == 0


def ok_pesel(v):
    if not re.fullmatch(r"\d{11}", v):
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1]
    return sum(int(c) * x for c, x in zip(v, w)) % 10 == 0 and 1 <= int(v[2:4]) % 20 <= 12


V_MUL = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
         [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
         [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
         [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
V_PERM0 = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]


def v_perm(i, d):
    for _ in range(i % 8):
        d = V_PERM0[d]
    return d


def verhoeff(num):
    c = 0
    for i, ch in enumerate(num[::-1]):
        c = V_MUL[c][v_perm(i, int(ch))]
    return c == 0


def ok_aadhaar(v):
    s = v.replace(" ", "")
    return re.fullmatch(r"[2-9]\d{11}", s) is not None and verhoeff(s)


def ok_tfn(v):
    s = v.replace(" ", "")
    return re.fullmatch(r"\d{9}", s) is not None and sum(int(c) * w for c, w in zip(s, [1, 4, 3, 7, 5, 8, 6, 9, 10])) % 11 == 0


def ok_medicare(v):
    s = v.replace(" ", "")
    return re.fullmatch(r"[2-6]\d{9}", s) is not None and sum(int(c) * w for c, w in zip(s, [1, 3, 7, 9, 1, 3, 7, 9])) % 10 == int(s[8])


def ok_mynumber(v):
    s = v.replace(" ", "")
    if not re.fullmatch(r"\d{12}", s):
        return False
    body = s[:11][::-1]
    tot = sum(int(body[k]) * ((k + 2) if k < 6 else (k - 4)) for k in range(11))
    r = tot % 11
    return int(s[11]) == (0 if r < 2 else 11 - r)


def ok_cpf(v):
    if not re.fullmatch(r"\d{3}\.\d{3}\.\d{3}-\d{2}", v):
        return False
    d = [int(c) for c in digits(v)]
    if len(set(d)) == 1:
        return False
    for n in (9, 10):
        s = sum(d[k] * (n + 1 - k) for k in range(n))
        if (s * 10 % 11) % 10 != d[n]:
            return False
    return True


def ok_cnpj(v):
    if not re.fullmatch(r"\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}", v):
        return False
    d = [int(c) for c in digits(v)]
    for n in (12, 13):
        w = list(range(n - 7, 1, -1)) + list(range(9, 1, -1))
        r = sum(a * b for a, b in zip(d[:n], w)) % 11
        if (0 if r < 2 else 11 - r) != d[n]:
            return False
    return True


def ok_sin(v):
    s = v.replace(" ", "")
    return re.fullmatch(r"[1-7]\d{8}", s) is not None and luhn(s)


def ok_pnr(v):
    m = re.fullmatch(r"(\d{6})-(\d{4})", v)
    return m is not None and luhn(m.group(1) + m.group(2)) and 1 <= int(v[2:4]) <= 12


def ok_ahv(v):
    if not re.fullmatch(r"756\.\d{4}\.\d{4}\.\d{2}", v):
        return False
    s = digits(v)
    tot = sum(int(c) * (3 if k % 2 else 1) for k, c in enumerate(s[:12]))
    return (tot + int(s[12])) % 10 == 0


REGIONS = ["US", "CA", "GB", "DE", "FR", "ES", "IT", "NL", "IN", "AU", "JP", "BR", "MX", "SE", "PL", "CH", "ZA", "SG", "KR", "IE", "NG", "AR", "TR"]


def ok_phone(v):
    if not re.fullmatch(r"[+(\d][\d ().-]+\d", v):
        return False
    for reg in REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(v, reg)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def ok_email(v):
    return re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}", v) is not None


B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def ok_github(v):
    m = re.fullmatch(r"gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})", v)
    if not m:
        return False
    n = binascii.crc32(m.group(1).encode()) & 0xFFFFFFFF
    enc = ""
    while n:
        enc = B62[n % 62] + enc
        n //= 62
    return enc.rjust(6, "0") == m.group(2)


def b64u_json(seg):
    return json.loads(base64.urlsafe_b64decode(seg + "=" * (-len(seg) % 4)))


def ok_jwt(v):
    parts = v.split(".")
    if len(parts) != 3:
        return False
    try:
        h, p = b64u_json(parts[0]), b64u_json(parts[1])
    except Exception:
        return False
    if h.get("alg") == "none":
        return parts[2] == "" and "sub" in p
    return len(parts[2]) >= 40 and "sub" in p


def ok_pkey(v):
    m = re.fullmatch(r"-----BEGIN ([A-Z ]*PRIVATE KEY(?: BLOCK)?)-----(?:\n|\\n)[\s\S]+(?:\n|\\n)-----END \1-----", v)
    return m is not None


def ok_basic(v):
    try:
        dec = base64.b64decode(v, validate=True).decode()
    except Exception:
        return False
    return ":" in dec and len(dec.split(":", 1)[1]) >= 6


def ok_pw(v):
    return len(v) >= 8 and v == v.strip() and "\n" not in v and v.lower() not in {"password", "changeme", "********"}


PREFIX_RE = {
    "aws_access_key_id": r"(AKIA|ASIA)[A-Z2-7]{16}", "aws_secret_key": r"[A-Za-z0-9+/]{40}",
    "github_fine_grained_pat": r"github_pat_11[A-Z0-9]{20}_[A-Za-z0-9]{59}", "gitlab_token": r"(glpat|glft|gldt|glrt|gloas)-[\w-]{20}",
    "gitlab_runner_token": r"GR1348941[\w-]{20}", "slack_token": r"xox[bpa]-(2-)?\d{11}-\d{13}-[A-Za-z0-9]{24}",
    "slack_app_token": r"xapp-1-A[A-Z0-9]{10}-\d{13}-[a-f0-9]{64}",
    "slack_webhook": r"https://hooks\.slack\.com/services/T[A-Z0-9]{8}/B[A-Z0-9]{10}/[A-Za-z0-9]{24}",
    "discord_webhook": r"https://discord\.com/api/webhooks/\d{19}/[\w-]{68}",
    "stripe_secret_key": r"(sk|rk)_live_[A-Za-z0-9]{24,99}", "stripe_webhook_secret": r"whsec_[A-Za-z0-9]{32}",
    "openai_api_key": r"sk-(proj-|svcacct-)?[\w-]+T3BlbkFJ[\w-]+", "anthropic_api_key": r"sk-ant-(api03|admin01)-[\w-]{93}AA",
    "google_api_key": r"AIza[\w-]{35}", "google_oauth_client_secret": r"GOCSPX-[\w-]{28}", "twilio_api_key": r"SK[0-9a-f]{32}",
    "sendgrid_api_key": r"SG\.[\w-]{22}\.[\w-]{43}", "mailgun_api_key": r"key-[0-9a-f]{32}", "npm_token": r"npm_[A-Za-z0-9]{36}",
    "pypi_token": r"pypi-AgEIcHlwaS5vcmc[\w-]{70,}", "shopify_token": r"shp(at|ss|ca|pa)_[0-9a-f]{32}",
    "vault_token": r"(hvs\.[\w-]{24,}|hvb\.[\w-]{100,})", "terraform_cloud_token": r"[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9]{67}",
    "azure_ad_client_secret": r"[A-Za-z0-9]{3}8Q~[\w~.-]{34}", "digitalocean_token": r"do[por]_v1_[0-9a-f]{64}",
    "heroku_api_key": r"HRKU-AA[\w-]{58}", "discord_bot_token": r"[MNO][A-Za-z0-9]{23}\.[\w-]{6}\.[\w-]{38}",
    "telegram_bot_token": r"\d{9,10}:AA[\w-]{33}", "linear_api_key": r"lin_api_[A-Za-z0-9]{40}",
    "postman_api_key": r"PMAK-[0-9a-f]{24}-[0-9a-f]{34}", "doppler_token": r"dp\.(pt|st\.prd|ct)\.[A-Za-z0-9]{43}",
    "pulumi_token": r"pul-[0-9a-f]{40}", "grafana_token": r"(glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}|glc_eyJvIjoi[A-Za-z0-9]{60}In19)",
    "huggingface_token": r"hf_[A-Za-z]{34}", "replicate_token": r"r8_[A-Za-z0-9]{37}", "groq_api_key": r"gsk_[A-Za-z0-9]{52}",
    "age_secret_key": r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}", "databricks_token": r"dapi[0-9a-f]{32}(-\d)?",
    "supabase_token": r"sbp_[0-9a-f]{40}", "planetscale_token": r"pscale_(tkn|pw)_[\w-]{43}",
    "notion_token": r"(secret_[A-Za-z0-9]{43}|ntn_\d{11}[A-Za-z0-9]{35})", "airtable_pat": r"pat[A-Za-z0-9]{14}\.[0-9a-f]{64}",
    "figma_token": r"figd_[\w-]{40}", "mapbox_secret_token": r"sk\.eyJ1Ijoi[A-Za-z0-9]{40}In0\.[\w-]{22}",
    "brevo_api_key": r"xkeysib-[0-9a-f]{64}-[A-Za-z0-9]{16}", "dynatrace_token": r"dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}",
    "newrelic_key": r"NR(AK|II)-[A-Z0-9]{27}", "sentry_token": r"(sntryu_[0-9a-f]{64}|sntrys_eyJpYXQiOjE3[A-Za-z0-9]{80}_[A-Za-z0-9]{43})",
    "okta_api_token": r"00[\w-]{40}", "alibaba_access_key_id": r"LTAI[A-Za-z0-9]{20}", "square_token": r"(EAAA[\w-]{60}|sq0csp-[\w-]{43})",
    "shippo_token": r"shippo_live_[0-9a-f]{40}", "flutterwave_key": r"FLWSECK-[0-9a-f]{32}-X", "contentful_token": r"CFPAT-[\w-]{43}",
    "netlify_token": r"nfp_[A-Za-z0-9]{36}", "dockerhub_pat": r"dckr_pat_[\w-]{27}", "tailscale_key": r"tskey-(auth|api)-[A-Za-z0-9]{11}CNTRL-[A-Za-z0-9]{33}",
    "sourcegraph_token": r"sgp_[0-9a-f]{16}_[0-9a-f]{40}", "rubygems_api_key": r"rubygems_[0-9a-f]{48}", "clojars_token": r"CLOJARS_[0-9a-f]{60}",
    "nuget_api_key": r"oy2[a-z0-9]{43}", "prefect_api_key": r"pnu_[A-Za-z0-9]{36}", "buildkite_token": r"bkua_[0-9a-f]{40}",
    "readme_api_key": r"rdme_[0-9a-f]{70}", "fly_token": r"fm2_[A-Za-z0-9+/]{133}", "openrouter_key": r"sk-or-v1-[0-9a-f]{64}",
    "mistral_api_key": r"[A-Za-z0-9]{32}", "cohere_api_key": r"[A-Za-z0-9]{40}", "datadog_api_key": r"[0-9a-f]{32}",
    "datadog_app_key": r"[0-9a-f]{40}", "cloudflare_api_token": r"[\w-]{40}", "cloudflare_global_key": r"[0-9a-f]{37}",
    "twilio_auth_token": r"[0-9a-f]{32}", "postmark_token": r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
    "azure_storage_key": r"[A-Za-z0-9+/]{86}==", "azure_sas_signature": r"[A-Za-z0-9%]+%3D",
    "session_cookie": r"[\w-]{32,}", "rails_secret_key_base": r"[0-9a-f]{128}", "wordpress_salt": r"\S{64}",
    "api_key": r"(gsk_|r8_|sk-or-v1-|whsec_|xapp-1-)[\w-]+", "mongodb_password": r"[A-Za-z0-9]{16}",
}

CHECKS = {"credit_card": ok_card, "iban": ok_iban, "us_ssn": ok_ssn, "uk_nino": ok_nino, "de_steuer_id": ok_steuer,
          "fr_nir": ok_nir, "es_dni": ok_dni, "es_nie": ok_nie, "it_codice_fiscale": ok_cf, "nl_bsn": ok_bsn,
          "pl_pesel": ok_pesel, "in_aadhaar": ok_aadhaar, "au_tfn": ok_tfn, "au_medicare": ok_medicare,
          "jp_my_number": ok_mynumber, "br_cpf": ok_cpf, "br_cnpj": ok_cnpj, "ca_sin": ok_sin, "se_personnummer": ok_pnr,
          "ch_ahv": ok_ahv, "phone": ok_phone, "email": ok_email, "github_token": ok_github, "jwt": ok_jwt,
          "private_key": ok_pkey, "basic_auth": ok_basic, "password": ok_pw}


def self_test():
    assert ok_tfn("123 456 782") and ok_medicare("2123 45670 1") and ok_mynumber("123456789018")
    assert ok_cpf("529.982.247-25") and ok_cnpj("11.222.333/0001-81") and luhn("046454286") and not ok_sin("046 454 287")
    assert ok_pnr("811218-9876") and ok_ahv("756.1234.5678.97") and verhoeff("2363") and not verhoeff("2364")
    assert ok_iban("GB82 WEST 1234 5698 7654 32") and not ok_iban("GB83 WEST 1234 5698 7654 32")
    assert ok_nir("2 55 08 14 168 025 38") and ok_dni("12345678Z") and ok_nie("X1234567L") and ok_bsn("111222333")
    assert ok_pesel("44051401359") and ok_cf("RSSMRA85T10A562S") and luhn("4539578763621486")


def main():
    self_test()
    lines = open(PATH, encoding="utf-8").read().splitlines()
    cases = []
    for i, line in enumerate(lines):
        try:
            c = json.loads(line)
        except ValueError as e:
            err(i, "bad json %s" % e)
            continue
        cases.append((i, c))
    texts = collections.Counter(c["text"] for _, c in cases)
    all_span_values = set()
    for i, c in cases:
        if set(c) != KEYS:
            err(i, "keys %s" % sorted(c))
            continue
        if c["source"] not in ("agent", "public"):
            err(i, "source")
        if not c["reason"].strip():
            err(i, "empty reason")
        if texts[c["text"]] > 1:
            err(i, "duplicate text")
        t = c["text"]
        if re.search(r"\b\d{1,3}(\.\d{1,3}){3}\b", t):
            err(i, "ipv4-like string in text")
        if c["class"] == "positive":
            if not c["spans"]:
                err(i, "positive without spans")
        elif c["spans"]:
            err(i, "negative with spans")
        prev_end = -1
        for s in sorted(c["spans"], key=lambda s: s["start"]):
            if set(s) != {"start", "end", "type"}:
                err(i, "span keys")
                continue
            if not (0 <= s["start"] < s["end"] <= len(t)) or s["start"] < prev_end:
                err(i, "span offsets %s" % s)
                continue
            prev_end = s["end"]
            v = t[s["start"]:s["end"]]
            all_span_values.add(v)
            if v != v.strip():
                err(i, "span has outer whitespace %r" % v)
            typ = s["type"]
            if typ in CHECKS:
                if not CHECKS[typ](v):
                    err(i, "%s failed check: %r" % (typ, v[:80]))
            elif typ in PREFIX_RE:
                if not re.fullmatch(PREFIX_RE[typ], v):
                    err(i, "%s failed format: %r" % (typ, v[:80]))
            else:
                err(i, "unknown type %s" % typ)
            if "EXAMPLE" in v:
                err(i, "example key used as positive")
            # every occurrence of the value in the text must be covered by a span
            covered = {(x["start"], x["end"]) for x in c["spans"]}
            for m in re.finditer(re.escape(v), t):
                if (m.start(), m.end()) not in covered and not any(a <= m.start() and m.end() <= b for a, b in covered):
                    err(i, "unspanned repeat of %r" % v[:40])
    for i, c in cases:
        if c["class"] == "positive":
            continue
        t = c["text"]
        if re.search(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]{2,}", t):
            err(i, "email-like in negative")
        for m in re.finditer(r"(?<![\d])\d(?:[ -]?\d){12,18}(?!\d)", t):
            d = digits(m.group(0))
            if luhn(d) and d not in PUBLISHED_TEST_CARDS and c["class"] != "test_card_in_docs" and re.fullmatch(r"[3-6]\d+", d) and len(d) in (15, 16):
                err(i, "Luhn-valid card-like number in negative %s" % d)
        for v in all_span_values:
            if len(v) >= 8 and v in t:
                err(i, "positive value inside negative")
    by = collections.Counter((c["source"], c["class"]) for _, c in cases)
    types = collections.Counter(s["type"] for _, c in cases for s in c["spans"])
    print("cases:", len(cases), "spans:", sum(types.values()), "types:", len(types))
    for k in sorted(by):
        print("  %-7s %-20s %d" % (k[0], k[1], by[k]))
    if ERR:
        print("\n".join(ERR[:80]))
        print("ERRORS:", len(ERR))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
