"""Formats judged by their checksum or their context, not by their look: each case masks exactly what it must.

A national id is confirmed only by the format its name announces (a number valid as a Dutch BSN after ``TFN`` is
no tax file number), a wallet address by its checksum, a password in prose by what it is made of, a key block by
its body. Whole and streamed in 7-character deltas alike.
"""

import base64
import json

import pytest

from services.masker import MaskerPolicy, StreamMasker, compile_policy, mask_text
from services.masker import validators as v

KEY = b"formats"
RULES = compile_policy(MaskerPolicy())


def masked_values(text: str) -> list[str]:
    whole, findings = mask_text(text, RULES, KEY)
    masker, out = StreamMasker(RULES, KEY), []
    for i in range(0, len(text), 7):
        out.append(masker.feed(text[i:i + 7])[0])
    assert "".join(out) + masker.flush()[0] == whole
    return [text[f.start:f.end] for f in findings]


@pytest.mark.parametrize("text, value", [
    ("Steuer-ID: 65 929 970 489", "65 929 970 489"),
    ("cliente cpf=52998224725 cadastrado", "52998224725"),
    ("TFN: 123 456 782", "123 456 782"),
    ("BSN 111222333", "111222333"),
    ("NHS number: 943 476 5919", "943 476 5919"),
    ("provider npi 1245319599", "1245319599"),
    ("PPS number 1234567T", "1234567T"),
    ("AHV-Nr. 756.9217.0769.85", "756.9217.0769.85"),
    ("send the BTC to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"),
    ("btc: bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"),
    ("The password is Yag0pX%183 - please change it", "Yag0pX%183"),
    ("Das Passwort lautet Tiger0897?", "Tiger0897?"),
    ("credentials are svc_backup / Summer9789$", "Summer9789$"),
    ("mysql -h db -u root -pxtGXzUMS^210 app", "xtGXzUMS^210"),
    ('<add key="DbPassword" value="Blue2669#" />', "Blue2669#"),
    ("Twilio auth token 6c53e08bed8d4a3eb131bf1ccf9d7201 (rotate after)", "6c53e08bed8d4a3eb131bf1ccf9d7201"),
    ('req.Header.Set("Authorization", "Bearer " + "C-wcVDAQh98DzzJCYB9TVHzsUsuWGvF5QBbs6SxMy")',
     "C-wcVDAQh98DzzJCYB9TVHzsUsuWGvF5QBbs6SxMy"),
    ("ABN 51 824 753 556 for invoices", "51 824 753 556"),
    ("Partita IVA 00743110157", "00743110157"),
    ("EIN 04-2103594", "04-2103594"),
    ("DEA number AB1234563", "AB1234563"),
    ("acme token - 'a8Fk3LmQ9zX2cV7bN4hJ6gT1'", "a8Fk3LmQ9zX2cV7bN4hJ6gT1"),
    ('System.setProperty("ACME_API_TOKEN", "Zk2vQ9mX4rT8wL1pB6nH3jC7")', "Zk2vQ9mX4rT8wL1pB6nH3jC7"),
    ("- name: API_TOKEN\n  value: Zk2vQ9mX4rT8wL1pB6nH3jC7", "Zk2vQ9mX4rT8wL1pB6nH3jC7"),
    ("apiVersion: v1\ndata:\n  password: UzNjcjN0UGFzc3dvcmQxMjM=\nkind: Secret\n", "  password: UzNjcjN0UGFzc3dvcmQxMjM="),
    ("the token is Bearer a8Fk3LmQ9zX2cV7bN4hJ6gT1qq", "a8Fk3LmQ9zX2cV7bN4hJ6gT1qq"),
    ("Cookie: theme=dark; sessionid=a8Fk3LmQ9zX2cV7bN4hJ6gT1; lang=en", "a8Fk3LmQ9zX2cV7bN4hJ6gT1"),
    ("Ocp-Apim-Subscription-Key: 0123abcd9876fedc0123abcd9876fedc", "0123abcd9876fedc0123abcd9876fedc"),
    ("passport no. T24578322", "T24578322"),  # a leading T is a letter, not a timestamp's separator
])
def test_a_value_its_format_or_context_confirms_is_masked(text, value):
    assert value in masked_values(text)


@pytest.mark.parametrize("text", [
    "TFN: 601691019",  # valid as another country's id, not as a tax file number
    "NPI: 1245319598",  # Luhn over 80840 fails
    "send the BTC to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3",  # Base58Check fails
    "btc: bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5",  # bech32 checksum fails
    "Paste your key between -----BEGIN PRIVATE KEY----- and -----END PRIVATE KEY----- markers.",
    "The password must be at least 12 characters long.",
    "password reset at 2024-01-01T10:00",
    "docker login -u ci --password-stdin",
    "Twilio message SM0123456789abcdef0123456789abcdef delivered",
    "heroku release v123 commit 4f2a8c1e9b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39",
    "Passport photo: 2 copies, 35x45 mm",
    "ABN 51 824 753 557 for invoices",  # mod-89 fails
    "DEA number AB1234564",  # check digit fails
    "routing number 021000021",  # an ABA routing number names a bank and is published: no one's data
    'SENSITIVE = {"userdel", "usermod", "passwd", "chpasswd"}',
    "export ANTHROPIC_BASE_URL=http://127.0.0.1:8080",
    "kind: ConfigMap\ndata:\n  mode: production\n",
    "ldap_bind_pw: !vault |",
    "Bearer tokens go in the Authorization header.",
    'raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)',
])
def test_a_look_alike_stays(text):
    assert mask_text(text, RULES, KEY)[0] == text


@pytest.mark.parametrize("text", [
    "Use the test card 4242 4242 4242 4242 with any future expiry.",
    "In test mode, 4000 0566 5566 5556 is a debit card.",
    "Use 4000 0000 0000 0002 to simulate a declined payment.",
    "5555555555554444 (Braintree sandbox Mastercard)",
    "Testkarte 3782 822463 10005, Ablauf beliebig",
    "tarjeta de prueba: 6011 1111 1111 1117",
    "Stripe test mode: pay with 4242 4242 4242 4242, any CVC.",
    "In test mode use the card 5105105105105100 with any future expiry and any CVC.",
])
def test_a_published_test_card_stays_where_its_text_calls_it_a_test_number(text):
    assert mask_text(text, RULES, KEY)[0] == text
    assert masked_values(text) == []


def test_a_test_word_far_before_the_number_is_read_alike_whole_and_streamed():
    """The test word sits ~40 characters before the number, beyond the 16 most rules read: a stream that kept
    only those would mask what the whole text leaves."""
    text = "In Stripe's test mode, for a successful payment, use the card 4242 4242 4242 4242 today."
    stream = StreamMasker(RULES, KEY)
    out = "".join(stream.feed(text[i:i + 3])[0] for i in range(0, len(text), 3)) + stream.flush()[0]
    assert out == mask_text(text, RULES, KEY)[0] == text


@pytest.mark.parametrize("text, value", [
    ('{"name": "Jane Doe", "credit_card": "4111111111111111"}', "4111111111111111"),  # a PII fixture's card
    ("Card on file: 4242 4242 4242 4242, billing zip 94107", "4242 4242 4242 4242"),
    ("refund to 5555 5555 5555 4444 issued", "5555 5555 5555 4444"),
    ("test card 4532 0151 1283 0366", "4532 0151 1283 0366"),  # not a published test number: a card
    ("Use 4532015112830366 to simulate a refund", "4532015112830366"),
])
def test_a_card_its_text_does_not_call_a_published_test_number_is_masked(text, value):
    assert masked_values(text) == [value]


@pytest.mark.parametrize("text, value", [
    ("id_type: BSN\nid_value: 111222333\n", "111222333"),
    ("id_value: 111222333\nid_type: BSN\n", "111222333"),
    ('{"document_number": "52998224725", "document_type": "CPF"}', "52998224725"),
    ('{"type": "Steuer-ID",\n "number": "65 929 970 489"}', "65 929 970 489"),
    ('{"de_tax_id": "65929970489"}', "65929970489"),
    ("document_number: 12345678Z\ndocument_type: DNI\n", "12345678Z"),
    ('"{\\"id_value\\": \\"111222333\\", \\"id_type\\": \\"BSN\\"}"', "111222333"),  # JSON in a JSON string
    ('"{\\"id_type\\": \\"BSN\\",\\n \\"id_value\\": \\"111222333\\"}"', "111222333"),
])
def test_an_id_named_by_its_sibling_field_is_masked(text, value):
    assert masked_values(text) == [value]


@pytest.mark.parametrize("text", [
    "id_type: BSN\nid_value: 111222334\n",  # the BSN check fails
    "id_value: 111222333\nid_type: passport\n",  # valid as a BSN, named as something else
    '{"order_number": "52998224725", "order_type": "express"}',
])
def test_a_number_its_sibling_does_not_name_as_a_valid_id_stays(text):
    assert masked_values(text) == []


@pytest.mark.parametrize("text, value", [
    ("Card: 4526 061 464 491 exp 09/27", "4526 061 464 491"),
    ("charge ok pan=4526061464491 amount=12.50", "4526061464491"),
    ('"card": {"number": "4526-061-464-491"}', "4526-061-464-491"),
    ("paid with 6288-9145-8997-5391-378 today", "6288-9145-8997-5391-378"),
    ("auth pan=6288 9145 8997 5391 378 rc=00", "6288 9145 8997 5391 378"),
])
def test_a_card_in_an_unusual_grouping_is_masked(text, value):
    assert masked_values(text) == [value]


@pytest.mark.parametrize("text", [
    "order 4526061464491 shipped",  # 13 digits without a card word: an order number
    "Card: 4526 061 464 492",  # Luhn fails
    "ref 6288-9145-8997-5391-379",  # Luhn fails
])
def test_a_number_in_card_groups_that_is_no_card_stays(text):
    assert masked_values(text) == []


@pytest.mark.parametrize("text, values", [
    ("| Name | Phone |\n|---|---|\n| J. Roe | 020 7946 0018 |\n| L. Brun | 06 12 34 56 78 |\n",
     ["020 7946 0018", "06 12 34 56 78"]),
    ("name,phone\nAnna,030 12345678\nTom,(02) 9876 5432\n", ["030 12345678", "(02) 9876 5432"]),
    ("id;phone\n1;03-1234-5678\n", ["03-1234-5678"]),
])
def test_a_national_phone_number_as_a_table_cell_is_masked(text, values):
    assert masked_values(text) == values


@pytest.mark.parametrize("text", [
    "| sku | price |\n| 0012 3456 | 10.00 |\n",  # a product code
    "date,amount\n01-02-2024,0 123 456\n",
    "| ISBN | 0-306-40615-2 |\n| order | 012345678901 |\n",
    "ref 020 7946 0018 x",  # not a cell, no phone word
])
def test_a_number_in_a_cell_that_is_no_phone_stays(text):
    assert masked_values(text) == []


@pytest.mark.parametrize("text, values", [
    ("voornaam,achternaam,bsn,plaats\nPiet,Jansen,140560865,Utrecht", ["140560865"]),
    ("| Name | TFN |\n|---|---|\n| Liam Wilson | 017 488 141 |", ["017 488 141"]),
    ("navn;fnr\nOla Hansen;04048723999", ["04048723999"]),
    ("{\"csv\": \"name,cpr_nr\\nJens,080888-2339\"}", ["080888-2339"]),  # a table inside a JSON string
])
def test_an_id_under_a_column_header_naming_it_is_masked(text, values):
    assert masked_values(text) == values


@pytest.mark.parametrize("text", [
    "voornaam,achternaam,bsn,plaats\nPiet,Jansen,113758584,Utrecht",  # the BSN check fails
    "| Name | TFN |\n|---|---|\n| Liam Wilson | 644 744 058 |",  # the TFN check fails
    "bsn,name,ticket\n,Piet,140560865",  # a valid BSN in the ticket column
    "the bsn\nPiet,Jansen,140560865",  # the name in prose, not a header cell
])
def test_a_number_under_a_header_naming_another_column_or_failing_stays(text):
    assert masked_values(text) == []


@pytest.mark.parametrize("text, value", [
    ("Pacjent: 80041954762, ur. w Krakowie", "80041954762"),  # PESEL: a birth date and its check
    ("Mitarbeiter 0815 - 45778913601 - Steuerklasse III", "45778913601"),  # Steuer-ID: a repeated digit and a check
    ("1952 0765 1740（山田花子）", "1952 0765 1740"),  # My Number in its 4-4-4 grouping
    ("KYC for P. Sharma (4083 0650 8477)", "4083 0650 8477"),  # Aadhaar, Verhoeff
    ("D.N.I. 12345678Z", "12345678Z"),
    ("Pers.nr 811228-9874", "811228-9874"),
    ("numero_securite_sociale: 184057512345625", "184057512345625"),
])
def test_a_strong_id_bare_or_under_an_abbreviation_is_masked(text, value):
    assert masked_values(text) == [value]


@pytest.mark.parametrize("text", [
    "Numer zamówienia: 80041954762",  # an order number that passes the PESEL check
    "{\"type\": \"invoice\", \"number\": \"45778913601\"}",
    "Rechnungsnummer 1952 0765 1740",
    "Pacjent: 85031200753, ur. w Krakowie",  # the checks fail
])
def test_an_order_or_invoice_number_in_an_id_shape_stays(text):
    assert masked_values(text) == []


@pytest.mark.parametrize("text, value", [
    ("[Service]\nEnvironment=\"DATABASE_PASSWORD=Tq8.*#&~!x%2\"", "Tq8.*#&~!x%2"),
    ("Environment=API_SECRET=JWcX3#FJEZE&9yei# LOG_LEVEL=info", "JWcX3#FJEZE&9yei#"),
    ("AWS Secret Access Key [None]: q0Xy7/Rk2Lm9Pz+Hw4Tn8Vb1Cd6Ef3Gh5Jk0Lm2N", "q0Xy7/Rk2Lm9Pz+Hw4Tn8Vb1Cd6Ef3Gh5Jk0Lm2N"),
    ("Password for 'https://ci@git.acme.io': VM0PPcq#42F#tSo~M", "VM0PPcq#42F#tSo~M"),
    ("Enter PEM pass phrase: HQvh2&eg0oX2#*ezd", "HQvh2&eg0oX2#*ezd"),
    ("echo 'GNRa4j%xuo.Dp#~CRF' | docker login ghcr.io -u bot --password-stdin", "GNRa4j%xuo.Dp#~CRF"),
    ("dsn := \"svc:EK9.SL~Cs2&IPwP53@tcp(127.0.0.1:3306)/shop\"", "EK9.SL~Cs2&IPwP53"),
    ("DriverManager.getConnection(url, \"app\", \"F!47B5d*0whvmiIm#\")", "F!47B5d*0whvmiIm#"),
    ("127.0.0.1:6379> AUTH IB6sDGjPBA.2L&5.o\nOK", "IB6sDGjPBA.2L&5.o"),
    ("app.db.pass=Kq7#x.~!aZ%2", "Kq7#x.~!aZ%2"),
    ("PASSWORD: WI39P&F~NHpM74I&A", "WI39P&F~NHpM74I&A"),
    ("manage.py runserver --django-secret-key 'k8#x&y!z%Q2w~1abcDEF'", "k8#x&y!z%Q2w~1abcDEF"),
    ("mongosh -u admin -p 'Kq7#x.~!aZ2' app", "Kq7#x.~!aZ2"),
])
def test_a_credential_in_its_syntax_is_masked_to_its_real_end(text, value):
    assert masked_values(text) == [value]


@pytest.mark.parametrize("text", [
    "Environment=\"DATABASE_PASSWORD_FILE=%d/db_password\"",  # where the secret is kept, not the secret
    "AWS Secret Access Key [****************Q7xM]: ",
    "Password for 'https://ci@git.acme.io':",
    "echo \"$CR_PAT\" | docker login ghcr.io -u bot --password-stdin",
    "dsn := fmt.Sprintf(\"%s:%s@tcp(%s)/%s\", user, pass, host, db)",
    "127.0.0.1:6379> AUTH <password>\n(error) WRONGPASS",
    "AUTH failed: WRONGPASS invalid username-password pair",
    "app.db.pass=${APP_DB_PASS}",
    "--token \"$GITHUB_TOKEN\"",
    "navn;fodselsnummer\nOla Hansen;05118085821",  # a number in an id's column, failing its check, is no phone
])
def test_a_credential_syntax_without_a_secret_stays(text):
    assert masked_values(text) == []


def test_a_github_token_its_text_calls_invalid_stays_only_if_its_checksum_fails():
    failing = "ghp_iGCxEdgJjFLKa8h96LPd7qoUHQDBdak18tzw"
    valid = "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"  # the CRC32 of its first 30 characters holds
    assert v.github_checksum_ok(valid) and not v.github_checksum_ok(failing)
    assert masked_values(f"{failing} (invalid: checksum mismatch)") == []
    assert masked_values(f"{valid} (invalid: checksum mismatch)") == [valid]  # a real token, whatever its text says
    assert masked_values(f"export GH={failing}; echo invalid") == [failing]  # the word is another command's


def test_a_shell_expansion_message_is_no_password():
    assert masked_values("DB_PASSWORD=${DB_PASSWORD:?missing}") == []
    assert "Kq7x9aZ2" in "".join(masked_values("echo ${PASSWORD:-Kq7x9aZ2}"))  # a default may be a real one


def test_a_contract_address_stays_and_a_wallet_is_masked():
    assert masked_values("wallet contract 0xdAC17F958D2ee523a2206206994597C13D831ec7 (USDT)") == []
    assert masked_values("eth wallet 0x04c5926e91432d93b361edeabcd709e8236f14ad") == [
        "0x04c5926e91432d93b361edeabcd709e8236f14ad"]


def test_bitcoin_checksums():
    assert v.crypto_wallet("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")
    assert v.crypto_wallet("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy")
    assert v.crypto_wallet("bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297")  # bech32m (taproot)
    assert not v.crypto_wallet("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3")
    assert not v.crypto_wallet("bc1QW508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")  # mixed case is invalid bech32


_BSNS = ("367418253", "209494177", "278086998", "487824738", "456326042")


@pytest.mark.parametrize("text", [
    "name,bsn,city\n" + "".join(f"P{i},{b},Utrecht\n" for i, b in enumerate(_BSNS)),  # CSV
    "bsn\tname\n" + "".join(f"{b}\tP{i}\n" for i, b in enumerate(_BSNS)),  # TSV, the id first
    "| Name | BSN |\n|---|---|\n" + "".join(f"| P{i} | {b} |\n" for i, b in enumerate(_BSNS)),  # Markdown
    " name | bsn\n------+-----------\n" + "".join(f" P{i}   | {b}\n" for i, b in enumerate(_BSNS)) + "(5 rows)",  # psql
    "+----+-----------+\n| id | bsn       |\n+----+-----------+\n"
    + "".join(f"| {i}  | {b} |\n" for i, b in enumerate(_BSNS)) + "+----+-----------+",  # MySQL
    "NAME      BSN          CITY\n" + "".join(f"P{i}        {b}    Utrecht\n" for i, b in enumerate(_BSNS)),  # fixed width
    "{\"csv\": \"name;bsn\\n" + "".join(f"P{i};{b}\\n" for i, b in enumerate(_BSNS)) + "\"}",  # in a JSON string
])
def test_every_row_under_an_id_column_header_is_masked(text):
    assert masked_values(text) == list(_BSNS)


def test_a_column_keeps_its_cells_apart_and_ends_with_its_table():
    text = ("\"naam\";\"bsn\";\"datum\"\n\"A\";\"166115141\";\"2024-01-02\"\n\"B\";\"\";\"2024-01-03\"\n"
            "\"C\";\"367418253\";\"2024-01-04\"\n\"D\";\"209494177\";\"2024-01-05\"\n\nnotes\n278086998 is a ticket")
    assert masked_values(text) == ["367418253", "209494177"]  # a failing check, an empty cell, past the table


@pytest.mark.parametrize("text", [
    "order_no,customer\n" + "".join(f"{b},P{i}\n" for i, b in enumerate(_BSNS)),  # another column's name
    "| Name | BSN | Ticket |\n|---|---|---|\n| A | 166115141 | 367418253 |\n| B | 682824192 | 209494177 |",
])
def test_numbers_outside_an_id_column_or_failing_its_check_stay(text):
    assert masked_values(text) == []


@pytest.mark.parametrize("text, value", [
    ("password: correct horse battery staple", "correct horse battery staple"),
    ("PASSPHRASE=\"tulip-orbit-canyon-mellow\"", "tulip-orbit-canyon-mellow"),
    ("[db]\npassword = amber river cloud spoon\nport = 5432", "amber river cloud spoon"),
    ("GPG_PASSPHRASE=cobalt_falcon_meadow", "cobalt_falcon_meadow"),
    ("The vault password is lemon crane frost piano.", "lemon crane frost piano"),
    ("Passwort: tiger maple spoon", "tiger maple spoon"),
])
def test_a_passphrase_of_words_is_masked_whole(text, value):
    assert masked_values(text) == [value]


@pytest.mark.parametrize("text", [
    "password: required for all users",
    "the password is stored in the vault and rotated weekly",
    "password = account_holder_name",
    "password: Optional[str] = Field(default=None)",
    "  password String @db.VarChar(255)",
    "input SignupInput { email: String! password: String! }",
    "ADMIN_PASSWORD=${ADMIN_PASSWORD:?set ADMIN_PASSWORD}",
])
def test_words_about_a_password_or_its_definition_stay(text):
    assert masked_values(text) == []


@pytest.mark.parametrize("text", [
    "cy.get('#card').type('5555555555554444')  // Stripe test Mastercard",
    "cards:\n  - 4111111111111111  # Braintree sandbox Visa",
    "expect(isValidCard('378282246310005')).toBe(true);",
])
def test_a_published_test_card_in_test_code_stays(text):
    assert masked_values(text) == []


def test_a_phone_column_holds_for_every_row_and_an_id_column_keeps_its_failing_numbers():
    phones = ["020 7946 0018", "020 7946 0342", "0161 496 0777", "0117 496 0123", "020 7946 0991"]
    table = "| Name | Team | Phone |\n|---|---|---|\n" + "".join(f"| Person {i} | ops | {p} |\n" for i, p in enumerate(phones))
    assert masked_values(table) == phones
    failing_tfns = "| Name | TFN |\n|---|---|\n" + "".join(f"| Person {i} | 0{n} |\n" for i, n in enumerate(
        ("94101463", "80710499", "66167052", "23241479", "98623254")))
    assert masked_values(failing_tfns) == []  # phone-shaped, but under a TFN header however far below it


@pytest.mark.parametrize("text", [
    "password: ref+vault://secret/data/db#/password",
    "password: <%= ENV['DB_PASSWORD'] %>",
    "<input type=password name=pwd size=20>",
    "STRIPE_TEST_CARD=4000002500003155",
    "// fixtures/payments.json\n{\"card_number\": \"4242424242424242\"}",
])
def test_references_markup_and_test_fixtures_stay(text):
    assert masked_values(text) == []


@pytest.mark.parametrize("text, value", [
    ('db_pass = "XlfIyc0izgE.qcHGQ"', "XlfIyc0izgE.qcHGQ"),  # generated, though shaped like module.attr
    ("mysql -u root -p'Iwja_KmM8iu6hG._' -h db01 payments", "Iwja_KmM8iu6hG._"),
    ("app.db.pass=umDV8*ua3q7X*uluu.\napp.db.host=db.internal", "umDV8*ua3q7X*uluu."),  # the line's full stop is its
    ('  username       = "dbadmin"\n  password       = "7kF~4j1jjRnK3N.yDx6"\n', "7kF~4j1jjRnK3N.yDx6"),  # aligned '='
    ('[admin]\ninitial_password = """Tm!fg7KBw.$E54?"""', "Tm!fg7KBw.$E54?"),
    ("$ heroku auth:token\n ›   Warning: token will expire 12/29/2026\nb79d4981-2e0a-40f8-88cd-65f583fb0f75\n",
     "b79d4981-2e0a-40f8-88cd-65f583fb0f75"),
    ("Please verify: PAN OYGPY0011D, then call back", "OYGPY0011D"),
])
def test_generated_passwords_in_every_syntax_and_printed_tokens_are_masked(text, value):
    assert masked_values(text) == [value]


_SALT = "PtY=gj&mU h#Bel31iEl(2h-pC>>h_YgCf)rL1s*p_N):xn_~yVm(i-h<A@:&"
_STS = ("IQoJb3JpZ2luX2VjkyU81lSvTfrXFCegrrP+6SMvivIhH57kkcWxC+y1Vjv8Hm+TQn7LyP4pVeXNjkbcjtS3wnZNKlpNdncG+F2GkAJK1r2jQ"
        "BvpyMvMyTX2zR9hImrhUziuGjQATTO6DSRqwEyBsbryPjv57vX3nytJNK+H9VILablLDZguhbtVtnKocmN6zXRm/LYODo/xhGOw5LK6KXA0dPBk")


@pytest.mark.parametrize("text, value", [
    ("machine git.acme.io\n    login deploy\n    password Kq_Zt.RmWpa\n", "Kq_Zt.RmWpa"),  # netrc: no module path
    ("machine ftp.acme.io port 21 login ci account 7 password Xv9*Lm2.\n", "Xv9*Lm2."),  # its full stop is its own
    (f"define( 'NONCE_SALT', '{_SALT}' );", _SALT),  # punctuation, brackets and a space: the alphabet's
    (f"jwt.signing-key={_SALT}\nserver.port=8080", _SALT),
    ("token                  hvs.BXuDL7DxtpYlSXpfKtHF4vUC\ntoken_duration         768h", "hvs.BXuDL7DxtpYlSXpfKtHF4vUC"),
    ("Cookie: ASP.NET_SessionId=q2wz0kx4m1e5yv3bnc0tdr5a", "q2wz0kx4m1e5yv3bnc0tdr5a"),
    (f'$awsSessionToken = "{_STS}";', _STS),  # an STS token by its own start, its whole length
    ("id\tname\tnational_id\n7\tAda Byrne\t111222333\n", "111222333"),  # a header naming no kind: the check decides
    ("id;name;product;contact\n" + "\n".join(f"{n};Kim Lee;home;+44 20 7946 00{n}" for n in range(10, 14))
     + "\n14;Ada Byrne;motor;020 7946 0018\n", "020 7946 0018"),  # grouped as phones are, the header out of sight
    ("--django-secret-key b7@x(2+kq9=m&d!z4w_e5)r1t^y8u0i-o3p6a%s#f*g$hjl9nv", "b7@x(2+kq9=m&d!z4w_e5)r1t^y8u0i-o3p6a%s#f*g$hjl9nv"),
    ("User: use this for the bastion: Rk2Tz9Wq4Lm7Xc1Vb8Nd\n", "Rk2Tz9Wq4Lm7Xc1Vb8Nd"),  # pasted alone in a chat
    ("[nas]\ntype = sftp\npass = k9Zx2-Lq8vW4mN7pR3tY\n", "k9Zx2-Lq8vW4mN7pR3tY"),
    ("| name | phone |\n|---|---|\n| Anna Nowak | 512 345 251 |", "512 345 251"),  # no trunk 0 under its header
    ("send the ETH to 0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"),
])
def test_the_eleventh_pass_families_are_masked_whole(text, value):
    assert value in masked_values(text)


@pytest.mark.parametrize("text", [
    "define( 'AUTH_KEY', 'put your unique phrase here' );",
    "EMAIL_KEY = '^[a-zA-Z0-9.!#$%&*+/=?^_{|}~-]+@[a-zA-Z0-9-]+(?:\\.[a-zA-Z0-9-]+)*$'",
    "machine api.acme.io login deploy password <your-token>",
    "Set-Cookie: PHPSESSID=deleted; expires=Thu, 01-Jan-1970 00:00:01 GMT",
    "customer_id,name\n111222333,Ada Byrne\n",  # a check passing under a header that names no id
    "id,customer,tracking_no\n" + "\n".join(f"{n},Kim Lee,0{n}4 6263 9515" for n in range(10, 16)),
    "here's the request id: req_8Kx2Lm9Qp4Rt6Yw1Zc",  # an identifier pasted, not a secret
    "checks:\n  pass: true\n",
    "ETH wallet 0xfB6916095cA1df60bb79Ce92CE3Ea74C37c5d359",  # its mixed case breaks the EIP-55 checksum
])
def test_templates_regexes_and_numbers_in_other_columns_stay(text):
    assert masked_values(text) == []


@pytest.mark.parametrize("text", [
    '"SecretId": "arn:aws:secretsmanager:eu-west-1:253188990845:secret:prod/db-Wb0zew"',
    "    password = forms.CharField(widget=forms.PasswordInput, min_length=14)",
    "password: ${DB_PASSWORD:?DB_PASSWORD must be set}",
    ': "${PGPASSWORD:?PGPASSWORD not set}"',
    "  password        = var.db_password",
    "db_pass = cfg.dbPassword2",
    "$ heroku auth:token | pbcopy\n$ pbpaste | wc -c\n37",
])
def test_arns_field_definitions_expansion_messages_and_references_stay(text):
    assert masked_values(text) == []


@pytest.mark.parametrize("text", [
    '    r = self.client.post("/api/orders/pay", data={"number": "4000056655665556", "cvc": "314"})',
    "| Visa | 4000 0000 0000 9995 | declines with insufficient_funds |",
    "const DECLINE = '4000000000000002'; // always declined",
    "password: yup.string().min(10).matches(/[0-9]/, 'needs a digit'),",
    "mail_password = Rails.application.credentials.dig(:mail, :password)",
])
def test_test_cards_in_calls_or_beside_outcomes_and_method_chains_stay(text):
    assert masked_values(text) == []


@pytest.mark.parametrize("text, value", [
    ('    r = self.client.post("/api/orders/pay", data={"number": "4539578763621486"})', "4539578763621486"),
    ("2026-11-30 INFO payment captured card=4242424242424242 amount=49.00", "4242424242424242"),
    ("| Ada Brandt | 4539 5787 6362 1486 | succeeds |", "4539 5787 6362 1486"),
])
def test_a_card_outside_test_code_or_unpublished_is_masked(text, value):
    assert masked_values(text) == [value]


@pytest.mark.parametrize("text", [
    "password = User.find_by(email: params[:email])&.password_digest",
    "  password: await argon2.hash(input.password),",
    "DB_PASSWORD=@Microsoft.KeyVault(SecretUri=https://acme.vault.azure.net/secrets/db-password/)",
    "  password: hashedPassword,",
    'password_command = "pass show mail/work"',
    "Stripe's 4000 0000 0000 0341 attaches to a customer but fails on charge.",
    "    fill_in 'card_number', with: '4242424242424242'",
])
def test_expressions_commands_and_processor_test_numbers_stay(text):
    assert masked_values(text) == []


@pytest.mark.parametrize("text, value", [
    ('password = "Kq7(Rm).3vX!t"', "Kq7(Rm).3vX!t"),
    ("smtp_password = 'Wd9!pT(4).zQ'", "Wd9!pT(4).zQ"),
])
def test_a_generated_password_with_brackets_and_dots_is_masked(text, value):
    assert masked_values(text) == [value]


@pytest.mark.parametrize("text", [
    "CARDS = {'success': '4242424242424242', 'decline': '4000000000000002', 'fraud': '4100000000000019'}",
    '    body = {"number": "5555555555554444", "exp": "12/34", "cvc": "123"}  # Braintree sandbox Mastercard',
    "password = ENV['SMTP_PASSWORD'] || raise('SMTP_PASSWORD missing')",
    "password: !secret mqtt_password",
    "password = input('Password: ').strip()",
    "  password?: string | null;",
])
def test_lists_of_test_numbers_lookups_and_nullable_types_stay(text):
    assert masked_values(text) == []


@pytest.mark.parametrize("pair, masked", [
    ("username:password", False), ("guest:guest", False), ("api:gTP2TiRjMdQZttFP8DHV", True),
])
def test_a_basic_header_of_placeholder_or_default_credentials_stays(pair, masked):
    value = base64.b64encode(pair.encode()).decode()
    assert masked_values(f"Authorization: Basic {value}") == ([value] if masked else [])


def test_an_id_passing_by_chance_among_numbers_failing_its_check_stays():
    rows = "".join(f"| {i} | {n} |\n" for i, n in enumerate(("1479 2430 6388", "4752 0540 9660", "7233 6381 7063")))
    assert masked_values("| Row | parcel |\n|---|---|\n" + rows) == []
    assert masked_values("Aadhaar on file: 7233 6381 7063") == ["7233 6381 7063"]


def test_a_published_number_among_customers_cards_is_masked():
    text = "| Customer | Card |\n|---|---|\n| Ada Brandt | 4539578763621486 |\n| Ines Okafor | 4242424242424242 |"
    assert masked_values(text) == ["4539578763621486", "4242424242424242"]


@pytest.mark.parametrize("text, value", [
    ('os.environ["SMTP_PASSWORD"] = "Quill%2031tundra"', "Quill%2031tundra"),
    ("$settings['db_pass'] = 'r7T-kx!Wq2=z';", "r7T-kx!Wq2=z"),
    ('cfg.setPassword("Ærø#552kPz");', "Ærø#552kPz"),
    ('RedisURI.builder().password("Hm4=tq!Lw9Zs").build();', "Hm4=tq!Lw9Zs"),
    ('client.withApiKey("Xq7vLm2Rt9Kp4Wz8Nb3Hc6Jd")', "Xq7vLm2Rt9Kp4Wz8Nb3Hc6Jd"),
    ("$pdo = new PDO($dsn, 'etl', 'Tundra!88quill');", "Tundra!88quill"),
    ("conn.simple_bind_s('uid=svc,ou=apps,dc=acme,dc=io', 'Sable^1984orbit')", "Sable^1984orbit"),
    ("keytool -importcert -file ca.pem -keystore t.jks -keypass 'kp-9Rw!x2'", "kp-9Rw!x2"),
    ("const db = { user: 'etl', pass: 'Fjord$41velvet' };", "Fjord$41velvet"),
    ("relay:\n  user: ops\n  pass: 'amber orbit tundra quill 73'\n", "amber orbit tundra quill 73"),
    ("the door code and password is: .q8#Zt!mW3x", ".q8#Zt!mW3x"),
    ('-H "Authorization: Bearer aB37Q~e5Fg7Hi9Jk1Lm3No5Pq7Rs9Tu1Vw3Xy5Z."', "aB37Q~e5Fg7Hi9Jk1Lm3No5Pq7Rs9Tu1Vw3Xy5Z."),
    ("Set-Cookie: .AspNetCore.Cookies=CfDJ8Kq2vX9mL4pR7tW1zB6nH3jC8dF5gS0aE2uY7iO4kM9; path=/",
     "CfDJ8Kq2vX9mL4pR7tW1zB6nH3jC8dF5gS0aE2uY7iO4kM9"),
    ("Cookie: laravel_session=eyJpdiI6Ik1xR3pXc2VQa0x2RmN0YnBnUT09IiwidmFsdWUiOiJ4",
     "eyJpdiI6Ik1xR3pXc2VQa0x2RmN0YnBnUT09IiwidmFsdWUiOiJ4"),
    ("authjs.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..Xq7vLm2Rt9Kp4Wz8.Nb3Hc6Jd0aE2uY7iO4kM9pQ1.sT5vW8yZ2bD4fG6h",
     "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..Xq7vLm2Rt9Kp4Wz8.Nb3Hc6Jd0aE2uY7iO4kM9pQ1.sT5vW8yZ2bD4fG6h"),
    ("username netops privilege 15 password 0 Ne7!ops#Q2", "Ne7!ops#Q2"),
    ("snmp-server community Rw9-tq!Lz RW", "Rw9-tq!Lz"),
    ("//npm.acme.io/:_auth=Y2k6S3E3I3ZMbTJAeFI5", "Y2k6S3E3I3ZMbTJAeFI5"),
    ('variable "db_password" {\n  sensitive = true\n  default   = "Kq7#vLm2@xR9"\n}', "Kq7#vLm2@xR9"),
    ('{"key": "apiKey", "value": "Zk2vQ9mX4rT8wL1pB6nH3jC7"}', "Zk2vQ9mX4rT8wL1pB6nH3jC7"),
    ("lftp -u deploy,Kq7#vLm2@xR9 sftp://files.acme.io", "Kq7#vLm2@xR9"),
    ("login ok user=deploy pw=Kq7#vLm2@xR9 from 10.2.3.4", "Kq7#vLm2@xR9"),
    ("printf 'Tq4!zL8#wR' | docker secret create db_password -", "Tq4!zL8#wR"),
    ("vercel env add DB_PASSWORD production <<< 'Tq4!zL8#wR'", "Tq4!zL8#wR"),
    ("az keyvault secret set --vault-name kv --name db --value 'Tq4!zL8#wR'", "Tq4!zL8#wR"),
])
def test_the_seventeenth_pass_credential_layouts_are_masked_whole(text, value):
    assert masked_values(text) == [value]


@pytest.mark.parametrize("text", [
    "auth:\n  existingSecret: pg-creds\n  secretKeys:\n    adminPasswordKey: postgres-password\n",
    "passwordSecretKey: redis-password",
    "docker run -e MYSQL_ROOT_PASSWORD=my-secret-pw -d mysql:8",
    'cfg.setPassword(System.getenv("DB_PASSWORD"));',
    'builder.password("${DB_PASSWORD}")',
    "checks:\n  failed: 0\n  pass: \"see report-2026\"\n",
    "the password is .env-managed",
    'password = models.CharField(_("password"), max_length=128)',
    "enable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0",
    "snmp-server community public RO",
    "ci=green pass: build-4471",
    "aws ssm put-parameter --name /app/region --type String --value eu-west-1",
    'az keyvault secret set --vault-name kv --name db --value "$DB_PASSWORD"',
    "To enable password authentication, set PasswordAuthentication yes in sshd_config.",
])
def test_secret_names_lookups_and_test_labels_stay(text):
    assert masked_values(text) == []


@pytest.mark.parametrize("text, value", [
    ("export VAULT_TOKEN=hvb.AAAAAU3tVdsLGptIEvkzEkpiBeNn0Ptt4ZUjH1PjJ7H78awfRermO5HAwZGJl2v8Jxvvi_9Zo34g4l6KFB1MBZMdmsvJvw",
     "hvb.AAAAAU3tVdsLGptIEvkzEkpiBeNn0Ptt4ZUjH1PjJ7H78awfRermO5HAwZGJl2v8Jxvvi_9Zo34g4l6KFB1MBZMdmsvJvw"),
    ('FLY_API_TOKEN="FlyV1 fm2_lJPECAAAAAAAAADHaG6uxiu+k7O5NdDCyNuM28Ur1v/ZHDWH0GL2Mkk/xPqkN3pfOpupSvGIO2cF2vOR0fPk/pbXppCxfIUggfnbsgfrgVqjMiDfIsOfQfu1A+g8wLt7"',
     "FlyV1 fm2_lJPECAAAAAAAAADHaG6uxiu+k7O5NdDCyNuM28Ur1v/ZHDWH0GL2Mkk/xPqkN3pfOpupSvGIO2cF2vOR0fPk/pbXppCxfIUggfnbsgfrgVqjMiDfIsOfQfu1A+g8wLt7"),
    ('curl -H "X-Auth-Key: c5eb5b7c83755270946b2da73e722fe558f51" https://api.cloudflare.com/client/v4/zones',
     "c5eb5b7c83755270946b2da73e722fe558f51"),
    ('SESSION_SECRET="Otter kP9w. 518"', "Otter kP9w. 518"),
    ("the staging password is Maple zX4q! 902 — can you check the login?", "Maple zX4q! 902"),
    ("Cliente: Ana Souza | Cel. (21) 98765-4321", "(21) 98765-4321"),
    ("done. ping Jonas at 010-3456-7890 if it still fails", "010-3456-7890"),
    ("| Name | National ID / Tax |\n|---|---|\n| Ada Brandt | 111222333 |", "111222333"),
])
def test_the_twelfth_pass_families_are_masked_whole(text, value):
    assert masked_values(text) == [value]


@pytest.mark.parametrize("text", [
    "export VAULT_TOKEN=hvb." + "A" * 90,
    "the password is rotated every 90 days — see the runbook",
    "ping prod-db-1 at 10.20.30.40 from the bastion",
    'curl -H "X-Auth-Key: $CF_API_KEY" https://api.cloudflare.com/client/v4/user',
])
def test_fillers_sentences_about_a_password_and_hosts_pinged_stay(text):
    assert masked_values(text) == []


@pytest.mark.parametrize("text, value", [
    ("Cheers,\nLena\n(+41) 78 123 30 91\n", "(+41) 78 123 30 91"),
    ("Best,\nLena Vogt\nM: 078.123.30.91\n", "078.123.30.91"),
    ("BEGIN:VCARD\nTEL;TYPE=WORK,VOICE:0712 121296\nEND:VCARD", "0712 121296"),
    ("Mob: 0712 121296 (evenings)", "0712 121296"),
    ("id,name,phone\n7,Wen Tan,8123 1991\n", "8123 1991"),
    ('{"numero_documento":"99330370-V"}', "99330370-V"),
    ("Identifikationsnummer 51 478 079 237 liegt vor", "51 478 079 237"),
    ('{"tax_file_number":"123456782"}', "123456782"),
    ("codice fiscale: mrtlcu80a41f205c", "mrtlcu80a41f205c"),
    ("| Ad | TC Kimlik No |\n|---|---|\n| Ayşe Kaya | 49427486622 |", "49427486622"),
    ("| Razão social | CNPJ |\n|---|---|\n| Acme Ltda | 61242877000183 |", "61242877000183"),
    ("IBAN NL58-RABO-0598-9052-38 (Rabobank)", "NL58-RABO-0598-9052-38"),
    ("GET /signup?email=lena.vogt%40posteo.de&plan=pro", "lena.vogt%40posteo.de"),
])
def test_the_seventeenth_pass_personal_data_layouts_are_masked_whole(text, value):
    assert masked_values(text) == [value]


@pytest.mark.parametrize("text", [
    "IBAN format example (ISO 13616): GB82 WEST 1234 5698 7654 32",
    "e.g. DE89 3704 0044 0532 0130 00",
    "ping the gateway at 10.78.123.91 first",
    "Paket 51478079238 ist unterwegs",
])
def test_example_ibans_addresses_and_failing_numbers_stay(text):
    assert masked_values(text) == []


@pytest.mark.parametrize("text, values", [
    ('<a href="https://wa.me/254712121296">WhatsApp</a>', ["254712121296"]),
    ("| Dana Reyes | 1 (201) 555-0143 |", ["1 (201) 555-0143"]),
    ("Bureau : 01 42 68 53 00", ["01 42 68 53 00"]),
    ("Thanks,\nLena Vogt\nT 0712 121296\nE lena@posteo.de", ["0712 121296", "lena@posteo.de"]),
    ("1\tAda Lind\tada@posteo.de\t+48 512 341 594\tPL\n2\tOla Berg\tola@posteo.de\t512 341 593\tPL\n",
     ["ada@posteo.de", "+48 512 341 594", "ola@posteo.de", "512 341 593"]),
])
def test_links_a_us_numbers_1_office_labels_and_mixed_export_columns_are_masked(text, values):
    assert sorted(masked_values(text)) == sorted(values)


@pytest.mark.parametrize("text", [
    "Installed: Office 16.0.14326.20404.",
    "call +44 20 7946 0958, or write\n12,Ola,512 341 593,x",
    "id,ref\n1,0086349711,A\n2,0585251026,B\n",
])
def test_versions_after_office_and_numbers_under_no_phone_stay(text):
    assert [v for v in masked_values(text) if not v.startswith("+")] == []


@pytest.mark.parametrize("text, values", [
    ("[09:12] ops: can you send your BSN?\n[09:14] Joost: it's 306427928\n[09:15] ops: thanks", ["306427928"]),
    ("Poderia confirmar o CNPJ da empresa?\n> claro: 77201543000100", ["77201543000100"]),
    ("we still need your PESEL\nEwa (3:05 PM): mine is 15810709700", ["15810709700"]),
    ("Mon numéro est le 04 91 62 37 18, merci.", ["04 91 62 37 18"]),
    ("Please confirm via 030 9513 4470 before noon", ["030 9513 4470"]),
    ("db:\n  password: rQ7x.TvbWk2.Lm\n", ["rQ7x.TvbWk2.Lm"]),
    ("app.mail.password=WZuoPqaE.kHvTy", ["WZuoPqaE.kHvTy"]),
    ("VAULT_TOKEN=hvs.kPqTrZwLmXyVbNcHdFgJsQeRtYuIoPaSdWeRt", ["hvs.kPqTrZwLmXyVbNcHdFgJsQeRtYuIoPaSdWeRt"]),
    ("the vpn password is cobalt-meadow-nimbus-ember - ping me if it fails", ["cobalt-meadow-nimbus-ember"]),
    ("root password was Walrus orbit 77? (temporary)", ["Walrus orbit 77?"]),
    ("smtp:\n  user: svc-relay-notifications-01\n  pass: 'cobalt harbor saffron lantern 88'\n",
     ["cobalt harbor saffron lantern 88"]),
])
def test_the_eighteenth_pass_families_are_masked(text, values):
    assert masked_values(text) == values


@pytest.mark.parametrize("text", [
    "can you send your BSN?\nJoost: it's 558474452",  # fails the 11-proof
    "Your BSN is kept encrypted.\nOrder 306427928 shipped today",
    "bsn,name,ticket\n,Joost,306427928",
    "My number of open tickets is 14.",
    "My Number 4827 1930 5562",  # Japan's individual number, failing its check: no phone
    "My order number is 0491623718, not shipped yet.",
    "db:\n  password: settings.dbPassword\n",
    "app.mail.password=cfg.MySQLPassword",
    "db:\n  password: cfg.MsSqlPw\n",  # two-letter abbreviations names use (Pw, Ms, Db, Id)
    "mqtt.password=settings.MqttPw",
    "VAULT_TOKEN=hvs.ThisIsWhereYourVaultTokenGoesForTheDemo",
    "the password is re-entered - twice, to confirm it",
    "the admin password is self-service-reset - no ticket needed",
    "AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=stdemo01;EndpointSuffix=core.windows.net",
    'SB="Endpoint=sb://ns1.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;EntityPath=jobs"',
])
def test_the_eighteenth_pass_look_alikes_stay(text):
    assert masked_values(text) == []


@pytest.mark.parametrize("text, value", [
    ("use sgp_LHqcVPM8fofLeSd4QMQ5sHUhrwyL398zPKPMvXkgMzr53w1fNtTQAVZOxuZiWlkh for the API", "sgp_LHqcVPM8fofLeSd4QMQ5sHUhrwyL398zPKPMvXkgMzr53w1fNtTQAVZOxuZiWlkh"),
    ("appsync key: da2-k3m9x7q2p8w4r6t1y5u0i3o7zb", "da2-k3m9x7q2p8w4r6t1y5u0i3o7zb"),
    ("hawk.Xk3mP9qR2tW7yZ1bC4dF.G6hJ8kL0nM5pQ2rS9tV3 is the scanner key", "hawk.Xk3mP9qR2tW7yZ1bC4dF.G6hJ8kL0nM5pQ2rS9tV3"),
    ("build agents read TC=eyJ0eXAiOiAiVENWMiJ9.R0RmtTjHSek7gJfryoyKMNprzbIagekG6tMl.Qi2Vyz10qieFfJeJfFPpFiWN76yoZyl0irwhAIxs24FeZ0ZL", "eyJ0eXAiOiAiVENWMiJ9.R0RmtTjHSek7gJfryoyKMNprzbIagekG6tMl.Qi2Vyz10qieFfJeJfFPpFiWN76yoZyl0irwhAIxs24FeZ0ZL"),
    ("kubeadm join 10.0.0.1:6443 with bootstrap token 7k2p9x.m3q8r1t6w4y9z2b5", "7k2p9x.m3q8r1t6w4y9z2b5"),
])
def test_scanner_formats_without_a_rule_before_the_eighteenth_pass_are_masked(text, value):
    assert masked_values(text) == [value]


@pytest.mark.parametrize("text", [
    "kubeadm join --token abcdef.0123456789abcdef",  # the docs' own example
    "appsync key: da2-xxxxxxxxxxxxxxxxxxxxxxxxxx",
    "see hawk.config.yml and hawk.scan.env for the settings",
])
def test_scanner_format_placeholders_stay(text):
    assert masked_values(text) == []


@pytest.mark.parametrize("text, value", [
    ("salesforce refresh: 5AEP861Tq7Lm2Pz9KvT4wRb8NcY1hDj6sGe0UiAo3Fk5ZtW.Hp2Jn7Qx4Vb9Mc1Ld8Rs6Ty3Ke0Wg5Za2Qx8Lm4Pz7Kv1Tw3Rb9Nc end",
     "5AEP861Tq7Lm2Pz9KvT4wRb8NcY1hDj6sGe0UiAo3Fk5ZtW.Hp2Jn7Qx4Vb9Mc1Ld8Rs6Ty3Ke0Wg5Za2Qx8Lm4Pz7Kv1Tw3Rb9Nc"),
    ("CF=cfk_Tq7Lm2Pz9KvT4wRb8NcY1hDj6sGe0UiAo3Fk5ZtW3f9c1ab2", "cfk_Tq7Lm2Pz9KvT4wRb8NcY1hDj6sGe0UiAo3Fk5ZtW3f9c1ab2"),
    ("git clone with BBDC-Mz4Tq8Lk2Rv7Xw3Ny6Pb9Hd1Fs5Gj0Ca4Ue8Ko2Wi7Ql as the password",
     "BBDC-Mz4Tq8Lk2Rv7Xw3Ny6Pb9Hd1Fs5Gj0Ca4Ue8Ko2Wi7Ql"),
    ("klaviyo private key pk_3f9c1ab27e64d05c8b1f9a2e7d3c6b40a7 for the sync", "pk_3f9c1ab27e64d05c8b1f9a2e7d3c6b40a7"),
    ("pagar.me: ak_live_Tq7Lm2Pz9KvT4wRb8NcY1hDj6sGe0U", "ak_live_Tq7Lm2Pz9KvT4wRb8NcY1hDj6sGe0U"),
    ("ramp_sec_Tq7Lm2Pz9KvT4wRb8NcY1hDj6sGe0UiAo3Fk5ZtW3Hp2Jn7Q is the client secret",
     "ramp_sec_Tq7Lm2Pz9KvT4wRb8NcY1hDj6sGe0UiAo3Fk5ZtW3Hp2Jn7Q"),
    ("robinhood key rh-api-4c8e2a1f-7b3d-4e9a-b6c2-1f5d8e7a9b03", "rh-api-4c8e2a1f-7b3d-4e9a-b6c2-1f5d8e7a9b03"),
    ("pubnub secret sec-c-Tq7Lm2Pz9KvT4wRb8NcY1hDj6sGe0UiAo3Fk5ZtW3Hp2Jn7Q",
     "sec-c-Tq7Lm2Pz9KvT4wRb8NcY1hDj6sGe0UiAo3Fk5ZtW3Hp2Jn7Q"),
    ("subscribeKey: 'sub-c-4c8e2a1f-7b3d-4e9a-b6c2-1f5d8e7a9b03'", "sub-c-4c8e2a1f-7b3d-4e9a-b6c2-1f5d8e7a9b03"),
    ("zoho access token 1000.3f9c1ab27e64d05c8b1f9a2e7d3c6b40.8e2a9d17c5b3e60a4f1d8c2b7e9a305f",
     "1000.3f9c1ab27e64d05c8b1f9a2e7d3c6b40.8e2a9d17c5b3e60a4f1d8c2b7e9a305f"),
    ("figma: figp_Tq7Lm2Pz9KvT4wRb8NcY1hDj6sGe0UiAo3Fk5Zt-W3Hp", "figp_Tq7Lm2Pz9KvT4wRb8NcY1hDj6sGe0UiAo3Fk5Zt-W3Hp"),
    ("voiceflow VF.DM.3f9c1ab27e64d05c8b1f9a2e.Tq7Lm2Pz9KvT4wRb ok", "VF.DM.3f9c1ab27e64d05c8b1f9a2e.Tq7Lm2Pz9KvT4wRb"),
    ("cody: slk_3f9c1ab27e64d05c8b1f9a2e7d3c6b408e2a9d17c5b3e60a4f1d8c2b7e9a305f",
     "slk_3f9c1ab27e64d05c8b1f9a2e7d3c6b408e2a9d17c5b3e60a4f1d8c2b7e9a305f"),
    ("NEW_RELIC_ADMIN=NRAA-5c8b1f9a2e7d3c6b40f8e2a9d17", "NRAA-5c8b1f9a2e7d3c6b40f8e2a9d17"),
    ("public key FLWPUBK_TEST-8a7f3c2e91b04d6fa5c3e1b7d9f20a46-X here", "FLWPUBK_TEST-8a7f3c2e91b04d6fa5c3e1b7d9f20a46-X"),
    ("replicate r8_Lm2Pz9KvT4wRb8NcY1hDj6sGe0U-Ao3Fk5Zt7 works", "r8_Lm2Pz9KvT4wRb8NcY1hDj6sGe0U-Ao3Fk5Zt7"),
    ("legacy hook https://outlook.office.com/webhook/4c8e2a1f-7b3d-4e9a-b6c2-1f5d8e7a9b03@9a1c3e5f-2b4d-4f6a-8c0e-"
     "7d9f1b3a5c7e/IncomingWebhook/3f9c1ab27e64d05c8b1f9a2e7d3c6b40/4c8e2a1f-7b3d-4e9a-b6c2-1f5d8e7a9b04 posts here",
     "https://outlook.office.com/webhook/4c8e2a1f-7b3d-4e9a-b6c2-1f5d8e7a9b03@9a1c3e5f-2b4d-4f6a-8c0e-7d9f1b3a5c7e/"
     "IncomingWebhook/3f9c1ab27e64d05c8b1f9a2e7d3c6b40/4c8e2a1f-7b3d-4e9a-b6c2-1f5d8e7a9b04"),
    ("tines: https://bold-river-4821.tines.com/webhook/3f9c1ab27e64d05c8b1f9a2e7d3c6b40/8e2a9d17c5b3e60a4f1d8c2b7e9a305f",
     "https://bold-river-4821.tines.com/webhook/3f9c1ab27e64d05c8b1f9a2e7d3c6b40/8e2a9d17c5b3e60a4f1d8c2b7e9a305f"),
    ("ubidots BBFF-Tq7Lm2Pz9KvT4wRb8NcY1hDj6sGe0U", "BBFF-Tq7Lm2Pz9KvT4wRb8NcY1hDj6sGe0U"),
    ("locationiq pk.3f9c1ab27e64d05c8b1f9a2e7d3c6b40 in the map config", "pk.3f9c1ab27e64d05c8b1f9a2e7d3c6b40"),
])
def test_formats_gitleaks_and_trufflehog_know_are_masked(text, value):
    """The nineteenth pass's formats, from gitleaks' and TruffleHog's catalogues, with values of our own."""
    assert masked_values(text) == [value]


@pytest.mark.parametrize("text", [
    "see pk_live_51H8xK2Lm9Pq3Rt7Vw4Yz6Ab1Cd5Ef8Gh0Jk2Mn4Pq7Rs9Tu3Vw5Xy8Za1Bc, the publishable key",  # public by design
    "figd_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "ak_live_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
    "ramp_id_ and ramp_sec_ are Ramp's prefixes",
    "sub-c-00000000-0000-0000-0000-000000000000",
    "rootly_0000000000000000000000000000000000000000000000000000000000000000",
    "the release is version 1000.2.3",
    "NRAA-xxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "BBDC-your-http-access-token-goes-right-here-ok",
    "3MVG9 is how a connected app's consumer key starts",
    "sl.BASE is the sheet label",
])
def test_nineteenth_pass_look_alikes_stay(text):
    assert masked_values(text) == []


@pytest.mark.parametrize("text, value", [
    ("call https://acme-fn.azurewebsites.net/api/HttpTrigger1?code=Tq7Lm2Pz9KvT4wRb8NcY1hDj6sGe0UiAo3Fk5ZtW3Hp2Jn7Qx4Vb== now",
     "Tq7Lm2Pz9KvT4wRb8NcY1hDj6sGe0UiAo3Fk5ZtW3Hp2Jn7Qx4Vb=="),
    ("GET https://acme-fn.azurewebsites.net/api/orders/list?clientId=default&code=Tq7Lm2Pz9KvT4wRb8NcY1hDj6sGe0UiAo3Fk5Zt",
     "Tq7Lm2Pz9KvT4wRb8NcY1hDj6sGe0UiAo3Fk5Zt"),
    ("finage API_KEYQ7LM2PZ9KVT4WRB8NCY1HDJ6SGE0UIAO", "API_KEYQ7LM2PZ9KVT4WRB8NCY1HDJ6SGE0UIAO"),
    ("endor endr+Tq7Lm2Pz9KvT4wRb ok", "endr+Tq7Lm2Pz9KvT4wRb"),
    ("square sandbox-sq0csb-Tq7Lm2Pz9KvT4wRb8NcY1hDj6sGe0UiAo3Fk5ZtW3Hp2J ok",
     "sandbox-sq0csb-Tq7Lm2Pz9KvT4wRb8NcY1hDj6sGe0UiAo3Fk5ZtW3Hp2J"),
])
def test_trufflehog_url_and_prefix_formats_are_masked(text, value):
    assert masked_values(text) == [value]


@pytest.mark.parametrize("text", [
    "https://acme-fn.azurewebsites.net/api/HttpTrigger1?code=<your-function-key>",
    "https://acme-fn.azurewebsites.net/api/HttpTrigger1?code=YOUR_FUNCTION_KEY_GOES_HERE_PLEASE",
    "os.environ['API_KEYS_FOR_PRODUCTION_ENVIRONMENT_OK']",
    "API_KEYABCDEFGHIJKLMNOPQRSTUVWXYZABCDEF",
    "endr+xxxxxxxxxxxxxxxx",
    "app id sq0idp-Tq7Lm2Pz9KvT4wRb8NcY1h is public",
])
def test_trufflehog_url_and_prefix_look_alikes_stay(text):
    assert masked_values(text) == []


@pytest.mark.parametrize("text, value", [
    ("Kartennummer: 6761-1234-5678-9011", "6761-1234-5678-9011"),  # Maestro 6761-6763
    ("card rejected by issuer: 6304987654321098", "6304987654321098"),  # Maestro (Laser) 6304
    ("Número de tarjeta: 6441-7770-0012-3452\n", "6441-7770-0012-3452"),  # not a phone number's first groups
    ("numéro de carte : 5412 3450 9876 5431", "5412 3450 9876 5431"),
])
def test_maestro_ranges_and_cards_after_words_that_also_name_phones_are_masked_whole(text, value):
    assert masked_values(text) == [value]


@pytest.mark.parametrize("text, value", [
    ("Kartennummer: 6761-1234-5678-9012", []),  # Luhn fails
    ("ticket 6304 9876 5432 1090 closed", []),  # Luhn fails
    ("Número de teléfono: 612 34 56 78", ["612 34 56 78"]),  # a phone after 'número' is still one
])
def test_card_look_alikes_stay_and_a_phone_after_numero_stays_a_phone(text, value):
    assert masked_values(text) == value


@pytest.mark.parametrize("text, value", [
    ("db:\n  password: 'q7Tz\"mw#81KPR'\n  pool: 5\n", 'q7Tz"mw#81KPR'),
    ("ALTER USER app WITH PASSWORD 'q7Tz\"mw#81KPR';", 'q7Tz"mw#81KPR'),
    ("define('DB_PASSWORD', 'q7Tz\"mw#81KPR');", 'q7Tz"mw#81KPR'),
    ("$ mysql -u etl -p'q7Tz\"mw#81KPR' ledger", 'q7Tz"mw#81KPR'),
])
def test_a_single_quoted_password_holding_a_double_quote_is_masked_whole(text, value):
    assert masked_values(text) == [value]


@pytest.mark.parametrize("text", [
    '{"cmd": "mysql -p\'q7Tz", "note": "mw#81KPR\'"}',  # the quote closes a JSON string: masking would join two
    '{"password": "a\'", "x": "\'b"}',
])
def test_a_single_quoted_value_crossing_json_strings_is_left_whole(text):
    whole = mask_text(text, RULES, KEY)[0]
    assert json.loads(whole).keys() == json.loads(text).keys()


@pytest.mark.parametrize("text, value", [
    ("You can be reached at 0612 345 678 until six.", "0612 345 678"),
    ("Standard : 01.44.55.66.77", "01.44.55.66.77"),
    ("Zentrale: 030 2345 6789", "030 2345 6789"),
    ("| Name | Tél. |\n|---|---|\n| Ana | 02 345 67 89 |\n", "02 345 67 89"),
])
def test_a_phone_after_be_reached_a_switchboard_or_under_tel_dot_is_masked(text, value):
    assert masked_values(text) == [value]


@pytest.mark.parametrize("text", [
    "we reached at least 12 345 users",
    "the standard: ISO 8601 (2019)",
    "| Ref | Tél. |\n|---|---|\n| 1 | 2024-11-03 |\n",
])
def test_counts_standards_and_dates_after_phone_words_stay(text):
    assert masked_values(text) == []


@pytest.mark.parametrize("text, value", [
    ('var hmacKey = []byte("Zq8Lm2Pz9KvT$wRb8NcY1hDj")', "Zq8Lm2Pz9KvT$wRb8NcY1hDj"),
    ('hmac_secret = b"Zq8Lm2Pz9KvT$wRb8NcY1hDj"', "Zq8Lm2Pz9KvT$wRb8NcY1hDj"),
    ("Wi-Fi: network `Guest`, passphrase `cedar pylon violet 41`.", "cedar pylon violet 41"),
])
def test_keys_in_byte_literals_and_passphrases_in_markdown_code_are_masked(text, value):
    assert masked_values(text) == [value]


@pytest.mark.parametrize("text", [
    'var hmacKey = []byte(os.Getenv("HMAC_KEY"))',
    'password := os.Getenv("DB_PASSWORD")\n',  # a quote beside a bracket closes a string: not inside a value
    "set the password with `passwd alice`",
    'password_prompt = "Enter password:"',
    "login:\n  password_label: 'Your password'",
    "[auth]\npassword_command = gopass show -o infra/db\n",
    "AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/"
    "K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1",
])
def test_lookups_prompts_commands_and_azurites_published_key_stay(text):
    assert masked_values(text) == []
