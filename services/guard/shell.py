"""Shell understanding: what a command line would actually run.

Rules must see ``\\rm -r -f /``, ``sudo env X=1 rm -rf /``, ``bash -c 'rm -rf ~'`` and
``echo cm0gLXJmIC8= | base64 -d | sh`` alike, so we parse with bashlex, unwrap wrappers,
recurse into nested scripts and evaluate the little that is statically knowable
(``$(echo rm)``, ``$HOME``, base64 literals). When bashlex gives up, a conservative
tokenizer produces the same shape so the rules still apply, and the script is marked
unparsed so that risky tokens are judged by their risk.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import json
import posixpath
import re
import shlex
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import lru_cache

import bashlex

from .build import is_build_name
from .interp import analyse_code
from .wrappers import remote_command

MAX_DEPTH = 6
"""Nesting limit for ``bash -c``/``eval``/decoded payloads: deeper is judged unparsed."""
SOURCE_LIMIT = 32 * 1024
"""Longest command line the guard analyses. bashlex reads a dense line at about 25 µs a character, so 32 KiB takes
under a second, within the egress's 2 s wait, while 1 MB would hold a guard replica for half a minute. A longer line
is left unparsed and needs approval (guard.oversized)."""

SHELLS = frozenset({"sh", "bash", "zsh", "dash", "ksh", "mksh", "fish", "ash", "busybox"})
INTERPRETERS = SHELLS | frozenset(
    {"python", "python2", "python3", "perl", "ruby", "node", "nodejs", "php", "lua", "pwsh", "powershell", "osascript", "deno", "bun",
     "Rscript", "julia", "groovy", "elixir", "tclsh", "raku", "jshell", "kotlin"}
)
FETCHERS = frozenset({"curl", "wget", "fetch", "aria2c", "http", "https", "lwp-request", "GET", "nc", "ncat", "socat"})
DECODERS = frozenset({"base64", "base32", "basenc", "xxd", "openssl", "gunzip", "gzip", "zcat", "bzip2", "bunzip2", "bzcat", "xz", "unxz",
                      "xzcat", "zstd", "unzstd", "zstdcat", "lz4", "rev", "uudecode", "gpg"})

_WRAPPERS = {
    # name: (short options that take a value, positional arguments before the command)
    "sudo": ("ugpCDhrtTU", 0), "doas": ("uC", 0), "nice": ("n", 0), "ionice": ("cnp", 0), "timeout": ("sk", 1),
    "stdbuf": ("ioe", 0), "taskset": ("", 1), "chrt": ("", 1), "flock": ("w", 1), "watch": ("nd", 0), "exec": ("a", 0),
    "nohup": ("", 0), "time": ("", 0), "builtin": ("", 0), "command": ("", 0), "unbuffer": ("", 0), "caffeinate": ("", 0),
    "setsid": ("", 0), "dotenv": ("ecv", 0), "chronic": ("", 0), "busybox": ("", 0), "sshpass": ("pfPd", 0), "unshare": ("SGRw", 0), "pkexec": ("", 0),
    "strace": ("abeEIoOpPsSuX", 0), "ltrace": ("aADeEnoOpsSu", 0), "valgrind": ("", 0),
    # privilege droppers, resource limiters, clocks and queues: they run the command that follows
    "gosu": ("", 1), "su-exec": ("", 1), "chpst": ("ugUbenlmdostp", 0), "setpriv": ("", 0), "numactl": ("NmCipPw", 0),
    "prlimit": ("p", 0), "faketime": ("f", 1), "cpulimit": ("lpe", 0), "trickle": ("dutwnL", 0), "envchain": ("", 1),
    "fakeroot": ("lis", 0), "cgexec": ("g", 0), "runcon": ("turl", 0), "tini": ("", 0), "dumb-init": ("", 0),
    "tsp": ("LDNEFw", 0), "nq": ("c", 0), "rlwrap": ("", 0),
    "firejail": ("", 0), "dbus-launch": ("", 0), "dbus-run-session": ("", 0), "xvfb-run": ("s", 0), "proxychains": ("f", 0), "proxychains4": ("f", 0), "torsocks": ("", 0), "catchsegv": ("", 0),
}
_BRACE_LIST = re.compile(r"\{[^{}\s]*,[^{}\s]*\}")
_SHELL_STRING_OPTION = {
    # runners whose option's value is a shell command: flock FILE -c CMD, nodemon --exec CMD, entr -s CMD
    "flock": {"-c", "--command"}, "nodemon": {"--exec", "-x"}, "entr": {"-s"}, "chokidar": {"-c", "--command"},
}
_XARGS_VALUE_OPTS = frozenset("nLPsdEIa")
_PACKAGE_RUNNERS = frozenset({"npx", "bunx", "pnpx"})
"""Run a package's command: ``npx rimraf ~/x`` runs ``rimraf ~/x``."""
_ENV_RUNNERS: dict[str, tuple[str, frozenset[str], int]] = {
    # name: (subcommand, its options that take a value, positional arguments before the command)
    **dict.fromkeys(("conda", "mamba", "micromamba"), ("run", frozenset({"-n", "--name", "-p", "--prefix", "--cwd"}), 0)),
    **dict.fromkeys(("poetry", "pdm", "pipenv", "hatch", "rye", "pixi"), ("run", frozenset({"-e", "--environment", "-C", "--directory"}), 0)),
    "uv": ("run", frozenset({"--with", "--python", "-p", "--project", "--directory", "--extra", "--group", "--package", "--env-file",
                             "--index", "--with-requirements", "--with-editable"}), 0),
    "direnv": ("exec", frozenset(), 1),
    "bundle": ("exec", frozenset({"--gemfile"}), 0),
    # tool-version managers and secret injectors: the command runs with the versions or secrets put in its environment
    "mise": ("exec", frozenset({"-C", "--cd", "-j", "--jobs"}), 0), "rtx": ("exec", frozenset({"-C", "--cd"}), 0),
    "asdf": ("exec", frozenset(), 0), "devbox": ("run", frozenset({"-c", "--config"}), 0),
    "doppler": ("run", frozenset({"-p", "--project", "-c", "--config", "--token", "--scope"}), 0),
    "op": ("run", frozenset({"--env-file", "--account"}), 0),
    "infisical": ("run", frozenset({"--env", "--path", "--projectId", "--token", "--domain"}), 0),
    "dotenvx": ("run", frozenset({"-f", "--env-file", "-e", "--env"}), 0),
    "aws-vault": ("exec", frozenset({"--region", "-d", "--duration", "--mfa-token", "-t"}), 1),
    "chamber": ("exec", frozenset(), 1),
}
"""Tools whose subcommand runs a command inside an environment: ``conda run -n base rm -rf ~`` runs ``rm -rf ~``."""
_TREE_DELETERS = frozenset({"rimraf", "del-cli", "rm-rf"})
"""Package commands that are ``rm -rf`` by another name."""
_SSH_VALUE_OPTS = frozenset("bcDEeFIiJLlmOopQRSWw")
_FORK_BOMB = re.compile(r"(?<![\w:.])(?P<f>[\w:.]+)\s*\(\)\s*\{[^}]*(?P=f)\s*\|\s*&?\s*(?P=f)\s*&")
"""A function that pipes itself into itself in the background (``:(){ :|:& };:``); a name is tried from its first character only."""
XARGS_INPUT = "$XARGS_INPUT"
"""Stands for operands xargs reads from a stdin we cannot see; replaced when the upstream is known."""
NETWORK_FD = "/dev/fd/network"
"""Stands for ``<(curl …)``: a process substitution that reads from the network."""
SUBSTITUTED_FD = "/dev/fd/substituted-"
"""Stands for ``<(echo … | base64 -d)``: a process substitution whose output is known (kept in the state's files)."""


@dataclass(frozen=True, slots=True)
class Command:
    """One command that would run, argv normalised (wrappers stripped, basename of argv[0])."""

    argv: tuple[str, ...]
    redirects: tuple[tuple[str, str], ...] = ()
    """(operator, target) pairs, e.g. (">", "/dev/sda") or ("<", "~/.ssh/id_rsa")."""
    stdin: str | None = None
    """Literal text fed on stdin when statically known (heredoc, here-string, ``echo … |``)."""
    upstream: tuple[str, ...] = ()
    """Names of the pipeline stages feeding this command's stdin."""
    cwd: str = ""
    """Directory an earlier ``cd``/``pushd`` of the same command line moved to ("" = where the agent started).
    Relative (``src``, ``..``), absolute, ``~``-rooted, or ``$OLDPWD``-like when unknowable; relative operands resolve against it."""
    env: tuple[str, ...] = ()
    """``NAME=value`` of the variables in effect that say where it acts (``PGHOST=db.prod``, ``RAILS_ENV=test``,
    ``KUBECONFIG=~/.kube/prod.yaml``): set as a prefix, through ``env``, exported or inherited by a nested script."""

    @property
    def name(self) -> str:
        return self.argv[0] if self.argv else ""

    @property
    def context_text(self) -> str:
        """The command with its environment context, as a finding: the target is read off both."""
        return " ".join((*map(shlex.quote, self.env), self.text)) if self.env else self.text

    @property
    def args(self) -> tuple[str, ...]:
        return self.argv[1:]

    @property
    def text(self) -> str:
        parts = [shlex.quote(a) for a in self.argv]
        parts += [f"{op} {shlex.quote(t)}" for op, t in self.redirects]
        return " ".join(parts)

    def has_flag(self, short: str = "", *long: str) -> bool:
        """True if the short flag letter appears in any ``-abc`` cluster or a long flag is given."""
        for a in self.args:
            if a == "--":
                return False
            if a.startswith("--"):
                if a.split("=", 1)[0] in long:
                    return True
            elif short and a.startswith("-") and len(a) > 1 and short in a[1:]:
                return True
        return False

    def operands(self) -> list[str]:
        """Arguments that are not flags (naive: does not know which options take values)."""
        out, rest = [], False
        for a in self.args:
            if rest or a == "-" or not a.startswith("-"):
                out.append(a)
            elif a == "--":
                rest = True
        return out


@dataclass(frozen=True, slots=True)
class Feed:
    """Code fed to an interpreter from something other than a file in the workspace."""

    source: str
    """"network", "decoded" or "literal"."""
    text: str


@dataclass(frozen=True, slots=True)
class ShellScript:
    source: str
    commands: tuple[Command, ...]
    feeds: tuple[Feed, ...] = ()
    parsed: bool = True
    fork_bomb: bool = False


@dataclass(slots=True)
class _State:
    source: str
    env: dict[str, str]
    commands: list[Command] = field(default_factory=list)
    feeds: list[Feed] = field(default_factory=list)
    files: dict[str, str | None] = field(default_factory=dict)
    """Files this command line creates: literal content, or None when downloaded."""
    decoded: set[str] = field(default_factory=set)
    """Which of those files hold decoded text (run, they are decoded code: content "" when it could not be decoded)."""
    parsed: bool = True
    cwd: str = ""
    """Where ``cd``/``pushd`` moved to so far; conservatively kept across subshells and nested scripts."""
    dirs: list[str] = field(default_factory=list)
    """The ``pushd`` stack."""
    functions: set[str] = field(default_factory=set)
    """Shell functions this command line defines: their bodies are judged where defined, a call is not a CLI."""
    aliases: dict[str, str] = field(default_factory=dict)
    """Aliases this command line defines: a later call runs the body with its arguments."""
    scripts: dict[str, str] = field(default_factory=dict)
    """package.json scripts this command line writes (``echo '{"scripts":…}' > package.json``, ``npm pkg set
    scripts.x=…``): a later ``npm test``/``npm run x``/``npm install`` runs them."""


def norm_path(path: str) -> str:
    """Canonical form for matching: ``$HOME``, ``/root``, ``/home/u``, ``/Users/u`` become ``~``; ``..`` resolved."""
    p = path.strip().strip("'\"")
    if not p:
        return p
    p = re.sub(r"^(\$\{?HOME\}?|~[\w.-]*)(?=/|$)", "~", p)
    p = re.sub(r"^(/root|/(home|Users)/[^/]+)(?=/|$)", "~", p)
    keep_dot = p.startswith("./")
    p = posixpath.normpath(p)
    if p.startswith("//"):
        p = "/" + p.lstrip("/")
    return "./" + p if keep_dot and p not in {".", ".."} and not p.startswith("../") else p


@lru_cache(maxsize=4096)
def parse_shell(source: str) -> ShellScript:
    """Analyse a command line; results are cached because agents repeat commands a lot."""
    state = _State(source=source, env={"HOME": "~", "IFS": " ", "PWD": "."})
    _analyse(source, state, 0)
    return ShellScript(
        source=source,
        commands=tuple(state.commands),
        feeds=tuple(state.feeds),
        parsed=state.parsed,
        fork_bomb="()" in source and bool(_FORK_BOMB.search(source)),
    )


_QUOTED_HEREDOC = re.compile(r"<<(-?)\s*(['\"])([\w.-]+)\2")
_COMMENT_LINE = re.compile(r"^\s*#.*$", re.M)


def _analyse(source: str, state: _State, depth: int) -> None:
    if depth > MAX_DEPTH:
        state.parsed = False
        state.feeds.append(Feed("unresolved", source[:300]))  # nested deeper than the guard follows: nobody read it
        return
    # bashlex rejects a quoted heredoc delimiter (<<'EOF') and a line that is only a comment; both are plain data.
    source = _COMMENT_LINE.sub("", _QUOTED_HEREDOC.sub(r"<<\1\3", source))
    if not source.strip():
        return
    source = _inline_arrays(source)
    try:
        nodes = _parse_closing_heredoc(source)
    except Exception:  # bashlex raises ParsingError, NotImplementedError, IndexError...
        grouped = _parse_case_as_groups(source)
        if grouped is None:
            state.parsed = False
            _fallback(source, state, depth)
            return
        source, nodes = _case_as_groups(source), grouped
    for node in nodes:
        _walk(node, source, state, depth)


_ARRAY_ASSIGNMENT = re.compile(r"(?:^|(?<=[;&|\n{(]))\s*(\w+)=\(([^()`$]*)\)\s*(?:;|&&|\n|$)")


def _inline_arrays(source: str) -> str:
    """``cmd=(pytest -q -k "not slow"); "${cmd[@]}"``: bashlex cannot read an array; each ``"${cmd[@]}"`` (or ``${cmd[*]}``)
    becomes the array's words, as bash expands it, and the assignment goes. An array appended to (``+=``) or indexed
    stays as written (judged unresolved)."""
    if "=(" not in source or "[" not in source:
        return source
    for m in list(_ARRAY_ASSIGNMENT.finditer(source)):
        name, words = m.group(1), m.group(2).strip()
        expansion = re.compile(r'"?\$\{' + name + r'\[[@*]\]\}"?')
        if f"{name}+=" in source or re.search(r"\$\{#?" + name + r"\[(?![@*]\])", source) or not expansion.search(source):
            continue
        source = expansion.sub(words.replace("\\", "\\\\"), source.replace(m.group(0), " : ;" if m.group(0).rstrip().endswith(";") else " : ", 1))
    return source


_CASE_HEAD = re.compile(r"\bcase\s+(\"[^\"\n]*\"|'[^'\n]*'|[^\s;]+)\s+in\b")
_CASE_ARM = re.compile(r"\s*(?:;;&?|;&)\s*\(?\s*[^\s();|&]+(?:\s*\|\s*[^\s();|&]+)*\s*\)")
_CASE_END = re.compile(r"\s*(?:;;&?|;&)?\s*\besac\b")


def _case_as_groups(source: str) -> str:
    """bashlex cannot parse ``case``; the subject is rarely known, so every arm may run: ``case $1 in a) x;; b) y;;
    esac`` is judged as ``{ : $1; x; y; }``."""
    return _CASE_END.sub(" ; }", _CASE_ARM.sub(";", _CASE_HEAD.sub(lambda m: "{ : " + m.group(1) + " ;;", source)))


def _parse_case_as_groups(source: str) -> list | None:
    if "esac" not in source or not _CASE_HEAD.search(source):
        return None
    try:
        return _parse_closing_heredoc(_case_as_groups(source))
    except Exception:  # still not shell bashlex reads: the conservative tokenizer judges it
        return None


_UNCLOSED_HEREDOC = re.compile(r"delimited by end-of-file \(wanted '([^'\n]+)'\)")


def _parse_closing_heredoc(source: str) -> list:
    """bashlex's parse; a here-document never closed ends at the end of the input, as bash runs it (with a warning)."""
    try:
        return bashlex.parse(source)
    except bashlex.errors.ParsingError as exc:
        unclosed = _UNCLOSED_HEREDOC.search(str(exc))
        if not unclosed:
            raise
        return bashlex.parse(f"{source}\n{unclosed.group(1)}\n")


def _walk(node, source: str, state: _State, depth: int) -> list[Command]:
    """Visit a bashlex node; return the commands of its last simple command (for pipelines)."""
    kind = node.kind
    if kind == "command":
        return _command(node, source, state, depth)
    if kind == "pipeline":
        return _pipeline([p for p in node.parts if p.kind not in {"pipe", "reservedword"}], source, state, depth)
    if kind == "compound":
        out: list[Command] = []
        for part in node.list:
            if part.kind != "reservedword":
                out = _walk(part, source, state, depth)
        return out
    if kind == "for":
        return _for_loop(node, source, state, depth)
    if kind == "function":
        name_part = next((p for p in node.parts if p.kind == "word"), None)
        if name_part is not None:
            state.functions.add(name_part.word)
        for part in node.parts:
            if part.kind == "compound":
                _walk(part, source, state, depth)
        return []
    out = []
    for part in getattr(node, "parts", ()):
        if part.kind in {"list", "command", "pipeline", "compound", "if", "for", "while", "until", "function"}:
            out = _walk(part, source, state, depth)
    return out


FOR_VALUES = 8
"""Values of a ``for`` loop's list the body is judged with, one pass each (more would repeat the same judgement)."""


def _for_loop(node, source: str, state: _State, depth: int) -> list[Command]:
    """``for d in build ~/Documents; do rm -rf "$d"; done``: the body once per listed value, the variable set to it
    (``rm -rf build``, ``rm -rf ~/Documents``); without a list (``for x; do``), once with the variable unknown."""
    parts = node.parts
    name = parts[1].word if len(parts) > 1 and parts[1].kind == "word" else ""
    words: list = []
    if len(parts) > 2 and parts[2].kind == "reservedword" and parts[2].word == "in":
        for part in parts[3:]:
            if part.kind != "word":
                break
            words.append(part)
    bodies = [p for p in parts if p.kind in {"list", "command", "pipeline", "compound", "if", "for", "while", "until"}]
    values: list[str | None] = []
    for word in words:
        value = _word(word, source, state, depth)
        values += value.split() if not any(q in source[word.pos[0] : word.pos[1]] for q in "'\"") else [value]
    out: list[Command] = []
    for item in values[:FOR_VALUES] or [None]:
        if item is not None and name:
            state.env[name] = item
        for body in bodies:
            out = _walk(body, source, state, depth)
    return out


def _pipeline(stages, source: str, state: _State, depth: int) -> list[Command]:
    produced: list[list[Command]] = []
    for stage in stages:
        before = len(state.commands)
        cmds = _walk(stage, source, state, depth)
        if produced and cmds:
            cmds = _connect(cmds, _window(produced), state, before, depth)
        produced.append(cmds)
    return produced[-1] if produced else []


PIPELINE_WINDOW = 32
"""Upstream stages a pipeline stage is connected to: far more than real pipelines have, and it keeps a
pipeline of thousands of stages linear instead of quadratic."""


def _window(produced: list[list[Command]]) -> list[list[Command]]:
    """The first stage (what produces the data: ``curl``, ``env``, ``find``) and the stages nearest the current one."""
    return produced if len(produced) <= PIPELINE_WINDOW else [produced[0], *produced[1 - PIPELINE_WINDOW :]]


def _connect(cmds: list[Command], produced: list[list[Command]], state: _State, before: int, depth: int) -> list[Command]:
    """Give a pipeline stage what its upstream feeds it: stdin text, xargs operands, code for an interpreter."""
    head = cmds[0]
    literal = _literal_output(produced)
    upstream = tuple(stage[0].name for stage in produced if stage)
    fed = replace(head, stdin=head.stdin if head.stdin is not None else literal, upstream=upstream)
    _replace(state, before, head, fed)
    if head.name in DECODERS or any(n in DECODERS for n in upstream):
        _decoded_writes(fed, _literal_output([*produced, [fed]]), state)
    out = [fed, *cmds[1:]]
    if head.name == "xargs" and len(cmds) > 1:
        inner = cmds[1]
        extra = _xargs_input(produced, literal)
        if extra:
            argv = tuple(a for a in inner.argv if a != XARGS_INPUT) + tuple(extra)
            grown = replace(inner, argv=argv, upstream=upstream)
            _replace(state, before, inner, grown)
            out[1] = grown
    elif _is_stdin_interpreter(head):
        _feed_interpreter(fed, produced, literal, state, depth)
    elif head.name in {"at", "batch"} and literal is not None:
        _analyse(literal, state, depth + 1)
    elif head.name == "ssh-keygen":
        _keygen_overwrite(head, "y" if "yes" in upstream else literal, state)
    return out


def _replace(state: _State, start: int, old: Command, new: Command) -> None:
    for i in range(start, len(state.commands)):
        if state.commands[i] is old:
            state.commands[i] = new
            return


def _xargs_input(produced: list[list[Command]], literal: str | None) -> list[str]:
    """Operands xargs would append, when the upstream is echo/printf, ``find START`` or ``ls DIR``."""
    if literal is not None:
        return literal.split()
    first = produced[0][0] if produced[0] else None
    if first is None:
        return []
    if first.name == "find":
        return find_targets(first.args)
    if first.name == "ls":
        dirs = first.operands() or ["."]
        return [d.rstrip("/") + "/*" for d in dirs]
    if first.name in {"docker", "podman"} and (first.args[:1] in (("ps",), ("images",)) or first.args[:2] in (("container", "ls"), ("image", "ls"))):
        return [f"$({' '.join(first.argv)})"]  # docker ps -q | xargs docker rm -f: the containers that listing names
    return []


FOUND = "/\u2026"
"""Suffix meaning "some entries below": ``find DIR -name x`` yields ``DIR/…``, not DIR itself."""
_NON_FILTERS = frozenset({"-type", "-maxdepth", "-mindepth", "-depth", "-xdev", "-mount", "-print", "-print0", "-delete", "-follow", "-L", "-H", "-P", "-ls"})
_FIND_ACTIONS = frozenset({"-exec", "-execdir", "-ok", "-okdir", "-delete"})


def find_targets(args: tuple[str, ...]) -> list[str]:
    """What ``find`` would hand to -delete/-exec/xargs: the start dirs, or ``DIR/…`` when filtered."""
    starts, i = [], 0
    while i < len(args) and not args[i].startswith("-") and args[i] not in {"(", "!"}:
        starts.append(args[i])
        i += 1
    filtered = False
    while i < len(args):
        a = args[i]
        if a in _FIND_ACTIONS:
            break
        if a in {"!", "-not"} and args[i + 1 : i + 2] and args[i + 1] in {"-name", "-iname", "-path", "-wholename"}:
            i += 3  # ! -name . spares a name or two and selects everything else
            continue
        if a.startswith("-") and a not in _NON_FILTERS:
            filtered = True
        i += 1
    starts = starts or ["."]
    return [s.rstrip("/") + FOUND if filtered else s for s in starts]


def find_names(args: tuple[str, ...]) -> list[str]:
    """The file-name patterns of ``-name``/``-iname`` when they are the only filters by name: what -exec reads is named so
    (``find ~ -name '*.pem' -exec cat {} +`` reads ``~/…/*.pem``); a negated or or-ed test keeps the plain ``DIR/…``."""
    if any(a in {"!", "-not", "-o", "-or"} for a in args):
        return []
    return [args[i + 1] for i, a in enumerate(args[:-1]) if a in {"-name", "-iname"}]


_STDIN_FILES = frozenset({"/dev/stdin", "/proc/self/fd/0", "/dev/fd/0"})


def _is_stdin_interpreter(cmd: Command) -> bool:
    """``sh``, ``bash -s``, ``python -``, ``source /dev/stdin`` read their program from stdin; ``bash script.sh`` does not."""
    if cmd.name in {"source", "."} or cmd.args[:1] and cmd.args[0] in _STDIN_FILES:
        return bool(cmd.args) and cmd.args[0] in _STDIN_FILES and (cmd.name in INTERPRETERS or cmd.name in {"source", "."})
    if cmd.name not in INTERPRETERS:
        return False
    if cmd.has_flag("c") or cmd.has_flag("e"):
        return False
    return all(a == "-" or a.startswith("-") for a in cmd.args)


def _feed_interpreter(head: Command, produced: list[list[Command]], literal: str | None, state: _State, depth: int) -> None:
    names = [c.name for stage in produced for c in stage[:1]]
    text = " | ".join([*(c.text for stage in produced for c in stage[:1]), head.text])
    if any(n in FETCHERS for n in names):
        state.feeds.append(Feed("network", text))
    elif any(n in DECODERS for n in names) or any(_decodes_inline(c) or _translates(c) for stage in produced for c in stage[:1]):
        state.feeds.append(Feed("decoded", text))
    else:
        state.feeds.append(Feed("literal", text))
    if literal is not None and (head.name in SHELLS or head.name in {"source", "."}):
        _analyse(literal, state, depth + 1)
    elif literal is not None:
        _code_commands(literal, state, depth, head.name)


_DECODE_CALL = re.compile(
    r"\bpack\s*\(|\bunpack\s*\(|fromhex|unhexlify|b64decode|b32decode|decodebytes|\batob\s*\(|Buffer\.from\s*\([^)]*,\s*['\"](?:hex|base64)"
    r"|fromCharCode|hex2bin|base64_decode|gzinflate|str_rot13|codecs\.decode|decode\s*\(\s*['\"](?:hex|base64|rot13)|Base64\.decode|\.unpack1?\s*\(")
"""A decoding call in inline interpreter code: what the program prints is decoded text."""


def _decodes_inline(cmd: Command) -> bool:
    """``perl -e 'print pack("H*", "…")'``, ``python3 -c 'print(bytes.fromhex("…").decode())'``: a program printing decoded text."""
    return cmd.name in INTERPRETERS and cmd.name not in SHELLS and any(_DECODE_CALL.search(a) for a in cmd.args)


def _translates(cmd: Command) -> bool:
    """``tr 'A-Za-z' 'N-ZA-Mn-za-m'`` maps one character set onto another (rot13 and kin): its output is encoded text decoded;
    ``tr -d '\\r'`` only deletes characters and decodes nothing."""
    return cmd.name == "tr" and len(cmd.operands()) == 2 and not cmd.has_flag("d")


_TRANSFORMS = frozenset({"base64", "base32", "tr", "rev", "xxd"})


def _literal_output(produced: list[list[Command]]) -> str | None:
    """What a pipeline prefix prints, when statically known: echo/printf, optionally decoded."""
    out: str | None = None
    for stage in produced:
        if not stage:
            return None
        cmd = stage[0]
        if out is None and cmd.stdin is not None and cmd.name in _TRANSFORMS:
            out = cmd.stdin  # a here-string or heredoc decoded by the stage it feeds: tr 'a-z' 'n-za-m' <<< '…'
        if cmd.name in {"echo", "printf"}:
            args = [a for a in cmd.args if not re.fullmatch(r"-[neE]+", a)]
            out = _printf(args) if cmd.name == "printf" else _escapes(" ".join(args)) if cmd.has_flag("e") else " ".join(args).replace("\\n", "\n")
        elif cmd.name == "cat" and cmd.stdin is not None and not cmd.operands():
            out = cmd.stdin
        elif (cmd.name == "pwd" or cmd.argv[:3] == ("git", "rev-parse", "--show-toplevel")) and out is None:
            out = cmd.cwd or "."  # the repository's top is the agent's project
        elif out is None and (cmd.name in {"which", "whereis"} or cmd.argv[:2] in (("command", "-v"), ("type", "-p"), ("type", "-P"))) and cmd.operands():
            out = cmd.operands()[-1]  # $(which rm) is rm's path: the program it names
        elif cmd.name == "mktemp" and out is None:
            out = _mktemp_path(cmd.args)
        elif out is not None and cmd.name in {"base64", "base32"} and cmd.has_flag("d", "--decode"):
            out = _b64(out, cmd.name)
        elif out is not None and cmd.name == "tr" and len(cmd.operands()) == 2 and not cmd.args[0].startswith("-"):
            source, target = (_tr_set(o) for o in cmd.operands())
            out = out.translate(str.maketrans(source, (target * len(source))[: len(source)])) if source and target else out
        elif out is not None and cmd.name == "rev":
            out = "\n".join(line[::-1] for line in out.split("\n"))
        elif out is not None and cmd.name == "xxd" and cmd.has_flag("r"):
            try:
                out = bytes.fromhex(re.sub(r"\s", "", out)).decode("utf-8", "replace")
            except ValueError:
                return None
        else:
            return None
    return out


_DENO_POWERS = re.compile(r"^--allow-(all|run|write|env|ffi|sys)\b|^-A$")


def _runs_remote_module(name: str, args: tuple[str, ...]) -> bool:
    """``bun run https://…``, ``deno run -A https://…``: code from a URL run on this machine. Deno without write, run,
    env, ffi or sys permissions runs it sandboxed (it can only read what it is allowed to), so that is not counted."""
    if name not in {"deno", "bun"} or args[:1] != ("run",):
        return False
    url = any(a.startswith(("http://", "https://")) for a in args[1:])
    return url and (name == "bun" or any(_DENO_POWERS.match(a) for a in args[1:]))


def _mktemp_path(args: tuple[str, ...]) -> str:
    """Where ``mktemp`` creates its file or directory: a fresh name below ``-p DIR``/``--tmpdir``/``$TMPDIR`` for
    ``-t`` or no template, else the template itself (relative to the current directory, as mktemp does)."""
    base, template, under_tmp = "/tmp", "", False
    i = 0
    while i < len(args):
        a = args[i]
        name, eq, value = a.partition("=")
        if a in {"-p", "--tmpdir"} and i + 1 < len(args):
            base, under_tmp, i = args[i + 1], True, i + 2
            continue
        if name == "--tmpdir":
            base, under_tmp = value if eq and value else "/tmp", True
        elif a == "-t":
            under_tmp = True
        elif not a.startswith("-"):
            template = a
        i += 1
    name = (template or "tmp.XXXXXXXXXX").rsplit("/", 1)[-1]
    if template and not under_tmp:
        return template
    return f"{base.rstrip('/') or '/'}/{name}"


def _tr_set(spec: str) -> str:
    """``tr``'s character set with ranges expanded: ``n-za-m`` is n…z then a…m (rot13)."""
    return re.sub(r"(.)-(.)", lambda m: "".join(chr(c) for c in range(ord(m.group(1)), ord(m.group(2)) + 1)), spec)


_PRINTF_SPEC = re.compile(r"%[-+ #0-9.]*([sbdicqxXo%])")


def _printf(args: list[str]) -> str:
    """What ``printf FORMAT ARGS…`` prints: the format's escapes, each conversion filled with the next argument, the
    format reused while arguments remain (``printf '%s' 'cm0g…'`` prints the argument, not ``%s cm0g…``)."""
    if not args:
        return ""
    fmt, values = _escapes(args[0]), list(args[1:])
    if "%" not in fmt:
        return " ".join([fmt, *map(_escapes, values)])  # bash ignores the rest; judged as before, nothing hidden
    out: list[str] = []

    def fill(m: re.Match[str]) -> str:
        if m.group(1) == "%":
            return "%"
        value = values.pop(0) if values else ""
        return _escapes(value) if m.group(1) == "b" else value

    out.append(_PRINTF_SPEC.sub(fill, fmt))
    while values and len(out) < 64:
        out.append(_PRINTF_SPEC.sub(fill, fmt))
    return "".join(out)


def _escapes(text: str) -> str:
    """printf's and ``echo -e``'s backslash escapes: ``\\x72\\x6d`` is ``rm``."""
    text = re.sub(r"\\x([0-9a-fA-F]{1,2})", lambda m: chr(int(m.group(1), 16)), text)
    text = re.sub(r"\\0?([0-7]{1,3})", lambda m: chr(int(m.group(1), 8)), text)
    return text.replace("\\n", "\n").replace("\\t", "\t")


def _b64(text: str, name: str) -> str | None:
    raw = re.sub(r"\s", "", text)
    try:
        data = base64.b32decode(raw) if name == "base32" else base64.b64decode(raw + "=" * (-len(raw) % 4))
    except (binascii.Error, ValueError):
        return None
    return data.decode("utf-8", "replace")


def _command(node, source: str, state: _State, depth: int) -> list[Command]:
    argv: list[str] = []
    redirects: list[tuple[str, str]] = []
    stdin: str | None = None
    assignments: list[tuple[str, str]] = []
    for part in node.parts:
        if part.kind == "word":
            word = _word(part, source, state, depth)
            # an expansion's value is split into words unless quoted; a literal escaped space (Login\ Data) never is
            # (quotes inside a command substitution are its own: $(printf 'rm -rf %s' ~/x) expands unquoted)
            unquoted = getattr(part, "parts", None) and not any(q in _UNRESOLVED.sub("", source[part.pos[0] : part.pos[1]]) for q in "'\"\\")
            ifs = state.env.get("IFS", " ")
            if unquoted and ifs.strip(" \t\n"):
                word = re.sub("[" + re.escape(ifs) + "]", " ", word)
            argv += _split_words(word) if unquoted and word.strip() else [word]
        elif part.kind == "assignment":
            name, _, value = _word(part, source, state, depth).partition("=")
            assignments.append((name, value))
        elif part.kind == "redirect":
            op = part.type
            heredoc = getattr(part, "heredoc", None)
            if heredoc is not None:
                stdin = heredoc.value.rsplit("\n", 1)[0] if "\n" in heredoc.value else ""
            elif op == "<<<" and hasattr(part.output, "kind"):
                stdin = _word(part.output, source, state, depth)
            elif hasattr(part.output, "kind"):
                redirects.append((op, _word(part.output, source, state, depth)))
    if assignments and argv and _unwrap(list(argv))[:1] == ["git"]:
        for name, value in assignments:
            if name in _GIT_COMMAND_ENV and value:
                _nested(value, state, depth)
    if not argv:
        state.env.update(assignments)
        cmd = Command((), tuple(redirects))
        if redirects:
            state.commands.append(cmd)
        return [cmd] if redirects else []
    if argv[0] == "export":
        state.env.update(a.partition("=")[::2] for a in argv[1:] if "=" in a)
    if _windows_command(argv):  # bash would drop its backslashes (C:\Users\dev): judge the text as written
        _code_commands(source[node.pos[0] : node.pos[1]], state, depth, "pwsh")
    elif argv[0].lower() in {"cmd", "cmd.exe"} and argv[1:2] and argv[1].lower() in {"/c", "/k"}:  # cmd /c "rd /s /q C:\Users\dev"
        inner = re.split(r"\s/[cCkK]\s+", source[node.pos[0] : node.pos[1]], maxsplit=1)[1:]
        if inner:
            _code_commands(inner[0].strip().removeprefix('"').removesuffix('"'), state, depth, "pwsh")
    return _emit(argv, tuple(redirects), stdin, state, depth, tuple(assignments))


_UNRESOLVED = re.compile(r"\$\((?:[^()]|\([^()]*\))*\)|`[^`]*`")


def _split_words(word: str) -> list[str]:
    """Word splitting of an expanded word; a substitution left as written (``/proc/$(pgrep -f vault)/environ``) is one
    unknown value, not split at the spaces of its own text."""
    if "$(" not in word and "`" not in word:
        return word.split()
    held: list[str] = []

    def hold(m: re.Match[str]) -> str:
        held.append(m.group(0))
        return f"\0{len(held) - 1}\0"

    masked = _UNRESOLVED.sub(hold, word)
    return [re.sub(r"\0(\d+)\0", lambda m: held[int(m.group(1))], w) for w in masked.split()]


_CMDLET = re.compile(r"^[A-Z][a-z]+-[A-Z][A-Za-z]+$")
_CMD_DELETES = frozenset({"rmdir", "rd", "del", "erase"})
_PS_ALIASES = frozenset({"iex", "iwr", "irm"})
"""PowerShell's aliases for Invoke-Expression/WebRequest/RestMethod, which no Unix tool is named."""


def _windows_command(argv: list[str]) -> bool:
    """A PowerShell cmdlet (``Remove-Item``) or a cmd.exe delete with its switches (``rmdir /s /q``): Windows shells,
    which agents on Windows run and other guards' suites test."""
    head = argv[0].lower()
    return bool(_CMDLET.match(argv[0])) or head in _PS_ALIASES or head in _CMD_DELETES and any(re.fullmatch(r"/[A-Za-z]", a) for a in argv[1:])


def _word(node, source: str, state: _State, depth: int) -> str:
    """The word as the shell would see it, with what can be known substituted in."""
    parts = getattr(node, "parts", None) or []
    if not parts:
        raw = source[node.pos[0] : node.pos[1]]
        # bashlex keeps the quotes of the '\'' idiom (a quote inside single quotes) in its word, and drops quotes nested in
        # the other kind ('sh -c "rm -rf ~"'); shlex reads both as bash does
        nested = "\\'" in raw or "'" in raw and '"' in raw
        return _unquote(raw) if nested and "$'" not in raw else node.word
    start = node.pos[0]
    text = source[start : node.pos[1]]
    if "$'" in text and all(p.kind == "parameter" and not p.value for p in parts):
        return _unquote(_ANSI_C.sub(lambda m: shlex.quote(_ansi_c(m.group(1))), text))
    for part in sorted(parts, key=lambda p: p.pos[0], reverse=True):
        a, b = part.pos[0] - start, part.pos[1] - start
        if part.kind in {"commandsubstitution", "processsubstitution"}:
            before = len(state.commands)
            cmds = _walk(part.command, source, state, depth)
            value = _literal_output([[c] for c in state.commands[before:]]) if cmds else None
            if part.kind == "processsubstitution" and any(c.name in FETCHERS for c in state.commands[before:]):
                value = NETWORK_FD
            elif part.kind == "processsubstitution":
                value = _substituted_file(value, state.commands[before:], state)
            replacement = value.strip() if value is not None else source[part.pos[0] : part.pos[1]]
        elif part.kind == "parameter":
            replacement = _parameter(part.value, state.env, source[part.pos[0] : part.pos[1]])
        elif part.kind == "tilde":
            replacement = "~"
        else:
            continue
        text = text[:a] + replacement + text[b:]
    return _unquote(text)


_DEFAULTED = re.compile(r"^(\w+):?([-=])(.*)$", re.S)
_SIMPLE_PARAMETER = re.compile(r"\$\{(\w+)\}|\$(\w+)")


def _parameter(value: str, env: dict[str, str], raw: str) -> str:
    """A parameter's value when known: set in this command line, or the default of ``${VAR:-default}`` /
    ``${VAR:=default}`` for a variable this command line never set (the default is what runs where it is unset,
    and ``rm -rf ${OUT:-/}`` must be judged as ``rm -rf /``). Anything else stays as written (may point anywhere)."""
    if value in env:
        return env[value]
    defaulted = _DEFAULTED.match(value)
    if not defaulted:
        return raw
    name, op, default = defaulted.groups()
    if env.get(name):
        return env[name]
    default = _SIMPLE_PARAMETER.sub(lambda m: env.get(m.group(1) or m.group(2), m.group(0)), default)
    if op == "=":
        env[name] = default
    return default


_ANSI_C = re.compile(r"\$'((?:[^'\\]|\\.)*)'")
"""Bash's ANSI-C quoting, ``$'\\x72\\x6d'`` (``rm``); bashlex reads it as an empty parameter, so it is decoded here."""


def _ansi_c(body: str) -> str:
    try:
        return codecs.decode(body.encode("latin-1", "backslashreplace"), "unicode_escape")
    except (UnicodeDecodeError, ValueError):
        return _escapes(body)


def _unquote(text: str) -> str:
    try:
        return " ".join(shlex.split(text)) if any(q in text for q in "'\"\\") else text
    except ValueError:
        return text.replace("'", "").replace('"', "")


_CONTEXT_VAR = re.compile(r"[A-Z0-9_]*(?:ENV|ENVIRONMENT|STAGE|PROFILE|CONTEXT|HOST|URL|URI|DATABASE|DSN|KUBECONFIG|SETTINGS_MODULE|"
                          r"CLUSTER|NAMESPACE|PROJECT|IN_CONTAINER|DISABLE_DATABASE_ENVIRONMENT_CHECK)")
"""Variables that say where a command acts (host, URL, environment, profile, cluster): kept as its context."""
_ASSIGNMENT = re.compile(r"^([A-Za-z_]\w*)=(.*)$", re.S)


def _emit(argv: list[str], redirects, stdin, state: _State, depth: int, assigned: tuple[tuple[str, str], ...] = ()) -> list[Command]:
    """Unwrap wrappers and nested scripts, append every command that would run, return them.

    Context variables set for this command (``PGHOST=db.prod psql``, ``env AWS_PROFILE=prod aws``) are in effect for
    it and for any script it runs (``RAILS_ENV=production bash -c 'rails db:drop'``), then no longer."""
    if argv and _BRACE_LIST.fullmatch(argv[0]):  # {rm,-rf,~/x}: bash expands the braces into the command's words
        argv = [*argv[0][1:-1].split(","), *argv[1:]]
    unwrapped = _unwrap(argv)
    if not unwrapped:
        return []
    head = argv[len(argv) - len(unwrapped)] if len(unwrapped) <= len(argv) else unwrapped[0]
    if "/" in head and head != unwrapped[0] and _file_key(head) in state.files:
        _run_file(head, Command((head, *unwrapped[1:])), state, depth)  # curl … -o /tmp/b; chmod +x /tmp/b; /tmp/b
    prefix = (m.groups() for w in argv[: len(argv) - len(unwrapped)] if (m := _ASSIGNMENT.match(w)))
    own = [(k, v) for k, v in (*assigned, *prefix) if _CONTEXT_VAR.fullmatch(k)]
    if not own:
        return _emit_unwrapped(unwrapped, redirects, stdin, state, depth)
    saved = [(k, state.env.get(k)) for k, _ in own]
    state.env.update(own)
    try:
        return _emit_unwrapped(unwrapped, redirects, stdin, state, depth)
    finally:
        for k, v in reversed(saved):
            if v is None:
                state.env.pop(k, None)
            else:
                state.env[k] = v


def _emit_unwrapped(argv: list[str], redirects, stdin, state: _State, depth: int) -> list[Command]:
    if argv[0] in state.functions and not redirects:
        return []  # cleanup() { rm -rf ./tmp; }; trap cleanup EXIT: the body was judged where it was defined
    if argv[0] in state.aliases and depth < MAX_DEPTH:
        _nested(" ".join((state.aliases.pop(argv[0]), *map(shlex.quote, argv[1:]))), state, depth)  # alias ll='rm -rf ~'; ll
    context = tuple(f"{k}={v}" for k, v in state.env.items() if k[0].isupper() and _CONTEXT_VAR.fullmatch(k))
    cmd = Command(tuple(argv), redirects, stdin, cwd=state.cwd, env=context)
    state.commands.append(cmd)
    out = [cmd]
    name, args = cmd.name, cmd.args
    if name in {"cd", "pushd", "popd"}:
        _chdir(name, args, state)
    if re.search(r"[?*]|\[.*\]", name):
        state.feeds.append(Feed("unresolved", cmd.text))  # /bin/r? -rf x: the program is whatever the pattern matches
    if any(a.startswith(NETWORK_FD) for a in args) and (name in INTERPRETERS or name in {"source", "."}):
        state.feeds.append(Feed("network", cmd.text))
    if _runs_remote_module(name, args):
        state.feeds.append(Feed("network", cmd.text))
    if name == "nix-shell":
        code = _flag_value(args, {"--run", "--command"})  # shell code run inside the environment
        if code is not None:
            _nested(code, state, depth)
    elif name == "nix" and args[:1] == ("develop",):
        at = next((i for i, a in enumerate(args) if a in {"-c", "--command"}), None)  # the command and its arguments
        if at is not None and at + 1 < len(args):
            _emit(list(args[at + 1 :]), (), None, state, depth)
    if name in SHELLS or name in {"su", "script", "sg"}:
        code = _dash_c(args)
        if code is not None:
            _nested(code, state, depth)
        elif stdin is not None and name in SHELLS:
            state.feeds.append(Feed("literal", cmd.text))
            _analyse(stdin, state, depth + 1)
        elif name in SHELLS:
            _run_file(next((a for a in args if not a.startswith("-")), ""), cmd, state, depth)
    elif name == "eval":
        _nested(" ".join(args), state, depth)
    elif name in {"gdb", "lldb"}:  # gdb -ex 'call system("rm -rf /srv")': the debuggee runs the command
        for code in (args[i + 1] for i, a in enumerate(args[:-1]) if a in {"-ex", "--eval-command", "-o", "--one-line", "-iex"}):
            for m in re.finditer(r"\bsystem\s*\(\s*\"((?:[^\"\\]|\\.)*)\"", code):
                _nested(m.group(1), state, depth)
    elif name == "trap" and len(args) >= 2 and not args[0].startswith("-"):
        _nested(args[0], state, depth)  # trap 'rm -rf ~/work' EXIT runs it when the shell exits
    elif name in {"source", "."} and stdin is not None and args[:1] and args[0] in _STDIN_FILES:
        _nested(stdin, state, depth)
    elif name in {"source", "."}:
        _run_file(args[0] if args else "", cmd, state, depth)
    elif name in {"pwsh", "powershell", "powershell.exe", "pwsh.exe"}:
        _powershell(args, cmd, state, depth)
    elif name in AWKS:
        program = _awk_program(args)
        if program:
            _code_commands(program, state, depth, "awk")
    elif name == "git":
        for code in _git_config_commands(args):
            _nested(code, state, depth)
    elif name == "expect":
        script = _flag_value(args, {"-c"})
        for spawned in _expect_spawns(script if script is not None else stdin or ""):
            _nested(spawned, state, depth)
    elif name in {"make", "gmake"} and (makefile := _makefile(args, stdin, state)) != "":
        if makefile is None:
            state.feeds.append(Feed("network", cmd.text))  # a Makefile this line downloaded: its recipes are fetched code
        else:
            _nested(_recipes(makefile), state, depth)
    elif name in _SCRIPT_RUNNERS and not (args and args[0].startswith("-")) and (state.scripts or args[:2] in (("pkg", "set"), ("set-script",))):
        _package_scripts(name, args, state, depth)
    elif name in {"at", "batch"} and stdin is not None:
        _nested(stdin, state, depth)
    elif (django_code := _django_shell_code(name, args)) is not None:
        _code_commands(django_code, state, depth, "python")
    elif name in INTERPRETERS:
        code = _flag_value(args, {"-c", "-e", "-E", "-r", "-p", "--eval", "eval"})
        if code is not None:
            after = list(args[args.index(code) + 1 :]) if code in args else []
            runs_after = bool(after) and bool(_RUNS_ARGV.search(code))
            _code_commands(code, state, depth, name, argv_known=runs_after)
            if runs_after:  # perl -e 'system @ARGV' rm -rf /srv: the arguments are the command
                _emit(after[1:] if after[0] in {"--", "_", "-"} else after, (), None, state, depth)
            if re.search(r"\$\((curl|wget)\b", code):
                state.feeds.append(Feed("network", cmd.text))
        elif stdin is not None and _is_stdin_interpreter(cmd):
            _code_commands(stdin, state, depth, name)
        else:
            _run_file(next((a for a in args if not a.startswith("-")), ""), cmd, state, depth)
    elif "/" in name:
        _run_file(name, cmd, state, depth)
    elif name == "xargs":
        inner = _xargs_command(args)
        if inner:
            attached = next((a[2:] for a in args if a.startswith(("-I", "-J")) and len(a) > 2), None)  # -I% is -I %
            replstr = _flag_value(args, {"-I", "-J"}) or attached or ("{}" if any(a.startswith("-I") for a in args) else None)
            given = (stdin or "").split()  # xargs … <<< "$HOME": the here-string is its input
            fill = given[0] if given else XARGS_INPUT
            inner = [a.replace(replstr, fill) if replstr in a else a for a in inner] if replstr else [*inner, *(given or [XARGS_INPUT])]
            out += _emit(inner, (), None, state, depth)
    elif name in {"fd", "fdfind"}:
        inner = _fd_exec(args)
        if inner:
            ops = _fd_operands(args)
            target = (ops[1] if len(ops) > 1 else ".").rstrip("/") + FOUND
            _emit([target if a == "{}" else a for a in inner] + ([] if "{}" in inner else [target]), (), None, state, depth)
    elif name == "find":
        targets = find_targets(args)
        names = find_names(args)
        for inner in _find_execs(args):
            carried = _unwrap(list(inner))[:1] != ["rm"] or bool(names) and all(is_build_name(n) for n in names)
            named = [t + "/" + n for t in targets if t.endswith(FOUND) for n in names] if carried else []
            for target in named or targets:
                _emit([target if a == "{}" else a for a in inner], (), None, state, depth)
    elif name == "ssh":
        for local in _ssh_local_commands(args):
            _nested(local, state, depth)  # -o ProxyCommand='…' runs here, before the connection
        remote = _ssh_remote(args)
        script = remote or stdin  # ssh host <<'EOF' … EOF: the remote shell reads its script from stdin
        if script:
            with _elsewhere(state, _ssh_host(args)):
                _nested(script, state, depth)
    elif name == "parallel":
        out += _parallel(args, state, depth)
    elif name == "alias":
        state.aliases.update((k, v) for k, eq, v in (a.partition("=") for a in args) if eq and v and re.fullmatch(r"[\w.:-]+", k))
    elif name in {"tar", "gtar", "bsdtar"} and (hooks := _tar_commands(args)):
        for hook in hooks:
            _nested(hook, state, depth)
    elif name in {"sed", "gsed"} and (hooks := _sed_commands(args)):
        for hook in hooks:
            _nested(hook, state, depth)
    elif name in _EDITORS and (hooks := _editor_commands(args)):
        for hook in hooks:
            _nested(hook, state, depth)
    else:
        elsewhere = remote_command(cmd)
        place = _remote_place(cmd) if elsewhere else ""
        container = _local_container(cmd, elsewhere) if elsewhere and not place else ""
        with _elsewhere(state, place, "REMOTE_HOST"), _elsewhere(state, container, "IN_CONTAINER"):
            if isinstance(elsewhere, str):
                _nested(elsewhere, state, depth)
            elif elsewhere:
                out += _emit(elsewhere, (), None, state, depth)
        if not elsewhere and name not in _DATA_TOOLS:
            _handed_on(name, args, stdin, state, depth)
    if name in {"curl", "wget"}:
        output = _download_output(name, args)
        if output and output != "-":
            state.files[_file_key(output)] = None
    if name == "ssh-keygen":
        _keygen_overwrite(cmd, stdin, state)
    if name in DECODERS:
        _decoded_writes(cmd, None, state)
    if name in {"echo", "printf", "cat"}:
        words = [a for a in args if not re.fullmatch(r"-[neE]+", a)]
        content = stdin if name == "cat" else _printf(words) if name == "printf" and "%" in (words or [""])[0] else " ".join(words)
        for op, target in redirects:
            if op in {">", ">>"} and content is not None:
                key = _file_key(target)
                state.files[key] = content.replace("\\n", "\n")
                if key.rsplit("/", 1)[-1] == "package.json":
                    state.scripts.update(_json_scripts(state.files[key] or ""))
    return out


_DATA_TOOLS = frozenset({"echo", "printf", "grep", "egrep", "fgrep", "rg", "ag", "ack", "git", "sed", "gsed", "jq", "yq", "man", "which", "type",
                         "whereis", "apropos", "tldr", "logger", "notify-send", "help", "info", "compgen", "complete", "hash", "test", "["})
"""Commands whose words are text they print, search or store, never a command they run."""
_PROGRAMS = SHELLS | INTERPRETERS | frozenset(_WRAPPERS) | frozenset({
    "rm", "rmdir", "shred", "dd", "mkfs", "wipefs", "truncate", "find", "xargs", "chmod", "chown", "mv", "cp", "curl", "wget", "nc", "scp",
    "rsync", "ssh", "git", "gh", "terraform", "tofu", "pulumi", "aws", "gcloud", "az", "kubectl", "helm", "docker", "podman", "psql", "mysql",
    "dropdb", "redis-cli", "mongosh", "systemctl", "crontab", "iptables", "kill", "pkill", "killall", "eval", "env", "sudo", "su", "tee"})
"""Programs a runner's ``--`` hands its words to (``cpulimit -l 50 -- rm -rf x``, ``op run -- terraform destroy``)."""
_EVAL_OPTIONS = frozenset({"-e", "--eval", "eval", "-c", "--command", "--code", "--exec", "-x"})
_DB_SHELL_ESCAPE = re.compile(r"(?:^|[;\n])\s*(?:\\!|\.shell\b|\.system\b|system\b)[ \t]*([^;\n]+)")
"""A database shell's escape to the operating system: psql/mysql ``\\! CMD``, sqlite3 ``.shell CMD``, mysql ``system CMD``."""


def _handed_on(name: str, args: tuple[str, ...], stdin: str | None, state: _State, depth: int) -> None:
    """What a command this module does not model hands to something else to run: a shell given code (``bwrap … sh -c
    CODE``), a program after ``--``, a database shell's OS escape, code in an unlisted interpreter's eval option
    (``crystal eval 'system("…")'``): each is judged as run."""
    for i, a in enumerate(args[:-2]):
        if a.rsplit("/", 1)[-1] in SHELLS and re.fullmatch(r"-[a-z]*c[a-z]*", args[i + 1]):
            _nested(args[i + 2], state, depth)
            return
    if "--" in args:
        tail = list(args[args.index("--") + 1 :])
        if tail and tail[0].rsplit("/", 1)[-1] in _PROGRAMS:
            _emit(tail, (), None, state, depth)
            return
    if name in {"psql", "mysql", "mariadb", "sqlite3", "duckdb"}:
        for text in (*args, stdin or ""):
            for m in _DB_SHELL_ESCAPE.finditer(text):
                _nested(m.group(1), state, depth)
        return
    code = _flag_value(args, _EVAL_OPTIONS)
    if code and any(c in code for c in "(\"'`"):
        _code_commands(code, state, depth, name)


_KEYGEN_READS = frozenset({"-l", "-y", "-R", "-F", "-H", "-e", "-i", "-p", "-c", "-B", "-Q", "-k", "-L", "-Y", "-D", "-lf", "-yf", "-lvf"})
"""ssh-keygen modes that read, convert, sign with or re-protect a key rather than generate one over ``-f FILE``."""
_DEFAULT_KEY = re.compile(r"(?:^|/)\.ssh/id_(?:rsa|dsa|ecdsa|ed25519)(?:_sk)?$")
"""The key ssh uses by default, so one the user already has: a new key under another name replaces nothing."""


def _keygen_overwrite(cmd: Command, answer: str | None, state: _State) -> None:
    """ssh-keygen asks before replacing a key file and, without a terminal, gives up; answered yes (``<<< y``,
    ``yes |``) over the default key, it replaces the user's key: judged as a write of it."""
    key = _flag_value(cmd.args, {"-f"}) or ""
    if answer is not None and answer.strip().lower().startswith("y") and not _KEYGEN_READS & set(cmd.args) and _DEFAULT_KEY.search(key):
        state.commands.append(Command((":",), ((">", key),), cwd=state.cwd))

_MAKEFILES = ("GNUmakefile", "makefile", "Makefile")


def _makefile(args: tuple[str, ...], stdin: str | None, state: _State) -> str | None:
    """The text of the Makefile ``make`` reads when this command line wrote (None: downloaded) it, else ""."""
    named = _flag_value(args, {"-f", "--file", "--makefile"})
    if named in {"-", "/dev/stdin"}:
        return stdin or ""
    if not state.files:
        return ""
    for candidate in [named] if named else _MAKEFILES:
        key = _file_key(resolve(_flag_value(args, {"-C", "--directory"}) or "", candidate))
        if key in state.files:
            return state.files[key]
    return ""


_MAKE_VARIABLE = re.compile(r"\$[({](\w+)[)}]")


def _recipes(makefile: str) -> str:
    """Every recipe line (tab-led; a written ``\\t`` too) as shell, make's ``$(HOME)`` as the shell's ``${HOME}``: the
    targets run are rarely known, so all of them are judged."""
    lines = (line.removeprefix("\\t").lstrip("\t") for line in makefile.splitlines() if line.startswith(("\t", "\\t")))
    return "\n".join(_MAKE_VARIABLE.sub(r"${\1}", line.strip().lstrip("@-+")).replace("$$", "$") for line in lines)


_SCRIPT_RUNNERS = frozenset({"npm", "pnpm", "yarn", "bun"})
_INSTALLS = frozenset({"install", "i", "ci", "add", "isntall"})
_LIFECYCLE = ("preinstall", "install", "postinstall", "prepare")


def _json_scripts(text: str) -> dict[str, str]:
    try:
        scripts = json.loads(text).get("scripts")
    except (ValueError, AttributeError):
        return {}
    return {k: v for k, v in scripts.items() if isinstance(v, str)} if isinstance(scripts, dict) else {}


def _package_scripts(name: str, args: tuple[str, ...], state: _State, depth: int) -> None:
    """Store scripts ``npm pkg set``/``npm set-script`` define; judge those a run, test, start or install runs."""
    if args[:2] == ("pkg", "set"):
        state.scripts.update((k.removeprefix("scripts."), v) for k, eq, v in (a.partition("=") for a in args[2:]) if eq and k.startswith("scripts."))
        return
    if args[:1] == ("set-script",) and len(args) >= 3:
        state.scripts[args[1]] = args[2]
        return
    verb = args[0] if args else "install" if name == "yarn" else ""
    if verb in {"run", "run-script"}:
        wanted: tuple[str, ...] = args[1:2]
    elif verb in _INSTALLS:
        wanted = _LIFECYCLE
    elif verb in {"t", "tst"}:
        wanted = ("test",)
    else:
        wanted = (verb,) if verb in {"test", "start", "stop", "restart"} or name != "npm" else ()
    for script in wanted:
        for step in (f"pre{script}", script, f"post{script}"):
            if step in state.scripts:
                _nested(state.scripts[step], state, depth)


def _download_output(name: str, args: tuple[str, ...]) -> str | None:
    """The file a download writes: curl -o F (-sLo F), wget -O F (-qO F); curl -O and wget without -O save it
    under the URL's last path segment."""
    value_letter, remote = ("o", name == "wget") if name == "curl" else ("O", True)
    for i, a in enumerate(args):
        if re.fullmatch(rf"-[A-Za-z]*{value_letter}", a) or a in {"--output", "--output-document"}:
            return args[i + 1] if i + 1 < len(args) else None
        if a.startswith(("--output=", "--output-document=")):
            return a.split("=", 1)[1]
        if name == "curl" and (a == "--remote-name" or re.fullmatch(r"-[A-Za-z]*O[A-Za-z]*", a)):
            remote = True
    url = next((a for a in args if "://" in a), "") if remote else ""
    return re.split(r"[?#]", url)[0].rstrip("/").rsplit("/", 1)[-1] if url.count("/") > 2 else None


AWKS = frozenset({"awk", "gawk", "mawk", "nawk", "busybox-awk"})
_AWK_VALUE_OPTS = frozenset({"-F", "-v", "-f", "--field-separator", "--assign", "--file"})


def _awk_program(args: tuple[str, ...]) -> str:
    """The program text of ``awk [-F x] [-v a=b] 'program' files…`` ('' when it comes from a file)."""
    i = 0
    while i < len(args) and args[i].startswith("-") and args[i] != "--":
        if args[i] in {"-f", "--file"}:
            return ""
        i += 2 if args[i] in _AWK_VALUE_OPTS else 1
    if i < len(args) and args[i] == "--":
        i += 1
    return args[i] if i < len(args) else ""


_GIT_COMMAND_KEYS = frozenset({"core.sshcommand", "core.pager", "core.editor", "core.fsmonitor", "diff.external", "sequence.editor",
                               "gpg.program", "core.askpass", "credential.helper", "uploadpack.packobjectshook", "protocol.ext.allow"})


_GIT_COMMAND_ENV = frozenset({"GIT_SSH_COMMAND", "GIT_SSH", "GIT_PAGER", "GIT_EDITOR", "GIT_EXTERNAL_DIFF", "GIT_ASKPASS", "GIT_SEQUENCE_EDITOR",
                              "EDITOR", "VISUAL", "PAGER"})
"""Environment variables whose value git runs as a shell command (``GIT_SSH_COMMAND='sh -c …' git fetch``)."""


_TAR_HOOKS = ("--checkpoint-action=exec=", "--to-command=", "--use-compress-program=", "--info-script=", "--new-volume-script=")


_SED_EXECUTE = re.compile(r"(?:^|[;\n{}])\s*(?:\d+|\$|/[^/\n]*/)?(?:,\s*(?:\d+|\$|/[^/\n]*/))?\s*e\s+([^;\n}]+)")
"""GNU sed's ``e COMMAND``: runs COMMAND (``sed -n '1e rm -rf ~/x' f``)."""


def _sed_commands(args: tuple[str, ...]) -> list[str]:
    """Shell commands a GNU sed script runs with its ``e`` command; the script is -e/--expression's value or the first operand."""
    scripts = [args[i + 1] for i, a in enumerate(args[:-1]) if a in {"-e", "--expression"}]
    scripts += [a.split("=", 1)[1] for a in args if a.startswith("--expression=")]
    if not scripts:
        scripts = [a for a in args if not a.startswith("-")][:1]
    return [m.group(1).strip() for s in scripts for m in _SED_EXECUTE.finditer(s)]


_EDITORS = frozenset({"vim", "nvim", "vi", "ex", "view", "gvim", "vimdiff"})
_EDITOR_SHELL = re.compile(r"^:*\s*(?:\d+|%)?\s*(?:r(?:ead)?|w(?:rite)?|sil(?:ent)?!?|exe(?:cute)?\s+['\"]?)?\s*!(.+)$", re.S)


def _editor_commands(args: tuple[str, ...]) -> list[str]:
    """Shell commands vim's -c/+ commands run (``vim -c ':!rm -rf ~/x' -c q``, ``vim +'!make' +q``)."""
    commands = [args[i + 1] for i, a in enumerate(args[:-1]) if a in {"-c", "--cmd"}] + [a[1:] for a in args if a.startswith("+")]
    return [m.group(1).strip().rstrip("'\"") for c in commands if (m := _EDITOR_SHELL.match(c.strip()))]


def _tar_commands(args: tuple[str, ...]) -> list[str]:
    """Shell commands tar runs: --checkpoint-action=exec=CMD, --to-command, -I/--use-compress-program, -F/--info-script."""
    out = [a.split("=", 2)[-1] if a.startswith("--checkpoint-action") else a.split("=", 1)[1] for a in args if a.startswith(_TAR_HOOKS)]
    out += [args[i + 1] for i, a in enumerate(args[:-1]) if a in {"-I", "--use-compress-program", "--to-command", "-F", "--info-script"}]
    return [c for c in out if c]


def _git_config_commands(args: tuple[str, ...]) -> list[str]:
    """Shell commands git would run because of ``-c key=value``: an alias ``!cmd``, core.sshCommand, a pager or editor."""
    out = []
    for i, a in enumerate(args):
        if a != "-c" or i + 1 >= len(args):
            continue
        key, _, value = args[i + 1].partition("=")
        key = key.lower()
        if key.startswith("alias.") and value.startswith("!"):
            out.append(value[1:])
        elif key in _GIT_COMMAND_KEYS and value and not (key == "credential.helper" and not value.startswith("!")):
            out.append(value.removeprefix("!"))
    ops = [a for a in args if not a.startswith("-")]
    if ops[:1] == ["config"] and len(ops) >= 3:  # stored to run later: alias.st '!curl … | sh', core.sshCommand, core.pager
        key, value = ops[1].lower(), ops[2]
        if key.startswith("alias.") and value.startswith("!"):
            out.append(value[1:])
        elif key in _GIT_COMMAND_KEYS and not (key == "credential.helper" and not value.startswith("!")):
            out.append(value.removeprefix("!"))
    if ops[:2] == ["submodule", "foreach"]:
        rest = list(args[args.index("foreach") + 1 :])
        while rest and rest[0] in {"--recursive", "-q", "--quiet"}:
            rest = rest[1:]
        if rest:
            out.append(rest[0] if len(rest) == 1 else shlex.join(rest))  # git submodule foreach --recursive git reset --hard: runs in every submodule
    return out


_EXPECT_SPAWN = re.compile(r"(?:^|[;\n\[{])\s*spawn\s+(?:-\w+\s+)*([^;\n\]}]+)")


def _expect_spawns(script: str) -> list[str]:
    """The commands an expect script starts (``spawn ssh host "rm -rf /srv"``); Tcl braces quote like single quotes."""
    return [m.group(1).replace("{", "'").replace("}", "'") for m in _EXPECT_SPAWN.finditer(script)]


_RUNS_ARGV = re.compile(r"\b(?:system|exec\w*|spawn\w*|check_call|check_output|run|call|Popen|popen)\b\s*\(?\s*[*\[]?\s*"
                        r"(?:@ARGV|ARGV|sys\.argv|process\.argv|\$argv|os\.Args|arg)\b")
"""Interpreter code that runs its own command-line arguments as a command."""
_LOCAL_RUNNERS = frozenset({"docker", "podman", "nerdctl", "finch", "docker-compose", "vagrant", "multipass", "lxc", "incus", "distrobox-enter",
                            "toolbox", "wsl", "wsl.exe", "flatpak-spawn", "nsenter", "systemd-run", "runuser", "machinectl", "chroot", "tmux", "screen"})
"""Wrappers whose command runs on this machine (a local container, VM or session), unless told of another daemon."""
_LOCAL_CLUSTER = re.compile(r"(?:^|[\s,=/])(?:kind|minikube|k3d|docker-desktop|rancher-desktop|orbstack|colima)(?:-[\w.-]+)?(?:$|[\s,])")


@contextmanager
def _elsewhere(state: _State, place: str, variable: str = "REMOTE_HOST") -> Iterator[None]:
    """Judge a nested command as running at ``place`` (``REMOTE_HOST=db-prod-1``): its localhost is that machine's,
    so a test database there is not this machine's, and a production name in the place names its environment.
    ``IN_CONTAINER=compose,exec,db`` says it runs in a container of this machine's daemon instead."""
    if not place:
        yield
        return
    saved = state.env.get(variable)
    state.env[variable] = place
    try:
        yield
    finally:
        if saved is None:
            state.env.pop(variable, None)
        else:
            state.env[variable] = saved


_CONTAINER_RUNNERS = frozenset({"docker", "podman", "nerdctl", "finch", "docker-compose"})


def _local_container(cmd: Command, inner: list[str] | str) -> str:
    """The container a local runner's command runs in, as one word: the runner's words before the command (its options
    and the container's name, with a compose file that may name its environment: ``compose,-f,compose.prod.yml,exec,db``);
    '' for other wrappers."""
    if cmd.name not in _CONTAINER_RUNNERS:
        return ""
    args = list(cmd.args)
    if isinstance(inner, list) and inner and args[-len(inner) :] == inner:
        args = args[: -len(inner)]
    elif isinstance(inner, str) and inner in args:
        args = args[: args.index(inner)]
    return ",".join(a for a in args if a != "--")[:160].replace(" ", "_") or cmd.name


def _ssh_host(args: tuple[str, ...]) -> str:
    i = 0
    while i < len(args) and args[i].startswith("-"):
        i += 2 if len(args[i]) == 2 and args[i][1] in _SSH_VALUE_OPTS else 1
    return args[i].rsplit("@", 1)[-1] if i < len(args) else "ssh"


def _remote_place(cmd: Command) -> str:
    """Where a wrapper's command runs, as one word: '' on this machine (a local container, VM, kind/minikube cluster)."""
    if cmd.name in _LOCAL_RUNNERS and not any(a in {"-H", "--host", "--context"} for a in cmd.args):
        return ""
    place = ",".join((cmd.name, *(a for a in cmd.args if a != "--")))[:200].replace(" ", "_")
    return "" if cmd.name in {"kubectl", "oc", "k"} and _LOCAL_CLUSTER.search(place.replace(",", " ")) else place


_PWSH_VALUE_OPTS = frozenset({"-w", "-windowstyle", "-ep", "-ex", "-executionpolicy", "-wd", "-workingdirectory", "-of", "-outputformat",
                              "-if", "-inputformat", "-configurationname", "-settingsfile", "-psconsolefile", "-version", "-v"})


def _powershell(args: tuple[str, ...], cmd: Command, state: _State, depth: int) -> None:
    """``pwsh -c …``/``-Command``/``-EncodedCommand`` (base64 UTF-16LE, decoded and judged as well as flagged)."""
    skip = False
    for i, a in enumerate(args):
        flag = a.lower()
        if skip or flag in _PWSH_VALUE_OPTS:
            skip = not skip  # -WindowStyle Hidden, -ExecutionPolicy Bypass: the value is not the command
            continue
        if flag in {"-c", "-command", "-cmd"} and i + 1 < len(args):
            _code_commands(" ".join(args[i + 1 :]), state, depth, "pwsh")
            return
        if flag in {"-e", "-enc", "-ec", "-encodedcommand"} and i + 1 < len(args):
            state.feeds.append(Feed("decoded", cmd.text))
            try:
                code = base64.b64decode(args[i + 1] + "=" * (-len(args[i + 1]) % 4)).decode("utf-16-le")
            except (binascii.Error, ValueError):
                return
            _code_commands(code, state, depth, "pwsh")
            return
        if not a.startswith("-"):
            if not a.lower().endswith(".ps1"):
                _code_commands(" ".join(args[i:]), state, depth, "pwsh")
            return


def _parallel(args: tuple[str, ...], state: _State, depth: int) -> list[Command]:
    """``parallel CMD ::: a b``: CMD once per argument (``{}`` replaced), or fed from stdin."""
    words = list(args)
    while words and words[0].startswith("-"):
        words = words[2:] if words[0] in {"-j", "-S", "--jobs", "-a"} else words[1:]
    split = words.index(":::") if ":::" in words else len(words)
    inner, values = words[:split], words[split + 1 :]
    if len(inner) == 1 and " " in inner[0]:
        inner = shlex.split(inner[0])
    out: list[Command] = []
    for value in values or [XARGS_INPUT]:
        argv = [value if a == "{}" else a for a in inner] if "{}" in inner else [*inner, value]
        out += _emit(argv, (), None, state, depth)
    return out


def resolve(cwd: str, path: str) -> str:
    """A path operand as seen from the agent's starting directory, given the command's ``cwd``."""
    if not cwd or not path or path.startswith(("/", "~", "$", "`")):
        return path
    return posixpath.join(cwd, path)


def _chdir(name: str, args: tuple[str, ...], state: _State) -> None:
    """Follow ``cd``/``pushd``/``popd`` so that ``cd /tmp/x && rm -rf victim`` is seen as ``rm -rf /tmp/x/victim``."""
    if name == "popd":
        new = state.dirs.pop() if state.dirs else "$OLDPWD"
    else:
        ops = [a for a in args if a == "-" or not a.startswith("-")]
        target = ops[0] if ops else "~"
        if target == "-" or target.startswith(("+", "-")):
            new = "$OLDPWD"
        else:
            new = resolve(state.cwd or ".", target)
        if name == "pushd":
            state.dirs.append(state.cwd)
    new = norm_path(new) if new else ""
    state.cwd = "" if new in {"", "."} else new
    state.env["PWD"] = state.cwd or "."


def _file_key(path: str) -> str:
    return norm_path(path).removeprefix("./")


def _decoded_writes(cmd: Command, text: str | None, state: _State) -> None:
    """Files a decoding command writes (``… | base64 -d > x.sh``): decoded code if run later, its text when known."""
    for op, target in cmd.redirects:
        if op in {">", ">>", ">|"}:
            key = _file_key(target)
            state.files[key] = text if text is not None else state.files.get(key) or ""
            state.decoded.add(key)


def _substituted_file(output: str | None, produced: list[Command], state: _State) -> str | None:
    """``<(…)`` as a file this command line wrote: its known output, or decoded text nobody could read ("")."""
    decoded = any(c.name in DECODERS for c in produced)
    if output is None and not decoded:
        return None
    key = f"{SUBSTITUTED_FD}{len(state.files)}"
    state.files[key] = output if output is not None else ""
    if decoded:
        state.decoded.add(key)
    return key


def _run_file(path: str, cmd: Command, state: _State, depth: int) -> None:
    """A script run from a file this same command line downloaded (network), wrote or decoded (analysed)."""
    key = _file_key(path) if path else ""
    if key not in state.files:
        return
    if key in state.decoded:
        state.feeds.append(Feed("decoded", cmd.text))
    content = state.files[key]
    if content is None:
        state.feeds.append(Feed("network", cmd.text))
    elif cmd.name in INTERPRETERS - SHELLS:
        _code_commands(content, state, depth + 1, cmd.name)
    else:
        _analyse(content, state, depth + 1)


def _nested(code: str, state: _State, depth: int) -> None:
    if "$(" in code and re.search(r"\$\((curl|wget)\b", code) or re.search(r"`(curl|wget)\b", code):
        state.feeds.append(Feed("network", code))
    _analyse(code, state, depth + 1)


def _code_commands(code: str, state: _State, depth: int, language: str = "", argv_known: bool = False) -> None:
    """What a Python/Perl/Ruby/Node program does, as commands (``rmtree(p)`` -> ``rm -rf p``), nested shell
    strings (``system(…)``, backticks), writes, and code built at run time (a decoded or unresolved feed).
    ``argv_known``: the caller judges the program's arguments as the command it runs with them."""
    found = analyse_code(code, language)
    if found.runs_argv and not argv_known:
        state.feeds.append(Feed("unresolved", code[:300]))
    for argv in found.argvs:
        _emit(list(argv), (), None, state, depth + 1)
    for text in found.shell:
        _nested(text, state, depth)
    for path in found.writes:
        state.commands.append(Command((":",), ((">", path),), cwd=state.cwd))
    for source in found.feeds:
        state.feeds.append(Feed(source, code[:300]))
    if found.reverse_shell:
        state.feeds.append(Feed("reverse_shell", code[:300]))


_VERSIONED = re.compile(r"^(python|pypy|lua|perl|ruby|php|node|tclsh)(\d+)?(?:\.\d+)+$|^(lua|perl|ruby|php|node)(\d+)$")
"""An interpreter named with its version (``python3.12``, ``lua5.4``, ``php8``) is that interpreter."""


def _unversioned(m: re.Match[str]) -> str:
    if m.group(1):
        return m.group(1) + (m.group(2) or "") if m.group(1) in {"python", "pypy"} else m.group(1)
    return m.group(3)


def _unwrap(argv: list[str]) -> list[str]:
    """Strip ``\\``, directories, ``VAR=x`` prefixes and wrappers such as sudo/env/nohup/timeout/nice."""
    while argv:
        while argv and re.match(r"^[A-Za-z_]\w*=", argv[0]):
            argv = argv[1:]
        if not argv:
            return argv
        head = argv[0].lstrip("\\")
        name = head if head.startswith((".", "$(", "`")) else _VERSIONED.sub(_unversioned, head.rsplit("/", 1)[-1])
        argv = [name, *argv[1:]]
        shell_string = _SHELL_STRING_OPTION.get(name)
        if shell_string and (value := next((argv[i + 1] for i, a in enumerate(argv[1:-1], 1) if a in shell_string), None)):
            return ["sh", "-c", value]  # flock F -c CMD, nodemon --exec CMD, entr -s CMD: a shell runs CMD
        if name == "command" and argv[1:2] in (["-v"], ["-V"]):
            return argv
        if name in _TREE_DELETERS:
            return ["rm", "-rf", *argv[1:]]
        if name.startswith("python") and argv[1:2] == ["-m"] and argv[2:3] and argv[2] in {"base64", "gzip", "zipfile", "tarfile"}:
            return [argv[2], *argv[3:]]  # python3 -m base64 -d is base64 -d
        if name == "env":
            rest = _skip_opts(argv[1:], "uC")
            split = next((i for i, a in enumerate(argv[1:-1], 1) if a in {"-S", "--split-string"}), None)
            if split is not None:  # env -S 'rm -rf /etc': one string split into the command
                rest = _shell_words(argv[split + 1]) + argv[split + 2 :]
            elif rest and rest[0].startswith("-S"):
                rest = _shell_words(rest[0][2:]) + rest[1:]
        elif name in _PACKAGE_RUNNERS or argv[1:2] in (["dlx"], ["exec"]) and name in {"pnpm", "yarn", "npm"}:
            rest = argv[1:] if name in _PACKAGE_RUNNERS else argv[2:]
            rest = _skip_opts(rest, "p")
            if rest[:1] == ["--"]:
                rest = rest[1:]
        elif name == "deno" and argv[1:2] == ["run"] and any(a.startswith(("npm:", "jsr:")) for a in argv[2:]):
            rest = argv[2:]
            while rest and rest[0].startswith("-"):
                rest = rest[1:]
            if rest:
                package = rest[0].split(":", 1)[1].lstrip("@").split("@", 1)[0].rsplit("/", 1)[-1]
                rest = [package, *rest[1:]]
        elif name in _ENV_RUNNERS and argv[1:2] == [_ENV_RUNNERS[name][0]]:
            _, runner_opts, positionals = _ENV_RUNNERS[name]
            rest, i = argv[2:], 0
            while i < len(rest) and rest[i].startswith("-") and rest[i] != "--":
                i += 1 if "=" in rest[i] or rest[i] not in runner_opts else 2
            rest = rest[i + (rest[i : i + 1] == ["--"]) :][positionals:]
            if rest[:1] == ["--"]:  # aws-vault exec PROFILE -- CMD
                rest = rest[1:]
        elif name in _WRAPPERS:
            value_opts, positionals = _WRAPPERS[name]
            rest = _skip_opts(argv[1:], value_opts)[positionals:]
            if name == "watch" and rest and not {"-x", "--exec"} & set(argv[1:]):
                rest = ["sh", "-c", " ".join(rest)]  # watch hands its words to sh -c: pipes and lists inside run
        else:
            return argv
        if not rest:
            return argv
        argv = rest
    return argv


def _shell_words(text: str) -> list[str]:
    try:
        return shlex.split(text)
    except ValueError:
        return text.split()


def _skip_opts(args: list[str], value_opts: str) -> list[str]:
    i = 0
    while i < len(args):
        a = args[i]
        if a == "--":
            return args[i + 1 :]
        if re.match(r"^[A-Za-z_]\w*=", a):
            i += 1
            continue
        if not a.startswith("-") or a == "-":
            break
        if not a.startswith("--") and a[-1] in value_opts and all(ch not in value_opts for ch in a[1:-1]):
            i += 2  # -u USER, and a cluster ending in a value option: sudo -iu postgres
            continue
        i += 1
    return args[i:]


def _dash_c(args: tuple[str, ...]) -> str | None:
    """The script given to ``sh -c``/``bash -lc``/``su -c``."""
    for i, a in enumerate(args):
        if a.startswith("-") and not a.startswith("--") and "c" in a[1:] and i + 1 < len(args):
            return args[i + 1]
        if a == "--command" and i + 1 < len(args):
            return args[i + 1]
    return None


def _django_shell_code(name: str, args: tuple[str, ...]) -> str | None:
    """``manage.py shell -c CODE`` / ``--command=CODE`` (also through python or django-admin): Python run in the project."""
    if name.startswith("python") and args[:1] and args[0].rsplit("/", 1)[-1] == "manage.py":
        args = args[1:]
    elif name.rsplit("/", 1)[-1] not in {"manage.py", "django-admin"}:
        return None
    return _flag_value(args, {"-c", "--command"}) if args[:1] == ("shell",) else None


def _flag_value(args, names: set[str] | frozenset[str]) -> str | None:
    for i, a in enumerate(args):
        if a in names and i + 1 < len(args):
            return args[i + 1]
        for n in names:
            if n.startswith("--") and a.startswith(n + "="):
                return a.split("=", 1)[1]
    return None


def _xargs_command(args: tuple[str, ...]) -> list[str]:
    i = 0
    while i < len(args):
        a = args[i]
        if a.startswith("--"):
            i += 1
        elif a.startswith("-") and len(a) > 1:
            i += 2 if a[1] in _XARGS_VALUE_OPTS and len(a) == 2 else 1
        else:
            break
    return list(args[i:])


_FD_VALUE_OPTS = frozenset({"-t", "-e", "-E", "-d", "-j", "-S", "-c", "-o", "--type", "--extension", "--exclude", "--max-depth", "--min-depth",
                            "--exact-depth", "--threads", "--size", "--changed-within", "--changed-before", "--owner", "--color", "--base-directory"})


def _fd_operands(args: tuple[str, ...]) -> list[str]:
    """fd's pattern and search paths, before its -x/-X command."""
    out, i = [], 0
    while i < len(args) and args[i] not in {"-x", "--exec", "-X", "--exec-batch"}:
        if args[i] in _FD_VALUE_OPTS:
            i += 2
            continue
        if not args[i].startswith("-"):
            out.append(args[i])
        i += 1
    return out


def _fd_exec(args: tuple[str, ...]) -> list[str]:
    """``fd PATTERN DIR -x CMD …``: the command fd runs on each result."""
    for i, a in enumerate(args):
        if a in {"-x", "--exec", "-X", "--exec-batch"}:
            return [w for w in args[i + 1 :] if w not in {";", "\\;"}]
    return []


def _find_execs(args: tuple[str, ...]) -> list[list[str]]:
    out, i = [], 0
    while i < len(args):
        if args[i] in {"-exec", "-execdir", "-ok", "-okdir"}:
            j = i + 1
            while j < len(args) and args[j] not in {";", "+", "\\;"}:
                j += 1
            out.append(list(args[i + 1 : j]))
            i = j
        i += 1
    return [o for o in out if o]


def _ssh_local_commands(args: tuple[str, ...]) -> list[str]:
    """Commands ssh runs on this machine: -o ProxyCommand=… and LocalCommand=… (also ``-oKey=`` and ``Key …``)."""
    options = [args[i + 1] for i, a in enumerate(args[:-1]) if a == "-o"] + [a[2:] for a in args if a.startswith("-o") and len(a) > 2]
    out = []
    for option in options:
        m = re.match(r"(\w+)\s*[=\s]\s*(.*)", option, re.S)
        if m and m.group(1).lower() in {"proxycommand", "localcommand"} and m.group(2).strip().lower() not in {"", "none"}:
            out.append(m.group(2).strip())
    return out


def _ssh_remote(args: tuple[str, ...]) -> str:
    i = 0
    while i < len(args) and args[i].startswith("-"):
        a = args[i]
        i += 2 if len(a) == 2 and a[1] in _SSH_VALUE_OPTS else 1
    return " ".join(args[i + 1 :])


_OPERATOR_CHARS = frozenset(";&|()")
_REDIRECTS = frozenset({">", ">>", "<", ">|", "&>", "<<<"})
_RESERVED = frozenset({"if", "then", "else", "elif", "fi", "do", "done", "while", "until", "for", "in", "case", "esac", "{", "}", "[[", "]]", "!", "time", "function"})


def _fallback(source: str, state: _State, depth: int) -> None:
    """Conservative tokenizer for what bashlex cannot parse: split on operators, judge each piece. A PowerShell line
    (``iex (New-Object Net.WebClient).DownloadString(…)``, ``Remove-Item C:\\``) is judged as PowerShell as well."""
    first = source.split(None, 1)[0] if source.strip() else ""
    if first and _windows_command([first]):
        _code_commands(source, state, depth, "pwsh")
    for m in re.finditer(r"\$\(([^()]*)\)|`([^`]*)`", source):
        _analyse(m.group(1) or m.group(2) or "", state, depth + 1)
    lexer = shlex.shlex(source.replace("\n", " ; "), posix=True, punctuation_chars=";&|()<>")
    lexer.whitespace_split = True
    try:
        tokens = list(lexer)
    except ValueError:
        tokens = source.replace("'", " ").replace('"', " ").split()
    words: list[str] = []
    redirects: list[tuple[str, str]] = []
    produced: list[list[Command]] = []
    pending_redirect = ""
    case = ""  # inside ``case WORD in PATTERN) … ;; esac``: "subject", "pattern" or "body" (only the bodies run)
    for tok in [*tokens, ";"]:
        if tok == "case" and not words:
            case = "subject"
            continue
        if case in {"subject", "pattern"}:
            case = {"in": "pattern", ")": "body", "esac": ""}.get(tok, case) if case == "pattern" or tok == "in" else case
            continue
        if case == "body" and tok in {";;", ";&", ";;&", "esac"}:
            case = "pattern" if tok != "esac" else ""
            tok = ";"
        if pending_redirect:
            redirects.append((pending_redirect, tok))
            pending_redirect = ""
        elif tok in _REDIRECTS:
            pending_redirect = tok
        elif set(tok) <= _OPERATOR_CHARS:
            before = len(state.commands)
            words = [w for w in words if w not in _RESERVED]
            cmds = _emit(words, tuple(redirects), None, state, depth) if words else []
            if produced and cmds:
                cmds = _connect(cmds, _window(produced), state, before, depth)
            produced = [*_window(produced), cmds] if tok in {"|", "|&"} else []
            words, redirects = [], []
        else:
            words.append(tok)
