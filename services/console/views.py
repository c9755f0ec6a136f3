"""The audit pages' questions and pictures: SQL for the ready views and the session search, CSV, SVG bars.

Pure functions. The SQL runs in the recorder under the auditor's own identity, read-only, like
any query an auditor types; filters are still quoted as literals so a name with a quote in it is
searched for, not run.
"""

from __future__ import annotations

import csv
import io
import math
from typing import Any, NamedTuple

from .render import Html, escape, join, tag

MAX_FILTER_LENGTH = 200
WINDOWS_H = (1, 24, 168, 720)


class Filters(NamedTuple):
    since_h: int = 24
    subject: str = ""
    agent: str = ""
    model: str = ""
    decision: str = ""


def filters_from(query) -> Filters:
    """Filters from a query string; an unknown window or an overlong value falls back to the default."""
    try:
        since_h = int(query.get("since_h", "24"))
    except ValueError:
        since_h = 24
    text = {name: str(query.get(name, "")).strip()[:MAX_FILTER_LENGTH] for name in ("subject", "agent", "model", "decision")}
    return Filters(since_h=since_h if since_h in WINDOWS_H else 24, **text)


def literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _like(column: str, text: str) -> str:
    pattern = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"{column} ILIKE {literal('%' + pattern + '%')} ESCAPE '\\'"


def _window(column: str, filters: Filters) -> str:
    return f"{column} >= now() - INTERVAL {int(filters.since_h)} HOUR"


def sessions_query(filters: Filters) -> str:
    """Sessions in the window, newest first, narrowed by who, which agent, model and a call's decision."""
    where = [_window("started", filters)]
    if filters.subject:
        where.append(_like("subjects", filters.subject))
    if filters.agent:
        where.append(_like("agents", filters.agent))
    if filters.model:
        where.append(_like("models", filters.model))
    if filters.decision:
        where.append(f"session_id IN (SELECT session_id FROM calls WHERE decision = {literal(filters.decision)})")
    return (
        "SELECT session_id, subjects, agents, models, calls, denied, tool_calls, tool_calls_blocked, "
        "round(cost_usd, 6) AS cost_usd, started, ended FROM sessions WHERE " + " AND ".join(where) + " ORDER BY started DESC"
    )


class ReadyView(NamedTuple):
    title: str
    label: str
    """The column naming each bar."""
    value: str
    """The column the bars measure."""


READY_VIEWS = {
    "calls": ReadyView("Calls per identity", "subject", "calls"),
    "operations": ReadyView("Blocked and approved operations", "rule", "count"),
    "spend": ReadyView("Spend per role and model", "role_model", "cost_usd"),
}


def ready_view_query(name: str, filters: Filters) -> str:
    subject = f" AND {_like('subject', filters.subject)}" if filters.subject else ""
    model = f" AND {_like('model', filters.model)}" if filters.model else ""
    if name == "calls":
        return (
            "SELECT subject, count(*) AS calls, count(*) FILTER (WHERE decision = 'deny') AS denied, "
            "coalesce(sum(input_tokens), 0) AS input_tokens, coalesce(sum(output_tokens), 0) AS output_tokens, "
            "round(coalesce(sum(cost_usd), 0), 6) AS cost_usd FROM calls WHERE "
            f"{_window('started', filters)}{subject}{model} GROUP BY subject ORDER BY calls DESC, subject"
        )
    if name == "operations":
        return (
            "SELECT coalesce(nullif(rule, ''), '(none)') AS rule, CASE WHEN first_decision = 'approve' "
            "THEN 'held: ' || coalesce(nullif(approval_state, ''), 'pending') ELSE verdict END AS outcome, "
            "count(*) AS count, max(command) AS example FROM tool_calls WHERE (verdict = 'block' OR first_decision = 'approve') "
            f"AND {_window('proposed_at', filters)}{subject} GROUP BY 1, 2 ORDER BY count DESC, rule"
        )
    if name == "spend":
        return (
            "SELECT coalesce(nullif(role, ''), '(none)') || ' / ' || coalesce(model, '') AS role_model, "
            "count(*) AS calls, round(coalesce(sum(cost_usd), 0), 6) AS cost_usd FROM calls WHERE "
            f"{_window('started', filters)}{subject}{model} GROUP BY 1 ORDER BY cost_usd DESC, role_model"
        )
    raise KeyError(name)


def to_csv(columns: list[str], rows: list[list[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if value is None else _csv_cell(value) for value in row])
    return out.getvalue()


def _csv_cell(value: Any) -> Any:
    """A cell a spreadsheet would run as a formula (=, +, -, @) is prefixed with a quote (CSV injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def bar_chart(columns: list[str], rows: list[list[Any]], label: str, value: str, limit: int = 20) -> Html:
    """Horizontal SVG bars (attributes only: no inline style, which the CSP forbids)."""
    if label not in columns or value not in columns or not rows:
        return Html("")
    li, vi = columns.index(label), columns.index(value)
    data = [(str(row[li]), float(row[vi] or 0)) for row in rows[:limit]]
    top = max((v for _, v in data), default=0) or 1
    bar_h, gap, text_w, width = 18, 6, 220, 640
    height = len(data) * (bar_h + gap)
    parts = []
    for i, (name, number) in enumerate(data):
        y = i * (bar_h + gap)
        w = max(1, math.floor((width - text_w - 80) * number / top))
        shown = f"{number:g}"
        parts.append(tag("text", name[:32], x=0, y=y + 13, class_="chart-label"))
        parts.append(tag("rect", tag("title", f"{name}: {shown}"), x=text_w, y=y, width=w, height=bar_h, class_="chart-bar"))
        parts.append(tag("text", shown, x=text_w + w + 6, y=y + 13, class_="chart-value"))
    return tag("svg", join(parts), role="img", viewBox=f"0 0 {width} {height}", width=width, height=height,
               aria_label=f"{value} by {label}", xmlns="http://www.w3.org/2000/svg", class_="chart")


def table(columns: list[str], rows: list[list[Any]], links: dict[str, str] | None = None) -> Html:
    """A plain table; ``links`` maps a column to a URL prefix its values are appended to."""
    links = links or {}
    head = tag("tr", join(tag("th", column, scope="col") for column in columns))
    body = []
    for row in rows:
        cells = []
        for column, value in zip(columns, row, strict=True):
            shown = "" if value is None else value
            if column in links and shown:
                shown = tag("a", shown, href=links[column] + str(shown))
            cells.append(tag("td", shown))
        body.append(tag("tr", join(cells)))
    return tag("table", join([tag("thead", head), tag("tbody", join(body))]))


def selected(options, current) -> Html:
    return join(tag("option", label, value=value, selected="selected" if str(value) == str(current) else None) for value, label in options)


__all__ = ["Filters", "READY_VIEWS", "bar_chart", "escape", "filters_from", "ready_view_query", "sessions_query", "table", "to_csv"]
