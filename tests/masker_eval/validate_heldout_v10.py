#!/usr/bin/env python3
"""Validator for heldout_v10.jsonl (BLIND set). Standard library only.

Usage: python3 validate_heldout_v10.py [path/to/heldout_v10.jsonl]
Exit status 0 when every check passes, 1 otherwise.
"""
import json, os, re, sys
from collections import Counter, defaultdict

KEYS = {"id", "text", "spans", "kind", "class", "reason"}
SPAN_KEYS = {"start", "end", "type"}
QUOTES = "\"'`“”‘’«»„"

VOCAB = {
    # personal data
    "email", "phone", "credit_card", "iban",
    "us_ssn", "uk_nino", "de_steuer_id", "fr_nir", "es_dni", "es_nie", "it_codice_fiscale", "nl_bsn",
    "br_cpf", "in_aadhaar", "in_pan", "cn_resident_id", "jp_my_number", "pl_pesel", "se_personnummer", "ca_sin",
    # generic secrets
    "password", "url_password", "generic_secret", "generic_api_key", "basic_auth", "bearer_token",
    "jwt", "jwt_unsigned", "private_key", "openssh_private_key", "pgp_private_key",
    # vendor credentials
    "aws_access_key_id", "aws_secret_access_key", "aws_session_token",
    "github_pat", "github_oauth_token", "github_app_token", "github_refresh_token", "github_fine_grained_pat",
    "gitlab_pat", "gitlab_runner_token", "gitlab_deploy_token",
    "slack_bot_token", "slack_user_token", "slack_app_token", "slack_webhook",
    "stripe_secret_key", "stripe_restricted_key", "stripe_webhook_secret",
    "openai_api_key", "anthropic_api_key", "google_api_key", "gcp_oauth_client_secret",
    "azure_storage_key", "azure_sas_key", "azure_client_secret", "azure_devops_pat",
    "twilio_api_key", "sendgrid_api_key", "mailgun_api_key", "mailchimp_api_key",
    "npm_token", "pypi_token", "dockerhub_pat", "shopify_access_token", "shopify_shared_secret",
    "digitalocean_pat", "digitalocean_spaces_key", "heroku_api_key", "vault_token", "terraform_cloud_token",
    "databricks_token", "huggingface_token", "linear_api_key", "notion_token", "atlassian_api_token",
    "discord_bot_token", "discord_webhook_token", "telegram_bot_token", "newrelic_api_key", "newrelic_license_key",
    "datadog_api_key", "datadog_app_key", "sentry_auth_token", "postman_api_key", "pulumi_token",
    "grafana_service_account_token", "grafana_cloud_token", "doppler_token", "planetscale_token",
    "planetscale_password", "flyio_token", "supabase_token", "square_access_token", "braintree_access_token",
    "age_secret_key", "cloudflare_api_token", "cloudflare_origin_ca_key", "fcm_server_key",
    "alibaba_access_key_id", "alibaba_access_key_secret", "tencent_secret_id", "tencent_secret_key",
    "mapbox_secret_token", "okta_api_token", "asana_pat", "airtable_pat", "figma_pat", "clojars_token",
    "rubygems_api_key", "nuget_api_key", "dynatrace_token", "jfrog_api_key", "contentful_token",
    "prefect_api_key", "replicate_api_token", "groq_api_key", "perplexity_api_key", "xai_api_key",
    "langsmith_api_key", "launchdarkly_sdk_key", "bitbucket_app_password", "facebook_access_token",
    "twitter_bearer_token", "shippo_token", "easypost_api_key", "flutterwave_secret_key", "razorpay_key_id",
    "razorpay_key_secret", "frameio_token", "typeform_pat", "readme_api_key", "onepassword_service_account_token",
    "render_api_key", "tailscale_auth_key", "pinecone_api_key", "netlify_token", "vercel_token", "snyk_token",
    "circleci_token", "algolia_admin_key", "mongodb_atlas_private_key",
}

IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "GB": 22, "CH": 21, "AT": 20,
            "PL": 28, "PT": 25, "IE": 22, "SE": 24, "DK": 18, "FI": 18, "NO": 15, "LU": 20, "CZ": 24,
            "GR": 27, "HR": 21, "RO": 24, "SA": 24, "AE": 23, "TR": 26, "BR": 29, "MT": 31, "LT": 20}
# published gateway test cards (allowed only in negatives, never spanned)
TEST_CARDS = {"4111111111111111", "4242424242424242", "5555555555554444", "378282246310005",
              "4000056655665556", "5105105105105100", "6011111111111117", "3530111333300000"}

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
CARD_RE = re.compile(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)")
IBAN_HEAD_RE = re.compile(r"(?<![A-Z0-9])([A-Z]{2})(\d{2})")

def luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        x = int(ch)
        if i % 2:
            x *= 2
            if x > 9: x -= 9
        t += x
    return t % 10 == 0

def iban_ok(s):
    s = s.replace(" ", "")
    if len(s) < 15 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]] or not s.isalnum():
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def iban_candidates(text):
    for m in IBAN_HEAD_RE.finditer(text):
        cc = m.group(1)
        if cc not in IBAN_LEN: continue
        need, i, got, end = IBAN_LEN[cc], m.start(), "", m.start()
        while i < len(text) and len(got) < need:
            c = text[i]
            if c.isalnum() and c.isascii(): got += c.upper() if c.isupper() or c.isdigit() else c
            elif c == " " and got and i + 1 < len(text) and text[i + 1].isalnum(): pass
            else: break
            i += 1; end = i
        if len(got) == need and iban_ok(got):
            yield m.start(), end, got

# ---- national id checks (span values) ------------------------------------------
def digits(s): return re.sub(r"\D", "", s)

def chk_steuer(v):
    v = digits(v)
    if len(v) != 11 or v[0] == "0": return False
    prod = 10
    for x in map(int, v[:10]):
        s = (x + prod) % 10 or 10
        prod = (s * 2) % 11
    c = 11 - prod
    return (0 if c == 10 else c) == int(v[10])

def chk_nir(v):
    v = digits(v)
    return len(v) == 15 and 97 - int(v[:13]) % 97 == int(v[13:])

DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"
def chk_dni(v):
    v = v.replace("-", "")
    return bool(re.fullmatch(r"\d{8}[A-Z]", v)) and DNI_L[int(v[:8]) % 23] == v[8]
def chk_nie(v):
    return bool(re.fullmatch(r"[XYZ]\d{7}[A-Z]", v)) and DNI_L[int(str("XYZ".index(v[0])) + v[1:8]) % 23] == v[8]

CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))
def chk_cf(v):
    if not re.fullmatch(r"[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]", v): return False
    t = sum(CF_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65) for i, c in enumerate(v[:15]))
    return chr(65 + t % 26) == v[15]

def chk_bsn(v):
    v = digits(v)
    return len(v) == 9 and (sum(int(x) * (9 - i) for i, x in enumerate(v[:8])) - int(v[8])) % 11 == 0

def chk_cpf(v):
    v = digits(v)
    if len(v) != 11: return False
    ds = list(map(int, v))
    for k, pos in ((10, 9), (11, 10)):
        r = sum(x * (k - i) for i, x in enumerate(ds[:pos])) * 10 % 11
        if (0 if r == 10 else r) != ds[pos]: return False
    return True

VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,0,7,6,8],[4,2,8,6,5,7,1,3,9,0],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,5,2,3,8]]
def chk_aadhaar(v):
    v = digits(v)
    if len(v) != 12 or v[0] in "01": return False
    c = 0
    for i, ch in enumerate(reversed(v)): c = VD[c][VP[i % 8][int(ch)]]
    return c == 0

CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
def chk_cn(v):
    return bool(re.fullmatch(r"\d{17}[\dX]", v)) and "10X98765432"[sum(int(x) * w for x, w in zip(v, CN_W)) % 11] == v[17]

def chk_mynumber(v):
    v = digits(v)
    if len(v) != 12: return False
    tot = sum(int(v[11 - n]) * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
    r = tot % 11
    return (0 if r <= 1 else 11 - r) == int(v[11])

def chk_pesel(v):
    return len(v) == 11 and v.isdigit() and (10 - sum(int(x) * w for x, w in zip(v, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3])) % 10) % 10 == int(v[10])

def chk_pnr(v):
    v = digits(v)
    return len(v) == 10 and luhn_ok(v)

def chk_sin(v):
    v = digits(v)
    return len(v) == 9 and v[0] not in "08" and luhn_ok(v)

def chk_ssn(v):
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", v)
    return bool(m) and m.group(1) not in ("000", "666") and m.group(1) < "900" and m.group(2) != "00" and m.group(3) != "0000"

def chk_nino(v):
    v = v.replace(" ", "")
    return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v)) and v[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")

def chk_pan(v): return bool(re.fullmatch(r"[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]", v))

ID_CHECKS = {"de_steuer_id": chk_steuer, "fr_nir": chk_nir, "es_dni": chk_dni, "es_nie": chk_nie,
             "it_codice_fiscale": chk_cf, "nl_bsn": chk_bsn, "br_cpf": chk_cpf, "in_aadhaar": chk_aadhaar,
             "cn_resident_id": chk_cn, "jp_my_number": chk_mynumber, "pl_pesel": chk_pesel,
             "se_personnummer": chk_pnr, "ca_sin": chk_sin, "us_ssn": chk_ssn, "uk_nino": chk_nino, "in_pan": chk_pan}

def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout_v10.jsonl")
    errors = []
    def err(rid, msg):
        errors.append(f"{rid}: {msg}")
    rows = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"line {ln}", f"bad JSON: {e}")
    ids, texts = set(), {}
    span_types, neg_classes, pos_classes = Counter(), Counter(), Counter()
    grams = {}
    for r in rows:
        rid = r.get("id", "?")
        if set(r) != KEYS:
            err(rid, f"keys {sorted(r)} != {sorted(KEYS)}"); continue
        if not re.fullmatch(r"v10_\d{4}", rid): err(rid, "id format")
        if rid in ids: err(rid, "duplicate id")
        ids.add(rid)
        t = r["text"]
        if not isinstance(t, str) or not t: err(rid, "empty text"); continue
        if t in texts: err(rid, f"duplicate text of {texts[t]}")
        texts[t] = rid
        if r["kind"] not in ("positive", "negative"): err(rid, "kind")
        if not isinstance(r["class"], str) or not r["class"]: err(rid, "class")
        if not isinstance(r["reason"], str) or not r["reason"]: err(rid, "reason")
        spans = r["spans"]
        if not isinstance(spans, list): err(rid, "spans not a list"); continue
        if r["kind"] == "negative":
            neg_classes[r["class"]] += 1
            if spans: err(rid, "negative with spans")
            for m in CARD_RE.finditer(t):
                dg = digits(m.group())
                if luhn_ok(dg) and dg[0] in "3456" and dg not in TEST_CARDS and not re.fullmatch(r"(\d)\1+", dg):
                    err(rid, f"negative holds a Luhn-valid card-like number {m.group()!r}")
            for s0, e0, got in iban_candidates(t):
                err(rid, f"negative holds a valid IBAN {got}")
        else:
            pos_classes[r["class"]] += 1
            if not spans: err(rid, "positive without spans")
        prev_end = -1
        ok_spans = []
        for s in sorted(spans, key=lambda s: (s.get("start", 0), s.get("end", 0))):
            if not isinstance(s, dict) or set(s) != SPAN_KEYS: err(rid, f"span keys {s}"); continue
            a, b, ty = s["start"], s["end"], s["type"]
            if not (isinstance(a, int) and isinstance(b, int)) or not (0 <= a < b <= len(t)):
                err(rid, f"span out of range {s}"); continue
            if a < prev_end: err(rid, f"overlapping span {s}")
            prev_end = b
            v = t[a:b]
            if v[0].isspace() or v[-1].isspace() or v[0] in QUOTES or v[-1] in QUOTES:
                err(rid, f"span text starts/ends with whitespace or quote: {v[:20]!r}")
            if ty not in VOCAB: err(rid, f"unknown type {ty}")
            span_types[ty] += 1
            if ty == "credit_card":
                dg = digits(v)
                if not (13 <= len(dg) <= 19 and luhn_ok(dg)): err(rid, f"card span not Luhn-valid: {v!r}")
                if dg in TEST_CARDS: err(rid, "published test card used as a positive")
            if ty == "iban" and not iban_ok(v): err(rid, f"IBAN span fails mod-97: {v!r}")
            if ty == "email" and not EMAIL_RE.fullmatch(v): err(rid, f"email span not an address: {v!r}")
            if ty in ID_CHECKS and not ID_CHECKS[ty](v): err(rid, f"{ty} span fails its checksum/format: {v!r}")
            ok_spans.append((a, b))
        if r["kind"] == "positive":
            def covered(x, y): return any(a < y and x < b for a, b in ok_spans)
            for m in EMAIL_RE.finditer(t):
                if not covered(m.start(), m.end()): err(rid, f"unspanned e-mail {m.group()!r}")
            for m in CARD_RE.finditer(t):
                dg = digits(m.group())
                if luhn_ok(dg) and not covered(m.start(), m.end()): err(rid, f"unspanned Luhn-valid number {m.group()!r}")
            for s0, e0, got in iban_candidates(t):
                if not covered(s0, e0): err(rid, f"unspanned valid IBAN {got}")
        toks = re.findall(r"\w+", t.lower())
        if len(toks) >= 12:
            seen_here = set()
            for i in range(len(toks) - 7):
                g = tuple(toks[i:i + 8])
                if g in seen_here: continue
                seen_here.add(g)
                if g in grams and grams[g] != rid:
                    err(rid, f"shares 8-word run with {grams[g]}: {' '.join(g)!r}")
                else:
                    grams[g] = rid
    n_pos = sum(pos_classes.values()); n_neg = sum(neg_classes.values())
    fam = Counter(c.split("/")[0] for c in neg_classes.elements())
    print(f"file: {path}")
    print(f"texts: {len(rows)}  positives: {n_pos}  negatives: {n_neg}")
    print(f"spans: {sum(span_types.values())}  span types: {len(span_types)}")
    print(f"negative classes: {len(neg_classes)} (families: {len(fam)})")
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors[:200]: print("  " + e)
        return 1
    print("OK: all checks passed")
    return 0

if __name__ == "__main__":
    sys.exit(main())
