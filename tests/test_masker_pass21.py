"""The twenty-first pass's families, pinned: passwords in every syntax, Basic auth, e-mail addresses, phone numbers
and vendor tokens from ``tests/masker_eval/dev_pass21.jsonl`` (generated from formats by ``dev_pass21_make.py``), and
the look-alikes each new rule must leave byte-identical. Whole and streamed in 7-character deltas alike.

``dev_pass21_holdout.jsonl`` is not read here: it measures the pass from outside (see tests/masker_eval/README.md).
"""

import random
import string
from pathlib import Path

import pytest

from bench.masker_eval import altered_look_alikes, load, missed_spans
from services.masker import MaskerPolicy, compile_policy
from tests.test_masker_formats import masked_values

KEY = b"pass21"
RULES = compile_policy(MaskerPolicy())
PASS21 = Path(__file__).resolve().parent / "masker_eval" / "dev_pass21.jsonl"
CASES = load(PASS21)
OFF_FORMAT = {"api_org_S31P2ZzYyR1048EM4Lla3tqpZluPoMREKb"}
"""The generator wrote this Hugging Face org token with digits; its documented alphabet is letters only."""


def test_the_pass21_set_is_as_documented():
    positives = [spans for _, spans, _ in CASES if spans]
    families = {cls.split("/")[0] for _, _, cls in CASES}
    assert len(CASES) >= 450 and len(positives) >= 380
    assert {"password", "basic_auth", "email", "phone", "vendor"} <= families


@pytest.mark.parametrize("mode", ["whole", "streamed"])
def test_every_pass21_span_is_masked(mode):
    assert {value for _, value in missed_spans(CASES, RULES, KEY, mode)} == OFF_FORMAT


@pytest.mark.parametrize("mode", ["whole", "streamed"])
def test_no_pass21_look_alike_is_altered(mode):
    assert altered_look_alikes(CASES, RULES, KEY, mode) == []


@pytest.mark.parametrize("text, value", [
    ("邮箱：用户@例子.广告，谢谢", "用户@例子.广告"),
    ("Эл. почта: пользователь@пример.рф", "пользователь@пример.рф"),
    ('{"email": "josé.müller@straße.de"}', "josé.müller@straße.de"),
    ("reach me: ana.silva [at] mailbox [dot] co [dot] uk", "ana.silva [at] mailbox [dot] co [dot] uk"),
    ("Phone: +44 20 7946 1234 ext. 204", "+44 20 7946 1234 ext. 204"),
    ("Phone: +1 201-559-0127 x", "+1 201-559-0127"),  # no digits after the x: no extension
    ("Sími: 415 4073", "415 4073"),  # Iceland's and Estonia's seven-digit plans after a phone label
    ("Tel.: 322 0677", "322 0677"),
    ("CREATE USER app IDENTIFIED BY Wq7rTz91x DEFAULT TABLESPACE users;", "Wq7rTz91x"),
    ("CREATE LOGIN app WITH PASSWORD = N'Kx8#pw9!Lm', CHECK_POLICY = ON;", "Kx8#pw9!Lm"),
    ("jdbc:oracle:thin:scott/Tg5!rq8Wz@//ora01:1521/ORCL", "Tg5!rq8Wz"),
    ("http -a ops:Hq3!vb8Zr GET https://api.corp.net/items", "Hq3!vb8Zr"),
    ('proxy_set_header Authorization "Basic b3BzOkhxMyF2YjhacjQ=";', "b3BzOkhxMyF2YjhacjQ="),
    ("olcRootPW: Gx7!mp2Wq\n", "Gx7!mp2Wq"),
    ("DB_PASSWORD=Hamburg77.k9Q\n", "Hamburg77.k9Q"),
    ("jelszó: Żółw325€RE", "Żółw325€RE"),
    ("parola: J8Z%kch>90%YR", "J8Z%kch>90%YR"),
    ("sb_secret_SkQuYiXoLwd_zc4_iQQuE4bMu8m0SVt", "sb_secret_SkQuYiXoLwd_zc4_iQQuE4bMu8m0SVt"),
])
def test_a_pass21_format_is_masked_to_its_extent(text, value):
    assert masked_values(text) == [value]


def _azure_keys() -> list[str]:
    rng = random.Random(21)
    alnum = string.ascii_letters + string.digits

    def pick(n: int, extra: str = "") -> str:
        return "".join(rng.choice(alnum + extra) for _ in range(n))

    return [pick(76, "+/") + "+ASt" + pick(5) + "w==", pick(42) + "AzSe" + pick(6), pick(44, "_-") + "AzFu" + pick(5) + "A==",
            pick(33, "+/") + "+ASb" + pick(5) + "=", "0.3f1c0c5e-9b7a-4d5e-8f1a-2c3b4d5e6f70." + pick(30) + ":" + pick(22) + "==",
            "csk-" + pick(48).lower(), "cfut_" + pick(48), "mdb_sa_sk_" + pick(40)]


@pytest.mark.parametrize("key", _azure_keys())
def test_a_scanner_format_no_rule_had_is_masked(key):
    assert masked_values(f"the CI log printed {key} at step 4") == [key]


@pytest.mark.parametrize("text", [
    "psexec \\\\srv01 -u admin -p {0} cmd",
    "xfreerdp /v:10.0.0.5 /u:admin /p:{0}",
    "zip -P {0} backup.zip data/",
    "7z a -p{0} secret.7z docs/",
    "unrar x -p{0} a.rar",
    "oc login -u developer -p {0} https://api.crc.testing:6443",
    "mc alias set myminio http://10.0.0.9:9000 minioadmin {0}",
    "127.0.0.1:6379> AUTH {0}",
    "CONFIG SET requirepass {0}",
    "bcp dbo.t out t.dat -S srv -U sa -P {0}",
    "ipmitool -I lanplus -H 10.0.0.20 -U ADMIN -P {0} chassis status",
    "racadm -r 10.0.0.21 -u root -p {0} getsysinfo",
    "snmpwalk -v3 -l authPriv -u ops -a SHA -A {0} 10.0.0.1",
    "hdbsql -n hana01:30015 -u SYSTEM -p {0}",
    "winrs -r:srv01 -u:admin -p:{0} ipconfig",
    "vncpasswd -f <<< '{0}'",
    "openssl passwd -6 '{0}'",
    "knife bootstrap 10.0.0.5 -x root -P {0}",
    "ftp> user bob {0}",
])
def test_a_client_s_own_password_argument_is_masked(text):
    assert masked_values(text.format("Kq7rTz91xW")) == ["Kq7rTz91xW"]


@pytest.mark.parametrize("text", [
    "AUTH failed: WRONGPASS invalid username-password pair",
    "Call 555-0142 or fax 555-0143 before 5pm",
    "Tel.: 000 0000",
    "phone: 2024 112 tickets",
    "> AUTH failed: WRONGPASS x",
    "7z a -p secret.7z docs/",
    "unrar x -p- a.rar",
    "zip -P \"$ZIP_PASSWORD\" backup.zip data/",
    "CREATE USER app IDENTIFIED EXTERNALLY;",
    "CREATE USER app IDENTIFIED BY VALUES 'S:8F2D';",
    "CREATE USER app IDENTIFIED BY &new_password;",
    "CREATE USER app IDENTIFIED BY ${DB_PASSWORD};",
    "password = sha256.New",
    "password: base64.b64encode",
    "password = python38.py",
    "db_password = config.db",
    "release v1.2.3 #4521",
    "http -a $USER:$PASS GET https://api.corp.net/items",
    'proxy_set_header Authorization "Basic $auth_b64";',
    "contact: ana [at] example [dot] com",
    "пользователь@localhost",
    "用户@例子.test",
    "password: <secret>",
    "sha512-" + "A" * 10 + "Zm9vYmFyYmF6cXV4" * 5 + "==",
    "12345678:ABC-not-a-bot-token",
    "0.3f1c0c5e-9b7a-4d5e-8f1a-2c3b4d5e6f70.short:abc",
    "jdbc:oracle:thin:scott/${DB_PASS}@//ora01:1521/ORCL",
    "Passwort: siehe Tresor",
    "κωδικός: (ρωτήστε την ομάδα)",
])
def test_a_pass21_look_alike_stays(text):
    assert masked_values(text) == []
