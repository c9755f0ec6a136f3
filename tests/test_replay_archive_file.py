"""The recorder's DuckDB file as replay reads it: a real file written by the recorder's ``Store``.

Every record comes back once, in the recorder's order, however many there are; a body stored
masked comes back as sent from its sealed part, and only with the right key; the writer keeps
writing while a replay reads its snapshot.
"""

from __future__ import annotations

import os

import msgspec

from schemas.events import Identity, RequestReceived, ResponseCompleted, encode_event
from services.common.bus import subject_for
from services.common.sealing import InputSealer
from services.recorder.record import Row, content_hash, part_places, split_body
from services.recorder.store import Store
from services.replay.archive import CHUNK, open_archive

SECRET_PROMPT = "use AKIAQYLPMN5HHHFPZAM2 for the upload"


def row_of(event, sealer: InputSealer | None = None) -> Row:
    """The row the recorder stores; in a request, a part holding the secret stored masked and sealed as sent."""
    fields = msgspec.json.decode(encode_event(event))
    contents: dict[str, bytes] = {}
    sealed: dict[str, str] = {}
    if isinstance(event, RequestReceived):
        skeleton, contents = split_body(fields["body"])
        for place, digest in part_places(skeleton):
            if SECRET_PROMPT.encode() in contents[digest]:
                sent = contents.pop(digest)
                masked = sent.replace(b"AKIAQYLPMN5HHHFPZAM2", b"[REDACTED:aws_access_key]")
                contents[content_hash(masked)] = masked
                skeleton["messages"][int(place.split(".")[1])] = {"$content": content_hash(masked)}
                sealed[place] = sealer.seal_part(sent, event.request_id, place) if sealer else ""
        fields["body"] = skeleton
    return Row(event_id=event.event_id, type=fields["type"], subject=subject_for(event), request_id=event.request_id, session_id="",
               session=event.request_id, time=event.time, believed=True, data=msgspec.json.encode(fields).decode(),
               contents=contents, sealed_parts=sealed)


def request(number: int, prompt: str = "") -> RequestReceived:
    body = msgspec.json.encode({"model": "claude-haiku-4-5", "max_tokens": 8,
                                "messages": [{"role": "user", "content": prompt or f"turn {number}"}]})
    return RequestReceived(request_id=f"r{number}", identity=Identity(subject="alice", roles=("developer",)), gateway="g", method="POST",
                           path="/v1/messages", endpoint="messages", model="claude-haiku-4-5", body=msgspec.Raw(body), body_size=len(body))


def test_every_record_comes_back_once_in_order_with_its_body(tmp_path):
    store = Store(tmp_path / "audit.duckdb")
    events = [event for number in range(CHUNK + 300) for event in (request(number), ResponseCompleted(request_id=f"r{number}", status=200))]
    store.append([row_of(event) for event in events])
    store.close()
    with open_archive(tmp_path / "audit.duckdb", None) as archive:
        records = list(archive.records(None, None, None, None))
    assert [record.seq for record in records] == list(range(1, len(events) + 1))
    bodies = [record.body for record in records if record.body is not None]
    assert bodies == [bytes(event.body) for event in events if isinstance(event, RequestReceived)]


def test_a_part_stored_masked_comes_back_as_sent_only_with_the_replay_key(tmp_path):
    sealer = InputSealer(os.urandom(32))
    store = Store(tmp_path / "audit.duckdb")
    secret = request(1, SECRET_PROMPT)
    store.append([row_of(secret, sealer), row_of(request(2))])
    store.close()
    assert b"AKIAQYLPMN5HHHFPZAM2" not in (tmp_path / "audit.duckdb").read_bytes()
    with open_archive(tmp_path / "audit.duckdb", sealer) as archive:
        first, second = list(archive.records(None, None, None, None))
    assert first.body == bytes(secret.body) and not first.body_masked and second.body is not None
    with open_archive(tmp_path / "audit.duckdb", InputSealer(os.urandom(32))) as archive:
        first, second = list(archive.records(None, None, None, None))
    assert first.body is None and first.body_masked and second.body is not None


def test_without_a_key_at_recording_the_part_is_noted_masked_not_sealed(tmp_path):
    store = Store(tmp_path / "audit.duckdb")
    store.append([row_of(request(1, SECRET_PROMPT), None)])
    store.close()
    with open_archive(tmp_path / "audit.duckdb", InputSealer(os.urandom(32))) as archive:
        (record,) = list(archive.records(None, None, None, None))
    assert record.body is None and record.body_masked


def test_the_writer_keeps_writing_while_a_snapshot_is_read(tmp_path):
    store = Store(tmp_path / "audit.duckdb")
    store.append([row_of(request(1))])
    with open_archive(tmp_path / "audit.duckdb", None) as archive:
        store.append([row_of(request(2))])
        assert [record.seq for record in archive.records(None, None, None, None)] == [1]
        assert archive.seq_of(request(2).event_id) is None
    assert store.head_seq == 2
    store.close()
