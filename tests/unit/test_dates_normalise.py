"""TIMEX3 normaliser: anchors, tables, tense and relative resolution (invented cases).

The outside suites (dateparser's and Recognizers-Text's Dutch cases in ../shared) are a
measuring stick only and stay out of the tests: benchmarks/normalisation.py runs them.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from nlds_nlp.normalise import dates as nd
from nlds_nlp.normalise.dates import Anchor, parse_anchor

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
