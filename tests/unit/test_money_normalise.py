"""Tables for the MONEY normaliser: currency codes, qualifiers, rates, recurrence, values."""

from __future__ import annotations

from typing import Any

import pytest

from nlds_nlp.normalise.money import (
    currency_code,
    detect_per,
    detect_qualifier,
    detect_recurrent,
    money_value,
    parse_money_surface,
)

CURRENCIES: list[tuple[str, str | None]] = [
    ("€", "EUR"),
    ("EUR", "EUR"),
    ("eur", "EUR"),
    ("euro", "EUR"),
    ("Euro", "EUR"),
    ("euro's", "EUR"),
    ("euro’s", "EUR"),
    ("euros", "EUR"),
    ("$", "USD"),
    ("US$", "USD"),
    ("USD", "USD"),
    ("dollar", "USD"),
    ("dollars", "USD"),
    ("Amerikaanse dollar", "USD"),
    ("US-dollar", "USD"),
    ("£", "GBP"),
    ("GBP", "GBP"),
    ("pond", "GBP"),
    ("Britse pond", "GBP"),
    ("pond sterling", "GBP"),
    ("gulden", "NLG"),
    ("guldens", "NLG"),
    ("ƒ", "NLG"),
    ("fl.", "NLG"),
    ("f", "NLG"),
    ("NLG", "NLG"),
    ("yen", "JPY"),
    ("Zwitserse franken", "CHF"),
    ("canadese  dollar", "CAD"),
    ("kroon", None),
    ("procent", None),
]


@pytest.mark.parametrize(("token", "code"), CURRENCIES)
def test_currency_code(token: str, code: str | None) -> None:
    assert currency_code(token) == code


QUALIFIERS: list[tuple[str, str | None]] = [
    ("het kabinet trekt ruim ", "more_than"),
    ("Ruim ", "more_than"),
    ("er is meer dan ", "more_than"),
    ("er is iets meer dan ", "more_than"),
    ("ruim meer dan ", "more_than"),
    ("bij bedragen boven de ", "more_than"),
    ("de subsidie bedraagt minstens ", "at_least"),
    ("de subsidie bedraagt minimaal ", "at_least"),
    ("de subsidie bedraagt ten minste ", "at_least"),
    ("de subsidie bedraagt tenminste ", "at_least"),
    ("met een minimum van ", "at_least"),
    ("niet minder dan ", "at_least"),
    ("de subsidie bedraagt maximaal ", "at_most"),
    ("hooguit ", "at_most"),
    ("ten hoogste ", "at_most"),
    ("subsidie tot ", "at_most"),
    ("tot een maximum van ", "at_most"),
    ("met een maximum van ", "at_most"),
    ("niet meer dan ", "at_most"),
    ("het bedrag loopt op tot ", None),
    ("oplopend tot ", None),
    ("de kosten stijgen tot ", None),
    ("van 220 miljoen euro volgend jaar tot ", None),
    ("kan tot 2030 leiden tot ", None),
    ("het pensioen op te trekken tot ", None),
    ("wordt verminderd tot ", None),
    ("voor opdrachten tot ", "at_most"),
    ("als de subsidie hoger is dan ", "more_than"),
    ("mag niet hoger zijn dan ", "at_most"),
    ("niet hoger dan ", "at_most"),
    ("een subsidie lager dan ", "less_than"),
    ("het kost bijna ", "less_than"),
    ("nagenoeg ", "less_than"),
    ("minder dan ", "less_than"),
    ("net geen ", "less_than"),
    ("circa ", "approx"),
    ("ca. ", "approx"),
    ("ongeveer ", "approx"),
    ("zo'n ", "approx"),
    ("zo’n ", "approx"),
    ("rond ", "approx"),
    ("rond de ", "approx"),
    ("rondom ", "approx"),
    ("naar schatting ", "approx"),
    ("plusminus ", "approx"),
    ("het kabinet investeert ", None),
    ("een bedrag van ", None),
    ("", None),
    ("grond ", None),  # "rond" inside another word is no qualifier
    ("ruimte ", None),
    ("bijna een jaar later kreeg de gemeente ", None),  # too far away
    ("totaal ", None),
]


@pytest.mark.parametrize(("left", "qualifier"), QUALIFIERS)
def test_detect_qualifier(left: str, qualifier: str | None) -> None:
    assert detect_qualifier(left) == qualifier


RATES: list[tuple[str, str, str | None]] = [
    ("", " per jaar", "year"),
    ("", " per jaar.", "year"),
    ("", " per kalenderjaar", "year"),
    ("", "/jaar", "year"),
    ("", " jaarlijks", "year"),
    ("", " op jaarbasis", "year"),
    ("", ", per jaar", "year"),
    ("", " structureel", "year"),
    ("", " per maand", "month"),
    ("", "/maand voor", "month"),
    ("", " per inwoner", "person"),
    ("", " per persoon", "person"),
    ("", " per deelnemer", "person"),
    ("", " per woning", "unit"),
    ("", " per stuk", "unit"),
    ("", " per leerling", "unit"),
    ("", " per project", "unit"),
    ("", " per aanvraag", "unit"),
    ("", " ieder", "unit"),
    ("", " per week", "week"),
    ("", " per dag", "day"),
    ("", " per kwartaal", "quarter"),
    ("", " per uur voor behandeling", "hour"),
    ("het kabinet trekt jaarlijks ", "", "year"),
    ("jaarlijks ten minste ", "", "year"),
    ("per jaar is ", "", "year"),
    ("ieder jaar gaat er ", "", "year"),
    ("voor elk schooljaar ", "", "year"),
    ("het kabinet trekt structureel ", "", "year"),
    ("maandelijks ", "", "month"),
    ("de gemeenten krijgen ieder ", "", "unit"),
    ("het kabinet investeert ", " in AI", None),
    ("", " voor onderzoek", None),
    ("", " per 1 januari", None),
    ("", "", None),
]


@pytest.mark.parametrize(("left", "right", "per"), RATES)
def test_detect_per(left: str, right: str, per: str | None) -> None:
    assert detect_per(left, right) == per


RECURRENCE: list[tuple[str, bool | None]] = [
    ("Het kabinet maakt structureel € 300 miljoen vrij.", True),
    ("Er komt € 300 miljoen structurele financiering.", True),
    ("Structureel gaat het om € 5 mln.", True),
    ("Het kabinet maakt eenmalig € 300 miljoen vrij.", False),
    ("Er komt een eenmalige bijdrage van € 5 mln.", False),
    ("Het gaat om incidentele middelen: € 5 mln.", False),
    ("Dit is incidenteel € 5 mln.", False),
    ("Het kabinet maakt € 300 miljoen vrij.", None),
    ("De structuur van het fonds: € 5 mln.", None),
]


@pytest.mark.parametrize(("sentence", "recurrent"), RECURRENCE)
def test_detect_recurrent(sentence: str, recurrent: bool | None) -> None:
    assert detect_recurrent(sentence) is recurrent


def eur(amount: str | None, **extra: Any) -> dict[str, Any]:
    """Expected value with EUR currency plus optional keys."""
    return {"amount": amount, "currency": "EUR", **extra}


VALUES: list[tuple[str, str, str, dict[str, Any]]] = [
    # (surface, left, right, value)
    ("23,5 miljoen euro", "startimpuls van ", " van het kabinet", eur("23500000")),
    ("€ 1,2 mld.", "", "", eur("1200000000")),
    ("EUR 500 mln", "", "", eur("500000000")),
    ("twee miljard euro", "", "", eur("2000000000")),
    ("een half miljard euro", "", "", eur("500000000")),
    ("drieënhalf miljoen euro", "", "", eur("3500000")),
    ("€ 24,-", "", "", eur("24")),
    ("€4,25", "", "", eur("4.25")),
    ("€ 2,20", "", "", eur("2.2")),
    ("€\u00a01.250.000", "", "", eur("1250000")),
    ("€ 1\u00a0447\u00a0093,31", "", "", eur("1447093.31")),
    ("€ 300.000 euro", "", "", eur("300000")),
    ("€ -12", "", "", eur("-12")),
    ("200 EUR", "", "", eur("200")),
    ("EUR 500", "", "", eur("500")),
    ("€ \n 25 miljoen", "", "", eur("25000000")),
    ("$4,25", "", "", {"amount": "4.25", "currency": "USD"}),
    ("35,9 miljoen dollar", "", "", {"amount": "35900000", "currency": "USD"}),
    ("2 miljard Amerikaanse dollar", "", "", {"amount": "2000000000", "currency": "USD"}),
    ("100.000 gulden", "", "", {"amount": "100000", "currency": "NLG"}),
    ("ƒ 2,50", "", "", {"amount": "2.5", "currency": "NLG"}),
    ("£ 3 mln", "", "", {"amount": "3000000", "currency": "GBP"}),
    ("5 miljoen", "een budget van ", "", eur("5000000", currency_implicit=True)),
    ("4 miljard", "het fonds van ", ".", eur("4000000000", currency_implicit=True)),
    ("€ 5 miljoen", "ruim ", "", eur("5000000", qualifier="more_than")),
    ("€ 3 mln.", "ten minste ", " per jaar", eur("3000000", qualifier="at_least", per="year")),
    ("€ 40 miljoen", "maximaal ", "", eur("40000000", qualifier="at_most")),
    ("€ 20 miljoen", "loopt op tot ", "", eur("20000000")),
    ("800 miljoen euro", "ongeveer ", "", eur("800000000", qualifier="approx")),
    ("€ 10.000", "", " per woning", eur("10000", per="unit")),
    ("€ 5", "", " per inwoner", eur("5", per="person")),
    ("645 euro", "", " per maand.", eur("645", per="month")),
    # ranges: one span, amount null, min/max
    ("10 en 20 miljoen euro", "tussen ", "", eur(None, min="10000000", max="20000000")),
    ("10 tot 20 miljoen euro", "van ", "", eur(None, min="10000000", max="20000000")),
    ("€ 10-20 mln", "", "", eur(None, min="10000000", max="20000000")),
    ("€ 10 – 20 mln", "", "", eur(None, min="10000000", max="20000000")),
    ("€ 25.000 tot € 125.000", "", "", eur(None, min="25000", max="125000")),
    ("€ 25.000,– en € 125.000,–", "tussen ", "", eur(None, min="25000", max="125000")),
    ("500.000 tot 1 miljoen euro", "", "", eur(None, min="500000", max="1000000")),
    ("50 à 150 miljoen euro", "tussen de ", "", eur(None, min="50000000", max="150000000")),
    ("twee en drie miljoen euro", "tussen ", "", eur(None, min="2000000", max="3000000")),
    ("twee en een half miljoen euro", "", "", eur("2500000")),
    ("$3 706–$11 455", "", "", {"amount": None, "currency": "USD", "min": "3706", "max": "11455"}),
    # vague sums
    ("honderden miljoenen euro's", "", "", eur(None)),
    ("miljarden euro's", "", "", eur(None)),
    ("tientallen miljoenen euro", "", "", eur(None)),
    ("enkele honderden euro's", "", "", eur(None)),
    ("miljarden", "", " aan subsidie", eur(None, currency_implicit=True)),
]


@pytest.mark.parametrize(("surface", "left", "right", "value"), VALUES)
def test_money_value(surface: str, left: str, right: str, value: dict[str, Any]) -> None:
    assert money_value(surface, left, right) == value


def test_money_value_sentence_recurrence() -> None:
    sentence = "Het kabinet maakt structureel € 300 miljoen vrij voor onderwijs."
    value = money_value("€ 300 miljoen", "maakt structureel ", " vrij", sentence)
    assert value == eur("300000000", per="year", recurrent=True)
    sentence = "Het kabinet maakt eenmalig € 300 miljoen vrij."
    value = money_value("€ 300 miljoen", "maakt eenmalig ", " vrij", sentence)
    assert value == eur("300000000", recurrent=False)
    # "structurele" elsewhere in the sentence also sets the rate
    sentence = "Voor structurele versterking komt er € 50 mln bij."
    value = money_value("€ 50 mln", "komt er ", " bij.", sentence)
    assert value == eur("50000000", per="year", recurrent=True)


def test_money_value_implicit_flag() -> None:
    assert money_value("25 miljoen", implicit=True) == eur("25000000", currency_implicit=True)
    # the currency of an explicit amount just before carries over
    value = money_value("7 miljard", "Er is 12 miljard dollar, waarvan ", " voor dammen.")
    assert value == {"amount": "7000000000", "currency": "USD", "currency_implicit": True}


def test_only_spec_keys() -> None:
    allowed = {"amount", "currency", "min", "max", "qualifier", "per", "recurrent"}
    allowed.add("currency_implicit")
    for surface, left, right, _ in VALUES:
        assert set(money_value(surface, left, right)) <= allowed


def test_between_without_tussen_is_no_range() -> None:
    amount, rng, code = parse_money_surface("10 en 20 miljoen euro")
    assert rng is None and amount is None and code == "EUR"
    amount, rng, _ = parse_money_surface("10 en 20 miljoen euro", between=True)
    assert amount is None and rng is not None
