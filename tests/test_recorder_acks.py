"""The recorder's cumulative acknowledgements (``services/recorder/acks.py``): one per committed batch, never above
an event delivered and not stored (a dead predecessor's batch, a batch whose commit failed). The end-to-end case,
a killed recorder's batch coming back to its successor, is in tests/test_recorder_faults.py."""

from __future__ import annotations

from services.recorder.acks import CumulativeAcks


def test_with_nothing_missing_each_batch_is_acknowledged_once_at_its_last_event():
    acks = CumulativeAcks()
    assert acks.stored([1, 2, 3]) == 3
    assert acks.stored([4, 5]) == 5
    assert acks.waiting == 0


def test_a_predecessors_batch_holds_acknowledgements_below_it_until_it_comes_back():
    acks = CumulativeAcks(range(11, 21))  # a dead recorder pulled 11..20 and acknowledged nothing
    assert acks.stored([21, 22, 23]) == 0  # acknowledging 23 would acknowledge 11..20 unstored
    assert acks.waiting == 23
    assert acks.stored([24]) == 0
    assert acks.waiting == 24
    assert acks.stored(list(range(11, 21))) == 24  # back after the ack wait: the waiting event goes out with them
    assert acks.waiting == 0
    assert acks.stored([25]) == 25
    assert not acks.unstored


def test_the_waiting_event_is_acknowledged_with_the_batch_that_fills_the_gap():
    acks = CumulativeAcks(range(5, 7))
    assert acks.stored([7, 8]) == 0
    assert acks.stored([5, 6, 8]) == 8  # the worker passes the waiting event's sequence with the batch


def test_a_failed_commit_stops_acknowledgements_above_it():
    acks = CumulativeAcks()
    assert acks.stored([1, 2]) == 2
    acks.failed([3, 4])
    assert acks.stored([5, 6]) == 0
    assert acks.stored([3, 4]) == 6  # back after the ack wait: 6, stored meanwhile, is acknowledged with them
    assert acks.stored([7]) == 7


def test_an_acknowledgement_below_the_gap_still_goes_out():
    acks = CumulativeAcks(range(10, 12))
    assert acks.stored([8, 9, 12]) == 9
    assert acks.waiting == 12


def test_events_the_stream_dropped_are_no_longer_waited_for():
    acks = CumulativeAcks(range(3, 6))
    assert acks.stored([6]) == 0
    acks.forget_below(6)  # the stream's limits removed 3..5: they will never come back
    assert acks.stored([7]) == 7
