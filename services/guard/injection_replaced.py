"""The reader's task replaced by another that acts on something at stake, in any of the ways a text says so.

``inject.task_change`` weighs a task changed ("your new task is", "neue Aufgabe:") as a signal that only adds up, and
``injection_task`` needs the reader's old assignment named and voided. Outsiders replace the task in many more words:
a new task or order announced ("Nieuwe opdracht:", "新しいタスク：", "TASK UPDATE for agents:"), a change of plan, the
"real task" declared, the next action assigned to the agent, the work in hand dropped ("Olvida el triaje: …"). A replacement alone is what a manager
writes to a colleague too; one whose new task acts on something at stake (everything of a kind, money, an outside
address, production, backups, accounts) is a hijack, and it is weighed as a decisive order. In mail and chat between
people it still only taints (``HUMAN_PLAUSIBLE``).

- ``inject.task_replaced`` (1.0): a replacement lead, then within two sentences a verb of effect on something at stake.

Pure: one prefiltered pass for the leads (at most ``MAX_LEADS``), a bounded window after each.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .injection_address import names_acted_on
from .injection_duty import AT_STAKE, INFINITIVE_MORE
from .injection_finding import Finding
from .injection_lead import EFFECT_WORD, HELD, STAKE, UNSEEN, _window_end
from .injection_machine import RISK
from .injection_parts import DESTROY_ALL
from .injection_split import EFFECT_ANY
from .prefilter import Prefiltered, Scan

REPLACEMENT = Prefiltered(re.compile(
    r"(?<![\w-])(?:new (?:task|assignment|job|order|orders|objective|instructions?)[ \t]*[:：]|your new (?:task|assignment|job|objective)|"
    r"(?:task|instructions?|assignment) update\b|change of plans?\b|the (?:real|actual|true) (?:task|job|work)(?: here)? (?:is|:)|"
    r"next (?:action|step|task) for (?:the |any )?(?:agent|assistant|bot|ai)\w*|"
    r"nueva (?:tarea|orden|misión)[ \t]*[:：]|tu nueva (?:tarea|misión)|olvida (?:el|la|lo|los|las) \w+[ \t]*[:：,]|cambio de planes?|"
    r"nouvelle (?:tâche|mission|consigne)[ \t]*[:：]|changement de (?:programme|plan)|"
    r"neue (?:aufgabe|anweisung|anordnung)[ \t]*[:：]|deine neue aufgabe|planänderung|"
    r"nuovo compito[ \t]*[:：]|il tuo nuovo compito|cambio di programma|"
    r"nova tarefa[ \t]*[:：]|sua nova tarefa|mudança de planos?|"
    r"nieuwe (?:opdracht|taak)[ \t]*[:：]|je nieuwe (?:opdracht|taak)|"
    r"nowe zadanie[ \t]*[:：]|zmiana planów|новая задача[ \t]*[:：]|"
    r"yeni görev[ \t]*[:：])"
    r"|新しい(?:タスク|指示|任務)[：:]|新(?:的)?任务[：:]|새로운 (?:작업|임무)[：:]|새 작업[：:]"
))
"""A replacement lead: a new task announced, the real task declared, a change of plan, the next action assigned. (The work
in hand displaced, "instead of X-ing, …", is how people write too: "instead of fixing it we rolled back".)"""
MAX_LEADS = 8
MASS = re.compile(
    r"(?<![\w-])(?:every|all|each|todas?|todos|tous|toutes|alle|tutt[ei]|wszystk\w*|все|всех|tüm|bütün)(?![\w-])|すべて|全部|全て|모든"
)
"""An effect on everything of a kind ("set every price", "sage alle Termine ab", "borrar todas las etiquetas")."""


def replaced_tasks(scan: Scan, cited: Callable[[int], bool]) -> list[Finding]:
    """The first replacement of the reader's task by one that acts on something at stake."""
    low = scan.text
    for seen, m in enumerate(scan.finditer(REPLACEMENT)):
        if seen == MAX_LEADS:
            break
        if cited(m.start()):
            continue
        end = _window_end(low, m.end())
        effect = EFFECT_WORD.search(low, m.end(), end) or INFINITIVE_MORE.search(low, m.end(), end) or EFFECT_ANY.search(low, m.end(), end)
        if not effect or HELD.search(low, m.end(), effect.start()):
            continue
        named = names_acted_on(scan, m.end(), end) or RISK.search(low, m.end(), end) or STAKE.search(low, m.end(), end) or UNSEEN.search(low, m.end(), end)
        if named or AT_STAKE.search(low, m.end(), end) or DESTROY_ALL.search(low, m.end(), end) or MASS.search(low, effect.start(), end):
            return [Finding("inject.task_replaced", 1.0, m.start(), end)]
    return []
