"""What the goal detector says about a statement: the cues that fired (``Cue``), the
verdict (``Detection``) and the statement as it is read (``Statement``)."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from ..extract.facts import GoalFacts
from ..lang.fr import load, message

THRESHOLD = 3
STRONG = ("intention", "wish", "goal_verb", "more_of", "signed_lead", "purpose", "modal", "future_target",
          "goal_label", "target_row", "goal_lead_in", "goal_noun")
OWN = ("intention", "wish", "goal_verb", "goal_label")  # cues that say the organisation itself wants the result


def _text(key: str, **fields) -> str:
    return message("goal_cues", "texts." + key, **fields)


@dataclass
class Cue:
    """One rule that fired: its name, weight and the words that triggered it."""

    name: str
    weight: int
    text: str = ""

    @property
    def label(self) -> str:
        return load("goal_cues")["labels"][self.name]

    def describe(self) -> str:
        return f"{self.label} (« {self.text.strip()} »)" if self.text.strip() else self.label

    def to_dict(self) -> dict:
        return {"name": self.name, "label": self.label, "weight": self.weight, "text": self.text}


@dataclass
class Detection:
    """The verdict on one statement, with the cues that decided it."""

    is_goal: bool
    score: int
    cues: list[Cue] = field(default_factory=list)
    veto: Cue | None = None
    facts: GoalFacts | None = None

    @property
    def strong(self) -> bool:
        return any(c.name in STRONG for c in self.cues)

    def explain(self) -> str:
        """« retenu : verbe d'objectif en tête (« augmenter »), cible chiffrée »."""
        if self.veto is not None:
            return _text("verdict", verdict=_text("left_out"), reasons=self.veto.describe())
        positive = [c.describe() for c in self.cues if c.weight > 0]
        negative = [c.describe() for c in self.cues if c.weight < 0]
        if self.is_goal:
            parts = positive
        elif positive:
            parts = [_text("weak_cues", cues=", ".join(positive))] + negative
        else:
            parts = negative or [_text("no_cue")]
        verdict = _text("kept") if self.is_goal else _text("left_out")
        return _text("verdict", verdict=verdict, reasons=", ".join(parts))

    def to_dict(self) -> dict:
        return {"is_goal": self.is_goal, "score": self.score, "explanation": self.explain(),
                "cues": [c.to_dict() for c in self.cues],
                "veto": self.veto.to_dict() if self.veto else None}


def has_accents(text: str) -> bool:
    if text.isascii():  # no ASCII character changes under NFD
        return False
    return any(unicodedata.normalize("NFD", c) != c for c in text if c.isalpha())



@dataclass
class Statement:
    """One statement as the detector reads it: original and folded text, body after its label."""

    orig: str
    folded: str
    body: str
    start: int
    facts: GoalFacts
    polarity: str | None
    heading: str
    intention_at: int = -1
    intention_verb: bool = False
    tasks: bool = False

    @property
    def accented(self) -> bool:
        return has_accents(self.orig)
