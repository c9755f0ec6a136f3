"""The loose-form start search only makes masking cheaper: the same masks as the exact programs searched unanchored.

A rule with a large exact program (the key-name rules: counted names, tails and values) is found by searching its
loose form for where a match may start and trying the exact program anchored there (``Ruleset._leftmost``). These
tests mask the dev sets, the test corpus, mixed text and hostile soups of key names and near-values with that
search and without it (every rule searched unanchored, as before it), and streamed against whole.
"""

import json
import random
from pathlib import Path

import pytest

from services.masker import MaskerPolicy, StreamMasker, compile_policy, engine, mask_text
from services.masker.engine import Ruleset
from services.masker.policy import ALL_DETECTORS
from tests.masker_corpus import CLEAN, POSITIVE

KEY = b"loose"
DEV_SETS = sorted((Path(__file__).parent / "masker_eval").glob("dev*.jsonl"))
EVERY_RULE = [c.rule for c in compile_policy(MaskerPolicy(detectors=list(ALL_DETECTORS))).rules]
KEYS = ["password", "passwd", "api_key", "apiKey", "secret", "client_secret", "token", "access_token", "auth",
        "Authorization", "bearer", "private_key", "db_pass", "PGPASSWORD", "aws_secret_access_key", "pwd", "pass",
        "DB_PASSWORD", "x-api-key", "stripe_secret", "<password>", "--api-token", "Password"]
SIGNS = ["=", ": ", " = ", ":=", "=>", '": "', "='", '="', " is ", "\t", " -p ", ': |\n  ', '\\": \\"', "', '", "="]
VALUES = ["hunter2", "x", "changeme", "T%zo9!qL", "${SECRET}", "<your-key>", "abc def", "Zq8Xv2Lm9Np4Rt6Yw1Bc",
          "aB3dE5fG7hJ9kL1mN3pQ", "'", '"', "\\\"", "{", "}", "null", "0000000000000000", "eyJhbGciOi", "é🔑ü",
          "Kq7#x\" + \"Zp!92m", "S3cr3t!'' x", "a" * 90]


@pytest.fixture(scope="module")
def paths():
    """All built-in rules with the loose start search and with every exact program searched unanchored."""
    loose = Ruleset(EVERY_RULE, hyperscan=False)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(engine, "_LOOSE_FROM", 1 << 40)
        exact = Ruleset(EVERY_RULE, hyperscan=False)
    return loose, exact


def soup(rng: random.Random, size: int) -> str:
    parts, total = [], 0
    while total < size:
        part = rng.choice(KEYS) + rng.choice(SIGNS) + rng.choice(VALUES) + rng.choice([" ", "\n", ", ", ";", "", "\\n"])
        parts.append(part)
        total += len(part)
    return "".join(parts)


def masked(rules, texts):
    return [mask_text(text, rules, KEY) for text in texts]


def test_the_key_name_rules_take_the_loose_search_and_small_programs_do_not(paths):
    loose, exact = paths
    by_id = {c.rule.id: c for c in loose.rules}
    assert by_id["credential"].starts is not None and by_id["password_bare"].starts is not None
    assert by_id["npm_token"].starts is None, "a vendor prefix's program is small: searched as it is"
    assert all(c.starts is None for c in exact.rules)


def test_the_dev_sets_and_the_corpus_are_masked_alike_with_and_without_the_loose_search(paths):
    loose, exact = paths
    texts = [json.loads(line)["text"] for path in DEV_SETS for line in path.read_text().splitlines() if line.strip()]
    texts += [p.text for p in POSITIVE] + list(CLEAN)
    assert len(texts) > 1000, "the dev sets are there"
    result = masked(loose, texts)
    assert result == masked(exact, texts)
    assert sum(bool(findings) for _, findings in result) > 500, "the texts exercise the rules"


@pytest.mark.parametrize("seed", range(3))
def test_a_soup_of_key_names_and_near_values_is_masked_alike(paths, seed):
    loose, exact = paths
    rng = random.Random(seed)
    texts = [soup(rng, rng.choice([300, 3000, 20000])) for _ in range(6)]
    result = masked(loose, texts)
    assert result == masked(exact, texts)
    assert sum(len(findings) for _, findings in result) > 100, "the soup holds matches"


def test_a_stream_of_the_soup_masks_as_the_whole_text(paths):
    loose, _ = paths
    text = soup(random.Random(9), 6000)
    masker = StreamMasker(loose, KEY)
    out = "".join(masker.feed(text[i:i + 7])[0] for i in range(0, len(text), 7)) + masker.flush()[0]
    assert out == mask_text(text, loose, KEY)[0]
