"""Pure value functions of normalise/days.py (issue 12), in tables of invented cases."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from pydantic import ValidationError

from nlds_nlp.normalise import days
from nlds_nlp.normalise.dates import parse_anchor
from nlds_nlp.resources import Currency, NamedDay, currencies, named_days

WED = parse_anchor("2025-03-12")  # a Wednesday, ISO week 11
YEAR_ONLY = parse_anchor("2025")


@pytest.mark.parametrize(
    ("name", "year", "expected"),
    [
        ("pasen", 2018, "2018-04-01"),
        ("pasen", 2025, "2025-04-20"),
        ("goede vrijdag", 2025, "2025-04-18"),
        ("tweede paasdag", 2026, "2026-04-06"),
        ("hemelvaartsdag", 2025, "2025-05-29"),
        ("pinksteren", 2025, "2025-06-08"),
        ("tweede pinksterdag", 2025, "2025-06-09"),
        ("koningsdag", 2025, "2025-04-26"),  # the 27th is a Sunday
        ("koningsdag", 2026, "2026-04-27"),
        ("koningsdag", 2008, "2008-04-30"),  # Koninginnedag
        ("koningsdag", 1900, None),
        ("bevrijdingsdag", 2025, "2025-05-05"),
        ("verantwoordingsdag", 2025, "2025-05-21"),  # third Wednesday of May
        ("veteranendag", 2025, "2025-06-28"),  # last Saturday of June
        ("kerstmis", 2024, "2024-12-25"),
        ("tweede kerstdag", 2024, "2024-12-26"),
        ("oudejaarsdag", 2025, "2025-12-31"),
        ("nieuwjaarsdag", 2026, "2026-01-01"),
        ("Goede  Vrijdag", 2025, "2025-04-18"),
        ("sinterklaas", 2025, None),  # not in the lexicon
    ],
)
def test_named_day(name: str, year: int, expected: str | None) -> None:
    assert days.named_day(name, year) == expected


@pytest.mark.parametrize(
    ("name", "tense", "expected"),
    [
        ("kerstmis", None, "2025-12-25"),
        ("kerstmis", "past", "2024-12-25"),
        ("kerstmis", "future", "2025-12-25"),
        ("nieuwjaarsdag", "future", "2026-01-01"),
        ("nieuwjaarsdag", "past", "2025-01-01"),
    ],
)
def test_resolve_named_day(name: str, tense: days.Tense, expected: str) -> None:
    assert days.resolve_named_day(name, WED, tense) == expected


def test_named_day_needs_an_anchor() -> None:
    assert days.resolve_named_day("pasen", None, None) is None
    assert days.resolve_named_day("pasen", YEAR_ONLY, "past") is None


@pytest.mark.parametrize(
    ("weekday", "tense", "strict", "expected"),
    [
        (1, "past", False, "2025-03-10"),
        (1, "future", False, "2025-03-17"),
        (3, "past", False, "2025-03-12"),  # the publication day itself
        (3, "past", True, "2025-03-05"),  # "afgelopen woensdag" written on a Wednesday
        (3, "future", True, "2025-03-19"),
        (5, "future", False, "2025-03-14"),
        (7, "past", False, "2025-03-09"),
        (2, None, False, None),  # no tense: unknown (spec 6)
    ],
)
def test_resolve_weekday(weekday: int, tense: days.Tense, strict: bool, expected: str) -> None:
    assert days.resolve_weekday(weekday, WED, tense, strict=strict) == expected


@pytest.mark.parametrize(
    ("weekday", "offset", "expected"),
    [(2, 1, "2025-03-18"), (7, -1, "2025-03-09"), (5, 0, "2025-03-14"), (1, 2, "2025-03-24")],
)
def test_weekday_in_week(weekday: int, offset: int, expected: str) -> None:
    assert days.weekday_in_week(weekday, offset, WED) == expected


def test_weekdays_need_a_day_anchor() -> None:
    assert days.weekday_in_week(2, 1, YEAR_ONLY) is None
    assert days.resolve_weekday(2, YEAR_ONLY, "past") is None


@pytest.mark.parametrize(
    ("day", "tense", "expected"),
    [
        (15, None, "2025-03-15"),
        (15, "past", "2025-02-15"),
        (10, "past", "2025-03-10"),
        (10, "future", "2025-04-10"),
        (31, "future", "2025-03-31"),
        (31, "past", None),  # February has no 31st: null rather than a guess
        (30, None, "2025-03-30"),
    ],
)
def test_resolve_day_of_month(day: int, tense: days.Tense, expected: str | None) -> None:
    assert days.resolve_day_of_month(day, WED, tense) == expected


@pytest.mark.parametrize(
    ("weekday", "day", "tense", "expected"),
    [(4, 6, "past", "2025-03-06"), (4, 21, None, "2024-11-21"), (2, 1, "future", "2025-04-01")],
)
def test_resolve_weekday_day_of_month(
    weekday: int, day: int, tense: days.Tense, expected: str
) -> None:
    assert days.resolve_weekday_day_of_month(weekday, day, WED, tense) == expected


@pytest.mark.parametrize(
    ("year", "month", "weekday", "n", "expected"),
    [
        (2025, 9, 2, 3, "2025-09-16"),
        (2025, 7, 5, 1, "2025-07-04"),
        (2025, 6, 6, -1, "2025-06-28"),
        (2025, 12, 3, -1, "2025-12-31"),
        (2025, 2, 1, 5, None),
    ],
)
def test_nth_weekday_of_month(
    year: int, month: int, weekday: int, n: int, expected: str | None
) -> None:
    assert days.nth_weekday_of_month(year, month, weekday, n) == expected


@pytest.mark.parametrize(
    ("year", "week", "expected"),
    [(2019, 10, "2019-W10"), (2020, 53, "2020-W53"), (2021, 53, None), (2025, 0, None)],
)
def test_iso_week_value(year: int, week: int, expected: str | None) -> None:
    assert days.iso_week_value(year, week) == expected


@pytest.mark.parametrize(
    ("week", "tense", "expected"),
    [
        (10, None, "2025-W10"),
        (10, "past", "2025-W10"),
        (10, "future", "2026-W10"),
        (40, "past", "2024-W40"),
        (40, "future", "2025-W40"),
    ],
)
def test_resolve_iso_week(week: int, tense: days.Tense, expected: str) -> None:
    assert days.resolve_iso_week(week, WED, tense) == expected


@pytest.mark.parametrize(
    ("year", "month", "n", "expected"),
    [(2025, 7, -1, "2025-W31"), (2025, 1, 1, "2025-W01"), (2026, 1, 1, "2026-W01")],
)
def test_week_of_month(year: int, month: int, n: int, expected: str) -> None:
    assert days.week_of_month(year, month, n) == expected


@pytest.mark.parametrize(
    ("ordinal", "expected"), [(21, "20"), (20, "19"), (1, "00"), (0, None), (31, None)]
)
def test_century_value(ordinal: int, expected: str | None) -> None:
    assert days.century_value(ordinal) == expected


@pytest.mark.parametrize(
    ("amount", "unit", "expected"),
    [
        ("2", "jaar", "2027"),
        ("3", "maanden", "2025-06"),
        ("10", "maanden", "2026-01"),
        ("1", "kwartaal", "2025-06"),
        ("2", "weken", "2025-W13"),
        ("5", "dagen", "2025-03-17"),
        ("3", "werkdagen", "2025-03-17"),
        ("1.5", "jaar", None),
        ("2", "eeuwen", None),
    ],
)
def test_resolve_in(amount: str, unit: str, expected: str | None) -> None:
    assert days.resolve_in(Decimal(amount), unit, WED) == expected


def test_resolve_in_keeps_the_anchor_granularity() -> None:
    assert days.resolve_in(Decimal(2), "jaar", YEAR_ONLY) == "2027"
    assert days.resolve_in(Decimal(2), "maanden", YEAR_ONLY) is None
    assert days.resolve_in(Decimal(2), "dagen", None) is None


@pytest.mark.parametrize(
    ("amount", "unit", "base", "sign", "expected"),
    [
        ("2", "dagen", 0, 1, "2025-03-14"),
        ("3", "weken", 1, 1, "2025-04-03"),
        ("2", "dagen", -1, -1, "2025-03-09"),
        ("1", "maand", 0, 1, "2025-04-12"),
        ("1", "jaar", 0, -1, "2024-03-12"),
        ("4", "werkdagen", 0, 1, "2025-03-18"),
    ],
)
def test_offset_from_day(amount: str, unit: str, base: int, sign: int, expected: str) -> None:
    assert days.offset_from_day(Decimal(amount), unit, base, sign, WED) == expected


def test_offset_from_day_clamps_to_month_end() -> None:
    jan31 = parse_anchor("2025-01-31")
    assert days.offset_from_day(Decimal(1), "maand", 0, 1, jan31) == "2025-02-28"


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("15", 15),
        ("15e", 15),
        ("21ste", 21),
        ("3de", 3),
        ("vijftien", 15),
        ("vijftiende", 15),
        ("eerste", 1),
        ("achtste", 8),
        ("drieëntwintigste", 23),
        ("tweeentwintig", 22),
        ("eenendertigste", 31),
        ("één", 1),
        ("een", None),
        ("32", None),
        ("veertig", None),
    ],
)
def test_day_word_number(word: str, expected: int | None) -> None:
    assert days.day_word_number(word) == expected


@pytest.mark.parametrize(
    ("amount", "unit", "expected"),
    [
        ("48", "uur", "PT48H"),
        ("20", "minuten", "PT20M"),
        ("1", "kwartier", "PT0.25H"),
        ("1.5", "uur", "PT1.5H"),
        ("123.45", "sec.", "PT123.45S"),
    ],
)
def test_subday_duration_value(amount: str, unit: str, expected: str) -> None:
    assert days.subday_duration_value(Decimal(amount), unit) == {
        "type": "duration",
        "value": expected,
    }


# --- the packaged lexicons validate, and bad entries are refused ---------------------------


def test_packaged_lexicons_load() -> None:
    assert any("pasen" in d.names for d in named_days())
    codes = {c.code for c in currencies()}
    assert {"EUR", "USD", "GBP", "JPY", "CHF", "DKK"} <= codes


@pytest.mark.parametrize(
    "entry",
    [
        {"names": ["x"], "fixed": [2, 30], "easter": 1},  # two rules
        {"names": ["x"]},  # no rule
        {"names": ["Pasen"], "easter": 0},  # not lower case
        {"names": ["x"], "fixed": [13, 1]},
        {"names": ["x"], "nth_weekday": [5, 8, 1]},
        {"names": ["x"], "special": "sinterklaas"},
    ],
)
def test_named_day_entry_rejected(entry: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        NamedDay.model_validate(entry)


@pytest.mark.parametrize(
    "entry",
    [
        {"code": "eur", "names": [], "symbols": [], "subunits": {}},
        {"code": "EUR", "names": ["Euro"], "symbols": [], "subunits": {}},
        {"code": "EUR", "names": [], "symbols": [], "subunits": {"cent": "100"}},
        {"code": "EUR", "names": [], "symbols": [], "subunits": {"cent": "x"}},
    ],
)
def test_currency_entry_rejected(entry: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        Currency.model_validate(json.loads(json.dumps(entry)))
