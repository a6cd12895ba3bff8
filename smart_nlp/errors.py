"""Error catalogue: every message names what is wrong and how to fix it."""
from __future__ import annotations

import re

from .lang.fr.format import thousands


class SmartNLPError(ValueError):
    """Base error; ``code`` is stable, ``str()`` is the French/English message."""

    code = "SN000"

    def __init__(self, message: str, *, line: int | None = None, source: str | None = None):
        self.line = line
        self.source = source
        where = ""
        if source and line:
            where = f"{source}:{line}: "
        elif line:
            where = f"ligne {line} : "
        super().__init__(f"{where}{message}")


class InvalidGoal(SmartNLPError):
    code = "SN001"


class InvalidRefDate(SmartNLPError):
    code = "SN002"


class InvalidInput(SmartNLPError):
    code = "SN003"


MAX_GOAL_CHARS = 5000

REPORT_HINT = ("signalez-la aux mainteneurs de smart_nlp avec l'entrée qui l'a provoquée "
               "(unexpected error, please report it with the input that caused it)")

_SURROGATES = re.compile("[\ud800-\udfff]")


def check_goal_text(text: object) -> str:
    """Validate one goal and return the text to analyse.

    The returned text has the same length as the one given (offsets refer to both): lone
    surrogates, which is how Python hands over undecodable bytes of a command line or a
    file, become U+FFFD « � » so that no encoder downstream fails on them.
    """
    if not isinstance(text, str):
        raise InvalidGoal(f"le texte doit être une chaîne, pas {type(text).__name__} (text must be a string)")
    if len(text) > MAX_GOAL_CHARS:  # on the raw text: blanks cost as much as letters downstream
        size, limit = thousands(len(text)), thousands(MAX_GOAL_CHARS)
        raise InvalidGoal(
            f"le texte fait {size} caractères, maximum {limit} pour un objectif ; "
            "pour un document entier, utilisez « smart-nlp audit » (goal too long)")
    if "\x00" in text:
        raise InvalidGoal("le texte contient des octets nuls : est-ce un fichier binaire ? (binary content)")
    stripped = text.strip()
    if not stripped:
        raise InvalidGoal("le texte est vide (empty goal)")
    if not any(c.isalpha() for c in stripped):
        raise InvalidGoal("le texte ne contient aucune lettre (no letters in the goal)")
    return _SURROGATES.sub("\ufffd", text)


def goal_failure(err: BaseException) -> InvalidGoal:
    """The per-goal error that stands for an unexpected exception during its analysis."""
    return InvalidGoal(f"analyse impossible de cet objectif : erreur interne ({type(err).__name__}) ; "
                       + REPORT_HINT)


def parse_ref_date(value: object):
    """``None`` → today; a ``date``; or an ISO string ``YYYY-MM-DD``."""
    from datetime import date, datetime

    if value is None:
        return date.today()
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value.strip())
        except ValueError:
            pass
    if not isinstance(value, date):
        raise InvalidRefDate(f"date de référence invalide : {value!r} (attendu AAAA-MM-JJ, ex. 2026-01-15) "
                             "(invalid reference date, expected YYYY-MM-DD)")
    return value
