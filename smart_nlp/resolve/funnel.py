"""The funnel stage of a goal (SPEC section 4): the KPI's default, or its exceptions in ``kpis.yaml``."""
from __future__ import annotations

from ..lang.fr import load
from ..text import fold


def funnel_stage(kpi: str | None, kpi_said: str, channels: list[str], text: str) -> str | None:
    """``kpi_said``: the KPI's own mention, folded; ``text``: the whole goal.

    ``think_when`` lists the words that keep a KPI « think » (any other mention is « do »);
    ``do_when`` the channels (when the KPI is said by one of its ``said`` nouns, if any) or
    words that make it « do ».
    """
    if not kpi:
        return None
    entry = load("kpis")[kpi]
    if "think_when" in entry and not any(w in kpi_said for w in entry["think_when"]):
        return "do"
    do = entry.get("do_when", {})
    said = not do.get("said") or any(w in kpi_said for w in do["said"])
    if (said and set(do.get("channels", ())) & set(channels)) or any(w in fold(text) for w in do.get("words", ())):
        return "do"
    return entry["funnel"]
