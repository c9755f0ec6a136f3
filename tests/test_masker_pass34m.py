"""Pass 34m's formats and carriers, pinned: credentials in a Markdown settings row and after an arrow, key-family
``<add key=... value=...>`` settings, Hungary's TAJ,
Germany's KVNR, the US MBI and ITINs of every issued group, letter-led ids under a generic id column, Bitcoin WIF
keys, RuPay/Troy/UzCard/Humo cards, 13-digit Visas under a card column, Russian trunk-8 phones under a phone column,
Google Chat webhooks; and their look-alikes. Cases come from ``tests/masker_eval/dev_pass34m.jsonl``
(``dev_pass34m_make.py``) and from the formats themselves; whole and streamed in 7-character deltas alike.

``dev_pass34m_holdout.jsonl`` is not read here: it measures the pass from outside (see tests/masker_eval/README.md).
"""

from pathlib import Path

import pytest

from bench.masker_eval import load, missed_spans
from services.masker import MaskerPolicy, compile_policy
from services.masker.national_ids import de_kvnr, hu_taj, us_itin
from services.masker.wallet_private_keys import wif_key
from tests.test_masker_formats import masked_values

KEY = b"pass34m"
RULES = compile_policy(MaskerPolicy())
CASES = load(Path(__file__).resolve().parent / "masker_eval" / "dev_pass34m.jsonl")
WEBHOOK = ("https://chat.googleapis.com/v1/spaces/AAAAiwgX_JJ/messages?key=AIzaSyskeUYTSwnCqkVwdlBDEvEW2X1-Dxk07Hr"
           "&token=1JPyctK_Vt13tK4yJFRifx4vWJf3IMZ_4yZs6o8dPaf%3D")


def test_the_pass34m_set_is_as_documented():
    families = {cls.split("/")[0].removesuffix("_lookalike") for _, _, cls in CASES}
    assert len(CASES) >= 200 and sum(bool(spans) for _, spans, _ in CASES) >= 100
    assert families == {"row_secret", "xml_add", "sql_row", "id_formats", "id_column", "wif", "card_more",
                        "chat_webhook"}


SHIPPED = [case for case in CASES if not case[2].startswith("sql_row")]
"""The set's cases but its ids in SQL INSERT columns, whose rules were not shipped (no effect on the blind sets)."""


@pytest.mark.parametrize("mode", ["whole", "streamed"])
def test_every_pass34m_span_is_masked(mode):
    assert missed_spans(SHIPPED, RULES, KEY, mode) == []


@pytest.mark.parametrize("text, value", [
    ("| variable | value |\n|---|---|\n| SESSION_SECRET | `q4LffmtnP9e1hQnByqv6x1x+lNGR/PZzOQzsj0Ih` |",
     "q4LffmtnP9e1hQnByqv6x1x+lNGR/PZzOQzsj0Ih"),
    ("| Name | Value |\n| --- | --- |\n| HMAC_KEY | Oev6xtGoJ9V4qsZZ8q9LvNQU |", "Oev6xtGoJ9V4qsZZ8q9LvNQU"),
    ("| key | value |\n|---|---|\n| APP_SECRET | `k(7z)p2!vq9%-^m3x^8c__4!w=(h%tq1` |", "k(7z)p2!vq9%-^m3x^8c__4!w=(h%tq1"),
    ("`INTERNAL_API_KEY` → Oev6xtGoJ9V4qsZZ8q9LvNQU", "Oev6xtGoJ9V4qsZZ8q9LvNQU"),
    ("WEBHOOK_SECRET -> q4LffmtnP9e1hQnByqv6x1x+lNGR/PZzOQzsj0Ih", "q4LffmtnP9e1hQnByqv6x1x+lNGR/PZzOQzsj0Ih"),
    ('<add key="Segment.WriteKey" value="Oev6xtGoJ9V4qsZZ8q9LvNQU" />', "Oev6xtGoJ9V4qsZZ8q9LvNQU"),
    ("TAJ szám: 377 594 580", "377 594 580"),
    ('{"kvnr": "W151095494"}', "W151095494"),
    ("<medicare_mbi>3XV1-WW4-UE87</medicare_mbi>", "3XV1-WW4-UE87"),
    ("ITIN: 947-52-6613", "947-52-6613"),
    ("customer;national_id;tier\nC-1;R298141431;gold", "R298141431"),
    ("WALLET_WIF=KyJDoBy6gHCGm4iUy5hjg32NPjhnh5Uq93HEeq1b6o5ZFFYY6PD4", "KyJDoBy6gHCGm4iUy5hjg32NPjhnh5Uq93HEeq1b6o5ZFFYY6PD4"),
    ("importprivkey 5KYQVQnMovP8smRp6yP2p3NTZUYhJvoaHzhscJhUaZmnPvZZMrF", "5KYQVQnMovP8smRp6yP2p3NTZUYhJvoaHzhscJhUaZmnPvZZMrF"),
    ("card: 6090 2203 6571 0500", "6090 2203 6571 0500"),
    ("卡号: 9792353653215091", "9792353653215091"),
    ("order\tcard_number\ttotal\n22549\t4940733251378\t253.00", "4940733251378"),
    ("id,phone,status\n11,8 916 204-33-17,open", "8 916 204-33-17"),
    (f"notify:\n  gchat: {WEBHOOK}\n", WEBHOOK),
])
def test_a_pass34m_format_is_masked_whole_and_streamed_alike(text, value):
    assert value in masked_values(text)


@pytest.mark.parametrize("text", [
    "| variable | value |\n|---|---|\n| API_TOKEN | `<your-token-here>` |\n| GIT_SHA | `3f9c2a7b1e8d4c6fa0b5e2d9c1f7a3b8e2d9c1f7` |",
    "| key | value |\n|---|---|\n| SIGNING_SECRET | ${{ secrets.SIGNING_SECRET }} |",
    "`API_TOKEN` → vault:secret/data/app#token",
    '<add key="Jwt:SigningKey" value="#{SigningKey}" />',
    '<add key="BuildCommit" value="3f9c2a7b1e8d4c6fa0b5e2d9c1f7a3b8e2d9c1f7" />',
    "INSERT INTO kyc (pesel, id) VALUES ('90110647625', 'C-2');",
    "TAJ szám: 377 594 581",
    "KVNR: W151095495",
    "MBI: 8KS9-QD6-GB18",
    "ITIN: 979-12-4402",
    "WALLET_WIF=KwhRHyaqf8dacCARC8puUcPB457rRSXL3Qq5KPBLsqvXR1zfRBjB",
    "USPS tracking 9400 8966 3853 0191 0438 29",
    "Sendungsnummer: 9205 5000 9087 1111 3853 0191",
    "https://chat.googleapis.com/v1/spaces/SPACE_ID/messages?key=KEY&token=TOKEN",
    "id,amount,status\n11,8 916 204 33 17,open",
])
def test_a_pass34m_look_alike_stays(text):
    assert masked_values(text) == []


def test_the_checks_follow_their_formats():
    assert hu_taj("377594580") and not hu_taj("377594581") and not hu_taj("000000000")
    assert de_kvnr("W151095494") and not de_kvnr("W151095495") and not de_kvnr("1151095494")
    assert us_itin("947-52-6613") and us_itin("931-73-2189") and not us_itin("979-12-4402") and not us_itin("979-89-4402")
    assert wif_key("KyJDoBy6gHCGm4iUy5hjg32NPjhnh5Uq93HEeq1b6o5ZFFYY6PD4")
    assert not wif_key("KwhRHyaqf8dacCARC8puUcPB457rRSXL3Qq5KPBLsqvXR1zfRBjB")
