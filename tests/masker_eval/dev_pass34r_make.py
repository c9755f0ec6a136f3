"""The masker's thirty-fourth pass, machine-readable zones (issue 16): working cases generated from ICAO 9303's layouts,
not from any set's misses (every value random, every check digit computed by the 7-3-1 rule).

Four families, one per layout: passports (TD3, two lines of 44 opening with ``P`` and a type letter or ``<``), identity
cards and residence or crew cards (TD1, three lines of 30 opening with ``I``, ``A`` or ``C``), the older two-line cards
(TD2, two lines of 36) and visas (MRV-A, two of 44, and MRV-B, two of 36, opening with ``V``: no composite check).
What must be masked is the line holding the document number (TD1: the first; the others: the second, with the birth
and expiry dates). Each zone is written in some 17 carriers: bare lines, a code block, prose of several languages
before it, an OCR log with a prefix per line, JSON (object, array, a string with ``\\n``), YAML, CSV, a Markdown table,
HTML ``<pre>``, a Python string, a quoted e-mail, the lines flattened onto one line. Look-alikes in the same carriers:
the same zones with one check digit wrong (the number's, the birth date's, the expiry's or the composite), and a family
of shapes that are no zone: base32 secrets' neighbours (TOTP seeds in upper case, which no rule masks: a plain base32
word list), barcodes' text, ``<<<`` separators and ASCII art in prose, filler lines, the first line alone (a name),
template and generic code (``P<T>``), spec fixtures with ``X`` for every character.

A third of each family's syntaxes (with their negatives, chosen by the seed) is ``dev_pass34r_holdout.jsonl``, measured
only at the start and the end of the pass. The rest is ``dev_pass34r.jsonl``.

    .venv/bin/python tests/masker_eval/dev_pass34r_make.py   # rewrites both files (same seed, same files)
"""

from __future__ import annotations

import random
import string
from pathlib import Path

from family_cases import Family, split, write

HERE = Path(__file__).resolve().parent
rng = random.Random(343434)
DIGITS, UPPER = string.digits, string.ascii_uppercase

ISSUERS = ("DEU", "D<<", "FRA", "GBR", "NLD", "ITA", "ESP", "POL", "SWE", "NOR", "FIN", "USA", "CAN", "MEX", "BRA",
           "ARG", "JPN", "KOR", "CHN", "IND", "IDN", "TUR", "ISR", "EGY", "NGA", "ZAF", "AUS", "NZL", "UKR", "ROU", "UTO")
SURNAMES = ("MUELLER", "GARCIA<LOPEZ", "NGUYEN", "OKONKWO", "YILMAZ", "KOWALCZYK", "LINDQVIST", "TANAKA", "DA<SILVA",
            "O<BRIEN", "HAKIMI", "BENNANI", "PETROVA", "KIM", "COHEN", "SANTOS<PEREIRA", "FITZGERALD<MONTGOMERY")
GIVEN = ("LENA", "JOSE<MARIA", "THI<HUONG", "CHIDI", "AYSE", "ZOFIA", "ERIK<JOHAN", "HARUTO", "MATEUS", "SIOBHAN",
         "YASMIN", "MIN<JUN", "NOA", "ANA<LUISA", "ALEXANDER<CHRISTOPHER")


def mrz_value(c: str) -> int:
    return 0 if c == "<" else int(c) if c.isdigit() else ord(c) - 55


def check(field: str) -> str:
    return str(sum(mrz_value(c) * w for c, w in zip(field, [7, 3, 1] * 20)) % 10)


def wrong(digit: str) -> str:
    return str((int(digit) + rng.randint(1, 9)) % 10)


def pad(text: str, n: int) -> str:
    return (text + "<" * n)[:n]


def number(length: int = 9) -> str:
    """A document number: letters and digits (German style), digits only, or a letter and digits; short ones padded."""
    kind = rng.randrange(3)
    if kind == 0:
        body = rng.choice("CFGHJKLMNPRTVWXYZ") + "".join(rng.choice(DIGITS + "CFGHJKLMNPRTVWXYZ") for _ in range(8))
    elif kind == 1:
        body = "".join(rng.choice(DIGITS) for _ in range(length))
    else:
        body = pad(rng.choice(UPPER) + "".join(rng.choice(DIGITS) for _ in range(rng.choice((6, 7, 8)))), length)
    return body[:length]


def birth() -> str:
    return f"{rng.randint(0, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"


def expiry() -> str:
    return f"{rng.randint(24, 36)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"


def name_field(n: int) -> str:
    return pad(f"{rng.choice(SURNAMES)}<<{rng.choice(GIVEN)}", n)


def fields(broken: str) -> tuple[str, str, str, str, str, str]:
    """Number, birth and expiry with their check digits, one of them wrong if ``broken`` names it."""
    num, born, until = number(), birth(), expiry()
    cn, cb, ce = check(num), check(born), check(until)
    cn, cb, ce = (wrong(cn) if broken == "number" else cn, wrong(cb) if broken == "birth" else cb,
                  wrong(ce) if broken == "expiry" else ce)
    return num, cn, born, cb, until, ce


def td3(broken: str = "") -> tuple[list[str], int]:
    issuer = rng.choice(ISSUERS)
    code = rng.choice(("P<", "P<", "P<", "PD", "PO", "PS"))
    num, cn, born, cb, until, ce = fields(broken)
    personal = pad("".join(rng.choice(DIGITS) for _ in range(rng.choice((0, 0, 9, 11)))), 14)
    cp = "<" if personal == "<" * 14 else check(personal)
    body = f"{num}{cn}{rng.choice(ISSUERS)}{born}{cb}{rng.choice('MFX<')}{until}{ce}{personal}{cp}"
    composite = check(body[0:10] + body[13:20] + body[21:43])
    return [pad(f"{code}{issuer}{name_field(39)}", 44), body + (wrong(composite) if broken == "composite" else composite)], 1


def td1(broken: str = "") -> tuple[list[str], int]:
    issuer = rng.choice(ISSUERS)
    code = rng.choice(("I<", "ID", "ID", "IR", "AC", "C<", "A<"))
    num, cn, born, cb, until, ce = fields(broken)
    line1 = f"{code}{issuer}{num}{cn}{pad(''.join(rng.choice(DIGITS) for _ in range(rng.choice((0, 4, 8)))), 15)}"
    line2 = f"{born}{cb}{rng.choice('MF<')}{until}{ce}{rng.choice(ISSUERS)}{'<' * 11}"
    composite = check(line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29])
    return [line1, line2 + (wrong(composite) if broken == "composite" else composite), name_field(30)], 0


def td2(broken: str = "") -> tuple[list[str], int]:
    issuer = rng.choice(ISSUERS)
    code = rng.choice(("I<", "ID", "IP", "IR", "AC"))
    num, cn, born, cb, until, ce = fields(broken)
    body = f"{num}{cn}{rng.choice(ISSUERS)}{born}{cb}{rng.choice('MF<')}{until}{ce}{'<' * 7}"
    composite = check(body[0:10] + body[13:20] + body[21:35])
    return [pad(f"{code}{issuer}{name_field(31)}", 36), body + (wrong(composite) if broken == "composite" else composite)], 1


def visa(broken: str = "") -> tuple[list[str], int]:
    """MRV-A (44) or MRV-B (36): number, nationality, birth, sex, expiry, optional data; no composite check."""
    width = rng.choice((44, 36))
    issuer = rng.choice(ISSUERS)
    num, cn, born, cb, until, ce = fields(broken or "")
    optional = pad("".join(rng.choice(UPPER + DIGITS) for _ in range(rng.choice((0, 6)))), width - 28)
    body = f"{num}{cn}{rng.choice(ISSUERS)}{born}{cb}{rng.choice('MF<')}{until}{ce}{optional}"
    return [pad(f"V<{issuer}{name_field(width - 5)}", width), body], 1


def carried(syntax: str, lines: list[str]) -> str:
    """The zone's lines as one carrier writes them."""
    joined = "\n".join(lines)
    stamp = f"2025-0{rng.randint(1, 9)}-{rng.randint(10, 28)} {rng.randint(10, 23)}:{rng.randint(10, 59)}"
    return {
        "plain": joined,
        "code_block": f"```\n{joined}\n```",
        "prose_en": f"Here is the zone from the photo page, can you check the expiry?\n\n{joined}\n\nThanks!",
        "prose_de": f"Die maschinenlesbare Zone lautet:\n{joined}\nBitte die Prüfziffern kontrollieren.",
        "prose_es": f"Zona de lectura mecánica del documento escaneado:\n{joined}\n¿Está bien?",
        "prose_ja": f"スキャン結果（機械読取区域）:\n{joined}\n確認お願いします。",
        "ocr_log": "\n".join(f"{stamp}:0{i} INFO ocr.mrz line={i + 1} text={line}" for i, line in enumerate(lines)),
        "json_object": "{" + ", ".join(f'"line{i + 1}": "{line}"' for i, line in enumerate(lines)) + ', "confidence": 0.97}',
        "json_array": '{"document": {"mrz": [\n    ' + ",\n    ".join(f'"{line}"' for line in lines) + "\n  ]}}",
        "json_escaped": '{"ocr_text": "' + "\\n".join(lines) + '", "pages": 1}',
        "yaml": "scan:\n  type: mrz\n  lines: |\n" + "".join(f"    {line}\n" for line in lines),
        "csv": "upload_id,mrz_1,mrz_2,mrz_3\n" + f"{rng.randint(1000, 9999)}," + ",".join(lines) + ("," if len(lines) == 2 else ""),
        "markdown_table": "| # | MRZ |\n|---|-----|\n" + "".join(f"| {i + 1} | {line} |\n" for i, line in enumerate(lines)),
        "html_pre": '<div class="mrz"><pre>\n' + joined + "\n</pre></div>",
        "python": "MRZ = (\n" + "".join(f'    "{line}\\n"\n' for line in lines) + ")",
        "email_quote": "On Mon, the applicant wrote:\n" + "".join(f"> {line}\n" for line in lines),
        "one_line": "OCR flattened: " + " ".join(lines),
    }[syntax]


SYNTAXES = ("plain", "code_block", "prose_en", "prose_de", "prose_es", "prose_ja", "ocr_log", "json_object", "json_array",
            "json_escaped", "yaml", "csv", "markdown_table", "html_pre", "python", "email_quote", "one_line")


def zone_family(name: str, make, what: str, breaks: tuple[str, ...]) -> Family:
    f = Family(name)
    for syntax in SYNTAXES:
        for _ in range(2):
            lines, held = make()
            text = carried(syntax, lines)
            at = text.index(lines[held])
            template = (text[:at].replace("{", "{{").replace("}", "}}") + "{0}"
                        + text[at + len(lines[held]):].replace("{", "{{").replace("}", "}}"))
            f.add(syntax, template, [("passport", lines[held])], f"{what}: the line holding the document number")
        for broken in rng.sample(breaks, 2):
            f.neg(syntax, carried(syntax, make(broken)[0]), f"{what} whose {broken} check digit is wrong")
    return f


def base32(n: int) -> str:
    return "".join(rng.choice(UPPER + "234567") for _ in range(n))


def shapes() -> Family:
    """Texts with the zones' alphabet and runs of ``<`` that are no zone."""
    f = Family("mrz_shapes")
    for _ in range(3):
        f.neg("base32", f"Backup codes (base32, keep offline):\n{base32(44)}\n{base32(44)}", "base32 lines of a zone's width")
        f.neg("base32", f"ID{base32(42)}\nP<{base32(42)}", "base32 lines that open like a zone's code")
        f.neg("barcode", f"Code 39: *{''.join(rng.choice(UPPER + DIGITS) for _ in range(20))}*  "
                         f"GS1-128: (01)0{''.join(rng.choice(DIGITS) for _ in range(13))}(17)2{rng.randint(10000, 99999)}",
              "barcode text")
        f.neg("barcode", "PDF417 payload: @\nANSI 636014040002DL00410278ZC03190024DLDAQ"
                         f"{''.join(rng.choice(DIGITS) for _ in range(8))}\nDCSDOE\nDACJANE", "a driving licence barcode's header")
    f.neg("separators", "Results\n<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\nAll 44 checks passed.", "a filler line")
    f.neg("separators", "git log: <<<<<<< HEAD\nPATCH<VERSION<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n=======\n>>>>>>> main",
          "merge markers and a filler line")
    f.neg("separators", "Drag the slider <<< to go back, >>> to go forward. ID<<<<<<<<<<<<<<<<<<<<<<<<<<< is the blank.",
          "arrows in prose")
    f.neg("separators", "ASCII art:\nP<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n" + "<" * 44, "filler lines opening with P<")
    for _ in range(3):
        lines, _ = td3()
        f.neg("first_line", f"Holder as printed: {lines[0]}", "a passport's name line alone")
        lines, _ = td1()
        f.neg("first_line", f"Name line: {lines[2]}", "an identity card's name line alone")
    f.neg("code", "template <typename T> using P = std::unique_ptr<P<T>>;\nstd::vector<ID<Widget>> ids;", "C++ generics")
    f.neg("code", "Map<ID<USER>, List<AC<ROLE>>> grants = new HashMap<>();", "Java generics in capitals")
    f.neg("spec", "Layout: P<XXX" + "X" * 39 + "\n" + "X" * 9 + "9XXX999999" + "9X999999" + "9" + "X" * 14 + "99",
          "a spec's template line with X for letters and 9 for digits")
    f.neg("spec", "TD1: IDXXX" + "9" * 9 + "9" + "<" * 15 + " / 9999999X9999999XXX" + "<" * 11 + "9", "a TD1 template")
    for _ in range(3):
        width = rng.choice((44, 36, 30))
        line = "".join(rng.choice(UPPER + DIGITS + "<<<") for _ in range(width))
        f.neg("random_lines", f"I<{line[2:]}\n{''.join(rng.choice(DIGITS + UPPER) for _ in range(width))}",
              "random lines of a zone's alphabet and width")
    return f


if __name__ == "__main__":
    families = [zone_family("mrz_td3", td3, "a passport's TD3 zone", ("number", "birth", "expiry", "composite")),
                zone_family("mrz_td1", td1, "an identity card's TD1 zone", ("number", "birth", "expiry", "composite")),
                zone_family("mrz_td2", td2, "a TD2 card's zone", ("number", "birth", "expiry", "composite")),
                zone_family("mrz_visa", visa, "a visa's MRV-A or MRV-B zone", ("number", "birth", "expiry")),
                shapes()]
    dev_records, holdout_records = split(families, rng)
    write(dev_records, HERE / "dev_pass34r.jsonl", "p34r-")
    write(holdout_records, HERE / "dev_pass34r_holdout.jsonl", "p34rh-")
