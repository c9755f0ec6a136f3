"""Pass 35m (issue 16): formats and carriers the masker lacked on the retired blind set v15, each masked where its
format or carrier says so, and its look-alikes left alone, whole and streamed in 7-character deltas alike.

Values are drawn by tests/masker_eval/dev_pass35m_make.py's checks, not taken from any evaluation set.
"""

import pytest

from services.masker import MaskerPolicy, StreamMasker, compile_policy, mask_text

KEY = b"pass35m"
RULES = compile_policy(MaskerPolicy())

TD3 = "P<GBRNGATA<<LEA<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\nWB3WKH5DN8GBR7510153M28061366712768426<<<<72"
TD1 = "I<HUNYOJFLJOOA6<<<<<<<<<<<<<<<\n9307056M3308109HUN<<<<<<<<<<<0\nDUMONT<<RAFAEL<<<<<<<<<<<<<<<<"
TD2 = "I<ESPDUMONT<<MARTA<<<<<<<<<<<<<<<<<<\n08XUI6D3<7ESP0003056F3105272<<<<<<<0"
MRVA = "V<KAZSOUZA<<OSKAR<<<<<<<<<<<<<<<<<<<<<<<<<<<\nZDMEN2KHV7KAZ0311236M2708045<<<<<<<<<<<<<<<<"
OVPN = ("-----BEGIN OpenVPN Static key V1-----\n" + "\n".join(f"{i:02x}" * 16 for i in range(16, 32))
        + "\n-----END OpenVPN Static key V1-----")


def masked_values(text: str) -> list[str]:
    whole, findings = mask_text(text, RULES, KEY)
    masker, out = StreamMasker(RULES, KEY), []
    for i in range(0, len(text), 7):
        out.append(masker.feed(text[i:i + 7])[0])
    assert "".join(out) + masker.flush()[0] == whole
    return [text[f.start:f.end] for f in findings]


@pytest.mark.parametrize("text, value", [
    ("UPDATE people SET id_number = '5040819051861' WHERE id = 7; -- CNP", "5040819051861"),
    ('holder:\n  doc: "74032171049"  # PESEL', "74032171049"),
    ("2025-03-01 10:00:00 INFO kyc doc=6260181591 (NIP)", "6260181591"),
    ("NIP: 626-018-15-91", "626-018-15-91"),
    ("Seria i numer dowodu: BTG401661", "BTG401661"),
    ("Adóazonosító jel: 8278861862", "8278861862"),
    ('{"PIS/PASEP": "191.39099.60-4"}', "191.39099.60-4"),
    ("Cartão SUS: 208 2462 8194 8218", "208 2462 8194 8218"),
    ("Número de la Seguridad Social: 38/86665755/12", "38/86665755/12"),
    ("id,name,Matricule\n4,Lea,1966110951899", "1966110951899"),
    ("Cédula de identidad: 6.973.618-9", "6.973.618-9"),
    ("RV-Nummer: 12 200855 S43 4", "12 200855 S43 4"),
    ("Ausweisnummer: XW7RX1XTP6", "XW7RX1XTP6"),
    ("ИИН 720415323194", "720415323194"),
    ('{"type": {"text": "NHI"}, "value": "KSR5747"}', "KSR5747"),
    (f"MRZ:\n{TD3}\n", TD3),
    (f"```\n{TD1}\n```", TD1),
    (f"scan:\n{TD2}", TD2),
    (f"{MRVA}\n", MRVA),
    ('{"nsec": "nsec1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5z5tpwxqergd3c8g7rusqpqcc2y"}',
     "nsec1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5z5tpwxqergd3c8g7rusqpqcc2y"),
    ("backup: xprv9xfpsYmuCU1w7NhaAvEgaTh6iKrFayXV9Nuv74mgkZnXqwqA1KNwJLkTsKDr1MDjLXhvkL9AkXSEHFYKGTMRDXFqgSF5dV8DwaqauK4u4F6",
     "xprv9xfpsYmuCU1w7NhaAvEgaTh6iKrFayXV9Nuv74mgkZnXqwqA1KNwJLkTsKDr1MDjLXhvkL9AkXSEHFYKGTMRDXFqgSF5dV8DwaqauK4u4F6"),
    ("networks: { main: { url, accounts: ['0x" + "4f3a9c0d2e71b8a6" * 4 + "'] } }", "0x" + "4f3a9c0d2e71b8a6" * 4),
    ('gh secret set NPM_TOKEN -R org/app --body "Qv7xLm2Pz9TkR4wYb8NcJ3hFs6DgA1eU"', "Qv7xLm2Pz9TkR4wYb8NcJ3hFs6DgA1eU"),
    ("Unseal Key 2: 8mR2x0Qw3bYk9Lp1sTn4Vc7Hd6Gf5Ja0Ze8Ui2Oy3Wq=", "8mR2x0Qw3bYk9Lp1sTn4Vc7Hd6Gf5Ja0Ze8Ui2Oy3Wq="),
    ("bundle config gems.contribsys.com 1a2b3c4d:9e8f7a6b", "1a2b3c4d:9e8f7a6b"),
    ("# snmpd.conf\nrwcommunity Xk29vLq7RmT4 10.0.0.0/8", "Xk29vLq7RmT4"),
    ("snmpwalk -v2c -c Hq8zPw3rLs1N 10.1.2.3 system", "Hq8zPw3rLs1N"),
    ("deploy:$apr1$QIrnfpNh$c9i0fus0leZ6CRB8VW3LWE", "$apr1$QIrnfpNh$c9i0fus0leZ6CRB8VW3LWE"),
    ("# /etc/shadow\nci:$2y$12$VnHzd9X5Lq7W09V8Q6VDu/fpWE3SCIV4LNbbOZtKWg0U2/0MwTtBr:19500:0:99999:7:::",
     "$2y$12$VnHzd9X5Lq7W09V8Q6VDu/fpWE3SCIV4LNbbOZtKWg0U2/0MwTtBr"),
    (f"<tls-crypt>\n{OVPN}\n</tls-crypt>", OVPN),
    ('let api_key = String::from("Tz8qLw3nVb6Rk1Xy5Mp0Hs4Jd7Gf2Ca9");', "Tz8qLw3nVb6Rk1Xy5Mp0Hs4Jd7Gf2Ca9"),
    ("PHPSESSID\tq8r3kz0v7m2x9w4t1n6p5s8b3c7d2f0g\t.shop.example.com\t/\tSession", "q8r3kz0v7m2x9w4t1n6p5s8b3c7d2f0g"),
])
def test_a_format_or_carrier_masks_its_value(text, value):
    assert value in masked_values(text)


@pytest.mark.parametrize("text", [
    "UPDATE people SET id_number = '5040819051862' WHERE id = 7; -- CNP",  # the check fails
    "2025-03-01 10:00:00 INFO sync ref=6260181591 (order)",  # another kind
    "Adóazonosító jel: 8278861863",
    "Ausweisnummer: XW7RX1XTP7",
    "ИИН 720415323195",
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nJ8GXBENY<4UTO6304308F34021119571177774<<<<70",  # ICAO's specimen
    "P<DEUETXEBERRIA<<OSKAR<<<<<<<<<<<<<<<<<<<<<<\nQ4K7BN7XJ9DEU9809240F2704210<<<<<<<<<<<<<<03",  # number check fails
    '{"npub": "npub1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5z5tpwxqergd3c8g7rusqdknev3"}',
    "xpub6BkntTZp4x3JCEH1sQrzMafcVP7LxqNUxFVgTcgiSQe3k8DRAhvb8AachV88vmw2KdCoKWowesGUbm4FhNwMAaJVEn9ZYNfCrUDpA56itf9",
    "tx 0x" + "4f3a9c0d2e71b8a6" * 4 + " confirmed",
    'gh secret set NPM_TOKEN --body "$NPM_TOKEN"',
    "rocommunity public localhost",
    "daemon:*:19000:0:99999:7:::",
    "mapboxgl.accessToken = 'pk.eyJ1IjoiZXhhbXBsZSIsImEiOiJjbGFiYzEyMyJ9.Qw3rTy6uIo9pAs2dFg5hJk';",
    '{"routing_number": "021000021"}',
])
def test_a_look_alike_stays(text):
    assert mask_text(text, RULES, KEY)[0] == text
