"""Train the criterion scorers (one logistic regression per SMART criterion).

Deterministic for a given corpus and seed. The output folder is written in a temporary
folder beside it and swapped in only when complete.
"""
from __future__ import annotations

import json
import os
from collections import Counter
import shutil
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

from .analysis import CRITERIA
from .analyzer import Analyzer, GoalInput
from .corpus import corpus_hash, validate_files
from .errors import InvalidInput
from .evaluate import evaluate
from .io import lines as text_lines
from .lang.fr import message
from .scoring.learned import LearnedScorer, LinearModel, make_estimator, model_features

Progress = Callable[[str], None]


def _rule_rows(analyzer: Analyzer, examples: list[dict]) -> list[dict[str, Any]]:
    goals = [GoalInput(e["text"], e["id"], e["ref_date"]) for e in examples]
    rows = []
    for ex, a in zip(examples, analyzer.pipe(goals)):
        rows.append({"x": model_features(a.facts["features"], {c: v.met for c, v in a.criteria.items()}, ex["text"])})
    return rows


def train(train_path: str | Path, dev_path: str | Path, output: str | Path,
          seed: int = 0, C: float = 1.0, progress: Progress = lambda s: None) -> dict[str, Any]:
    """Fit and save every model; returns the metadata written to ``meta.json``."""
    examples, problems = validate_files([train_path, dev_path])
    if problems:
        raise InvalidInput(message("corpus", "train.invalid_corpus", problems="\n".join(str(p) for p in problems[:20])))
    train_lines = text_lines(Path(train_path).read_text(encoding="utf-8"))
    train_ids = {json.loads(line)["id"] for line in train_lines if line.strip()}
    train_ex = [e for e in examples if e["id"] in train_ids]
    dev_ex = [e for e in examples if e["id"] not in train_ids]
    rules = Analyzer("rules")
    progress(message("corpus", "train.extracting"))
    rows = _rule_rows(rules, train_ex)
    models: dict[str, LinearModel] = {}
    use_model: dict[str, bool] = {}
    cv: dict[str, dict[str, float]] = {}
    for c in CRITERIA:
        progress(message("corpus", "train.criterion", criterion=c))
        X, y = [r["x"] for r in rows], [e["labels"][c] for e in train_ex]
        cv[c] = _cross_validate(X, y, [bool(r["x"][f"rule_{c}"]) for r in rows], C, seed)
        use_model[c] = cv[c]["model_f1"] > cv[c]["rules_f1"]
        models[c] = LinearModel.fit(X, y, C=C, seed=seed)
    out = Path(output)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        for name, model in models.items():
            (tmp / f"criterion-{name}.json").write_text(json.dumps(model.to_json(), sort_keys=True), encoding="utf-8")
        progress(message("corpus", "train.evaluating"))
        (tmp / "selection.json").write_text(json.dumps({"use_model": use_model, "cross_validation": cv}, indent=2),
                                            encoding="utf-8")
        meta = _meta(train_path, dev_path, seed, C, len(train_ex), dev_ex, tmp)
        meta.update({"use_model": use_model, "cross_validation": cv})
        (tmp / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")
        (tmp / "MODEL_CARD.md").write_text(_card(meta), encoding="utf-8")
        _swap(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return meta


def _cross_validate(X: list[dict], y: list[bool], rule: list[bool], C: float, seed: int, folds: int = 5) -> dict:
    """Out-of-fold F1 of the model (stratified folds) and of the rules on the training set.

    The model replaces the rules for a criterion only where it does better here, so
    the dev set stays untouched by that choice.
    """
    from sklearn.metrics import f1_score
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    folds = max(2, min(folds, *Counter(y).values())) if len(set(y)) == 2 else 0
    if not folds:  # one class only: the model can only repeat it
        return {"model_f1": round(float(f1_score(y, y, zero_division=0)), 4),
                "rules_f1": round(float(f1_score(y, rule, zero_division=0)), 4)}
    cv = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    pred = cross_val_predict(make_estimator(C=C, seed=seed), X, y, cv=cv)
    return {"model_f1": round(float(f1_score(y, pred, zero_division=0)), 4),
            "rules_f1": round(float(f1_score(y, rule, zero_division=0)), 4)}


def _swap(tmp: Path, out: Path) -> None:
    """Replace ``out`` by ``tmp`` (same folder), never leaving half a model."""
    old = None
    if out.exists():
        old = out.with_name(f".{out.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        os.replace(out, old)
    os.replace(tmp, out)
    os.chmod(out, 0o755)
    if old:
        shutil.rmtree(old, ignore_errors=True)


def _meta(train_path, dev_path, seed, C, n_train, dev_ex, model_dir: Path) -> dict[str, Any]:
    import sklearn

    from . import __version__

    def strip(report: dict) -> dict:
        return {k: v for k, v in report.items() if k != "errors"}

    paths = [train_path, dev_path]
    return {
        "smart_nlp": __version__, "scikit_learn": sklearn.__version__,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "corpus": {"train": str(train_path), "dev": str(dev_path),
                   "sha256_16": corpus_hash(paths), "n_train": n_train, "n_dev": len(dev_ex)},
        "params": {"seed": seed, "C": C, "estimator": "LogisticRegression(liblinear, balanced)",
                   "features": "extracted facts + rule verdicts + word uni/bigrams (min count 2)"},
        "dev": {"rules": strip(evaluate(dev_ex, Analyzer("rules"))),
                "model": strip(evaluate(dev_ex, Analyzer(scorer=LearnedScorer.load(model_dir))))},
    }


def _card(meta: dict) -> str:
    r, m = meta["dev"]["rules"], meta["dev"]["model"]
    lines = ["# smart_nlp criterion model", "",
             f"Trained on {meta['corpus']['n_train']} French goals (corpus hash {meta['corpus']['sha256_16']}), "
             f"evaluated on {meta['corpus']['n_dev']} held-out goals. Seed {meta['params']['seed']}.", "",
             "Each SMART criterion has a logistic regression over the extracted facts, the rule verdicts and the "
             "goal's words. Where 5-fold cross-validation on the training set shows the model decides better than "
             "the rules, it gives the verdict (and explains any verdict it overrules); elsewhere the rules decide "
             f"and the model gives the score, adding an « {message('corpus', 'train.doubt_reason')} » reason when it "
             "disagrees.", "",
             f"Model decides: {', '.join(c for c, used in meta.get('use_model', {}).items() if used) or 'none'}.", "",
             "| criterion | rules F1 | model F1 |", "| --- | --- | --- |"]
    for c in CRITERIA:
        lines.append(f"| {c} | {r['criteria'][c]['f1']:.3f} | {m['criteria'][c]['f1']:.3f} |")
    lines += [f"| **macro** | **{r['macro_f1']:.3f}** | **{m['macro_f1']:.3f}** |", "",
              "Limits: trained on goals written for this project, mostly one sentence long; "
              "retrain on your own annotated goals with `smart-nlp train` to adopt your team's standards.", ""]
    return "\n".join(lines)
