#!/usr/bin/env python
"""Validate heldout_v8.jsonl: structure, span edges and every checksum, recomputed
independently of the generator.  Exits non-zero on any error.

Run:  .venv/bin/python tests/masker_eval/validate_heldout_v8.py
"""
import base64
import binascii
import collections
import json
import os
import re
import sys
import zlib

import phonenumbers
from stdnum import iban as std_iban
from stdnum.us import ssn as us_ssn
from stdnum.de import idnr as de_idnr
from stdnum.fr import nir as fr_nir
from stdnum.es import dni as es_dni, nie as es_nie
from stdnum.it import codicefiscale as it_cf
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import pesel as pl_pesel
from stdnum.in_ import aadhaar as in_aadhaar
from stdnum.au import tfn as au_tfn
from stdnum.jp import in_ as jp_in
from stdnum.br import cpf as br_cpf, cnpj as br_cnpj
from stdnum.ca import sin as ca_sin
from stdnum.se import personnummer as se_pnr
from stdnum.dk import cpr as dk_cpr
from stdnum.no import fodselsnummer as no_fnr
from stdnum.fi import hetu as fi_hetu
from stdnum.be import nn as be_nn
from stdnum.ch import ssn as ch_ssn

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout_v8.jsonl")
KEYS = {"id", "text", "spans", "kind", "class", "reason"}
TEST_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444", "5105105105105100", "378282246310005",
              "371449635398431", "6011111111111117", "6011000990139424", "3530111333300000", "3566002020360505",
              "4012888888881881", "4000056655665556", "5200828282828210", "30569309025904", "38520000023237",
              "4000000000000002", "4000000000009995", "4000000000003220", "2223003122003222", "6200000000000005",
              "36227206271667"}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}\b")
IPV4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
DIGITRUN_RE = re.compile(r"\d+(?:[ -]\d+)*")
errors = []


def err(rid, msg):
    errors.append("%s: %s" % (rid, msg))


def luhn(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def mod97(v):
    v = v.replace(" ", "")
    r = v[4:] + v[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def luhn_runs(text):
    """Luhn-valid 13-19 digit sequences (group-aligned windows of digit runs), minus published test cards."""
    hits = []
    for m in DIGITRUN_RE.finditer(text):
        groups = re.split(r"[ -]", m.group(0))
        for i in range(len(groups)):
            acc = ""
            for j in range(i, len(groups)):
                acc += groups[j]
                if 13 <= len(acc) <= 19 and luhn(acc) and acc not in TEST_CARDS:
                    hits.append(acc)
                if len(acc) > 19:
                    break
    return hits


def valid_ibans(text):
    out = []
    for m in IBAN_RE.finditer(text):
        s = m.group(0)
        for end in range(len(s), 14, -1):  # grouped IBANs may run into following text
            c = s[:end].replace(" ", "")
            if 15 <= len(c) <= 34 and std_iban.is_valid(c) and mod97(c):
                out.append(c)
                break
    return out


B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def b62(n, w=6):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(w, "0")


def medicare(v):
    s = v.replace(" ", "")
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    return len(s) == 10 and s[0] in "23456" and sum(int(a) * b for a, b in zip(s[:8], w)) % 10 == int(s[8])


def nino(v):
    s = v.replace(" ", "")
    return bool(re.fullmatch(r"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s))


NID_CHECK = {
    "ssn_dashes": lambda v: re.fullmatch(r"\d{3}-\d{2}-\d{4}", v) and us_ssn.is_valid(v.replace("-", "")),
    "ssn_spaces": lambda v: re.fullmatch(r"\d{3} \d{2} \d{4}", v) and us_ssn.is_valid(v.replace(" ", "")),
    "ssn_dots": lambda v: re.fullmatch(r"\d{3}\.\d{2}\.\d{4}", v) and us_ssn.is_valid(v.replace(".", "")),
    "nino": nino, "steuer": de_idnr.is_valid, "nir": lambda v: fr_nir.is_valid(v.replace(" ", "")),
    "dni": es_dni.is_valid, "nie": es_nie.is_valid, "cf": it_cf.is_valid, "bsn": nl_bsn.is_valid,
    "pesel": pl_pesel.is_valid, "aadhaar": in_aadhaar.is_valid, "tfn": au_tfn.is_valid, "medicare": medicare,
    "mynumber": jp_in.is_valid, "cpf": br_cpf.is_valid, "cnpj": br_cnpj.is_valid, "sin": ca_sin.is_valid,
    "pnr": se_pnr.is_valid, "cpr": dk_cpr.is_valid, "fnr": no_fnr.is_valid, "hetu": fi_hetu.is_valid,
    "be_nn": be_nn.is_valid, "ahv": ch_ssn.is_valid,
}


COMBO_REGIONS = {"combo/hr-record-us": ["US"], "combo/letter-de": ["DE"], "combo/form-br": ["BR"], "combo/tsv-nl": ["NL"],
                 "combo/kyc-in": ["IN"], "combo/dossier-fr": ["FR"], "combo/sql-insert": ["GB"],
                 "combo/python-fixture": ["ES"], "combo/prose-mixed": ["AU"]}


def _safe(f, v):
    try:
        return f(v)
    except Exception:
        return False


def b64url_json(seg):
    return json.loads(base64.urlsafe_b64decode(seg + "=" * (-len(seg) % 4)))


def check_value(rid, cls, typ, v):
    if typ == "payment_card":
        d = re.sub(r"[ -]", "", v)
        if not (d.isdigit() and 13 <= len(d) <= 19 and luhn(d)) or d in TEST_CARDS:
            err(rid, "bad card %r" % v)
    elif typ == "iban":
        c = v.replace(" ", "")
        if not (std_iban.is_valid(c) and mod97(c)):
            err(rid, "bad iban %r" % v)
    elif typ == "national_id":
        if cls.startswith("combo/"):  # mixed records: the value must pass the check of some id kind
            ok = any(f(v) for f in NID_CHECK.values() if _safe(f, v))
        else:
            key = cls.split("/")[1].split("-", 1)[1]
            ok = NID_CHECK[key](v)
        if not ok:
            err(rid, "bad national id %s %r" % (key, v))
    elif typ == "phone":
        regions = COMBO_REGIONS.get(cls, []) if cls.startswith("combo/") else [cls.split("/")[1]]
        ok = False
        for region in regions:
            try:
                ok = ok or phonenumbers.is_valid_number(phonenumbers.parse(v, region))
            except phonenumbers.NumberParseException:
                pass
        if not ok:
            err(rid, "bad phone %s %r" % (region, v))
    elif typ == "email":
        if not EMAIL_RE.fullmatch(v):
            err(rid, "bad email %r" % v)
    elif typ == "github_token":
        m = re.fullmatch(r"gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})", v)
        if m:
            if b62(zlib.crc32(m.group(1).encode()) & 0xFFFFFFFF) != m.group(2):
                err(rid, "github crc32 mismatch %r" % v)
        elif not re.fullmatch(r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}", v):
            err(rid, "bad github token %r" % v)
    elif typ == "private_key":
        if not re.match(r"-----BEGIN [A-Z ]*PRIVATE KEY( BLOCK)?-----", v) or not re.search(r"-----END [A-Z ]*PRIVATE KEY( BLOCK)?-----$", v):
            err(rid, "bad private key block")
    elif typ == "jwt":
        parts = v.split(".")
        if len(parts) != 3:
            err(rid, "jwt parts")
            return
        try:
            h = b64url_json(parts[0])
            b64url_json(parts[1])
        except Exception:
            err(rid, "jwt not decodable")
            return
        if (h.get("alg") == "none") != (parts[2] == ""):
            err(rid, "jwt unsigned/trailing-dot mismatch")
    elif typ == "aws_access_key_id":
        if not re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v):
            err(rid, "bad aws id")
    elif typ == "aws_secret_access_key":
        if not re.fullmatch(r"[A-Za-z0-9+/]{40}", v):
            err(rid, "bad aws secret")
    elif typ == "azure_storage_key":
        if len(base64.b64decode(v)) != 64:
            err(rid, "bad azure key")
    elif typ == "basic_auth":
        raw = base64.b64decode(v).decode()
        if ":" not in raw:
            err(rid, "basic auth without colon")
    elif typ == "slack_webhook":
        if not re.fullmatch(r"T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{24}", v):
            err(rid, "bad slack webhook path")
    elif typ == "gitlab_token":
        if not re.fullmatch(r"gl(pat|ft|dt|rt)-[A-Za-z0-9_-]{20}|glptt-[0-9a-f]{40}", v):
            err(rid, "bad gitlab token")
    elif typ == "stripe_key":
        if not re.fullmatch(r"(sk|rk)_live_[A-Za-z0-9]{24,99}|whsec_[A-Za-z0-9]{32}", v):
            err(rid, "bad stripe key")


PHONE_REGIONS_NEG = ["US", "GB", "DE", "FR", "IN", "BR", "JP", "AU", "ES", "IT", "NL"]


def main():
    rows = [json.loads(l) for l in open(PATH, encoding="utf-8")]
    ids, texts = set(), set()
    per_type, per_class_pos, per_class_neg = collections.Counter(), collections.Counter(), collections.Counter()
    kinds = collections.Counter()
    for n, r in enumerate(rows, 1):
        rid = r.get("id")
        if set(r) != KEYS:
            err(rid, "keys %s" % sorted(r))
            continue
        if rid != "v8-%04d" % n or rid in ids:
            err(rid, "id out of sequence or duplicate")
        ids.add(rid)
        if r["text"] in texts:
            err(rid, "duplicate text")
        texts.add(r["text"])
        kinds[r["kind"]] += 1
        t = r["text"]
        for m in IPV4_RE.finditer(t):  # the set holds no IP addresses at all (they ship off by default)
            if all(int(x) <= 255 for x in m.group(0).split(".")):
                err(rid, "IPv4 address %s" % m.group(0))
        if r["kind"] == "negative":
            per_class_neg[r["class"]] += 1
            if r["spans"]:
                err(rid, "negative with spans")
            if EMAIL_RE.search(t):
                err(rid, "negative contains e-mail %r" % EMAIL_RE.search(t).group(0))
            for h in luhn_runs(t):
                err(rid, "negative contains Luhn-valid run %s" % h)
            for h in valid_ibans(t):
                err(rid, "negative contains valid IBAN %s" % h)
            for reg in PHONE_REGIONS_NEG:
                for m in phonenumbers.PhoneNumberMatcher(t, reg, leniency=phonenumbers.Leniency.VALID):
                    if re.fullmatch(r"\d{2}\.\d{2}\.\d{4}", m.raw_string):
                        continue  # dd.mm.yyyy dates are deliberate phone-like negatives
                    err(rid, "negative contains a number valid as a %s phone: %r" % (reg, m.raw_string))
            continue
        if r["kind"] != "positive":
            err(rid, "kind %r" % r["kind"])
            continue
        per_class_pos[r["class"]] += 1
        if not r["spans"]:
            err(rid, "positive without spans")
        prev = 0
        for s in r["spans"]:
            a, b, typ = s["start"], s["end"], s["type"]
            if set(s) != {"start", "end", "type"} or not (0 <= a < b <= len(t)) or a < prev:
                err(rid, "bad span %s" % s)
                continue
            prev = b
            v = t[a:b]
            if v != v.strip() or v[0] in "\"'`" or v[-1] in "\"'`":
                err(rid, "span edge whitespace/quote %r" % v[:20])
            if a > 0 and t[a - 1].isalnum() and typ not in ("sentry_dsn",) and not t[:a].endswith(("bot",)):
                err(rid, "span starts inside a word: %r" % t[max(0, a - 10):a + 10])
            if b < len(t) and (t[b].isalnum() or t[b] in "_"):
                err(rid, "span ends inside a word: %r" % t[b - 10:b + 10])
            per_type[typ] += 1
            check_value(rid, r["class"], typ, v)
        # the unspanned rest of a positive must not hide another address, card or IBAN
        masked = list(t)
        for s in r["spans"]:
            for i in range(s["start"], s["end"]):
                masked[i] = "\x00"
        rest = "".join(masked)
        for m in EMAIL_RE.finditer(rest):
            err(rid, "unspanned e-mail %r" % m.group(0))
        for h in luhn_runs(rest):
            err(rid, "unspanned Luhn-valid run %s" % h)
        for h in valid_ibans(rest):
            err(rid, "unspanned valid IBAN %s" % h)
    print("texts: %d  (%s)" % (len(rows), ", ".join("%s %d" % kv for kv in sorted(kinds.items()))))
    print("\nspans per type (%d):" % sum(per_type.values()))
    for k, v in sorted(per_type.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-24s %d" % (k, v))
    print("\npositive texts per type family:")
    fam = collections.Counter(c.split("/")[0] for c in per_class_pos.elements())
    for k, v in sorted(fam.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-24s %d" % (k, v))
    print("\nnegative texts per class:")
    for k, v in sorted(per_class_neg.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-24s %d" % (k, v))
    if "-v" in sys.argv:
        print("\npositive classes:")
        for k, v in sorted(per_class_pos.items()):
            print("  %-50s %d" % (k, v))
    if errors:
        print("\n%d ERRORS" % len(errors))
        for e in errors[:200]:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
