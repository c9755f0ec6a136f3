"""``lockgate approvals list|show|approve|deny``: the reviewer API of the gateway, from a terminal.

The reviewer's OIDC token comes from ``--token`` or ``LOCKGATE_TOKEN``; the gateway from ``--url``, or
the same settings ``lockgate token`` uses (``LOCKGATE_LISTEN``, ``gateway.listen``).
"""

from __future__ import annotations

import json
import sys
import time
import urllib.error
import urllib.request

PATH = "/v1/lockgate/approvals"


class ApprovalsFailed(Exception):
    """The gateway refused or could not be reached; the message is what the reviewer sees."""


def call(base_url: str, token: str, method: str, path: str, payload: dict | None = None) -> dict:
    if not token:
        raise ApprovalsFailed("no token: pass --token or set LOCKGATE_TOKEN (a reviewer's OIDC token)")
    data = None if payload is None else json.dumps(payload).encode()
    request = urllib.request.Request(
        base_url.rstrip("/") + path, data=data, method=method,
        headers={"authorization": f"Bearer {token}", "content-type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read())
    except urllib.error.HTTPError as error:
        raise ApprovalsFailed(_error_text(error.code, error.read())) from None
    except (urllib.error.URLError, OSError) as error:
        raise ApprovalsFailed(f"cannot reach the gateway at {base_url}: {getattr(error, 'reason', error)}") from None


def _error_text(status: int, body: bytes) -> str:
    try:
        error = json.loads(body)["error"]
        return f"{status} {error['type']}: {error['message']}"
    except (ValueError, KeyError, TypeError):
        return f"{status}: the gateway answered without an error body"


def run(base_url: str, token: str, action: str, approval_id: str, comment: str, state: str, as_json: bool) -> str:
    """What to print for one ``lockgate approvals`` command."""
    if action == "list":
        query = f"?state={state}" if state else ""
        answer = call(base_url, token, "GET", PATH + query)
        return json.dumps(answer, indent=2) if as_json else list_text(answer["data"])
    if action == "show":
        answer = call(base_url, token, "GET", f"{PATH}/{approval_id}")
    else:
        answer = call(base_url, token, "POST", f"{PATH}/{approval_id}/{action}", {"comment": comment} if comment else None)
    return json.dumps(answer, indent=2) if as_json else show_text(answer)


def list_text(approvals: list[dict]) -> str:
    if not approvals:
        return "no approval requests"
    now = time.time()
    lines = [f"{'ID':32}  {'STATE':8}  {'REQUESTER':16}  {'EXPIRES':>7}  {'RULE':28}  COMMAND"]
    for a in approvals:
        expires = f"{max(0, a['expires_at'] - now):.0f}s" if a["state"] == "pending" else "-"
        command = _what(a)
        lines.append(f"{a['approval_id']:32}  {a['state']:8}  {a['identity'].get('subject', ''):16.16}  {expires:>7}  {a.get('rule', ''):28.28}  {command[:80]}")
    return "\n".join(lines)


def _what(a: dict) -> str:
    """A held tool call's tool and command, or a held request's endpoint, model and (masked) last user message."""
    if a.get("kind") == "request":
        return f"{a.get('endpoint', '')} {a.get('model', '')}: {a.get('summary', '')}"
    return f"{a.get('tool_name', '')}: {a.get('command', '')}"


def show_text(a: dict) -> str:
    identity = a.get("identity", {})
    lines = [
        f"approval   {a['approval_id']}",
        f"state      {a['state']}",
        f"requester  {identity.get('subject', '')} ({', '.join(identity.get('roles', []))}) session {a.get('session_id', '')}",
        f"{'request' if a.get('kind') == 'request' else 'call':10} {_what(a)}",
        f"why        {a.get('rule', '')}: {a.get('message', '')}",
        f"needs      {a.get('quorum', 1)} approval(s) from {', '.join(a.get('reviewers', []) or a.get('groups', []))}"
        + (f", one from each of {', '.join(a['groups'])}" if a.get("groups") else ""),
        f"expires    {time.strftime('%Y-%m-%d %H:%M:%S', time.localtime(a['expires_at']))}",
    ]
    if a.get("granted_by"):
        lines.append(f"granted by {a['granted_by']}")
    for vote in a.get("votes", []):
        said = f": {vote['comment']}" if vote.get("comment") else ""
        lines.append(f"vote       {vote['decision']} by {vote['reviewer'].get('subject', '')}{said}")
    return "\n".join(lines)


def main(base_url: str, token: str, action: str, approval_id: str, comment: str, state: str, as_json: bool) -> None:
    try:
        print(run(base_url, token, action, approval_id, comment, state, as_json))
    except ApprovalsFailed as failed:
        print(f"lockgate approvals: {failed}", file=sys.stderr)
        sys.exit(1)
