"""What a request offers the model, named the way a role's ``tools`` list names it.

- A custom tool goes by its ``name``.
- An Anthropic-defined tool (a ``type`` other than ``custom``: ``web_search_20250305``,
  ``code_execution_20250522``, ``web_fetch_20250910``, ``bash_20250124``...) goes by its
  ``type``, whatever name it carries: the type says what runs, so a web search named
  ``Read`` is still a web search.
- An MCP connector (an ``mcp_servers`` entry, or an ``mcp_toolset`` tool naming one) goes by
  ``mcp__<server>__*``: ``mcp__github__*``, ``mcp__*`` or ``*`` in a role allows the server
  ``github``; a role that names only some of a server's tools does not get the whole server.

The ingress publishes these names in ``request.received``; authz judges them like any tool
name; the egress strips what authz removed with ``strip_offered``. Shared because the names
are part of the event contract: every stage must read them the same way.
"""

from __future__ import annotations

from collections.abc import Iterable

import msgspec

CUSTOM = ("", "custom")
MCP_TOOLSET = "mcp_toolset"


def mcp_server_name(server: str) -> str:
    return f"mcp__{server}__*"


def tool_name(name: str, type: str = "", mcp_server: str = "") -> str:
    """The policy name of one ``tools`` entry."""
    if type in CUSTOM:
        return name
    if type == MCP_TOOLSET:
        return mcp_server_name(mcp_server)
    return type


def offered_names(tools: Iterable[tuple[str, str, str]], servers: Iterable[str]) -> tuple[str, ...]:
    """Policy names of ``(name, type, mcp_server_name)`` tools and MCP server names, in order, once each."""
    names = [tool_name(*tool) for tool in tools] + [mcp_server_name(server) for server in servers]
    return tuple(dict.fromkeys(name for name in names if name))


def _entry_name(tool: object) -> str:
    if not isinstance(tool, dict):
        return ""
    name, kind, server = tool.get("name"), tool.get("type", ""), tool.get("mcp_server_name", "")
    return tool_name(name, kind, server) if isinstance(name, str) and isinstance(kind, str) and isinstance(server, str) else ""


def strip_offered(body: bytes, removed: tuple[str, ...]) -> bytes:
    """The body without the tools and MCP servers whose policy name is in ``removed``; unchanged bytes if none.

    A ``tool_choice`` naming a removed tool goes with it, as do emptied ``tools`` and ``mcp_servers`` lists.
    """
    if not removed:
        return body
    document = msgspec.json.decode(body)
    gone = set(removed)
    tools = document.get("tools")
    servers = document.get("mcp_servers")
    kept_tools = [tool for tool in tools if _entry_name(tool) not in gone] if isinstance(tools, list) else tools
    kept_servers = (
        [s for s in servers if not (isinstance(s, dict) and mcp_server_name(str(s.get("name"))) in gone)]
        if isinstance(servers, list)
        else servers
    )
    if kept_tools == tools and kept_servers == servers:
        return body
    if isinstance(tools, list):
        kept_names = {tool.get("name") for tool in kept_tools if isinstance(tool, dict)}
        choice = document.get("tool_choice")
        if not kept_tools or (isinstance(choice, dict) and "name" in choice and choice["name"] not in kept_names):
            document.pop("tool_choice", None)
        _set_or_drop(document, "tools", kept_tools)
    if isinstance(servers, list):
        _set_or_drop(document, "mcp_servers", kept_servers)
    return msgspec.json.encode(document)


def _set_or_drop(document: dict, key: str, items: list) -> None:
    if items:
        document[key] = items
    else:
        del document[key]
