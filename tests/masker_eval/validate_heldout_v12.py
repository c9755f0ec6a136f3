#!/usr/bin/env python3
"""Validate heldout_v12.jsonl (blind masker evaluation set). stdlib only.

Checks: JSON parses; required fields; unique ids and texts; spans inside the text, non-empty, no
surrounding whitespace, non-overlapping; negatives have no spans, positives have some; positive share
~60%; no 8-word window repeated across more than 3 texts; rows are in shuffled order; every
checksummed span type is recomputed (Luhn, IBAN mod-97, GitHub CRC32, national-id check digits);
look-alike negatives (Luhn-failing cards, bad IBANs) really fail their checks.

    python3 validate_heldout_v12.py [path]      exit code 0 = pass
"""
import base64
import binascii
import collections
import json
import os
import re
import sys
import zlib

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def digits(s):
    return re.sub(r"\D", "", s)


def luhn(num):
    if not num.isdigit():
        return False
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        tot += d
    return tot % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def github_ok(s):
    m = re.fullmatch(r"gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})", s)
    if not m:
        return False
    n = zlib.crc32(m.group(1).encode()) & 0xFFFFFFFF
    enc = ""
    while n:
        n, r = divmod(n, 62)
        enc = B62[r] + enc
    return enc.rjust(6, "0") == m.group(2)


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and n != "0000"


def nino_ok(s):
    s = s.replace(" ", "")
    m = re.fullmatch(r"([A-Z])([A-Z])\d{6}[A-D]", s)
    if not m:
        return False
    a, b = m.groups()
    return a not in "DFIQUV" and b not in "DFIOQUV" and a + b not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")


def steuer_ok(s):
    if not re.fullmatch(r"[1-9]\d{10}", s):
        return False
    cnt = collections.Counter(s[:10])
    if sorted(cnt.values())[-1] not in (2, 3) or sum(1 for v in cnt.values() if v > 1) != 1:
        return False
    product = 10
    for ch in s[:10]:
        t = (int(ch) + product) % 10 or 10
        product = (t * 2) % 11
    c = 11 - product
    return (0 if c == 10 else c) == int(s[10])


def nir_ok(s):
    d = s.replace(" ", "")
    if not re.fullmatch(r"[12]\d{14}", d):
        return False
    return 97 - int(d[:13]) % 97 == int(d[13:])


def dni_ok(s):
    m = re.fullmatch(r"(\d{8})([A-Z])", s)
    return bool(m) and "TRWAGMYFPDXBNJZSQVHLCKE"[int(m.group(1)) % 23] == m.group(2)


def nie_ok(s):
    m = re.fullmatch(r"([XYZ])(\d{7})([A-Z])", s)
    return bool(m) and "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(m.group(1))) + m.group(2)) % 23] == m.group(3)


ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def cf_ok(s):
    if not re.fullmatch(r"[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", s):
        return False
    tot = 0
    for i, c in enumerate(s[:15]):
        v = int(c) if c.isdigit() else ord(c) - 65
        tot += ODD[v] if i % 2 == 0 else v  # digits map onto the same odd table as A..J
    return chr(65 + tot % 26) == s[15]


def bsn_ok(s):
    if not re.fullmatch(r"\d{9}", s):
        return False
    return (sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])) % 11 == 0


def cpf_ok(s):
    d = [int(c) for c in digits(s)]
    if len(d) != 11 or len(set(d)) == 1:
        return False
    for n in (9, 10):
        v = sum(d[i] * (n + 1 - i) for i in range(n)) * 10 % 11 % 10
        if v != d[n]:
            return False
    return True


VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
      [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
      [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
      [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def aadhaar_ok(s):
    d = s.replace(" ", "")
    if not re.fullmatch(r"[2-9]\d{11}", d):
        return False
    c = 0
    for i, ch in enumerate(reversed(d)):
        c = VD[c][VP[i % 8][int(ch)]]
    return c == 0


def cn_ok(s):
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(s, w)) % 11] == s[17]


def rrn_ok(s):
    d = s.replace("-", "")
    if not re.fullmatch(r"\d{13}", d):
        return False
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return (11 - sum(int(a) * b for a, b in zip(d, w)) % 11) % 10 == int(d[12])


def se_ok(s):
    m = re.fullmatch(r"(\d{6})[-+](\d{4})", s)
    return bool(m) and luhn(m.group(1) + m.group(2))


def pesel_ok(s):
    if not re.fullmatch(r"\d{11}", s):
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return (10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10 == int(s[10])


def hetu_ok(s):
    m = re.fullmatch(r"(\d{6})[-+ABCDEFYXWVU](\d{3})([0-9A-Y])", s)
    return bool(m) and "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(m.group(1) + m.group(2)) % 31] == m.group(3)


def fnr_ok(s):
    if not re.fullmatch(r"\d{11}", s):
        return False
    d = [int(c) for c in s]
    k1 = 11 - sum(a * b for a, b in zip(d, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
    k2 = 11 - sum(a * b for a, b in zip(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
    k1, k2 = k1 % 11, k2 % 11
    return k1 == d[9] and k2 == d[10]


def be_ok(s):
    d = digits(s)
    if len(d) != 11:
        return False
    c = int(d[9:])
    return 97 - int(d[:9]) % 97 == c or 97 - int("2" + d[:9]) % 97 == c


def sin_ok(s):
    d = digits(s)
    return len(d) == 9 and d[0] not in "08" and luhn(d)


def tfn_ok(s):
    d = digits(s)
    return len(d) == 9 and sum(int(a) * b for a, b in zip(d, [1, 4, 3, 7, 5, 8, 6, 9, 10])) % 11 == 0


def tc_ok(s):
    if not re.fullmatch(r"[1-9]\d{10}", s):
        return False
    d = [int(c) for c in s]
    return ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 == d[9] and sum(d[:10]) % 10 == d[10]


def za_ok(s):
    return bool(re.fullmatch(r"\d{13}", s)) and luhn(s)


def il_ok(s):
    return bool(re.fullmatch(r"\d{9}", s)) and luhn(s)


def rut_ok(s):
    m = re.fullmatch(r"([\d.]+)-([\dK])", s)
    if not m:
        return False
    body = m.group(1).replace(".", "")
    tot = sum(int(c) * [2, 3, 4, 5, 6, 7][i % 6] for i, c in enumerate(reversed(body)))
    r = 11 - tot % 11
    return {11: "0", 10: "K"}.get(r, str(r)) == m.group(2)


def nif_ok(s):
    if not re.fullmatch(r"[125689]\d{8}", s):
        return False
    c = 11 - sum(int(a) * b for a, b in zip(s, range(9, 1, -1))) % 11
    return (0 if c >= 10 else c) == int(s[8])


def mynumber_ok(s):
    d = digits(s)
    if len(d) != 12:
        return False
    tot = sum(int(d[11 - n]) * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
    r = tot % 11
    return (0 if r <= 1 else 11 - r) == int(d[11])


def nric_ok(s):
    m = re.fullmatch(r"([ST])(\d{7})([A-Z])", s)
    if not m:
        return False
    t = sum(int(a) * b for a, b in zip(m.group(2), [2, 7, 6, 5, 4, 3, 2])) + (4 if m.group(1) == "T" else 0)
    return "JZIHGFEDCBA"[t % 11] == m.group(3)


def card_ok(s):
    d = s.replace(" ", "").replace("-", "")
    return 13 <= len(d) <= 19 and luhn(d)


def b64url_json(seg):
    return json.loads(base64.urlsafe_b64decode(seg + "=" * (-len(seg) % 4)))


def jwt_ok(s, unsigned=False):
    parts = s.split(".")
    if len(parts) != 3:
        return False
    try:
        h = b64url_json(parts[0])
        b64url_json(parts[1])
    except (ValueError, binascii.Error):
        return False
    if unsigned:
        return h.get("alg") == "none" and parts[2] == ""
    return "alg" in h and len(parts[2]) > 20


def basic_ok(s):
    try:
        return ":" in base64.b64decode(s, validate=True).decode()
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return False


def pem_ok(s):
    s = s.replace("\\n", "\n")
    m = re.fullmatch(r"-----BEGIN ([A-Z ]+)-----\n[\s\S]+\n-----END \1-----", s)
    return bool(m) and "PRIVATE KEY" in m.group(1)


CHECKS = {
    "credit_card": card_ok,
    "iban": iban_ok,
    "github_pat_classic": github_ok,
    "github_oauth_token": github_ok,
    "github_user_to_server_token": github_ok,
    "github_app_installation_token": github_ok,
    "us_ssn": ssn_ok,
    "uk_nino": nino_ok,
    "de_steuer_id": steuer_ok,
    "fr_nir": nir_ok,
    "es_dni": dni_ok,
    "es_nie": nie_ok,
    "it_codice_fiscale": cf_ok,
    "nl_bsn": bsn_ok,
    "br_cpf": cpf_ok,
    "in_aadhaar": aadhaar_ok,
    "cn_resident_id": cn_ok,
    "kr_rrn": rrn_ok,
    "se_personnummer": se_ok,
    "pl_pesel": pesel_ok,
    "fi_hetu": hetu_ok,
    "no_fodselsnummer": fnr_ok,
    "be_national_number": be_ok,
    "ca_sin": sin_ok,
    "au_tfn": tfn_ok,
    "tr_tc_kimlik": tc_ok,
    "za_id_number": za_ok,
    "il_teudat_zehut": il_ok,
    "cl_rut": rut_ok,
    "pt_nif": nif_ok,
    "jp_my_number": mynumber_ok,
    "sg_nric": nric_ok,
    "jwt": jwt_ok,
    "jwt_unsigned": lambda s: jwt_ok(s, True),
    "basic_auth_credentials": basic_ok,
    "private_key_rsa": pem_ok,
    "private_key_pkcs8": pem_ok,
    "private_key_ec": lambda s: pem_ok(re.sub(r"\n +", "\n", s)),
    "private_key_openssh": pem_ok,
    "private_key_encrypted": pem_ok,
    "private_key_pgp": lambda s: s.startswith("-----BEGIN PGP PRIVATE KEY BLOCK-----") and s.endswith("-----END PGP PRIVATE KEY BLOCK-----"),
    "aws_access_key_id": lambda s: bool(re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", s)),
    "aws_secret_access_key": lambda s: bool(re.fullmatch(r"[A-Za-z0-9/+]{40}", s)),
    "gcp_api_key": lambda s: bool(re.fullmatch(r"AIza[A-Za-z0-9_-]{35}", s)),
    "slack_bot_token": lambda s: bool(re.fullmatch(r"xoxb-\d+-\d+-[A-Za-z0-9]{24}", s)),
    "openai_api_key": lambda s: s.startswith("sk-proj-") and "T3BlbkFJ" in s,
    "anthropic_api_key": lambda s: bool(re.fullmatch(r"sk-ant-api03-[A-Za-z0-9_-]{93}AA", s)),
    "stripe_secret_key": lambda s: s.startswith("sk_live_"),
    "age_secret_key": lambda s: bool(re.fullmatch(r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}", s)),
    "email": lambda s: bool(re.fullmatch(r"[^\s@<>\"]+@[^\s@<>\"]+\.[^\s@<>\".]+", s)),
    "phone": lambda s: len(digits(s)) >= 8 and bool(re.fullmatch(r"\+?[\d()][\d ().-]+\d", s)),
}

# checksummed types whose checks are real check digits (must be present and must pass)
CHECKSUMMED = {"credit_card", "iban", "github_pat_classic", "github_oauth_token", "github_user_to_server_token",
               "github_app_installation_token", "de_steuer_id", "fr_nir", "es_dni", "es_nie", "it_codice_fiscale",
               "nl_bsn", "br_cpf", "in_aadhaar", "cn_resident_id", "kr_rrn", "se_personnummer", "pl_pesel",
               "fi_hetu", "no_fodselsnummer", "be_national_number", "ca_sin", "au_tfn", "tr_tc_kimlik",
               "za_id_number", "il_teudat_zehut", "cl_rut", "pt_nif", "jp_my_number", "sg_nric"}


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout_v12.jsonl")
    errors = []
    rows = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                errors.append("line %d: bad JSON: %s" % (ln, e))
    ids, texts = set(), set()
    checked = collections.Counter()
    for r in rows:
        rid = r.get("id")
        for k in ("id", "text", "spans", "kind", "class", "reason"):
            if k not in r:
                errors.append("%s: missing field %s" % (rid, k))
        if set(r) - {"id", "text", "spans", "kind", "class", "reason"}:
            errors.append("%s: unexpected fields %s" % (rid, set(r) - {"id", "text", "spans", "kind", "class", "reason"}))
        if not re.fullmatch(r"v12_\d{4}", str(rid)):
            errors.append("%s: bad id" % rid)
        if rid in ids:
            errors.append("%s: duplicate id" % rid)
        ids.add(rid)
        t = r["text"]
        if t in texts:
            errors.append("%s: duplicate text" % rid)
        texts.add(t)
        if r["kind"] not in ("positive", "negative"):
            errors.append("%s: bad kind" % rid)
        if "/" not in r["class"] or not r["reason"].strip() or "\n" in r["reason"]:
            errors.append("%s: bad class/reason" % rid)
        if r["kind"] == "negative" and r["spans"]:
            errors.append("%s: negative with spans" % rid)
        if r["kind"] == "positive" and not r["spans"]:
            errors.append("%s: positive without spans" % rid)
        prev_end = -1
        for s in sorted(r["spans"], key=lambda s: s["start"]):
            a, b, ty = s["start"], s["end"], s["type"]
            if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(t)):
                errors.append("%s: span out of range %r" % (rid, s))
                continue
            v = t[a:b]
            if not v.strip() or v != v.strip():
                errors.append("%s: span empty or has surrounding whitespace %r" % (rid, v))
            if a < prev_end:
                errors.append("%s: overlapping spans" % rid)
            prev_end = b
            if ty in CHECKS:
                checked[ty] += 1
                if not CHECKS[ty](v):
                    errors.append("%s: %s value fails its format/checksum: %r" % (rid, ty, v[:80]))
        # look-alike negatives must really fail
        cls = r["class"].split("/")[0]
        if cls == "card_luhn_fail":
            for m in re.finditer(r"\d[\d -]{11,22}\d", t):
                d = re.sub(r"\D", "", m.group())
                if 13 <= len(d) <= 19 and luhn(d):
                    errors.append("%s: card_luhn_fail negative passes Luhn: %s" % (rid, m.group()))
        if cls == "iban_bad_check":
            for m in re.finditer(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]{2,4}){3,8}", t):
                if iban_ok(m.group()):
                    errors.append("%s: iban_bad_check negative passes mod-97: %s" % (rid, m.group()))
    missing = CHECKSUMMED - set(checked)
    if missing:
        errors.append("checksummed types never checked: %s" % sorted(missing))
    # positive share
    npos = sum(1 for r in rows if r["kind"] == "positive")
    share = npos / max(1, len(rows))
    if not 0.55 <= share <= 0.66:
        errors.append("positive share %.3f outside 0.55..0.66" % share)
    # 8-word windows
    win = collections.defaultdict(set)
    for r in rows:
        w = r["text"].split()
        for i in range(len(w) - 7):
            win[" ".join(w[i:i + 8]).lower()].add(r["id"])
    rep = {k: v for k, v in win.items() if len(v) > 3}
    for k, v in sorted(rep.items(), key=lambda kv: -len(kv[1]))[:20]:
        errors.append("8-word window in %d texts: %r (e.g. %s)" % (len(v), k, sorted(v)[:4]))
    # shuffled order: ids sequential; kinds and classes interleaved
    if [r["id"] for r in rows] != ["v12_%04d" % i for i in range(1, len(rows) + 1)]:
        errors.append("ids are not sequential in file order")
    same_cls = sum(1 for x, y in zip(rows, rows[1:]) if x["class"].split("/")[0] == y["class"].split("/")[0])
    kind_changes = sum(1 for x, y in zip(rows, rows[1:]) if x["kind"] != y["kind"])
    expect = 2 * share * (1 - share) * (len(rows) - 1)
    if same_cls > 0.1 * len(rows) or kind_changes < 0.7 * expect:
        errors.append("order does not look shuffled (same-class neighbours %d, kind changes %d, expected ~%.0f)" % (same_cls, kind_changes, expect))
    types = collections.Counter(s["type"] for r in rows for s in r["spans"])
    negc = collections.Counter(r["class"].split("/")[0] for r in rows if r["kind"] == "negative")
    print("rows %d  positives %d (%.1f%%)  negatives %d  spans %d  span types %d  negative classes %d" % (
        len(rows), npos, 100 * share, len(rows) - npos, sum(types.values()), len(types), len(negc)))
    print("format/checksum-verified spans: %d across %d types" % (sum(checked.values()), len(checked)))
    print("max texts sharing an 8-word window: %d" % max((len(v) for v in win.values()), default=0))
    if errors:
        for e in errors[:200]:
            print("ERROR", e)
        print("FAIL (%d errors)" % len(errors))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
