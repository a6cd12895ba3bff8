"""SPEC section 5 as transparent rules over a goal's ``Evidence``."""
from __future__ import annotations

from ..analysis import Verdict
from ..features import Evidence
from ..lang.fr import load
from ..text import typography
from . import explain

STRONG, WEAK = 0.95, 0.7


def _verdict(met: bool, confidence: float, reasons: list[str], advice: str | None) -> Verdict:
    score = confidence if met else 1 - confidence
    return Verdict(met, round(score, 3), [typography(r) for r in reasons],
                   None if met else typography(advice) if advice else None)


class RuleScorer:
    """Judges the five criteria from a goal's ``Evidence`` (features, and the facts reasons quote)."""

    def judge(self, ev: Evidence) -> dict[str, Verdict]:
        msg, f = load("messages")["criteria"], ev.features
        return {
            "specific": self._specific(f, ev, msg["specific"]),
            "measurable": self._measurable(f, ev, msg["measurable"]),
            "achievable": self._achievable(f, ev, msg["achievable"]),
            "relevant": self._relevant(f, ev, msg["relevant"]),
            "time_bound": self._time_bound(f, ev, msg["time_bound"]),
        }

    def _specific(self, f, ev: Evidence, m) -> Verdict:
        if not ev.kpi:
            return _verdict(False, STRONG, [m["no_kpi"]], m["advice_no_kpi"])
        label = explain.kpi(ev)
        if f["n_narrowing"]:
            what = explain.narrowing(ev)
            return _verdict(True, STRONG if f["narrowing_channel"] else WEAK,
                            [m["met"].format(kpi=label, narrowing=what)], None)
        reasons = [m["generic"].format(kpi=label)]
        if channels := explain.means_channels(ev):
            reasons.append(m["means_only"].format(channels=", ".join(channels)))
        return _verdict(False, WEAK, reasons, m["advice_generic"])

    def _measurable(self, f, ev: Evidence, m) -> Verdict:
        if not f["has_target"]:
            return _verdict(False, STRONG, [m["no_number"]], m["advice"])
        targets = explain.targets(ev)
        if not ev.kpi:
            return _verdict(False, WEAK, [m["no_kpi"].format(targets=targets)], m["advice_no_kpi"])
        return _verdict(True, STRONG, [m["met"].format(targets=targets)], None)

    def _achievable(self, f, ev: Evidence, m) -> Verdict:
        amb = ev.ambition
        if f["nil_means"]:
            return _verdict(False, STRONG, [m["nil_means"].format(nil=ev.nil_means[0])], m["advice_nil"])
        if f["has_means"]:
            reasons = [m["means"].format(means=explain.means(ev))]
            if amb and amb.annual:
                reasons.append(m["ambition_note"].format(ambition=explain.ambition(ev)))
            doubtful = amb and not f["growth_moderate"] and f["growth_known"]
            return _verdict(True, WEAK if doubtful else STRONG, reasons, None)
        if not f["has_target"]:
            return _verdict(False, STRONG, [m["no_target_no_means"]], m["advice"])
        if amb is None:
            return _verdict(False, WEAK, [m["no_baseline"]], m["advice"])
        if amb.annual is None:
            return _verdict(False, WEAK, [m["no_timeframe"]], m["advice"])
        text = explain.ambition(ev)
        if f["growth_moderate"]:
            margin = amb.annual / 3.0
            return _verdict(True, WEAK if margin > 0.8 else STRONG, [m["moderate"].format(ambition=text)], None)
        return _verdict(False, STRONG if amb.annual > 6 else WEAK, [m["extreme"].format(ambition=text)], m["advice"])

    def _relevant(self, f, ev: Evidence, m) -> Verdict:
        if f["kpi_business"]:
            return _verdict(True, STRONG, [m["business"].format(kpi=explain.kpi(ev))], None)
        if f["justification_business"]:
            return _verdict(True, WEAK, [m["justified"].format(why=ev.justification)], None)
        if not ev.kpi:
            return _verdict(False, WEAK, [m["no_kpi"]], m["advice"])
        return _verdict(False, WEAK, [m["audience"].format(kpi=explain.kpi(ev))], m["advice"])

    def _time_bound(self, f, ev: Evidence, m) -> Verdict:
        if f["has_deadline"]:
            said = m["met"].format(deadline=explain.deadline(ev), text=ev.deadline.text)
            return _verdict(True, STRONG, [said], None)
        if f["has_rate"]:
            return _verdict(False, WEAK, [m["rate_only"].format(period=explain.rate(ev))], m["advice"])
        return _verdict(False, STRONG, [m["none"]], m["advice"])
