"""The masker's tenth pass working cases (issue 16): the families seen missed in sets written by others, each
written beyond the cases read. Passwords of generated shapes (dotted, underscored, a final full stop) in every
syntax; '=' aligned far right of its name; triple-quoted strings; STS session tokens after ``export``; PANs whose four
digits repeat; Doppler tokens with their config; and the clean texts next to them: ARNs naming a secret's place,
form and ORM field definitions, an expansion's error message, code references, aligned settings.

    .venv/bin/python tests/masker_eval/dev_pass10_make.py   # rewrites dev_pass10.jsonl (same seed, same file)
"""

from __future__ import annotations

import base64
import string
from pathlib import Path

from dev_cases import DevCases

CASES = DevCases(16100, Path(__file__).resolve().parent / "dev_pass10.jsonl")
rng = CASES.rng
pick, positive, negative = CASES.pick, CASES.positive, CASES.negative
DIGITS, LOWER, UPPER = string.digits, string.ascii_lowercase, string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits
CRED = "credential"


def generated(symbols: str = ".~_*!") -> str:
    """A password manager's password: letters of both cases, digits, a few symbols, never two symbols in a row."""
    while True:
        chars = [rng.choice(ALNUM) for _ in range(rng.randrange(13, 19))]
        for at in rng.sample(range(2, len(chars) - 1), 2):
            chars[at] = rng.choice(symbols)
        value = "".join(chars)
        if (any(c.isdigit() for c in value) and any(c.islower() for c in value) and any(c.isupper() for c in value)
                and not any(a in symbols and b in symbols for a, b in zip(value, value[1:], strict=False))):
            return value


def dotted() -> str:
    """A generated password of letters and digits with a dot or an underscore inside: shaped like module.attr."""
    head = pick(LOWER, 2) + rng.choice(UPPER) + pick(LOWER, 2) + rng.choice(DIGITS) + pick(LOWER, 2) + rng.choice(UPPER)
    return head + rng.choice("._") + pick(ALNUM, rng.randrange(4, 7)) + rng.choice(("", ".", "._", "_"))


def passwords() -> None:
    for template, make in (
            ("db_pass = \"{0}\"", dotted),
            ("[database]\nhost = \"db.internal\"\npassword = \"{0}\"\n", dotted),
            ("mysql -u root -p'{0}' -h orders-db.internal payments", dotted),
            ("mysqldump -u backup -p\"{0}\" --all-databases > all.sql", dotted),
            ("app.db.pass={0}\napp.db.host=db.internal", dotted),
            ("spring.datasource.password={0}", dotted),
            ("export PGPASSWORD='{0}'", dotted),
            ("  password: \"{0}\"\n  username: app", dotted),
            ("app.db.pass={0}.\napp.db.pool=10", generated),
            ("redis.password={0}.", generated),
            ("[admin]\ninitial_password = \"\"\"{0}\"\"\"\n", generated),
            ("[smtp]\npassword = '''{0}'''\n", generated),
            ("ADMIN_PASSWORD = \"\"\"{0}\"\"\"", generated),
            ("resource \"aws_db_instance\" \"main\" {{\n  engine         = \"postgres\"\n"
             "  username       = \"dbadmin\"\n  password       = \"{0}\"\n}}\n", generated),
            ("const (\n\tdbUser         = \"app\"\n\tdbPassword     = \"{0}\"\n)", generated),
            ("config = {{\n  :username      => \"deploy\",\n  :password      => \"{0}\",\n}}", generated),
            ("provider \"postgresql\" {{\n  host            = \"db.internal\"\n  password        = \"{0}\"\n}}", generated),
            ("smtp_password            = '{0}'", generated)):
        value = make()
        positive(template.replace("{{", "{").replace("}}", "}"), [(CRED, value)], "credential: a generated shape")


def session_tokens() -> None:
    def sts() -> str:
        body = base64.b64encode(bytes(rng.randrange(256) for _ in range(rng.randrange(240, 330)))).decode()
        return "IQoJb3JpZ2luX2Vj" + body.rstrip("=")

    for template in ("```bash\nexport AWS_ACCESS_KEY_ID=ASIA{1}\nexport AWS_SESSION_TOKEN={0}\n```",
                     "export AWS_SESSION_TOKEN={0}",
                     "AWS_SESSION_TOKEN={0}\nAWS_REGION=eu-west-1",
                     "[default]\naws_session_token = {0}\n"):
        key_id = pick(UPPER + "234567", 16)
        values = [("aws_session_token", sts())]
        if "{1}" in template:
            values.append(("aws_access_key", "ASIA" + key_id))
            template = template.replace("ASIA{1}", "{1}")
        positive(template, values, "aws session token")


def pans() -> None:
    def pan() -> str:
        digits = rng.choice(("0011", "3223", "3111", "7707", "5588", "9099"))
        return pick(UPPER, 3) + rng.choice("PCHF") + rng.choice(UPPER) + digits + rng.choice(UPPER)

    for template in ("Please verify: PAN {0}, then call back.", "{{\"holder\": \"Amara Sharma\", \"in_pan\": \"{0}\"}}",
                     "name: James Haddad\nid_type: PAN\nid_value: {0}\ncountry: IN", "Permanent Account Number: {0}"):
        positive(template.replace("{{", "{").replace("}}", "}"), [("national_id", pan())], "PAN with repeated digits")


def doppler() -> None:
    for config in ("prd", "dev", "stg_eu", "ci"):
        positive("// leaked: {0}", [("doppler_token", f"dp.st.{config}." + pick(ALNUM, 43))], "doppler service token")


def printed_tokens() -> None:
    def uuid() -> str:
        h = lambda n: pick("0123456789abcdef", n)  # noqa: E731
        return f"{h(8)}-{h(4)}-4{h(3)}-{rng.choice('89ab')}{h(3)}-{h(12)}"

    for template, make in (
            ("$ heroku auth:token\n ›   Warning: token will expire 12/29/2026\n{0}\n", uuid),
            ("$ heroku auth:token\n{0}\n$ export HEROKU_API_KEY=$(heroku auth:token)", uuid),
            ("```\n$ vault print token\n{0}\n```", lambda: "hvs." + pick(ALNUM, 90)),
            ("$ gcloud auth print-access-token\n{0}\n", lambda: "ya29." + pick(ALNUM + "-_", 150)),
            ("$ gcloud auth application-default print-access-token\n{0}", lambda: "ya29." + pick(ALNUM + "-_", 160)),
            ("$ kubectl create token ci-deployer -n ci\n{0}\n", lambda: ".".join(
                base64.urlsafe_b64encode(part.encode()).decode().rstrip("=") for part in (
                    '{"alg":"RS256","kid":"' + pick(ALNUM, 12) + '"}',
                    '{"aud":["https://kubernetes.default.svc"],"exp":' + pick(DIGITS, 10) + ',"sub":"system:sa:ci"}',
                    pick(ALNUM, 64))))):
        positive(template, [(CRED, make())], "credential: a token-printing command's output")
    for text in ("$ heroku auth:token | pbcopy\n$ pbpaste | wc -c\n37",
                 "$ heroku auth:token\n ›   Error: not logged in\n ›   Run heroku login first",
                 "Run `heroku auth:token` to print your token; it looks like a UUID.",
                 "$ gcloud auth print-access-token > /tmp/token.txt\n$ wc -c /tmp/token.txt"):
        negative(text, "command_output", "a token-printing command whose output is not shown")


def luhn_completed(prefix: str, length: int) -> str:
    body = prefix + pick(DIGITS, length - len(prefix) - 1)
    total = sum(d if i % 2 else (d * 2 - 9 if d > 4 else d * 2) for i, d in enumerate(int(c) for c in reversed(body)))
    return body + str(-total % 10)


def more_families() -> None:
    """htpasswd -b, Wi-Fi pre-shared keys, short cards after a card word, phone labels in Portuguese and as symbols,
    Django's generated keys."""
    words = ("quartz", "tundra", "nimbus", "rover", "velvet", "maple", "orbit", "cobalt", "lantern", "falcon")

    def phrase() -> str:
        return " ".join(rng.sample(words, 4))

    for template, make in (
            ("$ htpasswd -b -c /tmp/.htpasswd admin '{0}'\nAdding password for user admin", phrase),
            ("htpasswd -B -b /etc/nginx/.htpasswd ops \"{0}\"", generated),
            ("htpasswd -nbB deploy {0}", lambda: generated("!#%")),
            ("wifi:\n  ssid: \"Kestrel-Office\"\n  psk: \"{0}\"\n", phrase),
            ("network={{\n  ssid=\"Home\"\n  psk=\"{0}\"\n}}", generated),
            ("wpa_psk={0}", lambda: generated("!#%")),
            ("SECRET_KEY = '{0}'", None), ("Authorization: Bearer {0}", None), ("DJANGO_SECRET_KEY={0}", None)):
        value = make() if make else "django-insecure-" + pick(LOWER + DIGITS + "!@#$%^&*(-_=+)", 50)
        positive(template.replace("{{", "{").replace("}}", "}"), [(CRED, value)], "credential: more syntaxes")
    for template, make in (("Maestro {0} exp 08/27", lambda: luhn_completed("6304", 12)),
                           ("paid by card: {0}", lambda: luhn_completed("5018", 15)),
                           ("Maestro card {0}", lambda: luhn_completed("6759", 13))):
        positive(template, [("card", make())], "a short card number after a card word")
    for template, make in (("Telemóvel: {0}", lambda: f"21 {pick(DIGITS, 3)} {pick(DIGITS, 4)}"),
                           ("Móvel: {0}", lambda: f"91{pick(DIGITS, 1)} {pick(DIGITS, 3)} {pick(DIGITS, 3)}"),
                           ("☎ {0}", lambda: f"010 {pick('2345678', 1)}{pick(DIGITS, 2)} {pick(DIGITS, 4)}"),
                           ("📞 {0}", lambda: f"020 7946 0{pick(DIGITS, 3)}")):
        positive(template, [("phone", make())], "phone after a label word or symbol")
    for text in ("htpasswd -c /etc/nginx/.htpasswd admin", "htpasswd -D /etc/nginx/.htpasswd olduser",
                 "psk: required\nkey_mgmt: WPA-PSK", "psk=${WIFI_PSK}",
                 f"Order {luhn_completed('6304', 12)} shipped on 2024-05-02",
                 "Django 4.1 prefixes generated keys with django-insecure- until you set your own."):
        negative(text, "command_or_field", "a command, field or number without a secret")


def checksummed_and_shaped() -> None:
    """npm tokens carry GitHub's CRC32: one its text calls invalid stays when the check fails. Digits after an IBAN's
    country and check digits are an account number, not a card, whatever their mod-97 check says."""
    for _ in range(3):
        fake = "npm_" + pick(ALNUM, 36)  # a random tail fails the CRC32 (one in 62^6 passes)
        negative(rng.choice((f"invalid_samples = ['{fake}']  # checksum does not match",
                             f"assert not is_valid('{fake}')  # fake token, invalid checksum")),
                 "wrong_checksum", "npm_ shape whose text says the checksum fails, and it does")
    for _ in range(3):
        country = rng.choice(("ES", "DE", "FR", "IT", "NL"))
        groups = " ".join(luhn_completed(rng.choice(("4", "51", "55")), 16)[i:i + 4] for i in range(0, 16, 4))
        negative(f"Batch {country}{pick(DIGITS, 2)} {groups} {pick(DIGITS, 4)} was exported to the archive.",
                 "iban_bad_checksum", "an IBAN-shaped reference holding 16 Luhn-valid digits")
    body = "\\n".join(pick(ALNUM + "+/", 64) for _ in range(12))
    positive("{{\n  \"type\": \"service_account\",\n  \"private_key\": \"{0}\",\n  \"client_id\": \"1048\"\n}}"
             .replace("{{", "{").replace("}}", "}"),
             [("private_key", f"-----BEGIN PRIVATE KEY-----\\n{body}\\n-----END PRIVATE KEY-----\\n")],
             "a JSON string's key block with its escaped final line end")


def settings_secrets_and_code_spans() -> None:
    """A Secret's stringData of plain settings and placeholders is no secret; one real value makes it one. A test card
    in a Markdown code span followed by its test words stays."""
    for settings in ('  S3_BUCKET: "acme-assets-prod"\n  TZ: "Europe/Berlin"\n  API_KEY: "<your-api-key>"',
                     '  REGION: eu-central-1\n  LOG_LEVEL: debug\n  DB_PASSWORD: "********"\n  APP_NAME: orders-api',
                     '  QUEUE_NAME: "billing-events"\n  SENTRY_DSN: ""\n  TOKEN: "your-token-here"'):
        negative(f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\nstringData:\n{settings}\n",
                 "placeholder", "a Secret holding settings and placeholders only")
    positive("kind: Secret\nstringData:\n  REGION: eu-west-1\n  DB_PASSWORD: \"{0}\"\n",
             [(CRED, generated())], "a Secret's stringData with one real password")
    for number, words in (("4000 0000 0000 9995", "to simulate a decline"), ("4000 0000 0000 0002", "to simulate a decline"),
                          ("4242 4242 4242 4242", "(test Visa)"), ("5555 5555 5555 4444", "in test mode")):
        negative(f"Use `{number}` {words}.", "published_example", "a test card in a code span, its test words after")


def lookalikes() -> None:
    region, account = "eu-west-1", lambda: pick(DIGITS, 12)
    for text in (
            f"{{\n  \"RoleArn\": \"arn:aws:iam::{account()}:role/readonly\",\n"
            f"  \"SecretId\": \"arn:aws:secretsmanager:{region}:{account()}:secret:prod/db-{pick(ALNUM, 6)}\"\n}}",
            f"aws secretsmanager get-secret-value --secret-id arn:aws:secretsmanager:{region}:{account()}"
            f":secret:orders/api-token-{pick(ALNUM, 6)}",
            f"secretArn: arn:aws:secretsmanager:{region}:{account()}:secret:rds-master-{pick(ALNUM, 6)}",
            f"valueFrom: arn:aws:secretsmanager:{region}:{account()}:secret:prod/stripe_secret-{pick(ALNUM, 6)}",
            f"\"Resource\": \"arn:aws:secretsmanager:{region}:{account()}:secret:ci/deploy-token-{pick(ALNUM, 6)}\""):
        negative(text, "config_reference", "an ARN naming where a secret is kept")
    for text in (
            "class LoginForm(forms.Form):\n    password = forms.CharField(widget=forms.PasswordInput, min_length=14)",
            "    password = models.CharField(max_length=128, null=True)",
            "    password = serializers.CharField(write_only=True, min_length=12)",
            "    password = fields.Str(required=True, load_only=True)",
            "    password = PasswordField(label=\"Password\", validators=[DataRequired()])",
            "    password_hash = Column(String(128), nullable=False)"):
        negative(text, "code", "a form or ORM field definition")
    for text in ("password: ${DB_PASSWORD:?DB_PASSWORD must be set}\nuser: ${DB_USER:-app}",
                 "DB_PASSWORD=${DB_PASSWORD:?DB_PASSWORD is required}",
                 ": \"${PGPASSWORD:?PGPASSWORD not set}\""):
        negative(text, "placeholder", "an expansion's error message")
    for text in ("password = settings.DATABASE_PASSWORD", "password=config.db.password",
                 "  password        = var.db_password", "  password       = random_password.db.result",
                 "  password = data.aws_secretsmanager_secret_version.db.secret_string",
                 "db_pass = cfg.dbPassword2", "password_min_length     = 14", "password_reset_timeout  = \"24h\""):
        negative(text, "code_reference", "a reference or a setting named after the password")


if __name__ == "__main__":
    passwords()
    session_tokens()
    pans()
    doppler()
    printed_tokens()
    lookalikes()
    more_families()
    checksummed_and_shaped()
    settings_secrets_and_code_spans()
    CASES.write()
