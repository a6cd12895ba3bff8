"""Error catalogue: every message names what is wrong and how to fix it."""
from __future__ import annotations

import re

from .lang.fr import message
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
            where = say("at_line", line=line)
        super().__init__(f"{where}{message}")


class InvalidGoal(SmartNLPError):
    code = "SN001"


class InvalidRefDate(SmartNLPError):
    code = "SN002"


class InvalidInput(SmartNLPError):
    code = "SN003"


MAX_GOAL_CHARS = 5000



def say(key: str, **fields: object) -> str:
    """The message at ``key`` (dotted: ``"goal.empty"``) of ``lang/fr/errors.yaml``, filled with ``fields``."""
    return message("errors", key, **fields)


REPORT_HINT = say("report_hint")

_SURROGATES = re.compile("[\ud800-\udfff]")


def check_goal_text(text: object) -> str:
    """Validate one goal and return the text to analyse.

    The returned text has the same length as the one given (offsets refer to both): lone
    surrogates, which is how Python hands over undecodable bytes of a command line or a
    file, become U+FFFD « � » so that no encoder downstream fails on them.
    """
    if not isinstance(text, str):
        raise InvalidGoal(say("goal.not_text", kind=type(text).__name__))
    if len(text) > MAX_GOAL_CHARS:  # on the raw text: blanks cost as much as letters downstream
        raise InvalidGoal(say("goal.too_long", size=thousands(len(text)), limit=thousands(MAX_GOAL_CHARS)))
    if "\x00" in text:
        raise InvalidGoal(say("goal.binary"))
    stripped = text.strip()
    if not stripped:
        raise InvalidGoal(say("goal.empty"))
    if not any(c.isalpha() for c in stripped):
        raise InvalidGoal(say("goal.no_letters"))
    return _SURROGATES.sub("\ufffd", text)


def goal_failure(err: BaseException) -> InvalidGoal:
    """The per-goal error that stands for an unexpected exception during its analysis."""
    return InvalidGoal(say("goal.failure", kind=type(err).__name__, hint=REPORT_HINT))


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
        raise InvalidRefDate(say("ref_date", value=repr(value)))
    return value
