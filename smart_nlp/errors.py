"""Error catalogue: every message names what is wrong and how to fix it."""
from __future__ import annotations


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


def check_goal_text(text: object) -> str:
    """Validate one goal; returns it unchanged (offsets refer to the text as given)."""
    if not isinstance(text, str):
        raise InvalidGoal(f"le texte doit être une chaîne, pas {type(text).__name__} (text must be a string)")
    if "\x00" in text:
        raise InvalidGoal("le texte contient des octets nuls : est-ce un fichier binaire ? (binary content)")
    stripped = text.strip()
    if not stripped:
        raise InvalidGoal("le texte est vide (empty goal)")
    if not any(c.isalpha() for c in stripped):
        raise InvalidGoal("le texte ne contient aucune lettre (no letters in the goal)")
    if len(stripped) > MAX_GOAL_CHARS:
        size, limit = (f"{n:,}".replace(",", "\u202f") for n in (len(stripped), MAX_GOAL_CHARS))
        raise InvalidGoal(
            f"le texte fait {size} caractères, maximum {limit} pour un objectif ; "
            "pour un document entier, utilisez « smart-nlp audit » (goal too long)")
    return text


def parse_ref_date(value: object):
    """``None`` → today; a ``date``; or an ISO string ``YYYY-MM-DD``."""
    from datetime import date, datetime

    if value is None:
        return date.today()
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise InvalidRefDate(f"date de référence invalide : {value!r} (attendu AAAA-MM-JJ, ex. 2026-01-15)")
