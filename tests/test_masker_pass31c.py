"""The thirty-first pass's credential formats and contexts, pinned: a secret named in a sentence of any language with
words between its name and its value, a variable's name before the value it holds, passwords in chunks
with spaces, after an inflected password word, between guillemets, corner quotes or brackets; Django's generated
keys, a key written to its file, AWS session tokens longer than a generic value runs, and catalogue prefixes
(ClickUp, Together, Fireworks, E2B, Yandex). And the look-alikes left alone: ids, hashes, fingerprints, public keys, placeholders and references where such a value would be, vendor tokens with
dots or colons left whole to their own rules. Cases come from ``tests/masker_eval/dev_pass31c.jsonl``
(``dev_pass31c_make.py``) and from the formats themselves; whole and streamed in 7-character deltas alike.

``dev_pass31c_holdout.jsonl`` is not read here: it measures the pass from outside (see tests/masker_eval/README.md).
"""

import random
import string
from pathlib import Path

import pytest

from bench.masker_eval import altered_look_alikes, load, missed_spans
from services.masker import MaskerPolicy, StreamMasker, compile_policy, mask_text
from tests.test_masker_formats import masked_values

KEY = b"pass31c"
RULES = compile_policy(MaskerPolicy())
CASES = load(Path(__file__).resolve().parent / "masker_eval" / "dev_pass31c.jsonl")
STILL_MISSED = {"1t~76\\59dohxuI", "X~bxwTS\\588", "mfwaG+Q+DTRVFtewvzt8PIpA9/l18E42gDpIC1pc2f==",
                "3zoigBk1fNA5Z2b8y0hGo2aHjB_S9W"}
"""Bare passwords holding a backslash: a rule for them (and ``<``, ``>``) was dropped, as a run of password words
without spaces (``password=a<password=a<...``) made it validate and refuse a long value at every word (x4.5 per
doubling). Values a sentence files under a variable named after them (``... als DD_APP_KEY hinterlegen``): a rule
opening with the value was dropped, as a stream held back every word of prose for it."""
_RNG = random.Random(3131)
_BODY = "".join(_RNG.choice(string.ascii_letters + string.digits + "_-") for _ in range(140))


def test_the_pass31c_set_is_as_documented():
    families = {cls.split("/")[0].removesuffix("_lookalike") for _, _, cls in CASES}
    assert len(CASES) >= 120 and sum(bool(spans) for _, spans, _ in CASES) >= 90
    assert families == {"key_named_prose", "env_name_prose", "password_spaced", "password_punct", "config_names",
                        "vendor_catalogue"}


@pytest.mark.parametrize("mode", ["whole", "streamed"])
def test_every_pass31c_span_is_masked_but_the_known_ones(mode):
    assert {value for _, value in missed_spans(CASES, RULES, KEY, mode)} == STILL_MISSED


@pytest.mark.parametrize("mode", ["whole", "streamed"])
def test_no_pass31c_look_alike_is_altered(mode):
    assert altered_look_alikes(CASES, RULES, KEY, mode) == []


@pytest.mark.parametrize("text, value", [
    ("La chiave Sentry del progetto mobile è Qz81vLmT0pXa77RcWnE2yKd9, grazie.", "Qz81vLmT0pXa77RcWnE2yKd9"),
    ("Der Schlüssel für den Webhook-Dienst lautet 9f2c0d7e4b1a6c3e8d5f2a9b7c4e1d0f.", "9f2c0d7e4b1a6c3e8d5f2a9b7c4e1d0f"),
    ("Stripe の API キーは Jr72Lw0qPzXk3Vn8Ty5Bc1Hd です。", "Jr72Lw0qPzXk3Vn8Ty5Bc1Hd"),
    ("这是监控服务的访问令牌：Kd83nQ0zLx7Vb2Rt9Wm4Yp6S，别外传。", "Kd83nQ0zLx7Vb2Rt9Wm4Yp6S"),
    ("Webhook API anahtarı: Hq7Tz2Lm9Xw4Kd1Vb8Np3Rs5 (gizli)", "Hq7Tz2Lm9Xw4Kd1Vb8Np3Rs5"),
    ("Khóa Auth0 cho môi trường thử nghiệm là AQ_Zk29Lp0Xq7Rw3Vt8Mn1Bc4Hd6Jy5, đừng chia sẻ.",
     "AQ_Zk29Lp0Xq7Rw3Vt8Mn1Bc4Hd6Jy5"),
    ("env showed PAGERDUTY_API_KEY set to u+5s1XqrF9nxZQbWsh4B during the incident.", "u+5s1XqrF9nxZQbWsh4B"),
    ('var key = Environment.GetEnvironmentVariable("DD_API_KEY") ?? "5ae8f2a9b92835bbf0180add3a678508";',
     "5ae8f2a9b92835bbf0180add3a678508"),
    ("Das WLAN-Passwort im Büro lautet qKLz 7Hd2f XpWa (Netz: Gast).", "qKLz 7Hd2f XpWa"),
    ("DB_PASSWORD=Rt7p Kq2Lm !wXz\nPORT=5432", "Rt7p Kq2Lm !wXz"),
    ("Lösenordet till routern är ~k4vTp9az+f3~Q – byt det snart.", "~k4vTp9az+f3~Q"),
    ("Sunucunun şifresi Hq8!Tz2#mW, kimseye verme.", "Hq8!Tz2#mW"),
    ("La contraseña del usuario app_rw en el servidor es «w~Rv-QB/Mc98qR3=*T», cámbiala.", "w~Rv-QB/Mc98qR3=*T"),
    ("管理画面のパスワードは「71Fv_soQ7?j(Kl:fP[D」です。", "71Fv_soQ7?j(Kl:fP[D"),
    ("SECRET_KEY = 'f#k=y*txr7hvfq+*9q%r+iopji9*@_&%em)uz$=-vot^ie8i99'", "f#k=y*txr7hvfq+*9q%r+iopji9*@_&%em)uz$=-vot^ie8i99"),
    ("echo 0a9f7c3e1b5d2f4a6c8e0b1d3f5a7c9e > config/master.key", "0a9f7c3e1b5d2f4a6c8e0b1d3f5a7c9e"),
    ("pass_phrase=Prim4vera#2024", "Prim4vera#2024"),
    ("ClickUp: pk_81234567_K2J9EZTZK6FJWXQ06NBWU391N6F5Y8Q7", "pk_81234567_K2J9EZTZK6FJWXQ06NBWU391N6F5Y8Q7"),
])
def test_a_pass31c_format_is_masked_whole_and_streamed_alike(text, value):
    assert value in masked_values(text)


def test_a_session_token_longer_than_a_generic_value_is_masked_whole():
    token = "IQoJb3JpZ2luX2Vj" + "Kz8q/Lm3+Xw9Tb2VnR4Y" * 20 + "=="
    assert masked_values(f"fly secrets set AWS_SESSION_TOKEN={token} --app edge") == [token]


@pytest.mark.parametrize("text", [
    "Ein JWT als Schlüssel: eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk",
    "Dropbox token: sl.u." + _BODY,
    "Firebase server key: AAAAc_GYZpC:APA91b" + _BODY,
])
def test_a_vendor_token_with_dots_or_colons_is_masked_whole(text):
    value = text.split(": ", 1)[1]
    assert masked_values(text) == [value]


@pytest.mark.parametrize("text", [
    "Füge bitte diesen öffentlichen Schlüssel hinzu: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBxgWY0p/wiFj9+pvWPWOpgxaQMlm1",
    "Der Schlüssel-Fingerprint ist SHA256:Qm7vX2kLp9Tz4Wb8Nc1Rd5Yf3Hg6Js0Ae2Uo7Ik9Ml4",
    "La clé Fastly a été créée par le commit 4b825dc642cb6eb9a060e54bf8d69288fbee4904 hier.",
    "Klucz Okta ma identyfikator 3f2a1b7c-1d2e-4f5a-9b8c-7d6e5f4a3b2c.",
    "Mapbox API 키는 <YOUR_MAPBOX_KEY> 자리에 넣으세요.",
    "The token count for that prompt was 1234567890123456, far above the limit.",
    "The Twilio API token for notifications-service-eu-west-2 lives in Vault.",
    'api_key = os.getenv("OPENAI_API_KEY", "")',
    "Saved build 884213 under DEPLOY_TOKEN_NAME in the notes.",
    "fly secrets set AWS_REGION=eu-central-1 --app edge",
    "Das Passwort lautet wie das alte, nur mit Jahreszahl.",
    "La contraseña del correo es la misma de siempre.",
    "Dejé la contraseña (la de siempre) en el gestor.",
    "パスワードは「8文字以上」にしてください。",
    "login admin, password <your-password> then press enter",
    "the field is password Map<String,String> in the DTO",
    "SECRET_KEY = os.environ['DJANGO_SECRET_KEY']",
    "echo $RAILS_MASTER_KEY > config/master.key",
    "model: accounts/fireworks/models/fw_llama_v3_70b_instruct",
])
def test_a_pass31c_look_alike_stays(text):
    assert masked_values(text) == []


@pytest.mark.parametrize("unit", ["API キーは ", "token for the ", "Schlüssel ", "DD_API_KEY set to ", "password is Ab1 ",
                                  "Lösenordet är ", "«", "echo a1b2c3d4e5f6a7b8c9 "])
def test_a_long_hostile_line_streams_like_the_whole(unit):
    text = "intro " + unit * (60_000 // len(unit)) + " Qz81vLmT0pXa77RcWnE2yKd9"
    masker, out = StreamMasker(RULES, KEY), []
    for i in range(0, len(text), 7):
        out.append(masker.feed(text[i:i + 7])[0])
        assert len(masker.state.tail) <= RULES.bound
    assert "".join(out) + masker.flush()[0] == mask_text(text, RULES, KEY)[0]
