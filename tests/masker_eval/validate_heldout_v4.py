"""Validator for tests/masker_eval/heldout_v4.jsonl (blind masker set v4).

Checks structure, labels, duplicates and offsets, and recomputes every checksum
independently of the generator (python-stdnum, phonenumbers, binascii, own regexes).
It never executes a case's content and never runs the masker.
"""
import base64
import binascii
import json
import os
import re
import sys
from collections import Counter

import phonenumbers
from stdnum import iban as s_iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.ca import sin
from stdnum.ch import ssn as ch_ssn
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jp_in
from stdnum.nl import bsn
from stdnum.no import fodselsnummer
from stdnum.pl import pesel
from stdnum.se import personnummer
from stdnum.au import tfn
from stdnum.us import ssn as us_ssn

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout_v4.jsonl")
KEYS = {"text", "spans", "class", "source", "reason"}
TEST_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444", "378282246310005", "4000056655665556",
              "5105105105105100", "6011111111111117", "4012888888881881", "371449635398431", "3530111333300000",
              "4000000000000002", "2223003122003222", "6011000990139424", "30569309025904", "38520000023237"}
REGIONS = ["US", "CA", "GB", "DE", "FR", "ES", "IT", "NL", "IN", "AU", "JP", "BR", "SE", "PL", "MX", "ZA", "SG", "CH", "IE"]
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

FORMATS = {
    "aws_access_key_id": r"(AKIA|ASIA)[A-Z2-7]{16}",
    "aws_secret_key": r"[A-Za-z0-9/+]{40}",
    "gitlab_token": r"(glpat-|glft-|gldt-|glrt-|GR1348941)[A-Za-z0-9_-]{20}|glptt-[0-9a-f]{40}",
    "slack_token": r"xoxb-\d{11}-\d{13}-[A-Za-z0-9]{24}|xoxp-\d{11}-\d{11}-\d{13}-[0-9a-f]{32}|xapp-1-A[A-Z0-9]{10}-\d{13}-[0-9a-f]{64}",
    "slack_webhook": r"https://hooks\.slack\.com/services/T[A-Z0-9]{8}/B[A-Z0-9]{10}/[A-Za-z0-9]{24}",
    "stripe_key": r"(sk|rk)_live_51[A-Za-z0-9]{96,99}|whsec_[A-Za-z0-9]{32}",
    "openai_key": r"sk-(proj-|svcacct-)[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}|sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}",
    "anthropic_key": r"sk-ant-(api03|admin01)-[A-Za-z0-9_-]{93}AA",
    "google_api_key": r"AIza[A-Za-z0-9_-]{35}",
    "google_oauth_secret": r"GOCSPX-[A-Za-z0-9_-]{28}",
    "twilio_key": r"SK[0-9a-f]{32}",
    "twilio_auth_token": r"[0-9a-f]{32}",
    "sendgrid_key": r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}",
    "mailgun_key": r"key-[0-9a-f]{32}",
    "pypi_token": r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}",
    "shopify_token": r"shp(at|ss|ca)_[0-9a-f]{32}",
    "digitalocean_token": r"do[op]_v1_[0-9a-f]{64}",
    "telegram_bot_token": r"\d{10}:AA[A-Za-z0-9_-]{33}",
    "huggingface_token": r"hf_[A-Za-z]{34}",
    "datadog_key": r"[0-9a-f]{32}|[0-9a-f]{40}",
    "heroku_key": r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
    "terraform_token": r"[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9]{67}",
    "vault_token": r"hvs\.[A-Za-z0-9_-]{24,}",
    "age_secret_key": r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}",
    "discord_webhook": r"https://discord\.com/api/webhooks/\d{18}/[A-Za-z0-9_-]{68}",
    "azure_storage_key": r"[A-Za-z0-9+/]{86}==",
}


def gh_ok(tok):
    body, chk = tok[4:34], tok[34:]
    n = binascii.crc32(body.encode()) & 0xFFFFFFFF
    enc = ""
    while n:
        n, r = divmod(n, 62)
        enc = B62[r] + enc
    return len(tok) == 40 and enc.rjust(6, "0") == chk


def phone_ok(v):
    for reg in REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(v, reg)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def medicare_ok(v):
    s = re.sub(r"\D", "", v)
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    return len(s) == 10 and s[0] in "23456" and sum(int(c) * x for c, x in zip(s, w)) % 10 == int(s[8])


def nino_ok(v):
    s = v.replace(" ", "")
    m = re.fullmatch(r"([A-Z])([A-Z])\d{6}[A-D]", s)
    return bool(m) and m.group(1) not in "DFIQUV" and m.group(2) not in "DFIOQUV" and s[:2] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")


def jwt_ok(v):
    parts = v.split(".")
    if len(parts) != 3:
        return False
    for p in parts[:2]:
        json.loads(base64.urlsafe_b64decode(p + "=" * (-len(p) % 4)))
    return parts[2] != "" or json.loads(base64.urlsafe_b64decode(parts[0] + "==="))["alg"] == "none"


CHECKS = {
    "credit_card": lambda v: luhn.is_valid(re.sub(r"[ -]", "", v)) and re.sub(r"[ -]", "", v) not in TEST_CARDS and 13 <= len(re.sub(r"[ -]", "", v)) <= 19,
    "iban": lambda v: s_iban.is_valid(v),
    "us_ssn": lambda v: us_ssn.is_valid(re.sub(r"[ .-]", "", v)),
    "uk_nino": nino_ok,
    "de_steuer_id": idnr.is_valid,
    "fr_nir": nir.is_valid,
    "es_dni": dni.is_valid,
    "es_nie": nie.is_valid,
    "it_codice_fiscale": codicefiscale.is_valid,
    "nl_bsn": bsn.is_valid,
    "pl_pesel": pesel.is_valid,
    "in_aadhaar": aadhaar.is_valid,
    "in_pan": pan.is_valid,
    "au_tfn": tfn.is_valid,
    "au_medicare": medicare_ok,
    "jp_my_number": jp_in.is_valid,
    "br_cpf": cpf.is_valid,
    "br_cnpj": cnpj.is_valid,
    "ca_sin": sin.is_valid,
    "se_personnummer": personnummer.is_valid,
    "fi_hetu": hetu.is_valid,
    "no_fodselsnummer": fodselsnummer.is_valid,
    "ch_ahv": ch_ssn.is_valid,
    "phone": phone_ok,
    "email": lambda v: EMAIL.fullmatch(v) is not None,
    "jwt": jwt_ok,
    "private_key": lambda v: v.startswith("-----BEGIN ") and "PRIVATE KEY" in v.split("-----")[1] and v.endswith("-----"),
    "github_token": lambda v: gh_ok(v) if v[:4] in ("ghp_", "gho_", "ghu_", "ghs_", "ghr_") else re.fullmatch(r"github_pat_11[A-Z0-9]{20}_[A-Za-z0-9]{59}", v) is not None,
    "npm_token": lambda v: v.startswith("npm_") and gh_ok(v),
}


def main():
    errs = []
    rows = [json.loads(line) for line in open(PATH, encoding="utf-8")]
    texts = Counter(r["text"] for r in rows)
    for t, n in texts.items():
        if n > 1:
            errs.append("duplicate text: %r" % t[:60])
    counts, types = Counter(), Counter()
    for i, r in enumerate(rows):
        where = "line %d" % (i + 1)
        if set(r) != KEYS:
            errs.append("%s: keys %s" % (where, sorted(r)))
            continue
        if r["source"] not in ("agent", "public") or not r["reason"].strip() or not r["text"]:
            errs.append("%s: bad source/reason/text" % where)
        text, spans = r["text"], r["spans"]
        if bool(spans) != (r["class"] == "positive"):
            errs.append("%s: class %s vs %d spans" % (where, r["class"], len(spans)))
        if IPV4.search(text):
            errs.append("%s: contains an IPv4-looking address" % where)
        last = 0
        for s in sorted(spans, key=lambda s: s["start"]):
            if set(s) != {"start", "end", "type"} or not (0 <= s["start"] < s["end"] <= len(text)) or s["start"] < last:
                errs.append("%s: bad/overlapping span %s" % (where, s))
                continue
            last = s["end"]
            v = text[s["start"]:s["end"]]
            if v != v.strip() or v[0] in "\"'" or v[-1] in "\"'":
                errs.append("%s: span has whitespace or quotes: %r" % (where, v[:40]))
            types[s["type"]] += 1
            ok = True
            try:
                if s["type"] in CHECKS:
                    ok = bool(CHECKS[s["type"]](v))
                elif s["type"] in FORMATS:
                    ok = re.fullmatch(FORMATS[s["type"]], v) is not None
            except Exception as exc:  # noqa: BLE001
                ok = False
                errs.append("%s: check raised %r" % (where, exc))
            if not ok:
                errs.append("%s: %s fails its check: %r" % (where, s["type"], v[:60]))
        if r["class"] != "positive":
            if EMAIL.search(text):
                errs.append("%s: negative contains an email" % where)
            for m in re.finditer(r"(?<![\dA-Za-z])\d(?:[ -]?\d){12,18}(?![\dA-Za-z])", text):
                digits = re.sub(r"\D", "", m.group())
                if 13 <= len(digits) <= 19 and luhn.is_valid(digits) and digits not in TEST_CARDS and set(digits) != {"0"}:
                    errs.append("%s: negative %s has Luhn-valid run %s" % (where, r["class"], digits))
                if r["class"] == "test_card_in_docs" and luhn.is_valid(digits) and digits not in TEST_CARDS:
                    errs.append("%s: unknown test card" % where)
            for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?\b", text):
                if s_iban.is_valid(m.group()):
                    errs.append("%s: negative contains a valid IBAN" % where)
            for m in re.finditer(r"gh[pousr]_[A-Za-z0-9]{36}", text):
                if gh_ok(m.group()):
                    errs.append("%s: negative contains a checksum-valid GitHub token" % where)
        counts[(r["source"], r["class"])] += 1
    for k in sorted(counts):
        print("%-8s %-20s %d" % (k[0], k[1], counts[k]))
    print("span types:", len(types), "spans:", sum(types.values()))
    if errs:
        print("\n".join(errs[:80]))
        print("ERRORS:", len(errs))
        sys.exit(1)
    print("OK", len(rows), "cases")


if __name__ == "__main__":
    main()
