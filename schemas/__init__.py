"""Lockgate's event contract: ``schemas.events`` (what) and ``schemas.subjects`` (where)."""
