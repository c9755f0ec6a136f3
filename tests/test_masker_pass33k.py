"""The thirty-third pass's catalogue formats and card precision, pinned: TruffleHog's Together, Fireworks, E2B, Yandex
OAuth and ClickUp prefixes; a long vendor token after a password's or key's name masked to its format's end, not to
the name rule's length; New Relic's ``X-License-Key`` header; and a card-shaped number failing Luhn after a card
word left alone by the phone rules (a valid one stays a card). Cases come from
``tests/masker_eval/dev_pass33k.jsonl`` (``dev_pass33k_make.py``) and from the formats themselves; whole and streamed
in 7-character deltas alike.

``dev_pass33k_holdout.jsonl`` is not read here: it measures the pass from outside (see tests/masker_eval/README.md).
"""

from pathlib import Path

import pytest

from bench.masker_eval import altered_look_alikes, load, missed_spans
from services.masker import MaskerPolicy, StreamMasker, compile_policy, mask_text
from tests.test_masker_formats import masked_values

KEY = b"pass33k"
RULES = compile_policy(MaskerPolicy())
CASES = load(Path(__file__).resolve().parent / "masker_eval" / "dev_pass33k.jsonl")
OPS = "ops_eyJzaWduSW5BZGRyZXNzIjoibXkuMXBhc3N3b3JkLmNvbSIsInVzZXJBdXRoIjp7Im1ldGhvZCI6IlNSUGctNDA5NiIsImFsZyI6" + (
    "UEJFUzJnLUhTMjU2IiwiaXRlcmF0aW9ucyI6NjUwMDAwLCJzYWx0IjoiWnE4dkx0M3BLbTJXcjVZeEI3bkQ0cyJ9LCJzcnBYIjoiN2Yy" * 6)


def test_the_pass33k_set_is_as_documented():
    families = {cls.split("/")[0].removesuffix("_lookalike") for _, _, cls in CASES}
    assert len(CASES) >= 150 and sum(bool(spans) for _, spans, _ in CASES) >= 120
    assert families == {"vendor_named", "long_tokens", "catalogue_prefixed", "card_words"}


@pytest.mark.parametrize("mode", ["whole", "streamed"])
def test_every_pass33k_span_is_masked(mode):
    assert missed_spans(CASES, RULES, KEY, mode) == []


@pytest.mark.parametrize("mode", ["whole", "streamed"])
def test_no_pass33k_look_alike_is_altered(mode):
    assert altered_look_alikes(CASES, RULES, KEY, mode) == []


@pytest.mark.parametrize("text, value", [
    ("TOGETHER_API_KEY=tgp_v1_Zq8vLt3pKm2Wr5YxB7nD4sHj6Fg9Ce1Aa0Bb2Cc4Dd6Ee", "tgp_v1_Zq8vLt3pKm2Wr5YxB7nD4sHj6Fg9Ce1Aa0Bb2Cc4Dd6Ee"),
    ("key=fw_3Kq9ZxP7mW2vR8tL4sYb6NcD status=401", "fw_3Kq9ZxP7mW2vR8tL4sYb6NcD"),
    ("Sandbox(api_key='e2b_3f9c2a7b1e8d4c6fa0b5e2d9c1f7a3b8e2d9c1f7')", "e2b_3f9c2a7b1e8d4c6fa0b5e2d9c1f7a3b8e2d9c1f7"),
    ("y0_AgAAAAB3kZ9qAATuwQAAAAEQx7Ls2mW5pKr8TnV4yBd6Hc1Zq3Jf7Xw9 expires", "y0_AgAAAAB3kZ9qAATuwQAAAAEQx7Ls2mW5pKr8TnV4yBd6Hc1Zq3Jf7Xw9"),
    ("| prod | pk_8841207_Q7ZK2M9XW4RT8PL3VB6NC1DY5HJ0GFSA | ops |", "pk_8841207_Q7ZK2M9XW4RT8PL3VB6NC1DY5HJ0GFSA"),
    (f"ONEPASSWORD_TOKEN={OPS}\nAPP_ENV=prod", OPS),
    (f"password: {OPS}\nuser: svc", OPS),
    ("X-License-Key: 6a2542a72a90e58df3fd00efc3ed095652b8NRAL", "6a2542a72a90e58df3fd00efc3ed095652b8NRAL"),
    ("número de tarjeta: 4532 0151 1283 0366", "4532 0151 1283 0366"),
    ("número de teléfono: 612 34 56 78", "612 34 56 78"),
])
def test_a_pass33k_format_is_masked_whole_and_streamed_alike(text, value):
    assert value in masked_values(text)


@pytest.mark.parametrize("text", [
    "número de tarjeta: 4532 0151 1283 0367",
    "número de tarjeta: 3720 170022 82067.",
    "número do cartão: 5554 0861 4777 3697",
    "numero de tarjeta 4532015112830367, vence 11/28",
    "Together keys start with tgp_v1_ and Fireworks keys with fw_.",
    'model = "accounts/fireworks/models/fw_llama_v3p1_70b_instruct"',
    "fw_configurationversionnumber12 = 3",
    'y0_axis_label = "latency (ms)"\ne2b_template_id = "base"',
    "Stripe's publishable keys look like pk_live_<...>; ClickUp's look like pk_<team>_<...>.",
])
def test_a_pass33k_look_alike_stays(text):
    assert masked_values(text) == []


@pytest.mark.parametrize("unit", ["tgp_v1_", "fw_", "y0_", "pk_1234_", "número de tarjeta: 4532 ", "password: ops_eyJ"])
def test_a_long_hostile_line_streams_like_the_whole(unit):
    text = "intro " + unit * (60_000 // len(unit)) + " fw_3Kq9ZxP7mW2vR8tL4sYb6NcD"
    masker, out = StreamMasker(RULES, KEY), []
    for i in range(0, len(text), 7):
        out.append(masker.feed(text[i:i + 7])[0])
        assert len(masker.state.tail) <= RULES.bound
    assert "".join(out) + masker.flush()[0] == mask_text(text, RULES, KEY)[0]
