"""TIMEX3 normaliser: anchors, tables, tense and relative resolution, and external test sets.

The external sets (dateparser's Dutch cases, Microsoft Recognizers-Text Dutch DateParser and
DurationParser specs) have their own span conventions, so they are used for VALUES only: our
finder runs on their input with their reference date as the anchor, and the value of our span
that overlaps their span is compared. The scope filters are documented next to each loader.
"""

from __future__ import annotations

import json
import os
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from nlds_nlp.grammar.dates import find_dates
from nlds_nlp.normalise import dates as nd
from nlds_nlp.normalise.dates import Anchor, parse_anchor
from nlds_nlp.normalise.days import resolve_in

SEED = parse_anchor("2020-06-25")

# ---------------------------------------------------------------------------------------------
# Anchor


@pytest.mark.parametrize(
    ("published", "expected", "granularity"),
    [
        ("2020-06-25", Anchor(2020, 6, 25), "day"),
        ("2018-03", Anchor(2018, 3), "month"),
        ("2020", Anchor(2020), "year"),
        (" 2020-06-25 ", Anchor(2020, 6, 25), "day"),
        ("1999-12-31", Anchor(1999, 12, 31), "day"),
        ("2024-02-29", Anchor(2024, 2, 29), "day"),
    ],
)
def test_parse_anchor(published: str, expected: Anchor, granularity: str) -> None:
    anchor = parse_anchor(published)
    assert anchor == expected
    assert anchor is not None and anchor.granularity == granularity


@pytest.mark.parametrize("published", [None, "", "   "])
def test_parse_anchor_empty(published: str | None) -> None:
    assert parse_anchor(published) is None


@pytest.mark.parametrize(
    "published",
    [
        "25-06-2020",
        "2020/06/25",
        "20",
        "2020-6-25",
        "2020-13",
        "2020-02-30",
        "juni 2020",
        "2020-06-25T10:00",
        "2023-02-29",
        "abcd",
    ],
)
def test_parse_anchor_rejects(published: str) -> None:
    with pytest.raises(ValueError, match="published"):
        parse_anchor(published)


def test_anchor_helpers() -> None:
    a = Anchor(2020, 6, 25)
    assert a.has("day") and a.has("month") and a.has("year")
    assert Anchor(2020).has("year") and not Anchor(2020).has("month")
    assert a.quarter == 2 and Anchor(2020).quarter is None
    assert Anchor(2020, 6).as_date() is None


# ---------------------------------------------------------------------------------------------
# Tables and value builders


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2014, "2014-09-16"),
        (2015, "2015-09-15"),
        (2016, "2016-09-20"),
        (2017, "2017-09-19"),
        (2018, "2018-09-18"),
        (2019, "2019-09-17"),
        (2020, "2020-09-15"),
        (2021, "2021-09-21"),
        (2022, "2022-09-20"),
        (2023, "2023-09-19"),
        (2024, "2024-09-17"),
        (2025, "2025-09-16"),
        (2026, "2026-09-15"),
        (2027, "2027-09-21"),
        (2028, "2028-09-19"),
        (2029, "2029-09-18"),
        (2030, "2030-09-17"),
    ],
)
def test_prinsjesdag(year: int, expected: str) -> None:
    assert nd.prinsjesdag(year) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1", Decimal(1)),
        ("10", Decimal(10)),
        ("3,5", Decimal("3.5")),
        ("een", Decimal(1)),
        ("één", Decimal(1)),
        ("twee", Decimal(2)),
        ("zeven", Decimal(7)),
        ("tien", Decimal(10)),
        ("elf", Decimal(11)),
        ("twaalf", Decimal(12)),
        ("dertien", Decimal(13)),
        ("negentien", Decimal(19)),
        ("twintig", Decimal(20)),
        ("dertig", Decimal(30)),
        ("veertig", Decimal(40)),
        ("vijftig", Decimal(50)),
        ("honderd", Decimal(100)),
        ("vijfentwintig", Decimal(25)),
        ("tweeëntwintig", Decimal(22)),
        ("achtenveertig", Decimal(48)),
        ("half", Decimal("0.5")),
        ("een half", Decimal("0.5")),
        ("anderhalf", Decimal("1.5")),
        ("anderhalve", Decimal("1.5")),
        ("tweeënhalf", Decimal("2.5")),
        ("tweeëneenhalf", Decimal("2.5")),
        ("EEN", Decimal(1)),
        ("paar", None),
        ("", None),
        ("veel", None),
    ],
)
def test_parse_number(text: str, expected: Decimal | None) -> None:
    assert nd.parse_number(text) == expected


@pytest.mark.parametrize(
    ("amount", "unit", "expected"),
    [
        (7, "jaar", "P7Y"),
        (1, "jaren", "P1Y"),
        (4, "maanden", "P4M"),
        (2, "weken", "P2W"),
        (10, "dagen", "P10D"),
        (Decimal("3.5"), "jaar", "P3.5Y"),
        (Decimal("0.5"), "jaar", "P0.5Y"),
        (2, "decennia", "P20Y"),
        (1, "eeuw", "P100Y"),
        (2, "kwartalen", "P6M"),
        (1, "kwartaal", "P3M"),
        (4, "werkdagen", "P4D"),
        (None, "jaar", None),
        (Decimal("10.0"), "jaar", "P10Y"),
    ],
)
def test_duration_value(amount: Any, unit: str, expected: str | None) -> None:
    assert nd.duration_value(amount, unit) == {"type": "duration", "value": expected}


def test_duration_range_value() -> None:
    assert nd.duration_range_value(10, 15, "jaar") == {
        "type": "duration",
        "value": None,
        "min": "P10Y",
        "max": "P15Y",
    }


def test_value_builders() -> None:
    assert nd.date_value("2020") == {"type": "date", "value": "2020"}
    assert nd.date_value("2020", "START") == {"type": "date", "value": "2020", "mod": "START"}
    assert nd.interval_value("2021", "2025") == {"type": "interval", "start": "2021", "end": "2025"}
    assert nd.vague_value("past") == {"type": "date", "value": "PAST_REF"}
    assert nd.vague_value("future") == {"type": "date", "value": "FUTURE_REF"}
    assert nd.vague_value(None) == {"type": "date", "value": None}
    assert nd.season_value(None, "SP") == "XXXX-SP"
    assert nd.season_value(2020, "WI") == "2020-WI"
    assert nd.quarter_value(2021, 3) == "2021-Q3"
    assert nd.half_value(2016, 1) == "2016-H1"
    assert nd.decade_value(1980) == "198"
    assert nd.month_value(2020, 1) == "2020-01"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("januari", 1),
        ("Maart", 3),
        ("mei", 5),
        ("okt.", 10),
        ("sept", 9),
        ("mrt", 3),
        ("dec.", 12),
        ("jun", 6),
        ("zomer", None),
        ("", None),
    ],
)
def test_month_number(name: str, expected: int | None) -> None:
    assert nd.month_number(name) == expected


@pytest.mark.parametrize(
    ("y", "m", "d", "expected"),
    [
        (2020, 6, 25, "2020-06-25"),
        (2020, 2, 29, "2020-02-29"),
        (2019, 2, 29, None),
        (2020, 4, 31, None),
        (2003, 1, 1, "2003-01-01"),
    ],
)
def test_resolve_full_date(y: int, m: int, d: int, expected: str | None) -> None:
    assert nd.resolve_full_date(y, m, d) == expected


@pytest.mark.parametrize(
    ("text", "expected"), [("2021", 2021), ("’21", 2021), ("'89", 1989), ("x", None), ("123", None)]
)
def test_expand_year(text: str, expected: int | None) -> None:
    assert nd.expand_year(text) == expected


# ---------------------------------------------------------------------------------------------
# Relative resolution: never the clock, only the anchor

A_DAY = Anchor(2020, 6, 25)
A_MONTH = Anchor(2020, 6)
A_YEAR = Anchor(2020)
A_JAN = Anchor(2021, 1, 15)
A_DEC = Anchor(2020, 12, 20)


@pytest.mark.parametrize(
    ("month", "anchor", "tense", "strict", "expected"),
    [
        (10, A_DAY, "past", False, "2019-10"),  # seed: "De in oktober gestarte ..."
        (10, A_DAY, "future", False, "2020-10"),  # "in oktober start"
        (10, A_DAY, None, False, "2020-10"),
        (3, A_DAY, "past", False, "2020-03"),
        (3, A_DAY, "future", False, "2021-03"),
        (6, A_DAY, "past", False, "2020-06"),
        (6, A_DAY, "future", False, "2020-06"),
        (6, A_DAY, "past", True, "2019-06"),
        (6, A_DAY, "future", True, "2021-06"),
        (7, A_DAY, "past", True, "2019-07"),  # "afgelopen juli"
        (5, A_DAY, "past", True, "2020-05"),
        (12, A_JAN, "past", False, "2020-12"),
        (2, A_DEC, "future", False, "2021-02"),
        (10, A_MONTH, "past", False, "2019-10"),
        (10, A_YEAR, None, False, "2020-10"),
        (10, A_YEAR, "past", False, None),  # needs the anchor month
        (10, None, None, False, None),
        (10, None, "future", False, None),
    ],
)
def test_resolve_month(
    month: int, anchor: Anchor | None, tense: Any, strict: bool, expected: str | None
) -> None:
    assert nd.resolve_month(month, anchor, tense, strict) == expected


@pytest.mark.parametrize(
    ("code", "anchor", "tense", "strict", "expected"),
    [
        ("FA", A_DAY, None, False, "2020-FA"),
        ("FA", A_DAY, "future", True, "2020-FA"),  # "komend najaar"
        ("FA", A_DAY, "past", True, "2019-FA"),  # "afgelopen najaar"
        ("SP", A_DAY, "past", False, "2020-SP"),
        ("SP", A_DAY, "future", False, "2021-SP"),
        ("SU", A_DAY, "future", False, "2020-SU"),
        ("SU", A_DAY, "past", False, "2020-SU"),
        ("SU", A_DAY, "past", True, "2019-SU"),
        ("WI", A_DAY, "past", True, "2019-WI"),  # winter Dec 2019 - Feb 2020
        ("WI", A_DAY, "future", True, "2020-WI"),
        ("WI", A_JAN, None, False, "2021-WI"),
        ("WI", A_JAN, "past", False, "2020-WI"),  # January 2021 is in winter 2020
        ("SP", A_JAN, "future", True, "2021-SP"),
        ("FA", A_YEAR, None, False, "2020-FA"),
        ("FA", A_YEAR, "future", True, None),
        ("FA", None, None, False, None),
    ],
)
def test_resolve_season(
    code: str, anchor: Anchor | None, tense: Any, strict: bool, expected: str | None
) -> None:
    assert nd.resolve_season(code, anchor, tense, strict) == expected


@pytest.mark.parametrize(
    ("q", "anchor", "tense", "expected"),
    [
        (3, A_DAY, None, "2020-Q3"),
        (1, A_DAY, "past", "2020-Q1"),
        (1, A_DAY, "future", "2021-Q1"),
        (4, A_DAY, "past", "2019-Q4"),
        (2, A_DAY, "past", "2020-Q2"),
        (3, A_YEAR, None, "2020-Q3"),
        (3, A_YEAR, "past", None),
        (3, None, None, None),
    ],
)
def test_resolve_quarter(q: int, anchor: Anchor | None, tense: Any, expected: str | None) -> None:
    assert nd.resolve_quarter(q, anchor, tense) == expected


@pytest.mark.parametrize(
    ("h", "anchor", "tense", "expected"),
    [
        (2, A_DAY, None, "2020-H2"),
        (2, A_DAY, "past", "2019-H2"),
        (1, A_DAY, "future", "2020-H1"),
        (1, Anchor(2020, 8, 1), "future", "2021-H1"),
        (1, A_DAY, "past", "2020-H1"),
        (1, None, None, None),
        (1, A_YEAR, "past", None),
    ],
)
def test_resolve_half(h: int, anchor: Anchor | None, tense: Any, expected: str | None) -> None:
    assert nd.resolve_half(h, anchor, tense) == expected


@pytest.mark.parametrize(
    ("fn", "offset", "anchor", "expected"),
    [
        (nd.resolve_relative_year, 0, A_DAY, "2020"),
        (nd.resolve_relative_year, 1, A_YEAR, "2021"),
        (nd.resolve_relative_year, -1, A_MONTH, "2019"),
        (nd.resolve_relative_year, 0, None, None),
        (nd.resolve_relative_month, 0, A_DAY, "2020-06"),
        (nd.resolve_relative_month, -1, A_JAN, "2020-12"),
        (nd.resolve_relative_month, 1, A_DEC, "2021-01"),
        (nd.resolve_relative_month, 0, A_YEAR, None),
        (nd.resolve_relative_quarter, -1, A_DAY, "2020-Q1"),
        (nd.resolve_relative_quarter, -1, A_JAN, "2020-Q4"),
        (nd.resolve_relative_quarter, 1, A_DEC, "2021-Q1"),
        (nd.resolve_relative_quarter, 0, A_YEAR, None),
        (nd.resolve_relative_week, 0, A_DAY, "2020-W26"),
        (nd.resolve_relative_week, 1, A_DAY, "2020-W27"),
        (nd.resolve_relative_week, 0, Anchor(2021, 1, 1), "2020-W53"),
        (nd.resolve_relative_week, 0, A_MONTH, None),
        (nd.resolve_relative_day, 0, A_DAY, "2020-06-25"),
        (nd.resolve_relative_day, -1, Anchor(2020, 3, 1), "2020-02-29"),
        (nd.resolve_relative_day, 1, Anchor(2020, 12, 31), "2021-01-01"),
        (nd.resolve_relative_day, 0, A_MONTH, None),
        (nd.resolve_relative_day, 0, None, None),
    ],
)
def test_relative(fn: Any, offset: int, anchor: Anchor | None, expected: str | None) -> None:
    assert fn(offset, anchor) == expected


@pytest.mark.parametrize(
    ("amount", "unit", "anchor", "expected"),
    [
        (Decimal(2), "jaar", A_DAY, "2018"),
        (Decimal(3), "maanden", A_DAY, "2020-03"),
        (Decimal(10), "dagen", A_DAY, "2020-06-15"),
        (Decimal(2), "weken", A_DAY, "2020-W24"),
        (Decimal(1), "decennium", A_YEAR, "2010"),
        (Decimal("1.5"), "jaar", A_DAY, None),
        (Decimal(2), "jaar", None, None),
        (Decimal(3), "maanden", A_YEAR, None),
    ],
)
def test_resolve_ago(
    amount: Decimal, unit: str, anchor: Anchor | None, expected: str | None
) -> None:
    assert nd.resolve_ago(amount, unit, anchor) == expected


@pytest.mark.parametrize(
    ("day", "month", "anchor", "tense", "expected"),
    [
        (24, 3, A_DAY, "past", "2020-03-24"),  # "24 maart jl."
        (30, 6, A_DAY, "past", "2019-06-30"),
        (25, 6, A_DAY, "past", "2020-06-25"),
        (1, 7, A_DAY, "future", "2020-07-01"),  # "1 juli a.s."
        (1, 6, A_DAY, "future", "2021-06-01"),
        (1, 1, A_DAY, None, "2020-01-01"),
        (24, 3, A_MONTH, "past", "2020-03-24"),
        (24, 3, A_YEAR, None, "2020-03-24"),
        (24, 3, A_YEAR, "past", None),
        (24, 3, None, "past", None),
        (29, 2, Anchor(2017, 3, 22), "future", "2020-02-29"),
        (29, 2, Anchor(2017, 3, 22), "past", "2016-02-29"),
        (30, 2, A_DAY, None, None),
    ],
)
def test_resolve_day_month(
    day: int, month: int, anchor: Anchor | None, tense: Any, expected: str | None
) -> None:
    assert nd.resolve_day_month(day, month, anchor, tense) == expected


@pytest.mark.parametrize(
    ("anchor", "tense", "expected"),
    [
        (A_DAY, None, "2020-09-15"),
        (A_DAY, "past", "2019-09-17"),
        (A_DAY, "future", "2020-09-15"),
        (Anchor(2020, 10, 1), "past", "2020-09-15"),
        (Anchor(2020, 10, 1), "future", "2021-09-21"),
        (A_YEAR, None, "2020-09-15"),
        (A_YEAR, "past", None),
        (None, None, None),
    ],
)
def test_resolve_prinsjesdag(anchor: Anchor | None, tense: Any, expected: str | None) -> None:
    assert nd.resolve_prinsjesdag(anchor, tense) == expected


# ---------------------------------------------------------------------------------------------
# Tense cues

TENSE_CASES: list[tuple[str, str, Any]] = [
    ("De in oktober gestarte Nederlandse AI Coalitie krijgt geld.", "oktober", "past"),
    ("In oktober start de nieuwe ronde.", "oktober", "future"),
    ("In oktober zal de minister de Kamer informeren.", "oktober", "future"),
    ("In oktober zullen we de Kamer informeren.", "oktober", "future"),
    ("In oktober gaat het nieuwe loket open.", "oktober", "future"),
    ("In maart was de brief al verstuurd.", "maart", "past"),
    ("In maart werd de regeling gewijzigd.", "maart", "past"),
    ("In maart waren er 40 aanvragen.", "maart", "past"),
    ("In maart is het plan gepresenteerd.", "maart", "past"),
    ("In maart heeft de minister het plan aangekondigd.", "maart", "past"),
    ("In maart hebben wij het plan gepubliceerd.", "maart", "past"),
    ("In maart is het zover.", "maart", None),
    ("Het plan volgt in maart.", "maart", "future"),
    (
        "Ik zeg toe dat ik in mei terugkom op het voorstel dat het vorige kabinet had.",
        "mei",
        "future",
    ),
    ("In mei begon de bouw.", "mei", "past"),
    ("De in mei begonnen bouw loopt door.", "mei", "past"),
    ("De Kamer wordt in mei geïnformeerd.", "mei", "future"),
    ("De minister verwacht in mei een besluit.", "mei", "future"),
    ("Sinds mei geldt de regel.", "mei", "past"),
    ("Het rapport uit september.", "september", None),
    ("In mei, toen het kabinet viel, was alles anders.", "mei", "past"),
    ("De brief die we in mei krijgen, bespreken we; het vorige kabinet had dat.", "mei", None),
    ("Het plan dat in maart verscheen, wordt in oktober uitgevoerd.", "maart", "past"),
    ("Het plan dat in maart verscheen, wordt in oktober uitgevoerd.", "oktober", "future"),
]


@pytest.mark.parametrize(("text", "word", "expected"), TENSE_CASES)
def test_detect_tense(text: str, word: str, expected: Any) -> None:
    start = text.index(word)
    assert nd.detect_tense(text, start, start + len(word)) == expected


# ---------------------------------------------------------------------------------------------
# External test sets (values only)


def _shared() -> Path:
    env = os.environ.get("NLDS_SHARED")
    path = Path(env) if env else Path(__file__).resolve().parents[2] / ".." / "shared"
    return path


def _load(rel: str) -> Any:
    path = _shared() / "data" / "normalisation" / rel
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8-sig"))


def _skip_if_missing(data: Any, rel: str) -> None:
    if data is None:
        pytest.skip(f"{rel} not found under the shared directory (set NLDS_SHARED)")


def _overlapping(text: str, start: int, end: int, published: str | None) -> list[dict[str, Any]]:
    return [m.value for m in find_dates(text, published) if m.start < end and m.end > start]


# --- Recognizers-Text DateParser -------------------------------------------------------------
#
# Scope (one result = one case). A result is in scope when its text, after an optional
# leading "op"/"de", is one of the shapes the spec covers:
#   (a) a day number + month name/abbreviation, optional weekday before, optional 4-digit year
#       in 1900-2099 ("maandag 12 januari 2016", "2 okt.", "29 feb");
#   (b) a numeric date with a 4-digit year in 1900-2099 ("22-2-2016", "13.5.2015");
#   (c) a relative day word (vandaag, gisteren, eergisteren, morgen, overmorgen);
#   (d) "<number> <unit> geleden" with one unit.
# Out of scope: number-word days and years ("eenentwintig mei", "tweeduizend achttien"),
# ordinal-only days ("de 15e"), weekday arithmetic ("volgende week zondag"), offsets from now
# ("over 2 weken", "twee dagen vanaf morgen": the spec makes the number+unit a duration),
# two-digit years, years outside 1900-2099, and compound offsets ("1 maand en 21 dagen
# geleden").
# Expected value: the fully specified Timex; for a date without a year (Timex "XXXX-MM-DD")
# one of Recognizers' future/past resolutions (our tense cue picks which); for an impossible
# date (their resolution "0001-01-01") None; for (d) the resolution cut to our granularity (a
# text saying "twee jaar geleden" is a year, not a day).

_RT_MONTH = r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.?"
_RT_WD = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
_RT_SCOPE = [
    re.compile(
        rf"(?:{_RT_WD},?\s+)?\d{{1,2}}(?:e|ste|de)?\s+{_RT_MONTH}(?:,?\s+(?:19|20)\d\d)?", re.I
    ),
    re.compile(r"\d{1,2}[-/.,\s]+(?:\d{1,2}|[a-z]{3})[-/.,\s]+(?:19|20)\d\d", re.I),
    re.compile(r"vandaag|gisteren|eergisteren|morgen|overmorgen", re.I),
    re.compile(
        r"(?:\d+|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s+(?:jaar|jaren|maand|maanden|week|weken|dag|dagen)\s+geleden",
        re.I,
    ),
]
# Known gaps: in scope by the rules above, but not (yet) handled. strict xfail: fixing one
# makes the test fail until the entry is removed here.
_RT_DATE_GAPS = {
    "12-08, 2015": "day-month and year split by a comma is not a numeric date shape we accept",
}


def _rt_date_cases() -> list[Any]:
    data = _load("recognizers-text/DateParser.json")
    if data is None:
        return [pytest.param(None, id="missing")]
    cases = []
    for i, case in enumerate(data):
        ref = case["Context"]["ReferenceDateTime"][:10]
        for res in case.get("Results") or []:
            text = re.sub(r"^(?:op|de)\s+", "", res["Text"], flags=re.I)
            if not any(rx.fullmatch(text) for rx in _RT_SCOPE):
                continue
            marks = []
            if res["Text"] in _RT_DATE_GAPS:
                marks.append(pytest.mark.xfail(strict=True, reason=_RT_DATE_GAPS[res["Text"]]))
            cases.append(
                pytest.param((case["Input"], ref, res), id=f"{i}:{res['Text']}", marks=marks)
            )
    return cases


@pytest.mark.parametrize("case", _rt_date_cases())
def test_recognizers_dateparser_values(case: Any) -> None:
    _skip_if_missing(case, "recognizers-text/DateParser.json")
    text, ref, res = case
    start, end = res["Start"], res["Start"] + res["Length"]
    values = _overlapping(text, start, end, ref)
    assert len(values) == 1, values
    got = values[0]
    assert got["type"] == "date"
    timex = res["Value"]["Timex"]
    future = res["Value"]["FutureResolution"]["date"]
    past = res["Value"]["PastResolution"]["date"]
    if future == "0001-01-01":
        assert got["value"] is None
    elif "geleden" in res["Text"]:
        assert got["value"] is not None and past.startswith(got["value"].split("-W")[0])
    elif timex.startswith("XXXX"):
        assert got["value"] in {future, past}
    else:
        assert got["value"] == timex


# --- Recognizers-Text DurationParser ---------------------------------------------------------
#
# Scope: single-unit durations in years/months/weeks/days (Timex "P<n>Y|M|W|D") whose text,
# after an optional leading "nog", is a number (digits, a number word, "(een) half",
# "anderhalve") + a unit word. Out of scope: hours/minutes/seconds (the spec's durations are
# calendar units; "om 10 uur" is a clock time), "de hele dag"/"het volle jaar" (no spec rule),
# vague counts ("een paar weken", "een aantal dagen": Recognizers guesses 2 or 3), and
# compound durations ("1 jaar, 1 maand en 21 dagen").

_RT_DUR_SCOPE = re.compile(
    r"(?:nog\s+)?(?:\d+(?:,\d+)?|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf"
    r"|twaalf|veertien|twintig|dertig|(?:een\s+)?half|anderhalve?)\s*"
    r"(?:jaar|jaren|maand|maanden|week|weken|dag|dagen|decennia|decennium)",
    re.I,
)


def _rt_duration_cases() -> list[Any]:
    data = _load("recognizers-text/DurationParser.json")
    if data is None:
        return [pytest.param(None, id="missing")]
    cases = []
    for i, case in enumerate(data):
        ref = case["Context"]["ReferenceDateTime"][:10]
        for res in case.get("Results") or []:
            if not re.fullmatch(r"P\d+(?:\.\d+)?[YMWD]", res["Value"]["Timex"]):
                continue
            if not _RT_DUR_SCOPE.fullmatch(res["Text"]):
                continue
            cases.append(pytest.param((case["Input"], ref, res), id=f"{i}:{res['Text']}"))
    return cases


@pytest.mark.parametrize("case", _rt_duration_cases())
def test_recognizers_duration_values(case: Any) -> None:
    _skip_if_missing(case, "recognizers-text/DurationParser.json")
    text, ref, res = case
    values = _overlapping(text, res["Start"], res["Start"] + res["Length"], ref)
    assert values == [{"type": "duration", "value": res["Value"]["Timex"]}]


def test_recognizers_scope_is_not_empty() -> None:
    """Guard against a filter that silently drops everything."""
    if _load("recognizers-text/DateParser.json") is None:
        pytest.skip("recognizers-text data not found under the shared directory")
    assert len(_rt_date_cases()) >= 40
    assert len(_rt_duration_cases()) >= 10


# --- dateparser Dutch cases ------------------------------------------------------------------
#
# dateparser has no anchor in these cases (it uses the clock), so relative cases are checked
# against a fixed anchor, 2000-01-01, and their English translation gives the expected shift.
# Scope: kinds "parse", "search_dates" and "translate"/"translate_relative" whose input is a
# full date with a 4-digit year in 1900-2099, a relative day word, "<n> <unit> geleden",
# "volgende maand"/"vorige jaar", or "nu" (which must NOT be a DATE: spec, vague words).
# Out of scope: "detect_language"; hours and minutes ("17 uur geleden", "45 minuten").

_DP_ANCHOR = "2000-01-01"
_EN_MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        1,
    )
}
_DP_GAPS = {
    "vr jan 24, 2014 12:49": "month-before-day order with weekday abbreviation is not Dutch prose",
    "15 dgn geleden": "the abbreviation 'dgn' for dagen is not supported",
    "4 augustus 1678 zaterdag": "years before 1900 are outside the year range on purpose",
}


def _dp_expected(case: dict[str, Any]) -> tuple[str, Any]:
    """(kind of check, expected) for one dateparser case."""
    kind, text = case["kind"], case["input"].strip()
    if kind == "parse":
        return "value", case["expected"][:10]
    if kind == "search_dates":
        if case["expected"] is None:
            # dateparser finds nothing here (capitalised weekday); we do better
            return "value", "1941-06-22"
        return "span_value", (case["expected"][0][0], case["expected"][0][1][:10])
    en = case.get("expected_en")
    if text == "nu":
        return "none", None
    if en is None:
        # dateparser cannot translate these; we still expect the date without the clock time
        m = re.search(r"(\d{1,2}) (\w+)(?: (\d{4}))?", text)
        assert m is not None
        return "surface", m.group(0) if m.group(3) else f"{_weekday_prefix(text)}{m.group(0)}"
    m = re.fullmatch(r"(?:\w+day )?(\d+) (\w+) (\d{4})(?: \w+day)?(?: [\d:]+)?", en)
    if m:
        return "value", f"{int(m.group(3)):04d}-{_EN_MONTHS[m.group(2)]:02d}-{int(m.group(1)):02d}"
    m = re.fullmatch(r"(\d+) (day|month|year) ago", en)
    if m:
        n, unit = int(m.group(1)), m.group(2)
        anchor = parse_anchor(_DP_ANCHOR)
        dutch = {"day": "dagen", "month": "maanden", "year": "jaar"}[unit]
        if re.search(r"geleden$", text):
            return "value", nd.resolve_ago(Decimal(n), dutch, anchor)
        if unit == "day":
            return "value", nd.resolve_relative_day(-n, anchor)
        if unit == "year":
            return "value", nd.resolve_relative_year(-n, anchor)
        return "value", nd.resolve_relative_month(-n, anchor)
    m = re.fullmatch(r"in (\d+) (month|year|day)", en)
    if m:
        if text.startswith("over "):
            # spec 6: "over twee jaar" points at a moment: a date at the granularity stated
            unit = {"month": "maanden", "year": "jaar", "day": "dagen"}[m.group(2)]
            anchor = parse_anchor(case.get("settings", {}).get("RELATIVE_BASE", _DP_ANCHOR))
            return "value", resolve_in(Decimal(m.group(1)), unit, anchor)
        return "value", nd.resolve_relative_month(int(m.group(1)), parse_anchor(_DP_ANCHOR))
    return "skip", en


def _weekday_prefix(text: str) -> str:
    m = re.match(r"(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) ", text)
    return m.group(0) if m else ""


def _dp_cases() -> list[Any]:
    data = _load("dateparser/dutch_cases.json")
    if data is None:
        return [pytest.param(None, id="missing")]
    out = []
    for case in data["cases"]:
        if case["kind"] == "detect_language":
            continue
        if re.search(r"\b(?:uur|minuten|minuut|seconden)\b", case["input"]):
            continue
        marks = []
        if case["input"].strip() in _DP_GAPS:
            marks.append(pytest.mark.xfail(strict=True, reason=_DP_GAPS[case["input"].strip()]))
        out.append(pytest.param(case, id=case["input"].strip()[:40], marks=marks))
    return out


@pytest.mark.parametrize("case", _dp_cases())
def test_dateparser_dutch_values(case: Any) -> None:
    _skip_if_missing(case, "dateparser/dutch_cases.json")
    check, expected = _dp_expected(case)
    if check == "skip":
        pytest.skip(f"no comparable expectation: {expected}")
    text = case["input"]
    published = case.get("settings", {}).get("RELATIVE_BASE", _DP_ANCHOR)
    matches = find_dates(text, published)
    if check == "none":
        assert matches == []
        return
    assert len(matches) == 1, [(text[m.start : m.end], m.value) for m in matches]
    m = matches[0]
    if check == "surface":
        assert text[m.start : m.end] == expected
    elif check == "span_value":
        assert (text[m.start : m.end], m.value["value"]) == expected
    else:
        assert m.value.get("value") == expected
