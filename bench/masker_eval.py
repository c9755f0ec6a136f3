"""Masker evaluation: per-type span recall and per-class negatives altered, whole and streamed.

    .venv/bin/python bench/masker_eval.py                                   # tests/masker_eval/dev.jsonl
    .venv/bin/python bench/masker_eval.py tests/masker_eval/heldout.jsonl   # the held-out set: measure only
    .venv/bin/python bench/masker_eval.py --all-detectors PATH              # IP addresses on too

Each JSON line is a text with the spans that must be masked (``spans``: start,
end in characters and a ``type``) or none (a negative, reported by its
``class``/``category``). Every text is masked with the shipped policy twice: whole
(``mask_text``, a non-streamed answer) and streamed in 7-character deltas through
``StreamMasker`` (as a model's text_delta events arrive). A span counts as
recalled when masked findings cover all of it; a negative counts as altered when
its masked text differs from the original. IP addresses ship off, so IP spans are
reported but left out of the totals unless ``--all-detectors``. Figures only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from services.masker import MaskerPolicy, StreamMasker, compile_policy, mask_text  # noqa: E402
from services.masker.policy import ALL_DETECTORS  # noqa: E402

KEY = b"masker-eval"
DELTA = 7
DEV = Path(__file__).resolve().parents[1] / "tests" / "masker_eval" / "dev.jsonl"


def _first(record: dict, *names, default=None):
    for name in names:
        if record.get(name) is not None:
            return record[name]
    return default


def _span(raw, text: str) -> tuple[int, int, str] | None:
    """(start, end, type) from a span written as an object or a list; a value without offsets is looked up."""
    if isinstance(raw, dict):
        kind = str(_first(raw, "type", "kind", "label", "entity", "category", default="unknown"))
        start, end = _first(raw, "start", "begin"), _first(raw, "end", "stop")
        value = _first(raw, "value", "text", "secret")
        if (start is None or end is None) and isinstance(value, str) and value in text:
            start = text.index(value)
            end = start + len(value)
    elif isinstance(raw, (list, tuple)) and len(raw) >= 2:
        start, end, kind = raw[0], raw[1], str(raw[2]) if len(raw) > 2 else "unknown"
    else:
        return None
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(text):
        return None
    return start, end, kind


def load(path: Path) -> list[tuple[str, list[tuple[int, int, str]], str]]:
    """(text, spans, negative class) per line; a line without a text or with a span that cannot be placed is an error."""
    cases = []
    for number, line in enumerate(path.read_text().splitlines(), 1):
        if not line.strip():
            continue
        record = json.loads(line)
        text = _first(record, "text", "content", "input", "sample")
        raw_spans = _first(record, "spans", "secrets", "entities", "expected", "findings", default=[])
        if not isinstance(text, str) or not isinstance(raw_spans, list):
            raise SystemExit(f"{path}:{number}: no text or no span list (fields: {sorted(record)})")
        spans = [_span(raw, text) for raw in raw_spans]
        if None in spans:
            raise SystemExit(f"{path}:{number}: a span has no usable offsets (fields: {sorted(record)})")
        negative_class = str(_first(record, "category", "class", "negative_class", "kind", "label", default="negative"))
        cases.append((text, spans, negative_class))
    return cases


def streamed(text: str, rules) -> tuple[str, list]:
    masker, out, findings = StreamMasker(rules, KEY), [], []
    for i in range(0, len(text), DELTA):
        piece, found = masker.feed(text[i:i + DELTA])
        out.append(piece)
        findings += found
    piece, found = masker.flush()
    return "".join(out) + piece, findings + found


def masked(text: str, rules, key: bytes, mode: str) -> tuple[str, list]:
    """The text masked whole (``mode == "whole"``) or streamed in deltas, and its findings."""
    return mask_text(text, rules, key) if mode == "whole" else streamed(text, rules)


def missed_spans(cases, rules, key: bytes, mode: str) -> list[tuple[str, str]]:
    """(type, value) of every expected span the masker leaves uncovered, IP addresses aside (they ship off)."""
    missed = []
    for text, spans, _ in cases:
        findings = masked(text, rules, key, mode)[1]
        missed += [(kind, text[start:end]) for start, end, kind in spans
                   if not is_ip(kind) and not covered(start, end, findings)]
    return missed


def altered_look_alikes(cases, rules, key: bytes, mode: str) -> list[tuple[str, str]]:
    """(class, text) of every case without a span that the masker changes."""
    return [(cls, text) for text, spans, cls in cases if not spans and masked(text, rules, key, mode)[0] != text]


def covered(start: int, end: int, findings) -> bool:
    """Do the findings' spans together cover every character of [start, end)?"""
    reach = start
    for f in sorted(findings, key=lambda f: f.start):
        if f.start > reach:
            break
        reach = max(reach, f.end)
    return reach >= end


def is_ip(kind: str) -> bool:
    return kind.lower() in {"ip", "ipv4", "ipv6", "ip_address", "ipv4_address", "ipv6_address"}


def evaluate(path: Path, all_detectors: bool) -> None:
    cases = load(path)
    rules = compile_policy(MaskerPolicy(detectors=list(ALL_DETECTORS)) if all_detectors else MaskerPolicy())
    spans = defaultdict(lambda: [0, 0, 0])  # type -> [spans, recalled whole, recalled streamed]
    negatives = defaultdict(lambda: [0, 0, 0])  # class -> [texts, altered whole, altered streamed]
    extra = [0, 0]  # positive texts with something masked outside every gold span (whole, streamed)
    differ = 0
    for text, gold, negative_class in cases:
        whole = mask_text(text, rules, KEY)
        stream = streamed(text, rules)
        differ += whole != stream
        if not gold:
            row = negatives[negative_class]
            row[0] += 1
            row[1] += whole[0] != text
            row[2] += stream[0] != text
            continue
        for start, end, kind in gold:
            row = spans[kind]
            row[0] += 1
            row[1] += covered(start, end, whole[1])
            row[2] += covered(start, end, stream[1])
        for k, (_, findings) in enumerate((whole, stream)):
            extra[k] += any(not any(f.start < e and s < f.end for s, e, _ in gold) for f in findings)

    print(f"{path} ({len(cases)} texts), policy: {'all detectors' if all_detectors else 'shipped default (IPs off)'}, "
          f"streamed in {DELTA}-character deltas")
    print(f"\n{'type':28} {'spans':>6} {'recall whole':>13} {'recall streamed':>16}")
    for kind in sorted(spans):
        n, w, s = spans[kind]
        note = "  (IPs off: not in totals)" if is_ip(kind) and not all_detectors else ""
        print(f"{kind:28} {n:6d} {w / n:13.3f} {s / n:16.3f}{note}")
    counted = [row for kind, row in spans.items() if all_detectors or not is_ip(kind)]
    total = sum(r[0] for r in counted)
    if total:
        print(f"{'ALL' + ('' if all_detectors else ' (IPs excepted)'):28} {total:6d} "
              f"{sum(r[1] for r in counted) / total:13.3f} {sum(r[2] for r in counted) / total:16.3f}")
    print(f"\n{'negative class':28} {'texts':>6} {'altered whole':>14} {'altered streamed':>17}")
    for cls in sorted(negatives):
        n, w, s = negatives[cls]
        print(f"{cls:28} {n:6d} {w:14d} {s:17d}")
    texts = sum(r[0] for r in negatives.values())
    if texts:
        print(f"{'ALL':28} {texts:6d} {sum(r[1] for r in negatives.values()) / texts:14.3f} "
              f"{sum(r[2] for r in negatives.values()) / texts:17.3f}  (fraction altered)")
    positives = len(cases) - texts
    if positives:
        print(f"\npositive texts with a mask outside every expected span: {extra[0]} whole, {extra[1]} streamed "
              f"(of {positives})")
    print(f"texts whose streamed result differs from the whole: {differ}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[DEV])
    parser.add_argument("--all-detectors", action="store_true", help="turn IP address detection on too")
    args = parser.parse_args()
    for path in args.paths:
        evaluate(path, args.all_detectors)
        print()


if __name__ == "__main__":
    main()
