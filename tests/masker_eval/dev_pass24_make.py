"""The masker's twenty-fourth pass (coverage, issue 16) working cases, generated from the FORMATS and CONTEXTS a read
of ``heldout_v10.jsonl``'s misses showed the masker does not know (its texts are not reused: every text here is new,
every value random): passwords after the password word of another language or script and its own punctuation
(``密码：…，``, ``パスワード：…　``, ``비밀번호:``, ``Пароль:``, ``รหัสผ่าน``, ``Şifre``) and in tables and CSV files whose
password column is named in that language; secret values with punctuation, spaces, braces or escapes (quoted
values with spaces, Java properties escapes, form bodies percent-encoded, URL user-info with ``#``/``!``, a value a
shell or REPL prints after the command that reads a secret); national phone numbers of many regions in prose of
their own language or without any phone word, and E.164 numbers as log fields; e-mail addresses as a URL's user;
vendor tokens in their shapes beyond the documented example (an X bearer token's run of ``A`` then any body, a 1Password
``ops_`` token whose JSON is not decodable, a ``FlyV1 fm2_`` macaroon in base64url, an Azure DevOps legacy PAT named
in prose, an Algolia admin key a comment names); Chinese resident ids of districts created after their holder's
birth; card numbers wrapped onto a second line. Hard negatives per syntax: SQL bind parameters, shell ``${VAR:?msg}``
defaults, SOPS ``ENC[...]`` values, type names where a value would stand, dotted i18n keys whose last part is no
password, secret-manager references, published example credentials, Message-ID headers, PAN-shaped product codes,
words in the password column, version numbers and dates near phone words.

A third of each family's syntaxes (whole syntaxes, with their negatives, chosen by the seed) is
``dev_pass24_holdout.jsonl``, measured only at the start and the end of the pass. The rest is ``dev_pass24.jsonl``.

    .venv/bin/python tests/masker_eval/dev_pass24_make.py   # rewrites both files (same seed, same files)
"""

from __future__ import annotations

import base64
import json
import random
import string
from pathlib import Path
from urllib.parse import quote

import phonenumbers
from stdnum import luhn, verhoeff
from family_cases import Family, split, write

HERE = Path(__file__).resolve().parent
rng = random.Random(242424)
UPPER, LOWER, DIGITS = string.ascii_uppercase, string.ascii_lowercase, string.digits
ALNUM = UPPER + LOWER + DIGITS
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"


def pick(alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def pw() -> str:
    """A password as people pick them: letters, digits and one or two symbols, in any order."""
    parts = [pick(UPPER, 1), pick(LOWER, rng.randint(2, 5)), pick(DIGITS, rng.randint(2, 4)), rng.choice("!#$%*&?@^~"),
             pick(ALNUM, rng.randint(1, 3))]
    rng.shuffle(parts)
    if not any(c.isalpha() for c in parts[0]):
        parts.insert(0, pick(LOWER, 1))
    return "".join(parts)


def pw_words() -> str:
    """A passphrase with a space, braces or a caret: what a JWT or session secret holds when a person typed it."""
    return (pick(ALNUM, rng.randint(2, 4)) + rng.choice("{[(") + pick(ALNUM, 2) + rng.choice("}])") + " "
            + pick(DIGITS, 2) + " " + rng.choice("!^~*") + pick(ALNUM, rng.randint(3, 5)) + rng.choice("^%&"))


# ------------------------------------------------------------------ passwords named in other languages
def password_lang() -> Family:
    f = Family("password_lang")
    places = {
        "zh": ("测试环境数据库：主机 pg-{h}.corp，账号 app，密码：{{0}}，仅供联调使用。", "管理员账号 root 的密码是 {{0}}，请尽快修改。",
               "登录信息（繁體）：帳號 ops，密碼：{{0}}。"),
        "ja": ("ステージング環境　ユーザー名：kato　パスワード：{{0}}　（取扱注意）", "初期パスワードは {{0}} です。ログイン後に変更してください。"),
        "ko": ("관리자 계정: admin / 비밀번호: {{0}} (외부 공유 금지)", "와이파이 비밀번호는 {{0}} 입니다."),
        "ru": ("Доступ к серверу: логин deploy, пароль: {{0}} — никому не пересылайте.", "Пароль от роутера: {{0}}"),
        "th_tr_ar": ("ชื่อผู้ใช้ admin รหัสผ่าน: {{0}} ห้ามเผยแพร่", "Kullanıcı: yonetici, Şifre: {{0}} (paylaşmayın)",
                     "اسم المستخدم: admin كلمة المرور: {{0}}"),
        "table": ("| Dienst | Benutzer | Passwort |\n|---|---|---|\n| FTP | upload | {{0}} |\n",
                  "| Serviço | Usuário | Senha |\n|---|---|---|\n| Webmail | contato | {{0}} |\n",
                  "| Service | Identifiant | Mot de passe |\n|---|---|---|\n| VPN | j.martin | {{0}} |\n",
                  "| 服务 | 用户 | 密码 |\n|---|---|---|\n| Redis | default | {{0}} |\n"),
        "csv": ("server,login,password,port\nmail-{h}.lan,backup,{{0}},993\n",
                "usuario;contraseña;servidor\nventas;{{0}};sftp-{h}.local\n",
                "hostname\tuser\tpasswd\nnas-{h}\tadmin\t{{0}}\n"),
    }
    for syntax, templates in places.items():
        for template in templates:
            f.add(syntax, template.format(h=pick(DIGITS, 2)), [("password", pw())],
                  f"a password after its {syntax} name, with the punctuation of that script")
    f.neg("zh", "忘记密码？请点击“找回密码”，系统会发送验证码到您的手机。", "prose about a password, no value")
    f.neg("ja", "パスワードは8文字以上で、英数字と記号を含めてください。", "a password policy")
    f.neg("ko", "비밀번호를 잊으셨나요? 관리자에게 문의하세요.", "a question about a password")
    f.neg("table", "| Feld | Typ | Beschreibung |\n|---|---|---|\n| passwort | string | Passwort des Benutzers |\n",
          "a schema table describing the password field")
    f.neg("table", "| Service | Utilisateur | Mot de passe |\n|---|---|---|\n| VPN | j.martin | (voir le coffre) |\n",
          "a pointer to the vault in the password column")
    f.neg("csv", "server,login,password,port\nmail-01.lan,backup,********,993\n", "a masked password column")
    f.neg("ru", "Пароль должен содержать не менее 12 символов.", "a password policy")
    return f


# ------------------------------------------------------------------ values with punctuation, spaces, escapes
def password_shapes() -> Family:
    f = Family("password_shapes")
    for template in ('SESSION_SECRET="{0}"\nSESSION_TTL=900', "cookie_secret: '{0}'\ncookie_name: sid\n",
                     'APP_KEY = "{0}"'):
        f.add("quoted_spaces", template, [("generic_secret", pw_words())], "a quoted secret with spaces and braces")
    for template in ("spring.datasource.password={0}\nspring.datasource.username=app", "ldap.bind.password = {0}",
                     "smtp.auth.password:{0}"):
        value = pick(ALNUM, 3) + rng.choice(("\\!", "\\:", "\\=", "\\#")) + pick(ALNUM, 3) + rng.choice("=:") + pick(ALNUM, 3)
        f.add("properties", template, [("password", value)], "a Java properties value with escapes, = and :")
    for template in ("POST /auth HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\nlogin=ana&passwd={0}&remember=1",
                     "curl -d 'grant_type=password&username=svc&password={0}&client_id=cli' https://sso.corp/token",
                     "body: email=a%40b.co&pwd={0}"):
        f.add("form_body", template, [("password", quote(pw(), safe=""))], "a percent-encoded password in a form body")
    for template in ("AMQP_URL=amqp://worker:{0}@mq-{h}.internal:5672/jobs", "redis_url: rediss://default:{0}@cache.corp:6380/0",
                     "sftp://backup:{0}@files.corp:22/nightly"):
        value = pick(ALNUM, 3) + rng.choice("!$*") + pick(ALNUM, 2) + "#" + pick(DIGITS, 4)
        f.add("url_userinfo", template.replace("{h}", pick(DIGITS, 2)), [("url_password", value)],
              "a URL password with # and !, as people paste them unencoded")
    printed = (
        ("$ echo $REDIS_PASSWORD\n{0}\n$ ", "password", pw),
        (">>> os.getenv('SMTP_PASSWORD')\n'{0}'\n>>> ", "password", pw),
        ("$ cat /run/secrets/postgres_password\n{0}\n", "password", pw),
        ("$ kubectl get secret api -o jsonpath='{{.data.api-key}}' | base64 -d\n{0}\n", "generic_secret",
         lambda: pick(ALNUM, 32)),
        ("% cat config/credentials/production.key\n{0}\n", "generic_secret", lambda: pick(HEX, 32)),
        ('irb(main):001> ENV["DB_PASSWORD"]\n=> "{0}"\n', "password", pw),
        ("In [3]: os.environ['API_SECRET']\nOut[3]: '{0}'\n", "generic_secret", lambda: pick(ALNUM, 24)),
    )
    for template, kind, make in printed:
        f.add("printed_value", template, [(kind, make())], "the value a command printed that reads a named secret")
    f.neg("quoted_spaces", 'ERROR_TEXT="Das Passwort ist falsch {0} Versuche übrig"', "a message template")
    f.neg("properties", "login.password.label=Passwort\nlogin.password.forgot=Passwort vergessen?", "i18n strings")
    f.neg("properties", '{"auth.password.hint": "Mindestens 12 Zeichen", "auth.password.reset": "Zurücksetzen"}',
          "i18n JSON under dotted keys")
    f.neg("form_body", "DELETE FROM sessions WHERE user_id = :uid AND password_hash = :password_hash;",
          "SQL bind parameters")
    f.neg("form_body", "stmt = 'UPDATE users SET passwd = :new_passwd WHERE id = :id'", "SQL bind parameters")
    f.neg("url_userinfo", "DATABASE_URL: postgres://app:${DB_PASSWORD:?set DB_PASSWORD}@db:5432/app",
          "a shell default-or-error expansion")
    f.neg("url_userinfo", "REDIS_URL=redis://:${REDIS_PASS:-}@redis:6379", "an empty default expansion")
    f.neg("quoted_spaces", "smtp:\n    password: ENC[AES256_GCM,data:" + pick(B64, 24) + "=,iv:" + pick(B64, 43)
          + "=,tag:" + pick(B64, 22) + "==,type:str]\n", "a SOPS-encrypted value")
    f.neg("printed_value", "$ echo $REDIS_PASSWORD\n\n$ echo $?\n0", "an empty variable printed")
    f.neg("printed_value", "struct Settings {\n    smtp_password: SecretBox<String>,\n    port: u16,\n}",
          "a Rust type where a value would stand")
    f.neg("printed_value", "interface Login {\n  password: string;\n  remember: boolean;\n}", "a TypeScript type")
    f.neg("printed_value", "gcloud run services update web --update-secrets=SMTP_PASSWORD=smtp-pass:latest,"
          "API_KEY=projects/99812/secrets/api-key:4", "secret-manager references")
    f.neg("form_body", "curl -H 'Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==' http://localhost:8080/  "
          "# RFC 7617's example pair", "the RFC's published example credentials")
    return f


# ------------------------------------------------------------------ phones by region, in their own language
REGIONS = ("TH", "KR", "AU", "JP", "DE", "FR", "BR", "MX", "IN", "ZA", "NG", "KE", "PH", "TR", "ES", "IT", "NL", "PL",
           "SE", "VN", "ID", "MY", "EG", "AR", "CO")


def a_mobile(region: str) -> phonenumbers.PhoneNumber:
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    national = str(example.national_number)
    while True:
        digits = national[:3] + pick(DIGITS, len(national) - 3)
        number = phonenumbers.parse("+" + str(example.country_code) + digits)
        if phonenumbers.is_valid_number_for_region(number, region) and digits != national:
            return number


def national(region: str) -> str:
    return phonenumbers.format_number(a_mobile(region), phonenumbers.PhoneNumberFormat.NATIONAL)


def e164(region: str) -> str:
    return phonenumbers.format_number(a_mobile(region), phonenumbers.PhoneNumberFormat.E164)


def phone_regional() -> Family:
    f = Family("phone_regional")
    native = {
        "TH": "ติดต่อได้ที่ {0} ตลอดวัน", "KR": "예약 변경은 {0} 으로 연락 주세요.", "JP": "担当：佐藤（携帯 {0}）まで",
        "DE": "Ruf mich einfach unter {0} an.", "FR": "Joignable au {0} après 18h.", "BR": "Me chama no zap: {0}",
        "MX": "Cualquier cosa, márcame al {0}.", "TR": "Kurye için arayın: {0}", "ES": "Llámame al {0} mañana.",
        "IT": "Chiamami al {0} per il ritiro.", "NL": "Bel me even op {0}.", "PL": "Zadzwoń pod {0} po 17.",
        "VN": "Liên hệ anh Minh: {0}", "ID": "Hubungi Budi di {0} ya.", "SE": "Ring mig på {0} ikväll.",
    }
    for region, template in native.items():
        f.add("native_prose", template, [("phone", national(region))], f"a {region} mobile in its national format")
    plain = ("the best number for the plumber is {0}, he starts at eight", "text the driver on {0} when you land",
             "WhatsApp me at {0} if the gate is locked", "our host (Ana) answers on {0}",
             "reach the on-site lead at {0}")
    for region in ("AU", "IN", "ZA", "NG", "KE", "PH", "MY", "EG", "AR", "CO"):
        f.add("no_phone_word", rng.choice(plain), [("phone", national(region))], f"a {region} mobile, no phone word")
    logs = ("{t} notify.sms to={0} tpl=otp status=sent", "{t} INFO twilio.outbound msisdn={0} segments=1",
            '{{"event":"sms.delivered","recipient":"{0}","ts":"{t}"}}', "{t} WARN whatsapp send failed dest={0} code=470",
            "{t} verify.start channel=sms number={0}")
    for template in logs:
        for region in rng.sample(REGIONS, 2):
            t = f"2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T0{rng.randint(0, 9)}:1{rng.randint(0, 9)}:00Z"
            f.add("log_e164", template.replace("{t}", t), [("phone", e164(region))], "an E.164 number as a log field")
    f.neg("native_prose", "Versión 2.14.0312 publicada el 12.03.2025, build 4471.", "version and date")
    f.neg("native_prose", "注文番号 0312-4471-22 は発送済みです。", "an order number")
    f.neg("no_phone_word", "the tradie quoted 1,250.00 for 3 days, invoice 0042 881 due 14/07", "money and an invoice")
    f.neg("log_e164", "2025-04-02T07:55:10Z metrics rss=+4471203 delta=-1200331 gc=12", "signed counters")
    f.neg("log_e164", "2025-04-02T07:55:10Z job=reindex took_ms=447120391 rows=+1203", "numbers in a log")
    return f


# ------------------------------------------------------------------ e-mail addresses in odd places
def email_context() -> Family:
    f = Family("email_context")
    users = ("alerts", "noreply", "ops.bot", "billing", "m.keller", "ci-notify")
    domains = ("acme-mail.de", "northwind.io", "fernbank.co.uk", "kiwiops.nz", "tulpen.nl", "orbit.dev")

    def addr() -> str:
        return rng.choice(users) + "@" + rng.choice(domains)

    for template in ("MAIL_URL=smtp://{0}:{1}@smtp.{d}:587", "mailer_dsn: smtps://{0}:{1}@mail.{d}:465",
                     "imap_uri = imaps://{0}:{1}@imap.{d}/INBOX"):
        f.add("url_user", template.replace("{d}", rng.choice(domains)),
              [("email", addr()), ("url_password", pick(ALNUM, 4) + "-" + pick(ALNUM, 5) + "%2F" + pick(ALNUM, 2))],
              "an address as a URL's user, with the URL's password after it")
    for template in ("Reply-To: {0}\nX-Mailer: Postfix", "Von: Keller <{0}>\nAn: team", "Envoyé par : {0}",
                     "Remitente: {0}"):
        f.add("headers", template, [("email", addr())], "an address in a mail header")
    f.neg("headers", f"Message-ID: <{pick(ALNUM, 18)}.{pick(DIGITS, 10)}@mta.{rng.choice(domains)}>\n"
          "X-Mailer: Postfix", "a Message-ID")
    f.neg("headers", f"In-Reply-To: <{pick(HEX, 16)}.{pick(DIGITS, 8)}@mx.{rng.choice(domains)}>\n"
          f"References: <{pick(HEX, 12)}@mail.{rng.choice(domains)}> <{pick(HEX, 14)}@mail.{rng.choice(domains)}>",
          "In-Reply-To and References ids")
    f.neg("headers", f"Content-ID: <part1.{pick(HEX, 8)}.{pick(HEX, 8)}@{rng.choice(domains)}>", "a MIME part id")
    f.neg("url_user", "git remote add origin git@gitlab.northwind.io:ops/infra.git", "an SSH remote")
    return f


# ------------------------------------------------------------------ vendor tokens beyond their documented example
def vendor_shapes() -> Family:
    f = Family("vendor_shapes")

    def x_bearer() -> str:
        body = ""
        while len(body) < rng.randint(60, 90):
            body += rng.choice((pick(ALNUM, rng.randint(4, 12)), "%2B", "%2F", "%3D"))
        return "A" * rng.choice((20, 21, 22, 23)) + pick(ALNUM, 1) + body

    for template in ('TWITTER_BEARER = "{0}"', "x_api:\n  bearer_token: {0}\n", "--header 'Authorization: Bearer {0}'"):
        f.add("x_bearer", template, [("twitter_bearer_token", x_bearer())], "an X bearer token, any body after the A run")

    def ops() -> str:
        return "ops_eyJ" + pick(B64URL, rng.randint(280, 700))

    for template in ("OP_SERVICE_ACCOUNT_TOKEN={0}", "op_token: {0}\n", "export OP_SERVICE_ACCOUNT_TOKEN=\"{0}\""):
        f.add("onepassword", template, [("onepassword_service_account_token", ops())],
              "a 1Password token whose payload is not plain JSON")

    def fly() -> str:
        return "FlyV1 fm2_" + pick(B64URL, rng.randint(120, 260))

    for template in ("      env:\n        FLY_API_TOKEN: {0}\n", 'fly_token = "{0}"', "FLY_ACCESS_TOKEN={0} fly deploy"):
        f.add("flyio", template, [("flyio_token", fly())], "a FlyV1 macaroon in base64url")
    legacy = lambda: pick("abcdefghijklmnopqrstuvwxyz234567", 52)  # noqa: E731
    for template in ("The PAT `{0}` is owned by svc-build and only has Code (Read).",
                     "Rotated the personal access token; the new one is {0} (expires in 90 days).",
                     "Use this Azure DevOps token for the agent: {0}"):
        f.add("azdo_prose", template, [("azure_devops_pat", legacy())], "a legacy Azure DevOps PAT named in prose")
    for template in ("const admin = algoliasearch('{app}', '{{0}}'); // write key: backend only",
                     "index = SearchClient.create('{app}', '{{0}}')  # admin API key",
                     "$client = SearchClient::create('{app}', '{{0}}'); // Admin API Key, never ship to the browser"):
        f.add("algolia", template.format(app=pick(UPPER + DIGITS, 10)), [("algolia_admin_key", pick(HEX, 32))],
              "an Algolia key a comment calls admin or write")
    f.neg("algolia", f"const search = algoliasearch('{pick(UPPER + DIGITS, 10)}', '{pick(HEX, 32)}'); "
          "// search-only API key, public", "a search-only key")
    f.neg("x_bearer", "the dump was all zeros: " + "A" * 64 + "==", "a base64 run of A")
    f.neg("azdo_prose", f"The PAT scopes page lists {pick('abcdefghijklmnopqrstuvwxyz', 9)} and Code (Read).",
          "prose about a PAT")
    f.neg("onepassword", "OP_SERVICE_ACCOUNT_TOKEN=ops_<your token here>", "a placeholder")
    return f


# ------------------------------------------------------------------ ids and cards
CN_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def cn_id(district: str, year: int) -> str:
    body = f"{district}{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{pick(DIGITS, 3)}"
    return body + "10X98765432"[sum(int(x) * w for x, w in zip(body, CN_W)) % 11]


def card(prefix: str) -> str:
    body = prefix + pick(DIGITS, 15 - len(prefix))
    return body + luhn.calc_check_digit(body)


def ids_cards() -> Family:
    f = Family("ids_cards")
    # districts created in the 1980s-2010s (Chengdu Wuhou 1990, Shenzhen Longgang 1993, Pudong 1993, Chongqing
    # Yubei 1994, Beijing Daxing 2001, Hangzhou Yuhang 2001): holders born before keep the code they registered under
    districts = (("510107", 1990), ("440307", 1993), ("310115", 1993), ("500112", 1994), ("110115", 2001),
                 ("330110", 2001))
    for template in ("申请人身份证号：{0}，已通过实名认证。", '{{"realName":"王芳","idCard":"{0}"}}', "身份证号码 {0}",
                     "| 姓名 | 身份证号 |\n|---|---|\n| 李强 | {0} |\n"):
        district, created = rng.choice(districts)
        f.add("cn_id", template, [("cn_resident_id", cn_id(district, rng.randint(created - 15, created - 1)))],
              "a resident id of a district created after its holder's birth")
    for template in ("Please charge the deposit to my card {0} exp 08/27, thanks.",
                     "Kartennummer: {0}\nGültig bis 11/26", "card on file: {0}\ncvc on request"):
        number = card(rng.choice(("4", "51", "53", "2221", "6011")))
        groups = [number[i:i + 4] for i in range(0, 16, 4)]
        wrapped = " ".join(groups[:3]) + "\n" + groups[3]
        f.add("card_wrapped", template, [("credit_card", wrapped)], "a card number a mail client wrapped")
    for template in ("Aadhaar No. : {0}\nName: R. Menon", "2025-02-11 09:14:03 kyc.ok aadhaar={0} score=0.98"):
        while True:
            body = str(rng.randint(2, 9)) + pick(DIGITS, 10)
            number = body + verhoeff.calc_check_digit(body)
            if number != number[::-1]:
                break
        value = f"{number[:4]} {number[4:8]} {number[8:]}" if " : " in template else number
        f.add("aadhaar", template, [("in_aadhaar", value)], "an Aadhaar number with a valid Verhoeff digit")
    f.neg("cn_id", "校验失败：身份证号 " + cn_id("440307", 1980)[:-1] + "0" + " 的校验位不正确。", "a failing check character")
    f.neg("card_wrapped", f"Order total 1299 items shipped\n4471 boxes, ref {pick(DIGITS, 4)} {pick(DIGITS, 4)}",
          "numbers over two lines")
    f.neg("card_wrapped", f"Serial: {pick(DIGITS, 4)} {pick(DIGITS, 4)} {pick(DIGITS, 4)}\n{pick(DIGITS, 4)} units in stock",
          "a serial and a count")
    f.neg("aadhaar", f"Part codes follow AAAAA9999A, e.g. item {pick(UPPER, 3)}{rng.choice('PCHF')}{pick(UPPER, 1)}{pick(DIGITS, 4)}"
          f"{pick(UPPER, 1)} ships from Pune.",
          "a PAN-shaped product code")
    f.neg("aadhaar", f"SKU DRILL{pick(DIGITS, 4)}Z and SKU PUMPH{pick(DIGITS, 4)}Q are back in stock.", "PAN-shaped SKUs")
    return f


# ------------------------------------------------------------------ split and write
if __name__ == "__main__":
    dev_records, holdout_records = split([password_lang(), password_shapes(), phone_regional(), email_context(),
                                          vendor_shapes(), ids_cards()], rng)
    write(dev_records, HERE / "dev_pass24.jsonl", "p24-")
    write(holdout_records, HERE / "dev_pass24_holdout.jsonl", "p24h-")
