"""The built-in rules: secrets defined by their format, personal data confirmed by a validator.

Patterns use the syntax shared by Python and RE2 and are compiled like custom
rules. Order matters only when two rules match at the same position: the more
specific rule comes first (a key id with its secret before the key id alone,
vendor formats before the generic ``secret=`` rules, database URLs before any
URL). Vendor formats (prefixes, lengths, alphabets) follow what public secret
scanners document; the rules are written here, checked by ``validators``.

Value classes never contain a line end (``\\r``, ``\\n``, or the ``\\n`` of JSON
text) unless the format spans lines (key blocks), so a match stops where its
line does.
"""

from __future__ import annotations

import re

from stdnum.at import vnr as at_vnr
from stdnum.au import abn, acn
from stdnum.bg import egn
from stdnum.cr import cpf as cr_cpf
from stdnum.cz import rc as cz_rc
from stdnum.do import cedula as do_cedula
from stdnum.ec import ci as ec_ci
from stdnum.ee import ik as ee_ik
from stdnum.gr import amka
from stdnum.hr import oib
from stdnum.id import nik as id_nik
from stdnum.is_ import kennitala
from stdnum.it import iva as it_iva
from stdnum.jp import in_ as jp_in
from stdnum.lt import asmens
from stdnum.mx import rfc as mx_rfc
from stdnum.my import nric as my_nric
from stdnum.nz import ird as nz_ird
from stdnum.pk import cnic as pk_cnic
from stdnum.ru import inn as ru_inn
from stdnum.sg import uen as sg_uen
from stdnum.si import emso
from stdnum.th import pin as th_pin
from stdnum.ua import rntrc
from stdnum.us import ein as us_ein

from . import mrz_zones as mz
from . import named_secret_carriers as nsc
from . import national_id_layouts as nil
from . import national_ids as ni
from . import password_places as pp
from . import personal_formats as pf
from . import scanner_catalogue as sc
from . import tool_secret_carriers as tsc
from . import validators as v
from . import wallet_private_keys as wk
from .columns import REACH as COLUMN_REACH
from .columns import column_pattern, header_words
from .engine import WIDE_CONTEXT, Rule

SECRET, PII, NETWORK = "secret", "pii", "network"

_PEM_LABEL = r"(?:[A-Z0-9]{1,12} ){0,3}PRIVATE KEY-----"
_PEM = rf"-----BEGIN {_PEM_LABEL}[A-Za-z0-9+/=:,\\ \t\r\n\"'-]*?-----END {_PEM_LABEL}(?:\\r)?(?:\\n)?"
"""Base64 lines, Proc-Type/DEK-Info headers, newlines raw or JSON-escaped (the escaped one ending a JSON string's key
is the key's); the quotes, commas and ``+`` of a key split into one string per line in code (Python, Java, JS
arrays); ``unbounded`` keeps ``*?`` cheap."""
_LINES = r"(?:[^\\]|\\[rnt])*?"  # any lines, raw or JSON-escaped line ends
_PGP = rf"-----BEGIN PGP PRIVATE KEY BLOCK-----{_LINES}-----END PGP PRIVATE KEY BLOCK-----"
_KEY_BLOCK_LENGTH = 12000
"""Characters of a key block's body (an RSA 8192 PEM key is ~6,400)."""
_KEY_PREFIX = r"\b(?:[A-Za-z0-9]{1,20}[_.-]){0,4}"  # DB_, MYSQL_ROOT_, aws_, config.
_ASSIGN = (r"\\?[\"']?\]?(?:[ \t]{0,2}:?[ \t]{1,2}[A-Za-z][A-Za-z0-9_<>?]{0,20}[ \t]{1,3}:?="
           r"|[ \t]{0,3}:[ \t]{0,3}[|>][-+]?[ \t]{0,3}(?:\r?\n|\\n)[ \t]{1,12}"
           r"|[ \t]{0,3}(?:[:=]|=>|:{1,3}=|\|\|=|\?\?=|[.?+]=)|[ \t]{4,24}(?:=|=>|:=)"
           r"<comma>)[ \t]{0,3}(?:(?:\[\]byte\(|\(?\\?|[bN])[\"'`]|@\"|\"\"\"|''')?")  # Go's []byte("..."), Python's b"...", T-SQL's N'...'
"""``=``, ``:``, ``=>``, ``:=``, ``::=``, ``?=``, ``??=``, ``.=``, ``+=``, ``||=``, after a subscript's closing bracket
(``os.environ["DB_PASSWORD"] =``, ``$config['smtp_pass'] =``) or an optional type (``apiKey: string =``,
``password string =``), or ``=`` aligned far right of its name (Terraform, Go, Ruby hashes); a YAML block scalar (``token:
|`` and the value on the next line); a quoted name and value separated by a comma (``setProperty("API_TOKEN", "...")``);
before an optional quote (JSON-escaped ``\"``, ``@"`` for C# verbatim strings, ``("`` for a shell array, a triple-quoted
Python or TOML string)."""
_ASSIGN_KEY = _ASSIGN.replace("<comma>", r"|[\"'][ \t]{0,3},[ \t]{0,3}[\"']")
"""For key names only: a password rule would take the next word of a list (``"passwd", "chpasswd"``)."""
_ASSIGN = _ASSIGN.replace("<comma>", "")
_NL = r"(?:\r?\n|\\n)"
_GROUPED = r"\d[\d .-]{6,16}\d"
"""A number written in groups (``51 824 753 556``, ``IT 0123.4567.890``): its validator finds its real end."""


def _digit_groups(*lengths: int) -> str:
    """An all-digit id of one of ``lengths`` in any grouping people write: a space, dot or dash between any two
    digits (``12 345 678 901``, ``808.957.48070``); its validator drops them before the checksum."""
    return "|".join(rf"\d(?:[ .-]?\d){{{n - 1}}}" for n in lengths)


_DATA_LINES = rf"(?:[ \t]{{1,8}}[A-Za-z0-9_.-]{{1,64}}:[^\r\n\\]{{0,200}}{_NL})*[ \t]{{1,8}}[A-Za-z0-9_.-]{{1,64}}:[^\r\n\\]{{1,200}}"
"""The indented ``key: value`` lines of a YAML mapping (a Kubernetes Secret's ``data``)."""
_URL_USER = r"[^\s:/?#@\"'\\]{0,64}"
_URL_PASSWORD = r"(?P<v>[^\s/?#@\"'\\][^\s/?@\"'\\]{0,127})@[A-Za-z0-9\[]"
"""A URL's password: a ``#`` inside it is the password's, pasted unencoded (``shop:Sh0p!Db#2025@db``), as the ``@host``
after it shows; one first would start a fragment."""
_DB_SCHEMES = r"(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|oracle|cockroachdb|clickhouse|jdbc:[a-z]{2,12})"
_END = r"(?:\b|$)"
_U_LETTER = "[\u00c0-\u1fff\u2070-\u2fff\u3040-\ufeff\uff21-\uffef\U00010000-\U0010ffff]"
"""A letter past ASCII as RFC 6531 addresses and IDN domains hold them (``josé``, ``пример.рф``, ``例子.广告``), without
the Latin-1 symbols, the general and CJK punctuation and the full-width signs (``：``, ``，``) that end a value."""
_TEST_WORDS_AFTER = (r"to simulate|simulates|is a test|is the test|for testing|test|sandbox|prueba|teste|essai|prova"
                     r"|succeeds|declines|declined|insufficient|fails|always|requires|with any")
"""What follows a published test card number calling it one ('4000 0000 0000 0002 to simulate a decline'), or the
outcome a processor's docs give it ('| succeeds |', '# always declined')."""
_CARD = r"\d{6}[ -]\d{10,13}|\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{3}|\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{1,7}|3[47]\d{2}[ -]?\d{6}[ -]?\d{5}|3[0689]\d{2}[ -]?\d{6}[ -]?\d{4}"
_B64 = r"[A-Za-z0-9/+]"
_INVALID_WORDS = r"(?i:checksum|invalid|not valid|fake|mismatch)"
"""Words after a token saying it is no real one (``ghp_... (invalid: checksum mismatch)``); a revoked token was real."""

# Names that make the value after them a credential: password family (any non-trivial value)
# and key family (the value must look random). Vendor names count as key names.
_PASSWORD_WORDS = (r"(?i:password|passwd|passphrase|pass_?word|pwd|_pw|passcode|db_?pass|user_?pass|[_.]pass\b|passwort|kennwort"
                   r"|psk\b|rootpw|bindpw|authtok\b)")  # a Wi-Fi pre-shared key (psk: in netplan, wpa_psk=); OpenLDAP's
# rootpw (olcRootPW), nslcd's bindpw, sssd's ldap_default_authtok
_VENDORS = (
    "adafruit|adobe|airtable|algolia|alibaba|asana|atlassian|confluence|jira|beamer|bitbucket|bittrex|meraki|"
    "cloudflare|codecov|cohere|coinbase|confluent|contentful|datadog|discord|droneci|dropbox|etsy|facebook|fastly|"
    "finicity|finnhub|flickr|freshbooks|gitter|gocardless|heroku|hubspot|intercom|jfrog|artifactory|kraken|kucoin|"
    "launchdarkly|linkedin|looker|mailchimp|mailgun|mapbox|mattermost|messagebird|netlify|newrelic|new_relic|"
    "nytimes|okta|plaid|rapidapi|sendbird|sentry|sidekiq|snyk|sonar|squarespace|sumologic|telegram|travis|twitch|"
    "twitter|typeform|yandex|zendesk|vercel|supabase|firebase|mistral|together|fireworks|deepseek|azure|openai|"
    "anthropic|replicate|pinecone|weaviate|elastic|algolia|segment|mixpanel|amplitude|pagerduty|opsgenie|circleci|"
    "bugsnag|rollbar|honeycomb|logdna|loggly|papertrail|pusher|ably|twilio|vonage|nexmo|plivo|sendgrid|postmark|"
    "sparkpost|mandrill|shopify|square|paypal|braintree|adyen|razorpay|paystack|flutterwave|mollie|klarna|wise"
)
_KEY_WORDS = (
    r"(?i:secret|client_?secret|api_?key|apikey|api-key|access_?key|access-key|secret_?key|private_?key|"
    r"auth_?key|token|access_?token|auth_?token|bearer|credentials?|signing_?key|encryption_?key|master_?key|"
    r"webhook_?secret|session_?key|hmac_?key|hmac_?secret|app(?:lication)?[_-]?key|license[_-]?key|consumer_?secret|account[_-]?key|sas_?token|conn(?:ection)?_?string|"
    r"subscription-?_?key|"
    + _VENDORS + ")"
)
_PROSE_PASSWORD_WORDS = (r"password|passwort|kennwort|mot de passe|contraseña|contrasenya|senha|palavra-passe|wachtwoord|"
                         r"parool|passphrase|passcode|pwd|lösenord|losenord|salasana|adgangskode|passord|sifre|parola|"
                         r"heslo|geslo|lozinka|kata sandi|kata laluan|jelszo|contrasena")
"""The word for a password in the languages the rules know, where ASCII word boundaries delimit it."""
_PROSE_PASSWORD_WORDS_UNICODE = (r"(?:[Hh]as[lł]o|[Jj]elszó|[Şş]ifre|[Пп]арол[ьа]|ПАРОЛЬ|パスワード|密[码碼]|비밀번호|סיסמה|كلمة المرور"
                                 r"|[Mm]ật khẩu|[Pp]arolă|[Κκ]ωδικός|ΚΩΔΙΚΟΣ|पासवर्ड|รหัสผ่าน|[Лл]озинка|[Гг]асло)")
"""Words that start or end outside ASCII (RE2's \\b is ASCII-only), matched without boundaries."""
_SECRET_VARIABLE = (r"[A-Za-z0-9_]{0,40}?(?i:password|passwd|passphrase|pwd|_pass\b|secret|token|api_?key|apikey|"
                    r"private_?key|master_?key|credentials?)[A-Za-z0-9_]{0,20}")
"""A variable named for the secret it holds (``DB_PASSWORD``, ``API_SECRET``, ``SECRET_KEY_BASE``)."""
_PASSWORD_HEADERS = (r"password|passwort|kennwort|passwd|pwd|pass|contraseña|contrasena|senha|mot de passe|wachtwoord|"
                     r"lösenord|losenord|hasło|haslo|salasana|adgangskode|passord|şifre|sifre|parola|heslo|пароль|"
                     r"Пароль|密码|密碼|パスワード|비밀번호|mật khẩu|clave")
"""A password column's header in the languages the rules know: its cells with a symbol in them are passwords."""
_PROSE_VALUE = rf"(?P<v>(?:(?:[A-Za-z]|{_U_LETTER}){{0,40}}[0-9!@#$%^&*?+=~_()\[\]{{}}|/-]|\.)[^\s\"'`]{{0,80}})"
"""A password in prose: letters, then a digit or symbol, then anything but space and quotes; or a full stop first
(``.r5p#9ct``), where letters then a dot would be code (``models.CharField(``). The letters-only start
keeps the keyword pass linear (a class that overlaps what follows it would multiply its states)."""
_WORDS_GAP = r"(?:[^\r\n\w]{1,3}[A-Za-z]{1,12}){0,3}[^\r\n\w]{1,4}"
"""Up to three words between a context word and its value ("bitcoin address: ", "ETH wallet is ", JSON's ``": "``)."""
_NAME_TAIL = r"(?:[_.-]?[A-Za-z0-9]{1,20}){0,3}"
_NEXT_FIELD = r"\\?[\"']?[ \t]{0,3}(?:,[ \t]{0,3}(?:\r?\n|\\n)?|\r?\n|\\n)[ \t]{0,12}\\?[\"']?[A-Za-z_-]{0,20}"
"""From the end of one field's value to the next field's name, up to its last word: ``",\\n  "id_`` or ``\\nid_``."""
_SIBLING_VALUE = _NEXT_FIELD + r"(?i:value|number|num|no|nr)\\?[\"']?[ \t]{0,3}[:=][ \t]{0,3}\\?[\"']?"
"""An id's value in the field after the one naming its kind: ``id_type: BSN`` then ``id_value: ...`` on the next
line, ``"document_type": "CPF", "document_number": "..."`` in one JSON object."""
_ANSWER_LINE = (r"[^\r\n\d]{0,40}(?:\r?\n|\\n)(?:[^\r\n\d]{0,30}[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?[\])]?)?"
                r"[^\r\n\d]{0,40}")
"""The line after a question naming an id (``please confirm your BSN``), its reply's time and sender before the value
(``[10:04] Anna: it's 123456782``, ``> sure: ...``): a chat's or a mail's answer gives the number asked for."""
_SIBLING_KIND = _NEXT_FIELD + r"(?i:type|kind)\\?[\"']?[ \t]{0,3}[:=][ \t]{0,3}\\?[\"']?[^\r\n\"'\\:=]{2,40}"
"""The field after an id's value naming its kind (``id_type: BSN``): the validator checks the value by that name."""


_CLI_PASSWORD = (r"(?:--(?:[a-z]{1,12}-)?(?:password|passwd|pass)(?:=|[ \t]{1,3})"
                 r"|\b(?:mysql(?:dump|admin)?|mariadb)\b[^\r\n|;&]{0,80}?[ \t]-p"
                 r"|\bmongo(?:sh|dump|restore|import|export)?\b[^\r\n|;&]{0,80}?[ \t]-p[ \t]{0,3}"
                 r"|\b(?:docker|podman|buildah|skopeo|nerdctl|oras|az|cf|oc|helm[ \t]{1,3}registry)[ \t]{1,3}login\b"
                 r"[^\r\n|;&]{0,80}?[ \t]-p[ \t]{1,3}"
                 r"|\b(?:sqlcmd|bcp|osql|isql|ipmitool|knife|zip|unzip|zipcloak)\b[^\r\n|;&]{0,80}?[ \t]-P[ \t]{0,3}"
                 r"|\bldap[a-z]{2,8}\b[^\r\n|;&]{0,80}?[ \t]-w[ \t]{1,3}"
                 r"|\b(?:psexec(?:64)?|paexec|racadm|hdbsql|rdesktop)\b[^\r\n|;&]{0,80}?[ \t]-p[ \t]{1,3}"
                 r"|\b(?:7z|7za|7zr|rar|unrar)\b[^\r\n|;&]{0,80}?[ \t]-p"  # the password attached: -pSECRET
                 r"|\b(?:xfreerdp|wlfreerdp|sdl-freerdp)\b[^\r\n|;&]{0,120}?[ \t]/p:|\bwinrs\b[^\r\n|;&]{0,80}?[ \t]-p(?:assword)?:"
                 r"|\b(?:snmp[a-z]{3,9}|net-snmp-create-v3-user)\b[^\r\n|;&]{0,160}[ \t]-[AX][ \t]{1,3}"  # SNMPv3 auth and
                 # privacy passphrases: the last of them, as the scan of a match's context finds the one before
                 r"|\bmc[ \t]{1,3}(?:alias[ \t]{1,3}set|config[ \t]{1,3}host[ \t]{1,3}add)[ \t]{1,3}[^\s]{1,64}[ \t]{1,3}"
                 r"[^\s]{1,200}[ \t]{1,3}[^\s]{1,128}[ \t]{1,3}"  # MinIO: alias, URL, access key, then the secret key
                 r"|(?:\bredis-cli\b[^\r\n|;&]{0,80}?[ \t]|:\d{2,5}>[ \t]{0,3})AUTH[ \t]{1,3}(?:[^\s:]{1,64}[ \t]{1,3})?"  # its prompt
                 r"|\bCONFIG[ \t]{1,3}SET[ \t]{1,3}(?:requirepass|masterauth)[ \t]{1,3}"
                 r"|\bopenssl[ \t]{1,3}passwd(?:[ \t]{1,3}-(?:1|5|6|apr1|aixmd5|crypt|quiet|noverify))*[ \t]{1,3}"
                 r"|\bftp>[ \t]{0,3}user[ \t]{1,3}[^\s]{1,64}[ \t]{1,3}"
                 r"|\bopenssl\b[^\r\n|;&]{0,120}?[ \t]-(?:passout|passin)[ \t]{1,3}(?:pass:)?"  # or 'pass:...' quoted
                 r"|\bssh-keygen\b[^\r\n|;&]{0,120}[ \t]-[NP][ \t]{1,3}"  # new and old: the last, the other in its context
                 r"|\bwpa_passphrase[ \t]{1,3}(?:\"[^\"\r\n]{1,32}\"|'[^'\r\n]{1,32}'|[^\s\"'<]{1,32})[ \t]{1,3}"  # SSID, then
                 r"|\bnmcli\b[^\r\n|;&]{0,120}?[ \t](?:wifi-sec\.psk|wifi-sec\.leap-password|802-1x\.password"  # the passphrase
                 r"|802-1x\.private-key-password|vpn\.secrets\.password)[ \t]{1,3}"
                 r"|\bnet[ \t]{1,3}use\b[^\r\n|;&]{0,120}?[ \t]/user:[^\s/]{1,100}[ \t]{1,3}"  # net use ... /user:x pw
                 r"|\B-(?:storepass|keypass|srcstorepass|deststorepass|srckeypass|destkeypass)[ \t]{1,3}"  # keytool, jarsigner
                 r"|\brabbitmqctl[ \t]{1,3}(?:add_user|change_password)[ \t]{1,3}[^\s]{1,64}[ \t]{1,3}"
                 r"|\bnet[ \t]{1,3}user[ \t]{1,3}[^\s/]{1,64}[ \t]{1,3}"
                 r"|\bsshpass[ \t]{1,3}-p[ \t]{0,3}|\bredis-cli\b[^\r\n|;&]{0,80}?[ \t]-a[ \t]{1,3}"
                 r"|\blftp\b[^\r\n|;&]{0,80}?[ \t]-u[ \t]{1,3}[^\s,\"']{1,64},"  # lftp -u user,password
                 r"|\bsmbclient\b[^\r\n|;&]{0,80}?[ \t](?:-U|--user)[ \t=]{1,3}[^\s%]{1,64}%"
                 r"|\bcmdkey\b[^\r\n|;&]{0,120}?[ \t]/pass:"
                 r"|\bnet[ \t]{1,3}use[ \t]{1,3}(?:[A-Za-z]:[ \t]{1,3})?\\\\[^\s]{1,100}[ \t]{1,3}"
                 r"|\bhtpasswd(?:[ \t]{1,3}-[A-Za-z]{1,6}){0,3}[ \t]{1,3}-[A-Za-z]{0,5}b[A-Za-z]{0,5}"  # -b: the password
                 r"(?:[ \t]{1,3}-[A-Za-z]{1,6}){0,3}(?:[ \t]{1,3}[^\s-][^\s]{0,200})?[ \t]{1,3}[^\s-][^\s]{0,63}[ \t]{1,3})")
"""A command-line password: the flag, or the client whose ``-p``/``-a``/``-P``/``-w`` or argument takes it (mysql, mongo,
psexec, ipmitool, racadm, bcp, knife, zip/7z/rar archives, xfreerdp /p:, winrs -p:, SNMPv3 -A/-X, MinIO mc alias set, redis
AUTH and CONFIG SET requirepass, openssl passwd, oc login,
docker/podman/az login, sqlcmd, ldapsearch, openssl pass:, keytool, rabbitmqctl, net user, sshpass, redis-cli,
smbclient -U user%pw, cmdkey /pass:, net use \\\\share pw, htpasswd -b [file] user pw)."""
_SECRET_STDIN = (r"(?:\bdocker[ \t]{1,3}secret[ \t]{1,3}create|\bgcloud[ \t]{1,3}secrets[ \t]{1,3}(?:create|versions[ \t]{1,3}add)"
                 r"|\bvercel[ \t]{1,3}env[ \t]{1,3}add|\bwrangler[ \t]{1,3}(?:pages[ \t]{1,3})?secret[ \t]{1,3}put"
                 r"|\bnetlify[ \t]{1,3}env:set|\bgh[ \t]{1,3}secret[ \t]{1,3}set|\bvncpasswd"
                 r"|\b(?:kinit|cryptsetup|smbpasswd|pdbedit|saslpasswd2)\b|\bpasswd[ \t]{1,3}--stdin\b"
                 r"|\bgpg\b[^\r\n|;&<]{0,80}?--passphrase-fd[ \t]{1,3}0\b"
                 r"|\bipa[ \t]{1,3}(?:user-add|user-mod|passwd)\b[^\r\n|;&<]{0,80}?--password\b)")
"""Commands that store or take the secret they read from stdin or a here-string (``printf '...' | docker secret create
db -``, ``vercel env add DB_PASSWORD production <<< '...'``, ``kinit admin <<< '...'``, ``cryptsetup luksOpen``,
``gpg --passphrase-fd 0``, ``pdbedit --password-from-stdin``)."""
_STDIN_PASSWORD_READERS = r"\b(?:smbpasswd|pdbedit|saslpasswd2|vncpasswd|passwd[ \t]{1,3}--stdin)\b"
"""Commands that read a new password and its confirmation from stdin: Samba's, Cyrus SASL's, VNC's, passwd --stdin."""
_ASSIGN_PLAIN = r"\\?[\"']?\]?[ \t]{0,3}(?:[:=]|=>|:=)[ \t]{0,3}"
"""An assignment whose value's opening quote follows it unescaped: inside that value a backslash escapes."""
_PASSWORD_LINE_NAME = r"[A-Za-z0-9_.-]{0,40}?(?:[Pp]ass(?:word|wd|phrase)|[Pp]wd|[_.]pass\b)(?:[_.-]?[a-z0-9]{1,20}){0,2}"
"""A password key written as INI, properties and YAML files write them (lower case, dotted): ``DB_PASSWORD`` in
capitals is an environment variable, whose value a space ends."""
_PASSWORD_LINE_NAME_CAPS = r"[A-Z0-9_.-]{0,40}?(?:PASSWORD|PASSWD|PASSPHRASE|PWD|_PASS)(?:_[A-Z0-9]{1,20}){0,2}"
"""The same key in capitals before a colon (``PASSWORD: ...``, a compose file's ``DB_PASSWORD: ...``): a YAML or label
value, which runs to the line's end as the lower-case keys' do."""


def _named(words: str, assign: str = _ASSIGN) -> str:
    """A key name holding one of ``words`` (DB_PASSWORD, spring.datasource.password, clientSecret) and its assignment."""
    return rf"\b[A-Za-z0-9_.-]{{0,40}}?{words}{_NAME_TAIL}{assign}"


def _vendor(rule_id: str, type_: str, pattern: str, validate=v.token) -> Rule:
    return Rule(rule_id, type_, pattern, validate=validate, category=SECRET)


_VENDOR_RULES: tuple[Rule, ...] = (
    # ------------------------------------------------------------ code hosts and registries
    _vendor("github_token", "github_token",  # with the words after it that may call it invalid (see v.github_named)
            rf"\b(?P<v>gh[pousr]_[A-Za-z0-9]{{36,251}}(?:[^A-Za-z0-9\r\n;|&][^\r\n;|&]{{0,32}}?{_INVALID_WORDS})?){_END}",
            v.github_named),
    _vendor("github_pat", "github_token", r"\bgithub_pat_[A-Za-z0-9_]{60,244}\b"),
    _vendor("gitlab_token", "gitlab_token",
            r"\b(?:glpat|gldt|glft|glsoat|glrt|glcbt|glffct|glimt|glagent|gloas|glptt|glwt)-[A-Za-z0-9_.-]{20,300}"),
    _vendor("gitlab_runner_registration", "gitlab_token", r"\bGR1348941[A-Za-z0-9_-]{20,40}"),
    _vendor("gitlab_session", "gitlab_token", r"_gitlab_session=(?P<v>[0-9a-z]{32})\b"),
    _vendor("bitbucket_app_password", "bitbucket_token", r"\b(?P<v>ATBB[A-Za-z0-9_=.-]{28,40})(?:[^A-Za-z0-9_=.-]|$)"),
    _vendor("atlassian_api_token", "atlassian_token", r"\bATATT3[A-Za-z0-9_=-]{150,200}"),
    _vendor("npm_token", "npm_token",  # GitHub's token format and checksum (see v.github_named)
            rf"\b(?P<v>npm_[A-Za-z0-9]{{36}}(?:[^A-Za-z0-9\r\n;|&][^\r\n;|&]{{0,32}}?{_INVALID_WORDS})?)\b",
            v.github_named),
    _vendor("pypi_token", "pypi_token", r"\bpypi-AgE[A-Za-z0-9_-]{50,1000}"),
    _vendor("rubygems_token", "rubygems_token", r"\brubygems_[a-f0-9]{48}\b"),
    _vendor("nuget_key", "nuget_key", r"\boy2[a-z0-9]{43}\b"),
    _vendor("clojars_token", "clojars_token", r"\bCLOJARS_[a-zA-Z0-9]{60}\b"),
    _vendor("docker_pat", "docker_token", r"\bdckr_(?:pat|oat)_[A-Za-z0-9_-]{27,40}"),
    _vendor("artifactory_key", "artifactory_token", r"\bAKCp[A-Za-z0-9]{69}\b|\bcmVmd[A-Za-z0-9]{59}\b"),
    _vendor("sourcegraph_token", "sourcegraph_token", r"\bsgp_(?:[a-fA-F0-9]{16}_|local_)?[a-fA-F0-9]{40}\b"),
    _vendor("jetbrains_token", "jetbrains_token", r"\bperm:[A-Za-z0-9+/=]{8,64}\.[A-Za-z0-9+/=.]{20,200}"),
    # ------------------------------------------------------------ chat and messaging
    _vendor("slack_token", "slack_token", r"\bxox[abeoprsc]-(?:[0-9A-Za-z]{1,64}-){1,5}[0-9A-Za-z]{8,200}\b"),
    _vendor("slack_config_token", "slack_token", r"\bxoxe(?:\.xox[bp])?-\d-[A-Za-z0-9]{140,200}\b"),
    _vendor("slack_app_token", "slack_token", r"\bxapp-\d-[A-Z0-9]{6,16}-\d{6,16}-[a-z0-9]{32,80}\b"),
    _vendor("slack_webhook", "slack_webhook",
            r"(?:https?://)?hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/_-]{20,120}"),
    _vendor("discord_webhook", "discord_webhook",
            r"https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/\d{17,20}/[A-Za-z0-9_-]{60,80}"),
    _vendor("discord_bot_token", "discord_token", r"\b(?P<v>[MNO][A-Za-z\d_-]{23,27}\.[A-Za-z\d_-]{6}\.[A-Za-z\d_-]{27,40})(?:[^A-Za-z\d_-]|$)"),
    Rule("google_chat_webhook", "google_chat_webhook",  # a space's incoming webhook: the URL with its key and token
         r"https://chat\.googleapis\.com/v1/spaces/[A-Za-z0-9_-]{6,40}/messages\?key=AIza[A-Za-z0-9_-]{35}"
         r"&(?:amp;)?token=[A-Za-z0-9_-]{20,100}(?:%3[Dd]|=){0,2}", category=SECRET),  # its shape is the check
    _vendor("teams_webhook", "teams_webhook",
            r"https://(?:[a-z0-9-]{1,40}\.webhook\.office\.com/webhookb2|outlook\.office(?:365)?\.com/webhook)/[A-Za-z0-9@/-]{60,200}/IncomingWebhook/[a-z0-9]{32}/[A-Za-z0-9-]{36}(?:/[A-Za-z0-9_-]{20,80})?"),
    _vendor("telegram_bot_token", "telegram_token", r"(?:\b|/bot)(?P<v>\d{8,10}:A[A-Za-z0-9_-]{34})(?:[^A-Za-z0-9_-]|$)"),
    _vendor("twilio_key", "twilio_key", r"\bSK[0-9a-f]{32}\b"),
    _vendor("sendgrid_key", "sendgrid_key", r"\b(?P<v>SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?:[^A-Za-z0-9_-]|$)"),
    _vendor("brevo_key", "brevo_key", r"\bxkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}\b|\bxsmtpsib-[a-f0-9]{64}-[A-Za-z0-9]{16}\b"),
    _vendor("mailgun_key", "mailgun_key", r"\bkey-[a-f0-9]{32}\b"),
    _vendor("mailchimp_key", "mailchimp_key", r"\b[a-f0-9]{32}-us[0-9]{1,2}\b"),
    _vendor("postman_key", "postman_key", r"\bPMAK-[a-f0-9]{24}-[a-f0-9]{34}\b"),
    # ------------------------------------------------------------ payments
    _vendor("stripe_key", "stripe_key", r"\b[rs]k_(?:live|test|prod)_[A-Za-z0-9]{10,247}\b"),
    _vendor("stripe_webhook_secret", "stripe_key", r"\bwhsec_[A-Za-z0-9+/=]{24,80}"),
    _vendor("square_token", "square_token", r"\b(?P<v>(?:sandbox-)?(?:EAAA|sq0atp-|sq0c[a-z]{2}-)[A-Za-z0-9_-]{22,60})(?:[^A-Za-z0-9_-]|$)"),
    _vendor("braintree_token", "braintree_token", r"access_token\$(?:production|sandbox)\$[0-9a-z]{16}\$[0-9a-f]{32}",
            v.braintree),
    _vendor("shopify_token", "shopify_token", r"\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\b"),
    _vendor("flutterwave_key", "flutterwave_key", r"\bFLW(?:SECK|PUBK)(?:_TEST)?-[a-hA-H0-9]{12,32}(?:-X)?"),
    _vendor("gocardless_token", "gocardless_token", r"\b(?P<v>live_[A-Za-z0-9_=-]{40})(?:[^A-Za-z0-9_=-]|$)"),
    _vendor("plaid_token", "plaid_token", r"\baccess-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b"),
    _vendor("shippo_token", "shippo_token", r"\bshippo_(?:live|test)_[a-fA-F0-9]{40}\b"),
    _vendor("duffel_token", "duffel_token", r"\bduffel_(?:test|live)_[A-Za-z0-9_=-]{43}"),
    _vendor("easypost_key", "easypost_key", r"\bEZ[AT]K[A-Za-z0-9]{54}\b"),
    _vendor("coinbase_key", "coinbase_key", r"organizations/[0-9a-f-]{36}/apiKeys/[0-9a-f-]{36}"),
    # ------------------------------------------------------------ clouds and infrastructure
    _vendor("google_api_key", "google_api_key", r"\bAIza[0-9A-Za-z_-]{35}"),
    _vendor("google_oauth_secret", "google_oauth", r"\bGOCSPX-[A-Za-z0-9_-]{28}"),
    _vendor("google_oauth_token", "google_oauth", r"\bya29\.[A-Za-z0-9_-]{30,400}"),
    _vendor("firebase_fcm_key", "google_api_key", r"\bAAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{130,160}"),
    _vendor("azure_ad_secret", "azure_secret", r"\b[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}"),
    _vendor("azure_identifiable_key", "azure_secret",  # Microsoft's identifiable keys: a fixed signature at a fixed place
            r"\b(?P<v>[A-Za-z0-9+/]{76}(?:\+ASt|ACDb|\+AMC)[A-Za-z0-9+/]{5}[AQgw]==|[A-Za-z0-9]{42}AzSe[A-Za-z0-9]{6}"
            r"|[A-Za-z0-9_-]{44}AzFu[A-Za-z0-9_-]{5}[AQgw]==|[A-Za-z0-9+/]{33}\+A(?:Sb|Eh|Rm)[A-Za-z0-9+/]{5}="
            r"|[A-Za-z0-9]{76}APIM[A-Za-z0-9]{5}[AQgw]==|[A-Za-z0-9+/]{42}\+ACR[A-Za-z0-9+/]{6}"
            r"|[A-Za-z0-9]{52}JQQJ9[9DH][A-Za-z0-9][A-L][A-Za-z0-9]{16}[A-Za-z][A-Za-z0-9]{7}(?:[A-Za-z0-9]{2}==)?)"
            r"(?:[^A-Za-z0-9+/=_-]|$)"),  # storage, Cosmos, Search, Functions, Service Bus/Event Hubs/Relay, APIM, ACR, CASK
    _vendor("azure_storage_key", "azure_secret", r"(?i:AccountKey|SharedAccessKey)=(?P<v>[A-Za-z0-9+/]{43,86}={0,2})"),
    _vendor("azure_sas", "azure_secret", r"[?&]sig=(?P<v>[A-Za-z0-9%+/]{40,120}(?:%3D|=){0,2})"),
    _vendor("aws_bedrock_key", "aws_secret_key", r"\bABSK[A-Za-z0-9+/]{109,269}={0,2}"),
    _vendor("aws_sts_token", "aws_secret_key",  # an STS session token by its own start, whatever names it (base64 of
            r"\b(?:(?:Fw|FQ)oGZXIvYXdz|(?:AQ|FQ|Fw)oDYXdz|IQoJb3JpZ2luX2Vj)[A-Za-z0-9+/]{80,1000}={0,2}"),  # ...aws, ...origin_ec)
    _vendor("digitalocean_token", "digitalocean_token", r"\bdo[por]_v1_[a-f0-9]{64}\b"),
    _vendor("linode_token", "linode_token", r"(?i:linode)[A-Za-z0-9_.-]{0,20}" + _ASSIGN + r"(?P<v>[a-f0-9]{64})\b"),
    _vendor("algolia_admin_key", "algolia_key",  # 32 hex as the search-only key is: only an admin/write/API key's name
            r"\b(?i:algolia[ _.-]?(?:(?:admin|write)[ _.-]?(?:api[ _.-]?)?|api[ _.-]?)key)[\"']?"
            r"(?:[ \t]{0,3}(?:[:=|]|=>|:=)|[ \t]{1,2}(?i:is|was))[ \t]{0,3}[\"'`]?(?P<v>[a-f0-9]{32})\b"),
    _vendor("algolia_client_admin_key", "algolia_key",  # algoliasearch('APPID', '...') // admin key: the comment says
            r"\b(?:algoliasearch|SearchClient(?:\.|::|->)create)[ \t]{0,2}\([ \t]{0,2}[\"'][A-Z0-9]{10}[\"'][ \t]{0,2},"
            r"[ \t]{0,2}[\"'](?P<v>[a-f0-9]{32})[\"'][ \t]{0,2}\)[^\r\n]{0,20}?(?://|#)[^\r\n]{0,60}?(?i:admin|write)"),
    _vendor("azure_devops_pat_named", "azure_devops_pat",  # "the PAT `...`": the legacy 52 of base32, named in prose
            r"(?:\bPAT(?: `|`| '|: |:|=| is | was )|\b(?i:personal access token|azure devops (?:token|pat))"  # a literal
            r"(?:[^\r\n\w]{1,3}[A-Za-z]{1,12}){0,5}[^\r\n\w]{1,4})[ \t]{0,2}[`'\"]?(?P<v>[a-z2-7]{52})\b", v.base32_token),
    _vendor("alibaba_key_id", "alibaba_key", r"\bLTAI[A-Za-z0-9]{12,20}\b"),
    _vendor("tencent_key_id", "tencent_key", r"\bAKID[A-Za-z0-9]{32}\b"),
    _vendor("ibm_cloud_key", "ibm_key", r"(?i:ibm|bluemix|cloudant)[A-Za-z0-9_.-]{0,20}" + _ASSIGN + r"(?P<v>[A-Za-z0-9_-]{44})\b"),
    _vendor("yandex_token", "yandex_key", r"\bAQVN[A-Za-z0-9_-]{35,38}\b|\bYC[A-Za-z0-9_-]{38}\b|\bt1\.[A-Z0-9a-z_-]{20,}={0,2}\.[A-Z0-9a-z_-]{86}={0,2}"),
    _vendor("hashicorp_vault_token", "vault_token",  # 24 characters in dev mode and older servers, 90+ with a namespace
            r"\bhv[sbr]\.[A-Za-z0-9_-]{24,300}", v.mixed_token),
    _vendor("terraform_token", "terraform_token", r"\b[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70}"),
    _vendor("pulumi_token", "pulumi_token", r"\bpul-[a-f0-9]{40}\b"),
    _vendor("django_secret_key", "django_secret_key",  # startproject's key: 50 of get_random_secret_key's alphabet
            r"\bdjango-insecure-[a-z0-9!@#$%^&*(_=+)-]{50}"),
    _vendor("django_secret_key_named", "django_secret_key",  # the same 50 after a secret key's name, unquoted:
            r"(?:\bexport[ \t]{1,3}|\B--?)?\b[A-Za-z0-9_.-]{0,30}?(?i:secret[_-]?key)[\"']?"  # a & or ; is the key's
            r"(?:[ \t]{0,3}[:=][ \t]{0,3}|[ \t]{1,3})(?P<v>[a-z0-9!@#$%^&*(_=+)-]{50})(?:[^a-z0-9!@#$%^&*(_=+)-]|$)",
            v.django_key),
    _vendor("doppler_token", "doppler_token", r"\bdp\.(?:pt|st|sa|ct|scim|audit)\.(?:[a-z0-9_-]{1,30}\.)?[A-Za-z0-9_-]{40,44}"),  # dp.st.<config>.
    _vendor("heroku_key", "heroku_key", r"\bHRKU-[A-Za-z0-9_-]{60,70}"),
    _vendor("flyio_token", "flyio_token",  # a deploy token is macaroons joined by commas (``FlyV1 fm2_...,fm2_...``)
            r"\bfo1_[A-Za-z0-9_-]{43}|(?:\bFlyV1[ ])?\bfm[12][ar]?_[A-Za-z0-9+/_-]{100,1000}={0,3}"  # FlyV1: the token's own
            r"(?:,fm[12][ar]?_[A-Za-z0-9+/_-]{40,600}={0,3})?"),  # scheme, printed with it; base64 or base64url
    _vendor("planetscale_token", "planetscale_token", r"\bpscale_(?:tkn|pw|oauth)_[A-Za-z0-9_=.-]{32,64}"),
    _vendor("supabase_token", "supabase_token", r"\bsbp_[a-f0-9]{40}\b|\bsb_secret_[A-Za-z0-9_-]{20,64}"),
    _vendor("databricks_token", "databricks_token", r"\bdapi[a-f0-9]{32}(?:-\d)?\b"),
    _vendor("dynatrace_token", "dynatrace_token", r"\bdt0[a-z]\d{2}\.[A-Z0-9]{24}\.[A-Z0-9]{64}\b"),
    _vendor("newrelic_key", "newrelic_key", r"\b(?P<v>NR(?:AK|II|IQ|JS|RA|AA|BR)-[A-Za-z0-9-]{19,40})(?:[^A-Za-z0-9_-]|$)"),
    _vendor("grafana_token", "grafana_token",
            r"\bglc_[A-Za-z0-9+/]{32,400}={0,3}|\bglsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}\b|\beyJrIjoi[A-Za-z0-9]{70,400}={0,3}"),
    _vendor("sentry_token", "sentry_token", r"\bsntry[su]_[A-Za-z0-9+/=_]{40,400}"),
    _vendor("cloudflare_origin_key", "cloudflare_key", r"\bv1\.0-[a-f0-9]{24}-[a-f0-9]{146}\b"),
    _vendor("cloudflare_global_key", "cloudflare_key",  # the global API key (37 hex) in the header Cloudflare reads it from
            r"\b(?i:x-auth-key)[\"']?[ \t]{0,3}[:=][ \t]{0,3}[\"']?(?P<v>[a-f0-9]{37})\b"),
    _vendor("openshift_token", "openshift_token", r"\b(?P<v>sha256~[A-Za-z0-9_-]{43})(?:[^A-Za-z0-9_-]|$)"),
    _vendor("octopus_key", "octopus_key", r"\bAPI-[A-Z0-9]{26}\b"),
    _vendor("infracost_key", "infracost_key", r"\bico-[A-Za-z0-9]{32}\b"),
    _vendor("scalingo_token", "scalingo_token", r"\b(?P<v>tk-us-[A-Za-z0-9_-]{48})(?:[^A-Za-z0-9_-]|$)"),
    _vendor("prefect_key", "prefect_key", r"\bpnu_[A-Za-z0-9]{36}\b"),
    _vendor("readme_key", "readme_key", r"\brdme_[a-z0-9]{70}\b"),
    _vendor("harness_key", "harness_key", r"\b(?:pat|sat)\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20}\b"),
    _vendor("age_secret_key", "age_key", r"\bAGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}\b"),
    _vendor("onepassword_token", "onepassword_token", r"\bops_eyJ[A-Za-z0-9+/_-]{193,1000}={0,3}|\bA3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}\b"),
    _vendor("linear_key", "linear_key", r"\blin_(?:api|oauth)_[A-Za-z0-9]{40}\b"),
    _vendor("notion_token", "notion_token", r"\bntn_[0-9]{11}[A-Za-z0-9]{35}\b|\bsecret_[A-Za-z0-9]{43}\b"),
    _vendor("airtable_token", "airtable_token", r"\bpat[A-Za-z0-9]{14}\.[a-f0-9]{64}\b"),
    _vendor("contentful_token", "contentful_token", r"\bCFPAT-[A-Za-z0-9_-]{43}"),
    _vendor("typeform_token", "typeform_token", r"\btfp_[A-Za-z0-9_.=-]{40,59}"),
    _vendor("frameio_token", "frameio_token", r"\bfio-u-[A-Za-z0-9_=-]{64}"),
    _vendor("dropbox_token", "dropbox_token", r"\bsl\.(?:u\.)?[A-Za-z0-9_=-]{130,1000}"),  # sl.u.: the newer, longer
    _vendor("mapbox_secret", "mapbox_token", r"\bsk\.eyJ[A-Za-z0-9_-]{20,200}\.[A-Za-z0-9_-]{20,100}"),
    _vendor("posthog_key", "posthog_key", r"\bphx_[A-Za-z0-9_]{43,48}\b"),
    _vendor("facebook_token", "facebook_token", r"\bEAA[A-Za-z0-9]{90,400}\b"),
    _vendor("twitter_bearer", "twitter_token", r"\bA{20}[A-Za-z0-9%]{60,120}", v.twitter_bearer),
    _vendor("adobe_secret", "adobe_secret", r"\bp8e-[A-Za-z0-9]{32}\b"),
    _vendor("clickhouse_key", "clickhouse_key", r"\b4b1d[A-Za-z0-9]{38}\b"),
    _vendor("maxmind_key", "maxmind_key", r"\b[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk\b"),
    _vendor("settlemint_token", "settlemint_token", r"\bsm_(?:aat|pat|sat)_[A-Za-z0-9]{16}\b"),
    _vendor("defined_networking_key", "defined_networking_key", r"\bdnkey-[A-Za-z0-9=_-]{26}-[A-Za-z0-9=_-]{52}"),
    _vendor("intra42_secret", "intra42_secret", r"\bs-s4t2(?:ud|af)-[a-f0-9]{64}\b"),
    # ------------------------------------------------------------ AI providers
    _vendor("anthropic_key", "anthropic_key", r"\bsk-ant-[A-Za-z0-9_-]{20,200}"),
    _vendor("openai_project_key", "openai_key", r"\bsk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{20,200}"),
    _vendor("openai_legacy_key", "openai_key", r"\bsk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}\b"),
    _vendor("huggingface_token", "huggingface_token", r"\b(?:hf_|api_org_)[A-Za-z]{34}\b"),
    _vendor("cloudflare_scannable_token", "cloudflare_token",  # 2025 scannable formats: user, account tokens and keys
            r"\bcf(?:ut|at|k)_[A-Za-z0-9]{40,60}\b"),
    _vendor("cerebras_key", "cerebras_key", r"\bcsk-[a-z0-9]{48}\b"),
    _vendor("bitwarden_access_token", "bitwarden_token",  # a machine account's 0.<uuid>.<secret>:<key>
            r"\b0\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[A-Za-z0-9]{30}:[A-Za-z0-9+/]{22,24}={0,2}"),
    _vendor("slack_session_cookie", "slack_token", r"\bxoxd-[A-Za-z0-9%/+=_-]{60,400}"),  # the browser's d= cookie
    _vendor("mongodb_atlas_service_account", "mongodb_atlas_secret", r"\bmdb_sa_sk_[A-Za-z0-9_-]{40}\b"),
    _vendor("groq_key", "groq_key", r"\bgsk_[A-Za-z0-9]{52}\b"),
    _vendor("replicate_token", "replicate_token", r"\b(?P<v>r8_[A-Za-z0-9_-]{37})(?:[^A-Za-z0-9_-]|$)"),
    _vendor("perplexity_key", "perplexity_key", r"\bpplx-[A-Za-z0-9]{48}\b"),
    _vendor("xai_key", "xai_key", r"\bxai-[A-Za-z0-9_]{80}\b"),
    _vendor("langsmith_key", "langsmith_key", r"\blsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}\b"),
    _vendor("deepseek_style_key", "openai_key", r"\bsk-[a-f0-9]{32}\b"),
    _vendor("openrouter_key", "openrouter_key", r"\bsk-or-v1-[a-f0-9]{64}\b"),
    _vendor("nvidia_key", "nvidia_key", r"\b(?P<v>nvapi-[A-Za-z0-9_-]{64})(?:[^A-Za-z0-9_-]|$)"),
    _vendor("tavily_key", "tavily_key", r"\btvly-(?:dev-|prod-)?[A-Za-z0-9]{32}\b"),
    _vendor("pinecone_key", "pinecone_key", r"\bpcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{50,80}\b"),
    _vendor("jina_key", "jina_key", r"\bjina_[a-f0-9]{32}[A-Za-z0-9_-]{28,40}"),
    # ------------------------------------------------------------ formats Nosey Parker and gitleaks know (18th pass)
    _vendor("segment_token", "segment_token", r"\bsgp_[A-Za-z0-9]{64}\b", v.mixed_token),  # not Sourcegraph's 40 hex
    _vendor("aws_appsync_key", "aws_appsync_key", r"\bda2-[a-z0-9]{26}\b", v.mixed_lower),
    _vendor("stackhawk_key", "stackhawk_key", r"\bhawk\.[0-9A-Za-z_-]{20}\.[0-9A-Za-z_-]{20}\b", v.mixed_token),
    _vendor("teamcity_token", "teamcity_token",  # a JWT-like token whose header is {"typ": "TCV2"}
            r"\beyJ0eXAiOiAiVENWMiJ9\.[A-Za-z0-9_-]{36}\.[A-Za-z0-9_-]{48}"),
    _vendor("kubernetes_bootstrap_token", "kubernetes_token",  # "bootstrap token: abcdef.0123456789abcdef" (--token:
            r"(?i:bootstrap)[^\r\n]{0,30}\b(?P<v>[a-z0-9]{6}\.[a-z0-9]{16})\b", v.mixed_lower),  # secret_flag's)
    # ------------------------------------------------------------ formats gitleaks and TruffleHog know (19th pass)
    _vendor("salesforce_refresh_token", "salesforce_token", r"\b(?P<v>5AEP861[A-Za-z0-9._=]{80,400})(?:[^A-Za-z0-9._=]|$)"),
    _vendor("salesforce_consumer_key", "salesforce_token",  # a connected app's key, which its secret goes with
            r"\b(?P<v>3MVG9[A-Za-z0-9._+/=]{80,251})(?:[^A-Za-z0-9._+/=]|$)", v.mixed_token),
    _vendor("cloudflare_global_key_v2", "cloudflare_key", r"\bcfk_[A-Za-z0-9]{40}[a-f0-9]{8}\b", v.mixed_token),
    _vendor("atlassian_admin_key", "atlassian_token", r"\bATCTT3xFfG[A-Za-z0-9+/=_-]{20,300}=[A-Za-z0-9]{8}\b"),
    _vendor("bitbucket_dc_token", "bitbucket_token",  # Bitbucket Data Center's HTTP access token
            r"\b(?P<v>BBDC-[A-Za-z0-9+/@_-]{40,50})(?:[^A-Za-z0-9+/@_-]|$)", v.mixed_token),
    _vendor("klaviyo_key", "klaviyo_key", r"\bpk_(?:[A-Za-z0-9]{6}_)?[a-f0-9]{34}\b"),  # not Stripe's public pk_live_
    _vendor("pagarme_key", "pagarme_key", r"\bak_(?:live|test)_[A-Za-z0-9]{30}\b", v.mixed_token),
    _vendor("ramp_key", "ramp_key", r"\bramp_(?:id_[A-Za-z0-9]{40}|sec_[A-Za-z0-9]{48})\b", v.mixed_token),
    _vendor("robinhood_crypto_key", "robinhood_key",
            r"\brh-api-[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b"),
    _vendor("pubnub_key", "pubnub_key", r"\b(?:pub|sub)-c-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b"
            r"|\bsec-c-[A-Za-z0-9]{48}\b"),
    _vendor("zoho_token", "zoho_token", r"\b1000\.[a-f0-9]{32}\.[a-f0-9]{32}\b"),
    _vendor("linear_oauth_token", "linear_key", r"\blin_oauth_[a-f0-9]{64}\b"),
    _vendor("voiceflow_key", "voiceflow_key", r"\bVF\.(?:(?:DM|WS)\.)?[a-fA-F0-9]{24}\.[A-Za-z0-9]{16}\b", v.mixed_token),
    _vendor("sourcegraph_cody_token", "sourcegraph_token", r"\bslk_[a-f0-9]{64}\b"),
    _vendor("sonarcloud_token", "sonar_token", r"\bsqco_[A-Za-z0-9]{59}\b", v.mixed_token),
    _vendor("rootly_key", "rootly_key", r"\brootly_[a-f0-9]{64}\b"),
    _vendor("fullstory_key", "fullstory_key", r"\b(?P<v>na1\.[A-Za-z0-9+/]{100})(?:[^A-Za-z0-9+/]|$)", v.mixed_token),
    _vendor("tines_webhook", "tines_webhook", r"https://[A-Za-z0-9-]{1,60}\.tines\.com/webhook/[a-z0-9]{32}/[a-z0-9]{32}"),
    _vendor("bannerbear_key", "bannerbear_key", r"\bbb_(?:pr|ma)_[a-f0-9]{30}\b"),
    _vendor("flexport_key", "flexport_key", r"\bshltm_[A-Za-z0-9_-]{40}", v.mixed_token),
    _vendor("fleetbase_key", "fleetbase_key", r"\bflb_live_[A-Za-z0-9]{20}\b", v.mixed_token),
    _vendor("saladcloud_key", "saladcloud_key", r"\bsalad_cloud_[A-Za-z0-9]{1,7}_[A-Za-z0-9]{7,235}\b", v.mixed_token),
    _vendor("ubidots_token", "ubidots_token", r"\bBBFF-[A-Za-z0-9]{30}\b", v.mixed_token),
    _vendor("locationiq_key", "locationiq_key", r"\bpk\.[a-f0-9]{32}\b"),
    _vendor("azure_function_key", "azure_function_key",  # a function's key in its URL: ...azurewebsites.net/api/Fn?code=
            r"\.azurewebsites\.net/api/[A-Za-z0-9_/-]{1,80}\?(?:[^\s#&]{0,80}&){0,4}code=(?P<v>[A-Za-z0-9_=%-]{30,120})",
            v.mixed_token),
    _vendor("finage_key", "finage_key", r"\bAPI_KEY[0-9A-Z]{32}\b", v.mixed_lower),  # no _ in the 32: no constant name
    _vendor("endorlabs_key", "endorlabs_key", r"\bendr\+[A-Za-z0-9-]{16}\b", v.mixed_token),
    _vendor("trufflehog_enterprise_key", "trufflehog_key", r"\bthog-(?:key-[0-9a-f]{16}|secret-[0-9a-f]{32})\b"),
    # ------------------------------------------------------------ more hosting, SaaS and developer tools
    _vendor("hubspot_token", "hubspot_token",
            r"\bpat-(?:na|eu|ap)[1-9]-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b"),
    _vendor("launchdarkly_key", "launchdarkly_key",
            r"\b(?:api|sdk|mob)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b"),
    _vendor("tailscale_key", "tailscale_key", r"\btskey-[a-z]{3,8}-[A-Za-z0-9]{6,24}-[A-Za-z0-9]{16,64}\b"),
    _vendor("render_key", "render_key", r"\brnd_[A-Za-z0-9]{32}\b"),
    _vendor("netlify_token", "netlify_token", r"\bnfp_[A-Za-z0-9]{36,40}\b"),
    _vendor("vercel_token", "vercel_token",  # personal, integration, app access, app refresh tokens and API keys
            r"\bvc[pikar]_[A-Za-z0-9]{24,64}\b", v.mixed_token),
    _vendor("figma_token", "figma_token", r"\b(?P<v>fig[dp]_[A-Za-z0-9_=-]{38,54})(?:[^A-Za-z0-9_=-]|$)"),
    _vendor("circleci_token", "circleci_token", r"\bCCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40}\b"),
    _vendor("sentry_dsn", "sentry_dsn",
            r"https?://(?P<v>[0-9a-f]{32})(?::[0-9a-f]{32})?@(?:o\d{1,12}\.)?(?:ingest\.)?(?:[a-z]{2}\.)?sentry\.io/\d{1,12}"),
    _vendor("google_refresh_token", "google_oauth", r"\b(?P<v>1//0[A-Za-z0-9_-]{40,300})(?:[^A-Za-z0-9_-]|$)"),
    _vendor("sonar_token", "sonar_token", r"\bsq[uap]_[a-f0-9]{40}\b"),
    _vendor("authress_key", "authress_key",
            r"\b(?:sc|ext|scauth|authress)_[A-Za-z0-9]{5,30}\.[A-Za-z0-9]{4,6}\.acc[_-][a-z0-9-]{10,32}\.[A-Za-z0-9+/_=-]{30,120}"),
    _vendor("vault_legacy_token", "vault_token", r"\bs\.[A-Za-z0-9]{24}\b", v.mixed_token),
    _vendor("slack_legacy_token", "slack_token", r"\bxox[ar]-(?:\d-)?[0-9A-Za-z]{8,48}\b"),
    _vendor("asana_token", "asana_token", r"\b[12]/\d{10,20}(?:/\d{10,20})?:[a-f0-9]{32}\b"),
    _vendor("salesforce_token", "salesforce_token", r"\b00D[A-Za-z0-9]{12}![A-Za-z0-9_.]{80,120}"),
    _vendor("zapier_webhook", "zapier_webhook", r"https://hooks\.zapier\.com/hooks/catch/\d{1,12}/[a-z0-9]{5,12}/?"),
    _vendor("razorpay_key", "razorpay_key", r"\brzp_(?:live|test)_[A-Za-z0-9]{14}\b"),
    _vendor("sidekiq_secret", "sidekiq_secret",  # BUNDLE_GEMS__CONTRIBSYS__COM=..., bundle config gems.contribsys.com ...
            r"(?i:contribsys)[A-Za-z0-9_.]{0,20}[\"']?(?:[ \t]{1,3}|[ \t]{0,3}[:=][ \t]{0,3})[\"']?(?P<v>[a-f0-9]{8}:[a-f0-9]{8})\b"),
    _vendor("dropbox_long_lived", "dropbox_token", r"\b[a-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_=-]{43}", v.run_prefixed),
    _vendor("mailgun_pubkey", "mailgun_key", r"\bpubkey-[a-f0-9]{32}\b"),
    _vendor("buildkite_token", "buildkite_token", r"\bbkua_[a-f0-9]{40}\b"),
    _vendor("adafruit_key", "adafruit_key", r"\baio_[A-Za-z0-9]{28}\b"),
    _vendor("crates_token", "crates_token", r"\bcio[A-Za-z0-9]{32}\b", v.mixed_token),
    _vendor("amazon_mws_token", "amazon_mws_token",
            r"\bamzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b"),
    _vendor("lob_key", "lob_key", r"\b(?:live|test)_(?:pub_)?[a-f0-9]{31,35}\b"),
    _vendor("mollie_key", "mollie_key", r"\b(?:live|test)_[A-Za-z0-9]{30}\b", v.mixed_token),
    _vendor("nightfall_key", "nightfall_key", r"\bNF-[A-Za-z0-9]{32}\b", v.mixed_token),
    _vendor("apify_token", "apify_token", r"\bapify_api_[A-Za-z0-9-]{36}\b"),
    _vendor("firecrawl_key", "firecrawl_key", r"\bfc-[a-f0-9]{32}\b"),
    _vendor("intercom_token", "intercom_token", r"\bdG9rO[A-Za-z0-9+/]{40,80}={0,2}", v.intercom),
    _vendor("langfuse_key", "langfuse_key",
            r"\bsk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b"),
    _vendor("astra_token", "astra_token", r"\bAstraCS:[A-Za-z]{24}:[a-f0-9]{64}\b"),
    _vendor("elevenlabs_key", "elevenlabs_key", r"\bsk_[a-f0-9]{48}\b"),
    _vendor("telnyx_key", "telnyx_key", r"\b(?P<v>KEY[0-9A-Za-z_-]{55})(?:[^0-9A-Za-z_-]|$)", v.mixed_token),
    _vendor("resend_key", "resend_key", r"\bre_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}\b", v.mixed_token),
    _vendor("deno_deploy_token", "deno_token", r"\bdd[pw]_[A-Za-z0-9]{36}\b", v.mixed_token),
    _vendor("neon_key", "neon_key", r"\bnapi_[a-z0-9]{64}\b"),
    _vendor("konnect_token", "konnect_token", r"\b[ks]pat_[A-Za-z0-9]{49,53}\b", v.mixed_token),
    _vendor("ory_token", "ory_token", r"\bory_(?:pat|apikey|st|at|rt|ac)_[A-Za-z0-9]{30,64}\b", v.mixed_token),
    _vendor("twitch_oauth_token", "twitch_token", r"\boauth:[a-z0-9]{30}\b", v.mixed_lower),
    _vendor("amazon_lwa_token", "amazon_token", r"\bAtz[ar]\|[A-Za-z0-9_-]{80,1000}"),
    _vendor("instagram_token", "instagram_token", r"\bIGQV[A-Za-z0-9_-]{100,400}"),
    _vendor("sk_dash_key", "api_key", r"\bsk-[A-Za-z0-9]{40,64}\b", v.mixed_token),  # Stability, Moonshot, DashScope...
    Rule("twilio_account_pair", "twilio_auth_token",
         r"(?P<k>\bAC[0-9a-f]{32})\b[^A-Za-z0-9\r\n]{0,8}(?:\r?\n|\\n)?"
         r"(?:[A-Za-z_ -]{1,40}(?:[\"']?[ \t]{0,3}[:=][ \t]{0,3}[\"']?|[ \t]))?(?P<v>[0-9a-f]{32})\b",
         validate=v.token, category=SECRET, key_type="twilio_sid"),
    _vendor("twilio_client_token", "twilio_auth_token",  # Client(account_sid, "<32 hex>"): the SDK's second argument
            r"\bClient\([ \t]{0,3}(?:[A-Za-z_][A-Za-z0-9_.]{0,40})?(?i:sid)[ \t]{0,3},[ \t]{0,3}"  # a literal SID: the pair rule
            r"[\"'](?P<v>[0-9a-f]{32})[\"']"),
    _vendor("gcp_private_key_id", "private_key",  # a service account's key id, masked where its private key follows
            r"\\?\"private_key_id\\?\"[ \t]{0,3}:[ \t]{0,3}\\?\"(?P<v>[0-9a-f]{40})\\?\"[ \t]{0,3},[ \t]{0,3}(?:\r?\n|\\n)?"
            r"[ \t]{0,12}\\?\"private_key\\?\"[ \t]{0,3}:"),
)

_NAMED_IDS = (  # a number after its own name, checked by that format alone
    ("de_idnr", r"steuer-?id|steuer-?identifikationsnummer|steuerliche identifikationsnummer|identifikationsnummer|"
                r"idnr|steuer_id|steuerliche[ _-]id|tax[ _-]?id|tax identification number|\btin\b", _digit_groups(11),
     v.national_id_grouped(v.idnr)),
    ("br_cpf", r"cpf|cadastro de pessoas f[ií]sicas", _digit_groups(11), v.national_id_grouped(v.cpf)),
    ("au_tfn", r"tfn|tax file (?:number|no\.?)", _digit_groups(9, 8), v.national_id_grouped(v.tfn)),
    ("nl_bsn", r"bsn|burgerservicenummer|sofi-?nummer|sofi-?nr|citizen service number", _digit_groups(9, 8),
     v.national_id_grouped(v.bsn)),
    ("pl_pesel", r"pesel", _digit_groups(11), v.national_id_grouped(v.pesel)),
    ("uk_nhs", r"nhs(?:[ _]number| no\.?)?", r"\d{3}[ -]?\d{3}[ -]?\d{4}", v.national_id(v.nhs)),
    ("no_se_pnr", r"fødselsnummer|fodselsnummer|fnr|personnummer|personnr|\bpnr\b|\bpers\.? ?nr\b",
     r"\d{6}[-+ ]?\d{4,5}|\d{8}-?\d{4}", v.national_id(v.fodselsnummer, v.personnummer, v.cpr)),  # Denmark says personnummer too
    ("dk_cpr", r"cpr(?:-nummer| number| no\.?)?", r"\d{6}-?\d{4}", v.national_id(v.cpr)),
    ("tr_kimlik", r"t\.?c\.? kimlik|kimlik|\btckn\b|\bt\.?c\.? ?no\b", _digit_groups(11),
     v.national_id_grouped(v.tckimlik)),
    ("ro_cnp", r"cnp|cod numeric personal", _digit_groups(13), v.national_id_grouped(v.cnp)),
    ("pt_nif", r"nif|contribuinte|identifica[çc][ãa]o fiscal", _digit_groups(9), v.national_id_grouped(v.nif)),
    ("il_id", r"teudat(?: zehut)?|israeli id|מספר ה?זהות|תעודת ה?זהות|מס['׳] ?זהות|ת\.ז\.?|ת\"ז|ת״ז", _digit_groups(9),
     v.national_id_grouped(v.il_idnr)),
    ("ca_sin", r"sin|social insurance number|\bnas\b|assurance sociale", _digit_groups(9),
     v.national_id_grouped(v.sin)),
    ("in_aadhaar", r"aadhaa?r|uidai|आधार|\buid(?: no\.?| number)", _digit_groups(12), v.national_id_grouped(v.aadhaar)),
    ("za_id", r"south african id|sa id|rsa id|id number|identity number|identity no|id-?nommer|identiteitsnommer",
     _digit_groups(13), v.national_id_grouped(v.za_idnr)),
    ("kr_rrn", r"주민등록번호|주민번호|rrn|resident registration", r"\d{6}-?\d{7}",
     v.national_id(v.rrn)),
    ("cn_ric", r"身份证|身份号码|resident id", r"\d{17}[\dXx]", v.national_id(v.ric)),
    ("be_nn", r"rijksregister(?:nummer)?|registre national|num[ée]ro national|nationaal nummer|\binsz\b|\bniss\b|"
              r"national register number", _digit_groups(11), v.national_id_grouped(v.be_nn)),
    ("ar_cuit", r"\bcuit\b|\bcuil\b", _digit_groups(11), v.national_id_grouped(v.cuit)),
    ("fr_nir", r"s[ée]curit[ée][ _]sociale|\bnir\b|num[ée]ro insee|\bs[ée]cu\b|\bn° ?ss\b",
     _digit_groups(15), v.national_id_grouped(v.nir)),
    ("es_dni", r"\bdni\b|\bnie\b|\bnif\b|\bd\.n\.i\b|\bn\.i\.[ef]\b|documento nacional de identidad|n[uú]mero de identidad",
     r"\d(?:[ .-]?\d){7}[ -]?[A-Z]|[XYZ][ -]?\d{7}[ -]?[A-Z]", v.national_id_grouped(v.dni, v.nie)),
    ("br_cnpj", r"cnpj", r"\d{2}\.?\d{3}\.?\d{3}/?\d{4}-?\d{2}", v.national_id(v.cnpj)),
    ("it_cf", r"codice fiscale|cod\. ?fisc\.?|\bc\.f\.", r"[A-Z]{3} ?[A-Z]{3} ?\d{2}[A-Z]\d{2} ?[A-Z]\d{3}[A-Z]"
     r"|[a-z]{3} ?[a-z]{3} ?\d{2}[a-z]\d{2} ?[a-z]\d{3}[a-z]",
     v.national_id(v.codicefiscale)),
    ("fi_hetu", r"henkilötunnus|hetu|sotu|sosiaaliturvatunnus|personbeteckning", r"\d{6}[-+A]\d{3}[0-9A-Y]", v.national_id(v.hetu)),
    ("cl_rut", r"rut|run", r"\d{1,2}\.?\d{3}\.?\d{3}-?[\dkK]", v.national_id(v.rut)),
    ("ie_pps", r"ppsn?|pps number|personal public service", r"\d{7}[A-W][A-IW]?", v.national_id(v.pps)),
    ("ch_ahv", r"ahv(?:-nr\.?)?|avs|sozialversicherungsnummer", r"756\.?\d{4}\.?\d{4}\.?\d{2}", v.national_id(v.ch_ahv)),
    ("us_itin", r"itin|individual taxpayer identification number", r"9\d{2}[- ]?\d{2}[- ]?\d{4}", ni.us_itin),
    ("us_npi", r"npi|national provider identifier", _digit_groups(10), v.national_id_grouped(v.npi)),
    ("au_abn", r"abn|australian business number", _GROUPED, v.national_id_prefix(abn)),
    ("au_acn", r"acn|australian company number", _GROUPED, v.national_id_prefix(acn)),
    ("it_iva", r"partita iva|p\. ?iva|piva", _GROUPED, v.national_id_prefix(it_iva)),
    ("th_pin", r"thai id|thai national id|เลขประจำตัวประชาชน", _GROUPED, v.national_id_prefix(th_pin)),
    ("us_ein", r"\bein\b|employer identification number", r"\d{2}-?\d{7}", v.national_id(us_ein)),
    ("ee_ik", r"isikukood", _digit_groups(11), v.national_id_grouped(ee_ik)),
    ("lt_asmens", r"asmens kodas", _digit_groups(11), v.national_id_grouped(asmens)),
    ("bg_egn", r"egn|егн", _digit_groups(10), v.national_id_grouped(egn)),
    ("hr_oib", r"oib", _digit_groups(11), v.national_id_grouped(oib)),
    ("si_emso", r"emšo|emso", _digit_groups(13), v.national_id_grouped(emso)),
    ("cz_rc", r"rodné číslo|rodne cislo|rč", r"\d{6}/?\d{3,4}", v.national_id(cz_rc)),
    ("gr_amka", r"amka|αμκα", _digit_groups(11), v.national_id_grouped(amka)),
    ("is_kennitala", r"kennitala|kt\.", r"\d{6}-?\d{4}", v.national_id(kennitala)),
    ("ua_rntrc", r"рнокпп|іпн|rntrc", _digit_groups(10), v.national_id_grouped(rntrc)),
    ("my_nric", r"mykad|nric|ic number|no\. kp", r"\d{6}-?\d{2}-?\d{4}", v.national_id(my_nric)),
    ("nz_ird", r"ird(?: number| no\.?)?", r"\d{2,3}-?\d{3}-?\d{3}", v.national_id(nz_ird)),
    ("ru_inn", r"инн|inn", _digit_groups(12, 10), v.national_id_grouped(ru_inn)),
    ("id_nik", r"nik|nomor induk kependudukan", _digit_groups(16), v.national_id_grouped(id_nik)),
    ("at_vnr", r"svnr|sozialversicherungsnummer|versicherungsnummer", r"\d{4} ?\d{6}", v.national_id(at_vnr)),
    ("au_medicare", r"medicare", r"[2-6]\d{3}[ -]?\d{5}[ -]?\d(?:[ -]?\d)?", v.national_id(v.medicare)),
    ("jp_my_number", r"マイナンバー|個人番号|my[ _-]?number|individual[ _-]number|kojin bang[oō]", r"\d{4}[ -]?\d{4}[ -]?\d{4}",
     v.national_id(jp_in)),
    ("cedula", r"c[ée]dula(?: de identidad)?",  # Ecuador, Dominican Republic, Costa Rica
     r"\d{9}-?\d|\d{3}-?\d{7}-?\d|\d{1,2}-?\d{4}-?\d{4}", v.national_id(ec_ci, do_cedula, cr_cpf)),
    ("pk_cnic", r"cnic|computeri[sz]ed national identity card", r"\d{5}-?\d{7}-?\d", v.national_id(pk_cnic)),
    ("any", r"national id(?:entification)?(?: number| no\.?)?|personal id(?:entity)? number|identity number",
     r"\d[\d .-]{7,16}\d", v.national_id()),
    *ni.NAMED_IDS, *nil.NAMED_IDS,
)
"""(name, words naming the id, the value's shape, its check): each id family known by its name."""
_ID_KINDS = _NAMED_IDS + (
    ("us_ssn", r"ssn|social security(?: number)?", r"\d{3}[ .-]?\d{2}[ .-]?\d{4}", v.ssn),
    ("in_pan", r"\bpan\b|permanent account number", r"[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]", v.national_id(v.pan)),
)
"""Every id known by its name: as a label (``_NAMED_IDS``' own rules) or as a column header (the ``_column`` rules)."""
_PHONE_CELL = r"(?:\(0?[1-9]\d{0,3}\)|\b0[1-9]\d{0,4})(?:[ .-]{0,2}|[ ]?/[ ]?)\d(?:[ .-]?\d){5,12}"
"""A national phone number as a table cell: its trunk 0 or its area code in brackets (``0171/8672973``: a slash
after the area code, as German numbers are written)."""
_PHONE_COLUMN_CELL = (rf"(?:{_PHONE_CELL}|\b[1-9]\d(?:[ .-]?\d){{6,11}}|\b\d[ ]?\(\d{{3,5}}\)[ ]?\d(?:[ -]?\d){{4,8}}"
                      r"|\b8[ ]\d{3}[ ]\d{3}(?:[ -]\d{2}){2})")
"""Under a phone column's header, a number without a trunk 0 too (Poland, Denmark and Norway dial none), or with a
trunk digit before its bracketed area code (Russia's ``8 (495) 897-71-83``) or before its code and a space (Russia's,
Belarus', Kazakhstan's ``8 912 345-67-89``)."""
_PHONE_CELL_GROUPED = r"(?:\(0?[1-9]\d{0,3}\)|\b0[1-9]\d{0,4})(?:[ .-]{1,2}\d{2,4}){2,5}"
"""A national number written in three groups or more (``020 3276 0355``, ``090-8912-1757``, ``06 12 34 56 78``):
how phones are written, where an id column's numbers are bare digits or an id's own grouping."""
_OTHER_NUMBER_COLUMNS = (r"\b(?:order|invoice|sku|tracking|amount|price|total|qty|quantity|ref(?:erence)?|ticket|isbn|"
                         r"ean|upc|serial|batch|po|zip|post ?code|part)(?:[ _-]?(?:no|nr|number|id|#))?\b")
"""Columns of numbers that are no phone (``order,customer`` above ``060410161,Kim Lee``)."""
_NOT_PHONE_HEADERS = re.compile("(?i:" + "|".join(words for _, words, _, _ in _ID_KINDS) + "|" + _OTHER_NUMBER_COLUMNS + ")")
"""Headers over a column whose numbers are ids or documents, not phones."""
_COLUMN_KINDS = frozenset(("us_ssn", "nl_bsn", "au_tfn", "ca_sin", "no_se_pnr", "dk_cpr", "pt_nif", "uk_nhs", "br_cpf",
                           "fr_nir", "au_medicare", "de_idnr", "in_aadhaar", "jp_my_number", "br_cnpj", "tr_kimlik",
                           "it_cf"))
"""The ids found under a column header (``columns``): the ones tables hold without a label, whose own rules need
one or whose check is weak."""


BUILTIN: tuple[Rule, ...] = (
    # A cloud key id with its secret next to it (same line, or the next one): both are masked.
    Rule("aws_key_pair", "aws_secret_key",
         r"(?P<k>\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b(?:[^A-Za-z0-9/+\r\n]{0,8}|[ \t]{1,3}/[ \t]{1,3})(?:\r?\n|\\n)?"
         r"(?:[A-Za-z_ -]{1,40}[\"']?[ \t]{0,3}[:= ][ \t]{0,3}[\"']?)?(?P<v>[A-Za-z0-9/+]{40})(?:\b|$)",
         validate=v.cloud_secret, category=SECRET, key_type="aws_access_key"),
    Rule("alibaba_key_pair", "alibaba_key",
         r"(?P<k>\bLTAI[A-Za-z0-9]{12,20})\b[^A-Za-z0-9\r\n]{0,8}(?:\r?\n|\\n)?"
         r"(?:[A-Za-z_ -]{1,40}[\"']?[ \t]{0,3}[:=][ \t]{0,3}[\"']?)?(?P<v>[A-Za-z0-9]{30})\b",
         validate=v.cloud_secret, category=SECRET, key_type="alibaba_key"),
    Rule("tencent_key_pair", "tencent_key",  # SecretId AKID... with its 32-character SecretKey
         r"(?P<k>\bAKID[A-Za-z0-9]{32})\b[^A-Za-z0-9\r\n]{0,8}(?:\r?\n|\\n)?"
         r"(?:[A-Za-z_ -]{1,40}[\"']?[ \t]{0,3}[:= ][ \t]{0,3}[\"']?)?(?P<v>[A-Za-z0-9]{32})\b",
         validate=v.cloud_secret, category=SECRET, key_type="tencent_key"),
    Rule("gcp_hmac_pair", "google_hmac",
         r"(?P<k>\bGOOG[0-9A-Z]{20,61})\b(?:[^A-Za-z0-9/+\r\n]{0,8}|[ \t]{1,3}/[ \t]{1,3})(?:\r?\n|\\n)?"
         r"(?:[A-Za-z_ -]{1,40}[\"']?[ \t]{0,3}[:=][ \t]{0,3}[\"']?)?(?P<v>[A-Za-z0-9/+]{40})(?:\b|$)",
         validate=v.cloud_secret, category=SECRET, key_type="google_hmac"),
    Rule("aws_access_key_id", "aws_access_key", r"\b(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16}\b", validate=v.token, category=SECRET),
    Rule("aws_secret_key", "aws_secret_key",
         rf"{_KEY_PREFIX}(?i:secret[_-]?(?:access[_-]?)?key)(?:[\"']?,?\s{{1,12}}[\"']?(?i:value))?"  # k8s/ECS name+value
         rf"{_ASSIGN}(?P<v>[A-Za-z0-9/+]{{40}})(?:\b|$)",
         validate=v.cloud_secret, category=SECRET),
    Rule("aws_session_token", "aws_secret_key",  # from 'export' as env_line_key: this rule, earlier, wins the tie
         rf"(?:\bexport[ \t]{{1,3}})?{_KEY_PREFIX}(?:[a-z0-9]{{1,20}})?(?i:session[_-]?token|security[_-]?token){_ASSIGN}"
         r"(?P<v>[A-Za-z0-9/+=]{100,1000})",  # awsSessionToken: a camelCase prefix starts where the name does
         validate=v.token, category=SECRET),
    *_VENDOR_RULES,
    *sc.RULES_PREFIXED,
    Rule("private_key", "private_key", _PEM, validate=v.key_block, category=SECRET,
         max_repeat=_KEY_BLOCK_LENGTH, unbounded=True),
    Rule("ssh2_private_key", "private_key",
         rf"---- BEGIN SSH2 (?:ENCRYPTED )?PRIVATE KEY ----{_LINES}---- END SSH2 (?:ENCRYPTED )?PRIVATE KEY ----",
         validate=v.key_block, category=SECRET, max_repeat=_KEY_BLOCK_LENGTH // 2, unbounded=True),
    Rule("private_key_cut", "private_key",  # a block quoted without its END line: the header and its base64 lines
         rf"-----BEGIN {_PEM_LABEL}(?:[ \t]{{0,8}}(?:\r?\n|\\r\\n|\\n)[ \t]{{0,8}}[A-Za-z0-9+/=]{{16,100}})+",
         validate=v.key_block, category=SECRET, max_repeat=80, unbounded=True),
    Rule("pgp_private_key", "private_key", _PGP, validate=v.key_block, category=SECRET,
         max_repeat=_KEY_BLOCK_LENGTH // 2, unbounded=True),
    Rule("putty_private_key", "private_key",
         rf"PuTTY-User-Key-File-[23]: [a-z0-9-]{{3,40}}(?:\r?\n|\\n){_LINES}Private-MAC: [0-9a-f]{{40,64}}",
         validate=v.key_block, category=SECRET, max_repeat=_KEY_BLOCK_LENGTH // 2, unbounded=True),
    Rule("private_key_base64", "private_key",  # a PEM key encoded once more (Kubernetes tls.key, CI variables)
         r"\bLS0tLS1CRUdJTi[A-Za-z0-9+/]{60,}={0,2}", validate=v.key_block_base64, category=SECRET,
         max_repeat=_KEY_BLOCK_LENGTH, unbounded=True),
    Rule("jwt_base64", "jwt", r"\bZXlK[A-Za-z0-9/+]{40,}={0,2}", validate=v.jwt_base64, category=SECRET,
         max_repeat=3000, unbounded=True),
    Rule("bedrock_short_lived_key", "aws_secret_key", r"\bbedrock-api-key-[A-Za-z0-9+/%]{40,}={0,2}", validate=v.token,
         category=SECRET, max_repeat=3000, unbounded=True),
    Rule("kubernetes_secret_data", "kubernetes_secret",  # kind: Secret, then its data: block (every value masked)
         rf"\bkind:[ \t]{{0,3}}[\"']?Secret[\"']?[^\x00]{{0,300}}?{_NL}[ \t]{{0,4}}(?:string)?[Dd]ata:[ \t]{{0,3}}{_NL}"
         rf"(?P<v>{_DATA_LINES})",
         validate=v.secret_data, category=SECRET, max_repeat=40, unbounded=True),
    Rule("kubernetes_secret_data_first", "kubernetes_secret",  # kubectl's order: data: first, kind: Secret after
         rf"(?:^|[\r\n])[ \t]{{0,4}}(?:string)?[Dd]ata:[ \t]{{0,3}}{_NL}(?P<v>{_DATA_LINES}){_NL}[^\x00]{{0,200}}?"
         r"\bkind:[ \t]{0,3}[\"']?Secret\b",
         validate=v.secret_data, category=SECRET, max_repeat=40, unbounded=True),
    Rule("jwt", "jwt", r"\beyJ[A-Za-z0-9_-]{5,500}\.eyJ[A-Za-z0-9_-]{5,1000}\.(?:[A-Za-z0-9_-]{10,700})?",
         validate=v.jwt, category=SECRET),
    Rule("jwe", "jwt",  # header.encrypted_key.iv.ciphertext.tag: the key is empty with direct encryption ('..')
         r"\beyJ[A-Za-z0-9_-]{10,500}\.[A-Za-z0-9_-]{0,700}\.[A-Za-z0-9_-]{11,100}\.[A-Za-z0-9_-]{16,1000}\.[A-Za-z0-9_-]{16,100}",
         validate=v.jwe, category=SECRET),
    Rule("db_credentials", "db_credentials", rf"\b{_DB_SCHEMES}://{_URL_USER}:{_URL_PASSWORD}",
         validate=v.url_password, category=SECRET),
    Rule("url_password_mailbox_user", "url_password",  # smtp://alerts@acme.io:pw@smtp.acme.io: a mailbox as the user
         r"\b(?i:smtp|imap|pop3|submission|s?ftp|amqp|mqtt|xmpp|ldap)[a-z0-9+.-]{0,10}://"  # mail and file services' URLs:
         r"(?P<v>[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}"  # '://' alone hits every URL
         r":[^\s/?#@\"'\\][^\s/?@\"'\\]{0,127})@[A-Za-z0-9\[]",  # its address and password masked as one
         validate=v.mailbox_and_password, category=SECRET),
    Rule("url_password", "url_password", rf"\b[A-Za-z][A-Za-z0-9+.-]{{1,15}}://{_URL_USER}:{_URL_PASSWORD}",
         validate=v.url_password, category=SECRET),
    Rule("auth_header", "credential",
         r"(?i:authorization|proxy-authorization)[\"']?(?:[ \t]{0,3}(?:=>|[:=,])[ \t]{0,3}[\"'`]?|[ \t]{1,3}[\"'])"  # nginx:
         # proxy_set_header Authorization "Basic ...", Apache's RequestHeader set Authorization "..."
         r"(?i:bearer|basic|token|bot|apikey|api-key|digest|sso-key|key|negotiate|ssws)[ \t]{1,3}"
         r"(?:[\"'][ \t]{0,3}\+[ \t]{0,3}[\"'])?(?P<v>[A-Za-z0-9._~+/=:%!*#$^@-]{8,1000})",
         validate=v.header_value, category=SECRET),
    Rule("bearer_flag", "credential",  # curl --oauth2-bearer TOKEN, httpie -A bearer -a TOKEN: the flag says token
         r"(?:--oauth2-bearer|(?:-A|--auth-type)[ \t=]{1,3}bearer[ \t]{1,3}(?:-a|--auth))[ \t=]{1,3}[\"']?"
         r"(?P<v>[^\s\"'`|;&]{8,1000})",
         validate=v.header_value, category=SECRET),
    Rule("bearer_token", "credential",  # a bearer credential quoted without its header name
         r"\b(?i:bearer)[ \t]{1,3}(?P<v>[A-Za-z0-9._~+/-]{20,1000}={0,2})",
         validate=v.header_value_random, category=SECRET),
    Rule("session_cookie", "credential",  # Cookie/Set-Cookie values and ?sid= parameters naming a session
         r"\b(?i:session|sessionid|session_id|sid|phpsessid|jsessionid|connect\.sid|laravel_session|"
         r"_?[a-z0-9]{1,20}_session|auth_token|access_token|refresh_token|id_token|jwt"
         r"|[a-z0-9]{0,20}sessid|[a-z0-9.]{0,20}_session_?id|sess_?id|ssess[a-f0-9]{32}|ci_session|cfid|cftoken"
         r"|aspxauth|aspnetcore\.(?:session|cookies)|express\.sid|session[._-]token|user_session)"  # ASP.NET, PHP, Drupal, Rails...
         r"=(?P<v>[A-Za-z0-9%._~+/-]{16,400}={0,2})",
         validate=v.secret, category=SECRET),
    Rule("docker_config_auth", "credential",  # ~/.docker/config.json: "auth": base64 of user:password
         r"\\?\"auth\\?\"[ \t]{0,3}:[ \t]{0,3}\\?\"(?P<v>[A-Za-z0-9+/]{8,684}={0,2})\\?\"",
         validate=v.basic_credentials, category=SECRET),
    Rule("httpie_auth", "credential",  # HTTPie and xh: http -a user:password GET ...
         r"\b(?:https?|xhs?)[ \t]{1,3}(?:[^\r\n|;&]{0,80}?[ \t])?-a[ \t=]{1,3}[\"']?[^\s:\"'@]{1,64}:(?P<v>[^\s\"'@]{3,128})",
         validate=v.url_password, category=SECRET),
    Rule("curl_user", "credential",
         r"\B(?:-u|--user|--proxy-user|--auth)[ \t=]{1,3}[\"']?[^\s:\"'@]{1,64}:(?P<v>[^\s\"'@]{3,128})",  # HTTPie
         validate=v.url_password, category=SECRET),
    *(Rule(f"cli_password{suffix}", "credential",  # --password=x, mysql -px, sshpass -p x, docker login -p x, quoted or not
           _CLI_PASSWORD + value, validate=check, category=SECRET)
      for suffix, value, check in (  # openssl's quoted 'pass:...': the password follows its source's name
          ("_single_quoted", r"'(?:pass:)?(?P<v>[^'\r\n]{1,128})'", v.password_quoted),
          ("_double_quoted", r"\"(?:pass:)?(?P<v>[^\"\r\n\\]{1,128})\"", v.password_quoted),
          ("", r"(?P<v>[^\s\"'`|;&-](?:[^\s\"'`|;&]|[;&][^\s\"'`|;&]){2,126})", v.password))),
    *(Rule(f"password_statement{suffix}", "credential",  # SQL IDENTIFIED BY '...', PASSWORD '...', PowerShell plain text
           r"(?:\b(?i:identified(?:[ \t]{1,3}with[ \t]{1,3}[a-z_]{1,30})?[ \t]{1,3}by|password)"
           r"|\bConvertTo-SecureString(?:[ \t]{1,3}-String)?)[ \t]{1,3}N?" + value,  # T-SQL's N'...'
           validate=v.password_quoted, category=SECRET)
      for suffix, value in (("_single_quoted", r"'(?P<v>[^'\r\n]{3,128})'"),
                            ("_double_quoted", r"\"(?P<v>[^\"\r\n\\]{3,128})\""))),
    Rule("password_identified_by_bare", "credential",  # Oracle: CREATE USER x IDENTIFIED BY pw (unquoted)
         r"\b(?i:identified)[ \t]{1,3}(?i:by)[ \t]{1,3}(?P<v>[A-Za-z][^\s'\";,)]{2,127})(?:[ \t;,)]|\r?\n|$)",
         validate=v.identified_by_bare, category=SECRET),
    Rule("jdbc_oracle_password", "credential",  # jdbc:oracle:thin:user/password@//host:1521/service
         r"\bjdbc:oracle:(?:thin|oci8?):[^\s/:@\"']{1,64}/(?P<v>[^\s/@\"']{3,128})@",
         validate=v.password, category=SECRET),
    Rule("netrc_password", "credential",  # machine host [login user] [account a] [port p] password secret, any layout
         r"(?:\bmachine[ \t]{1,3}[^\s]{1,100}|(?:^|[\r\n])[ \t]{0,12}default)"
         r"(?:[ \t\r\n]{1,12}(?:login|account|port)[ \t]{1,3}[^\s]{1,100}){0,3}[ \t\r\n]{1,12}password[ \t]{1,3}"
         r"(?P<v>[^\s]{3,128})",
         validate=v.netrc_password, category=SECRET),
    Rule("device_config_password", "credential",  # IOS: username x [privilege n] password|secret [0|7] pw, enable
         r"(?:^|[\r\n])[ \t]{0,4}(?:username[ \t]{1,3}[^\s]{1,64}(?:[ \t]{1,3}privilege[ \t]{1,3}\d{1,2})?|enable)"
         r"[ \t]{1,3}(?:password|secret)(?:[ \t]{1,3}level[ \t]{1,3}\d{1,2})?[ \t]{1,3}(?:[07][ \t]{1,3})?"
         r"(?P<v>[^\s]{3,128})[ \t]{0,3}(?:\r?\n|$)",  # a config line of its own, the password ending it; type 0
         validate=v.password, category=SECRET),  # is clear text, 7 reversible; 5, 8 and 9 are hashes, left
    *(Rule(f"snmp_create_user{suffix}", "credential",  # snmpd.conf: createUser name SHA authpass [AES privpass]
           r"\bcreateUser[ \t]{1,3}(?:-e[ \t]{1,3}(?:0x)?[0-9A-Fa-f]{2,64}[ \t]{1,3})?[^\s\"]{1,64}[ \t]{1,3}"
           r"(?:MD5|SHA(?:-?(?:224|256|384|512))?)[ \t]{1,3}" + passphrases,
           validate=v.password, category=SECRET, key_type=key_type)
      for suffix, passphrases, key_type in (  # with a privacy passphrase first: at the same start it wins
          ("_with_privacy", r"\"?(?P<k>[^\s\"]{8,128})\"?[ \t]{1,3}(?:DES|AES(?:128|192|256)?C?)[ \t]{1,3}"
                            r"\"?(?P<v>[^\s\"]{8,128})\"?", "credential"),
          ("", r"\"?(?P<v>[^\s\"]{8,128})\"?", ""))),
    Rule("snmp_community", "credential",  # an SNMP v1/v2c community string is its password
         r"(?:^|[\r\n])[ \t]{0,4}snmp-server[ \t]{1,3}community[ \t]{1,3}(?P<v>[^\s]{3,128})"
         r"(?:[ \t]{1,3}(?i:ro|rw|view)\b|[ \t]{0,3}(?:\r?\n|$))",
         validate=v.password, category=SECRET),
    Rule("npmrc_auth", "credential",  # .npmrc _auth=base64(user:password), bare or after its registry
         r"(?:^|[\r\n]|:)_auth[ \t]{0,3}=[ \t]{0,3}[\"']?(?P<v>[A-Za-z0-9+/]{8,684}={0,2})",
         validate=v.basic_credentials, category=SECRET),
    Rule("config_directive_password", "credential",  # redis.conf requirepass / masterauth
         r"(?:^|[\r\n])[ \t]{0,8}(?:requirepass|masterauth)[ \t]{1,3}[\"']?(?P<v>[^\s\"']{3,128})",
         validate=v.password, category=SECRET),
    Rule("xml_key_value", "credential",  # <add key="DbPassword" value="..."/>
         r"(?i:key|name)=\"[A-Za-z0-9_.:-]{0,40}(?i:password|passwd|pwd|secret|token|api_?key|apikey|connectionstring)"
         r"[A-Za-z0-9_.:-]{0,20}\"[ \t]{1,3}(?i:value)=\"(?P<v>[^\"\r\n]{3,128})\"",
         validate=v.password_quoted, category=SECRET),
    Rule("xml_named_element", "credential",  # hibernate.cfg.xml <property name="connection.password">...</property>
         r"<[A-Za-z0-9_.:-]{1,30}[ \t]{1,3}[KkNn][a-z]{2,3}=\"[A-Za-z0-9_.:-]{0,40}(?i:password|passwd|pwd|secret|token|api_?key)"
         r"[A-Za-z0-9_.:-]{0,20}\"[ \t]{0,3}>(?P<v>[^<\s](?:[^<\r\n]{1,126}[^<\s])?)</",  # name= or key=: no 'name=' keyword
         validate=v.password_quoted, category=SECRET),
    Rule("xml_element", "credential",  # <password>...</password>, <ApiKey>...</ApiKey>, a CDATA section's text
         r"<(?:[A-Za-z0-9_.-]{0,30}:)?[A-Za-z0-9_.-]{0,30}(?i:password|passwd|pwd|secret|token|api_?key|apikey)[A-Za-z0-9_.-]{0,20}>"
         r"(?:[ \t]{0,12}(?:\r?\n|\\n))?[ \t]{0,12}(?:<!\[CDATA\[)?(?P<v>[^<\s](?:[^<\r\n]{1,126}[^<\s])?)[ \t]{0,12}"
         r"(?:(?:\r?\n|\\n)[ \t]{0,12})?</",
         validate=v.xml_text, category=SECRET),
    *(Rule(f"name_value_{kind}", "credential",  # k8s env, JSON and XML name/value pairs: the name first, its value after
           r"(?:(?i:name)[\"']?[ \t]{0,3}[:=]|\bkey[\"']?[ \t]{0,3}:)"  # JSON/YAML "key": (Postman); XML key= is xml_key_value's
           r"[ \t]{0,3}[\"']?[A-Za-z0-9_.-]{0,40}?" + words + _NAME_TAIL +
           r"[\"']?[ \t]{0,3},?[ \t]{0,3}(?:\r?\n|\\n)?[ \t]{0,12}-?[ \t]{0,3}[\"']?(?i:value)[\"']?[ \t]{0,3}[:=][ \t]{0,3}[\"']?"
           r"(?P<v>[^\s\"'\\,;<>`]{3,300})",
           validate=check, category=SECRET)
      for kind, words, check in (("password", _PASSWORD_WORDS, v.password), ("key", _KEY_WORDS, v.secret))),
    *(Rule(f"secret_flag{suffix}", "credential",  # --api-token abc..., --client-secret=abc..., ENV API_TOKEN abc..., setenv
           r"(?:\B--?[A-Za-z0-9-]{0,30}?|\b(?:ENV|set|setenv)[ \t]{1,3}\$?[A-Za-z0-9_.-]{0,30}?)"
           r"(?i:token|secret|api-?key|apikey|access-?key|api_key|access_key|account-?key|storage-?key|app-?key)"
           r"[A-Za-z0-9_-]{0,20}(?:[ \t]{1,3}|=)" + value,
           validate=check, category=SECRET)
      for suffix, value, check in (  # quoted, the value holds & ; | as a shell passes them (--django-secret-key '...&...')
          ("_single_quoted", r"'(?P<v>[^'\r\n]{8,300})'", v.secret_quoted),
          ("_double_quoted", r"\"(?P<v>[^\"\r\n\\]{8,300})\"", v.secret_quoted),
          ("", r"[\"']?(?P<v>[^\s\"'`|;&](?:[^\s\"'`|;&]|[;&][^\s\"'`|;&]){7,299})", v.secret))),
    Rule("connection_string_password", "credential",  # ADO.NET/ODBC/JDBC ...;Password=...; : the value runs to the ';'
         r";[ \t]{0,3}(?i:password|pwd)[ \t]{0,3}=[ \t]{0,3}"
         r"(?P<v>\{[^}\r\n\\]{1,128}\}|[^;\s\"'{\\][^;\r\n\"'\\]{0,126}[^;\s\"'\\])(?:[;\"'<\\]|(?m:$))",
         validate=v.password_quoted, category=SECRET),
    *(Rule(f"env_line_{kind}", "credential",  # a .env line: NAME= at a line's start, its value runs to the line's end
           r"\b(?:export[ \t]{1,3})?[A-Z0-9_]{0,40}" + name + r"=(?P<v>[^\s\"'`\\]{3,200})",
           validate=check, category=SECRET, refuse_context=v.not_a_line_start)
      for kind, name, check in (
          ("password", r"(?:(?:PASSWORD|PASSWD|PASSPHRASE|PWD)[A-Z0-9_]{0,20}|_PASS)", v.password_env),
          ("key", r"(?:SECRET|TOKEN|API_?KEY|ACCESS_KEY|PRIVATE_KEY|SIGNING_KEY|ENCRYPTION_KEY|MASTER_KEY|AUTH_KEY)"
                  r"[A-Z0-9_]{0,20}", v.secret))),
    Rule("systemd_environment", "credential",  # Environment="DB_PASSWORD=..." or Environment=A=1 API_SECRET=...
         r"\bEnvironment=\"?(?:[A-Za-z0-9_]{1,64}=[^\s\"\\]{0,100}[ \t]{1,3}){0,6}"
         r"[A-Z0-9_]{0,40}(?:PASSWORD|PASSWD|PASSPHRASE|PWD|_PASS|SECRET|TOKEN|API_?KEY|ACCESS_KEY|PRIVATE_KEY)"
         r"[A-Z0-9_]{0,20}=(?P<v>[^\s\"\\]{3,200})",  # a unit's value runs to a space or its quote, & ~ # and all
         validate=v.password_env, category=SECRET, refuse_context=v.names_a_file),
    Rule("env_password", "credential",  # PGPASSWORD=..., MYSQL_PWD=... in a shell command: the value runs to a space
         r"\b[A-Z0-9_]{0,40}(?:(?:PASSWORD|PASSWD|PASSPHRASE|PWD)[A-Z0-9_]{0,20}|_PASS)="
         r"(?P<v>[^\s\"'`;&|<>\\]{3,128})",
         validate=v.password_env, category=SECRET, refuse_context=v.names_a_file),
    *(Rule(f"secret_store_value{suffix}", "credential",  # the value a secret store's own command is given
           r"(?:" + _SECRET_STDIN + r"[^\r\n|;&<]{0,120}?<<<[ \t]{0,3}"  # a here-string
           r"|\b(?:keyvault[ \t]{1,3}secret[ \t]{1,3}set|secretsmanager[ \t]{1,3}(?:create-secret|put-secret-value|update-secret)"
           r"|ssm[ \t]{1,3}put-parameter\b[^\r\n|;&]{0,200}?SecureString)[^\r\n|;&]{0,200}?[ \t]--(?:value|secret-string)[ \t=]{1,3}"
           r"|\bgh[ \t]{1,3}secret[ \t]{1,3}set\b[^\r\n|;&]{0,80}?[ \t]-b)" + value,  # gh's -b attached (-b"...")
           validate=check, category=SECRET)
      for suffix, value, check in (
          ("_single_quoted", r"'(?P<v>[^'\r\n]{3,300})'", v.password_quoted),
          ("_double_quoted", r"\"(?P<v>[^\"\r\n\\]{3,300})\"", v.password_quoted),
          ("", r"(?P<v>[^\s\"'`|;&<>-][^\s\"'`|;&<>]{2,299})", v.password))),
    Rule("printed_token", "credential",  # $ heroku auth:token, gh auth token, gcloud auth print-access-token: its output
         r"\b(?:heroku[ \t]{1,3}auth:token|gh[ \t]{1,3}auth[ \t]{1,3}token|vault[ \t]{1,3}print[ \t]{1,3}token"
         r"|gcloud[ \t]{1,3}auth[ \t]{1,3}(?:application-default[ \t]{1,3})?print-(?:access|identity)-token"
         r"|kubectl[ \t]{1,3}create[ \t]{1,3}token)"
         r"[^\r\n|;&>]{0,100}(?:\r?\n[^\r\n]{0,160}){0,3}?\r?\n[ \t]{0,4}"  # a warning or two before the line it prints
         r"(?P<v>[A-Za-z0-9._~+/=-]{20,1000})[ \t]{0,3}(?:\r?\n|$)",
         validate=v.printed_token, category=SECRET),
    Rule("printed_secret", "credential",  # $ echo $DB_PASSWORD, >>> os.getenv('API_SECRET'), cat config/master.key: the
         rf"(?:\becho[ \t]{{1,3}}\"?\$\{{?{_SECRET_VARIABLE}\}}?|\bprintenv[ \t]{{1,3}}{_SECRET_VARIABLE}"  # line it printed
         rf"|\bos\.(?:getenv|environ(?:\.get)?)[ \t]{{0,2}}[(\[][ \t]{{0,2}}[\"']{_SECRET_VARIABLE}[\"']"
         rf"|\bENV\[[\"']{_SECRET_VARIABLE}[\"']\]|\bprocess\.env\.{_SECRET_VARIABLE}"
         r"|\b(?:cat|Get-Content)[ \t]{1,3}[^\s|;&<>]{0,120}?(?i:password|passwd|secret|token|api[_-]?key|\.key)"
         r"[^\s|;&<>]{0,60}|\bkubectl[ \t]{1,3}get[ \t]{1,3}secrets?\b[^\r\n]{0,200}\|[ \t]{0,3}base64[ \t]{1,3}(?:-d|--decode|-D))"
         r"[^\r\n]{0,40}\r?\n[ \t]{0,4}(?:=>[ \t]{0,2}|Out\[\d{1,4}\]:[ \t]{0,2})?[\"']?"
         r"(?P<v>[^\s\"'`$>#%][^\s\"'`]{5,199})[\"']?[ \t]{0,3}(?:\r?\n|$)",
         validate=v.printed_secret, category=SECRET),
    Rule("password_prompt", "credential",  # an interactive prompt and the answer typed after it, to the line's end
         r"(?:(?i:password|passphrase|secret access key|secret key|api key|token)"
         r"(?:[ \t]{1,2}for[ \t]{1,2}'[^'\r\n]{1,100}'|[ \t]{1,2}\[[^\]\r\n]{0,40}\])"  # Password for 'https://..':, [None]:
         r"|\b(?i:pass phrase)(?:[ \t]{1,2}for[ \t]{1,2}[^\s:]{1,100})?)"  # openssl: Enter PEM pass phrase:
         r"[ \t]{0,2}:[ \t]{1,3}(?P<v>[^\s]{4,200})[ \t]{0,3}(?:\r?\n|\\n|$)",
         validate=v.password, category=SECRET),
    *(Rule(f"password_twice{form}{suffix}", "credential",  # printf $'pw\npw\n' | smbpasswd -s, <<< $'pw\npw': the
           pattern.format(q=quote, x=chars, e=end, r=_STDIN_PASSWORD_READERS),  # new password and its confirmation
           validate=v.password_quoted, category=SECRET, key_type="credential")
      for form, pattern in (
          ("_piped", r"\b(?:echo[ \t]{{1,3}}-[neE]{{1,2}}|printf)[ \t]{{1,3}}{q}(?P<k>{x})\\n(?P<v>{x})(?:\\n)?{e}[ \t]{{0,3}}"
                     r"\|[^\r\n|;&]{{0,60}}?{r}"),
          ("_here_string", r"{r}[^\r\n|;&<]{{0,80}}?<<<[ \t]{{0,3}}{q}(?P<k>{x})\\n(?P<v>{x})(?:\\n)?{e}"),
          ("_echoed", r"\([ \t]{{0,3}}echo(?:[ \t]{{1,3}}-[neE]{{1,2}})?[ \t]{{1,3}}{q}(?P<k>{x}){e}[ \t]{{0,3}};[ \t]{{0,3}}"
                      r"echo(?:[ \t]{{1,3}}-[neE]{{1,2}})?[ \t]{{1,3}}{q}(?P<v>{x}){e}[ \t]{{0,3}};?[ \t]{{0,3}}\)[ \t]{{0,3}}"
                      r"\|[^\r\n|;&]{{0,60}}?{r}"))
      for suffix, quote, chars, end in (
          ("_single_quoted", r"\$?'", r"(?:[^'\\\r\n]|\\[^n\r\n]){3,128}", "'"),  # $'...' escapes: \' \\ \t
          ("_double_quoted", '"', r"(?:[^\"\\\r\n]|\\[^n\r\n]){3,128}", '"'))),
    *(Rule(f"password_stdin{suffix}", "credential",  # echo '...' | docker login -u x --password-stdin
           r"\b(?:echo(?:[ \t]{1,3}-[neE]{1,2})?|printf(?:[ \t]{1,3}'%s(?:\\n)?'|[ \t]{1,3}\"%s(?:\\n)?\")?)[ \t]{1,3}"
           + value + r"[ \t]{0,3}\|[^\r\n|;&]{0,120}?(?:--password-stdin|\bsudo[ \t]{1,3}(?:-[A-Za-z]{0,4}S|--stdin)"
           r"|" + _SECRET_STDIN + "|" + _STDIN_PASSWORD_READERS + ")",  # or a secret store's command reading the secret from stdin
           validate=check, category=SECRET)
      for suffix, value, check in (
          ("_single_quoted", r"'(?P<v>[^'\r\n]{3,128})'", v.password_quoted),
          ("_double_quoted", r"\"(?P<v>[^\"\r\n\\]{3,128})\"", v.password_quoted),
          ("", r"(?P<v>[^\s\"'`|;&<>]{3,128})", v.password))),
    *(Rule(f"chpasswd_line{suffix}", "credential",  # echo 'user:pw' | chpasswd: the part after the user's colon
           r"\b(?:echo(?:[ \t]{1,3}-[neE]{1,2})?|printf)[ \t]{1,3}" + value
           + r"[ \t]{0,3}\|[^\r\n|;&]{0,40}?\bchpasswd\b",
           validate=v.password_quoted, category=SECRET)
      for suffix, value in (("_single_quoted", r"'[^':\s]{1,64}:(?P<v>[^'\r\n]{3,128})'"),
                            ("_double_quoted", r"\"[^\":\s]{1,64}:(?P<v>[^\"\r\n\\]{3,128})\""))),
    Rule("sqlplus_login", "credential",  # sqlplus user/password@service
         r"\bsqlplus\b[^\r\n|;&]{0,40}?[ \t][A-Za-z0-9_$#]{1,30}/(?P<v>[^\s@/\"']{3,128})(?:@|[ \t]|$)",
         validate=v.password, category=SECRET),
    Rule("expect_send", "credential",  # an expect script answering a password prompt: expect "*assword:" / send "...\r"
         r"\bexpect[ \t]{1,3}(?:-[a-z]{2,5}[ \t]{1,3})?\"[^\"\r\n]{0,30}(?i:password|passphrase)[^\"\r\n]{0,10}\"[ \t]{0,3}"
         r"(?:\r?\n|;)[ \t]{0,12}send[ \t]{1,3}(?:--[ \t]{1,3})?\"(?P<v>[^\"\r\n\\]{3,128})(?:\\r|\\n)?\"",
         validate=v.password_quoted, category=SECRET),
    Rule("dsn_password", "credential",  # a Go/MySQL driver DSN: user:password@tcp(host:port)/db
         r"(?:\b[A-Za-z0-9_.-]{1,64})?:(?P<v>[^\s:@/\"'`\\]{1,128})@(?:tcp6?|udp|unix)\(",
         validate=v.url_password, category=SECRET),
    Rule("redis_auth", "credential",  # redis-cli: AUTH [user] password, as a line of its own or after the prompt
         r"(?:^|[\r\n]|\\n|>[ \t]{1,3})AUTH[ \t]{1,3}(?:[A-Za-z0-9_.-]{1,64}[ \t]{1,3})?(?P<v>[^\s\"'\\]{3,128})"
         r"[ \t]{0,3}(?:\r?\n|\\n|$)",
         validate=v.password, category=SECRET),
    Rule("pgpass_line", "credential",  # ~/.pgpass host:port:database:user:password (port 543x, 6432 or *)
         r"(?:^|[\r\n]|\\n)[A-Za-z0-9.*_-]{1,253}:(?:543\d|6432|\*):[^:\s]{1,63}:[^:\s]{1,63}:"
         r"(?P<v>(?:[^\s\\:]|\\[:\\])(?:(?:[^\r\n\\:]|\\[:\\]){0,126}(?:[^\s\\:]|\\[:\\]))?)[ \t]*(?:\r?\n|\\n|$)",
         validate=v.password_quoted, category=SECRET),  # a colon in the password is escaped: /etc/shadow's fields are none
    *(Rule(f"basic_auth_pair{suffix}", "credential",  # requests auth=('user', 'pw'), HTTPBasicAuth("user", "pw")
           r"(?:\bauth[ \t]{0,3}=[ \t]{0,3}[(\[]|\b(?:HTTPBasicAuth|BasicAuth|HTTPDigestAuth|NetworkCredential|"
           r"PasswordAuthentication|UsernamePasswordCredentials|UsernamePasswordAuthenticationToken)[ \t]{0,3}\("
           r"|\.login[ \t]{0,3}\("  # smtplib/imaplib/ftplib .login("user", "pw")
           r"|\b(?:getConnection|PDO|mysqli(?:_connect)?|ldap_bind)[ \t]{0,3}\([ \t]{0,3}"  # JDBC, PHP: a DSN, host or link first
           r"(?:\$?[A-Za-z_][\w.]{0,60}|\"[^\"\r\n]{1,200}\"|'[^'\r\n]{1,200}')[ \t]{0,3},"
           r"|\.simple_bind(?:_s)?[ \t]{0,3}\()[ \t]{0,3}"  # python-ldap: the bind DN, then its password
           r"[\"'][^\"'\r\n]{1,64}[\"'][ \t]{0,3},[ \t]{0,3}" + value,
           validate=v.password_quoted, category=SECRET)
      for suffix, value in (("_single_quoted", r"'(?P<v>[^'\r\n\\]{3,128})'"),
                            ("_double_quoted", r"\"(?P<v>[^\"\r\n\\]{3,128})\""))),
    *(Rule(f"password_concatenated{suffix}", "credential",  # pw = "Kq7#x" + "Zp!92m": the piece after the '+'
           _named(_PASSWORD_WORDS, _ASSIGN_PLAIN) + piece + r"[ \t]{0,3}\+[ \t]{0,3}" + value,
           validate=v.password_quoted, category=SECRET)  # first among rules starting at the name: the first piece is
      for suffix, piece, value in (                      # then found inside its context
          ("_double_quoted", r"\"(?:[^\"\\\r\n]|\\[^\r\n]){1,128}\"", r"\"(?P<v>(?:[^\"\\\r\n]|\\[^\r\n]){3,128})\""),
          ("_single_quoted", r"'[^'\\\r\n]{1,128}'", r"'(?P<v>[^'\\\r\n]{3,128})'"))),
    Rule("password_line", "credential",  # INI/properties/YAML: an unquoted value runs to the line's end, spaces and all
         rf"(?:^|[\r\n]|\\n)[ \t]{{0,12}}(?:-[ \t]{{1,3}})?(?:{_PASSWORD_LINE_NAME}[ \t]{{0,3}}[:=]|{_PASSWORD_LINE_NAME_CAPS}[ \t]{{0,3}}:"
         r"|pass[ \t]{0,3}[:=])[ \t]{0,3}"  # rclone, pgbouncer, FTP clients' INI: 'pass' alone names the password
         r"(?P<v>[^\s\"'`\\|>!&*\[{](?:(?:[^\r\n\\]|\\[!:=# ]){0,126}[^\s\\])?)",  # a properties escape (\!) is
         validate=v.password_line, category=SECRET, refuse_context=v.names_its_source),  # the value's
    *(Rule(f"password_prose{suffix}", "credential",  # "the admin password is "ruby lamp7! orbit""
           rf"(?:\b(?i:{_PROSE_PASSWORD_WORDS})\b|{_PROSE_PASSWORD_WORDS_UNICODE})"
           r"(?:[ \t]{1,2}[A-Za-zà-ü]{1,12}){0,4}?(?:[ \t]{0,3}(?:[:=]|->)?[ \t]{1,3}|[ \t]{0,3}：[ \t]{0,3})" + value,
           validate=v.password_prose_quoted, category=SECRET)
      for suffix, value in (("_single_quoted", r"'(?P<v>[^'\r\n]{4,64})'"),
                            ("_double_quoted", r"\"(?P<v>[^\"\r\n\\]{4,64})\""),
                            ("_backquoted", r"`(?P<v>[^`\r\n]{4,64})`"))),  # Markdown's inline code: "passphrase `...`"
    *(Rule(f"password_pair{suffix}", "credential",  # define('DB_PASSWORD', '...'), props.put("password", "...")
           _named(_PASSWORD_WORDS, r"[\"'][ \t]{0,3},[ \t]{0,3}") + value, validate=v.password_pair, category=SECRET)
      for suffix, value in (("_single_quoted", r"'(?P<v>[^'\r\n\\]{3,128})'"),
                            ("_double_quoted", r"\"(?P<v>[^\"\r\n\\]{3,128})\""))),
    *(Rule(f"{kind}_setter{suffix}", "credential",  # ds.setPassword("..."), .password("...") in a builder chain,
           rf"(?:\b(?:[Ss]et|[Ww]ith)[A-Za-z]{{0,20}}?{camel}|\.{lower})"  # withApiKey('...'): the one argument
           r"[ \t]{0,3}\([ \t]{0,3}" + value + r"[ \t]{0,3}\)",
           validate=check, category=SECRET)
      for kind, camel, lower, check in (
          ("password", "(?:Password|Passwd|Passphrase|Pwd)", "(?:password|passwd|passphrase|pwd)", v.password_quoted),
          ("key", "(?:ApiKey|ClientSecret|SecretKey|AccessKey|AccessToken|AuthToken|Token|Secret)",
           "(?:api_?[Kk]ey|client_?[Ss]ecret|secret_?[Kk]ey|access_?[Kk]ey|access_?[Tt]oken|auth_?[Tt]oken|token|secret)",
           v.secret_quoted))
      for suffix, value in (("_single_quoted", r"'(?P<v>[^'\r\n\\]{3,200})'"),
                            ("_double_quoted", r"\"(?P<v>[^\"\r\n\\]{3,200})\""))),
    *(Rule(f"terraform_variable_{kind}", "credential",  # variable "db_password" { ... default = "..." }
           r"\bvariable[ \t]{1,3}\"[A-Za-z0-9_-]{0,40}?" + words + r"[A-Za-z0-9_-]{0,20}\"[ \t]{0,3}\{"
           r"(?:[^{}\r\n]{0,80}\r?\n){0,6}?[ \t]{0,12}default[ \t]{0,3}=[ \t]{0,3}\"(?P<v>[^\"\r\n\\]{3,200})\"",
           validate=check, category=SECRET)
      for kind, words, check in (("password", _PASSWORD_WORDS, v.password_quoted), ("key", _KEY_WORDS, v.secret_quoted))),
    Rule("password_set", "credential",  # Dockerfile ENV NAME value, fish set -x NAME "value", csh setenv NAME value
         rf"\b(?:ENV|set(?:[ \t]{{1,3}}-[A-Za-z]{{1,3}}){{0,2}}|setenv)[ \t]{{1,3}}[A-Za-z0-9_.-]{{0,40}}?{_PASSWORD_WORDS}"
         rf"{_NAME_TAIL}[ \t]{{1,3}}[\"']?(?P<v>[^\s\"'`;&|<>\\]{{3,128}})",
         validate=v.password, category=SECRET),
    Rule("password_escaped_quoted", "credential",  # JSON/YAML/TOML/shell "...\"...": escapes belong to the value
         _named(_PASSWORD_WORDS, _ASSIGN_PLAIN) + r"\"(?P<v>(?:[^\"\\\r\n]|\\[^\r\n]){3,128})\"",
         validate=v.password_quoted, category=SECRET, refuse_context=v.names_its_source),
    Rule("password_double_quoted", "credential", _named(_PASSWORD_WORDS) + r"(?P<v>[^\"\r\n\\]{3,128})(?:\\?\")",
         validate=v.password_quoted, category=SECRET, refuse_context=v.single_quoted_or_source),
    Rule("password_single_quoted", "credential",  # YAML and SQL write a quote inside as ''
         _named(_PASSWORD_WORDS) + r"(?P<v>(?:[^'\r\n\\]|''){3,128})'",
         validate=v.password_quoted, category=SECRET, refuse_context=v.no_opening_quote_or_source),
    Rule("password_bare", "credential", _named(_PASSWORD_WORDS) + r"(?P<v>[^\s\"'\\,;&<>`]{3,128})",
         validate=v.password, category=SECRET, refuse_context=v.names_its_source),
    Rule("form_pass", "credential",  # user=ops&pass=Zr7%21kQ%23m2&next=...: a form body's or a query's 'pass' field
         r"(?:[?&]|^|[\r\n])pass=(?P<v>[^\s&#\"'<>]{3,128})", validate=v.password, category=SECRET),
    Rule("password_column", "credential",  # | Usuario | Contraseña |\n| admin | Lq9$Tz!e4Rw |, host,user,password CSV
         column_pattern(_PASSWORD_HEADERS, r"[A-Za-z0-9._@-]{0,40}[!#$%^&*?~+=][^\s|,;\t\"'\\]{0,40}", rows=6),
         validate=v.password_cell, category=SECRET, refuse_context=v.not_its_column, context_chars=WIDE_CONTEXT),
    Rule("password_prose_spaced", "credential",  # "the password is Harbor MUZk% 909 — can you ...": spaces inside,
         rf"(?:\b(?i:{_PROSE_PASSWORD_WORDS})\b|{_PROSE_PASSWORD_WORDS_UNICODE})(?:[ \t]{{1,2}}[A-Za-zà-ü]{{1,12}}){{0,4}}?"
         r"(?:[ \t]{1,2}(?i:is|was|ist|lautet|est|es|é|er|är)[ \t]{1,3}|[ \t]{0,3}[:=][ \t]{1,3})"  # the sentence going
         r"(?P<v>[^\s\"'`]{1,20}(?:[ ][^\s\"'`]{1,20}){1,3})[ \t]{1,3}(?:—|–|--?[ \t]|\()",  # on after a dash or bracket
         validate=v.spaced_password_value, category=SECRET),
    Rule("password_prose", "credential",  # "the password is X", "Passwort lautet X": the value has digits or symbols
         rf"(?:\b(?i:{_PROSE_PASSWORD_WORDS}|pw)\b|{_PROSE_PASSWORD_WORDS_UNICODE})"  # "Пароль от роутера:", "密码是 X"
         r"(?:[ \t]{1,2}(?:[A-Za-zà-ü]{1,12}|[А-яЁё]{1,12})){0,4}?"
         r"(?:[ \t]{0,3}(?:[:=/-]|->)?[ \t]{1,3}|[ \t]{0,3}(?:：|是|为|為|は|는|은)[ \t]{0,3})[\"'`]?"
         + _PROSE_VALUE,
         validate=v.password_prose, category=SECRET),
    Rule("password_prose_words", "credential",  # "the root password is correct horse battery staple", "Passwort: ..."
         rf"(?:\b(?i:{_PROSE_PASSWORD_WORDS})\b|{_PROSE_PASSWORD_WORDS_UNICODE})(?:[ \t]{{1,2}}[A-Za-zà-ü]{{1,12}}){{0,4}}?"
         r"(?:[ \t]{1,2}(?i:is|was|ist|lautet|est|es|é|er|är|is now)[ \t]{1,3}|[ \t]{0,3}[:=][ \t]{1,3})"
         r"(?P<v>[A-Za-z]{3,12}\d{0,4}(?:[ -][A-Za-z]{3,12}\d{0,4}){2,7})[ \t]{0,3}\.?[ \t]{0,3}(?:\r?\n|\\n|$)",
         validate=v.passphrase, category=SECRET),  # a passphrase ends its line: words, not a sentence going on
    Rule("pasted_secret", "credential",  # "use this for the staging admin: 95FDjr...": a chat paste
         # (not "here is": it opens many answers, and a stream would hold their first words back to see how it ends)
         r"\b(?i:use this|use these|try this|log ?in with|sign in with|paste[ds]?)"
         r"(?:[ \t]{1,2}[A-Za-z'-]{1,15}){0,6}[ \t]{0,2}:[ \t]{1,3}[\"'`]?"
         r"(?P<v>[A-Za-z0-9_+/=.~!@#$%^&*-]{12,128})[\"'`]?[ \t]{0,3}(?:\r?\n|\\n|$)",  # alone to the line's end
         validate=v.pasted_secret, category=SECRET, refuse_context=v.names_an_identifier),
    Rule("login_pair", "credential",  # "credentials are svc_backup / S3cr3t!", "login: admin / pass Xy9!..."
         r"\b(?i:credentials?|creds|logins?)(?:[ \t]{1,2}(?i:are|is))?[ \t]{0,2}[:=]?[ \t]{1,3}"
         r"[A-Za-z0-9_.@-]{1,40}[ \t]{0,2}/[ \t]{0,2}" + _PROSE_VALUE,
         validate=v.password_prose, category=SECRET),
    Rule("labelled_pair", "credential",  # "user: admin / pass: Hy6!...", "login=ops, pass=...": 'pass' after a user's label
         r"\b(?i:pass|pw)[ \t]{0,2}[:=][ \t]{0,3}" + _PROSE_VALUE,  # starts at 'pass': a stream holds back no 'Word: '
         validate=v.password_prose, category=SECRET, refuse_context=v.not_after_a_user, context_chars=WIDE_CONTEXT),
    *(Rule(f"labelled_pair{suffix}", "credential",  # { user: 'app', pass: '...' }, user: x then pass: "..."
           r"\b(?i:pass)[ \t]{0,2}[:=][ \t]{0,3}" + value,  # the user's line above may be long (user: mailer@acme.io)
           validate=v.pass_quoted, category=SECRET, refuse_context=v.not_after_a_user, context_chars=WIDE_CONTEXT)
      for suffix, value in (("_single_quoted", r"'(?P<v>[^'\r\n\\]{3,128})'"),
                            ("_double_quoted", r"\"(?P<v>[^\"\r\n\\]{3,128})\""))),
    *pp.RULES_PROSE, *pp.RULES_PAIRS, *pp.RULES_CLI,
    Rule("credential_double_quoted", "credential", _named(_KEY_WORDS, _ASSIGN_KEY) + r"(?P<v>[^\"\r\n\\]{8,200})(?:\\?\")",
         validate=v.secret_quoted, category=SECRET, refuse_context=v.names_an_id_or_in_an_arn, context_chars=WIDE_CONTEXT),
    Rule("credential_single_quoted", "credential", _named(_KEY_WORDS, _ASSIGN_KEY) + r"(?P<v>[^'\r\n\\]{8,200})'",
         validate=v.secret_quoted, category=SECRET, refuse_context=v.names_an_id_or_in_an_arn, context_chars=WIDE_CONTEXT),
    Rule("credential", "credential", _named(_KEY_WORDS, _ASSIGN_KEY) + r"(?P<v>[^\s\"'\\,;&<>`]{8,300})",
         validate=v.secret, category=SECRET, refuse_context=v.names_an_id_or_in_an_arn, context_chars=WIDE_CONTEXT),
    *nsc.rules(_KEY_WORDS), *tsc.RULES,
    *(Rule(f"generated_key{suffix}", "credential",  # define('NONCE_SALT', '...'), LOGGED_IN_KEY = "...": a constant
           rf"\b[A-Z0-9_]{{0,40}}?[A-Z0-9]_(?:KEY|SALT)(?:_[A-Z0-9]{{1,20}}){{0,2}}{_ASSIGN_KEY}" + value,
           validate=v.generated_key, category=SECRET)  # any key's or salt's name: the value must be generated
      for suffix, value in (("_single_quoted", r"(?P<v>[^'\r\n\\]{32,200})'"),
                            ("_double_quoted", r"(?P<v>[^\"\r\n\\]{32,200})\\?\""))),
    Rule("bare_key_line", "credential",  # key=..., key: ..., key = "...": a properties, INI, YAML or TOML key named just
         r"(?:^|[\r\n]|\\n)[ \t]{0,12}[\"']?\bkey[\"']?[ \t]{0,3}[:=][ \t]{0,3}[\"']?"  # 'key', its value random
         r"(?P<v>[A-Za-z0-9_+/=.~-]{16,200})(?:[\"'\s,;]|\\n|$)",
         validate=v.secret, category=SECRET),
    Rule("generated_key_line", "credential",  # properties/INI: jwt.signing-key=<generated, punctuation and all>
         r"(?:^|[\r\n]|\\n)[ \t]{0,12}[a-z0-9_.-]{0,40}?[a-z0-9][_.-](?:key|salt|secret)(?:[_.-][a-z0-9]{1,20}){0,2}"
         r"[ \t]{0,3}[:=][ \t]{0,3}"
         r"(?P<v>[^\s\"'`\\](?:[^\r\n\\]{30,198}[^\s\\]))",
         validate=v.generated_key, category=SECRET),
    Rule("key_prose", "credential",  # "Twilio auth token 6c53...", "mistral api key is ...", "acme token - '...'"
         r"\b(?i:api[ _-]?key|access[ _-]?key|secret[ _-]?key|auth[ _-]?token|access[ _-]?token|api[ _-]?token|"
         r"bot[ _-]?token|client[ _-]?secret|token|secret)\b"
         r"(?:[ \t]{1,2}(?i:is|was)[ \t]{1,2}|[ \t]{0,2}(?:[:=-]|->)[ \t]{0,2}|[ \t]{1,2})[\"'`]?(?P<v>[A-Za-z0-9_+/=.~-]{16,200})",
         validate=v.secret, category=SECRET, refuse_context=v.in_an_arn, context_chars=WIDE_CONTEXT),
    Rule("card_test_number", "card",  # a processor's published test number: stays where its own text calls it one
         rf"\b(?P<v>(?:{_CARD})\b(?:(?:[\"'`]?[ \t]{{1,2}}(?:\(|\|[ \t]{{1,2}}|\([A-Za-z -]{{1,20}}\)[ \t]{{1,2}})?|[\"')]{{0,2}}(?:[,;][^\r\n#]{{0,40}})?;?[ \t]{{1,3}}(?://|#)[ \t]?)"  # or a comment ending its line
         rf"(?:[A-Za-z]{{1,12}}[ \t]){{0,3}}(?i:{_TEST_WORDS_AFTER}))?)",  # its validator knows the numbers
         validate=v.test_card, category=PII, refuse_context=v.test_card_context, context_chars=WIDE_CONTEXT),
    Rule("card", "card", rf"\b(?:{_CARD})\b", validate=v.card, category=PII, refuse_context=pf.not_a_card,
         context_chars=WIDE_CONTEXT),
    Rule("card_wrapped", "card",  # "my card 5566 0049 5984\n9248": a mail client wrapped the number's last group
         r"\b(?i:card|karte|kartennummer|tarjeta|carte|cart[aã]o|carta|kort|karta)\b[^\r\n\d]{0,24}"
         r"(?P<v>\d{4}(?: \d{4}){2}\r?\n\d{4}|\d{4}(?:-\d{4}){2}\r?\n\d{4})\b", validate=v.card_wrapped, category=PII),
    Rule("card_named_short", "card",  # a 13-digit Visa, a 12-15 digit Maestro: order numbers unless a card word names them
         r"\b(?i:card|pan|charg(?:e[ds]?|ing)|kreditkarte|tarjeta|carte|cart[aã]o|maestro)\b[^\r\n\d]{0,20}"
         r"(?P<v>4\d{3}(?:[ -]?\d){9}|5[06-8]\d{2}(?:[ -]?\d){8,11}|6\d{3}(?:[ -]?\d){8,11})(?:[^\d \t-]|[ \t-]\D|$)",
         validate=v.card_short, category=PII),
    Rule("card_column", "card",  # order,card_number,total\n22549,4626217318771,...: a card under its column
         column_pattern(r"card number|card no|card nr|card num|credit card|debit card|card|kartennummer|karte|"
                        r"n[úu]mero de tarjeta|tarjeta|num[ée]ro de carte|numero carta|cart[ãa]o|номер карты|カード番号|卡号",
                        r"\d(?:[ -]?\d){11,18}"),
         validate=v.card_cell, category=PII, refuse_context=v.not_its_column, context_chars=WIDE_CONTEXT,
         max_repeat=COLUMN_REACH, unbounded=True),
    Rule("iban", "iban", r"\b[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]){11,30}\b", validate=v.iban, category=PII),
    Rule("ssn", "ssn", r"\b\d{3}[-. ]\d{2}[-. ]\d{4}\b", validate=v.ssn, category=PII,
         refuse_context=ni.named_as_a_document(None), context_chars=WIDE_CONTEXT),
    Rule("ssn_context", "ssn",
         r"(?i:ssn|social[ _-]?security|seguro social|soc\.? sec\.?)"
         rf"(?:[^\r\n\d]{{0,20}}|{_SIBLING_VALUE})(?P<v>\d{{9}})\b",
         validate=v.ssn, category=PII),
    Rule("email", "email",
         rf"(?:\b[A-Za-z0-9]|{_U_LETTER})(?:[A-Za-z0-9._%+'-]|{_U_LETTER}){{0,63}}@(?:[A-Za-z0-9]|{_U_LETTER})"
         rf"(?:(?:[A-Za-z0-9-]|{_U_LETTER}){{0,62}}\.){{1,8}}(?:[A-Za-z]{{2,24}}\b|xn--[a-z0-9-]{{1,59}}\b|{_U_LETTER}{{2,24}})",
         validate=v.email, category=PII, refuse_context=v.a_url_user, context_chars=WIDE_CONTEXT),
    Rule("email_obfuscated", "email",  # ana.silva [at] mailbox [dot] co [dot] uk: spelled out against scrapers, still usable
         # (its local part ends on a letter or digit, so a stream holds back no sentence's "word. " waiting for "[at]")
         r"\b[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9])?[ \t]?(?:\[at\]|\(at\)|\{at\})[ \t]?[A-Za-z0-9][A-Za-z0-9-]{0,62}"
         r"(?:(?:[ \t]?(?:\[dot\]|\(dot\)|\{dot\})[ \t]?|\.)[A-Za-z0-9-]{1,63}){1,8}\b",
         validate=v.email_obfuscated, category=PII),
    Rule("email_encoded_at", "email",  # ana.silva&#64;mail.de in HTML, \u0040 in JSON or JS, [@], (@) against scrapers
         r"\b[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9])?(?:&#64;|&#x40;|\\u0040|\[@\]|\(@\))[A-Za-z0-9][A-Za-z0-9-]{0,62}"
         r"(?:\.[A-Za-z0-9-]{1,63}){1,8}\b",  # (a full-width ＠ is left: no keyword is found for it after the local part,
         validate=v.email_encoded_at, category=PII),  # so every letter and digit started a search, quadratic on '1.2.1.2...')
    Rule("email_url_encoded", "email",  # ?email=jane.doe%40acme.io: a form's address in a logged URL
         r"\b[A-Za-z0-9][A-Za-z0-9._+-]{0,63}(?:%2[Bb][A-Za-z0-9._-]{1,30})?%40[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.){1,8}"
         r"[A-Za-z]{2,24}\b", validate=v.email_url_encoded, category=PII),
    Rule("phone_below_an_international_cell", "phone",  # an export without a header: the row above says phone
         r"(?:\+|\b00)[1-9][\d ().-]{6,18}\d[ \t]{0,3}[|,;\t][^\r\n]{0,80}\r?\n"
         r"(?:[^\r\n|,;\t]{0,40}[|,;\t]){1,6}[ \t]{0,3}(?P<v>" + _PHONE_COLUMN_CELL + r")[ \t]{0,3}(?:[|,;\t]|\r?\n|$)",
         validate=v.phone_in_column, category=PII, refuse_context=v.not_below_its_column_cell,
         context_chars=WIDE_CONTEXT),  # before phone_international: at the same start, the earlier rule wins
    Rule("phone_international_extension", "phone",  # +39 312 347 4473 ext. 498, ;ext=26 (RFC 3966), x91, #81
         r"(?:\(\+[1-9]\d{0,3}\)|\+[1-9]|\b00[1-9])(?:[ .()/-]{0,2}\d){6,16}"
         r"(?:[ \t]{0,2}(?i:ext\.?|extn\.?|extension|x|#|poste|durchwahl)[ \t]{0,2}|;ext=)\d{1,6}\b",
         validate=v.phone_with_extension, category=PII),
    Rule("phone_international", "phone",  # (+52) 222 123 3233: the country code in brackets is the number's
         r"(?:\(\+[1-9]\d{0,3}\)|\+[1-9]|\b00[1-9])(?:[ .()/-]{0,2}\d){6,16}\b",
         validate=pf.phone_international, category=PII, refuse_context=pf.in_a_digit_run),
    Rule("phone_us", "phone", r"(?:\b1[ .-])?(?:\(\d{3}\) ?\d{3}[ .-]|\b\d{3}[.-]\d{3}[.-])\d{4}\b",  # 1-201-...: its 1
         validate=v.phone, category=PII),
    Rule("phone_in_link", "phone",  # wa.me/4915..., ?phone=4915...: E.164 without its +, as links carry it
         r"(?:\bwa\.me/|[?&](?i:phone|tel|mobile|msisdn|phone_?number)=(?:%2[Bb])?)(?P<v>[1-9]\d{7,14})\b",
         validate=v.phone_without_plus, category=PII),
    Rule("phone_table_cell", "phone",  # | Jane | 020 7946 0018 |, Jane,06 12 34 56 78,Lyon: a national number as a cell
         rf"(?P<v>{_PHONE_CELL})[ \t]{{0,3}}(?:[|,;\t]|\r?\n|$)",
         validate=v.phone_cell, category=PII, context_chars=WIDE_CONTEXT,
         refuse_context=v.not_a_phone_cell(_NOT_PHONE_HEADERS)),
    Rule("phone_grouped_cell", "phone",  # the same cell with its header out of sight: grouped as a phone is written
         rf"(?P<v>{_PHONE_CELL_GROUPED})[ \t]{{0,3}}(?:[|,;\t]|\r?\n|$)",
         validate=v.phone_grouped_cell, category=PII, context_chars=WIDE_CONTEXT,
         refuse_context=v.not_a_phone_cell(_NOT_PHONE_HEADERS, header_unseen=False)),
    Rule("phone_cell_without_trunk", "phone",  # | Ana | 612 33 34 86 |: a national number dialled without a trunk 0
         r"(?P<v>\b[1-9]\d{1,3}(?:[ .-]\d{2,4}){2,4})[ \t]{0,3}(?:[|,;\t]|\r?\n|$)",
         validate=v.phone_cell_without_trunk, category=PII, context_chars=WIDE_CONTEXT,
         refuse_context=v.not_a_phone_cell(_NOT_PHONE_HEADERS, header_unseen=False)),
    Rule("phone_column", "phone",  # every national number under a phone column's header, past a rule's 64 characters
         column_pattern(r"phone|telephone|tel|mobile|fax|whatsapp|telefon|telefone|telefoon|t[ée]l[ée]phone|tel[ée]fono|"
                        r"celular|t[ée]l\.|電話|携帯|전화|휴대폰|手机|电话|телефон", _PHONE_COLUMN_CELL),  # not contact, cell: common
         validate=v.phone_in_column, category=PII, refuse_context=v.not_its_column, context_chars=WIDE_CONTEXT,
         max_repeat=COLUMN_REACH, unbounded=True),
    Rule("phone_national", "phone",
         r"(?:\b(?i:phone|t[eé]l\b|t[eé]l[eé]fono|telefon|telefone|telefoon|telephone|mobile|mobil|m[oó]vil|mobiel|celular|"
         r"cellulare|portable|cell|cel\b|fax|call|whatsapp|sms|handy|contact|n[uú]mero|ring|dial|reach me|text me|"
         r"telem[oó]vel|m[oó]vel|kom[oó]rka|bel|bellen|mob\b|direct line|direct dial|landline|be[ \t]reached"
         r"|(?:office|oficina|bureau|b[üu]ro|standard|accueil|zentrale|centralino|centralita)[ \t]{0,2}:)"  # cel.: Spanish, Portuguese; a switchboard
         r"|\bTEL;[A-Za-z0-9=,;\"-]{1,60}:|(?:^|[\r\n])[MTFP](?::|[ \t])"  # a vCard's TEL;TYPE=WORK,VOICE:, a signature's M: / T
         r"|\b(?:[Pp]ing|[Tt]ext|[Rr]each|[Mm]essage)[ \t]{1,2}[A-Z][a-z]{1,15}\b"  # "ping Hannah at ...": a person, not a host
         r"|電話|携帯|전화|휴대폰|핸드폰|手机|电话|(?i:тел|моб)|☎|✆|📞)"  # scripts without ASCII word boundaries, symbols
         r"[^\r\n\d+@(]{0,16}(?P<v>\(?\d[\d ()./-]{5,18}\d)\b(?:[^\w-]|-[^A-Za-z]|$)",  # not an id's -X check letter
         validate=pf.phone_after_word, category=PII, refuse_context=ni.names_another_number),
    Rule("phone_after_call_words", "phone",  # "llámame al ...", "โทร ...", "the best number for the tradie is ...": the
         r"(?:\b(?i:(?:reach|text|call|ring|message) (?:the|my|our|your|his|her) [a-z-]{2,15}(?: [a-z-]{2,15})? (?:on|at)"  # words that
         r"|best number|number for (?:the|my|our|your) [a-z-]{2,15}(?: is)?|answers on|reachable (?:on|at)"  # give a
         r"|anrufen|ruf(?:e|t)? mich|erreichbar|joignable|appel(?:le[rz]?)?|ll[aá]m(?:a|ame|enos)|m[aá]rca(?:me)?"  # number
         r"|chiam(?:a|ami|ateci)|hubungi|ligue|me liga|me chama)\b"  # to call, in the languages the rules know
         r"|โทร|ติดต่อ|연락|문의|連絡|联系|聯繫|(?i:arayın|liên hệ|zadzwoń|dzwoń))"
         r"[^\r\n\d+@(]{0,16}(?P<v>\(?\d[\d ()./-]{5,18}\d)\b(?:[^\w-]|-[^A-Za-z]|$)",
         validate=pf.phone_after_word, category=PII),
    Rule("phone_mobile_kr_jp", "phone",  # 010-4821-7360, 090-1234-5678: the hyphenated mobiles of Korea and Japan
         r"\b(?P<v>0(?:1[016-9]|[789]0)-\d{3,4}-\d{4})\b(?:[^\w-]|$)", validate=v.phone_kr_jp_mobile, category=PII),
    Rule("phone_national_seven", "phone",  # Phone: 415 4073 - seven-digit plans (IS, EE, PA, local numbers) after a phone
         r"(?:\b(?i:phone|t[eé]l|t[eé]l[eé]fono|telefon|telefone|telefoon|telephone|mobile|mobil|m[oó]vil|celular|cell"
         r"|fax|whatsapp|s[ií]mi|gsm)\b|電話|携帯|手机|电话|(?i:тел)|☎|📞)"  # label's own word, not 'call' or 'contact'
         r"[^\r\n\d+@(]{0,6}(?P<v>\d{3}[ -]\d{4})(?:[^\w-]|$)",
         validate=v.phone_seven_digits, category=PII),
    Rule("phone_own_number", "phone",  # "my number is ...", "confirm via ...": a person's own number, right after
         r"(?:\b(?:number|num[ée]ro|n[úu]mero|nummer|numer)"  # lower case: "My Number" is Japan's individual number
         r"(?:[ \t]{1,2}(?i:is|was|is now|est|est le|ist|es|é|è|lautet))?[ \t]{0,2}:?"
         r"|\b(?i:confirm|verify|reply|respond|answer)[ \t]{1,2}(?i:via|on|at|by (?:phone|sms|text)(?: at| on| to)?))"
         r"[ \t]{1,3}(?P<v>\(?\d[\d ()./-]{5,18}\d)\b(?:[^\w-]|-[^A-Za-z]|$)",
         validate=pf.phone_after_word, category=PII, refuse_context=pf.not_a_persons_number),
    *pf.RULES_CALL_WORDS, *pf.RULES_SENT_TO,
    *(Rule(f"national_id_{name}", "national_id", rf"\b(?:{pattern})\b", validate=check, category=PII,
           refuse_context=ni.named_as_a_document(v.not_this_id_among(pattern, check)), context_chars=WIDE_CONTEXT)
      for name, pattern, check in (
        ("br_cpf", r"\d{3}\.\d{3}\.\d{3}-\d{2}", v.national_id(v.cpf)),
        ("br_cnpj", r"\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}", v.national_id(v.cnpj)),
        ("cl_rut", r"\d{1,2}\.\d{3}\.\d{3}-[\dkK]", v.national_id(v.rut)),
        ("fi_hetu", r"\d{6}[-+A]\d{3}[0-9A-Y]", v.national_id(v.hetu)),
        ("kr_rrn", r"\d{6}-\d{7}", v.national_id(v.rrn)),
        ("be_nn", r"\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}", v.national_id(v.be_nn)),
        ("se_dk", r"\d{6}-\d{4}|\d{8}-\d{4}", v.national_id(v.personnummer, v.cpr)),
        ("es_dni", r"\d{8}-?[A-Z]|[XYZ]-?\d{7}-?[A-Z]", v.national_id(v.dni, v.nie)),
        ("it_cf", r"[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z]|[a-z]{6}\d{2}[a-ehlmpr-t]\d{2}[a-z]\d{3}[a-z]",
         v.national_id(v.codicefiscale)),
        ("mx_curp", r"[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z0-9]\d", v.national_id(v.curp)),
        ("in_pan", r"[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]", v.national_id(v.pan)),
        ("sg_nric", r"[STFGM]\d{7}[A-Z]", v.sg_nric),
        ("uk_nino", r"[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]", v.uk_nino),
        ("ca_sin", r"[1-8]\d{2}[ -]\d{3}[ -]\d{3}(?:[ -]\d{1,4})?", v.national_id(v.sin)),  # a 4th group: longer
        ("fr_nir", r"[12] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}", v.national_id(v.nir)),
        ("in_aadhaar", r"\d{4} \d{4} \d{4}(?: \d{1,4})?", v.national_id(v.aadhaar)),
        ("cn_ric", r"\d{17}[\dX]", v.national_id(v.ric)),
        ("pl_pesel_de_idnr", r"\d{11}", v.national_id(v.pesel, v.idnr)),  # a birth date or a repeated digit, a check
        ("de_idnr_grouped", r"\d{2} \d{3} \d{3} \d{3}", v.national_id_grouped(v.idnr)),  # as the tax office prints it
        ("ar_cuit", r"\d{2}-\d{8}-\d", v.national_id(v.cuit)),
    )),
    Rule("national_id_jp_my_number", "national_id", r"\b(?:\d{4} \d{4} \d{4}(?: \d{1,4})?)\b",
         validate=v.national_id(jp_in), category=PII, refuse_context=ni.named_as_a_document(v.not_this_id_nor_a_cell),
         context_chars=WIDE_CONTEXT),  # one check digit mod 11: in a table only under its column's header
    *(Rule(f"national_id_{name}_named", "national_id",  # a name's spaces may be a key's _ (tax_file_number)
           rf"(?i:{header_words(words)})(?:[^\r\n\d]{{0,20}}|{_SIBLING_VALUE}|{_ANSWER_LINE})(?P<v>{value})\b",
           validate=check, category=PII, refuse_context=v.answers_with_another_number)
      for name, words, value, check in _NAMED_IDS),
    *(Rule(f"national_id_{name}_column", "national_id",  # | Naam | BSN |\n|---|---|\n| J. de Vries | 123456782 |
           column_pattern(words, value), validate=check, category=PII, refuse_context=v.not_its_column,
           context_chars=WIDE_CONTEXT, max_repeat=COLUMN_REACH, unbounded=True)
      for name, words, value, check in _ID_KINDS if name in _COLUMN_KINDS),
    Rule("national_id_generic_column", "national_id",  # | name | tax_id |\n| Bruno | 437638133 |: some id's check holds
         column_pattern(ni.GENERIC_COLUMN_WORDS, r"\d(?:[ .-]?\d){7,12}"),
         validate=v.any_digit_id, category=PII, refuse_context=v.not_its_column, context_chars=WIDE_CONTEXT,
         max_repeat=COLUMN_REACH, unbounded=True),
    Rule("national_id_before_its_kind", "national_id",  # id_value: ... then id_type: BSN, in either order
         r"\b[A-Za-z_-]{0,20}(?i:value|number|num|no|nr)\\?[\"']?[ \t]{0,3}[:=][ \t]{0,3}\\?[\"']?"
         r"(?P<v>[0-9A-Z][0-9A-Z .-]{6,20}[0-9A-Z]" + _SIBLING_KIND + r")",
         validate=v.id_before_its_kind([(words, check) for _, words, _, check in _NAMED_IDS]
                                       + [(r"ssn|social security(?: number)?", v.ssn),
                                          (r"pan|permanent account number", v.national_id(v.pan))]),
         category=PII),
    nil.trailing_kind_rule([kind[1:] for kind in _ID_KINDS] + list(nil.KIND_CHECKS_MORE)),
    Rule("mx_rfc", "national_id", r"(?i:rfc)[^\r\n\w]{1,4}(?P<v>[A-ZÑ&]{3,4}\d{6}[A-Z0-9]{3})\b", validate=v.national_id(mx_rfc),
         category=PII),
    Rule("sg_uen", "national_id", r"(?i:uen)[^\r\n\w]{1,4}(?P<v>\d{8,9}[A-Z]|[RST]\d{2}[A-Z]{2}\d{4}[A-Z])\b",
         validate=v.national_id(sg_uen), category=PII),
    Rule("us_dea", "medical_id",  # a DEA registration, the medical licence number Presidio's recogniser knows
         r"(?i:dea|\bmedical[ _-]licen[cs]e)(?:[ \t]{1,2}(?i:number|no\.?|registration|#))?[^\r\n\w]{1,4}(?P<v>[A-Z]{2}\d{7})\b",
         validate=v.national_id(v.dea), category=PII),
    Rule("ch_ahv", "national_id", r"\b756\.\d{4}\.\d{4}\.\d{2}\b", validate=v.national_id(v.ch_ahv), category=PII,
         refuse_context=ni.named_as_a_document(None), context_chars=WIDE_CONTEXT),
    *pf.RULES_IDS, *ni.RULES_COLUMN, *nil.RULES_COLUMN, *ni.RULES_PASSPORT, *mz.RULES,
    Rule("passport_number", "passport",
         r"(?i:passport|reisepass|passeport|pasaporte|passaporto)(?:[ \t]{1,2}(?i:number|no\.?|nr\.?|n\.|#|num[eé]ro|n[uú]mero))?"
         r"[ \t]{0,2}[:#=]?[ \t]{0,3}(?P<v>[A-Z]{0,2}\d{6,9}[A-Z]?)\b",
         validate=v.document_number, category=PII),
    Rule("driver_licence", "driver_licence",
         r"(?:\b(?i:driver'?s?[ _-]licen[cs]e|driving[ _-]licen[cs]e|führerschein|permis de conduire)|\bDLN?\b)"  # DL#
         r"(?:[ \t]{1,2}(?i:number|no\.?|nr\.?|#))?[ \t]{0,2}[:#=]?[ \t]{0,3}"
         r"(?P<v>[A-Z0-9]{1,6}\d{4,12}[A-Z0-9]{0,6}(?:-\d{3,6}){0,3})\b",  # Illinois' and others' groups: D6101-40706-60905
         validate=v.document_number, category=PII),
    Rule("it_driver_licence", "driver_licence",  # patente di guida: U1 + a letter, six, a letter; older 2 + 7 digits + 1
         r"\b(?i:patente(?: di guida)?)(?:[ \t]{1,2}(?i:n\.?|nr\.?|no\.?|numero))?[^\r\n\w]{1,4}"
         r"(?P<v>U1[BCDEFGHLMNPRSTUWYXZ][A-Z0-9]{6}[A-Z]|[A-Z]{2}\d{7}[A-Z])\b",
         validate=v.token, category=PII),
    Rule("it_identity_card", "national_id",  # carta d'identità: the electronic card's CA12345AB, the paper one's AY1234567
         r"\b(?i:carta d['’]identit[àa]|carta di identit[àa]|documento d['’]identit[àa])(?:[ \t]{1,2}(?i:n\.?|nr\.?|no\.?|numero))?"
         r"[^\r\n\w]{1,4}(?P<v>[A-Z]{2}\d{5}[A-Z]{2}|[A-Z]{2}\d{7})\b",
         validate=v.document_number, category=PII),
    Rule("us_bank_account", "bank_account",  # Presidio's US bank number: 8 to 17 digits after an account's name
         r"\b(?i:bank[ _-]?account|checking[ _-]?account|savings?[ _-]?account|acct)(?:[ \t]{1,2}(?i:number|no\.?|nr\.?|#))?"
         r"[^\r\n\w]{1,4}(?P<v>\d{8,17})\b",
         validate=v.document_number, category=PII),
    Rule("in_vehicle_registration", "vehicle_registration",  # MH 12 AB 1234 after its name (a plate names its owner)
         r"\b(?i:vehicle(?:[ _-](?:registration|reg\.?|number|no\.?)){1,2}|registration (?:number|no\.?)|number plate"
         r"|licen[cs]e plate)(?:[ \t]{1,2}(?i:number|no\.?|nr\.?|#))?[^\r\n\w]{1,4}"
         r"(?P<v>[A-Z]{2}[ -]?\d{1,2}[ -]?[A-Z]{1,3}[ -]?\d{4})\b",
         validate=v.document_number, category=PII),
    Rule("in_voter_id", "national_id",  # India's EPIC (voter id card): three letters, seven digits, after its name
         r"\b(?i:voter(?:'s)?[ _-]?id(?:entity)?(?:[ _-]?card)?|epic)(?:[ \t]{1,2}(?i:number|no\.?|nr\.?|#))?"
         r"[^\r\n\w]{1,4}(?P<v>[A-Z]{3}\d{7})\b",
         validate=v.document_number, category=PII),
    *wk.RULES,
    Rule("bitcoin_segwit_address", "crypto_wallet", r"\b(?:(?:bc|tb)1[02-9ac-hj-np-z]{11,71}|(?:BC|TB)1[02-9AC-HJ-NP-Z]{11,71})\b",
         validate=v.crypto_wallet, category=PII),
    Rule("bitcoin_address", "crypto_wallet",  # Base58 has no literal to find it by: a payment word comes first
         r"(?i:bitcoin|btc|wallet|address|addr|send|pay|payout|deposit|withdraw|donate|donations|recipient)"
         rf"{_WORDS_GAP}(?P<v>[13][1-9A-HJ-NP-Za-km-z]{{25,34}})\b",
         validate=v.crypto_wallet, category=PII),
    Rule("ethereum_address", "crypto_wallet",
         rf"(?i:wallet|eth|ether|ethereum|address|addr|recipient|send to|payout|deposit|donat(?:e|ions?)){_WORDS_GAP}"
         r"(?P<v>0x[0-9a-fA-F]{40})\b",
         validate=v.crypto_wallet, category=PII, refuse_context=v.a_public_address),
    Rule("ipv4", "ipv4", r"\b(?:\d{1,3}\.){3}\d{1,3}\b", validate=v.ipv4, category=NETWORK),
    Rule("ipv6", "ipv6",  # eight groups, or fewer around a "::" (so 12:30:45 is never a candidate)
         r"\b(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}\b"
         r"|(?:\b[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,5})?::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,5}\b)?",
         validate=v.ipv6, category=NETWORK),
)

SECRET_TYPES = tuple(dict.fromkeys(t for r in BUILTIN if r.category == SECRET for t in (r.key_type, r.type) if t))
PII_TYPES = tuple(dict.fromkeys(r.type for r in BUILTIN if r.category == PII))
NETWORK_TYPES = tuple(dict.fromkeys(r.type for r in BUILTIN if r.category == NETWORK))
