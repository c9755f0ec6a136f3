"""Containment by taint: after a suspicious tool result, the session's next tool calls are judged stricter.

An injection the detector missed still has to act through a tool call. Once a session has
received a tool result whose injection score reached ``taint_score`` (below the flag threshold
too), every call the model proposes until the user's next turn is asked what it would do; one
that moves data out, reads credentials, changes access or destroys things gets
``[guard.injection] taint_action`` (approve by default) even when the packs allow it. The taint
lives in the session's mark in the guard's KV bucket, so every replica sees it.

``strict_effects`` and ``under_taint`` are pure, shared by the worker and tests.
"""

from __future__ import annotations

from .calls import Call, build_call, tool_kind
from .effects import target_of
from .judge import Judgement
from .novelty import Taint
from .paths import host_matches, host_of, is_local_host, is_secret
from .policy import GuardPolicy
from .shell import FETCHERS

TAINT_RULE = "inject.taint"
_RANK = {"allow": 0, "approve": 1, "block": 2}

_SENDERS = FETCHERS | frozenset({"scp", "sftp", "ftp", "rsync", "ssh", "telnet", "rclone", "mail", "mailx", "sendmail", "mutt", "httpie", "xh"})
_SECRET_PRINTERS = frozenset({"env", "printenv", "set", "export", "declare"})
_ACCESS = frozenset({"chmod", "chown", "chgrp", "setfacl", "usermod", "useradd", "passwd", "chpasswd", "visudo", "ssh-keygen", "ssh-copy-id", "ssh-add"})
_DELETERS = frozenset({"rm", "rmdir", "shred", "unlink", "srm", "truncate", "dd", "mkfs", "wipefs"})
_ACCESS_WORDS = ("collaborator", "permission", "member", "invite", "iam", "policy", "role", "acl", "visibility", "deploy-key", "keys", "secret", "token", "share", "grant")
_DESTROY_WORDS = ("delete", "destroy", "remove", "rm", "drop", "purge", "terminate", "wipe", "prune", "uninstall", "rb")


def strict_effects(call: Call, policy: GuardPolicy) -> list[tuple[str, str]]:
    """(effect, what) for everything the call would do that a tainted session must not do unseen."""
    trusted = tuple(policy.allow.hosts)
    out: list[tuple[str, str]] = []
    for cmd in call.commands:
        name, args = cmd.name, cmd.args
        if name in _SENDERS or (name == "git" and "push" in args) or (name in {"aws", "gsutil", "gcloud", "az"} and _uploads(args)):
            hosts = [h for a in args if (h := host_of(a))]
            if not hosts or any(not is_local_host(h) and not host_matches(h, trusted) for h in hosts):
                out.append(("exfiltrate", cmd.text))
        if name in _SECRET_PRINTERS and not [a for a in args if "=" not in a and not a.startswith("-")]:
            out.append(("read-credential", cmd.text))
        if any(is_secret(a) for a in args) or any(is_secret(t) for _, t in cmd.redirects):
            out.append(("read-credential", cmd.text))
        if (name in {"gh", "glab"} and "auth" in args and "token" in args) or (name == "aws" and args[:2] == ("configure", "get")):
            out.append(("read-credential", cmd.text))
        if name in _ACCESS or (name in {"gh", "glab", "aws", "gcloud", "az", "kubectl", "oc", "git"} and _says(args, _ACCESS_WORDS + ("remote",))):
            out.append(("escalate", cmd.text))
        if name in _DELETERS or (name == "find" and ("-delete" in args or "-exec" in args)) or (name == "git" and _destroys_git(args)):
            out.append(("delete", cmd.text))
        elif name not in {"git", "find"} and _says(args, _DESTROY_WORDS) and len(args) > 1:
            out.append(("destroy-infrastructure", cmd.text))
    for path, via in call.reads:
        if is_secret(path):
            out.append(("read-credential", via))
    for statement, _via in call.sql:
        if statement.risk:
            out.append(("destroy-infrastructure", statement.text))
    for url in call.urls:
        host = host_of(url)
        if host and not is_local_host(host) and not host_matches(host, trusted):
            out.append(("exfiltrate", url))
    return out


def _uploads(args: tuple[str, ...]) -> bool:
    return any(a in {"cp", "sync", "mv", "put", "put-object", "upload-batch", "upload"} for a in args[:3])


def _says(args: tuple[str, ...], words: tuple[str, ...]) -> bool:
    head = [a.lower() for a in args[:6] if not a.startswith("-")]
    return any(w == h or h.startswith(w + "-") or w in h.split("/") or (len(w) > 4 and w in h) for h in head for w in words)


def _destroys_git(args: tuple[str, ...]) -> bool:
    return bool(
        ("push" in args and any(a in {"-f", "--force", "--delete", "-d", "--mirror"} or a.startswith(("--force", ":")) for a in args))
        or ("branch" in args and any(a in {"-D", "-d", "--delete"} for a in args))
        or ("reset" in args and "--hard" in args)
        or ("clean" in args and any(a.startswith("-") and "f" in a for a in args))
    )


def under_taint(judgement: Judgement, taint: Taint | None, tool_name: str, tool_input: dict, policy: GuardPolicy) -> Judgement:
    """The stricter judgement of a call proposed in a tainted session; ``judgement`` itself when nothing tightens."""
    if taint is None or judgement.action == "block":
        return judgement
    effects = [(judgement.effect, judgement.command)] if judgement.effect else []
    if judgement.action == "allow" or not judgement.effect:
        kind = tool_kind(tool_name, policy.tools)
        effects += strict_effects(build_call(tool_name, tool_input, kind), policy)
    strict = [(effect, what) for effect, what in effects if effect in policy.injection.taint_effects]
    if strict:
        action, (effect, what) = policy.injection.taint_action, strict[0]
    elif taint.hold_all:
        action, effect, what = "approve", "", judgement.command
    else:
        return judgement
    if _RANK[action] <= _RANK[judgement.action]:
        return judgement
    doing = f"would {effect.replace('-', ' ')}" if effect else "was proposed"
    message = (
        f"This session received a suspicious tool result since the user's last turn ({taint.rule}, score {taint.score:.2f}); "
        f"a call that {doing} {'needs a human' if action == 'approve' else 'is blocked'} until the user speaks again"
    )
    return Judgement(
        action=action, rule_id=TAINT_RULE, pack="prompt_injection", message=message, command=what,
        effect=effect, target=target_of(effect, what) if effect else "",
    )
