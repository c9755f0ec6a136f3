"""Retention on a real DuckDB file: old records go as a prefix of the chain, which still verifies; prompt
contents can be kept shorter than the record; a deletion in the middle is still caught."""

from __future__ import annotations

from services.recorder.record import Row
from services.recorder.store import Store, verify_database

DAY = 86400.0


def row(n: int, at: float, content: bytes | None = None) -> Row:
    contents = {f"{n:064x}": content} if content is not None else {}
    return Row(event_id=f"event-{n}", type="request.rejected", subject="lockgate.request.rejected", request_id=f"r{n}",
               session_id=f"s{n}", session=f"s{n}", time=at, believed=True, data="{}", contents=contents)


def test_old_records_are_dropped_as_a_prefix_and_the_rest_still_verifies(tmp_path):
    store = Store(tmp_path / "audit.duckdb")
    now = 100 * DAY
    store.append([row(n, now - (10 - n) * DAY) for n in range(10)])
    head = (store.head_seq, store.head_hash)
    assert store.prune(now - 4.5 * DAY, None) == (6, 0)
    result = verify_database(store.db)
    assert result["ok"] and result["records"] == 4 and (result["head_seq"], result["head_hash"]) == head
    store.append([row(10, now)])
    assert verify_database(store.db)["ok"], "new records chain on after a prune"
    assert store.prune(now - 4.5 * DAY, None) == (0, 0), "pruning again drops nothing more"

    store.db.execute("DELETE FROM records WHERE seq = 8")
    broken = verify_database(store.db)
    assert not broken["ok"] and "record 8 is missing" in broken["problem"]["problem"]
    store.close()


def test_prompt_contents_can_be_kept_shorter_than_the_record(tmp_path):
    store = Store(tmp_path / "audit.duckdb")
    store.append([row(0, 1.0, b'{"role":"user","content":"old prompt"}')])
    (stored,) = store.db.execute("SELECT count(*) FROM contents").fetchone()
    assert stored == 1
    assert store.prune(None, float("inf")) == (0, 1)
    assert store.db.execute("SELECT count(*) FROM records").fetchone()[0] == 1
    assert verify_database(store.db)["ok"]
    store.close()
