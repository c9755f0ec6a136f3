"""Path and host vocabulary shared by the rules: what is critical, secret, local or trusted."""

from __future__ import annotations

import fnmatch
import ipaddress
import re
from functools import lru_cache
from urllib.parse import urlsplit

from .build import is_build_name
from .shell import FOUND, norm_path

SYSTEM_DIRS = (
    "/bin", "/boot", "/dev", "/etc", "/home", "/lib", "/lib32", "/lib64", "/libx32", "/opt", "/proc",
    "/sbin", "/srv", "/sys", "/usr", "/var", "/snap", "/mnt", "/media",
    "/System", "/Library", "/Applications", "/private", "/Users", "/Volumes",
)
SCRATCH = ("/tmp", "/var/tmp", "/dev/shm", "/private/tmp", "/var/folders", "/private/var/folders")
"""Temp roots; /var/folders holds macOS's per-user $TMPDIR (/var/folders/xy/…/T/)."""
HARMLESS_DEVICES = ("/dev/null", "/dev/stdout", "/dev/stderr", "/dev/tty", "/dev/zero", "/dev/random", "/dev/urandom")
DISK_DEVICE = re.compile(r"^/dev/(sd|hd|vd|xvd|nvme|mmcblk|disk|rdisk|md|dm-|mapper/|loop|sr)")
CACHE_DIRS = (
    "~/.cache/**", "~/Library/Caches/**", "~/.npm/_cacache/**", "~/.npm/_npx/**", "~/.npm/_logs/**", "~/.yarn/cache/**",
    "~/.yarn/berry/cache/**", "~/.pnpm-store/**", "~/.local/share/pnpm/store/**", "~/.bun/install/cache/**", "~/.gradle/caches/**",
    "~/.gradle/wrapper/dists/**", "~/.m2/repository/**", "~/.ivy2/cache/**", "~/.cargo/registry/**", "~/.cargo/git/**", "~/go/pkg/mod/**",
    "~/.nuget/packages/**", "~/.composer/cache/**", "~/.pub-cache/**", "~/.node-gyp/**", "~/.android/build-cache/**",
    "~/Library/Developer/Xcode/DerivedData/**", "~/.terraform.d/plugin-cache/**", "~/.npm/**", "~/.local/share/virtualenvs/**",
    "~/.virtualenvs/**", "/var/cache/*/**",
)
"""Per-user caches (XDG, macOS), package managers' download stores and a system tool's cache (/var/cache/apt/…):
regenerable by definition (the tool fetches again what it misses), so deleting them is not a workspace escape."""
_BULK = re.compile(r"[*?\[{]")
_WORKSPACE_WIPES = {".", "*", ".*", "./*", "./.*", "..", "../*", "../.*", "~", "~/*", "~/.*", "/", "/*", "/.*"}

SECRET_PATTERNS = (
    "~/.ssh/id_*", "~/.ssh/*_rsa", "~/.ssh/*_ed25519", "~/.ssh/*_ecdsa", "~/.ssh/*.pem", "*/id_rsa", "*/id_ed25519", "*/id_ecdsa", "*/id_dsa",
    "id_rsa", "id_ed25519", "id_ecdsa", "id_dsa",
    "~/.aws/credentials", "~/.aws/config", "~/.aws/sso/cache/*", "~/.azure/*", "~/.config/gcloud/*", "~/.kube/config", "~/.kube/*",
    "/etc/shadow", "/etc/gshadow", "/etc/shadow-", "/etc/sudoers", "/etc/ssh/ssh_host_*_key", "/etc/kubernetes/admin.conf",
    "~/.docker/config.json", "~/.netrc", "~/.git-credentials", "~/.gnupg/*", "~/.pgpass", "~/.my.cnf", "~/.password-store/*",
    "~/.config/gh/hosts.yml", "~/.npmrc", "~/.pypirc", "~/.vault-token", "~/.terraform.d/credentials.tfrc.json",
    "/proc/*/environ", "*.pem", "*.key", "*.p12", "*.pfx", "*.keystore", "*.jks", "*/secrets/*", "credentials.json", "*/credentials.json",
    "service-account*.json", "*/service-account*.json",
    "~/.config/hub", "~/.s3cfg", "~/.boto", "~/.config/rclone/rclone.conf", "~/.cargo/credentials", "~/.cargo/credentials.toml",
    "~/.gem/credentials", "~/.composer/auth.json", "~/.config/composer/auth.json", "~/.m2/settings.xml", "~/.m2/settings-security.xml",
    "~/.gradle/gradle.properties", "~/.oci/config", "~/.oci/*.pem", "~/.config/doctl/config.yaml", "~/.fly/config.yml",
    "~/.config/netlify/config.json", "~/.netlify/config.json", "~/.vercel/auth.json", "~/.local/share/com.vercel.cli/auth.json",
    "~/.config/heroku/*", "~/.terraformrc", "~/.config/op/*", "~/.config/1Password/*", "~/.mozilla/firefox/*/logins.json",
    "~/.mozilla/firefox/*/key4.db", "*/Login Data", "*/Cookies", "~/Library/Keychains/*", "~/.local/share/keyrings/*",
    "/var/run/secrets/*", "/run/secrets/*", "/var/run/secrets/kubernetes.io/serviceaccount/token", "/etc/ssl/private/*",
    "*.tfstate", "*.tfstate.backup", "~/.bash_history", "~/.zsh_history", "~/.*_history", "~/.config/atuin/*", "~/.psql_history",
    "~/.mysql_history", "~/.dbshell", "~/.rediscli_history", "~/.lesshst",
)
_SECRET_PATTERN = re.compile("|".join(fnmatch.translate(p) for p in SECRET_PATTERNS))
"""SECRET_PATTERNS as one regex: a single match instead of a fnmatch per pattern (same matches, case-sensitive)."""
PUBLIC_KEY_FILES = ("~/.ssh/known_hosts", "~/.ssh/config", "~/.ssh/authorized_keys", "**/serviceaccount/namespace", "**/serviceaccount/ca.crt")
"""Public files beside secrets: a Kubernetes pod's namespace name and cluster CA certificate sit next to its token."""
SECRET_DIRS = ("~/.ssh", "~/.aws", "~/.gnupg", "~/.kube", "~/.config/gcloud", "~/.azure", "~/.docker", "~/.password-store")
SECRET_CANARIES = (
    "~/.ssh/id_rsa", "~/.ssh/id_ed25519", "~/.aws/credentials", "/etc/shadow", "~/.kube/config", "~/.config/gcloud/credentials.db",
    "~/.docker/config.json", "~/.netrc", "~/.git-credentials", "~/.gnupg/private-keys-v1.d/k.key", "~/.pgpass",
)
SECRET_NAMES = (
    "id_rsa", "id_ed25519", "id_ecdsa", "id_dsa", "server.key", "private.pem", "key.p12", "cert.pfx", "release.keystore", "release.jks",
    "credentials", "credentials.json", "credentials.db", "service-account.json", ".netrc", ".git-credentials", ".pgpass", ".my.cnf",
    ".npmrc", ".pypirc", ".vault-token", "terraform.tfstate", ".bash_history", ".zsh_history", "config.json", "known_secrets", ".env",
)
"""Names of files that hold secrets, for a search by name: ``find ~ -name '*.pem'`` and ``-name 'id_*'`` reach one."""
DOTENV = re.compile(r"(^|/)\.env(\.(?!example$|sample$|template$|dist$|defaults$)[\w.-]+)?$|(^|/)\.dev\.vars$")
"""A .env file (not its example or template), or Cloudflare wrangler's .dev.vars (the same, for workers)."""
_CERTIFICATE = re.compile(r"(?:^|/)(?![^/]*(?:key|priv|secret))[^/]*(?:cert|crt|ca[-_.]?bundle|chain|public|pubkey)[^/]*\.pem$", re.I)
"""A .pem named as a certificate or public key (cert.pem, fullchain.pem, ca-bundle.pem): public, unlike a key."""

TRUSTED_REGISTRIES = (
    "pypi.org", "files.pythonhosted.org", "pypi.python.org", "download.pytorch.org", "registry.npmjs.org",
    "registry.yarnpkg.com", "crates.io", "index.crates.io", "static.crates.io", "rubygems.org", "proxy.golang.org",
    "repo.maven.apache.org", "repo1.maven.org", "conda.anaconda.org",
)
_URL = re.compile(r"(?:https?|ftp|wss?|git\+https?|git\+ssh|ssh|sftp|scp|s3|gs)://[^\s'\"<>|;)`]+", re.I)
_SCP_LIKE = re.compile(r"^(?:[\w.-]+@)?([A-Za-z0-9.-]+\.[A-Za-z]{2,}|\d+\.\d+\.\d+\.\d+):")
_BARE_HOST = re.compile(r"^(?:[\w.-]+@)?((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}|\d+\.\d+\.\d+\.\d+)(?::\d+)?(?:/|$)")
_FILE_EXTS = re.compile(r"\.(py|js|ts|json|txt|md|sh|toml|ya?ml|cfg|ini|lock|tar|gz|tgz|zip|whl|html|csv|log|pem|key|env|rs|go|c|h|xz|bz2|zst|7z|jar|war|deb|rpm|b64|bin|img|iso|sql|dmg)$", re.I)


@lru_cache(maxsize=256)
def glob_regex(pattern: str) -> re.Pattern[str]:
    """A path glob matching the path itself and everything below it; ``**`` crosses ``/``."""
    pat = _strip_dot(norm_path(pattern.removesuffix("/**") or "/"))
    out, i = [], 0
    while i < len(pat):
        if pat.startswith("**", i):
            out.append(".*")
            i += 2
        elif pat[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pat[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(pat[i]))
            i += 1
    return re.compile("^" + "".join(out) + "(/.*)?$")


def _strip_dot(path: str) -> str:
    return path[2:] if path.startswith("./") else path


def path_matches(path: str, patterns) -> bool:
    p = _strip_dot(norm_path(path))
    return any(glob_regex(pat).match(p) for pat in patterns)


def is_system(path: str) -> bool:
    p = norm_path(path)
    if any(p == s or p.startswith(s + "/") for s in SCRATCH) or p in HARMLESS_DEVICES or p.startswith("/dev/fd/"):
        return False
    if p.startswith("/var/cache/") and p.count("/") >= 4:
        return False  # inside one tool's cache (/var/cache/apt/archives/*.deb): the FHS says it can go without loss
    return any(p == d or p.startswith(d + "/") for d in SYSTEM_DIRS)


def is_critical(path: str) -> bool:
    """Would deleting this recursively wipe the system, a home directory or the whole workspace?"""
    p = norm_path(path)
    if p.endswith(FOUND):
        base = p[: -len(FOUND)] or "/"
        return base in {"/", "~"} or base in SYSTEM_DIRS
    if p in _WORKSPACE_WIPES or p.startswith("../..") or p.startswith("/*") or p.startswith("~/*"):
        return True
    if p.startswith("~/") and "/" not in p[2:].rstrip("/"):
        return True
    if p.startswith("/") and p.count("/") == 1:
        return True
    return is_system(p) and not p.startswith("/opt/")


def workspace_root(path: str) -> str:
    """The agent's working directory in matching form, or '' when unknown or too broad to mean "the project".

    ``/``, a home directory, a top-level system directory or a scratch root (``/tmp``) as the workspace
    would make every delete below it "inside", so such values are ignored (absolute paths then need approval).
    """
    p = norm_path(path).rstrip("/") if path else ""
    if not p.startswith(("/", "~/")) or p in SYSTEM_DIRS or p in SCRATCH or _BULK.search(p) or p.endswith(FOUND):
        return ""
    return p


def in_workspace(path: str, workspace: str) -> bool:
    p = norm_path(path)
    return bool(workspace) and (p == workspace or p.startswith(workspace + "/"))


def workspace_relative(path: str, workspace: str) -> str:
    """``/work/app/build`` -> ``./build`` and ``/work/app`` -> ``.`` when the workspace is ``/work/app``."""
    p = norm_path(path)
    if not in_workspace(p, workspace):
        return p
    return "." if p == workspace else "./" + p[len(workspace) + 1 :]


def escapes_workspace(path: str, workspace: str = "") -> bool:
    """Does the path leave the agent's workspace: absolute, ``~``-rooted, ``..``-escaping, or rooted in a variable
    or command substitution (which may point anywhere)? An absolute path under a known workspace stays inside."""
    p = norm_path(path)
    if not p or in_workspace(p, workspace):
        return False
    return p.startswith(("/", "~", "$", "`")) or p == ".." or p.startswith("../")


@lru_cache(maxsize=1)
def _cache_dirs() -> re.Pattern[str]:
    """CACHE_DIRS as one regex: one match per path instead of one per pattern."""
    return re.compile("|".join(f"(?:{glob_regex(d).pattern})" for d in CACHE_DIRS))


_CACHE_QUERY = re.compile(
    r"^\$\((?:brew --cache|npm config get cache|go env GO(?:MOD)?CACHE|pip3? cache dir|yarn cache dir|pnpm store path|"
    r"poetry config cache-dir|uv cache dir|composer config cache-dir)\)(?:/[^*?]*)?$")
"""A tool asked where its own cache is (``rm -rf "$(go env GOCACHE)"``): that cache, whatever its path here."""


def is_regenerable(path: str) -> bool:
    """A user cache, or inside a build/cache directory of a project (``~/code/app/node_modules``, ``…/target/debug``):
    what is deleted comes back with the next install or build. A build-named directory directly under the root or a
    home directory (``~/build``) is not taken to be a project's, nor is anything under a system directory."""
    p = norm_path(path).removesuffix(FOUND).rstrip("/")
    if _cache_dirs().match(_strip_dot(p)) or _CACHE_QUERY.match(path.strip("'\"")):
        return True
    if is_system(p):
        return False
    parts = [s for s in p.split("/") if s not in {"", "."}]
    start = 2 if parts[:1] == ["~"] or p.startswith(("/", "$", "`")) else 1  # a project directory first: not ~/build, $X/build
    return any(is_build_name(s) or _CACHE_NAME.match(s) for s in parts[start:])


_CACHE_NAME = re.compile(r"^\.?(?:[\w -]*cache[sd]?|cached[\w-]*)$", re.I)
"""A directory a tool names as its cache (``Caches``, ``plugin-cache``, ``GPUCache``, ``CachedData``): what it holds is
fetched or built again."""


def is_bulk(path: str) -> bool:
    """A glob, brace list or ``find`` result set rather than one named file."""
    return bool(_BULK.search(path)) or path.endswith(FOUND)


def is_disk_device(path: str) -> bool:
    return bool(DISK_DEVICE.match(path))


@lru_cache(maxsize=4096)
def is_secret(path: str) -> bool:
    """A private key, cloud or cluster credential, password store or shadow file (or a glob reaching one)."""
    p = norm_path(path)
    if not p or p.endswith(".pub") or path_matches(p, PUBLIC_KEY_FILES):
        return False
    if _CERTIFICATE.search(p) and "/private/" not in p and not any(p.startswith(d + "/") for d in SECRET_DIRS):
        return False
    if FOUND + "/" in p:
        name = p.rpartition("/")[2]
        return any(_glob_part(name, n) for n in SECRET_NAMES)
    if any(ch in p for ch in "*?["):
        return any(_glob_reaches(p, c) for c in SECRET_CANARIES)
    return p in SECRET_DIRS or bool(_SECRET_PATTERN.match(p))


def _glob_reaches(pattern: str, path: str) -> bool:
    """Would the shell glob expand to ``path``? ``*`` stays within one directory (``*`` is not ``~/.ssh/id_rsa``)."""
    parts, names = pattern.split("/"), path.split("/")
    return len(parts) == len(names) and all(_glob_part(p, n) for p, n in zip(parts, names, strict=True))


def _glob_part(pattern: str, name: str) -> bool:
    """One path component; like the shell, a wildcard does not match a leading dot (``*`` is not ``.env``).

    A component longer than any file name (255) is taken to match: fnmatch translates ``[[[…`` in quadratic time,
    and such a glob cannot be checked cheaply (fail closed)."""
    if len(pattern) > 255:
        return True
    return fnmatch.fnmatchcase(name, pattern) and (not name.startswith(".") or pattern.startswith("."))


_DOTENV_CANARIES = (".env", ".env.local", ".env.production")


@lru_cache(maxsize=4096)
def is_dotenv(path: str) -> bool:
    """A .env file, or a glob that expands to one (``.env*``)."""
    p = norm_path(path)
    if any(ch in p for ch in "*?["):
        name = p.rpartition("/")[2]
        return any(_glob_part(name, c) for c in _DOTENV_CANARIES)
    return bool(DOTENV.search(p))


@lru_cache(maxsize=4096)
def host_of(text: str) -> str:
    """The host a URL, ``user@host:path`` or bare ``host/path`` argument points at, else ''."""
    m = _URL.search(text)
    if m:
        try:
            return (urlsplit(m.group(0)).hostname or "").lower()
        except ValueError:
            return ""
    for pattern in (_SCP_LIKE, _BARE_HOST):
        m = pattern.match(text)
        if m and not _FILE_EXTS.search(m.group(1)):
            return m.group(1).lower()
    return ""


def urls_in(text: str) -> list[str]:
    return _URL.findall(text)


_PRIVATE_NETS = tuple(ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"))


def is_local_host(host: str) -> bool:
    """Loopback and RFC 1918 hosts (Python's is_private would also trust documentation ranges)."""
    if host in {"localhost", "host.docker.internal"} or host.endswith((".localhost", ".local", ".internal")):
        return True
    try:
        ip = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return ip.is_loopback or ip.is_unspecified or any(ip in net for net in _PRIVATE_NETS if ip.version == net.version)


def host_matches(host: str, patterns) -> bool:
    return any(fnmatch.fnmatch(host, pat.lower()) for pat in patterns)
