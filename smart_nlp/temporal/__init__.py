"""Reference-independent time expressions and their resolution (Duckling's split)."""
from .expr import Day, Feast, Offset, Period, Season, TimeExpr, Weekday, explicit_year, impossible
from .resolve import BeyondCalendar, add_months, months_between, resolve, resolve_strict

__all__ = ["BeyondCalendar", "Day", "Feast", "Offset", "Period", "Season", "TimeExpr", "Weekday", "add_months",
           "explicit_year", "impossible", "months_between", "resolve", "resolve_strict"]
