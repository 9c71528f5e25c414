"""The report page: one HTML file with its style, script and data inlined.

The data goes in as JSON inside ``<script type="application/json">``, with ``<``, ``>`` and
``&`` escaped as ``\\u003c`` etc., so a document containing ``</script>`` cannot end the block
(JSON.parse reads the escapes back as the characters they stand for). The script builds the
table and the document views from it and sets every piece of document text as text, never as
markup.
"""

from __future__ import annotations

import json
from html import escape
from importlib import resources
from pathlib import Path

from nlds_nlp.io.atomic import atomic_writer
from nlds_nlp.report.charts import per_year, sankey
from nlds_nlp.report.data import LABELS, ReportData, collect


def _asset(name: str) -> str:
    return resources.files("nlds_nlp.report").joinpath("assets", name).read_text("utf-8")


def _json_for_script(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def render(data: ReportData, top: int = 15) -> str:
    """The whole page as a string."""
    docs, flows = len(data.docs), len(data.flows)
    texts_note = (
        f"; {data.texts_missing} without their text (source not found or changed)"
        if data.texts_missing
        else ""
    )
    legend = "".join(f'<mark class="ent l-{label}">{label}</mark>' for label in LABELS)
    title = escape(data.title)
    return f"""<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="nlds-nlp report">
<title>{title}</title>
<style>{_asset("report.css")}</style>
</head>
<body>
<header class="top">
<h1>{title}</h1>
<p class="meta">{docs} document(s), {flows} funding flow(s){escape(texts_note)}.
Flows are sums with a funder, recipient or programme, each grant once per document; sums
without roles and flows with a warning never enter a total.</p>
<nav><a href="#flows">Flows</a><a href="#picture">Who funds whom</a>
<a href="#years">Money per year</a><a href="#documents">Documents</a></nav>
</header>
<main>
<section id="flows">
<h2>Funding flows</h2>
<div class="controls"><input id="flow-search" type="search"
 placeholder="Filter all columns (words, all must match)" aria-label="Filter flows">
<span id="flow-count" class="meta"></span></div>
<div id="flow-totals" aria-live="polite"></div>
<table id="flow-table"><thead></thead><tbody></tbody></table>
<button id="flow-more" type="button" hidden>Show more rows</button>
</section>
<section id="picture">
<h2>Who funds whom</h2>
<p class="meta">Top {top} funder → programme → recipient chains by amount (one-off euro sums
that may be summed). Click a name to filter the table by it.</p>
{sankey(data.flows, top)}
</section>
<section id="years">
<h2>Money per year</h2>
<p class="meta">One-off euro flows by the year of their period or date; the lighter part of a
bar is flows dated only by their document's publication date.</p>
{per_year(data.summary.rows("by_year"))}
</section>
<section id="documents">
<h2>Documents</h2>
<p class="legend meta">{legend} Hover over or click a mention for its value and roles.</p>
<div class="layout">
<div><input id="doc-search" type="search" placeholder="Filter documents"
 aria-label="Filter documents"><p id="doc-count" class="meta"></p><ul id="doc-list"></ul></div>
<article id="doc-view"><p class="meta">Choose a document, or a flow's document link.</p></article>
</div>
</section>
</main>
<div id="mention-detail" hidden></div>
<script type="application/json" id="report-data">{_json_for_script(data.payload)}</script>
<script>{_asset("report.js")}</script>
</body>
</html>
"""


def write_report(
    records: Path,
    output: Path,
    *,
    texts: bool = True,
    base: Path | None = None,
    top: int = 15,
    title: str | None = None,
) -> ReportData:
    """Write the report of ``records`` to ``output`` (temporary file, then rename)."""
    data = collect(records, texts=texts, base=base, title=title)
    page = render(data, top=top)
    with atomic_writer(output) as fh:
        fh.write(page)
    return data
