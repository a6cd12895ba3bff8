"""Deadline grammar: French time expressions → ``TimeExpr`` (unresolved).

Each rule is a named regex over folded text; its handler turns the match into an
``Offset``, ``Period`` or ``Day``. ``find_times`` returns every time expression (so
that their numbers are never read as targets); ``pick_deadline`` chooses the one
that states when the goal is due.
"""
from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache
from typing import Callable

from ..lang.fr import alternation, load
from ..temporal import Day, Offset, Period, TimeExpr, resolve
from .base import Mention, longest_first
from .numbers import parse_words

_TRIG = r"(?:d'ici(?: a)?|avant|pour|au plus tard|jusqu'(?:a|au|en)|des|courant|durant|pendant|en|au|le|sur|dans|vers|horizon|a horizon|a l'horizon(?: de)?|objectifs?|d'ici le|au cours d[eu]|de)"
_ART = r"(?:(?:la|le|l'|les|ce|cet|cette|du|de la|de l'|d') ?)"
_EDGE = r"(?:(?:fin|debut|mi|courant|milieu)(?: |-)(?:de |du |d'|des )?(?:la |le |l')?)"
_YEAR = r"(?:20\d\d)"
_RATE_BEFORE = re.compile(r"(?:par|chaque|tous les|toutes les|/)\s*$")
_COMPARED = re.compile(r"(?:(?<![\w])vs\.?|contre|au lieu de|par rapport a)[^,;()]{0,20}$")
_PAST_AFTER = re.compile(r"^\s*(?:dernier|derniere|passe|passee|precedent|precedente|ecoule)")


def _num(raw: str) -> int | None:
    raw = raw.strip()
    if raw.isdigit():
        return int(raw)
    if raw in ("un", "une"):
        return 1
    value = parse_words(raw)
    return int(value) if value else None


@lru_cache(maxsize=None)
def _rules() -> list[tuple[str, re.Pattern, Callable[[re.Match, dict], TimeExpr | None]]]:
    tw = load("time_words")
    months = alternation(list(tw["months"]))
    ords = alternation([re.escape(o) for o in tw["ordinals"]])
    units_m = tw["duration_units"]["months"]
    units_d = tw["duration_units"]["days"]
    dur_units = alternation(list(units_m) + list(units_d))
    dur_trig = alternation(tw["duration_triggers"])
    num_words = r"(?:\d{1,3}|un|une|(?:[a-z]+(?:-[a-z]+)*))"
    holidays = alternation(list(tw["holidays"]))

    def month_of(raw: str) -> int:
        return tw["months"][raw.rstrip(".")]

    def dur(m: re.Match, ctx: dict) -> TimeExpr | None:
        n = _num(m["n"])
        if not n or n > 60:
            return None
        unit = m["unit"]
        for pat, k in units_m.items():
            if re.fullmatch(pat, unit):
                return Offset(months=n * k)
        for pat, k in units_d.items():
            if re.fullmatch(pat, unit):
                return Offset(days=n * k)
        return None

    def year(m: re.Match, ctx: dict) -> TimeExpr | None:
        y = int(m["y"])
        if m["trig"] and m["trig"].strip() == "avant" and not m["edge"] and "fin" not in m.group(0):
            y -= 1
        return Period("year", 1, y)

    def quarter(m: re.Match, ctx: dict) -> TimeExpr:
        idx = int(m["qi"]) if m["qi"] else tw["ordinals"][m["ord"]]
        return Period("quarter", idx, int(m["y"]) if m["y"] else None)

    def semester(m: re.Match, ctx: dict) -> TimeExpr:
        idx = int(m["si"]) if m["si"] else tw["ordinals"][m["ord"]]
        if idx > 2:
            return None  # « quatrième semestre » does not exist
        return Period("semester", idx, int(m["y"]) if m["y"] else None)

    def month(m: re.Match, ctx: dict) -> TimeExpr | None:
        if not (m["trig"] or m["edge"] or m["y"]):
            return None
        return Period("month", month_of(m["mon"]), int(m["y"]) if m["y"] else None)

    def day_named(m: re.Match, ctx: dict) -> TimeExpr | None:
        d = 1 if m["d"] == "1er" else int(m["d"])
        if not 1 <= d <= calendar.monthrange(2000, month_of(m["mon"]))[1]:
            return None
        return Day(d, month_of(m["mon"]), int(m["y"]) if m["y"] else None)

    def day_numeric(m: re.Match, ctx: dict) -> TimeExpr | None:
        d, mo = int(m["d"]), int(m["mo"])
        y = m["y"]
        if not (1 <= mo <= 12 and 1 <= d <= calendar.monthrange(2000, mo)[1]) or (not y and not m["trig"]):
            return None
        if y:
            y = int(y) + (2000 if len(y) == 2 else 0)
        return Day(d, mo, y)

    def day_iso(m: re.Match, ctx: dict) -> TimeExpr | None:
        return Day(int(m["d"]), int(m["mo"]), int(m["y"]))

    def relative(m: re.Match, ctx: dict) -> TimeExpr | None:
        unit = {"annee": "year", "an": "year", "exercice": "year", "mois": "month",
                "trimestre": "quarter", "semestre": "semester", "semaine": "week"}[m["unit"]]
        nxt = bool(m["next"] and m["next"].startswith("prochain"))
        this = bool(m["art"] and m["art"].strip().startswith("ce"))
        trig = (m["trig"] or "").strip()
        if trig == "de":
            return None  # « le spectacle de fin d'année » names an event, not a deadline
        if trig == "dans" and m["unit"] in ("mois", "semaine") and not (nxt or this or m["edge"] or m["cur"]):
            return None
        if not (nxt or this or m["edge"] or m["cur"] or trig in ("dans", "au cours de", "au cours du", "d'ici", "avant", "pour", "durant", "pendant")):
            return None
        return Period(unit, None, None, 1 if nxt else 0)

    def holiday(m: re.Match, ctx: dict) -> TimeExpr | None:
        if not (m["trig"] or m["edge"]):
            return None
        key = next(k for k in tw["holidays"] if re.fullmatch(k, m["hol"]))
        mo, d = tw["holidays"][key]
        return Day(d, mo, int(m["y"]) if m["y"] else None)

    pre = rf"(?:(?P<trig>{_TRIG}) {_ART}?)?(?P<edge>{_EDGE})?"
    rules = [
        ("duration", rf"(?P<trig>{dur_trig}) (?:les |la |l')?(?:(?:prochains?|prochaines?) )?(?P<n>{num_words}) (?:(?:prochains|prochaines|derniers|dernieres) )?(?P<unit>{dur_units})(?: (?:prochains|prochaines|a venir|glissants))?", dur),
        ("day-named", rf"{pre}(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) )?(?P<d>1er|[0-3]?\d) (?P<mon>{months})(?: (?P<y>{_YEAR}))?", day_named),
        ("day-iso", rf"{pre}(?P<y>{_YEAR})-(?P<mo>[01]\d)-(?P<d>[0-3]\d)", day_iso),
        ("day-numeric", rf"{pre}(?P<d>[0-3]?\d)[/.](?P<mo>[01]?\d)(?:[/.](?P<y>{_YEAR}|\d\d))?(?![\d/])", day_numeric),
        ("quarter", rf"{pre}(?:(?:[tq](?P<qi>[1-4]))|(?P<ord>{ords}) trimestre)(?: (?:de l'annee |de )?(?P<y>{_YEAR}))?", quarter),
        ("semester", rf"{pre}(?:(?:[sh](?P<si>[12]))|(?P<ord>{ords}) semestre)(?: (?:de l'annee |de )?(?P<y>{_YEAR}))?", semester),
        ("month", rf"{pre}(?:(?:le )?mois (?:de |d'))?(?:{months}(?: et | ou |-| a ))?(?P<mon>{months})(?: (?P<y>{_YEAR}))?", month),
        ("relative", rf"{pre}(?P<art>{_ART})?(?P<unit>annee|an|mois|trimestre|semestre|semaine|exercice)(?P<cur>-ci| en cours| courante?)?(?: (?P<next>prochaine?))?", relative),
        ("next-relative", rf"{pre}(?P<art>{_ART})?(?P<next>prochaine?) (?P<unit>annee|an|mois|trimestre|semestre|semaine)(?P<cur>)", relative),
        ("holiday", rf"{pre}(?P<hol>{holidays})(?: (?P<y>{_YEAR}))?", holiday),
        ("year", rf"(?:(?P<trig>{_TRIG}|fin|l'annee|l'exercice|annee|exercice) (?:l'annee |l'exercice |la fin |fin )?|(?P<edge>{_EDGE}))(?P<y>{_YEAR})(?!\d|[,.]\d)", year),
    ]
    return [(name, re.compile(r"(?<![\w])" + rx + r"(?![\w])"), fn) for name, rx, fn in rules]


def find_times(folded: str) -> list[Mention]:
    """Every time expression of the text, as mentions whose value is a ``TimeExpr``."""
    found = []
    for name, rx, fn in _rules():
        for m in rx.finditer(folded):
            if _RATE_BEFORE.search(folded[max(0, m.start() - 16):m.start()]):
                continue
            expr = fn(m, {})
            if expr is None:
                continue
            past = bool(_PAST_AFTER.match(folded[m.end():]) or _COMPARED.search(folded[max(0, m.start() - 30):m.start()]))
            found.append(Mention(m.start(), m.end(), "DEADLINE", expr, rule=name,
                                 extra={"past": past, "trig": m.groupdict().get("trig")}))
    return longest_first(found)


_PRECISION = {Day: 0, Offset: 1}
# A date after these words may describe an event (« le salon de septembre »): it loses
# to any date said with a real deadline word.
_WEAK_TRIGGERS = {"de", "le", "sur", "des"}


def _rank(m: Mention) -> int:
    expr = m.value
    if isinstance(expr, Period):
        return {"week": 1, "month": 1, "quarter": 2, "semester": 3, "year": 4}[expr.unit]
    return _PRECISION[type(expr)]


def pick_deadline(times: list[Mention], ref: date) -> tuple[Mention, date] | None:
    """The most precise time expression still ahead of ``ref``, with its date."""
    candidates = []
    for m in times:
        if m.extra.get("past"):
            continue
        when = resolve(m.value, ref)
        if when is None or when < ref:
            continue
        weak = (m.extra.get("trig") or "").strip() in _WEAK_TRIGGERS
        candidates.append((weak, _rank(m), m.start, m, when))
    if not candidates:
        return None
    *_, m, when = min(candidates, key=lambda c: (c[0], c[1], c[2]))
    return m, when
