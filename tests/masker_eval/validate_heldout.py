"""Check tests/masker_eval/heldout.jsonl: structure, spans, and every checksum.

    python tests/masker_eval/validate_heldout.py [path]

Structure: valid JSON per line, the five fields, positives with spans and
negatives without, spans inside the text, ordered, non-overlapping, non-empty,
not starting or ending with whitespace or a quote. Values: Luhn for cards and
Canadian SINs, mod-97 for IBANs, GitHub/npm CRC32, JWT parts that decode, PEM
and PGP bodies that decode (with the PGP CRC24), and, when python-stdnum and
phonenumbers are installed, their validators for every national id and phone
number. Look-alikes: no negative holds an e-mail address, a mod-97-valid IBAN
or a Luhn-valid card of a known brand, and no positive holds such a value
outside its spans. Prints the counts per type and per class; exits 1 on any
error.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import sys
from collections import Counter
from pathlib import Path

PATH = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("heldout.jsonl")
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

errors: list[str] = []


def err(i, msg):
    errors.append(f"line {i}: {msg}")


def luhn_ok(num: str) -> bool:
    total = 0
    for k, ch in enumerate(reversed(num)):
        d = int(ch)
        if k % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def mod97_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    try:
        return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1
    except ValueError:
        return False


def crc_ok(tok: str) -> bool:
    body, chk = tok[4:-6], tok[-6:]
    n = 0
    for ch in chk:
        n = n * 62 + B62.index(ch)
    return n == binascii.crc32(body.encode())


def b64url_dec(s: str) -> bytes:
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def crc24(data: bytes) -> int:
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


try:
    import phonenumbers
except ImportError:
    phonenumbers = None
try:
    from stdnum import iban as s_iban
    from stdnum.au import tfn
    from stdnum.br import cpf
    from stdnum.ca import sin
    from stdnum.de import idnr
    from stdnum.es import dni, nie
    from stdnum.fr import nir
    from stdnum.in_ import aadhaar, pan
    from stdnum.it import codicefiscale
    from stdnum.nl import bsn
    from stdnum.pl import pesel
    from stdnum.se import personnummer
    STDNUM = {"es_dni": dni, "es_nie": nie, "fr_nir": nir, "nl_bsn": bsn, "de_tax_id": idnr, "it_fiscal_code": codicefiscale,
              "in_aadhaar": aadhaar, "in_pan": pan, "ca_sin": sin, "br_cpf": cpf, "pl_pesel": pesel, "se_personnummer": personnummer,
              "au_tfn": tfn, "iban": s_iban}
except ImportError:
    STDNUM = {}

NINO = re.compile(r"^(?!BG|GB|KN|NK|NT|TN|ZZ)[ABCEGHJ-PRSTW-Z][ABCEGHJ-NPRSTW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$")


def check_value(i, typ, v, text, cls):
    compact = re.sub(r"[ \-.]", "", v)
    if typ == "credit_card":
        if not (compact.isdigit() and 13 <= len(compact) <= 19 and luhn_ok(compact)):
            err(i, f"card fails Luhn: {v}")
    elif typ == "iban":
        if not mod97_ok(compact):
            err(i, f"IBAN fails mod 97: {v}")
    elif typ in ("github_pat_classic", "github_oauth_token", "github_app_token", "npm_token"):
        if len(v) != 40 or not crc_ok(v):
            err(i, f"token fails CRC32: {v}")
    elif typ in ("jwt", "jwt_unsigned"):
        parts = v.split(".")
        if len(parts) != 3:
            err(i, f"JWT has {len(parts)} parts")
            return
        try:
            h = json.loads(b64url_dec(parts[0]))
            json.loads(b64url_dec(parts[1]))
        except Exception as e:  # noqa: BLE001
            err(i, f"JWT does not decode: {e}")
            return
        if (typ == "jwt_unsigned") != (h.get("alg") == "none" and parts[2] == ""):
            err(i, "JWT signed/unsigned mismatch")
    elif typ.startswith("private_key") or typ == "pgp_private_key":
        body = v.replace("\\n", "\n").strip().split("\n")
        if not (body[0].startswith("-----BEGIN ") and body[-1].startswith("-----END ")):
            err(i, "key block without BEGIN/END")
            return
        inner = [ln for ln in body[1:-1] if ln and ":" not in ln]
        crc = None
        if inner and inner[-1].startswith("="):
            crc = inner.pop()
        try:
            data = base64.b64decode("".join(inner), validate=True)
        except binascii.Error as e:
            err(i, f"key body is not base64: {e}")
            return
        if crc is not None and base64.b64decode(crc[1:]) != crc24(data).to_bytes(3, "big"):
            err(i, "PGP armor CRC24 mismatch")
    elif typ == "us_ssn":
        d = compact
        if not (len(d) == 9 and d.isdigit() and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"):
            err(i, f"invalid SSN {v}")
    elif typ == "uk_nino":
        if not NINO.match(v):
            err(i, f"invalid NINO {v}")
    elif typ == "email":
        if not re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", v):
            err(i, f"invalid email {v}")
    elif typ == "phone_number" and phonenumbers is not None:
        region = cls.split("/")[1] if cls.startswith("phone/") else None
        try:
            num = phonenumbers.parse(v, region or "US")
            if not phonenumbers.is_valid_number(num):
                err(i, f"invalid phone {v} ({region})")
        except phonenumbers.NumberParseException as e:
            err(i, f"unparsable phone {v}: {e}")
    if typ in STDNUM and not STDNUM[typ].is_valid(v):
        err(i, f"stdnum rejects {typ} {v}")
    if typ == "ca_sin" and not luhn_ok(compact):
        err(i, f"SIN fails Luhn {v}")


CARD_RE = re.compile(r"(?<![\w.])(?:\d[ -]?){12,18}\d(?![\w.])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
CARD_BRAND = re.compile(r"^(4|5[1-5]|2[2-7]|3[47]|3[068]|6011|6[245]|35)")


def lookalikes(text, spans):
    """Values a masker ought to mask that lie outside every span."""
    found = []
    covered = lambda a, b: any(s["start"] <= a and b <= s["end"] for s in spans)  # noqa: E731
    iban_shaped = [m.span() for m in IBAN_RE.finditer(text)]
    for m in CARD_RE.finditer(text):
        d = re.sub(r"\D", "", m.group())
        inside_iban = any(a <= m.start() and m.end() <= b for a, b in iban_shaped)
        if 13 <= len(d) <= 19 and luhn_ok(d) and CARD_BRAND.match(d) and not covered(*m.span()) and not inside_iban:
            found.append(("card", m.group()))
    for m in IBAN_RE.finditer(text):
        if mod97_ok(m.group().replace(" ", "")) and not m.group().startswith("RF") and not covered(*m.span()):
            found.append(("iban", m.group()))
    for m in EMAIL_RE.finditer(text):
        token_start = max(text.rfind(c, 0, m.start()) for c in " \n\t\"'`(") + 1
        in_url = "://" in text[token_start:m.start()] or ":" in text[token_start:m.start()]
        if not covered(*m.span()) and not in_url:
            found.append(("email", m.group()))
    return found


def main():
    types, classes, neg_classes, pos_classes = Counter(), Counter(), Counter(), Counter()
    texts = set()
    n = npos = nneg = 0
    for i, line in enumerate(PATH.read_text(encoding="utf-8").splitlines(), 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            err(i, f"bad JSON: {e}")
            continue
        n += 1
        for k in ("text", "spans", "kind", "class", "reason"):
            if k not in r:
                err(i, f"missing {k}")
        text, spans, kind = r["text"], r["spans"], r["kind"]
        if text in texts:
            err(i, "duplicate text")
        texts.add(text)
        if kind == "negative":
            nneg += 1
            neg_classes[r["class"]] += 1
            if spans:
                err(i, "negative with spans")
        elif kind == "positive":
            npos += 1
            pos_classes[r["class"].split("/")[0]] += 1
            if not spans:
                err(i, "positive without spans")
        else:
            err(i, f"bad kind {kind}")
        prev_end = 0
        for s in spans:
            a, b, t = s["start"], s["end"], s["type"]
            if not (0 <= a < b <= len(text)):
                err(i, f"span out of range {s}")
                continue
            if a < prev_end:
                err(i, f"overlapping or unordered span {s}")
            prev_end = b
            v = text[a:b]
            if v != v.strip() or v[0] in "\"'`" or v[-1] in "\"'`":
                err(i, f"span has edge whitespace/quote: {v!r}")
            types[t] += 1
            check_value(i, t, v, text, r["class"])
        for what, val in lookalikes(text, spans):
            if kind == "negative" and r["class"] == "url_without_credentials" and what == "email":
                continue  # git@github.com:org/repo.git is the look-alike this class is for
            err(i, f"{kind} text holds an unspanned {what}: {val!r}")
        classes[r["class"]] += 1

    print(f"{n} texts: {npos} positive ({sum(types.values())} spans, {len(types)} types), {nneg} negative ({len(neg_classes)} classes)\n")
    print("spans per type:")
    for t, c in sorted(types.items()):
        print(f"  {t:28s} {c}")
    print("\nnegatives per class:")
    for t, c in sorted(neg_classes.items()):
        print(f"  {t:28s} {c}")
    if not STDNUM:
        print("\n(python-stdnum not installed: national-id checksums checked only where built in)")
    if phonenumbers is None:
        print("(phonenumbers not installed: phone numbers not checked)")
    if n < 500 or len(types) < 40 or len(neg_classes) < 10:
        errors.append(f"too small: {n} texts, {len(types)} types, {len(neg_classes)} negative classes")
    if errors:
        print(f"\n{len(errors)} errors:")
        for e in errors[:200]:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
