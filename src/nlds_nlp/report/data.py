"""What the report shows, gathered from records in one pass: flows, documents, mentions, totals.

Records carry offsets, not texts, so each document's text is read back from its ``source`` with
the same readers ``extract`` used (a path, or ``path:line`` for JSON Lines; tried as given, then
beside the records file). A text that cannot be read, or no longer matches the offsets (the
file changed since extraction), is left out: the document then shows only the sentences its
flows were read from, which the records carry, so every flow still links to its sentence.

Offsets are sent to the browser in UTF-16 code units, since that is how JavaScript indexes
strings; Python counts code points, and the two differ after any character outside the BMP.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from nlds_nlp.records import fixed_point
from nlds_nlp.relations.flows import decimal_or_none
from nlds_nlp.summarize import Summary, add_record, flow_year, read_records, record_year

LABELS = ("MONEY", "ORG", "PROGRAMME", "DATE", "PERSON", "LOC", "LAW")
_MENTION_FIELDS = ("money", "dates", "organisations", "programmes", "persons", "locations", "laws")


class TextSource:
    """Texts of documents by their record's ``source``, read with the extract readers."""

    def __init__(self, base: Path | None = None) -> None:
        self.base = base
        self._jsonl: dict[Path, dict[int, bytes]] = {}

    def _locate(self, name: str) -> Path | None:
        path = Path(name)
        if path.exists():
            return path
        if self.base is not None and not path.is_absolute() and (self.base / path).exists():
            return self.base / path
        return None

    def text(self, record: dict[str, Any]) -> str | None:
        """The document's text, or None when its source cannot be found or read."""
        from nlds_nlp.io.readers import JSONL_SUFFIXES, InputError, parse_document, read_bytes

        source = record.get("source")
        if not source:
            return None
        try:
            path = self._locate(source)
            if path is not None and path.suffix.lower() not in JSONL_SUFFIXES:
                doc = parse_document(read_bytes(path), path, doc_id=record.get("id"))
                return doc.text
            name, _, lineno = source.rpartition(":")
            path = self._locate(name) if name and lineno.isdigit() else None
            if path is None:
                return None
            row = json.loads(self._lines(path).get(int(lineno), b"null"))
            text = row.get("text") if isinstance(row, dict) else None
            return text if isinstance(text, str) else None
        except (InputError, OSError, ValueError):
            return None

    def _lines(self, path: Path) -> dict[int, bytes]:
        if path not in self._jsonl:
            with path.open("rb") as fh:
                self._jsonl[path] = dict(enumerate(fh, start=1))
        return self._jsonl[path]


def utf16_index(text: str) -> Callable[[int], int]:
    """Code-point offset -> UTF-16 offset for ``text`` (the identity for BMP-only text)."""
    astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
    if not astral:
        return lambda i: i
    return lambda i: i + bisect_right(astral, i - 1)


def _money_value(v: dict[str, Any]) -> str:
    cur = v.get("currency") or ""
    if v.get("amount") not in (None, ""):
        text = f"{cur} {v['amount']}".strip()
    elif v.get("min") not in (None, "") or v.get("max") not in (None, ""):
        text = f"{cur} {v.get('min') or '?'} – {v.get('max') or '?'}".strip()
    else:
        text = cur or "?"
    extra = [str(v[k]) for k in ("qualifier", "per") if v.get(k)]
    return " ".join([text, *(f"({e})" for e in extra)])


def _date_value(v: dict[str, Any] | None) -> str:
    if not v:
        return ""
    if v.get("value"):
        text = str(v["value"])
    elif v.get("start") or v.get("end"):
        text = f"{v.get('start') or '?'} – {v.get('end') or '?'}"
    else:
        text = f"{v.get('min') or '?'} – {v.get('max') or '?'}"
    return f"{text} ({v['mod']})" if v.get("mod") else text


def _tip(m: dict[str, Any], names: dict[str, str]) -> str:
    """What hovering or clicking a mention shows: its value and, for money, its roles."""
    label = m.get("label", "")
    v = m.get("value") or {}
    lines = [label]
    if label == "MONEY":
        lines.append(_money_value(v))
        for role, ref in (m.get("roles") or {}).items():
            if ref:
                lines.append(f"{role}: {names.get(ref, ref)}")
    elif label == "DATE":
        lines.append(f"{v.get('type', '')} {_date_value(v)}".strip())
    elif v.get("canonical") and v["canonical"] != m.get("text"):
        lines.append(f"canonical: {v['canonical']}")
    return "\n".join(lines)


@dataclass
class ReportData:
    """Everything the page needs; ``payload`` is what goes into the page as JSON."""

    title: str
    docs: list[dict[str, Any]] = field(default_factory=list)
    flows: list[dict[str, Any]] = field(default_factory=list)
    summary: Summary = field(default_factory=Summary)
    texts_found: int = 0
    texts_missing: int = 0

    @property
    def payload(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "labels": LABELS,
            "docs": self.docs,
            "flows": self.flows,
            "unlinked": self.unlinked(),
        }

    def unlinked(self) -> dict[str, Any]:
        """Sums without roles: counted apart, never in a total."""
        rows = self.summary.rows("unlinked")
        docs: set[str] = set()
        for r in rows:
            docs.update(r["documents"])
        return {"mentions": sum(r["mentions"] for r in rows), "documents": len(docs)}


def _document(
    record: dict[str, Any], index: int, text: str | None
) -> tuple[dict[str, Any], Callable[[int], int], dict[str, str]]:
    mentions = [m for f in _MENTION_FIELDS for m in record.get(f) or []]
    names = {
        m["id"]: (m.get("value") or {}).get("canonical") or m.get("text", "") for m in mentions
    }
    if text is not None and any(text[m["start"] : m["end"]] != m.get("text") for m in mentions):
        text = None  # the file changed since extraction: offsets no longer fit
    if text is not None:
        at = utf16_index(text)
        parts = [[0, text]]
    else:
        # Only the flows' sentences, each keyed by its offset in the (absent) text.
        seen: dict[int, str] = {}
        for f in record.get("fundings") or []:
            if f.get("sentence") and f.get("sentence_start") is not None:
                seen.setdefault(f["sentence_start"], f["sentence"])
        parts = [[start, sentence] for start, sentence in sorted(seen.items())]
        at = _in_sentences(parts)
    marks = []
    label_index = {label: i for i, label in enumerate(LABELS)}
    for m in sorted(mentions, key=lambda m: (m["start"], -m["end"])):
        if m.get("label") not in label_index:
            continue
        marks.append([at(m["start"]), at(m["end"]), label_index[m["label"]], _tip(m, names)])
    doc = {
        "id": str(record.get("id") or record.get("source") or f"doc-{index + 1}"),
        "title": record.get("title") or "",
        "published": record.get("published") or "",
        "source": record.get("source") or "",
        "full": text is not None,
        "parts": parts,
        "marks": marks,
    }
    return doc, at, names


def _in_sentences(parts: list[list[Any]]) -> Callable[[int], int]:
    """Offsets for a document shown as sentences only: a sentence keeps its code-point offset
    as its key, and a position inside it counts UTF-16 units from there (what the page
    slices by). Positions outside every sentence are never shown and stay as they are."""
    starts = [p[0] for p in parts]

    def at(i: int) -> int:
        k = bisect_right(starts, i) - 1
        if k < 0 or i > starts[k] + len(parts[k][1]):
            return i
        start, sentence = parts[k]
        return start + utf16_index(sentence)(i - start)

    return at


def _flow_row(
    f: dict[str, Any], doc_index: int, at: Callable[[int], int], published_year: str | None
) -> dict[str, Any]:
    year, year_from = flow_year(f, published_year)
    amount = decimal_or_none(f.get("amount"))
    period = f.get("period") or f.get("date")
    when = _date_value(period)
    if period and (f.get("period_text") or f.get("date_text")):
        when = f"{f.get('period_text') or f.get('date_text')} ({when})"
    sentence_start = f.get("sentence_start")
    return {
        "d": doc_index,
        "f": f.get("funder") or "",
        "r": f.get("recipient") or "",
        "p": f.get("programme") or "",
        "a": fixed_point(amount) if amount is not None else "",
        "lo": f.get("min") or "",
        "hi": f.get("max") or "",
        "c": f.get("currency") or "",
        "per": f.get("per") or "",
        "q": f.get("qualifier") or "",
        "t": f.get("text") or "",
        "when": when,
        "y": year,
        "yf": year_from,
        "s": at(sentence_start) if sentence_start is not None else None,
        "se": at(f["sentence_end"]) if f.get("sentence_end") is not None else None,
        "m": at(f["start"]) if f.get("start") is not None else None,
        "w": "; ".join(f.get("warnings") or []),
    }


def collect(
    path: Path, *, texts: bool = True, base: Path | None = None, title: str | None = None
) -> ReportData:
    """Read the records at ``path`` into :class:`ReportData`. With ``texts``, each document's
    text is read back from its source (relative sources also tried under ``base``, by default
    the records file's directory)."""
    source = TextSource(base if base is not None else path.resolve().parent) if texts else None
    data = ReportData(title=title or f"Funding report: {path.name}")
    for record in read_records(path):
        add_record(data.summary, record)
        text = source.text(record) if source is not None else None
        doc, at, _ = _document(record, len(data.docs), text)
        if doc["full"]:
            data.texts_found += 1
        else:
            data.texts_missing += 1
        published_year = record_year(record)
        for f in record.get("fundings") or []:
            data.flows.append(_flow_row(f, len(data.docs), at, published_year))
        data.docs.append(doc)
    return data


def flow_totals(flows: list[dict[str, Any]]) -> dict[tuple[str, str], Decimal]:
    """Totals per (currency, per) of the flows that may be summed (one amount, no warning):
    the same rule as :attr:`nlds_nlp.records.Funding.summable`, used to check the page."""
    totals: dict[tuple[str, str], Decimal] = {}
    for f in flows:
        if f["a"] and not f["w"]:
            key = (f["c"], f["per"])
            totals[key] = totals.get(key, Decimal(0)) + Decimal(f["a"])
    return totals
