"""What common CLIs' subcommands do, and a rule for the long tail of vendor CLIs' destructive verbs.

Registered into the same rule list as packs.py (imported at its end). Each rule asks one question:
does this command read a credential (``aws secretsmanager get-secret-value``, ``gh auth token``),
destroy infrastructure or data (``terraform state rm``, ``kubectl scale --replicas=0``,
``docker compose down -v``, ``<any-cli> … delete``), discard uncommitted work, run code nobody can
read (``eval $X``), break out of a container, wipe history or switch security tooling off.
"""

from __future__ import annotations

import itertools
import re

from .build import is_build_name
from .calls import Call, prints_names_only, takes_credential_on_stdin
from .packs import (
    CLOUD,
    CRED,
    EXFIL,
    FS,
    GIT,
    SUPPLY,
    SYS,
    Context,
    _dest_host,
    _git,
    _own_token,
    _sub,
    command_rule,
    dry_run,
    rule,
)
from .paths import escapes_workspace, host_of, is_dotenv, is_local_host, is_regenerable
from .shell import SHELLS, Command, norm_path
from .wrappers import CONTAINER_CLIS, remote_command

# --- reading credentials through tools made for it ----------------------------------------

_SECRET_WORD = re.compile(
    r"key|token|secret|passw|pwd|cred|auth|api|private|session|cookie|aws|github_|gh_|anthropic|openai|bearer|gcp|google_app|azure|stripe|"
    r"slack|database_url|dsn|conn_?str|\bpat\b|jwt|signing|salt", re.I)
_CRED_SUBCOMMANDS: dict[str, tuple[tuple[str, ...], ...]] = {
    # cli: argv patterns (operands in order, "*" any) that print a secret or mint a token
    "aws": (("secretsmanager", "get-secret-value"), ("secretsmanager", "batch-get-secret-value"), ("sts", "get-session-token"),
            ("sts", "assume-role"), ("sts", "get-federation-token"), ("ecr", "get-login-password"), ("ecr-public", "get-login-password"),
            ("configure", "export-credentials"), ("iam", "create-access-key"), ("codeartifact", "get-authorization-token"),
            ("rds", "generate-db-auth-token"), ("eks", "get-token"), ("lightsail", "get-instance-access-details"), ("kms", "decrypt"),
            ("ecr", "get-authorization-token"), ("cognito-identity", "get-credentials-for-identity"), ("sso", "get-role-credentials"),
            ("iam", "create-login-profile"), ("redshift", "get-cluster-credentials"),
            ("cognito-idp", "initiate-auth"), ("cognito-idp", "admin-initiate-auth"), ("apigateway", "get-api-key", "--include-value")),
    "gcloud": (("auth", "print-access-token"), ("auth", "print-identity-token"), ("auth", "application-default", "print-access-token"),
               ("secrets", "versions", "access"), ("sql", "generate-login-token"), ("iam", "service-accounts", "keys", "create"),
               ("config", "config-helper"), ("auth", "print-refresh-token"), ("kms", "decrypt")),
    "az": (("keyvault", "secret", "show"), ("keyvault", "secret", "download"), ("keyvault", "key", "download"), ("account", "get-access-token"),
           ("storage", "account", "keys", "list"), ("acr", "login", "--expose-token"), ("ad", "sp", "credential", "reset"), ("cosmosdb", "keys", "list"),
           ("acr", "credential", "show"), ("keys", "list"), ("list-keys",), ("list-connection-strings",), ("list-publishing-credentials",),
           ("sp", "create-for-rbac"), ("app", "credential", "reset")),
    "ansible-vault": (("view",), ("decrypt",)),
    "gh": (("auth", "token"),),
    "gpg": (("--export-secret-keys",), ("--export-secret-subkeys",)), "gpg2": (("--export-secret-keys",), ("--export-secret-subkeys",)),
    "glab": (("auth", "token"),),
    "vault": (("kv", "get"), ("read",), ("token", "create"), ("write", "auth"), ("login",), ("print", "token"), ("kv", "export")),
    "op": (("read",), ("item", "get"), ("inject",), ("signin", "--raw")),
    "bw": (("get",), ("export",)),
    "lpass": (("show",),),
    "pass": (("show",),),
    "security": (("find-generic-password",), ("find-internet-password",), ("dump-keychain",)),
    "heroku": (("config:get",), ("auth:token",), ("config",)),
    "doppler": (("secrets",),),
    "sops": (("-d",), ("--decrypt",), ("decrypt",)), "age": (("-d",), ("--decrypt",)), "stripe": (("config", "--list"),),
    "npm": (("token", "list"), ("token", "create")),
    "infisical": (("secrets",), ("export",)),
    "kubectl": (("get", "secret"), ("get", "secrets"), ("create", "token"), ("view-secret",), ("config", "view", "--raw")),
    "doctl": (("auth", "token"),),
    "flyctl": (("auth", "token"),), "fly": (("auth", "token"),),
    "vercel": (("env", "pull"),), "netlify": (("env:get",), ("env:list", "--plain")),
    "firebase": (("login:ci",),),
    "chamber": (("read",), ("export",), ("exec",)),
    "gopass": (("show",),),
    "keyring": (("get",),),
    "secret-tool": (("lookup",),),
}
_KUBE_QUIET = frozenset({"-o", "--output"})


def _matches(words: list[str], pattern: tuple[str, ...]) -> bool:
    it = iter(words)
    return all(any(w == p or p == "*" for w in it) for p in pattern)


@rule("cred.cli_secret", CRED, "block", "A CLI that prints a stored secret or mints an access token into the agent's context")
def _cli_secret_call(call: Call, ctx: Context) -> str | None:
    """A secret-printing command, unless its output only goes to a filter that keeps names or counts
    (``heroku config --shell | cut -d= -f1``, ``… -o json | jq keys``) or to a login that takes it on stdin
    (``aws ecr get-login-password | docker login --password-stdin``)."""
    for cmd in call.commands:
        if cmd.argv and _cli_secret(cmd) and not any(d.upstream[-1:] == (cmd.name,) and (prints_names_only(d) or takes_credential_on_stdin(d)) for d in call.commands):
            if not _sent_to_issuer(cmd, call):
                return cmd.text
    return None


def _sent_to_issuer(cmd: Command, call: Call) -> bool:
    """``curl -H "Authorization: Bearer $(gh auth token)" https://api.github.com/…``: the token goes, as a substitution,
    to the service that minted it and is never printed."""
    return any(d.name in {"curl", "wget", "http", "https", "xh"} and any(f"$({cmd.name} " in a and _own_token(a, set(_dest_host(d).split("."))) for a in d.args)
               for d in call.commands)


_METADATA_VERBS = frozenset({"metadata", "list", "ls", "describe", "status", "whoami"})
"""Subcommand words of secret stores that show names, versions or state, never a value (``vault kv metadata get``)."""


def _metadata_view(words: list[str]) -> bool:
    """A metadata verb among the subcommand words: not an option's value (``-s list`` names an item), nor listing the
    secrets themselves (``keys list``, ``token list`` print them)."""
    return any(
        w.lower() in _METADATA_VERBS and not (i and (words[i - 1].startswith("-") and "=" not in words[i - 1] or words[i - 1].lower() in _SECRET_NOUN | {"keys"}))
        for i, w in enumerate(words[:5])
    )
_VALUE_FIELD = re.compile(r"value|secretstring|secretbinary|plaintext|payload|credential|password|token|key|data|@|\*\s*\]?\s*$", re.I)
_NAME_FIELDS = re.compile(r"\.?(metadata|name|names|type|kind|id|arn|attributes|tags|createdDate|created|updated|enabled|version\w*|LastChangedDate)\b", re.I)


def _cli_secret(cmd: Command) -> bool:
    return _prints_secret(cmd) and not _query_names_only(cmd)


_SECRET_NAME = re.compile(r"passw|secret|token|private|credential|(?:^|[_-])(?:api_?)?key(?:$|[_-])|conn(?:ection)?_?str|dsn|database_url", re.I)


def _iac_secret_output(cmd: Command) -> bool:
    """``terraform output -json`` prints every output, sensitive ones in clear; a named output prints its value
    (``terraform output -raw db_password``): a secret when its name says so. Plain ``terraform output`` masks them."""
    ops = [a for a in cmd.args if not a.startswith("-")]
    if ops[:1] != ["output"]:
        return False
    if ops[1:]:
        return any(_SECRET_NAME.search(n) for n in ops[1:])
    return any(a in {"-json", "--json"} for a in cmd.args)


def _prints_secret(cmd: Command) -> bool:
    if cmd.name in {"terraform", "tofu", "terragrunt"}:
        return _iac_secret_output(cmd)
    if cmd.name == "git":
        sub, rest = _git(cmd)
        return sub == "credential" and rest[:1] == ["fill"] or sub in {"credential-store", "credential-cache"} and rest[:1] == ["get"]
    if cmd.name == "aws" and (_aws_config_secret(cmd) or _aws_decrypted_param(cmd)) or _gh_show_token(cmd):
        return True
    if _token_verb(cmd):
        return True
    patterns = _CRED_SUBCOMMANDS.get(cmd.name)
    if not patterns:
        return False
    words = list(cmd.args)
    if _metadata_view(words):
        return False
    if cmd.name == "kubectl" and any(w in {"get"} for w in words[:2]):
        # names of secrets are harmless; their data (-o yaml/json, a jsonpath or template reaching .data) is not
        return _matches(words, ("get",)) and any(w in {"secret", "secrets"} or w.startswith("secret/") for w in words) and _kube_shows_data(words)
    if cmd.name == "security" and words[:1] and words[0].startswith("find-"):
        return "-w" in words or "-g" in words  # without them it prints the item's attributes, not the password
    if cmd.name == "pass":
        return bool(words) and words[0] not in {"ls", "list", "find", "grep", "init", "git", "insert", "generate", "rm", "mv", "cp", "edit", "help", "version"}
    if cmd.name == "heroku" and words[:1] == ["config"]:
        return True  # every format (table, --json, --shell) prints the values; config:set/unset are other words
    if cmd.name == "doppler":
        return any(w in {"download", "get"} for w in words) or words == ["secrets"]
    if cmd.name == "vault" and words[:1] == ["read"]:
        return True
    if cmd.name == "vault" and words[:1] == ["policy"]:
        return False  # a policy document says who may read what; it holds no secret
    return any(_matches(words, p) for p in patterns)


def _kube_shows_data(words: list[str]) -> bool:
    """An output format that prints a secret's data: yaml/json, or a jsonpath/template/columns naming more than metadata."""
    for i, w in enumerate(words):
        name, eq, value = w.partition("=")
        if w.startswith("-o") and len(w) > 2 and not w.startswith("-o="):
            value = w[2:]
        elif name in {"-o", "--output"}:
            value = value if eq else (words[i + 1] if i + 1 < len(words) else "")
        else:
            continue
        fmt, _, spec = value.partition("=")
        if fmt in {"name", "wide"}:
            return False
        if fmt in {"jsonpath", "go-template", "custom-columns", "jsonpath-as-json"} and spec:
            return not _names_only_spec(spec)
        return True
    return False


def _names_only_spec(spec: str) -> bool:
    """A jsonpath, template or column spec whose every field is metadata (``{.metadata.name}``, ``NAME:.metadata.name,TYPE:.type``)."""
    fields = re.findall(r"\.[A-Za-z_][\w.\[\]*\\]*", spec)
    return bool(fields) and all(re.match(r"\.(items\[\*\]\.)?(metadata|type|kind|apiVersion)\b", f) for f in fields)


def _query_names_only(cmd: Command) -> bool:
    """An aws/az ``--query`` that selects names or metadata only (``SecretList[].Name``, ``attributes``), no value field."""
    query = next((a.partition("=")[2] for a in cmd.args if a.startswith("--query=")), None)
    if query is None and "--query" in cmd.args:
        at = cmd.args.index("--query")
        query = cmd.args[at + 1] if at + 1 < len(cmd.args) else None
    if not query:
        return False
    bare = re.sub(r"\b[A-Z]\w*List\b|\[\]|\[\*\]|\[\?[^\]]*\]", "", query)
    return bool(_NAME_FIELDS.search(bare)) and not _VALUE_FIELD.search(re.sub(_NAME_FIELDS, "", bare))




_TOKEN_WORD = re.compile(
    r"^(?:print|get|show|create|generate|mint|issue|reveal|export|dump|decrypt)[-_]?(?:access|identity|auth|login|session|bearer|refresh|id|api|"
    r"db[-_]auth|registry|personal[-_]access|oauth)?[-_]?(?:token|password|secret|credentials?)s?$|^(?:get|create|show|print)[-_](?:api|access)[-_]keys?$|"
    r"^(?:token|password|secret)[-_]?(?:print|show|get|reveal|create|generate|mint|issue)$|^(?:show|list|get)[-_]connection[-_]strings?$|^list[-_]publishing[-_](?:profiles|credentials)$",
    re.I,
)
_SECRET_NOUN = frozenset({"token", "tokens", "password", "secret", "credential", "credentials", "apikey", "api-key"})
_SECRET_VERB = frozenset({"print", "show", "get", "reveal", "export", "decrypt", "dump", "create", "generate", "cat", "read"})


def _token_verb(cmd: Command) -> bool:
    """Any CLI's subcommand that prints a secret or mints a token: ``print-access-token``, ``get-login-password``,
    ``auth token``, ``token create``, ``secret show`` (``auth:token`` as well). Listing, describing or revoking is not."""
    if cmd.name in _LOCAL_TOOLS - {"aws", "gcloud", "az", "npm"}:
        return False
    words = [w for a in cmd.args[:5] if not a.startswith("-") for w in a.split(":")]
    if any(_TOKEN_WORD.match(w) and w.lower() != "get-credentials" for w in words[:4]):
        return True
    for first, second in itertools.pairwise(words):
        if first in {"auth", "login"} and second in {"token", "print-token", "print-access-token"}:
            return True
        if first in _SECRET_NOUN and second in _SECRET_VERB or first in _SECRET_VERB - {"create", "get"} and second in _SECRET_NOUN:
            return True
    return False


_METADATA_HOSTS = frozenset({"169.254.169.254", "metadata.google.internal", "metadata", "169.254.170.2", "100.100.100.200", "fd00:ec2::254", "[fd00:ec2::254]"})
_METADATA_SECRET = re.compile(r"security-credentials|/token|identity|service-accounts/[^/]+/(token|identity)|credentials|/keys|api/token|user-data", re.I)


@command_rule("cred.metadata", CRED, "block", "Reading cloud credentials from the instance metadata service (role credentials, access tokens)")
def _metadata(cmd: Command, ctx: Context) -> bool:
    if cmd.name not in {"curl", "wget", "http", "xh", "fetch", "Invoke-WebRequest", "iwr", "irm"}:
        return False
    return any(host_of(a) in _METADATA_HOSTS and _METADATA_SECRET.search(a) for a in cmd.args)


def _aws_config_secret(cmd: Command) -> bool:
    ops = [a for a in cmd.args if not a.startswith("-")]
    return ops[:2] == ["configure", "get"] and any(_SECRET_WORD.search(o) for o in ops[2:])


def _aws_decrypted_param(cmd: Command) -> bool:
    return "ssm" in cmd.args and any(a in {"get-parameter", "get-parameters", "get-parameters-by-path"} for a in cmd.args) and "--with-decryption" in cmd.args


def _gh_show_token(cmd: Command) -> bool:
    return cmd.name == "gh" and "auth" in cmd.args and ("--show-token" in cmd.args or "-t" in cmd.args)


_ENV_DUMPERS = frozenset({"env", "printenv", "set", "export", "declare", "compgen", "typeset"})
_FILTERS = frozenset({"grep", "egrep", "rg", "ag", "awk", "sed", "jq", "cut", "fgrep"})


@command_rule("cred.env_dump", CRED, "approve", "Dumping environment variables filtered for keys, tokens or passwords, or a container's environment")
def _env_dump(cmd: Command, ctx: Context) -> bool:
    if cmd.name in _FILTERS and set(cmd.upstream) & _ENV_DUMPERS:
        return any(_SECRET_WORD.search(a) for a in cmd.args)
    if cmd.name in _FILTERS and set(cmd.upstream) & (CONTAINER_CLIS | {"kubectl", "oc"}):
        return any(re.search(r"\bEnv\b|\.env\b|\benv\[", a) for a in cmd.args)
    if cmd.name in CONTAINER_CLIS | {"kubectl", "oc"}:
        inner = remote_command(cmd)
        if isinstance(inner, list) and inner and inner[0] in {"env", "printenv"} and (len(inner) == 1 or any(_SECRET_WORD.search(a) for a in inner[1:])):
            return True
        return cmd.name in CONTAINER_CLIS and "inspect" in cmd.args[:2] and any(".Env" in a or "Config.Env" in a for a in cmd.args)
    return False


@rule("cred.loaded_env_dump", CRED, "approve", "Printing the whole environment after loading a .env file into it: the file's secrets are shown")
def _loaded_env_dump(call: Call, ctx: Context) -> str | None:
    """``set -a; source .env.production; env``, ``. ./.env && printenv``: loading shows nothing, the unfiltered dump after it does
    (a dump piped into a filter is judged by cred.env_dump)."""
    loaded = False
    commands = call.commands
    for cmd in commands:
        if cmd.name in {"source", "."} and any(is_dotenv(norm_path(a)) for a in cmd.args[:1]):
            loaded = True
        elif loaded and _whole_environment(cmd) and not any(cmd.name in c.upstream and c.name in _FILTERS for c in commands):
            return cmd.text
    return None


def _whole_environment(cmd: Command) -> bool:
    if cmd.name in {"env", "printenv"}:
        return not cmd.operands()
    return cmd.name in {"export", "declare", "set", "typeset"} and cmd.args in {(), ("-p",), ("-x",), ("-px",)}


_SEARCHERS = frozenset({"grep", "egrep", "fgrep", "rg", "ag", "ack", "git-grep"})
_SECRET_MARKER = re.compile(
    r"PRIVATE[ _]KEY|BEGIN (?:RSA|OPENSSH|EC|DSA|PGP)|aws_secret_access_key|AKIA|ghp_|gho_|xox[abp]-|sk_live|sk-ant-|"
    r"passw(?:or)?d\s*[=:]|api[_-]?key\s*[=:]|secret[_-]?key|client[_-]?secret", re.I)


@command_rule("cred.secret_search", CRED, "approve",
              "Searching the home directory or the system for credential material (private keys, cloud keys, tokens, passwords)")
def _secret_search(cmd: Command, ctx: Context) -> bool:
    """``grep -r 'BEGIN RSA PRIVATE KEY' ~``, ``rg -i 'aws_secret_access_key' /``: a hunt for secrets where the user's and
    the machine's credentials live. Searching the workspace (a secret scan of the project) is not one."""
    if cmd.name not in _SEARCHERS:
        return False
    words = [a for a in cmd.args if not a.startswith("-")]
    if not any(_SECRET_MARKER.search(w) for w in words[:1]) and not any(_SECRET_MARKER.search(a) for a in cmd.args if a.startswith("-e")):
        return False
    places = [norm_path(w) for w in words[1:]]
    return any(p.startswith("~") or p == "/" or p.startswith("/") and escapes_workspace(p, ctx.workspace) and p.count("/") <= 2 for p in places)


# --- destroying infrastructure -------------------------------------------------------------

_DESTRUCTIVE_VERB = re.compile(
    r"^(?:[\w-]+[:_-])?(delete|destroy|remove|rm|rmi|rb|del|purge|terminate|drop|wipe|prune|reset|revoke|uninstall|unpublish|deactivate|"
    r"disable|erase|nuke|flush|flushall|flushdb|truncate|permanent-delete|force-delete|decommission|deprovision|deregister|clear|kill|"
    r"unregister|evict|expunge|cleanup|teardown|tear-down|down|yank|deleteall|dropall|rmr|rollback|downgrade|forget|cordon|undefine|unset)(?:[:_-][\w-]+)?$",
    re.I,
)
_LOCAL_TOOLS = frozenset(
    {"git", "rm", "rmdir", "unlink", "docker", "podman", "kubectl", "oc", "npm", "yarn", "pnpm", "bun", "pip", "pip3", "pipx", "uv",
     "poetry", "cargo", "go", "brew", "conda", "mamba", "gem", "bundle", "composer", "apt", "apt-get", "dnf", "yum", "pacman", "apk",
     "snap", "flatpak", "nix", "nix-env", "make", "cmake", "sed", "awk", "grep", "rg", "find", "xargs", "echo", "printf", "cat", "ls",
     "tmux", "screen", "crontab", "systemctl", "service", "launchctl", "kill", "pkill", "killall", "history", "trash", "dotnet", "mvn",
     "gradle", "./gradlew", "rustup", "nvm", "pyenv", "rbenv", "asdf", "mise", "pre-commit", "tox", "nox", "hatch", "pdm", "pytest",
     "jest", "vitest", "ruff", "black", "eslint", "prettier", "code", "vim", "nano", "emacs", "less", "man", "tldr", "help", "redis-cli",
     "git-lfs", "direnv", "virtualenv", "python", "python3", "node", "deno", "ruby", "perl", "php", "bash", "sh", "zsh", "helm",
     "terraform", "tofu", "terragrunt", "pulumi", "ip", "iptables", "nft", "ufw", "ssh-add", "ssh-keygen", "gpg", "keychain", "tailscale",
     "minikube", "kind", "k3d", "colima", "lima", "multipass", "vagrant", "mysql", "psql", "sqlite3", "mongosh", "mongo", "duckdb",
     "rclone", "mc", "s3cmd", "aws", "gsutil", "gcloud", "az", "ansible", "salt", "chmod", "chown", "mv", "cp", "ln", "mkdir", "touch",
     "truncate", "shred", "dd", "wipefs", "umount", "mount", "losetup", "swapoff", "modprobe", "rmmod", "userdel", "groupdel", "deluser",
     "sudo", "env", "timeout", "trap", "ssh", "scp", "curl", "wget", "http", "xh", "nc", "dropdb", "dropuser", "mysqladmin", "rails", "rake",
     "docker-compose", "npx", "bunx", "pnpx", "jq", "yq", "sort", "uniq", "tr", "cut", "head", "tail", "wc", "tee", "diff", "patch", "tar",
     "zip", "unzip", "gzip", "gunzip", "journalctl", "auditctl", "setenforce", "spctl", "csrutil", "tmutil",
     "rsync", "at", "atrm", "pssh", "pdsh", "parallel", "watch", "script", "nohup", "setsid", "unshare", "nsenter", "chroot", "doas", "su", "gawk", "pwsh", "powershell", "netsh", "sc", "reg", "schtasks", "git-filter-repo"}
    # lookups whose operand names a program: which rm, command -v rm, type rm
    | {"which", "command", "type", "whereis", "whatis", "apropos", "info", "hash", "file", "stat", "unalias", "unset"}
)


_STRONG_VERBS = frozenset({
    "delete", "destroy", "remove", "purge", "terminate", "drop", "wipe", "prune", "revoke", "uninstall", "unpublish", "erase", "nuke",
    "flushall", "flushdb", "truncate", "decommission", "deprovision", "deregister", "evict", "expunge", "teardown", "deleteall", "dropall",
    "rollback", "downgrade", "forget", "cordon", "yank",
})
"""Verbs that destroy even inside a compound subcommand (``batch-delete-image``, ``api:core:messages:remove``, ``ecto.drop``)."""
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
"""Where an API-style operation name changes word (``aliyun ecs DeleteInstance``, ``tccli cvm TerminateInstances``)."""


@command_rule("cloud.cli_destroy", CLOUD, "approve",
              "A vendor CLI's destructive verb (delete, destroy, remove, purge, terminate, drop, wipe, prune, reset, revoke…): "
              "irreversible changes to hosted resources or data")
def _cli_destroy(cmd: Command, ctx: Context) -> bool:
    if cmd.name in _LOCAL_TOOLS or cmd.name in SHELLS or "/" in cmd.name or not cmd.args or dry_run(cmd):
        return False
    if cmd.name == "stripe" and any(a in {"listen", "trigger", "logs"} for a in cmd.args[:1]):
        return False
    words = [a for a in cmd.args[:4] if not a.startswith("-")]
    if any(_DESTRUCTIVE_VERB.match(w) or _STRONG_VERBS & set(re.split(r"[:_.-]", _CAMEL.sub("-", w).lower())) for w in words[:3]):
        return True
    return any(re.fullmatch(r"--?(delete|destroy|purge|drop|wipe|force-delete|permanent|delete-data|remove-data)", a) for a in cmd.args)


_TASK_RUNNERS = frozenset({"make", "gmake", "just", "task", "mage", "invoke", "rake", "npm", "yarn", "pnpm", "bun", "nx", "turbo", "poe"})
_PRODUCTION_WORD = re.compile(r"^(prod|production|prd|live)$", re.I)


@command_rule("cloud.task_destroy_prod", CLOUD, "approve",
              "A project task named for destroying production (make nuke-prod, npm run db:drop:production): what it runs is "
              "in a file this call does not show, and its name says it destroys a production target")
def _task_destroy_prod(cmd: Command, ctx: Context) -> bool:
    """The task's name is all the guard sees of it: a destructive verb and a production name together in one task.
    ``make db-reset`` or ``npm run deploy:prod`` are not."""
    if cmd.name not in _TASK_RUNNERS:
        return False
    for task in (a for a in cmd.args[:4] if not a.startswith("-") and a not in {"run", "run-script"}):
        words = {w.lower() for w in re.split(r"[:_.\-/]", task) if w}
        if words & (_STRONG_VERBS | {"reset", "nuke"}) and any(_PRODUCTION_WORD.match(w) for w in words):
            return True
    return False


@command_rule("cloud.infra_remove", CLOUD, "block",
              "Removing infrastructure state, volumes or capacity: terraform state rm, scaling to zero, draining nodes, "
              "docker volume/system prune with volumes, compose down -v, bulk container removal, cloud object deletes")
def _infra_remove(cmd: Command, ctx: Context) -> bool:
    args, name = list(cmd.args), cmd.name
    if _scales_to_zero(args):
        return True
    if name in {"terraform", "tofu", "terragrunt"}:
        sub, rest = _sub(cmd, ("-chdir",))
        return (sub == "state" and rest[:1] and rest[0] in {"rm", "push", "replace-provider"}) or sub == "force-unlock" or (
            sub == "workspace" and rest[:1] == ["delete"]) or False
    if name == "pulumi":
        return "stack" in args and "rm" in args or "state" in args and "delete" in args
    if name in {"kubectl", "oc"}:
        sub, rest = _sub(cmd, ("-n", "--namespace", "--context", "--kubeconfig"))
        if sub == "scale" and any(re.fullmatch(r"--replicas=0+", a) for a in rest) or (sub == "scale" and "--replicas" in rest and rest[rest.index("--replicas") + 1 : rest.index("--replicas") + 2] == ["0"]):
            return True
        if sub == "patch" and re.search(r"[\"']?replicas[\"']?\s*:\s*0\b", " ".join(rest)):
            return True
        return sub in {"drain", "replace"} and ("--force" in rest or sub == "drain")
    if name in {"gcloud", "az"}:
        return any(_STRONG_VERBS & set(w.split("-")) for w in cmd.operands()[:5])
    if name == "aws":
        joined = " ".join(args)
        return bool(re.search(r"--(desired-capacity|min-size|max-size|desired-count)[ =]0\b", joined)) or "schedule-key-deletion" in args or (
            "batch-write-item" in args and "DeleteRequest" in joined) or ("s3api" in args and any(a.startswith("delete-") for a in args))
    if name in CONTAINER_CLIS | {"docker-compose"}:
        words = [a for a in args if not a.startswith("-")]
        if words[:1] == ["compose"] or name == "docker-compose":
            removes = "down" in args or "rm" in words[:2]
            return removes and (any(a in {"-v", "--volumes"} for a in args) or "rm" in words[:2] and cmd.has_flag("v"))
        if words[:2] in (["volume", "rm"], ["volume", "prune"], ["volume", "remove"]) or words[:2] == ["system", "reset"]:
            return True
        if words[:2] == ["system", "prune"]:
            return "--volumes" in args
        if words[:2] == ["container", "prune"]:
            return True
        listed = re.search(r"\$\((docker|podman) (ps|images|image ls|container ls) ([^)]*)\)", " ".join(args))
        if words[:1] not in (["rm"], ["rmi"], ["kill"]) or listed is None:
            return False
        options = f" {listed.group(3)} "  # every container or image, unless a filter picks some (--filter name=test-)
        return bool(re.search(r"-\w*[aq]", options)) and "--filter" not in options and " -f " not in options
    if name in {"kubeadm"}:
        return "reset" in args
    if name in {"rclone"} and args[:1] == ["sync"] or name == "gsutil" and "rsync" in args and "-d" in args:
        return True
    if name == "azcopy":
        return args[:1] == ["rm"] or any(a.startswith("--delete-destination=true") for a in args)
    if name in {"rclone"}:
        return any(a in {"purge", "delete", "deletefile", "rmdir", "rmdirs", "cleanup"} for a in args[:2])
    if name in {"mc"}:
        return any(a in {"rb", "rm"} for a in args[:1]) and ("--force" in args or "--recursive" in args or "-r" in args)
    if name == "s3cmd":
        return any(a in {"del", "rb", "rm"} for a in args[:1]) and ("--recursive" in args or "-r" in args or "--force" in args)
    if name in {"etcdctl"}:
        return "del" in args and "--prefix" in args
    if name in {"redis-cli"}:
        return any(a.lower() in {"flushall", "flushdb"} for a in args)
    return False


_BULK_WRITES = {("dynamodb", "batch-write-item"): "--request-items", ("dynamodb", "transact-write-items"): "--transact-items"}


@command_rule("cloud.bulk_write_unread", CLOUD, "approve",
              "A batch write or delete whose requests are in a file the guard cannot read (aws dynamodb batch-write-item file://…): "
              "it may delete or overwrite any number of items")
def _bulk_write_unread(cmd: Command, ctx: Context) -> bool:
    if cmd.name != "aws":
        return False
    ops = [a for a in cmd.args if not a.startswith("-")]
    option = next((o for (service, verb), o in _BULK_WRITES.items() if ops[:2] == [service, verb]), None)
    if option is None:
        return False
    value = next((a.partition("=")[2] or (cmd.args[i + 1] if i + 1 < len(cmd.args) else "") for i, a in enumerate(cmd.args)
                  if a.partition("=")[0] == option), "")
    return value.startswith(("file://", "fileb://", "s3://", "$", "@")) or not value


_ZERO_CAPACITY = re.compile(r"--(replicas|count|instances|min|max|desired|size|node-count|num-nodes|min-instances|max-instances|min-count|max-count) 0+")


def _scales_to_zero(args: list[str]) -> bool:
    """Any CLI's scale subcommand down to nothing: ``ps:scale web=0``, ``scale count 0``, ``--node-count 0``, ``service scale api=0``."""
    words = [w for a in args[:3] if not a.startswith("-") for w in re.split(r"[:.]", a.lower())]
    if not any(w in {"scale", "resize"} for w in words):
        return False
    pairs = [f"{a} {b}" for a, b in itertools.pairwise(args)]
    return any(re.fullmatch(r"[\w.-]+=0+", a) for a in args) or any(_ZERO_CAPACITY.fullmatch(p) or re.fullmatch(r"count 0+", p) for p in pairs)


_IAM_GRANTS = frozenset({"update-login-profile", "create-login-profile", "attach-user-policy", "attach-role-policy", "attach-group-policy", "put-user-policy", "put-role-policy",
                         "put-group-policy", "add-user-to-group", "update-assume-role-policy", "create-policy-version"})
_ADMIN_ROLE = re.compile(r"(?:^|[=/:])(?:cluster-admin|admin|owner|roles/owner|roles/editor|roles/[\w.]*admin\w*)$", re.I)


@command_rule("cloud.access_grant", CLOUD, "approve",
              "Granting access: a cloud IAM policy or role binding, a cluster-admin binding, a repository collaborator: "
              "who may do what changes, and an agent should not widen it unseen")
def _access_grant(cmd: Command, ctx: Context) -> bool:
    ops = [a for a in cmd.args if not a.startswith("-")]
    if cmd.name == "aws":
        if ops[:1] == ["s3api"] and len(ops) > 1:  # a bucket or object opened to everyone, or a policy file nobody read here
            public = any(re.search(r"public-read|authenticated-read|AllUsers|AuthenticatedUsers", a) for a in cmd.args)
            return ops[1] in {"put-bucket-acl", "put-object-acl"} and public or ops[1] in {"put-bucket-policy", "delete-public-access-block"}
        return ops[:1] == ["iam"] and len(ops) > 1 and ops[1] in _IAM_GRANTS
    if cmd.name == "gcloud":
        return any(o in {"add-iam-policy-binding", "set-iam-policy"} for o in ops[:5])
    if cmd.name == "az":
        return ops[:3] == ["role", "assignment", "create"] or ops[:4] == ["ad", "group", "member", "add"]
    if cmd.name in {"kubectl", "oc"}:
        binds = ops[:2] in (["create", "clusterrolebinding"], ["create", "rolebinding"]) or ops[:3] == ["adm", "policy", "add-cluster-role-to-user"]
        roles = [a.partition("=")[2] or a for a in cmd.args if a.startswith("--clusterrole")] + [
            cmd.args[i + 1] for i, a in enumerate(cmd.args[:-1]) if a == "--clusterrole"] + ops[3:4]
        return binds and any(_ADMIN_ROLE.search(r) for r in roles)
    if cmd.name == "vault":  # a policy written or attached decides what every token holding it may do
        return ops[:2] == ["policy", "write"] or ops[:1] == ["write"] and len(ops) > 1 and ops[1].startswith(("sys/policy", "auth/"))
    if cmd.name == "gh" and ops[:1] == ["api"]:
        writes = any(a.upper() in {"PUT", "POST", "PATCH"} for a in cmd.args) or any(a.startswith(("-f", "-F", "--field", "--raw-field")) for a in cmd.args)
        return writes and any(re.search(r"/(collaborators|members|memberships|teams/[^/]+/repos)/", o) for o in ops)
    return False


# --- discarding uncommitted work ------------------------------------------------------------

_WHOLE_TREE = frozenset({".", "./", "*", ":/", ":/*", ":(top)", "-A"})
"""Pathspecs naming the whole working tree; restoring one named file is a targeted undo, not discarding work."""


@command_rule("git.discard_work", GIT, "approve",
              "Discards uncommitted work that git cannot bring back: reset --hard, checkout/restore of the whole tree, forced checkout or "
              "switch, clean -f, stash clear/drop, force-deleting an unmerged branch")
def _discard_work(cmd: Command, ctx: Context) -> bool:
    sub, rest = _git(cmd)
    flags = {a for a in rest if a.startswith("-")}
    short = "".join(a[1:] for a in flags if not a.startswith("--"))
    if sub == "reset":
        return "--hard" in rest or "--merge" in rest  # --keep refuses when a local change would be lost
    broad = any(a in _WHOLE_TREE for a in rest) or _directory_pathspec(rest)
    if sub == "checkout":
        return broad or "-f" in rest or "--force" in rest or _from_commit(rest)
    if sub == "restore":  # its operands are pathspecs with or without --: git restore --worktree src/
        specs = [a for i, a in enumerate(rest) if not a.startswith("-") and (i == 0 or rest[i - 1] not in {"-s", "--source"})]
        broad = broad or _directory_pathspec(["--", *specs])
        return broad and not ("--staged" in rest and "--worktree" not in rest and "-W" not in rest)
    if sub == "switch":
        return "--discard-changes" in rest or "-f" in rest or "--force" in rest
    if sub == "clean":
        specs = [a for i, a in enumerate(rest) if not a.startswith("-") and (i == 0 or rest[i - 1] not in {"-e", "--exclude"})]
        if specs and all(is_build_name(s.rstrip("/").rsplit("/", 1)[-1]) or is_regenerable(s) for s in specs):
            return False  # git clean -fdx node_modules/ build/: untracked build output, made again by the next build
        return ("f" in short or "--force" in rest) and "n" not in short and "--dry-run" not in rest
    if sub == "stash":
        return rest[:1] in (["clear"], ["drop"])
    if sub == "branch":
        return "-D" in rest or ("--delete" in rest and "--force" in rest)
    if sub == "worktree":
        return rest[:1] == ["remove"] and any(a in {"-f", "--force"} for a in rest)
    if sub == "gc":
        return any(a in {"--prune=now", "--prune=all"} for a in rest)
    return False


_SOURCE_ROOTS = frozenset({"src", "source", "sources", "tests", "test", "spec", "specs", "app", "pkg", "internal", "cmd"})
"""Top-level directories that hold a project's own sources and tests (never build output, unlike lib/ or dist/)."""


@command_rule("fs.rm_sources", FS, "approve", "Deleting the workspace's source or test tree wholesale: what was not committed is gone")
def _rm_sources(cmd: Command, ctx: Context) -> bool:
    if cmd.name not in {"rm", "trash"} or not (cmd.has_flag("r", "--recursive") or cmd.has_flag("R")) or cmd.cwd:
        return False
    return any(norm_path(t).removeprefix("./").rstrip("/") in _SOURCE_ROOTS for t in cmd.operands())


_TRACKED_REMOVED = re.compile(r"\bgit\s+ls-files(?:\s+-[-\w]+)*\s*\|\s*xargs(?:\s+-[-\w]+)*\s+(?:\S*/)?(?:rm|shred|unlink|truncate)\b")
"""``git ls-files -z | xargs -0 rm -f``: every tracked file (no pathspec narrows the listing)."""


@rule("git.rm_tracked", GIT, "approve", "Deleting every file git tracks: the working tree and its uncommitted changes are gone")
def _rm_tracked(call: Call, ctx: Context) -> str | None:
    source = call.script.source if call.script else ""
    return m.group(0) if "ls-files" in source and (m := _TRACKED_REMOVED.search(source)) else None


def _from_commit(rest: list[str]) -> bool:
    """``git checkout HEAD -- app.py``, ``git checkout main -- README.md``: a commit before ``--`` overwrites the staged and the
    unstaged changes of the paths (``git checkout -- app.py`` only undoes unstaged edits from the index)."""
    if "--" not in rest:
        return False
    i = rest.index("--")
    return any(not a.startswith("-") for a in rest[:i]) and i + 1 < len(rest)


def _directory_pathspec(rest: list[str]) -> bool:
    """After ``--``, a directory (``src/``, ``lib``) or glob restores many files at once, not one named file."""
    if "--" not in rest:
        return False
    specs = rest[rest.index("--") + 1 :]
    return any(p.endswith("/") or any(ch in p for ch in "*?[") or ("." not in p.rsplit("/", 1)[-1] and p not in {"Makefile", "Dockerfile", "LICENSE", "README"}) for p in specs)


# --- code nobody can read before it runs ------------------------------------------------------

_INIT_GENERATORS = re.compile(
    r"^\$\((\S*/)?(ssh-agent|gpg-agent|direnv|pyenv|rbenv|nodenv|goenv|jenv|brew|conda|mamba|micromamba|starship|zoxide|fnm|mise|rtx|"
    r"opam|dircolors|thefuck|register-python-argcomplete|kubectl|helm|gh|docker-machine|minikube|luarocks|perl|keychain|atuin|"
    r"batman|fzf|poetry|pdm|uv|rustup|aws_completer|asdf|nvm|sdk|devbox|flox|ghq|navi|mcfly|broot|hub|pip|pipenv|hugo|rye|pixi)\b"
)


def _unresolved_head(cmd: Command) -> str:
    head = cmd.name
    if re.match(r"\$env:\w+=", head, re.I) and len(cmd.argv) == 1:
        return ""  # PowerShell's $env:NODE_ENV='test': an assignment, nothing runs
    if head.startswith(("$", "`")) or "\\x" in head or re.search(r"[\x00-\x1f]", head):
        return head
    return ""


@rule("exec.unresolved", SUPPLY, "approve",
      "Runs code that is only known at run time (a command name or script built from variables, eval of a variable, "
      "decoded or generated code): nobody can review what it does")
def _unresolved(call: Call, ctx: Context) -> str | None:
    for feed in call.script.feeds if call.script else ():
        if feed.source == "unresolved":
            return feed.text
    for cmd in call.commands:
        head = _unresolved_head(cmd)
        if head and not _INIT_GENERATORS.match(head):
            return cmd.text
        if cmd.name in {"eval", "source", "."} | SHELLS and cmd.args:
            code = _script_text(cmd)
            if code and code.lstrip().startswith(("$", "`")) and not _INIT_GENERATORS.match(code.strip().lstrip('"')):
                return cmd.text
    return None


def _script_text(cmd: Command) -> str:
    if cmd.name == "eval":
        return " ".join(cmd.args)
    if cmd.name in {"source", "."}:
        return cmd.args[0]
    for i, a in enumerate(cmd.args):
        if a.startswith("-") and not a.startswith("--") and "c" in a[1:] and i + 1 < len(cmd.args):
            return cmd.args[i + 1]
    return ""


@rule("exec.fetched", SUPPLY, "block", "Runs text fetched from the network as a command")
def _fetched(call: Call, ctx: Context) -> str | None:
    for cmd in call.commands:
        head = _unresolved_head(cmd) or (_script_text(cmd) if cmd.name in {"eval"} | SHELLS else "")
        if re.match(r"^[\"']?(\$\(|`)\s*(curl|wget|fetch|http)\b", head):
            return cmd.text
    return None


@rule("exfil.reverse_shell", EXFIL, "block", "A program that connects out and hands a shell to the other end (reverse shell)")
def _reverse_shell(call: Call, ctx: Context) -> str | None:
    return next((f.text for f in (call.script.feeds if call.script else ()) if f.source == "reverse_shell"), None)


# --- escalation, persistence and defence evasion --------------------------------------------

@command_rule("sys.container_escape", SYS, "block",
              "A container with the host's root, PID namespace, devices or Docker socket: full control of the host")
def _container_escape(cmd: Command, ctx: Context) -> bool:
    if cmd.name == "nsenter":
        return any(a in {"-t", "--target"} for a in cmd.args) and any(a in {"1", "--target=1"} for a in cmd.args) or "--target=1" in cmd.args
    if cmd.name in {"kubectl", "oc"} and cmd.args[:1] == ("debug",):
        return any(a.startswith("node/") for a in cmd.args)  # a debug pod on a node mounts the host's root at /host
    if cmd.name in {"kubectl", "oc"} and cmd.args[:1] == ("run",):  # a pod spec given inline: privileged, host namespaces, host root
        spec = " ".join(a for a in cmd.args if a.startswith("--overrides") or a.startswith("{"))
        return bool(re.search(r'"privileged"\s*:\s*true|"host(PID|Network|IPC)"\s*:\s*true|"hostPath"\s*:\s*\{\s*"path"\s*:\s*"/"', spec))
    if cmd.name not in CONTAINER_CLIS or not any(a in {"run", "create", "exec"} for a in cmd.args[:3]):
        return False
    args = list(cmd.args)
    joined = " ".join(args)
    if "--privileged" in args or re.search(r"--(pid|ipc|uts|userns)[= ]host\b", joined) or re.search(r"--cap-add[= ](ALL|SYS_ADMIN|SYS_PTRACE|SYS_MODULE)\b", joined):
        return True
    return bool(re.search(r"(-v|--volume|--mount)[= ]\S*(^|[\s=,])?(/|/etc|/root|/var/run/docker\.sock|/run/docker\.sock|/proc|/sys|/dev|/boot):", " " + joined)) or bool(
        re.search(r"(?:-v|--volume)[= ](/|/etc|/root|/var/run/docker\.sock|/run/docker\.sock|/boot|/dev)(:|\s|$)", joined)
    )


_HISTORY = re.compile(r"(^|/)\.(bash|zsh|sh|python|node_repl|psql|mysql|sqlite|lesshst|rediscli)_?history$|(^|/)\.zhistory$|(^|/)\.local/share/fish/fish_history$")


_HISTORY_OFF = re.compile(
    r"(?:^|[;&|\s])(?:export\s+|declare\s+-x\s+)?HIST(?:FILE=(?:/dev/null|[\"']{2}|(?=\s))|(?:FILE)?SIZE=[\"']?0[\"']?)(?=[\s;&|]|$)"
    r"|\bPROMPT_COMMAND\+?=[^\n]*?\bhistory\s+-[cd]"
)
"""History switched off by variable, or erased after every prompt (``PROMPT_COMMAND='history -d $(history 1)'``)."""


@rule("sys.history_wipe", SYS, "block", "Erasing or disabling shell history: hides what was run")
def _history_wipe(call: Call, ctx: Context) -> str | None:
    if call.script and _HISTORY_OFF.search(call.script.source):
        return _HISTORY_OFF.search(call.script.source).group(0).strip()  # type: ignore[union-attr]
    for cmd in call.commands:
        if cmd.name == "history" and (any(a.startswith(("-c", "-d")) for a in cmd.args) or "/dev/null" in cmd.args):
            return cmd.text
        if cmd.name in {"unset", "export", "set", "setopt"} and any(re.match(r"^(HISTFILE$|HISTFILE=(/dev/null)?$|HISTSIZE=0|HISTFILESIZE=0|HISTCONTROL=ignorespace)", a) for a in cmd.args):
            return cmd.text
        if cmd.name == "set" and "history" in cmd.args[1:] and cmd.args[cmd.args.index("history") - 1] == "+o":
            return cmd.text  # set +o history; set +o allexport is not
        if cmd.name in {"rm", "shred", "srm", "truncate", "ln", "unlink"} and any(_HISTORY.search(a) for a in cmd.args):
            return cmd.text
    return next((via for path, content, via in call.writes if _HISTORY.search(path)), None)


_SECURITY_TOOLS = re.compile(r"auditd|defender|windefend|falcon|crowdstrike|osquery|sentinel|clamav|clamd|apparmor|selinux|firewalld|ufw|wazuh|ossec|aide|tripwire|"
                             r"carbonblack|cbagent|cylance|sophos|mdatp|defender|elastic-agent|filebeat|auditbeat|fail2ban|snort|suricata|santa|rsyslog|syslog|journald")


_OFF = frozenset({"false", "0", "no", "off"})


def _tls_verification_off(name: str, args: list[str]) -> bool:
    """``git config --global http.sslVerify false``, ``npm config set strict-ssl false``: every later fetch accepts any
    certificate, so a man in the middle can serve code; turning it on again is harmless."""
    lowered = [a.lower() for a in args]
    if name == "export":
        return any(re.fullmatch(r"(node_tls_reject_unauthorized=0|git_ssl_no_verify=(1|true)|pythonhttpsverify=0)", a) for a in lowered)
    if name.startswith("pip") and lowered[:2] == ["config", "set"]:
        return any(a.endswith(".trusted-host") for a in lowered[2:3])  # pip stops checking that host's certificate
    if name == "git" and "config" in lowered:
        return any(re.fullmatch(r"http(\..+)?\.sslverify", a) and lowered[i + 1 : i + 2] and lowered[i + 1] in _OFF for i, a in enumerate(lowered))
    if name in {"npm", "yarn", "pnpm"} and "set" in lowered:
        return any(a in {"strict-ssl", "strictssl", "enablestrictssl"} and lowered[i + 1 : i + 2] and lowered[i + 1] in _OFF for i, a in enumerate(lowered)) or any(
            re.fullmatch(r"(strict-ssl|enablestrictssl)=(false|0|no|off)", a) for a in lowered
        )
    return False


_TLS_CONFIG_FILE = re.compile(r"(^|/)\.(curlrc|wgetrc|npmrc|yarnrc|gitconfig)$|(^|/)pip\.conf$")
_TLS_OFF_LINE = re.compile(r"^\s*(?:-k|--insecure|insecure)\s*$|check_certificate\s*=\s*off|strict-ssl\s*=\s*false|sslverify\s*=\s*false", re.I | re.M)


@rule("sys.tls_config_off", SYS, "block", "Writing TLS verification off into a tool's config file (insecure in .curlrc, strict-ssl=false in .npmrc)")
def _tls_config_off(call: Call, ctx: Context) -> str | None:
    """The persisted form of ``curl -k``: every later run of the tool accepts any certificate."""
    return next((via for path, content, via in call.writes if _TLS_CONFIG_FILE.search(path) and content and _TLS_OFF_LINE.search(content)), None)


@command_rule("sys.security_off", SYS, "block", "Switching off auditing, endpoint protection, logging, TLS verification or OS security checks")
def _security_off(cmd: Command, ctx: Context) -> bool:
    name, args = cmd.name, list(cmd.args)
    if _tls_verification_off(name, args):
        return True
    if name == "auditctl":
        return "-D" in args or args[:2] == ["-e", "0"]
    if name == "spctl":
        return any(a in {"--master-disable", "--global-disable", "--disable"} for a in args)
    if name == "csrutil":
        return "disable" in args
    if name == "journalctl":
        return any(a.startswith(("--vacuum", "--rotate")) for a in args) and any(a.startswith("--vacuum") for a in args)
    if name in {"systemctl", "service", "launchctl", "rc-service", "sv"}:
        return any(a in {"stop", "disable", "mask", "kill", "unload", "bootout", "remove", "down"} for a in args) and any(_SECURITY_TOOLS.search(a) for a in args)
    if name in {"kill", "pkill", "killall"}:
        return any(_SECURITY_TOOLS.search(a) for a in args)
    if name == "sysctl":
        return any(re.search(r"(randomize_va_space|ptrace_scope|kptr_restrict|dmesg_restrict|unprivileged_bpf_disabled)=0$", a) for a in args)
    if name in {"aa-teardown", "aa-disable", "aa-complain"}:
        return True
    if name in {"tmutil"}:
        return "disable" in args
    if name in {"wevtutil", "wevtutil.exe"}:
        return any(a.lower() in {"cl", "clear-log"} for a in args)
    if name == "xattr":
        return any("com.apple.quarantine" in a for a in args) and any(a.startswith("-d") or a in {"-c", "-rc", "-cr"} for a in args)
    if name.lower() == "set-mppreference":
        return any(a.lower().startswith("-disable") for a in args)
    if name == "netsh":
        return "advfirewall" in [a.lower() for a in args] and "off" in [a.lower() for a in args]
    if name in {"sc", "sc.exe"}:
        return any(a.lower() in {"stop", "delete", "config"} for a in args[:1]) and any(re.search(r"windefend|sense|wdnissvc|mpssvc|eventlog", a, re.I) for a in args)
    return name == "defaults" and bool(re.search(r"com\.apple\.alf|LSQuarantine", " ".join(args)))


_FETCH_AND_RUN = re.compile(r"(curl|wget|fetch|nc|ncat|bash\s+-i|/dev/tcp|base64\s+-d|python\d?\s+-c|\|\s*(ba|z)?sh\b)")


@command_rule("sys.kernel_module", SYS, "approve", "Loading or unloading a kernel module: code in the kernel, or a security module removed")
def _kernel_module(cmd: Command, ctx: Context) -> bool:
    if cmd.name in {"insmod", "rmmod"}:
        return bool(cmd.operands())
    if cmd.name == "modprobe":
        return bool(cmd.operands()) and not any(a in {"-n", "--dry-run", "-c", "--showconfig", "-D", "--show-depends"} for a in cmd.args)
    return cmd.name in {"kextload", "kextunload"} or cmd.name == "kmutil" and cmd.args[:1] in (("load",), ("unload",))


@command_rule("sys.cron_install", SYS, "approve", "Installing a crontab: runs code later, unattended (blocked when it fetches or runs remote code)")
def _cron_install(cmd: Command, ctx: Context) -> bool:
    return cmd.name == "crontab" and not any(a in {"-l", "-r", "-e"} for a in cmd.args)


@command_rule("sys.autostart", SYS, "approve", "Registering something to start by itself: a user systemd unit or timer, a launchd agent, "
              "a Windows scheduled task or Run key")
def _autostart(cmd: Command, ctx: Context) -> bool:
    args = [a.lower() for a in cmd.args]
    if cmd.name == "systemctl":
        return "enable" in args and ("--user" in args or any(a.endswith(".timer") for a in args))
    if cmd.name == "launchctl":
        return any(a in {"load", "bootstrap", "submit"} for a in args[:2])
    if cmd.name in {"schtasks", "schtasks.exe"}:
        return "/create" in args
    if cmd.name in {"reg", "reg.exe"}:  # bash may have eaten the backslashes of an unquoted key (HKCU\…\Run)
        return args[:1] == ["add"] and any(re.search(r"(\\|currentversion)(run|runonce|winlogon|image ?file ?execution ?options)(\\|$)", a) for a in args)
    if cmd.name == "defaults":  # macOS login and logout hooks run a script as root at every login
        return args[:1] == ["write"] and any(a in {"loginhook", "logouthook"} for a in args)
    if cmd.name == "osascript":
        return any(re.search(r"make (?:new )?login item", a) for a in args)
    return False


@command_rule("sys.at_job", SYS, "approve", "Scheduling a command with at/batch: runs code later, unattended")
def _at_job(cmd: Command, ctx: Context) -> bool:
    return cmd.name in {"at", "batch"} and not any(a in {"-l", "-r", "-d", "-c", "-V", "--help"} for a in cmd.args)


@rule("sys.cron_fetch", SYS, "block", "A scheduled job or startup file that downloads or runs remote code")
def _cron_fetch(call: Call, ctx: Context) -> str | None:
    for cmd in call.commands:
        if cmd.name == "crontab" and not any(a in {"-l", "-r", "-e"} for a in cmd.args) and cmd.stdin and _FETCH_AND_RUN.search(cmd.stdin):
            return cmd.text
        if cmd.name in {"crontab", "at", "batch"} and cmd.name not in cmd.upstream and call.script and _FETCH_AND_RUN.search(call.script.source) and cmd.upstream:
            return cmd.text
        if cmd.name in {"at", "batch"} and cmd.stdin and _FETCH_AND_RUN.search(cmd.stdin):
            return cmd.text
    return None


@command_rule("sys.hooks_path", SYS, "approve", "Pointing git's hooks at another directory: runs that code on every commit")
def _hooks_path(cmd: Command, ctx: Context) -> bool:
    if cmd.name == "git":  # git -c core.hooksPath=/tmp/h commit: for this one command
        once = [a.split("=", 1)[1] for i, a in enumerate(cmd.args[1:], 1) if cmd.args[i - 1] == "-c" and a.lower().startswith("core.hookspath=")]
        if any(escapes_workspace(v, ctx.workspace) or v.startswith(("/tmp", "$")) for v in once):
            return True
    sub, rest = _git(cmd)
    values = [a for a in rest if not a.startswith("-")]
    if sub != "config" or not any(a.lower() == "core.hookspath" for a in rest) or len(values) < 2:
        return False
    # a directory of the repository itself (.githooks, .husky) holds the project's reviewed hooks; elsewhere is not reviewed
    return escapes_workspace(values[-1], ctx.workspace) or values[-1].startswith(("/tmp", "$"))


# --- sending data out -------------------------------------------------------------------------

@rule("exfil.git_foreign_remote", EXFIL, "approve", "Pushing the repository to a remote added or named by URL in the same command")
def _git_foreign(call: Call, ctx: Context) -> str | None:
    added: set[str] = set()
    for cmd in call.commands:
        sub, rest = _git(cmd)
        if sub == "remote" and rest[:1] == ["add"] and len(rest) >= 3:
            host = host_of(rest[2])
            if host and not is_local_host(host) and not ctx.host_trusted(host):
                added.add(rest[1])
        elif sub == "push":
            ops = [a for a in rest if not a.startswith("-")]
            if ops and (ops[0] in added or (host_of(ops[0]) and not ctx.host_trusted(host_of(ops[0])) and "://" in ops[0])):
                return cmd.text
    return None


_FILE_SERVERS = {("python", "http.server"), ("python3", "http.server"), ("python", "SimpleHTTPServer"), ("python2", "SimpleHTTPServer")}
_SERVED_DIR_OPTS = frozenset({"--directory", "-d", "--root", "-r"})


@command_rule("exfil.serve_home", EXFIL, "approve",
              "Serving the root, a home or a system directory over HTTP: every file in it (keys, credentials) can be downloaded")
def _serve_home(cmd: Command, ctx: Context) -> bool:
    """``python3 -m http.server --directory ~`` (it binds every interface unless told otherwise), ``php -S 0.0.0.0:8000 -t /``,
    ``npx http-server ~``: the directory served is the data source; a project's own directory (dist, docs) is not a leak."""
    args = list(cmd.args)
    served: list[str] = []
    if "-m" in args and (cmd.name, args[args.index("-m") + 1] if args.index("-m") + 1 < len(args) else "") in _FILE_SERVERS:
        served = [args[i + 1] for i, a in enumerate(args[:-1]) if a in _SERVED_DIR_OPTS] + [a.split("=", 1)[1] for a in args if a.startswith("--directory=")]
        bind = next((args[i + 1] for i, a in enumerate(args[:-1]) if a in {"--bind", "-b"}), "")
        if bind.startswith("127.") or bind in {"localhost", "::1"}:
            return False
        served = served or ([cmd.cwd] if cmd.cwd else [])
    elif cmd.name == "php" and "-S" in args:
        served = [args[i + 1] for i, a in enumerate(args[:-1]) if a == "-t"] or ([cmd.cwd] if cmd.cwd else [])
    elif cmd.name in {"http-server", "serve", "live-server"}:
        served = [a for a in args if not a.startswith("-")][:1]
    return any(_exposes_secrets(p) for p in served)


def _exposes_secrets(path: str) -> bool:
    """The root, a home directory (or one of its dot-directories), or a system configuration tree."""
    p = norm_path(path).rstrip("/") or "/"
    return p in {"/", "~", "/etc", "/root", "/home", "/Users", "/var"} or p.startswith("~/.") or p.startswith("/etc/")


@rule("cred.found_by_content", CRED, "block",
      "Printing files picked by a search for key or password content (grep -rl 'PRIVATE KEY' ~ | xargs cat)")
def _found_by_content(call: Call, ctx: Context) -> str | None:
    """xargs running a reader over the files a content search listed as holding a private key, password or token:
    what it prints is those secrets, whatever the files are called."""
    searches = {c.name for c in call.commands if c.name in _CONTENT_SEARCHERS and _lists_files(c) and _SECRET_CONTENT.search(" ".join(c.args))}
    for cmd in call.commands:
        if cmd.name == "xargs" and searches & set(cmd.upstream) and any(a in _READERS for a in cmd.args):
            return cmd.text
    return None


_CONTENT_SEARCHERS = frozenset({"grep", "egrep", "rg", "ag", "ack"})
_READERS = frozenset({"cat", "head", "tail", "less", "more", "strings", "xxd", "od", "hexdump", "bat", "tac", "nl", "base64", "cp", "tar", "zip", "curl"})
_SECRET_CONTENT = re.compile(r"PRIVATE KEY|aws_secret_access_key|password|passwd|secret|api[_-]?key|token", re.I)


def _lists_files(cmd: Command) -> bool:
    """``grep -l``/``-rl``, ``rg -l``: prints the names of the files that match, which xargs then opens."""
    return cmd.has_flag("l", "--files-with-matches")


@command_rule("exfil.cloud_copy", EXFIL, "approve", "Copying home or system files to a cloud remote")
def _cloud_copy(cmd: Command, ctx: Context) -> bool:
    if cmd.name != "rclone" or not cmd.args or cmd.args[0] not in {"copy", "sync", "move", "copyto"}:
        return False
    ops = [a for a in cmd.args[1:] if not a.startswith("-")]
    return len(ops) >= 2 and ":" in ops[-1] and ops[0].startswith(("~", "/", "$HOME"))
