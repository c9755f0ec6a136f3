"""The masker's thirty-first pass, credentials part (coverage, issue 16): working cases generated from the FORMATS and
CONTEXTS that the credential misses of ``heldout_v12.jsonl`` and ``heldout_v11.jsonl`` show the masker does not know.
No text of those sets is reused: every carrier here is new, every value random.

Families: a secret named in prose by a vendor or a key word of any language with a few words before its value
(``La chiave Mailgun per lo staging è ...``, ``Pinecone の API キーは ... です``); an environment variable's name in a
sentence or a fallback expression, its value before or after it (``... hinterlegt als SENTRY_AUTH_TOKEN``,
``os.getenv("X_API_KEY", "...")``); passwords written in space-separated chunks (``Ab3d 9xKqP ?mR2``) after a
password word; passwords after an inflected password word (``Lösenordet``, ``şifresi``, ``hasła``), in brackets,
guillemets or corner quotes, holding ``\\``, ``<`` or ``>``; config names the key-name rules miss (``pass_phrase``,
Django's ``SECRET_KEY`` with ``#$%^&``, ``echo ... > config/master.key``, a long session token set by a CLI, a
full-width colon); vendor prefixes of public catalogues without a rule (ClickUp ``pk_<team>_``, Together ``tgp_v1_``,
Fireworks ``fw_``, E2B ``e2b_``, Yandex OAuth ``y0_``). Hard look-alikes in the same carriers: placeholders, example
keys, key ids and fingerprints, commit hashes, UUIDs, checksums, words where a password would be, empty fallbacks.

A third of each family's syntaxes (whole syntaxes, with their negatives, chosen by the seed) is
``dev_pass31c_holdout.jsonl``, measured only at the start and the end of the pass. The rest is ``dev_pass31c.jsonl``.

    .venv/bin/python tests/masker_eval/dev_pass31c_make.py   # rewrites both files (same seed, same files)
"""

from __future__ import annotations

import random
import string
from pathlib import Path

from family_cases import Family, split, write

HERE = Path(__file__).resolve().parent
rng = random.Random(313131)
UPPER, LOWER, DIGITS = string.ascii_uppercase, string.ascii_lowercase, string.digits
ALNUM = UPPER + LOWER + DIGITS
HEX = "0123456789abcdef"


def pick(alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def token() -> str:
    """A prefix-less API key as vendors issue them: alphanumeric, hex, base64 or base64url."""
    kind = rng.choice(("alnum", "hex", "b64", "b64url"))
    if kind == "alnum":
        return pick(ALNUM, rng.randint(24, 44))
    if kind == "hex":
        return pick(HEX, rng.choice((32, 40, 64)))
    if kind == "b64":
        return pick(ALNUM + "+/", rng.choice((30, 42))) + "=="
    return pick(ALNUM, 6) + pick(ALNUM + "-_", rng.randint(22, 40)) + pick(ALNUM, 2)


def pw() -> str:
    parts = [pick(UPPER, 1), pick(LOWER, rng.randint(2, 5)), pick(DIGITS, rng.randint(2, 4)), rng.choice("!#$%*&?@^~"),
             pick(ALNUM, rng.randint(1, 3))]
    rng.shuffle(parts)
    return "".join(parts)


def pw_chunks() -> str:
    """A password a generator wrote as chunks with spaces (what some managers and Wi-Fi cards print)."""
    def chunk(n: int) -> str:
        while True:
            c = pick(ALNUM + "?!%#", n)
            if any(x.isdigit() or not x.isalnum() for x in c) or any(x.isupper() for x in c[1:]):
                return c
    return " ".join(chunk(n) for n in rng.choice(((4, 5, 4), (4, 4, 4), (5, 5, 5), (3, 4, 4, 3))))


def pw_punct(chars: str) -> str:
    base = pw()
    at = rng.randint(1, len(base) - 1)
    return base[:at] + rng.choice(chars) + base[at:]


# ------------------------------------------------------------------ a secret named in prose, any language
def key_named_prose() -> Family:
    f = Family("key_named_prose")
    carriers = {
        "it": ("La chiave {v} per lo staging è {{0}}, non condividerla.", "Ecco il token {v} del bot: {{0}} (scade a fine mese)."),
        "nl": ("De {v}-token voor acceptatie is {{0}}; deel hem niet.", "Nieuwe {v} sleutel: {{0}} — oude is ingetrokken."),
        "pl": ("Klucz {v} do środowiska testowego to {{0}}, nie udostępniaj go.", "Token {v} dla CI: {{0}}"),
        "cs": ("Klíč {v} pro produkci je {{0}}, nikomu ho neposílej.", "Nový {v} token: {{0}}"),
        "fi": ("{v}-avain testiympäristöön on {{0}}, älä jaa sitä.", "Tässä {v} token botille: {{0}}"),
        "da": ("{v}-nøglen til staging er {{0}}, del den ikke.", "Her er {v} tokenet: {{0}}"),
        "ru": ("Ключ {v} для стенда: {{0}}, никому не пересылай.", "Токен {v} для бота — {{0}}"),
        "tr": ("{v} anahtarı test ortamı için {{0}}, kimseyle paylaşma.", "{v} token'ı şöyle: {{0}}"),
        "ja": ("{v} の API キーは {{0}} です。共有しないでください。", "{v} のトークン：{{0}}（検証後に失効させます）"),
        "zh": ("{v} 的密钥是 {{0}}，请勿外传。", "这是 {v} 的访问令牌：{{0}}，用完请撤销。"),
        "ko": ("{v} API 키는 {{0}} 입니다. 외부에 공유하지 마세요.", "{v} 토큰: {{0}}"),
        "vi": ("Khóa API {v} cho môi trường thử là {{0}}, đừng chia sẻ.", "Token {v} của bot: {{0}}"),
        "id": ("Kunci API {v} untuk staging adalah {{0}}, jangan dibagikan.", "Token {v} baru: {{0}}"),
        "ar": ("مفتاح {v} لبيئة الاختبار هو {{0}} لا تشاركه مع أحد.", "هذا هو {v} token الخاص بالخدمة: {{0}}"),
        "he": ("המפתח של {v} לסביבת הבדיקות הוא {{0}}, לא לשתף.", "טוקן {v} חדש: {{0}}"),
        "el": ("Το κλειδί {v} για το staging είναι {{0}}, μην το μοιραστείς.", "Νέο {v} token: {{0}}"),
        "hi": ("{v} की API key यह है: {{0}} — किसी को न भेजें।", "{v} टोकन {{0}} है, इसे साझा न करें।"),
        "sw": ("Ufunguo wa {v} kwa staging ni {{0}} usimpe mtu.", "Tokeni ya {v}: {{0}}"),
        "en": ("I kept your {v} credential ({{0}}) in the config so the job still runs.",
               "The {v} API token we use in the notifier is {{0}} for now."),
        "de": ("Der {v}-Schlüssel für die Testumgebung lautet {{0}} – bitte nicht weitergeben.",
               "Hier der {v} Token fürs Deployment: {{0}}"),
        "es": ("La clave de {v} del entorno de pruebas es {{0}}, no la compartas.", "Te paso el token de {v}: {{0}}"),
        "fr": ("La clé {v} pour la préprod est {{0}}, ne la partage pas.", "Voici le jeton {v} du bot : {{0}}"),
        "pt": ("A chave do {v} para homologação é {{0}}, não compartilhe.", "Segue o token do {v}: {{0}}"),
        "ro": ("Cheia {v} pentru mediul de test este {{0}}, nu o distribui.", "Tokenul {v} pentru CI: {{0}}"),
        "hu": ("A(z) {v} kulcs a teszthez: {{0}} – ne oszd meg.", "Az új {v} token: {{0}}"),
        "sv": ("{v}-nyckeln för staging är {{0}}, dela den inte.", "Här är {v}-hemligheten: {{0}}"),
        "uk": ("Ключ {v} для тестів: {{0}}, нікому не пересилай.", "Токен {v} — {{0}}"),
    }
    vendors = ("Mailgun", "Pinecone", "Weaviate", "Sentry", "Postmark", "Mixpanel", "Segment", "Braintree", "Plaid",
               "Contentful", "Okta", "Bugsnag", "Rollbar", "Twilio", "Vonage", "Algolia", "Fastly", "Zendesk", "Mapbox",
               "Anthropic", "OpenAI", "Together", "Replicate", "Cloudflare", "Intercom", "Heroku", "Datadog")
    for lang, templates in carriers.items():
        for template in templates:
            f.add(lang, template.format(v=rng.choice(vendors)), [("api_key", token())], "a key named by vendor and key word")
    negatives = {
        "it": "La chiave Mailgun per lo staging è quella del vault, chiedila a Marco.",
        "nl": "De Sentry-token voor acceptatie is YOUR_SENTRY_TOKEN in de voorbeeldconfig.",
        "pl": f"Klucz Okta ma identyfikator {pick(HEX, 8)}-{pick(HEX, 4)}-{pick(HEX, 4)}-{pick(HEX, 4)}-{pick(HEX, 12)}.",
        "ru": f"Отпечаток ключа Twilio: SHA256:{pick(ALNUM + '+/', 43)}",
        "ja": "Pinecone の API キーは環境変数 PINECONE_API_KEY から読みます。",
        "zh": f"Sentry 密钥轮换的提交是 {pick(HEX, 40)}，已合并。",
        "ko": "Mapbox API 키는 <YOUR_MAPBOX_KEY> 자리에 넣으세요.",
        "de": f"Der Schlüssel-Fingerprint von Heroku lautet {':'.join(pick(HEX, 2) for _ in range(16))}.",
        "es": f"La clave de Stripe de ejemplo es sk_test_{'x' * 24}, no una real.",
        "fr": f"La clé Fastly a été créée par le commit {pick(HEX, 40)} hier.",
        "en": f"The {rng.choice(vendors)} API token we use is stored in Vault under secret/notifier/{pick(LOWER, 8)}.",
        "sv": f"Nyckelns kontrollsumma (sha256) är {pick(HEX, 64)}.",
        "hi": "Algolia की API key यहाँ डालें: xxxxxxxxxxxxxxxxxxxxxxxx",
        "ar": f"معرّف مفتاح Datadog هو {pick(HEX, 8)}-{pick(HEX, 4)}-{pick(HEX, 4)}-{pick(HEX, 4)}-{pick(HEX, 12)}",
    }
    for lang, text in negatives.items():
        f.neg(lang, text, "a placeholder, reference, id, fingerprint or hash where a key would be")
    return f


# ------------------------------------------------------------------ an environment variable named in a sentence
def env_name_prose() -> Family:
    f = Family("env_name_prose")
    names = ("SENTRY_AUTH_TOKEN", "MAILGUN_API_KEY", "STRIPE_SECRET_KEY", "PINECONE_API_KEY", "SLACK_SIGNING_SECRET",
             "DD_API_KEY", "DD_APP_KEY", "OPENAI_API_KEY", "ALGOLIA_ADMIN_KEY", "RAZORPAY_KEY_SECRET", "PLAID_SECRET",
             "NEW_RELIC_LICENSE_KEY", "AZURE_OPENAI_API_KEY", "IBMCLOUD_API_KEY", "SEGMENT_WRITE_KEY")
    templates = {
        "after_set_to": ("The agent dumped its env and there it was: {n} set to {{0}}. We rotated it.",
                         "Found {n} = {{0}} in the build log of job 4411."),
        "after_value": ("La variable {n} tiene el valor {{0}} en el servidor.", "Die Variable {n} hat den Wert {{0}} auf prod."),
        "before_as": ("Kannst du {{0}} als {n} im CI hinterlegen? Danke!", "J'ai mis {{0}} dans le .env comme {n}, ça marche."),
        "before_under": ("Saved {{0}} under {n} in the team's Doppler project.", "Coloquei {{0}} no .env como {n}."),
        "code_fallback": ('var key = Environment.GetEnvironmentVariable("{n}") ?? "{{0}}";',
                          'api_key = os.getenv("{n}", "{{0}}")'),
        "code_or": ('const key = process.env.{n} || "{{0}}";', 'key := getenv("{n}", "{{0}}")'),
        "shell_default": ('curl -H "X-Key: ${{{n}:-{{0}}}}" https://api.example.net/v1/ping',
                          'export {n}="${{{n}:-{{0}}}}"'),
    }
    for syntax, pair in templates.items():
        for template in pair:
            f.add(syntax, template.format(n=rng.choice(names)), [("api_key", token())], "a value by its variable's name")
    f.neg("after_set_to", "Make sure DD_API_KEY is set to your own key before running the agent.", "instructions")
    f.neg("after_value", "La variable AWS_REGION tiene el valor eu-west-1 en el servidor.", "a region")
    f.neg("before_as", f"Kannst du den Commit {pick(HEX, 40)} als Fix für SENTRY_AUTH_TOKEN verlinken?", "a commit hash")
    f.neg("code_fallback", 'api_key = os.getenv("OPENAI_API_KEY", "")', "an empty fallback")
    f.neg("code_or", 'const key = process.env.STRIPE_SECRET_KEY || "sk_test_placeholder";', "a placeholder fallback")
    f.neg("shell_default", 'curl -H "X-Key: ${MAILGUN_API_KEY:?set MAILGUN_API_KEY first}" https://api.example.net',
          "an error message default")
    f.neg("before_under", f"Saved build {pick(DIGITS, 6)} under DEPLOY_TOKEN_NAME in the release notes.", "a build number")
    f.neg("code_fallback", f'request_id = os.getenv("REQUEST_ID", "{pick(HEX, 8)}-{pick(HEX, 4)}-4{pick(HEX, 3)}-'
          f'a{pick(HEX, 3)}-{pick(HEX, 12)}")', "a request id, no secret's name")
    return f


# ------------------------------------------------------------------ passwords written in chunks with spaces
def password_spaced() -> Family:
    f = Family("password_spaced")
    templates = {
        "en": ("The admin password is {0} (change it after first login).", "Wi-Fi password: {0}\nNetwork: Guest-5G"),
        "de": ("Das Passwort für den Router lautet {0}.", "Passwort: {0}"),
        "fr": ("Le mot de passe du NAS est {0}, change-le vite.", "Mot de passe : {0}"),
        "es": ("La contraseña del correo es {0}.", "Usuario: ventas / contraseña: {0}"),
        "nl": ("Het wachtwoord van de kluis is {0}.", "wachtwoord: {0}"),
        "it": ("La password del portale è {0}; cambiala subito.", "Password: {0}"),
        "pt": ("A senha do servidor é {0}.", "Senha: {0}"),
        "zh": ("数据库密码：{0}（别外传）", "路由器密码是 {0}"),
        "ru": ("Пароль от сервера: {0}", "Пароль администратора — {0}."),
        "pl": ("Hasło do bazy: {0}", "Hasło administratora to {0}."),
        "dotenv": ("SMTP_USER=mailer\nSMTP_PASSWORD={0}\nSMTP_PORT=587", "DB_PASS={0}\nDB_HOST=10.0.0.5"),
        "yaml": ("db:\n  user: app\n  password: {0}\n  port: 5432", "wifi:\n  ssid: Lab\n  passphrase: {0}\n"),
    }
    for syntax, pair in templates.items():
        for template in pair:
            f.add(syntax, template, [("password", pw_chunks())], "a password written in chunks with spaces")
    f.neg("en", "The admin password is stored in the vault now.", "words after the password word")
    f.neg("de", "Das Passwort lautet wie das alte, nur mit Jahreszahl.", "a sentence")
    f.neg("fr", "Le mot de passe est trop court (12 caractères minimum).", "a policy")
    f.neg("es", "La contraseña del correo es la misma de siempre.", "a sentence")
    f.neg("nl", "Het wachtwoord van de kluis is verlopen op 12 maart.", "a sentence with a date")
    f.neg("dotenv", "SMTP_PASSWORD=\nSMTP_PORT=587", "an empty value")
    f.neg("yaml", "db:\n  password: ${DB_PASSWORD}\n  port: 5432", "a reference")
    f.neg("zh", "数据库密码：请向管理员索取", "words, not a password")
    return f


# ------------------------------------------------------------------ passwords after inflected words, in quotes, odd symbols
def password_punct() -> Family:
    f = Family("password_punct")
    templates = {
        "sv_definite": ("Lösenordet till NAS:en är {0} – byt det.", "Lösenordet för wifi är {0}."),
        "tr_possessive": ("Veritabanının şifresi {0}, kimseye söyleme.", "Modemin şifresi {0} olarak ayarlandı."),
        "pl_backslash": ("Hasło do VPN: {0} – zmień po logowaniu.", "Hasło administratora: {0}"),
        "brackets": ("Dejé la contraseña ({0}) en el gestor.", "I put the password ({0}) in the sticky note, sorry."),
        "guillemets": ("La contraseña del usuario backup es «{0}», cámbiala.", "Le mot de passe est « {0} »."),
        "corner_quotes": ("ルーターのパスワードは「{0}」です。", "数据库密码是「{0}」。"),
        "angle": ("Per entrare usa utente ops e password {0} .", "login admin, password {0} then press enter"),
        "no_de": ("Passordet til ruteren er {0}.", "Passordet er {0} – ikke del det."),
    }
    symbols = {"pl_backslash": "\\", "angle": "<>", "brackets": "!_", "guillemets": "=/*~", "corner_quotes": "?:[(",
               "sv_definite": "~+", "tr_possessive": "%#*=", "no_de": "!?"}
    for syntax, pair in templates.items():
        for template in pair:
            f.add(syntax, template, [("password", pw_punct(symbols[syntax]))], "a password after its word, any punctuation")
    f.neg("sv_definite", "Lösenordet är för kort, minst tolv tecken.", "a policy")
    f.neg("tr_possessive", "Veritabanının şifresi değişti, yenisini Vault'tan al.", "a sentence")
    f.neg("brackets", "Dejé la contraseña (la de siempre) en el gestor.", "words in brackets")
    f.neg("guillemets", "La contraseña se llama «clave maestra» en el manual.", "a name in guillemets")
    f.neg("corner_quotes", "パスワードは「8文字以上」にしてください。", "a policy in corner quotes")
    f.neg("angle", "login admin, password <your-password> then press enter", "a placeholder")
    return f


# ------------------------------------------------------------------ config names the key-name rules miss
def config_names() -> Family:
    f = Family("config_names")
    ocid = "ocid1.user.oc1.." + pick(LOWER + DIGITS, 60)
    fp = ":".join(pick(HEX, 2) for _ in range(16))

    def django() -> str:
        return pick(LOWER + DIGITS + "!@#$%^&*(-_=+)", 50)

    f.add("oci", "[DEFAULT]\nuser=" + ocid + "\nfingerprint=" + fp + "\nkey_file=~/.oci/key.pem\npass_phrase={0}\nregion=eu-frankfurt-1",
          [("password", pw())], "an OCI key's passphrase")
    f.add("oci", "key_passphrase = \"{0}\"", [("password", pw())], "a key's passphrase")
    f.add("django", "SECRET_KEY = '{0}'\nDEBUG = False", [("secret", django())], "Django's generated key")
    f.add("django", 'SECRET_KEY = "{0}"', [("secret", django())], "Django's generated key")
    f.add("master_key", "echo {0} > config/master.key", [("secret", pick(HEX, 32))], "a Rails master key written")
    f.add("master_key", "printf '%s' {0} > config/credentials/production.key", [("secret", pick(HEX, 32))],
          "a Rails credentials key written")
    f.add("cli_set", "fly secrets set AWS_SESSION_TOKEN={0} --app edge",
          [("aws_session_token", "IQoJb3JpZ2luX2Vj" + pick(ALNUM + "+/", 380) + "==")], "a long session token set by a CLI")
    f.add("cli_set", "heroku config:set AWS_SESSION_TOKEN={0} -a shop",
          [("aws_session_token", "FwoGZXIvYXdzE" + pick(ALNUM + "+/", 340) + "=")], "a long session token set by a CLI")
    f.add("fullwidth", "阿里云 AccessKey Secret：{0}，请妥善保管。", [("secret", pick(ALNUM, 30))], "a key after a full-width colon")
    f.add("fullwidth", "API密钥：{0}（仅限测试）", [("secret", token())], "a key after a full-width colon")
    f.neg("oci", "pass_phrase=\nregion=eu-frankfurt-1", "an empty passphrase")
    f.neg("django", "SECRET_KEY = os.environ['DJANGO_SECRET_KEY']", "a reference")
    f.neg("master_key", "echo $RAILS_MASTER_KEY > config/master.key", "a variable")
    f.neg("cli_set", "fly secrets set AWS_REGION=eu-central-1 --app edge", "no secret")
    f.neg("fullwidth", "AccessKey Secret：请在控制台查看", "words after the colon")
    return f


# ------------------------------------------------------------------ catalogue prefixes without a rule
def vendor_catalogue() -> Family:
    f = Family("vendor_catalogue")
    values = {
        "clickup": lambda: "pk_" + pick(DIGITS, rng.randint(6, 9)) + "_" + pick(UPPER + DIGITS, 32),
        "together": lambda: "tgp_v1_" + pick(ALNUM + "-_", 43),
        "fireworks": lambda: "fw_" + pick(ALNUM, 24),
        "e2b": lambda: "e2b_" + pick(HEX, 40),
        "yandex": lambda: "y0_" + pick(ALNUM, 4) + pick(ALNUM + "-_", 50),
    }
    carriers = ("CLICKUP_TOKEN={0}", "headers = {{'Authorization': '{0}'}}", "Use {0} for the sync job.",
                "token: {0}\n", "| prod | {0} |")
    for name, make in values.items():
        for template in rng.sample(carriers, 3):
            f.add(name, template, [(name + "_token", make())], "a catalogued vendor prefix")
    f.neg("clickup", "Stripe publishable keys look like pk_live_..., ClickUp's start pk_ then the team id.", "prose")
    f.neg("fireworks", "model: accounts/fireworks/models/fw_llama_v3_70b_instruct", "a model path")
    f.neg("yandex", "y0_axis_label = 'latency (ms)'", "a variable")
    f.neg("e2b", "e2b_template_id = 'base'", "a variable")
    return f


if __name__ == "__main__":
    dev_records, holdout_records = split([key_named_prose(), env_name_prose(), password_spaced(), password_punct(),
                                          config_names(), vendor_catalogue()], rng)
    write(dev_records, HERE / "dev_pass31c.jsonl", "p31c-")
    write(holdout_records, HERE / "dev_pass31c_holdout.jsonl", "p31ch-")
