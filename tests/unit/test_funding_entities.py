"""Names of funding texts below the national government (issue 10, part 4)."""

from __future__ import annotations

import pytest

import nlds_nlp


def names(text: str) -> list[tuple[str, str]]:
    return [(m.label, m.text) for m in nlds_nlp.extract(text).mentions() if m.label != "DATE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gedeputeerde Staten hebben besloten.", [("ORG", "Gedeputeerde Staten")]),
        # "Defensie" acting as its ministry, not as a heading, a topic in a list or a name part
        ("Defensie bereidt zich voor op dat scenario.", [("ORG", "Defensie")]),
        ("Eind 2025 benadert Defensie de markt.", [("ORG", "Defensie")]),
        ("Het gaat om de belangen van Defensie in de industrie.", [("ORG", "Defensie")]),
        ("Defensie\n\nDe uitgaven stijgen.", []),
        ("Sociaal Domein\n\nFinanciën\n\nWat mag het kosten?", []),  # a heading
        ("“Als Rijk zetten we in op talent.", [("ORG", "Rijk")]),
        # a local portfolio after its holder's title is neither the ministry nor a person
        ("Helga Witjes\n\nGedeputeerde Financiën\n\nIdeeën", []),
        ("Volgens wethouder Financiën Jan de Vries is het zo.", [("PERSON", "Jan de Vries")]),
        ("Rijk en provincies aan de slag met natuur", [("ORG", "Rijk")]),
        # a named region receiving a grant is one place; instruments named after regions are not
        (
            "Regio Groene Hart € 18 miljoen",
            [("LOC", "Regio Groene Hart"), ("MONEY", "€ 18 miljoen")],
        ),
        ("de Regio Envelop", [("PROGRAMME", "Regio Envelop")]),
        # a listed abbreviation with its phase number is one programme; "Rijk" as a row label
        (
            "Het HWBP-2 loopt af, het HWBP gaat door.",
            [("PROGRAMME", "HWBP-2"), ("PROGRAMME", "HWBP")],
        ),
        ("Bijdragen\n\nRijk\n\nTotaal", [("ORG", "Rijk")]),
        # a capitalised head word after a name; a fund's own row label in a budget table
        (
            "Via het Nationaal Isolatie Programma gaat het geld.",
            [("PROGRAMME", "Nationaal Isolatie Programma")],
        ),
        ("Stand\n\nWarmtefonds\n\n97.390\n", [("PROGRAMME", "Warmtefonds")]),
        ("Warmtefonds is een woord.", []),
        ("Het NWO-Talentprogramma biedt ruimte.", [("PROGRAMME", "NWO-Talentprogramma")]),
        # a column word ends a name that runs on into a table header
        (
            "Geselecteerd voorstel Regio Deal Rijksbijdrage Noord-Drenthe",
            [("PROGRAMME", "Regio Deal"), ("LOC", "Noord-Drenthe")],
        ),
        ("BZK\n\nDatum 1 maart", [("ORG", "BZK")]),  # an acronym alone still names the body
        ("Ter dekking van de AOW, Defensie en het minimumloon.", [("LAW", "AOW")]),
        (
            "Het college van Gedeputeerde Staten kent een subsidie toe.",
            [("ORG", "college van Gedeputeerde Staten")],
        ),
        (
            "Besluit Provinciale Staten van Zuid-Holland, gelezen het voorstel.",
            [("ORG", "Provinciale Staten van Zuid-Holland")],
        ),
        (
            "Het college van burgemeester en wethouders van Utrecht besluit.",
            [("ORG", "college van burgemeester en wethouders van Utrecht")],
        ),
        ("De Vlaamse Regering keurt het goed.", [("ORG", "Vlaamse Regering")]),
        (
            "De subsidie voor de gemeente Alphen aan den Rijn.",
            [("ORG", "gemeente Alphen aan den Rijn")],
        ),
        ("Lokaal Dinkelland heeft acht zetels.", [("ORG", "Lokaal Dinkelland")]),
        ("Een dotatie aan De Vlaamse Waterweg nv volgt.", [("ORG", "Vlaamse Waterweg nv")]),
        ("Brief regering : Voortgang van het programma", []),
        (
            "BRIEF VAN DE MINISTER VAN ECONOMISCHE ZAKEN EN KLIMAAT",
            [("ORG", "ECONOMISCHE ZAKEN EN KLIMAAT")],
        ),
        (
            "Het voorstel van minister Schouten van Landbouw, Natuur en Voedselkwaliteit.",
            [("PERSON", "Schouten"), ("ORG", "Landbouw, Natuur en Voedselkwaliteit")],
        ),
        ("Rijk, provincie en gemeenten werken samen.", [("ORG", "Rijk")]),
        ("Via de algemene uitkering uit het gemeentefonds.", [("PROGRAMME", "gemeentefonds")]),
        (
            "Voor u ligt de Programmabegroting 2023-2026.",
            [("PROGRAMME", "Programmabegroting 2023-2026")],
        ),
    ],
)
def test_names_of_funding_texts(text: str, expected: list[tuple[str, str]]) -> None:
    assert names(text) == expected


def test_no_sum_cents_dashes_left_out() -> None:
    (money,) = nlds_nlp.extract("Gedeputeerde Staten kennen € 47.100,-- toe.").money
    assert money.text == "€ 47.100,--" and str(money.value.amount) == "47100"


def test_a_header_line_of_budget_years_gives_each_row_its_years() -> None:
    """ "Lasten Begroting 2017 MJB 2018 MJB 2019 MJB 2020" above rows on one line: the header's
    years are DATE (a budget word or an abbreviation before a year makes no title there, corpus
    guide 6.4-3) and each row's sums take them in order; a "Resultaat" row moves nothing."""
    text = (
        "Wat mag het kosten? (bedragen x 1000)\nExploitatie\n"
        "Lasten Begroting 2017 MJB 2018 MJB 2019 MJB 2020\n"
        "Alle kinderen maken kennis met en beleven cultuur -1.048 -1.048 -1.048 -1.048\n"
        "Resultaat -1.726 -1.726 -1.726 -1.726\n"
    )
    spans = nlds_nlp.annotate(text, "2017-03-23")
    years = [s["text"] for s in spans if s["label"] == "DATE"]
    assert years == ["2017", "2018", "2019", "2020"]
    assert not [s for s in spans if s["label"] == "PROGRAMME"]
    by_id = {s["id"]: s["text"] for s in spans}
    money = [s for s in spans if s["label"] == "MONEY"]
    assert [by_id[s["roles"]["period"]] if s.get("roles") else None for s in money] == [
        "2017",
        "2018",
        "2019",
        "2020",
        None,
        None,
        None,
        None,
    ]


def test_row_names_under_a_receiver_column_are_organisations() -> None:
    """Under a column header naming who receives ("Naam instelling"), each row's name between
    its code and its first sum is a body, cut before a lowercase purpose word, a bracketed
    abbreviation and "t.b.v." (the gold keeps those outside); prose after the table is not."""
    text = (
        "Begrotingssubsidies (in €)\n\nNaam instelling\n\nBegroting 2021\n\n4.1\n\n"
        "Kunstgebouw\n\n1.438.111\n\n4.3\n\nStichting Greenport West-Holland innovatie\n\n"
        "100.000\n\n4.3\n\nNECSTGEN t.b.v. ontwikkelen van de LSH-sector\n\n2.000.000\n\n"
        "4.3\n\nStichting Educatie Orkest Projecten (SEOP)\n\n33.555\n\n"
        "Deze subsidies worden jaarlijks door de provincie verstrekt aan de instellingen.\n"
    )
    orgs = [m.text for m in nlds_nlp.extract(text).mentions() if m.label == "ORG"]
    assert orgs == [
        "Kunstgebouw",
        "Stichting Greenport West-Holland",
        "NECSTGEN",
        "Stichting Educatie Orkest Projecten",
        "SEOP",
    ]
