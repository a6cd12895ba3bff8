"""``smart_goal``: the analyzer as a spaCy component, for people who build pipelines.

The extractors read characters, so the component runs them on ``doc.text`` and works
in any French pipeline (``spacy.blank("fr")`` or a trained one). Its settings come
from ``nlp.add_pipe("smart_goal", config={"model": ..., "ref_date": ..., "locale": ...})``:

- ``doc.spans["smart"]``: TARGET, BASELINE, DEADLINE, CHANNEL, KPI and MEANS spans;
- ``doc._.smart_facts``: the reference-independent facts;
- ``doc._.smart``: the full analysis with this component's model, resolved against
  ``doc._.smart_ref_date``, else the component's ``ref_date``, else today; or None.

``doc._.smart_locale`` (« fr-CA »…), else the component's ``locale``, tells the
extractors how to read a bare « $ ». A text the extractors cannot read gets
``doc._.smart_error`` (an ``InvalidGoal``) instead of facts, and the pipeline goes on
with the next document: inside ``nlp.pipe`` an exception would end the generator and
every later document with it.
"""
from __future__ import annotations

from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import SmartNLPError, goal_failure, parse_ref_date
from ..extract.facts import extract

_KEY = "smart_goal"


def _analysis(doc: Doc):
    """The analysis with the settings of the component that processed ``doc`` (kept in
    ``doc.user_data`` as plain strings)."""
    settings = doc.user_data.get(_KEY)
    if settings is None or doc._.smart_error is not None or doc._.smart_facts is None:
        return None
    from ..analyzer import analyzer_for

    model, ref_date = settings
    result = analyzer_for(model).answer(doc._.smart_facts, parse_ref_date(doc._.smart_ref_date or ref_date))
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

    def __init__(self, nlp: Language, name: str, model: Optional[str] = None, ref_date: Optional[str] = None,
                 locale: Optional[str] = None):
        from ..analyzer import analyzer_for

        self.name = name
        self.locale = locale
        self.settings = (model, parse_ref_date(ref_date).isoformat() if ref_date else None)
        analyzer_for(model)  # a missing model folder fails here, not at the first doc

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data[_KEY] = self.settings
        try:
            facts = extract(doc.text, doc._.smart_locale or self.locale)
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


@Language.factory(_KEY, default_config={"model": None, "ref_date": None, "locale": None})
def make_smart_goal(nlp: Language, name: str, model: Optional[str], ref_date: Optional[str],
                    locale: Optional[str]) -> SmartGoal:
    """``model``: a trained model folder, ``"rules"``, or None for the shipped model;
    ``ref_date``: the default reference date (``YYYY-MM-DD``), None for today;
    ``locale``: « fr-CA » to read a bare « $ » as Canadian dollars."""
    return SmartGoal(nlp, name, model, ref_date, locale)
