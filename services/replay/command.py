"""``lockgate replay``: what a candidate policy would change on recorded traffic, and a CI gate on it.

Exit status: 0 when the difference is within ``--allow``, 1 when a limit is exceeded (each
one named), 2 for a bad policy file, bad arguments or configuration, or a recorder file
(``--duckdb``) that is missing, garbled or from a newer recorder.
"""

from __future__ import annotations

import datetime
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

import msgspec

from schemas.replay import CATEGORIES, ReplayReport
from services.cli.up import nats_access
from services.common.bus import Bus
from services.common.config import Config, ConfigError
from services.common.nats_auth import Credentials
from services.common.policy_store import PolicyError, policy_document
from services.common.sealing import InputSealer, SealError, key_path
from services.replay.archive import ArchiveError, ArchiveSource
from services.replay.engine import Candidate, Replay
from services.replay.reader import replay_stream

GATE_FAILED = 1


class ReplayArgumentError(Exception):
    """A replay argument cannot be used; the message says which and why."""


def parse_allow(specs: list[str]) -> dict[str, int]:
    """``newly-allowed=0,masks-dropped=2`` (repeatable) -> limits; a category left out is not limited."""
    limits: dict[str, int] = {}
    for spec in specs:
        for item in filter(None, (part.strip() for part in spec.split(","))):
            name, sep, value = item.partition("=")
            if not sep or name not in CATEGORIES:
                raise ReplayArgumentError(f"--allow {item!r}: expected CATEGORY=N with CATEGORY one of {', '.join(CATEGORIES)}")
            try:
                limits[name] = int(value)
            except ValueError:
                raise ReplayArgumentError(f"--allow {item!r}: {value!r} is not a whole number") from None
            if limits[name] < 0:
                raise ReplayArgumentError(f"--allow {item!r}: a limit cannot be negative")
    return limits


def parse_since(text: str, now: float) -> float:
    """``90s``, ``15m``, ``24h``, ``7d`` before now."""
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    try:
        amount = float(text[:-1]) if text[-1:] in units else float(text)
    except ValueError:
        raise ReplayArgumentError(f"--since {text!r}: not a duration (use 90s, 15m, 24h, 7d)") from None
    if not amount > 0 or amount == float("inf"):
        raise ReplayArgumentError(f"--since {text!r}: must be a positive duration")
    return now - amount * units.get(text[-1:], 1)


def parse_time(option: str, text: str) -> float:
    """An ISO 8601 time (UTC unless it says otherwise) or seconds since the epoch."""
    try:
        return float(text)
    except ValueError:
        pass
    try:
        moment = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ReplayArgumentError(f"{option} {text!r}: not a time (use 2025-01-31T12:00:00Z or seconds since the epoch)") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment.timestamp()


def gate(report: ReplayReport, limits: dict[str, int]) -> list[str]:
    return [f"{name}: {report.counts[name]} > {limit}" for name, limit in limits.items() if report.counts[name] > limit]


def replay_sealer(config: Config) -> InputSealer | None:
    """The replay key, if this host holds it; without it tool calls are reported unsealed, not re-judged."""
    if not key_path(config.data_path).exists():
        return None
    return InputSealer.at(config.data_path, create=False)


def recorder_file(config: Config, given: str) -> tuple[Path, bool]:
    """The recorder's DuckDB file and whether it was named: ``--duckdb``, else the ``[recorder]`` configuration's."""
    if given:
        return Path(given), True
    return Path(config.recorder.database) if config.recorder.database else config.data_path / "recorder" / "audit.duckdb", False


async def run_replay(config: Config, policy_file: str, since: str = "", session: str = "", start: str = "", end: str = "",
                     output: str = "table", allow: Sequence[str] = (), out: TextIO | None = None, progress: TextIO | None = None,
                     duckdb_file: str = "") -> int:
    """The report goes to ``out`` (default: sys.stdout when called, not when imported); progress lines to ``progress``, none if None."""
    out = sys.stdout if out is None else out
    limits = parse_allow(list(allow))
    if since and start:
        raise ReplayArgumentError("give --since or --from, not both")
    window_start = parse_since(since, time.time()) if since else (parse_time("--from", start) if start else None)
    window_end = parse_time("--to", end) if end else None
    if window_start is not None and window_end is not None and window_end < window_start:
        raise ReplayArgumentError("--to is before the window's start")
    try:
        source = Path(policy_file).read_text()
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicyError(f"cannot read {policy_file}: {getattr(exc, 'strerror', None) or type(exc).__name__}") from None
    candidate = Candidate.of(policy_document(source))
    try:
        sealer = replay_sealer(config)
    except SealError as exc:
        raise ConfigError(str(exc)) from None
    if sealer is None and progress is not None:
        print(f"replay: no replay key at {key_path(config.data_path)}: tool calls are not re-judged", file=progress)
    if not config.nats.url:
        raise ConfigError("replay reads the recorded stream: set NATS_URL (or nats.url)")
    access = nats_access(config)
    if access.credentials is None and (config.data_path / "nats-credentials" / "replay.nk").exists():
        access = access._replace(credentials=Credentials(config.data_path / "nats-credentials"))
    replay = Replay(candidate, sealer, window_start, window_end, session)
    path, named = recorder_file(config, duckdb_file)
    archived = ArchiveSource(path, sealer) if named or path.exists() else None
    try:
        if named and archived is not None:
            archived.get()  # a file named on the command line must be readable whether or not it is needed
        bus = await Bus.connect(access, "replay")
        try:
            await replay_stream(bus, replay, progress, archived)
        finally:
            await bus.close()
    except ArchiveError as exc:
        raise ReplayArgumentError(str(exc)) from None
    finally:
        if archived is not None:
            archived.close()
    report = replay.report()
    report.gate = gate(report, limits)
    out.write(msgspec.json.encode(report).decode() + "\n" if output == "json" else render_table(report))
    return GATE_FAILED if report.gate else 0


def render_table(report: ReplayReport) -> str:
    lines = [
        f"replay of policy {report.policy_version} against {report.totals.requests} recorded requests, "
        f"{report.totals.tool_calls} tool calls (recorded under {', '.join(report.recorded_policy_versions) or 'no policy'})"
        + (f"; {report.totals.archived_events} events from the recorder's file" if report.totals.archived_events else ""),
        "",
        f"{'difference':<20} {'count':>6}  rule",
    ]
    for category in CATEGORIES:
        per_rule = getattr(report.difference, category.replace("-", "_"))
        if not per_rule:
            lines.append(f"{category:<20} {0:>6}")
        for entry in per_rule:
            lines.append(f"{category:<20} {entry.count:>6}  {entry.rule}")
            for example in entry.examples:
                who = f"{example.subject or '-'} {example.request_id[:12]}"
                lines.append(f"{'':<28}  {who} {example.tool_name} {example.recorded} -> {example.replayed}: {example.detail}")
    separate = report.separate
    lines += [
        "",
        "not recomputed: "
        + ", ".join(
            [f"{rule} {count}" for rule, count in {**separate.rate_and_budget, **separate.stage_failures}.items()]
            + [f"unsealed tool calls {separate.unsealed_tool_calls}", f"undecided requests {separate.undecided_requests}",
               f"missing bodies {separate.missing_bodies}", f"bodies kept only masked {separate.masked_bodies}"]
        ),
    ]
    if report.rejected_count:
        lines.append(f"rejected messages: {report.rejected_count} (garbled or forged)")
        lines += [f"  #{item.sequence} {item.subject}: {item.reason}" for item in report.rejected[:10]]
    lines += [f"GATE: {failure}" for failure in report.gate]
    return "\n".join(lines) + "\n"
