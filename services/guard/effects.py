"""The guard's explanation vocabulary: what a flagged call would do (effect) and to what (target).

Every built-in rule names one effect; the target is read off what the rule found (the paths,
hosts or environment names in it). The policy maps effect or effect@target to allow, approve
or block (``[guard.effects]``), so "deletes under the temp directory are fine" or "discarding
uncommitted work is fine for this team" is one line of policy, not a rule edit.
"""

from __future__ import annotations

import posixpath
import re
import shlex
from functools import lru_cache
from urllib.parse import urlsplit

from .paths import SCRATCH, host_of, is_local_host, is_system
from .shell import FOUND, XARGS_INPUT, find_targets, norm_path

EFFECTS = (
    "delete", "overwrite", "read-credential", "exfiltrate", "escalate", "persist", "evade", "disrupt",
    "destroy-infrastructure", "discard-work", "run-unreviewed-code",
)
TARGETS = ("workspace", "temp", "home", "system", "loopback", "private", "public", "prod", "staging", "dev", "local", "unknown")

_BY_PACK = {
    "filesystem_destruction": "delete",
    "credential_access": "read-credential",
    "exfiltration": "exfiltrate",
    "git_history": "destroy-infrastructure",
    "cloud_infrastructure": "destroy-infrastructure",
    "database_destruction": "destroy-infrastructure",
    "system_control": "disrupt",
    "supply_chain": "run-unreviewed-code",
    "prompt_injection": "run-unreviewed-code",
    "guard": "run-unreviewed-code",
}
_BY_RULE = {
    "fs.disk_wipe": "overwrite", "fs.chmod_recursive_critical": "escalate", "cred.secret_write": "persist",
    "sys.perms_system": "escalate", "sys.write_system": "overwrite", "sys.persistence": "persist", "sys.user_admin": "escalate",
    "sys.firewall_off": "evade", "sys.crontab_remove": "delete", "sys.history_wipe": "evade", "sys.security_off": "evade", "sys.tls_config_off": "evade",
    "sys.cron_install": "persist", "sys.hooks_path": "persist", "sys.container_escape": "escalate", "sys.root_shell": "escalate", "cloud.access_grant": "escalate",
    "sys.autostart": "persist", "sys.at_job": "persist", "sys.kernel_module": "escalate", "git.discard_work": "discard-work", "supply.registry_config": "persist", "cloud.container_data": "delete",
    "supply.package_publish": "exfiltrate", "exfil.reverse_tunnel": "exfiltrate", "sys.timestomp": "evade", "sys.remount_exec": "escalate",
    "sys.sudo_shell_escape": "escalate", "fs.rm_sources": "discard-work", "git.rm_tracked": "discard-work",
    "supply.unpack_fetched_system": "overwrite",
}


def effect_of(rule_id: str, pack: str) -> str:
    return _BY_RULE.get(rule_id) or _BY_PACK.get(pack, "run-unreviewed-code")


_PROD = re.compile(r"(?<![A-Za-z])(prod|production|prd|live)(?![A-Za-z])", re.I)
_STAGING = re.compile(r"(?<![A-Za-z])(staging|stage|stg|uat|preprod)(?![A-Za-z])", re.I)
_LOCAL = re.compile(
    r"(?:^|\s|=)(?:kind|minikube|k3d|microk8s|docker-desktop|rancher-desktop|orbstack|colima|kind-[\w.-]+|k3d-[\w.-]+)(?=\s|$)"
    r"|--context[= ](?:kind-|k3d-|minikube|docker-desktop|rancher-desktop|orbstack|colima)"
)
"""A cluster or VM on this machine: kind, minikube, k3d, Docker Desktop… (its name or a kubectl context naming it)."""
_LOOPBACK_DB = re.compile(
    r"(?:-h|--host)[= ]?(?:localhost|127\.0\.0\.1|::1)(?:\s|$)|(?:@|//)(?:localhost|127\.0\.0\.1)(?::\d+)?(?:/|\s|$)"
    r"|(?:^|via )(?:sqlite3|duckdb|litecli)\s+(?:-\S+\s+)*(?:[\w.-]+/)*[\w.-]+\.(?:db|sqlite3?|duckdb)\b|:memory:"
    r"|(?:^|via )wrangler d1 execute\s(?:(?!--remote\b).)*--local(?:\s|$)(?:(?!--remote\b).)*$"
)
_TEST_DATABASE = re.compile(r"(?<![A-Za-z])(test|tests|testing|dev|development|local|tmp|temp|fixtures?|scratch|sandbox|ci)(?![A-Za-z])", re.I)


def _local_test_database(found: str) -> bool:
    """A database on this machine (loopback host, a database file in the workspace, in memory) named as a test or dev one.

    The client's environment counts like its options: ``PGHOST=db.prod psql -d app_test`` is not on this machine,
    ``PGHOST=localhost`` is loopback, ``PGDATABASE=app_test`` names the database."""
    context, via = _split_context(found.split(" via ", 1)[-1])
    hosts = [_context_host(name, value) for name, value in context]
    if any(h is not None and not _loopback(h) for h in hosts):
        return False
    if _scratch_database_file(via):
        return True  # a file under the temp directory, whatever its tables are called
    if _PROD.search(found) or _STAGING.search(found):
        return False
    if _on_this_machine(context, via):
        return True
    if _LOOPBACK_DB.search(via) or any(h is not None for h in hosts):
        return bool(_TEST_DATABASE.search(via)) or ":memory:" in via or any(_TEST_DATABASE.search(v) for _, v in context)
    if _framework_test_env(context, via):
        return True
    connection = _connection_words(via)
    # DROP DATABASE and mongosh's getSiblingDB('x') name the database they act on, whatever the client is connected to
    dropped = _DROPPED_DATABASE.match(found) or _SIBLING_DATABASE.search(found)
    named = [dropped.group(1)] if dropped else [*connection[1:], *(v for k, v in context if k.endswith(("DATABASE", "IN_CONTAINER")))]
    return bool(connection) and any(_TEST_DATABASE.search(w) for w in named)


def _local_test_volume(found: str) -> bool:
    """``docker volume rm app_pgdata_test``: volumes named as test or dev data on this machine's daemon (no -H,
    --context or DOCKER_HOST pointing elsewhere)."""
    context, rest = _split_context(found)
    words = _words(rest)
    if words[:1] not in (["docker"], ["podman"]) or words[1:3] not in (["volume", "rm"], ["volume", "remove"]):
        return False
    if any(k in {"DOCKER_HOST", "DOCKER_CONTEXT", "CONTAINER_HOST"} for k, _ in context):
        return False
    names = [w for w in words[3:] if not w.startswith("-")]
    return bool(names) and all(_TEST_DATABASE.search(n) for n in names)


_ASSIGNMENT = re.compile(r"^([A-Z][A-Z0-9_]*)=(.*)$", re.S)
_CONTEXT_START = re.compile(r"^'?[A-Z][A-Z0-9_]*=")


def _split_context(text: str) -> tuple[list[tuple[str, str]], str]:
    """The leading ``NAME=value`` words of a finding (its environment context) and the command after them."""
    if not _CONTEXT_START.match(text):
        return [], text
    words = _words(text)
    context = []
    for word in words:
        m = _ASSIGNMENT.match(word)
        if not m:
            break
        context.append((m.group(1), m.group(2)))
    return context, shlex.join(words[len(context) :])


def _context_host(name: str, value: str) -> str | None:
    """The host a connection variable names (``PGHOST``, ``DATABASE_URL``, ``REDIS_URL``), None for other variables."""
    if name.endswith("HOST"):
        return value.lower().split(":", 1)[0]
    if name.endswith(("URL", "URI", "DSN")) and "://" in value:
        return _url_host(value).lower()  # postgresql://user:pw@localhost:5432/app_test: any scheme; "?" when unreadable
    return None


_FRAMEWORK_ENV = re.compile(r"^(?:RAILS_ENV|RACK_ENV|MIX_ENV|APP_ENV|NODE_ENV|FLASK_ENV|ASPNETCORE_ENVIRONMENT|DJANGO_SETTINGS_MODULE)=(\S+)$"
                            r"|^--(?:settings|env|environment)=(\S+)$")
_FRAMEWORK_TOOLS = frozenset({"rails", "rake", "mix", "manage.py", "django-admin", "artisan", "sequelize", "knex", "typeorm", "prisma", "supabase"})
_TEST_ENV = re.compile(r"(?:^|[._])(test|tests|testing|dev|development|local|ci)$", re.I)
_DEFAULT_DEV_TOOLS = frozenset({"rails", "rake", "mix", "sequelize", "knex", "prisma", "supabase"})
"""Tools whose database, with no environment named, is the development one: Rails and Rake (RAILS_ENV defaults to
development, and Rails itself refuses db:drop/reset/purge on a database marked production), Mix (MIX_ENV=dev; a release
has no mix), Sequelize and Knex (their --env defaults to development), Prisma (migrate reset/dev are development-only
commands reading the project's .env), Supabase (db reset acts on the local stack unless --linked or --db-url).
Artisan refuses migrate:fresh/reset and db:wipe in production without --force."""


def _framework_test_env(context: list[tuple[str, str]], via: str) -> bool:
    """A framework task (rails db:drop, manage.py flush, mix ecto.reset) in its test or development environment, with no
    host or URL given: the database that environment names by convention on this machine (config/database.yml's test).
    With no environment named, the tool's own default (``_DEFAULT_DEV_TOOLS``) decides."""
    command = _words(via)
    words = [f"{k}={v}" for k, v in context] + command
    tool = next((name for w in command[:3] if (name := w.rsplit("/", 1)[-1]) in _FRAMEWORK_TOOLS), "")
    if not tool:
        return False
    envs = [m.group(1) or m.group(2) for w in words if (m := _FRAMEWORK_ENV.match(w))]
    envs += [value for option, value in zip(command, command[1:], strict=False) if option in {"--env", "--environment", "--settings", "-e"}]
    if any(k == "DISABLE_DATABASE_ENVIRONMENT_CHECK" for k, _ in context) or "--linked" in command:
        return False
    if tool == "supabase" and "db" not in command[1:3]:
        return False  # supabase projects delete, orgs, secrets: the hosted platform
    if not envs:
        own_guard = tool == "artisan" and "--force" not in command
        if tool not in _DEFAULT_DEV_TOOLS and not own_guard:
            return False
    elif not all(_TEST_ENV.search(e) for e in envs):
        return False
    return not any("://" in w or "@" in w or _HOST_OPT.match(w) for w in words)


_DB_FILE_CLIENTS = frozenset({"sqlite3", "sqlite", "duckdb", "litecli"})
_CACHE_CLIENTS = frozenset({"redis-cli", "valkey-cli", "keydb-cli", "memcflush"})
_TEST_VARIABLE = re.compile(r"\$\{?([A-Z][A-Z0-9_]*)")


def _on_this_machine(context: list[tuple[str, str]], via: str) -> bool:
    """A database this developer's machine holds, whatever its name: a cache server reached with no other host than
    loopback, directly or in a local container (``redis-cli FLUSHDB``, ``docker compose exec cache redis-cli flushall``:
    a production cache is reached by its host name), or a connection taken from a variable named as a test or dev one
    (``psql "$TEST_DATABASE_URL"``). A database server in a local container is judged like one on loopback: by the
    test or dev name of the database or of the container (``docker exec pg-test psql …``)."""
    words = _words(via)
    if not words:
        return False
    client = words[0]
    if client in _DB_FILE_CLIENTS:
        return False
    variables = [m.group(1) for w in words for m in _TEST_VARIABLE.finditer(w)]
    if variables and all(_TEST_DATABASE.search(v.replace("_", " ")) for v in variables):
        return not _remote_endpoint(words, allow_variables=True)
    if _remote_endpoint(words):
        return False
    return client in _CACHE_CLIENTS


def _scratch_database_file(via: str) -> bool:
    """``sqlite3 /tmp/run-1/test.db 'DROP TABLE t'``: an embedded database in a file under the temp directory."""
    words = _words(via)
    if words[:1] == [] or words[0] not in _DB_FILE_CLIENTS:
        return False
    operand = next((w for w in words[1:] if not w.startswith("-")), "")
    return bool(operand) and path_class(operand) == "temp"


def _remote_endpoint(words: list[str], allow_variables: bool = False) -> bool:
    """The client names a host other than loopback (an option, a URL, user@host, mongosh's host/db) or one a variable
    holds; the SQL or script it runs (-c, --eval) says nothing of where."""
    skip = {i + 1 for i, w in enumerate(words) if w in _PAYLOAD_OPTS or w in _HOST_FLAGS}
    for i, w in enumerate(words[1:], 1):
        if i in skip and words[i - 1] not in _HOST_FLAGS or w == XARGS_INPUT:
            continue
        if "$" in w and not allow_variables:
            return True
        host = ""
        if words[i - 1] in _HOST_FLAGS:
            host = _host_part(w)
        elif words[0] in _POSITIONAL_HOST and not w.startswith("-") and ("/" in w or ":" in w or words[0] in _MONGO and "." in w) and "://" not in w:
            host = _host_part(w.split("/", 1)[0]) or "?"
        elif "://" in w:
            host = _url_host(w)
        elif w.startswith(("--host=", "--hostname=")):
            host = _host_part(w.split("=", 1)[1])
        elif re.match(r"^-h[\w.\[:]", w):
            host = _host_part(w[2:])
        elif "@" in w and not w.startswith("-"):
            host = w.rsplit("@", 1)[1].split("/", 1)[0].split(":", 1)[0]
        if host and not _loopback(host.lower()):
            return True
    return False


_SIBLING_DATABASE = re.compile(r"""getSiblingDB\(\s*[\"']([\w-]+)""")
_DROPPED_DATABASE = re.compile(r"""\s*DROP\s+DATABASE\s+(?:IF\s+EXISTS\s+)?[`"']?([\w-]+)""", re.I)


_SOCKET_CLIENTS = frozenset({"psql", "mysql", "mariadb", "dropdb", "createdb", "mysqladmin", "pg_restore", "redis-cli", "mongosh", "mongo", "clickhouse-client"})
"""Database clients that connect to this machine (a Unix socket or localhost) when no host is given."""
_PAYLOAD_OPTS = frozenset({"-c", "--command", "-e", "--execute", "--eval", "-q", "--query", "-f", "--file"})
_USER_U = frozenset({"mysql", "mariadb", "mysqladmin"})
"""Clients whose -u names a user, not a URI."""
_POSITIONAL_HOST = frozenset({"mongosh", "mongo", "redis-cli"})
_MONGO = frozenset({"mongosh", "mongo"})
"""A database name has no dot: mongosh's db.acme.io is a host."""
_HOST_OPT = re.compile(r"^(?:-h|--host|-H|--hostname|--uri|--url|-u)(?:=|$)|^-h\S")


def _connection_words(via: str) -> list[str]:
    """A socket client's words naming where it connects (client, options, database), without the SQL it runs;
    [] when it names a host, a URL or a variable (may point anywhere)."""
    words = _words(via)
    if not words or words[0] not in _SOCKET_CLIENTS:
        return []
    out = [words[0]]
    skip = False
    for w in words[1:]:
        if skip:
            skip = False
            continue
        if w in _PAYLOAD_OPTS:
            skip = True
            continue
        if "://" in w or "$" in w or "@" in w or (_HOST_OPT.match(w) and not (words[0] in _USER_U and w == "-u")):
            return []
        if words[0] in _POSITIONAL_HOST and not w.startswith("-") and ("/" in w or ":" in w or words[0] in _MONGO and "." in w):
            return []  # mongosh host/db, host:port
        out.append(w)
    return out


_DEV = re.compile(r"(?<![A-Za-z])(dev|development|test|testing|sandbox|qa|local|ci)(?![A-Za-z])", re.I)
_CLOUD_CLI = re.compile(r"(aws|gcloud|az|kubectl|oc|gh)\s")
"""Access granted through these lands in an environment (prod, staging…), not at a path."""
_HOST_EFFECTS = frozenset({"exfiltrate", "run-unreviewed-code"})
_PATH_RANK = {"system": 5, "home": 4, "unknown": 3, "workspace": 2, "temp": 1}


@lru_cache(maxsize=4096)
def target_of(effect: str, found: str) -> str:
    """Where the effect lands, read off the finding: an environment for infrastructure, a host for traffic, else a path."""
    if effect in {"destroy-infrastructure", "disrupt"} or effect == "escalate" and _CLOUD_CLI.match(found):
        if _local_test_database(found) or _local_test_volume(found):
            return "local"
        for pattern, name in ((_PROD, "prod"), (_STAGING, "staging"), (_LOCAL, "local"), (_DEV, "dev")):
            if name == "local" and re.search(r"\s(--all|-A|--purge)(\s|$)", found):
                continue  # every local cluster and its stored data is more than one disposable cluster
            if pattern.search(found):
                return name
        if effect != "disrupt":
            return "unknown"  # a path or URL in it says where the command runs from, not which environment it destroys
    context, rest = _split_context(found)
    words = _words(rest)
    where = next((v for k, v in context if k == "PWD"), "")
    if where:  # relative operands of a command run after cd DIR
        words = words[:1] + [w if w.startswith(("-", "/", "~", "$")) else posixpath.join(where, w) for w in words[1:]]
    if effect in _HOST_EFFECTS:
        hosts = [h for w in words if (h := host_of(w))]
        if hosts:
            return "public" if any(not is_local_host(h) for h in hosts) else "loopback" if all(_loopback(h) for h in hosts) else "private"
    if words[:1] == ["find"]:
        words = find_targets(tuple(words[1:]))
    elif words[:1] == ["rsync"] and effect == "delete":
        words = [w for w in words[1:] if not w.startswith("-")][-1:]  # --delete acts on the destination, the last operand
    words = [w.split("=", 1)[1] if _OPTION_VALUE.match(w) else w for w in words]  # --out=/tmp/x, core.hooksPath=~/h
    paths = [path_class(w) for w in words if w[:1] in {"/", "~", ".", "$"} or "/" in w]
    return max(paths, key=_PATH_RANK.__getitem__) if paths else "unknown"


_OPTION_VALUE = re.compile(r"^(?:-[\w-]+|[a-z][\w-]*(?:\.[\w-]+)+|[a-z][\w-]*(?==[/~.$]))=")
"""An option's, an operand's or a dotted config key's value (``--output=/tmp/x``, dd's ``of=/dev/sdb``,
``core.hooksPath=~/h``), not a variable assignment (``HISTFILE=/dev/null``)."""


def path_class(path: str) -> str:
    """temp: an entry strictly below a scratch root (``/tmp/build-1``, not ``/tmp`` or ``/tmp/*``); home, system,
    workspace (relative, inside), or unknown (a variable that may point anywhere)."""
    below = path.endswith(FOUND)
    p = norm_path(path).removesuffix(FOUND)
    if below and p in SCRATCH:
        return "temp"
    if re.match(r"^\$\{?(TMPDIR|TMP|TEMP|RUNNER_TEMP)\}?/[^*?]", p):
        return "temp"
    for root in SCRATCH:
        if p.startswith(root + "/"):
            first = p[len(root) + 1 :].split("/", 1)[0]
            named = re.split(r"[*?\[]", first, maxsplit=1)[0].lstrip(".")  # a glob's literal prefix: /tmp/jest_* is temp, /tmp/* not
            globbed = named != first.lstrip(".")
            return "system" if not first or first in {".", ".."} or globbed and len(named) < 2 else "temp"
    if p.startswith("~"):
        return "home"
    if p.startswith("/"):
        return "system" if is_system(p) or p.count("/") <= 1 else "unknown"
    if p.startswith(("$", "`")) or p.startswith(".."):
        return "unknown"
    return "workspace"


_HOST_FLAGS = frozenset({"-h", "--host", "-H", "--hostname"})


def _host_part(value: str) -> str:
    """``db:5432`` -> db; an IPv6 address (``::1``, ``[::1]:6380``) stays whole."""
    if value.startswith("["):
        return value[1:].split("]", 1)[0]
    return value if value.count(":") > 1 else value.split(":", 1)[0]


def _url_host(url: str) -> str:
    """The host of any scheme's URL (redis://, postgresql://user@host/db, mongodb+srv://); '?' when unreadable."""
    m = _ANY_URL.search(url)
    try:
        return (urlsplit(m.group(0)).hostname or "?") if m else "?"
    except ValueError:
        return "?"


_ANY_URL = re.compile(r"""[A-Za-z][\w+.-]*://[^\s'"]*""")


def _loopback(host: str) -> bool:
    return host in {"localhost", "127.0.0.1", "::1", "0.0.0.0"} or host.startswith("127.") or host.endswith(".localhost")


def _words(text: str) -> list[str]:
    try:
        return shlex.split(text)
    except ValueError:
        return text.split()
