"""Criterion scorers: transparent rules now, learned estimators plugged in the same place."""
from .rules import RuleScorer

__all__ = ["RuleScorer"]
