"""Development cases of the masker's sixth pass (issue 16): a GCP service account's key id where its private key
follows, and a Twilio auth token passed to ``Client(account_sid, ...)``, each next to look-alikes that stay.

    .venv/bin/python tests/masker_eval/dev_pass6_make.py   # rewrites dev_pass6.jsonl (same seed, same file)

Same shape as dev.jsonl; tests/test_masker_dev_set.py checks it with the earlier passes' sets.
"""

from __future__ import annotations

import string
from pathlib import Path

from dev_cases import DevCases

CASES = DevCases(16066, Path(__file__).resolve().parent / "dev_pass6.jsonl")
rng = CASES.rng
pick, positive, negative = CASES.pick, CASES.positive, CASES.negative
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"


def pem_body() -> str:
    return "\\n".join(pick(B64, 64) for _ in range(4))


def gcp_key_ids() -> None:
    for indent, quote in (("  ", '"'), ("    ", '"'), ("", '\\"')):
        key = f"-----BEGIN PRIVATE KEY-----\\n{pem_body()}\\n-----END PRIVATE KEY-----"
        nl = "\n" if indent else " "
        q = quote
        template = (f"{{{nl}{indent}{q}type{q}: {q}service_account{q},{nl}{indent}{q}project_id{q}: {q}acme-{pick(HEX, 4)}{q},"
                    f"{nl}{indent}{q}private_key_id{q}: {q}{{0}}{q},{nl}{indent}{q}private_key{q}: {q}{{1}}\\n{q},{nl}"
                    f"{indent}{q}client_email{q}: {q}svc@acme.iam.gserviceaccount.com{q}{nl}}}")
        positive(template, [("private_key", pick(HEX, 40)), ("private_key", key)],
                 "gcp: the key id masked with the key it names")
    negative("\"private_key_id\": \"" + pick(HEX, 40) + "\", \"client_id\": \"1" + pick("0123456789", 20) + "\"",
             "vendor_id_lookalike", "a key id without its key")
    negative("gcloud iam service-accounts keys list: KEY_ID " + pick(HEX, 40), "vendor_id_lookalike",
             "a key id listed by gcloud")


def twilio_clients() -> None:
    for sid_name, quote in (("account_sid", '"'), ("TWILIO_ACCOUNT_SID", "'"), ("settings.twilio_sid", '"'),
                            ("sid", "'")):
        positive(f"client = Client({sid_name}, {quote}{{0}}{quote})", [("twilio_auth_token", pick(HEX, 32))],
                 "twilio: the auth token as Client's second argument")
    negative("client = Client(account_sid, auth_token)", "code_reference", "both arguments are variables")
    negative(f"client = Client(base_url, \"{pick(HEX, 32)}\")", "hash_digest", "a hex digest after no SID")
    negative(f"session = Client(sid, '{pick(HEX, 8)}')", "number_lookalike", "too short for a token")


def punctuated(n: int) -> str:
    chars = [rng.choice(string.ascii_letters + string.digits) for _ in range(n - 5)] + [rng.choice("&;|<>*%@)(#!") for _ in range(4)]
    rng.shuffle(chars)
    return rng.choice(string.ascii_uppercase) + "".join(chars) + rng.choice(string.digits)


def env_lines() -> None:
    django = string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)"
    rows = (
        ("SECRET_KEY={0}\nDEBUG=False\n", "django-insecure-" + pick(django, 50)),
        ("DEBUG=1\nDB_PASSWORD={0}\nDB_HOST=db\n", punctuated(18)),
        ("# .env\nexport POSTGRES_PASSWORD={0}\n", punctuated(16)),
        ("  REDIS_PASS={0}\r\n", punctuated(14)),
        ("APP_NAME=shop\nNEXTAUTH_SECRET={0}\n", pick(string.ascii_letters + string.digits, 20) + "&" + pick(HEX, 12)),
    )
    for template, value in rows:
        positive(template, [("credential", value)], "env: a .env value runs to the line's end, punctuation and all")
    negative("PASSWORD_MIN_LENGTH=12\nSECRET_KEY_FILE=/run/secrets/django_key\nDB_PASSWORD=${DB_PASSWORD}\n",
             "placeholder", "a setting, a path and an expansion")
    negative("db_password: SecretStr = Field(default=..., env=\"DB_PASSWORD\")", "code_reference",
             "a pydantic field's type and default")
    negative("    admin_password: Optional[SecretStr] = None", "code_reference", "a typed attribute's default")
    negative("git clone https://deploy@bitbucket.org/acme/" + pick(string.ascii_lowercase, 6) + ".git", "network",
             "a URL with only a user")
    negative("ssh://git@gitlab.example.com:2222/ops/infra.git", "network", "an ssh URL's user")


def main() -> None:
    gcp_key_ids()
    twilio_clients()
    env_lines()
    CASES.write()


if __name__ == "__main__":
    main()
