"""The OpenAPI description turned into what ``templates/docs.html`` lists, with curl examples."""
from __future__ import annotations

import json
from typing import Any

from ..lang.fr import load
from ..text import typography


def code_parts(text: str) -> list[tuple[bool, str]]:
    """``[(is_code, text)]``: the parts between backticks are shown as code."""
    return [(i % 2 == 1, part if i % 2 else typography(part)) for i, part in enumerate(text.split("`")) if part]


def paragraphs(text: str) -> list[list[tuple[bool, str]]]:
    return [code_parts(" ".join(p.split())) for p in text.split("\n\n") if p.strip()]


def operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """Each operation of ``spec`` with its parameters, examples, curl commands and responses, in French."""
    words = load("web")["docs"]
    places, responses = words["places"], words["responses"]
    out = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            body = op.get("requestBody", {}).get("content", {})
            examples = []
            for media in body.values():
                for name, ex in (media.get("examples") or {}).items():
                    examples.append((name, json.dumps(ex.get("value"), ensure_ascii=False, indent=2)))
            params = [{"name": p["name"], "in": places.get(p["in"], p["in"]),
                       "required": p.get("required", False),
                       "description": typography(p.get("description") or p.get("schema", {}).get("description", ""))}
                      for p in op.get("parameters", [])]
            for media in body.values():
                ref = media.get("schema", {}).get("$ref", "")
                schema = _resolve(spec, ref) if ref else {}
                for name, prop in (schema.get("properties") or {}).items():
                    params.append({"name": name, "in": places["form"], "required": name in schema.get("required", []),
                                   "description": typography(prop.get("description", ""))})
            out.append({"method": method.upper(), "path": path, "summary": typography(op.get("summary", "")),
                        "description": paragraphs(op.get("description", "")), "content_types": list(body),
                        "params": params, "examples": examples, "curl": words["curl"].get(f"{method} {path}", []),
                        "responses": [(code, typography(responses.get(r.get("description", ""),
                                                                      r.get("description", ""))))
                                      for code, r in sorted(op.get("responses", {}).items())]})
    return out


def _resolve(spec: dict, ref: str) -> dict:
    node: Any = spec
    for part in ref.lstrip("#/").split("/"):
        node = node.get(part, {})
    return node
