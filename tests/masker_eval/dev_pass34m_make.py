"""The masker's pass 34m (issue 16): working cases for the FORMAT and CARRIER properties the masker lacked on the
retired blind set v14, written from the formats' own definitions, with values drawn here and carriers of this file's
own (no value or sentence of v14 is reused).

Families:
- ``row_secret``: a credential after its variable's name in a Markdown table row (``| NAME | value |``, with or
  without backticks, with a third column) and after an arrow (``→``, ``->``, ``⇒``) as prose and chat write them;
- ``xml_add``: .NET ``<add key="NAME" value="..."/>`` settings whose names are key-family names (write keys,
  encryption and signing keys, vendor names) rather than the password words;
- ``sql_row``: a national id in the column an ``INSERT INTO t (...) VALUES (...)`` names for it, at any position;
- ``id_formats``: formats with their own layout and check: Hungary's TAJ (weights 3/7, mod 10), Germany's
  Krankenversichertennummer (letter + 9 digits, Luhn-style over the letter's two digits), the US Medicare
  Beneficiary Identifier (11 positions of a fixed letter/digit layout), US ITINs of every issued group (50-65, 70-88,
  90-92, 94-99);
- ``id_column``: letter-led national ids (Taiwan, Spain's NIE, Italy's codice fiscale) under a ``national_id`` /
  ``id_number`` column of ``;``, tab or ``,`` separated rows;
- ``wif``: Bitcoin private keys in Wallet Import Format (Base58Check, version 0x80, 51 or 52 characters);
- ``card_more``: cards of the brands the masker did not know (RuPay 60/6521/6522/81/82/508, Troy 9792, UzCard 8600,
  Humo 9860) and 13-digit Visa numbers under a card column;
- ``chat_webhook``: Google Chat incoming-webhook URLs (``/v1/spaces/<space>/messages?key=...&token=...``), whole.
Hard look-alikes for each: placeholders, references to a secret store, non-secret names over random-looking values,
ids failing their check or in another column, MBIs with excluded letters, WIFs whose checksum fails, Base58 addresses
and CIDs, tracking numbers in groups of four that hold a Luhn-valid run, webhook endpoints without key and token.

A third of each family's syntaxes (whole syntaxes, with their negatives, chosen by the seed) is
``dev_pass34m_holdout.jsonl``, measured only at the start and the end of the pass. The rest is ``dev_pass34m.jsonl``.

    .venv/bin/python tests/masker_eval/dev_pass34m_make.py   # rewrites both files (same seed, same files)
"""

from __future__ import annotations

import hashlib
import random
import string
from pathlib import Path

from family_cases import Family, split, write
from stdnum import luhn
from stdnum.bg import egn
from stdnum.br import cpf
from stdnum.cz import rc
from stdnum.ee import ik
from stdnum.es import dni, nie
from stdnum.fi import hetu
from stdnum.hr import oib
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.ro import cnp
from stdnum.se import personnummer
from stdnum.tr import tckimlik

HERE = Path(__file__).resolve().parent
rng = random.Random(343434)
UPPER, LOWER, DIGITS = string.ascii_uppercase, string.ascii_lowercase, string.digits
ALNUM = UPPER + LOWER + DIGITS
HEX = "0123456789abcdef"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def pick(alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid() -> str:
    return f"{pick(HEX, 8)}-{pick(HEX, 4)}-4{pick(HEX, 3)}-{rng.choice('89ab')}{pick(HEX, 3)}-{pick(HEX, 12)}"


INTRO = (  # a line before the carrier, in the languages of the answers the masker reads
    "Here is the current configuration:", "Hier ist die aktuelle Konfiguration:", "Voici la configuration actuelle :",
    "Esta es la configuración actual:", "Esta é a configuração atual:", "Ecco la configurazione attuale:",
    "Dit is de huidige configuratie:", "Oto bieżąca konfiguracja:", "Mevcut yapılandırma şöyle:",
    "Вот текущая конфигурация:", "現在の設定は次のとおりです：", "这是当前的配置：", "현재 설정은 다음과 같습니다:",
    "Här är den aktuella konfigurationen:", "Tady je aktuální konfigurace:", "Íme a jelenlegi beállítás:",
    "هذه هي الإعدادات الحالية:", "यह वर्तमान कॉन्फ़िगरेशन है:", "Đây là cấu hình hiện tại:", "Ini konfigurasi saat ini:",
)


def intro() -> str:
    return rng.choice(INTRO)


# ------------------------------------------------------------------ credentials after their name in rows and arrows
SECRET_NAMES = ("SESSION_SECRET", "JWT_SIGNING_KEY", "MIXPANEL_API_SECRET", "HMAC_KEY", "APP_SECRET", "OKTA_CLIENT_SECRET",
                "PUSHER_APP_SECRET", "ENCRYPTION_KEY", "WEBHOOK_SECRET", "API_TOKEN", "AUTH0_CLIENT_SECRET",
                "SECRET_KEY_BASE", "INTERNAL_API_KEY", "SIGNING_SECRET", "ALGOLIA_WRITE_KEY", "CONSUMER_SECRET")


def secret_value() -> str:
    return rng.choice((lambda: pick(HEX, 32), lambda: pick(HEX, 64), lambda: pick(ALNUM, 32),
                       lambda: pick(ALNUM + "-_", 43), lambda: pick(ALNUM + "+/", 40), lambda: pick(ALNUM, 24)))()


NOT_SECRETS = (  # (name, value) rows a table of settings holds beside its secrets
    ("LOG_LEVEL", "debug"), ("REGION", "eu-central-1"), ("GIT_SHA", None), ("REQUEST_ID", None), ("TIMEOUT", "30s"),
    ("BASE_URL", "https://api.internal.example/v2"), ("IMAGE_DIGEST", None), ("BUILD_ID", None),
)


def not_secret_value(name: str, value: str | None) -> str:
    if value:
        return value
    return {"GIT_SHA": lambda: pick(HEX, 40), "REQUEST_ID": uuid, "IMAGE_DIGEST": lambda: "sha256:" + pick(HEX, 64),
            "BUILD_ID": lambda: pick(DIGITS, 9)}[name]()


PLACEHOLDERS = ("<your-token-here>", "${{ secrets.APP_SECRET }}", "changeme", "REDACTED", "********",
                "vault:secret/data/app#token", "(set in CI)", "$API_TOKEN", "process.env.SESSION_SECRET", "xxxxxxxxxxxxxxxx",
                "{{ .Values.auth.secret }}", "op://prod/app/secret")


def row_secret() -> Family:
    f = Family("row_secret")
    carriers = {
        "md_backtick": "| variable | value |\n|---|---|\n| {n} | `{v}` |\n| LOG_LEVEL | `info` |",
        "md_plain": "| Name | Value |\n| --- | --- |\n| REGION | eu-west-1 |\n| {n} | {v} |",
        "md_three": "| key | value | note |\n|-----|-------|------|\n| {n} | `{v}` | rotated monthly |",
        "arrow_unicode": "`{n}` → {v}",
        "arrow_ascii": "{n} -> {v}",
        "arrow_double": "{n} ⇒ `{v}`",
    }
    for syntax, carrier in carriers.items():
        for _ in range(6):
            name = rng.choice(SECRET_NAMES)
            text = intro() + "\n\n" + carrier.format(n=name, v="{0}").replace("{0}", "\x00")
            f.add(syntax, text.replace("{", "{{").replace("}", "}}").replace("\x00", "{0}"),
                  [("secret", secret_value())], "a credential in its name's row or after its name and an arrow")
        for _ in range(4):
            name = rng.choice(SECRET_NAMES)
            f.neg(syntax, intro() + "\n\n" + carrier.format(n=name, v=rng.choice(PLACEHOLDERS)),
                  "a placeholder or a reference in a secret's row")
            other, value = rng.choice(NOT_SECRETS)
            f.neg(syntax, intro() + "\n\n" + carrier.format(n=other, v=not_secret_value(other, value)),
                  "a setting that is no secret, random-looking or not")
    return f


# ------------------------------------------------------------------ .NET appSettings
XML_NAMES = ("Segment.WriteKey", "DATA_ENCRYPTION_KEY", "Jwt:SigningKey", "HmacKey", "Mixpanel.ApiSecret",
             "Pusher:AppSecret", "ClientSecret", "Sendbird.ApiToken", "Twilio:AuthToken", "MasterKey", "WebhookSigningKey",
             "Auth0.ClientSecret")


def xml_add() -> Family:
    f = Family("xml_add")
    carriers = {
        "add_double": '<appSettings>\n  <add key="{n}" value="{v}" />\n  <add key="Environment" value="Production" />\n</appSettings>',
        "add_single": "<add key='{n}' value='{v}'/>",
        "add_spaced": '<add  key = "{n}"  value = "{v}" />',
    }
    for syntax, carrier in carriers.items():
        for _ in range(6):
            text = intro() + "\n\n" + carrier.format(n=rng.choice(XML_NAMES), v="\x00")
            f.add(syntax, text.replace("{", "{{").replace("}", "}}").replace("\x00", "{0}"), [("secret", secret_value())],
                  "a key-family setting's value")
        for placeholder in ("#{WriteKey}", "$(SigningKey)", "__HMAC_KEY__", "[set by release pipeline]"):
            f.neg(syntax, intro() + "\n\n" + carrier.format(n=rng.choice(XML_NAMES), v=placeholder),
                  "a pipeline substitution, no value")
        f.neg(syntax, intro() + "\n\n" + carrier.format(n="BuildCommit", v=pick(HEX, 40)), "a commit under a plain name")
        f.neg(syntax, intro() + "\n\n" + carrier.format(n="CorrelationId", v=uuid()), "a correlation id")
    return f


# ------------------------------------------------------------------ national ids in SQL rows
def valid(make, module) -> str:
    while True:
        value = make()
        if module.is_valid(value):
            return value


def invalid(make, module) -> str:
    while True:
        value = make()
        if not module.is_valid(value):
            return value


def birth(fmt: str = "%02d%02d%02d") -> str:
    return fmt % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(40, 99))


SQL_IDS = {  # column name: (make a valid value, make a candidate, its module)
    "dni": (lambda: pick(DIGITS, 8) + "TRWAGMYFPDXBNJZSQVHLCKE"[0], dni),
    "nie": (lambda: rng.choice("XYZ") + pick(DIGITS, 7) + rng.choice(UPPER), nie),
    "pesel": (lambda: "%02d%02d%02d" % (rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28)) + pick(DIGITS, 5),
              pesel),
    "cnp": (lambda: rng.choice("12") + "%02d%02d%02d" % (rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28))
            + "%02d" % rng.randint(1, 40) + pick(DIGITS, 4), cnp),
    "personnummer": (lambda: "%02d%02d%02d-" % (rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28))
                     + pick(DIGITS, 4), personnummer),
    "hetu": (lambda: birth() + "-" + pick(DIGITS, 3) + rng.choice("0123456789ABCDEFHJKLMNPRSTUVWXY"), hetu),
    "isikukood": (lambda: rng.choice("3456") + "%02d%02d%02d" % (rng.randint(50, 99), rng.randint(1, 12),
                                                                 rng.randint(1, 28)) + pick(DIGITS, 4), ik),
    "egn": (lambda: "%02d%02d%02d" % (rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28)) + pick(DIGITS, 4), egn),
    "tc_kimlik_no": (lambda: rng.choice("123456789") + pick(DIGITS, 10), tckimlik),
    "bsn": (lambda: rng.choice("123456789") + pick(DIGITS, 8), bsn),
    "cpf": (lambda: pick(DIGITS, 11), cpf),
    "codice_fiscale": (lambda: pick(UPPER, 6) + "%02d" % rng.randint(40, 99) + rng.choice("ABCDEHLMPRST")
                       + "%02d" % rng.randint(1, 28) + rng.choice(UPPER) + pick(DIGITS, 3) + rng.choice(UPPER), codicefiscale),
    "oib": (lambda: rng.choice("123456789") + pick(DIGITS, 10), oib),
    "rodne_cislo": (lambda: "%02d%02d%02d/" % (rng.randint(54, 99), rng.randint(1, 12), rng.randint(1, 28))
                    + pick(DIGITS, 4), rc),
}


def sql_row() -> Family:
    f = Family("sql_row")
    tables = ("customers", "public.patients", "`crm`.`contacts`", "hr.employees", "kyc_checks")
    langs = ("Insert generated by the import job:", "Vom Import erzeugtes Statement:", "Requête générée par l'import :",
             "Sentencia generada por la importación:", "Instrukcja wygenerowana przez import:", "インポートが生成した文：",
             "Импорт сгенерировал:", "导入生成的语句：")
    for column, (make, module) in SQL_IDS.items():
        value = valid(make, module)
        position = rng.randint(0, 3)
        others = [("id", f"'C-{pick(DIGITS, 6)}'"), ("full_name", "'Kim Ode'"), ("city", "'Tartu'"),
                  ("created_at", "'2025-03-02'")]
        rng.shuffle(others)
        cols = [c for c, _ in others[:position]] + [column] + [c for c, _ in others[position:position + 1]]
        vals = [x for _, x in others[:position]] + ["\x00"] + [x for _, x in others[position:position + 1]]
        syntax = rng.choice(("insert_quoted", "insert_backticks", "insert_multiline"))
        col_text = ", ".join(f"`{c}`" if syntax == "insert_backticks" else c for c in cols)
        sep = "\n  " if syntax == "insert_multiline" else " "
        stmt = f"INSERT INTO {rng.choice(tables)} ({col_text}){sep}VALUES ({', '.join(vals)});"
        quoted = "'\x00'"
        text = rng.choice(langs) + "\n\n" + stmt.replace("\x00", quoted)
        f.add(syntax, text.replace("{", "{{").replace("}", "}}").replace("\x00", "{0}"), [("national_id", value)],
              "an id in the column the INSERT names for it")
        # look-alikes: the id's column holds an invalid one; a valid one sits in an order column
        bad = invalid(make, module)
        f.neg(syntax, rng.choice(langs) + "\n\n" + stmt.replace("\x00", f"'{bad}'"), "an id failing its check")
        order_stmt = (f"INSERT INTO orders (order_no, {column}, amount){sep}VALUES ('{valid(make, module).replace('-', '')}'"
                      f", NULL, 12.50);")
        f.neg(syntax, rng.choice(langs) + "\n\n" + order_stmt, "an id-shaped order number, the id's column empty")
    return f


# ------------------------------------------------------------------ formats with their own layout and check
def taj(ok: bool = True) -> str:
    body = pick(DIGITS, 8)
    check = sum(int(c) * (3 if i % 2 == 0 else 7) for i, c in enumerate(body)) % 10
    return body + str(check if ok else (check + rng.randint(1, 9)) % 10)


def kvnr(ok: bool = True) -> str:
    letter = rng.choice(UPPER)
    body = pick(DIGITS, 8)
    digits = f"{UPPER.index(letter) + 1:02d}" + body
    total = sum(sum(divmod(int(c) * (1 if i % 2 == 0 else 2), 10)) for i, c in enumerate(digits))
    check = total % 10
    return letter + body + str(check if ok else (check + rng.randint(1, 9)) % 10)


MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"


def mbi(ok: bool = True) -> str:
    an = MBI_LETTERS + DIGITS
    value = (rng.choice("123456789") + rng.choice(MBI_LETTERS) + rng.choice(an) + rng.choice(DIGITS) + rng.choice(MBI_LETTERS)
             + rng.choice(an) + rng.choice(DIGITS) + rng.choice(MBI_LETTERS) + rng.choice(MBI_LETTERS) + pick(DIGITS, 2))
    if not ok:
        i = rng.choice((1, 4, 7, 8))
        value = value[:i] + rng.choice("SLOIBZ") + value[i + 1:]
    return value if rng.random() < 0.5 else f"{value[:4]}-{value[4:7]}-{value[7:]}"


def itin(ok: bool = True) -> str:
    groups = [g for g in range(50, 100) if g not in range(66, 70) and g not in (89, 93)]
    group = rng.choice(groups) if ok else rng.choice((rng.randint(10, 49), 89, 93))
    return f"9{pick(DIGITS, 2)}-{group:02d}-{pick(DIGITS, 4)}"


ID_LABELS = {
    "hu_taj": (taj, ("TAJ szám", "TAJ", "társadalombiztosítási azonosító jel", "Hungarian social security number",
                     "taj_szam")),
    "de_kvnr": (kvnr, ("Krankenversichertennummer", "KVNR", "Versichertennummer", "Krankenversicherungsnummer",
                       "health insurance number (DE)", "kvnr")),
    "us_mbi": (mbi, ("Medicare Beneficiary Identifier", "MBI", "Medicare ID (MBI)", "medicare_mbi", "Medicare number")),
    "us_itin": (itin, ("ITIN", "Individual Taxpayer Identification Number", "itin")),
}


def id_formats() -> Family:
    f = Family("id_formats")
    carriers = {
        "label": "{intro}\n\n{label}: {v}\n",
        "json": '{{"{key}": "{v}", "status": "verified"}}',
        "xml": "<patient>\n  <{key}>{v}</{key}>\n</patient>",
        "arrow": "{label} → {v}",
        "yaml": "member:\n  {key}: {v}\n  plan: basic",
        "log": "2025-06-01T10:22:03Z INFO kyc ok {key}={v} ref=R-{ref}",
    }
    for kind, (make, labels) in ID_LABELS.items():
        for syntax, carrier in carriers.items():
            label = rng.choice(labels)
            key = label.lower().replace(" ", "_").replace("(", "").replace(")", "")
            text = carrier.format(intro=intro(), label=label, key=key, v="\x00", ref=pick(DIGITS, 5))
            f.add(syntax, text.replace("{", "{{").replace("}", "}}").replace("\x00", "{0}"), [("national_id", make())],
                  f"a {kind} after its name")
            f.neg(syntax, carrier.format(intro=intro(), label=label, key=key, v=make(False), ref=pick(DIGITS, 5)),
                  f"a {kind}-shaped value failing its check or layout")
    return f


# ------------------------------------------------------------------ letter-led ids under an id column
TW_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"


def taiwan(ok: bool = True) -> str:
    while True:
        letter = rng.choice(TW_LETTERS)
        body = rng.choice("12") + pick(DIGITS, 8)
        code = TW_LETTERS.index(letter) + 10
        numbers = [code // 10, code % 10] + [int(c) for c in body]
        good = sum(n * w for n, w in zip(numbers, (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1))) % 10 == 0
        if good == ok:
            return letter + body


def id_column() -> Family:
    f = Family("id_column")
    makers = (("taiwan", taiwan), ("nie", lambda ok=True: (valid if ok else invalid)(
        lambda: rng.choice("XYZ") + pick(DIGITS, 7) + rng.choice(UPPER), nie)),
        ("cf", lambda ok=True: (valid if ok else invalid)(SQL_IDS["codice_fiscale"][0], codicefiscale)))
    headers = ("national_id", "id_number", "national id", "personal_id", "tax_id")
    for sep, syntax in ((";", "semicolon"), ("\t", "tab"), (",", "comma")):
        for name, make in makers:
            header = rng.choice(headers)
            rows = [f"C-{pick(DIGITS, 6)}{sep}\x00{sep}{rng.choice(('gold', 'silver', 'basic'))}"]
            text = f"customer{sep}{header}{sep}segment\n" + "\n".join(rows)
            f.add(syntax, text.replace("{", "{{").replace("}", "}}").replace("\x00", "{0}"), [("national_id", make())],
                  f"a {name} id under an id column")
            f.neg(syntax, f"customer{sep}{header}{sep}segment\nC-{pick(DIGITS, 6)}{sep}{make(False)}{sep}basic",
                  f"a {name}-shaped value failing its check under an id column")
            f.neg(syntax, f"sku{sep}product_id{sep}stock\nSKU-{pick(DIGITS, 4)}{sep}{make()}{sep}{rng.randint(1, 90)}",
                  "an id-shaped code under a product column")
    return f


# ------------------------------------------------------------------ Bitcoin private keys (WIF)
def b58encode(raw: bytes) -> str:
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + out


def b58check(payload: bytes) -> str:
    return b58encode(payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4])


def wif(ok: bool = True) -> str:
    key = bytes(rng.randrange(256) for _ in range(32))
    value = b58check(b"\x80" + key + (b"\x01" if rng.random() < 0.6 else b""))
    if ok:
        return value
    i = rng.randrange(10, len(value) - 1)
    return value[:i] + rng.choice([c for c in B58 if c != value[i]]) + value[i + 1:]


def wif_keys() -> Family:
    f = Family("wif")
    carriers = {
        "dotenv": "WALLET_WIF={v}\nNETWORK=mainnet",
        "yaml": "signer:\n  private_key: {v}\n  network: bitcoin",
        "json": '{{"wif": "{v}", "label": "cold-2"}}',
        "prose": "{intro} importprivkey {v}",
        "log": "2025-02-11 09:14:55 WARN wallet-svc exported key {v}",
    }
    for syntax, carrier in carriers.items():
        for _ in range(3):
            text = carrier.format(intro=intro(), v="\x00")
            f.add(syntax, text.replace("{", "{{").replace("}", "}}").replace("\x00", "{0}"), [("crypto_private_key", wif())],
                  "a WIF private key")
        f.neg(syntax, carrier.format(intro=intro(), v=wif(False)), "a WIF-shaped string whose checksum fails")
        address = b58check(b"\x00" + bytes(rng.randrange(256) for _ in range(20)))
        f.neg(syntax, carrier.format(intro=intro(), v=address).replace("exported key", "paid to"),
              "a legacy address (Base58Check, version 0), public")
        f.neg(syntax, carrier.format(intro=intro(), v="Qm" + pick(B58, 44)).replace("exported key", "pinned"),
              "an IPFS CIDv0")
    return f


# ------------------------------------------------------------------ cards of more brands, and runs that are no card
def card(prefix: str, length: int, ok: bool = True) -> str:
    body = prefix + pick(DIGITS, length - len(prefix) - 1)
    digit = luhn.calc_check_digit(body)
    return body + (digit if ok else rng.choice([d for d in DIGITS if d != digit]))


def fours(number: str, sep: str = " ") -> str:
    return sep.join(number[i:i + 4] for i in range(0, len(number), 4))


MORE_BRANDS = (("60", 16), ("6521", 16), ("6522", 16), ("81", 16), ("82", 16), ("508", 16), ("9792", 16), ("8600", 16),
               ("9860", 16))
CARD_LABELS = ("card", "Kartennummer", "numéro de carte", "número de tarjeta", "numero carta", "номер карты",
               "kart numarası", "カード番号", "卡号", "card no.")


def card_more() -> Family:
    f = Family("card_more")
    for prefix, length in MORE_BRANDS:
        syntax = rng.choice(("label", "form", "json"))
        label = rng.choice(CARD_LABELS)
        number = card(prefix, length)
        shown = fours(number, rng.choice((" ", "-"))) if rng.random() < 0.7 else number
        carrier = {"label": "{l}: \x00", "form": "name: A. Okafor\n{l}: \x00\nexp: 09/28",
                   "json": '{{"{l}": "\x00", "exp": "11/27"}}'}[syntax]
        text = carrier.format(l=label)
        f.add(syntax, text.replace("{", "{{").replace("}", "}}").replace("\x00", "{0}"), [("card", shown)],
              "a card of a brand with its issuer prefix")
        f.neg(syntax, carrier.format(l=label).replace("\x00", fours(card(prefix, length, False))), "failing Luhn")
    for sep, syntax in ((",", "csv"), (";", "csv_semicolon"), ("\t", "tsv")):
        for _ in range(3):
            number = card("4", 13)
            f.add(syntax, f"order{sep}card_number{sep}total\n{pick(DIGITS, 5)}{sep}{{0}}{sep}{rng.randint(5, 400)}.00",
                  [("card", number)], "a 13-digit Visa under a card column")
        f.neg(syntax, f"order{sep}card_number{sep}total\n{pick(DIGITS, 5)}{sep}{card('4', 13, False)}{sep}19.90",
              "a 13-digit number failing Luhn under a card column")
        f.neg(syntax, f"order_number{sep}sku{sep}total\n{card('4', 13)}{sep}SKU-{pick(DIGITS, 3)}{sep}19.90",
              "a Luhn-valid 13-digit order number")
    for _ in range(8):  # tracking numbers: 20-22 digits in groups of four, some with a Luhn-valid run of 14-16 inside
        while True:
            number = rng.choice(("9400", "9205", "9270", "9361", "9300")) + pick(DIGITS, rng.choice((16, 18)))
            tail = number.replace(" ", "")[-16:]
            if luhn.is_valid(tail) or luhn.is_valid(number[-14:]):
                break
        f.neg("tracking", f"{rng.choice(('USPS tracking', 'Sendungsnummer', 'Suivi colis', 'Seguimiento'))}: {fours(number)}",
              "a parcel's tracking number in groups of four, a Luhn-valid run inside it")
    return f


# ------------------------------------------------------------------ Google Chat incoming webhooks
def chat_webhook_url() -> str:
    return (f"https://chat.googleapis.com/v1/spaces/AAAA{pick(ALNUM + '_-', 7)}/messages"
            f"?key=AIzaSy{pick(ALNUM + '_-', 33)}&token={pick(ALNUM + '_-', 43)}%3D")


def chat_webhook() -> Family:
    f = Family("chat_webhook")
    carriers = {
        "yaml": "notify:\n  gchat: \x00\n  channel: releases",
        "env": "GOOGLE_CHAT_WEBHOOK=\x00",
        "curl": "curl -X POST -H 'Content-Type: application/json' '\x00' -d '{\"text\": \"deploy done\"}'",
        "json": '{"webhook": "\x00", "enabled": true}',
        "prose": "Bitte poste die Meldung an \x00 – danke!",
    }
    for syntax, carrier in carriers.items():
        for _ in range(3):
            f.add(syntax, carrier.replace("{", "{{").replace("}", "}}").replace("\x00", "{0}"),
                  [("webhook_url", chat_webhook_url())], "a Google Chat webhook, whole")
        f.neg(syntax, carrier.replace("\x00", f"https://chat.googleapis.com/v1/spaces/AAAA{pick(ALNUM, 7)}/messages"),
              "the messages endpoint (OAuth), no key or token")
        f.neg(syntax, carrier.replace("\x00", "https://chat.googleapis.com/v1/spaces/SPACE_ID/messages?key=KEY&token=TOKEN"),
              "the documentation's placeholder URL")
    return f


if __name__ == "__main__":
    families = [row_secret(), xml_add(), sql_row(), id_formats(), id_column(), wif_keys(), card_more(), chat_webhook()]
    dev_records, holdout_records = split(families, rng)
    write(dev_records, HERE / "dev_pass34m.jsonl", "p34m-")
    write(holdout_records, HERE / "dev_pass34m_holdout.jsonl", "p34mh-")
