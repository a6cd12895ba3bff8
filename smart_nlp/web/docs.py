"""The OpenAPI description turned into what ``templates/docs.html`` lists, with curl examples."""
from __future__ import annotations

import json
from typing import Any

from ..text import typography

CURL = {
    ("post", "/api/analyze"): [
        "curl -s http://127.0.0.1:8000/api/analyze -H 'Content-Type: application/json' \\\n"
        "  -d '{\"text\": \"Je veux multiplier par 10 mon CA depuis LinkedIn d'\\''ici 3 mois\", "
        "\"ref_date\": \"2026-01-15\"}'",
        "curl -s http://127.0.0.1:8000/api/analyze -H 'Content-Type: application/json' \\\n"
        "  -d '{\"goals\": [\"Atteindre 500 abonnés\", {\"id\": \"g2\", \"text\": \"Réduire le CPL de 20 % "
        "d'\\''ici fin T2\"}], \"ref_date\": \"2026-01-15\"}'",
    ],
    ("post", "/api/audit"): [
        "curl -s http://127.0.0.1:8000/api/audit -F file=@plan.docx -F ref_date=2026-01-15",
        "curl -s 'http://127.0.0.1:8000/api/audit?format=csv' -F file=@plan.docx -o audit.csv",
    ],
    ("get", "/api/health"): ["curl -s http://127.0.0.1:8000/api/health"],
}


DEFAULT_DESCRIPTIONS = {"Successful Response": "Succès", "Validation Error": "Requête invalide"}


def code_parts(text: str) -> list[tuple[bool, str]]:
    """``[(is_code, text)]``: the parts between backticks are shown as code."""
    return [(i % 2 == 1, part if i % 2 else typography(part)) for i, part in enumerate(text.split("`")) if part]


def paragraphs(text: str) -> list[list[tuple[bool, str]]]:
    return [code_parts(" ".join(p.split())) for p in text.split("\n\n") if p.strip()]


def operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            body = op.get("requestBody", {}).get("content", {})
            examples = []
            for media in body.values():
                for name, ex in (media.get("examples") or {}).items():
                    examples.append((name, json.dumps(ex.get("value"), ensure_ascii=False, indent=2)))
            params = [{"name": p["name"], "in": {"query": "requête", "path": "chemin"}.get(p["in"], p["in"]),
                       "required": p.get("required", False),
                       "description": typography(p.get("description") or p.get("schema", {}).get("description", ""))}
                      for p in op.get("parameters", [])]
            for media in body.values():
                ref = media.get("schema", {}).get("$ref", "")
                schema = _resolve(spec, ref) if ref else {}
                for name, prop in (schema.get("properties") or {}).items():
                    params.append({"name": name, "in": "formulaire", "required": name in schema.get("required", []),
                                   "description": typography(prop.get("description", ""))})
            out.append({"method": method.upper(), "path": path, "summary": typography(op.get("summary", "")),
                        "description": paragraphs(op.get("description", "")), "content_types": list(body),
                        "params": params, "examples": examples, "curl": CURL.get((method, path), []),
                        "responses": [(code, typography(DEFAULT_DESCRIPTIONS.get(r.get("description", ""),
                                                                                  r.get("description", ""))))
                                      for code, r in sorted(op.get("responses", {}).items())]})
    return out


def _resolve(spec: dict, ref: str) -> dict:
    node: Any = spec
    for part in ref.lstrip("#/").split("/"):
        node = node.get(part, {})
    return node
