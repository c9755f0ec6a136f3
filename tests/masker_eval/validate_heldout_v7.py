"""Validator for heldout_v7.jsonl: fields, labels, duplicates, offsets, and independent checksum
re-computation (python-stdnum / phonenumbers where available, plus own code). Never executes case text.
Run: .venv/bin/python tests/masker_eval/validate_heldout_v7.py
"""
import collections
import json
import os
import re
import sys
import zlib

import phonenumbers
from stdnum import iban as s_iban, luhn as s_luhn, verhoeff as s_verhoeff
from stdnum.br import cnpj as s_cnpj, cpf as s_cpf
from stdnum.ca import sin as s_sin
from stdnum.de import idnr as s_idnr
from stdnum.es import dni as s_dni, nie as s_nie
from stdnum.fr import nir as s_nir
from stdnum.in_ import aadhaar as s_aadhaar
from stdnum.it import codicefiscale as s_cf
from stdnum.nl import bsn as s_bsn
from stdnum.pl import pesel as s_pesel
from stdnum.se import personnummer as s_pnr
from stdnum.au import tfn as s_tfn
from stdnum.us import ssn as s_ssn

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout_v7.jsonl")
KEYS = {"text", "spans", "class", "source", "reason"}
NEG = {"hash", "uuid", "version", "lockfile_integrity", "example_key", "placeholder", "order_number",
       "test_card_in_docs", "code", "log_line", "prose", "iban_like", "phone_like", "base64_data", "config_reference"}
REGIONS = ["US", "CA", "GB", "DE", "FR", "IN", "BR", "JP", "AU", "ES", "IT", "NL", "PL", "SE", "MX", "IE", "CH",
           "ZA", "SG", "KR", "NG", "AR", "TR"]
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
TEST_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444", "378282246310005", "4000056655665556",
              "5105105105105100", "6011111111111117", "4012888888881881", "371449635398431", "3566002020360505",
              "4000000000000002"}


def digits(s):
    return re.sub(r"\D", "", s)


def phone_ok(v):
    for r in REGIONS:
        try:
            n = phonenumbers.parse(v, r)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(n):
            return True
    return False


def nino_ok(v):
    v = v.replace(" ", "")
    return bool(re.fullmatch(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v))


def medicare_ok(v):
    s = digits(v)
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    return len(s) == 10 and s[0] in "23456" and sum(int(a) * b for a, b in zip(s, w)) % 10 == int(s[8])


def mynumber_ok(v):
    s = digits(v)
    if len(s) != 12:
        return False
    body = [int(c) for c in s[:11]][::-1]
    tot = sum(p * (n + 1 if n <= 6 else n - 5) for n, p in enumerate(body, start=1))
    r = tot % 11
    return int(s[11]) == (0 if r <= 1 else 11 - r)


def gh_ok(v):
    m = re.fullmatch(r"gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})", v)
    if not m:
        return v.startswith("github_pat_") and len(v) == 93
    n, out = zlib.crc32(m.group(1).encode()) & 0xFFFFFFFF, ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(6, "0") == m.group(2)


CHECKS = {
    "credit_card": lambda v: s_luhn.is_valid(digits(v)) and 13 <= len(digits(v)) <= 19 and digits(v) not in TEST_CARDS,
    "iban": lambda v: s_iban.is_valid(v),
    "us_ssn": lambda v: s_ssn.is_valid(digits(v)),
    "uk_nino": nino_ok,
    "de_steuer_id": lambda v: s_idnr.is_valid(v),
    "fr_nir": lambda v: s_nir.is_valid(v),
    "es_dni": lambda v: s_dni.is_valid(v),
    "es_nie": lambda v: s_nie.is_valid(v),
    "it_codice_fiscale": lambda v: s_cf.is_valid(v),
    "nl_bsn": lambda v: s_bsn.is_valid(v),
    "pl_pesel": lambda v: s_pesel.is_valid(v),
    "in_aadhaar": lambda v: s_aadhaar.is_valid(v) and s_verhoeff.is_valid(digits(v)),
    "au_tfn": lambda v: s_tfn.is_valid(v),
    "au_medicare": medicare_ok,
    "jp_my_number": mynumber_ok,
    "br_cpf": lambda v: s_cpf.is_valid(v),
    "br_cnpj": lambda v: s_cnpj.is_valid(v),
    "ca_sin": lambda v: s_sin.is_valid(v),
    "se_personnummer": lambda v: s_pnr.is_valid(v),
    "phone": phone_ok,
    "email": lambda v: bool(re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", v)),
    "github_token": gh_ok,
    "aws_access_key_id": lambda v: bool(re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v)) and "EXAMPLE" not in v,
    "aws_secret_key": lambda v: len(v) == 40 and "EXAMPLE" not in v,
}


def main():
    errs = []
    seen = set()
    cnt = collections.Counter()
    types = collections.Counter()
    with open(PATH, encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    for i, line in enumerate(lines, 1):
        rec = json.loads(line)
        if set(rec) != KEYS:
            errs.append((i, "keys", sorted(rec)))
            continue
        t, spans, cls = rec["text"], rec["spans"], rec["class"]
        if t in seen:
            errs.append((i, "duplicate"))
        seen.add(t)
        if rec["source"] not in ("agent", "public") or not rec["reason"]:
            errs.append((i, "source/reason"))
        cnt[(rec["source"], cls)] += 1
        if spans and cls != "positive":
            errs.append((i, "spans on negative"))
        if not spans and cls == "positive":
            errs.append((i, "positive without spans"))
        if cls != "positive" and cls not in NEG:
            errs.append((i, "unknown class", cls))
        prev = -1
        for s in sorted(spans, key=lambda x: x["start"]):
            if set(s) != {"start", "end", "type"}:
                errs.append((i, "span keys"))
                continue
            a, b, ty = s["start"], s["end"], s["type"]
            if not (0 <= a < b <= len(t)) or a < prev:
                errs.append((i, "offsets", a, b))
                continue
            prev = b
            v = t[a:b]
            types[ty] += 1
            if v != v.strip() or v[0] in "\"'" or v[-1] in "\"'":
                errs.append((i, "span edge", repr(v)))
            if ty in CHECKS and not CHECKS[ty](v):
                errs.append((i, "checksum/format", ty, v))
            if "EXAMPLE" in v:
                errs.append((i, "example value as span", v))
        if cls != "positive":
            if re.search(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]{2,}", t):
                errs.append((i, "email-like in negative"))
            if re.search(r"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b", t):
                errs.append((i, "IP-like in negative"))
            for m in re.finditer(r"(?<![\w-])\d[\d -]{11,22}\d(?![\w-])", t):
                ds = digits(m.group())
                if 13 <= len(ds) <= 19 and s_luhn.is_valid(ds) and ds not in TEST_CARDS:
                    errs.append((i, "Luhn-valid number in negative", ds))
            for m in re.finditer(r"(?<![\w])\d{9,15}(?!\w)", t):
                ds = m.group()
                for nm, f in (("cnpj", s_cnpj.is_valid), ("nir", s_nir.is_valid), ("aadhaar", s_aadhaar.is_valid),
                              ("bsn", s_bsn.is_valid), ("tfn", s_tfn.is_valid), ("sin", s_sin.is_valid)):
                    try:
                        ok = f(ds)
                    except Exception:
                        ok = False
                    if ok and cls not in ("hash", "uuid", "lockfile_integrity", "base64_data", "log_line"):
                        errs.append((i, "national-id-valid number in negative", nm, ds))
            if re.search(r"(?<![\w.])[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b", t):
                for m in re.finditer(r"(?<![\w.])[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b", t):
                    if s_iban.is_valid(m.group()):
                        errs.append((i, "valid IBAN in negative", m.group()))
    for e in errs[:60]:
        print("ERR", e)
    print("records", len(lines), "errors", len(errs))
    for k, v in sorted(cnt.items()):
        print(k, v)
    print(dict(types.most_common()))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
