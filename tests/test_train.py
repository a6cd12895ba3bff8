"""Training: deterministic, refuses bad corpora, writes a complete model atomically."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from smart_nlp import Analyzer
from smart_nlp.errors import InvalidInput
from smart_nlp.scoring import RuleScorer
from smart_nlp.scoring.learned import LearnedScorer
from smart_nlp.train import train

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory):
    """The first 150 training goals and 40 dev goals: fast, still both classes."""
    d = tmp_path_factory.mktemp("corpus")
    for name, n in (("train", 150), ("dev", 40)):
        lines = (ROOT / "corpus" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()[:n]
        (d / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return d


def _model_files(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.iterdir()) if p.name.endswith(".json")
            and p.name != "meta.json"}


def test_training_twice_gives_the_same_models_and_metrics(small_corpus, tmp_path):
    a = train(small_corpus / "train.jsonl", small_corpus / "dev.jsonl", tmp_path / "a", seed=3)
    b = train(small_corpus / "train.jsonl", small_corpus / "dev.jsonl", tmp_path / "b", seed=3)
    assert _model_files(tmp_path / "a") == _model_files(tmp_path / "b")
    assert a["dev"] == b["dev"]
    assert a["corpus"]["sha256_16"] == b["corpus"]["sha256_16"]


def test_model_folder_is_complete_and_replaced_atomically(small_corpus, tmp_path):
    out = tmp_path / "model"
    out.mkdir()
    (out / "stale.txt").write_text("old", encoding="utf-8")
    meta = train(small_corpus / "train.jsonl", small_corpus / "dev.jsonl", out)
    names = {p.name for p in out.iterdir()}
    assert names == {"meta.json", "MODEL_CARD.md", "selection.json"} | {
        f"criterion-{c}.json" for c in meta["dev"]["model"]["criteria"]}
    assert "stale.txt" not in names
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    assert set(meta["dev"]) == {"rules", "model"}
    for key in ("smart_nlp", "scikit_learn", "created", "corpus", "params"):
        assert key in meta
    assert not any(p.suffix in (".pkl", ".pickle", ".joblib") for p in out.iterdir())


def test_invalid_corpus_is_refused_before_training(small_corpus, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "Doubler"}\n', encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"bad.jsonl:1"):
        train(bad, small_corpus / "dev.jsonl", tmp_path / "never")
    assert not (tmp_path / "never").exists()


def test_shipped_model_is_used_by_default_and_beats_rules_on_dev():
    assert isinstance(Analyzer().scorer, LearnedScorer)
    assert isinstance(Analyzer("rules").scorer, RuleScorer)
    meta = json.loads((ROOT / "smart_nlp" / "models" / "meta.json").read_text(encoding="utf-8"))
    assert meta["dev"]["model"]["macro_f1"] >= 0.90
    assert meta["dev"]["model"]["macro_f1"] >= meta["dev"]["rules"]["macro_f1"]


def test_unknown_model_folder_is_a_clear_error(tmp_path):
    with pytest.raises(InvalidInput, match="modèle introuvable"):
        Analyzer(tmp_path / "nothing")


def test_overruled_verdict_explains_itself():
    """Whatever the model decides, every verdict keeps at least one French reason."""
    a = Analyzer().analyze("Augmenter les ventes de la gamme bio en magasin de 10 % d'ici fin juin", "2026-01-15")
    for verdict in a.criteria.values():
        assert verdict.reasons and all(isinstance(r, str) and r for r in verdict.reasons)
        assert 0.0 <= verdict.score <= 1.0


def test_model_gives_the_confidence_and_flags_its_doubts():
    """Where the rules decide, the model sets the score and says when it disagrees."""
    from smart_nlp.analysis import Verdict

    met = Verdict(True, 0.95, ["règle"], None)
    agree = LearnedScorer._confidence(met, 0.83, {"doubt": "À vérifier : {probability} %"})
    assert agree.met and agree.score == 0.83 and agree.reasons == ["règle"]
    doubt = LearnedScorer._confidence(met, 0.2, {"doubt": "À vérifier : {probability} %"})
    assert doubt.met and 0.5 < doubt.score < 0.6
    assert doubt.reasons[-1] == "À vérifier\u00a0: 20\u00a0%"


def test_shipped_scores_come_from_the_model():
    a = Analyzer().analyze("Je veux multiplier par 10 mon CA depuis LinkedIn d'ici 3 mois", "2026-01-15")
    rules = Analyzer("rules").analyze("Je veux multiplier par 10 mon CA depuis LinkedIn d'ici 3 mois", "2026-01-15")
    assert {c: v.met for c, v in a.criteria.items()} == {c: v.met for c, v in rules.criteria.items()}
    assert [v.score for v in a.criteria.values()] != [v.score for v in rules.criteria.values()]
