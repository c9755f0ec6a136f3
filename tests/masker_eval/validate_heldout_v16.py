#!/usr/bin/env python3
"""Structural and checksum validator for heldout_v16.jsonl (exit code 0 = PASS).

Imports the format predicates (check digits, vendor formats) of generate_heldout_v16.py
without running the generator.
"""
import base64
import binascii
import json
import os
import re
import sys
import urllib.parse
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate_heldout_v16 as G  # noqa: E402

ERR = []


def err(msg):
    ERR.append(msg)


def b64d(s):
    return base64.b64decode(s + "=" * (-len(s) % 4), validate=True)


def pem_ok(block, labels):
    m = re.fullmatch(r"-----BEGIN ([A-Z ]+)-----\n((?:[A-Za-z-]+: [^\n]+\n)*\n?)?([A-Za-z0-9+/=\n]+)\n-----END \1-----", block)
    if not m or m.group(1) not in labels:
        return False
    der = base64.b64decode(m.group(3).replace("\n", ""))
    tag, body, rest = G.der_parse(der)
    return tag == 0x30 and rest == b""


def privkey_ok(v, t):
    if t == "private_key_openssh":
        body = v.split("\n")[1:-1]
        return v.startswith("-----BEGIN OPENSSH PRIVATE KEY-----") and base64.b64decode("".join(body)).startswith(b"openssh-key-v1\0")
    if t == "private_key_pgp":
        return v.startswith("-----BEGIN PGP PRIVATE KEY BLOCK-----") and v.endswith("-----END PGP PRIVATE KEY BLOCK-----") and G.pgp_crc_ok(v)
    lab = {"private_key_rsa": ["RSA PRIVATE KEY"], "private_key_rsa_legacy_encrypted": ["RSA PRIVATE KEY"], "private_key_ec": ["EC PRIVATE KEY"],
           "private_key_pkcs8": ["PRIVATE KEY"], "private_key_encrypted": ["ENCRYPTED PRIVATE KEY"]}[t]
    if t == "private_key_rsa_legacy_encrypted" and "Proc-Type: 4,ENCRYPTED" not in v:
        return False
    return pem_ok(v, lab)


def jwt_ok(v):
    p = v.split(".")
    if len(p) != 3:
        return False
    h = json.loads(G.b64u_dec(p[0]))
    json.loads(G.b64u_dec(p[1]))
    G.b64u_dec(p[2])
    return "alg" in h


WEBHOOK = {
    "slack_webhook_url": r"https://hooks\.slack\.com/services/T[A-Z0-9]{8,10}/B[A-Z0-9]{8,10}/[A-Za-z0-9]{24}",
    "discord_webhook_url": r"https://discord\.com/api/webhooks/\d{17,19}/[A-Za-z0-9_-]{68}",
    "msteams_webhook_url": r"https://[a-z]+\.webhook\.office\.com/webhookb2/[0-9a-f-]{36}@[0-9a-f-]{36}/IncomingWebhook/[0-9a-f]{32}/[0-9a-f-]{36}/V2[A-Za-z0-9_-]{45}",
    "google_chat_webhook_url": r"https://chat\.googleapis\.com/v1/spaces/AAAA[A-Za-z0-9_-]{7}/messages\?key=AIza[A-Za-z0-9_-]{35}&token=[A-Za-z0-9_-]{43}%3D",
    "dingtalk_webhook_url": r"https://oapi\.dingtalk\.com/robot/send\?access_token=[0-9a-f]{64}",
    "wecom_webhook_url": r"https://qyapi\.weixin\.qq\.com/cgi-bin/webhook/send\?key=[0-9a-f-]{36}",
    "feishu_webhook_url": r"https://open\.feishu\.cn/open-apis/bot/v2/hook/[0-9a-f-]{36}",
    "zapier_webhook_url": r"https://hooks\.zapier\.com/hooks/catch/\d+/[a-z0-9]+/",
}
CRC = {"github_pat_classic": "ghp_", "github_oauth_token": "gho_", "github_refresh_token": "ghr_", "github_app_installation_token": "ghs_", "npm_access_token": "npm_"}


def check_value(v, t):
    if t in G.ID:
        return G.ID[t][1](v)
    if t in G.VSPEC:
        if not re.fullmatch(G.VSPEC[t][2], v):
            return False
        if t in CRC:
            return G.crc_token_ok(v, CRC[t])
        if t in ("age_secret_key", "nostr_nsec"):
            return G.bech32_ok(v)
        if t in ("bitcoin_wif_private_key", "bitcoin_xprv", "bitcoin_tprv"):
            return G.b58check_ok(v)
        if t in ("supabase_service_role_key", "monday_api_token", "snowflake_pat"):
            return jwt_ok(v)
        if t == "grafana_service_account_token":
            body = v[5:37]
            return v[38:] == "%08x" % (binascii.crc32(body.encode()) & 0xffffffff)
        if t in ("wireguard_private_key", "consul_gossip_key", "nextauth_secret"):
            return len(base64.b64decode(v)) == 32
        if t == "laravel_app_key":
            return len(base64.b64decode(v[7:])) == 32
        if t == "solana_private_key":
            return len(G.b58dec(v)) == 64
        if t == "intercom_access_token":
            return b64d(v).startswith(b"tok:")
        if t == "cloudflare_tunnel_token":
            return "a" in json.loads(b64d(v))
        if t == "elastic_api_key":
            return b":" in base64.b64decode(v)
        return True
    if t in ("passport_mrz", "visa_mrz", "id_card_mrz_td1", "id_card_mrz_td2"):
        return G.mrz_ok(v, t)
    if t == "credit_card":
        d = re.sub(r"[ -]", "", v)
        return d.isdigit() and G.luhn_ok(d) and d not in G.TEST_CARDS and any(d.startswith(p) and len(d) == ln for _, ps, ln in G.CARD_BRANDS for p in ps)
    if t == "iban":
        c = v.replace(" ", "")
        ok = G.iban_ok(c) and c[:2] in G.IBAN_FMT and len(c) == G.iban_len(c[:2])
        if ok and c[:2] == "BE":
            ok = (int(c[4:14]) % 97 or 97) == int(c[14:])
        return ok
    if t == "phone":
        d = re.sub(r"\D", "", v)
        return bool(re.fullmatch(r"\+?[\d ()-]+", v)) and 8 <= len(d) <= 15
    if t == "email":
        return bool(re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v)) and not re.search(r"@(example\.(com|org|net)|.*\.test$)", v)
    if t == "passport_number":
        return bool(re.fullmatch(r"C[CFGHJKLMNPRTVWXYZ0-9]{8}|[A-Z][2-9]\d{6}|\d\d[A-Z]{2}\d{5}|[A-Z]{2}\d{7}", v))
    if t in ("password", "password_cli_flag", "connection_string_password"):
        return len(v) >= 8 and not re.search(r"\s", v) and not any(c in v for c in ";\"'")
    if t == "password_in_url":
        return len(v) >= 12 and not any(c in v for c in "@:/?#")
    if t == "basic_auth_credentials" or t == "docker_config_auth":
        u, _, p = base64.b64decode(v).decode().partition(":")
        return bool(u) and len(p) >= 8
    if t == "bearer_token":
        return bool(re.fullmatch(r"[A-Za-z0-9_-]{36,64}", v))
    if t == "jwt":
        return jwt_ok(v)
    if t == "session_cookie":
        return len(v) >= 26 and not re.search(r"[\s;]", v)
    if t == "password_hash":
        return bool(re.fullmatch(r"\$(2b\$12\$[./A-Za-z0-9]{53}|6\$[./A-Za-z0-9]{16}\$[./A-Za-z0-9]{86}|argon2id\$v=19\$m=65536,t=3,p=4\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}|apr1\$[./A-Za-z0-9]{8}\$[./A-Za-z0-9]{22}|y\$j9T\$[./A-Za-z0-9]{22}\$[./A-Za-z0-9]{43})", v))
    if t == "totp_seed":
        return len(base64.b32decode(v)) == 20
    if t in WEBHOOK:
        return bool(re.fullmatch(WEBHOOK[t], v))
    if t.startswith("private_key_"):
        return privkey_ok(v, t)
    if t == "gcp_service_account_private_key":
        return v.endswith("\\n") and pem_ok(v.replace("\\n", "\n").rstrip("\n"), ["PRIVATE KEY"])
    if t == "kubeconfig_client_key_data":
        return pem_ok(base64.b64decode(v).decode().rstrip("\n"), ["EC PRIVATE KEY"])
    if t == "k8s_secret_data":
        return len(base64.b64decode(v).decode()) >= 8
    if t == "azure_storage_account_key":
        return len(base64.b64decode(v)) == 64
    if t == "azure_service_bus_key":
        return len(base64.b64decode(v)) == 32
    if t == "azure_sas_signature":
        return len(base64.b64decode(urllib.parse.unquote(v))) == 32
    if t == "google_app_password":
        return bool(re.fullmatch(r"[a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4}", v))
    if t == "apple_app_specific_password":
        return bool(re.fullmatch(r"[a-z]{4}-[a-z]{4}-[a-z]{4}-[a-z]{4}", v))
    if t == "mfa_recovery_code":
        return bool(re.fullmatch(r"[a-z0-9]{5}-[a-z0-9]{5}", v))
    err("no checker for type %s" % t)
    return False


def main():
    path = os.path.join(HERE, "heldout_v16.jsonl")
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError:
                err("line %d does not parse" % n)
    texts = set()
    langs = Counter()
    win = Counter()
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        for k in ("id", "text", "spans", "kind", "class", "reason"):
            if k not in r:
                err("%s: missing %s" % (rid, k))
        if rid != "v16_%04d" % i:
            err("%s: id not sequential" % rid)
        t = r["text"]
        if t in texts:
            err("%s: duplicate text" % rid)
        texts.add(t)
        m = re.fullmatch(r"([a-z0-9_+]+)/([a-z0-9.-]+)-([a-z]{2})", r["class"])
        if not m:
            err("%s: bad class %s" % (rid, r["class"]))
            continue
        langs[m.group(3)] += 1
        sp = r["spans"]
        if r["kind"] == "negative":
            if sp:
                err("%s: negative with spans" % rid)
        elif r["kind"] == "positive":
            if not sp:
                err("%s: positive without spans" % rid)
            if m.group(1) != "+".join(s["type"] for s in sp):
                err("%s: class prefix != span types" % rid)
        else:
            err("%s: bad kind" % rid)
        end = 0
        for s in sp:
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(t)) or a < end:
                err("%s: span out of range / overlapping / unsorted" % rid)
                continue
            v = t[a:b]
            if v != v.strip():
                err("%s: span has surrounding whitespace" % rid)
            try:
                ok = check_value(v, s["type"])
            except Exception as e:  # noqa: BLE001
                ok = False
            if not ok:
                err("%s: value fails %s format/checksum: %r" % (rid, s["type"], v[:60]))
            end = b
        ws = t.split()
        for x in {" ".join(ws[j:j + 8]) for j in range(len(ws) - 7)}:
            win[x] += 1
        if r["kind"] == "negative":
            neg_checks(r, m.group(1))
    npos = sum(1 for r in rows if r["kind"] == "positive")
    if len(langs) != 30:
        err("languages: %d" % len(langs))
    share = npos / float(len(rows))
    if not 0.55 <= share <= 0.66:
        err("positive share %.3f" % share)
    bad = [x for x, c in win.items() if c > 3]
    if bad:
        err("%d 8-word windows shared by more than 3 texts, e.g. %r" % (len(bad), bad[0]))
    run = best = 1
    for a, b in zip(rows, rows[1:]):
        run = run + 1 if a["kind"] == b["kind"] else 1
        best = max(best, run)
    if best > 22:
        err("run of %d rows of one kind" % best)
    if ERR:
        for e in ERR[:50]:
            print("FAIL", e)
        print("FAIL: %d problems" % len(ERR))
        sys.exit(1)
    print("PASS: %d texts, %d positive, %d negative, %d spans, %d span types, %d languages" % (
        len(rows), npos, len(rows) - npos, sum(len(r["spans"]) for r in rows), len({s["type"] for r in rows for s in r["spans"]}), len(langs)))


TOK = re.compile(r"[A-Za-z0-9][A-Za-z0-9./()\- ]{4,40}[A-Za-z0-9)]")


def neg_checks(r, cls):
    t = r["text"]
    rid = r["id"]
    if cls == "card_luhn_fail":
        for d in re.findall(r"\b\d{13,19}\b", t):
            if G.luhn_ok(d):
                err("%s: card_luhn_fail passes Luhn" % rid)
    elif cls == "iban_bad_check":
        for c in re.findall(r"\b[A-Z]{2}\d\d[A-Z0-9 ]{10,}", t):
            c = c.strip()
            if G.iban_ok(c.replace(" ", "")):
                err("%s: iban_bad_check passes mod-97" % rid)
    elif cls == "national_id_bad_check":
        typ = re.search(r"\(national_id_bad_check, ([a-z_]+)\)", r["reason"]).group(1)
        chk = G.ID[typ][1]
        cands = set(re.findall(r"[A-Za-z0-9][A-Za-z0-9./()-]*[A-Za-z0-9)]", t))
        for c in cands:
            try:
                if chk(c):
                    err("%s: %s look-alike %r passes its check" % (rid, typ, c))
            except Exception:  # noqa: BLE001
                pass
        if not any(len(c) >= 8 for c in cands):
            err("%s: no id candidate" % rid)
    elif cls == "documented_test_card":
        if not any(c in t for c in G.TEST_CARDS):
            err("%s: no documented test card" % rid)
    elif cls == "doc_example_credential":
        if not any(c in t for c in G.DOC_VALUES):
            err("%s: no published documentation value" % rid)
    elif cls == "specimen_document":
        if "UTO" not in t and "MUSTERMANN" not in t:
            err("%s: no specimen" % rid)
        for blk in (G.ICAO_TD3, G.ICAO_TD1, G.ICAO_TD2):
            if blk in t:
                tp = {G.ICAO_TD3: "passport_mrz", G.ICAO_TD1: "id_card_mrz_td1", G.ICAO_TD2: "id_card_mrz_td2"}[blk]
                if not G.mrz_ok(blk, tp):
                    err("%s: specimen MRZ check digits" % rid)
    elif cls == "isin":
        for c in re.findall(r"\b[A-Z]{2}[A-Z0-9]{9}\d\b", t):
            if not G.isin_ok(c):
                err("%s: ISIN check" % rid)
    elif cls == "lei_code":
        for c in re.findall(r"\b[A-Z0-9]{18}\d\d\b", t):
            if not G.lei_ok(c):
                err("%s: LEI check" % rid)
    elif cls == "cas_number":
        for c in re.findall(r"\b\d{2,7}-\d\d-\d\b", t):
            if not G.cas_ok(c):
                err("%s: CAS check" % rid)
    if re.search(r"[a-z0-9._%+-]+@[a-z0-9-]+\.(com|net|org|de|fr|ru|io)\b", t) and cls not in ("email_lookalike",):
        err("%s: negative contains an e-mail address" % rid)


if __name__ == "__main__":
    main()
