"""SPEC section 5 as transparent rules over extracted facts and features."""
from __future__ import annotations

from typing import Any

from ..analysis import Verdict
from ..lang.fr import load
from ..text import typography
from .explain import describe_targets, format_ambition

STRONG, WEAK = 0.95, 0.7


def _verdict(met: bool, confidence: float, reasons: list[str], advice: str | None) -> Verdict:
    score = confidence if met else 1 - confidence
    return Verdict(met, round(score, 3), [typography(r) for r in reasons],
                   None if met else typography(advice) if advice else None)


class RuleScorer:
    """Judges the five criteria from ``features`` and the ``context`` of the analysis."""

    def judge(self, feats: dict[str, Any], ctx: dict[str, Any]) -> dict[str, Verdict]:
        msg = load("messages")["criteria"]
        return {
            "specific": self._specific(feats, ctx, msg["specific"]),
            "measurable": self._measurable(feats, ctx, msg["measurable"]),
            "achievable": self._achievable(feats, ctx, msg["achievable"]),
            "relevant": self._relevant(feats, ctx, msg["relevant"]),
            "time_bound": self._time_bound(feats, ctx, msg["time_bound"]),
        }

    def _specific(self, f, ctx, m) -> Verdict:
        if not ctx["kpi"]:
            return _verdict(False, STRONG, [m["no_kpi"]], m["advice_no_kpi"])
        label = ctx["kpi_label"]
        if f["n_narrowing"]:
            what = ", ".join(ctx["narrowing_labels"])
            return _verdict(True, STRONG if f["narrowing_channel"] else WEAK,
                            [m["met"].format(kpi=label, narrowing=what)], None)
        reasons = [m["generic"].format(kpi=label)]
        if ctx["means_channels"]:
            reasons.append(m["means_only"].format(channels=", ".join(ctx["means_channels"])))
        return _verdict(False, WEAK, reasons, m["advice_generic"])

    def _measurable(self, f, ctx, m) -> Verdict:
        if not f["has_target"]:
            return _verdict(False, STRONG, [m["no_number"]], m["advice"])
        targets = describe_targets(ctx["targets"])
        if not ctx["kpi"]:
            return _verdict(False, WEAK, [m["no_kpi"].format(targets=targets)], m["advice_no_kpi"])
        return _verdict(True, STRONG, [m["met"].format(targets=targets)], None)

    def _achievable(self, f, ctx, m) -> Verdict:
        amb = ctx["ambition"]
        if f["nil_means"]:
            return _verdict(False, STRONG, [m["nil_means"].format(nil=ctx["nil_means"][0])], m["advice_nil"])
        if f["has_means"]:
            reasons = [m["means"].format(means=" ; ".join(f"« {x} »" for x in ctx["means"]))]
            if amb and amb.get("annual"):
                reasons.append(m["ambition_note"].format(ambition=format_ambition(amb)))
            return _verdict(True, WEAK if amb and not f["growth_moderate"] and f["growth_known"] else STRONG, reasons, None)
        if not f["has_target"]:
            return _verdict(False, STRONG, [m["no_target_no_means"]], m["advice"])
        if amb is None:
            return _verdict(False, WEAK, [m["no_baseline"]], m["advice"])
        if amb.get("annual") is None:
            return _verdict(False, WEAK, [m["no_timeframe"]], m["advice"])
        text = format_ambition(amb)
        if f["growth_moderate"]:
            margin = amb["annual"] / 3.0
            return _verdict(True, WEAK if margin > 0.8 else STRONG, [m["moderate"].format(ambition=text)], None)
        return _verdict(False, STRONG if amb["annual"] > 6 else WEAK, [m["extreme"].format(ambition=text)], m["advice"])

    def _relevant(self, f, ctx, m) -> Verdict:
        if f["kpi_business"]:
            return _verdict(True, STRONG, [m["business"].format(kpi=ctx["kpi_label"])], None)
        if f["justification_business"]:
            return _verdict(True, WEAK, [m["justified"].format(why=ctx["justification"])], None)
        if not ctx["kpi"]:
            return _verdict(False, WEAK, [m["no_kpi"]], m["advice"])
        return _verdict(False, WEAK, [m["audience"].format(kpi=ctx["kpi_label"])], m["advice"])

    def _time_bound(self, f, ctx, m) -> Verdict:
        if f["has_deadline"]:
            return _verdict(True, STRONG, [m["met"].format(deadline=ctx["deadline_label"], text=ctx["deadline_text"])], None)
        if f["has_rate"]:
            return _verdict(False, WEAK, [m["rate_only"].format(period=ctx["rate_label"])], m["advice"])
        return _verdict(False, STRONG, [m["none"]], m["advice"])
