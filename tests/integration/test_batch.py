"""Batch extraction end to end: real formats, failures, order, processes, resume after Ctrl-C."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nlds_nlp.batch import run_batch
from nlds_nlp.cli import app

SHARED = Path(os.environ.get("NLDS_SHARED", Path(__file__).resolve().parents[2] / ".." / "shared"))
RAW = SHARED / "corpus" / "raw"
runner = CliRunner()

SENTENCES = [
    "Het kabinet trekt in 2021 12,5 miljoen euro uit voor de Nederlandse Digitaliseringsstrategie.",
    "Volgend jaar krijgt TNO 3 miljoen euro van het Ministerie van Economische Zaken en Klimaat.",
    "De gemeente Utrecht ontvangt € 450.000 voor het programma Samen tegen Mensenhandel.",
]


def minimal_pdf(lines_per_page: list[list[str]]) -> bytes:
    """A tiny valid PDF with a text layer, one page per list of lines."""
    n = len(lines_per_page)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{' '.join(f'{3 + 2 * i} 0 R' for i in range(n))}] "
        f"/Count {n} >>".encode(),
    ]
    for i, lines in enumerate(lines_per_page):
        stream = (
            "BT /F1 11 Tf 72 740 Td 14 TL " + " ".join(f"({x}) Tj T*" for x in lines) + " ET"
        ).encode("cp1252")
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents "
            f"{4 + 2 * i} 0 R /Resources << /Font << /F1 {3 + 2 * n} 0 R >> >> >>".encode()
        )
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objs.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    objs.append(b"<< /CreationDate (D:20200625120000) >>")
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for k, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % k + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1,
        len(objs),
        xref,
    )
    return bytes(out)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder of publications in every format, with five broken documents among them."""
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(SENTENCES[0], encoding="utf-8")
    (root / "b.md").write_text("# Nota\n\n" + SENTENCES[1], encoding="utf-8")
    (root / "c.html").write_text(
        '<html><head><meta name="DCTERMS.issued" content="2019-05-01"><title>Bericht</title>'
        f"</head><body><nav>Menu</nav><main><p>{SENTENCES[2]}</p></main></body></html>",
        encoding="utf-8",
    )
    (root / "d.pdf").write_bytes(
        minimal_pdf([["Voorblad"], ["Er gaat 7 miljoen euro naar onderwijs."]])
    )
    (root / "sub" / "e.xml").write_bytes(
        (
            '<?xml version="1.0" encoding="utf-8"?><officiele-publicatie><handelingen><agendapunt>'
            "<item-titel>Steun voor Kröger</item-titel><tekst><al>Er komt 2 miljoen euro bij."
            "</al></tekst></agendapunt></handelingen></officiele-publicatie>"
        )
        .encode()
        .decode("latin-1")
        .encode()
    )
    rows = [
        {"id": f"j{i}", "text": s, "meta": {"published": "2022-01-01"}}
        for i, s in enumerate(SENTENCES)
    ]
    (root / "sub" / "f.jsonl").write_text(
        "\n".join(json.dumps(r) for r in rows[:2]) + "\n{kapot\n" + json.dumps(rows[2]) + "\n",
        encoding="utf-8",
    )
    (root / "g.pdf").write_bytes(b"%PDF-1.4 broken")
    (root / "h.txt").write_bytes(b"")
    (root / "i.txt").write_bytes(b"\x00\x01\x02binary")
    (root / "j.txt").write_bytes(b"caf\xe9")
    return root


EXPECTED_IDS = ["a", "b", "c", "d", "sub/e", "j0", "j1", "j2"]
EXPECTED_FAILED = {"g.pdf", "h.txt", "i.txt", "j.txt", "f.jsonl:3"}


def _records(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def test_folder_of_every_format(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "records.jsonl"
    result = run_batch([folder], out, published="2018-01-01")
    records = _records(out)
    assert [r["id"] for r in records] == EXPECTED_IDS
    by_id = {r["id"]: r for r in records}
    assert by_id["a"]["published"] == "2018-01-01"  # --published for files without a date
    assert by_id["c"]["published"] == "2019-05-01" and by_id["c"]["title"] == "Bericht"
    assert by_id["d"]["published"] == "2020-06-25"  # the PDF's own date wins
    assert by_id["j0"]["published"] == "2022-01-01"
    assert by_id["sub/e"]["title"] == "Steun voor Kröger"
    (pdf_money,) = by_id["d"]["money"]
    assert pdf_money["provenance"]["page"] == 2
    assert all("page" not in m["provenance"] for m in by_id["a"]["money"])
    assert by_id["a"]["money"][0]["value"]["amount"] == "12500000"
    assert result.documents == 8 and result.failed == 5
    errors = [
        json.loads(x) for x in (tmp_path / "out" / "records.errors.jsonl").read_text().splitlines()
    ]
    assert {Path(e["source"]).name for e in errors} == EXPECTED_FAILED
    reasons = " ".join(e["error"] for e in errors)
    for reason in ("broken PDF", "empty document", "binary", "invalid UTF-8", "malformed JSON"):
        assert reason in reasons
    assert not list((tmp_path / "out").glob("*.part"))


def test_cli_exit_code_and_errors_file(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "records.jsonl"
    errors = tmp_path / "failed.jsonl"
    result = runner.invoke(
        app, ["extract", str(folder), "-o", str(out), "--errors", str(errors), "--no-progress"]
    )
    assert result.exit_code == 1, result.output
    assert "5 document(s) failed" in result.output and "broken PDF" in result.output
    assert len(_records(out)) == 8 and len(errors.read_text().splitlines()) == 5
    good = tmp_path / "good"
    good.mkdir()
    (good / "x.txt").write_text(SENTENCES[0], encoding="utf-8")
    result = runner.invoke(app, ["extract", str(good / "*.txt"), "-o", str(tmp_path / "g.jsonl")])
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "g.errors.jsonl").exists()


def test_n_process_gives_the_same_output(folder: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    run_batch([folder], one, batch_size=2)
    result = run_batch([folder], two, batch_size=2, n_process=2)
    assert result.documents == 8
    assert one.read_bytes() == two.read_bytes()


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_tables(folder: Path, tmp_path: Path, fmt: str) -> None:
    import pandas as pd

    out = tmp_path / "tables"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(out), "--format", fmt])
    assert result.exit_code == 1  # the broken fixtures
    read = pd.read_csv if fmt == "csv" else pd.read_parquet
    mentions, fundings = read(out / f"mentions.{fmt}"), read(out / f"fundings.{fmt}")
    documents = read(out / f"documents.{fmt}")
    assert list(documents["doc_id"]) == EXPECTED_IDS
    assert "MONEY" in set(mentions["label"]) and len(fundings) >= 1
    assert (out / "records.jsonl").exists() and (out / "errors.jsonl").exists()


def test_summarize_command(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "records.jsonl"
    run_batch([folder], out)
    result = runner.invoke(app, ["summarize", str(out), "-o", str(tmp_path / "sum")])
    assert result.exit_code == 0, result.output
    for title in (
        "Money per programme",
        "Money per organisation",
        "Money per year",
        "Funder -> recipient",
    ):
        assert title in result.output
    assert sorted(p.name for p in (tmp_path / "sum").iterdir()) == [
        "by_organisation.csv",
        "by_programme.csv",
        "by_year.csv",
        "flows.csv",
        "unlinked.csv",
        "warned.csv",
    ]
    by_year = (tmp_path / "sum" / "by_year.csv").read_text()
    (row,) = [x for x in by_year.splitlines() if x.startswith("2021,date,EUR,,")]
    assert row.endswith(",a;j0")  # "in 2021 12,5 miljoen euro" in a.txt and in the JSONL row


def test_stdout_output_in_input_order(folder: Path) -> None:
    result = runner.invoke(app, ["extract", str(folder / "a.txt"), str(folder / "b.md")])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    assert [r["id"] for r in lines] == ["a", "b"]


def test_memory_stays_bounded_in_flight(tmp_path: Path) -> None:
    """Tasks are pulled lazily: the runner never asks for more than a window ahead."""
    from nlds_nlp import batch

    pulled = []
    real = batch.iter_tasks

    def counting(*args, **kwargs):
        for task in real(*args, **kwargs):
            pulled.append(task.source)
            yield task

    src = tmp_path / "many.jsonl"
    src.write_text(
        "".join(json.dumps({"id": str(i), "text": "Tekst."}) + "\n" for i in range(50)),
        encoding="utf-8",
    )
    seen = []
    original = batch.process_tasks

    def spy(tasks, *args):
        seen.append(len(pulled))
        return original(tasks, *args)

    batch.iter_tasks, batch.process_tasks = counting, spy
    try:
        run_batch([src], tmp_path / "out.jsonl", batch_size=5)
    finally:
        batch.iter_tasks, batch.process_tasks = real, original
    assert seen[0] <= 5  # the first chunk ran before the rest of the input was read


def test_a_document_that_breaks_the_pipeline_fails_alone(tmp_path: Path) -> None:
    import nlds_nlp
    from nlds_nlp.batch import _PIPELINES, PipelineSpec

    nlp = nlds_nlp.load(base="blank")

    def explode(doc):
        if "BOEM" in doc.text:
            raise RuntimeError("kapot")
        return doc

    from spacy.language import Language

    if not Language.has_factory("nlds_test_explode"):
        Language.component("nlds_test_explode", func=explode)
    nlp.add_pipe("nlds_test_explode", first=True)
    spec = PipelineSpec(base="test-explode")
    _PIPELINES[spec] = nlp
    src = tmp_path / "docs.jsonl"
    src.write_text(
        "".join(
            json.dumps({"id": i, "text": t}) + "\n"
            for i, t in [("a", SENTENCES[0]), ("b", "BOEM " + SENTENCES[1]), ("c", SENTENCES[2])]
        ),
        encoding="utf-8",
    )
    try:
        result = run_batch([src], tmp_path / "out.jsonl", spec=spec)
    finally:
        del _PIPELINES[spec]
    assert [r["id"] for r in _records(tmp_path / "out.jsonl")] == ["a", "c"]
    assert result.failed == 1
    error = json.loads((tmp_path / "out.errors.jsonl").read_text())
    assert error["id"] == "b" and "extraction failed (RuntimeError: kapot)" in error["error"]


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "nlds_nlp", "extract", *args]


@pytest.mark.parametrize("n_process", ["1", "2"])
def test_resume_after_sigint_gives_one_record_per_document(tmp_path: Path, n_process: str) -> None:
    n = 400
    src = tmp_path / "docs.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = " ".join(SENTENCES[j % 3] for j in range(i % 5 + 8))
            fh.write(json.dumps({"id": f"d{i:04d}", "text": text}) + "\n")
    out = tmp_path / "out.jsonl"
    part = out.with_name(out.name + ".part")
    proc = subprocess.Popen(
        _cli(str(src), "-o", str(out), "--batch-size", "4", "--n-process", n_process),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if part.exists() and part.read_text(encoding="utf-8").count("\n") >= 8:
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "--resume" in err and not out.exists()
    kept = part.read_text(encoding="utf-8").count("\n")
    assert 8 <= kept < n
    done = subprocess.run(
        _cli(str(src), "-o", str(out), "--batch-size", "16", "--resume", "--n-process", n_process),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    ids = [r["id"] for r in _records(out)]
    assert ids == [f"d{i:04d}" for i in range(n)]  # each exactly once, in input order
    assert f"{kept} already done" in done.stderr
    assert not part.exists()


@pytest.mark.skipif(not RAW.is_dir(), reason=f"raw publications not found at {RAW}")
def test_every_raw_publication(tmp_path: Path) -> None:
    out = tmp_path / "raw.jsonl"
    result = run_batch([RAW], out)
    assert result.failed == 0
    records = _records(out)
    assert len(records) == len([p for p in RAW.iterdir() if not p.name.startswith(".")])
    pdf = next(r for r in records if r["source"].endswith(".pdf"))
    assert pdf["published"] == "2021-12-15" and pdf["money"]
    assert all(m["provenance"]["page"] >= 1 for m in pdf["money"])
    html = next(r for r in records if r["source"].endswith(".htm"))
    assert html["published"] == "2015-09-15" and html["title"] == "Troonrede 2015"
    _raw_flows_hold(records)


def _raw_flows_hold(records: list[dict]) -> None:
    """What a researcher reads off ``summarize`` over the raw publications (issue 10): no
    parliament funds anything, a grant repeated in a document is one flow, and the coalition
    agreement's totals hold flows only, never its prices, deductibles or stocks."""
    from nlds_nlp.summarize import summarize

    for r in records:
        keys = [
            (
                f.get("amount"),
                f.get("currency"),
                f.get("per"),
                f.get("funder"),
                f.get("recipient"),
                f.get("programme"),
                (f.get("period") or {}).get("value"),
            )
            for f in r["fundings"]
        ]
        assert len(keys) == len(set(keys)), r["id"]  # each flow once per document
        for f in r["fundings"]:
            assert "kamer" not in (f.get("funder") or "").lower(), (r["id"], f)
    summary = summarize(records)
    for row in summary.rows("by_organisation"):
        assert not (row["role"] == "funder" and "kamer" in row["organisation"].lower()), row
    pdf = next(r for r in records if r["source"].endswith(".pdf"))
    flows_total = sum(
        (
            Decimal(f["amount"])
            for f in pdf["fundings"]
            if f.get("amount") and not f.get("warnings")
        ),
        Decimal(0),
    )
    in_year_tables = sum(
        (
            row["total"]
            for row in summary.rows("by_year")
            if pdf["id"] in row["documents"] and row["documents"] == [pdf["id"]]
        ),
        Decimal(0),
    )
    assert in_year_tables <= flows_total  # nothing but its flows
    unlinked = sum(
        (
            Decimal(m["value"]["amount"])
            for m in pdf["money"]
            if m["value"].get("amount")
            and m["id"] not in {i for f in pdf["fundings"] for i in f["money_ids"]}
        ),
        Decimal(0),
    )
    assert unlinked > 0  # the agreement's other sums exist, and stay out of the totals
