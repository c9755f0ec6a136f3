"""The masker's twenty-second pass (coverage, issue 16) working cases, generated from FORMATS rather than from any set's
misses, and written before a rule changed: command lines carrying two secrets or a ``$'...'`` string (SNMPv3 auth and
privacy passphrases, ``smbpasswd`` fed by ``printf``/``echo``/here-strings), Java properties, INI and YAML keys named
just ``key``/``secret``, versions where a password would stand; national phone numbers as cells of headerless tables
in every layout (Markdown, CSV, semicolon CSV, TSV, grid tables) for regions with and without a trunk 0; Azure DevOps
PATs (the 84-character identifiable format with its ``JQQJ99``/``AZDO`` signatures, the legacy 52 of base32) and
Vercel tokens of each documented prefix; the national ids and documents Microsoft Presidio's predefined recognisers
know (AU TFN/ABN/ACN/Medicare, SG NRIC/FIN, PL PESEL, FI HETU, SE personnummer, KR RRN, IN voter id and passport, US
ITIN and driver licence after a label, UK passport and NHS number, US DEA medical licence) with real checksums
(python-stdnum's validators pick the values); crypto wallet addresses with their checksums (Bitcoin Base58Check P2PKH
and P2SH, bech32 P2WPKH, bech32m P2TR, Ethereum EIP-55). Every syntax has hard negatives: failing checksums,
versions, order numbers, hashes, placeholders.

Each family's syntaxes are enumerated, shuffled with the seed, and a third of them (whole syntaxes, with their
negatives) go to ``dev_pass22_holdout.jsonl``: measured only at the start and the end of the pass, never read while
rules change. The rest is ``dev_pass22.jsonl``.

    .venv/bin/python tests/masker_eval/dev_pass22_make.py   # rewrites both files (same seed, same files)
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import string
from collections.abc import Callable
from pathlib import Path

import phonenumbers
from stdnum.au import abn, acn, tfn
from stdnum.fi import hetu
from stdnum.gb import nhs
from stdnum.kr import rrn
from stdnum.pl import pesel
from stdnum.se import personnummer
from family_cases import Family, split, write

HERE = Path(__file__).resolve().parent
rng = random.Random(222222)
UPPER, LOWER, DIGITS = string.ascii_uppercase, string.ascii_lowercase, string.digits
ALNUM = UPPER + LOWER + DIGITS
HEX = "0123456789abcdef"


def pick(alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def pw_plain() -> str:
    return pick(UPPER, 1) + pick(LOWER, rng.randint(4, 7)) + pick(DIGITS, 2) + rng.choice("_.-!") + pick(ALNUM, 3)


def pw_shell() -> str:
    """What a ``$'...'`` string holds: symbols, and a quote or a backslash escaped."""
    return pick(ALNUM, 4) + rng.choice(("\\'", "\\\\", "#", "%", "&", "!", "@")) + pick(LOWER, 3) + pick(DIGITS, 2) \
        + rng.choice("*^~+")


def random_key(n: int, alphabet: str = ALNUM) -> str:
    return pick(alphabet, n)


def user() -> str:
    return rng.choice(("deploy", "app", "svc_backup", "etl", "bob", "ana.silva", "ci-bot", "monitor"))


# ------------------------------------------------------------------ command lines, properties keys, versions
def passwords() -> Family:
    f = Family("password")
    snmp = {
        "snmpwalk_authpriv": "snmpwalk -v3 -l authPriv -u {u} -a SHA -A {{0}} -x AES -X {{1}} 10.20.0.1 ifTable",
        "snmpget_quoted": "snmpget -v 3 -u {u} -l authPriv -a SHA-256 -A '{{0}}' -x AES -X '{{1}}' core-sw1 sysUpTime.0",
        "snmpset_priv_first": "snmpset -v3 -l authPriv -u {u} -x AES -X {{0}} -a SHA -A {{1}} sw2 sysContact.0 s ops",
        "snmpbulkwalk_double": 'snmpbulkwalk -v3 -u {u} -l authPriv -a SHA -A "{{0}}" -x AES256 -X "{{1}}" fw1 .1.3.6.1',
        "snmptrap_engine": "snmptrap -v 3 -e 0x8000000001020304 -u {u} -a SHA -A {{0}} -x AES -X {{1}} -l authPriv nms '' "
                           "1.3.6.1.6.3.1.1.5.1",
        "net_snmp_create_user": "net-snmp-create-v3-user -ro -A {{0}} -a SHA -X {{1}} -x AES {u}",
    }
    for syntax, template in snmp.items():
        for _ in range(2):
            f.add(syntax, template.format(u=user()), [("password", pw_plain()), ("password", pw_plain())],
                  f"two SNMPv3 passphrases (auth and privacy) on one command line: {syntax}")
    f.neg("snmpwalk_authpriv", "snmpwalk -v2c -c public 10.20.0.1 ifTable", "a v2c community 'public', the default")
    f.neg("snmpget_quoted", "snmpget -v3 -l noAuthNoPriv -u monitor core-sw1 sysUpTime.0", "no passphrase")
    f.neg("snmpset_priv_first", "snmpwalk -v3 -l authPriv -u ops -a SHA -A $SNMP_AUTH -x AES -X $SNMP_PRIV sw2",
          "variables")

    smb = {
        "smbpasswd_herestring": "smbpasswd -a {u} -s <<< $'{{0}}\\n{{1}}'",
        "smbpasswd_printf": "printf $'{{0}}\\n{{1}}\\n' | smbpasswd -a -s {u}",
        "smbpasswd_echo_e": "echo -e '{{0}}\\n{{1}}' | smbpasswd -s -a {u}",
        "smbpasswd_subshell": "(echo $'{{0}}'; echo $'{{1}}') | smbpasswd -s -a {u}",
        "pdbedit_pipe": "(echo '{{0}}'; echo '{{1}}') | pdbedit -a -u {u} -t",
    }
    for syntax, template in smb.items():
        for _ in range(2):
            value = pw_shell() if "$'" in template else pw_plain()
            f.add(syntax, template.format(u=user()), [("password", value), ("password", value)],
                  f"a Samba password typed twice through a pipe or here-string: {syntax}")
    f.neg("smbpasswd_herestring", "smbpasswd -a bob", "prompts for the password")
    f.neg("smbpasswd_printf", "printf '%s\\n%s\\n' \"$PW\" \"$PW\" | smbpasswd -a -s bob", "variables")
    f.neg("smbpasswd_subshell", "smbpasswd -x olduser && smbpasswd -e bob", "no password")

    bare_keys = {
        "properties_key": "# api client\nendpoint=https://api.partner.net/v2\nkey={0}\ntimeout=30\n",
        "properties_secret": "oauth.client=web-portal\nsecret={0}\nscope=read write\n",
        "properties_key_spaced": "endpoint = https://api.partner.net/v2\nkey = {0}\n",
        "ini_secret": "[webhook]\nurl = https://hooks.corp.net/in\nsecret = {0}\n",
        "yaml_key": "partner_api:\n  url: https://api.partner.net\n  key: {0}\n",
        "yaml_secret_quoted": "oidc:\n  client: portal\n  secret: \"{0}\"\n",
        "toml_key": '[stripe]\nmode = "live"\nkey = "{0}"\n',
        "json_secret": '{{"client": "portal", "secret": "{0}", "ttl": 3600}}',
    }
    for syntax, template in bare_keys.items():
        for _ in range(2):
            f.add(syntax, template, [("generic_secret", random_key(rng.choice((24, 32, 40)), ALNUM + "-_"))],
                  f"a config key named just key or secret, its value random: {syntax}")
    f.neg("properties_key", "# i18n\nkey=app.title\nvalue=Welcome\n", "a message key")
    f.neg("properties_secret", "oauth.client=web-portal\nsecret=false\n", "a flag")
    f.neg("properties_key_spaced", "sort.order = asc\nkey = customer_id\n", "a column name")
    f.neg("ini_secret", "[webhook]\nsecret = ${WEBHOOK_SECRET}\n", "a variable")
    f.neg("yaml_key", "index:\n  key: com.example.orders.OrderId\n", "a class name")
    f.neg("yaml_secret_quoted", "oidc:\n  secret: \"<client-secret>\"\n", "a placeholder")
    f.neg("toml_key", '[cache]\nkey = "user:{id}:profile"\n', "a cache key template")
    f.neg("json_secret", '{"client": "portal", "secret": "REPLACE_WITH_SECRET"}', "a placeholder")

    versions = ("python3.11", "python3.12", "node20", "v1.24.3", "3.11.4", "go1.22", "openjdk-17", "postgres:16",
                "ruby-3.3.0", "php8.2", "1.0.0-rc1", "jdk21")
    for index, version in enumerate(versions):
        syntax = rng.choice(("env_line", "compose_env", "export", "yaml_value"))
        template = {"env_line": "RUNTIME=docker\nDB_PASSWORD={v}\n", "compose_env": "    environment:\n      - DB_PASSWORD={v}\n",
                    "export": "export ADMIN_PASSWORD={v}", "yaml_value": "db:\n  password: {v}\n"}[syntax]
        f.neg("version_" + syntax, template.format(v=version), "a version or an image tag where a password would be")
        f.add("version_" + syntax, template.format(v="{0}"),
              [("password", pw_plain() if index % 2 else pick(LOWER, 5) + pick(DIGITS, 2) + "." + pick(DIGITS, 2) + "!")],
              "a real password in the same place")
    return f


# ------------------------------------------------------------------ national phone numbers in headerless tables
REGIONS = ("US", "GB", "DE", "FR", "ES", "IT", "NL", "BE", "CH", "AT", "SE", "NO", "DK", "FI", "PL", "PT", "IE", "AU",
           "NZ", "JP", "KR", "IN", "BR", "MX", "AR", "ZA", "CZ", "GR", "HU", "RO")


def a_phone(region: str) -> phonenumbers.PhoneNumber:
    kind = rng.choice((phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE))
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    assert example is not None
    national = str(example.national_number)
    keep = max(2, len(national) - 5)
    for _ in range(300):
        digits = national[:keep] + pick(DIGITS, len(national) - keep)
        number = phonenumbers.parse("+" + str(example.country_code) + digits)
        if phonenumbers.is_valid_number_for_region(number, region) and digits != national:
            return number
    return example


def phones() -> Family:
    f = Family("phone_cell")
    names = ("Ana Silva", "J. de Vries", "Kim Lee", "Bruno Rossi", "Sofia Nowak", "Lars Berg", "Mei Tanaka", "O. Dubois")
    cities = ("Lyon", "Utrecht", "Porto", "Graz", "Malmö", "Kraków", "Cork", "Osaka", "Austin", "Perth")
    layouts = {
        "md_name_phone_city": "| {n} | {0} | {c} |\n| {n2} | {1} | {c2} |\n",
        "md_phone_first": "| {0} | {n} | on call |\n| {1} | {n2} | backup |\n",
        "md_no_outer_pipes": "{n} | {0} | {c}\n{n2} | {1} | {c2}\n",
        "csv_name_phone": "{n},{0},{c}\n{n2},{1},{c2}\n",
        "csv_phone_last": "{n},{c},{0}\n{n2},{c2},{1}\n",
        "semicolon_csv": "{n};{0};{c}\n{n2};{1};{c2}\n",
        "tsv": "{n}\t{0}\t{c}\n{n2}\t{1}\t{c2}\n",
        "grid_table": "+-----------+----------------+\n| {n} | {0} |\n+-----------+----------------+\n"
                      "| {n2} | {1} |\n+-----------+----------------+\n",
        "md_padded": "|  {n}  |   {0}   |  {c}  |\n|  {n2}  |   {1}   |  {c2}  |\n",
    }
    for syntax, layout in layouts.items():
        for region in rng.sample(REGIONS, 5):
            first, second = (phonenumbers.format_number(a_phone(region), phonenumbers.PhoneNumberFormat.NATIONAL)
                             for _ in range(2))
            n, n2 = rng.sample(names, 2)
            c, c2 = rng.sample(cities, 2)
            template = layout.replace("{n}", n).replace("{n2}", n2).replace("{c}", c).replace("{c2}", c2)
            f.add(syntax, template, [("phone", first), ("phone", second)], f"{region} national numbers as cells of a table without a header")
    negatives = {
        "md_name_phone_city": "| Ana Silva | 4521 | Lyon |\n| Kim Lee | 20261130 | Porto |\n",
        "md_phone_first": "| 2026-11-30 | deploy | 14:05 |\n| 2026-12-01 | rollback | 09:12 |\n",
        "md_no_outer_pipes": "order 100045238 | 129.90 EUR | shipped\norder 100045239 | 89.00 EUR | open\n",
        "csv_name_phone": "Ana Silva,10115,Berlin\nKim Lee,75008,Paris\n",
        "csv_phone_last": "sku-4471,blue,0004471220\nsku-4472,red,0004471221\n",
        "semicolon_csv": "Rechnung;2026-0117;1.299,00\nRechnung;2026-0118;349,50\n",
        "tsv": "build\t20261202.3\tpassed\nbuild\t20261202.4\tfailed\n",
        "grid_table": "+------+----------+\n| v1.2 | 3.14.159 |\n+------+----------+\n",
        "md_padded": "|  lot  |   0012 3456 78   |  EAN  |\n",
    }
    for syntax, text in negatives.items():
        f.neg(syntax, text, "a headerless table of codes, dates, amounts, postcodes or builds, no phone")
    return f


# ------------------------------------------------------------------ vendor tokens
def azure_devops_pat() -> str:
    """Microsoft's identifiable PAT: 52 random, the JQQJ99 signature, a version, a date letter, 16 random, AZDO, 4."""
    return pick(ALNUM, 52) + "JQQJ99" + pick(ALNUM, 1) + rng.choice("ABCDEFGHIJKL") + pick(ALNUM, 16) + "AZDO" \
        + pick(ALNUM, 4)


def vendors() -> Family:
    f = Family("vendor")
    formats: dict[str, tuple[Callable[[], str], tuple[str, ...]]] = {
        "azure_devops_pat_env": (azure_devops_pat, ("AZURE_DEVOPS_EXT_PAT={0}", "export AZDO_PAT={0}")),
        "azure_devops_pat_git": (azure_devops_pat, ("git clone https://build:{0}@dev.azure.com/corp/app/_git/app",
                                                    "[http]\n  extraheader = AUTHORIZATION: bearer {0}\n")),
        "azure_devops_pat_bare": (azure_devops_pat, ("the pipeline log printed {0} at step 4", "```\n{0}\n```")),
        "azure_devops_pat_cli": (azure_devops_pat, ("echo {0} | az devops login --organization https://dev.azure.com/corp",
                                                    "az devops login --org https://dev.azure.com/corp  # token {0}")),
        "azure_devops_legacy": (lambda: pick("abcdefghijklmnopqrstuvwxyz234567", 52),
                                ("AZURE_DEVOPS_PAT={0}", "azure_devops:\n  personal_access_token: {0}\n")),
        "vercel_vcp": (lambda: "vcp_" + pick(ALNUM, 56), ("VERCEL_TOKEN={0}", "vercel deploy --prod --token {0}")),
        "vercel_vci": (lambda: "vci_" + pick(ALNUM, 56), ("token: {0}", '{{"integrationToken": "{0}"}}')),
        "vercel_vca": (lambda: "vca_" + pick(ALNUM, 56), ("Authorization: Bearer {0}", "the app's access token is {0}")),
        "vercel_vcr": (lambda: "vcr_" + pick(ALNUM, 56), ('{{"refresh_token": "{0}"}}', "refresh with {0} before it expires")),
        "vercel_vck": (lambda: "vck_" + pick(ALNUM, 56), ("AI_GATEWAY_API_KEY={0}", "const key = '{0}';")),
        "vercel_legacy": (lambda: pick(ALNUM, 24), ("VERCEL_TOKEN={0}", "vercel --token {0} env pull")),
    }
    for syntax, (make, places) in formats.items():
        for place in places:
            f.add(syntax, place, [(syntax, make())], f"a {syntax} in its documented format")
    f.neg("vercel_vcp", "VERCEL_TOKEN=vcp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "a placeholder")
    f.neg("vercel_vca", "Authorization: Bearer $VERCEL_TOKEN", "a variable")
    f.neg("vercel_legacy", "vercel --token $VERCEL_TOKEN env pull", "a variable")
    f.neg("azure_devops_pat_env", "AZURE_DEVOPS_EXT_PAT=<your-pat>", "a placeholder")
    f.neg("azure_devops_pat_bare", "commit " + pick(HEX, 40) + " built in 84 s", "a SHA")
    f.neg("azure_devops_legacy", "AZURE_DEVOPS_PAT_FILE=/run/secrets/azdo", "a file")
    return f


# ------------------------------------------------------------------ national ids (Presidio's recognisers)
def valid(module, make: Callable[[], str]) -> str:
    for _ in range(100000):
        value = make()
        if module.is_valid(value):
            return value
    raise RuntimeError(module)


def invalid(module, make: Callable[[], str]) -> str:
    for _ in range(1000):
        value = make()
        if not module.is_valid(value):
            return value
    raise RuntimeError(module)


def sg_nric(first: str = "") -> str:
    first = first or rng.choice("STFG")
    digits = pick(DIGITS, 7)
    total = sum(w * int(d) for w, d in zip((2, 7, 6, 5, 4, 3, 2), digits)) + (4 if first in "TG" else 0)
    letters = "JZIHGFEDCBA" if first in "ST" else "XWUTRQPNMLK"
    return first + digits + letters[total % 11]


def medicare() -> str:
    digits = str(rng.randint(2, 6)) + pick(DIGITS, 7)
    check = sum(int(d) * w for d, w in zip(digits, (1, 3, 7, 9, 1, 3, 7, 9))) % 10
    return digits + str(check) + str(rng.randint(1, 9))


def dea() -> str:
    digits = [rng.randrange(10) for _ in range(6)]
    check = (digits[0] + digits[2] + digits[4] + 2 * (digits[1] + digits[3] + digits[5])) % 10
    return rng.choice("ABFGMPR") + rng.choice(UPPER) + "".join(map(str, digits)) + str(check)


def birth(century: int = 1900) -> tuple[int, int, int]:
    year = century + (rng.randint(40, 99) if century == 1900 else rng.randint(0, 5))
    return year, rng.randint(1, 12), rng.randint(1, 28)


def make_pesel() -> str:
    y, m, d = birth(rng.choice((1900, 2000)))
    month = m + (20 if y >= 2000 else 0)
    return valid(pesel, lambda: f"{y % 100:02d}{month:02d}{d:02d}" + pick(DIGITS, 5))


def make_hetu() -> str:
    y, m, d = birth()
    return valid(hetu, lambda: f"{d:02d}{m:02d}{y % 100:02d}-{rng.randint(2, 899):03d}" + rng.choice(DIGITS + "ABCDEFHJKLMNPRSTUVWXY"))


def make_personnummer() -> str:
    y, m, d = birth()
    return valid(personnummer, lambda: f"{y % 100:02d}{m:02d}{d:02d}-" + pick(DIGITS, 4))


def make_rrn() -> str:
    y, m, d = birth()
    return valid(rrn, lambda: f"{y % 100:02d}{m:02d}{d:02d}-" + rng.choice("12") + pick(DIGITS, 6))


def make_nhs() -> str:
    number = valid(nhs, lambda: pick("456789", 1) + pick(DIGITS, 9))
    return f"{number[:3]} {number[3:6]} {number[6:]}"


def make_tfn() -> str:
    number = valid(tfn, lambda: pick(DIGITS, 9))
    return f"{number[:3]} {number[3:6]} {number[6:]}"


def make_abn() -> str:
    number = valid(abn, lambda: pick("123456789", 1) + pick(DIGITS, 10))
    return f"{number[:2]} {number[2:5]} {number[5:8]} {number[8:]}"


def make_acn() -> str:
    number = valid(acn, lambda: pick(DIGITS, 9))
    return f"{number[:3]} {number[3:6]} {number[6:]}"


def make_itin() -> str:
    return "9" + pick(DIGITS, 2) + "-" + str(rng.choice(list(range(70, 89)) + [90, 91, 92, 94, 95, 96, 97, 98, 99])) \
        + "-" + pick(DIGITS, 4)


IDS: dict[str, tuple[Callable[[], str], tuple[str, ...], Callable[[], str]]] = {
    # kind: (value, contexts, a failing or wrong-shaped look-alike for the first context)
    "au_tfn": (make_tfn, ("TFN: {0}", "my tax file number is {0}", '{{"tfn": "{0}"}}'),
               lambda: invalid(tfn, lambda: pick(DIGITS, 3) + " " + pick(DIGITS, 3) + " " + pick(DIGITS, 3))),
    "au_abn": (make_abn, ("ABN: {0}", "Australian Business Number {0} (GST registered)"),
               lambda: invalid(abn, lambda: "5" + pick(DIGITS, 1) + " " + pick(DIGITS, 3) + " " + pick(DIGITS, 3) + " "
                               + pick(DIGITS, 3))),
    "au_acn": (make_acn, ("ACN {0}", "Australian Company Number: {0}"),
               lambda: invalid(acn, lambda: pick(DIGITS, 3) + " " + pick(DIGITS, 3) + " " + pick(DIGITS, 3))),
    "au_medicare": (medicare, ("Medicare card: {0}", "medicare number {0}, ref 1"),
                    lambda: "2" + pick(DIGITS, 7) + "00"),
    "sg_nric": (sg_nric, ("NRIC: {0}", "NRIC/FIN {0}", "my nric is {0}"), lambda: "S" + pick(DIGITS, 7) + "Q"),
    "sg_fin": (lambda: sg_nric(rng.choice("FG")), ("FIN: {0}", "Foreign Identification Number {0}"),
               lambda: "F" + pick(DIGITS, 7) + "A"),
    "pl_pesel": (make_pesel, ("PESEL: {0}", "numer PESEL {0}", "pesel={0}"),
                 lambda: invalid(pesel, lambda: "85" + pick(DIGITS, 9))),
    "fi_hetu": (make_hetu, ("henkilötunnus: {0}", "HETU {0}", "Finnish personal identity code {0}"),
                lambda: "131052-308" + rng.choice("ABC")),
    "se_personnummer": (make_personnummer, ("personnummer: {0}", "Personnummer {0}"),
                        lambda: invalid(personnummer, lambda: "8" + pick(DIGITS, 5) + "-" + pick(DIGITS, 4))),
    "kr_rrn": (make_rrn, ("주민등록번호: {0}", "RRN {0}", "resident registration number {0}"),
               lambda: invalid(rrn, lambda: "8" + pick(DIGITS, 5) + "-1" + pick(DIGITS, 6))),
    "in_voter": (lambda: pick(UPPER, 3) + pick(DIGITS, 7), ("Voter ID: {0}", "EPIC no. {0}", "voter id card {0}"),
                 lambda: "ABC" + "0000000"),
    "in_passport": (lambda: rng.choice("ABCDEFGHJKLMNPRSTUVWZ") + str(rng.randint(1, 9)) + pick(DIGITS, 5)
                    + str(rng.randint(1, 9)), ("Indian passport no. {0}", "passport number: {0}"),
                    lambda: "A" + "0000000"),
    "us_itin": (make_itin, ("ITIN: {0}", "individual taxpayer identification number {0}"),
                lambda: "9" + pick(DIGITS, 2) + "-65-" + pick(DIGITS, 4)),
    "us_driver_licence": (lambda: rng.choice(UPPER) + pick(DIGITS, 7),
                          ("Driver's license: {0}", "DL# {0}", "driver license number {0} (CA)"),
                          lambda: "v2.14.1"),
    "uk_passport": (lambda: pick("123456789", 1) + pick(DIGITS, 8), ("UK passport number: {0}", "Passport No. {0}"),
                    lambda: "000000000"),
    "uk_nhs": (make_nhs, ("NHS number: {0}", "NHS No {0}", '{{"nhs_number": "{0}"}}'),
               lambda: (lambda n: f"{n[:3]} {n[3:6]} {n[6:]}")(invalid(nhs, lambda: pick("456789", 1) + pick(DIGITS, 9)))),
    "medical_license": (dea, ("DEA number: {0}", "DEA# {0}", "prescriber DEA registration {0}"),
                        lambda: "AB1234560"),
}


def national_ids() -> Family:
    f = Family("national_id")
    for kind, (make, contexts, bad) in IDS.items():
        for index, context in enumerate(contexts):
            syntax = f"{kind}_{index}"
            f.add(syntax, context, [(kind, make())], f"a {kind} after its label: {context}")
            f.add(syntax, "Customer record\n" + context + "\nstatus: verified", [(kind, make())],
                  f"a {kind} after its label in a record")
        f.neg(f"{kind}_0", contexts[0].format(bad()), f"a {kind} look-alike failing its checksum or shape")
        f.neg(f"{kind}_0", "order " + pick(DIGITS, 9) + " shipped, invoice " + pick(DIGITS, 11), "order numbers")
    return f


# ------------------------------------------------------------------ crypto wallets
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def base58check(version: int, payload: bytes) -> str:
    raw = bytes([version]) + payload
    raw += hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    number, out = int.from_bytes(raw, "big"), ""
    while number:
        number, r = divmod(number, 58)
        out = B58[r] + out
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + out


def _polymod(values: list[int]) -> int:
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i, g in enumerate((0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)):
            chk ^= g if (top >> i) & 1 else 0
    return chk


def segwit(version: int, program: bytes) -> str:
    """BIP-173 (v0, bech32) or BIP-350 (v1+, bech32m) address for the mainnet ``bc`` prefix."""
    acc, bits, data = 0, 0, [version]
    for byte in program:
        acc, bits = (acc << 8) | byte, bits + 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    hrp = "bc"
    const = 1 if version == 0 else 0x2BC830A3
    expanded = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    mod = _polymod(expanded + data + [0] * 6) ^ const
    return hrp + "1" + "".join(BECH32[d] for d in data + [(mod >> 5 * (5 - i)) & 31 for i in range(6)])


def keccak256(data: bytes) -> bytes:
    """Keccak-256 as Ethereum uses it (pad10*1 with 0x01), written out for the EIP-55 case checksum."""
    rc = [1, 0x8082, 0x800000000000808A, 0x8000000080008000, 0x808B, 0x80000001, 0x8000000080008081,
          0x8000000000008009, 0x8A, 0x88, 0x80008009, 0x8000000A, 0x8000808B, 0x800000000000008B, 0x8000000000008089,
          0x8000000000008003, 0x8000000000008002, 0x8000000000000080, 0x800A, 0x800000008000000A, 0x8000000080008081,
          0x8000000000008080, 0x80000001, 0x8000000080008008]
    rot = [[0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61], [28, 55, 25, 21, 56], [27, 20, 39, 8, 14]]
    m = (1 << 64) - 1
    msg = bytearray(data) + b"\x01" + bytes((-len(data) - 1) % 136)
    msg[-1] |= 0x80
    a = [[0] * 5 for _ in range(5)]
    for off in range(0, len(msg), 136):
        for i in range(17):
            a[i % 5][i // 5] ^= int.from_bytes(msg[off + 8 * i: off + 8 * i + 8], "little")
        for r in rc:
            c = [a[x][0] ^ a[x][1] ^ a[x][2] ^ a[x][3] ^ a[x][4] for x in range(5)]
            d = [c[(x - 1) % 5] ^ (((c[(x + 1) % 5] << 1) | (c[(x + 1) % 5] >> 63)) & m) for x in range(5)]
            b = [[0] * 5 for _ in range(5)]
            for x in range(5):
                for y in range(5):
                    v, n = a[x][y] ^ d[x], rot[x][y]
                    b[y][(2 * x + 3 * y) % 5] = ((v << n) | (v >> (64 - n))) & m if n else v
            for x in range(5):
                for y in range(5):
                    a[x][y] = b[x][y] ^ (~b[(x + 1) % 5][y] & b[(x + 2) % 5][y])
            a[0][0] ^= r
    return b"".join(a[i % 5][i // 5].to_bytes(8, "little") for i in range(4))


def eip55(body: str) -> str:
    digest = keccak256(body.encode()).hex()
    return "0x" + "".join(ch.upper() if ch.isalpha() and int(digest[i], 16) >= 8 else ch for i, ch in enumerate(body))


def wallets() -> Family:
    f = Family("crypto")
    kinds: dict[str, Callable[[], str]] = {
        "btc_p2pkh": lambda: base58check(0, rng.randbytes(20)),
        "btc_p2sh": lambda: base58check(5, rng.randbytes(20)),
        "btc_bech32": lambda: segwit(0, rng.randbytes(20)),
        "btc_bech32m": lambda: segwit(1, rng.randbytes(32)),
        "eth_eip55": lambda: eip55(rng.randbytes(20).hex()),
    }
    contexts = ("send to {0}", "BTC: {0}", '{{"wallet": "{0}"}}', "payout address: {0}", "donations: {0}",
                "| Ana Silva | {0} |")
    for kind, make in kinds.items():
        for index, context in enumerate(contexts):
            if kind.startswith("eth"):
                context = context.replace("BTC", "ETH")
            f.add(f"{kind}_{index}", context, [("crypto_wallet", make())], f"a {kind} address with its checksum")
    f.neg("btc_p2pkh_1", "BTC: 1" + pick(B58, 33), "Base58 failing its checksum")
    f.neg("btc_bech32_0", "send to bc1q" + pick(BECH32, 38), "bech32 failing its checksum")
    f.neg("eth_eip55_3", "payout address: 0x" + "".join(rng.choice((c.upper(), c)) for c in pick(HEX, 40)),
          "mixed case failing EIP-55")
    f.neg("eth_eip55_0", "send to the contract at tx 0x" + pick(HEX, 64), "a transaction hash")
    f.neg("btc_p2sh_2", '{"wallet": "3.11.4", "sha": "' + pick(HEX, 40) + '"}', "a version and a hash")
    f.neg("btc_bech32m_4", "donations: see https://example.org/donate", "no address")
    return f


# ------------------------------------------------------------------ more of Presidio's recognisers (added second)
def presidio_more(r: random.Random) -> Family:
    """US bank accounts, Indian vehicle registrations, Italian identity cards, passports and driving licences, US
    licences written in groups, DEA numbers after 'medical licence': drawn from their own random stream, so the
    families above keep their texts and their holdout."""
    def lpick(alphabet: str, n: int) -> str:
        return "".join(r.choice(alphabet) for _ in range(n))

    def dea_number() -> str:
        digits = [r.randrange(10) for _ in range(6)]
        check = (digits[0] + digits[2] + digits[4] + 2 * (digits[1] + digits[3] + digits[5])) % 10
        return r.choice("ABFGMPR") + r.choice(UPPER) + "".join(map(str, digits)) + str(check)

    f = Family("presidio_more")
    kinds: dict[str, tuple[Callable[[], str], tuple[str, ...]]] = {
        "us_bank_account": (lambda: lpick("123456789", 1) + lpick(DIGITS, r.randint(7, 16)),
                            ("bank account number: {0}", "Acct #: {0}", "checking account {0} at First National")),
        "in_vehicle_registration": (lambda: r.choice(("MH", "KA", "DL", "TN", "UP", "GJ")) + r.choice(("", " "))
                                    + f"{r.randint(1, 99):02d}" + r.choice(("", " ")) + lpick(UPPER, 2) + r.choice(("", " "))
                                    + lpick("123456789", 1) + lpick(DIGITS, 3),
                                    ("vehicle registration no. {0}", "Vehicle number: {0}")),
        "it_identity_card": (lambda: lpick("ABCDEFGHJKLMNPRSTUVZ", 2) + lpick(DIGITS, 5) + lpick(UPPER, 2),
                             ("carta d'identità: {0}", "numero carta di identità {0}")),
        "it_passport": (lambda: lpick("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + lpick("123456789", 1) + lpick(DIGITS, 6),
                        ("passaporto n. {0}", "numero di passaporto: {0}")),
        "it_driver_licence": (lambda: "U1" + lpick("BCDEFGHLMNPRSTUWYXZ", 1) + lpick(UPPER + DIGITS, 6) + lpick(UPPER, 1),
                              ("patente di guida: {0}", "patente n. {0}")),
        "us_driver_licence_grouped": (lambda: lpick(UPPER, 1) + lpick(DIGITS, 4) + "-" + lpick(DIGITS, 5) + "-"
                                      + lpick(DIGITS, 5), ("driver license: {0}", "Driver's licence no. {0}")),
        "medical_license_named": (dea_number, ("medical license number: {0}", "prescriber's medical licence {0}")),
    }
    for kind, (make, contexts) in kinds.items():
        for index, context in enumerate(contexts):
            syntax = f"{kind}_{index}"
            f.add(syntax, context, [(kind, make())], f"a {kind} after its label: {context}")
            f.add(syntax, "Applicant\n" + context + "\nchecked: yes", [(kind, make())], f"a {kind} in a record")
    f.neg("us_bank_account_0", "bank account opened 2026-11-30, balance 12345.67", "a date and an amount")
    f.neg("us_bank_account_1", "Acct #: 00000000", "a filler")
    f.neg("in_vehicle_registration_0", "vehicle registration due 2026-12-01", "a date")
    f.neg("it_identity_card_0", "carta d'identità: scaduta", "no number")
    f.neg("it_passport_0", "passaporto n. in attesa", "no number")
    f.neg("us_driver_licence_grouped_0", "driver license: class C, expires 2027-05-31", "no number")
    f.neg("medical_license_named_0", "medical license number: AB1234560", "a failing DEA check")
    return f


# ------------------------------------------------------------------ e-mail addresses as markup and escapes write them (added third)
def encoded_emails(r: random.Random) -> Family:
    """An address whose @ is written as HTML writes it (``&#64;``, ``&#x40;``), as a JSON or JavaScript escape
    (``\\u0040``), full width (``＠``, CJK input methods) or bracketed against scrapers (``[@]``, ``(@)``): from its own
    random stream, after the families above."""
    locals_ = ("ana.silva", "j.devries", "kim_lee", "bruno.rossi+crm", "s.nowak", "lars.berg")
    domains = ("mailbox.co.uk", "corp-mail.de", "posteo.net", "acme-logistics.io", "gmx.at", "web.de")
    f = Family("email_encoded")
    forms = {"html_decimal": "&#64;", "html_hex": "&#x40;", "json_escape": "\\u0040", "fullwidth": "＠",
             "bracketed": "[@]", "parenthesised": "(@)"}
    places = ("Contact: {0}", "<p>Write to {0} for the invoice.</p>", '{{"owner": "{0}"}}')
    for form, at in forms.items():
        for index, place in enumerate(places):
            address = r.choice(locals_) + at + r.choice(domains)
            f.add(f"{form}_{index}", place, [("email", address)], f"an e-mail address with its @ written {form}")
    f.neg("html_decimal_0", "@media (max-width: 600px) {} and icon&#64;2x.png", "an asset name, markup")
    f.neg("json_escape_0", '{"\\u0040type": "Person", "\\u0040id": "urn:x"}', "JSON-LD keys escaped")
    f.neg("fullwidth_0", "＠ユーザー名 でメンションしてください", "a handle, no domain")
    f.neg("bracketed_0", "Write to user[@]example.com (documentation domain)", "a reserved domain")
    f.neg("parenthesised_0", "decorators: (@) property, (@)staticmethod", "code talk")
    return f


# ------------------------------------------------------------------ more command lines (added fourth)
def command_lines(r: random.Random) -> Family:
    """Passwords fed through here-strings and pipes to the commands that read them (kinit, cryptsetup, gpg, ipa,
    pdbedit), Wi-Fi passphrases (wpa_passphrase, nmcli), ``net use`` with the user first, a second passphrase flag
    (ssh-keygen -P old -N new), a libpq conninfo string in quotes (the password ends at its space): from its own
    random stream, after the families above."""
    def password_value() -> str:
        return (r.choice(UPPER) + "".join(r.choice(LOWER) for _ in range(r.randint(4, 7)))
                + "".join(r.choice(DIGITS) for _ in range(2)) + r.choice("_.!#") + "".join(r.choice(ALNUM) for _ in range(3)))

    f = Family("cli_more")
    one = {
        "kinit_here_string": "kinit admin@CORP.NET <<< '{0}'",
        "kinit_pipe": "echo '{0}' | kinit svc_backup",
        "cryptsetup_here_string": "cryptsetup luksOpen /dev/sdb1 vault <<< '{0}'",
        "cryptsetup_pipe": "printf '%s' '{0}' | cryptsetup open --type luks /dev/sdc1 data -",
        "gpg_passphrase_fd": "gpg --batch --pinentry-mode loopback --passphrase-fd 0 -d backup.gpg <<< '{0}'",
        "ipa_user_add": "ipa user-add jdoe --first=J --last=Doe --password <<< '{0}'",
        "pdbedit_here_string": "pdbedit -a bob --password-from-stdin <<< '{0}'",
        "wpa_passphrase": "wpa_passphrase CorpWiFi {0} >> /etc/wpa_supplicant.conf",
        "wpa_passphrase_quoted_ssid": "wpa_passphrase \"Corp Guest\" '{0}'",
        "nmcli_psk": "nmcli con modify CorpWiFi wifi-sec.psk {0}",
        "nmcli_8021x": "nmcli con modify eap0 802-1x.identity bob 802-1x.password {0}",
        "net_use_user_first": "net use Z: \\\\fs01\\share /user:CORP\\bob {0} /persistent:no",
        "psql_conninfo_quoted": 'psql "host=db.internal user=app password={0} dbname=ledger sslmode=require"',
        "psycopg_conninfo": 'conn = psycopg2.connect("host=db user=app password={0} dbname=app")',
    }
    for syntax, template in one.items():
        for _ in range(2):
            f.add(syntax, template.replace("{0}", "{{0}}").format(), [("password", password_value())],
                  f"a password in a command line: {syntax}")
    for _ in range(2):
        f.add("ssh_keygen_old_new", "ssh-keygen -p -f ~/.ssh/id_ed25519 -P '{0}' -N '{1}'",
              [("password", password_value()), ("password", password_value())], "the old and the new passphrase")
    f.neg("kinit_here_string", "kinit -kt /etc/krb5.keytab svc_backup@CORP.NET", "a keytab")
    f.neg("cryptsetup_here_string", "cryptsetup luksOpen /dev/sdb1 vault --key-file /root/vault.key", "a key file")
    f.neg("gpg_passphrase_fd", "gpg --batch --passphrase-fd 0 -d backup.gpg <<< \"$GPG_PASS\"", "a variable")
    f.neg("wpa_passphrase", "wpa_passphrase CorpWiFi < /run/secrets/psk", "from a file")
    f.neg("nmcli_psk", "nmcli con modify CorpWiFi wifi-sec.key-mgmt wpa-psk", "a setting")
    f.neg("net_use_user_first", "net use Z: \\\\fs01\\share /user:CORP\\bob /persistent:no", "prompts")
    f.neg("psql_conninfo_quoted", 'psql "host=db.internal user=app dbname=ledger sslmode=require"', "no password")
    f.neg("ssh_keygen_old_new", "gcloud sql users set-password root --host=% --instance=db1 --prompt-for-password",
          "flags after a command named set-password")
    return f


# ------------------------------------------------------------------ split and write
if __name__ == "__main__":
    dev_records, holdout_records = split([passwords(), phones(), vendors(), national_ids(), wallets()], rng)
    for late_family in (presidio_more(random.Random(222223)), encoded_emails(random.Random(222224)),
                        command_lines(random.Random(222225))):
        late_dev, late_holdout = split([late_family], rng)
        dev_records += late_dev
        holdout_records += late_holdout
    write(dev_records, HERE / "dev_pass22.jsonl", "p22-")
    write(holdout_records, HERE / "dev_pass22_holdout.jsonl", "p22h-")
