"""A development holdout for the masker's ninth pass (issue 16): personal ids in every row of a table, passphrases
of several words, the weaker id kinds, and the clean texts of test code, schemas, shell expansions and redactions.

    .venv/bin/python tests/masker_eval/dev_holdout7_make.py   # rewrites dev_holdout7.jsonl (same seed, same file)

Written before the ninth pass changed any rule and measured once then; afterwards it is only measured, never tuned
on (the pass's working cases are ``dev_pass9_make.py``'s). Tables in the shapes tool output takes (CSV with quoted
and empty cells, TSV, Markdown, psql and MySQL result boxes, fixed-width columns, JSON arrays of records), each with
several rows whose id column holds values valid by that kind's check; their twins hold failing values or order
numbers. Passwords whose value is several words, quoted or to the line's end, in config, env, CLI and prose.
Look-alikes (about half the file): published test card numbers in test code and fixtures, form and schema field
definitions named password, shell parameter expansions and command substitutions, redacted values, env-var and
vault references. Templates hold ``{0}``, ``{1}``... for the values; every other brace is literal.
"""

from __future__ import annotations

import json
import string
from pathlib import Path

import phonenumbers
from stdnum.au import tfn
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.in_ import aadhaar
from stdnum.jp import in_ as my_number
from stdnum.nl import bsn
from stdnum.no import fodselsnummer
from stdnum.pt import nif
from stdnum.se import personnummer

from dev_cases import DevCases, group

CASES = DevCases(16097, Path(__file__).resolve().parent / "dev_holdout7.jsonl")
rng = CASES.rng
pick, positive, negative = CASES.pick, CASES.positive, CASES.negative
UPPER, LOWER, DIGITS = string.ascii_uppercase, string.ascii_lowercase, string.digits
ALNUM = UPPER + LOWER + DIGITS
ID, SSN, CRED, PHONE = "national_id", "ssn", "credential", "phone"

FIRST = ("Anna", "Lars", "Mette", "Jan", "Sofia", "Pieter", "Olivia", "Ravi", "Yuki", "Lukas", "Chloe", "Mateus",
         "Ingrid", "Tomás", "Aisha", "Noah", "Emma", "Kenji", "Freya", "Daan")
LAST = ("Jensen", "de Vries", "Nguyen", "Sharma", "Tanaka", "Müller", "Smith", "Silva", "Berg", "Costa", "Lindqvist",
        "O'Brien", "Bakker", "Schulz", "Kumar", "Hansen", "Pereira", "Sato", "Olsen", "Walker")
CITIES = ("Utrecht", "Aarhus", "Bergen", "Lisbon", "Perth", "Toronto", "Pune", "Osaka", "Hamburg", "Recife", "Malmö")
WORDS = ("tulip", "orbit", "canyon", "mellow", "correct", "horse", "battery", "staple", "violet", "anchor", "pepper",
         "glacier", "harbor", "lantern", "marble", "nectar", "quartz", "saddle", "timber", "walnut", "zephyr", "cobalt",
         "falcon", "meadow", "ripple", "summit", "thistle", "velvet", "willow", "ember")


def digits(n: int) -> str:
    return pick(DIGITS, n)


def name() -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _medicare_ok(value: str) -> bool:
    d = "".join(c for c in value if c.isdigit())
    if len(d) not in (10, 11) or d[0] not in "23456":
        return False
    return sum(int(a) * w for a, w in zip(d[:8], (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10 == int(d[8])


def _ssn_ok(value: str) -> bool:
    return value[:3] not in ("000", "666") and value[0] != "9" and value[3:5] != "00" and value[5:] != "0000"


def _nhs_ok(value: str) -> bool:
    check = 11 - sum(int(a) * w for a, w in zip(value[:9], range(10, 1, -1), strict=True)) % 11
    return check != 10 and (0 if check == 11 else check) == int(value[9])


class _Check:
    def __init__(self, ok):
        self.is_valid = ok


MAKERS = {
    "ssn": (_Check(_ssn_ok), lambda: f"{rng.randrange(1, 900):03d}{rng.randrange(1, 100):02d}{rng.randrange(1, 10000):04d}",
            (3, 2, 4), "-"),
    "nl_bsn": (bsn, lambda: rng.choice("123456") + digits(8), (9,), ""),
    "au_tfn": (tfn, lambda: digits(9), (3, 3, 3), " "),
    "ca_sin": (sin, lambda: rng.choice("1234567") + digits(8), (3, 3, 3), "-"),
    "se_pnr": (personnummer, lambda: f"{rng.randrange(50, 99)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}"
               + digits(4), (6, 4), "-"),
    "dk_cpr": (cpr, lambda: f"{rng.randrange(1, 29):02d}{rng.randrange(1, 13):02d}{rng.randrange(50, 99)}" + digits(4),
               (6, 4), "-"),
    "no_fnr": (fodselsnummer, lambda: f"{rng.randrange(1, 29):02d}{rng.randrange(1, 13):02d}{rng.randrange(50, 99)}"
               + digits(5), (11,), ""),
    "pt_nif": (nif, lambda: rng.choice("123") + digits(8), (9,), ""),
    "br_cpf": (cpf, lambda: digits(11), (3, 3, 3, 2), "cpf"),
    "uk_nhs": (_Check(_nhs_ok), lambda: rng.choice("4569") + digits(9), (3, 3, 4), " "),
    "au_medicare": (_Check(_medicare_ok), lambda: rng.choice("23456") + digits(8) + rng.choice("123456789"),
                    (4, 5, 1), " "),
    "de_idnr": (idnr, lambda: rng.choice("123456789") + digits(10), (2, 3, 3, 3), " "),
    "in_aadhaar": (aadhaar, lambda: rng.choice("23456789") + digits(11), (4, 4, 4), " "),
    "jp_my_number": (my_number, lambda: digits(12), (4, 4, 4), " "),
}
HEADERS = {
    "ssn": ("ssn", "SSN", "social_security_number"), "nl_bsn": ("bsn", "BSN", "burgerservicenummer"),
    "au_tfn": ("tfn", "TFN", "tax_file_number"), "ca_sin": ("sin", "SIN", "social_insurance_number"),
    "se_pnr": ("personnummer", "pnr"), "dk_cpr": ("cpr", "CPR-nr"), "no_fnr": ("fnr", "fodselsnummer"),
    "pt_nif": ("nif", "NIF"), "br_cpf": ("cpf", "CPF"), "uk_nhs": ("nhs_number", "NHS No"),
    "au_medicare": ("medicare_no", "Medicare number"), "de_idnr": ("steuer_id", "Steuer-ID", "idnr"),
    "in_aadhaar": ("aadhaar", "Aadhaar No"), "jp_my_number": ("my_number", "マイナンバー"),
}


def make(kind: str, valid: bool = True, grouped: bool | None = None) -> str:
    module, maker, sizes, sep = MAKERS[kind]
    while True:
        value = maker()
        try:
            ok = bool(module.is_valid(value))
        except Exception:
            ok = False
        if ok == valid and len(set(value)) >= 4:
            break
    if grouped is None:
        grouped = rng.random() < 0.5
    if not grouped:
        return value
    if sep == "cpf":
        return f"{value[:3]}.{value[3:6]}.{value[6:9]}-{value[9:]}"
    return group(value, sizes, sep) if sep else value


# ------------------------------------------------------------------ tables: one id column, many rows

def _rows(kind: str, n: int, valid: bool, empty_every: int = 0) -> list[tuple[str, str, str]]:
    """(name, id value or '', city) per row; every ``empty_every``-th id is empty."""
    grouped = rng.random() < 0.5
    rows = []
    for i in range(n):
        value = "" if empty_every and i % empty_every == empty_every - 1 else make(kind, valid, grouped)
        rows.append((name(), value, rng.choice(CITIES)))
    return rows


def _emit(text_parts: list[tuple[str, bool]], why: str, cls: str) -> None:
    """Text from (piece, is_value) pieces; values are spans when the table is a positive."""
    text, spans = "", []
    for piece, is_value in text_parts:
        if is_value and piece and cls == "positive":
            spans.append({"start": len(text), "end": len(text) + len(piece), "type": ID})
        text += piece
    if cls == "positive":
        CASES.records.append({"text": text, "spans": spans, "class": "positive", "reason": why})
    else:
        negative(text, cls, why)


def csv_table(kind: str, valid: bool, cls: str, sep: str = ",", quoted: bool = False) -> None:
    header = rng.choice(HEADERS[kind])
    rows = _rows(kind, rng.randrange(3, 8), valid, empty_every=rng.choice((0, 3)))
    q = '"' if quoted else ""
    parts: list[tuple[str, bool]] = [(f"id{sep}{q}name{q}{sep}{q}{header}{q}{sep}city\n", False)]
    for i, (who, value, city) in enumerate(rows):
        parts += [(f"{1000 + i}{sep}{q}{who}{q}{sep}{q if value else ''}", False), (value, True),
                  (f"{q if value else ''}{sep}{city}\n", False)]
    _emit(parts, f"{kind}: {'TSV' if sep == chr(9) else 'CSV'} column, {len(rows)} rows"
          f"{', quoted' if quoted else ''}", cls)


def markdown_table(kind: str, valid: bool, cls: str) -> None:
    header = rng.choice(HEADERS[kind])
    rows = _rows(kind, rng.randrange(3, 7), valid, empty_every=rng.choice((0, 4)))
    parts: list[tuple[str, bool]] = [(f"| Name | {header} | City |\n|------|------|------|\n", False)]
    for who, value, city in rows:
        parts += [(f"| {who} | ", False), (value, True), (f" | {city} |\n", False)]
    _emit(parts, f"{kind}: Markdown column, {len(rows)} rows", cls)


def psql_table(kind: str, valid: bool, cls: str) -> None:
    header = HEADERS[kind][0]
    rows = _rows(kind, rng.randrange(3, 7), valid)
    width = max(len(header), max(len(v) for _, v, _ in rows))
    parts: list[tuple[str, bool]] = [(f"crm=> SELECT id, name, {header} FROM customers LIMIT {len(rows)};\n"
                                      f" id  |       name        | {header:<{width}}\n"
                                      f"-----+-------------------+-{'-' * width}\n", False)]
    for i, (who, value, _) in enumerate(rows):
        parts += [(f" {i + 1:<3} | {who:<17} | ", False), (value, True), (" " * (width - len(value)) + "\n", False)]
    parts.append((f"({len(rows)} rows)\n", False))
    _emit(parts, f"{kind}: psql result, {len(rows)} rows", cls)


def mysql_table(kind: str, valid: bool, cls: str) -> None:
    header = HEADERS[kind][0]
    rows = _rows(kind, rng.randrange(3, 7), valid)
    width = max(len(header), max(len(v) for _, v, _ in rows))
    line = f"+----+-------------------+-{'-' * width}-+\n"
    parts: list[tuple[str, bool]] = [(f"mysql> SELECT id, name, {header} FROM employees;\n{line}"
                                      f"| id | name              | {header:<{width}} |\n{line}", False)]
    for i, (who, value, _) in enumerate(rows):
        parts += [(f"| {i + 1:>2} | {who:<17} | ", False), (value, True), (" " * (width - len(value)) + " |\n", False)]
    parts.append((f"{line}{len(rows)} rows in set (0.00 sec)\n", False))
    _emit(parts, f"{kind}: MySQL result box, {len(rows)} rows", cls)


def fixed_width(kind: str, valid: bool, cls: str) -> None:
    header = HEADERS[kind][0].upper()
    rows = _rows(kind, rng.randrange(3, 7), valid)
    parts: list[tuple[str, bool]] = [(f"NAME                 {header:<16}CITY\n", False)]
    for who, value, city in rows:
        parts += [(f"{who:<21}", False), (value, True), (" " * (16 - len(value)) + f"{city}\n", False)]
    _emit(parts, f"{kind}: fixed-width columns, {len(rows)} rows", cls)


def json_records(kind: str, valid: bool, cls: str) -> None:
    key = HEADERS[kind][0]
    rows = _rows(kind, rng.randrange(2, 6), valid)
    parts: list[tuple[str, bool]] = [("[\n", False)]
    for i, (who, value, city) in enumerate(rows):
        parts += [(f'  {{"name": {json.dumps(who)}, "{key}": "', False), (value, True),
                  (f'", "city": "{city}"}}{"," if i < len(rows) - 1 else ""}\n', False)]
    parts.append(("]", False))
    _emit(parts, f"{kind}: JSON array of records, {len(rows)} rows", cls)


def tables() -> None:
    shapes = (csv_table, markdown_table, psql_table, mysql_table, fixed_width, json_records)
    kinds = list(MAKERS)
    for i, kind in enumerate(kinds):  # every kind in three shapes, valid
        for shape in (shapes[i % 6], shapes[(i + 2) % 6], shapes[(i + 4) % 6]):
            shape(kind, True, "positive")
    csv_table("nl_bsn", True, "positive", sep="\t")
    csv_table("se_pnr", True, "positive", sep=";", quoted=True)
    csv_table("ssn", True, "positive", quoted=True)
    for i, kind in enumerate(kinds):  # failing twins in two shapes
        for shape in (shapes[(i + 1) % 6], shapes[(i + 3) % 6]):
            shape(kind, False, "table_invalid_id")
    for header, make_value in (("order_no", lambda: digits(9)), ("invoice", lambda: digits(3) + "-" + digits(6)),
                               ("sku", lambda: digits(12)), ("tracking", lambda: digits(4) + " " + digits(4) + " "
                                                                        + digits(4)), ("amount_cents", lambda: digits(7))):
        rows = "\n".join(f"{1000 + i},{name()},{make_value()},{rng.choice(CITIES)}" for i in range(rng.randrange(3, 7)))
        negative(f"id,name,{header},city\n{rows}\n", "table_other_number", f"a {header} column")
        md = "\n".join(f"| {name()} | {make_value()} | {rng.randrange(1, 9)} |" for _ in range(4))
        negative(f"| Customer | {header} | Qty |\n|---|---|---|\n{md}", "table_other_number", f"a Markdown {header} column")


# ------------------------------------------------------------------ national ids in labels, weaker kinds

def labelled_ids() -> None:
    for kind, template in (
            ("au_medicare", "Medicare No. {0} (IRN 2)"),
            ("au_medicare", "medicareNumber: \"{0}\""),
            ("de_idnr", "Steuer-IdNr.: {0}"),
            ("de_idnr", "steuerliche_id={0}"),
            ("in_aadhaar", "UIDAI Aadhaar: {0}"),
            ("in_aadhaar", "\"aadhaar_number\": \"{0}\","),
            ("jp_my_number", "マイナンバー: {0}"),
            ("jp_my_number", "Individual Number (My Number): {0}"),
            ("nl_bsn", "BSN-nummer {0}"),
            ("nl_bsn", "sofinummer: {0}")):
        positive(template, [(ID, make(kind))], f"{kind}: label")


# ------------------------------------------------------------------ passphrases and odd password syntaxes

def passphrase(n: int, sep: str) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    if rng.random() < 0.3:
        words[-1] += digits(2)
    return sep.join(words)


def passwords() -> None:
    for template, n, sep, why in (
            ("password: {0}", 4, " ", "YAML, words to the line's end"),
            ("PASSPHRASE=\"{0}\"", 4, "-", "env, quoted, dashes"),
            ("passphrase = \"{0}\"", 5, " ", "TOML, quoted words"),
            ("wifi:\n  ssid: office-5g\n  password: '{0}'\n  band: 5", 3, " ", "YAML quoted words"),
            ("export BACKUP_PASSPHRASE='{0}'", 4, " ", "export, single-quoted words"),
            ("The new vault password is: {0}\nPlease rotate it after the audit.", 4, " ", "prose to the line's end"),
            ("restic init --repo /srv/backup  # password: {0}", 4, "-", "comment"),
            ("GPG_PASSPHRASE={0}", 3, "_", "env, underscores"),
            ("\"password\": \"{0}\"", 4, " ", "JSON words"),
            ("db:\n  user: app\n  password: {0}\n  host: db01", 3, " ", "YAML words in a block"),
            ("keystore.password={0}", 4, ".", "properties, dotted words"),
            ("ssh-keygen -t ed25519 -N '{0}' -f ~/.ssh/id_deploy", 4, " ", "ssh-keygen -N"),
            ("<add key=\"AdminPassword\" value=\"{0}\" />", 3, " ", "XML appSettings"),
            ("$env:DB_PASSWORD = \"{0}\"", 4, " ", "PowerShell env"),
            ("set PASSWORD={0}", 3, "-", "cmd set"),
            ("Passwort: {0}", 4, " ", "German label"),
            ("[database]\npassword = {0}\nport = 5432", 4, " ", "INI, unquoted words"),
            ("openssl pkcs12 -export -in cert.pem -inkey key.pem -passout 'pass:{0}' -out bundle.p12", 3, " ",
             "openssl -passout pass:"),
            ("Password for user admin: {0}", 4, " ", "interactive echo")):
        positive(template, [(CRED, passphrase(n, sep))], f"passphrase: {why}")
    for template, why in (
            ("mongo admin -u root -p'{0}'", "mongo -p quoted"),
            ("Data Source=sql01;Initial Catalog=crm;User ID=sa;Pwd={0};", "ADO.NET Pwd"),
            ("git clone https://ci:{0}@git.acme.io/ops/infra.git", "URL userinfo"),
            ("mysqladmin -u root password '{0}'", "mysqladmin password"),
            ("echo -n '{0}' | sudo -S systemctl restart nginx", "sudo -S"),
            ("ALTER USER app WITH PASSWORD '{0}';", "SQL ALTER USER"),
            ("CREATE USER 'report'@'%' IDENTIFIED BY '{0}';", "MySQL IDENTIFIED BY"),
            ("net user svc_backup {0} /add", "net user"),
            ("rabbitmqctl add_user monitor '{0}'", "rabbitmqctl add_user"),
            ("curl -u deploy:{0} https://nexus.acme.io/repository/raw/", "curl -u")):
        value = rng.choice(UPPER) + pick(ALNUM, 9) + rng.choice("!#%*~") + digits(2)
        positive(template, [(CRED, value)], f"credential: {why}")
    for prefix in ("dp.st.prd", "dp.pt", "dp.sa", "dp.ct"):
        positive("DOPPLER_TOKEN={0}", [("doppler_token", f"{prefix}.{pick(ALNUM, 43)}")], f"doppler: {prefix}")


# ------------------------------------------------------------------ phone numbers in national formats

def phone(region: str) -> str:
    while True:
        number = phonenumbers.example_number_for_type(region, rng.choice((phonenumbers.PhoneNumberType.MOBILE,
                                                                          phonenumbers.PhoneNumberType.FIXED_LINE)))
        national = str(number.national_number)
        mutated = national[:-4] + digits(4)
        parsed = phonenumbers.parse(mutated, region)
        if phonenumbers.is_valid_number(parsed):
            return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)


def phones() -> None:
    for region, template in (
            ("GB", "Ring me on {0} after 5pm."), ("FR", "Tél. : {0}"), ("DE", "Telefon: {0}"),
            ("AU", "Contact: {0} (mobile)"), ("NL", "Bel {0} voor een afspraak"), ("JP", "電話番号：{0}"),
            ("IN", "Mobile: {0}"), ("BR", "WhatsApp {0}"), ("US", "call back at {0}"), ("ES", "Teléfono: {0}")):
        positive(template, [(PHONE, phone(region))], f"phone: {region} national")


# ------------------------------------------------------------------ clean look-alikes

TEST_CARDS = ("4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222", "378282246310005",
              "6011111111111117", "4111111111111111", "5454545454545454", "4000000000000002", "4000002500003155")


def test_cards() -> None:
    for template in (
            "def test_charge_declined(client):\n    resp = client.post('/pay', json={{'card': '{0}', 'cvc': '123'}})\n"
            "    assert resp.status_code == 402",
            "it('accepts a Visa test card', async () => {{\n  await page.fill('#card-number', '{0}');\n"
            "  await expect(page.locator('.ok')).toBeVisible();\n}});",
            "# fixtures/cards.yaml\nvisa_success:\n  number: \"{0}\"\n  exp: \"12/34\"",
            "@pytest.mark.parametrize(\"number\", [\"{0}\", \"{1}\"])\ndef test_luhn(number):\n    assert luhn(number)",
            "describe('Braintree sandbox', () => {{ const card = '{0}'; /* test card from the docs */ }});",
            "Use the test card {0} with any future expiry and any CVC (Stripe test mode).",
            "  \"paymentMethod\": {{ \"type\": \"scheme\", \"number\": \"{0}\", \"cvc\": \"737\" }}  // Adyen test card",
            "tests/test_checkout.py::test_3ds[{0}] PASSED",
            "| Scenario | Test card |\n|---|---|\n| Success | {0} |\n| Decline | {1} |",
            "const TEST_CARD = \"{0}\"; // sandbox only"):
        a, b = rng.sample(TEST_CARDS, 2)
        negative(template.replace("{{", "{").replace("}}", "}").replace("{0}", a).replace("{1}", b), "test_card",
                 "a published test card in test code or docs")


def definitions() -> None:
    for text in (
            "class LoginForm(forms.Form):\n    username = forms.CharField(max_length=150)\n"
            "    password = forms.CharField(widget=forms.PasswordInput)",
            "class UserCreate(BaseModel):\n    email: EmailStr\n    password: str = Field(..., min_length=12)",
            "<input type=\"password\" name=\"password\" id=\"password\" autocomplete=\"current-password\" required>",
            "type Mutation {\n  login(email: String!, password: String!): AuthPayload\n}",
            "CREATE TABLE users (\n  id SERIAL PRIMARY KEY,\n  password_hash TEXT NOT NULL,\n  password_changed_at TIMESTAMPTZ\n);",
            "password = models.CharField(_(\"password\"), max_length=128)",
            "  password:\n    type: string\n    format: password\n    minLength: 12",
            "@Column({ type: 'varchar', select: false })\npassword: string;",
            "const schema = z.object({ password: z.string().min(12).max(128) });",
            "public string Password { get; set; }",
            "password VARCHAR(255) NOT NULL,",
            "<label for=\"passphrase\">Passphrase</label>\n<input type=\"password\" name=\"passphrase\">"):
        negative(text, "field_definition", "a field named password, defined not filled")


def expansions() -> None:
    for text in (
            "DB_PASSWORD=${DB_PASSWORD:?DB_PASSWORD must be set}",
            "PGPASSWORD=\"${PGPASSWORD:-}\" psql -h db01 -U app",
            "export PASSPHRASE=\"$(cat /run/secrets/backup_passphrase)\"",
            "password: ${POSTGRES_PASSWORD}",
            "REDIS_PASSWORD=\"${REDIS_PASSWORD:?redis password missing}\"",
            "api_key=$(vault kv get -field=api_key secret/ci)",
            "SECRET_KEY=\"$(openssl rand -hex 32)\"",
            "password = os.environ[\"DB_PASSWORD\"]",
            "token: \"{{ .Values.auth.token }}\"",
            "password: \"{{ vault('secret/data/db', 'password') }}\"",
            "DATABASE_PASSWORD: !vault |\n  $ANSIBLE_VAULT;1.1;AES256",
            "password = process.env.DB_PASSWORD ?? ''",
            "spring.datasource.password=${vault.db.password}",
            "password: ((concourse-db-password))",
            "GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}",
            "password: !Ref DbPasswordParameter",
            "password = aws_secretsmanager_secret_version.db.secret_string",
            "MYSQL_PASSWORD_FILE=/run/secrets/mysql_password"):
        negative(text, "expansion_reference", "an expansion or a reference, no value")


def redactions() -> None:
    for text in (
            "password: ***", "DB_PASSWORD=[REDACTED]", "\"api_key\": \"<masked>\"", "token=******** (hidden)",
            "Authorization: Bearer [FILTERED]", "passphrase: '<redacted>'", "ssn: ***-**-****",
            "| Name | BSN |\n|---|---|\n| J. de Vries | ********* |\n| A. Bakker | [redacted] |",
            "password = \"<YOUR PASSWORD HERE>\"", "aadhaar: XXXX XXXX 4821", "secret: '•••••••'",
            "PASSWORD=${PASSWORD}  # set in CI"):
        negative(text, "redacted", "an already-redacted or stand-in value")


def prose() -> None:
    for text in (
            "Passwords must be at least twelve characters and include words you will remember.",
            "A passphrase like four random words is stronger than a short complex password.",
            "password: the user's password (required, write-only)",
            "Enter your password and click Sign in.",
            "Phone: see the contact sheet; BSN: ask HR.",
            "The SSN column is encrypted at rest; this export omits it.",
            "Order 4000 0566 5566 5556 is not a card, it's an internal batch id.  (kidding: it's the Stripe test Visa)"):
        negative(text, "prose", "prose about credentials or ids")


if __name__ == "__main__":
    tables()
    labelled_ids()
    passwords()
    phones()
    test_cards()
    definitions()
    expansions()
    redactions()
    prose()
    CASES.write()
