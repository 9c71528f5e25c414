"""A self-contained HTML report of funding records, for people who would rather look.

``nlds-nlp report RECORDS.jsonl -o report.html`` writes one file with its styles, script and
data inlined (no network when it is opened): the flows as a filterable, sortable table with
totals that sum flows only (the rules of :mod:`nlds_nlp.summarize`), a Sankey of funder ->
programme -> recipient and money per year as inline SVG, and every document with its mentions
highlighted, each flow linking to its sentence.
"""

from nlds_nlp.report.data import ReportData, collect
from nlds_nlp.report.page import render, write_report

__all__ = ["ReportData", "collect", "render", "write_report"]
