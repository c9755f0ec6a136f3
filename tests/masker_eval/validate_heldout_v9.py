#!/usr/bin/env python3
"""Validate the BLIND held-out masker set v9 (heldout_v9.jsonl).

BLIND SET: do not read its cases or tune anything on it while working on the
masker. This script checks the file's structure and the promises the set makes:

* every record has exactly the keys id, text, spans, kind, class, reason;
* ids are unique; kind is positive/negative; negatives have no spans and
  positives at least one;
* spans are in range, non-empty, non-overlapping, typed, and their text is the
  value (no surrounding whitespace or quotes);
* no text anywhere holds an IPv4 address;
* negatives hold no e-mail address, no valid IBAN, no Luhn-valid run of 13-19
  digits (published test cards excepted), and no phone number that
  phonenumbers.PhoneNumberMatcher accepts for US/GB/DE/FR/IN/BR/JP/AU/ES/IT/NL
  (date/timestamp negatives exempt from the phone check only);
* positives hold no e-mail, IBAN or Luhn-valid card number outside their spans;
* checksummed span types are re-checked (cards: Luhn, IBANs: mod-97, phones:
  is_valid_number, national ids: their check digits, GitHub classic tokens:
  CRC32/base62).

It prints counts per span type and per negative class and exits non-zero on
any failure. It also reports (without failing) how many texts share a run of
8 consecutive words with an earlier text.

Run:  .venv/bin/python tests/masker_eval/validate_heldout_v9.py
"""
from __future__ import annotations

import json
import os
import re
import sys
import zlib
from collections import Counter

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn as std_luhn

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_PATH = os.path.join(HERE, "heldout_v9.jsonl")

KEYS = {"id", "text", "spans", "kind", "class", "reason"}
PHONE_REGIONS = ["US", "GB", "DE", "FR", "IN", "BR", "JP", "AU", "ES", "IT", "NL"]

# Published test card numbers (Stripe / Adyen / Braintree / PayPal docs).
PUBLISHED_TEST_CARDS = {
    "4242424242424242", "4000056655665556", "4111111111111111", "4012888888881881",
    "5555555555554444", "5105105105105100", "2223003122003222", "5200828282828210",
    "378282246310005", "371449635398431", "378734493671000", "6011111111111117",
    "6011000990139424", "3056930009020004", "36227206271667", "3566002020360505",
    "30569309025904", "38520000023237", "6200000000000005", "4000000000000077",
    "4000000000003220", "4000000000009995", "4000002500003155", "4000000000000002",
}

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]*\d)")
DIGIT_RUN_RE = re.compile(r"\d(?:[ -]?\d)*")
IBAN_CAND_RE = re.compile(r"(?<![A-Z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,32}")
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def luhn_ok(digits: str) -> bool:
    return digits.isdigit() and std_luhn.is_valid(digits)


def find_emails(text):
    return [(m.start(), m.end(), m.group()) for m in EMAIL_RE.finditer(text)]


def find_ipv4(text):
    out = []
    for m in IPV4_RE.finditer(text):
        if all(0 <= int(g) <= 255 for g in m.groups()):
            out.append((m.start(), m.end(), m.group()))
    return out


def find_luhn_runs(text, allow_test_cards=True):
    out = []
    for m in DIGIT_RUN_RE.finditer(text):
        d = re.sub(r"\D", "", m.group())
        cands = [(m.start(), m.end(), d)]
        # contiguous sub-runs (no separators) as well
        for s in re.finditer(r"\d+", m.group()):
            if s.group() != d:
                cands.append((m.start() + s.start(), m.start() + s.end(), s.group()))
        for a, b, dd in cands:
            if 13 <= len(dd) <= 19 and luhn_ok(dd):
                if allow_test_cards and dd in PUBLISHED_TEST_CARDS:
                    continue
                out.append((a, b, dd))
    return out


def find_ibans(text):
    out = []
    for m in IBAN_CAND_RE.finditer(text):
        raw = m.group()
        compact = raw.replace(" ", "")
        for n in range(len(compact), 14, -1):
            if std_iban.is_valid(compact[:n]):
                # map back to an end offset in the text
                seen, end = 0, m.start()
                for i, ch in enumerate(raw):
                    if ch != " ":
                        seen += 1
                    if seen == n:
                        end = m.start() + i + 1
                        break
                out.append((m.start(), end, compact[:n]))
                break
    return out


def find_phones(text):
    out = []
    for region in PHONE_REGIONS:
        for m in phonenumbers.PhoneNumberMatcher(text, region):
            out.append((m.start, m.end, m.raw_string, region))
    return out


def github_classic_ok(tok: str) -> bool:
    body = tok.split("_", 1)[1]
    rand, chk = body[:-6], body[-6:]
    n = zlib.crc32(rand.encode())
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(6, "0") == chk


def national_id_ok(typ: str, value: str) -> bool:
    if typ == "us_ssn":
        from stdnum.us import ssn
        return ssn.is_valid(value)
    if typ == "uk_nino":
        v = value.replace(" ", "")
        return bool(re.fullmatch(r"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v))
    mods = {
        "de_steuer_id": "stdnum.de.idnr", "fr_nir": "stdnum.fr.nir", "es_dni": "stdnum.es.dni",
        "es_nie": "stdnum.es.nie", "it_codice_fiscale": "stdnum.it.codicefiscale",
        "nl_bsn": "stdnum.nl.bsn", "br_cpf": "stdnum.br.cpf", "in_aadhaar": "stdnum.in_.aadhaar",
        "pl_pesel": "stdnum.pl.pesel", "ca_sin": "stdnum.ca.sin", "se_personnummer": "stdnum.se.personnummer",
    }
    if typ in mods:
        import importlib
        return importlib.import_module(mods[typ]).is_valid(value)
    return True


def covered(spans, a, b):
    return any(s["start"] < b and a < s["end"] for s in spans)


def check(records):
    errors = []
    ids = Counter(r.get("id") for r in records)
    for k, v in ids.items():
        if v > 1:
            errors.append(f"duplicate id {k}")
    for r in records:
        rid = r.get("id")
        if set(r) != KEYS:
            errors.append(f"{rid}: keys {sorted(r)}")
            continue
        text, spans, kind = r["text"], r["spans"], r["kind"]
        if not isinstance(text, str) or not text:
            errors.append(f"{rid}: empty text")
        if kind not in ("positive", "negative"):
            errors.append(f"{rid}: bad kind {kind}")
        if not r["class"] or not r["reason"]:
            errors.append(f"{rid}: class/reason missing")
        for ip in find_ipv4(text):
            errors.append(f"{rid}: IPv4 {ip}")
        if kind == "negative":
            if spans:
                errors.append(f"{rid}: negative with spans")
            for e in find_emails(text):
                errors.append(f"{rid}: negative holds e-mail {e}")
            for e in find_ibans(text):
                errors.append(f"{rid}: negative holds IBAN {e}")
            for e in find_luhn_runs(text):
                errors.append(f"{rid}: negative holds Luhn-valid run {e}")
            if not (r["class"].startswith("date") or r["class"].startswith("timestamp")):
                for e in find_phones(text):
                    errors.append(f"{rid}: negative holds phone {e}")
            continue
        if not spans:
            errors.append(f"{rid}: positive without spans")
        prev_end = -1
        for s in sorted(spans, key=lambda s: s["start"]):
            if set(s) != {"start", "end", "type"}:
                errors.append(f"{rid}: span keys {s}")
                continue
            a, b, t = s["start"], s["end"], s["type"]
            if not (0 <= a < b <= len(text)):
                errors.append(f"{rid}: span out of range {s}")
                continue
            if a < prev_end:
                errors.append(f"{rid}: overlapping spans")
            prev_end = b
            v = text[a:b]
            if v != v.strip() or v[0] in "\"'`" and not t.startswith("password") and not t.startswith("generic"):
                errors.append(f"{rid}: span {t} has edge whitespace/quote {v!r}")
            if t == "credit_card":
                if not luhn_ok(re.sub(r"\D", "", v)) or re.sub(r"\D", "", v) in PUBLISHED_TEST_CARDS:
                    errors.append(f"{rid}: bad card {v}")
            elif t == "iban":
                if not std_iban.is_valid(v):
                    errors.append(f"{rid}: bad IBAN {v}")
            elif t == "phone":
                region = next((x for x in r["class"].split("/") if len(x) == 2 and x.isupper()), None)
                try:
                    ok = phonenumbers.is_valid_number(phonenumbers.parse(v, region))
                except phonenumbers.NumberParseException:
                    ok = False
                if not ok:
                    errors.append(f"{rid}: bad phone {v} ({region})")
            elif t == "email":
                if not EMAIL_RE.fullmatch(v):
                    errors.append(f"{rid}: bad e-mail {v}")
            elif t == "github_token" and re.fullmatch(r"gh[pousr]_[A-Za-z0-9]{36}", v):
                if not github_classic_ok(v):
                    errors.append(f"{rid}: bad GitHub checksum {v}")
            elif not national_id_ok(t, v):
                errors.append(f"{rid}: bad national id {t} {v}")
        for a, b, e in find_emails(text):
            if not covered(spans, a, b):
                errors.append(f"{rid}: unspanned e-mail {e}")
        for a, b, e in find_ibans(text):
            if not covered(spans, a, b):
                errors.append(f"{rid}: unspanned IBAN {e}")
        for a, b, e in find_luhn_runs(text):
            if not covered(spans, a, b):
                errors.append(f"{rid}: unspanned Luhn-valid run {e}")
    return errors


def overlap_report(records, n=8):
    seen = {}
    shared = 0
    for r in records:
        toks = r["text"].split()
        grams = {tuple(toks[i:i + n]) for i in range(len(toks) - n + 1)}
        if any(g in seen for g in grams):
            shared += 1
        for g in grams:
            seen.setdefault(g, r["id"])
    return shared


def main(path=DEFAULT_PATH):
    with open(path, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    errors = check(records)
    pos = [r for r in records if r.get("kind") == "positive"]
    neg = [r for r in records if r.get("kind") == "negative"]
    span_types = Counter(s["type"] for r in pos for s in r["spans"])
    neg_classes = Counter(r["class"] for r in neg)
    print(f"texts: {len(records)}  positives: {len(pos)}  negatives: {len(neg)}  "
          f"spans: {sum(span_types.values())}")
    print("spans per type:")
    for t, c in sorted(span_types.items()):
        print(f"  {t:28s} {c}")
    print("negatives per class:")
    for t, c in sorted(neg_classes.items()):
        print(f"  {t:28s} {c}")
    print(f"texts sharing an 8-word run with an earlier text (informational): {overlap_report(records)}")
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors[:200]:
            print("  " + e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
