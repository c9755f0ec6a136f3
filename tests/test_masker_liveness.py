"""A stream's liveness search: where a match may still be in progress, however its programs are built (issue 16)."""

import random

import re2

from services.masker import MaskerPolicy, StreamMasker, compile_policy, engine, mask_text
from services.masker.syntax import emit

RULES = compile_policy(MaskerPolicy())
WORDS = ("pass", "passwd", "password", "pwd", "secret", "secret_key", "token")


def test_a_keyword_lists_prefix_form_accepts_exactly_its_proper_prefixes():
    """The trie spelling of a keyword list's prefixes: every prefix of a word (a whole one goes on with what follows
    it), case-folded where the pattern is, and nothing that leaves the words ('tokens', 'secretkey')."""
    prefix = re2.compile(emit(r"(?i:" + "|".join(WORDS) + r")=\w{4}", 64).prefix)
    proper = {w[:n] for w in WORDS for n in range(len(w))}
    tried = {w[:n] for w in WORDS for n in range(len(w) + 1)} | {"pax", "tokens", "x", "secretkey"}
    for text in tried:
        assert bool(prefix.fullmatch(text)) == (text in proper or text in WORDS), text
        assert bool(prefix.fullmatch(text.upper())) == (text in proper or text in WORDS), text


def test_packed_programs_find_the_same_live_start_as_one_program_per_rule():
    """Packing rules into fewer liveness programs is an optimisation: the earliest live start over the packed
    programs equals the earliest over each rule's own program, on text made of the rules' own pieces."""
    singles = []
    low = 0
    for high in engine._BUCKETS:
        members = [c for c in RULES.rules if low < c.max_len <= high]
        if members:
            window = max(c.max_len for c in members)
            singles += [(window, engine._re2("(?:" + emit(c.rule.pattern, c.rule.max_repeat, c.rule.unbounded).prefix
                                             + ")\\z")._regexp) for c in members]
        low = high
    rng = random.Random(16)
    alphabet = ["pass", "word", "=", ": ", " ", "\n", "AKIA", "ghp_", "Q7", "x", "@", "mail.", "4539 ", "-p ", '"']
    for _ in range(150):
        data = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 12))).encode()
        end, expected = len(data), len(data)
        for window, program in singles:
            start = max(0, end - engine._byte_length(data, window))
            expected = min(expected, program.Match(engine._SEARCH, data, start, end)[0][0])
        assert RULES._live_start(data, 0) == expected, data


def test_a_stream_holds_back_a_key_word_in_progress_and_releases_prose():
    masker = StreamMasker(RULES, b"k")
    out, _ = masker.feed("The deploy failed. Set the passw")
    assert out.startswith("The deploy failed.")
    assert "passw" in masker.state.tail
    rest, _ = masker.feed("ord: Zq8Xv2Lm9Np4Rt6Yw1Bc now")
    tail, _ = masker.flush()
    assert "Zq8Xv2Lm9Np4Rt6Yw1Bc" not in out + rest + tail


def test_a_tables_header_holds_back_its_few_rows_not_the_rest_of_the_answer():
    """A column rule (``password_column``) reads at most a few rows under its header: after a header naming a
    password column, a stream holds back those rows, not every line up to the longest rule's length; a table whose
    rows repeat the header is released as it goes. Streamed output is still the whole text's."""
    lines = "".join(f"Step {n}: the deploy of service {n} finished, and its health check passed.\n" for n in range(60))
    for text in ("host,user,password\n" + lines, "| password |\n" * 400 + "done"):
        masker, out = StreamMasker(RULES, b"k"), []
        for i in range(0, len(text), 7):
            out.append(masker.feed(text[i:i + 7])[0])
        assert masker.state.held_max < 800, masker.state.held_max
        out.append(masker.flush()[0])
        assert "".join(out) == mask_text(text, RULES, b"k")[0]


def test_liveness_forms_are_packed_first_fit_from_the_longest_within_the_budget():
    """Each form in one program, none over the budget unless alone; first fit from the longest down fills the room a
    long form leaves ('c' with 'b', 'e' with 'a') where groups of consecutive sizes would open a fourth program."""
    budget = engine._LIVE_BUDGET
    forms = ["a" * (budget // 4), "b" * (budget // 3), "c" * (2 * budget // 3), "d" * (budget + 1), "e" * (3 * budget // 4)]
    groups = engine._packed(forms)
    assert sorted(form for group in groups for form in group) == sorted(forms)
    assert all(len(group) == 1 or sum(map(len, group)) <= budget for group in groups)
    assert sorted(sorted(len(form) for form in group) for group in groups) == sorted(
        [[budget + 1], [budget // 4, 3 * budget // 4], [budget // 3, 2 * budget // 3]])
