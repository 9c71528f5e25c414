"""MONEY, issue 12: sums written every other way, one table per category (invented sentences).

Each row lists every MONEY span of its sentence as (surface, amount, currency), so it also
checks that nothing else is found.
"""

from __future__ import annotations

import pytest

from nlds_nlp.grammar.money import find_money
from nlds_nlp.normalise.money import currency_code, parse_composite

Row = tuple[str, list[tuple[str, str | None, str]]]


def found(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (text[m.start : m.end], m.value["amount"], m.value["currency"]) for m in find_money(text)
    ]


SYMBOL_OR_CODE_AFTER: list[Row] = [
    ("De toegang kost 20€ per persoon.", [("20€", "20", "EUR")]),
    ("Er is 10000,00 $ overgemaakt.", [("10000,00 $", "10000", "USD")]),
    ("De licentie kost 3,14US$ per maand.", [("3,14US$", "3.14", "USD")]),
    ("De zending kostte 250 CHF.", [("250 CHF", "250", "CHF")]),
    ("Een ticket kost 800 ¥ in Tokio.", [("800 ¥", "800", "JPY")]),
    ("De omzet steeg naar 10k$ per maand.", [("10k$", "10000", "USD")]),
]

SYMBOL_OR_CODE_BEFORE: list[Row] = [
    ("De gemeente betaalt USD3,14 per eenheid.", [("USD3,14", "3.14", "USD")]),
    ("Het tarief is GBP3,01 per rit.", [("GBP3,01", "3.01", "GBP")]),
    ("Het fonds ontving CHF 2 miljoen.", [("CHF 2 miljoen", "2000000", "CHF")]),
    ("De subsidie is € 2,5k per jaar.", [("€ 2,5k", "2500", "EUR")]),
    ("Het budget is k€ 500 voor dit jaar.", [("k€ 500", "500000", "EUR")]),
    ("Het project kost C$ 40 miljoen.", [("C$ 40 miljoen", "40000000", "CAD")]),
]

CENTS_AND_COMPOSITES: list[Row] = [
    ("Het kaartje kost 20 dollar 43 cent.", [("20 dollar 43 cent", "20.43", "USD")]),
    ("De prijs is $20 en 43c.", [("$20 en 43c", "20.43", "USD")]),
    ("De bijdrage is 7 euro 25.", [("7 euro 25", "7.25", "EUR")]),
    ("De bijdrage is zeven euro vijfentwintig.", [("zeven euro vijfentwintig", "7.25", "EUR")]),
    ("De postzegel kost 3 pond en een penny.", [("3 pond en een penny", "3.01", "GBP")]),
    ("Het tarief stijgt met 12 euro en 5 cent.", [("12 euro en 5 cent", "12.05", "EUR")]),
    ("Hij kreeg 5 euro en 50 mensen kwamen.", [("5 euro", "5", "EUR")]),  # no cents: a list
    ("Het boekje kost 12 dollar en 40.", [("12 dollar en 40", "12.4", "USD")]),
    ("De entree was 4 euro en vijftig.", [("4 euro en vijftig", "4.5", "EUR")]),
    ("Het ligt tussen 10 euro en 15.", [("10 euro en 15", None, "EUR")]),  # a range
]

COINS: list[Row] = [
    ("Zij vond een kwartje op straat.", [("een kwartje", "0.25", "NLG")]),
    ("Het kostte vroeger drie dubbeltjes.", [("drie dubbeltjes", "0.3", "NLG")]),
    ("Hij leende haar een tientje.", [("een tientje", "10", "NLG")]),
    ("Voor 2 stuivers kocht je een krant.", [("2 stuivers", "0.1", "NLG")]),
    ("Toen viel het kwartje bij de wethouder.", []),
    ("Het was een dubbeltje op zijn kant.", []),
]

SUBUNITS_ALONE: list[Row] = [
    ("Het tarief stijgt met 4 cent per kilowattuur.", [("4 cent", "0.04", "EUR")]),
    ("Een sms kost vijftien cent.", [("vijftien cent", "0.15", "EUR")]),
    ("De heffing is 30 pence per liter.", [("30 pence", "0.3", "GBP")]),
]

FOREIGN_CURRENCIES: list[Row] = [
    ("Japan gaf 500 miljoen yen uit.", [("500 miljoen yen", "500000000", "JPY")]),
    (
        "De bank leende 2 miljard Zwitserse franken.",
        [("2 miljard Zwitserse franken", "2000000000", "CHF")],
    ),
    (
        "Denemarken betaalt 40 miljoen Deense kronen.",
        [("40 miljoen Deense kronen", "40000000", "DKK")],
    ),
    (
        "Canada investeert 3 miljard Canadese dollar.",
        [("3 miljard Canadese dollar", "3000000000", "CAD")],
    ),
    (
        "Het contract was 900 duizend Surinaamse dollar waard.",
        [("900 duizend Surinaamse dollar", "900000", "SRD")],
    ),
    (
        "India trekt 100 crore niet, maar 70 miljard roepies uit.",
        [("70 miljard roepies", "70000000000", "INR")],
    ),
]

NEGATIVES: list[str] = [
    "De kroon op het werk is de rand van de tafel.",
    "Frank kreeg 20 stemmen.",
    "Het aandeel steeg 5 procent.",
    "In 1 cel zaten 3 mensen.",
]


def _cases(rows: list[Row]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize(("text", "expected"), rows, ids=[r[0][:60] for r in rows])


@_cases(SYMBOL_OR_CODE_AFTER)
def test_symbol_or_code_after_the_number(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@_cases(SYMBOL_OR_CODE_BEFORE)
def test_symbol_or_code_before_or_glued(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@_cases(CENTS_AND_COMPOSITES)
def test_cents_and_composites(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@_cases(COINS)
def test_coins_named_for_their_value(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@_cases(SUBUNITS_ALONE)
def test_subunits_alone(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@_cases(FOREIGN_CURRENCIES)
def test_foreign_currencies(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_money(text: str) -> None:
    assert found(text) == []


def test_year_before_a_symbol_is_not_a_sum() -> None:
    text = "van 1 januari 2011 tot en met 31 juli 2016 € 39,9 miljoen."
    assert found(text) == [("€ 39,9 miljoen", "39900000", "EUR")]


@pytest.mark.parametrize(
    ("surface", "amount", "code"),
    [
        ("20 dollar 43 cent", "20.43", "USD"),
        ("5 euro 50", "5.50", "EUR"),
        ("25 cent", "0.25", "EUR"),
        ("een penny", "0.01", "GBP"),
        ("100 penni", "1.00", "FIM"),
        ("$20 en 43c", "20.43", "USD"),
    ],
)
def test_parse_composite(surface: str, amount: str, code: str) -> None:
    from decimal import Decimal

    result = parse_composite(surface)
    assert result is not None
    assert (result[0], result[1]) == (Decimal(amount), code)


@pytest.mark.parametrize(
    "surface",
    ["tussen 10 euro en 15", "$20 en 43", "5 euro 150", "€ 5 miljoen", "20 dollar 120 cent"],
)
def test_parse_composite_rejects(surface: str) -> None:
    assert parse_composite(surface) is None


@pytest.mark.parametrize(
    ("token", "code"),
    [
        ("Japanse yen", "JPY"),
        ("DKK", "DKK"),
        ("¥", "JPY"),
        ("元", "CNY"),
        ("NZ$", "NZD"),
        ("Deense kronen", "DKK"),
        ("Zuid-Afrikaanse rand", "ZAR"),
        ("rand", None),
        ("frank", None),
    ],
)
def test_currency_code_from_lexicon(token: str, code: str | None) -> None:
    assert currency_code(token) == code
