"""The facts a verdict's reasons quote, worded in French from the scorer's ``Evidence``."""
from __future__ import annotations

from ..features import Evidence
from ..lang.fr import load
from ..lang.fr.format import (channel_label, describe_targets, format_ambition, format_date, kpi_label,
                              narrowing_label)


def kpi(ev: Evidence) -> str | None:
    return kpi_label(ev.kpi) if ev.kpi else None


def targets(ev: Evidence) -> str:
    return describe_targets(ev.targets)


def narrowing(ev: Evidence) -> str:
    """« LinkedIn, « en Bretagne » »: what narrows the goal down, each word once (« location
    meublée » says « meublée »)."""
    values = [n.partition(":")[2] for n in ev.narrowing]
    said = [n for i, n in enumerate(ev.narrowing)
            if not any(j != i and f" {values[i]} " in f" {v} " and (len(v) > len(values[i]) or j < i)
                       for j, v in enumerate(values))]
    return ", ".join(dict.fromkeys(narrowing_label(n) for n in said))


def means_channels(ev: Evidence) -> list[str]:
    """The channels named only as means (« grâce à LinkedIn »), each label once."""
    return list(dict.fromkeys(channel_label(c) for c in ev.means_channels))


def means(ev: Evidence) -> str:
    return " ; ".join(f"« {x} »" for x in ev.means)


def deadline(ev: Evidence) -> str | None:
    return format_date(ev.deadline.date) if ev.deadline else None


def rate(ev: Evidence) -> str:
    """The first target given per period (« +5 % par mois »), for a goal with a pace but no date."""
    return describe_targets([t for t in ev.targets if t.period][:1])


def ambition(ev: Evidence) -> str:
    return format_ambition(ev.ambition) if ev.ambition else ""


def feature(name: str) -> str:
    """French wording of a learned model's feature, for the reasons of an overruled verdict."""
    names = load("messages")["features"]
    if name.startswith("w=") or name.startswith("w2="):
        return load("messages")["format"]["feature_word"].format(word=name.split("=", 1)[1].replace("_", " "))
    if name.startswith("rule_"):
        return names["rule"]
    return names.get(name.split("=", 1)[0], name)
