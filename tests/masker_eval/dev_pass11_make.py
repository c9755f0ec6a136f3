"""The masker's eleventh pass working cases (issue 16): the families the sets written by others showed missed, each
written beyond the cases read. ``.netrc`` blocks in every layout; keys and salts drawn from letters, digits and
punctuation in PHP, Ruby, Java properties and JS constants; Vault tokens of every documented length; session
cookies by their frameworks' names; STS session tokens by their own start; phones in long tables whose header is out
of sight; ids under headers naming no kind. And the clean texts next to them: placeholders, regexes, an id's own
grouping far from its header, other columns of checksummed numbers.

    .venv/bin/python tests/masker_eval/dev_pass11_make.py   # rewrites dev_pass11.jsonl (same seed, same file)
"""

from __future__ import annotations

import base64
import string
from pathlib import Path

from dev_cases import DevCases
from stdnum.au import tfn
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.nl import bsn

CASES = DevCases(16110, Path(__file__).resolve().parent / "dev_pass11.jsonl")
rng = CASES.rng
pick, positive, negative = CASES.pick, CASES.positive, CASES.negative
DIGITS, LOWER, UPPER = string.digits, string.ascii_lowercase, string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits
WORDPRESS = ALNUM + "!@#$%^&*()-_ []{}<>~`+=,.;:/?|"
"""The alphabet of WordPress's secret-key service (a space included, no quotes or backslash)."""
CRED = "credential"


def generated(symbols: str = ".~_*!#%") -> str:
    """A password manager's password: letters of both cases, digits, two symbols."""
    while True:
        chars = [rng.choice(ALNUM) for _ in range(rng.randrange(14, 20))]
        for at in rng.sample(range(2, len(chars) - 1), 2):
            chars[at] = rng.choice(symbols)
        value = "".join(chars)
        if any(c.isdigit() for c in value) and any(c.islower() for c in value) and any(c.isupper() for c in value):
            return value


def salt(length: int = 64) -> str:
    """A WordPress-style salt: no space at either end, never two spaces in a row."""
    while True:
        value = pick(WORDPRESS, length)
        if value == value.strip() and "  " not in value:
            return value


def netrc() -> None:
    user = rng.choice(("ops@brightpath.io", "deploy", "ci-bot"))
    for template in (
            "machine api.heroku.com\n    login {u}\n    password {0}\nmachine git.heroku.com\n    login {u}\n",
            "machine registry.acme.io login {u} password {0}\n",
            "machine ftp.acme.io\n\tlogin {u}\n\tpassword {0}\n",
            "machine git.acme.io\n  password {0}\n  login {u}\n",
            "default\n  login anonymous\n  password {0}\n",
            "machine bank.example.net port 21 login {u} account 4471 password {0}\n",
            "$ cat ~/.netrc\nmachine gitlab.acme.io\n  login {u}\n  password {0}\n"):
        value = rng.choice((generated(), generated("._"), generated() + "."))
        positive(template.replace("{u}", user), [(CRED, value)], ".netrc password in any layout")
    for text in ("machine api.acme.io\n  login deploy\n  password <your-token>\n",
                 "machine api.acme.io login deploy password YOUR_API_TOKEN\n",
                 "# ~/.netrc\n# machine host login user password secret\n",
                 "The machine password rotates weekly; ask ops for the new one."):
        negative(text, "placeholder", "a .netrc template or prose about it")


def generated_keys() -> None:
    names = ("AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT", "SECURE_AUTH_SALT",
             "LOGGED_IN_SALT", "NONCE_SALT")
    for name in rng.sample(names, 6):
        positive(f"define( '{name}', " + "'{0}' );", [(CRED, salt())], "WordPress key or salt")
    for template in ("define('{n}', '{0}');\ndefine('WP_DEBUG', false);",
                     "  SECRET_KEY_BASE = \"{0}\"", "const signingKey = '{0}';", "private static final String HMAC_KEY = \"{0}\";",
                     "config.cookie_salt = '{0}'", "jwt.signing-key={0}\nserver.port=8080", "app.encryption.key = {0}",
                     "  session_secret: \"{0}\"\n"):
        value = salt(rng.randrange(40, 65)).replace("\"", "")
        positive(template.replace("{n}", rng.choice(names)), [(CRED, value)], "a generated key with punctuation")
    for text in ("define( 'AUTH_KEY',         'put your unique phrase here' );\n"
                 "define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );",
                 "EMAIL_REGEX_KEY = '^[a-zA-Z0-9.!#$%&*+/=?^_{|}~-]+@[a-zA-Z0-9-]+(?:\\.[a-zA-Z0-9-]+)*$'",
                 "const cacheKey = `${tenant}:${userId}:${Date.now()}:${Math.random().toString(36).slice(2)}`;",
                 "SORT_KEY = 'lambda r: (r.priority, -r.created_at, r.name.lower())'",
                 "define('NONCE_SALT', getenv('WP_NONCE_SALT') ?: '');"):
        negative(text, "code", "a key's name over a template, a regex or code")


def vault_tokens() -> None:
    for template, prefix, length in (
            ("token                  {0}\ntoken_accessor         " + pick(ALNUM, 24) + "\ntoken_duration         768h",
             "hvs.", 24),
            ("export VAULT_TOKEN={0}", "hvs.", 24), ("Root Token: {0}", "hvs.", 24),
            ("{{\"auth\": {{\"client_token\": \"{0}\", \"renewable\": true}}}}", "hvs.", 95),
            ("VAULT_TOKEN=\"{0}\" vault kv get secret/app", "hvb.", 138), ("recovery token: {0}", "hvr.", 24)):
        value = prefix + pick(ALNUM, length)
        positive(template.replace("{{", "{").replace("}}", "}"), [("vault_token", value)], "Vault token, any length")
    for text in ("Vault service tokens start with hvs. and batch tokens with hvb.",
                 "export VAULT_TOKEN=hvs.XXXXXXXXXXXXXXXXXXXXXXXX"):
        negative(text, "placeholder", "a Vault token's prefix without a token")


def session_cookies() -> None:
    for template, make in (
            ("Cookie: ASP.NET_SessionId={0}", lambda: pick(LOWER + "012345", 24)),
            ("Set-Cookie: PHPSESSID={0}; path=/; HttpOnly", lambda: pick(LOWER + DIGITS, 26)),
            ("Cookie: .ASPXAUTH={0}", lambda: pick("0123456789ABCDEF", 96)),
            ("Cookie: SSESS" + pick("0123456789abcdef", 32) + "={0}", lambda: pick(ALNUM + "-_", 43)),
            ("Set-Cookie: ci_session={0}; expires=Fri, 01-May-2026 10:00:00 GMT", lambda: pick(LOWER + DIGITS, 40)),
            ("Cookie: _shop_session={0}", lambda: pick(ALNUM + "%", 60)),
            ("Cookie: theme=dark; express.sid={0}", lambda: "s%3A" + pick(ALNUM, 32) + "." + pick(ALNUM, 27))):
        positive(template, [(CRED, make())], "a session cookie by its framework's name")
    for text in ("Set-Cookie: PHPSESSID=deleted; expires=Thu, 01-Jan-1970 00:00:01 GMT",
                 "Cookie: ASP.NET_SessionId=; theme=dark", "the ASP.NET_SessionId cookie holds the session's id"):
        negative(text, "cookie", "a session cookie without a value")


def sts_tokens() -> None:
    def sts(start: str) -> str:
        body = base64.b64encode(bytes(rng.randrange(256) for _ in range(rng.randrange(240, 330)))).decode()
        return start + body.rstrip("=")

    for template in ("$awsSessionToken = \"{0}\";", "<add key=\"AwsSessionToken\" value=\"{0}\" />",
                     "{{\"Credentials\": {{\"SessionToken\": \"{0}\", \"Expiration\": \"2026-05-01T10:00:00Z\"}}}}",
                     "var creds = new SessionAWSCredentials(keyId, secret, \"{0}\");", "sessionToken: '{0}',"):
        start = rng.choice(("IQoJb3JpZ2luX2Vj", "FwoGZXIvYXdz", "FQoGZXIvYXdz"))
        positive(template.replace("{{", "{").replace("}}", "}"), [("aws_session_token", sts(start))],
                 "an STS session token by its own start")
    negative("aws_session_token = AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGd",
             "example_key", "AWS's documented example session token")


def phones_out_of_sight() -> None:
    """Long exports: a phone column's header far above the row, so only the cell's own shape tells."""
    names = ("Chloe Haddad", "Diego Oliveira", "Aisha Ramirez", "Lucas Young", "Yuki Tanaka", "Ingrid Khan", "Wei Silva")

    def gb() -> str:
        return f"020 {pick('3789', 1)}{pick(DIGITS, 3)} {pick(DIGITS, 4)}"

    def jp() -> str:
        return f"0{rng.choice('789')}0-{pick('123456789', 1)}{pick(DIGITS, 3)}-{pick(DIGITS, 4)}"

    def fr() -> str:
        return "0" + rng.choice("67") + " " + " ".join(pick(DIGITS, 2) for _ in range(4))

    for make in (gb, jp, fr):
        rows = [f"CLM-{pick(DIGITS, 7)};{rng.choice(names)};{rng.choice(('motor', 'home', 'travel'))};{make()}"
                for _ in range(4)]
        header = "claim_id;policy_holder;product;contact"
        texts = [header] + rows
        spans_at = len(texts) - 1
        value = texts[spans_at].rsplit(";", 1)[1]
        prefix = "\n".join(texts[:spans_at]) + "\n" + texts[spans_at].rsplit(";", 1)[0] + ";"
        positive(prefix.replace("{", "{{").replace("}", "}}") + "{0}\n", [("phone", value)],
                 "a phone cell grouped as phones are, its header out of sight")
    for make, kind in ((lambda: CASES.number(cpf, 11, False, "0"), "cpf"),
                       (lambda: CASES.number(sin, 9, False), "sin")):
        rows = []
        for _ in range(5):
            digits = make()
            cell = (f"{digits[:3]}.{digits[3:6]}.{digits[6:9]}-{digits[9:]}" if kind == "cpf"
                    else f"{digits[:3]} {digits[3:6]} {digits[6:]}")
            rows.append(f"{pick(DIGITS, 6)};{rng.choice(names)};{rng.choice(('active', 'closed'))};{cell}")
        negative(f"account;holder;status;{kind}_number\n" + "\n".join(rows) + "\n", "id_failing_check",
                 "an id's own grouping failing its check, far below its header")


def generic_id_headers() -> None:
    names = ("Bruno Lindqvist", "Rahul Bianchi", "Ingrid Khan", "Camille Garcia", "Sofia Ramirez")
    for header, module, length, sep in (("national_id", bsn, 9, "\t"), ("tax_id", tfn, 9, ","),
                                        ("id_number", sin, 9, ";"), ("personal_number", bsn, 9, ",")):
        rows = [f"E{pick(DIGITS, 4)}{sep}{rng.choice(names)}{sep}{CASES.number(module, length)}" for _ in range(3)]
        text = f"employee_id{sep}name{sep}{header}\n" + "\n".join(rows) + "\n"
        last = rows[-1].rsplit(sep, 1)[1]
        head = text[:text.rindex(last)]
        positive(head.replace("{", "{{").replace("}", "}}") + "{0}\n", [("national_id", last)],
                 "an id under a header naming no kind")
    rows = [f"{CASES.number(bsn, 9)},{rng.choice(names)},{pick(DIGITS, 3)}.{pick(DIGITS, 2)}" for _ in range(4)]
    negative("customer_id,name,balance\n" + "\n".join(rows) + "\n", "object_id",
             "customer numbers that happen to pass an id's check, under their own header")


def django_pasted_and_trunkless() -> None:
    """Django's generated keys unquoted (a & or ; is the key's), a value pasted alone after 'use this for ...:', a
    phone column's numbers without a trunk 0."""
    alphabet = LOWER + DIGITS + "!@#$%^&*(-_=+)"
    for template in ("python manage.py check --deploy --django-secret-key {0}", "export DJANGO_SECRET_KEY={0}",
                     "SECRET_KEY={0}\nDEBUG=False", "secret_key: {0}\n"):
        while True:
            key = pick(alphabet, 50)
            if sum(c in "!@#$%^&*(-_=+)" for c in key) >= 3 and any(c.isdigit() for c in key):
                break
        positive(template, [("django_secret_key", key)], "a Django key of its own alphabet, unquoted")
    for template in ("User: use this for the staging admin: {0}\nAssistant: I won't store it.",
                     "here's the vpn login for tonight: {0}", "Use this for the grafana admin: `{0}`",
                     "try this one for the bastion: {0}\n"):
        positive(template, [(CRED, pick(UPPER, 3) + pick(ALNUM, 17) + pick(DIGITS, 2))], "a value pasted in a chat")
    for text in ("here's the request id: req_8Kx2Lm9Qp4Rt6Yw1Zc", "Use this commit: 9fb70c5d2e8a4b1c",
                 "use this image tag: v2.14.0-rc1", "Here is the trace id: 4bf92f3577b34da6a3ce929d0e0e4736",
                 "Try this: kubectl rollout restart deploy/api", "here's the run: Bk8sW2yq7PzR4nLx"):
        negative(text, "chat", "an identifier or a command pasted in a chat")
    for _ in range(2):
        rows = [f"{n},{rng.choice(('Anna Nowak', 'Jan Kowalski', 'Ewa Lis'))},"
                f"{rng.choice('5678')}{pick(DIGITS, 2)} {pick(DIGITS, 3)} {pick(DIGITS, 3)}" for n in range(1, 5)]
        last = rows[-1].rsplit(",", 1)[1]
        text = "id,name,phone\n" + "\n".join(rows) + "\n"
        positive(text[:text.rindex(last)] + "{0}\n", [("phone", last)], "a phone column's number without a trunk 0")


def bare_pass_and_checksummed_wallets() -> None:
    """``pass =`` alone names a password in INI files (rclone, pgbouncer, FTP clients); an Ethereum address whose
    mixed case breaks its EIP-55 checksum is a typo or a test vector, not a wallet (EIP-55's own vectors kept)."""
    for template in ("[nas]\ntype = sftp\nhost = nas.internal\nuser = backup\npass = {0}\n",
                     "[ftp]\nhost=ftp.acme.io\nuser=ci\npass={0}\n", "  pass: {0}\n  user: relay\n"):
        positive(template, [(CRED, generated())], "'pass' alone as an INI or YAML key")
    for text in ("checks:\n  pass: 12\n  fail: 0\n", "[gate]\npass = true\nretries = 3\n",
                 "bypass = /healthz\ncompass = north"):
        negative(text, "config", "a count, a switch or a longer word ending in pass")
    for address in ("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
                    "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"):
        positive("send the ETH to {0} today", [("crypto_wallet", address)], "an address whose EIP-55 case holds")
        broken = address[:2] + "".join(c.swapcase() if c.isalpha() and i % 7 == 3 else c
                                       for i, c in enumerate(address[2:]))
        negative(f"ETH wallet {broken}", "checksum", "a mixed-case address whose EIP-55 case is broken")


def typed_fields_and_apostrophes() -> None:
    """A field's type with the code's punctuation after it (``password: string;``, ``password: String!):``), an
    apostrophe of prose after a password's name, a brace closing an expansion's message: no value. A generated
    password ending in ; or , is still one."""
    for text in ("interface LoginDto {\n  email: string;\n  password: string;\n}",
                 "type Mutation {\n  signup(email: String!, password: String!): User\n}",
                 "export class CreateUserDto {\n  @IsString()\n  password: string,\n}",
                 "password: the account's password (required, never logged)",
                 "PGPASSWORD=\"${PGPASSWORD:?database password unset}\""):
        negative(text, "field_definition", "a field's type, prose or an expansion's message")
    for template in ("password: {0};\n", "const creds = {{ user: 'ops', password: {0}, }};"):
        value = generated() + rng.choice(("9", "Q"))
        positive(template.replace("{{", "{").replace("}}", "}"), [(CRED, value)],
                 "a generated password before the code's punctuation")


def command_line_passphrases() -> None:
    """Passwords handed to commands: ssh-keygen -N/-P, openssl's quoted 'pass:...', mongo -p'...' attached, echo ... |
    sudo -S; openssl's env:/file: sources name where a password is, not the password."""
    for template in ("ssh-keygen -t ed25519 -N '{0}' -f ~/.ssh/id_ci", "ssh-keygen -p -P \"{0}\" -N '' -f key",
                     "openssl pkcs12 -export -in c.pem -inkey k.pem -passout 'pass:{0}' -out b.p12",
                     "openssl rsa -in enc.pem -passin \"pass:{0}\" -out dec.pem", "mongosh admin -u root -p'{0}'",
                     "echo '{0}' | sudo -S apt-get update", "printf '%s\\n' '{0}' | sudo --stdin -u deploy true"):
        positive(template, [(CRED, generated())], "a password handed to a command")
    for text in ("openssl rsa -in enc.pem -passin env:KEY_PASSPHRASE -out dec.pem",
                 "openssl genrsa -aes256 -passout file:/run/secrets/key_pass -out k.pem 4096",
                 "ssh-keygen -t ed25519 -N '' -f ~/.ssh/id_ci", "sudo -S true < /dev/null"):
        negative(text, "command", "a command naming where its password is, or none")


def ampersands_inside_flag_values() -> None:
    """An & or ; with no space after it inside a flag's bare value is the value's (a generated password or key
    printed in a command line); '&&' or '; ' after it ends it."""
    for template in ("./deploy.sh --env prod --password={0}", "app --api-key {0} --verbose",
                     "./run --client-secret={0} && echo ok", "backup --db-password {0}; echo done"):
        value = generated("!%&;") + rng.choice("&;") + pick(ALNUM, 4)
        positive(template, [(CRED, value)], "a flag's value with an & or ; inside")


if __name__ == "__main__":
    netrc()
    generated_keys()
    vault_tokens()
    session_cookies()
    sts_tokens()
    phones_out_of_sight()
    generic_id_headers()
    django_pasted_and_trunkless()
    bare_pass_and_checksummed_wallets()
    typed_fields_and_apostrophes()
    command_line_passphrases()
    ampersands_inside_flag_values()
    CASES.write()
