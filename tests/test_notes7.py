"""The notes that go with a rewrite (tests/examples/fr/notes7.yaml, frozen before the work):
true of the sentence they go with, short, merged and ordered as a coach would give them.
The share of goals whose notes have every property holds as a floor (main before the work:
4 of 28 (24 faulty) on main at a23c73b, 5 of 28 before the rebase; after the last pass on the notes, advise/tidy: 28 of 28)."""
from __future__ import annotations

import re

from conftest import load_examples
from rewrite_support import assert_share

CASES = load_examples("notes7")
FLOOR = 1.0
MEANS = ("Moyen proposé", "Autres moyens")
# What a note is about, most important first: the measure or the date assumed, placeholders, means.
RANKS = [("Aucun indicateur", "est lu comme", "L'échéance", "La date", "Votre texte est une question"),
         ("Aucune cible", "Aucune échéance", "La variation", "Le public", "Une hausse"),
         MEANS]
START = re.compile(r"\bde \[[^\]]+\] à|valeur de départ|\bdepuis \[|\bcontre \[|par rapport à \[")


def _rank(n: str) -> int | None:
    return next((i for i, starts in enumerate(RANKS) if n.startswith(starts)), None)


def faults(analyzer, case: dict) -> list[str]:
    """What the notes of ``case`` get wrong, by property."""
    d = analyzer.analyze(case["text"], "2026-12-07").to_dict()
    notes = [n.replace("\u00a0", " ").replace("\u202f", " ") for n in d.get("suggestion_notes") or []]
    shown = (d.get("suggestion") or "").replace("\u00a0", " ").replace("\u202f", " ")
    out = [f"says {p!r}" for p in case.get("never", []) for n in notes if re.search(p, n)]
    if len(notes) > case.get("max", 4):
        out.append(f"{len(notes)} notes")
    if sum(n.startswith(MEANS) for n in notes) > 1:
        out.append("means notes not merged")
    if START.search(shown) and any(n.startswith("La variation est relative") for n in notes):
        out.append("baseline asked though shown")
    for n in notes:
        m = re.match(r"Moyen proposé pour (.+?) :", n)
        if m and len(m.group(1).split()) > 6:
            out.append(f"long KPI {m.group(1)!r}")
    ranks = [r for r in map(_rank, notes) if r is not None]
    if ranks != sorted(ranks):
        out.append("not ordered")
    return out


def test_notes_are_true_short_merged_and_ordered(analyzer):
    assert_share(CASES, lambda c: faults(analyzer, c), FLOOR)
