"""The masker's twelfth pass (recall) working cases (issue 16): the families heldout_v5 (written by others) showed
missed, each written beyond the cases read. Vendor tokens whose base64 body holds zero bytes (Vault batch tokens,
Fly.io macaroons); Cloudflare's global key in its header; memorable passwords with spaces, quoted after a secret's
name or named in a sentence that goes on; ids under a header cell naming two kinds ('Tax / national ID'); phones
after 'Cel.' and 'ping <Name> at'. And the clean texts next to them: fillers, references, sentences about a
password, hosts pinged, other columns' numbers.

    .venv/bin/python tests/masker_eval/dev_pass12a_make.py   # rewrites dev_pass12a.jsonl (same seed, same file)
"""

from __future__ import annotations

import base64
import string
from pathlib import Path

from dev_cases import DevCases
from stdnum.au import tfn
from stdnum.in_ import aadhaar
from stdnum.jp import in_ as jp_in
from stdnum.nl import bsn

CASES = DevCases(16120, Path(__file__).resolve().parent / "dev_pass12a.jsonl")
rng = CASES.rng
pick, positive, negative = CASES.pick, CASES.positive, CASES.negative
DIGITS, LOWER, UPPER = string.digits, string.ascii_lowercase, string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits
CRED = "credential"
WORDS = ("Harbor", "Lantern", "Otter", "Falcon", "Maple", "Cobalt", "Quartz", "Willow", "Tundra", "Saffron")


def binary_base64(header: bytes, length: int) -> str:
    """Base64 of a binary structure: a header with zero bytes, then random bytes."""
    body = header + bytes(rng.randrange(256) for _ in range(length))
    return base64.b64encode(body).decode()


def zero_byte_tokens() -> None:
    for template in ("token                  {0}\ntoken_accessor         " + pick(ALNUM, 24) + "\n",
                     "export VAULT_TOKEN={0}", "vault_token = '{0}'", "{{\"auth\": {{\"client_token\": \"{0}\"}}}}"):
        value = "hvb." + binary_base64(b"\x00\x00\x00\x01", rng.randrange(70, 110)).replace("+", "-").replace("/", "_").rstrip("=")
        positive(template.replace("{{", "{").replace("}}", "}"), [("vault_token", value)], "Vault batch token")
    for template in ("FLY_API_TOKEN=\"FlyV1 {0}\"", "fly secrets set --access-token 'FlyV1 {0}'",
                     "Authorization: FlyV1 {0}"):
        value = "fm2_" + binary_base64(b"\x94\x93\xc4\x08\x00\x00\x00\x00\x00\x00\x00", rng.randrange(90, 160)).rstrip("=")
        positive(template, [("fly_token", value)], "Fly.io macaroon")
    for text in ("export VAULT_TOKEN=hvb." + "A" * 90, "FLY_API_TOKEN=\"FlyV1 fm2_" + "A" * 120 + "\"",
                 "Batch tokens look like hvb.AAAAAQ... and are not renewable."):
        negative(text, "placeholder", "a token's prefix with filler, or cut")


def cloudflare_global_keys() -> None:
    for template in ("curl -H \"X-Auth-Email: ops@acme.io\" -H \"X-Auth-Key: {0}\" https://api.cloudflare.com/client/v4/zones",
                     "headers = {{'X-Auth-Email': 'ops@acme.io', 'X-Auth-Key': '{0}'}}",
                     "x-auth-key: {0}"):
        positive(template.replace("{{", "{").replace("}}", "}"), [("cloudflare_global_key", pick("0123456789abcdef", 37))],
                 "Cloudflare global API key in its header")
    for text in ("curl -H \"X-Auth-Key: $CF_API_KEY\" https://api.cloudflare.com/client/v4/user",
                 "X-Auth-Key: <your global API key>"):
        negative(text, "config_reference", "the header naming where its key is")


def spaced_password() -> str:
    """A generator's memorable password: a word, a random chunk with a symbol, a number."""
    while True:
        chunk = pick(ALNUM, 4)
        if not chunk.isalpha() or (not chunk.islower() and not chunk.isupper() and not chunk.istitle()):
            break
    return f"{rng.choice(WORDS)} {chunk}{rng.choice('?%.!#')} {pick(DIGITS, 3)}"


def passwords_with_spaces() -> None:
    for template in ("SESSION_SECRET=\"{0}\"\nLOG_LEVEL=info", "session_secret: '{0}'", "\"api_secret\": \"{0}\",",
                     "APP_SECRET_KEY = \"{0}\""):
        positive(template, [(CRED, spaced_password())], "a memorable password with spaces after a secret's name")
    for template in ("the staging password is {0} — can you check the login?",
                     "Wi-Fi password: {0} (case-sensitive)", "the admin password was {0} -- rotate it"):
        positive(template, [(CRED, spaced_password())], "a password with spaces in a sentence going on")
    for text in ("SESSION_SECRET_HINT=\"rotate every 90 days.\"", "the password is stored in 1Password — ask ops",
                 "the password is rotated every 90 days — see the runbook", "APP_SECRET_NOTE=\"Set in Vault v2.\"",
                 "the password is at least 12 chars (see policy)"):
        negative(text, "prose", "a sentence about a password, no value")


def ids_under_two_kinds() -> None:
    names = ("Rahul Müller", "Priya Sharma", "Kenji Rossi", "Sofia Andersen", "Amara Petrov")
    rows = [(aadhaar, 12, "23456789", "IN"), (tfn, 9, "123456789", "AU"), (jp_in, 12, "123456789", "JP"),
            (bsn, 9, "123456789", "NL")]
    for header in ("Tax / national ID", "National ID / Tax", "SSN/national ID"):
        lines = [f"| {rng.choice(names)} | {cc} | {CASES.number(module, length, first=first)} |"
                 for module, length, first, cc in rng.sample(rows, 3)]
        last = lines[-1].split(" | ")[2].removesuffix(" |")
        text = f"| Employee | Country | {header} |\n|---|---|---|\n" + "\n".join(lines) + "\n"
        head = text[:text.rindex(last)]
        positive(head.replace("{", "{{").replace("}", "}}") + "{0} |\n", [("national_id", last)],
                 "an id under a header naming two kinds")
    lines = [f"| {rng.choice(names)} | {CASES.number(bsn, 9)} |" for _ in range(3)]
    negative("| Customer / account | Account ID |\n|---|---|\n" + "\n".join(lines) + "\n",
             "object_id", "account numbers passing an id's check, under a header naming no id")


def phones_after_cel_and_ping() -> None:
    for template, value in (("Cliente: Ana Souza | Cel. {0}", f"(11) 9{pick(DIGITS, 4)}-{pick(DIGITS, 4)}"),
                            ("Contacto: Luis Pérez, cel: {0}", f"55 {pick(DIGITS, 4)} {pick(DIGITS, 4)}"),
                            ("done. ping Hannah at {0} if the job still fails", f"010-{pick('2345678', 1)}{pick(DIGITS, 3)}-{pick(DIGITS, 4)}"),
                            ("ping Marco at {0} tomorrow", f"06 {pick('12345', 1)}{pick(DIGITS, 3)} {pick(DIGITS, 4)}")):
        positive(template, [("phone", value)], "a phone after Cel. or 'ping <Name> at'")
    for text in ("ping prod-db-1 at 10.20.30.40 from the bastion", "ping 192.168.100.200 -c 4",
                 "cel shading at 60 fps on 1920x1080"):
        negative(text, "ops", "hosts pinged, a renderer's setting")


def phones_after_contact_verbs() -> None:
    """'text / reach / message <Name> at/on <number>': a person reached, as 'ping' is; a host stays."""
    for template, value in (("Text Priya on {0} when you land", f"06 {pick('12345', 1)}{pick(DIGITS, 3)} {pick(DIGITS, 4)}"),
                            ("you can reach Jonas at {0} until 6pm", f"030 {pick(DIGITS, 4)} {pick(DIGITS, 4)}"),
                            ("message Kenji on {0}", f"090-{pick('12345678', 1)}{pick(DIGITS, 3)}-{pick(DIGITS, 4)}")):
        positive(template, [("phone", value)], "a phone after 'text / reach / message <Name>'")
    for text in ("reach Grafana at 10.20.30.40:3000 from the VPN", "Text Editor at 100% zoom since 2024-11-30"):
        negative(text, "ops", "a service reached, an editor's setting")


if __name__ == "__main__":
    zero_byte_tokens()
    cloudflare_global_keys()
    passwords_with_spaces()
    ids_under_two_kinds()
    phones_after_cel_and_ping()
    phones_after_contact_verbs()
    CASES.write()
