"""Masker corpus: texts that leak secrets or personal data, and texts that look like they do but don't.

Written from the threat list first (issue 5): where agent traffic leaks
credentials (logs, config files, shell history, code, chat answers, JSON tool
input) and what commonly trips a detector (ids, hashes, versions, placeholders,
docs). Every value is generated from a fixed seed with a valid format and
checksum; none is a real secret.
"""

from __future__ import annotations

import base64
import json
import random
import string
from dataclasses import dataclass

import phonenumbers

FORMAT_SECRETS = {
    "aws_access_key", "aws_secret_key", "github_token", "gitlab_token", "slack_token", "slack_webhook",
    "stripe_key", "google_api_key", "anthropic_key", "openai_key", "private_key", "jwt", "url_password",
    "db_credentials", "credential",
}
PERSONAL_DATA = {"card", "iban", "ssn", "email", "phone"}


@dataclass(frozen=True)
class Sample:
    text: str
    expected: tuple[tuple[str, str], ...]
    """(type, value) for every secret in the text; the value must not survive masking."""


rng = random.Random(20240501)
ALNUM = string.ascii_letters + string.digits
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"


def pick(alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


# ------------------------------------------------------------------ generators

def aws_key_id(prefix: str = "AKIA") -> str:
    return prefix + pick(string.ascii_uppercase + "234567", 16)


def aws_secret() -> str:
    return pick(B64, 40)


def github(prefix: str = "ghp") -> str:
    return f"{prefix}_{pick(ALNUM, 36)}"


def github_pat() -> str:
    return f"github_pat_{pick(ALNUM, 22)}_{pick(ALNUM, 59)}"


def gitlab() -> str:
    return "glpat-" + pick(URLSAFE, 20)


def slack(kind: str = "b") -> str:
    return f"xox{kind}-{pick(string.digits, 12)}-{pick(string.digits, 13)}-{pick(ALNUM, 24)}"


def slack_webhook() -> str:
    upper = string.ascii_uppercase + string.digits
    return f"https://hooks.slack.com/services/T{pick(upper, 8)}/B{pick(upper, 10)}/{pick(ALNUM, 24)}"


def stripe(prefix: str = "sk_live") -> str:
    return f"{prefix}_{pick(ALNUM, 24)}"


def google_key() -> str:
    return "AIza" + pick(URLSAFE, 35)


def anthropic_key() -> str:
    return "sk-ant-api03-" + pick(URLSAFE, 93) + "AA"


def openai_key(legacy: bool = False) -> str:
    if legacy:
        return f"sk-{pick(ALNUM, 20)}T3BlbkFJ{pick(ALNUM, 20)}"
    return "sk-proj-" + pick(URLSAFE, 64)


def pem(label: str = "RSA PRIVATE KEY", lines: int = 25, newline: str = "\n") -> str:
    body = base64.b64encode(rng.randbytes(lines * 48)).decode()
    chunks = [body[i:i + 64] for i in range(0, len(body), 64)]
    return newline.join([f"-----BEGIN {label}-----", *chunks, f"-----END {label}-----"])


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def jwt() -> str:
    header = b64url(json.dumps({"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"}).encode())
    payload = b64url(json.dumps({"sub": pick(string.digits, 8), "iat": 1714564800 + rng.randrange(10**6)}).encode())
    return f"{header}.{payload}.{b64url(rng.randbytes(32))}"


def password() -> str:
    return pick(ALNUM, rng.randrange(8, 14)) + rng.choice("!#%+=-_") + pick(string.digits, 2)


def luhn_complete(partial: str) -> str:
    for check in string.digits:
        digits = partial + check
        total = sum((int(c) * 2 - 9 if int(c) > 4 else int(c) * 2) if i % 2 else int(c)
                    for i, c in enumerate(reversed(digits)))
        if total % 10 == 0:
            return digits
    raise AssertionError


CARD_PREFIXES = [("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15), ("6011", 16),
                 ("65", 16), ("3530", 16), ("36", 14), ("62", 16), ("4", 19)]


def card(style: str = "plain") -> str:
    prefix, length = rng.choice(CARD_PREFIXES)
    digits = luhn_complete(prefix + pick(string.digits, length - len(prefix) - 1))
    if style == "plain":
        return digits
    sep = " " if style == "spaces" else "-"
    if length == 15:
        return sep.join([digits[:4], digits[4:10], digits[10:]])
    return sep.join(digits[i:i + 4] for i in range(0, length, 4))


IBAN_FORMATS = {"DE": [(18, "n")], "GB": [(4, "a"), (14, "n")], "FR": [(23, "n")], "NL": [(4, "a"), (10, "n")],
                "ES": [(20, "n")], "IT": [(1, "a"), (22, "n")], "BE": [(12, "n")], "CH": [(17, "n")],
                "AT": [(16, "n")], "PL": [(24, "n")]}


def iban(country: str, spaced: bool) -> str:
    bban = "".join(pick(string.ascii_uppercase if kind == "a" else string.digits, count)
                   for count, kind in IBAN_FORMATS[country])
    check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
    compact = f"{country}{check:02d}{bban}"
    return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4)) if spaced else compact


def ssn(spaced: bool = False) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    value = f"{area:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"
    return value.replace("-", " ") if spaced else value


FIRST = ["alice", "bob", "carol", "dmitri", "eva", "farah", "gustavo", "hana", "ivan", "julia", "kofi", "lena"]
LAST = ["smith", "nguyen", "mueller", "okafor", "rossi", "tanaka", "garcia", "kowalski", "dubois", "berg"]
DOMAINS = ["gmail.com", "outlook.com", "acme-corp.io", "fastmail.fm", "posteo.de", "bigbank.co.uk", "proton.me",
           "uni-heidelberg.de", "contoso.net", "initech.com"]


def email() -> str:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice([f"{first}.{last}", f"{first}{rng.randrange(10, 99)}", f"{first[0]}{last}", f"{first}+invoices"])
    return f"{local}@{rng.choice(DOMAINS)}"


def phone(region: str, style: str) -> str:
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    national = str(example.national_number)
    while True:
        candidate = national[:-4] + pick(string.digits, 4)
        number = phonenumbers.parse(f"+{example.country_code}{candidate}")
        if phonenumbers.is_valid_number(number):
            break
    if style == "e164":
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if style == "national":
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def url_password() -> str:
    return pick(ALNUM, 14)


# ------------------------------------------------------------------ texts with secrets

POSITIVE: list[Sample] = []


def add(template: str, *secrets: tuple[str, str]) -> None:
    POSITIVE.append(Sample(template.format(*(value for _, value in secrets)), tuple(secrets)))


for template, prefix in [
    ("2024-05-01T12:00:01Z ERROR botocore InvalidClientTokenId for access key {0}", "AKIA"),
    ("export AWS_ACCESS_KEY_ID={0}", "AKIA"),
    ('{{"Credentials": {{"AccessKeyId": "{0}", "Expiration": "2024-06-01T00:00:00Z"}}}}', "ASIA"),
    ("Sure! Put `{0}` in the access key field of the AWS CLI wizard.", "AKIA"),
    ("client = boto3.client('s3', aws_access_key_id='{0}')", "AKIA"),
    ("| user | key id |\n| deploy-bot | {0} |", "AKIA"),
    ("terraform: provider \"aws\" {{ access_key = \"{0}\" }}", "AKIA"),
    ("Found credentials in environment variables. Key: {0}", "ASIA"),
]:
    add(template, ("aws_access_key", aws_key_id(prefix)))

for template in [
    "[default]\naws_access_key_id = {0}\naws_secret_access_key = {1}\nregion = eu-west-1\n",
    "AWS_ACCESS_KEY_ID={0}\nAWS_SECRET_ACCESS_KEY={1}\n",
    '{{"AccessKeyId": "{0}", "SecretAccessKey": "{1}", "SessionToken": null}}',
]:
    add(template, ("aws_access_key", aws_key_id()), ("aws_secret_key", aws_secret()))
for template in [
    "aws_secret_access_key: {0}",
    "$ cat ~/.aws/credentials\n[prod]\naws_secret_access_key={0}",
    "env:\n  - name: AWS_SECRET_ACCESS_KEY\n    value: \"{0}\"",
    "secret_access_key => '{0}'",
]:
    add(template, ("aws_secret_key", aws_secret()))

for template, make in [
    ("GITHUB_TOKEN={0}", lambda: github("ghp")),
    ("git clone https://{0}@github.com/acme/payments.git", lambda: github("ghp")),
    ("Authorization: token {0}", lambda: github("gho")),
    ("gh auth login --with-token <<< {0}", lambda: github("ghu")),
    ('{{"token": "{0}", "expires_at": "2024-06-01T00:00:00Z"}}', lambda: github("ghs")),
    ("refresh_token={0}&grant_type=refresh_token", lambda: github("ghr")),
    ("The workflow failed because the secret {0} was revoked.", lambda: github("ghp")),
    ("export GH_PAT={0}", github_pat),
    ("https://x-access-token:{0}@github.com/acme/infra.git", lambda: github("ghs")),
    ("[remote \"origin\"]\n\turl = https://{0}@github.com/acme/site", github_pat),
]:
    add(template, ("github_token", make()))

for template in [
    "curl --header \"PRIVATE-TOKEN: {0}\" https://gitlab.acme.io/api/v4/projects",
    "glab auth login --hostname gitlab.com --token {0}",
    "GITLAB_TOKEN={0}",
    "variables:\n  DEPLOY_TOKEN: {0}",
    "I used {0} to authenticate the runner.",
]:
    add(template, ("gitlab_token", gitlab()))

for template, kind in [
    ("SLACK_BOT_TOKEN={0}", "b"),
    ("curl -H 'Authorization: Bearer {0}' https://slack.com/api/chat.postMessage", "b"),
    ("slack_sdk.WebClient(token=\"{0}\")", "p"),
    ("User token: {0}", "p"),
    ("2024-05-01 10:01:02 WARN slack rate limited token={0}", "a"),
    ("{{\"bot\": {{\"token\": \"{0}\"}}}}", "b"),
]:
    add(template, ("slack_token", slack(kind)))
for template in [
    "SLACK_WEBHOOK_URL={0}",
    "requests.post('{0}', json={{'text': 'deploy done'}})",
    "Notifications go to {0} (channel #ops).",
    "webhook: {0}",
]:
    add(template, ("slack_webhook", slack_webhook()))

for template, prefix in [
    ("stripe.api_key = \"{0}\"", "sk_live"),
    ("curl https://api.stripe.com/v1/charges -u {0}:", "sk_live"),
    ("STRIPE_KEY={0}", "rk_live"),
    ("const stripe = require('stripe')('{0}');", "sk_test"),
    ("Stripe error: No such customer (request with key {0})", "sk_live"),
    ("STRIPE_SECRET_KEY={0}", "sk_live"),
]:
    add(template, ("stripe_key", stripe(prefix)))

for template in [
    "https://maps.googleapis.com/maps/api/geocode/json?address=Paris&key={0}",
    "GOOGLE_API_KEY={0}",
    "<script src=\"https://maps.googleapis.com/maps/api/js?key={0}&callback=init\"></script>",
    "firebaseConfig = {{ apiKey: \"{0}\", authDomain: \"shop.firebaseapp.com\" }}",
    "The key {0} is restricted to the Places API.",
]:
    add(template, ("google_api_key", google_key()))

for template in [
    "ANTHROPIC_API_KEY={0}",
    "client = anthropic.Anthropic(api_key=\"{0}\")",
    "curl https://api.anthropic.com/v1/messages -H \"x-api-key: {0}\"",
    "{{\"headers\": {{\"x-api-key\": \"{0}\"}}}}",
    "Your key is {0}; keep it safe.",
    "2024-05-01T09:00:00Z DEBUG request headers={{'x-api-key': '{0}'}}",
    "export ANTHROPIC_API_KEY='{0}'",
]:
    add(template, ("anthropic_key", anthropic_key()))

for template, legacy in [
    ("OPENAI_API_KEY={0}", False),
    ("openai.api_key = \"{0}\"", True),
    ("Authorization: Bearer {0}", False),
    ("client = OpenAI(api_key='{0}')", False),
    ("The old key {0} still works for the batch job.", True),
    ("{{\"openai\": {{\"key\": \"{0}\"}}}}", False),
    ("OPENAI_KEY={0} python run.py", True),
]:
    add(template, ("openai_key", openai_key(legacy)))

for template, label, newline in [
    ("{0}\n", "RSA PRIVATE KEY", "\n"),
    ("$ cat ~/.ssh/id_ed25519\n{0}\n$ ", "OPENSSH PRIVATE KEY", "\n"),
    ("Here is the key file you asked about:\n\n```\n{0}\n```\n", "PRIVATE KEY", "\n"),
    ('{{"private_key": "{0}\\n", "client_email": "svc@proj.iam.gserviceaccount.com"}}', "PRIVATE KEY", "\\n"),
    ("tls:\n  key: |\n{0}", "EC PRIVATE KEY", "\n    "),
    ("{0}", "ENCRYPTED PRIVATE KEY", "\r\n"),
    ("ssh_key = \"\"\"{0}\"\"\"", "DSA PRIVATE KEY", "\n"),
]:
    add(template, ("private_key", pem(label, rng.randrange(5, 30), newline)))

for template in [
    "Authorization: Bearer {0}",
    "curl -H \"Authorization: Bearer {0}\" https://api.acme.io/v1/me",
    "Set-Cookie: session={0}; HttpOnly; Secure",
    "The decoded header of {0} shows HS256.",
    "2024-05-01 12:00:00 INFO auth ok jwt={0}",
    "wscat -c wss://rt.acme.io/socket?t={0}",
]:
    add(template, ("jwt", jwt()))

for template in [
    "git remote add origin https://deploy:{0}@git.acme.io/web.git",
    "pip install --index-url https://ci:{0}@pypi.acme.io/simple/ acme-core",
    "proxy = http://svc-proxy:{0}@proxy.internal:3128",
    "Fetching ftp://backup:{0}@files.acme.io/dumps/",
    "HTTP_PROXY=http://jdoe:{0}@10.1.2.3:8080",
]:
    add(template, ("url_password", url_password()))
for template in [
    "DATABASE_URL=postgres://app:{0}@db.internal:5432/app",
    "sqlalchemy.create_engine('postgresql://report:{0}@10.0.3.7/analytics')",
    "mongodb+srv://admin:{0}@cluster0.ab1cd.mongodb.net/?retryWrites=true",
    "REDIS_URL=redis://:{0}@cache.internal:6379/0",
    "2024-05-01 12:00:00 ERROR could not connect to mysql://root:{0}@127.0.0.1:3306/shop",
    "amqp://guest2:{0}@rabbit.internal:5672/%2F",
    "spring.datasource.url=jdbc:sqlserver://db:1433 ; sqlserver://sa:{0}@db:1433",
]:
    add(template, ("db_credentials", url_password()))

for template in [
    "DB_PASSWORD={0}",
    "password: {0}",
    "{{\"username\": \"admin\", \"password\": \"{0}\"}}",
    "MYSQL_ROOT_PASSWORD={0}",
    "Server=db01;Database=shop;User Id=sa;Password={0};",
    "host=10.0.0.5 port=5432 dbname=app user=app password={0}",
    "api_key = \"{0}\"",
    "client_secret: {0}",
    "export SECRET_KEY='{0}'",
    "mysql -u root --password={0} shop",
    "auth_token={0}",
    "smtp:\n  user: mailer\n  passwd: {0}",
]:
    add(template, ("credential", password()))

for template, style in [
    ("Card: {0} exp 12/27", "spaces"),
    ("charged card {0} for $49.00", "dashes"),
    ('{{"pan": "{0}", "exp_month": 4}}', "plain"),
    ("Your card number is {0}, as stored on file.", "spaces"),
    ("2024-05-01 ERROR payment declined card={0} reason=insufficient_funds", "plain"),
    ("| name | card |\n| J. Doe | {0} |", "dashes"),
    ("INSERT INTO payments VALUES (17, '{0}', 'EUR');", "plain"),
    ("cc: {0}\ncvv: 123", "spaces"),
    ("Please update the card ending in the number {0}.", "plain"),
    ("refund to {0} processed", "dashes"),
    ("Kartennummer: {0}", "spaces"),
    ("card_number={0}&amount=100", "plain"),
]:
    add(template, ("card", card(style)))

for template, country, spaced in [
    ("IBAN: {0}", "DE", True), ("Please transfer to {0} by Friday.", "GB", False),
    ('{{"iban": "{0}", "bic": "BNPAFRPP"}}', "FR", False), ("Rekening {0} t.n.v. J. de Vries", "NL", True),
    ("payout account {0}", "ES", False), ("Bonifico su {0}", "IT", True),
    ("iban={0}&amount=250", "BE", False), ("Konto: {0}", "CH", True),
    ("The supplier's IBAN is {0}.", "AT", True), ("Numer konta: {0}", "PL", False),
]:
    add(template, ("iban", iban(country, spaced)))

for template, spaced in [
    ("SSN: {0}", False), ("ssn={0}", False), ("Social Security Number {0}", True),
    ('{{"name": "J. Doe", "ssn": "{0}"}}', False), ("Employee 4471 (SSN {0}) was onboarded.", False),
    ("W-2 box a: {0}", False), ("| J. Doe | {0} | 1988-04-01 |", False), ("taxpayer id {0} verified", True),
]:
    add(template, ("ssn", ssn(spaced)))

for template in [
    "Contact: {0}", "From: Jane Doe <{0}>", "2024-05-01 INFO login ok user={0} ip=redacted",
    '{{"email": "{0}", "verified": true}}', "Please reply to {0} with the signed form.",
    "mailto:{0}?subject=Invoice", "git config user.email \"{0}\"", "| Name | Email |\n| Bob | {0} |",
    "Reset link sent to {0}.", "cc={0};bcc=", "The customer ({0}) asked for a refund.", "notify: [{0}]",
]:
    add(template, ("email", email()))

for template, region, style in [
    ("Call me at {0}", "US", "international"), ("Phone: {0}", "GB", "international"),
    ('{{"phone": "{0}"}}', "DE", "e164"), ("Tel. {0}", "FR", "international"),
    ("Mobile: {0}", "US", "national"), ("2024-05-01 INFO sms sent to {0}", "IN", "e164"),
    ("WhatsApp {0} for delivery updates", "BR", "international"), ("Reach the on-call at {0}.", "US", "national"),
    ("Contact number: {0}", "ES", "international"), ("phone={0}&consent=1", "NL", "e164"),
    ("Customer callback: {0}", "AU", "international"), ("Fax/phone {0}", "US", "international"),
]:
    add(template, ("phone", phone(region, style)))

for _ in range(8):
    add("Customer {0}, card {1}, phone {2}. Charge failed; please retry.",
        ("email", email()), ("card", card("spaces")), ("phone", phone("US", "international")))
add("Hi! I found the issue: your .env has ANTHROPIC_API_KEY={0} and DB_PASSWORD={1}. Rotate both.",
    ("anthropic_key", anthropic_key()), ("credential", password()))
add('{{"command": "psql postgres://app:{0}@db:5432/app -c \\"select 1\\"", "cwd": "/srv"}}',
    ("db_credentials", url_password()))
add("Stack trace for user {0} (SSN {1}): NullPointerException at Billing.java:42",
    ("email", email()), ("ssn", ssn()))
add("aws_access_key_id={0}\naws_secret_access_key={1}\n# owner: {2}",
    ("aws_access_key", aws_key_id()), ("aws_secret_key", aws_secret()), ("email", email()))

# ------------------------------------------------------------------ texts with none

CLEAN: list[str] = []


def uuid() -> str:
    h = pick("0123456789abcdef", 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def sha(n: int = 40) -> str:
    return pick("0123456789abcdef", n)


def luhn_invalid(length: int = 16) -> str:
    digits = luhn_complete(rng.choice("3456") + pick(string.digits, length - 2))
    return digits[:-1] + str((int(digits[-1]) + rng.randrange(1, 10)) % 10)


for _ in range(10):
    CLEAN.append(rng.choice([
        "2024-05-01T12:00:00Z INFO request_id={0} status=200 latency_ms=34",
        '{{"trace_id": "{0}", "span": "db.query"}}',
        "Created order {0} for tenant acme",
        "X-Request-Id: {0}",
    ]).format(uuid()))
for _ in range(10):
    CLEAN.append(rng.choice([
        "commit {0}\nAuthor: Jane Doe <jane@example.com>\nDate:   Wed May 1 12:00:00 2024\n\n    Fix retry loop",
        "git checkout {0}",
        "Merge {0} into main",
        "pinned to {0} in go.sum",
        "sha256:{1}",
    ]).format(sha(), sha(64)))
for _ in range(10):
    CLEAN.append(rng.choice([
        "Order #{0} shipped", "tracking number {0}", "invoice {0} is overdue", "order_id={0}",
        "Your confirmation code is {0}.",
    ]).format(luhn_invalid(rng.choice([16, 16, 15, 19]))))
CLEAN += [
    "Upgraded from v1.2.3 to v1.10.0", "Python 3.11.7 (main, Dec  4 2023)", "node v20.11.1, npm 10.2.4",
    "requires numpy>=1.26.4,<2.0", "Version 2024.05.01.3 released", "kernel 6.8.0-31-generic",
    "color: #1e90ff; background: #ff5733;", "theme = {primary: '#0f172a', accent: '#f59e0b'}",
    "Use #000000 for text and #ffffff for background.",
]
for _ in range(5):
    CLEAN.append(f"<img src=\"data:image/png;base64,{base64.b64encode(rng.randbytes(300)).decode()}\">")
CLEAN.append(f"font: url(data:font/woff2;base64,{base64.b64encode(rng.randbytes(600)).decode()})")
CLEAN += [
    "ANTHROPIC_API_KEY=sk-ant-...", "export GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "Authorization: Bearer <YOUR_TOKEN>", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
    "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "OPENAI_API_KEY=your-api-key-here",
    "api_key = \"YOUR_API_KEY\"", "password: <your-password>", "DATABASE_URL=postgres://user:password@localhost:5432/mydb",
    "STRIPE_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx", "SLACK_BOT_TOKEN=xoxb-your-token-here",
    "GITLAB_TOKEN=glpat-xxxxxxxxxxxxxxxxxxxx", "ANTHROPIC_API_KEY=sk-ant-api03-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
    "export OPENAI_API_KEY=sk-...", "key: AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
    "password=changeme", "secret: ${{ secrets.DEPLOY_KEY }}", "DB_PASSWORD=${DB_PASSWORD}",
    "mysql://root:****@db:3306/app", "token = \"<insert token here>\"",
    "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----",
    "Set `ANTHROPIC_API_KEY` in your environment before running the examples.",
]
CLEAN += [
    "curl https://api.example.com/v1/users -H 'Authorization: Bearer $TOKEN'",
    "Send feedback to user@example.com or admin@example.org.", "Example: john.doe@example.net",
    "See https://docs.example.com/guide#auth for details.", "noreply@example.com bounced the message",
    "test@localhost is used by the dev SMTP server", "user@host.test is reserved for tests",
    "ping https://example.org:8443/health",
]
CLEAN += [
    "2024-05-01T12:00:00.123456+02:00", "epoch 1714564800 (seconds)", "ts=1714564800123 level=info",
    "2024-05-01 12:00:00,123 DEBUG worker started", "Last-Modified: Wed, 01 May 2024 12:00:00 GMT",
    "cron: 0 */6 * * *", "duration 00:12:34.567", "2024-W18-3",
]
CLEAN += [
    "Total: $1,299.99 (incl. tax)", "Preis: 49,90 € inkl. MwSt.", "Subtotal 1 234 567,89 EUR",
    "Price went from 0.0042 BTC to 0.0051 BTC", "Budget 2024: 12,500,000.00 USD",
]
CLEAN += [
    'password = os.environ["DB_PASSWORD"]', "def check_password(password: str) -> bool:",
    "api_key = get_api_key()", "if secret is None:\n    raise ValueError('missing secret')",
    "max_tokens: 4096", "git@github.com:acme/app.git", "background-image: url(icon@2x.png);",
    "npm install @types/node lodash@4.17.21", "@app.route('/login', methods=['POST'])",
    "password: str = Field(min_length=12)", "self.password = password",
    "secret = request.headers.get('X-Secret')", "API_KEY = settings.API_KEY",
    "token_count = len(tokens)", "for (let i = 0; i < 4111; i++) { total += 1111; }",
    "kubectl create secret generic db-creds --from-literal=password=$DB_PASS",
    "const secretName = 'tls-cert';", "password_hash = bcrypt.hashpw(pw, bcrypt.gensalt())",
]
CLEAN += [
    "Call extension 4521", "ISBN 978-3-16-148410-0", "listening on port 8080", "PID 123456 exited with 0",
    "+1 to this idea", "build 20240501.3", "UPS tracking 1Z999AA10123456784", "error code 0x80070005",
    "SSN format is XXX-XX-XXXX", "invalid SSNs such as 666-12-3456 and 000-12-3456 are rejected",
    "IBAN DE00 1234 5678 9012 3456 78 has a bad checksum", "call 555-0100 (fictional)",
    "coordinates 48.8566, 2.3522", "matrix [[1, 2], [3, 4]]", "math: 3+4=7 and 10-2=8",
]
CLEAN += [
    "Server at 10.0.0.1 responded in 3 ms", "MAC 00:1A:2B:3C:4D:5E", "bind ::1 port 5432",
    "subnet 192.168.0.0/16", "fe80::1ff:fe23:4567:890a%eth0 is link-local",
]
CLEAN += [
    "Never commit API keys; use a secrets manager such as Vault or AWS Secrets Manager.",
    "The password must be at least 12 characters and include a digit.",
    "To rotate a GitHub token, open Settings > Developer settings > Personal access tokens.",
    "JWTs have three parts: header, payload and signature, separated by dots.",
    "A credit card number is validated with the Luhn algorithm.",
    "Email addresses are case-insensitive in the domain part.",
    "I can't share real credentials, but here's how to configure the client.",
    "Stripe test mode keys start with sk_test_ and live keys with sk_live_.",
    "Your secret: keep it out of logs!",
    "Password: see the vault entry 'prod-db'.",
]
