#!/usr/bin/env python3
"""Validate ``heldout_v2.jsonl`` and print its counts.

Checks: the schema; spans in range, non-empty, non-overlapping and without surrounding blanks or quotes; no duplicate
texts; that the file is exactly what ``generate_heldout_v2.py`` produces (minus dropped overlaps); that every
checksummed positive value is valid and every checksum negative is invalid -- using independent implementations
(python-stdnum, phonenumbers, and checks written here) rather than the generator's own functions; and that negative
texts hold no Luhn-valid card run, valid IBAN, personal email or valid phone number outside their declared class.

``--overlap`` loads only the "text" fields of the other masker evaluation sets (dev.jsonl, heldout.jsonl) into a set
and prints the number of heldout_v2 texts found there -- never the texts themselves; with ``--drop-overlaps`` those
lines are removed from heldout_v2.jsonl.

    .venv/bin/python tests/masker_eval/validate_heldout_v2.py --overlap --drop-overlaps
"""

from __future__ import annotations

import argparse
import base64
import binascii
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILE = HERE / "heldout_v2.jsonl"
OTHER_SETS = [HERE / "dev.jsonl", HERE / "heldout.jsonl"]

sys.path.insert(0, str(HERE))

ERRORS: list[str] = []
WARNINGS: list[str] = []


def err(msg: str) -> None:
    ERRORS.append(msg)


# --- independent checks -------------------------------------------------------------------------------------------------


def luhn(number: str, min_len: int = 12) -> bool:
    ds = [int(c) for c in re.sub(r"\D", "", number)]
    total = sum(ds[-1::-2]) + sum(sum(divmod(2 * d, 10)) for d in ds[-2::-2])
    return len(ds) >= min_len and total % 10 == 0


_B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def github_crc_ok(token: str) -> bool:
    prefix, _, rest = token.partition("_")
    body, chk = rest[:-6], rest[-6:]
    n = 0
    for c in chk:
        n = n * 62 + _B62.index(c)
    return len(rest) == 36 and n == binascii.crc32(body.encode())


def sg_nric_ok(v: str) -> bool:
    if not re.fullmatch(r"[STFG]\d{7}[A-Z]", v):
        return False
    w = [2, 7, 6, 5, 4, 3, 2]
    s = sum(int(d) * x for d, x in zip(v[1:8], w, strict=True)) + (4 if v[0] in "TG" else 0)
    return ("JZIHGFEDCBA" if v[0] in "ST" else "XWUTRQPNMLK")[s % 11] == v[8]


def au_medicare_ok(v: str) -> bool:
    d = re.sub(r"\D", "", v)
    if len(d) not in (10, 11) or d[0] not in "23456":
        return False
    return sum(int(a) * b for a, b in zip(d[:8], [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10 == int(d[8])


def crc24(data: bytes) -> int:
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc = (crc << 1) ^ (0x1864CFB if crc & 0x800000 else 0)
    return crc & 0xFFFFFF


def pgp_ok(body: str) -> bool:
    lines = body.strip().split("\n")
    chk = lines[-1]
    data = base64.b64decode("".join(lines[:-1]))
    return chk.startswith("=") and base64.b64decode(chk[1:]) == crc24(data).to_bytes(3, "big")


def eth_ok(addr: str) -> bool:
    from generate_heldout_v2 import keccak256  # verified against published vectors below

    assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    assert keccak256(b"abc").hex() == "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45"
    h = addr[2:]
    if not re.fullmatch(r"[0-9a-fA-F]{40}", h):
        return False
    digest = keccak256(h.lower().encode()).hex()
    return all((c.isupper() == (int(digest[i], 16) >= 8)) for i, c in enumerate(h) if c.isalpha())


def b64_ok(s: str, urlsafe: bool = False) -> bool:
    s = s.replace("\\n", "").replace("\n", "")
    try:
        (base64.urlsafe_b64decode if urlsafe else base64.b64decode)(s + "=" * (-len(s) % 4))
        return True
    except (binascii.Error, ValueError):
        return False


def jwt_ok(tok: str) -> bool:
    parts = tok.split(".")
    if len(parts) != 3:
        return False
    try:
        head = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
        json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except ValueError:
        return False
    return "alg" in head and (head["alg"] == "none") == (parts[2] == "")


def phone_ok(value: str, regions: list[str]) -> bool:
    import phonenumbers

    for region in [None] if value.startswith("+") else regions:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(value, region)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def stdnum_check(kind: str):
    from stdnum import bitcoin, iban
    from stdnum.au import tfn
    from stdnum.br import cnpj, cpf
    from stdnum.ca import sin
    from stdnum.de import idnr
    from stdnum.es import dni, nie
    from stdnum.fr import nir
    from stdnum.gb import nhs
    from stdnum.in_ import aadhaar, pan
    from stdnum.it import codicefiscale
    from stdnum.jp import in_ as jp_in
    from stdnum.kr import rrn
    from stdnum.mx import curp
    from stdnum.nl import bsn
    from stdnum.pl import pesel
    from stdnum.us import ssn

    return {
        "iban": iban.is_valid, "us_ssn": lambda v: ssn.is_valid(v.replace(".", "-").replace(" ", "-")), "uk_nhs_number": nhs.is_valid,
        "de_steuer_id": idnr.is_valid, "fr_nir": nir.is_valid, "es_dni": dni.is_valid, "es_nie": nie.is_valid,
        "it_codice_fiscale": codicefiscale.is_valid, "nl_bsn": bsn.is_valid, "pl_pesel": pesel.is_valid, "br_cpf": cpf.is_valid,
        "br_cnpj": cnpj.is_valid, "in_aadhaar": aadhaar.is_valid, "in_pan": pan.is_valid, "au_tfn": tfn.is_valid, "ca_sin": sin.is_valid,
        "mx_curp": curp.is_valid, "kr_rrn": rrn.is_valid, "jp_my_number": jp_in.is_valid, "btc_address": bitcoin.is_valid,
    }.get(kind)  # fmt: skip


NINO = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[ABCEGHJ-PRSTW-Z][ABCEGHJ-NPRSTW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]")
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def check_value(kind: str, value: str, meta: dict) -> bool | None:
    """True/False when the type has a verifiable format or checksum, None when it has none to check."""
    if kind in ("credit_card",):
        return luhn(value)
    if kind == "ca_sin":
        return luhn(value, min_len=9) and stdnum_check(kind)(value)
    if kind in ("github_pat_classic", "github_oauth_token", "github_app_token", "github_refresh_token", "npm_token"):
        return github_crc_ok(value)
    if kind == "github_fine_grained_pat":
        return re.fullmatch(r"github_pat_[0-9A-Za-z]{22}_[0-9A-Za-z]{59}", value) is not None
    if kind == "sg_nric":
        return sg_nric_ok(value)
    if kind == "au_medicare":
        return au_medicare_ok(value)
    if kind == "eth_address":
        return eth_ok(value)
    if kind == "uk_nino":
        return NINO.fullmatch(value) is not None
    if kind == "private_key_pgp":
        return pgp_ok(value)
    if kind.startswith("private_key_") or kind == "gcp_service_account_private_key":
        return b64_ok(value if kind != "private_key_putty" else value)
    if kind in ("k8s_secret_base64", "docker_auth_base64", "azure_storage_account_key", "azure_sas_key"):
        return b64_ok(value)
    if kind == "jwt":
        return jwt_ok(value)
    if kind == "phone":
        return phone_ok(value, [meta["phone_region"][value]] if value in meta["phone_region"] else ["US"])
    if kind == "email":
        return EMAIL.fullmatch(value) is not None
    if kind == "aws_access_key_id":
        return re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", value) is not None
    if kind == "aws_secret_access_key":
        return re.fullmatch(r"[A-Za-z0-9/+]{40}", value) is not None
    fn = stdnum_check(kind)
    if fn is not None:
        return bool(fn(value))
    return None


# --- main ------------------------------------------------------------------------------------------------------------------


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def other_texts() -> set[str]:
    texts: set[str] = set()
    for path in OTHER_SETS:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                obj = json.loads(line)
                if isinstance(obj, dict) and isinstance(obj.get("text"), str):
                    texts.add(obj["text"])
    return texts


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--overlap", action="store_true", help="count texts also present in dev.jsonl / heldout.jsonl")
    ap.add_argument("--drop-overlaps", action="store_true", help="remove those texts from heldout_v2.jsonl")
    args = ap.parse_args()

    records = load(FILE)

    if args.overlap or args.drop_overlaps:
        others = other_texts()
        overlap = [r for r in records if r["text"] in others]
        print(f"overlap with dev.jsonl/heldout.jsonl: {len(overlap)} texts")
        if overlap and args.drop_overlaps:
            keep = [r for r in records if r["text"] not in others]
            FILE.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in keep), encoding="utf-8")
            records = keep
            print(f"dropped {len(overlap)}; {len(records)} remain")
        del others

    import generate_heldout_v2 as gen

    generated = gen.build()
    meta_by_text = {rec["text"]: meta for rec, meta in generated}
    gen_texts = [rec["text"] for rec, _ in generated]
    if [r["text"] for r in records] != [t for t in gen_texts if t in {r["text"] for r in records}]:
        err("file order/content differs from the generator's output")
    for rec, _ in generated:
        if rec["text"] in {r["text"] for r in records}:
            mine = next(r for r in records if r["text"] == rec["text"])
            if mine != rec:
                err(f"record differs from generator: {rec['reason']}")
    missing = len(gen_texts) - len(records)
    if missing:
        print(f"note: {missing} generated texts are not in the file (dropped overlaps)")

    texts = Counter(r["text"] for r in records)
    dups = [t for t, n in texts.items() if n > 1]
    if dups:
        err(f"{len(dups)} duplicate texts")

    type_pos: Counter = Counter()
    type_checked: Counter = Counter()
    cls_src: Counter = Counter()
    neg_cls: Counter = Counter()
    decoy_kinds: Counter = Counter()
    for i, r in enumerate(records):
        where = f"line {i + 1} ({r.get('reason', '')})"
        keys = set(r)
        allowed = {"text", "spans", "class", "negative_class", "source", "reason"}
        if not keys <= allowed or not {"text", "spans", "class", "source", "reason"} <= keys:
            err(f"{where}: keys {sorted(keys)}")
        if r["source"] not in ("realistic", "public") or r["class"] not in ("positive", "negative"):
            err(f"{where}: bad source/class")
        cls_src[(r["source"], r["class"])] += 1
        text, spans = r["text"], r["spans"]
        meta = meta_by_text.get(text, {"decoys": [], "phone_region": {}})
        if r["class"] == "negative":
            if spans or "negative_class" not in r:
                err(f"{where}: negative with spans or without negative_class")
            neg_cls[(r["source"], r["negative_class"])] += 1
            for kind, value in meta["decoys"]:
                decoy_kinds[kind] += 1
                if value not in text:
                    err(f"{where}: decoy not in text")
                    continue
                if kind == "luhn":
                    bad = luhn(value)
                elif kind == "github_crc":
                    bad = github_crc_ok(value)
                else:
                    res = check_value(kind, value, meta)
                    if res is None:
                        err(f"{where}: decoy kind {kind} has no check")
                    bad = bool(res)
                if bad:
                    err(f"{where}: checksum negative {kind} is actually valid")
            if r["negative_class"] != "published_example":
                for m in re.finditer(r"(?<![\d.])\d(?:[ -]?\d){12,18}(?![\d.])", text):
                    if luhn(m.group()) and not re.search(r"\d{10}\.\d|T\d", text[max(0, m.start() - 2) : m.end() + 2]):
                        WARNINGS.append(f"{where}: Luhn-valid run {len(re.sub(r'[^0-9]', '', m.group()))} digits in a negative")
                for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b", text):
                    if stdnum_check("iban")(m.group()):
                        err(f"{where}: valid IBAN in a negative")
                if r["negative_class"] != "not_secret_context":
                    for m in EMAIL.finditer(text):
                        WARNINGS.append(f"{where}: email-like {m.group()!r} in a negative")
                try:
                    import phonenumbers

                    for region in ("US", "GB", "DE", "FR"):
                        for m in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID):
                            if re.fullmatch(r"[\d.]+(?:/\d+)?", m.raw_string) and "." in m.raw_string:
                                continue  # IP addresses and decimals
                            WARNINGS.append(f"{where}: phonenumbers finds {m.raw_string!r} ({region}) in a negative")
                except ImportError:
                    pass
            continue
        if not spans or "negative_class" in r:
            err(f"{where}: positive without spans or with negative_class")
        if r["source"] == "realistic" and len(spans) > 4:
            err(f"{where}: more than 4 spans")
        last_end = -1
        for sp in sorted(spans, key=lambda s: s["start"]):
            s, e, kind = sp["start"], sp["end"], sp["type"]
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                err(f"{where}: span out of range")
                continue
            if s < last_end:
                err(f"{where}: overlapping spans")
            last_end = e
            value = text[s:e]
            if value != value.strip() or value[0] in "\"'`" or value[-1] in "\"'`,;":
                err(f"{where}: span {kind} has surrounding blanks/quotes: {value[:8]!r}...")
            if kind == "ip_address":
                err(f"{where}: IP span")
            type_pos[(kind, r["source"])] += 1
            res = check_value(kind, value, meta)
            if res is not None:
                type_checked[kind] += 1
                if not res:
                    err(f"{where}: {kind} value fails its format/checksum check")
        covered = [(sp["start"], sp["end"]) for sp in spans]
        for m in EMAIL.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in covered):
                continue  # e.g. user:password@host -- the password part is the span
            if not any(a <= m.start() and m.end() <= b for a, b in covered) and not re.search(
                r"iam\.gserviceaccount\.com|@(?:github|gitlab)\.com|@o\d+\.ingest|@(?:db|cluster|tcp|10\.|sql|pg)|@[\w.-]*\.(?:internal|local)\b", m.group() + text[m.end() : m.end() + 12]
            ):  # fmt: skip
                WARNINGS.append(f"{where}: email outside a span: {m.group()!r}")

    print(f"\n{len(records)} texts; spans: {sum(len(r['spans']) for r in records)}")
    print("\nby source/class:")
    for (src, cls), n in sorted(cls_src.items()):
        print(f"  {src:9s} {cls:8s} {n}")
    print("\nnegatives by class:")
    for (src, c), n in sorted(neg_cls.items()):
        print(f"  {src:9s} {c:24s} {n}")
    print(f"\nchecksummed decoys in negatives (verified invalid): {dict(sorted(decoy_kinds.items()))}")
    kinds = sorted({k for k, _ in type_pos})
    print(f"\nspan types: {len(kinds)}  (value checks run on {sum(type_checked.values())} spans of {len(type_checked)} types)")
    for k in kinds:
        print(f"  {k:34s} realistic={type_pos[(k, 'realistic')]:3d} public={type_pos[(k, 'public')]:3d}{'  [checked]' if type_checked[k] else ''}")
    for w in WARNINGS:
        print("WARN", w)
    for e in ERRORS:
        print("ERROR", e)
    print(f"\n{len(ERRORS)} errors, {len(WARNINGS)} warnings")
    return 1 if ERRORS else 0


if __name__ == "__main__":
    raise SystemExit(main())
