"""The thirty-third pass's generic passwords (``services/masker/password_places.py``), pinned: prose in more
languages and inflected forms with their copulas and dashes, 'creds: user:pass' and 'user X pass Y', and the command
lines the older rules did not know (openssl ``-pass pass:``/``-k``, zip ``-rP``, curl ``-uuser:pw``, mosquitto
``-P``, cqlsh ``-p``, schtasks ``/rp``, ``ConvertTo-SecureString ... -String``); the look-alikes left alone (ports,
variables, password files and sources, prompts, sentences about a password, 'palabra clave', an empty query
parameter). Whole and streamed in 7-character deltas alike; ``dev_pass33g.jsonl`` is measured by bench/masker_eval.py,
its holdout never read here.
"""

import pytest

from tests.test_masker_formats import masked_values

PW = "Kq8LmZp2x!"


@pytest.mark.parametrize("text", [
    f"Lösenordet är {PW} till wifi.", f"Passordet er {PW}", f"Adgangskoden er {PW}", f"Salasanani on {PW}",
    f"Пароль — {PW}", f"Пароль від wifi: {PW}", f"Wifi şifresi {PW}", f"הסיסמה היא {PW}", f"รหัสผ่านคือ {PW}",
    f"Ο κωδικός είναι {PW}", f"पासवर्ड है {PW}", f"كلمة السر هي {PW}", f"Nenosiri: {PW}", f"kata sandinya {PW}",
    f"clave del wifi: {PW}", f"mdp : {PW}", f"la parola d'ordine è {PW}", f"Slaptažodis: {PW}",
    f"creds: admin:{PW}", f"user admin pass {PW}", f"密码：{PW}，请记住", f"パスワードは{PW}です",
    f"openssl enc -aes-256-cbc -k {PW} -in f -out f.enc", f"openssl enc -aes-256-cbc -pass pass:{PW} -in f",
    f"zip -rP {PW} out.zip dir", f"curl -uadmin:{PW} https://x", f"mosquitto_pub -h broker -u dev -P {PW} -t t",
    f"cqlsh -u cassandra -p {PW} host", f"schtasks /create /tn t /ru admin /rp {PW} /tr x",
    f"ConvertTo-SecureString -AsPlainText -Force -String '{PW}'",
])
def test_the_password_is_masked(text):
    assert PW in masked_values(text)


@pytest.mark.parametrize("text", [
    "openssl enc -d -aes-256-cbc -pass env:ENC_PASS -in f", "openssl enc -d -pass file:/run/secrets/k -in f",
    "zip -rP $ZIP_PASS out.zip dir", "mosquitto_pub -h broker -p 1883 -t t -m hi", "cqlsh -u cassandra -p $CASS_PW host",
    "schtasks /create /tn t /ru admin /rp * /tr x", "la palabra clave 2024-A del contrato", "Lösenordet är för kort.",
    "Salasana on vanhentunut.", "Пароль — не менее 12 символов.", "הסיסמה היא חובה", "user admin pass through",
    "login: 2024-01-02 10:22:31 ok", "credentials: arn:aws:iam::123456789012:role/x",
    "jdbc:postgresql://db.internal:5432/app?user=app&password=&ssl=true", "密码：" * 40,
])
def test_the_look_alike_is_left(text):
    assert masked_values(text) == []
