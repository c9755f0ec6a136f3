"""The recorder's DuckDB appends on a real file: an event delivered again is stored once, whether it states its own
time (looked up in that time range only) or was timed at recording (looked up everywhere); a content re-sent in a
later batch is stored once; the chain still verifies."""

from __future__ import annotations

from services.recorder.record import Row
from services.recorder.store import Store, verify_database


def row(event_id: str, at: float, stated: bool = True, contents: dict[str, bytes] | None = None) -> Row:
    return Row(event_id=event_id, type="request.rejected", subject="lockgate.request.rejected", request_id="r", session_id="s",
               session="s", time=at, time_stated=stated, believed=True, data="{}", contents=contents or {})


def test_an_event_delivered_again_is_stored_once_in_or_out_of_its_batchs_time_range(tmp_path):
    store = Store(tmp_path / "audit.duckdb")
    store.append([row(f"old-{n}", 1000.0 + n) for n in range(500)])
    store.append([row("timed", 5000.0), row("untimed", 5001.0, stated=False)])
    again = store.append([row("timed", 5000.0), row("fresh", 9000.0), row("untimed", 9001.0, stated=False), row("old-3", 1003.0)])
    assert [r.event_id for r in again] == ["fresh"], "only the event never stored is new"
    assert store.append([row("fresh", 9000.0), row("fresh", 9000.0)]) == []
    assert store.append([row("untimed", 9500.0, stated=False)]) == [], "timed at recording: its first time was another"
    (count,) = store.db.execute("SELECT count(*) FROM records").fetchone()
    assert count == 503
    assert verify_database(store.db)["ok"]
    store.close()


def test_a_content_sent_again_is_stored_once(tmp_path):
    store = Store(tmp_path / "audit.duckdb")
    prompt = {"a" * 64: b'{"role":"user","content":"hello"}'}
    store.append([row("first", 1.0, contents=prompt)])
    store.append([row("second", 2.0, contents={**prompt, "b" * 64: b'{"role":"assistant","content":"hi"}'})])
    stored = store.db.execute("SELECT hash, content FROM contents ORDER BY hash").fetchall()
    assert stored == [("a" * 64, '{"role":"user","content":"hello"}'), ("b" * 64, '{"role":"assistant","content":"hi"}')]
    store.close()
