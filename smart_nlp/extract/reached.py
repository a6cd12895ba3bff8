"""Results already reached: where a text that reports, and aims at nothing, says things stand.

« Nous avons franchi les 8 000 abonnés », « le taux … qui s'établissait à 11,2 %, a été ramené
à 9,8 % », « a passé la barre des 50 000 commandes, en progression de 27 % »: the figures are
context; the last level said (not a change, not the older value compared with) is the baseline.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import alternation, load
from .base import Mention
from .context import SENTENCE, role
from .quantity_grammar import grammar as quantity_grammar
from .quantity_grammar import period_after, window_before
from .quantity_rules import NAMES
from .stated import counted


@lru_cache(maxsize=1)
def _grammar() -> dict[str, re.Pattern]:
    q = load("quantities")
    return {
        "holds_now": re.compile(r"(?<![\w])" + alternation(q["share_now"] + q["holds_now"]) + r"(?![a-z])"),
        "older": re.compile(r"(?<![\w])" + alternation(q["older_value"]) + r" ?$"),
        "readers": re.compile(r"(?<![\w])" + alternation(q["readers_past"]) + r"(?![a-z])"),
    }


def reached_kind(folded: str, num: Mention, kind: str | None, due: bool) -> bool:
    """Whether a figure of context states a result already reached: after a compound past,
    or after a verb of state in a text that names no deadline (« On vend 500 sapins d'ici
    Noël » aims) or says it holds now (« désormais », « depuis la refonte »)."""
    if kind == "past":
        return True
    if kind not in ("state", "stative"):
        return False
    if not due:
        return True
    lo = next((m.end() for m in reversed(list(SENTENCE.finditer(folded, 0, num.start)))), 0)
    stop = SENTENCE.search(folded, num.end)
    return bool(_grammar()["holds_now"].search(folded, lo, stop.start() if stop else len(folded)))


def reached_at(folded: str, context: list[Mention], stops: list[Mention], due: bool) -> Mention | None:
    """The figure a result already reached stands at: the last one said after a compound
    past (« on a dépassé les 50 000 followers ») or a state that holds now, unsigned, neither
    a change nor the older value compared with; the end of a move (« on est passés de 200 à 450 »)."""
    found = None
    for i, num in enumerate(context):
        if i + 1 < len(context) and quantity_grammar()["to"].match(folded[num.end:context[i + 1].start + 1]):
            continue
        before = window_before(folded, num.start)
        lo = next((m.end() for m in reversed(list(SENTENCE.finditer(folded, 0, num.start)))), 0)
        if _grammar()["older"].search(before) or _changed_by(folded, num, before) \
                or _grammar()["readers"].search(folded, lo, num.start):
            continue  # « contre 41 € », « en hausse de 34 % », « vous avez… »: not where the writer stands
        if num.extra["sign"] is None and reached_kind(folded, num, role(folded, num.start), due) and (
                found is None or found.extra["unit"] == num.extra["unit"]
                and counted(folded, num) == counted(folded, found)):
            # « qui s'établissait à 11,2 %, a été ramené à 9,8 % »: the last figure said of the
            # same measure is the latest (« 420 adhérents et 35 bénévoles » keeps the first)
            found = Mention(num.start, num.end, "BASELINE", num.value, rule=NAMES["reached"],
                            extra={"unit": num.extra["unit"], "period": period_after(folded, num.end, stops)})
    return found


def _changed_by(folded: str, num: Mention, before: str) -> bool:
    """« a vu ses nuitées grimper de 22 % », « soit 30 % de plus »: the size of a change, not a level."""
    g = quantity_grammar()
    after = folded[num.end:num.end + 40]
    if g["more"].match(after) or g["less"].match(after) or g["change_after"].match(after):
        return True
    wide = window_before(folded, num.start, 80)
    return bool(g["from"].search(before) and (g["increase_any"].search(wide) or g["decrease_any"].search(wide)))
