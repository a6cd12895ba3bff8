"""``smart_goal``: runs the extractors on a ``Doc`` and stores their spans.

``doc.spans["smart"]`` holds TARGET, BASELINE, DEADLINE, CHANNEL, KPI and MEANS
spans; ``doc._.smart_facts`` the reference-independent facts; ``doc._.smart`` the
full analysis (resolved against ``doc._.smart_ref_date`` or today), or None. A text
the extractors cannot read gets ``doc._.smart_error`` (an ``InvalidGoal``) instead of
facts, and the pipeline goes on with the next document: inside ``nlp.pipe`` an
exception would end the generator and every later document with it. ``doc._.smart_locale``
(« fr-CA »…) tells the extractors how to read a bare « $ ».
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import SmartNLPError, goal_failure
from ..extract.facts import GoalFacts, extract


def _analysis(doc: Doc):
    from ..analyzer import default_analyzer

    if doc._.smart_error is not None:
        return None
    result = default_analyzer().answer(doc._.smart_facts, doc._.smart_ref_date)
    if isinstance(result, SmartNLPError):
        doc._.smart_error = result
        return None
    return result


for _name, _kwargs in (("smart_facts", {"default": None}), ("smart_ref_date", {"default": None}),
                       ("smart_error", {"default": None}), ("smart_locale", {"default": None}),
                       ("smart", {"getter": _analysis})):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, **_kwargs)


class SmartGoal:
    """Extract a goal's facts; the analysis itself is resolved lazily per ``ref_date``."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        try:
            facts: GoalFacts = extract(doc.text, doc._.smart_locale)
            spans = []
            for m in facts.spans() + facts.times:
                span = doc.char_span(m.start, m.end, label=m.label, alignment_mode="expand")
                if span is not None:
                    spans.append(span)
        except Exception as err:  # noqa: BLE001  (last resort: one text never stops a pipeline)
            doc._.smart_facts, doc._.smart_error, doc.spans["smart"] = None, goal_failure(err), []
            return doc
        doc._.smart_facts, doc._.smart_error, doc.spans["smart"] = facts, None, spans
        return doc


@Language.factory("smart_goal")
def make_smart_goal(nlp: Language, name: str) -> SmartGoal:
    return SmartGoal(nlp, name)
