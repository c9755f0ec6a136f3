"""The masker's twenty-first pass (coverage, issue 16) working cases, generated from FORMATS rather than from any set's
misses, and written before a rule changed: every syntax software and people use to write a password or generic
secret (CLI flags, connection strings of every scheme, SQL, credential files, config formats, labels in twenty
languages), Basic auth (headers, ``curl -u``, URLs with credentials, ``.npmrc``, Docker ``auths``), e-mail addresses
(RFC 5322/6531 forms, IDN, in markup and after labels), phone numbers (every format ``phonenumbers`` writes for 40
regions, extensions, vCards, tables) and vendor tokens from public scanners' documented formats. Values are synthetic.

Each family's syntaxes are enumerated, shuffled with the seed, and a third of them (whole syntaxes, with their
negatives) go to ``dev_pass21_holdout.jsonl``: measured only at the start and the end of the pass, never read while
rules change. The rest is ``dev_pass21.jsonl``.

    .venv/bin/python tests/masker_eval/dev_pass21_make.py   # rewrites both files (same seed, same files)
"""

from __future__ import annotations

import base64
import json
import random
import re
import string
import zlib
from collections.abc import Callable
from pathlib import Path

import phonenumbers
from family_cases import Family, split, write

HERE = Path(__file__).resolve().parent
rng = random.Random(212121)
UPPER, LOWER, DIGITS = string.ascii_uppercase, string.ascii_lowercase, string.digits
ALNUM = UPPER + LOWER + DIGITS
HEX = "0123456789abcdef"
BASE62 = DIGITS + UPPER + LOWER


def pick(alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


# ------------------------------------------------------------------ values
def pw_plain() -> str:
    """A password a shell, a URL and an unquoted config value all take as written: letters, digits, ``_.-!``."""
    return pick(UPPER, 1) + pick(LOWER, rng.randint(4, 7)) + pick(DIGITS, 2) + rng.choice("_.-!") + pick(ALNUM, 3)


def pw_punct() -> str:
    """Symbols a quoted value may hold: ``#$%^&*()[]{}<>?;:,=+~``."""
    return (pick(ALNUM, 3) + rng.choice("#$%^&*") + pick(LOWER, 3) + rng.choice("()[]{}<>?;:,=+~") + pick(DIGITS, 2)
            + rng.choice("#$%&*") + pick(UPPER, 2))


def pw_space() -> str:
    """A passphrase with spaces: only where quotes or a line end delimit it."""
    words = rng.sample(("amber", "orbit", "cedar", "pylon", "violet", "harbor", "nimbus", "quartz", "tundra",
                        "maple", "ember", "falcon"), 3)
    return " ".join(words) + " " + str(rng.randrange(10, 99)) + rng.choice("!?#")


def pw_unicode() -> str:
    return rng.choice(("Pässwört", "Çödigo", "Ñandú", "пароль", "Żółw", "Straße", "Ørnen", "Ğüneş")) + pick(DIGITS, 3) \
        + rng.choice("§!#€") + pick(UPPER, 2)


def pw_url() -> str:
    """A password as a URL carries it: unreserved characters and percent-encoded symbols."""
    return pick(ALNUM, 5) + rng.choice(("%40", "%23", "%2F", "%3A", "-", "_", "~", ".")) + pick(ALNUM, 5) + pick(DIGITS, 2)


def pw_any_quoted() -> str:
    return rng.choice((pw_plain, pw_punct, pw_space, pw_unicode))()


def pw_any_bare() -> str:
    return rng.choice((pw_plain, pw_unicode))()


def b64_basic(user: str, password: str) -> str:
    return base64.b64encode(f"{user}:{password}".encode()).decode()


def user() -> str:
    return rng.choice(("deploy", "app", "svc_backup", "etl", "bob", "ana.silva", "ci-bot", "root2"))


def repeat(n: int, make: Callable[[], None]) -> None:
    for _ in range(n):
        make()


# ------------------------------------------------------------------ passwords and generic secrets
def passwords() -> Family:
    f = Family("password")
    cli_bare = {
        "mysql_p_attached": "$ mysql -h db.internal -u {u} -p{{0}} orders",
        "mysql_password_eq": "mysql --user={u} --password={{0}} -e 'SHOW DATABASES'",
        "mysqldump_p_quoted": "mysqldump -u{u} -p'{{0}}' prod > prod.sql",
        "docker_login_p": "docker login -u {u} -p {{0}} registry.gitlab.example.net",
        "sshpass_p": "sshpass -p '{{0}}' ssh {u}@10.20.0.5 uptime",
        "sshpass_p_attached": "sshpass -p{{0}} scp backup.tgz {u}@bastion:/srv",
        "redis_cli_a": "redis-cli -h cache.internal -p 6379 -a {{0}} INFO",
        "ldapsearch_w": 'ldapsearch -x -H ldap://ldap.corp.net -D "cn=admin,dc=corp,dc=net" -w {{0}} -b "dc=corp,dc=net"',
        "pgpassword_env": "PGPASSWORD={{0}} psql -h db.internal -U {u} -d ledger",
        "long_flag_space": "./migrate --db-password {{0}} --db-host db.internal",
        "long_flag_quoted": 'backup-tool --password "{{0}}" --target s3://bucket/x',
        "helm_set": "helm upgrade --install api ./chart --set postgresql.auth.password={{0}} --namespace prod",
        "helm_set_string": "helm install cache bitnami/redis --set-string auth.password='{{0}}'",
        "kubectl_from_literal": "kubectl create secret generic db-creds --from-literal=username={u} "
                                "--from-literal=password={{0}}",
        "sqlcmd_P": "sqlcmd -S tcp:sql01,1433 -U sa -P {{0}} -Q \"SELECT 1\"",
        "mongosh_p": "mongosh --host mongo01 -u {u} -p {{0}} --authenticationDatabase admin",
        "java_D_property": "java -Dspring.datasource.password={{0}} -jar service.jar",
        "ansible_extra_vars": "ansible-playbook site.yml -e \"ansible_become_password={{0}}\"",
        "wget_password": "wget --user={u} --password={{0}} https://files.corp.net/export.csv",
        "smbclient_U": "smbclient //fs01/share -U {u}%{{0}}",
        "net_user": "net user {u} {{0}} /add",
        "rabbitmqctl": "rabbitmqctl add_user {u} {{0}}",
        "openssl_pass": "openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:{{0}}",
        "keytool_storepass": "keytool -importcert -file ca.crt -keystore trust.jks -storepass {{0}} -noprompt",
        "nmcli_wifi": "nmcli device wifi connect CorpGuest password {{0}}",
        "vault_userpass": "vault login -method=userpass username={u} password={{0}}",
        "lftp_u": "lftp -u {u},{{0}} sftp://files.corp.net",
        "powershell_convert": "$pw = ConvertTo-SecureString '{{0}}' -AsPlainText -Force",
        "powershell_env": '$env:DB_PASSWORD = "{{0}}"',
        "export_env": "export DATABASE_PASSWORD='{{0}}'",
        "windows_set": "set SQL_PASSWORD={{0}}",
        "svn_password": "svn checkout https://svn.corp.net/repo --username {u} --password {{0}}",
    }
    for syntax, template in cli_bare.items():
        for _ in range(2):
            quoted = "'{{0}}'" in template or '"{{0}}"' in template or "'{{0}}" in template
            value = pw_any_quoted() if quoted and "{{0}}'" in template else pw_plain()
            if '"{{0}}"' in template:
                value = rng.choice((pw_plain, pw_punct))().replace('"', "").replace("$", "#")
            f.add(syntax, template.format(u=user()), [("password", value)], f"a password in a command line: {syntax}")
    f.neg("mysql_p_attached", "$ mysql -h db.internal -u app -p orders   # prompts for the password", "-p alone prompts")
    f.neg("docker_login_p", "echo \"$CI_REGISTRY_PASSWORD\" | docker login -u ci --password-stdin registry.example.net",
          "password from stdin")
    f.neg("sshpass_p", "sshpass -f ~/.ssh/pwfile ssh deploy@10.0.0.5", "password from a file")
    f.neg("pgpassword_env", "PGPASSWORD=$(cat /run/secrets/pg) psql -h db -U app", "a command substitution")
    f.neg("helm_set", "helm upgrade api ./chart --set postgresql.auth.existingSecret=db-creds", "a secret's name")
    f.neg("kubectl_from_literal", "kubectl create secret generic db --from-file=password=./pw.txt", "a file path")
    f.neg("long_flag_space", "./migrate --db-password-file /run/secrets/db --db-host db", "a file flag")
    f.neg("export_env", "export DATABASE_PASSWORD=\"${VAULT_DB_PASSWORD}\"", "an env reference")
    f.neg("powershell_env", "$env:DB_PASSWORD = (Get-Secret -Name db -AsPlainText)", "a lookup")
    f.neg("java_D_property", "java -Dspring.datasource.password=${DB_PASSWORD} -jar service.jar", "a placeholder")
    f.neg("redis_cli_a", "redis-cli -h cache.internal -p 6379 --askpass INFO", "asks for the password")

    dsn = {
        "jdbc_postgres_query": ("jdbc:postgresql://db.internal:5432/app?user={u}&password={{0}}&ssl=true", pw_plain),
        "jdbc_mysql_query": ("jdbc:mysql://db01:3306/shop?user={u}&password={{0}}&useSSL=false", pw_plain),
        "jdbc_sqlserver_semicolon": ("jdbc:sqlserver://sql01:1433;databaseName=crm;user={u};password={{0}};encrypt=true",
                                     pw_plain),
        "jdbc_oracle_thin": ("jdbc:oracle:thin:{u}/{{0}}@//ora01:1521/ORCLPDB1", pw_plain),
        "odbc_pwd": ("Driver={{{{ODBC Driver 18 for SQL Server}}}};Server=tcp:sql01,1433;Database=crm;Uid={u};Pwd={{0}};"
                     "Encrypt=yes;", pw_plain),
        "adonet_password": ("Server=sql01;Database=crm;User Id={u};Password={{0}};TrustServerCertificate=True;",
                            pw_plain),
        "adonet_quoted": ('Data Source=sql01;Initial Catalog=crm;User ID={u};Password="{{0}}";', pw_punct),
        "npgsql": ("Host=db.internal;Port=5432;Username={u};Password={{0}};Database=app;SSL Mode=Require", pw_plain),
        "libpq_keywords": ("host=db.internal port=5432 dbname=app user={u} password={{0}} sslmode=require", pw_plain),
        "postgres_url": ("DATABASE_URL=postgres://{u}:{{0}}@db.internal:5432/app?sslmode=require", pw_url),
        "sqlalchemy_driver": ("SQLALCHEMY_DATABASE_URI = \"mysql+pymysql://{u}:{{0}}@db01:3306/shop\"", pw_url),
        "mongo_srv": ('mongosh "mongodb+srv://{u}:{{0}}@cluster0.x1y2z.mongodb.net/test?retryWrites=true"', pw_url),
        "mongo_replicaset": ("mongodb://{u}:{{0}}@mongo-0:27017,mongo-1:27017/app?replicaSet=rs0", pw_url),
        "redis_empty_user": ("REDIS_URL=redis://:{{0}}@cache.internal:6379/0", pw_url),
        "rediss_default": ("rediss://default:{{0}}@eu1-redis.upstash.io:6379", pw_url),
        "amqp_url": ("CELERY_BROKER_URL=amqp://{u}:{{0}}@rabbit.internal:5672/vhost", pw_url),
        "amqps_url": ("amqps://{u}:{{0}}@b-1234.mq.eu-west-1.amazonaws.com:5671", pw_url),
        "ldap_bind_conf": ("ldap:\n  url: ldaps://ldap.corp.net:636\n  bindDN: cn=svc,ou=apps,dc=corp,dc=net\n"
                           "  bindPassword: {{0}}\n", pw_plain),
        "ldap_bind_props": ("ldap.bind.dn=cn=svc,dc=corp,dc=net\nldap.bind.password={{0}}\n", pw_plain),
        "olc_root_pw": ("olcRootDN: cn=admin,dc=corp,dc=net\nolcRootPW: {{0}}\n", pw_plain),
        "smtp_url": ("EMAIL_URL=smtp+tls://{u}:{{0}}@smtp.mailhost.net:587", pw_url),
        "nats_url": ("nats://{u}:{{0}}@nats.internal:4222", pw_url),
        "mqtt_url": ("broker: mqtt://{u}:{{0}}@mqtt.internal:1883", pw_url),
        "mssql_url": ("sqlserver://sa:{{0}}@sql01:1433?database=crm", pw_url),
        "clickhouse_url": ("clickhouse://{u}:{{0}}@ch01:9000/default", pw_url),
        "kafka_jaas": ('sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required '
                       'username="{u}" password="{{0}}";', pw_punct),
        "oracle_ezconnect": ("sqlplus {u}/{{0}}@ora01:1521/ORCLPDB1", pw_plain),
    }
    for syntax, (template, make) in dsn.items():
        for _ in range(2):
            value = make().replace('"', "").replace(";", "")
            if syntax in ("jdbc_oracle_thin", "oracle_ezconnect"):
                value = value.replace("/", "").replace("@", "")
            f.add(syntax, template.format(u=user()), [("password", value)], f"a password in a connection string: {syntax}")
    f.neg("postgres_url", "DATABASE_URL=postgres://app@db.internal:5432/app?sslmode=require", "a URL without password")
    f.neg("mongo_srv", 'mongosh "mongodb+srv://cluster0.x1y2z.mongodb.net/test" --username app', "no password")
    f.neg("redis_empty_user", "REDIS_URL=redis://cache.internal:6379/0", "no password")
    f.neg("adonet_password", "Server=sql01;Database=crm;Integrated Security=SSPI;", "Windows auth, no password")
    f.neg("odbc_pwd", "Driver={ODBC Driver 18 for SQL Server};Server=tcp:sql01,1433;Authentication=ActiveDirectoryMsi;",
          "managed identity")
    f.neg("jdbc_postgres_query", "jdbc:postgresql://db.internal:5432/app?user=app&password=${DB_PASSWORD}", "a placeholder")
    f.neg("amqp_url", "CELERY_BROKER_URL=amqp://rabbit.internal:5672/vhost", "no password")
    f.neg("libpq_keywords", "host=db.internal port=5432 dbname=app user=app sslmode=require", "no password")
    f.neg("sqlalchemy_driver", 'SQLALCHEMY_DATABASE_URI = "mysql+pymysql://{user}:{password}@db01:3306/shop"',
          "format placeholders")

    sql = {
        "identified_by_quoted": "CREATE USER '{u}'@'%' IDENTIFIED BY '{{0}}';",
        "identified_by_oracle": "CREATE USER {u} IDENTIFIED BY {{0}} DEFAULT TABLESPACE users;",
        "alter_user_with_password": "ALTER USER {u} WITH PASSWORD '{{0}}';",
        "alter_user_password": "ALTER USER {u} PASSWORD '{{0}}' VALID UNTIL '2027-01-01';",
        "create_role_login": "CREATE ROLE {u} LOGIN ENCRYPTED PASSWORD '{{0}}';",
        "alter_login_mssql": "ALTER LOGIN {u} WITH PASSWORD = '{{0}}';",
        "create_login_nstring": "CREATE LOGIN {u} WITH PASSWORD = N'{{0}}', CHECK_POLICY = ON;",
        "set_password_for": "SET PASSWORD FOR '{u}'@'localhost' = '{{0}}';",
        "grant_identified": "GRANT ALL PRIVILEGES ON shop.* TO '{u}'@'%' IDENTIFIED BY '{{0}}';",
        "alter_user_identified_mysql": "ALTER USER '{u}'@'%' IDENTIFIED WITH mysql_native_password BY '{{0}}';",
    }
    for syntax, template in sql.items():
        for _ in range(2):
            value = pw_plain() if "{{0}} " in template and "'" not in template.split("{{0}}")[0][-1:] else \
                rng.choice((pw_plain, pw_punct, pw_unicode))().replace("'", "")
            f.add(syntax, template.format(u=user()), [("password", value)], f"a password in SQL: {syntax}")
    f.neg("identified_by_quoted", "CREATE USER 'app'@'%' IDENTIFIED WITH auth_socket;", "no password")
    f.neg("alter_user_with_password", "ALTER USER app WITH PASSWORD NULL;", "no password")
    f.neg("create_role_login", "CREATE ROLE readonly NOLOGIN;", "no password")
    f.neg("alter_login_mssql", "ALTER LOGIN app WITH CHECK_POLICY = OFF;", "no password")

    files = {
        "netrc": "machine api.corp.net\n  login {u}\n  password {{0}}\n",
        "netrc_one_line": "machine ftp.corp.net login {u} password {{0}}",
        "pgpass": "# ~/.pgpass\ndb.internal:5432:app:{u}:{{0}}\n",
        "my_cnf": "[client]\nuser={u}\npassword={{0}}\nhost=db01\n",
        "pypirc": "[pypi]\nusername = {u}\npassword = {{0}}\n",
        "maven_settings": "<server>\n  <id>nexus</id>\n  <username>{u}</username>\n  <password>{{0}}</password>\n</server>",
        "gradle_properties": "nexusUsername={u}\nnexusPassword={{0}}\n",
        "smb_credentials": "username={u}\npassword={{0}}\ndomain=CORP\n",
        "wpa_supplicant": 'network={{{{\n    ssid="CorpWiFi"\n    psk="{{0}}"\n}}}}',
        "dotenv": "DB_HOST=db.internal\nDB_PASSWORD={{0}}\nDB_PORT=5432\n",
        "properties": "spring.datasource.username={u}\nspring.datasource.password={{0}}\n",
        "ini_section": "[database]\nhost = db.internal\npassword = {{0}}\n",
        "toml_quoted": '[database]\nuser = "{u}"\npassword = "{{0}}"\n',
        "yaml_quoted": 'database:\n  user: {u}\n  password: "{{0}}"\n',
        "yaml_bare": "smtp:\n  username: {u}\n  password: {{0}}\n",
        "json": '{{{{"user": "{u}", "password": "{{0}}", "port": 5432}}}}',
        "xml_add_value": '<add key="DbPassword" value="{{0}}" />',
        "xml_element": "<DataSource><User>{u}</User><Password>{{0}}</Password></DataSource>",
        "xml_property": '<property name="hibernate.connection.password" value="{{0}}"/>',
        "hcl": 'resource "azurerm_mssql_server" "main" {{{{\n  administrator_login          = "{u}"\n'
               '  administrator_login_password = "{{0}}"\n}}}}',
        "k8s_stringdata": "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  username: {u}\n"
                          "  password: {{0}}\n",
        "k8s_stringdata_caps": 'stringData:\n  POSTGRES_USER: {u}\n  POSTGRES_PASSWORD: "{{0}}"\n',
        "compose_list": "    environment:\n      - MYSQL_ROOT_PASSWORD={{0}}\n      - MYSQL_DATABASE=shop\n",
        "compose_map": "    environment:\n      RABBITMQ_DEFAULT_USER: {u}\n      RABBITMQ_DEFAULT_PASS: {{0}}\n",
        "ansible_vars": "ansible_user: {u}\nansible_become_pass: {{0}}\n",
        "php_var": "$db_pass = '{{0}}';",
        "python_kwarg": 'conn = psycopg2.connect(host="db", user="{u}", password="{{0}}")',
        "js_object": "const pool = new Pool({{{{ user: '{u}', password: '{{0}}', host: 'db' }}}});",
        "go_struct": 'cfg := Config{{{{User: "{u}", Password: "{{0}}"}}}}',
        "java_setproperty": 'props.setProperty("mail.smtp.password", "{{0}}");',
        "csharp_networkcredential": 'var cred = new NetworkCredential("{u}", "{{0}}");',
        "ruby_hash": "ActiveRecord::Base.establish_connection(adapter: 'postgresql', username: '{u}', password: '{{0}}')",
        "terraform_tfvars": 'db_password = "{{0}}"',
        "nginx_auth_line": "# htpasswd -b /etc/nginx/.htpasswd {u} {{0}}",
        "git_credentials": "https://{u}:{{0}}@git.corp.net\n",
    }
    for syntax, template in files.items():
        for _ in range(2):
            bare = syntax in ("netrc", "netrc_one_line", "pgpass", "smb_credentials", "dotenv", "compose_list",
                              "nginx_auth_line", "properties", "gradle_properties", "my_cnf")
            value = pw_url() if syntax == "git_credentials" else (pw_any_bare() if bare else pw_any_quoted())
            if syntax in ("xml_add_value", "xml_element", "xml_property", "maven_settings"):
                value = value.replace("<", "").replace("&", "").replace(">", "")
            if syntax == "pgpass":
                value = value.replace(":", "")
            if '"{{0}}"' in template:
                value = value.replace('"', "")
            if "'{{0}}'" in template:
                value = value.replace("'", "")
            f.add(syntax, template.format(u=user()), [("password", value)], f"a password in a file or code: {syntax}")
    f.neg("dotenv", "DB_HOST=db.internal\nDB_PASSWORD=\nDB_PORT=5432\n", "an empty value before the next line")
    f.neg("yaml_bare", "smtp:\n  username: app\n  password: ${SMTP_PASSWORD}\n", "an env reference")
    f.neg("json", '{"user": "app", "password": "<your-password>", "port": 5432}', "a placeholder")
    f.neg("k8s_stringdata", "stringData:\n  password: {{ .Values.db.password | quote }}\n", "a Helm template")
    f.neg("python_kwarg", 'conn = psycopg2.connect(host="db", user="app", password=os.environ["DB_PASSWORD"])', "a lookup")
    f.neg("ini_section", "[database]\nhost = db.internal\npassword = changeme\n", "a placeholder")
    f.neg("toml_quoted", '[database]\npassword = ""\n', "empty")
    f.neg("hcl", 'administrator_login_password = var.sql_admin_password', "a variable")
    f.neg("xml_element", "<Password>********</Password>", "already redacted")
    f.neg("properties", "spring.datasource.password=${DB_PASSWORD:}", "a placeholder")
    f.neg("compose_map", "      RABBITMQ_DEFAULT_PASS_FILE: /run/secrets/rabbit", "a file path")
    f.neg("php_var", "$db_pass = getenv('DB_PASS');", "a lookup")

    labels = ("Passwort: {0}", "Kennwort: {0}", "mot de passe : {0}", "Mot de passe: {0}", "contraseña: {0}",
              "Contraseña: {0}", "senha: {0}", "パスワード：{0}", "パスワード: {0}", "пароль: {0}", "Пароль: {0}",
              "密码：{0}", "密碼: {0}", "비밀번호: {0}", "hasło: {0}", "wachtwoord: {0}", "lösenord: {0}", "şifre: {0}",
              "parola: {0}", "salasana: {0}", "heslo: {0}", "Mật khẩu: {0}", "كلمة المرور: {0}", "סיסמה: {0}",
              "jelszó: {0}", "adgangskode: {0}", "passord: {0}", "parolă: {0}", "κωδικός: {0}", "पासवर्ड: {0}",
              "รหัสผ่าน: {0}", "kata sandi: {0}", "password is {0}", "the new password is: {0}", "pw: {0}",
              "Password - {0}", "PW = {0}", "Passwort lautet {0}", "le mot de passe est {0}", "la contraseña es {0}")
    for label in labels:
        key = label.split("{")[0].strip(" :=-：").lower()
        value = rng.choice((pw_plain, pw_punct, pw_unicode))()
        syntax = "label_" + ("".join(ch for ch in key if ch.isalnum()) or "x")[:20]
        f.add(syntax, "Zugang / access for the staging host:\nuser: " + user() + "\n" + label + "\n",
              [("password", value)], f"a password after a label in its language: {label}")
    f.neg("label_passwort", "Passwort: siehe Tresor", "a pointer, no password")
    f.neg("label_motdepasse", "Mot de passe : à demander à l'équipe", "no password")
    f.neg("label_contraseña", "Contraseña: (la misma de siempre)", "no password")
    f.neg("label_パスワード", "パスワード：********", "redacted")
    f.neg("label_пароль", "пароль: не задан", "no password")

    generic = {
        "client_secret_json": ('{{"client_id": "{cid}", "client_secret": "{{0}}"}}', 40),
        "api_key_yaml": ("api_key: {{0}}", 32),
        "secret_key_env": ("SECRET_KEY={{0}}", 50),
        "auth_token_header": ("X-Auth-Token: {{0}}", 36),
        "bearer_header": ("Authorization: Bearer {{0}}", 40),
        "token_cli": ("some-cli --token {{0}} deploy", 32),
        "signing_key_toml": ('signing_key = "{{0}}"', 44),
        "webhook_secret_props": ("app.webhook.secret={{0}}", 32),
        "x_api_key_curl": ("curl -H 'x-api-key: {{0}}' https://api.corp.net/v1/items", 32),
        "private_token_header": ("curl --header \"PRIVATE-TOKEN: {{0}}\" https://git.corp.net/api/v4/projects", 24),
    }
    for syntax, (template, length) in generic.items():
        for _ in range(2):
            value = pick(ALNUM, length - 3) + rng.choice("-_") + pick(ALNUM, 2)
            f.add(syntax, template.format(cid=pick(DIGITS, 12)), [("generic_secret", value)],
                  f"a generic secret under a key name: {syntax}")
    f.neg("api_key_yaml", "api_key: ${API_KEY}", "an env reference")
    f.neg("bearer_header", "Authorization: Bearer <token>", "a placeholder")
    f.neg("secret_key_env", "SECRET_KEY=your-secret-key-here", "a placeholder")
    f.neg("client_secret_json", '{"client_id": "123", "client_secret": "REPLACE_ME"}', "a placeholder")
    f.neg("token_cli", "some-cli --token-file ~/.config/cli/token deploy", "a file")
    f.neg("auth_token_header", "X-Auth-Token: 3f1c0c5e-9b7a-4d5e-8f1a-2c3b4d5e6f70", "a UUID request id")
    return f


# ------------------------------------------------------------------ Basic auth
def basic_auth() -> Family:
    f = Family("basic_auth")
    headers = {
        "header": "Authorization: Basic {0}",
        "header_lower": "authorization: basic {0}",
        "curl_H": 'curl -H "Authorization: Basic {0}" https://api.corp.net/v2/export',
        "proxy_authorization": "Proxy-Authorization: Basic {0}",
        "python_headers": 'headers = {{"Authorization": "Basic {0}"}}',
        "nginx_header": 'proxy_set_header Authorization "Basic {0}";',
        "npmrc_auth": "registry=https://npm.corp.net/\n_auth={0}\nalways-auth=true\n",
        "npmrc_scoped_auth": "//npm.corp.net/:_auth={0}\n",
        "docker_auths": '{{"auths": {{"registry.corp.net": {{"auth": "{0}"}}}}}}',
        "docker_auths_pretty": '{{\n  "auths": {{\n    "ghcr.io": {{\n      "auth": "{0}"\n    }}\n  }}\n}}',
        "http_log": '10.0.0.7 - - [02/Dec/2026:07:01:02 +0000] "GET /admin HTTP/1.1" 200 - "Authorization: Basic {0}"',
    }
    for syntax, template in headers.items():
        for _ in range(2):
            f.add(syntax, template, [("basic_auth", b64_basic(user(), pw_any_bare()))], f"Basic credentials: {syntax}")
    pairs = {
        "curl_u": "curl -u {u}:{{0}} https://api.corp.net/v1/status",
        "curl_user_long": "curl --user {u}:{{0}} -X POST https://ci.corp.net/job/build",
        "curl_u_quoted": "curl -s -u '{u}:{{0}}' https://jenkins.corp.net/api/json",
        "httpie_a": "http -a {u}:{{0}} GET https://api.corp.net/items",
        "npmrc_password": "//npm.corp.net/:username={u}\n//npm.corp.net/:_password={{0}}\n",
        "requests_auth": 'requests.get(url, auth=("{u}", "{{0}}"))',
        "httpbasicauth": 'auth = HTTPBasicAuth("{u}", "{{0}}")',
    }
    for syntax, template in pairs.items():
        for _ in range(2):
            value = base64.b64encode(pw_plain().encode()).decode() if syntax == "npmrc_password" else pw_plain()
            if syntax in ("curl_u_quoted", "requests_auth", "httpbasicauth"):
                value = pw_punct().replace("'", "").replace('"', "")
            f.add(syntax, template.format(u=user()), [("password", value)], f"a user:password pair: {syntax}")
    schemes = ("https", "http", "ftp", "sftp", "ssh", "git+https", "svn+ssh", "smb", "webdav", "wss", "ws", "socks5",
               "rtsp", "ldap", "ldaps", "s3", "davs")
    for scheme in schemes:
        host = rng.choice(("files.corp.net", "10.1.2.3", "cam01.local.net", "dav.corp.net:8443", "[2001:db8::5]"))
        f.add("url_" + scheme.replace("+", "_"), f"{scheme}://{user()}:{{0}}@{host}/path/to/res",
              [("password", pw_url())], f"a password in a {scheme} URL")
    for syntax, template in {"proxy_env": "HTTPS_PROXY=http://{u}:{{0}}@proxy.corp.net:3128",
                             "pip_index": "pip install -i https://{u}:{{0}}@pypi.corp.net/simple pkg",
                             "git_remote": "git remote add origin https://{u}:{{0}}@git.corp.net/team/app.git",
                             "pip_conf": "[global]\nindex-url = https://{u}:{{0}}@nexus.corp.net/repository/pypi/simple\n"
                             }.items():
        for _ in range(2):
            f.add(syntax, template.format(u=user()), [("password", pw_url())], f"credentials in a URL: {syntax}")
    f.neg("header", "Authorization: Basic <base64(user:pass)>", "a placeholder")
    f.neg("header_lower", "WWW-Authenticate: Basic realm=\"admin\"", "a challenge, no credentials")
    f.neg("curl_u", "curl -u $USER:$PASS https://api.corp.net/v1/status", "variables")
    f.neg("curl_user_long", "curl --user admin https://ci.corp.net/job/build   # prompts", "user only")
    f.neg("url_https", "see https://docs.corp.net/auth@v2/index.html for details", "an @ in a path")
    f.neg("url_ssh", "git clone ssh://git@git.corp.net:2222/team/app.git", "git@ remote")
    f.neg("docker_auths", '{"auths": {"registry.corp.net": {}}, "credsStore": "desktop"}', "a credential helper")
    f.neg("npmrc_auth", "//npm.corp.net/:_authToken=${NPM_TOKEN}\n", "an env reference")
    f.neg("url_http", "http://user:password@host:port/path", "a documentation template")
    f.neg("proxy_env", "HTTPS_PROXY=http://proxy.corp.net:3128", "no credentials")
    return f


# ------------------------------------------------------------------ e-mail
def emails() -> Family:
    f = Family("email")
    locals_ = ("ana.silva", "j.o.hanlon", "first.last+newsletter", "dev-ops", "x_y-z", "user+tag+two", "o'connor",
               "a1b2c3", "maria.garcía", "用户", "пользователь", "josé", "müller.k", "ชื่อ", "δοκιμή")
    domains = ("mailbox.co.uk", "sub.dept.univ-paris.fr", "company.photography", "firm.international", "corp.io",
               "straße.de", "例子.广告", "пример.рф", "mail.example-shop.com.br", "xn--bcher-kva.ch", "uni.ac.jp",
               "startup.technology", "health.gov.au", "posteo.de")
    contexts = {
        "prose": "Please write to {0} before Friday.",
        "angle": "From: Ana Silva <{0}>",
        "mailto": '<a href="mailto:{0}">contact</a>',
        "mailto_md": "[mail us](mailto:{0}?subject=Hello)",
        "json": '{{"id": 42, "email": "{0}", "active": true}}',
        "csv": "id,name,email\n7,Ana,{0}\n",
        "vcard": "BEGIN:VCARD\nVERSION:3.0\nFN:Ana Silva\nEMAIL;TYPE=work:{0}\nEND:VCARD",
        "git_author": "Author: Ana Silva <{0}>\nDate:   Tue Dec 1 10:00:00 2026 +0100",
        "log_kv": "2026-12-02T07:00:01Z INFO login ok user={0} ip=-",
        "yaml": "owner:\n  email: {0}\n",
        "label_de": "E-Mail: {0}",
        "label_fr": "Courriel : {0}",
        "label_es": "Correo electrónico: {0}",
        "label_ja": "メール：{0}",
        "label_ru": "Эл. почта: {0}",
        "label_zh": "邮箱：{0}",
        "label_ko": "이메일: {0}",
        "label_pt": "e-mail: {0}",
        "table": "| Name | Email |\n|---|---|\n| Ana | {0} |\n",
        "signature": "Best,\nAna\n{0}\n+ team",
        "parenthesis": "the owner ({0}) approved it",
        "quoted_sql": "INSERT INTO users (email) VALUES ('{0}');",
    }
    for syntax, template in contexts.items():
        for _ in range(2):
            address = rng.choice(locals_) + "@" + rng.choice(domains)
            f.add(syntax, template, [("email", address)], f"an e-mail address: {syntax}")
    for syntax, address in (("quoted_local", '"ana silva"@mailbox.co.uk'), ("ip_literal", "ops@[192.0.2.10]"),
                            ("long_tld_caps", "Ana.Silva@Company.Photography"), ("digits_domain", "ops@123hosting.net"),
                            ("obfuscated_at", "ana.silva [at] mailbox [dot] co [dot] uk"),
                            ("obfuscated_paren", "ana.silva(at)mailbox.co.uk")):
        f.add(syntax, "contact: {0}", [("email", address)], f"an e-mail address: {syntax}")
    for syntax, text in (("prose", "Write to ana@example.com (documentation domain)."),
                         ("angle", "From: Test <noreply@test.invalid>"),
                         ("git_author", "git clone git@github.com:team/app.git"),
                         ("log_kv", "npm i @scope/pkg@1.4.2 lodash@^4.17.21"),
                         ("json", '{"image": "nginx@sha256:' + pick(HEX, 64) + '"}'),
                         ("csv", "icon,file\nlogo,logo@2x.png\n"),
                         ("mailto", "email: {{ user.email }}"), ("label_de", "E-Mail: <ihre-adresse>"),
                         ("yaml", "owner:\n  email: ${OWNER_EMAIL}\n"),
                         ("signature", "deploy@prod-web-01:~$ systemctl restart app"),
                         ("table", "| user | host |\n|---|---|\n| root | root@10.0.0.5 |\n"),
                         ("parenthesis", "@media (max-width: 600px) { .a { color: red } }")):
        f.neg(syntax, text, "no mailbox: a documentation domain, a remote, a package version, a digest, a template")
    return f


# ------------------------------------------------------------------ phone numbers
REGIONS = ("US", "GB", "DE", "FR", "IN", "JP", "BR", "AU", "ES", "IT", "NL", "MX", "CA", "PL", "ZA", "NG", "KE", "EG",
           "SA", "AE", "TR", "RU", "UA", "KR", "CN", "HK", "SG", "MY", "TH", "VN", "PH", "ID", "AR", "CL", "CO", "PE",
           "SE", "NO", "DK", "FI", "CH", "AT", "BE", "PT", "IE", "NZ", "IL", "PK", "GR", "CZ", "RO", "HU")
FORMATS = {"national": phonenumbers.PhoneNumberFormat.NATIONAL,
           "international": phonenumbers.PhoneNumberFormat.INTERNATIONAL,
           "e164": phonenumbers.PhoneNumberFormat.E164}


def a_phone(region: str) -> phonenumbers.PhoneNumber:
    kind = rng.choice((phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE))
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    national = str(example.national_number)
    for _ in range(200):
        digits = national[:max(2, len(national) - 5)] + pick(DIGITS, len(national) - max(2, len(national) - 5))
        number = phonenumbers.parse("+" + str(example.country_code) + digits)
        if phonenumbers.is_valid_number_for_region(number, region) and digits != national:
            return number
    return example


def phones() -> Family:
    f = Family("phone")
    contexts = {
        "label_en": "Phone: {0}", "label_tel": "Tel.: {0}", "label_fr": "Tél : {0}", "label_es": "Teléfono: {0}",
        "label_de": "Telefon: {0}", "label_ja": "電話: {0}", "label_ru": "Тел.: {0}", "label_zh": "手机：{0}",
        "label_ko": "전화: {0}", "label_mobile": "Mobile: {0}", "label_whatsapp": "WhatsApp {0}", "label_fax": "Fax: {0}",
        "prose_call": "Call me at {0} after six.", "json": '{{"name": "Ana", "phone": "{0}"}}',
        "vcard": "BEGIN:VCARD\nFN:Ana Silva\nTEL;TYPE=cell:{0}\nEND:VCARD",
        "table": "| Name | Phone |\n|---|---|\n| Ana | {0} |\n", "signature": "--\nAna Silva\nHead of Ops\n{0}\n",
        "csv": "name,phone\nAna,{0}\n", "yaml": "contact:\n  phone: '{0}'\n",
    }
    for syntax, template in contexts.items():
        for region in rng.sample(REGIONS, 4):
            number = a_phone(region)
            fmt = rng.choice(list(FORMATS))
            if fmt == "national" and syntax not in ("table", "csv", "signature", "prose_call"):
                written = phonenumbers.format_number(number, FORMATS[fmt])
            else:
                written = phonenumbers.format_number(number, FORMATS[rng.choice(("international", "e164"))])
            f.add(syntax, template, [("phone", written)], f"a {region} phone number: {syntax}")
    for region in rng.sample(REGIONS, 8):
        number = a_phone(region)
        written = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        ext = rng.choice((" ext. ", " x", " ext ", ";ext=", " #")) + pick(DIGITS, rng.randint(2, 4))
        f.add("extension", "Phone: {0}", [("phone", written + ext)], f"a {region} number with an extension")
    for region in rng.sample(REGIONS, 6):
        number = a_phone(region)
        uri = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.RFC3966)
        f.add("rfc3966", "<a href=\"tel:{0}\">call</a>", [("phone", uri.removeprefix("tel:"))],
              f"a {region} tel: URI (the number, not the scheme, as mailto: is no part of an address)")
    for region in rng.sample(REGIONS, 8):
        number = a_phone(region)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        f.add("national_labelled_region", f"Phone ({region}): {{0}}", [("phone", national)],
              f"a {region} national number after a label naming the region")
    for syntax, text in (("label_en", "Phone: see the on-call rota"), ("json", '{"name": "Ana", "phone": null}'),
                         ("table", "| Build | Date |\n|---|---|\n| 4521 | 2026-11-30 |\n"),
                         ("prose_call", "Call the API at most 1000 times per 3600 seconds."),
                         ("csv", "order,total\n100045238761,129.90\n"), ("label_tel", "Tel.: 0000 000 000"),
                         ("signature", "--\nAna Silva\nISBN 978-3-16-148410-0\n"),
                         ("vcard", "BEGIN:VCARD\nFN:Ana Silva\nREV:20261202T070000Z\nEND:VCARD"),
                         ("extension", "version 2.14.1 build 20261202.3"), ("rfc3966", "uuid 123e4567-e89b-12d3-a456-426614174000"),
                         ("yaml", "contact:\n  phone: '+1 555-0100'\n"), ("label_de", "Telefon: (folgt)"),
                         ("national_labelled_region", "Range: 1990-2026, 20 000-30 000 units")):
        f.neg(syntax, text, "no phone number: a pointer, a date, a count, an ISBN, a version, a fictional 555-01xx")
    return f


# ------------------------------------------------------------------ vendor tokens
def crc32_base62(body: str) -> str:
    n, out = zlib.crc32(body.encode()), ""
    while n:
        n, r = divmod(n, 62)
        out = BASE62[r] + out
    return out.rjust(6, "0")


def vendors() -> Family:
    f = Family("vendor")
    url = ALNUM + "-_"
    formats: dict[str, Callable[[], str]] = {
        "gitlab_runner_token": lambda: "glrt-" + pick(url, 20),
        "gitlab_cicd_job_token": lambda: "glcbt-" + pick(HEX, 5) + "_" + pick(url, 20),
        "gitlab_pipeline_trigger": lambda: "glptt-" + pick(HEX, 40),
        "gitlab_incident_token": lambda: "glimt-" + pick(ALNUM, 25),
        "gitlab_agent_token": lambda: "glagent-" + pick(url, 50),
        "gitlab_oauth_secret": lambda: "gloas-" + pick(ALNUM, 64),
        "gitlab_scim_token": lambda: "glsoat-" + pick(url, 20),
        "gitlab_ff_client_token": lambda: "glffct-" + pick(url, 20),
        "grafana_service_account": lambda: "glsa_" + pick(ALNUM, 32) + "_" + pick(HEX, 8),
        "grafana_cloud_token": lambda: "glc_" + base64.b64encode(
            json.dumps({"o": pick(DIGITS, 6), "n": "stack-" + pick(DIGITS, 6), "k": pick(ALNUM, 24),
                        "m": {"r": "prod-eu-west-0"}}).encode()).decode().rstrip("="),
        "openai_admin_key": lambda: "sk-admin-" + pick(url, 58) + "T3BlbkFJ" + pick(url, 58),
        "anthropic_admin_key": lambda: "sk-ant-admin01-" + pick(url, 93) + "AA",
        "vault_batch_token": lambda: "hvb." + pick(url, 138),
        "vault_service_token": lambda: "hvs." + pick(url, 90),
        "digitalocean_refresh": lambda: "dor_v1_" + pick(HEX, 64),
        "scaleway_secret": lambda: "SCW" + pick(UPPER + DIGITS, 17),
        "docker_org_token": lambda: "dckr_oat_" + pick(url, 32),
        "heroku_v2": lambda: "HRKU-AA" + pick(url, 58),
        "sentry_user_token": lambda: "sntryu_" + pick(HEX, 64),
        "slack_config_refresh": lambda: "xoxe-1-" + pick(url, 146),
        "stripe_restricted_test": lambda: "rk_test_" + pick(ALNUM, 99),
        "stripe_secret_test": lambda: "sk_test_" + pick(ALNUM, 24),
        "github_refresh": lambda: (lambda body: "ghr_" + body + crc32_base62(body))(pick(ALNUM, 30)),
        "github_app_installation": lambda: (lambda body: "ghs_" + body + crc32_base62(body))(pick(ALNUM, 30)),
        "npm_token": lambda: (lambda body: "npm_" + body + crc32_base62(body))(pick(ALNUM, 30)),
        "hubspot_pat": lambda: "pat-na1-" + pick(HEX, 8) + "-" + pick(HEX, 4) + "-" + pick(HEX, 4) + "-" + pick(HEX, 4)
                               + "-" + pick(HEX, 12),
        "mongodb_atlas_sa": lambda: "mdb_sa_sk_" + pick(url, 40),
        "cloudflare_api_token_v2": lambda: "cfut_" + pick(ALNUM, 40) + pick(HEX, 8),
        "shopify_shared_secret": lambda: "shpss_" + pick(HEX, 32),
        "pypi_token": lambda: "pypi-AgEIcHlwaS5vcmc" + pick(url, 70),
        "age_key": lambda: "AGE-SECRET-KEY-1" + pick("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58),
        "new_relic_user": lambda: "NRAK-" + pick(UPPER + DIGITS, 27),
        "new_relic_insert": lambda: "NRII-" + pick(url, 32),
        "datadog_app_key_named": lambda: pick(HEX, 40),
        "postman": lambda: "PMAK-" + pick(HEX, 24) + "-" + pick(HEX, 34),
        "linear_api": lambda: "lin_api_" + pick(ALNUM, 40),
        "doppler_service": lambda: "dp.st.prd." + pick(ALNUM, 43),
        "fly_macaroon": lambda: "fm2_" + pick(ALNUM + "+/", 60),
        "planetscale_password": lambda: "pscale_pw_" + pick(url, 43),
        "huggingface_org": lambda: "api_org_" + pick(ALNUM, 34),
        "notion_ntn": lambda: "ntn_" + pick(DIGITS, 11) + pick(ALNUM, 35),
        "airtable_pat": lambda: "pat" + pick(ALNUM, 14) + "." + pick(HEX, 64),
        "supabase_service": lambda: "sbp_" + pick(HEX, 40),
        "mailgun_signing": lambda: pick(HEX, 32) + "-" + pick(HEX, 8) + "-" + pick(HEX, 8),
        "twilio_api_secret": lambda: pick(ALNUM, 32),
        "azure_devops_pat": lambda: pick("abcdefghijklmnopqrstuvwxyz234567", 52),
        "okta_api_token": lambda: "00" + pick(url, 40),
        "sumo_access_key": lambda: pick(ALNUM, 64),
        "cohere_key": lambda: pick(ALNUM, 40),
        "mistral_key": lambda: pick(ALNUM, 32),
    }
    named = {"datadog_app_key_named": "DD_APP_KEY={0}", "mailgun_signing": "MAILGUN_WEBHOOK_SIGNING_KEY={0}",
             "twilio_api_secret": "TWILIO_API_SECRET={0}", "azure_devops_pat": "AZURE_DEVOPS_EXT_PAT={0}",
             "okta_api_token": "OKTA_API_TOKEN={0}", "sumo_access_key": "SUMO_ACCESS_KEY={0}",
             "cohere_key": "CO_API_KEY={0}", "mistral_key": "MISTRAL_API_KEY={0}"}
    places = ("export TOKEN={0}", "token: {0}", '{{"token": "{0}"}}', "the CI log printed {0} at step 4",
              "curl -H 'Authorization: Bearer {0}' https://api.example.net", "```\n{0}\n```")
    for syntax, make in formats.items():
        for index in range(2):
            template = named.get(syntax) or places[(index + len(syntax)) % len(places)]
            f.add(syntax, template, [(syntax, make())], f"a {syntax} in its documented format")
    f.neg("gitlab_runner_token", "glrt-XXXXXXXXXXXXXXXXXXXX", "a placeholder")
    f.neg("openai_admin_key", "OPENAI_ADMIN_KEY=sk-admin-...", "elided")
    f.neg("vault_service_token", "VAULT_TOKEN=hvs.example", "an example")
    f.neg("stripe_secret_test", "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx", "a placeholder")
    f.neg("github_refresh", "ghr_" + pick(ALNUM, 30) + "000000 (invalid: checksum mismatch)", "a failing checksum")
    f.neg("datadog_app_key_named", "DD_APP_KEY_FILE=/run/secrets/dd", "a file")
    f.neg("twilio_api_secret", "TWILIO_API_SECRET=${TWILIO_API_SECRET}", "an env reference")
    f.neg("grafana_service_account", "git commit " + pick(HEX, 40), "a SHA")
    f.neg("sumo_access_key", "sha256: " + pick(HEX, 64), "a digest")
    f.neg("hubspot_pat", "request id 3f1c0c5e-9b7a-4d5e-8f1a-2c3b4d5e6f70", "a UUID")
    return f


# ------------------------------------------------------------------ split and write
if __name__ == "__main__":
    dev_records, holdout_records = split([passwords(), basic_auth(), emails(), phones(), vendors()], rng)
    write(dev_records, HERE / "dev_pass21.jsonl", "p21-")
    write(holdout_records, HERE / "dev_pass21_holdout.jsonl", "p21h-")
