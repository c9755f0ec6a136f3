"""The report of ``lockgate replay --format json``: what a candidate policy would change on recorded traffic.

A contract for CI jobs and dashboards outside Python, exported as JSON Schema with the event
schema (``lockgate schemas export DIR`` writes ``lockgate-replay-report.v<N>.schema.json``).
Change it only by adding optional fields; anything else bumps ``REPORT_VERSION``.

Examples never quote a secret: every text in them was masked (the recorded, masked copy, or
the replay's own text masked with every built-in detector plus the candidate's rules).
"""

from __future__ import annotations

import msgspec

REPORT_VERSION = 1

CATEGORIES = (
    "newly-denied",
    "newly-allowed",
    "newly-held",
    "no-longer-held",
    "requests-changed",
    "newly-blocked",
    "newly-approval",
    "released",
    "tool-calls-changed",
    "masks-added",
    "masks-dropped",
)
"""The differences a replay counts, as ``--allow`` names them."""


class Example(msgspec.Struct, kw_only=True, omit_defaults=True):
    """One request or tool call that would change, masked."""

    request_id: str
    session_id: str = ""
    subject: str = ""
    """Who made the request (the token's subject)."""
    tool_name: str = ""
    recorded: str
    """What was decided then: ``allow``, ``modify``, ``deny``, ``block``, ``approve``, or a mask's rule."""
    replayed: str
    """What the candidate policy decides."""
    detail: str = ""
    """Masked context: the endpoint and model, the judged command, the masked span's type."""


class RuleDifference(msgspec.Struct, kw_only=True):
    """How many requests, tool calls or masks one rule changes, with a few examples."""

    rule: str
    """The rule that decides differently: the candidate's for what it denies, blocks or masks; the recorded one for
    what it lets through or no longer masks."""
    count: int
    examples: list[Example] = []


class Difference(msgspec.Struct, kw_only=True):
    """Every category of ``CATEGORIES``, each a list of per-rule counts (empty: no change)."""

    newly_denied: list[RuleDifference] = []
    """Requests allowed then, denied by the candidate."""
    newly_allowed: list[RuleDifference] = []
    """Requests denied then (by policy, not by rate, budget or a failure), allowed by the candidate."""
    newly_held: list[RuleDifference] = []
    """Requests allowed or denied then, held for a reviewer's approval by the candidate (authz ``approve``)."""
    no_longer_held: list[RuleDifference] = []
    """Requests held for approval then, allowed by the candidate without a reviewer. (Held then and denied now is
    ``newly_denied``; for tool calls, ``released`` counts the calls no longer held.)"""
    requests_changed: list[RuleDifference] = []
    """Same allow/deny, but another rule decides or other changes (tools stripped, max_tokens clamped) are made."""
    newly_blocked: list[RuleDifference] = []
    """Tool calls allowed or sent for approval then, blocked by the candidate."""
    newly_approval: list[RuleDifference] = []
    """Tool calls allowed or blocked then, held for a reviewer's approval by the candidate."""
    released: list[RuleDifference] = []
    """Tool calls blocked or sent for approval then, allowed by the candidate."""
    tool_calls_changed: list[RuleDifference] = []
    """Same action, another rule."""
    masks_added: list[RuleDifference] = []
    """Spans the candidate masks and the record did not: in released tool inputs (opened from their sealed copy), and
    in request text under request masking (``mask_requests``; the text went upstream in the clear). Answer text is
    recorded masked only, so masks in answers are not recomputed."""
    masks_dropped: list[RuleDifference] = []
    """Spans masked then that the candidate leaves in the clear: in released tool inputs; in request text, those whose
    rule the candidate no longer applies to the caller."""


class Separate(msgspec.Struct, kw_only=True):
    """Recorded decisions a replay does not recompute, reported apart from the difference."""

    rate_and_budget: dict[str, int] = {}
    """Recorded rate and budget denials by rule: they depend on time and on counters shared by every replica."""
    stage_failures: dict[str, int] = {}
    """Recorded fail-closed denials and blocks (no policy, a stage error or timeout), by rule."""
    unsealed_tool_calls: int = 0
    """Tool calls recorded without a sealed input (before sealing, or another key): not re-judged."""
    undecided_requests: int = 0
    """Requests without a recorded verdict of some stage (refused at the deadline): not compared."""
    missing_bodies: int = 0
    """Requests whose large body is no longer in the ``lockgate-bodies`` store, or whose stored contents the
    recorder's content retention dropped: guard not re-judged."""
    masked_bodies: int = 0
    """Requests read from the recorder's file whose body it keeps only masked (no sealed copy of a masked part: no
    replay key, another key, or recorded before sealing): guard not re-judged."""


class Rejected(msgspec.Struct, kw_only=True):
    """A message of the stream the replay did not believe or could not read."""

    sequence: int
    subject: str
    reason: str


class Totals(msgspec.Struct, kw_only=True):
    events: int = 0
    requests: int = 0
    tool_calls: int = 0
    masked_tool_inputs: int = 0
    masked_requests: int = 0
    """Requests whose request masking was compared: masked then or by the candidate, with their body available."""
    archived_events: int = 0
    """Recorded events read from the recorder's DuckDB file because the stream no longer held them."""


class ReplayReport(msgspec.Struct, kw_only=True):
    report_version: int = REPORT_VERSION
    policy_version: str
    """The candidate's version (its ``version`` plus a content hash)."""
    recorded_policy_versions: list[str] = []
    """The policy versions that decided the recorded verdicts."""
    window_start: float | None = None
    """Seconds since the epoch; ``null``: from the start of the stream."""
    window_end: float | None = None
    session: str = ""
    totals: Totals = msgspec.field(default_factory=Totals)
    counts: dict[str, int] = {}
    """Per category of ``CATEGORIES``: requests, tool calls or masks that change."""
    difference: Difference = msgspec.field(default_factory=Difference)
    separate: Separate = msgspec.field(default_factory=Separate)
    rejected: list[Rejected] = []
    """Garbled or forged messages (at most 100 listed); ``totals.events`` counts only believed ones."""
    rejected_count: int = 0
    gate: list[str] = []
    """Each ``--allow`` limit exceeded, e.g. ``newly-allowed: 3 > 0``; non-empty means exit status 1."""


def report_schema() -> dict:
    schema = msgspec.json.schema(ReplayReport)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://lockgate.dev/schemas/replay-report/v{REPORT_VERSION}.json",
        "title": f"Lockgate replay report, version {REPORT_VERSION}",
        **schema,
    }
