"""``smart_goal``: runs the extractors on a ``Doc`` and stores their spans.

``doc.spans["smart"]`` holds TARGET, BASELINE, DEADLINE, CHANNEL, KPI and MEANS
spans; ``doc._.smart_facts`` the reference-independent facts; ``doc._.smart`` the
full analysis (resolved against ``doc._.smart_ref_date`` or today).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extract.facts import GoalFacts, extract


def _analysis(doc: Doc):
    from ..analyzer import default_analyzer

    return default_analyzer().finish(doc._.smart_facts, ref_date=doc._.smart_ref_date)


for _name, _kwargs in (("smart_facts", {"default": None}), ("smart_ref_date", {"default": None}),
                       ("smart", {"getter": _analysis})):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, **_kwargs)


class SmartGoal:
    """Extract a goal's facts; the analysis itself is resolved lazily per ``ref_date``."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        facts: GoalFacts = extract(doc.text)
        doc._.smart_facts = facts
        spans = []
        for m in facts.spans() + facts.times:
            span = doc.char_span(m.start, m.end, label=m.label, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans["smart"] = spans
        return doc


@Language.factory("smart_goal")
def make_smart_goal(nlp: Language, name: str) -> SmartGoal:
    return SmartGoal(nlp, name)
