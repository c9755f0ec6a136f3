#!/usr/bin/env python3
"""Structural and checksum validator for heldout_v15.jsonl (exit code 0 = pass).

Re-checks every span with the format predicates defined in generate_heldout_v15.py (imported, not run)
and checks that the checksum-failing negatives really fail."""
import base64, binascii, collections, importlib.util, json, os, re, sys, urllib.parse

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("gen15", os.path.join(HERE, "generate_heldout_v15.py"))
G = importlib.util.module_from_spec(spec)
spec.loader.exec_module(G)

ERR = []


def err(msg):
    ERR.append(msg)


def b64len(s, n):
    try:
        return len(base64.b64decode(s, validate=True)) == n
    except binascii.Error:
        return False


def pem_label(s):
    m = re.match(r"-----BEGIN ([A-Za-z0-9 ]+)-----", s.replace("\\n", "\n"))
    return m[1] if m else None


PEM_TYPES = {"private_key_rsa": "RSA PRIVATE KEY", "private_key_ec": "EC PRIVATE KEY", "private_key_pkcs8": "PRIVATE KEY",
             "private_key_encrypted": "ENCRYPTED PRIVATE KEY", "private_key_openssh": "OPENSSH PRIVATE KEY", "private_key_pgp": "PGP PRIVATE KEY BLOCK",
             "openvpn_static_key": "OpenVPN Static key V1", "gcp_service_account_private_key": "PRIVATE KEY"}


def check_value(t, v):
    if t in G.SECRETS:
        _, rx, _, extra = G.SECRETS[t]
        return bool(re.fullmatch(rx, v)) and (extra is None or extra(v))
    if t in G.NATIONAL:
        return G.NATIONAL[t][1](v)
    if t in PEM_TYPES:
        if t == "gcp_service_account_private_key" and ("\n" in v or not v.endswith("\\n")):
            return False
        return pem_label(v) == PEM_TYPES[t] and G.ok_pem(v)
    if t in G.WEBHOOK_RE:
        return bool(re.fullmatch(G.WEBHOOK_RE[t], v))
    simple = {
        "email": G.ok_email, "phone": G.ok_phone, "credit_card": G.ok_card, "iban": G.ok_iban_full, "jwt": G.ok_jwt,
        "passport_mrz": lambda x: G.ok_mrz(x) and x.startswith("P<") and len(x) == 89,
        "visa_mrz": lambda x: G.ok_mrz(x) and x.startswith("V<") and len(x) == 89,
        "id_card_mrz_td1": lambda x: G.ok_mrz(x) and x.startswith("I<") and len(x) == 92,
        "id_card_mrz_td2": lambda x: G.ok_mrz(x) and x.startswith("I<") and len(x) == 73,
        "putty_private_key": lambda x: x.startswith("PuTTY-User-Key-File-3:") and G.ok_pem(x),
        "basic_auth_credentials": G.ok_basic, "docker_config_auth": G.ok_basic,
        "k8s_secret_data": lambda x: G.ok_password(base64.b64decode(x, validate=True).decode()),
        "kubeconfig_client_key_data": lambda x: G.ok_pem(base64.b64decode(x, validate=True).decode()),
        "password": G.ok_password, "password_cli_flag": G.ok_password, "connection_string_password": G.ok_password, "wifi_psk": G.ok_password,
        "password_in_url": lambda x: G.ok_password(urllib.parse.unquote(x)) and not re.search(r"[@#?/:]", x),
        "azure_storage_account_key": lambda x: b64len(x, 64), "azure_cosmos_key": lambda x: b64len(x, 64), "azure_eventhub_key": lambda x: b64len(x, 32),
        "azure_sas_signature": lambda x: b64len(urllib.parse.unquote(x), 32) and "%" in x,
        "totp_seed": lambda x: len(base64.b32decode(x + "=" * (-len(x) % 8))) == 20,
        "session_cookie": lambda x: bool(re.fullmatch(r"s%3A[A-Za-z0-9_-]{32}\.[A-Za-z0-9%]{43,60}|[a-z0-9]{32}", x)),
        "password_hash": lambda x: bool(re.fullmatch(r"\$6\$[A-Za-z0-9./]{16}\$[A-Za-z0-9./]{86}|\$2y\$10\$[A-Za-z0-9./]{53}", x)),
        "bearer_token": lambda x: bool(re.fullmatch(r"[A-Za-z0-9\-._~]{40,64}", x)),
        "alibaba_access_key_secret": lambda x: bool(re.fullmatch(r"[A-Za-z0-9]{30}", x)),
        "tencent_secret_key": lambda x: bool(re.fullmatch(r"[A-Za-z0-9]{32}", x)),
    }
    if t in simple:
        try:
            return bool(simple[t](v))
        except Exception:
            return False
    err("unknown span type %s" % t)
    return False


BAD_ID = {"BSN": G.ok_nl_bsn, "pesel": G.ok_pl_pesel, "CPF": G.ok_br_cpf, "tc_kimlik": G.ok_tr_tc, "Aadhaar": G.ok_in_aadhaar, "身份证号": G.ok_cn_rid}


def check_negative(cls, text):
    if cls == "card_luhn_fail":
        c = re.findall(r"\b\d[\d -]{11,22}\d\b", text)
        return bool(c) and all(not G.luhn_ok(x) for x in c)
    if cls == "iban_bad_check":
        c = re.findall(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8}\b", text)
        return bool(c) and all(not G.iban_ok(x) for x in c)
    if cls == "national_id_bad_check":
        for kw, ok in BAD_ID.items():
            if kw in text:
                c = re.findall(r"\d[\d.\- X]{7,20}[\dX]", text)
                return bool(c) and all(not ok(x.strip()) for x in c)
        return False
    if cls == "documented_test_card":
        c = ["".join(x.split()) for x in re.findall(r"\b\d[\d ]{12,20}\d\b", text)]
        return bool(c) and all(x in G.TEST_CARDS for x in c)
    if cls == "doc_example_credential":
        return any(k in text for k in ("EXAMPLE", G.AZURITE, G.JWT_IO, "sk_test_4eC39HqLyjWDarjtT1zdp7dc"))
    if cls == "specimen_document":
        return "UTO" in text or "MUSTERMANN" in text
    return True


def main():
    path = os.path.join(HERE, "heldout_v15.jsonl")
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("line %d: %s" % (n, e))
    texts, langs, win = set(), collections.Counter(), collections.defaultdict(set)
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if set(r) != {"id", "text", "spans", "kind", "class", "reason"}:
            err("%s: fields %s" % (rid, sorted(r)))
            continue
        if rid != "v15_%04d" % i:
            err("%s: id not sequential" % rid)
        t = r["text"]
        if t in texts:
            err("%s: duplicate text" % rid)
        texts.add(t)
        m = re.fullmatch(r"([a-z0-9_+]+)/([A-Za-z0-9_.-]+)-([a-z]{2})", r["class"])
        if not m:
            err("%s: class shape %s" % (rid, r["class"]))
            continue
        langs[m[3]] += 1
        prev = 0
        for s in r["spans"]:
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(t)) or a < prev:
                err("%s: bad span offsets %s" % (rid, s))
                continue
            prev = b
            v = t[a:b]
            if v != v.strip():
                err("%s: span has surrounding whitespace" % rid)
            if not check_value(s["type"], v):
                err("%s: %s value fails its format/checksum: %r" % (rid, s["type"], v[:80]))
        if r["kind"] == "positive":
            if not r["spans"]:
                err("%s: positive without spans" % rid)
            if m[1] != "+".join(s["type"] for s in r["spans"]):
                err("%s: class prefix %s != span types" % (rid, m[1]))
        elif r["kind"] == "negative":
            if r["spans"]:
                err("%s: negative with spans" % rid)
            if not check_negative(m[1], t):
                err("%s: negative %s does not satisfy its class rule" % (rid, m[1]))
        else:
            err("%s: kind %s" % (rid, r["kind"]))
        toks = t.split()
        for j in range(len(toks) - 7):
            win[tuple(toks[j:j + 8])].add(rid)
    if len(langs) != 30:
        err("languages: %d" % len(langs))
    pos = sum(r["kind"] == "positive" for r in rows)
    share = pos / max(1, len(rows))
    if not 0.55 <= share <= 0.66:
        err("positive share %.3f" % share)
    shared = [(k, v) for k, v in win.items() if len(v) > 3]
    for k, v in shared[:10]:
        err("8-word window shared by %d texts: %s" % (len(v), " ".join(k)[:80]))
    run = best = 0
    prevk = None
    for r in rows:
        run = run + 1 if r["kind"] == prevk else 1
        prevk = r["kind"]
        best = max(best, run)
    if best > 22:
        err("not shuffled: run of %d rows of one kind" % best)
    types = {s["type"] for r in rows for s in r["spans"]}
    print("rows %d positive %d (%.1f%%) spans %d types %d languages %d longest run %d" % (
        len(rows), pos, 100 * share, sum(len(r["spans"]) for r in rows), len(types), len(langs), best))
    if ERR:
        for e in ERR[:50]:
            print("ERROR", e)
        print("FAIL (%d errors)" % len(ERR))
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
