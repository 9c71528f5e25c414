"""What a new user meets first (issue 13): missing extras and paths stop before any work,
metadata files date plain text, --model everywhere, plain --help, a README that runs."""

from __future__ import annotations

import ast
import json
import re
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import nlds_nlp.batch
from nlds_nlp.cli import app

REPO = Path(__file__).resolve().parents[2]
runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args))


@pytest.fixture
def no_batch(monkeypatch: pytest.MonkeyPatch) -> list:
    """Fails the test if the batch runner is started (that is: any document is read)."""
    calls: list = []

    def refuse(*args, **kwargs):
        calls.append(args)
        raise AssertionError("the batch runner was started")

    monkeypatch.setattr(nlds_nlp.batch, "run_batch", refuse)
    return calls


@pytest.mark.parametrize(
    ("module", "args", "extra"),
    [
        ("pyarrow", ["--format", "parquet"], "parquet"),
        ("dask.distributed", ["--engine", "dask"], "dask"),
    ],
)
def test_missing_extra_stops_before_any_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_batch: list, module, args, extra
) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # as if the extra were not installed
    src = tmp_path / "a.txt"
    src.write_text("Het kabinet geeft 5 miljoen euro aan TNO.", encoding="utf-8")
    out = tmp_path / "out"
    result = run("extract", str(src), "-o", str(out), "--format", "csv", *args)
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert lines == [lines[0]] and f"nlds-nlp[{extra}]" in lines[0]
    assert "Traceback" not in result.output
    assert no_batch == []
    assert not out.exists() and not list(tmp_path.rglob("*.part"))


def test_extras_installed_pass_the_check(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    src = tmp_path / "a.txt"
    src.write_text("Het kabinet geeft 5 miljoen euro aan TNO.", encoding="utf-8")
    out = tmp_path / "out"
    result = run("extract", str(src), "-o", str(out), "--format", "parquet")
    assert result.exit_code == 0, result.output
    assert (out / "fundings.parquet").exists()


@pytest.mark.parametrize("missing", ["nowhere.txt", "no-dir/", "*.nothing"])
def test_missing_path_is_a_usage_error_before_any_work(
    tmp_path: Path, no_batch: list, missing: str
) -> None:
    good = tmp_path / "a.txt"
    good.write_text("Tekst.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("extract", str(good), str(tmp_path / missing), "-o", str(out))
    assert result.exit_code == 2
    assert missing.rstrip("/") in result.output
    assert "file not found" in result.output or "no file matches" in result.output
    assert no_batch == [] and not out.exists()


TEXT = "Vandaag geeft het kabinet 5 miljoen euro aan TNO."


def _corpus(tmp_path: Path) -> Path:
    """A corpus laid out as ../shared/corpus: texts/ with a manifest.jsonl beside it."""
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "texts" / "b.txt").write_text(TEXT, encoding="utf-8")
    rows = [
        {
            "id": "a",
            "file": "texts/a.txt",
            "published": "2020-06-25",
            "title": "A",
            "publisher": "Rijksoverheid",
            "genre": "press-release",
        },
        {"id": "b", "file": "texts/b.txt", "published": None, "title": "B"},
    ]
    (tmp_path / "manifest.jsonl").write_text(
        "\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8"
    )
    return tmp_path / "texts"


def _records(path: Path) -> dict[str, dict]:
    return {r["id"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def test_manifest_beside_the_inputs_dates_plain_text(tmp_path: Path) -> None:
    texts = _corpus(tmp_path)
    out = tmp_path / "out.jsonl"
    result = run("extract", str(texts), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "metadata from" in result.output and "manifest.jsonl" in result.output
    records = _records(out)
    a, b = records["a"], records["b"]
    assert (a["published"], a["title"], a["publisher"]) == ("2020-06-25", "A", "Rijksoverheid")
    assert a["dates"][0]["value"]["value"] == "2020-06-25"  # "vandaag" resolved
    assert "published" not in b and "value" not in b["dates"][0]["value"]
    assert b["title"] == "B"
    # a single file finds the manifest above its directory too; --no-manifest ignores it
    result = run("extract", str(texts / "a.txt"), "-o", str(out))
    assert _records(out)["a"]["published"] == "2020-06-25"
    result = run("extract", str(texts), "-o", str(out), "--no-manifest")
    assert "published" not in _records(out)["a"]


def test_meta_file_wins_and_falls_back_to_published(tmp_path: Path) -> None:
    texts = _corpus(tmp_path)
    meta = tmp_path / "meta.jsonl"
    meta.write_text(json.dumps({"id": "a", "published": "2021-01-04"}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run(
        "extract", str(texts), "-o", str(out), "--meta", str(meta), "--published", "2019-05-01"
    )
    assert result.exit_code == 0, result.output
    records = _records(out)
    assert records["a"]["published"] == "2021-01-04"  # --meta over the manifest
    assert records["b"]["published"] == "2019-05-01"  # nobody dated b: --published


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{oops", "line 1: malformed JSON"),
        ('{"published": "2020-01-01"}', "line 1: a row needs 'id' or 'file'"),
        ('{"id": "a", "published": "25-06-2020"}', "line 1: invalid publication date"),
    ],
)
def test_bad_meta_file_is_one_line_before_any_work(
    tmp_path: Path, no_batch: list, line: str, message: str
) -> None:
    texts = _corpus(tmp_path)
    meta = tmp_path / "meta.jsonl"
    meta.write_text(line + "\n", encoding="utf-8")
    result = run("extract", str(texts), "-o", str(tmp_path / "o.jsonl"), "--meta", str(meta))
    assert result.exit_code == 2
    assert f"meta.jsonl {message}" in result.output
    assert no_batch == []


def test_model_option_on_annotate_and_evaluate(tmp_path: Path, nlp) -> None:
    saved = tmp_path / "pipeline"
    nlp.to_disk(saved)
    docs = tmp_path / "docs.jsonl"
    docs.write_text(
        json.dumps({"id": "x", "text": TEXT, "meta": {"published": "2020-06-25"}}) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "spans.jsonl"
    result = run("annotate", str(docs), "-o", str(out), "--model", str(saved))
    assert result.exit_code == 0, result.output
    spans = json.loads(out.read_text(encoding="utf-8"))["spans"]
    assert {s["label"] for s in spans} >= {"MONEY", "DATE"}

    for command in (["annotate", str(docs), "-o", str(out)], ["evaluate", "--split", "dev"]):
        result = run(*command, "--model", str(tmp_path / "no-such-model"))
        assert result.exit_code == 2
        assert "--model" in result.output and "cannot load" in result.output
        assert "Traceback" not in result.output
    result = run("evaluate", "--pred", str(out), "--model", str(saved))
    assert result.exit_code == 2 and "give one" in result.output


def test_extract_with_a_model_that_does_not_exist_stops_first(tmp_path: Path, no_batch) -> None:
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("extract", str(src), "-o", str(out), "--model", str(tmp_path / "nowhere"))
    assert result.exit_code == 2 and "--model" in result.output
    assert no_batch == [] and not list(tmp_path.glob("out.jsonl*"))


@pytest.mark.parametrize(
    "command", ["", "extract", "annotate", "evaluate", "summarize", "report", "schema", "train"]
)
def test_help_has_no_type_tags(command: str) -> None:
    result = run(*([command] if command else []), "--help")
    assert result.exit_code == 0
    assert not re.search(r"<(bool|str|int|float|path|list\[|[a-z ]+ range)", result.output)
    if command == "extract":
        assert "PATH" in result.output and "N [x>=1]" in result.output


def test_readme_python_example_runs_as_written() -> None:
    """Each line of the README's Python block runs in order; a line with a literal in its
    comment (``x  # Decimal('23500000')``) must evaluate to it."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## In Python\n\n```python\n(.*?)```", readme, re.S)
    assert block, "README has no Python example under '## In Python'"
    namespace: dict = {}
    checked = 0
    for statement in ast.parse(block.group(1)).body:
        source = ast.get_source_segment(block.group(1), statement)
        line = block.group(1).splitlines()[statement.lineno - 1]
        comment = line.partition("#")[2].strip()
        if isinstance(statement, ast.Expr) and re.match(r"[('\"\[]|Decimal\(|\d", comment):
            value = eval(source, namespace)
            assert comment.startswith(repr(value)), (source, value, comment)
            checked += 1
        else:
            exec(source, namespace)
    assert checked >= 3
