"""Turn a tool call into what it would do: commands run, SQL executed, paths read and written, URLs.

Rules then ask one question each of this view, whatever the tool: reading ``~/.ssh/id_rsa``
is the same finding whether it comes from ``Read``, ``cat``, ``cp`` or ``curl -d @…``.
"""

from __future__ import annotations

import fnmatch
import re
import shlex
from dataclasses import dataclass, replace
from functools import lru_cache

from .policy import ToolClasses
from .readonly import read_only_form
from .shell import SOURCE_LIMIT, Command, ShellScript, parse_shell
from .sql import SqlStatement, parse_sql

SHELL_KEYS = ("command", "cmd", "script", "code", "args", "input")
SQL_KEYS = ("query", "sql", "statement", "statements")
PATH_KEYS = ("file_path", "path", "notebook_path", "paths", "filename", "file")
CONTENT_KEYS = ("content", "new_string", "new_source", "text")

NON_READERS = frozenset(
    {"ls", "stat", "test", "[", "file", "chmod", "chown", "chgrp", "mkdir", "touch", "ssh", "ssh-add", "ssh-keygen", "ssh-copy-id",
     "rm", "rmdir", "shred", "du", "realpath", "readlink", "basename", "dirname", "echo", "printf", "cd", "git", "find",
     "export", "which", "type", "mv", "ln", "install", "unlink", "source", "."}
)
"""Commands whose path operands are not content reads (``ssh -i key`` uses a key, it doesn't leak it; ``source .env``
loads the file into the shell's variables, it shows nothing)."""
COPIERS = frozenset({"cp", "mv", "install", "ln", "rsync"})
DB_CLIENTS = {
    "psql": ("-c", "--command"), "mysql": ("-e", "--execute"), "mariadb": ("-e", "--execute"),
    "duckdb": ("-c",), "clickhouse-client": ("-q", "--query"), "clickhouse": ("-q", "--query"), "sqlcmd": ("-Q", "-q"),
    "snowsql": ("-q", "--query"), "cockroach": ("-e", "--execute"), "sqlite3": (), "bq": (), "pgcli": (), "usql": ("-c", "--command"),
    "snow": ("-q", "--query"), "trino": ("--execute",), "presto": ("--execute",), "beeline": ("-e",), "hive": ("-e",), "spark-sql": ("-e",),
    "impala-shell": ("-q", "--query"), "vsql": ("-c", "--command"), "mycli": ("-e", "--execute"), "litecli": ("-e", "--execute"),
    "sqlplus": (), "isql": (), "cqlsh": ("-e", "--execute"), "turso": (), "psql.exe": ("-c", "--command"), "databricks": ("--statement",), "influx": ("-execute",),
}
SQL_OPTIONS = ("--sql", "--query-string", "--sql-query", "--statement")
"""Options that carry SQL in any CLI (``aws redshift-data execute-statement --sql``, ``aws athena start-query-execution --query-string``)."""


@dataclass(frozen=True, slots=True)
class Call:
    tool: str
    kind: str
    """"shell", "sql", "read", "write", "fetch" or "other"."""
    summary: str = ""
    script: ShellScript | None = None
    sql: tuple[tuple[SqlStatement, str], ...] = ()
    """(statement, the command or input it came from)."""
    reads: tuple[tuple[str, str], ...] = ()
    """(path, via): files whose content the call reads."""
    writes: tuple[tuple[str, str | None, str], ...] = ()
    """(path, content if known, via)."""
    urls: tuple[str, ...] = ()

    @property
    def commands(self) -> tuple[Command, ...]:
        return self.script.commands if self.script else ()


def tool_kind(tool: str, classes: ToolClasses) -> str:
    for kind in ("sql", "shell", "write", "read", "fetch"):
        if any(fnmatch.fnmatchcase(tool, g) for g in getattr(classes, kind)):
            return kind
    return "other"


def build_call(tool: str, tool_input: dict, kind: str) -> Call:
    if kind in {"shell", "sql"}:
        shell, sql = shell_source(tool_input), ";\n".join(_texts(tool_input, SQL_KEYS))
        if kind == "shell" and shell:
            return shell_call(tool, shell) if len(shell) <= SOURCE_LIMIT else _oversized_call(tool, shell)
        sql = sql or shell  # an SQL tool may call its statement "command"
        stmts = tuple((s, s.text) for s in parse_sql(sql).statements) if sql else ()
        return Call(tool, "sql", summary=sql[:300], sql=stmts)
    paths = _texts(tool_input, PATH_KEYS)
    if kind == "read":
        return Call(tool, kind, summary=" ".join(paths), reads=tuple((p, f"{tool} {p}") for p in paths))
    if kind == "write":
        edits = [e for e in tool_input.get("edits") or [] if isinstance(e, dict)]
        content = "\n".join(_texts(tool_input, CONTENT_KEYS) + [t for e in edits for t in _texts(e, CONTENT_KEYS)])
        return Call(tool, kind, summary=" ".join(paths), writes=tuple((p, content, f"{tool} {p}") for p in paths))
    if kind == "fetch":
        urls = _texts(tool_input, ("url", "urls", "uri"))
        return Call(tool, kind, summary=" ".join(urls), urls=tuple(urls))
    return Call(tool, kind)


def _oversized_call(tool: str, text: str) -> Call:
    """A command line longer than the guard analyses: left unparsed (and uncached), judged by guard.oversized."""
    return Call(tool, "shell", summary=text[:300], script=ShellScript(source=text, commands=(), parsed=False))


_COUNTERS = frozenset({"wc"})


def prints_names_only(cmd: Command) -> bool:
    """A reader or filter that prints only names or counts of what it reads, so a secret read this way shows nothing of
    the secret: ``cut -d= -f1``, ``awk -F= '{print $1}'``, ``jq keys``, ``wc -l``, ``grep -c/-l/-q``."""
    args = " ".join(cmd.args)
    if cmd.name in _COUNTERS or cmd.name in {"grep", "egrep", "rg"} and (
            cmd.has_flag("c", "--count") or cmd.has_flag("l", "--files-with-matches") or cmd.has_flag("L", "--files-without-match")
            or cmd.has_flag("q", "--quiet", "--silent")):
        return True
    if cmd.name == "cut":
        return bool(re.search(r"-d\s*['\"]?[=:]", args)) and bool(re.search(r"-f\s*1(?![\d,-])", args))
    if cmd.name in {"awk", "gawk", "mawk"}:
        program = next((a for i, a in enumerate(cmd.args) if not a.startswith("-") and (i == 0 or cmd.args[i - 1] not in {"-F", "-v"})), "")
        return bool(re.search(r"-F\s*['\"]?[=:]", args)) and bool(re.fullmatch(r"\{\s*print\s+\$1\s*;?\s*\}", program.strip()))
    if cmd.name == "jq":
        program = next((a for a in cmd.args if not a.startswith("-")), "")
        return bool(re.fullmatch(r"\s*(\.[\w.]*\s*\|\s*)?keys(_unsorted)?(\[\])?\s*(\|\s*(length|\.\[\]|join\([^)]*\)))?\s*", program))
    return False


_CREDENTIAL_STDIN = re.compile(r"--password-stdin|--with-token|--token-stdin|--api-key-stdin")
"""Options of login commands that take the credential from stdin (``docker login --password-stdin``)."""


def takes_credential_on_stdin(cmd: Command) -> bool:
    """A login that reads its password or token from stdin: a secret piped into it is used, not shown."""
    return any(_CREDENTIAL_STDIN.fullmatch(a) for a in cmd.args)


@lru_cache(maxsize=4096)
def shell_call(tool: str, text: str) -> Call:
    script = parse_shell(text)
    if any(read_only_form(c) for c in script.commands):
        script = replace(script, commands=tuple(c for c in script.commands if not read_only_form(c)))
    reads: list[tuple[str, str]] = []
    writes: list[tuple[str, str | None, str]] = []
    sql: list[tuple[SqlStatement, str]] = []
    for cmd in script.commands:
        via = cmd.text
        for op, target in cmd.redirects:
            if op.startswith("<"):
                if not takes_credential_on_stdin(cmd):  # docker login --password-stdin < file uses the secret, shows nothing
                    reads.append((target, via))
            elif op in {">", ">>", ">|", "&>", "&>>", ">&"}:
                writes.append((target, _printed(cmd), via))
        if (cmd.name not in NON_READERS and not prints_names_only(cmd) and not _only_counted(cmd, script.commands)
                and not _loaded_into_environment(cmd, script.commands) and not _edited_in_place(cmd)):
            destination = cmd.operands()[-1:] if cmd.name in COPIERS else []
            reads += [(p, via) for p in _path_args(cmd) if p not in destination]
        writes += [(p, c, via) for p, c in _written(cmd)]
        sql += [(s, cmd.context_text) for s in _client_sql(cmd)]
    return Call(tool, "shell", summary=text[:300], script=script, sql=tuple(sql), reads=tuple(reads), writes=tuple(writes))


def _only_counted(cmd: Command, commands: tuple[Command, ...]) -> bool:
    """``cat .env | grep -c .``, ``cat ~/.ssh/known_hosts | wc -l``: what the reader prints only reaches a filter that keeps
    names or counts (the stage right after it, and no other stage reads its output)."""
    if not cmd.name or cmd.redirects or cmd not in commands:
        return False
    at = commands.index(cmd)
    nxt = next((d for d in commands[at + 1 :] if d.name == cmd.name or d.upstream[-1:] == (cmd.name,)), None)
    return nxt is not None and nxt.name != cmd.name and prints_names_only(nxt)


def _edited_in_place(cmd: Command) -> bool:
    """``sed -i 's/^PORT=.*/PORT=3001/' .env``: the output goes back into the file, nothing is shown (unless the script
    writes to the terminal)."""
    return (cmd.name in {"sed", "gsed"} and cmd.has_flag("i", "--in-place") and not cmd.has_flag("n", "--quiet", "--silent")
            and not any("/dev/std" in a or "/dev/tty" in a for a in cmd.args))


_ASSIGNERS = frozenset({"export", "declare", "typeset", "local", "readonly"})


def _loaded_into_environment(cmd: Command, commands: tuple[Command, ...]) -> bool:
    """``export $(grep -v '^#' .env.test | xargs)``, ``env $(cat .env | xargs) npm test``: what the reader prints goes
    through a bare xargs into a substitution that becomes variable assignments (of export, or before a command), so it
    is loaded into the environment, not shown."""
    if not cmd.name or cmd.redirects or cmd not in commands:
        return False
    at = commands.index(cmd)
    nxt = commands[at + 1] if at + 1 < len(commands) else None
    if nxt is None or nxt.name != "xargs" or nxt.upstream[-1:] != (cmd.name,) or any(not a.startswith("-") for a in nxt.args):
        return False
    for user in commands[at + 2 :]:
        substitution = next((a for a in user.argv if a.startswith("$(") and "xargs" in a), "")
        if substitution:
            return user.name in _ASSIGNERS or user.argv[0] == substitution and len(user.argv) > 1
    return False


_OUTPUT_OPTS = frozenset({"-o", "-out", "-keyout", "--output", "--out", "--outfile", "--output-file", "--output-document", "of"})
"""Options naming a file the command writes (``openssl req -keyout dev.key``): what follows is created, not read."""
_NOT_READ_OPTS = _OUTPUT_OPTS | {"--env-file", "--envfile"}
"""Also files a tool loads into the environment of what it runs (docker --env-file): used, never shown."""


def _path_args(cmd: Command) -> list[str]:
    """Operands plus the file behind ``@file``, ``--opt=file`` and ``if=file`` forms; not the file an output option names."""
    out = []
    for i, a in enumerate(cmd.args):
        if a.startswith("-") and "=" not in a and "@" not in a or i and cmd.args[i - 1] in _NOT_READ_OPTS:
            continue
        if a.split("=", 1)[0] in _NOT_READ_OPTS:
            continue
        out.append(a)
        for sep in ("=@", "@", "="):
            if sep in a:
                out.append(a.split(sep, 1)[1])
                break
    return out


def _printed(cmd: Command) -> str | None:
    if cmd.name in {"echo", "printf"}:
        return " ".join(a for a in cmd.args if a not in {"-e", "-n", "-en", "-ne"})
    if cmd.name == "cat" and cmd.stdin is not None:
        return cmd.stdin
    return None


def _written(cmd: Command) -> list[tuple[str, str | None]]:
    ops = cmd.operands()
    if cmd.name == "tee":
        return [(p, cmd.stdin) for p in ops]
    if cmd.name in COPIERS and len(ops) >= 2:
        if cmd.name == "rsync" and cmd.has_flag("n", "--dry-run", "--list-only"):
            return []  # a dry run lists what it would copy
        return [(ops[-1], None)]
    if cmd.name == "sed" and cmd.has_flag("i", "--in-place"):
        return [(p, None) for p in ops[1:]]
    if cmd.name == "truncate":
        return [(p, "") for p in ops if not p[:1].isdigit()]
    if cmd.name == "dd":
        return [(a[3:], None) for a in cmd.args if a.startswith("of=")]
    return []


def _client_sql(cmd: Command) -> list[SqlStatement]:
    """SQL handed to a database CLI by flag, positional argument or stdin."""
    flags = DB_CLIENTS.get(cmd.name)
    if cmd.name == "wrangler" and cmd.args[:2] == ("d1", "execute"):
        flags = ("--command",)  # Cloudflare D1: SQL by --command, on the remote database with --remote
    if flags is None:
        texts = [a.split("=", 1)[1] if "=" in a else cmd.args[i + 1] for i, a in enumerate(cmd.args)
                 if a.split("=", 1)[0] in SQL_OPTIONS and ("=" in a or i + 1 < len(cmd.args))]
        return [s for t in texts for s in parse_sql(t).statements]
    texts, args = [], cmd.args
    for i, a in enumerate(args):
        if a in flags and i + 1 < len(args):
            texts.append(args[i + 1])
        elif any(a.startswith(f + "=") for f in flags if f.startswith("--")):
            texts.append(a.split("=", 1)[1])
    if cmd.name in {"sqlite3", "bq", "duckdb", "turso"}:
        ops = cmd.operands()
        texts += ops[1:]
    if cmd.stdin:
        texts.append(cmd.stdin)
    return [s for t in texts for s in parse_sql(t).statements]


def shell_source(tool_input: dict) -> str:
    """The command line of a shell tool's input (the text build_call analyses for a shell tool)."""
    return _first_text(tool_input, SHELL_KEYS)


def _first_text(data: dict, keys) -> str:
    texts = _texts(data, keys)
    return texts[0] if texts else ""


def _texts(data: dict, keys) -> list[str]:
    out = []
    for k in keys:
        v = data.get(k)
        if isinstance(v, str) and v:
            out.append(v)
        elif isinstance(v, list) and v and k in {"args", "cmd", "command"}:
            out.append(shlex.join(map(str, v)))
        elif isinstance(v, list):
            out += [str(x) for x in v if isinstance(x, str) and x]
    return out
