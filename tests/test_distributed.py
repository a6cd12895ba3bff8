"""The Dask engine: same rows as the single-process path, error rows, resume, documents.

Every test runs on one in-process ``LocalCluster`` of two workers (threads), so the
analyzer loads once for the session.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import dask.dataframe as dd
import pandas as pd
import pytest
from typer.testing import CliRunner

from smart_nlp.analyzer import default_analyzer
from smart_nlp.cli import app
from smart_nlp.distributed import COLUMNS, analyze_files, analyze_frame, audit_files, flatten, open_client, read_parts
from smart_nlp.inputs import read_goals

from conftest import REF_DATE

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "corpus" / "dev.jsonl"
EXAMPLES = Path(__file__).parent / "examples" / "distributed"


@pytest.fixture(scope="module")
def client():
    with open_client(n_workers=2, processes=False) as c:
        assert len(c.scheduler_info()["workers"]) == 2
        yield c


def single_process_rows(path: Path) -> list[dict]:
    """What the one-process path gives for the same file, flattened the same way."""
    numbered = list(read_goals(str(path)))
    results = default_analyzer().pipe([g for _, g in numbered], REF_DATE)
    return [flatten(r.to_dict(), str(path), n) for (n, _), r in zip(numbered, results)]


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_same_rows_as_single_process_on_the_dev_corpus(client, tmp_path, fmt):
    report = analyze_files([str(DEV)], tmp_path / "out", client, fmt, REF_DATE, block_size=40)
    expected = single_process_rows(DEV)
    assert report.blocks == 4 and report.skipped == 0 and not report.failed
    assert report.goals == len(expected) and report.errors == 0
    rows = read_parts(tmp_path / "out")
    assert [r["id"] for r in rows] == [r["id"] for r in expected]
    assert rows == expected
    assert set(rows[0]) == set(COLUMNS)


def test_poisoned_lines_are_error_rows_in_place(client, tmp_path):
    source = tmp_path / "goals.jsonl"
    shutil.copy(EXAMPLES / "poisoned.jsonl", source)
    report = analyze_files([str(source)], tmp_path / "out", client, "jsonl", REF_DATE, block_size=2)
    rows = read_parts(tmp_path / "out")
    assert [r["line"] for r in rows] == [1, 2, 3, 4, 5, 6]
    assert all(r["source"] == str(source) for r in rows)
    assert [r["error"] is None for r in rows] == [True, False, False, True, False, True]
    assert report.errors == 3 and report.goals == 6
    assert "JSON invalide" in rows[1]["error"] and rows[1]["id"] is None
    assert rows[2]["id"] == "p3" and "vide" in rows[2]["error"]
    assert rows[3]["id"] == "p4" and "\ufffd" in rows[3]["text"]  # a lone surrogate is analysed as « � »
    assert rows[3]["kpi"] is not None
    assert "objet JSON" in rows[4]["error"]
    assert rows[0]["kpi"] == "average_order" and rows[0]["target_value"] == 65.0
    assert rows[5]["kpi"] == "acquisition_cost" and rows[5]["channels"] == ["sea"]


def test_a_txt_line_of_invalid_utf8_is_an_error_row_between_good_ones(client, tmp_path):
    (tmp_path / "goals.txt").write_bytes("Doubler les ventes sur Etsy d'ici fin 2026.\n".encode()
                                         + b"Gagner 200 abonn\xe9s\n\nTripler le trafic du blog en un an.\n")
    analyze_files([str(tmp_path / "goals.txt")], tmp_path / "out", client, "jsonl", REF_DATE)
    rows = read_parts(tmp_path / "out")
    assert [(r["line"], r["error"] is None) for r in rows] == [(1, True), (2, False), (4, True)]
    assert "UTF-8" in rows[1]["error"] and rows[2]["kpi"] == "traffic"


def test_csv_and_parquet_inputs_keep_ids_and_row_numbers(client, tmp_path):
    goals = pd.DataFrame({"id": ["c1", "c2", "c3"],
                          "text": ["Atteindre 300 ventes sur Etsy d'ici fin 2026.", "", "Doubler le trafic du blog."]})
    goals.to_csv(tmp_path / "goals.csv", index=False)
    goals.to_parquet(tmp_path / "goals.parquet", row_group_size=2)
    analyze_files([str(tmp_path / "goals.*")], tmp_path / "out", client, "parquet", REF_DATE, block_size=1)
    rows = read_parts(tmp_path / "out")
    assert [(Path(r["source"]).suffix, r["line"], r["id"]) for r in rows] == [
        (".csv", 2, "c1"), (".csv", 3, "c2"), (".csv", 4, "c3"),
        (".parquet", 1, "c1"), (".parquet", 2, "c2"), (".parquet", 3, "c3")]
    assert [r["error"] is None for r in rows] == [True, False, True] * 2
    assert rows[0]["kpi"] == "sales" and rows[0]["deadline_date"] == "2026-12-31"


def test_rerun_skips_written_parts_and_redoes_missing_ones(client, tmp_path):
    out = tmp_path / "out"
    first = analyze_files([str(DEV)], out, client, "jsonl", REF_DATE, block_size=40)
    parts = sorted(out.glob("part-*.jsonl"))
    assert len(parts) == first.blocks == 4
    complete = parts[1].read_text(encoding="utf-8")
    parts[1].unlink()  # interrupted before this part was renamed into place
    parts[2].write_text('{"marker": "kept"}\n', encoding="utf-8")  # a part from the earlier run
    again = analyze_files([str(DEV)], out, client, "jsonl", None, block_size=40)
    assert (again.blocks, again.skipped, again.goals) == (4, 3, 40)
    assert parts[1].read_text(encoding="utf-8") == complete
    assert parts[2].read_text(encoding="utf-8") == '{"marker": "kept"}\n'
    assert not list(out.glob(".*.tmp"))


def test_a_folder_holding_another_job_is_refused(client, tmp_path):
    from smart_nlp.errors import InvalidInput

    analyze_files([str(DEV)], tmp_path / "out", client, "jsonl", REF_DATE, block_size=40)
    with pytest.raises(InvalidInput, match="autre lot"):
        analyze_files([str(DEV)], tmp_path / "out", client, "jsonl", REF_DATE, block_size=50)


def test_a_dask_dataframe_column_keeps_index_and_order():
    texts = [json.loads(line)["text"] for line in DEV.read_text(encoding="utf-8").splitlines()[:12]]
    frame = dd.from_pandas(pd.DataFrame({"goal": texts, "ref": [f"g{i}" for i in range(12)]},
                                        index=range(100, 112)), npartitions=3)
    result = analyze_frame(frame, text="goal", id="ref", ref_date=REF_DATE).compute(scheduler="sync")
    assert list(result.index) == list(range(100, 112))
    expected = [flatten(a.to_dict()) for a in default_analyzer().pipe(texts, REF_DATE)]
    assert list(result["id"]) == [f"g{i}" for i in range(12)]
    assert list(result["smart_score"]) == [e["smart_score"] for e in expected]
    assert list(result["suggestion"]) == [e["suggestion"] for e in expected]


def test_a_pandas_frame_is_partitioned_and_anything_else_refused():
    from smart_nlp.errors import InvalidInput

    frame = analyze_frame(pd.DataFrame({"text": ["Doubler les ventes de la boutique d'ici fin 2026.", ""]}),
                          ref_date=REF_DATE)
    result = frame.compute(scheduler="sync")
    assert result["kpi"].tolist()[0] == "sales" and "vide" in result["error"].tolist()[1]
    with pytest.raises(InvalidInput, match="DataFrame"):
        analyze_frame([{"text": "Doubler les ventes"}])
    with pytest.raises(InvalidInput, match="colonne absente"):
        analyze_frame(pd.DataFrame({"goal": ["x"]}))


def test_documents_one_report_each_a_summary_and_an_error_row(client, tmp_path):
    plans = tmp_path / "plans"
    shutil.copytree(EXAMPLES / "plans", plans)
    summary = audit_files([str(plans / "**" / "*.*")], tmp_path / "out", client, REF_DATE)
    assert summary["files"] == 3 and summary["audited"] == 2 and summary["resumed"] == 0
    assert [Path(e["source"]).name for e in summary["errors"]] == ["abime.pdf"]
    reports = sorted(p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*.audit.json"))
    assert reports == ["nord/cave.md.audit.json", "sud/atelier.md.audit.json"]
    per_doc = [json.loads((tmp_path / "out" / r).read_text(encoding="utf-8"))["documents"][0]["summary"]
               for r in reports]
    assert summary["goals"] == sum(s["goals"] for s in per_doc) >= 4
    time_bound = summary["criteria"]["time_bound"]
    assert time_bound["met"] == sum(s["criteria"]["time_bound"]["met"] for s in per_doc)
    assert time_bound["share"] == round(time_bound["met"] / summary["analysed"], 4)
    covered = {stage for s in per_doc for stage, ids in s["funnel"].items() if ids}
    assert {s for s, v in summary["funnel"].items() if v["documents"]} == covered
    assert json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8")) == summary
    again = audit_files([str(plans / "**" / "*.*")], tmp_path / "out", client, REF_DATE)
    assert again["resumed"] == 2 and again["criteria"] == summary["criteria"]


def test_cli_dask_engine_on_a_scheduler_address(client, tmp_path):
    source = tmp_path / "goals-1.jsonl"
    shutil.copy(EXAMPLES / "poisoned.jsonl", source)
    address = client.scheduler.address
    result = CliRunner().invoke(app, ["analyze", "--input", str(tmp_path / "goals-*.jsonl"), "--engine", "dask",
                                      "--scheduler", address, "-o", str(tmp_path / "out"), "--format", "parquet",
                                      "--ref-date", "2026-01-15"])
    assert result.exit_code == 1, result.output
    assert "3 en erreur" in result.output
    assert len(read_parts(tmp_path / "out")) == 6
    audit = CliRunner().invoke(app, ["audit", str(EXAMPLES / "plans" / "nord" / "*.md"), "--engine", "dask",
                                     "--scheduler", address, "-o", str(tmp_path / "reports")])
    assert audit.exit_code == 0, audit.output
    assert (tmp_path / "reports" / "cave.md.audit.json").exists()


@pytest.mark.parametrize("args, message", [
    (["analyze", "--input", "x.jsonl", "--engine", "dask"], "dossier"),
    (["analyze", "Doubler les ventes", "--engine", "dask", "-o", "out"], "--input"),
    (["analyze", "--input", "nothing-*.jsonl", "--engine", "dask", "-o", "{tmp}/out", "--scheduler", "{address}"],
     "aucun fichier"),
    (["analyze", "--input", "{dev}", "--engine", "dask", "-o", "{tmp}/out", "--scheduler", "tcp://127.0.0.1:9"],
     "injoignable"),
    (["analyze", "--input", "{dev}", "--format", "parquet", "-o", "{tmp}/out.parquet"], "--engine dask"),
])
def test_cli_dask_usage_errors_exit_2(client, tmp_path, monkeypatch, args, message):
    monkeypatch.setattr("smart_nlp.distributed.cluster.CONNECT_TIMEOUT", "2s")
    args = [a.format(tmp=tmp_path, address=client.scheduler.address, dev=DEV) for a in args]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2 and message in result.output
