"""JSON Schema for the event contract, for consumers outside Python (SIEMs, other languages)."""

from __future__ import annotations

import json
from pathlib import Path

import msgspec

from schemas.audit import AUDIT_SCHEMA_VERSION, audit_schema
from schemas.events import SCHEMA_VERSION, AnyEvent
from schemas.replay import REPORT_VERSION, report_schema


def event_schema() -> dict:
    """One JSON Schema (2020-12) document: any Lockgate event, discriminated by ``type``."""
    schema = msgspec.json.schema(AnyEvent)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://lockgate.dev/schemas/events/v{SCHEMA_VERSION}.json",
        "title": f"Lockgate event, schema version {SCHEMA_VERSION}",
        **schema,
    }


def export(directory: str | Path) -> Path:
    """Write ``lockgate-events.v<N>.schema.json`` (and the recorder's ``lockgate-audit.v<N>.schema.json`` and
    ``lockgate replay``'s ``lockgate-replay-report.v<N>.schema.json``) into ``directory``; returns the event schema's path."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"lockgate-events.v{SCHEMA_VERSION}.schema.json"
    path.write_text(json.dumps(event_schema(), indent=2, sort_keys=True) + "\n")
    audit_path = directory / f"lockgate-audit.v{AUDIT_SCHEMA_VERSION}.schema.json"
    audit_path.write_text(json.dumps(audit_schema(), indent=2, sort_keys=True) + "\n")
    replay_path = directory / f"lockgate-replay-report.v{REPORT_VERSION}.schema.json"
    replay_path.write_text(json.dumps(report_schema(), indent=2, sort_keys=True) + "\n")
    return path
