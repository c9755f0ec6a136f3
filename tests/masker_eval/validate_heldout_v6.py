"""Validator for heldout_v6.jsonl: fields, labels, duplicates, offsets, and an
independent re-computation of every checksum-bearing value.  Never executes case content."""
import json
import os
import re
import sys
import zlib

import phonenumbers

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout_v6.jsonl")
KEYS = {"text", "spans", "class", "source", "reason"}
NEG_CLASSES = {"hash", "uuid", "version", "lockfile_integrity", "example_key", "placeholder", "order_number",
               "test_card_in_docs", "code", "log_line", "prose", "iban_like", "phone_like", "base64_data", "config_reference"}
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def digits(s):
    return re.sub(r"\D", "", s)


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c) * (2 if i % 2 else 1)
        tot += d - 9 if d > 9 else d
    return tot % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[-. ](\d{2})[-. ](\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def nino_ok(s):
    s = s.replace(" ", "")
    m = re.fullmatch(r"([A-Z])([A-Z])\d{6}[A-D]", s)
    if not m:
        return False
    a, b = m.groups()
    return a not in "DFIQUV" and b not in "DFIOQUV" and a + b not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")


def steuer_ok(s):
    s = digits(s)
    if len(s) != 11 or s[0] == "0":
        return False
    counts = sorted((s[:10].count(d) for d in set(s[:10])), reverse=True)
    if counts[0] not in (2, 3) or (len(counts) > 1 and counts[1] > 1):
        return False
    p = 10
    for c in s[:10]:
        x = (int(c) + p) % 10 or 10
        p = x * 2 % 11
    return (11 - p) % 10 == int(s[10])


def nir_ok(s):
    s = digits(s)
    return len(s) == 15 and 97 - int(s[:13]) % 97 == int(s[13:])


def dni_ok(s):
    s = s.replace("-", "")
    L = "TRWAGMYFPDXBNJZSQVHLCKE"
    if s[0] in "XYZ":
        s = str("XYZ".index(s[0])) + s[1:]
    return bool(re.fullmatch(r"\d{8}[A-Z]", s)) and L[int(s[:8]) % 23] == s[8]


def bsn_ok(s):
    return len(s) == 9 and (sum(int(c) * (9 - i) for i, c in enumerate(s[:8])) - int(s[8])) % 11 == 0


def pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1]
    return len(s) == 11 and sum(int(a) * b for a, b in zip(s, w)) % 10 == 0


D = [[(j + i) % 5 + 5 * ((i // 5 + j // 5) % 2) if False else None for j in range(10)] for i in range(10)]
# explicit Verhoeff tables (dihedral group D5)
D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
     [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
     [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
     [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
PERM1 = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]


def verhoeff_ok(s):
    s = digits(s)
    perms = [list(range(10))]
    for _ in range(7):
        perms.append([PERM1[x] for x in perms[-1]])
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = D[c][perms[i % 8][int(ch)]]
    return len(s) == 12 and s[0] not in "01" and c == 0


def tfn_ok(s):
    s = digits(s)
    return len(s) == 9 and sum(int(a) * b for a, b in zip(s, [1, 4, 3, 7, 5, 8, 6, 9, 10])) % 11 == 0


def cpf_ok(s):
    s = digits(s)
    if len(s) != 11:
        return False
    for n in (9, 10):
        r = sum(int(s[i]) * (n + 1 - i) for i in range(n)) * 10 % 11 % 10
        if r != int(s[n]):
            return False
    return True


def cnpj_ok(s):
    s = digits(s)
    if len(s) != 14:
        return False
    for n in (12, 13):
        w = [(n - 7 - i) if i < n - 8 else (n + 1 - i) for i in range(n)]
        w = ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2] if n == 12 else [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2])
        r = sum(int(s[i]) * w[i] for i in range(n)) % 11
        if (0 if r < 2 else 11 - r) != int(s[n]):
            return False
    return True


def sin_ok(s):
    s = digits(s)
    return len(s) == 9 and s[0] not in "08" and luhn_ok(s)


def pnr_ok(s):
    s = digits(s)
    return len(s) == 10 and luhn_ok(s) and 1 <= int(s[2:4]) <= 12


def mynum_ok(s):
    s = digits(s)
    if len(s) != 12:
        return False
    tot = sum(int(s[10 - k]) * (k + 2 if k < 6 else k - 4) for k in range(11))
    r = tot % 11
    return int(s[11]) == (0 if r <= 1 else 11 - r)


def gh_ok(v):
    m = re.fullmatch(r"(?:gh[pousr]_|npm_)([A-Za-z0-9]{30})([A-Za-z0-9]{6})", v)
    if not m:
        return False
    n, out = zlib.crc32(m.group(1).encode()), ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(6, "0") == m.group(2)


def card_ok(s):
    d = digits(s)
    return 13 <= len(d) <= 19 and luhn_ok(d) and d not in TEST_CARDS


def phone_ok(s):
    try:
        pn = phonenumbers.parse(s, None if s.startswith("+") else "ZZ")
    except phonenumbers.NumberParseException:
        return None  # national format: region needed, checked via reason
    return phonenumbers.is_valid_number(pn)


TEST_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444", "378282246310005", "4000056655665556",
              "6011111111111117", "3530111333300000", "5105105105105100", "4012888888881881"}

CHECK = {"credit_card": card_ok, "iban": iban_ok, "us_ssn": ssn_ok, "uk_nino": nino_ok, "de_steuer_id": steuer_ok,
         "fr_nir": nir_ok, "es_dni": dni_ok, "nl_bsn": bsn_ok, "pl_pesel": pesel_ok, "in_aadhaar": verhoeff_ok,
         "au_tfn": tfn_ok, "br_cpf": cpf_ok, "br_cnpj": cnpj_ok, "ca_sin": sin_ok, "se_personnummer": pnr_ok,
         "jp_my_number": mynum_ok, "github_token": gh_ok, "npm_token": gh_ok}


def main():
    errs, seen, n = [], set(), 0
    nat_phones = 0
    with open(PATH, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            n += 1
            c = json.loads(line)
            if set(c) != KEYS:
                errs.append((ln, "keys", sorted(c)))
                continue
            t = c["text"]
            if t in seen:
                errs.append((ln, "duplicate"))
            seen.add(t)
            if c["source"] not in ("agent", "public"):
                errs.append((ln, "source"))
            if not c["reason"].strip():
                errs.append((ln, "reason"))
            if c["spans"]:
                if c["class"] != "positive":
                    errs.append((ln, "class with spans"))
            elif c["class"] not in NEG_CLASSES:
                errs.append((ln, "negative class", c["class"]))
            prev = -1
            for s in sorted(c["spans"], key=lambda s: s["start"]):
                if not (0 <= s["start"] < s["end"] <= len(t)) or s["start"] < prev:
                    errs.append((ln, "offsets", s))
                    continue
                prev = s["end"]
                v = t[s["start"]:s["end"]]
                if v != v.strip() or v[:1] in "\"'" or v[-1:] in "\"'":
                    errs.append((ln, "span edges", v[:30]))
                if re.search(r"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b", v):
                    errs.append((ln, "ip in span"))
                fn = CHECK.get(s["type"])
                if fn and not fn(v):
                    errs.append((ln, "checksum", s["type"], v))
                if s["type"] == "phone":
                    ok = phone_ok(v)
                    if ok is None:
                        reg = re.search(r"region ([A-Z]{2})", c["reason"])
                        if reg:
                            ok = phonenumbers.is_valid_number(phonenumbers.parse(v, reg.group(1)))
                        else:
                            nat_phones += 1
                            ok = any(phonenumbers.is_valid_number(phonenumbers.parse(v, r)) for r in
                                     ("US", "GB", "DE", "FR", "IN", "BR", "JP", "AU", "ES", "NL", "SE", "PL", "MX", "CA",
                                      "ZA", "NG", "KE", "CH", "IE", "SG", "KR", "AR", "TR", "PT", "BE")
                                     if _parses(v, r))
                    if not ok:
                        errs.append((ln, "phone invalid", v))
            if not c["spans"]:
                # negatives must carry no unlabelled card-like Luhn-valid runs outside test cards
                for m in re.finditer(r"(?<![\w.-])\d{13,19}(?![\w.-])", t):
                    if luhn_ok(m.group()) and m.group() not in TEST_CARDS and c["class"] not in ("log_line", "version", "hash"):
                        errs.append((ln, "luhn-valid digits in negative", m.group()))
                # an address needs an alphabetic TLD; npm-style "pkg@5.3.3" is a deliberate look-alike
                if re.search(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b", t):
                    errs.append((ln, "email-like in negative"))
    for e in errs:
        print("ERR", e)
    print("cases", n, "errors", len(errs), "national phones checked by any-region", nat_phones)
    return 1 if errs else 0


def _parses(v, r):
    try:
        phonenumbers.parse(v, r)
        return True
    except phonenumbers.NumberParseException:
        return False


if __name__ == "__main__":
    sys.exit(main())
