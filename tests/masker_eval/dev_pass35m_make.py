"""The masker's pass 35m (issue 16): working cases for the FORMAT and CARRIER properties the masker lacked on the
retired blind set v15, written from the formats' own definitions, with values drawn here and carriers of this file's
own (no value or sentence of v15 is reused).

Families:
- ``trailing_kind``: a national id whose kind is named AFTER the value on its line: a YAML ``# label`` comment, an SQL
  ``-- label`` comment, a log's ``id=... (label)``, a CSV row's note; checked by the named kind's own rule;
- ``id_layouts``: ids with their own layout and check digit the masker did not know, after their labels in their
  languages: Poland's NIP (mod 11) and identity card (3 letters, 6 digits, 7-3-1 check), Hungary's tax id (8 + 9
  weighted digits mod 11), Brazil's PIS/PASEP (mod 11) and CNS (15 digits, weighted sum mod 11 = 0), Spain's social
  security number (province, number, mod 97), Luxembourg's matricule (date, Luhn and Verhoeff), Uruguay's cédula
  (weights 2987634), Germany's pension insurance number (area, birth date, initial, serial, check) and identity card
  number (ICAO 7-3-1), Kazakhstan's IIN (two-pass mod 11), New Zealand's NHI (mod 11);
- ``wallet_keys``: Nostr ``nsec1`` keys (Bech32), BIP32 extended private keys (``xprv``/``tprv``, Base58Check), and
  Ethereum private keys in a Hardhat/Truffle ``accounts: [...]`` list;
- ``tool_secrets``: secrets in tools' own carriers: ``gh secret set NAME --body``, ``vault operator init``'s unseal
  keys, Sidekiq Enterprise/Pro credentials for ``bundle config``, snmpd's ``rocommunity``/``rwcommunity``/``com2sec``,
  Rust's ``String::from("...")`` after a key's name, a browser's cookie table row;
- ``password_files``: crypt(3) hashes in ``/etc/shadow`` and ``.htpasswd`` entries (``$6$``, ``$5$``, ``$y$``,
  ``$2y$``/``$2b$``, ``$apr1$``), and OpenVPN static keys (the whole BEGIN..END block);
- ``mrz``: ICAO 9303 machine-readable zones (TD3 passport, MRV-A visa, TD1 and TD2 identity cards) with their check
  digits, the whole zone;
- ``public_by_design``: values published by design beside their secret siblings: Mapbox ``pk.`` tokens (``sk.`` is the
  secret), Stripe ``pk_live_`` keys, ABA routing numbers.
Hard look-alikes for each: ids failing their check, other kinds named after a valid-looking number (order, ticket),
public keys (``npub``, ``xpub``), transaction hashes outside an accounts list, ``gh secret set`` reading from a file
or a variable, locked shadow entries (``!``, ``*``), the ICAO specimen and zones with a wrong check digit, OpenVPN
certificates, placeholders.

A third of each family's syntaxes (whole syntaxes, with their negatives, chosen by the seed) is
``dev_pass35m_holdout.jsonl``, measured only at the start and the end of the pass. The rest is ``dev_pass35m.jsonl``.

    .venv/bin/python tests/masker_eval/dev_pass35m_make.py   # rewrites both files (same seed, same files)
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import random
import string
from pathlib import Path

from family_cases import Family, split, write
from stdnum import luhn, verhoeff
from stdnum.dk import cpr
from stdnum.gr import vat as gr_afm
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.ro import cnp

HERE = Path(__file__).resolve().parent
rng = random.Random(353535)
UPPER, LOWER, DIGITS = string.ascii_uppercase, string.ascii_lowercase, string.digits
ALNUM = UPPER + LOWER + DIGITS
HEX = "0123456789abcdef"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
NAMES = ("Marta Lindqvist", "Oskar Nowak", "Amaia Etxeberria", "Jonas Weber", "Lea Dumont", "Tomasz Wróbel",
         "Aigerim Sadykova", "Rafael Souza", "Nóra Kiss", "Camila Pereyra", "Henri Schmit", "Aroha Ngata")


def pick(alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


INTRO = (
    "Here is the record from the ticket:", "Hier ist der Datensatz:", "Voici l'enregistrement :",
    "Este es el registro:", "Este é o registro:", "Ecco il record:", "Dit is het record:", "Oto rekord:",
    "Kayıt şu:", "Вот запись:", "これがレコードです：", "这是那条记录：", "레코드는 다음과 같습니다:", "Här är posten:",
    "Tady je záznam:", "Íme a rekord:", "هذا هو السجل:", "यह रिकॉर्ड है:", "Đây là bản ghi:", "Ini catatannya:",
)


def intro() -> str:
    return rng.choice(INTRO)


def birth() -> datetime.date:
    return datetime.date(1950, 1, 1) + datetime.timedelta(days=rng.randrange(0, 20000))


def mutate_digit(value: str) -> str:
    """The same value with one digit changed: its check fails (single-digit errors are what checks catch)."""
    spots = [i for i, c in enumerate(value) if c.isdigit()]
    i = rng.choice(spots)
    return value[:i] + str((int(value[i]) + rng.randrange(1, 10)) % 10) + value[i + 1:]


# ------------------------------------------------------------------ check digits of each format
def valid_stdnum(module, make) -> str:
    while True:
        value = make()
        if module.is_valid(value):
            return value


def make_cpr() -> str:
    return valid_stdnum(cpr, lambda: birth().strftime("%d%m%y") + pick(DIGITS, 4))


def make_cnp() -> str:
    def draw():
        d = birth()
        body = ("1" if d.year < 2000 else "5") + d.strftime("%y%m%d") + f"{rng.randrange(1, 47):02d}" + pick(DIGITS, 3)
        total = sum(int(a) * int(b) for a, b in zip(body, "279146358279", strict=True)) % 11
        return body + ("1" if total == 10 else str(total))
    return valid_stdnum(cnp, draw)


def make_afm() -> str:
    return valid_stdnum(gr_afm, lambda: pick("0123456789", 9))


def make_bsn() -> str:
    return valid_stdnum(bsn, lambda: str(rng.randrange(1, 10)) + pick(DIGITS, 8))


def make_pesel() -> str:
    return valid_stdnum(pesel, lambda: birth().strftime("%y%m%d") + pick(DIGITS, 5))


def make_medicare() -> str:
    while True:
        body = str(rng.randrange(2, 7)) + pick(DIGITS, 7)
        check = sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
        return f"{body[:4]} {body[4:]}{check} {rng.randrange(1, 10)}"


def nip() -> str:
    while True:
        body = str(rng.randrange(1, 10)) + pick(DIGITS, 8)
        check = sum(int(c) * w for c, w in zip(body, (6, 5, 7, 2, 3, 4, 5, 6, 7), strict=True)) % 11
        if check != 10:
            return body + str(check)


def dowod() -> str:
    letters = pick("ABCDEFGHJKLMNPRSTUVWXYZ", 3)
    digits = pick(DIGITS, 5)
    values = [ord(c) - 55 for c in letters] + [int(c) for c in digits]
    check = sum(v * w for v, w in zip(values, (7, 3, 1, 7, 3, 1, 7, 3), strict=True)) % 10
    return letters + str(check) + digits


def hu_tax() -> str:
    while True:
        body = "8" + f"{rng.randrange(20000, 50000):05d}" + pick(DIGITS, 3)
        check = sum(int(c) * (i + 1) for i, c in enumerate(body)) % 11
        if check != 10:
            return body + str(check)


def pis() -> str:
    body = str(rng.randrange(1, 3)) + pick(DIGITS, 9)
    r = 11 - sum(int(c) * w for c, w in zip(body, (3, 2, 9, 8, 7, 6, 5, 4, 3, 2), strict=True)) % 11
    return body + str(0 if r >= 10 else r)


def cns() -> str:
    while True:
        body = rng.choice("12789") + pick(DIGITS, 13)
        total = sum(int(c) * (15 - i) for i, c in enumerate(body))
        for last in range(10):
            if (total + last) % 11 == 0:
                return body + str(last)


def es_nss() -> str:
    province = f"{rng.randrange(1, 53):02d}"
    number = f"{rng.randrange(10000000, 99999999):08d}"
    return province + number + f"{int(province + number) % 97:02d}"


def lu_matricule() -> str:
    d = birth()
    body = d.strftime("%Y%m%d") + pick(DIGITS, 3)
    body += luhn.calc_check_digit(body)
    return body + verhoeff.calc_check_digit(body[:11])


def uy_ci() -> str:
    body = f"{rng.randrange(1000000, 6999999):07d}"
    check = (10 - sum(int(c) * w for c, w in zip(body, (2, 9, 8, 7, 6, 3, 4), strict=True)) % 10) % 10
    return body + str(check)


def de_rv() -> str:
    d = birth()
    area = rng.choice(("12", "13", "15", "23", "24", "42", "44", "53", "65"))
    letter = rng.choice("ABDGHKMNRSTW")
    serial = f"{rng.randrange(0, 50) if rng.random() < 0.5 else rng.randrange(50, 100):02d}"
    digits = area + d.strftime("%d%m%y") + f"{ord(letter) - 64:02d}" + serial
    total = sum(sum(divmod(int(c) * w, 10)) for c, w in zip(digits, (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1), strict=True))
    return f"{area} {d.strftime('%d%m%y')} {letter}{serial} {total % 10}"


def icao_check(text: str) -> str:
    def value(c):
        return 0 if c == "<" else int(c) if c.isdigit() else ord(c) - 55
    return str(sum(value(c) * (7, 3, 1)[i % 3] for i, c in enumerate(text)) % 10)


def ausweis() -> str:
    body = rng.choice("LMNPRTVWXY") + pick("CFGHJKLMNPRTVWXYZ0123456789", 8)
    return body + icao_check(body)


def kz_iin() -> str:
    while True:
        d = birth()
        body = d.strftime("%y%m%d") + ("3" if d.year < 2000 else "5") + pick(DIGITS, 4)
        s = sum(int(c) * w for c, w in zip(body, range(1, 12), strict=True)) % 11
        if s == 10:
            s = sum(int(c) * w for c, w in zip(body, (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2), strict=True)) % 11
        if s != 10:
            return body + str(s)


NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def nhi() -> str:
    while True:
        letters = pick(NHI_LETTERS, 3)
        digits = pick(DIGITS, 3)
        values = [NHI_LETTERS.index(c) + 1 for c in letters] + [int(c) for c in digits]
        r = sum(v * w for v, w in zip(values, (7, 6, 5, 4, 3, 2), strict=True)) % 11
        if r != 0 and 11 - r != 10:
            return letters + digits + str(11 - r)


# ------------------------------------------------------------------ ids named after their value
TRAILING = (  # (a label after the value, make a valid value)
    ("CPR-nr.", make_cpr), ("CPR", make_cpr), ("CNP", make_cnp), ("ΑΦΜ", make_afm), ("AFM", make_afm),
    ("BSN", make_bsn), ("PESEL", make_pesel), ("Medicare", make_medicare), ("Medicare card", make_medicare),
)


def trailing_kind() -> Family:
    f = Family("trailing_kind")
    carriers = {
        "yaml_comment": 'customer:\n  name: {name}\n  document: "{v}"  # {label}',
        "sql_comment": "UPDATE people SET id_number = '{v}' WHERE id = {row}; -- {label}",
        "log_paren": "2025-03-14 11:02:41 INFO kyc.match holder=\"{name}\" doc={v} ({label})",
        "ini_comment": "[holder]\nname = {name}\nref = {v} ; {label}",
        "js_comment": 'const applicant = {{ name: "{name}", doc: "{v}" }}; // {label}',
    }
    for syntax, carrier in carriers.items():
        for _ in range(4):
            label, make = rng.choice(TRAILING)
            text = intro() + "\n\n" + carrier.format(name=rng.choice(NAMES), v="\x00", label=label, row=rng.randrange(1000, 99999))
            f.add(syntax, text.replace("{", "{{").replace("}", "}}").replace("\x00", "{0}"), [("national_id", make())],
                  "an id whose kind the comment or bracket after it names")
        label, make = rng.choice(TRAILING)
        f.neg(syntax, intro() + "\n\n" + carrier.format(name=rng.choice(NAMES), v=mutate_digit(make()), label=label,
                                                         row=rng.randrange(1000, 99999)), "the named kind's check fails")
        other = rng.choice(("order", "ticket", "invoice no.", "build"))
        f.neg(syntax, intro() + "\n\n" + carrier.format(name=rng.choice(NAMES), v=pick(DIGITS, 10), label=other,
                                                         row=rng.randrange(1000, 99999)), "another kind of number")
    return f


# ------------------------------------------------------------------ layouts with their own checks, after their labels
ID_LAYOUTS = {  # family syntax: (labels, make, written as)
    "pl_nip": (("NIP", "NIP nr", "Numer NIP"), nip, lambda v: rng.choice((v, f"{v[:3]}-{v[3:6]}-{v[6:8]}-{v[8:]}"))),
    "pl_dowod": (("Nr dowodu osobistego", "Seria i numer dowodu", "dowód osobisty nr"), dowod, lambda v: v),
    "hu_tax": (("Adóazonosító jel", "adóazonosító", "Hungarian tax identification number"), hu_tax, lambda v: v),
    "br_pis": (("PIS/PASEP", "PIS", "NIS/PIS"), pis, lambda v: rng.choice((v, f"{v[:3]}.{v[3:8]}.{v[8:10]}-{v[10]}"))),
    "br_cns": (("Cartão Nacional de Saúde", "CNS", "Cartão SUS"), cns,
               lambda v: rng.choice((v, f"{v[:3]} {v[3:7]} {v[7:11]} {v[11:]}"))),
    "es_nss": (("Número de la Seguridad Social", "NSS", "Nº de afiliación a la Seguridad Social"), es_nss,
               lambda v: rng.choice((v, f"{v[:2]}/{v[2:10]}/{v[10:]}", f"{v[:2]} {v[2:10]} {v[10:]}"))),
    "lu_matricule": (("Matricule", "numéro d'identification national", "Luxembourg national identification number"),
                     lu_matricule, lambda v: rng.choice((v, f"{v[:4]} {v[4:8]} {v[8:11]} {v[11:]}"))),
    "uy_ci": (("Cédula de identidad", "C.I.", "CI Nº"), uy_ci, lambda v: rng.choice((f"{v[0]}.{v[1:4]}.{v[4:7]}-{v[7]}",
                                                                                    f"{v[:7]}-{v[7]}"))),
    "de_rv": (("Rentenversicherungsnummer", "RV-Nummer", "Versicherungsnummer der Rentenversicherung"), de_rv,
              lambda v: rng.choice((v, v.replace(" ", "")))),
    "de_ausweis": (("Ausweisnummer", "Personalausweisnummer", "Ausweis-Nr."), ausweis, lambda v: v),
    "kz_iin": (("ИИН", "ЖСН", "IIN"), kz_iin, lambda v: v),
    "nz_nhi": (("NHI", "NHI number", "National Health Index"), nhi, lambda v: v),
}


def id_layouts() -> Family:
    f = Family("id_layouts")
    carriers = (
        "{label}: {v}",
        "| Name | {label} |\n|---|---|\n| {name} | {v} |",
        '{{"holder": "{name}", "{label}": "{v}"}}',
        "Name: {name}\n{label}: {v}\nStatus: verified",
    )
    for syntax, (labels, make, written) in ID_LAYOUTS.items():
        for carrier in carriers:
            value = written(make())
            text = intro() + "\n\n" + carrier.format(label=rng.choice(labels), name=rng.choice(NAMES), v="\x00")
            f.add(syntax, text.replace("{", "{{").replace("}", "}}").replace("\x00", "{0}"), [("national_id", value)],
                  f"a {syntax} after its label, its check holding")
        for carrier in carriers[:2]:
            bad = written(mutate_digit(make()))
            f.neg(syntax, intro() + "\n\n" + carrier.format(label=rng.choice(labels), name=rng.choice(NAMES), v=bad),
                  "the format's check fails")
        f.neg(syntax, intro() + "\n\nOrder number: " + written(make()).replace(" ", ""), "the same digits named an order's")
    return f


# ------------------------------------------------------------------ wallet keys
def bech32_polymod(values):
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def bech32(hrp: str, data: bytes, ok: bool = True) -> str:
    bits = "".join(f"{b:08b}" for b in data)
    bits += "0" * (-len(bits) % 5)
    words = [int(bits[i:i + 5], 2) for i in range(0, len(bits), 5)]
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    polymod = bech32_polymod(expanded + words + [0] * 6) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    if not ok:
        checksum[2] ^= 1
    return hrp + "1" + "".join(BECH32[w] for w in words + checksum)


def b58check(payload: bytes, ok: bool = True) -> str:
    raw = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    if not ok:
        raw = raw[:-1] + bytes([raw[-1] ^ 1])
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + out


def extended_key(version: bytes, private: bool, ok: bool = True) -> str:
    key = (b"\0" + bytes(rng.randrange(256) for _ in range(32))) if private else (b"\x02" + bytes(rng.randrange(256) for _ in range(32)))
    depth = bytes([rng.randrange(0, 4)])
    payload = version + depth + bytes(rng.randrange(256) for _ in range(4)) + bytes(4) + bytes(rng.randrange(256) for _ in range(32)) + key
    return b58check(payload, ok)


XPRV, TPRV, XPUB = bytes.fromhex("0488ADE4"), bytes.fromhex("04358394"), bytes.fromhex("0488B21E")


def wallet_keys() -> Family:
    f = Family("wallet_keys")
    nostr = {
        "json": '{{"relays": ["wss://nos.example.net"], "secret": "{v}"}}',
        "env": "NOSTR_KEY={v}\nRELAY=wss://relay.example.org",
        "prose": "Importe esta chave no cliente: {v}",
    }
    for syntax, carrier in nostr.items():
        for _ in range(3):
            f.add("nsec_" + syntax, carrier.replace("{v}", "\x00").replace("{{", "{").replace("}}", "}")
                  .replace("{", "{{").replace("}", "}}").replace("\x00", "{0}"),
                  [("crypto_private_key", bech32("nsec", bytes(rng.randrange(256) for _ in range(32))))], "a Nostr secret key")
        f.neg("nsec_" + syntax, carrier.format(v=bech32("npub", bytes(rng.randrange(256) for _ in range(32)))),
              "a Nostr public key")
        f.neg("nsec_" + syntax, carrier.format(v=bech32("nsec", bytes(rng.randrange(256) for _ in range(32)), ok=False)),
              "an nsec whose Bech32 checksum fails")
    xprv = {
        "prose": "Backup of the cold wallet, account 0:\n{v}",
        "yaml": "wallet:\n  xkey: {v}\n  path: m/84'/0'/0'",
        "cli": "$ electrum restore {v}",
    }
    for syntax, carrier in xprv.items():
        for version in (XPRV, TPRV, XPRV):
            f.add("xprv_" + syntax, carrier.replace("{v}", "\x00").replace("{", "{{").replace("}", "}}").replace("\x00", "{0}"),
                  [("crypto_private_key", extended_key(version, True))], "a BIP32 extended private key")
        f.neg("xprv_" + syntax, carrier.format(v=extended_key(XPUB, False)), "an extended public key, shared by design")
        f.neg("xprv_" + syntax, carrier.format(v=extended_key(XPRV, True, ok=False)), "an xprv whose checksum fails")
    hardhat = {
        "hardhat_js": 'module.exports = {{\n  networks: {{ mainnet: {{ url: ALCHEMY_URL, accounts: ["{v}"] }} }},\n}};',
        "hardhat_ts": "const config: HardhatUserConfig = {{ networks: {{ base: {{ url, accounts: ['{v}'] }} }} }};",
        "truffle": "new HDWalletProvider({{ privateKeys: ['{v}'], providerOrUrl: rpc }})",
    }
    for syntax, carrier in hardhat.items():
        for _ in range(3):
            f.add(syntax, carrier.replace("{v}", "\x00").replace("{{", "{").replace("}}", "}").replace("{", "{{")
                  .replace("}", "}}").replace("\x00", "{0}"), [("crypto_private_key", rng.choice(("0x", "")) + pick(HEX, 64))],
                  "an Ethereum private key in a deployer's accounts list")
        f.neg(syntax, f"tx {('0x' + pick(HEX, 64))} confirmed in block {rng.randrange(10**7, 2 * 10**7)}",
              "a transaction hash")
        f.neg(syntax, carrier.format(v="${process.env.DEPLOYER_KEY}").replace('["${', "[`${").replace('}"]', "}`]"),
              "a reference to the key")
    return f


# ------------------------------------------------------------------ secrets in tools' carriers
def tool_secrets() -> Family:
    f = Family("tool_secrets")
    names = ("NPM_TOKEN", "SENTRY_AUTH_TOKEN", "DEPLOY_KEY", "PROD_DB_PASSWORD", "SLACK_WEBHOOK", "CF_TOKEN")
    for _ in range(4):
        f.add("gh_secret", f"gh secret set {rng.choice(names)} --repo org/app --body \"{{0}}\"",
              [("secret", pick(ALNUM + "_-", rng.randrange(32, 52)))], "gh secret set's value")
        f.add("gh_secret", f"gh secret set {rng.choice(names)} -b {{0}} --env production",
              [("secret", pick(ALNUM, 40))], "gh secret set's value, short flag")
    f.neg("gh_secret", f"gh secret set {rng.choice(names)} --repo org/app < token.txt", "read from a file")
    f.neg("gh_secret", f"gh secret set {rng.choice(names)} --body \"$TOKEN\"", "a shell variable")
    f.neg("gh_secret", f"gh secret list --repo org/app\n{rng.choice(names)}  Updated 2025-02-01", "a listing")
    for n in range(3):
        lines = "\n".join(f"Unseal Key {i}: \x00{i}" for i in range(1, 4))
        keys = [base64.b64encode(bytes(rng.randrange(256) for _ in range(33))).decode() for _ in range(3)]
        text = f"$ vault operator init\n{lines}\n\nInitial Root Token: hvs.{pick(ALNUM, 24)}"
        template = text.replace("{", "{{").replace("}", "}}")
        for i in range(1, 4):
            template = template.replace(f"\x00{i}", "{%d}" % (i - 1))
        f.add("vault_unseal", template, [("secret", k) for k in keys], "unseal keys printed by vault operator init")
    f.neg("vault_unseal", "Unseal Key 1: <redacted>\nUnseal Progress: 1/3", "a redacted unseal key")
    f.neg("vault_unseal", "Unseal Nonce: " + "-".join(pick(HEX, n) for n in (8, 4, 4, 4, 12)), "the unseal nonce (a uuid)")
    for host in ("enterprise.contribsys.com", "gems.contribsys.com"):
        for _ in range(2):
            f.add("sidekiq", f"bundle config --local {host} {{0}}", [("secret", f"{pick(HEX, 8)}:{pick(HEX, 8)}")],
                  "Sidekiq Pro/Enterprise credentials")
            f.add("sidekiq", f"export BUNDLE_{host.split('.')[0].upper()}__CONTRIBSYS__COM={{0}}",
                  [("secret", f"{pick(HEX, 8)}:{pick(HEX, 8)}")], "Sidekiq credentials in bundler's variable")
    f.neg("sidekiq", "bundle config --local enterprise.contribsys.com USERNAME:PASSWORD", "the docs' placeholder")
    for _ in range(3):
        directive = rng.choice(("rocommunity", "rwcommunity", "rocommunity6"))
        f.add("snmpd", f"# /etc/snmp/snmpd.conf\nsysContact ops@example.net\n{directive} {{0}} 10.{rng.randrange(256)}.0.0/16",
              [("secret", pick(ALNUM, rng.randrange(12, 20)))], "an SNMP community string")
        f.add("snmpd", f"com2sec readonly default {{0}}", [("secret", pick(ALNUM + "_", 16))], "com2sec's community")
    f.neg("snmpd", "rocommunity public localhost", "the well-known default, no secret")
    f.neg("snmpd", "rocommunity $SNMP_COMMUNITY 10.0.0.0/8", "a variable")
    for _ in range(3):
        var = rng.choice(("api_key", "openai_token", "webhook_secret", "client_secret"))
        f.add("rust_string", f'let {var} = String::from("{{0}}");', [("secret", pick(ALNUM, 32))], "Rust String::from")
        f.add("rust_string", f'let {var}: String = "{{0}}".to_string();', [("secret", pick(ALNUM + "-", 36))],
              "Rust to_string")
    f.neg("rust_string", 'let api_key = String::from("your-api-key-here");', "a placeholder")
    f.neg("rust_string", 'let api_key = std::env::var("API_KEY").expect("API_KEY not set");', "read from the environment")
    for _ in range(3):
        name = rng.choice(("sessionid", "PHPSESSID", "connect.sid", "_app_session", "JSESSIONID"))
        f.add("cookie_table", f"Name\tValue\tDomain\tPath\n{name}\t{{0}}\t.shop.example.com\t/\tSession",
              [("session_cookie", pick(LOWER + DIGITS, 32))], "a session cookie in a devtools table")
        f.add("cookie_table", f"{name}    {{0}}    .app.example.org    /    2026-01-01", [("session_cookie", pick(ALNUM, 40))],
              "a session cookie row")
    f.neg("cookie_table", "_ga    GA1.2.1234567890.1700000000    .example.com    /    2026-01-01", "an analytics cookie")
    f.neg("cookie_table", "theme    dark    .example.com    /    Session", "a preference cookie")
    return f


# ------------------------------------------------------------------ password files and OpenVPN keys
CRYPT = "./" + DIGITS + UPPER + LOWER


def crypt_hash() -> str:
    kind = rng.choice(("6", "5", "y", "2y", "2b", "apr1"))
    if kind == "6":
        return f"$6${pick(CRYPT, 16)}${pick(CRYPT, 86)}"
    if kind == "5":
        return f"$5$rounds=5000${pick(CRYPT, 16)}${pick(CRYPT, 43)}"
    if kind == "y":
        return f"$y$j9T${pick(CRYPT, 22)}${pick(CRYPT, 43)}"
    if kind == "apr1":
        return f"$apr1${pick(CRYPT, 8)}${pick(CRYPT, 22)}"
    return f"${kind}${rng.choice(('10', '11', '12'))}${pick(CRYPT, 53)}"


def password_files() -> Family:
    f = Family("password_files")
    users = ("deploy", "backup", "anna", "ci-runner", "nginx-admin")
    for _ in range(4):
        f.add("shadow", f"# /etc/shadow\n{rng.choice(users)}:{{0}}:{rng.randrange(18000, 20500)}:0:99999:7:::",
              [("password_hash", crypt_hash())], "a crypt hash in a shadow entry")
        f.add("htpasswd", f"# .htpasswd\n{rng.choice(users)}:{{0}}", [("password_hash", crypt_hash())], "an htpasswd entry")
    f.neg("shadow", "# /etc/shadow\ndaemon:*:19000:0:99999:7:::\nsshd:!:19000::::::", "locked accounts, no hash")
    f.neg("shadow", "Use `openssl passwd -6` to make a $6$ hash, then paste it after the user name.", "talk about hashes")
    f.neg("htpasswd", "htpasswd -B -c /etc/nginx/.htpasswd admin", "creating the file, no hash")
    f.neg("htpasswd", "$2y$10$ is bcrypt's prefix and 10 its cost.", "a prefix alone")
    for _ in range(3):
        lines = "\n".join(pick(HEX, 32) for _ in range(16))
        block = f"-----BEGIN OpenVPN Static key V1-----\n{lines}\n-----END OpenVPN Static key V1-----"
        carrier = rng.choice(("<tls-crypt>\n{0}\n</tls-crypt>", "# ta.key\n#\n# 2048 bit OpenVPN static key\n#\n{0}",
                              "<tls-auth>\n{0}\n</tls-auth>\nkey-direction 1"))
        f.add("openvpn", "client\nremote vpn.example.net 1194\n" + carrier, [("private_key", block)], "an OpenVPN static key")
    f.neg("openvpn", "client\ntls-auth ta.key 1\nremote-cert-tls server\n<ca>\n-----BEGIN CERTIFICATE-----\n"
          + "\n".join(pick(ALNUM, 64) for _ in range(4)) + "\n-----END CERTIFICATE-----\n</ca>", "a CA certificate")
    return f


# ------------------------------------------------------------------ machine-readable zones
SURNAMES = ("LINDQVIST", "NOWAK", "ETXEBERRIA", "WEBER", "DUMONT", "SADYKOVA", "SOUZA", "NGATA", "KISS", "OKAFOR")
GIVEN = ("MARTA", "OSKAR", "AMAIA", "JONAS", "LEA", "AIGERIM", "RAFAEL", "AROHA", "NORA", "CHIDI")
STATES = ("NLD", "DEU", "FRA", "POL", "ESP", "NZL", "KAZ", "BRA", "HUN", "SWE", "GBR", "ITA")


def pad(text: str, n: int) -> str:
    return (text + "<" * n)[:n]


def mrz_date(d: datetime.date) -> str:
    return d.strftime("%y%m%d")


def zone(kind: str, ok: bool = True, specimen: bool = False) -> str:
    state = "UTO" if specimen else rng.choice(STATES)
    name = "ERIKSSON<<ANNA<MARIA" if specimen else f"{rng.choice(SURNAMES)}<<{rng.choice(GIVEN)}"
    number = pad(pick(UPPER + DIGITS, rng.choice((8, 9))), 9)
    born, expires = mrz_date(birth()), mrz_date(datetime.date(2027, 1, 1) + datetime.timedelta(days=rng.randrange(3000)))
    sex = rng.choice("MF")
    nd = number + icao_check(number)
    bd = born + icao_check(born)
    ed = expires + icao_check(expires)
    if not ok:
        nd = nd[:9] + str((int(nd[9]) + 3) % 10)
    if kind in ("td3", "mrva"):
        first = pad(("P<" if kind == "td3" else "V<") + state + name, 44)
        if kind == "td3":
            personal = pad(pick(DIGITS, rng.choice((0, 10))), 14)
            pd = personal + icao_check(personal)
            composite = nd + bd + ed + pd
            second = nd + state + bd + sex + ed + pd + icao_check(composite)
        else:
            second = pad(nd + state + bd + sex + ed, 44)
        return first + "\n" + second
    if kind == "td2":
        first = pad("I<" + state + name, 36)
        body = nd + state + bd + sex + ed + "<" * 7
        return first + "\n" + body + icao_check(nd + bd + ed)
    first = pad("I<" + state + nd + "<" * 15, 30)
    second_body = pad(bd + sex + ed + state, 29)
    second = second_body + icao_check(first[5:30] + second_body[0:7] + second_body[8:15] + second_body[18:29])
    return first + "\n" + second + "\n" + pad(name, 30)


def mrz() -> Family:
    f = Family("mrz")
    carriers = {
        "ocr": "--- scan, bottom zone ---\n{0}\n--- end ---",
        "codeblock": "```\n{0}\n```",
        "plain": "MRZ:\n{0}\n\nPlease check the expiry.",
    }
    for syntax, carrier in carriers.items():
        for kind in ("td3", "mrva", "td1", "td2"):
            f.add(f"{syntax}_{kind}", intro() + "\n\n" + carrier, [("mrz", zone(kind))], f"a {kind} zone, whole")
            f.neg(f"{syntax}_{kind}", intro() + "\n\n" + carrier.format(zone(kind, ok=False)),
                  "a zone whose document number check fails")
            f.neg(f"{syntax}_{kind}", "Test fixture with the ICAO 9303 specimen:\n" + carrier.format(zone(kind, specimen=True)),
                  "the ICAO specimen issuer (Utopia)")
    return f


# ------------------------------------------------------------------ values public by design
def public_by_design() -> Family:
    f = Family("public_by_design")
    for _ in range(3):
        payload = base64.urlsafe_b64encode(f'{{"u":"{pick(LOWER, 8)}","a":"{pick(LOWER + DIGITS, 25)}"}}'.encode()).decode().rstrip("=")
        f.neg("mapbox_js", f"mapboxgl.accessToken = 'pk.{payload}.{pick(ALNUM + '_-', 22)}';", "a Mapbox public token")
        f.neg("mapbox_env", f"MAPBOX_ACCESS_TOKEN=pk.{payload}.{pick(ALNUM + '_-', 22)}", "a Mapbox public token")
        f.add("mapbox_env", f"MAPBOX_DOWNLOADS_TOKEN=sk.{payload}.{{0}}", [("secret", pick(ALNUM + "_-", 22))],
              "a Mapbox secret token")
        f.neg("stripe_pk", f"const stripe = Stripe('pk_live_{pick(ALNUM, 99)}');", "a Stripe publishable key")
        routing = f"{rng.choice(('0', '1', '2', '3'))}{pick(DIGITS, 7)}"
        total = sum(int(c) * w for c, w in zip(routing, (3, 7, 1, 3, 7, 1, 3, 7), strict=True))
        routing += str((10 - total % 10) % 10)
        f.neg("routing", rng.choice((f'{{"routing_number": "{routing}"}}', f"ABA routing number {routing} (the bank's public code)",
                                     f"Routing no.: {routing}")), "an ABA routing number, public")
    return f


if __name__ == "__main__":
    families = [trailing_kind(), id_layouts(), wallet_keys(), tool_secrets(), password_files(), mrz(), public_by_design()]
    dev_records, holdout_records = split(families, rng)
    write(dev_records, HERE / "dev_pass35m.jsonl", "p35m-")
    write(holdout_records, HERE / "dev_pass35m_holdout.jsonl", "p35mh-")
