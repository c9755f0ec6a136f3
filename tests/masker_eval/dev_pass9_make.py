"""The masker's ninth pass working cases (issue 16): ids in every row of a table, passphrases, and the clean texts
of test code, schemas, expansions and redactions. The pass tunes on these; ``dev_holdout7`` is only measured.

    .venv/bin/python tests/masker_eval/dev_pass9_make.py   # rewrites dev_pass9.jsonl (same seed, same file)
"""

from __future__ import annotations

import string
from pathlib import Path

from stdnum.au import tfn
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.gb import nhs
from stdnum.in_ import aadhaar
from stdnum.jp import in_ as my_number
from stdnum.nl import bsn
from stdnum.pt import nif

from dev_cases import DevCases

CASES = DevCases(16099, Path(__file__).resolve().parent / "dev_pass9.jsonl")
rng = CASES.rng
pick, positive, negative = CASES.pick, CASES.positive, CASES.negative
DIGITS, ALNUM = string.digits, string.ascii_letters + string.digits
ID, CRED = "national_id", "credential"
PEOPLE = ("Kim Lee", "Ada Byrne", "Otto Kranz", "Ines Moura", "Raj Patel", "Eva Novak", "Tom Hardy", "Lea Roth")


def valid(module, make, ok: bool = True) -> str:
    while True:
        value = make()
        try:
            good = bool(module.is_valid(value))
        except Exception:
            good = False
        if good == ok and len(set(value)) >= 4:
            return value


KINDS = {
    "bsn": (bsn, lambda: rng.choice("123456") + pick(DIGITS, 8)),
    "tfn": (tfn, lambda: pick(DIGITS, 9)),
    "sin": (sin, lambda: rng.choice("1234567") + pick(DIGITS, 8)),
    "cpr": (cpr, lambda: f"{rng.randrange(1, 29):02d}{rng.randrange(1, 13):02d}{rng.randrange(50, 99)}" + pick(DIGITS, 4)),
    "nif": (nif, lambda: rng.choice("123") + pick(DIGITS, 8)),
    "cpf": (cpf, lambda: pick(DIGITS, 11)),
    "steuer-id": (idnr, lambda: rng.choice("123456789") + pick(DIGITS, 10)),
    "aadhaar": (aadhaar, lambda: rng.choice("23456789") + pick(DIGITS, 11)),
    "my number": (my_number, lambda: pick(DIGITS, 12)),
}


def table(kind: str, shape: str, ok: bool = True, rows: int = 4) -> None:
    values = [valid(*KINDS[kind], ok) for _ in range(rows)]
    head = kind.upper()
    if shape == "csv":
        lines = [f"name,{head},dept"] + [f"{PEOPLE[i]},{{{i}}},ops" for i in range(rows)]
    elif shape == "semicolon":
        lines = [f"\"nr\";\"{head}\";\"naam\""] + [f"\"{i + 1}\";\"{{{i}}}\";\"{PEOPLE[i]}\"" for i in range(rows)]
    elif shape == "tsv":
        lines = [f"{head}\tname"] + [f"{{{i}}}\t{PEOPLE[i]}" for i in range(rows)]
    elif shape == "markdown":
        lines = [f"| # | {head} | Name |", "|:-:|---|---|"] + [f"| {i} | {{{i}}} | {PEOPLE[i]} |" for i in range(rows)]
    elif shape == "psql":
        lines = [f" name       | {head.lower()}", "------------+-------------"] + \
                [f" {PEOPLE[i]:<10} | {{{i}}}" for i in range(rows)] + [f"({rows} rows)"]
    elif shape == "mysql":
        border = "+------------+--------------+"
        lines = [border, f"| name       | {head.lower():<12} |", border] + \
                [f"| {PEOPLE[i]:<10} | {{{i}}} |" for i in range(rows)] + [border]
    else:  # fixed width
        lines = [f"EMPLOYEE    {head:<14}SITE"] + [f"{PEOPLE[i]:<12}{{{i}}}    HQ" for i in range(rows)]
    template = "\n".join(lines)
    if ok:
        positive(template, [(ID, v) for v in values], f"{kind}: {shape} table, {rows} rows")
    else:
        text = template
        for i, v in enumerate(values):
            text = text.replace(f"{{{i}}}", v)
        negative(text, "table_invalid_id", f"{kind}: {shape} table, checks fail")


def tables() -> None:
    shapes = ("csv", "semicolon", "tsv", "markdown", "psql", "mysql", "fixed")
    for i, kind in enumerate(KINDS):
        table(kind, shapes[i % 7], rows=3 + i % 4)
        table(kind, shapes[(i + 3) % 7], rows=5)
        table(kind, shapes[(i + 5) % 7], ok=False)
    negative("order,customer,amount\n" + "\n".join(f"{pick(DIGITS, 9)},{p},{rng.randrange(10, 99)}.00"
                                                   for p in PEOPLE[:5]), "table_other_number", "order numbers")


def passphrases() -> None:
    words = ("amber", "river", "cloud", "spoon", "tiger", "maple", "frost", "piano", "lemon", "crane")

    def phrase(n: int, sep: str) -> str:
        return sep.join(rng.choice(words) for _ in range(n))

    for template, value in (
            ("admin_password: {0}", phrase(4, " ")),
            ("DB_PASSPHRASE=\"{0}\"", phrase(4, "-")),
            ("passphrase: \"{0}\"", phrase(3, " ")),
            ("[smtp]\npassword = {0}\nuser = alerts", phrase(4, " ")),
            ("export KEY_PASSPHRASE='{0}'", phrase(5, " ")),
            ("The root password is {0}", phrase(4, " ")),
            ("\"passphrase\": \"{0}\",", phrase(4, " ")),
            ("vault_password: {0}", phrase(3, " ")),
            ("PASSWORD=\"{0}\"", phrase(4, "_")),
            ("Passwort: {0}", phrase(3, " "))):
        positive(template, [(CRED, value)], "passphrase")


def lookalikes() -> None:
    for text, cls in (
            ("def test_visa(stripe):\n    token = stripe.create_token(card='4242 4242 4242 4242')", "test_card"),
            ("cy.get('[data-cy=card]').type('5555555555554444')  // Stripe test Mastercard", "test_card"),
            ("cards:\n  - 4111111111111111  # Braintree sandbox Visa\n  - 5105105105105100", "test_card"),
            ("expect(isValidCard('378282246310005')).toBe(true);", "test_card"),
            ("password = forms.CharField(label=\"Password\", strip=False, widget=forms.PasswordInput)", "field_definition"),
            ("password: Optional[str] = Field(default=None, description=\"the user's password\")", "field_definition"),
            ("<input name=\"password\" type=\"password\" placeholder=\"Password\">", "field_definition"),
            ("  password String @db.VarChar(255)", "field_definition"),
            ("input SignupInput { email: String! password: String! }", "field_definition"),
            ("ADMIN_PASSWORD=${ADMIN_PASSWORD:?set ADMIN_PASSWORD}", "expansion_reference"),
            ("PASSPHRASE=${PASSPHRASE:-}", "expansion_reference"),
            ("DB_PASS=\"$(< /run/secrets/db_pass)\"", "expansion_reference"),
            ("password: \"${{ secrets.DB_PASSWORD }}\"", "expansion_reference"),
            ("password = ENV.fetch(\"DB_PASSWORD\")", "expansion_reference"),
            ("password: [REDACTED]", "redacted"),
            ("PASSPHRASE=<redacted>", "redacted"),
            ("token: \"***\"", "redacted"),
            ("| Name | TFN |\n|---|---|\n| Raj Patel | *** *** *** |", "redacted")):
        negative(text, cls, "look-alike")


def more_lookalikes() -> None:
    """The four clean families in more syntaxes: test code and fixtures, field definitions, expansions and
    references, redacted values."""
    for text in (
            "@Test\nvoid chargesVisa() {\n    PaymentResult r = gateway.charge(\"4111111111111111\", \"12/30\");\n}",
            "func TestCharge(t *testing.T) {\n\tres := charge(\"5555555555554444\")\n\trequire.NoError(t, err)\n}",
            "it \"declines\" do\n  card = build(:card, number: \"4000000000000002\")\nend",
            "// fixtures/payments.json\n{\"card_number\": \"4242424242424242\", \"exp_month\": 12, \"cvc\": \"314\"}",
            "| Brand | Number | Result |\n|---|---|---|\n| Visa | 4242 4242 4242 4242 | Succeeds |\n"
            "| Visa (debit) | 4000 0566 5566 5556 | Succeeds |",
            "STRIPE_TEST_CARD=4000002500003155",
            "await checkout.fillCard({ number: '378282246310005', cvc: '1234' }); // amex"):
        negative(text, "test_card", "a published test card in test code, fixtures or docs")
    for text in (
            "class Account(models.Model):\n    password = models.CharField(max_length=128)",
            "t.string :password_digest, null: false",
            "$table->string('password');",
            "password: { type: String, required: true, select: false },",
            "\"password\": {\"type\": \"string\", \"minLength\": 8, \"writeOnly\": true}",
            "  string password = 2;",
            "<input type=password name=pwd size=20>",
            "private String password;",
            "\tPassword string `json:\"password\" validate:\"required,min=8\"`",
            "val password: String,",
            "  password?: string;",
            "password_hash VARCHAR(60) NOT NULL,"):
        negative(text, "field_definition", "a field named password, defined not filled")
    for text in (
            "POSTGRES_PASSWORD=${POSTGRES_PASSWORD:-}",
            "export PGPASSWORD=\"${PGPASSWORD:?}\"",
            "ADMIN_PASS=`cat /run/secrets/admin_pass`",
            "set DB_PASSWORD=%DB_PASSWORD%",
            "$env:API_TOKEN = $env:CI_API_TOKEN",
            "password: <%= ENV['DB_PASSWORD'] %>",
            "@Value(\"${db.password}\") private String password;",
            "String password = System.getenv(\"DB_PASSWORD\");",
            "password: ref+vault://secret/data/db#/password",
            "token: vault:secret/data/ci#token",
            "password = config(\"DB_PASSWORD\", default=\"\")",
            "        valueFrom:\n          secretKeyRef:\n            name: db-credentials\n            key: password"):
        negative(text, "expansion_reference", "an expansion or a reference, no value")
    for text in (
            "password: '********'", "DB_PASSWORD=<hidden>", "\"token\": \"REDACTED\"", "api_key = (redacted)",
            "secret: \"<secret>\"", "Authorization: Bearer ***", "password=xxxxxxxx", "card: **** **** **** 4242"):
        negative(text, "redacted", "an already-redacted or stand-in value")


def long_invalid_tables() -> None:
    """Ids failing their check in long tables, past the reach of a header a rule reads (64 characters): no other
    rule may take them for phones, cards or bare ids."""
    for kind in KINDS:
        for shape in ("csv", "markdown", "psql"):
            table(kind, shape, ok=False, rows=8)
    for kind, module, length in (("tfn", tfn, 8), ("bsn", bsn, 8), ("nhs", nhs, 9), ("aadhaar", aadhaar, 11)):
        rows = "\n".join(f"| {PEOPLE[i]} | {valid(module, lambda n=length: '0' + pick(DIGITS, n), False)} |"
                         for i in range(8))
        negative(f"| Name | {kind.upper()} |\n|---|---|\n{rows}", "table_invalid_id", f"{kind}: a leading 0, not a phone")


def odd_password_syntaxes() -> None:
    def pw() -> str:
        return rng.choice("KQZ") + pick(ALNUM, 8) + rng.choice("!#%*") + pick(DIGITS, 2)

    for template in (
            "web01 ansible_user=root ansible_password={0} ansible_port=22",
            "smbclient //fs01/share -U backup%{0}",
            "wget --http-user=ci --http-password={0} https://repo.acme.io/pkg.tgz",
            "echo 'deploy:{0}' | sudo chpasswd",
            "conn = psycopg2.connect(\"host=db01 user=app password={0} dbname=crm\")",
            "sudo mount -t cifs //nas/media /mnt/media -o username=media,password={0},vers=3.0",
            "cmdkey /add:fs01 /user:ACME\\svc_backup /pass:{0}",
            "net use Z: \\\\fs01\\share {0} /user:ACME\\svc_backup",
            "sqlplus scott/{0}@orcl",
            "  - POSTGRES_PASSWORD={0}",
            "spawn ssh admin@sw01\nexpect \"Password:\"\nsend \"{0}\\r\"",
            "db.createUser({{user: \"report\", pwd: \"{0}\", roles: [\"read\"]}})"):
        positive(template.replace("{{", "{").replace("}}", "}"), [(CRED, pw())], "credential: odd syntax")


def prose_and_docs() -> None:
    """Texts about passwords and ids that hold none: docs, UI strings, errors, changelogs, empty answers."""
    for text in (
            "- `password` (string, required): the account's password, at least 12 characters.",
            "Error: password authentication failed for user \"app\"",
            "Password: (none)",
            "password: n/a",
            "Passphrase: see the 1Password item \"backup-repo\"",
            "BSN: unknown, SSN: not provided",
            "Fixed: password reset emails were sent twice for SSO users.",
            "Your passphrase should be four or more random words.",
            "The password is the one from the onboarding email.",
            "Remember: the password is case sensitive and must not contain your username.",
            "| Field | Description |\n|---|---|\n| password | The user's password, hashed with argon2id |\n"
            "| ssn | Social security number, encrypted |",
            "ssn,name,phone\n",
            "POSTGRES_PASSWORD=${POSTGRES_PASSWORD:-postgres}",
            "export DB_PASSWORD=\"${DB_PASSWORD:=}\"",
            "password: {{ .Values.db.password | b64enc | quote }}",
            "password=\"$(pass show infra/db)\"",
            "def test_refund(stripe_client):\n    charge = stripe_client.charge(number=\"4000000000000077\")",
            "  # 4242 4242 4242 4242 always succeeds in Stripe's test environment"):
        negative(text, "prose", "text about a password or an id, holding none")


def other_number_tables() -> None:
    """Long tables of order, SKU, tracking, EAN and amount columns: numbers of ids' shapes that are none."""
    for header, make in (("order_id", lambda: pick(DIGITS, 11)), ("sku", lambda: pick(DIGITS, 12)),
                         ("tracking_no", lambda: f"{pick(DIGITS, 4)} {pick(DIGITS, 4)} {pick(DIGITS, 4)}"),
                         ("ean", lambda: "40" + pick(DIGITS, 11)), ("amount_cents", lambda: pick(DIGITS, 9)),
                         ("invoice", lambda: f"{pick(DIGITS, 3)}.{pick(DIGITS, 3)}.{pick(DIGITS, 3)}-{pick(DIGITS, 2)}")):
        rows = "\n".join(f"{2000 + i},{PEOPLE[i]},{make()},{rng.choice(('NL', 'DE', 'BR', 'IN'))}" for i in range(8))
        negative(f"id,customer,{header},country\n{rows}", "table_other_number", f"a long {header} column")


if __name__ == "__main__":
    tables()
    passphrases()
    lookalikes()
    more_lookalikes()
    long_invalid_tables()
    odd_password_syntaxes()
    prose_and_docs()
    other_number_tables()
    CASES.write()
