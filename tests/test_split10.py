"""Two goals in one text, one sentence per goal (tests/examples/fr/split10.yaml, frozen before
the work of helper split10 on issue 11): a text with two distinct goals — two KPIs, each with
its own target — hands back the primary goal's sentence in `suggestion` and the other's in
`other_goals`, each with its own words only and, filled, SMART; one goal with two figures
(« dont », « de … à », « soit », a means, a budget, a breakdown) is never split. The share
of texts with every property holds as a floor (see FLOOR's comment)."""
from __future__ import annotations

import re

from conftest import load_examples
from rewrite_support import PLACEHOLDER, fill, report

CASES = load_examples("split10")
REF = "2026-12-07"
FLOOR = 43 / 45  # main before the work (ab72779): 25 (the 25 traps unsplit, none of the 20 two-goal texts); after: 43
# (the 25 traps and 18 of the 20 two-goal texts: « mandats » read as sales, and a KR pair whose primary the
# frozen line expects to be the second although both KPIs are business ones, SPEC 4 takes the first)
_PROPOSAL = re.compile("Proposition[\u00a0\u202f ]: «[\u00a0\u202f ](.*?)[\u00a0\u202f ]»")


def _plain(text: str | None) -> str:
    return re.sub("[\u00a0\u202f]", " ", text or "")


def _sentence(suggestion: str | None, notes: list[str]) -> str:
    """A goal's sentence: its rewrite, else the proposal of a withheld one."""
    if suggestion:
        return _plain(suggestion)
    found = [m.group(1) for m in map(_PROPOSAL.search, notes) if m]
    return _plain(found[0]) if found else ""


def _filled(analyzer, sentence: str) -> list[str]:
    """What a sentence misses once its brackets are filled: a criterion, or it splits again."""
    if not PLACEHOLDER.search(sentence) and not sentence:
        return []
    a = analyzer.analyze(fill(sentence), REF)
    out = [f"filled, not {c}" for c, v in a.criteria.items() if not v.met]
    return out + (["filled, split again"] if getattr(a, "other_goals", []) else [])


def _words(sentence: str, has: list[str], lacks: str | None, which: str) -> list[str]:
    out = [f"{which} lacks {w!r}" for w in has if w not in sentence]
    return out + ([f"{which} says {lacks!r}"] if lacks and re.search(rf"(?<![\w ]){re.escape(lacks)}\b|"
                                                                     rf"(?<!\d){re.escape(lacks)}(?![\d,])",
                                                                     sentence) else [])


def kept(analyzer, case: dict) -> list[str]:
    """(Reported, not counted: keeping a second figure of one goal is helper facts10's work.)
    The words of a trap's one goal its sentence loses."""
    a = analyzer.analyze(case["text"], REF)
    one = _sentence(a.suggestion, a.suggestion_notes)
    return [f"lacks {w!r}" for w in case.get("has", []) if one and w not in one]


def faults(analyzer, case: dict) -> list[str]:
    a = analyzer.analyze(case["text"], REF)
    others = getattr(a, "other_goals", [])
    if case["goals"] == 1:
        return [f"split into {1 + len(others)} goals"] if others else []
    out = [f"kpi {a.kpi}"] if a.kpi != case["kpi"] else []
    if len(others) != 1:
        return out + [f"{1 + len(others)} goals"]
    one = _sentence(a.suggestion, a.suggestion_notes)
    two = _sentence(others[0].get("suggestion"), others[0].get("suggestion_notes", []))
    if not one or not two:
        return out + ["a goal without its sentence"]
    out += _words(one, case["first"], case["second"][0], "first")
    out += _words(two, case["second"], case["first"][0], "second")
    return out + _filled(analyzer, one) + _filled(analyzer, two)


def test_two_goals_one_sentence_each_and_one_goal_never_split(analyzer):
    wrong = {c["text"]: f for c in CASES if (f := faults(analyzer, c))}
    assert (len(CASES) - len(wrong)) / len(CASES) >= FLOOR, wrong


if __name__ == "__main__":
    from smart_nlp.analyzer import Analyzer

    an = Analyzer()

    def _shown(c: dict) -> str:
        a = an.analyze(c["text"], REF)
        rest = [o.get("suggestion") or "" for o in getattr(a, "other_goals", [])]
        return " | ".join([_sentence(a.suggestion, a.suggestion_notes), *map(_plain, rest)])

    report(CASES, lambda c: faults(an, c), _shown)
    for c in CASES:
        if c["goals"] == 1 and (lost := kept(an, c)):
            print("(reported, one goal's figure lost)", c["text"][:60], lost)


TWO = "Pour la boulangerie : vendre 150 galettes des rois par semaine en janvier et obtenir 40 avis Google d'ici fin février."


def test_each_goal_s_sentence_is_shown_wherever_the_rewrite_is(analyzer, tmp_path):
    """Terminal, JSON, web page and audit reports show both sentences, the note names the
    second, and a single goal keeps the one-sentence layout."""
    from rich.console import Console

    from smart_nlp.audit import audit_paths
    from smart_nlp.audit.report import render_csv, render_html, render_markdown
    from smart_nlp.report.terminal import render
    from smart_nlp.web.view import analysis_view

    a = analyzer.analyze(TWO, REF)
    d = a.to_dict()
    first, second = d["suggestion"], d["other_goals"][0]["suggestion"]
    assert "150" in first and "40 avis" in second and second in d["suggestion_notes"][0]
    console = Console(width=400, record=True)
    console.print(render(a))
    shown = console.export_text()
    assert first in shown and second in shown and d["suggestion_notes"][0] not in shown
    view = analysis_view(d)
    assert view["other_goals"][0]["text"] == second and view["suggestion_notes"] == d["suggestion_notes"][1:]
    path = tmp_path / "plan.md"
    path.write_text("# Objectifs 2027\n\n- " + TWO + "\n", encoding="utf-8")
    report = audit_paths([path], analyzer, REF)
    for out in (render_markdown(report), render_html(report), render_csv(report)):
        plain = out.replace("\\[", "[").replace("\\]", "]").replace("&#39;", "'")
        assert "150 galettes" in plain and "40 avis Google" in plain and _plain(second)[:30] in _plain(plain)
    single = analyzer.analyze("Vendre 150 galettes des rois par semaine en janvier.", REF).to_dict()
    assert single["other_goals"] == [] and not analysis_view(single)["other_goals"]
