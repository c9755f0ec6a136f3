"""The masker's seventeenth pass (credentials) working cases (issue 16), written before measuring the masker on them:
passwords and generic secrets in every config language agents read (.env, YAML block and flow, TOML, JSON and JSON
inside strings, INI, HCL, Java properties, XML, docker-compose, k8s Secret stringData, Helm values), on command lines
and in shell history, in URLs with userinfo, DSNs and JDBC strings, auth headers and cookies, in code of many
languages and in log lines that leak; private key blocks; vendor tokens of less common vendors and newer token
versions by their documented prefixes, lengths, alphabets and checksums. And the clean texts next to them:
placeholders, environment and secret-store references, redactions, hashes, published example keys, form fields and
password policy text.

    .venv/bin/python tests/masker_eval/dev_pass17a_make.py   # rewrites dev_pass17a.jsonl (same seed, same file)
"""

from __future__ import annotations

import base64
import string
import zlib
from pathlib import Path
from urllib.parse import quote

from dev_cases import DevCases

CASES = DevCases(161701, Path(__file__).resolve().parent / "dev_pass17a.jsonl")
rng = CASES.rng
pick, positive, negative = CASES.pick, CASES.positive, CASES.negative
DIGITS, LOWER, UPPER = string.digits, string.ascii_lowercase, string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits
BASE62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"
PW = "password"
SECRET = "credential"
WORDS = ("orbit", "velvet", "canyon", "pepper", "glacier", "hollow", "ember", "meadow", "quill", "raven", "sable",
         "thistle", "umber", "walnut", "zephyr", "bramble", "cinder", "dapple", "fjord", "gossamer")


def password(symbols: str = "!#%&*+-.:=?@^_~", length: int | None = None) -> str:
    """A generated password: letters of both cases, digits and at least two symbols; a letter or digit first, so it
    stays one plain value where a symbol would open other syntax (a YAML tag or alias)."""
    n = length or rng.randrange(12, 24)
    while True:
        value = rng.choice(ALNUM) + "".join(rng.choice(ALNUM + symbols * 2) for _ in range(n - 1))
        if (sum(c in symbols for c in value) >= 2 and any(c.isdigit() for c in value)
                and any(c.islower() for c in value) and any(c.isupper() for c in value)):
            return value


def memorable() -> str:
    """A person's password: a capitalised word, a symbol, a year and a word."""
    return f"{rng.choice(WORDS).title()}{rng.choice('#!@$%&')}{rng.randrange(1970, 2030)}{rng.choice(WORDS)}"


def passphrase(sep: str) -> str:
    return sep.join(rng.sample(WORDS, rng.randrange(4, 6))) + sep + str(rng.randrange(10, 99))


def unicode_password() -> str:
    return rng.choice(("Zürich", "Straße", "Ærøskøbing", "Kraków", "Ñandú", "Göteborg", "Île")) + rng.choice(
        "#!%") + pick(DIGITS, 3) + pick(ALNUM, 4)


def any_password(quoted: bool) -> str:
    kinds = [password, memorable, unicode_password]
    if quoted:
        kinds.append(lambda: passphrase(" "))
    return rng.choice(kinds)()


def b62_crc(body: str) -> str:
    """GitHub's and npm's checksum: CRC32 of the random part in base62, six characters."""
    n = zlib.crc32(body.encode()) & 0xFFFFFFFF
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = BASE62[r] + out
    return out.rjust(6, "0")


def github_token(prefix: str) -> str:
    body = pick(ALNUM, 30)
    return prefix + body + b62_crc(body)


BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def bech32(hrp: str, data: bytes) -> str:
    """BIP-173 bech32 of 8-bit data (age's secret keys use it, upper-cased)."""
    acc, bits, five = 0, 0, []
    for byte in data:
        acc = (acc << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            five.append((acc >> bits) & 31)
    if bits:
        five.append((acc << (5 - bits)) & 31)
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)

    def polymod(values: list[int]) -> int:
        chk = 1
        for v in values:
            top = chk >> 25
            chk = (chk & 0x1FFFFFF) << 5 ^ v
            for i in range(5):
                chk ^= gen[i] if (top >> i) & 1 else 0
        return chk

    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    mod = polymod(expanded + five + [0] * 6) ^ 1
    checksum = [(mod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32[d] for d in five + checksum)


# ---------------------------------------------------------------- passwords in config languages

def env_files() -> None:
    names = ("DB_PASSWORD", "POSTGRES_PASSWORD", "REDIS_PASS", "SMTP_PASSWORD", "APP_SECRET", "JWT_SECRET",
             "ADMIN_PASSWD", "RABBITMQ_DEFAULT_PASS", "LDAP_BIND_PASSWORD", "KEYCLOAK_ADMIN_PASSWORD")
    for name in names:
        value = password("!#%*+-.:=?@^_~")
        positive(f"# .env\nNODE_ENV=production\n{name}={{0}}\nPORT=8080\n", [(PW, value)], ".env bare value")
    for name in rng.sample(names, 5):
        value = any_password(True).replace('"', "")
        positive(f"{name}=\"{{0}}\"\nLOG_LEVEL=info\n", [(PW, value)], ".env double-quoted value")
    for name in rng.sample(names, 4):
        value = any_password(True).replace("'", "")
        positive(f"export {name}='{{0}}'\n", [(PW, value)], "shell export single-quoted")
    for name in rng.sample(names, 3):
        positive(f"{name}={{0}}  # rotated 2026-11\n", [(PW, password("!%*+-.:=?@^_~"))], ".env value then comment")


def yaml_files() -> None:
    for template in (
        "database:\n  host: db.internal\n  port: 5432\n  username: app\n  password: {0}\n  sslmode: require\n",
        "spring:\n  datasource:\n    url: jdbc:postgresql://db:5432/orders\n    username: orders\n    password: \"{0}\"\n",
        "smtp:\n  user: mailer@acme.io\n  pass: '{0}'\n",
        "auth:\n  admin:\n    secret: {0}\n",
        "redis: {{host: cache.internal, port: 6379, password: {0}}}\n",
        "credentials: {{ user: deploy, password: \"{0}\" }}\n",
        "- name: Create the DB user\n  community.postgresql.postgresql_user:\n    name: app\n    password: \"{0}\"\n",
        "ldap:\n  bind_dn: cn=svc,dc=acme,dc=io\n  bind_password: {0}\n",
        "mqtt:\n  broker: tcp://10.0.0.5:1883\n  client_secret: \"{0}\"\n",
        "grafana:\n  adminPassword: {0}\n",
    ):
        quoted = "\"{0}\"" in template or "'{0}'" in template
        value = any_password(quoted) if quoted else password("!%*+-.=?@^_~")
        value = value.replace('"', "").replace("'", "")
        positive(template.replace("{{", "{").replace("}}", "}"), [(PW, value)], "YAML block or flow")
    positive("admin_password: |\n  {0}\nnext: true\n", [(PW, password("!%*+-.=?@^_~"))], "YAML literal block")


def toml_ini_hcl_properties() -> None:
    for template in (
        "[database]\nhost = \"db.internal\"\nuser = \"app\"\npassword = \"{0}\"\n",
        "[mail]\nsmtp_password = '{0}'\n",
        "[client]\nuser=root\npassword={0}\n",
        "[remote \"origin\"]\n\turl = https://git.acme.io/x.git\n[credential]\n\tpassword = {0}\n",
        "[DEFAULT]\nadmin_password = {0}\n",
        "resource \"aws_db_instance\" \"main\" {{\n  engine   = \"postgres\"\n  username = \"app\"\n  password = \"{0}\"\n}}\n",
        "variable \"db_password\" {{\n  type      = string\n  sensitive = true\n  default   = \"{0}\"\n}}\n",
        "provider \"vault\" {{\n  token = \"{0}\"\n}}\n",
        "spring.datasource.password={0}\nspring.jpa.show-sql=false\n",
        "db.password = {0}\n",
        "mail.smtp.password: {0}\n",
        "keystore.password={0}\n",
    ):
        quoted = "\"{0}\"" in template or "'{0}'" in template
        value = any_password(quoted).replace('"', "").replace("'", "") if quoted else password("!%*+-.=?@^_~")
        positive(template.replace("{{", "{").replace("}}", "}"), [(PW, value)], "TOML / INI / HCL / properties")


def json_and_xml() -> None:
    for template in (
        "{{\n  \"host\": \"db.internal\",\n  \"user\": \"app\",\n  \"password\": \"{0}\"\n}}",
        "{{\"ConnectionStrings\": {{}}, \"Smtp\": {{\"Username\": \"mailer\", \"Password\": \"{0}\"}}}}",
        "\"{{\\\"user\\\":\\\"svc\\\",\\\"password\\\":\\\"{0}\\\"}}\"",
        "payload = '{{\"username\": \"ops\", \"password\": \"{0}\"}}'",
        "{{\"auth\": {{\"client_secret\": \"{0}\", \"grant_type\": \"client_credentials\"}}}}",
        "<add key=\"SmtpPassword\" value=\"{0}\" />",
        "<datasource jndi-name=\"java:/OrdersDS\">\n  <user-name>orders</user-name>\n  <password>{0}</password>\n</datasource>",
        "<server>\n  <id>nexus</id>\n  <username>deploy</username>\n  <password>{0}</password>\n</server>",
        "<connection user=\"sa\" password=\"{0}\" host=\"sql01\"/>",
        "<entry key=\"db.password\">{0}</entry>",
    ):
        value = password("!#%*+-.:=?@^_~")
        positive(template.replace("{{", "{").replace("}}", "}"), [(PW, value)], "JSON, escaped JSON or XML")


def compose_k8s_helm() -> None:
    for template in (
        "services:\n  db:\n    image: postgres:16\n    environment:\n      - POSTGRES_USER=app\n      - POSTGRES_PASSWORD={0}\n",
        "services:\n  db:\n    image: mysql:8\n    environment:\n      MYSQL_ROOT_PASSWORD: \"{0}\"\n      MYSQL_DATABASE: shop\n",
        "services:\n  mq:\n    image: rabbitmq:3\n    environment:\n      RABBITMQ_DEFAULT_PASS: {0}\n",
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-creds\ntype: Opaque\nstringData:\n  username: app\n  password: {0}\n",
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\nstringData:\n  API_TOKEN: \"{0}\"\n",
        "auth:\n  postgresPassword: {0}\n  username: app\n  database: orders\n",
        "redis:\n  auth:\n    enabled: true\n    password: \"{0}\"\n",
        "env:\n  - name: DB_PASSWORD\n    value: \"{0}\"\n  - name: LOG_LEVEL\n    value: info\n",
        "helm install pg bitnami/postgresql --set auth.postgresPassword={0} --set auth.database=app\n",
        "kubectl create secret generic db --from-literal=password='{0}' -n prod\n",
    ):
        value = password("!#%*+-.=?@^_~").replace("'", "")
        positive(template, [(PW, value)], "docker-compose, k8s Secret, Helm")
    value = password("!#%*+-.=?@^_~")
    b64 = base64.b64encode(value.encode()).decode()
    positive("apiVersion: v1\nkind: Secret\ndata:\n  password: {0}\n", [(PW, b64)], "k8s Secret data (base64)")


# ---------------------------------------------------------------- command lines and shell history

def command_lines() -> None:
    for template in (
        "mysql -h db.internal -u root -p{0} shop < dump.sql",
        "mysqldump -uadmin -p'{0}' --all-databases > all.sql",
        "PGPASSWORD='{0}' psql -h db.internal -U app orders",
        "PGPASSWORD={0} pg_dump -h 10.0.3.4 -U postgres app > app.sql",
        "MYSQL_PWD=\"{0}\" mysql -u root",
        "sshpass -p '{0}' ssh admin@10.1.2.3",
        "redis-cli -h cache.internal -a '{0}' ping",
        "docker login registry.acme.io -u deploy -p '{0}'",
        "az login --service-principal -u 5f1e2d3c-aaaa-bbbb-cccc-1234567890ab -p '{0}' --tenant acme.onmicrosoft.com",
        "curl -u admin:{0} https://jenkins.acme.io/api/json",
        "htpasswd -b -c /etc/nginx/.htpasswd admin '{0}'",
        "psql \"host=db.internal user=app password={0} dbname=orders\"",
        "mongosh \"mongodb://db01:27017\" --username admin --password '{0}'",
        "rabbitmqctl add_user ci '{0}'",
        "openssl pkcs12 -export -in cert.pem -inkey key.pem -out cert.p12 -passout pass:{0}",
        "keytool -genkeypair -alias app -keystore app.jks -storepass '{0}' -keypass '{0}'",
        "net user svc_backup {0} /add",
        "vault login -method=userpass username=ops password='{0}'",
        "./deploy.sh --db-password={0} --env=prod",
        "java -jar app.jar --spring.datasource.password={0}",
    ):
        positive(template, [(PW, password("!#%*+-.=?@^_~"))], "a password on a command line")
    for template in ("  501  mysql -u root -p{0}\n  502  exit\n", "  88  export GITLAB_TOKEN={0}\n  89  git push\n",
                     ": 1732960000:0;sshpass -p {0} scp backup.tar admin@nas:/vol1\n"):
        value = password("!%*+-.=?@^_~") if "GITLAB" not in template else "glpat-" + pick(URLSAFE, 20)
        positive(template, [(PW, value)], "shell history")


# ---------------------------------------------------------------- URLs, DSNs, JDBC

def urls_and_dsns() -> None:
    for scheme, host in (("postgresql", "db.internal:5432/orders"), ("mysql", "10.0.4.2:3306/shop"),
                         ("mongodb+srv", "cluster0.ab12c.mongodb.net/app?retryWrites=true"),
                         ("redis", "cache.internal:6379/0"), ("amqp", "mq.internal:5672/%2F"),
                         ("smtp", "smtp.mailgun.org:587"), ("ftp", "files.acme.io/incoming"),
                         ("https", "nexus.acme.io/repository/pypi/simple"), ("sftp", "backup.acme.io:22/data")):
        raw = password("!#%*+-.:=?@^_~")
        value = quote(raw, safe="-._~!*+") if rng.random() < 0.7 else pick(ALNUM, 18)
        user = rng.choice(("app", "admin", "svc_ci", "deploy", "ops"))
        positive(f"DATABASE_URL={scheme}://{user}:{{0}}@{host}\n", [(PW, value)], "URL with userinfo")
    positive("redis://:{0}@cache.internal:6379\n", [(PW, pick(ALNUM, 24))], "URL with password only")
    positive("git clone https://oauth2:{0}@gitlab.acme.io/platform/infra.git",
             [(SECRET, "glpat-" + pick(URLSAFE, 20))], "token as URL password")
    positive("pip install --index-url https://__token__:{0}@pypi.acme.io/simple/ acme-core",
             [(SECRET, pick(ALNUM, 32))], "pip index URL")
    positive("proxy = http://jdoe:{0}@proxy.corp.local:3128", [(PW, quote(password(), safe=""))], "proxy URL")
    for template in (
        "Server=sql01.corp.local;Database=Orders;User Id=sa;Password={0};TrustServerCertificate=True;",
        "Data Source=tcp:acme.database.windows.net,1433;Initial Catalog=app;User ID=app;Password={0};",
        "jdbc:postgresql://db.internal:5432/orders?user=orders&password={0}&ssl=true",
        "jdbc:mysql://db:3306/shop?useSSL=false&user=root&password={0}",
        "jdbc:sqlserver://sql01:1433;databaseName=hr;user=hr_app;password={0};encrypt=true",
        "Driver={{ODBC Driver 18 for SQL Server}};Server=sql02;UID=report;PWD={0};",
        "host=db.internal port=5432 dbname=app user=app password={0} sslmode=require",
        "DSN=\"oracle://scott:{0}@db.internal:1521/ORCLPDB1\"",
        "sqlplus scott/{0}@//db.internal:1521/ORCLPDB1",
        "Provider=MSOLEDBSQL;Data Source=sql03;User ID=etl;Password=\"{0}\";",
    ):
        value = password("!#%*+-.=?@^_~").replace(";", "").replace("&", "")
        if "scott/" in template or "oracle://" in template:
            value = pick(ALNUM, 10) + rng.choice("#_") + pick(ALNUM, 4)
        positive(template.replace("{{", "{").replace("}}", "}"), [(PW, value)], "DSN / JDBC / ODBC")


# ---------------------------------------------------------------- headers, cookies, sessions

def headers_and_cookies() -> None:
    for user in ("admin", "ci-bot", "jenkins", "svc.report"):
        pair = f"{user}:{password()}"
        value = base64.b64encode(pair.encode()).decode()
        positive(rng.choice(("Authorization: Basic {0}\n", "curl -H 'Authorization: Basic {0}' https://api.acme.io/v2/me",
                             "headers = {{'Authorization': 'Basic {0}'}}".replace("{{", "{").replace("}}", "}"))),
                 [(SECRET, value)], "Basic header")
    for template in ("Authorization: Bearer {0}\n", "curl -H \"Authorization: Bearer {0}\" https://api.acme.io/v1/jobs",
                     "fetch(url, {{ headers: {{ Authorization: `Bearer {0}` }} }})",
                     "requests.get(u, headers={{\"Authorization\": \"Bearer {0}\"}})",
                     "> GET /v2/orders HTTP/1.1\n> Host: api.acme.io\n> Authorization: Bearer {0}\n"):
        value = pick(URLSAFE, rng.randrange(32, 64))
        positive(template.replace("{{", "{").replace("}}", "}"), [(SECRET, value)], "Bearer opaque token")
    for header in ("X-API-Key", "X-Api-Token", "Api-Key", "X-Auth-Token", "X-Vault-Token", "Private-Token",
                   "X-Shopify-Access-Token", "Ocp-Apim-Subscription-Key", "X-RapidAPI-Key", "X-Access-Token"):
        if header == "X-Vault-Token":
            value = "hvs." + pick(URLSAFE, 24)
        elif header == "Private-Token":
            value = "glpat-" + pick(URLSAFE, 20)
        elif header == "X-Shopify-Access-Token":
            value = "shpat_" + pick(HEX, 32)
        elif header == "Ocp-Apim-Subscription-Key":
            value = pick(HEX, 32)
        else:
            value = pick(ALNUM, rng.randrange(28, 48))
        positive(rng.choice((f"{header}: {{0}}\n", f"curl -H '{header}: {{0}}' https://api.acme.io/v1/items",
                             f"-H \"{header}: {{0}}\" \\\n")), [(SECRET, value)], "custom API key header")
    for template, make in (
        ("Cookie: sessionid={0}; csrftoken=" + pick(ALNUM, 32) + "\n", lambda: pick(LOWER + DIGITS, 32)),
        ("Set-Cookie: connect.sid={0}; Path=/; HttpOnly\n",
         lambda: "s%3A" + pick(URLSAFE, 32) + "." + pick(ALNUM + "%", 43)),
        ("Cookie: PHPSESSID={0}\n", lambda: pick(LOWER + DIGITS, 26)),
        ("Cookie: JSESSIONID={0}; Path=/app\n", lambda: pick("0123456789ABCDEF", 32)),
        ("Set-Cookie: laravel_session={0}; expires=Tue, 01 Dec 2026 05:00:00 GMT; path=/; httponly\n",
         lambda: "eyJpdiI6" + pick(ALNUM, 120) + "%3D"),
        ("Cookie: __Secure-next-auth.session-token={0}\n",
         lambda: "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.." + pick(URLSAFE, 22) + "." + pick(URLSAFE, 160) + "." + pick(URLSAFE, 22)),
        ("Set-Cookie: _myapp_session={0}; path=/; secure; HttpOnly; SameSite=Lax\n",
         lambda: pick(B64, 180) + "--" + pick(HEX, 40)),
        ("Cookie: ASP.NET_SessionId={0}\n", lambda: pick(LOWER + "012345", 24)),
        ("Set-Cookie: .AspNetCore.Cookies={0}; path=/; samesite=lax; httponly\n", lambda: "CfDJ8" + pick(URLSAFE, 200)),
        ("session = requests.Session()\nsession.cookies.set('session', '{0}')\n",
         lambda: "eyJ1c2VyX2lkIjo0Mn0." + pick(URLSAFE, 6) + "." + pick(URLSAFE, 27)),
    ):
        positive(template, [(SECRET, make())], "session cookie")


# ---------------------------------------------------------------- code in many languages, logs

def code_literals() -> None:
    for template in (
        "conn = psycopg2.connect(host=\"db.internal\", user=\"app\", password=\"{0}\", dbname=\"orders\")",
        "engine = create_engine(URL.create(\"postgresql\", username=\"app\", password=\"{0}\", host=\"db\"))",
        "client = MongoClient(host, username='admin', password='{0}', authSource='admin')",
        "ds.setPassword(\"{0}\");",
        "HikariConfig cfg = new HikariConfig();\ncfg.setUsername(\"app\");\ncfg.setPassword(\"{0}\");",
        "DataSource ds = DataSourceBuilder.create().username(\"app\").password(\"{0}\").build();",
        "var cred = new NetworkCredential(\"svc_mail\", \"{0}\");",
        "smtp.Credentials = new NetworkCredential(\"noreply@acme.io\", \"{0}\");",
        "cfg := mysql.Config{{User: \"app\", Passwd: \"{0}\", Net: \"tcp\", Addr: \"db:3306\"}}",
        "db, err := sql.Open(\"postgres\", \"user=app password={0} host=db sslmode=disable\")",
        "const pool = new Pool({{ user: 'app', password: '{0}', host: 'db', database: 'orders' }});",
        "mongoose.connect(uri, {{ auth: {{ username: 'app', password: '{0}' }} }});",
        "$db = new PDO($dsn, 'app', '{0}');",
        "define('DB_PASSWORD', '{0}');",
        "$config['smtp_pass'] = '{0}';",
        "ActiveRecord::Base.establish_connection(adapter: 'postgresql', username: 'app', password: '{0}')",
        "let opts = PgConnectOptions::new().username(\"app\").password(\"{0}\");",
        "val props = Properties().apply {{ put(\"user\", \"app\"); put(\"password\", \"{0}\") }}",
        "ldap_conn.simple_bind_s('cn=admin,dc=acme,dc=io', '{0}')",
        "ftp.login('backup', '{0}')",
        "smtp.login(\"alerts@acme.io\", \"{0}\")",
        "auth = HTTPBasicAuth('admin', '{0}')",
        "r = requests.get(url, auth=('svc', '{0}'))",
        "redis.Redis(host='cache', port=6379, password='{0}')",
        "ssh.connect('10.0.0.7', username='root', password='{0}')",
        "Connection conn = DriverManager.getConnection(url, \"app\", \"{0}\");",
        "export default {{ db: {{ user: 'app', pass: '{0}' }} }};",
        "settings = {{\"SECRET_KEY\": \"{0}\", \"DEBUG\": False}}",
        "os.environ[\"DB_PASSWORD\"] = \"{0}\"",
        "String password = \"{0}\";",
    ):
        value = rng.choice((password("!#%*+-.:=?@^_~"), memorable(), unicode_password()))
        positive(template.replace("{{", "{").replace("}}", "}"), [(PW, value)], "a password literal in code")


def leaking_logs() -> None:
    for template in (
        "2026-11-30T22:14:07Z INFO auth: login attempt user=jdoe password={0} ip=10.2.3.4",
        "DEBUG sqlalchemy.engine: connecting with {{'user': 'app', 'password': '{0}', 'host': 'db'}}",
        "[2026-11-30 22:15:01] ERROR Failed to connect: FATAL: password authentication failed (password=\"{0}\")",
        "level=debug msg=\"request headers\" authorization=\"Bearer {0}\"",
        "Nov 30 22:16:44 web01 app[311]: config loaded: smtp_password={0}, smtp_host=smtp.acme.io",
        "W1130 22:17:02.123 client.go:88] retrying with token={0}",
        "Traceback (most recent call last):\n  File \"app.py\", line 12, in <module>\n    connect(password='{0}')\nConnectionRefusedError",
    ):
        value = password("!#%*+-.:=?@^_~") if "Bearer" not in template and "token=" not in template else pick(ALNUM, 40)
        positive(template.replace("{{", "{").replace("}}", "}"), [(PW, value)], "a log line that leaks")
    for template in ("The wifi password is {0} — it changes monthly.", "admin / {0} for the staging console",
                     "Login: ops@acme.io\nPassword: {0}\n", "Use passphrase \"{0}\" to unlock the backup.",
                     "pw: {0}", "the root password on the NAS is {0}"):
        value = passphrase(" ") if "passphrase" in template else rng.choice((password(), memorable()))
        positive(template, [(PW, value)], "a password in prose or notes")


# ---------------------------------------------------------------- private keys

def pem(label: str, lines: int) -> str:
    body = "\n".join(pick(B64, 64) for _ in range(lines)) + "\n" + pick(B64, 40) + "=="
    return f"-----BEGIN {label}-----\n{body}\n-----END {label}-----"


def private_keys() -> None:
    for label in ("RSA PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY",
                  "DSA PRIVATE KEY"):
        positive(rng.choice(("{0}\n", "key.pem:\n```\n{0}\n```\n", "ssh_key: |\n  {0}\n")), [("private_key", pem(label, 6))],
                 "PEM private key block")
    block = ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + "\n".join(pick(B64, 64) for _ in range(8)) + "\n="
             + pick(B64, 4) + "\n-----END PGP PRIVATE KEY BLOCK-----")
    positive("{0}\n", [("pgp_private_key", block)], "PGP private key block")
    escaped = pem("PRIVATE KEY", 8).replace("\n", "\\n") + "\\n"
    positive("{{\"type\": \"service_account\", \"private_key\": \"{0}\", \"client_id\": \"1234\"}}"
             .replace("{{", "{").replace("}}", "}"), [("private_key", escaped)], "escaped PEM in JSON")
    env = pem("RSA PRIVATE KEY", 5).replace("\n", "\\n")
    positive("JWT_PRIVATE_KEY=\"{0}\"\n", [("private_key", env)], "escaped PEM in .env")
    ppk = ("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy\nPublic-Lines: 2\n"
           + pick(B64, 64) + "\n" + pick(B64, 12) + "\nPrivate-Lines: 1\n{0}\nPrivate-MAC: " + pick(HEX, 64) + "\n")
    positive(ppk, [("private_key", pick(B64, 44))], "PuTTY private key lines")


# ---------------------------------------------------------------- vendor tokens

def vendor_tokens() -> list[tuple[str, str]]:
    """(type, value) of vendor tokens by their documented formats."""
    age = bech32("age-secret-key-", bytes(rng.randrange(256) for _ in range(32))).upper()
    return [
        ("github_pat", github_token("ghp_")),
        ("github_oauth", github_token("gho_")),
        ("github_app", github_token("ghs_")),
        ("github_refresh", github_token("ghr_")),
        ("github_fine_grained", "github_pat_11" + pick(UPPER + DIGITS, 20) + "_" + pick(ALNUM, 59)),
        ("npm_token", github_token("npm_")),
        ("gitlab_deploy", "gldt-" + pick(URLSAFE, 20)),
        ("gitlab_runner", "glrt-" + pick(URLSAFE, 20)),
        ("gitlab_trigger", "glptt-" + pick(HEX, 40)),
        ("gitlab_feed", "glft-" + pick(URLSAFE, 20)),
        ("gitlab_ci_job", "glcbt-" + pick(HEX, 2) + "_" + pick(URLSAFE, 20)),
        ("gitlab_oauth_secret", "gloas-" + pick(HEX, 64)),
        ("slack_app", "xapp-1-A" + pick(UPPER + DIGITS, 10) + "-" + pick(DIGITS, 13) + "-" + pick(HEX, 64)),
        ("slack_bot", "xoxb-" + pick(DIGITS, 12) + "-" + pick(DIGITS, 13) + "-" + pick(ALNUM, 24)),
        ("slack_refresh", "xoxe-1-" + pick(ALNUM, 146)),
        ("stripe_restricted", "rk_live_" + pick(ALNUM, 99)),
        ("stripe_webhook", "whsec_" + pick(ALNUM, 32)),
        ("openai_project", "sk-proj-" + pick(URLSAFE, 74) + "T3BlbkFJ" + pick(URLSAFE, 74)),
        ("openai_svcacct", "sk-svcacct-" + pick(URLSAFE, 74) + "T3BlbkFJ" + pick(URLSAFE, 74)),
        ("anthropic_admin", "sk-ant-admin01-" + pick(URLSAFE, 93) + "AA"),
        ("anthropic", "sk-ant-api03-" + pick(URLSAFE, 93) + "AA"),
        ("huggingface", "hf_" + pick(string.ascii_letters, 34)),
        ("pypi", "pypi-AgEIcHlwaS5vcmc" + pick(URLSAFE, 150)),
        ("doppler", "dp.st.prd." + pick(ALNUM, 43)),
        ("doppler_pt", "dp.pt." + pick(ALNUM, 43)),
        ("databricks", "dapi" + pick(HEX, 32)),
        ("postman", "PMAK-" + pick(HEX, 24) + "-" + pick(HEX, 34)),
        ("linear", "lin_api_" + pick(ALNUM, 40)),
        ("notion", "ntn_" + pick(DIGITS, 11) + pick(ALNUM, 35)),
        ("grafana_sa", "glsa_" + pick(ALNUM, 32) + "_" + pick(HEX, 8)),
        ("grafana_cloud", "glc_" + base64.b64encode(('{"o":"' + pick(DIGITS, 6) + '","n":"stack-' + pick(DIGITS, 6)
                                                     + '-hm-read","k":"' + pick(ALNUM, 24) + '","m":{"r":"us"}}').encode()).decode().rstrip("=")),
        ("sendgrid", "SG." + pick(URLSAFE, 22) + "." + pick(URLSAFE, 43)),
        ("shopify_shared_secret", "shpss_" + pick(HEX, 32)),
        ("digitalocean", "dop_v1_" + pick(HEX, 64)),
        ("digitalocean_oauth", "doo_v1_" + pick(HEX, 64)),
        ("atlassian", "ATATT3xFfGF0" + pick(URLSAFE, 170) + "=" + pick("0123456789ABCDEF", 8)),
        ("pulumi", "pul-" + pick(HEX, 40)),
        ("terraform_cloud", pick(ALNUM, 14) + ".atlasv1." + pick(ALNUM, 67)),
        ("age_secret_key", age),
        ("dynatrace", "dt0c01." + pick(UPPER + DIGITS, 24) + "." + pick(UPPER + DIGITS, 64)),
        ("sentry_user", "sntryu_" + pick(HEX, 64)),
        ("tailscale", "tskey-auth-k" + pick(ALNUM, 9) + "CNTRL-" + pick(ALNUM, 33)),
        ("supabase", "sbp_" + pick(HEX, 40)),
        ("supabase_secret", "sb_secret_" + pick(URLSAFE, 31)),
        ("groq", "gsk_" + pick(ALNUM, 52)),
        ("replicate", "r8_" + pick(ALNUM, 37)),
        ("perplexity", "pplx-" + pick(ALNUM, 48)),
        ("xai", "xai-" + pick(ALNUM, 80)),
        ("langsmith", "lsv2_pt_" + pick(HEX, 32) + "_" + pick(HEX, 10)),
        ("planetscale", "pscale_tkn_" + pick(URLSAFE, 43)),
        ("planetscale_pw", "pscale_pw_" + pick(URLSAFE, 43)),
        ("fly", "fo1_" + pick(URLSAFE, 43)),
        ("render", "rnd_" + pick(ALNUM, 32)),
        ("netlify", "nfp_" + pick(ALNUM, 40)),
        ("newrelic", "NRAK-" + pick(UPPER + DIGITS, 27)),
        ("figma", "figd_" + pick(URLSAFE, 40)),
        ("airtable", "pat" + pick(ALNUM, 14) + "." + pick(HEX, 64)),
        ("buildkite", "bkua_" + pick(HEX, 40)),
        ("circleci", "CCIPAT_" + pick(ALNUM, 22) + "_" + pick(HEX, 40)),
        ("contentful", "CFPAT-" + pick(URLSAFE, 43)),
        ("docker_pat", "dckr_pat_" + pick(URLSAFE, 27)),
        ("docker_oat", "dckr_oat_" + pick(URLSAFE, 32)),
        ("prefect", "pnu_" + pick(ALNUM, 36)),
        ("readme", "rdme_" + pick(HEX, 70)),
        ("rubygems", "rubygems_" + pick(HEX, 48)),
        ("shippo", "shippo_live_" + pick(HEX, 40)),
        ("telegram_bot", pick(DIGITS, 10) + ":AA" + pick(URLSAFE, 33)),
        ("onepassword_sa", "ops_eyJzaWduSW5BZGRyZXNzIjoi" + pick(URLSAFE, 300)),
        ("onepassword_secret_key", "A3-" + pick(UPPER + DIGITS, 6) + "-" + pick(UPPER + DIGITS, 6) + "-"
         + "-".join(pick(UPPER + DIGITS, 5) for _ in range(4))),
        ("bitbucket_app_password", "ATBB" + pick(ALNUM, 32) + pick("0123456789ABCDEF", 8)),
        ("jfrog", "AKCp" + pick(ALNUM, 69)),
        ("vault_service", "hvs." + pick(URLSAFE, 90)),
        ("vault_recovery", "hvr." + pick(URLSAFE, 90)),
        ("sourcegraph", "sgp_" + pick(HEX, 16) + "_" + pick(HEX, 40)),
        ("google_oauth_secret", "GOCSPX-" + pick(URLSAFE, 28)),
        ("google_api_key", "AIza" + pick(URLSAFE, 35)),
        ("azure_ad_secret", pick(ALNUM, 3) + rng.choice(DIGITS) + "Q~" + pick(ALNUM + "~._-", 34)),
        ("discord_webhook", "https://discord.com/api/webhooks/" + pick(DIGITS, 19) + "/" + pick(URLSAFE, 68)),
        ("square", "EAAA" + pick(URLSAFE, 60)),
        ("square_oauth_secret", "sq0csp-" + pick(URLSAFE, 43)),
        ("braintree", "access_token$production$" + pick(LOWER + DIGITS, 16) + "$" + pick(HEX, 32)),
        ("openrouter", "sk-or-v1-" + pick(HEX, 64)),
        ("pinecone", "pcsk_" + pick(ALNUM, 6) + "_" + pick(ALNUM, 63)),
        ("posthog_personal", "phx_" + pick(ALNUM, 47)),
        ("launchdarkly", "sdk-" + "-".join(pick(HEX, n) for n in (8, 4, 4, 4, 12))),
        ("nuget", "oy2" + pick(LOWER + DIGITS, 43)),
        ("mapbox_secret", "sk.eyJ1IjoiYWNtZS1vcHMiLCJhIjoi" + pick(URLSAFE, 22) + "In0." + pick(URLSAFE, 22)),
        ("alibaba", "LTAI5t" + pick(ALNUM, 18)),
        ("twilio_api_key", "SK" + pick(HEX, 32)),
        ("easypost", "EZAK" + pick(HEX, 54)),
        ("flutterwave", "FLWSECK-" + pick(HEX, 32) + "-X"),
        ("resend", "re_" + pick(ALNUM, 8) + "_" + pick(ALNUM, 24)),
        ("scalingo", "tk-us-" + pick(URLSAFE, 48)),
        ("infracost", "ico-" + pick(ALNUM, 32)),
        ("harness", "pat." + pick(URLSAFE, 22) + "." + pick(HEX, 24) + "." + pick(ALNUM, 20)),
        ("octopus", "API-" + pick(UPPER + DIGITS, 26)),
        ("mailgun", "key-" + pick(HEX, 32)),
        ("mailchimp", pick(HEX, 32) + "-us" + str(rng.randrange(1, 21))),
        ("okta", "00" + pick(URLSAFE, 40)),
    ]


def vendor_layouts() -> None:
    layouts = ("{0}\n", "export {n}={0}\n", "{n}=\"{0}\"\n", "{lower}: {0}\n", "token = \"{0}\"\n",
               "Here is my key, can you see why the call fails? {0}", "curl -H \"Authorization: Bearer {0}\" https://api.example.net",
               "\"{lower}\": \"{0}\",\n", "client = Client(api_key=\"{0}\")\n", "- {n}={0}\n")
    for kind, value in vendor_tokens():
        name = kind.upper() + ("_TOKEN" if "token" not in kind else "")
        template = rng.choice(layouts).replace("{n}", name).replace("{lower}", kind)
        if kind in ("okta", "mailchimp", "twilio_api_key", "octopus", "telegram_bot", "azure_ad_secret"):
            template = rng.choice(("export {n}={0}\n", "{n}=\"{0}\"\n")).replace("{n}", name)
        positive(template, [(kind, value)], "vendor token by its documented format")


# ---------------------------------------------------------------- look-alikes

def look_alikes() -> None:
    for text in (
        "DB_PASSWORD=\nDB_HOST=db.internal\n",
        "DB_PASSWORD=${DB_PASSWORD}\n", "password: ${{ secrets.DB_PASSWORD }}\n",
        "POSTGRES_PASSWORD_FILE=/run/secrets/postgres_password\n",
        "password: \"{{ .Values.auth.password }}\"\n", "password = \"${var.db_password}\"\n",
        "spring.datasource.password=${DB_PASS:}\n", "db.password=ENC(${JASYPT_PASSWORD})\n",
        "password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n", "password = os.environ[\"DB_PASSWORD\"]\n",
        "password: process.env.DB_PASSWORD,\n", "$password = getenv('DB_PASSWORD');\n",
        "password := os.Getenv(\"DB_PASSWORD\")\n", "String password = System.getenv(\"DB_PASSWORD\");\n",
        "password: op://Prod/postgres/password\n", "password: vault:secret/data/prod/db#password\n",
        "DB_PASSWORD=arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf\n",
        "- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef:\n      name: db-creds\n      key: password\n",
        "auth:\n  existingSecret: pg-credentials\n  secretKeys:\n    adminPasswordKey: postgres-password\n",
        "password: \"<your-password>\"\n", "API_KEY=your_api_key_here\n", "password = \"changeme\"\n",
        "SECRET_KEY=replace-me-with-a-long-random-string\n", "token: xxxxxxxxxxxxxxxxxxxx\n",
        "password: \"********\"\n", "Authorization: Bearer <token>\n", "Authorization: Bearer $GITHUB_TOKEN\n",
        "Authorization: Bearer ${ACCESS_TOKEN}\n", "-H \"X-API-Key: {{apiKey}}\"\n",
        "mysql -u root -p\nEnter password:\n", "psql -h db -U app -W orders\n",
        "curl -u admin:$ADMIN_PASS https://jenkins.acme.io\n", "PGPASSWORD=$(cat /run/secrets/pg) psql -U app\n",
        "postgresql://app:${DB_PASSWORD}@db.internal:5432/orders\n", "postgres://user:password@localhost:5432/db\n",
        "redis://:<password>@cache:6379\n", "mongodb://<username>:<password>@cluster0.example.mongodb.net/\n",
        "Server=sql01;Database=Orders;User Id=sa;Password=<YourStrong@Passw0rd>;\n",
        "jdbc:postgresql://db:5432/orders?user=orders&password=${DB_PASS}\n",
        "password=[REDACTED]\n", "api_key: \"***\"\n", "token=<redacted>\n", "\"password\": \"[FILTERED]\"\n",
        "Authorization: Basic dXNlcm5hbWU6cGFzc3dvcmQ=\n",
        "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n",
        "stripe.api_key = \"sk_test_4eC39HqLyjWDarjtT1zdp7dc\"  # Stripe docs example\n",
        "<input type=\"password\" name=\"password\" id=\"password\" autocomplete=\"current-password\" required>\n",
        "password = forms.CharField(widget=forms.PasswordInput, min_length=12)\n",
        "password: { type: String, required: true, minlength: 12, select: false },\n",
        "parser.add_argument('--password', help='database password (or set DB_PASSWORD)')\n",
        "Password must be at least 12 characters and include a number and a symbol.\n",
        "password_min_length: 12\npassword_require_symbols: true\npassword_expiry_days: 90\n",
        "AUTH_PASSWORD_VALIDATORS = [{'NAME': 'django.contrib.auth.password_validation.MinimumLengthValidator'}]\n",
        "Forgot your password? Click \"Reset password\" on the sign-in page.\n",
        "The password field is hashed with bcrypt (cost 12) before it is stored.\n",
        "integrity sha512-" + pick(B64, 86) + "==\n",
        "resolved \"https://registry.yarnpkg.com/lodash/-/lodash-4.17.21.tgz#" + pick(HEX, 40) + "\"\n",
        "commit " + pick(HEX, 40) + "\nAuthor: Dana Kim\n",
        "sha256:" + pick(HEX, 64) + "  app.tar.gz\n", "request_id=" + "-".join(pick(HEX, n) for n in (8, 4, 4, 4, 12)) + "\n",
        "\"token_type\": \"Bearer\",\n\"expires_in\": 3600,\n", "password_reset_token_ttl = 3600\n",
        "Set-Cookie: sessionid=; expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/\n",
        "-----BEGIN PUBLIC KEY-----\n" + pick(B64, 64) + "\n" + pick(B64, 24) + "==\n-----END PUBLIC KEY-----\n",
        "-----BEGIN CERTIFICATE-----\n" + pick(B64, 64) + "\n" + pick(B64, 40) + "==\n-----END CERTIFICATE-----\n",
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + pick(B64, 43) + " dana@laptop\n",
        "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----\n",
        "GitLab personal access tokens start with glpat- and are 26 characters long.\n",
        "Tokens look like ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx; never commit them.\n",
        "OPENAI_API_KEY=sk-proj-...\n", "ANTHROPIC_API_KEY=sk-ant-api03-XXXXXXXX\n",
        "docker login -u deploy --password-stdin < ~/.docker/token\n",
        "keytool -list -keystore app.jks -storepass:env STOREPASS\n",
        "The admin password is stored in 1Password under \"Prod / Postgres\".\n",
        "ask ops for the password; it is not in this repo.\n",
        "password: null\nusername: null\n", "password: false\n", "password: true  # require one\n",
        "secret: true\nsecret_name: db-creds\n", "<password>${env.NEXUS_PASSWORD}</password>\n",
        "<add key=\"SmtpPassword\" value=\"\" />\n", "connectionString=\"Server=.;Integrated Security=true\"\n",
        "net user svc_backup * /add\n", "sshpass -f ~/.ssh/pass.txt ssh admin@10.1.2.3\n",
        "redis-cli -a \"$REDIS_PASSWORD\" ping\n", "--password=<PASSWORD>\n", "--set auth.postgresPassword=$PG_PASS\n",
        "kubectl create secret generic db --from-file=password=./password.txt\n",
        "token = \"${{ github.token }}\"\n", "headers = {\"Authorization\": f\"Bearer {token}\"}\n",
        "Cookie: theme=dark; lang=en-GB; tz=Europe%2FLondon\n",
        "TOKEN_EXPIRY=3600\nTOKEN_ISSUER=https://auth.acme.io\n",
        "The key rotation schedule is every 90 days; the last rotation was 2026-11-01.\n",
        "PASSWORD_SALT_ROUNDS=12\n", "max_password_attempts = 5\n",
        "uuid = \"" + "-".join(pick(HEX, n) for n in (8, 4, 4, 4, 12)) + "\"\n",
        "version: 3.12.4\nbuild: 20261130.4\n", "image: ghcr.io/acme/api@sha256:" + pick(HEX, 64) + "\n",
    ):
        negative(text, "look_alike", "placeholder, reference, redaction, hash, example or policy text")


def tool_and_device_configs() -> None:
    """Layouts found after the first measurement, written as families (appended: the records above are unchanged):
    .npmrc ``_auth``, network device configs, lftp and HTTPie credentials, Postman key/value pairs, Terraform
    variables' defaults, a password labelled ``pw`` or ``pass`` after a user's value."""
    basic = base64.b64encode(f"deploy:{password()}".encode()).decode()
    positive("//nexus.acme.io/repository/npm/:_auth={0}\nalways-auth=true\n", [(SECRET, basic)], ".npmrc _auth")
    positive("_auth = \"{0}\"\nemail = ci@acme.io\n", [(SECRET, base64.b64encode(f"ci:{password()}".encode()).decode())],
             ".npmrc _auth")
    for template in ("username netops privilege 15 password 0 {0}\n", "enable secret 0 {0}\n",
                     "username backup password 7 {0}\n", "snmp-server community {0} RW\n"):
        value = pick("0123456789ABCDEF", 12) if " 7 " in template else password("!#%*+-.=?@^_~")
        positive(template, [(PW, value)], "network device config")
    positive("lftp -u deploy,{0} sftp://files.acme.io", [(PW, password("!#%*+-.=?@^_~"))], "lftp -u user,password")
    positive("http --auth ops:{0} https://api.acme.io/v1/me", [(PW, password("!#%*+-.=^_~"))], "HTTPie --auth")
    for name in ("apiKey", "client_secret"):
        positive(f"{{\"key\": \"{name}\", \"value\": \"{{0}}\", \"enabled\": true}}", [(SECRET, pick(ALNUM, 32))],
                 "Postman environment key/value")
    for name, make in (("db_password", lambda: password("!#%*+-.=?@^_~")), ("api_token", lambda: pick(ALNUM, 40))):
        positive(f"variable \"{name}\" {{\n  type      = string\n  sensitive = true\n  default   = \"{{0}}\"\n}}\n",
                 [(SECRET, make())], "Terraform variable default")
    positive("INFO login ok user=deploy pw={0} from 10.2.3.4", [(PW, password("!#%*+-.=?@^_~"))], "pw after a user")
    positive("user: admin pass: {0}\n", [(PW, password("!#%*+-.=?@^_~"))], "pass after a user")
    for text in ("enable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0\n", "snmp-server community public RO\n",
                 "//registry.npmjs.org/:_auth=${NPM_AUTH}\n", "{\"key\": \"password_min_length\", \"value\": \"12\"}\n",
                 "variable \"db_password\" {\n  type      = string\n  sensitive = true\n}\n",
                 "variable \"api_token\" {\n  description = \"API token for the provider\"\n  default     = \"\"\n}\n",
                 "ci=green pass: build-4471\n", "http --auth deploy:$PASSWORD https://api.acme.io/me\n"):
        negative(text, "look_alike", "hash, default community, reference, setting, empty default or test label")


def secret_store_commands() -> None:
    """The value a secret store's own command is given (appended: the records above are unchanged)."""
    for template in ("printf '{0}' | docker secret create db_password -",
                     "vercel env add DB_PASSWORD production <<< '{0}'",
                     "echo \"{0}\" | wrangler secret put STRIPE_KEY",
                     "az keyvault secret set --vault-name kv-prod --name db-password --value '{0}'",
                     "aws ssm put-parameter --name /prod/db/password --type SecureString --value '{0}' --overwrite",
                     "gh secret set DB_PASSWORD -b\"{0}\" --repo acme/api"):
        positive(template, [(PW, password("!#%*+-.=?@^_~"))], "secret store command")
    for text in ("az keyvault secret set --vault-name kv --name db --value \"$DB_PASSWORD\"",
                 "aws ssm put-parameter --name /app/region --type String --value eu-west-1",
                 "printf '%s' \"$PW\" | docker secret create db_password -",
                 "gh secret set SLACK_WEBHOOK < webhook.txt",
                 "aws secretsmanager put-secret-value --secret-id prod/db --secret-string file://creds.json"):
        negative(text, "look_alike", "a secret store command given a reference, a file or a plain parameter")


def main() -> None:
    env_files()
    yaml_files()
    toml_ini_hcl_properties()
    json_and_xml()
    compose_k8s_helm()
    command_lines()
    urls_and_dsns()
    headers_and_cookies()
    code_literals()
    leaking_logs()
    private_keys()
    vendor_layouts()
    look_alikes()
    tool_and_device_configs()
    secret_store_commands()
    CASES.write()


if __name__ == "__main__":
    main()
