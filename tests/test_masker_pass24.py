"""The twenty-fourth pass's formats and contexts, pinned: passwords named in other languages and scripts (their
full-width punctuation ends the value), password columns of tables and CSV files, values with spaces, braces and
escapes, the line a command prints after reading a named secret, URL passwords holding ``#`` and a mailbox as a
URL's user, national phones after the call words of their language, Korean and Japanese hyphenated mobiles, X
bearer tokens by their run of ``A``, 1Password and Fly.io tokens in base64url, legacy Azure DevOps PATs named in
prose, Chinese resident ids of districts younger than their holder, card numbers wrapped onto a second line; and
the look-alikes left alone (SQL bind parameters, ``${X:?msg}``, SOPS values, type names, i18n keys, Message-IDs,
secret-manager references, the RFC's Basic example, product codes of a PAN's shape). Cases come from
``tests/masker_eval/dev_pass24.jsonl`` (``dev_pass24_make.py``) and from the formats themselves; whole and streamed
in 7-character deltas alike.

``dev_pass24_holdout.jsonl`` is not read here: it measures the pass from outside (see tests/masker_eval/README.md).
"""

from pathlib import Path

import pytest

from bench.masker_eval import altered_look_alikes, load, missed_spans
from services.masker import MaskerPolicy, StreamMasker, compile_policy, mask_text
from tests.test_masker_formats import masked_values

KEY = b"pass24"
RULES = compile_policy(MaskerPolicy())
CASES = load(Path(__file__).resolve().parent / "masker_eval" / "dev_pass24.jsonl")
STILL_MISSED = {"d@59FemtH"}
"""A password column's cell whose only symbol is ``@``: the column rule wants another symbol, or an e-mail address
in a table's user column would be taken for a password."""


def test_the_pass24_set_is_as_documented():
    families = {cls.split("/")[0].removesuffix("_lookalike") for _, _, cls in CASES}
    assert len(CASES) >= 100 and sum(bool(spans) for _, spans, _ in CASES) >= 80
    assert families == {"password_lang", "password_shapes", "phone_regional", "email_context", "vendor_shapes",
                        "ids_cards"}


@pytest.mark.parametrize("mode", ["whole", "streamed"])
def test_every_pass24_span_is_masked_but_the_known_one(mode):
    assert {value for _, value in missed_spans(CASES, RULES, KEY, mode)} == STILL_MISSED


@pytest.mark.parametrize("mode", ["whole", "streamed"])
def test_no_pass24_look_alike_is_altered(mode):
    assert altered_look_alikes(CASES, RULES, KEY, mode) == []


@pytest.mark.parametrize("text, value", [
    ("数据库密码：Rq7#vLm2x，请勿外传。", "Rq7#vLm2x"),
    ("初期パスワードは Tk9!pzQ2 です。", "Tk9!pzQ2"),
    ("관리자 비밀번호: Hs4$kd9q (공유 금지)", "Hs4$kd9q"),
    ("Пароль от почты: Vb7*rt2mX", "Vb7*rt2mX"),
    ("| Usuario | Contraseña |\n|---|---|\n| admin | Lz4!qP9w |\n", "Lz4!qP9w"),
    ("user,passwd,host\nbackup,Mx8#tq2V,db1\n", "Mx8#tq2V"),
    ('SIGNING_SECRET="k2{Xy} 81 ^wQe!"', "k2{Xy} 81 ^wQe!"),
    ("mail.smtp.password=Ab\\!cd=99:x", "Ab\\!cd=99:x"),
    ("login=ana&pass=Qw7%21x%23z9&next=%2F", "Qw7%21x%23z9"),
    ("$ echo $SMTP_PASSWORD\nHx2!vq9Lm\n", "Hx2!vq9Lm"),
    ("$ cat config/master.key\n4f1c9e0d2b7a6c5e8d3f1a0b9c8e7d6f\n", "4f1c9e0d2b7a6c5e8d3f1a0b9c8e7d6f"),
    ("DSN=mysql://app:Kq4!z#7731@db.corp:3306/shop", "Kq4!z#7731"),
    ("llámame al 612 07 84 28 mañana", "612 07 84 28"),
    ("배송 문의: 010-4821-7360", "010-4821-7360"),
    ("身份证号：510107198810215617", "510107198810215617"),
    ("my card 5140 1558 6507\n9059 exp 08/27", "5140 1558 6507\n9059"),
])
def test_a_pass24_format_is_masked_whole_and_streamed_alike(text, value):
    assert value in masked_values(text)


def test_a_mailbox_user_and_its_password_are_masked_together():
    text = "EMAIL_URL=smtp+tls://alerts@acme-mail.de:Sm7p-Alert%2Fx@smtp.acme-mail.de:587"
    assert masked_values(text) == ["alerts@acme-mail.de:Sm7p-Alert%2Fx"]


@pytest.mark.parametrize("text", [
    "UPDATE users SET password_hash = :password_hash WHERE id = :id;",
    "DATABASE_URL: postgres://api:${POSTGRES_PASSWORD:?missing}@db:5432/api",
    "REDIS_URL=redis://:${REDIS_PASS:-}@redis:6379",
    "db:\n    password: ENC[AES256_GCM,data:6pHKyA+Jx1DO=,iv:BIAvmTk=,tag:TTEj6l==,type:str]\n",
    "struct Config {\n    db_password: SecretString,\n}",
    '{"login.password.forgot": "Passwort vergessen?"}',
    "gcloud run deploy api --set-secrets=DB_PASS=projects/48/secrets/db-pass:latest",
    "Message-ID: <auLU7PU8BPTFdYVQ.6337294159@mail.acme-mail.de>",
    "References: <b15734a91d2f@mail.acme.io> <70efba0016c7f4@mail.acme.io>",
    "curl -H 'Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==' localhost",
    "e.g. item PUMPX4410K is the 4 kW pump",
    "2025-04-02 job=reindex took_ms=447120391",
    "忘记密码？请联系管理员。",
])
def test_a_pass24_look_alike_stays(text):
    assert masked_values(text) == []


@pytest.mark.parametrize("unit", [
    "密码：", "| password |\n", "$ echo $DB_PASSWORD\n", "smtp://a@b.io:", "card 4111 1111 1111\n", "A",
    "Пароль от ", "llámame al ", "010-", "pass=",
])
def test_a_long_hostile_line_streams_like_the_whole(unit):
    text = "intro " + unit * (60_000 // len(unit)) + " Rq7#vLm2x"
    masker, out = StreamMasker(RULES, KEY), []
    for i in range(0, len(text), 7):
        out.append(masker.feed(text[i:i + 7])[0])
        assert len(masker.state.tail) <= RULES.bound
    assert "".join(out) + masker.flush()[0] == mask_text(text, RULES, KEY)[0]
