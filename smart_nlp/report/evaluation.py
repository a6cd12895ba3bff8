"""The tables ``smart-nlp evaluate`` prints: criteria (rules vs model), fields, frequent errors."""
from __future__ import annotations

from collections import Counter

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..lang.fr import load


def print_evaluation(reports: dict, errors: int, console: Console) -> None:
    """``reports``: ``{"rules": …, "model": …}`` from ``evaluate.evaluate``; ``errors``: goals shown."""
    w = load("cli")["evaluation"]
    report, rules = reports["model"], reports["rules"]
    table = Table(title=w["title"].format(n=report["n"], rules=rules["macro_f1"], model=report["macro_f1"]))
    for col in w["columns"]:
        table.add_column(col, no_wrap=True)
    for name, m in report["criteria"].items():
        r = rules["criteria"][name]
        table.add_row(name, *(f"{x:.3f}" for x in (r["precision"], r["recall"], r["f1"],
                                                   m["precision"], m["recall"], m["f1"])))
    console.print(table)
    fields = Table(title=w["fields_title"])
    for col in w["fields_columns"]:
        fields.add_column(col)
    for name, acc in report["fields"].items():
        fields.add_row(name, f"{acc:.3f}")
    console.print(fields)
    confusion = Counter(_confusion(w, k, v) for e in report["errors"] for k, v in e["errors"].items()
                        if k not in ("targets", "channels"))
    if confusion:
        console.print(f"[bold]{w['confusion_title']}[/]")
        for what, n in confusion.most_common(8):
            console.print(f"  {n} × {escape(what)}", highlight=False)
    for e in report["errors"][:errors]:
        console.print(f"[bold]{e['id']}[/] {e['text']}", highlight=False)
        for k, v in e["errors"].items():
            console.print(f"   {_confusion(w, k, v)}", highlight=False)


def _confusion(w: dict, field: str, v: dict) -> str:
    return w["confusion"].format(field=field, predicted=v["predicted"], expected=v["expected"])
