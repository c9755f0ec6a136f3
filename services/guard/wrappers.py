"""Commands that run another command somewhere else: in a container, a pod, on hosts, in a VM.

``remote_command`` returns what the wrapper would run (an argv, or a shell string to parse), so
``kubectl exec db-0 -- psql -c 'DROP DATABASE x'`` is judged as the ``psql`` it runs. A container
started with the host's root mounted (``docker run -v /:/host … rm -rf /host/etc``) has its paths
mapped back to the host's (``rm -rf /etc``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .shell import Command

CONTAINER_CLIS = frozenset({"docker", "podman", "nerdctl", "finch"})
_DOCKER_VALUE_OPTS = frozenset(
    {"-v", "--volume", "-e", "--env", "-w", "--workdir", "--name", "--network", "--net", "-p", "--publish", "--entrypoint",
     "-u", "--user", "--pid", "--mount", "--env-file", "-l", "--label", "--platform", "-h", "--hostname", "--cpus", "-m",
     "--memory", "--restart", "--device", "--cap-add", "--cap-drop", "--security-opt", "--ipc", "--uts", "--add-host",
     "--dns", "--gpus", "--runtime", "--ulimit", "--tmpfs", "--log-driver", "--log-opt", "--expose", "--link", "--shm-size",
     "--userns", "--cgroupns", "--pull", "--stop-signal", "--health-cmd", "-f", "--file", "--project-name", "--profile",
     "--detach-keys", "--env-from", "--index"}
)
_K8S_VALUE_OPTS = frozenset({"-n", "--namespace", "-c", "--container", "--context", "--kubeconfig", "--image", "--restart", "--overrides", "--env", "--port", "-l", "--selector", "--target", "--profile"})


def remote_command(cmd: Command) -> list[str] | str | None:
    """The argv or shell text this command runs elsewhere, else None."""
    name, args = cmd.name, list(cmd.args)
    if name in CONTAINER_CLIS or name == "docker-compose":
        return _container(name, args)
    if name in {"kubectl", "oc", "k"}:
        sub = _first_operand(args, _K8S_VALUE_OPTS)
        if sub in {"exec", "run", "debug"} and "--" in args:
            rest = args[args.index("--") + 1 :]
            return rest or None
        return None
    if name == "ansible":
        return _ansible(args)
    if name in {"salt", "salt-ssh"}:
        for i, a in enumerate(args):
            if a in {"cmd.run", "cmd.shell", "cmd.script"} and i + 1 < len(args):
                return args[i + 1]
        return None
    if name == "gcloud" and "ssh" in args:
        return _option(args, ("--command",))
    if name == "az" and "run-command" in args:
        return _option(args, ("--scripts",))
    if name == "aws" and "send-command" in args:
        params = _option(args, ("--parameters",)) or ""
        m = re.search(r"commands=\[?\s*[\"']?(.*?)[\"']?\s*\]?$", params)
        return m.group(1) if m else None
    if name in {"vagrant"} and "ssh" in args:
        return _option(args, ("-c", "--command"))
    if name == "heroku" and args[:1] == ["run"] or name == "railway" and args[:1] == ["run"]:
        rest = _skip(args[1:], {"-a", "--app", "-r", "--remote", "-s", "--size", "-e", "--env", "--service", "--environment"})
        return " ".join(rest) or None  # heroku run 'rm -rf /app/storage' -a prod-app runs in a one-off dyno
    if name in {"fly", "flyctl"} and args[:2] == ["ssh", "console"]:
        return _option(args, ("-C", "--command"))
    if name in {"wsl", "wsl.exe"} and _option(args, ("-e", "--exec")) is not None:
        return args[args.index(next(a for a in args if a in {"-e", "--exec"})) + 1 :]
    if name in {"minikube", "colima", "limactl", "orb", "lima"} and "--" in args:
        return args[args.index("--") + 1 :] or None  # minikube ssh -- CMD runs in the cluster's node
    if name in {"multipass", "lxc", "incus", "distrobox-enter", "toolbox", "wsl", "wsl.exe", "flatpak-spawn", "nsenter", "systemd-run", "runuser", "machinectl"}:
        if "--" in args:
            return args[args.index("--") + 1 :] or None
        if name == "runuser":
            return _option(args, ("-c", "--command"))
        if name == "systemd-run":  # systemd-run --user [--unit x] CMD ARGS: the first operand starts the command
            return _skip(args, _SYSTEMD_RUN_VALUE_OPTS) or None
        return None
    if name in {"pssh", "parallel-ssh", "pdsh", "clush", "mussh", "pssh.py"}:
        ops = [a for a in args if not a.startswith("-")]
        return ops[-1] if ops and args[-1] == ops[-1] and len(args) > 1 and args[-2] not in _FLEET_VALUE_OPTS else None
    if name == "tmux":
        return _tmux(args)
    if name == "screen":
        if "stuff" in args and args.index("stuff") + 1 < len(args):  # screen -X stuff 'cmd\n' types it into the session
            return args[args.index("stuff") + 1].replace("\\n", "\n").replace("\\r", "\n")
        rest = _skip(args, {"-S", "-c", "-t", "-L", "-h", "-p", "-X"})
        if args and re.fullmatch(r"-\w*S", next((a for a in args if a.startswith("-") and "S" in a), "")) and rest:
            rest = rest[1:]
        return rest or None
    if name == "chroot":
        rest = _skip(args, {"--userspec", "--groups"})
        return rest[1:] or None
    return None


_SYSTEMD_RUN_VALUE_OPTS = frozenset({"-p", "--property", "-u", "--unit", "-E", "--setenv", "-M", "--machine", "-H", "--host",
                                     "--on-calendar", "--on-active", "--on-boot", "--on-unit-active", "--slice", "--description",
                                     "--uid", "--gid", "--nice", "--working-directory", "-d"})
_FLEET_VALUE_OPTS = frozenset({"-h", "-H", "-l", "-p", "-t", "-o", "-e", "-x", "-X", "-O", "-w", "-g", "-R", "-f"})
_TMUX_RUNS = frozenset({"new", "new-session", "new-window", "neww", "split-window", "splitw", "respawn-pane", "respawnp", "respawn-window",
                        "run-shell", "run", "display-popup", "popup"})
_TMUX_VALUE_OPTS = frozenset({"-s", "-n", "-t", "-c", "-x", "-y", "-e", "-F", "-l", "-p", "-w", "-h", "-T"})


def _tmux(args: list[str]) -> str | None:
    """``tmux new -d 'cmd'`` and ``tmux send-keys -t x 'cmd' Enter`` run a shell command in a pane."""
    sub = _first_operand(args, {"-L", "-S", "-f"})
    if sub not in _TMUX_RUNS and sub not in {"send-keys", "send"}:
        return None
    rest = args[args.index(sub) + 1 :]
    words, i = [], 0
    while i < len(rest):
        if rest[i] in _TMUX_VALUE_OPTS:
            i += 2
            continue
        if not rest[i].startswith("-") or sub in {"send-keys", "send"}:
            words.append(rest[i])
        i += 1
    if sub in {"send-keys", "send"}:
        words = [w for w in words if w not in {"Enter", "C-m", "KPEnter", "-l", "-R"}]
    return " ".join(words) or None


def _container(name: str, args: list[str]) -> list[str] | str | None:
    words = args
    if name == "docker-compose":
        words = ["compose", *args]
    if words[:1] == ["compose"]:
        words = _skip(words[1:], _DOCKER_VALUE_OPTS)
        if not words or words[0] not in {"exec", "run"}:
            return None
        rest = _skip(words[1:], _DOCKER_VALUE_OPTS)
        return rest[1:] or None
    words = _skip(words, {"-H", "--host", "--context", "--config", "-c"})
    if words[:1] == ["container"]:
        words = words[1:]
    if not words or words[0] not in {"exec", "run", "create"}:
        return None
    rest = words[1:]
    mounts = _root_mounts(rest)
    entrypoint = _option(rest, ("--entrypoint",))
    rest = _skip(rest, _DOCKER_VALUE_OPTS)
    inner = rest[1:]
    if entrypoint and words[0] != "exec":
        inner = [entrypoint, *inner]  # --entrypoint sh … IMAGE -c '…' runs sh -c '…'
    if not inner:
        return None
    if mounts:
        inner = [_to_host(a, mounts) for a in inner]
    return inner


def _root_mounts(args: list[str]) -> list[str]:
    """Container paths at which the host's root is mounted (``-v /:/host`` -> ``/host``)."""
    out = []
    for i, a in enumerate(args):
        value = args[i + 1] if a in {"-v", "--volume"} and i + 1 < len(args) else a.split("=", 1)[1] if a.startswith("--volume=") else ""
        parts = value.split(":")
        if len(parts) >= 2 and parts[0] == "/":
            out.append(parts[1].rstrip("/") or "/")
    return out


def _to_host(arg: str, mounts: list[str]) -> str:
    for m in mounts:
        if arg == m:
            return "/"
        if arg.startswith(m + "/"):
            return arg[len(m) :]
    return arg


def _ansible(args: list[str]) -> list[str] | str | None:
    module = _option(args, ("-m", "--module-name")) or "command"
    value = _option(args, ("-a", "--args"))
    if value is None:
        return None
    if module in {"shell", "command", "raw", "ansible.builtin.shell", "ansible.builtin.command", "ansible.builtin.raw"}:
        return value
    if module in {"file", "ansible.builtin.file"} and re.search(r"state=absent", value):
        path = re.search(r"(?:path|dest|name)=(\S+)", value)
        return ["rm", "-rf", path.group(1)] if path else None
    if module in {"reboot", "ansible.builtin.reboot"}:
        return ["reboot"]
    return None


def _option(args: list[str], names: tuple[str, ...]) -> str | None:
    for i, a in enumerate(args):
        if a in names and i + 1 < len(args):
            return args[i + 1]
        for n in names:
            if n.startswith("--") and a.startswith(n + "="):
                return a.split("=", 1)[1]
    return None


def _skip(args: list[str], value_opts) -> list[str]:
    """Drop leading options (and the values of those that take one)."""
    i = 0
    while i < len(args) and args[i].startswith("-"):
        if args[i] == "--":
            return args[i + 1 :]
        i += 2 if args[i] in value_opts else 1
    return args[i:]


def _first_operand(args: list[str], value_opts) -> str:
    rest = _skip(args, value_opts)
    return rest[0] if rest else ""
