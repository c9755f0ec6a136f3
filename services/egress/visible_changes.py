"""Least privilege made visible: response headers naming what a stage stripped or clamped, or judged an injection.

An application whose tool was removed, or whose ``max_tokens`` was lowered, would otherwise
only see a model that never calls the tool or stops early. The same changes are on the
``request.released`` event (``changes``) for the audit record.
"""

from __future__ import annotations

from urllib.parse import quote

from aiohttp import web

from schemas.events import RequestChanges

CHANGES_KEY = "lockgate.changes"
"""Where the egress leaves a released request's ``RequestChanges`` on the aiohttp request."""
STRIPPED_TOOLS_HEADER = "x-lockgate-stripped-tools"
CLAMPED_MAX_TOKENS_HEADER = "x-lockgate-clamped-max-tokens"
INJECTION_HEADER = "lockgate-injection"
"""The rule of content the guard judged a prompt injection, whatever the action (flag, neutralise, approve, block)."""


def change_headers(changes: RequestChanges | None) -> dict[str, str]:
    """The headers for ``changes``: tool names comma-separated (each percent-encoded beyond ``[A-Za-z0-9_.:-]``)."""
    if changes is None:
        return {}
    headers = {}
    if changes.remove_tools:
        headers[STRIPPED_TOOLS_HEADER] = ",".join(quote(name, safe="_.:-") for name in changes.remove_tools)
    if changes.max_tokens is not None:
        headers[CLAMPED_MAX_TOKENS_HEADER] = str(changes.max_tokens)
    if changes.injection is not None:
        headers[INJECTION_HEADER] = quote(changes.injection.rule, safe="_.:-")
    return headers


def rejection_headers(rule: str) -> dict[str, str]:
    """A refused request whose content was judged an injection (``block``) names the rule too."""
    return {INJECTION_HEADER: quote(rule, safe="_.:-")} if rule.startswith("inject.") else {}


async def announce_changes(request: web.Request, response: web.StreamResponse) -> None:
    """``on_response_prepare`` hook: runs before the headers go out, for whole and streamed answers alike."""
    response.headers.update(change_headers(request.get(CHANGES_KEY)))
