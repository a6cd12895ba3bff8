"""Generated goals for the fuzz harness (issue 13): every number and date form, Unicode
edge cases, repetitions and texts up to the 5,000-character limit.

``goals(n, seed)`` is deterministic. The fast tests use a few hundred of them
(``test_fuzz.py``), ``benchmarks/fuzz.py`` a hundred thousand. Pieces are short
fragments written for this harness, combined at random, not sentences to assert on.
"""
from __future__ import annotations

import random

VERBS = ["Atteindre", "Augmenter", "Réduire", "Doubler", "Passer de", "Vendre", "Gagner", "Obtenir", "Multiplier par",
         "Diviser par", "Porter", "Maintenir", "Générer", "", "Être leader", "Recruter"]
KPIS = ["ventes", "CA", "chiffre d'affaires", "leads", "abonnés", "trafic", "taux de conversion", "panier moyen",
        "coût par lead", "part de marché", "inscriptions", "dons", "rendez-vous", "NPS", "taux d'ouverture", "ca d'"]
CHANNELS = ["sur LinkedIn", "via Instagram", "sur le blog", "en boutique", "par la newsletter", "sur Google Ads",
            "sur TikTok", "en SEO", ""]
NUMBERS = ["500", "1 000", "1 000 000", "1.000", "6.700,54", "1,5", "1.5", "15k", "15 k€", "1,2 M€", "€1", "20 %",
           "+15 %", "3 points", "x3", "×10", "deux mille", "vingt-cinq", "un million", "0", "-5", "00012", "1e309",
           "€1" + "0" * 309, "9" * 40, "1/2", "½", "٣", "１２", "2 000 €/mois", "1'000", "1 234,5", "10^9", "∞", "NaN",
           "12,", ",5", "1..2", "1,,2", "3 000 000 000 000 000 000 000", "dix milliards de milliards"]
DATES = ["d'ici fin 2026", "avant le 31/12/2026", "au T3", "d'ici 3 mois", "en 9999", "dans 900 ans", "le 31/02/2026",
         "d'ici le 29 février 2027", "avant Noël", "fin S1 2027", "d'ici 2026-2027", "en l'an 10000", "hier",
         "d'ici 0 jour", "dans -3 mois", "d'ici mars", "sous 99999999 semaines", "le 00/00/0000", ""]
MEANS = ["en publiant 3 posts par semaine", "grâce à un budget de 2 000 €", "sans budget", "afin de financer le stand",
         "car nous ouvrons une boutique", ""]
ODD = ["\ud800", "\udcff", "\u200f", "\u202e", "\u200b", "\u200d", "\ufeff", "\u0301", "e\u0301", "\x00", "😀",
       "👩‍👩‍👧", "🇫🇷", "\u2028", "\u0085", "\x0c", "\r", "\t", "\\", "\"", "«", "»", "’", "…", "€", "$", "%",
       "\u00a0", "\u202f", "ﬁ", "İ", "ß", "ǅ", "\U0010ffff", "\ue000", "<script>", "{", "[", "'"]
REPEATED = ["5 ca ", "500 ventes ", "ca d'", "😀", "€", "'", "-", " ", "1 ", "d'ici fin mars ", "de la ", "x",
            "20 % de taux de conversion, ", "en publiant ", "Instagram ", "«", "\u0301", "."]
LIMIT = 5000


def _sentence(rng: random.Random) -> str:
    parts = [rng.choice(VERBS), rng.choice(NUMBERS), rng.choice(KPIS), rng.choice(CHANNELS), rng.choice(DATES),
             rng.choice(MEANS)]
    if rng.random() < 0.3:
        parts.insert(rng.randrange(len(parts) + 1), rng.choice(NUMBERS))
    return " ".join(p for p in parts if p)


def _sprinkle(rng: random.Random, text: str, k: int) -> str:
    chars = list(text)
    for _ in range(k):
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(ODD))
    return "".join(chars)


def goal(rng: random.Random) -> str:
    """One generated goal; about one in ten is over the limit or has no letter (an error is the answer)."""
    kind = rng.random()
    if kind < 0.45:
        return _sentence(rng)
    if kind < 0.70:
        return _sprinkle(rng, _sentence(rng), rng.randint(1, 6))
    if kind < 0.85:
        piece = rng.choice(REPEATED)
        size = rng.choice([10, 100, 1000, LIMIT - 30, LIMIT + 10])
        return repeated(rng.choice(VERBS) + " ", piece, size)
    if kind < 0.93:
        text = " ".join(_sentence(rng) for _ in range(60))
        return text[:rng.choice([LIMIT, LIMIT - 1, LIMIT + 1])]
    if kind < 0.97:
        return rng.choice(["", " ", "\n\t", "12 %", "😀😀", "\x00", " " * 10_000 + "Vendre 5 pulls"])
    return "".join(chr(rng.choice([rng.randrange(32, 0x3000), rng.randrange(0xd800, 0xe000), rng.randrange(0x1f300, 0x1fa00)]))
                   for _ in range(rng.randint(1, 400)))


def repeated(head: str, unit: str, size: int = LIMIT) -> str:
    """``head`` then ``unit`` over and over, cut at ``size`` characters."""
    return (head + unit * ((size - len(head)) // max(len(unit), 1) + 1))[:size]


def goals(n: int, seed: int = 13) -> list[str]:
    rng = random.Random(seed)
    return [goal(rng) for _ in range(n)]
