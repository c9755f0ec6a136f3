"""Running the real Claude Code agent (bundled in ``claude-agent-sdk``) against a test gateway."""

from __future__ import annotations

import os
from pathlib import Path

from claude_agent_sdk import ClaudeAgentOptions, ResultMessage, query


def clean_environment(monkeypatch) -> None:
    """Only the credentials and endpoints a test chooses may reach the CLI."""
    for name in list(os.environ):
        if name.startswith(("ANTHROPIC_", "CLAUDE_")) or name == "CLAUDECODE":
            monkeypatch.delenv(name)


async def run_agent(
    gateway_url: str,
    prompt: str,
    tmp_path: Path,
    credentials: dict[str, str],
    settings: str | None = None,
    retries: int = 0,
    max_turns: int = 3,
) -> tuple[list, ResultMessage | None, str]:
    """Run one agent query in ``tmp_path/workspace``; returns every message, the final result (if any)
    and the CLI's stderr."""
    home, workspace = tmp_path / "home", tmp_path / "workspace"
    home.mkdir(exist_ok=True)
    workspace.mkdir(exist_ok=True)
    stderr: list[str] = []
    options = ClaudeAgentOptions(
        cwd=str(workspace),
        permission_mode="bypassPermissions",
        allowed_tools=["Bash"],
        max_turns=max_turns,
        setting_sources=[],
        settings=settings,
        stderr=stderr.append,
        env={
            "ANTHROPIC_BASE_URL": gateway_url,
            **credentials,
            "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "1",
            "CLAUDE_CODE_MAX_RETRIES": str(retries),
            "IS_SANDBOX": "1",
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
        },
    )
    messages = [message async for message in query(prompt=prompt, options=options)]
    results = [m for m in messages if isinstance(m, ResultMessage)]
    return messages, (results[-1] if results else None), "".join(stderr)
