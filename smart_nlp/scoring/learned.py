"""Learned criterion scorers: rule evidence + extracted features + words → logistic regression.

Models are plain JSON (feature vocabulary, coefficients, intercept): readable, diffable,
never pickled. ``LearnedScorer`` plugs into ``Analyzer(scorer=...)`` like ``RuleScorer``
and keeps the rule reasons, adding the model's own when it overrules a rule.
"""
from __future__ import annotations

import json
import math
import re
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from ..analysis import CRITERIA, Verdict
from ..features import Evidence
from ..lang.fr import load
from ..text import fold, typography
from . import explain
from .rules import RuleScorer

_WORD = re.compile(r"[a-z0-9€%]+(?:'[a-z]+)?")


def text_features(text: str) -> dict[str, float]:
    """Word unigrams and bigrams of the folded text, as binary features."""
    words = _WORD.findall(fold(text))
    feats = {f"w={w}": 1.0 for w in words}
    feats.update({f"w2={a}_{b}": 1.0 for a, b in zip(words, words[1:])})
    return feats


def model_features(feats: dict[str, Any], rule_verdicts: dict[str, bool], text: str) -> dict[str, float]:
    """Everything a criterion model sees: extracted features, rule verdicts, words."""
    out = _named_features(feats, rule_verdicts)
    out.update(text_features(text))
    return out


def _named_features(feats: dict[str, Any], rule_verdicts: dict[str, bool]) -> dict[str, float]:
    """The extracted features and the rule verdicts, as a model sees them."""
    out: dict[str, float] = {}
    for k, v in feats.items():
        if isinstance(v, bool):
            out[k] = float(v)
        elif isinstance(v, (int, float)):
            out[k] = float(v)
        else:
            out[f"{k}={v}"] = 1.0
    out.update({f"rule_{c}": float(m) for c, m in rule_verdicts.items()})
    return out


def make_estimator(C: float = 1.0, min_count: int = 2, seed: int = 0, binary: bool = True):
    """The scikit-learn pipeline behind every model: rare words dropped → DictVectorizer → LogisticRegression."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    solver = "liblinear" if binary else "lbfgs"
    return Pipeline([
        ("frequent", FrequentWords(min_count)),
        ("vectorize", DictVectorizer(sparse=False, sort=True)),
        ("classify", LogisticRegression(C=C, solver=solver, class_weight="balanced", random_state=seed,
                                        max_iter=2000)),
    ])


class FrequentWords:
    """Transformer that keeps word features (``w…``) seen at least ``min_count`` times in training."""

    def __init__(self, min_count: int = 2):
        self.min_count = min_count

    def get_params(self, deep: bool = True) -> dict:
        return {"min_count": self.min_count}

    def set_params(self, **params) -> "FrequentWords":
        self.min_count = params.get("min_count", self.min_count)
        return self

    def fit(self, X: list[dict[str, float]], y: Any = None) -> "FrequentWords":
        from collections import Counter

        counts = Counter(k for x in X for k in x)
        self.rare_ = {k for k, n in counts.items() if n < self.min_count and k.startswith("w")}
        return self

    def transform(self, X: list[dict[str, float]]) -> list[dict[str, float]]:
        return [{k: v for k, v in x.items() if k not in self.rare_} for x in X]

    def fit_transform(self, X: list[dict[str, float]], y: Any = None) -> list[dict[str, float]]:
        return self.fit(X, y).transform(X)


class LinearModel:
    """A fitted ``DictVectorizer`` + ``LogisticRegression`` as plain lists: scoring is a
    sparse dot product, so answering needs neither scikit-learn nor numpy."""

    def __init__(self, vocabulary: dict[str, int], coef: list[list[float]], intercept: list[float],
                 classes: list[Any]):
        self.vocabulary = vocabulary
        self.coef_ = [[float(w) for w in row] for row in coef]
        self.intercept_ = [float(b) for b in intercept]
        self.classes_ = list(classes)
        self._weights = [list(ws) for ws in zip(*self.coef_)]  # per feature, per class

    @classmethod
    def fit(cls, X: list[dict[str, float]], y: list[Any], C: float = 1.0, min_count: int = 2,
            seed: int = 0) -> "LinearModel":
        pipe = make_estimator(C=C, min_count=min_count, seed=seed, binary=len(set(y)) == 2).fit(X, y)
        vec, clf = pipe.named_steps["vectorize"], pipe.named_steps["classify"]
        return cls(dict(vec.vocabulary_), clf.coef_.tolist(), clf.intercept_.tolist(), clf.classes_.tolist())

    def _scores(self, x: dict[str, float]) -> list[float]:
        s = list(self.intercept_)
        for k, v in x.items():
            j = self.vocabulary.get(k)
            if j is not None:
                for c, w in enumerate(self._weights[j]):
                    s[c] += w * v
        return s

    def predict_proba(self, x: dict[str, float], scores: list[float] | None = None) -> dict[Any, float]:
        """``scores``: the decision values of ``x`` when already summed (``_goal_scores``)."""
        s = self._scores(x) if scores is None else scores
        if len(self.classes_) == 2:
            z = max(min(s[0], 700.0), -700.0)
            p = 1 / (1 + math.exp(-z))
            return {self.classes_[0]: 1 - p, self.classes_[1]: p}
        top = max(s)
        e = [math.exp(v - top) for v in s]
        total = sum(e)
        return dict(zip(self.classes_, (v / total for v in e)))

    def contributions(self, x: dict[str, float], cls_index: int = 0, top: int = 3) -> list[tuple[str, float]]:
        """The features that pushed the decision most, signed (for explanations)."""
        parts = [(k, self.coef_[cls_index][j] * v) for k, v in x.items()
                 if (j := self.vocabulary.get(k)) is not None]
        return sorted(parts, key=lambda kv: -abs(kv[1]))[:top]

    def to_json(self) -> dict:
        return {"vocabulary": self.vocabulary, "coef": [[round(w, 8) for w in row] for row in self.coef_],
                "intercept": [round(b, 8) for b in self.intercept_], "classes": self.classes_}

    @classmethod
    def from_json(cls, data: dict) -> "LinearModel":
        return cls(data["vocabulary"], data["coef"], data["intercept"], data["classes"])


class LearnedScorer:
    """Rule verdicts, then a learned model that may overrule them, for the criteria
    where cross-validation showed the model does better than the rules."""

    def __init__(self, models: dict[str, LinearModel], threshold: float = 0.5, decides: set[str] | None = None):
        self.models = models
        self.threshold = threshold
        self.decides = set(models) if decides is None else decides
        self.rules = RuleScorer()
        self._joint: dict[str, list[tuple[int, float]]] = {}
        self._binary = [c for c, m in models.items() if len(m.coef_) == 1]  # one row of weights
        for i, c in enumerate(self._binary):
            m = self.models[c]
            for k, j in m.vocabulary.items():
                self._joint.setdefault(k, []).append((i, m.coef_[0][j]))
        # the word features by word and by pair of words (no word holds « _ »): no key to write per goal
        self._unigrams = {k[2:]: w for k, w in self._joint.items() if k.startswith("w=")}
        self._bigrams = {tuple(k[3:].split("_")): w for k, w in self._joint.items() if k.startswith("w2=")}

    def _goal_scores(self, feats: dict[str, Any], rule_verdicts: dict[str, bool],
                     text: str) -> dict[str, list[float]]:
        """Every binary model's decision value over ``model_features(feats, rule_verdicts, text)``
        in one pass, without writing a key per word: the same features, the same sums in the
        same order as each model alone."""
        totals = [self.models[c].intercept_[0] for c in self._binary]
        _add(totals, self._joint, _named_features(feats, rule_verdicts).items())
        words = _WORD.findall(fold(text))
        _add(totals, self._unigrams, ((w, 1.0) for w in dict.fromkeys(words)))
        _add(totals, self._bigrams, ((p, 1.0) for p in dict.fromkeys(zip(words, words[1:]))))
        return {c: [t] for c, t in zip(self._binary, totals)}

    @classmethod
    def load(cls, directory: str | Path | Traversable) -> "LearnedScorer":
        """Read a model folder: a path, or a package resource (the shipped model)."""
        d = directory if isinstance(directory, Traversable) else Path(directory)
        selection = json.loads((d / "selection.json").read_text(encoding="utf-8"))["use_model"]
        models = {c: LinearModel.from_json(json.loads((d / f"criterion-{c}.json").read_text(encoding="utf-8")))
                  for c in CRITERIA}
        return cls(models, decides={c for c in CRITERIA if selection.get(c)})

    def judge(self, ev: Evidence) -> dict[str, Verdict]:
        ruled = self.rules.judge(ev)
        verdicts = {c: v.met for c, v in ruled.items()}
        msg = load("messages")["learned"]
        scores = self._goal_scores(ev.features, verdicts, ev.text)
        x = None  # every feature by name: only for a model outside the joint sums, or to explain an overrule
        out = {}
        for c, rule in ruled.items():
            model = self.models.get(c)
            if model is None:
                out[c] = rule
                continue
            if x is None and c not in scores:
                x = model_features(ev.features, verdicts, ev.text)
            p = model.predict_proba(x, scores.get(c))[True]
            if c not in self.decides:
                out[c] = self._confidence(rule, p, msg)
                continue
            met = p >= self.threshold
            if met == rule.met:
                out[c] = Verdict(met, round(p, 3), rule.reasons, rule.advice)
                continue
            if x is None:
                x = model_features(ev.features, verdicts, ev.text)
            top = [explain.feature(k) for k, v in model.contributions(x) if (v > 0) == met][:2]
            why = msg["overrule_met" if met else "overrule_not_met"].format(
                confidence=round(100 * (p if met else 1 - p)), evidence=", ".join(top) or msg["no_evidence"])
            advice = None if met else (rule.advice or load("messages")["criteria"][c].get("advice"))
            out[c] = Verdict(met, round(p, 3), [typography(why)] + rule.reasons, advice)
        return out

    @staticmethod
    def _confidence(rule: Verdict, p: float, msg: dict) -> Verdict:
        """The rules decide; the model gives the confidence, and says when it doubts.

        A score on the wrong side of 0.5 would contradict the verdict, so a
        disagreeing model leaves the score near 0.5 and adds a reason to check it.
        """
        if (p >= 0.5) == rule.met:
            return Verdict(rule.met, round(p, 3), rule.reasons, rule.advice)
        doubt = typography(msg["doubt"].format(probability=round(100 * p)))
        return Verdict(rule.met, 0.55 if rule.met else 0.45, rule.reasons + [doubt], rule.advice)


def _add(totals: list[float], joint: dict, items) -> None:
    """Add to ``totals`` the weights ``joint`` holds for each feature of ``items`` (key, value)."""
    for k, v in items:
        weights = joint.get(k)
        if weights is None:
            continue
        if v == 1.0:  # the words and flags: ``w * 1.0`` is ``w``, exactly
            for i, w in weights:
                totals[i] += w
        else:
            for i, w in weights:
                totals[i] += w * v
