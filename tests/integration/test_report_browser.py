"""The HTML report in a real browser: headless Chromium (Debian's ``chromium``) via Playwright.

Records come from ``nlds-nlp extract`` on invented texts and the page from ``nlds-nlp report``,
as a user would run them. The test filters and sorts the flow table, follows a flow to its
sentence, opens a mention's value and roles, and fails on any JavaScript error.

Without a browser the test skips with the reason, except where ``NLDS_REQUIRE_BROWSER=1``
(``.ci/run`` sets it after installing chromium): there a missing browser is a failure.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nlds_nlp.cli import app
from nlds_nlp.report.data import collect, flow_totals

CHROMIUM = Path(os.environ.get("NLDS_CHROMIUM", "/usr/bin/chromium"))
REQUIRED = os.environ.get("NLDS_REQUIRE_BROWSER") == "1"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

TEXTS = {
    # a character outside the BMP before the second flow: offsets must be UTF-16 in the page
    "a": "De Nederlandse AI Coalitie krijgt vandaag 23,5 miljoen euro van het kabinet. 🚀 Het "
    "ministerie van Onderwijs, Cultuur en Wetenschap geeft 5 miljoen euro aan de Universiteit "
    "Utrecht.",
    # a warned flow (above 1 trillion) and a sum without roles: neither in a total
    "b": "De provincie Utrecht stelt € 2.500.000 beschikbaar aan de gemeente Amersfoort. Het "
    "kabinet trekt 3 biljoen euro uit voor het Deltafonds. Een kopje koffie kost 3 euro.",
    # markup in a text is text, never markup in the page
    "c": "Het kabinet geeft in 2024 40 miljoen euro aan Stichting </script><b>X</b> voor het "
    "Groeifonds.",
    # its file is removed after extraction: the page shows only its flow's sentence
    "d": "Inleiding zonder bedragen. De gemeente Amersfoort ontvangt 1 miljoen euro van de "
    "provincie Utrecht.",
}


def _browser_missing() -> str | None:
    if not CHROMIUM.exists():
        return f"{CHROMIUM} not found (Debian: apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright not installed (pip install -e '.[dev]')"
    return None


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("report")
    for name, text in TEXTS.items():
        (root / f"{name}.txt").write_text(text, encoding="utf-8")
    records = root / "records.jsonl"
    runner = CliRunner()
    result = runner.invoke(
        app, ["extract", str(root), "-o", str(records), "--published", "2023-05-01"]
    )
    assert result.exit_code == 0, result.output
    (root / "d.txt").unlink()
    page = root / "report.html"
    result = runner.invoke(app, ["report", str(records), "-o", str(page)])
    assert result.exit_code == 0, result.output
    assert "1 without their text" in result.output
    return {"page": page, "data": collect(records)}


@pytest.fixture(scope="module")
def browser_page(report: dict) -> Iterator:
    missing = _browser_missing()
    if missing:
        if REQUIRED:
            pytest.fail(f"NLDS_REQUIRE_BROWSER=1 but {missing}")
        pytest.skip(missing)
    from playwright.sync_api import sync_playwright

    profile = tempfile.mkdtemp(prefix="nlds-chromium-")
    errors: list[str] = []
    try:
        with sync_playwright() as pw:
            context = pw.chromium.launch_persistent_context(
                profile, executable_path=str(CHROMIUM), args=ARGS, headless=True
            )
            # No network at viewing time: any request that is not the file itself fails.
            context.route("**/*", _only_file_urls)
            page = context.new_page()
            page.set_default_timeout(10_000)
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.goto(report["page"].as_uri())
            page.wait_for_selector("body[data-ready]")
            yield page, errors
            context.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def _only_file_urls(route) -> None:
    if route.request.url.startswith("file:"):
        route.continue_()
    else:
        route.abort()


def _rows(page) -> list[list[str]]:
    return page.eval_on_selector_all(
        "#flow-table tbody tr",
        "rows => rows.map(r => Array.from(r.cells).map(c => c.textContent))",
    )


def _euro_units(page) -> int:
    """The page's exact one-off euro total, in millionths."""
    units = page.get_attribute(
        '#flow-totals .total[data-currency="EUR"][data-per=""]', "data-units"
    )
    return int(units)


def test_table_filter_sort_follow_and_no_errors(browser_page, report: dict) -> None:
    page, errors = browser_page
    flows = report["data"].flows
    assert len(flows) == 6

    # every flow is a row; the total is the flows' sum without the warned one
    assert len(_rows(page)) == len(flows)
    expected = flow_totals(flows)[("EUR", "")]
    assert expected == Decimal("23500000") + 5000000 + 2500000 + 40000000 + 1000000
    assert _euro_units(page) == int(expected * 10**6)
    totals_text = page.text_content("#flow-totals")
    assert "1 flow(s) with a warning" in totals_text
    assert "sum(s) without roles" in totals_text

    # filter by funder: only the cabinet's flows, and the total follows
    page.fill('#flow-table input[data-filter="f"]', "kabinet")
    rows = _rows(page)
    assert rows and all("kabinet" in r[0].lower() for r in rows)
    assert len(rows) == sum("kabinet" in f["f"].lower() for f in flows)
    assert _euro_units(page) == int(Decimal("63500000") * 10**6)
    page.fill('#flow-table input[data-filter="f"]', "")

    # the search box matches words in any column
    page.fill("#flow-search", "amersfoort")
    assert len(_rows(page)) == 2
    page.fill("#flow-search", "")

    # sort by amount: descending first, ascending on the second click
    def amounts() -> list[Decimal]:
        cells = [r[3] for r in _rows(page)]
        return [Decimal(c.split("€")[1].strip().replace(".", "").replace(",", ".")) for c in cells]

    assert amounts() == sorted(amounts(), reverse=True)
    page.click('#flow-table th[data-key="a"] button')
    assert amounts() == sorted(amounts())
    assert page.get_attribute('#flow-table th[data-key="a"]', "aria-sort") == "ascending"
    page.click('#flow-table th[data-key="r"] button')
    recipients = [r[1] for r in _rows(page) if r[1] != "—"]
    assert recipients == sorted(recipients, key=str.lower)

    # follow the flow after the emoji to its sentence; the money mark there is its amount
    page.fill("#flow-search", "universiteit")
    page.click("#flow-table tbody tr a.to-sentence")
    sentence = page.locator(".sentence.target")
    sentence.wait_for()
    assert sentence.is_visible()
    assert sentence.evaluate(
        "s => { const r = s.getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0 }"
    )
    said = sentence.text_content()
    assert "Het ministerie van Onderwijs" in said and "Coalitie" not in said
    money = sentence.locator("mark.l-MONEY")
    assert money.evaluate("m => m.firstChild.textContent") == "5 miljoen euro"
    money.click()
    detail = page.text_content("#mention-detail")
    assert "MONEY" in detail and "EUR 5000000" in detail
    assert "recipient: Universiteit Utrecht" in detail
    assert page.is_visible("#mention-detail")
    page.keyboard.press("Escape")
    assert not page.is_visible("#mention-detail")

    # markup inside a document's text stays text
    page.fill("#flow-search", "")
    page.fill('#flow-table input[data-filter="doc"]', "c")
    page.click("#flow-table tbody tr a.to-sentence")
    page.locator(".sentence.target").wait_for()
    assert page.locator("#doc-view b").count() == 0
    assert "Stichting </script><b>X</b>" in page.text_content("#doc-view")

    # a document whose file is gone still shows the sentence of its flow
    page.fill("#flow-search", "")
    page.fill('#flow-table input[data-filter="doc"]', "d")
    page.click("#flow-table tbody tr a.to-sentence")
    target = page.locator(".sentence.target")
    target.wait_for()
    assert "1 miljoen euro" in target.text_content()
    assert "could not be read back" in page.text_content("#doc-view")

    assert errors == []


def test_clicking_a_name_in_the_picture_filters_the_table(browser_page, report) -> None:
    page, errors = browser_page
    page.fill("#flow-search", "")
    for key in ("f", "r", "p", "doc"):
        page.fill(f'#flow-table input[data-filter="{key}"]', "")
    page.click('svg.sankey .node[data-col="f"][data-name="kabinet"] rect')
    assert page.input_value('#flow-table input[data-filter="f"]') == "kabinet"
    rows = _rows(page)
    assert rows and all(r[0] == "kabinet" for r in rows)
    # the warned flow (3 trillion) is in the table but not in the picture
    assert "kabinet · € 63,5 mln" in page.text_content("svg.sankey")  # 23,5 + 40, not 3 trillion
    assert errors == []


def test_document_list_opens_a_document_and_marks_every_mention(browser_page, report) -> None:
    page, errors = browser_page
    page.fill("#doc-search", "b")
    page.locator("#doc-list a").first.click()
    page.wait_for_selector("#doc-view mark.ent")
    marks = page.eval_on_selector_all(
        "#doc-view mark.ent", "ms => ms.map(m => m.firstChild.textContent)"
    )
    doc = next(d for d in report["data"].docs if d["id"] == "b")
    text = doc["parts"][0][1]
    assert marks == [text[m[0] : m[1]] for m in doc["marks"]]
    assert "3 euro" in marks  # a sum without roles is highlighted, just never summed
    assert errors == []
