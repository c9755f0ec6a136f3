"""Logging for every ``lockgate`` process: one format and level from ``[log]``, JSON or text.

JSON lines carry the record's fields (``time``, ``level``, ``logger``, ``message``) plus any
``extra={"fields": {...}}`` the caller gave, so the access log is machine-readable as is.
"""

from __future__ import annotations

import json
import logging
import time

from services.common.config import LogConfig

ACCESS_LOGGER = "lockgate.access"


class JsonLines(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        document = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
            **getattr(record, "fields", {}),
        }
        if record.exc_info:
            document["exception"] = self.formatException(record.exc_info)
        return json.dumps(document, default=str)


class Text(logging.Formatter):
    """The usual line; an access record's fields follow as ``key=value``."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        fields = getattr(record, "fields", None)
        if fields:
            line += " " + " ".join(f"{key}={_text(value)}" for key, value in fields.items() if value not in (None, ""))
        return line


def _text(value) -> str:
    text = str(value)
    return json.dumps(text) if not text or any(c in text for c in ' "=') else text


def configure_logging(settings: LogConfig) -> None:
    """Replace the root handler's format and level (``main`` set a default before the configuration was read)."""
    root = logging.getLogger()
    handler = logging.StreamHandler()
    handler.setFormatter(JsonLines() if settings.format == "json" else Text())
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(settings.level.upper())
    logging.getLogger(ACCESS_LOGGER).disabled = not settings.access_log
