"""Streams: any chunking gives exactly mask_text of the whole, through any replica."""

import json
from itertools import pairwise

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.masker import MaskerPolicy, StreamMasker, StreamState, compile_policy, mask_text

KEY = b"stream-session"
RULES = compile_policy(MaskerPolicy())
AWS = "AKIAQYLPMN5HHHFPZAM2"
CARD = "4539 1488 0343 6467"
EMAIL = "dana.kovacs@fastmail.fm"
NOT_A_CARD = "4111111111111112"  # Luhn-invalid
UUID = "550e8400-e29b-41d4-a716-446655440000"
SECRETS = {AWS: "[REDACTED:aws_access_key]", CARD: "[REDACTED:card]", EMAIL: "[REDACTED:email]"}

# Filler that cannot itself form a detection: no digits, no '@', and not the letters of "password".
filler = st.text(alphabet="abc xyz.,\n", max_size=30)


@st.composite
def answers(draw):
    pieces = [AWS, CARD, EMAIL, NOT_A_CARD, UUID]
    order = draw(st.permutations(pieces))
    text = draw(filler)
    for piece in order:
        text += f" {piece} " + draw(filler)
    return text


def split(text: str, cuts: list[int]) -> list[str]:
    points = sorted({0, len(text), *(c % (len(text) + 1) for c in cuts)})
    return [text[a:b] for a, b in pairwise(points)]


def stream_through_replicas(chunks: list[str], rules=RULES) -> tuple[str, list, int]:
    """Each chunk is served by a fresh masker restored from the JSON-encoded state, as another replica would."""
    out, findings, state, held = [], [], StreamState(), 0
    for chunk in chunks:
        masker = StreamMasker.from_state(msgspec.json.decode(msgspec.json.encode(state), type=StreamState), rules, KEY)
        text, found = masker.feed(chunk)
        out.append(text)
        findings += found
        state = masker.state
        held = max(held, len(state.tail))
        assert len(state.tail) <= rules.bound
    masker = StreamMasker.from_state(state, rules, KEY)
    text, found = masker.flush()
    return "".join(out) + text, findings + found, held


def expected(text: str) -> str:
    for secret, token in SECRETS.items():
        text = text.replace(secret, token)
    return text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers(), st.lists(st.integers(min_value=0, max_value=10_000), max_size=40))
def test_any_chunking_masks_like_the_whole(text, cuts):
    whole, whole_findings = mask_text(text, RULES, KEY)
    streamed, findings, _ = stream_through_replicas(split(text, cuts))
    assert streamed == whole == expected(text)
    assert findings == whole_findings
    assert not any(secret in streamed for secret in SECRETS)
    assert NOT_A_CARD in streamed and UUID in streamed


@settings(max_examples=25, deadline=None)
@given(answers())
def test_one_character_at_a_time(text):
    streamed, _, held = stream_through_replicas(list(text))
    assert streamed == expected(text)
    assert held <= RULES.bound


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=10_000), max_size=30))
def test_tool_input_json_stays_json(cuts):
    doc = json.dumps({"cmd": f"export AWS_ACCESS_KEY_ID={AWS}", "card": CARD, "to": [EMAIL],
                      "key": "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5\n-----END EC PRIVATE KEY-----",
                      "note": 'a "quoted" \\ path\nnext'})
    streamed, _, _ = stream_through_replicas(split(doc, cuts))
    assert streamed == mask_text(doc, RULES, KEY)[0]
    parsed = json.loads(streamed)
    assert parsed["key"] == "[REDACTED:private_key]" and parsed["card"] == "[REDACTED:card]"


@pytest.mark.parametrize("style", ["partial", "hash"])
def test_styles_stream_like_the_whole(style):
    rules = compile_policy(MaskerPolicy(styles={t: style for t in ("card", "email", "aws_access_key")}))
    text = f"pay {CARD} mail {EMAIL} key {AWS} and {EMAIL} again"
    streamed, _, _ = stream_through_replicas(list(text), rules)
    assert streamed == mask_text(text, rules, KEY)[0]
    assert CARD not in streamed and EMAIL not in streamed


def test_only_a_match_in_progress_is_held_back():
    masker = StreamMasker(RULES, KEY)
    assert masker.feed("The deploy finished. ")[0] == "The deploy finished. "
    out, _ = masker.feed("Key: AKIAQYLP")
    assert out == "Key: " and masker.state.tail == "AKIAQYLP"
    out, _ = masker.feed("MN5HHHFPZAM2 done. Next")
    assert out == "[REDACTED:aws_access_key] done. " and masker.state.tail == "Next"  # a word may start an email
    assert masker.flush()[0] == "Next"


@pytest.mark.parametrize(("first", "rest"), [("Sure", "@fastmail.fm is the address"),
                                             ("I", "van.petrov@fastmail.fm wrote"),
                                             ("Here", "ford.lane@fastmail.fm wrote")])
def test_a_first_word_waits_for_the_next_delta_as_an_address_may_start_with_it(first, rest):
    """An e-mail address is masked from its first character, so a delta's last word cannot go out before the next
    delta shows what follows it: released at once, 'Sure' would be the start of 'Sure@fastmail.fm' in the clear."""
    masker = StreamMasker(RULES, KEY)
    assert masker.feed(first)[0] == ""
    streamed = masker.feed(rest)[0] + masker.flush()[0]
    assert streamed == mask_text(first + rest, RULES, KEY)[0]
    assert streamed.startswith("[REDACTED:email] ")


@pytest.mark.parametrize("first", ["Sure, ", "Sure! ", "Here it is: ", "1. "])
def test_a_first_delta_no_value_can_continue_goes_out_at_once(first):
    assert StreamMasker(RULES, KEY).feed(first)[0] == first


@pytest.mark.parametrize("cut", [1, 4, 6, 9])
def test_a_key_name_split_across_deltas_still_masks_its_value(cut):
    text = "password=hunter2\nnext line"
    streamed, _, held = stream_through_replicas([text[:cut], text[cut:]])
    assert streamed == mask_text(text, RULES, KEY)[0] == "password=[REDACTED:credential]\nnext line"
    assert held <= RULES.bound


@pytest.mark.parametrize("header_word", ["phone", "SSN", "BSN", "tax file number", "telefon"])
def test_a_column_header_word_in_prose_does_not_hold_the_stream(header_word):
    """A table's header holds back the rows that may follow it; prose that names the column does not open a table."""
    masker = StreamMasker(RULES, KEY)
    masker.feed(f"Ask the front desk for the {header_word} of the office and wait a little.\n")
    prose = "".join(f"Line {word} of the answer goes on and tells the reader what happened next.\n"
                    for word in ("one", "two", "three", "four", "five", "six", "seven", "eight"))
    for i in range(0, len(prose), 9):
        masker.feed(prose[i:i + 9])
    assert len(masker.state.tail) < 80, masker.state.tail[:120]

def test_every_corpus_text_streams_like_the_whole():
    import random

    from tests.masker_corpus import CLEAN, POSITIVE

    rng = random.Random(5)
    for text in [s.text for s in POSITIVE] + CLEAN:
        cuts = [rng.randrange(len(text) + 1) for _ in range(rng.randrange(1, 12))]
        streamed, findings, _ = stream_through_replicas(split(text, cuts))
        assert (streamed, findings) == mask_text(text, RULES, KEY), text[:80]
