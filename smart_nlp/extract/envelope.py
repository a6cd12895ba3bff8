"""A goal written as a message (« Bonjour, je gère une boutique… Mon objectif : … Vous
pourriez m'aider ? Merci ! »): the salutation, the politeness, the closing request to the
reader or the tool and the sign-off are blanked out before the goal is read, so none of
their words reaches the facts nor the rewrite. Blanking keeps every offset: the spans still
point into the user's text. What presents the writer stays, for the trade and figures it
gives. Words: lang/fr/envelope.yaml and the requests of intent.yaml."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import alternation, load
from ..text import fold

_END = r"[\s]*(?:[,:;.!?…\n-]+[\s]*)+"


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    w, intent = load("envelope"), load("intent")
    greet = alternation(w["greetings"] + intent["greetings"])
    named = r"(?: (?!" + alternation(w["greeting_not_name"]) + r"\b)[\w'-]+){0,%d}" % w["greeting_words"]
    asks = alternation([x for x in w["asks"] + intent["request_asks"] + intent["tool_asks"] + intent["request_openers"]
                        if x not in w["politeness"]])
    return {
        "greeting": re.compile(r"(?<![\w])" + greet + named + _END),
        "lead_in": re.compile(r"(?<![\w])" + alternation(w["lead_ins"]) + r"(?![\w])[^,:;.!?\n\d]*" + _END),
        "frame": re.compile(r"(?<![\w])" + alternation(w["frames"]) + r"\s*"),
        "inner": re.compile(r"(?<![\w])" + alternation(w["inner_frames"])),
        "present": _present(w),
        "then": re.compile(r"\s*(?:" + alternation(w["present_then"]) + r")(?![\w])", re.I),
        "goal_word": re.compile(r"(?<![\w])" + alternation(w["present_goal_words"]) + r"(?![\w])"),
        "sign_off": re.compile(r"(?:^|(?<=[\s,.!?:;]))" + alternation(w["sign_offs"])
                               + r"(?![\w])(?!\s+" + alternation(w["sign_off_not_before"]) + r"(?![\w]))"
                               + r"[\s,.!?;:…-]*(?:[^\W\d][\w'-]*[\s,.!?]*){0,3}"
                               + r"(?:#[\w-]+\s*)*$"),  # a name or tags, never a complement or a figure
        "ask": re.compile(r"(?<![\w])" + asks + r"(?![\w])"),
    }


def _present(w: dict) -> re.Pattern:
    """« (avec ma sœur) on tient | une boutique de laine en ligne | . »: who, the business, its end."""
    return re.compile(r"(?:^|(?<=[\s,.;:!?]))(?:" + w["present_with"] + r")?(?P<verb>" + alternation(w["present_verbs"])
                      + r")(?P<role>" + alternation(w["present_roles"]) + r"| )(?P<np>"
                      + alternation(w["present_articles"]) + r"(?![\w])[^\d]*?)(?P<end>"
                      + alternation([re.escape(e) for e in w["present_ends"]]) + r")")


def unwrap(text: str) -> str:
    """``text`` with its message wrapping blanked (same length), or ``text`` itself when it
    has none or when nothing of a goal would be left."""
    p, folded = _patterns(), fold(text)
    start, end = _lead(folded, p), len(folded)
    end = _tail(folded, start, end, p)
    core = folded[start:end]
    if not re.search(r"\w", folded[:start] + folded[end:]) or len(core.split()) < 3:  # nothing but spaces left out
        return text
    chars = [" "] * start + list(text[start:end]) + [" "] * (len(text) - end)
    inner = p["inner"].search(folded, start, end)
    if inner:
        chars[inner.start():inner.end()] = " " * (inner.end() - inner.start())
    for m in p["present"].finditer(folded, start, end):
        if m.start() == start or folded[start:m.start()].rstrip()[-1:] in tuple(",.;:!?\n"):  # it opens its clause
            _as_trade(chars, m, p)
    return "".join(chars)


def _as_trade(chars: list[str], m: re.Match, p: dict) -> None:
    """« je suis bénévole dans une ressourcerie et on voudrait… » read as « pour une
    ressourcerie, on voudrait… »: the business keeps its offsets, the words before it give
    way to « pour », a closing « et » to a comma."""
    np = m.group("np")
    if p["goal_word"].search(np):
        return
    w, at = load("envelope"), m.start("np")
    article, _, noun = np.partition(" ")
    if article in w["present_definite"] and noun:  # « pour la petite boutique »: the noun keeps its offset
        said = w["present_as"] + (w["present_elided"] if noun[0] in "aeiouyh" else w["present_definite"][article] + " ")
        at += len(article) + 1
    else:
        said = w["present_as"]
    if len(said) > at - m.start():
        return
    chars[m.start():at] = said.rjust(at - m.start())
    end = m.group("end").strip()
    if end in w["present_joins"]:
        chars[m.start("end"):m.end("end")] = "," + " " * (len(m.group("end")) - 1)
    elif end in (".", ":") and p["then"].match(text := "".join(chars), m.end("end")):
        rest = text[m.end("end"):]
        at = m.end("end") + len(rest) - len(rest.lstrip())
        chars[m.start("end")] = ","
        chars[at] = chars[at].lower()


def _lead(folded: str, p: dict) -> int:
    """Where the message's opening (salutations, then lead-ins) ends."""
    i = len(folded) - len(folded.lstrip())
    while True:
        m = p["greeting"].match(folded, i) or p["lead_in"].match(folded, i) or p["frame"].match(folded, i)
        if not m:
            return i
        i = m.end()


def _tail(folded: str, start: int, end: int, p: dict) -> int:
    """Where the goal ends: before the sign-off and the closing questions or requests that
    hold no figure."""
    m = p["sign_off"].search(folded, start, end)
    if m and m.start() > start:
        end = m.start()
    while True:
        body = folded[start:end].rstrip(" ,;:!.\n")
        question = folded[start:end].rstrip().endswith("?")
        cut = max(body.rfind(c, 0, len(body) - 1) for c in ".!?\n,")
        piece = body[cut + 1:]
        whole = cut >= 0 and body[cut] != ","
        if cut < 0 or re.search(r"\d", piece) or not (p["ask"].search(piece) or question and whole):
            return start + len(folded[start:end].rstrip(" ,;\n"))
        end = start + cut + (body[cut] != ",")
