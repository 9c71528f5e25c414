"""The report's data and page, without a browser (the browser test is in tests/integration)."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nlds_nlp.cli import app
from nlds_nlp.report.charts import euro, per_year, sankey, top_chains
from nlds_nlp.report.data import collect, flow_totals, utf16_index
from nlds_nlp.report.page import _json_for_script, render
from nlds_nlp.summarize import summarize_file

TEXT = "Het Rijk geeft 5 miljoen euro aan TNO. Het kost 3 euro. Een 🚀 gaat 2 mln euro naar SURF."


def _mention(mid: str, label: str, text: str, value: dict, roles: dict | None = None) -> dict:
    start = TEXT.index(text)
    m = {
        "id": mid,
        "start": start,
        "end": start + len(text),
        "text": text,
        "label": label,
        "value": value,
        "provenance": {"component": "t", "pattern": "t"},
    }
    if roles:
        m["roles"] = roles
    return m


def _flow(fid: str, money: dict, amount: str, warnings=(), **partners) -> dict:
    sentence_start = TEXT.rfind(". ", 0, money["start"])
    sentence_start = 0 if sentence_start < 0 else sentence_start + 2
    sentence_end = TEXT.index(".", money["end"]) + 1
    return {
        "id": fid,
        "money_id": money["id"],
        "money_ids": [money["id"]],
        "text": money["text"],
        "start": money["start"],
        "end": money["end"],
        "amount": amount,
        "currency": "EUR",
        "sentence": TEXT[sentence_start:sentence_end],
        "sentence_start": sentence_start,
        "sentence_end": sentence_end,
        "warnings": list(warnings),
        **partners,
    }


def _records(tmp_path: Path, source_text: str | None = TEXT) -> Path:
    rijk = _mention("m1", "ORG", "Rijk", {"canonical": "Rijksoverheid"})
    five = _mention("m2", "MONEY", "5 miljoen euro", {"amount": "5000000", "currency": "EUR"})
    tno = _mention("m3", "ORG", "TNO", {})
    three = _mention("m4", "MONEY", "3 euro", {"amount": "3", "currency": "EUR"})
    two = _mention("m5", "MONEY", "2 mln euro", {"amount": "2000000", "currency": "EUR"})
    surf = _mention("m6", "ORG", "SURF", {})
    five["roles"] = {"funder": "m1", "recipient": "m3"}
    two["roles"] = {"recipient": "m6"}
    source = tmp_path / "doc.txt"
    if source_text is not None:
        source.write_text(source_text, encoding="utf-8")
    record = {
        "id": "doc",
        "published": "2022-03-01",
        "source": str(source),
        "money": [five, three, two],
        "organisations": [rijk, tno, surf],
        "fundings": [
            _flow("f1", five, "5000000", funder="Rijksoverheid", recipient="TNO"),
            _flow("f2", two, "2000000", recipient="SURF"),
        ],
    }
    warned = dict(record, id="big", source=str(tmp_path / "nowhere.txt"))
    warned["fundings"] = [
        _flow("f1", five, "5000000000000", warnings=["implausible"], funder="Rijksoverheid")
    ]
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in (record, warned)) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "offset", "expected"),
    [
        ("abc", 2, 2),
        ("a🚀b", 1, 1),
        ("a🚀b", 2, 3),
        ("a🚀b", 3, 4),
        ("🚀🚀x", 2, 4),
        ("é€x", 3, 3),  # BMP characters are one unit each
    ],
)
def test_utf16_index(text: str, offset: int, expected: int) -> None:
    assert utf16_index(text)(offset) == expected
    assert len(text[:offset].encode("utf-16-le")) // 2 == expected


def test_totals_follow_the_summarize_rules(tmp_path: Path) -> None:
    path = _records(tmp_path)
    data = collect(path)
    # the warned flow is a row of the table, but never in a total
    assert len(data.flows) == 3
    assert flow_totals(data.flows) == {("EUR", ""): Decimal("7000000")}
    by_year = summarize_file(path).rows("by_year")
    assert sum(r["total"] for r in by_year) == Decimal("7000000")
    # the sum without roles is counted apart
    assert data.payload["unlinked"] == {"mentions": 3, "documents": 2}  # "big" has 2


def test_documents_carry_text_or_only_their_flow_sentences(tmp_path: Path) -> None:
    data = collect(_records(tmp_path))
    full, missing = data.docs
    assert full["full"] and full["parts"] == [[0, TEXT]]
    # offsets after the rocket are one more in UTF-16
    surf = next(m for m in full["marks"] if m[3].startswith("ORG") and m[0] > 60)
    assert (
        full["parts"][0][1].encode("utf-16-le")[2 * surf[0] : 2 * surf[1]].decode("utf-16-le")
        == "SURF"
    )
    money = next(m for m in full["marks"] if m[3].startswith("MONEY\nEUR 5000000"))
    assert "funder: Rijksoverheid" in money[3] and "recipient: TNO" in money[3]
    assert not missing["full"]
    assert [p[1] for p in missing["parts"]] == ["Het Rijk geeft 5 miljoen euro aan TNO."]
    assert data.texts_missing == 1


def test_a_changed_source_is_not_shown_with_stale_offsets(tmp_path: Path) -> None:
    data = collect(_records(tmp_path, source_text="Een andere tekst. " + TEXT))
    assert not data.docs[0]["full"]


def test_page_is_self_contained_and_escapes_data(tmp_path: Path) -> None:
    data = collect(_records(tmp_path))
    data.docs[0]["title"] = "</script><script>alert(1)</script>"
    page = render(data)
    assert not re.search(r"<script[^>]+src=|<link[^>]+href=|@import|url\(", page)
    assert page.count("</script>") == 2  # the data block and the script, nothing from the data
    blob = page.split('id="report-data">')[1].split("</script>")[0]
    assert json.loads(blob)["docs"][0]["title"] == "</script><script>alert(1)</script>"


def test_json_for_script_round_trips() -> None:
    value = {"t": "a</script>&<b>"}
    text = _json_for_script(value)
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == value


def test_charts_draw_summable_one_off_euros_only() -> None:
    flows = [
        {"f": "A", "p": "", "r": "B", "a": "10", "c": "EUR", "per": "", "w": ""},
        {"f": "A", "p": "", "r": "B", "a": "5", "c": "EUR", "per": "", "w": ""},
        {"f": "C", "p": "P", "r": "", "a": "7", "c": "EUR", "per": "", "w": ""},
        {"f": "A", "p": "", "r": "B", "a": "99", "c": "EUR", "per": "jaar", "w": ""},
        {"f": "A", "p": "", "r": "B", "a": "99", "c": "USD", "per": "", "w": ""},
        {"f": "A", "p": "", "r": "B", "a": "10" * 7, "c": "EUR", "per": "", "w": "x"},
        {"f": "A", "p": "", "r": "B", "a": "", "c": "EUR", "per": "", "w": ""},
    ]
    chains = top_chains(flows)
    assert chains == [
        (("A", "(no programme named)", "B"), Decimal(15)),
        (("C", "P", "(recipient not named)"), Decimal(7)),
    ]
    assert top_chains(flows, top=1) == chains[:1]
    svg = sankey(flows)
    assert svg.startswith("<svg") and svg.count('class="band"') == 4
    assert 'data-name="A"' in svg and 'data-name=""' in svg  # missing names do not filter
    assert "<p" in sankey([])


def test_per_year_bars() -> None:
    rows = [
        {"year": "2021", "year_from": "date", "currency": "EUR", "per": "", "total": Decimal(5)},
        {"year": "2021", "year_from": "published", "currency": "EUR", "per": "", "total": 3},
        {"year": "2022", "year_from": "date", "currency": "EUR", "per": "jaar", "total": 9},
        {"year": "unknown", "year_from": "", "currency": "EUR", "per": "", "total": 9},
    ]
    svg = per_year(rows)
    assert svg.count('class="bar') == 2 and ">2021<" in svg and "2022" not in svg


@pytest.mark.parametrize(
    ("amount", "text"),
    [("23500000", "€ 23,5 mln"), ("1200000000", "€ 1,2 mld"), ("12000", "€ 12.000")],
)
def test_euro_labels(amount: str, text: str) -> None:
    assert euro(Decimal(amount)) == text


def test_cli_report_errors_leave_no_file(tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "r.html"
    result = runner.invoke(app, ["report", str(tmp_path / "missing.jsonl"), "-o", str(out)])
    assert result.exit_code == 2 and not out.exists()
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n{not json\n', encoding="utf-8")
    result = runner.invoke(app, ["report", str(bad), "-o", str(out)])
    assert result.exit_code == 2
    assert "bad.jsonl line 2: malformed JSON" in result.output
    assert not out.exists() and not list(tmp_path.glob(".r.html*"))


def test_cli_report_writes_the_page(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    result = CliRunner().invoke(app, ["report", str(_records(tmp_path)), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "2 document(s), 3 flow(s), 1 without their text" in result.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
