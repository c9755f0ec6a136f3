"""The masker's eighth pass (issue 16): its working cases, national ids by their checks and credentials by syntax.

    .venv/bin/python tests/masker_eval/dev_pass8_make.py   # rewrites dev_pass8.jsonl (same seed, same file)

The families the pass fixes, written from the brief and not from dev_holdout6 (which is only measured): ids under
column headers, labels and abbreviations in their own languages, bare where format and check are strong; credential
syntaxes (punctuated assignments, systemd units, prompts, ``--password-stdin``, DSNs, JDBC, redis AUTH, CLI flags);
and the look-alikes each family must leave alone. Values come from ``dev_holdout6_make``'s makers with another seed.
"""

from __future__ import annotations

from pathlib import Path

import dev_holdout6_make as makers
from dev_cases import DevCases

CASES = DevCases(16808, Path(__file__).resolve().parent / "dev_pass8.jsonl")
makers.rng = CASES.rng  # the makers draw from this file's seed
make, pick, fmt = makers.make, CASES.pick, makers.fmt
ID, SSN, CRED = "national_id", "ssn", "credential"
positive, negative = CASES.positive, CASES.negative


def password() -> str:
    """A generated password that does not end a sentence with a full stop."""
    while True:
        value = makers.password()
        if not value.endswith("."):
            return value


def cpf_punctuated(value: str) -> str:
    return f"{value[:3]}.{value[3:6]}.{value[6:9]}-{value[9:]}"


def national_ids() -> None:
    rows = (  # (kind, template, grouping, separator)
        ("nl_bsn", "voornaam,achternaam,bsn,woonplaats\nPiet,Jansen,{0},Utrecht", (9,), ""),
        ("nl_bsn", "| Medewerker | Sofinummer | Afdeling |\n| --- | --- | --- |\n| K. Bakker | {0} | HR |", (9,), ""),
        ("ca_sin", "name\tsin\tstart\nA. Roy\t{0}\t2021-04-01", (3, 3, 3), " "),
        ("au_tfn", "| Name | TFN |\n|---|---|\n| Liam Wilson | {0} |", (3, 3, 3), " "),
        ("no_fnr", "navn;fodselsnummer\nOla Hansen;{0}", (11,), ""),
        ("pl_pesel", "| Imię | PESEL | Miasto |\n|------|-------|--------|\n| Ewa | {0} | Gdańsk |", (11,), ""),
        ("dk_cpr", "navn,cpr_nr\nJens Madsen,{0}", (6, 4), "-"),
        ("fr_nir", "Nom | N° SS\nDurand | {0}", (15,), ""),
        ("pl_pesel", "Klient: Marek Zieliński, {0}, tel. w aktach", (11,), ""),
        ("de_idnr", "Mitarbeiter 0815 – {0} – Steuerklasse III", (11,), ""),
        ("jp_my_number", "{0}（山田花子）", (4, 4, 4), " "),
        ("in_aadhaar", "beneficiary: Ravi Kumar, uid {0}", (4, 4, 4), " "),
        ("br_cpf", "cliente {0} aprovado", (11,), "cpf"),
        ("se_pnr", "Pers.nr: {0}", (6, 4), "-"),
        ("es_dni", "N.I.F./D.N.I.: {0}", (9,), ""),
        ("fr_nir", "numero_securite_sociale: {0}", (15,), ""),
        ("fr_nir", "N° de Sécu {0}", (1, 2, 2, 2, 3, 3, 2), " "),
        ("au_medicare", "Medicare No. {0}", (4, 5, 1), " "),
        ("nz_ird", "IRD # {0}", (8,), ""),
        ("za_id", "RSA ID: {0}", (13,), ""),
        ("be_nn", "NISS : {0}", (2, 2, 2, 3, 2), "."),
        ("kr_rrn", "RRN {0}", (6, 7), "-"),
        ("pt_nif", "NIF/NIPC: {0}", (9,), ""),
    )
    for kind, template, sizes, sep in rows:
        value = make(kind)
        placed = cpf_punctuated(value) if sep == "cpf" else fmt(value, sizes, sep) if sep else value
        positive(template, [(ID, placed)], f"{kind}: header, abbreviation or bare")
    for kind, template, sizes, sep in rows:
        value = make(kind, False)
        placed = cpf_punctuated(value) if sep == "cpf" else fmt(value, sizes, sep) if sep else value
        negative(template.replace("{0}", placed), "invalid_checksum", f"{kind}: the same layout, check fails")
    for text, why in (
            (f"zamówienie nr {makers.digits(11)} wysłane", "an 11-digit order number"),
            (f"Bestellnummer {makers.digits(11)}", "an 11-digit order number in German"),
            (f"order_id,sku,qty\n{makers.digits(11)},A-7,2", "an order id column"),
            (f"| Ticket | Status |\n|---|---|\n| {makers.digits(9)} | open |", "a ticket column"),
            (f"Auftragsnummer {makers.digits(4)} {makers.digits(4)} {makers.digits(4)}", "an order in 4-4-4")):
        negative(text, "number_lookalike", f"look-alike: {why}")


def credentials() -> None:
    cases = (
        ("db.password = \"{0}\"", "a dotted key, quoted"),
        ("admin_pass={0}", "an unquoted _pass"),
        ("Environment=\"SMTP_PASSWORD={0}\"", "systemd Environment, quoted"),
        ("Environment=API_SECRET={0} LOG_LEVEL=info", "systemd Environment with a second pair"),
        ("Password for 'https://ci@git.acme.io': {0}", "a git credential prompt"),
        ("Enter PEM pass phrase: {0}", "an openssl prompt"),
        ("echo \"{0}\" | docker login ghcr.io -u bot --password-stdin", "docker --password-stdin, double quotes"),
        ("db, err := sql.Open(\"mysql\", \"svc:{0}@tcp(127.0.0.1:3306)/shop\")", "a Go DSN in sql.Open"),
        ("DriverManager.getConnection(\"jdbc:postgresql://db/app\", \"app\", \"{0}\")", "JDBC with a literal url"),
        ("AUTH {0}", "redis AUTH alone"),
        ("--db-password {0}", "a --*-password flag with a space"),
        ("--secret-key={0}", "a --secret-key flag"),
        ("mysqldump -u backup -p{0} shop > shop.sql", "mysqldump -p"),
        ("PASSWORD: {0}", "a label in capitals"),
        ("mail.smtp.pass = {0}", "a dotted key ending .pass"),
        ("AWS Secret Access Key [****************WXYZ]: {0}", "an aws configure prompt over a masked default"),
        ("Environment=\"DB_PASSWORD={0}\" \"DB_USER=app\"", "systemd, two quoted assignments"),
        ("printf '%s' '{0}' | helm registry login ghcr.io -u bot --password-stdin", "printf into --password-stdin"),
        ("conn = DriverManager.getConnection(dbUrl, \"report\", \"{0}\");", "JDBC with a url variable"),
        ("10.0.0.5:6379> AUTH ops {0}", "redis ACL AUTH after a prompt"),
    )
    for template, why in cases:
        positive(template, [(CRED, password())], f"credential: {why}")
    for text, why in (
            ("AUTH failed: WRONGPASS invalid username-password pair", "a redis error"),
            ("echo $CR_PAT | docker login ghcr.io -u bot --password-stdin", "stdin from a variable"),
            ("Enter PEM pass phrase:", "a prompt without an answer"),
            ("getConnection(url, props)", "a call with variables"),
            ("Environment=\"SMTP_PASSWORD_FILE=/run/credentials/smtp\"", "a credential file path"),
            ("--db-password \"$DB_PASSWORD\"", "a variable flag"),
            ("sql.Open(\"mysql\", dsn)", "a DSN variable"),
            ("Environment=\"TOKEN_PATH=/etc/app/token\"", "a path to a token"),
            ("user:%s@tcp(%s)/%s", "a DSN format string"),
            ("AWS Secret Access Key [None]: \nDefault region name [None]: eu-west-1", "an unanswered prompt"),
            ("app.db.pass=${APP_DB_PASS}", "a dotted .pass with a variable"),
            ("AUTH <password>", "a redis stand-in"),
            ("Hash pass phrase: none set", "prose after a prompt-like word")):
        negative(text, "credential_lookalike", f"look-alike: {why}")


def lookalikes() -> None:
    for text, cls, why in (
            ("wallet contract 0xdAC17F958D2ee523a2206206994597C13D831ec7 (USDT)", "public_address", "a contract"),
            (f"block 0x{pick(makers.HEX, 64)}", "public_address", "a block hash"),
            (f"ghp_{pick(makers.ALNUM, 36)} (invalid: checksum mismatch)", "invalid_token", "a failing token"),
            ("sha512-" + pick(makers.B64, 86) + "==", "lockfile", "an integrity hash")):
        negative(text, cls, f"look-alike: {why}")


national_ids()
credentials()
lookalikes()
CASES.write()
