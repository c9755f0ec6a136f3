"""Built-in rule packs. Each rule asks one question of a Call and names what it found.

A check returns the offending command (normalised) or path/URL, or None. Checks receive a
Context carrying the policy's allow-lists, so ``rm -rf ./build`` or ``curl docs.example.com``
can be allowed without weakening the rule for everything else.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .build import is_build_name
from .calls import DB_CLIENTS, Call
from .paths import (
    HARMLESS_DEVICES,
    TRUSTED_REGISTRIES,
    escapes_workspace,
    host_matches,
    host_of,
    is_bulk,
    is_critical,
    is_disk_device,
    is_dotenv,
    is_local_host,
    is_regenerable,
    is_secret,
    is_system,
    path_matches,
    urls_in,
    workspace_relative,
)
from .policy import Severity
from .shell import (
    FETCHERS,
    FOUND,
    INTERPRETERS,
    SHELLS,
    SOURCE_LIMIT,
    XARGS_INPUT,
    Command,
    find_names,
    find_targets,
    norm_path,
    resolve,
)
from .sql import RISKS, SqlStatement


@dataclass(frozen=True, slots=True)
class Context:
    allowed_paths: tuple[str, ...] = ()
    allowed_hosts: tuple[str, ...] = ()
    workspace: str = ""
    """The agent's working directory (normalised by ``paths.workspace_root``), '' when the caller did not say."""

    def path_allowed(self, path: str) -> bool:
        return bool(self.allowed_paths) and path_matches(path, self.allowed_paths)

    def local(self, path: str) -> str:
        """The path relative to the workspace when it lies inside it (``/work/app/*`` -> ``./*``), else normalised."""
        return workspace_relative(path, self.workspace) if self.workspace else path

    def outside(self, path: str) -> bool:
        """A delete target outside the workspace that is neither allow-listed nor regenerable (a user cache, a project's build output)."""
        return (
            escapes_workspace(path, self.workspace)
            and not self.path_allowed(path)
            and not is_regenerable(path)
        )

    def host_trusted(self, host: str) -> bool:
        """Loopback/private hosts and allow-listed hosts are not "outside"."""
        return not host or is_local_host(host) or host_matches(host, self.allowed_hosts)


Check = Callable[[Call, Context], "str | None"]


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    pack: str
    severity: Severity
    message: str
    tools: tuple[str, ...]
    """Tool-name globs or tool classes (``@shell``, ``@sql``, ``@read``, ``@write``, ``@fetch``)."""
    check: Check


RULES: list[Rule] = []
SHELL = ("@shell",)


def rule(id: str, pack: str, severity: Severity, message: str, tools: tuple[str, ...] = SHELL):
    def register(check: Check) -> Check:
        RULES.append(Rule(id, pack, severity, message, tools, check))
        return check
    return register


def command_rule(id: str, pack: str, severity: Severity, message: str):
    """A shell rule asked of every command that would run; reports the first that matches.

    Infrastructure and database commands run as a dry run, preview or help change nothing, so those packs skip them."""
    previewable = pack in {"cloud_infrastructure", "database_destruction"}
    placed = pack == "filesystem_destruction"

    def register(pred: Callable[[Command, Context], bool]):
        def check(call: Call, ctx: Context) -> str | None:
            found = next((c for c in call.commands if c.argv and pred(c, ctx) and not (previewable and dry_run(c))), None)
            if found is None:
                return None
            if placed and found.cwd.startswith(("/", "~")):  # cd /tmp && rm -rf x: the target is read where it runs
                return f"PWD={shlex.quote(found.cwd)} {found.context_text}"
            return found.context_text
        RULES.append(Rule(id, pack, severity, message, SHELL, check))
        return pred
    return register


def dry_run(cmd: Command) -> bool:
    """A dry run, preview or help of a CLI changes nothing: ``--dry-run``, ``--dry-run=server``, ``--dryrun``,
    ``--what-if``, ``--check`` (ansible), ``--noop``; not ``--dry-run=none``."""
    for a in cmd.args:
        name, _, value = a.partition("=")
        if name.lower() in {"--dry-run", "--dryrun", "--whatif", "--what-if", "-whatif", "--preview", "--noop", "--simulate"} and value != "none":
            return True
        if a == "--help" or (a in {"--check", "-C"} and cmd.name.startswith("ansible")):
            return True
    return False


def _sub(cmd: Command, skip_value_opts: Iterable[str] = ()) -> tuple[str, list[str]]:
    """Subcommand and its arguments, skipping global options (``git -C dir push`` -> push)."""
    args, i, skip = list(cmd.args), 0, set(skip_value_opts)
    while i < len(args) and args[i].startswith("-"):
        i += 2 if args[i] in skip else 1
    return (args[i], args[i + 1 :]) if i < len(args) else ("", [])


def _recursive(cmd: Command) -> bool:
    return cmd.has_flag("r", "--recursive") or cmd.has_flag("R")


# --- filesystem_destruction -------------------------------------------------------------

FS = "filesystem_destruction"
_RM = frozenset({"rm", "srm", "trash", "rmdir"})


def _views(cmd: Command, path: str, ctx: Context) -> set[str]:
    """The operand as written, as resolved against an earlier ``cd``, and relative to a known workspace."""
    resolved = resolve(cmd.cwd, path)
    return {path, resolved, ctx.local(resolved)}


def _critical(cmd: Command, path: str, ctx: Context) -> bool:
    resolved = resolve(cmd.cwd, path)
    return any(is_critical(v) for v in _views(cmd, path, ctx)) and not ctx.path_allowed(resolved) and not is_regenerable(resolved)


@command_rule("fs.rm_critical", FS, "block", "Recursive delete of the filesystem root, a home directory, a system directory or the whole workspace")
def _rm_critical(cmd: Command, ctx: Context) -> bool:
    if cmd.name not in _RM or not (_recursive(cmd) or cmd.has_flag("", "--no-preserve-root")):
        return cmd.name == "mv" and any(_critical(cmd, p, ctx) for p in cmd.operands()[:-1])
    return cmd.has_flag("", "--no-preserve-root") or any(_critical(cmd, p, ctx) for p in cmd.operands())


@command_rule("fs.rm_unresolved", FS, "approve", "Recursive delete of a path built from a variable that may be empty (would become / or /*)")
def _rm_unresolved(cmd: Command, ctx: Context) -> bool:
    return cmd.name in _RM and _recursive(cmd) and any(re.fullmatch(r"\$\{?\w+\}?/?\*?", p) for p in cmd.operands())


@command_rule("fs.rm_repository", FS, "approve", "Deleting a repository's .git directory: its whole history and every unpushed commit")
def _rm_repository(cmd: Command, ctx: Context) -> bool:
    """The project's own repository (``.git``, ``./.git``) or one outside the workspace; a nested copy under tmp/ or build/ is scratch."""
    for t in _delete_targets(cmd):
        p = norm_path(resolve(cmd.cwd, t)).removesuffix(FOUND).rstrip("/")
        if p.rsplit("/", 1)[-1] == ".git" and (p in {".git", "./.git"} or escapes_workspace(p, ctx.workspace)):
            return True
    return False


@command_rule("fs.rm_secret", FS, "approve", "Deleting a private key, credential file or key directory (cannot be recreated)")
def _rm_secret(cmd: Command, ctx: Context) -> bool:
    return cmd.name in _RM | {"unlink", "shred"} and any(is_secret(p) and escapes_workspace(p, ctx.workspace) for p in cmd.operands())


_TRUNCATORS = frozenset({"truncate", ":", "true", "cp"})


@rule("fs.truncate_outside", FS, "approve", "Emptying or overwriting a file outside the workspace (> file, truncate -s 0, cp /dev/null)", SHELL)
def _truncate_outside(call: Call, ctx: Context) -> str | None:
    """Only bare truncations: a command that writes content it shows (echo … > f) is judged by the write rules."""
    for cmd in call.commands:
        targets = [t for op, t in cmd.redirects if op in {">", ">|", "&>"}] if cmd.name in {"", ":", "true"} else []
        if cmd.name == "truncate":
            targets = [p for p in cmd.operands() if not p[:1].isdigit()]
        elif cmd.name == "cp" and cmd.operands()[:1] == ["/dev/null"]:
            targets = cmd.operands()[1:]
        targets = [t for t in targets if t not in HARMLESS_DEVICES]  # > /dev/null discards output, it empties no file
        if any(ctx.outside(resolve(cmd.cwd, t)) and not is_system(t) for t in targets):
            return cmd.text or " ".join(f"{op} {t}" for op, t in cmd.redirects)
    return None


@command_rule("fs.rm_system_file", FS, "block", "Deleting files under a system directory")
def _rm_system_file(cmd: Command, ctx: Context) -> bool:
    return cmd.name in _RM | {"unlink"} and any(is_system(p) and not ctx.path_allowed(p) for p in cmd.operands())


def _find_deletes(cmd: Command) -> bool:
    return cmd.name == "find" and ("-delete" in cmd.args or any(
        a in {"-exec", "-execdir", "-ok", "-okdir"} and i + 1 < len(cmd.args) and cmd.args[i + 1].rsplit("/", 1)[-1] in {"rm", "shred", "unlink", "srm"}
        for i, a in enumerate(cmd.args)
    ))


@command_rule("fs.find_delete", FS, "block", "find deleting everything below the root, a home or system directory, or the whole workspace")
def _find_delete(cmd: Command, ctx: Context) -> bool:
    if not _find_deletes(cmd):
        return False
    for t in find_targets(cmd.args):
        resolved = resolve(cmd.cwd, t)
        if any(is_critical(v) for v in _views(cmd, t, ctx)) and not ctx.path_allowed(resolved.removesuffix(FOUND)):
            return True
    return False


_GIT_PATH_OPTS = ("-C", "--work-tree", "--git-dir")


def _git_clean_targets(cmd: Command) -> list[str]:
    """Directories a forced ``git clean`` would empty of untracked files: the ``-C``/``--work-tree`` dir and pathspecs."""
    if cmd.name != "git":
        return []
    args, i, base = list(cmd.args), 0, "."
    while i < len(args) and args[i].startswith("-"):
        name, eq, value = args[i].partition("=")
        if name in _GIT_PATH_OPTS and (eq or i + 1 < len(args)):
            value = value if eq else args[i + 1]
            value = value.removesuffix("/.git") if name == "--git-dir" else value
            base = value if value.startswith(("/", "~", "$", "`")) else f"{base}/{value}"
            i += 1 if eq else 2
            continue
        i += 2 if args[i] in {"-c", "--namespace"} else 1
    if i >= len(args) or args[i] != "clean":
        return []
    rest = args[i + 1 :]
    short = "".join(a[1:] for a in rest if a.startswith("-") and not a.startswith("--"))
    if "n" in short or "--dry-run" in rest or not ("f" in short or "--force" in rest):
        return []
    pathspecs = [a for j, a in enumerate(rest) if not a.startswith("-") and (j == 0 or rest[j - 1] not in {"-e", "--exclude"})]
    return [base, *(p if p.startswith(("/", "~", "$")) else f"{base}/{p}" for p in pathspecs)]


def _delete_targets(cmd: Command) -> list[str]:
    """What a command would delete wholesale: recursive ``rm`` operands, ``rm`` globs (forced or not), ``find``
    start points that -delete/-exec rm act on, ``rsync --delete`` destinations, forced ``git clean`` directories."""
    if cmd.name in {"rm", "srm", "unlink"}:
        ops = cmd.operands()
        listed = bool({"find", "ls", "xargs"} & set(cmd.upstream))  # operands are a listing: ``find DIR | xargs rm -f``
        return ops if _recursive(cmd) or listed else [p for p in ops if is_bulk(p) or norm_path(resolve(cmd.cwd, p)).startswith("~")]
    if _find_deletes(cmd):
        names = find_names(cmd.args)
        targets = find_targets(cmd.args)
        if names and all(is_build_name(n) for n in names):
            return [t + "/" + n for t in targets for n in names]
        return targets
    if cmd.name == "rsync" and any(a.startswith("--delete") for a in cmd.args) and not (cmd.has_flag("n", "--dry-run")):
        ops = cmd.operands()
        return ops[-1:] if len(ops) >= 2 and not host_of(ops[-1]) else []
    return _git_clean_targets(cmd)


@command_rule(
    "fs.delete_outside_workspace", FS, "approve",
    "Recursive or bulk delete outside the agent's workspace: an absolute, ~ or ..-escaping path, or one rooted in a variable "
    "(rm -r/-rf, rm of a glob, find -delete/-exec rm, rsync --delete, forced git clean; paths after a cd are resolved). "
    "Relative paths inside the workspace (./build, node_modules, dist/) stay allowed, as do allow-listed paths and ~/.cache; "
    "/tmp is not exempt. Wiping the whole workspace (., ./*, *) is blocked by fs.rm_critical.",
)
def _delete_outside(cmd: Command, ctx: Context) -> bool:
    return any(ctx.outside(resolve(cmd.cwd, t)) for t in _delete_targets(cmd) if not _GUARDED_VARIABLE.match(t))


_GUARDED_VARIABLE = re.compile(r"^\$\{\w+:\?[^}]*\}")
"""``"${OUT_DIR:?}/"``: the shell stops if the variable is unset or empty, so the target is that directory, whatever it
is called here, never the root; not known to be outside the workspace."""


@rule("fs.disk_wipe", FS, "block", "Overwriting or formatting a disk device, or shredding files")
def _disk_wipe(call: Call, ctx: Context) -> str | None:
    for cmd in call.commands:
        if cmd.name.startswith(("mkfs", "mke2fs")) or cmd.name in {"wipefs", "blkdiscard", "shred", "sgdisk", "mkswap", "lvremove", "vgremove", "pvremove"}:
            paths = [p for p in cmd.operands() if not _SIZE.fullmatch(p)]  # mkfs.vfat -C img 65536: the block count is no target
            if cmd.name != "shred" and paths and all(_image_file(p) for p in paths):
                continue  # formatting a disk image file in the workspace or temp touches no disk
            if cmd.name == "shred" and cmd.operands() and all(_workspace_file(norm_path(resolve(cmd.cwd, p)), ctx) for p in cmd.operands()):
                continue  # shred -u ./tmp/x overwrites and deletes that one workspace file, no disk
            if not cmd.operands() or not all(ctx.path_allowed(p) for p in cmd.operands()):
                return cmd.text
        if cmd.name == "dd" and any(a.startswith("of=/dev/") and is_disk_device(a[3:]) for a in cmd.args):
            return cmd.text
        if cmd.name == "diskutil" and cmd.args[:1] and cmd.args[0].lower() in _DISKUTIL_ERASE:
            return cmd.text
        if cmd.name == "format" and any(re.fullmatch(r"[A-Za-z]:\\?", o) for o in cmd.operands()):
            return cmd.text  # Windows: format D:
    return next((via for path, _, via in call.writes if is_disk_device(path)), None)


def _workspace_file(path: str, ctx: Context) -> bool:
    """A named file below the workspace: not a device, not a glob, not the workspace itself."""
    return (bool(path) and path not in {".", "./"} and not is_disk_device(path) and not is_bulk(path)
            and not path.startswith(("/", "~", "$")) and not escapes_workspace(path, ctx.workspace))


_DISKUTIL_ERASE = frozenset({"erasedisk", "erasevolume", "zerodisk", "randomdisk", "secureerase", "partitiondisk", "reformat"})


_SIZE = re.compile(r"\d+[kKmMgG]?")


def _image_file(path: str) -> bool:
    p = norm_path(path)
    return not p.startswith(("/dev/", "~", "$")) and (not p.startswith("/") or p.startswith(("/tmp/", "/var/tmp/"))) and bool(
        re.search(r"\.(img|iso|raw|bin|qcow2|vhdx?|vmdk|dmg|fs|ext[234])$", p) or re.fullmatch(r"[\w.-]+", p)
    ) and not re.fullmatch(r"\d+[kKmMgG]?", p)


def _app_directory(path: str) -> bool:
    """A directory inside one application's tree under the web or service roots (/var/www/app/storage, /srv/app/data)."""
    p = norm_path(path).rstrip("/")
    return p.startswith(("/var/www/", "/srv/", "/opt/")) and p.count("/") >= (4 if p.startswith("/var/www/") else 3) and not any(c in p for c in "*?")


@command_rule("fs.chmod_recursive_critical", FS, "block", "Recursive permission or owner change on the root, a home or a system directory")
def _chmod_root(cmd: Command, ctx: Context) -> bool:
    """Any mode on the root, a home or a top-level system directory breaks it (keys, setuid bits, sticky /tmp); deeper in a
    system directory (/var/www/app/storage) only a mode that widens access does."""
    if cmd.name not in {"chmod", "chown", "chgrp"} or not _recursive(cmd):
        return False
    ops = cmd.operands()
    critical = [p for p in ops[1:] if is_critical(p)]
    if cmd.name != "chmod":
        # handing a home's tool directory back to its user (sudo chown -R $USER ~/.npm, the npm EACCES fix) grants nothing
        own = bool(ops) and re.fullmatch(r"(\$\{?USER\}?|\$\(whoami\)|`whoami`|\$\(id -u\))([:.](\$\{?USER\}?|\$\(id -gn?\)|staff|\$\(whoami\))?)?", ops[0])
        # nor is giving an application's own directory to the service that runs it (chown -R www-data /var/www/app/storage)
        return any(not (own and norm_path(p).startswith("~/.") and norm_path(p).count("/") == 1) and not _app_directory(p) for p in critical)
    # the workspace itself (chmod -R u+w .) is broken only by a mode that widens access, like a deeper system directory
    return any(norm_path(p).rstrip("/").count("/") <= 1 and escapes_workspace(p, ctx.workspace) or _widens(ops[0], p) for p in critical)


# --- credential_access ------------------------------------------------------------------

CRED = "credential_access"


@rule("cred.secret_read", CRED, "block", "Reading a private key, cloud/cluster credential, password store or shadow file", SHELL + ("@read",))
def _secret_read(call: Call, ctx: Context) -> str | None:
    return next((via for path, via in call.reads if is_secret(path) and not ctx.path_allowed(path)), None)


@rule("cred.dotenv_read", CRED, "approve", "Reading a .env file, which usually holds secrets", SHELL + ("@read",))
def _dotenv_read(call: Call, ctx: Context) -> str | None:
    return next((via for path, via in call.reads if is_dotenv(path) and not ctx.path_allowed(path)), None)


@rule("cred.secret_write", CRED, "block", "Writing to SSH keys or authorized_keys, or to cloud credentials", SHELL + ("@write",))
def _secret_write(call: Call, ctx: Context) -> str | None:
    return next((via for path, _, via in call.writes if (is_secret(path) and escapes_workspace(path, ctx.workspace)) or norm_path(path) == "~/.ssh/authorized_keys"), None)


@command_rule("cred.env_secret_print", CRED, "approve", "Printing secret-looking environment variables")
def _env_secret_print(cmd: Command, ctx: Context) -> bool:
    if cmd.name == "printenv":
        return any(_SECRET_VAR.search("$" + a) for a in cmd.args)
    return cmd.name in {"echo", "printf"} and any(_SECRET_VAR.search(a) for a in cmd.args)


# --- exfiltration -----------------------------------------------------------------------

EXFIL = "exfiltration"
_SECRET_VAR = re.compile(r"\$\{?\w*(KEY|TOKEN|SECRET|PASSW|CRED|AUTH|SESSION|PRIVATE)\w*\}?", re.I)
_NETWORK = frozenset({"curl", "wget", "http", "https", "httpie", "xh", "nc", "ncat", "netcat", "socat", "telnet", "openssl", "ssh", "scp", "sftp", "ftp", "mail", "sendmail", "mutt", "aws", "gsutil", "rclone"})
_SOCKETS = frozenset({"nc", "ncat", "netcat", "socat", "telnet"})
_DNS = frozenset({"dig", "nslookup", "host", "drill", "ping", "traceroute"})
_DUMPERS = frozenset({"env", "printenv", "set", "export", "cat", "tar", "zip", "gzip", "base64", "xxd", "find", "git", "history", "openssl", "gpg", "pg_dump", "mysqldump", "sqlite3",
                      "xclip", "xsel", "pbpaste", "wl-paste", "ps", "docker", "podman", "kubectl", "journalctl", "dmesg", "strings", "aws", "gcloud", "az",
                      "vault", "security"})
"""Producers of local data: the environment, files and archives, the clipboard, process lists, container and cluster state, logs."""
_CURL_UPLOAD = ("-d", "--data", "--data-binary", "--data-raw", "--data-urlencode", "--data-ascii", "-F", "--form", "--form-string", "-T", "--upload-file", "--json", "--post-file", "--post-data", "--body-file", "--body-data")


def _dest_host(cmd: Command) -> str:
    return next((h for a in cmd.args if (h := host_of(a))), "")


def _urlencoded_file(value: str) -> str:
    """curl --data-urlencode reads a file for ``name@file`` (no ``=`` before the ``@``): the value is that file."""
    name, at, path = value.partition("@")
    return "@" + path if at and "=" not in name and re.fullmatch(r"[\w.-]*", name) else value


def _upload_values(cmd: Command) -> list[str]:
    """Values given to curl/wget/httpie upload options (``-d @file``, ``-F f=@x``, ``--post-file=x``)."""
    out, args = [], cmd.args
    for i, a in enumerate(args):
        name, eq, value = a.partition("=")
        if name in _CURL_UPLOAD and eq and name.startswith("--"):
            out.append(_urlencoded_file(value) if name == "--data-urlencode" else value)
        elif a in _CURL_UPLOAD and i + 1 < len(args):
            out.append(_urlencoded_file(args[i + 1]) if a == "--data-urlencode" else args[i + 1])
        elif re.match(r"^-[dFT].", a):
            out.append(a[2:])
        elif cmd.name in {"http", "https", "httpie", "xh"} and re.match(r"^[\w-]+(=@|@)", a):
            out.append(a.split("@", 1)[1])
    return out


@command_rule("exfil.upload", EXFIL, "block", "Uploading a file, the environment or command output to an outside host")
def _upload(cmd: Command, ctx: Context) -> bool:
    if cmd.name not in {"curl", "wget", "http", "https", "httpie", "xh"} or ctx.host_trusted(_dest_host(cmd)):
        return False
    named_host = _named_host(_dest_host(cmd))
    for value in _upload_values(cmd):
        if value.startswith(("@", "<")) or "=@" in value or _leaky_substitution(value) or _SECRET_VAR.search(value):
            if named_host and _project_artifact(_uploaded_file(value), ctx):
                continue
            return value not in {"@-", "-"} or bool(set(cmd.upstream) & _DUMPERS)
        if cmd.has_flag("T", "--upload-file", "--post-file", "--body-file") or re.search(r"(^|\s)-T", " ".join(cmd.args)):
            if named_host and _project_artifact(value, ctx):
                continue
            return True
    return False


_DROP_HOSTS = re.compile(
    r"(?:^|\.)(?:transfer\.sh|webhook\.site|requestbin\.\w+|pipedream\.net|hookbin\.com|beeceptor\.com|ngrok(?:-free)?\.\w+|pastebin\.\w+|"
    r"paste\.\w+|file\.io|0x0\.st|termbin\.com|ix\.io|interact\.sh|oast\.\w+|burpcollaborator\.net|requestcatcher\.com|hastebin\.\w+|"
    r"gofile\.io|catbox\.moe|temp\.sh|bashupload\.com|oshi\.at|anonfiles\.\w+|tmpfiles\.org|litterbox\.catbox\.moe)$", re.I)
"""Anonymous file drops, paste sites and request catchers: where data goes to be picked up by someone else."""
_ARTIFACT_DIRS = frozenset({"reports", "report", "fixtures", "fixture", "testdata", "test-results", "artifacts", "public", "site", "docs", "assets"})
_DATA_FILE = re.compile(r"\.(json|xml|csv|tsv|png|jpe?g|gif|svg|webp|pdf|html?|md|ya?ml|lcov|info|sarif|har|junit|trx|txt|wasm|js|css)$", re.I)
_ARCHIVE = re.compile(r"\.(zip|tar|tgz|gz|bz2|xz|7z|war|jar|whl|deb|rpm|apk|ipa|dmg|nupkg)$", re.I)
_REQUEST_BODY = re.compile(
    r"\.(?:graphql|gql)$|(?:^|[-_.])(?:payload|request|req|body|query|mutation|event|webhook|message|sample|example|mock)s?(?:[-_.][\w.-]*)?\.(?:json|xml|ya?ml)$",
    re.I)
"""A file a project keeps as the body of an API request, by format and the role its name gives it (``payload.json``,
``create-user.request.json``, ``query.graphql``), rather than data it holds (``report.json``, ``notes.txt``)."""
_REQUEST_BODY_FORMAT = re.compile(r"\.(?:json|xml|ya?ml)$", re.I)
_SENSITIVE_NAME = re.compile(r"secret|passw|token|cred|private|\bkey|dump|backup|\.sql\b|\.db\b|shadow|history", re.I)


def _named_host(host: str) -> bool:
    """An outside host named by DNS that is not a file drop: a service the project talks to, not a raw address."""
    return bool(host) and not re.fullmatch(r"[\d.]+|\[?[0-9a-f:]+\]?", host) and not _DROP_HOSTS.search(host)


def _uploaded_file(value: str) -> str:
    """The file of ``@path``, ``<path``, ``name=@path;type=…``."""
    path = value.split("=@", 1)[1] if "=@" in value else value.lstrip("@<")
    return path.split(";", 1)[0]


def _project_artifact(path: str, ctx: Context) -> bool:
    """What a project builds to be published: a build-output or report directory (``dist/``, ``coverage/``), or an
    artifact, report or page in one (``dist/app.zip``, ``coverage/lcov.info``); inside the workspace, not secret, not a
    dump or backup. Other files (``report.json``, ``src.tar.gz``) go out only to allow-listed hosts."""
    if not path or path == "-" or "$" in path or escapes_workspace(path, ctx.workspace) or is_secret(path) or is_dotenv(path):
        return False
    parts = norm_path(path).removeprefix("./").split("/")
    if _SENSITIVE_NAME.search(parts[-1]) or parts[0] in {".", ""}:
        return False
    if (_REQUEST_BODY.search(parts[-1]) or parts[0] in {"fixtures", "requests", "payloads"} and _REQUEST_BODY_FORMAT.search(parts[-1])) and not any(
            p.startswith(".") for p in parts):
        return True  # -d @request.json, --data-binary @query.graphql: a request body the project keeps for this API
    return any(is_build_name(p) or p in _ARTIFACT_DIRS for p in parts) and (len(parts) == 1 or bool(_DATA_FILE.search(parts[-1]) or _ARCHIVE.search(parts[-1])))


@command_rule("exfil.secret_in_request", EXFIL, "block", "Sending secrets or command output to a host inside a URL or DNS name")
def _secret_in_url(cmd: Command, ctx: Context) -> bool:
    if cmd.name in _DNS:
        return any("$(" in a or "`" in a or _SECRET_VAR.search(a) for a in cmd.args)
    if cmd.name not in _NETWORK or ctx.host_trusted(_dest_host(cmd)):
        return False
    if any(host_of(a) and (_leaky_substitution(a) or _foreign_secret_in_url(a)) for a in cmd.args):
        return True
    # a header, credentials or cookie filled from a command (-H "X-Key: $(cat ~/.config/x/key)") carries what it prints,
    # unless it is a token the destination's own CLI minted for it (-H "Authorization: Bearer $(gh auth token)" to api.github.com)
    labels = set(_dest_host(cmd).split("."))
    return any((cmd.args[i - 1] in _CARRIERS or a.startswith(_CARRIER_PREFIXES)) and _leaky_substitution(a) and not _own_token(a, labels)
               for i, a in enumerate(cmd.args) if i)


def _foreign_secret_in_url(url: str) -> bool:
    """A secret variable in a URL, unless every one is named for the URL's own service: the Telegram bot API takes
    ``bot$TELEGRAM_TOKEN`` in its path, codecov ``?token=$CODECOV_TOKEN``; ``?k=$AWS_SECRET_ACCESS_KEY`` to another host leaks."""
    labels = set(host_of(url).split("."))
    for m in _SECRET_VAR.finditer(url):
        vendor = m.group(0).lstrip("$").lstrip("{").split("_", 1)[0].lower()
        if _VENDOR_ALIASES.get(vendor, vendor) not in labels:
            return True
    return False


_TOKEN_ISSUERS = {"gh": "github", "glab": "gitlab", "gcloud": "googleapis", "aws": "amazonaws", "az": "azure", "doctl": "digitalocean",
                  "heroku": "heroku", "fly": "fly", "flyctl": "fly", "vercel": "vercel", "npm": "npmjs", "hf": "huggingface"}


def _own_token(arg: str, labels: set[str]) -> bool:
    """Every substitution in the value is a token command of the service the request goes to."""
    subs = [m.group(1) or m.group(2) or "" for m in _SUBSTITUTION.finditer(arg)]
    return bool(subs) and all(_TOKEN_ISSUERS.get(s.split(" ", 1)[0].strip()) in labels for s in subs)


_CARRIERS = frozenset({"-H", "--header", "-u", "--user", "-b", "--cookie", "-A", "--user-agent", "-e", "--referer", "--oauth2-bearer"})
_CARRIER_PREFIXES = ("--header=", "--user=", "--cookie=", "--header:", "-H", "-u")


_SUBSTITUTION = re.compile(r"\$\(([^()]*)\)|`([^`]*)`")
_PLAIN_OUTPUT = frozenset({"date", "uuidgen", "pwd", "basename", "dirname", "uname", "seq", "expr", "printf", "echo", "urlencode", "tr", "sed",
                           "cut", "head", "tail", "jq", "cat", "wc", "sort", "uniq", "awk", "grep", "xargs", "python3", "node"})
_PLAIN_GIT = frozenset({"rev-parse", "branch", "describe", "log", "remote", "rev-list", "tag", "status", "symbolic-ref", "show"})


def _leaky_substitution(arg: str) -> bool:
    """Command output in a request that may carry a secret: a substitution the guard cannot read, or one that prints the
    environment, a secret file or anything but the project's own metadata (``$(git branch --show-current)``, ``$(date +%F)``,
    ``$(cat VERSION)`` are plain)."""
    if "$(" not in arg and "`" not in arg:
        return False
    found = list(_SUBSTITUTION.finditer(arg))
    if len(found) != arg.count("$(") + arg.count("`") // 2:
        return True  # nested or unbalanced: not read
    return any(not _plain_pipeline(m.group(1) if m.group(1) is not None else m.group(2)) for m in found)


_SECRET_FILE_NAME = re.compile(r"secret|passw|tokens?\b|cred|private|\bkeys?\b", re.I)
"""A file named for what it keeps (``config/secrets.yml``, ``credentials.json``, ``api.key``): its text is a secret."""


def _plain_pipeline(text: str) -> bool:
    for stage in text.split("|"):
        words = stage.split()
        if not words or _SECRET_VAR.search(stage):
            return False
        name, args = words[0].rsplit("/", 1)[-1], words[1:]
        if name == "git":
            if not args or args[0] not in _PLAIN_GIT:
                return False
        elif name not in _PLAIN_OUTPUT or name in {"python3", "node"} and not args[:1] == ["-p"]:
            return False
        files = [a for a in args if not a.startswith("-")]
        if any(is_secret(a) or is_dotenv(a) or _SECRET_FILE_NAME.search(a.rsplit("/", 1)[-1]) or a.startswith(("~", "/", "$")) and not a.startswith("/tmp/") for a in files):
            return False
    return True


_HTTP_SENDERS = _NETWORK - {"ssh", "scp", "sftp", "aws", "gsutil", "rclone"}
_VENDOR_ALIASES = {"tg": "telegram", "gh": "github", "hf": "huggingface", "dd": "datadoghq", "aws": "amazonaws", "gcp": "googleapis", "az": "azure"}
_UNNAMED_SECRET = frozenset({"api", "access", "auth", "bearer", "secret", "token", "session", "private", "client", "app", "key",
                             "password", "pass", "cred", "credentials", "service", "my", "user"})


@command_rule("exfil.secret_to_stranger", EXFIL, "approve",
              "Sending a vendor's secret ($OPENAI_API_KEY, $GITHUB_TOKEN…) in a header or credentials to an outside host that is not that vendor's")
def _secret_to_stranger(cmd: Command, ctx: Context) -> bool:
    """A key named for its service goes to that service (``$OPENAI_API_KEY`` to api.openai.com); sent anywhere else it leaves.
    A key named for no service (``$TOKEN``, ``$API_KEY``) is taken to be the destination's own."""
    if cmd.name not in _HTTP_SENDERS:
        return False
    host = _dest_host(cmd)
    if ctx.host_trusted(host):
        return False
    labels = set(host.split("."))
    for a in cmd.args:
        for m in _SECRET_VAR.finditer(a):
            vendor = m.group(0).lstrip("$").lstrip("{").split("_", 1)[0].lower()
            vendor = _VENDOR_ALIASES.get(vendor, vendor)
            if vendor not in _UNNAMED_SECRET and len(vendor) > 1 and vendor not in labels:
                return True
    return False


@command_rule("exfil.pipe_to_network", EXFIL, "block", "Piping files, archives or the environment to a network tool")
def _pipe_to_network(cmd: Command, ctx: Context) -> bool:
    fed_file = any(op == "<" and target != "/dev/null" for op, target in cmd.redirects)
    if cmd.name not in _NETWORK or not (fed_file or set(cmd.upstream) & _DUMPERS):
        return False
    if not fed_file and cmd.stdin is not None and not cmd.stdin.strip():
        return False  # echo | openssl s_client …: an empty line is all it sends
    if cmd.name == "openssl" and cmd.args[:1] != ("s_client",):
        return False  # openssl x509, dgst, enc…: local; only s_client talks to a host
    return not ctx.host_trusted(_dest_host(cmd) or _socket_host(cmd))


@rule("exfil.dev_tcp", EXFIL, "block", "Redirecting to a raw network socket (/dev/tcp, /dev/udp): a reverse shell or data pipe")
def _dev_tcp(call: Call, ctx: Context) -> str | None:
    paths = [(p, via) for p, _, via in call.writes] + list(call.reads)
    return next((via for path, via in paths if path.startswith(("/dev/tcp/", "/dev/udp/"))), None)


def _socket_host(cmd: Command) -> str:
    ops = [a for a in cmd.operands() if not a.isdigit()]
    return ops[0].split(":")[0].lower() if ops else ""


_SCRIPT_SEND = re.compile(r"requests\.(post|put)|urlopen|http\.client|urllib\.request|fetch\(|axios\.post|socket\.|Net::HTTP|LWP::|smtplib")
_SCRIPT_DATA = re.compile(r"os\.environ|process\.env|\bENV\b|%ENV|\bopen\(|readFileSync|File\.read|getenv|\$env:|Get-Content|file_get_contents")


@command_rule("exfil.script_upload", EXFIL, "block", "A one-liner that sends the environment or file contents over the network")
def _script_upload(cmd: Command, ctx: Context) -> bool:
    if cmd.name not in INTERPRETERS or cmd.name in SHELLS:
        return False
    code = " ".join(cmd.args)
    if not (_SCRIPT_SEND.search(code) and _SCRIPT_DATA.search(code)):
        return False
    hosts = {host_of(u) for u in urls_in(code)} - {""}
    return not hosts or not all(ctx.host_trusted(h) for h in hosts)


@command_rule("exfil.raw_socket", EXFIL, "approve", "Opening a raw connection to an outside host")
def _raw_socket(cmd: Command, ctx: Context) -> bool:
    if cmd.name not in _SOCKETS or cmd.has_flag("l") or cmd.has_flag("z"):
        return False
    return not ctx.host_trusted(_socket_host(cmd))


@command_rule("exfil.remote_copy", EXFIL, "approve", "Copying files to a remote host")
def _remote_copy(cmd: Command, ctx: Context) -> bool:
    if cmd.name in {"smbclient", "lftp", "sftp", "ftp", "tftp"}:  # a batch of client commands (-c/-e, or on stdin) that puts files there
        # tftp's -c takes the rest of the line (tftp host -c put file); the others' a single argument
        batch = " ".join(" ".join(cmd.args[i + 1 :]) if cmd.name == "tftp" else cmd.args[i + 1]
                         for i, a in enumerate(cmd.args[:-1]) if a in {"-c", "-e", "--command"}) + "\n" + (cmd.stdin or "")
        shares = (re.match(r"^(?://|\\\\)([^/\\]+)", o) for o in cmd.operands())
        hosts = [m.group(1) if m else host_of(o) for m, o in zip(shares, cmd.operands(), strict=True)]
        outside = [h for h in hosts if h and not ctx.host_trusted(h)]
        sent = re.findall(r"(?<![\w-])m?put\s+(\S+)", batch)
        published = bool(sent) and all(_project_artifact(p, ctx) for p in sent) and all(_named_host(h) for h in outside)
        return bool(sent) and bool(outside) and not published
    if cmd.name not in {"scp", "rsync", "sftp", "rclone"}:
        return False
    ops = cmd.operands()
    if len(ops) < 2 or not (h := host_of(ops[-1])) or host_of(ops[0]) or ctx.host_trusted(h):
        return False
    return not (_named_host(h) and all(_project_artifact(o, ctx) for o in ops[:-1]))  # a deploy of build output


_SSH_VALUE_OPTS = frozenset("bcDEeFIiJLlmOopQRSWw")


def _ssh_destination(args: tuple[str, ...]) -> tuple[str, bool]:
    """(destination host, whether a -R remote forward is asked), skipping options and their values."""
    i, remote = 0, False
    while i < len(args):
        a = args[i]
        if a.startswith("-") and len(a) > 1:
            letters = a[1:]
            remote = remote or "R" in letters
            taking = next((j for j, ch in enumerate(letters) if ch in _SSH_VALUE_OPTS), None)
            i += 2 if taking is not None and taking == len(letters) - 1 else 1
            continue
        return a.rsplit("@", 1)[-1].split(":", 1)[0], remote
    return "", remote


@command_rule("exfil.reverse_tunnel", EXFIL, "block", "An SSH remote forward (-R) to an outside host opens this machine to whoever holds that host")
def _reverse_tunnel(cmd: Command, ctx: Context) -> bool:
    if cmd.name not in {"ssh", "autossh"}:
        return False
    host, remote = _ssh_destination(cmd.args)
    return remote and bool(host) and not ctx.host_trusted(host)


_SECRET_TOKENS = re.compile(
    r"AKIA[0-9A-Z]{16}|sk-ant-[\w-]{20,}|sk-[A-Za-z0-9]{32,}|gh[pousr]_[A-Za-z0-9]{30,}|xox[abprs]-[\w-]{10,}|AIza[\w-]{35}"
    r"|-----BEGIN[ A-Z]*PRIVATE KEY|eyJ[\w-]{10,}\.eyJ[\w-]{10,}|(password|passwd|secret|api_?key|token)=[^&\s]{6,}",
    re.I,
)
_OPAQUE = re.compile(r"[A-Za-z0-9+/=_%-]{64,}")


@rule("exfil.fetch_secret", EXFIL, "block", "Fetching a URL that carries a secret", ("@fetch",))
def _fetch_secret(call: Call, ctx: Context) -> str | None:
    return next((u for u in call.urls if _SECRET_TOKENS.search(u) and not ctx.host_trusted(host_of(u))), None)


@rule("exfil.fetch_data", EXFIL, "approve", "Fetching an outside URL that carries a long opaque payload (possible data exfiltration)", ("@fetch",))
def _fetch_data(call: Call, ctx: Context) -> str | None:
    for url in call.urls:
        tail = url.split("://", 1)[-1].split("/", 1)[-1]
        if _OPAQUE.search(tail) and not ctx.host_trusted(host_of(url)):
            return url
    return None


# --- git_history ------------------------------------------------------------------------

GIT = "git_history"
_GIT_OPTS = ("-C", "-c", "--git-dir", "--work-tree", "--namespace")
_PROTECTED = re.compile(r"^(main|master|trunk|develop|dev|production|prod|release([/-].*)?|stable)$")


def _git(cmd: Command) -> tuple[str, list[str]]:
    return _sub(cmd, _GIT_OPTS) if cmd.name == "git" else ("", [])


@command_rule("git.push_force", GIT, "block", "Force-push rewrites remote history and can destroy other people's commits")
def _push_force(cmd: Command, ctx: Context) -> bool:
    sub, rest = _git(cmd)
    if sub != "push":
        return False
    flags = [a for a in rest if a.startswith("-")]
    return any(a in {"--force", "--mirror"} or (not a.startswith("--") and "f" in a[1:]) for a in flags) or any(a.startswith("+") for a in rest)


@command_rule("git.push_force_with_lease", GIT, "approve", "Force-push (with lease) to a protected branch rewrites shared history")
def _push_lease(cmd: Command, ctx: Context) -> bool:
    """On a personal branch a lease is the safe way to publish a rebase; on main, release… it still rewrites shared history."""
    sub, rest = _git(cmd)
    if sub != "push" or not any(a.startswith("--force-with-lease") or a == "--force-if-includes" for a in rest):
        return False
    refs = [a.split(":")[-1].removeprefix("refs/heads/") for a in rest[1:] if not a.startswith("-")]
    leases = [a.split(":", 1)[0].split("=", 1)[1] for a in rest if a.startswith("--force-with-lease=")]
    return any(_PROTECTED.match(r) for r in refs + leases)


@command_rule("git.push_delete", GIT, "block", "Deleting a shared remote branch (main, release…) or a tag")
def _push_delete(cmd: Command, ctx: Context) -> bool:
    """Like a lease-protected force push, deleting one's own feature branch after a merge is everyday; a protected branch,
    a tag (a release others build on) or a ref the guard cannot read is not."""
    sub, rest = _git(cmd)
    if sub != "push":
        return False
    operands = [a for a in rest if not a.startswith("-")]
    if "--delete" in rest or "-d" in rest:
        deleted = operands[1:] if len(operands) > 1 else [""]
    else:
        deleted = [a[1:] for a in operands if re.match(r"^:[^/]", a)]
    return any(not _personal_branch(r) for r in deleted)


def _personal_branch(ref: str) -> bool:
    name = ref.removeprefix("refs/heads/")
    return bool(re.fullmatch(r"[\w.-]+(/[\w.-]+)*", name)) and not ref.startswith("refs/tags/") and not _PROTECTED.match(name) and not (
        re.fullmatch(r"v?\d+(\.\d+)*([-+.][\w.]+)?", name) or "$" in name)


@command_rule("git.rewrite_history", GIT, "block", "Rewriting or expiring repository history (filter-branch, filter-repo, BFG, reflog expire, update-ref -d)")
def _rewrite(cmd: Command, ctx: Context) -> bool:
    sub, rest = _git(cmd)
    if cmd.name in {"bfg", "git-filter-repo"}:
        return True
    return sub in {"filter-branch", "filter-repo"} or (sub == "reflog" and "expire" in rest) or (sub == "update-ref" and "-d" in rest)


@command_rule("git.delete_protected_branch", GIT, "block", "Deleting a protected branch (main, master, develop, release…)")
def _branch_delete(cmd: Command, ctx: Context) -> bool:
    sub, rest = _git(cmd)
    if sub != "branch" or not any(a in {"-D", "-d", "--delete"} or (a.startswith("-") and "D" in a) for a in rest):
        return False
    return any(_PROTECTED.match(a.removeprefix("origin/")) for a in rest if not a.startswith("-"))


@rule("git.reset_hard_push", GIT, "block", "Hard reset followed by a push: discards commits and publishes the rewrite")
def _reset_push(call: Call, ctx: Context) -> str | None:
    cmds = list(call.commands)
    for i, cmd in enumerate(cmds):
        sub, rest = _git(cmd)
        if sub == "reset" and "--hard" in rest and any(_git(c)[0] == "push" for c in cmds[i + 1 :]):
            return call.summary
    return None


# --- cloud_infrastructure ---------------------------------------------------------------

CLOUD = "cloud_infrastructure"
_IAC = frozenset({"terraform", "tofu", "terragrunt", "pulumi", "cdk", "cdktf", "serverless", "sls"})


@command_rule("cloud.iac_destroy", CLOUD, "block", "Destroying infrastructure managed as code")
def _iac_destroy(cmd: Command, ctx: Context) -> bool:
    if cmd.name not in _IAC:
        return False
    sub, rest = _sub(cmd, ("-chdir",))
    return sub in {"destroy", "remove"} or (sub in {"apply", "up", "run-all"} and any(a in {"-destroy", "--destroy", "destroy"} for a in rest))


@command_rule("cloud.iac_apply_unreviewed", CLOUD, "approve", "Applying infrastructure changes with the review step skipped (-auto-approve, --yes)")
def _iac_apply(cmd: Command, ctx: Context) -> bool:
    if cmd.name not in _IAC:
        return False
    sub, rest = _sub(cmd, ("-chdir",))
    return sub in {"apply", "up", "deploy", "run-all"} and any(a in {"-auto-approve", "--auto-approve", "--yes", "-y", "--require-approval=never"} for a in rest)


@command_rule("cloud.package_unpublish", CLOUD, "approve", "Unpublishing or yanking a released package breaks everyone who depends on it")
def _unpublish(cmd: Command, ctx: Context) -> bool:
    sub = _sub(cmd)[0]
    return (cmd.name in {"npm", "pnpm", "yarn"} and sub == "unpublish") or (cmd.name in {"cargo", "gem"} and sub == "yank" and "--undo" not in cmd.args)


_PUBLISHERS = {"npm": "publish", "pnpm": "publish", "yarn": "publish", "bun": "publish", "cargo": "publish", "twine": "upload", "poetry": "publish",
               "flit": "publish", "hatch": "publish", "uv": "publish", "gem": "push", "dotnet": "nuget", "nuget": "push", "vsce": "publish",
               "ovsx": "publish", "jsr": "publish", "deno": "publish"}


@command_rule("supply.package_publish", "supply_chain", "approve", "Publishing a package or making a repository public: whatever it holds is out "
              "for good (a policy may allow it)")
def _publish(cmd: Command, ctx: Context) -> bool:
    if dry_run(cmd):
        return False
    sub, rest = _sub(cmd)
    if cmd.name == "gh":
        visibility = [a.split("=", 1)[1] for a in rest if a.startswith("--visibility=")] + [
            rest[i + 1] for i, a in enumerate(rest[:-1]) if a == "--visibility"]
        return sub == "repo" and rest[:1] == ["edit"] and "public" in visibility
    if cmd.name == "yarn" and sub == "npm":
        sub = rest[0] if rest else ""
    return _PUBLISHERS.get(cmd.name) == sub and not _test_registry(rest)


_TEST_REGISTRY = re.compile(r"^(?:testpypi|test|local|verdaccio)$|test\.pypi\.org|//(?:localhost|127\.0\.0\.1|\[::1\])(?:[:/]|$)", re.I)


def _test_registry(args: list[str]) -> bool:
    """``twine upload -r testpypi``, ``npm publish --registry http://localhost:4873``: a test or local registry is not the public."""
    values = [a.split("=", 1)[1] for a in args if a.startswith(("--repository=", "--repository-url=", "--registry=", "--index=", "--publish-url="))]
    values += [args[i + 1] for i, a in enumerate(args[:-1]) if a in {"-r", "--repository", "--repository-url", "--registry", "--index", "--publish-url"}]
    return any(_TEST_REGISTRY.search(v) for v in values)


_DESTRUCTIVE_ENDPOINT = re.compile(r"/_?(?:delete|destroy|purge|drop|truncate|wipe)(?:[_-]\w+)?/?(?:[?#]|$)", re.I)
"""A URL whose last path segment is a destructive action (``/_delete_by_query``, ``/users/7/delete``, ``/purge_all``)."""


@command_rule("cloud.http_delete", CLOUD, "approve", "An HTTP DELETE, or a POST/PUT to a delete/purge/drop endpoint, of a service that is not "
              "on this machine, or of a wildcard or _all on any")
def _http_delete(cmd: Command, ctx: Context) -> bool:
    if cmd.name not in {"curl", "http", "https", "xh", "httpie", "wget"}:
        return False
    args = list(cmd.args)
    method = next((args[i + 1] for i, a in enumerate(args[:-1]) if a in {"-X", "--request", "--method"}), "")
    method = method or next((a[2:] for a in args if a.startswith("-X") and len(a) > 2), "") or (args[0] if cmd.name in {"http", "https", "xh", "httpie"} and args else "")
    targets = [(a, _http_host(a)) for a in args]
    if method.upper() != "DELETE":
        writes = method.upper() in {"POST", "PUT", "PATCH"} or any(a.startswith(("-d", "--data", "-F", "--form", "--json")) for a in args)
        targets = [(t, host) for t, host in targets if writes and _DESTRUCTIVE_ENDPOINT.search(_url_path(t))]
    return any(host and (not _loopback(host) or re.search(r"[*]|_all\b", t)) for t, host in targets)


def _url_path(url: str) -> str:
    """``/a/b?q`` of ``https://host:9200/a/b?q`` or ``host/a/b?q``; '' without a path."""
    _, slash, path = url.split("://", 1)[-1].partition("/")
    return slash + path


def _http_host(arg: str) -> str:
    """The host an HTTP client's argument names: a URL, ``host/path`` or ``host:port/path`` (httpie's shorthand)."""
    port_form = re.match(r"^([\w.-]+):\d+(/|$)", arg)
    return host_of(arg) or (port_form.group(1) if port_form else "")


def _loopback(host: str) -> bool:
    return host in {"localhost", "127.0.0.1", "::1", "0.0.0.0"} or host.startswith("127.") or host.endswith(".localhost")


@command_rule("cloud.aws_delete", CLOUD, "block", "Deleting or terminating AWS resources")
def _aws_delete(cmd: Command, ctx: Context) -> bool:
    if cmd.name != "aws":
        return False
    service, rest = _sub(cmd, ("--profile", "--region", "--output", "--endpoint-url"))
    op = next((a for a in rest if not a.startswith("-")), "")
    if service == "s3":
        return (op == "rm" and cmd.has_flag("", "--recursive")) or (op == "rb" and cmd.has_flag("", "--force"))
    return bool(re.match(r"^(delete|terminate|deregister|remove|purge|disable|revoke|detach|cancel|stop)-", op)) or bool(
        re.search(r"-(delete|terminate|deregister|purge|revoke)(-|$)", op))


@command_rule("cloud.aws_s3_risky", CLOUD, "approve", "Removing S3 objects or syncing with --delete")
def _aws_s3(cmd: Command, ctx: Context) -> bool:
    if cmd.name in {"s3cmd", "s5cmd"}:  # s3cmd rb s3://bucket, s3cmd del s3://bucket/key
        return _sub(cmd, ("-c", "--config", "--region", "--endpoint-url"))[0] in {"rb", "del", "rm", "delete"}
    service, rest = _sub(cmd, ("--profile", "--region")) if cmd.name == "aws" else ("", [])
    ops = [a for a in rest if not a.startswith("-")]
    op = ops[0] if ops else ""
    if service != "s3" or op not in {"rm", "rb", "sync"}:
        return False
    if op == "sync":  # build output mirrored to a site bucket is a deploy; a prod, backup or data bucket gets a look first
        site_deploy = len(ops) >= 3 and _project_artifact(ops[1], ctx) and not _KEPT_BUCKET.search(ops[2])
        return "--delete" in rest and not site_deploy
    return True


_KEPT_BUCKET = re.compile(r"prod|prd|live|backup|archive|data|logs?|audit|uploads?|media|user", re.I)


@command_rule("cloud.gcp_delete", CLOUD, "block", "Deleting Google Cloud resources or buckets")
def _gcp_delete(cmd: Command, ctx: Context) -> bool:
    if cmd.name == "gcloud":
        return "delete" in cmd.operands() or ("rm" in cmd.operands() and _recursive(cmd))
    if cmd.name == "gsutil":
        sub, rest = _sub(cmd, ("-o", "-h", "-u"))
        return sub == "rb" or (sub == "rm" and any(a in {"-r", "-R", "-a"} or (a.startswith("-") and "r" in a.lower()) for a in rest))
    return False


@command_rule("cloud.azure_delete", CLOUD, "block", "Deleting Azure resources")
def _az_delete(cmd: Command, ctx: Context) -> bool:
    return cmd.name == "az" and "delete" in cmd.operands()


@command_rule("cloud.paas_destroy", CLOUD, "block", "Destroying a cloud app, droplet or cluster")
def _paas(cmd: Command, ctx: Context) -> bool:
    ops = cmd.operands()
    return (cmd.name in {"doctl", "linode-cli", "hcloud", "flyctl", "fly", "eksctl", "kind", "minikube", "k3d"} and any(o in {"delete", "destroy"} for o in ops)) or (
        cmd.name == "heroku" and any(o in {"apps:destroy", "pg:reset", "apps:delete"} for o in ops)
    )


_K8S = frozenset({"kubectl", "oc", "k"})
_K8S_WIDE = frozenset({"ns", "namespace", "namespaces", "node", "nodes", "no", "pv", "persistentvolume", "persistentvolumes", "crd", "crds", "customresourcedefinition", "customresourcedefinitions", "clusterrole", "clusterrolebinding"})


@command_rule("cloud.k8s_delete_wide", CLOUD, "block", "Deleting Kubernetes namespaces, nodes, volumes or everything of a kind")
def _k8s_wide(cmd: Command, ctx: Context) -> bool:
    if cmd.name not in _K8S:
        return False
    sub, rest = _sub(cmd, ("-n", "--namespace", "--context", "--kubeconfig"))
    if sub != "delete":
        return False
    kinds = {k for a in rest if not a.startswith("-") for k in re.split(r"[,/]", a.lower())}
    return bool(kinds & _K8S_WIDE) or any(a in {"--all", "-A", "--all-namespaces"} or a.startswith("--all=") for a in rest)


@command_rule("cloud.k8s_delete", CLOUD, "approve", "Deleting Kubernetes resources (a named pod outside production is recreated by its controller)")
def _k8s_delete(cmd: Command, ctx: Context) -> bool:
    sub, rest = _sub(cmd, ("-n", "--namespace", "--context", "--kubeconfig"))
    if cmd.name not in _K8S or sub != "delete":
        return False
    ops = [a for a in rest if not a.startswith("-")]
    named_pod = ops[:1] in (["pod"], ["pods"], ["po"]) and len(ops) >= 2 or bool(ops) and ops[0].startswith(("pod/", "pods/"))
    return not named_pod or bool(re.search(r"(?<![A-Za-z])(prod|production|prd|live)(?![A-Za-z])", " ".join(cmd.args))) or "--all" in rest


@command_rule("cloud.k8s_disrupt", CLOUD, "approve", "Rolling back, cordoning or tainting (NoExecute) in a cluster: running workloads move or change")
def _k8s_disrupt(cmd: Command, ctx: Context) -> bool:
    if cmd.name == "helm":
        return _sub(cmd, ("-n", "--namespace", "--kube-context"))[0] == "rollback"
    if cmd.name not in _K8S:
        return False
    sub, rest = _sub(cmd, ("-n", "--namespace", "--context", "--kubeconfig"))
    return (sub == "rollout" and rest[:1] == ["undo"]) or sub == "cordon" or (sub == "taint" and any(a.endswith(":NoExecute") for a in rest))


@command_rule("cloud.helm_uninstall", CLOUD, "block", "Uninstalling a Helm release removes everything it deployed")
def _helm(cmd: Command, ctx: Context) -> bool:
    return cmd.name == "helm" and _sub(cmd, ("-n", "--namespace", "--kube-context"))[0] in {"uninstall", "delete", "del", "un"}


# --- database_destruction ---------------------------------------------------------------

DB = "database_destruction"
_DB_BLOCK = frozenset({"drop_database", "drop_schema", "drop_table", "truncate", "delete_all", "update_all", "alter_drop"})


@rule("db.destructive_sql", DB, "block", "Destructive SQL", ("@sql", "@shell"))
def _destructive_sql(call: Call, ctx: Context) -> str | None:
    return next((_sql_found(s, via) for s, via in call.sql if s.risk in _DB_BLOCK), None)


@rule("db.privilege_sql", DB, "approve", "SQL that widens privileges or drops a database object", ("@sql", "@shell"))
def _privilege_sql(call: Call, ctx: Context) -> str | None:
    return next((_sql_found(s, via) for s, via in call.sql if s.risk and s.risk not in _DB_BLOCK), None)


_PRODUCTION_NAME = re.compile(r"(?<![A-Za-z])(prod|production|prd|live)(?![A-Za-z])", re.I)
_SCRIPT_FLAGS = frozenset({"-f", "--file", "-i", "--init-file", "--queries-file", "--input"})
_SCRIPT_SOURCES = frozenset({"cat", "zcat", "gunzip", "gzip", "bzcat", "xzcat", "zstdcat", "pg_dump", "pg_dumpall", "mysqldump", "mariadb-dump",
                             "sqlite3", "mongodump", "aws", "gsutil", "curl", "wget"})
"""What feeds a client a script nobody read here: a file, a decompressed file, another database's dump, a download."""
_RESTORERS = frozenset({"pg_restore", "mongorestore"})


@command_rule("db.unread_script_prod", DB, "approve", "Running an SQL script the guard cannot read against a production database")
def _unread_script_prod(cmd: Command, ctx: Context) -> bool:
    """``psql -h pg.prod… < purge.sql``, ``cat x.sql | mysql -h prod…``, ``psql -f x.sql`` on prod: what runs is in a file
    nobody has read in this call, so a production database gets a look first; a local or test database does not."""
    if cmd.name in _RESTORERS:  # pg_restore --clean, mongorestore --drop: drops what the dump holds first
        return any(a in {"-c", "--clean", "--drop"} for a in cmd.args) and bool(_PRODUCTION_NAME.search(" ".join(cmd.args)))
    if cmd.name not in DB_CLIENTS:
        return False
    from_file = (any(op == "<" for op, _ in cmd.redirects) or any(a in _SCRIPT_FLAGS for a in cmd.args)
                 or cmd.stdin is None and bool(cmd.upstream) and cmd.upstream[0] in _SCRIPT_SOURCES)
    return from_file and bool(_PRODUCTION_NAME.search(" ".join(cmd.args)))


def _sql_found(stmt: SqlStatement, via: str) -> str:
    """The statement and its risk, and the client command it came from (which says on which database it runs)."""
    found = f"{stmt.text} ({RISKS[stmt.risk]})"
    return found if via == stmt.text else f"{found} via {via}"


_MIGRATION_UNDO = {
    # tool: subcommands that drop every object or unapply migrations (their data goes with them)
    "flyway": {"clean", "undo"}, "liquibase": {"dropall", "rollback", "rollback-count", "rollback-to-date", "rollbackcount"},
    "alembic": {"downgrade"}, "knex": {"migrate:rollback", "migrate:down"}, "sequelize": {"db:drop", "db:migrate:undo:all", "db:migrate:undo"},
    "atlas": {"clean"}, "dbmate": {"drop", "rollback", "down"}, "goose": {"down", "reset", "down-to"}, "migrate": {"down", "drop"},
    "diesel": {"reset", "revert", "redo"}, "typeorm": {"schema:drop", "migration:revert"}, "mikro-orm": {"schema:drop", "migration:down"},
    "mix": {"ecto.reset", "ecto.rollback"},
    "artisan": {"migrate:fresh", "migrate:reset", "migrate:rollback", "db:wipe", "migrate:refresh"},
}


@command_rule("db.migration_undo", DB, "approve", "Dropping every schema object or unapplying migrations (their tables and data go with them)")
def _migration_undo(cmd: Command, ctx: Context) -> bool:
    ops = [o.lower() for o in cmd.operands()]
    tool = "artisan" if ops[:1] == ["artisan"] and cmd.name == "php" else cmd.name
    words = ops[1:] if tool == "artisan" and cmd.name == "php" else ops
    undo = _MIGRATION_UNDO.get(tool)
    if undo and any(w in undo for w in words[:3]):
        return True
    return tool in {"manage.py", "python", "python3"} and "migrate" in words and "zero" in words


_CYPHER_DELETE_ALL = re.compile(
    r"\bMATCH\s*\(\s*\w*\s*(?::\s*\w+\s*)?\)(?:\s*-\s*\[\s*\w*\s*\]\s*-\s*\(\s*\w*\s*\))?\s*(?:DETACH\s+)?DELETE\b|\bDROP\s+DATABASE\b",
    re.I,
)
"""``MATCH (n) DETACH DELETE n``, ``MATCH (n:User) DELETE n``: every node (of a label) with no WHERE picking some."""


@command_rule("db.cli_destroy", DB, "block", "Dropping or flushing a database from the command line")
def _db_cli(cmd: Command, ctx: Context) -> bool:
    ops, joined = cmd.operands(), " ".join(cmd.args)
    if cmd.name in {"dropdb", "dropuser", "pg_dropcluster"} or (cmd.name == "mysqladmin" and "drop" in ops):
        return True
    if cmd.name == "redis-cli":  # by argument or on stdin; DEL of keys xargs feeds from a scan is a mass delete
        words = {o.lower() for o in ops} | {w.lower() for w in (cmd.stdin or "").split()}
        return bool(words & {"flushall", "flushdb"}) or bool(words & {"del", "unlink"}) and XARGS_INPUT in ops
    if cmd.name in {"mongo", "mongosh"}:  # --eval or a script on stdin (heredoc, pipe)
        return bool(re.search(r"dropDatabase|\.drop\(\)|deleteMany\(\s*\{\s*\}\s*\)|\.remove\(\s*\{\s*\}\s*\)", joined + " " + (cmd.stdin or "")))
    if cmd.name in {"cypher-shell", "neo4j-shell"}:  # a graph query by argument or on stdin
        return bool(_CYPHER_DELETE_ALL.search(joined + " " + (cmd.stdin or "")))
    if cmd.name in {"rails", "rake", "bin/rails", "./bin/rails"}:
        return any(re.match(r"^db:(drop|reset|purge|schema:load)", o) for o in ops)
    if "flush" in ops and any(a == "django-admin" or a.endswith("manage.py") for a in (cmd.name, *ops)):
        return True
    return "prisma" in (cmd.name, *ops) and ("reset" in ops or "--force-reset" in cmd.args or "--accept-data-loss" in cmd.args)


# --- system_control ---------------------------------------------------------------------

SYS = "system_control"


@command_rule("sys.power", SYS, "block", "Shutting down or rebooting the machine")
def _power(cmd: Command, ctx: Context) -> bool:
    if cmd.name in {"shutdown", "reboot", "halt", "poweroff", "kexec"}:
        return True
    if cmd.name in {"init", "telinit"}:
        return any(o in {"0", "6"} for o in cmd.operands())
    return cmd.name == "systemctl" and _sub(cmd)[0] in {"poweroff", "reboot", "halt", "kexec", "rescue", "emergency", "isolate"}


@command_rule("sys.kill_all", SYS, "block", "Killing init (PID 1) or every process")
def _kill(cmd: Command, ctx: Context) -> bool:
    if cmd.name == "killall5":
        return True
    if cmd.name != "kill":
        return False
    args, i = list(cmd.args), 0
    if args and args[0] in {"-s", "-n"}:
        i = 2
    elif args and args[0].startswith("-") and args[0] != "--":
        i = 1
    pids = [a for a in args[i:] if a != "--"]
    return any(p in {"1", "-1"} for p in pids)


@command_rule("sys.kill_user", SYS, "approve", "Killing every process of a user (pkill/killall -u root with no pattern)")
def _kill_user(cmd: Command, ctx: Context) -> bool:
    if cmd.name not in {"pkill", "killall", "slay"}:
        return False
    args = list(cmd.args)
    user = next((args[i + 1] for i, a in enumerate(args[:-1]) if a in {"-u", "-U", "--euid", "--uid", "--user"}), None)
    rest = [a for i, a in enumerate(args) if not a.startswith("-") and (i == 0 or args[i - 1] not in {"-u", "-U", "--euid", "--uid", "--user", "-s", "--signal"})]
    return user is not None and not rest


@command_rule("sys.service_stop", SYS, "approve", "Stopping, disabling or masking a system service")
def _service(cmd: Command, ctx: Context) -> bool:
    if cmd.name == "systemctl":
        return _sub(cmd)[0] in {"stop", "disable", "mask", "kill"}
    if cmd.name == "launchctl":
        return _sub(cmd)[0] in {"unload", "bootout", "remove"}
    return cmd.name == "service" and "stop" in cmd.operands()[1:]


@command_rule("sys.firewall_off", SYS, "block", "Flushing firewall rules or disabling the firewall or SELinux")
def _firewall(cmd: Command, ctx: Context) -> bool:
    if cmd.name in {"iptables", "ip6tables", "iptables-legacy", "iptables-nft"}:
        return cmd.has_flag("F", "--flush") or cmd.has_flag("X", "--delete-chain") or ("-P" in cmd.args and "ACCEPT" in cmd.args)
    if cmd.name == "nft":
        return "flush" in cmd.args
    if cmd.name == "ufw":
        return "disable" in cmd.args or "reset" in cmd.args
    return (cmd.name == "setenforce" and "0" in cmd.args) or (cmd.name == "systemctl" and "firewalld" in cmd.args and _sub(cmd)[0] in {"stop", "disable", "mask"})


@rule("sys.fork_bomb", SYS, "block", "A fork bomb exhausts the machine's processes")
def _fork_bomb(call: Call, ctx: Context) -> str | None:
    return call.summary if call.script and call.script.fork_bomb else None


@command_rule("sys.crontab_remove", SYS, "block", "crontab -r deletes every scheduled job of the user without confirmation")
def _crontab(cmd: Command, ctx: Context) -> bool:
    return cmd.name == "crontab" and cmd.has_flag("r")


@command_rule("sys.perms_system", SYS, "block", "Changing permissions or ownership of system paths, or setting setuid bits")
def _perms(cmd: Command, ctx: Context) -> bool:
    if cmd.name == "setcap":
        return any(re.search(r"cap_(setuid|setgid|sys_admin|sys_ptrace|dac_override|dac_read_search|chown|fowner|sys_module)", a, re.I)
                   or any(is_system(p) for p in cmd.operands()[1:]) for a in cmd.operands()[:1])
    if cmd.name == "setfacl":  # an ACL entry on a system path grants what a mode would (setfacl -R -m u:intern:rwx /etc)
        return any(a in {"-m", "-M", "--modify", "--set"} or a.startswith(("-m", "--modify=")) for a in cmd.args) and any(
            is_system(p) or is_secret(p) for p in cmd.operands()[1:])
    if cmd.name not in {"chmod", "chown", "chgrp", "chattr"}:
        return False
    ops = cmd.operands()
    if cmd.name == "chmod" and ops and re.fullmatch(r"[ugoa]*\+s|[2467][0-7]{3}", ops[0]):
        return True
    # a key or credential opened to others (chmod 644 ~/.ssh/id_rsa, chmod 777 ~/.ssh) is judged like a system path
    targets = [p for p in ops[1:] if (is_system(p) or norm_path(p) in {"/", "~"} or is_secret(p) and cmd.name == "chmod") and not ctx.path_allowed(p)]
    if cmd.name == "chmod" and ops:
        return any(_widens(ops[0], p) for p in targets)
    if cmd.name in {"chown", "chgrp"} and ops and re.fullmatch(r"(root|0)?(:(root|wheel|0))?", ops[0]) and ops[0]:
        return False  # handing a system path back to root takes nothing from anyone
    return any(not (cmd.name in {"chown", "chgrp"} and _app_directory(p)) for p in targets)


def _widens(mode: str, path: str) -> bool:
    """Does the mode give more than the owner's usual access: setuid/setgid, write for others, read of a secret for others?
    644, 755, go-w or u+x on a system file does not; a mode the guard cannot read counts as widening (fail closed)."""
    if re.fullmatch(r"[0-7]{3,4}", mode):
        special, _, _, other = (int(d) for d in mode.zfill(4))
        return bool(special & 6 or other & 2 or other & 4 and is_secret(path))
    clauses = mode.split(",")
    if not all(re.fullmatch(r"[ugoa]*[-+=][rwxXst]*", c) for c in clauses):
        return True
    for clause in clauses:
        who, op, perms = re.fullmatch(r"([ugoa]*)([-+=])([rwxXst]*)", clause).groups()  # type: ignore[union-attr]
        others = not who or "a" in who or "o" in who
        if op != "-" and ("s" in perms or others and "w" in perms or others and "r" in perms and is_secret(path)):
            return True
    return False


@rule("sys.write_system", SYS, "block", "Writing to a system path (/etc, /usr, /boot, /proc…)", SHELL + ("@write",))
def _write_system(call: Call, ctx: Context) -> str | None:
    return next((via for path, _, via in call.writes if is_system(path) and not ctx.path_allowed(path)), None)


_PERSISTENCE = ("~/.bashrc", "~/.bash_profile", "~/.profile", "~/.zshrc", "~/.zprofile", "~/.config/fish/config.fish", "~/.config/autostart/**",
                "~/Library/LaunchAgents/**", "~/.config/systemd/user/**", "**/.git/hooks/*", ".git/hooks/*", "/etc/cron*/**")


_PLAIN_STARTUP_LINE = re.compile(
    r"^\s*(#.*|export\s+(PATH|[A-Z_]*HOME|EDITOR|VISUAL|LANG|LC_\w+|PYTHONPATH|GOPATH|NODE_OPTIONS|PAGER)=[^;&|`]*|"
    r"alias\s+(l|ll|la|ls|gs|gst|k|g|py|python|vim?|c|cls|\.\.)=[^;&|`]*|source\s+[~\w./$-]+|\.\s+[~\w./$-]+|"
    r"eval\s+\"?\$\((direnv|pyenv|rbenv|starship|zoxide|fnm|mise)[^)]*\)\"?|set\s+-o\s+vi|bindkey\s.*|"
    r"(?:eval\s+\"?\$\(|source\s+<\(|\.\s+<\()(?!\s*(?:curl|wget|fetch|nc)\b)\s*[\w./-]+(?:\s+[\w-]+)*\s+(?:init|completion|completions|shellenv|hook|activate)"
    r"(?:\s+[\w-]+)*\s*\)\"?)?\s*$"
)
"""A startup line that sets PATH or a variable, a harmless alias, or loads a local tool's init or completion
(``source <(kubectl completion bash)``, ``eval "$(brew shellenv)"``): everyday setup, not persistence."""


@rule("sys.persistence", SYS, "approve", "Writing a shell startup file, git hook, autostart entry or cron job (runs code later)", SHELL + ("@write",))
def _persistence(call: Call, ctx: Context) -> str | None:
    """A startup-file line known to set PATH, an environment variable or a harmless alias is everyday setup, not persistence."""
    for path, content, via in call.writes:
        if not path_matches(path, _PERSISTENCE) or ctx.path_allowed(path):
            continue
        if content is not None and path_matches(path, _PERSISTENCE[:6]) and all(_PLAIN_STARTUP_LINE.match(line) for line in content.splitlines() or [""]):
            continue
        return via
    return None


@command_rule("sys.user_admin", SYS, "approve", "Changing system users or passwords")
def _users(cmd: Command, ctx: Context) -> bool:
    if cmd.name == "usermod" and cmd.args and _only_options(cmd.args, {"-s", "--shell", "-c", "--comment"}):
        return False  # a login shell or a comment grants nothing
    if cmd.name in {"userdel", "usermod", "passwd", "chpasswd", "visudo", "deluser", "groupdel", "useradd", "adduser", "gpasswd"}:
        return True
    return _account_change_elsewhere(cmd)


_ACCOUNT_CMDLETS = frozenset({"add-localgroupmember", "new-localuser", "set-localuser", "remove-localuser", "enable-localuser",
                              "add-adgroupmember", "set-adaccountpassword", "new-aduser"})


def _account_change_elsewhere(cmd: Command) -> bool:
    """The same changes on Windows and macOS: ``net user x /add``, ``net localgroup administrators x /add``, the
    *-LocalUser/LocalGroupMember cmdlets, ``dscl . -append /Groups/admin …``, ``dseditgroup -o edit -a``, ``sysadminctl -addUser``."""
    name = cmd.name.lower()
    if name in {"net", "net.exe", "net1"}:
        return bool(cmd.args) and cmd.args[0].lower() in {"user", "localgroup", "group"} and any(a.lower() in {"/add", "/delete", "/active:yes"} for a in cmd.args)
    if name == "dscl":
        return any(a in {"-create", "-append", "-merge", "-passwd", "-delete"} for a in cmd.args)
    if name == "dseditgroup":
        return "edit" in cmd.args and any(a in {"-a", "-d"} for a in cmd.args)
    if name == "sysadminctl":
        return any(a in {"-addUser", "-deleteUser", "-resetPasswordFor", "-adminUser"} for a in cmd.args)
    return name in _ACCOUNT_CMDLETS


def _only_options(args: tuple[str, ...], allowed: set[str]) -> bool:
    """Every option given is one of ``allowed`` (each taking one value); the rest are operands."""
    i = 0
    while i < len(args):
        if args[i].startswith("-"):
            if args[i].split("=", 1)[0] not in allowed:
                return False
            i += 1 if "=" in args[i] else 2
        else:
            i += 1
    return True


_ROOT_SHELL = re.compile(r"(?:^|[;&|(]\s*)(?:sudo|doas|pkexec|run0)(?:\s+(?:-u\s+(?:root|0)|--user\s+(?:root|0)|-[\w-]+(?:=\S+)?))*\s+(?:/\S*/)?(?:ba|z|da|k|fi|c|tc|a)?sh\s*(?:$|[;&|)])")


@rule("sys.root_shell", SYS, "approve", "Opening a root shell (sudo -i/-s, sudo su, pkexec sh): everything after it runs as root unseen")
def _root_shell(call: Call, ctx: Context) -> str | None:
    for cmd in call.commands:
        if cmd.name in {"sudo", "doas"} and cmd.args and all(a.startswith("-") for a in cmd.args) and any(
                a in {"-i", "-s", "--login", "--shell"} or re.fullmatch(r"-\w*[is]\w*", a) for a in cmd.args):
            return cmd.text
        if cmd.name == "su" and not any(a in {"-c", "--command"} or a.startswith("--command=") for a in cmd.args) and all(
                a in {"-", "-l", "--login", "root"} or a.startswith("-") for a in cmd.args):
            return cmd.text
    source = call.script.source if call.script else ""
    return m.group(0).strip(" ;&|()") if (m := _ROOT_SHELL.search(source)) else None


_BARE_SHELL = r"""(?:\S*/)?(?:ba|z|da|k|fi|c|tc|a)?sh"""
_SHELL_ESCAPE = re.compile(
    rf"""-exec(?:dir)?\s+{_BARE_SHELL}\s+(?:\\;|';'|"?;"?|\+)"""  # find -exec /bin/sh \;
    rf"""|--checkpoint-action=["']?exec=["']?{_BARE_SHELL}\b"""  # tar
    rf"""|\b(?:system|exec[lv]?p?e?|spawn|popen|call|run|Popen)\(\s*\[?\s*(?:["']|\\["']){_BARE_SHELL}(?:["']|\\["'])"""  # awk, python, perl, ruby, node
    rf"""|(?:^|\s|["']):!\s*{_BARE_SHELL}\b|(?:^|\s|["']):shell\b"""  # vim -c ':!/bin/sh', ':shell'
    r"""|--(?:eval|exec)[= ]["']?\(?\s*(?:call-process|shell)""",  # emacs --eval '(term "/bin/sh")'-like
)
"""A program's escape hatch that opens a shell with nothing to run: an interactive shell as whoever runs the program."""
_ROOT_PRIVILEGE = re.compile(r"(?:^|[\s;&|(`])(?:sudo|doas|pkexec|run0)\s|\bset(?:e|re|res)?[ug]id\(\s*0\s*[,)]")


@rule("sys.sudo_shell_escape", SYS, "block", "A shell opened from inside a program run as root (find -exec sh, tar --checkpoint-action, "
      "awk/python system(\"/bin/sh\"), vim :!sh after sudo or setuid(0)): everything after it runs as root unseen")
def _sudo_shell_escape(call: Call, ctx: Context) -> str | None:
    source = call.script.source if call.script else ""
    if not source or not _ROOT_PRIVILEGE.search(source):
        return None
    return m.group(0).strip() if (m := _SHELL_ESCAPE.search(source)) else None


@command_rule("sys.timestomp", SYS, "approve", "Copying a system file's timestamps onto another file (touch -r /bin/ls …) hides when it was made")
def _timestomp(cmd: Command, ctx: Context) -> bool:
    if cmd.name != "touch":
        return False
    refs = [a.split("=", 1)[1] for a in cmd.args if a.startswith("--reference=")]
    refs += [cmd.args[i + 1] for i, a in enumerate(cmd.args[:-1]) if a in {"-r", "--reference"}]
    return any(is_system(r) for r in refs)


_EXEC_MOUNT_OPTS = frozenset({"exec", "suid", "dev"})


@command_rule("sys.remount_exec", SYS, "block", "Remounting a filesystem to allow setuid programs, device files or execution (mount -o remount,suid,exec)")
def _remount_exec(cmd: Command, ctx: Context) -> bool:
    if cmd.name != "mount":
        return False
    opts = {o for i, a in enumerate(cmd.args[:-1]) if a in {"-o", "--options"} for o in cmd.args[i + 1].split(",")}
    opts |= {o for a in cmd.args if a.startswith(("-o", "--options=")) and len(a) > 2 and a not in {"-o", "--options"}
             for o in a.split("=", 1)[-1].removeprefix("-o").split(",")}
    return "remount" in opts and bool(opts & _EXEC_MOUNT_OPTS)


# --- supply_chain -----------------------------------------------------------------------

SUPPLY = "supply_chain"
_PKG_CONFIG = ("~/.npmrc", ".npmrc", "**/.npmrc", ".yarnrc", ".yarnrc.yml", "**/.yarnrc*", "pip.conf", "**/pip.conf", "pip.ini", "**/pip.ini",
               "~/.pypirc", "uv.toml", "**/uv.toml", "~/.condarc", ".condarc", "~/.gemrc", "~/.cargo/config", "~/.cargo/config.toml",
               ".cargo/config.toml", "/etc/apt/sources.list", "/etc/apt/sources.list.d/**", "~/.m2/settings.xml", "bunfig.toml")
_REGISTRY_KEY = re.compile(r"(registry|index[-_]?url|extra[-_]?index|find[-_]?links|trusted[-_]?host|\bsource\b|mirror|repositor)", re.I)


def _untrusted(host: str, ctx: Context) -> bool:
    return bool(host) and not host_matches(host, TRUSTED_REGISTRIES) and not ctx.host_trusted(host)


@rule("supply.pipe_to_interpreter", SUPPLY, "block", "Running code fetched from the network without looking at it (curl … | sh)")
def _pipe_to_shell(call: Call, ctx: Context) -> str | None:
    for feed in call.script.feeds if call.script else ():
        if feed.source == "network":
            hosts = {host_of(u) for u in urls_in(feed.text)} or {host_of(a) for c in call.commands if c.name in FETCHERS for a in c.args}
            hosts.discard("")
            if not hosts or not all(ctx.host_trusted(h) for h in hosts):
                return feed.text
    return None


_INLINE_FETCH = re.compile(r"\bfetch\s*\(|\bhttps?\.get\s*\(|urlopen|requests\.get|axios|XMLHttpRequest|Net::HTTP|LWP::|open-uri|URI\.open"
                           r"|file_get_contents\s*\(\s*['\"]https?:|Invoke-WebRequest|DownloadString")
_INLINE_EVAL = re.compile(r"\beval\b|\bexec\s*\(|\bnew\s+Function\b|\bFunction\s*\(|vm\.run|runInThisContext|instance_eval|Invoke-Expression|\biex\b")


@rule("supply.fetched_code_eval", SUPPLY, "block", "Interpreter code that downloads code and evaluates it (fetch(url).then(eval), exec(urlopen(url).read()))")
def _fetched_code_eval(call: Call, ctx: Context) -> str | None:
    for cmd in call.commands:
        if cmd.name not in INTERPRETERS or cmd.name in SHELLS:
            continue
        code = " ".join(cmd.args)
        if _INLINE_FETCH.search(code) and _INLINE_EVAL.search(code):
            hosts = {host_of(u) for u in urls_in(code)} - {""}
            if not hosts or not all(ctx.host_trusted(h) for h in hosts):
                return cmd.text
    return None


@command_rule("supply.unpack_fetched_system", SUPPLY, "block", "Unpacking a downloaded archive over the root or a system directory (curl … | tar x -C /)")
def _unpack_fetched_system(cmd: Command, ctx: Context) -> bool:
    if cmd.name not in {"tar", "bsdtar", "gtar"} or not set(cmd.upstream) & FETCHERS:
        return False
    extract = cmd.has_flag("", "--extract", "--get") or bool(cmd.args) and not cmd.args[0].startswith("-") and "x" in cmd.args[0] or cmd.has_flag("x")
    dirs = [a.split("=", 1)[1] for a in cmd.args if a.startswith("--directory=")]
    dirs += [cmd.args[i + 1] for i, a in enumerate(cmd.args[:-1]) if a in {"-C", "--directory"}]
    if not dirs and cmd.cwd in {"/", "/usr", "/usr/local", "/etc", "/opt", "/bin"}:
        dirs = [cmd.cwd]
    return extract and any(norm_path(d).rstrip("/") in {"", "/"} or is_system(norm_path(d)) for d in dirs)


@rule("supply.decoded_exec", SUPPLY, "block", "Running decoded or obfuscated code in an interpreter (base64 -d | sh)")
def _decoded_exec(call: Call, ctx: Context) -> str | None:
    return next((f.text for f in (call.script.feeds if call.script else ()) if f.source == "decoded"), None)


def _pip_install_args(cmd: Command) -> list[str] | None:
    args = list(cmd.args)
    if cmd.name.startswith("python") and args[:2] == ["-m", "pip"]:
        args = args[2:]
    elif cmd.name == "uv" and args[:1] == ["pip"]:
        args = args[1:]
    elif cmd.name not in {"pip", "pip3", "pipx"} and not re.fullmatch(r"pip3\.\d+", cmd.name):
        return None
    return args[1:] if args[:1] == ["install"] else None


@command_rule("supply.untrusted_index", SUPPLY, "block", "Installing packages from an untrusted package index or registry")
def _untrusted_index(cmd: Command, ctx: Context) -> bool:
    pip = _pip_install_args(cmd)
    if pip is not None:
        return any(_untrusted(host_of(v), ctx) for v in _opt_values(pip, ("-i", "--index-url", "--extra-index-url", "--trusted-host", "-f", "--find-links")) if v) or any(
            a == "--trusted-host" for a in pip
        )
    if cmd.name in {"npm", "yarn", "pnpm", "bun"}:
        if "config" in cmd.args and "set" in cmd.args and any("registry" in a for a in cmd.args):
            return any(_untrusted(host_of(a), ctx) for a in cmd.args)
        return any(_untrusted(host_of(v), ctx) for v in _opt_values(list(cmd.args), ("--registry",)) if v)
    if cmd.name in {"pip", "pip3"} and cmd.args[:2] == ("config", "set"):
        return any(_untrusted(host_of(a), ctx) for a in cmd.args)
    return False


@command_rule("supply.install_from_url", SUPPLY, "approve", "Installing a package straight from a URL, VCS repository or tarball on an untrusted host")
def _install_url(cmd: Command, ctx: Context) -> bool:
    pip = _pip_install_args(cmd)
    if pip is None and cmd.name in {"npm", "yarn", "pnpm", "bun"} and _sub(cmd)[0] in {"install", "i", "add"}:
        pip = _sub(cmd)[1]
    if pip is None:
        return False
    values = set(_opt_values(pip, ("-i", "--index-url", "--extra-index-url", "--registry", "-f", "--find-links")))
    return any(_untrusted(host_of(a), ctx) for a in pip if not a.startswith("-") and a not in values and ("://" in a or a.startswith("git+")))


def _opt_values(args: list[str], names: tuple[str, ...]) -> list[str]:
    out = []
    for i, a in enumerate(args):
        name, eq, value = a.partition("=")
        if name in names and eq:
            out.append(value)
        elif a in names and i + 1 < len(args):
            out.append(args[i + 1])
    return out


@rule("supply.registry_config", SUPPLY, "block", "Pointing a package manager at an untrusted registry", SHELL + ("@write",))
def _registry_config(call: Call, ctx: Context) -> str | None:
    for path, content, via in call.writes:
        if not path_matches(path, _PKG_CONFIG):
            continue
        if content is None or (_REGISTRY_KEY.search(content) and any(_untrusted(host_of(u), ctx) for u in urls_in(content) or [content])):
            return via
    return None


# --- guard (always on, asked last): input the parser could not structure ------------------

_RISKY_TOKENS = re.compile(
    r"\brm\s+(-\w*[rR]|--recursive)|\bmkfs|\bdd\b[^|;&]{0,400}\bof=|--no-preserve-root|\bshred\b|\|\s*(sudo\s+)?(ba|z|da|k)?sh\b"
    r"|\|\s*(python\d?|perl|ruby|node)\b|\beval\b|\bbase64\s+(-d|--decode)|/dev/(sd|nvme|hd|tcp|udp)|\b(drop|truncate)\s+(table|database|schema)\b"
    r"|:\(\)\s*\{|\bch(mod|own)\s+-R|\bpush\b[^|;&]{0,400}\s(-f|--force)\b|\bdestroy\b|\bkubectl\s+delete|>\s*/(etc|boot|usr)/",
    re.I,
)
"""Bounded repetitions only, so a search is linear in the line however long it is."""


@rule("guard.unparsed_risky", "guard", "block", "A command line the guard could not parse carries risky tokens; judged by its risk")
def _unparsed_risky(call: Call, ctx: Context) -> str | None:
    script = call.script
    found = _RISKY_TOKENS.search(script.source) if script and not script.parsed and len(script.source) <= SOURCE_LIMIT else None
    if not found or script is None:
        return None  # a line too long to analyse is guard.oversized's: its risky tokens may well be data
    return script.source if len(script.source) <= 1000 else script.source[max(0, found.start() - 200) : found.end() + 200]


@rule("guard.oversized", "guard", "approve", "A command line longer than the guard analyses (32 KiB): a reviewer decides what it does")
def _oversized(call: Call, ctx: Context) -> str | None:
    script = call.script
    return f"{len(script.source):,} characters: {script.source[:200]}…" if script and len(script.source) > SOURCE_LIMIT else None
from . import clis  # noqa: E402,F401  (registers the CLI table rules after the packs above)
