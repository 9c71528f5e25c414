"""Shapes of decentral and funding names that no register holds (issue 15), invented cases."""

from __future__ import annotations

import pytest

from nlds_nlp.components.organisations import ministry_portfolios
from nlds_nlp.grammar.base import Match
from nlds_nlp.grammar.local_names import (
    find_caps_names,
    find_compass_places,
    find_local_laws,
    find_local_organisations,
    find_local_persons,
    find_local_programmes,
    find_role_persons,
    find_scheme_lists,
    minister_patterns,
    not_bodies,
)


def _found(text: str) -> list[tuple[str, str]]:
    matches = [
        *find_local_organisations(text, ministry_portfolios()),
        *find_local_programmes(text),
        *find_local_laws(text),
        *find_local_persons(text),
    ]
    return [(m.label, text[m.start : m.end]) for m in matches]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De GGD Hollands Midden krijgt geld.", [("ORG", "GGD Hollands Midden")]),
        (
            "de Veiligheidsregio Noord- en Oost-Gelderland en Omgevingsdienst Rivierenland.",
            [
                ("ORG", "Veiligheidsregio Noord- en Oost-Gelderland"),
                ("ORG", "Omgevingsdienst Rivierenland"),
            ],
        ),
        ("het advies van de Rekenkamer Oost-Brabant.", [("ORG", "Rekenkamer Oost-Brabant")]),
        (
            "in de Statencommissie Bestuur en Middelen",
            [("ORG", "Statencommissie Bestuur en Middelen")],
        ),
        ("subsidie aan HSV'21 en VV Oranje Wit", [("ORG", "HSV'21"), ("ORG", "VV Oranje Wit")]),
        ("de KV Oranje Wit", []),
        # not a club: a regulation's short title, a quoted title with a footnote, "o.v.v."
        ("artikel 3 van de RGSVO'91 en", []),
        ("the ‘Register of Things’12 and", []),
        ("o.v.v. Tender Noord", []),
    ],
)
def test_organisations(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_short_portfolios_only_in_a_list_of_departments() -> None:
    listed = "Onderwijs: 40 miljoen\nDefensie: 12 miljoen\nFinanciën | 3\n"
    found = list(find_local_organisations(listed, ministry_portfolios()))
    assert [listed[m.start : m.end] for m in found] == ["Onderwijs", "Defensie", "Financiën"]
    assert found[0].value == {"canonical": "Ministerie van Onderwijs, Cultuur en Wetenschap"}
    # one heading is no list of departments
    assert _found("Financiën\n\nFinanciën: 3 miljoen\nOnderwijs is belangrijk.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "er komt een Uitvoeringsprogramma Natuur 2024-2027 met",
            ["Uitvoeringsprogramma Natuur 2024-2027"],
        ),
        ("het Programma Wonen en Zorg 2023 loopt", ["Programma Wonen en Zorg 2023"]),
        ("de Friese agenda 2030 is", ["Friese agenda 2030"]),
        ("Dit Beleidskader stille wateren 2019 vervangt", ["Beleidskader stille wateren 2019"]),
        ("uit de Reserve Grote Projecten betaald", ["Reserve Grote Projecten"]),
        ("binnen de Algemene Dekkingsreserve (ADR)", ["Algemene Dekkingsreserve"]),
        # a verb, a preposition or a month is no title word; a link word takes a capital
        ("Het Programma loopt tot 2025.", []),
        ("de Subsidieregeling geldt in 2020", []),
        ("het Genderbeleid van november 2011", []),
        ("het Zuid Actieplan en de invoering van de Post 2015", []),
        # a zoning plan is no policy instrument; a lone compound opening a sentence names nothing
        ("het Bestemmingsplan Centrum 2019 is", []),
        ("Bestemmingsreserves. Egalisatiereserve is", []),
        ("de Reserve Overlopende verplichtingen", []),
    ],
)
def test_programmes(text: str, expected: list[str]) -> None:
    assert [t for label, t in _found(text) if label == "PROGRAMME"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "op grond van de Algemene subsidieverordening Gelderland 2022.",
            ["Algemene subsidieverordening Gelderland 2022"],
        ),
        (
            "de financiële verordening gemeente Ede 2017, artikel 5",
            ["financiële verordening gemeente Ede 2017"],
        ),
        ("volgens de Algemene Subsidieverordening en", ["Algemene Subsidieverordening"]),
        ("een financiële verordening moet", []),
    ],
)
def test_local_ordinances_are_laws(text: str, expected: list[str]) -> None:
    assert [t for label, t in _found(text) if label == "LAW"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("vertegenwoordigd door dhr. A.B. van Dijk, wethouder", ["A.B. van Dijk"]),
        ("en mevr. C. Jansen-Smit namens", ["C. Jansen-Smit"]),
        ("De Minister van Financiën, W. de Groot", ["W. de Groot"]),
        (
            "De Staatssecretaris van Volksgezondheid, Welzijn en Sport, K. Pieters TOELICHTING",
            ["K. Pieters"],
        ),
        ("de minister van Financiën, de heer", []),
    ],
)
def test_persons(text: str, expected: list[str]) -> None:
    assert [t for label, t in _found(text) if label == "PERSON"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "voor de subsidieregelingen Sport, Sociale cohesie en Wijkfonds in 2023.",
            ["Sport", "Sociale cohesie", "Wijkfonds"],
        ),
        ("uit de fondsen Natuur of Erfgoed.", ["Natuur", "Erfgoed"]),
        ("de regelingen worden in 2023 herzien", []),
    ],
)
def test_enumerated_schemes(text: str, expected: list[str]) -> None:
    assert [text[m.start : m.end] for m in find_scheme_lists(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "HOOFDSTUK XIX NATIONAAL GROEIFONDS  2021",
            [("NATIONAAL GROEIFONDS", "Nationaal Groeifonds")],
        ),
        ("OVERZICHT DELTAPROGRAMMA (bedragen", [("DELTAPROGRAMMA", "Deltaprogramma")]),
        ("TWEEDE KAMER", []),
        ("het Deltaprogramma", []),
    ],
)
def test_listed_names_in_capitals(text: str, expected: list[tuple[str, str]]) -> None:
    listed = {"nationaal groeifonds": "Nationaal Groeifonds", "deltaprogramma": "Deltaprogramma"}
    found = find_caps_names(text, listed)
    assert [(text[m.start : m.end], m.value["canonical"]) for m in found] == expected


def test_a_body_named_after_its_programme_is_the_body() -> None:
    text = "jaarverslag Adviescommissie Nationaal Groeifonds 2023 en het Nationaal Groeifonds"
    shaped = [
        Match(12, 53, "PROGRAMME", "suffix_compound", {}),
        Match(61, 81, "PROGRAMME", "suffix_compound", {}),
    ]
    out = not_bodies(text, shaped)
    assert [(m.label, text[m.start : m.end]) for m in out] == [
        ("ORG", "Adviescommissie Nationaal Groeifonds"),
        ("PROGRAMME", "Nationaal Groeifonds"),
    ]


def test_eu_acts_cited_in_a_subsidy_decision() -> None:
    text = (
        "op grond van Verordening (EU) nr. 651 / 2 0 1 4 van de Commissie van 17 juni 2014 en het "
        "Verdrag betreffende de werking van de Europese Unie; de Commissie van toezicht"
    )
    assert _found(text) == [
        ("ORG", "Commissie"),
        ("LAW", "Verordening (EU) nr. 651 / 2 0 1 4"),
        ("LAW", "Verdrag betreffende de werking van de Europese Unie"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De voorzitter van de commissie, Van Dalen  De griffier van de commissie, Bos",
            ["Van Dalen", "Bos"],
        ),
        (
            "uitvoering van de motie Van der Berg en Ruiters (Kamerstuk 31 200, nr. 5)",
            ["Van der Berg", "Ruiters"],
        ),
        ("de motie van het lid Smit over de regio", ["Smit"]),
        ("Minister van Financiën Jan de Graaf presenteert", ["Jan de Graaf"]),
        ("zegt Anna Visser, minister van Defensie.", ["Anna Visser"]),
        ("Regeling van de Minister-President, Minister van Algemene Zaken", []),
        ("de motie over de begroting", []),
    ],
)
def test_persons_by_their_role(text: str, expected: list[str]) -> None:
    found = find_role_persons(text, minister_patterns(ministry_portfolios()))
    assert [text[m.start : m.end] for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dorpen in Noord- en Oost-Groningen", ["Oost-Groningen"]),
        ("in Zuidwest Drenthe en Noordoost-Twente", ["Zuidwest Drenthe", "Noordoost-Twente"]),
        ("Oost-Indië en West Papoea", []),
    ],
)
def test_compass_parts_of_listed_places(text: str, expected: list[str]) -> None:
    places = frozenset({"Groningen", "Drenthe", "Twente"})
    assert [text[m.start : m.end] for m in find_compass_places(text, places)] == expected
