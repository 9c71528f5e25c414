"""Answers from records: funding flows per programme, per organisation, per year and per pair.

Only flows are summed (``DocumentRecord.fundings``: money with a funder, recipient or programme,
each repeat of the same grant in a document counted once). A sum without roles (a price, a
stock, a deficit, a sum nobody is said to give or get) is no funding: it is counted apart in
``unlinked`` and never enters a funding total. A flow with a warning (above EUR 1 trillion, or
a table's "Totaal" row or column, whose money the cells beside it already hold) is listed in
``warned`` and left out of every total.

Why sums are kept apart by currency and by ``per``: adding dollars to euros, or "€ 5 mln per
jaar" to a one-off "€ 20 mln", gives a number nobody can use. Amounts are summed as ``Decimal``,
so totals are exact. Ranges ("tussen € 1 en 2 mln") are counted in ``mentions`` but left out
of ``total`` (``ranges`` says how many). ``mentions`` counts flows (distinct grants), not text
mentions.

Per year: a flow counts in the year of its period or date, else of the document's publication
date (``year_from`` tells which).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from nlds_nlp.io.atomic import atomic_writer
from nlds_nlp.records import fixed_point
from nlds_nlp.relations.flows import decimal_or_none

TABLES = ("by_programme", "by_organisation", "by_year", "flows", "unlinked", "warned")
_KEYS: dict[str, tuple[str, ...]] = {
    "by_programme": ("programme",),
    "by_organisation": ("organisation", "role"),
    "by_year": ("year", "year_from"),
    "flows": ("funder", "recipient"),
    "unlinked": ("kind",),
    "warned": ("warning",),
}


@dataclass
class Group:
    """Running total of one row of a table."""

    total: Decimal = Decimal(0)
    mentions: int = 0
    ranges: int = 0
    documents: set[str] = field(default_factory=set)

    def add(self, amount: Decimal | None, doc: str) -> None:
        self.mentions += 1
        if amount is None:
            self.ranges += 1
        else:
            self.total += amount
        self.documents.add(doc)


@dataclass
class Summary:
    """Tables keyed by (key columns..., currency, per)."""

    tables: dict[str, dict[tuple[str, ...], Group]] = field(
        default_factory=lambda: {name: {} for name in TABLES}
    )
    documents: int = 0
    money: int = 0
    flows: int = 0

    def add(self, table: str, key: tuple[str, ...], amount: Decimal | None, doc: str) -> None:
        self.tables[table].setdefault(key, Group()).add(amount, doc)

    def rows(self, table: str) -> list[dict[str, Any]]:
        """Rows of a table, largest total first (ties in key order, so output is stable)."""
        columns = (*_KEYS[table], "currency", "per")
        rows = []
        for key, g in self.tables[table].items():
            row: dict[str, Any] = dict(zip(columns, key, strict=True))
            row.update(
                total=g.total, mentions=g.mentions, ranges=g.ranges, documents=sorted(g.documents)
            )
            rows.append(row)
        rows.sort(key=lambda r: (-r["total"], tuple(str(r[c]) for c in columns)))
        return rows


def _year(date: dict[str, Any] | None) -> str | None:
    """Year of a DATE value: its value, else the start of its interval."""
    if not date:
        return None
    for key in ("value", "start", "min"):
        text = str(date.get(key) or "")
        if len(text) >= 4 and text[:4].isdigit():
            return text[:4]
    return None


def flow_year(flow: dict[str, Any], published_year: str | None) -> tuple[str, str]:
    """The year a flow counts in and where it came from: its period or date (``"date"``), else
    the document's publication year (``"published"``), else ``("unknown", "")``."""
    year = _year(flow.get("period")) or _year(flow.get("date"))
    if year:
        return year, "date"
    if published_year:
        return published_year, "published"
    return "unknown", ""


def record_year(record: dict[str, Any]) -> str | None:
    """Publication year of a record (parsed JSON), if it has one."""
    return _year({"value": record.get("published")})


def add_record(summary: Summary, record: dict[str, Any]) -> None:
    """Fold one record (parsed JSON of a :class:`~nlds_nlp.records.DocumentRecord`) in."""
    summary.documents += 1
    doc = str(record.get("id") or record.get("source") or f"doc-{summary.documents}")
    published_year = record_year(record)
    in_flow: set[str] = set()
    for f in record.get("fundings") or []:
        summary.flows += 1
        in_flow.update(f.get("money_ids") or [f.get("money_id")])
        amount = decimal_or_none(f.get("amount"))
        cur, per = f.get("currency") or "", f.get("per") or ""
        if f.get("warnings"):
            for warning in f["warnings"]:
                summary.add("warned", (warning, cur, per), amount, doc)
            continue
        year, source = flow_year(f, published_year)
        summary.add("by_year", (year, source, cur, per), amount, doc)
        if f.get("programme"):
            summary.add("by_programme", (f["programme"], cur, per), amount, doc)
        for role in ("funder", "recipient"):
            if f.get(role):
                summary.add("by_organisation", (f[role], role, cur, per), amount, doc)
        if f.get("funder") or f.get("recipient"):
            flow = (f.get("funder") or "?", f.get("recipient") or "?", cur, per)
            summary.add("flows", flow, amount, doc)
    for m in record.get("money") or []:
        summary.money += 1
        if m["id"] in in_flow:
            continue
        value = m.get("value") or {}
        key = ("no roles", value.get("currency") or "", value.get("per") or "")
        summary.add("unlinked", key, decimal_or_none(value.get("amount")), doc)


def summarize(records: Iterable[dict[str, Any]]) -> Summary:
    """Summary tables of records (dicts as in records JSONL), in one streaming pass."""
    summary = Summary()
    for record in records:
        add_record(summary, record)
    return summary


def read_records(path: Path) -> Iterator[dict[str, Any]]:
    """Records of a JSONL file (or ``DIR/records.jsonl``), one at a time; a malformed line
    raises ``ValueError`` naming the file and line. Shared by ``summarize`` and ``report``."""
    if path.is_dir():
        path = path / "records.jsonl"
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path} line {lineno}: malformed JSON ({exc.msg})") from None
            if not isinstance(record, dict):
                raise ValueError(f"{path} line {lineno}: expected a record object")
            yield record


def summarize_file(path: Path) -> Summary:
    """Summary of a records JSONL file (or ``DIR/records.jsonl``)."""
    summary = Summary()
    for record in read_records(path):
        add_record(summary, record)
    return summary


def _cell(value: Any) -> str:
    if isinstance(value, Decimal):
        return fixed_point(value)
    if isinstance(value, list):
        return ";".join(value)
    return "" if value is None else str(value)


def write_summary(summary: Summary, directory: Path) -> list[Path]:
    """One CSV per table (``documents`` is a ``;``-separated list of record ids)."""
    paths = []
    for table in TABLES:
        columns = (*_KEYS[table], "currency", "per", "total", "mentions", "ranges", "documents")
        path = directory / f"{table}.csv"
        with atomic_writer(path) as fh:
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow(columns)
            for row in summary.rows(table):
                writer.writerow([_cell(row[c]) for c in columns])
        paths.append(path)
    return paths


def _money(total: Decimal) -> str:
    return f"{total:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


def format_tables(summary: Summary, top: int = 15) -> str:
    """The tables as plain text for a terminal (largest totals first, ``top`` rows each)."""
    titles = {
        "by_programme": "Money per programme",
        "by_organisation": "Money per organisation",
        "by_year": "Money per year",
        "flows": "Funder -> recipient",
        "unlinked": "Money without roles (no funding; never in the totals above)",
        "warned": "Flows left out of the totals (warnings)",
    }
    out = [
        f"{summary.documents} document(s), {summary.money} money mention(s), "
        f"{summary.flows} funding flow(s)"
    ]
    for table in TABLES:
        rows = summary.rows(table)
        out.append("")
        out.append(f"{titles[table]} ({len(rows)} row(s))")
        if not rows:
            out.append("  (none)")
            continue
        header = [*_KEYS[table], "cur", "per", "total", "n", "documents"]
        body = []
        for row in rows[:top]:
            docs = row["documents"]
            shown = ", ".join(docs[:3]) + (f" (+{len(docs) - 3})" if len(docs) > 3 else "")
            body.append(
                [
                    *(str(row[k])[:40] for k in _KEYS[table]),
                    row["currency"],
                    row["per"],
                    _money(row["total"]),
                    str(row["mentions"]),
                    shown,
                ]
            )
        widths = [max(len(h), *(len(r[i]) for r in body)) for i, h in enumerate(header)]
        numeric = {len(header) - 3, len(header) - 2}
        for line in (header, *body):
            cells = [
                c.rjust(w) if i in numeric else c.ljust(w)
                for i, (c, w) in enumerate(zip(line, widths, strict=True))
            ]
            out.append("  " + "  ".join(cells).rstrip())
        if len(rows) > top:
            out.append(f"  ... {len(rows) - top} more")
    return "\n".join(out)
