"""Help and check-only forms of commands: they print text or validate, whatever their subcommand would do.

``terraform destroy -help``, ``aws s3 rm help``, ``helm uninstall -h``, ``sudo visudo -c``, ``git filter-repo --analyze``
and ``ansible-playbook --syntax-check`` change nothing, so no rule is asked of them. Interpreters and shells are never
read-only here: their trailing words are the script's arguments, not theirs.
"""

from __future__ import annotations

import re

from .shell import INTERPRETERS, SHELLS, Command

_HELP_H = frozenset({"helm", "kubectl", "gh", "docker", "podman", "git", "terraform", "tofu", "terragrunt", "pulumi", "gcloud", "az",
                     "vault", "consul", "nomad", "flyctl", "fly", "heroku", "doctl", "su", "sudo", "eksctl", "kind", "minikube", "k3d",
                     "helmfile", "argocd", "netlify", "vercel", "supabase", "wrangler", "firebase", "railway", "render"})
"""CLIs whose ``-h`` is help (elsewhere ``-h`` is human-readable sizes, a host or no-dereference)."""
_HELP_SINGLE_DASH = frozenset({"terraform", "tofu", "terragrunt", "vault", "consul", "nomad", "packer"})
"""Go CLIs that take ``-help``."""
_HELP_WORD_LAST = frozenset({"aws"})
"""``aws <service> <operation> help`` prints the manual page."""
_HELP_WORD_FIRST = frozenset({"git", "kubectl", "helm", "terraform", "tofu", "gcloud", "az", "docker", "npm", "cargo", "gh", "vault", "pulumi"})
"""``<cli> help <subcommand>``."""
_CHECK_ONLY = {
    "visudo": ("c", "--check"),
    "ansible-playbook": ("", "--syntax-check", "--list-tasks", "--list-hosts", "--list-tags"),
    "nginx": ("t", "--test"),
    "sshd": ("t",),
}
"""Documented validate-only modes: (short flag letter, long flags)."""
_GIT_CHECK_ONLY = {"filter-repo": ("--analyze", "--help", "-h")}
_PASS_THROUGH = frozenset({"ssh", "autossh", "mosh", "xargs", "parallel", "find", "watch", "npx", "bunx", "pnpx", "uvx", "pipx"})
"""Words after their target or program belong to what they run (``ssh host cmd --help`` runs cmd remotely)."""
_RUNNER_SUBCOMMANDS = frozenset({"run", "exec", "debug", "create", "attach"})
_RUNNERS = {name: _RUNNER_SUBCOMMANDS for name in ("docker", "podman", "nerdctl", "kubectl", "oc")}
"""``docker run … image cmd --help`` hands --help to the container's program, not to docker."""


_SUBCOMMAND_CLIS = (_HELP_H | _HELP_SINGLE_DASH | _HELP_WORD_FIRST | _HELP_WORD_LAST) - {"su", "sudo"}
"""CLIs of subcommands whose argument parser acts on a help request wherever it stands (Go's cobra/flag, Python's
argparse): ``kubectl delete ns dev --help`` prints help. Elsewhere a help flag after an operand may be an operand:
BSD ``rm -rf ~ --help`` (macOS), or GNU tools under POSIXLY_CORRECT, delete ``~`` and then a file named ``--help``."""
_SUBCOMMAND = re.compile(r"[a-z][a-z0-9-]*")
"""A subcommand or resource word (``destroy``, ``ns``, ``terminate-instances``): no option, path, URL or glob."""


def _help_word(name: str, word: str) -> bool:
    return word == "--help" or (word == "-help" and name in _HELP_SINGLE_DASH) or (word == "-h" and name in _HELP_H)


def read_only_form(cmd: Command) -> bool:
    """A help request or a documented check-only mode of the command. A help request counts only where no
    reading of the command line makes it an operand: first, or last after subcommand words of a CLI that acts on it
    anywhere; ``rm -rf ~ --help`` is judged as the delete it is on macOS."""
    name, args = cmd.name, cmd.args
    if not args or name in SHELLS or name in INTERPRETERS:
        return False
    words = args[: args.index("--")] if "--" in args else args
    if not words or name in _PASS_THROUGH or (name in _RUNNERS and _RUNNERS[name] & set(words[:2])):
        return False
    if words[0] == "--help" or (len(words) == 1 and _help_word(name, words[0])) or (name in _HELP_WORD_FIRST and words[0] == "help"):
        return True
    last_is_help = _help_word(name, words[-1]) or (name in _HELP_WORD_LAST and words[-1] == "help")
    if name in _SUBCOMMAND_CLIS and last_is_help and all(_SUBCOMMAND.fullmatch(w) for w in words[:-1]):
        return True
    if name in _CHECK_ONLY:
        short, *long = _CHECK_ONLY[name]
        return cmd.has_flag(short, *long)
    if name == "git" and words[0] in _GIT_CHECK_ONLY:
        return any(a in _GIT_CHECK_ONLY[words[0]] for a in words[1:])
    return False
