"""Engine behaviour: styles, validators, policy errors, linear time, JSON safety."""

import json
import time

import msgspec
import pytest
import re2

from services.masker import CustomRule, Finding, MaskerPolicy, PolicyError, compile_policy, engine, mask_text
from services.masker.policy import ALL_DETECTORS

KEY = b"session-1"
AWS = "AKIAQYLPMN5HHHFPZAM2"
CARD = "4539 1488 0343 6467"


@pytest.fixture(scope="module")
def rules():
    return compile_policy(MaskerPolicy())


def test_finding_holds_offsets_never_the_value(rules):
    masked, findings = mask_text(f"key {AWS} end", rules, KEY)
    assert masked == "key [REDACTED:aws_access_key] end"
    assert findings == [Finding(rule_id="aws_access_key_id", type="aws_access_key", start=4, end=24)]
    assert set(Finding.__struct_fields__) == {"rule_id", "type", "start", "end"}


def test_offsets_count_characters_not_bytes(rules):
    text = f"clé ünïcode → {AWS}"
    _, [finding] = mask_text(text, rules, KEY)
    assert text[finding.start:finding.end] == AWS


def test_a_long_text_with_a_few_non_ascii_characters_masks_as_its_bytes_say(rules):
    """Such a text is encoded in slices (``engine._utf8``): characters of every width on each side of a slice's end,
    and secrets across it, are found and counted where they are."""
    slice_ = engine._ENCODED_AT_ONCE
    for wide in ("é", "→", "🔑"):
        for offset in (-len(AWS) - 1, -3, -1, 0, 1):
            head = "x " * ((slice_ + offset) // 2) + "y" * ((slice_ + offset) % 2)
            text = head + f"{wide} {AWS} {wide}{CARD} " + "z " * slice_ + wide
            assert engine._utf8(text) == text.encode()
            masked, findings = mask_text(text, rules, KEY)
            assert [text[f.start:f.end] for f in findings] == [AWS, CARD], (wide, offset)
            assert masked == text.replace(AWS, "[REDACTED:aws_access_key]").replace(CARD, "[REDACTED:card]")


def test_a_text_with_nothing_to_mask_comes_back_as_it_came(rules):
    text = "clé → " + "no secret here " * 10_000
    masked, findings = mask_text(text, rules, KEY)
    assert masked is text and findings == []


def test_styles_partial_and_hash():
    rules = compile_policy(MaskerPolicy(styles={"card": "partial", "email": "hash"}))
    masked, _ = mask_text(f"card {CARD} mail ann.lee@corp.io again ann.lee@corp.io", rules, KEY)
    token = masked.split("mail ")[1].split(" ")[0]
    assert masked == f"card ****6467 mail {token} again {token}"
    assert token.startswith("[email:") and len(token) == len("[email:12345678]")
    other, _ = mask_text("ann.lee@corp.io", rules, b"session-2")
    assert other != token, "the keyed hash differs between sessions"


def test_validators_keep_false_positives_out(rules):
    clean = [
        "order 4111111111111112 shipped",  # Luhn-invalid
        "id 550e8400-e29b-41d4-a716-446655440000",
        "commit 9fceb02d0ae598e95dc970b74767f19372d61af8",
        "ANTHROPIC_API_KEY=sk-ant-... and GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
        "Authorization: Bearer <YOUR_TOKEN>",
        "OPENAI_API_KEY=your-api-key-here",
        "SSN 666-12-3456, IBAN DE00 1234 5678 9012 3456 78",
    ]
    for text in clean:
        assert mask_text(text, rules, KEY) == (text, [])


def test_ip_addresses_only_when_enabled(rules):
    text = "host 10.1.2.3 and fe80::1ff:fe23:4567:890a"
    assert mask_text(text, rules, KEY)[0] == text
    everything = compile_policy(MaskerPolicy(detectors=list(ALL_DETECTORS)))
    assert mask_text(text, everything, KEY)[0] == "host [REDACTED:ipv4] and [REDACTED:ipv6]"


def test_custom_rule():
    policy = MaskerPolicy(custom_rules=[CustomRule(id="emp", pattern=r"\bEMP-\d{6}\b", type="employee_id")])
    masked, [finding] = mask_text("ticket for EMP-004217 today", compile_policy(policy), KEY)
    assert masked == "ticket for [REDACTED:employee_id] today" and finding.rule_id == "emp"


@pytest.mark.parametrize("pattern, why", [
    (r"(\w+)\s\1", "RE2 cannot compile"),
    (r"secret(?=\d)", "RE2 cannot compile"),
    (r"a*", "empty text"),
])
def test_unsafe_custom_patterns_are_refused(pattern, why):
    policy = MaskerPolicy(custom_rules=[CustomRule(id="bad-rule", pattern=pattern, type="x")])
    with pytest.raises(PolicyError, match=f"rule 'bad-rule'.*{why}"):
        compile_policy(policy)


def _timed(fn, text):
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - start)
    return best


def test_catastrophic_pattern_is_refused_or_linear():
    """``(a+)+$`` backtracks exponentially in PCRE-style engines.

    With the default cap (256 per unbounded repetition) the nested repetition
    could match 65 536 characters, more than any rule may, so it is refused;
    capped at 30 it is accepted and runs in linear time on adversarial input.
    """
    refused = MaskerPolicy(custom_rules=[CustomRule(id="evil", pattern=r"(a+)+$", type="x")])
    with pytest.raises(PolicyError, match="rule 'evil'.*bound its repetitions"):
        compile_policy(refused)

    rules = compile_policy(MaskerPolicy(custom_rules=[CustomRule(id="evil", pattern=r"(a+)+$", type="x", max_length=30)]))
    raw = re2.compile(r"(a+)+$")
    small, large = "a" * 50_000 + "!", "a" * 100_000 + "!"
    t_small = _timed(lambda t: mask_text(t, rules, KEY), small)
    t_large = _timed(lambda t: mask_text(t, rules, KEY), large)
    r_small, r_large = _timed(raw.search, small), _timed(raw.search, large)
    print(f"\n(a+)+$ capped at 30 via mask_text: 50 KB {t_small * 1e3:.1f} ms, 100 KB {t_large * 1e3:.1f} ms "
          f"(x{t_large / t_small:.2f}); raw RE2: {r_small * 1e6:.0f} us, {r_large * 1e6:.0f} us (x{r_large / r_small:.2f})")
    assert t_large <= 3 * t_small + 0.005
    assert r_large <= 3 * r_small + 0.005
    assert mask_text("x" + "a" * 20 + "!", rules, KEY)[0] == "x" + "a" * 20 + "!"


def test_masked_json_still_parses(rules):
    doc = {
        "command": f"curl -u {AWS}:x https://api.acme.io && echo card {CARD}",
        "env": {"DB_PASSWORD": "Xk3mPq9L!42", "NOTE": 'quote " and backslash \\ stay'},
        "url": "postgres://app:S3cr3tPw42@db.internal:5432/app",
        "key": "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n-----END PRIVATE KEY-----",
    }
    text = json.dumps(doc)
    masked, findings = mask_text(text, rules, KEY)
    parsed = json.loads(masked)
    assert {f.type for f in findings} == {"aws_access_key", "card", "credential", "db_credentials", "private_key"}
    assert parsed["key"] == "[REDACTED:private_key]"
    assert parsed["env"]["NOTE"] == doc["env"]["NOTE"]
    assert AWS not in masked and "S3cr3tPw42" not in masked and "Xk3mPq9L" not in masked


def test_policy_is_strict_and_secure_by_default():
    policy = MaskerPolicy()
    assert policy.fields == ["text", "tool_input"] and policy.mask_requests is False
    assert "card" in policy.detectors and "ipv4" not in policy.detectors
    with pytest.raises(msgspec.ValidationError, match="unknown"):
        msgspec.json.decode(b'{"detectors": ["nope"]}', type=MaskerPolicy)
    with pytest.raises(msgspec.ValidationError):
        msgspec.json.decode(b'{"mask_request": true}', type=MaskerPolicy)


def test_every_rule_has_a_bound(rules):
    lengths = rules.max_lengths()
    print(f"\nmax match length per rule: {lengths}\nhold-back bound: {rules.bound}")
    assert all(0 < n <= rules.bound for n in lengths.values())
