"""A channel said as the subject of the goal, with whose it is (issue 11): « La page Facebook
du centre aquatique a 1 850 abonnés » narrows the followers as « sur la page Facebook du
centre aquatique », not a bare « abonnés page Facebook » that loses the centre.
"""
from __future__ import annotations

import re

from ..text import fold
from .forms import of
from .lexicon import rewrite_data


def subject_channel(r, s: int, e: int) -> str | None:
    """« sur la page Facebook du centre aquatique » for a channel at ``s:e`` that opens a
    sentence with its determiner, its owner kept; ``None`` for any other narrowing (``r``:
    the ``reader.TextReader`` reading the goal, which calls this)."""
    w = rewrite_data()["subject_channel"]
    channel = next((c for c in r.channel_index.overlapping(s, e) if c.start == s), None)
    dets = "|".join(w["determiners"])
    opening = re.search(r"(?:^|[.!?;:] )\s*(" + dets + r")(?: |(?<='))$", r.folded[:s])
    if channel is None or opening is None or channel.value not in w["channels"]:
        return None
    det = r.text[opening.start(1):s].strip()
    det = det[:1].lower() + det[1:] + ("" if det.endswith(("'", "’")) else " ")
    ws, we = r.window(e)
    verb = re.search(r" (?:" + "|".join(w["verbs"]) + r")(?![\w'’-])", r.text[ws:we])
    we = ws + verb.start() if verb else we
    owner = r.said_words(ws, we) if we > ws else ""
    if not fold(owner.lstrip()).startswith(tuple(w["complements"])):
        owner, we = "", e
    r.kept.append((s, we))
    said = " ".join(x for x in (det + r.said_words(s, e), owner.strip()) if x)
    return of(said) if channel.value in w["of_channels"] else f"{w['prep']} {said}"
