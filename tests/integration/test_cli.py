"""Every CLI command, including the error paths: one clear line, non-zero exit, no output file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nlds_nlp.cli import app

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args))


def test_extract_example_runs_the_bundled_document() -> None:
    result = run("extract", "--example")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.splitlines()[0])
    assert record["published"] == "2020-06-25"
    assert any(m["value"]["amount"] == "12500000" for m in record["money"])


def test_extract_files_to_output(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("Het kabinet geeft 5 miljoen euro aan TNO.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("extract", str(src), "-o", str(out), "--published", "2021-03-01")
    assert result.exit_code == 0, result.output
    rows = [json.loads(x) for x in out.read_text().splitlines()]
    assert rows[0]["id"] == "a" and rows[0]["money"][0]["value"]["amount"] == "5000000"


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        (None, [], "file not found"),
        (b"\xff\xfe\x00\x01binary", [], "binary"),
        (b"caf\xe9 in latin-1", [], "invalid UTF-8"),
        (b"tekst", ["--published", "2020-13-01"], "invalid publication date"),
    ],
)
def test_extract_errors(tmp_path: Path, content, args, message) -> None:
    src = tmp_path / "in.txt"
    if content is not None:
        src.write_bytes(content)
    out = tmp_path / "out.jsonl"
    result = run("extract", str(src), "-o", str(out), *args)
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output
    assert not out.exists()


def test_whitespace_text_gives_empty_valid_record(tmp_path: Path) -> None:
    src = tmp_path / "docs.jsonl"
    src.write_text(json.dumps({"id": "leeg", "text": "   \n"}) + "\n", encoding="utf-8")
    result = run("extract", str(src))
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.splitlines()[0])
    assert record["id"] == "leeg" and not record.get("money")


def test_annotate_writes_gold_format(tmp_path: Path) -> None:
    src = tmp_path / "docs.jsonl"
    src.write_text(
        json.dumps(
            {
                "id": "d1",
                "text": "In oktober gaf het kabinet 3 miljoen euro.",
                "meta": {"published": "2020-06-25"},
            }
        )
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "pred.jsonl"
    result = run("annotate", str(src), "-o", str(out))
    assert result.exit_code == 0, result.output
    doc = json.loads(out.read_text())
    assert doc["id"] == "d1"
    labels = {(s["text"], s["label"]) for s in doc["spans"]}
    assert ("3 miljoen euro", "MONEY") in labels
    from nlds_nlp.goldspec import check_spans

    assert check_spans(doc["text"], doc["spans"]) == []


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "line 2: malformed JSON"),
        (json.dumps({"id": "x"}), "line 2: missing"),
        (
            json.dumps({"id": "x", "text": "t", "meta": {"published": "juni"}}),
            "line 2: invalid publication date",
        ),
    ],
)
def test_annotate_errors_name_the_line(tmp_path: Path, line: str, message: str) -> None:
    """A bad line fails alone: it is reported and logged, the good lines are written."""
    src = tmp_path / "docs.jsonl"
    src.write_text(json.dumps({"id": "ok", "text": "t"}) + "\n" + line + "\n", encoding="utf-8")
    out = tmp_path / "pred.jsonl"
    result = run("annotate", str(src), "-o", str(out))
    assert result.exit_code == 1
    assert message in result.output
    assert [json.loads(x)["id"] for x in out.read_text().splitlines()] == ["ok"]
    (error,) = [json.loads(x) for x in (tmp_path / "pred.errors.jsonl").read_text().splitlines()]
    assert error["source"] == f"{src}:2" and message in error["error"]


def test_schema_is_json_schema() -> None:
    result = run("schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == "DocumentRecord"
    assert "fundings" in schema["properties"]


def test_evaluate_scores_predictions_and_fails_under(shared: Path, tmp_path: Path) -> None:
    from nlds_nlp import corpus

    gold = corpus.load("test", shared / "corpus")
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps({"id": d.id, "spans": d.spans}) + "\n" for d in gold))
    result = run(
        "evaluate",
        "--split",
        "test",
        "--pred",
        str(pred),
        "--out-dir",
        str(tmp_path),
        "--texts",
        str(shared / "corpus"),
        "--fail-under",
        "0.99",
    )
    assert result.exit_code == 0, result.output
    metrics = json.loads((tmp_path / "metrics.json").read_text())
    assert metrics["micro_primary"]["exact"]["f1"] == 1.0
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    result = run(
        "evaluate",
        "--split",
        "test",
        "--pred",
        str(empty),
        "--out-dir",
        str(tmp_path),
        "--texts",
        str(shared / "corpus"),
        "--fail-under",
        "0.5",
    )
    assert result.exit_code == 1
    errors = (tmp_path / "errors.jsonl").read_text().splitlines()
    assert errors and json.loads(errors[0])["type"] == "false_negative"
