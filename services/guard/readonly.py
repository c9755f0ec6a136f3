"""Help and check-only forms of commands: they print text or validate, whatever their subcommand would do.

``terraform destroy -help``, ``aws s3 rm help``, ``helm uninstall -h``, ``sudo visudo -c``, ``git filter-repo --analyze``
and ``ansible-playbook --syntax-check`` change nothing, so no rule is asked of them. Interpreters and shells are never
read-only here: their trailing words are the script's arguments, not theirs.
"""

from __future__ import annotations

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


def read_only_form(cmd: Command) -> bool:
    """A help request or a documented check-only mode of the command."""
    name, args = cmd.name, cmd.args
    if not args or name in SHELLS or name in INTERPRETERS:
        return False
    words = args[: args.index("--")] if "--" in args else args
    if not words or name in _PASS_THROUGH or (name in _RUNNERS and _RUNNERS[name] & set(words[:2])):
        return False
    if "--help" in words or (name in _HELP_SINGLE_DASH and "-help" in words) or (name in _HELP_H and words[-1:] == ("-h",)):
        return True
    if (name in _HELP_WORD_LAST and words[-1] == "help") or (name in _HELP_WORD_FIRST and words[0] == "help"):
        return True
    if name in _CHECK_ONLY:
        short, *long = _CHECK_ONLY[name]
        return cmd.has_flag(short, *long)
    if name == "git" and words[0] in _GIT_CHECK_ONLY:
        return any(a in _GIT_CHECK_ONLY[words[0]] for a in words[1:])
    return False
