"""The masker's thirty-third pass, generic passwords (issue 16): working cases written from the CATALOGUE of where
tools and formats put a password, not from any set's misses (every value random): connection strings (URIs of every
database, broker, cache and file scheme with SQLAlchemy dialects, ``+srv``, ``jdbc:``, ``git+https``, an empty user;
ADO.NET/ODBC ``Password=``/``Pwd=`` with quoted or braced values holding ``;``; JDBC query parameters; libpq keyword
strings; DSNs in environment variables), config fields whose quoted values hold spaces and punctuation, command lines
(each tool's own flag: ``mysql -pX``, ``sshpass -p``, ``curl -u``, ``wget --password``, ``htpasswd -b``, ``net user``,
``docker login -p``, ``helm repo add --password``, ``kubectl ... --from-literal=password=``, ``openssl -passin pass:``,
``zip -P``, ``7z -p``, ``smbclient -U u%p``, ``ldapsearch -w``, ``redis-cli -a``, ``mongosh -p``, ``sqlcmd -P``,
``az login -p``, ``keytool -storepass``, ``ConvertTo-SecureString``), and prose in many languages ('the password is
X', 'pw: X', 'login X / Y'). Look-alikes in the same carriers: ``-p`` ports and publish flags, ``--password-file`` and
``--password-stdin``, variable references and placeholders (``${DB_PASSWORD}``, ``<password>``, ``****``,
``changeme``), empty values, docs explaining flags, masked values, sentences about passwords.

A third of each family's syntaxes (whole syntaxes, with their negatives, chosen by the seed) is
``dev_pass33g_holdout.jsonl``, measured only at the start and the end of the pass. The rest is ``dev_pass33g.jsonl``.

    .venv/bin/python tests/masker_eval/dev_pass33g_make.py   # rewrites both files (same seed, same files)
"""

from __future__ import annotations

import random
import string
from pathlib import Path

from family_cases import Family, split, write

HERE = Path(__file__).resolve().parent
rng = random.Random(333733)
ALNUM = string.ascii_letters + string.digits
URL_SAFE_PUNCT = "!$*-_.~+="
SHELL_PUNCT = "!#%+-_.,^~="
USERS = ("app", "svc_backup", "admin", "deploy", "etl_user", "root", "grafana", "jenkins", "ops", "reporting")
HOSTS = ("db.internal", "10.4.2.17", "pg-prod-01.acme.io", "cache.svc.cluster.local", "mq.example.net",
         "mongo0.corp.lan", "sql01.contoso.local", "files.acme.de")


def pick(alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def pw(punct: str = URL_SAFE_PUNCT, n: int | None = None) -> str:
    """A random password: letters and digits with one to three of ``punct``, a digit and both cases always."""
    n = n or rng.randint(9, 18)
    chars = [rng.choice(string.ascii_lowercase), rng.choice(string.ascii_uppercase), rng.choice(string.digits)]
    chars += [rng.choice(punct) for _ in range(rng.randint(1, 3))] if punct else []
    chars += [rng.choice(ALNUM) for _ in range(max(0, n - len(chars)))]
    rng.shuffle(chars)
    return "".join(chars)


def spaced() -> str:
    """A passphrase with spaces and punctuation, as quoted config values carry them."""
    words = ("copper", "lantern", "Orbit", "maple", "Vivid", "harbor", "quartz", "Ember", "tundra", "falcon")
    return f"{rng.choice(words)} {pick(ALNUM, 4)}{rng.choice('!#%&,;')} {rng.choice(words)}{rng.randint(10, 99)}"


def user() -> str:
    return rng.choice(USERS)


def host() -> str:
    return rng.choice(HOSTS)


# ------------------------------------------------------------------ URIs
def uris() -> Family:
    f = Family("uri")
    schemes = {
        "sqlalchemy": ("postgresql+psycopg2", "postgresql+asyncpg", "mysql+pymysql", "mssql+pyodbc", "oracle+cx_oracle"),
        "srv": ("mongodb+srv", "mongodb"),
        "cache": ("redis", "rediss", "memcached", "valkey"),
        "broker": ("amqp", "amqps", "mqtt", "mqtts", "nats", "kafka", "stomp"),
        "directory": ("ldap", "ldaps"),
        "files": ("ftp", "ftps", "sftp", "smb", "webdav", "scp"),
        "vcs": ("git+https", "git+ssh", "svn+ssh", "hg+https"),
        "db_other": ("neo4j+s", "bolt", "couchbase", "cassandra", "influxdb", "clickhouse", "cockroachdb", "snowflake"),
    }
    for syntax, names in schemes.items():
        for scheme in names:
            template = rng.choice(("{scheme}://{user}:{{0}}@{host}:{port}/{db}",
                                   "url = \"{scheme}://{user}:{{0}}@{host}/{db}\"",
                                   "connecting to {scheme}://{user}:{{0}}@{host}:{port} ...",
                                   "DATABASE_URL={scheme}://{user}:{{0}}@{host}/{db}?sslmode=require"))
            f.add(syntax, template.format(scheme=scheme, user=user(), host=host(), port=rng.randint(1000, 65000),
                                          db=rng.choice(("app", "orders", "metrics", "0", "vhost1"))),
                  [("password", pw())], f"a {scheme} URI's password")
    for template in ("redis://:{0}@cache.svc.cluster.local:6379/0", "REDIS_URL=rediss://:{0}@redis.acme.io:6380",
                     "broker_url = 'redis://:{0}@10.0.0.12:6379/1'"):
        f.add("empty_user", template, [("password", pw())], "a password with an empty user (redis)")
    for template in ("jdbc:postgresql://db.internal:5432/app?user=app&password={0}&ssl=true",
                     "jdbc:mysql://10.4.2.17:3306/shop?useSSL=false&password={0}&user=shop",
                     "spring.datasource.url=jdbc:sqlserver://sql01:1433;databaseName=crm;user=sa;password={0};encrypt=true",
                     "jdbc:mariadb://db.internal/app?password={0}",
                     "jdbc:postgresql://pg/app?sslmode=require&password={0}"):
        f.add("jdbc_query", template, [("password", pw("!*-_.~"))], "a JDBC URL's password parameter")
    for template in ("odbc://{1}:{0}@dsn-warehouse", "postgresql://{1}:{0}@[2001:db8::12]:5432/app",
                     "mongodb://{1}:{0}@mongo0:27017,mongo1:27017/?replicaSet=rs0"):
        f.add("odd_hosts", template.replace("{1}", user()), [("password", pw())], "a password before odd hosts")
    f.neg("sqlalchemy", "postgresql+psycopg2://app:${DB_PASSWORD}@db.internal:5432/app", "a variable reference")
    f.neg("sqlalchemy", "mysql+pymysql://user:password@localhost/dbname", "the docs' placeholder")
    f.neg("srv", "mongodb+srv://<username>:<password>@cluster0.abcde.mongodb.net/?retryWrites=true", "placeholders")
    f.neg("srv", "mongodb://mongo0:27017,mongo1:27017,mongo2:27017/?replicaSet=rs0", "hosts and ports")
    f.neg("cache", "redis://cache.svc.cluster.local:6379/0", "no password")
    f.neg("cache", "redis://:****@cache.svc.cluster.local:6379/0", "a masked password")
    f.neg("broker", "amqp://guest:guest@localhost:5672/  (the default guest account, local only)", "a default")
    f.neg("broker", "mqtt://broker.hivemq.com:1883", "a public broker, no credentials")
    f.neg("directory", "ldap://ldap.corp.lan:389/dc=corp,dc=lan?uid?sub?(objectClass=person)", "an LDAP URL's query")
    f.neg("files", "sftp://deploy@files.acme.de:22/srv/upload", "a user and a port, no password")
    f.neg("files", "smb://fileserver/share/reports/2025", "a share path")
    f.neg("vcs", "pip install git+https://github.com/acme/tool.git@v1.4.2#egg=tool", "a tag after @")
    f.neg("vcs", "git+ssh://git@github.com:acme/infra.git", "git@ and a path")
    f.neg("db_other", "neo4j+s://abcd1234.databases.neo4j.io:7687", "an instance URI")
    f.neg("empty_user", "redis://:@localhost:6379", "an empty password")
    f.neg("jdbc_query", "jdbc:postgresql://db.internal:5432/app?user=app&password=&ssl=true", "an empty password")
    f.neg("jdbc_query", "jdbc:mysql://db/shop?user=shop&password=${MYSQL_PASSWORD}", "a variable reference")
    f.neg("odd_hosts", "postgresql://[2001:db8::12]:5432/app", "an IPv6 host and a port")
    return f


# ------------------------------------------------------------------ key=value connection strings and configs
def keyvalue() -> Family:
    f = Family("keyvalue")
    for template in ("Server=sql01.contoso.local;Database=crm;User Id=sa;Password={0};TrustServerCertificate=True",
                     "Data Source=10.4.2.17,1433;Initial Catalog=Sales;User ID=report;Password={0}",
                     "\"DefaultConnection\": \"Server=db;Database=app;Uid=app;Pwd={0};\"",
                     "Driver={{ODBC Driver 18 for SQL Server}};Server=sql01;UID=etl;PWD={0};Encrypt=yes",
                     "Password={0};Persist Security Info=False;User ID=sa;Initial Catalog=crm;Data Source=sql01"):
        f.add("adonet", template, [("password", pw("!#$%*-_.~^"))], "an ADO.NET/ODBC password")
    for template in ("Server=sql01;User Id=sa;Password=\"{0}\";Database=crm",
                     "Server=sql01;Uid=etl;Pwd={{{0}}};Database=dw",
                     "Host=pg;Username=app;Password='{0}';Database=app"):
        f.add("adonet_quoted", template, [("password", pw("!#;%*-_.~") + ";" + pick(ALNUM, 3))],
              "a quoted or braced connection-string password holding ';'")
    for template in ("host=pg-prod-01.acme.io port=5432 dbname=app user=app password={0} sslmode=require",
                     "psql \"host=db.internal user=etl password={0} dbname=dw\"",
                     "conn = psycopg2.connect(\"dbname=app user=app password={0} host=db\")",
                     "dsn: \"host=10.4.2.17 user=grafana password={0} dbname=grafana\""):
        f.add("libpq", template, [("password", pw("!#%*-_.~^"))], "a libpq keyword string's password")
    f.add("libpq", "host=db user=app password='{0}' dbname=app", [("password", spaced().replace(";", "!"))],
          "a libpq quoted password with spaces")
    for template in ("password: \"{0}\"", "  db_password: '{0}'", "\"pass\": \"{0}\",",
                     "smtp_password = \"{0}\"", "\"adminPassword\": \"{0}\"", "    password: \"{0}\"  # rotated 2025-03"):
        f.add("quoted_spaces", template, [("password", spaced())], "a quoted config password with spaces and punctuation")
    for template in ("      - POSTGRES_PASSWORD={0}", "MYSQL_ROOT_PASSWORD: {0}", "export RABBITMQ_DEFAULT_PASS={0}",
                     "DB_PASS={0}", "  REDIS_PASSWORD: \"{0}\"", "ENV MSSQL_SA_PASSWORD={0}"):
        f.add("env", template, [("password", pw("!%*-_.~^+"))], "a password in an environment variable")
    for template in ("DATABASE_URL=\"postgres://app:{0}@db:5432/app\"", "export MONGO_URI=mongodb://root:{0}@mongo:27017",
                     "CELERY_BROKER_URL=amqp://celery:{0}@rabbit:5672//"):
        f.add("env_dsn", template, [("password", pw())], "a DSN in an environment variable")
    f.neg("adonet", "Server=sql01;Database=crm;Integrated Security=SSPI;TrustServerCertificate=True", "no password")
    f.neg("adonet", "Server=sql01;Database=crm;User Id=sa;Password=;", "an empty password")
    f.neg("adonet", "Server=sql01;Database=crm;User Id=sa;Password=<your_password>;", "a placeholder")
    f.neg("adonet_quoted", "Server=sql01;User Id=sa;Password=\"\";Database=crm", "an empty quoted password")
    f.neg("adonet_quoted", "Server=sql01;Uid=etl;Pwd={{PASSWORD}};Database=dw", "a template placeholder")
    f.neg("libpq", "host=db user=app password=$PGPASSWORD dbname=app", "a variable reference")
    f.neg("libpq", "host=db user=app dbname=app sslmode=verify-full passfile=/home/app/.pgpass", "a password file")
    f.neg("quoted_spaces", "password: \"\"", "an empty password")
    f.neg("quoted_spaces", "  password: \"${SMTP_PASSWORD}\"", "a variable reference")
    f.neg("quoted_spaces", "\"pass\": \"<insert password here>\",", "a placeholder")
    f.neg("quoted_spaces", "password: \"changeme\"  # replace before deploying", "a placeholder")
    f.neg("env", "      - POSTGRES_PASSWORD_FILE=/run/secrets/pg_password", "a file path")
    f.neg("env", "MYSQL_ROOT_PASSWORD: ${MYSQL_ROOT_PASSWORD:?required}", "a required variable")
    f.neg("env", "DB_PASS=********", "a masked value")
    f.neg("env_dsn", "DATABASE_URL=postgres://app@db:5432/app", "no password")
    return f


# ------------------------------------------------------------------ command lines
def command_lines() -> Family:
    f = Family("cli")
    P = lambda: pw(SHELL_PUNCT)  # noqa: E731
    cases = {
        "mysql": ("mysql -u root -p{0} -h 10.4.2.17 shop", "mysqldump -uadmin -p{0} --all-databases > all.sql",
                  "mysql --user=app --password={0} app < schema.sql"),
        "pg": ("PGPASSWORD={0} psql -h db.internal -U app app", "PGPASSWORD='{0}' pg_dump -h pg -U etl dw > dw.sql"),
        "ssh": ("sshpass -p '{0}' ssh deploy@10.4.2.17", "sshpass -p {0} scp build.tgz ops@files.acme.de:/srv"),
        "http": ("curl -u admin:{0} https://jenkins.acme.io/api/json", "wget --user=ops --password={0} https://files.acme.de/r.zip",
                 "curl --user 'etl:{0}' -X POST https://api.acme.io/import"),
        "htpasswd": ("htpasswd -b /etc/nginx/.htpasswd alice {0}", "htpasswd -cb .htpasswd admin '{0}'"),
        "windows": ("net user svc_backup {0} /add", "net user administrator {0}",
                    "$pw = ConvertTo-SecureString '{0}' -AsPlainText -Force"),
        "registry": ("docker login -u ci -p {0} registry.acme.io",
                     "helm repo add private https://charts.acme.io --username ci --password {0}",
                     "az login --service-principal -u 0f3b2c1a-app -p {0} --tenant acme.onmicrosoft.com"),
        "kubectl": ("kubectl create secret generic db --from-literal=username=app --from-literal=password={0}",
                    "kubectl create secret generic smtp --from-literal=SMTP_PASSWORD='{0}'"),
        "archive": ("zip -P {0} backup.zip dump.sql", "7z a -p{0} -mhe=on secrets.7z ./keys", "unzip -P '{0}' export.zip",
                    "openssl pkcs12 -in cert.p12 -passin pass:{0} -nodes -out cert.pem"),
        "smb_ldap": ("smbclient //files/share -U ops%{0}", "ldapsearch -x -D cn=admin,dc=corp,dc=lan -w {0} -b dc=corp,dc=lan",
                     "ldapmodify -H ldap://ldap -D cn=admin,dc=acme -w '{0}' -f change.ldif"),
        "db_clients": ("redis-cli -h cache -a {0} PING", "mongosh \"mongodb://mongo0:27017\" -u root -p {0} --authenticationDatabase admin",
                       "sqlcmd -S sql01 -U sa -P {0} -Q \"SELECT 1\"", "mongodump -u backup -p '{0}' --out /backup"),
        "java": ("keytool -importkeystore -srckeystore a.p12 -srcstorepass {0} -destkeystore b.jks -deststorepass {0}",
                 "keytool -genkeypair -alias app -keystore app.jks -storepass {0} -keypass {0}"),
    }
    for syntax, templates in cases.items():
        for template in templates:  # a password given twice (keytool's two passwords) is two spans
            f.add(syntax, template, [("password", P())], f"{syntax}: a password on a command line")
    f.neg("mysql", "mysql -u root -p -h 10.4.2.17 shop   # prompts for the password", "-p alone prompts")
    f.neg("mysql", "mysql -h db -P 3306 -u app -p", "a port and a prompt")
    f.neg("mysql", "mysql --defaults-extra-file=/etc/mysql/app.cnf app", "an options file")
    f.neg("pg", "PGPASSWORD=$(cat /run/secrets/pg) psql -h db -U app", "a command substitution")
    f.neg("pg", "psql -h db.internal -p 5432 -U app app", "-p is psql's port")
    f.neg("ssh", "ssh -p 2222 deploy@10.4.2.17", "-p is ssh's port")
    f.neg("ssh", "sshpass -f ~/.ssh/pw.txt ssh deploy@host", "a password file")
    f.neg("http", "curl -u \"$API_USER:$API_PASS\" https://api.acme.io", "variable references")
    f.neg("http", "wget --password-file=/etc/wget.pw https://files.acme.de/r.zip", "a password file")
    f.neg("htpasswd", "htpasswd -c /etc/nginx/.htpasswd alice", "prompts for the password")
    f.neg("windows", "net user svc_backup * /add", "'*' prompts")
    f.neg("windows", "$pw = Read-Host -AsSecureString 'Password'", "a prompt")
    f.neg("registry", "echo \"$CI_TOKEN\" | docker login -u ci --password-stdin registry.acme.io", "stdin")
    f.neg("registry", "docker run -d -p 8080:80 -p 8443:443 nginx", "-p publishes ports")
    f.neg("registry", "helm install web ./chart -f values.yaml --set service.port=8080", "a port")
    f.neg("kubectl", "kubectl create secret generic db --from-file=password=./pw.txt", "a file")
    f.neg("kubectl", "kubectl port-forward svc/db 5432:5432 -n data", "ports")
    f.neg("archive", "7z x archive.7z -p   # asks for the password", "-p alone asks")
    f.neg("archive", "openssl pkcs12 -in cert.p12 -passin file:/run/secrets/p12pw -nodes", "a password file")
    f.neg("archive", "openssl pkcs12 -in cert.p12 -passin env:P12_PASSWORD -nodes", "a variable")
    f.neg("smb_ldap", "ldapsearch -x -D cn=admin,dc=corp -W -b dc=corp   # -W prompts", "a prompt")
    f.neg("smb_ldap", "ldapsearch -x -D cn=admin,dc=corp -y /etc/ldap.secret -b dc=corp", "a password file")
    f.neg("db_clients", "redis-cli -h cache -p 6379 INFO", "-p is redis-cli's port")
    f.neg("db_clients", "sqlcmd -S sql01 -E -Q \"SELECT 1\"", "Windows authentication")
    f.neg("java", "keytool -list -keystore app.jks -storepass:env KS_PASS", "a variable")
    f.neg("java", "-p, --password=PASSWORD   Password to use when connecting to the server.", "a flag's help text")
    f.neg("java", "Use --password-file or --password-stdin instead of --password on shared machines.", "docs")
    return f


# ------------------------------------------------------------------ prose
def prose() -> Family:
    f = Family("prose")
    langs = {
        "en": ("The password is {0} for the staging box.", "pw: {0}", "login admin / {0}", "use admin with password {0}"),
        "de": ("Das Passwort lautet {0}, bitte nicht weitergeben.", "Kennwort für den Router: {0}"),
        "fr": ("Le mot de passe est {0} pour le compte de test.", "mdp : {0}"),
        "es": ("La contraseña es {0} y el usuario es admin.", "clave del wifi: {0}"),
        "pt": ("A senha é {0}, troque depois.", "Usuário: suporte / senha: {0}"),
        "it": ("La password è {0} per l'utente ops.",),
        "nl": ("Het wachtwoord is {0} voor de NAS.",),
        "pl": ("Hasło to {0} do konta serwisowego.",),
        "ru": ("Пароль: {0} — не забудь сменить.", "логин admin, пароль {0}"),
        "ja": ("パスワードは {0} です。",),
        "zh": ("密码是 {0}，用户名 admin。",),
        "ko": ("비밀번호는 {0} 입니다.",),
        "tr": ("Şifre: {0} (geçici)",),
        "sv": ("Lösenordet är {0} till wifi.",),
        "cs": ("Heslo je {0}, změň si ho.",),
        "vi": ("Mật khẩu là {0} nhé.",),
        "id": ("Kata sandi: {0}",),
        "fi": ("Salasana on {0} testitilille.",),
    }
    for lang, templates in langs.items():
        for template in templates:
            f.add(lang, template, [("password", pw("!#%*-_.?@$"))], f"a password in {lang} prose")
    f.neg("en", "The password is stored in 1Password under 'staging'.", "where the password is kept")
    f.neg("en", "The password must be at least 12 characters long.", "a policy")
    f.neg("en", "pw: see vault", "a pointer")
    f.neg("en", "login admin / use SSO for everyone else", "no password")
    f.neg("de", "Das Passwort lautet ******** (ausgeblendet).", "a masked value")
    f.neg("de", "Kennwort vergessen? Klicken Sie auf 'Zurücksetzen'.", "a UI text")
    f.neg("fr", "Le mot de passe est expiré depuis le 12/03.", "a state")
    f.neg("es", "La contraseña es obligatoria para continuar.", "a requirement")
    f.neg("pt", "A senha é enviada por SMS ao usuário.", "a process")
    f.neg("ru", "Пароль: не менее 12 символов.", "a policy")
    f.neg("ja", "パスワードは8文字以上にしてください。", "a policy")
    f.neg("zh", "密码是必填项。", "a requirement")
    f.neg("tr", "Şifre: (boş bırakın)", "an instruction")
    f.neg("sv", "Lösenordet är för kort.", "a state")
    f.neg("cs", "Heslo je uloženo ve správci hesel.", "where it is kept")
    f.neg("fi", "Salasana on vanhentunut.", "a state")
    return f


if __name__ == "__main__":
    dev_records, holdout_records = split([uris(), keyvalue(), command_lines(), prose()], rng)
    write(dev_records, HERE / "dev_pass33g.jsonl", "p33g-")
    write(holdout_records, HERE / "dev_pass33g_holdout.jsonl", "p33gh-")
