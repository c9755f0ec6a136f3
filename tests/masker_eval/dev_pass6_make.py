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


def main() -> None:
    gcp_key_ids()
    twilio_clients()
    CASES.write()


if __name__ == "__main__":
    main()
