"""Sums in budget tables: bare numbers under a header that states a money unit (spec 6).

Budget documents, annual accounts and provincial subsidy tables reach us flattened to one cell a
line, under a header such as "(bedragen x € 1.000)", "x € 1 miljoen" or "(in €)". A line that
holds only a number is then a sum in that unit ("1.250" → 1250000, ``currency_implicit``); a
cell that already has its € gets the unit applied too ("€ 2.587" under "€ x1000"). Years,
row codes ("4.1", "03.02.01") and percentages are no cells. A table without a stated unit has
no money cells: the scale would be a guess.

Pure functions over the text; linear: one scan for headers and one over lines.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from decimal import Decimal

from nlds_nlp.grammar.base import Match

__all__ = ["find_table_money", "lines", "pipe_cells", "unit_headers"]

LABEL = "MONEY"

_EURO = r"(?:€|eur(?:o)?\b)"
_ONE_THOUSAND = r"(?:1[.\s]?000(?:,-)?|duizend)(?![.\d])"
_ONE_MILLION = r"(?:1[.\s]?000[.\s]?000|1\s*(?:mln\.?|miljoen))(?![.\d])"
_ONE_BILLION = r"(?:1\s*(?:mld\.?|miljard))(?![.\d])"
_TIMES = r"(?:x|×|maal)"
# "(bedragen x € 1.000)", "€ x1000", "x 1.000 euro", "x € 1 miljoen", "(in € mln)", "(in €)",
# "(bedragen in €)"
UNIT_HEADER_RE = re.compile(
    rf"(?P<times>{_TIMES}\s*{_EURO}\s*(?P<a>{_ONE_BILLION}|{_ONE_MILLION}|{_ONE_THOUSAND})"
    rf"|{_EURO}\s*{_TIMES}\s*(?P<b>{_ONE_BILLION}|{_ONE_MILLION}|{_ONE_THOUSAND})"
    rf"|{_TIMES}\s*(?P<c>{_ONE_BILLION}|{_ONE_MILLION}|{_ONE_THOUSAND})\s*{_EURO}"
    rf"|\(\s*(?:bedragen\s+)?in\s*{_EURO}\s*(?P<d>mln\.?|miljoen|mld\.?|miljard|duizend|1[.]?000)?\s*\)"
    # "Bedragen x 1.000", "(bedragen x 1000,-)": the word "bedragen" says the unit is money
    rf"|bedragen\s*{_TIMES}\s*(?P<e>{_ONE_BILLION}|{_ONE_MILLION}|{_ONE_THOUSAND}))",
    re.IGNORECASE,
)
# Cheap test whether a text may hold a unit header at all.
HEADER_HINT_RE = re.compile(
    r"[x×]\s*(?:€|eur|1[.\s]?0|1\s*m)|€\s*[x×]|\(\s*(?:bedragen\s+)?in\s*(?:€|eur)|bedragen\s*[x×]",
    re.I,
)
# A cell number: thousands dots or none, up to two decimals; its sign stays outside the span.
_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d{1,6}(?:,\d{1,2})?"
_SIGN = r"(?:-/-|[-–−‒—+])?"  # hyphen, en, minus, figure and em dash
# A cell alone on its line, with an optional sign and "N"/"V" (nadelig/voordelig) mark.
CELL_RE = re.compile(
    rf"^[^\S\n]*+{_SIGN}[^\S\n]*+(?P<num>{_NUMBER})[^\S\n]*+(?:[NV])?[^\S\n]*+$",
    re.MULTILINE,
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_CODE = re.compile(r"^0\d")  # "01", "03.1": row and chapter codes, not sums
GROUPED_RE = re.compile(r"\d\.\d{3}(?![\d.])")  # a thousands point: "1.573", "12.601"
# A table with a code column ("Art.", "Nr.") numbers its rows: "21" right above a row's name
# ("21\n\nLand- en tuinbouw") is an article number, not a sum.
CODE_COLUMN_RE = re.compile(r"^[^\S\n]*(?:Art\.?|Artikel|Nr\.?|Code|Volgnr\.?)[^\S\n]*$", re.M)
ROW_CODE_RE = re.compile(r"\d{1,3}\n[^\S\n]*\n?[^\S\n]*[A-ZÀ-Ý]")
# One number filling a cell of a pipe row ("| -17 |"), sign outside the span.
# (blank runs possessive: two optional runs side by side split a long blank cell every way)
PIPE_CELL_RE = re.compile(rf"\s*+{_SIGN}\s*+(?P<num>{_NUMBER})\s*+(?:[NV])?\s*+$")


def pipe_cells(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """Cell extents of a pipe row ("Naam | 12 | 14 |") in ``text[start:end]``, else None."""
    line = text[start:end]
    if line.count("|") < 2:
        return None
    cells, pos = [], start
    for part in line.split("|"):
        cells.append((pos, pos + len(part)))
        pos += len(part) + 1
    return cells


def _unit(m: re.Match[str]) -> Decimal:
    word = (
        m.group("a") or m.group("b") or m.group("c") or m.group("d") or m.group("e") or ""
    ).lower()
    if not word:
        return Decimal(1)
    if "mld" in word or "miljard" in word:
        return Decimal(10) ** 9
    if "mln" in word or "miljoen" in word or word.replace(".", "").replace(" ", "") == "1000000":
        return Decimal(10) ** 6
    return Decimal(1000)


def lines(text: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """(start, end) of each line from ``start`` on, without its newline."""
    pos = start
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        yield pos, end
        pos = end + 1


def _header_spans(text: str) -> list[tuple[int, int, Decimal]]:
    """(start, end, unit) of every money-unit header, in text order."""
    return [(m.start(), m.end(), _unit(m)) for m in UNIT_HEADER_RE.finditer(text)]


def unit_headers(text: str) -> list[tuple[int, Decimal]]:
    """(offset, unit) of every money-unit header, in text order."""
    return [(end, unit) for _, end, unit in _header_spans(text)]


def _plain(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _amount(number: str, unit: Decimal) -> str:
    """A Dutch cell number ("1.250", "3,5") times the unit, as a plain decimal string."""
    return _plain(Decimal(number.replace(".", "").replace(",", ".")) * unit)


class _Scopes:
    """Which header's unit holds at an offset: the last header ending at or before it; and
    whether that table writes its thousands with a point ("1.573"), found once per table."""

    def __init__(self, headers: list[tuple[int, Decimal]], text: str = "") -> None:
        self.ends = [at for at, _ in headers]
        self.units = [unit for _, unit in headers]
        bounds = [*self.ends, len(text)]
        self.grouped = [
            GROUPED_RE.search(text, bounds[i], bounds[i + 1]) is not None
            for i in range(len(self.ends))
        ]

    def __call__(self, pos: int) -> Decimal | None:
        i = bisect.bisect_right(self.ends, pos)
        return self.units[i - 1] if i else None

    def code(self, pos: int, number: str) -> bool:
        """A plain run of four or more digits ("60501") in a table that groups its thousands
        ("1.573", "2.569") is a cost-centre or row code, not a sum."""
        if len(number) < 4 or not number.isdigit():
            return False
        i = bisect.bisect_right(self.ends, pos)
        return bool(i and self.grouped[i - 1])


def _cell(start: int, end: int, number: str, unit: Decimal) -> Match:
    value = {"amount": _amount(number, unit), "currency": "EUR", "currency_implicit": True}
    return Match(start, end, LABEL, "table_cell", value)


def find_table_money(text: str, found: list[Match]) -> list[Match]:
    """``found`` (the grammar's sums) with table cells added and scaled by their header's unit.

    A cell already found (a "€ 2.587" line) gets its amount scaled; a bare number line becomes
    a new span with pattern ``table_cell``.
    """
    if not HEADER_HINT_RE.search(text):
        return found  # every unit header multiplies ("x", "×") or says "(in €"
    spans = _header_spans(text)
    if not spans:
        return found
    scope = _Scopes([(end, unit) for _, end, unit in spans], text)
    first = spans[0][1]
    out: list[Match] = []
    taken: set[int] = set()  # starts of lines that hold one found sum
    k = 0
    for m in found:
        # the unit in the header itself ("x € 1.000") is no sum
        while k < len(spans) and spans[k][1] <= m.start:
            k += 1
        if k < len(spans) and spans[k][0] < m.end:
            continue
        unit = scope(m.start) if m.start >= first else None
        line_start = text.rfind("\n", 0, m.start) + 1
        line_end = text.find("\n", m.end)
        line_end = len(text) if line_end < 0 else line_end
        alone = (
            not text[line_start : m.start].strip(" \t-–−‒—") and not text[m.end : line_end].strip()
        )
        amount = m.value.get("amount")
        if alone:
            taken.add(line_start)
            if unit is not None and unit != 1 and amount is not None and "min" not in m.value:
                value = dict(m.value)
                value["amount"] = _plain(Decimal(str(amount)) * unit)
                m = Match(m.start, m.end, m.label, m.pattern + "+table_unit", value)
        out.append(m)
    # a code column's header may stand before the unit header ("Nr. / Onderwerp (bedragen in €)")
    codes = [m.start() for m in CODE_COLUMN_RE.finditer(text)]
    for c in CELL_RE.finditer(text, first):
        start, end = c.span("num")
        if c.start() in taken:
            continue
        number = c.group("num")
        if _YEAR.match(number):
            continue
        if codes and codes[0] < start and ROW_CODE_RE.match(text, start):
            continue
        if scope.code(start, number):
            continue
        unit = scope(start)
        if unit is None:
            continue
        out.append(_cell(start, end, number, unit))
    out.extend(_pipe_cells(text, first, scope, taken))
    out.extend(_row_cells(text, first, scope, taken, out))
    out.sort(key=lambda m: m.start)
    return _drop_footnotes(text, out)


FOOTNOTE_RE = re.compile(r"\d{1,2}")


def _drop_footnotes(text: str, found: list[Match]) -> list[Match]:
    """Rows of a flattened table one cell longer than most, ending in a bare one- or two-digit
    number ("... / – 475.592 / 1 / Uitgaven"), end in a footnote mark, not a sum, when two or
    more such rows number their marks upwards (a lone short cell may be a real small sum).

    Runs are table cells separated by whitespace only; the usual row length is the most common
    run length among runs of at least two cells. One pass over the cells."""
    runs: list[list[int]] = []
    for i, m in enumerate(found):
        if m.pattern != "table_cell":
            continue
        if runs and not text[found[runs[-1][-1]].end : m.start].strip(" \t\n-–−‒—"):
            runs[-1].append(i)
        else:
            runs.append([i])
    lengths: dict[int, int] = {}
    for run in runs:
        if len(run) >= 2:
            lengths[len(run)] = lengths.get(len(run), 0) + 1
    if not lengths:
        return found
    usual = max(lengths, key=lambda n: (lengths[n], n))
    drop = _footnote_marks(text, found, runs, usual)
    if drop is None and usual - 1 in lengths:
        # most rows carry a mark ("... / ‒ 851.351 / 1", "... / 31.336 / 2"), the unmarked rows
        # show the true row length
        drop = _footnote_marks(text, found, runs, usual - 1)
    if drop is None:
        return found
    return [m for i, m in enumerate(found) if i not in drop]


def _footnote_marks(
    text: str, found: list[Match], runs: list[list[int]], usual: int
) -> set[int] | None:
    """Indexes of the last cells of rows one cell longer than ``usual`` that are footnote marks:
    bare one- or two-digit numbers without a sign, at least two, rising in text order."""
    marks: list[tuple[int, int]] = []  # (index, number) of candidate footnote marks
    for run in runs:
        last = found[run[-1]]
        if (
            len(run) == usual + 1
            and FOOTNOTE_RE.fullmatch(text[last.start : last.end])
            and not text[found[run[-2]].end : last.start].strip(" \t\n")  # no sign before it
        ):
            marks.append((run[-1], int(text[last.start : last.end])))
    # footnotes are numbered: at least two marks, rising in text order ("1", "2", "4")
    numbers = [n for _, n in marks]
    if len(marks) < 2 or any(a >= b for a, b in itertools.pairwise(numbers)):
        return None
    return {i for i, _ in marks}


# A row on one line: a label, then two or more numbers ("Organisatiekosten 5.888 6.584 6.921").
ROW_LINE_RE = re.compile(
    rf"^(?P<label>[^\S\n]*[^\W\d][^\n]*?)(?P<cells>(?:[^\S\n]+{_SIGN}(?:{_NUMBER})){{2,}})"
    rf"[^\S\n]*$",
    re.MULTILINE,
)
ROW_NUM_RE = re.compile(rf"{_SIGN}(?P<num>{_NUMBER})")


def _row_cells(
    text: str, first: int, scope: _Scopes, taken: set[int], found: list[Match]
) -> list[Match]:
    """Numbers that end a labelled row on one line, under a header ("Totaal 01 18.558 22.010")."""
    starts = {m.start for m in found}
    out = []
    for row in ROW_LINE_RE.finditer(text, first):
        if row.start() in taken or "|" in row.group(0):
            continue
        unit = scope(row.start())
        if unit is None:
            continue
        for c in ROW_NUM_RE.finditer(text, row.start("cells"), row.end("cells")):
            start, end = c.span("num")
            number = c.group("num")
            if (
                start in starts
                or _YEAR.match(number)
                or _CODE.match(number)
                or scope.code(start, number)
            ):
                continue
            out.append(_cell(start, end, number, unit))
    return out


def _pipe_cells(text: str, first: int, scope: _Scopes, taken: set[int]) -> list[Match]:
    """Numbers alone in the cells of pipe rows ("N1. Raad | -17 | -17 |") under a header."""
    out = []
    for pos, end in lines(text, first):
        if pos in taken or text.find("|", pos, end) < 0:
            continue
        for cs, ce in pipe_cells(text, pos, end) or ():
            c = PIPE_CELL_RE.match(text, cs, ce)
            if c is None or _YEAR.match(c.group("num")):
                continue
            start, stop = c.span("num")
            unit = scope(start)
            if unit is not None:
                out.append(_cell(start, stop, c.group("num"), unit))
    return out
