"""Filling a rewrite's placeholders the way a user would, for the rewrite tests."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

_FILLS = yaml.safe_load((Path(__file__).parent / "examples" / "fr" / "rewrite_fills.yaml").read_text(encoding="utf-8"))
PLACEHOLDER = re.compile(r"\[([^\[\]]+)\]")
_PROPOSAL = re.compile("Proposition[\u00a0\u202f ]: «[\u00a0\u202f ](.*?)[\u00a0\u202f ]»")


def fill(suggestion: str) -> str:
    """Neutral slots get a plausible value; concrete proposals lose their brackets."""
    return PLACEHOLDER.sub(lambda m: _FILLS.get(m.group(1), m.group(1)), suggestion)


def shown(a) -> str:
    """The sentences the user sees: the rewrite, else the proposal of a withheld one, then
    the sentence of each other goal of the text (advise/several.py), with the no-break
    spaces made plain for the tests' substrings."""
    text = a.suggestion
    if text is None:
        found = [m.group(1) for m in map(_PROPOSAL.search, a.suggestion_notes) if m]
        text = found[0] if found else ""
    text = " ".join([text, *[o["suggestion"] for o in a.other_goals if o["suggestion"]]]).strip()
    return re.sub("[\u00a0\u202f]", " ", text)


def word_faults(shown_text: str, case: dict) -> list[str]:
    """What a case's rewrite gets wrong in words: `has` missing, `lacks` present, `match`
    (a regular expression) not found."""
    out = [f"lacks {p!r}" for p in case.get("has", []) if p not in shown_text]
    out += [f"says {p!r}" for p in case.get("lacks", []) if p in shown_text]
    if "match" in case and not re.search(case["match"], shown_text):
        out.append(f"no match {case['match']!r}")
    return out


def said_faults(analyzer, case: dict, ref: str = "2026-12-07") -> tuple[object, list[str]]:
    """The analysis of ``case`` and the word faults of the sentence it shows (``has``,
    ``lacks``, ``nomatch``); a goal left as it is, already SMART, says the user's words (its notes say
    why, advise/praise.py)."""
    a = analyzer.analyze(case["text"], ref)
    text = shown(a)
    if not text:
        return a, [] if a.suggestion is None and all(v.met for v in a.criteria.values()) else ["no rewrite"]
    out = word_faults(text, case)
    if "nomatch" in case and re.search(case["nomatch"], text):
        out.append(f"matches {case['nomatch']!r}")
    return a, out


def assert_share(cases: list[dict], faults, floor: float) -> None:
    """The share of cases with no fault holds as a floor; the failures are shown."""
    wrong = {c["text"]: f for c in cases if (f := faults(c))}
    assert (len(cases) - len(wrong)) / len(cases) >= floor, wrong


def report(cases: list[dict], faults, shown_of=None) -> None:
    """`python tests/test_….py`: each case, its faults (and, given ``shown_of``, the sentence
    shown), and the count that passes."""
    ok = 0
    for c in cases:
        f = faults(c)
        ok += not f
        print("ok  " if not f else "FAIL", c.get("family", ""), c["text"][:70], f)
        if shown_of:
            print("    " + shown_of(c))
    print(ok, "/", len(cases))


def filled_faults(analyzer, a, ref: str) -> list[str]:
    """The criteria a rewrite misses once its placeholders are filled as a user would."""
    if not a.suggestion:
        return []
    filled = analyzer.analyze(fill(a.suggestion), ref)
    return [f"filled, not {c}" for c, v in filled.criteria.items() if not v.met]


def sentence_faults(analyzer, case: dict, ref: str = "2026-12-07") -> list[str]:
    """What the rewrite of ``case`` gets wrong: no sentence shown, its words, or a criterion
    it misses once filled."""
    a = analyzer.analyze(case["text"], ref)
    shown_text = shown(a)
    if not shown_text:
        return ["no rewrite"]
    return word_faults(shown_text, case) + filled_faults(analyzer, a, ref)


def assert_none_fail(cases: list[dict], faults) -> None:
    """Every case passes (the bugs fixed on the way stay fixed)."""
    found = {c["text"]: faults(c) for c in cases}
    assert not {t: f for t, f in found.items() if f}


def report_shown(cases: list[dict], faults, ref: str = "2026-12-07") -> None:
    """`python tests/test_….py` for checks that take the analyzer: the report, each sentence shown."""
    import smart_nlp

    an = smart_nlp.Analyzer()
    report(cases, lambda c: faults(an, c), lambda c: shown(an.analyze(c["text"], ref)))
