"""A key name's value is judged once, not once per word start inside the name.

A rule opening with a key name's prefix (``\\b[A-Za-z0-9_.-]{0,40}?`` before ``password``, ``api_key``...) can start a
match at every word start of ``spring.datasource.db.password``, and each start makes the same match from the key word
on (``syntax._name_prefix``). Once the rule's validator refuses that value, the engine skips the other starts up to
the key word. These tests check the skip changes no mask: the dev sets, the test corpus and soups of key names and
near-values masked with and without it, whole and streamed, and that the value is judged once.
"""

import dataclasses
import json
import random
from pathlib import Path

import pytest
import re2

from services.masker import MaskerPolicy, StreamMasker, compile_policy, mask_text
from services.masker.engine import Rule, Ruleset, Verdicts
from services.masker.policy import ALL_DETECTORS
from services.masker.syntax import emit
from tests.masker_corpus import CLEAN, POSITIVE
from tests.test_masker_engine_loose import soup

KEY = b"named"
DEV_SETS = sorted((Path(__file__).parent / "masker_eval").glob("dev*.jsonl"))
EVERY_RULE = [c.rule for c in compile_policy(MaskerPolicy(detectors=list(ALL_DETECTORS))).rules]


def without_skip(rules: Ruleset) -> Ruleset:
    """The same ruleset with no rule knowing where its key name ends: every start is tried and judged."""
    rules.rules = tuple(dataclasses.replace(c, named=0) for c in rules.rules)
    return rules


@pytest.fixture(scope="module")
def paths():
    return Ruleset(EVERY_RULE, hyperscan=False), without_skip(Ruleset(EVERY_RULE, hyperscan=False))


def test_the_group_after_a_key_name_prefix_leaves_every_value_where_it_was():
    pattern = r"\b[A-Za-z0-9_.-]{0,40}?(?i:secret|token)(?:_[a-z]{1,8}){0,2}[ \t]{0,2}[:=][ \t]{0,2}(?P<v>[A-Za-z0-9_.-]{4,40})"
    emitted = emit(pattern, 256)
    assert emitted.named == 1 and emitted.groups == {"v": 2}
    plain, grouped = re2.compile(pattern), re2.compile(emitted.full)
    for text in ("spring.app.secret_key = s3cr3t.v4lue", "a.b.token=token=abcdef", "my-secret: xx.token_id=abcd",
                 "x.y.secretsecret=12345", "tokentoken_a_b = zzzz", "SECRET=ab.cd.ef"):
        for start in range(len(text)):
            want, got = plain.match(text, start), grouped.match(text, start)
            assert (want is None) == (got is None), (text, start)
            if want is not None:
                assert want.span() == got.span() and want.span(1) == got.span(2), (text, start)
                assert got.start(1) >= start, "the rest starts after the prefix"
    assert emit(r"\b[A-Z0-9_]{0,40}(?:KEY)=(?P<v>\w+)", 256).named == 0, "a greedy prefix: a later start may differ"
    assert emit(r"[a-z]{0,40}?(?:key)=(?P<v>\w+)", 256).named == 0, "no word boundary before it"


class Forgetful(Verdicts):
    """A scan's verdicts that remember nothing: every match the scan makes is judged."""

    def __call__(self, validate, value):
        return validate(value)


def test_a_refused_value_is_judged_once_for_the_whole_name():
    judged: list[str] = []

    def refuse_placeholders(value: str) -> int:
        judged.append(value)
        return 0 if value == "placeholder" else len(value)
    rule = Rule("named_secret", "credential", r"\b[A-Za-z0-9_.-]{0,40}?(?i:secret)[ =]{1,3}(?P<v>[A-Za-z0-9]{4,40})",
                validate=refuse_placeholders)
    text = "config.prod.eu-west.db.secret = placeholder, then other.secret = Zq8Xv2Lm9N"
    with_skip = Ruleset([rule], hyperscan=False)
    masked, findings = mask_text(text, with_skip, KEY)
    assert masked == "config.prod.eu-west.db.secret = placeholder, then other.secret = [REDACTED:credential]"
    data, skipless = text.encode(), without_skip(Ruleset([rule], hyperscan=False))
    judged.clear()
    hits = with_skip.scan(data, 0, final=True, verdicts=Forgetful())
    assert judged == ["placeholder", "Zq8Xv2Lm9N"]
    judged.clear()
    assert skipless.scan(data, 0, final=True, verdicts=Forgetful()) == hits
    assert judged.count("placeholder") == 11, "each word boundary in the name (around its dots and dash) made the match"
    assert mask_text(text, skipless, KEY) == (masked, findings)


def test_the_dev_sets_and_the_corpus_are_masked_alike_with_and_without_the_skip(paths):
    skip, every = paths
    texts = [json.loads(line)["text"] for path in DEV_SETS for line in path.read_text().splitlines() if line.strip()]
    texts += [p.text for p in POSITIVE] + list(CLEAN)
    assert len(texts) > 1000, "the dev sets are there"
    result = [mask_text(text, skip, KEY) for text in texts]
    assert result == [mask_text(text, every, KEY) for text in texts]
    assert sum(bool(findings) for _, findings in result) > 500, "the texts exercise the rules"


@pytest.mark.parametrize("seed", range(3))
def test_a_soup_of_dotted_key_names_and_near_values_is_masked_alike(paths, seed):
    skip, every = paths
    rng = random.Random(seed)
    dotted = [".".join(rng.choice(["spring", "db", "eu-west", "app", "x"]) for _ in range(rng.randrange(4))) + "."
              + part for part in soup(rng, 20000).split(" ")]
    texts = [" ".join(dotted[k:k + 200]) for k in range(0, len(dotted), 200)]
    result = [mask_text(text, skip, KEY) for text in texts]
    assert result == [mask_text(text, every, KEY) for text in texts]
    assert sum(len(findings) for _, findings in result) > 100, "the soup holds matches"
    masker = StreamMasker(skip, KEY)
    text = texts[0]
    out = "".join(masker.feed(text[i:i + 7])[0] for i in range(0, len(text), 7)) + masker.flush()[0]
    assert out == result[0][0]
