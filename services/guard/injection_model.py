"""A small learned injection classifier: one more signal beside the rules, for wording no lexicon lists.

Logistic regression over the folded text's words, word pairs and character 4-grams, trained on public
indirect-injection benchmarks and realistic benign tool output (bench/injection_model_train.py says which).
The weights ship in ``injection_model.json`` next to this module: nothing is downloaded, and a missing or
malformed file stops the guard at import with a message (a detector that is silently off decides nothing).

Scoring is pure, deterministic (no hash randomisation: grams are looked up by value) and linear: each gram's
weight is looked up once, and every window of ``window`` characters (stride ``window // 2``) is summed from
prefix sums, so an injection in a long tool result is judged on its own neighbourhood, not diluted by the rest.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate, repeat
from pathlib import Path

MODEL_FILE = Path(__file__).with_name("injection_model.json")
CHAR_N = 4
_WORD_SEPARATORS = str.maketrans({c: " " for c in "\t\n\r\f\v.,;:!?()[]{}<>\"'`*_=|/\\#~^+&%$@-"})
"""Characters read as a word break (kept one-for-one, so positions in the text hold for its words)."""


class ModelFileError(RuntimeError):
    """The classifier's weight file is missing or malformed: the guard does not start without it."""


@dataclass(frozen=True, slots=True)
class Model:
    bias: float
    words: dict[str, float]
    """Weights of words and of word pairs (``"send all"``)."""
    chars: dict[str, float]
    """Weights of character 4-grams of the text with its whitespace collapsed."""
    threshold: float
    """Probability at and above which a window is reported (chosen on the training data's validation split)."""
    window: int


def load(path: Path = MODEL_FILE) -> Model:
    """The model in ``path``; ``ModelFileError`` saying what is wrong when it cannot be used."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        model = Model(
            bias=float(data["bias"]),
            words={str(k): float(v) for k, v in data["words"].items()},
            chars={str(k): float(v) for k, v in data["chars"].items()},
            threshold=float(data["threshold"]),
            window=int(data["window"]),
        )
    except FileNotFoundError as e:
        raise ModelFileError(f"injection classifier: weight file {path} is missing (reinstall lockgate)") from e
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
        raise ModelFileError(f"injection classifier: weight file {path} is malformed ({type(e).__name__}: {e})") from e
    if not (model.words and model.chars and 0.0 < model.threshold < 1.0 and model.window >= 64):
        raise ModelFileError(f"injection classifier: weight file {path} is malformed (empty weights, threshold or window out of range)")
    return model


def collapsed(low: str) -> str:
    """The folded text with each whitespace run read as one space: the character grams' text."""
    return " ".join(low.split())


def word_grams(text: str) -> tuple[list[str], list[int]]:
    """The words and word pairs of ``text`` (already collapsed), and where each starts."""
    pieces = text.translate(_WORD_SEPARATORS).split(" ")
    starts = list(accumulate((len(p) + 1 for p in pieces), initial=0))
    words = [(p, s) for p, s in zip(pieces, starts, strict=False) if p]
    grams = [w for w, _ in words] + [a + " " + b for (a, _), (b, _) in zip(words, words[1:], strict=False)]
    return grams, [s for _, s in words] + [s for _, s in words[:-1]]


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
    return 1.0 / (1.0 + math.exp(-(model.bias + best)))
