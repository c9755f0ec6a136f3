"""What the client sends: prompt injection in tool results and instructions to exfiltrate.

Only patterns with an addressee or an instruction count; a README that merely documents
``curl … | sh`` is not an attack, a page that tells the agent to run it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OVERRIDE = re.compile(
    r"\b(ignore|disregard|forget|override|bypass|abandon)\b[^.\n]{0,40}?\b(previous|prior|above|earlier|preceding|original|system|safety|all)\b"
    r"[^.\n]{0,25}?\b(instructions?|prompts?|rules|directions|directives|guidelines|guardrails|constraints)\b"
    r"|\byou are now\b[^.\n]{0,40}\b(DAN|unrestricted|jailbroken|developer mode|no longer bound|free of)"
    r"|\b(new|updated|real|actual)\s+(system\s+)?(instructions|directives)\s*:"
    r"|\b(do not|don't|never)\s+(tell|inform|notify|alert|warn)\s+the\s+user\b|\b(hide|conceal|keep)\s+this\s+(secret\s+)?from\s+the\s+user\b"
)
ADDRESSEE = re.compile(
    r"\b(attention|note|message|instructions?|important|notice|reminder)\s*(to|for)\s*(all\s+)?(the\s+)?(ai|llm|assistant|agent|claude|chatgpt|copilot|language model|bot)s?\b"
    r"|\bif you are an?\s+(ai|llm|language model|assistant|agent|automated|coding)\b"
    r"|\b(ai|llm|assistant|agent|claude)s?\s*[:,]\s*(please\s+|you must\s+|now\s+)?(run|execute|call|invoke|send|upload|fetch|curl|delete|read|post)\b"
    r"|\b(ai|llm)\s+(agents?|assistants?|models?)\s+(reading|processing|parsing|that reads?|that sees?)\s+this\b"
)
RUN_CUE = re.compile(r"\b(run|execute|exec|type|paste|invoke)\b[^.\n]{0,30}?\b(following|this|these|command|commands|script|snippet)\b", re.I)
_CODE = re.compile(r"```[\w-]*\n?(.*?)```|`([^`\n]{2,300})`|^\s*[$#>]\s+(.+)$", re.S | re.M)
EXFIL = re.compile(
    r"\b(send|upload|post|exfiltrate|transmit|forward|e-?mail|leak|submit|paste|copy|beacon)\b[^.\n]{0,80}?"
    r"(?<!\w)(credentials?|secrets?|api[ _-]?keys?|access[ _-]?keys?|tokens?|passwords?|private[ _-]?keys?|ssh[ _-]?keys?|id_rsa|\.env|"
    r"env(ironment)?\s+var(iable)?s|\.ssh|\.aws|cookies|session\s+ids?|source\s+code|codebase|files)(?!\w)[^\n]{0,80}?"
    r"\b(to|at|into|via)\b\s*[^.\n]{0,40}?(https?://|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b|[\w.+-]+@[\w-]+\.[\w.]+)"
)
NEGATION = re.compile(r"\b(never|don't|do not|must not|should not|shouldn't|avoid|not to|no need to|without)\b[^.\n]*$")
SECRET_MATERIAL = re.compile(r"-----begin (rsa |ec |openssh |dsa |encrypted )?private key-----|\baws_secret_access_key\s*=\s*[a-z0-9/+]{40}\b")

# Substrings at least one of which must occur before a pattern is worth running (a C-speed prefilter).
# ``any(word in low ...)`` stops at the first word present, so the words likeliest to occur come first.
# One regex alternation per group was measured and is slower here for every group on texts where no
# word occurs (Python's ``in`` is a two-way/memchr search; ``re`` tries the alternation at every
# position whose first letter fits: 2-10x slower on an 18 KB miss) and faster only when a word occurs
# early; ordering the words gets most of that gain without the loss.
_TRIGGERS = {
    "override": ("ignore", "disregard", "forget", "override", "bypass", "abandon", "you are now", "instructions", "directives", "the user"),
    "addressee": ("ai", "llm", "assistant", "agent", "claude", "chatgpt", "copilot", "language model", "bot"),
    "exfil": ("code", "files", "key", "token", "session", "secret", "password", "credential", ".env", " var", "cookie", ".ssh", ".aws", "id_rsa"),
    "run": ("run", "exec", "type", "paste", "invoke"),
    "secret": ("-----begin", "aws_secret_access_key"),
}


@dataclass(frozen=True, slots=True)
class Finding:
    rule_id: str
    pack: str
    severity: str
    message: str
    evidence: str


def scan(text: str) -> list[Finding]:
    """Pattern findings in one text (matched lower-cased: the patterns are written in lower case)."""
    low = text.lower()
    out: list[Finding] = []
    if _has(low, "override") and (m := OVERRIDE.search(low)):
        out.append(Finding("inject.override", "prompt_injection", "block", "Text tries to override the agent's instructions", _clip(m.group(0))))
    if _has(low, "addressee") and (m := ADDRESSEE.search(low)):
        out.append(Finding("inject.agent_directive", "prompt_injection", "block", "Text addresses the AI agent with instructions", _clip(m.group(0))))
    if _has(low, "exfil"):
        for m in EXFIL.finditer(low):
            if not NEGATION.search(low[max(0, m.start() - 40) : m.start() + 1]):
                out.append(Finding("exfil.instruction", "exfiltration", "block", "Text instructs sending secrets or files to an outside host", _clip(m.group(0))))
                break
    if _has(low, "secret") and (m := SECRET_MATERIAL.search(low)):
        out.append(Finding("exfil.secret_material", "exfiltration", "approve", "A private key or cloud secret is about to leave for the model provider", _clip(m.group(0), 60)))
    return out


def _has(low: str, trigger: str) -> bool:
    return any(word in low for word in _TRIGGERS[trigger])


def cued_commands(text: str, limit: int = 8) -> list[str]:
    """Code the text tells its reader to run: code after "run the following command" and the like."""
    found: list[str] = []
    if not _has(text.lower(), "run"):
        return found
    for cue in RUN_CUE.finditer(text):
        window = text[cue.end() : cue.end() + 600]
        codes = [code for m in _CODE.finditer(window) if (code := next((g for g in m.groups() if g), ""))]
        if not codes:
            rest = window.lstrip(" :\t").split("\n", 2)
            codes = [line for line in rest[:2] if line.strip()]
        found += [c.strip() for c in codes[:3]]
        if len(found) >= limit:
            break
    return found[:limit]


def _clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
