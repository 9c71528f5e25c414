"""Tables for Dutch numeral parsing: digits, words, scales, formatting, Recognizers-Text cases."""

from __future__ import annotations

from decimal import Decimal

import pytest

from nlds_nlp.normalise.numbers import format_decimal, parse_amount, parse_number, scale_factor

# --- digits -----------------------------------------------------------------------------------

DIGITS: list[tuple[str, str]] = [
    ("0", "0"),
    ("1", "1"),
    ("7", "7"),
    ("42", "42"),
    ("350", "350"),
    ("2019", "2019"),
    ("1250000", "1250000"),
    ("1.250", "1250"),
    ("1.250.000", "1250000"),
    ("12.500.000", "12500000"),
    ("291.890", "291890"),
    ("1.234,567", "1234.567"),
    ("1.250.000,50", "1250000.5"),
    ("23,5", "23.5"),
    ("4,25", "4.25"),
    ("0,5", "0.5"),
    ("2,20", "2.2"),
    ("4,800", "4.8"),  # a single comma is always a decimal comma in Dutch
    ("9,2321312", "9.2321312"),
    (",08", "0.08"),
    (",23456000", "0.23456"),
    ("24,-", "24"),
    ("24,–", "24"),
    ("24,—", "24"),
    ("24,=", "24"),
    ("50.000,–", "50000"),
    ("450.000, –", "450000"),
    ("300.000,-", "300000"),
    ("90.756,00", "90756"),
    ("11.250,00", "11250"),
    ("1 250 000", "1250000"),
    ("1\u00a0250\u00a0000", "1250000"),
    ("1\u202f250\u202f000", "1250000"),
    ("40\u202f000", "40000"),
    ("1 234 567,89", "1234567.89"),
    ("1\u00a0447\u00a0093,31", "1447093.31"),
    ("1 414 021 100", "1414021100"),
    ("1,250,000", "1250000"),  # English grouping, unambiguous with two commas
    ("1,250,000.75", "1250000.75"),
    ("1,250.50", "1250.5"),
    ("2.5", "2.5"),  # an English decimal point: Dutch never groups fewer than 3 digits
    ("0.75", "0.75"),
    ("192.", "192"),
    ("-12", "-12"),
    ("- 12", "-12"),
    ("-9,2321312", "-9.2321312"),
    ("−3", "-3"),
    ("123456789101231", "123456789101231"),
    (" 17 ", "17"),
]


@pytest.mark.parametrize(("text", "expected"), DIGITS)
def test_digits(text: str, expected: str) -> None:
    result = parse_number(text)
    assert result is not None
    assert format_decimal(result) == expected


# --- words ------------------------------------------------------------------------------------

_UNIT_WORDS = ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
_TENS_WORDS = ["twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig"]
_TENS_WORDS.append("negentig")


def _compound(unit: int, tens: int) -> str:
    """Independent oracle: Dutch writes "ën" after a unit ending in e (tweeëntwintig)."""
    u = _UNIT_WORDS[unit - 1]
    return u + ("ën" if u.endswith("e") else "en") + _TENS_WORDS[tens - 2]


COMPOUNDS: list[tuple[str, int]] = [
    (_compound(u, t), t * 10 + u) for t in range(2, 10) for u in range(1, 10)
]

WORDS: list[tuple[str, str]] = [
    ("nul", "0"),
    ("een", "1"),
    ("één", "1"),
    ("twee", "2"),
    ("drie", "3"),
    ("vier", "4"),
    ("vijf", "5"),
    ("zes", "6"),
    ("zeven", "7"),
    ("acht", "8"),
    ("negen", "9"),
    ("tien", "10"),
    ("elf", "11"),
    ("twaalf", "12"),
    ("dertien", "13"),
    ("veertien", "14"),
    ("vijftien", "15"),
    ("zestien", "16"),
    ("zeventien", "17"),
    ("achttien", "18"),
    ("negentien", "19"),
    ("twintig", "20"),
    ("dertig", "30"),
    ("veertig", "40"),
    ("vijftig", "50"),
    ("zestig", "60"),
    ("zeventig", "70"),
    ("tachtig", "80"),
    ("negentig", "90"),
    ("tweeentwintig", "22"),  # without the diaeresis, as often typed
    ("drieenvijftig", "53"),
    ("honderd", "100"),
    ("honderdzes", "106"),
    ("honderdenzes", "106"),
    ("honderdacht", "108"),
    ("honderdzestien", "116"),
    ("honderdvijftig", "150"),
    ("honderdeenenzestig", "161"),
    ("honderd en twintig", "120"),
    ("tweehonderd", "200"),
    ("achthonderd", "800"),
    ("zeshonderdachtenzeventig", "678"),
    ("zeshonderdenachtenzeventig", "678"),
    ("duizend", "1000"),
    ("tweeduizend", "2000"),
    ("tweeduizend tweehonderd", "2200"),
    ("tweeduizend tweehonderdtwintig", "2220"),
    ("tweeduizend zestien", "2016"),
    ("tweeduizend en zestien", "2016"),
    ("tweeduizend vijfhonderdzevenenzeventig", "2577"),
    ("tweeduizend en vijfhonderdzevenenzeventig", "2577"),
    ("vierduizend twee", "4002"),
    ("vierduizend en twee", "4002"),
    ("zesduizend achtentwintig", "6028"),
    ("tweeëntwintighonderd", "2200"),
    ("vijfentwintighonderdzevenenzeventig", "2577"),
    ("vijfentwintighonderdenzevenenzeventig", "2577"),
    ("tweeendertigduizend tweehonderd", "32200"),
    ("honderdduizend", "100000"),
    ("honderd duizend", "100000"),
    ("driehonderdeenentachtigduizend", "381000"),
    ("zevenhonderdduizend", "700000"),
    ("drie miljoen", "3000000"),
    ("een miljoen", "1000000"),
    ("een biljoen", "1000000000000"),
    ("eenentwintig biljoen", "21000000000000"),
    ("honderdduizend miljoen", "100000000000"),
    ("vijf miljard tweehonderd miljoen", "5200000000"),
    ("negen miljoen en zevenhonderdduizend", "9700000"),
    ("zeventien miljoen drieënvijftigduizend negenhonderdtachtig", "17053980"),
    ("een miljoen tweeduizend tweehonderd", "1002200"),
    # halves and quarters
    ("half", "0.5"),
    ("een half", "0.5"),
    ("een halve", "0.5"),
    ("anderhalf", "1.5"),
    ("anderhalve", "1.5"),
    ("Anderhalf", "1.5"),
    ("tweeënhalf", "2.5"),
    ("tweeenhalf", "2.5"),
    ("drieënhalf", "3.5"),
    ("vijfenhalf", "5.5"),
    ("twaalfenhalve", "12.5"),
    ("twee en een half", "2.5"),
    ("vijf en een half", "5.5"),
    ("twaalf en een halve", "12.5"),
    ("een kwart", "0.25"),
    ("drie kwart", "0.75"),
    ("driekwart", "0.75"),
    ("drie en een kwart", "3.25"),
    ("vijf en een kwart", "5.25"),
    ("honderd driekwart", "100.75"),
    ("een half miljoen", "500000"),
    ("een half miljard", "500000000"),
    ("anderhalf miljoen", "1500000"),
    ("drieënhalf miljoen", "3500000"),
    ("twee en een half miljard", "2500000000"),
    ("een miljard en een half miljoen", "1000500000"),
    ("vijf miljard en driekwart", "5750000000"),
    ("3 miljoen en een half", "3500000"),
    # digits with scales
    ("2 miljoen", "2000000"),
    ("1 biljoen", "1000000000000"),
    ("23,5 miljoen", "23500000"),
    ("1,2 mld.", "1200000000"),
    ("500 mln", "500000000"),
    ("10k", "10000"),
    ("2,33 k", "2330"),
    ("- 10  k", "-10000"),
    ("min vijf", "-5"),
    ("min een", "-1"),
]


@pytest.mark.parametrize(("text", "expected"), WORDS)
def test_words(text: str, expected: str) -> None:
    result = parse_number(text)
    assert result is not None, text
    assert format_decimal(result) == expected


@pytest.mark.parametrize(("text", "expected"), COMPOUNDS)
def test_compound_words_21_to_99(text: str, expected: int) -> None:
    assert parse_number(text) == Decimal(expected)


NOT_NUMBERS: list[str] = [
    "",
    "   ",
    "en",
    "een en",
    "achten",
    "tegen",
    "euro",
    "miljoenen mensen",
    "2 miljoen mensen",
    "180ml",
    "29km",
    "twintig dertig",
    "twintig en dertig",
    "423 0000",
    "1e10",
    "1,1^23",
    "4/5",
    "twee derde",
    "honderdachtste",
    "5%",
    "abc",
]


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_not_numbers(text: str) -> None:
    assert parse_number(text) is None


# --- scales -----------------------------------------------------------------------------------

AMOUNTS: list[tuple[str, str | None, str]] = [
    ("23,5", "miljoen", "23500000"),
    ("1,2", "mld.", "1200000000"),
    ("1,2", "mld", "1200000000"),
    ("1,2", "mrd", "1200000000"),
    ("1,2", "mrd.", "1200000000"),
    ("500", "mln", "500000000"),
    ("500", "mln.", "500000000"),
    ("500", "Mln.", "500000000"),
    ("0,4", "mln", "400000"),
    ("2,704", "mln", "2704000"),
    ("1,4407", "mln", "1440700"),
    ("twee", "miljard", "2000000000"),
    ("een half", "miljard", "500000000"),
    ("drieënhalf", "miljoen", "3500000"),
    ("anderhalf", "miljard", "1500000000"),
    ("vier", "miljard", "4000000000"),
    ("5", "duizend", "5000"),
    ("10", "k", "10000"),
    ("3", "biljoen", "3000000000000"),
    ("1.400", "miljard", "1400000000000"),
    ("125", None, "125"),
    ("125", "", "125"),
    ("24,-", None, "24"),
    ("6", "mio", "6000000"),
    ("2", "MILJOEN", "2000000"),
]


@pytest.mark.parametrize(("number", "scale", "expected"), AMOUNTS)
def test_parse_amount(number: str, scale: str | None, expected: str) -> None:
    assert format_decimal(parse_amount(number, scale)) == expected


def test_parse_amount_rejects_non_numbers() -> None:
    with pytest.raises(ValueError):
        parse_amount("veel", "miljoen")
    with pytest.raises(ValueError):
        parse_amount("5", "procent")


def test_scale_factor_plural_and_empty() -> None:
    assert scale_factor("miljoenen") == Decimal(10) ** 6
    assert scale_factor(None) == 1


def test_exact_not_float() -> None:
    # 0.1 + 0.2 style errors would show up here with floats
    assert parse_amount("0,1", "miljard") + parse_amount("0,2", "miljard") == Decimal(300000000)
    assert isinstance(parse_number("4,25"), Decimal)


FORMATS: list[tuple[str, str]] = [
    ("23500000", "23500000"),
    ("2.35E+7", "23500000"),
    ("4.250", "4.25"),
    ("4.25", "4.25"),
    ("0", "0"),
    ("0.000", "0"),
    ("1E+12", "1000000000000"),
    ("100", "100"),
    ("0.5", "0.5"),
    ("-12.0", "-12"),
    ("1447093.31", "1447093.31"),
    ("1000500000.00", "1000500000"),
]


@pytest.mark.parametrize(("raw", "expected"), FORMATS)
def test_format_decimal(raw: str, expected: str) -> None:
    assert format_decimal(Decimal(raw)) == expected
