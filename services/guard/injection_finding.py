"""What each of the injection detector's families reports: one shape, so ``injection.assess`` reads them all alike."""

from __future__ import annotations

from typing import NamedTuple


class Finding(NamedTuple):
    """A named signal with its weight, and where in the text its evidence lies."""

    name: str
    weight: float
    start: int
    end: int
