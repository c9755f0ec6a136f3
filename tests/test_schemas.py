"""The event contract: JSON on the wire, decodable by type, with a JSON Schema that outside consumers can validate against."""

from __future__ import annotations

import json
import subprocess
import sys

import jsonschema
import msgspec

from schemas.events import (
    SCHEMA_VERSION,
    Identity,
    RequestChanges,
    RequestReceived,
    ResponseCompleted,
    Usage,
    Verdict,
    decode_event,
    encode_event,
)

EXAMPLES = [
    RequestReceived(
        request_id="r1",
        gateway="g1",
        method="POST",
        path="/v1/messages",
        endpoint="messages",
        model="claude-haiku-4-5",
        body=msgspec.Raw(b'{"model":"claude-haiku-4-5","messages":[]}'),
        identity=Identity(subject="alice", issuer="https://idp", roles=("developer",), token_fingerprint="ab12"),
    ),
    Verdict(request_id="r1", stage="authz", decision="modify", changes=RequestChanges(remove_tools=("Bash",), max_tokens=1024)),
    ResponseCompleted(request_id="r1", status=200, stop_reason="end_turn", usage=Usage(input_tokens=3, output_tokens=5)),
]


def test_events_round_trip_through_json_and_decode_by_type():
    for event in EXAMPLES:
        decoded = decode_event(encode_event(event))
        assert type(decoded) is type(event)
        assert encode_event(decoded) == encode_event(event)
        assert json.loads(encode_event(event))["schema_version"] == SCHEMA_VERSION


def test_exported_json_schema_validates_real_events_and_rejects_wrong_ones(tmp_path):
    subprocess.run([sys.executable, "-m", "services.cli.main", "schemas", "export", str(tmp_path)], check=True)
    schema = json.loads((tmp_path / f"lockgate-events.v{SCHEMA_VERSION}.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for event in EXAMPLES:
        validator.validate(json.loads(encode_event(event)))
    wrong = json.loads(encode_event(EXAMPLES[1]))
    wrong["decision"] = "maybe"
    assert not validator.is_valid(wrong)
