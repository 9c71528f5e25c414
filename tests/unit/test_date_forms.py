"""DATE grammar, issue 12: the many other ways Dutch writers write dates, one table per category.

All sentences are invented (the outside suites in ../shared are a measuring stick only, see
benchmarks/normalisation.py). Every row lists ALL DATE spans expected in its sentence, so a row
also checks precision and the spec's boundaries. Publication date: Wednesday 12 March 2025
(ISO week 11) unless a row says otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from nlds_nlp.grammar.dates import find_dates

PUB = "2025-03-12"


def D(value: str | None, mod: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "date", "value": value}
    if mod:
        out["mod"] = mod
    return out


def I(start: str | None, end: str | None) -> dict[str, Any]:  # noqa: E743
    return {"type": "interval", "start": start, "end": end}


def P(value: str | None) -> dict[str, Any]:
    return {"type": "duration", "value": value}


def found(text: str, published: str | None = PUB) -> list[tuple[str, dict[str, Any]]]:
    return [(text[m.start : m.end], m.value) for m in find_dates(text, published)]


Row = tuple[str, list[tuple[str, dict[str, Any]]]]

RANGES_SHARING_A_YEAR: list[Row] = [
    ("De inspraak loopt van mei tot okt 2020.", [("mei tot okt 2020", I("2020-05", "2020-10"))]),
    ("In jan-feb 2017 lag de bouw stil.", [("jan-feb 2017", I("2017-01", "2017-02"))]),
    (
        "De pilot liep van november tot februari 2021.",
        [("november tot februari 2021", I("2020-11", "2021-02"))],
    ),
    (
        "Aanvragen kunnen tussen 1 feb en maart 2019.",
        [("1 feb en maart 2019", I("2019-02-01", "2019-03"))],
    ),
    (
        "De tentoonstelling is 3 t/m 12 sept. 2024 open.",
        [("3 t/m 12 sept. 2024", I("2024-09-03", "2024-09-12"))],
    ),
    (
        "Het loket is van 18 nov-19 dec 2015 dicht.",
        [("18 nov-19 dec 2015", I("2015-11-18", "2015-12-19"))],
    ),
    (
        "De top van 9 en 10 april 2024 ging over geld.",
        [("9 en 10 april 2024", I("2024-04-09", "2024-04-10"))],
    ),
    (
        "De werkzaamheden duren van week 31 tot week 35.",
        [("week 31 tot week 35", I("2025-W31", "2025-W35"))],
    ),
    ("Op 3 en 5 mei 2024 waren er sessies.", [("5 mei 2024", D("2024-05-05"))]),
]

NUMERIC: list[Row] = [
    ("Het besluit is op 2002-10-09 genomen.", [("2002-10-09", D("2002-10-09"))]),
    ("De brief is op 22/04 verstuurd.", [("22/04", D("2025-04-22"))]),
    ("Vanaf 1-10 gelden de nieuwe tarieven.", [("1-10", D("2025-10-01"))]),
    ("Uiterlijk 15/3 moet de aanvraag binnen zijn.", [("15/3", D("2025-03-15"))]),
    (
        "De expositie is van 1-10-2018 t/m 7-10-2018.",
        [("1-10-2018 t/m 7-10-2018", I("2018-10-01", "2018-10-07"))],
    ),
    ("De vergadering van 18-9-15 is verzet.", [("18-9-15", D("2015-09-18"))]),
    ("Het verslag van 21/04/98 ligt ter inzage.", [("21/04/98", D("1998-04-21"))]),
    ("De levering is op 1-jan gepland.", [("1-jan", D("2026-01-01"))]),  # future tense
    ("In week 10 begon de bouw.", [("week 10", D("2025-W10"))]),
    ("De oplevering is gepland in wk 31.", [("wk 31", D("2025-W31"))]),
    ("In week 12 van 2024 kwam het rapport uit.", [("week 12 van 2024", D("2024-W12"))]),
    ("In 2024 werd in week 12 besloten.", [("2024", D("2024")), ("week 12", D("2024-W12"))]),
    # a year after the week, or one naming a target or a budget, is not the week's year
    (
        "In week 40 opent de regeling voor 2026.",
        [("week 40", D("2025-W40")), ("2026", D("2026"))],
    ),
    (
        "De begroting 2026 wordt in week 38 behandeld.",
        [("2026", D("2026")), ("week 38", D("2025-W38"))],
    ),
    (
        "Op 3 maart 2024 is in week 12 overlegd.",
        [("3 maart 2024", D("2024-03-03")), ("week 12", D("2024-W12"))],
    ),
    ("In week 1 van het subsidiejaar komt het geld.", [("week 1", D(None))]),
    ("In week 2 start de campagne.", [("week 2", D("2026-W02"))]),
    ("| Tender | 01-04 t/m 11-05 | 9.000 |", [("01-04 t/m 11-05", I("2025-04-01", "2025-05-11"))]),
    ("| Ronde | 01-10 t/m 30-09 |", [("01-10 t/m 30-09", I("2025-10-01", "2026-09-30"))]),
]

NUMERIC_NEGATIVES: list[str] = [
    "Zie artikel 12-4 van de wet.",
    "Het team won met 3-2.",
    "Ongeveer 1/3 van de woningen is oud.",
    "De week was druk.",
    "Elke week 3 keer trainen helpt.",
    "De werkweek van 36 uur blijft.",
    "De bijlage 2-1 bevat de tabel.",
]

DECADES_CENTURIES: list[Row] = [
    ("In de jaren '90 was het anders.", [("jaren '90", D("199"))]),
    ("De jaren zeventig brachten de eerste nota.", [("jaren zeventig", D("197"))]),
    ("In de jaren 2000 groeide het internet.", [("jaren 2000", D("200"))]),
    (
        "Voor de jaren 2020 tot en met 2023 is er geld.",
        [("2020 tot en met 2023", I("2020", "2023"))],
    ),
    ("In de 21e eeuw is data overal.", [("21e eeuw", D("20"))]),
    ("De negentiende eeuw kende weinig regels.", [("negentiende eeuw", D("18"))]),
    ("Begin deze eeuw kwam de wet.", [("Begin deze eeuw", D("20", "START"))]),
    (
        "Sinds de jaren zeventig van de vorige eeuw is dat zo.",
        [("jaren zeventig van de vorige eeuw", D("197"))],
    ),
    ("In de tachtiger jaren begon het.", [("tachtiger jaren", D("198"))]),
    (
        "De jaren dertig van de negentiende eeuw waren arm.",
        [("jaren dertig van de negentiende eeuw", D("183"))],
    ),
]

PARTS_AND_POSITIONS: list[Row] = [
    ("Later dit jaar volgt een brief.", [("Later dit jaar", D("2025"))]),
    ("Eerder deze maand besloot het college.", [("Eerder deze maand", D("2025-03"))]),
    ("De laatste week van juli is de school dicht.", [("laatste week van juli", D("2025-W31"))]),
    ("Voor de rest van het jaar is er geen geld.", [("rest van het jaar", D("2025"))]),
    ("Begin volgende maand komt het plan.", [("Begin volgende maand", D("2025-04", "START"))]),
    ("Eind van de week valt het besluit.", [("Eind van de week", D("2025-W11", "END"))]),
    ("In de tweede helft van 2025 start de bouw.", [("tweede helft van 2025", D("2025-H2"))]),
]

OFFSETS: list[Row] = [
    ("Over twee jaar is de dijk klaar.", [("twee jaar", D("2027"))]),
    ("Over drie maanden volgt de evaluatie.", [("drie maanden", D("2025-06"))]),
    ("Over 2 weken beslist de raad.", [("2 weken", D("2025-W13"))]),
    ("Binnen 9 maanden moet het plan er liggen.", [("9 maanden", P("P9M"))]),
    ("Het geld wordt verdeeld over vijf jaar.", [("vijf jaar", P("P5Y"))]),
    ("Er is 20 miljoen euro over vier jaar beschikbaar.", [("vier jaar", P("P4Y"))]),
    ("Het budget van € 3 mln. wordt gefaseerd over 2 jaar.", [("2 jaar", P("P2Y"))]),
    ("Over vijf jaar is 40 miljoen euro nodig voor onderhoud.", [("vijf jaar", P("P5Y"))]),
    ("Twee dagen na vandaag sluit de inschrijving.", [("Twee dagen na vandaag", D("2025-03-14"))]),
    ("Drie weken vanaf morgen is de deadline.", [("Drie weken vanaf morgen", D("2025-04-03"))]),
    ("Drie weken geleden is de brief verstuurd.", [("Drie weken geleden", D("2025-W08"))]),
    ("Enkele maanden geleden begon het overleg.", [("Enkele maanden geleden", D("PAST_REF"))]),
    ("Over enkele weken volgt het besluit.", [("enkele weken", D("FUTURE_REF"))]),
    (
        "Eén maand en tien dagen geleden kwam de brief.",
        [("Eén maand en tien dagen geleden", D("2025-02-02"))],
    ),
    ("Over 1 jaar en 3 maanden is de wet van kracht.", [("1 jaar en 3 maanden", D("2026-06"))]),
    ("De vergunning geldt 2 jaar en 3 maanden.", [("2 jaar en 3 maanden", P("P2Y3M"))]),
    (
        "Looptijden van 2 jaar, 3 jaar en 5 jaar.",
        [("2 jaar", P("P2Y")), ("3 jaar", P("P3Y")), ("5 jaar", P("P5Y"))],
    ),
]

WEEKDAYS_AND_NAMED_DAYS: list[Row] = [
    ("Volgende week dinsdag debatteert de Kamer.", [("Volgende week dinsdag", D("2025-03-18"))]),
    ("Afgelopen maandag besloot het kabinet.", [("Afgelopen maandag", D("2025-03-10"))]),
    ("Aanstaande vrijdag komt de minister.", [("Aanstaande vrijdag", D("2025-03-14"))]),
    ("Het overleg is vrijdag van deze week.", [("vrijdag van deze week", D("2025-03-14"))]),
    (
        "De minister sprak vorige week zondag met de burgemeester.",
        [("vorige week zondag", D("2025-03-09"))],
    ),
    ("De brief werd maandag verstuurd.", [("maandag", D("2025-03-10"))]),
    ("Het debat zal donderdag plaatsvinden.", [("donderdag", D("2025-03-13"))]),
    ("Op vrijdag 14 maart 2025 is de opening.", [("vrijdag 14 maart 2025", D("2025-03-14"))]),
    ("De raad vergaderde op donderdag de 6e.", [("donderdag de 6e", D("2025-03-06"))]),
    (
        "De eerste vrijdag van april is er een markt.",
        [("eerste vrijdag van april", D("2025-04-04"))],
    ),
    ("Op Koningsdag is het stadhuis dicht.", [("Koningsdag", D("2025-04-26"))]),
    (
        "Koningsdag 2026 valt op maandag 27 april 2026.",
        [("Koningsdag 2026", D("2026-04-27")), ("maandag 27 april 2026", D("2026-04-27"))],
    ),
    ("Prinsjesdag 2026 valt op een dinsdag.", [("Prinsjesdag 2026", D("2026-09-15"))]),
    (
        "De derde dinsdag van september 2026 is Prinsjesdag.",
        [("derde dinsdag van september 2026", D("2026-09-15")), ("Prinsjesdag", D("2025-09-16"))],
    ),
    ("Met Pasen 2018 was het koud.", [("Pasen 2018", D("2018-04-01"))]),
    ("Op Tweede Paasdag 2026 zijn de kantoren dicht.", [("Tweede Paasdag 2026", D("2026-04-06"))]),
    ("Het kantoor gaat met Kerstmis dicht.", [("Kerstmis", D("2025-12-25"))]),
    ("Met Kerstmis was het kantoor dicht.", [("Kerstmis", D("2024-12-25"))]),
    ("Op Oudejaarsdag sluit het loket om drie uur.", [("Oudejaarsdag", D("2025-12-31"))]),
]

WEEKDAY_NEGATIVES: list[str] = [
    "Het loket is open van maandag tot en met vrijdag.",
    "Elke dinsdag is er spreekuur.",
    "De markt valt op een zaterdag.",
    "De zondagen blijven vrij.",
    "Hij eindigde voor de derde keer als tweede.",
    "De kantoren zijn op de 2e verdieping.",
]

WORD_DAYS: list[Row] = [
    ("Het besluit valt negenentwintig mei.", [("negenentwintig mei", D("2025-05-29"))]),
    (
        "Op de drieëntwintigste september is de opening.",
        [("drieëntwintigste september", D("2025-09-23"))],
    ),
    ("Ze begint de tweede van augustus.", [("tweede van augustus", D("2025-08-02"))]),
    ("De wet geldt vanaf één januari 2026.", [("één januari 2026", D("2026-01-01"))]),
    (
        "Het verdrag is getekend op eenentwintig juni negentien vierennegentig.",
        [("eenentwintig juni negentien vierennegentig", D("1994-06-21"))],
    ),
    (
        "Gedaan op de tiende van mei tweeduizend en twaalf.",
        [("tiende van mei tweeduizend en twaalf", D("2012-05-10"))],
    ),
    ("Op vijf mei twintig mensen.", [("vijf mei", D("2025-05-05"))]),  # "twintig" is no year
    (
        "Op de 20ste van volgende maand volgt de uitslag.",
        [("20ste van volgende maand", D("2025-04-20"))],
    ),
    ("De betaling komt op de 15e.", [("15e", D("2025-03-15"))]),
]

DURATIONS_IN_WORDS: list[Row] = [
    ("Het project duurt anderhalf jaar.", [("anderhalf jaar", P("P1.5Y"))]),
    ("Dat kost enkele weken.", [("enkele weken", P(None))]),
    ("Het onderzoek duurt een paar maanden.", [("een paar maanden", P(None))]),
    ("Binnen 48 uur moet het antwoord er zijn.", [("48 uur", P("PT48H"))]),
    ("Het gesprek duurde twintig minuten.", [("twintig minuten", P("PT20M"))]),
    ("Het overleg duurde nog geen tien minuten lang.", [("tien minuten", P("PT10M"))]),
    ("De pauze duurt een kwartier.", [("kwartier", P("PT0.25H"))]),
    ("Het loket is nog twee uren dicht.", [("twee uren", P("PT2H"))]),
]

SUBDAY_FORMS: list[Row] = [
    ("De monteur blijft 2u weg.", [("2u", P("PT2H"))]),
    ("De storing hield 4 u lang aan.", [("4 u", P("PT4H"))]),
    ("Het gemaal draait voor 25 minuten.", [("25 minuten", P("PT25M"))]),
    ("De brug gaat voor anderhalf uur dicht.", [("anderhalf uur", P("PT1.5H"))]),
    ("De brug gaat voor een uur dicht.", [("uur", P("PT1H"))]),
    ("De sluis is voor vijf uren buiten dienst.", [("vijf uren", P("PT5H"))]),
    ("De alarmtest duurt een kwart uur.", [("kwart uur", P("PT0.25H"))]),
    ("Het loket sluit voor een halfuur.", [("halfuur", P("PT0.5H"))]),
    ("De sirene klinkt voor kwartier.", [("kwartier", P("PT0.25H"))]),
    ("De meting duurde 12,5 sec lang.", [("12,5 sec", P("PT12.5S"))]),
    ("Het water stond een paar uur lang hoog.", [("een paar uur", P(None))]),
    ("De weg is voor enkele uren dicht.", [("enkele uren", P(None))]),
]

WHOLE_AND_COMPOSITE_DURATIONS: list[Row] = [
    ("Het museum sluit voor de hele maand.", [("hele maand", P("P1M"))]),
    ("De aannemer werkt gedurende het gehele jaar aan de kade.", [("gehele jaar", P("P1Y"))]),
    ("De wethouder is een volle week weg.", [("volle week", P("P1W"))]),
    ("De veerpont ligt voor een heel jaar stil.", [("heel jaar", P("P1Y"))]),
    (
        "Het herstel duurde 2 jaar, 4 maanden en 10 dagen.",
        [("2 jaar, 4 maanden en 10 dagen", P("P2Y4M10D"))],
    ),
    ("De inspraak loopt een week en vijf dagen.", [("week en vijf dagen", P("P1W5D"))]),
    ("De keuring kostte 6 dagen en 1 maand.", [("6 dagen en 1 maand", P("P1M6D"))]),
    ("De termijn is 3 jaar en 3 jaar.", [("3 jaar", P("P3Y")), ("3 jaar", P("P3Y"))]),
    ("De bouw ligt 4 dgn stil.", [("4 dgn", P("P4D"))]),
]

WHOLE_YEAR_NAMED: list[Row] = [
    ("Zo had de dienst het hele jaar 2018 een tekort.", [("jaar 2018", D("2018"))]),
]

WHOLE_NEGATIVES: list[str] = [
    "Het park is het hele jaar door open.",
    "De kantine is het hele jaar rond geopend.",
    "Zij werken hele dagen aan het dossier.",
    "Subsidie kunt u het hele jaar aanvragen.",  # any time in the year, not a stretch
    "De steun wordt herleid tot een gedeelte van een heel jaar.",
]

SUBDAY_NEGATIVES: list[str] = [
    "De balie sluit voor 10 uur.",
    "Kom voor 3u terug.",
    "Om 9 u begint de zitting.",
    "Wij danken u. Den Haag, 3 u bent welkom.",
    "Binnen enkele minuten was de brandweer er.",
    "Een paar uur per week is genoeg.",
    "De vergadering begint om 10 uur.",
    "Het loket is open van 9 tot 17 uur.",
    "Bel voor 12 uur 's middags.",
    "Aanvang 16.00 uur in de raadszaal.",
    "Medewerkers werken gemiddeld 32 uur per week.",
    "Het gebouw is het hele jaar door open.",
    "De opleiding omvat 40 uren scholing.",
    "Meld u 15 minuten voor aanvang.",
    "Het termijn eindigt op een zaterdag, zondag of feestdag.",
    "De pont vaart op het eind van de week vaker.",
    "Hij moet meer dan 36 uur werkzaam zijn.",
]


def _cases(rows: list[Row]) -> Any:
    return pytest.mark.parametrize(("text", "expected"), rows, ids=[r[0][:60] for r in rows])


@_cases(RANGES_SHARING_A_YEAR)
def test_ranges_sharing_a_year(text: str, expected: Any) -> None:
    assert found(text) == expected


@_cases(NUMERIC)
def test_numeric_forms_and_weeks(text: str, expected: Any) -> None:
    assert found(text) == expected


@_cases(DECADES_CENTURIES)
def test_decades_and_centuries(text: str, expected: Any) -> None:
    assert found(text) == expected


@_cases(PARTS_AND_POSITIONS)
def test_parts_and_positions(text: str, expected: Any) -> None:
    assert found(text) == expected


@_cases(OFFSETS)
def test_offsets_date_or_duration(text: str, expected: Any) -> None:
    assert found(text) == expected


@_cases(WEEKDAYS_AND_NAMED_DAYS)
def test_weekdays_and_named_days(text: str, expected: Any) -> None:
    assert found(text) == expected


@_cases(WORD_DAYS)
def test_days_in_words_and_ordinals(text: str, expected: Any) -> None:
    assert found(text) == expected


@_cases(DURATIONS_IN_WORDS)
def test_durations_in_words(text: str, expected: Any) -> None:
    assert found(text) == expected


@_cases(WHOLE_AND_COMPOSITE_DURATIONS)
def test_whole_and_composite_durations(text: str, expected: Any) -> None:
    assert found(text) == expected


@_cases(WHOLE_YEAR_NAMED)
def test_whole_year_with_its_number_is_the_year(text: str, expected: Any) -> None:
    assert found(text) == expected


@_cases(SUBDAY_FORMS)
def test_durations_under_a_day(text: str, expected: Any) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text", NUMERIC_NEGATIVES + WEEKDAY_NEGATIVES + SUBDAY_NEGATIVES + WHOLE_NEGATIVES
)
def test_not_a_date(text: str) -> None:
    assert found(text) == []


def test_relative_forms_need_the_anchor() -> None:
    """Without a publication date relative forms stay null: "today" never leaks in."""
    assert found("Afgelopen maandag besloot het kabinet.", None) == [("Afgelopen maandag", D(None))]
    assert found("Over twee jaar is de dijk klaar.", None) == [("twee jaar", D(None))]
    assert found("In week 10 begon de bouw.", None) == [("week 10", D(None))]


def test_weekday_without_tense_is_null() -> None:
    assert found("Dinsdag debat over de begroting.") == [("Dinsdag", D(None))]
