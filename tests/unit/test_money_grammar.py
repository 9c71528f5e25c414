"""Sentence tables for the MONEY grammar: spans, patterns and values, negatives (invented cases;
the outside suites stay out of the tests, benchmarks/normalisation.py measures them)."""

from __future__ import annotations

import itertools
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from nlds_nlp.grammar.base import Match
from nlds_nlp.grammar.money import find_money


def eur(amount: str | None, **extra: Any) -> dict[str, Any]:
    """Expected value with EUR currency plus optional keys."""
    return {"amount": amount, "currency": "EUR", **extra}


def imp(amount: str | None, **extra: Any) -> dict[str, Any]:
    """Expected value of an amount without currency word."""
    return {"amount": amount, "currency": "EUR", "currency_implicit": True, **extra}


def rng(lo: str, hi: str, **extra: Any) -> dict[str, Any]:
    """Expected value of a EUR range."""
    return {"amount": None, "currency": "EUR", "min": lo, "max": hi, **extra}


SENTENCES: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    # --- the spec's own examples -----------------------------------------------------------
    (
        "De coalitie krijgt vandaag een startimpuls van 23,5 miljoen euro van het kabinet.",
        [("23,5 miljoen euro", eur("23500000"))],
    ),
    ("Het kabinet trekt € 1,2 mld. uit voor de regeling.", [("€ 1,2 mld.", eur("1200000000"))]),
    ("Er is EUR 500 mln beschikbaar.", [("EUR 500 mln", eur("500000000"))]),
    ("Nederland krijgt twee miljard euro.", [("twee miljard euro", eur("2000000000"))]),
    ("Er gaat een half miljard euro naar.", [("een half miljard euro", eur("500000000"))]),
    ("Hij is me nog € 24,- schuldig.", [("€ 24,-", eur("24"))]),
    ("Een kop koffie kost €4,25.", [("€4,25", eur("4.25"))]),
    ("Er is drieënhalf miljoen euro nodig.", [("drieënhalf miljoen euro", eur("3500000"))]),
    (
        "Het kabinet investeert ruim € 5 miljoen.",
        [("€ 5 miljoen", eur("5000000", qualifier="more_than"))],
    ),
    (
        "Dat kost meer dan 250 miljoen euro.",
        [("250 miljoen euro", eur("250000000", qualifier="more_than"))],
    ),
    ("Er is minstens € 3 mln nodig.", [("€ 3 mln", eur("3000000", qualifier="at_least"))]),
    ("De subsidie bedraagt minimaal € 500.", [("€ 500", eur("500", qualifier="at_least"))]),
    (
        "Er gaat ten minste 10 miljoen euro naar.",
        [("10 miljoen euro", eur("10000000", qualifier="at_least"))],
    ),
    ("De subsidie bedraagt maximaal € 40.000.", [("€ 40.000", eur("40000", qualifier="at_most"))]),
    ("Dat kost hooguit € 2 miljoen.", [("€ 2 miljoen", eur("2000000", qualifier="at_most"))]),
    (
        "Een subsidie tot € 10.000 per woning.",
        [("€ 10.000", eur("10000", qualifier="at_most", per="unit"))],
    ),
    ("De kosten lopen op tot € 20 miljoen.", [("€ 20 miljoen", eur("20000000"))]),
    ("Het bedrag loopt op tot € 20 miljoen.", [("€ 20 miljoen", eur("20000000"))]),
    ("Oplopend tot € 50 mln in 2030.", [("€ 50 mln", eur("50000000"))]),
    (
        "Het kost bijna 2 miljard euro.",
        [("2 miljard euro", eur("2000000000", qualifier="less_than"))],
    ),
    (
        "Er is nagenoeg € 1 miljoen besteed.",
        [("€ 1 miljoen", eur("1000000", qualifier="less_than"))],
    ),
    ("Er is circa € 800 miljoen nodig.", [("€ 800 miljoen", eur("800000000", qualifier="approx"))]),
    ("Er is ca. € 8 miljoen nodig.", [("€ 8 miljoen", eur("8000000", qualifier="approx"))]),
    (
        "Het gaat om ongeveer 800 miljoen euro.",
        [("800 miljoen euro", eur("800000000", qualifier="approx"))],
    ),
    (
        "Brussel trekt zo'n 7,3 miljoen euro uit.",
        [("7,3 miljoen euro", eur("7300000", qualifier="approx"))],
    ),
    ("Het kost rond € 5 miljoen.", [("€ 5 miljoen", eur("5000000", qualifier="approx"))]),
    ("Er komt jaarlijks € 5 mln bij.", [("€ 5 mln", eur("5000000", per="year"))]),
    ("Er komt € 5 mln per jaar bij.", [("€ 5 mln", eur("5000000", per="year"))]),
    ("Er komt € 50 per maand bij.", [("€ 50", eur("50", per="month"))]),
    ("Gemeenten krijgen € 5 per inwoner.", [("€ 5", eur("5", per="person"))]),
    ("De premie is € 1.500 per woning.", [("€ 1.500", eur("1500", per="unit"))]),
    ("Ze kosten € 40 per stuk.", [("€ 40", eur("40", per="unit"))]),
    ("Scholen krijgen € 300 per leerling.", [("€ 300", eur("300", per="unit"))]),
    (
        "Het kabinet maakt structureel € 300 miljoen vrij.",
        [("€ 300 miljoen", eur("300000000", per="year", recurrent=True))],
    ),
    (
        "Voor de structurele aanpak is € 300 miljoen beschikbaar.",
        [("€ 300 miljoen", eur("300000000", per="year", recurrent=True))],
    ),
    (
        "Het kabinet maakt eenmalig € 300 miljoen vrij.",
        [("€ 300 miljoen", eur("300000000", recurrent=False))],
    ),
    (
        "Er komt een incidentele bijdrage van € 25 mln.",
        [("€ 25 mln.", eur("25000000", recurrent=False))],
    ),
    (
        "Er is minimaal € 5 miljoen en maximaal € 40 miljoen per project.",
        [
            ("€ 5 miljoen", eur("5000000", qualifier="at_least")),
            ("€ 40 miljoen", eur("40000000", qualifier="at_most", per="unit")),
        ],
    ),
    # --- ranges ---------------------------------------------------------------------------
    (
        "Er is tussen 10 en 20 miljoen euro nodig.",
        [("10 en 20 miljoen euro", rng("10000000", "20000000"))],
    ),
    (
        "Projecten van 10 tot 20 miljoen euro.",
        [("10 tot 20 miljoen euro", rng("10000000", "20000000"))],
    ),
    ("Er is € 10-20 mln nodig.", [("€ 10-20 mln", rng("10000000", "20000000"))]),
    ("Er is € 10 – 20 mln nodig.", [("€ 10 – 20 mln", rng("10000000", "20000000"))]),
    (
        "Subsidies van € 25.000 tot € 125.000 vallen hieronder.",
        [("€ 25.000 tot € 125.000", rng("25000", "125000"))],
    ),
    (
        "Indien een subsidie tussen € 25.000,– en € 125.000,– is verleend.",
        [("€ 25.000,– en € 125.000,–", rng("25000", "125000"))],
    ),
    (
        "Het kost tussen de 50 à 150 miljoen euro.",
        [("50 à 150 miljoen euro", rng("50000000", "150000000"))],
    ),
    ("Een geldboete van 600 tot 6.000 euro.", [("600 tot 6.000 euro", rng("600", "6000"))]),
    (
        "Men heeft het over 2 tot 3 miljard euro.",
        [("2 tot 3 miljard euro", rng("2000000000", "3000000000"))],
    ),
    ("Een boete van 40 euro tot 500 euro.", [("40 euro tot 500 euro", rng("40", "500"))]),
    (
        "Tussen 500.000 en 1 miljoen euro.",
        [("500.000 en 1 miljoen euro", rng("500000", "1000000"))],
    ),
    (
        # written high to low: still a range, never the sum of its ends
        "Het kost tussen € 10 miljoen en € 2 miljoen.",
        [("€ 10 miljoen en € 2 miljoen", rng("2000000", "10000000"))],
    ),
    (
        "Een boete van vijftien euro tot vijfentwintig euro.",
        [("vijftien euro tot vijfentwintig euro", rng("15", "25"))],
    ),
    (
        "Het kost tussen twee en drie miljoen euro.",
        [("twee en drie miljoen euro", rng("2000000", "3000000"))],
    ),
    (
        "Het verlies is 2 tot 4 miljoen euro per jaar.",
        [("2 tot 4 miljoen euro", rng("2000000", "4000000", per="year"))],
    ),
    (
        "Het budget loopt op van € 5 mln tot € 10 mln.",
        [("€ 5 mln", eur("5000000")), ("€ 10 mln.", eur("10000000"))],
    ),
    (
        "Er komt 220 miljoen euro volgend jaar tot 345 miljoen euro in latere jaren.",
        [("220 miljoen euro", eur("220000000")), ("345 miljoen euro", eur("345000000"))],
    ),
    (
        "Ze krijgen respectievelijk 5 en 10 miljoen euro.",
        [("10 miljoen euro", eur("10000000"))],
    ),
    # --- currencies -----------------------------------------------------------------------
    ("Het gaat $4,25 kosten.", [("$4,25", {"amount": "4.25", "currency": "USD"})]),
    (
        "Verkocht voor 35,9 miljoen dollar.",
        [("35,9 miljoen dollar", {"amount": "35900000", "currency": "USD"})],
    ),
    (
        "Defensie investeert 2 miljard Amerikaanse dollar in AI.",
        [("2 miljard Amerikaanse dollar", {"amount": "2000000000", "currency": "USD"})],
    ),
    (
        "Er is US$ 15 miljoen betaald.",
        [("US$ 15 miljoen", {"amount": "15000000", "currency": "USD"})],
    ),
    ("Het kost USD 300.", [("USD 300", {"amount": "300", "currency": "USD"})]),
    (
        "Een waarde van 100.000 gulden.",
        [("100.000 gulden", {"amount": "100000", "currency": "NLG"})],
    ),
    (
        "Een bijdrage van ƒ 2,50 per persoon.",
        [("ƒ 2,50", {"amount": "2.5", "currency": "NLG", "per": "person"})],
    ),
    (
        "Een bijdrage van fl. 250,- per jaar.",
        [("fl. 250,-", {"amount": "250", "currency": "NLG", "per": "year"})],
    ),
    (
        "| f 5,- tot f 10,- |",
        [("f 5,- tot f 10,-", {"amount": None, "currency": "NLG", "min": "5", "max": "10"})],
    ),
    ("Het kost £ 3 mln.", [("£ 3 mln.", {"amount": "3000000", "currency": "GBP"})]),
    ("Het kost 20 pond.", [("20 pond", {"amount": "20", "currency": "GBP"})]),
    ("Gebruikelijk: 200 EUR of EUR 500.", [("200 EUR", eur("200")), ("EUR 500", eur("500"))]),
    ("Het bedrag is € -12.", [("€ -12", eur("-12"))]),
    ("Een broodje kost gemiddeld € 2,20.", [("€ 2,20", eur("2.2"))]),
    ("Hij is me nog 24 euro schuldig.", [("24 euro", eur("24"))]),
    ("Het kost vijf euro.", [("vijf euro", eur("5"))]),
    ("Er is vier miljoen euro uitgetrokken.", [("vier miljoen euro", eur("4000000"))]),
    ("Er is een miljoen euro uitgegeven.", [("een miljoen euro", eur("1000000"))]),
    ("Er is anderhalf miljard euro nodig.", [("anderhalf miljard euro", eur("1500000000"))]),
    (
        "Het bedrag is vijf miljard tweehonderd miljoen euro.",
        [("vijf miljard tweehonderd miljoen euro", eur("5200000000"))],
    ),
    (
        "Het plafond is € 9.700.000,– zegge negen miljoen en zevenhonderdduizend euro.",
        [
            ("€ 9.700.000,–", eur("9700000")),
            ("negen miljoen en zevenhonderdduizend euro", eur("9700000")),
        ],
    ),
    ("Het subsidieplafond is € 300.000 euro.", [("€ 300.000 euro", eur("300000"))]),
    ("Er is 1,1 miljard euro uitgeleend.", [("1,1 miljard euro", eur("1100000000"))]),
    ("De vrijstelling van 11.250,00 euro geldt.", [("11.250,00 euro", eur("11250"))]),
    (
        "De premie is opgetrokken naar 1.260 euro per jaar.",
        [("1.260 euro", eur("1260", per="year"))],
    ),
    ("Het kost 1.500 à 3.000 euro.", [("1.500 à 3.000 euro", rng("1500", "3000"))]),
    ("Het bedrag was € 1 250 000.", [("€ 1 250 000", eur("1250000"))]),
    ("Het bedrag was 1 250 000 euro.", [("1 250 000 euro", eur("1250000"))]),
    ("Het totaal is € 2.337.500,–.", [("€ 2.337.500,–", eur("2337500"))]),
    ("Een voorschot van € 150,– per saneringsobject.", [("€ 150,–", eur("150", per="unit"))]),
    (
        "Met een maximum van € 12 per maand.",
        [("€ 12", eur("12", qualifier="at_most", per="month"))],
    ),
    ("Er is 2,704 mln beschikbaar voor de regeling.", [("2,704 mln", imp("2704000"))]),
    ("Er gaat 6 mio euro naar.", [("6 mio euro", eur("6000000"))]),
    ("Een subsidie van € 500 mln. Daarna meer.", [("€ 500 mln.", eur("500000000"))]),
    ("Het kost 5 duizend euro.", [("5 duizend euro", eur("5000"))]),
    ("Het kost 10k euro.", [("10k euro", eur("10000"))]),
    ("Het kost € 10k.", [("€ 10k", eur("10000"))]),
    ("Het Rijk betaalt 2 biljoen euro.", [("2 biljoen euro", eur("2000000000000"))]),
    ("Het gaat om honderd euro.", [("honderd euro", eur("100"))]),
    ("Het gaat om honderdvijftig euro.", [("honderdvijftig euro", eur("150"))]),
    ("Het gaat om tweeduizend euro.", [("tweeduizend euro", eur("2000"))]),
    ("Het gaat om vijfentwintig euro.", [("vijfentwintig euro", eur("25"))]),
    ("Het gaat om elf euro.", [("elf euro", eur("11"))]),
    ("Het gaat om twintig miljoen euro.", [("twintig miljoen euro", eur("20000000"))]),
    ("Er is EUR\u00a0100.000 per tijdvak.", [("EUR\u00a0100.000", eur("100000", per="unit"))]),
    ("| Den Haag | Haaglanden | €\u00a08.956.000 |", [("€\u00a08.956.000", eur("8956000"))]),
    (
        "| Drenthe |€\u00a01\u00a0447\u00a0093,31 |",
        [("€\u00a01\u00a0447\u00a0093,31", eur("1447093.31"))],
    ),
    ("Er wordt €\n25 miljoen gereserveerd.", [("€\n25 miljoen", eur("25000000"))]),
    ("Er wordt € 25\nmiljoen gereserveerd.", [("€ 25\nmiljoen", eur("25000000"))]),
    (
        "Er wordt 23,5\u00a0miljoen\u00a0euro gereserveerd.",
        [("23,5\u00a0miljoen\u00a0euro", eur("23500000"))],
    ),
    ("Het kost (€ 5 mln).", [("€ 5 mln", eur("5000000"))]),
    ("Kosten: €5.000,00.", [("€5.000,00", eur("5000"))]),
    ("Nederland investeert € 2,5 miljard.", [("€ 2,5 miljard", eur("2500000000"))]),
    ("Er werd 64 miljoen euro geïnvesteerd in 2019.", [("64 miljoen euro", eur("64000000"))]),
    ("Er werd in 2019 al 64 miljoen euro geïnvesteerd.", [("64 miljoen euro", eur("64000000"))]),
    (
        "Spanje krijgt 4,1 miljard euro, Italië 2,3 miljard.",
        [("4,1 miljard euro", eur("4100000000")), ("2,3 miljard", imp("2300000000"))],
    ),
    # --- fallbacks and boundaries ---------------------------------------------------------
    ("Er is € 5 mln tot 2025.", [("€ 5 mln", eur("5000000"))]),
    (
        "De Wereldbank kan tegen juni 2021 tot 160 miljard dollar uittrekken.",
        [
            (
                "160 miljard dollar",
                {"amount": "160000000000", "currency": "USD", "qualifier": "at_most"},
            )
        ],
    ),
    ("In 2021 - € 5 mln voor de regio.", [("€ 5 mln", eur("5000000"))]),
    ("Het budget van 2021-2025 is € 5 mln.", [("€ 5 mln.", eur("5000000"))]),
    ("Op 1 januari 2020 200 euro.", [("200 euro", eur("200"))]),
    ("Het budget is 5 miljoenenverlies.", []),
    ("Een 5 miljoen-investering van het fonds.", []),
    ("Het kost 5 euro-cent.", []),
    ("Het bedrag van € ... is onbekend.", []),
    ("Euro 5 en Euro 6 zijn emissienormen.", []),
    (
        "Er is 12 miljard dollar, waarvan 7 miljard voor stuwdammen.",
        [
            ("12 miljard dollar", {"amount": "12000000000", "currency": "USD"}),
            (
                "7 miljard",
                {"amount": "7000000000", "currency": "USD", "currency_implicit": True},
            ),
        ],
    ),
    (
        "We geven ieder jaar veel geld uit aan onderwijs. Het gaat om ongeveer 800 miljoen euro.",
        [("800 miljoen euro", eur("800000000", qualifier="approx", per="year"))],
    ),
    (
        "Jaarlijks kost dit € 5 mln. Daarnaast komt er eenmalig € 2 mln bij.",
        [("€ 5 mln.", eur("5000000", per="year")), ("€ 2 mln", eur("2000000", recurrent=False))],
    ),
    ("Het kost 3 euro en 50 cent per rit.", [("3 euro en 50 cent", eur("3.5", per="unit"))]),
    ("Het kost 5 euro en 50 mensen komen.", [("5 euro", eur("5"))]),
    # --- implicit currency --------------------------------------------------------------------
    ("Er is een budget van 5 miljoen beschikbaar.", [("5 miljoen", imp("5000000"))]),
    ("Het fonds van 4 miljard is gevuld.", [("4 miljard", imp("4000000000"))]),
    ("Het project kost 3 miljoen.", [("3 miljoen", imp("3000000"))]),
    ("Het bedrag van 2 miljoen wordt verdeeld.", [("2 miljoen", imp("2000000"))]),
    ("Een investering van 70 miljoen is nodig.", [("70 miljoen", imp("70000000"))]),
    (
        "Een subsidie van 1,5 miljoen voor elk schooljaar.",
        [("1,5 miljoen", imp("1500000", per="year"))],
    ),
    ("Een bijdrage van 8 mln voor de regio.", [("8 mln", imp("8000000"))]),
    ("Er is 10 miljoen vrijgemaakt.", [("10 miljoen", imp("10000000"))]),
    ("Er is 10 miljoen uitgetrokken.", [("10 miljoen", imp("10000000"))]),
    ("Er is 10 miljoen geïnvesteerd.", [("10 miljoen", imp("10000000"))]),
    (
        "De bijdrage per regio: Twente 25 miljoen, Achterhoek 20 miljoen.",
        [("25 miljoen", imp("25000000")), ("20 miljoen", imp("20000000"))],
    ),
    ("Het budget is twee miljard.", [("twee miljard", imp("2000000000"))]),
    ("Het budget is een half miljard.", [("een half miljard", imp("500000000"))]),
    (
        "De subsidie gaat van 37 miljoen naar 46 miljoen euro.",
        [("37 miljoen", imp("37000000")), ("46 miljoen euro", eur("46000000"))],
    ),
    (
        "Het budget: € 5 mln voor A en 3 mln voor B.",
        [("€ 5 mln", eur("5000000")), ("3 mln", imp("3000000"))],
    ),
    ("De kosten lopen in de tientallen miljoenen.", [("tientallen miljoenen", imp(None))]),
    # --- vague sums ---------------------------------------------------------------------------
    ("Het gaat om honderden miljoenen euro's.", [("honderden miljoenen euro's", eur(None))]),
    ("Het gaat om miljarden euro's.", [("miljarden euro's", eur(None))]),
    ("Het kost miljarden euro.", [("miljarden euro", eur(None))]),
    ("Er gaan miljarden aan subsidie naartoe.", [("miljarden", imp(None))]),
    ("Het project kost miljoenen.", [("miljoenen", imp(None))]),
    # "in miljoenen" closing a header or an introduction states a unit, it is no sum
    ("De voorstellen met de beschikbare rijksbijdrage in miljoenen:", []),
    ("Overzicht van de subsidies (bedragen in miljoenen)", []),
    (
        "Er gingen tientallen miljoenen euro's verloren.",
        [("tientallen miljoenen euro's", eur(None))],
    ),
    (
        "Het kost enkele honderden euro's per maand.",
        [("enkele honderden euro's", eur(None, per="month"))],
    ),
    (
        "Een prijskaartje van ettelijke miljarden euro's.",
        [("ettelijke miljarden euro's", eur(None))],
    ),
    ("Er gaat vele miljoenen euro's om in de handel.", [("vele miljoenen euro's", eur(None))]),
    (
        "De VN moeten honderden miljoenen dollars bijdragen.",
        [("honderden miljoenen dollars", {"amount": None, "currency": "USD"})],
    ),
    ("Het kost duizenden euro's.", [("duizenden euro's", eur(None))]),
    # a bare sum with a split giving verb around it ("trekt ... uit", "zegt ... toe")
    (
        "Het kabinet trekt 38 miljoen uit voor de regio.",
        [("38 miljoen", {"amount": "38000000", "currency": "EUR", "currency_implicit": True})],
    ),
    (
        "De minister zegt 244,3 miljoen toe aan 16 regio's.",
        [("244,3 miljoen", {"amount": "244300000", "currency": "EUR", "currency_implicit": True})],
    ),
]


def _found(text: str) -> list[tuple[str, dict[str, Any]]]:
    return [(text[m.start : m.end], m.value) for m in find_money(text)]


@pytest.mark.parametrize(("text", "expected"), SENTENCES, ids=[s[0][:60] for s in SENTENCES])
def test_sentences(text: str, expected: list[tuple[str, dict[str, Any]]]) -> None:
    assert _found(text) == expected


NEGATIVES: list[str] = [
    "Er wonen 2 miljoen mensen in de regio.",
    "Er zijn 350 bedrijven betrokken.",
    "Het budget groeit met 5 procent.",
    "Het budget groeit met 5%.",
    "De miljardeninvestering is aangekondigd.",
    "In 2020 is het budget verhoogd.",
    "De regeling loopt van 2021 tot 2025.",
    "Er is een budget beschikbaar.",
    "Het budget voor 2025.",
    "Miljoenen mensen kijken naar het journaal.",
    "Er zijn miljoenen vaccindoses besteld.",
    "Duizenden Syrische vluchtelingen verblijven in de buurlanden.",
    "Honderden bestuurlijke boetes zijn opgelegd.",
    "Tientallen lokale milities vechten door.",
    "Het land telt 17 miljoen inwoners.",
    "Er werd 3 miljoen ton CO2 uitgestoten.",
    "Er reden 5 miljoen auto's.",
    "Er is 2 miljoen kilometer weg.",
    "Het kabinet-Rutte III trad aan in 2017.",
    "Kamerstuk 26643, nr. 1149.",
    "Stb. 2019, 123.",
    "Op 25 juni 2020 is het besluit genomen.",
    "De Europese Unie en Europa.",
    "Het eurostat-rapport en de eurozone.",
    "Zie europa.eu voor meer.",
    "Het gaat om 5 miljoen bezoekers per jaar.",
    "Een op de twintig is niet tevreden.",
    "Een budget van twee en een half.",
    "De euro is sterk.",
    "Het kost een paar centen.",
    "Het kabinet wil de eurocraten bezighouden.",
    "In de jaren 2019-2020 is veel gebeurd.",
    "Hij won met 12 tegen 3.",
    "De 2e Kamer en 1e Kamer.",
    "Er zijn 2 miljard mensen zonder toilet.",
    "Het gaat om 10 miljoen huishoudens.",
    "De eurosymbolen zijn hier vermeld.",
    "Er trokken 2 miljoen mensen uit de stad.",
    "Het aantal inwoners nam met 4 miljoen toe.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives(text: str) -> None:
    assert _found(text) == []


PATTERNS: list[tuple[str, str]] = [
    ("Het kost € 5 miljoen.", "symbol_number_scale"),
    ("Het kost €5.", "symbol_number_scale"),
    ("Het kost 5 miljoen euro.", "number_scale_euro"),
    ("Het kost 5 euro.", "number_scale_euro"),
    ("Het kost tussen 5 en 10 miljoen euro.", "range"),
    ("Het budget is 5 miljoen.", "implicit_budget"),
    ("Het kost miljarden euro's.", "vague_sum"),
    ("Het budget is miljarden.", "vague_sum"),
]


@pytest.mark.parametrize(("text", "pattern"), PATTERNS)
def test_pattern_names(text: str, pattern: str) -> None:
    (match,) = find_money(text)
    assert match.pattern == pattern
    assert match.label == "MONEY"
    assert isinstance(match, Match)


def test_offsets_are_character_offsets() -> None:
    text = "Ö€ 5 mln — ‘zo’n € 3 mln’"
    for m in find_money(text):
        assert text[m.start : m.end].startswith("€")
        assert text[m.start : m.end] == text[m.start : m.end].strip()


def test_abbreviation_dot_inside_at_sentence_end() -> None:
    (m,) = find_money("Het kost € 5 mln.")
    assert m.end == len("Het kost € 5 mln.")
    (m,) = find_money("Het kost 5 miljoen euro.")
    assert "Het kost 5 miljoen euro."[m.start : m.end] == "5 miljoen euro"


def test_many_amounts_in_one_text() -> None:
    text = " ".join(f"Post {i}: € {i},- en {i} miljoen euro." for i in range(1, 200))
    matches = find_money(text)
    assert len(matches) == 398
    assert all(a.end <= b.start for a, b in itertools.pairwise(matches))


# --- shared data --------------------------------------------------------------------------------


def shared_dir() -> Path | None:
    """../shared beside the repository root, or $NLDS_SHARED; None when absent."""
    env = os.environ.get("NLDS_SHARED")
    path = Path(env) if env else Path(__file__).resolve().parents[2] / ".." / "shared"
    return path if path.is_dir() else None


# Invariants on real bulk texts (never gold candidates): spans start and end on a word, do not
# overlap, and values have only spec keys with decimal strings.
_ALLOWED_KEYS = {"amount", "currency", "min", "max", "qualifier", "per", "recurrent"}
_ALLOWED_KEYS.add("currency_implicit")
_DECIMAL_RE = re.compile(r"-?\d+(?:\.\d+)?")


def test_bulk_corpus_invariants() -> None:
    base = shared_dir()
    if base is None:
        pytest.skip("shared corpus not found (set NLDS_SHARED or place ../shared beside the repo)")
    manifest = base / "corpus" / "manifest.jsonl"
    if not manifest.is_file():
        pytest.skip(f"{manifest} not found")
    rows = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines()]
    bulk = [r for r in rows if r.get("pool") == "bulk"][:400]
    total = 0
    for row in bulk:
        text = (base / "corpus" / row["file"]).read_text(encoding="utf-8")
        matches = find_money(text)
        total += len(matches)
        for a, b in itertools.pairwise(matches):
            assert a.end <= b.start
        for m in matches:
            surface = text[m.start : m.end]
            assert surface == surface.strip(), surface
            assert surface[-1] not in ",;:(", surface
            assert set(m.value) <= _ALLOWED_KEYS
            for key in ("amount", "min", "max"):
                if m.value.get(key) is not None:
                    assert _DECIMAL_RE.fullmatch(m.value[key]), (surface, m.value)
            assert m.value["currency"] in {"EUR", "USD", "GBP", "NLG"}
    assert total > 100


def test_no_catastrophic_backtracking() -> None:
    """Number words can be split several ways ("zeventien" = zeven+tien); the grammar must stay
    linear on long letter runs, or one odd line stalls a whole batch."""
    import time

    texts = [
        "miljoen euro " + "eenentwintig" * 60 + "x miljoen euro",
        "miljoen euro " + " en ".join(["twee"] * 200) + "x miljoen euro",
        "miljoen euro " + " ".join(["zeventien"] * 200) + " x",
    ]
    t0 = time.perf_counter()
    for text in texts:
        find_money(text)
    assert time.perf_counter() - t0 < 1.0
