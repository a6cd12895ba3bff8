"""Every French word the package reads or writes lives in ``smart_nlp/lang/fr`` (issue 14).

The check reads the package's Python with ``ast`` (nothing is imported) and looks at every
string constant that is not a docstring (a string standing alone as a statement), f-string
parts included. A word in such a string is French when it carries a French accent, or when
its folded form is in the French vocabulary shipped in ``lang/fr`` (the YAML values, the
verb forms, the accented-word table) and it is not also English or code: scikit-learn's
English stop words, the parts of the package's own identifiers, the SPEC ids and the few
words listed in ``ENGLISH_TOO``. Acronyms (« PDF », « USD »), words with digits or
underscores, URL paths (``/fragments/suivi``) and keys into the data (``table["en"]``,
``table.get("retro")``) are ids, not words. Regular expressions count: their escapes
(``\\b``, ``\\d``) are dropped and the words between them are read.

The page templates (``web/templates``, the audit's ``report.html.j2``) and the page's scripts
(``web/static/*.js``) are read the same way: a template's text and its ``title``, ``aria-label``,
``placeholder`` and ``alt`` values outside Jinja tags, and the string literals inside them; a
script's string literals, except the ids, names and classes the templates give their elements.
"""
from __future__ import annotations

import ast
import html
import locale
import re
import string
from functools import lru_cache
from pathlib import Path

import pytest
import yaml
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from smart_nlp.lang.fr import CHANNEL_IDS, FUNNEL_STAGES, KPI_IDS, load, message
from smart_nlp.text import fold

PACKAGE = Path(__file__).resolve().parent.parent / "smart_nlp"
LANG_DIR = PACKAGE / "lang" / "fr"

# What the check covers, relative to smart_nlp/ (a folder covers everything under it).
# The whole package (lang/ itself, the data and its build scripts, is left out by python_files).
CHECKED = (".",)

# English words and names of tools in this code base that the French vocabulary also holds
# (ids, English glosses of bilingual errors, commands quoted in messages): they may stay in code.
ENGLISH_TOO = frozenset("""
    actual application ascension bokeh budget cad chf curl decide decompression eur gbp image increase km long
    enter macro pentecost position projection pypdf python retro usd week
""".split())

_ACCENTED = re.compile(r"[àâäçéèêëîïôöùûüÿœæ]", re.IGNORECASE)
_WORD = re.compile(r"\w+(?:-\w+)*")
_ESCAPE = re.compile(r"\\[a-zA-Z]|\(\?P<\w+>|\(\?P=\w+\)|\(\?\(\w+\)|\[[^\]\s]{1,20}\]")
_FIELD = re.compile(r"\{[^{}]*\}")
_GLOSS = re.compile(r"\([\x00-\x7f]*\)|`[^`]*`")
_ADDRESS = re.compile(r"/[\w/{}.-]*")
_LOCALE = re.compile(r"(?:[a-z]{2,3})?[-_]([a-zA-Z]{2})")


@lru_cache(maxsize=None)
def regions() -> frozenset[str]:
    """Region subtags of the locales the C library knows (``fr_ca`` → ``ca``)."""
    return frozenset(key.split("_")[1][:2] for key in locale.locale_alias
                     if re.fullmatch(r"[a-z]{2,3}_[a-z]{2}(?:[.@].*)?", key))


def is_locale_id(text: str) -> bool:
    """« fr-CA », « -ca », « _ca »: a locale or its region subtag is an id, not a word."""
    m = _LOCALE.fullmatch(text)
    return bool(m) and m.group(1).lower() in regions()


def _leaves(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for value in obj.values():
            yield from _leaves(value)
    elif isinstance(obj, list):
        for value in obj:
            yield from _leaves(value)


def words(text: str) -> list[str]:
    """The words of a string: regex escapes, group names and character classes (``[A-Za-z]``)
    and ``{format}`` fields removed, tokens with
    digits or underscores (ids, ``utf-16-le``) left out, hyphenated words split."""
    text = _FIELD.sub(" ", _ESCAPE.sub(" ", text))
    tokens = [t for t in _WORD.findall(text) if "_" not in t and not any(c.isdigit() for c in t)]
    return [w for t in tokens for w in t.split("-")]


@lru_cache(maxsize=None)
def french_vocabulary() -> frozenset[str]:
    """Folded words of lang/fr: the YAML values (English glosses in parentheses and code in
    backticks left out),
    the verb forms and the accented-word table (both sides)."""
    vocab: set[str] = set()
    for path in LANG_DIR.glob("*.yaml"):
        for text in _leaves(yaml.safe_load(path.read_text(encoding="utf-8"))):
            vocab.update(fold(w) for w in words(_GLOSS.sub(" ", text)))
    for name in ("verb_forms.tsv", "accents.tsv"):
        for line in (LANG_DIR / name).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                vocab.update(fold(w) for w in line.split("\t")[:2])
    return frozenset(vocab)


def _docstrings(tree: ast.AST) -> set[int]:
    """Strings standing alone as statements: docstrings of modules, classes, functions and attributes."""
    return {id(node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)}


def _identifier_parts(tree: ast.AST) -> set[str]:
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            names.append(node.id)
        elif isinstance(node, ast.Attribute):
            names.append(node.attr)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.arg):
            names.append(node.arg)
        elif isinstance(node, ast.keyword) and node.arg:
            names.append(node.arg)
        elif isinstance(node, ast.alias):
            names.extend(filter(None, (node.name, node.asname)))
    # A name of one or two letters alone (a variable ``de`` or ``en``) says nothing of its language.
    return {p.lower() for n in names if len(n) > 2 for p in re.split(r"[_.]|(?<=[a-z])(?=[A-Z])", n) if p}


def python_files(roots=(".",)) -> list[Path]:
    """The package's modules under ``roots``, lang/ (the data and its build scripts) excluded."""
    files: set[Path] = set()
    for root in roots:
        path = (PACKAGE / root).resolve()
        for file in [path] if path.is_file() else path.rglob("*.py"):
            if LANG_DIR.parent not in file.parents:
                files.add(file)
    return sorted(files)


@lru_cache(maxsize=None)
def english_words() -> frozenset[str]:
    """Words that are English or code here: stop words, the package's identifiers, SPEC ids."""
    ids = {part for name in (*CHANNEL_IDS, *KPI_IDS, *FUNNEL_STAGES) for part in name.split("_")}
    code: set[str] = set()
    for path in python_files():
        code |= _identifier_parts(ast.parse(path.read_text(encoding="utf-8")))
    return frozenset(ENGLISH_STOP_WORDS | ids | code | ENGLISH_TOO)


def french_words(text: str) -> list[str]:
    """The French words of one string constant."""
    vocab, english = french_vocabulary(), english_words()
    found = []
    for word in words(text):
        folded = fold(word)
        if _ACCENTED.search(word):
            if folded in vocab or _ACCENTED.sub("", word):  # a word, not a table of accents
                found.append(word)
        elif folded in vocab and len(word) > 1 and not word.isupper() and folded not in english:
            found.append(word)
    return found


def _keys(tree: ast.AST) -> set[int]:
    """Strings used as keys (``table["en"]``, ``table.get("retro")``): ids of the data, not text."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
            found.add(id(node.slice))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get" \
                and node.args and isinstance(node.args[0], ast.Constant):
            found.add(id(node.args[0]))
    return found


def french_strings(source: str, where: str) -> list[str]:
    """``where:line: 'string' [French words]`` for each string constant of ``source`` holding French."""
    tree = ast.parse(source)
    skip = _docstrings(tree) | _keys(tree)
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            found = [] if _ADDRESS.fullmatch(node.value) or is_locale_id(node.value) else french_words(node.value)
            if found:
                out.append(f"{where}:{node.lineno}: {node.value[:90]!r} {sorted(set(found))}")
    return out


_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
_LITERAL = re.compile(r""""(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`""")
_TEXT_ATTRIBUTE = re.compile(r'\b(?:title|aria-label|placeholder|alt)="([^"]*)"')
_NAME_ATTRIBUTE = re.compile(r'\b(?:id|name|for|class)="([^"{]*)"')
TEMPLATES = (*sorted((PACKAGE / "web" / "templates").glob("*.html")),
             PACKAGE / "audit" / "templates" / "report.html.j2")
SCRIPTS = tuple(sorted((PACKAGE / "web" / "static").glob("*.js")))


def template_strings(source: str) -> list[str]:
    """The text a template writes itself: text and text attributes outside Jinja tags (style sheet
    left out), entities decoded, and the string literals of its Jinja tags."""
    literals = [m.group()[1:-1] for tag in _JINJA.findall(source) for m in _LITERAL.finditer(tag)]
    markup = re.sub(r"<style>.*?</style>", " ", _JINJA.sub(" ", source), flags=re.S)
    texts = [re.sub(r"<[^>]*>", " ", markup), *_TEXT_ATTRIBUTE.findall(markup)]
    return [html.unescape(t) for t in texts] + literals


@lru_cache(maxsize=None)
def element_names() -> frozenset[str]:
    """Ids, names and classes the templates give their elements: a script naming them names code."""
    return frozenset(n for path in TEMPLATES for value in _NAME_ATTRIBUTE.findall(path.read_text(encoding="utf-8"))
                     for n in value.split())


def script_strings(source: str) -> list[str]:
    """A script's string literals (line comments left out), less element ids and URL paths."""
    code = re.sub(r"^\s*//.*$", "", source, flags=re.M)
    literals = (m.group()[1:-1] for m in _LITERAL.finditer(code))
    return [s for s in literals if s.lstrip("#.") not in element_names() and not _ADDRESS.fullmatch(s)]


def french_in_page_files(kind, files) -> list[str]:
    strings = template_strings if kind == "template" else script_strings
    return [f"{path.relative_to(PACKAGE.parent)}: {text.strip()[:90]!r} {sorted(set(found))}"
            for path in files for text in strings(path.read_text(encoding="utf-8")) if (found := french_words(text))]


def test_the_detector_finds_french_and_lets_english_and_code_pass():
    assert french_words("le texte est vide (empty goal)") == ["le", "texte", "est", "vide"]
    assert french_words(r"\b(?:mois|semaines?)\b") == ["mois", "semaines"]
    assert french_words("Échéance") == ["Échéance"]
    assert french_words("réessayez dans {delay} secondes") == ["réessayez", "dans", "secondes"]
    assert french_words(r"(?P<mo>[01]?\d)[A-Za-z]") == []
    for code in ("application/json", "utf-16-le", "%Y-%m-%d", "{name}: {value}", "stative_verbs", "week",
                 "revenue", "USD", "the file is empty", "[bold red]", r"(?P<n>\d+)"):
        assert french_words(code) == [], code


def test_the_detector_reads_f_strings_and_skips_docstrings():
    source = '"""Le module."""\n\ndef f(n):\n    """La fonction."""\n    return f"{n} objectifs analysés"\n'
    assert french_strings(source, "m.py") == ["m.py:5: ' objectifs analysés' ['analysés', 'objectifs']"]
    assert french_strings('ROUTE = "/fragments/suivi"', "m.py") == []
    assert french_strings('x = table["mois"] + table.get("semaine", 0)', "m.py") == []
    assert french_strings('ok = locale.endswith(("-ca", "_ca")) or locale == "fr-CA"', "m.py") == []
    assert french_strings('x = "-le"', "m.py") == ["m.py:1: '-le' ['le']"]


def test_no_french_in_python_outside_lang():
    found = [hit for path in python_files(CHECKED)
             for hit in french_strings(path.read_text(encoding="utf-8"), str(path.relative_to(PACKAGE.parent)))]
    assert not found, "French in Python, move it to smart_nlp/lang/fr:\n" + "\n".join(found)


def test_the_detector_reads_templates_and_scripts():
    page = ('<h3 title="{{ words.x }}">Les cinq critères</h3>{{ "rempli" if met }}<p aria-label="Légende">{{ n }}</p>'
            '<style>.card { content: "x"; }</style><p>{{ words.audit.none }} &nbsp;· SMART</p>')
    assert [f for t in template_strings(page) if (f := french_words(t))] == [["Les", "cinq", "critères"], ["Légende"],
                                                                            ["rempli"]]
    script = ('// Les mesures arrivent ici.\nconst out = document.getElementById("resultat");\n'
              'out.textContent = "Le serveur ne répond pas";\nfetch("/fragments/suivi");')
    assert [french_words(t) for t in script_strings(script)] == [["Le", "serveur", "ne", "répond", "pas"]]


@pytest.mark.parametrize("kind, files", [("template", TEMPLATES), ("script", SCRIPTS)])
def test_no_french_in_page_templates_and_scripts(kind, files):
    found = french_in_page_files(kind, files)
    assert not found, f"French in a page {kind}, move it to smart_nlp/lang/fr (words):\n" + "\n".join(found)


def test_message_fills_a_template_and_chooses_the_count_form():
    assert message("audit", "command.goals", n=0) == "aucun objectif"
    assert message("audit", "command.goals", n=1) == "1 objectif"
    assert message("audit", "command.goals", n=12) == "12 objectifs"
    assert message("audit", "location.line", n=4) == "ligne\u00a04"
    assert message("web", "errors.bad_request").startswith('Requête invalide\u00a0: attendu {"text"')


@pytest.mark.parametrize("name", ["audit", "corpus", "distributed", "track", "web"])
def test_every_message_template_is_well_formed(name):
    """Balanced braces and count forms that say both ``one`` and ``many``."""
    def walk(node, path):
        if isinstance(node, dict):
            if {"one", "many"} <= set(node):
                assert set(node) <= {"zero", "one", "many"}, path
            for key, value in node.items():
                yield from walk(value, f"{path}.{key}")
        elif isinstance(node, list):
            for value in node:
                yield from walk(value, path)
        elif isinstance(node, str):
            yield path, node

    for path, text in walk(load(name), name):
        list(string.Formatter().parse(text))  # raises on an unbalanced brace
