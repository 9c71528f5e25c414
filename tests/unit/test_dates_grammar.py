"""DATE grammar: spans and values on invented sentences shaped like Dutch government text.

Every row states the full list of DATE spans expected in its sentence, so a row also tests that
nothing else is found (precision) and that boundaries follow the spec (signals and articles
outside, position and relative words inside, "jl." inside, clock times outside).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from nlds_nlp.grammar.base import Match
from nlds_nlp.grammar.dates import find_dates

SEED = "2020-06-25"


def D(value: str | None, mod: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "date", "value": value}
    if mod:
        out["mod"] = mod
    return out


def I(start: str | None, end: str | None) -> dict[str, Any]:  # noqa: E743
    return {"type": "interval", "start": start, "end": end}


def P(value: str | None, lo: str | None = None, hi: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "duration", "value": value}
    if lo or hi:
        out["min"] = lo
        out["max"] = hi
    return out


def found(text: str, published: str | None) -> list[tuple[str, dict[str, Any]]]:
    return [(text[m.start : m.end], m.value) for m in find_dates(text, published)]


# (sentence, published, expected [(surface, value)])
CASES: list[tuple[str, str | None, list[tuple[str, dict[str, Any]]]]] = [
    # --- seed-like cases from the spec ---
    (
        "De in oktober gestarte Nederlandse AI Coalitie krijgt geld.",
        SEED,
        [("oktober", D("2019-10"))],
    ),
    ("In oktober start de nieuwe ronde.", SEED, [("oktober", D("2020-10"))]),
    ("De coalitie krijgt vandaag een startimpuls.", SEED, [("vandaag", D("2020-06-25"))]),
    ("Het kabinet investeert in zeven jaar 2 miljard euro.", SEED, [("zeven jaar", P("P7Y"))]),
    ("Dat gebeurt de komende vier jaar.", SEED, [("komende vier jaar", P("P4Y"))]),
    ("Begin dit jaar is het plan gepresenteerd.", SEED, [("Begin dit jaar", D("2020", "START"))]),
    ("Het rapport verschijnt eind 2025.", SEED, [("eind 2025", D("2025", "END"))]),
    ("Vanaf medio 2026 geldt de regel.", SEED, [("medio 2026", D("2026", "MID"))]),
    (
        "Op Prinsjesdag 2024 wordt de begroting gepresenteerd.",
        SEED,
        [("Prinsjesdag 2024", D("2024-09-17"))],
    ),
    (
        "Dit gebeurt in het derde kwartaal van 2026.",
        SEED,
        [("derde kwartaal van 2026", D("2026-Q3"))],
    ),
    ("De pilot start in Q3 2021.", SEED, [("Q3 2021", D("2021-Q3"))]),
    ("In het najaar volgt een brief.", SEED, [("najaar", D("2020-FA"))]),
    ("Komend najaar volgt een brief.", SEED, [("Komend najaar", D("2020-FA"))]),
    ("In het voorjaar van 2021 volgt een evaluatie.", SEED, [("voorjaar van 2021", D("2021-SP"))]),
    ("Het programma loopt van 2021 tot 2025.", SEED, [("2021 tot 2025", I("2021", "2025"))]),
    ("Het programma loopt 2021-2025.", SEED, [("2021-2025", I("2021", "2025"))]),
    ("Het programma loopt 2021–2025.", SEED, [("2021–2025", I("2021", "2025"))]),
    (
        "In 2021, 2022 en 2023 komt er geld bij.",
        SEED,
        [("2021", D("2021")), ("2022", D("2022")), ("2023", D("2023"))],
    ),
    (
        "Op 18 oktober 2023 16:05 werd het bericht geplaatst.",
        SEED,
        [("18 oktober 2023", D("2023-10-18"))],
    ),
    ("Op 24 maart jl. is de brief verstuurd.", SEED, [("24 maart jl.", D("2020-03-24"))]),
    ("Vorig jaar was de omzet lager.", SEED, [("Vorig jaar", D("2019"))]),
    ("Volgend jaar komt er een evaluatie.", SEED, [("Volgend jaar", D("2021"))]),
    ("Het afgelopen jaar is er veel bereikt.", SEED, [("afgelopen jaar", P("P1Y"))]),
    ("In het afgelopen kwartaal daalde het aantal.", SEED, [("afgelopen kwartaal", D("2020-Q1"))]),
    ("Afgelopen juli is de regeling gestart.", SEED, [("Afgelopen juli", D("2019-07"))]),
    ("De komende jaren investeren we meer.", SEED, [("komende jaren", D("FUTURE_REF"))]),
    ("De afgelopen jaren is het aantal gegroeid.", SEED, [("afgelopen jaren", D("PAST_REF"))]),
    ("Dit probleem speelt al tientallen jaren.", SEED, [("tientallen jaren", D("PAST_REF"))]),
    ("In de komende periode werken we dit uit.", SEED, [("komende periode", D("FUTURE_REF"))]),
    ("De komende decennia blijft dit nodig.", SEED, [("komende decennia", D("FUTURE_REF"))]),
    (
        "Dit vraagt de komende 10-15 jaar extra inzet.",
        SEED,
        [("komende 10-15 jaar", P(None, "P10Y", "P15Y"))],
    ),
    (
        "In de eerste helft van 2016 daalde het aantal.",
        SEED,
        [("eerste helft van 2016", D("2016-H1"))],
    ),
    ("Cijfers over 2016-H1 volgen.", SEED, [("2016-H1", D("2016-H1"))]),
    (
        "Tweede Kamer, vergaderjaar 2022–2023, 29 984, nr. 1082",
        SEED,
        [("vergaderjaar 2022–2023", I("2022", "2023"))],
    ),
    ("Vergaderjaar 2023–2024", SEED, [("Vergaderjaar 2023–2024", I("2023", "2024"))]),
    ("Dat kost ca. 8 jaar.", SEED, [("8 jaar", P("P8Y"))]),
    ("Rond 2030 moet dit klaar zijn.", SEED, [("2030", D("2030"))]),
    ("Dit doen we in deze kabinetsperiode.", SEED, [("deze kabinetsperiode", D(None))]),
    ("In het eerste jaar van de NWA is veel gedaan.", SEED, [("eerste jaar", D(None))]),
    # --- years ---
    ("In 2019 investeerde het kabinet al 64 miljoen euro.", SEED, [("2019", D("2019"))]),
    ("Sinds 2015 bestaat de regeling.", SEED, [("2015", D("2015"))]),
    ("Tot 2030 jaarlijks 10 miljoen euro.", SEED, [("2030", D("2030"))]),
    ("Uiterlijk 2025 is het klaar.", SEED, [("2025", D("2025"))]),
    ("Voor 1995 was dat anders.", SEED, [("1995", D("1995"))]),
    ("De begroting 2024 laat een tekort zien.", SEED, [("2024", D("2024"))]),
    ("’s-Gravenhage 2023", SEED, [("2023", D("2023"))]),
    # the noun is inside the span, as in "vergaderjaar 2022–2023" (corpus guide)
    ("Het jaar 2020 was uitzonderlijk.", SEED, [("jaar 2020", D("2020"))]),
    (
        "Voor het collegejaar 2023-2024 geldt dit.",
        SEED,
        [("collegejaar 2023-2024", I("2023", "2024"))],
    ),
    (
        "Het plafond voor het kalenderjaar 2014 is bereikt.",
        SEED,
        [("kalenderjaar 2014", D("2014"))],
    ),
    ("Binnen een maand volgt het besluit.", SEED, [("maand", P("P1M"))]),
    ("Gedurende de hele kabinetsperiode blijft het zo.", SEED, [("hele kabinetsperiode", D(None))]),
    ("Zie het BWS 1995 en de ARW 2016.", SEED, []),
    ("In 1900 en 2099 kan het ook.", SEED, [("1900", D("1900")), ("2099", D("2099"))]),
    (
        "Voor de jaren 2009, 2010 en 2011 geldt dit.",
        SEED,
        [("2009", D("2009")), ("2010", D("2010")), ("2011", D("2011"))],
    ),
    ("(2019)", SEED, [("2019", D("2019"))]),
    # --- year ranges ---
    ("Het plan 2021 t/m 2025 is klaar.", SEED, [("2021 t/m 2025", I("2021", "2025"))]),
    (
        "Voor de jaren 2005 tot en met 2014 geldt dit.",
        SEED,
        [("2005 tot en met 2014", I("2005", "2014"))],
    ),
    ("Het schooljaar 2022/2023 begint.", SEED, [("schooljaar 2022/2023", I("2022", "2023"))]),
    ("Het seizoen 2019-20 was kort.", SEED, [("2019-20", I("2019", "2020"))]),
    ("De periode 2021 - 2025 is lang.", SEED, [("2021 - 2025", I("2021", "2025"))]),
    ("Tussen 2020 en 2025 groeit het fonds.", SEED, [("2020 en 2025", I("2020", "2025"))]),
    ("Het meerjarenprogramma (2014–2020) is verlengd.", SEED, [("2014–2020", I("2014", "2020"))]),
    # --- months ---
    ("In september is de aanvraag ingediend.", SEED, [("september", D("2019-09"))]),
    ("In september zal de aanvraag worden ingediend.", SEED, [("september", D("2020-09"))]),
    ("In maart was de brief al verstuurd.", SEED, [("maart", D("2020-03"))]),
    ("In december gaan we verder.", SEED, [("december", D("2020-12"))]),
    ("In oktober start de nieuwe ronde.", None, [("oktober", D(None))]),
    ("In oktober start de nieuwe ronde.", "2020", [("oktober", D(None))]),
    ("In oktober is het zover.", "2020", [("oktober", D("2020-10"))]),
    ("In juli 2020 is de regeling gestart.", SEED, [("juli 2020", D("2020-07"))]),
    ("Per januari 2021 geldt een nieuw tarief.", SEED, [("januari 2021", D("2021-01"))]),
    ("Sinds jan. 2019 is dit zo.", SEED, [("jan. 2019", D("2019-01"))]),
    ("Komende oktober start de pilot.", SEED, [("Komende oktober", D("2020-10"))]),
    ("Vorige maand is het plan verschenen.", SEED, [("Vorige maand", D("2020-05"))]),
    ("Deze maand volgt het besluit.", SEED, [("Deze maand", D("2020-06"))]),
    ("Volgende maand volgt het besluit.", "2020-12-01", [("Volgende maand", D("2021-01"))]),
    (
        "De aanvragen van januari tot en met maart 2021 zijn verwerkt.",
        SEED,
        [("januari tot en met maart 2021", I("2021-01", "2021-03"))],
    ),
    (
        "In de periode april tot juni 2020 werd een reserve aangelegd.",
        SEED,
        [("april tot juni 2020", I("2020-04", "2020-06"))],
    ),
    # --- full dates ---
    ("Op 25 juni 2020 maakte het kabinet dit bekend.", SEED, [("25 juni 2020", D("2020-06-25"))]),
    (
        "Met ingang van 1 januari 2003 vervalt de regeling.",
        SEED,
        [("1 januari 2003", D("2003-01-01"))],
    ),
    (
        "Op dinsdag 5 april 2018 debatteert de Kamer.",
        SEED,
        [("dinsdag 5 april 2018", D("2018-04-05"))],
    ),
    (
        "Maandag, 22 december 2014 om 2:38 vertrok hij.",
        SEED,
        [("Maandag, 22 december 2014", D("2014-12-22"))],
    ),
    ("Het besluit van 25-06-2020 is gepubliceerd.", SEED, [("25-06-2020", D("2020-06-25"))]),
    ("Vervallen per 01-04-2015.", SEED, [("01-04-2015", D("2015-04-01"))]),
    ("Ingediend op 22/2/2016.", SEED, [("22/2/2016", D("2016-02-22"))]),
    ("Ingediend op 13.5.2015.", SEED, [("13.5.2015", D("2015-05-13"))]),
    ("Rapport | 2023-04-15", SEED, [("2023-04-15", D("2023-04-15"))]),
    ("ik zal 1-sep-2019 teruggaan.", SEED, [("1-sep-2019", D("2019-09-01"))]),
    ("Op 2 okt. komt de commissie bijeen.", SEED, [("2 okt.", D("2020-10-02"))]),
    ("Op 1 juli a.s. treedt de wet in werking.", SEED, [("1 juli a.s.", D("2020-07-01"))]),
    ("Op 1 juni a.s. treedt de wet in werking.", SEED, [("1 juni a.s.", D("2021-06-01"))]),
    ("Op 30 juni jl. sprak de Kamer.", SEED, [("30 juni jl.", D("2019-06-30"))]),
    ("Op 24 maart jl. is de brief verstuurd.", None, [("24 maart jl.", D(None))]),
    ("Het Hof heeft op 31 februari 2020 beslist.", SEED, [("31 februari 2020", D(None))]),
    (
        "De periode van 1 januari 2013 tot en met 31 december 2015 is voorbij.",
        SEED,
        [("1 januari 2013 tot en met 31 december 2015", I("2013-01-01", "2015-12-31"))],
    ),
    (
        "Van 30 mei tot 28 juni 2020 liep de campagne.",
        SEED,
        [("30 mei tot 28 juni 2020", I("2020-05-30", "2020-06-28"))],
    ),
    (
        "De inschrijving loopt van 1 t/m 5 juni 2020.",
        SEED,
        [("1 t/m 5 juni 2020", I("2020-06-01", "2020-06-05"))],
    ),
    (
        "Tenders 19-11-2009 t/m 28-01-2010 gesloten.",
        SEED,
        [("19-11-2009 t/m 28-01-2010", I("2009-11-19", "2010-01-28"))],
    ),
    # --- quarters and halves ---
    ("In Q1 2022 volgt de evaluatie.", SEED, [("Q1 2022", D("2022-Q1"))]),
    ("Cijfers over 2021-Q3 volgen.", SEED, [("2021-Q3", D("2021-Q3"))]),
    (
        "In het vierde kwartaal van 2023 start de bouw.",
        SEED,
        [("vierde kwartaal van 2023", D("2023-Q4"))],
    ),
    (
        "In het eerste kwartaal van dit jaar daalde de omzet.",
        SEED,
        [("eerste kwartaal van dit jaar", D("2020-Q1"))],
    ),
    ("In het 3e kwartaal 2021 wordt dit bekeken.", SEED, [("3e kwartaal 2021", D("2021-Q3"))]),
    ("In het derde kwartaal volgt een brief.", SEED, [("derde kwartaal", D("2020-Q3"))]),
    (
        "In het eerste kwartaal is het aantal gedaald.",
        "2020-02-10",
        [("eerste kwartaal", D("2020-Q1"))],
    ),
    (
        "In het vierde kwartaal was het aantal gedaald.",
        "2020-02-10",
        [("vierde kwartaal", D("2019-Q4"))],
    ),
    ("Dit kwartaal volgt het besluit.", SEED, [("Dit kwartaal", D("2020-Q2"))]),
    ("Volgend kwartaal volgt het besluit.", SEED, [("Volgend kwartaal", D("2020-Q3"))]),
    (
        "In de tweede helft van dit jaar start de pilot.",
        SEED,
        [("tweede helft van dit jaar", D("2020-H2"))],
    ),
    (
        "In het eerste halfjaar van 2019 kwamen er 20 aanvragen.",
        SEED,
        [("eerste halfjaar van 2019", D("2019-H1"))],
    ),
    ("In H2 2021 komt er meer.", SEED, [("H2 2021", D("2021-H2"))]),
    # --- seasons ---
    ("Deze zomer komt er een brief.", SEED, [("Deze zomer", D("2020-SU"))]),
    ("Afgelopen winter was het druk.", SEED, [("Afgelopen winter", D("2019-WI"))]),
    ("Afgelopen najaar is het plan gepresenteerd.", SEED, [("Afgelopen najaar", D("2019-FA"))]),
    ("Voor de zomer informeer ik de Kamer.", SEED, [("zomer", D("2020-SU"))]),
    ("Na de zomer komt er een plan.", "2021-11-01", [("zomer", D("2022-SU"))]),
    ("In de zomer 2020 was het druk.", SEED, [("zomer 2020", D("2020-SU"))]),
    ("Najaar 2020 zijn de cijfers bekend.", SEED, [("Najaar 2020", D("2020-FA"))]),
    ("Elk voorjaar wordt de subsidie verdeeld.", SEED, [("voorjaar", D("XXXX-SP"))]),
    ("Jaarlijks in het najaar stuurt de minister een brief.", SEED, [("najaar", D("XXXX-FA"))]),
    ("In het voorjaar volgt een brief.", None, [("voorjaar", D(None))]),
    ("Begin volgend jaar volgt een brief.", SEED, [("Begin volgend jaar", D("2021", "START"))]),
    ("Eind vorig jaar is het gestart.", SEED, [("Eind vorig jaar", D("2019", "END"))]),
    ("Halverwege 2025 is de helft klaar.", SEED, [("Halverwege 2025", D("2025", "MID"))]),
    ("Eind juli 2020 vond een top plaats.", SEED, [("Eind juli 2020", D("2020-07", "END"))]),
    (
        "Begin september 2019 werd dit besloten.",
        SEED,
        [("Begin september 2019", D("2019-09", "START"))],
    ),
    ("Eind april werd de app gelanceerd.", SEED, [("Eind april", D("2020-04", "END"))]),
    ("Eind oktober komt het rapport.", SEED, [("Eind oktober", D("2020-10", "END"))]),
    (
        "ProRail kan niet voor het einde van 2023 klaar zijn.",
        SEED,
        [("einde van 2023", D("2023", "END"))],
    ),
    ("Aan het eind van dit jaar is het klaar.", SEED, [("eind van dit jaar", D("2020", "END"))]),
    ("Eind dit jaar is het klaar.", None, [("Eind dit jaar", D(None, "END"))]),
    ("Medio 2026 begint de bouw.", None, [("Medio 2026", D("2026", "MID"))]),
    ("Uiterlijk begin 2021 moet het plan er zijn.", SEED, [("begin 2021", D("2021", "START"))]),
    ("Begin voorjaar 2021 start de pilot.", SEED, [("Begin voorjaar 2021", D("2021-SP", "START"))]),
    # --- Prinsjesdag ---
    (
        "Op Prinsjesdag presenteert het kabinet de plannen.",
        SEED,
        [("Prinsjesdag", D("2020-09-15"))],
    ),
    (
        "Op Prinsjesdag presenteerde het kabinet de plannen.",
        SEED,
        [("Prinsjesdag", D("2019-09-17"))],
    ),
    ("Prinsjesdag 2025 valt op een dinsdag.", None, [("Prinsjesdag 2025", D("2025-09-16"))]),
    ("Op Prinsjesdag presenteert het kabinet de plannen.", None, [("Prinsjesdag", D(None))]),
    # --- relative days and weeks ---
    ("Gisteren is de brief verstuurd.", SEED, [("Gisteren", D("2020-06-24"))]),
    ("Eergisteren is de brief verstuurd.", SEED, [("Eergisteren", D("2020-06-23"))]),
    ("Morgen debatteert de Kamer.", SEED, [("Morgen", D("2020-06-26"))]),
    ("Overmorgen debatteert de Kamer.", SEED, [("Overmorgen", D("2020-06-27"))]),
    ("Vandaag debatteert de Kamer.", None, [("Vandaag", D(None))]),
    ("Vandaag debatteert de Kamer.", "2020-06", [("Vandaag", D(None))]),
    ("Volgende week debatteert de Kamer.", SEED, [("Volgende week", D("2020-W27"))]),
    ("Vorige week debatteerde de Kamer.", SEED, [("Vorige week", D("2020-W25"))]),
    ("Deze week debatteert de Kamer.", "2021-01-01", [("Deze week", D("2020-W53"))]),
    ("Dit jaar komt er 5 miljoen euro bij.", SEED, [("Dit jaar", D("2020"))]),
    ("Dit jaar komt er 5 miljoen euro bij.", None, [("Dit jaar", D(None))]),
    ("Komend jaar komt er 5 miljoen euro bij.", SEED, [("Komend jaar", D("2021"))]),
    ("Het komende jaar komt er 5 miljoen euro bij.", "2019", [("komende jaar", D("2020"))]),
    ("Verleden jaar was het anders.", "2019", [("Verleden jaar", D("2018"))]),
    ("Twee jaar geleden is de regeling gestart.", SEED, [("Twee jaar geleden", D("2018"))]),
    (
        "Drie maanden geleden is de regeling gestart.",
        SEED,
        [("Drie maanden geleden", D("2020-03"))],
    ),
    ("Tien dagen geleden is de regeling gestart.", SEED, [("Tien dagen geleden", D("2020-06-15"))]),
    ("Twee jaar geleden is de regeling gestart.", None, [("Twee jaar geleden", D(None))]),
    # --- durations ---
    ("De subsidie loopt drie maanden.", SEED, [("drie maanden", P("P3M"))]),
    ("De minister beslist binnen twee weken.", SEED, [("twee weken", P("P2W"))]),
    ("De minister beslist binnen 10 dagen.", SEED, [("10 dagen", P("P10D"))]),
    ("De minister beslist binnen dertien weken.", SEED, [("dertien weken", P("P13W"))]),
    ("De looptijd is ten hoogste 12 maanden.", SEED, [("12 maanden", P("P12M"))]),
    ("Het project duurt 3,5 jaar.", SEED, [("3,5 jaar", P("P3.5Y"))]),
    ("Het project duurt een half jaar.", SEED, [("half jaar", P("P0.5Y"))]),
    ("Het project duurt anderhalf jaar.", SEED, [("anderhalf jaar", P("P1.5Y"))]),
    ("Het project duurt een jaar.", SEED, [("jaar", P("P1Y"))]),
    ("Het project mag één jaar verlengd worden.", SEED, [("één jaar", P("P1Y"))]),
    ("Dat duurt vijfentwintig jaar.", SEED, [("vijfentwintig jaar", P("P25Y"))]),
    ("Dat duurt twintig jaar.", SEED, [("twintig jaar", P("P20Y"))]),
    ("Dat duurt honderd jaar.", SEED, [("honderd jaar", P("P100Y"))]),
    ("Dat duurt twee decennia.", SEED, [("twee decennia", P("P20Y"))]),
    ("Dat duurt twee à drie jaar.", SEED, [("twee à drie jaar", P(None, "P2Y", "P3Y"))]),
    ("Dat duurt 5 tot 10 jaar.", SEED, [("5 tot 10 jaar", P(None, "P5Y", "P10Y"))]),
    ("Dat duurt twee of drie maanden.", SEED, [("twee of drie maanden", P(None, "P2M", "P3M"))]),
    ("Een overzicht van de afgelopen drie jaar.", SEED, [("afgelopen drie jaar", P("P3Y"))]),
    ("Een overzicht van de voorbije vijf jaar.", SEED, [("voorbije vijf jaar", P("P5Y"))]),
    ("De eerste vijf jaar zijn lastig.", SEED, [("eerste vijf jaar", P("P5Y"))]),
    ("Een termijn van 18 jr. is lang.", SEED, [("18 jr.", P("P18Y"))]),
    (
        "De vergunning geldt vier jaar en zes maanden.",
        SEED,
        [("vier jaar en zes maanden", P("P4Y6M"))],
    ),
    (
        "Een gevangenisstraf van zes maanden tot drie jaar.",
        SEED,
        [("zes maanden", P("P6M")), ("drie jaar", P("P3Y"))],
    ),
    ("Na 2 jaar volgt een evaluatie.", None, [("2 jaar", P("P2Y"))]),
    ("Het duurt een halfjaar.", SEED, [("halfjaar", P("P0.5Y"))]),
    # --- decades, vague, cabinet ---
    ("Sinds de jaren zeventig bestaat het programma.", SEED, [("jaren zeventig", D("197"))]),
    ("In de jaren 80 is het gebouwd.", SEED, [("jaren 80", D("198"))]),
    ("Eind jaren negentig kwam de wet.", SEED, [("Eind jaren negentig", D("199", "END"))]),
    ("De laatste jaren is het gegroeid.", SEED, [("laatste jaren", D("PAST_REF"))]),
    ("De komende maanden zal het virus evolueren.", SEED, [("komende maanden", D("FUTURE_REF"))]),
    ("De voorbije maanden is er veel gebeurd.", None, [("voorbije maanden", D("PAST_REF"))]),
    ("De laatste tijd is het druk.", None, [("laatste tijd", D("PAST_REF"))]),
    ("De komende tijd is het druk.", None, [("komende tijd", D("FUTURE_REF"))]),
    (
        "De afgelopen decennia is de bevolking gegroeid.",
        None,
        [("afgelopen decennia", D("PAST_REF"))],
    ),
    ("Over tientallen jaren is dit anders.", None, [("tientallen jaren", D("FUTURE_REF"))]),
    (
        "In de vorige kabinetsperiode is dit gestart.",
        None,
        [("vorige kabinetsperiode", D("PAST_REF"))],
    ),
    (
        "In de komende kabinetsperiode gaat dit door.",
        None,
        [("komende kabinetsperiode", D("FUTURE_REF"))],
    ),
    ("Het tweede jaar ontvangt men 33%.", None, [("tweede jaar", D(None))]),
    # --- mixed real-world shapes ---
    ("Graag cijfers vanaf 2015, opgesplitst per jaar.", SEED, [("2015", D("2015"))]),
    (
        "Op 16 oktober 2019 trok het platform aan de bel.",
        "2020",
        [("16 oktober 2019", D("2019-10-16"))],
    ),
    (
        "MOTIE VAN HET LID X\nVoorgesteld 24 januari 2023\nDe Kamer,",
        "2023-01-24",
        [("24 januari 2023", D("2023-01-24"))],
    ),
    (
        "voor het einde van\n2023 het programma af te ronden",
        "2023-01-26",
        [("einde van\n2023", D("2023", "END"))],
    ),
    (
        "Het kabinet trekt in 2024 en 2025 in totaal € 500 miljoen uit.",
        SEED,
        [("2024", D("2024")), ("2025", D("2025"))],
    ),
    (
        "Dit jaar en volgend jaar komt er geld bij.",
        "2022-03-01",
        [("Dit jaar", D("2022")), ("volgend jaar", D("2023"))],
    ),
    (
        "Van 220 miljoen euro volgend jaar tot 345 miljoen in latere jaren.",
        SEED,
        [("volgend jaar", D("2021"))],
    ),
    (
        "In september 2020 en in maart 2021 volgen rapportages.",
        SEED,
        [("september 2020", D("2020-09")), ("maart 2021", D("2021-03"))],
    ),
    (
        "De Kamer ontvangt in het voorjaar van 2025 een brief.",
        "2024-10-01",
        [("voorjaar van 2025", D("2025-SP"))],
    ),
    # --- titles, citations and anaphora around years (spec 6) ---
    ("Het coalitieakkoord 2021-2025 noemt dit.", SEED, [("2021-2025", I("2021", "2025"))]),
    ("Het Coalitieakkoord 2021 – 2025 noemt dit.", SEED, []),
    (
        "De Regeling geldelijke steun huurwoningen normkostensysteem 1988 vervalt in 2020.",
        None,
        [("2020", D("2020"))],
    ),
    ("Het Klimaatakkoord is in 2019 gesloten.", SEED, [("2019", D("2019"))]),
    (
        "De Omgevingswet treedt per 1 januari 2024 in werking.",
        SEED,
        [("1 januari 2024", D("2024-01-01"))],
    ),
    (
        "Zie Kamerstukken II 2019/20, 35300, nr. 3 en de brief van 2 juli 2020.",
        SEED,
        [("2 juli 2020", D("2020-07-02"))],
    ),
    ("Aanvragen kunnen een volgend jaar opnieuw worden ingediend.", SEED, []),
    ("Het eindigt op 31 augustus van het daarop volgende jaar.", None, [("31 augustus", D(None))]),
    ("Vandaag de dag is dat anders.", SEED, []),
    ("Op 29 feb is het schrikkeldag.", "2017-03-22", [("29 feb", D("2016-02-29"))]),
    ("Op 3 jan. vergadert de raad.", "2020-12-01", [("3 jan.", D("2020-01-03"))]),
    ("Verstuurd op 29/2/2019.", SEED, [("29/2/2019", D(None))]),
    ("Het bedrag voor het voorgaande jaar is lager.", SEED, []),
    ("Zij kwam in de volgende periode van vijf jaar terug.", SEED, [("vijf jaar", P("P5Y"))]),
    (
        "Het besluit van 12 april 2006, nr. HDJZ/S&W/2006-396, is gewijzigd.",
        None,
        [("12 april 2006", D("2006-04-12"))],
    ),
    ("Een looptijd van 10 jaar en een rente van 4,5 procent.", None, [("10 jaar", P("P10Y"))]),
    ("Dit speelt al jaren en jarenlang.", SEED, []),
    ("Dat duurt al meer dan 5 jaar.", SEED, [("5 jaar", P("P5Y"))]),
    (
        "De motie, aangenomen op 16 mei vorig jaar, is uitgevoerd.",
        "2018-03",
        [("16 mei vorig jaar", D("2017-05-16"))],
    ),
    (
        "Sinds 1 september van dit jaar geldt dit.",
        SEED,
        [("1 september van dit jaar", D("2020-09-01"))],
    ),
    ("In maart vorig jaar is het gestart.", SEED, [("maart vorig jaar", D("2019-03"))]),
    ("In maart van volgend jaar start het.", None, [("maart van volgend jaar", D(None))]),
    ("In januari van het jaar volgend op het subsidiejaar.", None, [("januari", D(None))]),
    ("Zie Eindverslag-Ambassadeurs-augustus-2017.pdf en Rapport-begint-mei-2021.", SEED, []),
    ("Per leeftijdsgroep: onder de 15 jaar, 15 tot 25 jaar en 25 tot 35 jaar.", SEED, []),
    ("Een verslag over het eerste halfjaar van het lopende stipendium.", SEED, []),
    ("Het voorschot in het eerste kwartaal van het boekjaar.", SEED, []),
    (
        "Ik wil de brief die we halverwege mei krijgen, zien; het vorige kabinet had dat.",
        "2018-03-29",
        [("halverwege mei", D("2018-05", "MID"))],
    ),
    ("Dat duurt minstens twee jaar.", SEED, [("twee jaar", P("P2Y"))]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_spans_and_values(
    text: str, published: str | None, expected: list[tuple[str, dict[str, Any]]]
) -> None:
    assert found(text, published) == expected


# Sentences with no DATE at all (spec: not DATE), each with a publication date so that relative
# readings would resolve if they were (wrongly) found.
NEGATIVES: list[str] = [
    "Kamerstuk 26643, nr. 1149",
    "Zie Stb. 2019, 123 voor de tekst.",
    "Zie Stcrt. 2018, 45678.",
    "kst-25087-309",
    "Het dossier 25 087 is gesloten.",
    "Kamerstukken II 2019/20, 35300, nr. 3",
    "Handelingen II 2017/18, nr. 45",
    "ISSN 0921 - 7371",
    "De subsidie bedraagt jaarlijks 5 miljoen euro.",
    "De subsidie bedraagt 5 miljoen euro per jaar.",
    "Om de twee jaar volgt een evaluatie.",
    "Eens per drie jaar volgt een evaluatie.",
    "Mensen van 65 jaar en ouder krijgen korting.",
    "Kinderen tot 12 jaar reizen gratis.",
    "Hij is 65 jaar oud.",
    "Jongeren van 18 jaar mogen stemmen.",
    "Personen ouder dan 18 jaar betalen.",
    "Vanaf de leeftijd van 16 jaar mag het.",
    "Dit is op lange termijn nodig.",
    "Dit is op korte termijn nodig.",
    "In lange tijd was het niet zo druk.",
    "We vieren 200 jaar Koninkrijk.",
    "Inmiddels is het nu binnenkort klaar.",
    "Het gaat om de economie van vandaag en morgen.",
    "De banen van morgen vragen nieuwe vaardigheden.",
    "Er zijn 350 bedrijven betrokken.",
    "Het budget is 2019 euro.",
    "Het kost € 2020.",
    "De Miljoenennota 2026 verschijnt.",
    "In de voorjaarsnota 2019 staat het.",
    "De Voorjaarsnota 2019 staat online.",
    "Het Reglement Innovatiebudget 2024 is vastgesteld.",
    "De ronde SDE++ 2024 is open.",
    "Het Coalitieakkoord 2021-2025 is gesloten.",
    "De Gemeentebegroting 2024-2027 is vastgesteld.",
    "Zie de Wet op de inkomstenbelasting 2001.",
    "Het Besluit subsidies energieprogramma's 1995 vervalt.",
    "Staten-Generaal2018-2019",
    "De helft van het geplaatste kapitaal.",
    "In aanmerking komende kosten worden vergoed.",
    "De eerste helft van de leden is aanwezig.",
    "Het kost 1.2019 miljoen.",
    "Artikel 3, tweede lid.",
    "De meerjarenperiode en de begrotingshorizon.",
    "Het aantal steeg met 2,5 procent.",
    "Code 2019-123 is onjuist.",
    "De zomerreces en de Voorjaarsnota en de wintertijd.",
    "Een jaarlijkse bijdrage en een maandelijkse bijdrage.",
    "Dit geldt elk jaar opnieuw.",
    "Zie https://wetten.overheid.nl/wet/van/3/maart/1881/BWBR0001854",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_a_date(text: str) -> None:
    assert found(text, SEED) == []


# Pattern names: the other engineer's spaCy component and users debug with them.
PATTERNS: list[tuple[str, str, str]] = [
    ("op 25 juni 2020 gebeurde het", "25 juni 2020", "full_date"),
    ("in juli 2020 gebeurde het", "juli 2020", "month_year"),
    ("in 2020 gebeurde het", "2020", "year"),
    ("in 2021-2025 gebeurde het", "2021-2025", "year_range"),
    ("van 2021 tot 2025 gebeurde het", "2021 tot 2025", "year_range"),
    ("in Q3 2021 gebeurde het", "Q3 2021", "quarter"),
    ("in het najaar gebeurde het", "najaar", "season"),
    ("in de eerste helft van 2016 gebeurde het", "eerste helft van 2016", "half_year"),
    ("vorig jaar gebeurde het", "vorig jaar", "relative_year"),
    ("vorige maand gebeurde het", "vorige maand", "relative_month"),
    ("afgelopen juli gebeurde het", "afgelopen juli", "relative_month"),
    ("eind 2025 gebeurt het", "eind 2025", "position_year"),
    ("op Prinsjesdag 2024 gebeurt het", "Prinsjesdag 2024", "prinsjesdag"),
    ("in zeven jaar gebeurt het", "zeven jaar", "duration"),
    ("in 10-15 jaar gebeurt het", "10-15 jaar", "duration_range"),
    ("de komende jaren gebeurt het", "komende jaren", "vague_ref"),
    ("vergaderjaar 2022–2023", "vergaderjaar 2022–2023", "vergaderjaar"),
    ("vandaag gebeurt het", "vandaag", "relative_day"),
    ("volgende week gebeurt het", "volgende week", "relative_week"),
    ("dit kwartaal gebeurt het", "dit kwartaal", "relative_quarter"),
    ("in september gebeurt het", "september", "month"),
    ("twee jaar geleden gebeurde het", "twee jaar geleden", "relative_ago"),
    ("in de jaren 80 gebeurde het", "jaren 80", "decade"),
    ("het eerste jaar gebeurde het", "eerste jaar", "ordinal_period"),
    ("van januari tot en met maart 2021", "januari tot en met maart 2021", "month_range"),
    ("van 1 januari 2020 tot 1 januari 2021", "1 januari 2020 tot 1 januari 2021", "date_range"),
]


@pytest.mark.parametrize(("text", "surface", "pattern"), PATTERNS)
def test_pattern_names(text: str, surface: str, pattern: str) -> None:
    matches = find_dates(text, SEED)
    assert [(text[m.start : m.end], m.pattern) for m in matches] == [(surface, pattern)]
    assert all(m.label == "DATE" for m in matches)


def test_match_shape() -> None:
    (m,) = find_dates("Op 25 juni 2020 gebeurde het.", SEED)
    assert isinstance(m, Match)
    assert m.span == (3, 15)
    assert m.label == "DATE"
    json.dumps(m.value)


def test_invalid_published_raises() -> None:
    with pytest.raises(ValueError, match="YYYY"):
        find_dates("in 2020", "25-06-2020")


def test_empty_text() -> None:
    assert find_dates("", SEED) == []


def test_offsets_survive_length_changing_lowercase() -> None:
    """A character whose lower-case form is longer ("İ") must not shift offsets."""
    text = "İstanbul, 25 juni 2020 en in 2021."
    got = found(text, SEED)
    assert got == [("25 juni 2020", D("2020-06-25")), ("2021", D("2021"))]


def test_no_use_of_current_date() -> None:
    """Relative dates depend only on ``published``: the same input gives the same value."""
    assert found("Volgend jaar komt er geld.", "1999-01-01") == [("Volgend jaar", D("2000"))]


# ---------------------------------------------------------------------------------------------
# Whole-corpus invariants on the bulk pool of the shared corpus (never the gold candidates).


def _shared() -> Path | None:
    env = os.environ.get("NLDS_SHARED")
    path = Path(env) if env else Path(__file__).resolve().parents[2] / ".." / "shared"
    return path if path.is_dir() else None


def _bulk_texts(limit: int) -> list[tuple[str, str | None]]:
    shared = _shared()
    if shared is None:
        pytest.skip("shared data directory not found (set NLDS_SHARED)")
    manifest = shared / "corpus" / "manifest.jsonl"
    if not manifest.is_file():
        pytest.skip(f"corpus manifest missing: {manifest}")
    out: list[tuple[str, str | None]] = []
    with manifest.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row.get("pool") != "bulk":
                continue
            out.append(((shared / "corpus" / row["file"]).read_text("utf-8"), row["published"]))
            if len(out) >= limit:
                break
    return out


_EDGE_RE = re.compile(r"^[\w’'(]|[\w.)]$")


def test_bulk_corpus_invariants() -> None:
    """Spans are ordered, non-overlapping, start/end on a word and carry JSON-safe values."""
    for text, published in _bulk_texts(400):
        prev_end = -1
        for m in find_dates(text, published):
            surface = text[m.start : m.end]
            assert m.start >= prev_end, surface
            prev_end = m.end
            assert surface == surface.strip(), surface
            assert surface[0].isalnum() and (surface[-1].isalnum() or surface[-1] == "."), surface
            json.dumps(m.value)
            assert m.value["type"] in {"date", "interval", "duration"}
