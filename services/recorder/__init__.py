"""The recorder: every event on the record, in DuckDB, streamed to SIEMs, tamper-evident."""
