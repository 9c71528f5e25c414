"""Names that texts announce: citation titles ("wordt aangehaald als") and names after funding
cues ("in het kader van het X")."""

from __future__ import annotations

import pytest

from nlds_nlp.grammar.names import find_cited_titles, find_cued_names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Deze regeling wordt aangehaald als: Regeling subsidieplafond scholingsinstellingen "
            "2011 tot en met juli 2016.  Deze regeling zal met de toelichting",
            [
                (
                    "PROGRAMME",
                    "Regeling subsidieplafond scholingsinstellingen 2011 tot en met juli 2016",
                )
            ],
        ),
        (
            "Dit besluit wordt aangehaald als: Besluit milieusubsidies.",
            [("LAW", "Besluit milieusubsidies")],
        ),
        (
            "Deze regeling kan worden aangehaald als Regeling Mandaat, Volmacht en Machtiging BZ 2004.",
            [("LAW", "Regeling Mandaat, Volmacht en Machtiging BZ 2004")],
        ),
        (
            "Deze regeling wordt aangehaald als: Tijdelijke subsidieregeling minderhedenbladen en "
            "journalistieke internet-informatieproducten.\n",
            [
                (
                    "PROGRAMME",
                    "Tijdelijke subsidieregeling minderhedenbladen en journalistieke "
                    "internet-informatieproducten",
                )
            ],
        ),
        (
            "Deze regeling wordt aangehaald als ‘Regeling bijdrage schoolbegeleiding 2019’.",
            [("PROGRAMME", "Regeling bijdrage schoolbegeleiding 2019")],
        ),
        (
            "Deze regeling wordt aangehaald als: Regeling gebruik kentekenplaten.",
            [("LAW", "Regeling gebruik kentekenplaten")],
        ),
        ("Deze wet wordt aangehaald als: Wet open overheid.", [("LAW", "Wet open overheid")]),
        (
            "Deze regeling wordt aangehaald als: Eenmalige subsidieregeling update software Boordcomputer taxi.",
            [("PROGRAMME", "Eenmalige subsidieregeling update software Boordcomputer taxi")],
        ),
        ("Het besluit wordt later aangehaald.", []),
        ("Dit wordt aangehaald als: zie hieronder.", []),
    ],
)
def test_cited_titles(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.label, text[m.start : m.end]) for m in find_cited_titles(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Subsidie in het kader van het Mensenrechtenfonds Kleine Activiteiten.",
            ["Mensenrechtenfonds Kleine Activiteiten"],
        ),
        ("Een subsidie in het kader van MFS II is verleend.", ["MFS II"]),
        ("Bijdragen uit het MRF zijn verleend.", ["MRF"]),
        (
            "In het kader van Funding Leadership and Opportunities for Women wordt",
            ["Funding Leadership and Opportunities for Women"],
        ),
        ("In het kader van de Wet open overheid.", []),
        ("In het kader van het Protocol V en de Verklaring van Beijing.", []),
        ("Boetes ten laste van Apple en Samsung.", []),
        ("In het kader van Wederopbouw en in het kader van NGO werk.", []),
    ],
)
def test_names_after_a_funding_cue(text: str, expected: list[str]) -> None:
    assert [text[m.start : m.end] for m in find_cued_names(text)] == expected
