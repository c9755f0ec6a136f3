"""What code handed to an interpreter would do, as shell-shaped actions the rules already judge.

Python is parsed with ``ast``: calls such as ``shutil.rmtree(os.path.expanduser('~'))``,
``subprocess.run(['rm', '-rf', '/etc'])``, ``open('~/.ssh/id_rsa').read()`` or ``exec(b64decode(…))``
are turned into the commands they amount to (``rm -rf ~``, ``cat ~/.ssh/id_rsa``) or into a
"decoded"/"unresolved" code feed, with statically known strings, ``os.path.join``, ``Path.home()``
and simple assignments evaluated. Node, Perl, Ruby, PHP and Deno code is not parsed: their
dangerous calls are recognised by pattern, as are Lua, R, Julia, Groovy/Kotlin, Elixir and AppleScript's. Unknown parts
of a path become ``*`` (some entry).
"""

from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass, field

from .sdk import cloud_commands, database_commands

UNKNOWN = "*"
LOOP_VALUES = 8
ENVIRONMENT = "/proc/self/environ"
"""What printing the whole environment reads: the process's environment, as ``cat /proc/self/environ`` does."""
"""Values of a literal loop list the loop body is judged with."""


@dataclass(slots=True)
class CodeEffects:
    """Shell-shaped actions found in a program."""

    argvs: list[tuple[str, ...]] = field(default_factory=list)
    """Commands the code runs or amounts to (``rmtree(p)`` -> ``rm -rf p``)."""
    shell: list[str] = field(default_factory=list)
    """Shell strings the code hands to ``system``/``subprocess`` with ``shell=True``/``exec…``."""
    writes: list[str] = field(default_factory=list)
    """Paths the code opens for writing."""
    feeds: list[str] = field(default_factory=list)
    """"decoded" or "unresolved": code built at run time and executed."""
    reverse_shell: bool = False
    runs_argv: bool = False
    """The code runs its own command-line arguments as a command (``subprocess.run(sys.argv[1:])``): the caller, who
    knows them, judges them as that command; with none known they are code nobody read."""


_HOME_EXPRS = re.compile(
    r"(?:require\(\s*['\"]os['\"]\s*\)|\bos)\.homedir\(\)|process\.env\.HOME\b|process\.env\[['\"]HOME['\"]\]|Deno\.env\.get\(['\"]HOME['\"]\)"
    r"|Dir\.home|ENV\[['\"]HOME['\"]\]|\$ENV\{HOME\}|\$_SERVER\[['\"]HOME['\"]\]|(?:\bos\.)?getenv\(['\"]HOME['\"]\)"
    r"|\bhomedir\(\)|System\.getProperty\(['\"]user\.home['\"]\)|System\.get_env\(['\"]HOME['\"]\)|path\.expand\(['\"]~['\"]\)"
    r"|ENVIRON\[['\"]HOME['\"]\]|System\.getenv\(['\"]HOME['\"]\)|System\.user_home!?\(\)|Sys\.getenv\(['\"]HOME['\"]\)"
)
_CHILD_PROCESS_ALIAS = re.compile(
    r"\{([^{}]*)\}\s*=\s*(?:await\s+)?(?:require|import)\s*\(\s*['\"](?:node:)?child_process['\"]\s*\)"
    r"|\b(\w+)\s*=\s*(?:require\s*\(\s*['\"](?:node:)?child_process['\"]\s*\)|child_process|cp)\.(\w+)\b(?!\s*\()"
)
"""Node's process functions under another name: ``const {execSync: x} = require('child_process')``,
``const run = require('child_process').execSync``."""


def _unalias_child_process(text: str) -> str:
    """Calls through an alias of a child_process function, written as the function's own name."""
    renames: dict[str, str] = {}
    for m in _CHILD_PROCESS_ALIAS.finditer(text):
        if m.group(1) is not None:
            renames.update((k.strip(), v.strip()) for k, _, v in (p.partition(":") for p in m.group(1).split(",")) if v.strip())
        else:
            renames[m.group(3)] = m.group(2)
    for function, alias in renames.items():
        if re.fullmatch(r"\w+", alias) and re.fullmatch(r"\w+", function):
            text = re.sub(rf"(?<![\w.$]){alias}\s*\(", f"{function}(", text)
    return text
_STR = r"(?:'([^']*)'|\"([^\"]*)\")"
_STR_PARTS = re.compile(_STR)
_JS_CONCAT = re.compile(r"~\s*(?:\+|\.\.|\.|<>)\s*" + _STR)
"""A string appended to the home directory: ``+`` (JS, Java), ``..`` (Lua), ``.`` (Perl, PHP), ``<>`` (Elixir)."""
_PATH_OF = re.compile(
    r"(?:File\.expand_path|File\.absolute_path|Pathname\.new|Pathname|path\.resolve|path\.normalize|realpath|normalizePath|path\.expand"
    r"|abs_path|rel2abs|Path\.expand|expanduser)\(\s*(" + _STR + r")\s*\)"
)
"""A call that only names a path (``File.expand_path("~/.netrc")``): the path itself."""
_CALLBACK_DELETE = re.compile(r"['\"](?:unlink|rmdir|remove|rm_rf|rmtree)['\"]\s*,\s*(?:glob\s*\(\s*)?(?:" + _STR + r"|(~))")
"""A delete handed over by name, as PHP's ``array_map("unlink", glob(…))``."""
_FILE_DELETE = re.compile(r"\bFile\(\s*(?:" + _STR + r"|(~)(?:\s*\+\s*" + _STR + r")?)\s*\)\s*\.\s*(deleteDir|deleteRecursively|delete)\(")
"""Groovy/Kotlin/Java: ``new File(path).deleteDir()``."""
_LISTING = re.compile(r"\b(?:Dir\.glob|Dir\.entries|Dir\.children|Dir\.each_child|Dir\s*\[|readdirSync|readdir|glob\.glob|glob|scandir|opendir)\s*\(?\s*(?:\w+\s*,\s*)?(?:"
                      + _STR + r"|(~))")
"""A listing of a literal directory or glob whose entries the code then walks."""
_DELETE_EACH = re.compile(r"\b(?:File\.delete|File\.unlink|FileUtils\.rm\w*|unlinkSync|rmSync|unlink|remove|rmtree)\s*\(?\s*[A-Za-z_$@]")
"""A delete of a name the code holds (the walked entry), not of a literal."""
_STRING_EXECUTE = re.compile(_STR + r"\s*\.\s*execute\(\)")
"""Groovy runs a string as a command: ``"rm -rf x".execute()``."""
_APPLESCRIPT_SHELL = re.compile(r"do shell script\s+" + _STR)
_WRITE_CALL = re.compile(
    r"\b(writeFileSync|writeFile|appendFileSync|appendFile|File\.write|IO\.write|file_put_contents|writeTextFile(?:Sync)?|write_file|spurt"
    r"|writeLines|write_lines|writeText|WriteAllText|Bun\.write|File\.write!)\s*\(\s*(?:" + _STR + r"|(~)(?:\s*\+\s*" + _STR + r")?)"
)
"""Calls that write a file in Node, Ruby, PHP, Deno, Perl, R, Kotlin: the path they write."""
_DELETE_CALL = re.compile(
    r"(?<!['\"])\b(rmSync|rmdirSync|rm|rmdir|removeSync|remove|rimraf(?:\.sync)?|rm_rf|rm_r|remove_dir|remove_entry|rmtree|remove_tree|unlinkSync|unlink|File\.delete|rmdir)"
    r"!?(?:\s*\(\s*|\s+)(?:\*?\s*(?:(?:Dir\.)?glob\s*\(?|Dir\s*\[)\s*)?"
    r"(?:" + _STR + r"|(~))"
)
_PATH_JOIN = re.compile(r"(?:\bFile\.join|(?:require\(\s*['\"]path['\"]\s*\)|\b\w+)\.(?:join|resolve)|\bFile::Spec->catfile|\bcatfile|\bjoinpath|\bfile\.path|Path\.join)\(\s*~\s*((?:,\s*" + _STR + r"\s*)+)\)")
"""A path joined onto the home directory (``File.join(Dir.home, '.kube', '*')``, ``path.join(os.homedir(), '.ssh')``)."""
_READ_CALL = re.compile(r"\b(readFileSync|readFile|File\.read|readTextFile(?:Sync)?|file_get_contents|IO\.read|slurp|read_file|readlines|"
                        r"io\.open|io\.lines|fopen|readLines|read_lines|readText|ReadAllText|File\.read!|read_text)\s*\(\s*(?:" + _STR + r"|(~)(?:\s*\+\s*" + _STR + r")?)")
_QUOTED_COMMAND = re.compile(r"(?<![\w$])(?:qx|%x)\s*[({\[]([^)}\]]*)")
"""Perl's ``qx(…)`` and Ruby's ``%x{…}``: a shell command like backticks."""
_BACKTICKS = re.compile(r"`([^`]+)`")
_DECODED_EVAL = re.compile(
    r"\b(?:eval|exec|Function|instance_eval|class_eval)(?:\s*\(\s*|\s+)(?:Buffer\.from|atob|Base64\.decode64|base64_decode|decode_base64|unpack|pack\b|['\"][^'\"]*['\"]\s*\.\s*unpack1?\b|"
    r"\[?['\"][A-Za-z0-9+/=]{16,})",
)
"""Code decoded and run; Perl and Ruby call eval without parentheses (``eval pack q/H*/, …``)."""
_PRINTS_ENVIRONMENT = re.compile(
    r"\b(?:console\.(?:log|dir|info|error|table)|process\.stdout\.write|puts|print|pp?|print_r|var_dump|var_export|Dumper|say)\s*\(?\s*"
    r"(?:JSON\.stringify\s*\(\s*|Object\.(?:entries|values)\s*\(\s*|\\)?(?:process\.env|ENV(?:\.to_h)?|%ENV|\$_ENV|\$_SERVER|getenv\(\s*\))(?=\s*[,);]|\s*$)",
    re.M,
)
"""The whole environment printed (``console.log(process.env)``, ``puts ENV.to_h``, ``print_r($_ENV)``); one variable
(``process.env.NODE_ENV``, ``ENV['HOME']``) is not."""
_DYNAMIC_EVAL = re.compile(r"\b(?:eval|new\s+Function)\s*\(\s*(?![\"'`)])")
_SOCKET_SHELL = re.compile(r"(socket|Socket|TCPSocket|net\.connect|IO::Socket|fsockopen|stream_socket_client).*(/bin/(ba)?sh|cmd\.exe|dup2|spawn\(['\"](ba)?sh|IO\.popen|proc_open|popen\(\$)", re.S)


def analyse_code(code: str, language: str) -> CodeEffects:
    """What a program would do; Python is parsed, other languages recognised by their dangerous calls."""
    out = CodeEffects(argvs=[*database_commands(code), *cloud_commands(code)])
    if language in {"pwsh", "powershell"}:
        _powershell(code, out)
        return out
    if language.startswith("python"):
        try:
            tree = ast.parse(code)
        except (SyntaxError, ValueError):
            _scan_other(code, out, language)
            return out
        _PythonWalker(out).visit(tree)
        out.reverse_shell = out.reverse_shell or bool(_SOCKET_SHELL.search(code) and "connect" in code)
        return out
    _scan_other(code, out, language)
    return out


def _scan_other(code: str, out: CodeEffects, language: str = "") -> None:
    text = _QW.sub(lambda m: ", ".join(json.dumps(w) for w in next(g for g in m.groups() if g is not None).split()), code)
    text = _HOME_EXPRS.sub("~", text)
    text = _INTERPOLATED_HOME.sub("~", text)
    if "child_process" in text:
        text = _unalias_child_process(text)
    text = _PATH_JOIN.sub(lambda m: "'~/" + "/".join(a or b for a, b in _STR_PARTS.findall(m.group(1))) + "'", text)
    text = _JS_CONCAT.sub(lambda m: "'~" + ("" if _first(m, 1).startswith("/") else "/") + _first(m, 1) + "'", text)
    joined = _AWK_JUXTAPOSED if language in AWK_NAMES else _CONCAT
    for _ in range(2):  # a variable may hold a concatenation, and a concatenation may use a variable
        text = _fold_concatenation(_propagate_literals(text), joined)
    text = _PATH_OF.sub(lambda m: m.group(1), text)
    for m in _DELETE_CALL.finditer(text):
        out.argvs.append(("rm", "-rf", _first(m, 2) or "~"))
    for m in _CALLBACK_DELETE.finditer(text):
        out.argvs.append(("rm", "-rf", _first(m, 1) or "~"))
    listed = _LISTING.search(text)
    if listed and _DELETE_EACH.search(text, listed.end()):  # Dir.glob('~/.ssh/*').each { |f| File.delete(f) }
        out.argvs.append(("rm", "-rf", _first(listed, 1) or "~"))
    for m in _FILE_DELETE.finditer(text):
        out.argvs.append(("rm", "-rf", _first(m, 1) or "~/" + _first(m, 4).lstrip("/")))
    for m in _WRITE_CALL.finditer(text):
        out.writes.append(_first(m, 2) or "~/" + _first(m, 5).lstrip("/"))
    for m in (*_STRING_EXECUTE.finditer(text), *_APPLESCRIPT_SHELL.finditer(text)):
        out.shell.append(_unescape(_first(m, 1)))
    _process_calls(text, out)
    if language == "tclsh":
        out.shell += [m.group(1) for m in _TCL_EXEC.finditer(text)]
    for m in _READ_CALL.finditer(text):
        out.argvs.append(("cat", _first(m, 2) or "~/" + _first(m, 5).lstrip("/")))
    if _PRINTS_ENVIRONMENT.search(text):
        out.argvs.append(("cat", ENVIRONMENT))
    for m in _QUOTED_COMMAND.finditer(text):
        out.shell.append(m.group(1))
    for m in _BACKTICKS.finditer(text):
        if "${" not in m.group(1):  # a JavaScript template literal, not a Ruby/Perl backtick command
            out.shell.append(m.group(1))
    if _DECODED_EVAL.search(text):
        out.feeds.append("decoded")
    elif _DYNAMIC_EVAL.search(text):
        out.feeds.append("unresolved")
    out.reverse_shell = bool(_SOCKET_SHELL.search(text))


_QW = re.compile(r"\bqw\s*(?:\(([^)]*)\)|\[([^\]]*)\]|\{([^}]*)\}|/([^/]*)/)")
"""Perl's word list ``qw(rm -rf /x)``: the quoted words it stands for."""
_TCL_EXEC = re.compile(r"(?:^|[;\[\n{])\s*exec\s+([^;\]\n}]+)")
"""Tcl's ``exec prog arg…`` (bare words, up to the end of the command or bracket)."""
AWK_NAMES = frozenset({"awk", "gawk", "mawk", "nawk", "busybox-awk"})
_LITERAL = r"(?:'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"|~)"
_ASSIGNED = re.compile(r"(?:\b(?:local|my|var|let|const)\s+)?(?<![\w.$])(\$?[A-Za-z_]\w*)\s*=\s*(" + _LITERAL + r")(?=\s*(?:[;\n)]|$))")
_CONCAT = re.compile(r"(" + _LITERAL + r")\s*(?:\.\.|\.|\+|<>)\s*(" + _LITERAL + r")")
"""Two literals joined by a concatenation operator: ``..`` (Lua), ``.`` (Perl, PHP), ``+`` (JS, Python, Java), ``<>`` (Elixir)."""
_AWK_JUXTAPOSED = re.compile(r"(" + _LITERAL + r")[ \t]*(" + _LITERAL + r")")
"""awk concatenates by writing two values side by side."""


def _literal_value(token: str) -> str:
    return "~" if token == "~" else _unescape(token[1:-1])


def _propagate_literals(text: str) -> str:
    """A variable assigned one literal (a string or the home directory) and then used stands for that literal:
    ``local h = os.getenv("HOME"); os.execute("rm -rf " .. h)`` runs ``rm -rf ~``. Reassigned names are left alone."""
    assigned = list(_ASSIGNED.finditer(text))
    counts: dict[str, int] = {}
    for m in assigned:
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    for m in reversed(assigned):
        name = m.group(1)
        if counts[name] != 1:
            continue
        use = re.compile(r"(?<![\w$.'\"])" + re.escape(name) + r"(?![\w(=])")
        text = text[: m.end()] + use.sub(_constant(m.group(2)), text[m.end() :])
    return text


def _constant(value: str):
    return lambda _: value


def _fold_concatenation(text: str, joined: re.Pattern[str]) -> str:
    """Literals concatenated into one string (``"rm -rf " .. ~ .. "/work"`` is ``"rm -rf ~/work"``), bounded passes."""
    for _ in range(8):
        folded = joined.sub(lambda m: json.dumps(_literal_value(m.group(1)) + _literal_value(m.group(2)), ensure_ascii=False), text)
        if folded == text:
            return text
        text = folded
    return text


_INTERPOLATED_HOME = re.compile(r"\$\{~\}|\$\{?(?:ENV\{HOME\}|HOME)\}?|#\{(?:Dir\.home|ENV\[['\"]HOME['\"]\])\}|\$\{(?:process\.env\.HOME|os\.homedir\(\))\}")
_STRING = re.compile(r"'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"")
_ARGUMENT = re.compile(_STRING.pattern + r"|(?<![\w/.~])(~)(?![\w/~])")
"""A process argument the code spells out: a string, or the home directory (``Dir.home``, ``$ENV{HOME}``, already ``~``)."""
_RUNNERS = re.compile(
    # a call that starts a process: its string arguments are an argv (several) or a shell command (one)
    r"(?<![\w$])(?:(?:child_process|cp|Bun|Deno|Kernel|Open3|IO|os|io|Process|subprocess|proc|System|sys\.process)\.)?"
    r"(system|exec|execSync|execFile|execFileSync|spawn|spawnSync|fork|shell_exec|passthru|popen|popen3|capture2e?|capture3|"
    r"proc_open|pcntl_exec|execute|Command|run|cmd|shell|Process|system2|\$)(?:\s*(\(|`)|[ \t]+(?=['\"]))",
)
_SHELL_ONLY = frozenset({"execSync", "shell_exec", "passthru", "popen", "proc_open", "execute", "capture2", "capture2e", "capture3", "popen3"})
_UNAMBIGUOUS = frozenset({"system", "execSync", "spawnSync", "execFileSync", "shell_exec", "passthru", "popen", "proc_open", "pcntl_exec", "execute"})
_DECODING = re.compile(r"Buffer\.from|atob|pack1?\s*\(|decode64|base64|fromCharCode|unhexlify|\.reverse\(|hex2bin|chr\(", re.I)
_PIPE_SHELLS = frozenset({"sh", "bash", "zsh", "dash", "ksh", "fish", "ash"})
"""A shell the program's output is piped to (awk ``print | "sh"``) runs whatever the program prints."""
_PIPED_COMMAND = re.compile(r"(?:'([^']+)'|\"([^\"]+)\")\s*\|\s*getline|\|\s*(?:'([^']+)'|\"([^\"]+)\")")


def _process_calls(text: str, out: CodeEffects) -> None:
    """Calls that start a process (``system``, ``execSync``, ``spawnSync('git', [...])``, ``Bun.spawnSync([...])``,
    ``new Deno.Command('sh', {args: [...]})``, awk's ``"cmd" | getline``): their literal strings become an argv or a
    shell command; a process built from anything else (a variable, decoded text) is code nobody can read first."""
    for m in _RUNNERS.finditer(text):
        name, opener = m.group(1), m.group(2)
        if opener == "`":
            end = text.find("`", m.end())
            if end > 0 and name == "$":
                out.shell.append(text[m.end() : end])
            continue
        if name == "$":
            continue
        if opener is None:  # Perl and Ruby call without parentheses: ``system "rm", "-rf", $dir;``
            stop = re.search(r"[;\n]|\b(?:or|and|if|unless)\b", text[m.end() : m.end() + 600])
            args = text[m.end() : m.end() + (stop.start() if stop else 600)]
        else:
            args = _process_args(_call_args(text, m.end()))
        literals = [_unescape(next(g for g in s.groups() if g is not None)) for s in _ARGUMENT.finditer(args)]
        if name in {"run", "Command", "exec", "fork", "cmd", "shell", "Process"} and not literals:
            continue  # too common a name (a test runner's run(), RegExp#exec) to call unresolved
        if not literals:
            if name in _UNAMBIGUOUS or m.group(0).startswith(("child_process", "cp.", "Bun.", "Deno.", "Open3", "Kernel")):
                out.feeds.append("decoded" if _DECODING.search(args) else "unresolved")
            continue
        if _DECODING.search(args.split(",", 1)[0]):
            out.feeds.append("decoded")
        elif len(literals) == 1 or name in _SHELL_ONLY and not args.lstrip().startswith("["):  # IO.popen([argv]) is no shell
            out.shell.append(literals[0])
        else:
            out.argvs.append(tuple(literals))
    for m in _PIPED_COMMAND.finditer(text):
        cmd = next((g for g in m.groups() if g), "")
        piped_to = m.group(3) or m.group(4)
        if piped_to and len(cmd.split()) == 1 and cmd.rsplit("/", 1)[-1] in _PIPE_SHELLS:
            out.feeds.append("unresolved")  # the program prints the script a shell runs: built at run time
        elif cmd and not cmd.startswith(("/dev/", "-")):
            out.shell.append(cmd)


_CALLBACK = re.compile(r"^\s*(?:\(|function\b|async\b|\w+\s*=>|\{(?![^}]*\bargs\b))|=>")


def _process_args(args: str) -> str:
    """The arguments that make up the process: the command, its argv array and an options object's ``args``, not a
    callback or other options after them (``exec('cat ~/.aws/credentials', (e, o) => post({host: 'x'}))``)."""
    depth, quote = 0, ""
    for i, ch in enumerate(args):
        if quote:
            quote = "" if ch == quote and args[i - 1] != "\\" else quote
        elif ch in "'\"`":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0 and _CALLBACK.search(args[i + 1 : i + 200].split(",", 1)[0]):
            return args[:i]
    return args


def _call_args(text: str, start: int) -> str:
    """The text up to the parenthesis closing a call opened just before ``start`` (bounded)."""
    depth, i, limit = 1, start, min(len(text), start + 600)
    while i < limit:
        ch = text[i]
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
            if depth == 0:
                return text[start:i]
        i += 1
    return text[start:limit]


def _unescape(text: str) -> str:
    return text.replace("\\'", "'").replace('\\"', '"').replace("\\\\", "\\")


# --- PowerShell: cmdlets as the shell commands they amount to -------------------------------------

_CMD_SWITCH = re.compile(r"/[A-Za-z]")
"""cmd.exe's switches (``rmdir /s /q``, ``del /f``): ``/s`` recurses."""
_PS_DELETE = frozenset({"remove-item", "rm", "ri", "del", "erase", "rd", "rmdir"})
_PS_LIST = frozenset({"get-childitem", "gci", "ls", "dir"})
_PS_READ = frozenset({"get-content", "gc", "cat", "type"})
_PS_FETCH = frozenset({"invoke-webrequest", "iwr", "invoke-restmethod", "irm", "curl", "wget", "start-bitstransfer"})
_PS_EVAL = frozenset({"invoke-expression", "iex"})
_PS_HOME = re.compile(r"\$env:(USERPROFILE|HOME|HOMEPATH)|%(USERPROFILE|HOMEPATH|HOME)%|\$HOME\b|[A-Za-z]:\\+Users\\+[^\\\s'\"]+", re.I)
_PS_SYSTEM = re.compile(r"^[A-Za-z]:\\+(Windows|Program Files( \(x86\))?|ProgramData)(?=\\|$)", re.I)


def _ps_path(word: str) -> str:
    p = _PS_HOME.sub("~", word.strip("'\""))
    p = _PS_SYSTEM.sub(lambda m: "/usr/" + m.group(1).replace(" ", "_"), p)
    p = re.sub(r"^[A-Za-z]:\\*", "/", p)
    return re.sub(r"\\+", "/", p)


_NET_IO = re.compile(r"\[(?:System\.)?IO\.(Directory|File)\]::(Delete|ReadAllText|ReadAllBytes|ReadAllLines)\(\s*(['\"])(.*?)\3\s*(,\s*\$true)?", re.I)


def _powershell(code: str, out: CodeEffects) -> None:
    """Remove-Item -Recurse is rm -rf, Get-Content is cat, a download piped to Invoke-Expression is fetched code,
    Invoke-Expression of anything else is code built at run time; other commands are judged as they are."""
    if re.search(r"DownloadString|DownloadFile|Net\.WebClient", code, re.I) and re.search(r"\biex\b|Invoke-Expression", code, re.I):
        out.feeds.append("network")
    for m in _NET_IO.finditer(code):  # .NET called directly: [System.IO.Directory]::Delete("$HOME/x", $true) is rm -rf
        kind, op, path = m.group(1).lower(), m.group(2).lower(), _ps_path(m.group(4))
        if op == "delete":
            out.argvs.append(("rm", "-rf", path) if kind == "directory" and m.group(5) else ("rm", path))
        else:
            out.argvs.append(("cat", path))
    for statement in re.split(r"[;\n]", code):
        stages = [s.strip() for s in statement.split("|") if s.strip()]
        names: list[str] = []
        listed: list[str] = []
        for stage in stages:
            words = re.findall(r"'[^']*'|\"[^\"]*\"|\S+", stage)
            words = [w.strip("()") for w in words if w.strip("()")]
            if words[:1] == ["&"]:  # the call operator: & rm -Recurse x runs rm
                words = words[1:]
            if not words:
                continue
            name = re.split(r"[(\s]", words[0], maxsplit=1)[0].lower() or words[0].lower()  # IEX(IWR …) is iex
            switches = {w for w in words[1:] if w.startswith("-") or _CMD_SWITCH.fullmatch(w)}
            flags = {w.lower() for w in switches}
            operands = [w.rstrip(",") for w in words[1:] if w not in switches and not w.startswith(("$true", "$false"))]
            if name in _PS_DELETE:
                recursive = bool(flags & {"-recurse", "-r", "-rf", "-fr", "/s"})
                if not operands and listed:  # Get-ChildItem ~ -Recurse | Remove-Item: each listed item is deleted
                    operands = [f"{o.rstrip('/')}/*" for o in listed]
                out.argvs += [("rm", "-rf", _ps_path(o)) if recursive else ("rm", _ps_path(o)) for o in operands[:4]]
            elif name in _PS_LIST:
                listed = [o for o in operands if not o.startswith("*")][:4] or ["."]
            elif name in _PS_READ:
                out.argvs += [("cat", _ps_path(o)) for o in operands[:4]]
            elif name in _PS_EVAL:
                if any(n in _PS_FETCH for n in names) or re.search(r"iwr|irm|Invoke-WebRequest|Invoke-RestMethod|DownloadString", stage, re.I):
                    out.feeds.append("network")
                elif _DECODING.search(stage):
                    out.feeds.append("decoded")
                else:
                    out.feeds.append("unresolved")
            elif name in _PS_FETCH and flags & {"-infile", "-body"} and any(w.lower() in {"post", "put"} for w in words):
                url = next((w.strip("'\"") for w in words if "://" in w), "")
                out.argvs.append(("curl", "-T", "-", url))
            elif name in {"set-mppreference", "add-mppreference"} and any(f.startswith(("-disable", "-exclusion")) for f in flags):
                out.argvs.append(("systemctl", "stop", "defender"))
            elif name in {"stop-service", "set-service"} and operands:
                out.argvs.append(("systemctl", "stop", *(o.strip("'\"") for o in operands)))
            elif name in {"new-itemproperty", "set-itemproperty"} and re.search(r"currentversion\\+(run|runonce)\b", stage, re.I):
                out.argvs.append(("reg", "add", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"))  # a Run key: starts at logon
            elif name in {"register-scheduledtask", "new-scheduledtask"}:
                out.argvs.append(("schtasks", "/create"))
            elif name in {"start-process", "saps"} and operands:
                out.argvs.append(tuple(o.strip("'\"") for o in operands))
            elif not name.startswith(("$", "[")) and "-" not in name[1:]:
                out.argvs.append(tuple(w.strip("'\"") for w in [words[0], *words[1:]]))
            names.append(name)


def _first(match: re.Match, start: int) -> str:
    """The first quoted-string group that matched, counting from ``start``."""
    return next((g for g in match.groups()[start - 1 : start + 1] if g is not None), "")


_DELETES = {"shutil.rmtree": True, "os.remove": False, "os.unlink": False, "os.rmdir": False, "os.removedirs": True}
_RUNS = {"os.system", "os.popen", "subprocess.run", "subprocess.call", "subprocess.check_call", "subprocess.check_output",
         "subprocess.Popen", "subprocess.getoutput", "subprocess.getstatusoutput", "pty.spawn"}
_EXEC_ARGV = {"os.execv": 1, "os.execvp": 1, "os.execve": 1, "os.execvpe": 1, "os.posix_spawn": 1, "os.posix_spawnp": 1,
              "os.spawnv": 2, "os.spawnvp": 2, "os.spawnve": 2, "os.spawnvpe": 2}
"""os.exec*/spawn* taking the argv as a list: the list's position (the program path comes before it)."""
_EXEC_ARGS = {"os.execl": 1, "os.execlp": 1, "os.execle": 1, "os.execlpe": 1, "os.spawnl": 2, "os.spawnlp": 2}
"""os.execl*/spawnl*: the argv spelled out as arguments from this position."""
_DECODERS = ("b64decode", "b32decode", "b16decode", "a85decode", "unhexlify", "fromhex", "decompress", "decode", "loads", "codecs.decode")


class _PythonWalker(ast.NodeVisitor):
    def __init__(self, out: CodeEffects) -> None:
        self.out = out
        self.names: dict[str, str] = {}
        self.aliases: dict[str, str] = {}
        self.environ_items: set[str] = set()
        """Loop variables bound to the environment's values (``for k, v in os.environ.items()``)."""

    def visit_Import(self, node: ast.Import) -> None:
        for a in node.names:
            self.aliases[a.asname or a.name] = a.name

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        for a in node.names:
            self.aliases[a.asname or a.name] = f"{node.module}.{a.name}"

    def visit_Assign(self, node: ast.Assign) -> None:
        value = self.value(node.value)
        function = self.dotted(node.value) if value is None and isinstance(node.value, ast.Attribute) else ""
        for t in node.targets:
            if isinstance(t, ast.Name) and value is not None:
                self.names[t.id] = value
            elif isinstance(t, ast.Name) and "." in function and "?" not in function:
                self.aliases[t.id] = function  # f = os.remove; f(p) calls os.remove
        self.generic_visit(node)

    def visit_For(self, node: ast.For | ast.comprehension) -> None:
        """A loop variable over a directory listing stands for "some entry": ``Path.home().rglob('*')`` gives ``~/*``; over a
        literal list, the body is judged once per value."""
        items = self._literal_items(node.iter)
        if isinstance(node, ast.For) and isinstance(node.target, ast.Name) and items:
            for item in items:
                self.names[node.target.id] = item
                for statement in node.body:
                    self.visit(statement)
            return
        source = node.iter
        over = self.dotted(source.func) if isinstance(source, ast.Call) else ""
        if over == "os.environ.items" and isinstance(node.target, ast.Tuple) and len(node.target.elts) == 2 and isinstance(node.target.elts[1], ast.Name):
            self.environ_items.add(node.target.elts[1].id)
        elif over == "os.environ.values" and isinstance(node.target, ast.Name):
            self.environ_items.add(node.target.id)
        if isinstance(source, ast.Call) and isinstance(node.target, ast.Tuple) and self.dotted(source.func) == "os.walk" and source.args:
            base = self.value(source.args[0])
            names = [e.id for e in node.target.elts if isinstance(e, ast.Name)]
            if base is not None and names:
                self.names[names[0]] = base
        elif isinstance(source, ast.Call) and isinstance(node.target, ast.Name):
            name = self.dotted(source.func)
            if name in {"os.listdir", "os.scandir", "glob.glob", "os.walk", "glob.iglob"} and source.args:
                base = self.value(source.args[0])
                if base is not None:
                    self.names[node.target.id] = base if name.startswith("glob.") else UNKNOWN
            elif name.rsplit(".", 1)[-1] in {"glob", "rglob", "iterdir"}:
                entries = self.value(source)
                if entries is not None:
                    self.names[node.target.id] = entries
        self.generic_visit(node)

    def visit_comprehension(self, node: ast.comprehension) -> None:
        self.visit_For(node)

    def _whole_environ(self, node: ast.AST) -> bool:
        """The environment as a whole in a printed value (``os.environ``, ``dict(os.environ)``, ``json.dumps(os.environ)``,
        a loop variable over ``os.environ.items()``); one variable (``os.environ['HOME']``) or the names (``.keys()``) are not."""
        if isinstance(node, ast.Subscript) and self.dotted(node.value) == "os.environ":
            return False
        if isinstance(node, ast.Call) and self.dotted(node.func) in {"os.environ.get", "os.environ.keys", "os.getenv", "len"}:
            return False
        if isinstance(node, ast.Name) and node.id in self.environ_items:
            return True
        if isinstance(node, (ast.Name, ast.Attribute)) and self.dotted(node) in {"os.environ", "os.environ.items", "os.environ.values"}:
            return True
        return any(self._whole_environ(child) for child in ast.iter_child_nodes(node))

    def _comprehension(self, node: ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp) -> None:
        for generator in node.generators:  # the loop variables first: the element expression uses them
            self.visit(generator)
        looped = next(((g.target.id, items) for g in node.generators if isinstance(g.target, ast.Name) and (items := self._literal_items(g.iter))), None)
        for item in looped[1] if looped else [""]:
            if looped:
                self.names[looped[0]] = item
            for child in (getattr(node, "elt", None), getattr(node, "key", None), getattr(node, "value", None)):
                if child is not None:
                    self.visit(child)

    def _literal_items(self, node: ast.AST) -> list[str]:
        """The values of a literal list, tuple or set of known strings (at most LOOP_VALUES), else []."""
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)) and node.elts:
            values = [self.value(e) for e in node.elts[:LOOP_VALUES]]
            if all(v is not None for v in values):
                return values  # type: ignore[return-value]
        return []

    visit_ListComp = visit_SetComp = visit_GeneratorExp = visit_DictComp = _comprehension

    def dotted(self, node: ast.AST) -> str:
        if isinstance(node, ast.Name):
            return self.aliases.get(node.id, node.id)
        if isinstance(node, ast.Attribute):
            return f"{self.dotted(node.value)}.{node.attr}"
        if isinstance(node, ast.Call):
            inner = self.dotted(node.func)
            if inner in {"__import__", "importlib.import_module"} and node.args and isinstance(node.args[0], ast.Constant):
                return str(node.args[0].value)
            if inner == "getattr" and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str):
                return f"{self.dotted(node.args[0])}.{node.args[1].value}"  # getattr(os, 'system') is os.system
            return inner + "()"
        return "?"

    def value(self, node: ast.AST | None) -> str | None:
        """A statically known string (a path, a command); unknown parts become ``*``."""
        if node is None:
            return None
        if isinstance(node, ast.Constant) and isinstance(node.value, (str, bytes)):
            return node.value if isinstance(node.value, str) else node.value.decode("utf-8", "replace")
        if isinstance(node, ast.Name):
            return self.names.get(node.id)
        if isinstance(node, ast.JoinedStr):
            return "".join(self.value(v.value) or UNKNOWN if isinstance(v, ast.FormattedValue) else str(getattr(v, "value", "")) for v in node.values)
        if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Div)):
            left, right = self.value(node.left), self.value(node.right)
            if left is None:
                return None
            sep = "/" if isinstance(node.op, ast.Div) and not left.endswith("/") else ""
            return left + sep + (right if right is not None else UNKNOWN)
        if isinstance(node, ast.Subscript) and self.dotted(node.value) == "os.environ":
            key = self.value(node.slice)
            return "~" if key == "HOME" else f"${key}" if key else None
        if isinstance(node, ast.Call):
            name = self.dotted(node.func)
            args = [self.value(a) for a in node.args]
            tail = name.rsplit(".", 1)[-1]
            if tail == "home" or name in {"os.path.expanduser()", "pathlib.Path.home"}:
                return "~"
            if tail in {"expanduser", "abspath", "realpath", "normpath", "Path", "PurePath", "resolve", "expandvars", "str", "fspath"} and args:
                return args[0]
            if tail in {"expanduser", "resolve", "absolute"} and not args and isinstance(node.func, ast.Attribute):
                return self.value(node.func.value)
            if tail == "join" and name.endswith("path.join") and args:
                return "/".join(a if a is not None else UNKNOWN for a in args)
            if tail in {"getenv"} or name == "os.environ.get":
                return "~" if args and args[0] == "HOME" else None
            if tail == "joinpath" and isinstance(node.func, ast.Attribute):
                base = self.value(node.func.value)
                return "/".join([base or UNKNOWN, *(a or UNKNOWN for a in args)]) if base else None
            if tail in {"glob", "rglob", "iterdir"} and isinstance(node.func, ast.Attribute):
                base = self.value(node.func.value)
                pattern = args[0] if args and tail != "iterdir" else None
                if base and pattern and re.search(r"[^*?/.\[\]]", pattern):
                    return f"{base}/{pattern}"  # Path('.').rglob('__pycache__'): each matched entry, named as the pattern names it
                return f"{base}/{UNKNOWN}" if base else None
            if tail == "cwd" or name == "os.getcwd":
                return "."
        return None

    def visit_Call(self, node: ast.Call) -> None:
        name = self.dotted(node.func)
        tail = name.rsplit(".", 1)[-1]
        first = self.value(node.args[0]) if node.args else None
        if name in _DELETES or tail == "rmtree":
            if first is not None:
                self.out.argvs.append(("rm", "-rf", first) if _DELETES.get(name, True) else ("rm", first))
        elif tail in {"map", "imap", "imap_unordered", "starmap"} and len(node.args) >= 2 and self._deleter(node.args[0]):
            for entry in self._entries(node.args[1]):  # map(os.remove, glob.glob('~/.ssh/*')): each entry deleted
                self.out.argvs.append(("rm", "-rf", entry))
        elif tail in {"unlink", "rmdir"} and isinstance(node.func, ast.Attribute) and not node.args:
            target = self.value(node.func.value)
            if target is not None:
                self.out.argvs.append(("rm", "-rf" if tail == "rmdir" else "-f", target))
        elif name in _EXEC_ARGV or name in _EXEC_ARGS:
            self._exec_family(node, name)
        elif name in _RUNS or tail in {"system", "popen", "check_output", "Popen"}:
            self._run(node, first)
        elif name in {"exec", "eval", "compile", "builtins.exec", "builtins.eval"} and node.args:
            self._exec(node.args[0], first)
        elif name in {"open", "io.open", "codecs.open"} and first is not None:
            mode = self.value(node.args[1]) if len(node.args) > 1 else next((self.value(k.value) for k in node.keywords if k.arg == "mode"), "r")
            if mode and any(m in mode for m in "wax+"):
                self.out.writes.append(first)
            else:
                self.out.argvs.append(("cat", first))
        elif tail in {"read_text", "read_bytes", "open"} and isinstance(node.func, ast.Attribute):
            target = self.value(node.func.value)
            if target is not None:
                self.out.argvs.append(("cat", target))
        elif tail in {"write_text", "write_bytes"} and isinstance(node.func, ast.Attribute):
            target = self.value(node.func.value)
            if target is not None:
                self.out.writes.append(target)
        elif name in {"print", "sys.stdout.write"} and node.args:
            for a in node.args:
                if isinstance(a, ast.Subscript) and self.dotted(a.value) == "os.environ":
                    key = self.value(a.slice)
                    if key:
                        self.out.argvs.append(("printenv", key))
                elif isinstance(a, ast.Call) and self.dotted(a.func) in {"os.environ.get", "os.getenv"} and a.args:
                    key = self.value(a.args[0])
                    if key:
                        self.out.argvs.append(("printenv", key))
                elif self._whole_environ(a):
                    self.out.argvs.append(("cat", ENVIRONMENT))
        elif name in {"os.chmod", "os.lchmod", "os.chown", "os.lchown", "shutil.chown"} and first is not None:
            mode_arg = node.args[1] if len(node.args) > 1 else None
            if name.endswith("chmod") and isinstance(mode_arg, ast.Constant) and isinstance(mode_arg.value, int):
                self.out.argvs.append(("chmod", format(mode_arg.value, "o"), first))
            elif not name.endswith("chmod"):
                self.out.argvs.append(("chown", UNKNOWN, first))
        elif name in {"os.rename", "os.replace", "os.renames", "shutil.move"} and first is not None and len(node.args) > 1:
            self.out.argvs.append(("mv", first, self.value(node.args[1]) or UNKNOWN))  # moving ~/.ssh away is a delete there
        elif tail == "dup2":
            self.out.reverse_shell = True
        self.generic_visit(node)

    def _deleter(self, node: ast.AST) -> bool:
        """A delete function handed over as a value (``os.remove``, ``shutil.rmtree``)."""
        name = self.dotted(node) if isinstance(node, (ast.Name, ast.Attribute)) else ""
        return name in _DELETES or name.rsplit(".", 1)[-1] == "rmtree"

    def _entries(self, node: ast.AST) -> list[str]:
        """The paths an iterable holds, as patterns: a glob's, a listing's ``dir/*``, a literal list's paths."""
        value: str | None = None
        if isinstance(node, ast.Call) and self.dotted(node.func) in {"glob.glob", "glob.iglob"} and node.args:
            value = self.value(node.args[0])
        elif isinstance(node, ast.Call) and self.dotted(node.func) in {"os.listdir", "os.scandir"}:
            base = self.value(node.args[0]) if node.args else "."
            value = f"{base}/{UNKNOWN}" if base is not None else None
        else:
            value = self.value(node)
        return self._literal_items(node) or ([value] if value is not None else [])

    def _argv(self, node: ast.AST | None) -> bool:
        """``sys.argv[1:]``, ``sys.argv[2:]``: the program's own arguments."""
        return isinstance(node, ast.Subscript) and self.dotted(node.value) == "sys.argv" and isinstance(node.slice, ast.Slice)

    def _run(self, node: ast.Call, first: str | None) -> None:
        arg = node.args[0] if node.args else None
        if self._argv(arg):
            self.out.runs_argv = True
        elif isinstance(arg, (ast.List, ast.Tuple)):
            parts = [self.value(e) for e in arg.elts]
            if parts and all(p is not None for p in parts):
                self.out.argvs.append(tuple(parts))  # type: ignore[arg-type]
            else:
                self.out.feeds.append("unresolved")
        elif first is not None:
            self.out.shell.append(first)
        elif arg is not None:
            self.out.feeds.append("decoded" if self._decoded(arg) else "unresolved")

    def _exec_family(self, node: ast.Call, name: str) -> None:
        """``os.execvp('rm', ['rm', '-rf', p])``: the process's argv, from the list or the spelled-out arguments."""
        if name in _EXEC_ARGV:
            at = _EXEC_ARGV[name]
            listed = node.args[at] if len(node.args) > at else None
            elements = listed.elts if isinstance(listed, (ast.List, ast.Tuple)) else None
        else:
            elements = node.args[_EXEC_ARGS[name] :]
        if elements is None and self._argv(listed):
            self.out.runs_argv = True
            return
        parts = [self.value(e) for e in elements] if elements else []
        if parts and all(p is not None for p in parts):
            self.out.argvs.append(tuple(parts))  # type: ignore[arg-type]
        else:
            self.out.feeds.append("unresolved")

    def _exec(self, arg: ast.AST, text: str | None) -> None:
        if text is not None:
            inner = analyse_code(text, "python")
            self.out.argvs += inner.argvs
            self.out.shell += inner.shell
            self.out.writes += inner.writes
            self.out.feeds += inner.feeds
        else:
            self.out.feeds.append("decoded" if self._decoded(arg) else "unresolved")

    def _decoded(self, node: ast.AST) -> bool:
        return any(isinstance(n, ast.Call) and self.dotted(n.func).rsplit(".", 1)[-1] in _DECODERS for n in ast.walk(node)) or any(
            isinstance(n, ast.Call) and "urlopen" in self.dotted(n.func) or isinstance(n, ast.Call) and self.dotted(n.func).startswith("requests.")
            for n in ast.walk(node)
        )
