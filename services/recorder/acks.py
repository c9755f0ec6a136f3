"""Which stored event the recorder acknowledges, when its consumer acknowledges cumulatively (``AckPolicy.ALL``).

One acknowledgement per batch instead of one per event: acknowledging the event at stream sequence S
acknowledges every event up to S. That is safe only below every event delivered and not stored: events a
previous recorder pulled and died holding (they come back after the ack wait) and a batch whose commit failed.
Until those are stored again, acknowledgements stop below the first of them; later events stored meanwhile wait
(or come back after the ack wait and are stored once, by event id)."""

from __future__ import annotations


class CumulativeAcks:
    """The stream sequences delivered and not stored yet, and the highest stored one not acknowledged yet."""

    def __init__(self, unsettled: range = range(0)):
        self.unstored: set[int] = set(unsettled)
        """Delivered to this consumer and not known to be stored (at start: a previous recorder's unacknowledged)."""
        self.waiting: int = 0
        """The highest sequence stored and not acknowledged, 0 when none."""

    def failed(self, sequences: list[int]) -> None:
        """A batch that was not committed: it comes back after the ack wait, nothing above it may be acknowledged."""
        self.unstored.update(sequences)

    def stored(self, sequences: list[int]) -> int:
        """Record a committed batch; return the sequence to acknowledge now (0: none), always one of ``sequences``
        or the one waiting from before."""
        self.unstored.difference_update(sequences)
        floor = min(self.unstored, default=None)
        candidates = [s for s in (*sequences, self.waiting) if s and (floor is None or s < floor)]
        highest = max((s for s in sequences if s), default=0)
        if floor is not None and highest > floor:
            self.waiting = max(self.waiting, highest)
        acknowledge = max(candidates, default=0)
        if acknowledge >= self.waiting:
            self.waiting = 0
        return acknowledge

    def forget_below(self, first_sequence: int) -> None:
        """Events the stream no longer holds (its limits removed them) will never come back: stop waiting for them."""
        self.unstored = {s for s in self.unstored if s >= first_sequence}
