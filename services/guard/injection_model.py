"""The learned injection signal (issue 21): a text the rules find suspicious but not enough is flagged when a model
trained on the project's labelled tool results also judges it an injection.

Why: rules tuned on one evaluation set gained ~+0.07 there and ~0 on the next set written by someone else, four
passes in a row; this model, validated leave-one-author-out on eight sets and then measured once on a blind set, added
~+0.08 of injections flagged for ~+0.005 benign flagged (bench/README.md). It only lifts a weak rule signal: it never
flags a text the rules score below ``rule_score``, nor one they capped as cited, about attacks, a template, a
procedure or correspondence.

It also vetoes (``vetoed``): a text the rules flag on one decisive signal, none certain by construction, that the
model reads (``READABLE``) and scores below ``veto`` is left unflagged at the cited cap, so it still taints its
session. Validated leave-one-author-out on twelve sets against the rules as they were before anyone tuned on each, it
removed ~1/3 of their benign flags for ~0.002 of their injections (bench/README.md).

Logistic regression over the folded text's words (character pairs in scripts written without spaces), word pairs
and character 4-grams, trained by bench/injection_model_train.py, which writes ``injection_model.json`` beside this
module. Pure Python: a missing or malformed weight file is refused with a message naming it (``load``), and the
guard then does not start (fail closed).

Scoring is pure, deterministic (grams are looked up by value, never by hash) and linear: each gram's weight is
looked up once and every window of ``window`` characters (stride ``window // 2``) is summed from prefix sums, so an
injection in a long tool result is judged on its own neighbourhood, not diluted by the rest.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate, repeat
from pathlib import Path

CHAR_N = 4
DECISIVE = 1.0
"""A signal's weight that flags a text alone (the rules' flag score)."""
READABLE = 0.1
"""The least share of a text's words and word pairs the model must know (``known_share``) for its doubt to veto."""
_WORD_SEPARATORS = str.maketrans({c: " " for c in "\t\n\r\f\v.,;:!?()[]{}<>\"'`*_=|/\\#~^+&%$@-。、，：；！？（）「」『』《》【】"})
"""Characters read as a word break (kept one-for-one, so positions in the text hold for its words)."""
UNSPACED = re.compile(r"[\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
"""Scripts written without spaces between words (Thai, Lao, Myanmar, Khmer, kana, CJK ideographs, Hangul syllables,
whose spaces fall between phrases): a word there is read as its character pairs."""
CERTAIN = frozenset({"inject.forged_turn", "inject.fake_structure", "inject.hidden", "inject.encoded", "inject.payload_assembly", "inject.split_order", "inject.parts_order", "inject.unpack_order", "inject.command"})
"""Rule signals the model never vetoes: a forged conversation turn or system text, hidden or encoded text carrying
an order, pieces to assemble into one or numbered or labelled parts of one order to an agent, a lead to decode a payload
and carry it out, a dangerous command the text tells its reader to run (judged by the command
guard). No tool result needs them to say something benign, and they are made of structure (markers, invisible
characters, encodings, a command's effect) that a bag of the text's words and characters does not see."""


class ModelFileError(RuntimeError):
    """The classifier's weight file is missing or malformed: nothing may score with it."""


@dataclass(frozen=True, slots=True)
class Model:
    bias: float
    words: dict[str, float]
    """Weights of words and of word pairs (``"send all"``)."""
    chars: dict[str, float]
    """Weights of character 4-grams of the text with its whitespace collapsed."""
    threshold: float
    """Probability at and above which the model speaks (chosen on leave-one-author-out scores)."""
    rule_score: float
    """The rules' own score the text must also reach: the model lifts a weak rule signal, it never flags alone."""
    veto: float
    """Probability below which the model vetoes a rule flag (``vetoed``; 0: never)."""
    window: int


def load(path: Path) -> Model:
    """The model in ``path``; ``ModelFileError`` saying what is wrong when it cannot be used."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        model = Model(
            bias=float(data["bias"]),
            words={str(k): float(v) for k, v in data["words"].items()},
            chars={str(k): float(v) for k, v in data["chars"].items()},
            threshold=float(data["threshold"]),
            rule_score=float(data["rule_score"]),
            veto=float(data["veto"]),
            window=int(data["window"]),
        )
    except FileNotFoundError as e:
        raise ModelFileError(f"injection classifier: weight file {path} is missing (write one with bench/injection_model_train.py --out)") from e
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
        raise ModelFileError(f"injection classifier: weight file {path} is malformed ({type(e).__name__}: {e})") from e
    if not (model.words and model.chars and 0.0 < model.threshold < 1.0 and 0.0 < model.rule_score and 0.0 <= model.veto < model.threshold and model.window >= 64):
        raise ModelFileError(f"injection classifier: weight file {path} is malformed (empty weights, threshold, rule score, veto or window out of range)")
    return model


def collapsed(low: str) -> str:
    """The folded text with each whitespace run read as one space: the character grams' text."""
    return " ".join(low.split())


def _units(text: str) -> list[tuple[str, int]]:
    """The words of ``text`` (already collapsed) and where each starts; a word in an unspaced script as its character pairs."""
    pieces = text.translate(_WORD_SEPARATORS).split(" ")
    units: list[tuple[str, int]] = []
    for piece, start in zip(pieces, accumulate((len(p) + 1 for p in pieces), initial=0), strict=False):
        if not piece:
            continue
        if len(piece) > 1 and UNSPACED.search(piece):
            units += [(piece[i : i + 2], start + i) for i in range(len(piece) - 1)]
        else:
            units.append((piece, start))
    return units


def word_grams(text: str) -> tuple[list[str], list[int]]:
    """The words then the word pairs of ``text`` (already collapsed), and where each starts."""
    units = _units(text)
    grams = [w for w, _ in units] + [a + " " + b for (a, _), (b, _) in zip(units, units[1:], strict=False)]
    return grams, [s for _, s in units] + [s for _, s in units[:-1]]


def char_grams(text: str) -> list[str]:
    """The character 4-grams of ``text`` (already collapsed), one starting at each position."""
    return [text[i : i + CHAR_N] for i in range(len(text) - CHAR_N + 1)]


def grams(low: str) -> tuple[list[str], list[str]]:
    """Word grams and character grams of a folded text: what the model is trained and scored on."""
    text = collapsed(low)
    return word_grams(text)[0], char_grams(text)


def probability(model: Model, low: str) -> float:
    """The highest probability of injection over the windows of the folded text ``low``."""
    text = collapsed(low)
    if len(text) < CHAR_N:
        return 0.0
    words, word_starts = word_grams(text)
    singles = (len(words) + 1) // 2
    # prefix sums of the weights of character grams (one per position), words and word pairs (in text order)
    chars = list(accumulate(map(model.chars.get, char_grams(text), repeat(0.0)), initial=0.0))
    ones = list(accumulate(map(model.words.get, words[:singles], repeat(0.0)), initial=0.0))
    pairs = list(accumulate(map(model.words.get, words[singles:], repeat(0.0)), initial=0.0))
    starts = word_starts[:singles]
    step = model.window // 2
    best = -math.inf
    for start in range(0, max(len(text) - step, 1), step):
        end = min(len(text), start + model.window)
        c0, c1 = min(start, len(chars) - 1), min(end, len(chars) - 1)
        w0, w1 = bisect_left(starts, start), bisect_left(starts, end)
        p0, p1 = min(w0, len(pairs) - 1), min(w1, len(pairs) - 1)
        n = (c1 - c0) + (w1 - w0) + (p1 - p0)
        if n:
            best = max(best, (chars[c1] - chars[c0] + ones[w1] - ones[w0] + pairs[p1] - pairs[p0]) / math.sqrt(n))
    if best == -math.inf:
        return 0.0
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, model.bias + best))))


def known_share(model: Model, low: str) -> float:
    """The share of the folded text's words and word pairs the model has a weight for: how much of it the model can read."""
    words = word_grams(collapsed(low))[0]
    return sum(w in model.words for w in words) / len(words) if words else 0.0


def vetoed(model: Model, low: str, signals: Iterable[tuple[str, float]]) -> float | None:
    """The model's probability when it vetoes the rules' flag on the folded text ``low``; None when it does not.

    Asked only of texts the rules flag. It vetoes below ``model.veto`` a flag that rests on one decisive signal (at
    most one of ``signals``, (name, weight) pairs, weighs the flag score alone) and on no ``CERTAIN`` one: where
    several rules each find the text an injection, one model's doubt does not outweigh them. Nor does its doubt about a
    text it can hardly read (``READABLE``): a language or a vocabulary it was not trained on."""
    found = list(signals)
    if not model.veto or CERTAIN.intersection(n for n, _ in found) or sum(w >= DECISIVE for _, w in found) > 1:
        return None
    likelihood = probability(model, low)
    return likelihood if likelihood < model.veto and known_share(model, low) >= READABLE else None
