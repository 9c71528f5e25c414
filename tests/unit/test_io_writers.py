"""Writers: the resumable records log, the errors log, flat tables, and the summary tables."""

from __future__ import annotations

import csv
import json
from decimal import Decimal
from pathlib import Path

import pytest

from nlds_nlp.io.writers import (
    MENTION_COLUMNS,
    ErrorLog,
    RecordLog,
    funding_rows,
    mention_rows,
    part_path,
    source_key,
    write_tables,
)
from nlds_nlp.summarize import format_tables, summarize, summarize_file, write_summary

RECORD = {
    "id": "d1",
    "source": "in/d1.pdf",
    "published": "2020-06-25",
    "title": "Titel",
    "money": [
        {
            "id": "m1",
            "start": 10,
            "end": 24,
            "text": "5 miljoen euro",
            "label": "MONEY",
            "provenance": {"component": "money", "pattern": "number_scale_euro", "page": 2},
            "value": {"amount": "5000000", "currency": "EUR"},
            "roles": {"funder": "o1", "programme": "p1", "date": "t1"},
        },
        {
            "id": "m2",
            "start": 40,
            "end": 60,
            "text": "tussen 1 en 2 mln",
            "label": "MONEY",
            "provenance": {"component": "money", "pattern": "range"},
            "value": {"min": "1000000", "max": "2000000", "currency": "EUR", "per": "year"},
        },
    ],
    "dates": [
        {
            "id": "t1",
            "start": 0,
            "end": 4,
            "text": "2021",
            "label": "DATE",
            "provenance": {"component": "dates", "pattern": "year"},
            "value": {"type": "date", "value": "2021"},
        }
    ],
    "organisations": [
        {
            "id": "o1",
            "start": 30,
            "end": 33,
            "text": "EZK",
            "label": "ORG",
            "provenance": {"component": "organisations", "pattern": "gazetteer"},
            "value": {"canonical": "Ministerie van Economische Zaken en Klimaat"},
        }
    ],
    "programmes": [
        {
            "id": "p1",
            "start": 70,
            "end": 75,
            "text": "NDS",
            "label": "PROGRAMME",
            "provenance": {"component": "programmes", "pattern": "gazetteer"},
            "value": {"canonical": "Nederlandse Digitaliseringsstrategie"},
        }
    ],
    "fundings": [
        {
            "money_id": "m1",
            "text": "5 miljoen euro",
            "amount": "5000000",
            "currency": "EUR",
            "funder": "Ministerie van Economische Zaken en Klimaat",
            "programme": "Nederlandse Digitaliseringsstrategie",
            "date": {"type": "date", "value": "2021"},
            "date_text": "2021",
        }
    ],
}


def test_record_log_resumes_without_the_torn_line(tmp_path: Path) -> None:
    out = tmp_path / "records.jsonl"
    log = RecordLog(out)
    log.write(json.dumps({"id": "a", "source": "x/a.txt"}))
    log.write(json.dumps({"id": "b", "source": "x/b.txt"}))
    log.close()
    with part_path(out).open("a", encoding="utf-8") as fh:
        fh.write('{"id": "c", "sou')  # interrupted mid-write
    assert not out.exists()
    log = RecordLog(out, resume=True)
    assert log.count == 2 and log.done == {source_key("x/a.txt"), source_key("x/b.txt")}
    log.write(json.dumps({"id": "c", "source": "x/c.txt"}))
    log.commit()
    assert [json.loads(x)["id"] for x in out.read_text().splitlines()] == ["a", "b", "c"]
    assert not part_path(out).exists()


def test_record_log_resume_from_a_finished_output(tmp_path: Path) -> None:
    out = tmp_path / "records.jsonl"
    out.write_text(json.dumps({"id": "a", "source": "a.txt"}) + "\n", encoding="utf-8")
    log = RecordLog(out, resume=True)
    assert log.done == {source_key("a.txt")}
    log.commit()
    assert out.read_text().count("\n") == 1


def test_record_log_without_resume_starts_afresh(tmp_path: Path) -> None:
    out = tmp_path / "records.jsonl"
    part_path(out).write_text('{"id": "old", "source": "old"}\n', encoding="utf-8")
    log = RecordLog(out)
    assert not log.done
    log.commit()
    assert out.read_text() == ""


def test_error_log_only_exists_when_something_failed(tmp_path: Path) -> None:
    path = tmp_path / "errors.jsonl"
    path.write_text("stale\n")
    ErrorLog(path).commit()
    assert not path.exists()
    log = ErrorLog(path)
    log.write("a.pdf", "a", "a.pdf: broken PDF")
    assert log.commit() == path
    assert json.loads(path.read_text()) == {
        "source": "a.pdf",
        "id": "a",
        "error": "a.pdf: broken PDF",
    }


def test_mention_and_funding_rows() -> None:
    rows = list(mention_rows(RECORD))
    assert [r["mention_id"] for r in rows] == ["t1", "m1", "o1", "m2", "p1"]  # text order
    m1 = rows[1]
    assert m1["amount"] == "5000000" and m1["page"] == 2 and m1["date"] == "2021"
    assert m1["funder"] == "Ministerie van Economische Zaken en Klimaat"
    assert rows[0]["date_value"] == "2021" and rows[2]["canonical"].startswith("Ministerie")
    assert set().union(*rows) <= set(MENTION_COLUMNS)
    (f,) = funding_rows(RECORD)
    assert f["page"] == 2 and f["date_value"] == "2021" and f["doc_id"] == "d1"


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_write_tables(tmp_path: Path, fmt: str) -> None:
    import pandas as pd

    paths = write_tables([json.dumps(RECORD), {"id": "leeg", "source": "leeg.txt"}], tmp_path, fmt)
    read = pd.read_csv if fmt == "csv" else pd.read_parquet
    mentions = read(paths["mentions"], dtype=str) if fmt == "csv" else read(paths["mentions"])
    assert list(mentions.columns) == list(MENTION_COLUMNS)
    assert len(mentions) == 5 and mentions.loc[1, "amount"] == "5000000"
    fundings, documents = read(paths["fundings"]), read(paths["documents"])
    assert len(fundings) == 1 and list(documents["doc_id"]) == ["d1", "leeg"]
    assert list(documents["money"]) == [2, 0]


def test_csv_amounts_stay_exact(tmp_path: Path) -> None:
    rec = {**RECORD, "money": [{**RECORD["money"][0], "value": {"amount": "0.10"}}]}
    paths = write_tables([rec], tmp_path, "csv")
    with paths["mentions"].open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["amount"] for r in rows if r["label"] == "MONEY"] == ["0.10"]


def test_summary_tables(tmp_path: Path) -> None:
    summary = summarize([RECORD, {**RECORD, "id": "d2"}])
    (prog,) = summary.rows("by_programme")
    assert prog["programme"] == "Nederlandse Digitaliseringsstrategie"
    assert prog["total"] == Decimal("10000000") and prog["documents"] == ["d1", "d2"]
    years = {(r["year"], r["per"]): r for r in summary.rows("by_year")}
    assert list(years) == [("2021", "")]  # only flows count per year
    assert years[("2021", "")]["total"] == Decimal("10000000")
    (unlinked,) = summary.rows("unlinked")  # the range without roles: apart, never in totals
    assert unlinked["ranges"] == 2 and unlinked["total"] == 0
    (flow,) = summary.rows("flows")
    assert flow["funder"].startswith("Ministerie") and flow["recipient"] == "?"
    paths = write_summary(summary, tmp_path / "sum")
    assert [p.name for p in paths] == [
        "by_programme.csv",
        "by_organisation.csv",
        "by_year.csv",
        "flows.csv",
        "unlinked.csv",
        "warned.csv",
    ]
    assert "10000000,2,0,d1;d2" in paths[0].read_text()
    text = format_tables(summary)
    assert "Money per programme" in text and "10.000.000,00" in text


def test_summary_counts_a_flow_once_and_leaves_warned_flows_out() -> None:
    repeated = {
        **RECORD["fundings"][0],
        "money_ids": ["m1", "m3"],
    }
    huge = {
        "money_id": "m4",
        "money_ids": ["m4"],
        "text": "4.500 miljard euro",
        "amount": "4500000000000",
        "currency": "EUR",
        "programme": "Voorjaarsnota",
        "warnings": ["implausible: above 1 trillion; left out of totals"],
    }
    record = {
        **RECORD,
        "money": [
            *RECORD["money"],
            {**RECORD["money"][0], "id": "m3", "start": 80, "end": 94},
            {**RECORD["money"][0], "id": "m4", "start": 95, "end": 110},
        ],
        "fundings": [repeated, huge],
    }
    summary = summarize([record])
    (prog,) = summary.rows("by_programme")
    assert prog["total"] == Decimal("5000000") and prog["mentions"] == 1
    (warned,) = summary.rows("warned")
    assert warned["total"] == Decimal("4500000000000")
    assert sum(r["total"] for r in summary.rows("by_year")) == Decimal("5000000")
    assert summary.flows == 2 and summary.money == 4


def test_summarize_file_rejects_bad_json(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps(RECORD) + "\n{bad\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 2"):
        summarize_file(path)
