"""Reference-independent time expressions and their resolution (Duckling's split)."""
from .expr import Day, Offset, Period, TimeExpr
from .resolve import add_months, months_between, resolve

__all__ = ["Day", "Offset", "Period", "TimeExpr", "add_months", "months_between", "resolve"]
